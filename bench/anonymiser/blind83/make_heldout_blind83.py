"""Held-out blind corpus 83: children's health, disabled children's care and flight training.

Paediatric and neonatal wards, school nursing, children's community nursing and CAMHS eating
disorders; residential special schools, short breaks, disabled children's teams and transitions
to adult services; flight training organisations, cadet gliding and drone operators near
airports. Voices are nurses, teachers, parents writing compliments, young people in their own
words and instructors' debriefs, with many name lists, e-mail signatures and ALL-CAPS headings.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from markup import block, build_records, write_records  # noqa: E402
from markup import flow as prose  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "corpus" / "heldout_blind83.jsonl"

REPORTS = [
    # ------------------------------------------------------------------ social care (17)
    ("social_care", "incident", prose("""
        At approx 19:40 on [[date:Friday 8 March]] [[name:Tyler Marsh]] ([[age:13]]) left
        [[organisation:Kestrel House]] at [[organisation:Brambleside Residential School]] through
        the
        fire door by the {{sensory room}}. The {{door alarm}} had been muted after a false trigger
        at
        teatime and nobody re-armed it. [[name:Dawn]] (shift lead) and [[name:Kofi]] followed at a
        distance as per his {{positive behaviour support plan}} and he was found sat by the village
        pond at 20:05, cold but unhurt. [[name:Tyler]]'s mum Mrs [[name:Marsh]] was rung at 20:15.
        We did not need to use the {{missing from care}} protocol in full but {{the police}} were
        told as a courtesy. Learning: alarms to be checked on the hourly walk-round, added to the
        {{Night Checklist}}. Written up by [[name:Kofi Mensah-Baah]], {{Residential Care Worker}}.
    """)),
    ("social_care", "near_miss", block("""
        INCIDENT / NEAR MISS FORM - SHORT BREAKS
        Ref: [[case_reference:SB-2024-0417]]
        Reported by: [[name:Grace Adeyemi]], {{Senior Support Worker}}
        Location: [[organisation:Willow Lodge]], [[address:22 Furnace Road]], [[postcode:S9 3HW]]
        Date: [[date:14/04/2024]]
        Child: [[name:Amelia-Rose Fenwick]]  DOB: [[date_of_birth:02/11/2013]]

        WHAT HAPPENED:
        [[name:Amelia-Rose]]'s {{buccal midazolam}} came in from home in her bag. On checking
        against
        the {{MAR chart}} and {{epilepsy care plan}} I noticed the pharmacy label still showed the
        old dose (5mg) but the plan says 7.5mg since her review. She did not have a seizure so
        nothing was given.

        ACTION: rang mum on [[phone:07700 900412]], she confirmed new dose and will get it
        relabelled. Informed {{Registered Manager}} [[name:Helen Ruddock]].
    """)),
    ("social_care", "success", block("""
        From: [[email:jo.pritchard77@examplemail.co.uk]]
        To: [[email:shortbreaks@hollinstrust.org.uk]]
        Subject: THANK YOU!!!

        Hi all,

        Just wanted to say a massive thank you to everyone at [[organisation:The Hollins]] for
        [[name:Ollie]]'s first overnight. He has {{Angelman syndrome}} and we were so nervous, it's
        the first night we've had off in 9 years. You'd clearly read his {{communication passport}}
        - he came home signing "bubbles" in {{Makaton}} which he's never done for us!!

        Special thanks to [[name:Faith]], [[name:Bilal]] and [[name:Sunny]] (sorry don't know
        her real name, that's what [[name:Ollie]] calls her) for the bath time with the {{hoist}}
        and the
        {{Sensory Garden}}.

        Can we book the {{half term}} slot please?

        [[name:Jo]], [[name:Mark]] & [[name:Ollie]] x
    """)),
    ("social_care", "incident", block("""
        NIGHT LOG - [[organisation:ASH HOUSE]] - [[date:Tues 21/05]]
        22:10 All YP settled. [[name:JD]] doing 15 min checks on [[name:Reuben]] as per
        {{epilepsy care plan}}.
        23:45 [[name:Reuben]] tonic-clonic seizure in bed, timed 3 mins. {{VNS}} magnet swiped by
        [[name:K.O.]]. Recovery position.
        23:52 Seizure stopped. {{buccal midazolam}} not needed. Obs ok, sats 96%.
        00:20 Found the {{baby monitor}} in [[name:Reuben]]'s room unplugged - looks like since
        cleaners
        did the rooms on the afternoon. Seizure only picked up on the routine check not the
        monitor.
        00:30 Rang on-call manager [[name:Sinead O'Halloran]]. Monitor plugged in and tested.
        {{Sleep-Safe}} mat alarm also checked - working.
        07:00 Handed to day staff. Mum to be told by [[name:Sinead]] at 9.
        Signed: [[name:JD]] / [[name:K.O.]]
    """)),
    ("social_care", "near_miss", block("""
        TRANSITIONS PANEL - ACTION NOTES - [[date:12 June 2024]]
        Present: [[name:Priya Raman]] ({{Transitions Lead}}), [[name:Will Osei]] (adult social
        care), [[name:Hope Baptiste]] ({{CHC}} nurse assessor), [[name:bill]] from housing (notes)

        * [[name:Callum Reid]] - turns 18 on [[date:3rd July]]. No adult package agreed yet,
          {{Care Act assessment}} not started. Short breaks stop on his birthday = gap in care for
          a young man with 2:1 support. Near miss flagged by mum not by us.
        * LAS ref [[case_reference:ASC-776102]]. PIP claim stuck, NI no [[ni_number:JT 48 21 93 C]]
          given wrongly on form - [[name:Priya]] to correct.
        * [[name:Will]] to allocate adult SW by Fri. [[name:Hope]] to do {{CHC checklist}} next
        week.
        * {{EHCP}} annual review to be brought forward, {{Preparing for Adulthood}} outcomes.
        * [[name:Bill]] to check {{supported living}} vacancies.
    """)),
    ("social_care", "incident", block("""
        Short Breaks staff group ({{WhatsApp}}, copied into incident record)

        [16:58] [[name:Jade B]]: anyone got [[name:Kian]]? he's not on the bus 😬
        [17:00] [[name:Marcus T]]: isn't he on the taxi with the escort?
        [17:01] [[name:Jade B]]: taxi here [[vehicle_registration:YK19 HPU]], no [[name:Kian]]
        [17:03] [[name:Marcus T]]: ringing school now
        [17:09] [[name:Marcus T]]: school say he was put on the {{minibus}} to the wrong centre!!
        [17:10] [[name:Jade B]]: omg. ringing [[organisation:Riverside Short Breaks]]
        [17:18] [[name:Jade B]]: he's there, safe, eating toast lol. they're bringing him over
        [17:40] [[name:Marcus T]]: he's here. {{wheelchair}} straps all fine. mum told

        Summary: [[name:Kian Walsh]] ([[age:11]]) was placed on the wrong vehicle by school
        {{passenger assistant}}. Staff: [[name:Jade Brennan]] ([[name:Jade B]]),
        [[name:Marcus Tate]]
        ([[name:Marcus T]]). Raised with {{Home to School Transport}}.
    """)),
    ("social_care", "success", prose("""
        my name is [[name:Leon]] im [[age:17]] and i want to say about my move. i was scared about
        leaving [[organisation:Ashcombe School]] because i been there since year 7. [[name:nikita]]
        my worker came to every meeting and she made a book with photos of the new flat at
        [[organisation:Harbour View]] so i knew what it looked like. i practised getting the bus
        with [[name:Tomasz]] every {{Tuesday}} with my {{bus pass}}. now i have a {{Personal
        Assistant}} called [[name:Dev]] paid with {{direct payments}} and we go to the gym. the
        best bit was nobody talked about me without me there. i would give it 10/10. thank you
        [[name:nikita]] and [[name:Tomasz]]. from [[name:Leon]]
    """)),
    ("social_care", "incident", block("""
        INCIDENT REPORT
        Incident no: [[case_reference:INC/24/0893]]
        School: [[organisation:Fernhill Residential School]]
        Reported by: [[name:Ruth Akinola]], {{Team Leader}}
        Location: {{dining room}}, Birch unit
        Date/time: [[date:02/10/2024]] 12:35
        Young person: [[name:Shay Okonkwo-Bright]]   Age: [[age:15]]

        Description: [[name:Shay]] became distressed when the menu changed and threw plates. Two
        staff
        ([[name:R. Akinola]], [[name:Ben Hurley]]) used a {{Team Teach}} two-person hold for
        approx 2 mins. [[name:Shay]] sustained a carpet burn to L elbow, first aid given, recorded
        on
        {{body map}}.
        [[name:Shay]]'s dad Mr [[name:Okonkwo-Bright]] informed 13:20.
        Debrief with [[name:Shay]] done by his keyworker [[name:Jess]] next morning - he said
        "nobody told
        me it was fish". Visual menu to be updated daily.
        {{LADO}} consult not required. Logged in {{bound book}}.
    """)),
    ("social_care", "near_miss", block("""
        Subject: near miss - letter to old address

        Hi [[name:Rose]],

        Flagging this one for the team meeting. The {{Child in Need}} plan for [[name:Mason Gill]]
        was printed from {{Liquidlogic}} with the family's old address, [[address:7 Tanners Row]],
        [[postcode:WF1 4NJ]]. They moved months ago and it looks like the address change wasn't
        updated on the child record, only on mum's. Our admin [[name:Faisal]] spotted it when
        stuffing envelopes so it never went out.

        Could we remind everyone to update all linked records? I've let {{Information Governance}}
        know anyway.

        Thanks
        [[name:Abi Lennox]]
        {{Social Worker}} | [[organisation:Calderbrook Disabled Children's Team]]
        T: [[phone:01632 960318]]  M: [[phone:07700 900886]]
    """)),
    ("social_care", "success", prose("""
        A huge well done from all of us in Class 4 to [[name:Harvey Quinlan]], who on
        [[date:Saturday 22 June]] became the first pupil from [[organisation:St Brannock's
        School]] to complete his {{Duke of Edinburgh}} Bronze expedition. [[name:Harvey]] uses a
        {{powerchair}} and {{eye-gaze}} to communicate, and with our PE teacher Mr [[name:Ellis]]
        and TA [[name:Hope Ndlovu]] he planned the
        route along the canal himself. The {{Risk Assessment}} ran to six pages but it was worth
        every word. His mum [[name:Claire]] said it was the first time he has stayed out
        overnight with friends. Mrs [[name:Aziz]], {{Head of Care}}.
    """)),
    ("social_care", "incident", block("""
        MEDICATION AUDIT - [[organisation:HAZEL LODGE]] - WEEK ENDING [[date:19/07/24]]

        Child          | Medicine          | Issue                      | Staff
        ---------------|-------------------|----------------------------|--------
        [[name:T.R.]]  | {{Melatonin}} 2mg | given 1 hr late            | [[name:LH]]
        [[name:Zainab]]| {{Movicol}}       | not signed on MAR          | [[name:LH]]
        [[name:Alfie]] | {{Keppra}}        | dose missed Sat am         | [[name:PW]]
        [[name:Zainab]]| {{Calpol}}        | PRN given, no reason noted | [[name:DN]]

        [[name:Alfie]]'s missed {{levetiracetam}} is the serious one - no seizure but parents
        informed
        and GP advice taken. [[name:PW]] says the blister pack had been put in the wrong slot in
        the
        {{controlled drugs cupboard}}. All four staff to redo competency with
        [[name:Lorraine Hughes]] before next shift.
    """)),
    ("social_care", "near_miss", prose("""
        Shared care carers [[name:Frank]] and [[name:Maureen Doyle]] collected [[name:Ibrahim
        Sesay]] ([[age:9]], severe nut allergy) from school on [[date:Thursday 6 February]] for his
        weekend stay. At home [[name:Maureen]] realised his {{EpiPen}} pouch had been left in the
        school
        office. [[name:Frank]] drove straight back but before he returned [[name:Ibrahim]] was
        offered a
        biscuit by a visiting grandchild - [[name:Maureen]] checked the label (may contain nuts)
        and took it
        off him. No reaction. We have agreed with the school and dad, Mr [[name:Sesay]], that
        the {{auto-injector}} travels in a red bag that is handed over in person, signed in the
        {{handover book}}. Reported by [[name:Gemma Platt]], {{Supervising Social Worker}},
        [[organisation:Pennine Fostering Service]].
    """)),
    ("social_care", "incident", block("""
        From: [[name:Olu Bankole]] <[[email:o.bankole@meadowgatecentre.org.uk]]>
        To: [[name:Stacey Fryer]]
        Date: [[date:Mon 9 Sept]]
        Subject: RE: [[name:Nadia]]'s first week

        Hi [[name:Stacey]],
        As discussed, [[name:Nadia Karimi]] has a small bruise on her left thigh after her
        transfer on Thursday. We didn't have her {{moving and handling plan}} from children's
        services so staff used our standard large {{sling}} with the {{Molift}} hoist - her
        {{Care Plan}} says medium. Staff stopped as soon as she said it hurt.
        We've now got the plan (thanks for sending) and ordered the right sling. I've done a
        {{safeguarding}} alert as per policy but I think it's a transition paperwork gap rather
        than neglect.
        Kind regards
        [[name:Olu]]
        {{Day Services Manager}}, [[organisation:Meadowgate Centre]]
        [[phone:020 7946 0734]]
    """)),
    ("social_care", "success", block("""
        DCT TEAM MEETING - GOOD NEWS SLOT
        - [[name:Precious]] shared the [[name:Ahmadi]] family {{Family Group Conference}}: uncle,
          two aunts and the neighbour Mrs [[name:Rukhsana Begum]] all agreed a rota so mum gets
          two nights' sleep a week. No need for the {{Section 20}} respite we'd planned.
        - Thanks to [[name:Dom]] for chasing the {{OT}} - [[name:Yusuf Ahmadi]]'s
          {{Rifton}} chair arrived in 3 weeks not 3 months.
        - {{Signs of Safety}} scaling went from 3 to 7.
        - [[name:Laura-Jane]] (student SW) said it was the best meeting she's been to.
    """)),
    ("social_care", "near_miss", block("""
        HANDOVER TIMELINE - [[organisation:Larch Cottage]], [[date:Sunday 17 November]]
        12:15 Lunch served. Agency worker [[name:Ionut]] plated [[name:Gracie]]'s meal from the
        main pan - roast chicken cut up, not blended.
        12:18 [[name:Amara]] ({{Senior}}) noticed plate did not match [[name:Gracie]]'s
        {{IDDSI level 4}} card on the fridge. Plate removed before any was eaten.
        12:25 Correct puréed meal given. [[name:Gracie]] no coughing or distress.
        12:40 Spoke with [[name:Ionut]] - he had not been shown the {{dysphagia}} folder at
        induction.
        13:00 Rang {{on-call}} [[name:Dawn Fairley]]. Agreed: all agency staff to sign
        {{SALT}} guidelines before working, photo menu cards at each seat.
        Logged by [[name:Amara Chukwu]], Senior RSW
    """)),
    ("social_care", "incident", prose("""
        Statement written with [[name:Jaden]] (aged [[age:14]]) and his keyworker. "I met a boy on
        {{Roblox}} called [[name:Kyle]] and he said he was 15. He asked for my number so I gave
        him it and then he wanted pictures. I told Miss [[name:Patel]]" — staff note: this is
        [[name:Jaden]]'s class teacher — "because he said he would come to the
        school." The number used was [[phone:07700 900157]]. DSL [[name:Gareth Price]] contacted
        the {{MASH}} and PC [[name:Lewis]] from the {{online safety}} team visited
        [[organisation:Thornbury Park School]] the same day. [[name:Jaden]]'s {{iPad}} was handed
        over
        with his consent. His {{CSE screening tool}} was updated. [[name:Jaden]] said afterwards
        "I'm not
        in trouble am I" — he isn't.
    """)),
    ("social_care", "success", prose("""
        Dear Director, I am writing to thank the transitions team, in particular [[name:Elif
        Demir]] and [[name:Rose Kavanagh]], for the work they did for my son [[name:Aaron
        Whitlock]]. [[name:Aaron]] has {{cerebral palsy}} and {{learning disabilities}} and turned
        18 on
        [[date:4th January]]. For years I was told "adult services is a cliff edge". Instead
        [[name:Elif]]
        started the {{Care Act assessment}} when he was 16, his {{Personal Budget}} was in place
        before his birthday, and [[name:Rose]] sorted the {{Continuing Healthcare}} checklist so
        his
        overnight care didn't stop for even one night. His {{PIP}} went through first time too.
        We live at [[address:3 Heron Close]], [[postcode:NE23 6TZ]] if you would like to visit
        him and see how well he is doing. Yours, [[name:Bernadette Whitlock]]
    """)),
    # ------------------------------------------------------------------ health (17)
    ("health", "incident", block("""
        DATIX [[case_reference:W184472]]
        Reported by: [[name:Chloe Amankwah]], {{Band 6}} Neonatal Nurse
        Location: [[organisation:Nightingale NICU]], Nursery 2
        Date of incident: [[date:28/01/2025]]
        Patient: Baby [[name:Okafor]] (twin 2), NHS no [[nhs_number:441 512 1969]]

        Description: At 03:00 feed, twin 2 was given 15ml {{EBM}} via {{NG tube}} from a syringe
        labelled for twin 1. Both twins' milk in the same {{milk fridge}} basket. Error found on
        scanning the next syringe - {{BadgerNet}} flagged mismatch. Mum ([[name:Ngozi]]) is
        the mother of both twins so same donor, no infection risk, but she was told
        ({{Duty of Candour}}) by Dr [[name:Sharma]] at 09:00.
        Harm: none.
        Action: separate labelled baskets per baby, scanning at every feed not just first.
    """)),
    ("health", "near_miss", block("""
        [[organisation:PUFFIN WARD]] - NIGHT SHIFT NOTES [[date:Wed 3/4]]
        20:30 [[name:Rhys]] (bay 3, [[age:6]] yrs, post-op appendix) prescribed {{Oramorph}}
        on {{EPMA}} as 2mg/kg - should be 0.2mg/kg. Would have been 10x dose.
        20:45 Spotted by {{Staff Nurse}} [[name:Magda Kowalczyk]] on calculating dose against
        {{BNFc}}. Not given.
        20:50 Bleeped reg Dr [[name:Olaniyan]], amended script. Said drop-down default was wrong
        unit.
        21:10 {{Paracetamol}} + {{ibuprofen}} given, pain score 4/10, {{PEWS}} 0.
        Reported via Datix [[case_reference:W184610]]. Pharmacist [[name:Tunde]] to look at
        EPMA order sentence.
    """)),
    ("health", "success", prose("""
        To everyone on [[organisation:Starfish Ward]] - thank you thank you thank you. Our
        daughter [[name:Hope]] was admitted on [[date:2nd August]] with {{DKA}} and we didn't even
        know she had {{Type 1 diabetes}}. Nurse [[name:Bev]] sat with us at
        2am and explained every drip. The {{diabetes nurse}} [[name:Siobhan]] taught [[name:Hope]]
        to use her
        {{Libre}} sensor by making it a game, and the play specialist [[name:Tash]] brought a
        teddy with its own {{insulin pen}}. [[name:Hope]] is [[age:8]] and now tells everyone
        she's "a bit of
        a robot". We will never forget you. Love from [[name:Marcus]], [[name:Lydia]] and
        [[name:Hope Fairweather]] xx
    """)),
    ("health", "incident", block("""
        Subject: URGENT - anaphylaxis at [[organisation:Greenhill Primary]] today

        Hi [[name:Jan]],

        Just to let you know [[name:Ruby Tamang]] ([[age:7]], Y2) had an anaphylactic reaction
        at lunch today, [[date:Tuesday 11 March]]. Staff used her {{EpiPen}} at 12:20 but the
        second pen in her box had expired in January. Ambulance came, she was taken to
        {{A&E}} and is fine now.
        Her {{Individual Healthcare Plan}} hadn't been reviewed since Reception. I've spoken to
        the head, Mrs [[name:Oduya]], and we're doing an audit of every pupil's
        {{adrenaline auto-injector}} across my schools this week.

        Mum's number if needed: [[phone:07700 900273]]

        Thanks,
        [[name:Faith Mwangi]]
        {{School Nurse}} | [[organisation:Southvale 0-19 Service]]
        [[email:faith.mwangi@southvale-health.nhs.uk]]
    """)),
    ("health", "near_miss", block("""
        {{CAMHS}} ED MDT - [[date:Thursday 14 November]]
        Attendees: Dr [[name:Wen Li]] ({{Consultant Psychiatrist}}),
        [[name:Sunita]] ({{Dietitian}}), [[name:Callum]] (FT therapist), [[name:Marcy]] (nurse)

        * [[name:Lily-Mae Corrigan]], [[age:15]], %mBMI 71. Started on 1400 kcal meal plan
          Monday. Phosphate on Tues was 0.68 - low - not seen until Weds because bloods went to
          GP not to us.
        * Risk of {{refeeding syndrome}} - near miss. Started {{Sando-Phos}} and {{Pabrinex}}
          per {{MEED}} guidance. Now daily bloods.
        * Action: all ED bloods to go on the CAMHS ICE code, [[name:Sunita]] to email lab.
        * [[name:Lily-Mae]]'s mum asked about admission to [[organisation:Linden Unit]]. Not
        needed yet.
    """)),
    ("health", "success", prose("""
        A message I asked to be shared with the team. when I first came to the {{eating disorder}}
        service I was [[age:14]] and I didn't think I had a problem. I hated [[name:Jo]] my
        therapist for about 3 months lol. But the {{FBT}} sessions with my mum and dad and my
        brother [[name:Sami]] actually made us talk at dinner for the first time in ages. The
        weekly weigh ins were the worst part but [[name:Anouk]] never made a big deal of the
        numbers. I'm discharged now, I'm doing my {{GCSEs}} and I ate a {{Greggs}} sausage roll on
        the way home from my last session which a year ago would have been impossible. Thank you
        all. - [[name:Esme]] ([[name:E.K.]])
    """)),
    ("health", "incident", prose("""
        Home visit [[date:23/09/2024]], [[address:41 Quarry Bank Road]], [[postcode:BB4 7RL]].
        On arrival mum said [[name:Archie]]'s {{MIC-KEY}} button had come out overnight and
        she had put a {{Foley catheter}} in the stoma as she'd been shown in hospital but could
        not get through to the {{children's community nursing}} line after 8pm. By the time I
        arrived (09:40) the stoma had started to close. Unable to place a new 14Fr button,
        referred to [[organisation:Pendle Children's Hospital]] for replacement under sedation.
        [[name:Archie]] (DOB [[date_of_birth:17/05/2019]], NHS [[nhs_number:241 627 4880]]) missed
        two feeds. Learning: our out-of-hours number on the {{gastrostomy passport}} was the old
        one. [[name:Lou Bradshaw]], {{CCN}} {{Band 6}}.
    """)),
    ("health", "near_miss", block("""
        Screenshot from "PAEDS NURSES 😊" group, forwarded to ward manager:

        [07:41] [[name:Gabby]]: can someone send me the board? forgot to print handover
        [07:42] [[name:Aisha R]]: [photo of handover sheet]
        [07:42] [[name:Gabby]]: ty hun x
        [07:50] [[name:Dawn]] (ward manager): please delete that photo NOW. it has names,
        NHS numbers and safeguarding flags on it. this is a personal phone group
        [07:51] [[name:Aisha R]]: omg sorry deleted

        Note by [[name:Dawn Achterberg]], {{Ward Manager}}, [[organisation:Dolphin Ward]]:
        photo was up for ~8 minutes in a group of 14 staff, all NHS employees. Reported to
        {{IG}} as a near miss. Reminder that handover comes from {{Careflow}}, printed, and
        goes in the {{confidential waste}}. No more ward business on WhatsApp.
    """)),
    ("health", "incident", block("""
        INCIDENT FORM
        Ref: [[case_reference:IR-25-01187]]
        Reported by: Sister [[name:Aoife Brennan]]
        Location: [[organisation:Bluebell Neonatal Unit]], {{Transitional Care}}
        Date: [[date:Sat 15 Feb 2025]]

        What happened: At 14:10 the {{baby tag}} alarm sounded at the main exit. Baby
        [[name:Kowalski]] was being carried out by dad [[name:Piotr]] to show grandparents in
        the car park. Doors did not lock - the {{maglock}} had been on override since a fire
        drill on Thursday. Dad returned when shouted. Baby well.
        Why it matters: the system exists to prevent abduction and would not have stopped a
        stranger either.
        Action: estates reset, daily check added to {{ward safety huddle}}.
    """)),
    ("health", "success", block("""
        HOT DEBRIEF - PAEDS ED RESUS - [[date:09/12/2024]]
        Patient: [[name:Zayn]], [[age:2]]y, febrile, mottled, {{PEWS}} 7
        Team: Dr [[name:Abena Osei]] (lead), [[name:Kirsty]] (airway), [[name:Mo]] & [[name:Ellie]]
        (access / drugs), [[name:Frank Lister]] (scribe)

        WHAT WENT WELL
        - {{sepsis}} recognised at triage, {{Paediatric Sepsis 6}} completed in 38 mins
        - {{IO}} access 2nd attempt when cannulas failed - good call by [[name:Mo]]
        - Closed-loop comms, [[name:Frank]] read back every drug
        - Mum kept at the bedside with [[name:Ellie]] explaining

        EVEN BETTER IF
        - {{Broselow tape}} was in the wrong drawer
        - {{PICU}} retrieval took 2 hrs
    """)),
    ("health", "incident", block("""
        From: [[name:Nisha Varma]]
        Sent: [[date:Friday 17 October 2025]]
        To: Immunisation Team
        Subject: HPV given without consent - [[organisation:Holloway Park Academy]]

        All,
        At yesterday's Y8 session [[name:Kayden Shaw]] was given {{Gardasil 9}} although his
        mum had withdrawn consent by phone on {{Monday}}. The withdrawal was noted on
        {{SystmOne}} but not on the paper {{consent list}} we took into school. He told the
        nurse his mum had said yes. Mum has been called and an apology given; no clinical harm
        expected.
        From now on the list is re-printed the morning of each session and anyone flagged
        "phoned" is checked by the lead nurse.

        [[name:Nisha]]
        {{Immunisation Team Lead}}
        [[organisation:Westbridge School Aged Immunisation Service]]
        [[phone:01632 960744]]
    """)),
    ("health", "near_miss", block("""
        WEIGHT LOG - [[name:J.H.]] - [[organisation:Aster Ward]] ({{CAMHS}} ED)
        Date        | Weight (kg) | Notes
        [[date:04/03]]       | 38.2        | gown, after void
        [[date:07/03]]       | 39.9        | clothes?? not gowned
        [[date:11/03]]       | 41.6        | HCA [[name:Tobi]], not gowned
        [[date:14/03]]       | 38.0        | blind weight, gowned, {{bladder scan}} +

        Note: +3.4kg in a week flagged by [[name:Sunny Cheung]] ({{Dietitian}}) as
        unlikely. Blind weigh-in found {{water loading}} and weights in pockets. Meal plan had
        been about to be stepped DOWN at ward round. Near miss. All weights now gowned, after
        void, by a qualified nurse, per {{MEED}}.
    """)),
    ("health", "incident", prose("""
        On [[date:19 April]] at approx 16:00 in paeds ED an {{NG tube}} was passed on [[name:Olivia
        Barnes-Hart]] ([[age:4]] months, bronchiolitis, poor feeding). Aspirate pH was 6 on the
        {{pH indicator strips}} so {{Staff Nurse}} [[name:Will]] asked for an {{X-ray}}. Before it
        was reviewed a {{feed pump}} was started by another nurse who saw "NG in situ" on the
        board. 10ml of {{Nutriprem}} ran before [[name:Will]] stopped it. X-ray then showed tip
        in the right main bronchus. Tube removed, O2 increased, transferred to [[organisation:Otter
        Ward]] HDU, recovered. Patient hosp no [[case_reference:RK7743190]]. This was very
        nearly a {{Never Event}}. Fix: "NG - NOT CONFIRMED" sticker on the pump until position
        is documented.
    """)),
    ("health", "success", block("""
        From: [[email:head@oakleighfields.sch.uk]]
        To: {{Children's Community Nursing}}
        Subject: Thank you from [[organisation:Oakleigh Fields Primary]]

        Dear [[name:Jade]] and team,

        I wanted to put in writing our thanks for the training you gave our staff on
        [[date:5 September]]. Because of you, six of our TAs can now do [[name:Leo]]'s
        {{tracheostomy}} {{suction}} and emergency tube change, and he has been in school full time
        for the first time since Reception. Your {{Tracheostomy Safety}} poster is on every
        classroom wall. His mum cried at parents' evening.

        With warmest thanks,
        [[name:Graham Otieno]]
        {{Headteacher}}
        [[address:Fieldgate Lane]], [[postcode:LE7 2QA]]
    """)),
    ("health", "near_miss", block("""
        PHONE LOG - NEONATAL UNIT - [[date:Monday 2 June]]
        10:05 Lab rang: {{newborn blood spot}} card for Baby [[name:Hussain]] has NHS number
        [[nhs_number:695 482 3864]] but name on card is Baby [[name:Reid]].
        10:12 Checked {{BadgerNet}}: [[nhs_number:695 482 3864]] is Baby [[name:Hussain]], Baby
        [[name:Reid]]'s
        number is [[nhs_number:349 031 8595]]. Card was handwritten by {{midwife}}
        [[name:K.L.]] using wrong label sheet.
        10:30 Repeat spot taken on both babies by [[name:Precious Moyo]]. Parents told.
        10:45 Would have meant results (inc {{sickle cell}}, {{CF}}) going to wrong family.
        Action: print labels at cot side only.
    """)),
    ("health", "incident", prose("""
        I want to raise a concern about my daughter [[name:Maisie]]. On [[date:Wednesday 21
        May]] she told the {{school nurse}} at [[organisation:Bellfield High]], Mrs
        [[name:Gordon]], that her stepdad had hit her. The nurse wrote
        it down and said she would "pass it on". Nobody phoned me and the referral did not go to
        {{MASH}} until the {{Monday}} after. By then [[name:Maisie]] had been back at his flat at
        [[address:12
        Cobden Street]] for the whole weekend. She is safe and I have moved her, but it was four
        days. I understand staff are busy but this is what {{Working Together}} is for. Please
        treat this as a {{formal complaint}}. [[name:Shona McAllister]], [[phone:07700 900639]]
    """)),
    ("health", "success", prose("""
        Shout out to [[name:Gemma]] and [[name:Raheel]] from the {{children's diabetes team}}.
        [[name:Noah Ferreira]] ([[age:12]]) started on an {{Omnipod 5}} with a {{Dexcom G7}} in
        the summer. The two of them went into [[organisation:Castlemead Academy]] on the first
        day of term, trained the SENCO, two form tutors and the canteen, and set up the
        {{Dexcom Follow}} app on the school office phone. His HbA1c has dropped from 78 to 54 and
        there have been no hypos in school this term. [[name:Noah]]'s dad told me "for the first
        time
        I'm not waiting for the phone to ring". Submitted for the {{Trust Star Award}}
        by [[name:Jas Dhillon]], {{Paediatric Diabetes Nurse Specialist}}.
    """)),
    # ------------------------------------------------------------------ aviation (16)
    ("aviation", "incident", block("""
        INSTRUCTOR DEBRIEF - SOLO RUNWAY INCURSION
        Date: [[date:17/05/2025]]
        Aircraft: {{PA-28}} [[aircraft_registration:G-OWAC]]
        Student: [[name:Rhiannon Pugh]]   FI: [[name:Tom Hadley]]
        School: [[organisation:Wolds Aero Club]]

        [[name:Rhiannon]] crossed the {{holding point}} for 27 while a {{C152}} was on short final.
        She'd heard "line up and wait" given to the other aircraft and read it back as hers.
        Tower ([[name:Sandra]]) called "[[aircraft_registration:G-WAC]] STOP" and she stopped on
        the runway edge. The
        {{C152}} went around. No damage.
        Discussion: always use full callsign in readback, check the runway is clear with your
        own eyes, stop at the {{stop bar}} if in any doubt. [[name:Rhiannon]] filed an {{MOR}}
        herself.
        Further dual on R/T before next solo.
    """)),
    ("aviation", "near_miss", block("""
        DRONE OCCURRENCE REPORT
        Operator: [[organisation:Skyline Survey Ltd]]
        Operator ID: [[case_reference:GBR-OP-R7X2K9QF4L1M]]
        Remote pilot: [[name:Dariusz Nowak]]
        Date: [[date:Tues 29 July]]
        Aircraft: {{DJI Mavic 3 Enterprise}}

        Roof survey job 2.1km from the runway threshold, inside the {{Flight Restriction Zone}}.
        Permission was granted via {{Altitude Angel}} for max 150ft. At 14:32 ATC rang to say
        [[flight_number:EZY38KW]] on approach had reported a drone at ~500ft. Our aircraft log
        shows 142ft max, so not us, but we landed at once and confirmed position to ATC.
        Near miss for us because the {{geofence}} unlock was for the wrong day and would have
        expired mid-flight - spotted by [[name:Amy Lau]] (observer) before launch.
        Contact: [[email:ops@skylinesurvey.co.uk]]
    """)),
    ("aviation", "success", prose("""
        Debrief notes, [[name:Kwame Asante]] (student) with FI [[name:Jade Pinnock]],
        [[date:Saturday 1 March]]. On the return leg at 2,500ft over the estuary the engine on
        [[aircraft_registration:G-BSXT]] ran rough. [[name:Kwame]] applied {{carb heat}} without
        prompting,
        accepted the initial worsening, and picked a field for a {{PFL}} while I was still
        thinking about it. Rough running cleared in about 40 seconds - classic {{carb icing}},
        temp 8°C and dewpoint 6. He asked me if he should make a {{PAN}} call and we
        agreed it wasn't needed once it cleared. Excellent
        airmanship, first time I've seen a student not freeze. Recommend he is put forward for
        the {{Airmanship Award}}. Signed [[name:JP]].
    """)),
    ("aviation", "incident", block("""
        GLIDING DAY LOG - [[organisation:664 VGS]] - [[date:Sun 13 Apr]]
        09:30 Briefing. Duty instructor Flt Lt [[name:Carver]]. Winch: [[name:Jim]].
        10:05 First launch [[aircraft_registration:ZE614]] {{Viking}} - cadet [[name:Ava Singh]]
        ([[age:16]]) with [[name:Carver]].
        10:48 Launch 4, same aircraft: {{weak link}} broke at ~300ft. Instructor took control,
        straight ahead landing. Cadet [[name:Toby Hale]] shaken, no injury.
        11:00 Cable inspected - weak link was the wrong colour (black instead of
        {{Weak Link 5}}), fitted from the spares box after a break on Saturday.
        11:20 Flying stopped, all weak links checked by [[name:Jim]] and Sqn Ldr [[name:Mbeki]]
        ({{CFI}}).
        13:00 Flying resumed.
    """)),
    ("aviation", "near_miss", block("""
        Subject: Wrong fuel - near miss - [[aircraft_registration:G-CFLY]]

        Team,
        This morning [[name:Bill]] on the line noticed the {{Jet A-1}} bowser hose had been
        left next to the {{Cessna 152}} [[aircraft_registration:G-CFLY]] instead of the
        {{Avgas 100LL}} one. The student
        doing the pre-flight, [[name:Lakshmi Iyer]], had already opened the fuel cap and said
        she "assumed the fuel man did it". Nothing was put in. Fuel sample was clear blue.

        Please: nobody fuels an aircraft without a {{fuel docket}} and a second person.
        Bowsers to be parked at opposite ends of the apron from tomorrow.

        Capt. [[name:Marian Dobrev]]
        Head of Training, [[organisation:Northdown Flight Academy]]
        [[phone:01632 960592]] | [[email:m.dobrev@northdownflight.co.uk]]
    """)),
    ("aviation", "success", prose("""
        Dear Sqn Ldr [[name:Okeke]], I just wanted to say thank you to you and all the staff at
        the {{gliding school}} for my son [[name:Finn]]'s first solo on [[date:Sunday 8
        September]]. He's been coming every weekend since he was [[age:14]] and when he rang
        me from the {{airfield}} he could hardly speak. Instructor [[name:Grace Holloway]] made him
        feel safe and the {{Gliding Induction Course}} taught him more about {{checklists}} than
        any school subject. He is now talking about applying to the {{RAF}} and I'm not even
        worried. With thanks, [[name:Carol Devlin]], [[organisation:2398 (Ashbourne)
        Squadron]] parent committee.
    """)),
    ("aviation", "incident", block("""
        ops chat - exported for {{MOR}}

        [11:02] [[name:Rav]]: link lost at 300m out, RTH triggered
        [11:02] [[name:Kerry-Ann]]: its heading the wrong way!! towards the airport fence
        [11:03] [[name:Rav]]: compass error?? it's not listening
        [11:04] [[name:Kerry-Ann]]: calling tower now on [[phone:020 7946 0218]]
        [11:06] [[name:Rav]]: landed itself in the field by the {{ILS}} aerial, battery 12%
        [11:07] [[name:Kerry-Ann]]: tower say [[flight_number:BAW1492]] held on the ground
        for 4 mins, no aircraft affected

        Note by ops manager [[name:Will Threlfall]]: {{Matrice 350}} drone, compass calibration
        not done after moving site near the steel hangars. {{RTH}} flew to wrong home point.
        Reported to {{CAA}} and airport. Recovery with airport escort.
    """)),
    ("aviation", "near_miss", block("""
        SAFETY MEETING NOTES - [[organisation:Skyward Flight Training]] - [[date:10/06/2025]]
        Present: [[name:Hamid]], [[name:Rachel F]], [[name:Tomas]], [[name:Bee]], ops
        [[name:Gavin]]

        1. Circuit conflict [[date:Fri 6th]] - [[aircraft_registration:G-SKYA]] (student
           [[name:Ollie Nakamura]] solo) turned base inside [[aircraft_registration:G-SKYD]]
           (dual, [[name:Rachel F]]). ~150ft vertical. Both on frequency, neither saw the other.
        2. {{SkyDemon}} traffic alert worked for [[name:Rachel F]], [[name:Ollie]] had no
        {{EC device}}.
        3. Action: all school aircraft to carry {{PilotAware}}, [[name:Tomas]] to order.
        4. [[name:Bee]] to brief "one in, one out" on busy {{Saturday}} mornings.
        5. [[name:Ollie]] came to us first - thanked by [[name:Hamid]] for reporting.
    """)),
    ("aviation", "incident", block("""
        GROUND OCCURRENCE FORM
        Ref: [[case_reference:GOR-2025-031]]
        Aircraft: {{DA42}} [[aircraft_registration:G-DHKL]]
        Location: Hangar 2
        Reported by: [[name:Sunny Mistry]] ({{B1 engineer}})

        The aircraft was being towed out by two students with the {{tug}}. No wing walker on the
        left side. Left wing tip struck the fuselage of {{Tecnam}} [[aircraft_registration:G-TCNM]]
        parked nose-in. Damage: wing tip light cracked on [[aircraft_registration:G-DHKL]], scuff
        to [[aircraft_registration:G-TCNM]].
        Both aircraft {{AOG}} until inspected.
        Students ([[name:Harry D]], [[name:Adaeze O]]) had done the towing brief but not since
        the hangar was re-arranged.
        Action: towing only with a qualified person, wing walkers both sides, floor markings.
        Reviewed by [[name:Margaret Thorne]], {{Accountable Manager}}.
    """)),
    ("aviation", "success", prose("""
        On the night of [[date:22 November]] {{the police}} asked us to help search for a
        missing [[age:82]]-year-old man near the airport boundary. Our remote pilot [[name:Ifeoma
        Obi]] contacted ATC, who agreed a block at 200ft and held two {{GA}} departures. Using the
        {{thermal camera}} on our {{M30T}} she spotted him in a drainage ditch off [[address:Moor
        Lane]] in under 20 minutes. PC [[name:Halliday]] said the {{helicopter}} was 90 minutes
        away. The airport's {{Drone Zone Permission}} process was fast because we'd practised it
        in the joint exercise in the summer. Thanks to ATC supervisor [[name:Rob Yeung]]. Filed
        by [[name:Naz Kaur]], [[organisation:Fenway UAS Ltd]].
    """)),
    ("aviation", "near_miss", block("""
        TECH LOG REVIEW - [[aircraft_registration:G-BOXT]] {{PA-38 Tomahawk}}
        Entry | Date     | Defect                     | Status
        114   | [[date:02/09]]    | L landing light u/s        | deferred
        115   | [[date:03/09]]    | nil                        | -
        116   | [[date:05/09]]    | nil                        | -
        117   | [[date:08/09]]    | pitot heat inop            | deferred
        118   | [[date:09/09]]    | nil                        | -

        Reviewer note ([[name:Sandeep]], {{CAMO}}): entry 114 not carried forward onto the
        {{ADD}} sheet so it dropped off by 116. Student [[name:Callum Briggs]] was booked for a
        night flight on [[date:10/09]] - landing light required. Caught at {{A-check}}.
        Learning: deferred defects copied forward every page, and FI checks the ADD sheet as
        part of the {{authorisation sheet}} sign-off.
    """)),
    ("aviation", "incident", prose("""
        Cadet [[name:Mohammed Saleem]] ([[age:15]]) was strapped in to the front seat of the
        {{Viking}} on [[date:Saturday 19 July]] when the canopy came open on the ground run. The
        {{canopy lock}} had been checked on the {{CB SIFT CB}} checks but the cadet had knocked
        the lever with his knee adjusting his {{parachute}}. The instructor, [[name:Dawn
        Whitaker]], released the cable and the glider stopped on the runway. Canopy frame cracked
        but cadet unhurt. Had it opened in the climb it could have been very serious. At the
        debrief [[name:Mohammed]]'s nickname "[[name:Mo]]" was being used over the radio which
        didn't help
        clarity. Action: canopy check repeated by instructor just before "all out", knee guard
        fitted to lever. Reported to [[organisation:Central Gliding School]].
    """)),
    ("aviation", "near_miss", block("""
        From: [[name:Lucy Grant]], {{First Officer}}
        To: Flight Safety
        Subject: drone sighting - [[flight_number:TOM4N]] - [[date:03/08/2025]]

        Passing approx 1,500ft on the ILS for 09, Captain [[name:Adrian Pell]] and I both saw
        a quadcopter off the right wing, estimated 100m away, same level. No time to avoid.
        Reported to tower immediately, who stopped departures. {{ASR}} filed. {{A321}}, no
        damage found on walkaround.
        Police later traced an operator flying from a garden on [[address:Ridgeway Drive]],
        registered ID [[case_reference:GBR-OP-9QWT2M4XK7BD]], who said they "didn't know" about the
        {{FRZ}}.
        [[name:Lucy]]
    """)),
    ("aviation", "success", block("""
        SAFETY CULTURE - MONTHLY REVIEW - [[organisation:Solent Air Academy]]
        GOOD CATCH OF THE MONTH: [[name:Priyanka Sethi]] (student, {{ATPL}} integrated)

        - On her {{pre-flight}} of [[aircraft_registration:G-SAAB]] [[name:Priyanka]] found the
          elevator trim cable fraying at the pulley - missed on the last {{50 hour}} check.
        - She reported it even though it meant losing her {{Skills Test}} slot.
        - Engineering ([[name:Ian Mc]], [[name:Rosa]]) confirmed and changed the cable.
        - Fleet check found one more.
        - {{Just Culture}} reminder: reporting our own mistakes and others' is how we learn.
        Voucher presented by Capt [[name:Ferhat Yilmaz]], {{Head of Training}}.
    """)),
    ("aviation", "incident", prose("""
        During an audit on [[date:12/02/2025]] we found that student [[name:Jonah
        Whitfield]]'s {{Class 2 medical}} had expired on [[date:31 January]]. He flew two solo
        navs after that date in [[aircraft_registration:G-BNXR]] with authorisation from FI
        [[name:Mark Edozie]], who checked the {{logbook}} but not the medical. Our booking
        system ({{FlightLogger}}) did not flag it because the expiry had been entered as 2026.
        No accident but the flights were not legal. [[name:Jonah]] has been grounded until his
        {{AME}} renews. We self-reported to the {{CAA}}. Action: medical expiry checked on every
        solo authorisation. Reported by [[name:Deborah Achebe]], {{Head of Training}},
        [[organisation:Pennant Flying School]], [[phone:01632 960127]].
    """)),
    ("aviation", "near_miss", block("""
        UAS SURVEY - FIELD LOG - [[organisation:Kite Aerial Mapping]]
        Job: [[case_reference:KAM-0492]]  Site: farm next to [[organisation:Eastmere Airfield]]
        Pilot: [[name:Sean O'Keefe]]  Observer: [[name:Faith]]
        08:10 Arrived, {{NOTAM}} checked on {{SkyDemon}} - our NOTAM showed [[date:16/10]],
        today is [[date:15/10]]. Wrong date submitted.
        08:15 Rang airfield ops on [[phone:01632 960883]], spoke to [[name:Hannah]]. They had
        a {{parachute drop}} zone active today - 2 km from our site.
        08:30 Job cancelled for today. Rebooked.
        08:45 [[name:Sean]] to review why date went in wrong. Would have been flying
        {{Phantom 4 RTK}}
        under the {{drop zone}} with no one expecting us.
    """)),
]


def main() -> None:
    records = build_records("blind83", REPORTS)
    write_records(OUT, records)


if __name__ == "__main__":
    main()
