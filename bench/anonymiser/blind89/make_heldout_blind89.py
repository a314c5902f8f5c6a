"""Held-out blind corpus 89: just-culture incident-and-learning reports from SEND and education
(EHCP annual reviews, special schools, home-to-school transport, the virtual school for looked-after
children), community pharmacy and dispensing (handout, MDS trays, CDs, Pharmacy First, deliveries)
and aircraft maintenance engineering (Part-145 hangars, line stations, tech logs, stores). Most are
short hurried notes typed on phones in lower case with abbreviations, nicknames and typos; a few are
careful formal write-ups, two are e-mail threads and one is a shift group chat.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from markup import block, build_records, write_records  # noqa: E402
from markup import flow as prose  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "corpus" / "heldout_blind89.jsonl"

REPORTS = [
    # ------------------------------------------------------------------ social care / SEND
    ("social_care", "incident", prose("""
        transport incident this am. {{PA}} on route 14 (the [[organisation:Hollinsbrook Academy]] run)
        didnt have [[name:kai]]s {{buccal midazolam}} on the bus - {{mum}} had put it in his school bag
        not the {{medication pouch}} and driver had already loaded him. [[name:kai]] ([[age:9]]) had a
        {{tonic clonic}} approx 08:40 near the retail park, driver pulled in safely, PA timed it and rang
        {{999}}. seizure stopped on its own at about 4 mins, {{paramedics}} checked him over, no
        conveyance. vehicle [[vehicle_registration:YK19 HWT]]. rang mrs [[name:Tomlinson]] on
        [[phone:07700 900412]], she was upset but said the PA was brilliant. learning: meds bag handed
        over at the door not the kerb, PA checks pouch before we pull off. logged
        [[case_reference:TRN-24-0331]]. [[name:dawn h]] - transport coord
    """)),
    ("social_care", "success", prose("""
        The annual review of the {{EHC plan}} for [[name:Amara Osei-Bonsu]] (DOB
        [[date_of_birth:02/11/2012]]) was held at [[organisation:Greenacre Special School]] on
        [[date:14 March 2024]]. I want to record what went well. [[name:Amara]] gave her views using
        {{Talking Mats}} with her {{speech and language therapist}}, Ms [[name:Hope Adeyemi]], in the
        week before, so her own words opened the meeting rather than a summary by adults. The
        {{educational psychologist}} joined by {{Teams}} and the {{SENCO}} had circulated all advice two
        weeks ahead, which meant her parents had time to read it with the {{SENDIASS}} adviser. Phase
        transfer to secondary was discussed early and a consultation went to
        [[organisation:Ridgeway High School]] the same afternoon. Case officer: [[name:Rhys
        Vaughan-Pryce]], [[organisation:Calderbrook SEND Assessment Team]], ref
        [[case_reference:EHC-0047812]].
    """)),
    ("social_care", "near_miss", prose("""
        near miss - almost sent the {{PEP}} for [[name:jayden m]] to [[name:jayden r]]s {{foster
        carer}}. both yr 8, both at [[organisation:St Cuthbert's RC High]], both saved as just
        "[[name:jayden]]" in my drafts. {{Outlook}} autofilled the carer address and i only noticed cos
        the preview said [[email:frank.doyle@example.net]] and i know [[name:jayden m]] lives with
        [[name:Nkechi]] not the [[name:Doyle]]s. stopped it before it went. no harm but that pep has his
        {{CAMHS}} info and contact arrangements with birth dad so wouldve been a proper breach. fix:
        subject line now always has the LAC number ([[case_reference:LAC-30917]]) and i'm using the
        {{Egress}} recipient check. {{Virtual School}} caseworker, [[name:ST]]
    """)),
    ("social_care", "incident", prose("""
        At approximately 12:15 on [[date:Tuesday 4 June]] a {{teaching assistant}} at
        [[organisation:Brookfield Park School]] gave [[name:Tyler]] ([[age:11]]) the lunchtime
        {{methylphenidate}} dose prescribed for [[name:Taylor]] in the same class. Both boxes were in one
        tray in the {{medical room}} and the {{MAR chart}} photograph for [[name:Tyler]] was out of date,
        taken in Year 3. The error was recognised within ten minutes when [[name:Taylor]] came for his
        own dose. We rang {{NHS 111}} and followed advice to monitor heart rate; [[name:Tyler]] was seen
        by the {{school nurse}} and remained well. Both families were informed by Mr [[name:Whitfield]]
        (Head) the same afternoon. Contributing factors: similar names, shared storage, a cover TA
        unfamiliar with the class and no second check. Actions: separate labelled boxes with current
        photos, a two-person check for all {{controlled drugs}}, cover staff briefed. Ref
        [[case_reference:BPS-MED-2024-07]].
    """)),
    ("social_care", "success", prose("""
        want to flag good practice by [[name:bill]] (driver, [[organisation:Kestrel Cars]] contract). he
        noticed [[name:Summer]] wasnt herself on the way in, grey and sweaty and not using her {{AAC
        device}} at all which she normally does nonstop. she's [[age:7]] and {{type 1 diabetic}}. he
        pulled into the layby, rang school ahead on [[phone:01632 960418]] and the {{school nurse}} met
        the car at the gate - {{blood glucose}} was 2.6, treated with {{glucogel}} and she came round
        fine. [[name:bill]] isnt trained in diabetes he just knows the kids. i'll put his name forward
        for the council staff award and we're adding {{hypo}} signs to the driver induction pack.
        [[name:Jas]] @ transport
    """)),
    ("social_care", "incident", block("""
        From: [[name:Priya Raghunathan]] <[[email:p.raghunathan@calderbrook.example.gov.uk]]>
        Sent: [[date:09 October 2024]] 16:02
        To: casework inbox
        Subject: RE: draft plan sent in error

        [[name:Marcus]] - confirming the draft {{EHC plan}} for [[name:Leo Brannigan]]
        ([[case_reference:EHC-0051190]]) was emailed to the wrong parent. The address book suggested
        [[email:l.brannan@example.com]] instead of [[email:l.brannigan@example.com]]. The recipient rang
        us at 15:30 and has confirmed deletion in writing. I've logged it with {{Information Governance}}
        as [[case_reference:IG-2024-1187]] and told {{mum}} by phone. She is understandably angry as the
        draft includes his {{autism}} diagnosis and {{social care}} history.

        [[name:Priya]]

        -----
        From: [[name:Marcus Eze]] <[[email:m.eze@calderbrook.example.gov.uk]]>
        Sent: [[date:09 October 2024]] 15:41
        Subject: draft plan sent in error

        [[name:Priya]], think we've sent [[name:Leo]]'s draft to someone else - can you check and do
        the {{breach form}}? Two [[name:Leo B]]'s on the system this term. [[name:M]]
    """)),
    ("social_care", "near_miss", prose("""
        nearly blew the 4 week deadline ({{reg 22}}) after [[name:oliwia]]s annual review
        ([[date:21/05]]). paperwork came back from school to the generic inbox not to me and sat there
        while i was off. found it on [[date:13/06]] doing a sweep - day 23. got the decision letter out on
        day 26 and rang {{dad}} to explain. if we'd missed it family could of gone to {{tribunal}} or
        complained to the {{LGSCO}}, and fair enough. [[name:oliwia]] is [[age:14]], {{EOTAS}} package, v
        vulnerable if anything slips. ask: schools use the named officer email on the {{annual review}}
        form, and the inbox gets a daily owner not "whoever". ref [[case_reference:EHC-0039954]] -
        [[name:K]].
    """)),
    ("social_care", "success", prose("""
        Good practice: school move for a child in care. [[name:Chidi Okonkwo-Hart]] ([[age:13]]) moved
        placement at short notice on [[date:Friday 8 November]] to a {{foster carer}} forty miles away.
        The {{Virtual School}} {{education adviser}}, [[name:Grace Mbatha]], secured a place at
        [[organisation:Holme Valley Academy]] using the {{priority admission}} route for {{looked-after
        children}}, and he started on the Wednesday: three school days missed rather than the weeks we
        usually see. She arranged interim transport, sent his {{PEP}} and {{SDQ}} scores ahead, and
        asked the {{designated teacher}}, Mr [[name:Iqbal]], to meet him at the gate on day one.
        [[name:Chidi]] told his {{IRO}} he "felt expected". Learning: having the admissions form
        pre-filled in the PEP saved two days. Child ref [[case_reference:LAC-28461]].
    """)),
    ("social_care", "incident", prose("""
        child left on minibus. [[name:Rose]] ([[age:6]]yo, {{Year 1}}, [[organisation:Willowbank
        Primary]] {{ARP}}) fell asleep under the back seat on the pm run and wasnt seen at the last drop.
        driver [[name:gaz]] did the end of route walk through but says he looked along the aisle not
        under. found by [[name:Marek]] at the depot cleaning the bus approx 40 mins later, she was fine,
        a bit scared. vehicle [[vehicle_registration:BD68 KZP]]. {{mum}} had already rung school
        worried, i rang her straight back on [[phone:07700 900187]]. {{LADO}} informed as its a
        safeguarding concern re the driver, {{DSL}} at school aware. [[name:gaz]] off school routes
        pending. honestly think the check itself is rubbish - want a {{child check}} button at the rear
        you have to physically press. [[case_reference:TRN-24-0412]] / [[name:dawn]]
    """)),
    ("social_care", "incident", prose("""
        Incident: allergen exposure, [[organisation:Linden House School]] (special school, {{key stage
        3}}). On [[date:20/09/2024]] [[name:Hunter Blackwood]] ([[age:12]]), who has a {{nut allergy}}
        recorded in his {{EHCP}} and {{individual healthcare plan}}, was given a cereal bar brought in
        by a supply {{teaching assistant}} as a class reward. He developed lip swelling within minutes;
        his {{adrenaline auto-injector}} was given at 10:52 by Ms [[name:Kowalczyk]] and an ambulance
        took him to [[organisation:Pennine Vale Hospital]]. He was discharged that evening. His father,
        Mr [[name:Blackwood]], has been kept informed throughout. Contributing factors: supply staff do
        not receive the class allergy sheet, and food rewards are still allowed in KS3. Actions:
        allergy sheet added to the supply pack; non-food rewards only. [[name:R. Delacroix-Obi]],
        {{Deputy Head}}
    """)),
    ("social_care", "success", prose("""
        small win. [[name:tomasz]] (yr 9) hadnt been in since half term - {{EBSA}}, huge anxiety. at his
        {{interim review}} we agreed a {{graduated return}}: 20 mins in the library with mr
        [[name:achterberg]] (his fav teacher) 3 mornings a wk, no uniform, taxi drops at the side gate
        so he doesnt pass the yard. today he stayed for period 2 science and did the practical!!
        {{mum}} ([[name:Agnieszka]]) cried on the phone. key thing was the {{Section F}} wording let
        school flex without waiting for an amended plan. thanks [[name:Faith]] ({{SENCO}}) for pushing
        it thru {{SLT}}. [[name:lou]]
    """)),
    ("social_care", "near_miss", prose("""
        new driver on the [[organisation:Skyline Taxis]] {{SEN transport}} contract went to
        [[address:41 Larch Gardens]] instead of [[address:14 Larch Gardens]] for [[name:Mustafa]] this
        morning. nobody at 41 obviously, he rang the office, office rang {{mum}} on
        [[phone:07700 900655]], sorted in 10 min, [[name:mustafa]] a bit late to school but ok. BUT if an
        older kid had been at 41 and got in... {{route sheet}} had the number right but the {{satnav}}
        postcode [[postcode:HX3 7QB]] drops you at the wrong end of the close and he just went by the
        first door he saw. both houses are [[postcode:HX3 7QB]]. fix: door number in bold on the route
        sheet, {{passenger assistant}} confirms child's photo before the door opens. [[name:PB]]
    """)),
    ("social_care", "incident", prose("""
        Incident summary for the {{Virtual School}} learning log. [[name:Blessing Nyambura]], aged
        [[age:15]], {{Year 10}}, was placed by an {{independent fostering agency}} in another authority
        on [[date:2 September 2024]]. Notification reached us on [[date:26 September]], by which point
        she had missed over three weeks of education in her {{GCSE}} year. Her social worker assumed the
        agency had told us; the agency assumed the placing authority's duty team had. She previously
        attended [[organisation:Moorside Community College]] and her {{PEP}} was due that month.
        [[name:Blessing]] says she spent the time "just on my phone". Actions: we have asked for
        education to become a mandatory field on the placement notification form, and for the
        {{Pupil Premium Plus}} to fund catch-up tuition. Ref [[case_reference:VS-2024-0588]]. Report by
        [[name:H. Lindqvist]], {{Deputy Virtual School Head}}.
    """)),
    ("social_care", "success", prose("""
        annual review for [[name:yusuf al-khatib]] today went really well and want to note why. booked
        an {{Arabic}} interpreter in person (not the phone line) so [[name:yusef]]s parents could talk
        properly, and sent them the reports 2 wks early. dad said its the first review in 4 yrs he
        actually understood. also had {{OT}} and {{physio}} in the room together so no repeat of the
        {{wheelchair}} argument, new {{standing frame}} agreed on the spot. thanks to mrs
        [[name:sandhu]] at [[organisation:Oakfield School]] who chaired brilliantly. [[name:yusuf]] came
        in for the last 10 mins with his {{eye gaze}} and said "more swimming". next review booked
        [[date:6th Feb]]. [[name:zainab]] (case officer)
    """)),
    ("social_care", "near_miss", prose("""
        Near miss, [[organisation:Westbrook Lodge School]], hydrotherapy suite, [[date:Thursday 16
        January]]. A {{hoist}} transfer was started for [[name:Joy Ferreira]] ([[age:16]]) using a
        {{medium sling}} from the shared cupboard instead of her own named large sling. The second member
        of staff, [[name:Dev]], noticed the leg straps sitting too high before she was lifted clear of
        the {{changing bench}} and stopped the transfer. No injury. Her sling had gone to the laundry and
        no replacement was issued. Her {{moving and handling plan}} specifies a large {{Arjo}} sling and
        a two-person transfer, which was followed. Actions: two named slings per pupil, spare stock
        checked at the start of each day, and the next {{LOLER}} visit will review labelling. Reported
        by [[name:S. Mensah-Boateng]], {{Class Teacher}}.
    """)),
    ("social_care", "incident", prose("""
        agency sent a {{passenger assistant}} for route 22 this morning who wasnt on our approved list
        and had no {{DBS}} on file with us. [[name:aleks]] (driver, [[organisation:Aire Valley
        Mobility]]) accepted her cos "the agency said shes fine". she did the whole am run with 5 kids
        incl [[name:Ellie-Mae]], [[name:Ravi]] and [[name:Ty]] who are all non verbal. nothing happened
        that we know of but its a clear breach of contract and {{safer recruitment}}. agency
        ([[organisation:Brightpath Staffing]]) say she has an {{enhanced DBS}}, sending it over. pulled
        her from the pm run, [[name:Wendy]] covered. reported to contracts and {{LADO}} for advice.
        [[case_reference:TRN-24-0519]]. drivers need telling they CAN refuse and ring us -
        [[phone:01632 960227]] is on the lanyard. [[name:dawn h]]
    """)),
    ("social_care", "success", prose("""
        {{designated teacher}} at [[organisation:Fernhill Primary]] (mrs [[name:okafor]]) noticed
        [[name:Brook]] ([[age:8]], {{looked after}}) was hiding toast from {{breakfast club}} in her
        coat every day. she didnt just tell her off, she raised it at the {{PEP}} and linked it to what we
        know about early neglect. we used {{Pupil Premium Plus}} for a {{play therapist}} once a week
        and school now gives her a snack box she can check at any time. carer [[name:Sunita]] says
        bedtimes are calmer and the hoarding at home has stopped. [[name:Brook]]'s {{IRO}} asked us to
        share it at the next {{corporate parenting}} panel. [[name:mel]] (vs)
    """)),
    # ------------------------------------------------------------------ health / community pharmacy
    ("health", "incident", prose("""
        dispensing error, left the pharmacy. mr [[name:hussain]] given {{amlodipine}} 10mg instead of
        5mg - picked wrong box, they sit next to each other and the {{ACT}} check was done off the screen
        not the script. pt noticed the tabs looked bigger on day 2 and rang us, took 2 doses. {{BP}} ok
        per his {{GP}} at [[organisation:Northgate Medical Practice]]. apologised, swapped, recorded on
        {{PMR}} and {{LFPSE}} ([[case_reference:LFPSE-8841206]]). shelf dividers in now between
        strengths. [[name:Nadia]] (pharmacist)
    """)),
    ("health", "success", prose("""
        On [[date:3 April 2024]] Mrs [[name:Eileen Marsh]] ([[age:72]]) presented a prescription for
        {{clarithromycin}} from the out-of-hours service. Our {{PMR}} showed she takes {{simvastatin}}
        40mg, a combination carrying a risk of {{rhabdomyolysis}}. Our pharmacist, [[name:Kwame
        Asante-Mensah]], contacted the prescriber at [[organisation:Pennine Urgent Care]], who agreed to
        pause the statin for the course. The patient was counselled with her daughter present and given
        a written note for her {{GP}}. Her NHS number, [[nhs_number:194 251 2651]], was used to view the
        {{Summary Care Record}} and confirm no other interacting medicines. This is a good example of an
        interaction alert being acted on rather than overridden at a busy time.
        [[name:K. Asante-Mensah]], {{Responsible Pharmacist}}, [[organisation:Harrow Lane Pharmacy]]
    """)),
    ("health", "near_miss", prose("""
        near miss at handout. two bags on the shelf for [[name:J Kaur]] - one [[name:Jaspreet]] one
        [[name:Jasvinder]], same surname, both on {{sertraline}} funnily enough. new {{counter
        assistant}} asked name and address, pt said "[[name:Kaur]], [[address:7 Fern Walk]]" and she
        nearly handed over the bag labelled [[address:7 Fern Way]]. spotted walk vs way at the last
        second. checked DOB [[date_of_birth:14/08/1961]] and it was [[name:Jasvindar]]s bag not the one
        in her hand. correct bag out, no harm. learning: 2 identifiers always per the {{SOP}} and DOB beats address for
        similar streets. going in the team {{huddle}}. [[name:Amy]] ({{MCA}})
    """)),
    ("health", "incident", prose("""
        Incident: discharge changes not applied to a {{monitored dosage system}} tray. Patient:
        [[name:NCUBE]], [[name:Albert]], [[age:84]], DOB [[date_of_birth:09.01.1940]], NHS No.
        [[nhs_number:329 708 5118]], of [[address:Flat 3, Beech Court]], [[postcode:HX1 4RT]]. He was
        discharged from [[organisation:Ward 12]] at [[organisation:Pennine Vale Hospital]] on
        [[date:17 July]] with {{furosemide}} reduced to 20mg and {{ramipril}} stopped. The {{Discharge
        Medicines Service}} referral arrived via {{PharmOutcomes}} on [[date:18 July]] but was not opened
        until [[date:24 July]], after the next four trays had been assembled and delivered. His carer
        from [[organisation:Homefirst Care]] noticed dizziness and the {{GP}} found low blood pressure.
        No admission. Cause: referrals go to a shared inbox checked by one technician, who was on leave.
        Action: daily DMS check added to the {{RP}} checklist. Ref [[case_reference:HLP-INC-0093]].
    """)),
    ("health", "incident", prose("""
        {{supervised consumption}} error. gave [[name:dan w]] the {{methadone}} dose for [[name:dan p]],
        45ml instead of his 30ml. they came in together, both "dan", and i poured from the {{CD
        register}} page that was open. realised when [[name:dan p]] came to the hatch. rang the
        prescriber at [[organisation:Calder Recovery Service]], advice was observe - [[name:dan w]]
        stayed 2 hrs in the consultation room with us, {{naloxone}} to hand, no signs of toxicity, went
        home with his partner and advice. {{CD}} balance corrected and annotated, keyworker told.
        gutted tbh. now: photo on the {{instalment}} script and ask dob every time even for regulars.
        [[case_reference:CRS-2291]]. [[name:Ollie]] {{RP}}
    """)),
    ("health", "success", prose("""
        good catch on {{valproate}}. [[name:Maisie]] ([[age:19]]) came in with a new rx from neuro for
        {{Epilim}} 500mg. checked {{PMR}} - no {{PPP}} risk form on file and she said nobody had talked
        about contraception. didnt refuse to supply (seizure risk) but rang the {{epilepsy nurse}} at
        [[organisation:Pennine Vale Hospital]], she hadnt seen the clinic letter either. booked
        [[name:Maisie]] into the clinic next wk, gave her the {{patient card}} and leaflet and dispensed
        in the original pack with the warning on. she was really grateful, said her mum takes it too.
        writing this up so we remember: check PPP on every valproate script for anyone who could get
        pregnant, not just new starts. [[name:Tunde]]
    """)),
    ("health", "near_miss", prose("""
        Near miss, [[organisation:Harrow Lane Pharmacy]], [[date:Monday 10 February]]. A prescription
        for {{propranolol}} 40mg for [[name:Grace Adebayo-Lin]] was labelled and assembled as
        {{prednisolone}} 5mg by a trainee {{dispenser}}. The {{accuracy checking technician}},
        [[name:Marcin Wójcik]], identified the error at the final check because the patient's {{PMR}}
        showed propranolol for {{migraine}} prophylaxis since 2022 and no steroid history. The two drugs
        were stocked on adjacent shelves. No patient impact. Actions: prednisolone relocated,
        shelf-edge look-alike sound-alike warnings added, and the error will be discussed anonymously at
        the monthly patient-safety huddle. Near-miss log [[case_reference:NM-2025-014]].
    """)),
    ("health", "incident", prose("""
        delivery issue. driver left mrs [[name:o'leary]]s bag incl her {{oxycodone}} with the neighbour
        at [[address:19 Calder Terrace]], [[postcode:BD13 2NW]] cos nobody answered at 21. our {{SOP}}
        says {{CDs}} never get left with neighbours, bring them back. neighbour rang us next morning, it
        had been on her doorstep overnight. got it back intact, seal ok, pt missed one evening dose but
        had her {{Oramorph}} for breakthrough. rang her daughter on [[phone:07700 900903]] to apologise.
        driver was agency cover and hadnt had the CD briefing. van [[vehicle_registration:MX21 RFO]].
        all cover drivers now get the {{delivery SOP}} signed before first shift. [[name:Bilal]] (mgr)
    """)),
    ("health", "success", prose("""
        our {{delivery driver}} [[name:stevie]] went above and beyond today. regular pt mr
        [[name:Pritchard]] ([[age:88]]) at [[address:Rose Cottage, Mill Lane]] didnt answer but
        [[name:stevie]] could hear the tv and him shouting faintly. looked through the letterbox, he was
        on the floor in the hall. rang {{999}}, stayed on the line, neighbour had a key. {{paramedics}}
        said he'd been down since the night before, suspected {{hip fracture}}, taken to
        [[organisation:Pennine Vale Hospital]]. his daughter [[name:Dawn]] rang to say thank you.
        [[name:stevie]] then finished his round lol. flagging as good practice, and could we add a
        "welfare concern" button on the delivery app in {{Titan}}? [[name:R]]
    """)),
    ("health", "incident", prose("""
        Cold chain incident, [[organisation:Westgate Pharmacy]], [[date:28/10/2024]]. The
        {{pharmaceutical fridge}} read 14.2°C at opening and the {{data logger}} showed the door had been
        ajar since 19:40 the previous evening. Stock included {{flu vaccine}} booked for a clinic at
        [[organisation:Sycamore Grange Care Home]] that afternoon, plus {{insulin}} awaiting collection.
        Everything was quarantined. Following advice from the {{Screening and Immunisation Team}} and
        the manufacturers we discarded 140 vaccine doses; insulin was replaced for four patients. The
        care home clinic was rebooked for [[date:1 November]] and no out-of-range vaccine was given.
        Estimated loss £1,400. Actions: door alarm fitted, and the closing checklist now includes a
        two-person check of the fridge door and temperature. Reported by [[name:Oluwaseun Bakare]],
        {{Pharmacist Manager}}, ref [[case_reference:WGP-CC-24-03]].
    """)),
    ("health", "near_miss", prose("""
        near miss {{warfarin}}. pt ([[name:Frank Dolan]], dob [[date_of_birth:03/03/1948]]) brought in
        his {{yellow book}}. {{anticoagulation clinic}} had dropped his dose to 3mg after an {{INR}} of
        4.6 on [[date:11/03]] but our label off the repeat still said 5mg daily and tech was about to
        hand over 5mg tabs only. pharmacist [[name:Siobhán]] asked to see the book as per our {{SOP}},
        spotted it, rang the clinic at [[organisation:Northgate Medical Practice]] to confirm, dispensed
        3mg and went through the new dose with [[name:frank]] and his wife. good outcome but only
        because we ask for the book and not everyone does. [[name:SM]]
    """)),
    ("health", "success", block("""
        From: [[name:Hannah Rees]] <[[email:hannah.rees@example-pharmacy.co.uk]]>
        Sent: [[date:15/05/2024]] 11:47
        To: [[email:prescribing.northgate@example.nhs.uk]]
        Subject: RE: {{Creon}} 10000 - [[name:Deniz Öztürk]]

        Thanks Dr [[name:Shah]]. We've sourced 2 x 100 from our second {{wholesaler}}, in tomorrow am, so
        no switch needed. I've rung {{mum}} to let her know. Same product and dose, no change to the
        {{CF team}}'s plan.

        [[name:Hannah]]
        {{Pharmacist}}, [[organisation:Westgate Pharmacy]]

        -----
        From: Dr [[name:Imran Shah]] <[[email:i.shah@example.nhs.uk]]>
        Sent: [[date:15/05/2024]] 10:03
        Subject: Creon 10000 - [[name:Deniz Öztürk]] (NHS [[nhs_number:671 645 2001]])

        [[name:Hannah]] - the CF nurses at [[organisation:Pennine Vale Hospital]] say don't switch brands
        without speaking to them first. Can you try other wholesalers before we look at {{Nutrizym}}?
        He's [[age:4]] so I'd rather not change anything. Thanks for flagging rather than just sending
        an {{owing}}.
        [[name:IS]]
    """)),
    ("health", "incident", prose("""
        {{Pharmacy First}} error - did a {{UTI}} consultation under the {{PGD}} for a woman aged
        [[age:66]]. pathway is 16 to 64 only. i was rushing (3 waiting, on my own as locum) and misread
        her dob [[date_of_birth:22/06/1958]] as 1968. supplied {{nitrofurantoin}}. spotted it myself at
        end of day on the {{clinical record}}. rang Mrs [[name:Dunmore]] next morning, she was already
        feeling better, advised to see her gp if any fever or back pain and let
        [[organisation:Brookside Surgery]] know via {{GP Connect}}. self-reported to the
        {{superintendent}}. lesson for me - check age on the gateway screen not in my head.
        [[name:Leanne]] (locum)
    """)),
    ("health", "success", prose("""
        Good catch: paediatric liquid strength. A prescription for {{amoxicillin}} 250mg/5ml, 5ml three
        times a day, arrived via {{EPS}} for [[name:Isla-Rose Pemberton]], aged [[age:2]], NHS number
        [[nhs_number:283 125 0595]]. The {{dispenser}}, [[name:Joseph Quaye]], noticed the previous
        course had been 125mg/5ml and queried it. Our pharmacist, [[name:Abi]], contacted
        [[organisation:Brookside Surgery]]; the prescriber confirmed the intended dose was 125mg three
        times a day and the wrong product had been picked from the drop-down in {{EMIS}}. The
        prescription was cancelled and reissued within twenty minutes. {{Mum}} was shown how to use the
        {{oral syringe}}. [[name:Joseph]] has been thanked and the example used in {{dispenser}}
        training.
    """)),
    ("health", "incident", prose("""
        wrong insulin handed out. mr [[name:baptiste]] is on {{NovoRapid}} {{FlexPen}} but got
        {{NovoMix 30}} - similar boxes, same fridge shelf. he injected one dose at lunch before noticing
        the pen looked different and rang us on his mobile ([[phone:07700 900561]]). he's on a {{basal
        bolus}} regime so hypo risk - advised check {{blood glucose}} hourly and ring {{111}} if under 4.
        also rang his diabetes nurse [[name:Yetunde]] at [[organisation:Calder Community Diabetes
        Team]]. mr [[name:baptiste]] was fine, lowest 5.1. fridge now has separate labelled bins per
        insulin. [[case_reference:LFPSE-8843571]]. [[name:Gav]]
    """)),
    ("health", "near_miss", prose("""
        nearly got a pension credit exemption wrong. pt (Mr [[name:Abdi]]) ticked the pension credit box
        on the back of the script, said his claim was in but not granted yet. new {{counter assistant}}
        was going to copy his NI no ([[ni_number:JT 48 21 93 C]]) off his letter and accept it. i
        stepped in - if the claim isnt granted the {{NHSBSA}} send a {{penalty charge notice}} and hes
        [[age:67]] and already stressed. explained he can pay now and claim back with an {{FP57}}
        refund receipt. he did. {{Real Time Exemption Checking}} would have caught it later anyway but
        better to get it right at the counter. [[name:Mo]] (pharm tech)
    """)),
    ("health", "success", prose("""
        {{hypertension case-finding}} win. [[name:Sunny]] ([[age:52]], taxi driver, never sees his gp)
        came in for {{Gaviscon}} and [[name:aroha]] asked if he'd do a quick BP while he waited. 186/112.
        repeated x3, same. sent him off with an {{ABPM}} and the referral to
        [[organisation:Moorview Health Centre]]. he's now on {{amlodipine}} and popped in today to tell
        us. [[name:Aroha]] is a {{pharmacy technician}} and it was her first referral from the
        {{BP check service}} 👍 [[name:Sunny]] said he'd tell the other drivers on the rank.
    """)),
    # ------------------------------------------------------------------ aviation / maintenance
    ("aviation", "incident", prose("""
        {{MOR}} summary. On [[date:12 August 2024]] {{A320}} [[aircraft_registration:G-OKFT]] lost its
        left {{fan cowl}} door shortly after take-off as flight [[flight_number:SKL472]] and returned to
        land safely; no injuries. Overnight, {{IDG}} oil servicing had been carried out in Hangar 3 at
        [[organisation:Northway Aero Engineering]]. The task was interrupted at shift change and the
        {{shift handover}} sheet recorded it as complete. The {{B1}} engineer who certified the work,
        Mr [[name:D. Farrow]], had not personally checked the latches, which sit low and are hard to see
        on the crew walkround. Actions: latch flags fitted to all fan cowls, task cards now require a
        separate "latches closed and checked" entry, and the event will be used as a {{Human Factors}}
        case study. Internal ref [[case_reference:NAE-OCC-24-117]]; {{CAA}} notified.
    """)),
    ("aviation", "near_miss", prose("""
        {{torque wrench}} out of cal used on a wheel change. {{tool store}} flagged it when
        [[name:jonno]] booked it back in - cal expired [[date:30/04]] and nobody noticed at sign out, tag
        half ripped off. it had been used on the {{MLG}} wheel change on [[aircraft_registration:G-LXRA]]
        ({{ATR 72}}) tonight. aircraft still on stand, not released. re-torqued with a calibrated wrench,
        values ok, {{CRS}} reissued, 25 min delay to [[flight_number:NWR 214]]. idea: the {{Snap-on}}
        cabinet could lock out tools past cal date. [[name:Kev]] B1 shift lead
    """)),
    ("aviation", "success", prose("""
        good spot by [[name:priyanka]] on nights. routine {{daily check}} on
        [[aircraft_registration:G-CDRV]] and she shone the torch further into the {{main wheel well}}
        than the card asks and found a {{hydraulic}} pipe chafing on a {{P-clip}}, through the paint into
        the metal. raised in the {{tech log}} ([[case_reference:TL 004417]]), engineering gave a repair
        per the {{SRM}}, done before first wave and it left on time as [[flight_number:SKL301]]. credit
        where its due, she's only had her {{B1}} 6 months. [[name:mark t]]
    """)),
    ("aviation", "incident", prose("""
        {{ADD}} went overdue and aircraft flew 2 sectors. [[aircraft_registration:G-MNPH]] had a {{MEL}}
        cat C item for the {{APU}} bleed valve raised [[date:02/09]], 10 day limit. {{AMOS}} flagged it
        but the outstation didnt have it on their list, and the deferral was written up wrong in the
        {{tech log}} so the due date read [[date:12/10]] not [[date:12/09]]. flew
        [[flight_number:SKL88]] and [[flight_number:SKL89]] on [[date:13/09]] beyond limit. picked up by
        {{CAMO}} next morning, aircraft grounded til valve changed, reported to {{CAA}}. honest bit: i
        wrote that deferral and put [[date:12/10]] by mistake on the tablet, 1am end of a double.
        [[name:L. Ahmadi]]
    """)),
    ("aviation", "success", block("""
        From: [[name:Aoife Brennan]] <[[email:aoife.brennan@northway-aero.example.co.uk]]>
        Sent: [[date:Thu 7 Nov 2024]] 14:20
        To: Quality; Stores
        Subject: RE: quarantine - {{fuel pump}} S/N query

        All - thanks to [[name:Kofi]] in goods-in for stopping this one. The {{EASA Form 1}} with the
        exchange {{fuel boost pump}} from the broker has a serial number that doesn't match the data
        plate, and the signature block is blank. Part is in {{quarantine}} and I've told the broker
        ([[phone:+1 305 555 0172]]) we won't accept it. Reporting as a {{suspected unapproved part}} to the
        {{CAA}} under our {{MOE}} procedure, ref [[case_reference:NAE-Q-24-0309]].

        [[name:Aoife]]
        {{Quality Manager}} | [[phone:+44 7700 900318]]

        -----
        From: [[name:Kofi Appiah]] <[[email:kofi.appiah@northway-aero.example.co.uk]]>
        Sent: [[date:Thu 7 Nov 2024]] 11:05
        Subject: quarantine - fuel pump S/N query

        [[name:Aoife]], booked in the pump for [[aircraft_registration:G-OKFT]] but the Form 1 S/N ends
        4471 and the plate says 4417. Don't want to issue it. Can you look? [[name:Kofi]]
    """)),
    ("aviation", "incident", prose("""
        Occurrence summary: engine oil loss after servicing. On [[date:19 January 2025]] a {{Dash
        8-400}} registered [[aircraft_registration:G-SKRB]] had its No. 2 engine oil replenished during
        an overnight turn by [[organisation:Skylark Regional]] line maintenance. The {{oil filler cap}}
        was not fully locked. The crew of [[flight_number:SKR1152]] saw oil quantity falling in the
        cruise, carried out a precautionary {{IFSD}} and diverted, landing safely. The mechanic,
        [[name:E. Sørensen]], had been called to a second aircraft mid-task and on return believed he
        had already closed the cap. Replenishment does not require an {{independent inspection}} under
        the {{AMP}}. Actions: a cap-secure check added to the replenishment card, and interruptions now
        require the task to be restarted from the beginning. Ref [[case_reference:SKR-SMS-2025-0042]].
    """)),
    ("aviation", "near_miss", prose("""
        near miss on jacking. days left [[aircraft_registration:G-TRLB]] on {{jacks}} in bay 2 after the
        {{landing gear}} swing, handover sheet said "gear swing complete" but didnt say still on jacks
        with {{ground locks}} out. nights tug crew came to tow it out and [[name:Hope]] (apprentice)
        shouted stop because she could see the jack pads still under the wing. tug driver
        [[name:Callum]] hadnt done a walkround cos "days said its ready". no damage. talked about it at
        the brief: verbal handover at the aircraft for anything jacked or pinned, and a red board on the
        {{tow bar}}. {{Dirty Dozen}} - complacency and communication. [[name:WR]]
    """)),
    ("aviation", "success", prose("""
        want to record this as a positive. {{flying controls}} rig on [[aircraft_registration:G-NWAY]],
        {{aileron}} cable tension, 0400. certifying engineer was about to sign the {{duplicate
        inspection}} as both 1st and 2nd inspector because nobody else licensed was free. [[name:Will]]
        ({{apprentice}}, 2nd yr) asked "isnt that meant to be someone else?". engineer stopped, rang the
        duty {{B1}} [[name:Olusegun]] in from the canteen and the dup was done properly with the
        {{tension meter}}. [[name:Will]] said after he nearly didnt say anything. apprentices need
        thanking for this, not eye rolls. [[name:MA]] shift mgr
    """)),
    ("aviation", "incident", prose("""
        {{FOD}}. torch found in the {{nose wheel well}} of [[aircraft_registration:G-SKRD]] at the
        {{weekly check}} by [[name:Zuzana]]. it had done 11 sectors since incl
        [[flight_number:SKR1152]] and [[flight_number:SKR1153]]. torch was personal not off the
        {{shadow board}}, so {{tool control}} didnt catch it. owner came forward ([[name:Bartek]]) and
        thats fine, no blame, he thinks he left it during the {{nosewheel steering}} actuator job on
        [[date:Tues 4 Mar]]. actions: personal torches banned airside, board torches issued to every
        bay. [[case_reference:NAE-OCC-25-021]]
    """)),
    ("aviation", "success", prose("""
        Positive report: fatigue declared and supported. On the night of [[date:22 February 2025]] one
        of our {{B2}} licensed engineers, [[name:Marisol Quispe]], told the {{shift supervisor}} at 02:30
        that she was too tired to carry out the {{avionics}} software load on
        [[aircraft_registration:G-NWAY]] safely, having covered an extra shift and then had broken sleep
        with a new baby. The supervisor, [[name:Ian Grieve]], reassigned the task, gave her
        documentation work for the rest of the shift and booked a taxi home. Under our {{Fatigue Risk
        Management}} policy no one is penalised for declaring fatigue, and this is exactly the
        behaviour we want. The load was completed by the day shift and the aircraft made its slot for
        [[flight_number:NWR 602]]. Reported with her permission by the {{Base Maintenance Manager}}.
    """)),
    ("aviation", "near_miss", block("""
        shift chat export, hangar 1 tow-in of [[aircraft_registration:G-LXRA]] for {{C-check}}
        [21:14] [[name:Dionne M]]: STOP stop stop
        [21:14] [[name:Dionne M]]: left tip nearly on the {{hangar door}} runner
        [21:15] [[name:anil.tug]]: stopped. what happened
        [21:16] [[name:ray_b]]: my bad was watching the tail not the tip
        [21:20] [[name:Dionne M]]: about a foot off. no contact, checked with the torch
        [21:22] [[name:WR_shiftlead]]: nobody move it, coming down
        added by [[name:WR]]: {{wing walkers}} had no radios, only {{hand signals}}, and [[name:ray]]
        was on the left but looking aft. [[name:Dionne]] on the right saw it and gave the stop to the {{tug}}. radios
        for all walkers from tonight and floor marking at the door.
    """)),
    ("aviation", "incident", prose("""
        wrong {{brake unit}} fitted. [[aircraft_registration:G-SKRB]] No.3 brake changed on nights
        [[date:5/3]] with a -7 dash number unit; aircraft is modded and needs the -9 per the {{IPC}}.
        stores issued what was on the shelf under the same base {{P/N}}, fitter checked the P/N but not
        the dash, and the {{CRS}} signatory checked the work not the part. caught 2 days later by
        [[name:Chen Wei]] in planning doing a records audit, by which time it had flown 6 sectors.
        aircraft withdrawn, correct unit fitted, {{MOR}} raised. thanks [[name:Wei]] for digging.
        lessons: {{IPC}} effectivity check at issue and on the task card. [[name:G.H.]]
    """)),
    ("aviation", "success", prose("""
        birdstrike on [[flight_number:SKR407]] inbound, crew reported a thump on short final. aircraft
        ([[aircraft_registration:G-SKRD]]) due out again 35 mins later and ops were pushing to turn it.
        [[name:deepak]] (only {{B1}} at the outstation) insisted on the full {{AMM}} {{bird strike
        inspection}} and found remains in the No.1 engine intake and a nick on one {{propeller}} blade
        outside limits. aircraft AOG, pax moved to the spare. ops manager ([[name:Fitzgerald]]) wasnt
        happy on the night but emailed next day to say well done. [[name:deepak]] didnt budge and that
        is exactly the culture we want. {{Part-145}} station lead, [[name:Tash]]
    """)),
    ("aviation", "near_miss", prose("""
        Near miss: {{pitot cover}} left fitted. On [[date:30 March 2025]] the {{first officer}} of
        [[flight_number:NWR 215]], [[aircraft_registration:G-NWAY]], found a pitot cover still fitted
        during the {{walkround}} after the aircraft had been parked overnight with covers fitted by line
        maintenance. The {{remove before flight}} streamer had wrapped round the probe in the wind and
        was not visible from the ground. The {{tech log}} recorded the covers going on but not coming
        off, and the board at the line office showed three of four returned but nobody checked the
        count. The {{Captain}} delayed departure by ten minutes. Action: covers now logged by number,
        and the CRS cannot be signed with any outstanding. Reported by [[name:Ruth Amankwah-Doyle]],
        {{Line Maintenance Controller}}, ref [[case_reference:NWR-LM-25-0066]].
    """)),
    ("aviation", "success", prose("""
        {{borescope}} find. scheduled inspection of No.2 engine on [[aircraft_registration:G-LXRA]]
        (Hangar 2, [[organisation:Northway Aero Engineering]]) and [[name:Stanislav]] noticed a small
        crack on a {{combustion chamber}} liner that wasnt in the previous images stored in {{AMOS}}.
        within limits today but growing. sent to the {{engine OEM}} {{field rep}} who agreed, engine change
        planned for the next {{C-check}} instead of an unscheduled removal. [[name:stan]]'s images were
        so clear the rep asked to use them for training. thanks [[name:stan]] and [[name:Beatriz]] for
        staying late. [[name:KO]]
    """)),
    ("aviation", "incident", prose("""
        injury. [[name:liam o]] ([[age:23]]) slipped off the top of the {{tail dock}} working on the
        {{elevator}} hinge on [[aircraft_registration:G-SKRB]] in hangar 3. guard rail had been removed
        to get closer and not put back. fell approx 1.5m onto the next platform, wrist injury, taken to
        [[organisation:St Oswald's Hospital]]. {{first aider}} [[name:Bev]] was great. {{RIDDOR}} if
        he's off over 7 days. guard rails now need a {{permit}} to remove and the dock wont power up
        with one out. {{H&S}} ref [[case_reference:NAE-HS-25-004]]. [[name:liam]] says he knew it was
        daft and was rushing for the slot. [[name:sean]] - supervisor
    """)),
]


def main() -> None:
    write_records(OUT, build_records("heldout-blind89", REPORTS))


if __name__ == "__main__":
    main()
