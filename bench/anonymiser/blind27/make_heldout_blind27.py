"""Blind held-out corpus 27: East Midlands and Lincolnshire incident and learning reports.

Setting: Leicester, Nottingham, Derby, Lincoln, Boston and Mansfield, plus cargo, ground handling and
flight training at East Midlands Airport. Mixed domains (social care 20, health 20, aviation 10) with
many South Asian (Gujarati, Punjabi), Eastern European (Polish, Lithuanian, Latvian, Romanian,
Bulgarian) and Portuguese names.

Voice: strategy meeting and child protection conference minutes with attendee lists, MARAC notes,
genogram-style family descriptions, GP significant event analyses, pharmacy dispensing error logs,
agency workers' statements, accounts taken via interpreter, e-mails, chronologies, and cargo and
ground-ops occurrence reports.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from markup import block as d  # noqa: E402
from markup import build_records, write_records  # noqa: E402
from markup import flow as p  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "corpus" / "heldout_blind27.jsonl"


REPORTS = [
    # ------------------------------------------------------------------ social care
    ("social_care", "incident", d("""
        STRATEGY MEETING (s47) - MINUTES
        Date: [[date:Tues 14/05/2024]]   Venue: Teams
        Chair: [[name:Hema Mistry]], {{Team Manager}}, [[organisation:Belgrave Locality Team]]
        Present: [[name:Hema Mistry]] (chair); [[name:Rajesh Parmar]] ({{duty social worker}});
        DC [[name:Lorna Beattie]], CAIU; [[name:Ayesha Lakhani]] (school nurse,
        [[organisation:Uplands Junior School]]); minutes [[name:kerry]]
        Apologies: GP ([[organisation:Melton Road Surgery]])
        Child: [[name:Dev Chauhan]] DOB [[date_of_birth:03.09.2015]], LCS ref [[case_reference:LCS-448213]]
        Home: [[address:27 Loughborough Road]], Leicester [[postcode:LE4 5LJ]]
        Summary: [[name:Dev]] (aged [[age:8]]) told Ms [[name:Lakhani]] on [[date:13th May]] that dad hit him with a
        belt. Marks seen on upper arm. Referral sat in the {{MASH}} queue 26 hrs because it was logged under his
        sister's ref [[case_reference:LCS-448290]]. Older sister [[name:Kavya]] ([[age:12]]) seen at school same day.
        Decision: s47 threshold met. Joint visit today by [[name:Rajesh]] and DC [[name:Beattie]]; mum ([[name:Nisha]])
        to be seen on her own with a Gujarati interpreter, not via family.
        """)),
    ("social_care", "success", p("""
        Initial Child Protection Conference held [[date:2 October 2024]] at [[organisation:Bulwell Children's Centre]].
        Chair [[name:Gillian Roe]] ({{IRO}}). Attendees: [[name:Agnieszka Wójcik]] (mother), [[name:Tomasz Wójcik]]
        (father), Polish interpreter [[name:Marta Zielińska]], allocated SW [[name:Sarah-Jane Oduya]], HV
        [[name:Bev Tuckwood]], Mr [[name:Hussain]] (DSL, [[organisation:Springfield Primary]]). Children
        [[name:Zuzia]] ([[age:6]]) and [[name:Kuba]] ([[age:2]]). Parents' views were given through the
        interpreter and read back line by line; {{mum}} said afterwards it was the first time she understood what
        a {{child protection plan}} actually meant. Good practice noted: the chair paused twice so [[name:Marta]]
        could interpret in full rather than summarise, agency reports were shared 3 working days before, and a
        translated summary of the plan was handed to both parents. Category: neglect. First core group
        [[date:16/10/24]]. Ref [[case_reference:CP/24/01187]].
        """)),
    ("social_care", "near_miss", d("""
        MARAC case note      Ref: [[case_reference:DBY-MARAC-0923]]     Meeting: [[date:Thurs 21st March]]
        Victim: [[name:Manpreet Kaur Sandhu]] ([[age:34]]) DOB [[date_of_birth:19/11/1989]]
        Perpetrator: [[name:Harjit Sandhu]] (husband)
        Children: [[name:Simran]] [[age:9]], [[name:Arjun]] [[age:5]]
        School: [[organisation:Pear Tree Community Junior School]]
        Referrer: [[name:Claire Whitworth]], {{IDVA}}, [[organisation:Derwent Women's Refuge]]
        Risk: DASH 17/24, non-fatal strangulation reported [[date:09/03]].
        Near miss: police referral still had the old address ([[address:112 Normanton Road]]). [[name:MK]] moved to
        [[address:Flat 2, 6 Harrington Street]], [[postcode:DE23 8PE]] on [[date:1 March]]. {{Sanctuary scheme}} fitter
        was booked to the OLD address - where [[name:Harjit]] still lives. Picked up by [[name:Claire]] on a
        check-in call the day before.
        Actions: PC [[name:Gurpreet Bains]] (collar [[case_reference:4417]]) to put a marker on the new address;
        IDVA to confirm addresses verbally with victim before any referral goes out.
        """)),
    ("social_care", "success", p("""
        Family composition (genogram summary). Subject child [[name:Emilija Kazlauskaitė]], DOB
        [[date_of_birth:27/06/2019]], lives with mum [[name:Rasa Kazlauskienė]] ([[age:31]]) and mum's partner
        [[name:Dainius Petrauskas]] at [[address:44 Fydell Street]], Boston [[postcode:PE21 8LE]]. Birth father
        [[name:Jonas Kazlauskas]] is in Klaipėda, no contact since 2021. {{maternal grandmother}} [[name:Birutė]]
        came over from Lithuania last winter and lives with them; she does the school run and most of the
        childcare while [[name:Rasa]] works early shifts. Half-brother [[name:Lukas]] ([[age:14]]) lives with his
        dad in Peterborough. {{maternal aunt}} [[name:Inga Vaitkutė]] works nights at
        [[organisation:Fenland Fresh Produce]] and is the family's main support in a crisis. Paternal grandparents
        not known. What worked: the genogram was drawn with [[name:Rasa]] using a Lithuanian interpreter and it
        was only when we asked "who takes her to school?" that [[name:Birutė]] came into view as a key adult.
        Worker: [[name:Olu Adebayo]], [[organisation:Boston Early Help Team]].
        """)),
    ("social_care", "incident", d("""
        Statement of: [[name:Ioana Munteanu]]   Role: agency care assistant
        Agency: [[organisation:Premier Staffing Solutions]]
        Shift: nights [[date:17-18 Feb 2024]]   Location: [[organisation:Oakwood Lodge Care Home]], Mansfield

        I am writing about resident Mr [[name:Dennis Holloway]] in room 12. At approx 02:40 I heard a bang and found
        [[name:Dennis]] on the floor next to his bed. The {{sensor mat}} was not plugged in. I did not move him and
        called the senior [[name:Shaz]] who came straight away. I did not know the falls protocol for this home
        because it was my first shift here and nobody gave me a induction, I only had the handover sheet.
        [[name:Shaz]] did obs and rang 111, ambulance came at 05:10 and took him to [[organisation:King's Mill]].
        His daughter [[name:Lynne]] was phoned at 06:00 on [[phone:07700 900418]]. He had a {{hip fracture}}.
        Signed [[name:I. Munteanu]]    Agency no [[case_reference:PSS-20931]]
        """)),
    ("social_care", "incident", p("""
        Account of [[name:Florina Dumitrescu]] taken via interpreter (Romanian, telephone, interpreter
        [[name:Cristian]], booking ID [[case_reference:INT-55821]]) on [[date:08/07/2024]]. Present:
        {{social worker}} [[name:Bethany Cole]]. [[name:Florina]] said that on Saturday night her partner
        [[name:Marius]] came home drunk and threw a chair, which hit the cot where baby [[name:Sofia]]
        ([[age:7]] months) was sleeping. She did not call police because [[name:Marius]] told her she would be
        sent back and the children taken. Interpreter note: the word she used was translated as "the
        authorities" and could mean police or social services. Her son [[name:Andrei]] ([[age:10]]) attends
        [[organisation:St Giles Academy]] and told his teacher on Monday. Family live at [[address:9 Monks Road]],
        Lincoln [[postcode:LN2 5HT]]. Learning: on the first visit on [[date:5 July]] [[name:Andrei]] was used to
        interpret for his mum. That should not have happened - {{Working Together}} and our own procedure are
        clear that children are never used as interpreters in safeguarding conversations.
        """)),
    ("social_care", "near_miss", d("""
        From: [[name:Priya Vaghela]] <[[email:priya.vaghela@leicester-cs.example.org]]>
        To: [[name:Tom Greatorex]]
        Sent: [[date:Wed 6 Nov 2024]] 16:52
        Subject: RE: letter nearly sent to wrong address - [[case_reference:LCS-512077]]

        [[name:Tom]],
        Flagging a near miss from this afternoon. The {{LAC review}} invite for [[name:Kiran]] was printed with mums
        old address (the refuge) instead of nan's address on [[address:Harrison Road]].
        [[name:Jas]] in admin spotted it before it went in the post because the envelope had
        [[postcode:LE4 6QN]] on it and she knew that was wrong.
        If it had gone it would have disclosed the refuge location to dad, who has a {{non-molestation order}}.
        Can we get the template changed so it pulls "current address" not "last known"?
        Thanks, [[name:Priya]]

        [[name:Priya Vaghela]] | Senior Practitioner
        [[organisation:Children in Care Team West]] | [[phone:0116 454 2217]]
        """)),
    ("social_care", "success", p("""
        Placement stability meeting [[date:19.01.24]]. [[name:Jaydon]] ([[age:13]]) has now been with foster
        carers [[name:Faith]] and [[name:Winston Clarke]] for 14 months, his longest placement since he came into
        care aged [[age:7]]. What worked: supervising social worker [[name:Amrit Dhaliwal]] set up
        {{life story work}} with [[name:Jaydon]]'s {{paternal grandmother}} [[name:Joy Mensah]], who he had lost
        touch with. [[name:faith]] said he "went quiet for a week and then started talking about his dad".
        School ([[organisation:Littleover Community School]]) report attendance up from 61% to 94%. The
        {{Virtual School}} funded tutoring through his PEP and [[name:Winston]] takes him to boxing every
        Tuesday. Carers asked for respite to stay with the same family ([[name:Mensah]]) rather than a stranger -
        agreed. CIC ref [[case_reference:DCC/CIC/20871]].
        """)),
    ("social_care", "incident", d("""
        Incident ref: [[case_reference:DC-2024-0716]]        Date: [[date:Sat 13 July]]
        Service user: Sr. [[name:António Ferreira]], [[address:3 Rufford Avenue, Forest Town]], [[postcode:NG19 0HD]]
        Provider: [[organisation:Sherwood Homecare Ltd]]
        07:30  Morning call due (double-up, {{hoist}}). Carer [[name:Dawn]] on site,
               2nd carer [[name:Leszek]] not rota'd.
        07:55  [[name:Dawn]] rang office; coordinator [[name:Bex]] said she would send someone asap.
        08:40  Nobody available. [[name:Dawn]] left for next call. Mr [[name:Ferreira]] left in bed, pad not changed.
        13:10  Lunch call by [[name:Leszek Nowak]] and [[name:Dawn]] - sacrum red, non-blanching.
        13:30  {{district nurse}} contacted; grade 2 pressure ulcer confirmed next morning.
        16:00  Daughter [[name:Fátima]] (speaks for her dad, he has limited English) informed - 8 hrs after.
        Learning: no escalation route at weekends when a double-up cannot be staffed.
        """)),
    ("social_care", "near_miss", p("""
        {{MASH}} contact rec'd [[date:11/04/24]] 09:14 from nursery ([[organisation:Little Acorns Sneinton]]) re
        [[name:tyler-jay brooks]] age [[age:3]], bruise L cheek, mum [[name:shannon]] said he fell off sofa.
        nursery mgr [[name:ruth]] rang again 12:30 as nobody had called back. contact had been screened NFA
        "plausible explanation" by [[name:GH]] without checking history. on review sibling [[name:Kaci]] was
        on a CP plan in Derby until 2022 and mum has had 3 previous bruising contacts. redirected to
        {{strategy discussion}} same day, {{child protection medical}} at [[organisation:QMC]] 15:00. no injuries
        of concern found at medical but near miss as history not checked before NFA. ref
        [[case_reference:MASH-24-07713]].
        """)),
    ("social_care", "success", p("""
        Supervision record. Supervisee: [[name:Chloe Atkinson]] (SW). Supervisor: [[name:Mick Baxendale]]. Date
        [[date:26.09.2024]]. Case discussed: [[name:Ozols]] family, [[address:Fishtoft Road]], Boston.
        [[name:Chloe]] has built a good relationship with dad [[name:Jānis Ozols]], who works shifts at a packhouse;
        she moved visits to 7pm so he could be there and booked a Latvian interpreter rather than relying on
        eldest daughter [[name:Laura]] ([[age:15]]). It came out that [[name:Laura]] had been missing school to
        translate at hospital appointments for mum [[name:Ilze]], who has {{multiple sclerosis}}. [[name:Laura]]
        now identified as a {{young carer}} and referred to [[organisation:Boston Young Carers Project]]; school
        ([[organisation:Haven High Academy]]) have agreed a plan. Good practice to share at team meeting.
        """)),
    ("social_care", "success", p("""
        Section 42 enquiry outcome, ref [[case_reference:ASC-42-3391]]. Adult: Mrs [[name:Kantaben Solanki]],
        [[age:82]], {{vascular dementia}}, lives at [[address:15 Gipsy Lane]], Leicester [[postcode:LE4 9BR]].
        Concern raised by her bank that £14,000 was withdrawn in six weeks. Enquiry led by [[name:Nilesh Joshi]]
        ({{social worker}}) with Gujarati-speaking advocate [[name:Hansa]] from
        [[organisation:Belgrave Neighbourhood Advocacy]]. Mrs [[name:Solanki]] told [[name:Hansa]], in Gujarati and
        with no family present, that her grandson [[name:Vikesh]] "looks after the money". [[name:Vikesh]] admitted
        the LPA had never been registered. Outcome: {{Court of Protection}} deputyship application, part of the
        money repaid, and [[name:Kantaben]]'s wish to keep seeing her grandson respected with a plan in place.
        Good practice: speaking to her in her first language, on her own, in her own home.
        """)),
    ("social_care", "incident", d("""
        MISSING EPISODE - [[organisation:Hillcrest House]] (children's home)
        YP: [[name:Kieran Doughty]] aka "[[name:Kez]]"   DOB [[date_of_birth:2008-02-14]]
        Reported missing [[date:22/08/2024]] 21:35 to police, ref [[case_reference:LP-20240822-1187]]
        Last seen getting into silver Astra [[vehicle_registration:FY19 KHD]]
        outside the home on [[address:Burton Road]].
        Staff on: [[name:Marcus]] (RCW), [[name:Ellie-Mae]] (RCW), [[name:Pete]] (shift lead)
        Returned 03:10 [[date:23/08/2024]] by taxi. Smelt of cannabis, new phone, would not say where he'd been.
        {{Return home interview}} offered by independent worker [[name:Sam]] - [[name:Kez]] refused.
        Concern: 4th missing episode this month, same car seen before. {{CCE}} screening tool done.
        Learning: the car reg was written in the log on [[date:2 Aug]] but not passed to police until tonight.
        """)),
    ("social_care", "success", p("""
        Pathway plan review [[date:3rd December 2024]]. [[name:Georgi Ivanov]] ([[age:19]]) came into care at 16
        under s20 after his uncle's placement broke down. {{Personal adviser}} [[name:Samina Akhtar]] helped him get
        his National Insurance number ([[ni_number:SH 52 81 09 C]]), his {{EU Settlement Scheme}} status and an
        apprenticeship as a mechanic with [[organisation:Trent Valley Motors]]. He lives in supported lodgings
        with host [[name:Margaret]] at [[address:81 Sneinton Dale]], Nottingham [[postcode:NG3 7DN]].
        [[name:Georgi]] in his own words: "[[name:Samina]] didn't give up when I stopped answering." What worked:
        texts in Bulgarian via translation app when he went quiet, and meeting at the garage instead of the
        office. Next review [[date:03/06/2025]]. LA ref [[case_reference:NCC-LC-0442]].
        """)),
    ("social_care", "incident", d("""
        Chronology extract - [[name:Hope]] and [[name:Bailey Marsden]]
        [[date:04/01/24]]  HV [[name:Lisa]] visit: house cold, no gas credit. Mum [[name:Stacey]] says payday Friday.
        [[date:19/01/24]]  [[name:Hope]] ([[age:4]]) not brought to {{dental extraction}}
                   at [[organisation:King's Mill Hospital]].
        [[date:02/02/24]]  School ([[organisation:Abbey Primary]]): [[name:Bailey]] ([[age:7]])
                   11 sessions absent, headlice.
        [[date:06/02/24]]  Early Help closed - "family not engaging".
        [[date:27/02/24]]  [[name:Hope]] found by neighbour on [[address:Carter Lane]] in pyjamas at 07:00, mum asleep.
        Analysis: each agency held one piece. Nobody used the {{Graded Care Profile 2}} and closure was not
        discussed with the HV or school. [[name:Marsden]] children now subject to s47.
        """)),
    ("social_care", "success", p("""
        Core group minutes [[date:12 June]], [[name:Gill]] family. Present: [[name:Amber Gill]] (mum),
        [[name:Sukhdev Gill]] (dad), [[name:Joy Ankrah]] (SW), [[name:Navjot]] (Punjabi-speaking family support
        worker), HV [[name:Rose McAllister]], Mr [[name:Grewal]] (DSL, [[organisation:Dale Community Primary]]).
        Plan reviewed item by item. Home conditions rated amber - improved but not yet sustained. School
        attendance rose to 96%. Dad has finished the {{Caring Dads}} programme and talked openly about the
        shouting. [[name:Joy]] noted that having [[name:Navjot]] explain the plan in Punjabi was what got
        [[name:Sukhdev]] engaged, after months of him leaving the room. [[name:Amber]] asked for the next
        {{core group}} to be after 3pm so she can collect the baby first. Recommendation to review conference:
        step down to CIN.
        """)),
    ("social_care", "near_miss", p("""
        Private fostering - late notification. [[name:Beatriz]] ([[age:14]]) has been living with her "aunt"
        [[name:Cláudia Santos]] at [[address:Flat 6, Trinity Court, Spilsby Road]], Boston since
        [[date:20/05/2024]]. School EAL coordinator Mrs [[name:Pereira]] only realised in September when
        [[name:Beatriz]]'s mum [[name:Joana Alves]] rang from Portugal. [[name:Cláudia]] is a family friend, not a
        relative, so this is {{private fostering}} and should have been notified. Nobody at school knew the duty
        to notify. Visit completed within 7 days by [[name:Dan Fielding]]; DBS checks started for
        [[name:Cláudia]] and her partner [[name:Rui]]. Near miss because four months passed with no safeguarding
        check at all. Ref [[case_reference:LCC-PF-0098]].
        """)),
    ("social_care", "near_miss", p("""
        {{DoLS}} near miss at [[organisation:Clifton Grange Nursing Home]]. Standard authorisation for Mr
        [[name:Rajinder Singh Bhogal]] (DOB [[date_of_birth:07/04/1941]], NHS [[nhs_number:744 311 4850]])
        expired [[date:30 Sept]]. The home's tracker listed him as "[[name:R Bhogal]] - Rm 4"; another resident,
        [[name:Rita Bhogal]] (no relation) is in Rm 14, and the renewal request went in for her instead. Spotted
        by {{BIA}} [[name:Shirin Haq]] when she went to assess [[name:Rita]] and found she had capacity and was
        not under continuous supervision. [[name:Rajinder]] was without authorisation for nine days; urgent
        authorisation granted [[date:09/10/2024]]. Learning: use NHS number, not initials, on the tracker.
        """)),
    ("social_care", "incident", d("""
        Information governance incident   No: [[case_reference:IG-2024-1192]]
        Reported by: [[name:Leanne Stubbs]] (business support)   Date of incident: [[date:Monday 15th April]]
        What happened: the {{child in need plan}} for [[name:Harpreet Kaur]] ([[age:11]]) was emailed to
        [[email:harpreet.kaur88@example.com]] - a different, adult [[name:Harpreet Kaur]] on the contacts list.
        Correct recipient was mum [[name:Balvinder]] ([[email:balvinder.k@example.net]]). Autofill picked the first
        "[[name:Harpreet Kaur]]" match. The plan included the school ([[organisation:Rushey Mead Academy]]), the
        home address ([[address:58 Marfitt Street]]) and detail of dad's convictions.
        Action: recipient confirmed deletion in writing; {{DPO}} informed; family told same day by
        [[name:Neelam]] (SW). Autofill switched off for external addresses.
        """)),
    ("social_care", "success", p("""
        Good practice - complex discharge. Mr [[name:Stanley Brackenbury]], [[age:88]], was medically fit on
        ward 6 at [[organisation:Lincoln County Hospital]] but staff were talking about a nursing home. Hospital
        social worker [[name:Aaliyah Hussain]] held a {{best interests meeting}} with him, his niece
        [[name:Sandra]] and occupational therapist [[name:Bill Ngata]]. [[name:Stanley]] was clear he wanted to go
        back to [[address:Rose Cottage, Main Street, Nettleham]]. [[name:Bill]] did an access visit, a key safe
        and perching stool were fitted, and {{reablement}} came from [[organisation:Lincs Reablement West]]. He
        went home on [[date:Friday 8th]] with four calls a day and six weeks on he is still at home, now down to
        two calls. Hospital no [[case_reference:L0457781]].
        """)),
    # ------------------------------------------------------------------ health
    ("health", "incident", d("""
        SIGNIFICANT EVENT ANALYSIS
        Practice: [[organisation:Highfields Medical Centre]], Leicester
        SEA ref: [[case_reference:SEA-24-07]]    Meeting: [[date:18/06/2024]]
        Attendees: Dr [[name:Farhan Qureshi]] (GP partner), Dr [[name:Ellen Robb]] ({{FY2}}), [[name:Mo]] (PM),
        [[name:Shilpa]] (ANP), [[name:Karolina]] (reception lead)
        What happened: Mrs [[name:Jyoti Lad]], [[age:58]], NHS [[nhs_number:456 233 7192]], seen [[date:2 Feb]] with
        post-menopausal bleeding. {{2WW}} referral drafted but never sent - it sat in "drafts" on e-RS.
        Found [[date:14 May]] when she rang to chase. Seen in clinic [[date:21/05]], biopsy awaited.
        Why: FY2 didn't know referrals need "submit" as well as "save"; no safety-netting code added.
        Actions: weekly 2WW reconciliation by [[name:Karolina]]; safety-net template;
        Dr [[name:Qureshi]] to add e-RS to trainee induction.
        """)),
    ("health", "near_miss", d("""
        DISPENSING INCIDENT LOG - [[organisation:Carlton Hill Pharmacy]]
        No: [[case_reference:DI-0412]]    Date/time: [[date:03/03/2025]] 11:20
        Patient: [[name:Zbigniew Kowalczyk]]   DOB [[date_of_birth:11/08/1957]]
        Prescribed: {{methotrexate}} 2.5mg tabs, 8 tabs ONCE WEEKLY
        Picked: methotrexate 10mg tabs
        Picked by: [[name:AB]] (dispenser)   Checked by: [[name:Ravinder Johal]] (pharmacist)
        Found at: final accuracy check - not handed out
        Contributing: 2.5mg and 10mg next to each other on shelf, similar packs; busy Monday, no second dispenser
        Action: 10mg moved to separate shelf w/ HIGH RISK label; discussed at huddle with [[name:Ola]] and [[name:Nat]]
        Pt informed: not required. Son [[name:Piotr]] asked to confirm which day he takes {{folic acid}}.
        """)),
    ("health", "incident", p("""
        Reporting pharmacist: [[name:Deepa Chandarana]], GPhC [[case_reference:2071456]]. On [[date:Thurs 9 Jan]]
        Mrs [[name:Elena Popescu]] ([[age:63]]) was given {{levothyroxine}} 100 micrograms instead of 25
        micrograms. Label printed correctly, wrong stock picked, and the final check was done by the same person
        because I was working alone at [[organisation:Normanton Road Pharmacy]] that afternoon. She took it for
        eleven days and attended ED at [[organisation:Royal Derby Hospital]] on [[date:20/01]] with palpitations and
        new AF. Her daughter [[name:Alina]] noticed the box looked different and brought it in. Apology given
        under {{Duty of Candour}}; reported to LFPSE. Hospital no [[case_reference:RDH 7731902]]. Learning: no
        self-checking when lone working - hold the item for a second check or use the barcode scanner.
        """)),
    ("health", "success", p("""
        Positive SEA, [[organisation:Bulwell Riverside Practice]], [[date:4.11.24]]. [[name:Jakub Lewandowski]]
        ([[age:41]]) rang for an appointment. Receptionist [[name:Kerry-Ann Fox]] noticed he sounded breathless
        and muddled and, instead of letting his [[age:12]]yo daughter [[name:Ola]] translate, put him through to a
        {{telephone interpreter}}. ANP [[name:Marek Zając]], who speaks Polish, triaged him: NEWS2 7, suspected
        {{sepsis}}, 999 called from the surgery. Admitted to [[organisation:Nottingham City Hospital]] with
        pyelonephritis, home on day 5. What went well: the red-flag prompt card on reception, not using a child
        to interpret, and [[name:Marek]] taking the call himself. [[name:Kerry-Ann]] thanked at practice meeting.
        """)),
    ("health", "success", d("""
        Community midwife note - [[date:14/08/2024]] - home visit
        Woman: [[name:Kristīne Bērziņa]]  G2P1  34+2/40   NHS no [[nhs_number:196 607 5073]]
        Address: [[address:22 Tattershall Road]], Boston [[postcode:PE21 9LR]]
        Via interpreter (Latvian, face to face, [[name:Edgars]]). Partner [[name:Mārtiņš]] at work.
        Asked {{routine enquiry}} re DA - nothing disclosed. [[name:Kristīne]] said she has felt low since her first
        baby and "cannot sleep even when the baby sleeps". {{PHQ-9}} (Latvian version) 14.
        Plan: referred to [[organisation:Lincs Perinatal Mental Health Team]] same day, GP informed.
        Good practice: first time she had been seen without partner present - at previous appts at
        [[organisation:Pilgrim Hospital]] [[name:Mārtiņš]] had interpreted for her.
        [[name:Hollie Dunmore]] RM
        """)),
    ("health", "incident", p("""
        Incident - Crisis Resolution and Home Treatment, Mansfield. [[name:Jordan Pickering]] ([[age:27]]), RiO
        [[case_reference:RIO1184420]], known {{bipolar affective disorder}}, discharged from
        [[organisation:Millbrook Mental Health Unit]] on [[date:Friday 21st June]] with 7 days of {{lithium}}. The
        72-hour follow-up visit on Saturday went to his mum's address ([[address:6 Ladybrook Lane]],
        [[postcode:NG18 5JL]]) on RiO, but [[name:Jordan]] was staying at his girlfriend [[name:Summer]]'s flat.
        Visit logged as "attempted", not escalated. [[name:Summer]] rang 111 on Monday: vomiting, tremor,
        confusion. Found at [[address:Flat 11, Portland Court]] and admitted to [[organisation:King's Mill]] with
        lithium toxicity. Learning: confirm where the person will actually be staying at discharge and treat a
        failed 72-hour contact as a missing-contact escalation. Care coordinator [[name:Nkechi Obi]].
        """)),
    ("health", "incident", p("""
        SBAR - fall with harm, [[organisation:Queen's Medical Centre]], ward B3. S: Mrs
        [[name:Gwendoline Ashby]], [[age:91]], bay 3 bed 2, unwitnessed fall 03:15 on [[date:07/12/24]], ?#NOF.
        B: admitted with UTI and {{delirium}}, high falls risk. Bay nurse [[name:Ana Sousa]] (agency, first shift
        on the ward) was on break and HCA [[name:Tendai]] was covering two bays. Bed rails assessment not done,
        {{falls sensor}} not in use. A: L leg shortened and externally rotated, pain 8/10, X-ray confirmed #NOF.
        R: FY1 Dr [[name:Wilkes]] reviewed, ortho referral, analgesia; son [[name:Gareth]] informed 05:00 on
        [[phone:07700 900562]]. Datix [[case_reference:W127734]] submitted by Sister [[name:Lou Hardy]].
        Hosp no [[case_reference:J1029384]].
        """)),
    ("health", "near_miss", p("""
        Near miss - insulin. District nurse [[name:Gurdeep]] visited Mr [[name:Baldev Singh Rai]], [[age:76]], at
        [[address:31 Stanton Road]], Derby on [[date:28th Feb]]. Chart in the house said {{Humulin I}} 24 units at
        night but the pen in the fridge was {{NovoRapid}}. His wife [[name:Jasbir]] had collected from the
        pharmacy and put it in the usual place. [[name:Gurdeep]] rang [[organisation:Pear Tree Pharmacy]]
        ([[phone:01332 760 418]]): wrong item dispensed, label said Humulin. Pen swapped before any dose given;
        BM 9.2. Datix [[case_reference:DCHS-55391]]. Learning: nurses to check pen against chart at every visit,
        not just at start of episode; [[name:Jasbir]] shown the pen colours with a Punjabi leaflet.
        """)),
    ("health", "success", p("""
        Safeguarding good practice, ED, [[organisation:Leicester Royal Infirmary]], night of [[date:02/09/2024]].
        [[name:Constantin Stoica]] ([[age:24]]) came in with a hand laceration from a factory machine, with a
        "supervisor" [[name:Vasile]] who answered every question for him. Staff nurse [[name:Grace Appiah]] asked
        [[name:Vasile]] to wait outside during X-ray and spoke to [[name:Constantin]] through a Romanian telephone
        interpreter. He said the landlord keeps his passport, he sleeps in a house on [[address:Hartington Road]]
        with eleven others and is paid £40 a week. [[name:Grace]] used the {{modern slavery}} prompt, called the
        {{Trust safeguarding team}} and police; {{NRM}} referral made by PC [[name:Dobson]]. Police ref
        [[case_reference:LP/0219/24]]. [[name:Constantin]] accepted a safe house place that night.
        """)),
    ("health", "incident", p("""
        Immunisation error, [[organisation:Daybrook Surgery]]. [[name:Viktoria Dimitrova]] ([[age:3]]y 4m) attended
        [[date:16/10/2024]] for her {{pre-school booster}} and MMR2. {{practice nurse}} [[name:Ivy Chamberlain]]
        gave MMR2, but the 4-in-1 booster was not given because the record showed a "completed" code imported
        from the Bulgarian records mum ([[name:Desislava]]) had brought in. The imported entry was for a
        different vaccine. No harm; [[name:Viktoria]] recalled [[date:23 Oct]] and booster given. Learning:
        overseas immunisation histories must be reconciled against the UK schedule by a clinician, not coded
        straight from the document by admin. NHS [[nhs_number:429 593 8211]]. SEA led by Dr [[name:Okonkwo]].
        """)),
    ("health", "near_miss", d("""
        From: [[name:Sunita Bhatt]]
        Sent: [[date:20 March 2025]] 09:12
        To: All clinical staff, [[organisation:Forest Town Medical Practice]]
        Subject: Near miss - hospital letter filed to wrong patient

        Morning all,
        Yesterday [[name:Angela]] in {{docman}} found a discharge letter for
        [[name:Mark Evans]] (DOB [[date_of_birth:02/02/1966]]) filed to the record of
        [[name:Mark Evans]] (DOB [[date_of_birth:20/02/1966]]). Both on our list, both on {{warfarin}}.
        The letter stopped warfarin after a {{GI bleed}}. Dr [[name:Lim]] was about to action it
        for the wrong [[name:Mark]].
        Please ALWAYS match on NHS number ([[nhs_number:802 072 5997]] was the right one), not name + DOB.
        Thanks, [[name:Sunita]]
        Practice Manager | [[phone:01623 428 910]]
        """)),
    ("health", "success", p("""
        OOH handover - end of life care. [[name:Shantilal Pandya]], [[age:79]], end-stage {{COPD}}, at home at
        [[address:9 Ulverscroft Road]], Leicester [[postcode:LE4 6BY]]. Family (wife [[name:Pushpa]], son
        [[name:Hitesh]] [[phone:07700 900731]]) want him to die at home; {{ReSPECT form}} in the house. Overnight
        [[date:Sun 12th]] breathless and agitated; OOH GP Dr [[name:Caroline Swift]] visited 01:30 and gave
        {{midazolam}} from the just-in-case box. She used [[name:Hitesh]] to explain in Gujarati but also checked
        [[name:Pushpa]] understood by asking her to say back the plan. [[name:Shantilal]] died peacefully at 06:10
        with family present. Good practice: anticipatory meds in place, clear ReSPECT, and day GP at
        [[organisation:Rushey Mead Health Centre]] flagged him to OOH on the Friday. Ref
        [[case_reference:OOH-771204]].
        """)),
    ("health", "incident", d("""
        CD discrepancy - [[organisation:Royal Derby Hospital]], ward 21 (surgical)
        Found: [[date:29/11/2024]] 22:00 check
        Drug: {{Oramorph}} 10mg/5ml. Book balance 199ml, measured 196ml
        Check by: RN [[name:Precious Moyo]] and RN [[name:Liam O'Driscoll]]
        Last correct check: 14:00 by [[name:Patience]] and [[name:Kamal]]
        Doses given since: 3 x 5ml to bed 6 (Mr [[name:T Farrow]]), all signed and witnessed
        Escalated to bleep holder and {{ward pharmacist}} ([[name:Agnieszka]]) who attended next morning
        Outcome: 3ml shortfall likely measuring loss (cylinder rather than oral syringe) but stock balance not
        reconciled at handover for two shifts. Datix [[case_reference:RDH-INC-88120]]
        """)),
    ("health", "success", p("""
        Health visitor note [[date:10/05/24]]. Baby [[name:Gabija]] ([[age:9]] weeks): weight dropped from 50th to
        9th centile. Mum [[name:Aistė]] (via telephone interpreter, Lithuanian) said she was making up formula with
        extra water to make the tin last until dad [[name:Tomas]] gets paid from [[organisation:Kirton Salads]].
        HV [[name:Alison Greaves]] did not assume neglect; she explored money and understanding first, showed safe
        {{formula preparation}}, helped apply for {{Healthy Start}}, gave a foodbank voucher and booked weekly weighs
        at [[organisation:Skirbeck Children's Centre]]. Re-weigh [[date:24/05/24]]: back on the 25th centile.
        [[name:Aistė]] asked for the same interpreter next time. NHS no [[nhs_number:614 775 0526]].
        """)),
    ("health", "near_miss", p("""
        Near miss - wrong patient nearly sent for CT. Two patients called Mr [[name:Singh]] on ward 12,
        [[organisation:Queen's Medical Centre]]: [[name:Gurmit Singh]] in bay 2 and [[name:Gurmail Singh]] in bay
        5, both in their 70s. Porter [[name:Luis]] arrived with a request for "[[name:G. Singh]]". HCA
        [[name:Sky]] checked the wristband against the request - hospital no [[case_reference:J2280415]] vs
        [[case_reference:J2281590]] - and stopped the transfer. [[name:Gurmail]] was not for {{contrast}} because of
        an {{AKI}}. Learning: name-alert sticker on the board and full name plus hospital number at every
        handover and transfer.
        """)),
    ("health", "incident", p("""
        Delayed analgesia in {{sickle cell crisis}}. [[name:Tobi Adeyemi]] ([[age:16]]) attended ED at
        [[organisation:QMC]] on [[date:31st Jan]] with an {{individualised care plan}} on his record. He waited 2h
        40m for first analgesia against a 30 minute standard. Mum [[name:Folake]] said a nurse told them "he
        looks fine". Triage nurse (agency, [[name:J Kowalski]]) did not open the alert because it showed as a
        paperclip icon she didn't recognise. PALS complaint [[case_reference:PALS/24/0318]]. Haem CNS
        [[name:Nadia]] has since met [[name:Tobi]] and [[name:Folake]] and added a pop-up alert; agency induction
        now covers the alert icons.
        """)),
    ("health", "near_miss", d("""
        Near miss - sample labelling
        Where: phlebotomy, [[organisation:Sinfin Health Centre]]
        When: [[date:Wed 24/07/24]] 10:40
        Who: phleb [[name:Kasia]] (bank); patients [[name:Ionela Rusu]] and [[name:Ioana Rusu]]
             (sisters-in-law, back to back)
        What: [[name:Ionela]]'s bloods bagged with [[name:Ioana]]'s form.
        Lab ([[organisation:UHDB Pathology]]) rejected as DOB on tube ([[date_of_birth:05/05/1990]])
        didn't match the form. Both recalled.
        [[name:Ioana]] on {{lithium}} - her level would have gone on the wrong record.
        Learning: label at the chair, one patient at a time, patient to state name and DOB.
        [[name:Kasia]] upset - supported by {{phlebotomy lead}} [[name:Marianne]].
        """)),
    ("health", "incident", p("""
        {{Category 2}} call [[date:14 January 2025]] 18:02: [[name:Arthur Willoughby]], [[age:84]], fall at home,
        [[address:Holly Tree Farm, Fen Road, Holbeach St Johns]], [[postcode:PE12 8SQ]]. Unable to get up; wife
        [[name:Betty]] could not lift him. Welfare call-backs at 19:20 and 21:05 by the {{EMD}}. Crew
        [[name:Nathan]] and [[name:Oksana]] arrived 23:47 (5h 45m). Long lie; CK 12,000 at
        [[organisation:Pilgrim Hospital]], treated for rhabdomyolysis. Same evening 19 crews were held outside
        hospitals with handover delays. [[name:Betty]] said she had been told "someone is on the way" three
        times. Incident ref [[case_reference:EMAS-2025-00417]].
        """)),
    ("health", "success", p("""
        Positive SEA [[date:18-04-2024]]. [[name:Stoyan Petrov]] ([[age:68]]), AF on {{apixaban}}, came in for a New
        Medicine Service consultation at [[organisation:Westgate Pharmacy]], Lincoln, with granddaughter
        [[name:Mila]] interpreting. Pharmacist [[name:Hannah Gibbins]] asked him to bring in everything he takes
        and found a Bulgarian over-the-counter painkiller containing {{ibuprofen}}, taken most days for his knee.
        [[name:Hannah]] contacted GP Dr [[name:Raj Varsani]] ([[phone:01522 511 203]]); NSAID stopped, paracetamol
        and topical gel advised, PPI reviewed. [[name:Raj]] coded it on the record. NHS
        [[nhs_number:427 580 8320]]. Learning: "bring everything in a bag" works.
        """)),
    ("health", "success", p("""
        Good catch. [[organisation:Wyberton Pharmacy]] delivery driver [[name:Frank Doyle]] was dropping off a
        {{blister pack}} to Mrs [[name:Danuta Nowicka]] at [[address:7 Sleaford Road]], Boston [[postcode:PE21 8EG]]
        on [[date:Tues 5 Nov]] and saw last week's pack untouched on the table; she seemed confused. He rang the
        pharmacy; pharmacist [[name:Rupa Shah]] rang the GP and her niece [[name:Ewa]] on [[phone:07700 900846]].
        GP visited same day - {{hyponatraemia}}, admitted. [[name:Frank]] said "she always has the kettle on for
        me, today she didn't know who I was". Recognised at staff awards. PMR ref [[case_reference:WYB-33817]].
        """)),
    # ------------------------------------------------------------------ aviation
    ("aviation", "incident", d("""
        GROUND OCCURRENCE REPORT     Ref: [[case_reference:GOR-EMA-24-1183]]
        Date/time: [[date:12 Sep 2024]] 02:14 local     Location: east cargo apron, stand 62
        Aircraft: {{B767-300F}} [[aircraft_registration:D-AEAQ]]     Flight: [[flight_number:QY4417]]
        Handler: [[organisation:Castle Donington Cargo Services]]
        Reporter: [[name:Dariusz Mazur]], loading supervisor, staff no [[case_reference:CDCS-0871]]
        Event: during offload of position 14R the {{ULD}} contacted the main deck cargo door sill when the
        {{main deck loader}} operator ([[name:Ricky]]) raised the platform before the PDU rollers were clear.
        Damage: 8 cm dent to sill, aircraft AOG 5 hrs pending engineering.
        Contributory: headset lead faulty so hand signals used, signals not agreed at brief; [[name:Ricky]]
        on 4th consecutive night. Action: signal card re-briefed; headset sets checked at start of shift.
        """)),
    ("aviation", "near_miss", p("""
        Near miss on stand 7, [[date:27/06/24]] 06:40. During {{pushback}} of {{A321}}
        [[aircraft_registration:G-EMKT]], flight [[flight_number:LS 1481]], tug driver [[name:Sanjay Mehta]] began
        moving before the {{headset}}
        operator [[name:Kuba]] had confirmed brakes released and a catering truck
        ([[vehicle_registration:YX68 LFN]]) was still crossing behind the tail. Wingwalker [[name:Tiago Rocha]]
        gave the stop signal and the push halted with about 3 m clearance. Reported by [[name:Tiago]] through the
        SMS app; reviewed with duty manager [[name:Will Hartshorn]]. Handling agent
        [[organisation:Trent Aviation Handling]] has reissued the push checklist and [[name:Sanjay]] completed a
        refresher with [[name:Kuba]] the next day.
        """)),
    ("aviation", "incident", p("""
        Student pilot [[name:Harvinder Johal]] on a solo nav exercise in {{PA-28}} [[aircraft_registration:G-BOKY]]
        from [[organisation:Wolds Flight Training]] on [[date:3rd August]] infringed the East Midlands {{CTR}} by
        1.2 nm at 2,300 ft. Radar called him on the listening squawk and he turned out straight away. At debrief
        [[name:Harvinder]] said his moving-map app had not been updated with the latest airspace and he had
        planned on a paper chart that was two editions old. CFI [[name:Ian Threlfall]] reported to the {{CAA}},
        occurrence ref [[case_reference:OR-2024-19982]]. Outcome: airspace infringement awareness course, club
        chart library cleared out, and [[name:Ian]] now checks chart dates at every solo nav brief.
        """)),
    ("aviation", "near_miss", d("""
        DG OCCURRENCE - near miss
        Ref: [[case_reference:DGR-0419]]     Date: [[date:21.02.2025]]
        Shipper: [[organisation:Fosse Way Electronics Ltd]],
                 [[address:Unit 4, Meridian Business Park]], Leicester [[postcode:LE19 1WZ]]
        AWB: [[case_reference:618-43318826]]    Booked on: [[flight_number:QY 1907]]
        Declared "spare parts - general cargo". X-ray at screening by [[name:Lina Dąbrowska]] showed
        {{lithium ion batteries}} (UN3480) with no marks or documents.
        Consignment held. Shipper contact [[name:Gavin]] ([[phone:0116 289 7704]],
        [[email:gavin.d@fossewayelec.example.co.uk]])
        said the packer was new. Shipper suspended pending {{DGR}} training evidence.
        Learning: screening caught it, but acceptance ([[name:Tariq]]) did not query "spare parts" from an
        electronics company. Acceptance checklist updated.
        """)),
    ("aviation", "success", p("""
        Good catch during the {{FOD walk}} on [[date:Sunday 9 March]] at 05:30, west cargo apron. Ramp agent
        [[name:Nikolai Georgiev]] and trainee [[name:Precious]] found a 10 cm bolt and washer on the lead-in line of
        stand 83, where [[aircraft_registration:G-NPTD]] was due on blocks at 06:10 as [[flight_number:NPT602]]. The
        bolt was traced to a {{GPU}} with a missing panel belonging to [[organisation:Kegworth Airside Services]];
        the unit was withdrawn and the rest of their fleet inspected. [[name:Nikolai]] logged it as a positive
        report and he and [[name:Precious]] were thanked by airport ops duty manager
        [[name:Sue Kettleborough]].
        """)),
    ("aviation", "success", p("""
        Positive flying report, [[date:16/10/2024]]. Instructor [[name:Jas Rai]] with student [[name:Oliver Dunn]] in
        {{Cessna 152}} [[aircraft_registration:G-BNSW]] had rough running at 2,500 ft during general handling.
        [[name:Jas]] applied {{carb heat}} with no improvement, declared a PAN and talked [[name:Oliver]] through
        a precautionary approach back to the club's field, which he flew under instruction. Landed safely.
        Engineer [[name:Mick Sowter]] found water in the left tank sample. Fuel bowser records at
        [[organisation:Midlands Flying Academy]] showed the drain check had been skipped for two days. Good crew
        resource management and a student who had practised PFLs well.
        """)),
    ("aviation", "incident", d("""
        OCCURRENCE: LOADSHEET ERROR     [[date:Sat 20 July]]
        Flight [[flight_number:LS1219]]     A/C [[aircraft_registration:G-JZHR]] {{B737-800}}
        03:55  Load control agent [[name:Ewelina Szymańska]] sends final loadsheet: 148 pax, bags 2,145 kg
        04:20  Ramp supervisor [[name:Bogdan Lungu]] has 11 extra bags from late check-in loaded in hold 4
        04:22  No {{LMC}} received - [[name:Bogdan]] says he radioed; [[name:Ewelina]] heard nothing (channel 3 busy)
        04:31  Doors closed, pushback
        05:02  Captain told by ops after bag reconciliation; TOW and trim confirmed within limits
        Outcome: no safety effect. MOR ref [[case_reference:OR-2024-22631]].
        Ground handler [[organisation:Skyway Ramp Services]] to use read-back for all LMCs.
        """)),
    ("aviation", "near_miss", p("""
        De-icing near miss, [[date:14/12/2024]]. During {{Type I fluid}} application to {{ATR 72}}
        [[aircraft_registration:EI-FXN]] (flight [[flight_number:ABR 514]]) the crew started engine 2 while the
        rig boom was still within about half a metre of the propeller arc. Rig operator [[name:Marian Olteanu]]
        had not given "rig clear". Ground crew [[name:Rob]] on the headset shouted stop and the engine was shut
        down. The first officer said they heard "rig clear" on frequency, but it was for
        [[aircraft_registration:EI-FXJ]] on the next pad. Reporter: [[name:Marian]]. De-icing provider
        [[organisation:Donington Deice]] to add the full registration to every clear call.
        """)),
    ("aviation", "success", p("""
        Wildlife report [[case_reference:WL-24-116]], [[date:30/09/24]]. {{bird strike}} on departure runway 27 for
        {{A321F}} [[aircraft_registration:G-POWN]], flight [[flight_number:TAY823]]. Captain [[name:Niamh Keegan]]
        reported a thud at rotation, all indications normal, and elected to return. Wildlife controller
        [[name:Shane Toone]] had the runway inspected within four minutes and found two lapwing carcasses; the
        runway was closed for 12 minutes. Engineering found no damage. Good practice: fast inspection, clear
        comms with ATC and the crew's decision to come back rather than continue to Liège.
        """)),
    ("aviation", "incident", p("""
        Statement of [[name:Mihai Constantinescu]] (agency baggage handler, [[organisation:Flexi Ramp Recruitment]])
        taken via interpreter [[name:Daniela]] (Romanian) on [[date:5 August 2024]]. "I was loading the hold of the
        {{A320}} [[aircraft_registration:G-EZWK]] for [[flight_number:EZY2217]]. The {{belt loader}} moved when I
        was standing on the end and my foot was caught. Nobody told me the brake on this one is bad. The
        supervisor says it to the others at briefing but I do not understand fast English." Injury: crush to
        left foot, fractured 2nd metatarsal, taken to [[organisation:Queen's Medical Centre]]. {{RIDDOR}} reported;
        belt loader tagged out. Supervisor: [[name:Craig Holmes]]. [[name:Mihai]] NI [[ni_number:PX 73 19 48 A]],
        address [[address:14 Bainbridge Road]], Loughborough [[postcode:LE11 2LE]].
        """)),
]


def main() -> None:
    records = build_records("blind27", REPORTS)
    write_records(OUT, records)


if __name__ == "__main__":
    main()
