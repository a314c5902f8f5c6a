"""Held-out blind corpus 173: just-culture incident, near-miss and learning reports.

Settings: a residential parent and baby assessment unit (social care, with the health visitor,
midwife and paediatric side in health); a community learning disability team and the
short-breaks respite house it supports (social care and health); a helicopter operator flying
offshore crew changes to platforms and FPSOs (aviation). Written blind, the way UK staff type:
rushed lower-case night notes with no apostrophes, reflective accounts, chronologies with times,
e-mails with headers and signatures, WhatsApp and Teams exports, incident and Datix forms,
handover tables, minutes with attendance lists, debriefs, shout-outs, tech log entries and
radio transcripts. Every person, place, number and registration is invented.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from markup import block, build_records, write_records  # noqa: E402
from markup import flow as prose  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "corpus" / "heldout_blind173.jsonl"

REPORTS = [
    # ------------------------------------------------------------------ social care
    ("social_care", "incident", prose("""
        night note, room 4. found baby [[name:Tiana]] ([[age:9 days]]) in mums bed at 0340 on
        the {{hourly obs}} round, {{mum}} [[name:shannon pryce]] asleep on her side with baby up
        by the pillows. woke her, baby pink and settled, obs fine, put back in the {{moses basket}}.
        [[name:shannon]] said she was only doing the {{night feed}} and must of dropped off, got a
        bit upset and said were trying to catch her out. this is the 2nd time, 1st was
        [[date:tues 14th may]] and [[name:kez]] went through {{safe sleep}} with her then. havent
        woken the {{on call manager}} as baby fine but its in the {{daily log}} and needs to go to
        the {{allocated social worker}} first thing as it feeds into the {{PLO}} assessment.
        case no [[case_reference:BFC/24/0318]]. [[name:dee]] (nights)
    """)),
    ("social_care", "incident", prose("""
        Reflective account – [[name:Funmilayo Adeyemi]], family support worker,
        [[organisation:Brackenfield Family Assessment Centre]]. On [[date:Saturday 8 June 2024]]
        I was covering the front door during {{supervised contact}}. {{Dad}},
        [[name:Dariusz Nowak]], arrived about twenty minutes late. I noticed a smell of alcohol
        but he was calm and polite and said it was aftershave, and I let him through to the
        {{family room}} because I did not want a confrontation in front of {{mum}} and
        [[name:Oliwia]]. About ten minutes later he stumbled while holding the baby.
        [[name:Kerry-Ann]] took her straight off him and I ended the contact. No injury. Looking
        back, our {{contact agreement}} says contact does not go ahead if there are concerns about
        substances, and I should have called the {{shift lead}} before opening the door. I think I
        was worried about being seen as picking on him. I have talked this through in
        {{supervision}} with [[name:Marcus]] and I understand it is about the plan, not about me.
        The {{duty social worker}} was told the same afternoon, ref [[case_reference:CP-0048812]].
    """)),
    ("social_care", "near_miss", block("""
        [[[date:14/06/2024]], 06:12] [[name:Gem]] Nights: whose bottle is the one with R on the lid in the {{milk fridge}}
        [[[date:14/06/2024]], 06:13] [[name:Sade]]: thats [[name:Rayyan]]s, hes on the {{comfort formula}}
        [[[date:14/06/2024]], 06:13] [[name:Gem]] Nights: omg nearly gave it to [[name:Ruby]]. shes on first milk and the lid just says R
        [[[date:14/06/2024]], 06:14] [[name:Sade]]: 😬 both mums just write on the lids in sharpie
        [[[date:14/06/2024]], 06:15] [[name:Laura B]]: can we get proper labels with full name + room no. [[name:Ruby]] has a query {{cows milk protein allergy}} from the {{health visitor}} so this actually matters
        [[[date:14/06/2024]], 06:20] [[name:Gem]] Nights: doing a {{near miss form}} now. nothing given, i checked with {{mum}} before i warmed it
        [[[date:14/06/2024]], 07:02] [[name:Laura B]]: thanks hun, will raise at {{handover}}
    """)),
    ("social_care", "success", block("""
        🌟 SHOUT-OUT 🌟 from [[name:Helen]] (unit manager)
        Massive well done to [[name:Precious Nwachukwu]] and [[name:Tomasz]] who wrote the {{final parenting assessment}} for [[name:Chloe Hartigan]] and baby [[name:Alfie-James]]. The judge at the {{final hearing}} on [[date:19 June]] said it was one of the clearest pieces of evidence she had read, and the {{children's guardian}} backed the plan for [[name:Chloe]] and [[name:Alfie-James]] to move on together to [[address:Flat 2, 41 Sorrel Way]], [[postcode:HX3 7DN]] with a {{child in need plan}} and {{Family Hub}} support.
        [[name:Chloe]]'s words at leaving: "you lot never once made me feel thick".
        What worked: {{Signs of Safety}} mapping done with her not about her, the {{visual timetable}} [[name:Precious]] made for feeds, and [[name:Tomasz]] doing the night shadowing himself so the {{night log}} matched what the day team saw.
        Cake in the office 🍰
    """)),
    ("social_care", "incident", block("""
        INCIDENT FORM – SHORT BREAKS
        Service: [[organisation:Linden Court]] respite house
        Date/time: [[date:03/07/2024]] approx 19:40
        Person: [[name:Callum Reid]], DOB [[date_of_birth:11/02/2003]], LAS ID [[case_reference:2207145]]
        Staff on shift: [[name:Bisi Ogunleye]] (senior), [[name:Rhys Pritchard]], [[name:Anca Munteanu]]
        What happened: [[name:Callum]] left through the {{garden gate}} while staff were doing the {{meds round}}. The {{door sensor}} had been switched off that afternoon for the gardener and nobody switched it back on. A neighbour found him at the bus stop on [[address:Fennel Road]] about 20 mins later, unharmed, holding his {{iPad}}.
        Immediate action: {{missing person protocol}} started at 19:52, stood down 20:05. Parents told by [[name:Bisi]] at 20:15.
        Reported to: {{adult safeguarding}} and the {{CQC}} notification considered (manager).
        Learning: door sensors are now on the {{shift checklist}} and can only be isolated by the senior on duty.
    """)),
    ("social_care", "success", block("""
        From: [[name:Nasreen Akhtar]] <[[email:nasreen.akhtar82@outlook.com]]>
        To: [[email:lindencourt.shortbreaks@harrowdale.gov.uk]]
        Date: [[date:Mon 15 Jul 2024]] 09:14
        Subject: Thank you – [[name:Zainab]]'s stay

        Hi all,
        Just wanted to say a massive thank you for [[name:Zainab]]'s weekend. It was her first overnight since her {{hip surgery}} and I was dreading it. [[name:Jo]] had clearly read her {{communication passport}} properly – she used the {{Makaton}} signs for "toilet" and "finished" from day one, and the {{halal}} meals were sorted without me having to chase anyone. She came home calm, which never happens.
        The photos [[name:Jo]] sent of her on the {{sensory swing}} made my week. Please pass this on to whoever needs to hear it, maybe your {{manager}} or the {{short breaks panel}}.

        Thanks again,
        [[name:Nasreen]] ([[name:Zainab]]'s mum)
        [[phone:07700 900318]]
    """)),
    ("social_care", "near_miss", block("""
        HANDOVER – [[organisation:Linden Court]] – {{Sunday}} [[date:21/07]] late → night
        | Guest | Room | Notes |
        | [[name:Ollie Drummond]] | 1 | settled, {{CPAP}} on at 22:00, mum collecting 10am |
        | [[name:Mei Ling Chan]] | 2 | ate well, {{PEG}} flush done 21:00, sats fine |
        | [[name:Jayden O'Connor-Mensah]] | 3 | NEAR MISS – evening {{Epilim}} nearly given twice. [[name:Rhys]] gave it at 20:00 but hadnt signed the {{MAR chart}}; [[name:Gosia]] went to give it at 20:30 and only stopped because [[name:Jayden]] said "had it". Not given twice. Checked with {{111}} anyway – no action needed. |
        | – | 4 | empty |
        Actions: {{two-signature rule}} reminder at {{team meeting}}; sign at the time, not after the round. Form done.
        Handed over by: [[name:R.P.]]   To: [[name:Gosia W]]
    """)),
    ("social_care", "incident", block("""
        Strategy discussion – notes
        Date: [[date:24 July 2024]] 15:00, Teams
        Attendees: [[name:Helen Mwangi]] (unit manager, [[organisation:Brackenfield]]), DS [[name:Paul Ferreira]] ({{CAIT}}), Dr [[name:Ama Boateng]] ({{community paediatrician}}), [[name:Lucy Tran]] ({{MASH}} social worker), [[name:Sharon Leigh]] ({{health visitor}})
        Child: [[name:Kaylan Price]], DOB [[date_of_birth:02/05/2024]], NHS [[nhs_number:584 141 5247]]
        Summary: 1cm bruise behind left ear noticed by night worker at the 02:00 {{nappy change}}. [[name:Kaylan]] is not mobile. Mum's partner visited 18:00–20:00 in the {{family room}}; staff were in the lounge not the room for about 15 mins. {{Bruising in non-mobile babies}} protocol followed – {{child protection medical}} same day.
        Decisions: {{section 47}} enquiry; partner's visits suspended; mum and baby stay at unit.
        Learning for unit: "eyes on" supervision had slipped to "in earshot". Re-brief all staff (HM).
    """)),
    ("social_care", "success", prose("""
        Practice learning note, Room 6. [[name:Amira Haddad]] ([[age:22]]) came to us with baby
        [[name:Yusuf]] after the {{pre-birth assessment}} flagged her {{learning disability}} and said
        she was "unable to retain advice". Our {{keyworker}} [[name:Siobhán Ní Bhriain]] did not take
        that at face value. She broke {{bottle sterilising}} into photo cards, used {{easy read}}
        steps and practised the same routine at the same time every day for a fortnight. By week
        three [[name:Amira]] was doing the whole routine unprompted and explaining it back. We also
        helped her set up {{Universal Credit}} (NI [[ni_number:PW 12 84 56 B]]) so money stress
        stopped derailing sessions. The {{speech and language therapist}} from the {{community
        learning disability team}} joined two sessions and the {{PAMS}} assessment now reads very
        differently. What we learned: "can't retain" often means "wasn't taught in a way that
        works". The allocated worker, [[name:Kwame Asante-Boateng]], has asked to borrow the photo
        cards for his team. Ref [[case_reference:PBU-2024-061]].
    """)),
    ("social_care", "incident", block("""
        Chronology – fall from hoist, [[organisation:Linden Court]], [[date:Wed 7 Aug 2024]]
        07:05 [[name:Lorraine]] and [[name:Kofi]] start morning personal care for [[name:Bethany Marsh]] (Room 4).
        07:12 {{Hoist}} transfer bed → {{shower chair}}. Sling used was a medium {{full-body sling}} from the {{sluice}} shelf; [[name:Bethany]]'s own large sling was in the wash.
        07:13 [[name:Bethany]] slips partly through the leg loops, lowered to the floor by [[name:Kofi]]. Skin tear to left shin approx 3cm.
        07:20 First aid, {{skin tear}} dressed, {{body map}} done.
        07:35 {{On-call manager}} [[name:Sunil Varma]] informed.
        08:10 {{Mum}} ([[name:Tracey Marsh]], [[phone:0113 496 0712]]) rung – upset, but thanked us for telling her straight away.
        09:30 {{District nurse}} visit requested via [[organisation:Millbrook Medical Practice]].
        Learning: nobody checked the {{sling size}} against the {{moving and handling plan}}. Each guest now arrives to a named sling bag.
    """)),
    ("social_care", "near_miss", block("""
        [09:02] [[name:Aisha Rahman]] (Reception – agency)
        someone at the door says hes [[name:Jordan]]s brother dropping off nappies for room 3, ok to buzz in? he knows the babys name and the room
        [09:03] [[name:Ellie Fitzgerald]] (Senior FSW)
        DON'T open. Room 3 has a {{non-molestation order}} against [[name:Jordan Kelly]] and anyone acting for him. Is he tall, ginger beard?
        [09:04] [[name:Aisha Rahman]]
        yes
        [09:04] [[name:Ellie Fitzgerald]]
        keep the door shut, im ringing {{999}} and telling {{mum}} to stay in her room. the {{restricted visitors}} sheet is on the wall behind you x
        [09:31] [[name:Ellie Fitzgerald]]
        {{police}} spoke to him in the car park, car was [[vehicle_registration:BD67 WXN]]. nobody hurt. [[name:Aisha]] you did exactly right by asking. learning for me: {{agency induction}} needs the restricted list walk-through on day one, not "when theres time"
    """)),
    ("social_care", "incident", block("""
        From: [[name:Gareth Llewellyn]] <[[email:g.llewellyn@harrowdale.gov.uk]]>
        To: Short Breaks Team; [[name:Marsha Campbell]]
        Subject: RE: [[name:Dev]] – taxi drop-off [[date:Fri 16/08]] (incident [[case_reference:ASC-IR-24-1193]])

        [[name:Marsha]], summary as promised. [[name:Devendra Patel]] ([[age:31]]) was collected from his {{day service}} at 15:30 by [[organisation:Star Cars]] (vehicle [[vehicle_registration:YX19 KHD]]) to come to you for his weekend stay. The job sheet still had his old address, [[address:14 Hollin Lane]], [[postcode:HX2 0QB]], from before he moved into {{supported living}}. The driver dropped him there and left. [[name:Dev]] knocked, nobody in, and a neighbour rang {{the police}} at 16:40. Staff found him at 17:15, upset but not hurt.
        Learning: {{transport booking}} pulls from the old address field in {{Mosaic}}; {{commissioning}} asked to fix. Drivers hand over to a person, never to a door.

        [[name:Gareth]]
        Transport Coordinator, {{Adult Social Care}} | [[phone:01632 960418]]
    """)),
    ("social_care", "success", block("""
        [[date:24/08/2024]], 21:47 - [[name:Maz]]: just want to say [[name:Kieran]] was unreal tonight. [[name:Lily-Mae]] was heading for a big {{meltdown}} after her dad left, hitting her head, and instead of going the {{PRN}} route he got her {{ear defenders}}, dimmed the {{sensory room}} and sat and hummed the peppa theme till she joined in 😂 no {{restrictive practice}}, no PRN
        [[date:24/08/2024]], 21:49 - [[name:Kieran]]: haha she taught me it. its all in her {{PBS plan}} tbf, [[name:Oyin]] from the {{CLDT}} wrote it brilliantly
        [[date:24/08/2024]], 21:52 - [[name:Bisi]] (Mgr): brilliant both 🙌 [[name:Maz]] can you pop this in the {{good practice log}} for {{Thursday}}'s meeting pls
        [[date:24/08/2024]], 21:53 - [[name:Maz]]: on it x
    """)),
    ("social_care", "incident", block("""
        Debrief – unplanned departure, Room 2, [[date:31 August 2024]]
        Present: [[name:Helen Mwangi]], [[name:Precious]], [[name:Dan O'Rourke]], [[name:Sade]] (phone)
        What happened: 14:20 {{mum}} [[name:Leanne Davies]] left with [[name:Mason]] ([[age:5 weeks]]) in the {{pram}}, saying she was nipping to the shop. Her {{written agreement}} says baby stays on site unless staff are with her. [[name:Dan]] followed to the gate and saw her get into a silver Corsa, [[vehicle_registration:KN14 OFZ]], driven by her ex-partner. {{Police}} and {{Emergency Duty Team}} told 14:31. Car stopped 15:50; [[name:Mason]] checked by {{paramedics}}, fine. [[name:Leanne]] back at the unit by 19:00.
        What helped: [[name:Dan]] got the reg and stayed calm.
        What didn't: the {{side gate}} keypad code was on a post-it in the {{kitchen}}.
        Actions: code changed same day and rotated weekly ([[name:HM]]); {{risk assessment}} for off-site walks reviewed before {{Monday}} ([[name:DO'R]]).
    """)),
    ("social_care", "near_miss", prose("""
        On [[date:Friday 6 September]] we had a new guest, [[name:Rory McAteer]] ([[age:19]]),
        for his first weekend at [[organisation:Linden Court]]. The {{referral form}} from the
        {{transitions team}} said "no known allergies". At tea [[name:Gosia]] was about to plate
        up the satay chicken on the menu when [[name:Rory]] pointed at his bag. His {{hospital
        passport}} was in the front pocket and says {{anaphylaxis}} to peanuts, with an
        {{EpiPen}} in the same pocket. Nothing was eaten. We rang his mum, [[name:Colette]], on
        [[phone:+44 7700 900641]] to confirm, and checked with the {{GP}} on {{Monday}}. The
        allergy had been on the {{children's services}} file but did not come across to the adult
        record when he turned eighteen. Learning: we now read the passport and the referral side by
        side at admission and a senior signs that they match. Referral ref
        [[case_reference:SB-REF-0927]].
    """)),
    ("social_care", "success", block("""
        From: [[name:Lucy Tran]] <[[email:lucy.tran@harrowdale.gov.uk]]>
        Sent: [[date:12 September 2024]] 17:02
        To: [[email:brackenfield.office@harrowdale.gov.uk]]
        Cc: [[name:Marcus Greene]]
        Subject: Final hearing – [[name:Femi Ojo]] and [[name:Tobi]]

        Hi all,
        Just out of {{court}}. {{The judge}} approved the plan for [[name:Tobi]] to stay with his dad under a {{supervision order}}. [[name:Femi]] was the first dad you have had as a sole carer and the judge specifically praised how the unit adapted – moving him to the ground-floor room near the office, getting him into the {{dads' group}} at the {{Family Hub}}, and not treating him as a visitor in his own son's care.
        Your {{parenting assessment}} was the evidence everything turned on. [[name:Femi]] asked me to say thank you to "[[name:Big Tom]] and the night lot".

        [[name:Lucy]]
        [[name:Lucy Tran]] | {{Social Worker}}, {{Family Court Team}} | [[phone:07700 900771]]
    """)),
    ("social_care", "success", block("""
        Minutes – learning review, night fire alarm, [[organisation:Linden Court]]
        Date: [[date:19/09/2024]]
        Attendees: [[name:Bisi Ogunleye]] (RM, chair), [[name:Anca Munteanu]], [[name:Rhys Pritchard]], [[name:Steve 'Taff' Hughes]] (maintenance)
        Apologies: [[name:kev]]
        1. What happened – alarm at 02:14, {{smoke detector}} in the laundry (tumble dryer lint). Two {{waking night}} staff evacuated five guests, two using the {{evac chair}}, all out in 6 mins. {{Fire service}} attended, no fire.
        2. What went well – every {{PEEP}} was up to date. [[name:Anca]] remembered [[name:Jayden]] needs his {{ear defenders}} before the alarm gets to him and had them on in seconds. Neighbours at no. 12 let guests wait in their conservatory.
        3. What to change – lint filter check added to the {{night checklist}} ([[name:SH]]); spare blankets in the {{assembly point}} box ([[name:RP]]).
        Next drill: {{October}}, unannounced.
    """)),
    # ------------------------------------------------------------------ health
    ("health", "incident", block("""
        Incident summary – choking episode
        Patient: [[name:Terrence 'Tel' Okafor]], DOB [[date_of_birth:04/10/1979]], NHS [[nhs_number:578 953 6050]]
        Reporter: [[name:Ruth Abiodun]], {{Learning Disability Nurse}}, [[organisation:Westridge CLDT]]
        On [[date:Tuesday 1 October]] at lunch at [[organisation:The Hive]] day service, [[name:Tel]] was given a ham sandwich. His {{dysphagia}} plan from {{SALT}} says {{IDDSI Level 5}} minced and moist only. He coughed, went quiet and dusky; staff gave {{back blows}} and the bolus cleared on the third. {{999}} called; seen in {{A&E}} at [[organisation:Northgate General]], {{chest X-ray}} clear, home the same evening.
        What we found: the day service still had the 2022 {{eating and drinking plan}} (Level 6). The updated plan went to his home and to respite but not to the day centre, and nobody owned sending it.
        Learning: SALT now sends updated plans to everyone on the {{circle of support}} list with read receipts.
    """)),
    ("health", "incident", block("""
        HV note – [[organisation:Brackenfield]] rm 5
        baby [[name:Esme Kowalczyk]] dob [[date_of_birth:14/10/24]] nhs [[nhs_number:907 256 1635]]
        day 6 visit. v yellow down to the knees, sleepy, not waking for feeds. mum ([[name:Jess]]) said unit staff told her it was normal {{newborn jaundice}} and fine as she was "feeding ok". feed chart has gaps of 5-6 hrs overnight.
        sent straight to [[organisation:Northgate]] {{paediatric assessment unit}} – {{SBR}} 310, started {{phototherapy}}, home after 48h.
        issues: unit staff not {{clinically trained}} and didnt know when to escalate; {{midwife}} day 5 visit didnt happen (capacity). no jaundice leaflet in the unit welcome pack.
        actions: {{red flags}} session for unit staff booked [[date:7 Nov]], leaflet in every room. datix [[case_reference:W48213]] done.
        [[name:FA]] HV
    """)),
    ("health", "near_miss", block("""
        [[name:Ruth Abiodun]] 10:14
        Morning all – near miss to flag. Saw [[name:Nia]] at [[organisation:Linden Court]] yesterday for her {{epilepsy review}}. The {{buccal midazolam}} in her {{grab bag}} expired end of {{August}} 🙈 Respite staff had been checking it was there, not the date on it.
        [[name:Gurpreet Sandhu]] 10:16
        Yikes. Did she need it?
        [[name:Ruth Abiodun]] 10:17
        No, no seizures this stay thankfully. Mum brought her in-date supply in from home and the old one went back to the {{pharmacy}}. For the record: [[name:Nia Roberts]], NHS [[nhs_number:414 669 0897]].
        [[name:Gurpreet Sandhu]] 10:19
        I'll put it on {{Datix}}. Worth asking the {{epilepsy nurse specialist}} if the {{rescue medication protocol}} can have an expiry check line on it
        [[name:Mo Hussain]] 10:25
        +1. Same thing happened at the {{day centre}} last year I think
    """)),
    ("health", "success", prose("""
        Shout-out from the {{Acute Liaison}} team 💜 Huge thanks to anaesthetist
        [[name:Olu Bankole]], [[name:Katie-Jo]] in {{phlebotomy}} and the {{day surgery}} team at
        [[organisation:Northgate General]]. [[name:Marcus Wu]] ([[age:38]]), who is {{autistic}}
        and has a severe needle phobia, had not had bloods taken in eleven years. Using his
        {{hospital passport}}, a {{reasonable adjustments}} plan and a {{best interests}} decision we
        did his bloods, a dental check, an {{ECG}} and his {{flu jab}} all under one
        {{general anaesthetic}} on [[date:10 October]]. First on the list, a quiet side room, no
        waiting, and his dad with him until he went off to sleep. The bloods found undiagnosed
        {{hypothyroidism}} and he is now on {{levothyroxine}}. [[name:Marcus]] told his support
        worker it was "the best hospital ever". Thank you all – [[name:Ruth]], [[name:Gurpreet]] &
        [[name:Hannah]]
    """)),
    ("health", "incident", block("""
        DATIX – Incident Report
        Ref: [[case_reference:WEB61208]]
        Reported by: [[name:Hannah Clough]], Community LD Nurse, [[organisation:Westridge CLDT]]
        Patient: [[name:Brian Whitlock]] | DOB: [[date_of_birth:17/03/1966]] | NHS No: [[nhs_number:277 123 7938]]
        Location: [[organisation:Ashgrove Supported Living]], [[address:9 Ashgrove Close]], [[postcode:WF7 4LP]]
        Date of incident: [[date:22/10/2024]]
        Description: [[name:Brian]] (has {{Down's syndrome}}, does not use words) admitted to [[organisation:Northgate General]] with {{faecal impaction}} and vomiting. His {{bowel chart}} showed no BO for 9 days; staff did not escalate because "he's always like that". {{Laxido}} had been stopped by the {{GP}} in {{July}} after a loose week and never restarted.
        Harm: moderate – 4 day admission, no surgery.
        Immediate action: bowel plan rewritten with a 3-day escalation trigger.
        Learning: {{constipation}} is a known killer in {{LeDeR}} reviews; training booked for all [[organisation:Ashgrove]] staff.
    """)),
    ("health", "near_miss", block("""
        From: [[name:Kirsty Aitken]] <[[email:kirsty.aitken@millbrookmedical.nhs.uk]]>
        To: [[name:Mo Hussain]]; {{Information Governance}}
        Date: [[date:28 Oct 2024]] 11:48
        Subject: Near miss – letter address

        Hi [[name:Mo]],
        Our {{reception}} caught this before it went in the post. The {{easy read}} appointment letter and the {{PIP}} supporting letter for [[name:Aoife D'Arcy]] (NHS [[nhs_number:463 855 4415]], NI [[ni_number:JK 48 21 93 C]]) had been printed with her old address, [[address:3 Pennine View]], [[postcode:LS12 3PQ]]. She moved to [[address:27 Calder Road]], [[postcode:WF5 8HT]] in the summer; the {{Spine}} had updated but our {{SystmOne}} record had not. The PIP letter had her diagnoses and NI number on it.
        Could your team check the address on any letters you have sent since {{June}}?

        [[name:Kirsty Aitken]]
        {{Practice Manager}}, [[organisation:Millbrook Medical Practice]]
        [[phone:0113 496 0288]]
    """)),
    ("health", "success", block("""
        Best interests meeting – dental treatment under GA
        Date: [[date:04/11/2024]]   Venue: [[organisation:Millbrook Medical Practice]] / Teams
        Present: [[name:Priya Raman]] ({{community dentist}}), [[name:Gurpreet Sandhu]] ({{LD nurse}}, chair), [[name:Agnieszka Wiśniewska]] (support worker, [[organisation:Ashgrove Supported Living]]), [[name:Jean-Baptiste Kalonji]] (brother, phone), [[name:Sunny]] ({{IMCA}})
        Person: [[name:Patrick "Paddy" Doyle]], [[age:54]]
        1. {{Capacity assessment}} ([[name:Priya]]): [[name:Paddy]] cannot retain information about the procedure; lacks capacity for this decision under the {{Mental Capacity Act}}.
        2. Options: do nothing (pain, weight loss); {{sedation}} in clinic (tried, failed); {{general anaesthetic}}.
        3. Decision: GA at [[organisation:Northgate General]], combined with bloods and an ear check.
        Outcome note added [[date:20/11/2024]]: four extractions, home same day. [[name:Paddy]] ate toast the next morning for the first time in a year and has put on 2kg.
    """)),
    ("health", "incident", block("""
        Timeline – prolonged seizure, [[name:Keisha Grant-Williams]] ([[age:26]]), NHS [[nhs_number:377 376 1953]]
        [[date:Sat 09/11/24]], [[organisation:Linden Court]]
        18:02 [[name:Keisha]] starts a {{tonic-clonic seizure}} in the lounge. [[name:Rhys]] starts timing.
        18:07 5 mins. Staff check her {{epilepsy care plan}}: says give {{buccal midazolam}} at 10 mins (plan dated 2021).
        18:12 Midazolam 10mg given by [[name:Anca]].
        18:15 {{999}} called. Seizure continues.
        18:24 Seizure stops, {{recovery position}}, sats 94%.
        18:31 {{Ambulance}} arrives, conveyed to [[organisation:Northgate General]], home next day.
        Next day: her {{epilepsy nurse}} confirmed the {{rescue medication protocol}} changed to 5 mins in {{March}}. Family had the new copy; the house had the old one.
        Learning: protocols to come straight from the nurse to the house, not via family; every protocol to show a review date on page 1.
    """)),
    ("health", "success", prose("""
        Reflection – [[name:Oyin Adebayo-Cole]], {{Speech and Language Therapist}},
        [[organisation:Westridge CLDT]]. [[name:Grace Mensah]] ([[age:47]]) had refused her
        {{breast screening}} and then an {{ultrasound}} three times, and the notes had started to say
        "declines". I used {{Talking Mats}} with her at her flat on [[date:14 November]]. When we got
        to the hospital picture she put it firmly on the "don't like" side and said "Mummy". Her mum
        died on a ward two years ago and nobody had joined the dots. We did a visit to the breast
        clinic on a quiet afternoon with her sister, met the {{radiographer}}, and [[name:Grace]]
        chose to have the scan there and then. It was clear. What I took from it: "declines" is
        sometimes the end of our curiosity, not the end of hers. I have shared the {{Talking Mats}}
        resources with the {{Acute Liaison}} nurses.
    """)),
    ("health", "near_miss", block("""
        CLDT / District Nursing joint handover – [[date:Thurs 21 Nov]]
        | Pt | Address | Issue | Action |
        | [[name:Winston Baptiste]], NHS [[nhs_number:164 728 4961]] | [[address:Flat 8, Moorside Court]], [[postcode:WF2 9EJ]] | NEAR MISS: {{NovoRapid}} pen kept next to {{Lantus}} in the fridge; support worker picked up NovoRapid for the 22:00 dose, realised at 2nd check. Not given. | colour-coded boxes issued, {{insulin passport}} updated |
        | [[name:Lakshmi Pillai]], NHS [[nhs_number:992 888 4277]] | [[address:41 Beck Street]], [[postcode:WF1 3NU]] | {{leg ulcer}} healing, {{Doppler}} due | DN visit {{Monday}} |
        | [[name:Arthur Bell]] | [[organisation:Ashgrove Supported Living]] | {{weight loss}} 3kg/month | {{MUST}} score + GP review |
        Handed over: [[name:H.C.]] → [[name:Tomi]]
    """)),
    ("health", "incident", block("""
        Subject: {{Datix}} [[case_reference:W49377]] – perinatal referral not received
        From: [[name:Fatima Begum]], {{Health Visitor}}
        Date: [[date:27 November 2024]]

        Summary for the {{Safeguarding Lead}}. I referred [[name:Roxanne Adeyemi-Clarke]] ([[age:19]]) to the {{Perinatal Mental Health Team}} on [[date:7 November]] using the generic inbox. It was never triaged – the inbox was retired in {{October}} and the auto-reply went to my junk folder. On [[date:25 November]] [[name:Roxanne]] told {{unit staff}} at [[organisation:Brackenfield]] she had been cutting her arms. {{Crisis team}} saw her the same evening; wounds superficial, seen by the {{GP}}, now open to perinatal. Baby [[name:Nathaniel]] was safe throughout with unit staff.
        Learning: retired inboxes should bounce, not auto-reply; referrers to get a triage acknowledgement within 3 working days. I should have chased at day 5 and I didn't.

        [[name:Fatima]]
        [[phone:07700 900236]]
    """)),
    ("health", "success", block("""
        [[date:02/12/2024]], 16:40 - [[name:Oyin]]: figures are in 🎉 [[name:Josh]]'s {{restrictive interventions}} at [[organisation:Ashgrove]] down from 14 in Aug to 2 in Nov since the new {{PBS plan}}
        [[date:02/12/2024]], 16:41 - [[name:Mo]]: amazing!! what made the difference do we think
        [[date:02/12/2024]], 16:44 - [[name:Oyin]]: honestly the staff. [[name:Blessing]] and [[name:Wojtek]] spotted he always kicks off when the bin lorry comes on {{Tuesdays}} so they moved his walk. and the {{STOMP}} review meant his {{risperidone}} came down so hes less sleepy and more himself
        [[date:02/12/2024]], 16:45 - [[name:gurps]]: put it in the {{team newsletter}} please! and the {{quality panel}}
        [[date:02/12/2024]], 16:47 - [[name:Oyin]]: will do 🙌
    """)),
    ("health", "incident", prose("""
        Incident – reasonable adjustments not made in {{A&E}}. [[name:Jamal Idris]] ([[age:29]],
        NHS [[nhs_number:408 815 1194]]), who has a {{severe learning disability}} and
        {{autism}}, was taken to [[organisation:Northgate General]] by his support worker on
        [[date:3 December 2024]] with a suspected fractured wrist. The {{flag}} on his record was
        missing after the move to the new {{EPR}}, so triage did not know about his
        {{reasonable adjustments}} and he waited nine hours in the main waiting room. He became very
        distressed, bit his own hand and was given {{lorazepam}} by the {{mental health liaison}}
        team. The support worker, [[name:Ngozi]], rang our duty line on [[phone:0113 496 0455]] at
        hour six, which is how we found out. The {{Acute Liaison}} nurse got him seen within the
        hour. Learning: a one-off data migration dropped 212 {{LD flags}}; all have been restored and
        the check is now on the {{go-live checklist}}. Reported by [[name:Hannah Clough]].
    """)),
    ("health", "success", block("""
        Debrief notes – {{annual health check}} push, Q3
        Attendees: [[name:Gurpreet Sandhu]], [[name:Hannah Clough]], Dr [[name:Ifeoma Nnamdi]] ({{GP}} lead), [[name:Lewis]] ({{data analyst}})
        Results:
        - [[organisation:Millbrook Medical Practice]] 41% → 78%
        - [[organisation:Fernbank Surgery]] 55% → 81%
        - [[organisation:Calder Vale Health Centre]] 62% → 70%
        What worked: [[name:Lewis]] cleaned the {{GP register}} and found 23 people not coded; [[name:Hannah]] rang every family who had not replied; {{easy read}} text invites; longer appointments and a named nurse at each practice. Every check produced a {{Health Action Plan}}.
        What didn't: [[organisation:Calder Vale]] lost their {{HCA}} in {{August}}.
        Next: share the invite pack with the other {{PCN}} practices before {{January}}.
    """)),
    ("health", "near_miss", block("""
        TELEPHONE MESSAGE – [[organisation:Westridge CLDT]] {{duty line}}
        Taken by: [[name:Jas]]   Time: 14:25   Date: [[date:16/12/2024]]
        Caller: [[name:Tariq Mahmood]], {{pharmacist}}, [[organisation:Kingsway Pharmacy]], [[phone:0161 496 0934]]
        Re: [[name:Shauna-Lee Boyce]], DOB [[date_of_birth:30/06/1992]]
        Message: two {{risperidone}} prescriptions received this week – one from the {{GP}} (1mg bd, repeat) and one from the {{CLDT psychiatrist}} (500mcg bd) after last week's clinic, which was meant to be a reduction under {{STOMP}}. He has NOT dispensed the second. Asks which is current.
        Outcome: Dr [[name:Ahmed]] confirmed 500mcg bd; GP asked to stop the old repeat. [[name:Tariq]] called back 15:10.
        Learning: {{clinic letters}} to {{GP}} should say "STOP previous" in the first line, not on page 3.
    """)),
    ("health", "incident", block("""
        INCIDENT – baby fall
        Location: [[organisation:Brackenfield Family Assessment Centre]], Room 1
        Date/time: [[date:6 January 2025]], 08:45
        Baby: [[name:Harper-Rose Atkinson]], [[age:11 weeks]], NHS [[nhs_number:715 841 0528]]
        What happened: {{changing mat}} on top of the chest of drawers. {{Mum}} turned to get a vest out of the wardrobe and [[name:Harper-Rose]] rolled off – first time she has rolled. Fell about 1m onto carpet. Cried straight away.
        Action: staff member [[name:Ifeanyi]] called {{NHS 111}}, advised {{A&E}}. Seen at [[organisation:Northgate General]] by the paediatric registrar, no {{CT head}} needed under {{NICE head injury}} guidance. Home 13:00.
        Safeguarding: discussed with the {{allocated social worker}} – accidental, account consistent.
        Learning: the welcome pack says "change on the floor" but every room has a mat on the drawers. Mats removed from drawers in all rooms.
    """)),
    ("health", "success", prose("""
        Thank you note from [[name:Bex]] ({{infant feeding lead}}) to the {{nursery nurses}} at
        [[organisation:Brackenfield]]. I wanted to properly thank [[name:Nkechi]] for spotting that
        baby [[name:Ollie Farrow]] ([[age:12 days]]) was clicking on the breast and losing milk at
        the corners of his mouth. {{Mum}}, [[name:Danielle]], had been told by two people that it was
        "just how he feeds" and was about to give up {{breastfeeding}}. [[name:Nkechi]] noted it on
        the feeding chart, lifted his lip and rang me. I saw them the next day and the
        {{tongue tie}} was obvious; he had a {{frenulotomy}} at the {{infant feeding clinic}} on
        [[date:Thursday 16 January]]. Two weeks on he is back above his {{birth weight}} and
        [[name:Danielle]] is exclusively breastfeeding. This is exactly the curiosity we want, from
        someone who would say she is "not medical".
    """)),
    # ------------------------------------------------------------------ aviation
    ("aviation", "incident", block("""
        TECH LOG – [[aircraft_registration:G-NMHC]] AW189   Page [[case_reference:TL-004417]]
        Date: [[date:14 JAN 25]]   Flt: [[flight_number:NMH231]]   Sector: base – [[organisation:Marnoch Alpha]]
        Defect: {{MGB CHIP}} caution illuminated in climb, approx 1500ft, 12nm out. Crew actioned {{Flight Manual}} emergency procedure, returned to base, landed 10:52. 14 {{pax}} disembarked normally.
        Action taken: {{chip detector}} removed – fine fuzz, within limits IAW AMM. Detector cleaned and refitted, {{MGB oil}} sample sent for {{SOAP}} analysis, {{HUMS}} download reviewed – no trend. 30 min {{ground run}} carried out, no recurrence.
        {{MOR}} raised, ref [[case_reference:NM-MOR-25-0117]].
        Aircraft released to service: [[name:D. Sutherland]], B1, 16:40.
    """)),
    ("aviation", "near_miss", block("""
        Transcript extract – deck radio, [[date:21 Jan 2025]] (from {{CVR}} and platform log)
        1418:05 [[flight_number:Northmoor 412]]: [[organisation:Marnoch Alpha]], [[flight_number:Northmoor 412]], four miles, request deck status
        1418:12 Alpha radio: [[flight_number:Northmoor 412]], [[organisation:Marnoch Alpha]], deck is green, wind one three zero at two two
        1419:40 [[flight_number:Northmoor 412]]: Short finals
        1419:44 Bravo {{HLO}}: NORTHMOOR, GO AROUND, you are lining up on Bravo, Bravo deck is RED, {{crane}} working
        1419:47 [[flight_number:Northmoor 412]]: Going around
        1421:30 [[flight_number:Northmoor 412]]: Visual Alpha, landing

        Note: Alpha and Bravo are bridge-linked, same orientation, and Bravo's {{status lights}} were unserviceable. {{The captain}} ([[name:Craig Dunnet]]) and {{co-pilot}} ([[name:Oluwaseun 'Shaun' Adeleke]]) confirmed the {{helideck}} identity only by position. {{MOR}} raised. Deck name boards on both installations to be repainted per {{CAP 437}}.
    """)),
    ("aviation", "success", prose("""
        Shout-out – {{the ramp}}, night shift [[date:Thurs 23 Jan]]. Big thanks to
        [[name:Kyle 'Bear' Robertson]] who found a quarter-turn {{cowling fastener}} lying on
        stand 3 during the {{FOD walk}} at 05:30. Rather than just binning it, he asked engineering
        where it came from. [[name:Magda Kaczmarek]] in {{stores}} matched the part number and the
        team found it was missing from the {{engine cowling}} on [[aircraft_registration:G-NMHF]],
        which was first wave out as [[flight_number:NMH201]] with 19 {{pax}}. The fastener had
        been left unlatched after a late {{borescope}} inspection. Aircraft was held 25 minutes,
        cowling checked and the {{duplicate inspection}} redone. [[name:Bear]]'s one question
        probably saved us a cowling departing in flight. Nice one big man 🐻 – [[name:Tash]],
        Ramp Supervisor
    """)),
    ("aviation", "incident", block("""
        OCCURRENCE REPORT
        Flight: [[flight_number:NMH318]] | A/C: [[aircraft_registration:G-NMHK]] ({{S-92}}) | Date: [[date:29/01/2025]]
        Route: base – [[organisation:Glen Dessary FPSO]] – base
        Reporter: [[name:Callum Mackenzie]], {{Passenger Service Agent}}
        Description: on arrival the {{HLO}} flagged that passenger [[name:Piotr Zieliński]] (Vantage ID [[case_reference:VAN-00482291]]) was carrying an expired {{HUET}} certificate (expired [[date:02/01/2025]]). At {{check-in}} the {{Vantage}} system showed an amber warning; I overrode it because he had a printed certificate that looked in date and the queue was long. I misread the year.
        Consequence: passenger not permitted to stay, returned to base on [[flight_number:NMH319]]. No safety event, but a breach of {{Offshore Energies UK}} guidance.
        What I'd like changed: no manual override on training warnings at the desk – {{supervisor}} only.
        [[name:Callum]]
    """)),
    ("aviation", "near_miss", prose("""
        fuel – [[date:3 feb]] 0615. morning {{water check}} on bowser [[vehicle_registration:SV21 HBK]]
        – sample cloudy with droplets at the bottom, 2nd sample same. {{Jet A-1}} approx 9000l in
        it. quarantined the bowser and told [[name:stevie]] (fuels sup) and engineering. problem is
        [[aircraft_registration:G-NMHR]] had already been fuelled from it at 0550 for
        [[flight_number:NMH105]]. pulled the flight, engineers took {{fuel drain}} samples off the
        aircraft, all clear, {{water detector capsule}} passed. flight went 0810 from the other
        bowser. cause prob the tank hatch seal after the rain over the weekend, the bowser was
        parked on the slope by the {{fuel farm}}. the 0550 fuelling was done before the water
        check because the night shift check got missed at {{handover}}. need the check signed on
        the bowser itself not just the sheet in the office. [[name:ab]]
    """)),
    ("aviation", "success", block("""
        Debrief – night {{medevac}}, [[organisation:Auskerry Bravo]], [[date:08/02/2025]]
        Crew: Capt [[name:Ewan Gillies]], FO [[name:Ana Sofia Pereira]], {{paramedic}} [[name:Siân Pugh]]
        Aircraft: [[aircraft_registration:G-NMHE]], callsign [[flight_number:Northmoor 90]]
        Patient: contractor, [[age:44]], suspected {{cardiac}} event, stable on {{GTN}}.
        What went well:
        - {{OIM}} [[name:Graham Leask]] had the deck clear and the patient on the stretcher at the {{helideck}} when we landed; on deck 7 mins.
        - [[name:Ana Sofia]] briefed the {{ARA}} in full before top of descent, including the missed approach; vis was 800m in drizzle.
        - {{HM Coastguard}} kept us informed of the other traffic.
        Could be better: ops phone number on the platform's emergency card was an old one ([[phone:+44 1632 960112]]); updated card sent.
        Total time call-out to hospital: 2h 05.
    """)),
    ("aviation", "incident", block("""
        From: [[name:Lorna Ritchie]] <[[email:lorna.ritchie@northmoorheli.co.uk]]>
        To: Ops Duty; [[name:Neil Bremner]]
        Date: [[date:13 Feb 2025]] 18:20
        Subject: [[flight_number:NMH447]] – W&B discrepancy

        [[name:Neil]],
        Heads-up on today's [[flight_number:NMH447]] ([[aircraft_registration:G-NMHK]]). The {{manifest}} used standard weights for 16 {{pax}}, but freight was 40kg heavier than shown. A passenger, [[name:Ricky O'Hare]] ([[organisation:Dunmore Well Services]]), checked a tool bag through as personal baggage and it was not weighed separately. Found when the {{HLO}} weighed the hold offload at the other end.
        Recalculated {{W&B}} after the event: within {{MTOW}} by 22kg and in {{CG}} limits. But it was only 22kg.
        I have stopped the "tool bag as baggage" practice at the desk with immediate effect and will raise it at the {{Safety Action Group}}.

        [[name:Lorna Ritchie]]
        Ground Ops Supervisor | [[organisation:Northmoor Helicopters]]
        [[phone:+44 7700 900562]]
    """)),
    ("aviation", "success", block("""
        From: {{OIM}}, [[organisation:Glen Dessary FPSO]]
        To: Ops, [[organisation:Northmoor Helicopters]]
        Date: [[date:Sunday 23 February 2025]]
        Subject: Thank you – [[flight_number:NMH352]] crew

        Please pass on our thanks to the crew of [[flight_number:NMH352]] ([[aircraft_registration:G-NMHE]]), Capt [[name:Rosie Mair]] and FO [[name:Declan Ó Súilleabháin]]. When the {{fog}} came in today they chose to shut down on deck and wait for the {{TAF}} improvement rather than fly 18 people back into {{marginal weather}}. They kept our {{pax}} informed the whole three hours, and [[name:Declan]] even helped our {{deck crew}} re-lash freight in the wind.
        The {{crew change}} completed and nobody missed their travel home. That is the kind of decision we want to see.

        Regards,
        [[name:Hamish Tait]]
        OIM
        [[phone:+44 (0)1632 960145]]
    """)),
    ("aviation", "incident", block("""
        Chronology – {{bird strike}}, [[flight_number:NMH126]], [[aircraft_registration:G-NMHR]] (H175), [[date:04 MAR 2025]]
        0742 Departed base, 17 {{pax}}.
        0818 Approach to [[organisation:Tarbet North]]. {{HLO}} reports gulls on the deck, {{bird scaring}} under way.
        0820 Short finals, approx 150ft: gull strikes the right windscreen. Outer ply cracked, no penetration.
        0821 Landed. {{The captain}} ([[name:Lewis Abernethy]]) shut down on deck.
        0850 Engineering consulted by phone; aircraft declared {{AOG}} offshore.
        1310 Relief aircraft [[aircraft_registration:G-NMHC]] as [[flight_number:NMH128]] recovered pax.
        [[date:06 MAR]] Windscreen changed offshore by [[name:Jamie Fraser]] and [[name:Rajesh Menon]], aircraft ferried home.
        Learning: deck crew had been told gull nesting season starts in {{April}}; it started early. {{Bird control}} now starts 1 March. {{MOR}} filed.
    """)),
    ("aviation", "near_miss", block("""
        Teams – Engineering Night Shift
        [06:40] [[name:Jamie Fraser]]: found a 10mm spanner on the {{engine deck}} of [[aircraft_registration:G-NMHF]] during the {{duplicate inspection}} after last nights {{FCU}} change
        [06:42] [[name:Rajesh 'Raj' Menon]]: thats mine. {{tool control}} board showed it back in. I think I hung someone elses 10 in my slot
        [06:45] [[name:LB]] (Shift Lead): ok, nobodys in trouble, thanks for the honesty [[name:Raj]]. aircraft not released till a full {{tooling audit}} is done. [[flight_number:NMH207]] will be late
        [06:47] [[name:Jamie Fraser]]: can we get the etched tools with shadow IDs, same as the {{Part 145}} audit recommended
        [07:30] [[name:LB]] (Shift Lead): audit done, all tools present. a/c released 07:25, [[flight_number:NMH207]] 40 min delay. {{MOR}} not required, internal report raised.
    """)),
    ("aviation", "success", block("""
        Safety Action Group – minutes
        Date: [[date:18/03/2025]]
        Attendees: [[name:Moira Lindsay]] (Head of Safety, chair), [[name:Tom Heslop]] (Chief Pilot), [[name:Kenji Watanabe]] ({{CAMO}}), [[name:Shona McLeod]] (Ground Ops), [[name:Lorna Ritchie]]
        Apologies: [[name:A. Farquharson]]
        Item 3 – Fatigue reporting
        {{Fatigue reports}} up from 4 in Q4 to 19 in Q1. Group agreed this is more reporting, not more fatigue, since the {{FRMS}} relaunch and the "no names to rostering" promise. Two early-late swaps removed from the roster pattern as a result.
        Item 4 – {{CAA}} audit
        Auditor commented positively on the {{just culture}} policy and the open {{MOR}} trend.
        Item 5 – tool bag freight issue ([[name:Lorna]]): closed.
        Actions: [[name:TH]] to brief all crews on fatigue findings by end of {{April}}.
    """)),
    ("aviation", "incident", block("""
        Radio extract, [[date:26 March 2025]], [[flight_number:NMH377]] [[aircraft_registration:G-NMHK]] to [[organisation:Skerry Deep]] ({{semi-sub}})
        1102:40 [[flight_number:Northmoor 377]]: [[organisation:Skerry Deep]], [[flight_number:Northmoor 377]], five miles, request {{HMS}}
        1102:55 {{Radio op}}: [[flight_number:Northmoor 377]], pitch one point one, roll one point four, heave rate zero point six, deck green
        1106:10 [[flight_number:Northmoor 377]]: Landed, that was lively

        Crew note: deck motion felt well above the figures passed; the aircraft yawed on {{touchdown}} and the {{co-pilot}} saw the {{horizon bar}} moving a lot. Post-flight the {{HCA}} found the {{helideck monitoring system}} had been reading the backup sensor after a software update on [[date:24 March]], and under-reading by about half. No damage, no injuries. Deck limited to daylight until the sensor was fixed.
        Reported by [[name:Chidi Okonkwo]] FO.
    """)),
    ("aviation", "success", block("""
        [[date:02/04/2025]], 19:22 - [[name:Big Al]]: lads. proper shout for [[name:Chidi]] today on [[flight_number:NMH415]]. {{fog}} rolled over [[organisation:Marnoch Alpha]] at 200ft on {{finals}}, i was pressing on a bit, he called {{go around}} clear as day and i went. no argument. that's what the {{CRM}} stuff is for
        [[date:02/04/2025]], 19:24 - [[name:Chidi]]: cheers [[name:Al]] 🙏 you made it easy tbh, you said at the {{brief}} "call it if you see it"
        [[date:02/04/2025]], 19:25 - [[name:Rosie M]]: love this. both of you write it up for the {{safety bulletin}} please
        [[date:02/04/2025]], 19:31 - [[name:Jonno]]: 👏👏 pints on [[name:Al]]
    """)),
    ("aviation", "near_miss", prose("""
        On [[date:Monday 14 April 2025]] two passengers called [[name:John Stewart]] were booked on
        the {{first wave}}. One was going to [[organisation:Marnoch Alpha]] on [[flight_number:NMH211]],
        the other to [[organisation:Tarbet North]] on [[flight_number:NMH213]]. At check-in the
        {{PSA}} scanned the first [[name:John Stewart]] against the wrong booking because the
        {{Vantage}} search defaulted to the top match, and he was issued a {{boarding pass}} for [[organisation:Tarbet
        North]]. At {{the gate}}, [[name:Yasmin Siddiqui]] checked {{photo ID}} against the {{manifest}} and
        noticed the date of birth did not match ([[date_of_birth:19/08/1971]] against
        [[date_of_birth:02/12/1985]]). Both men were re-issued correctly and both flights left on
        time. If he had flown to the wrong installation the {{POB}} count would have been wrong on
        two platforms, which matters in an {{emergency muster}}. The Vantage search now forces the
        agent to pick from a list showing date of birth and employer.
    """)),
    ("aviation", "incident", prose("""
        debrief notes – airside vehicle incident [[date:22/04/25]]. crew minibus
        [[vehicle_registration:SK68 XWM]] reversing out of the bay by {{hangar 2}} at 06:10 hit the
        towbar of the {{tug}} parked behind it. no one hurt, dent to the tug, minibus rear light
        smashed. driver [[name:Dougie Morrison]] (permit [[case_reference:ADP-3391]]) says he
        checked his mirrors, the {{reversing camera}} has been broken since before christmas and was
        reported twice on the {{vehicle defect sheet}}. no {{banksman}} used because it was only him
        and 4 crew on board and they were running late for the 0630 {{crew brief}}. [[name:Dougie]]
        very open about it. actions: minibus off road until camera fixed, defect sheets to go to
        the fleet manager weekly not monthly, reminder that reversing airside needs a banksman even
        if that makes you late. [[name:SM]] ground ops
    """)),
    ("aviation", "success", prose("""
        Reflection – Capt [[name:Marek Nowicki]]. Flight [[flight_number:NMH290]],
        [[aircraft_registration:G-NMHC]], [[date:11 April 2025]]. During the {{brief}} my {{first
        officer}}, [[name:Priya Chauhan]], asked whether our alternate was actually above
        {{alternate minima}}. I had read the {{TAF}} and missed a {{TEMPO}} line that took it below for
        our arrival window. She was right. We took 250kg extra {{fuel}} and nominated a different
        alternate. On the way back from [[organisation:Glen Dessary FPSO]] base went below minima
        in a shower and we diverted with a comfortable {{reserve}} instead of a tight one. What I took
        from it: I say "challenge me" in every brief, and this time somebody did, two months into
        the job. I want to make sure I respond the same way when I am tired and behind schedule. I
        have asked [[name:Priya]] if I can use this in the next {{CRM}} refresher and she agreed.
    """)),
]

if __name__ == "__main__":
    write_records(OUT, build_records("blind173", REPORTS))
