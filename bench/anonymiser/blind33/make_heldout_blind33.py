"""Blind held-out corpus 33: Scottish children's social work, NHS Scotland health and island aviation.

Setting: Glasgow, Edinburgh, Dundee, Aberdeen, Inverness and the Highlands and Islands. Social work voices
(GIRFEC chronologies, Children's Hearing reports, child protection minutes with attendee initials, kinship
care e-mails and lower-case case notes), health voices (SBAR, GP notes, health visitor texts, CMHT notes,
Datix entries, Scottish Ambulance Service crew notes) and aviation voices (captain and first officer safety
reports, cabin crew reports, station e-mails for island air services, offshore helicopters and air
ambulance). Scots and Gaelic names and words, Polish and Syrian families. CHI numbers are labelled
nhs_number and pass the mod-11 check.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from markup import block as d  # noqa: E402
from markup import build_records, write_records  # noqa: E402
from markup import flow as p  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "corpus" / "heldout_blind33.jsonl"


REPORTS = [
    # ------------------------------------------------------------------ social care
    ("social_care", "incident", d("""
        Chronology extract: [[name:Eilidh Brannigan]], dob [[date_of_birth:12/03/2014]], CHI [[nhs_number:1203149239]],
        SWIS no. [[case_reference:SW0478812]]
        [[date:04/09/23]] - {{named person}} (depute HT, [[organisation:Royston Primary]]) reports [[name:Eilidh]]
        arriving hungry 3 days running, no PE kit, hair unwashed. Wellbeing concern logged.
        [[date:11/09/23]] - School unable to reach mum [[name:Shannon Brannigan]]. Letter sent home.
        [[date:19/09/23]] - {{Police Scotland}} concern report [[case_reference:PS-20230919-0441]] after DA call-out to
        [[address:38 Dunn Street, Bridgeton]], [[postcode:G40 3PE]]. [[name:Eilidh]] and wee brother [[name:Kai]]
        ([[age:4]]) present. Partner [[name:Lee Gallacher]] arrested.
        [[date:20/09/23]] - {{IRD}}. Agreed joint visit.
        [[date:02/10/23]] - Home visit by SW [[name:F. McAuley]]. House cold, key meter on emergency credit. Fuel
        voucher given.
        Learning: the concern report took a full day to reach the named person, so school did not know when
        [[name:Eilidh]] came in upset that morning. Chronology was only started after the IRD; it should have
        begun at the first wellbeing concern.
    """)),
    ("social_care", "success", p("""
        Report to the {{Children's Hearing}} for [[name:Callum Soutar]], aged [[age:9]]. SCRA ref
        [[case_reference:2023/061447]]. Hearing on [[date:Thursday 14th March 2024]]. Since the {{CSO}} with a
        residence condition was made in June, [[name:Callum]] has lived with his maternal aunt [[name:Kirsty Hendry]]
        at [[address:7 Craigie Avenue, Dundee]], [[postcode:DD4 7LP]]. He is settled. Attendance at
        [[organisation:Glebelands Primary]] has gone from 71% to 96% and his class teacher describes him as "a
        different wee boy". Contact with mum [[name:Lisa]] is supervised every Saturday and has been consistently
        positive; [[name:Lisa]] is attending her recovery group and has had two clear tests. {{Kinship care allowance}}
        is in place and [[name:Kirsty]] now goes to a carers group. [[name:Callum]] told me "I want to stay at Auntie
        [[name:Kirsty]]'s and see mum on Saturdays". Recommendation: continue the order with the residence
        condition and review in 12 months. [[name:Fraser Lindsay]], Social Worker,
        [[organisation:Children and Families East Team]], [[date:28/02/2024]].
    """)),
    ("social_care", "near_miss", d("""
        Child Protection Planning Meeting (initial) - minutes
        Children: [[name:Zofia Nowak]] ([[age:6]]), [[name:Tomasz Nowak]] ([[age:3]])
        Address: [[address:Flat C, 112 Menzies Road, Torry]], [[postcode:AB11 9AX]]
        Date: [[date:21.02.2024]]
        Present: [[name:GD]] (chair), [[name:KF]] (allocated SW), [[name:JT]] ({{health visitor}}),
        [[name:RC]] ({{Police Scotland}}), [[name:EW]] (HT, [[organisation:Walker Road School]]),
        mum [[name:Marta Nowak]], dad [[name:Piotr Nowak]], [[name:Agnieszka]] (Polish interpreter)
        Apologies: Dr [[name:Imrie]], GP
        1. Near miss noted by chair: invitations went out in English only. [[name:KF]] picked this up two days
        before and phoned [[name:Piotr]] through a telephone interpreter; otherwise parents were unlikely to attend.
        Referral form had "interpreter needed: no" ticked in error.
        2. Concerns: home conditions, [[name:Tomasz]] missed two audiology appointments, [[name:Zofia]] late most days.
        3. Decision: both names placed on the register, neglect. {{Core group}} first meets [[date:6/3/24]].
        Actions: [[name:JT]] re-refer audiology. [[name:KF]] amend referral form so language need is a mandatory field.
    """)),
    ("social_care", "success", d("""
        From: [[name:Morag MacLeod]] <[[email:morag.macleod@highland.gov.uk]]>
        Sent: [[date:Fri 12/04/2024]] 16:02
        To: [[name:Peigi Mackenzie]]
        Subject: respite weekend for [[name:Ruaridh]]

        Hi [[name:Peigi]],

        Good news - the panel agreed the short break funding this morning so [[name:Ruaridh]] can go on the outdoor
        weekend with [[organisation:Black Isle Befrienders]] on the [[date:27th]]. They will collect him from
        [[address:Tigh an Uillt, Culbokie]], [[postcode:IV7 8JH]] at 9 and bring him back Sunday teatime. His
        {{EpiPen}} needs to go with him, and can you fill in the wee medical form (attached) the now?

        I know you were worried about asking for help. Taking a break is part of keeping the placement going, not a
        sign it isnae working. The {{Kinship Care Advice Service}} helpline is open at weekends too.

        Any bother phone me on [[phone:07823 550917]].

        [[name:Morag]]
        [[name:Morag MacLeod]] | Kinship Support Worker | [[organisation:Mid Ross Family Team]]
        [[organisation:Highland Council]] | [[phone:01463 702411]]
    """)),
    ("social_care", "incident", p("""
        case note [[date:tues 9th jan]] - HV to [[address:23/4 Pilrig St]] re baby [[name:yusuf]] ([[age:4]] months).
        spoke to mum [[name:rasha]] in arabic thru her neighbour mr [[name:haddad]] as the booked interpreter didnt
        turn up. in hindsight should not have gone ahead - [[name:rasha]] started talking about husband
        [[name:omar]]s temper and mr [[name:haddad]] was clearly uncomfortable and may know [[name:omar]] from the
        mosque. stopped the discussion and arranged {{Language Line}} call back for [[date:11/1]]. interpreter
        booking [[case_reference:INT-77120]] - agency say it was cancelled by our admin in error. logged as practice
        incident. learning for team: never use family or community members to interpret where there is any hint
        of {{domestic abuse}}, rebook rather than proceed. safety plan to be revisited with [[name:rasha]] alone. -
        [[name:ct]]
    """)),
    ("social_care", "near_miss", p("""
        Internal note, Glasgow locality. Papers for the grounds hearing for [[name:Lily-Mae Docherty]] (SCRA
        [[case_reference:GL/24/00983]]) were about to be posted to dad [[name:Jamie Rennie]] at
        [[address:41 Wellshot Road, Tollcross]]. The pack included the social work report with mum
        [[name:Stacey]]'s new address in the refuge, which is subject to a {{non-disclosure}} request. Our admin
        officer [[name:Bernadette]] noticed the address on page 3 while folding and stopped the envelope going out.
        The {{Reporter}} has since redacted the report and the hearing was held on [[date:29 April]] as planned.
        Learning: the non-disclosure flag was on the child's record but not on the report template; social workers
        should put addresses in a separate annex. [[name:Bernadette]] has been thanked by the locality manager.
        Every {{relevant person}} pack is now checked by a second person.
    """)),
    ("social_care", "success", p("""
        Kinship care assessment summary for panel, [[date:7 November 2023]]. Applicant: [[name:Halina Kowalczyk]],
        [[age:61]], maternal grandmother, of [[address:3F1, 27 Easter Road, Edinburgh]], [[postcode:EH7 5PJ]].
        Children: [[name:Oliwia]] ([[age:8]]) and [[name:Kuba]] ([[age:5]]), placed with her since mum was admitted to
        hospital in the summer. Mrs [[name:Kowalczyk]] came from Gdańsk in 2009, works part time as a cleaner and
        speaks good English; the children switch between Polish and English at home. The flat is small but warm and
        the children share a room. She has a strong bond with both weans and has kept them at
        [[organisation:Leith Walk Primary]] and the Saturday Polish school. Kinship allowance to be paid from date of
        approval; NI [[ni_number:SH 48 21 07 B]] confirmed for the {{Scottish Child Payment}} claim. Assessing worker
        [[name:Aileen Cruickshank]] recommends approval as {{kinship carer}} under section 11.
    """)),
    ("social_care", "incident", d("""
        OOH social work log [[date:Sat 18/11/23]]
        22:40 call from [[organisation:Balgowan Children's House]], [[name:Kayden]] ([[age:14]]) not returned.
        Staff [[name:Robin]] reports he was seen getting into a silver taxi, reg [[vehicle_registration:SF70 XKL]].
        22:55 missing person report to {{Police Scotland}}, ref [[case_reference:PS-20231118-3307]].
        01:20 [[name:Kayden]] dropped back by same car, smelling of cannabis, new trainers, phone with unknown number.
        01:30 [[name:Robin]] did not do a body map or ask about trainers as [[name:Kayden]] went straight to bed.
        Follow up: {{return discussion}} not held within 72 hours because staffing short.
        Learning: this is the third episode with the same vehicle. Pattern not picked up until [[date:27/11]].
        CSE screening tool now started; manager [[name:Hazel Brown]] to raise at next IRD.
    """)),
    ("social_care", "success", d("""
        Team Around the Child - notes
        Child: [[name:Finlay MacRae]] ([[age:12]]), [[organisation:Millburn Academy]]
        Present: [[name:AS]] (guidance teacher / {{named person}}), [[name:CH]] ({{lead professional}}),
        [[name:Finlay]], mum [[name:Catriona]] by phone
        [[name:Finlay]] is a young carer for mum who has progressive {{multiple sclerosis}}. Late most mornings,
        tired in class, stopped going to shinty. Good discussion with him about what he wants: "just to not have to
        do everything". Actions agreed: young carer statement completed today; referral to
        [[organisation:Inverness Young Carers Hub]] for respite and a group on Thursdays; OT visit for mum to look
        at equipment so [[name:Finlay]] is not helping her on the stairs; homework club at lunch. Review
        [[date:10th June]].
        [[name:Catriona]] said it was the first time she felt listened to rather than judged.
    """)),
    ("social_care", "near_miss", p("""
        Reflective log - lone visit. On [[date:Wednesday 22nd]] I visited [[name:Seonaidh]], [[age:17]], who is
        pregnant, at her mum's house [[address:Tigh na Creige, 5 Ollach, Braes]], [[postcode:IV51 9LJ]]. There is no
        mobile signal past the cattle grid. Her mum's partner arrived home drunk and shouting and a large dog got
        out. I left, but my {{lone worker device}} had no signal and the team did not know where I was for over
        an hour because the diary entry said Portree office. Team leader [[name:Donnie Matheson]] raised the alarm at
        4pm as agreed. Nobody hurt. Learning: for croft visits on Skye we now log the exact house name and
        a call-back time with the office, and carry the team satellite messenger. [[name:Seonaidh]] was seen again at
        the {{antenatal clinic}} with the midwife instead. Office number for call-backs [[phone:01478 613 881]]. -
        [[name:Ishbel]]
    """)),
    ("social_care", "success", p("""
        IRD record, [[date:26/02/2024]]. Child: [[name:Hamza Al-Khatib]], [[age:10]], [[organisation:Rothesay
        Primary]]. Parents [[name:Ahmad Al-Khatib]] and [[name:Noor]], resettled from Syria in 2016, living at
        [[address:Flat 2, 9 Argyle Street, Rothesay]], [[postcode:PA20 0AT]]. Teacher noticed linear marks on
        [[name:Hamza]]'s arm; he said dad hit him with a belt when he broke the TV. Joint interview arranged the same
        day with an Arabic interpreter from the mainland by video, police ref [[case_reference:PS-20240226-1187]].
        Good practice: {{Police Scotland}} and social work met the parents together with the interpreter and the
        resettlement worker [[name:Laila]], explained Scottish law on physical punishment plainly and without
        blame. Dad accepted it and agreed to a parenting course. No {{CP registration}}; child's plan under
        {{GIRFEC}}.
    """)),
    ("social_care", "success", d("""
        Subject: FGDM meeting for the [[name:Mackie]] family - thank you

        Hi all,

        Just a wee note after yesterday's family group meeting for [[name:Jayden]] and [[name:Leah]]. Eleven family
        members came, including great-gran [[name:Nancy]] who travelled from Fraserburgh. The family plan means
        the children stay with [[name:Gail]] (mum's cousin) at [[address:19 Ashgrove Road West]], with uncle
        [[name:Stevie]] doing school runs. I have real hope this will hold, because the family wrote it themselves.

        {{Private family time}} was the key bit - the professionals left the room for an hour and the plan that
        came back was better than ours. Please send any amendments by [[date:Friday 8th]].

        [[name:Hope Adeyemi]]
        Family Group Decision Making Coordinator, [[organisation:Aberdeen FGDM Service]]
        [[email:hope.adeyemi@aberdeencity.gov.uk]] | [[phone:01224 522 730]]
    """)),
    ("social_care", "incident", p("""
        Medication incident, [[organisation:Whinfield Children's House]], [[date:3rd March]]. At the 21:00 round
        young person [[name:Amber]] ([[age:15]]) was given {{melatonin}} 3mg that was prescribed for another young
        person. Staff member [[name:Jordan]] was working alone on the floor as the second waking night was off
        sick, and the two MAR sheets were clipped together. [[name:Amber]] was drowsy but well; NHS 24 advised
        monitoring and she was checked every 30 mins. Mum and her social worker [[name:Claire Fyfe]] informed next
        morning. Notified to the {{Care Inspectorate}} on [[date:4/3]], ref [[case_reference:CS2024-0338]]. The
        amber alert on the rota for staffing shortfall had not been escalated. Learning: separate MAR folders per
        young person with a photo on the front, and no single-handed medication rounds.
    """)),
    ("social_care", "near_miss", p("""
        Supervised contact note. [[name:Maisie]] ([[age:7]]) and [[name:Logan]] ([[age:4]]) at
        [[organisation:Lochee Family Contact Centre]], [[date:Sat 13 Jan]]. Mum arrived with her dad, [[name:Bill
        Pirie]], who has a condition of no contact under the {{CSO}}. New sessional worker [[name:Tasha]] had not
        read the contact plan and had started to let him into the room; the children saw him in the corridor.
        Senior worker [[name:Graham]] stepped in and Mr [[name:Pirie]] left calmly. Contact went ahead with mum for
        the rest of the hour. [[name:Maisie]] asked why grandad couldnae stay and was upset after. Learning:
        sessional staff must read the plan before every session, and the front desk now has a "not permitted" list
        with photos. Mum told us money is tight and the electric bill is overdue; referred to the {{welfare
        rights}} worker.
    """)),
    ("social_care", "incident", d("""
        WELLBEING CONCERN FORM
        Child: [[name:Grace Kerr]]    DOB: [[date_of_birth:11/02/2016]]    CHI: [[nhs_number:1102160962]]
        School: [[organisation:Craigentinny Primary]], P3
        Address: [[address:14/6 Loganlea Drive]], [[postcode:EH7 6LS]]
        Concern raised by: class teacher [[name:Nikki Fairbairn]]    Date: [[date:16 May 2024]]
        What happened: at circle time [[name:Grace]] said "daddy squeezes mummy's neck" and drew a picture of it.
        Action: passed to {{named person}} - but HT was on leave and the depute was on a course, so form sat in
        the office tray until [[date:20 May]].
        Outcome: {{child protection}} referral made on the Monday; IRD same day. Mum safe at her sister's.
        Learning: the school needs a named deputy for when the named person is out - concerns cannot wait for
        someone to come back. [[name:Nikki]] did everything right.
    """)),
    ("social_care", "incident", p("""
        Throughcare note. [[name:Kirsty Munro]], [[age:17]], care leaver in {{continuing care}}, moved into her
        supported flat at [[address:Flat 4, 21 Telford Street, Inverness]], [[postcode:IV3 5LD]] on [[date:1st
        August]]. Her housing benefit and UC claim were submitted by [[organisation:Caledonia Youth Housing]] using
        her old foster carer's NI number instead of hers, so the claim stalled for seven weeks and she built up
        £640 rent arrears and got a warning letter. Correct NI [[ni_number:TE 22 61 45 A]] now on the claim, and
        backdating is agreed. [[name:Kirsty]] was frightened she would lose the flat and stopped answering her
        phone. Her throughcare worker [[name:Pawel]] found the error by checking the DWP letter. Learning: no forms
        to be completed from a file copy, always from the young person's own documents with them present. {{The
        Promise}} means we should not be making her anxious about housing.
    """)),
    ("social_care", "near_miss", p("""
        Hearing note, Barra. The {{Children's Panel}} sat in Stornoway with [[name:Seumas MacNeil]] ([[age:11]]),
        his mum [[name:Catriona MacNeil]] and me joining by video from [[address:Taigh Ùr, Borve]],
        [[postcode:HS9 5XR]]. The link dropped three times; the panel chair nearly continued without mum because
        the clerk thought she had left. [[name:Seumas]] shouted "my mum's still here" and we rang the clerk on
        [[phone:01851 822 640]]. The hearing was adjourned to [[date:19th Sept]] and reconvened with mum on a phone
        line as back up. Learning: always have a phone number for each participant before the hearing starts and
        check each person is present before any decision. [[name:Seumas]] wanted to say his views in Gaelic and an
        interpreter had not been arranged; {{SCRA}} have now booked one. The {{CalMac}} ferry being off means video
        is the only option in winter.
    """)),
    ("social_care", "success", d("""
        Review Child Protection Planning Meeting - minutes - [[date:08/01/2024]]
        Child: [[name:Riley Hastie]], [[age:2]]
        Present: [[name:LB]] (chair), [[name:SD]] (SW), [[name:AF]] ({{health visitor}}), [[name:NP]] (nursery),
        mum [[name:Dawn Hastie]], her partner [[name:Kyle]]
        Progress: [[name:Dawn]] has completed {{Triple P}} and kept every core group. Nursery report
        [[name:Riley]] attending 95%, speech coming on, "a happy wee boy". Home visits unannounced at all hours
        (one at dawn) found the home clean and safe. [[name:Kyle]] has engaged with the {{Caledonian System}}.
        Decision: unanimous to remove [[name:Riley]] from the register. Support continues under child's plan with
        [[name:AF]] as named person. [[name:Dawn]] said: "yous believed I could do it".
    """)),
    ("social_care", "incident", d("""
        From: [[email:j.mcallister@stmungosprimary.glasgow.sch.uk]]
        To: [[email:northwestcf@glasgow.gov.uk]]
        Date: [[date:Tue 5 Mar 2024]] 17:48
        Subject: [[name:Mia]] P1 - not collected

        Hi,
        Flagging that [[name:Mia Quinn]] (P1) was not collected today. Her kinship carer, gran
        [[name:Isobel Quinn]], was taken into hospital this morning and nobody told school. A neighbour,
        [[name:Senga]], turned up at 4 and said she'd take the wean. She is not on our contact list so we kept
        [[name:Mia]] here. I rang gran's mobile [[phone:07845 300 129]] with no answer. Duty SW eventually
        confirmed [[name:Senga]] is not approved and [[name:Mia]] was taken to emergency carers at 17:30.
        Please can we get a second emergency contact for {{kinship care}} placements? The wean was very upset.
        Thanks
        [[name:Jen McAllister]]
        {{Depute Head Teacher}}, [[organisation:St Mungo's Primary]]
    """)),
    ("social_care", "success", d("""
        Teams chat saved to file [[case_reference:MOS-2209174]]
        [[name:Nicola Bell]] 10:02: quick one - pre-birth CPPM for [[name:Chloe Dunn]], EDD [[date:2 July]]
        [[name:Nicola Bell]] 10:02: midwife [[name:Shona]] says [[name:Chloe]] has kept every appt, 12 wks off heroin
        [[name:Gordon Reid]] 10:05: brilliant. is her script steady?
        [[name:Nicola Bell]] 10:06: aye, {{buvidal}} monthly now via [[organisation:Dundee Substance Use Team]]
        [[name:Gordon Reid]] 10:07: ok recommend she goes to the {{mother and baby unit}} for the first 6 wks?
        [[name:Nicola Bell]] 10:08: that's the plan. she asked for it herself
    """)),
    # ------------------------------------------------------------------ health
    ("health", "incident", d("""
        SBAR - ED to AMU handover, [[organisation:QEUH]], [[date:03/03/2024]]
        S: [[name:Iain Dunlop]], [[age:68]], CHI [[nhs_number:1904557740]], brought in by ambulance from
        [[address:14 Kirkton Ave, Knightswood]]. Confused, febrile, HR 124, BP 88/50.
        B: T2DM on {{metformin}}. UTI treated by GP ([[organisation:Anniesland Medical Practice]]) 4 days ago.
        A: {{NEWS2}} 7 at triage 21:40 but not escalated until 23:15 - triage nurse was covering two areas.
        Lactate 4.1. {{Sepsis Six}} started 23:30. Now 1L crystalloid in, abx given.
        R: AMU reg to review within 30 min. Daughter [[name:Fiona]] is NOK, [[phone:07700 914 336]].
        Incident: 95 min trigger-to-bundle delay. Datix [[case_reference:DW-311947]] by [[name:S. Kaur]], charge nurse.
    """)),
    ("health", "success", p("""
        [[date:2024-01-18]] Consultation, [[organisation:Garthdee Medical Group]], Dr [[name:Sutherland]]. Pt
        [[name:Bartosz Zieliński]], dob [[date_of_birth:04/05/1967]], CHI [[nhs_number:0405674589]]. Seen with
        professional Polish interpreter by phone (interpreter ID [[case_reference:LL 40982]]). Previously wife
        [[name:Kasia]] interpreted and he had been taking {{metformin}} 500mg once a day instead of three times -
        "tds" was misunderstood. {{HbA1c}} 78. Today dose explained through interpreter, Polish-language leaflet
        from {{NHS Inform}} given, dosette via [[organisation:Garthdee Pharmacy]]. Review with practice nurse
        [[name:Joy]] in 3 months. Learning for the practice: record language need with a code so the interpreter is
        auto-booked. [[name:Kasia]] said she was relieved not to translate medical things any more.
    """)),
    ("health", "success", d("""
        Texts saved to HV record [[date:15/05/2024]] - [[name:Mhairi Kidd]], [[organisation:Lochee HV Team]]
        Mum mob [[phone:07936 118402]]
        HV: Hi [[name:Jolene]] its [[name:Mhairi]] the HV, still ok for 10am the morra for [[name:Ava]]s
        {{27-30 month review}}? x
        [[name:Jolene]]: aye nae bother. wean was up aw nite wi her teeth so she'll be crabbit lol
        HV: ha no worries! ill bring the sleep leaflets
        [[name:Jolene]]: can i ask u something when ur here. not been coping great since [[name:Darren]] left
        HV: of course. see you the morra x
        Note: at the visit [[name:Jolene]] disclosed low mood, {{PHQ-9}} 16. GP appt booked same week, referral to
        [[organisation:Home-Start Dundee]], and [[name:Ava]] offered an eligible 2s place at
        [[organisation:Fintry Nursery]]. Informal texting kept the door open - mum said she would never have phoned.
        Role: {{health visitor}} and named person.
    """)),
    ("health", "near_miss", p("""
        CMHT note, [[organisation:Inverness East CMHT]]. [[name:Murdo Campbell]] ([[age:47]]), CHI
        [[nhs_number:0903761513]], bipolar, on {{lithium}} 800mg. Three-monthly level due [[date:5th Feb]] was not
        done - the request letter went to his old address [[address:Croft 3, Balnain]] after he moved to
        [[address:2 Culduthel Mains Crescent]], [[postcode:IV2 6RG]]. {{CPN}} [[name:Heather Ross]] picked it up at a
        routine visit on [[date:21/02]]: coarse tremor, loose stools, unsteady. Urgent level 1.3, U&E normal. GP and
        Dr [[name:Osei]] (consultant) informed, dose reduced, repeat in 5 days 0.8. No AKI, no admission. Learning:
        the lithium register is not linked to demographic changes on the practice system, so any change of
        address must trigger a check. [[name:Heather]] documented well and acted same day.
    """)),
    ("health", "incident", d("""
        {{Scottish Ambulance Service}} - crew note
        Vehicle [[vehicle_registration:SF19 OKD]]   Date [[date:17/12/23]]
        Crew: [[name:Ross Anderson]] (paramedic, staff no [[case_reference:4410982]]), [[name:Leanne Gow]]
        ({{ambulance technician}})
        Pt: [[name:Agnes Murray]], [[age:74]], CHI [[nhs_number:1710494506]], [[address:31 Turnberry Ave]],
        [[postcode:DD2 3TP]]
        Fall at home, ?#NOF, shortened and externally rotated L leg. {{Entonox}} then IV morphine.
        Arrived [[organisation:Ninewells]] 19:12. Held outside ED on stretcher until 23:50 (4h38m).
        Pt not repositioned during wait. Grade 2 pressure damage to sacrum noted at handover.
        Learning: pressure area care and SSKIN checks must continue while patients wait in ambulances.
        Raised with ED nurse in charge; Datix [[case_reference:TAY-88213]].
    """)),
    ("health", "incident", p("""
        Datix [[case_reference:IH-2024-118842]] | Ward 7A, [[organisation:Raigmore Hospital]] | [[date:08/02/2024]].
        Patient [[name:Alasdair Mackintosh]], hosp no [[case_reference:H0782214]]. {{NovoRapid}} 14 units given at
        17:30 instead of 4 units; the handwritten "4u" on the supplementary chart was read as "14". Hypo at 19:00,
        BM 2.1, treated with {{Glucogel}} and IV glucose, recovered fully. Nurse [[name:Ailsa]] reported it straight
        away and the {{FY1}}, Dr [[name:Nwosu]], reviewed. Duty of candour conversation held with the patient and
        his wife [[name:Morven]]. Learning: "u" must never be used for units; the ward is moving supplementary
        insulin onto the electronic chart, and a second check is now required for all variable doses.
    """)),
    ("health", "success", p("""
        Good practice - Sanday. On [[date:Sat 2 March]] district nurse [[name:Sheena Rendall]] visited
        [[name:Jim Drever]], [[age:81]], at [[address:Quoyness Farm, Sanday]], [[postcode:KW17 2AZ]], who is
        receiving end of life care at home. His syringe driver would run out before the Monday ferry. She phoned
        pharmacist [[name:Eun-ji Park]] at [[organisation:Kirkwall Pharmacy]], who made up {{midazolam}} and
        {{diamorphine}} and sent them on the morning inter-island flight in a sealed pouch, met by [[name:Sheena]] at
        the airstrip. The {{Just in Case}} box was restocked the same day. [[name:Jim]] died peacefully at home on
        the Sunday with his wife [[name:Ivy]] beside him, as he wanted. Learning shared with the GP practice:
        check driver stock before weekends on non-ferry islands.
    """)),
    ("health", "near_miss", p("""
        Near miss, OOH hub. Two patients called [[name:Kirsty Wilson]] rang within ten minutes of each other. The
        OOH GP, Dr [[name:Ferreira]], opened the record with CHI [[nhs_number:1408852101]] when the caller was
        actually the other patient, CHI [[nhs_number:2511888297]], and was about to prescribe {{clarithromycin}}.
        Before sending the script she checked date of birth and first line of address with the caller; they did not
        match. The correct record showed {{simvastatin}} 40mg, so the antibiotic choice was changed. No harm.
        Reported via {{NHS 24}} governance, ref [[case_reference:N24-IR-5521]]. Learning: always confirm three
        identifiers before prescribing remotely, even when the name matches.
    """)),
    ("health", "incident", d("""
        From: Dr [[name:Catriona Brodie]] <[[email:catriona.brodie@nhs.scot]]>
        To: [[organisation:South East Edinburgh CAMHS]]
        Date: [[date:4 March 2024]]
        Subject: Referral for [[name:Rhys Mitchell]] dob [[date_of_birth:28/09/2008]]

        I referred [[name:Rhys]] ([[age:15]]) on [[date:12 Jan]] with escalating self-harm. I have now learned it was
        never triaged because it went to the old generic mailbox and nobody checks it. Yesterday he presented to
        the ED at [[organisation:RHCYP]] after a {{paracetamol}} overdose. He is medically fit but mum [[name:Sarah]]
        is understandably angry.

        Please can you confirm the current referral route, and can the old mailbox be closed with an auto-reply?
        I will Datix this from our end. I have resent the referral via {{SCI Gateway}}.

        [[name:Catriona Brodie]], GP, [[organisation:Mortonhall Medical Practice]], [[phone:0131 664 2270]]
    """)),
    ("health", "success", p("""
        Midwife reflection, labour ward, [[organisation:Aberdeen Maternity Hospital]], [[date:14/04/24]]. I cared for
        [[name:Ewa Wiśniewska]], [[age:31]], CHI [[nhs_number:1503933105]], first baby, with partner
        [[name:Łukasz]]. Her English is limited and she had declined the phone interpreter in clinic. My colleague
        [[name:Dorota]], who speaks Polish, swapped onto our bay so she could be there for the birth. When
        [[name:Ewa]] had a PPH of 1.2 L we were able to explain {{Syntocinon}}, the {{bimanual compression}} and
        the trip to theatre in her own language, and she gave real consent. Debrief next day with [[name:Dorota]]
        interpreting; [[name:Ewa]] said she felt safe. Learning: ask about language at every contact, not just
        booking, and use the professional line at night.
    """)),
    ("health", "success", p("""
        MHO report extract. [[name:Stuart Baird]], [[age:34]], of [[address:6 Bellevue Crescent]], detained on an
        {{emergency detention certificate}} at [[organisation:Royal Edinburgh Hospital]] on [[date:11.06.2024]]
        after police found him on the Dean Bridge. As MHO I consulted his {{named person}}, his sister
        [[name:Faith Baird]], by phone before consent was given, and she was able to tell us about his previous good
        response to olanzapine and that he had stopped it in April. I also made sure his cat was fed and his
        flat locked. The {{Mental Welfare Commission}} was notified within the timescale. [[name:Stuart]] later
        said having [[name:Faith]] involved from the start made the detention feel less like a punishment. MHO:
        [[name:Tariq Mahmood]].
    """)),
    ("health", "near_miss", p("""
        Near miss, [[organisation:Western Isles Hospital]]. [[name:Dòmhnall MacAulay]], [[age:72]], CHI
        [[nhs_number:2206515261]], STEMI, was being transferred to [[organisation:Golden Jubilee]] by the air
        ambulance. The transfer letter printed from the ward PC had another patient's CHI, [[nhs_number:2612596135]],
        at the top and that patient's allergy ({{penicillin}}) listed. The {{retrieval}} paramedic, [[name:Eilidh
        Morrison]], checked the wristband against the letter at the aircraft steps and stopped the handover. A
        correct letter was faxed to the receiving unit. No medication had been given on the wrong record.
        Learning: print transfer letters from the patient's own open record only, and always check band to letter.
        Ref [[case_reference:WI-2024-0172]].
    """)),
    ("health", "incident", p("""
        Incident review, [[organisation:Craigard Care Home]]. Resident [[name:Jessie McPhail]], [[age:91]], had an
        unwitnessed fall at 03:10 on [[date:22/11/2023]]. Night carers [[name:Angela]] and [[name:Precious Moyo]]
        lifted her back to bed without a head-to-toe check and without using the {{ISTUMBLE}} tool. At 08:00 she
        had a shortened, rotated left leg and was sent to [[organisation:Lorn and Islands Hospital]]; #NOF
        confirmed. Daughter [[name:Sandra]] was not told until 9am and found out from the ward. Learning: never
        lift after a fall without assessment; phone the {{Flow Navigation Centre}} for advice overnight; family to
        be contacted at the time unless they have asked otherwise. Both carers have repeated moving and handling
        training.
    """)),
    ("health", "near_miss", p("""
        Pharmacy near miss. [[name:Frank Duncan]], [[address:Flat 1, 8 Dens Road]], [[postcode:DD3 7HU]], came in
        with his {{Immediate Discharge Letter}} from Ward 9, [[organisation:Ninewells]], dated [[date:30/01/24]].
        It said {{warfarin}} 5mg daily; his yellow book and last {{INR}} of 3.4 said 3mg. To be frank, he would
        have taken whatever we gave him. Pharmacist [[name:Gurpreet]] at [[organisation:Hilltown Pharmacy]] phoned
        the ward, who confirmed a transcription error by the locum. Correct dose supplied, anticoagulant clinic
        informed. Learning: the IDL should pull the dose from the anticoagulation record; community pharmacists
        should keep challenging. Mr [[name:Duncan]] thanked [[name:Gurpreet]] by card.
    """)),
    ("health", "success", p("""
        ED nursing note, [[organisation:Royal Aberdeen Children's Hospital]], [[date:01/03/24]] 20:15.
        [[name:Lewis Cowie]], [[age:14]] months, CHI [[nhs_number:1501230182]]. Dad [[name:Scott]] says the wean
        rolled off the couch onto a laminate floor. Small frontal bump, no other marks. Full skin check with dad
        present, documented with body map. Checked for previous attendances - none. {{NAI}} considered and history
        consistent with developmental stage (pulling to stand). Observed 4 hrs, GCS 15, discharged with head
        injury advice in writing. Discharge summary copied to the {{health visitor}}, [[name:Gillian]], who
        phoned dad the next day. Good practice: thorough, non-judgemental, and dad said he felt treated "like a
        normal parent". [[name:Scott]] knew who to call.
    """)),
    ("health", "success", p("""
        Naloxone save, North East Glasgow. Peer worker [[name:Tam]] trained [[name:Chantelle]] on {{Prenoxad}} at the
        drop-in on the [[date:9th]]. Four days later her partner [[name:Gary]] stopped breathing in their flat at
        [[address:Flat 2/1, 55 Royston Road]], [[postcode:G21 2QY]]. She gave two doses, put him in the recovery
        position and phoned 999. The crew said the {{naloxone}} saved his life. [[name:Gary]] was seen at
        [[organisation:Glasgow Royal Infirmary]] and referred to [[organisation:North East ADRS]] the next morning,
        where he started on {{Espranor}}. [[name:Chantelle]] came back for a replacement kit and to tell
        [[name:Tam]]. Learning: train the person most likely to be there, not only the person using.
    """)),
    ("health", "incident", p("""
        Information governance incident, [[organisation:Partickhill Surgery]], [[date:19 Feb 2024]]. A text with
        [[name:Nadia Rahman]]'s abnormal cervical screening result and a request to book a colposcopy was sent to
        [[phone:07791 223584]], which had been her number three years ago and now belongs to a man in Paisley.
        He phoned the surgery. Practice manager [[name:Lorraine]] apologised, logged it and informed
        [[name:Nadia]] in person. Cause: mobile number never updated on {{Vision}} after she gave a new number at
        reception; the new number was written on a sticky note. Reported to the {{Caldicott Guardian}}. Learning:
        demographic changes entered at the time, and texts with results limited to "please call the surgery".
    """)),
    ("health", "near_miss", d("""
        Transfusion near miss - Ward 108, [[organisation:Aberdeen Royal Infirmary]], [[date:12/07/2024]]
        Sample for {{group and save}} for [[name:Jean Forbes]] (hosp no [[case_reference:A4410938]]) labelled with
        a printed label for the patient in the next bed, [[name:Ian Cruden]] (hosp no [[case_reference:A2287150]]).
        Lab flagged the group did not match historical for Mr [[name:Cruden]] and requested repeat. Classic
        {{WBIT}}. Phlebotomist [[name:Jess]] had printed labels for both before bleeding.
        Learning: label at the bedside after bleeding, one patient at a time. Reported to {{SHOT}}.
    """)),
    ("health", "success", p("""
        Remote good practice, Applecross. Paramedic [[name:Calum Mackinnon]] was called to [[name:Alec Gillanders]],
        [[age:62]], with crushing chest pain at [[address:Tigh na Bruaich, Camusterrach]], [[postcode:IV54 8LT]]. The
        road over the {{Bealach na Bà}} was closed by snow. ECG showed inferior STEMI. With Dr [[name:Gillies]], the
        local GP, on scene and telephone advice from the cardiologist, {{tenecteplase}} was given at 50 mins from
        call. The air ambulance landed at the hall and took him to [[organisation:Raigmore]]. ST resolution on arrival.
        His wife [[name:Morag]] said the crew and GP "worked like they'd done it a hundred times". Learning:
        pre-hospital thrombolysis works when PCI is far away.
    """)),
    ("health", "near_miss", p("""
        HV visit, [[organisation:Port Glasgow Health Centre]] HV team, [[date:12/04/2024]]. Baby [[name:Sham
        Alhamwi]], [[age:10]] weeks, CHI [[nhs_number:0202241599]], at [[address:17 Bay Street]],
        [[postcode:PA14 5EB]]. Weight has dropped from the 50th to below the 9th {{centile}}. Through the Arabic
        interpreter mum [[name:Layla]] explained they had been making up feeds with extra water to make the tin last
        until payday. Near miss: the previous contact on [[date:28/03]] was done by phone with dad [[name:Khaled]]
        translating, and he said feeding was "fine". Same-day GP review, no admission needed. Formula supplied,
        {{Best Start Grant}} application done, food bank referral made. Learning: weigh, don't ask, when there is
        any doubt, and always use a professional interpreter for feeding discussions. [[name:Sham]] was back up to
        the 25th centile within three weeks. - [[name:Lynne Park]], {{health visitor}}
    """)),
    # ------------------------------------------------------------------ aviation
    ("aviation", "near_miss", p("""
        ASR [[case_reference:ASR-23-0877]]. [[date:9 Oct 2023]], [[flight_number:LM 411]] Glasgow-Barra,
        {{Twin Otter}} [[aircraft_registration:G-HEBX]]. On short final to runway 07 on the beach a white pickup,
        [[vehicle_registration:SV15 HTY]], was seen driving along the tideline inside the strip. Go-around flown from
        about 200 ft. The airport fire crew, led by [[name:Donald John MacNeil]], cleared the vehicle - a cockle
        picker who had not seen the windsock raised. Second approach normal. Contributing: landing times had moved
        with the tide table and the notice at the cockle shore was out of date. Crew: Capt [[name:R. Gillespie]],
        {{first officer}} [[name:Anna Sobczak]]. Learning: fire crew to drive the strip 10 min before each
        arrival, not 20; new signage requested. Good call by [[name:Anna]], who spotted it first.
    """)),
    ("aviation", "success", d("""
        CABIN CREW REPORT
        Flight [[flight_number:LM 527]] Kirkwall - Aberdeen, [[date:14/06/24]], {{Saab 340}}
        [[aircraft_registration:G-LGNF]]
        CC: [[name:Kirsty-Ann Tulloch]] (staff [[case_reference:LA2291]])
        At top of climb the pax in 7A, Mr [[name:Hamish Rendall]] ([[age:79]]), became grey and clammy with chest
        tightness. PA for medical assistance; Dr [[name:Priya Sharma]], a GP travelling home, responded. O2 given
        from the portable cylinder and his own {{GTN}} spray used. Capt [[name:Neil Flett]] requested priority and
        paramedics met us at {{the stand}}. Mr [[name:Rendall]] went to [[organisation:Aberdeen Royal Infirmary]]
        and his wife [[name:Elspeth]] phoned the base on [[date:17 June]] to say he had a stent and is doing well.
        Went well: quick recognition, clear comms with the flight deck, medical kit checklist followed.
        Dr [[name:Sharma]] has been sent a thank you.
    """)),
    ("aviation", "near_miss", p("""
        Occurrence report [[case_reference:MOR 2024/03311]], [[organisation:North Sea Rotor Services]], Aberdeen.
        [[date:22/01/2024]], {{AW189}} [[aircraft_registration:G-NSRA]], flight [[flight_number:NSR212]] to a
        normally unattended installation. On short final the commander, Capt [[name:Ewan Forsyth]], saw a fire hose
        lying across the {{helideck}} after "deck ready" had been called. The HLO, [[name:Gregor Milne]], had been
        called away to a permit meeting and the deck crew was two instead of three. The aircraft went around and
        landed six minutes later once the deck was clear. Passenger [[name:Mariusz Dąbrowski]] said afterwards he
        had seen the hose from the window but was not sure he should say. Learning: "deck ready" only to be called
        by the HLO after a walk-round; the passenger briefing now says anyone can speak up.
    """)),
    ("aviation", "success", d("""
        Air ambulance good practice note - [[date:Sunday 7 July]]
        Aircraft [[aircraft_registration:G-SCAZ]], crew: pilot [[name:Craig Mathers]], paramedics [[name:Jo]]
        and [[name:Marek]]
        Tasked by {{ScotSTAR}} to [[organisation:Islay Hospital]] for [[name:Seonag Currie]], aged [[age:7]], with a
        perforated appendix and early sepsis. Mum [[name:Fiona Currie]] travelled with her. Weather marginal, cloud
        base 600 ft over the Sound. The pilot chose the coastal route and briefed the clinical team on a possible
        diversion to Oban. Handover to the surgical team at [[organisation:RHC Glasgow]] 1h05 after lift.
        Good: theatre was ready because the paramedics phoned ahead with a structured {{ATMIST}} handover.
        [[name:Seonag]] home on day 6.
    """)),
    ("aviation", "incident", p("""
        Ground handling occurrence, [[organisation:Inverness Airport]], [[date:Friday 2nd August]]. Unaccompanied
        minor [[name:Oskar Zieliński]], [[age:11]], arrived from Stornoway on [[flight_number:LM 442]] to connect to
        [[flight_number:EZY 3274]] to Gatwick, booking ref [[case_reference:K7QPLM]]. The {{UM}} handover form was not
        signed across. Dispatcher [[name:Amber Reid]] was called to another aircraft and left him at gate 3 "for a
        minute". He wandered to the airside café and was missing for 25 minutes, found by security officer
        [[name:Siobhan]] after a {{PA}}. Dad [[name:Tomek]], waiting at Gatwick, was phoned and told. Learning: a
        UM is never left alone; handover is person to person with signatures at each step. Incident ref
        [[case_reference:INV-GH-0415]].
    """)),
    ("aviation", "success", p("""
        Pilot report, Westray, [[date:15/11/23]]. With the ferry cancelled, Dr [[name:Linklater]] at the Westray
        surgery phoned ops at 07:40 about [[name:Rachael Hourston]], [[age:26]], 35 weeks pregnant with bleeding.
        The scheduled {{Islander}} [[aircraft_registration:G-ORKZ]] on [[flight_number:LM 712]] was due out of Westray
        at 08:20; ops kept two seats clear. Midwife [[name:Summer Drever]] travelled with her. I briefed the
        passengers, who were all happy to wait ten minutes. Landed Kirkwall 08:41 into a 25 kt crosswind with the
        ambulance waiting on the apron. Baby girl born at [[organisation:Balfour Hospital]] the next day, both
        well. Good joined-up thinking between GP, ops and crew; we have asked for this to go in the summer
        timetable briefing for new pilots. - Capt [[name:Alan Rousay]]
    """)),
    ("aviation", "incident", d("""
        From: [[name:Kenny Morrison]] <[[email:kenny.morrison@stornowayairport.co.uk]]>
        To: Ops Duty Manager
        Subject: Fuel bowser contact, stand 2, [[date:Weds 6th Dec]]

        Hi all

        At 06:50 the fuel bowser [[vehicle_registration:SN63 FZU]] reversed into the left tailplane of the
        {{ATR 42}} [[aircraft_registration:G-ISLF]] on stand 2. It was dark, raining sideways, and there was no
        {{banksman}} as [[name:Murdo]] was de-icing the other aircraft. Driver [[name:Lachie]] reported it at once.
        Engineering found a dent on the elevator leading edge; [[flight_number:LM 3411]] cancelled and pax
        rebooked. Nobody hurt.
        Actions: no reversing on stand without a banksman, full stop. Reversing camera on the bowser to be fixed
        (on the defect list since [[date:October 14th]]).

        [[name:Kenny]]
        Station Manager, [[organisation:Stornoway Airport]] | [[phone:01851 707 400]]
    """)),
    ("aviation", "incident", p("""
        {{first officer}} report, [[flight_number:LM 9604]] Sumburgh to Aberdeen, [[date:21 May 2024]],
        {{ATR 72}} [[aircraft_registration:G-ZETL]]. i was PF. At about 90 kt a flock of bonxies lifted off the grass
        left of runway 27. Capt [[name:Gemma Lowe]] called continue as we were close to V1. Heard two impacts;
        engine parameters normal. After a hold and briefing we returned to Sumburgh with the overweight landing
        checklist. Engineers found blood on the left nacelle and a dented radome, aircraft AOG for two days.
        Wildlife control officer [[name:Robbie Jamieson]] had patrolled 20 min before, but the birds had come in
        after scraps from a fishing boat. Learning: extra patrols during the nesting season and a call to the
        harbour about discards. Capt [[name:Lowe]] handled the decision well and we debriefed together. -
        [[name:Ruaridh Mackay]], FO
    """)),
    ("aviation", "near_miss", p("""
        Near miss - load sheet, Tiree, [[date:Sat 27/07/24]]. On [[flight_number:LM 427]] back to Glasgow,
        {{Twin Otter}} [[aircraft_registration:G-HEBY]], the manifest showed 18 passengers but the dispatcher,
        [[name:Ewan]], counted 19 on the steps: a lap infant, [[name:Mia-Rose]], had been booked under her mum
        [[name:Kerry Pollock]] but not added to the load sheet, and there was no infant life jacket on board.
        Captain [[name:Iain Sinclair]] held the departure while a spare one came from the fire station. Weight and
        balance redone with the infant and a surfboard that was also missing from the hold figures. Departure 14
        minutes late. Learning: the dispatcher's headcount saved us; the infant flag in the booking system does not
        carry to the load sheet at island stations. Ref [[case_reference:LS-TRE-240727]].
    """)),
    ("aviation", "success", p("""
        Rescue debrief, [[date:18/02/2024]]. {{HM Coastguard}} helicopter [[aircraft_registration:G-MCGZ]], an
        {{AW189}} out of Inverness, was tasked to a climber with a lower leg fracture on An Teallach.
        [[organisation:Dundonnell Mountain Rescue Team]] reached him first, splinted the leg and kept him warm in a
        casualty bag. Winchman paramedic [[name:Jo Tait]] was lowered in a gap in the cloud and the casualty,
        [[name:Calum Fraser]], [[age:44]], of [[address:8 Mill Street, Ullapool]], [[postcode:IV26 2UN]], was lifted
        and flown to [[organisation:Raigmore]] in 22 minutes. Good: early call from the MRT leader, shared radio
        channel, and a clear plan B to stretcher him down if the cloud closed in. [[name:Calum]] sent the team a
        card and a bottle.
    """)),
]


def main() -> None:
    records = build_records("blind33", REPORTS)
    write_records(OUT, records)


if __name__ == "__main__":
    main()
