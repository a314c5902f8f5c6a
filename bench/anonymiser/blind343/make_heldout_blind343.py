"""Held-out blind corpus 343: 50 invented UK incident, near-miss and learning reports.

Written blind (without sight of the de-identifier or any other corpus) to measure how well
de-identification generalises. Three settings, all people, organisations, places and numbers
invented:

* social_care (17): a children's residential home for teenagers with complex trauma
  (de-escalation, key work, staff team, education, police call-outs);
* health (17): a hyperacute stroke unit (thrombolysis, swallow screens, CT, rehabilitation,
  families);
* aviation (16): a long-haul airline's cabin crew base (pursers, crew rest, medical events,
  disruptive passengers, galley safety).

Styles are deliberately mixed: rushed lower-case notes with typos, formal narratives,
chronologies, forms with Name/DOB/Ref/Address fields, e-mails with headers and signatures,
chat exports with handles, handover notes, minutes with attendance lists, tables, RT
transcripts, shout-outs and thank-you notes. Identifiers are marked `[[label:value]]` and
must-not-redact mentions `{{term}}` (see markup.py).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from markup import block, build_records, write_records  # noqa: E402
from markup import flow as prose  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "corpus" / "heldout_blind343.jsonl"

REPORTS = [
    # ------------------------------------------------------------------ social care
    ("social_care", "incident", prose("""
        nite shift [[date:14/3]] - [[name:kayden]] kicked off abt 2330 after phone taken off him
        per {{care plan}}. punched door in {{the lounge}}, glass cracked. me n [[name:tomasz]]
        tried {{PACE}} / low voice, gave him space, he threw a mug at [[name:tomasz]] missed.
        didnt use {{Team Teach}} hold as no immediate risk. rang {{on call}} ([[name:Dawn H]])
        who said ring {{101}} if he leaves. he went out 2350 via fire door, back 0040 by himself
        smelling of weed. no injuries, {{body map}} done nothing new. need {{maintenance}} for
        the glass asap, log no [[case_reference:LH/0314/07]]. [[name:kayden]] ok this am, said
        sorry to [[name:tomasz]] at brekkie. pls can day staff chase {{key worker}} re phone
        plan - [[name:sunny]]
        """)),
    ("social_care", "incident", prose("""
        At approximately 21:40 on [[date:Saturday 9 March]], [[name:Tiana-Rose Whitlock]]
        ([[age:15]]) did not return to [[organisation:Larkfield House]] from an agreed hour of
        free time in town. In line with the {{missing from care}} protocol and the
        {{Philomena Protocol}} profile held on file, the {{shift lead}},
        [[name:Bartosz Kowalczyk]], searched the local area and rang her mobile several times.
        She was reported missing to [[organisation:Westshire Police]] at 22:30 (log
        [[case_reference:WP-0903-1147]]) and the {{Emergency Duty Team}} was informed. Officers
        located [[name:Tiana-Rose]] at 01:15 in a car with two adult males near the retail park;
        the vehicle ([[vehicle_registration:WK19 HXT]]) has been passed to the {{CSE}} team. She
        was returned by police and was tearful but unhurt. Her {{social worker}},
        Ms [[name:Okonjo]], has been emailed and a {{return home interview}} requested.
        A {{strategy meeting}} is to be convened via {{MASH}}.
        """)),
    ("social_care", "success", block("""
        [Teams - [[organisation:Larkfield]] staff chat]
        [09:12] [[name:Hope Mwangi]]: massive shout out to @[[name:Bill Prentice]] for last night
        [09:13] [[name:Hope Mwangi]]: [[name:J]] was escalating for nearly 2 hrs and [[name:Bill]]
        stayed calm, used the {{PACE}} stuff from {{training}}, sat on {{the stairs}} with him &
        talked about football
        [09:15] [[name:Bill Prentice]]: ah thanks hun, team effort, [[name:Rose]] did all the {{obs}}
        and the {{log}}
        [09:16] [[name:Rose Aluko]]: lol I just made the toast
        [09:18] [[name:Hope Mwangi]]: no {{restraint}}, no {{police}}, he went to bed at 1am and
        was up for {{school}} today. thats huge for him
        [09:20] [[name:Grace]] ({{RM}}): Brilliant. Putting it in the {{Reg 45}} review as good
        practice. Well done all
        """)),
    ("social_care", "near_miss", block("""
        MEDICATION NEAR MISS - RECORD FORM
        Young person: [[name:Jaylen Okonkwo-Reid]]
        DOB: [[date_of_birth:02/11/2009]]
        LA ref: [[case_reference:EBC-CS-448213]]
        NHS no: [[nhs_number:448 778 6770]]
        Placement address: [[address:Larkfield House, 14 Heron Lane, Eastmoor]], [[postcode:EM4 7QL]]
        GP: [[organisation:Millbrook Surgery]]
        Date of event: [[date:21/03/2024]]
        What happened: {{PRN}} {{melatonin}} was signed out at 21:00 by [[name:M. Farouk]] but
        not given as [[name:Jaylen]] was in the shower. At 22:10 a second staff member
        ([[name:Chiamaka]]) went to give it, saw the {{MAR}} signature and checked before
        administering. Only one dose given.
        Action: {{MAR}} to be signed only after the dose is taken. Raised at
        {{team meeting}}. {{Pharmacy}} informed.
        Reported by: [[name:Ewa Zielińska]], {{deputy manager}}
        """)),
    ("social_care", "near_miss", block("""
        From: [[name:Grace Obi]] <[[email:grace.obi@brightwatercare.co.uk]]>
        To: {{Transport}}; {{Education Lead}}
        Cc: [[name:Faith Adeyemi]]
        Sent: [[date:Tue 26/03/2024]] 16:02
        Subject: Near miss - taxi left without escort

        Hi both,

        This morning the {{taxi}} booked for [[name:Leo]] to [[organisation:The Forge Learning Centre]]
        set off before his {{escort}} was in the car. The driver (firm [[organisation:Swiftline Cars]],
        reg [[vehicle_registration:EY21 KPD]]) was stopped at the gate by [[name:Faith]].
        [[name:Leo]] is not allowed unescorted travel per his {{risk assessment}} after the
        {{exploitation}} concerns in January.

        Could we re-brief the firm please and add the escort name to every booking.

        Thanks,
        [[name:Grace]]
        --
        [[name:Grace Obi]] | {{Registered Manager}}
        [[organisation:Larkfield House]] | [[organisation:Brightwater Care Group]]
        T: [[phone:01632 960418]]
        """)),
    ("social_care", "incident", block("""
        POST-INCIDENT DEBRIEF - MINUTES
        Date: [[date:4 April 2024]]
        Present: [[name:Grace Obi]] ({{RM}}), [[name:Sunny Bhatti]], [[name:Tomasz Nowak]],
        [[name:Precious Dlamini]], [[name:Will Tranter]]
        Apologies: [[name:Hope Mwangi]] (annual leave), [[name:Dawn Harcourt]]

        1. Incident summary - [[name:K]] ([[age:16]]) assaulted [[name:Will]] in the kitchen on
        {{Tuesday}} evening after being told he could not go out. Two-person {{Team Teach}}
        {{seated hold}} used for approx 3 mins. {{Police}} called on {{999}}; incident no
        [[case_reference:WP-0204-0533]].
        2. Staff wellbeing - [[name:Will]] bruised forearm, seen at {{minor injuries}}. Offered
        {{EAP}} and time off.
        3. Learning - kitchen is a flashpoint; knives locked but mugs/pans accessible. Agree to
        use the {{sensory room}} for difficult conversations.
        4. Notifications - {{Reg 40}} to {{Ofsted}} sent; {{IRO}} and {{social worker}} informed.
        Actions: [[name:PD]] to update {{behaviour support plan}} by Friday.
        """)),
    ("social_care", "near_miss", block("""
        [[[date:11/04/2024]], 19:47] [[name:Precious]]: guys who was last in {{the office}}??
        [[[date:11/04/2024]], 19:47] [[name:Precious]]: the {{sharps box}} key was in the door
        [[[date:11/04/2024]], 19:48] [[name:Mark B]]: omg me sorry
        [[[date:11/04/2024]], 19:48] [[name:Mark B]]: was doing the {{COSHH}} check
        [[[date:11/04/2024]], 19:49] [[name:Precious]]: [[name:Amber]] was right outside in {{the hall}}.
        nothing missing i counted, {{razors}} + {{scissors}} all there
        [[[date:11/04/2024]], 19:50] [[name:Joy Okoro]]: pls put it on the system as {{near miss}},
        no blame, good spot [[name:P]]
        [[[date:11/04/2024]], 19:52] [[name:Mark B]]: will do now x
        """)),
    ("social_care", "incident", block("""
        HANDOVER - nights to days - [[date:Fri 19th]]
        Rm 1 [[name:Jaylen]] - settled, asleep by 23:00. {{school}} today, uniform on radiator.
        Rm 2 [[name:Amber]] - ** SEE LOG ** at 02:15 found with ligature (phone charger cable)
        in bathroom. Removed by [[name:Sunny]] straight away, no marks on neck, obs fine.
        {{Ambulance}} not needed per {{111}} advice. Now on {{15 min obs}} until reviewed.
        {{CAMHS}} crisis line rang 02:40, {{duty worker}} [[name:Ife]] said bring to
        [[organisation:Eastmoor Child & Family Clinic]] if repeated. All cables removed from room.
        Rm 3 [[name:Dominik]] - came in 00:30 after {{curfew}}, no issues.
        Rm 4 empty.
        Please: ring [[name:Amber]]'s {{social worker}} (Ms [[name:Ferreira]]) first thing,
        {{LA}} ref [[case_reference:EBC-CS-551902]].
        """)),
    ("social_care", "success", block("""
        EDUCATION UPDATE - {{Spring term}} (for {{Reg 44}} visitor)

        Young person | Setting | Attendance | Note
        --- | --- | --- | ---
        [[name:Jaylen]] | [[organisation:Kingsmere Academy]] | 94% | back in {{Year 10}} maths set
        [[name:Amber]] | [[organisation:The Forge Learning Centre]] | 81% | up from 40% in Autumn
        [[name:Dominik Wróbel]] | {{tuition}} at home | 100% | 10 hrs/wk, {{EHCP}} review due
        [[name:Tiana-Rose]] | [[organisation:Kingsmere Academy]] | 67% | part-time timetable

        [[name:Amber]] doubling her attendance is the big win this term. Her {{key worker}}
        [[name:Faith]] and the {{virtual school}} {{PEP}} worked out a later start and a quiet
        room, and she has now sat two {{GCSE}} mocks. Shared with her {{IRO}} as good practice.
        """)),
    ("social_care", "incident", prose("""
        Chronology, [[date:Sunday 28 April]]. 18:05 [[name:Dominik]] returned from family
        contact at his nan's, visibly agitated. 18:20 refused tea, began kicking the wall in the
        hallway; [[name:Precious]] and [[name:Sunny]] used distraction and offered the garden.
        18:34 [[name:Dominik]] picked up a chair and threw it, striking [[name:Sunny]] on the
        shoulder. 18:36 other young people moved to the upstairs lounge by [[name:Joy]].
        18:40 {{999}} called as he was trying to break the office window with a fire
        extinguisher. 18:52 two officers from [[organisation:Westshire Police]] arrived
        (incident [[case_reference:WP-2804-0781]]); he calmed on seeing them and sat in the
        porch. No arrest, {{Community Resolution}} discussed. 19:30 {{on-call manager}}
        [[name:Dawn Harcourt]] attended. 20:15 [[name:Dominik]] apologised and ate. {{Body map}}
        nil. [[name:Sunny]] declined hospital, ice pack applied. {{Reg 40}} notification to be
        made to {{Ofsted}}.
        """)),
    ("social_care", "near_miss", prose("""
        driving [[name:amber]] n [[name:jaylen]] back from bowling in the home car
        ([[vehicle_registration:YD70 GZR]]) approx 8pm, [[name:amber]] took her seatbelt off at
        the lights on the ring road and tried the back door handle - {{child locks}} were ON so
        door didnt open. pulled over safely in the bus bay, talked to her for 10 mins, she
        said she wanted to get out bc [[name:jaylen]] was winding her up abt her mum. sat him in
        front after. no harm but could of been v bad if locks off. we shud check {{child locks}}
        every trip on the {{vehicle checklist}} and plan seating before {{outings}}. told {{shift lead}}.
        [[name:pat]] (relief staff)
        """)),
    ("social_care", "success", block("""
        Dear [[name:Rhiannon]],

        I wanted to say thank you for being my {{key worker}} for the last two years. When I came
        to [[organisation:Larkfield]] I didnt talk to anyone and I used to run off every night.
        You never gave up on me even when I said horrible stuff. Thank you for teaching me to
        cook spag bol and for coming to my {{court}} thing and to my {{LAC review}}. I am going to
        [[organisation:Eastmoor College]] in September to do {{Level 2}} hair and beauty.

        I will miss you and [[name:Chiamaka]] and even Mr [[name:Bhatti]]'s jokes.

        love [[name:Kiera]] xx

        ({{RM}} note: shared with permission at {{team meeting}}, {{leaving care}} plan in place)
        """)),
    ("social_care", "near_miss", prose("""
        On [[date:2 May 2024]] an email containing the {{placement plan}} and {{risk assessment}}
        for [[name:Jaylen Okonkwo-Reid]] ({{LA}} reference [[case_reference:EBC-CS-448213]]) was
        about to be sent to the {{SENCo}} at [[organisation:Kingsmere Academy]]. The address
        auto-filled to [[email:j.morrow@kingsmere-academy.org.uk]], a class teacher, instead of
        [[email:j.morrow-sen@kingsmere-academy.org.uk]]. [[name:Kwabena Asante]], {{senior
        residential worker}}, noticed the wrong name in the header before pressing send.
        No data left the organisation. This would have been a {{data breach}} reportable to the
        {{DPO}} and possibly the {{ICO}}. Learning: disable auto-complete on shared accounts,
        use {{secure email}} for {{personal data}}, and double-check recipients. Shared with the
        {{GDPR}} lead at [[organisation:Brightwater Care Group]].
        """)),
    ("social_care", "incident", block("""
        #larkfield-safeguarding (Slack export)
        [[name:joy.okoro]]  10:41  found a 2nd phone in [[name:T-R]]'s room when doing laundry,
        hidden in a sock. not one we know about. lots of msgs from a contact saved as
        "Uncle [[name:Dee]]"
        [[name:grace.obi]]  10:44  ok don't go through it any further. bag it, note the time, put
        it in the office safe. I'll ring {{MASH}} + her {{SW}}
        [[name:joy.okoro]]  10:45  done. she's at {{school}} til 3
        [[name:kwabena.a]]  10:52  fyi "Uncle [[name:Dee]]" matches the name in the {{CSE}} intel
        from March. car was [[vehicle_registration:WK19 HXT]] that night
        [[name:grace.obi]]  11:20  {{MASH}} ref [[case_reference:MASH-24-06612]]. police want the
        phone, officer [[name:Hollis]] collecting 2pm. plan for when she gets back: {{key worker}}
        chat, not a telling-off. {{DSL}} at school informed
        [[name:joy.okoro]]  11:21  👍
        """)),
    ("social_care", "success", prose("""
        Learning from good practice. On the evening of [[date:16 May]] [[name:Kayden Marsh]]
        ([[age:aged 15]]) received news that his {{special guardianship}} application by his aunt
        had been refused. Previously news like this has led to property damage and {{police}}
        call-outs. This time his {{key worker}}, [[name:Oluwaseun Adebayo-Cole]] ("[[name:Shaun]]"
        to the boys), had been told by the {{social worker}} an hour beforehand and planned
        with the team. [[name:Shaun]] told him in the car, away from other young people, then
        took him to the gym he likes. Staff reduced demands for the evening and [[name:Kayden]]
        chose to phone his aunt with [[name:Shaun]] sitting beside him. There was no incident,
        no {{PRN}}, and no missing episode. The {{Reg 44}} visitor, Mrs [[name:Leclerc]], has
        asked for this to be written up for the provider's {{practice forum}}. Key ingredients:
        advance warning, {{trauma-informed}} planning, the right adult, and a safe space.
        """)),
    ("social_care", "near_miss", prose("""
        lighter found in [[name:dominik]]s jacket pocket when hanging it up 21:00 [[date:22/5]].
        {{fire door}} on his landing was wedged open with a sock. {{smoke detector}} in his room
        tested ok. he said he was going to smoke out the window not start anything. no previous
        {{fire setting}} but hes got {{ADHD}} and impulsive. lighter confiscated + logged, told
        {{on call}}. should we do room searches on return from {{home leave}}? pls discuss at
        {{team mtg}}. fire door reported to [[name:Mo]] in {{maintenance}}. - [[name:ewa]]
        """)),
    ("social_care", "incident", prose("""
        Allegation against a member of staff. On [[date:30 May 2024]] at 16:20, [[name:Amber]]
        ([[age:14]]) told {{agency}} worker [[name:Faith Mensah-Boateng]] that a male member of
        night staff had grabbed her wrist "hard" during an incident two nights earlier. The
        disclosure was recorded verbatim and passed to the {{Registered Manager}}. The staff
        member concerned, [[name:D.R.]], has been asked not to work pending the outcome. A
        referral was made to the {{LADO}} at [[organisation:Eastmoor Borough Council]] (ref
        [[case_reference:LADO/24/0391]]) on the same afternoon and {{Ofsted}} notified under
        {{Regulation 40}}. [[name:Amber]] has been offered a body map and a visit from her
        {{independent advocate}}; she accepted the advocate. CCTV from the hallway has been
        preserved. Note: the incident log for that night records a {{guide}} to the bedroom,
        not a {{hold}}. Outcome awaited.
        """)),
    # ------------------------------------------------------------------ health
    ("health", "incident", prose("""
        {{FAST}} +ve pre-alert rec'd 1412, pt arrived 1431. {{CT}} scanner 1 down AGAIN (3rd time
        this month) so had to wait for scanner 2 which was tied up w/ a trauma from {{ED}}.
        {{CT head}} + {{CTA}} 1458, no bleed, {{LVO}} not seen. {{alteplase}} bolus 1521 so
        {{door-to-needle}} 50 min, over our 45 min local target. pt mr [[name:wojcik]] hosp no
        [[case_reference:NGH4471093]], {{NIHSS}} 11 on arrival 6 at 24h so ok outcome but the
        delay is a system issue. pls escalate to {{radiology}} mgr re scanner 1. wife
        [[name:Jadwiga]] v upset waiting in corridor, no one updated her for 40 min - my bad, we
        were all in {{CT}}. - [[name:aarav r]] ({{StR}})
        """)),
    ("health", "incident", prose("""
        On [[date:7 February 2024]] Mrs [[name:Doreen Ashworth]] ([[age:81]]) was admitted to
        [[organisation:Harrington Ward]] with a left {{MCA}} {{infarct}}. Her {{swallow screen}}
        had not been completed because she was drowsy on arrival, and the bedside sign read
        "{{NBM}}". At approximately 15:30 a visiting relative asked a {{healthcare assistant}}
        whether she could have a cup of tea; the HCA, who was covering from another ward and had
        not received a handover, gave her tea with a spout beaker. Mrs [[name:Ashworth]] coughed
        repeatedly. {{Staff Nurse}} [[name:Grace Fairweather]] stopped the drink, sat her upright
        and requested a medical review. She developed {{aspiration pneumonia}} and was treated
        with {{co-amoxiclav}}. {{Datix}} [[case_reference:W-118204]]. Learning: {{NBM}} status
        to be on the {{safety huddle}} board and in the handover given to all bank and
        borrowed staff; {{SALT}} to deliver a ten-minute teach on {{dysphagia}} at {{huddle}}.
        """)),
    ("health", "near_miss", block("""
        Timeline - thrombolysis dose near miss - [[date:Sat 24/02]]
        22:05  Pt ([[name:Thanh Nguyen]], [[age:67]]) arrives via {{ambulance}}, {{NIHSS}} 8
        22:11  Weight estimated by crew as 95 kg and written on {{ED}} card
        22:19  {{CT}} - no haemorrhage
        22:24  {{alteplase}} prescribed by {{registrar}} at 0.9 mg/kg using 95 kg = 85.5 mg
        22:27  Second checker [[name:Joy Mensah]] ({{Band 6}}) queries weight - pt is slight;
               son [[name:Minh]] says he is "about 72 kilos"
        22:29  Pt weighed on {{hoist scale}}: 71.6 kg
        22:31  Dose re-prescribed: 64.4 mg. Bolus given 22:33
        Outcome: no harm. Would have been ~21 mg overdose with raised {{bleeding}} risk.
        Learning: weigh on the {{CT}} trolley or {{hoist scale}} where possible; estimated
        weights to be flagged in red on the {{thrombolysis proforma}}.
        Hosp no [[case_reference:NGH5093318]]
        """)),
    ("health", "success", block("""
        From: Dr [[name:Ngozi Okafor]] <[[email:ngozi.okafor@northgate-gh.nhs.uk]]>
        To: {{HASU}} nursing team; {{ED}} {{majors}}; {{Radiology}}
        Date: [[date:12 March 2024]]
        Subject: 18 minutes!

        Dear all,

        Last night we achieved our fastest ever {{door-to-needle}} time: 18 minutes, for a
        [[age:54-year-old]] gentleman who arrived with {{aphasia}} and a dense right
        {{hemiparesis}}. {{Paramedic}} pre-alert, direct to {{CT}} on the {{ambulance}} trolley,
        {{tenecteplase}} given in the scanner. He is talking this morning.

        Special thanks to [[name:Sunny Oyelaran]] (stroke nurse), [[name:Patrick]] in {{CT}},
        and [[name:Hope]] on {{ED}} triage who spotted it before the pre-alert came through.

        This is what {{SSNAP}} cannot capture - well done.

        [[name:Ngozi]]
        ---
        Dr [[name:Ngozi Okafor]] | {{Consultant Stroke Physician}}
        [[organisation:Northgate General Hospital]] | [[phone:01632 960233]] | bleep 208
        """)),
    ("health", "incident", block("""
        INCIDENT FORM - INPATIENT FALL
        Patient name: [[name:William Tennant]] (known as "[[name:Bill]]")
        DOB: [[date_of_birth:19/08/1946]]
        NHS number: [[nhs_number:580 872 5704]]
        Hospital no: [[case_reference:NGH2208761]]
        Address: [[address:7 Quarry Bank Road, Fellside]], [[postcode:FL3 9DW]]
        NOK: daughter [[name:Faith Tennant]], [[phone:07700 900461]]
        Location: [[organisation:Harrington Ward]], {{Bay C}} bed 4
        Date/time: [[date:03/04/2024]] 02:50
        Description: Found on floor beside bed by {{HCA}}. Has right {{MCA}} stroke with left
        {{neglect}} and {{impulsivity}}; had tried to walk to the toilet. {{Sensor mat}} was in
        place but not plugged in after bed wash. Small laceration to left eyebrow. On
        {{apixaban}} so {{CT head}} within 8 hrs per {{NICE}} head injury guidance - done
        05:10, no bleed. Daughter informed 07:00.
        Harm: low. {{Duty of Candour}} conversation completed by {{ward manager}}.
        Reported by: {{SN}} [[name:Kofi Boateng]]
        """)),
    ("health", "near_miss", block("""
        Teams chat: HASU nurses
        [[name:Precious Nwachukwu]] 10:02  can someone check the {{CT perfusion}} request for
        Mr [[name:Patel]] in bay 2? {{Radiology}} ringing saying he's not on the list
        [[name:Arjun Mehta]] 10:03  which Mr [[name:Patel]] lol we've got two
        [[name:Precious Nwachukwu]] 10:04  [[name:Ramesh]], bay 2
        [[name:Arjun Mehta]] 10:06  request went in under [[name:Pravin Patel]] (bay 5) hosp no
        [[case_reference:NGH3370125]] 😬 [[name:Pravin]] is the one going home tomorrow
        [[name:Liesel Baumgartner]] 10:09  my fault, picked him from the list by surname. cancelled
        + re-requested under [[case_reference:NGH3391842]]. {{porter}} had been booked for bay 5,
        stopped now
        [[name:Precious Nwachukwu]] 10:10  ty. putting {{name alert}} stickers on both boards
        and doing a {{Datix}}. pls everyone use {{hospital number}} + DOB on requests
        """)),
    ("health", "near_miss", block("""
        {{HASU}} handover 07:30 [[date:Weds 17 April]] - {{SBAR}}
        Bed 3 - Mr [[name:Hamid Rahimi]], [[age:72]], left {{basal ganglia}} {{ICH}}, admitted
        overnight. On {{apixaban}} for {{AF}} at home, {{andexanet}} given in {{ED}}.
        !! {{apixaban}} had been transcribed onto the new {{drug chart}} by {{FY1}} at 03:00
        from the {{GP}} list - spotted by pharmacist [[name:Bill Okeke]] at 07:10, before the
        08:00 dose. Crossed off, {{FY1}} aware, {{Datix}} done. Target {{SBP}} under 140, on
        {{GTN}} infusion, neuro obs hourly, {{GCS}} 14.
        Bed 4 - Mrs [[name:Lloyd-Pryce]], passed {{swallow screen}} yesterday, {{IDDSI}} level 7
        diet, {{OT}} today.
        Bed 5 - side room, ?{{TIA}}, {{MRI}} booked.
        Handed over by [[name:Eilidh]] to [[name:Kofi]]
        """)),
    ("health", "success", block("""
        HASU LEARNING FROM EXCELLENCE - MINUTES
        Date: [[date:25 April 2024]], {{Seminar Room 2}}
        Present: Dr [[name:N. Okafor]] (chair), Sister [[name:Eilidh MacLeod]],
        [[name:Ioana Popescu]] ({{SALT}}), [[name:Saoirse Ní Bhriain]] ({{OT}}),
        Rev [[name:Ade Ogunleye]] ({{chaplaincy}})
        Apologies: [[name:Dagny Halvorsen]] ({{physio}}), [[name:JM]]

        1. Case review. A [[age:91-year-old]] woman with a large {{TACI}} moved to
        {{end of life care}} on day 2. Staff nurse [[name:Faith Ogunbiyi]] held a family
        meeting within 24 hours, completed the {{ReSPECT}} form with them, and arranged for
        the patient's dog to visit in the side room.
        2. What made it work: early {{palliative care team}} input, the same nurse for three
        shifts, and open visiting.
        3. The family's letter was read out. [[name:Eilidh]] thanked [[name:Faith]] on behalf
        of the unit.
        Actions: [[name:SNB]] to add the case to {{preceptorship}} teaching.
        """)),
    ("health", "incident", block("""
        Post-thrombolysis obs, bed 6, [[date:02/05/24]]
        Time  | BP      | HR | NIHSS | Initials
        16:00 | 178/96  | 88 | 4     | [[name:RK]]
        16:15 | 186/101 | 90 | 4     | [[name:RK]]
        16:30 | 192/104 | 92 | 5     | [[name:RK]]
        16:45 | -       | -  | -     | not done
        17:15 | 201/108 | 95 | 9     | [[name:LM]]

        BP above the 180/105 threshold from 16:15 was not escalated. [[name:RK]] was covering
        two thrombolysed patients after a sickness gap. At 17:15 [[name:LM]] found the patient
        more drowsy and escalated; {{labetalol}} given, repeat {{CT}} showed a
        {{symptomatic ICH}}. {{Alteplase}} had finished at 15:42. {{Datix}}
        [[case_reference:W-119377]]. Learning: 1:1 nursing for the first 2 hours after
        {{thrombolysis}} and {{BP}} escalation built into the {{e-obs}} system.
        """)),
    ("health", "success", block("""
        To all the nurses on [[organisation:Harrington Ward]],

        Especially [[name:Joy]] and [[name:Pat]] on nights - thank you for looking after {{Dad}}
        ([[name:Len]]) after his stroke. When he couldn't get his words out [[name:Joy]] made
        him a picture board and sat with him until he could tell her he was in pain.
        [[name:Pat]] made him laugh every night. Today he walked to the car with his frame.

        With love from the [[name:Abernethy]] family - [[name:Mark]], [[name:Rose]] and the
        grandchildren

        P.S. [[name:Pat]] - he still wants your flapjack recipe!
        """)),
    ("health", "near_miss", block("""
        [[[date:09/05/2024]], 20:01] Dr [[name:Raghu]]: who has the {{stroke phone}}?? {{ED}} say
        they've rung it 4 times with a pre-alert
        [[[date:09/05/2024]], 20:02] [[name:Kofi B]]: not me, day {{reg}} had it
        [[[date:09/05/2024]], 20:03] [[name:Summer]]: it's in the {{doctors' office}} on charge,
        on silent 🙈 got it now
        [[[date:09/05/2024]], 20:04] [[name:Summer]]: {{FAST}} +ve, [[age:47]] F, onset 19:30,
        ETA 10 min
        [[[date:09/05/2024]], 20:05] Dr [[name:Raghu]]: on my way to {{Resus}}
        [[[date:09/05/2024]], 20:31] Dr [[name:Raghu]]: {{thrombolysed}} 20:29, so we only lost
        ~8 min but could have been much worse. can we make the phone a face-to-face handover
        at 20:00 with the {{bleep}} + sign the sheet
        [[[date:09/05/2024]], 20:33] Sister [[name:MacLeod]]: agreed, I'll put it on the
        {{handover}} checklist tomorrow
        """)),
    ("health", "incident", prose("""
        Delayed transfer for {{mechanical thrombectomy}}. On [[date:14 May 2024]] a
        [[age:62-year-old]] man (hospital number [[case_reference:NGH4120557]]) was found to
        have a left {{M1}} occlusion on {{CT angiography}} at 11:52. The {{neuroradiology}}
        team at [[organisation:Queen Adelaide Hospital]] accepted him at 12:05. A
        {{category 2}} {{ambulance}} was requested from [[organisation:Westshire Ambulance Service]]
        at 12:08 but no crew was available; the request was upgraded after a call from the
        {{stroke consultant}} at 12:55 and the patient left at 13:31. {{Door-in-door-out}} time
        was 142 minutes against a target of 60. On arrival at the {{angio suite}}, the
        {{infarct}} core had grown and thrombectomy was not attempted. The patient has a
        {{modified Rankin}} score of 4 at discharge. Reference [[case_reference:W-119802]].
        Learning: a direct line to the ambulance {{clinical hub}} for inter-hospital
        thrombectomy transfers, and escalation at 15 minutes rather than 45.
        """)),
    ("health", "near_miss", prose("""
        nearly started feed on bed 2 (mr [[name:sandoval-ruiz]], [[name:ernest]]) - {{NG tube}}
        was put in by {{FY2}} at 1700, pt coughed it half out at 1900 per {{HCA}}. i went to hang the
        {{Nutrison}} at 2000 and the {{pH}} wasnt documented since re-taping. aspirated, {{pH}}
        6.5 so didnt feed, {{CXR}} requested, tube was in {{oesophagus}}. replaced + {{CXR}}
        confirmed 2250. no harm. {{NPSA}} alert says check position b4 EVERY feed/meds. pls can
        we have more {{pH}} strips on the trolley we ran out - [[name:dk]]
        """)),
    ("health", "success", prose("""
        SHOUT-OUT to the therapy team on [[organisation:Harrington Ward]]! Mr
        [[name:Mehmet Yıldız]] ([[age:58]]) came to us six weeks ago with a dense right
        {{hemiparesis}}, {{dysphasia}} and a failed {{swallow screen}}. [[name:Ioana]]
        ({{SALT}}) took him from {{NBM}} with an {{NG tube}} to a normal diet;
        [[name:Saoirse]] ({{OT}}) did his kitchen assessment and sorted a {{perching stool}};
        [[name:Dagny]] and [[name:Grace-Ann]] ({{physio}}) had him walking the corridor with a
        {{quad stick}} by week four. Yesterday he walked out to his son's car and his wife
        [[name:Ayşe]] brought in baklava for the whole {{MDT}}. He said "thank you" in English
        and in Turkish. This is what {{early supported discharge}} and {{goal setting}} look
        like when everyone pulls together. Nominated for the [[organisation:Northgate
        Hospitals NHS Trust]] {{Star Award}}. - [[name:Eilidh]], {{Ward Sister}}
        """)),
    ("health", "incident", prose("""
        Mr [[name:Constantin Dumitrescu]] ([[age:76]]), whose first language is Romanian, was
        admitted on [[date:20 May 2024]] with left-sided weakness. During the
        {{thrombolysis}} consent discussion in {{Resus}} no professional interpreter was
        booked; his grandson [[name:Luca]] ([[age:aged 13]]) interpreted. The {{registrar}}
        documented "risks explained via family". On the ward the next day, using a
        {{telephone interpreter}}, Mr [[name:Dumitrescu]] said he had not understood that the
        treatment could cause bleeding in the brain and would have wanted to discuss it with
        his wife. He did not suffer a haemorrhage. Using a child to interpret clinical risk is
        contrary to {{Trust policy}} and raises {{safeguarding}} concerns for [[name:Luca]],
        who was visibly distressed. Hospital number [[case_reference:NGH5528140]],
        {{Datix}} [[case_reference:W-120316]]. Actions: {{video interpreting}} tablet for
        {{Resus}}; interpreter prompt added to the {{thrombolysis proforma}}; apology given by
        Dr [[name:Okafor]].
        """)),
    ("health", "near_miss", block("""
        NEAR MISS - PATIENT IDENTIFICATION
        Date: [[date:23/05/2024]] Time: 18:10  Area: {{HASU}} bay B
        Patient: Mrs [[name:Dorothy Pryce]], DOB [[date_of_birth:12/06/1941]],
        NHS [[nhs_number:124 311 6536]]
        What happened: Pt transferred from {{ED}} with no {{ID band}} (cut off for a
        {{cannula}}). {{SN}} [[name:Amber Kaur]] went to give {{aspirin}} 300 mg, prescribed
        for Mrs [[name:Dorothy Pearce]] in bed 9. Pt answered to "[[name:Dorothy]]" but when
        asked her DOB said "[[date_of_birth:1939]]". [[name:Amber]] stopped and checked - Mrs
        [[name:Pryce]] has a {{haemorrhagic stroke}}, {{aspirin}} contraindicated.
        Immediate action: ID band applied, both charts checked, {{nurse in charge}} informed.
        Contributing: two patients with same first name, {{ED}} transfer checklist not done.
        Reported by: [[name:A. Kaur]]
        """)),
    ("health", "incident", block("""
        From: [[name:Blessing Chikwanha]] <[[email:manager@willowbankcare.co.uk]]>
        To: [[email:harrington.ward@northgate-gh.nhs.uk]]
        Date: [[date:29 May 2024]] 09:14
        Subject: Discharge of Mrs [[name:Iris Penhaligon]] - no swallowing information

        Dear {{Ward Manager}},

        Mrs [[name:Penhaligon]] ([[age:88]]) came back to us at 19:40 last night. The
        {{discharge letter}} says "normal diet". Her son [[name:Will]] later showed us the
        {{SALT}} sheet he was given, which says {{IDDSI}} level 5 {{minced and moist}} with
        level 2 {{mildly thick}} fluids. Before we saw it, a carer gave her a sandwich and
        she choked. Staff did {{back blows}} and called {{999}}; {{paramedics}} found her
        chest clear.

        Please can this be investigated. We need {{SALT}} recommendations in the
        {{discharge summary}}, not just handed to relatives.

        Kind regards,
        [[name:Blessing Chikwanha]]
        {{Registered Manager}}, [[organisation:Willowbank Care Home]]
        [[address:22 Ashgrove Terrace, Fellside]] [[postcode:FL3 2NB]] | [[phone:01632 960771]]
        """)),
    # ------------------------------------------------------------------ aviation
    ("aviation", "incident", prose("""
        [[flight_number:HY117]] [[date:2/6]] [[aircraft_registration:G-HYLA]] - rear galley,
        {{boiler}} tap spat when i was filling the teapot in moderate chop (seatbelt sign was ON,
        we should of stopped the {{service}} tbh). scald to left wrist approx 3cm. {{burns kit}}
        + cool running water 20 mins in the lav. {{purser}} [[name:kemi]] informed, she told
        the {{captain}}. boiler tap also loose, written up in {{tech log}} ref
        [[case_reference:TL-44821]] and {{INOP}} placard on. didnt go to {{crew rest}} as
        planned bc arm was stinging. saw {{crew doctor}} at base on return, ok to operate next
        {{trip}}. wrote the {{ASR}}. [[name:kemi]] was great. - [[name:jess p]] ({{CSA}})
        """)),
    ("aviation", "incident", prose("""
        On [[date:8 June 2024]], on [[flight_number:HY0231]] ({{Boeing 787-9}},
        [[aircraft_registration:G-HYKE]]), a male passenger in {{seat 34K}} became verbally
        abusive after being refused further alcohol approximately four hours into the flight.
        The {{Cabin Service Director}}, [[name:Marta Grzelak]], issued a verbal warning and then
        a written {{Level 2}} warning card. The passenger then pushed crew member
        [[name:Obinna Eze]] against a galley stowage and attempted to open the {{overhead bin}}
        of another passenger. Captain [[name:Ravi Chaudhary]] authorised use of the
        {{restraint kit}}; three crew and an off-duty {{police officer}} restrained him in
        {{seat 34K}} for the remaining two hours. {{Airport police}} met the aircraft on stand.
        The passenger, [[name:Gareth Lyle-Ennis]] (booking [[case_reference:QX7T2M]]), was
        arrested. [[name:Obinna]] sustained a bruised shoulder. {{MOR}} submitted to the
        {{CAA}}; company reference [[case_reference:ASR-24-11873]].
        """)),
    ("aviation", "incident", block("""
        MEDICAL EVENT CHRONOLOGY - [[flight_number:HY0452]] {{A350-1000}}
        [[aircraft_registration:G-HYMB]] - [[date:11 Jun 24]] (times UTC)
        03:12  Pax [[age:63]] M collapsed in lav queue, {{zone D}}. Crew [[name:Sunny Achterberg]]
               found no breathing, {{PA}} for medical help, {{CPR}} started
        03:14  {{AED}} attached by [[name:Leilani]] - shockable rhythm, 1 shock
        03:15  Dr [[name:Annika Lindqvist]] (off-duty {{GP}}) takes over; {{EMK}} opened
        03:19  {{ROSC}}. Oxygen via {{therapeutic oxygen}} bottle
        03:22  {{Purser}} [[name:Tendai Moyo]] briefs {{flight deck}}; {{captain}} contacts
               [[organisation:Aeromedic Assist]] via {{satcom}}
        03:31  Decision to divert to nearest suitable airport
        05:04  Landed, {{paramedics}} met aircraft, pax conscious and talking
        Crew offered {{peer support}} on arrival. Dr [[name:Lindqvist]] thanked in writing.
        Ref [[case_reference:MED-24-0688]]
        """)),
    ("aviation", "near_miss", block("""
        {{INTERPHONE}} / {{RT}} TRANSCRIPT (from {{CVR}} summary and crew statements)
        [[date:15/06/2024]], [[flight_number:HY417]], [[aircraft_registration:G-HYRN]]
        {{CSD}} ([[name:Marta]]): {{Flight deck}}, it's {{1L}}, we've got smoke from oven three in the
        forward galley. Power's off, {{CB}} pulled, [[name:Dev]] is standing by with the
        {{BCF}}.
        {{CAPT}}: Copy. Is it still smoking?
        {{CSD}}: Reducing now. Smells of burnt plastic - there was a foil tray lid in it.
        {{CAPT}}: Keep me posted every two minutes. {{First officer}}, prep for a {{PAN}}.
        {{FO}}: {{Oceanic Control}}, [[flight_number:Halcyon 417]], we have smoke in the cabin from
        a galley oven, currently being dealt with, may require descent.
        {{ATC}}: [[flight_number:Halcyon 417]], roger, report intentions.
        {{CSD}} (4 min later): Smoke's cleared, no heat from the panel, {{oven}} isolated.
        {{FO}}: [[flight_number:Halcyon 417]], situation resolved, continuing to destination.
        Outcome: no diversion. Oven {{INOP}}. Packaging in ovens briefed on {{ASR}}.
        """)),
    ("aviation", "success", block("""
        From: [[name:Siobhan Kerrigan]] <[[email:s.kerrigan@halcyonairways.co.uk]]>
        To: [[name:Tendai Moyo]]
        Cc: {{Base Manager}}; {{Cabin Safety}}
        Subject: [[flight_number:HY0452]] - thank you

        Hi [[name:Tendai]],

        I have read the {{ASR}} and the statements from your crew about the cardiac arrest on
        [[date:11 June]]. From the moment [[name:Sunny]] found him to {{ROSC}} took seven
        minutes, and the passenger is now out of {{ICU}}. Your brief to the
        {{flight deck}} was textbook, and you still found time to sit with his wife.

        I'd like to use this event (anonymised) in the next {{SEP}} recurrent training.
        Please take the {{peer support}} offer seriously for you and the team.

        Many thanks,
        [[name:Siobhan]]

        [[name:Siobhan Kerrigan]]
        {{Cabin Crew Manager}} | [[organisation:Halcyon Airways]]
        M: [[phone:07700 900238]]
        """)),
    ("aviation", "near_miss", block("""
        CABIN SAFETY REPORT - NEAR MISS
        Reporter: [[name:Grace Nakamura-Wells]]
        Position: {{R3}}
        Flight: [[flight_number:HY0089]]   Reg: [[aircraft_registration:G-HYLA]]
        Date: [[date:18/06/2024]]   Phase: {{cruise}}
        Description: During the second service a full {{bar cart}} was left in the aisle at
        row 41 with the {{brake}} off while crew went to the galley for ice. Light chop began
        and the cart rolled forward about one metre, stopping against the {{armrest}} of an
        aisle seat where a [[age:6-year-old]] child had just stood up. [[name:Will]], the
        {{CSA}} at {{R4}}, grabbed it. No injury.
        Cause: the red pedal was not fully engaged; the cart's brake is stiff.
        Actions: cart tagged, {{engineering}} informed; reminder on "{{pedal down}}" every
        stop in next {{crew notice}}.
        """)),
    ("aviation", "near_miss", block("""
        WhatsApp - "[[flight_number:HY0120]] crew 🌴"
        [[[date:21/06/2024]], 02:47] [[name:Priya]]: anyone else in {{bunk 4}} hear the
        {{chime}} before the bumps?? i didnt hear a thing
        [[[date:21/06/2024]], 02:49] [[name:Joao Ferraz]]: no!! i woke up when my head hit the
        ceiling panel 😳 {{seatbelt sign}} was on for 5 min apparently
        [[[date:21/06/2024]], 02:50] [[name:Hope]] ({{Purser}}): {{flight deck}} called the
        {{crew rest}} 3x, the {{interphone}} light flashes but no sound. my fault for not
        sending someone up
        [[[date:21/06/2024]], 02:52] [[name:Joao Ferraz]]: all good, no injury, just a bump.
        but if it was severe we'd have been floating
        [[[date:21/06/2024]], 02:55] [[name:Hope]] ({{Purser}}): writing the {{ASR}} now +
        {{tech log}} for the chime on [[aircraft_registration:G-HYMB]]. on landing pls all
        check you had {{lap belts}} on in the bunks
        [[[date:21/06/2024]], 02:56] [[name:Priya]]: 👍🏽
        """)),
    ("aviation", "success", block("""
        BASE CABIN SAFETY ACTION GROUP - MINUTES
        Date: [[date:26 June 2024]]
        Attendance: [[name:Siobhan Kerrigan]] (chair), [[name:Tendai Moyo]], [[name:Marta Grzelak]],
        [[name:Faith Osei-Bonsu]] ({{union rep}}), [[name:Yuki Tanabe]] ({{SEP}} trainer)
        Apologies: [[name:Ravi Chaudhary]] ({{flight ops}}), [[name:KL]]

        1. Good catches this month
        - [[name:Grace Nakamura-Wells]]'s {{bar cart}} report led to 14 carts with stiff
          brakes being found fleet-wide. Engineering fix agreed.
        - Galley oven smoke on [[flight_number:HY417]]: [[name:Marta]]'s crew followed the
          {{firefighting}} drill exactly. Shared in the {{crew notice}}.
        2. {{Crew rest}} chime fault - {{SB}} raised with the manufacturer, interim check added
          to the {{pre-flight}} checklist.
        3. Reporting culture: {{ASR}} numbers up 22% since the {{just culture}} roadshow.
        AOB: [[name:Faith]] asked that thanks go to all crew who reported near misses.
        Next meeting: [[date:24 July]]
        """)),
    ("aviation", "incident", block("""
        GALLEY INJURIES - Q2 SUMMARY (base)
        Date  | Flight | Reg    | Crew            | Injury
        [[date:02/06]] | [[flight_number:HY117]]  | [[aircraft_registration:G-HYLA]] | [[name:J. Pearson]]      | scald, wrist
        [[date:13/06]] | [[flight_number:HY0305]] | [[aircraft_registration:G-HYKE]] | [[name:Bilal Qureshi]]   | cut finger, {{ice drawer}}
        [[date:19/06]] | [[flight_number:HY0088]] | [[aircraft_registration:G-HYRN]] | [[name:Amber-Lee Scott]] | back strain, {{atlas box}}
        [[date:27/06]] | [[flight_number:HY0120]] | [[aircraft_registration:G-HYMB]] | [[name:Wiremu Tane]]     | trapped hand, {{trolley}}

        Three of four happened during {{turbulence}} or with the {{seatbelt sign}} on.
        The {{boiler}} on [[aircraft_registration:G-HYLA]] has now been replaced. Proposal for
        the next {{SEP}} refresher: "stop the service" scenario and manual handling of heavy
        {{atlas boxes}} in the {{galley}}.
        """)),
    ("aviation", "success", prose("""
        Customer letter forwarded to base, [[date:3 July 2024]]. "I am writing to thank a
        member of your crew on [[flight_number:HY0088]] on [[date:19 June]]. My mother, who is
        [[age:84]] and has {{dementia}}, was travelling with me to see my brother. About three
        hours in she became very frightened and tried to get out of her seat. A young lady
        called [[name:Faith]] knelt in the aisle and held her hand, found out she used to be a
        seamstress and brought her a blanket to fold and refold. She came back every half hour
        and even asked the {{captain}} to say hello over the {{PA}} when we crossed the coast.
        [[name:Faith]] did not make us feel like a nuisance. Please tell her {{Mum}} still talks
        about 'the lovely girl on the plane'. Yours sincerely, [[name:Roisin O'Dowd]],
        [[address:4 Tanner's Row, Kilbride Green]], [[postcode:KB7 4HU]]." {{Crew Manager}}
        note: [[name:Faith Osei-Bonsu]] nominated for a {{Crew Star}} card; {{Hidden
        Disabilities Sunflower}} lanyard awareness to go in the next {{CRM}} day.
        """)),
    ("aviation", "incident", block("""
        #base-duty-managers (Slack)
        [[name:tanabe.y]]  [[date:07/07]] 13:02  heads up [[flight_number:HY0305]] boarding at gate,
        {{CSD}} reports pax 52A slurring, bottle of {{duty free}} vodka half gone in his bag
        [[name:mo.hussain]]  13:04  has {{ground staff}} seen him? {{offload}}?
        [[name:tanabe.y]]  13:06  {{dispatcher}} says he was ok at the gate 🙄 doors close 13:20
        [[name:mo.hussain]]  13:07  {{CSD}}'s call with the {{captain}}. {{Company policy}} is
        offload if in doubt
        [[name:tanabe.y]]  13:15  offloaded. he swore at [[name:Bilal]] on the jet bridge and
        threw the bottle, glass everywhere, [[name:Bilal]] cut his hand clearing it up
        [[name:mo.hussain]]  13:16  ugh. {{first aid}} + {{ASR}} pls. police?
        [[name:tanabe.y]]  13:22  {{airport police}} attended, log [[case_reference:APD-0707-2291]].
        {{bags offloaded}}, departure 38 min late, [[aircraft_registration:G-HYKE]]
        [[name:mo.hussain]]  13:24  thx [[name:Yuki]]. flag to {{security}} re gate screening
        """)),
    ("aviation", "success", block("""
        SECTOR HANDOVER - outbound {{CSD}} to inbound {{CSD}}
        Flight [[flight_number:HY0214]] / [[aircraft_registration:G-HYRN]] - [[date:Thu 11 July]]
        {{Cabin}}: all {{EMK}} seals intact, {{AED}} checked, 1x {{FAK}} used (plasters).
        {{Galley}}: {{oven 3}} still {{INOP}} (same defect, carried forward).
        Pax: one couple in row 22 argued loudly after dinner and the husband started
        shouting at the crew. Our newest crew member, [[name:Sunny]] (on her 3rd trip!), used
        the {{LEAP}} approach - listened, moved him to a spare seat in {{zone E}} to cool off,
        offered water and got a calm apology. No warning card needed. Please pass on to base,
        she was brilliant and I'd like it in her {{probation}} file.
        Crew rest: all breaks taken. [[name:Wiremu]] feeling unwell on sector 1, improved.
        Handed over by [[name:T.M.]] to [[name:Bongani]]
        """)),
    ("aviation", "near_miss", prose("""
        On [[date:14 July 2024]], after arrival on stand with [[flight_number:HY0552]]
        ({{A350-1000}}, [[aircraft_registration:G-HYPA]]), {{door 2L}} was opened from outside by
        the {{dispatcher}} after the {{interphone}} "disarm doors and cross-check" command had
        been given. The {{slide}} did not deploy because the crew member at 2L,
        [[name:Daniel Achebe]], had disarmed the door. However, his cross-check partner at
        {{2R}} had signalled "cross-checked" without looking at 2L because she was dealing with
        a passenger's bag in the aisle. A post-flight check showed the {{door mode}} indicator
        correct, but had [[name:Daniel]] missed the step, the slide would have deployed onto
        the {{jet bridge}} with ground staff in the doorway. Learning: the {{cross-check}} is
        a physical look at the {{girt bar}}, not a verbal reply. Reported to the {{CAA}} via the
        {{MOR}} scheme, reference [[case_reference:ASR-24-13405]].
        """)),
    ("aviation", "incident", block("""
        Turbulence injury - [[flight_number:HY0620]] - [[aircraft_registration:G-HYLA]]
        - [[date:19/07/24]]
        Crew: [[name:Lucía Romero Vidal]] ({{CSA}}), [[age:29]]
        At 08:46 UTC, during {{breakfast service}}, the aircraft encountered unforecast
        {{clear air turbulence}}. The {{seatbelt sign}} came on at the same moment as the
        drop. [[name:Lucía]] was in the {{aft galley}} and fell against a {{galley unit}},
        injuring her right ankle. {{Purser}} [[name:Kwame Asiedu-Mensah]] and a passenger who
        is a {{physiotherapist}} assessed her, applied an ice pack and strapped the ankle.
        She sat on the {{jump seat}} for the remaining 4 hours. On arrival she was taken to
        hospital and a fracture was confirmed. Two passengers had minor bruising. The
        {{captain}} filed an {{MOR}} ([[case_reference:MOR-24-0917]]). Flight deck say the
        {{PIREP}} from an aircraft ahead came in 3 minutes after the event.
        """)),
    ("aviation", "near_miss", prose("""
        pax in 27C's {{power bank}} started smoking in seat pocket at approx 0315 on
        [[flight_number:HY0305]] [[date:22/7]]. [[name:bilal]] saw it first, i grabbed the
        {{fire extinguisher}} n {{fire containment bag}} from 3L, [[name:amber]] moved pax out
        of rows 26-28. it didnt flame just hissed + smoked. cooled it w water per {{SEP}}
        {{lithium battery}} drill then into the bag in the rear lav. {{flight deck}} informed,
        no diversion needed. smell cleared in 10 min. pax was v apologetic, said the bank was
        cheap off the internet. learning - we were quick but 3L {{FCB}} was behind a
        {{crew bag}} in the stowage, took 30 sec extra to get. pls keep clear!! - [[name:dev]]
        """)),
    ("aviation", "success", prose("""
        Shout-out from the {{ground team}}! On [[date:28 July]] a [[age:9-year-old]] {{UM}}
        travelling on [[flight_number:HY0231]] to meet her dad was inconsolable after her
        tablet broke at {{boarding}}. {{Purser}} [[name:Kemi Adewale-Shaw]] and crew member
        [[name:Rose]] made her an honorary "junior crew" badge, let her help hand out the ice
        creams, and checked on her every 30 minutes. The {{first officer}} came to say hello
        after landing. Her dad, Mr [[name:Ahmadi]], emailed {{Customer Relations}} to say she
        has not stopped talking about it. The {{UM}} procedure was followed perfectly too:
        handover forms signed and ID checked at both ends, and her escort [[name:Ffion]] was
        never more than a row away. Thank you [[name:Kemi]] and [[name:Rose]] - this is the
        care that makes families choose us. - [[name:Chloé]], {{Ground Ops}}
        """)),
]

if __name__ == "__main__":
    write_records(OUT, build_records("blind343", REPORTS))
