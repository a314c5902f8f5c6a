"""Held-out blind corpus 53: reports by internationally recruited and agency staff writing in a second language.

Setting: domiciliary care agencies, nursing homes, hospital wards, children's residential homes
and ground handling / cabin crew at a regional airport in the UK.
Voice: Filipino, Nigerian, Indian, Zimbabwean, Romanian and Brazilian nurses, carers, social
workers, cabin crew and ramp agents: non-native grammar and word order, names surname-first or
in full with middle names, home-culture honorifics (Sir/Ma'am, Aunty, Kuya, Ate, Sister), dates in
many formats (05.03.25, 5th of March, March 18 2025), colleagues from every community.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from markup import block, build_records, write_records  # noqa: E402
from markup import flow as prose  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "corpus" / "heldout_blind53.jsonl"

REPORTS = [
    # ------------------------------------------------------------------ social care (17)
    ("social_care", "incident", prose("""
        Good day. I am writing this report about the service user Mrs [[name:Evelyn Hartley]]
        ([[age:87]] years old) at [[address:14 Clover Lane]], [[postcode:NR3 4HX]]. On
        [[date:05.03.25]] I arrive for the morning call at 7.40 and I find her on the floor of
        kitchen. She say she fall around 6 o'clock. I did not move her, I call {{999}} and I inform
        my coordinator Ma'am [[name:Dela Cruz]] on [[phone:07700 900412]]. My co-carer
        [[name:Santos, Maria Clara]] come at 8.05 for the double up. Ambulance arrive 9.20 only.
        Mrs [[name:Hartley]] was cold but talking and oriented. The {{pendant alarm}} was on the
        table not on her neck. I think this is the third time she is not wearing it. Kindly please
        review the {{care plan}} with the family. Submitted by [[name:Reyes, Jonalyn B.]], Senior
        Carer, [[organisation:Bluebell Home Care Agency]].
    """)),
    ("social_care", "near_miss", prose("""
        On the [[date:12th of April]] at about 22.30 hrs I was doing the night check in
        [[organisation:Ashgrove House]] when I noticed the window restrictor in the room of young
        person [[name:Tyler]] ([[age:15]]) was broken off. [[name:Tyler]] was in bed but his
        trainers was wet and I believe he has been going out. I did not confront him at that time
        as per his {{behaviour support plan}}. I informed the on-call manager Mr
        [[name:Olumide Adeyemi]] and he said to me to do 15 minutes checks through the night.
        Nothing more happen. In the morning [[name:Tyler]] said he went to the park to meet
        "[[name:Dee]]" who is older boy, we don't know his full name. I passed the information to
        his social worker [[name:Bethany Cole]] and to the {{MASH}} as a {{missing from care}} near
        miss. Maintenance to fix restrictor today. Written by [[name:Chukwuemeka Obi]]
        ([[name:Emeka]]), Residential Support Worker.
    """)),
    ("social_care", "success", prose("""
        I want to share good practice please. Service user Mr [[name:Ronald Pike]], DOB
        [[date_of_birth:14/09/1938]], was refusing his {{Amlodipine}} for two days. Me and my
        colleague Aunty [[name:Precious Moyo]] sat with him and we found out the tablets was too
        big for him to swallow since his stroke, he was ashamed to tell. We phoned his GP at
        [[organisation:Millbrook Surgery]] on [[phone:01632 960218]] and the pharmacist change it
        to {{oral solution}}. Now he take it every day with no problem and his BP is better. His
        daughter [[name:Janet]] was very happy and she sent thank you card to the office. Small
        thing but we listen to him. – [[name:Tendai Chirwa]], Care Worker
    """)),
    ("social_care", "incident", block("""
        INCIDENT FORM – [[organisation:Larchfield Children's Home]]
        Date: [[date:03/02/2025]]   Time: 16:45
        Staff completing: [[name:Ionescu Andreea-Maria]]
        Young person: [[name:Kayden Brooks-Whyte]] (DOB [[date_of_birth:21.11.2011]])
        Ref: [[case_reference:LCH-IR-0217]]

        What happened: [[name:Kayden]] return from school very angry, he throw his bag at the TV and
        it broke. He said a boy in his class [[name:Reece]] posted picture of him on {{Snapchat}}
        with bad words. I use {{PACE}} approach and give him space in the garden. After 20 minutes
        he come and say sorry to me. No injury to anyone.
        Action: informed Registered Manager [[name:Sandra Whitlock]], informed the school {{DSL}} by
        email [[email:dsl@oakfield-academy.example.org]]. Police not called.
    """)),
    ("social_care", "near_miss", prose("""
        Respected Sir/Ma'am, on 7th March morning call at [[address:Flat 3, Rowan Court]],
        [[postcode:LE2 7PN]] I saw the {{blister pack}} for Mrs [[name:Doreen Mabel Ashworth]] had
        the {{Tuesday}} evening tablets still inside but the {{MAR chart}} was signed by the
        previous carer. I checked the rota and it was [[name:Kaur]] on the evening call. I did not
        give double dose. I phoned the office and spoke with [[name:Rakesh]] from on-call. He told
        me to call {{NHS 111}}, they said no harm and give only today dose. Mrs
        [[name:Ashworth]] was fine, no symptoms. Please do refresher to all staff to sign only
        after giving and not before. Thank you.
        [[name:Harpreet Singh Gill]]
    """).replace("7th March", "[[date:7th March]]")),
    ("social_care", "success", prose("""
        Good news to share with the team. Young person [[name:Jayden]] ([[age:13]]) had his first
        family time with his {{mum}} since the 19 of August. It was supervised at
        [[organisation:Hollybrook Family Centre]]. Before, he was so anxious he was not sleeping,
        every night asking us. Me and his {{key worker}} [[name:Fernanda]] made a {{social story}} with
        photos and we practice the journey on the bus two times. On the day [[name:J]] was calm, he
        gave mum a card he made. Contact supervisor Mr [[name:Adebayo]] said it was the best
        contact so far. I think preparation is the key for our boys. [[name:Lucas Pereira da Silva]],
        Residential Care Worker
    """).replace("the 19 of August", "the [[date:19 of August]]")),
    ("social_care", "incident", prose("""
        I am reporting a concern of financial abuse. Service user: Mr [[name:Albert Fenwick]],
        [[age:91]]. For about three weeks I noticed his neighbour, a man he call "[[name:Gaz]]", is
        coming when I am there and asking Mr [[name:Fenwick]] for his bank card. Today
        [[date:14/04/2025]] I saw the card on the table and a paper with the PIN and also letter
        from {{DWP}} with his National Insurance number [[ni_number:JK 48 21 73 C]] open next to
        it. I took a photo and I informed my manager [[name:Funmilayo Okonkwo-Bello]] by phone. She
        raised a {{safeguarding}} alert to the council, reference
        [[case_reference:ASC-SG-448102]]. Mr [[name:Fenwick]] said [[name:Gaz]] is a good boy
        and he don't want trouble for him. Carer: [[name:Blessing Eze]]
    """)),
    ("social_care", "near_miss", block("""
        Shift log – [[organisation:Wrenfield House]] – Sat [[date:22.03.25]]
        08:00 Meds round. [[name:Chloe-Ann]] (YP1) {{Melatonin}} box found in kitchen drawer not in locked cabinet.
        08:05 Counted: 27 tabs, {{MAR}} say should be 28.
        08:10 Asked [[name:Chloe-Ann]] she say she don't know. Other YP [[name:Mason]] was still asleep.
        08:30 Informed Team Leader Ate [[name:Lorna]].
        08:45 [[name:Lorna Villanueva]] came and check the CCTV. Night staff [[name:D. Mensah]] put it there after late dose and forgot, count was wrong from yesterday.
        09:00 Nobody took extra. Incident logged [[case_reference:WH/MED/25/031]]. GP not needed as per pharmacist advice.
        Signed: [[name:Mylene Bautista Cruz]]
    """)),
    ("social_care", "success", prose("""
        Mrs [[name:Gwendolyn Price]] live alone in [[address:Ty Gwyn, Heol y Felin]],
        [[postcode:CF14 6RJ]], she has {{Alzheimer's}}. On [[date:10 January]] I notice she was not
        eating the meals we leave because she cannot open the microwave door anymore. I speak
        with her son [[name:Gareth]] on the phone [[phone:07700 900587]] and with the
        {{occupational therapist}}. They bring a new microwave with one big button and I put a
        photo sticker. Now she eat hot meal each day and she put weight 2 kg in one month. Small
        thing but big difference. Thank you to the team at [[organisation:CarePlus Cymru]].
        – [[name:Popescu Ana]], carer
    """)),
    ("social_care", "incident", prose("""
        On the [[date:28/01]] at 19:20 young person [[name:Liam O'Sullivan]] ([[age:14]]) try to
        leave the home through the back door with a kitchen knife saying he will hurt
        [[name:Nathan]] from [[organisation:St Bede's RC High School]]. Me and my colleague
        [[name:Farai]] used a {{Team Teach}} two person escort to move him to the lounge, the hold
        was about 3 minutes. [[name:Liam]] calm down and gave the knife to [[name:Farai]]. No
        injury to anybody. Police was informed, ref [[case_reference:CR/0128/2025/7716]]. Manager
        on call Mrs [[name:Hazel Duncan]] attend at 20:10. {{Debrief}} done with [[name:Liam]] next day,
        he said he was upset because of message from his dad. Knives now locked. Written by
        [[name:Tatenda Mukwevho]].
    """)),
    ("social_care", "near_miss", prose("""
        Dear sir, this is near miss for lone working. On [[date:2nd Feb]] my last call was 21:30 at
        [[address:27 Fletcher Street]], [[postcode:BD7 1WE]] for Mr [[name:Dennis Walsh]]. His
        grandson was there, he was drunk and shouting at me and stand in the door so I can't go
        out. I pressed the {{lone worker app}} and [[name:Mohammed Iqbal]] from office phone me
        after 2 minutes, the grandson heard and he moved. I leave safe but I was shaking. Please
        can this call be double up at night, I am very scared to go again. Also I think
        {{Adult Social Care}} should know the grandson is living there now. [[name:Anjali Nair]],
        [[organisation:HomeFirst Care Solutions]]
    """)),
    ("social_care", "incident", block("""
        From: [[name:Chidinma Okafor]] <[[email:c.okafor@brightpath-care.example.org]]>
        To: {{Data Protection Lead}}
        Subject: I sent wrong email – data breach

        Good morning Sir,
        Yesterday [[date:Thursday 6 March]] I send my timesheet and the {{Early Help}} visit notes for
        family [[name:Hollins]] ([[case_reference:EH-20931]]) to a wrong address, I typed
        [[email:m.grant@example.com]] instead of [[email:m.grant@brightpath-care.example.org]]. The notes
        had the children names and my National Insurance number [[ni_number:SH 62 09 51 B]] on the timesheet.
        I noticed after 10 minutes and I ask recall but it did not work. My supervisor
        [[name:Marcus Grant]] was informed. Sorry for this, I will double check {{autofill}}.
        Regards, [[name:Chidinma]]
    """)),
    ("social_care", "success", prose("""
        Reflection for supervision. [[name:Amara]] ([[age:16]]) is in our home for 8 months and she
        don't talk to male staff because of her history. With advice from {{CAMHS}} we let her
        choose which staff for her key work. She chose me and Sister [[name:Grace Oyelaran]]. We
        use {{Signs of Safety}} three houses drawing and she wrote what worry her. For first time
        she agree to the {{Staying Put}} discussion with her IRO Ms [[name:Khadija Rahman]] on
        [[date:04-02-2025]]. She also start college at [[organisation:Westbrook College]]. I am
        proud of her. [[name:Ngozi Umeh]], senior RSW, [[organisation:Cedar Lodge]]
    """)),
    ("social_care", "incident", prose("""
        Morning call [[date:March 22nd]] at Mr [[name:Harold Jeffries]] house, [[address:8 Orchard
        Close]], [[postcode:DN4 5QS]]. When I enter the smell of gas was very strong. Mr
        [[name:Jeffries]] was sitting in chair, he said he try to make tea but the hob did not
        light. I open all windows, I take him outside in wheelchair and I call the gas emergency
        number and then the office. Engineer come after 40 min and cap the hob. Mr
        [[name:Jeffries]] was not hurt but {{confused}}. I think he is not safe with gas anymore,
        please can we ask for {{Telecare}} gas detector. His nephew [[name:Trevor]] not answering
        phone. By: [[name:Alves, Camila Regina]]
    """)),
    ("social_care", "near_miss", prose("""
        Agency worker here from [[organisation:Nexus Staffing]]. I was put on a shift at
        [[organisation:Brambles Children's Home]] on 15.01.2025 but nobody gave me a handover and I
        didn't know that young person [[name:Keeley]] has a {{no contact}} order with her uncle.
        At 17.00 a man came to door and ask for "[[name:Keels]]". I nearly let him in because he
        said he is family. Luckily staff [[name:Oluwaseun]] ("[[name:Seun]]") saw and told me to
        close door. Man left in silver car reg [[vehicle_registration:WR65 KTF]]. We informed
        {{police}} and manager [[name:Dawn]]. Please agency staff must get {{handover sheet}} first.
        [[name:Rajesh Kumar Pillai]]
    """).replace("on 15.01.2025", "on [[date:15.01.2025]]")),
    ("social_care", "success", block("""
        Compliment – recorded by office
        Service user: [[name:Beatrice Nwachukwu-Hall]] ([[case_reference:DOM-3318]])
        Carers: [[name:Ma. Theresa Lim]], [[name:Roxana Stan]]
        Date: [[date:09/12/2024]]

        Daughter [[name:Olivia]] call to say thank you. Her mum [[age:94]] years, had {{Christmas}} party
        at [[organisation:Ivy Court Day Centre]] and carers [[name:Tess]] and [[name:Roxana]] came early
        to help her with hair and her best dress. Mum was so happy. Daughter said "they treat her
        like their own {{Lola}}". Passed to both carers and to Registered Manager.
    """)),
    ("social_care", "incident", prose("""
        Home visit by duty social worker. On [[date:20.02.25]] I visit family [[name:Mwangi]] at
        [[address:Flat 12, Kestrel Tower]], [[postcode:M14 6TR]] after referral from
        [[organisation:Greenbank Primary School]]. Child [[name:Baraka]] ([[age:6]]) had bruise on
        the left cheek. Mother Mrs [[name:Wanjiru Mwangi]] say he fell from the bunk bed. The
        explanation was not consistent with the shape of mark. I discussed with my {{Team
        Manager}} [[name:Siobhan Kelly]] and we held {{Strategy Discussion}} same day with police,
        crime ref [[case_reference:06/77810/25]]. Child protection medical done at 18:00. Case no.
        [[case_reference:CS-2025-11872]]. Written by [[name:Sibanda, Thandiwe N.]], Social Worker
    """)),
    # ------------------------------------------------------------------ health (17)
    ("health", "incident", prose("""
        Patient [[name:WHITMORE, Arthur George]], hosp. no [[case_reference:K2290471]], NHS no.
        [[nhs_number:937 878 5700]], bed 14 [[organisation:Kestrel Ward]]. On [[date:04/03/25]] at
        03:15 I heard noise and found patient on the floor beside the bed, he try to go to toilet
        alone. Bed rails was down because he is not for rails as per assessment. I do {{neuro
        obs}} and {{NEWS2}} was 2, no head injury seen. Dr [[name:Okafor]] ({{SHO}}) reviewed at
        03:50, no need for CT. The falls sensor mat was not plugged, the cable was under the bed.
        I inform NIC Sister [[name:Joy Mensah]]. {{Datix}} [[case_reference:DX-2025-04418]].
        Reported by: [[name:Maricel A. Domingo]], RN
    """)),
    ("health", "near_miss", prose("""
        In [[organisation:Elmhurst Nursing Home]], during the lunchtime round on
        [[date:15-03-2025]], I was about to give {{Lansoprazole}} and {{Donepezil}} to resident in
        room 6 because the photo on the MAR was for Mrs [[name:Iris Fairbrother]] but the lady
        sitting there was Mrs [[name:Beryl Nash]] who moved room yesterday and nobody update the
        photo. Something feel wrong so I asked her name and DOB and she say "[[name:Beryl]]", so I
        stopped. No medicine given wrong. I changed the photos with Deputy Manager
        [[name:Sunita]] the same day. Lesson for me: always ask the name even if you think you know
        the resident. [[name:Deepa Thomas Mathew]], Staff Nurse
    """)),
    ("health", "success", prose("""
        I like to report a good catch. Night of [[date:9th January]], Mr [[name:Kwabena Asante]]
        ([[age:68]]), bay B, day 2 post {{laparotomy}}. His NEWS was 3 only but he was more confused
        and his wife [[name:Efua]] told me "this is not my husband". I escalated to {{Outreach}}
        team and {{Sepsis Six}} was started in 40 minutes. Lactate was 4.1. He went to {{ITU}} and
        now he is back on the ward recovering well. I want to thank the Outreach nurse
        [[name:Ciarán Doherty]] who listen to me and the family. Staff Nurse
        [[name:Adaeze Nwosu]], [[organisation:Osprey Ward]]
    """)),
    ("health", "incident", block("""
        Resident: [[name:Margaret]] "[[name:Peggy]]" [[name:Oldroyd]]   DOB: [[date_of_birth:02/07/1934]]
        NHS No: [[nhs_number:373 322 5856]]
        Home: [[organisation:The Laurels Care Home]], [[address:41 Wetherby Road]], [[postcode:HG2 8LP]]
        Date found: [[date:March 18 2025]]

        When I did personal care I found category 3 pressure damage on her sacrum. She was on 2
        hourly repositioning but the chart had gaps from 02:00 till 08:00. The air mattress pump
        was on wrong setting (100 kg but [[name:Peggy]] is 48 kg). Informed nurse on duty
        [[name:Rutendo]] and the {{District Nurses}}. {{Waterlow}} score updated to 22.
        Safeguarding referral done by manager.
        Reported by [[name:Nyasha Mlambo]], Senior HCA
    """)),
    ("health", "near_miss", prose("""
        On 11.02.2025 I prepare {{Novorapid}} 10 units for patient bed 22, Mr [[name:Hussain,
        Tariq]], but when I check the chart the {{CBG}} was written 7.2. The {{HCA}}
        [[name:Precious]] did it at 12:00 but she did it on the wrong patient, Mr [[name:Hussein]]
        in bed 21, very similar name. I re-check and it was 3.8 mmol. I hold the insulin, give
        {{Lucozade}} and informed {{FY1}} Dr [[name:Patel]]. Please we need name alert sticker for
        similar names in the same bay. [[name:Elena-Cristina Munteanu]], RN,
        [[organisation:Heron Ward]]
    """).replace("On 11.02.2025", "On [[date:11.02.2025]]")),
    ("health", "success", prose("""
        Resident Mr [[name:Stanisław Wójcik]] passed away peacefully on [[date:2 April 2025]] at
        14:10. I want to share because his daughter [[name:Agnieszka]] was abroad and we arrange a
        video call with the iPad so she can say goodbye and pray with him in Polish. Our activity
        coordinator {{Kuya}} [[name:Jun]] (Mr [[name:Junrey Tolentino]]) helped set up the
        connection. {{Anticipatory medicines}} was given on time by Nurse [[name:Rosario]] and he
        was comfortable. The family sent flowers to all of us at [[organisation:Meadowview
        Lodge]]. Written by [[name:Cristina Mae Ocampo]], Senior Carer
    """)),
    ("health", "incident", block("""
        Date: [[date:23/01/2025]]  Time: 10:40  Area: [[organisation:Linnet Ward]]
        Patient: Ms. [[name:Fiona McLeod]]  Hosp no: [[case_reference:RHX0049213]]  NHS: [[nhs_number:932 101 0769]]

        Description: {{Gentamicin}} infusion prescribed over 30 min was running over 3 min, the rate
        was set 1000 ml/hr instead of 100 ml/hr on the {{Alaris}} pump. I noticed when the pump
        alarm finish very quick. Checked with second nurse [[name:Lakshmi]], pt observations
        stable. Informed Dr [[name:Brennan]] and {{Micro}}, level taken. Patient informed by doctor
        ({{Duty of Candour}}).
        Reported by: [[name:Jithin Varghese]], Band 5
    """)),
    ("health", "near_miss", prose("""
        Mr [[name:Hubert Clarke]] in room 11 is on {{IDDSI}} level 4 puree diet after
        {{SALT}} assessment. At tea time on the [[date:27th]] the agency carer [[name:Olamide]] took
        to him a normal sandwich from the trolley because the diet list in the kitchen was old
        version. I saw from the corridor and stopped before he eat. He did not choke. I spoke with
        chef [[name:Gary]] and now the list is updated and has photos. Also I ask
        Aunty [[name:Ngozi]] the unit manager to put the diet on handover sheet for agency.
        [[name:Abimbola Adekunle]], Nurse, [[organisation:Fernbank Nursing Home]]
    """)),
    ("health", "success", prose("""
        Patient Sra. [[name:Maria da Conceição Ferreira]], NHS [[nhs_number:854 306 6220]],
        admitted with chest pain, speak only Portuguese. Her son [[name:Rui]] was translating but
        he was not telling her everything because he want to protect her. I speak Portuguese
        because I am from Brazil so I noticed. I explained to the {{Charge Nurse}} and we booked
        professional telephone interpreter for consent for {{angiogram}}. After that she
        understand and she signed. She said to me "obrigada filho". Good practice: family should
        not interpret for consent. [[name:Thiago Almeida Costa]], RN, [[organisation:Kingfisher
        Ward]], [[date:17/05/2024]]
    """)),
    ("health", "incident", prose("""
        On Sunday [[date:16th of February]] at 15:30 the patient's son, Mr [[name:Darren Pollard]],
        became aggressive in bay 3 because his father was not seen by doctor. He shouted to me
        "go back to your country" and push the drugs trolley to me, it hit my hip. Security officer
        [[name:Joe Briggs]] came and escorted him out. Police attended, crime number
        [[case_reference:14/55021/25]]. I had bruise, seen in {{A&E}}. Nurse in Charge
        [[name:Bongani]] gave me time to rest. I feel very upset, this is second time this month.
        I want support from {{Occupational Health}}. Reported by [[name:Chiedza Mutasa]], RN,
        [[organisation:Wren Ward]]
    """)),
    ("health", "near_miss", prose("""
        Transfer to x-ray on [[date:06/06/25]] with Mrs [[name:Gloria Bamidele]] on 4 L oxygen via
        {{Venturi}} mask. The {{porter}} [[name:Kev]] and me noticed halfway in the corridor the
        cylinder gauge was on red, almost empty. Nobody check before we leave the ward. We went
        quickly to {{Radiology}} and used their wall oxygen, her sats drop to 89% only for short
        time. No harm. I spoke with ward manager about daily cylinder checks and she added to the
        checklist. Lesson: check cylinder before any transfer. [[name:Aquino, Rhea Joy]], Staff
        Nurse
    """)),
    ("health", "success", prose("""
        Hydration project [[organisation:Hillside Manor]]. From [[date:1st Nov]] to
        [[date:31st Jan]] we do "drink rounds" every 2 hours with coloured cups and we use the
        {{Bristol stool chart}} and urine colour chart. UTIs reduce from 9 to 2 and falls also
        reduce. Idea was from our carer [[name:Vineeth]] who saw it in his previous home in Kerala.
        Manager Ms [[name:Bridget O'Hara]] presented to the {{ICB}} quality meeting. I am writing
        this so other homes can copy. [[name:Sebastian, Neethu Mary]], Clinical Lead
    """)),
    ("health", "incident", prose("""
        Mr [[name:Clifford Boateng]], aged [[age:79]], with {{dementia}}, left the ward at about 02:00
        on [[date:3/4/25]] without anybody see. I was alone in bay with 6 patients because the
        other nurse was on break. We searched the hospital and called police at 02:40, we gave his
        {{Herbert Protocol}} form from the family. PC [[name:Hollis]] found him at 03:25 at the
        {{bus station}} in pyjamas, cold but no injury. Police log [[case_reference:LOG-0304-0119]].
        His daughter [[name:Abena]] was very angry and I understand. Please we need door alarm and
        safe staffing at night. [[name:Dumitrescu Ioana]], RN, [[organisation:Plover Ward]]
    """)),
    ("health", "near_miss", prose("""
        Patient Miss [[name:Siobhan Gallagher-Reid]], DOB [[date_of_birth:30.08.1991]], NHS
        [[nhs_number:385 537 3876]], has {{Penicillin}} allergy (anaphylaxis) but her red allergy
        band was missing after she came back from theatre. The drug chart on the ward had
        {{Co-amoxiclav}} prescribed by on-call doctor. Pharmacist [[name:Yusuf]] checked the chart
        on [[date:8th May]] morning and stopped it before first dose. I replaced the band and
        informed the doctor. No harm but could be very serious. By [[name:Oluwakemi Ajayi]], Staff
        Nurse
    """)),
    ("health", "success", prose("""
        Discharge good practice. Patient [[name:WONG Kar Fai]] ([[name:Mr Wong]] in notes), [[age:82]]
        years, lives alone, speak only Cantonese. His daughter [[name:Mei]] works in London. We
        organise {{Discharge to Assess}} and I made a picture sheet for his medicines with the
        pharmacist and the Cantonese words. {{District Nurse}} and carers from
        [[organisation:Sunrise Homecare]] came on same day [[date:21/10/2024]]. He was not
        readmitted after 30 days. Thank you to OT [[name:Fatima Zahra]] and to Sister
        [[name:Joanne Beattie]]. Written by [[name:Priya Menon]], Discharge Coordinator
    """).replace("[[name:Mr Wong]]", "Mr [[name:Wong]]")),
    ("health", "incident", block("""
        CD discrepancy – [[organisation:Oakleigh Park Nursing Home]] – [[date:Feb 19, 2025]]
        At 22:00 CD check with Nurse [[name:Bea]] ([[name:Beatriz Navarro]]) the {{Oramorph}} bottle for
        resident [[name:Edna Parkes]] (room 4) was 38 ml but the {{CD book}} balance say 48 ml.
        Last entry 14:00 signed by agency nurse [[name:T. Adeyemi-Cole]] and witness [[name:R.K.]]
        Checked all the MAR and the bin, not found. Manager Mr [[name:Graham Tully]] informed by phone
        [[phone:07700 900731]], he will contact the agency and the {{CD Accountable Officer}}.
        Resident not in pain, had no extra dose.
        Written by [[name:Jocelyn Pangilinan]]
    """)),
    ("health", "near_miss", block("""
        From: [[name:Sreeja Pillai]] <[[email:sreeja.pillai@nhs.example.net]]>
        To: [[name:Wilson, Karen]] <[[email:karen.wilson4@nhs.example.net]]>
        Sent: [[date:12 March 2025]] 07:52
        Subject: Near miss – group and save sample bed 9

        Dear [[name:Karen]] Ma'am,
        Last night the {{transfusion lab}} rejected the {{group and save}} for bed 9,
        [[name:Pauline Edwards]] ([[case_reference:T4419870]]), because the sample label was for
        [[name:Pauline Edwin]] in bed 10. The HCA printed labels for both together. Lab said the
        blood group was different from history, so it could be {{WBIT}}. New sample taken, no transfusion
        given wrong. Please can we remind all staff: one patient, one label, at bedside.
        Thank you,
        [[name:Sreeja]]
    """)),
    # ------------------------------------------------------------------ aviation (16)
    ("aviation", "incident", prose("""
        On [[date:14.06.24]] on {{stand 5}} the baggage tug with 3 {{dollies}} touched the aft cargo
        door of [[aircraft_registration:G-OLMR]] operating [[flight_number:ZX412]] to Alicante. The
        driver [[name:Catalin Dumitru]] said the sun was in his eyes and he misjudge the turn. I
        was the team leader and I stop the loading and call ramp supervisor Mr
        [[name:Sunday Okoro]] and the engineer [[name:Pritchard]]. There was dent 4 cm on the door
        frame and the {{ATR 72-600}} was taken out of service. Flight delayed 3 hours and
        passengers moved to other aircraft. Driver was breathalysed, negative. Reported by
        [[name:Fernandes, Joseph Anthony]], [[organisation:SkyRamp Handling]]
    """)),
    ("aviation", "near_miss", prose("""
        [[date:April 3rd]], 06:15, {{Dash 8 Q400}} [[aircraft_registration:G-JVKE]] on stand 9. The
        {{anti-collision beacon}} was already on but my colleague [[name:Ayo]] walked towards the
        left propeller to remove the chock. I shouted and pulled his hi-vis. He said he did not see
        beacon because of the rain and his hood. The propeller was starting. Very close, maybe 2
        metres. Captain was informed by headset. Please we need briefing again about prop arc.
        [[name:Fábio Nascimento]], Ramp Agent, [[organisation:Northmoor Airport]]
    """)),
    ("aviation", "success", prose("""
        Medical event on [[flight_number:QV 2291]], [[date:11/08/2024]]. Passenger seat 14C, Mrs
        [[name:Helen Rowbotham]], [[age:72]], became pale and unresponsive 40 minutes after
        departure. Our purser [[name:Pinky]] asked for medical professional and Dr
        [[name:Amaka Eze]] came to help. We gave oxygen and the doctor check her sugar, it was
        low, we gave orange juice and she recovered. Capt. [[name:Rhodri Evans]] decided to
        continue to destination and called {{PAN PAN}} for priority. Paramedics met the aircraft.
        Good teamwork, the {{AED}} was ready but not needed. Written by [[name:Marites L.
        Santiago]], Cabin Crew
    """)),
    ("aviation", "incident", prose("""
        Fuel spill on stand 3 at 11:20 on [[date:09-09-2024]]. During refuelling of
        [[aircraft_registration:G-NMRA]] the hose coupling leak and about 20 litres of {{Jet A-1}}
        went on the apron. The fuel bowser [[vehicle_registration:YN18 XKD]] driver
        [[name:Wiktor Zieliński]] stopped the pump. I called the {{RFFS}} and they came in 3 min
        and put absorbent. Passengers were kept in the terminal, boarding delay 50 min for
        [[flight_number:ZX 1733]]. Fuel company engineer check the coupling seal was damaged.
        [[name:Gurpreet Kaur Sandhu]], Turnaround Coordinator
    """)),
    ("aviation", "near_miss", prose("""
        During the {{FOD}} walk on [[date:Jan 28]] I found a metal bolt around 6 cm long on taxiway
        {{Charlie}} near holding point {{C2}}. Next aircraft to use was [[flight_number:ZX 908]]
        taxiing in 5 minutes. I reported to {{Tower}} by radio and they hold the aircraft until I
        remove it. Engineering said the bolt is from a ground power unit not from aircraft. I
        think we need more FOD bins near stands. From [[name:Ikechukwu Nnamdi Okeke]] ("[[name:Ike]]"),
        Airside Operations
    """)),
    ("aviation", "success", prose("""
        PRM assistance [[date:23/07/2024]], flight [[flight_number:QV 660]]. Passenger Mr
        [[name:Ian Ferguson]] uses electric wheelchair and he was very worried because last time
        his chair was broken in the hold. I and my colleague [[name:Rumbidzai Chikomo]]
        ("[[name:Rumbi]]") took photos of the chair before loading, taped the joystick and we
        explained to the loaders. We used the {{Ambulift}} and he was first off. The chair arrived
        perfect. He emailed to say thank you. [[name:Tafadzwa Gumbo]], {{PRM}} Agent,
        [[organisation:Northmoor Airport]]
    """)),
    ("aviation", "incident", block("""
        Dangerous goods report
        Flight: [[flight_number:ZX 2150]]   Date: [[date:05.05.25]]
        PAX: [[name:PATEL/RAJESHKUMAR]] MR   Bag tag: [[case_reference:0771 482913]]

        X-ray screening found two {{lithium}} power banks in hold bag. Security called the gate.
        I paged the passenger and he came, he said he did not know the rule. Power banks removed
        and he take them in cabin bag. Bag reloaded. Aircraft [[aircraft_registration:G-ZXAB]]
        departed 12 min late. Reported to {{CAA}} via {{MOR}} by duty manager [[name:Colm Brady]].
        Agent: [[name:Kiran Dsouza]]
    """)),
    ("aviation", "near_miss", prose("""
        Pushback of [[flight_number:ZX 318]] on [[date:18th Oct]] from stand 7. The headset
        communication with the {{flight deck}} stopped in the middle of pushback. I was driving
        tug and my {{wingwalker}} [[name:Florin Grigore]] showed stop sign. I stopped but the captain
        released the brakes before we reconnected, the aircraft moved about half metre on its own.
        I showed hand signal "set brakes" and he did. No damage. Headset cable was damaged, taken
        out of use. I think we need spare headset on every tug. [[name:Ionuț Rădulescu]], Tug Driver
    """)),
    ("aviation", "success", prose("""
        During the walk-around of [[aircraft_registration:G-OKTW]] on [[date:12/02/2025]] before
        [[flight_number:QV 2217]], I noticed red fluid dripping under the left main gear. I am
        new in the company so I was not sure but I told the captain and engineer [[name:Holt]].
        They found a {{hydraulic}} leak from a brake line. Aircraft changed, passengers delayed 90
        minutes but safe. The station manager [[name:Anita Sharma]] gave me a {{Safety Star}}
        certificate. I am very happy I speak up. [[name:Cristea, Mihai Alexandru]], Ramp Agent
    """)),
    ("aviation", "incident", prose("""
        I was driving the crew bus [[vehicle_registration:KX21 YTB]] on [[date:8 December]] at
        05:40, it was dark and icy. When I turn near {{stand 11}} the bus slide and hit the
        concrete bollard. Two cabin crew inside, [[name:Juliana Rocha]] and [[name:Sam Whitfield]],
        no injury but shaken. Front bumper and light broken. I reported to Airside Ops and the
        {{gritter}} came after. I think gritting was late that morning. Breath test negative.
        [[name:Emmanuel Kofi Mensah]], Driver, [[organisation:SkyRamp Handling]]
    """)),
    ("aviation", "near_miss", prose("""
        Loading error [[flight_number:ZX 505]], [[date:1/3/2025]]. The {{LIR}} say 40 bags in hold
        1 and 25 in hold 4 but the loaders put all 65 in hold 4 because the hold 1 door was stuck
        at first. Nobody update the {{loadsheet}}. I was doing final check with [[name:Lim Wei Jie]]
        and we saw numbers not matching before doors close. We moved 40 bags and gave correct
        figures to the captain. If not seen the trim would be wrong. Load controller
        [[name:Hannah Ogunleye]] informed. Written by [[name:D'Souza, Melroy]]
    """)),
    ("aviation", "success", prose("""
        {{Unaccompanied minor}} [[name:Amelia-Rose Turner]], [[age:9yo]], on
        [[flight_number:QV 3104]] from Belfast on [[date:2024-08-16]]. Her father who should
        collect her was stuck on motorway. I stayed with [[name:Amelia-Rose]] in the office, we did
        drawing and I gave her juice. I phoned {{dad}} on [[phone:07700 900264]] every 15 min and he
        arrived 1 h 20 late, checked his ID against the form. She was happy and gave me her
        drawing. [[name:Nomvula Dube]], Customer Service Agent
    """)),
    ("aviation", "incident", prose("""
        Turbulence injury on [[flight_number:ZX 771]], [[date:30.06.24]], during the bar service.
        The {{seat belt sign}} came on and the captain made {{PA}} but we were still in aisle with the
        trolley. Aircraft dropped suddenly and my colleague [[name:Maria Luísa Carvalho]] hit the
        ceiling and fell on her wrist. I secured the trolley with [[name:Daniel]] and helped her to
        {{jumpseat}}. She had swelling, ice given. Met by paramedics at destination. Written by
        [[name:Bianca Ferraz]], No. 2 Cabin Crew
    """)),
    ("aviation", "near_miss", block("""
        From: [[name:Ogunbiyi Oluwatobi]] <[[email:tobi.ogunbiyi@skyramp.example.co.uk]]>
        To: Ops Control <[[email:opscontrol@northmoor-airport.example.co.uk]]>
        Date: [[date:Tue 14 Jan 2025]] 07:31
        Subject: De-icing missed on left wing – [[aircraft_registration:G-ODRK]]

        Sir,
        This morning [[flight_number:ZX 201]] was de-iced with {{Type II}} fluid but my colleague
        [[name:Marek]] and me saw the left wing upper surface still had frost near the tip. The rig
        operator said done. We informed the captain and the aircraft was sprayed again, within
        the {{holdover time}}. Please check the rig nozzle.
        Regards, [[name:Tobi]]
    """)),
    ("aviation", "incident", prose("""
        At the gate for [[flight_number:QV 2402]] on [[date:20/12/24]] a passenger Mr
        [[name:Kyle Dawson]] was refused boarding because he was drunk. He swear at me and call me
        racist names and he threw his passport at my face. My supervisor [[name:Olga Petrenko]]
        called {{police}}, they removed him. Crime ref [[case_reference:NM-2012-33481]]. I was
        crying after but my team was very kind, [[name:Joy]] made me tea. I want this recorded
        because it happen often in {{Christmas}} period. [[name:Lorraine Magbanua]], {{Gate Agent}}
    """)),
    ("aviation", "success", prose("""
        Storm day [[date:26th Nov]]. Wind 45 kt so many diversions came to
        [[organisation:Northmoor Airport]], we had 7 extra aircraft. Duty manager
        [[name:Ravi Chandrasekaran]] made a plan with the {{Duty Manager}} of the airport and we
        took staff from check-in to help ramp. Team leaders [[name:Bukola]], [[name:Sorin]] and
        [[name:Jess]] organised stands. All turnarounds safe, no injury, no damage even with the
        strong wind. The {{ATR}} crews thanked us. I am proud of our small team at
        [[organisation:SkyRamp Handling]]. – [[name:Azubuike, Chinonso]]
    """)),
]


def main() -> None:
    records = build_records("blind53", REPORTS)
    write_records(OUT, records)


if __name__ == "__main__":
    main()
