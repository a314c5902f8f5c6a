"""Held-out blind corpus 66: learning from what went well, across social care, health and aviation.

Setting: 'good catch' and Learning-from-Excellence reports, Greatix-style nominations, team
thank-you e-mails and cards, appreciative-inquiry write-ups, shout-out boards, chat threads and
short success notes from UK children's social care, NHS acute/community/primary care and
commercial/general aviation.
Voice: many different staff writing in their own register - warm, informal, full of first names,
nicknames, initials and lower-case chat names - naming colleagues, families, services and aircraft.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from markup import block, build_records, write_records  # noqa: E402
from markup import flow as prose  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "corpus" / "heldout_blind66.jsonl"

REPORTS = [
    # ------------------------------------------------------------------ social care (17)
    ("social_care", "success", prose("""
        Learning from excellence: I want to recognise [[name:Bronwen Llewellyn]] ({{social worker}},
        [[organisation:Northgate Children in Need Team]]) for her work with the [[name:Adeyemi]] family.
        When [[name:Tobi]] ([[age:9]]) and [[name:Kemi]] ([[age:6]]) went home to {{mum}} on
        [[date:14 February 2024]], [[name:Bronwen]] had already built a safety plan with their grandmother,
        Mrs [[name:Folake Adeyemi]], using {{Signs of Safety}} language the children could actually follow.
        She drew the three houses with [[name:Tobi]] at his kitchen table and he still talks about it. The
        {{IRO}}, [[name:Declan Rourke]], said it was the clearest plan he had seen this year. What made the
        difference: she visited weekly rather than fortnightly for the first month, and she rang school
        ([[organisation:Hollins Park Primary]]) every Friday without fail. Nominated by
        [[name:Shazia Mirza]], {{Team Manager}}.
    """)),
    ("social_care", "near_miss", prose("""
        Good catch by [[name:Kwame]] on the {{duty desk}}. A taxi had been booked for
        [[name:Lily-Mae Harrison]] ([[age:11]]) to go to {{family time}} on [[date:9 March]] with pick-up
        from her old placement, [[address:22 Fennel Close, Ashworth]], [[postcode:OL12 7PQ]], rather than
        from her current carers. [[name:Kwame]] noticed that booking [[case_reference:TX-55102]] still had
        the old address because the placement move on [[date:26/02/2024]] had never been updated on the
        transport system. Birth mum lives two streets from the old placement and there is a
        {{non-molestation order}}, so this could have been serious. He rang
        [[organisation:Swiftline Cars]] on [[phone:01632 960417]] and changed it before the driver set
        off. Learning: placement moves now trigger a transport check on the {{LCS}} workflow. Thanks
        [[name:Kwame Asante-Boateng]], proper detective work.
    """)),
    ("social_care", "success", block("""
        From: [[name:Carys Whitlock]] <[[email:carys.whitlock@example.org]]>
        To: [[email:fostering.duty@example.gov.uk]]
        Date: [[date:2 April 2024]]
        Subject: Thank you - [[name:Reuben]] and [[name:Ellis]]

        Hi all,

        Just wanted to say a massive thank you to [[name:Nadia]], our {{supervising social worker}}, and to
        [[name:Tom Farrant]] from the {{out of hours}} team. When [[name:Reuben]] had his meltdown on
        {{Easter Sunday}} at 11pm, [[name:Tom]] stayed on the phone with me for nearly an hour and talked
        me through it. [[name:Nadia]] came round first thing with the {{therapeutic parenting}} notes from
        [[organisation:Bridges Foster Carer Support Group]] and sat with him while I had a shower!
        [[name:Ellis]] ([[age:4]]) slept through the whole thing, thankfully.

        Thanks again,
        [[name:Carys]] (and [[name:Huw]])
        [[phone:07700 900263]]
    """)),
    ("social_care", "success", prose("""
        Appreciative inquiry - strategy meeting held [[date:18.01.24]]. What went well: {{MASH}} received
        the referral from [[organisation:St Bede's RC Primary]] at 09:40 and the {{strategy discussion}}
        with DS [[name:Gemma Okoro]] and Dr [[name:Pillai]] from {{community paediatrics}} happened by 13:00.
        The child, [[name:Zara]] ([[age:7]]), was seen at school with her class teacher Mr [[name:Dobson]]
        present, which she had asked for. What helped most: the {{DSL}}, [[name:Angharad Price]], had
        written down [[name:Zara]]'s exact words, with the time, and the chronology on
        [[case_reference:CP-23-04417]] was up to date. The {{Section 47}} enquiry started the same
        afternoon. We want more of this: verbatim notes from schools, and the police sergeant joining by
        phone rather than waiting for a room.
    """)),
    ("social_care", "near_miss", prose("""
        Near miss found by [[name:Marta Kowalczyk]], {{business support}}. Two records existed for what
        turned out to be the same child: [[case_reference:LCS 884102]] ([[name:Jayden Smith]], DOB
        [[date_of_birth:03/07/2016]]) and [[case_reference:LCS 884519]] ([[name:Jaydon Smith]], DOB
        [[date_of_birth:07/03/2016]]). Day and month had been swapped on the second referral. A
        {{Child Protection}} conference letter was about to go out from the wrong record, which had no
        mention of mum's partner [[name:Craig Tolley]]. [[name:Marta]] checked the {{NHS number}}
        ([[nhs_number:146 374 4811]]) against both, flagged it, and the {{Data Quality}} team merged them
        the next morning. Thank you [[name:Marta]] - nobody asked you to look twice and you did.
    """)),
    ("social_care", "incident", prose("""
        Incident ref [[case_reference:INC-2024-0391]]. On [[date:5 June 2024]] a
        {{review child protection conference}} invitation for [[name:Aaliyah Begum]] was posted to
        [[address:41 Larch Avenue]] instead of [[address:14 Larch Avenue]], [[postcode:BD8 9HS]]. Recording
        the good part too: the neighbour at number 41, Mr [[name:Pearce]], rang us the same afternoon on
        [[phone:01632 960882]] and [[name:Rafiq]] from admin collected the letter, still sealed, within two
        hours. [[name:Rafiq Chaudhry]] also phoned mum to explain before she heard it from anyone else.
        {{Information Governance}} agreed it did not meet the threshold to report to the {{ICO}}. Learning:
        house numbers are now read back on every address change.
    """)),
    ("social_care", "success", prose("""
        Good practice note from [[organisation:Brambles Children's Home]]. Last night [[name:Kai]]
        ([[age:15]]) came back late and very escalated after a row with his brother. [[name:Precious Nwachukwu]]
        on shift used the {{PACE}} approach, kept her voice low, offered him toast and sat on the stairs
        with him rather than following him into his room. No {{physical intervention}} was needed and no
        police call. [[name:Kai]] later told his {{key worker}} [[name:Liam O'Shaughnessy]] that
        [[name:Precious]] "actually listened". [[name:Sunita]], the {{registered manager}}, wants this shared at the next team meeting as
        an example of {{trauma-informed}} practice.
        - [[name:SB]], deputy
    """)),
    ("social_care", "near_miss", prose("""
        Good catch - {{family time}} supervisor [[name:Ifeoma]] checked the court order on file before
        [[name:Harvey]] and [[name:Poppy Gallagher]]'s contact with their father on [[date:21 May]]. The
        {{Interim Care Order}} dated [[date:12 March 2024]] had been varied on [[date:2 May 2024]] so
        dad's time must now be supervised at the centre only, not in the community, but the booking
        still said [[organisation:Lakeside Soft Play]]. [[name:Ifeoma Eze]] moved it to
        [[organisation:Highfield Family Centre]], explained to dad ([[name:Shane Gallagher]]) why, and
        emailed the {{Cafcass}} guardian. [[name:Harvey]] and [[name:Poppy]] still got their session.
    """)),
    ("social_care", "success", block("""
        [09:12] [[name:Hannah Whitfield]]: just heard back from panel - [[name:Mo]]'s {{SGO}} approved!!
        [09:13] [[name:ade]]: yesss well done hun
        [09:13] [[name:Hannah Whitfield]]: honestly couldnt have done it without [[name:jas]] doing the {{viability assessment}} in 3 wks
        [09:14] [[name:Jaswinder Gill]]: team effort!! aunty [[name:Farida]] cried on the phone lol
        [09:15] [[name:ade]]: can we put it in the {{Friday Feeling}} email
        [09:15] [[name:Hannah Whitfield]]: yes pls. case no [[case_reference:KIN/2231]] if [[name:Bev]] needs it for the stats
        [09:16] [[name:Bev Oyelaran]]: got it x
    """)),
    ("social_care", "success", prose("""
        Celebrating [[name:Abdirahman Warsame]]'s move into his own flat this week. His
        {{personal adviser}} [[name:Leanne Cox]] spent weeks chasing the housing list and getting his
        {{Universal Credit}} sorted; the claim had been stuck because his National Insurance number was
        typed wrong (it is [[ni_number:JT 48 26 91 C]]). [[name:Abdi]] is [[age:19]] and moves into
        [[address:Flat 6, Mercer Court, 31 Tanner Street]], [[postcode:LS11 5QW]] on [[date:1 July]].
        [[name:Leanne]] also got his {{Setting Up Home Allowance}} approved in one go. "I didn't think
        anyone would fight for me like that" - his words, not mine. From [[name:Gary]], {{Leaving Care}} TM.
    """)),
    ("social_care", "near_miss", prose("""
        Near miss / good catch. {{Early Help}} worker [[name:Rhiannon Beddoes]] was about to close the
        family of [[name:Oliver Nash]] ([[age:13]]) as "needs met" when she had a call from Mrs
        [[name:Ahmed]], the {{DSL}} at [[organisation:Kingsmead Academy]]. [[name:Oliver]] had told a
        lunchtime supervisor that mum's new boyfriend, known only as "[[name:Tyler]]", had been staying over
        and shouting at night. [[name:Rhiannon]] held the case open, did a joint visit with
        {{duty social worker}} [[name:Patrick Mensah]] and a {{Section 17}} assessment is now under way.
        Learning: always ring school before closing, even when the {{TAF}} minutes say things are fine.
    """)),
    ("social_care", "incident", prose("""
        Incident [[case_reference:MISS-24-1187]]: [[name:Chantelle Robinson]] ([[age:14]]) missing from
        [[organisation:Oakwood House]] from 18:30 on [[date:11/08/2024]]. Writing this up mainly for what
        went well. Staff member [[name:Ben]] remembered that [[name:Chantelle]] had mentioned an older male
        with a silver Audi and had noted the reg, [[vehicle_registration:YK21 OPN]], in the daily log two
        days earlier. PC [[name:Hollie Grant]] had the car flagged on {{ANPR}} within half an hour and
        [[name:Chantelle]] was found safe at 23:10. Crime ref [[case_reference:13/448120/24]]. The
        {{return home interview}} was done the next day by [[name:Safiya]] from
        [[organisation:Route Out Project]] and the {{CSE}} screening tool has been updated.
    """)),
    ("social_care", "success", block("""
        GOOD CATCH FORM
        Person nominated: [[name:Lorraine Achebe]]
        Team: [[organisation:Southside Fostering Team]]
        Nominated by: [[name:Iain MacLeod]]
        Date: [[date:30/09/2024]]
        What happened: [[name:Lorraine]] noticed that the delegated authority form for [[name:Ruby]] ([[age:12]]) listed the wrong GP ([[organisation:Parkside Surgery]] instead of [[organisation:Elm Tree Medical Centre]]), so the carers could not have booked her {{asthma}} review. She fixed it with the {{Looked After Children}} nurse the same day.
        Why it mattered: [[name:Ruby]] was down to her last {{salbutamol}} inhaler.
        Child record: [[case_reference:CLA-77190]]
    """)),
    ("social_care", "success", prose("""
        Thank you from all of us to our volunteer driver [[name:Dave]] "[[name:Taffy]]" [[name:Jenkins]]
        from [[organisation:Fairshare Volunteer Drivers]], who has taken [[name:Rosie]] and [[name:Bea]]
        to see their nan every fortnight for two years and has never once been late. The girls call him
        [[name:Taff]] and save him a biscuit. Last year the case was {{Amber}} on the RAG and it is now
        {{Green}}, and the {{IRO}} put a lot of that down to the girls keeping that link with nan. [[name:Dave]]
        is retiring at Christmas; we're putting him forward for the {{Independent Visitor}} scheme instead.
        - [[name:Jo]] and [[name:Kerry]], {{Children in Care}} team
    """)),
    ("social_care", "near_miss", prose("""
        Caught before panel on [[date:7 November]]: the {{adoption}} CPR for [[name:Mason]] had two
        paragraphs copied from another child's report, including the name "[[name:Archie]]" and a line about
        [[name:Archie]]'s birth mother's {{schizophrenia}}. Spotted by [[name:Yetunde]] in
        {{Quality Assurance}} while proofreading at 7am. If it had gone to the prospective adopters it would
        have been a serious breach. [[name:Yetunde Bakare]] raised it kindly with the author and we have
        added a "search for other children's names" step to the checklist. [[name:Mason]]'s record:
        [[case_reference:ADP-0412]].
    """)),
    ("social_care", "success", prose("""
        Success story from [[organisation:Greenlanes Family Hub]]. Mrs [[name:Parveen Hussain]] came to the
        {{Early Help}} drop-in in {{January}} worried about her son [[name:Imran]] ([[age:8]]) refusing
        school. Family support worker [[name:Elżbieta Nowak]] ("[[name:Ela]]") had just done the
        {{Solihull Approach}} course and used it with mum over six home visits. [[name:Imran]]'s
        attendance went from 61% to 94% by {{Easter}}, and mum now helps run the parents' coffee morning.
        What worked: same worker every time, visits after the school run, and [[name:Ela]] giving mum a
        direct line ([[phone:01632 960554]]) instead of the hub switchboard.
    """)),
    ("social_care", "incident", prose("""
        Incident [[case_reference:DATIX-SC-2081]] at [[organisation:Willow Lodge]] on
        [[date:19/10/2024]]. [[name:Tyrone]] ([[age:16]]) was given his {{melatonin}} at 20:00 by
        [[name:Agnieszka]] and again at 20:30 by night staff because the {{MAR chart}} had not been signed.
        [[name:Jordan Pike]], the night senior, realised within ten minutes, rang {{NHS 111}} and followed
        their advice; [[name:Tyrone]] was fine, just sleepy. What went well: honest, immediate reporting.
        [[name:Agnieszka Wiśniewska]] came forward herself before anyone asked, and [[name:Jordan]]
        stayed calm and wrote everything down. Both are doing the refresher and we have moved to signing
        at the point of giving.
    """)),
    # ------------------------------------------------------------------ health (17)
    ("health", "near_miss", prose("""
        Greatix for [[name:Fatima Jallow]], {{ward pharmacist}} on [[organisation:Beech Ward]]. On
        [[date:3 March 2024]] she spotted that Mr [[name:Colin Barraclough]] (hospital no.
        [[case_reference:RX4471920]]) was written up for {{enoxaparin}} 40 mg despite a platelet count of 38.
        She caught the {{FY1}} before the evening dose went in and suggested a haematology review.
        Dr [[name:Okafor]] said afterwards it was "textbook". [[name:Fatima]] does this quietly every day
        and we wanted it written down for once.
    """)),
    ("health", "near_miss", prose("""
        Good catch in {{ED}} majors, [[date:12/04/2024]]. {{HCA}} [[name:Gurpreet Sandhu]] was about to
        label a {{group and save}} sample and noticed the wristband said [[name:Margaret Eleanor Thwaite]],
        DOB [[date_of_birth:22/11/1941]], while the request form was for [[name:Margaret Thwaites]], DOB
        [[date_of_birth:02/11/1941]], in the next cubicle. Both ladies are [[age:82]]. NHS numbers
        [[nhs_number:727 821 5269]] and [[nhs_number:780 816 2507]]. [[name:Gurpreet]] stopped, binned the
        unlabelled tube and re-bled with positive ID. A {{WBIT}} could have meant an incompatible
        transfusion. Shared at the {{huddle}} as our example of the week.
    """)),
    ("health", "success", block("""
        To all the midwives at [[organisation:Cedar Birth Centre]],

        We wanted to say thank you, especially to [[name:Siobhan]] and student midwife [[name:Efua]], for
        looking after us when [[name:Noor]] was born on [[date:8 May 2024]]. When her heart rate dropped
        on the {{CTG}} [[name:Siobhan]] stayed so calm and explained everything to us. We never felt rushed,
        even when we had to move over to {{Labour Ward}}.
        [[name:Noor]] is now [[age:3 weeks]] old and feeding brilliantly.

        Love, [[name:Hira]] & [[name:Bilal Qureshi]] xx
    """)),
    ("health", "near_miss", prose("""
        Near miss reported by staff nurse [[name:Joanna Przybylska]] on [[organisation:Kestrel Ward]]. Mr
        [[name:Desmond Clarke]] ([[age:67]]) had {{co-amoxiclav}} prescribed post-op. He had mentioned to
        [[name:Joanna]] at admission that {{penicillin}} "gave him a rash in the eighties" but it had not made
        it onto {{EPMA}}. She held the dose, bleeped the {{SHO}}, and it was switched. Allergy status now
        updated. Really good example of listening to the throwaway comment.
    """)),
    ("health", "success", prose("""
        Appreciative inquiry - what made this discharge work? [[name:Elsie Fairbrother]] ([[age:94]]) went
        home on [[date:14 June]], the first Friday discharge from our unit that has not bounced back in a
        month. District nurse [[name:Marcia Campbell]] from [[organisation:Thornbury Neighbourhood Team]]
        joined the board round on {{Thursday}}, pharmacy had the {{dosette}} ready by noon, and daughter
        [[name:Linda]] was rung the night before. Key ingredients: an early conversation, a named nurse
        ([[name:Tunde]]) and one phone number for [[name:Linda]] to ring, [[phone:01632 960713]]. Transport
        went to [[address:3 Rowan Cottages, Little Staunton]], [[postcode:NN9 4DF]], with the key safe code
        confirmed in advance.
    """)),
    ("health", "incident", prose("""
        Datix [[case_reference:W-118204]]. Unwitnessed fall in {{bay 3}} at 02:40 on [[date:27.07.24]].
        Patient [[name:Harold Pennington]] tried to get to the toilet on his own. Also writing this as an
        excellence report: {{healthcare assistant}} [[name:Blessing Chikwanha]] heard the thud, did not move
        him, called for help and started {{neuro obs}}. {{Glasgow Coma Scale}} was 14 then 15, he was
        anticoagulated so went for a CT head, which was clear. Sister [[name:O'Connell]] debriefed the team
        before handover and the {{falls bundle}} has been redone. [[name:Harold]]'s son thanked
        [[name:Blessing]] by name.
    """)),
    ("health", "near_miss", prose("""
        Good catch at [[organisation:Moorside Medical Practice]]. Receptionist [[name:Kerry-Ann Wright]] took a
        call at 08:05 on [[date:20 January 2025]] from Mrs [[name:Lowe]] about her son [[name:Alfie]]
        ([[age:2]]). She used the red-flag prompt card, heard "mottled" and "won't wake up properly" and put
        her straight through to Dr [[name:Bhattacharya]] instead of offering the 11:30. [[name:Alfie]] was
        sent in by ambulance and treated for {{sepsis}} at [[organisation:Royal Pennine Children's Unit]];
        he is home and well. The {{NICE}} traffic light card at reception works - [[name:Kerry-Ann]] proved it.
    """)),
    ("health", "success", block("""
        {{WARD 12}} SHOUT-OUT BOARD - w/c [[date:15/07/2024]]
        * [[name:Ravi]] - stayed 2 hrs late to finish {{PICC line}} teaching for the new starters
        * [[name:Ngozi A.]] - spotted a {{NEWS2}} of 7 on bed 14 at 3am, escalated to {{outreach}} straight away
        * [[name:Big Mike]] (portering) - found the missing hoist sling and fixed the trolley wheel
        * [[name:Chloe]] & [[name:Ffion]] - made a cake for Mrs [[name:Winterbottom]] who turned [[age:100]] on the ward
        * [[name:AJ]] - cleared the discharge lounge backlog single-handed
        Nominations to Sister [[name:Grace Oduya]] or [[email:g.oduya@example.nhs.uk]]
    """)),
    ("health", "near_miss", prose("""
        {{Insulin}} near miss, [[date:2 February]]. Student nurse [[name:Tomasz]] questioned why the
        {{NovoRapid}} dose for Mrs [[name:Achieng Otieno]] (NHS [[nhs_number:341 355 6142]]) read 40 units
        when she usually has 4. The "u" for units had been read as a zero on a handwritten chart from the
        day unit. His practice assessor [[name:Lisa Brennan]] backed him straight away and they checked
        with the diabetes team. [[name:Tomasz Zieliński]] said he nearly didn't say anything because he's
        "only a student" - we want every student to know they were right to speak up.
    """)),
    ("health", "success", prose("""
        Excellence report - crew [[name:Dan Featherstone]] ({{paramedic}}) and [[name:Amira Haddad]]
        ({{ECA}}) attended Mr [[name:Ian Rudd]] ([[age:58]]) in cardiac arrest at
        [[address:Pear Tree Farm, Hollow Lane, Wetherby]], [[postcode:LS22 6HT]], job
        [[case_reference:CAD 240611-0093]]. His wife [[name:Sandra]] had been doing compressions with the
        {{999}} call handler for nine minutes. [[name:Amira]] took over compressions while [[name:Dan]]
        attached the {{AED}}; two shocks and {{ROSC}} before the {{HEMS}} team landed. [[name:Ian]] walked
        out of [[organisation:Calderbrook Cardiac Centre]] eleven days later and came to the station
        with cakes.
    """)),
    ("health", "near_miss", prose("""
        Near miss at the [[organisation:Hawthorn Unit]]. During {{Section 17 leave}} planning for a patient
        detained under {{Section 3}}, [[name:J.T.]], {{RMN}} [[name:Oisín Brady]] noticed that the leave form
        had expired on [[date:30/08/2024]] and the {{RC}} had not yet re-authorised it. [[name:J.T.]] was
        already dressed to go to his sister's. [[name:Oisín]] explained kindly, rang Dr [[name:Ferreira]]
        who reviewed within the hour, and leave went ahead at 2pm. No breach of the {{Mental Health Act}}.
    """)),
    ("health", "success", block("""
        From: Dr [[name:Helen Marsh]] <[[email:helen.marsh@example.nhs.uk]]>
        To: [[name:Parisa Karimi]]; [[name:Shelley Dunn]]
        Subject: Thank you - screening catch-up

        [[name:Parisa]], [[name:Shelley]] -

        Just a note to say the Saturday clinics you set up at [[organisation:Valley Road Surgery]] got 46
        women screened who hadn't been seen in five years or more. Particular thanks to [[name:Shelley]] for
        phoning Mrs [[name:Begum]] in Sylheti three times until she felt ready, and to [[name:Parisa]] for
        rewriting the {{HPV}} leaflet in plain English. Not a {{QOF}} exercise - it's just good care.

        [[name:Helen]]
    """)),
    ("health", "near_miss", prose("""
        Near miss [[case_reference:DX-2024-55871]], theatre 4, [[date:9 September 2024]]. During the
        {{WHO Surgical Safety Checklist}} time out, {{ODP}} [[name:Lerato Dlamini]] noticed the consent form
        said LEFT knee while the arrow was on the right. Everyone stopped. The registrar,
        Mr [[name:Fitzgerald]], rechecked with the patient, who confirmed left, and the mark was redone.
        [[name:Lerato]] has been here three weeks and still spoke up; the consultant thanked her in
        front of the whole team.
    """)),
    ("health", "incident", prose("""
        Incident [[case_reference:W-121090]], [[date:03/12/2024]]. [[name:Gareth Pugh]] ([[age:34]]),
        brought in under {{Section 136}}, left the {{place of safety}} suite while staff were dealing with
        another patient. Security officer [[name:Emeka]] recognised him at the bus stop outside from the
        description, stayed with him and talked him back inside. PC [[name:Kaur]] said it was the best
        outcome she'd seen. Learning: the suite door is now alarmed. Thank you [[name:Emeka Nwosu]].
    """)),
    ("health", "success", prose("""
        From the compliments log, [[organisation:St Columba's Hospice]]. The family of
        [[name:Bernadette Quinn]] (died [[date:4 April 2024]]) wrote to thank nurse [[name:Aoife]] for moving
        her into the {{Hope Room}} so the grandchildren could sit out on the patio, and for explaining the
        {{syringe driver}} to her husband [[name:Seamus]] in words he understood. [[name:Aoife Kennedy]]
        also got [[name:Bernadette]]'s parish priest, Fr [[name:Lomax]], in at 10pm. A lovely example of
        the {{Gold Standards Framework}} working as intended.
    """)),
    ("health", "near_miss", prose("""
        Good catch, community pharmacy. [[name:Hamza Siddiqui]] at [[organisation:Kirkby Lane Pharmacy]]
        noticed a prescription for {{methotrexate}} 10 mg DAILY instead of weekly for Mrs
        [[name:Dorothy Hale]], DOB [[date_of_birth:15/03/1948]], NHS [[nhs_number:164 091 5796]]. He rang
        the surgery on [[phone:01632 960245]], spoke to the duty doctor and the script was reissued the same
        day. [[name:Hamza]] also spent ten minutes with Mrs [[name:Hale]] going through the weekly card.
    """)),
    ("health", "success", prose("""
        [[name:Callum]] ([[age:23]]), who has {{Down's syndrome}}, came in for a planned endoscopy. The
        learning disability liaison nurse, [[name:Yasmin Haq]], had done a visit beforehand with photos
        of the room, and we used {{Makaton}} signs he knows. Mum ([[name:Tracey]]) stayed with him in
        recovery, his {{hospital passport}} went everywhere with him, and the list was reordered so he
        went first. [[name:Callum]] said "easy peasy". [[name:Yasmin]] deserves the credit - this is what
        {{reasonable adjustments}} look like.
    """)),
    # ------------------------------------------------------------------ aviation (16)
    ("aviation", "near_miss", prose("""
        Good catch on {{stand 14}} at [[organisation:Penhallow Airport]]. Ramp agent [[name:Jamie Trelawny]]
        noticed the fuel cap on the left wing of [[aircraft_registration:G-OKRW]] ({{ATR 72}}) was not flush
        during his walk-round for [[flight_number:KW 317]]. He stopped the {{pushback}} and called engineer
        [[name:Steve Polglase]], who found the cap unlocked. Secured, 12 minutes' delay. An {{MOR}} was not
        needed but company report [[case_reference:ASR 24/0412]] was raised so we can share it. Well done
        [[name:Jamie]].
    """)),
    ("aviation", "success", prose("""
        Crew commendation - [[flight_number:ZB 2291]], [[date:16 August 2024]], {{Airbus A320}}. SCCM
        [[name:Danielle Frost]] and CC [[name:Marco Bianchi]] managed a passenger in {{14C}} with suspected
        {{anaphylaxis}} after a meal swap. [[name:Marco]] found the passenger's own {{EpiPen}} in her bag,
        [[name:Danielle]] put out the call and Dr [[name:Ayesha Raza]], travelling on holiday, assisted.
        {{The captain}}, Capt [[name:Ellison]], spoke to {{MedLink}} and continued to destination. The
        passenger walked off the aircraft. Textbook teamwork.
    """)),
    ("aviation", "near_miss", block("""
        ATC GOOD CATCH - [[organisation:Wexcombe Tower]] - [[date:04/06/2024]]
        14:01  {{Cessna 152}} [[aircraft_registration:G-BSXT]] ready at holding point {{Charlie}}, runway 26
        14:02  Vehicle [[vehicle_registration:WX68 KJU]] (airfield ops, bird scaring) still on runway 26 at the far end
        14:02  ATCO [[name:Priti Varma]] withheld line-up: "[[aircraft_registration:Golf X-ray Tango]] hold position"
        14:04  Vehicle vacated, [[aircraft_registration:G-BSXT]] cleared for take-off
        Note: the vehicle had not reported vacated. [[name:Priti]] saw it on the camera feed, not the radio.
        Driver [[name:Neil Hatherley]] fully cooperative. Reported by [[name:PV]].
    """)),
    ("aviation", "success", prose("""
        Thanks to instructor [[name:Roddy McAllister]] at [[organisation:Strathmore Flying Club]] for his
        patience with student pilot [[name:Ellie Brennan]] ([[age:17]]), who went solo on [[date:5 May]]
        in {{PA-28}} [[aircraft_registration:G-BNXE]]. [[name:Ellie]] had a wobble after a go-around in
        {{March}} and nearly stopped. [[name:Roddy]] went back to basics with her, flying circuits from
        holding point {{Alpha}} on quiet mornings. Three circuits, three good landings, and her grandad
        [[name:Alasdair]] watching from the clubhouse.
    """)),
    ("aviation", "near_miss", prose("""
        Good catch by licensed engineer [[name:Kasia Wójcik]] ({{B1}}) at [[organisation:Skyline Technics]].
        During an {{A-check}} on [[aircraft_registration:EI-FXB]] she noticed that the part number on the
        replacement brake unit did not match the {{IPC}} effectivity for that tail. Stores had picked the
        right part family but the wrong dash number. [[name:Kasia]] quarantined it and [[name:Deano]] in
        stores found the correct unit. Work order [[case_reference:WO-771203]]. Nothing left the hangar.
    """)),
    ("aviation", "success", prose("""
        Flight dispatcher [[name:Chidi Okeke]] spotted that the {{NOTOC}} for [[flight_number:BY 4417]] listed
        lithium batteries in hold 4 but the load plan had them in hold 1. He held the door, rang the load
        controller [[name:Hayley Brooks]] and the consignment was moved before closing. The {{Captain}}
        thanked him on the flight deck. [[name:Chidi]] asked that the credit is shared with [[name:Hayley]],
        who fixed it in four minutes flat.
    """)),
    ("aviation", "incident", prose("""
        Occurrence [[case_reference:MOR 2024/08716]]: bird strike on {{rotation}}, [[flight_number:LX 62]],
        {{Dash 8}} [[aircraft_registration:G-LXEB]], [[date:23 September 2024]]. Capt
        [[name:Fiona Henderson]] and {{FO}} [[name:Rashid Karim]] declared {{PAN PAN}}, ran the checklist and
        returned for an overweight landing. Cabin crew [[name:Gemma]] kept 48 passengers calm. What went
        well: clear, short calls, and Tower controller [[name:Gav Lennox]] had fire cover positioned before
        they were on final. Engine inspected, no damage.
    """)),
    ("aviation", "success", prose("""
        Lovely email from a passenger, forwarded by [[name:Janice]] in Customer Relations. Mr
        [[name:Geoffrey Ashdown]] ([[age:88]]), travelling on [[flight_number:SE 118]] to Belfast to see his
        great-granddaughter, wrote that {{PRM}} agent [[name:Sinead Mulholland]] "treated me like a person,
        not a parcel". His {{Special Assistance}} booking had been lost, but [[name:Sinead]] found a wheelchair,
        got him through security and sat with him at the gate. He asked that her manager is told: consider
        yourselves told, [[name:Kevin]].
    """)),
    ("aviation", "near_miss", prose("""
        Good catch, pre-flight checks, [[flight_number:ZB 714]]. Cabin crew member [[name:Ollie Fenwick]]
        found the {{portable oxygen}} bottle at door 2R reading well below minimum although the last check
        had been signed as full. He told the {{SCCM}}, [[name:Nasreen]], who called engineering. Bottle
        replaced, 9 minutes' delay. [[name:Ollie]] said he "just looked at the gauge rather than the tick
        box" - exactly the habit we want.
    """)),
    ("aviation", "success", block("""
        From: [[name:Tessa Harcourt]] <[[email:t.harcourt@example.org]]>
        To: RFFS Blue Watch
        Date: [[date:Mon 14 Oct 2024]]
        Subject: Yesterday's nosewheel collapse

        All,

        I want to thank Blue Watch for yesterday's response to the {{Cessna 172}} [[aircraft_registration:G-AZKV]] on runway 03 at [[organisation:Bramfield Airfield]]. Watch Manager [[name:Pete Dunmore]] had the crew at the aircraft in under a minute, isolated the battery and got the pilot, Mr [[name:Ansari]], out unhurt.
        Runway reopened in 47 minutes.

        [[name:Tessa]]
        Airfield Manager
    """)),
    ("aviation", "near_miss", prose("""
        Good catch by {{FISO}} [[name:Harriet Pemberton]] at [[organisation:Coldharbour Airfield]]. A visiting
        pilot in [[aircraft_registration:G-CDTK]] rang for {{PPR}} for [[date:22 June]] planning to route
        straight through the {{Red Arrows}} display restriction. [[name:Harriet]] asked if he had seen the
        {{NOTAM}} and the {{RA(T)}}; he had not. He replanned to the west and arrived on time. Reported
        so other airfields can add the question to their PPR script.
    """)),
    ("aviation", "success", prose("""
        Appreciative inquiry - the snow day of [[date:28 November 2024]]. With snow falling all morning we
        still got 23 departures away. What made it work: the de-icing team from
        [[organisation:Northfrost De-icing]], led by [[name:Mariusz]], worked out holdover times on a
        whiteboard for every crew; the {{Duty Manager}}, [[name:Claire Hollis]], stopped the stand
        reallocations; and dispatcher [[name:Tariq]] kept one channel open for crews only. {{Type II}}
        fluid stock was counted hourly. [[name:Mariusz Lewandowski]] wants the whiteboard made permanent.
    """)),
    ("aviation", "near_miss", prose("""
        Just culture example for the newsletter. {{FO}} [[name:Ben Adebayo]], rostered on
        [[flight_number:KW 341]] after three late finishes, called in {{fatigued}} at 05:10. Crewing
        ([[name:Lucy]]) found a standby within 30 minutes and nobody questioned him. [[name:Ben]] later said
        he had nearly "pushed through". The {{FRMS}} review found the roster had a pattern problem, now
        fixed. Reporting fatigue is a good catch too.
    """)),
    ("aviation", "incident", prose("""
        Laser attack on approach to runway 09, [[flight_number:ZB 833]], [[date:12/01/2025]] at 19:52. Green
        laser from the north-east. {{The captain}} looked away and handed control to the {{First Officer}},
        [[name:Ewan Strachan]], who landed normally. Police tracked a car, [[vehicle_registration:BF63 XLW]],
        from the area and a man was arrested; crime ref [[case_reference:CR/2024/118833]]. Capt
        [[name:Harjit Bains]] wants the credit to go to the Approach controller, [[name:Olu]], who passed the
        report to police within a minute.
    """)),
    ("aviation", "success", block("""
        [19:40] [[name:Lou]]: massive thanks to [[name:kieran]] today, spotted the hydraulic weep on [[aircraft_registration:G-OBCE]] before the first rotation
        [19:41] [[name:Kieran Doyle]]: only cos i had my torch out lol
        [19:41] [[name:Lou]]: stop it, saved us a night stuck in {{Inverness}}
        [19:42] [[name:Sanjay P]]: seal replaced, tech log [[case_reference:TL 00482]] closed. nice one [[name:KD]]
        [19:43] [[name:Kieran Doyle]]: cheers all, {{AOG}} avoided is my fav kind
    """)),
    ("aviation", "success", prose("""
        Thank you from the crew of [[organisation:Three Counties Air Ambulance]]. On [[date:2 August 2024]]
        a boy aged [[age:6]] fell from a climbing frame and we landed {{EC135}}
        [[aircraft_registration:G-HAAX]] on the pitch at [[organisation:Ashbury Rugby Club]]. Club
        volunteers led by [[name:Gethin Rowlands]] had already cleared the pitch and parked cars with
        headlights on. Critical care paramedic [[name:Nkechi]] and pilot [[name:Andy Strachan]] want to
        thank them. The boy is home and well. {{Golden hour}} really matters.
    """)),
]


def main() -> None:
    records = build_records("blind66", REPORTS)
    write_records(OUT, records)


if __name__ == "__main__":
    main()
