"""Held-out blind corpus 124: just-culture incident and learning reports from three UK settings.

Settings: a metropolitan borough's children's front door (MASH), emergency duty team (EDT) and
child protection teams; an ambulance trust's 999 control, NHS 111 and road crews; and a
low-cost airline's cabin crew and flight crew. Styles are the ordinary mix staff really type:
rushed lower-case notes with typos, careful narratives, chronologies and timelines, e-mails
with signatures, Teams/WhatsApp-style chat, incident forms with field labels, handover sheets,
debrief notes, tech-log extracts, praise and shout-outs. Written blind, without sight of the
system under test or any other corpus.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from markup import block, build_records, write_records  # noqa: E402
from markup import flow as prose  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "corpus" / "heldout_blind124.jsonl"

REPORTS = [
    # ------------------------------------------------------------------ social care (17)
    ("social_care", "near_miss", prose("""
        contact came in from {{health visitor}} re baby [[name:Kayden Walsh]] ([[age:4]] months), bruise to ear.
        i searched {{LCS}} on surname + dob and picked up the wrong family - theres two [[name:walsh]] familys,
        one at [[address:12 Harrow Lane]] and one at [[address:21 Harrow Lane]]. started the {{RAG rating}} off the
        old closed case which was green. [[name:Tomasz]] on the next desk checked the {{NHS number}}
        against the HV referral and it didnt match. re-linked to [[case_reference:LCS-884120]], rated red,
        {{strategy discussion}} same day with {{police}} and {{paediatrician}}. no harm but could have
        gone to {{early help}} by mistake. suggest we always match on 2 identifiers not name+dob.
        """)),
    ("social_care", "incident", block("""
        From: [[name:Deborah Ogunleye-Hart]] <[[email:d.ogunleye-hart@northgatemborough.gov.uk]]>
        Sent: [[date:Sunday 9 February 2025]] 03:12
        To: CP Team Managers; MASH Duty
        Subject: EDT overnight - placement breakdown, [[case_reference:MOS-2231907]]

        Morning all,

        Handover re [[name:Reece]] ([[age:14]]). Residential placement at [[organisation:Cedar Lodge children's home]]
        ended at about 23:00 after he damaged a staff car. Provider said they would not take him back.
        {{Police}} used {{police protection powers}} and he waited at the station for nearly three hours
        while I rang round. No {{emergency placement}} on the list was answering; eventually
        [[organisation:Brightwater Fostering]] found a bed in Rochdale.

        Learning for me: the out-of-hours placements list was out of date (two numbers dead). Can someone
        from {{Commissioning}} refresh it before next weekend?

        [[name:Deb]]
        {{Emergency Duty Team}} Social Worker
        [[phone:0161 496 0732]] (EDT line, out of hours only)
        """)),
    ("social_care", "near_miss", block("""
        [Mon 08:41] [[name:Jas Dhillon]]: anyone picked up the {{school}} referral from friday? the one from [[organisation:St Bede's RC Primary]]
        [Mon 08:42] [[name:Ciara]]: which one
        [Mon 08:42] [[name:Jas Dhillon]]: yr 5 girl said dads boyfriend hits her with a belt. DSL sent it 15:58 fri to the old inbox
        [Mon 08:43] [[name:Ciara]]: oh no. the old inbox isnt monitored after 4
        [Mon 08:44] [[name:Jas Dhillon]]: exactly. its been sat all weekend. shes in school today, ringing the {{DSL}} now
        [Mon 08:51] [[name:Ciara]]: ive told [[name:Gareth]] - {{team manager}} wants a {{section 47}} decision by 11
        [Mon 09:30] [[name:Jas Dhillon]]: {{strategy}} booked 10:15. child seen in school, marks visible, {{CP medical}} arranged
        [Mon 09:31] [[name:Ciara]]: can we get an auto reply put on that inbox pls, this is the 2nd time
        """)),
    ("social_care", "incident", block("""
        CHRONOLOGY - visit not completed (prepared for {{practice learning}} review)

        [[date:03/10/24]]  {{ICPC}} - [[name:Aaliyah]] and [[name:Zain]] made subject to {{CP plans}}, category neglect.
                     Visits agreed at least every 10 working days.
        [[date:15/10/24]]  {{Core group}}. Allocated SW Mr [[name:Okafor]] on leave from [[date:21/10]].
        [[date:21/10/24]]  Cover not arranged on {{Mosaic}}; visit task stayed with absent worker.
        [[date:06/11/24]]  {{School nurse}} from [[organisation:Moorside Academy]] e-mails re head lice, hunger.
        [[date:07/11/24]]  E-mail read by {{business support}}, not escalated.
        [[date:11/11/24]]  SW returns, visits [[address:4 Tenter Fold]]. No food in house, mum unwell.
        [[date:12/11/24]]  {{Legal gateway}} meeting.

        Gap in statutory visiting: 27 days. Children not harmed physically but living conditions had
        deteriorated. Learning: leave cover must be recorded on the case, not in team diary.
        """)),
    ("social_care", "success", prose("""
        Big shout out to [[name:Summer]] on {{duty}} yesterday. A {{GP}} rang about a [[age:10]] week old with a
        small bruise to the cheek, mum said the older sibling did it with a toy. [[name:Summer]] remembered
        the {{bruising in non-mobile babies protocol}} straight away, didn't accept it as minor, got the baby
        seen at the {{Child Protection Medical}} clinic that afternoon and booked a {{strategy meeting}}. The
        {{skeletal survey}} found an older rib fracture. Without her persistence this would have been
        closed as advice. Calm, thorough, and she wrote it up beautifully too.
        """)),
    ("social_care", "incident", block("""
        INFORMATION GOVERNANCE INCIDENT FORM
        Ref: [[case_reference:IG-2024-0417]]
        Date of incident: [[date:22 April 2024]]
        Service: {{Child Protection}} - East Team
        Reported by: [[name:Fiona McAllister]], {{Team Manager}}

        What happened:
        {{Conference report}} for [[name:Lily-Mae Hughes]] was e-mailed to both parents. Father's copy
        showed mother's new address ([[address:Flat 3, 88 Clover Rise]], [[postcode:OL8 2TX]]) which
        is confidential due to {{domestic abuse}}. Redaction box was drawn in Word but the text
        underneath was still selectable.

        Immediate action:
        Recall requested. {{IDVA}} informed. Mum and child moved to {{refuge}} same evening.
        {{MARAC}} referral updated.

        Contributing factors:
        No redaction tool on laptops. Report done at 6pm to meet the deadline.

        Reported to {{ICO}}: yes, within 72 hours.
        """)),
    ("social_care", "success", block("""
        Strategy meeting debrief - what went well
        [[date:Thurs 14th March]]

        - {{Police}} (DS [[name:Kaur]]), {{health}} and {{education}} all joined on Teams within 40 mins of the request
        - School ([[organisation:Highfield Park High]]) brought the child's own words written down verbatim - really helpful
        - {{ABE interview}} planned for next morning, not left to drift
        - Sibling at [[organisation:Little Acorns Nursery]] considered too, not just the referred child
        - {{Safety plan}} agreed with the non-abusing parent before anyone left the call

        Even better if: minutes out within 24 hours, not 3 days.
        Chair: [[name:Angharad Pryce]]
        """)),
    ("social_care", "near_miss", block("""
        EDT HANDOVER SHEET  -  [[date:Sat 17/08]] into [[date:Sun 18/08]]

        Name             Issue                                  Action / outstanding
        [[name:T. Nowak]]         [[age:15]]yo missing from home since 19:00   {{Police}} aware, log [[case_reference:CAD 1453]]. Not returned at 07:00. DAY TEAM TO CHASE
        [[name:Brooke]] ([[age:8]])       Mum arrested, child with {{nan}}            Checks done on nan. {{Reg 24}}? - needs day team decision
        [[name:Hakim A.]]         {{UASC}} transfer from London            Placed at B&B overnight - NOT suitable, age dispute

        Near miss: the {{missing}} young person's photo was not on file so {{police}} were using a
        3 year old description. Please add recent photos at {{CP plan}} reviews.
        """)),
    ("social_care", "incident", block("""
        [[name:Rose]] 🙂: im outside the house now, dads car is on the drive
        [[name:Rose]] 🙂: he wasnt supposed to be there, the {{written agreement}} says hes at his brothers
        [[name:Lisa]] TM: ok do NOT go in alone. where are you parked
        [[name:Rose]] 🙂: top of [[address:Ashbourne Road]], car reg [[vehicle_registration:YX19 KDL]] if you need it
        [[name:Rose]] 🙂: hes come out shouting. im driving off
        [[name:Lisa]] TM: good. ring me when safe. ill call {{police}} and log on {{lone worker}} system
        [[name:Rose]] 🙂: safe at [[organisation:Tesco Ashbourne]] car park. shaking a bit
        [[name:Lisa]] TM: well done. we'll do the visit tomorrow with a colleague and {{PCSO}}. take the afternoon

        Added by TM: panic alarm device was flat - {{Skyguard}} charger missing from pool. Logged.
        """)),
    ("social_care", "success", prose("""
        On [[date:2 June]] [[name:Precious Adeyemi]], [[age:15]], was reported {{missing}} for the fourth time
        in a month. Her {{personal adviser}} from the {{Exploitation team}}, [[name:Liam O'Driscoll]], knew from
        her {{Return Home Interview}} that she'd mentioned a takeaway near [[address:Vicarage Parade]]. He
        passed this to {{police}} rather than waiting for the formal missing meeting. Officers found
        her within two hours in a flat above the shop with two adult males. A {{NRM}} referral and
        {{Child Abduction Warning Notices}} followed. The learning: the information from return interviews
        is only useful if someone acts on it quickly, and that is exactly what happened here.
        """)),
    ("social_care", "near_miss", prose("""
        referral from [[organisation:Oakfield Medical Centre]] had the wrong dob for [[name:shanice]], put 2016
        instead of 2006 so {{MASH}} {{screener}} thought she was a [[age:8]] yr old and went to start {{section 47}}.
        turned out shes [[age:18]] and the concern was about her own baby. wasted about 2 hrs and nearly rang
        {{school}} about an adult. nobody hurt. better to ring {{referrer}} back when the story doesnt fit the
        age. also the {{Multi Agency Referral Form}} lets you type dob freehand, should be a date picker
        """)),
    ("social_care", "success", block("""
        Subject: Thank you - final hearing
        To: [[email:nia.campbell@northgatemborough.gov.uk]]

        Hi [[name:Nia]],

        Just to say the {{Guardian}} and the {{Judge}} both commented on the quality of your {{final
        statement}} in the [[name:Fernandes]] children's case today. The {{analysis of harm}} was clear,
        balanced and written so the parents could follow it. Her Honour specifically said the
        {{parenting assessment}} was "fair to the father" which is not something we hear often.

        I know you were writing it during a heavy {{duty}} week. Really proud of you.

        [[name:Marguerite]]
        {{Service Manager}}, Children in Need & Protection
        Tel [[phone:0161 496 0288]] | Mob [[phone:07700 900461]]
        """)),
    ("social_care", "incident", prose("""
        Learning review summary (rapid review, [[date:14 October 2024]]). An {{Initial Child Protection
        Conference}} for an unborn baby was due on [[date:28 August]] but was held on [[date:19 September]],
        after the baby was born. The {{pre-birth assessment}} had been allocated late because the
        {{midwife}} referral went to {{Early Help}} first. Mum had two
        older children previously removed, which was on the {{Liquidlogic}} record but not on the
        referral, and the Early Help worker did not have access to the children's social care history.
        When the case reached the {{MASH}} the threshold was obvious within an hour. The baby went home
        from hospital with mum under a verbal safety plan for eleven days without a {{CP plan}}; the
        family were visited twice in that time and the {{health visitor}} saw the baby on day five. No
        injury occurred and the baby is now subject to a plan. The panel did not find
        fault with any single worker: everyone acted on the information in front of them. It
        recommended that any pre-birth referral where there have been previous proceedings goes
        straight to the MASH rather than Early Help, that Early Help practitioners get read-only access
        to relevant history, and that {{midwifery}} booking forms include the {{Public Law Outline}}
        history as a mandatory question.
        """)),
    ("social_care", "near_miss", prose("""
        near miss [[date:Tues 5th]] - dad with {{non-molestation order}} and mum both turned up at
        {{family centre}} for {{contact}} at same time. {{contact supervisor}} spotted his car in
        {{car park}}, kept kids inside, rang {{duty}}. stagger times on every plan pls
        """)),
    ("social_care", "near_miss", block("""
        Section A - Referral details
        Referrer: [[name:Bronwen Lloyd-Evans]], {{Community Midwife}}, [[organisation:Ysbyty Glan Aber maternity unit]]
        Subject: unborn of [[name:Chelsea Dunne]], DOB [[date_of_birth:11/01/2003]]
        Address: [[address:27 Penrhyn Court]], [[postcode:LL30 4HS]]
        Mother NI No: [[ni_number:JT 48 22 19 C]]
        Mosaic ID: [[case_reference:2217764]]

        Section B - What happened
        Referral faxed (!) to a number that now belongs to {{Adult Social Care}}. Adult team forwarded it
        after 6 days. {{EDD}} was then 4 weeks away, leaving little time for {{pre-birth assessment}}.

        Section C - Outcome
        Assessment completed before birth, {{discharge planning meeting}} held on ward. No harm.

        Section D - Recommended
        Retire the fax number. Publish the {{MASH}} secure e-mail on the {{NHS}} intranet.
        """)),
    ("social_care", "success", block("""
        [[name:Kasia W]]: thanks so much for sorting the interpreter 🙏 mum cried when she heard Polish on the phone
        [[name:Ellie]]: no worries, [[organisation:Language Line]] had a {{Polish}} interpreter in 10 min
        [[name:Kasia W]]: she finally understood what {{child protection plan}} means. last worker used her [[age:11]] yr old son to translate
        [[name:Ellie]]: 😬 thats awful. glad we fixed it
        [[name:Kasia W]]: she agreed to the {{Family Group Conference}} too. shes been scared we'd take the kids to {{foster care}}
        [[name:Ellie]]: lets put "interpreter needed - Polish - NOT family" on the front of the {{Mosaic}} record so it sticks
        """)),
    ("social_care", "incident", block("""
        Timeline - private fostering not identified

        Sept 2023    [[name:Dami]] ([[age:13]]) starts at [[organisation:Greenacre School]], living with a "family friend", Mrs [[name:Obi]].
        Jan 2024     {{School}} notes on {{CPOMS}}: no parent has attended anything.
        Mar 2024     {{School nurse}} asks about {{immunisations}}; no consent from a parent available.
        May 2024     [[name:Dami]] tells a teacher he sends money "home" from a Saturday job.
        [[date:14/05/24]]     School refers to {{MASH}} as {{private fostering}}. First time recognised.

        Eight months elapsed. Every professional had a piece of the picture. Learning: private
        fostering awareness sessions for school office staff who take the admissions forms.
        """)),
    # ------------------------------------------------------------------ health (17)
    ("health", "incident", block("""
        INCIDENT REPORT - Datix [[case_reference:W118834]]
        Date/time: [[date:04/01/2025]] 19:47
        Location: {{Emergency Operations Centre}} (North)
        Category: Delayed response
        Patient: [[name:Harold Pennington]], [[age:78]]
        DOB: [[date_of_birth:17/05/1946]]
        NHS No: [[nhs_number:405 285 1412]]

        Description:
        Wife called 999 reporting husband "not making sense" and face drooping. Coded {{Category 2}}
        {{stroke}}. At 20:30 no resource available; on {{clinical validation}} callback symptoms were
        "resolving" and call was downgraded to {{Category 3}}. Wife rang again 21:40, symptoms back.
        Crew on scene 22:15, {{FAST}} positive, conveyed to [[organisation:Royal Fenwick Hospital]]
        {{Hyper Acute Stroke Unit}}. Outside {{thrombolysis}} window.

        Contributing: 38 calls holding, 11 crews held at hospital waiting {{handover}}.
        Learning: resolving stroke / {{TIA}} symptoms not to be downgraded without senior clinician review.
        """)),
    ("health", "near_miss", prose("""
        nearly gave wrong strength adrenaline tonight. [[age:6]] yr old anaphylaxis at an after school club,
        lips swelling, wheeze. i grabbed the {{1:1000}} and was about to draw up thinking it was the
        {{1:10,000}} from the {{cardiac arrest}} pouch. crewmate [[name:Dev]] said "stop, read it out" and we
        did {{IM}} 0.3ml in the thigh as per {{JRCALC}}. pt picked up, second dose not needed, handed over
        at paeds ED. both ampoules live in the same green pouch in the {{drugs bag}} on our truck. sorry
        for the typos doing this on the phone between jobs. pls can fleet look at seperate pouches
        """)),
    ("health", "incident", prose("""
        [[name:Gemma Ruiz-Taylor]] ([[age:41]], NHS [[nhs_number:657 261 2880]]) rang {{NHS 111}} at 23:10 on
        [[date:12 December]] with fever, rigors and pain on passing urine. {{NHS Pathways}} reached a
        "contact GP within 6 hours" disposition. The {{health advisor}} did not ask the {{sepsis}}
        screening question about new confusion because the caller was speaking clearly, although her
        partner said in the background that she "wasn't herself". The booking went to
        [[organisation:Larchwood Surgery]] which does not open until 08:00. She was brought in by
        ambulance at 06:30 with {{septic shock}} from {{pyelonephritis}} and spent two days in
        {{ICU}}. Learning: third-party information in the background of a call counts.
        """)),
    ("health", "success", prose("""
        Shout out for [[name:Chidi Eze]] in {{EOC}}. Caller said her dad had collapsed in the garden at
        [[address:Ferndale, Moss Bank Lane]] and was "snoring". [[name:Chidi]] recognised {{agonal breathing}},
        coded it as {{cardiac arrest}} within 40 seconds and talked the daughter through {{dispatcher-assisted CPR}}.
        He sent a neighbour to the {{defibrillator}} registered on {{The Circuit}} at
        [[organisation:Holmwood Cricket Club]]. Two shocks were delivered before the crew arrived and the
        patient had {{ROSC}} on our arrival. He's now home. Textbook call, really well done.
        """)),
    ("health", "near_miss", block("""
        Clinical hub chat - [[date:19/03]]

        [[name:Sian]] (CSD): the two calls from [[address:Mill House]] - did someone merge them?
        [[name:Marek]]: yes {{CAD}} flagged as duplicate, same building, 5 mins apart
        [[name:Sian]] (CSD): one is [[address:Flat 2, Mill House]] and the other is [[address:Flat 12, Mill House]]
        [[name:Marek]]: 😳 checking
        [[name:Marek]]: flat 12 is a [[age:67]]yo {{chest pain}}, flat 2 is a fall with {{head injury}}. both need a crew
        [[name:Sian]] (CSD): unmerge and send {{Cat 2}} to flat 12 now pls, next nearest is 4 mins
        [[name:Marek]]: done. crew allocated
        [[name:Sian]] (CSD): can we raise with the {{AMPDS}} / CAD team that duplicate logic ignores flat numbers
        """)),
    ("health", "incident", block("""
        From: Sister [[name:Angela Baptiste]] <[[email:angela.baptiste3@nhs.net]]>
        To: {{Hospital Ambulance Liaison Officer}}
        Subject: Pressure damage after extended handover delay, [[date:7 Jan]]

        Hi,

        Raising this jointly so we can both learn from it. Mr [[name:Kwame Asante]], [[age:84]] (hosp no [[case_reference:K1187342]]), waited
        on the ambulance stretcher outside {{ED}} for 6 hours 20 minutes on [[date:7 Jan]]. The crew
        did regular {{NEWS2}} obs and gave fluids, but nobody repositioned him and there was no
        pressure-relieving mattress. He has a {{category 2 pressure ulcer}} to the sacrum.

        This isn't a crew issue, it's a system one. We did not have a {{cohort area}} open.

        Thanks,
        [[name:Angela]]
        Sister, [[organisation:Royal Fenwick ED]]
        [[phone:01632 960 512]]
        """)),
    ("health", "incident", block("""
        TIMELINE - long lie, Mrs [[name:Iris Blackwood]] ([[age:91]])

        14:02  {{Lifeline}} alarm call, fall at home, no injury reported, on the floor. {{Category 3}}.
        15:30  {{Welfare call}} - pt says "I'm alright, love". No reassessment of time on floor.
        18:45  Second welfare call, no answer. Not escalated.
        21:10  Daughter arrives, calls 999 - mum cold and confused.
        21:40  Crew on scene. {{Hypothermia}}, suspected {{rhabdomyolysis}}.
        23:05  Admitted, raised {{CK}}.

        Total time on floor approx 9 hours. Learning: a {{long lie}} is a clinical problem in itself;
        no-answer on a welfare call must be escalated to a {{clinical navigator}}.
        """)),
    ("health", "success", block("""
        Hot debrief - RTC, [[address:A6 Stockport Road]], [[date:Friday 22nd]]

        What went well:
        - First crew ([[name:Bill]] and [[name:Oksana]]) gave a clear {{METHANE}} report and rightly did not declare a {{major incident}}
        - {{Tourniquet}} on within 4 mins of arrival, {{TXA}} given
        - {{HEMS}} requested from that first report; doctor on scene by 21 mins
        - Pre-alert to [[organisation:Northgate Royal Major Trauma Centre]] clear and structured
        - Car driver ([[vehicle_registration:MA68 HPJ]]) kept calm by {{first responder}} the whole time

        Even better if: {{TRiM}} offered to all staff, not just the first crew.
        """)),
    ("health", "near_miss", block("""
        HANDOVER - corridor, [[organisation:St Anselm's ED]]

        Bay C1  [[name:Doreen Clarke]]  [[age:79]]  # NOF  {{morphine}} 5mg given  NKDA
        Bay C2  [[name:Doreen Clark]]   [[age:82]]  ?{{UTI}} / delirium           ALLERGY {{PENICILLIN}}

        Near miss: two patients with almost the same name handed over to the same nurse. When the
        {{co-amoxiclav}} was drawn up for the C2 patient, the wristband was checked against the {{ePCR}}
        handover and the surnames didn't match spelling. Antibiotic not given. Could easily have been
        anaphylaxis. Flag "similar name" on the board next time.
        """)),
    ("health", "incident", block("""
        Incident type: Vehicle / equipment failure
        Ref: [[case_reference:DATIX-2024-77215]]
        Vehicle: [[vehicle_registration:YK70 EBV]]
        Station: [[organisation:Hollins Brook ambulance station]]

        Summary:
        {{Tail lift}} failed mid-way while loading a {{bariatric}} patient in his chair. Patient was
        stuck at about half-height for 25 minutes until a second crew and the {{HART}} team arrived.
        No injury. Lift had a "slow to respond" note in the {{VDI}} book from two days before
        that hadn't been reported to {{fleet}}.

        Action: vehicle off road. Reminder that defects written in the VDI book must also be phoned through.
        """)),
    ("health", "success", block("""
        [18:22] [[name:Femi]]: massive well done to our student [[name:Hope]] today 👏👏
        [18:22] [[name:Femi]]: [[age:55]]yo lady, epigastric pain, everyone would've said indigestion
        [18:23] [[name:Femi]]: [[name:Hope]] asked for posterior leads on the {{12-lead ECG}}, spotted a {{posterior STEMI}}
        [18:24] [[name:Rhiannon]]: 🔥 amazing. straight to {{PPCI}}?
        [18:24] [[name:Femi]]: yep, pre-alerted cath lab at [[organisation:Fenwick Cardiac Centre]], {{aspirin}} 300 given
        [18:25] [[name:Rhiannon]]: we need her on the {{ECG}} teaching day next month
        """)),
    ("health", "near_miss", prose("""
        job came in as [[postcode:LS9 8DW]] but caller actually said [[postcode:LS8 9DW]], call taker typed it
        backwards. {{CAD}} put us 3 miles the wrong way. i knew the street name didnt exist in that patch
        (ive been on this station 11 yrs) so rang {{EOC}} on the radio. they re-checked with caller and it was
        [[address:7 Gledhow Mount]]. we were on scene in 9 mins instead of god knows. pt was a {{hypo}}, {{BM}} 1.8,
        fine after {{glucagon}}. {{what3words}} would of helped here, caller didnt know how.
        """)),
    ("health", "incident", prose("""
        We attended a [[age:73]]-year-old man on [[date:2 October]] who had fallen at home. The house was
        extremely cluttered, there was very little food, and he had untreated leg ulcers. He declined
        conveyance and had {{capacity}} for that decision. We gave advice, referred to his {{GP}}
        and left. We did not submit a {{safeguarding}} concern for {{self-neglect}} because we assumed
        the GP would. We were called back on [[date:9 October]] and he was admitted with
        {{cellulitis}}. When the {{safeguarding team}} reviewed it, nobody had raised a concern. Lesson
        for both of us: capacity to refuse transport does not remove the duty to refer.
        """)),
    ("health", "success", prose("""
        Call to {{111}} from a [[age:19]] yr old, [[name:Ollie Grant]], vomiting for a day and "just
        feeling rubbish". {{Health advisor}} [[name:Sky Mensah]] noticed he was breathing fast and
        mentioned he'd been drinking loads of water and weeing constantly. Rather than continuing down
        the vomiting pathway she asked if anyone in the family had {{diabetes}}, then passed it to
        {{clinical advisor}} [[name:Paddy]] who arranged a {{Category 2}} ambulance. Blood sugar was
        "HI" on the meter, new {{DKA}}. Great listening from [[name:Sky]].
        """)),
    ("health", "near_miss", block("""
        From: [[name:Graham Whitelaw]]
        Sent: [[date:Monday 28 July 2025]] 07:58
        To: Medicines Management
        Subject: CD pouch seal broken - station [[organisation:Ashworth Vale]]

        Morning,

        At vehicle check this morning the {{morphine}} pouch on the night truck had the seal number
        changed but the {{CD register}} showed no usage since Saturday. All 10 ampoules present
        and intact, so nothing is missing. It looks like the seal broke and was replaced without
        being written up. I've done a {{Datix}} and informed the {{duty manager}}.

        Could we look at the seal log being signed by two people?

        Regards
        [[name:Graham]]
        {{Paramedic}} / {{CD Lead}}
        [[phone:07700 900 318]]
        """)),
    ("health", "incident", block("""
        CHRONOLOGY - assault on crew
        [[date:31/10/24]]
        22:50  Called to [[address:15 Larkspur Walk]], male with head injury, alcohol involved.
        23:02  On scene. Patient calm initially.
        23:10  Patient's brother arrives, becomes aggressive, pushes {{EMT}} [[name:Ryan O'Connell]] against the vehicle.
        23:11  {{Body-worn camera}} activated by [[name:Ryan]]. {{Red button}} pressed.
        23:19  {{Police}} on scene. Brother arrested.
        23:40  Patient conveyed. Crew stood down for welfare.
        Crime ref: [[case_reference:GMP/44217/24]]

        Crew had no {{address warning marker}} but a previous job at this address had one on an old
        system. Marker has been migrated.
        """)),
    ("health", "success", prose("""
        I want to recognise a call on the night shift. A woman rang {{999}} from a bridge saying she was
        going to end her life. Our {{call handler}} [[name:Grace O'Brien]] stayed on the line for 47 minutes,
        kept her talking about her cat and her sister, and quietly got {{police}} and the
        {{mental health nurse}} in the {{control room}} involved. The caller walked off the bridge to the
        officers. [[name:Grace]] then finished her shift. Please make sure she has had a {{TRiM}}
        offer and a proper break.
        """)),
    # ------------------------------------------------------------------ aviation (16)
    ("aviation", "near_miss", block("""
        AIR SAFETY REPORT
        ASR No: [[case_reference:ASR-25-0318]]
        Date: [[date:18 MAR 2025]]   Flight: [[flight_number:WX4417]]   A/C: [[aircraft_registration:G-WRNB]] ({{A320neo}})
        Phase: Climb   Route: MAN-ALC

        Narrative:
        Cleared FL110 by {{Manchester Control}}. Readback FL110. PF selected 100 on the {{FCU}} in error.
        {{FO}} noticed at ~9,400ft the FMA showed ALT* with 100 set. Corrected, ATC advised, no
        deviation from the cleared level and no {{TCAS}} event.

        Contributing: late frequency change during {{SID}} with {{checklist}} interruption.
        Reporter: {{Captain}}
        """)),
    ("aviation", "incident", prose("""
        On [[flight_number:WX2213]] to Palma on [[date:16 August]] a male in row 22 became abusive after
        drinking his own duty free. {{SCCM}} [[name:Kerry-Ann Douglas]] gave a {{verbal warning}} then the
        {{yellow card}}. He then pushed {{cabin crew}} [[name:Mateusz Zielinski]] in the aisle. {{Captain}}
        informed, {{Level 2}} declared and {{police}} requested to meet the aircraft on stand. Restraint
        kit was not needed. [[name:Mateusz]] has a bruised arm and has been seen by occupational health. Learning:
        gate staff had flagged the group as loud but the message never reached the crew.
        """)),
    ("aviation", "success", block("""
        Subject: Thank you - medical on [[flight_number:WX1806]]
        From: [[email:crew.safety@wrenair.co.uk]]

        Dear [[name:Aoife]] and crew,

        Thank you for how you handled the passenger who collapsed on [[flight_number:WX1806]] on
        [[date:3 May]]. You fetched the {{AED}} and {{oxygen}} within a minute, a doctor on board
        (Dr [[name:Tariq Haddad]]) helped, and you used {{MedLink}} to agree a diversion. The
        {{Captain}} told us your updates through the {{interphone}} were calm and clear.
        The passenger was admitted and is recovering.

        Kind regards,
        Crew Safety team, [[organisation:Wrenair]]
        """)),
    ("aviation", "incident", block("""
        {{TECH LOG}} EXTRACT - [[aircraft_registration:G-WRNK]]   Sector 3   [[date:09/11/24]]

        Item 1  FWD LAV {{smoke detector}} INOP - deferred {{MEL}} Cat C, placard fitted, lav locked. (Eng [[name:MK]])
        Item 2  Cabin report: pax found smoking in AFT lav, detector alarmed, cig end in bin, no fire.

        Crew comment ([[name:Lakshmi]], {{CC3}}): forward lav was locked {{OOS}} so queue for aft lav was long and pax
        got in after another passenger. We searched the bin and used the {{fire extinguisher}} as a
        precaution. {{PA}} made re smoking. Police informed on arrival at Bristol.
        """)),
    ("aviation", "near_miss", block("""
        [05:02] [[name:Connor]]: anyone else on the 0545 report? been up since 2am, roster changed last night at 9
        [05:03] [[name:Priti]]: yeah same. thats 4 earlies in a row plus a {{standby}} callout
        [05:03] [[name:Connor]]: honestly not fit. nearly missed the roundabout on the way in
        [05:05] [[name:Priti]]: you should call {{crew control}} and go {{fatigued}}. thats what the {{FRMS}} is for
        [05:06] [[name:Connor]]: scared itll be on my record
        [05:07] [[name:Priti]]: its {{non-punitive}}. [[name:Natalia]] did it last month no issues
        [05:20] [[name:Connor]]: called. replaced. feel bad but better than falling asleep on the {{jumpseat}}
        """)),
    ("aviation", "success", prose("""
        Debrief notes, [[aircraft_registration:EI-FWR]], approach into Bristol runway 27. {{Windshear}}
        warning at 600ft with a +20kt gain. Capt [[name:Ellis Morgan]] as PF flew the {{windshear escape}}
        manoeuvre exactly as trained; {{FO}} [[name:Jun Wei]] called the speeds and told {{ATC}}. Second
        approach uneventful. Good {{CRM}}: the FO said afterwards he felt able to suggest holding for ten
        minutes and the Captain took the idea. {{PA}} to the cabin was honest and short.
        """)),
    ("aviation", "near_miss", block("""
        To: Ops Control
        Cc: Ground Ops Lead
        Subject: Loadsheet error, [[flight_number:WX3390]], [[date:22/06]]

        Hi,

        Final {{loadsheet}} showed 2 infants, actual was 9 (family group). Infants don't change the seat
        count so nobody spotted it. {{ZFW}} was ~500 kg out, within limits but the {{take-off performance}}
        was calculated on the wrong weight in the {{EFB}}. {{FO}} [[name:Kamil Nowicki]] noticed the
        infant figure didn't match the {{PIL}} and we re-ran the numbers before pushback.

        Suggest the {{DCS}} flags big infant changes after check-in closes.

        Thanks
        [[name:Beth]]
        Captain, MAN base
        Mob [[phone:+44 7700 900552]]
        """)),
    ("aviation", "incident", prose("""
        hot water burn to a kid on the [[flight_number:WX0922]]. mum ordered tea, i put it on her tray and
        the little one ([[age:2]]) grabbed the cup before i could say. red mark on forearm, we used the
        {{burns gel}} from the {{first aid kit}} and cool water from the {{galley}} for 20 mins, {{MedLink}} not
        needed, mum happy. i know we're meant to hand hot drinks to adults with a lid on and i didnt have a
        lid. galley was out of them. [[name:jade]] {{CC2}}
        """)),
    ("aviation", "near_miss", prose("""
        {{MOR}} summary. Taxiing for departure on runway 23R, {{holding point}} B1, night, light rain. The
        crew of [[flight_number:WX5121]] ([[aircraft_registration:G-WRNF]]) read back "hold short" but the
        {{Captain}} continued past the {{stop bar}}, which was lit, by about 10 metres before the {{FO}}
        called stop. An aircraft was on a 4 mile final. {{ATC}} issued a go-around as a precaution. The
        crew had just been given a new taxi route and were reading the {{Jeppesen}} chart heads-down.
        No loss of separation beyond the go-around.
        """)),
    ("aviation", "success", prose("""
        Good catch on [[date:Weds 4th]]: during the {{before start}} checks {{FO}} [[name:Will Bradshaw]] noticed
        the {{FLEX}} temperature on the {{MCDU}} was higher than expected. The take-off data had been
        calculated for the full length of the runway but {{ATC}} had given an intersection departure. The
        {{Captain}}, [[name:Nkechi Obi-Wright]], stopped, both re-ran the figures, and the correct data
        was entered. It would have left us with very little margin. Thanks [[name:Will]].
        """)),
    ("aviation", "near_miss", block("""
        CABIN SAFETY REPORT
        Date: [[date:1/2/25]]
        Aircraft: [[aircraft_registration:G-WRNP]]   Stand: {{stand 41}}
        Reporter: CC4

        On arrival {{doors to manual}} was called. I disarmed door 2R but my crosscheck partner was
        helping a passenger with a {{wheelchair}}, so no {{cross-check}} was done. Ground crew knocked
        on 1R early. [[name:Danielle]] at 1L checked the {{slide}} indicator before opening and saw 1R
        was still armed. Nobody opened it. If they had, the slide would have blown onto the {{jet bridge}}.
        """)),
    ("aviation", "incident", block("""
        Occurrence: Smoke/fire in cabin
        Flight: [[flight_number:WX7702]]   Reg: [[aircraft_registration:G-WRNA]]   Date: [[date:24/07/2024]]
        Seat 17C

        Sequence:
        - Passenger's {{power bank}} began hissing and smoking in seat pocket
        - CC1 [[name:Siobhan Kavanagh]] used the {{Halon}} extinguisher, then water
        - Device moved into the {{fire containment bag}}
        - {{Captain}} informed via {{interphone}}, {{PAN}} declared, continued to destination
        - Fire service met the aircraft

        Injuries: passenger minor burn to fingers.
        Learning: two crew did not know where the containment bag was stowed on this variant.
        """)),
    ("aviation", "success", prose("""
        I want to share a good catch from the Bucharest flight. {{Cabin crew}} [[name:Ioana]] noticed a
        girl who looked about [[age:15]] travelling with a much older man who answered every question for her
        and held her passport. She spoke to the girl quietly in Romanian in the galley while getting
        water. The girl said she didn't know where she was going to stay. The {{Captain}} asked for
        {{Border Force}} and {{police}} to meet the aircraft under our {{safeguarding}} procedure. We
        don't know the outcome but the crew followed the {{Hidden in Plain Sight}} training exactly.
        """)),
    ("aviation", "incident", block("""
        Bird strike report
        [[flight_number:WX4460]], [[aircraft_registration:N412WR]] (wet-leased), rotation at Belfast

        Multiple {{gulls}} struck the left engine at about 140kt. {{ECAM}} showed no caution but a
        vibration of 3.1 on {{ENG 1}}. Crew flew the {{QRH}}, returned to land overweight, with a
        {{fire service}} standby. Engineering found two damaged fan blades. Airport bird control had
        reported gulls on the {{taxiway}} earlier but the info was not in the {{ATIS}}. Lessor tech rep
        contacted on [[phone:+1 305 555 0142]] for the borescope.
        """)),
    ("aviation", "near_miss", prose("""
        Catering {{high-loader}} drove onto {{stand 14}} while we were still turning in, no
        {{wing walker}}. Stopped about 2m from the right wingtip when the {{marshaller}} waved him off.
        New subcontract driver, thought the {{VDGS}} being on meant the stand was clear. No contact.
        """)),
    ("aviation", "success", prose("""
        Shout-out to Capt [[name:Mark Ferguson]] and the crew of [[flight_number:WX2057]] on
        [[date:11 January]]. We sat two hours in the {{de-icing}} queue at Gatwick waiting for
        {{Type II fluid}}. Instead of leaving passengers in the dark he did a {{PA}} every 20 minutes,
        explained {{holdover time}} in plain English and came into the cabin himself. {{SCCM}} [[name:Ayesha]]
        kept {{ground ops}} updated on connections and the {{Cabin crew}} handed out water. Zero
        complaints. A lovely bit of leadership on a miserable morning.
        """)),
]


def main() -> None:
    write_records(OUT, build_records("heldout-blind124", REPORTS))


if __name__ == "__main__":
    main()
