"""Held-out blind corpus 116: reports typed into a confidential just-culture incident-and-learning
system by front-line staff in a shire county's fostering, adoption and residential children's homes
service, a community and mental health NHS trust (district nursing, CMHTs, crisis and home treatment,
inpatient wards, school nursing, talking therapies) and an air ambulance charity plus a small
flying club. The writing is an ordinary mix: tidy structured forms and SBAR handovers, forwarded
e-mails with signatures, Teams chat excerpts, timestamped logs, rushed lower-case notes with typos,
reflective first-person prose and short thank-you style good-practice notes, covering what went
wrong, what nearly went wrong and what went right.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from markup import block, build_records, write_records  # noqa: E402
from markup import flow as prose  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "corpus" / "heldout_blind116.jsonl"

REPORTS = [
    # ------------------------------------------------------------------ social care (17)
    ("social_care", "incident", prose("""
        Young person (my key child) [[name:Kayden]] went missing from [[organisation:Beechcroft House]]
        on [[date:Sat 14th Sept]] after an argument about his phone being taken at 22:00 under the
        {{house rules}}. The {{Missing From Care protocol}} was followed but we were slow to ring
        police - first call logged 23:40, which should have been sooner given he is [[age:13]] and
        flagged on the {{CCE}} screening tool. Night staff [[name:Dawn]] and [[name:Tariq H]] were on,
        only two staff for four YP so neither could go out looking. Police ref
        [[case_reference:CC-22409-24]]. He was found by PC [[name:Ostrowski]] at the
        [[organisation:Kwik Fuel]] garage on the ring road around 01:15, cold but unhurt.
        {{Return home interview}} was done by [[organisation:Checkpoint Youth Project]] on the Monday.
        Learning: our night ratio is too thin when more than one YP has a missing history, and agency
        staff did not know the {{Philomena Protocol}} form is in the red folder, not on {{Mosaic}}.
        [[name:Dawn]] has since done a one-page crib sheet for the office wall. What went right:
        [[name:Tariq H]] kept ringing [[name:Kayden]]'s phone every 20 minutes and logged each
        attempt, and when police asked for a description he had the up-to-date photo and
        {{grab pack}} ready in under a minute, which the officer said was the best he had seen.
    """)),
    ("social_care", "near_miss", block("""
        From: [[email:s.adeyemi@hollinshire.example.gov.uk]]
        To: Fostering Duty
        Subject: near miss - meds at respite

        Hi all, flagging a near miss from the weekend. [[name:Lily-Mae]] ([[age:9]]) went to respite
        carers [[name:Bev]] and [[name:Graham Tolland]] on Friday with her {{melatonin}} and
        {{methylphenidate}}, but the {{MAR sheet}} that went with her was the old one from before the
        dose change on [[date:2 August]]. [[name:Bev]] spotted the box label didn't match and rang me on
        [[phone:07700 900418]] before giving anything, so no wrong dose was given.

        Learning: the MAR should be reprinted every time the {{pharmacy}} label changes, and the
        {{respite agreement}} checklist should include "MAR checked against boxes" as a tick box.
        I've asked [[name:Graham Tolland]] if they'd be happy for their good catch to be shared at
        the {{support group}}.

        Regards,
        [[name:Sola Adeyemi]]
        {{Supervising Social Worker}}, [[organisation:Fostering Team North]]
    """)),
    ("social_care", "success", prose("""
        Just wanted to log something that went really well. Introductions for [[name:Ezra]]
        ([[age:22 months]]) to his adopters [[name:Priya]] and [[name:Dom Castellano-Reid]] finished on
        [[date:18/10/24]] and it was the smoothest I have seen in years. {{Foster carer}}
        [[name:Maureen O'Shea]] made a transition book with photos of the adopters' dog Biscuit and
        their house and read it to him every night for a fortnight beforehand. We used the
        {{Moving to Adoption}} model rather than the old fixed ten-day plan and let the pace be led by
        [[name:Ezra]]; the day-four review agreed to slow down and nobody treated it as a failure.
        [[organisation:Three Counties Adoption]] social worker [[name:Hannah K]] and I kept a {{WhatsApp}}
        group with [[name:Maureen]] which made decisions much quicker. The {{Adoption Support Fund}}
        application went in early too. Worth sharing at the next {{practice forum}}.
        - [[name:Fi]], {{Family Finding}}
    """)),
    ("social_care", "incident", prose("""
        The {{IRO}} letter following the {{LAC review}} for [[name:Tyler Brennan]] went out to his
        birth mother with the foster carers' address on the distribution list
        ([[address:2 Oakapple Row, Millbridge]], [[postcode:HL7 4QT]]). Mum [[name:Shannon]] turned up
        at the carers' door on [[date:Thursday 7th November]], which is how we found out. Carers
        Mr and Mrs [[name:Dhillon]] handled it calmly and [[name:Tyler]] was at school at the time.
        {{Police}} were not called as she left when asked. [[name:Tyler]] has since moved to another
        placement under the {{Emergency Duty Team}} out of hours, which is a loss for him as he was
        settled there. Child record [[case_reference:LAC/30418]], IG breach ref
        [[case_reference:IG-2024-0871]]. Cause: the letter template pulls every "significant address"
        from {{Mosaic}} and the admin checking it was covering from another team. The {{Data
        Protection Officer}} is considering whether it meets the {{ICO}} threshold. We need a second
        check on any letter that goes to birth family.
    """)),
    ("social_care", "incident", block("""
        Date of incident: [[date:03/03/2025]]
        Location: [[organisation:Larkfield Children's Home]], lounge
        YP: [[name:R.M.]] (age [[age:15]])
        Staff involved: [[name:Kofi Mensah]] (RSW), [[name:Jen Ashworth]] (Snr RSW)

        What happened: [[name:R.M.]] became distressed after a phone call and threw a mug at the TV,
        then went for another young person. [[name:Kofi Mensah]] and [[name:Jen Ashworth]] used a
        two-person {{Team Teach}} guide to move [[name:R.M.]] to the quiet room (approx 40 seconds).
        [[name:R.M.]] has a carpet burn on left forearm, recorded on {{body map}}.

        Actions: {{Reg 40}} notification to {{Ofsted}} made by {{Registered Manager}}. Social
        worker informed. Debrief with YP next morning - said the phone call was about nan being in
        hospital and nobody had told them.

        Learning: we knew about the hospital admission from the {{placement plan}} update and didn't
        share it at handover. Handover sheet now has "family news" box.
    """)),
    ("social_care", "near_miss", prose("""
        near miss - dad turned up at [[organisation:St Aldhelm's CE Primary]] at home time on
        [[date:Weds 22 Jan]] when he is only supposed to have supervised {{contact}} at the
        {{family centre}}. The school office recognised him from the photo on the {{safeguarding}}
        board and kept [[name:Amira]] and [[name:Yusuf]] in class until foster carer
        [[name:Joy Fenwick]] got there. No contact made, kids didn't see him. The {{DSL}} Mrs
        [[name:Pettifer]] rang our duty line straight away on [[phone:01632 960275]]. What nearly went
        wrong: the {{contact agreement}} was never sent to the new school when the children moved in
        September, the old school had it. Only reason it worked is that [[name:Joy]] took the photo in
        herself on the first day. Adding "school has contact plan + photo" to the placement move
        checklist.
    """)),
    ("social_care", "success", prose("""
        Positive practice. [[name:Marcus Adebayo-Lewis]] turned [[age:18]] on [[date:12th December]]
        and is staying on with his carers [[name:Sue]] and [[name:Pete Harkness]] under {{Staying Put}}
        rather than moving into supported lodgings. Getting the {{Staying Put}} allowance agreed
        before his birthday took three panels and a lot of chasing, but his {{Personal Adviser}}
        [[name:Lorna Quayle]] from the [[organisation:Hollinshire Leaving Care Service]] kept on it.
        He has a place at [[organisation:Wraxton College]] on the {{Level 2}} plumbing course and
        passed his theory test last week, and [[name:Lorna]]
        sorted his NI number ([[ni_number:JM 41 27 93 C]]) so he can start his apprenticeship wage. [[name:Sue]] said the thing that made the difference was
        being told early and in writing. Good example of the {{pathway plan}} actually being used.
    """)),
    ("social_care", "incident", prose("""
        minor rta on the way back from contact, {{pool car}} [[vehicle_registration:LK19 XPW]] was rear
        ended at the lights on [[address:Station Road, Kettlebury]]. yp [[name:jayden]]
        ([[age:11]]) in the back, shaken not hurt. other driver ([[vehicle_registration:HN68 FGU]])
        stopped and we swapped details. took him to the {{minor injuries unit}} as precaution, all fine.
        rang {{EDT}} and his {{sw}} [[name:caz]] to let them know. learning - the {{booster seat}} wasnt
        clipped into the {{ISOFIX}} properly, just seatbelted, so could have been a lot worse. nobody
        showed me how to fit it when i booked the car. fleet ref [[case_reference:FL-0662]]
    """)),
    ("social_care", "success", prose("""
        I want to record the life story work [[name:Grace]] and I finished this term. [[name:Grace]] is
        [[age:10]] and has had five placements. Her {{birth dad}} [[name:Leon Achterberg]] agreed to record
        a short video, which the {{adoption support}} team helped script so it was honest but safe.
        We used the {{Three Houses}} tool to plan and her {{foster carer}} [[name:Noreen Baptiste]] sat in
        on every session. [[name:Grace]] chose to take the book into [[organisation:Hollybank Juniors]]
        to show her {{teaching assistant}}, which would never have happened a year ago. Things that
        helped: having the same worker for the whole piece, not rushing, and the {{Virtual School}}
        paying for the printing. Things to improve: we lost three months waiting for her
        [[organisation:Ashgrove Maternity Unit]] birth records.
    """)),
    ("social_care", "near_miss", block("""
        From: [[name:Harriet Owusu-Bell]] <[[email:harriet.owusu-bell@hollinshire.example.gov.uk]]>
        Sent: [[date:19 February 2025]] 16:42
        To: Adoption Panel Admin
        Subject: RE: Panel papers - [[date:26/02]] - URGENT

        Thanks for catching this [[name:Mo]]. For the learning log:

        The {{CPR}} in the panel pack for baby [[name:L]] ([[case_reference:ADP-1187]]) had four
        pages from a different child's {{health assessment}} stapled at the back, including that
        child's name and {{NHS number}}. [[name:Mo]] spotted it while scanning, before the
        pack went out to the {{panel members}} by {{Egress}}. No breach.

        Why: both reports were printed at once on the shared printer on the 2nd floor and collated
        by hand.

        Suggest we go fully electronic for panel packs like [[organisation:Three Counties Adoption]]
        do.

        [[name:Harriet]]
        {{Team Manager}}, {{Adoption}}
    """)),
    ("social_care", "incident", block("""
        Incident timeline - [[organisation:The Willows]] (4 bed {{residential}})
        YP: [[name:S.K.]], [[age:14]], {{DoLS}} in place
        [[date:Sun 6 Apr]]
        19:05 [[name:S.K.]] to bedroom after dinner, on 15 min {{obs}}
        19:20 obs done - fine, reading
        19:35 obs missed - staff [[name:Bartosz]] dealing with fire alarm (false, toaster)
        19:42 [[name:Bartosz]] found [[name:S.K.]] with ligature from hoodie cord, conscious, talking
        19:43 cut with {{fish knife}}, {{999}} called
        19:58 ambulance on scene, taken to [[organisation:Royal Hollinshire Infirmary]] for checks
        23:30 back at home, no lasting injury
        Notified: SW, {{Ofsted}} ({{Reg 40}}), parent, {{CAMHS}} crisis
        Learning: when the alarm goes, obs on high-risk YP must be handed to a named person. Going into
        the {{fire drill}} procedure. Also hoodie cords - risk assessment reviewed.
    """)),
    ("social_care", "success", prose("""
        Just a quick one to say {{EDT}} were brilliant on Friday night. Foster carer
        [[name:Hunter Mbeki]] rang at 02:00 because a {{sibling group}} of three placed with him that
        afternoon had arrived with no night things, no inhalers and no {{placement plan}}. The
        {{EDT}} worker [[name:Aoife]] found the out-of-hours {{pharmacy}} at [[organisation:Boots
        Kettlebury Retail Park]], sent a taxi, emailed a holding placement plan by 03:30 and logged
        everything so the day team could pick it up at 9. [[name:Hunter]] said he felt properly
        supported for the first time in a while. I'm flagging it because the placement was made in a
        rush by us in the day team, so the good outcome is down to the night worker, not to our
        process.
    """)),
    ("social_care", "incident", block("""
        {{Teams}} chat - Fostering South - [[date:Tue 11/03/25]]

        [14:58] [[name:Gemma Rowntree]]: has anyone picked up [[name:Kai]] from [[organisation:Fordham Nursery]]?? they just rang, closing at 3 today for training
        [14:59] [[name:Tomasz W]]: {{carer}} is at {{hospital}} with her mum, she told us yesterday
        [15:00] [[name:Gemma Rowntree]]: who did she tell?? @[[name:tomasz.w]]
        [15:01] [[name:Tomasz W]]: she left a {{voicemail}} on the main line i think
        [15:04] [[name:Gemma Rowntree]]: ok im going. on [[phone:07700 900733]] if nursery ring back
        [15:27] [[name:Gemma Rowntree]]: got him, he's fine, eating a banana in the car

        Manager note: [[name:Kai]] ([[age:3]]) was collected 27 mins after nursery closed,
        {{nursery manager}} stayed with him. Voicemails on the main line are only checked twice a
        day. Carer did the right thing. Moving the main line to the {{Duty}} mobile during office hours.
    """)),
    ("social_care", "near_miss", prose("""
        Picked up at the {{annual review}} for fostering household of [[name:Bill]] and
        [[name:Faith Okonkwo]], [[address:Orchard View, Tanners Lane, Upper Wraxton]],
        [[postcode:HL3 9DZ]]: their son [[name:Chidi]] turned [[age:18]] in June and is living at home
        again after uni, but no {{DBS}} or medical had been done for him as a new adult household
        member. Children in placement at the time were aged [[age:6]] and [[age:8]]. No concerns
        about him at all, but for four months we had an unchecked adult in a fostering household,
        which is a breach of the {{Fostering Services Regulations}}. Why: the {{Supervising Social
        Worker}} changed twice this year and the "household members turning 18" report on
        {{LiquidLogic}} goes to a mailbox nobody monitors. DBS has now been applied for (his NI no. [[ni_number:PW284619B]]
        checked against his passport).
    """)),
    ("social_care", "success", prose("""
        Good news story. [[name:Oluwaseun]] (we all call him [[name:Shay]]) had been out of school for
        14 weeks after his move to [[organisation:Copper Beeches]]. The {{Virtual School}} head
        Ms [[name:Carrow]] got him a place at [[organisation:Wraxton Academy]] in eight days by
        going straight to {{the head}}, plus a {{PEP}} meeting the same week with his {{keyworker}}
        [[name:Sunny Marchetti]]. [[name:Shay]] has done a full week, which is the first full week since he was
        [[age:12]]. It worked because everyone kept the focus on him and the {{EHCP}}
        was treated as a reason to say yes, not a reason to delay.
    """)),
    ("social_care", "incident", prose("""
        Foster carers [[name:Rhiannon]] and [[name:Mark Eddowes]] found that the birth family of
        the children in their care had found a photo of [[name:Summer]] ([[age:12]]) on the
        {{Instagram}} account of a dance club at [[organisation:Millbridge Leisure Centre]] and
        messaged her on {{Snapchat}}. Maternal aunt [[name:Tracey Colquhoun]] then posted in a local
        {{Facebook}} group asking if anyone knew where the girls were living. Nothing disclosed as far
        as we know. [[name:Summer]]'s sister [[name:Ruby]] ([[age:8]]) has had bad nights since. The club did
        not know they should not post photos of a {{looked after}} child; nobody had told them.
        Learning: the {{delegated authority}} form covers school trips but says nothing about clubs or
        social media. Ref [[case_reference:FC-7731]].
    """)),
    ("social_care", "success", prose("""
        New arrival at [[organisation:Beechcroft House]] on [[date:2 June]]: [[name:Dawit]], [[age:16]],
        {{UASC}}, speaks Tigrinya only. {{Night staff}} booked a {{telephone interpreter}} through
        {{Language Line}} within ten minutes rather than using the other {{young person}} who offered.
        He gave us a number for a cousin in Germany, [[phone:+49 152 0900 4417]], passed to his
        {{social worker}} to check out before any contact.
        Good instinct from [[name:Precious Nyathi]] and exactly right under our {{interpreting
        policy}}.
    """)),
    # ------------------------------------------------------------------ health (17)
    ("health", "incident", prose("""
        Mr [[name:Alwyn Parry]] ([[age:84]]), NHS no. [[nhs_number:992 738 7687]], is an
        {{insulin}}-dependent diabetic on twice daily visits for {{Humulin I}}. His evening visit
        dropped off the {{SystmOne}} schedule after his caseload moved from
        [[organisation:Kettlebury North Neighbourhood Team]] to [[organisation:Fordham Rural District
        Nursing]] on [[date:29/12]]. His daughter [[name:Carys]] found him confused the next morning,
        {{CBG}} 24.3. GP at [[organisation:Mill Lane Surgery]] saw him at home, no admission needed.
        What went right: [[name:Carys]] had our number on the fridge and rang at 07:50, and the
        {{community matron}} prioritised him. What went wrong: the transfer list was exported as a
        spreadsheet and the visit template did not carry over. Datix [[case_reference:W41872]].
    """)),
    ("health", "near_miss", block("""
        From: [[email:cmht.south@hollinshirecmh.example.nhs.uk]]
        To: {{Single Point of Access}}
        Subject: wrong NHS number on referral - near miss

        Hi,
        The referral received today for Ms [[name:Elif Demir]] (DOB [[date_of_birth:04/11/1979]]) had the NHS number [[nhs_number:288 033 5841]],
        which on {{RiO}} belongs to a different patient, a Mr [[name:E. Demir]] with a similar DOB.
        Our admin [[name:Frank]] noticed the gender didn't match before the referral was merged
        into the wrong record. Correct number confirmed with
        [[organisation:Castle Street Medical Practice]] as [[nhs_number:412 842 5761]].

        Could we make sure {{SPA}} always checks three identifiers ({{NHS number}}, name, DOB) before
        accepting? [[name:Frank]] should get a thank you.

        [[name:Jas]]
        {{CMHT}} South {{Team Leader}}
    """)),
    ("health", "success", prose("""
        Reflective note from {{Crisis Resolution and Home Treatment}}. A young man, [[age:23]],
        first presentation with {{psychosis}}, was seen at home on a {{Mental Health Act}}
        assessment. The {{AMHP}} [[name:Rose Tiernan]] and {{Section 12 doctor}} Dr [[name:Venkat]]
        agreed with the family that {{home treatment}} was a real alternative to admission. We did
        twice daily visits for 3 weeks, {{olanzapine}} started at a low dose, and his sister
        [[name:Natalia Krawczyk]] kept a mood diary. He avoided admission and is now with
        [[organisation:Early Intervention in Psychosis North]]. What made it work: one named
        clinician per shift, phone number shared with the family ([[phone:07700 900562]]), and
        medication reviewed on day 3 not day 7.
    """)),
    ("health", "incident", prose("""
        [[name:JW]], [[age:31]], detained {{Section 3}} on [[organisation:Ashdown Ward]], did not return
        from 30 minutes unescorted {{Section 17 leave}} on [[date:Tues 9 July]]. Reported
        {{AWOL}} at 15:10 and police informed at 15:25, log [[case_reference:HP-0709-0412]]. Found by
        his brother at the family address, [[address:41 Holloway Terrace]], [[postcode:HL2 6PB]],
        at 19:00 and returned by PC [[name:Danvers]] and PC [[name:Akhtar]]. No harm to self or others.
        Learning: the {{leave form}} was signed but the risk had changed that morning after a phone
        call from his ex-partner, which was written in the notes but not discussed with the
        {{nurse in charge}} before leave was given. We have added a "has anything changed today?"
        question to the leave checklist on {{RiO}}.
    """)),
    ("health", "incident", prose("""
        {{depot}} given 9 days late for [[name:Godfrey Mutasa]], {{paliperidone}} monthly. clinic
        cancelled on [[date:14 Feb]] due to sickness and nobody rebooked him. he rang us himself on the
        [[date:23rd]] because he was sleeping badly and {{hearing voices}} a bit more. {{care coordinator}}
        [[name:becky]] was on leave. no {{admission}}, given that day at [[organisation:Riverside Depot
        Clinic]]. needs a proper {{cancellations list}} so these are rebooked same week.
    """)),
    ("health", "success", prose("""
        Really pleased to report that Mrs [[name:Olwen Jeffreys]] ([[age:91]]), a housebound
        patient at [[address:Flat 3, Gresham Court]], has a fully healed {{venous leg ulcer}} after
        14 months. The turning point was when {{Tissue Viability}} nurse [[name:Kemi]] did a joint
        visit with us and we switched to {{Actico}} {{compression bandaging}} after a proper
        {{Doppler}}. Her granddaughter [[name:Hope]] learned to do the {{hosiery}} and now keeps an eye
        on her skin. The team at [[organisation:Gresham Court]] warden service also helped. Shared at
        the [[organisation:Kettlebury North Neighbourhood Team]] huddle as an example of getting
        specialist input earlier.
    """)),
    ("health", "near_miss", prose("""
        {{Clozapine}} near miss on [[organisation:Hawthorn Rehabilitation Unit]]. Patient
        [[name:D.P.]] was due his {{FBC}} on [[date:Monday 3rd March]] for {{ZTAS}} monitoring. The
        blood was taken but labelled with the wrong date and the lab rejected it. Pharmacy
        technician [[name:Ifeoma]] noticed there was no result on the {{ZTAS}} portal on the
        Wednesday and stopped the supply being released. Without her, [[name:D.P.]] would have had
        a week of clozapine with no valid blood result. Repeat bloods were green. We have added a
        daily check of outstanding {{ZTAS}} results to the {{ward clerk}} tasks.
    """)),
    ("health", "incident", block("""
        INCIDENT FORM - SLIPS, TRIPS, FALLS
        Ward: [[organisation:Foxglove Ward]] (older adult {{functional}})
        Date/time: [[date:21/01/2025]] 03:20
        Patient: [[name:GAGE, Wilfred]], [[age:79]], hospital no. [[case_reference:HCH0457731]]
        Description: Found on floor beside bed by HCA [[name:Lerato]]. Had got up to use the toilet
        without his {{walking frame}}. Bed sensor alarm was switched off, reason unknown.
        Injury: skin tear R elbow, bruise R hip. {{Neuro obs}} started (on {{apixaban}}).
        Doctor: seen by on-call Dr [[name:Haddad]] at 03:50, X-ray hip next day, no fracture.
        Family: son [[name:Clive Gage]] informed at 08:00 on [[phone:01632 960818]].
        Contributing: one {{RMN}} and two {{HCAs}} for 18 patients, one on {{enhanced obs}}.
        Learning: bed sensor check added to night safety huddle.
    """)),
    ("health", "success", prose("""
        Positive feedback from the [[organisation:Hollinshire Constabulary]] custody sergeant.
        On [[date:28 Sept]], a woman in her [[age:40s]] was brought to the {{Section 136}} suite at
        [[organisation:Kettlebury Hospital]]. The {{S136}} coordinator [[name:Will Abernethy]] had
        the {{AMHP}} and doctor there within 2 hours 10 minutes, well inside the 24 hours and much
        quicker than our usual. Officers were released back to patrol within 45 minutes because
        [[name:Will]] took the handover and had a nurse with her straight away. She was discharged
        with a {{crisis plan}} and follow up from the {{Home Treatment Team}}. Worth telling others
        what's possible when the suite is staffed with its own nurse.
    """)),
    ("health", "incident", block("""
        Datix [[case_reference:W42230]] - Information governance

        On [[date:Friday 15 November]] I sent a clinic letter for a {{CAMHS}} patient to
        [[email:j.hartley@example.com]] instead of [[email:j.hartley@example.co.uk]] (the
        parent's correct address). The letter had the young person's name, DOB, NHS number
        [[nhs_number:752 432 4650]] and details of the {{ADHD}} assessment outcome. I realised
        within ten minutes when the real parent, Mr [[name:Jon Hartley]], rang to say it hadn't
        arrived. I tried to recall it in {{Outlook}} but it was external. The {{IG team}} have
        contacted the other address asking for deletion.

        Learning for me and the team: autocomplete picked the wrong address. We're going to stop
        emailing clinical letters and use {{Accurx}} / the patient portal instead.

        [[name:Shelby]], {{Admin}}, [[organisation:North CAMHS]]
    """)),
    ("health", "near_miss", prose("""
        lone working near miss. {{home visit}} on [[date:Thu 5th Dec]] to a new pt at
        [[address:Rose Cottage, Back Lane, Fordham]]. referral didnt mention dogs. two large
        dogs not shut away and one went for my bag, was ok but shaken. I used the {{lone worker
        app}} {{amber alert}} and left. the son had said on the phone "dont worry about the dogs" but
        that was never put on {{SystmOne}} alerts. nobody got hurt, but we need to ask about pets on
        every {{first contact}}. [[name:Nat]] {{CPN}}
    """)),
    ("health", "success", prose("""
        School nursing good practice. During a {{drop-in}} at [[organisation:Millbridge High
        School]], Year 9 pupil [[name:Poppy]] ([[age:14]]) mentioned her older boyfriend was
        "[[age:20]] ish" and picked her up from school. {{School nurse}} [[name:Anjali Raman]] did not
        close the conversation down, used the {{Brook Traffic Light Tool}}, and made a same-day
        referral to the {{MASH}} with the {{DSL}}. A strategy discussion was held the next day.
        [[name:Anjali]] says the {{CSE}} training in the spring gave her the confidence. Sharing
        because drop-ins are often seen as low priority when caseloads are high.
    """)),
    ("health", "incident", prose("""
        {{Lithium}} toxicity admission, Mrs [[name:Halina Nowicka-Price]], DOB
        [[date_of_birth:17.08.1958]], NHS [[nhs_number:202 258 3612]]. She had been started on
        {{ramipril}} by a locum at [[organisation:Castle Street Medical Practice]] and there was no
        check of her lithium level after. Presented to the {{memory clinic}} on [[date:4 March]]
        with tremor and unsteadiness; the {{OT}} [[name:Fen Zhao]] recognised it might not be
        dementia progression and rang the {{consultant psychiatrist}} Dr [[name:Oyelaran]]. Level
        2.1, admitted to [[organisation:Royal Hollinshire Infirmary]] for 4 days, recovered. The
        {{shared care agreement}} says the GP should be told about lithium, but the alert on the
        practice system was missing. What went well was [[name:Fen]]'s curiosity. Ref
        [[case_reference:W42577]].
    """)),
    ("health", "success", prose("""
        {{NHS Talking Therapies}} {{step 3}} - just wanted to note a good outcome. Client, [[age:52]],
        Kurdish Sorani speaker, finished 16 sessions of {{trauma-focused CBT}} through an in-person
        {{interpreter}}, [[name:Shler]], who we kept the same for every session. His {{PHQ-9}} went
        from 22 to 8 and {{GAD-7}} from 19 to 6. His son [[name:Karwan]] had been interpreting at
        {{the GP}} which we avoided. Thanks to our {{booking admin}} [[name:Dee]] for fighting for the
        same interpreter every week.
    """)),
    ("health", "near_miss", prose("""
        Community pharmacy near miss spotted on a {{district nursing}} visit on [[date:10/06/2024]]. Mr
        [[name:Ibrahim Sesay]], [[address:17 Coppice Walk]], Kettlebury, had his {{blister pack}}
        delivered from [[organisation:Kettlebury Chemists]] with {{warfarin}} 5mg in the
        evening slots when he has been on 3mg since the {{INR}} clinic changed it. His wife
        [[name:Fatmata]] thought the tablets looked a different colour and showed our {{HCA}}
        [[name:Mariam]] before he took any. The chemist say the prescription change had not reached
        them from {{the surgery}}. No harm. I have rung the {{pharmacist}}, Mr [[name:Laghari]].
    """)),
    ("health", "incident", prose("""
        Ligature incident on [[organisation:Bramble Ward]] (acute female) on [[date:Sunday 23rd
        February]] at about 21:40. Patient [[name:AB]] used a bra strap tied to the door handle of the
        en-suite. Found within 2-3 minutes by {{RMN}} [[name:Teodora Lupu]] during {{intermittent
        obs}}, ligature removed with {{ligature cutter}}, {{ABCDE}} fine, reviewed by duty doctor.
        The {{door top alarm}} did not go off because the handle was on the inside of the en-suite,
        which was not in last year's {{environmental risk assessment}}. Estates have been asked to
        fit anti-ligature handles on all six en-suites. [[name:AB]] was moved to {{enhanced obs}}
        and has done a {{safety plan}} with her named nurse [[name:Grace-Ellen]].
    """)),
    ("health", "success", block("""
        SBAR handover - community night nursing to day team

        S: Mr [[name:Raymond Achebe]], [[age:67]], {{end of life}}, [[address:9 Mere Close]],
        [[postcode:HL4 2NS]]. NHS [[nhs_number:194 313 3956]]
        B: {{pancreatic cancer}}, {{syringe driver}} with {{midazolam}} and {{oxycodone}}
        A: agitated at 01:00, given PRN midazolam per {{anticipatory meds}} chart, settled by 01:30.
        Wife [[name:Brenda]] coped well, asked lots of good questions.
        R: please review driver doses with {{palliative care}} CNS [[name:Kerry-Anne]] today.

        Learning note: night nurse [[name:Ozzy]] logged this as good practice - the
        {{ReSPECT form}} and anticipatory meds were all in the house, signed, in the blue folder, so
        no one had to call the out-of-hours GP at 1am. This is what we want for every EOL patient.
    """)),
    # ------------------------------------------------------------------ aviation (16)
    ("aviation", "incident", prose("""
        {{HEMS}} landing on the playing field at [[organisation:Upper Wraxton Cricket Club]] on
        [[date:17 August]] for a {{cardiac arrest}} in the village. Despite the {{HLS}} recce from the
        air, the {{rotor wash}} lifted a loose gazebo and pushed it into a parked car,
        [[vehicle_registration:WR21 KTN]], scratching the paintwork. No injuries. The {{TCO}}
        [[name:Mikey Daintree]] was out of the aircraft quickly but did not have time to clear the
        area before landing because the patient was time-critical. The owner was very understanding.
        We have a claim ref [[case_reference:HVA-CL-0193]] with the insurers. Learning: add
        "loose items" to the final {{landing checklist}} callout and ask the {{HEMS desk}} to request
        that police or {{first responders}} clear small items where they can.
    """)),
    ("aviation", "near_miss", block("""
        CLUB SAFETY REPORT - AIRPROX (self-reported)
        Aircraft: [[aircraft_registration:G-BXRL]] ({{PA-28}} Warrior)
        Date: [[date:30/05/2025]]   Time: approx 14:15 local
        PIC: [[name:Malcolm Fairweather]] (PPL, 312 hrs)
        Position: 4nm N of [[organisation:Wraxton Airfield]], 2200ft {{QNH}}

        Flying VFR, receiving a {{Basic Service}}. A white glider passed approx 200 ft below,
        crossing left to right. I did not see it until it was almost under the nose. No avoiding
        action possible in time. Neither aircraft had {{FLARM}} or {{ADS-B}} out visible on my
        {{SkyDemon}}. The [[organisation:Holme Ridge Gliding Club]] site was active but I had not checked
        {{NOTAMs}} for the winch launch times.

        What went well: I reported it to the club {{safety officer}} [[name:Irene Szabo]] the same
        afternoon and we talked it through without any blame. She pointed out I had been heads-down
        re-tuning the radio just before, so my lookout had lapsed for maybe 20 seconds.

        Reported to the {{UKAB}}. Club has since bought a portable {{electronic conspicuity}} unit
        for each club aircraft.
    """)),
    ("aviation", "success", prose("""
        Good {{CRM}} on [[flight_number:Helimed 62]] today. Patient in {{cardiac arrest}} at a farm near
        Holme St Mary's, [[age:58]]. {{Paramedic}} [[name:Aurelia Mancini]] spotted that the landing
        area had a {{power line}} across the approach which the pilot, Capt [[name:Cormac Rooney]], had
        not yet seen. She called "{{go around}}" clearly, he did without question, and we landed
        safely 200m away. Patient achieved {{ROSC}} and was flown to [[organisation:St Cuthbert's
        Major Trauma Centre]]. Debrief said the calm challenge-and-response was a direct result of
        the {{human factors}} day in the spring.
    """)),
    ("aviation", "incident", prose("""
        Found a significant amount of water in the fuel during the {{pre-flight}} on the club's
        {{Cessna 152}} [[aircraft_registration:G-CKWD]] on [[date:Saturday 11 January]]. {{Student}}
        [[name:Leah Tan]] did the {{fuel drain}} as trained and took five samples before it came out
        clear. The previous pilot ([[name:O. Gallagher]]) had left the aircraft outside with the
        {{fuel caps}} loose after a rain shower. The {{Chief Flying Instructor}} grounded the aircraft
        for an {{engineer}} check by [[organisation:Wraxton Aero Services]]. Well done [[name:Leah]] for
        not accepting the first clear-ish sample. Learning: refresher on fuel cap security for all
        members, and a laminated card on the {{hangar}} door.
    """)),
    ("aviation", "near_miss", prose("""
        student solo nav exercise on [[date:22/03/25]], [[aircraft_registration:G-OWFC]], student
        [[name:Kris Bhandari]]. Clipped the edge of the {{CTA}} by about 300ft over the
        reservoir, avoiding a cloud. {{approach radar}} called him and gave him a {{squawk}} and
        vectors out. no conflict, an {{Airbus A320}} [[flight_number:EZY42KL]] was on the
        ILS but well clear. He did the right thing by talking to ATC straight away and filed an
        {{MOR}} with the {{CAA}} himself. learning for us as instructors - the brief didnt cover what to
        do if cloud forces you to the edge of controlled airspace. [[name:TP]] (FI)
    """)),
    ("aviation", "success", prose("""
        Night HEMS task on [[date:8th December]] to a {{RTC}} on the {{A-road}} south of
        Kettlebury. First job for our new pilot [[name:Sigrid Halvorsen]] on {{NVG}}. She briefed
        the crew clearly about the {{NVIS}} limits, we had a recce by the {{Rapid Response Vehicle}}
        [[vehicle_registration:HV72 AMB]] and the ground crew lit the {{HLS}} with hand lights. The
        patient, a [[age:19]] year old driver, was {{RSI}}'d on scene and flown to
        [[organisation:St Cuthbert's Major Trauma Centre]]. Smooth all round. Shared with the
        training team.
    """)),
    ("aviation", "incident", prose("""
        drone seen by crew on {{short final}} to the hospital {{helipad}} at [[organisation:Royal
        Hollinshire Infirmary]] on [[date:Wed 16 Oct]], [[aircraft_registration:G-HVAB]]. Approx
        100m off the left side at the same height. {{Pilot}} [[name:Dan Etherington]] aborted and went
        round. Police and the {{CAA}} informed, and the {{hospital security team}} found a man in the
        multi-storey with a {{DJI}} drone. Police ref [[case_reference:HC-16102024-552]]. He said he
        was filming the sunset. We need the hospital to put up signage about the {{FRZ}}.
    """)),
    ("aviation", "success", block("""
        Club newsletter - safety corner

        Well done to member [[name:Aled ap Rhys]] who, on a {{check flight}} on [[date:Sunday 2nd March]]
        in [[aircraft_registration:G-BXRL]], recognised the signs of {{carburettor icing}} on a
        cold damp day (rough running, {{RPM}} drop). He applied full {{carb heat}}, accepted the
        rough running as the ice melted, and the engine recovered. His {{instructor}}
        [[name:Brook Ellison]] said he did everything right and it was a textbook application of the
        {{TEM}} briefing.

        Reminder: check the {{carb icing chart}} before every flight. Any questions to
        [[email:safety@wraxtonflyingclub.example.org]].
    """)),
    ("aviation", "incident", prose("""
        {{Controlled drugs}} discrepancy found at {{end-of-shift check}} at [[organisation:Hollinshire &
        Vale Air Ambulance]] base on [[date:5/4/2025]]. {{Morphine}} 10mg ampoule count was one short
        against the {{CD register}}. {{Crew}} that shift: Dr [[name:Ijeoma Nnaji]] and {{paramedic}}
        [[name:Luke Whitcombe]]. After review, the ampoule had been used on a patient and documented
        on the {{ePCR}} but not signed out in the register because the crew were stood down and
        immediately re-tasked. Reconciled within 2 hours. Incident ref [[case_reference:HVA-IR-2211]].
        Learning: we now sign the register in the aircraft, not back at base.
    """)),
    ("aviation", "near_miss", prose("""
        Weight and balance near miss with the club's {{PA-28}} [[aircraft_registration:G-DKNE]] on
        [[date:12 July 2025]]. Pilot [[name:Geoffrey Amadi]] planned a trip to [[organisation:Sandown
        Airport]] with three passengers and full tanks. The {{W&B}} on the {{club booking app}} used
        {{standard weights}} for passengers, but one of his passengers was significantly heavier and
        there were two large bags in the back. {{Instructor}} [[name:Kath]] checked his calculation
        before departure and found the aircraft would have been over {{MTOW}} by about 40kg and
        aft of the {{C of G}} limit. Fuel was reduced and a bag left behind. Reminder to all to use
        actual weights.
    """)),
    ("aviation", "success", prose("""
        Refuelling at a remote {{HLS}} on [[date:Thursday 27th February]]. Our {{bowser driver}},
        [[name:Stanislav Petrov-Hughes]], noticed the {{fuel sample}} was cloudy and refused to put it
        into [[aircraft_registration:G-HVAB]] until the {{JET A-1}} was checked. The {{filter}} had a
        blockage; we used the {{backup supply}} from [[organisation:Fordham Farm Supplies]] and the
        aircraft was back on task in 35 minutes. Credit to [[name:Stan]] for not giving in to {{time pressure}}.
    """)),
    ("aviation", "incident", prose("""
        bird strike on departure from [[organisation:Wraxton Airfield]] runway 24, [[date:18/09/24]],
        in [[aircraft_registration:G-CKWD]]. Pilot [[name:Ffion Harcourt-Lowe]] felt a thump on the
        left wing leading edge at about 300ft. She did a {{circuit}} and landed normally. Dent and
        feathers found on inspection, pigeon by the look of it. Aircraft grounded until checked by
        the {{LAME}}. The {{bird scaring}} run wasn't done that morning as the {{groundsman}} was
        off sick and nobody covered. Report filed with the {{CAA}}.
    """)),
    ("aviation", "near_miss", prose("""
        {{HEMS}} landing at a {{road traffic collision}} on [[date:3 November]] near the village of
        Fordham, in [[aircraft_registration:G-HVAB]] ([[flight_number:Helimed 62]]). As we came in,
        a {{member of the public}} walked onto the landing area to take photos with his phone. The
        {{pilot}}, [[name:Chiara Bellucci]], pulled up and held a {{hover}} while the {{ground crew}} asked the
        police to move him. Police officer's name was PC [[name:Rowe]]. Landed safely two minutes
        later. If the pilot hadn't spotted him the {{downwash}} could have knocked him over.
    """)),
    ("aviation", "success", block("""
        From: [[email:cfi@wraxtonflyingclub.example.org]]
        To: All instructors
        Subject: Radio failure handled well

        A quick one. On [[date:Tuesday 14 May]] our student [[name:Josie Okoro]] had a complete radio
        failure in [[aircraft_registration:G-OWFC]] while solo in the {{circuit}}. She set
        {{squawk 7600}}, stayed in the circuit, watched for the {{light signals}} from the
        tower and landed on a green. Textbook. Thanks also to [[name:Gav]] on the {{A/G radio}}
        who spotted she'd gone quiet and got the {{signal lamp}} out.

        [[name:Tony P]]
        {{CFI}} | [[phone:+44 1632 960441]]
    """)),
    ("aviation", "incident", prose("""
        Tech log error found in [[aircraft_registration:G-DKNE]]. An {{instructor}} ([[name:Dom]])
        had noted a cracked {{exhaust clamp}} in the {{tech log}} on [[date:24 April]] but had
        not marked the aircraft as {{unserviceable}}. [[name:Winston Achterberg]] flew it the next day
        with two passengers. The crack was worse but nothing failed. {{Engineer}} says it could have
        led to {{carbon monoxide}} leak into the cabin. Learning: any {{defect entry}} must be
        followed by a decision on serviceability, and a {{CO detector}} is now in each aircraft.
    """)),
    ("aviation", "success", prose("""
        Thank you card received at the [[organisation:Hollinshire & Vale Air Ambulance]] base from the
        family of a patient we flew on [[date:13 June]] from [[organisation:Kettlebury Showground]]
        after a fall from a horse. The patient, [[name:Harriet-Rose Vaughan]], aged [[age:26]],
        made a full recovery after {{spinal surgery}} at [[organisation:St Cuthbert's Major Trauma
        Centre]]. She said the {{paramedic}} [[name:Yasmin]] talking her through every step kept her
        calm. Shared on the {{crew room}} board and with the {{fundraising team}}. We'll invite her to
        our {{open day}} {{in September}}.
    """)),
]


def main() -> None:
    write_records(OUT, build_records("heldout-blind116", REPORTS))


if __name__ == "__main__":
    main()
