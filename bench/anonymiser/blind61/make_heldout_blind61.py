"""Held-out blind corpus 61: NHS community health services (0-19, district nursing, midwifery, therapies).

Setting: community health teams in the North East, Yorkshire, the Midlands, Cumbria, Cornwall and
the Isles of Scilly, reporting on a Datix-style incident form (Location, Date, Description,
Immediate action, Reporter) and in free-text narratives, e-mails and chat logs. Social care reports
are the safeguarding interface seen from health; aviation reports are community staff, patients
and supplies moving by island air service, air ambulance and medical drone.
Voice: ordinary professional NHS voice, mid-length, with team jargon, brand and eponym terms
(Foley, McKinley, Waterlow, Britten-Norman) that look like names but are not.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from markup import block, build_records, write_records  # noqa: E402
from markup import flow as prose  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "corpus" / "heldout_blind61.jsonl"

REPORTS = [
    # ------------------------------------------------------------------ social care (17)
    ("social_care", "incident", block("""
        Datix ref: [[case_reference:CHS-24-03317]]
        Service: {{Health Visiting}} - [[organisation:Elswick & Benwell 0-19 Team]]
        Location: Family home, [[address:Flat 6 Coldwell House, Sidney Grove]], Newcastle [[postcode:NE4 5PB]]
        Date of incident: [[date:14/02/2024]]
        Description: New birth visit to baby [[name:Musa]] ([[age:12 days]], NHS no [[nhs_number:728 354 5077]]). Small purple bruise behind L ear. Mum ([[name:Hodan Warsame]]) said his older sister may have grabbed him. Baby is non-mobile so the {{bruising protocol}} applies. I rang the {{MASH}} from the car, was held in the queue for 40 mins and had to leave for my next visit. Referral not made until the following morning.
        Immediate action: Referral to {{MASH}} [[date:15/02/2024]] 09:10. CP medical same day with Dr [[name:Anand]] at [[organisation:Ridley Child Development Centre]]. Discussed in safeguarding supervision with [[name:Lorraine]].
        Learning: Bruise in a non-mobile baby = same-day referral. Use the professionals line [[phone:0191 498 0472]], not the public number.
        Reporter: [[name:K. Doherty]], HV Band 6
    """)),
    ("social_care", "success", prose("""
        At the lunchtime drop-in at [[organisation:Thornhill Park Academy]] on [[date:6 March 2024]]
        a Year 10 student, [[name:Kacper Nowicki]] ([[age:15]]), told me that his mum's new partner
        had hit him with a belt the night before. I did not ask leading questions, wrote down his
        words and took him straight to the DSL, Mrs [[name:Adeyemi]]. We rang the {{Front Door}}
        together and a {{strategy discussion}} was held by 2pm, which health joined by phone. The
        social worker, [[name:Ellie-Mae Strickland]], saw [[name:Kacper]] at school before home time
        and he went to stay with his nan under a safety plan. I have since done a follow-up health
        contact and he says he felt listened to. Sharing because the school and {{school nursing}}
        pathway worked exactly as it should: one disclosure, one referral, same-day {{Section 47}}.
        [[name:Jo Fenwick]], School Nurse, [[organisation:Kirklees North 5-19 Team]]
    """)),
    ("social_care", "incident", block("""
        Location: [[organisation:Looked After Children Health Team]], [[address:Acorn House, 41 Bank Street]], Walsall [[postcode:WS1 2EQ]]
        Date: [[date:02/05/2024]]
        Description: {{Initial Health Assessment}} for [[name:Tyler-Jay Bradshaw]] (DOB [[date_of_birth:17/08/2019]], LAC ref [[case_reference:LAC/0193/24]]) completed on day 34 of placement against the 20 working day standard. Child entered care on [[date:22/03/2024]]. Consent and Part A were not received from the local authority until day 19 and the request then sat in the generic inbox over Easter. Foster carer [[name:Bernadette Quinn]] had already noticed [[name:Tyler-Jay]] had no dental registration and a missed {{pre-school booster}}.
        Immediate action: IHA done by Dr [[name:Oyelaran]] [[date:02/05/2024]]. Booster given. Escalated to the {{Designated Nurse}}.
        Reporter: [[name:Sunita Rai]], {{Specialist Nurse}} LAC
    """)),
    ("social_care", "near_miss", prose("""
        [[name:Ayaan]] ([[age:6]], {{cerebral palsy}} GMFCS III) was marked {{Was Not Brought}} to
        three community paediatric appointments between [[date:January 2024]] and [[date:April 2024]].
        Each letter went to the old address, [[address:22 Lister Street]], Bradford [[postcode:BD8 7QX]].
        The family had moved to [[address:7 Carlisle Terrace]], [[postcode:BD3 9HN]] in December and
        updated the GP at [[organisation:Manningham Lane Medical Practice]] but our system did not pull
        the change through. His physio, [[name:Rachel O'Hare]], spotted the mismatch when mum
        ([[name:Roksana Begum]]) mentioned she had not heard from the paediatrician. Had the third WNB
        gone to the {{Early Help}} panel as planned, the family would have been discussed as
        disengaged when they had never had the letters. Admin now check the {{Spine}} address before any WNB letter is sent.
    """)),
    ("social_care", "incident", block("""
        Incident form - Community Midwifery
        Location: Antenatal clinic, [[organisation:Todmorden Health Centre]]
        Date: [[date:11/06/2024]]
        Description: [[name:Amber Greenhalgh]], [[age:24]], 33+2 weeks, transferred her booking from Bradford to us at 32 weeks. Unborn baby is subject to a pre-birth child protection plan in Bradford ({{Child Protection}} ref [[case_reference:BCP-2024-1187]]). None of this was on the transfer letter; I only found out when [[name:Amber]] said "my social worker [[name:Imogen]] is coming to the birth plan meeting". The {{pre-birth assessment}} had not been shared with Calderdale and no {{birth plan}} was in place.
        Immediate action: Phoned safeguarding midwife [[name:Natalie Hurst]] ([[phone:01422 960318]]), alert placed on maternity record, referral to Calderdale children's services.
        Reporter: [[name:Funmi Ogunleye]], Community Midwife
    """)),
    ("social_care", "incident", block("""
        From: [[name:Wilson, Bethany]] <[[email:bethany.wilson@tynedale-chs.example.nhs.uk]]>
        Sent: [[date:19 July 2024]] 16:52
        To: Information Governance
        Subject: Misdirected e-mail - ICPC health report [[case_reference:CP-2024-0418]]

        Hi both, logging this for the Datix. I sent my {{ICPC}} health report for [[name:Z.A.]] to
        [[email:s.ahmed@example.org]] (picked from the autocomplete) instead of the social worker
        [[name:Shazia Ahmed]] at [[email:shazia.ahmed@northtyne.example.gov.uk]]. The wrong address
        belongs to a [[name:Sajid Ahmed]], unrelated. He replied within 20 minutes to say he had
        deleted it, and I have asked him to confirm in writing. Report contained the child's name,
        DOB and the parents' {{substance misuse}} history.
        I've turned autocomplete off. Happy to talk to the {{Caldicott Guardian}}.

        [[name:Beth]]
        Health Visitor, [[organisation:Hexham 0-19 Team]] | [[phone:07700 900614]]
    """)),
    ("social_care", "near_miss", prose("""
        Visiting Mrs [[name:Ivy Charlton]] ([[age:91]]) at [[address:3 Chester Row]], Consett
        [[postcode:DH8 5LW]] for leg ulcer care on [[date:08/08/2024]]. Her grandson [[name:Dean]] has
        been collecting her shopping and pension. Today there were red-letter bills on the side and
        a DWP letter (NI [[ni_number:JT 48 21 07 B]]) saying her {{Pension Credit}} had been redirected
        to a new bank account. [[name:Ivy]] said she "never signed nothing" and there is no {{Lasting Power of Attorney}}.
        No food in the fridge apart from milk. [[name:Dean]] arrived as we were leaving and was
        hostile. Raised a {{Care Act}} safeguarding concern with adult social care the same day
        (ref [[case_reference:ASC-SG-77412]]) and informed GP. Near miss because the previous two
        visits had noted "family managing finances" without anyone asking further.
        [[name:Mel]] & [[name:Gosia]], [[organisation:Derwentside District Nursing]]
    """)),
    ("social_care", "success", prose("""
        Routine enquiry at the 6-8 week contact, [[date:30 April 2024]]. Partner was out so I asked
        mum, [[name:Chloe Rutherford]], the {{routine enquiry}} questions. She disclosed that
        [[name:Lewis]] had taken her phone and pushed her against the cot the week before. Completed
        the {{DASH}} with her (score 16), which meant a {{MARAC}} referral ref [[case_reference:MR/24/0562]].
        An IDVA from [[organisation:Wearmouth Safe Haven]] rang her on my work mobile while I was still in the house, so
        no new number was left on hers. Children's services and police informed. Baby [[name:Isla]] moved up
        to {{Universal Plus}}. She and baby are now at her mum's in Seaham. What worked: asking when alone,
        and having the IDVA number ready. [[name:Aaliyah Hussain]], HV
    """)),
    ("social_care", "near_miss", block("""
        Location: [[organisation:St Bede's RC Primary]], Jarrow - school nurse clinic
        Date: [[date:17/01/2024]]
        Description: [[name:Lacey-Rose Turnbull]], [[age:8]], Year 3. Teacher concerned about weight loss and head lice. Weighed on 2nd centile (25th at reception). Child said "we only have tea on Fridays". Previous school nurse contact in October recorded "no concerns" without a weight. Two siblings at the same school not checked. On the {{Graded Care Profile}} I scored nutrition and hygiene at 4.
        Immediate action: Referral to Children's Services with the GCP2 attached. {{Early Help}} worker [[name:Ryan Gallagher]] to visit. School to provide {{free school meals}} and breakfast club from tomorrow.
        Reporter: [[name:Niamh]] ([[name:N. Brennan]]), School Nurse
    """)),
    ("social_care", "incident", prose("""
        I am the {{Family Nurse}} for [[name:Chantelle Mbeki-Watson]], [[age:17]], who is looked after and
        has a baby of [[age:3 months]], [[name:Kairo]]. On [[date:5 September 2024]] she was moved in an
        emergency from her placement at [[address:Elm Lodge, 9 Hawthorn Way]], Corby [[postcode:NN17 2TB]]
        to a mother and baby placement in Leicester. Nobody told the {{Family Nurse Partnership}} team,
        the GP or health visiting. I went to a planned visit and found the room empty. Her records
        stayed with us, so [[name:Kairo]] missed his 12-week immunisations and Leicester had no idea
        about her {{postnatal depression}} plan. Social worker [[name:Paul Egan]] apologised and said the
        move was arranged out of hours. Datix [[case_reference:NHFT-58830]]. [[name:Sarah-Jane Pryce]], FN
    """)),
    ("social_care", "near_miss", block("""
        Location: Child protection medical, [[organisation:Coventry Community Paediatrics]], [[address:Paybody Building, Stoney Stanton Road]]
        Date: [[date:27/03/2024]]
        Description: Booked interpreter for [[name:Senait]] (NHS [[nhs_number:551 675 2507]]) and her mother [[name:Mebrat Tesfay]] was {{Amharic}}; family speak {{Tigrinya}}. Noticed at the start when mum could not follow. We nearly continued using the social worker's colleague who "speaks a bit", which would have meant an unreliable history for an injury pattern we were considering for a {{skeletal survey}}. Medical delayed 2h 20m until a Tigrinya interpreter, [[name:Yonas]], arrived in person. Child waited in the playroom with the play specialist.
        Immediate action: Interpreter booking form now has a mandatory "language confirmed with family" tick box.
        Reporter: Dr [[name:F. Kowalczyk]], Consultant Community Paediatrician
    """)),
    ("social_care", "success", block("""
        Teams chat export - attached to Datix [[case_reference:DX-240712]] as good practice
        [[date:12/07/2024]] 09:14 [[name:Priya Mistry]] (HV): morning, re baby [[name:ollie]] at [[address:14 Ferncliffe Road]] - mum didn't answer for the 2nd time and curtains shut
        09:16 [[name:Gareth Lloyd-Evans]] (SW): thanks, he's on a CP plan, I'll go now. is dad back?
        09:17 [[name:Priya Mistry]] (HV): neighbour said van outside last night, [[vehicle_registration:YF68 PKU]]
        09:18 [[name:Gareth Lloyd-Evans]] (SW): that's his. ringing police for a joint visit
        10:42 [[name:Gareth Lloyd-Evans]] (SW): seen [[name:ollie]] - fine, mum ok, dad gone. {{core group}} brought forward to Tues
        10:44 [[name:Priya Mistry]] (HV): brilliant, I'll do weight at {{core group}}. ta [[name:G]]
    """)),
    ("social_care", "incident", prose("""
        Health were not invited to the {{strategy discussion}} on [[date:3 October 2024]] for [[name:Mason]]
        and [[name:Harley Dunn]] ([[age:4]] and [[age:2]]), even though the referral came from our team. I
        only found out when the {{Section 47}} outcome letter arrived. The discussion was held with police
        and the school only. We held relevant information: [[name:Harley]] had missed his {{ASQ}} review and
        was on a {{Was Not Brought}} pathway, and mum ([[name:Kerry-Ann Dunn]]) had told us at the 2 year review
        she was using again. The outcome was "no further action". Raised with {{Duty Manager}} [[name:Craig]]
        who agreed to reconvene. Logged as an incident because this is the third time this quarter our
        [[organisation:Mansfield East Health Visiting Team]] has been left off. [[name:Tamsin Ward]], Safeguarding Lead Nurse
    """)),
    ("social_care", "success", prose("""
        Year 7 health questionnaire at [[organisation:Goodwin Academy]], Scunthorpe picked up that
        [[name:Ionuț Popescu]] ([[age:11]]) was living with "[[name:Andreea]], mum's friend" while his
        parents work in Romania. He has been there since [[date:July 2023]]. Nobody had identified this
        as {{private fostering}}. I spoke to [[name:Andreea Munteanu]] on [[phone:07700 900283]] who was
        happy to be assessed and did not know she needed to tell anyone. Notified children's services on
        [[date:20/09/2023]]; assessment done and he is doing well. [[name:Ionuț]] was also overdue his
        {{MMR}} second dose, now given. Good example of the questionnaire doing its job. [[name:Lauren Fisher]], {{School Nurse}}
    """)),
    ("social_care", "near_miss", block("""
        Service: Children's {{Speech and Language Therapy}}
        Location: Car park, [[organisation:Kidderminster Children's Centre]]
        Date: [[date:13/11/2024]]
        Description: At 10:50 a receptionist noticed a boy of about [[age:3]] alone in a silver car ([[vehicle_registration:WR19 KZT]]) with the engine off and window down. It was [[name:Alfie]], who I was due to see at 11 for {{Makaton}} and {{PECS}} work. Dad ([[name:Stuart]]) came back 8 minutes later; he had gone to the pharmacy over the road. No harm but 4 degrees outside.
        Immediate action: Discussed with dad. Consulted safeguarding lead [[name:Helen Oduya]]; agreed a one-off, no referral, recorded on [[name:Alfie]]'s record and shared with the HV.
        Reporter: [[name:Ceri Bowen]], SLT
    """)),
    ("social_care", "near_miss", prose("""
        Unannounced visit to [[address:68 Moorhead Lane]], Shipley on [[date:Sunday 4 February 2024]] after
        a {{missed contact}}. Found baby [[name:Rosie]] ([[age:5 weeks]]) asleep on the sofa next to dad, who
        smelled of alcohol. The {{Moses basket}} was being used for the dog's puppies. Mum, [[name:Dana]], said
        they had "a few" at a christening. I gave the {{Lullaby Trust}} safer sleep advice again and they
        moved the basket into the bedroom while I was there. Discussed with safeguarding that afternoon and
        we referred to {{Early Help}} rather than children's services. Near miss: the previous visit notes said
        "safe sleep discussed" but no one had actually seen where the baby slept. [[name:H.K.]], Health Visitor
    """)),
    ("social_care", "success", block("""
        Date: [[date:21/02/2024]]
        Location: [[organisation:Deansfield High School]], Wolverhampton - medical room
        Description: [[name:Reece Adjei-Boateng]], [[age:14]], attended for an asthma review. He had two phones, a cut on his hand he would not explain and cash for "a mate's uncle". Staff say he is often collected at the side gate by a black Audi ([[vehicle_registration:BD70 KLM]]). Recognised possible {{Child Criminal Exploitation}} indicators and completed the exploitation screening tool with him.
        Immediate action: Referral to {{MASH}} including the registration. DSL Mr [[name:Okonkwo]] informed. Police linked the car to an existing {{county lines}} investigation.
        Outcome: Social worker made an {{NRM}} referral and [[name:Reece]] now has a youth worker from [[organisation:Heath Town Youth Project]]. At his review in May he told me the car doesn't come any more. Good joint working.
        Reporter: [[name:Yasmin Sheikh]], School Nurse, [[phone:01902 960447]]
    """)),

    # ------------------------------------------------------------------ health (17)
    ("health", "incident", block("""
        Datix ref: [[case_reference:W-DN-240311]]
        Location: Patient's home, [[address:15 Rosebery Avenue]], Blackburn [[postcode:BB2 6JP]]
        Date: [[date:11/03/2024]] approx 17:40
        Description: Two patients with the same surname on the teatime insulin list: Mr [[name:Tariq Khan]] (NHS [[nhs_number:812 506 2262]], {{NovoRapid}} per chart) and Mr [[name:Arif Khan]] (NHS [[nhs_number:445 759 5292]], {{Lantus}} 18 units od). Bank nurse took the wrong printed chart and gave Mr [[name:T. Khan]] 18 units of {{Lantus}} on top of his own evening dose. Identity was checked by name only at the door.
        Immediate action: GP and {{out of hours}} informed. BMs 2-hourly overnight by the night team, lowest 4.6. No harm. Family ([[name:Nasreen]], daughter) informed under {{Duty of Candour}}.
        Learning: Name + DOB at every visit. Similar-name alert added on {{SystmOne}} for both men.
        Reporter: [[name:Janet Ainsworth]], Team Leader, [[organisation:Blackburn South District Nursing Team]]
    """)),
    ("health", "incident", prose("""
        Category 3 sacral pressure ulcer found on [[date:9 January 2024]] on Mr [[name:Thomas Irving]], known to
        everyone as [[name:Tommy]], at [[address:4 Harbour View]], Workington [[postcode:CA14 2RS]]. His
        {{Waterlow}} was 22 and the {{Purpose T}} on [[date:2 January]] said high risk, so a dynamic air
        mattress was ordered from [[organisation:Solway Community Equipment Store]] as urgent. It arrived
        seven days later because the order was keyed as routine. In the meantime he was on his own
        foam mattress with 4-hourly {{SSKIN}} visits from the carers. Wife ([[name:Jean]]) told me
        he had been sleeping in the recliner most nights. Photographs uploaded, tissue viability referral
        made and incident logged as [[case_reference:NCIC-24-00911]]. [[name:LMcG]], DN
    """)),
    ("health", "success", prose("""
        Planned home birth for [[name:Kerensa Trewin]] ([[age:31]], para 2) at [[address:Polgrain Farm,
        Trewidden Lane]], St Buryan [[postcode:TR19 6EA]] on [[date:14 May 2024]]. Baby girl born 03:12
        in good condition ({{Apgar}} 9 and 10). By 03:30 blood loss was 900ml. Second midwife
        [[name:Becky]] and I ran the PPH drill exactly as practised: {{Syntometrine}} IM, rubbed up a
        contraction, emptied bladder, two cannulas, fluids, 999 at 03:25. Ambulance arrived 03:58, which is
        normal for West Penwith. Total loss 1,200ml, no transfusion, home two days later. Partner
        [[name:Jory]] wrote to say we were "calm as anything". I want to credit the monthly skills drills at
        [[organisation:Penwith Birth Centre]] and [[name:Becky]]'s kit check. [[name:Demelza Rowe]], RM
    """)),
    ("health", "near_miss", block("""
        Location: [[address:Hollybush Cottage, Low Road]], Sleights, nr Whitby
        Date: [[date:23/09/2024]]
        Description: End of life patient Mr [[name:Walter Brough]] ([[age:84]]). New {{McKinley T34}} syringe driver prescription from Dr [[name:Lindqvist]] reads {{midazolam}} 10mg/24h. The dispensing label on the {{Just in Case}} box from [[organisation:Esk Valley Pharmacy]] read 100mg/24h. Second checker [[name:Kofi]] queried before priming. Rang GP, who confirmed 10mg; pharmacy label error.
        Immediate action: Driver set up at correct dose. Pharmacy informed and relabelled. Family ([[name:Pauline Brough]]) told.
        Reporter: [[name:Rhiannon]], Staff Nurse, [[organisation:Esk & Coast Community Nursing]]
    """)),
    ("health", "success", prose("""
        [[name:Amelia-Grace Osei]], [[age:5]], has a {{Shiley}} 4.0 tracheostomy and attends
        [[organisation:Hollybank Primary School]] with a trained TA. On [[date:10 October 2024]] her tube
        blocked during PE. Mrs [[name:Pearce]], the TA, suctioned, could not clear it and did an emergency
        tube change with the spare from the grab bag, exactly as we had trained in September. Sats back to 97%
        within a minute. She rang us on the team number [[phone:0121 496 0381]] and I was there in 12
        minutes. Paramedics checked her over and she stayed at school. Parents ([[name:Kwame]] and
        [[name:Abena]]) have asked that we share this with other schools. Spare {{HME}} and grab bag restocked.
        [[name:Olu]], Children's Community Nurse
    """)),
    ("health", "incident", block("""
        Location: [[organisation:Smethwick Foot Health Clinic]]
        Date: [[date:04/06/2024]]
        Description: Mr [[name:Gurpreet Singh Sandhu]] (NHS [[nhs_number:175 163 1958]]), type 2 diabetes, seen 07/05 by a podiatry assistant with a hot, swollen R midfoot and no wound. Recorded as "sprain?" with advice to rest. Not escalated. On review today foot deformed; X-ray confirms active {{Charcot foot}}. Should have been same-day referral to the {{MDT foot clinic}} for offloading in a {{total contact cast}}.
        Immediate action: Urgent referral, seen same afternoon. Assistant and I discussed the hot-foot pathway; refresher for all assistants booked.
        Reporter: [[name:Ewa Zielinska]], Podiatrist
    """)),
    ("health", "near_miss", prose("""
        Day 10 visit to [[name:Nguyen Thi Lan]] and baby [[name:Bao]] at [[address:Flat 2, 118 Radford Road]],
        Nottingham. Baby had lost 12% of birth weight. Mum was breastfeeding on demand and felt it was
        going well. The student HV with me had started to write "feeding well, no concerns" before we
        weighed. Feed observation showed a shallow latch and clicking; I suspected {{tongue-tie}}. Referred
        same day to [[organisation:Little Acorns Infant Feeding Clinic]] and GP; baby reweighed on day 12 and
        gaining after a top-up plan. Used the {{Baby Friendly}} feeding assessment with interpreter [[name:Minh]]
        by phone. Reflected with the student on writing nothing before the weight.
        [[name:Grace Adebayo-Clarke]], HV
    """)),
    ("health", "incident", block("""
        Datix ref: [[case_reference:STSFT-IMM-2231]]
        Location: [[organisation:Castle View School]], Sunderland - Year 8 catch-up session
        Date: [[date:28/02/2024]]
        Description: [[name:Maisie O'Connor]] (DOB [[date_of_birth:02/02/2011]]) received {{Gardasil 9}}. Her mum had e-mailed the team inbox [[email:schoolimms.sunderland@example.nhs.uk]] on [[date:19/02/2024]] to withdraw consent. The e-mail was read but the e-consent list was not updated before the session list was printed.
        Immediate action: Called mum ([[name:Siobhan O'Connor]]) on [[phone:07700 900471]] the same afternoon, apologised, explained no clinical harm. {{Duty of Candour}} letter sent. Inbox now checked and cleared the day before each session by two people.
        Reporter: [[name:Dipo Akinwale]], Immunisation Nurse
    """)),
    ("health", "incident", prose("""
        On [[date:18 April 2024]] the key safe code for Mrs [[name:Dorothy Elphick]] at
        [[address:27 Wharfedale Crescent]], Otley was posted in the team {{WhatsApp}} group, together
        with a photo of her front door. The group still included a bank nurse who left in January and
        two students. Nothing went missing but she lives alone with dementia. Her daughter [[name:Gail]]
        changed the code that evening. We have closed the {{WhatsApp}} group, codes now go only in the
        {{SystmOne}} alert, and the matter is with the {{Caldicott Guardian}} (Datix
        [[case_reference:LCH-IG-4471]]). Reported by [[name:Sam Okoro]] on behalf of the
        [[organisation:Wharfe Valley Neighbourhood Team]].
    """)),
    ("health", "near_miss", block("""
        Location: Outside [[address:Cheviot Court]], Blyth
        Date: [[date:07/11/2024]] 19:20
        Description: While I was inside on a late insulin visit a man tried the doors of the pool car ([[vehicle_registration:NU68 FPA]]) and looked in at the bag on the back seat. Neighbour shouted and he left. The bag had the visit list with 9 patients' names and addresses, and the {{controlled drugs}} book.
        Immediate action: Pressed the {{lone worker device}} amber button, waited inside until the area was clear, rang the coordinator [[name:Joanne Hedley]]. Police given description. Nothing taken.
        Learning: Bag in the boot before arriving, not on the back seat.
        Reporter: [[name:Conor Mallon]], Community Staff Nurse, [[organisation:Blyth Valley District Nurses]]
    """)),
    ("health", "near_miss", prose("""
        Bloods at [[address:9 Bronte Close]], Keighley [[postcode:BD21 4SU]] for husband and wife on
        [[date:16 July 2024]]: {{HbA1c}} and {{U&E}} for Mr [[name:Derek Haworth]] (NHS [[nhs_number:466 322 0851]])
        and {{INR}} for Mrs [[name:Edna Haworth]] (NHS [[nhs_number:708 614 0627]]). I labelled the tubes in the
        car afterwards rather than at the bedside and swapped them. The lab at [[organisation:Airedale Pathology]]
        rejected the INR because the tube type did not match the request, and rang me. Both repeated next
        day. If the tubes had been the same type a wrong INR could have gone back to the anticoagulation
        clinic. Labelling at the bedside every time. [[name:Priti]], HCA
    """)),
    ("health", "near_miss", block("""
        Location: Home visit, [[address:12 Saxon Way]], March [[postcode:PE15 9LG]]
        Date: [[date:06/08/2024]]
        Description: Mr [[name:Bogdan Lewandowski]], long-term urethral catheter. Delivery from [[organisation:Fenland Continence Service]] was {{female-length}} {{Foley catheter}} Ch 16 instead of standard length. Not noticed at the previous visit when the box was put away. Spotted on opening the pack for today's change.
        Immediate action: Used the spare standard-length catheter from the car stock with {{Instillagel}}. Supplier rang and order corrected; prescription on the {{PAS}} amended to state length.
        Reporter: [[name:Ana Ferreira]], Band 5 DN
    """)),
    ("health", "incident", prose("""
        Mrs [[name:Margaret Lowther]] ("[[name:Peggy]]", [[age:88]]) fell during her home physio session
        on [[date:29 January 2024]] at [[address:Dunmail Cottage, Grasmere Road]], Keswick. We were doing
        sit-to-stand as part of the {{Otago}} programme and she turned to reach for her {{Zimmer frame}}
        before it was in place. Physio assistant [[name:Tomasz Wiśniewski]] partly caught her but she landed
        on an outstretched hand. Ambulance called, fractured wrist confirmed. Daughter [[name:Fiona]] was
        present. We have reviewed: the frame should be placed in front before the stand, and a second
        person for the first three sessions. Datix [[case_reference:CPFT-PHY-0302]].
        [[name:Harriet Goodall]], Physiotherapist, [[organisation:North Lakes Community Therapy]]
    """)),
    ("health", "near_miss", prose("""
        Joint visit with carer from [[organisation:Brightwater Home Care]] to Mr [[name:Sandeep Varma]] at
        [[address:31 Belgrave Gate]], Leicester [[postcode:LE1 3HR]] on [[date:15 March 2024]]. New
        {{Oxford}} mobile hoist delivered the day before with a large sling; he was assessed for a medium.
        Carer [[name:Jade]] noticed he sat low and the leg straps were loose before lifting. If lifted he
        could have slipped through. Hoist not used; moved with the {{Sara Stedy}} until the right sling came
        next morning. OT to add sling size to the label on the hoist. [[name:S. Chauhan]], OT
    """)),
    ("health", "success", prose("""
        Mrs [[name:Nora Feeney]] died peacefully at home at [[address:5 Shannon Street]], Liverpool on
        [[date:2 December 2024]], where she wanted to be. Her {{ReSPECT}} form and anticipatory meds were in
        place from October. A {{Marie Curie}} night sitter was with the family and rang us at 01:30; night
        nurse [[name:Siobhan]] did the {{verification of expected death}} at 02:10 and the undertaker came at
        07:00. Son [[name:Declan]] wrote to the team: "no panic, no ambulance, no police, just her in her own bed."
        Sharing because everything was in place and joined up with the {{Macmillan}} CNS.
        [[organisation:Everton & Anfield District Nursing Team]]
    """)),
    ("health", "incident", block("""
        Location: [[organisation:Oldham Child Health]], ADHD clinic
        Date: [[date:12/09/2024]]
        Description: [[name:Zayn Iqbal]], [[age:10]], hospital no [[case_reference:RM0452271]], stable on {{Concerta XL}} 36mg. Shared care agreement sent to GP in June but not accepted; GP assumed we would keep prescribing. Last script ran out, 9 days without medication. Excluded for a fixed term after an incident in class. Dad ([[name:Imran]]) rang us after [[organisation:Werneth Pharmacy]] could not supply.
        Immediate action: Bridging prescription issued same day. Practice manager contacted. Now checking shared care acceptance at 4 weeks.
        Reporter: [[name:Lisa-Marie Kaur]], {{Nurse Prescriber}}
    """)),
    ("health", "success", prose("""
        Day 4 postnatal visit to [[name:Folake]] and baby [[name:Oluwadamilare]] ("[[name:Dami]]") in
        Northampton on [[date:21 August 2024]]. Baby looked jaundiced to the lower abdomen ({{Kramer}} zone 3)
        and was sleepy at the breast. Transcutaneous reading on the {{BiliChek}} was 268, above the
        treatment line for his age. Rang the {{transitional care}} midwife and he was admitted to
        [[organisation:Puffin Ward]] within two hours for phototherapy; home after 36 hours with a plan for
        feeding support. [[name:Folake]] said she would not have called anyone because "he was just sleepy".
        Good outcome from carrying the meter on every day 3-5 visit. [[name:Kate]], Community Midwife
    """)),

    # ------------------------------------------------------------------ aviation (16)
    ("aviation", "near_miss", block("""
        Datix ref: [[case_reference:CIOS-24-0712]]
        Location: In flight, [[organisation:Penwith Airfield]] to [[organisation:St Mary's Airport]], flight [[flight_number:LY102]] ([[aircraft_registration:G-LYNA]], {{Britten-Norman Islander}})
        Date: [[date:09/01/2024]]
        Description: Travelling to the islands to run the monthly district nursing clinic with a validated cool box holding {{flu vaccine}} and insulin pens for two patients. Ground staff loaded the box loose in the rear baggage bay instead of strapping it. It slid on landing and the lid came open. Data logger showed a max of 7.6C, so stock was within range.
        Immediate action: Told the pilot, Capt [[name:Tregenza]], who filed an {{occurrence report}} (operator ref [[case_reference:LA-OR-0031]]). Pharmacy at [[organisation:Penhallow Community Hospital]] confirmed stock usable.
        Learning: Cool box travels in the cabin and is declared at check-in.
        Reporter: [[name:Morwenna Pascoe]], Community Staff Nurse, [[organisation:Isles Community Nursing Team]]
    """)),
    ("aviation", "success", prose("""
        Year 8 HPV session at [[organisation:Moorside Academy]], Halifax on [[date:23 April 2024]]. At 10:40
        the [[organisation:Pennine Air Ambulance]] helicopter ([[aircraft_registration:G-PNAA]], call sign
        [[flight_number:Helimed 61]]) landed on the top field to attend a cyclist on the road outside. The
        deputy head, Mr [[name:Szymański]], activated the school's landing site plan: PE classes brought in,
        the gate to the field locked and our session paused so the queue in the corridor did not go near the
        windows. The vaccine fridge and our {{anaphylaxis kit}} were unaffected. Helicopter left 11:25
        and we finished the session by 13:00. Sharing because the school had rehearsed this and nobody
        went near the {{rotor disc}}. [[name:Bev Marsden]], {{School Nursing}} Team Leader
    """)),
    ("aviation", "incident", block("""
        Datix ref: [[case_reference:NHT-DX-58821]]
        Location: Drone route, [[organisation:Coquetdale Community Hospital]] to pathology lab
        Date: [[date:05/03/2024]]
        Description: Scheduled {{BVLOS}} sample flight operated by [[organisation:Aerolink Medical]] (sortie [[case_reference:AML-2213]]) lost command link 4 km out. Automatic {{parachute recovery}} deployed and the drone came down in a field at [[address:Low Hedgeley Farm]]. Sample box intact but recovered 3 hours later; 6 samples haemolysed or out of time, including an urgent {{INR}} for Mrs [[name:Wendy Charters]] who then needed a repeat visit and had her {{warfarin}} dose held overnight.
        Immediate action: Operator grounded the route pending review. Samples by car courier until cleared.
        Reporter: [[name:Gemma Lisle]], Phlebotomy Lead
    """)),
    ("aviation", "success", prose("""
        [[name:Elowen Jenkin]], [[age:29]], lives on St Martin's and was booked to fly to the mainland on
        [[flight_number:LY114]] on [[date:20 November 2023]] at 38+5 weeks for a planned hospital birth.
        Fog closed [[organisation:St Mary's Airport]] for two days and she went into labour on the island.
        I was stuck in Penzance. The island nurse [[name:Tamsyn]] and GP Dr [[name:Hosseini]] managed the birth
        with me on video and the coastguard helicopter ([[flight_number:Rescue 926]]) on standby for
        transfer. Baby boy born 04:50, well. Transferred with mum for checks once the fog lifted. This worked
        because we had done the {{remote birth}} plan at 34 weeks and the {{delivery pack}} was already on
        the island. [[name:Lowenna Hicks]], Community Midwife
    """)),
    ("aviation", "near_miss", block("""
        Location: Helipad, [[organisation:St Mary's Hospital, Newport]] - air transfer to mainland NICU
        Date: [[date:17/06/2024]]
        Description: Baby [[name:Harper Lane]] ([[age:2 days]]) transferred by [[organisation:Solent Air Ambulance]] ([[aircraft_registration:G-SLAA]]). During the pre-departure check the crew paramedic found the {{incubator}} locking pin on the stretcher mount not fully engaged. Community midwife [[name:Adwoa Mensah]] had handed over at the aircraft door and witnessed it. Re-seated and checked by pilot before lift.
        Immediate action: Operator report raised. Mount check added to the joint handover card.
        Reporter: [[name:Adwoa Mensah]], Community Midwife
    """)),
    ("aviation", "incident", prose("""
        [[name:Jago Roberts]] ([[age:9]]) was due to fly on [[flight_number:LY108]] on [[date:3 July 2024]]
        with me for his seating review on the mainland. At check-in at [[organisation:Penwith Airfield]] his
        powered wheelchair was refused because the {{lithium-ion}} battery paperwork had not been sent to the
        operator 48 hours before. I had told mum ([[name:Clare]]) I would do it and then went off sick; nobody
        picked it up. [[name:Jago]] missed the orthotics and seating clinic and the next slot is 11 weeks away. His
        chair is too small and he has pressure marks. Operator's {{dangerous goods}} form now sits in our team
        diary and the team admin ([[name:Wenna]]) sends it. [[name:Rob Clemo]], Paediatric Physiotherapist
    """)),
    ("aviation", "near_miss", prose("""
        I was the first aider at the [[organisation:Wolds Flying Club]] open day at
        [[organisation:Driffield Moor Airfield]] on [[date:10 August 2024]] (I'm a school nurse and
        volunteer). A boy aged [[age:6]] ran out under the rope line towards a {{Piper PA-28}}
        ([[aircraft_registration:G-BWFC]]) just as the pilot called "clear prop". I shouted and grabbed him
        about 5 metres from the propeller. Parents were at the ice cream van. The club stopped engine starts
        in that row, moved the {{Robin DR400}} display further back and put a marshal on the rope. Reported
        to the club safety officer [[name:Alan Pickering]] who filed it with the {{CAA}}. [[name:Sophie Holt]]
    """)),
    ("aviation", "near_miss", block("""
        Location: [[address:High Gillerthwaite Farm]], Ennerdale
        Date: [[date:22/05/2024]]
        Description: While I was dressing Mrs [[name:Ann Armstrong]]'s leg ulcer, her husband [[name:Joe]] came off the quad bike in the yard. [[organisation:Fellside Air Ambulance]] ([[aircraft_registration:G-FSAA]]) landed in the paddock next to the house. Nobody told me it was coming in. Downwash blew my dressing trolley over and the lid came off the {{sharps bin}} on the ground; no needles came out. I was standing about 20 metres away.
        Immediate action: Sharps secured. Debrief with HEMS paramedic [[name:Ruth]].
        Learning: Keep equipment in the car on farm visits; stay inside when an aircraft lands.
        Reporter: [[name:Gillian Tyson]], DN, [[organisation:West Cumbria Community Nursing]]
    """)),
    ("aviation", "near_miss", prose("""
        Medicines delivery drone trial, [[date:14 February 2024]]. The scheduled flight from
        [[organisation:Keyhaven Community Hospital]] pharmacy to the clinic in Yarmouth flew within 300 m
        of our helipad while [[organisation:Solent Air Ambulance]] was inbound with a patient. The
        {{geofence}} had been set around the old helipad position before the pad moved last year. The remote
        pilot, [[name:Ravi Chandran]], held the drone on hearing the radio call. The air ambulance was never
        closer than 1.5 km. The {{NOTAM}} was correct; the drone map was not. Flights suspended until both
        were checked. Reported by [[name:Marcus]] ([[name:M. Dyer]]), Estates and Helipad Manager, Datix
        [[case_reference:IOW-24-1406]].
    """)),
    ("aviation", "incident", block("""
        Datix ref: [[case_reference:CIOS-24-0988]]
        Location: Flight [[flight_number:LY131]], St Mary's to mainland
        Date: [[date:11/04/2024]]
        Description: Family told me at a review that on this flight their baby [[name:Evie]] ([[age:7 months]]) was not given an {{infant loop belt}} and sat on mum's lap unsecured. Moderate turbulence on descent and [[name:Evie]] hit her head on the seat in front. Mum ([[name:Sophia Tang]]) did not report it at the time. No visible injury at my visit next day; {{head injury advice}} given.
        Immediate action: Contacted operator safety desk [[email:safety@lyonesse-air.example.co.uk]], ref [[case_reference:LA-OR-0057]].
        Reporter: [[name:Kerenza Hall]], HV, [[organisation:Hugh Town Health Centre]]
    """)),
    ("aviation", "incident", prose("""
        Mr [[name:Leonard Ashworth]] ([[age:76]], {{COPD}}) was refused boarding on [[flight_number:MX417]] from
        [[organisation:Fylde Coast Airport]] to the Isle of Man on [[date:8 June 2024]]. I had arranged the
        letter for his {{portable oxygen concentrator}} but the operator needed their {{MEDIF}} form 72 hours
        in advance, and our template letter said 48. He missed his granddaughter's wedding. Son
        [[name:Gary]] rang the team, very upset, on [[phone:01253 960221]]. I have updated the template, added
        airline contact numbers to it and we will check each airline's rules. Datix [[case_reference:BTH-CS-6620]].
        [[name:Moira]], Respiratory Nurse
    """)),
    ("aviation", "incident", block("""
        Air Safety Report - patient transfer
        Flight: [[flight_number:LY120]], [[aircraft_registration:G-LYNC]] ({{de Havilland Twin Otter}})
        Date: [[date:30/10/2024]]
        Narrative: Short final to [[organisation:Penwith Airfield]] rwy 34, single {{herring gull}} struck the left windscreen. Cracked outer pane, no penetration. Continued to land normally, no {{PAN}} declared. On board: stretcher patient (community hospital transfer) and escort, district nurse [[name:Lowri Davies]]. Transfer to waiting ambulance delayed 40 minutes while engineering inspected; patient kept warm and on oxygen. Aircraft unserviceable, [[flight_number:LY121]] cancelled.
        Reported by: Capt [[name:D. Nankervis]]
    """)),
    ("aviation", "success", prose("""
        Ferry cancelled for 4 days in storms from [[date:12 January 2024]]. Two palliative patients on
        Tresco and St Martin's needed stock before the weekend, including {{Just in Case}} meds, stoma bags
        and a syringe driver. Our pharmacist [[name:Nkechi Obi]] packed it with a signed {{controlled drugs}}
        chain, and [[organisation:Tamar Heli Services]] flew it over on their scheduled run
        ([[aircraft_registration:G-THSB]], an {{Airbus H135}}). Island nurse [[name:Ellie]] met the aircraft and
        signed it off. Both patients had everything in time. The CD chain had been agreed with the operator in
        the autumn, which is why it worked. [[name:Kensa Uren]], Team Leader
    """)),
    ("aviation", "incident", block("""
        Location: Security search, [[organisation:Penwith Airfield]] before flight [[flight_number:LY104]]
        Date: [[date:28/05/2024]]
        Description: A security officer, [[name:Kelly Rowe]], had a needlestick from a loose used pen needle in the outside pocket of my nursing bag while hand searching it. The {{sharps bin}} was in the bag but the needle had been left out after a visit the evening before.
        Immediate action: Bled and washed, sent to {{A&E}} for bloods and {{post-exposure}} risk assessment. Source patient known; consent for testing obtained. Occupational health informed.
        Learning: Sharps into the bin at the bedside; bag checked before travel.
        Reporter: [[name:Tegan Matthews]], District Nurse
    """)),
    ("aviation", "near_miss", prose("""
        [[date:2 September 2024]]: {{Anaphylaxis}} in a [[age:12]]-year-old at the {{MIU}} of
        [[organisation:Rothbury Community Hospital]]. Air ambulance requested at 14:05. When the crew called
        on approach, staff found six sheep on the helicopter landing site; a contractor had left the field gate
        open. Two HCAs cleared them, landing delayed about 6 minutes. The child had already had two doses of
        {{adrenaline}} and was stable. Gate now has a padlock and the {{HLS}} check is on the MIU shift
        list. Nurse in charge [[name:Faye]].
    """)),
    ("aviation", "success", prose("""
        [[name:Kit Bennett]], [[age:3]], has a tracheostomy and lives on Bryher. He needed to fly to the
        mainland on [[date:15 October 2024]] for ENT review. We planned it with the operator two weeks ahead:
        battery suction unit approved, oxygen agreed, seats at the back with a power socket, and a spare
        {{Portex}} tube, {{HME}} and emergency trach kit in the cabin. I escorted with mum ([[name:Lucy]]).
        Flight [[flight_number:LY116]] was smooth, [[name:Kit]] slept, and the ENT team said it was the best prepared transfer they had
        seen. [[name:Nia Rees-Griffiths]], Children's Community Nurse
    """)),
]


def main() -> None:
    records = build_records("blind61", REPORTS)
    write_records(OUT, records)


if __name__ == "__main__":
    main()
