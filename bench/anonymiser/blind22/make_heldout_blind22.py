"""Blind held-out corpus 22: incident, near-miss and good-practice reports from south, east and north London.

Setting: NHS and council services in Lewisham, Newham, Brent, Haringey, Croydon and Tower Hamlets (A&E,
maternity, community mental health, district nursing, pharmacy, ambulance handover; adult and children's
social care) plus ground operations and cabin crew at Heathrow, London City and Gatwick. The people named
are very diverse (West African, South Asian, Somali, Turkish, Polish, Romanian, Chinese, Vietnamese,
Caribbean, Irish, Portuguese).

Voice: formal witness statements, SBAR handovers, Datix-style field entries, pasted e-mail threads with
headers and signatures, lower-case case notes, timelines and reflective accounts, several written by
practitioners whose first language is not English. Every identifier is invented.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from markup import block as E  # noqa: E402
from markup import build_records, write_records  # noqa: E402
from markup import flow as P  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "corpus" / "heldout_blind22.jsonl"


REPORTS: list[tuple[str, str, str]] = [
    # ------------------------------------------------------------------ health (25)
    ("health", "incident", E("""
        SBAR - ED majors to AMU, [[organisation:University Hospital Lewisham]]
        S: [[name:Adaeze Nwachukwu]], [[age:67]]F, DOB [[date_of_birth:14/02/1957]],
        NHS [[nhs_number:230 972 1514]], MRN [[case_reference:LEW4471902]]. BIBA 03:10 on [[date:09/11/2024]],
        new confusion, lactate 4.2.
        B: T2DM, CKD3, lives with daughter [[name:Chioma]] at [[address:22 Ringstead Road, Catford]]
        [[postcode:SE6 2BS]].
        A: {{NEWS2}} 7 at triage but {{sepsis six}} not started till 05:40 (2.5h delay). Majors at 140%,
        the {{FY2}} covering majors was pulled into resus x2 and no-one escalated to NIC.
        R: for AMU, IV abx given 05:52, fluids running. Datix [[case_reference:W118830]] raised.
        Handed to Sr [[name:Gbemisola Ade-Ojo]]. [[name:Chioma]] aware and at bedside.
        - [[name:Tom Brennan]], Band 5 SN
    """)),
    ("health", "success", P("""
        Reflective account for revalidation - [[name:Roxana Popescu]], Band 6 midwife,
        [[organisation:Newham Birth Centre]]. On the night of [[date:15th June]] I looked after
        [[name:Shanthi Ramasamy]], [[age:31]], second baby, normal birth in the pool at 02:14. Around twenty
        minutes later she start bleeding heavily, we estimated 1100ml. I pulled the emergency bell and
        [[name:Blessing]] came straight away, she rubbed up a contraction while I gave {{syntometrine}} IM and
        put a second cannula. We transfer to labour ward at [[organisation:Newham University Hospital]] by 02:51,
        the registrar Dr [[name:Farooqui]] was waiting in room 6 because [[name:Blessing]] phoned ahead with a
        clear SBAR. What went well: we had practised exactly this scenario in our {{PROMPT}} skills drill
        {{in March}}, so everybody knew their role without me telling. [[name:Shanthi]] had total loss 1.6 L,
        no transfusion needed, and her husband [[name:Karthik]] said after that he felt we were calm and
        explained everything. What I would do different: I should weigh the pads earlier and not estimate by eye.
    """)),
    ("health", "near_miss", E("""
        Incident ref: [[case_reference:DW-2024-08812]]
        Date/time: [[date:02/04/2024]] 15:20
        Location: [[organisation:Haringey East CMHT]] - clinic room 2
        Reported by: [[name:Kemal Aydın]], CPN
        Type: Medication - preparation
        Description: SU [[name:M.K.]] (RiO [[case_reference:RIO1183520]]) attended for fortnightly {{depot}}.
        Chart says {{paliperidone palmitate}} 100mg. Box taken from clinic fridge was 150mg - same colour
        carton, same shelf. Second checker [[name:Aoife Keane]] (student nurse) read the strength aloud and we
        stopped before drawing up. Correct dose given, [[name:M.K.]] informed, was fine about it, said
        "better you check twice".
        Contributing: clinic 40 min behind, Tuesday pm only one registered nurse, fridge not split by strength.
        Actions: strengths now on separate labelled shelves; pharmacist [[name:Yiannis]] to review stock list.
        Harm: none (near miss)
    """)),
    ("health", "incident", P("""
        Statement - [[name:Precious Chiwenga]], Community Staff Nurse,
        [[organisation:Thornton Heath Neighbourhood Team]]. I visited Mr [[name:Desmond Campbell]] ([[age:84]])
        at [[address:7 Bensham Manor Road]], [[postcode:CR7 7AF]] on [[date:Wed 21 August]] for his routine
        {{leg ulcer}} dressing. His wife [[name:Hyacinth]] asked me to look at his bottom as it was 'sore'. I
        found a category 3 {{pressure ulcer}} to the sacrum, approx 4x3cm with slough. On review of EMIS (NHS
        [[nhs_number:340 592 8605]]) the skin was last fully inspected on [[date:30/07]] and the {{Waterlow}}
        had not been repeated since admission to caseload. Mrs [[name:Campbell]] told me the carers had noticed
        redness a week earlier and left a message on the SPA line; I cannot find that the message was ever
        triaged. Actions: airflow mattress ordered, TVN referral, safeguarding screen completed with no concern
        of neglect by family. I have apologised to Mr and Mrs [[name:Campbell]] under duty of candour.
    """)),
    ("health", "near_miss", P("""
        Near miss record - [[organisation:Brockley Rise Pharmacy]]. Written by [[name:Małgorzata Wiśniewska]]
        (pharmacist manager). On [[date:Thursday 6 March]] prescription for [[name:Oluwaseun Bakare]], DOB
        [[date_of_birth:03.09.1988]], for {{amlodipine}} 5mg 28 tabs. Dispenser picked {{amitriptyline}} 25mg,
        the boxes are next to each other on shelf A and both white with blue. I find it at final accuracy check
        because barcode scan gave warning, but dispenser had already override the warning because 'scanner is
        always beeping'. Not handed out, patient partner [[name:Femi]] still waiting in shop, he not aware. I
        talk with dispenser [[name:Ravi]] after, no blame, he was alone on counter and also answering phone. We
        move amitriptyline to other bay and put LASA sticker. Also we remind team: scanner warning must never be
        override without pharmacist. [[name:Gosia W.]]
    """)),
    ("health", "incident", E("""
        From: [[name:Sadia Chowdhury]] <[[email:sadia.chowdhury4@nhs.net]]>
        Sent: [[date:12 January 2025]] 18:42
        To: ED Matrons; [[name:Paul Mensah]] <[[email:p.mensah@nhs.net]]>
        Subject: RE: Handover delay [[date:12/01]] - CAD [[case_reference:4412]]

        [[name:Paul]],

        Thanks for flagging this so quickly. I've pulled the timeline for the lady your crew brought in
        ([[age:79]], ?{{NOF}}). Crew arrived 13:05, {{HALO}} escalated at 14:30, handover completed 17:20 -
        4h15m on the vehicle. Analgesia was given by the crew but no pressure area check was done by our
        staff in that time, which is not acceptable. I've opened Datix [[case_reference:NUH-81127]] and asked
        [[name:Tomasz]] (NIC that shift) for a statement. We'll discuss at the ED/LAS interface meeting.

        Kind regards
        [[name:Sadia]]

        [[name:Sadia Chowdhury]] | Deputy Matron, Emergency Department
        [[organisation:Newham University Hospital]] | [[phone:020 7476 4000]]

        -----Original Message-----
        From: [[name:Paul Mensah]]
        Sent: [[date:12 January 2025]] 16:02
        Subject: Handover delay [[date:12/01]] - CAD [[case_reference:4412]]

        [[name:Sadia]] - crew on 7 Charlie held since 13:05, pt is [[age:79]] with suspected hip, son
        [[name:Dele]] ([[phone:07700 900614]]) ringing control for updates. Can someone look pls. [[name:Paul]]
    """)),
    ("health", "success", P("""
        Good practice note - ED, [[organisation:North Middlesex University Hospital]]. [[name:Hodan Warsame]],
        [[age:42]], self-presented at 21:30 with lower abdominal pain. Her English is limited and her son
        [[name:Abdirahman]], aged [[age:13]], offered to translate. Triage nurse [[name:Ewa Zając]] politely
        declined and booked a Somali interpreter through {{Language Line}} on the ward iPad instead, explaining
        to [[name:Hodan]] that we do not use children to interpret. With the interpreter [[name:Hodan]]
        disclosed a missed period and shoulder tip pain, which she had not wanted to say in front of her son.
        Urine hCG positive, bedside scan by Dr [[name:Yusuf Jama]] showed free fluid and she went to theatre
        for a ruptured {{ectopic pregnancy}} within 90 minutes. [[name:Ewa]] is being nominated for a team
        award; this is exactly the practice in our interpreting policy and it changed the outcome.
    """)),
    ("health", "near_miss", P("""
        Near miss - postnatal ward, [[organisation:Royal London Hospital]], [[date:27/10/24]] night shift. Two
        mothers with the same surname in bay C: [[name:Rupa Begum]] (bed 14, MRN [[case_reference:RLH4009123]])
        and [[name:Sultana Begum]] (bed 17, MRN [[case_reference:RLH4009132]]). When the baby labels were
        reprinted after one fell off in the cot, the set for baby [[name:Begum]] bed 14 was handed to the
        {{MCA}} for bed 17. MCA [[name:Nasrin Akter]] checked the label against the mother's wristband before
        attaching it, saw the MRN did not match and returned it. Contributing: printer at the desk not by the
        bedside, both babies girls born within 3h of each other, no 'name alert' on the board. Action: bay board
        now uses a NAME ALERT magnet; labels checked against both bands at the cot side; learning shared at the
        {{safety huddle}}. Reported by [[name:Lucy Tran]], ward manager.
    """)),
    ("health", "success", P("""
        Account of good practice, written by [[name:Ioana Dumitrescu]], care coordinator,
        [[organisation:Tower Hamlets North East CMHT]]. Mr [[name:Tran Van Minh]] is [[age:56]] year old
        gentleman with {{bipolar affective disorder}}, he live with daughter [[name:Linh]] in
        [[address:Flat 31, Brokesley Street]], Bow. Last year he was admitted two times under section. In
        [[date:September 2024]] we make together a crisis plan with early warning signs in Vietnamese and in
        English, and [[name:Linh]] have copy on her phone. On [[date:the 3 of October]] she rang the duty line
        at 08:15 because her father was not sleeping three nights and was giving money to strangers. Duty worker
        [[name:Shamima]] followed the plan, {{Home Treatment Team}} saw Mr [[name:Tran]] same day and he accepted
        increase of {{olanzapine}}. No admission was needed and he is now back to baseline. I think the plan
        worked because it was in his language and family was part of it from start.
    """)),
    ("health", "near_miss", E("""
        Near miss - insulin, [[organisation:Addiscombe & Shirley District Nursing]]
        Pt: [[name:Bridget O'Sullivan]], [[age:91]], [[address:Flat 12 Heron Court, 40 Wickham Road]],
        [[postcode:CR0 8BB]]
        Date: [[date:Sun 12/01/25]]

        09:10 HCA [[name:Joy Mutasa]] on delegated visit takes pen from fridge door, it is {{NovoRapid}}
              (old stock from hospital discharge) not the {{Abasaglar}} prescribed once daily.
        09:12 [[name:Joy]] notices orange pen vs usual grey, stops and rings me.
        09:20 I ([[name:Kwame Boateng]], Band 6) confirm via video call, correct pen used, BM 11.2, no harm.
        10:30 Old pens removed with consent of [[name:Bridget]] and her niece [[name:Noreen]], returned to
              pharmacy.

        Learning: discharge meds not reconciled at first visit; we now check fridge contents on the first
        insulin visit. [[name:Joy]] did exactly right - stop, phone, don't guess.
    """)),
    ("health", "success", P("""
        Success story submitted by [[name:Nirmala Sivakumar]], community pharmacist at
        [[organisation:Plaistow Green Pharmacy]]. An electronic prescription came through on
        [[date:Monday 17th]] for Mr [[name:Gheorghe Ionescu]] (DOB [[date_of_birth:22/07/1961]]) for
        {{methotrexate}} 2.5mg 'take FOUR tablets DAILY'. His PMR showed four tablets ONCE WEEKLY on Fridays
        for {{rheumatoid arthritis}} for the last two years. I held the item and rang
        [[organisation:Greengate Medical Centre]] on [[phone:020 8552 7101]]; the GP, Dr [[name:Hannah Levy]],
        confirmed a template error when the repeat was re-authorised and reissued it the same morning. I also
        counselled Mr [[name:Ionescu]] with his wife [[name:Mirela]] using a Romanian leaflet, and checked he
        still had {{folic acid}}. Dr [[name:Levy]] has asked the practice to audit other methotrexate repeats.
    """)),
    ("health", "success", P("""
        Shout-out and learning from [[organisation:Croydon University Hospital]] ambulance arrivals,
        [[date:Fri 7/3]]. Eleven crews were queuing and patients were being cohorted in the corridor. {{HALO}}
        [[name:Marcus Reid]] did a repeat set of obs on every patient at the 30-minute mark rather than waiting
        for crews to flag. He noticed that the man with the crew of [[name:Dev Solanki]] and [[name:Shauna]]
        (CAD [[case_reference:219934]]), a [[age:70]]-year-old with chest pain, had new ST elevation on the
        repeat ECG. [[name:Marcus]] escalated straight to the ED consultant Dr [[name:Adeyinka]] and the patient
        went to the cath lab at [[organisation:St George's]] within 40 minutes, bypassing the queue.
        [[name:Dev]] says without the proactive check they would have waited another hour. Learning: structured
        {{NEWS2}} and ECG repeats for all cohorted patients are now in the HALO SOP.
    """)),
    ("health", "incident", P("""
        Witness statement - [[name:Kofi Asante-Mensah]], Healthcare Assistant, ED,
        [[organisation:University Hospital Lewisham]], staff no. [[case_reference:LG-88213]]. At approx 01:40 on
        [[date:Sunday 18 May 2025]] I was doing obs in cubicle 9 on a male patient, [[name:Liam Doherty]]
        ([[age:26]]), brought in intoxicated with a head wound. He became verbally aggressive when I said he
        needed to wait for a CT. He then swung at me and struck my left cheek. Security officer [[name:Bilal]]
        and staff nurse [[name:Marisol Costa]] came in and he was restrained safely using the holds from our
        {{conflict resolution}} training. Police attended, PC [[name:Hughes]] took my statement, crime reference
        [[case_reference:5601234/25]]. I was seen by the nurse in charge and given time out. I would like it
        noted that [[name:Marisol]] made sure I was checked for injury and completed the {{Datix}} with me.
    """)),
    ("health", "success", P("""
        Good practice - [[organisation:Willesden Centre for Health and Care]] antenatal clinic.
        [[name:Florentina Stoica]], [[age:24]], first contact at 28 weeks after moving from Bucharest in the
        summer. Midwife [[name:Grace Adjei]] booked her the same day rather than sending her away for GP
        registration first, used a Romanian interpreter, and arranged bloods and a {{glucose tolerance test}}
        for the next morning. The GTT confirmed {{gestational diabetes}} and she started on diet and metformin
        within the week. [[name:Grace]] also noticed that [[name:Florentina]] and her partner [[name:Cosmin]]
        were sleeping on a friend's sofa at [[address:58 Craven Park Road]], [[postcode:NW10 4AB]], and, with
        consent, made an early help referral to [[organisation:Brent Family Hub]]. She was given a few days'
        grace to bring ID for the maternity exemption form. Baby delivered at 39 weeks, 3.4kg, no NICU.
        Learning: late bookers should be booked on the day.
    """)),
    ("health", "incident", P("""
        Incident statement - [[name:Olumide Fashola]], Home Treatment Team nurse, [[date:27/07/2024]].
        [[name:Jerome Baptiste]] (known as [[name:JJ]]), [[age:23]], {{first episode psychosis}}, was under HTT
        as an alternative to admission. On the evening visit his mum [[name:Marcia]] said he had left
        [[address:34B Philip Lane]], [[postcode:N15 4JB]] at 2pm without his phone after an argument and had not
        taken his {{aripiprazole}} for four days. We assessed risk as high (previous ligature attempt) and
        reported him missing to the Met, ref [[case_reference:CAD 6672/27JUL]]. [[name:JJ]] was found by
        British Transport Police at Seven Sisters station at 23:10 and detained under {{section 136}}, then
        admitted to [[organisation:St Ann's Hospital]]. Learning: HTT was visiting once daily only and missed
        doses had not been recorded on RiO since the [[date:23rd]]; the team has agreed a missed-dose trigger
        for consultant review.
    """)),
    ("health", "success", P("""
        Reflection - [[name:Siobhán Kearney]], Band 6 DN, [[organisation:Stepney Green District Nursing Team]].
        Mr [[name:Abdul Mannan]], [[age:72]], end stage COPD, NHS [[nhs_number:909 446 3210]], wished to die at
        home at [[address:17 Ben Jonson Road]] with his family. Over the last five days I set up and reviewed
        his {{syringe driver}} with [[name:Sabrina]], our palliative CNS, and made sure the {{ReSPECT}} form and
        {{just in case medicines}} were in the house before the weekend. His son [[name:Rahim]] was anxious
        about what to do at night, so I wrote out in simple steps who to call and left the out-of-hours number
        [[phone:0300 123 7044]] on the fridge. When his breathing changed on the Saturday night, [[name:Rahim]]
        rang us instead of 999 and the night nurse [[name:Efe]] attended within 45 minutes. Mr
        [[name:Mannan]] died peacefully on [[date:19th December]] with his wife beside him. The family gave us
        permission to share this.
    """)),
    ("health", "incident", E("""
        From: [[name:Chinedu Okonkwo]] <[[email:chinedu.okonkwo@nhs.net]]>
        To: CD Accountable Officer; [[name:Anna Kowalczyk]]
        Date: [[date:Tue 04/02/2025]] 09:17
        Subject: Oxycodone discrepancy - Ward 7B - Datix [[case_reference:1874402]]

        Hi [[name:Anna]],

        Summary for the {{CD AO}} as discussed. During the weekly CD check on 7B on [[date:03/02]] the
        {{oxycodone}} 5mg capsule stock was 12 but the register balance said 14. Two capsules unaccounted
        for. Last correct balance [[date:31/01]] (signed by RN [[name:Adebayo]] and RN [[name:Khan]]).
        Between those dates 9 doses were given; one entry on [[date:01/02]] for the patient in bed 22
        (Mr [[name:Szymański]], MRN [[case_reference:0044817]]) has only one signature.

        Ward manager [[name:Leona]] has done a local search. Police CDLO not yet informed - awaiting your
        view. I have suggested daily double-check audits for two weeks.

        Thanks,
        [[name:Chinedu]]

        [[name:Chinedu Okonkwo]]
        Lead Pharmacist, Medicines Safety
        [[organisation:Whittington Health]] | [[phone:020 7288 3182]]
    """)),
    ("health", "success", E("""
        GREATIX - excellence report
        Ref: [[case_reference:GX-0557]]   Date: [[date:23/05/24]]
        Staff recognised: [[name:Ngozi Eze]] (paramedic) & [[name:Pete Walsh]] (EMT),
        CAD [[case_reference:0918773]]
        What happened: called to Mr [[name:Harbhajan Singh]], [[age:58]], at a temple in Wembley. {{FAST}}
        positive, onset witnessed 9 minutes earlier by his nephew [[name:Gurpreet]]. Crew pre-alerted the HASU
        at [[organisation:Northwick Park Hospital]] from scene, got the {{LKW}} time and meds list (on
        {{apixaban}}) from [[name:Gurpreet]] and sent a photo of the list ahead. On scene time 11 minutes.
        Outcome: straight to CT, thrombectomy; home on day 6 with minimal weakness.
        Why it matters: clear pre-alert meant the stroke team met them in the bay.
        Nominated by Dr [[name:Aoife Geraghty]].
    """)),
    ("health", "near_miss", P("""
        Paeds near miss, UTC at [[organisation:Central Middlesex Hospital]], [[date:11.02.25]].
        [[name:Zara Hussain]], [[age:3]]yo, NHS no. [[nhs_number:989 059 5427]], seen with otitis externa and
        cellulitis to the ear. Prescribed {{co-amoxiclav}} by the ANP. Allergy box on the ED system said 'NKDA'
        because the GP summary from [[organisation:Stonebridge Health Centre]] had not loaded. Staff nurse
        [[name:Femi Oladipo]] was drawing up the dose when mum [[name:Ayesha]] asked what it was and said
        [[name:Zara]] had come out in hives with amoxicillin last year. Dose not given, prescription changed to
        {{clarithromycin}}, red allergy band applied. [[name:Femi]] re-checked allergy status verbally as per
        our 'ask every time' rule, which is why this was caught. Learning: confirm allergies verbally at triage
        and before every first dose; do not rely on the summary care record.
    """)),
    ("health", "incident", E("""
        Datix ID: [[case_reference:1290455]]
        Incident date: [[date:8 Nov 2024]]   Reported: [[date:9 Nov 2024]]
        Specialty: Maternity - Labour Ward, [[organisation:Queen Elizabeth Hospital Woolwich]]
        Patient: [[name:T.O.]], [[age:29]], G1P0, hosp no [[case_reference:Q2218834]]
        Description: CTG classified suspicious at 14:00 by midwife [[name:Leanne Hollis]]. {{Fresh eyes}}
        review due 15:00 not done (coordinator [[name:Precious]] in an obstetric emergency in room 3).
        By 15:40 pathological CTG with prolonged deceleration. Registrar Dr [[name:Oyelaran]] called 15:46,
        cat 1 {{caesarean section}} 16:09. Baby girl Apgars 3/6/8, cord pH 7.02, transferred to NICU for
        assessment for {{therapeutic hypothermia}}. Family ([[name:T.O.]] and partner [[name:Kehinde]])
        informed, duty of candour letter sent [[date:12/11]].
        Immediate learning: missed fresh eyes to be escalated to the coordinator AND the registrar.
        Grading: moderate harm - referred to MNSI.
    """)),
    ("health", "near_miss", P("""
        Datix summary (near miss). Service user: [[name:Fiona Gallagher]], [[age:49]], on {{lithium}} 800mg
        nocte, [[organisation:Haringey West CMHT]]. Lithium level taken [[date:5 Feb]] at the GP surgery,
        [[organisation:Lordship Lane Surgery]], came back 1.4 mmol/L. Result went to the GP inbox; the locum
        filed it as 'normal' and the CMHT was not copied. Six days later student nurse [[name:Sky Alvarez]]
        was preparing for [[name:Fiona]]'s review and looked it up on the shared record. She showed her mentor
        [[name:Declan]] and we contacted [[name:Fiona]] the same day - she had mild tremor and diarrhoea. Dose
        withheld, repeat level 1.1 next day, psychiatrist Dr [[name:Nazlı Demir]] reduced to 600mg. No lasting
        harm. Learning: the {{shared-care agreement}} says the GP must forward levels over 1.0; this has been
        fed back and [[name:Sky]] has been thanked.
    """)),
    ("health", "incident", P("""
        Incident report - [[organisation:Lewisham North District Nursing]], [[date:14/05/2025]]. Two patients on
        our caseload have very similar names and addresses: [[name:Mary Byrne]], [[address:14 Sangley Road]],
        [[postcode:SE6 2JX]], and [[name:Marie Byrne]], [[address:14 Stanstead Road]], [[postcode:SE23 1HB]].
        Bank nurse [[name:Rose Kamara]], on her first shift with us, was allocated a 3-monthly
        {{hydroxocobalamin}} injection for [[name:Mary]]. The satnav took her to [[address:Stanstead Road]];
        [[name:Marie]]'s carer let her in and [[name:Rose]] checked the name verbally ('Mrs [[name:Byrne]]?')
        but not the DOB. [[name:Marie]] received the injection, which she also has prescribed but was not due
        until July. No harm expected. It was picked up when [[name:Mary]]'s daughter rang to ask where the nurse
        was. Learning: positive patient ID using name AND date of birth at every visit; name alert added on
        EMIS for both patients.
    """)),
    ("health", "near_miss", P("""
        Near miss - [[organisation:Deptford Broadway Pharmacy]]. Mrs [[name:Nguyen Thi Hoa]] ([[age:77]]) gets
        weekly {{monitored dosage system}} trays; her daughter [[name:Thao]] collects and translates. On
        [[date:Tues 22nd Oct]] technician [[name:Kelechi Nwosu]] was sealing the tray and noticed the
        {{warfarin}} 1mg tablets were in the morning slots, but the yellow book from the anticoag clinic said
        3mg in the evening only since the last INR. The MDS record had not been updated after the clinic phoned
        on [[date:18/10]]. Pharmacist [[name:Duc Pham]] rang [[name:Thao]] on [[phone:07700 900318]] to confirm
        and spoke to Mrs [[name:Nguyen]] in Vietnamese. Tray re-made before it left the shop. Learning: any dose
        change phoned in gets written on the MDS master sheet straight away and initialled, and two people
        check warfarin.
    """)),
    ("health", "incident", P("""
        Incident - patient fall while awaiting handover. [[date:3rd February]],
        [[organisation:Newham University Hospital]] ambulance corridor. Mrs [[name:Edna Fairweather]],
        [[age:88]], conveyed by [[name:Marek Nowak]] and [[name:Chantelle Dixon]] with a UTI and delirium. After
        2 hours on the ambulance trolley in the corridor she tried to climb over the side rails while
        [[name:Chantelle]] was fetching water and [[name:Marek]] was completing the ePCR. She fell approx 1
        metre, sustaining a laceration to the forehead. The ED doctor reviewed her immediately; CT head normal.
        LAS ref [[case_reference:IR-55120]], trust Datix [[case_reference:NUH-81744]]. Contributing factors: no
        {{enhanced observation}} available in the corridor, one {{HALO}} for 9 crews, {{4AT}} not recorded.
        Her granddaughter [[name:Kerry-Ann]] was upset she had not been told about the fall for several hours.
        Learning shared at the joint LAS/ED meeting.
    """)),
    ("health", "success", P("""
        Good practice: frequent attender plan. [[name:Conor Whelan]], [[age:44]], attended the ED at
        [[organisation:Royal London Hospital]] 61 times in the past year, mostly with alcohol-related falls and
        chest pain. Our {{High Intensity Use}} lead [[name:Rukhsana Miah]] met him in the department on his
        third visit in a week, and instead of another discharge she sat with him for an hour. She found he had
        been evicted from [[address:Flat 9, Cressy House]] and was sleeping at Whitechapel station. She linked
        with the {{rough sleepers}} outreach team, the alcohol liaison nurse [[name:Jim]] and his GP at
        [[organisation:Spitalfields Practice]]. An ED care plan was agreed with Dr [[name:Oduya]] so every
        clinician gives the same message. Over the next three months [[name:Conor]] attended 4 times, has a
        hostel place and is engaging with detox. The plan is on the ED system under MRN
        [[case_reference:RLH3318802]]. Thank you [[name:Rukhsana]].
    """)),
    # ------------------------------------------------------------------ social care (15)
    ("social_care", "incident", E("""
        From: [[name:Tunde Bello]] <[[email:tunde.bello@newham.gov.uk]]>
        Sent: [[date:29 May 2024]] 10:12
        To: MASH duty inbox <[[email:mash.duty@newham.gov.uk]]>
        Cc: [[name:Rachel Owusu]]
        Subject: Strategy discussion delay - [[name:Lewandowski]] children - LCS [[case_reference:2291847]]

        [[name:Rachel]] / MASH colleagues,

        Flagging a delay for learning. Referral from [[organisation:Ranelagh Primary School]] came in on
        [[date:Friday 24 May]] at 16:40 re [[name:Kacper]] ([[age:6]]) and [[name:Zuzanna]] ([[age:9]])
        [[name:Lewandowski]] - [[name:Kacper]] disclosed dad [[name:Piotr]] hit him with a belt, mark seen.
        It sat unallocated in the inbox over the bank holiday weekend and the {{strategy discussion}} did not
        happen until [[date:Tuesday 28th]]. Children were seen the same day and {{Section 47}} enquiries
        started, but we lost three days and the mark had faded by the time of the medical.

        Suggest an out-of-hours check of the MASH inbox before long weekends. RAG rating on the referral was
        {{Amber}}, which should have triggered same-day review.

        Thanks
        [[name:Tunde]]

        [[name:Tunde Bello]]
        Team Manager, Children's Social Care Assessment
        [[phone:07700 900227]]
    """)),
    ("social_care", "incident", P("""
        Safeguarding concern raised [[date:10 March 2025]]. Mrs [[name:Folake Adeyemi]] ([[age:81]]), Mosaic
        ID [[case_reference:1448203]], lives alone at [[address:Flat 6, 31 Clarendon Rise]],
        [[postcode:SE13 5EY]] and has four calls a day from [[organisation:Silverline Home Care]]. Between the
        [[date:7th]] and [[date:9th March]] the lunch and tea calls were missed five times because a new carer,
        [[name:Ionuț]], was given the wrong rota and the agency's call monitoring alerts were not watched at
        weekends. Her neighbour [[name:Dawn Pryce]] found her at dawn on Sunday, dehydrated, still in her chair,
        and called 111. Mrs [[name:Adeyemi]] was admitted for two nights with an AKI. [[name:Dawn]] said she had
        rung the office twice on Saturday and got no answer. Duty social worker [[name:Hamza Qureshi]] has
        opened a {{Section 42}} enquiry and the {{commissioning}} team are reviewing the agency's weekend
        on-call. Learning: ECM alerts must go to a monitored on-call phone 7 days a week.
    """)),
    ("social_care", "success", P("""
        Positive practice - [[organisation:Hawthorn Lodge Care Home]], Norbury. On the night of [[date:2/9]]
        resident [[name:Patrick Kavanagh]] ('[[name:Paddy]]', [[age:89]]) was found on the floor beside his bed
        by night carer [[name:Ana Sousa]]. Instead of lifting him, [[name:Ana]] used the {{ISTUMBLE}} tool as
        trained, and because [[name:Paddy]] is on {{apixaban}} and had hit his head, she called 111 and kept him
        warm on the floor with a pillow until assessed. The 111 clinician arranged an ambulance and CT at
        [[organisation:Croydon University Hospital]] showed a small subdural. Early detection meant he was
        monitored and came back to us after three days. His daughter [[name:Siobhan]] rang to thank the night
        team. Deputy manager [[name:Nimmi Perera]] has shared the case at handover as an example of why we never
        lift after a head injury on anticoagulants.
    """)),
    ("social_care", "near_miss", P("""
        case note - supervising social worker [[name:Emre Kaya]], [[date:18/06/24]]. fc [[name:sevda]] rang
        15:20 v upset. [[name:deniz]] ([[age:7]], {{looked after}} under interim care order) was nearly collected
        from [[organisation:Lordship Lane Primary School]] by birth dad [[name:Murat Yılmaz]], who is only
        allowed supervised contact at the family centre. he told the office he was 'picking up his son for the
        foster mum'. new office staff [[name:Bev]] was about to call [[name:deniz]] down but class teacher Ms
        [[name:Ozturk]] saw the {{safety plan}} alert on the school system and stopped it. dad left before police
        came. [[name:sevda]] collected [[name:deniz]] at 15:30 as normal. actions: i have rung the head, photo of
        dad now at reception, contact plan re-sent to school, {{LADO}} not needed. informed IRO
        [[name:Gillian]] and child's sw [[name:Kemi]]. learning - schools need the contact arrangements and a
        photo, not just a name.
    """)),
    ("social_care", "incident", P("""
        Incident: unsafe discharge. Mr [[name:Winston Clarke]], [[age:86]], DOB [[date_of_birth:01/12/1938]],
        was discharged from [[organisation:Northwick Park Hospital]] on [[date:Friday 14th June]] at 20:30 by
        hospital transport to [[address:9 Harlesden Gardens]], [[postcode:NW10 4EX]]. The ward had completed a
        {{Discharge to Assess}} referral but the package of care was not due to start until Monday, and the key
        safe code was not on the transport booking. The crew left him with a neighbour. Nobody from social care
        was told. On Saturday his nephew [[name:Leroy]] found him without his {{furosemide}} or food in the
        house. Hospital social worker [[name:Anjali Mehta]] identified the gap on Monday when the agency,
        [[organisation:Kindred Care Brent]], rang to say they could not get in. Mr [[name:Clarke]] was not
        harmed but was very distressed. Learning: no Friday evening discharge of a person living alone without
        confirmed care start; {{Trusted Assessor}} checklist to include the key safe.
    """)),
    ("social_care", "success", P("""
        MSP case example for the SAB newsletter. Mr [[name:Chen Guoqiang]], [[age:84]], lives in sheltered
        housing at [[address:Flat 22, Lansbury Court]], Poplar [[postcode:E14 6DQ]]. His bank branch noticed
        repeated large cash withdrawals with a younger man present and raised a concern on [[date:4 April]].
        Social worker [[name:Oisín Murphy]] visited with a Mandarin interpreter, Ms [[name:Liang]], rather than
        relying on the man, who said he was the nephew [[name:Jun]]. Seen alone, Mr [[name:Chen]] explained he
        felt obliged to give money to keep family face but did not want to lose his savings. Using
        {{Making Safeguarding Personal}} we agreed outcomes in his own words: keep seeing [[name:Jun]], but no
        more cash. The bank set up a mandate block, police were informed (ref [[case_reference:CAD 1130/04APR]])
        and the {{Section 42}} enquiry closed with risk reduced. Mr [[name:Chen]] said he felt 'listened to, not
        told'.
    """)),
    ("social_care", "incident", E("""
        Missing episode - [[organisation:Maple House]] (children's home, 4 beds)
        YP: [[name:Tiana]] ([[age:15]])   LCS: [[case_reference:LCS-3304518]]
        [[date:Sat 01/03/25]]
        19:45 [[name:Tiana]] said going to the shop, did not return by agreed time 20:15.
        20:30 Called her phone, switched off. Snap map last location Woolwich.
        20:45 Reported missing to police, CAD [[case_reference:7781/01MAR]]. On-call mgr [[name:Gary Simmons]]
              informed.
        22:10 Friend '[[name:Shy]]' messaged staff [[name:Efua]] that she was at a party with older males.
        00:35 Police found [[name:Tiana]] in a car on the estate, returned to the home.
        Notes: 4th missing episode this month. {{Return home interview}} booked with
        [[organisation:Lewisham Youth Offer]]. Worry re {{CSE}} - {{MACE}} referral to be made Monday.
        Social worker [[name:Jo Appiah]] updated by email.
    """)),
    ("social_care", "near_miss", P("""
        Incident form - written by [[name:João Ferreira]], support worker, [[organisation:Cedar Court Supported
        Living]], Wembley. Date: [[date:12-08-2024]]. I was on shift with [[name:Daniel Okoro]] ([[age:34]],
        learning disability and {{epilepsy}}) to go swimming. Before leaving I check his grab bag and I see the
        {{buccal midazolam}} was expire since last month. I not take him swimming and I told to my senior
        [[name:Priya]]. She call pharmacy [[organisation:Wembley Central Pharmacy]] and new one came same
        afternoon. If [[name:Daniel]] have a seizure in the pool we have no rescue medicine. Also I find in the
        {{MAR}} that nobody was checking expiry dates in the grab bag because it is not in the weekly audit. Now
        it is in the audit. [[name:Daniel]] was a bit sad about swimming but we went next day. His mum
        [[name:Comfort]] was informed by phone.
    """)),
    ("social_care", "success", P("""
        Early help closing summary - worker: [[name:Layla Hassan]], [[organisation:Brent Early Help Hub]].
        Family: mum [[name:Faadumo Ali]], children [[name:Ifrah]] ([[age:11]]), [[name:Abdullahi]] ([[age:8]])
        and [[name:Hamza]] ([[age:4]]). Referral from [[organisation:Kingsbury High School]] in January because
        [[name:Ifrah]]'s attendance was 62% and she was often late. Using {{Signs of Safety}} mapping we found
        [[name:Ifrah]] was doing the school run for her brothers because mum had started night shifts as a
        cleaner. We held a {{Team Around the Family}} meeting with the school, the nursery and a Somali family
        support worker. [[name:Abdullahi]] got a breakfast club place, [[name:Faadumo]] changed shift pattern
        with help from {{Citizens Advice}} and the family now gets the correct childcare element.
        [[name:Ifrah]]'s attendance is 96% this half term and she has joined the netball team. Closed to early
        help [[date:21/03/2025]] with family agreement.
    """)),
    ("social_care", "near_miss", P("""
        Near miss - leaving care. Personal adviser [[name:Shanice Thompson]] was told by
        [[name:Andrei Munteanu]] ([[age:18]]) on [[date:Wednesday 9 October]] that he had a notice from his
        landlord. He rents [[address:Room 4, 112 Romford Road]], [[postcode:E7 9HY]], Forest Gate. His housing
        element had stopped because DWP held his NI number as [[ni_number:PW 48 19 27 B]] when the correct one is
        [[ni_number:PW 48 19 72 B]] - a digit swap when his {{Pathway Plan}} data was transferred.
        {{Grace period}} for the arrears was ending on [[date:the 18th]]. [[name:Shanice]] took [[name:Andrei]]
        to the Jobcentre, got it corrected and the backdated payment covered the arrears, so he was not evicted.
        Learning: PAs now check NI numbers against the HMRC letter rather than the case record, and care leavers
        get their {{Council Tax}} exemption letter at the same time.
    """)),
    ("social_care", "success", P("""
        Practice example - mental capacity. Mrs [[name:Hortense Gayle]], [[age:93]], born
        [[date_of_birth:30 June 1931]], lives at [[address:Ivy Cottage, 4 Lawrie Park Road]], Sydenham. After a
        fall the hospital wanted her to go to a care home and her son [[name:Clive]] agreed. Her daughter
        [[name:Beverley Gayle-Morris]], who holds health and welfare {{LPA}}, disagreed. Social worker
        [[name:Kalpana Rao]] did a {{Mental Capacity Act}} assessment at home, not on the ward, at 11am when Mrs
        [[name:Gayle]] is most alert, with her hearing aids in and her pastor present for support. She was able
        to understand and weigh the risk of falling and said clearly 'I was born in Kingston and I will die in
        my own bed.' She had capacity for this decision. A package of care with a pendant alarm was set up. Six
        months on she remains at home. Learning: the time and place of an assessment matter.
    """)),
    ("social_care", "near_miss", P("""
        Near miss - information governance. Customer [[name:Stanisław Zieliński]] ('[[name:Stan]]', [[age:79]])
        of [[address:41 Downhills Park Road]], [[postcode:N17 6PB]] was discharged to the {{reablement}} team on
        [[date:Tuesday 2nd]]. Coordinator [[name:Nadia Haddad]] posted his address and key safe code in the team
        WhatsApp group so the morning carers could get in. The group still included a former agency worker who
        left in the summer. Senior [[name:Will Osei]] spotted this at 07:50, deleted the message and asked
        [[name:Stan]]'s son [[name:Tomek]] to change the code the same morning. No unauthorised entry happened.
        Learning: key safe codes are only shared through the secure rota app; WhatsApp groups will be audited
        monthly and leavers removed by the coordinator. [[name:Will]] has written a one-page guide for the team.
    """)),
    ("social_care", "near_miss", E("""
        case note [[date:04/06/2024]] - unannounced hv, [[name:kayleigh]] & bby [[name:ruby-mae]]
        present: [[name:kayleigh]], [[name:ruby-mae]] ([[age:7]] months), [[name:kayleigh]]'s nan [[name:pat]]
        addr: [[address:flat 2, 88 evelyn st]], [[postcode:SE8 5DD]]

        [[name:k]] said [[name:dean]] has not been round since the {{MARAC}}. nan said same. whilst in kitchen i
        heard someone upstairs, [[name:k]] said it was the neighbours. asked to look round as per written
        agreement - found [[name:dean]] in back bedroom. he was calm, left when asked. [[name:ruby-mae]] clean,
        fed, gd attachment observed.
        discussed w/ TM [[name:Sandra]] same day - no immediate safety issue but agreement broken,
        {{Child Protection Plan}} review brought forward, police DV unit informed
        (ref [[case_reference:CAD 5502/04JUN]]).
        reflection: i nearly left without checking upstairs, [[name:k]] was very convincing. always check the
        whole house.
        [[name:aminata]] (sw)
    """)),
    ("social_care", "incident", P("""
        Statement - [[name:Agnieszka Wróbel]], senior carer, [[organisation:Rosebank Nursing Home]], Thornton
        Heath. [[date:Monday 20 January 2025]], morning shift. When I help Mrs [[name:Violet Ashworth]]
        ([[age:90]], room 11) with wash, I see four round bruises on her left upper arm like fingers, and one on
        right wrist. She has {{dementia}} and she say 'the tall one was rough'. On the night shift was agency
        carer [[name:Kevin]] and our carer [[name:Florin]]. I did {{body map}} and photos, informed nurse in
        charge [[name:Jennifer Ogundipe]] who call the GP and safeguarding team. Manager Mr [[name:Patel]] sent
        {{CQC}} notification and [[name:Kevin]] is not booked again until the enquiry is finish. Mrs
        [[name:Ashworth]]'s son [[name:Graham]] was told by phone same day. I feel bad because on Sunday I notice
        she was afraid of personal care but I think she was just tired.
    """)),
    ("social_care", "success", P("""
        Good practice - {{contextual safeguarding}}, Tower Hamlets. [[name:Mohammed Ahmed]], known as
        [[name:Mo]], [[age:16]], was arrested in Norfolk in [[date:August 2023]] in a flat with class A drugs and
        cash. Rather than treating him only as an offender, YJS worker [[name:Craig Pennant]] and social worker
        [[name:Nusrat Jahan]] made an {{NRM}} referral, which led to a positive conclusive grounds decision in
        [[date:February 2024]]. They worked with [[organisation:Bow School]] to get [[name:Mo]] a managed move
        and with the youth service on the estate where he was groomed. His mum [[name:Rehana]] was supported to
        report the adults involved. The CPS discontinued the charge after the {{section 45}} defence was
        accepted. [[name:Mo]] is now on a college plumbing course and has had no further missing episodes.
        Learning: early NRM referral changed the outcome for this child.
    """)),
    # ------------------------------------------------------------------ aviation (10)
    ("aviation", "incident", P("""
        Ground occurrence report - Heathrow T5, [[date:14/08/2024]] 06:52L. Tug driver [[name:Harjit Sandhu]]
        (staff no. [[case_reference:HAL204417]]) was repositioning ground power vehicle
        [[vehicle_registration:LK68 XWP]] behind the stand when its rear corner contacted the left
        {{winglet}} of A320 [[aircraft_registration:G-EUYR]], operating [[flight_number:BA1432]] to Edinburgh.
        Dispatcher [[name:Ciarán Doyle]] heard the impact and stopped boarding. Engineering found a 6cm dent;
        aircraft declared AOG and [[flight_number:BA1432]] cancelled, 148 pax reaccommodated. Contributing
        factors: headset briefing at shift start was rushed, the stand had not been re-marked with the
        wingtip clearance line after resurfacing, and the {{wing walker}} role was not allocated. An {{MOR}} has
        been submitted to the CAA. [[name:Harjit]] was breath tested (negative) per policy and is being
        supported by his team leader [[name:Ola]].
    """)),
    ("aviation", "success", P("""
        Cabin Safety Report - [[flight_number:EZY8452]] LGW-FAO, [[date:30 July 2024]], aircraft
        [[aircraft_registration:G-UZHF]]. About 1h20 into the flight the passenger in 14C,
        [[name:Ama Owusu]] ([[age:34]]), developed lip swelling and wheeze after eating a snack bought on board
        that contained peanut. Her own {{adrenaline auto-injector}} was in the hold. CM2 [[name:Beatriz Lopes]]
        made a PA for medical help; a GP, Dr [[name:Rajesh Iyer]], came forward and confirmed {{anaphylaxis}}.
        We used the adrenaline from the doctor's kit under his direction and contacted {{MedLink}} via the flight
        deck. Captain [[name:Mahmood]] considered diversion but [[name:Ama]] improved within 15 minutes and
        MedLink advised continuing. Paramedics met the aircraft at Faro. Crew debrief: quick teamwork, good use
        of the doctor; recommend a PA reminding allergy passengers to keep auto-injectors in the cabin.
        Written by [[name:Hollie Brandon]], CM1.
    """)),
    ("aviation", "near_miss", P("""
        Near miss - London City, stand 21, [[date:17.01.25]]. [[flight_number:BA8731]] ({{E190}}
        [[aircraft_registration:G-LCYN]]) was being refuelled while passengers were boarding. The refueller,
        [[name:Lee Dawkins]], had not been told that pax were boarding because the
        {{refuelling with passengers on board}} notification to the flight deck and cabin crew was never made;
        the turnaround coordinator [[name:Róisín]] was covering two departures. SCCM [[name:Adebola]] noticed the
        bowser connected as the forward door opened, stopped boarding, asked the flight deck to confirm the fire
        service notification and made sure the rear door and {{escape slide}} area were clear. Refuelling
        resumed after 6 minutes with the correct procedure. Departure delayed 9 min, no harm. Action: the fuel
        order form now has a mandatory 'pax on board Y/N' box; [[name:Lee]] and [[name:Róisín]] both fed back
        that they felt rushed on the 20-minute turn.
    """)),
    ("aviation", "incident", E("""
        From: [[name:Tiago Almeida]] <[[email:tiago.almeida84@gmail.com]]>
        Sent: [[date:05 September 2024]] 21:14
        To: PRM Complaints Gatwick
        Subject: My father left on the plane - [[flight_number:TP1336]]

        Dear Sir/Madam,

        My father [[name:Francisco Almeida]] ([[age:81]], uses a wheelchair, cannot do the aircraft steps) flew
        [[flight_number:TP1336]] from Lisbon on [[date:3rd September]]. Assistance was booked as {{WCHC}} 48
        hours before. He was left on the aircraft for 55 minutes after all passengers left, the cabin crew had
        to wait with him. Nobody told me at arrivals, I was calling from my mobile [[phone:07700 900905]] and
        nobody answered at the assistance desk. He missed his insulin time and was very distressed.

        Please explain what happened.
        [[name:Tiago Almeida]]

        Internal note (PRM duty manager [[name:Kerry Walsh]]): ref [[case_reference:PRM-GTW-77316]].
        {{Ambulift}} allocated to another stand due to 3 simultaneous WCHC requests and one unit out of
        service. Assistance agent [[name:Yaw]] arrived 14:52. Apology and goodwill letter sent to
        Mr [[name:Almeida]]. Fleet availability raised with ops.
    """)),
    ("aviation", "incident", P("""
        Disruptive passenger report - [[flight_number:BA2667]] Antalya to Gatwick, [[date:Sat 22 June 2024]],
        aircraft [[aircraft_registration:G-GATP]]. Passenger [[name:Craig Dunmore]], seat 22D, boarded smelling
        of alcohol and was drinking from his own duty-free bottle. When CM3 [[name:Yetunde Alabi]] removed the
        bottle he shouted abuse and pushed her into the {{galley}} cart. SCCM [[name:Marco Ventura]] issued the
        {{Level 2}} verbal warning and the written warning card; the Captain was informed and requested police
        on arrival. After a second outburst, crew and two passengers applied the {{restraint kit}} as trained.
        He was met by Sussex Police on stand; crime ref [[case_reference:47240118830]]. [[name:Yetunde]] had
        bruising to her hip and was stood down for the next sector. Learning: gate staff had noted he was
        intoxicated but did not pass it to the crew. Report by [[name:Marco]].
    """)),
    ("aviation", "success", P("""
        Safety recognition - Heathrow T3 ramp, [[date:Tuesday 11th March]]. During the pre-departure
        {{FOD walk}} on stand 318, ramp agent [[name:Bartosz Kamiński]] found a 10cm bolt with washer about a
        metre in front of the No.2 engine of {{B787-9}} [[aircraft_registration:G-VNEW]], due out as
        [[flight_number:VS025]]. He stopped the pushback, informed the dispatcher [[name:Amara Conteh]] and
        tagged the item. Engineer [[name:Amit Chauhan]] traced it to a panel on a ground power unit, not the
        aircraft, so the flight left only 7 minutes late. Ingestion of a bolt at take-off power could have
        caused damage running into millions. [[name:Bartosz]] has been nominated for the monthly safety award
        and the GPU has been withdrawn for inspection (asset [[case_reference:GPU-0718]]). Learning: FOD walks
        must include the area under and around GSE, not only the aircraft footprint.
    """)),
    ("aviation", "near_miss", E("""
        Load discrepancy report
        Flight: [[flight_number:U2 8157]] LGW-BCN   Date: [[date:02AUG24]]   A/C: [[aircraft_registration:G-EZOR]]
        Load controller: [[name:Femi Adebayo-Smith]]
        Ramp lead: [[name:Gary Nolan]] ('[[name:Gaz]]')

        During the final {{loadsheet}} check the captain, [[name:Helena Sørensen]], queried why the ramp
        had reported hold 4 closed with 1,240kg when the {{LIR}} planned 640kg. A recount found the team had
        loaded 22 bags from the late check-in trolley into hold 4 instead of hold 1. Bags moved, new
        loadsheet issued, {{trim}} within limits. Delay 14 min. No consequence, but if undetected the CG
        could have been near the aft limit.
        Contributing: 2 new ramp staff, handheld scanner down so bags not scanned into position.
        [[name:Gaz]] has briefed his team; we now require a verbal hold count readback to the load controller.
    """)),
    ("aviation", "success", P("""
        Unaccompanied minor handover - [[flight_number:BA078]] Accra to Heathrow, [[date:21/12/2024]].
        [[name:Keziah Mensah-Boateng]], [[age:9]], travelled as a UM in the care of CM
        [[name:Sinéad Gallagher]]. On arrival at T5 the adult waiting to collect her was her grandmother, Mrs
        [[name:Comfort Boateng]], but the UM form named her aunt [[name:Abena]]. [[name:Sinéad]] did not release
        [[name:Keziah]] and took her to the UM lounge with ground UM agent [[name:Rahul Menon]], who phoned the
        mother in Accra on the number on the form, [[phone:+233 24 412 5567]], confirmed by video call that Mrs
        [[name:Boateng]] was the intended adult and got an e-mailed authorisation. [[name:Keziah]] was handed
        over 40 minutes later, happy and with a colouring book. Good practice: strict adherence to the
        {{UM procedure}} even under pressure from family in a full arrivals hall.
    """)),
    ("aviation", "near_miss", E("""
        From: [[name:Wojciech Lis]] <[[email:w.lis@lcy-groundops.co.uk]]>
        Date: [[date:08 Feb 2025]] 07:58
        To: Station Safety; [[name:Ben Achterberg]]
        Subject: De-icing holdover exceeded - [[flight_number:LX457]]

        [[name:Ben]],

        Heads-up ahead of the safety meeting. This morning [[flight_number:LX457]]
        ([[aircraft_registration:HB-JCK]]) was de-iced on stand 7 with {{Type II fluid}} at 06:41. Start-up
        was held by a late catering truck and the aircraft only taxied at 07:09. In light snow the
        {{holdover time}} was about 20 minutes, so it was exceeded. Our de-icing operator [[name:Dumitru]]
        noticed the aircraft still on stand, radioed ops and the crew, who had not been passed the fluid
        start time. They returned for a second treatment; no take-off attempted.
        Ask: fluid start time to go on the de-icing card AND be read back by the flight deck.

        Regards
        [[name:Wojciech]]
        Duty Ops Manager | [[phone:020 3203 2111]]
    """)),
    ("aviation", "incident", P("""
        Accident report (RIDDOR-reportable) - T2 ramp, [[date:Wednesday 6th November 2024]]. Baggage handler
        [[name:Sandeep Gill]], staff no. [[case_reference:SW-55817]], trapped his right hand between a bag and
        the side rail of a {{belt loader}} while loading the rear hold of A321 [[aircraft_registration:EI-LRA]],
        [[flight_number:EI 159]] to Dublin. The emergency stop on that side was not working; his colleague
        [[name:Adrian Pop]] had to walk round to the other stop. [[name:Sandeep]] was taken by team leader
        [[name:Bill Chambers]] in the airside van [[vehicle_registration:YK21 FNX]] to the medical centre and
        then to [[organisation:Hillingdon Hospital]]; he has two fractured fingers and will be off work for at
        least six weeks. The loader had a defect card raised on [[date:2 Nov]] but was not quarantined.
        {{RIDDOR}} report submitted. Learning: defective GSE must be tagged out and removed from service at
        once, whatever the repair bill; [[name:Bill]] has started a daily check of emergency stops.
    """)),
]


def main() -> None:
    records = build_records("blind22", REPORTS)
    write_records(OUT, records)


if __name__ == "__main__":
    main()
