"""Held-out blind corpus 105: just-culture incident-and-learning reports from residential special schools, short-break units, youth justice services and secure children's homes; ambulance control rooms, NHS 111 and urgent care; and flight training organisations and aircraft maintenance at a regional airfield. Styles mix plain first-person prose, lower-case chatty notes, timed logs and tech-log entries, quoted phone calls and RT transcripts, e-mails, forms, handover sheets, SBAR summaries and team chats, signed off with names, initials or handles."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from markup import block, build_records, write_records  # noqa: E402
from markup import flow as prose  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "corpus" / "heldout_blind105.jsonl"

REPORTS = [
    # ------------------------------------------------------------------ social care (17)
    ("social_care", "incident", prose("""
        Waking night in [[organisation:Larch House]] at [[organisation:Brackenfield Residential School]].
        At approx 01:40 [[name:Tyler]] ([[age:14]], {{autism}} with a {{PDA}} profile) got out through
        the laundry fire door, which should have been alarmed but the {{door sensor}} had been switched
        to chime only after the afternoon deep clean. I didnt hear it as I was doing {{obs}} on
        [[name:Kacper]] upstairs. [[name:deb]] from the next house saw him on the drive on the {{CCTV}}
        monitor and we found him by the bins, cold but safe, about 6 minutes missing in total. Rang the
        {{on-call manager}} ([[name:Femi Adebayo-Clarke]]) and started the {{missing from care}}
        protocol until he was located. Learning: the chime/alarm switch is not on any checklist and the
        cleaners dont know what it does. Suggest a red tag on the panel and a line on the
        {{night handover sheet}}. [[name:Tyler]] was fine and told me "you need a better alarm miss",
        which is fair. [[name:S.W.]], RSW
    """)),
    ("social_care", "success", block("""
        SHORT BREAK LOG - [[organisation:The Willows Short Break Unit]]
        Date: [[date:Sat 14 Sept]]
        YP: [[name:Amara Nwosu-Bell]] ([[age:11]]), {{Dravet syndrome}}, plan ref [[case_reference:SB-2291]]

        18:05 [[name:Amara]] settled in lounge, {{sensory room}} booked for 18:30
        18:52 tonic-clonic seizure started in sensory room. Timer started by [[name:JM]]
        18:57 5 mins - {{buccal midazolam}} given per {{rescue medication protocol}} by [[name:Rhiannon]] ([[name:RP]]), 2nd checker [[name:JM]]
        19:01 seizure stopped, {{recovery position}}, sats 96%
        19:10 rang {{mum}} on [[phone:07700 900418]], happy with actions, collecting Sunday as planned
        19:40 [[name:Amara]] sleepy but chatting, obs normal

        What went well: timer used from the start, both staff trained, {{MAR}} signed straight away,
        no {{999}} needed per plan. Thank you [[name:Rhiannon]] for staying so calm.
        [[name:JM]] / senior on shift
    """)),
    ("social_care", "near_miss", prose("""
        Routine bedroom search on [[organisation:Kestrel Unit]] at
        [[organisation:Moorgate Secure Children's Home]] found a strip of torn bedsheet tucked inside the
        {{mattress}} zip in the room used by [[name:JJ]] ([[age:15]]). No attempt had been made and
        [[name:JJ]] was on {{level 2 observations}} at the time. We think it was missed at the previous
        search on [[date:2 March]] because the {{search checklist}} doesnt mention the mattress cover
        zip at all. [[name:JJ]]'s {{key worker}} [[name:Lorna]] sat with him and he talked about being
        worried about court. {{CAMHS}} and the {{health and wellbeing team}} informed, his
        {{risk management plan}} updated, checklist amended the same day. Posting so other units check
        their own lists. [[name:GH]] (team leader)
    """)),
    ("social_care", "incident", block("""
        From: [[email:k.oduya@yjs.example.gov.uk]]
        To: YJS practice leads
        Subject: Learning - missed {{ISS}} appointment [[case_reference:YJ/24/0713]]

        Hi all,
        Sharing because it was avoidable. [[name:Dontae]] ([[age:16]]), on an
        {{Intensive Supervision and Surveillance}} requirement, was recorded on {{ChildView}} as missing
        his 10:00 at the [[address:Unit 3, Carver Street]] reporting centre on [[date:19/08/24]].
        He had actually rung the duty line [[phone:0113 496 0582]] at 09:20 to say his bus was cancelled.
        It went into the shared voicemail which no-one checked until Thursday, by which point a
        {{warning letter}} had gone out.

        Fix: duty voicemail now forwards to [[email:yjs.duty@yjs.example.gov.uk]] and is checked at
        09:30 and 13:30. I've apologised to [[name:Dontae]] and his nan.

        Thanks,
        [[name:Kemi Oduya]]
        {{YJS Case Manager}}
        [[phone:07700 900263]]
    """)),
    ("social_care", "success", prose("""
        Good practice to share. Restorative meeting yesterday between [[name:Rio]] and the owner of the
        corner shop on [[address:Hadley Road]] whose window he put through over the summer. It took three
        prep sessions. Our {{victim liaison officer}}, [[name:Baljit Sandhu]], did brilliant work with the
        shop owner Mr [[name:Gill]], who wanted to be heard rather than paid. We used the
        {{restorative script}} but kept it to 40 minutes because [[name:Rio]] has {{ADHD}} and finds long
        meetings hard; the {{speech and language therapist}} suggested giving him the questions in writing
        beforehand, which really helped. He offered two Saturdays helping in the shop and Mr [[name:Gill]]
        agreed. Outcome added to his {{referral order}} contract. What helped: time, written questions,
        same faces every session. [[name:Nat]] ({{YOT officer}}), [[organisation:Wrexley Youth Justice Service]]
    """)),
    ("social_care", "incident", block("""
        Incident - [[organisation:Hollins Lodge]] short breaks, Friday pm

        Phone call from dad at 16:40:
        Dad: "Hi it's [[name:Marek]], [[name:Zofia]]'s dad, you've sent the wrong tablets home in her bag."
        Me: "OK, can you read me the label please?"
        Dad: "It says [[name:Ellis Brown-Whitfield]], {{melatonin}} 3mg."

        [[name:Zofia]]'s own {{melatonin}} and {{Keppra}} were still in our {{medication cabinet}}. Both
        children go home on a Friday from the same room and the bags were packed by one staff member while
        the other was doing handover. No doses missed or wrongly given. [[name:Ellis]]'s family collected at
        17:30 and I drove [[name:Zofia]]'s meds round to [[address:27 Pevensey Way]] with a colleague.
        Our {{medication policy}} says two staff for discharge packing - we didnt do that. Raised with
        the {{registered manager}} and asked for labelled bags with photos on.
        [[name:TK]]
    """)),
    ("social_care", "near_miss", prose("""
        Minibus [[vehicle_registration:YK19 HBF]], morning run back to [[organisation:Fernhill Academy]]
        from the residential block. At the first set of lights I heard a click and saw [[name:Hamza]]'s
        wheelchair had shifted about an inch. Pulled into the lay-by on [[address:Stanton Lane]] and found
        the rear {{wheelchair tie-down}} hadnt been ratcheted. [[name:Hamza]] (aged [[age:12]]) was fine and
        still in his {{lap belt}}. The escort that day was agency and hadnt done {{WTORS}} training, and
        I should have checked myself before pulling off. We now do a tug test with the driver watching
        before every journey and it's on the {{vehicle check sheet}}. Nothing happened but it could have
        been nasty on the {{dual carriageway}}. Driver, [[name:Pete O]]
    """)),
    ("social_care", "success", prose("""
        just wanted to log a good one. [[name:kayden]] was kicking off on [[organisation:Heron Wing]]
        around tea time after a call with his {{social worker}} about contact being cancelled. normally
        this ends in a {{restraint}} and {{single separation}}. [[name:chantelle]] (who has the best
        relationship with him) took over, turned the tv off, sat on the floor at the other end of the
        corridor and just talked about his dog Biscuit for about twenty minutes. no hands on, no holds
        used at all. we actually followed his {{behaviour support plan}} properly for once and it worked.
        debrief with dr [[name:haq]] ({{clinical psychologist}}) booked for thursday. shout out to
        [[name:chantelle]], she was amazing. [[name:mo]]
    """)),
    ("social_care", "incident", block("""
        INCIDENT FORM - [[organisation:St Aidan's School]] (residential)
        Ref: [[case_reference:INC-05531]]
        Pupil: [[name:Reuben Achterberg]]
        DOB: [[date_of_birth:07/02/2011]]
        NHS no: [[nhs_number:959 104 8955]]
        Home address: [[address:Flat 4, Calder Court, 88 Mill Street]], [[postcode:HX3 6QB]]
        Date of incident: [[date:10/10/2024]]

        Description: [[name:Reuben]] was given a flapjack at evening snack that contained {{sesame}}.
        Known allergy on his {{care plan}} but the snack list in the boarding kitchen was the old one.
        Mild reaction (lip swelling), {{cetirizine}} given, monitored for 4 hrs. {{EpiPen}} not needed.
        Parents informed by Ms [[name:Fairweather]].
        Action: kitchen allergen list now printed weekly from {{Arbor}} and signed by the {{houseparent}}.
        Reported by: [[name:D. Kowalczyk]]
    """)),
    ("social_care", "success", block("""
        Night staff chat (shared with permission)

        [[name:jessw]] 22:14: [[organisation:Beech]] all settled. [[name:Noah]] still awake but calm, {{Minecraft}} on tablet till 22:30 as per plan
        [[name:Gabs_K]] 22:16: nice. [[organisation:Maple]] quiet too. [[name:Summer]] asked for her {{weighted blanket}}, done
        [[name:jessw]] 22:41: [[name:Noah]] asleep
        [[name:Gabs_K]] 23:58: [[name:Summer]] nosebleed, sorted, bedding changed, back to sleep in 10 mins
        [[name:okonkwo.t]] 00:05: ty both, logged on {{Clearcare}}

        Why I'm posting: we switched from {{radios}} to the silent {{Teams}} chat after lights out and it
        has made a real difference. No crackle waking kids, everything timestamped, and the
        {{night manager}} can see what's going on across both houses. Would recommend to other
        {{residential}} settings. [[name:GK]]
    """)),
    ("social_care", "near_miss", prose("""
        Nearly had a young person arrested for something he hadnt done. [[name:Lewis Mbeki]] ([[age:17]])
        had his next court date on {{ChildView}} as [[date:4 November]] when the {{court register}} said
        [[date:11 November]]. PC [[name:Lane]], our seconded {{police officer}}, rang me because the
        court had listed him as failing to attend and a {{warrant}} was being talked about. I checked the
        {{Common Platform}} and the adjournment note and it was our error, a typo when the adjournment
        was keyed in, so we never told [[name:Lewis]] the right date. The court clerk re-listed it and PC
        [[name:Lane]] confirmed nothing had been actioned. [[name:Lewis]]'s {{mum}} was very relieved.
        Going forward any court date change gets a second person check on entry. [[name:A.H.]]
    """)),
    ("social_care", "incident", prose("""
        During a planned {{physical intervention}} on [[date:23/01/25]] at
        [[organisation:Ashdown Secure Unit]], [[name:Precious]] ([[age:14]]) got a carpet burn on her
        cheek when we went to the floor. We use {{Team-Teach}} and a floor hold is meant to be a last
        resort; it was used because she was headbutting the wall. Three staff involved: me,
        [[name:Will Ferreira]] and [[name:Gosia]]. The burn was cleaned and checked by the {{nurse}} and a
        body map done. {{Reg 40}} notification to {{Ofsted}} went the next morning. Learning from the
        debrief: the floor by the {{de-escalation room}} has rough carpet tiles and estates are looking at
        it. [[name:Precious]] said in her own debrief that she doesnt want [[name:Will]] in a hold again
        because he's a man, and that is now in her plan. Datix ref [[case_reference:DX-118404]].
        [[name:R. Hussain-Lowe]]
    """)),
    ("social_care", "success", block("""
        Log - [[organisation:Thornbury House]] short breaks - first overnight, new child

        15:30 [[name:Ibrahim]] ([[age:9]]) arrived with {{mum}} [[name:Dalia]]. Using his {{PECS}} book and {{Now and Next}} board
        15:45 tour of bedroom, lined his cars up on the windowsill, happy
        17:00 tea - pasta only, as expected from his {{All About Me}} profile
        19:30 refused bath, did a {{social story}} instead, agreed to wash face
        20:45 asleep. Checks every 30 mins per {{care plan}}
        06:10 awake, cheerful, asked for cars

        What went well: three tea visits before the first overnight, same two staff ([[name:Bex]] and
        [[name:Hunter]]) each time. {{Mum}} texted at 07:02 "he says he wants to come back!!"
        Good planning pays off. - [[name:Bex]]
    """)),
    ("social_care", "incident", prose("""
        A {{Year 10}} boarder at [[organisation:Greystones College]] told a {{teaching assistant}} at
        breakfast that a member of night staff had shoved him against a door. She wrote it on a sticky
        note and handed it to the {{DSL}} at lunch, about four hours later, by which time the staff member
        had gone home. The {{LADO}} was contacted that afternoon (ref [[case_reference:LADO-2024-0387]]) and
        the staff member was suspended pending enquiries. The pupil, [[name:Callum Fraser-Reid]], [[age:15]],
        has {{SEMH}} needs; he was checked by the school nurse and had no injury. The learning is about
        delay and recording: the TA didnt know she could go straight to the DSL or log it on {{CPOMS}}
        herself. Refresher training is booked for all support staff and the disclosure flowchart is now on
        the back of every lanyard. [[name:M. Akintola]], {{Head of Care}}
    """)),
    ("social_care", "near_miss", block("""
        HANDOVER day to night - [[organisation:Linden Lea]] residential - [[date:Thurs 6 March]]
        - [[name:Aaliyah]]: {{PEG}} feed due 22:00. NEW rate 80ml/hr per dietitian letter dated [[date:3/3/25]]
        - [[name:Finlay]]: settled, using {{Makaton}} for more and finished
        - [[name:Oisín]]: {{Buccal}} in grab bag, no seizures today

        NEAR MISS: day staff had set the {{feed pump}} at the OLD rate (120ml/hr). Night staff
        [[name:Ngozi]] spotted it when she checked the pump against the {{feeding plan}} before
        starting. Nothing had run. Plan updated, pump label changed, dietitian letter now filed at
        the front of the {{MAR}} folder so it cant be missed.
        [[name:NE]] / [[name:Frank]] (night senior)
    """)),
    ("social_care", "success", prose("""
        Panel for [[name:OKORO Daniel]] ([[age:15]]), ref [[case_reference:YJ/25/0142]], held at
        [[organisation:Bridge Road Community Centre]]. Volunteer {{panel members}} [[name:Faith Adewale]]
        and [[name:Glyn Protheroe]]. [[name:Daniel]] chose his own contract targets for the first time:
        boxing at [[organisation:Eastside ABC]] twice a week and finishing his {{CSCS card}} course. His
        {{EHCP}} coordinator joined on {{Microsoft Teams}}. What worked: we sent an easy-read agenda in
        advance and let him bring his older brother [[name:Kwame]] for support. The panel finished in 35
        minutes with a signed {{contract}} and he shook everyones hand on the way out. [[name:C. Lloyd]],
        {{referral order coordinator}}
    """)),
    ("social_care", "incident", prose("""
        Taxi [[vehicle_registration:BD68 XKT]], contracted through {{SEND transport}}, turned up at
        [[organisation:Sunnyside Short Breaks]] to collect [[name:Ruby-Mae]] ([[age:8]]) with no
        {{passenger assistant}} on board. Driver said the PA had called in sick. [[name:Ruby-Mae]] has
        {{PMLD}} and needs {{oral suction}} so cannot travel without a trained escort. The driver wanted to
        take her anyway ("its only 20 minutes"). I refused and rang her mum on [[phone:07700 900771]]; she
        collected at 17:15. Transport team told via [[email:send.transport@example-council.gov.uk]].
        Concern: second time this month with the same operator, [[organisation:Arrow Cars]]. Escalated to
        {{commissioning}}. [[name:Dawn]], shift lead
    """)),
    # ------------------------------------------------------------------ health (17)
    ("health", "incident", block("""
        CAD [[case_reference:CAD-240917-0412]] - {{EOC}} timeline

        03:12 call from daughter. Pt [[name:Edna Whitlock]] [[age:84]]yo "not right", breathing "a bit funny"
        03:13 triaged via {{AMPDS}}, coded {{Cat 3}} (fall, no priority symptoms)
        03:41 daughter rang back: "she's gone grey and she's not answering me". Re-triaged {{Cat 1}}
        03:49 {{DCA}} on scene, pt {{peri-arrest}}
        04:20 conveyed to [[organisation:Kingsmere General Hospital]]

        Learning: first call handler didnt complete the breathing question as the line was noisy and the
        daughter was shouting. Flagged by the {{clinical hub}} audit. Reviewed with call handler
        [[name:LP]] in a supportive 1:1, no blame, she has asked for extra {{ProQA}} refresher time.
        [[name:Shireen T.]], EOC Clinical Supervisor
    """)),
    ("health", "success", prose("""
        A {{health advisor}} on the 111 line took a call from a man worried about his wife,
        [[name:Joy Abernethy]] ([[age:52]]), who was "just a bit confused" after a {{UTI}}.
        {{NHS Pathways}} was heading towards a speak-to-GP-within-6-hours disposition, but the advisor,
        [[name:Ravinder]], heard the husband mention her knees looked blotchy and asked the
        {{clinical advisor}} to take the call. The clinician upgraded to an ambulance; the crew found a
        {{NEWS2}} of 9 and started the {{sepsis}} pathway. Mrs [[name:Abernethy]] spent three days in
        {{ICU}} and is now home. [[name:Ravinder]] trusted his gut and escalated even though the system
        hadnt told him to. Shared at our huddle with his agreement. [[name:HB]], 111 team leader,
        [[organisation:North Calder IUC]]
    """)),
    ("health", "near_miss", block("""
        Call excerpt (shared learning, {{EMD}} desk)

        EMD: "Ambulance service, is the patient breathing?"
        Caller: "Yeah he's breathing, it's my grandad, he's fell in the garden and cant get up."
        EMD: "What's the address?"
        Caller: "[[address:12 Orchard Close]]."
        EMD: "And the postcode?"
        Caller: "Er... [[postcode:WF9 2LT]]."
        EMD: "Thank you. Can I take the number you're calling on?"
        Caller: "[[phone:07700 900356]]."

        {{CAD}} had auto-filled the first [[address:Orchard Close]] in the {{gazetteer}}, which is in a different
        town about 11 miles away. [[name:Tomasz]] always reads back the postcode and noticed the map pin
        was wrong before the job went to {{dispatch}}. Crew sent to the right place, pt [[age:81]] had a
        {{long lie}} of about an hour but no injury. Raised with the {{CAD}} team, ref
        [[case_reference:IT-55817]]. [[name:Tomasz]] / [[name:CW]] (team mentor)
    """)),
    ("health", "incident", prose("""
        At [[organisation:Greenway Urgent Treatment Centre]] a patient, [[name:Mohammed Ali Rahman]], was
        booked in by reception onto the record of a different [[name:Mohammed Rahman]] with the same year
        of birth, NHS number [[nhs_number:425 221 6524]] instead of his own [[nhs_number:696 773 2943]]. He
        was seen by the {{ANP}} for a {{hand laceration}} and the consultation was written into the wrong
        record. The discharge summary then went to the other patient's practice,
        [[organisation:Parkside Medical Practice]], who rang us. No clinical harm, but an {{IG breach}} and
        reported to the {{Caldicott Guardian}}. {{Datix}} [[case_reference:W128843]]. Learning: reception must
        check three identifiers (full name, full DOB, first line of address), not name and year, and
        {{SystmOne}} now shows a banner when two patients share a name. [[name:Grace]], UTC reception lead
    """)),
    ("health", "success", block("""
        Radio log, [[organisation:East Fen Dispatch Desk 3]]

        14:22 A41: "Control, Alpha Four-One, on scene {{RTC}}, car into tree, one patient trapped, request {{HEMS}} and fire."
        14:23 Control: "Received Alpha Four-One, HEMS being requested, fire already mobile."
        14:25 A41: "{{METHANE}} to follow... {{major incident}} not declared, one casualty, access via farm track."
        14:31 Control: "Alpha Four-One, HEMS ETA nine minutes, {{landing site}} the field north of [[address:Welland Farm]]."
        14:41 HEMS landed.

        First call to HEMS on the ground: 19 minutes. Crew gave a clear {{METHANE}} report first time and
        the {{dispatcher}} kept the channel clear. Pt male, [[age:19]], conveyed to
        [[organisation:Royal Fenland Major Trauma Centre]]. Great work from crew [[name:Lee]] and
        [[name:Marcin]].
        [[name:Siobhan]] (dispatcher)
    """)),
    ("health", "near_miss", prose("""
        I'm a {{clinical navigator}} in the [[organisation:Midshire Ambulance Service]] control room. During
        the surge on [[date:29 December]] the {{Cat 3}} and {{Cat 4}} call-back queue was over 200. Mr
        [[name:Sweeney]], [[age:91]], had waited six hours for a welfare call after a fall. When I finally
        rang him on [[phone:01632 960447]] he said he was "fine" but sounded very breathless, so I upgraded
        him to a {{Cat 2}}. The crew found a suspected {{PE}} and he was admitted. If we hadnt been doing
        our informal "oldest first" sweep I'm not sure he'd have been called for another couple of hours.
        The sweep isnt in the {{surge plan}}, it should be. [[name:N.O.]]
    """)),
    ("health", "incident", block("""
        From: [[email:ooh.pharmacy@calderoohs.example.nhs.uk]]
        To: [[email:reception.briarwood@example.nhs.uk]]
        Subject: Prescription sent to wrong pharmacy - [[name:FENWICK, Hope]]

        Hi,
        Our {{out-of-hours}} GP issued an {{EPS}} prescription for {{co-amoxiclav}} for Mrs
        [[name:Hope Fenwick]] (DOB [[date_of_birth:14/05/1968]]) on Saturday. It went to the nominated
        pharmacy on her {{Spine}} record, [[organisation:Lakeside Pharmacy]], which she stopped using when
        she moved last year, so she went 24 hours without her antibiotics. Could
        [[organisation:Briarwood Surgery]] please update her nomination with her? She is aware and
        no harm reported, but this is the third one this month for us.

        Many thanks,
        [[name:Adaeze]]
        {{Clinical Pharmacist}}, [[organisation:Calder Vale OOH]]
    """)),
    ("health", "success", prose("""
        A {{mum}} brought [[name:Leo]], [[age:2]], to [[organisation:St Hilda's Walk-in Centre]] with a
        "fall off the sofa". The {{triage nurse}}, [[name:Sunny Okonkwo]], noticed bruising behind the ear,
        which isnt a typical fall site ({{TEN-4-FACESp}}). She calmly went back over the history, noticed
        it had changed, and discussed with the {{paediatric registrar}}. Referred to
        {{children's social care}} via the {{MASH}} and [[name:Leo]] was admitted for a
        {{skeletal survey}}. {{Mum}} was kept informed throughout. [[name:Sunny]] did everything by the book
        and was kind with it. Posting to remind everyone the {{bruising protocol}} applies to all
        under-twos, not just non-mobile babies. Dr [[name:K. Bose]], UTC clinical lead
    """)),
    ("health", "incident", prose("""
        call came in from a mobile [[phone:07700 900982]], caller very distressed, said her friend had
        taken "loads of tablets" ({{sertraline}} and {{paracetamol}} it turned out) and was at "the flats by the canal". couldnt get a proper address. the
        {{AML}} location had a 300m radius so didnt help much. it took 22 mins to find her at
        [[address:Flat 9, Wharfside House]], the {{crew}} had to knock doors. pt [[name:kayleigh]] [[age:23]]
        was ok in the end after treatment at [[organisation:Calderbrook Hospital]]. learning for me: ask
        for a landmark or shop name early and talk the caller through {{what3words}}, we only got that
        at minute 18. also should have asked for the friends surname straight away as the crew could
        have checked the {{resident list}}. [[name:jb]] {{EMD}}
    """)),
    ("health", "near_miss", block("""
        VDI - [[vehicle_registration:YX21 KPO]] ({{DCA}}), [[organisation:Hartwell Ambulance Station]]
        07:02 started {{VDI}}
        07:10 {{LIFEPAK 15}} self-test pass. Adult {{defib pads}} in primary bag past expiry
        07:12 no spare pads in {{response bag}} either
        07:14 {{Entonox}} cylinder nearly empty, swapped
        07:25 pads replaced from station stores, reported to {{fleet}}

        Near miss: the previous shift had signed the VDI as complete. If our first job had been a
        {{cardiac arrest}} we'd have had no in-date pads. Found by {{paramedic}} [[name:Oliwia]]
        doing a proper check rather than a tick-box one. Fleet ref [[case_reference:FLT-66210]].
        [[name:Oliwia]] / [[name:Rich]]
    """)),
    ("health", "success", prose("""
        Proud of this one. Call to [[address:3 Kingfisher Mews]], where a [[age:14]]-year-old had found his
        dad collapsed in the kitchen. {{Call handler}} [[name:Amira Haddad]] gave {{T-CPR}} instructions and
        counted compressions with him for eleven minutes until the {{community first responder}} arrived.
        She also got a neighbour to fetch the {{AED}} from the cabinet outside
        [[organisation:The Red Lion]] so the boy never had to leave his dad. His dad, [[name:Steve]], had
        {{ROSC}} on scene and has since been discharged from [[organisation:Harrowfield Heart Centre]].
        [[name:Amira]] kept her voice calm and steady the whole time and the lad has since been in to meet
        her. [[name:PD]], EOC manager
    """)),
    ("health", "incident", prose("""
        Crew held outside the ED at [[organisation:Northgate Royal Infirmary]] for 4 hrs 40 with a
        [[age:78]]-year-old lady, Mrs [[name:Pinto]], with a suspected {{fractured neck of femur}}. During
        the wait she became {{hypotensive}} and had nothing beyond the {{morphine}} given on scene. There
        was no {{HALO}} on shift that evening. Meanwhile eleven {{Cat 2}} calls were held in our area.
        Crew [[name:Abi]] and [[name:Ade]] kept her warm and did obs every 15 minutes. Learning: the
        {{OPEL 4}} escalation to the hospital site manager happened at 2 hours instead of 45 minutes
        because the {{tactical commander}} was tied up on another site. Datix
        [[case_reference:DTX-3047716]]. [[name:Mel Quansah]], Duty Locality Manager
    """)),
    ("health", "success", block("""
        SBAR - 111 clinical advisor, shared learning
        S: Caller [[name:Ayesha Mirza]], [[age:29]], {{28/40}} pregnant, headache and "sparkly" vision
        B: First pregnancy, booked at [[organisation:Westmoor Maternity Unit]]. NHS no [[nhs_number:840 591 5265]]
        A: {{Pathways}} disposition was {{ED}} within 1 hr. Possible {{pre-eclampsia}}. Rang {{maternity triage}} direct on [[phone:01632 960334]] instead
        R: Seen in {{maternity assessment}} within 40 mins, BP 168/110, admitted, mum and baby well

        Good because the direct call skipped the ED queue and the midwife had her notes ready.
        [[name:F.D.]], Clinical Advisor
    """)),
    ("health", "incident", prose("""
        Home visit by our out-of-hours GP to [[address:Glebe Farmhouse, Long Lane]], [[postcode:LE17 5HQ]].
        The patient, [[name:Arthur Penhaligon]], had his DOB recorded as [[date_of_birth:02/11/1939]] when it
        is actually [[date_of_birth:11/02/1939]], swapped somewhere in the referral, and his NI number
        [[ni_number:ZR 73 40 11 C]] had been typed into the NHS number field. Because of this the
        {{Adastra}} record didnt link to his {{Summary Care Record}} and the GP didnt see he was on
        {{warfarin}}. She prescribed {{naproxen}} for his knee. The community pharmacist flagged the
        interaction and rang us on the {{professional line}}; no doses taken. Incident
        [[case_reference:OOH-24-1193]]. Dr [[name:Ifeoma Chukwu]]
    """)),
    ("health", "near_miss", prose("""
        111 call on [[date:Sunday 5 January]]: {{dad}} wanted to check how much {{Calpol}} he could give
        his [[age:3]]-year-old, [[name:Isla]]. While talking it came out that {{mum}} had given a dose an
        hour before and nan had given one too, so three doses in about five hours plus {{Nurofen}}.
        {{Health advisor}} [[name:Connor]] paused and warm-transferred to me; I checked on {{TOXBASE}} and
        it was under the threshold for her weight (14kg), no harm. Learning: ask "who else has given
        medicine today" early on. I've suggested a written dose chart for the fridge in our
        {{self-care advice}}. [[name:Connor]] did exactly the right thing. [[name:Yusuf]], clinical advisor
    """)),
    ("health", "incident", block("""
        {{Teams}} chat, dispatch / hub, extract

        [02:11] [[name:Jade.P]]: any crew for the {{Cat 2}} chest pain at [[address:41 Beacon Street]]? 58 mins waiting
        [02:12] [[name:Hassan R]]: nothing till 02:40 earliest
        [02:13] [[name:Jade.P]]: can hub do a {{welfare call}}?
        [02:14] [[name:tilly_hub]]: on it
        [02:30] [[name:tilly_hub]]: rang x2 no answer
        [02:31] [[name:Jade.P]]: ok
        (no further messages)

        Incident: nobody picked up the unanswered welfare call for 40 minutes because the chat moved on.
        Crew arrived 03:19, pt [[age:67]] on the floor, {{STEMI}}, {{PPCI}} at cardiac centre. Learning:
        unanswered welfare calls go back into CAD as an open task, not just chat. Datix
        [[case_reference:DX-223591]]. Submitted by [[name:HR]]
    """)),
    ("health", "success", prose("""
        Our {{falls response car}}, {{OT}} [[name:Rosie Adjei]] and {{paramedic}} [[name:Lorcan]], went to a
        non-injury fall for Mrs [[name:Dobrowolski]], [[age:88]], at [[address:Mayfield, Church Row]]. Instead
        of a {{DCA}} and hours on the floor, they lifted her with the {{Mangar ELK}}, did a full assessment,
        fitted a key safe, referred to [[organisation:Tennant Street Rehab Team]] and set up a
        {{pendant alarm}}. Seen within 35 minutes of the 999 call, no conveyance, home by herself with
        support in place. [[name:Lorcan]] also spotted her slippers were the real hazard and found her a
        new pair from the car. Lovely example of right care, right place. [[name:E.M.]]
    """)),
    # ------------------------------------------------------------------ aviation (16)
    ("aviation", "incident", prose("""
        Student on solo consolidation, [[name:Aditya]], in [[aircraft_registration:G-BXKL]] at
        [[organisation:Mallowfield Airfield]], taxied past {{holding point}} A1 for {{runway 26}} without
        clearance while a {{PA-28}} was on short final. The {{FISO}} called "[[aircraft_registration:G-KL]]
        hold position" and the aircraft on final went around. [[name:Aditya]] said he'd heard "hold at A1"
        as "line up". He is [[age:19]] with 14 hours total. Learning: students read back hold instructions
        in full, and {{instructors}} brief the A1 {{hot spot}} on the {{aerodrome chart}} before every
        first solo. {{MOR}} filed with the {{CAA}}, our ref [[case_reference:SMS-2024-071]].
        [[name:JRT]] ({{CFI}})
    """)),
    ("aviation", "success", block("""
        RT transcript from the student's recording:

        [[aircraft_registration:G-CDPW]]: "PAN PAN, PAN PAN, PAN PAN, [[organisation:Farnley Approach]], [[aircraft_registration:Golf Charlie Delta Papa Whiskey]], {{Cessna 152}}, rough running engine, 2000 feet, 8 miles north, instructor and student, returning to field"
        Approach: "[[aircraft_registration:Golf Papa Whiskey]], roger PAN, {{runway 24}} available, wind 230 10, report field in sight"

        {{Carb heat}} applied straight away; rough running cleared after about 30 seconds, classic
        {{carb icing}}, but we kept the PAN running and landed. Student [[name:Maisie]] flew the approach
        with me monitoring. Well done {{ATC}} for clearing the {{circuit}} for us. Learning: {{carb heat}} check
        every 10 minutes on humid days, not just before descent.
        [[name:G.A.]], FI
    """)),
    ("aviation", "near_miss", prose("""
        During the {{duplicate inspection}} on the nose gear of [[aircraft_registration:G-TFLA]]
        ({{PA-28-161}}) after its {{50-hour check}} I noticed the torque link bolt had no
        {{torque stripe}}. The engineer on the job, [[name:Darius]], had been pulled off halfway through to
        help with a hangar door that had jammed. When we checked, the nut was only finger tight. The
        aircraft hadnt flown and the {{CRS}} wasnt signed. Learning: any interrupted task now gets a red
        "task open" tag on the aircraft and on the {{work pack}}. Internal occurrence
        [[case_reference:QR-24-118]]. [[name:Sorcha]] ({{B1}}), [[organisation:Pennine Aero Engineering]]
    """)),
    ("aviation", "success", prose("""
        Stores issued {{spark plugs}} for the {{Lycoming O-320}} on [[aircraft_registration:G-BSXN]] that
        had the right box but the wrong plugs inside (wrong reach). [[name:Ollie Brenner-Santos]], our
        second-year {{apprentice}}, noticed they looked different while comparing them with the
        {{IPC}} and stopped to ask instead of fitting them. The supplier,
        [[organisation:Aerospares Direct Ltd]], confirmed a packing error across a whole batch and has
        quarantined it. Nice catch [[name:Ollie]], shared at the weekly {{toolbox talk}}. [[name:BR]],
        {{Licensed Engineer}}
    """)),
    ("aviation", "incident", block("""
        TECH LOG - [[aircraft_registration:G-OFTA]] ({{DA40}})

        [[date:17/07/24]] 09:15 pre-flight by [[name:K. Mensah]] (student): "oil 5 qts OK"
        10:40 after landing, instructor [[name:Vikram]] notes oil on windscreen and belly
        11:05 engineering: oil filler cap found not locked, oil qty 3.5 qts
        11:30 engine ground run, no leaks, cap latch serviceable. {{CRS}} by [[name:H. Lindqvist]]

        Learning: the student checked the level but not cap security. The {{POH}} checklist says
        "secure". Added to the {{pre-flight briefing}} for all {{PPL}} students. Occurrence ref
        [[case_reference:OCC-0744]]. [[name:VS]]
    """)),
    ("aviation", "near_miss", prose("""
        Instructing a {{circuit}} detail in [[aircraft_registration:G-EKRB]] at
        [[organisation:Brackley Moor Airport]] when {{ATC}} told us to extend {{downwind}} for a {{Dash 8}} on a
        long straight-in, [[flight_number:QM318]]. My student [[name:Nkosi]] saw a different aircraft,
        assumed it was the traffic and turned base early. The Dash 8 got a {{TCAS}} {{TA}}; we were about
        1.2 nm and 300 ft apart before {{ATC}} told us to orbit left. The crew of [[flight_number:QM 318]] were
        very professional about it on frequency. Learning: only call "traffic in sight" when you're sure
        it's the right traffic, and instructors should be quicker to take control. [[name:LB]], FI,
        [[organisation:Skylark Flight Training]]
    """)),
    ("aviation", "success", prose("""
        Really pleased with how [[name:Bryony]] handled her alternator failure on her {{qualifying cross-country}}
        on [[date:22nd August]]. The {{ammeter}} showed a discharge about 15 minutes out of
        [[organisation:Caxby Field]]. She ran the {{QRH}}, load-shed (everything off apart from one radio),
        told {{London Information}} and diverted to the nearest airfield rather than pressing on home. She
        rang us from their ops desk on [[phone:01632 960802]]. Exactly what we teach. A new voltage
        regulator has been fitted to [[aircraft_registration:G-BYVU]]. Shared with all students as a good
        example of {{threat and error management}}. [[name:Tom H]], {{CFI}}, [[organisation:Northern Lights Aviation]]
    """)),
    ("aviation", "incident", block("""
        From: [[email:ops@skyrise-fto.example.co.uk]]
        To: all-instructors
        Subject: Student record sent to the wrong person

        All,
        Yesterday a {{PDF}} of a student's {{training record}}, including his {{Class 2 medical}} details,
        his NI number [[ni_number:JT 48 29 17 B]] and licence number [[case_reference:GBR.FCL.PA.00731265]],
        was emailed to [[email:m.jones87@example.com]] instead of [[email:m.jonas87@example.com]].
        The record belonged to [[name:Matthew Jonas]]; it went to an unrelated person via {{Outlook}}
        autocomplete. Our {{Data Protection Officer}} has been told and the recipient has confirmed deletion.
        From now on student documents go through the {{FlightLogger}} portal only, never email.

        [[name:Sanjay]]
        Head of Training, [[organisation:Skyrise Flight Training Ltd]]
    """)),
    ("aviation", "near_miss", prose("""
        The new {{fueller}}, on his third day, drove the {{Jet A-1}} {{bowser}} up to [[aircraft_registration:G-CKRW]],
        a {{Cessna 172}} that runs on {{Avgas 100LL}}. It was parked where the {{DA42}} usually sits and he had
        been told "the one on stand 4". The owner, Mr [[name:Pemberton-Hale]], was walking out and asked
        what he was doing. The {{fuel nozzle}} hadnt gone in. Learning: fuel orders are now by registration, never
        by stand, and new fuellers are supervised for their first two weeks. We also put "AVGAS ONLY"
        stickers by every filler. [[name:Khadija]], Ops, [[organisation:Mallowfield Airfield]]
    """)),
    ("aviation", "success", block("""
        SHIFT HANDOVER - hangar 2 - [[date:Tues 4 Feb 2025]]

        [[aircraft_registration:G-BZOL]]: {{annual}} in progress. Cowls off. Compression test done, all >70/80. Mags to do.
        [[aircraft_registration:G-CFEB]]: {{AOG}} waiting brake pads, supplier says Thursday
        [[aircraft_registration:G-OPJN]]: {{ELT}} battery changed, {{CRS}} signed by [[name:Ryszard]]
        Tool board complete 17:30, {{torque wrench}} back in calibration cupboard.

        Handover done face to face with [[name:Ryszard]] and [[name:Priya K]], walked round each
        aircraft together. Nothing left ambiguous. Logging as a good one because last month we had
        two handovers done by sticky note.
        [[name:AW]]
    """)),
    ("aviation", "incident", prose("""
        The {{tow bar}} was left attached to [[aircraft_registration:G-BTWE]] after {{line staff}} pulled it out
        of the hangar and went on break. Instructor [[name:Rhys ap Dafydd]] and student [[name:Yuki]] did
        the walk-round but were interrupted by a phone call and missed it. On start-up the {{propeller}} struck
        the tow bar. Nobody hurt. The aircraft is grounded for a {{prop strike}} inspection and
        {{engine shock-load inspection}}. Learning: we now use a red {{REMOVE BEFORE FLIGHT}} streamer on
        every tow bar, and the walk-round restarts from the beginning if interrupted. [[name:Rhys]] has
        been open about it, which is appreciated. Ref [[case_reference:SMS-2025-004]].
    """)),
    ("aviation", "near_miss", prose("""
        Writing this one myself. Solo nav in [[aircraft_registration:G-CGSX]] on [[date:3rd May]], my
        {{SkyDemon}} froze on the tablet and I didnt notice straight away. I was on a {{Basic Service}}
        with the {{LARS}} unit and the controller asked me to "confirm you are remaining outside
        {{controlled airspace}}". I checked the paper chart and I was 1.5 nm from the {{CTR}} boundary and
        heading for it. Turned away immediately. The controller told me afterwards that an inbound,
        [[flight_number:TWX852]], would have needed a tactical vector. Learning: keep the {{VFR chart}}
        on my knee and cross-check it, don't trust one screen. I'm also using a {{Frequency Monitoring Code}}
        from now on. [[name:Ellie-Jo Marsh]] (student PPL, with help from my FI)
    """)),
    ("aviation", "success", prose("""
        {{MCC}} session on the {{FNPT II}} at [[organisation:Aeroskill Training Centre]]. Cadets
        [[name:Adeyemi]] and [[name:Castellanos-Ruiz]] had a {{hydraulic failure}} at 4000 ft on the
        approach. The PM spotted that the PF had set the wrong missed approach altitude and challenged it
        using the standard call; the PF acknowledged, corrected and they briefed the {{non-normal checklist}}
        before continuing. Textbook {{CRM}}. In the debrief [[name:Adeyemi]] said she nearly didnt speak
        up because she was "only the PM". We've used the video as a model debrief for the next course.
        Capt [[name:Arjun Mehta]], {{TRI}}
    """)),
    ("aviation", "incident", prose("""
        After the {{100-hour check}} on [[aircraft_registration:G-BRKE]] the end-of-shift tool check showed
        a small {{Maglite}} missing from board 3. We searched the hangar for 40 minutes and then released the
        aircraft because "it's probably in someone's pocket". It flew two training sorties. The next morning
        student [[name:Hollie]] heard a rattle during the {{daily inspection}} and the torch was found lodged
        in the lower cowling next to the exhaust. We should have held the aircraft. Lesson: no release while
        a tool is unaccounted for, full stop. {{MOR}} submitted to the {{CAA}}, ref
        [[case_reference:MOR-2024-11387]]. [[name:J.O'N.]], {{Part-145}} quality
    """)),
    ("aviation", "success", block("""
        From the {{D&D}} recording on {{121.5}}, transcribed:

        [[aircraft_registration:G-CMPA]]: "PAN PAN, PAN PAN, PAN PAN, {{London Centre}}, [[aircraft_registration:Golf Charlie Mike Papa Alpha]], {{student pilot}}, uncertain of position, 2400 feet, 45 minutes fuel"
        D&D: "[[aircraft_registration:Golf Papa Alpha]], squawk 7700 and ident"
        D&D: "[[aircraft_registration:Golf Papa Alpha]], identified 6 miles west of Caxby, steer 090 for [[organisation:Mallowfield Airfield]]"

        Student [[name:Ravi]] ([[age:17]], first solo nav) had turned at the wrong motorway junction.
        He did everything in the {{lost procedure}}: told someone early, climbed, kept fuel in mind,
        followed instructions. Landed safely 14 mins later. Great outcome, debriefed kindly.
        [[name:Ravi]] has agreed to talk at the next {{safety evening}}. [[name:DMcK]]
    """)),
    ("aviation", "incident", prose("""
        Found during an audit of the {{maintenance programme}} for [[aircraft_registration:G-BPVX]]: an
        {{Airworthiness Directive}} on the oil pump had been due at a set number of engine hours and the
        aircraft flew 12.4 hours past the limit. The {{CAMO}} tracking spreadsheet had the wrong engine
        serial number, so the {{AD}} never came up. Aircraft grounded on [[date:8 October]] when we spotted
        it, AD done the next day, no defect found, {{MOR}} submitted. Thanks to [[name:Bjørn]] at
        [[organisation:Mallowfield Flying Club]] who queried the hours in the first place. Learning: the
        spreadsheet is now cross-checked against the {{engine logbook}} every quarter.
        [[name:Temitope]], [[organisation:Wolds Aircraft Services]]
    """)),
]


def main() -> None:
    write_records(OUT, build_records("heldout-blind105", REPORTS))


if __name__ == "__main__":
    main()
