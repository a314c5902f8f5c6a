"""Held-out blind corpus 157: just-culture incident, near-miss and learning reports.

Settings: a residential special school and its care staff (social_care); an ambulance
service's 999 emergency operations centre and its crews (health); the control tower and the
rescue and firefighting service at a small regional airport (aviation). Written blind, the way
UK staff type: rushed lower-case night logs with no apostrophes, careful reflective narratives,
timed chronologies, e-mails with headers and signatures, Teams and WhatsApp exports, incident
and Datix forms with field labels, handover sheets and tables, minutes with attendance lists,
hot debriefs, shout-outs and thank-you cards, tech log entries and RTF / Airwave / 999 call
transcripts. Every person, place, number and registration is invented.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from markup import block, build_records, write_records  # noqa: E402
from markup import flow as prose  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "corpus" / "heldout_blind157.jsonl"

REPORTS = [
    # ------------------------------------------------------------------ social care (17)
    ("social_care", "incident", block("""
        [[organisation:kestrel hse]] night log [[date:11/03/24]]

        2140 [[name:jaden]] refused meds again, said hes not taking them off [[name:kaz]] cos shes new. {{waking night}} [[name:bex]] tried again 2155 no joy
        2210 bedroom 3 window open, [[name:jaden]] not in room. checked grounds w torch, nothing
        2214 rang {{on call manager}} ([[name:Tomasz]]) - said start the {{missing from care protocol}}
        2231 reported to {{police}}, ref [[case_reference:NP-2403-11877]]. gave descrip grey north face + trackies
        2350 [[name:jaden]] walked back in himself, said hed been at the bus shelter on [[address:Mill Brow]]. cold but ok, no obvious injurys. {{return home interview}} to be booked w the {{placing LA}}

        learning: new staff shouldnt do the {{PRN}} round on there own 1st week, he doesnt know her yet. also the {{window restrictor}} on rm 3 was loose AGAIN - 3rd time reported to maintenance
    """)),
    ("social_care", "near_miss", prose("""
        On [[date:Saturday 6th April]] four staff took three young people from [[organisation:Curlew Lodge]]
        to [[address:Harrowby Sands]] for the afternoon. [[name:Ollie]] (DOB [[date_of_birth:19/08/2010]])
        has {{epilepsy}} and his {{buccal midazolam}} and {{seizure care plan}} should go wherever he goes.
        We had signed the {{grab bag}} out on the {{MAR}}, but when [[name:Grace Adeyemi-Clarke]] did her
        own check in the car park she found the bag held another young person's {{inhaler}} and no
        midazolam at all. It was still on the kitchen side. We were 40 minutes from the house, so
        [[name:Grace]] rang the {{team leader}}, [[name:Dev]], who drove it out to us. [[name:Ollie]] did not
        have a seizure and nobody was harmed, but if he had we would have been ringing 999 with nothing
        to give him. What went wrong: the grab bags all look the same, and signing out is a tick box,
        not a physical check. Since then each bag has the young person's photo on the front, and whoever
        signs it out opens it and reads the label aloud to a second member of staff. Thank you to
        [[name:Grace]] for checking rather than assuming.
    """)),
    ("social_care", "success", block("""
        [[[date:22/04/2024]], 07:12] [[name:Siobhán O'Driscoll]]: Morning all 🌞 just want to say a massive thank you to [[name:Hope]] for last night. [[name:T]] had a really rough evening after his phone call and [[name:Hope]] stuck with his {{PBS plan}} the whole way - low voice, gave him space in the {{sensory room}}, no hands on at all. He was asleep by 11
        [[[date:22/04/2024]], 07:15] [[name:Kwame]]: 👏👏 well done [[name:hope]]
        [[[date:22/04/2024]], 07:16] [[name:Hope Mensah]]: aw thanks guys. honestly it was [[name:Kwame]]'s idea to get the {{weighted blanket}} out, team effort
        [[[date:22/04/2024]], 07:20] [[name:Siobhán O'Driscoll]]: logged it as good practice for the {{Reg 45 review}}. this is what {{reducing restrictive practice}} looks like x
        [[[date:22/04/2024]], 07:31] [[name:Deepa R]]: 💜 agree, {{house meeting}} shout out on {{Friday}}
    """)),
    ("social_care", "incident", block("""
        INCIDENT REPORT FORM - RESIDENTIAL
        Ref: [[case_reference:FHS-IR-0412]]
        Date/time: [[date:14/05/2024]] 20:05
        Location: [[organisation:Curlew Lodge]], [[organisation:Fernleigh House School]]
        Young person: [[name:Leo Farrant]]   DOB: [[date_of_birth:02/02/2012]]   NHS no: [[nhs_number:521 231 0164]]
        Type: Medication error - wrong person
        Description: [[name:Leo]] was given 3mg {{melatonin}} prescribed for another young person, [[name:Kai]]. Both boys' medication is kept in the same {{medication cabinet}} on adjacent shelves and both come in blue boxes. Staff member ([[name:RP]]) was interrupted by the house phone mid-round.
        Immediate action: {{NHS 111}} rang 20:15 - advised monitor, no harm expected. [[name:Leo]] slept well, checked through the night by {{waking night staff}}. {{GP}} at [[organisation:Moorside Medical Practice]] informed next morning. {{Mum}} informed 20:40 by {{team leader}}.
        Notifications: {{Ofsted}} {{Regulation 40}} notification submitted [[date:15/05/2024]]. Placing authority informed.
        Learning: {{do not disturb tabard}} back in use for med rounds; shelves separated and photo labels added.
        Reported by: [[name:Rajinder Purewal]] ([[name:RP]]), Senior RSW
    """)),
    ("social_care", "success", block("""
        Learning review - minutes
        [[organisation:Fernleigh House School]], residential team
        Date: [[date:Thursday 23 May 2024]]
        Present: [[name:Priya Raghavan]] ({{Head of Care}}, chair), [[name:Aled Pritchard]] ({{DSL}}), [[name:Mo Iqbal]], [[name:Ffion Morgan-Hughes]], [[name:Chidi Okonkwo]], [[name:lee-anne]] (notes)
        Apologies: [[name:Bartek Nowak]]

        1. What happened
        At bedtime on [[date:20 May]] [[name:S]] (age [[age:13]]) told [[name:Chidi]] that an older lad at home "makes him do stuff". [[name:Chidi]] stayed calm, used {{TED}} (tell, explain, describe), asked no leading questions and wrote it down word for word.
        2. What went well
        - [[name:Chidi]] passed it to the DSL within 20 mins
        - [[name:Aled]] referred to {{MASH}} the same night via the {{out of hours}} number; {{strategy meeting}} held next day
        - Recording met the {{Working Together}} standard
        3. Actions
        - [[name:Chidi]] to share his write-up (anonymised) at the next team meeting as an example
        - Refresher on {{Signs of Safety}} language - [[name:PR]]
    """)),
    ("social_care", "incident", block("""
        From: [[name:Priya Raghavan]] <[[email:p.raghavan@fernleighhouse.sch.uk]]>
        Sent: [[date:03 June 2024]] 16:48
        To: [[name:Nkechi Eze]] <[[email:nkechi.eze@ashcombe.gov.uk]]>
        Cc: [[email:aled.pritchard@fernleighhouse.sch.uk]]
        Subject: RE: restraint injury - [[name:J.M.]] - our ref [[case_reference:FHS/PI/24/031]]

        Dear [[name:Nkechi]],

        Following our call, a summary for you as [[name:J.M.]]'s {{social worker}}. At about 17:30 yesterday [[name:J.M.]] became very distressed at tea and punched the glass in the dining room door. Two staff used a {{Team Teach}} two-person escort to move him away from the broken glass. During the hold he twisted and hurt his wrist; he was taken to the {{minor injuries unit}} at [[organisation:Hallbury Royal Infirmary]] and has a {{buckle fracture}}.

        The {{physical intervention}} was reviewed this morning. It was proportionate but went on longer than it needed to (about 6 minutes), and the {{post-incident debrief}} with [[name:J.M.]] hadn't happened by the time {{his mum}} rang. We will debrief with him tomorrow and have notified {{Ofsted}} under {{Reg 40}}. I have also spoken to the {{LADO}} for advice; threshold not met.

        Happy to talk - [[phone:07700 900418]].

        [[name:Priya Raghavan]]
        {{Head of Care}}, [[organisation:Fernleigh House School]]
        [[phone:01632 960 274]]
    """)),
    ("social_care", "near_miss", block("""
        Teams - Transport & Activities ([[organisation:Fernleigh]])
        [09:02] [[name:Bartek Nowak]]
        {{minibus}} back from swimming. heads up - when we got out at the pool car park [[name:Zara]]'s {{wheelchair}} was only clamped at the back. front two {{clamps}} not on 😬
        [09:04] [[name:Bartek Nowak]]
        no harm, we were doing 20 round the estate. but if I'd had to brake hard...
        [09:05] [[name:Shauna McAllister]]
        which bus?
        [09:05] [[name:Bartek Nowak]]
        [[vehicle_registration:YK19 FHX]], the big one
        [09:07] [[name:Shauna McAllister]]
        ok thats the one where the front tracking is stiff. I'll raise it with fleet. can you do an {{incident form}} as a {{near miss}} pls
        [09:11] [[name:Ravi Chaudhary]]
        I loaded her. honestly thought I'd done all 4 - the checklist sheet was missing off the bus so I went from memory. sorry
        [09:12] [[name:Shauna McAllister]]
        thanks for being honest [[name:Ravi]] 👍 not about blame. laminated {{WTORS}} checklist going on the door of every bus today + {{4-point restraint}} check by the {{driver}} before moving off
    """)),
    ("social_care", "success", prose("""
        Reflection - something that went right. [[name:Rio]] is [[age:11]], {{autistic}} and mostly
        {{non-speaking}}, and his {{Saturday}} contact with {{mum}} used to end with him headbutting the
        minibus window on the way back to [[organisation:Kestrel House]]. In {{supervision}} [[name:Eilidh]]
        suggested we stop guessing and ask him. With the {{speech and language therapist}} we made a
        {{Talking Mat}} about contact. [[name:Rio]] put "the car journey" and "saying bye" firmly on the
        "don't like" side and "mum's flat" on the "like" side. So we asked his social worker,
        [[name:Tariq Mahmood]] at [[organisation:Ashcombe Children's Services]], whether contact could move
        to mum's home, with a {{visual timetable}} and a {{now and next}} board for the goodbye.
        [[name:Tariq]] got it agreed at the {{LAC review}} within a fortnight. Four contacts on, there have
        been no incidents on the way back and [[name:Rio]] signs "happy" when we show him the Saturday
        picture. Lesson for me: the behaviour was communication, and the fix came from him, not from us.
        Thanks to [[name:Eilidh]] and to [[name:Tariq]] for moving so quickly. - [[name:Cerys]], RSW
    """)),
    ("social_care", "incident", block("""
        HANDOVER - [[organisation:The Bothy]] - [[date:Sun 16/06/24]] late -> night
        | YP | Mood/day | Meds | Risks/notes |
        |---|---|---|---|
        | [[name:Kyle]] | settled, xbox | given 20:00 | none |
        | [[name:Amber-Rose]] | LOW - see below | {{sertraline}} given | {{ligature risk}} - {{15 min obs}} |
        | [[name:Dan]] | good day, home leave tmrw | n/a | none |

        INCIDENT 21:35: [[name:Amber-Rose]] found in bathroom with a phone charger cable round her neck. Ligature removed by [[name:Joy Baptiste]] using the {{ligature cutter}} from the office. Conscious, talking, red mark to neck. 999 rung - ambulance attended, conveyed to [[organisation:Hallbury Royal Infirmary]] {{ED}} with [[name:Joy]]. [[name:Amber-Rose]]'s DOB [[date_of_birth:30/11/2008]] and NHS no [[nhs_number:664 816 7203]] given to crew.
        Obs were on time (last 21:20) but the charger was hers from college and wasnt on the {{room search}} list. {{CAMHS}} crisis team aware. Need: review what's allowed in her room + {{safety plan}} update at tomorrows meeting. On call ([[name:Tomasz]]) informed.
    """)),
    ("social_care", "near_miss", prose("""
        Near miss - allergens. [[name:Rosie Tran]], catering assistant, was packing lunches for the
        overnight trip to [[organisation:Ravensdale Outdoor Centre]] on [[date:12 June]]. [[name:Ikenna]]
        ([[age:12]]) has a severe {{peanut allergy}} and carries two {{adrenaline auto-injectors}}.
        [[name:Rosie]] noticed that the flapjack from the new supplier said "may contain nuts" on the outer
        box but not on the individual wrappers. She pulled it, swapped it for fruit and told the
        {{residential lead}}, [[name:Gurdeep Sandhu]]. The {{allergen matrix}} on the kitchen wall still
        listed the old supplier's product. If [[name:Ikenna]] had eaten it on the moors we would have been
        40 minutes from a road. Actions: the kitchen checks {{allergen labels}} on every new delivery, a
        {{Natasha's Law}} refresher for catering is booked for [[date:2 July]], and lunch bags for young
        people with allergies are labelled with their photo and checked by the {{trip leader}} before
        leaving. [[name:Rosie]] - thank you.
    """)),
    ("social_care", "incident", block("""
        Debrief notes - fire alarm evacuation, [[organisation:Kestrel House]]
        [[date:Wed 10 July]], 02:14, actuation: {{smoke detector}} in laundry
        Present: [[name:JT]] ({{waking night}}), [[name:Frank Osei]] ({{sleep-in}}), [[name:Bex]]

        - All out via fire exit 2 in 3 mins. {{Fire panel}} showed zone 4.
        - Roll call at {{assembly point}}: 5 of 6 YP. [[name:Mikey]] missing.
        - [[name:JT]] went back in (shouldn't have - {{fire procedure}} says don't re-enter) and found [[name:Mikey]] asleep with ear defenders on, hadn't heard the alarm.
        - Out at 02:20, 6 mins after actuation. {{Fire service}} attended, false alarm - tumble dryer lint.
        Learning
        - [[name:Mikey]]'s {{PEEP}} says "staff to wake" but night staff didn't know he'd started sleeping in ear defenders. PEEP updated [[date:11/07/2024]]
        - {{vibrating pillow alarm}} ordered
        - [[name:JT]] - no blame, but talked through why we don't go back in
        Signed [[name:F. Osei]]
    """)),
    ("social_care", "success", block("""
        From: [[name:Gareth Lloyd-Jones]] <[[email:gazlj1975@hotmail.co.uk]]>
        To: [[email:kestrel.house@fernleighhouse.sch.uk]]
        Subject: Thank you from [[name:Nia]]'s dad

        Hi all,
        Just a quick one to say diolch for [[name:Nia]]'s party for turning [[age:16]]. Her {{mam}} and me didn't know what to expect but when we walked in on {{Saturday}} the {{lounge}} was full of balloons and [[name:Sunny]] had made her a unicorn cake (!). [[name:Nia]] hasn't had a birthday party since she was about [[age:9]] - she couldn't cope with the noise - and you'd planned it all round her {{sensory profile}}: lights down, {{ear defenders}} in the basket, {{quiet room}} ready. She stayed for the whole hour. That's massive for us.
        Special thanks to [[name:Sunny]], [[name:Dawn]] and [[name:Mo]], and to [[name:Kwame]] for driving her {{nan}} over from [[address:Cwmderwen]].
        PS if the cake tin is yours it's at ours - [[address:4 Heol y Nant, Cwmderwen]], [[postcode:CF37 4LP]], pop round any time.
        Diolch o galon,
        [[name:Gareth]] ([[name:Nia]]'s dad)
        [[phone:07700 900 662]]
    """)),
    ("social_care", "incident", prose("""
        Information governance incident [[case_reference:IG-2024-019]]. On [[date:18 July 2024]] the school
        office sent [[name:Harvey Blackwood]]'s {{EHCP}} annual review paperwork to the wrong parent. Both
        boys are in the same class and the e-mail autocomplete offered [[email:k.blackwell77@gmail.com]]
        when the administrator typed "bla" instead of [[email:k.blackwood@btinternet.com]]. The document
        included [[name:Harvey]]'s date of birth ([[date_of_birth:07/03/2011]]), home address
        ([[address:22 Lindley Crescent, Thornbury Vale]], [[postcode:TS17 6QW]]), his diagnoses, his
        {{Child in Need}} plan and his dad's National Insurance number ([[ni_number:JM 48 21 93 B]]) from the
        {{Disability Living Allowance}} section. The recipient rang within the hour and deleted it while on
        the phone with us. We told [[name:Harvey]]'s parents the same day and logged it with the
        {{Data Protection Officer}}, who decided it did not meet the threshold for reporting to the
        {{ICO}}. Learning: autocomplete is now switched off on the office accounts, and anything with
        {{special category data}} goes out password-protected through {{Egress}} with a second person
        checking the address first.
    """)),
    ("social_care", "near_miss", block("""
        [[date:02/08]] nights - [[organisation:curlew]]
        sleep in stf nearly gave [[name:rhianna]] a 2nd dose of {{paracetamol}} at 0200, 3hrs after the last one. she was asking for it for period pain + said nobody had given her any. checked the {{MAR}} - [[name:dom]] had given 1g at 2300 but signed on the wrong line ([[name:kyle]]'s). [[name:shan]] spotted the gap + rang [[name:dom]] at home who confirmed. no dose given, {{hot water bottle}} instead, she settled
        learning: sign the {{MAR}} straight after each dose not at end of round. {{PRN protocol}} says check the {{PRN record}} + times, dont just take the YPs word. [[name:shan]] - good catch
    """)),
    ("social_care", "success", block("""
        [[[date:04/09/2024]], 16:41] [[name:Robin]] ([[organisation:Kestrel]]): HE DID IT 🚌🎉 [[name:Tyrese]] got the 36 to [[organisation:Hallbury College]] on his own and back!!!
        [[[date:04/09/2024]], 16:42] [[name:Ivy Chen]]: no wayyy 😭😭
        [[[date:04/09/2024]], 16:42] [[name:Robin]] ([[organisation:Kestrel]]): followed in the car the whole way like a spy lol. he tapped his {{bus pass}}, sat downstairs like we practised, pressed the bell at the right stop
        [[[date:04/09/2024]], 16:44] [[name:Aled Pritchard]]: That's 14 weeks of {{travel training}} paying off. Well done [[name:Robin]] and [[name:Ivy]], and [[name:T]] for sticking with it. Please write it up for his {{PEP}} and the {{transition plan}}, and let the {{IRO}} know
        [[[date:04/09/2024]], 16:45] [[name:Ivy Chen]]: will do. he said "can I go to Greggs next time on my own" 😂 {{independent travel}} here we come
    """)),
    ("social_care", "incident", block("""
        Chronology - unplanned contact incident, [[name:Kacey-Leigh]] ([[age:14]])
        Sat [[date:21/09/2024]]
        13:00 [[name:Kacey-Leigh]] and RSW [[name:Sunita Bains]] arrive at [[address:Westgate Retail Park]] for {{supervised contact}} with {{mum}} as per {{care plan}}.
        13:10 Mum arrives with a man she calls "[[name:Dean]], my partner". He is not on the {{contact agreement}}.
        13:12 [[name:Sunita]] rings {{on-call}} [[name:Yusuf Adebayo]] - advised to end contact if he stays.
        13:15 [[name:Sunita]] explains to mum; mum shouts, [[name:Dean]] leaves. [[name:Kacey-Leigh]] upset, cries in car.
        13:40 Back at [[organisation:Curlew Lodge]]. [[name:Kacey-Leigh]] tells [[name:Sunita]] that [[name:Dean]] is the man her sister's social worker said they mustn't see.
        14:05 [[name:Yusuf]] rings {{EDT}} - ref [[case_reference:EDT/24/5531]]. Mum's mobile [[phone:+353 83 555 0142]] given to EDT.
        {{Monday}} - placing {{social worker}} [[name:Tariq Mahmood]] informed, {{strategy discussion}} booked.
        Learning: we had no names or photos of people {{risk assessed}} out, only who was allowed. Contact plan now lists anyone NOT permitted.
    """)),
    ("social_care", "success", prose("""
        Extract - {{Regulation 44}} independent visitor report, [[organisation:Fernleigh House School]]
        (URN [[case_reference:SC487213]]), visit [[date:8 October 2024]]. I spoke with four young people and
        six staff. {{Restrictive interventions}} at [[organisation:Kestrel House]] have fallen from 19 in the
        {{spring term}} to 4 this term. Staff put this down to the new {{PBS}} plans and to the {{Team Teach}}
        refresher led by [[name:Mohammed Iqbal]], which focused on {{de-escalation}} rather than holds.
        One young person, [[name:Ellis]] ([[age:15]]), told me: "they don't grab you here, they talk you
        down." Records of each intervention were complete and every one had a young person's view
        recorded. The {{Registered Manager}} has a clear grip on the data. Recommendation: share the
        approach with [[organisation:Curlew Lodge]], where the numbers have not moved, and ask
        [[name:Mohammed]] to run the same session there. - [[name:Mary-Kate Ní Bhriain]], Independent Person
    """)),
    # ------------------------------------------------------------------ health (17)
    ("health", "incident", block("""
        999 call transcript - extract. EOC ref [[case_reference:NMA-240117-0342]]
        CH: Ambulance service, is the patient breathing?
        Caller: No - I don't know - he's gone grey, it's my dad
        CH: What's the address of the emergency?
        Caller: [[address:9 Mill Lane]], er, Calder- it's [[address:Calderbridge]]
        CH: Is that [[address:9 Mill Road, Calderbridge]]?
        Caller: yes yeah please hurry
        CH: OK, help is being arranged. I'm going to tell you how to do chest compressions...

        Reviewer note ([[name:Harpreet Kaur]], {{clinical safety lead}}): the {{CAD}} gazetteer offered [[address:Mill Road]] first and the {{call handler}} read it back as a question the caller could say yes to. {{AML}} data arrived 40 s later and placed the phone at [[address:Mill Lane]], [[postcode:HX3 8QP]], but the {{dispatcher}} didn't see it. The crew arrived about 6 minutes later than they could have. The patient ([[age:71]]) had {{ROSC}} on scene but died in hospital; the {{coroner}} has been informed.
        Actions: read back the postcode, not the street; AML mismatch to flash on the dispatch screen; {{NHS Pathways}} address-verification refresher for all call handlers.
    """)),
    ("health", "near_miss", block("""
        CAD extract - [[case_reference:CAD 1187-0524]] / [[case_reference:CAD 1191-0524]] - [[date:05/05/2024]]
        14:02:11 Call 1 - {{FAST positive}}, female [[age:68]], [[address:Flat 4, Rowan Court, Hallbury]] [[postcode:HX1 4NB]] - {{Cat 2}}
        14:04:40 Call 2 - neighbour, "lady collapsed" - [[address:Rowan Ct, Hallbury]] - Cat 2
        14:05:03 {{RRV}} Hotel 21 assigned call 1
        14:05:30 {{DCA}} [[vehicle_registration:YJ71 KMO]] assigned call 2 from [[organisation:Brigg Road station]]
        14:06:12 {{Clinical navigator}} [[name:Ade]] flags possible {{duplicate}} - different caller, same block
        14:07:00 Dispatcher [[name:Florin]] rings caller 2 back - same patient, [[name:Pauline Heaton]]
        14:07:25 [[vehicle_registration:YJ71 KMO]] re-assigned from call 2 to call 1 (conveying) and call 2 closed as duplicate
        14:09:48 {{Cat 1}} cardiac arrest comes in 2 miles away - only other DCA in sector 19 mins out
        Note ([[name:Ade]]): if we'd run both calls the Cat 1 would have had no double-crewed vehicle for a long time. Good spot by [[name:Florin]] to ring back rather than assume. Ask: {{CAD}} to auto-flag same-postcode calls within 10 mins.
    """)),
    ("health", "success", prose("""
        Card received at [[organisation:Kirkby Lane EOC]], forwarded by {{PALS}}: "To the lady called
        [[name:Jo]] who answered my 999 call on [[date:Sunday 14th January]] - I don't know your surname, I
        just know you were called [[name:Jo]] and you counted with me. My husband [[name:Derek]] stopped
        breathing on the kitchen floor and I had never done {{CPR}}. You told me to put the phone on speaker,
        kneel by his chest and push hard and fast in the middle, and you counted out loud with me until the
        {{paramedics}} came through the door. I'm told it was eleven minutes. They used the {{defib}} and got
        his heart going and [[name:Derek]] is home now, grumpy and eating biscuits. The {{cardiologist}} at
        [[organisation:Calderbridge General Hospital]] said it was the CPR in those first minutes that saved
        his brain. Thank you, thank you. [[name:Maureen]] x" Manager's note: [[name:Jo]] is
        [[name:Joanne Achterberg]], {{EMD}}, four years in. Call reviewed - textbook {{T-CPR}}, no hands-off
        pauses. Shared at {{huddle}} and nominated for a staff award.
    """)),
    ("health", "incident", block("""
        {{Datix}} [[case_reference:W214883]]
        Category: Medication - {{controlled drug}} discrepancy
        Date: [[date:27/02/2024]]   Time: 07:10
        Station: [[organisation:Brigg Road]]
        Vehicle: [[vehicle_registration:YJ21 ABX]] (DCA 4417)
        Reporter: [[name:Tom Weatherill]], Paramedic
        Description: At end-of-shift {{CD check}} the {{morphine sulfate}} 10mg/5ml count was one ampoule short. The {{ePCR}} for the 03:40 job (patient [[name:Norma Kitchen]], DOB [[date_of_birth:12/09/1939]], NHS [[nhs_number:155 595 9342]], {{fractured neck of femur}}) records 5mg given IV and 5mg wasted, but the waste wasn't witnessed or signed in the {{CD register}} because my crewmate [[name:Sapna]] was cleaning the stretcher at the time. We both remember the waste going into the {{denaturing kit}}.
        Action taken: reported to {{duty operations manager}} and the {{Accountable Officer}}; statements given. No harm to patient.
        Learning: witness the waste at the time, even in the ED bay, and don't leave the register until back on station.
    """)),
    ("health", "incident", prose("""
        Serious incident summary [[case_reference:SI 2024/0113]]. On the evening of [[date:9 January 2024]]
        [[name:Edna Hollingworth]], [[age:87]], fell in her bathroom at [[address:3 Tannery Fold, Ossington]],
        [[postcode:LS28 9DJ]]. Her {{pendant alarm}} provider rang 999 at 18:52 and the call was triaged as
        {{Category 3}} because she was "not injured, just can't get up". That evening the service was at
        {{REAP 4}} with 140 calls waiting. The {{welfare call}} due at 20:52 was not made because the
        {{clinical validation}} queue had no free clinician, and her son [[name:Graham]] was told on the
        phone at 23:10 that "someone is on their way". The crew reached her at 04:33, 9 hours 41 minutes
        after the first call. She was cold (34.1 C), had {{rhabdomyolysis}} and a {{pressure ulcer}} to
        the hip, and spent 12 days at [[organisation:Hallbury Royal Infirmary]]. Findings: no single person
        failed; the system did. Actions: automated welfare-call prompts on {{CAD}}; a {{falls response}}
        car with a {{lifting cushion}} on evenings; and {{community first responders}} trained to lift
        non-injured fallers.
    """)),
    ("health", "success", block("""
        [[[date:03/03/2024]], 05:58] [[name:Leanne P]]: well that was a first 😳👶
        [[[date:03/03/2024]], 05:59] [[name:Leanne P]]: baby girl born in the back of 4417 on the [[address:A629]] at 05:31, {{mum}} did amazing, {{dad}} nearly fainted
        [[[date:03/03/2024]], 06:00] [[name:Kofi]]: NO WAY. you ok??
        [[[date:03/03/2024]], 06:02] [[name:Leanne P]]: yeah!! [[name:Stu]] was driving so i did the lot. {{cord}} round the neck once, slipped it over like the {{JRCALC}} page says, she cried straight away. {{APGAR}} 9 at 5 mins
        [[[date:03/03/2024]], 06:03] [[name:Stu Dempsey]]: the {{midwife}} from [[organisation:Rowan Suite]] came down to the bay and said textbook. shout out {{EOC}} too, [[name:Faith]] had {{Delivery Suite}} on the phone before we'd even asked
        [[[date:03/03/2024]], 06:05] [[name:Kofi]]: 🥹 proper goosebumps. well done both
    """)),
    ("health", "near_miss", block("""
        Airwave log - talkgroup DISP EAST - [[date:12/04/2024]]
        23:14:02 [{{emergency button}} activation - 4421] (not actioned on screen)
        23:14:05 4421: ...get off me... [inaudible]
        23:14:40 Disp ([[name:Connor]]): 4421, 4421, receiving, over?
        23:14:48 4421 ([[name:Amira Saleh]]): Control, we need police urgent, patient's partner's got a knife, we're in the vehicle, doors locked, over
        23:14:55 Disp: Received, police requested, stay in the vehicle, are you injured?
        23:15:02 4421: Negative, negative
        23:15:10 Disp: Police log [[case_reference:PL-0412-2317]], ETA 6

        Note from {{EOC team leader}} [[name:Gav Whitlock]]: the red-button alert came in at 23:14:02 but sat behind a {{CAD}} pop-up on [[name:Connor]]'s second screen for 38 seconds; he picked it up from the open mic. Crew ([[name:Amira Saleh]] and [[name:Luke Brennan]]) unhurt. [[address:14 Sorrel Way]] now has a {{warning marker}} on CAD. Action: emergency alerts to be audible and always on top; raised with the {{Airwave}} / {{ESN}} team.
    """)),
    ("health", "incident", block("""
        Handover delays - [[organisation:Calderbridge General Hospital]] {{ED}} - [[date:Mon 18 Nov 2024]]
        | Crew | Arrived | Handed over | Wait | Patient |
        | 4409 | 14:10 | 18:52 | 4h42 | [[age:79]]F, {{chest infection}} |
        | 4417 | 14:35 | 17:05 | 2h30 | [[age:34]]M, {{seizure}} |
        | 4426 | 15:02 | 19:40 | 4h38 | [[age:82]]M, {{sepsis}} - see below |

        Incident: 4426 patient ([[name:Kenneth Ashworth]], NHS [[nhs_number:145 018 1805]]) deteriorated in the corridor at 17:50, {{NEWS2}} up from 5 to 9. Crew escalated to the {{HALO}} ([[name:Bernadette Kyei]]), who got him into {{resus}} at 18:05, but formal handover wasn't accepted until 19:40. {{IV antibiotics}} went in at 18:20, over 3 hours after our positive {{sepsis screen}}. {{Rapid release}} (45 min) was never triggered.
        Reported by: [[name:Nav]] (crew 4426)
    """)),
    ("health", "success", block("""
        Hot debrief - multi-vehicle RTC, [[address:A6105 near Thrumby Bridge]] - [[date:02/08/2024]]
        Attendees: [[name:Bev Sutcliffe]] ({{Tactical Commander}}), Dr [[name:Rashid Khan]] ({{HEMS}}), [[name:Nia Evans]] ({{Operational Commander}}), [[name:Callum]] (EOC dispatcher), [[name:Gillian Roe]] (fire, {{Watch Manager}})

        What went well
        - First crew sent a {{METHANE}} report within 2 mins of arrival; EOC declared {{major incident standby}} straight away
        - [[organisation:Northmoor Air Ambulance]] ([[aircraft_registration:G-NMRA]]) landed in the next field at 16:41
        - {{triage sieve}} done with {{SMART tags}}: 2 P1, 3 P2, 4 P3
        - All patients away in 58 mins; P1s to [[organisation:Hallbury Royal Infirmary]] ({{Major Trauma Centre}})
        Even better if
        - {{JESIP}} joint decision model not written down at the time
        - second talkgroup set up late - [[name:Callum]] was running two channels alone for 15 mins
    """)),
    ("health", "near_miss", block("""
        From: [[name:Kofi Asante-Boateng]] <[[email:kofi.asante-boateng@nhs.net]]>
        To: Fleet - [[organisation:Brigg Road]] <[[email:fleet.briggroad@northmoor-as.nhs.uk]]>
        Date: [[date:14 March 2024]]
        Subject: Near miss - empty O2 on [[vehicle_registration:YJ70 HDV]]

        Hi [[name:Marta]],
        Logging this on {{Datix}} as well ([[case_reference:W219904]]). At the start of nights I did the {{VDI}} and ticked {{oxygen}} as full because the gauge on the {{CD cylinder}} in the saloon read full. First job was a {{COPD}} exacerbation with {{sats}} of 81%; my crewmate connected the {{nebuliser}} and got nothing. The gauge was stuck - the cylinder was empty. We switched to the portable and the patient was fine, but it was close.
        Could we swap the gauges on that vehicle, and could the checklist say "crack the valve and listen" rather than "read gauge"? I'll be doing that from now on anyway.
        Cheers,
        [[name:Kofi]]
        Paramedic, [[organisation:Brigg Road]]
        [[phone:07700 900 731]]
    """)),
    ("health", "incident", prose("""
        ok so writing this up like [[name:gaz]] said. job at 0215 on [[date:28/06]], male [[age:54]] chest
        pain, {{ecg}} showed {{ST elevation}} in II III aVF. i thought {{inferior STEMI}} but wasnt 100% so i
        went to send it to the {{PPCI}} centre at [[organisation:Calderbridge General]]. except i sent it off
        the {{LIFEPAK}} to the wrong hosp ([[organisation:Hallbury]]) cos the default was still set from
        last week and i didnt check the screen. 12 mins lost faffing on the phone before {{cardiology}} got
        it, then 25 mins drive. pt ok, stented, home in 3 days. lesson: check the transmit site every
        single time. also shouldve asked [[name:gaz]] sooner instead of trying to look like i knew what i
        was doing. {{NQP}} {{preceptorship}} chat booked.
    """)),
    ("health", "success", block("""
        Teams - EOC East - Shout-outs 📣
        [[name:Harpreet Kaur]] 10:03
        Shout out to [[name:Tunde]] on nights 🙌 Caller on [[date:Saturday 20th July]] was a lad of [[age:17]] walking home across the moor after a party, fell down a bank, couldn't say where he was and his battery was on 4%. {{AML}} wasn't coming through. [[name:Tunde]] got him to read out the three words from {{what3words}} - [[address:///ledge.sparrow.cabin]] - and sent them straight to the crew and the {{mountain rescue}} team. Found in 40 mins, {{hypothermic}} but ok.
        [[name:Tunde]] also kept him talking so he didn't fall asleep. Absolute star ⭐
        [[name:Sinéad O'Hara]] 10:11
        legend 👏
        [[name:Tunde]] 10:20
        thanks all, just glad he's ok. credit to the {{MRT}} and the {{HART}} crew too
    """)),
    ("health", "incident", block("""
        From: Safeguarding Team <[[email:nmas.safeguarding@nhs.net]]>
        To: [[name:Luke Brennan]]
        Subject: Adult safeguarding referral not received - [[case_reference:SG-24-4471]]

        Hi [[name:Luke]],
        Thanks for flagging. On [[date:6 August]] you and [[name:Amira]] attended [[name:Stanley Pearce]] ([[age:80]], DOB [[date_of_birth:19/01/1944]]) at [[address:27 Weaver Street, Brigg]], [[postcode:DN20 8LA]] and found no food in the house, soiled bedding and a carer who seemed to be holding his bank card and a DWP letter with his NI number ([[ni_number:PX 90 17 44 A]]). You completed the {{safeguarding referral}} on the {{ePR}}, but it saved as a draft when the tablet lost signal and was never sent. We only found out when the {{adult social care}} duty team at [[organisation:North Lindsey Council]] rang us after a {{GP}} referral nine days later.
        Mr [[name:Pearce]] is now safe and a {{Section 42}} enquiry is open. You did the right thing - this is a system issue. IT are adding a "referral not sent" warning; until then please also ring the {{safeguarding hub}} on [[phone:0300 123 7788]] for anything urgent.
        Best wishes,
        [[name:Zainab Hussain]]
        Named Professional, Adult Safeguarding
    """)),
    ("health", "near_miss", prose("""
        I want to record a near miss from my own practice. On [[date:1 October]] I took a call from
        [[name:Carl]], who is on our {{frequent caller}} list with a {{care plan}} that says to give
        {{hear and treat}} advice unless there are new symptoms. He rings most nights. He said he felt
        "rough" and I was about to close the call with the care plan disposition when he mentioned he had
        been shivering and has a {{catheter}}. That pinged from my {{sepsis}} training. I ran the full
        {{NHS Pathways}} assessment instead of the shortcut and it came out {{Category 2}}. The crew found a
        temperature of 39.6 and {{NEWS2}} of 8; it was {{urosepsis}}. He went to
        [[organisation:Hallbury Royal Infirmary]] (NHS number [[nhs_number:252 582 7821]] matched on the
        {{Spine}}) and is recovering. What I learned: a care plan is not a reason to stop listening. I've
        suggested the frequent-caller flag on {{CAD}} says "assess every call". - [[name:Ama]], call handler
    """)),
    ("health", "success", block("""
        Minutes - {{mental health response vehicle}} quarterly review
        [[date:17 September 2024]], Teams
        Present: [[name:Rachel Oduya]] (chair), [[name:Ifeanyi]], [[name:Pat McGinley]], [[name:Shay]], Dr [[name:Amrit Gill]] ({{consultant psychiatrist}}, [[organisation:Penninegate NHS Foundation Trust]])

        1. Data: 212 calls attended by the car since {{June}}; 71% managed at home; 18 {{Section 136}} detentions avoided.
        2. Case for learning: a [[age:19]]-year-old student at [[organisation:Hallbury University]] on the wrong side of a bridge railing. [[name:Pat]] and [[name:Shay]] sat with her for two hours, linked in with the {{crisis team}} and her {{GP}}, and no police detention was needed. She has since emailed to say thank you.
        3. Actions: [[name:Rachel]] to share figures with the {{ICB}}; [[name:Shay]] to write up the case study (anonymised) for the {{clinical bulletin}}.
    """)),
    ("health", "incident", block("""
        Vehicle incident - [[case_reference:VI-2024-0388]]
        Our vehicle: [[vehicle_registration:YJ70 HDV]] (DCA 4409), {{blue lights}} to a {{Category 1}} call
        Third party: [[vehicle_registration:FD66 WNE]], silver hatchback
        Location: junction of [[address:Halifax Road and Crossley Street, Calderbridge]]
        Date/time: [[date:23/12/2024]] 16:20
        Driver: [[name:Dion Fairweather]], {{ECA}}, {{C1 licence}}, {{emergency response driving}} course [[date:March 2024]]
        What happened: proceeding through a red light at about 15 mph on two-tone {{sirens}}; third-party car turned right across us from behind the bus shelter. Nearside front collision. No injuries; third-party driver shaken, checked by crew. Police attended, ref [[case_reference:WYP-231224-0991]]. Cat 1 reassigned - next resource 7 mins further away.
        Learning: known blind spot at this junction; guidance is stop-check-go at reds. [[name:Dion]] says he slowed but did not stop. {{TRiM}} offered and accepted.
    """)),
    ("health", "success", prose("""
        Reflective account (Gibbs) - [[name:Ellie-Mae Foster]], {{student paramedic}},
        [[organisation:University of Northmoor]]. On a night shift in {{November}} we were sent to a
        {{Category 2}} "breathing problems" call: a man of [[age:91]] with end-stage {{heart failure}}.
        His {{ReSPECT form}} said not for CPR and that he wished to die at home. I expected we would take
        him in. My mentor, [[name:Sandeep]] ("[[name:Sandy]]"), sat on the bed and asked the patient and his
        daughter what mattered most. Then he rang the {{out-of-hours GP}}, got the {{district nurses}} out
        and checked the {{just in case medications}} were in the house. We gave {{oxygen}} for comfort and
        stayed until the nurses arrived. He died at home a few hours later with his family. Feelings: I
        felt uneasy about "leaving" someone so unwell. Learning: conveying is not always caring, and the
        ReSPECT conversation had already been had - our job was to honour it. Thank you [[name:Sandy]].
    """)),
    # ------------------------------------------------------------------ aviation (16)
    ("aviation", "incident", block("""
        RTF transcript - [[organisation:Skerrymouth]] Tower 118.305 - [[date:17/02/2024]]
        14:31:02 TWR: [[flight_number:Northlink 412]], runway 26, wind 240 degrees 12 knots, cleared to land
        14:31:08 [[flight_number:NLK412]]: Cleared to land runway 26, [[flight_number:Northlink 412]]
        14:31:40 Rescue 2: Tower, Rescue 2, holding point Alpha, request cross runway 26 to the south side
        14:31:44 TWR: Rescue 2, hold position, traffic on four-mile final
        14:31:48 Rescue 2: Crossing runway 26, Rescue 2
        14:31:52 TWR: Rescue 2 NEGATIVE, HOLD POSITION
        14:31:55 TWR: [[flight_number:Northlink 412]], go around, I say again go around, vehicle on the runway
        14:32:01 [[flight_number:NLK412]]: Going around, [[flight_number:Northlink 412]]

        Summary ({{MOR}} [[case_reference:MOR-2024-0217-SKY]]): the {{fire tender}} driver expected the crossing and heard what he expected. The {{readback}} error wasn't challenged in time and the {{stop bar}} at Alpha was unserviceable (on {{NOTAM}}). The {{ATR 72}} ([[aircraft_registration:G-NLKB]]) went around from about 1.5 nm; no conflict. Actions: vehicle crossings only with the stop bar lit or a {{follow-me}}; {{CAA}} informed; {{just culture}} review with the {{ATCO}} and the {{RFFS}} {{Watch Manager}}.
    """)),
    ("aviation", "near_miss", block("""
        Wildlife hazard log - [[organisation:Skerrymouth Airport]] - [[date:Thu 11 April 2024]]
        0615 {{Bird controller}} [[name:Alfie Dunmore]] on. Approx 200 {{herring gulls}} loafing on the grass between the runway and Taxiway B after overnight rain.
        0622 Dispersal started - {{distress calls}} + {{pyrotechnics}}
        0631 [[flight_number:NLK201]] ({{Dash 8}}, [[aircraft_registration:G-NLKD]]) lined up. Gulls lifting as a flock across the {{climb-out}}. [[name:Alfie]] called TWR to ask for a delay.
        0632 TWR ([[name:Magda]]) held [[flight_number:NLK201]] on the runway 3 mins, crew happy.
        0636 Area clear, [[flight_number:NLK201]] departed, no strike.
        Comment: if [[flight_number:NLK201]] had rolled at 0631 it would have gone through the flock at rotation. Good call by [[name:Alfie]] and [[name:Magda]]. But there was no dispersal patrol between 0500 and 0615 - first patrol needs to start 45 mins before the first departure, esp after rain. Raised with the {{Airside Ops}} manager; {{Wildlife Hazard Management Plan}} to be updated.
    """)),
    ("aviation", "success", block("""
        From: [[name:Amelia Rook]] <[[email:a.rook@northlink-air.co.uk]]>
        To: [[email:rffs.watch@skerrymouth-airport.co.uk]]
        Subject: Thank you - [[flight_number:NLK318]], [[date:4 May 2024]]

        To Red Watch,
        I wanted to thank you personally. On {{Saturday}} afternoon we declared a {{MAYDAY}} inbound with a {{hydraulic failure}} and no {{nosewheel steering}}. We stopped on the runway with the {{brakes}} very hot, and your two {{Major Foam Tenders}} were alongside within 40 seconds. Your crew checked the wheels with the {{thermal imaging camera}} and talked to us on the {{discrete frequency}} the whole time, which made the decision to disembark 38 passengers down the {{airstairs}} rather than evacuate very easy.
        My first officer, [[name:Jamal]], said afterwards it was the calmest emergency he has ever heard. Please pass on our thanks to the whole watch.
        Kind regards,
        [[name:Amelia Rook]]
        Captain, {{ATR 72}} [[aircraft_registration:G-NLKB]]
        Mob [[phone:+44 (0)7700 900 812]]
    """)),
    ("aviation", "incident", block("""
        TECH LOG - [[aircraft_registration:G-NLKF]] - Sector Record Page [[case_reference:TL 004517]]
        Date: [[date:22/05/24]]   Stn: [[organisation:Skerrymouth]]   Flt: [[flight_number:NL 344]]
        DEFECT: During post-flight walkround, No 2 engine {{propeller}} blade found with a nick approx 3mm on the leading edge. Suspected {{FOD}} ingestion on stand 3 during {{engine start}}. Metal object (baggage trolley latch pin) found on the stand by the {{ramp agent}}.
        ACTION: Blade dressed IAW {{AMM}} 61-10-00, within limits. Aircraft serviceable.
        Cert: [[name:D. McAllister]]   Licence [[case_reference:UK.66.40317B]]

        Safety report note: the {{FOD walk}} on stand 3 was skipped that morning because [[organisation:Skerry Ground Services]] were two short. Reported by [[name:Shaz]] from {{ground handling}}, who also found the pin. Trolley latch pins now checked on the {{daily equipment check}}.
    """)),
    ("aviation", "incident", block("""
        From: [[name:Ciarán Ó Dálaigh]] <[[email:ciaran.odalaigh@skerrymouth-airport.co.uk]]>
        To: ATC Unit Manager <[[email:atc.manager@skerrymouth-airport.co.uk]]>
        Subject: Occurrence on nights [[date:30/05/2024]] - my account

        Hi [[name:Gwen]],
        As requested, my account for the {{MOR}}. At 02:47 I was working combined {{Approach}} and {{Tower}}. I cleared [[flight_number:AVL27]] (a {{Citation}}, [[aircraft_registration:G-CRDV]]) to descend to 2500 ft in the north-east sector where the minimum is 3100. The {{MSAW}} alert went off and I corrected straight away; the lowest Mode C I saw was 2800 ft, about 2 nm from the ridge.
        I'd been on since 19:00, it was my fourth night, and I'd had no break since 00:30 because the {{ATCA}} called in sick and I was on my own. That's inside {{SRATCOH}} limits, but I was tired. I should have checked the {{radar vectoring chart}}, and I'm not making excuses - but I'd ask that we look at single-manning on nights.
        [[name:Ciarán]]
    """)),
    ("aviation", "success", block("""
        ATC WATCH LOG - [[organisation:Skerrymouth]] - [[date:08/06/2024]]
        1512 [[flight_number:NLK622]] ({{Saab 340}}, [[aircraft_registration:G-NLKH]]) requests diversion - {{PAN PAN}}, medical, male pax [[age:63]], suspected {{stroke}}
        1513 Ambulance requested via 999 - ambulance ref [[case_reference:NMA-080624-0519]]. {{RFFS}} alerted, medical assist
        1521 [[flight_number:NLK622]] landed RWY 08, taxied direct to stand 1; RFFS on board with {{AED}} and {{oxygen}}
        1524 {{DCA}} arrived airside, escorted by {{follow-me}} ({{airside ops}}, [[name:Bilal]])
        1531 Pax off via the {{evac chair}}
        1536 DCA departed to [[organisation:Hallbury Royal Infirmary]] ({{hyperacute stroke unit}})
        Remarks: 24 mins from touchdown to ambulance leaving. Well done [[name:Bilal]], the RFFS crew and {{ATCA}} [[name:Tash]] for booking the ambulance before the aircraft was even on the ground.
        Watch supervisor: [[name:GW]]
    """)),
    ("aviation", "near_miss", block("""
        [07:42] [[name:Euan Baxter]] (Airfield Ops): works party on the threshold of 08 from 0800-1200, {{displaced threshold}} in place, {{NOTAM}} should say 750m
        [07:44] [[name:Tash Kowalski]] (ATC): the NOTAM I've got, [[case_reference:A0417/24]], says 570m
        [07:44] [[name:Euan Baxter]] (Airfield Ops): 😬 that's a typo
        [07:45] [[name:Tash Kowalski]] (ATC): [[organisation:Skerry Aero Club]] have [[aircraft_registration:G-BXTY]] ({{PA-28}}) booked out at 0815 with a {{student}}. calling them now
        [07:51] [[name:Tash Kowalski]] (ATC): spoke to the instructor, [[name:Winnie Achebe]], she's briefed the student on the real figure + we'll put it on the {{ATIS}} and pass it on {{RTF}}
        [07:58] [[name:Euan Baxter]] (Airfield Ops): corrected NOTAM requested from {{AIS}}
        [08:30] [[name:Tash Kowalski]] (ATC): [[aircraft_registration:G-BXTY]] landed well beyond the works, no issues. will do a report - the NOTAM request form has no second-person check
    """)),
    ("aviation", "incident", prose("""
        Occurrence report - fuel spill, stand 4, [[date:19 June 2024]]. During {{refuelling}} of
        [[aircraft_registration:G-NLKD]] ([[flight_number:NLK205]]) with 42 passengers on board, the
        {{dry-break coupling}} on the {{bowser}} ([[vehicle_registration:SK15 FUE]]) failed and about 60
        litres of {{Jet A-1}} went onto the apron. The fueller, [[name:Kieran Doherty]], hit the
        {{emergency stop}} within seconds. The {{RFFS}} attended, laid a {{foam blanket}} and the spill was
        absorbed with the {{spill kit}}. Passengers were disembarked away from the spill; 55 minutes delay.
        Refuelling with passengers on board is allowed, but only with the fire station told first so an
        appliance is in attendance - and nobody had told them. The new dispatcher at
        [[organisation:Skerry Ground Services]] didn't know the procedure and it wasn't on her induction
        checklist. The coupling seal was worn; the fuel supplier's {{pre-use check}} had been signed off the
        day before. Actions: procedure added to induction; fuel supplier reviewing seal checks; [[name:Kieran]]
        thanked for a fast response.
    """)),
    ("aviation", "success", block("""
        Exercise SEA EAGLE - debrief minutes
        [[organisation:Skerrymouth Airport]] {{Airport Emergency Plan}} live exercise - [[date:Sun 15/09/24]]
        Attendees: [[name:Gwen Llewellyn]] (ATC Unit Manager), [[name:Ian Marsh]] ("[[name:Sparky]]", RFFS {{SFO}}), [[name:Ngozi Umeh]] ([[organisation:Northmoor Ambulance Service]], {{HART}}), Inspector [[name:Craig Liddell]] (police), [[name:Rhona]] (airport duty manager), [[name:Mei Ling Chan]] (observer, {{CAA}})

        What went well
        - {{crash alarm}} to first appliance in attendance: 1 min 52 s (target 3 min)
        - {{casualty clearing station}} up and running by minute 14
        - ambulance {{triage}} and RFFS handover smooth - [[name:Sparky]] and [[name:Ngozi]] had met at the planning day
        Even better if
        - no common radio talkgroup between RFFS and ambulance; messages relayed by runner
        - {{survivor reception centre}} opened 25 mins late (keys)
        Actions: [[name:Rhona]] to sort keys; [[name:Gwen]] to raise {{interoperability}} with the ambulance service
    """)),
    ("aviation", "near_miss", block("""
        Transcript - [[organisation:Skerrymouth]] Tower - [[date:03/08/2024]] 11:05-11:07
        TWR: [[aircraft_registration:Golf Charlie Bravo]], hold at {{holding point}} Bravo, runway 26
        [[aircraft_registration:G-CB]]: Hold at Bravo, [[aircraft_registration:Golf Charlie Bravo]]
        TWR: [[aircraft_registration:Golf Charlie Delta]], line up and wait runway 26
        [[aircraft_registration:G-CB]]: Line up and wait 26, [[aircraft_registration:Golf Charlie Bravo]]
        ([[aircraft_registration:G-CB]] starts to move)
        TWR: [[aircraft_registration:Golf Charlie Bravo]], STOP, hold position. [[aircraft_registration:Golf Charlie Delta]], line up and wait runway 26
        [[aircraft_registration:G-CD]]: Line up and wait, [[aircraft_registration:Golf Charlie Delta]]

        {{ATCO}} note ([[name:Oyin]]): [[aircraft_registration:G-AVCB]] and [[aircraft_registration:G-BOCD]] are both {{PA-28}}s from [[organisation:Skerry Aero Club]], both flown by {{students}}. I didn't catch the wrong {{readback}} for about 4 s. Learning: I should have told both pilots there were {{similar callsigns}} on frequency and used {{full callsigns}}. The club is asking the {{CAA}} about re-registering one aircraft.
    """)),
    ("aviation", "incident", prose("""
        On the evening of [[date:Friday 1 November]] at 19:40 the crew of [[flight_number:NLK477]]
        ([[aircraft_registration:G-NLKF]]) on a 6 nm final for runway 08 reported a green {{laser}}
        illuminating the flight deck from the area of [[address:Brockholes Industrial Estate]]. The first
        officer, [[name:Priyanka Deshmukh]], was pilot flying and was dazzled; {{the captain}} took control
        and landed normally. The {{ATCO}} warned the next two inbounds on {{RTF}}, phoned
        [[organisation:Northmoor Police]] (ref [[case_reference:NP-011124-1188]]) with a bearing from the
        tower, and {{NPAS}} attended. [[name:Priyanka]] had {{flash blindness}} and an eye check at {{A&E}};
        no lasting damage, off flying for a week. Learning: the hand-over of control worked exactly as
        trained. We didn't have a quick-reference card in the tower for laser reports, so details were
        collected late; one has been made. Reported to the {{CAA}} via {{MOR}}.
    """)),
    ("aviation", "success", prose("""
        Shout-out 📣 to [[name:Tash]], our {{ATCA}}, who on [[date:Tue 20 August]] spotted a
        {{squawk 7600}} popping up 15 miles south with no call on frequency. She checked the
        {{booking-out sheet}} and worked out it was [[aircraft_registration:G-OWLS]], a {{DR400}} from
        [[organisation:Skerry Aero Club]] flown by [[name:Geoff Pennington]]. She rang the club, got his
        mobile ([[phone:+44 7700 900 145]]) and it connected to his headset through Bluetooth, so we could
        talk him in on the phone while he followed the {{radio failure}} procedure. Tower gave him a steady
        green {{light signal}} and he landed on 26 without fuss. His radio had a loose connector. Calm,
        creative and textbook - thank you [[name:Tash]]. - [[name:Gwen]], Unit Manager
    """)),
    ("aviation", "incident", block("""
        red watch [[date:05/10/24]]
        {{BA set}} no.4 failed its {{daily test}} on [[date:02/10]] ({{low pressure whistle}} didnt sound at 55 bar) but stayed on the {{Major Foam Tender}} cos the defect label fell off + nobody tagged it on {{the appliance}}. found by [[name:Jonno]] on the {{weekly test}} 3 days later. set was on the truck through 2 {{local standbys}}. if it had been used in a fire...
        {{Crew Manager}} [[name:Lewis Aird]] told. set quarantined + sent for service.
        learning - defect tags now red, cable tied on, and logged in the {{defect book}} same time. no point blaming whoever tested it, the label system was rubbish
        [[name:jonno]] / [[name:LA]]
    """)),
    ("aviation", "success", block("""
        From: [[name:Winnie Achebe]] <[[email:winnie@skerryaeroclub.co.uk]]>
        To: [[email:atc.watch@skerrymouth-airport.co.uk]]
        Subject: Thank you - [[aircraft_registration:G-BXTY]], {{Sunday}}

        Hi all,
        Huge thanks to whoever was on {{Approach}} on Sunday afternoon (I think [[name:Ciarán]]?). My student, [[name:Jess Ogunleye]], was on her first solo {{cross-country}} in [[aircraft_registration:G-BXTY]] and got herself lost in the haze south of the hills. She did what we teach - {{aviate, navigate, communicate}} - and called you. You gave her a squawk, identified her and steered her home calm as anything. She's a bit shaken but flying again next week and says your voice was "like a cup of tea".
        In her debrief we talked about turning back as soon as the visibility dropped ({{threat and error management}}).
        Best,
        [[name:Winnie]]
        {{CFI}}, [[organisation:Skerry Aero Club]]
        [[phone:01632 960 583]]
    """)),
    ("aviation", "near_miss", block("""
        ATC WATCH HANDOVER - [[organisation:Skerrymouth]] - [[date:11/11/2024]] 13:00
        Outgoing: [[name:Olu]]   Incoming: [[name:Bryony]]
        | Item | Status |
        | Runway in use | 26 |
        | {{ILS}} 26 | (left blank) |
        | {{NOTAMs}} | taxiway C closed |
        | {{RFFS}} cat | 6 |

        At 13:22 [[flight_number:NLK512]] was cleared for the ILS 26. Crew: "glidepath flag, confirm ILS serviceable?" The ILS had been taken off for maintenance by the {{ATSEP}}, [[name:Hamish]], at 12:40 and he told [[name:Olu]] verbally only. [[name:Bryony]] gave the crew the {{RNP approach}} instead and they landed normally.
        Learning: ILS status is now a mandatory line on the {{handover checklist}}, and ATSEP must log status changes in the watch log, not just say them.
    """)),
    ("aviation", "success", block("""
        Safety Review Group - minutes extract - [[date:28 November 2024]]
        Present: [[name:Gwen Llewellyn]] (chair), [[name:Rhona Buchanan]], [[name:Euan Baxter]], [[name:Lewis Aird]], [[name:Kasia Zielińska]] ({{Safety Manager}})

        Item 4 - {{drone}} sighting [[date:14/11/2024]]
        [[flight_number:NLK330]] reported a drone at about 1,200 ft on the approach, inside the {{Flight Restriction Zone}}. The {{ATCO}} ([[name:Olu]]) stopped departures, warned inbound traffic and called police on the dedicated line within 2 mins. Police found the operator in a lay-by on [[address:Tern Point Road]]; no {{Flyer ID}} and unaware of the {{Drone Code}}. Runway reopened after 19 mins.
        Group agreed the handling was exemplary. Actions: [[name:Kasia]] to file the {{MOR}} to the {{CAA}}; [[name:Olu]]'s log to be used in {{TRM}} training.
    """)),
]

if __name__ == "__main__":
    write_records(OUT, build_records("blind157", REPORTS))
