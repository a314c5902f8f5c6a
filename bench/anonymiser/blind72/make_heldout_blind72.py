"""Held-out blind corpus 72: a regional airline and its airports, seen from the ramp, cabin and desk.

Setting: Merrow Air, a small UK regional carrier (ATR 72, Dash 8-400 and E175 fleet) based at
Kelsford Airport with outstations at Polventon, Jersey, Belfast, Dublin, Aberdeen and Amsterdam.
Safeguarding (unaccompanied minors, trafficking flags, port alerts), medical events on board and
in the terminal, and ramp/flight-deck/engineering reports from crew, handlers and customer service.
Voice: terse operational shorthand (SCCM, No.2, PF/PM, AOG, MEL, UMNR, PRM), crew self-reports,
chat logs, radio transcripts, ASR forms and passenger e-mails; callsigns double as flight numbers.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from markup import block, build_records, write_records  # noqa: E402
from markup import flow as prose  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "corpus" / "heldout_blind72.jsonl"

REPORTS = [
    # ------------------------------------------------------------------ social care (17)
    ("social_care", "incident", prose("""
        UMNR handover not completed as per procedure. [[name:Tyler Okafor]], [[age:11]], travelled
        alone on [[flight_number:MW382]] from Aberdeen on [[date:9 August 2024]] using the
        {{unaccompanied minor}} service. The UM form named his aunt [[name:Precious Okafor]] (mob
        [[phone:07700 900417]]) as collector. A woman came to the {{arrivals desk}} saying she was
        'Auntie [[name:Dee]]', a family friend sent because [[name:Precious]] was stuck at work. She
        had no ID. My colleague [[name:Sunita]] started filling in the release slip before I stopped
        it. We rang the aunt, no answer for 25 min, so [[name:Tyler]] stayed airside with us.
        Eventually [[name:Precious]] rang back, confirmed she had NOT sent anyone and came herself at
        21:40. {{Duty Manager}} informed; the woman had left the terminal by then. Logged as
        [[case_reference:ASR-24-0917]] and passed to the airport safeguarding lead. Learning: the
        release slip must never be started before the ID check.
    """)),
    ("social_care", "near_miss", block("""
        From: [[name:Gareth Pryce]] <[[email:g.pryce@merrowair.example.org]]>
        To: Safeguarding Lead, [[organisation:Kelsford Airport]]
        Date: [[date:14 March 2024]] 06:52
        Subject: Concern re pax on [[flight_number:MW 1107]]

        Hi [[name:Lorraine]],

        Flagging a concern from the 06:10 check-in for [[flight_number:MW 1107]] to Amsterdam. Young
        woman, looked about [[age:17]] though her passport said [[age:19]], travelling with a much older
        man who held both passports and answered every question for her. No hold luggage and she
        didn't know where she was staying. Booking ref [[case_reference:KX4T9R]], man's name on the
        booking [[name:Adrian Koval]].

        I called {{Border Force}} who spoke to her on her own, and she was allowed to travel. Not sure
        we did enough. I've put it on the modern slavery log as [[case_reference:MS-0311]] and left
        the {{Modern Slavery Helpline}} card in her boarding pass wallet. Should this have gone to
        the {{MASH}} as well?

        Thanks
        [[name:Gareth]]
        Customer Service Agent, Check-in
    """)),
    ("social_care", "success", prose("""
        Good practice. A {{looked-after child}}, [[name:Kayden]] ([[age:9]]), flew with his foster
        carer Mrs [[name:Halloran]] to Jersey on [[flight_number:MW745]] for a family holiday. His
        surname on the passport is different to hers and his {{social worker}}, [[name:Bisi Adeyemi]]
        of [[organisation:Kelsford County Council]] Children's Services, had e-mailed a consent letter
        ahead ([[email:bisi.adeyemi@kelsford.gov.uk]]). At the gate the letter wasn't in the
        {{PNR}} notes, but agent [[name:Callum]] rang the number on it ([[phone:01632 960284]]) and
        [[name:Bisi]] confirmed straight away. No fuss in front of [[name:Kayden]], who was nervous.
        Shared as good practice: a quiet check, done away from the queue, child not made to feel
        different. Ref [[case_reference:CS-55120]].
    """)),
    ("social_care", "incident", block("""
        SECURITY SEARCH - CHILD SEPARATED FROM CARER
        Date: [[date:02/11/2024]]   Time: 05:35
        Location: {{Central Search}}, [[organisation:Kelsford Airport]]
        Reporting officer: [[name:Nadia Rahman]] (Security Officer)
        Child: [[name:Leon Mackie]], DOB [[date_of_birth:17/06/2019]]
        Carer: father, [[name:Craig Mackie]], [[address:41 Tannery Row]], Kelsford [[postcode:EX7 4NW]]

        Summary: Father stopped at search, lock knife (9cm) found in jacket. Police
        ([[case_reference:CAD 0137 02/11]]) detained him. [[name:Leon]] ([[age:5]]) was left
        sitting at the tray reload with no adult for approx 10 min while all staff dealt with the
        father. Mother [[name:Shannon]] contacted on [[phone:07700 900638]], arrived 06:40.
        {{Emergency Duty Team}} informed by police.

        Learning: one officer takes responsibility for any child the moment a carer is detained.
    """)),
    ("social_care", "near_miss", prose("""
        Near miss at {{gate 6}}. Passenger [[name:Owain Pritchard]], [[age:34]], who has a learning
        disability, was booked as a {{PRM}} to Belfast with a support worker from
        [[organisation:Brightwater Supported Living]]. The support worker ([[name:Marta]]) went to the
        toilet and asked [[name:Owain]] to wait by the desk. Meanwhile the Newcastle flight
        ([[flight_number:MW612]]) boarded from the next gate and he joined that queue with his boarding
        pass in his hand. He got past the first agent; [[name:Femi]] on the scanner got the reject
        beep and noticed. We walked him back and [[name:Marta]] arrived two minutes later, very upset.
        [[name:Owain]] was fine. Suggest passengers with support workers are offered the
        {{Sunflower}} lanyard at check-in and that the {{hidden disability}} flag shows on the gate
        screen.
    """)),
    ("social_care", "success", prose("""
        Check-in agent [[name:Rhiannon]] noticed a girl travelling alone on a one-way ticket to Dublin
        on [[date:21/01/2025]], paid in cash at the desk that morning. She said she was [[age:18]] but
        looked younger and was very anxious, checking her phone constantly. [[name:Rhiannon]] asked a
        supervisor to have a quiet word and the girl ([[name:Chloe Brennan]]) said she was meeting a
        'boyfriend' she'd met online. Airport police checked and [[name:Chloe]] was listed as a
        {{missing person}} from [[organisation:Ashdown House]] children's home, aged [[age:15]]. She
        was collected by staff from the home and police are treating it as possible {{CSE}}. Police
        ref [[case_reference:KP-25-004471]]. Brilliant instincts from [[name:Rhiannon]] - it would
        have been very easy to just take the payment.
    """)),
    ("social_care", "incident", prose("""
        During the cruise on the Jersey sector a female passenger in 11A passed a note to No.3,
        [[name:Ewa Zielinska]], saying 'he won't let me go home, please help'. Her partner was in
        11B. [[name:Ewa]] told the {{SCCM}}, who told {{the captain}}. [[name:Ewa]] kept talking to
        her in the rear galley under cover of a {{duty free}} purchase. Her name was
        [[name:Lauren Whitcombe]], partner [[name:Jason Hale]]. The captain asked for police to meet
        the aircraft ([[flight_number:MW746]], [[date:30 June 2024]]). Police separated them on arrival
        and [[name:Lauren]] was put in touch with a refuge. However the partner sat next to her for
        the rest of the flight and clearly suspected something - she looked terrified. In hindsight
        we should have moved her forward under a pretext (seat fault). Raised as
        [[case_reference:ASR-24-0652]].
    """)),
    ("social_care", "near_miss", block("""
        [07:48] [[name:Dom]] (Ramp): cleaners found a kid asleep in row 14 of [[aircraft_registration:G-MRWF]] ??
        [07:48] [[name:Aisha K]] (Dispatch): wtf. which flight
        [07:49] [[name:Dom]] (Ramp): belfast inbound [[flight_number:MW521]], everyone off 10 min ago
        [07:49] [[name:Aisha K]]: ok stay with him, ill call {{CSA}} at arrivals
        [07:52] [[name:Kev]] (CSA): mum at {{reclaim}} going frantic, thought he was with dad who went ahead. boy is [[name:Rory]] [[age:6]]
        [07:55] [[name:Kev]] (CSA): reunited. mum [[name:Siobhan Doherty]] v apologetic
        [07:58] [[name:Aisha K]]: need an ASR on this, crew signed {{cabin secure}} and clear
        [08:03] [[name:Jo]] (SCCM): my fault, did the cabin check from the front. sorry all. will do the report
        [08:04] [[name:Dom]] (Ramp): no harm done [[name:jo]] x
    """)),
    ("social_care", "success", prose("""
        Good catch at Polventon. A boy, [[name:Emmanuel Osei]], [[age:12]], was checking in for
        Amsterdam with an adult who said he was his uncle, [[name:Kwabena Mensah]]. Different surnames
        are normal and not a concern in themselves, but the boy said he'd been 'living with uncle since
        summer' and mum was in Ghana. Agent [[name:Harpreet Gill]] remembered the
        {{private fostering}} slide from safeguarding training and asked the supervisor. They rang the
        council's {{front door}} and spoke to [[name:Jo-Anne]] in the duty team at
        [[organisation:Polventon Borough Council]] ([[phone:01632 960517]]). The arrangement was already
        known and assessed, so they travelled. Everyone polite, no delay to the flight. Logged as good
        practice [[case_reference:SG-2024-118]].
    """)),
    ("social_care", "incident", prose("""
        Concern raised by a parent about an employee and a work experience student.
        [[name:Millie]] ([[age:16]]) from [[organisation:Kelsford Academy]] was on a week's placement
        with ground ops w/c [[date:8 July 2024]]. Her mum contacted HR on [[date:15 July 2024]] with
        screenshots of {{Snapchat}} messages from a baggage handler, [[name:Dean Foulkes]], asking her
        to meet up 'off the clock' and commenting on her photos. [[name:Dean]] was her buddy for the
        week. He has been suspended pending investigation and the matter referred to the {{LADO}}
        ([[case_reference:LADO/24/0391]]). Learning: no single named buddy for under-18s, students to
        be paired with a team leader, and all staff supervising them to have done the basic
        safeguarding module. The school's {{DSL}} has been kept informed.
    """)),
    ("social_care", "near_miss", prose("""
        Near miss: child nearly taken out of the country in breach of a court order. On
        [[date:19 December 2024]] Mr [[name:Tomasz Wiśniewski]] checked in for the 06:55 to Dublin
        with his daughter [[name:Zofia]] ([[age:4]]). Nothing flagged at check-in. About 20 minutes
        later the {{port alert}} came through from police because mum had reported him - there is a
        {{prohibited steps order}}. By then they were through security and in the lounge. Police found
        them at {{gate 3}} about five minutes before boarding closed. [[name:Zofia]] was returned to
        her mother, [[name:Agnieszka]], and police took over (ref [[case_reference:CR/24/77815]]). If
        the flight had been on time it would have gone. Learning: we need a way for late port alerts
        to reach the gate, not just the check-in supervisor.
    """)),
    ("social_care", "success", prose("""
        Mrs [[name:Edna Farraday]], [[age:84]], arrived on [[flight_number:MW318]] from Aberdeen on
        [[date:3 October 2024]] but nobody met her. She seemed confused about where she was going and
        kept asking for [[name:Harold]], who we later learned was her late husband. Her bag had a
        label with [[address:7 Cobb Lane, Mylor]], [[postcode:TR11 4EH]] and a son's number. The son
        ([[name:Philip]]) was in Spain. Our CSA [[name:Beatrice Nwosu]] stayed with her with tea and
        sandwiches while the {{Duty Manager}} rang the council's {{adult social care}} out-of-hours
        line. They arranged a carer from [[organisation:Harbourlight Homecare]] to meet her at home
        and we paid for the taxi. [[name:Philip]] rang to thank the team. Shared as positive: nobody
        rushed her.
    """)),
    ("social_care", "incident", block("""
        TERMINAL DUTY LOG - extract
        [[date:27/02/2025]]
        22:10  Landside cleaner reports a boy asleep in the multi-faith room. Approx [[age:15-16]]. No English.
        22:25  {{Duty Manager}} ([[name:S. Okonkwo]]) attends. Boy gives name as [[name:Ahmad]], says he is [[age:15]], from Afghanistan, came in a lorry 'yesterday'.
        22:40  Police informed, ref [[case_reference:KP-25-013902]].
        23:05  {{Emergency Duty Team}} called. No placement until morning; police to use {{police protection}}.
        23:50  Interpreter via {{Language Line}} (Dari). [[name:Ahmad]] says he has a cousin [[name:Rahim]] in Manchester.
        00:30  Police take [[name:Ahmad]] to the station. Not ideal.
        Comment ([[name:SO]]): we had no procedure for this and he sat in the office for 2 hours. Need a landside safeguarding flowchart.
    """)),
    ("social_care", "near_miss", prose("""
        I was No.2 on the Belfast return. A little girl, maybe [[age:3]], in row 8 had what looked like
        finger-mark bruises on her upper arm and a burn-type mark on her wrist. Dad was very short with
        her and grabbed her arm hard when she stood up. I mentioned it to [[name:Nkechi]]
        ({{SCCM}}) who said it was probably nothing and not our business. I didn't agree but didn't
        push it and they deplaned. Later I spoke to our base {{safeguarding champion}},
        [[name:Gemma Lowther]], who said we should always report, and she made a referral using the
        booking name [[name:Kyle Renshaw]] and booking ref [[case_reference:QM7H2D]] from
        [[flight_number:MW522]] on [[date:12/05/2024]]. Putting this in as a near miss because I nearly
        didn't say anything. Crew need to know it is not 'overstepping'.
    """)),
    ("social_care", "success", block("""
        From: [[email:t.mbeki-jones@polventon.gov.uk]]
        To: [[email:customer.relations@merrowair.example.org]]
        Subject: Thank you - [[name:Jade]]'s trip

        Dear [[organisation:Merrow Air]] team,

        I am the {{social worker}} for [[name:Jade]] ([[age:13]]), who is in our care. On
        [[date:17 August 2024]] she flew from Polventon to Aberdeen to see her nan for the first time in
        four years, escorted by our support worker [[name:Ollie Dunmore]]. [[name:Jade]] gets very
        anxious about new places and your staff were amazing - [[name:Priya]] at the desk let her watch
        the aircraft from the window, and the crew on [[flight_number:MW207]] sat her with
        [[name:Ollie]] at the front and let her meet the pilots after landing. She hasn't stopped
        talking about it.

        Please pass on our thanks. Our ref is [[case_reference:PBC-CIC-44718]] if you need it.

        Kind regards
        [[name:Thandiwe Mbeki-Jones]]
        {{Senior Practitioner}}, Children in Care Team
    """)),
    ("social_care", "incident", prose("""
        A completed UM form was found face-up on the printer at {{gate 2}} by a passenger, who handed
        it to [[name:Liam Tran]] at the desk. It had full details for [[name:Sophie-Mae Clarke]], DOB
        [[date_of_birth:04.09.2015]], home address [[address:Flat 3, 22 Wesley Court]],
        [[postcode:PL4 8RJ]], and her mother's mobile [[phone:07700 900972]]. It had been printed for
        the 14:20 on [[date:22/08/2024]] and was left behind when the gate moved - probably there for
        about 40 minutes. Reported to the {{Data Protection Officer}} (incident
        [[case_reference:DP-24-031]]); mum [[name:Kerry Clarke]] informed by phone and was
        understandably angry, as the form also says which adult collects the child. Learning: UM forms
        stay in the {{UM wallet}}, and the gate-move checklist now includes clearing the printer tray.
    """)),
    ("social_care", "near_miss", prose("""
        A [[age:15-year-old]], [[name:Kacper]], was travelling with his mum, who uses a wheelchair and
        has {{MS}}. Mum became unwell at {{baggage reclaim}} (dizzy, vomiting) and {{first aid}}
        attended. [[name:Kacper]] was managing her meds, the bags and the wheelchair, and told our
        agent [[name:Tariq]] he 'does everything at home'. He was clearly exhausted and said he'd
        missed a lot of school. [[name:Tariq]] made sure mum was OK with the paramedics and then, with
        [[name:Kacper]]'s agreement, passed his details to [[organisation:Kelsford Young Carers]] via
        the {{Early Help}} contact form. Near miss because the PRM assistance had been booked for the
        outbound leg only, so on the return nobody met them. Ref [[case_reference:PRM-8834]].
    """)),
    # ------------------------------------------------------------------ health (17)
    ("health", "incident", prose("""
        In-flight cardiac arrest on [[flight_number:MW1214]] Kelsford-Belfast,
        [[aircraft_registration:G-MRWK]], [[date:11 April 2024]]. Male passenger, [[age:67]], seat 4C,
        slumped during the drinks service. Unresponsive, not breathing normally. SCCM
        [[name:Lucy Brennan-Hart]] and No.2 [[name:Sanjay]] moved him to the forward galley floor and
        started CPR; the {{AED}} advised one shock. A passenger who is an {{ICU}} nurse,
        [[name:Ifeoma Chukwu]], assisted. {{The captain}}, Capt [[name:Rob Hensley]], declared a
        {{PAN}} and returned to Kelsford. Paramedics took over on stand at 14:52 with {{ROSC}}
        achieved. Passenger ([[name:Derek Pallister]]) taken to
        [[organisation:Kelsford Royal Infirmary]]. Crew offered TRiM. Issue found afterwards: the
        spare AED pads had only six days left before expiry.
    """)),
    ("health", "near_miss", prose("""
        Passenger [[name:Aanya Shah]], [[age:8]], travelling with her dad on [[flight_number:MW433]]
        to Jersey, has a severe peanut allergy. Dad told the gate and it was added to the booking as
        an {{SSR}} allergy alert, but it didn't reach the crew briefing. The new snack box includes
        salted peanuts. No.4 [[name:Chris Ogunleye]] was about to hand out snacks in that row when dad
        stopped him. We then made a {{PA}} asking passengers not to open nut products, but several
        already had. [[name:Aanya]] was fine and had two {{EpiPens}} with her. Near miss: SSR allergy
        codes must appear on the crew manifest on the iPad. Ref [[case_reference:ASR-24-0388]].
    """)),
    ("health", "success", prose("""
        Good outcome on [[flight_number:MW907]] on [[date:05/01/2025]]. A passenger with
        {{type 1 diabetes}}, [[name:Gavin McCrae]], became sweaty and confused about 30 min after
        take-off; his partner said his pump alarm had gone off. We put out a PA and a GP, Dr
        [[name:Helen Ashworth-Reid]], came forward. His {{blood glucose}} on his own meter was 2.6.
        She gave him {{GlucoGel}} from our kit plus full-sugar cola and biscuits and rechecked at
        15 min (5.1). The flight continued to Aberdeen and he walked off unaided. Dr
        [[name:Ashworth-Reid]] completed the medical incident form and left her contact details
        ([[email:helen.ashworth-reid@example.nhs.uk]]). Crew: [[name:Bronwen]] (SCCM),
        [[name:Mo Idowu]].
    """)),
    ("health", "incident", prose("""
        Crew injury on the ground at [[organisation:Polventon Airport]], [[date:16/09/2024]]. Cabin
        crew member [[name:Joanne Pike]] (NI [[ni_number:JT 48 27 19 B]]) was pulling the full bar cart
        up the rear steps of the {{ATR 72}} when the catering truck reversed and the cart rolled back.
        [[name:Joanne]]'s right wrist was caught between the cart and the door frame. She was seen at
        {{A&E}} and has a {{distal radius fracture}}; plaster for six weeks. {{RIDDOR}} report
        submitted by H&S ([[case_reference:RID-24-0077]]). Catering contractor
        [[organisation:Fresco Inflight]] has been asked for a statement from their driver,
        [[name:Baz Whitlow]]. Underlying issue: the SOP says half-carts only through the rear door but
        we were short of half-carts that week.
    """)),
    ("health", "near_miss", prose("""
        Self-report. I woke at 03:30 with hay fever and, half asleep, took what I thought was
        {{cetirizine}} but was actually my partner's {{chlorphenamine}} (the drowsy one). I realised
        at sign-on for the 05:40 and told the {{crewing}} desk I was unfit. They called out
        {{standby}} FO [[name:Ikram Siddiqui]] and the flight ([[flight_number:MW101]]) left 12 min
        late. I'm reporting it because I nearly didn't realise - both boxes look similar and live in
        the same bathroom cupboard. I've now moved my own medicines into my flight bag. No blame
        please for my partner! - FO [[name:D. Llewellyn]], staff no. [[case_reference:40217]]
    """)),
    ("health", "success", prose("""
        At 06:12 on [[date:23 November 2024]] a man collapsed in the queue at {{Central Search}}.
        Security officer [[name:Bilal Hussain]] started CPR within a minute and his colleague
        [[name:Ksenia]] fetched the {{defib}} from the search lane. Two shocks before the airport fire
        service arrived at 06:19. {{Paramedics}} took over at 06:27 and he had a pulse before he left
        the terminal. The passenger, [[name:Trevor Ainsley]] ([[age:58]]), is recovering at
        [[organisation:St Piran's Hospital]] and his wife has written to say thank you.
        [[name:Bilal]] and [[name:Ksenia]] both did their first aid refresher last month with
        [[organisation:Lifeline First Aid Training]]. Debrief held and {{TRiM}} offered.
    """)),
    ("health", "incident", block("""
        PATIENT HANDOVER - AIRPORT MEDICAL CENTRE TO AMBULANCE
        Date: [[date:08/06/2024]]   Time: 17:40
        Patient: [[name:Margaret Oyelaran]]
        DOB: [[date_of_birth:12/02/1951]]   NHS no: [[nhs_number:192 589 5491]]
        Address: [[address:Hillcrest, Chapel Road]], Bodmin [[postcode:PL31 2QT]]
        Flight: [[flight_number:MW318]] arr. 17:05
        Presenting: fell on the {{airstairs}}, hit head, on {{apixaban}}. GCS 15, small laceration L brow, c/o headache.
        Obs: BP 162/90, HR 88, SpO2 97%.
        Treatment: wound closed with steri-strips, head injury advice.
        Handed to crew [[name:Paul Greaves]] / [[name:Zara Hollins]].
        Incident: patient waited 55 min for an ambulance as a {{Category 3}} call. An anticoagulated head injury should have been higher priority - raised with ambulance trust liaison, ref [[case_reference:AMC-24-0612]].
    """)),
    ("health", "near_miss", prose("""
        Passenger [[name:Alun Beddoe]] booked on [[flight_number:MW644]] with his own
        {{portable oxygen concentrator}} ({{Inogen One G5}}). The {{MEDIF}} was approved by our medical
        adviser for a 1 h 10 sector with batteries for 150% of flight time. At the gate, agent
        [[name:Shreya]] asked to see the batteries and he had only one, charged to 60%. A 50-minute
        delay was already showing. [[name:Shreya]] called the medical desk ([[phone:01632 960733]]) and
        the decision was not to board him. He was rebooked on the afternoon flight after charging;
        unhappy but understood. Near miss: he had checked in online and nobody was due to check the
        batteries until the crew did so on board. Ref [[case_reference:MED-24-209]].
    """)),
    ("health", "success", prose("""
        Passenger [[name:Amara Eze]], [[age:29]], 35 weeks pregnant (inside our 36-week limit,
        {{fit to fly}} letter seen), started contractions 20 min into the Amsterdam sector on
        [[date:2 February 2025]]. A midwife on board, [[name:Claire Donnelly]], assessed her in the
        rear galley; contractions every 4 min. {{The captain}} returned to Kelsford rather than
        continue (shorter, known hospital). An ambulance met the aircraft and she delivered a baby girl
        at [[organisation:Kelsford Royal Infirmary]] two hours later. Crew: SCCM [[name:Wes]] and No.3
        [[name:Agnes Forde]]. Flight [[flight_number:MW1501]], [[aircraft_registration:G-OKEL]].
        Positive: crew used the {{obstetric kit}} checklist and the midwife said the kit was well
        stocked.
    """)),
    ("health", "incident", prose("""
        Hot water scald to an infant on [[flight_number:MW209]], [[date:28/07/2024]]. During the hot
        drinks service a cup of tea on the cart was knocked by a passenger getting up from 9D and
        spilled onto the lap of a [[age:10-month-old]], [[name:Isla-Rose Grant]], on her mum's knee in
        9E. Crew ran cool water over the area for 20 minutes. A nurse on board,
        [[name:Ben Akinyemi]], helped. {{Superficial partial-thickness burn}} about the size of a palm
        on the left thigh. Met by paramedics and seen at the {{minor injuries unit}}; GP follow-up.
        Mum [[name:Stacey Grant]] has complained (ref [[case_reference:CR-24-7719]]). Learning: lids on
        all hot drinks on the cart, and no hot drinks served across a row with a lap infant.
    """)),
    ("health", "near_miss", prose("""
        Stretcher case on [[flight_number:MW560]] from Belfast with a medical escort from
        [[organisation:Aeromed Assist Ltd]]. Patient [[name:Hugh Gallagher]], NHS no.
        [[nhs_number:253 620 3700]], was being transferred to [[organisation:Kelsford Royal Infirmary]]
        after a stroke. Escort nurse [[name:Fionnuala]] carried {{morphine sulfate}} oral solution for
        pain but the {{controlled drug}} letter was for a different strength. Our SCCM
        [[name:Patrice Lemaire]] noticed the difference when recording it on the CD carriage form. The
        escort rang the prescriber and a corrected letter was e-mailed to ops before departure. Near
        miss: if it had not been spotted the drug would have been carried without valid
        documentation. Ref [[case_reference:MED-24-233]].
    """)),
    ("health", "success", prose("""
        Positive report on the return to work for Capt [[name:Imran Qureshi]] after knee surgery.
        [[organisation:Corran Occupational Health]] worked with his {{AME}}, Dr [[name:Felicity Wren]],
        so that the {{Class 1 medical}} and the fitness for work assessment were done in the same week.
        He came back on a phased roster (two sectors a day for the first week) from
        [[date:4 March 2025]], and the {{base captain}}, [[name:Mandeep Sandhu]], checked in with him
        after each duty. [[name:Imran]] said it was the first time in 20 years the company and the
        medical side felt joined up. Suggest this becomes the standard pathway for flight crew.
    """)),
    ("health", "incident", prose("""
        Passenger fell in the departures toilets after a {{tonic-clonic seizure}} at 10:40 on
        [[date:14/10/2024]]. Found by cleaner [[name:Gloria Mensah-Boateng]], who rang first aid on
        {{2222}} - it took 4 minutes to answer because the handset was on charge. First aider
        [[name:Lee Ashby]] attended; patient [[name:Ryan Beattie]], [[age:24]], post-ictal with a cut
        to the back of the head. His friend said he'd missed his {{levetiracetam}} that morning
        because of the early flight. His NHS number ([[nhs_number:714 185 0643]]) was taken from the
        {{NHS App}} for the crew. Taken to [[organisation:St Piran's Hospital]]; didn't fly. Ref
        [[case_reference:FA-24-1410]]. Learning: the first aid phone must divert when docked.
        Completed by [[name:L.A.]]
    """)),
    ("health", "near_miss", prose("""
        Hot day on the ramp ([[date:19 July 2024]], 31C on the apron). Baggage loader
        [[name:Kofi Asante]] from [[organisation:Haldane Handling]] was loading the hold of
        [[aircraft_registration:G-MRWT]] in full hi-vis and became dizzy and pale. His team leader
        [[name:Sharon]] saw him stumble near the {{belt loader}} and sat him in the shade of the crew
        bus with water. He recovered after 20 min and was sent home. Near miss because he could have
        fallen under the belt loader or collapsed in the hold. The {{heat stress}} procedure wasn't
        activated even though the forecast was over 28C. [[organisation:Haldane Handling]] now has
        water on every stand and 15-minute rotations out of the holds.
    """)),
    ("health", "success", block("""
        From: [[name:Sheila Tennant]] <[[email:sheila.tennant58@example.com]]>
        Sent: [[date:Tue 21 May 2024]] 19:03
        To: Customer Relations
        Subject: Thank you to your crew - flight [[flight_number:MW318]] on [[date:16 May]]

        I want to thank the cabin crew on the Aberdeen flight last Thursday. My husband
        [[name:Alasdair]] ([[age:71]]) had a {{stroke}} on board. The young man serving drinks
        ([[name:Reece]], I think) noticed his face had dropped and his words were slurred, and knew
        straight away it was a {{FAST}} sign. They told the pilot and an ambulance was waiting when we
        landed. The doctors at [[organisation:Dee Valley Infirmary]] said the quick treatment with the
        {{clot-busting drug}} made a big difference and he is now home.

        Please thank [[name:Reece]] and the lady in charge, who held my hand the whole way down.

        [[name:Sheila Tennant]]
    """)),
    ("health", "incident", prose("""
        Needle-stick injury. Aircraft cleaner [[name:Marisol Ortega]] (DOB
        [[date_of_birth:14/05/1987]], NI [[ni_number:NP 61 03 92 A]]) of
        [[organisation:Brightclean Aviation Services]] was clearing seat pockets on
        [[aircraft_registration:G-MRWA]] after the last Jersey inbound on [[date:03/03/2025]] when her
        finger was pierced by an uncapped {{insulin pen needle}} in 17F. She made it bleed, washed it
        and told her supervisor. Sent to {{A&E}} within the hour for bloods and a {{hepatitis B}}
        booster; follow-up bloods in 6 weeks via occupational health. The {{sharps box}} was missing
        from the cleaning trolley that day and the cut-resistant gloves in the SOP were not being
        used. Ref [[case_reference:HS-25-0042]].
    """)),
    ("health", "near_miss", prose("""
        Passenger [[name:Nathaniel Cross]] at {{gate 5}} for the Dublin flight told agent
        [[name:Yusuf]] he 'wouldn't be coming back' and that 'this is the last trip'. He was calm but
        tearful. [[name:Yusuf]] held him back from boarding and called the {{Duty Manager}},
        [[name:Carys Vaughan]], who sat with him in a quiet room. He said he had planned to end his
        life in Ireland. Police attended and he agreed to go to A&E voluntarily, so no
        {{Section 136}} was needed. The {{crisis team}} were informed by the hospital. Near miss
        because the gate was busy and [[name:Yusuf]] said he nearly just scanned him on. Our mental
        health awareness e-learning helped him recognise it. Ref [[case_reference:SG-2024-207]].
    """)),
    # ------------------------------------------------------------------ aviation (16)
    ("aviation", "incident", prose("""
        Ramp incident, {{stand 4}}, [[organisation:Kelsford Airport]], [[date:12 January 2025]] 18:20.
        Baggage tug ({{T12}}) towing three dollies turned too tight behind
        [[aircraft_registration:G-MRWF]] ({{Dash 8-400}}) and the last dolly clipped the left wingtip
        nav light. Driver [[name:Jamie Rooke]] ([[organisation:Haldane Handling]]) stopped and reported
        it straight away. Engineer [[name:Olu Bankole]] inspected: nav light lens cracked, no
        structural damage. Aircraft {{AOG}} for 2 h 40 for the lens and the evening
        [[flight_number:MW1187]] was delayed. Factors: two floodlights out on the stand (reported
        twice before), rain, and no wing walker because the tug was 'just passing'. Ref
        [[case_reference:ASR-25-0031]].
    """)),
    ("aviation", "near_miss", prose("""
        Good catch. During refuel of [[aircraft_registration:G-OKEL]] on {{stand 9}} at 06:05 the
        bowser driver from [[organisation:Penhale Fuels]] started to move forward with the hose still
        coupled to the wing. Ramp agent [[name:Neha Parmar]] saw the {{drive-away}} about to happen,
        shouted and waved, and he stopped within a metre. The bowser's {{interlock}} should have
        prevented it; it has been taken out of service for inspection (bowser reg
        [[vehicle_registration:WK68 FHV]]). Driver said he was distracted by a radio call about the next
        job. Ref [[case_reference:ASR-24-1102]]. Well done [[name:Neha]].
    """)),
    ("aviation", "success", prose("""
        Walkround find. During the night-stop {{daily check}} on [[aircraft_registration:G-MRWK]] at
        Polventon on [[date:26/10/2024]], {{B1}} engineer [[name:Stuart Ngata]] noticed a small amount
        of red fluid on the left main gear leg. Further inspection found a hydraulic line chafed
        against a clamp on the brake supply. Nothing in the {{tech log}}. Line replaced, leak check
        satisfactory and aircraft released for the 06:30 ([[flight_number:MW205]]) on time.
        [[organisation:Corvid Aero Engineering]] have since checked the rest of the fleet and found one
        more with early chafing. [[name:Stuart]]'s find probably prevented a brake failure.
    """)),
    ("aviation", "incident", prose("""
        Disruptive passenger, [[flight_number:MW1422]] Kelsford-Dublin, [[date:07/12/2024]]. Stag group
        of eight, visibly drunk at boarding; gate agent [[name:Tomasz]] raised it but they were allowed
        on after the group leader promised to keep them in line. In the cruise one male
        ([[name:Lewis Kirkbride]], 14D) was abusive to No.2 [[name:Amelia Tsang]] when refused alcohol
        and then pushed past her into the rear galley. SCCM [[name:Gráinne]] issued a {{Level 1}}
        warning card; he tore it up. {{The captain}} requested police on arrival and the {{Garda}} met
        the aircraft and removed him. [[name:Amelia]] was shaken but not injured. Learning: should
        have been offloaded at the gate. Ref [[case_reference:UPR-24-1201]].
    """)),
    ("aviation", "near_miss", prose("""
        Fatigue report. Four-sector day Kelsford-Jersey-Kelsford-Belfast-Kelsford after two early
        starts. On the last approach into Kelsford I realised I had no memory of the previous minute
        or so - I think I had a {{microsleep}}. The captain was {{PF}} and all was stable, but I missed
        the 1000 ft call. I'd slept about 5 hours on each of the previous two nights because of hotel
        noise ([[organisation:Quayside Lodge]], room next to the lift). The roster was legal under the
        {{FTL}} scheme but the run of earlies is brutal. Please don't roster the Jersey/Belfast double
        after earlies. - FO [[name:Hannah Baptiste]], [[date:18 November 2024]]
    """)),
    ("aviation", "incident", prose("""
        Runway incursion at [[organisation:Polventon Airport]] on [[date:5 September 2024]] at 14:32.
        Airfield ops vehicle [[vehicle_registration:YP21 KTU]], driven by [[name:Graham Tuckett]],
        entered runway 26 at holding point {{Alpha 2}} without clearance while
        [[flight_number:MW774]] ({{ATR 72}}, [[aircraft_registration:G-MRWT]]) was on a 3 nm final.
        The tower sent [[flight_number:Merrow 774]] around. [[name:Graham]] said he heard 'cleared to
        cross' but the call had been for the fire tender, which has a similar callsign
        ({{Rescue 2}} / {{Ops 2}}). No loss of separation in the end. Airside driving permit suspended
        pending retraining. Ref [[case_reference:POL-OPS-24-0156]].
    """)),
    ("aviation", "success", prose("""
        Good catch by dispatcher [[name:Kirsty Macleod]] on [[flight_number:MW330]] on
        [[date:13/02/2025]]. The loadsheet showed 48 adults but the {{DCS}} had 46 adults plus 2
        infants, and hold 2 was keyed as 320 kg when the loaders' figure was 720 kg. The
        {{trim}} was still within limits but with the true figures the {{MACTOW}} was close to the aft
        limit. [[name:Kirsty]] queried it, load controller [[name:Rashid]] redid the sheet and the crew
        had an amended one before doors closed. Aircraft [[aircraft_registration:G-MRWA]]. Cause: a
        typo when the load message was entered manually during a system outage.
    """)),
    ("aviation", "near_miss", prose("""
        Level bust on departure from Kelsford, [[flight_number:MW1107]] on [[date:29/08/2024]]. Cleared
        to {{FL70}} but we climbed through to FL77 before I caught it and we descended. The captain,
        [[name:Oluwaseun Adebayo]], was PF and had 7000 in the selector, but the {{QNH}}/standard
        change was late because we were both looking for a glider from
        [[organisation:Tregony Gliding Club]] after a {{TCAS}} traffic advisory.
        [[organisation:Kelsford Approach]] queried it; no conflict. We've both reflected: as PM I
        should have been monitoring, not looking out too. - FO [[name:Ellie Marchetti]]
    """)),
    ("aviation", "incident", block("""
        AIR SAFETY REPORT
        Ref: [[case_reference:ASR-24-0774]]
        Date: [[date:22 July 2024]]   Flight: [[flight_number:MW645]]   Reg: [[aircraft_registration:G-MRWK]]
        Type: {{Embraer 175}}   Phase: take-off roll, approx 110 kt
        Captain: [[name:P. Szymańska]]   FO: [[name:Kieran O'Dwyer]]
        Event: Flock of {{herring gulls}} lifted from the grass by taxiway {{Charlie}}. Multiple strikes on nose and right engine. Rejected take-off below V1, taxied back to stand. No injuries.
        Engineering: [[name:Dave Pollitt]] found fan blade damage on No.2 engine, aircraft AOG 3 days.
        Pax: 64 rebooked, 11 on the next day's flight.
        Notes: last bird patrol was 40 min before; the {{Bird Control Unit}} vehicle was broken down.
    """)),
    ("aviation", "success", prose("""
        Smoke from a passenger's {{power bank}} in the overhead locker, row 6, on
        [[flight_number:MW209]] on [[date:9 March 2025]]. No.3 [[name:Dami Oladipo]] smelt it, found
        the bag, and with SCCM [[name:Rachael Kinsella]] followed the {{lithium battery fire}} drill:
        extinguisher, then cooled with water and placed in the {{fire containment bag}}. The owner, Mr
        [[name:Henryk Nowak]], said it was a cheap one bought online. {{The captain}} considered a
        diversion but with the device cooled and monitored we continued the 25 min to Jersey and the
        fire service met us. Textbook drill, calm and fast. Well done both.
    """)),
    ("aviation", "near_miss", prose("""
        Near miss with a turning propeller on {{stand 11}}. [[aircraft_registration:G-MRWT]] had No.1
        engine running in {{Hotel Mode}}, but the prop brake was deferred under the {{MEL}} so the prop
        was turning while boarding was held. A new starter from the cleaning team,
        [[name:Precious Adebola]], walked from the rear of the aircraft towards the left wing to pick
        up a dropped glove. Headset operator [[name:Terry Walsh]] saw her and grabbed her arm about
        3 metres from the {{prop arc}}. She had done her airside induction four days earlier and said
        nobody told her a prop could be turning on stand. [[organisation:Brightclean Aviation Services]]
        will add it to induction and escort new starters for two weeks. Ref
        [[case_reference:ASR-25-0118]].
    """)),
    ("aviation", "incident", prose("""
        [[aircraft_registration:G-MRWA]] operated four sectors on [[date:10/04/2024]] with a deferred
        defect (No.2 {{pack}} inop) that had passed its {{MEL}} rectification interval the day before.
        The {{ADD}} was raised at Polventon by contract engineer [[name:Neil Abernethy]] as Cat C, but
        the raise date was keyed into the tracking system a week late, so no alert fired. Found by
        Tech Services engineer [[name:Ayesha Rahim]] during a records audit. No safety consequence but
        the aircraft was not airworthy on those sectors. Reported to the {{CAA}} as an {{MOR}}
        ([[case_reference:MOR-24-0219]]).
    """)),
    ("aviation", "success", prose("""
        Customer service good practice. The last Belfast flight ([[flight_number:MW529]]) was
        cancelled on [[date:24/12/2024]] because of crew sickness - 58 passengers, many going home for
        {{Christmas}}. {{Customer Service Supervisor}} [[name:Ade Bamgbose]] set up a desk and, instead
        of rebooking everyone two days later, worked with the {{OCC}} to bring in a wet-lease aircraft
        from [[organisation:Skyvale Aviation]] that left at 22:15. Families with children and a
        passenger due for {{dialysis}} ([[name:Siobhán Keane]]) were seated first. Only three
        complaints, all about the wait. Charter contact was [[name:Vikram]] ([[phone:07700 900155]]).
        Learning: keep the wet-lease contact list current - the first number we tried was dead.
    """)),
    ("aviation", "near_miss", block("""
        De-icing frequency transcript - [[date:16/01/2025]], pad D2
        06:41 [[flight_number:Merrow 101]]: De-ice, [[flight_number:Merrow one zero one]], ready for treatment, brakes set.
        06:41 {{Iceman 3}}: [[flight_number:Merrow one zero one]], Iceman 3, {{Type I}} and {{Type IV}}, whole aircraft, confirm.
        06:42 [[flight_number:Merrow 101]]: Affirm.
        06:58 Iceman 3: [[flight_number:Merrow one zero one]], anti-icing complete, Type IV start time zero six five six, vehicles clear.
        06:58 [[flight_number:Merrow 101]]: Zero five five six, thanks.

        Comment by de-icing lead [[name:Carl Hebden]] ([[organisation:Haldane Handling]]): the crew
        read back 'zero five five six' and nobody corrected it, so the {{holdover}} time was worked
        from the wrong start. Caught at 07:20 when Capt [[name:Ruth Abimbola]] rechecked before
        departure and called us. Holdover still valid by 10 min.
    """)),
    ("aviation", "incident", prose("""
        Commander's discretion used on [[date:1 August 2024]] to extend the {{FDP}} by 1 h 35 after a
        slot delay at Jersey on the third sector. Crew: Capt [[name:Bernard Ngozi-Lamb]], FO
        [[name:Sam Whitaker]], SCCM [[name:Tia]], [[name:Gosia]], [[name:Idris]]. All said they were
        fit, but by the time we landed at Kelsford at 23:55 ([[flight_number:MW758]]) the FO had been
        awake for 19 hours. The {{OCC}} duty controller ([[name:Mark]]) suggested discretion rather
        than a hotel, saying 'everyone does it'. Discretion report filed under the {{FTL}} scheme
        ([[case_reference:DISC-24-088]]). Raising as an incident because the pressure from OCC was
        inappropriate and the decision should be the commander's alone.
    """)),
    ("aviation", "success", prose("""
        Good call. Approach to runway 08 at Kelsford, [[flight_number:MW1216]],
        [[date:20/02/2025]], gusty crosswind. At 500 ft we were 12 kt fast and {{one dot}} high. FO
        [[name:Jaspreet Kaur]] (PM, second month on the line) called 'unstable, go around' and I flew
        the {{go-around}} straight away. Second approach was stable and we landed normally. I want to
        record that [[name:Jaspreet]] made the call early and confidently, exactly as our
        {{stable approach}} policy asks - I'd been hoping it would settle, the plan continuation bias
        we train about. We debriefed on stand and she's happy for me to share. Aircraft
        [[aircraft_registration:G-MRWK]]. - Capt [[name:Will Harrowgate]]
    """)),
]


def main() -> None:
    records = build_records("blind72", REPORTS)
    write_records(OUT, records)


if __name__ == "__main__":
    main()
