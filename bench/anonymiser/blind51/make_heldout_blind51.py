"""Held-out blind corpus 51: pseudonymised learning reviews that leak, OOH/111 notes, airport fire logs.

Setting: formal learning reviews (rapid reviews, child safeguarding practice reviews, Welsh
child practice reviews, Scottish learning reviews) written with pseudonyms ('Child Q', 'Mother',
'Practitioner A') where real names, addresses and numbers still leak through; multi-agency
chronologies in tables; GP out-of-hours and NHS 111 clinical notes; airport fire and rescue
service incident logs with appliance call signs, watch names and stand numbers.
Voice: formal report prose, tabulated chronologies, terse clinical shorthand, radio-log style.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from markup import block, build_records, write_records  # noqa: E402
from markup import flow as prose  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "corpus" / "heldout_blind51.jsonl"

REPORTS = [
    # ---------------------------------------------------------------- social care (1-21)
    ("social_care", "incident", prose("""
        Rapid Review: {{Child Q}}. 2. Summary of circumstances. Child Q ([[age:aged 4]]) was
        brought to the Emergency Department at [[organisation:Northgate General Hospital]] by
        {{Mother}} on the evening of [[date:14 February 2024]] with a spiral fracture of the left
        humerus. Mother gave an account of a fall from a sofa. The paediatric registrar,
        Dr [[name:Okonkwo-Bell]], noted that the account did not fit the injury and referred to the
        {{MASH}} the same night. The review notes that Mother, recorded on the hospital system
        as "[[name:Funmilayo Adeyemi]]", had been known to [[organisation:Eastfield Children's Centre]]
        since 2022, where the family worker [[name:Kerry-Ann]] had twice recorded that Q's older
        brother [[name:Tobi]] ([[age:7]]) was arriving hungry. Practitioner B, the school nurse at
        [[organisation:St Aidan's RC Primary]], had not been told of an earlier contact, reference
        [[case_reference:MASH/23/08817]], closed by Ms [[name:Adeyemi]]'s then social worker without
        a visit. Learning: the family hub record was not read at the {{strategy discussion}} on
        [[date:15/02/24]], and [[name:Tobi]]'s name was absent from the {{Section 47}} paperwork, so no one
        saw the sibling at all.
    """)),
    ("social_care", "incident", block("""
        Appendix B - Multi-agency chronology (extract, v3 DRAFT)
        CSPR: {{Child R}} and {{Child S}}

        Date       | Agency          | Event                                                   | Source
        [[date:03/09/2023]] | School          | R absent day 1; office rang mum on [[phone:07700 914382]], no answer | SIMS
        [[date:11/09/2023]] | Police | DA call to [[address:Flat 3, 27 Carlton Rd]], [[postcode:NG7 6BQ]]. PC [[name:Hollis]] attended, Father (known locally as "[[name:Gaz]]") had left. DASH = medium. Crime ref [[case_reference:CR/23/441907]] | Niche
        [[date:12/09/2023]] | CSC front door | PPN received, ref [[case_reference:CON-2023-118274]]. Closed NFA by TM ([[name:DW]]) - "no children present" | Mosaic
        [[date:16/10/2023]] | 0-19 service | Missed 2-yr review for S. HV [[name:Sinead O'Driscoll]] left card | {{SystmOne}}
        [[date:02/11/2023]] | School | R disclosed "dad hit mum with the hoover". DSL Mr [[name:Baptiste]] rang front door, told to complete online form | CPOMS
        [[date:06/11/2023]] | CSC | Contact screened by [[name:DW]] - linked to [[case_reference:CON-2023-118274]], stepped to Early Help | Mosaic
    """)),
    ("social_care", "success", block("""
        RAPID REVIEW MEETING - NOTES (OFFICIAL-SENSITIVE)
        Date: [[date:Thursday 7 March 2024]], 10:00, MS Teams
        Subject: {{Child T}} - notification [[case_reference:CSPR-NOT-2024-0193]]

        Present:
        [[name:Rachel Blenkinsop]] - Independent Chair
        [[name:Imran Qureshi]] - Head of Service, Children's Social Care
        DS [[name:Priya Nandakumar]] - Public Protection Unit
        [[name:Dawn Metcalfe]] - Designated Nurse, ICB
        [[name:Gethin Prys-Jones]] - DSL, [[organisation:Moorside Primary School]]
        Minutes: [[name:Chase Whitlock]] (LSCP)
        Apologies: [[name:Frank Osei]] (Education Safeguarding)

        1. Chair reminded members the family are Child T, {{Mother}} and Stepfather throughout. [[name:Dawn]] asked that the draft sent on [[date:4/3]] be recalled as para 12 named the stepfather as "[[name:Lee]]".
        2. Good practice: DSL escalated within the hour using the escalation protocol; {{strategy discussion}} held same day.
        3. Agreed: no CSPR; learning to go to the Panel via [[name:Chase]].
    """)),
    ("social_care", "success", prose("""
        7-Minute Briefing: learning from the rapid review of {{Baby M}}. Why it matters: Baby M
        was [[age:11 weeks old]] when she was seen with a torn frenulum. The health visitor (in the
        review "Practitioner C", in fact [[name:Grace Mwangi]] of the [[organisation:Hillside 0-19 Team]])
        noticed the injury at a routine contact on [[date:2 October]] and did not accept the
        explanation that the bottle had "caught it". [[name:Grace]] rang the {{Named Nurse}} from the car and
        the baby was seen by a consultant the same afternoon at [[organisation:Saffron Ward]]. What went
        well: she used the bruising in non-mobile babies protocol even though there was no bruise,
        recorded {{Mother}}'s words verbatim, and told dad ([[name:Ionut]]) plainly why she was
        worried. Mrs [[name:Mwangi]] has since presented the case at Safeguarding Supervision.
        Questions for your team: would you have acted in good faith on an injury with no bruise?
    """)),
    ("social_care", "near_miss", block("""
        From: [[name:Beata Kowalczyk]] <[[email:beata.kowalczyk@calderbridge-scp.org.uk]]>
        Sent: [[date:22 April 2024]] 16:41
        To: LSCP Business Unit; [[email:chair.cspr@calderbridge-scp.org.uk]]
        Subject: FW: Chronology return - CSPR Child V - PLEASE DO NOT FORWARD

        Hi all - stopping this before it goes any further. The school's chronology return still has
        V's real name ([[name:Kacper]]) in the filename and in 14 entries, plus mum's mobile
        [[phone:+44 7911 203558]]. I've pulled it from the panel pack and asked them to resend
        using the {{pseudonym key}}.

        [[name:Beata]]
        [[name:Beata Kowalczyk]] | Business Manager | [[organisation:Calderbridge Safeguarding Children Partnership]] | [[phone:01422 395607]]

        -----Original Message-----
        From: [[email:dsl@stbarnabas-ce.sch.uk]]
        Sent: [[date:19/04/2024]] 09:12
        Subject: chronology

        please find attached chronology for [[name:kacper w]] yr5 as requested, sorry its late,
        mrs [[name:Ellis-Grant]] has been off. pupil no UPN [[case_reference:H801200317045]]
    """)),
    ("social_care", "incident", prose("""
        Child Safeguarding Practice Review - {{Child U}}. Terms of Reference, Annex 2: Practitioner
        key (RESTRICTED - remove before publication). Practitioner A: [[name:Shona McAllister]],
        social worker, [[organisation:Riverside Locality Team]]. Practitioner B: [[name:Tomasz Zielinski]],
        team manager, same team. Practitioner C: [[name:Amber Lyle]], school nurse. Practitioner D:
        PC [[name:Gurpreet Sandhu]], Police Child Abuse Investigation Team. Practitioner E: Dr
        [[name:Emeka Nnadi]], GP, [[organisation:Castle Street Surgery]]. Note from the Reviewer: this
        annex was found appended to the published version on the partnership website on
        [[date:9 May 2024]] and was live for approximately six hours. The family were told by
        {{Practitioner A}} the next morning. The amber rating given to this breach in the
        ICO self-assessment should be revisited, as Ms [[name:Lyle]] has since been approached by
        a relative of U's at work.
    """)),
    ("social_care", "incident", block("""
        chronology - [[organisation:Brookvale Primary]] - pupil: [[name:jayden mcgrath]] (yr 3)
        compiled by [[name:s.patel]] (DDSL) for rapid review

        [[date:5.1.24]] [[name:jayden]] in tshirt, no coat, snow. mum ([[name:Kelly]]) says coat "in wash"
        [[date:18.1.24]] [[name:jayden]]s sister [[name:Mia-Rose]] ([[age:age 4]]) collected by unknown male "[[name:Deano]]" - not on contact list. Mum ok'd by phone [[phone:07824 55 12 90]]
        [[date:2/2/24]] [[name:J]] said [[name:deano]] "shouts at mum and kicks the dog". logged {{CPOMS}}, rang SPA, msg left
        [[date:9/2/24]] no call back from SPA. re-rang, spoke to [[name:Bev]], told referral "with a worker"
        [[date:27/2/24]] [[name:J]] not in school. attendance officer [[name:Will Harte]] home visit [[address:14 Tennyson Walk, Hexthorpe]] - no answer, curtains shut
        [[date:28/2/24]] police welfare check - [[name:J]] and sister found alone, mum in hospital
    """)),
    ("social_care", "near_miss", prose("""
        Rapid review draft circulation - learning note. On [[date:Friday 12 January]] the draft rapid
        review report for {{Child W}} was emailed to 23 panel members and partner inboxes. Although the
        body of the report used pseudonyms throughout, the chronology table in Appendix 1 had been
        pasted from {{Mosaic}} and retained real names in the "worker" and "household" columns: Mother's
        name ([[name:Saoirse Ní Bhriain]]), the baby's date of birth ([[date_of_birth:03/08/2023]]),
        the home address ([[address:22 Oakfield Terrace, Ballymena Street]]) and the names of the
        maternal grandmother ([[name:Nuala]]) and of Practitioner F ([[name:Rhiannon Parry-Evans]]). The
        error was spotted by [[name:Mark Ashworth]] from [[organisation:Kingsmead Housing Association]],
        who replied to the sender only, rather than to all. The unit recalled the message and asked
        recipients to delete it. No wider disclosure is known. Learning: the business unit now runs
        a find-and-replace check against the pseudonym key and a second reader signs off before
        anything is sent; "mark as final" is not the same as checked.
    """)),
    ("social_care", "incident", prose("""
        Child Practice Review (Wales) - {{Child X}}, [[organisation:Cwm Taf Regional Safeguarding Board]].
        Background. Child X is a [[age:14-year-old]] boy who lived with his father and paternal
        grandmother in a small village. He speaks Welsh at home and at school. Between autumn 2022 and
        his admission to [[organisation:Ward 12, Ysbyty'r Dyffryn]] on [[date:27ain Mawrth 2023]] with
        severe weight loss, he was seen by nine professionals. The Education Welfare Officer,
        [[name:Bethan Llewelyn]], noted his "bird-like" frame but recorded it as a growth spurt. His
        teacher, Mr [[name:Dafydd ap Rhys]], raised concerns in Welsh in an email that was later
        translated for the review. The family's GP, Dr [[name:Huw]], saw X once for a chest infection
        and did not weigh him. {{Nain}} ("[[name:Mair]]") told the reviewer that she was frightened to
        say anything because of his father's temper. Referral to {{CAMHS}} was made on
        [[date:6 March 2023]] and triaged as routine. Case ref [[case_reference:CPR/CT/2023/004]].
    """)),
    ("social_care", "incident", prose("""
        Rapid review - {{Baby Y}} ([[age:9 weeks]]), non-accidental head injury. The family are Irish
        Travellers and at the time lived on a transit site, [[address:Plot 6, Ashgrove Lane Stopping Place]],
        [[postcode:DN4 0QE]]. {{Father}} ("[[name:Johnny Joe]]" on the site register; [[name:John Joseph McDonagh]]
        on the birth record) was the primary carer on the night of [[date:30/11/2023]]. The
        Gypsy, Roma and Traveller Liaison Officer, [[name:Bridie]], had visited four days earlier and
        knew that {{Mother}} ([[name:Kathleen]]) had moved back to her sister's plot near Carlisle
        after an argument; this was not known to the health visiting service, which held the old
        address. The GP registration at [[organisation:Balby Bridge Medical Centre]] lapsed when the
        family moved, so the 8-week check was not booked. Learning: a travelling family's address is
        not a fixed fact; practitioners should ask "where are you stopping now?" at every contact and
        share it.
    """)),
    ("social_care", "near_miss", prose("""
        Learning summary for the partnership: {{strategy discussion}} held without education. On
        [[date:Monday 5 June 2023]] a strategy discussion about {{Child Z}}, [[age:aged 11]], took
        place between the duty social worker, [[name:Olumide Fashola]], and DC [[name:Rosie Kerr]].
        Health were represented by the safeguarding nurse on call. The school, [[organisation:Hartcliffe Park Academy]],
        who had made the referral after Z disclosed that an older cousin ("[[name:Sunny]]") had touched
        her, was not invited. Their DSL, [[name:Anil Bhardwaj]], phoned [[phone:0117 496 0832]] four
        times that afternoon. The outcome was a single-agency police investigation; Z then returned to
        a house where [[name:Sunny]] was staying. The Head, Mrs [[name:Faith Adebayo-Cole]], escalated
        under the {{Resolving Professional Differences}} procedure the next morning and a second
        strategy discussion was convened within two hours. No further harm is known to have occurred.
    """)),
    ("social_care", "success", prose("""
        Good practice example (for the annual report). A receptionist at [[organisation:Wyndham Road Surgery]],
        Mrs [[name:Lakshmi Raman]], noticed that a [[age:15-year-old]] girl registering as a temporary
        resident on [[date:21 August]] gave a "carer" who was not a parent: an aunt by marriage,
        [[name:Lin Zhou]], at [[address:41 Prospect Hill]], [[postcode:LE5 3GH]]. Mrs [[name:Raman]]
        asked the duty GP, Dr [[name:Ng]], to see the young person alone. The girl, referred to here as
        {{Young Person AA}}, had been in the UK for five months. Dr. [[name:Ng]] recognised a possible
        {{private fostering}} arrangement and notified the local authority. The assessing worker,
        [[name:Summer Okoro]], completed the visit in seven days; AA is now registered at
        [[organisation:Belgrave Community College]] and has an ESOL place. Notification ref
        [[case_reference:PF-LE-0087]].
    """)),
    ("social_care", "near_miss", block("""
        [Teams chat export - LSCP reviewers]
        [[date:14/05/2024]] 11:02 [[name:Natasha Pryce]]: have you seen section 6 of the chronology? health entry for [[date:08/01]] says "seen with mum [[name:Shabnam]] and baby [[name:Zayan]]"
        [[date:14/05/2024]] 11:03 [[name:Hamid Karimi]]: ugh. thought [[name:leonie]] ran the check
        [[date:14/05/2024]] 11:03 [[name:Natasha Pryce]]: she did the main report not the appendices
        [[date:14/05/2024]] 11:05 [[name:Hamid Karimi]]: also p.22, NHS no in full [[nhs_number:388 233 8466]] - who puts that in a review?!
        [[date:14/05/2024]] 11:06 [[name:Natasha Pryce]]: pulling it now. will tell [[name:leoni]] gently
        [[date:14/05/2024]] 11:09 [[name:Hamid Karimi]]: ty. it hasn't gone to panel yet so near miss not breach
    """)),
    ("social_care", "incident", block("""
        POLICE CHRONOLOGY - SUBMITTED TO CSPR PANEL ({{Child AB}})
        Author: DS [[name:Kev Armitage]], PPU

        [[date:04/03/2023]] 2217hrs. Log [[case_reference:WYP-20230304-1189]]. Report of male shouting at [[address:Flat 9 Priestley House]]. Officers attended - [[name:Lewis Cartwright]] (DoB [[date_of_birth:19/06/1998]]) present, AB and {{Mother}} present. No offences.
        [[date:22/03/2023]] 0140hrs. Log [[case_reference:WYP-20230322-0067]]. Mother reports [[name:Cartwright]] has taken her phone. Crime [[case_reference:13230154822]]. VRM of his car [[vehicle_registration:YD17 KXU]] circulated.
        [[date:23/03/2023]] PPN submitted to CSC. Risk: STANDARD. (review note: should have been MEDIUM)
        [[date:09/04/2023]] [[name:Cartwright]] stopped in [[vehicle_registration:YD17 KXU]], AB in rear without car seat. Words of advice. No PPN.
    """)),
    ("social_care", "incident", prose("""
        Rapid Review: {{Child AC}} ([[age:16]]), criminal exploitation. AC was arrested on [[date:17 July 2023]]
        at [[address:Brierley Street, Crewe]], holding 31 wraps and a "graft" phone whose contacts
        included "[[name:Blitz]]", "[[name:Tiny]]" and "[[name:MK]]". The line name was "[[name:Dex]] line";
        texts were sent to [[phone:07451 880 216]] as the "boss" number. AC's Snapchat handle
        [[name:ac_gunnaz04]] was already known to the Missing from Home coordinator,
        [[name:Hollie Brannigan]], after three missing episodes. The {{National Referral Mechanism}}
        referral made by the youth justice worker, [[name:Osagie Idahosa]], was not completed for
        five weeks. A silver Audi, [[vehicle_registration:MA19 HZP]], seen dropping AC off at
        [[organisation:Kingsway High School]], was never linked to the custody record. Learning:
        exploitation intelligence sat in three systems and no one owned it.
    """)),
    ("social_care", "success", prose("""
        Learning Review - what went well. The [[organisation:Ferndale Family Hub]] key worker, [[name:Jack Ruddock]],
        had worked with {{Mother}} for eight months by the time the new baby arrived. When Mother
        said on [[date:3rd November]] that her ex-partner "[[name:Rab]]" had found the new address, [[name:Jack]]
        completed a DASH risk assessment with her on the sofa and, with her consent, referred to
        {{MARAC}} the same day. He also rang the midwife, [[name:Olena Hrytsenko]], so that the
        discharge plan from [[organisation:Primrose Maternity Unit]] was changed and the baby was not
        discharged to the old address at [[address:5 Lammermuir Court]]. Mother told the reviewer,
        "[[name:Jack]] was the only one who didn't make me feel like I'd done something wrong."
        Hub case no. [[case_reference:FH-22-3310]].
    """)),
    ("social_care", "near_miss", prose("""
        Near miss reported through the partnership learning log, [[date:Tuesday 23 January 2024]]. A
        referral about a [[age:2 year old]] with a burn was sent to the {{MASH}} with the child's name as
        "[[name:Leo Hughes]]" and address "[[address:12 Beech Grove]]". There are two families called
        [[name:Hughes]] on the case management system with children named [[name:Leo]]: one at [[address:12 Beech Grove, Ryton]]
        ([[postcode:NE40 3QE]]), the other at [[address:12 Beech Grove Close, Blaydon]]. The screening
        social worker, [[name:Dominika Wiśniewska]], noticed that the child's date of birth on the
        referral ([[date_of_birth:14.10.21]]) matched neither record and rang the referrer, nursery
        manager [[name:Toni-Marie Gill]] at [[organisation:Little Acorns Day Nursery]]. The correct child
        was a third [[name:Leo]], not yet known to the service. Had the referral been linked to the
        existing record, the screening would have relied on the wrong history.
    """)),
    ("social_care", "incident", prose("""
        Significant Case Review / Learning Review (Scotland) - {{Child AD}}. Summary. AD, a [[age:3-year-old]]
        girl, died at home in Balivanich on [[date:19 December 2022]]. The family had moved
        from Glasgow six months earlier. Her mother, referred to in the review as Ms D and elsewhere as
        [[name:Ceitidh MacNeil]], was known to adult mental health services in
        [[organisation:NHS Greater Glasgow and Clyde]] but the transfer letter was addressed to
        [[address:22 Torgorm Road, Stornoway]], [[postcode:HS1 2AD]], not to the island where she
        lived. The health visitor, [[name:Morag Nic a' Phearsain]], recorded her CHI as
        [[case_reference:2011996341]] and flagged the missing records. An {{Inter-agency Referral Discussion}}
        was not held because AD was not considered to be at risk. Dr [[name:Iain Og MacLeòid]], the
        island GP, told the review that he had never been informed.
    """)),
    ("social_care", "success", block("""
        INITIAL CHILD PROTECTION CONFERENCE - extract of minutes
        Child: {{Child AE}} (real name withheld in this extract) | Conference date: [[date:18/10/2023]]
        Chair: [[name:Yusuf Mahmood]], Independent Reviewing Officer
        Attendees: [[name:Kirsty Dunbar]] (SW), [[name:Hope Ekwueme]] (advocate, [[organisation:Voices Advocacy CIC]]),
        [[name:Agnieszka Maj]] (DSL, [[organisation:Oakwood Junior School]]), PC [[name:Bill Tranter]],
        Father, paternal aunt ([[name:Shirin]])
        Not present: Mother (declined), GP (report received from Dr [[name:Anand]], [[organisation:Moss Lane Surgery]])

        Child's voice: [[name:Hope]] met AE twice before conference and brought his "three houses"
        drawing. AE asked that [[name:Kirsty]] stay his worker and that conference "stop saying I
        lie". The chair read his words first, before agency reports. There was some hope in the room
        that this time Father would engage.

        Decision: CP plan, category neglect. Core group first meets [[date:1 November]].
        Case no. [[case_reference:CP-2023-00951]]
    """)),
    ("social_care", "incident", prose("""
        Child Safeguarding Practice Review: the {{Child AF}} family (Roma, from Slovakia). Background.
        The family lived in a privately rented terrace at [[address:88 Popple Street]], [[postcode:S4 8LH]],
        let through [[organisation:Keystone Lettings Ltd]]; nine people shared three bedrooms. Child AF
        (called "[[name:Mirko]]" by school staff, legally [[name:Miroslav Lacko]]) was [[age:6]] when
        he was scalded. His mother, Mrs [[name:Lacková]], speaks Slovak and Romani and reads little
        English. Appointments were sent as letters in English. The interpreter booked for the
        hospital discussion on [[date:7th June 2022]] spoke Czech, and the family's cousin
        [[name:Dušan]] ([[age:15]]) interpreted instead. The reviewer heard from the Roma community worker,
        [[name:Zuzana Horváthová]], that families in the street call the social worker "the
        lady who takes children", and that nobody had explained the role. Recommendation 4: no child
        should be used to interpret in a safeguarding conversation, and Romani interpreters should be
        offered by default.
    """)),
    ("social_care", "near_miss", block("""
        PRACTICE ALERT - shared by Safeguarding Partnership business unit
        Ref: [[case_reference:PA-2024-07]]        Issued: [[date:29 February 2024]]
        Reported by: [[name:Mohammed Zafar]], Ward Manager, [[organisation:Bluebell Children's Ward]]
        Type: near miss - discharge without checking CP status

        What happened: a [[age:10-month-old]] on a child protection plan (Mosaic ID [[case_reference:1293384]])
        was booked for discharge to Mother at 16:30. The {{CP-IS}} flag was showing, but the discharging
        doctor (FY2 [[name:Patel]]) had not looked. Staff nurse [[name:Ruby-Jo Kinsella]] rang the allocated
        worker, [[name:Aleksandra Nowicka]], on [[phone:(0161) 770 4821]] before the taxi came; the plan
        required discharge to the maternal grandparents at [[address:3 Chadderton Fold]], [[postcode:OL8 3UJ]].

        Action: discharge checklist now includes "CP-IS checked by: ______".
    """)),
    # ---------------------------------------------------------------- health (22-36)
    ("health", "incident", block("""
        NHS 111 - Clinical Assessment Record
        Case ID: [[case_reference:111NW-7784120]]   Call start: [[date:03/12/2023]] 02:14
        Patient: [[name:ROSALEEN FINNEGAN]]   DOB: [[date_of_birth:11/04/1941]] ([[age:82]])   NHS No: [[nhs_number:8788595641]]
        Caller: daughter [[name:Bernadette]], cb [[phone:07700 900461]]
        Addr: [[address:Flat 2 Wellington Ct, Bolton Rd]], [[postcode:BL3 5PA]]
        HA: [[name:jmorrow2]] | Clinical assessor: [[name:Seun Akinola]] RN

        02:14 fall at home ~4 hrs ago, on floor, unable to get up, alert, no head injury reported
        02:21 {{Pathways}} Dx = ambulance Cat 3 (120 min)
        04:50 revalidation call - no answer on cb; left VM
        06:10 daughter [[name:Bernadette]] rang back. pt now "muddled", cold
        06:12 upgraded Cat 2
        08:37 crew on scene. ED: CK 18,000, rhabdomyolysis, hypothermic 34.1

        Learning: revalidation not repeated for 80 mins after no-answer; SOP says 30.
    """)),
    ("health", "near_miss", prose("""
        GP out-of-hours home visit, [[date:Sat 16/03]], 21:40. Dr [[name:Aoife Kavanagh]] (sessional) visited
        Mr [[name:Stanisław Grabowski]], [[age:79]], at [[address:Rowan House, 4 Mill Lane, Little Eaton]],
        for breathlessness. End-of-life care; on {{syringe driver}}. The Just in Case box held
        morphine sulfate 10mg/ml ampoules, but the MAR chart left by the district nurse ([[name:Ruth]])
        had been written for 10mg/5ml oral solution. Dr [[name:Kavanagh]] noticed before drawing up and
        rang the District Nursing night line, [[phone:01332 258661]], to confirm. Nurse [[name:Gabor]]
        re-wrote the chart. Wife ([[name:Halina]]) had been told by the day team to "give the usual dose"
        from the box. No wrong dose given. Raised on Datix as near miss, ref [[case_reference:W214867]].
        Learning for OOH: always check the authorisation against what is physically in the box.
    """)),
    ("health", "success", block("""
        OOH Consultation - [[organisation:Pennine Urgent Care]] - base: Skipton PCC
        Pt: [[name:Oliwia Nowak]]   [[age:3y 2m]]   DOB [[date_of_birth:27/01/2021]]   NHS [[nhs_number:601 084 0724]]
        Seen: [[date:06/01/2024]] 19:55   Clinician: Dr [[name:T. Eze]]

        Hx: 2/7 fever, off food, mum ([[name:Ewelina]]) reports "floppy" since lunch. {{Calpol}} 16:00.
        O/E: HR 168, RR 38, CRT 4s central, T 39.6, mottled legs. non-blanching? - 2 x petechiae L flank, glass test -ve
        Imp: ?sepsis / ?meningococcal - {{NICE NG51}} red flags x3
        Plan: IM benzylpenicillin 600mg given 20:04. 999 - Cat 1 arranged, pre-alert [[organisation:Airedale General]] paeds
        Safety net discussed in Polish via {{Language Line}} (ID [[case_reference:41877]])
        Follow-up: [[name:Ewelina]] rang base [[date:08/01]] - {{meningococcal septicaemia}} confirmed, on [[organisation:Ward 9 Children's]], improving.
    """)),
    ("health", "incident", block("""
        Serious incident - 111 call extract (for Rapid Review, {{Baby AG}})
        Call date [[date:12 Aug 2023]] 23:48 | caller = father ([[name:Rizwan]]) | tel [[phone:+447883 104 229]]
        Pt: AG, [[age:6 weeks]], DOB [[date_of_birth:01/07/2023]], reg GP [[organisation:Lodge Moor Medical Practice]]

        HA notes (verbatim): "dad says baby crying for 3 hrs wont settle. noticed bruise on arm
        when changing, thinks older sister [[name:Inaaya]] ([[age:2]]) grabbed her. no other sx"
        {{Pathways}} disposition: contact GP within 6 hrs, Dx 05
        No clinical assessor involvement. No safeguarding question asked.

        Review comment (Dr [[name:Rosalind Achterberg]], Named GP): bruising in a non-mobile baby
        is a red flag in every local protocol. Pathways does not prompt this in a "crying baby"
        route. The call should have been passed to a clinician. AG was admitted 36 hrs later with
        rib fractures.
    """)),
    ("health", "near_miss", prose("""
        Near miss - wrong patient record, OOH base, [[date:Sunday 21 April 2024]]. Two patients named
        [[name:Mohammed Khan]] were booked into the same treatment centre within 20 minutes of each other:
        one [[age:aged 34]] (DOB [[date_of_birth:04/02/1990]]), the other [[age:aged 71]] (DOB
        [[date_of_birth:09/11/1952]]), both registered at the same practice. The receptionist, [[name:Tariq]], selected
        the first search result for both. The GP, Dr [[name:Hannah Cheung-Murray]], was about to prescribe
        clarithromycin to the younger man when she saw that the record listed simvastatin and
        {{warfarin}}; she asked for his date of birth and the mismatch came out. Both records were
        corrected in {{Adastra}} before anything was issued. The older Mr [[name:Khan]] lives at
        [[address:19 Warwick Road, Sparkhill]]; his son [[name:Bilal]] was with him. Learning: two
        identifiers, every time, even when the base is busy.
    """)),
    ("health", "incident", block("""
        111 option 2 (mental health) - call summary - [[date:31/10/23]]
        caller: [[name:reece]] (pt himself) age [[age:19]] mob [[phone:07400 123 987]]
        lives [[address:12a Arkwright St]] w gf ([[name:Tegan]])
        says took "about 30" {{sertraline}} + 8 cans ~1hr ago. "done with it"
        MH practitioner [[name:L. Adeyinka]] kept on line, 999 via conference @ 22:41
        pt hung up 22:44. rang back x3 no ans.
        gf rang 22:58 from [[phone:07400 556 210]] - [[name:reece]] locked in bathroom
        police + amb on scene 23:06. conveyed [[organisation:Royal Derwent]] ED
        note: phone no on record was old one ([[phone:07400 123 988]]) - first callback went to that
        outcome: survived. ITU 2 days. Learning: confirm cb no at start of call
    """)),
    ("health", "success", block("""
        OOH shift handover log - Night, [[date:Fri 09/02/24]] - Lead GP Dr [[name:Idris Bello]]
        Bed-state n/a. Outstanding:
        1) Mrs [[name:E Whitfield]] ([[age:91]]) - UTI, trimethoprim started 23:00, confused, NEWS 5 at 01:00. DN to review 08:00
        2) [[name:Tomás Ó Súilleabháin]] ([[age:88]]) - verification of death at [[organisation:Heathervale Nursing Home]], done 03:10, DNACPR in place. Family ([[name:Niamh]]) informed.
        3) [[name:Eszter Varga]] - palliative, pain crisis, rang twice, DN [[name:Marcia]] attending 06:00
        4) [[name:Jonah Ledger]] ([[age:4]]) - croup, dexa given 02:30, review if worse. Mum mob [[phone:07722 341 090]]
        5) Frequent caller Mr [[name:Dunne]] - 6 calls since 22:00, care plan on {{SystmOne}} followed, MH crisis team aware
        Good catch: ANP [[name:Precious Moyo]] re-checked #1 at 04:00, NEWS 8, recognised urosepsis, 999 + abx. Pt now on [[organisation:Ward 22 (Aire)]]. Well done [[name:Precious]].
    """)),
    ("health", "success", block("""
        From: Dr [[name:Rashmi Venkataraman]] <[[email:rashmi.venkataraman1@nhs.net]]>
        To: [[email:ooh-clinicians@pennineuc.nhs.uk]]
        Date: [[date:Mon, 15 Jan 2024 08:02]]
        Subject: Learning from last week - great spot by [[name:Paddy]]

        Morning all,

        Quick one. On Thursday night [[name:Paddy]] ([[name:Padraig Cullinane]], ANP) saw a [[age:58yo]] man
        at the Keighley base with "indigestion" who had already been to [[organisation:Hallcroft Pharmacy]]
        twice that day for {{Gaviscon}}. [[name:Paddy]] did an ECG because "he just looked grey" -
        inferior STEMI. 999, pre-alerted the cath lab, door to balloon 71 mins. Pt (Mr [[name:Hussain]])
        has asked me to pass on his thanks.

        Reminder: {{NICE CG95}} - don't be reassured by a normal-looking man with a normal-sounding story.

        [[name:Rashmi]]
        Dr [[name:Rashmi Venkataraman]] | Clinical Lead | [[organisation:Pennine Urgent Care]] | [[phone:01535 29 47 70]]
    """)),
    ("health", "incident", block("""
        INCIDENT REPORT FORM (web)
        Incident ref: [[case_reference:INC-OOH-24-00382]]
        Date of incident: [[date:2024-02-11]]   Time: 19:20
        Location: [[organisation:Eastbrook Urgent Treatment Centre]] - waiting area
        Reporter: [[name:Chidinma Obi]] | [[email:chidinma.obi@nhs.net]]
        Person affected: [[name:Ivana Petrović]]   DoB: [[date_of_birth:1987-06-30]]   NHS: [[nhs_number:5945730726]]
        Description: pt attended c/o 2/7 headache, "worst ever", vomiting x1. Triaged green by HCA
        ([[name:JB]]). Waited 3h40m. Collapsed in waiting area 19:20, GCS 9. 999. CT at
        [[organisation:Royal Hallamshire]]: subarachnoid haemorrhage.
        Contributory factors: 1 GP + 1 ANP for 41 pts; {{Manchester Triage System}} not used at
        front door; HCA not trained in thunderclap headache red flags. [[name:JB]] very upset -
        offered TRiM.
        Harm: severe. Duty of candour: Y - letter sent to partner ([[name:Marko]]) [[date:14/02/24]].
    """)),
    ("health", "near_miss", prose("""
        111 call review, [[date:9th September 2023]]. The caller, Mrs [[name:Nguyễn Thị Lan]] ([[age:67]]),
        rang about her husband, Mr [[name:Trần Văn Hùng]], who had sudden weakness in his right arm. She
        speaks little English. Her son [[name:Minh]], [[age:aged 12]], interpreted. The health advisor
        followed the FAST questions but [[name:Minh]] translated "can he lift both arms" as "is his arm
        sore", and the answer was "no". The call reached a "speak to a GP within 2 hours" outcome.
        The clinical assessor, [[name:Ewan Fairbairn]], listened back when the case queued, heard the
        child interpreting, and called back with {{Language Line}} (Vietnamese, interpreter ID
        [[case_reference:VN-30418]]). He upgraded to a Category 2 ambulance. Thrombolysis was given
        at [[organisation:Queen Elizabeth Hospital Birmingham]]. Learning: offer an interpreter at the
        start and avoid children interpreting clinical questions.
    """)),
    ("health", "near_miss", prose("""
        Case review: frequent caller to 111 and OOH. Mr [[name:William "Bill" Marsden]], [[age:74]], of
        [[address:6 Kiln Close, Ossett]], [[postcode:WF5 8JQ]], called 111 forty-one times between
        [[date:1 Nov]] and [[date:31 Dec 2023]], mostly at night, usually about "my chest". Each call was
        handled as a new episode. On [[date:28/12]] the health advisor, [[name:Aleena Shah]], recognised
        his voice and asked about his wife; [[name:Bill]] said she had died in October. A clinician,
        [[name:Fergus O'Hanlon]], spoke to him for 25 minutes and referred him to the
        [[organisation:Wakefield Community Wellbeing Service]] and to his GP. On review, two calls had
        described chest pain radiating to the jaw; one was triaged to self-care. A {{special patient note}}
        has now been added. Learning: loneliness is not a diagnosis, and high-volume callers still
        have new symptoms.
    """)),
    ("health", "incident", block("""
        GP PRACTICE CHRONOLOGY - [[organisation:Abbeydale Group Practice]] - for CSPR {{Child AH}}
        Prepared by Dr [[name:F. Mahmoud]] (practice safeguarding lead) [[date:05/06/2024]]
        Child AH   NHS [[nhs_number:700 191 2875]]   <- remove before submission!!

        Date       | Clinician     | Summary
        [[date:14/09/22]] | HV ([[name:SC]])     | 8/52 check. Mother low mood, EPDS 17. Advised see GP.
        [[date:20/09/22]] | Dr [[name:Lowther]]   | Mother seen, {{sertraline}} 50mg. Baby not mentioned.
        [[date:03/01/23]] | Nurse [[name:Aisha]]  | Imms missed. DNA letter sent to [[address:7 Greenhow Walk]].
        [[date:11/02/23]] | OOH (via [[organisation:PCS Sheffield]]) | AH [[age:5/12]], "head bump", seen and discharged. Not coded.
        [[date:28/03/23]] | Dr [[name:Lowther]]   | Mother: "partner ([[name:Callum]]) back home". No safeguarding query.
        [[date:02/04/23]] | -             | ED attendance - subdural haematoma.

        Notes for panel: OOH letter of [[date:11/02/23]] filed by admin without GP review. [[name:SC]] did not
        know of [[name:Callum]]'s return.
    """)),
    ("health", "success", prose("""
        Reflective account submitted by Dr [[name:Zainab Al-Hashimi]], sessional GP, for the OOH
        safeguarding log. On [[date:26 December]] I visited a [[age:46-year-old]] woman,
        [[name:Claire Ashby-Walsh]], at [[address:The Old Forge, Church Lane, Nether Heyford]] for "back pain
        after a fall". Her husband answered every question. I asked to examine her alone and he
        refused, so I said I needed him to fetch her medication list from the car. She then told me
        he had pushed her down the stairs. I used the {{Ask for ANI}} wording I had learned in
        training, gave her the number for [[organisation:Sunflower Refuge Northants]] ([[phone:0800 048 7761]])
        on a prescription-style slip, and, with her consent, called the police on 101 (log
        [[case_reference:NNP-2612-0339]]). {{MARAC}} referral followed. She is now safe.
    """)),
    ("health", "incident", block("""
        111 CLINICAL NOTE - [[date:17/07/2023]] 14:02 - CA: [[name:pkowalski]] (Paramedic)
        PT: [[name:Desmond Akuffo-Addo]] M [[age:61]]  DOB [[date_of_birth:22/10/1961]]  NHS [[nhs_number:0663517826]]
        TEL: [[phone:0044 20 7946 0311]] (landline) / [[phone:07946 031 122]]
        PC: "heartburn" 2h, some sweating, pain into L arm 10 mins then settled
        PMH: T2DM, HTN, smoker 20/day
        Rx: metformin, ramipril
        Impression: ?GORD vs ACS. Pt declines ambulance - "got a meeting"
        Advice: attend UTC [[organisation:Lewisham Urgent Treatment Centre]] within 1h, worsening care advice given
        --
        ADDENDUM [[date:18/07/2023]] 09:15 ([[name:pkowalski]]): informed pt collapsed at home 17:30, cardiac arrest, ROSC. Refusal not documented with capacity assessment. {{Mental Capacity Act}} template not used.
    """)),
    ("health", "near_miss", block("""
        From: [[name:Kwame Boateng]] (Pharmacist) <[[email:kwame@boatengchemist.co.uk]]>
        To: OOH Clinical Governance
        Date: [[date:Sunday, 2 June 2024]] 18:27
        Subject: EPS sent to wrong pharmacy - please pass to the prescriber

        Hi,
        We received an electronic script at 16:10 for [[name:Gracie-Mae Lowry]], [[age:8 months]],
        {{amoxicillin}} 125mg/5ml. We are not her nominated pharmacy and we close at 17:00 today. Nobody
        would have collected it. I rang mum on the number on the script ([[phone:07700 900 718]]) - she
        was waiting at [[organisation:Asda Pharmacy Killingbeck]] which had nothing. I cancelled and
        asked your base to re-send (spoke to [[name:Tash]] on reception).
        Baby's temp was 39.8 on the phone so this could have been a missed dose overnight.
        Prescriber on the EPS token: Dr [[name:O. Fagbemi]], GMC [[case_reference:7049921]].

        Kind regards,
        [[name:Kwame]]
        [[organisation:Boateng Chemist]], [[address:212 York Road]], [[postcode:LS9 6QU]]
    """)),
    # ---------------------------------------------------------------- aviation (37-50)
    ("aviation", "incident", block("""
        [[organisation:Leeds Bradford Airport]] RFFS - INCIDENT LOG
        Incident no: [[case_reference:RFFS/24/0117]]   Date: [[date:26/01/2024]]   Watch: {{Blue Watch}}
        WM: [[name:Gareth Pugh]]   CM: [[name:Tasha Okafor]]   Control: [[name:Rose Tennant]]

        13:41  Tower: {{Full Emergency}} - [[flight_number:EXS43KP]], {{B737-800}} [[aircraft_registration:G-JZHV]], hyd sys A fail, 189 POB, ETA 12 min rwy 32
        13:42  {{Rescue 1}}, {{Rescue 2}}, {{Rescue 3}} mobile to RVPs; {{Command 1}} (WM [[name:Pugh]]) to hold Alpha 2
        13:53  a/c landed, stopped on rwy. brake temps 310C L main. Rescue 2 fan cooling
        14:02  [[flight_number:EXS43KP]] towed to {{Stand 6}}, Rescue 3 escort
        14:11  FF [[name:Jakub Lis]] minor burn R wrist (hot brake unit) - first aid, reported
        14:20  stood down. Log closed CM [[name:Okafor]]

        Debrief note: gloves not worn for wheel approach - reminder issued by [[name:Gareth]].
    """)),
    ("aviation", "near_miss", prose("""
        Mandatory occurrence report summary, [[case_reference:MOR-RFFS-2023-044]]. During a response
        drill on [[date:Wednesday 11 October 2023]], {{Rescue 3}} (major foam tender,
        [[vehicle_registration:FJ65 RWX]]) crossed the runway holding point at A3 without an explicit
        clearance from Tower. An inbound {{Dash 8}}, [[flight_number:LOG7RM]] ([[aircraft_registration:G-ECOK]]),
        was on a four-mile final and was instructed to go around. The driver, Firefighter
        [[name:Ryan Ó Dálaigh]], told the investigation he heard "Rescue 3, cross" and believed it was for
        him; the transmission was in fact for a follow-me vehicle, "Rover 3". Crew Commander [[name:Mark Hebblethwaite]]
        was in the cab and did not challenge. {{Green Watch}} have since adopted read-back of the
        holding point name. Watch Manager [[name:Yemisi Balogun]] led the {{Just Culture}} review; no
        disciplinary action.
    """)),
    ("aviation", "success", prose("""
        Commendation - {{White Watch}}, [[organisation:Aberdeen International Airport]] Fire Service. On
        [[date:4th August 2023]] at 06:52 a passenger, Mr [[name:Alasdair Gunn]] ([[age:63]]), collapsed at
        Gate 4 while boarding [[flight_number:BA1307]]. A call from ground handling was passed to the
        fire station by the ATC assistant. {{Rescue 6}} (RIV) with FF [[name:Eilidh Robertson]] and FF
        [[name:Will Craig]] arrived in 2 min 40 s. [[name:Will]] began CPR; [[name:Eilidh]] applied the
        {{Lifepak 1000}}, which advised one shock. ROSC was obtained before the {{Scottish Ambulance Service}}
        arrived, and Mr [[name:Gunn]] went to [[organisation:Aberdeen Royal Infirmary]]. His daughter,
        [[name:Catrìona Gun]], wrote to the airport on [[date:21/08/2023]]. Learning point: the gate phone
        list had the station's old extension, which cost about a minute; it has been replaced.
    """)),
    ("aviation", "incident", block("""
        AIRSIDE SAFETY OCCURRENCE - FUEL SPILL
        Ref: [[case_reference:ASO-24-0311]]  |  Date/time: [[date:09/03/24]] 17:26  |  Location: {{Stand 41}}
        Aircraft: {{A321neo}} [[aircraft_registration:G-UZMA]] op as [[flight_number:EZY6421]]
        Fuel supplier: [[organisation:Skyline Aviation Fuels Ltd]] - bowser [[vehicle_registration:PN19 WXT]], operator [[name:D. Szymański]]
        Spill approx 60L {{Jet A-1}} from a split drain hose, covering ~20 m2.
        RFFS: Rescue 4 and Rescue 5 attended, {{Red Watch}}, CM [[name:Lorraine Kwiatkowski]]
        Actions: pax boarding halted (41 on board held), spill kit + foam blanket, Stand 42 closed.
        Handling agent [[organisation:Menzies]] dispatcher [[name:Kofi]] said boarding was called at 17:24 before fuelling complete - SOP breach.
        Contact for follow-up: [[name:Lorraine]] on [[phone:0161 489 3117]] or [[email:rffs.redwatch@mcrairport-fire.co.uk]]
    """)),
    ("aviation", "incident", prose("""
        Fire station incident summary, [[date:Sat 20 May 2023]]. [[flight_number:RYR3QL]], a
        {{B737 MAX 8-200}} ([[aircraft_registration:EI-IHR]]), rejected its take-off at 145 kt after a bird
        strike (geese) on runway 27. Local Standby upgraded to {{Full Emergency}} by ATC at 16:07.
        {{Rescue 1}} and {{Rescue 2}} attended the aircraft on the runway; thermal imaging showed brake
        temperatures above 500C. Crew Commander [[name:Abdi Warsame]] ordered cooling from a distance
        and kept appliances clear of the wheel planes in case of fuse-plug release. Two fuse plugs
        released at 16:21. The captain, Capt [[name:Lowe]], kept passengers on board until {{Stand 17}}
        was ready. No injuries. The bird controller on duty, [[name:Jack Ferriday]], had dispersed
        geese 14 minutes earlier. Watch Manager [[name:Helena Dąbrowska]] noted good communication on
        Channel 2.
    """)),
    ("aviation", "success", block("""
        EXERCISE DEBRIEF - {{Exercise Golden Plover}} (live {{Aircraft Accident}} exercise)
        Date: [[date:Tues 17 Oct 2023]]   Venue: [[organisation:Newquay Cornwall Airport]], fire training ground

        Attendees:
        [[name:Pete Trevithick]] (Airport Fire Manager)
        [[name:Morwenna Pascoe]] (Duty Manager, Ops)
        [[name:Ifeoma Chukwu]] ({{Cornwall Fire and Rescue Service}}, Station Commander)
        [[name:Kieran Nance]] (SWAST HART)
        [[name:Summer Jago]] (casualty role-players coordinator, [[organisation:Truro College]])

        What went well:
        - First appliance ({{Rescue 1}}) in attendance at 1 min 52 s
        - RVP North used correctly; [[name:Ifeoma]] liaison was seamless
        - Casualty count reconciled with the "manifest" held by [[name:Morwenna]] within 40 mins

        Improve:
        - Radio congestion on Channel 1; [[name:Pete]] to trial a second channel
        - [[name:Summer]]'s role-players reported they were "triaged twice" - {{triage sieve}} tags not visible
    """)),
    ("aviation", "incident", block("""
        Vehicle collision - {{Rescue 5}} and baggage tractor - Taxiway Delta service road
        Report ref [[case_reference:VC/0923/08]]   [[date:2 September 2023]] 23:55
        Fire appliance: Rescue 5, [[vehicle_registration:AK16 FTB]], driver FF [[name:Nathaniel Brooks-Heaton]]
        Other vehicle: tug, fleet no. T-114, reg [[vehicle_registration:BX68 OPL]], [[organisation:Dnata UK]], driver [[name:Arunas Petrauskas]]
        Witness: CM [[name:Sunita Chauhan]] (passenger seat, Rescue 5)

        Narrative (FF [[name:Brooks-Heaton]]): returning from a precautionary call to {{Stand 210}}. Tug
        pulled out from behind the catering high-loader without stopping. Blues not on (not a shout).
        Braked, contact with nearside front wing. Nobody hurt. Tug driver said his beacon was u/s.
        Appliance off the run - Rescue 7 (reserve) put on the run at 00:20.
    """)),
    ("aviation", "incident", prose("""
        Post-incident report: smoke in cabin on stand, [[date:Friday 8 December 2023]]. At 07:12, during
        boarding of [[flight_number:TOM2FP]] ([[aircraft_registration:G-TAWN]]) on {{Stand 12}}, cabin crew
        reported acrid smoke from the rear galley. The captain ordered a precautionary disembarkation via
        airbridge; a passenger then opened the R2 door and deployed the slide. The {{Rescue 2}} crew led
        by CM [[name:Dawid Mazur]] found an overheated APU bleed duct. Three passengers were hurt on the
        slide, including [[name:Eleanor Shawcross]] ([[age:71]], wrist fracture) and a child, [[name:Ollie]],
        [[age:aged 9]]. The passenger who opened the door, Mr [[name:Gary Pinnington]], told FF
        [[name:Rhodri Gwynfor]] he "panicked". [[organisation:Bristol Airport]] duty manager [[name:Claire Oduya]]
        opened the {{Emergency Orders}} welfare centre. Learning: ground crew need a clear PA script for
        precautionary disembarkation at an airbridge.
    """)),
    ("aviation", "near_miss", block("""
        From: WM [[name:Siobhán Fitzgerald]] <[[email:s.fitzgerald@belfastcityairport-rffs.com]]>
        Sent: [[date:14 June 2024]] 07:58
        To: SAFO; [[email:h.s@belfastcityairport-rffs.com]]
        Cc: [[name:Declan]]
        Subject: near miss - ladder on {{Rescue 2}} last night

        Hi both,
        During the 02:00 equipment check on {{Orange Watch}}, FF [[name:Conor McAteer]] found the 10.5 m ladder
        on Rescue 2 had only one of its two retaining straps secured. If it had come off on a shout
        it would have gone across the service road at 50 mph. Traced to the day-watch inventory check
        (signed [[name:RJ]]). [[name:RJ]] says they were stood down to an AFIS call mid-check.
        No harm. I've added "straps x2" to the handover sheet.
        Ring me on [[phone:+44 (0)28 9093 9417]] if you need me.
        [[name:Siobhán]]
    """)),
    ("aviation", "incident", block("""
        RTF / station log transcript - lithium battery fire in cabin - [[date:30/04/2024]]
        Aircraft: [[aircraft_registration:G-LGNM]], [[flight_number:LOG574]], on {{Stand 3}}, deplaning

        17:48:10 GROUND: Fire, Ground, [[flight_number:LOG574]] reports phone fire in cabin row 9, crew using extinguisher
        17:48:21 FIRE CTRL ([[name:Ayesha Siddiqui]]): Fire copied, {{Rescue 1}} and {{Rescue 6}} mobile
        17:49:40 Rescue 6 ([[name:Frazer]]): in attendance, one pax and crew off, smoke light
        17:50:05 Rescue 6: device in containment bag, water applied, {{thermal runaway}} ongoing
        17:53:30 Rescue 1 (CM [[name:Kiernan]]): device removed to station, immersed
        18:02:00 FIRE CTRL: stand cleared by [[name:Frazer]]

        Owner: Ms [[name:Jude Obasi-Ward]] ([[age:24]]), seat 9C, phone on power bank in seat pocket.
        Cabin crew [[name:Fiona]] - minor smoke inhalation, assessed by Rescue 1 crew, fit to continue.
        Device retained for {{CAA}} MOR.
    """)),
    ("aviation", "near_miss", block("""
        [WhatsApp export - "LPL Fire Blue Watch"]
        [[[date:03/11/2023]]] 21:14 - [[name:Gaz Whelan]]: who sent R4 to 33?? the MEDIC call was {{stand 38}}
        [[[date:03/11/2023]]] 21:15 - [[name:Nadia Rahman-Lee]]: control said 33 on the bells, I heard it too
        [[[date:03/11/2023]]] 21:15 - [[name:Gaz Whelan]]: pax was on [[flight_number:EZY7314]] at 38, lad (20s) fitting. [[name:Mo]] got there from the RIV in 4 min
        [[[date:03/11/2023]]] 21:17 - [[name:Mo Iqbal]]: he's fine, NWAS have him now. Seizure, known epileptic
        [[[date:03/11/2023]]] 21:20 - [[name:Nadia Rahman-Lee]]: [[name:Bernie]] in control says the caller said "three eight" and she typed 33, she's gutted
        [[[date:03/11/2023]]] 21:22 - [[name:Gaz Whelan]]: not on her, 33 and 38 sound the same on the handset. raising it with [[name:Stu]] tomorrow
    """)),
    ("aviation", "success", prose("""
        Learning summary: baggage hall fire, [[organisation:Glasgow Prestwick Airport]], [[date:19/02/2024]].
        At 03:35, the detection system in the hold baggage screening area reported a fire on conveyor
        HB-3. The duty Watch Manager, [[name:Fraser Mac a' Phì]], sent {{Rescue 2}} and the domestic
        tender Rescue 8 and called {{Scottish Fire and Rescue Service}} on the direct line. A jammed
        pushchair had caused a belt motor to overheat; FF [[name:Ross Campbell-Ure]] isolated the belt
        and used a CO2 extinguisher. Because of the early call, the terminal did not need to be evacuated
        and the first flight, [[flight_number:FR1197]], left on time. The baggage contractor,
        [[organisation:Clydeside Baggage Systems Ltd]], and their on-call engineer [[name:Hamish]] attended
        within the hour. Good practice: the watch had rehearsed the baggage hall plan only the week before.
    """)),
    ("aviation", "incident", prose("""
        Occurrence: general aviation forced landing on the grass, [[organisation:Gloucestershire Airport]],
        [[date:Sunday 16 July 2023]]. A {{Piper PA-28}}, [[aircraft_registration:G-BRBW]], flown by a
        [[age:68-year-old]] private pilot, Mr [[name:Geoffrey Hambling]], lost engine power on the climb
        out and landed on the grass between the runway and Taxiway Alpha, collapsing the nose gear.
        {{Rescue 1}} and {{Rescue 2}} ({{Yellow Watch}}, CM [[name:Tunde Afolabi]]) reached the aircraft in
        under 90 seconds. Fuel was leaking from the left wing root; a foam blanket was laid. The
        passenger, his grandson [[name:Finn]] ([[age:14]]), had a cut to the head. A second aircraft,
        a {{Robinson R44}} [[aircraft_registration:G-OHKB]], was told to hold while the runway was inspected.
        The aircraft owner, [[organisation:Cotswold Flying Group]], was contacted via [[phone:01452 857 301]].
        {{AAIB}} notified; field investigation not required.
    """)),
    ("aviation", "near_miss", block("""
        HAZARD REPORT - Water supply
        Ref [[case_reference:HZ-2024-0019]]   Raised by: SM [[name:Parminder Gill]]   Date: [[date:8/1/24]]
        Airport: [[organisation:East Midlands Airport]]   Watch on duty: {{Red Watch}}

        Issue: during the Monday hydrant test, fire hydrant H7 (serving {{Stands 60-64}}) gave no flow.
        It had been isolated by the maintenance contractor, [[organisation:Aquaflow Facilities Ltd]], on
        [[date:19/12/23]] for a valve repair (their job no. [[case_reference:AQF-55812]]). No NOTAM-style
        internal notice was issued to RFFS. For 20 days the nearest supply for {{Rescue 3}} and
        Rescue 4 re-fill at those stands was 600 m away.
        Contractor contact: [[name:Lee Hargreaves]], [[phone:07789 431 006]], [[email:lee.hargreaves@aquaflow-fm.co.uk]]
        Action: permit-to-work for any fire main isolation now needs RFFS sign-off.
    """)),
]


def main() -> None:
    records = build_records("blind51", REPORTS)
    write_records(OUT, records)


if __name__ == "__main__":
    main()
