"""Blind held-out corpus 29: Northern Ireland and the border.

Setting: Belfast, Derry/Londonderry, Newry, Omagh, Enniskillen, Ballymena and Dungannon. Children's social
care (Gateway team screening, family support hubs, looked-after children, out-of-hours and contact
centres), health (HSC trust EDs, district nursing, GP practices, care homes, NI Ambulance Service, with
10-digit H&C numbers labelled as nhs_number) and aviation (Belfast International and Belfast City airports,
ground handling, cabin crew, a flying club).

Voice: Gateway referral summaries, family support hub notes, LAC review minutes, ED nursing notes, GP
significant event analyses, ambulance PRF narratives, airline occurrence reports, e-mails and text-message
or WhatsApp-style updates, with Irish and Ulster names, Ulster Scots and local phrasing, and Polish and
Portuguese families in Dungannon.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from markup import block as b  # noqa: E402
from markup import build_records, write_records  # noqa: E402
from markup import flow as p  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "corpus" / "heldout_blind29.jsonl"


REPORTS = [
    # ------------------------------------------------------------------ social care (20)
    ("social_care", "incident", p("""
        Gateway referral summary - [[case_reference:GW/WT/24/01187]]. Referrer: Mrs [[name:Gráinne McAteer]],
        {{designated teacher}}, [[organisation:St Brigid's Primary School]]. Child: [[name:Oisín Doherty]], DOB
        [[date_of_birth:14/02/2016]], lives with the ma [[name:Shauna]] and her partner at
        [[address:27 Cromore Gardens, Derry]] [[postcode:BT48 9QX]]. On [[date:Friday 8th March]] [[name:Oisín]]
        had four fingertip bruises to the upper arm and told the classroom assistant "[[name:Dessie]] grabbed me cos
        I wouldn't go to bed". Referral emailed 16:40 Friday into the shared {{Gateway}} inbox and was not opened
        until Monday 10:15. Mums mobile [[phone:07712 448913]] not answered x3 on the Monday; joint protocol strategy
        discussion with {{PSNI}} held Monday pm, medical at [[organisation:Altnagelvin]] on the Tuesday. Child was in
        the home all weekend with the alleged perpetrator. Learning: Friday afternoon referrals to be screened by the
        duty senior before the team leaves and out of hours copied in.
    """)),
    ("social_care", "success", p("""
        Hub notes [[date:12/09/24]] - [[organisation:Mid Ulster Family Support Hub]]. Referral from {{health visitor}}
        [[name:Aoife]] re [[name:Kasia Nowak]] (mum), low mood and isolated since husband [[name:Tomasz]] went onto
        nights at the meat plant. [[name:Kasia]] has limited English so booked a telephone {{interpreter}} (Polish)
        same day rather than using the 8yo cousin like last time. Kids: [[name:Zuzia]] [[age:6]], P3 at
        [[organisation:Drumglass Primary]], and wee [[name:Kuba]] aged [[age:3]] on the waiting list for
        [[organisation:Little Acorns Playgroup]]. Home: [[address:14 Killyman Rd, Dungannon]] [[postcode:BT71 6DE]].
        Outcome: {{Home-Start}} volunteer matched, [[name:Kuba]]s place started [[date:7th Oct]], mum linked to an
        ESOL class at the library and to her GP re PND. Mum at closure: "finally someone listen to me, dziękuję".
        Closed to hub [[date:30/10/2024]] with consent. Good practice: interpreter booked at first contact.
    """)),
    ("social_care", "near_miss", b("""
        WhatsApp thread copied to case file [[case_reference:SOSCARE 2219804]] ({{LAC}} team, [[date:Thu 14 Nov]])
        [[name:ciarán]] 08:02: cant find the placement plan for [[name:Caoimhe Magee]] on the system?? who has it
        [[name:Róisín]] 08:05: its on the S drive not uploaded yet sry
        [[name:ciarán]] 08:06: she's w/ [[name:Bernie]] & [[name:Gerry Lafferty]], [[address:Glenview, 3 Glenshane Rd]]
        [[name:ciarán]] 08:07: respite, not the usual carers. does the taxi know??
        [[name:ciarán]] 08:41: taxi firm had the OLD address. driver rang me from [[phone:028 7134 6621]] b4 he set off
        [[name:Róisín]] 08:43: my bad, uploading now
        Manager note: near miss, no harm - [[name:Caoimhe]] got to school on time. Placement changes go on the
        record the same day, never just WhatsApp. Raised at team meeting re {{information governance}}. [[name:PMcK]]
    """)),
    ("social_care", "success", p("""
        LAC review minutes, [[date:21/06/2024]], held at [[organisation:Rossorry House]] children's home. Young
        person: [[name:Eoghan McGurk]], DOB [[date_of_birth:03.11.2008]]. Chair: [[name:Pádraig Ó Muirí]]. Between
        October and March [[name:Eoghan]] had eleven missing episodes. Since his {{key worker}} [[name:Shay Maguire]]
        linked him with the boxing club at [[organisation:St Michael's ABC]] and a youth worker from
        [[organisation:Fermanagh Youth Café]] there has been no missing episode since [[date:14th Feb]], and school
        attendance is up from 61% to 88%. [[name:Eoghan]] said "I'm not wanting to be running about no more, I've
        training". Mum [[name:Lorraine]] joined by Teams for the first time and asked for contact to move to
        Saturdays; agreed. GP at [[organisation:Erne Health Centre]] to review his {{sertraline}}. Good practice:
        one consistent key worker and a plan built around what the young person actually likes.
    """)),
    ("social_care", "incident", b("""
        From: [[name:Niamh Ferris]] <[[email:niamh.ferris@nhsct.hscni.net]]>
        To: [[name:Sinead Mulholland]]
        Subject: Datix [[case_reference:W-88213]] - email to wrong recipient

        Hi [[name:Sinead]],
        Logging this for the hub. On [[date:Wed 2nd Oct]] I sent the Family Support Plan for the [[name:Campbell]]
        family to [[email:j.campbell77@gmail.com]] thinking it was dad ([[name:Jason]]). It was his brother
        [[name:Jamie]]. The plan had the kids school ([[organisation:Ballykeel Primary]]) and mums new address
        after she left because of {{domestic abuse}}. Rang [[name:Jamie]] straight away on [[phone:07849 201377]],
        he deleted it and confirmed by text. Mum informed, {{MARAC}} coordinator informed, safety plan reviewed.
        Learning: I picked from autocomplete. Check the email with the parent at every review.
        Thanks,
        [[name:Niamh]]
        {{Hub Coordinator}}
    """)),
    ("social_care", "near_miss", p("""
        Near miss, {{Gateway}} duty desk, [[date:03/04/2024]]. {{Duty social worker}} [[name:Conor]] went to add a
        PSNI public protection notification to the file of [[name:Seán Mallon]] (DOB [[date_of_birth:19/07/2019]],
        H&C [[nhs_number:381 599 4187]]) who lives in Omagh. The notification was actually about
        [[name:Sean Mallon]] (DOB [[date_of_birth:09/07/2019]], H&C [[nhs_number:356 600 1732]]) in Newry - same
        name bar the fada, DOBs ten days apart. Spotted by admin [[name:Lorna]] because the notification listed the
        school as [[organisation:Windsor Hill Primary]] and the Omagh child attends [[organisation:Gibson PS]].
        Nothing merged or shared. Learning: match on H&C number, never name plus DOB; admin check built into the
        screening form. Refs [[case_reference:PPU/2024/7713]] and [[case_reference:GW-24-0412]].
    """)),
    ("social_care", "success", p("""
        Family support worker visit, [[address:Carnlea Cottage, 18 Loughgiel Road, Cloughmills]]
        [[postcode:BT44 9LT]], [[date:Tues 19/3]]. {{Kinship carer}} [[name:Wilma Gilmour]] (gran) and
        [[name:Tyler-Jay]] ([[age:9]]). Six month ago gran was ringin the office most days sayin she couldnae cope,
        thon wee lad was "rippin the house apart" and school were on about a reduced timetable. Since then: kinship
        support group every Wednesday at [[organisation:Cloughmills Community Hall]], [[name:Tyler-Jay]] seen by
        {{CAMHS}} with a sensory plan, and {{Signs of Safety}} mapping with [[name:Wilma]], the school and his da
        [[name:Stevie]]. Today gran says "he's a wee dote now, so he is, we had our dinner at the table and no
        bother". School report: no exclusions this term. Plan to step down to the hub next month. Worker:
        [[name:R. Kernohan]].
    """)),
    ("social_care", "incident", p("""
        Incident review - out of hours, night of [[date:16th/17th August]]. Sisters [[name:Amber]] ([[age:7]]) and
        [[name:Sky Devlin]] ([[age:4]]) were placed overnight with an aunt, [[name:Paula Devlin]], at
        [[address:Apt 6, 212 Antrim Road, Belfast]] [[postcode:BT15 5AJ]] after mum was arrested. Police said the
        aunt was "sound". No checks were done on the other adult in the flat, yer man [[name:Marty]] (surname not
        known). Next morning {{Gateway}} ran checks and found a {{Schedule 1}} conviction under a different
        surname, [[name:Martin Rafferty]]. Girls moved to emergency foster care by 11am; no disclosure from either
        child. Learning: the {{RESWS}} worker could not access the checks system from home after midnight; IT fix
        requested and a rule agreed that no child stays with an unchecked adult, even family.
    """)),
    ("social_care", "success", p("""
        {{UNOCINI}} initial assessment summary. Family: [[name:João Ferreira]] (dad), [[name:Mariana Ferreira]]
        (mum), [[name:Beatriz]] [[age:11]] and [[name:Tiago]] [[age:5]], [[address:9 Coalisland Road, Dungannon]]
        [[postcode:BT71 4LP]]. Referral from the {{school nurse}} after [[name:Beatriz]] said she was minding
        [[name:Tiago]] most evenings. Assessment done with a Portuguese-speaking worker, [[name:Inês]] from
        [[organisation:Dungannon Migrant Support Centre]]. Both parents on 12-hour shifts with clashing rotas and no
        family here. Not a child protection matter. Parents agreed an after-school club place at
        [[organisation:Sacred Heart PS]], funded by the hub, and [[name:João]] moved to days. [[name:Beatriz]] told
        [[name:Inês]] "agora tenho tempo para os trabalhos de casa". Closed [[date:20 May 2024]]. Learning: a
        language-matched worker turned a possible neglect referral into a practical plan within ten days.
    """)),
    ("social_care", "near_miss", p("""
        Contact centre near miss - [[organisation:Harbour Contact Centre]], Newry, Saturday [[date:9 Nov]].
        Supervised contact for [[name:Faith O'Hare]] ([[age:2]]) with dad [[name:Ryan O'Hare]]. At 10:55 an older man
        arrived with dad saying he was "just the grandda, [[name:Frank]]". Sessional {{contact worker}}
        [[name:Bríd]] was about to let him into the room but checked the contact agreement on her phone first:
        [[name:Frank O'Hare]] is named as no contact under the {{care order}}. He was turned away. Dad became
        verbally aggressive and centre manager [[name:Desmond Byers]] rang police on 101. No harm to the child.
        Learning: contact agreement to be printed at the desk with photos of anyone excluded, and sessional staff
        briefed before every session, not just the regulars. Ref [[case_reference:CC-NRY-0931]].
    """)),
    ("social_care", "incident", p("""
        Missing from care notification. Young person: [[name:Kayleigh-Ann Boyd]], [[age:14]], placed at
        [[organisation:Glenmona House]]. Reported missing to {{PSNI}} [[date:15/08/24]] 22:10, serial
        [[case_reference:1123 of 15/08/24]]. Residential worker saw her getting into a silver Audi, reg
        [[vehicle_registration:JEZ 4471]], driven by a male she calls "[[name:Daz]]", believed early 20s. Found 03:40
        at [[address:Flat 2, 41 Shore Road, Rathcoole]] with two older males, intoxicated, and taken to
        [[organisation:Antrim Area Hospital]] ED. Strategy meeting next day; {{CSE}} risk assessment updated. Staff
        had noted [[vehicle_registration:JEZ 4471]] on two earlier nights but it was never passed to police as
        intelligence. Now: any vehicle seen collecting a young person is logged and shared the same shift. Key
        worker [[name:Lee-Anne Crothers]].
    """)),
    ("social_care", "success", b("""
        Subject: Good news - [[name:McCallion]] family, hub closure
        Hi all,
        Just to share - dad ([[name:Ciarán McCallion]]) came to every session of the {{Incredible Years}} group at
        [[organisation:Shantallow Family Centre]], the first dad to finish it this year. Hub referral came in on
        [[date:14/01]] after the school raised his wee girl [[name:Ella]] ([[age:5]]) coming in hungry and late.
        He told me he had "never been shown how" after growing up in care himself. [[name:Ella]] now goes to
        breakfast club at [[organisation:Nazareth House PS]], attendance 96%, and he is doing the cooking course
        at the family centre. He asked for his number ([[phone:07530 662 918]]) to be passed to the dads group.
        Cheers,
        [[name:Deirdre]] ([[name:DMcL]])
        {{Family Support Worker}} | [[phone:028 7126 5503]]
    """)),
    ("social_care", "incident", p("""
        Notification to the fostering team, [[date:28th January]]. Foster carers [[name:Mark]] and
        [[name:Joy Kerr]] reported that [[name:Summer]] ([[age:8]]), placed with them since [[date:02/12/2023]],
        was given her {{melatonin}} twice on Sunday night. [[name:Joy]] gave the 7pm dose and went out to work;
        [[name:Mark]] saw nothing on the {{MAR chart}} because she had forgotten to mark it, and gave a second dose
        at 8. [[name:Summer]] was very drowsy next morning and missed school. Carers rang GP out of hours who advised
        observation only; no lasting harm. Learning: one adult holds the evening meds and signs straight away.
        {{Supervising social worker}} [[name:Gemma Orr]] to do medication refresher with the [[name:Kerr]]
        household by [[date:9 Feb]].
    """)),
    ("social_care", "near_miss", p("""
        Gateway screening [[date:Mon 22 Jan]]. Anonymous caller said a baby had been left crying for hours at
        [[address:5 Ardowen, Newry]]. Duty SW [[name:Mairéad]] tried the only number held for mum
        [[name:Chantelle Rooney]], [[phone:07926 114803]] - wrong number, an elderly man in Lurgan. She checked
        {{NIECR}} and the health visitor record, which held [[phone:07926 118403]]: two digits transposed on the
        original referral form. Mum answered, said baby [[name:Lexi]] (DOB [[date_of_birth:30/10/2023]]) had
        {{colic}}; HV [[name:Orla]] visited same afternoon, baby well and thriving on the 50th centile. Without the
        cross-check this would have sat as "unable to contact" for a second day. Learning: verify phone numbers
        against NIECR at screening.
    """)),
    ("social_care", "success", b("""
        {{Signs of Safety}} family meeting - [[name:Kowalczyk]] family, [[date:7 March 2024]],
        [[organisation:Dungannon Family Centre]]
        Present: [[name:Marta]] (mum), [[name:Piotr]] (dad), {{Babcia}} [[name:Halina]], SW [[name:Gareth Moffett]]
        Working well: [[name:Piotr]] sober 9 weeks, going to AA in Polish on Thursdays. Kids [[name:Oliwia]]
        ([[age:10]]) and [[name:Filip]] ([[age:7]]) drew "tata is fun now" on the three houses sheet.
        Worried about: old arguments at weekends, [[name:Oliwia]] still wets the bed when there is shouting.
        Next steps: safety plan signed by all, [[name:Halina]] is the safety person on Saturdays.
        Review [[date:18/04/24]]. Scale moved from 3 to 7.
    """)),
    ("social_care", "incident", p("""
        Incident: [[name:Darragh]] ([[age:6]]), looked after, attends [[organisation:Rathore School]]; autistic and
        {{non-verbal}}. On [[date:Thursday 11th April]] no taxi came at 3pm. He had moved placement from his kinship
        carer in Newry to foster carers [[name:Ruth]] and [[name:Colin Hanna]] at
        [[address:22 Drumalane Park, Newry]] [[postcode:BT35 8QS]] the week before, and the {{Education Authority}}
        transport team had not been told. [[name:Darragh]] sat in the school office distressed until 17:10 when the
        principal, Mrs [[name:Cunningham]], reached the foster carers on [[phone:07801 553 206]]. Learning: when a
        looked-after child moves, the social worker notifies EA transport directly, not just the school. Ref
        [[case_reference:EA-TR-55120]].
    """)),
    ("social_care", "success", p("""
        Leaving care - personal adviser note. [[name:Jordan Beattie]], [[age:18]], {{care leaver}}, moved into his
        own tenancy at [[address:Flat 11, Ardcarn House, Ballymena]] [[postcode:BT43 6HQ]] on [[date:1st July]]
        through {{NIHE}}. [[name:Jordan]] started an apprenticeship with [[organisation:Braid Valley Joinery]] in
        June. His NI number [[ni_number:JK 42 18 73 C]] had never been issued to him in care, so we sorted it with
        the Jobs and Benefits office before the UC claim. [[name:Jordan]]s text that night: "first night in me own
        place,
        got a chippy and watched the match, cheers [[name:hayley]]". Good practice: setting up tenancy, bank account
        and NI number three months ahead meant no gap in income.
    """)),
    ("social_care", "near_miss", p("""
        Cross-border near miss. [[name:Aoibheann]] ([[age:12]]) and [[name:Rían Gallagher]] ([[age:9]]) are on the
        {{child protection register}} in the Western Trust. Mum [[name:Tracey Gallagher]] moved them to
        [[address:4 Cavan Road, Lifford, Co. Donegal, F93 D2X4]] without telling us. Their school in Strabane,
        [[organisation:Holy Cross College]], flagged non-attendance on [[date:10/09/2024]]. The allocated worker
        planned to close as "moved out of jurisdiction". Senior practitioner [[name:Síle]] stopped this and referred
        to {{Tusla}} under the cross-border protocol the same day; Tusla social worker
        [[name:Declan Ó Gallchóir]] visited [[date:12 September]]. Learning: moving across the border is never a
        reason to close a child protection case without a handover.
    """)),
    ("social_care", "success", b("""
        Texts FSW [[name:Kinga]] -> mgr [[name:eamon]] re [[name:Wiśniewski]] family ([[case_reference:FSH-DGN-0457]])
        Mon: {{food bank}} voucher to [[name:adam]], bailiff letter sorted w/ [[organisation:Dungannon Advice Centre]]
        Wed: wee [[name:Maja]] got her {{MMR}}!! [[name:adam]] took her to [[organisation:Gortmerron Medical Practice]]
        Fri: [[name:Ewelina]] started at [[organisation:Killyman Foods]] so 2 wages now, rent arrears plan agreed
        Mgr: brilliant work [[name:Kinga]], bring to supervision as good practice. close by end of month?
        [[name:Kinga]]: yes, family happy to close, will do closing visit [[date:28/6]]
    """)),
    ("social_care", "incident", p("""
        Incident, residential unit [[organisation:Millfield Children's Home]], Omagh. On [[date:Sat 6 Jan]] a
        member of staff posted a photo from the unit Christmas party on her personal Facebook. [[name:Nathan]]
        ([[age:13]]) was in the background wearing the unit hoodie. His birth father, [[name:Gary Irwin]], is
        subject to a {{non-molestation order}} and does not know the placement. The photo was shared by a mutual
        friend and dad commented "found u son". Removed within two hours, PSNI informed (ref
        [[case_reference:CW/2024/000319]]), emergency strategy meeting held and [[name:Nathan]] kept on site with
        extra staff. Staff member [[name:T. Kane]] suspended pending investigation. {{RQIA}} notified within 24
        hours. Learning: social media policy re-signed by all staff.
    """)),
    # ------------------------------------------------------------------ health (20)
    ("health", "incident", p("""
        ED nursing note, [[organisation:Royal Victoria Hospital]] ED, [[date:04/02/2024]] 02:15. Pt
        [[name:Eileen McKeown]], [[age:78]], H&C [[nhs_number:3517598631]], hosp no [[case_reference:RVH1188342]].
        Arrived by ambulance 23:40, triaged cat 3 "? UTI, confused". Obs at triage not repeated for 2 h 30 because
        of corridor care. When reviewed by {{FY2}} Dr [[name:Adeyemi]]: HR 124, BP 82/45, lactate 4.6. {{Sepsis Six}}
        started 02:20, 2 h 40 after arrival. Daughter [[name:Bernadette]] had told the triage nurse mum "isn't
        herself at all, she's normally sharp as a tack". Learning: {{NEWS2}} repeated hourly for corridor
        patients; family concern is a trigger in its own right. Datix [[case_reference:W123984]].
    """)),
    ("health", "incident", b("""
        SIGNIFICANT EVENT ANALYSIS - [[organisation:Bridge Street Surgery]], Newry
        Event: [[date:11/03/2024]]   SEA meeting: [[date:02/04/2024]]
        What happened: [[name:Patrick Quinn]] (DOB [[date_of_birth:22/06/1951]], H&C [[nhs_number:372 366 9832]])
        had an INR of 6.8 phoned through by the lab at 16:55. A locum receptionist put the message in the tray of
        Dr [[name:Fitzpatrick]], who was on leave. Not actioned until 09:30 next day. Pt had a nosebleed overnight,
        attended [[organisation:Daisy Hill]] ED, given {{vitamin K}}, no lasting harm.
        Why: no buddy system for results; locum not inducted.
        Learning: critical results go straight to the duty doctor; {{warfarin}} patients flagged on the system.
        Action: practice manager [[name:Siobhán Magennis]] to update the induction pack by [[date:30 April]].
    """)),
    ("health", "success", p("""
        PRF narrative - NIAS incident [[case_reference:NI-240517-0442]]. Crew: paramedic [[name:Seamus Breen]],
        EMT [[name:Leah Nelson]]. Called 06:12 to [[address:31 Slievegallion Drive, Belfast]] [[postcode:BT11 8JR]],
        [[age:58]]yo male [[name:Michael Tohill]] collapsed in kitchen. Wife [[name:Marie]] doing CPR with
        telephone guidance from control, {{Community First Responder}} on scene 06:16 with AED, 1 shock delivered.
        On our arrival 06:19 pt in VF, shocked x2 more, {{adrenaline}} 1 mg, ROSC 06:31. 12-lead: anterior STEMI.
        Direct to [[organisation:RVH]] cath lab on {{PPCI}} pathway, handover 06:58, GCS 9. H&C
        [[nhs_number:386 448 3670]]. Early bystander CPR by [[name:Marie]] and the CFR defib were key to outcome.
    """)),
    ("health", "near_miss", p("""
        District nursing near miss, [[organisation:Enniskillen Rural DN Team]], [[date:Saturday 2nd Dec]]. Bank
        nurse visited [[name:Albert Johnston]] at [[address:Mullaghmore, 6 Tempo Road]] for his teatime
        {{insulin}}. The handover sheet said {{NovoRapid}} 14 units, but that was the dose for
        [[name:Alberta Johnston]] at [[address:6 Tempo Manor]] - same road, same surname, no relation. The nurse
        checked the care plan in the house before drawing up, found the discrepancy and gave the prescribed dose.
        Handover lists now carry H&C numbers: [[name:Albert]] [[nhs_number:3824497697]], [[name:Alberta]]
        [[nhs_number:3626674924]]. Learning: never give from a handover sheet alone; the in-home plan is the
        record.
    """)),
    ("health", "near_miss", p("""
        Near miss, ED majors, [[organisation:Causeway Hospital]], [[date:12/12/23]]. Two patients named
        [[name:Margaret Kennedy]] in at the same time, aged [[age:81]] and [[age:64]], hospital numbers
        [[case_reference:C0448172]] and [[case_reference:C0913355]]. A {{group and save}} sample for cubicle 4 was
        labelled using the wristband details of cubicle 7. Lab BMS [[name:Tariq Mahmood]] rejected it because the
        group (A pos) did not match the historical group (O neg). HCA [[name:Gemma]] then found the second label
        set in the wrong tray. No transfusion given. Learning: name alert stickers and separate bays for same-name
        patients; bedside labelling only, no pre-printed labels carried between cubicles.
    """)),
    ("health", "success", p("""
        Good practice - [[organisation:Castle Street Health Centre]], Ballymena, [[date:Tuesday 16th July]].
        Receptionist [[name:Hope Stewart]] took a call from young mum [[name:Leanne]] asking for an appointment for
        her baby. [[name:Hope]] could hear a man shouting in the background and [[name:Leanne]] kept saying "it's
        grand, it's grand". She offered a same-day slot "for the baby's weigh" and flagged it to duty GP
        Dr [[name:Nwosu]]. At the appointment mum disclosed {{coercive control}}; DASH risk checklist done, referral
        to {{Women's Aid}} and to Gateway for baby [[name:Riley]], who was well. Reception training on domestic
        abuse paid off. Mum later told the practice nurse "that girl on the phone saved me".
    """)),
    ("health", "incident", p("""
        PRF narrative / incident. Call [[case_reference:NIAS 231109/0871]], Cat 2 chest pain. Caller gave
        "[[address:Rose Cottage, Drumlough Road]]" and the sat nav took the crew to
        [[address:Rose Cottage, Drumlough Road, Hillsborough]], a holiday let. The patient,
        [[name:Rose Magowan]] ([[age:71]]), lives at
        [[address:Rose Lodge, 14 Drumlough Road]] [[postcode:BT26 6PU]] 1.8 miles away; the caller was her
        neighbour. 22 minute delay. On arrival pt grey, clammy, inferior STEMI, {{aspirin}} 300 mg and GTN given,
        conveyed to [[organisation:RVH]]. [[name:Rose]] recovered after stenting. Learning: control to confirm
        postcode and a
        landmark for rural addresses; crews to ring back the caller ([[phone:028 9268 3315]]) if the property
        looks wrong. Crew: [[name:Ashleigh Moore]] / [[name:Brendan O'Kane]].
    """)),
    ("health", "success", p("""
        DN case summary. Mrs [[name:Winifred McCloskey]] (known to everyone as [[name:Winnie]]), [[age:88]],
        [[address:The Brae, 2 Bellaghy Road, Portglenone]], H&C [[nhs_number:353 400 6682]]. Referred by
        [[organisation:Portglenone Health Centre]] on [[date:3 Jan]] with a category 3 {{pressure ulcer}} to the
        sacrum. Tissue viability nurse [[name:Lynsey]] advised a {{hybrid mattress}}; daughter-in-law
        [[name:Caroline]] was taught two-hourly repositioning and skin checks. [[name:Winnie]] herself set a kitchen
        timer: "I'm not lying here rotting, love". Wound healed on [[date:11/04/2024]], 14 weeks. Good practice:
        family involved in the plan from day one and photos at every dressing change.
    """)),
    ("health", "incident", p("""
        Incident, {{Home Treatment Team}}, Derry. [[name:Ruairí Hegarty]], [[age:34]], discharged from
        [[organisation:Grangewood]] on [[date:Friday 21st June]] with a 72-hour follow-up. The follow-up was booked
        to his old address in Strathfoyle instead of [[address:18 Lisnagelvin Park]]. Visit recorded as "no
        answer". His brother [[name:Cathal]] rang the team on [[date:Mon 24/6]] at 19:20 saying [[name:Ruairí]]
        was not answering; PSNI welfare check found him after an overdose of {{quetiapine}}. He was treated at
        [[organisation:Altnagelvin Area Hospital]] and survived. Learning: confirm address and phone
        ([[phone:07955 310 442]]) with the patient on the day of discharge; a missed follow-up visit is escalated,
        not closed.
    """)),
    ("health", "near_miss", p("""
        Near miss, delivery suite, [[organisation:Craigavon Area Hospital]], [[date:8/5/24]]. [[name:Ana Paula Silva]]
        ([[age:29]]), first baby, Portuguese interpreter present. {{Oxytocin}} infusion prescribed for augmentation.
        Midwife [[name:Niamh]] programmed the pump at 60 ml/h instead of 6 ml/h. The second midwife,
        [[name:Ellen-Mae]], did the independent check before starting, as per {{Syntocinon}} guideline, and spotted
        the extra zero. Pump reprogrammed, no harm, healthy baby girl delivered 14:32. Learning: independent second
        check works and must never be skipped when the unit is busy. Datix [[case_reference:SHSCT-DX-24-3310]].
    """)),
    ("health", "success", b("""
        SEA (good practice) - [[organisation:Woodvale Medical Practice]]
        Patient: [[name:Dawn Gillespie]], [[age:52]], H&C [[nhs_number:3275310348]]
        What happened: [[name:Dawn]] came in to HCA [[name:Kirsty]] for a routine blood pressure check. [[name:Kirsty]]
        noticed she had lost over a stone and asked about it; [[name:Dawn]] mentioned "a wee bit of blood now and
        again". HCA booked an FIT test and a GP appointment the same week. Dr [[name:Carville]] made a
        {{red flag}} lower GI referral on [[date:05/09/2023]]; colonoscopy at [[organisation:Mater Hospital]]
        found a cancer, staged {{Dukes A}}. Surgery done, no chemo needed.
        Learning: HCAs encouraged to ask, not just measure. Shared at practice meeting [[date:12 Oct 2023]].
    """)),
    ("health", "incident", p("""
        ED incident, [[organisation:Ulster Hospital]], [[date:27/11/2023]]. [[name:Sammy Patterson]], [[age:86]], known
        {{dementia}}, on a trolley in the corridor for 14 hours awaiting a medical bed. Cot sides down because the
        trolley was a new model and staff did not know how to raise them. He climbed off at 04:10 and fell, sustaining
        a fractured {{neck of femur}}. His son said "our [[name:Wesley]] told them he wanders at night, so he did"
        ([[name:Wesley]] is the other son). Falls risk assessment not completed. H&C [[nhs_number:370 231 2064]].
        Learning: {{Lying and Standing BP}} and falls assessment within 6 hours for all corridor patients over 65;
        trolley training rolled out to bank staff.
    """)),
    ("health", "near_miss", b("""
        Teams chat, Ward 6B, [[organisation:South West Acute Hospital]], night [[date:19/20 Feb]]
        [[name:Sinéad]] 23:14: bed 12 {{gentamicin}} level not back, do we give the midnight dose?
        [[name:Tomás]] 23:16: no!! hold it, level was high this am
        [[name:Sinéad]] 23:20: pharmacy on call says hold. pt [[name:Hugh Maguire]] [[nhs_number:3333835304]] creat up
        [[name:Tomás]] 23:22: good catch. datix it pls
        [[name:Sinéad]] 23:40: done [[case_reference:WHSCT-DX-77421]]
        Ward sister note: the day team had the level request on the board but not on the drug chart. Level came
        back at 01:10 at 3.1 - dose would have been toxic. Shared at {{safety huddle}}.
    """)),
    ("health", "near_miss", p("""
        Community pharmacy near miss, [[organisation:Kelly's Pharmacy]], Omagh. Prescription from
        [[organisation:Campsie Surgery]] for [[name:Teresa Devine]], DOB [[date_of_birth:17-08-1958]], for
        {{methotrexate}} 2.5 mg "take 4 tablets daily". Pharmacist [[name:Ahmed Raza]] knew from her PMR she takes
        it weekly on a Monday and queried it. Surgery confirmed a transcription error by a new prescribing clerk
        when the repeat was re-added after a hospital letter. Prescription corrected, {{folic acid}} checked.
        Reported via the practice and the HSCB yellow card route. H&C [[nhs_number:3919453603]]. Learning:
        weekly drugs to carry the day of the week on every label.
    """)),
    ("health", "near_miss", p("""
        NIAS fleet near miss, [[date:23/01/24]], Omagh station. During the {{vehicle daily inspection}} EMT
        [[name:Jonny Agnew]] heard a grinding noise from the nearside front of A&E ambulance
        [[vehicle_registration:KXZ 5513]]. Brake pad worn to the backing plate. The previous shift had noted "brakes
        noisy" on a scrap of paper left in the cab, not on the defect log. Vehicle taken off the road; workshop job
        [[case_reference:FLT-24-00891]]. Cover came from Enniskillen and no calls were delayed. Learning: defects
        only on the official log and reported to the {{duty officer}}; [[name:Jonny]] thanked by the station
        officer, [[name:Alan McCrea]].
    """)),
    ("health", "success", p("""
        Paediatric ED, [[organisation:Royal Belfast Hospital for Sick Children]], [[date:2/8/24]]. Baby
        [[name:Alfie-Rae Simms]], aged [[age:4]] months, brought in with "a bit of blood in his mouth". Triage nurse
        [[name:Caoimhe]] found a torn {{frenulum}} and recognised it as a possible sentinel injury in a
        {{non-mobile infant}}. Registrar informed, skeletal survey showed two healing rib fractures. Gateway
        referral made the same night and PSNI informed. Baby discharged to maternal grandparents at
        [[address:7 Ballysillan Crescent]] [[postcode:BT14 7RZ]] under a safety plan. H&C
        [[nhs_number:356 492 4612]]. [[name:Caoimhe]] commended by the safeguarding nurse.
    """)),
    ("health", "incident", p("""
        Care home incident, [[organisation:Clanrye Lodge Care Home]], Newry. Resident [[name:Isaac Waddell]],
        [[age:91]], on {{apixaban}}, had an unwitnessed fall at 03:00 on [[date:6th May]]. Night senior carer helped
        him back to bed, no neuro obs, no call to GP out of hours. At 09:00 he was drowsy and vomiting; 999
        called; CT at [[organisation:Daisy Hill Hospital]] showed a {{subdural haematoma}}. Daughter [[name:Joan]]
        was not told until lunchtime. [[name:Isaac]] died two days later. {{RQIA}} notified. Learning: any head
        injury or unwitnessed fall on an anticoagulant goes to ED; post-falls protocol retrained for all night
        staff by [[date:31/05/2024]]. Ref [[case_reference:CL-INC-2024-061]].
    """)),
    ("health", "near_miss", p("""
        Practice nurse [[name:Gráinne]] at [[organisation:Ardmore Surgery]], Derry, arrived on [[date:Monday 7th Oct]]
        to find the vaccine fridge reading 11 degrees. Cleaner [[name:Ivy]] had unplugged it on Friday evening to
        use the hoover and forgot to plug it back in. Nothing given from it. All stock quarantined: 140 doses of
        flu vaccine and 30 of {{Shingrix}}. The {{Public Health Agency}} immunisation team advised disposal and
        replacement. Switch-guard cover fitted and "DO NOT UNPLUG" sign put up. [[name:Ivy]] was upset, but
        nobody is blaming her - it was a single socket at skirting level with no cover. Flu clinic rebooked for
        [[date:Saturday 12th]].
    """)),
    ("health", "success", p("""
        DN reflective note - end of life care at home. [[name:Frances Lavery]], [[age:67]], {{pancreatic cancer}},
        [[address:Woodlands, 40 Derrylin Road, Enniskillen]] [[postcode:BT74 6HW]]. Her wish was to die at home
        with the dog on the bed. {{Just in Case}} meds in place a fortnight before; {{McKinley T34}} syringe driver
        set up on [[date:Fri 15 Dec]]. The {{Marie Curie}} night nurse came three nights so husband
        [[name:Liam]] could sleep. [[name:Frances]] died peacefully on [[date:19/12/23]] with [[name:Liam]] and their
        daughters [[name:Clodagh]] and [[name:Aisling]] there. [[name:Liam]] rang the team on
        [[phone:028 6634 8870]] afterwards to say "yous made it possible". Good practice: early conversations and
        joined-up night cover.
    """)),
    ("health", "success", p("""
        ED nursing note, [[organisation:Craigavon Area Hospital]], [[date:18-03-2024]] 21:50. [[name:Rui Carvalho]],
        [[age:42]], factory worker living in Dungannon, attended with "pain in the stomach" and limited English.
        Staff nurse [[name:Zofia]] booked a Portuguese {{telephone interpreter}} rather than using his
        [[age:13]]-year-old son. Through the interpreter he described central chest pain radiating to the jaw for
        two hours. {{ECG}} showed ST depression; troponin raised; {{NSTEMI}} pathway started. Wife [[name:Luísa]]
        contacted on [[phone:07413 905 227]]. H&C [[nhs_number:3606670567]]. Reflection: "stomach" was the only
        English word he had - the interpreter changed the diagnosis.
    """)),
    # ------------------------------------------------------------------ aviation (10)
    ("aviation", "incident", p("""
        Cabin crew occurrence report. Flight [[flight_number:BA1415]] BHD-LHR, [[date:14/06/2024]], {{A320}}
        [[aircraft_registration:G-EUUK]]. Reporter: CC [[name:Aisling Carberry]], staff no [[case_reference:41873]].
        During descent into Heathrow the aft galley trolley was braked but the latch was not engaged. On a bump at
        FL80 it rolled out and struck [[name:Aisling]] on the left ankle. {{SCCM}} [[name:Callum Reid]] secured the
        trolley and told the flight deck; Capt [[name:Heaney]] kept the seatbelt signs on until landing.
        [[name:Aisling]] was seen by airport medical: sprain, off for ten days. Latch found worn and a deferred
        defect raised by engineering. Learning: galley secure is a two-person callout before top of descent, and a
        worn latch is a no-go item. {{MOR}} filed, ref [[case_reference:MOR-24-06-1177]].
    """)),
    ("aviation", "near_miss", p("""
        Ground handling near miss, [[organisation:Belfast International Airport]], stand 14, [[date:02/07/24]] 05:50.
        Pushback of {{A319}} [[aircraft_registration:G-EZPX]] (flight [[flight_number:EZY 6121]]) began with no
        {{wing walker}} on the left side, as [[name:Dale]] had been called to help on stand 12. Tug driver
        [[name:Stuart McIlroy]] (ID [[case_reference:GH4471]]) could not see a fuel bowser,
        [[vehicle_registration:FXZ 9021]], parked inside the stand safety line. Bowser driver [[name:Paweł Dudek]]
        sounded his horn and the push stopped about 2 m from the wingtip. Learning: no pushback without full wing
        walker cover however short-staffed, and bowsers parked outside the {{equipment restraint area}}.
        [[name:Stuart]] and [[name:Paweł]] both thanked for stopping the job.
    """)),
    ("aviation", "success", p("""
        Club safety newsletter - good airmanship. On [[date:Sunday 25th August]] student pilot [[name:Orla Breslin]]
        was on her qualifying solo cross-country in {{Cessna 152}} [[aircraft_registration:G-BSZW]] from
        [[organisation:Lough Erne Flying Club]] when the radio failed near Omagh. She squawked {{7600}}, stayed
        VMC, returned, joined overhead the airfield and watched for light signals from the tower. Landed on a steady
        green. Instructor [[name:Bill Kerr]] had briefed radio failure with her only the week before, and CFI
        [[name:M. Ó Loingsigh]] called it "textbook". Fault traced to a loose headset jack. [[name:Orla]] gets her
        club wings at the dinner on [[date:14 Sept]]. Reminder to all members: brief the {{lost comms}} procedure
        before every solo nav.
    """)),
    ("aviation", "success", p("""
        Cabin report, [[flight_number:EZY 832]] BFS-LGW, [[date:03 Mar 24]], aircraft
        [[aircraft_registration:G-EZBT]]. Passenger in 14C, [[name:Patrick Mulgrew]], [[age:23]], type 1 diabetic,
        became confused and sweaty 40 minutes after take-off. CC [[name:Molly]] recognised {{hypoglycaemia}} and put
        out a call; Dr [[name:Chidi Okonkwo]], a GP travelling on holiday, assisted. Blood glucose 2.4, given
        {{glucose gel}} then orange juice and biscuits from the bar; 6.1 after 15 minutes. Captain spoke to
        {{MedLink}}, no diversion needed, paramedics met the aircraft. His friend [[name:Ciara]] said he had skipped
        breakfast. Contact for follow-up: [[email:p.mulgrew@outlook.com]]. Good teamwork and calm crew.
    """)),
    ("aviation", "incident", p("""
        Ground ops occurrence, [[flight_number:LS871]] BFS-PMI, [[date:15 Aug 2024]], {{Boeing 737-800}}
        [[aircraft_registration:G-JZHV]]. Hold 4 carried 42 more bags than the {{loadsheet}} showed, because the
        final figures were sent before a late coach party of 38 checked in. Capt [[name:Lowry]] felt the trim was
        unusual on rotation and queried it after landing. Load controller [[name:Kyle Brannigan]] had passed the
        update to the dispatcher by radio; dispatcher [[name:Niall]] thought it was for the next departure,
        [[flight_number:LS873]]. Centre of gravity stayed within limits. Learning: no loadsheet finalised until
        the {{LIR}} is signed and the dispatcher reads the flight number back. Team leader: [[name:Paddy Dornan]].
    """)),
    ("aviation", "near_miss", p("""
        Club occurrence - water in fuel, [[date:19/04/2024]], PA-28 [[aircraft_registration:G-BNNZ]]. Member
        [[name:Eoin Mac Giolla Bhríde]] did the {{fuel drain}} at pre-flight and got a clear sample from the left
        tank but a big bubble of water from the right. He drained six samples until clean, grounded the aircraft
        and told the duty instructor. The aircraft had been topped up the evening before from the club bowser by
        [[name:Gerry]], and the bowser filter had not been checked since the heavy rain. {{Avgas}} bowser
        quarantined and water confirmed. Safety officer [[name:Róisín Hamill]] ([[phone:07720 845 319]]) e-mailed
        all members. Learning: never skip the drain even on "a quick one", and bowser checks go on the daily sheet.
    """)),
    ("aviation", "near_miss", p("""
        Cabin crew report, [[flight_number:EZY6573]] LPL-BFS, [[date:Fri 22/11/24]].
        Smoke detector alarm in the aft lavatory at FL200. CC [[name:Ewa Zielińska]] found passenger
        [[name:Dean Wylie]] (seat 23F) with a {{vape}} and a smouldering tissue in the bin. {{Halon}} extinguisher
        ready, bin checked, no fire. Passenger became abusive and told [[name:Ewa]] to "wise up, it's only a wee
        vape". Captain [[name:Sarah Kinnear]] requested police meet the aircraft and he was arrested on stand. Purser
        [[name:Louise]] completed the disruptive passenger form, ref [[case_reference:DP-24-1122-031]]. Learning: a
        lithium battery and paper in a waste bin is a real fire risk; crew followed the {{lavatory fire}} drill.
    """)),
    ("aviation", "success", p("""
        PRM good news story - [[organisation:George Best Belfast City Airport]], [[date:5th September]]. Passenger
        [[name:Grace McVeigh]], powered wheelchair user ({{WCHC}}), booked on [[flight_number:LM 694]] to Glasgow.
        PRM agent [[name:Marek Nowicki]] checked her battery type at check-in, saw it was lithium-ion and rang the
        {{dangerous goods}} desk in advance, so the battery was removed and packed correctly and the chair loaded
        without delay. When the flight went 3 hours late he stayed past the end of his shift to keep her company and
        sort a meal voucher. [[name:Grace]] e-mailed afterwards: "[[name:Marek]] treated me like a person, not a
        parcel". Shared at the morning briefing.
    """)),
    ("aviation", "incident", p("""
        Air safety report, [[flight_number:EI3611]], [[date:08/10/2024]], {{ATR 72}} [[aircraft_registration:EI-FNJ]],
        final approach runway 22 at BHD. Multiple gull strikes at about 300 ft. Captain
        [[name:Moira Tennyson]] continued to land; {{first officer}} [[name:Kofi Asante]] reported a bang and a smell
        in the cabin. Engineer [[name:Davy Rea]] found a dent in the radome and remains in the left engine intake.
        Aircraft AOG for six hours, next sector cancelled and 64 passengers rebooked. The wildlife control unit had
        logged large numbers of gulls on the Lough shore that morning but the warning did not reach the {{ATIS}}.
        Learning: bird activity above threshold goes on ATIS. MOR ref [[case_reference:MOR 2024/11873]].
    """)),
    ("aviation", "near_miss", p("""
        Ground handling near miss, [[organisation:Belfast International Airport]] arrivals, [[date:Sun 28 July]].
        Unaccompanied minor [[name:Ruby-Mae Nixon]] ([[age:11]]) arrived on [[flight_number:EZY 4012]] from
        Bristol. A man at the desk said he was her dad and "the ma couldn't make it". Agent [[name:Chloe]] was about
        to hand her over when she checked the {{UM form}}: the only named collector was mum, [[name:Kerry Nixon]],
        mobile [[phone:07590 228 461]]. [[name:Ruby-Mae]] said quietly she "wasn't allowed" to go with him. Agent
        rang [[name:Kerry]], who said there was a court order; police attended. [[name:Ruby-Mae]] stayed with the
        {{duty manager}} until mum arrived. Learning: photo ID checked against the form every time.
    """)),
]


def main() -> None:
    records = build_records("blind29", REPORTS)
    write_records(OUT, records)


if __name__ == "__main__":
    main()
