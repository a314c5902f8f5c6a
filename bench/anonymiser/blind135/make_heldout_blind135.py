"""Held-out blind corpus 135: just-culture incident, near-miss and learning reports.

Setting: a shire county's children with disabilities and short breaks team and its virtual
school; a district general hospital's emergency department, acute medicine and discharge
lounge; a regional airline's turboprop crews and engineering. Style: what UK staff really
type -- rushed lower-case notes with typos, careful narratives, chronologies, e-mails with
signatures, Teams/WhatsApp chat, incident forms with field labels, handover sheets, debrief
notes, tech-log extracts and praise or shout-outs. Written blind, without sight of the system
under test or any other corpus.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from markup import block, build_records, write_records  # noqa: E402
from markup import flow as prose  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "corpus" / "heldout_blind135.jsonl"

REPORTS = [
    # ------------------------------------------------------------------ social care
    ("social_care", "incident", prose("""
        rang {{mum}} at 16.40 re [[name:Kacper]] ([[age:9]]) not collected from {{short breaks}} club at
        [[organisation:Fenwick Lane Community Centre]], taxi firm said booking cancelled but noone told us.
        {{escort}} [[name:Bev]] stayed with him till 17.55. mum ([[name:Agnieszka Nowak]]) v upset, says shes
        told {{Brokerage}} twice her address changed to [[address:7 Tanners Row]], [[postcode:SN13 4PD]]. old
        address still on {{Mosaic}}, ID [[case_reference:2214573]]. have emailed brokerage + {{team manager}}.
        needs fixing before {{Friday}} or same thing will happen again
    """)),
    ("social_care", "success", block("""
        From: [[name:Hope Adeyemi]] <[[email:hope.adeyemi@westmarsh.gov.uk]]>
        To: {{Children with Disabilities Team}}
        Subject: shout out - [[name:Grace]] at [[organisation:Orchard House]]

        Hi all,

        Just wanted to share some good practice from the overnight at [[organisation:Orchard House]] on
        [[date:Saturday 2nd March]]. [[name:Grace]] noticed [[name:Tyrese]] ([[age:14]]) had a red, swollen
        {{PEG}} site when doing his evening {{feed}}. Rather than leave it for {{mum}} she followed his
        {{care plan}}, rang {{111}}, drew it on the {{body map}} and photographed it with consent. It turned
        out to be an early infection and he started {{flucloxacillin}} the next day.

        Mum has phoned to say thank you. This is exactly the kind of curiosity we want to see.

        Many thanks
        [[name:Hope]]
        {{Practice Lead}}, Short Breaks
    """)),
    ("social_care", "near_miss", block("""
        Date of incident: [[date:04/03/2024]]
        Location: {{respite unit}} - [[organisation:Larkspur Short Breaks Unit]]
        Reported by: [[name:Ciarán Doyle]], {{senior support worker}}
        Child: [[name:Mia-Rose Harding]]   DOB: [[date_of_birth:17/09/2013]]   LCS: [[case_reference:LCS-0098123]]

        What happened: on admission meds were checked against the {{MAR chart}}. Bottle of {{melatonin}}
        sent from home labelled 3mg, MAR chart says 2mg. Not given. Rang {{on-call pharmacist}} and {{dad}}.
        Dad confirmed the {{GP}} increased the dose in February but nobody updated us.

        Immediate action: dose held for one night, confirmed by GP letter next morning.
        Learning: admission checklist to ask "any changes since last stay?" every time.
    """)),
    ("social_care", "incident", prose("""
        On [[date:11 March]] a {{Personal Education Plan}} for one child was e-mailed by the
        {{designated teacher}} at [[organisation:Kingsmead Academy]] to the wrong {{foster carer}}. The
        document was for [[name:Ellie]] ([[age:12]]) but went to Mrs [[name:Okonkwo]], who looks after a
        different pupil at the same school. Mrs [[name:Okonkwo]] rang the {{Virtual School}} straight away
        and deleted it while on the phone with us. The PEP contained [[name:Ellie]]'s placement address and her
        {{EHCP}} needs. We have logged it as a {{data breach}} (ref [[case_reference:VS/2024/0331]]) and the
        {{Information Governance}} team are deciding whether it meets the threshold for the {{ICO}}. The
        school had auto-complete on and two carers with similar names in their contacts. Learning: PEPs
        should go through {{Egress}} from the {{ePEP}} system, not ordinary e-mail.
    """)),
    ("social_care", "near_miss", block("""
        [[name:Sunita Rai]] 09:12
        morning, quick one - the {{OT}} left a new {{sling}} at [[name:Lewis]]'s for the {{ceiling track hoist}} but its a large not a medium

        [[name:Jamie Fraser]] 09:14
        was it used??

        [[name:Sunita Rai]] 09:15
        no, {{PA}} spotted it before the transfer thank god. dad said it looked baggy

        [[name:Jamie Fraser]] 09:16
        ok pls log it and ring [[organisation:Millbrook Community Equipment Service]] on [[phone:01632 960418]]. they need to swap it today not next week

        [[name:Sunita Rai]] 09:31
        done, swap booked for 2pm. also asked OT to label sizes on the {{moving and handling plan}}
    """)),
    ("social_care", "success", prose("""
        Learning from good practice: transition for [[name:Bill]] ([[age:17]]). [[name:Bill]] has complex
        {{epilepsy}} and a {{learning disability}} and was due to move to {{adult social care}} at 18. In
        previous years young people in his position have arrived at adult services with no plan. This
        time his {{Lead Professional}} started the {{Preparing for Adulthood}} conversation at his
        {{EHCP}} annual review in Year 10, invited the {{transitions}} social worker from the start, and
        arranged three visits to [[organisation:Beacon Day Opportunities]] with his favourite support worker.
        {{Mum}} said it was the first time she had not had to chase anyone. The key was starting early
        and keeping one named worker throughout.
    """)),
    ("social_care", "incident", block("""
        Chronology - [[name:Summer Blake]] ([[age:6]]) - Mosaic [[case_reference:3308814]]

        [[date:12/02/24]] 15:30  {{school}} ([[organisation:Greenacre Primary]]) ring {{duty}}: bruise to upper left arm, child says "fell off trampoline"
        [[date:12/02/24]] 15:52  referral sent by school to generic team inbox, not to {{MASH}}
        [[date:13/02/24]] 11:05  inbox checked by {{business support}}, forwarded to MASH
        [[date:13/02/24]] 14:20  {{strategy discussion}} held, {{Section 47}} agreed
        [[date:13/02/24]] 17:45  {{child protection medical}} with {{paediatrician}}: findings consistent with grip marks

        Learning: 19 hour delay because the inbox is not monitored after 3pm. Schools to be reminded to phone
        MASH for any injury to a disabled child.
    """)),
    ("social_care", "near_miss", block("""
        [[name:Mark]]: {{minibus}} just pulled in at [[organisation:Hillside Special School]] and [[name:Oskar]] isnt on the list??
        [[name:Tasha]]: he was def on it at [[address:Fairview Court]] i saw him get on
        [[name:Mark]]: found him. asleep on back seat. {{driver}} had done the {{seat check}} from the front only
        [[name:Tasha]]: omg. is he ok
        [[name:Mark]]: fine, bit sleepy. reg is [[vehicle_registration:WK19 KTD]] if {{transport team}} ask
        [[name:Tasha]]: ill do the form. {{passenger assistant}} was off sick and no cover so driver on own
        [[name:Mark]]: thats the real issue tbh. {{walk-through check}} is meant to be end to end
    """)),
    ("social_care", "success", block("""
        HANDOVER - [[organisation:Larkspur]] - nights [[date:Sat 9th]] into [[date:Sun 10th]]

        Rm 1  [[name:Zaid]] ([[age:11]])  settled 21:40. seizure free. {{buccal midazolam}} not needed.
        Rm 2  [[name:Poppy]] ([[age:8]])  woke 02:10, {{sensory room}} 20 mins then back to bed.
        Rm 3  [[name:Dmitri]] ([[age:15]])  {{overnight oximetry}} on, sats 94-97%.

        Good catch: [[name:Precious]] noticed [[name:Zaid]]'s {{vagus nerve stimulator}} magnet was not in his bag.
        Rang {{mum}} at 19:00 and she dropped it in. Not needed in the end but would have been if he'd fitted.

        Staff: [[name:Precious]], [[name:Wojciech]], [[name:C. Li]]
    """)),
    ("social_care", "incident", block("""
        From: [[name:Rhian Griffiths]]
        Sent: [[date:19 February 2024]] 10:02
        To: {{Information Governance}}
        Subject: RE: Review letter sent to wrong address - [[name:Aaliyah Mensah]]

        Hi [[name:Tom]],

        As discussed, the {{short breaks review}} letter for [[name:Aaliyah Mensah]] was posted to
        [[address:22 Coldharbour Road]], [[postcode:TA21 8QB]], which is her father's address. Mr
        [[name:Kwame Mensah]] has a {{non-molestation order}} and should not know where she and {{mum}} live.
        The letter included mum's new address. The old address was pulled through from {{Liquidlogic}}
        because the "do not disclose" flag was on the child's record but not the sibling's.

        Police are aware. Mum is being supported by the {{IDVA}} and we are looking at a {{MARAC}} referral.

        Regards
        [[name:Rhian Griffiths]]
        Team Manager, Children with Disabilities
        [[organisation:Westmarsh County Council]]
        T: [[phone:01632 960722]]  M: [[phone:07700 900315]]
    """)),
    ("social_care", "near_miss", prose("""
        home visit to [[name:Alfie]] at [[address:Rosebank, Mill Lane]], Little Strefford. {{home oxygen}}
        cylinder stood right next to the gas fire in the front room, fire was on. asked {{grandad}} to move it
        straight away which he did. he didnt know about the 1m rule. no {{no smoking}} sign on the door either.
        rang {{respiratory nurse}} [[name:Oonagh]] who will revisit and have asked {{fire service}} for a
        {{Safe and Well visit}}. grandad is main carer at weekends so needs the same {{oxygen safety}} training
        mum had. not harm this time but could easily have been
    """)),
    ("social_care", "success", prose("""
        {{Virtual School}} good news story. [[name:Jordan Whitlock-Ade]] (Year 11, {{looked after}} since age
        [[age:9]]) was predicted to leave with no {{GCSE}} passes last autumn. His {{PEP}} in October agreed
        {{Pupil Premium Plus}} for a one-to-one maths tutor and a quiet base at lunchtimes, and the
        {{SENCO}} at [[organisation:St Bede's Catholic College]] arranged extra time in exams. [[name:Jordan]]
        sat his mocks in {{January}} and got a 4 in maths and English. His {{foster carers}}, Mr and Mrs
        [[name:Ní Bhriain]], came to every review. What worked: a plan that was actually funded, one
        adult checking in weekly, and the school treating the PEP as a live document.
    """)),
    ("social_care", "incident", block("""
        Post-incident debrief - [[date:16/03/2024]] - short breaks unit
        Present: [[name:Niamh]] (shift lead), [[name:Wojciech]], [[name:Ade]], {{deputy manager}}

        What happened: [[name:Reuben]] ([[age:15]]) became distressed at teatime when the menu changed. Staff
        used {{Team Teach}} holds for about 4 minutes to stop him hitting his head on the wall. [[name:Wojciech]]
        was bitten on the forearm, skin broken.

        What went well: staff followed the {{positive behaviour support plan}}, tried {{low arousal}} first,
        one person led.
        What didn't: menu change not on his {{visual timetable}}; agency staff hadn't read the PBS plan.

        Actions: first aid + {{occupational health}} for [[name:W]]; recorded on {{physical intervention}} log; check
        if reportable under {{RIDDOR}}.
    """)),
    ("social_care", "near_miss", prose("""
        While setting up a new {{direct payments}} package we found that the {{personal assistant}} the family
        had chosen had a {{DBS}} certificate from 2019 and was not on the {{Update Service}}. The PA had
        already been booked to start on [[date:1 April]]. Nobody on our side had checked because the
        family said the check was done through a previous employer. We paused the start, the PA applied for
        a new enhanced check with the {{children's barred list}}, and it came back clear ten days later.
        Learning: the {{personal budget}} checklist now has a line for DBS date and Update Service status,
        and we will not rely on verbal assurance.
    """)),
    ("social_care", "success", block("""
        Teams - #shortbreaks-shoutouts

        big shout out to [[name:sky]] from the {{contact centre}} 🙌 picked up a call at 4.55 on a {{friday}} from a {{dad}}
        who was really struggling and instead of just logging it for {{monday}} she stayed on, got [[name:Dev]]
        from {{EDT}} on a 3 way call and sorted an {{emergency short break}} for that weekend

        thanks [[name:sky]] x
        - [[name:Leanne]]

        👍 8   ❤️ 5
    """)),
    ("social_care", "incident", block("""
        Timeline - missing from short break - [[name:Ethan Pryce]] ([[age:13]])

        18:05  [[name:E]] last seen in the {{garden}} by [[name:Kerry-Ann]]
        18:20  not in garden, side gate found unlocked (contractor had been in)
        18:25  building and grounds searched
        18:32  999 called, {{Philomena Protocol}} form handed to PC [[name:Hughes]]
        18:40  incident no. [[case_reference:WM-20240316-0441]]
        19:15  found by {{police}} at the {{bus station}}, unharmed, watching buses
        19:50  back at unit, {{mum}} informed throughout
        next day  {{return home interview}} offered

        Learning: contractors to sign out and check gate; [[name:Ethan]] is known to love buses - add to his
        {{missing person profile}}.
    """)),
    ("social_care", "near_miss", prose("""
        hi all, {{shared care}} carer [[name:Marguerite O'Dowd]] sent her payment form with her NI no.
        ([[ni_number:JT 48 21 93 C]]) and bank details to the generic {{Short Breaks}} mailbox instead of
        {{payroll}}. [[name:Gav]] in {{business support}} nearly forwarded the whole thread on to the
        {{panel}} distribution list by mistake but noticed the attachment name just in time. Have
        deleted from the shared inbox and sent it securely to payroll. Can we put a note on the form
        about where it goes? happened twice now since {{January}}
    """)),
    # ------------------------------------------------------------------ health
    ("health", "incident", block("""
        Datix ref: [[case_reference:W-48213]]
        Date/time: [[date:07/03/2024]] 13:40
        Location: {{Discharge Lounge}}
        Patient: Mr [[name:Harold Pennington]], [[age:84]]  Hosp no: [[case_reference:RX4471029]]  NHS: [[nhs_number:561 775 9019]]
        Category: {{slip, trip or fall}}  Harm: low

        Description: pt waiting for {{hospital transport}} stood up to go to toilet without his {{Zimmer frame}}
        which had been left by the trolley. Found on floor by HCA [[name:Joy]]. Small skin tear to left elbow.
        No head strike. {{neuro obs}} started as precaution.

        Contributing: {{falls risk assessment}} from ward not handed over, lounge had 2 staff for 19 pts,
        {{lying and standing BP}} not done before transfer.
    """)),
    ("health", "near_miss", prose("""
        near miss majors tonight - two pts called [[name:Khan]] in {{majors}}, bay 4 and bay 6, both had bloods
        taken around 22:00. sample for bay 4 labelled with bay 6 pt details from the printed sticker sheet
        left on the {{COW}}. caught by Dr [[name:Ejiofor]] when {{group and save}} came back a different blood
        group from last year. would have been a {{WBIT}}. redrawn with {{positive patient identification}} at
        bedside and wristband scan. pls dont print labels in advance, use the {{PDA}}. [[name:sam o]]
    """)),
    ("health", "success", block("""
        Subject: Thank you - quick thinking on [[organisation:Kestrel Ward]]

        Dear all,

        I want to recognise [[name:Rose Mbatha]], {{HCA}}, for spotting a very unwell patient on the night of
        [[date:21 February]]. His {{NEWS2}} was only 3, but [[name:Rose]] thought he was "not himself", checked
        his temperature again and noticed he was mottled. She escalated to the nurse in charge, who called
        the {{outreach team}}. The {{Sepsis Six}} was completed within the hour and he went on to {{IV
        antibiotics}} and {{fluids}}. The consultant has said this probably prevented an {{ICU}} admission.

        Trust your instinct - "soft signs" matter.

        [[name:Femi Adebayo]]
        Matron, Acute Medicine
    """)),
    ("health", "incident", prose("""
        Mrs [[name:Irene Castellanos]] (NHS [[nhs_number:131 945 5530]]) was discharged from
        [[organisation:Tennyson Ward]] on [[date:28th Feb]] after a {{DVT}}. The plan was to switch from
        {{enoxaparin}} to a {{DOAC}} on discharge, but the {{TTO}} had neither: the enoxaparin was stopped on
        the drug chart and the {{apixaban}} was written on the {{discharge letter}} but never prescribed on the
        TTO, so pharmacy did not supply it. Her GP at [[organisation:Brookfield Medical Practice]] received
        the letter five days later. She was readmitted through ED on [[date:6 March]] with a {{pulmonary
        embolism}}. Moderate harm. Key issues: verbal handover to the {{ward pharmacist}} was missed on a
        Saturday, and our electronic discharge system allows letter and TTO to differ without any warning.
    """)),
    ("health", "near_miss", block("""
        AMU handover - late -> night

        Bed  Pt                       Issue
        3    [[name:Doreen Abbott]] [[age:79]]     {{CAP}}, on {{IV co-amoxiclav}}, ALLERGY ??
        7    [[name:Tomasz Wiśniewski]] [[age:52]]  {{DKA}} protocol, hourly CBG
        11   [[name:P. Agyeman]] [[age:66]]       for {{echo}} tomorrow

        ** Bed 3 - {{penicillin allergy}} (anaphylaxis 1990s) on her {{Summary Care Record}} but not on our
        drug chart. Co-amox prescribed in ED. First dose NOT given - [[name:Magda]] checked wristband (red band)
        before hanging it. Changed to {{clarithromycin}} by {{SHO}}. Datix done.
    """)),
    ("health", "success", block("""
        HOT DEBRIEF - Resus 2 - [[date:02/03/24]] ~03:15
        Led by: [[name:JB]] (ED reg)   Scribe: [[name:AO]]

        Case: motorcyclist, {{trauma call}}, {{Glasgow Coma Scale}} 13, pelvic pain, SBP 80s.

        What went well
        - {{pre-alert}} from ambulance gave 10 min to prep, roles on whiteboard before arrival
        - {{major haemorrhage protocol}} activated at 3 min, first pack in 11 min
        - {{TXA}} given within the hour
        - {{pelvic binder}} already on and checked
        - closed-loop comms, [[name:JB]] kept hands off

        Even better if
        - {{CT}} scanner was occupied - {{radiographer}} on-call took 15 min
        - blood warmer not primed

        Thanks all, esp [[name:Tunde]] on airway and [[name:Kasia]] on the {{Belmont}}.
    """)),
    ("health", "incident", block("""
        Timeline - ambulance handover delay - [[date:13 Jan]]

        14:02  {{ambulance}} [[vehicle_registration:YX68 HVN]] arrives, pt Mr [[name:Len Ashworth]] [[age:91]], fall, ?hip
        14:05  no cubicle, pt held in {{corridor}} on ambulance trolley, {{HALO}} informed
        15:40  crew re-check obs, {{NEWS2}} 2
        17:10  crew hand over to {{corridor care}} nurse to release crew (4th release that shift)
        19:25  pt found drowsy, NEWS2 7, {{hypoglycaemia}} BM 2.1 - not known diabetic on {{gliclazide}} per GP record
        19:30  treated, improved

        Issues: meds history not taken as pt "not yet in department"; no food for 5+ hours. Harm: moderate.
    """)),
    ("health", "near_miss", block("""
        [21:47] [[name:Chloe S]]: guys pls look at bed 14's insulin chart before you give the 22:00
        [21:48] [[name:Marcus]]: what's wrong with it
        [21:49] [[name:Chloe S]]: written as "10u" {{Actrapid}} and the u looks like a 0. agency nurse on days read it as 100 and drew it up
        [21:49] [[name:Chloe S]]: she stopped because the {{insulin syringe}} only goes to 50 and asked me
        [21:50] [[name:Marcus]]: jesus. ok i'll get the {{F1}} to rewrite as units in full
        [21:52] [[name:Chloe S]]: already datixed. can we raise at {{safety huddle}} tmrw - {{Think Glucose}} says never abbreviate units
        [21:53] [[name:Marcus]]: 👍 will do
    """)),
    ("health", "incident", block("""
        From: [[name:Nadia Farouk]] <[[email:nadia.farouk77@gmail.com]]>
        To: {{PALS}}
        Subject: my father's things

        Hello, my father [[name:Youssef Farouk]] was moved to the {{discharge lounge}} on [[date:Tuesday 5th]]
        and went home by {{patient transport}} that evening. When he got home his {{hearing aids}} and his top
        {{dentures}} were missing. The ward says they went down with him in a bag, the lounge says there was
        no bag. He cannot hear on the phone without them so please call me instead on [[phone:07700 900871]].
        His hospital number is [[case_reference:MV2088451]].

        Nobody seems to have written anything in the {{property book}}. I would like someone to look into this.

        [[name:Nadia]]
    """)),
    ("health", "success", prose("""
        shoutout to [[name:Priya]] in {{triage}} last night - lady came in with a "fall", Ms [[name:Kowalczyk]],
        partner insisted on staying in cubicle. [[name:priya]] found a reason to take her to {{X-ray}} alone and asked the
        {{routine enquiry}} question. she disclosed. did a {{DASH}} which came out high risk, rang the hospital
        {{IDVA}} and referred to {{MARAC}}. pt went to a refuge from ED rather than home. calm and v well done
    """)),
    ("health", "near_miss", block("""
        Incident type: Delay in diagnosis - near miss
        Date: [[date:18/01/2024]]
        Area: ED Minors / {{CDU}}

        Summary: [[age:78]] y/o lady, fall at home with head strike, on {{apixaban}} for {{AF}}. Triaged to
        minors as "wrist injury". {{NICE head injury guideline}} says CT head within 8 hours for anyone on
        anticoagulants. Request not made until 7h 40m after arrival when the {{ENP}} reviewing her wrist
        asked about the bruise on her forehead. {{CT head}} normal.

        Why: triage template asks about {{anticoagulation}} only if "head injury" is chosen as the
        presenting complaint.
        Action: template change requested via {{Symphony}} team.
    """)),
    ("health", "incident", block("""
        {{Teams}} - ED nurse in charge chat - [[date:26 Feb]]

        07:12 all - {{Nervecentre}} down, IT say "investigating"
        07:15 moving to {{downtime procedure}}, paper obs charts from the red folder behind NIC desk
        07:40 no access to {{ICE}} results either, labs phoning criticals only
        08:55 one pt in majors had K+ 6.8 phoned to {{AMU}} not ED - found by chance
        10:20 systems back. backfilling obs on paper into the system, approx 60 pts

        learning: labs phone list still has old ED extension. downtime boxes had no blood forms.
    """)),
    ("health", "success", prose("""
        A careful piece of work by the {{discharge lounge}} team that we want to share. A man in his
        fifties who was {{no fixed abode}} was medically fit on [[date:8 March]] and would normally have been
        discharged with a leaflet. [[name:Siobhan McAllister]], the {{discharge coordinator}}, made a
        {{Duty to Refer}} to the housing options officer at [[organisation:Marlow Vale District Council]] by
        11am, got his {{TTOs}} and {{dosette box}} done early, and arranged for the {{community pharmacy}} to
        hold his {{methadone}} script. He left at 4pm with a room at a supported hostel. He had had six ED
        attendances in the previous two months and none since.
    """)),
    ("health", "near_miss", prose("""
        transfer to CT from resus, {{oxygen cylinder}} on the trolley showed full on the gauge but ran out in the
        lift. pt was on 15L {{non-rebreathe}}. {{porter}} [[name:Ikechukwu]] noticed the hiss stop and got a spare
        from radiology. sats dipped to 88 then recovered. cylinder had been left turned on in the bay so the
        gauge was stuck. need {{CD cylinder}} checks added to the {{transfer checklist}} + a spare on every
        {{resus trolley}}
    """)),
    ("health", "incident", block("""
        SBAR - missed time-critical medication

        S: Mrs [[name:Bridget Ó Súilleabháin]], [[age:72]], NHS [[nhs_number:982 008 8062]], admitted to
        [[organisation:Nightingale Ward]] [[date:3/3/24]] with UTI. Known {{Parkinson's disease}}.
        B: usual {{co-careldopa}} ({{Sinemet}}) 5 times a day at home; her son brought them in.
        A: 08:00 and 11:00 doses not given - meds locked in pt's own drug locker, key with day staff, and the
        {{e-prescribing}} schedule defaulted to 4 times a day. By 14:00 pt rigid, unable to swallow.
        R: {{NG tube}} placed, doses restarted, {{Parkinson's nurse specialist}} reviewed. Moderate harm. Ward
        to add {{Get It On Time}} prompts.
    """)),
    ("health", "success", block("""
        (transcribed from a card left at the AMU desk)

        To all the staff on [[organisation:Harebell Unit]],
        Thank you for looking after my mum [[name:Pearl Campbell]] in her last days. Dr [[name:Zhang]] took the
        time to sit with us and explain the {{ReSPECT}} form properly, and {{nurse}} [[name:Chidi]] made sure we could
        stay overnight even though it was a {{bay}} not a {{side room}}. You moved her to a side room as soon as
        one was free. The {{chaplain}} came at 2am. We will never forget your kindness.
        With love, [[name:Marcia]] and the family
    """)),
    ("health", "near_miss", block("""
        Hi [[name:Gethin]],

        Flagging a near miss from the {{discharge lounge}} today. Mr [[name:Arjun Mehta]] ([[nhs_number:289 523 4183]]) was
        booked onto {{patient transport}} to his old address, [[address:41 Sedgemoor Avenue]],
        [[postcode:BA6 9RJ]]. He moved in with his daughter at [[address:3 The Paddocks]], [[postcode:BA16 0FW]]
        last month. The {{PAS}} still had the old address because the {{Spine}} update hadn't pulled through.
        [[name:Ifeoma]] on the desk asked him to confirm before he left and we rebooked.

        Can we add "confirm destination address" to the {{discharge checklist}}?

        Thanks
        [[name:Lorna]]
        {{Discharge Lounge}}
    """)),
    # ------------------------------------------------------------------ aviation
    ("aviation", "incident", block("""
        ASR: [[case_reference:ASR-24-0187]]
        Flight: [[flight_number:SLW412]]   A/C: {{ATR 72-600}} [[aircraft_registration:G-SLWB]]
        Crew: {{Captain}} (PF), {{FO}} (PM)
        Phase: approach, RWY 27

        Narrative: vectored tight and high onto the {{ILS}}. Configured late, {{flap 30}} at 1200 ft. At
        {{1000 ft}} IAS was +18 and ROD 1400 fpm, outside {{stable approach criteria}}. PM called "unstable"
        at 800 ft, PF continued to 600 ft before calling {{go-around}}. Go-around flown normally, second
        approach uneventful.

        Comment: I should have gone around at the first call. Will discuss with {{FDM}} and training.
    """)),
    ("aviation", "near_miss", prose("""
        ramp stand 6, [[aircraft_registration:G-SLWD]], {{pushback}} started with the {{GPU}} cable still
        plugged in. aircraft was in {{Hotel mode}} on no.2 so crew thought GPU was off. {{headset}} operator
        [[name:Darren]] shouted stop after about 1m, tug stopped, cable stretched but not pulled out. no damage
        found on {{walkround}}. 2 people doing the job of 3 as usual on the 0600 wave. {{dispatcher}} didnt do
        the final {{chocks}} and cables check as was boarding the next one
    """)),
    ("aviation", "success", block("""
        From: Capt [[name:Helen Strachan]], Chief Pilot
        To: All Crew

        I want to recognise the crew of [[flight_number:SLW227]] on [[date:29 January]], {{Captain}}
        [[name:Ruairí Byrne]], {{FO}} [[name:Adaeze Okafor]] and {{cabin crew}} [[name:Will Hughes]] and
        [[name:Ffion Rees]].

        A passenger collapsed 20 minutes after departure. [[name:Will]] used the {{AED}}, which advised no
        shock, and started the {{medical kit}} checklist with a nurse who was travelling. The flight crew
        contacted {{MedLink}}, declared a {{PAN}} and diverted. From first call to on-blocks was 24 minutes.
        The passenger is recovering.

        A textbook example of {{CRM}} and cabin-flight deck communication.

        [[name:Helen]]
    """)),
    ("aviation", "incident", block("""
        TECH LOG EXTRACT  [[aircraft_registration:G-SLWF]]  {{Dash 8 Q400}}  Sector 3  [[date:14/02/24]]

        Defect: #2 ENG OIL PRESS caution illuminated in cruise, FL170, 4 sec, self-cancelled.
        Action: {{QRH}} actioned, continued. Oil qty checked on landing 12 qt, within limits.
        Eng action: {{chip detector}} inspected - metallic particles found. {{MEL}} not applicable.
        Engine {{borescope}} carried out, a/c AOG.
        {{CRS}} signed: not issued
        MOR: [[case_reference:MOR-2024/03312]]

        Note from Tech Services: same caution was reported verbally by a crew two days earlier but not
        written in the {{tech log}}. Reminder: if it happened, write it up.
    """)),
    ("aviation", "near_miss", block("""
        Debrief notes - ground movement near miss - [[date:Wed 6 March]]

        - {{ATR}} taxiing on TWY B for RWY 09, cleared to "hold short of runway"
        - airside ops vehicle [[vehicle_registration:EX21 LFN]] crossed ahead from the {{fuel farm}} without
          clearance, driver on wrong frequency
        - {{stop bar}} lit, aircraft stopped, closest approx 40 m
        - {{ATC}} did not see vehicle (low visibility, no {{ground radar}})

        Contributing: new driver, {{airside driving permit}} issued that week; radio on old frequency card.
        Action: ops to audit radio cards; {{runway safety team}} to review.
    """)),
    ("aviation", "success", prose("""
        Good catch from [[organisation:Solway Air Engineering]] night shift. During an {{A-check}} on
        [[aircraft_registration:G-SLWC]], {{B1 engineer}} [[name:Tendai Moyo]] was replacing a cabin panel
        and noticed a wiring loom rubbing on a bracket behind it. It wasn't on the task card. He raised it,
        found a missing {{P-clip}} and insulation worn almost to the conductor. Fleet check of the same
        location on the other five aircraft found one more. Tech Services have raised it with the
        manufacturer under {{EWIS}} and added it to the {{AMP}}. Thanks [[name:Tendai]] for looking past the
        card.
    """)),
    ("aviation", "incident", block("""
        crew chat 🛫
        [[name:mags]]: just been rostered the late EXE-DUB-EXE after the early i did today
        [[name:jonno]]: thats illegal surely
        [[name:mags]]: crewing say its within {{FTL}} if they use {{discretion}}. capt has to agree
        [[name:jonno]]: report it as {{fatigue}} dont just do it
        [[name:mags]]: captain said no and called {{ops}}. they found a standby in the end but i'd already done 11 hrs
        [[name:jonno]]: file a {{fatigue report}} anyway, its the 3rd time this month
        [[name:mags]]: done. {{FRMS}} ref [[case_reference:FR-0923]]
    """)),
    ("aviation", "near_miss", prose("""
        ASR summary. On climb out on [[flight_number:SLW108]] we were cleared to {{FL110}}. The {{PM}} read
        back 110 but set 130 in the {{altitude selector}}, which I did not cross-check because I was dealing
        with a {{TCAS}} traffic advisory. At about 11,600 ft the PM noticed and we descended back. ATC advised
        of traffic at {{FL120}} 5 nm ahead; no {{RA}} was generated. Cause was an {{SOP}} lapse: the
        point-and-verbalise check was missed during a busy moment. I have spoken to the PM and we are both
        filing. Good atmosphere on the flight deck, no blame.
    """)),
    ("aviation", "success", block("""
        Shout-out from Ops Control - [[date:Mon 11th]]

        [[name:Bogdan]] on dispatch spotted that the {{loadsheet}} for [[flight_number:SLW310]] showed 0 infants
        when the {{PAX}} manifest had 3. He did an {{LMC}} and recalculated the {{MACTOW}}. The trim was still
        within limits, but on the {{ATR 42}} that route uses, 3 infants + the bags could have been close.
        Root cause was the {{DCS}} not passing infant count after a booking change.

        Thanks [[name:Bogdan]] - nice one.
    """)),
    ("aviation", "incident", block("""
        From: [[name:Stacey-Jo Kirkbride]], Station Manager
        To: Customer Relations
        Re: damaged wheelchair - [[flight_number:SLW541]] [[date:22/02/2024]]

        Passenger Mr [[name:Declan Murphy]] (booking [[case_reference:QX7H2P]], {{WCHC}}) travelled with his own
        powered wheelchair. On arrival the joystick unit was snapped off. Handling staff say it was loaded
        in the {{hold}} upright as per the {{special assistance}} label, but the {{battery isolation}} tag
        wasn't filled in, so it may have been moved. Mr [[name:Murphy]] lives in Ireland and has asked to be
        contacted on [[phone:+353 87 555 0142]] or [[email:dmurphy.wheels@eircom.net]].

        {{PRM}} complaint raised. Please prioritise a loan chair.

        [[name:Stacey-Jo]]
        [[phone:07700 900448]]
    """)),
    ("aviation", "near_miss", prose("""
        end of shift tool check hangar 2 - {{torque wrench}} 12 from {{shadow board}} missing. whole shift held
        back 40 mins. found by [[name:Gareth]] in the left {{nacelle}} of [[aircraft_registration:EI-FNH]] on the
        engine mount, where the {{duplicate inspection}} had been done. aircraft was due out at 0630 for
        {{engine ground run}}. would have been a {{FOD}} event at the least. {{tool control}} sign out sheet
        not used by the contractor team this week, they have their own boxes. need one system
    """)),
    ("aviation", "incident", block("""
        Chronology - rejected take-off - [[flight_number:SLW760]] - [[aircraft_registration:G-SLWA]] - [[date:9 March]]

        06:52  take-off roll RWY 26, {{PF}} FO
        06:53  flock of gulls at approx 90 kt, below {{V1}}; {{Captain}} calls "stop"
        06:53  {{RTO}} completed, {{reverse}} used, vacated at C
        07:05  {{bird strike}} confirmed on #1 propeller and {{windscreen}}; {{fire service}} inspected
        07:40  passengers disembarked normally
        later  prop blade damage, a/c AOG 2 days

        Report: bird control had not dispersed a flock reported 20 mins earlier by another crew.
        MOR raised.
    """)),
    ("aviation", "success", block("""
        Debrief - propeller overspeed - [[flight_number:SLW519]]
        Crew: Capt [[name:Olamide Bankole]], FO [[name:Piotr Zieliński]]

        - #2 prop overspeed in climb, crew identified and actioned the {{QRH}} "PROP OVERSPEED" drill
        - {{PAN PAN}} declared, return to departure
        - {{single engine}} approach flown by the Captain, FO ran checklists and comms
        - {{cabin crew}} briefed with {{NITS}}
        - {{fire services}} on standby, normal landing

        What went well: workload split, no rush, FO prompted the {{landing distance}} recalc.
        Training note: this scenario to be used in next {{LOFT}}.
    """)),
    ("aviation", "near_miss", prose("""
        Line training report. During {{line training}} the {{trainee FO}} entered V speeds from the previous
        sector's {{take-off data card}} into the {{FMS}}. The weight was 1.2 tonnes higher on this sector so
        {{VR}} was 3 kt low. I caught it during the {{cross-check}} before start, as the {{SOP}} requires. No
        blame to the trainee, the card from the last sector was still clipped to the yoke. Suggest old cards
        are removed at {{turnaround}}. Training Captain [[name:McLeish]].
    """)),
    ("aviation", "incident", block("""
        CABIN INCIDENT REPORT
        Flight: [[flight_number:SLW614]]  Date: [[date:17/03/24]]  A/C: [[aircraft_registration:G-SLWE]]
        Seat: 9C
        Injured: [[name:Amelia Chen-Harris]], aged [[age:4]], travelling with mother Mrs [[name:Li Chen-Harris]]
        Address: [[address:88 Harbour View]], Plymouth [[postcode:PL4 7SZ]]
        Contact: [[phone:07700 900563]]

        Tea spilled from {{trolley}} when {{turbulence}} began without the {{seat belt sign}} being on.
        Reddening to left thigh, approx 5 cm. {{burn gel}} applied, {{first aid}} per {{cabin crew manual}}.
        Mother declined ambulance on arrival. Crew: [[name:Yasmin]], [[name:Callum]].
    """)),
    ("aviation", "success", prose("""
        Well done to the team who accepted [[aircraft_registration:N418SW]] back from lease this week. Records
        arrived incomplete and the {{CAMO}} were expecting a two-week delay. The {{records clerks}} worked
        through the {{back-to-birth}} traces over a weekend, the {{Part-145}} team did the {{bridging check}}
        in four shifts, and the aircraft was re-registered and flew its first revenue sector on time.
        Nobody cut a corner and the {{CAA}} audit found nothing.
    """)),
]


def main() -> None:
    write_records(OUT, build_records("heldout-blind135", REPORTS))


if __name__ == "__main__":
    main()
