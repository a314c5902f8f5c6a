"""Held-out blind corpus 62: Teesside children's services front door and its partners.

Setting: a North East (Tees Valley) local authority's children's social care - MASH/front
door contacts, strategy discussions, child protection conferences, core groups, LAC reviews,
care leavers and fostering - plus the health and airport/aviation partners who refer into it
(health visitors, paediatrics, LAC nurses, airport safeguarding, cabin crew, flying clubs).
Voice: dated case-note style with times, agency names, family members by relationship and
name; Teams chats, e-mails, logs and minutes; ordinary practitioner prose with local turns
of phrase ("mam", "our kid", "the bairn").
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from markup import block, build_records, write_records  # noqa: E402
from markup import flow as prose  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "corpus" / "heldout_blind62.jsonl"

REPORTS = [
    # ------------------------------------------------------------------ social care
    ("social_care", "incident", block("""
        CONTACT RECORD - front door
        Ref: [[case_reference:CON/24/118305]]
        Date/time: [[date:14/02/2024]] 09:42
        Referrer: DSL, [[organisation:Grangefield Academy]]
        Child: [[name:Kacper Nowak]] ([[age:9]]), [[address:27 Bowesfield Crescent]], Stockton, [[postcode:TS18 3QP]]
        Mother: [[name:Agnieszka Nowak]]. Father: [[name:Tomasz]] (not at address).
        Summary: [[name:Kacper]] arrived with a burn to the back of his hand, told the TA "it was the iron, mam's boyfriend did it". DSL [[name:Lyndsey Hollis]] rang 09:35.
        Action: passed to {{MASH}} and RAG rated red. Police checks requested 09:50.
        Error: contact first logged against the wrong child ([[name:Kacper Nowacki]], [[case_reference:CON/24/118299]]) - corrected 10:15 by [[name:RW]], {{Duty Manager}} informed.
    """)),
    ("social_care", "near_miss", prose("""
        Strategy discussion held [[date:3 March 2024]] at 14:00 via {{Teams}} re [[name:Amara]] and
        [[name:Chidi Okonkwo]] (aged [[age:6]] and [[age:4]]). Present: DC [[name:Farah Iqbal]] for
        the police, [[name:Nkechi]] from [[organisation:Hardwick Children's Centre]], and health
        visitor [[name:Beth Cowan]]. The near miss: the minutes template auto-filled the previous
        family's surname ([[name:Okafor]]) in the header and this was nearly sent to all attendees.
        {{Team Manager}} [[name:Gavin Prest]] spotted it before circulation. Decision was
        {{Section 47}} single agency, with a child protection medical for [[name:Amara]] at
        [[organisation:Rosewood Paediatric Assessment Unit]] tomorrow. Mum [[name:Ifeoma Okonkwo]]
        to be told by the allocated worker in person, not by phone.
    """)),
    ("social_care", "success", prose("""
        Initial Child Protection Conference, [[date:21/03/2024]], civic centre room 2. Chair:
        [[name:Sandra Whitfield]] (IRO). Child: baby [[name:Ayaan Hussain]], DOB
        [[date_of_birth:02/01/2024]]. Parents [[name:Saima]] and [[name:Imran Hussain]] attended,
        with an Urdu interpreter for paternal grandmother [[name:Nasreen Bashir]], who agreed to be
        the named safety person in the {{Signs of Safety}} plan. Outcome: child protection plan
        under the category of neglect. Everyone agreed the {{danger statement}} and
        {{safety goal}} in plain English and dad said it was the first meeting where he "actually
        knew what was going on". First core group booked for [[date:4 April]].
    """)),
    ("social_care", "incident", block("""
        Core group meeting - [[date:11.04.24]] - home visit format
        Present: [[name:Jade Corner]] (SW), [[name:Shannon Lowther]] (mam). Ms [[name:Tate]] (school) did not attend.
        Children: [[name:Riley]] ([[age:11]]), [[name:Kenzie]] ([[age:8]]), the [[name:Lowther-Bell]] twins ([[age:3]])

        While I was in the kitchen with mam, [[name:Kenzie]] let in a man she called "Uncle [[name:Gaz]]". Mam said this was [[name:Gary Bell]], the twins' dad, who is subject to a non-molestation order and should not be at [[address:14 Ropner Avenue]]. He left when he saw me.
        16:20 police informed (log [[case_reference:CLE-20240411-0783]]).
        16:35 {{Team Manager}} informed, strategy discussion requested. {{Written Agreement}} to be reviewed.
    """)),
    ("social_care", "success", prose("""
        LAC review for [[name:Demi-Leigh Stubbs]] ([[age:15]]) held at her placement with foster
        carers [[name:Pauline]] and [[name:Derek Mawson]], [[date:8 May 2024]]. IRO
        [[name:Harjit Sandhu]]. [[name:Demi]] has now been at [[organisation:Conyers School]] for a
        full year with 96% attendance, the longest she has stayed anywhere since she came into care.
        She chaired the first part of her own review using the {{Mind of My Own}} app and asked for
        contact with her brother [[name:Callum]] to move to weekends. {{Care plan}} endorsed;
        {{Pathway Plan}} work to start after her next birthday. PEP targets all met.
    """)),
    ("social_care", "success", prose("""
        PA visit, care leaver [[name:Yonas Tesfay]] ([[age:19]]), [[date:23/05/2024]]. Met at his new
        flat, [[address:Flat 6, Ashbourne Court, Linthorpe Road]], [[postcode:TS1 4RW]]. Tenancy
        started through the {{Staying Close}} offer and he has bought a kettle and curtains with
        the setting-up home allowance. He showed me his acceptance letter from
        [[organisation:Middlesbrough College]] for the electrician course. Still struggling with
        his {{Universal Credit}} journal so we did it together. His friend [[name:Mehari]] was
        present and [[name:Yonas]] was happy for him to stay. Next PA visit in four weeks.
        Mobile confirmed as [[phone:07700 900418]].
    """)),
    ("social_care", "near_miss", prose("""
        Fostering duty, [[date:Tues 4th June]]. Birth father [[name:Lee Raine]] rang asking which
        school his son [[name:Tyler]] now attends "so I can drop his PE kit off". The new admin
        worker had the placement plan open and started to read out the carers' address in
        Billingham before [[name:Michelle]] (senior practitioner) stopped her. Nothing was
        disclosed. Carers [[name:Ravinder]] and [[name:Kulwant Gill]] told the same afternoon and are
        reassured. Learning: placement addresses should show as restricted on the front screen, and
        all duty staff reminded about {{Confidential Address}} flags. Reported to the
        {{Fostering Team Manager}}.
    """)),
    ("social_care", "incident", block("""
        From: [[name:Kirsty Alderson]] <[[email:kirsty.alderson@teesvale.gov.uk]]>
        To: Information Governance
        Sent: [[date:17 June 2024]] 11:06
        Subject: Data breach - child protection minutes [[case_reference:CP-0419-24]]

        Hi, the ICPC minutes for [[name:Mia]] and [[name:Leo Featherstone]] were posted to mam's old address at [[address:9 Seaton Carew Road]], Hartlepool [[postcode:TS25 1BN]] rather than her refuge address. The new tenant opened them and rang the number on the letter. I've collected them in person. Mam ([[name:Chelsea Featherstone]]) knows and is understandably furious. Refuge worker aware. Please advise on {{ICO}} threshold.
        [[name:Kirsty]]
        Social Worker, {{Child in Need}} team
    """)),
    ("social_care", "incident", block("""
        EDT LOG - [[date:29/06/2024]]
        22:14  Call from [[organisation:Cherry Tree House]] (residential): [[name:Kai Mensah]] ([[age:14]]) not returned, due 21:30.
        22:20  Staff searched usual spots - Albert Park, [[name:Kai]]'s mate [[name:Brandon]]'s house. Nothing.
        22:45  Reported missing to police, ref [[case_reference:MFH/24/55871]].
        00:50  [[name:Kai]] seen by a taxi driver getting into a silver car, reg [[vehicle_registration:NK19 XHP]], near the bus station.
        01:30  Located by police at an address in North Ormesby with two older males. Returned to the home 02:10.
        Actions: {{return home interview}} to be offered, {{CCE}} screening tool to be completed, {{Philomena Protocol}} form updated. - [[name:A. Quraishi]], EDT
    """)),
    ("social_care", "success", prose("""
        Private fostering notification received [[date:2 July 2024]] from [[organisation:St Bede's RC Primary]]:
        [[name:Bao Nguyen]] ([[age:10]]) has been living with a family friend, [[name:Thi Lan Pham]],
        since his mam returned to Vietnam for surgery. Visit completed within 7 working days as per
        {{Private Fostering Regulations}}. Home at [[address:52 Acklam Road]] is clean and
        [[name:Bao]] has his own room. [[name:Lan]] has been clear she will care for him until
        Christmas. DBS checks started. Good outcome - school spotted it because [[name:Bao]] wrote
        about "Auntie [[name:Lan]]" in a diary task, which shows why {{Private Fostering}} awareness
        training for school staff matters.
    """)),
    ("social_care", "near_miss", prose("""
        UASC referral from Home Office, [[date:18/07/2024]]: young person giving his name as
        [[name:Hemin Karim]], Kurdish, says he is [[age:16]]. Home Office paperwork had him as
        DOB [[date_of_birth:01/01/2003]] which would make him [[age:21]]. He was about to be placed at
        an adult hotel when duty worker [[name:Lauren Hind]] challenged it. Interpreter confirmed he
        had said "[[age:sixteen]]" at the port but it was written as his year of arrival in Europe. Placed in
        supported accommodation pending a {{Merton-compliant}} assessment. {{National Transfer Scheme}}
        referral on hold. Home Office ref [[case_reference:HO-UASC-7712045]].
    """)),
    ("social_care", "incident", prose("""
        Supervised contact [[date:26 July]] at the family centre. [[name:Zainab]] ([[age:7]]) with
        mum [[name:Halima Warsame]]. Contact supervisor [[name:Donna Pickering]]. Around 30 mins in,
        mum's phone rang and she passed it to [[name:Zainab]] - it was maternal uncle
        [[name:Abdirahman]], who is not approved for contact. [[name:Donna]] ended the call and
        reminded mum of the {{contact agreement}}. [[name:Zainab]] became upset and asked "why can't I
        talk to [[name:Abdi]]". Contact ended early. Foster carer told at handover. SW [[name:P. Hodgson]]
        informed by phone 15:40; contact to be reviewed at next {{Care Planning Meeting}}.
    """)),
    ("social_care", "near_miss", block("""
        [{{Teams}} chat, Assessment Team B - [[date:05/08/2024]]]
        [[name:Becca Nattrass]] 10:02: has anyone got the sibling on [[case_reference:LL-2201776]]? [[name:Jaxon]]'s brother?
        [[name:Tariq M]] 10:03: [[name:Mason]]? he's with [[name:Phil]]
        [[name:Becca Nattrass]] 10:03: the {{Early Help}} worker says a different [[name:mason]] is also at same school lol
        [[name:Philip Crooks]] 10:05: yep careful - ours is [[name:Mason Thwaites]] DOB [[date_of_birth:14/09/2013]], the other lad has the same first name and year group
        [[name:Tariq M]] 10:06: ah nearly sent the {{Child in Need}} letter to the wrong house then
        [[name:Becca Nattrass]] 10:06: thank god for [[name:Phil]] x
    """)),
    ("social_care", "success", prose("""
        Step-down to {{Early Help}} agreed at closing CIN review, [[date:12 August 2024]]. The
        [[name:Sidhu]] family: mum [[name:Manpreet]], children [[name:Arjun]] ([[age:13]]) and
        [[name:Simran]] ([[age:9]]). Family worker [[name:Ellie Garbutt]] from
        [[organisation:Thornaby Family Hub]] will lead, with a {{Team Around the Family}} meeting in
        six weeks. Since dad moved out mum has engaged with [[organisation:Harbour]] for the domestic
        abuse programme and the children's school attendance is back above 95%. [[name:Arjun]] told me
        "it's quiet at home now, in a good way". Case closure summary sent to the family in Punjabi
        and English.
    """)),
    ("social_care", "near_miss", prose("""
        PLO pre-proceedings: when checking the court bundle index for the [[name:Cartwright]]
        children on [[date:2nd September 2024]], legal assistant [[name:Naomi Fenwick]] noticed the
        {{viability assessment}} of maternal aunt [[name:Claire Dowson]] still contained the
        foster carers' address at [[address:3 Greenbank Close]], Guisborough, [[postcode:TS14 7LA]], in
        a chronology entry. The bundle was due to be served on father, [[name:Darren Cartwright]],
        who has threatened carers before. Redacted and re-paginated before service. Case
        [[case_reference:MB24C00318]]. Raised at the {{Legal Gateway}} panel as learning.
    """)),
    ("social_care", "success", prose("""
        Annual review of foster carers [[name:Olu]] and [[name:Funmi Adeyemi]], [[date:19/09/2024]],
        by SSW [[name:Gemma Ward]]. Over the year they have cared for three children including
        [[name:Lacey]] ([[age:2]]) who moved on to adoption in June. The adopters wrote that
        [[name:Olu]] and [[name:Funmi]]'s "goodbye book" for [[name:Lacey]] was the best transition
        work they had seen. Carers completed {{Skills to Foster}} refresher and {{PACE}} training.
        Recommendation to {{Fostering Panel}}: continue approval for up to 2 children aged 0-10.
        Carers' daughter [[name:Tolu]] ([[age:19]]) has moved out so household checks to be updated.
    """)),
    ("social_care", "incident", block("""
        Case note - [[date:3/10/24]] 17:55 - [[name:Dawid Lis]] SW
        Home visit to [[name:Lacey-Mae Robson]] ([[age:4]]) at nan's, [[address:71 Oxbridge Lane]].
        Nan ([[name:Brenda Robson]]) said mam ([[name:Stacey]]) had taken the bairn to the shop. Waited 40 mins.
        [[name:Stacey]] returned without [[name:Lacey-Mae]], said she was "at [[name:Jodie]]'s". Could not give an address. Phone [[phone:07700 900733]] rang out.
        18:45 [[name:Lacey-Mae]] returned by [[name:Jodie Hart]] (family friend, not assessed).
        Child seen, no marks, happy. But this breaches the {{safety plan}} and {{Written Agreement}}.
        Discussed with {{Duty Manager}} - legal planning meeting requested.
    """)),

    # ------------------------------------------------------------------ health
    ("health", "incident", prose("""
        Health visitor new birth visit, [[date:9 January 2024]], to baby [[name:Noah Pearson]]
        (NHS no. [[nhs_number:921 374 5281]]) at [[address:12 Whinstone Drive]], Ingleby Barwick. Mum
        [[name:Kayleigh]] was alone and tearful, scored high on {{EPDS}}. Baby was sleeping on the
        sofa between cushions, not in the {{Moses basket}}. Partner [[name:Scott]] came in during the
        visit smelling of alcohol and told me to "get out of our house". Safe sleep advice given to
        mum. Referral to {{MASH}} made 14:10, mental health referral to
        [[organisation:Tees Perinatal Team]]. Discussed with safeguarding supervisor [[name:Anne-Marie Goodwill]].
    """)),
    ("health", "incident", block("""
        ED safeguarding referral - [[organisation:Rosewood Hospital]] Paediatric ED
        Date: [[date:20/01/2024]]   Time seen: 03:20
        Patient: [[name:Oliver Jackson-Smart]]   DOB: [[date_of_birth:11/09/2023]]   Hosp no: [[case_reference:RW4418823]]
        NHS: [[nhs_number:220 421 0773]]
        Presenting: [[age:4-month-old]], non-mobile, brought by dad ([[name:Connor]]) with "a bump from the car seat". Bruise R cheek, 2 fingertip bruises L upper arm.
        Plan: admitted under paediatrics, {{skeletal survey}}, {{CT head}}, bloods incl {{clotting screen}}. {{NAI}} pathway.
        {{MASH}} informed 03:55. Registrar: Dr [[name:Ngozi Eze]]. Nurse in charge: [[name:Liam O'Donnell]].
    """)),
    ("health", "near_miss", prose("""
        Maternity: pre-birth safeguarding plan for [[name:Roxanne Dobbin]] (EDD [[date:2 March 2024]])
        was filed in the notes of a different woman, [[name:Roxanne Dobbing]], on the same antenatal
        ward. Found by community midwife [[name:Precious Moyo]] on [[date:22 February]] when she noticed
        an alert saying "baby not to be discharged without social worker agreement" on a patient with
        no {{safeguarding}} history. Had it stayed there, Ms [[name:Dobbin]] could have been discharged
        with baby before the {{discharge planning meeting}}. Alerts moved and both women's records
        checked by the named midwife.
    """)),
    ("health", "success", prose("""
        Initial Health Assessment completed [[date:7 February 2024]] for [[name:Precious-Grace Mbeki]]
        ([[age:5]]), {{looked after}} since [[date:19 January]]. NHS [[nhs_number:805 923 1588]]. Seen
        at [[organisation:Parkside Medical Centre]] by Dr [[name:Ruth Akinola]] with foster carer
        [[name:Jean Lumsden]]. Immunisations were two years behind; catch-up {{MMR}} and {{DTaP/IPV}}
        given today. Dental registration arranged with [[organisation:Yarm Lane Dental Practice]]. Squint
        noted - referred to {{orthoptics}}. This is a success because the IHA was done within the 20
        working days for the first time this quarter, thanks to the LAC health admin
        ([[name:Kerry-Ann]]) booking it the day the {{placement notification}} came through.
    """)),
    ("health", "incident", prose("""
        School nurse drop-in at [[organisation:Northfield School and Sports College]],
        [[date:28/02/2024]]. Year 9 pupil [[name:Ellie-Jo Wilkinson]] ([[age:14]]) disclosed that her
        mam's partner "[[name:Mackie]]" (she thinks his real name is [[name:Craig McKay]]) has been
        coming into her room at night. Followed the {{school nurse}} safeguarding procedure: did not
        ask leading questions, recorded her words verbatim, told her I would have to share it. Informed
        DSL Mr [[name:Rahman]] and rang the front door 11:20, contact ref
        [[case_reference:CON/24/120664]]. Issue: the drop-in room has no lockable filing so my notes sat
        in my bag until I could get back to base. {{Datix}} raised.
    """)),
    ("health", "near_miss", block("""
        GP practice safeguarding meeting - [[organisation:Eaglescliffe Health Centre]] - [[date:6 March 2024]]
        Attendees: Dr [[name:Simon Grieveson]] (safeguarding lead), [[name:Aisha Bello]] (HV), [[name:Karen]] (practice manager)

        1. [[name:Jayden Brannigan]] (DOB [[date_of_birth:30/06/2021]], NHS [[nhs_number:790 964 5570]]) - 3 DNA'd paediatric {{audiology}} appointments. Clinic had discharged back to GP with "no further action". Not picked up as {{Was Not Brought}} until today.
        2. Agreed: HV to visit; Dr [[name:Grieveson]] to write to family at [[address:5 Durham Lane]] and re-refer.
        3. Near miss noted - the {{EMIS}} coding for WNB was not applied by the hospital letter workflow.
    """)),
    ("health", "incident", prose("""
        CAMHS crisis team, [[date:Sat 16 March]]. [[name:Harvey Lamb]] ([[age:16]]), open to the
        {{Tier 3}} team, attended ED after an overdose of {{paracetamol}} and {{sertraline}}. He is a
        looked-after child placed out of area from Teesside in a children's home run by
        [[organisation:Brightwater Care]]. Home staff did not know the name of his social worker and
        the out-of-hours number on his care plan was for the wrong authority. We eventually reached
        EDT via the hospital switchboard after 90 minutes. [[name:Harvey]] medically fit at 19:00,
        {{Mental Health Act}} assessment not needed, returned with a {{safety plan}}. Clinician:
        [[name:Nadia Chowdhury]], {{CAMHS}} crisis practitioner.
    """)),
    ("health", "near_miss", prose("""
        Community pharmacy, [[organisation:Hemlington Pharmacy]]. On [[date:4/4/24]] a young man asked
        to collect a prescription for [[name:Shay Dennison]] (care leaver, [[age:18]]). He said he was [[name:Shay]]'s "key worker" but had no ID and could not give the date of birth. Pharmacist
        [[name:Vikram Patel]] refused to hand over the {{pregabalin}}. We later found out from the
        care leavers' PA, [[name:Rachael Fox]], that [[name:Shay]] had been reporting someone taking
        his meds off him. Our {{SOP}} worked but we had no way to share the concern quickly - the PA
        only got in touch because [[name:Shay]] mentioned it. Now have the leaving care duty number,
        [[phone:01632 960214]], on the safeguarding board.
    """)),
    ("health", "incident", block("""
        Sexual health clinic - safeguarding proforma (under 18)
        Clinic: [[organisation:Lawson Street Sexual Health]]   Date: [[date:15/04/2024]]
        Client: "[[name:Tia]]" (gave first name only), states [[age:15]], attended with a man she called her "boyfriend [[name:Ash]]", looked much older
        {{Spotting the Signs}} score: high. Requested {{emergency contraception}}. Phone showed messages from "[[name:Ash]]" about "paying back" a party.
        Nurse [[name:Bernadette Kilbride]] tried to separate them; [[name:Ash]] left with [[name:Tia]] before the {{Fraser guidelines}} assessment was finished.
        Contact to {{MASH}} 12:40 with description and car: black Audi A3, [[vehicle_registration:YT68 KWV]].
    """)),
    ("health", "success", prose("""
        {{Community dental}} referral closed [[date:30 April 2024]]. [[name:Kyle]] and
        [[name:Brooklyn Hebden]] ([[age:7]] and [[age:5]]) were seen in January with 14 decayed teeth
        between them and [[name:Kyle]] in pain. Dentist [[name:Aled Prosser]] shared a {{dental neglect}}
        concern with their social worker [[name:Iona MacRae]] and it was added to the {{Child in Need}}
        plan. Mam brought both children to every appointment after that, with a bus pass provided by
        the local authority. Treatment under {{general anaesthetic}} done for [[name:Kyle]] in March.
        Both now brushing twice a day with the sticker chart. Discharged to the family dentist.
    """)),
    ("health", "near_miss", prose("""
        Children's ward, {{Ward 14}} at [[organisation:Rosewood Hospital]],
        [[date:12th May 2024]]. [[name:Maisie Collingwood]] ([[age:6]]), subject to a child protection
        plan, was ready for discharge. A woman arrived saying she was the aunt and had been sent by mam.
        The HCA was getting [[name:Maisie]]'s TTOs when staff nurse [[name:Grace Okoro]] checked the
        {{safeguarding alert}} on the whiteboard: the only people approved to collect were the foster
        carers, Mr and Mrs [[name:Lynch]]. The woman left before security arrived. Social worker and
        police informed. Hospital incident [[case_reference:W-2024-11907]].
    """)),
    ("health", "incident", prose("""
        Ambulance crew report, call [[case_reference:NEAS-240603-4471]], [[date:3 June 2024]], 02:15.
        Attended [[address:41 Westbourne Grove]], Redcar, [[postcode:TS10 3HG]] for a [[age:2-year-old]]
        ([[name:Ruby-Rose Catterick]]) with a febrile seizure. Seizure resolved on arrival. House
        very cold, no working heating, dog faeces in the living room, two other children
        ([[name:Archie]] and [[name:Frankie]]) asleep on a bare mattress. Dad ([[name:Jordan]]) under
        the influence. Conveyed [[name:Ruby-Rose]] with dad to ED. {{Safeguarding referral}} made via the
        trust's online form at 04:30 and EDT called. Paramedic [[name:Sophie Rennison]],
        {{ECA}} [[name:Matty Hume]].
    """)),
    ("health", "incident", block("""
        From: {{Named Nurse}} Safeguarding Children <[[email:safeguarding.children@rosewood.nhs.example.org]]>
        To: [[name:Carl Oyelaran]]
        Date: [[date:10/06/2024]]
        Subject: RE: info request - [[name:L.K.]] [[case_reference:SC-88412]]

        [[name:Carl]] - apologies. The health chronology I sent you yesterday for [[name:Lily Kaur]] included two pages about her cousin [[name:Jasleen]], who is a different patient at the same GP. Could you please delete the attachment and confirm back? I have reported this as an {{information governance}} incident and will resend a checked copy today.
        [[name:Bev Armitage]]
        Named Nurse, Safeguarding Children
    """)),
    ("health", "success", prose("""
        Pre-discharge planning meeting, maternity, [[date:24/06/2024]]. Baby girl [[name:Hawa]] born
        [[date_of_birth:21/06/2024]] to [[name:Mariama Sesay]] ([[age:17]]), herself a
        {{looked after child}}. Present: midwife [[name:Jo Wetherell]], SW [[name:Amina Diallo]], mum's
        foster carer [[name:Lorraine]], mum's IRO. Agreed a parent-and-child placement with
        [[name:Lorraine]] for 12 weeks. Mum said she felt "listened to, not judged". The plan was in
        place before birth so baby did not stay on the ward a day longer than needed. Good
        partnership working with {{Family Nurse Partnership}} who will visit from day 10.
    """)),
    ("health", "incident", prose("""
        Community paediatrics, child protection medical, [[date:9 July 2024]]. [[name:Zuzanna]]
        ([[age:8]]) was brought by the SW at 16:45 - medical requested at strategy at 10:00. By the time
        she was seen the mark on her neck described by school was fading. Body map completed, photos
        taken with consent by the {{medical photography}} service. Dr [[name:Tendai Mupfumira]]
        concluded findings "consistent with" the account of being grabbed by the neck. Delay was
        because the {{CP medical}} rota had no consultant after 13:00. Raised by
        Dr [[name:Mupfumira]] with the designated doctor.
    """)),
    ("health", "near_miss", prose("""
        Records: twins [[name:Ibrahim]] and [[name:Ismail Ahmed]] were registered with swapped NHS
        numbers after a paper form at birth. [[name:Ibrahim]] has a heart murmur under follow-up; his
        cardiology letter went on [[name:Ismail]]'s record ([[nhs_number:290 999 3027]]) while
        [[name:Ibrahim]]'s own number is [[nhs_number:321 577 4356]]. Picked up on
        [[date:23/07/2024]] by the health visitor [[name:Charlotte Pugh]] at the {{9-12 month review}}
        when mum said "no, it's the other one with the heart". Both records corrected by
        {{PCSE}}. No wrong treatment given.
    """)),
    ("health", "success", prose("""
        Adult drug and alcohol service, [[organisation:Tees Recovery Hub]]. [[name:Gareth Sowerby]],
        dad to [[name:Alfie]] ([[age:3]]), has completed {{detox}} and 12 weeks of {{Buvidal}} with no
        positive tests. Keyworker [[name:Hanna Kowalczyk]] attended the child protection review
        conference on [[date:14/08/2024]] and gave a written report for the first time - previously
        the service only sent "attended/not attended". The chair said it gave the conference real
        evidence of change. Plan stepped down to {{Child in Need}}. [[name:Gareth]] said "I'm still
        the same man, I just turned up".
    """)),

    # ------------------------------------------------------------------ aviation
    ("aviation", "incident", block("""
        GROUND OPS OCCURRENCE - Unaccompanied minor not met
        Date: [[date:02/04/2024]]   Flight: [[flight_number:KL1531]] ex Amsterdam   A/C: [[aircraft_registration:PH-EXR]] ({{Embraer 175}})
        UM: [[name:Sofia Andreou]], [[age:11]]
        Nominated collector on UM form: father, [[name:Nikos Andreou]], mob [[phone:07700 900562]]

        Arrived on stand 4 at 21:40. Nobody at the {{UM desk}}. Dad's phone off. Agent [[name:Shaz Begum]] stayed with [[name:Sofia]] in the {{CIP lounge}} with a drink and her tablet. 22:55 still no contact - duty manager rang EDT at [[organisation:Tees Vale Council]] as per airport safeguarding SOP. Dad arrived 23:20, said he'd been told the wrong arrival time by mum. ID checked against form, released. Report to airline and to EDT.
    """)),
    ("aviation", "success", prose("""
        Airport safeguarding lead report, [[organisation:Teesside International Airport]],
        [[date:19 April 2024]]. Check-in agent [[name:Gemma Cuthbert]] noticed a girl, about
        [[age:14]], travelling on [[flight_number:T7 203]] to Bucharest with a man who was not her
        father and who answered every question for her. Her passport named her as
        [[name:Andreea Lungu]]. {{Border Force}} were called and spoke to her alone with an
        interpreter; she said she did not know where she was going to live. Man was arrested on
        suspicion of {{modern slavery}} offences. [[name:Andreea]] was taken into police protection
        and the {{MASH}} found a foster placement that night. Staff followed {{It's Not OK}} training to
        the letter.
    """)),
    ("aviation", "incident", prose("""
        Cabin crew report, [[flight_number:LS1184]] Palma - Teesside, [[date:28/05/2024]],
        [[aircraft_registration:G-JZHT]]. Passenger in 14C, travelling alone with an infant, was
        visibly intoxicated after boarding and dropped the baby onto the armrest while trying to fit the
        {{infant lap belt}}. Baby cried, no obvious injury. SCCM [[name:Niamh Doherty]] informed the
        captain, who requested police and paramedics on arrival. Passenger gave her name as
        [[name:Lauren Beadle]], baby [[name:Oakley]]. Police confirmed on arrival that a referral would
        go to children's services. Crew member [[name:Kieran]] sat with mum for the rest of the flight.
        {{ASR}} and safeguarding report submitted.
    """)),
    ("aviation", "near_miss", prose("""
        Check-in, [[date:22 July 2024]], 05:10. Foster carers [[name:Tracey]] and
        [[name:Steve Brackenbury]] checking in for [[flight_number:EZY6473]] to Faro with
        [[name:Kian]] ([[age:12]]), who is {{looked after}}. They had the social worker's letter but it
        was not signed and did not give the local authority's out-of-hours number. Agent nearly refused
        boarding. Supervisor [[name:Rajesh Mistry]] rang the number on the council letterhead, got {{EDT}},
        and the EDT social worker confirmed the holiday was agreed and emailed from
        [[email:edt@teesvale.gov.uk]]. Family boarded. Suggest the council use a standard travel
        consent letter with a 24h number.
    """)),
    ("aviation", "near_miss", block("""
        [[organisation:Tees Aero Club]] - safety/safeguarding occurrence
        Date: [[date:Sat 8 June 2024]] - Air Cadets air experience day
        Reported by: Wg Cdr (retd) [[name:Alan Pybus]], club welfare officer

        A club member posted photos of the cadet flights to the club's public Facebook page. One showed a cadet, [[name:Nathan]], in the {{PA-28}} [[aircraft_registration:G-BSXC]] with his full name on the caption. [[name:Nathan]] is a {{looked after child}} and his carer had ticked "no photos" on the consent form. Caught by his squadron staff within 40 mins and removed. No known harm. Reminder to all members on the photo policy.
    """)),
    ("aviation", "incident", prose("""
        Airside security occurrence, [[date:11/08/2024]], gate 3. A boy of about [[age:6]] walked
        through the boarding gate behind a family boarding [[flight_number:LS973]] and got as far as
        the foot of the aircraft steps of [[aircraft_registration:G-DRTA]] before the dispatcher
        stopped him. He had become separated from his mother in the {{departure lounge}}. Mum,
        [[name:Kerry Spraggon]], was found at the duty free tills in a panic. Reunited at 10:25. Gate
        agent [[name:Jamal Haddad]] had been distracted by a {{PRM}} passenger. Because mum
        disclosed she had been drinking since 5am and had two other children with her, duty manager
        rang children's services for advice.
    """)),
    ("aviation", "success", prose("""
        {{Operation Limelight}} day at the airport, [[date:20 July 2024]], start of school holidays.
        {{Border Force}} and police spoke with families on flights to high-prevalence countries about
        {{FGM}}. One mum, [[name:Fadumo]], quietly told an officer she was worried her sister-in-law
        planned to have her daughter "cut" during the visit. The family had not yet checked in for
        [[flight_number:TK1992]]. A {{FGM Protection Order}} was applied for the same afternoon with
        support from the {{MASH}} and the girl, [[name:Ubah]] ([[age:9]]), stayed in the UK with her mum.
        Huge credit to the [[organisation:Sahara Women's Project]] volunteer who had spoken to mum first.
    """)),
    ("aviation", "success", prose("""
        Neonatal air transfer, [[date:5 September 2024]]. Baby [[name:Evie-Mae Tennant]] (born
        [[date_of_birth:03/09/2024]] at 27 weeks) flown from Teesside to a cardiac centre in
        Leeds in {{AW169}} [[aircraft_registration:G-GNAA]] operated by [[organisation:Great North Air Ambulance]].
        Baby is subject to an {{Emergency Protection Order}}; mum not to be told the destination. The
        social worker, [[name:Obinna Nwosu]], gave the crew a one-page summary before the flight and
        the receiving ward had the safeguarding plan before landing. Flight nurse
        [[name:Hollie Ridley]] said it was the smoothest safeguarding handover she had done.
    """)),
    ("aviation", "success", prose("""
        Police helicopter tasked 23:10 [[date:14/09/2024]] to search for a missing child,
        [[name:Reece Gowland]] ([[age:13]]), who had run from his foster placement in Eston after a
        row. {{NPAS}} aircraft [[aircraft_registration:G-POLF]] used the {{thermal camera}} over
        Eston Hills and located him curled up by a gorse bush at 23:48, cold but unhurt. Ground
        units walked him down. Foster carer [[name:Denise]] said she had told the call handler which
        paths he liked, which narrowed the search. Police ref [[case_reference:CLE-20240914-2201]].
        {{Return home interview}} booked.
    """)),
    ("aviation", "near_miss", block("""
        UM HANDOVER LOG - arrivals - [[date:27/09/2024]]
        [[flight_number:BA1334]]   UM [[name:Josiah Campbell-Reid]] ([[age:8]])
        Collector per form: "[[name:Marcia Reid]] (grandmother)"
        17:52  Woman approaches desk: "I'm here for [[name:Josiah]]". Gives name [[name:Marcia Campbell]].
        17:53  Agent [[name:Ola]] nearly released - ID shows [[name:Marcia Campbell]], not the name on the form.
        17:58  Called number on form ([[phone:07700 900147]]) - answered by [[name:Marcia Reid]], who is in the {{car park}}. The woman at the desk is [[name:Josiah]]'s paternal aunt; parents separated, {{court order}} in place.
        18:05  [[name:Josiah]] released to grandmother after photo ID check. Aunt left.
        Learning: never release on a partial name match.
    """)),
    ("aviation", "near_miss", prose("""
        Work experience placements at [[organisation:Northern Skies Aviation]] (maintenance hangar),
        week of [[date:14 October 2024]]. The host supervisor left the printed student list, with
        home addresses and dates of birth, pinned to the crew room noticeboard. One student is a care
        leaver, [[name:Kamila Wozniak]], whose address is meant to be withheld. Spotted by the
        {{CAMO}} manager [[name:Trevor Sill]] after about two hours and removed. Notified the
        school's work experience coordinator, Mrs [[name:Baines]]. Going forward the list stays with
        the {{Accountable Manager}} only.
    """)),
    ("aviation", "success", prose("""
        Terminal, [[date:1 November 2024]], 14:30. Lost child report: [[name:Aarav]] ([[age:4]])
        separated from dad near security. Our new "lost child" code was called on the radio, all
        exits covered within 2 minutes, and cleaner [[name:Mandy Oxley]] found him under the seating
        by {{gate 6}} eating crisps. Dad [[name:Rohan Mehta]] was with {{Terminal Duty Manager}} at the
        info desk. Reunited 14:41. Dad thanked staff. Good example of the procedure working after the
        August gate 3 incident. Passed on to the airport safeguarding group.
    """)),
    ("aviation", "success", prose("""
        Port alert hit, [[date:19/11/2024]]. {{Border Force}} at [[organisation:Newcastle International Airport]]
        stopped [[name:Rukhsana Begum]] ([[age:16]]) at the gate for [[flight_number:EK36]] to Dubai with
        her uncle. She is subject to a {{Forced Marriage Protection Order}} obtained by the local
        authority in October, case [[case_reference:FMPO-NE-24-0071]]. She told officers she was
        "going for a wedding". Police protection taken, placed with emergency foster carers. Social
        worker [[name:Hamida Rahman]] arrived at the airport within the hour. The {{Forced Marriage Unit}}
        was updated.
    """)),
    ("aviation", "incident", prose("""
        Captain's report, [[flight_number:LS1473]] Alicante - Teesside, [[date:23 December 2024]],
        [[aircraft_registration:G-JZHA]] ({{Boeing 737-800}}). Passenger [[name:Hayden]], [[age:10]],
        had a prolonged seizure at FL370. Cabin crew gave oxygen; a doctor on board assisted. I declared
        {{PAN PAN}} and diverted to Toulouse. Dad ([[name:Mark Appleby]]) then told crew [[name:Hayden]] was
        in foster care and he had taken him abroad without the council knowing. The French authorities
        and the UK duty social worker were contacted by the station manager. [[name:Hayden]] was admitted
        to hospital in Toulouse. First Officer [[name:Priya Nair]] completed the {{ASR}}.
    """)),
    ("aviation", "incident", block("""
        From: Customer Relations <[[email:customer.relations@skytees.example.org]]>
        To: [[email:j.hardcastle@teesvale.gov.uk]]
        Date: [[date:07/01/2025]]
        Subject: Passenger data - booking [[case_reference:XKTQ7P]]

        Dear Ms [[name:Hardcastle]],
        We apologise. In reply to your request about the booking for [[name:Amelia Rose Hutchinson]] ([[age:13]]) on [[flight_number:SKT210]], our agent attached the full passenger manifest for that flight, which includes 62 other passengers and 4 other children. We have reported this to our {{Data Protection Officer}}. Please delete it and confirm by return.
        Regards, [[name:Dominic]]
        {{Customer Relations}}
    """)),
    ("aviation", "near_miss", prose("""
        [[organisation:Sutton Bank Gliding Club]], {{junior member}} launch day, [[date:15/03/2025]].
        [[name:Ffion]] ([[age:15]]) walked towards the tug aircraft, {{Piper Pawnee}}
        [[aircraft_registration:G-BFRY]], while the engine was running, to fetch a dropped glove.
        Instructor [[name:Bill Atkinson]] shouted and she stopped about 3 m from the prop. [[name:Ffion]]'s
        mum had asked us to keep a close eye as she has {{ADHD}} and "goes where her feet take her".
        Junior safety brief now done at the launch point every session, not just in the clubhouse,
        and juniors wear hi-vis. No social care involvement; logged for the club's {{Safety Officer}}.
    """)),
]


def main() -> None:
    records = build_records("blind62", REPORTS)
    write_records(OUT, records)


if __name__ == "__main__":
    main()
