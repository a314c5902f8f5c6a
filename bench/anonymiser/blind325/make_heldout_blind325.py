"""Held-out blind corpus 325: 50 hand-written UK incident, near-miss and success reports.

Written blind (without sight of the de-identifier or any other corpus) so that it measures how
well de-identification generalises. Every person, organisation, place and number is invented.

Settings:
- social_care (17): an unaccompanied asylum-seeking children's (UASC) team - age assessments,
  supported lodgings, Home Office correspondence, interpreters, the National Transfer Scheme.
- health (17): an integrated sexual health clinic - PEP, partner notification, outreach,
  the young people's clinic, results, LARC and vaccines.
- aviation (16): a helicopter emergency medical service - HEMS landing sites, critical care
  paramedics, night/NVG operations, ops desk and ATC.

Styles are deliberately mixed: rushed lower-case notes with typos and txt-speak, formal
narratives, chronologies with times, forms with Name/DOB/Ref/Address fields, e-mails with
headers and signatures, chat exports (Teams/WhatsApp/Slack with handles), handover notes,
minutes with attendance and apologies, pipe tables, radio/intercom transcripts, shout-outs
and thank-you notes.

Mark-up: [[label:value]] marks an identifier, {{term}} a must-not-redact mention (roles,
national agencies and frameworks, drugs and clinical terms, generic times, place types,
equipment and aircraft types, acronyms that look like initials).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from markup import block, build_records, write_records  # noqa: E402
from markup import flow as prose  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "corpus" / "heldout_blind325.jsonl"

REPORTS = [
    # ------------------------------------------------------------------ social_care (17)
    ("social_care", "incident", block("""
        visit note - [[name:ahmad k]] ref [[case_reference:UC/2231]]
        went to {{lodgings}} {{tues am}}. [[name:grace]] ({{provider}}) v worried, says hes not eating n sleeping in his coat.
        he showed me letter from {{home office}} re {{SEF}} - due back [[date:14th]]!! his {{solicitor}} never got a copy.
        checked {{LCS}} - letter went to old addr [[address:17 Ferncliffe Rd]], not lodgings. we never told {{HO}} about the move on [[date:2/10]].
        {{interpreter}} ({{Pashto}}) on phone line cut out twice, he just said "ok ok" to everything, dont think he got any of it.
        rang [[name:Tariq]] at [[organisation:Dalton Immigration Law]] - extension requested, waiting to hear.
        {{duty manager}} aware. 2nd time an address change hasnt gone to {{HO}} - need a proper step in the move process pls
        [[name:dk]]
    """)),
    ("social_care", "near_miss", block("""
        NEAR MISS REPORT - {{UASC}} TEAM
        Young person: [[name:Bereket Tesfay]]
        DOB (assessed): [[date_of_birth:01/01/2008]]
        LA ref: [[case_reference:UASC-40917]]    HO ref: [[case_reference:T1198204]]
        Placement: [[organisation:Hollins Row Lodgings]], [[address:4 Weaver Street, Brackley]] [[postcode:BK3 7HN]]
        Reported by: [[name:Ewa Kowalczyk]], {{Social Worker}}

        What happened:
        [[name:Bereket]]'s {{substantive asylum interview}} was booked for [[date:21 Nov]]. The {{interpreter}} request
        went in for {{Amharic}} instead of {{Tigrinya}}, and the taxi booking had him as "[[name:Bereket Tesfaye]]".
        Mr [[name:Haile]], his {{lodgings provider}}, spotted both when the confirmation text arrived the evening
        before and rang the {{EDT}} line.

        Outcome: interpreter rebooked for the morning, {{legal rep}} informed, interview went ahead. No harm.

        Learning: read back language AND dialect to the young person before booking; spelling of name to
        match the {{ARC}} card.
    """)),
    ("social_care", "success", block("""
        Teams - UASC Team > Shout-outs
        [[name:Hope Okonkwo]]  09:14
        Huge shout-out to [[name:Faith]] and [[name:Rashid]] on the {{out of hours}} rota. Sat night ([[date:3rd Feb]]) {{police}}
        brought in a [[age:15-year-old]] {{Vietnamese}} lad found in the back of a lorry at the {{services}}. [[name:Faith]] got a
        {{Vietnamese}} interpreter on the line at 2am, clocked the {{trafficking indicators}} (phone he wouldn't let go of,
        debt talk, an "uncle" ringing) and did the {{NRM}} referral there and then. [[name:Rashid]] found a {{specialist foster}}
        placement with Mrs [[name:Dao]] instead of lodgings. The last two boys like this went missing within 48hrs -
        [[name:Minh]] was still there at breakfast and starts {{school}} intake today.
        [[name:Tomasz W]]  09:21
        brilliant 👏👏
        [[name:Bash]]  09:30
        legends. [[name:Faith]] can u share the indicator list u used?
    """)),
    ("social_care", "incident", block("""
        Chronology - data breach (draft for {{IG team}})
        [[date:12/03/24]]
        10:05  [[name:SR]] finalised {{age assessment}} report for [[name:Abdelrahman Musa]] ([[case_reference:UASC-39882]])
        10:40  Report emailed to [[email:k.obi@brightwellsolicitors.co.uk]] - {{autocomplete}} picked the wrong [[name:Obi]].
               Correct rep is [[name:Kelechi Obi]] at [[organisation:Brightwater Immigration Law]] ([[email:k.obi@brightwaterlaw.co.uk]])
        11:15  [[organisation:Brightwell Solicitors]] rang {{duty line}} to say received in error
        11:20  Recall attempted - failed (external address)
        11:32  [[organisation:Brightwell]] confirm deletion in writing
        12:00  {{Team Manager}} [[name:Will Ashdown]] informed, {{DPO}} notified, {{Datix}} [[case_reference:W-20417]]
        14:30  [[name:Abdelrahman]] told via {{Arabic}} interpreter. He was upset that his {{date of birth}}, family
               details and account of his journey had been seen by strangers.
        Learning: switch off autocomplete for external addresses; send reports as protected links only.
    """)),
    ("social_care", "near_miss", block("""
        From: [[name:Deepa Raghunathan]] <[[email:deepa.raghunathan@harrowgate.gov.uk]]>
        To: UASC Managers
        Sent: [[date:15 January 2024]] 16:47
        Subject: near miss - {{NTS}} transfer today

        Hi all,

        One for the {{learning log}}. This morning [[name:Rebin]] ([[age:16]], {{Kurdish Sorani}}) was due to transfer under the
        {{National Transfer Scheme}} to [[organisation:Eastmoor City Council]]. The escort from [[organisation:SafeRoute Transport]]
        asked where his {{sertraline}} was - it was still in the locked cabinet at the {{lodgings}} and isn't on the
        {{transfer checklist}}. We also had his old mobile ([[phone:07700 900316]]) on the referral instead of the new
        one ([[phone:07700 900582]]).

        Both fixed before he left, and the receiving {{social worker}}, [[name:Kwabena]], confirmed by phone at 11:20.

        Can we add "medication in hand" and "number checked with YP" to the checklist?

        Thanks
        [[name:Deepa]]

        [[name:Deepa Raghunathan]] | {{Senior Practitioner}} | [[organisation:Harrowgate Borough Council]] | [[phone:01632 960418]]
    """)),
    ("social_care", "success", prose("""
        Good practice: {{age assessment}} for [[name:Yonas Gebremedhin]] ([[case_reference:UASC-41233]]), completed
        [[date:28 February]]. The {{Home Office}} had disputed his age at the port and he had spent nine days in an
        adult {{contingency hotel}}. [[name:Siobhán Ní Bhriain]] and [[name:Marcus Olawale]] ran a fully
        {{Merton}}-compliant assessment over three short sessions rather than one long interview, with a {{Tigrinya}}
        interpreter he had met before and an {{appropriate adult}} from [[organisation:Refugee Youth Link]]. They shared
        the {{minded-to}} findings with him and his {{legal representative}} and gave him a week to respond, in line
        with the {{ADCS}} guidance. Outcome: claimed age of [[age:16]] accepted. [[name:Yonas]] moved to
        [[organisation:Brookside Supported Lodgings]] the same week and started {{ESOL}} at
        [[organisation:Northway College]]. His {{IRO}} noted that he "finally sleeps". [[name:Marcus]] has offered to
        talk the team through the session plan at the next practice forum.
    """)),
    ("social_care", "incident", block("""
        HANDOVER {{EDT}} -> {{day team}}   [[date:Wed 14/02]]
        YP: [[name:Arjan Hoxha]] ([[age:17]])  ref [[case_reference:UASC-38810]]
        Placement: {{supported lodgings}}, [[address:22 Mill Lane, Thornby]] [[postcode:TH7 2WD]], provider Mr [[name:Pennington]]

        - [[name:Arjan]] not back by 22:00 {{curfew}}. Provider went to bed and only rang us at 07:10. Should have been
          reported at 22:30 per the {{missing protocol}}.
        - Reported to {{police}} 07:25, log [[case_reference:CAD-0417-140224]].
        - 09:40 police found him at [[organisation:Sparkle Hand Car Wash]], [[address:Unit 3 Canal Side Trading Estate]].
          Says he was "helping a friend". Dropped there by a silver Audi [[vehicle_registration:LM67 RZT]] - not the first time per provider.
        - {{Return home interview}} to book within 72hrs, {{Albanian}} interpreter pls.
        - {{CCE}} screening tool not done yet. {{MACE}} referral to consider.
        - Mr [[name:Pennington]] says he didn't know he could ring {{out of hours}} - no record he was ever given the {{EDT}} number.

        [[name:Lorna]] ({{EDT}})
    """)),
    ("social_care", "incident", block("""
        UASC Team Meeting - minutes
        Date: [[date:7 June 2024]]
        Present: [[name:Will Ashdown]] ({{chair}}), [[name:Hope Okonkwo]], [[name:Tomasz Wiśniewski]], [[name:Bashir Noori]],
        [[name:Siobhán]], [[name:Marcus O]]
        Apologies: [[name:Ewa K]], [[name:Pat Dunne]]

        3. Incident - interpreter confidentiality
        [[name:BN]] reported that YP [[name:Z.A.]] ([[case_reference:UASC-40102]]) has disclosed that the {{Dari}} interpreter
        at his {{LAC review}} on [[date:22 May]] has since contacted his cousin and repeated details of his journey and
        his father's death. [[name:Z.A.]] now refuses any interpreter from [[organisation:LinguaLink Services]].
        {{IRO}} Ms [[name:Achterberg]] informed.
        Discussion: we don't routinely ask YP whether they know the interpreter or share a community with them.
        Small {{Dari}}/{{Pashto}} pool locally.
        Actions:
        - [[name:Will]] to raise formal complaint with [[organisation:LinguaLink]] and ask for a named-interpreter exclusion (by [[date:14/06]])
        - All: ask YP at the start of every session "do you know this person?" - add to {{Signs of Safety}} prep sheet
        - [[name:Tomasz]] to look at telephone interpreting from out of area as default for {{Dari}}
        {{AOB}}: none
    """)),
    ("social_care", "near_miss", block("""
        [[date:18/04/2024]], 07:52 - [[name:Grace Mwangi]]: {{Morning}} [[name:Hope]] sorry for early msg
        [[date:18/04/2024]], 07:53 - [[name:Grace Mwangi]]: [[name:Musa]] has 2 boxes of his {{TB}} tablets, one from
        [[organisation:Tennant Pharmacy]] and one from [[organisation:Hallam Chemist]] on the high st. He was going to take both this morning,
        he says the {{GP}} said "take these" and the {{clinic}} said "take these"
        [[date:18/04/2024]], 07:54 - [[name:Grace Mwangi]]: I stopped him, he has not taken any yet
        [[date:18/04/2024]], 08:02 - [[name:Hope Okonkwo]]: Thank you [[name:Grace]]!! Please keep both boxes, don't give any
        til I speak to the {{TB nurse}}. What does it say on them?
        [[date:18/04/2024]], 08:04 - [[name:Grace Mwangi]]: {{Rifinah}} both. Same thing
        [[date:18/04/2024]], 08:31 - [[name:Hope Okonkwo]]: Spoke to Nurse [[name:Tembo]]. Double script because the {{IHA}}
        clinic and GP both prescribed. One box only, one dose a day, she is cancelling the GP one. I'll ring
        [[name:Musa]] with the {{Arabic}} line at 10
        [[date:18/04/2024]], 08:33 - [[name:Grace Mwangi]]: ok {{hope}} he is alright, he was worried he did something wrong
    """)),
    ("social_care", "success", block("""
        Card left at reception [[date:2 September]], translated from {{Pashto}} by our {{interpreter}} Mr [[name:Safi]]:

        "Dear [[name:Tom]] and [[name:Joy]], today I got my {{refugee status}}. When I came I was [[age:14]] and I did not
        speak English and I did not trust anybody. You came {{every week}} even when I was angry. Now I have a job at
        [[organisation:Kirkgate Bakery]] and college. Thank you for being my family here. [[name:Sami]]"

        Team note: [[name:Sami]] has had the same {{social worker}} ([[name:Tom Reilly]]) and {{personal adviser}}
        ([[name:Joy Adebayo-Clarke]]) since he arrived - four years without a change of worker, which his {{IRO}} says is
        rare. [[name:Joy]] helped him apply for his {{NI number}} ([[ni_number:JT 48 21 93 C]]) before his
        {{Pathway Plan}} review so he could start work the day after his {{BRP}} arrived. Worth sharing at
        {{Corporate Parenting Board}}.
    """)),
    ("social_care", "incident", prose("""
        On [[date:11 October]] the team was told by [[organisation:Claremont Accommodation Services]], the
        {{Home Office}} contractor, that a resident at the [[organisation:Parkview Lodge Hotel]] had said he was
        [[age:15]]. [[name:Mohamed Idris]] ({{HO}} ref [[case_reference:M2290475]]) had been {{age disputed}} on arrival
        and treated as an adult, sharing a room with two men. The previous night one of them hit him and took his
        phone; {{police}} attended (crime ref [[case_reference:46/88213/24]]). The referral had reached the {{MASH}}
        three days earlier but was logged as "adult - not for CSC" and closed by an unqualified worker without a
        manager check. [[name:Olu]] from our team collected [[name:Mohamed]] the same evening and he is now in
        {{emergency foster care}}. A short-notice {{age assessment}} is booked. Learning: any {{age dispute}} referral
        must be treated as a child until a {{Merton}}-compliant assessment says otherwise, and the {{MASH}} screening
        form now has a mandatory question on claimed age.
    """)),
    ("social_care", "near_miss", block("""
        Slack #uasc-duty  [[date:Thu 9 May]]
        @[[name:kerry.mcbride]] 14:02  anyone know [[name:Haroun]]'s uncle? man on phone says he's his uncle and wants the
        {{lodgings}} address so he can "bring food"
        @[[name:kerry.mcbride]] 14:03  he knows [[name:Haroun]]'s full name and {{DOB}}
        @[[name:olu.adeyemi]] 14:05  DO NOT give it. no uncle on file, [[name:Haroun]] told the {{age assessment}} he has no family in the UK
        @[[name:kerry.mcbride]] 14:06  ok i said i'd call back. number he gave [[phone:07700 900847]]
        @[[name:olu.adeyemi]] 14:07  screenshot it, pass to {{police}} via {{101}} and flag on {{LCS}}. ring the {{provider}}
        ([[name:Sunita]]) so she knows too
        @[[name:will.ashdown]] 14:15  good catch [[name:Kerry]]. for everyone: we NEVER confirm a YP's placement over the
        phone, even to "family". send me the {{101}} ref when u have it
        @[[name:kerry.mcbride]] 14:41  ref [[case_reference:PR-240509-0331]]
    """)),
    ("social_care", "success", block("""
        UASC good practice log - w/c [[date:4 March]]

        Date  | Worker               | YP (age)                              | What went well
        [[date:04/03]] | [[name:Bashir Noori]] | [[name:M.H.]] ([[age:16]])             | {{GP}} registration same day at [[organisation:Canal Street Surgery]], used the [[organisation:Open Door Health]] card
        [[date:05/03]] | [[name:Ewa K]]        | [[name:Nguyen Van Long]] ([[age:17]])  | {{ESOL}} place found mid-term at [[organisation:Northway College]]
        [[date:06/03]] | [[name:Tomasz]]       | [[name:A.S.]] ([[age:15]])             | {{CAMHS}} accepted on first referral - used the {{trauma screening}} tool
        [[date:08/03]] | [[name:Marcus O]]     | [[name:Dawit]] ([[age:16]])            | {{solicitor}} found in 2 days via [[organisation:Refugee Youth Link]] duty scheme

        Themes: same-day action, using {{voluntary sector}} partners, clear {{recording}}. Please add yours - [[name:WA]]
    """)),
    ("social_care", "incident", block("""
        [[date:mon 22/1]] - urgent
        prob with {{lodgings}} at [[address:9 Orchard Cl]]. {{provider}} [[name:Sunny Bhatia]] went abroad 4 a wk n didnt tell us,
        left [[name:kidane]] ([[age:16yo]]) on his own since {{thurs}}. gas meter ran out {{sat}} - no heating no hot water til i
        went round today. day was {{sunny}} but house freezing, he was in bed in his jacket. didnt know how to top up,
        no money left from {{weekly allowance}}. topped up £20 from {{petty cash}}, receipt in tray.
        rang [[name:Sunny]]'s mob [[phone:07700 900263]] - no answer, left vm.
        - {{respite cover}} shd have been arranged thru {{placements team}}, nobody knew
        - [[name:kidane]] says "its ok" but hes clearly not ok, v quiet. {{Tigrinya}} interpreter next visit
        - {{lodgings review}} needed?? [[name:will]] pls advise
        [[name:jm]]
    """)),
    ("social_care", "near_miss", prose("""
        Near miss - appeal hearing. On [[date:Friday 26th]] our {{admin officer}} [[name:Rose Kiplagat]] was clearing the
        post tray on the {{second floor}} and found an unopened {{First-tier Tribunal}} notice for
        [[name:Samir Haddad]] (appeal ref [[case_reference:PA/05123/2024]]) giving a hearing date of [[date:3 July]] -
        eleven days away. It had been addressed to the team rather than his {{solicitor}} and had sat in the tray for
        over two weeks because the {{social worker}} named on it, [[name:Lena Vogt]], left in {{spring}}. [[name:Rose]]
        rang his solicitor at [[organisation:Marlow & Ince]] that afternoon; they had not been served and have now
        asked for the bundle. [[name:Samir]]'s {{IRO}} has been told. Without [[name:Rose]] he could have missed the
        hearing and had his appeal treated as abandoned. Actions: post tray checked daily by the {{duty senior}};
        {{HMCTS}} letters scanned to the allocated worker's manager as well as the worker.
    """)),
    ("social_care", "success", prose("""
        Learning from good practice - [[name:Hiwot Berhane]], [[age:17]], {{UASC}} placed in {{supported lodgings}}.
        Her {{ESOL}} tutor at [[organisation:Northway College]], Mr [[name:Lindqvist]], noticed that she was collected
        every day by the same man in a grey Toyota ([[vehicle_registration:KY21 HPL]]) and that her phone was answered
        by him when the college rang. He shared this with the college {{DSL}}, who rang our {{duty line}} on
        [[date:30 January]]. [[name:Hope Okonkwo]] visited with a female {{Tigrinya}} interpreter, saw [[name:Hiwot]]
        alone, and she disclosed a debt for her journey. A {{strategy meeting}} was held the next day, an {{NRM}}
        referral made and the {{Independent Child Trafficking Guardian}} service allocated. [[name:Hiwot]] has moved
        to a placement out of area. What worked: a tutor who trusted his instinct, a {{DSL}} who knew the {{UASC}}
        indicators, and a same-day visit.
    """)),
    ("social_care", "incident", block("""
        From: Placements Admin <[[email:placements.admin@harrowgate.gov.uk]]>
        Sent: [[date:Tue 20 August 2024]] 12:03
        To: [[email:grace.mwangi@gmail.com]]; [[email:r.pennington58@hotmail.co.uk]]; [[email:sunita.lodgings@outlook.com]]; +14 others
        Subject: [[name:Yusuf Ahmadzai]] - lodgings move Friday

        ---- Incident report ({{information governance}}) ----
        The email above went to all 17 {{supported lodgings}} providers in the To line instead of {{Bcc}}, and the
        subject line named a young person and his move date. One provider, Mr [[name:Pennington]], replied-all
        asking why he'd been sent it. Recall sent 12:40, partly successful. [[name:Yusuf]] ([[case_reference:UASC-41770]])
        was told by [[name:Bashir]] with a {{Pashto}} interpreter and was worried the wrong people would find out where he
        lives. {{DPO}} informed; {{ICO}} threshold not met per {{IG}}. Sent by an agency temp in {{Placements}} on her
        second day, no {{GDPR}} training yet and no template. Reported by [[name:Ewa Kowalczyk]].
    """)),
    # ------------------------------------------------------------------ health (17)
    ("health", "incident", block("""
        [[date:sat 9/3]] - {{reception}} turned away a pt asking for {{PEP}} at 11:40 as {{walk-in}} was full, told come back {{mon}}.
        exposure was {{thurs}} ~23:00 so by mon = well past 72h. pt ([[name:Callum]], [[age:19]]) rang {{NHS 111}} who sent him to
        {{A&E}} at [[organisation:St Wilfrid's]], got {{PEPSE}} 18:10 sat, approx 43h. ok in the end but shd have been seen by us same day.
        spoke to [[name:Pat]] on desk - she didnt know PEP overrides the walk-in cap, nobody told new rec staff. not her fault.
        - PEP / {{sexual assault}} = always triage to the {{nurse}} on shift, never turn away
        - add to rec induction + laminate at desk
        - [[name:Callum]] booked f/u {{HIV}} test [[date:20/4]], hosp no [[case_reference:SW2281406]]
        [[name:kb]] ({{band 6}})
    """)),
    ("health", "near_miss", block("""
        INCIDENT FORM (near miss) - [[organisation:Calder Vale Sexual Health]]
        Ref: [[case_reference:DX-33190]]
        Date of event: [[date:14/05/2024]]
        Patient A: [[name:Aaliyah Brown]], DOB [[date_of_birth:03/09/1998]], NHS no. [[nhs_number:485 772 1368]]
        Patient B: [[name:Aaliya Browne]], DOB [[date_of_birth:30/09/1989]], NHS no. [[nhs_number:601 239 4578]]
        Reporter: [[name:Joy Mensah]], {{Health Adviser}}

        Description:
        Positive {{chlamydia}} {{NAAT}} result for Patient B was auto-matched to Patient A in the results queue (similar
        names, DOBs with the same digits). The {{SMS}} inviting treatment was ready to go to Patient A's mobile.
        [[name:Joy]] checked the {{DOB}} and sample barcode against the request form as per the {{SOP}} and found the
        mismatch before sending.
        Immediate action: result re-matched by the {{lab}} ([[organisation:Pennine Pathology]]); Patient B contacted and
        treated with {{doxycycline}} on [[date:15/05]].
        Contributing factors: {{fuzzy matching}} in the results system; no {{NHS number}} field on the outreach request form.
    """)),
    ("health", "success", block("""
        Teams - [[organisation:Calder Vale Sexual Health]] > General
        [[name:Ifeoma Nwachukwu]]  16:02
        Shout-out to [[name:Marek]] and [[name:Sunny]] from {{outreach}} 🙌 At the session at [[organisation:The Boiler Room Sauna]]
        on [[date:Weds 12th]], [[name:Marek]] did {{point-of-care}} {{syphilis}} tests on 14 men - two reactive. [[name:Sunny]]
        persuaded both to come to clinic the same night and {{benzathine penicillin}} was given by 20:00. {{Partner notification}}
        by [[name:Bill]] traced 6 contacts within the week, 2 more positives treated. Early {{secondary syphilis}} caught before
        anyone ended up with {{neurosyphilis}}. This is exactly what {{outreach}} is for.
        [[name:Bill Okafor]]  16:10
        team effort - [[name:Marek]]'s rapport at that venue is unreal
        [[name:Fenella Q]]  16:14
        ❤️ amazing work
    """)),
    ("health", "incident", block("""
        Chronology - safeguarding delay, {{young people's clinic}}
        Patient: [[name:Amber]] ([[age:14]]), hosp no [[case_reference:CV0087731]]

        [[date:Tue 2 April]]
        16:20  Attends for {{emergency contraception}}. Seen by {{nurse}} [[name:Leanne]]. Says boyfriend "[[name:Dez]]" is [[age:20]]
               and picks her up from {{school}} in his car.
        16:45  {{levonorgestrel}} given. {{Spotting the Signs}} proforma started, not finished (clinic overrunning).
        17:30  Clinic closes. No discussion with {{safeguarding lead}}. Notes say "F/U next wk".
        [[date:Tue 9 April]]
               {{DNA}}. [[name:Amber]] not contactable on mobile.
        [[date:Thu 11 April]]
        10:50  {{Health Adviser}} [[name:Joy]], reviewing DNAs, reads the notes and escalates to the {{safeguarding lead}},
               Dr [[name:Sandhu]].
        11:30  Referral to {{MASH}}; {{police}} informed.

        Learning: any under-16 with a partner more than 3 years older = same-day discussion with the safeguarding
        lead, no exceptions. Proforma must be complete before the young person leaves.
    """)),
    ("health", "near_miss", block("""
        From: [[name:Kavitha Ramasamy]] <[[email:kavitha.ramasamy2@nhs.net]]>
        To: Dr [[name:Ifeoma Nwachukwu]]
        Cc: {{ED pharmacy}}
        Date: [[date:Mon 3 June 2024]] 09:12
        Subject: PEP starter packs in ED - expired

        Hi [[name:Ifeoma]],

        On my monthly check I found that 4 of the 5 {{PEPSE}} starter packs ({{Truvada}} + {{raltegravir}}, 5-day) in the
        [[organisation:St Wilfrid's]] {{ED}} {{resus}} cupboard expired on [[date:31 May]]. The {{out of hours}} {{SHO}} used the
        fifth on {{Saturday night}}, so the next patient would have been offered an expired pack or nothing at all.

        I've replaced all five from our stock and changed the expiry tracker to flag 6 weeks ahead rather than 2.
        Could we add the ED packs to the {{HIV}} team's weekly checklist? Nobody else opens that cupboard.

        Kind regards,
        [[name:Kavitha]]

        [[name:Kavitha Ramasamy]]
        {{Specialist Pharmacist}}, HIV & Sexual Health
        [[organisation:Calder Vale Sexual Health]] | [[phone:01632 960771]]
    """)),
    ("health", "success", block("""
        Partner Notification Review - minutes
        [[date:19 July 2024]], {{Seminar Room 2}}
        Attendees: [[name:Bill Okafor]] ({{HA lead}}), [[name:Joy Mensah]], [[name:Inés Ortega]], [[name:Xu Lihua]], Dr [[name:Fitzgerald-Okafor]]
        Apologies: [[name:Rhodri Pugh]], [[name:Hodan]]

        1. {{Gonorrhoea}} cluster - [[organisation:Eastmoor University]] halls
        Index case (clinic no [[case_reference:CV0091274]]) named 4 contacts. Using {{digital PN}} and a pop-up at the
        freshers' fair, the {{HAs}} linked 11 cases in three weeks; all treated with {{ceftriaxone}} and all had
        {{test of cure}}. No {{resistance}} on culture. [[name:Xu Lihua]] built the contact map by hand from the
        {{GUMCAD}} extract and spotted two people using different names.
        2. What worked: {{PN}} started at first visit, not at result; same {{HA}} for the whole cluster ([[name:Joy]]).
        Actions:
        - [[name:Bill]] to write up for the {{BASHH}} regional meeting
        - [[name:Inés]] to ask {{UKHSA}} whether the map template can be shared
    """)),
    ("health", "incident", block("""
        WhatsApp "CVSH nurses 💜" - export, [[date:02/08/2024]]
        21:14 - [[name:Leanne]]: guess who was back in today... [[name:M.T.]] from {{Thursday}} clinic, 4th time this year 🙄
        21:15 - [[name:Leanne]]: [[name:Mark Tierney]] lol
        21:15 - [[name:Precious]]: [[name:leanne]]!! delete that, we cant put pts on here
        21:16 - [[name:Leanne]]: oops sorry 🙈 deleted
        21:30 - [[name:Agnieszka]]: still in my notifications tbh

        Reported next morning by [[name:Precious Dlamini]] ({{Band 7}}). A patient's name and attendance pattern were posted in
        a personal WhatsApp group of 23 staff. The message was deleted within a minute but was seen in previews.
        {{IG}} incident [[case_reference:DX-33412]]; {{Caldicott Guardian}} informed; [[name:Leanne]] has met her
        {{line manager}}. The group will be closed and the rota moved to an {{NHSmail}} Teams channel.
    """)),
    ("health", "incident", block("""
        HANDOVER - {{clinic coordinator}}, [[date:Mon 16 Sept]]
        - {{Vaccine fridge}} 2 ({{Room 4}}) alarm found by [[name:Sunny]] ({{HCA}}) at 08:05. Max/min 11.2 / 3.1°C. {{Data logger}}
          shows out of range from Sat 14:00, nobody in building over the weekend - fridge only has a local alarm.
        - Stock quarantined, NOT destroyed: {{HPV}} ({{Gardasil 9}}) x40, {{Hep B}} x25, {{MVA-BN}} x18. Labelled DO NOT USE.
        - Rang {{Screening and Immunisation Team}} + {{pharmacy}}, awaiting manufacturer advice.
        - Vaccinated from fridge 2 this morning before alarm found: [[name:Emre Yıldız]] ([[case_reference:CV0102288]]) and
          [[name:Haruto Sato]] ([[case_reference:CV0102301]]) - recall if advice = revaccinate.
        - Cause: plug half out, cleaner's trolley? {{Estates}} job [[case_reference:EST-77215]].
        - {{Datix}} [[case_reference:DX-33588]]. Remote alarm quote requested months ago, never approved.
        [[name:Fenella]]
    """)),
    ("health", "near_miss", block("""
        #results-team  [[date:Wed 23 Oct]]
        [[name:joao.ferreira]] 10:12  heads up - nearly sent a {{reactive}} result recall text to the wrong phone. [[name:Zainab Hassan]]
        ([[case_reference:CV0094410]]) has 2 mobiles on {{EPR}}: [[phone:07700 900725]] (main) and [[phone:07700 900916]] (alt)
        [[name:joao.ferreira]] 10:13  main one is her ex's. she changed it at last visit but rec added the new no. as alt not
        main. notes say "do not contact via ex - {{DV}}"
        [[name:hodan.warsame]] 10:15  omg. good catch [[name:João]]. did u send anything?
        [[name:joao.ferreira]] 10:16  no, saw the {{DV}} flag first. rang the alt, spoke to her, she's coming in at 2pm
        [[name:inesortega]] 10:20  will raise with rec lead - new number should replace, never add. {{IDVA}} to be told?
        [[name:hodan.warsame]] 10:22  yes, emailing [[name:Rosa]] ({{IDVA}}) now
    """)),
    ("health", "success", block("""
        From: "[[name:K. Adeyinka]]" <[[email:kayodeadeyinka91@gmail.com]]>
        To: {{clinic enquiries}}
        Date: [[date:5 November 2024]]
        Subject: thank you

        Hi, I don't know if this goes to the right person but I wanted to say thank you to the nurse [[name:Grace]] and
        the doctor (I think Dr [[name:Papadopoulou]]?) who saw me on the [[date:28th]]. I came in terrified after a
        {{reactive}} result on a {{home test kit}} and I was shaking. [[name:Grace]] sat with me for ages, explained it
        might be a {{false positive}}, got the {{confirmatory test}} done and rang me herself the next afternoon. It was
        negative. She also talked to me about {{PrEP}} without making me feel judged and I started it that day.

        Please pass this on.
        [[name:Kayode]]

        -- forwarded to team by [[name:Pat]] ({{reception}}): lovely one 💙
    """)),
    ("health", "incident", prose("""
        A Deaf patient, Ms [[name:Carys Whitlock]] ([[case_reference:CV0079156]]), attended for a booked {{IUD}}
        fitting on [[date:12 February]]. A {{BSL}} interpreter had been requested through {{Relay UK}} but the booking
        was never confirmed with [[organisation:SignBridge Interpreting]] and nobody checked on the day. Rather than
        rebook, the clinician went ahead using written notes with her partner interpreting. The {{consent form}} was
        signed, but during the procedure Ms [[name:Whitlock]] signed to stop and this was not understood for several
        seconds. The {{coil}} was fitted; she was distressed and later complained through {{PALS}}. She has told us she
        did not want her partner present and felt unable to say so. Learning: family members are never used to
        interpret for intimate procedures; interpreter confirmation is checked 48 hours before and the appointment is
        rebooked if it is missing; the {{clinician}} pauses and checks regularly when {{local anaesthetic}} is not used.
    """)),
    ("health", "near_miss", block("""
        {{LARC}} list [[date:Thurs 7/11]] - pre-list check by [[name:A.O.]]

        Time  | Patient             | Hosp no                       | Procedure                    | Issue found
        09:00 | [[name:R. Begum]]     | [[case_reference:CV0088120]] | {{Nexplanon}} removal/refit | none
        09:30 | [[name:Leila Haddad]] | [[case_reference:CV0090057]] | {{Cu-IUD}} fit              | {{lidocaine}} allergy on GP letter, NOT on our {{EPR}}
        10:00 | [[name:Ngozi A]]      | [[case_reference:CV0093398]] | {{IUS}} fit                 | none
        10:30 | [[name:Ffion]]        | [[case_reference:CV0095561]] | implant fit                  | no {{pregnancy test}} booked - added

        Near miss: [[name:Leila]] would have had {{Instillagel}} (contains lidocaine) at fitting. The allergy was in a
        scanned letter from [[organisation:Holmbrook Medical Practice]] but never coded. The pre-list check caught it.
        Suggest the check becomes standard - at the moment only [[name:Aoife]] and I do it.
    """)),
    ("health", "success", prose("""
        Success: {{young people's clinic}} drop-in at [[organisation:Greyfriars Academy]] on [[date:6 March]]. Our
        {{outreach nurse}} [[name:Hope Achebe]] saw a [[age:15-year-old]] asking for {{condoms}} and a {{chlamydia}}
        test. She completed a full {{Fraser guidelines}} and {{Gillick}} assessment and the {{Spotting the Signs}}
        proforma, which picked up that the young person's "boyfriend" was [[age:23]], gave her {{vapes}} and money, and
        had taken her to parties in another town. [[name:Hope]] spoke to the school {{DSL}}, Mrs [[name:Okwuosa]], before
        the young person left, and a {{MASH}} referral went in the same day. A {{CSE}} {{strategy meeting}} was held
        within 48 hours. The young person has stayed in touch with [[name:Hope]] and been to clinic twice since. Good
        practice: completing the proforma every time, even for a "quick" condom request, and using the relationship
        with the school {{DSL}} built over the last year.
    """)),
    ("health", "incident", block("""
        ugh. {{PN}} call today [[date:10/12]] - rang contact ([[name:Dan]]) for {{index}} pt [[name:J.R.]] re {{gonorrhoea}} exposure.
        he asked "was it [[name:Jess]]?" n i said "i cant say but shes fine now" - basically confirmed it. he then txtd her
        (she rang us crying). index hosp no [[case_reference:CV0097740]].
        told [[name:Bill]] straight away. {{Datix}} done [[case_reference:DX-34107]].
        - i know the {{BASHH}} PN standard, just got flustered as he was aggressive on the phone
        - need a script for "was it X?" qs + role play in {{HA}} training?
        - [[name:J.R.]] offered apology call w [[name:Bill]] tmrw + {{IDVA}} screen as shes scared of him
        [[name:ngozi]]
    """)),
    ("health", "near_miss", block("""
        Phone log - {{health adviser}} line, [[date:Sun 19 Jan]] ({{weekend on-call}})
        10:05  Call from [[name:Dominika]] ([[age:22]]). Sexual assault last night, not reported. Asking about {{HIV}} risk.
        10:12  Triaged for {{PEPSE}} - assailant's status unknown, {{receptive vaginal}}. Advised to attend
               [[organisation:St Wilfrid's]] {{ED}} now.
        10:15  Gave number for [[organisation:Juniper House SARC]]; she will think about {{police}}.
        10:20  End of call. Note written.
        13:40  Re-reading my note I realised I had not discussed {{emergency contraception}}. Rang back
               [[phone:07700 900439]] - no answer, texted.
        14:10  She rang back. Given PEPSE in ED, EC not offered ("they said ask the clinic"). Still within window for
               {{ulipristal}} - arranged via [[organisation:Lister Pharmacy]], [[address:41 Market Street, Calderbridge]].
        Learning: PEP and EC are separate checks. Our phone triage template prompts for PEP but not EC; ED proforma the same.
        [[name:F.O.]], {{HA}}
    """)),
    ("health", "success", block("""
        STAFF RECOGNITION NOMINATION
        Nominee: [[name:Amber Lewis-Nakamura]], {{Pharmacy Technician}}
        Nominated by: [[name:Rhodri Pugh]], {{Service Manager}}
        Date: [[date:22/11/2024]]

        Why: when the {{PrEP}} waiting list hit 400 in the {{summer}}, [[name:Amber]] redesigned the repeat pathway so
        stable patients get a 3-month supply by post, with the {{kidney function}} blood test done at the
        {{pharmacy hub}} instead of a full appointment. She piloted it with Dr [[name:Xu]] on 30 patients, sorted the
        tamper-proof packaging with [[organisation:NorthLink Couriers]] and wrote the {{SOP}} in her own time.
        The waiting list is now 46. Patient feedback: "didn't have to take a day off work". [[name:Amber]] never
        asks for credit - she deserves it.
        - [[name:Rhodri]]
    """)),
    ("health", "incident", block("""
        From: [[name:Inés Ortega]] <[[email:ines.ortega@nhs.net]]>
        Sent: [[date:Friday 13 December 2024]] 17:52
        To: Outreach Team; [[name:Marek Dvořák]]
        Subject: unlabelled samples from the van - [[date:12/12]]

        Hi both,

        Writing this up for {{Datix}} but wanted you to hear it from me first. {{NAAT}} swabs and {{serology}} from 9
        people at last night's session at [[organisation:Harbour Lights]] came back in one bag with no request forms
        and only first names on the labels. The {{lab}} ([[organisation:Pennine Pathology]]) rejected all of them.
        The van ([[vehicle_registration:YE70 KDN]]) label printer was out of paper and the backup forms weren't on board.

        We have mobile numbers for 6; [[name:Joy]] is ringing them tomorrow to recall. The other 3 gave first names
        only. The van stock checklist is attached - please sign it at the start of every session.

        [[name:Inés]]
        {{Clinical Lead}}, {{Outreach}}
    """)),
    # ------------------------------------------------------------------ aviation (16)
    ("aviation", "near_miss", block("""
        Extract - ops radio + intercom, [[flight_number:Helimed 58]] ([[aircraft_registration:G-NMAB]]), [[date:27 Nov]], night
        21:41  OPS ([[name:Kofi]]): [[flight_number:Helimed 58]], {{police}} at scene report {{power lines}} along the south side of
               the field. Not on the {{HLS}} database.
        21:41  58: Copied, thanks [[name:Kofi]].
        21:42  {{TM}} ([[name:Gethin]]): {{NVG}} on, I've got poles on the west edge, cables running east-west, maybe 30 ft.
        21:42  {{PILOT}} (Capt [[name:Hallworth]]): Visual with the poles, not the wires. Going around, climbing to 500 ft.
        21:44  TM: {{searchlight}} on. Wires across the southern third - our approach line went straight through them.
        21:46  PILOT: Landing the northern half, approach from the north-west.
        21:47  Down. Rotors running, {{CCP}}s out.
        Comment: the wires would have been very hard to pick up on {{NVG}} without the police call, which [[name:Kofi]] passed
        on without being asked. Site added to the database with a hazard note. {{MOR}} filed, ref [[case_reference:NMAA-OR-2291]].
    """)),
    ("aviation", "near_miss", block("""
        [[aircraft_registration:G-NMAC]] / [[flight_number:Helimed 59]]
        drone at {{HLS}} [[date:sat 6th]] ~1530, landing at [[organisation:Ashgrove RFC]] for a {{cardiac arrest}}. on short final
        {{TM}} ([[name:mags]]) spotted a {{drone}} hovering ~100ft over the posts, approx 50m off our line. went round, it moved
        off, landed on 2nd approach no dramas.
        police (PC [[name:Abbott]]) found the operator - a lad ([[age:13]]) flying his dads drone to film the match, didnt
        know what we were. no malice.
        pt handed to {{land crew}}, {{ROSC}} on scene, {{conveyed by road}}.
        - no {{NOTAM}} angle obvs, its a random field
        - worth a word with the club re the {{Drone Code}}? poster in the clubhouse?
        - {{CAA}} {{MOR}} done
        [[name:RH]]
    """)),
    ("aviation", "success", block("""
        Dear Mr [[name:Oyelaran]] and everyone at [[organisation:St Bede's Primary School]],

        On [[date:Tuesday 14 May]] our crew landed on your playing field to reach a {{motorcyclist}} badly injured on the
        main road outside. Your {{caretaker}}, [[name:Stan]], had every child inside within two minutes of hearing us,
        opened the back gate for the {{land ambulance}} and kept a nosy crowd well back from the {{rotor disc}}. It
        meant our {{doctor}} and {{paramedic}} were with the patient within four minutes of landing. He was flown to
        the {{major trauma centre}} and is recovering.

        Thank you for the drawings the children sent afterwards - [[name:Mark]] has put them up on the {{crew room}} wall.

        Kind regards,

        Dr [[name:Anya Petrov]]
        {{HEMS Doctor}}, [[organisation:Northmoor Air Ambulance]]
        on behalf of [[name:Mark Ebbs]] ({{CCP}}) and Capt [[name:Sandy Lau]] ({{pilot}})
    """)),
    ("aviation", "incident", block("""
        Timeline - {{downwash}} damage, mission [[case_reference:NM-24-3318]], [[date:02/08/2024]]
        14:02  Tasked by {{HEMS desk}} to {{RTC}}, [[address:Moor Road, Fellbeck]].
        14:19  Landed in field next to the {{layby}}. Downwash blew a {{wheelie bin}} into a parked Ford Fiesta
               [[vehicle_registration:YK19 FNO]], smashing the rear window. Owner Mrs [[name:Dawn Haigh]] at her gate.
        14:20  Crew did not see it; {{TM}} ([[name:Gethin Rees]]) focused on rotor clearance from the {{police cordon}}.
        15:05  Patient loaded after {{RSI}} on scene; lifted 15:08.
        15:40  Mrs [[name:Haigh]] rang ops on [[phone:01632 960552]] to complain.
        16:10  {{Ops Manager}} [[name:Neil]] called her back; insurance details given, claim ref [[case_reference:CLM-88104]].
        Learning: where time allows, do a low orbit for loose debris (bins, sheeting, trampolines) and ask the cordon to
        move them. [[name:Dawn]] said she'd have moved it if anyone had asked, and thanked us for the call back.
    """)),
    ("aviation", "near_miss", block("""
        OCCURRENCE REPORT (internal) - {{MOR}} candidate
        Report no:  [[case_reference:NMAA-OR-2304]]
        Date:       [[date:09 Jan 2025]]   Time: 19:55 local   Night: yes
        Aircraft:   {{AW169}} [[aircraft_registration:G-NMAB]]   Callsign: [[flight_number:Helimed 58]]
        Crew:       Capt [[name:S. Lau]] ({{PIC}}), [[name:G. Rees]] ({{TM}}), Dr [[name:Farida Yusuf]], [[name:M. Ebbs]] ({{CCP}})
        Phase:      {{cruise}}, 1500 ft, returning to base, no patient

        Narrative: left tube on the pilot's {{NVG}} went dark, then the right tube flickered. {{PIC}} went to
        instruments and handed look-out to the TM. {{Moonless}}, rural, very few cultural lights. Diverted to the lit
        {{helipad}} at [[organisation:Moorside General Hospital]] rather than the unlit base.
        Cause: battery pack at 10%. Packs had been swapped from the charging rack that evening; rack fuse had tripped
        but the charge indicator still showed green.
        Actions: voltage check at {{crew change}}, not the indicator; spare pack carried in the {{flight suit}}; rack
        on a monitored circuit. {{Engineering}} informed.
    """)),
    ("aviation", "success", block("""
        From: [[name:Sandy Lau]] <[[email:s.lau@northmoorairambulance.org.uk]]>
        To: Helipad Team, [[organisation:Moorside General Hospital]]
        Date: [[date:10 January 2025]]
        Subject: thank you - last night's diversion

        Hi [[name:Tunde]] and the {{porters}},

        Just a note to say thanks for last night. We diverted to you at short notice with an {{NVG}} fault on
        [[aircraft_registration:G-NMAB]], no patient on board and no booking. [[name:Tunde]] had the pad lights on and the
        {{fire cover}} out within 6 minutes of our call to {{switchboard}}, then found the crew a brew and somewhere to
        wait for the {{engineer}}. [[name:Big Al]] on {{security}} even drove [[name:Gethin]] to the car park for the spare kit.

        Much appreciated - not every hospital would do that at {{8pm}} on a {{Thursday}}.

        Cheers
        [[name:Sandy]]

        Capt [[name:Sandy Lau]]
        {{Line Pilot}} | [[organisation:Northmoor Air Ambulance]] | [[phone:01632 960114]]
    """)),
    ("aviation", "incident", block("""
        HANDOVER - day to {{night crew}}, base, [[date:Fri 21/3]]
        - {{CD}} check 19:00: {{ketamine}} 200mg/20ml - {{register}} says 6 amps in {{drug bag}} B, 5 found. Day crew
          ([[name:Mark Ebbs]] {{CCP}}, Dr [[name:Anya Petrov]]) gave 1 on mission [[case_reference:NM-25-0412]] but didn't
          sign it out of the register. [[name:Anya]] says they recorded it on the {{PRF}} and at {{ED}} handover.
        - Spoke to [[name:Mark]] by phone 19:25, he confirms. {{PRF}} [[case_reference:PRF-55071]] matches.
        - {{Accountable Officer}} Ms [[name:Kaur]] informed by email. Late entry made in register, witnessed by
          [[name:Femi]] and me.
        - {{midazolam}} and {{morphine}} counts correct.
        - Second time this quarter a CD has been given on scene and not signed out on return - suggest the
          register check becomes part of the post-mission {{restock}} card.
        [[name:Lukas]] (night {{CCP}})
    """)),
    ("aviation", "near_miss", block("""
        RT transcript from {{ATC}} tape, [[date:15/04/2025]] (times UTC)
        14:31:02  [[flight_number:Helimed 59]]: [[organisation:Fellbeck Radar]], [[flight_number:Helimed 59]], {{HEMS}} priority, passing
                  1200 ft, request zone transit direct [[organisation:Moorside General]].
        14:31:10  RADAR: [[flight_number:Helimed 59]], cleared zone transit not above 1000 ft, {{QNH}} 1009. Traffic {{A320}} on
                  the {{ILS}} {{runway 26}}, 6 miles.
        14:31:16  59: Not above 1000 ft, 1009, looking.
        14:32:40  RADAR: [[flight_number:EXS44TP]], traffic is a helicopter 2 miles left, 1100 ft indicated, northbound.
        14:32:48  [[flight_number:EXS44TP]]: {{TCAS}} {{TA}}, not visual.
        14:32:51  RADAR: [[flight_number:Helimed 59]], descend immediately 800 ft.
        14:32:53  59: Descending 800 ft, sorry, QNH was set 1019.
        Pilot note (Capt [[name:J. Okonedo]]): I read back 1009 but had 1019 set - about 280 ft high. Caught by {{ATC}}.
        TM cross-check of {{QNH}} after the frequency change didn't happen. {{MOR}} filed [[case_reference:NMAA-OR-2377]].
    """)),
    ("aviation", "success", block("""
        Clinical governance debrief - minutes
        Date: [[date:3 April 2025]]
        Present: Dr [[name:Farida Yusuf]] ({{chair}}), [[name:Lukas Brandt]] ({{CCP}}), [[name:Mark Ebbs]] ({{CCP}}),
        Capt [[name:Jide Okonedo]], [[name:Faith Oduya]] ({{HEMS desk}})
        Apologies: [[name:Rob H]], [[name:Mags]]

        Case: mission [[case_reference:NM-25-0590]], [[date:28/03]], night. Male, [[age:34]], {{crush injury}} at
        [[organisation:Holloway Quarry]].
        What went well: [[name:Faith]] spotted "trapped under a dumper" in the {{999}} call and dispatched us before
        the {{land crew}} arrived - call to lift 6 min. {{Quarry manager}} talked us onto a pre-surveyed {{HLS}}.
        {{Blood products}} (2 {{PRBC}}, 2 {{FFP}}) given on scene, {{REBOA}} not needed, {{major trauma centre}}
        pre-alerted with an {{ATMIST}}. Patient survived to discharge.
        Actions:
        - [[name:Faith]] to share her keyword list with the other desk
        - [[name:Jide]] to add the quarry sites to the HLS layer
    """)),
    ("aviation", "incident", block("""
        WhatsApp - "NMAA Base Crew", [[date:11/06/2025]]
        07:58 [[name:Gethin Rees]]: bowser driver from [[organisation:AeroFuel Services]] just refuelled [[aircraft_registration:G-NMAC]]
        without doing the water check. says he "did it at the depot"
        08:01 [[name:Sandy Lau]]: don't sign for it. nobody flies [[aircraft_registration:NMAC]] until we've sampled the sumps
        08:03 [[name:Gethin Rees]]: sampled - cloudy in the left sump, water bead at the bottom 😬
        08:05 [[name:Sandy Lau]]: aircraft OFF LINE. ringing [[name:Bjørn]] ({{eng}}). desk - we're unavailable, pls cover with
        [[flight_number:Helimed 58]]
        08:06 [[name:Faith Oduya]]: ok, {{ambulance control}} told
        08:40 [[name:Bjørn Halvorsen]]: bowser quarantined, supplier sending another. drain x3 then clean sample, back online approx 10:30

        Report: aircraft fuelled from a bowser with no pre-delivery sample; water found by the {{TM}} on his
        {{daily inspection}}. Tech log [[case_reference:TL-0988]]. {{Fuel quality}} is in the contract - supplier to explain.
    """)),
    ("aviation", "near_miss", block("""
        HLS issues log - {{Q2}} (to [[date:31/05]])

        Date           | Site                                              | Issue                                         | By               | Status
        [[date:02/05]] | [[organisation:Fellbeck Leisure Centre]] field     | new {{floodlight}} masts, not on database       | [[name:RH]]      | added
        [[date:09/05]] | [[address:Top Farm, Moor Road]]                    | cattle ran at the aircraft on landing           | [[name:Mags]]    | farmer Mr [[name:Whitaker]] ([[phone:07700 900158]]) to fence off
        [[date:17/05]] | [[organisation:Moorside General]] {{helipad}}      | {{windsock}} missing, wind taken from smoke     | [[name:J.O.]]    | {{Estates}} job raised
        [[date:23/05]] | [[organisation:Kingsgate Retail Park]]             | loose roof sheeting 20m from pad - {{FOD}} risk | [[name:Lukas]]   | site withdrawn

        Two of the four (cattle, sheeting) could easily have damaged the aircraft or hurt a crew member. Suggest
        re-survey of any site not visited in 12 months. [[name:Neil]], please take to {{safety meeting}}.
    """)),
    ("aviation", "success", block("""
        Handwritten card, scanned [[date:8 July 2025]]:
        "To the air ambulance crew who came to [[address:Lowfield Cottages]] on the [[date:19th of June]]. Our dad,
        [[name:Bill Hargreaves]] ([[age:71]]), had collapsed in the garden and you landed in the field behind the house.
        Thank you [[name:Rosie]], [[name:Lukas]] and the pilot whose name we never got. Dad is home and grumbling about
        hospital food. We will never forget how calm you were. Love from [[name:Bill]], [[name:Jean]] and all the family"

        Ops note: crew on [[case_reference:NM-25-1102]] were Dr [[name:Rosie Adjei]], [[name:Lukas Brandt]] ({{CCP}}) and
        Capt [[name:Jide Okonedo]] ({{pilot}}). {{STEMI}} with {{VF arrest}}; {{ROSC}} after two shocks, flown straight
        to the {{cath lab}}. Card passed to the charity team ([[email:supporters@northmoorairambulance.org.uk]]) with the
        family's consent.
    """)),
    ("aviation", "incident", prose("""
        On [[date:22 August]] [[flight_number:Helimed 58]] ([[aircraft_registration:G-NMAB]]) conveyed a
        [[age:6-year-old]] with {{scald}} burns to 20% of the body. The crew, [[name:Lukas Brandt]] ({{CCP}}) and Dr
        [[name:Rosie Adjei]], sent a pre-alert to [[organisation:Moorside General Hospital]] {{ED}}. In flight, after a
        call with the {{trauma desk}}, the destination was changed to the {{paediatric burns unit}} at
        [[organisation:Queen Margaret Children's Hospital]]. The pilot told the {{HEMS desk}}, but no new pre-alert
        was sent, and each crew member believed another had done it. On landing at the {{rooftop pad}} there was no
        team waiting; the child waited seven minutes in the lift lobby with the crew until a {{paediatric registrar}}
        arrived. No lasting harm, but pain relief was due and the child was distressed. Learning: a change of
        destination is a new pre-alert, made by the {{HEMS desk}} and read back to the crew; the CCP confirms it on
        the intercom before landing.
    """)),
    ("aviation", "near_miss", block("""
        #ops-night  [[date:Sat 18 Oct]]
        @[[name:jide.okonedo]] 22:05  declined [[case_reference:NM-25-1788]] ({{cardiac arrest}}, high moor). {{TAF}} fine but the
        {{webcam}} at the mast shows cloud on the tops and we'd be on {{NVG}} over rising ground
        @[[name:faith.oduya]] 22:06  ok. desk asking if [[flight_number:Helimed 59]] can go instead?
        @[[name:jide.okonedo]] 22:07  same weather for them. pls don't ask them "because 58 said no" - let them make their own call
        @[[name:rob.hallworth]] 22:09  agree. [[flight_number:Helimed 59]] also declining
        @[[name:faith.oduya]] 22:31  {{land crew}} on scene report fog, 30m vis on the top road
        @[[name:rob.hallworth]] 22:40  for the record, the pressure on the phone to "just have a look" was real. flagging as a
        near miss so we can talk about {{weather shopping}} and {{IIMC}} at the next {{CRM}} day
        @[[name:jide.okonedo]] 22:41  👍 thanks [[name:Rob]]
    """)),
    ("aviation", "success", block("""
        quick one for the good news board - nite of [[date:4/9]], {{paed arrest}} at [[address:14 Sycamore Drive, Ellerby]] [[postcode:EL4 9RB]].
        [[name:faith]] on the desk activated us off the {{999}} call, didnt wait for land crew.
        landed on [[organisation:Ellerby Primary]] field over the road - on the db as {{night}}-capable, {{NVIS}} recce 1 orbit, no dramas.
        [[name:lukas]] + dr [[name:rosie]] on scene 14 min after call. land crew [[name:Ahmed]] + [[name:Jo]] already doing great {{CPR}}.
        child ([[age:4]]) {{ROSC}} after 11 min, {{RSI}} on scene, flown to [[organisation:Queen Margaret Children's]] {{PICU}}.
        {{police}} closed the road so we hardly needed the {{searchlight}}. family spoke to [[name:rosie]] this wk, child home.
        thx all - [[name:mags]]
    """)),
    ("aviation", "incident", block("""
        From: [[name:Neil Castleford]] <[[email:neil.castleford@northmoorairambulance.org.uk]]>
        To: All Crew
        Sent: [[date:Mon 27 October 2025]] 10:15
        Subject: Incident - patient filmed at scene, [[case_reference:NM-25-1902]]

        All,

        At the {{RTC}} on [[address:Skipton Road, Thornby Bridge]] on {{Saturday}}, a man walked inside the {{rotor disc}} area while
        we were rotors running and filmed the patient on his phone. The clip, showing her face, was on {{social media}}
        within the hour. Her daughter, [[name:Summer]], saw it before the police had told the family. {{Police}} have
        asked for it to be taken down and the platform has now removed it.

        Two learning points: the {{TM}} owns the rotors-running area until shutdown, and we carry {{dignity screens}} -
        please use them. [[name:Summer]] has been offered a call with me and our {{patient liaison}} lead.

        [[name:Neil]]

        [[name:Neil Castleford]]
        {{Head of Flight Operations}}, [[organisation:Northmoor Air Ambulance]]
    """)),
]

if __name__ == "__main__":
    write_records(OUT, build_records("blind325", REPORTS))
