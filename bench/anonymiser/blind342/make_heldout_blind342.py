"""Held-out blind corpus 342: 50 hand-written UK incident, near-miss and success reports.

Written blind (without sight of the de-identifier or of any other corpus) so that it measures
how well the de-identifier generalises. Every person, organisation, place and number is
invented.

Settings:
- social_care (17): an independent fostering agency - supervising social workers, carer
  households, allowances and the fostering panel.
- health (17): the paediatric area of an emergency department - triage, sepsis screens,
  safeguarding flags, minors and majors.
- aviation (16): an area control centre - en-route sectors, handovers between controllers,
  level busts and conflict alerts.

Styles are deliberately mixed: rushed lower-case notes with typos and txt-speak, formal
narratives, chronologies with times, forms with Name/DOB/Ref/Address fields, e-mails with
headers and signatures, chat exports (Teams, WhatsApp, Slack) with handles, handover notes,
minutes with attendance and apologies, pipe-separated and aligned tables, RT transcripts,
shout-outs and thank-you notes.

Mark-up (see markup.py): [[label:value]] marks an identifier, {{term}} a must-not-redact
mention (roles, agencies, frameworks, drugs, equipment, place types, look-alike acronyms).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from markup import block, build_records, write_records  # noqa: E402
from markup import flow as prose  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "corpus" / "heldout_blind342.jsonl"

SOCIAL_CARE = [
    # 1 - rushed lower-case visit note
    ("social_care", "incident", prose("""
        quick note b4 i forget - visited [[name:bev]] n [[name:tony hollis]] ({{carers}}, ref
        [[case_reference:FC-0372]]) re [[name:kayden]] [[age:9yo]]. [[name:bev]] says the {{LA}}
        ([[organisation:Kirkleigh Borough Council]]) havent paid {{allowance}} for 3 wks n shes
        covered school trip + uniform out of own pocket. also [[name:kayden]] came home from {{contact}}
        w/ bruise on upper arm on [[date:tues 4th]], [[name:bev]] wrote it in the {{daily log}} but didnt
        ring {{out of hours}} til next morning. told her shld be same nite. spoke to his
        {{social worker}} [[name:Precious Mhlanga]], ok with it but wants a {{body map}} on file -
        done + uploaded. need {{finance}} to chase {{LA}} asap, [[name:tony]] v stressed n
        mentioned giving notice. raising at {{supervision}} w/ [[name:Gwen]] thurs. [[name:rk]]
    """)),
    # 2 - formal narrative, near miss on an unredacted address
    ("social_care", "near_miss", prose("""
        On [[date:12 February 2024]] I was preparing the {{placement information record}} for
        [[name:Lily-Mae Corrigan]] (DOB [[date_of_birth:03/07/2016]]), who is placed with Mr and
        Mrs [[name:Okonkwo]] at [[address:14 Tansy Close, Hartley Green]], [[postcode:KB4 7RD]].
        The {{IRO}} had asked for it ahead of the {{LAC review}}. The copy I took from the shared
        drive was the unredacted version, and the invite list for the review included
        [[name:Lily-Mae]]'s {{birth mother}}, [[name:Shannon Corrigan]], who does not know where
        [[name:Lily-Mae]] lives. My {{team manager}}, [[name:Faith Adeyemi-Rowe]], spotted the
        carers' address on page 2 while countersigning and stopped the e-mail before it went.
        Nothing left the agency. Learning: the redacted template is now saved separately with
        REDACTED in the file name, and the {{Data Protection Officer}} and the {{DSL}} have been
        told. Logged as [[case_reference:LFF-NM-0093]].
    """)),
    # 3 - Teams shout-out
    ("social_care", "success", block("""
        Teams - SSW team chat
        [[name:Joy Nakamura]]  16:42
        massive shout out to [[name:Hope]] & [[name:Dev Raman]] 🙌 first {{respite}} weekend for
        [[name:Marcus]] ([[age:14]]) that didn't end in a {{missing episode}}. They planned it
        with him, got him to his football on {{Saturday}} and let him {{FaceTime}} his {{nan}}
        [[name:Sunny Barrington]]  16:45
        amazing!! hope someone told them
        [[name:Joy Nakamura]]  16:47
        yes rang [[name:Hope]] this afternoon. [[name:Marcus]]'s {{CAMHS}} worker also said it's
        the calmest she's seen him. Putting it in the {{Learning Bulletin}} and the
        {{annual review}} for [[name:Hope]] and [[name:Dev]]
        [[name:Gwen Tudor]]  16:51
        brilliant. this is what {{therapeutic parenting}} looks like. thanks [[name:Joy]]
    """)),
    # 4 - e-mail with headers and signature
    ("social_care", "incident", block("""
        From: [[name:Ewa Kowalczyk]] <[[email:e.kowalczyk@larchfieldff.co.uk]]>
        To: Fostering Duty <[[email:duty@larchfieldff.co.uk]]>
        Cc: [[name:Aled Pryce]]
        Date: [[date:Fri 8 March 2024]] 09:14
        Subject: Incident [[case_reference:LFF-INC-2024-031]] - safe care breach, [[name:Pritchard]] household

        Hi all,
        Reporting an incident from last night. Carer [[name:Mandy Pritchard]] went to hospital
        with her own {{mum}} and left the two boys in placement ([[name:Tyler]], [[age:11]], and
        [[name:Reece]], [[age:7]]) with her adult son [[name:Callum]] ([[age:19]]), who lives
        elsewhere and is not a {{DBS}}-checked member of the {{household}}. [[name:Mandy]] rang the
        {{out of hours}} line at 21:30 but only after she had left. [[name:Tyler]]'s
        {{social worker}} at [[organisation:Wenmouth City Council]] has been told and the {{LADO}}
        consulted - threshold not met, {{standards of care}} review instead.
        Actions: {{safe care plan}} updated, {{unannounced visit}} booked for next week,
        [[name:Callum]] offered a {{DBS}} if the family want him as a {{support carer}}.
        Thanks,
        [[name:Ewa]]

        [[name:Ewa Kowalczyk]] | {{Supervising Social Worker}}
        [[organisation:Larchfield Family Fostering]] | [[phone:01632 960 418]]
    """)),
    # 5 - chronology with times, transport near miss
    ("social_care", "near_miss", block("""
        Chronology - near miss, {{contact}} transport, [[date:Wed 20/03/24]]
        07:55 {{Escort}} [[name:Pat Oyelaran]] arrives at carers' home ([[name:Rose]] &
        [[name:Bill Tennant]]).
        08:05 Taxi from [[organisation:Swiftline Cars]] arrives, reg [[vehicle_registration:KN19 XFT]] -
        not the booked vehicle ([[vehicle_registration:LR68 PWU]]). Driver cannot show an
        {{ID badge}}.
        08:07 [[name:Rose]] refuses to hand over [[name:Amara]] ([[age:6]]) and rings the office.
        08:20 Office ([[name:Tomasz]]) finds the {{LA}} transport team changed the booking without
        telling us; driver is genuine but not on the approved {{escort}} list.
        08:40 Booked car arrives. [[name:Amara]] gets to {{contact}} 25 mins late; birth dad told
        by the {{contact supervisor}}.
        Learning: [[name:Rose]] did exactly the right thing. Any transport change must now be
        e-mailed to the {{SSW}} and the carer. Ref [[case_reference:NM-24-112]].
    """)),
    # 6 - fostering panel minutes
    ("social_care", "success", block("""
        MINUTES - {{Fostering Panel}}, [[date:17 April 2024]]
        Present: Dr [[name:Ruth Ambrose]] ({{Independent Chair}}), [[name:Colin Baptiste]]
        ({{social work member}}), [[name:Nkechi Obi]] ({{care-experienced member}}),
        [[name:Grace Whitlock]] ({{panel adviser}})
        In attendance: [[name:Hywel Jenkins]] ({{Agency Decision Maker}}, observing)
        Apologies: [[name:Siddharth Menon]] ({{medical adviser}}), [[name:Anne-Marie Loiseau]]
        Minutes: [[name:Ola]] ({{panel administrator}})

        Item 3: Annual review - [[name:Wyn]] and [[name:Carys Llewellyn]], [[case_reference:FC-0448]]
        {{SSW}} [[name:Aled Pryce]] presented. Panel noted the carers' outstanding work with
        [[name:Jayden]] ([[age:15]]), who sat his mocks at [[organisation:St Enoch's Academy]]
        after two years out of education. {{TSD Standards}} complete.
        Recommendation: continued approval, unanimous.
        The Chair thanked [[name:Carys]] and [[name:Wyn]]; item to be shared in the
        {{Learning Bulletin}} as good practice.
    """)),
    # 7 - incident form
    ("social_care", "incident", block("""
        INCIDENT FORM - [[organisation:Larchfield Family Fostering]]
        Child name: [[name:Zainab Haddad]]
        DOB: [[date_of_birth:22/11/2011]]
        Child ref: [[case_reference:LFF-C-3391]]
        Placing authority: [[organisation:Kirkleigh Borough Council]]
        Carer(s): [[name:Marek]] & [[name:Joanna Zielinski]]
        Carer address: [[address:7 Orchard Rise, Pelham Cross]], [[postcode:WN7 2HL]]
        Date/time: [[date:02/05/2024]] approx 22:40
        Type: {{Missing from care}}
        Description: [[name:Zainab]] ([[age:12]]) left the house after an argument about her
        phone. Carers followed the {{missing protocol}}, rang police at 23:10 (log
        [[case_reference:PL-240502-0871]]) and {{EDT}}. Police found her at a friend's at 01:15
        and brought her home. {{Return home interview}} to be offered by the {{LA}}.
        Reported by: [[name:Joanna Zielinski]]
        {{SSW}}: [[name:Femi Alade]]
    """)),
    # 8 - WhatsApp export, medication near miss
    ("social_care", "near_miss", block("""
        [[[date:03/06/2024]], 07:12] [[name:Lorraine]]: morning [[name:Femi]] sorry to msg early.
        nearly gave [[name:Ollie]] his {{melatonin}} twice last nite. [[name:Stu]] had already done
        it & didnt write on the {{MAR sheet}}
        [[[date:03/06/2024]], 07:15] [[name:Femi Alade]]: thanks for telling me [[name:Lorraine]],
        thats exactly what this is for. did he get a 2nd dose?
        [[[date:03/06/2024]], 07:18] [[name:Lorraine]]: no i checked the {{MAR}} before i popped
        it out & it was blank, asked [[name:Stu]] and he said hed done it. so nothing given. but
        could of been bad
        [[[date:03/06/2024]], 07:21] [[name:Femi Alade]]: ok. logging as a near miss. pls both
        sign the {{MAR}} straight after every dose from now & ill book the {{medication training}}
        refresher
        [[[date:03/06/2024]], 07:22] [[name:Lorraine]]: will do 👍 [[name:Stu]] says sorry
    """)),
    # 9 - thank-you card
    ("social_care", "success", block("""
        Shared with permission - card received [[date:28/06/24]]
        "Dear [[name:Amber]] and [[name:Kwame]],
        thank you for putting up with me for 3 years!! you never gave up even when i kicked off at
        [[organisation:Ferncliffe Academy]] and got excluded. i got into
        [[organisation:Wenmouth College]] to do {{Level 3}} childcare and im {{Staying Put}} with
        you 😊 love you loads, [[name:Tia]] xx"

        {{SSW}} note ([[name:Siobhan O'Rourke]]): [[name:Tia]] turned [[age:18]] last month. When
        she arrived [[age:aged 15]] she had already had six {{placement moves}}. [[name:Amber]] and
        [[name:Kwame]] used {{PACE}} consistently and fought to keep her school place. Nominating
        them for {{Foster Carer of the Year}}.
    """)),
    # 10 - formal narrative, data breach by autocomplete
    ("social_care", "incident", prose("""
        On [[date:9 July]] at about 15:20 I e-mailed the updated {{delegated authority}} form for
        [[name:Harvey Quint]] ([[age:13]]) to foster carer [[name:Deborah Sowande]] at
        [[email:debs.sowande@outlook.com]]. It should have gone to his carer
        [[name:Debra Sowerby]]; autocomplete picked the wrong contact. The form included
        [[name:Harvey]]'s date of birth ([[date_of_birth:14/01/2011]]), his school and a summary
        of his {{CP}} history. [[name:Deborah]] rang within the hour, deleted it and confirmed in
        writing. Reported to our {{DPO}}; after a risk assessment it was judged not reportable to
        the {{ICO}}. [[name:Harvey]]'s {{social worker}} at
        [[organisation:Wenmouth City Council]] has been informed. Ref
        [[case_reference:DPB-2024-017]]. I have switched autocomplete off on my laptop. -
        [[name:Tomasz]], {{SSW}}
    """)),
    # 11 - rushed lower-case unannounced visit
    ("social_care", "near_miss", prose("""
        uv to [[name:precious]] + [[name:abdul]]'s today 2.30ish. all fine xcept {{meds cabinet}} in
        kitchen was unlocked w/ key in it & baby [[name:K]] ([[age:20 months]]) crawling abt.
        nothing out or taken. [[name:precious]] said her sister had been round n used it for her
        {{inhaler}}. talked thru {{safe care}}, key now on hook above door. will chk again on nxt
        {{unannounced}}. also [[name:abdul]] asking abt {{skills level}} 2 payment - said id ask
        [[name:marianne]] in {{finance}}. no other concerns, kids happy, house clean. ps
        {{smoke alarm}} test done. [[name:sam o]]
    """)),
    # 12 - formal good-practice narrative
    ("social_care", "success", prose("""
        When four siblings ([[age:2]], [[age:5]], [[age:8]] and [[age:11]]) were referred by
        [[organisation:Kirkleigh Borough Council]] on [[date:8 January]], the {{placement finder}}
        expected to split them. Our {{Supervising Social Worker}} [[name:Mark Ellery]] knew that
        carers [[name:Ifeoma]] and [[name:Jude Nwosu]] had just moved to a bigger house but were
        approved for three. He arranged an urgent {{exemption}} with the {{ADM}},
        [[name:Hélène Marchetti]], and took a {{change of approval}} to the {{Fostering Panel}} on
        [[date:24 January]]. The children moved together on [[date:26 January]] and have been
        settled for six months; the eldest, [[name:Liam]], is back full-time at
        [[organisation:St Cuthbert's C of E School]]. What made the difference: knowing our
        carers' circumstances, the {{ADM}} acting quickly, and the {{LA}} trusting us. Shared at
        {{team meeting}} by [[name:Mark]].
    """)),
    # 13 - pipe table, allowance payment errors
    ("social_care", "incident", block("""
        {{Finance}} incident - {{allowance}} run [[date:31/07/24]] - ref [[case_reference:FIN-INC-0722]]
        | Carer | Carer ref | NI no. | Issue | Fixed |
        |---|---|---|---|---|
        | [[name:Hope Fairweather]] | [[case_reference:FC-0215]] | [[ni_number:JT 48 29 61 C]] | paid to closed account | [[date:02/08]] |
        | [[name:Rajinder Gill]] | [[case_reference:FC-0307]] | [[ni_number:PR 73 61 04 B]] | {{skills payment}} missed | [[date:05/08]] |
        | [[name:Bill]] & [[name:Maureen Kenny]] | [[case_reference:FC-0119]] | [[ni_number:SK 20 93 57 A]] | {{mileage}} paid twice (£146.20) | recovered |
        Cause: bank details updated in {{HR}} but not in the payroll export, and a
        {{skills level}} change never keyed. Carers rang {{duty}} on [[date:1 Aug]] - Mr
        [[name:Gill]] had a {{direct debit}} bounce. Apology letters sent by
        [[name:Chidi Okafor]], {{Finance Manager}}. Two-person check of the export now in place.
    """)),
    # 14 - duty handover note
    ("social_care", "near_miss", block("""
        DUTY HANDOVER - [[date:Fri 16 Aug]] - [[name:Ade]] to weekend {{on-call}} ([[name:Will Shearer]])
        1. [[name:Sasha Petrenko]] ([[age:16]]) - carers [[name:Carol]] & [[name:Ian Blythe]].
        Near miss today: [[name:Sasha]]'s {{passport}} and {{placement plan}} left in the carers'
        car at the {{retail park}}, car unlocked for ~40 mins. Both recovered, nothing taken.
        [[name:Carol]] upset with herself. Advised documents stay at home in the locked box.
        [[name:Sasha]] is {{UASC}} so losing them would have been serious - {{Home Office}}
        appointment on [[date:3 Sept]].
        2. [[name:Nico]] - {{emergency placement}} with [[name:Faisal]] & [[name:Yasmin Qureshi]]
        still needs a {{placement agreement meeting}}; {{LA}} SW [[name:Rhiannon Beddoe]] on
        [[phone:07700 900 417]].
        3. Nothing else outstanding. Office mobile [[phone:07700 900 862]] on divert.
        [[name:Ade]]
    """)),
    # 15 - thank-you e-mail from the placing authority
    ("social_care", "success", block("""
        From: [[name:Rhiannon Beddoe]] <[[email:rhiannon.beddoe@wenmouth.gov.uk]]>
        Sent: [[date:23 September 2024]] 17:02
        To: [[name:Siobhan O'Rourke]]
        Subject: Thank you - [[name:Kai]]

        Hi [[name:Siobhan]],
        Just wanted to say a proper thank you to you and to [[name:Grace]] and
        [[name:Tomás Ferreira]]. When [[name:Kai]]'s move to {{adoption}} was delayed by the
        {{court}}, [[name:Grace]] and [[name:Tomás]] kept his routine going and made the
        {{life story book}} with him - the adopters said it was the best they'd seen. The
        {{Guardian}} mentioned it in her final analysis. I've fed this back to my
        {{Team Manager}} and the {{IRO}}. [[name:Kai]] ([[age:4]]) moved on
        [[date:19 September]] and the first {{post-placement visit}} went well.
        Many thanks,
        [[name:Rhiannon]]

        [[name:Rhiannon Beddoe]]
        {{Social Worker}}, {{Children in Care Team 2}}
        [[organisation:Wenmouth City Council]] | [[phone:01632 961 205]]
    """)),
    # 16 - Slack export with handles
    ("social_care", "incident", block("""
        #ifa-safeguarding (Slack export)
        @[[name:gwen.tudor]] 10:03 FYI logging an incident: carer [[name:Lesley Dunmore]] posted a
        photo on her public {{Facebook}} of [[name:Ruby]] ([[age:7]]) at sports day with the
        [[organisation:Holbrook Primary]] logo visible
        @[[name:femi.a]] 10:05 ugh. does [[name:ruby]]'s birth family know where she's at school?
        @[[name:gwen.tudor]] 10:06 no, that's the problem - birth dad [[name:Darren]] has a
        {{non-molestation order}}. Asked [[name:Lesley]] to take it down, done in 10 mins.
        {{DSL}} + {{LA}} SW told, ref [[case_reference:SG-24-0458]]
        @[[name:femi.a]] 10:09 {{social media}} rules are in her {{safer caring policy}}, she just
        forgot. shall I book her on the {{online safety}} course on [[date:14 Oct]]?
        @[[name:gwen.tudor]] 10:10 yes pls. and flag it for her {{annual review}} at {{Panel}}
    """)),
    # 17 - aligned-column audit table
    ("social_care", "success", block("""
        LEARNING REVIEW - {{Form F}} quality audit, quarter 2
        Reviewed by: [[name:Nkechi Obi]] and [[name:J.B.]] ({{Panel}} members)

        Household                 Ref       {{SSW}}         Finding
        [[name:Nasser]] & [[name:Leila Haddad]]      [[case_reference:FC-0502]]   [[name:E.K.]]     {{chronology}} exemplary
        [[name:Wiremu Tane]]              [[case_reference:FC-0507]]   [[name:Femi]]      strong {{eco-map}}
        [[name:Marguerite]] & [[name:Sunny Patel]]  [[case_reference:FC-0511]]   [[name:Aled]]      good {{references}}

        All three assessments went to {{Panel}} first time with no deferrals. The auditors singled
        out how [[name:Femi]] used the {{Signs of Safety}} scaling question with
        [[name:Wiremu]]'s teenage son. Template shared with the team.
    """)),
]

HEALTH = [
    # 1 - rushed lower-case note, missed sepsis screen
    ("health", "incident", prose("""
        pt [[name:alfie]] [[age:2y]], triaged 03:10 - {{HR}} 178, {{CRT}} 3 secs, {{mum}} says off
        feeds since yday. triage nurse scored {{PEWS}} 3 but no {{sepsis screen}} started & sent
        to {{minors}} as ?viral. i picked him up at 04:25 when obs repeated, {{HR}} 190 + mottled.
        {{sepsis 6}} started, {{ABx}} in at 04:52 = 1h42 from arrival. reg dr [[name:okafor]]
        aware, {{PICU}} at [[organisation:Castlebrook Children's Hospital]] consulted, no transfer
        needed. [[name:alfie]] ok this am on {{HDU}}. not blaming triage, dept was rammed (47 in
        the {{waiting room}}, 2 nurses short). hosp no [[case_reference:NGH4471902]].
        [[name:kez]] {{staff nurse}}
    """)),
    # 2 - formal narrative, same-surname labelling near miss
    ("health", "near_miss", prose("""
        At approximately 14:20 on [[date:6 November 2023]] two unrelated children with the same
        surname were in adjacent cubicles in {{Paeds Majors}}: [[name:Oliver Bennett]]
        ([[age:4 years]], NHS [[nhs_number:401 023 2137]]) and [[name:Olivia Bennett]]
        ([[age:3 years]], NHS [[nhs_number:485 777 3457]]). Printed labels for
        [[name:Olivia]]'s {{FBC}} and {{blood culture}} were put on the {{phlebotomy}} tray for
        [[name:Oliver]]. {{HCA}} [[name:Priya Ramaswamy]] noticed the first name did not match the
        wristband during the positive patient ID check and stopped before any bottle was labelled.
        No sample was taken under the wrong identity. Contributing factors: both children were
        booked in within four minutes of each other and the {{ED whiteboard}} shows surname only.
        Actions: {{name alert}} added to both records, whiteboard now shows first initial, and a
        reminder at the {{safety huddle}} by Sister [[name:Agnieszka Nowak]]. {{Datix}}
        [[case_reference:W128874]].
    """)),
    # 3 - shout-out
    ("health", "success", block("""
        ⭐ SHOUT-OUT - Paeds ED ⭐
        Huge thanks to {{HCA}} [[name:Sunny]] and {{staff nurse}} [[name:Bronwen Harries-Ito]] on
        nights [[date:Sat 18th]]. A [[age:6-week-old]] came in with {{mum}} for "a bit of a cough";
        [[name:Sunny]] noticed the baby grunting at {{triage}} and got her straight into
        {{resus}}. {{Sepsis screen}}, {{lumbar puncture}} and {{cefotaxime}} within 40 minutes of
        arrival. Baby now doing well on [[organisation:Bramley Ward]].
        [[name:Bronwen]] kept {{mum}} updated the whole time and made sure the {{CP-IS}} check was
        done even though it was 3am. Proper teamwork!
        - [[name:Chris]] ({{Nurse in Charge}})
    """)),
    # 4 - chronology with times, delayed antibiotics
    ("health", "incident", block("""
        TIMELINE - delayed {{antibiotics}}, [[name:Ayaan Siddiqui]] ([[age:9 months]]), MRN [[case_reference:K2210457]]
        [[date:14/01/24]]
        19:02 Booked in at {{reception}}; {{dad}} reports fever 39.6 and not feeding.
        19:31 {{Streaming}} nurse rates {{amber}}; no {{sepsis screen}} prompted.
        19:35 Back to the {{waiting room}}.
        20:48 {{Dad}} asks for review, child floppy. Moved to {{resus}}.
        20:55 {{Paeds Reg}} Dr [[name:Fiorella Castellano]] reviews, {{Sepsis 6}} started.
        21:20 {{IV access}} failed x2; {{IO}} by {{ED consultant}} Dr [[name:Hamish Taggart]].
        21:27 {{Ceftriaxone}} given (2h25 after arrival).
        22:40 Transferred to {{PICU}}, [[organisation:Castlebrook Children's Hospital]].
        Review: the {{streaming}} tool does not prompt a sepsis screen for febrile under-1s, which
        {{NICE}} {{NG51}} expects. Reported by [[name:Ewan]], {{Band 7}}. {{Datix}} [[case_reference:W131002]].
    """)),
    # 5 - safeguarding flag near miss
    ("health", "near_miss", prose("""
        Near miss - safeguarding. [[name:Kiera-Louise Stanhope]], [[age:14]], attended {{Minors}}
        on [[date:22/02]] with a wrist laceration she said was from glass. The {{CP-IS}} flag
        showing she is on a {{child protection plan}} with
        [[organisation:Wenmouth City Council]] was not opened by the {{ENP}} who saw her, and she
        was about to be discharged with {{Steri-Strips}}. The {{Play Specialist}},
        [[name:Rose Delacroix]], overheard [[name:Kiera-Louise]] telling a friend on the phone she
        didn't want to go home and asked the nurse to check. The flag was then seen, the
        {{Safeguarding Nurse}} ([[name:Temitope]]) was bleeped, {{CAMHS}} liaison reviewed her and
        her {{social worker}} ([[name:Dale Fenwick]]) was contacted before discharge. She went
        home with an agreed plan. Learning: the flag is easy to miss on the {{Symphony}} screen
        in {{Minors}}; {{IT}} asked to make the banner red.
    """)),
    # 6 - thank-you e-mail with signature
    ("health", "success", block("""
        From: [[name:Hamish Taggart]] <[[email:hamish.taggart@northmoor.nhs.uk]]>
        To: [[email:paeds.ed.nurses@northmoor.nhs.uk]]
        Date: [[date:2 March 2024]]
        Subject: Compliment - {{resus}} bay 2, [[date:Thursday 29th]]

        Team,
        Forwarding a lovely message from Mrs [[name:Anand]], {{mum}} of [[name:Riya]] ([[age:3]]),
        who came in with {{anaphylaxis}} after a cereal bar at
        [[organisation:Little Acorns Nursery]]. She wants to thank "the nurse with the purple
        hair" ([[name:Jade]]) and "Dr [[name:Will]]", who gave {{IM adrenaline}} within three
        minutes of arrival and a second dose at five. [[name:Riya]] was observed overnight on
        [[organisation:Bramley Ward]] and went home with two {{adrenaline auto-injectors}} and an
        {{allergy clinic}} referral. Mrs [[name:Anand]] said nobody made her feel silly for
        panicking. Thank you all.
        [[name:Hamish]]

        Dr [[name:Hamish Taggart]]
        {{Consultant in Paediatric Emergency Medicine}}
        [[organisation:Northmoor General Hospital]]
    """)),
    # 7 - incident form with patient fields
    ("health", "incident", block("""
        INCIDENT REPORT FORM
        Patient name: [[name:Mustafa Yilmaz]]
        DOB: [[date_of_birth:09/09/2019]]
        NHS no: [[nhs_number:612 839 0471]]
        Hospital no: [[case_reference:NGH3380615]]
        Address: [[address:Flat 3, 22 Weaver Street, Castlebrook]] [[postcode:NR12 8TS]]
        GP: [[organisation:Fennick Lane Surgery]]
        Date/time: [[date:27/03/2024]] 16:50
        Location: {{Paeds ED}} - {{cubicle}} 7
        Category: Medication - wrong dose
        Description: {{ibuprofen}} 10 mL of 100 mg/5 mL given to a [[age:4yo]] weighing 16 kg;
        correct dose 8 mL. Parent had also given a dose at home an hour earlier (not asked at
        {{triage}}). No harm; obs normal, discharged with {{safety-netting}} advice. Parents
        ([[name:Selin]] and [[name:Emre]]) informed and {{Duty of Candour}} letter sent.
        Reporter: [[name:Olumide Bankole]], {{RN}}
    """)),
    # 8 - Teams chat, 10x dose caught at second check
    ("health", "near_miss", block("""
        [Teams] Paeds ED nurses - {{majors}}
        [[name:Magda K]] 02:14  can someone 2nd check {{morphine}} for bay 4 pls
        [[name:Lewis Achebe]] 02:15  coming
        [[name:Lewis Achebe]] 02:22  for the learning log - bay 4 ([[name:Jacob]], [[age:11]],
        38 kg) was prescribed 38 mg {{IV}} on the {{drug chart}}, decimal point missed, should be
        3.8 mg. [[name:Magda]] spotted it against the {{BNFc}} before anything was drawn up.
        Dr [[name:Tanaka]] has rewritten it. Nothing given.
        [[name:Magda K]] 02:24  thank god. datix done [[case_reference:W133417]]
        [[name:Chris]] 02:30  great catch both 👏 will mention at {{huddle}} and to {{pharmacy}}
    """)),
    # 9 - nursing handover with a good-news item
    ("health", "success", block("""
        NURSE HANDOVER - Paeds ED - nights to days [[date:Sun 7 April]]
        {{Majors}} 1: [[name:Hollie Marsh]] [[age:15]] - {{DKA}}, {{insulin}} infusion per
        {{BSPED}}, awaiting {{HDU}} bed.
        {{Majors}} 3: baby [[name:Nowicki]] [[age:10 days]] - {{jaundice}}, {{SBR}} pending.
        {{Minors}}: 6 waiting, longest 2h10.
        GOOD NEWS for the learning log: [[name:Zayn]] ([[age:7]]), in at 23:00 with
        {{status epilepticus}}, managed exactly to {{APLS}} - {{buccal midazolam}} by
        {{paramedics}}, second dose at 5 min, {{levetiracetam}} by 25 min, seizure stopped, no
        {{intubation}}. Thanks to [[name:Anjali]] (reg) and [[name:Tomek]] for calm leadership.
        Parents very grateful.
        {{Safeguarding}}: nil new.
        Handed over by [[name:Kez]] to [[name:Femke]].
    """)),
    # 10 - governance minutes with attendance and apologies
    ("health", "incident", block("""
        Paeds ED {{Governance}} meeting - minutes - [[date:11 April 2024]]
        Present: Dr [[name:Hamish Taggart]] (chair), [[name:Agnieszka Nowak]] ({{Band 7}}),
        [[name:Pat Ilori]] ({{Safeguarding Nurse}}), [[name:Yusuf Demir]] ({{Pharmacist}}),
        [[name:Faith]] ({{PEF}})
        Apologies: Dr [[name:Fiorella Castellano]], [[name:Jack O'Dowd]] ({{Matron}})

        1. Incident [[case_reference:W131550]] - [[age:13-year-old]] discharged from {{Minors}};
        ankle x-ray reported overnight as a {{Salter-Harris}} II fracture but the discrepancy was
        not actioned for 5 days. Family re-attended on [[date:2 April]]. Moderate harm.
        Discussion: the {{hot report}} went to a shared inbox nobody owns at weekends.
        Actions: daily discrepancy check by the {{EPIC}} - owner [[name:HT]], by [[date:30 April]];
        [[name:Pat]] to check no safeguarding concern was missed; [[name:Faith]] to add it to
        induction.
    """)),
    # 11 - pipe table, triage delay
    ("health", "near_miss", block("""
        Triage delay - near miss - [[date:Tues 4 June]] evening
        | Time in | Patient | Age | Hosp no | Triaged | Comment |
        | 18:04 | [[name:Ellis Brannigan]] | [[age:8]] | [[case_reference:NGH5502231]] | 18:19 | ok |
        | 18:11 | [[name:Noor Al-Sayed]] | [[age:4]] | [[case_reference:NGH5502240]] | 19:27 | {{stridor}}, waited 76 min |
        | 18:15 | [[name:Freddie Cole]] | [[age:12]] | [[case_reference:NGH5502244]] | 18:30 | ok |
        [[name:Noor]]'s {{dad}} came to the desk at 19:20 saying she was "breathing funny".
        {{Reception}} ([[name:Gracie]]) called the {{triage nurse}} straight away;
        {{dexamethasone}} given 19:35, no {{nebulised adrenaline}} needed. Near miss because the
        wait was 76 min against the 15 min {{RCEM}} standard - one triage nurse covering
        {{adults}} and paeds since 17:00 due to sickness. Escalated to the {{site manager}}.
    """)),
    # 12 - family's card plus staff note
    ("health", "success", block("""
        Card on the staffroom board:
        "To everyone in the children's {{A&E}},
        Thank you for looking after our [[name:Maisie]] when she fell off the trampoline on
        [[date:May 12th]]. The lady on the front desk found her a teddy, Dr [[name:Sam]] fixed her
        arm and nurse [[name:Joy]] held her hand the whole time.
        Lots of love, [[name:Becky]], [[name:Lee]] & [[name:Maisie]] ([[age:5]]) xxx"

        Added by [[name:C.M.]] ({{Play Specialist}}): [[name:Maisie]] needed a manipulation under
        {{intranasal fentanyl}} and {{ketamine}}; the {{distraction}} plan with the {{iPad}} meant
        no holding was needed. Great example of the {{Sedation}} pathway working.
    """)),
    # 13 - e-mail, child left before assessment
    ("health", "incident", block("""
        From: [[name:Agnieszka Nowak]] <[[email:agnieszka.nowak@northmoor.nhs.uk]]>
        To: {{Safeguarding}} team <[[email:safeguarding.children@northmoor.nhs.uk]]>
        Date: [[date:Mon 15 July 2024]] 01:12
        Subject: URGENT - child left before assessment - [[case_reference:NGH6012877]]

        Hi,
        [[name:Leon Fairclough]] ([[age:15]], DOB [[date_of_birth:30/04/2009]]) was brought in by
        police at 22:40, found intoxicated at the bus station. He was triaged by [[name:Ifan]]
        ({{RN}}) and sat in {{Minors}} waiting. At 23:30 he was noticed missing. Police (log
        [[case_reference:CAD-0917-150724]]) and his {{mum}} were told; he is known to {{MASH}} and
        the {{YOT}}. [[name:Leon]] was found at home by 01:00.
        Issues: no observation level set, {{security}} not informed, {{missing child policy}} not
        started until 23:55.
        [[name:Agnieszka]]

        Sister [[name:Agnieszka Nowak]], {{Nurse in Charge}}, Paeds ED
        [[organisation:Northmoor General Hospital]] | [[phone:01632 962 774]]
    """)),
    # 14 - rushed lower-case allergy near miss
    ("health", "near_miss", prose("""
        nearly gave {{co-amox}} to [[name:faith okoro]] ([[age:6]]) in {{cubicle}} 3 - shes got a
        {{penicillin allergy}} on {{EPR}} but no red wristband + {{mum}} didnt mention it at
        triage. only caught it bc the {{pharmacy}} pop up came up when i went to sign. dr
        [[name:leung]] changed to {{clarithromycin}}. told {{mum}}, she said "oh yeah she came out
        in a rash when she was [[age:2]]". red wristbands had run out in paeds, had to get from
        adult side. stock now sorted ([[name:jas]] ordered). datix [[case_reference:W136120]].
        [[name:lou]]
    """)),
    # 15 - formal good-practice report
    ("health", "success", prose("""
        Good practice report. On [[date:3 August]], [[name:Delphine Mbeki-Sauer]], mother of
        [[name:Théo]] ([[age:11 months]], NHS number [[nhs_number:738 205 1161]]), used the
        {{parent escalation}} poster in the {{waiting room}} to ring the
        {{Critical Care Outreach}} number because her son "wasn't himself". [[name:Théo]]'s
        {{PEWS}} at triage had been 1. The outreach nurse, [[name:Gráinne Ó Súilleabháin]],
        reviewed him within 10 minutes, found him mottled with a {{CRT}} of 4 seconds and started
        the {{sepsis}} pathway. Blood cultures grew {{E. coli}} from a {{UTI}}. He went home after
        5 days of {{IV antibiotics}} on [[organisation:Bramley Ward]]. This shows the value of
        listening to parents; the poster is going up in {{Minors}} and {{reception}} too.
        Submitted by [[name:Pat Ilori]], {{Safeguarding Nurse}} and {{Deteriorating Patient}} lead.
    """)),
    # 16 - e-mail, missed safeguarding referral
    ("health", "incident", block("""
        From: [[name:Pat Ilori]] <[[email:p.ilori@northmoor.nhs.uk]]>
        To: Dr [[name:Anjali Raghunathan]]
        Cc: [[name:Jack O'Dowd]]
        Date: [[date:20/08/2024]]
        Subject: Missed referral - [[name:Amelia-Rose Pike]], [[case_reference:NGH6240019]]

        [[name:Anjali]],
        Flagging as an incident. [[name:Amelia-Rose]] ([[age:8 weeks]], NHS
        [[nhs_number:550 318 9248]], [[address:41 Kestrel Way, Upper Moorby]],
        [[postcode:NM3 6JW]]) attended on [[date:12/08]] with a bruise to her cheek. Your notes say
        "{{NAI}} not excluded - refer to {{MASH}}, discuss with {{CP}} consultant", but the
        referral was never sent and no {{skeletal survey}} requested. Her {{health visitor}}
        ([[name:Lorna]]) rang on [[date:19/08]] to ask what happened. Referral now made,
        {{strategy meeting}} on [[date:21/08]].
        It was a very busy shift - this is a systems issue (no referral prompt on the discharge
        screen), not a blame thing.
        [[name:Pat]]

        [[name:Pat Ilori]] | {{Named Nurse}} Safeguarding Children | [[phone:07700 900 553]]
    """)),
    # 17 - SBAR telephone referral
    ("health", "near_miss", block("""
        SBAR - phone referral, [[date:Wed 11 Sept]] 15:40
        S: Dr [[name:Grace Oyelowo]], GP at [[organisation:Fennick Lane Surgery]], referring
        [[name:Harrison Tait]] [[age:3yo]] with {{stridor}} at rest.
        B: {{croup}} twice before, no {{asthma}}. NHS [[nhs_number:367 904 8122]]. {{Mum}}
        ([[name:Kelly]]) has no car.
        A: {{sats}} 93%, marked {{recession}}.
        R: advised {{999}}; {{dexamethasone}} given in surgery.
        NEAR MISS: Dr [[name:Oyelowo]] first rang {{switchboard}} and was put through to the adult
        {{UTC}}, who said to send [[name:Harrison]] "to the walk-in". She rang back and got the
        {{paeds reg}} ([[name:Kwabena]]). If {{mum}} had taken him by bus it could have gone very
        wrong. {{Switchboard}} now has the paeds ED line at the top of its list.
        Taken by [[name:Kwabena Asante-Boateng]], {{ST5}}
    """)),
]

AVIATION = [
    # 1 - formal MOR narrative, level bust
    ("aviation", "incident", prose("""
        On [[date:9 February 2024]] at 1748 UTC [[flight_number:NLA512]], an {{A320}}
        ([[aircraft_registration:G-NLAF]]) operated by [[organisation:Northlight Air]], was
        cleared to climb to {{FL300}} in {{Sector 23}}. The crew read back {{FL300}} correctly but
        the {{SFL}} downlink showed {{FL320}}, which I did not notice. Traffic
        [[flight_number:CSK3307]], a {{B737-800}}, was level at {{FL310}} 7nm ahead, crossing left
        to right. {{STCA}} activated as [[flight_number:NLA512]] passed {{FL305}}; I gave avoiding
        action descent to [[flight_number:NLA512]] and turned [[flight_number:CSK3307]] right.
        Minimum separation 4.1nm/600ft. Neither crew reported a {{TCAS RA}}. {{Watch Supervisor}}
        [[name:Rhodri Vaughan]] informed and an {{MOR}} raised, ref
        [[case_reference:HWK-OR-24-0117]]. Learning: the {{SFL}} mismatch cue is small on the
        {{HMI}}; I now check it on every readback. Reported by the {{sector controller}}
        ([[name:TS]]).
    """)),
    # 2 - RT transcript, callsign confusion
    ("aviation", "near_miss", block("""
        RT TRANSCRIPT (extract) - [[organisation:Hawkridge ACC]] {{Sector 9}} - [[date:21/03/24]]
        1402:10 {{ATC}}: [[flight_number:Northlight five one two]], climb flight level three four zero
        1402:15 [[flight_number:NLA521]]: climb flight level three four zero, [[flight_number:Northlight five two one]]
        1402:22 {{ATC}}: [[flight_number:Northlight five two one]], negative, maintain flight level
        three zero zero, that clearance was for [[flight_number:Northlight five one two]]
        1402:28 [[flight_number:NLA521]]: maintain three zero zero, sorry, [[flight_number:Northlight five two one]]
        1402:31 {{ATC}}: [[flight_number:Northlight five one two]], climb flight level three four zero
        1402:35 [[flight_number:NLA512]]: climb three four zero, [[flight_number:Northlight five one two]]
        NOTE ([[name:Kasia W]], {{ATCO}}): both on frequency, same company, similar callsigns.
        [[flight_number:NLA521]] had started to climb ({{Mode C}} 300 to 303) before I caught it.
        No loss of separation. {{Callsign confusion}} report sent to
        [[organisation:Northlight Air]]. {{OJTI}} [[name:Declan]] was plugged in and heard it too.
    """)),
    # 3 - shout-out
    ("aviation", "success", block("""
        Shout-out 👏 Watch C, [[date:Sat 6 April]]
        Big thanks to [[name:Bethan]] on {{S14}}, who spotted that [[flight_number:BCG77K]]
        ([[organisation:Baltica Cargo]] {{B747}} freighter) had been given a {{direct routing}}
        straight through an active {{danger area}}. She re-routed it with 4 minutes to spare and
        sorted it with the {{military controller}}. Same session she took a {{bunching}} from
        [[name:Olu]] and still gave [[name:Jamie-Lee]] a textbook {{handover}} at 1530, checklist
        and all. That's the standard.
        - [[name:Marguerite]] ({{Watch Supervisor}})
    """)),
    # 4 - chronology, handover coordination lost
    ("aviation", "incident", block("""
        CHRONOLOGY - {{handover}} occurrence, {{S12}}/{{S13}}, [[date:02/05/2024]] (times UTC)
        0712 Controller A ([[name:GH]]) hands {{S12}} tactical to Controller B
        ([[name:Priyanka Sethi]]). {{Handover checklist}} not used; {{coordination}} agreed with
        {{S13}} for [[flight_number:AVX4402]] (descend {{FL260}} by the boundary) not mentioned.
        0715 [[flight_number:AVX4402]] ([[organisation:Aerovia Express]] {{E195}},
        [[aircraft_registration:EI-FKD]]) checks in at {{FL350}}.
        0719 {{S13}} {{planner}} phones: "where's your [[flight_number:AVX4402]] descent?"
        [[name:Priyanka]] descends it at once.
        0721 [[flight_number:AVX4402]] crosses the boundary at {{FL300}} not {{FL260}};
        {{S13}} stops [[flight_number:SRL219]] climbing at {{FL280}}. Separation kept (5.2nm) but
        the {{coordination}} was breached.
        0740 [[name:GH]] and [[name:Priyanka]] debriefed by the {{Watch Supervisor}}.
        Learning: use the checklist every time, even for short breaks. Ref
        [[case_reference:HWK-OR-24-0231]].
    """)),
    # 5 - rushed lower-case note
    ("aviation", "near_miss", prose("""
        quick one for the log - end of a long night, v tired. went to give
        [[flight_number:srl604]] fl270 but [[flight_number:nla1190]] was still at fl280 crossing
        9nm away, {{stca}} hadnt gone off yet. {{planner}} ([[name:tilly]]) said 'wait' just as i
        pressed {{ptt}}, caught it. never transmitted. if it had wd have been close. 3rd night
        running {{single manned}} after 0300 bc [[name:sunil]] went home sick. not a
        {{fatigue report}} as such but worth logging, also raising w/ {{watch manager}}
        [[name:mo]]. {{TRM}} works lol. [[name:ab]]
    """)),
    # 6 - e-mail from the watch supervisor
    ("aviation", "success", block("""
        From: [[name:Marguerite Duval-Hughes]] <[[email:marguerite.duval-hughes@hawkridgeacc.co.uk]]>
        To: Watch B
        Date: [[date:12 May 2024]]
        Subject: Great work yesterday - radar feed failure

        All,
        At 1422 yesterday we lost the main {{radar}} feed on {{S14}} and {{S15}} for 11 minutes and
        fell back to {{ADS-B}} only. [[name:Ciaran]], [[name:Yetunde]] and [[name:Hugo Lefèvre]]
        went to {{procedural}} separation with no losses, and [[name:Nell]] ({{ATCA}}) ran the
        strips without being asked. The captain of [[flight_number:NLA318]] rang afterwards to say
        it was the calmest service he'd had all year. The {{contingency}} drill from {{TRUCE}}
        clearly paid off.
        Thanks all,
        [[name:Marguerite]]
        {{Watch Supervisor}}, Watch B, [[organisation:Hawkridge ACC]]
    """)),
    # 7 - occurrence report form
    ("aviation", "incident", block("""
        OCCURRENCE REPORT
        Report ref: [[case_reference:HWK-OR-24-0302]]
        Date: [[date:17/06/2024]]   Time: 2231 UTC
        Unit: [[organisation:Hawkridge ACC]], {{Sector 5}}
        Type: {{Level bust}} (descent below cleared level)
        A/c 1: [[flight_number:CSK1741]] / [[aircraft_registration:G-CSKE]] / {{ATR 72}}
        A/c 2: [[flight_number:BCG303]] / [[aircraft_registration:LY-BCQ]] / {{B737-400F}}
        Cleared level a/c 1: {{FL190}}   Observed: {{FL176}}
        Min separation: 2.8nm / 800ft   {{STCA}}: yes   {{TCAS RA}}: a/c 2 (climb)
        Reporter: [[name:Idris Mwangi]], {{ATCO}}
        Narrative: [[flight_number:CSK1741]] read back {{FL190}} correctly but the crew set 170
        on the {{FCU}}. The {{SFL}} showed 170 but I was busy with {{weather}} deviations.
        [[flight_number:BCG303]] was level at {{FL180}} opposite direction. Avoiding action given;
        [[flight_number:BCG303]] followed a {{TCAS RA}}. Operator
        [[organisation:Celtic Skyways]] notified.
        Supervisor: [[name:Rhodri Vaughan]]
    """)),
    # 8 - Teams ops chat, airspace infringement
    ("aviation", "near_miss", block("""
        Teams - ops room chat - {{Watch A}}
        [[name:Jamie-Lee Okafor]] 09:12  heads up - just had [[aircraft_registration:G-ORVK]]
        ({{PA-28}}) squawking {{7000}} wander into the {{TMA}} at 4500ft without clearance, 3nm
        from [[flight_number:NLA2207]] descending into [[organisation:Exbridge Airport]]
        [[name:Ravi]] 09:13  wow. RA?
        [[name:Jamie-Lee Okafor]] 09:14  no, gave [[flight_number:NLA2207]] a turn and stopped
        it at 6000, closest ~1000ft/2.5nm. {{LARS}} at [[organisation:Exbridge Airport]] got hold
        of him after
        [[name:Ravi]] 09:15  send it to the {{airspace infringement}} team, they'll want the reg
        [[name:Will Osei]] 09:21  already done - {{CAA}} ref [[case_reference:AI-2024-06611]].
        nice work [[name:J-L]]
    """)),
    # 9 - safety group minutes
    ("aviation", "success", block("""
        Unit Safety Group - minutes - [[date:18 July 2024]]
        Attendees: [[name:Rhodri Vaughan]] (chair, {{Watch Supervisor}}), [[name:Sandrine Okoye]]
        ({{Safety Manager}}), [[name:Hope Mbatha]] ({{ATCO}}), [[name:Lars Engström]]
        ({{TRM}} facilitator), [[name:Deepa]] ({{Safety Analyst}})
        Apologies: [[name:Tadhg Ó Briain]], [[name:KJ]]

        1. Good catch of the quarter: [[name:Hope]], for the {{STCA}} response to
        [[flight_number:AVX881]] and [[flight_number:CSK2209]] on [[date:3 July]] - avoiding
        action within 6 seconds, minimum 3.9nm. Both crews wrote in.
        2. {{Handover checklist}} use up from 71% to 94% since the spring briefing.
        3. {{Callsign confusion}}: [[organisation:Northlight Air]] will renumber
        [[flight_number:NLA521]] as [[flight_number:NLA5KR]] from [[date:1 August]].
        Actions: [[name:Deepa]] to update the {{safety case}}; [[name:Hope]]'s catch to go in the
        {{Safety Bulletin}}.
    """)),
    # 10 - pipe table of conflict alerts
    ("aviation", "incident", block("""
        {{STCA}} log extract - {{S14}} nights [[date:23/08/24]] - incident [[case_reference:HWK-OR-24-0419]]
        | Time | A/c 1 | A/c 2 | Min sep | Controller | Note |
        | 0114 | [[flight_number:BCG91]] | [[flight_number:NLA8842]] | 4.6nm/1000ft | [[name:Ola]] | nuisance |
        | 0131 | [[flight_number:SRL706]] | [[flight_number:AVX3310]] | 2.9nm/700ft | [[name:Ola]] | {{LoS}} |
        | 0202 | [[flight_number:CSK51]] | [[flight_number:BCG91]] | 6.1nm/0ft | [[name:Ben R]] | resolved |
        At 0131 [[flight_number:SRL706]] was climbed to {{FL240}} through
        [[flight_number:AVX3310]] at {{FL230}}. [[name:Ola]] had taken over from
        [[name:Ben R]] four minutes earlier and the {{handover}} did not mention
        [[flight_number:AVX3310]]. No {{TCAS RA}}. Investigation by the {{Safety}} team under
        {{Just Culture}}; [[name:Ola]] offered {{CISM}} support.
    """)),
    # 11 - position handover note
    ("aviation", "near_miss", block("""
        POSITION HANDOVER - {{S9}} tactical - [[date:Sun 8 Sept]] 1358z
        From: [[name:KM]]   To: [[name:Francesca Russo]]
        Weather: {{CBs}} to the north, a/c deviating left of track.
        Traffic:
        - [[flight_number:NLA77]] {{FL360}} deviating 15L, wants back on track in 5 min
        - [[flight_number:CSK4410]] climbing {{FL300}}, coord with {{S10}} {{FL330}} at boundary
        - [[aircraft_registration:N512RW]] ({{G650}}, private) {{FL410}} direct
        Near miss: at 1349 I nearly transferred [[flight_number:CSK4410]] to {{S10}} before the
        agreed level; {{planner}} [[name:Mark]] stopped me.
        Equipment: {{CPDLC}} down on {{S9}} since 1300, {{engineering}} ref
        [[case_reference:ENG-77213]].
        Signed [[name:KM]] / [[name:FR]]
    """)),
    # 12 - thank-you letter from a captain
    ("aviation", "success", block("""
        Forwarded by the {{Unit Manager}}:
        "Dear [[organisation:Hawkridge Control]],
        On [[date:14 October]] I was captain of [[flight_number:SRL1148]]
        ([[aircraft_registration:G-SRLM]], {{Dash 8}}) when we declared a {{PAN}} for smoke in the
        cabin. The controller (I believe her name was [[name:Precious]]) gave us an immediate
        descent and vectors to [[organisation:Marlow Heath Airport]] without a single wasted word.
        With thanks, Capt [[name:Henrik Solberg]], [[organisation:Solent Regional]]"

        Well done to [[name:Precious Ndlovu]] and to {{planner}} [[name:Arjun]], who co-ordinated
        the descent through three sectors. Shared with the {{CAA}} as good practice.
    """)),
    # 13 - RT transcript, TCAS RA after overshoot
    ("aviation", "incident", block("""
        Transcript - [[date:29/10/24]] - {{S15}} - ref [[case_reference:HWK-OR-24-0577]]
        1822:04 {{ATC}}: [[flight_number:Baltica nine one kilo]], descend flight level two four zero
        1822:09 [[flight_number:BCG91K]]: descend two four zero, [[flight_number:Baltica nine one kilo]]
        1823:40 {{ATC}}: [[flight_number:Celtic two two zero niner]], climb flight level two three zero
        1823:45 [[flight_number:CSK2209]]: climb two three zero, [[flight_number:Celtic two two zero niner]]
        1824:12 [[flight_number:CSK2209]]: [[flight_number:Celtic two two zero niner]], {{TCAS RA}}
        1824:14 {{ATC}}: roger
        1824:30 [[flight_number:BCG91K]]: [[flight_number:Baltica nine one kilo]], er, level two
        four zero now, we overshot, sorry
        1825:05 [[flight_number:CSK2209]]: clear of conflict, returning to two three zero
        Controller note ([[name:Yetunde Adebayo-Clarke]]): {{SFL}} showed 240 but the aircraft
        went down to {{FL236}}. {{STCA}} at 1824:08, minimum 2.1nm/400ft. {{MOR}} filed;
        [[organisation:Baltica Cargo]] investigating their {{FMS}}.
    """)),
    # 14 - formal narrative, GA infringement
    ("aviation", "near_miss", prose("""
        On [[date:Saturday 16 November]] at 1105 UTC a {{Cessna 172}},
        [[aircraft_registration:G-BXTW]], climbed into {{controlled airspace}} without clearance
        while squawking {{7000}} with {{Mode C}}. It passed 2.4nm and 1100ft from
        [[flight_number:AVX207]], an {{E190}} descending towards
        [[organisation:Exbridge Airport]]. As the {{S16}} controller I saw the return, passed
        traffic information and a turn to [[flight_number:AVX207]], and asked
        [[organisation:Exbridge Radar]] to try the pilot on {{LARS}}. The pilot, from
        [[organisation:Wenmouth Flying Club]], later said his {{moving map}} had frozen. An
        {{airspace infringement}} report, [[case_reference:AI-2024-07188]], went to the {{CAA}}.
        Near miss rather than incident because [[flight_number:AVX207]] had not yet reached his
        level. Reported by [[name:Niamh]] ({{ATCO}}).
    """)),
    # 15 - thank-you note from a trainee to her instructor
    ("aviation", "success", block("""
        Pinned on the {{ops room}} board, [[date:20 December]]:
        "[[name:Lars]] - thank you for the last six months as my {{OJTI}}. Yesterday I validated
        on {{S9}} and the {{assessor}} ([[name:Sandrine]]) said my {{handovers}} were the best
        she'd seen from a {{trainee}}. That's down to you making me say the checklist out loud
        every single time, even at 0400 with two aircraft on frequency. Thanks also to
        [[name:Bethan]] and [[name:Olu]] for the {{sim}} runs. Cake in the {{rest room}}!
        [[name:Grace Kimura]]"
        {{Watch Supervisor}} note: [[name:Grace]] is the third {{validation}} from
        [[name:Lars]]'s trainees this year with no extension - worth sharing.
    """)),
    # 16 - chronology, prolonged loss of communication
    ("aviation", "incident", block("""
        INCIDENT CHRONOLOGY - {{PLOC}} - [[flight_number:AVX519]] - [[date:Tues 3 Dec]]
        1604 [[flight_number:AVX519]] ([[aircraft_registration:D-AVXM]], {{A321}}) transferred
        from {{S14}} to {{S15}} on 134.755; no call.
        1607 {{S15}} ([[name:Hugo]]) makes three blind calls, asks [[flight_number:NLA640]] to
        relay on {{121.5}}.
        1611 {{Watch Supervisor}} [[name:Marguerite]] alerts the {{military}} under the
        {{PLOC}} procedure.
        1613 Contact re-established; crew had set 134.575 (digits transposed).
        1616 {{QRA}} stood down.
        Finding: frequency passed correctly by {{S14}} ([[name:Tomasz]]) and read back
        correctly; crew set error. Logged as an incident because {{QRA}} was pre-alerted. Ref
        [[case_reference:HWK-OR-24-0611]].
    """)),
]

REPORTS = SOCIAL_CARE + HEALTH + AVIATION

if __name__ == "__main__":
    write_records(OUT, build_records("blind342", REPORTS))
