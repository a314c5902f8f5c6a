"""Held-out blind corpus 176: just-culture incident, near-miss and learning reports.

Settings: a child exploitation team (CSE/CCE) working with police in a local authority
(social_care); a hospital's safeguarding team and its domestic abuse advocate (IDVA) (health);
an air taxi operator and its pilots (aviation). Written blind, the way UK staff type: rushed
lower-case notes with typos and no apostrophes, careful narratives, chronologies with times,
e-mails with headers and signatures, Teams/WhatsApp chat exports, incident forms with field
labels, handover sheets and tables, minutes with attendance lists, debrief notes, shout-outs,
tech log entries and ATC/radio transcripts. Every person, place and number is invented.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from markup import block, build_records, write_records  # noqa: E402
from markup import flow as prose  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "corpus" / "heldout_blind176.jsonl"

REPORTS = [
    # ------------------------------------------------------------------ social care (17)
    ("social_care", "incident", prose("""
        quick one sorry on my phone. [[name:kayden]] ([[age:14]]) missing again fri nite, {{mum}}
        rang {{EDT}} at 2340 not us. {{police}} logged it [[case_reference:MP/24/118834]] but the
        {{CCE}} marker wasnt on {{niche}} so {{response officers}} graded him low risk. found sat
        0610 in the back of a silver golf [[vehicle_registration:KX21 WDN]] on [[address:Pellow Rd]]
        with 2 older lads, £340 cash and 2 phones. no {{return home interview}} booked bc nobody
        told [[name:Bex]] (his sw) til mon. the golf was already on the intel log from
        [[date:3 feb]] but {{EDT}} cant see our tracker. learning - exploitation flags need to be on
        both systems + {{EDT}} need read access to the [[organisation:Horizon Team]] tracker. have
        put on agenda for [[name:kayden]]s {{strategy meeting}} weds. - [[name:ND]]
    """)),
    ("social_care", "success", block("""
        From: [[name:Aisling Ní Bhriain]] <[[email:aisling.nibhriain@wexley.gov.uk]]>
        Sent: [[date:04 March 2024]] 16:12
        To: [[organisation:Horizon Team]]; [[email:exploitation.hub@wexleypolice.example.uk]]
        Subject: Thank you – [[case_reference:WX-EXP-0931]]

        Hi all,

        Just wanted to say a proper thank you to DS [[name:Tom Varga]] and PC [[name:Jas Sandhu]]
        and to [[name:Femi Adeyemi]] in {{education}} for how quickly the {{strategy meeting}} came
        together on {{Thursday}} for [[name:Leah]] ([[age:15]]). Within three hours a
        {{Child Abduction Warning Notice}} had been served on the [[age:23]]-year-old, the
        {{DSL}} at [[organisation:Castlebrook Academy]] had put a safe-adult plan in place and
        [[name:Leah]]'s {{mum}} had the {{police}} single point of contact number.

        [[name:Leah]] has not been missing since. [[name:Tom]] tells me the {{CAWN}} has already
        been used twice to move him on from outside the school gates.

        Learning for the log: having the {{DSL}} in the {{strategy meeting}} from the start meant
        the plan covered the school day, not just evenings.

        [[name:Aisling]]
        Senior Practitioner, [[organisation:Horizon Team]]
        [[organisation:Wexley Children's Services]]
        [[phone:01632 960 418]] | [[phone:07700 900 146]]
    """)),
    ("social_care", "near_miss", block("""
        [[date:12/02/2024]], 19:41 - [[name:Shaz Begum]]: man just rang the {{duty mobile}} saying hes [[name:Tiana]]s {{uncle}} [[name:Dee]], wants her new {{placement}} address to drop off her charger n clothes
        [[date:12/02/2024]], 19:42 - [[name:Shaz Begum]]: he had her dob right ([[date_of_birth:09/06/2009]]) and knew her sw is [[name:Marcus]]. nearly read it out tbh
        [[date:12/02/2024]], 19:44 - [[name:Marcus Oyelaran-Hughes]]: DO NOT. [[name:Dee]] is on the {{MACE}} list as a {{person of concern}} for [[name:Tiana]], hes 24 not an uncle. no [[name:Dee]] anywhere on the {{genogram}}
        [[date:12/02/2024]], 19:45 - [[name:Shaz Begum]]: ok ok. said id pass a message on. number he rang from [[phone:07700 900 287]]
        [[date:12/02/2024]], 19:47 - [[name:Marcus Oyelaran-Hughes]]: can you email that to DC [[name:Priestley]] so it goes on the {{intel log}}. ill update the {{safety plan}}. good catch
        [[date:12/02/2024]], 19:52 - [[name:Shaz Begum]]: done. learning for me - a dob is not ID, always ring back via the number on the file
    """)),
    ("social_care", "incident", block("""
        Chronology – missing episode, [[name:Jaylen Morris-Achebe]] ([[age:15]]), ref [[case_reference:EXP-2024-0412]]

        {{Thu}} [[date:18/04/2024]]
        16:05 [[organisation:Ridgeway Children's Home]] report [[name:Jaylen]] not back from school. Staff follow the {{Philomena Protocol}} and ring {{101}}.
        16:40 Police log [[case_reference:WXP-20240418-0771]], graded {{medium risk}}.
        19:30 {{residential key worker}} sees a {{Snapchat}} story: [[name:Jaylen]] at a train station about 60 miles away.
        21:15 {{British Transport Police}} stop [[name:Jaylen]] on a train holding £600 and a {{burner phone}}. He gives a false name ("[[name:Tyler Grant]]") and is allowed to travel on, as no missing marker was visible to {{BTP}}.
        {{Fri}} [[date:19/04/2024]]
        02:10 [[name:Jaylen]] returns to the home by taxi. Nobody asks who paid.
        09:30 {{Return home interview}} offered, declined.
        11:00 Allocated SW [[name:Ifeoma Clarke]] hears about the {{BTP}} stop from an intel email.

        Learning: missing marker not shared with {{BTP}} in real time; false name not checked against {{PNC}} descriptions; no {{NRM}} referral considered despite {{county lines}} indicators. Escalated via {{MASH}} for a {{strategy meeting}}.

        [[name:Ifeoma Clarke]], [[organisation:Horizon Team]]
    """)),
    ("social_care", "success", block("""
        MACE panel – extract for the learning log
        Date: [[date:07/05/2024]]
        Present: [[name:Helen Drummond]] (Chair, {{Head of Service}}), DI [[name:Raza Qureshi]] ([[organisation:Wexley Police]] {{Exploitation Hub}}), [[name:Bryony Allsop]] ({{CAMHS}}), [[name:Kwame Asante]] ({{YOT}}), [[name:Ellie-Mae Dunn]] ({{school nurse}}), [[name:Gosia Wiśniewska]] ([[organisation:Horizon Team]], minutes)
        Apologies: [[name:Nkechi Obi]] ({{Barnardo's}})

        Item 3 – {{contextual safeguarding}} plan, [[address:Farrow Park]]
        Six children linked to the park since {{February}}. Following the {{location assessment}} the {{parks team}} fixed the lighting, detached youth workers are there {{Tuesday}} and {{Thursday}} evenings and police have a {{dispersal order}} for weekends. Two of the children ([[name:JD]], [[age:14]], and [[name:A.K.]], [[age:13]]) are back in school full time.
        Outcome: no missing episodes linked to the park for six weeks. [[name:Raza]] thanked the youth workers for the {{peer group mapping}}, which is what got the two older males identified.
        Action: keep park on the {{MACE}} location list to {{September}} ([[name:GW]] to diarise).
    """)),
    ("social_care", "incident", block("""
        INCIDENT REPORT FORM
        Ref: [[case_reference:INC/CS/24/0667]]
        Date of incident: [[date:22/01/2024]]
        Reported by: [[name:Will Ashworth]], {{business support}}
        Service: [[organisation:Horizon Team]] (child exploitation)
        Child: [[name:Precious Mutasa]], DOB [[date_of_birth:14/02/2010]], NHS no. [[nhs_number:536 730 9461]]

        What happened: A letter confirming the outcome of a {{Section 47}} enquiry for [[name:Precious]] was posted to her old address, [[address:27 Kilner Street, Askern]] [[postcode:DN6 3QT]]. She moved {{placement}} in {{December}}. That address is now where {{mum}}'s ex-partner lives, and he is a {{nominal}} on the police exploitation tracker.

        Why: the address was updated on the {{Mosaic}} person record but the letter template pulls the "correspondence address" field, which nobody changed.

        Immediate action: DS [[name:Varga]] informed, {{welfare check}} done, [[name:Precious]] and her {{foster carer}} told the same day. {{Caldicott Guardian}} and the {{ICO}} breach log completed.

        Learning: one address change should update every {{Mosaic}} field; checklist added to the move-of-placement procedure.
    """)),
    ("social_care", "near_miss", block("""
        [[organisation:Horizon Team]] – weekend handover {{Fri}} [[date:14 June]]

        Child | Age | Where | Risk / notes
        [[name:Harmony Kaur-Bell]] | [[age:16]] | {{semi-independent}}, [[organisation:Larchfield House]] | {{CSE}} high. NEAR MISS thurs: her keyworker [[name:Sunny]] spotted a {{TikTok}} showing the front door and house number with location on. Taken down in 20 mins, settings changed. Police aware, log [[case_reference:WXP-20240613-1142]]
        [[name:Deividas P.]] | [[age:15]] | home with {{dad}} | {{CCE}} medium. Curfew 9pm per {{bail conditions}}. [[name:Deividas]] may ring [[name:Rach]] re court
        [[name:ruby-lee]] | [[age:13]] | {{foster placement}} | missing x2 this month, {{RHI}} outstanding

        On call: [[name:Rach]] [[phone:07700 900 512]] / DS on call via {{101}}

        Learning: online + location safety should be on the {{placement}} start checklist, not left to keyworkers to notice. [[name:Sunny]] has done it for [[name:Harmony]] and we should do it for all.
    """)),
    ("social_care", "success", prose("""
        Debrief – hotel watch, {{Saturday}} [[date:9 March]]. At about 22:30 the night receptionist
        at the [[organisation:Grange Lodge Hotel]], [[name:Oluwaseun Bakare]] (goes by
        [[name:Shaun]]), rang {{999}} because two men in their thirties checked in with a girl who
        looked about 14 and paid cash for one room. He remembered the {{hotel watch}} briefing our
        {{Exploitation Hub}} did in {{January}}. Officers attended within 15 minutes; the girl was
        [[name:Kiera]] ([[age:14]]), reported missing that afternoon from [[organisation:Swinton
        Vale]]. Both men were arrested and car [[vehicle_registration:YD68 PLX]] was seized.
        [[name:Kiera]] was taken to the {{SARC}} with her consent and is now open to us. What worked:
        simple card behind the desk with {{red flags}}, staff felt confident to ring without being
        "sure", and {{police}} treated [[name:Kiera]] as a victim from the first minute. Letter of
        thanks going to [[name:Shaun]] and the hotel manager. - [[name:Raza Qureshi]], DI
    """)),
    ("social_care", "incident", prose("""
        Reflective account. On [[date:2 October 2023]] [[name:Rhys Pritchard-Ogunleye]], [[age:16]],
        was arrested in a flat in [[address:Chandos Court, Wexley]] with 28 wraps of crack cocaine
        and a knife. In custody he was treated as a suspect only. The {{appropriate adult}} was a
        {{volunteer}} who did not know him; his {{allocated social worker}}, me, was not told until
        the next morning because the {{custody sergeant}} had an out-of-date mobile number for the
        team. By then he had been interviewed without anyone raising the {{Section 45 defence}}
        under the {{Modern Slavery Act}}, and no {{NRM}} referral was made for eleven days. The
        flat was a known {{cuckooed}} address. [[name:Rhys]] had four missing episodes in the
        previous month, all recorded. Learning: the {{first responder}} duty sits with us and with
        police; custody needs a current out-of-hours contact for the team, and exploitation flags
        should show on the custody record. I have since sent {{custody}} our duty line
        [[phone:0113 496 0875]]. - [[name:Lakshmi Iyer]], SW
    """)),
    ("social_care", "success", prose("""
        shout out!! massive thanks to [[name:Dawn]] and [[name:Kofi]] from the
        [[organisation:Junction Youth Project]] who stayed with [[name:Ty]] at the {{hospital}} til 3am on
        sat when he came in with a {{stab wound}} to the leg. they kept him calm, got {{mum}} there, and
        made sure the {{ED}} {{safeguarding nurse}} knew he was open to us. he told [[name:Kofi]]
        who sent him out that night and thats now with DC [[name:Okoro]]. this is what
        {{trusted adults}} look like. x [[name:Pri]]
    """)),
    ("social_care", "near_miss", block("""
        From: DC [[name:Hannah Lowther]] <[[email:hannah.lowther@wexleypolice.example.uk]]>
        To: [[name:Mo Rahman]] <[[email:mohammed.rahman@wexley.gov.uk]]>
        Subject: RE: joint visit tmrw – [[name:Ayaan]] ([[case_reference:EXP-2024-0588]])

        [[name:Mo]],

        Glad we checked. I ran the household through {{PNC}} and our local system before tomorrow's {{joint visit}} to [[address:41 Harewood Terrace]], [[postcode:S63 4HX]]. {{Mum}}'s new partner, [[name:Lee Dobson]] (DOB [[date_of_birth:30/11/1988]]), has a firearms warning marker from 2019 and is linked to the line [[name:Ayaan]] is running for. Neither of us knew he had moved in.

        If we'd gone as planned it would have been the two of us, no radio, and [[name:Ayaan]] would likely have been put at risk for "bringing police to the house".

        I've rebooked for {{Wednesday}} at school with the {{DSL}}, and flagged to the {{LADO}}? No – not relevant, ignore. Flagged to the {{Exploitation Hub}} sergeant instead.

        Suggest we make a {{PNC}} household check standard on the {{joint visit}} checklist.

        [[name:Hannah]]
        DC [[name:Hannah Lowther]] | {{Exploitation Hub}} | [[phone:01632 960 772]]
    """)),
    ("social_care", "incident", block("""
        [09:02] [[name:Callum McGarry]]: morning, anyone know why {{strategy meeting}} for [[name:Muhammad Ali Shah]] has no police info on it
        [09:05] [[name:Gurpreet Kaur]]: theres 2 records!! one "[[name:Mohammed Ali Shah]]" DOB [[date_of_birth:03/07/2008]] and one "[[name:Muhammad A. Shah]]" DOB [[date_of_birth:07/03/2008]]
        [09:06] [[name:Callum McGarry]]: day and month swapped. so police checked the wrong one?
        [09:09] [[name:Gurpreet Kaur]]: yep. the {{MASH}} referral from [[organisation:St Wilfrid's RC High]] used US date format off their {{MIS}} export. police info (2 {{stop and search}}, 1 missing) all on the other record
        [09:11] [[name:Callum McGarry]]: so the {{strategy meeting}} on {{Monday}} said no police concerns 😬
        [09:12] [[name:Gurpreet Kaur]]: yes. raising a {{Datix}} now and asking {{MASH}} to merge. will reconvene
        [09:20] [[name:Callum McGarry]]: learning - check DOB by reading it back in words, and search name variants (Mohammed/Muhammad/Mohammad)
    """)),
    ("social_care", "success", prose("""
        I want to record the {{return home interview}} that [[name:Tomasz Nowak]] did with
        [[name:Faith]] on [[date:15 November]], because it is what our practice standards are meant
        to look like. [[name:Faith]] ([[age:15]]) had refused four RHIs with workers she didn't
        know. [[name:Tomasz]] had met her twice before at the [[organisation:Junction Youth
        Project]], so we asked him to do it instead, at a McDonald's of her choosing, not the office.
        He didn't use the form. He talked about her dog and her college plans, and only at the end
        asked where she slept on {{Tuesday}}. She told him about a flat above a takeaway and an
        older man called [[name:Ricky]] who "looks after" girls. [[name:Tomasz]] explained what
        would happen next in plain words. {{Police}} identified the flat the next day, and an
        {{NRM}} referral went in with her agreement. She got a {{positive conclusive grounds}}
        decision in {{April}}. Learning: the right relationship matters more than the right form.
        - [[name:Bronwen Howells]], {{Team Manager}}
    """)),
    ("social_care", "incident", prose("""
        note for {{datix}} - [[name:jade]] ([[age:16]]) had her phone seized by police on
        [[date:28/05]] after arrest, (ref [[case_reference:WX/24/33917]]). no one told us so for
        12 days we couldnt contact her, her {{care leaver}} {{PA}} [[name:abdi]] was texting a phone
        sat in a {{property store}}. she thought we'd dropped her and went back to the older group she
        was with. {{police}} say they'd have issued a cheap handset if asked. learning - when a
        {{child}} open to {{CSE}}/{{CCE}} has a phone seized, {{custody}} should ring the team same day + we
        should have a stock of basic phones. jades new no. [[phone:07700 900 731]]. also her NI no.
        [[ni_number:JR 48 31 92 C]] was on the property receipt?? why. [[name:abdi]] says she's ok
        now but trust has taken a knock. [[name:kb]]
    """)),
    ("social_care", "near_miss", block("""
        Chronology – school transport concern
        [[date:04/09/2023]] 08:10 New taxi contract starts for [[name:Ellis]] ([[age:14]]) to [[organisation:Holm Brook School]].
        [[date:11/09/2023]] 15:40 [[name:Ellis]] tells his {{teaching assistant}} the driver gives him cigarettes and asked him to "drop a bag" for a mate.
        [[date:11/09/2023]] 16:05 TA Ms [[name:Okafor]] writes down exactly what he said and tells the {{DSL}}.
        [[date:11/09/2023]] 16:30 School {{DSL}} rings {{MASH}}. Police check the vehicle [[vehicle_registration:LN17 GZU]]: driver had a licence refused by another council in 2021, not shared with ours.
        [[date:12/09/2023]] 07:30 {{Licensing}} suspend the driver before the morning run. Replacement escort in place.
        [[date:13/09/2023]] {{LADO}} consulted; {{strategy meeting}} held, no evidence [[name:Ellis]] had carried anything.

        Learning: drivers on the transport contract should be checked on the {{NR3S}} register; the {{teaching assistant}} noticed because she knew [[name:Ellis]] well.
    """)),
    ("social_care", "success", prose("""
        Supervision note, [[name:Ioana Popescu]] / [[name:Rhiannon Evans]], [[date:21 June 2024]].
        Discussed [[name:Hope]] ([[age:14]], DOB [[date_of_birth:02/02/2010]]). Since the managed
        move to [[organisation:Brampton Manor School]] her attendance has gone from 41% to 88% and
        there have been no missing episodes since {{Easter}}. [[name:Ioana]] reflected that the key
        was the school agreeing to a reduced timetable for four weeks, a named adult
        (not Mrs [[name:Begum]] as first recorded – it was [[name:Nasreen]], the {{pastoral lead}}) and
        the bus pass that meant [[name:Hope]] didn't need lifts from the older boys.
        {{Signs of Safety}} scaling from {{mum}} has gone from 2 to 7. Agreed to step down to
        {{child in need}} at the next review if it holds. [[name:Rhiannon]] to share as practice
        example at the {{Practice Week}} session.
    """)),
    ("social_care", "incident", block("""
        Learning review – minutes
        Date: [[date:19/03/2024]], Room 2, [[organisation:Wexley Civic Centre]]
        Attendance: [[name:Helen Drummond]] (chair), DS [[name:O'Connell]], [[name:Kacper Zieliński]] ([[organisation:Ridgeway Children's Home]]), [[name:Amara Okonkwo]] (SW), [[name:Siobhan O'Driscoll]] ({{IRO}}), [[name:J.T.]] (notes)

        1. Summary: [[name:Summer]] ([[age:15]]) went missing from [[organisation:Ridgeway Children's Home]] on [[date:2 February]] and was found in another force area on [[date:5 February]]. Her {{Philomena Protocol}} profile had a 2022 photo and no phone number, and the receiving force had to ring our {{control room}} three times to get it.
        2. What went wrong: profile not updated after her last missing episode; out-of-hours {{EDT}} could not open the {{Mosaic}} attachment; home and police had different "last seen" times.
        3. What went right: [[name:Kacper]]'s description of her clothes was detailed and led to her being found; she says staff were kind when she came back.
        4. Actions: profiles reviewed monthly ([[name:Kacper]]); {{EDT}} access fixed ({{IT}}); [[name:Amara]] to do her {{return home interview}} with [[name:Summer]]'s chosen adult.
    """)),
    # ------------------------------------------------------------------ health (17)
    ("health", "incident", prose("""
        Datix [[case_reference:W104477]]. Patient [[name:Zainab Hussain]], [[age:29]], NHS
        [[nhs_number:586 702 7368]], attended {{ED}} at [[organisation:Harrowby Royal Infirmary]]
        on [[date:17/02/2024]] at 01:20 with a wrist fracture, said she fell. Her partner stayed in
        cubicle the whole time and answered for her. {{Routine enquiry}} was not done; the triage
        note says "partner present". She had three previous attendances in 8 months. She was
        discharged home with him at 05:40 with a {{backslab}} and {{co-codamol}}. The {{ED}}
        {{safeguarding flag}} from a {{MARAC}} in {{2023}} was on the GP record but not on our
        {{EPR}}. Our {{IDVA}} [[name:Leanne Fairweather]] saw her 9 days later after police were
        called to the home. Learning: ask for the partner to step out for every patient (policy
        says "where safe"); {{MARAC}} flags need to come across from {{CP-IS}}/{{SCR}}; staff need
        confidence to use the {{DASH}}. - Sister [[name:Maggie Rowntree]]
    """)),
    ("health", "success", block("""
        From: [[name:Nisha Patel]] ({{Ward Manager}}, [[organisation:Sandpiper Ward]])
        To: [[name:Leanne Fairweather]]; [[organisation:HRI Safeguarding Team]]
        Subject: Thank you!!

        [[name:Leanne]],

        I just wanted to say thank you for yesterday with Bed 6. You came up within 40 minutes of our call, saw her on her own in the {{quiet room}}, and by tea time she had a {{refuge}} space, a {{Sanctuary scheme}} referral in and a {{MARAC}} date. The night staff said she slept properly for the first time.

        Special mention to [[name:Joy]], our {{HCA}}, who noticed the bruising on her upper arms while helping her wash and came straight to me rather than assuming it was from the fall.

        We will use the {{IDVA}} referral route again – it was so simple.

        [[name:Nisha]]
        [[organisation:Sandpiper Ward]] | ext 4417 | [[email:nisha.patel14@nhs.net]]
    """)),
    ("health", "near_miss", prose("""
        near miss - [[date:03/01/24]] about 21:00 {{ward clerk}} on [[organisation:Kestrel Ward]] took a
        call from a man saying he was [[name:Chloe Marsh]]'s brother, asking what bed she was in
        and what time visiting ends. he had her DOB ([[date_of_birth:21/08/1996]]) and address. clerk
        was about to tell him then saw the {{red banner}} on {{Lorenzo}} - "no info to be given, DA,
        see alert". called {{nurse in charge}} [[name:Precious]] who checked with [[name:Chloe]] - she
        has no brother. called {{security}} + {{police}}, log [[case_reference:HY-0301-0922]]. learning:
        the banner only shows on the patient screen, not the ward list the clerks use for calls.
        [[name:Bayo]] in {{IT}} looking at it. clerk was [[name:Stacey]], well done for checking
    """)),
    ("health", "incident", block("""
        INCIDENT FORM – Information governance
        Incident ref: [[case_reference:W105112]]
        Date/time: [[date:08/04/2024]] 14:35
        Location: [[organisation:HRI Safeguarding Team]] office
        Person reporting: [[name:Dev Chauhan]], {{Named Nurse Safeguarding Adults}}
        Description: A {{safeguarding referral}} for [[name:Agnieszka Kowalczyk]] (NHS [[nhs_number:650 641 7617]], DOB [[date_of_birth:12/12/1981]], [[address:Flat 3, 18 Coronation Road]], [[postcode:DN4 2GF]]) was e-mailed to [[email:adultsafeguarding@doncastre.gov.uk]] instead of the correct address – a one-letter typo that autocomplete had saved. The referral included {{DASH}} answers and the name of the alleged perpetrator, [[name:Mark Wilkes]].
        Immediate action: Recall failed (external domain). Phoned the domain owner, who confirmed deletion in writing. [[name:Agnieszka]] informed by our {{IDVA}} the same day; safety plan reviewed.
        Contributing factors: autocomplete; no {{secure email}} ({{Egress}}) used; busy office.
        Learning/actions: autocomplete cleared across the team; safeguarding referrals only via the council portal; {{DPO}} informed; {{ICO}} threshold assessed – reportable.
    """)),
    ("health", "success", block("""
        MARAC – hospital agenda items (extract)
        [[date:Tuesday 14 May 2024]]
        Attendance: DI [[name:Ruth Ogunbanjo]] (chair), [[name:Leanne Fairweather]] ({{hospital IDVA}}), [[name:Dev Chauhan]] ([[organisation:HRI Safeguarding Team]]), [[name:Yusuf Abdi]] ({{housing}}), [[name:Eilidh MacLeod]] ({{adult social care}}), [[name:Ffion Jenkins]] ({{probation}}), [[name:Sam]] ({{MARAC coordinator}}, minutes)

        Case 7 – MARAC ref [[case_reference:MRC/24/0318]]
        Victim: [[name:Grace Adjei]], [[age:34]]. Referred by the hospital after [[name:Grace]]'s third {{ED}} attendance with injuries and a disclosure of {{non-fatal strangulation}}.
        Update: [[name:Leanne]] reported [[name:Grace]] has moved with the children to a {{refuge}}; perpetrator bailed with conditions. {{Health visitor}} and {{school nurse}} briefed. [[name:Ffion]] confirmed {{probation}} will manage him under {{MAPPA}} level 1.
        Learning noted by the chair: the hospital flag meant [[name:Grace]]'s attendance triggered a same-day {{IDVA}} contact rather than a letter.
    """)),
    ("health", "incident", block("""
        Chronology – [[organisation:Willow Birth Centre]], patient [[name:Nguyen Thi Lan]], NHS [[nhs_number:716 028 5581]]
        [[date:06/11/2023]] 10:00 Booking appointment. Partner attends and interprets; {{midwife}} records "no DA concerns". {{Routine enquiry}} not possible alone, not re-offered.
        [[date:20/12/2023]] 14:30 Attends with bruising to face; partner again interprets ("fell on ice").
        [[date:12/01/2024]] 23:15 Admitted with {{reduced fetal movements}}. {{Midwife}} [[name:Rosa Delgado]] books a telephone interpreter ({{Language Line}}, Vietnamese) after partner leaves. [[name:Lan]] discloses controlling behaviour, no access to money or passport, and being hit.
        [[date:13/01/2024]] 09:00 {{Safeguarding midwife}} [[name:Chen Wei]] and {{IDVA}} see her; {{MASH}} referral for the unborn.
        Learning: family members must never interpret for {{routine enquiry}}; the booking {{EPR}} should not allow "no concerns" to be recorded when enquiry has not been asked alone. Added to {{maternity}} mandatory training.
    """)),
    ("health", "near_miss", block("""
        SAFEGUARDING HANDOVER – AMU, {{night}} to {{day}}, [[date:27/06/2024]]
        Bed | Patient | Issue | Action
        4 | [[name:Tariq Mahmood]], [[age:71]] | possible {{financial abuse}} by nephew | {{adult social care}} aware
        9 | "[[name:Jess Brown]]" | DA, using alias, real name on {{EPR}} alert only | NEAR MISS overnight – see below
        12 | [[name:Ayesha Begum]], [[age:24]] | {{self-discharge}} risk, {{IDVA}} to see | [[name:Leanne]] booked 10:00

        Bed 9: at 02:30 a man came to the ward desk asking for "[[name:Jessica Barker]]". Her real name. The bank nurse, [[name:Olu]], did not recognise it (board and handover sheet show the alias) and started to search {{PAS}}. {{HCA}} [[name:Rich]] remembered the alias plan and said "we have no one of that name". Man left; {{security}} reviewed {{CCTV}}; police log [[case_reference:HY-2706-0131]].
        Learning: alias plans must be in the ward huddle every shift, and bank staff briefed on arrival.
    """)),
    ("health", "success", block("""
        [11:14] [[name:Leanne Fairweather]]: hi [[name:Dev]] - lady in {{ED}} cubicle 3, wants to leave today but can't go home. partner due out of custody at 4
        [11:15] [[name:Dev Chauhan]]: ok. is she medically fit?
        [11:16] [[name:Leanne Fairweather]]: yes, {{ED}} consultant happy. {{DASH}} 19 = high risk
        [11:21] [[name:Dev Chauhan]]: I'll ring [[organisation:Saltby Women's Aid]], they have a space out of area
        [11:40] [[name:Dev Chauhan]]: space confirmed. they can't collect, I've booked hospital transport to a neutral pick-up point
        [11:42] [[name:Leanne Fairweather]]: amazing. I'll do {{MARAC}} referral + tell police so they don't release to her address
        [13:05] [[name:Leanne Fairweather]]: she's gone, safe. her meds ({{sertraline}}, {{levothyroxine}}) sorted by pharmacy in 20 mins - thank you [[name:Wojciech]] in pharmacy!!
        [13:06] [[name:Dev Chauhan]]: team effort. writing up as good practice
    """)),
    ("health", "incident", prose("""
        rushed note before i forget - pt [[name:Kerry-Ann Walsh]] [[age:38]] came to {{ED}} [[date:09/03]] 23:50 after
        partner "put his hands round her neck". triage coded as assault, minor injury, no
        {{strangulation}} pathway started. no {{CT angiogram}}, no neuro obs, no photos of
        petechiae. discharged 02:10. she came back 2 days later with a {{stroke}} - {{carotid
        dissection}}. shes now on [[organisation:Ward 22]], {{stroke unit}}. [[name:Raj]] (reg on
        that night) very upset, hes been supportive. learning - {{non-fatal strangulation}} needs its
        own triage code + automatic {{IDVA}} referral + imaging per the guidance. NHS no.
        [[nhs_number:458 290 7504]]. [[name:Imran]] from safeguarding has done the police
        referral [[case_reference:HY-1103-0447]]. [[name:kerry-ann]]s sister [[name:Tash]] is next of kin
        [[phone:07700 900 398]]
    """)),
    ("health", "near_miss", block("""
        From: [[name:Abi Okoro]] <[[email:abi.okoro@nhs.net]]>
        Sent: [[date:22 January 2024]] 09:47
        To: [[organisation:HRI Safeguarding Team]]
        Subject: near miss – appointment letter

        Morning,

        Flagging a near miss. Our practice ([[organisation:Moorgate Lane Surgery]]) got a copy of an outpatient letter for [[name:Samira Haddad]] (NHS [[nhs_number:324 194 7289]]) addressed to [[address:9 Elm Row, Hatfield Woodhouse]], [[postcode:DN7 6PX]]. That is the address she fled in {{October}}; she's now at a confidential address registered with us only.

        The hospital still had the old address because the {{PDS}} update had been flagged "sensitive" and the {{PAS}} didn't pull it. We caught it because the letter came via our {{Docman}} too. The original hadn't been posted yet – [[name:Mei]] in your {{outpatients}} booking team stopped it.

        Can we check whether other "S-flagged" records have the same issue?

        [[name:Abi]]
        {{Practice Manager}}, [[organisation:Moorgate Lane Surgery]]
        [[phone:0114 496 0211]]
    """)),
    ("health", "success", prose("""
        Debrief – [[name:Bill Hargreaves]], [[age:84]], admitted via {{ED}} [[date:02/05/2024]]
        with dehydration and confusion. Our {{IDVA}} picked up from the {{discharge coordinator}}
        ([[name:Mercy Boateng]]) that his son, who lives with him, controlled his pension and had
        stopped carers going in. [[name:Bill]] had capacity for this decision and told [[name:Mercy]]
        he "didn't want trouble" but wanted his bank card back. Rather than a standard referral,
        [[name:Leanne]] and {{adult social care}} saw him together on the ward, used the {{DASH}}
        alongside a {{Mental Capacity Act}} conversation, and agreed a plan he chose: bank
        {{safeguarding team}} contacted, {{Lasting Power of Attorney}} checked (none), son told
        carers would restart. Police offered, he declined, and that was respected. Six weeks later
        the carers report he is eating and his money is his again. Learning: {{older people}}
        experience domestic abuse too and the {{IDVA}} route works for them.
    """)),
    ("health", "incident", prose("""
        Careful account for the learning panel. [[name:Keisha Thompson-Reid]] ([[age:17]], DOB
        [[date_of_birth:11/10/2006]], NHS [[nhs_number:760 487 4975]]) attended {{ED}} on
        [[date:14 August 2023]] with a head injury from her 19-year-old boyfriend. Because she was
        under 18, {{ED}} routed the referral to children's social care; because she was over 16,
        children's social care said it was domestic abuse and should go to the {{IDVA}} service;
        the {{IDVA}} service had no {{young person's IDVA}} in post and returned it to us. Nine days
        passed. During that time [[name:Keisha]] went back to him, and she was admitted again on
        [[date:25 August]] with worse injuries. The {{MARAC}} referral was finally made by
        [[name:Eilidh MacLeod]] on the second admission. Learning: {{teenage relationship abuse}}
        falls between pathways; the hospital should refer to both and escalate to the
        {{Named Nurse Safeguarding Children}} when either bounces it.
    """)),
    ("health", "success", prose("""
        Shout out to [[name:Frankie O'Neill]], porter, who was taking a patient to {{X-ray}} on
        {{Friday}} night and noticed the man following them was not the person listed as next of
        kin and kept asking her to "hurry up and stop talking". [[name:Frankie]] took the long way
        and stopped at the {{security}} desk, where the officer quietly moved him on. The patient
        later told our {{IDVA}} he was the man she had an {{injunction}} against. [[name:Frankie]]
        did the {{bystander training}} in {{March}}. Thank you from all of us in the
        [[organisation:HRI Safeguarding Team]] x
    """)),
    ("health", "incident", block("""
        Inappropriate record access – summary table for the panel
        Case: [[case_reference:IG-2024-019]] | Patient: [[name:Reece Kamara]], NHS [[nhs_number:223 431 1209]], NI [[ni_number:WK390271D]]
        Date | Who | What
        [[date:03/03/2024]] | {{Caldicott}} audit | 14 views of [[name:Reece]]'s record by a {{ward clerk}} not involved in care
        [[date:05/03/2024]] | [[name:Bobby-Jo Carrick]] ({{IG lead}}) | Clerk is the sister of [[name:Reece]]'s ex-partner, subject of a {{non-molestation order}}; views included current address
        [[date:06/03/2024]] | {{HR}} | Clerk suspended pending investigation
        [[date:06/03/2024]] | {{IDVA}} | [[name:Reece]] told; safety plan updated; police informed
        Learning: male victims can be overlooked – [[name:Reece]] had no DA alert because his earlier disclosure was recorded as "argument". {{Privacy alerts}} on {{EPR}} should be added for all {{MARAC}} cases regardless of gender.
    """)),
    ("health", "near_miss", block("""
        [[date:18/09/2024]], 10:02 - [[name:Hodan]] IDVA: quick one. [[name:Priya]] on [[organisation:Ward 7]] ({{DASH}} high risk) is getting text reminders from the hospital to her old number
        [[date:18/09/2024]], 10:03 - [[name:Hodan]] IDVA: ex still has that phone. texts say clinic name + date + time
        [[date:18/09/2024]], 10:05 - [[name:Dev Chauhan]]: oh no. which appointment?
        [[date:18/09/2024]], 10:05 - [[name:Hodan]] IDVA: fracture clinic {{Thursday}} 2pm. she's not been yet
        [[date:18/09/2024]], 10:11 - [[name:Dev Chauhan]]: moved it to a different day + site, new number [[phone:07700 900 619]] on {{PAS}}, old one [[phone:07700 900 054]] removed. {{SMS}} reminders off for her
        [[date:18/09/2024]], 10:12 - [[name:Hodan]] IDVA: thank u. learning - {{SMS}} reminder system should check for DA alert before sending
        [[date:18/09/2024]], 10:13 - [[name:Dev Chauhan]]: agreed, will raise with {{digital}} team
    """)),
    ("health", "success", prose("""
        Learning note, {{maternity}}. On [[date:30 April]] a woman attending the
        [[organisation:Willow Birth Centre]] for a scan used the "{{ask for a red dot}}" sticker on her
        urine sample pot, as shown on the posters in our toilets. {{Midwife}} [[name:Aoife
        Ó Súilleabháin]] took her to a side room on the pretext of a repeat blood pressure. In 15
        minutes she disclosed coercive control and threats to take the baby. Our
        {{safeguarding midwife}} and the {{IDVA}} saw her the same morning while her partner was
        told the scan was running late. She has since gone to stay with her sister and has a
        {{birth plan}} that the partner cannot see. [[name:Aoife]] said the sticker made it easy to
        act without asking difficult questions in front of him. Posters to be rolled out to {{ED}}
        and outpatients.
    """)),
    ("health", "incident", block("""
        Serious incident learning review – minutes
        Date: [[date:11/07/2024]]
        Present: [[name:Alan Wright]] ({{Deputy Chief Nurse}}, chair), [[name:Dev Chauhan]], [[name:Leanne Fairweather]], [[name:Gaz Pemberton]] ({{security}} manager), [[name:Thandiwe Ncube]] ({{ED}} matron), [[name:Ravinder Gill]] (notes)

        1. Incident: on [[date:24 June]] [[name:Toni Bradshaw]] ([[age:42]]) was assaulted in the {{ED}} waiting room by her ex-partner while waiting to be seen. She had told {{reception}} she was frightened he would follow her in.
        2. Findings: reception had no way to move a patient out of the waiting room; the {{safe room}} was being used as storage; {{security}} were on another call.
        3. Good practice: [[name:Thandiwe]] and two nurses intervened quickly and [[name:Toni]] was seen immediately afterwards.
        4. Actions: reception script for DA disclosure ([[name:Thandiwe]]); safe room cleared and kept clear ([[name:Gaz]]); {{IDVA}} drop-in in {{ED}} twice weekly ([[name:Leanne]]).
    """)),
    # ------------------------------------------------------------------ aviation (16)
    ("aviation", "incident", block("""
        TECH LOG – [[aircraft_registration:G-TWKA]] ({{PA-31 Navajo}}) page 2231
        Date: [[date:14/02/2024]]
        Defect: No.2 engine {{EGT}} gauge intermittent, reads low on climb.
        Entered by: Capt [[name:Marek Dąbrowski]]
        Action: Deferred – "see {{MEL}}". Signed [[name:MD]].

        Engineer's note, [[date:16/02/2024]]: The {{MEL}} item for the {{EGT}} requires the {{fuel flow}} to be serviceable and a placard, with a 3-day limit. No placard was fitted and the aircraft flew four sectors ([[flight_number:TWK214]], [[flight_number:TWK215]] and two positioning) on [[date:15/02/2024]] with the defect open and no {{MEL}} reference number. Fuel flow was also found intermittent on the ground run. Rectified, cannon plug corroded.
        Learning: "see MEL" is not a deferral. Pilots to enter the {{MEL}} item number and the engineer to countersign before the next flight. [[name:Marek]] has been open about it and has helped rewrite the briefing card.
        – [[name:Colin Atherton]], {{CAMO}} / {{Continuing Airworthiness Manager}}, [[organisation:Tarnwick Air Charter]]
    """)),
    ("aviation", "near_miss", block("""
        Transcript extract ({{RTF}}), [[organisation:Kirkdale Approach]] 119.200, [[date:08/03/2024]] approx. 10:42 UTC
        [[organisation:KIRKDALE APPROACH]]: [[flight_number:TWK21]], descend to altitude two thousand five hundred feet, QNH 1008.
        [[flight_number:TWK12]]: Descend two thousand five hundred, one zero zero eight, [[flight_number:TWK12]].
        [[organisation:KIRKDALE APPROACH]]: [[flight_number:TWK12]], negative, that was for [[flight_number:TWK21]]. [[flight_number:TWK12]] maintain four thousand. Caution similar callsigns.
        [[flight_number:TWK12]]: Maintain four thousand, sorry, [[flight_number:TWK12]].
        [[flight_number:TWK21]]: Two thousand five hundred, one zero zero eight, [[flight_number:TWK21]].

        {{Commander}}'s note ([[flight_number:TWK12]], [[aircraft_registration:G-TWKC]]): I had started the descent – about 150 ft below before levelling. No {{TCAS}} alert. Both our aircraft were on the frequency with callsigns using the same digits. The {{first officer}} ([[name:Jordan Akinola]]) flagged it at the same moment {{ATC}} did.
        Learning: {{Ops}} has changed the callsign block so no two company flights in the same area share digits. Thanks to {{the controller}}. – Capt [[name:Eleanor Faulkner-Singh]]
    """)),
    ("aviation", "success", prose("""
        Shout-out to Capt [[name:Sol Mendelsohn]] for the {{diversion}} on [[date:20 January]].
        He was positioning to collect a client at [[organisation:Saltmarsh Aerodrome]] and the
        {{TAF}} had the cloud base dropping below the {{RNP approach}} minima. The client's PA rang
        our ops phone three times and then rang [[name:Sol]]'s mobile directly to say the client
        "had to" be in Jersey. [[name:Sol]] calmly explained the {{minima}} and diverted to
        [[organisation:Kirkdale Airport]], where a car took the client on. Later the client e-mailed
        to thank him. This is exactly the behaviour in our {{Just Culture}} and {{commercial
        pressure}} policy and I want everyone to know we back it 100%. [[name:Naomi Achterberg]],
        {{Head of Flight Ops}}, [[organisation:Tarnwick Air Charter]]
    """)),
    ("aviation", "incident", prose("""
        pilot report, rushed, sorry. [[flight_number:TWK305]] [[date:12/06]] [[aircraft_registration:G-OHLB]]
        {{King Air 200}}. 6 pax for golf, bags declared 15kg each on the booking but actual
        loads were way more - 4 golf bags + a case of wine in the rear locker. handler at
        [[organisation:Hallbrook Airfield]] didnt weigh, just used the declared weights, and i didnt
        check either as we were late. on rotation the nose came up lighter than expected, had to
        hold forward pressure. after landing we weighed everything: 212kg over declared, {{CG}}
        outside aft limit on the {{load sheet}} when recalculated. no damage, no exceedance on the
        {{FDM}}. learning: weigh bags every time, {{commander}} to sign {{load sheet}} only after seeing
        it. i own this. - [[name:dan w]]. {{copilot}} was [[name:Kasia]]
    """)),
    ("aviation", "near_miss", block("""
        Chronology – runway incursion, [[organisation:Hallbrook Airfield]] (unlicensed strip, {{A/G radio}})
        [[date:02/08/2024]]
        15:58 [[aircraft_registration:G-RNVX]] ({{Cessna 421}}, [[flight_number:TWK88]]) calls 4 miles final runway 27.
        15:59 [[organisation:Hallbrook Radio]] ([[name:Geoff]], {{A/G operator}}) acknowledges, "runway 27 clear to my knowledge".
        16:00 {{Fuel bowser}} [[vehicle_registration:VU09 HBK]] crosses runway 27 at the hold for the far apron. Driver had no radio, was using the old crossing procedure.
        16:00 Commander [[name:Priya Raghunathan]] sees the bowser at about 300 ft and goes around.
        16:09 Second approach, lands.
        16:30 Airfield manager [[name:Tony Clegg]] and the driver ([[name:Mick]]) debriefed.

        Learning: bowser now has a hand-held radio and a beacon; crossing only after calling the {{A/G}} operator; {{runway incursion}} added to driver induction. Reported as an {{MOR}} to the {{CAA}} ([[case_reference:MOR 2024/13822]]).
    """)),
    ("aviation", "incident", block("""
        AIR SAFETY REPORT
        ASR no: [[case_reference:ASR-TWK-24-0457]]
        Date of event: [[date:29/09/2024]]
        Reporter: [[name:Yaw Mensah-Barnes]], Captain
        Aircraft: [[aircraft_registration:G-CJFM]] ({{Citation CJ2}})
        Flight: [[flight_number:TWK460]] / [[flight_number:TWK461]]
        Event type: {{FDP}} exceeded, {{commander's discretion}} not recorded

        Narrative: Client delayed 2h50 at the outstation. I extended using {{commander's discretion}} by 1h20 but did not file the {{discretion report}} because {{ops}} told me on the phone it was "within the {{FTL}}". Later checked: it wasn't, because of the early report on [[date:28/09]]. I was tired on the final approach and had to be reminded of the landing checklist by [[name:Ruaraidh]], my {{FO}}.
        Contributing: no {{FRMS}} check tool in the {{EFB}}; ops rostering by phone; client pressure.
        Action taken: [[name:Ruaraidh]] and I stood down next day. {{Safety manager}} reviewing the rostering.
    """)),
    ("aviation", "success", block("""
        Debrief notes – EFATO training? No – real event.
        [[date:Wed 10 July]], [[aircraft_registration:G-TWKA]], [[flight_number:TWK107]], [[organisation:Kirkdale Airport]] runway 24
        Crew: Capt [[name:Farah Siddiqui]] ({{PF}}), [[name:Ollie Trevithick]] ({{PM}})
        - Left engine {{propeller overspeed}} at ~300 ft. [[name:Farah]] flew, [[name:Ollie]] called {{identify, verify, feather}} and ran the {{QRH}}.
        - {{PAN}} declared, visual circuit, landed 8 mins after take-off. 3 pax fine.
        - ATC (tower) gave them the runway and cleared [[flight_number:EZY43TK]] to hold.
        What went well: sim training in {{May}} had covered exactly this; clear {{CRM}}; passenger brief by [[name:Ollie]] was calm.
        What could be better: fire service arrived after the aircraft had vacated – {{RFFS}} not told which exit; pax felt they were not told enough afterwards.
        Actions: {{SOP}} for post-event passenger care ([[name:Naomi]]); thanks letter to [[organisation:Kirkdale Tower]].
    """)),
    ("aviation", "near_miss", block("""
        From: [[name:Bea Lindqvist]] <[[email:b.lindqvist@tarnwick-air.example.co.uk]]>
        To: [[email:safety@tarnwick-air.example.co.uk]]
        Date: [[date:5 Nov 2024]] 18:20
        Subject: near miss – undeclared oxygen cylinder

        Hi safety,

        Pax [[name:Gerald Pryce-Whitmore]] (DOB [[date_of_birth:17/03/1949]]) on [[flight_number:TWK233]] tonight brought a portable {{medical oxygen}} cylinder in his hand luggage. It was not on the booking and not on the {{DG}} notification. I only found it when I lifted the bag into the {{nose locker}} – it was a compressed gas cylinder, not a {{POC}}.

        I removed it, the {{commander}} ([[name:Tunde]]) phoned {{ops}}, and his {{daughter}} brought a {{POC}} from the car. Delay 25 mins.

        Suggest the {{booking form}} asks about medical equipment directly, not just "any dangerous goods?".

        [[name:Bea]]
        {{Ground handling}}, [[organisation:Hallbrook Airfield]]
        [[phone:+44 7700 900 873]]
    """)),
    ("aviation", "incident", block("""
        [[date:16/12/2023]], 05:48 - Ops - [[name:Lou]]: [[name:Kit]] can u do the 0700 to Jersey? [[name:Ahmed]] called in sick
        [[date:16/12/2023]], 05:51 - [[name:Kit Harrower]]: I only finished at 0115, I'm not legal till 1015 and I'm not rested
        [[date:16/12/2023]], 05:53 - Ops - [[name:Lou]]: its a short one, client is a regular, [[name:Naomi]] said to ask
        [[date:16/12/2023]], 05:55 - [[name:Kit Harrower]]: no sorry
        [[date:16/12/2023]], 06:30 - Ops - [[name:Lou]]: ok [[name:Sasha]] will take it
        [[date:16/12/2023]], 06:31 - [[name:Sasha Obi-Lindgren]]: on my way

        Safety note added by [[name:Naomi Achterberg]]: I did not say to ask [[name:Kit]]. [[name:Kit]] was right to refuse and there is no comeback. The incident is that a rostering request was made over {{WhatsApp}} outside the {{FTL}} rules, and {{Ops}} felt pressure from {{the client}}. The {{rostering system}} would have blocked it. All {{crew}} requests must now go through the system; {{WhatsApp}} only for "please check the roster".
    """)),
    ("aviation", "success", prose("""
        Thank you note from the {{Ops Manager}}. To [[name:Stelian]] and [[name:Precious Dlamini]] on
        {{the ramp}} at [[organisation:Saltmarsh Aerodrome]]: on [[date:1 March]] you noticed
        [[aircraft_registration:G-TWKC]] had fluid under the left {{nacelle}} during the {{turnaround}} and
        stopped the {{refuel}} to tell Capt [[name:Faulkner-Singh]]. It was a loose {{hydraulic}}
        line fitting on the {{brake}} supply. Our {{engineer}} [[name:Hamza Iqbal]] drove over and fixed it
        in an hour. Without that, the crew would have found out on landing. You are not our
        staff, but you acted like part of our team, and I have asked your manager to put this on
        your record. [[name:Naomi]]
    """)),
    ("aviation", "near_miss", block("""
        TECH LOG – [[aircraft_registration:G-RNVX]] page 0814 – [[date:23/04/2024]]
        Pre-flight: {{walk-round}} by {{FO}} [[name:Anwen Pugh]] found right {{fuel cap}} not locked – cap sitting on the neck, tab up. Aircraft fuelled previous evening by [[organisation:Fenbury Aviation Services]] ({{ground handler}}). No sign of fuel loss.
        Action: cap locked, tank dipped, contents confirmed. Signed [[name:AP]].
        {{Commander}}'s comment: Capt [[name:Lucas Ferreira]]. I did the refuel sign-off in the dark and did not physically check both caps. Without [[name:Anwen]]'s walk-round we'd likely have lost fuel from the {{wing}} in flight (known failure on type).
        Follow-up ([[name:Hamza Iqbal]], engineering): torch + "hands on caps" added to the {{refuel card}}; handler reminded. Shared at the {{safety meeting}}.
    """)),
    ("aviation", "incident", prose("""
        Occurrence summary for the {{SAG}}. On [[date:19 May 2024]] [[flight_number:TWK51]]
        ([[aircraft_registration:G-OHLB]], {{King Air 200}}) infringed the [[organisation:Kirkdale]]
        {{CTA}} by about 1.2 nm and 400 ft while routeing around weather. The {{commander}},
        [[name:Jonty Wainwright-Osei]], was flying single pilot and had been given a {{Basic Service}}
        by [[organisation:Ferrow Radar]], which closed as the aircraft crossed the boundary. He
        was not in contact with [[organisation:Kirkdale Approach]] and the {{moving map}} on the
        {{EFB}} had not updated its airspace database (cycle 2403, out of date). ATC took avoiding
        action with another aircraft. The pilot filed an {{MOR}} the same day and was fully open
        about it. Learning: {{EFB}} database currency check added to the daily {{tech log}};
        {{Transponder}} {{Mode S}} and {{Listening Squawk}} use refreshed in recurrent training. No
        disciplinary action – this is a system issue. Contact for queries:
        [[email:safety@tarnwick-air.example.co.uk]] / [[phone:+44 1632 960 305]].
    """)),
    ("aviation", "success", block("""
        Quarterly Safety Review Meeting – minutes
        [[date:Thursday 3 October 2024]], {{crew room}}, [[organisation:Hallbrook Airfield]]
        Attendees: [[name:Naomi Achterberg]] (chair), [[name:Colin Atherton]] ({{CAMO}}), [[name:Hamza Iqbal]] (engineering), Capt [[name:Farah Siddiqui]], Capt [[name:Lucas Ferreira]], [[name:Lou Bramwell]] ({{Ops}}), [[name:Bea Lindqvist]] (handling)
        Apologies: [[name:Kit Harrower]], [[name:Marek Dąbrowski]]

        1. Reporting: 31 reports this quarter, up from 12. [[name:Naomi]] credited the {{Just Culture}} briefing and the shout-outs. No one disciplined.
        2. {{Fatigue}}: since {{rostering}} moved into the system, zero {{FTL}} exceedances. [[name:Lou]] said ops feel less pressure because "the system says no".
        3. Tech: the {{MEL}} briefing card ([[name:Marek]] and [[name:Colin]]) is in every aircraft.
        4. Good catches: [[name:Anwen]]'s {{fuel cap}}, [[name:Bea]]'s {{oxygen cylinder}} – both to go in the {{newsletter}}.
        Next meeting: [[date:9 January 2025]].
    """)),
    ("aviation", "near_miss", block("""
        Extract, [[organisation:Saltmarsh Radio]] recording, [[date:11/01/2024]] 08:16 UTC
        [[aircraft_registration:G-TWKA]]: [[organisation:Saltmarsh]], [[aircraft_registration:G-TWKA]], ten miles north, inbound, two thousand feet on one zero two one.
        [[organisation:SALTMARSH RADIO]]: [[aircraft_registration:G-KA]], runway 21, QNH one zero one two, correction one zero one two.
        [[aircraft_registration:G-KA]]: Runway 21, QNH one zero one two, [[aircraft_registration:G-KA]].

        Pilot's note ([[name:Sol Mendelsohn]]): I had set 1021 from the {{ATIS}} at the {{departure airfield}} and read it back mechanically as "one zero two one" at first. The difference is 9 hPa, about 270 ft – I would have been lower than I thought on the {{approach}} in cloud. The {{radio operator}}'s "correction" caught it and the {{FO}} ([[name:Ellie Nwachukwu]]) cross-checked the {{altimeter}}. Learning: always read back {{QNH}} from the setting, not from memory; {{PM}} to confirm both altimeters.
    """)),
    ("aviation", "incident", block("""
        Shift handover – engineering, [[organisation:Hallbrook Airfield]], [[date:07/08/2024]]
        Aircraft | Status | Notes
        [[aircraft_registration:G-CJFM]] | S | released 06:40 by [[name:H.I.]]
        [[aircraft_registration:G-OHLB]] | S* | *INCIDENT – see below
        [[aircraft_registration:G-TWKC]] | U/S | hyd leak, parts ETA {{Friday}}

        [[aircraft_registration:G-OHLB]]: released to service at 07:15 by the {{night engineer}} ([[name:Sean "Shay" Brennan]]) and flew [[flight_number:TWK330]] to Guernsey. The {{first aid kit}} and the {{life jacket}} pack had expired on [[date:31/07/2024]]. {{Over-water flight}} with expired life jackets. Found by [[name:Hamza Iqbal]] on the {{day shift}} check.
        Why: the {{expiry tracker}} is a paper sheet in the {{hangar}}; [[name:Shay]] was covering and did not know where it was kept.
        Action: aircraft grounded on return; kits replaced; tracker moved into the {{CAMO}} system with alerts.
    """)),
    ("aviation", "success", prose("""
        Pilot's own report, [[name:Ellie Nwachukwu]], {{FO}}, [[flight_number:TWK19]],
        [[aircraft_registration:G-CJFM]], [[date:22 February]]. During the take-off roll at
        [[organisation:Kirkdale Airport]] at about 70 kt I got an {{amber caution}} for the left
        {{generator}} and called "stop". {{The captain}}, [[name:Yaw]], rejected immediately, well below
        {{V1}}. We vacated, ran the {{checklist}}, and returned to {{stand}}. Engineering found a failed
        {{GCU}}. I'm writing this up because I am new and I wasn't sure a generator caution was a
        "stop" item – our {{SOP}} says any caution below 80 kt is, and [[name:Yaw]] backed my call
        without hesitation in the debrief. Passengers were rebooked on [[aircraft_registration:G-OHLB]]
        two hours later. Thanks to [[name:Yaw]] for creating a cockpit where I felt able to speak up.
    """)),
]

if __name__ == "__main__":
    write_records(OUT, build_records("blind176", REPORTS))
