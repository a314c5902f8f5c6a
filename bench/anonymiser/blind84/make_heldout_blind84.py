"""Held-out blind corpus 84: emergency and out-of-hours services, 999/111, EDT and cabin crew.

Ambulance services and 999/111 call handling (CAD logs, call handlers, clinical advisors),
emergency departments and urgent treatment centres for health; out-of-hours emergency duty teams,
police protection, missing children and return interviews for social care; airline cabin crew and
flight deck reports (diversions, onboard medical emergencies, disruptive passengers, fatigue) for
aviation. The voice is terse: CAD and EDT logs with times, call signs and initials, cabin crew
reports with seat numbers and passenger names, and compliments from members of the public.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from markup import block, build_records, write_records  # noqa: E402
from markup import flow as prose  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "corpus" / "heldout_blind84.jsonl"

REPORTS = [
    # ------------------------------------------------------------------ social care (17)
    ("social_care", "incident", block("""
        EDT LOG - Fri [[date:12/04/2024]]
        Worker: [[name:DM]] ({{EDT}} SW)
        22:14 Call from [[organisation:Larchfield House]] ({{children's home}}) -
        [[name:Kayden Brooks]] ([[age:14]]) not returned from contact w/ dad.
        Last seen 19:30 at bus stn.
        22:20 Advised staff to report missing to police as per {{missing protocol}}.
        Police ref [[case_reference:WY-20240412-1174]].
        23:05 Mum [[name:Tasha Brooks]] rang - says [[name:Kayden]] at a boyfriends flat on
        [[address:Wellgate Court]], wont give flat no. Passed to police.
        23:40 PC [[name:Ahmed]] rang, [[name:KB]] located, {{police protection}} not needed.
        Returned to home by taxi 00:25. Staff report smell of cannabis, no injuries.
        00:30 {{Return home interview}} to be offered within 72hrs - emailed {{locality team}}.
        [[name:DM]]
    """)),
    ("social_care", "success", prose("""
        Return home interview completed by [[name:Faith Oduya]] ({{RHI worker}},
        [[organisation:Compass Missing Service]]) with [[name:Jade]], [[age:15]], on
        [[date:3rd May]] in a quiet room at [[organisation:Thornbury Academy]]. This was the fourth
        attempt - [[name:Jade]] had refused three times at the home. She eventually talked about
        older males
        picking her up near the retail park in a silver {{Audi}}, partial reg given and police were
        able to match it to [[vehicle_registration:KR67 DXU]]. Info shared with the {{CSE}} lead
        and via a {{Partnership Intelligence Form}}. [[name:Jade]] agreed a {{safety plan}} with
        her carers
        and has had no missing episodes since. [[name:Faith]]'s persistence and the fact she met
        [[name:Jade]] on her own turf made the difference - worth sharing at the next {{MACE}}
        meeting.
    """)),
    ("social_care", "incident", block("""
        From: [[name:Rob Kettering]] <[[email:rob.kettering@eastmoor.gov.uk]]>
        To: EDT Managers
        Subject: PPO overnight - placement delay
        Sent: [[date:Sunday 9 June 2024]] 07:12

        Hi [[name:Sunita]],

        {{Police Protection}} taken at 01:50 by PC [[name:Leah Marsh]] on
        [[name:Amani Adeyemi]] ([[age:6]]) and [[name:Tobi]] ([[age:3]]) from
        [[address:27 Carrow Road]], [[postcode:NR3 4JE]] after mum found unresponsive,
        suspected {{overdose}}. We had nobody on the
        {{emergency foster carer}} rota that night so the kids sat in the family room at the
        custody suite for nearly 3 hrs, which is not ok. Eventually placed with Mrs [[name:Hollis]]
        at 04:40. Can we look at rota gaps at Tuesdays meeting?

        [[name:Rob]]
        {{Senior Practitioner}}, {{Emergency Duty Team}}
        [[phone:01632 960418]]
    """)),
    ("social_care", "near_miss", block("""
        [21:02] [[name:Dawn]] EDT: anyone got the address for the welfare check on baby
        [[name:Harlow]]? police asking
        [21:04] [[name:Marcus]]: [[address:14 Elm Rise]]
        [21:05] [[name:Dawn]] EDT: thats the old one!! moved to [[address:6 Fenwick Walk]] in Feb
        [21:05] [[name:Marcus]]: oh god sorry, was reading the old {{Mosaic}} screen
        [21:07] [[name:Dawn]] EDT: rang {{control room}} back and updated. officers were
        already en route to [[address:Elm Rise]]
        [21:31] [[name:Dawn]] EDT: seen now, baby fine, mum [[name:Chelsea]] upset but ok.
        I'll do the {{Datix}}
        [21:32] [[name:Marcus]]: 👍 will check {{address history}} tab next time
    """)),
    ("social_care", "incident", block("""
        Incident ref: [[case_reference:DX-58821]]
        Reported by: [[name:Priya Natarajan]], {{EDT Social Worker}}
        Date/time: [[date:18/02/2024]] 03:15
        Location: [[organisation:Beechwood Emergency Placement]]
        Description: [[name:Liam O'Connor-Reid]] ([[age:11]]) placed out of hours under {{s20}}.
        His {{melatonin}} and {{salbutamol}} inhaler were left at home at
        [[address:Flat 2, 88 Harrow Street]]. Carer rang at 03:00 as [[name:Liam]] wheezy.
        Advised {{NHS 111}}; carer took him to [[organisation:St Aldhelm's Hospital]] ED,
        nebs given, d/c 06:10.
        Immediate action: grandad dropped meds round at 09:00.
        Learning: add a medication check to the {{placement checklist}} for EDT moves.
    """)),
    ("social_care", "success", block("""
        Dear {{Emergency Duty Team}},

        I wanted to say thank you to the lady called [[name:Grace]] who answered when I rang at
        2am on [[date:1st January]]. My son [[name:Reece]] has {{autism}} and had locked himself in
        the {{bathroom}} with a razor. She stayed on the phone with me for forty minutes, talked me
        through what to say to him and arranged for the {{crisis team}} to ring first thing. I
        don't know what would have happened without her. Please pass this to her {{manager}}.

        Kind regards,
        Mrs [[name:D. Fairweather]]
        [[address:3 Kestrel Close]], [[postcode:BS16 7RW]]
    """)),
    ("social_care", "near_miss", block("""
        Strategy discussion - [[date:22 July 2024]]
        Present: [[name:J. Okonkwo]] (EDT), DS [[name:Patel]] (police {{CAIU}}),
        [[name:Bill Trevena]] ({{Health Visitor}}), [[name:Rosa Mendes]] (SW)
        - Child: [[name:Zainab Hussain]], DOB [[date_of_birth:04/11/2019]]
        - Bruise to ear noticed by [[organisation:Little Acorns Nursery]] at 17:55 {{Friday}};
          referral sat in the {{MASH}} inbox until Sat am, never reached EDT
        - NEAR MISS: no out-of-hours flag on nursery referrals after 5pm
        - {{Child protection medical}} arranged 10:00 Sat at
          [[organisation:Wexford Children's Unit]]
        - Actions: [[name:BT]] to follow up with GP; [[name:RM]] to see sibling today;
          [[name:JO]] to raise inbox gap with MASH manager
    """)),
    ("social_care", "incident", block("""
        EDT shift log 17:00-09:00 [[date:Tues 5/3]]
        On duty: [[name:AK]], [[name:Frank]] ({{AMHP}})
        18:40 Call from [[organisation:Rosewood Lodge]] care home: resident Mr [[name:Edwin Pryce]]
        ([[age:84]]) found on floor, unwitnessed fall. Night staff unsure re using {{hoist}}.
        Advised 999.
        19:55 Home rang again - ambulance quoting 3hrs+.
        22:30 Crew arrived, [[name:EP]] conveyed with ?{{NOF}}.
        01:15 Daughter [[name:Hope Pryce]] rang very angry about delay - complaints info given.
        02:00 Home admits only 2 staff on for 31 residents. {{Safeguarding}} concern logged for
        {{Adult Safeguarding Hub}} in the morning.
        [[name:AK]]
    """)),
    ("social_care", "near_miss", block("""
        Subject: RE: RHI summary - apologies

        Hi all,

        The RHI summary I sent at 16:02 for [[name:Tyler-James Whitby]] went out attached to the
        email about [[name:Maisie Clark]], so it reached [[name:Maisie]]'s {{DSL}} at
        [[organisation:Hollins Park High]] rather than [[name:Tyler]]'s. I spotted it at 16:20,
        rang the DSL (Mr [[name:Oyelaran]]) who deleted it unread and confirmed by email.
        I've told the {{IG team}} and logged it as a near miss [[case_reference:IG-2024-0331]].
        I'll use {{Egress}} and one child per email from now on.

        [[name:Kat]]
        {{RHI worker}}
    """)),
    ("social_care", "success", prose("""
        At 02:10 EDT worker [[name:Sunny Bhatt]] took a call from police about
        [[name:Ellie-Mae Rowntree]], [[age:13]], missing from her {{foster home}} on
        [[address:Sandpiper Way]] since teatime. [[name:Sunny]] checked {{Mosaic}} and spotted a
        case note from her {{social worker}} about a friend's older brother with a flat above the
        chippy on [[address:Quarry Street]]. Passed to PC [[name:Holloway]] who found
        [[name:Ellie-Mae]] there by 03:00, safe but drunk. Returned to carers [[name:Will]] and
        [[name:Angela Fenn]] after a check at the {{UTC}}. Police log
        [[case_reference:PL-240611-0093]]. Good joined-up work and a quick read of the notes.
    """)),
    ("social_care", "incident", block("""
        Missing episodes - [[name:Connor Mulvey]] ({{CLA}}),
        [[organisation:Ashgrove Children's Home]]
        Case no. [[case_reference:CLA-30418]]

        Date        | Out   | Back  | Found by     | RHI done
        [[date:02/09]]       | 20:10 | 23:45 | staff        | yes - [[name:KO]]
        [[date:06/09]]       | 18:30 | 02:15 | police       | yes - [[name:KO]]
        [[date:11/09]]       | 21:00 | 07:40 | self         | declined
        [[date:14/09]]       | 16:45 | 09:30 | police (BTP) | NOT OFFERED

        Issue: 4th episode in 12 days, RHI not offered within {{72 hours}}, no
        {{strategy meeting}} called. Flag to {{IRO}} and {{Head of Service}}.
    """)),
    ("social_care", "near_miss", block("""
        Debrief - PPO [[name:Mia Steele]] ([[age:4]]) and [[name:Jaxon Steele]] ([[age:2]])
        Facilitator: [[name:Hannah Lowe]], {{Practice Lead}}

        What happened: police used {{police protection}} at 20:30 after DV incident.
        EDT worker planned to place with maternal grandad at [[address:19 Orchard Terrace]],
        who was at the station and keen to help.
        What nearly went wrong: the {{PNC}} check came back at 21:50 showing a
        {{Schedule 1}} offence from 2009. Kids were already in the car.
        What went well: PS [[name:Okafor]] insisted on waiting for checks before they set off.
        Learning: no family placement until PNC and {{LADO}} checks back - even if it is late.
    """)),
    ("social_care", "incident", block("""
        From: [[name:Nadia Haddad]]
        Subject: EDT phone line down [[date:Friday 15 March]]

        Team,

        Between 17:00 and 19:40 the EDT out-of-hours number [[phone:01632 960771]] was diverting
        to an old mobile [[phone:07700 900318]] that used to belong to [[name:Gareth Lloyd]].
        [[name:Gareth]] left in Nov and the handset was in a drawer. At least 6 calls lost, one
        from the {{Out of Hours GP}} about an elderly carer. {{ICT}} have now fixed the
        {{call divert}}. Ticket [[case_reference:INC0448172]].
        Please test the line at the start of every {{shift}}.

        [[name:Nadia]]
        {{Service Manager}}, Emergency Duty
    """)),
    ("social_care", "success", prose("""
        Just a note to say thanks to your out of hours team. I'm PS [[name:Kerry Dunne]] at
        {{custody}} and on [[date:Saturday 20th April]] we had a [[age:16]] year old,
        [[name:Rose Akande]], arrested for a {{public order}} matter at 23:00 who needed an
        {{appropriate adult}} and then a {{PACE bed}}. Your worker [[name:Mo]] came out within the
        hour, sat with [[name:Rose]] through interview and found her a bed at
        [[organisation:Harbour View]] by 03:00 so she did not stay in a cell. Best out of hours
        response I've seen in years. {{Custody sergeant}},
        [[organisation:Millbrook Custody Suite]].
    """)),
    ("social_care", "incident", prose("""
        [[name:Ikram Siddiqui]], [[age:15]], was arrested at 22:10 and the custody sergeant
        requested a {{PACE bed}}. EDT rang round four {{residential}} providers including
        [[organisation:Oakridge Care Ltd]]; none could take him. He remained in a police cell until
        09:30 when his {{social worker}} [[name:Lucy Fenwick]] arrived. This is the third time this
        quarter. Ref [[case_reference:EDT-2024-1187]]. [[name:Ikram]]'s mum was not told he was in
        custody until the morning because the number on the system ([[phone:07700 900645]]) was
        out of date. Escalated to {{Head of Service}} and raised at {{Corporate Parenting Board}}.
    """)),
    ("social_care", "near_miss", block("""
        MASH/EDT handover note - [[date:Mon 8 Jan]]
        Referrer: {{school nurse}}, [[organisation:Greenbank Primary]], 16:55 Fri
        Child: [[name:Ava-Rose Kowalski]] ([[age:7]])
        Address: [[address:52 Linden Avenue]], [[postcode:LS8 2QT]]
        Concern: disclosure of being hit with belt by mum's partner "[[name:Deano]]"
        Delay: referral emailed to old {{MASH}} address, {{auto-forward}} failed, picked up by
        [[name:sally]] on duty 20:15 when nurse rang to check.
        Outcome: police + EDT visit 22:00, child safe, partner not in household, {{Section 47}}
        to start Mon. Nurse was {{Designated Safeguarding Lead}} - good that she followed up.
        Action: old inbox to bounce with the new address. NHS no. [[nhs_number:407 085 3774]]
    """)),
    ("social_care", "success", prose("""
        On [[date:27 October]] at 00:40 the {{Border Force}} team rang EDT about a boy who said
        he was
        [[age:16]] and had been found in the back of a lorry at
        [[organisation:Stonebridge Truckstop]].
        EDT worker [[name:Tesfaye Gebremedhin]] spoke {{Tigrinya}} himself and was able to calm
        [[name:Dawit]] straight away, which avoided waiting for {{Language Line}}. He arranged an
        emergency placement, got food and dry clothes sorted and made sure a {{UASC}} health check
        was booked. [[name:Dawit]] told staff the next day it was the first time he had felt safe
        in months. Thanks to [[name:Tesfaye]] and to the {{Duty Manager}} who authorised the
        placement. {{Age assessment}} not needed at this stage.
    """)),
    # ------------------------------------------------------------------ health (17)
    ("health", "incident", block("""
        CAD [[case_reference:240517-0412]] {{Cat 2}} - ?{{CVA}}
        14:02 Call from daughter [[name:Marcia Gordon]]: pt [[name:Winston Gordon]] [[age:78]]yrs,
        slurred speech, L arm weak. [[address:41 Tanner's Row]], [[postcode:B19 3PX]].
        CB [[phone:07700 900561]]
        14:03 {{FAST}} positive. EMD [[name:CH]].
        14:35 Welfare call - no change, pt sat in chair
        15:10 No resources in sector, escalated to {{Clinical Navigator}}
        15:48 Allocated Alpha 412 ([[vehicle_registration:YJ21 KWE]])
        16:21 On scene. 16:55 conveyed [[organisation:Queen's Park Hospital]] {{HASU}}
        Note: outside thrombolysis window on arrival. {{Cat 2}} mean 18 min - this was 139 min.
    """)),
    ("health", "near_miss", prose("""
        111 call handler [[name:Tom]] was about to close a call with {{home care advice}} for a
        [[age:9]]-month-old with fever when mum mentioned in passing that the rash didn't go when
        she pressed a glass on it. [[name:Tom]] paused and transferred to clinical advisor
        Dr [[name:Funmi Adebayo]] who upgraded to a {{Cat 1}} ambulance for suspected
        {{meningococcal sepsis}}. Baby [[name:Ezra Quinn]] was treated at
        [[organisation:Northgate General]] and is recovering. The {{NHS Pathways}} disposition was
        reached before the rash question was asked. Learning: remind handlers to ask the
        {{glass test}} question even when symptoms seem mild. Case [[case_reference:111-88302176]].
    """)),
    ("health", "success", block("""
        To whoever answered {{999}} on [[date:4th February]],

        My husband [[name:Clive]] collapsed in the kitchen around 7pm. I was screaming and the
        call handler, I think her name was [[name:Nadine]], got me to count out loud and do
        {{compressions}} until the {{paramedics}} came. She never let me stop. The crew
        ([[name:Sean]] and [[name:Priti]]) used the {{defibrillator}} twice and he's now home
        with an {{ICD}} fitted at [[organisation:Castlegate Heart Centre]].
        Thank you isn't enough.

        [[name:Margaret Oyelowo]]
        [[address:Ivy Cottage, Church Lane]], [[postcode:DN22 8QS]]
    """)),
    ("health", "incident", block("""
        DATIX [[case_reference:W-112094]]
        Reported by: {{Staff Nurse}} [[name:Olu Balogun]]
        Location: ED corridor, [[organisation:Riverside University Hospital]]
        Date: [[date:29/11/2023]]
        Patient: [[name:Brenda Tully]], [[age:69]], NHS [[nhs_number:859 284 8768]]
        What happened: arrived by ambulance 11:20 with UTI symptoms, {{NEWS2}} 4. Placed in
        corridor space C6. Obs not repeated until 15:05 when NEWS2 was 9, BP 78/40.
        {{Sepsis}} 6 started 15:15. Transferred to {{Resus}}. Admitted to {{ICU}}.
        Contributing: 41 pts in dept, corridor not on obs round.
        Severity: moderate harm
    """)),
    ("health", "near_miss", prose("""
        Near miss at the {{UTC}} on [[date:Wednesday 10 January]]. Two patients with nearly the
        same
        name were waiting for X-ray results: [[name:Mark Ellis]], DOB [[date_of_birth:12/03/1981]],
        with a wrist injury, and [[name:Mark Ellison]], DOB [[date_of_birth:21/03/1988]], with an
        ankle injury. The {{ENP}} opened the wrong record in {{Symphony}} and was about to tell
        [[name:Mark Ellis]] his wrist was fine before noticing the image was of an ankle. Correct
        result showed a {{scaphoid fracture}}. We now do a second ID check (name + DOB + first line
        of address) before discussing results. Reported by [[name:Jo Rimmer]], {{Lead Nurse}}.
    """)),
    ("health", "success", block("""
        Shout-out from the {{Clinical Hub}}

        [[date:Tues 2 April]], 03:30 - {{Community First Responder}} [[name:Frank Ashworth]]
        reached a diabetic pt at [[address:Low Garth, Brackenholme Lane]] 40 min before
        any crew was free.
        Pt Mrs [[name:E. Larkin]] BM 1.6, unresponsive.
        [[name:Frank]] gave {{GlucoGel}}, recovery position, kept us updated on the {{radio}}.
        BM 5.8 by the time Delta 27 arrived. Pt stayed home with {{hypo}} advice and GP referral.
        Cracking job, [[name:Frank]] - thanks from [[name:LC]] and the night desk
    """)),
    ("health", "incident", prose("""
        Handover delay at [[organisation:Kingsmead Hospital]] ED on [[date:14 December]]. Crew
        [[name:Gaz]] and [[name:Becky]] on [[vehicle_registration:WX70 HRN]] were held outside with
        [[name:Stanislav Nowak]], [[age:91]], for 6 hrs 10 mins on the {{trolley}}. He developed a
        {{grade 2 pressure ulcer}} to his sacrum and missed two doses of his {{Parkinson's meds}}
        ({{co-careldopa}}) because the crew had none. Meanwhile 9 calls stacked in the area.
        Raised via {{HALO}} and escalated to {{Tactical Commander}}. Incident no.
        [[case_reference:NWAS-INC-77310]].
    """)),
    ("health", "incident", block("""
        CAD [[case_reference:240802-1189]] - {{Cat 1}} ?cardiac arrest
        10:41 Caller gave "[[address:Mill Farm]], near the church" - CAD geolocated to
        [[address:Mill Farm, Upper Swell]] instead of [[address:Mill Farm, Nether Swell]] (6 miles)
        10:42 {{AED}} at village hall sent via {{GoodSAM}}
        10:53 Crew Echo 9 at wrong farm
        10:55 Call handler [[name:Petra Szabo]] asked caller for {{what3words}} - correct location
        11:06 Crew on scene. {{ROSC}} not achieved.
        Learning: ask for what3words / {{AML}} location on every rural call before dispatch.
    """)),
    ("health", "near_miss", prose("""
        During a busy night in majors, agency nurse [[name:Kwame]] drew up 10 ml of {{Oramorph}}
        (20 mg) for [[name:Doreen Walsh]], [[age:88]], bay 14, instead of the 1 ml (2 mg)
        prescribed. {{Charge Nurse}} [[name:Will Harper]] was doing the second check on the
        {{CD}} and queried it before it was given. [[name:Kwame]] said he was used to the
        10 mg/5 ml strength at his other trust. No harm. Datix [[case_reference:RUH-D-40921]]
        submitted, pharmacy asked to put {{strength alert}} on the {{ePMA}}.
    """)),
    ("health", "success", block("""
        Trauma call debrief - Resus 2, [[date:Sat 6 July]]
        - 22:14 pre-alert: [[age:19]] yo male, stab wound L chest, crew
          [[name:Nico]] & [[name:Ash]]
        - 22:15 {{trauma team}} assembled, {{major haemorrhage protocol}} activated
        - 22:21 pt arrived, {{thoracotomy}} not needed, chest drain by Dr [[name:Amira Khalil]]
        - 22:38 to CT; 22:55 theatre
        - Pt [[name:Jordan Fisk]] stable on {{HDU}} next day
        - What went well: pre-alert clear, roles allocated on whiteboard, {{O neg}} in room
          by 22:19
        - Even better if: porter for CT called earlier
    """)),
    ("health", "incident", block("""
        Staff welfare incident - [[date:17/01/2024]]
        Call handler: [[name:Aisha Begum]] ({{EOC}}, [[organisation:Carrbrook EOC]])
        Caller: [[name:Gavin Royle]], [[address:12 Pottery Lane]], tel [[phone:01632 960233]]
        {{Frequent caller}} (23 calls this month). At 02:14 caller became verbally abusive and made
        sexual threats towards [[name:Aisha]] by name. Call terminated per
        {{Unacceptable Behaviour Policy}}. [[name:Aisha]] stood down for 30 mins, {{TRiM}} offered.
        [[name:Gavin Royle]] flagged to {{High Intensity User}} lead and police informed.
        Log [[case_reference:EOC-24-00981]].
    """)),
    ("health", "near_miss", block("""
        From: [[name:Sam Deakin]] <[[email:s.deakin@ambulance-nhs.test]]>
        Subject: 111 callback queue

        Hi all, flagging a near miss from last night. [[name:Yusuf Mahmood]], [[age:52]], rang 111
        at 19:40 with indigestion-type pain, {{NHS Pathways}} gave a 2hr clinical callback. He
        waited in the queue 3hr 20. When clinician [[name:Hollie]] called back it was clearly
        {{ACS}} - 999 arranged, he had a {{STEMI}} and was stented at
        [[organisation:Castlegate Heart Centre]]. Thankfully ok. The queue had no
        {{auto-escalation}} for breached callbacks.

        [[name:Sam]]
        {{Clinical Safety Lead}}
    """)),
    ("health", "success", block("""
        Team meeting notes - {{mental health triage car}} pilot, [[date:March 2024]] review
        - 142 calls attended, 97 avoided {{ED conveyance}}
        - [[name:Mark]] ({{RMN}}) and [[name:Dawn Ilesanmi]] ({{paramedic}}) praised by the
          {{Section 136}} suite staff - fewer inappropriate detentions
        - Case study: [[name:Sian Pritchard]], [[age:34]], talked down from a bridge on the A59
          and taken to [[organisation:Haven Crisis Café]] instead of custody
        - Police Insp [[name:Bowen]]: "game changer"
        - Action: bid for funding to extend to 7 nights
    """)),
    ("health", "incident", prose("""
        [[name:Lily-Grace Tomlinson]], [[age:6]], seen at [[organisation:Fairfield UTC]] on
        [[date:19 August]] after falling off a trampoline. X-ray of the elbow reported by the
        {{ENP}} as normal and she was discharged with {{Calpol}} and a {{sling}}. The
        {{radiology report}} two days later showed a {{supracondylar fracture}}. Recall letter went
        to an old address, so mum only found out when [[name:Lily-Grace]] returned still unable to
        straighten her arm on [[date:30 August]]. Hospital no. [[case_reference:FUTC-0044917]].
    """)),
    ("health", "near_miss", block("""
        {{VDI}} defect report
        Vehicle: [[vehicle_registration:YN19 DFO]] (call sign Kilo 31)
        Crew: [[name:Chris Oakes]] / [[name:Lewis]]
        Date: [[date:09/09/2024]]
        Defect: {{LIFEPAK 15}} showing full battery on checks but shut down on first power-on
        at a job in [[address:Holme Road]] (fall, pt conscious). Spare battery fitted from the
        {{response bag}}, no harm.
        Near miss - would have been catastrophic at an {{arrest}}. Battery date 2019.
        Action: kit sent to {{EME}}, fleet battery audit requested.
    """)),
    ("health", "success", block("""
        Subject: Thank you - Ward 3 and ED

        Dear [[organisation:Pennine Royal Infirmary]],

        I came into your {{ED}} on [[date:22nd June]] with {{chest pains}} and was terrified. Nurse
        [[name:Joy]] held my hand through the {{ECG}} and the doctor, Dr [[name:Ravi Menon]],
        explained every step. I was seen, scanned and moved to [[organisation:Ward 3]] within
        four hours even though it was packed. It turned out to be a {{PE}}. I'm home now on
        {{apixaban}}. Please thank them both.

        [[name:Helen Burgess-Mbeki]]
    """)),
    ("health", "incident", block("""
        Incident - wrong patient record merged
        Reported by: [[name:Kat Ellery]], {{Medical Records}}
        Two patients named [[name:John Smith]] attended ED on [[date:02/05/2024]].
        [[name:J Smith]] 1: DOB [[date_of_birth:07/08/1956]], NHS [[nhs_number:593 270 8026]]
        [[name:J Smith]] 2: DOB [[date_of_birth:07/08/1965]], NHS [[nhs_number:078 481 0338]]
        The {{PAS}} merge tool joined the records overnight. Pt 2's {{warfarin}} allergy note
        and bloods appeared on Pt 1's record. Picked up by {{pharmacist}} [[name:Eun-ji Park]]
        at 10:00 next day before any dose was given. Records unmerged, {{Caldicott Guardian}}
        informed. Ref [[case_reference:RUH-D-41107]].
    """)),
    # ------------------------------------------------------------------ aviation (16)
    ("aviation", "incident", block("""
        CABIN CREW REPORT
        Flight: [[flight_number:NV4417]] [[date:14/06/2024]]
        A/c: {{A321}} [[aircraft_registration:G-NVAR]]
        Reporter: [[name:Chloe Barnard]], {{Cabin Manager}}

        Pax in 14C, [[name:Darren Pike]], boarded smelling of alcohol. After 2 miniatures from
        his own bag he became abusive to CC [[name:Kasia]] in the aft galley. {{Yellow card}}
        issued 45 mins out. He then grabbed [[name:Kasia]]'s wrist. {{Red card}}, Captain
        [[name:Hughes]] informed and police requested on arrival. {{Restraint kit}} not used.
        Witness statements from 14A and 14B. Pax removed by police at stand 31.
    """)),
    ("aviation", "near_miss", prose("""
        Fatigue report. Day 4 of early starts on the {{B737-800}}, 04:15 report each day. On the
        return sector [[flight_number:LX 2208]] from Faro, I used {{controlled rest}} at cruise.
        When I woke, the {{Captain}} ([[name:Rory Quinlan]]) was also asleep - he said afterwards
        he had "just shut his eyes". We had missed an {{ATC}} call; Brest were trying us on
        {{Guard}}. No deviation from clearance. Both of us had under 6 hours sleep a night that
        week. Filed through {{Coruson}}. Reg [[aircraft_registration:G-TNAX]]. FO
        [[name:T. Mensah]]
    """)),
    ("aviation", "success", block("""
        Medical emergency - [[flight_number:BY672]] MAN-DLM, [[date:Sunday 21 July]]
        Time  Event
        11:52 Call bell 23F. Pax [[name:Mehmet Yilmaz]] ([[age:58]]) grey, sweating, chest pain
        11:54 {{PA}} for doctor - Dr [[name:Claire Fennimore]] (GP) seat 9A responded
        11:56 O2 given, {{aspirin}} 300 mg from {{Doctor's Kit}}, {{AED}} attached - no shock
        12:05 {{MedLink}} consulted, advised divert
        12:41 Diverted to Lyon, ambulance met aircraft
        Pax wife [[name:Ayşe]] sent email - he had an MI, now recovering.
        Excellent teamwork from [[name:Jade Coutts]] (CM) and [[name:Ben]] (L2).
    """)),
    ("aviation", "incident", block("""
        Occurrence report - galley oven fire
        A/c: [[aircraft_registration:G-OBRK]] {{A320}}   Flt: [[flight_number:NV1193]]
        Date: [[date:03/03/2024]]
        At 40 mins after take-off CC [[name:Imogen Sayer]] saw smoke from oven 2, forward galley.
        Oven had a paper bag from the catering uplift left inside. {{Halon extinguisher}} used,
        fire out in 20 sec. Captain [[name:Petra Lindqvist]] declared {{PAN}}, continued to
        destination. No injuries. Catering supplier [[organisation:SkyFare Catering Ltd]] informed.
        Oven inop, {{MEL}} entry made.
    """)),
    ("aviation", "near_miss", prose("""
        On arrival at stand 12 the {{Cabin Manager}} called {{disarm doors}} and cross-check.
        Door 2L was reported disarmed by [[name:Sunny]] but when the ground handler from
        [[organisation:Apron Services Ltd]] started to open it from outside, the
        {{girt bar}} indicator was still showing armed. [[name:Sunny]] stopped the door in time.
        The {{slide}} would have deployed onto the hi-loader. [[name:Sunny]] had swapped doors
        with [[name:Bea]] for this sector and was unfamiliar with the {{A330}} door. Flight
        [[flight_number:VS 1066]], [[date:Mon 11 Nov]].
    """)),
    ("aviation", "success", block("""
        Hi,

        I flew to Tenerife with my son [[name:Oscar]] ([[age:8]], {{autistic}}) on
        [[date:10th August]], flight [[flight_number:EZY6312]]. He panicked during boarding
        because of the noise. A crew member called [[name:Grace]] gave him
        {{ear defenders}} from the {{Hidden Disabilities}} pack, let him sit in the
        {{galley}} for a minute during boarding and showed him the {{safety card}} like a
        game. He talked about "[[name:Grace]]'s plane" all holiday!
        Please pass this on.

        [[name:Lauren Bright]]
        [[phone:07700 900127]]
    """)),
    ("aviation", "incident", block("""
        Diversion timeline - [[flight_number:NV882]] LGW-TFS
        Reg [[aircraft_registration:G-NVBK]], Capt [[name:Andrzej Nowicki]]
        FO [[name:Leila Haddad]]
        09:12 Pax [[name:Gwen Arbuthnot]], 17A, collapsed in aisle returning from toilet
        09:14 Unresponsive, {{CPR}} started by CC [[name:Tom Briggs]], {{AED}} fitted
        09:17 Shock advised x1, ROSC 09:21
        09:23 Decision to divert to Porto, {{MAYDAY}} declared
        09:58 Landed, handed to medics
        10:40 Pax pronounced dead at hospital
        Crew stood down, {{CISM}} peer support offered to all five.
    """)),
    ("aviation", "near_miss", prose("""
        During pre-flight on [[aircraft_registration:G-EZRK]] the {{First Officer}},
        [[name:Priyanka Rao]], entered the {{ZFW}} from the previous sector into the {{FMS}}.
        Take-off speeds came out about 6 knots low. Captain [[name:Frank Delaney]] noticed the
        {{loadsheet}} figure did not match during the cross-check and the correct ZFW was
        re-entered before push. Flight [[flight_number:EZY 403P]]. Both crew had been rushed by a
        late {{ACARS}} loadsheet and an aircraft swap. Reported via {{ASR}}.
    """)),
    ("aviation", "success", block("""
        Ground ops note - [[date:Fri 5 April]]
        {{UM}} [[name:Noor Al-Hashimi]] ([[age:10]]) arrived on
        [[flight_number:NV2250]] from Dubai.
        Nominated collector (uncle, [[name:Hamza]]) not at {{gate}} - stuck in traffic on the M25.
        CC [[name:Bill Otieno]] stayed with [[name:Noor]] in the {{UM lounge}}, ran through the
        {{UM form}} ID checks with [[organisation:Horizon Handling]] and called the uncle on
        [[phone:020 7946 0871]]. Handed over 14:50 with ID checked against {{passport}}.
        Mum rang to thank the crew - [[name:Noor]] called it "the best part of the trip".
    """)),
    ("aviation", "incident", block("""
        Turbulence injury
        Flight [[flight_number:TOM 418]], [[date:28/05]]
        {{B787-9}} [[aircraft_registration:G-TUIP]]
        Reporter: CC [[name:Rhiannon Pugh]]

        Seat belt sign on for 5 mins, cabin crew told to be seated but were finishing the
        {{bar service}}. Encountered severe {{CAT}} over the Bay of Biscay. CC [[name:Luis]]
        thrown into the ceiling at row 32, landed on the trolley. Suspected fractured wrist.
        Treated with {{first aid kit}}, {{MedLink}} contacted. Met by paramedics at MAN.
        Pax in 32D, Mr [[name:Dobbs]], minor bruising.
    """)),
    ("aviation", "near_miss", block("""
        Dangerous goods near miss - [[flight_number:NV5531]] [[date:19/10/2024]]
        12:20 Smell of burning at row 22. Pax [[name:Tariq Qureshi]] (22C) said his
        {{power bank}} in the overhead bin was hot.
        12:21 CC [[name:Elena Popescu]] removed bag with {{fire gloves}}, bank swelling but no
        flames. Placed in a container of water per {{lithium battery procedure}}.
        12:24 Captain informed, {{FIRE containment bag}} used, monitored to destination.
        Bank was an unbranded 30,000 mAh unit. Captain [[name:Osei]] agreed no divert.
        Ref [[case_reference:DG-24-0217]].
    """)),
    ("aviation", "success", prose("""
        Debrief from Captain [[name:Helena Marsh-Ogunleye]]: bird strike on rotation out of
        Bristol, [[flight_number:NV3102]], {{A320neo}} [[aircraft_registration:G-NVCE]],
        [[date:7 September]]. Number 2 engine surge and vibration. {{First Officer}}
        [[name:Dan]] flew while the Captain ran the {{QRH}}, engine shut down, {{PAN}} declared,
        back on the ground in 17 minutes. {{Cabin Manager}} [[name:Faith Addo]] had the cabin
        briefed for a possible evacuation in under two minutes. Textbook {{CRM}}; 162 pax calm.
    """)),
    ("aviation", "incident", prose("""
        Hen party of 11 on [[flight_number:LS 1874]] to Alicante on [[date:Saturday 8 June]].
        Group had been drinking in the terminal; the bride, [[name:Stacey Roper]], was sick in
        row 19 before take-off. CM [[name:Gareth Evans]] refused further {{alcohol}} and two of
        the group ([[name:Kirsty]] and [[name:Danni]]) started shouting and filming crew on their
        phones. Duty-free vodka was found being drunk from a {{water bottle}}. Captain
        [[name:Mike Sinclair]] requested {{Guardia Civil}} meet the aircraft. {{Disruptive
        Passenger}} form completed, {{Level 2}} incident.
    """)),
    ("aviation", "near_miss", block("""
        Allergen report
        Flt: [[flight_number:NV621]]   Date: [[date:2 Feb 2024]]   CM: [[name:Rosa Tkachenko]]
        Pax [[name:Amelia Hart]] ([[age:12]]), 7C, pre-notified severe {{nut allergy}}.
        {{PA}} made, {{nut-free buffer}} rows 5-9 set up. At 40 mins CC [[name:Tom]] about to
        sell a {{Snickers}} to 6D. Mum spotted it and stopped him.
        CC said the buffer rows were not on his {{iPad}} brief.
        No exposure, {{EpiPen}} not required.
        Action: buffer rows to show on crew app.
    """)),
    ("aviation", "incident", block("""
        Fatigue / roster report - CC [[name:Niamh O'Driscoll]]
        Staff no. [[case_reference:NV-CC-10442]]

        Date       | Report | Off duty | Sectors | Notes
        [[date:12/08]]      | 04:30  | 15:10    | 4       | delay at PMI
        [[date:13/08]]      | 04:45  | 16:50    | 4       | ATC slots
        [[date:14/08]]      | 05:10  | 17:20    | 4       | 2 x {{disruptive pax}}
        [[date:15/08]]      | 03:55  | --       | 2       | {{unfit to fly}} after sector 2

        Made a wrong {{PA}} on the 15th (announced wrong destination) and forgot to arm door
        1R. Called {{crew control}} and went sick at base. Asked for {{FRMS}} review.
    """)),
    ("aviation", "success", block("""
        From: [[name:Ruth Abernethy]] <[[email:ruth.abernethy@example.co.uk]]>
        Subject: Flight home from {{Malaga}}

        I was on [[flight_number:NV7716]] on [[date:Thursday 5 December]] flying home after my
        mum died suddenly in Spain. I was crying at my seat and the {{crew member}} [[name:Will]]
        (I think a {{Cabin Manager}}?) moved me to an empty row, brought me tea and just sat with
        me for a few minutes between the {{trolley service}}. At the end he gave me a card signed
        by the whole {{crew}}. I'll never forget it.

        [[name:Ruth]]
        [[address:8 Birchfield Gardens]], [[postcode:EH12 6TW]]
    """)),
]


def main() -> None:
    records = build_records("blind84", REPORTS)
    write_records(OUT, records)


if __name__ == "__main__":
    main()
