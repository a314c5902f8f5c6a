"""Held-out blind corpus 315: 50 invented UK incident, near-miss and learning reports.

Written blind (without sight of the de-identifier or any other corpus) to measure how well the
de-identifier generalises. Three settings, every person, organisation, place and number invented:

* social_care (17): a child criminal / sexual exploitation (CCE/CSE) hub;
* health (17): a maternity triage unit;
* aviation (16): an en-route area control centre (ACC).

Styles are deliberately mixed: rushed lower-case notes with typos and txt-speak, formal
narratives, timed chronologies, forms with Name/DOB/Ref/Address fields, e-mails with headers and
signatures, Teams/WhatsApp/Slack exports with handles, handover notes, minutes with attendance
and apologies, pipe-separated and aligned tables, RT transcripts, shout-outs and thank-you notes.
Identifiers are marked `[[label:value]]`, must-not-redact mentions `{{term}}`.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from markup import block, build_records, write_records  # noqa: E402
from markup import flow as prose  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "corpus" / "heldout_blind315.jsonl"

REPORTS = [
    # ------------------------------------------------------------------ social care
    ("social_care", "incident", prose("""
        missing ep again - [[name:kai]] ([[age:15yo]]) not back frm [[organisation:Harrowmere Academy]]
        2day, {{mum}} rang {{EDT}} at 23:10. last seen w older lads nr the {{bus station}}, poss
        county lines ({{CCE}}). {{police}} log [[case_reference:KX-0419-2291]]. i didnt upload the
        {{missing from home}} form til nxt morning bc {{Mosaic}} was down n then i was stuck in a
        {{strategy meeting}} all am. [[name:Dee]] (my {{TM}}) says this pushed the
        {{return home interview}} back a day. [[name:kai]] back [[date:Tues 14th]] am, tired, new phone,
        wont say who from. needs {{NRM}} referral discussing asap. soz for the mess - [[name:jo]]
    """)),
    ("social_care", "near_miss", prose("""
        On [[date:3 February]] the {{DSL}} at [[organisation:Kelby Vale School]] referred
        [[name:Amara Okonkwo-Reid]] ([[age:14]]) to the hub after staff saw her getting into a
        silver {{Audi}}, registration [[vehicle_registration:KY19 WDF]], outside the gates. The
        referral spelled her surname "[[name:Okonkwo Reid]]", so the {{Mosaic}} search returned no
        match and the screener, [[name:Faith Mbeki]], was about to record {{NFA}} with advice to
        school. Before closing it she checked the {{police}} intelligence log and found
        [[vehicle_registration:KY19 WDF]] already flagged on [[case_reference:OP/KINGFISHER/0338]]
        for another child. The referral was stepped up to a {{strategy discussion}} the same
        afternoon and [[name:Amara]] was seen by a {{CSE}} worker that evening. No harm came to
        her. Learning: search both spellings of hyphenated surnames and check any registration
        against the intelligence log before {{NFA}}.
    """)),
    ("social_care", "success", block("""
        [09:14] [[name:Hope Adeyemi]]: massive shout out to @[[name:Ravi Chauhan]] for yesterday 🙌
        [09:15] [[name:Hope Adeyemi]]: he spotted the lad on our {{RHI}} list ([[name:LJ]], [[age:16]]) had the same burner no. as a child open to [[organisation:Ashcombe Council]] and linked up with their {{CSE}} worker
        [09:16] [[name:Sunny Delacroix-Ito]]: yes!! got both boys into the {{NRM}} + a {{disruption}} plan with {{BTP}}
        [09:17] [[name:Ravi Chauhan]]: team effort tbh, [[name:Grace]] on {{duty}} did the legwork
        [09:17] [[name:Hope Adeyemi]]: and [[name:Grace]] 💜 proper {{contextual safeguarding}} in action
        [09:18] [[name:Sunny Delacroix-Ito]]: putting it in the {{Friday}} learning bulletin
    """)),
    ("social_care", "incident", block("""
        From: [[name:Mark Ellison]] <[[email:mark.ellison@kelby.gov.uk]]>
        To: Exploitation Hub Managers
        Date: [[date:19 March 2024]] 16:42
        Subject: Data breach - letter to wrong address - ref [[case_reference:DB/24/117]]

        Hi all,

        Logging a breach from today. The {{safety plan}} letter for [[name:Tyler Brannigan]]
        ([[age:13]]) was posted to [[address:27 Quarry Lane, Kelby]] [[postcode:KB4 7NX]], which is
        {{dad}}'s old address, instead of to his {{foster carer}}. Dad is named in the {{CCE}}
        assessment as a concern. The address on {{Mosaic}} had never been end-dated when
        [[name:Tyler]] became {{looked after}}. {{IRO}} and {{Information Governance}} informed,
        {{police}} asked to do a welfare visit, and the letter has been recovered unopened.

        Please check placement addresses before anything goes out by post.

        Thanks
        [[name:Mark]]
        [[name:Mark Ellison]] | {{Team Manager}}, [[organisation:Kelby Exploitation Hub]]
        T: [[phone:01632 960 418]]
    """)),
    ("social_care", "near_miss", block("""
        MACE PANEL - MINUTES (extract)
        Date: [[date:Weds 10 April]]
        Chair: [[name:Priya Venkataraman]] ({{Hub Manager}})
        Present: [[name:B. Kowalczyk]] ({{police}} {{DS}}), [[name:Nnamdi Eze]] ({{YOS}}),
        [[name:Will Hartigan]] ({{school nurse}}), [[name:Rosa Lindqvist]] ({{CSE}} worker),
        [[name:Connor]] ({{advocate}}, [[organisation:Safe Steps Kelby]])
        Apologies: [[name:Joy Ferreira]] ({{CAMHS}}), [[name:Declan O'Sullivan]] ({{Education}})

        Item 4 - [[name:KT]] (ref [[case_reference:MACE-2024-0612]])
        {{DS}} [[name:Kowalczyk]] reported that the address linked to the {{cuckooing}} concern,
        [[address:Flat 6, Tenter House, Mill Street]], went into the {{pre-meet}} pack with the
        wrong flat number. A {{disruption}} visit was nearly tasked to flat 9, where an unrelated
        family lives. [[name:Rosa]] noticed the mismatch against her visit notes before the
        tasking went out.
        Action: pack addresses to be checked against source by the {{coordinator}} ([[name:PV]]).
    """)),
    ("social_care", "incident", block("""
        CONCERN / INCIDENT FORM - EXPLOITATION HUB
        Name: [[name:Zainab Qureshi]]
        DOB: [[date_of_birth:02/09/2008]]
        Ref: [[case_reference:EH-24-00871]]
        NHS No: [[nhs_number:665 059 0126]]
        Address: [[address:14 Larchfield Road, Brimley]], [[postcode:BR7 3QJ]]
        School: [[organisation:Brimley Heath High School]]
        Reported by: [[name:Amber Cole]], {{Family Support Worker}}

        What happened: [[name:Zainab]] disclosed in a {{key work}} session that an adult male
        ("[[name:Jay]]") has been buying her vapes and asking for photos. I completed the
        {{CSE}} {{screening tool}} but was off the next two days and the {{referral}} sat in my
        drafts, not submitted. The {{duty}} {{social worker}} only saw it on [[date:22/01/24]].
        Outcome: {{strategy discussion}} held [[date:23/01/24]], {{police}} aware.
    """)),
    ("social_care", "near_miss", block("""
        [[[date:18/05/2024]], 21:47] [[name:Sal]] ({{Outreach}}): just seen our lad at the {{retail park}}, getting out of a black {{Golf}} [[vehicle_registration:LM68 RTE]] w 2 older males
        [[[date:18/05/2024]], 21:48] [[name:Sal]] (Outreach): he's meant to be on a {{curfew}} at {{placement}}
        [[[date:18/05/2024]], 21:49] [[name:Gee]]: which lad? dont put names on here pls
        [[[date:18/05/2024]], 21:49] [[name:Sal]] (Outreach): sorry. initials [[name:DM]]. [[case_reference:EH-24-01033]]
        [[[date:18/05/2024]], 21:52] [[name:Gee]]: ringing {{101}} now with the reg
        [[[date:18/05/2024]], 22:30] [[name:Gee]]: police stopped [[vehicle_registration:LM68 RTE]], he's back at {{placement}}, {{EDT}} updated
        [[[date:18/05/2024]], 22:31] [[name:Sal]] (Outreach): 👍 will write it up properly on {{Mosaic}} tmrw
    """)),
    ("social_care", "incident", block("""
        HANDOVER - late shift to {{EDT}} - [[date:Sat 8 June]]
        1) [[name:Mercy-Ann Oyelaran]] ([[age:15]]) - {{missing}} since 14:00, 3rd episode this month.
           Last contact via {{Snapchat}} with [[name:Kieron]] (ref [[case_reference:EH-24-00412]]).
           {{Police}} log [[case_reference:WX-0806-1177]]. {{Mum}} on [[phone:07700 900 316]].
        2) INCIDENT: I gave [[name:Mercy-Ann]]'s mum the phone number of the {{CSE}} worker's
           personal mobile by mistake (was in my contacts under the wrong name). Number belongs
           to [[name:Shauna]] from [[organisation:Safe Steps Kelby]] - she's aware and OK but
           it's a breach, I've started the {{DPIA}}/breach form.
        3) [[name:Kieron]] - placement say he came in at 20:45 with cash and a new designer
           jacket. {{NRM}} already submitted.
        Any probs ring me - [[name:Bilal]] (on call {{ATM}})
    """)),
    ("social_care", "success", block("""
        EXPLOITATION HUB - Q2 WINS TABLE
        | Child | Age | Worker | What worked |
        |---|---|---|---|
        | [[name:R.S.]] | [[age:14]] | [[name:Faith Mbeki]] | {{trusted adult}} kept contact through 3 moves, [[name:RS]] now in {{college}} |
        | [[name:Aleksander Nowak]] | [[age:16]] | [[name:Patience Osei]] | {{NRM}} {{positive conclusive grounds}} decision, charges dropped |
        | [[name:Tia]] | [[age:13]] | [[name:Grace Whitlock]] | school moved her to [[organisation:Oakhurst Learning Centre]], no missing eps since {{April}} |
        | [[name:JJ]] | [[age:15]] | [[name:Rob]] & [[name:Pat]] | {{parents}} joined the {{peer group}}, {{Signs of Safety}} plan holding |
        Compiled by [[name:Sunny Delacroix-Ito]], {{Practice Lead}}
    """)),
    ("social_care", "incident", block("""
        Chronology of events - [[name:Ellis]] ([[case_reference:EH-23-02290]])
        [[date:12/02/24]] 08:30  School ([[organisation:St Brendan's RC High]]) report [[name:Ellis]] absent, 5th day
        [[date:12/02/24]] 11:15  Hub {{duty}} ([[name:N. Achterberg]]) tries {{mum}}, no answer
        [[date:12/02/24]] 16:00  No home visit - {{duty}} pulled onto a {{Section 47}}
        [[date:13/02/24]] 09:05  {{Police}} ring: [[name:Ellis]] arrested in {{trap house}} raid at [[address:9 Wendover Close]], found with class A
        [[date:13/02/24]] 10:30  {{Appropriate Adult}} requested; none available till 15:00
        [[date:13/02/24]] 15:20  Interview. {{Solicitor}} raises {{NRM}} / {{Section 45}} defence
        Issue: the missing-from-education alert on [[date:12/02/24]] should have triggered a same-day
        visit under our {{CCE}} protocol. It didn't, because the only {{duty}} worker was pulled away.
    """)),
    ("social_care", "success", prose("""
        Thank you card left at reception, typed up for the learning log with permission: "To
        [[name:Hope]] and everyone at the hub. A year ago my {{son}} [[name:Reuben]] was running
        drugs for people I didn't even know and I thought I'd lose him. You never gave up, even
        when he told you where to go. [[name:Hope]] you picked him up from [[organisation:Kelby Central]]
        {{custody}} at 2am on [[date:Boxing Day]] and sat with us in {{A&E}}. He turned [[age:17]]
        last week and started his {{apprenticeship}} at [[organisation:Dunmore Motors]]. Thank you
        from the bottom of my heart. [[name:Lorraine]] ([[name:Reuben]]'s {{mum}})". Team note:
        [[name:Hope]]'s persistence and the {{trusted relationship}} model worked here, and so did
        {{CAMHS}} agreeing to see him at home rather than in {{clinic}}.
    """)),
    ("social_care", "near_miss", prose("""
        quick one for the log - nearly sent the {{strategy}} minutes for [[name:aisha b]] to the
        whole {{MACE}} distro incl the {{youth club}} manager who is a relative of one of the
        suspects ([[name:Darnell]]). outlook autofilled the group. caught it bc [[name:wojtek]]
        shouted across the office b4 i hit send. minutes now sent {{secure email}} only to
        {{police}}, {{school}} {{DSL}} and {{health}}. ref [[case_reference:EH-24-00655]]. think we
        need the group list split into core + wider. - [[name:cat]] ({{SW}}), [[date:wed 5/6]]
    """)),
    ("social_care", "incident", prose("""
        Summary of incident. On [[date:Friday 26 July 2024]], at approximately 17:30, a
        {{residential}} worker at [[organisation:Hollybrook House]] children's home allowed
        [[name:Ionuț Popescu]], aged [[age:14]], to leave with a man who said he was his uncle.
        The {{care plan}} listed no approved family contacts, but the {{placement plan}} held at
        the home had not been updated after the {{Looked After Review}} on [[date:2 July]]. The
        man was later identified by {{police}} as [[name:Florin]] "[[name:Flo]]" [[name:Dumitrescu]],
        who is a {{person of concern}} in the hub's {{CCE}} mapping. [[name:Ionuț]] was found
        at 23:40 at a car wash on the {{ring road}} and returned by {{police}}. Manager on shift,
        Mrs [[name:Gulbahar]], informed {{Ofsted}} via a {{Regulation 40}} notification. Hub ref
        [[case_reference:EH-24-01190]]; {{police}} ref [[case_reference:WX-2607-0831]].
    """)),
    ("social_care", "success", block("""
        #exploitation-hub  (Slack export)
        [[name:tomasz.k]]  10:02  morning all, [[name:Yusuf]] has just had his {{NRM}} back - {{positive reasonable grounds}} 🎉
        [[name:mel_okafor]]  10:03  YES. after 4 months of chasing the {{Single Competent Authority}}
        [[name:tomasz.k]]  10:04  credit to [[name:Mel]] for the evidence bundle, the {{Home Office}} quoted it back to us
        [[name:annie.dubois]]  10:06  and the {{YOS}} worker did the {{Section 45}} letter for his {{solicitor}} same day
        [[name:mel_okafor]]  10:07  honestly [[name:Yusuf]] did the hard bit. he told his story 3 times
        [[name:tomasz.k]]  10:08  putting this up for the {{Practice Week}} slide - will anonymise to "[[name:Y]], [[age:16]]"
    """)),
    ("social_care", "near_miss", block("""
        From: [[name:Ngozi Adebayo-Smith]] <[[email:n.adebayo-smith@kelby.gov.uk]]>
        Sent: [[date:Thursday, 14 November 2024]] 11:20
        To: [[name:Callum Reyes]] <[[email:callum.reyes@kelby.gov.uk]]>
        Cc: {{Hub Duty}}
        Subject: RE: [[case_reference:EH-24-01402]] - near miss with {{return home interview}}

        [[name:Callum]],

        Flagging a near miss. [[name:Ruby-Mae]] ([[age:12]]) was booked for her {{RHI}} with the
        same {{agency worker}} who had been her {{mum}}'s {{social worker}} in the {{CP}} case
        that ended badly last year. [[name:Ruby-Mae]] has said she won't talk to anyone from
        that time. I only spotted it because I'd read the {{chronology}}. I've swapped her to
        [[name:Faith]], and she's agreed to meet at the {{library}} on [[date:18 Nov]].

        Can we add a "previous workers" check to the {{RHI}} booking screen?

        [[name:Ngozi]]
        {{Senior Practitioner}} | [[organisation:Kelby Exploitation Hub]] | [[phone:01632 960 772]]
    """)),
    ("social_care", "near_miss", block("""
        NEAR MISS REPORT
        Reporter: [[name:Bill Acheampong]], {{Exploitation Practitioner}}
        Date of event: [[date:07/08/2024]]
        Young person: [[name:Kacper Zieliński]]   DOB: [[date_of_birth:30/11/2007]]   Ref: [[case_reference:EH-24-00219]]
        NI No: [[ni_number:JM 48 21 93 C]]
        Current address: [[address:Room 4, Beacon Lodge, 61 Canal Side, Kelby]] [[postcode:KB2 8LW]]

        Description: {{Leaving care}} team were about to add [[name:Kacper]]'s new address to
        the shared {{multi-agency}} map used by the {{CCE}} {{disruption}} group. Two of the
        adults he owes money to sit on that group's {{third sector}} side. {{PA}} [[name:Honor]]
        questioned it at the {{Tuesday}} huddle and it was held back.
        Harm: none. Risk if it had gone ahead: high.
        Suggested fix: {{risk-assess}} address sharing per child, not per group.
    """)),
    ("social_care", "success", block("""
        LEARNING DEBRIEF - OPERATION LANTERN (CSE)
        Date: [[date:Monday 2 December]]     Facilitator: [[name:Esperanza Rojas]]
        Attending: [[name:Priya Venkataraman]], [[name:Hope Adeyemi]], DC [[name:Ikeda]], [[name:Mark Ellison]],
        [[name:Siobhán Ní Bhriain]] ({{ISVA}}), [[name:Rose]] ([[organisation:Kelby Vale School]] {{DSL}})
        Apologies: Dr [[name:Anand]] ({{designated doctor}})

        What went well:
        - 6 girls aged [[age:13-15]] identified from one {{school}} {{DSL}}'s early call to the hub
        - joint visits within 24hrs, all girls had a {{trusted adult}} by day 3
        - {{ISVA}} in place before {{ABE}} interviews
        - [[name:Rose]]'s log of dates and cars gave {{police}} enough for two {{CAWNs}}

        Even better if: {{health}} invited from day 1.
    """)),
    # ------------------------------------------------------------------ health
    ("health", "incident", prose("""
        triage mad busy 2nite, 9 women waiting + 3 on the phone line. mrs [[name:Begum]]
        ([[age:31yo]], {{G3P2}}, {{34+1}}) came in w {{RFM}} at 21:50 and wasnt seen for 1hr 40
        - {{BSOTS}} says {{RFM}} shd be seen in 15 mins. no {{CTG}} machine free, both in use +
        1 broken since [[date:Thurs 9th]]. {{CTG}} when done was {{pathological}}, {{reg}} came
        straight down, cat 2 {{LSCS}} at 00:12. baby in {{NNU}}. i know we escalated to the
        {{bleep holder}} ([[name:Kerry-Ann]]) but nobody came. hosp no [[case_reference:AGH2219034]].
        pls sort the broken {{CTG}}!!! - [[name:lou]] {{RM}}
    """)),
    ("health", "near_miss", prose("""
        On [[date:16 January]] two women with the same surname, [[name:Fatima Hussain]] and
        [[name:Fatma Hussain]], were in {{Maternity Triage}} at the same time. A {{midwife}}
        printed {{PET bloods}} labels for bay 3 but took them to bay 5. The {{HCA}},
        [[name:Precious Nyambura]], checked the wristband against the label before taking
        blood, as per the {{positive patient identification}} policy, and found the
        {{hospital number}} did not match ([[case_reference:AGH1180442]] on the label, the woman's
        wristband [[case_reference:AGH1180917]]). The samples were not taken until the correct labels were
        printed. No harm occurred. If the bloods had been mislabelled, a raised {{ALT}} and low
        {{platelets}} could have been attributed to the wrong woman, with a real risk of a
        missed {{HELLP}} diagnosis. A name alert was added to the board for both women.
    """)),
    ("health", "success", block("""
        Triage Team 💕 (WhatsApp)
        [[date:03/03/2024]], 07:58 - [[name:Bex]]: Huge thank you to [[name:Chidinma]] last night!!
        [[date:03/03/2024]], 07:59 - [[name:Bex]]: lady rang the {{triage line}} saying she just felt "a bit off", [[name:Chidinma]] didn't like it and brought her straight in
        [[date:03/03/2024]], 08:01 - [[name:Bex]]: {{BP}} 172/114, {{protein}} +++, {{magnesium sulphate}} started within the hour
        [[date:03/03/2024]], 08:03 - [[name:Mo Al-Rashid]]: textbook. that's the {{NICE}} {{pre-eclampsia}} pathway exactly
        [[date:03/03/2024]], 08:05 - [[name:Chidinma]]: aww thank u. it was the way she said it tbh
        [[date:03/03/2024]], 08:06 - [[name:Grace]]: putting you forward for a {{Greatix}} ✨
    """)),
    ("health", "incident", block("""
        Timeline - [[name:Olena Shevchenko]], [[age:26]], {{primip}}, {{39+4}}, NHS [[nhs_number:424 180 1838]]
        [[date:22/04]] 14:05  Rings {{triage line}}: {{SROM}} at 12:00, {{meconium}}-stained liquor
        [[date:22/04]] 14:07  Told to come in "within the next few hours" - should be immediate per {{guideline}}
        [[date:22/04]] 16:40  Arrives {{MAU}}. Interpreter needed ({{Ukrainian}}); {{Language Line}} not available till 17:10
        [[date:22/04]] 17:15  {{CTG}}: reduced {{variability}}, late {{decelerations}}
        [[date:22/04]] 17:22  Reviewed by {{SHO}} [[name:Kwabena]]; {{registrar}} in theatre, {{consultant}} Mr [[name:Lindahl]] called in
        [[date:22/04]] 17:48  Cat 1 {{LSCS}}. Baby {{Apgars}} 4/7/9, to {{NNU}} for observation
        Issues: wrong advice on the {{triage line}}, 2h35m from call to {{CTG}}, interpreter delay.
        Logged on {{Datix}} [[case_reference:W-118832]]; {{duty of candour}} conversation held with [[name:Olena]].
    """)),
    ("health", "near_miss", block("""
        MATERNITY TRIAGE - NEAR MISS FORM
        Patient name: [[name:Joy Mwangi-Otieno]]
        DOB: [[date_of_birth:14.07.1996]]
        NHS number: [[nhs_number:150 558 7409]]
        Hospital no: [[case_reference:AGH3307815]]
        Address: [[address:Flat 2, 88 Severn Street, Ashcombe]] [[postcode:AS3 6DH]]
        GP: [[organisation:Harbour Lane Surgery]]
        Tel: [[phone:07700 900 581]]

        Event ([[date:09/05/2024]], 03:15): {{midwife}} about to give {{anti-D}} to [[name:Joy]]
        based on the {{blood group}} in her {{handheld notes}}. {{Second checker}} [[name:Tamsin]]
        looked on {{BadgerNet}} and found [[name:Joy]] is {{RhD positive}} - the notes had a
        sticker from another woman's booking bloods. Not given. Stickers printed in the
        {{antenatal clinic}} are now being audited.
    """)),
    ("health", "incident", block("""
        From: Triage Coordinator <[[email:mat.triage@ashcombe-gh.nhs.uk]]>
        To: [[name:Siobhan Kerr]]; [[name:Arjun Malhotra]]
        Date: [[date:Sun 9 June 2024]] 06:10
        Subject: Incident overnight - triage phone line unanswered

        Morning both,

        Overnight the {{triage line}} ([[phone:01632 960 115]]) rang out to {{voicemail}} between
        01:30 and 03:05 because the only {{midwife}} on triage was in {{theatre}} helping with a
        {{PPH}}. A woman ({{hospital number}} [[case_reference:AGH0954476]]) left two messages
        about {{bleeding}} at {{28 weeks}}; she eventually rang {{999}} and came in by
        {{ambulance}} with an {{abruption}}. She and baby are stable on [[organisation:Florence Ward]].

        Third time this month. When triage is single-staffed the line needs diverting to the
        {{Delivery Suite}} {{coordinator}}.

        {{Datix}} [[case_reference:W-120467]].

        [[name:Wren]]
        {{Band 7}} {{Triage Coordinator}}
    """)),
    ("health", "success", prose("""
        Card pinned to the {{triage}} {{noticeboard}}, typed up for the {{Greatix}} log by [[name:Aoife]]
        ({{ward clerk}}): "Dear everyone in {{Triage}}, especially [[name:Faith]] and Dr
        [[name:Mensah]]. On [[date:the 4th of August]] I came in sure something was wrong with my
        {{baby's movements}} and you believed me straight away. [[name:Faith]] stayed past the end of
        her {{shift}} to hold my hand during the {{scan}}, and Dr [[name:Mensah]] explained every
        step of the {{induction}}. Our daughter [[name:Hope]] was born the next morning at
        [[organisation:Ashcombe General]], safe and well, and she's named after how you made us
        feel. With love, [[name:Marisol]] & [[name:Dev]] x". Shared at the {{safety huddle}} on
        [[date:12/08]].
    """)),
    ("health", "near_miss", block("""
        SBAR handover {{triage}} -> {{Delivery Suite}}, 19:30 [[date:Tues 23rd]]
        S: [[name:Amina Diallo]], bay 2, [[age:19]], {{primigravida}} {{37+0}}, hosp no [[case_reference:AGH4410278]]
        B: booked at [[organisation:Wrenfield Birth Centre]] ({{low risk}}); {{GBS}} positive this
           pregnancy - NOT on the front sheet
        A: {{SROM}} 17:00, clear liquor. Contracting 2:10. Obs normal. {{IV antibiotics}} not started
        R: start {{benzylpenicillin}} now, {{CTG}} on arrival
        Near miss: day team almost transferred [[name:Amina]] back to the {{birth centre}} for a
        {{water birth}}. [[name:Oksana]] ({{student midwife}}) asked about {{GBS}} because she'd
        read the lab letter in the {{antenatal}} notes. - [[name:Clare]] ({{RM}})
    """)),
    ("health", "incident", block("""
        INCIDENT REPORT
        Ref: [[case_reference:W-121903]]      Date/time: [[date:14/07/2024]] 11:40
        Location: {{Maternity Triage}}, [[organisation:Ashcombe General Hospital]]
        Patient: [[name:Rhiannon Pryce-Jones]]   NHS: [[nhs_number:401 633 2028]]   Age: [[age:41]]
        Reporter: [[name:Sunita Rao]], {{Registered Midwife}}

        What happened: [[name:Rhiannon]] attended with {{headache}} and visual disturbance at
        {{32+3}}, BP 158/102. She was given {{labetalol}} 200 mg orally at 11:40, but it had
        already been given at 11:10 by the {{night}} team (written on the paper {{drug chart}},
        not yet on {{EPMA}}). BP dropped to 96/58; {{CTG}} stayed normal. {{Obstetric registrar}}
        [[name:Ahmed]] reviewed.
        Immediate action: {{MEOWS}} every 15 min, {{IV fluids}}.
        Contributing factor: two prescribing systems running side by side during the {{EPMA}} rollout.
    """)),
    ("health", "success", block("""
        MATERNITY TRIAGE SAFETY HUDDLE - notes
        [[date:Weds 28 August]], 08:00, {{triage office}}
        Present: [[name:Wren Fairweather]] (chair), [[name:Mo Al-Rashid]] ({{consultant midwife}}),
        [[name:J.K.]] ({{obs reg}}), [[name:Patience]] ({{MSW}}), [[name:Ewa Grabowska]] ({{student midwife}})
        Apologies: [[name:Arjun Malhotra]] ({{Head of Midwifery}}), [[name:Bilal Sheikh]] ({{MNVP}} chair)

        1. Good catch of the week: [[name:Ewa]] noticed a woman in the waiting room triaged
           {{green}} was pale and clammy and re-triaged her {{red}}. {{Hb}} 68, {{placenta praevia}}
           bleed. Straight to {{Delivery Suite}}, {{MOH}} protocol, mum and baby well.
        2. {{BSOTS}} 15-minute compliance for {{July}}: 81%, up from 64%.
        3. [[name:JK]] to present the {{Greatix}} at the {{Perinatal Quality}} meeting.
    """)),
    ("health", "near_miss", block("""
        {{Microsoft Teams}} - {{Maternity Triage}} (chat)
        [[name:Daniela Ferreira]]  14:12
        anyone know if bay 4 lady has had her {{steroids}}? {{drug chart}} says {{betamethasone}} 09:00 but no signature
        [[name:Kofi Boateng]]  14:14
        not me, only started at 12
        [[name:Daniela Ferreira]]  14:15
        it's Mrs [[name:Abara]], [[case_reference:AGH5528103]], {{preterm}} {{SROM}}
        [[name:Sunny]]  14:18
        oh no that was me. drew it up at 09:00 then got called to a {{cord prolapse}} 🙈 put it back in the {{fridge}}. so NOT given, sorry
        [[name:Daniela Ferreira]]  14:19
        ok giving now + correcting the {{chart}}. pls don't sign before giving 🙏 logging as near miss
        [[name:Kofi Boateng]]  14:20
        good catch [[name:Dani]]
    """)),
    ("health", "incident", block("""
        TRIAGE BOARD 02:00 [[date:11/10/24]] - transcribed from photo for incident [[case_reference:W-124550]]
        Bay | Name | Gest | Reason | BSOTS | Seen by
        1 | [[name:Ayesha Khan]] | {{38+2}} | {{SROM}} | {{green}} | [[name:KB]]
        2 | [[name:Lucy O'Neill]] | {{29+0}} | {{abdo pain}} | {{orange}} | [[name:KB]]
        3 | [[name:Bao Tran]] | {{40+6}} | {{RFM}} | {{yellow}} | -
        4 | [[name:Hannah Grace Morley]] | {{35+1}} | {{PV bleed}} | {{red}} | Dr [[name:Osei]]

        What happened: the "seen by" for bay 2 was left over from the previous woman in that bay,
        so [[name:Lucy]] looked as if she had been assessed. She waited 2 h 10 min with
        {{orange}}-category pain and was 6 cm when finally examined. Baby born on
        {{Delivery Suite}} at 04:20 at {{29 weeks}}, admitted to {{NNU}}. Board now wiped per bay.
    """)),
    ("health", "success", prose("""
        Learning from excellence submission. On the night of [[date:19 September 2024]],
        {{Maternity Triage}} at [[organisation:Ashcombe General Hospital]] took a call from a
        woman aged [[age:23]] who spoke very little English. The {{midwife}}, [[name:Yara Haddad]],
        recognised that she was speaking {{Arabic}} and switched language rather than waiting for
        {{Language Line}}. [[name:Yara]] established that the woman had a temperature, rigors and
        offensive loss at {{36 weeks}}, and told her partner to bring her in immediately. She was
        met at the door; {{Sepsis Six}} was completed within 40 minutes and {{IV antibiotics}}
        started for suspected {{chorioamnionitis}}. Mother and baby were discharged well on
        [[date:24 September]]. {{MBRRACE-UK}} reports repeatedly highlight language barriers in
        maternal deaths; this is what good looks like. Nominated by [[name:Gemma Whitlow]],
        {{Matron}}.
    """)),
    ("health", "near_miss", prose("""
        nr miss {{CTG}} bay 6 - was picking up mums HR not babys. 118 & "reassuring" for 40 mins.
        [[name:jen]] (NQ, 3 wks in) wasnt sure + asked [[name:Mags]] who palpated + used the
        {{Pinard}} - actual {{FHR}} 160s w decels. {{reg}} reviewed, all ok in the end, {{IOL}}
        next day. {{Fresh Eyes}} wd have caught it at the hour but thats 20 more mins. lady is
        [[name:Destiny Okoro]] hosp [[case_reference:AGH6603318]]. training need for {{NQMs}} re
        maternal HR on the {{CTG}} - can [[name:Tash]] ({{PDM}}) add to {{PROMPT}} day? [[date:sun 13 oct]]
    """)),
    ("health", "incident", block("""
        {{Triage line}} call - transcribed from recording for review, {{Datix}} [[case_reference:W-125117]]
        Date: [[date:02/11/2024]] 22:46
        Caller: [[name:Marcus]] (partner of [[name:Leah Whitfield]], NHS [[nhs_number:130 850 8352]])

        {{MW}}: Maternity triage, [[name:Gemma]] speaking.
        C:  Hi, it's [[name:Leah]]'s partner. She's {{33 weeks}}, she's got a really bad {{headache}} and she's seeing flashing lights.
        {{MW}}: Has she taken any {{paracetamol}}?
        C:  Yeah, about an hour ago.
        {{MW}}: OK, get her to lie down, have some water, and ring back if it's no better in the morning.
        C:  Right. Thanks.

        Review: the advice did not follow the {{triage line}} {{algorithm}}, which requires
        same-day attendance for headache with visual disturbance after {{20 weeks}}. [[name:Leah]]
        arrived at 07:30 by {{ambulance}} after a {{seizure}} at home; BP 182/121. {{Eclampsia}},
        {{ITU}} for 48 h, baby delivered by {{LSCS}}. [[name:Gemma]] was covering the line alone
        with two women in the assessment bays.
    """)),
    ("health", "success", block("""
        From: [[name:Arjun Malhotra]] <[[email:arjun.malhotra@ashcombe-gh.nhs.uk]]>
        To: Maternity Triage Team
        Date: [[date:27 November 2024]]
        Subject: Thank you - {{CQC}} visit

        Dear all,

        The {{CQC}} inspectors spent two hours in triage on [[date:Tuesday 26th]] and singled out
        the {{BSOTS}} work as the best they had seen in the region. Special thanks to
        [[name:Pat Gallagher]] ({{MSW}}) who talked them through the {{red flag}} board, to
        [[name:Ikenna]] who rewrote the {{triage line}} {{SOP}} in the summer, and to Dr
        [[name:Hollis-Wright]] for backing the midwives' escalation every single time.

        Cake in the {{staff room}} on {{Friday}} - on me.

        [[name:Arjun]]
        {{Head of Midwifery}}, [[organisation:Ashcombe General Hospital]]
    """)),
    ("health", "near_miss", block("""
        Chronology - transfer from [[organisation:Wrenfield Birth Centre]] to triage, [[date:15/12/2024]]
        20:05  [[name:Summer Blackwood]] ([[age:28]]), 4 cm, {{fetal heart}} {{bradycardia}} 90 on {{intermittent auscultation}}
        20:08  {{999}} {{ambulance}} requested by {{birth centre}} {{midwife}} [[name:Clem]]
        20:10  [[name:Clem]] rings triage; coordinator [[name:Joy]] alerts {{obs reg}} and {{theatre}}
        20:26  Crew ring: sent to [[address:Unit 4, Wrenfield Retail Park]] - the {{birth centre}}'s old address
        20:31  Crew arrive at correct address, [[address:2 Abbey Mews, Wrenfield]] [[postcode:WF9 2UA]]
        20:44  Arrives triage. {{FHR}} now 140s. {{CTG}} normal
        21:30  {{SVD}}, baby well
        Near miss: 23-minute delay from an out-of-date address on the ambulance dispatch system.
        [[name:Joy]] has emailed the {{ambulance service}} {{EOC}} with the correct address.
    """)),
    # ------------------------------------------------------------------ aviation
    ("aviation", "incident", block("""
        RT TRANSCRIPT EXTRACT - [[organisation:Kelmoor ACC]] {{Sector 23}}, [[date:04 MAR 24]]
        Occurrence ref [[case_reference:KAC/OCC/24/0117]] (times {{UTC}})

        0913:40  {{ATCO}}:  [[flight_number:Corvid 318]], descend {{FL260}}.
        0913:44  [[flight_number:CVD381]]: Descend {{FL260}}, [[flight_number:Corvid 381]].
        0913:50  {{ATCO}}:  [[flight_number:Heron 52K]], contact {{Sector 24}} 129.105.
        0914:20  [{{STCA}} alert [[flight_number:CVD381]] / [[flight_number:BWJ7TR]]]
        0914:22  {{ATCO}}:  [[flight_number:Corvid 381]], stop descent {{FL290}}, I say again stop descent {{FL290}}, traffic twelve o'clock four miles same direction.
        0914:30  [[flight_number:CVD381]]: Stopping at two eight three, sorry, we took that descent as ours.

        Summary: [[flight_number:CVD381]] read back a clearance meant for [[flight_number:CVD318]]. The
        {{hear-back}} error was missed by the trainee ([[name:Saoirse]]) and by the {{OJTI}},
        [[name:R. Marchetti]]. Minimum separation 3.9 nm / 700 ft. {{MOR}} filed to the {{CAA}}.
    """)),
    ("aviation", "near_miss", prose("""
        On [[date:11 April 2024]] at 1637 {{UTC}} a {{Citation}} {{CJ3}}, registration
        [[aircraft_registration:G-KVLR]], departing [[organisation:Brenmouth Airport]], was
        released by [[organisation:Brenmouth Approach]] to [[organisation:Kelmoor ACC]]
        {{Sector 9}} climbing to {{FL150}}, although the agreed {{coordination}} was {{FL130}}.
        The {{planner}}, [[name:Marguerite Osei-Bonsu]], noticed the discrepancy on the
        {{electronic flight strip}} and alerted the {{tactical}} controller, [[name:Hamish]], who
        stopped [[aircraft_registration:G-KVLR]] at {{FL140}}, 6 nm behind [[flight_number:SLX204]],
        an {{ATR 72}} level at {{FL150}}. Separation was maintained throughout. The approach
        unit's {{LoA}} had been amended on [[date:1 April]] but their {{SOP}} card still showed
        the old level. Both units have agreed a joint briefing. Occurrence
        [[case_reference:KAC/OCC/24/0151]].
    """)),
    ("aviation", "success", block("""
        #watch-c-chat
        [[name:dan.whitaker]]  07:52  big shout to [[name:Femi]] on {{Sector 14}} this morning 👏 19 on frequency, {{CBs}} everywhere, zero {{level busts}}
        [[name:femi.adeleke]]  07:55  cheers 😅 the {{weather avoidance}} calls were constant
        [[name:dan.whitaker]]  07:56  and you took [[flight_number:NWC88]] ({{B767}} freighter) with a {{hydraulic}} failure round the cells and handed it to [[organisation:Brenmouth Approach]] already set up for the {{ILS}}
        [[name:amber.lau]]  07:58  {{supervisor}} hat on: textbook. {{planner}} support from [[name:Rosie]] was spot on too
        [[name:femi.adeleke]]  08:01  [[name:Rosie]] did all the {{coordination}}, I just talked
        [[name:amber.lau]]  08:03  putting you both forward for the {{Just Culture}} "good catch" board
    """)),
    ("aviation", "incident", block("""
        Loss of comms - [[aircraft_registration:N512QX]] ({{Gulfstream}} {{G650}}), [[date:Sat 18 May]], times {{UTC}}
        1402  Transferred from [[organisation:Valdmark Control]] at {{FL410}} to {{Sector 31}}; no call
        1404  {{Sector 31}} transfers to {{Sector 33}} without confirming contact ({{positive transfer}} not done)
        1407  {{Sector 33}} {{ATCO}} "[[name:Big Mike]]" [[name:Okafor]] notices no {{Mode S}} {{downlink}} of selected frequency, calls blind x3
        1409  {{Supervisor}} [[name:Yvette]] informed; {{SELCAL}} via {{ARINC}} requested
        1412  {{D&D}} cell informed; {{QRA}} brought to readiness at [[organisation:RAF Fendale]]
        1418  Crew answer on {{121.5}} - had dialled 132.85 instead of 132.58
        1419  Contact established, {{QRA}} stood down
        Issue: 15 minutes {{NORDO}} at {{FL410}} in busy airspace, made worse by the missed
        {{positive transfer}} on {{Sector 31}}. Ref [[case_reference:KAC/OCC/24/0189]].
    """)),
    ("aviation", "near_miss", prose("""
        nr miss - prob fatigue. did 2h20 on {{S14}} w no break bc relief ([[name:gaz]]) got held
        up in the {{sim}}. cleared [[flight_number:SLX5RP]] direct {{ORVIL}} which goes str8 thru
        {{TRA 006}} - active til 1600z and i hadnt clocked it. {{planner}} [[name:Tanvi]] spotted it
        on {{MTCD}} n i re-routed him before he turned, no infringement. {{sup}} ([[name:HB]]) knew
        i was over time but there was no one spare, 3 off sick + 1 on {{TRM}} course. breaks
        rule is 2h max on position. logged [[case_reference:KAC/OCC/24/0233]], [[date:fri 7/6]].
        not a moan, just think the roster for {{Watch D}} needs a look - [[name:Kez]]
    """)),
    ("aviation", "success", block("""
        From: {{Flight Operations Duty Manager}} <[[email:ops.duty@corvidairways.co.uk]]>
        To: {{Watch Manager}}, [[organisation:Kelmoor ACC]]
        Date: [[date:7 June 2024]]
        Subject: Thank you - [[flight_number:CVD927]] medical diversion

        Good afternoon,

        Yesterday evening our [[flight_number:CVD927]] ({{A321neo}}, [[aircraft_registration:G-CVDH]])
        declared a {{PAN}} for a [[age:67-year-old]] passenger with chest pain. Your controller,
        [[name:Inês]], gave an immediate direct routing and {{descent}} to
        [[organisation:Brenmouth Airport]] and had the {{paramedics}} waiting at the {{stand}}. Our
        {{crew}} estimate she saved around 14 minutes. The passenger had a {{STEMI}}, was stented
        within the hour, and is recovering.

        Please pass on our thanks to [[name:Inês]] and the whole watch.

        Kind regards,
        Captain [[name:Ingrid Solberg]]
        {{Head of Flight Operations}}, [[organisation:Corvid Airways]]
        [[phone:01632 961 240]]
    """)),
    ("aviation", "incident", block("""
        OCCURRENCE REPORT FORM
        Unit: [[organisation:Kelmoor ACC]]        Ref: [[case_reference:KAC/OCC/24/0298]]
        {{MOR}} no: [[case_reference:MOR-2024-18834]]
        Date: [[date:21/07/2024]]    Time: 0335 {{UTC}}
        Reporter: [[name:Tomás Ó Briain]]    Role: {{ATCO}} ({{TC}})
        Aircraft 1: [[flight_number:NWC311]] / [[aircraft_registration:G-NWCF]] / {{B767-300F}}
        Aircraft 2: [[aircraft_registration:D-IKMB]] / {{Citation}} {{CJ2}} (positioning)

        Description: Night, five sectors {{bandboxed}} onto one position. I cleared
        [[aircraft_registration:D-IKMB]] to climb {{FL280}} through the level of
        [[flight_number:NWC311]] opposite direction. {{STCA}} did not alert because it had been
        inhibited in that block since [[date:2 July]] for a {{NOTAM}}ed trial. Both crews got a
        {{TCAS RA}} and followed it. Closest point 2.1 nm / 400 ft.
        Contributory: {{bandboxing}}, {{STCA}} inhibition not on the {{watch brief}}, 0335 low
        point in {{circadian}} rhythm.
    """)),
    ("aviation", "near_miss", block("""
        WATCH HANDOVER  Watch B -> Watch D   [[date:30 Aug]] 1330L
        - {{Sectors 9/10}} split, {{TSA}} 14 active till 1700L
        - {{Sector 23}} {{radar}} feed from the {{secondary}} head only; engineer [[name:Rashid]] on [[phone:07700 900 844]]
        - NEAR MISS 1120L: {{stuck mic}} (carrier wave) on 127.355 for ~45 s. [[flight_number:SLX77]] was
          turning into the {{climb-out}} of [[flight_number:HRN1102]] and couldn't be reached. [[name:Kit]]
          used the {{guard}} frequency and both acknowledged in time. Source was a {{PA-28}}, now
          handed to [[organisation:Brenmouth Approach]].
        - {{Sup}} [[name:Lorna]] aware, occurrence [[case_reference:KAC/OCC/24/0311]] raised.
        Have a quiet one - [[name:Kit]]
    """)),
    ("aviation", "success", block("""
        [[organisation:KELMOOR ACC]] - SAFETY LEARNING FORUM - MINUTES
        Date: [[date:Thursday 12 September 2024]]
        Attendees: [[name:Grace Obi]] ({{Watch Manager}}, chair), [[name:Mark Tennant]] ({{ATCO}}),
        [[name:Sunil Perera]] ({{ATSA}}), [[name:Ann-Marie Dufresne]] ({{OJTI}}), [[name:Frank]] ({{Engineering}})
        Apologies: [[name:Will Oduya]] ({{Safety Manager}}), [[name:Bo]] ({{Unit Training}})

        1. Good catch - [[name:Sunil]] noticed the flight plan for [[flight_number:BWJ613]] was
           filed at {{FL430}}, above the {{A320}} certified ceiling. He rang the operator, who
           refiled at {{FL370}} before the aircraft reached our airspace.
        2. Watch C: no {{level busts}} since {{June}}. [[name:Mark]] credits the new
           {{readback}} {{TRM}} module.
        3. [[name:Ann-Marie]] shared the {{Eurocontrol}} {{call sign similarity}} tool results.
        Actions: [[name:GO]] to write up item 1 for the unit {{safety bulletin}}.
    """)),
    ("aviation", "incident", block("""
        TRAFFIC AT TIME OF EVENT - [[case_reference:KAC/OCC/24/0341]] - [[date:03 OCT 2024]] 1748 {{UTC}}
        Callsign    Reg       Type    CFL    Actual
        [[flight_number:CVD552]]      [[aircraft_registration:G-CVDM]]    {{A320}}    {{FL340}}  {{FL340}}
        [[flight_number:CVD525]]      [[aircraft_registration:G-CVDP]]    {{A321}}    {{FL360}}  {{FL352}} desc
        [[flight_number:HRN40]]       [[aircraft_registration:EI-HRQ]]    {{E190}}    {{FL330}}  {{FL330}}
        [[flight_number:NWC7]]        [[aircraft_registration:G-NWCB]]    {{B767}}    {{FL350}}  {{FL350}}

        What happened: [[name:Mo]] ({{TC}}, {{Sector 14}}) meant to descend [[flight_number:CVD552]]
        but selected the {{data block}} of [[flight_number:CVD525]], which overlapped it on the
        display, and gave the descent by {{CPDLC}}. [[flight_number:CVD525]] began descending
        towards [[flight_number:NWC7]]. {{STCA}} alerted at 1749; [[flight_number:CVD525]] stopped
        at {{FL352}}. Minimum 4.2 nm / 200 ft. Label overlap and {{similar callsigns}} both factors.
    """)),
    ("aviation", "near_miss", block("""
        {{Teams}} chat - {{Ops Room}} {{Supervisors}}
        [[name:Kasia Wiśniewska]]  16:40
        can we split 23? 22 on frequency and the {{flow}} says it gets worse
        [[name:Lorna MacLeod]]  16:41
        no one validated free till 17:15, [[name:Ifeoma]]'s on her {{break}} and [[name:Dougie]]'s in {{TRM}}
        [[name:Kasia Wiśniewska]]  16:44
        just nearly gave [[flight_number:SLX12]] {{FL310}} while [[flight_number:HRN703]] was still climbing slowly through it. caught it on the {{readback}}
        [[name:Lorna MacLeod]]  16:45
        ok applying {{regulation}} via the {{FMP}} now, 20 min delay for new entries. coming to sit with you
        [[name:Kasia Wiśniewska]]  16:46
        ta 🙏 will write it up
        [[name:Lorna MacLeod]]  17:20
        {{sector split}} 17:16, near miss raised [[case_reference:KAC/OCC/24/0366]]
    """)),
    ("aviation", "success", block("""
        RT TRANSCRIPT - {{Sector 31}} - [[date:15/10/2024]] (times {{UTC}})
        0231:10  [[flight_number:NWC88]]:  {{MAYDAY}} {{MAYDAY}} {{MAYDAY}}, [[flight_number:Northwind 88]], {{rapid depressurisation}}, {{emergency descent}} {{FL100}}
        0231:16  {{ATCO}}:  [[flight_number:Northwind 88]], roger {{MAYDAY}}, descend {{FL100}}, {{squawk 7700}}, no traffic below you, turn left heading 270 when able
        0231:25  [[flight_number:NWC88]]:  Left 270, {{FL100}}, [[flight_number:Northwind 88]]
        0231:40  {{ATCO}}:  All stations, {{emergency}} in progress, stop transmitting unless urgent
        0233:05  {{ATCO}}:  [[flight_number:Heron 19]], turn right heading 360 immediately, {{traffic}} descending through your level

        Commentary: [[name:Joy Akande]] cleared the airspace below [[flight_number:NWC88]] in
        under 30 seconds and coordinated with [[organisation:Valdmark Control]] by {{landline}}
        while the {{planner}}, [[name:Sandeep]], moved [[flight_number:Heron 19]]. The crew
        landed safely at [[organisation:Brenmouth Airport]]. Used in {{refresher training}}.
    """)),
    ("aviation", "incident", block("""
        From: [[name:Hollie Sandoval]] <[[email:h.sandoval@kelmooracc.co.uk]]>
        To: Watch Managers; {{Safety}}
        Date: [[date:Mon 4 November 2024]] 09:12
        Subject: Duplicate squawk - [[case_reference:KAC/OCC/24/0402]]

        Hi all,

        Overnight [[flight_number:HRN918]] and a {{Falcon 2000}}, [[aircraft_registration:F-HBXL]],
        were both allocated {{SSR}} code 4621 - one by our {{FDP}}, one manually by
        [[organisation:Valdmark Control]]. When they passed within 10 nm the {{labels}} swapped on
        the {{radar}} display and [[name:Rhys]] on {{Sector 33}} turned the wrong aircraft for
        about 40 seconds before the {{Mode S}} {{aircraft ID}} made him doubt it. Separation was
        not lost, but only just. The manual allocation table at [[organisation:Valdmark Control]] had an
        out-of-date code block.

        We are raising it with them formally. Please re-brief the {{code allocation}} {{LoA}}.

        Thanks,
        [[name:Hollie]]
        --
        [[name:Hollie Sandoval]] | {{ATS Standards Manager}} | [[organisation:Kelmoor ACC]]
        m: [[phone:07700 900 127]]
    """)),
    ("aviation", "near_miss", block("""
        {{Watch A}} 🛫 (WhatsApp)
        [[date:19/11/2024]], 14:02 - [[name:Sunny Takahashi]]: anyone pass the {{drone}} report on from [[flight_number:CVD144]]? pilot said 1000ft below him at {{FL80}} near {{KEPLO}}
        [[date:19/11/2024]], 14:04 - [[name:Deano]]: not me, i was on 31. who had 22?
        [[date:19/11/2024]], 14:05 - [[name:Marta Sobczak-Lee]]: me. i logged it but forgot to tell {{Sector 24}} when i handed [[flight_number:CVD144]] over 🤦‍♀️
        [[date:19/11/2024]], 14:06 - [[name:Sunny Takahashi]]: [[flight_number:BWJ260]] just went through the same spot climbing out
        [[date:19/11/2024]], 14:09 - [[name:Marta Sobczak-Lee]]: rung {{Sector 24}} + the {{police}}. filing it now
        [[date:19/11/2024]], 14:10 - [[name:Deano]]: happens. maybe a {{drone}} line on the {{handover checklist}}?
    """)),
    ("aviation", "success", prose("""
        {{Commendation}}. At 1914 {{UTC}} on [[date:2 December 2024]] the {{flight data processing}}
        system at [[organisation:Kelmoor ACC]] failed and {{electronic flight strips}} froze
        on all west sectors. [[name:Oluwaseun Bamidele]], an {{ATSA}} with 22 years' service, had
        already printed the {{contingency}} strip bays at 1900 after noticing slow updates, and
        distributed paper strips to every position within four minutes. {{Watch Manager}}
        [[name:Faith Ambrose]] applied a zero-rate {{regulation}} through the {{FMP}} and
        controllers worked 41 aircraft on paper, including [[flight_number:SLX9]] with a
        {{technical}} problem, with no loss of separation. [[name:Seun]] has been nominated for the
        unit's {{Safety Award}}, and the early-printing practice is being added to the
        {{contingency}} {{MATS Part 2}} by [[name:FA]].
    """)),
    ("aviation", "near_miss", block("""
        Chronology - unknown military traffic, {{Sector 9}}, [[date:17 DEC]] (times {{UTC}})
        1102  {{Primary}}-only contact crossing {{airway}} {{N92}} west-east, unverified, approx 420 kt
        1103  [[name:Abdi]] ({{TC}}) calls [[organisation:RAF Fendale]] {{ATC}} on {{landline}} - no trace
        1103  [[flight_number:HRN2231]] ({{ATR 72}}) at {{FL120}} given avoiding action right 40 degrees
        1104  {{D&D}} identify it as a pair of {{Hawks}} from [[organisation:RAF Fendale]] whose
              {{transponder}} was off
        1106  Contacts leave the {{airway}}; [[flight_number:HRN2231]] resumes own navigation
        Closest point: 2.8 nm, same level. No {{TCAS}} alert (no transponder).
        {{MOR}}: [[case_reference:MOR-2024-22107]]  Unit ref: [[case_reference:KAC/OCC/24/0457]]
        Follow-up: Capt [[name:Ní Dhomhnaill]] ({{military liaison}}) to brief the squadron.
    """)),
]

if __name__ == "__main__":
    write_records(OUT, build_records("blind315", REPORTS))
