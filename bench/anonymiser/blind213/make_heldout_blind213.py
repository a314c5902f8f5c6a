"""Held-out blind corpus 213: 50 hand-written UK incident, near-miss and success ("learning")
reports, typed the way front-line practitioners type them into a confidential reporting system.

Written blind (without sight of the de-identifier or of any other corpus) so that it measures how
well de-identification generalises. Every person, organisation, place and number is invented.

Settings:
- social_care (17): a council's children in care council ("Ashbury Voices") and an independent
  visitors scheme run by a charity -- participation workers, young people in care, IROs, events.
- health (17): an ambulance service's 999 emergency operations centre -- call handlers (EMDs),
  dispatchers, the clinical hub, hear and treat, category 1-4 calls.
- aviation (16): a flying school -- PPL students, first solos, instructors, cross-country
  flights, club aircraft and the tech log.

Styles are deliberately mixed: rushed lower-case notes with typos and txt-speak, formal
narratives, chronologies with times, forms with Name/DOB/Ref/Address fields, e-mails with headers
and signatures, chat exports (Teams, WhatsApp, Slack, with handles), handover notes, minutes with
attendance and apologies, pipe-separated and aligned tables, radio/RT and 999-call transcripts,
shout-outs and thank-you notes.

Identifiers are marked [[label:value]]; must-not-redact mentions (roles, agencies, frameworks,
clinical terms, equipment, aircraft types, generic days and place types, look-alike acronyms) are
marked {{term}}.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from markup import block, build_records, write_records  # noqa: E402
from markup import flow as prose  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "corpus" / "heldout_blind213.jsonl"

REPORTS = [
    # ------------------------------------------------------------------ social care
    ("social_care", "incident", prose("""
        [[date:tues 4th]] {{CiCC}} mtg - transport fail AGAIN. taxis booked thru [[organisation:Ashbury Cars]]
        for 2 {{yp}} but only 1 car came. [[name:kayden]] ([[age:13yo]]) was left waiting outside
        [[organisation:Millbrook Academy]] nearly 45 mins on his own, in the dark, b4 he rang my work mob. i
        couldnt leave the {{session}} so [[name:deb]] (one of our {{IVs}}) went n got him. he was ok but
        freezing n said "no one ever remembers me" which broke my heart tbh. his {{foster carer}} hadnt been
        told the car was late either. have emailed {{commissioning}} + his {{SW}} Ms [[name:Okafor]]. need to
        find out who changed the booking n why no one rang to confirm. - [[name:lou]] ({{participation worker}})
    """)),
    ("social_care", "near_miss", block("""
        From: [[name:Rhiannon Pryce-Evans]] <[[email:r.pryce-evans@ashbury.gov.uk]]>
        To: {{Participation Team}}
        Sent: [[date:12 March 2024]] 16:42
        Subject: near miss - consent forms for residential

        Hi all,

        Logging this as a near miss. While checking forms for the {{residential}} at [[organisation:Hawkstone Outdoor Centre]] I noticed the {{medical consent}} for [[name:Tiago]] still had his old {{placement}} address ([[address:22 Fernside Close, Brackwell]] [[postcode:AY3 9JN]]) and his old carer as emergency contact. He moved in {{January}}. The form also didn't mention his {{nut allergy}}, which his {{IRO}} [[name:Grace Mbeki]] raised at his last {{LAC review}}. If we had gone on [[date:Friday 15th]] with that form, staff would have had no {{EpiPen}} info and the wrong number to ring.

        Sorted now - new carer contacted and [[name:Grace]] has confirmed the plan. Suggest we check every form against {{LCS}} before any overnight.

        Thanks
        [[name:Rhiannon]]

        [[name:Rhiannon Pryce-Evans]]
        {{Participation & Engagement Officer}} | [[organisation:Ashbury Council]]
        T: [[phone:01632 960418]] | M: [[phone:07700 900271]]
    """)),
    ("social_care", "success", block("""
        [[name:Marguerite Osei]]  09:12
        Massive shout out to [[name:Joy]] and [[name:Bilal]] for {{Saturday}}'s {{Care Leavers Awards}} at [[organisation:Ashbury Corn Exchange]] 🙌

        [[name:Amber]] ([[age:16]]) was meant to open the night with her poem and had a full-on panic attack backstage. [[name:Joy]] clocked it straight away, took her to the {{quiet room}} we'd agreed in her {{one-page profile}}, did the breathing thing they practise, and didn't rush her. [[name:Bilal]] quietly swapped the running order so the {{Mayor}} spoke first. [[name:Amber]] went on 20 mins later and got a standing ovation. Her {{PA}} (personal adviser) [[name:Kwame]] said it's the first time she's stood up in front of people since {{Year 9}}.

        Learning: the {{one-page profile}} worked because we'd actually read it beforehand - let's keep doing that for every young person who's performing.
    """)),
    ("social_care", "incident", prose("""
        Incident summary - {{Independent Visitor}} scheme, ref [[case_reference:IV-0347]]. On
        [[date:Sunday 21 April]] volunteer {{independent visitor}} Mr [[name:Wojciech Nowakowski]] took
        [[name:Faith]] ([[age:aged 11]]) to a café in [[organisation:Rivermead Shopping Centre]]. He later posted a
        photo of the two of them on his personal [[organisation:Facebook]] page with the caption "great afternoon
        with my little buddy". [[name:Faith]]'s face and her [[organisation:St Columba's Primary]] jumper were
        visible and the post was public. [[name:Faith]]'s {{foster carer}}, Mrs [[name:Adebayo-Clarke]], saw it on
        [[date:22 April]] and rang the {{IV coordinator}}. The post was removed within the hour. Mr
        [[name:Nowakowski]] said he hadn't realised the {{social media}} rules applied to "nice" photos and has
        been very apologetic. There is a {{court order}} restricting contact with birth family so the risk was
        significant. Actions: {{safeguarding lead}} informed, {{LADO}} consulted (threshold not met), volunteer
        paused from visits pending refresher training, {{social media policy}} section added to {{induction}}.
    """)),
    ("social_care", "near_miss", block("""
        [[date:14/02/2024]], 18:02 - [[name:Sunny Bains]]: hiya can sum1 send me the address for [[name:Marcy]]s new place so i can drop her hoodie off, she left it at bowling lol
        [[date:14/02/2024]], 18:03 - [[name:Sunny Bains]]: pls x
        [[date:14/02/2024]], 18:07 - [[name:Tomás]] (Participation): Hi [[name:Sunny]], I'll get it back to her, don't worry 😊
        [[date:14/02/2024]], 18:07 - [[name:Sunny Bains]]: ok ta

        Note added by [[name:Tomás Ferreira]], {{participation worker}}, next morning:
        I had the address typed ready to paste because I thought I was in a {{DM}} with [[name:Sunny]], not the {{CiCC}} {{group chat}} (23 members). Noticed the group icon just before sending. [[name:Marcy]]'s {{placement}} address is not shared with peers and her {{birth dad}} is a known risk. No harm done but this was close. Suggest we turn off auto-fill on work phones and only use the group for venues and times.
    """)),
    ("social_care", "success", block("""
        [[organisation:Ashbury Voices]] - {{Children in Care Council}}
        Minutes of meeting, [[date:7 May 2024]], 5.30pm, [[organisation:Castlegate Youth Hub]]

        Present: [[name:Hope]] ({{Chair}}), [[name:Rory T]], [[name:Precious]], [[name:Kai]], [[name:Aleksandra]], [[name:Ifeoma]]
        Staff: [[name:Lou Hartigan]] ({{participation worker}}), [[name:Tomás Ferreira]] ({{participation worker}})
        Guest: Cllr [[name:Nomvula Mbatha]] ({{Lead Member for Children}})
        Apologies: [[name:Callum]], [[name:Rose]], [[name:Jess McAllister]] ({{Head of Service}})

        1. Review invites - GOOD NEWS
        [[name:Hope]] reported back from the {{Corporate Parenting Board}}. Our letter has been agreed: from {{June}} every young person will get their {{IRO}} review invite written in their own words, with a photo of their {{IRO}} and a choice of venue (not just {{school}} or the office). [[name:Kai]] said this "actually feels like it's for us". Cllr [[name:Mbatha]] thanked the group and will take it to {{Full Council}}.
        2. Summer residential - [[name:Precious]] and [[name:Aleksandra]] to help plan.
        {{AOB}}: none. Next meeting [[date:4 June]].
    """)),
    ("social_care", "incident", block("""
        MISSING EPISODE - {{Children in Care Council}} bowling trip, [[date:Sat 9 March]]
        Young person: [[name:Dariusz K]] ([[age:15]])
        Venue: [[organisation:Strikerz Bowl]], [[address:Unit 6, Canal Side Retail Park, Ashbury]]

        17:40 Group arrives, 9 {{YP}} + 3 staff ([[name:LH]], [[name:TF]], [[name:Deb]]).
        18:55 Headcount before food - [[name:Dariusz]] not present. Last seen at the {{arcade machines}} ~18:30.
        19:05 Staff search venue + car park. {{CCTV}} checked with duty manager [[name:Shauna]].
        19:15 [[name:LH]] rings {{EDT}} and police on {{101}} - log [[case_reference:0544-09032024]].
        19:20 {{Foster carer}} informed. Not at home.
        20:35 [[name:Dariusz]] returns to venue with an older male, says "just went to the shop". Male left before staff could speak to him.
        20:40 Police informed of return. PC [[name:Ahmadi]] attended 21:10.
        21:30 [[name:Dariusz]] dropped home by [[name:TF]] and [[name:Deb]].
        Follow-up: {{return home interview}} requested, {{CSE}} screening tool to be completed, trip {{risk assessment}} to include buddies and 30-min headcounts.
    """)),
    ("social_care", "near_miss", block("""
        INDEPENDENT VISITOR REFERRAL - checked by coordinator
        Name: [[name:Jayden-Lee Marsh]]
        DOB: [[date_of_birth:03/11/2012]]   Age: [[age:11]]
        LCS ref: [[case_reference:LCS-2094417]]
        Legal status: {{S31}} {{Care Order}}
        Placement: confidential (held by {{SW}})
        Social worker: [[name:Pat Oyelaran]], [[organisation:Ashbury Council]] {{Children Looked After Team}}
        Birth family: {{mum}} [[name:Kelly Marsh]], [[address:9 Quarry Row, Lintwell]] [[postcode:LV12 4PB]]

        Coordinator note ([[name:Anneliese]], [[date:18/04/24]]): near miss. The referral came in with {{birth mum}}'s address and a note saying "IV could meet [[name:Jayden-Lee]] near mum's as he knows the area". There is a {{no-contact}} condition in the {{care plan}}. If this had gone straight to the volunteer unchecked they could have arranged visits round the corner from her house. Returned to [[name:Pat]] to redact; the form is getting a "do not share" box for birth family details.
    """)),
    ("social_care", "success", block("""
        Card handed in at {{reception}} - copied here with permission for our learning log.

        "Dear [[name:Mark]],
        Thank you for being my {{independent visitor}} for 3 years. You never missed once even when I was horrible and when I moved to [[organisation:Oakhurst House]] you still came all that way on the train. Thank you for teaching me chess and for coming to my {{GCSE}} art show. I got a 7!!! Good luck with your new job up north. I will miss you loads.
        love [[name:Ellie-Mae]] xx"

        Coordinator note: [[name:Mark]] is stepping down after 3 years. [[name:Ellie-Mae]] has had 4 {{placement moves}} and 3 {{social workers}} in that time - he was the one constant. Worth sharing at {{volunteer induction}}: consistency is the whole point of the role.
        - [[name:V. Dlamini]], {{IV Coordinator}}, [[organisation:Northlight Trust]]
    """)),
    ("social_care", "incident", block("""
        HANDOVER - participation team, end of day [[date:Thurs 23/5]]
        From: [[name:nkechi]]   To: [[name:Lou]]

        - {{drop-in}} went fine, 6 {{yp}}
        - IMPORTANT: [[name:Zainab]] ([[age:14]]) told me after the session she's been cutting again and "doesn't see the point". No plan or means on her but fresh marks on her arm. Followed {{safeguarding procedure}}: tried her {{SW}} [[name:Rosa Kellerman]] 3x (on leave), team manager Mr [[name:Haldane]] no answer, so rang {{EDT}} at 17:20. Spoke to [[name:Gareth]] on {{EDT}}, he's contacting her carer tonight + referring to {{CAMHS}} crisis.
        - {{record of concern}} done on {{LCS}} (ref [[case_reference:CN-77310]]).
        - the incident bit: 40 mins to get anyone from her team on the phone. we need a named duty contact for every {{CiCC}} session.
        - can u check in w/ [[name:Zainab]] tmrw and chase [[name:Rosa]]s cover pls
    """)),
    ("social_care", "success", block("""
        #participation-team | Slack export

        [[name:amira.h]]  10:14
        anyone know how the {{IV}} matching for [[name:Noor]] went?

        [[name:bill.o]]  10:16
        honestly best match we've had all year. [[name:Noor]] ([[age:12]]) said she wanted someone who speaks {{Dari}} and likes football - [[name:Farida]] from the volunteer pool ticks both. first visit to the {{park}} on {{Saturday}}, [[name:Noor]]'s {{carer}} said she came home "talking non-stop"

        [[name:amira.h]]  10:17
        🥹 love that. was it the new matching form?

        [[name:bill.o]]  10:19
        yep - the "what matters to me" page the {{CiCC}} designed. we'd never have asked about language before. logging as {{good practice}} for the {{QA}} report 👍

        [[name:will.p]]  10:22
        nice one [[name:Bill]] 👏
    """)),
    ("social_care", "near_miss", prose("""
        Near miss reported by {{IRO}} admin, [[organisation:Ashbury Council]] {{Safeguarding and Quality Assurance
        Unit}}. On [[date:2 July]] I was preparing {{review}} invitation letters. We have two young people with very
        similar names: [[name:Leah Pearson]] ([[case_reference:LCS-1188032]]) and [[name:Lea Pierson]]
        ([[case_reference:LCS-1190457]]). The mail-merge pulled the second child's {{placement}} address,
        [[address:31 Sandpiper Court, Holmebridge]], [[postcode:HT9 6DL]], onto the first child's letter. I noticed
        when the envelope window showed the wrong surname before it went in the post tray. If it had gone out,
        [[name:Leah]]'s birth mother (who receives a copy) would have been sent another child's foster address.
        Letters reprinted and checked against {{LCS}} by [[name:Hyun-woo Seo]] ({{IRO}}). Suggest the mail-merge
        matches on {{case number}} not surname.
    """)),
    ("social_care", "incident", block("""
        IV {{DBS}} tracker - issue found [[date:03/06/24]] (audit by [[name:Grace Mbeki]])

        | Volunteer | DBS issued | Renewal due | Matched with | Status |
        |---|---|---|---|---|
        | [[name:Colin Fairweather]] | [[date:11/05/2021]] | [[date:11/05/2024]] | [[name:JM]] ([[age:13]]) | OVERDUE - still visiting |
        | [[name:Sunita Rao]] | [[date:02/09/2022]] | [[date:02/09/2025]] | [[name:AK]] ([[age:9]]) | ok |
        | [[name:Pádraig Ó Súilleabháin]] | [[date:19/01/2023]] | [[date:19/01/2026]] | unmatched | ok |

        [[name:Colin]] did 2 visits with [[name:JM]] after his {{DBS}} lapsed ({{update service}} not subscribed). No concerns about [[name:Colin]] himself but we broke our own {{safer recruitment}} policy. The reminder went to a shared inbox nobody has checked since [[name:Phil]] left. Visits paused until the new {{enhanced DBS}} is back (application sent, {{NI}} [[ni_number:JT 48 21 93 C]]). Reported to {{Head of Service}}; {{Ofsted}} notification considered - not required.
    """)),
    ("social_care", "success", prose("""
        Learning report: young people on the interview panel for the new {{Head of Service}}. In {{November}}
        three members of [[organisation:Ashbury Voices]] sat on a {{young people's panel}} alongside the formal
        panel. One of them, [[name:Reuben]] ([[age:17]]), is autistic and told [[name:Lou Hartigan]] he was worried
        about "freezing". We agreed adjustments in advance: questions on cards, a {{fidget}} toy allowed, a
        five-minute break, and [[name:Reuben]] asking his question second so he was neither first nor last. He
        chaired the young people's debrief and their scores matched the formal panel's exactly. The successful
        candidate, Dr [[name:Inês Carvalho]], said in her feedback it was "the hardest panel of the day".
        {{HR}} at [[organisation:Ashbury Council]] have asked to use our adjustments checklist for every panel
        involving young people, and [[name:Reuben]] has been asked to help train other panel members.
    """)),
    ("social_care", "incident", block("""
        From: [[email:hollywhitlock62@gmail.com]]
        To: [[email:iv.scheme@northlighttrust.org.uk]]
        Date: [[date:Mon 10 June 2024]] 21:07
        Subject: visit today

        Hi [[name:Anneliese]],

        Went for my usual visit with [[name:Summer]] today and when I got to [[address:17 Orchard Way]] the {{carer}}, Mrs [[name:Lyle]], said she'd moved to a new {{placement}} last week. Nobody told me. She then gave me the new address in [[address:Kettlefield]] and said "pop round, she'd love that". I didn't go, I came home and I'm emailing you. I don't think I should have been given it? [[name:Summer]] won't know why I didn't turn up either. I'd already bought {{panto}} tickets for us.

        [[name:Holly]]
        Sent from my {{iPhone}}

        ---
        Coordinator note: logged as incident. {{Placement move}} not communicated to the {{IV}} scheme and the former carer disclosed the new address. Raised with {{SW}} [[name:Pat Oyelaran]] and [[organisation:Northlight Trust]] {{data protection lead}}.
    """)),
    ("social_care", "near_miss", prose("""
        nr miss - minibus [[vehicle_registration:LK68 WTR]] coming back from the regional {{CiCC}} conf. stopped
        at {{services}} on the {{motorway}}, did headcount on the bus 8/8 then [[name:Gabi]] ([[age:14]]) got off
        again for the {{loo}} w/out telling anyone. [[name:Deb]] was about to pull out when [[name:Kofi]]
        ([[age:15]]) shouted "wheres [[name:gabi]]". we waited n she came back 3 mins later. if [[name:Kofi]]
        hadnt noticed wed have left a [[age:14yo]] at a {{service station}} 90 miles from home at 9pm. learning:
        headcount AFTER doors shut + {{buddy}} system + nobody gets off w/out telling a {{staff member}}. also
        need a 2nd {{MiDAS}} driver on long trips, [[name:Deb]] was v tired. [[name:LH]]
    """)),
    ("social_care", "success", prose("""
        Shout out from an {{IRO}}: just wanted to say thank you to [[name:Hope]], [[name:Will]] and
        [[name:Precious]] from [[organisation:Ashbury Voices]] who wrote the "{{Words Matter}}" glossary. Since we
        started using it in {{review}} minutes ("{{family time}}" not "{{contact}}", "my home" not
        "{{placement}}") I've had three young people read their own {{IRO}} minutes for the first time. One
        [[age:15-year-old]] told me on [[date:Wednesday 3 July]] she finally "felt like a person not a file".
        Please pass on my thanks - [[name:Bronwen Hughes-ap Rhys]], {{Independent Reviewing Officer}},
        [[organisation:Ashbury Council]].
    """)),
    # ------------------------------------------------------------------ health
    ("health", "incident", prose("""
        {{Category 2}} {{chest pain}} call, [[date:17 March 2024]], incident [[case_reference:WS-240317-0456]].
        The caller, Mr [[name:Derek Ashworth]] ([[age:67]]), gave his address as "[[address:4 Orchard Close]]". The
        {{call handler}} accepted the first match offered by the gazetteer,
        [[address:4 Orchard Close, Wexham Magna]], rather than [[address:4 Orchard Close, Wexham Parva]] six miles
        away, and did not read the address back. The {{dispatcher}} allocated the nearest {{DCA}} to the wrong
        village. The crew found an empty house 14 minutes later; the {{EOC}} re-contacted the caller, whose wife
        confirmed the correct village. Arrival on scene was 41 minutes after the call against the 18-minute
        mean standard. Mr [[name:Ashworth]] had an {{NSTEMI}} and was taken to
        [[organisation:Kingsmead General Hospital]]; no lasting harm identified but the delay is reportable.
        Contributory factors: two identical street names in adjoining villages, and the {{NHS Pathways}} address
        read-back step skipped under high call volume ({{REAP}} level 3). Actions: gazetteer to flag duplicate
        street names; refresher on address read-back for all {{EMDs}}.
    """)),
    ("health", "near_miss", block("""
        Teams - {{Dispatch}} North desk (export)
        [03:12] [[name:Yasmin Qureshi]]: @[[name:Conor]] is the {{Cat 1}} on [[address:Ferry Lane, Saltmarsh]] still open? your cursor's on the {{RRV}} not the {{DCA}}
        [03:12] [[name:Conor Bright]]: omg yes thank you, hadn't hit confirm yet
        [03:13] [[name:Conor Bright]]: stood down the {{DCA}} from the {{Cat 3}} instead, RRV [[vehicle_registration:WX19 KPT]] still running to the cat 1
        [03:13] [[name:Yasmin Qureshi]]: 👍 np

        Note from [[name:Conor]] for the report: near miss. Two incidents were stacked on the {{CAD}} list with similar addresses and the stand-down button sits right next to assign. I'd have stood down the only resource on a {{cardiac arrest}} for a [[age:78yo]] if [[name:Yasmin]] hadn't been watching the screen. Fourth night shift in a row. Suggest a confirm prompt before standing down anything on a {{Cat 1}}.
    """)),
    ("health", "success", prose("""
        SHOUT OUT 🌟 Huge thanks to [[name:Faith Oduya]] on {{call handling}} for the {{Cat 1}}
        {{cardiac arrest}} at [[address:12 Wren Gardens, Ashby Holme]] on [[date:Tues 9th]]. The caller was the
        patient's [[age:14-year-old]] son, [[name:Dylan]], alone with his dad. [[name:Faith]] kept him calm, had him
        doing {{T-CPR}} within 90 seconds and counted compressions with him for 11 minutes until the crew
        arrived. She also talked him through unlocking the front door and shutting the dog in the kitchen. The
        crew ([[name:Ollie]] and [[name:Sasha]] from [[organisation:Fenwick Road Ambulance Station]]) got
        {{ROSC}} after two shocks and {{Dad}} is now home after the {{cath lab}} at
        [[organisation:Royal Fenwick Infirmary]]. [[name:Dylan]]'s school have asked us to come in and do {{CPR}}
        training. Well done [[name:Faith]] - textbook. - [[name:Marcus]], {{EOC Duty Manager}}
    """)),
    ("health", "incident", block("""
        Incident [[case_reference:WS-240122-1187]] - long lie, {{Cat 3}} fall
        Patient: Mrs [[name:Edith Farraday]], [[age:89]], DOB [[date_of_birth:14/08/1934]]
        NHS no: [[nhs_number:612 408 7359]]
        Address: [[address:Flat 3, Marlow Court, Kingsmead]] [[postcode:KM4 8TH]]

        22:41 Call from {{Careline}} - pt on floor, not injured, can't get up. Coded {{Cat 3}}; {{Hear and Treat}} not suitable (nobody to lift).
        23:20 {{Welfare call}} 1 - no change. Careline operator [[name:Priyanka]] staying on line.
        00:45 Welfare call 2 missed - dispatcher dealing with 2x {{Cat 1}}.
        02:10 Daughter ([[name:Lorraine]]) rings 999 again, pt now cold and muddled. {{Clinical hub}} review by {{paramedic}} [[name:Tadhg Moynihan]], upgraded to {{Cat 2}}.
        03:56 Crew on scene. Pt {{hypothermic}} (34.1), {{pressure damage}} to L hip. Conveyed [[organisation:Kingsmead General Hospital]].
        Time on floor approx 5h 15m.

        Learning: welfare call-backs not given to a named person when the dispatch desk is overloaded; {{falls response}} car stood down at 22:00 due to staffing.
    """)),
    ("health", "near_miss", block("""
        NEAR MISS REPORT FORM
        Reporter: [[name:Kamal Hussain-Whitby]]     Role: {{Emergency Medical Dispatcher}}
        Date of event: [[date:05/02/2024]]     Ref: [[case_reference:DTX-30918]]
        Patient name: [[name:Oluwaseun Adeyemi]]
        DOB: [[date_of_birth:28/01/2024]]     Age: [[age:8 days]]
        NHS number: [[nhs_number:471 925 3806]]
        Address: [[address:27 Brindley Street, Ashby Holme]] [[postcode:AS4 7QT]]
        Call-back no: [[phone:07700 900614]]

        What happened: {{Mum}} rang saying the {{baby}} was "floppy and not feeding". {{NHS Pathways}} took me to a {{Cat 3}} disposition. I was about to close when {{Mum}} said she felt "cold and a bit blue round the lips". I went back through the questions, which gave {{Cat 1}}. {{Clinical Supervisor}} [[name:Bukola]] agreed. Crew on scene in 7 mins; {{sepsis}}, now on {{PICU}} at [[organisation:Royal Fenwick Infirmary]] and recovering.
        Why it nearly went wrong: I accepted "no" to the skin colour question because {{Mum}} said "I think she's fine".
        Learning: for babies under 28 days ask the caller to look, don't accept "fine".
    """)),
    ("health", "success", block("""
        From: Dr [[name:Sinéad Kowalczyk]] <[[email:sinead.kowalczyk@wsas.nhs.uk]]>
        To: {{EOC}} All Staff
        Subject: Good catch - {{Hear & Treat}}, [[case_reference:WS-240408-2231]]

        Hi all,

        A quick bit of learning worth sharing. On [[date:8 April]] [[name:Ruth]] in the {{clinical hub}} picked up a {{Cat 4}} "back pain" call for a [[age:52-year-old]] man waiting for {{Hear and Treat}}. On her {{clinical validation}} call she noticed he described the pain as "tearing", going through to his back, and that he has {{hypertension}}. She upgraded to {{Cat 2}} with a query {{AAA}}. He went to {{theatre}} at [[organisation:Kingsmead General Hospital]] that night and is doing well.

        This is exactly what validation is for. Thank you [[name:Ruth]].

        [[name:Sinéad]]

        Dr [[name:Sinéad Kowalczyk]] | {{Clinical Lead}}, {{Integrated Clinical Hub}}
        [[organisation:Western Shires Ambulance Service NHS Trust]] | [[phone:01632 960884]]
    """)),
    ("health", "incident", prose("""
        cad went down 14:02 - 14:49 on [[date:sat 20th]]. went to paper {{BCP}}. the {{cards}} got mixed up n a
        {{cat 2}} for mrs [[name:o'donnell]] on [[address:beacon rd]] was stuck under another card & not dispatched
        till [[name:jas]] found it at 14:38. 36 min delay. pt ok (fall + head inj, on {{blood thinners}}) but could
        of been v different. radio {{ch 2}} was rammed & the {{TL}} was on the phone to {{IT}} the whole time. we
        need a proper card rack & someone doing ONLY the loggin during bcp, not the {{TL}} whos also taking
        calls. - [[name:Ricky]], {{EOC}} {{blue watch}}
    """)),
    ("health", "near_miss", block("""
        {{EOC}} HANDOVER - nights to days, [[date:Sun 14 April]] 07:00
        Outgoing {{TL}}: [[name:Precious Nwachukwu]]   Incoming: [[name:Hamish]]

        Hospitals:
        - [[organisation:Kingsmead General]] {{ED}}: 9 crews held at 06:45, longest 4h10. {{HALO}} [[name:Gemma]] on until 08:00.
        - [[organisation:Royal Fenwick]]: flowing ok.
        Pending: 23 calls, oldest {{Cat 3}} 6h.

        NEAR MISS overnight: ~04:30 a {{Cat 2}} {{stroke}} in [[address:Little Barford]] had no resource for 32 mins because every {{DCA}} in the sector was held at [[organisation:Kingsmead General]]. [[name:Precious]] rang the {{ED}} {{Nurse in Charge}}, Sister [[name:Akua Boateng]], and got [[vehicle_registration:WX21 HTD]] released under the {{45-minute}} release-to-respond rule. On scene 04:58, inside the {{thrombolysis}} window. No harm but it was luck.
        - Escalated to {{Tactical Commander}} [[name:J. Pemberton-Ward]].
        - Welfare: [[name:Lewis]] had a hard {{paeds}} call at 02:00, offered {{TRiM}}.
    """)),
    ("health", "incident", block("""
        Call transcript (extract) - [[case_reference:WS-240502-0093]] - {{Cat 1}} upgrade review
        00:00 {{EMD}}: Ambulance service, is the patient breathing?
        00:03 Caller: I don't know, it's my neighbour, she's just lying there
        00:06 {{EMD}}: OK, what's the address of the emergency?
        00:08 Caller: [[address:flat 9, Tennyson House, Bridge Street]], erm [[postcode:AS2 1BN]]
        00:15 {{EMD}}: And the number you're calling from?
        00:17 Caller: [[phone:07700 900388]]
        00:21 {{EMD}}: What's your name?
        00:22 Caller: [[name:Hope]]. [[name:Hope Adeyinka]]
        00:25 {{EMD}}: Thank you [[name:Hope]]. How old is she?
        00:27 Caller: about [[age:seventy]]? She's Mrs [[name:Kaur]], [[name:Baljit]]
        00:31 {{EMD}}: Is she awake?
        00:33 Caller: no... hello? hello?
        [line drops 00:34]

        Reviewer note ([[name:A. Lindqvist]], {{Quality Assurance}}): call dropped and ring-back went to voicemail 3 times. The call sat at {{Cat 2}} (breathing unknown) for 11 minutes until the {{clinical hub}} reviewed it; under our own rule it should have defaulted to {{Cat 1}}. Patient found in {{cardiac arrest}}, not survived. {{Coroner}} informed.
    """)),
    ("health", "success", block("""
        {{EOC}} Learning Review - minutes
        Date: [[date:22 May 2024]]   Venue: {{Training Room 2}}, [[address:Carrowmore House, Kingsmead]]
        Attendees: [[name:Marcus Delaney]] ({{Duty Manager}}, chair), [[name:Faith Oduya]] ({{EMD}}), [[name:Ruth Adair]] ({{Clinical Hub}}), [[name:Tomasz Wiśniewski]] ({{Frequent Caller lead}})
        Apologies: Dr [[name:Sinéad Kowalczyk]], [[name:Ifan Llewelyn]]

        1. Frequent caller plan [[case_reference:FC-0112]]
        The multi-agency plan with [[organisation:Kingsmead Community Mental Health Team]] has cut calls from 41 in {{February}} to 6 in {{April}}. Key factors: a named {{care coordinator}} ([[name:Hyacinth]]) the caller can ring instead, and an agreed script for {{call handlers}}. [[name:Tomasz]] to share the template with other trusts.
        2. [[name:Faith]]'s {{T-CPR}} call - played to the group (with family consent). Good use of the {{metronome}}.
        Actions: [[name:MD]] to write both up for the {{Trust}} newsletter.
    """)),
    ("health", "incident", block("""
        {{Cat 2}} waits over 2h, night of [[date:28/12/23]] - for {{PSII}} panel

        | CAD ref | Complaint | Age | Received | On scene | Outcome |
        | [[case_reference:WS-231228-0019]] | {{breathing problems}} | [[age:71]] | 00:12 | 02:47 | conveyed [[organisation:KGH]] |
        | [[case_reference:WS-231228-0044]] | {{chest pain}} | [[age:58]] | 00:40 | 03:05 | {{STEMI}}, to {{PPCI}} |
        | [[case_reference:WS-231228-0102]] | {{stroke}} sx | [[age:80]] | 01:55 | 04:31 | outside {{thrombolysis}} window |
        | [[case_reference:WS-231228-0130]] | {{fall}} w/ head injury | [[age:92]] | 02:20 | 05:10 | died in dept |

        Compiled by [[name:T. Nakamura]] ({{Patient Safety}}). 340 calls in 6h, 19 crews held at hospitals at peak. {{REAP}} 4 declared 23:50. {{Duty of Candour}} letters to the families of the last two patients.
    """)),
    ("health", "incident", prose("""
        Reporting myself really. On [[date:11 Feb]] I took a photo of my {{CAD}} screen to show my
        {{team leader}} [[name:Will Saunders]] an odd {{Cat 4}} to {{Cat 1}} upgrade and sent it to our
        [[organisation:WhatsApp]] group ("{{Red Watch}} 🚑") by mistake instead of to him. The screen showed the
        patient's name, [[name:Agnieszka Wróbel]], her address, [[address:6 Heron Rise, Saltmarsh]], and the
        {{presenting complaint}} ({{overdose}}). There are 17 people in the group. I deleted it for everyone
        within about 5 minutes but 4 had already seen it. [[name:Will]] told me to report it and the {{IG team}}
        have informed the {{Caldicott Guardian}}. I know phones shouldn't be out on the floor. I'm really sorry.
        - [[name:Tash]]
    """)),
    ("health", "success", block("""
        Compliment received via {{PALS}} - [[date:3 June 2024]], ref [[case_reference:COMP-24-0618]]

        "To the lady who answered my 999 call on [[date:the 27th of May]] at about 10 at night,
        I don't know your name but my husband [[name:Gerald]] says you are an angel. He was having a {{stroke}} and I couldn't understand what was happening. You stayed so calm, you told me to look at his face and ask him to lift his arms, and you stayed on until the ambulance came. He had the {{clot-busting drug}} at [[organisation:Kingsmead General]] and he can talk again.
        With love and thanks,
        [[name:Maureen Bell]] (aged [[age:81]])"

        {{EOC}} note: call handler identified as [[name:Anil Chaudhary]], {{EMD}}, 4 months in post. Letter shared with him and read out at {{team brief}}. - [[name:H. Okonjo-Adams]]
    """)),
    ("health", "near_miss", prose("""
        nr miss - {{maternity}} call, {{Cat 1}} {{breech}} at [[address:Mill Farm, Hollins Lane]]. i assigned
        [[vehicle_registration:WX70 BNF]] thinking it was a {{DCA}} but its been swapped to an {{RRV}} since the
        fleet change on [[date:1st April]] & the call sign list on the wall is old. [[name:Agata]] on the next desk
        spotted it as i went to confirm - {{RRV}} cant convey + single crewed. sent [[vehicle_registration:WX68 LRP]]
        as well. baby + mum fine, {{midwife}} from [[organisation:Kingsmead Birth Centre]] met them there. pls
        someone update the wall list!! - [[name:reza]]
    """)),
    ("health", "incident", block("""
        From: [[name:Olumide Bankole]] <[[email:olumide.bankole@wsas.nhs.uk]]>
        To: [[email:patientsafety@wsas.nhs.uk]]
        Cc: [[name:Niamh Ferguson]]
        Date: [[date:Tue 16 Jan 2024]] 08:15
        Subject: Incident - MH call, police request not actioned, [[case_reference:WS-240115-1642]]

        Hi,
        At 21:10 last night I took a call from [[name:Callum Reid]] (DOB [[date_of_birth:09/09/1998]], NHS [[nhs_number:703 561 9240]]) who said he'd taken tablets and was on the roof of [[address:Lowther Multi-Storey Car Park]]. I coded {{Cat 2}} and requested police through the {{CAD}} link. The request didn't transmit (no acknowledgement) and I didn't notice because I went straight onto the next call. {{Mental health}} practitioner [[name:Niamh]] in the {{clinical hub}} picked it up 38 mins later when she couldn't get him on the phone. Police found him at 22:05; talked down and taken to [[organisation:Kingsmead General]] {{ED}} under {{s136}}.
        I'm OK, I just want the link failure looked at - we get no alert for unacknowledged requests.
        Thanks
        [[name:Olu]]

        [[name:Olumide Bankole]] | {{EMD}} | [[organisation:Western Shires Ambulance Service NHS Trust]]
    """)),
    ("health", "success", block("""
        Teams - {{Clinical Hub}} chat
        [[name:Ruth Adair]] 14:32: just had a lovely one - {{Cat 3}} {{Hear and Treat}}, [[age:76yo]] lady "dizzy". sounded like a {{UTI}} but she mentioned her GP at [[organisation:Brook Lane Surgery]] started her on {{amlodipine}} + {{bendroflumethiazide}} last week. BP on her home monitor 84/50
        [[name:Ruth Adair]] 14:33: rang the surgery, spoke to Dr [[name:Mensah]], he's stopped the {{bendro}} and is visiting at 4. no ambulance needed 🙌
        [[name:Ifan Llewelyn]] 14:35: great work. saved a crew + an {{ED}} attendance + probably a fall
        [[name:Amber-Rose]] 14:36: ❤️ that's the job
        [[name:Ruth Adair]] 14:37: logging it as {{good practice}} for [[name:Ifan]]'s audit
    """)),
    ("health", "near_miss", prose("""
        Near miss - record linking. On [[date:30 April]] a call transferred from {{NHS 111}} for a
        [[age:4-year-old]] with a {{febrile convulsion}} arrived with details auto-populated from the
        {{Summary Care Record}}. The record showed [[name:Maya Sandhu]], NHS number
        [[nhs_number:558 213 6479]], but the caller, her grandmother, gave the child's name as
        [[name:Maia Sandhu-Grewal]] with a different {{date of birth}}. The {{EMD}}, [[name:Florin Popescu]],
        noticed when the caller said "she's only [[age:four]]" and the record said [[age:7]]. The {{111}} call
        handler had selected an older cousin living at the same address,
        [[address:41 Pennant Drive, Ashby Holme]]. Had the crew been given the {{SCR}} for the wrong child they
        would have seen the wrong {{allergies}} and no {{penicillin}} alert. Correct record linked before the
        crew arrived. Raised with [[organisation:Shirehall Urgent Care]], the 111 provider. Learning: always
        confirm date of birth verbally against a pre-populated record.
    """)),
    # ------------------------------------------------------------------ aviation
    ("aviation", "success", block("""
        [[organisation:Larkfield Flying Club]] 🛩 members
        [[date:18/05/2024]], 11:47 - [[name:Dave Rennie]] {{CFI}}: Massive congratulations to [[name:Ngozi Eze-Thompson]] who went {{first solo}} this morning in [[aircraft_registration:G-BTLK]]! 3 {{circuits}} on {{runway 24}} with a {{crosswind}} gusting 12 kt and she handled it beautifully. Textbook {{go-around}} on the first one too when a {{Robin}} was slow clearing. Shout out to her instructor [[name:Marek Dudek]] for 23 hours of patience 👏
        [[date:18/05/2024]], 11:52 - [[name:Ngozi Eze-Thompson]]: thank you all!!! still shaking 😂
        [[date:18/05/2024]], 11:53 - [[name:Pete H]]: drinks on [[name:Ngozi]] in the {{clubhouse}} 🍻 and don't forget the {{shirt tail}} 😉
        [[date:18/05/2024]], 11:58 - [[name:Marek Dudek]]: proud of you [[name:Ngozi]]. {{debrief}} was the shortest I've ever done
    """)),
    ("aviation", "incident", prose("""
        {{MOR}} summary - {{airspace infringement}}. On [[date:3 August 2024]] {{PPL}} student
        [[name:Callum Oduya-Fairclough]] was flying a solo {{qualifying cross-country}} in {{PA-28}}
        [[aircraft_registration:G-OLFS]] from [[organisation:Hatherby Airfield]] via
        [[organisation:Swinford Aerodrome]]. Approaching the {{VRP}} at the reservoir he climbed to 2,400 ft to
        stay clear of cloud and entered the {{Class D}} {{CTR}} of [[organisation:Westmoor Airport]] by about
        1.5 nm without a clearance. He was squawking 7000 with {{Mode C}} and had not selected the
        {{frequency monitoring code}}. [[organisation:Westmoor Radar]] saw the infringement and an inbound
        {{A320}}, [[flight_number:NVK218]], was given an avoiding turn. His {{PLOG}} was correct but he had not
        set an altitude alert and {{SkyDemon}} was running an out-of-date chart. Actions: student completed the
        {{CAA}} online infringement awareness course; instructor [[name:Marek Dudek]] and the {{CFI}} now check
        chart currency and {{FMC}} briefing on every solo nav sign-out.
    """)),
    ("aviation", "near_miss", block("""
        RT extract - [[organisation:Hatherby Radio]] ({{A/G}}), [[date:Sun 7 July]] approx 14:20
        [[aircraft_registration:G-CDWX]]: [[organisation:Hatherby Radio]], [[aircraft_registration:Golf Whiskey X-ray]], {{downwind}} two four, {{touch and go}}
        A/G: [[aircraft_registration:Golf Whiskey X-ray]], runway two four, {{surface wind}} two three zero one zero, one ahead on {{final}}
        [[aircraft_registration:G-BRPN]]: [[aircraft_registration:Golf Papa November]], final two four, full stop
        [[aircraft_registration:G-CDWX]]: [[aircraft_registration:Golf Whiskey X-ray]], {{base}} two four
        [[aircraft_registration:G-BRPN]]: [[aircraft_registration:Golf Papa November]] going around, traffic turned in ahead of me

        Report by [[name:Siobhán Gallagher]] ({{FI}}), in [[aircraft_registration:G-BRPN]] with student [[name:Arjun]]: the solo student in [[aircraft_registration:G-CDWX]] ([[name:Rhys]]) turned base early, inside us, without seeing us on a long final. Closest about 200 ft vertical and 0.3 nm. [[name:Rhys]] heard "one ahead" but thought he was the one. Learning for both: {{lookout}} before turning base, and listen to the picture, don't just say the calls.
    """)),
    ("aviation", "incident", block("""
        Tech log - [[aircraft_registration:G-BTLK]] ({{Cessna 152}})

        | Date | Pilot | Hrs | Defects / remarks | Sig |
        | [[date:12/06]] | [[name:N. Eze-Thompson]] | 1.1 | nil | [[name:NET]] |
        | [[date:12/06]] | [[name:K. Amoah]] | 0.9 | nil | [[name:KA]] |
        | [[date:13/06]] | [[name:M. Dudek]] ({{FI}}) | 1.4 | L {{fuel gauge}} over-reads approx 1/4 | [[name:MD]] |
        | [[date:14/06]] | [[name:J. Lindgren]] | 1.2 | nil | [[name:JL]] |

        Incident: [[name:Marek]]'s defect was written in the {{tech log}} but not transferred to the {{ADD}} sheet or placarded in the cockpit. On the [[date:14th]], student [[name:Jonas Lindgren]] flew a local {{detail}} relying on the gauge and the dip after landing showed about 6 L usable in the left tank - well below the {{reserve}} in the {{POH}}. Aircraft grounded until the sender unit was replaced by [[organisation:Skyline Aero Engineering]]. Reminder to all: always dip the tanks.
    """)),
    ("aviation", "near_miss", prose("""
        nearly went off w/ not enough fuel. booked [[aircraft_registration:g-olfs]] for the {{nav ex}}, gauges
        showed 3/4 but when i dipped it was barely 30L. previous pilot hadnt refuelled + hadnt written fuel state
        in the {{tech log}}. {{bowser}} was shut for lunch so i nearly thought sod it the gauges say its fine.
        [[name:Ayesha]] on the {{ops desk}} saw me looking at the {{dipstick}} & made me wait. 45 min delay but
        would of been v tight on {{reserves}} esp w/ the {{headwind}} on the way back. pls can we make fuel on
        landing a required field on the {{booking system}} - [[name:jonny w]] ({{PPL}} student, ~30hrs)
    """)),
    ("aviation", "success", block("""
        From: [[name:Dave Rennie]] <[[email:cfi@larkfieldflying.co.uk]]>
        To: instructors; students-list
        Date: [[date:Fri 26 April 2024]]
        Subject: Good decision making - diversion

        All,

        I want to share a great call by [[name:Kwabena Amoah]] on his {{solo cross-country}} yesterday in [[aircraft_registration:G-BRPN]]. The {{TAF}} was fine at departure, but approaching the second turning point he saw the {{cloud base}} lowering and showers ahead. Rather than pressing on he turned back early, told [[organisation:Westmoor Radar]] he was diverting, and landed at [[organisation:Swinford Aerodrome]]. He then rang the {{ops desk}} and sat it out with a coffee.

        [[name:Kwab]], as he insists we call him, said the {{alternate}} we made him plan on his {{PLOG}} was "the only reason I had an option". That is exactly why we make you plan one. No {{get-home-itis}} here.

        [[name:Dave]]

        [[name:Dave Rennie]]
        {{CFI}}, [[organisation:Larkfield Flying School]]
        [[phone:01632 960771]]
    """)),
    ("aviation", "incident", block("""
        Occurrence: heavy landing / {{nosewheel}} damage, [[aircraft_registration:G-CDWX]] ({{PA-28}} {{Warrior}})
        Date: [[date:Wed 10 April]]    Internal ref: [[case_reference:LFS-OCC-24-009]]
        PIC: [[name:Rhys Penhaligon]] (student, second solo consolidation)

        10:05 Briefed by Capt [[name:Yuen-Ting Lin]] ({{FI}}). Wind 270/14G22.
        10:30 Departed {{runway 24}}.
        10:52 Third circuit: flared high, floated, dropped onto the nosewheel, bounced twice. Went around on the second bounce as briefed.
        10:58 Full-stop landing, taxied to the {{apron}}.
        11:10 Student reported to the {{ops desk}}; aircraft grounded, {{tech log}} entry made by [[name:Yuen-Ting]].
        Findings: {{shimmy damper}} bracket cracked, {{firewall}} inspection by [[organisation:Skyline Aero Engineering]] - no further damage.
        Contributing: gusts close to the student's limits; his personal {{solo authorisation}} limits were not written on the {{auth sheet}} so the duty instructor didn't know them.
    """)),
    ("aviation", "near_miss", block("""
        [[organisation:LFS]] students 🛩
        [[date:02/03/2024]], 08:41 - [[name:Grace Oyelowo]]: is anyone in [[aircraft_registration:G-OLFS]] this morning? booking system has me 9-11
        [[date:02/03/2024]], 08:44 - [[name:Bill Tennant]]: i've got it 9-11 too?? already done the {{A check}} lol
        [[date:02/03/2024]], 08:46 - [[name:Ayesha]] (Ops): STOP both of you - [[aircraft_registration:G-OLFS]] has an open {{mag drop}} defect from yesterday, it's in the {{tech log}}. The booking system didn't block it. Sorry!!
        [[date:02/03/2024]], 08:47 - [[name:Bill Tennant]]: oops didn't read past the first page of the tech log 😬
        [[date:02/03/2024]], 08:48 - [[name:Ayesha]] (Ops): [[name:Bill]] take [[aircraft_registration:G-BTLK]], [[name:Grace]] rebook pls x

        Logged by [[name:Y. Lin]] ({{FI}}): near miss - a student completed the {{A check}} on an aircraft with an open defect and would have flown it solo. Actions: defects to sync with the booking system, and "read the tech log back to the last {{CRS}}" added to the student {{checklist}}.
    """)),
    ("aviation", "incident", block("""
        [[organisation:LARKFIELD FLYING SCHOOL]] - OCCURRENCE REPORT
        Name: [[name:Hannah Sørensen]]
        DOB: [[date_of_birth:21/07/2005]]        Age: [[age:18]]
        Student ref: [[case_reference:LFS-S-0418]]
        Address: [[address:8 Mallard Close, Hatherby]] [[postcode:HB3 5NW]]
        Mobile: [[phone:07700 900731]]
        Aircraft: [[aircraft_registration:G-BRPN]] ({{PA-28}})     Date: [[date:29/06/2024]]
        Occurrence type: {{lost / uncertain of position}}

        Narrative: On my {{solo nav}} leg back from [[organisation:Swinford Aerodrome]] I mistook a dual carriageway for the railway line, turned onto the wrong heading and was unsure of my position for about 15 minutes. I eventually called [[organisation:Westmoor Radar]] who identified me and gave me a steer home. Fuel was fine but I was quite shaken.

        Instructor comment ([[name:M. Dudek]]): should have used the {{5 Cs}} and asked for help sooner - a call to {{D&D}} on {{121.5}} is never wrong. Extra nav lesson booked before next solo.
    """)),
    ("aviation", "success", block("""
        [[organisation:Larkfield Flying School]] - {{Flight Safety Committee}}
        [[date:15 January 2024]], {{clubhouse}}

        Present: [[name:Dave Rennie]] ({{CFI}}, chair), [[name:Siobhán Gallagher]] ({{FI}}), [[name:Marek Dudek]] ({{FI}}), [[name:Ayesha Khatun]] (Ops), [[name:Terry Brannigan]] ("[[name:Tel]]", {{Safety Officer}})
        Apologies: [[name:Yuen-Ting Lin]], [[name:Joy Adeleke-Smith]]

        1. {{Just Culture}} reporting - 31 reports in 2023 vs 9 in 2022. Members say they feel safer reporting since the anonymous option was added. [[name:Tel]] thanked everyone who reported.
        2. Good catch: student [[name:Amara]] found water in the {{fuel drain}} sample from [[aircraft_registration:G-BTLK]] after heavy rain and refused the aircraft. [[organisation:Skyline Aero Engineering]] found a perished {{fuel cap}} seal. Committee awarded her the "{{Good Catch}}" mug.
        3. {{CAA}} {{Skyway Code}} - new edition to go in the {{briefing room}}.
        {{AOB}}: none.
    """)),
    ("aviation", "near_miss", block("""
        RT extract - [[organisation:Westmoor Radar]], [[date:Sat 22 June]]
        1422 [[aircraft_registration:G-OLFS]]: [[organisation:Westmoor Radar]], [[aircraft_registration:Golf Oscar Lima Foxtrot Sierra]], {{PA-28}}, solo student, request {{Basic Service}}
        1422 Radar: [[aircraft_registration:Golf Foxtrot Sierra]], Basic Service, {{QNH}} one zero one three
        1425 Radar: [[aircraft_registration:Golf Foxtrot Sierra]], you are two miles south of the [[organisation:Westmoor]] {{control zone}}, tracking towards it, not cleared to enter, turn right immediately heading one eight zero
        1425 [[aircraft_registration:G-FS]]: right one eight zero, [[aircraft_registration:Golf Foxtrot Sierra]]
        1426 Radar: [[flight_number:NVK218]], traffic information, light aircraft three miles, now turning away

        Report by [[name:Leilani Kahananui]] (student): I'd drifted north in the crosswind and hadn't noticed. The controller's call stopped an infringement. Glad I was talking to them and not just listening out. Learning: check the {{DI}} against the {{compass}} every 10 mins.
    """)),
    ("aviation", "incident", block("""
        #instructors | Slack

        [[name:siobhan.g]]  09:02
        Bad one to own up to. I authorised [[name:Kofi Mensah-Boateng]]'s solo circuits on [[date:Thurs 14 March]] and his {{Class 2 medical}} had expired on [[date:1 March]]. I checked the booking, not the {{student file}}. He flew 0.8 hrs solo in [[aircraft_registration:G-BTLK]].

        [[name:dave.rennie]]  09:10
        Thanks for flagging straight away. It's an invalid solo - we need an {{MOR}} to the {{CAA}} and to tell the insurers, [[organisation:Aerocover Underwriting]].

        [[name:siobhan.g]]  09:12
        Already drafted. [[name:Kofi]] has an {{AME}} appointment with Dr [[name:Petrov]] on [[date:the 20th]].

        [[name:marek.d]]  09:15
        to be fair the {{DTO}} system doesn't flag medicals at all. I'll add expiry dates to the sign-out sheet
    """)),
    ("aviation", "success", prose("""
        Dear all at [[organisation:Larkfield]], just a note to say thank you. Our son [[name:Sunny]]
        ([[age:17]]) passed his {{skills test}} on [[date:9 September]] with the {{examiner}}, Mr
        [[name:Whitcombe]]. He started at [[age:14]] with {{air experience}} flights through the {{Air Cadets}}
        and has talked about nothing else since. Special thanks to [[name:Siobhán]], who never gave up on him when
        he failed his {{Air Law}} exam twice, to [[name:Tel]] for the lifts home, and to [[name:Ayesha]] in the
        office for endless rebooking when the weather was bad. He flies out on [[flight_number:SKB341]] next week
        for his interview with the [[organisation:Skybridge Airways]] cadet scheme. With gratitude,
        [[name:Priti]] and [[name:Rakesh Malhotra]]
    """)),
    ("aviation", "near_miss", block("""
        OPS DESK HANDOVER - [[date:Fri 12 July]] pm
        From [[name:Ayesha]] to [[name:Jodie]]
        - [[aircraft_registration:G-CDWX]] back from maintenance, {{CRS}} signed, in the {{tech log}}.
        - [[aircraft_registration:G-BRPN]] out with [[name:Callum O-F]] on a solo nav, ETA 16:30.
        - NEAR MISS: the {{NOTAM}} for the air display at [[organisation:Swinford Aerodrome]] ({{RA(T)}} 13-14 July) wasn't on the {{briefing board}}. [[name:Siobhán]] spotted it at 15:10 while checking [[name:Callum O-F]]'s {{PLOG}} - his route went straight through it tomorrow. Re-planned before he went.
        - Please print the {{AIS}} NOTAMs every morning, not just {{Mondays}}.
        - {{Bowser}} key is in the drawer not on the hook.
    """)),
    ("aviation", "incident", prose("""
        {{carb icing}}?? engine went rough at 2000ft over [[address:Kelling Down]]. rpm dropped 200 & v rough.
        {{carb heat}} on - got rougher (normal!!) then cleared after ~30s but id already set up for a {{PFL}} so
        i landed at [[organisation:Oakfield Farm]] strip as a precaution. owner Mr [[name:Pettigrew]] v nice abt
        it. rang [[name:Dave]] who drove over w/ [[name:Marek]]. ground run ok, {{CFI}} flew it back. i hadnt done
        a carb heat check in the {{cruise}} for 20 mins cos i was busy w/ the nav. temp 12 dewpoint 9 = serious
        icing on the {{CAA}} chart. lesson learned. - [[name:amara]] ([[aircraft_registration:G-BTLK]])
    """)),
    ("aviation", "success", block("""
        Q2 first solos - what helped (for the instructors' meeting)

        Student                 Hrs at solo   Instructor   What helped
        [[name:N. Eze-Thompson]]        23.4          [[name:MD]]           {{chair-flying}} the {{EFATO}} drill at home
        [[name:Rhys Penhaligon]]         19.8          [[name:YTL]]          {{simulator}} session for flare judgement
        [[name:Precious Obi]]            31.0          [[name:SG]]           switched to early mornings - calmer winds
        [[name:Hugo de la Fuente]]       17.2          [[name:MD]]           ex glider pilot at [[organisation:Westmoor Gliding Club]]

        Average 22.9 hrs. No solo occurrences this quarter. [[name:Dave]] asked that the {{chair-flying}} card [[name:Marek]] made goes in every new student's pack.
    """)),
]

if __name__ == "__main__":
    write_records(OUT, build_records("blind213", REPORTS))
