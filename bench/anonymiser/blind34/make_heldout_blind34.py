"""Blind held-out corpus 34: adult social care in the Midlands and the North, plus health and aviation.

Setting: care homes, supported living, domiciliary care, Shared Lives, DoLS and best-interest work,
Section 42 safeguarding enquiries and CQC notifications across Stoke, Wolverhampton, Walsall, Doncaster,
Rotherham, Sunderland and Carlisle; district nursing, hospital discharge, pharmacy and GP reports; and
airport assistance (PRM), mishandled mobility aids and in-flight medical diversions.

Voice: care assistants' daily notes and handover sheets, medication error forms, agency workers'
statements, safeguarding referral forms, CQC notification text, relatives' complaints and compliments,
cabin crew and ground-handling reports. Residents are often called by nickname, title and surname,
or initial, and names are frequently typed in lower case or without apostrophes.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from markup import block as f  # noqa: E402
from markup import build_records, write_records  # noqa: E402
from markup import flow as p  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "corpus" / "heldout_blind34.jsonl"


REPORTS = [
    # 1
    ("social_care", "incident", p("""
        daily notes - [[organisation:Hartshill Grange Care Home]], nights [[date:12/02/24]]. 02:40 heard shouting from
        rm 12, found Big [[name:Ray]] ([[name:Raymond Platt]]) on floor next to bed, says he was going to the toilet.
        no obvious injury, c/o pain L hip. did not move him untill senior [[name:Kasia]] done head to toe check. the
        {{falls sensor}} mat was unplugged at the wall - dont know who by. used {{hoist}} with [[name:kasia]] to get
        him back to bed, obs fine, 111 rang at 03:05 ref [[case_reference:NHS111-44718203]]. family (daughter
        [[name:Lorraine]]) to be informed 07:30 by day staff. falls diary and body map done. [[name:Ray]] asleep by 4.
        written by [[name:Shannon]] CA""")),
    # 2
    ("social_care", "near_miss", f("""
        MEDICATION ERROR / NEAR MISS FORM
        Service: [[organisation:Penn Fields Lodge]]     Date of event: [[date:03.03.2024]]  08:15
        Resident affected: Mrs [[name:D]] - [[name:Doreen Bickley]], rm 7, DOB [[date_of_birth:19/06/1938]]
        NHS no: [[nhs_number:859 030 6518]]
        Description: agency nurse [[name:Funmi]] was doing the {{morning meds}} round and had potted up
        Mrs [[name:Dutton]]'s tablets (rm 17) to give to [[name:Doreen]]. Both ladies are on the trolley quick list
        as 'Mrs [[name:D]]'. [[name:Funmi]] checked the photo on the {{MAR chart}} before giving and realised it was
        the wrong lady. Nothing given. [[name:Doreen]] takes {{Alendronic acid}} weekly and must not have it with
        the other lady's iron.
        Contributing: quick list uses initials only, photo on Mrs [[name:Dutton]] MAR is 3 yrs old.
        Action: quick list removed, all MAR photos updated by [[name:Kerry-Ann]] (deputy).
        """)),
    # 3
    ("social_care", "success", p("""
        Dear [[name:Michelle]] and all the team at [[organisation:Brookside House]], I just wanted to say thank you for
        how you looked after Mum (Nanna [[name:Jean]] to everyone on the unit) in her last weeks. The
        {{end of life care}} was wonderful and nobody made us feel in the way. Special mention to [[name:Precious]] on
        nights who sat with her and sang, and to [[name:Joy]] the activities lady who made her a memory box with the
        grandkids drawings. Because the {{ReSPECT form}} was done early nobody rushed her off to
        [[organisation:Manor Hospital]] in the middle of the night, which is what she wanted. The
        {{district nurses}} (Sister [[name:Haddock]] especially) were so kind to us too. With love and thanks,
        [[name:Carol]] and [[name:Pete Hollis]], [[address:22 Chestnut Way, Aldridge]], [[postcode:WS9 8LP]]""")),
    # 4
    ("social_care", "incident", f("""
        SAFEGUARDING ADULTS REFERRAL
        Referrer: [[name:Nadia Hussain]], team leader, [[organisation:Wheatley Supported Living]]
        Contact: [[phone:01302 556 914]] / [[email:n.hussain@wheatleysl.org.uk]]
        Adult at risk: [[name:Callum Reid]], [[age:27]], learning disability,
        [[address:Flat 4, 9 Beckett Road, Doncaster]] [[postcode:DN2 4AX]]
        Concern: [[name:Callum]] told his {{key worker}} [[name:Dev]] that a 'mate' called [[name:Tyler]] has been
        taking his bank card every Friday. £340 missing from his statement since [[date:1 April]].
        [[name:Callum]] has capacity for this decision ({{Mental Capacity Act}} assessment on file). He wants it to
        stop but does not want police involved at the moment.
        Action taken: card cancelled with [[name:Callum]], new PIN, {{Section 42}} duty likely.
        Police non-emergency log for information: [[case_reference:SYP-20240415-0672]].
        """)),
    # 5
    ("social_care", "success", f("""
        HANDOVER - [[organisation:Wickersley Court Nursing Home]] - [[date:Sun 14th Jan]] early to late
        Rm 3 Mr [[name:Ahmed]] - ate well, {{fortisip}} x2, BNO 3 days, laxido given prn
        Rm 5 Mrs [[name:O]] ([[name:Olive]]) - grade 1 red area sacrum spotted by [[name:Ama]] at pad change,
          {{repositioning chart}} now 2hrly, {{pressure mattress}} checked and set to her weight, DN referral sent
        Rm 9 [[name:Stan]] - settled, son [[name:Gary]] visiting 4pm re best interests meeting
        Rm 11 Mrs [[name:Kowalczyk]] - chesty, obs normal, GP from [[organisation:Dinnington Group Practice]] to ring
        Good catch on [[name:Olive]] - area blanching again by 2pm.
        Handed over by [[name:Ama Mensah]] to [[name:Lee]]
        """)),
    # 6
    ("social_care", "incident", p("""
        Statement of [[name:Marius Popescu]], agency carer from [[organisation:Prime Staffing North East]], staff no.
        [[case_reference:PSN-0419]], NI [[ni_number:PR 48 71 03 B]]. On [[date:Tuesday 9th July]] I was given
        the {{double up}} run for
        [[organisation:Wearside Homecare]] with [[name:Gemma]]. The rota on the app showed Mr [[name:Turnbull]] at
        [[address:41 Hylton Bank]] at 12:30 but when we got there the neighbour said he was taken to
        [[organisation:Sunderland Royal]] the night before. Nobody had updated the app. This made us 40 min late for
        [[name:Edna Foster]] who needs {{hoist}} transfer and {{time critical}} parkinsons meds at 13:00.
        [[name:Edna]] got her meds at 13:35. The office ([[name:Leanne]]) said they had not been told by the hospital.
        I did not sign the MAR for Mr [[name:Turnbull]] as we did not see him. Signed M. [[name:Popescu]]""")),
    # 7
    ("social_care", "success", p("""
        Best interests meeting held [[date:22/05/2024]] at [[organisation:Eden View Care Home]] for Mr
        [[name:George Armstrong]] ([[name:Geordie]] to staff), aged [[age:88]], about covert medication.
        {{Mental Capacity Act}} assessment by Dr [[name:Iqbal]] ([[organisation:Stanwix Medical Practice]]) found he
        lacks capacity to understand the need for his {{donepezil}} and blood pressure tablets. Present: daughter
        [[name:Fiona Nixon]] (LPA health and welfare), pharmacist [[name:Rhys]] from
        [[organisation:Botchergate Pharmacy]], RM [[name:Sandra]]. Agreed to give in yoghurt; pharmacist checked which
        tablets are safe to crush and swapped one to a liquid. {{DoLS}} already authorised, ref
        [[case_reference:CUM-DoLS-23-1187]], supervisory body told about the change. Review in 3 months.
        [[name:Geordie]] took his meds first morning with no distress. Good joined up work.""")),
    # 8
    ("social_care", "near_miss", p("""
        Near miss - [[organisation:Oxley Park Supported Living]]. Tea time [[date:4/11]] new relief worker
        [[name:Jordan]] made toast for [[name:Shaz]] ([[name:Sharon Whitehouse]], flat 2) not knowing she is on
        {{IDDSI level 5}} minced and moist diet per her SALT plan. Housemate Big [[name:Mo]] shouted 'she cant have
        that' and [[name:Jordan]] took it off her before she ate any. No harm. [[name:Jordan]] hadnt done the
        {{dysphagia}} training or read the support plan yet - shift lead [[name:Harpreet Kaur]] accepts she should of
        done a proper induction first. Actions: grab sheet with everyones diet levels now on the fridge, relief staff
        to shadow 2 shifts before lone working. [[name:Mo]] got a thank you card from the staff team. Logged
        [[case_reference:OPSL/NM/0093]].""")),
    # 9
    ("social_care", "incident", f("""
        Statutory notification to {{CQC}} - Regulation 18 - serious injury
        Provider: [[organisation:Trentside Care Ltd]]  Location: [[organisation:Meir Heath Lodge]],
        [[address:Sandon Road, Meir Heath]], [[postcode:ST3 7LH]]
        Notification ref: [[case_reference:CQC-NOT-4471902]]
        Person using service: initials [[name:E.W.]], female, aged [[age:93]]
        Date of incident: [[date:16 August 2024]]
        Summary: [[name:E.W.]] sustained a fractured neck of femur after sliding from the {{Sara Stedy}} during a
        transfer from wheelchair to commode in her en-suite. One carer present; care plan states 2 staff.
        Conveyed to [[organisation:Royal Stoke University Hospital]], surgery [[date:17/08/24]]. Staff member
        suspended pending investigation. Family informed by registered manager [[name:Denise Lowndes]].
        Safeguarding referral made to the local authority, ref [[case_reference:SOT-ASC-88120]].
        """)),
    # 10
    ("social_care", "success", p("""
        Morning call [[date:Weds 6th March]] - [[name:Bev]] from [[organisation:Bawtry Home Support]] arrived at Mrs
        [[name:Pearl Gascoigne]]'s bungalow ([[address:3 Saxon Close, Armthorpe]]) at 07:50. [[name:Pearl]]'s speech
        was slurred and her left arm weak, she thought she was 'just tired'. [[name:Bev]] did a {{FAST}} check, rang
        999 at 07:56, stayed with her and gave the crew her med list from the folder. [[name:Pearl]] went to
        [[organisation:Doncaster Royal Infirmary]] and had {{thrombolysis}} within the window. Her nephew
        [[name:Alan]] rang the office to say thank you. [[name:Bev]]'s next calls were covered by
        [[name:Chantelle]] and coordinator [[name:Ross]] so nobody was missed. [[name:Bev]] nominated for the monthly
        star award.""")),
    # 11
    ("social_care", "incident", p("""
        From: [[email:tracey.oldale71@gmail.com]] Subject: complaint about my dad. To whoever is manager at
        [[organisation:Rother Valley View]], I visited Dad ([[name:Ken Oldale]], {{room 21}}) on [[date:Saturday 2nd]]
        at dinner time and found him in someone elses cardigan, no {{hearing aids}} in and his teeth missing AGAIN.
        Thats the third time this month. The carer (I think her name was [[name:Sky]]) said nobody knew where they
        were. He cant hear anyone without them so of course he gets agitated and then you lot write him up as
        'aggressive' in his notes. I want a meeting with you and the {{deputy manager}} and I want to know what
        happened to his £80 glasses. My number is [[phone:07723 418 590]]. [[name:Tracey Oldale]] (daughter and
        LPA)""")),
    # 12
    ("social_care", "success", p("""
        Good news for team meeting: [[name:Danny]] ([[name:Daniel Okonkwo-Price]]) from
        [[organisation:Caldmore Lane Supported Living]] travelled on his own on the 529 bus to
        [[organisation:Walsall College]] for the first time on [[date:9 September]]. This is after 12 weeks of
        {{travel training}} with support worker [[name:Faith]] using his photo {{communication book}}.
        [[name:Danny]] texted [[name:Faith]] from the college gate like they practiced. His mum Mrs
        [[name:Okonkwo]] rang to say she cried. {{positive risk assessment}} reviewed by [[name:Hope]] (team leader)
        - next goal is the bus home. [[name:Faith]] and [[name:Hope]] both said [[name:Danny]] did all the hard
        work.""")),
    # 13
    ("social_care", "near_miss", p("""
        Audit on [[date:30/01/2025]] by deputy [[name:Kirsty Lamb]] at [[organisation:Roker Lodge]] found the
        {{DoLS}} for Mr [[name:W]] (rm 4) had expired on [[date:12/01/2025]] and no renewal had been sent. Standard
        authorisation ref [[case_reference:SCC/DOLS/2024/3318]]. Mr [[name:W]] still has the door keypad and a sensor
        mat. Urgent authorisation completed same day and new request sent to the supervisory body. Cause: the DoLS
        tracker was kept on the old RM [[name:Yvonne]]'s laptop which went with her when she left in December.
        Action: tracker moved to the shared drive, monthly check added to the manager audit, {{LPS}} changes noted
        for when they come in. No harm but the restriction was unauthorised for 18 days.""")),
    # 14
    ("social_care", "incident", p("""
        [[date:18/10]] 14:10 {{the lounge}} - [[name:frank]] ([[name:Frank Bell]] rm 6) and [[name:Ruby]] arguing
        over tv remote, [[name:frank]] grabbed [[name:ruby]]s wrist - skin tear approx 2cm L forearm. seperated by me
        and [[name:Tasha]]. [[name:ruby]] had {{steri strips}} and dressing, body map done. [[name:frank]] very
        unsettled after, refused his tea. both have dementia. not first time - 3rd incident this month between them
        so safeguarding referral sent to [[organisation:Cumberland Council]] adult social care and told nurse in
        charge [[name:Joseph Mwangi]]. [[name:ruby]]s son informed by phone. {{ABC chart}} started for
        [[name:frank]]. suggest they sit in different lounges at tv time. [[name:T. Graham]] CA""")),
    # 15
    ("social_care", "success", p("""
        Shared Lives review note. [[name:Kieran]] ([[age:19]]), autistic, non-verbal, had his first {{respite}}
        weekend [[date:15-17 March]] with Shared Lives carer [[name:Mandy Beech]] at her home in Tettenhall.
        Transition went really well because [[name:Mandy]] met [[name:Kieran]] 4 times at his day service
        ([[organisation:Bilston Pathways]]) first, and his mum [[name:Siobhan]] sent his
        {{communication passport}} and the exact blue plate he eats from. [[name:Mandy]] kept to his Saturday
        routine (swimming at 10, chips at 12). Only wobble was the smoke alarm test on Sunday which we hadnt warned
        him about - [[name:Mandy]] used his {{Now and Next}} board and he settled in 20 mins. [[name:Kieran]] signed
        'again' to [[name:Siobhan]] when she collected him. Worker: [[name:Ollie Brennan]],
        [[organisation:Wolverhampton Shared Lives]], case [[case_reference:WSL-2291]].""")),
    # 16
    ("social_care", "incident", f("""
        MEDICATION INCIDENT FORM   Ref: [[case_reference:MI-24-0316]]
        Agency: [[organisation:Potteries Care at Home]]
        Service user: [[name:Harold Bloor]]   DOB: [[date_of_birth:02/11/1941]]   NHS: [[nhs_number:645 198 2148]]
        Address: [[address:17 Leek New Road, Baddeley Green]], [[postcode:ST2 7HS]]
        Staff involved: [[name:Kayleigh]] (carer, 3 months in post)
        What happened: on the tea call [[date:14th Oct]] [[name:Kayleigh]] gave {{warfarin}} 3mg from the new
        {{dosette}} when [[name:Harold]]'s dose had been changed to 2mg by the anticoag clinic and written in his
        yellow book. Pharmacy had not updated the blister pack and the MAR still said 3mg. Spotted next morning by
        [[name:Gaz]] (senior) who reads the yellow book at every visit.
        Action: GP rang, {{INR}} check arranged, no bleeding. [[name:Harold]] and his wife [[name:Marjorie]] told
        and apologised to (duty of candour).
        Reported by: [[name:G. Hulme]]
        """)),
    # 17
    ("social_care", "near_miss", p("""
        Near miss [[date:27/06/2024]] [[organisation:Sprotbrough Hall Care Home]] - night carer [[name:Ioana]] found
        Mr [[name:Ellis]] in rm 15 with his leg through the gap between the {{bed rails}} and the mattress. He had
        been moved onto a new air mattress that afternoon which is deeper and sits higher, so the rails were too low
        and the gap too big. No injury, leg freed and rails taken off, {{low bed}} and crash mat put in instead.
        Maintenance man [[name:Tony]] checked all rooms with air mattresses next day and found 2 more with the same
        problem (rms 8 and 19). Bed rail risk assessment now has to be redone every time a mattress is changed -
        added to the checklist by deputy [[name:Nkechi Obi]]. Mr [[name:Ellis]] son [[name:Neil]] informed and happy
        with the low bed. {{MHRA}} guidance shared in flash meeting.""")),
    # 18
    ("social_care", "success", p("""
        {{Section 42}} enquiry closure summary - ref [[case_reference:RMBC-S42-24-0917]]. Adult: Mrs
        [[name:Vera Stainton]], [[age:81]], [[address:12 Grange Park Road, Kimberworth]]. Concern raised by dom care
        worker [[name:Aisha]] from [[organisation:Rotherham Community Carers]] that grandson was taking
        [[name:Vera]]'s pension and leaving her with no food in. Enquiry led by social worker [[name:Phil Dunn]].
        [[name:Vera]] has capacity and said she wanted to keep seeing her grandson but not give him her card.
        Outcome: bank set up a third party mandate with her niece [[name:Lynn]], {{making safeguarding personal}}
        approach throughout, grandson spoken to by police (no further action), weekly shop now delivered. At review
        on [[date:3rd December]] [[name:Vera]] had gained 2kg and said she felt 'back in charge'. Good example of
        listening to what the person wanted.""")),
    # 19
    ("social_care", "incident", f("""
        Incident report - [[organisation:Millfield Gardens]] - absence of resident
        Resident: [[name:Tommy]] ([[name:Thomas Ridley]]), [[age:79]], vascular dementia, {{DoLS}} in place
        Time noticed missing: 16:45, [[date:Friday 19 July 2024]]
        Last seen 16:20 in garden by [[name:Bethany]] (CA). Side gate left on the latch by a contractor.
        Police called 16:52, log [[case_reference:NP-190724-1133]]. [[name:Tommy]] found 18:10 by a taxi driver
        (reg [[vehicle_registration:NK19 WXP]]) at the Metro station on [[address:Hylton Road]], asking for the
        shipyard. Driver rang 999 and waited with him. Brought back by police, checked by nurse [[name:Abdul]],
        no injuries, a bit dehydrated.
        Actions: gate now has a keypad lock, contractors sign in/out, {{Herbert Protocol}} form updated with a
        recent photo - the old one was 4 yrs out of date. CQC notified, ref [[case_reference:CQC-9931-0457]].
        Son [[name:Mick]] informed 17:00.
        """)),
    # 20
    ("social_care", "near_miss", p("""
        Fire safety near miss - [[organisation:Petteril Bank House]], [[date:Mon 11/11]]. During the {{fire drill}}
        the fire door on the first floor corridor didnt close as it was wedged with a doorstop so [[name:Dorothy]] in
        room 22 could hear the staff. Night senior [[name:Marcus Lightfoot]] found the wedge and removed it.
        [[name:Dorothy]] gets very anxious when her door is shut. Spoke with her and her niece [[name:Wendy Carr]] -
        agreed to fit a {{Dorgard}} type hold-open linked to the alarm so the door can stay open safely. Fitted
        [[date:14/11]] by [[organisation:Border Fire Systems]]. Also found 2 {{PEEPs}} out of date (Mr
        [[name:Stoddart]] and Mrs [[name:Irving]] whose mobility has changed) - both updated and in the grab file.
        Fire officer visit booked for the new year.""")),
    # 21
    ("social_care", "success", p("""
        Compliment received [[date:6 May]] from [[name:Gurpreet]] and [[name:Manjit Sandhu]]: 'To all the staff at
        [[organisation:Bloxwich Grove Care Home]], thank you for Papa ji's birthday party. [[name:Nirmal]] and
        [[name:Will]] put Punjabi songs on the tablet and the cook [[name:Stella]] made {{gulab jamun}} from Mum's
        recipe. Dad sang for the first time since his stroke. You made him feel at home.' Shared with team at
        handover, card on the staff room board. Note for learning: Mr [[name:Sandhu]]'s {{life story}} work was only
        done last month by activities coordinator [[name:Ruth]] - without it staff would not have known about the
        music. Life story to be completed for all new admissions within 4 weeks.""")),
    # 22
    ("social_care", "incident", p("""
        Restrictive practice report. Service: [[organisation:Whitmore Reans Supported Living]]. Date/time:
        [[date:02.02.25]] 19:40. Person supported: [[name:JT]]. Staff: [[name:Rosie Adebayo]],
        [[name:Callum Finch]]. [[name:JT]] became distressed when told the chippy was shut and began hitting his head
        on the kitchen door frame. Staff followed his {{PBS plan}} stage 2 (offer ear defenders, go to the sensory
        room) but [[name:JT]] carried on. [[name:Rosie]] and [[name:Callum]] used a single elbow hold for approx 90
        seconds to guide him away from the door as per his plan, then released. [[name:JT]] has a red mark on his
        forehead, no other injury. Debrief with on-call manager [[name:Sade]] same night. This is the 4th head
        banging incident since the takeaway changed its opening days - plan to add the chippy days to his
        {{visual timetable}}. Notified to commissioner and family (brother [[name:Lewis]]).""")),
    # 23
    ("social_care", "near_miss", p("""
        Near miss - [[organisation:Bentilee Court]] - [[date:8/4/24]] am. [[name:Lucy]] and agency carer
        [[name:Tendai]] went to hoist Mrs [[name:Ruby Shenton]] (rm 12) and noticed the {{sling}} on her chair was a
        large, not the medium on her moving and handling plan. It had come back from laundry with no name on.
        Stopped before lifting. Correct sling found on Mrs [[name:Capewell]]'s bed in rm 14. Risk: falling through
        the sling. Actions: slings to be named and kept in each room, laundry to check labels, reminder in the
        {{moving and handling}} update. Physio [[name:Grace Oyelaran]] to re-check all sling sizes by end of week.
        {{LOLER}} inspection on the hoists also due - booked.""")),
    # 24
    ("social_care", "success", p("""
        Oral health champion update, [[organisation:Balby Carr Care Centre]], [[date:Aug 2024]]. Since
        [[name:Nasreen]] became our {{oral health}} champion all 28 residents have a mouth care plan. Auntie
        [[name:Vi]] (Mrs [[name:Violet Harker]], rm 9) had been refusing meals and everyone thought it was her
        dementia getting worse. [[name:Nasreen]] checked her mouth with a pen torch and found her bottom denture
        rubbing and an ulcer underneath. Dentist from [[organisation:Hexthorpe Dental]] came out on the
        [[date:21st]], relined the denture, {{bonjela}} prescribed. [[name:Vi]] is eating again and back to her cheeky
        self, weight up 1.5kg in 3 weeks. Lesson: check the mouth before assuming decline. Thanks to
        [[name:Nasreen]] and her mentor [[name:Bryony]].""")),
    # 25
    ("social_care", "incident", p("""
        Data breach - reported to DPO [[date:10/10/2024]]. Office admin at [[organisation:Maltby Homecare Services]]
        emailed the updated care plan for Mr [[name:Dennis Cutts]] to [[email:sue.cutts@btinternet.com]] instead of
        [[email:sue.cuttsy@btinternet.com]] (his daughter). The wrong address belongs to an unrelated person with a
        similar name. The recipient, [[name:Susan]], rang us on [[phone:01709 812 377]] and confirmed she deleted it.
        The plan included his {{catheter}} care and {{DNACPR}} status. Report to the {{ICO}}? DPO
        [[name:Imran Qureshi]] decided low risk, logged [[case_reference:DB-2024-014]]. [[name:Dennis]] and his
        daughter told and apologised to. Learning: dont rely on email autofill, use the secure portal for care
        plans.""")),
    # 26
    ("social_care", "near_miss", p("""
        Near miss from field spot check [[date:23 Jan]]. Care coordinator [[name:Dawn]] visited [[name:Ivy Lumsden]]
        ([[address:8 Fulwell Road, Seaburn]], [[postcode:SR6 9QH]]) and found the {{key safe}} code written in pen
        on the door frame next to it. [[name:Ivy]] says a carer did it 'so the new ones know'. Anyone could have got
        in - [[name:Ivy]] lives alone and is very deaf. Code changed same day and now only kept on the secure app.
        Team reminded at supervision, office line [[phone:0191 548 2230]]. Also carers parking on the double yellows
        outside - car
        [[vehicle_registration:YD68 KHF]] reported by a neighbour, belongs to our carer [[name:Jake]], spoken to.
        [[name:Ivy]]'s granddaughter [[name:Amber]] happy with actions. Logged by [[name:Dawn Heslop]],
        [[organisation:Seaside Care Sunderland]]. Ref [[case_reference:SCS-NM-117]].""")),
    # 27
    ("social_care", "success", p("""
        Reflection - end of life care at home. Mr [[name:Jack Routledge]] died peacefully at home on
        [[date:4th April]] as he wished, with his wife [[name:Nancy]] holding his hand. Our carers ([[name:Mark]],
        [[name:Sian]] and [[name:Ellie]]) did 4 calls a day in the last fortnight alongside the
        {{district nurses}} from [[organisation:Carlisle North Neighbourhood Team]] and the
        [[organisation:Eden Valley Hospice]] at home team. The {{anticipatory medicines}} (just in case box) were in
        the house early so when [[name:Jack]] got agitated at 3am [[name:Nancy]] rang the DN and he had
        {{midazolam}} within 40 minutes. What worked: one shared folder in the house, and the carers rang the DN as
        soon as his swallow went. [[name:Nancy]] wrote to say [[name:Mark]] and [[name:Ellie]] were 'like family'.
        Registered manager [[name:Hazel]], [[organisation:Solway Home Care]].""")),
    # 28
    ("social_care", "incident", f("""
        SAFEGUARDING CONCERN - pressure damage on admission
        Home: [[organisation:Rushall Meadows Nursing Home]]
        Resident: Mrs [[name:Mavis Tonks]]  NHS no. [[nhs_number:806 294 4654]]  DOB [[date_of_birth:30.09.1934]]
        Admitted [[date:11/03/2025]] from [[organisation:Walsall Manor Hospital]].
        On admission skin check nurse [[name:Blessing]] found a category 3 {{pressure ulcer}} on left heel, not
        mentioned on the discharge letter or the {{SSKIN}} bundle. Dressed, heel boots on, TVN referral sent.
        Photos taken with consent from daughter [[name:Jackie]] (LPA). Raised with hospital through safeguarding,
        ref [[case_reference:WSAB-25-03412]]. Mrs [[name:Tonks]] says her heel 'has hurt for days'.
        Completed by: [[name:B. Moyo]], RN
        """)),
    # 29
    ("social_care", "success", p("""
        Night report [[organisation:Longton Lodge]] [[date:21/12]]. 02:00 check - Mr [[name:Bailey]] (Big
        [[name:Al]], rm 3) clammy, confused, not his usual. Carer [[name:Priya]] remembered from her diabetes
        training to get the nurse to do a BM - 2.6. {{hypo box}} used: 150ml orange juice then toast, BM 5.8 after 15
        min and 7.1 at 30 min. Out of hours GP ([[organisation:Staffordshire Doctors Urgent Care]]) advised omit
        morning {{gliclazide}} and review. Found his evening meal was mostly refused and nights hadnt been told at
        handover. Handover sheet now has a 'food intake' column. [[name:Al]] sat up at 6 asking for a bacon
        sandwich. Well done [[name:Priya]] - nurse [[name:Elaine]].""")),
    # 30
    ("social_care", "incident", f("""
        Statement - [[name:Sylwia Nowak]], agency support worker ([[organisation:Black Country Staffing]])
        NI no: [[ni_number:SH 30 55 17 D]]   Agency ID: [[case_reference:BCS-77412]]
        Re: residents monies discrepancy at [[organisation:Fallings Park House]], shift of [[date:Sunday 16th]]
        I was asked by the {{shift leader}} [[name:Mo Rahman]] to take [[name:Stevie]] to the shop. I signed out
        £20 from [[name:Stevie]]'s tin and bought crisps, pop and a puzzle book (£11.40). I put the receipt and
        the change £8.60 in the tin and signed the {{finance record}}. I did not get a second signature as
        [[name:Mo]] was on the phone. On Monday [[name:Stevie]]'s tin was £8.60 short. I did not take any money.
        I am happy for the office CCTV to be checked.
        Signed: [[name:S. Nowak]]
        """)),
    # 31
    ("health", "incident", p("""
        DATIX [[case_reference:W118837]] - community nursing. Patient [[name:Brian Hague]], [[age:72]], lives alone,
        [[address:44 Doncaster Gate]], Rotherham [[postcode:S65 1DJ]]. Missed {{insulin}} visit [[date:Sat 25/05]] -
        the visit fell off the weekend list when caseloads were moved from {{EMIS}} to the new scheduling system.
        [[name:Brian]] rang the [[organisation:Rotherham Community Health Centre]] line at 19:00 feeling unwell, BM
        reading HI. Out of hours DN [[name:Claire Bagshaw]] attended, gave {{NovoRapid}} as per plan, no admission
        needed. [[name:Brian]]'s neighbour [[name:Derek]] stayed with him. Learning: all insulin patients now
        flagged red on the system and team leader [[name:Sunita]] counts them against the paper list every Friday.
        Duty of candour letter sent.""")),
    # 32
    ("health", "success", p("""
        Discharge to assess - good practice. Mrs [[name:Irene Coulson]], [[age:86]], was medically fit on the
        morning of [[date:12 February]] on [[organisation:Ward E58]] at [[organisation:Sunderland Royal Hospital]].
        The {{discharge coordinator}} [[name:Lauren]] rang her son [[name:Keith]] and the reablement team the same
        day. Equipment ({{perching stool}}, raised toilet seat, key safe) was fitted by 3pm by
        [[organisation:Sunderland Care and Support]] and the first reablement call was booked for 6pm.
        [[name:Irene]] went home by hospital transport at 4:30 with her TTOs checked by pharmacist [[name:Tariq]] and
        a copy of the discharge letter in her bag. NHS no. [[nhs_number:337 829 2962]]. By day 10 she was making her
        own breakfast and {{reablement}} reduced to once daily.""")),
    # 33
    ("health", "near_miss", f("""
        Pharmacy near miss log - [[organisation:Darlaston Pharmacy]]
        Date: [[date:07/08/2024]]
        Item: {{methotrexate}} 2.5mg tablets (weekly) - 10mg strength picked in error by dispenser ([[name:Jas]])
        Patient: [[name:Eileen Garbett]] (care home resident, [[organisation:Moxley Court]])
        Caught by: {{accuracy checking technician}} [[name:Oluwaseun Adeyemi]] at final check - the box looked
        different to last month.
        Would have been: 4x the intended dose if the home gave 'as labelled'. [[name:Eileen]] takes 4 x 2.5mg
        on Mondays.
        Action: 10mg moved to a separate shelf with a red 'WEEKLY' shelf-talker, the two strengths never on the
        same shelf again. Discussed with pharmacist manager [[name:Kamal]]; home manager [[name:Jill]] informed.
        """)),
    # 34
    ("health", "incident", p("""
        Significant event analysis - [[organisation:Bentley Surgery]], meeting [[date:19.06.24]]. A raised {{PSA}}
        result for Mr [[name:Eric Mellor]] (NHS [[nhs_number:863 319 1741]]) came in on [[date:02.02.24]] and was
        filed as 'normal, no action' by a locum GP who had left by the time the error was found. Picked up on
        [[date:14.05.24]] when [[name:Eric]]'s wife [[name:June]] rang about his waterworks. {{2WW}} referral made
        same day to [[organisation:Doncaster Royal Infirmary]] urology. Delay of 14 weeks. Dr [[name:Anand]] met
        [[name:Eric]] and [[name:June]] and apologised. Learning: locums get the same {{docman}} workflow induction
        as salaried GPs, and results filed by locums are audited weekly by [[name:Steph]] (practice manager).""")),
    # 35
    ("health", "success", p("""
        PALS compliment [[case_reference:PALS-C-24-1882]]: [[name:Amanda Salt]] wrote to thank the staff on
        [[organisation:Ward 110]] at [[organisation:Royal Stoke]] for letting her stay overnight with her mum
        [[name:Peggy]] under {{John's Campaign}}. [[name:Peggy]] has dementia and was admitted with a UTI and
        {{delirium}}. [[name:Amanda]] said sister [[name:Latham]] found her a recliner chair and a 'carer' badge,
        and HCA [[name:Jolene]] showed her how to fill in the {{food and fluid chart}}. [[name:Peggy]] did not need
        any sedation and went home on day 5. [[name:Amanda]] said 'Mum would have been terrified on her own'.
        Shared at the ward safety huddle.""")),
    # 36
    ("health", "near_miss", p("""
        Near miss - discharge summary. On [[date:Thursday 5th September]] the [[organisation:New Cross Hospital]]
        discharge letter for Mr [[name:Gurdev Bains]] ([[nhs_number:619 432 6573]]) arrived at
        [[organisation:Tettenhall Wood Care Home]] with a second page listing the meds of a different patient, Mr
        [[name:G. Baines]], NHS [[nhs_number:187 675 2742]], including {{apixaban}} which Mr [[name:Bains]] does not
        take. Senior carer [[name:Ayo]] noticed the different NHS number in the footer and rang the ward
        ([[organisation:Ward C22]]) before the evening meds. Ward pharmacist confirmed the error and re-sent the
        correct TTO list. No doses given wrongly. Reported on the hospital feedback form, ref
        [[case_reference:RWT-IR-402281]]. Lesson: always check every page footer against the {{MAR chart}}.""")),
    # 37
    ("health", "success", p("""
        Team huddle good news - [[organisation:Carlisle South District Nursing]]. Mrs [[name:Nora Bell]] (Nanna
        [[name:Nora]] as she likes to be called) has a fully healed venous leg ulcer after 14 months. Things turned
        round when {{tissue viability}} nurse [[name:Ciaran Doyle]] did a Doppler on [[date:18/01/24]] and started
        her on {{compression bandaging}}. DN [[name:Helen]] and HCA [[name:Summer]] did her dressings every Tuesday
        and Friday at home ([[address:Flat 12, Raffles Court]]) and kept the same two faces going in. Signed off as
        healed [[date:2 Aug 2024]]. [[name:Nora]] now has her hosiery and can wear proper shoes to the club again.
        Her daughter [[name:Mandy]] made the team a lemon drizzle.""")),
    # 38
    ("health", "incident", f("""
        Incident - late discharge to care home
        Home: [[organisation:Ashmore Park Residential]]   Date: [[date:03/01/2025]]
        Resident: [[name:Winifred Cope]] ('[[name:Winnie]]'), [[age:90]]   Hosp no. [[case_reference:RL4 558201]]
        [[name:Winnie]] arrived by ambulance at 23:20 from [[organisation:New Cross]] A&E with no {{TTO meds}},
        no discharge letter, and in a hospital gown. She was cold (35.4) and frightened. Night senior
        [[name:Chiamaka]] rang the A&E nurse in charge who said meds 'would follow'. Her evening
        {{levetiracetam}} dose was missed. Out of hours GP prescribed, collected from
        [[organisation:Boots Wolverhampton]] at 01:30 by on-call manager [[name:Dean]].
        [[name:Winnie]] had no seizure. Reported to the ICB quality team, ref [[case_reference:BCICB-Q-1029]].
        """)),
    # 39
    ("health", "near_miss", p("""
        Near miss reported by [[organisation:Hendon Medical Group]] pharmacist [[name:Rebecca]] on [[date:28 Nov]].
        Patient [[name:JM]] (NHS [[nhs_number:232 441 4813]]) had {{rivaroxaban}} stopped by the cardiologist at
        [[organisation:Sunderland Royal Hospital]] after an {{ablation}}, but the clinic letter was coded as 'read'
        without the repeat template being changed. A repeat request came through from
        [[organisation:Pallion Pharmacy]] and was in the GP signing queue when [[name:Rebecca]]'s medication review
        flagged it. Dr [[name:Chowdhury]] did not sign. [[name:JM]] confirmed by phone she had been told to stop.
        Learning: letters with medication changes go to the clinical pharmacist workflow, not straight to filing.
        Discussed at practice meeting with reception lead [[name:Gail]].""")),
    # 40
    ("health", "success", p("""
        Good catch - [[organisation:Fenton Community Pharmacy]], [[date:Wed 22 May]]. Pharmacist
        [[name:Bilal Akhtar]] was handing out a new prescription of {{clarithromycin}} for Mr [[name:Stanley Wain]]
        ([[age:77]]) and checked his PMR - he is on {{simvastatin}} 80mg. Serious interaction risk (muscle
        breakdown). [[name:Bilal]] rang the GP at [[organisation:Meir Park Surgery]] and spoke to Dr
        [[name:Faith Mensah]] who switched it to doxycycline. [[name:Stanley]]'s carer [[name:Linda]] from
        [[organisation:Longton Care Services]] was told to look out for the new box. [[name:Stanley]] said 'I'd never
        have known'. Recorded on {{PharmOutcomes}} as intervention [[case_reference:PO-3390718]].""")),
    # 41
    ("health", "incident", p("""
        Incident: long lie after fall. [[organisation:Thrybergh Manor]], [[date:26/12/23]]. Mrs
        [[name:Joan Staniforth]], [[age:95]], found on the floor in her en-suite at 21:15 by carer [[name:Reece]],
        suspected hip fracture (leg shortened and rotated). 999 called 21:20, CAD [[case_reference:YAS-4412093]].
        Ambulance arrived 04:50 - a 7.5 hour wait. Staff kept her on the floor with pillows and blankets and gave
        {{paracetamol}} under homely remedies; out of hours GP never called back. Nurse [[name:Zofia]] rang 999
        back 4 times. [[name:Joan]] taken to [[organisation:Rotherham General]], #NOF confirmed, surgery next day.
        Learning: we now have a {{Raizer}} chair and 3 staff trained to use it for non-injured falls; for injured
        falls the ambulance trust gave us a clinical escalation line. Son [[name:Malcolm]] and [[name:Joan]] thanked
        staff for staying with her all night.""")),
    # 42
    ("health", "success", p("""
        Reasonable adjustments - good practice. [[name:Lewis]] ([[name:Lewis Marsh]], [[age:34]]) has a
        {{learning disability}} and a severe needle phobia and had not had bloods for 6 years. LD liaison nurse
        [[name:Bronwen Pritchard]] at [[organisation:Doncaster Royal Infirmary]] set up a {{best interests}} meeting
        on [[date:9th October]] with his mum [[name:Sharon]], his support staff from
        [[organisation:Thorne Road Supported Living]] and the anaesthetist. Agreed to do bloods, a dental check and
        his {{flu jab}} under one short general anaesthetic in day surgery, first on the list, with [[name:Sharon]]
        there when he woke up. [[name:Lewis]] came in with his headphones on and was home by 2pm. Bloods showed an
        underactive thyroid which is now treated. Hospital passport updated. 'One visit, three jobs' shared as
        learning.""")),
    # 43
    ("aviation", "incident", p("""
        PRM service failure, ref [[case_reference:MAN-PRM-24-0871]]. Flight [[flight_number:LS852]] from Tenerife
        arrived on stand 212 at [[organisation:Manchester Airport]] at 23:40 on [[date:14 November 2024]] (aircraft
        [[aircraft_registration:G-JZHP]]). Passenger Mr [[name:Derek Oakes]], [[age:82]], booked as {{WCHC}} (cannot
        walk, needs aisle chair), pre-notified 6 weeks before. The assistance crew from
        [[organisation:Pennine PRM Services]] was sent to stand 21 in error because the job sheet had been typed by
        hand. Mr [[name:Oakes]] waited 55 minutes on board with cabin crew member [[name:Lydia]] until the
        {{ambulift}} arrived. He needed the toilet and could not use the aircraft one, which he found very
        undignified. His wife [[name:Brenda]] complained on the day. Actions: stand allocations now pulled straight
        from the AODB, not retyped; any PRM still on board 15 minutes after on-blocks triggers an escalation call to
        the duty manager. Apology and goodwill payment offered.""")),
    # 44
    ("aviation", "success", p("""
        Cabin crew report - flight [[flight_number:EZY6841]] Faro to Glasgow, [[date:03/06/24]], aircraft
        [[aircraft_registration:G-UZHA]]. Two hours in a passenger travelling with a support worker,
        [[name:Kirsty-Ann Fell]] ([[age:45]]), became drowsy and then unresponsive. Her support worker
        [[name:Precious Dube]] from [[organisation:Aspire Living Sunderland]] told SCCM [[name:Gemma Rowe]] she is a
        type 1 {{diabetic}} and had not eaten since breakfast. Crew gave {{glucose gel}} from the support worker's
        bag and oxygen; Captain [[name:Hardcastle]] spoke to ground medical support and diverted into Newcastle.
        [[name:Kirsty-Ann]] came round before landing and paramedics met the aircraft. [[name:Precious]] had the
        {{hospital passport}} to hand which the crew said made everything easier. Well done crew.""")),
    # 45
    ("aviation", "near_miss", f("""
        Ground handling occurrence - near miss
        Station: [[organisation:Birmingham Airport]]    Date: [[date:21.08.2024]]
        Flight: [[flight_number:TOM4618]] to Dalaman   Aircraft: [[aircraft_registration:G-TAWX]]
        Passenger: Mr [[name:R. Patel]], powered wheelchair, booking ref [[case_reference:K7QX2M]]
        Loader [[name:Dwayne]] was about to load the wheelchair with the {{lithium battery}} still connected.
        The dangerous goods declaration on the PRM form said the battery had been removed but it had not.
        Supervisor [[name:Aleksandra Wiśniewska]] stopped loading; battery removed, terminals taped and taken
        into the cabin as per {{IATA}} rules. Passenger's son [[name:Ravi]] helped as he knew the chair. Delay 12 min.
        Learning: loaders to physically check the battery, not rely on the form.
        """)),
    # 46
    ("aviation", "success", p("""
        Compliment to the [[organisation:East Midlands Airport]] assistance team from
        [[organisation:Kingsway Supported Living]]. [[name:Bradley]] and his housemate [[name:Nathan]] flew to
        Majorca on [[flight_number:TOM2312]] on [[date:2 July]] with support workers [[name:Shona]] and
        [[name:Tyrone]]. [[name:Bradley]] wears a {{Hidden Disabilities Sunflower}} lanyard and security let him keep
        his {{ear defenders}} on and go through first. Assistance agent [[name:Priti]] walked them to the gate early
        and they boarded first so [[name:Bradley]] could settle before the noise. [[name:Nathan]] hadnt flown
        before; the crew let him see the {{flight deck}} after landing. Both came home saying they want to go again
        next year. Thank you - [[name:Shona Pickering]], team leader.""")),
    # 47
    ("aviation", "incident", p("""
        Mishandled mobility aid. Passenger Mrs [[name:Hyacinth Campbell]], [[age:74]], arrived at
        [[organisation:Newcastle Airport]] on flight [[flight_number:LS1412]] from Antalya on [[date:30 Sept]]. Her
        folding {{mobility scooter}} came off the belt with a snapped tiller and the seat missing. Baggage
        {{PIR}} ref [[case_reference:NCLLS12345]]. She could not walk to the car park, so PRM agent [[name:Connor]]
        took her in a wheelchair to her son [[name:Winston]]'s car, reg [[vehicle_registration:NL21 FKJ]]. She uses
        the scooter every day to get to the shops and church. Loan scooter sourced through
        [[organisation:Mobility Hire NE]] within 48hrs. Learning: scooters now get a 'fragile - fold flat' tag and
        are loaded last. Customer relations case [[case_reference:CR-88214]].""")),
    # 48
    ("aviation", "near_miss", p("""
        Near miss at check-in, [[organisation:Leeds Bradford Airport]], [[date:Saturday 8th March]]. Passenger
        [[name:Glenys Hirst]] travelling on [[flight_number:FR3344]] to Malaga with a
        {{portable oxygen concentrator}}. Her {{MEDIF}} was approved but only listed 1 battery; the flight is 3h 10m
        and the rule is 150% of flight time in battery life. Check-in agent [[name:Samir]] noticed and called duty
        manager [[name:Kate Jowett]]. Husband [[name:Trevor]] had a spare battery packed in the hold bag - retrieved
        before it went down the belt, as spares must go in the cabin. She could have run out of oxygen over the
        Bay of Biscay. Special assistance team (ref [[case_reference:SA-77310]]) to check battery count when
        approving a MEDIF in future.""")),
    # 49
    ("aviation", "success", p("""
        Captain's report, medical diversion. Flight [[flight_number:LS862]] Palma to Glasgow,
        [[aircraft_registration:G-JZHK]], [[date:17/08/2024]]. At FL370 SCCM [[name:Abi Thornton]] reported a male
        passenger, Mr [[name:Duffy]], [[age:68]], with facial droop and slurred speech. An off-duty nurse,
        [[name:Olamide]], and a GP, Dr [[name:Rachel Nwosu]], volunteered and did a {{FAST}} test - positive, onset
        approx 14:05. After talking to ground medical support we diverted to [[organisation:Manchester Airport]];
        on blocks 14:58, paramedics on board 15:04. Mr [[name:Duffy]] went to the {{hyperacute stroke unit}} at
        [[organisation:Salford Royal]] and had a {{thrombectomy}}. His wife [[name:Mairead]] later wrote to say he is
        walking again. Crew and volunteers were outstanding. Captain [[name:Simon Hale]].""")),
    # 50
    ("aviation", "incident", f("""
        PRM incident - arrival
        Airport: [[organisation:Newcastle International Airport]]   Date: [[date:11 Jan 2025]]
        Flight: [[flight_number:KL947]] from Amsterdam   Aircraft reg [[aircraft_registration:PH-EXV]]
        PAX: [[name:Ingrid van der Berg]], [[age:77]], {{WCHS}} (can walk but not steps) - SSR on the PNL
        PRM agent not at the aircraft door; crew member [[name:Joost]] waited 10 min then the passenger decided
        to walk. She fell on the {{jet bridge}} ramp, grazed both hands and hurt her right wrist. First aid by the
        airport fire service ([[name:Jamie Liddle]]); taken to [[organisation:RVI]] by her daughter, wrist fractured.
        Cause: PRM job was on the system for 15:40 not 14:40 (timezone error when importing the PNL).
        Ref [[case_reference:NCL-PRM-INC-0039]]. Agent on the job: staff no. [[case_reference:PRM117]]
        """)),
]


def main() -> None:
    records = build_records("blind34", REPORTS)
    write_records(OUT, records)


if __name__ == "__main__":
    main()
