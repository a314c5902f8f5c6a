"""Held-out blind corpus 299: UK incident, near-miss and success ("learning") reports.

Fifty hand-written reports as front-line practitioners type them into a confidential
reporting system, written blind (without sight of the de-identifier or any other corpus):

* social_care (17) - a family group conference (FGC) service: coordinators, advocates,
  venues, invite lists, family plans and private family time;
* health (17) - a mental health crisis resolution and home treatment team: crisis line,
  home visits, place of safety, medicines and records;
* aviation (16) - a seaplane / floatplane operator: water runways, pontoons, amphibian
  gear, moorings, fuelling, load sheets and RT.

Styles are deliberately mixed: rushed lower-case notes with typos and txt-speak, formal
narratives, timed chronologies, forms with Name/DOB/Ref/Address fields, e-mails with headers
and signatures, chat exports (Teams, WhatsApp, Slack with handles), handover notes, minutes
with attendance and apologies, pipe tables, RT / call transcripts and thank-you notes.

All people, organisations, places and numbers are invented. Identifiers are marked
`[[label:value]]`; must-not-redact mentions (roles, agencies, drugs, equipment, generic
times and place types, acronyms that look like initials) are marked `{{term}}`.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from markup import block, build_records, write_records  # noqa: E402
from markup import flow as prose  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "corpus" / "heldout_blind299.jsonl"

REPORTS = [
    # ------------------------------------------------------------------ social care (FGC)
    ("social_care", "incident", prose("""
        {{fgc}} for the [[name:okafor]] kids was yday. sent the {{family plan}} out this am to
        [[email:j.okafor88@gmail.com]] - thats {{dad}} not {{mum}}!! mum is
        [[email:j.okafor86@gmail.com]], autofill picked the wrong one. dad is not supposed to
        have mums new addr bc of the {{non-mol}} and it was on p2 of the plan
        ([[address:14 Larch Close, Wendleby]] [[postcode:WB4 7RT]]). realised about 9.15 when
        mum rang me crying. emailed dad asking him to delete + confirm, nothing back yet. told
        my {{TM}} [[name:bernie]] and {{duty SW}}, {{datix}} ref [[case_reference:DX-2291-04]].
        police aware, mum staying w her sister {{tonight}}. lesson: stop using {{outlook}}
        autofill for family emails, check every address twice. [[name:kemi]] ({{fgc coord}})
    """)),
    ("social_care", "near_miss", prose("""
        On [[date:Thursday 6 June]] I was preparing for a {{family group conference}} for
        [[name:Selam Tesfaye]] ([[age:aged 11]]) and her family, due the following morning at
        [[organisation:Marlow Street Family Centre]]. The referral from the {{locality team}}
        said the family spoke {{Amharic}} and the interpreter booking with
        [[organisation:Linguaserve Connect Ltd]] was made on that basis. When I phoned the
        {{maternal grandmother}}, Mrs [[name:Gebremariam]], to confirm travel, it became clear
        the family speak {{Tigrinya}}; Amharic is a second language for {{mum}} only. Had we gone
        ahead, grandmother and two uncles would have been unable to follow the {{bottom lines}}
        from the {{social worker}} or take part in {{private family time}}. I rebooked a Tigrinya
        interpreter at 16:40 and the conference went ahead as planned. The language box on the
        referral is copied from the {{case management system}} and had not been updated for
        years. Learning: coordinators should confirm language with each family member at the
        first visit and not rely on the referral. Reported by [[name:Ottilie Brandt]],
        {{FGC Coordinator}}.
    """)),
    ("social_care", "success", block("""
        [Teams] FGC service - shout-outs
        [[name:Priya Raghunathan]]  10:42
        Massive shout-out to [[name:Hope]] for yesterday's conference for the
        [[name:Kowalczyk]] family 🙌 {{Dad}} walked in saying he wasn't staying and ended up
        writing half the plan himself. [[name:Hope]] got {{Babcia}} on video from Poland with a
        {{Polish}} interpreter and kept everyone on track through {{private family time}}.
        {{Social worker}} says the {{CP plan}} can step down to {{child in need}} at the
        {{review}} 👏
        [[name:Hope Adeyemi-Clarke]]  10:51
        aww thanks [[name:P]]! honestly it was the family who did it. [[name:Zosia]]
        ([[age:15]]) read out her own bit and that's what turned it
        [[name:Marcus]]  11:03
        Brilliant. Taking this to {{service meeting}} on {{Thursday}} as good practice.
    """)),
    ("social_care", "incident", block("""
        Chronology - {{FGC}} for [[name:Darnell]] & [[name:Tiana Whitlock-Reid]] - [[date:14/03/24]]
        Venue: [[organisation:Ashgrove Community Hall]], [[address:2 Tanner's Row, Eastmere]] [[postcode:EM3 9PQ]]
        09:30 Coordinator ([[name:Rhiannon]]) and {{advocate}} arrive, room set up.
        09:55 {{Mum}}'s ex-partner, [[name:Lee Garvey]], arrives uninvited. He is named in the
              {{bottom lines}} as having no contact. {{Reception}} had not been told.
        10:02 [[name:RM]] asks him to leave; he refuses, raises voice. Children in next room
              with {{family support worker}}.
        10:09 {{999}} called. Children moved to {{the kitchen}}, door locked.
        10:21 Police attend (log [[case_reference:CAD 0412-14/03]]), Mr [[name:Garvey]] leaves.
        10:40 Conference postponed. {{Nan}} takes children home.
        11:15 {{Team manager}} and {{allocated SW}} informed. {{Strategy discussion}} requested
              via {{MASH}}.
        Learning: venue staff need a "do not admit" list. Invites went out by group text and we
        think he saw Mum's phone.
    """)),
    ("social_care", "near_miss", block("""
        NEAR MISS REPORT - FAMILY GROUP CONFERENCE SERVICE
        Reporter: [[name:Tomasz Wiśniewski]] ({{coordinator}})
        Date of event: [[date:22 April 2024]]
        Child name: [[name:Faith Mbeki-Owusu]]
        DOB: [[date_of_birth:09/11/2013]]
        Ref: [[case_reference:FGC-24-0187]]
        Address: [[address:Flat 3, 41 Holloway Crescent, Brindley]] [[postcode:BR7 2HU]]
        School: [[organisation:Brindley Park Academy]]
        What happened: draft invite list, taken from the {{genogram}} on the referral, included
        a {{paternal aunt}} who has a {{restraining order}} re {{Mum}}. [[name:Faith]] said at
        the {{pre-meet}}: "Aunty [[name:Bisi]] can't come, Mum's got a paper on her". Invite was
        printed but not posted.
        Harm: none - caught before sending.
        Action: invite shredded, {{SW}} confirmed the order via {{MASH}}. Added a "court orders /
        no contact" question to the {{pre-meet checklist}}.
        Reviewed by: [[name:J.K.]] ({{Practice Lead}})
    """)),
    ("social_care", "incident", block("""
        From: [[name:Nadia Haddad]] <[[email:nadia.haddad@wendleby.gov.uk]]>
        To: {{FGC Service Manager}}
        Sent: [[date:Tuesday 7 May 2024]] 16:12
        Subject: Data breach - FGC minutes sent to wrong family member

        Hi [[name:Gwen]],

        Reporting a breach from this afternoon. I sent the typed minutes and {{family plan}} for
        the [[name:Ahmadi]] conference to {{maternal uncle}} [[name:Farhad]] instead of paternal
        uncle [[name:Farid]] - both saved in my phone as "Uncle [[name:F Ahmadi]]". The plan names
        [[name:Roya]]'s new school ([[organisation:St Cuthbert's C of E Junior School]]), which
        {{dad}} is not meant to know.

        [[name:Farhad]] rang me straight away; he has deleted it and confirmed by text. Logged as
        [[case_reference:IG-2024-0533]] and told the {{IG team}}, the {{DSL}} at school and the
        {{allocated social worker}}.

        Suggest we save contacts with relationship AND full name, and never send minutes to a
        group.

        Thanks,
        [[name:Nadia]]
        [[name:Nadia Haddad]] | {{Family Group Conference Coordinator}}
        [[organisation:Wendleby Borough Council]] | {{Children's Services}}
        [[phone:01632 960 442]]
    """)),
    ("social_care", "near_miss", block("""
        [[[date:09/05/2024]], 08:14] [[name:Sunny]]: morning!! at [[organisation:Oakfield Children's Centre]] for the 10am {{fgc}} and theres a baby massage class in our room 😬
        [[[date:09/05/2024]], 08:15] [[name:Sunny]]: {{reception}} say our booking was for next week
        [[[date:09/05/2024]], 08:17] [[name:Dawn Achterberg]]: omg. can they move them?
        [[[date:09/05/2024]], 08:19] [[name:Sunny]]: only other space is the open plan {{café}} bit. not discussing {{DV}} and {{CP}} stuff in front of the public, no way
        [[[date:09/05/2024]], 08:20] [[name:Dawn Achterberg]]: agree. try {{the library}}? i'll ring them
        [[[date:09/05/2024]], 08:31] [[name:Dawn Achterberg]]: sorted, [[organisation:Hartside Library]] room 2 from 9.45. I'll text the family
        [[[date:09/05/2024]], 08:33] [[name:Sunny]]: ur a star. {{Nan}} doesnt drive so i'll pick her up from [[address:27 Quarry Lane]]
        [[[date:09/05/2024]], 16:02] [[name:Sunny]]: for the {{near miss}} form - we need a confirmation email for every room booking, 2nd time this term
    """)),
    ("social_care", "success", block("""
        FGC Service - Learning Circle minutes, [[date:16 May 2024]]
        Present: [[name:Gwen Pryce-Jones]] (Chair, {{Service Manager}}), [[name:Bill Osei]],
        [[name:Ayesha Mirza]], [[name:Ciarán Ó Dálaigh]], [[name:Mei Ling Tan]] ({{Independent Advocate}})
        Apologies: [[name:Rose Hartigan]], [[name:Joy]] (student)

        Item 1 - Success: the [[name:Nguyen]] family conference
        [[name:Bill]] described an FGC held at {{the family home}} because {{grandad}} is housebound
        with {{COPD}}. Six relatives attended, two by {{video}} from abroad ({{Vietnamese}}
        interpreter). The plan kept [[name:Minh]] ([[age:8]]) and [[name:An]] ([[age:5]]) out of
        {{foster care}}: {{aunt}} [[name:Thu]] to move in for 12 weeks, weekly {{review}} by phone.
        The {{IRO}} has since ended {{PLO}} pre-proceedings.
        What worked: [[name:Ayesha]]'s visits beforehand, checking the Wi-Fi, and asking grandad
        where he wanted to sit.
        Action: [[name:Ciarán]] to draft a home-venue risk checklist by [[date:30 May]].
    """)),
    ("social_care", "incident", block("""
        Incident: invite texts sent to wrong numbers - [[organisation:Kestrel Family Conferencing CIC]]
        Conference ref [[case_reference:KFC/0931]], family: [[name:Lindqvist]], FGC [[date:Wed 29th May]]

        Invitee            | Relationship           | Number used     | Should have been
        [[name:Annika Lindqvist]]   | {{Mum}}                    | [[phone:07700 900274]]    | [[phone:07700 900118]]
        [[name:Pat Lindqvist]]      | {{maternal grandfather}}   | [[phone:07700 900391]]    | [[phone:07700 900274]]
        [[name:Yasmin Coates]]      | {{family friend}}          | [[phone:07700 900506]]    | [[phone:07700 900506]]

        Only [[name:Yasmin Coates]] got the right text. [[phone:07700 900391]] belongs to
        [[name:Sol Haverford]] ({{birth father}}, not invited - {{DV}}); it sat in the "do not
        contact" row and slid up when one column was sorted. He received the venue and time and
        replied "see u there". Venue changed, police informed, {{safety plan}} reviewed with Mum.
        Reported by [[name:Will Ferreira]], {{coordinator}}.
    """)),
    ("social_care", "near_miss", block("""
        Handover - FGC duty desk - [[date:Fri 31 May]]
        For [[name:Jas]] (covering {{Mon}}-{{Tues}}):
        • [[name:Oduya]] family - FGC Tues 10am at [[organisation:Meadowbank Primary]]. {{Advocate}}
          for [[name:Kayode]] ([[age:13yo]]) is [[name:Mark]]; his mobile [[phone:07700 900 563]].
        • NEAR MISS today: I nearly booked the school hall without checking the {{bottom lines}}.
          {{Stepdad}} ([[name:Gary Tolland]]) works there as {{caretaker}} - {{SW}} told me just in
          time. Asked the {{Head}} to confirm [[name:Gary]] is off site Tues, otherwise we move to
          [[organisation:Brook Lane Sure Start]].
        • [[name:Mark]] has the {{consent forms}}. Don't email the plan to the {{school office}} -
          secure email to the {{DSL}} only.
        • {{Datix}} done, ref [[case_reference:NM-0618]].
        Ta - [[name:Eleri]]
    """)),
    ("social_care", "success", block("""
        Thank-you card received by the service on [[date:4 June]] (typed up for the learning log
        with the family's permission):

        "Dear [[name:Chiamaka]] and [[name:Ravi]], thank you for helping our family have the
        meeting. I was scared because everyone shouts in our family but you made rules and
        Uncle [[name:Dev]] actually listened. I liked that Mrs [[name:Alder]] from school could
        come and speak for me. Now I'm staying with {{Nani}} and I still see {{Mummy}} on
        {{Saturdays}}. Love from [[name:Anjali]] ([[age:age 10]]) xx"

        {{Coordinator}} note: the {{family plan}} has held for three months with no new contacts
        to {{MASH}}. The {{Three Houses}} work with [[name:Anjali]] before the conference was key, and the
        {{advocate}} made sure her words were read out first.
    """)),
    ("social_care", "near_miss", prose("""
        nr miss - at the {{fgc}} for [[name:amber]] today, the {{advocate}} ([[name:leon]])
        nearly read out [[name:amber]]'s new {{foster carers}}' street when he was summarising
        her wishes. i stopped him just in time. [[name:amber]]'s {{birth family}} dont know the
        {{placement}} addr & its on the {{wishes and feelings}} sheet bc [[name:amber]] wrote it
        herself lol. we need to check childs own sheets b4 the meeting!!! told {{sw}}, sheet
        redacted, copy on file. ref [[case_reference:fgc/ayr/2217]]. - [[name:mo]]
    """)),
    ("social_care", "incident", prose("""
        During the {{private family time}} stage of a conference on [[date:11 June 2024]] at
        [[organisation:Thornbury Methodist Church Hall]], [[name:Roisin Delaney-Maguire]]
        ([[age:aged 4]]) left the hall through a {{fire door}} that had been propped open for
        air. The family believed the {{crèche worker}} had her; the crèche worker believed she
        was with {{Mum}}. She was found about six minutes later on [[address:Station Road]] and
        brought back, unharmed, by Mr [[name:Yusuf Demir]], who runs the shop opposite. The
        {{coordinator}}, [[name:Sébastien Morel]], completed an incident form
        ([[case_reference:INC-55102]]) and informed the {{allocated social worker}} the same day;
        the {{section 47}} threshold was not met. Findings: no named adult was responsible for
        the children during private time, and the door alarm had been disabled by the hall.
        Actions: a written handover of each child to a named adult; doors checked at set-up;
        venues added to our {{risk assessment}} template.
    """)),
    ("social_care", "incident", block("""
        #fgc-team (Slack export)
        @[[name:grace.mensah]]  14:03  anyone else seeing the new {{booking bot}} post full details in here? it just posted "{{FGC}} confirmed: [[name:Ellis Barraclough]] DOB [[date_of_birth:03/02/2017]], [[address:9 Weaver's Yard, Coldharbour]]" in the {{open channel}} 😳
        @[[name:ben.okoro]]  14:05  yep saw it. channel has 40+ people incl {{agency staff}} and the {{IT contractor}}
        @[[name:grace.mensah]]  14:06  deleting now. who do we tell?
        @[[name:ben.okoro]]  14:07  {{IG}} + {{Service Manager}}. I'll raise it
        @[[name:lucia.fernandes]]  14:30  logged as [[case_reference:IG-2024-0610]]. bot paused by {{IT}}. the integration was pointed at this channel not the private bookings one
        @[[name:grace.mensah]]  14:32  thanks [[name:Lucia]] 🙏 it showed the child's {{DOB}} too so defo reportable
    """)),
    ("social_care", "success", block("""
        Emergency FGC - timeline (good practice)
        [[date:Mon 17 June]] 16:30  Referral from {{EDT}} after {{Mum}} ([[name:Kerry-Ann Bright]]) admitted
                         to hospital. [[name:Jayden]] ([[age:6]]) and [[name:Skye]] ([[age:3]]) with a neighbour overnight.
        [[date:Tue 18 June]] 09:00  {{Coordinator}} [[name:Halima Yusuf]] allocated; rings {{maternal grandmother}}
                         and two aunts.
        11:00  {{BSL}} interpreter booked for Uncle [[name:Owen]], who is {{Deaf}}.
        14:00  Venue confirmed - the family's church hall, step-free.
        [[date:Wed 19 June]] 10:00  Conference held: 9 family members, {{SW}}, {{health visitor}}.
        12:30  Plan agreed: children to stay with {{Nan}}; aunt [[name:Precious]] does school runs to
               [[organisation:Greenhill Infants]].
        15:00  Plan signed off by {{Team Manager}}; no need for {{section 20}}.
        Why it worked: the 48-hour pathway, [[name:Halima]]'s calls to every relative, and sorting
        BSL first.
    """)),
    ("social_care", "near_miss", block("""
        From: [[email:a.boateng@fgc-northvale.org.uk]]
        To: [[email:referrals@fgc-northvale.org.uk]]
        Date: [[date:24/06/2024]]
        Subject: Near miss - two children with the same name

        Hi all,

        Today I nearly worked on the wrong child's file. The referral for [[name:Mohammed Ali]],
        DOB [[date_of_birth:15/08/2012]], came with case number [[case_reference:CS-448812]], but
        that number belongs to a different [[name:Mohammed Ali]] (DOB [[date_of_birth:21/01/2010]])
        in another locality. I had started filling in the invite list with the other family's
        relatives from {{Mosaic}} before I noticed {{mum}}'s name didn't match. No letters went
        out. The correct number is [[case_reference:CS-448921]]. I've told the {{referring SW}}
        and {{Business Support}}.

        Suggestion: check DOB and address on {{Mosaic}} before using any details.

        Kind regards
        [[name:Akosua]]

        [[name:Akosua Boateng]]
        {{FGC Coordinator}} | [[organisation:Northvale Family Group Conferencing Service]]
        Mob: [[phone:07700 900 819]]
    """)),
    ("social_care", "success", prose("""
        Learning summary - what went well. In July the service held a conference for
        [[name:Jade Summers]], a [[age:16-year-old]] who had been {{missing}} from home four
        times in a month, with {{criminal exploitation}} concerns and an {{NRM}} referral in
        progress. [[name:Jade]] asked for her boxing coach, [[name:Tariq]], from
        [[organisation:Pit Lane Boxing Club]] to be her supporter, and for the meeting to be held
        at the gym on a {{Sunday}}. The {{Contextual Safeguarding}} lead and the {{YOS}} worker
        both attended. The family plan gave [[name:Jade]] a named adult for every evening of the
        week and a code word to text if she felt unsafe. Eight weeks on there have been no
        missing episodes, and her {{school}} attendance is up to 86%. Learning: letting the young
        person choose the venue and the supporter made the plan hers. Author:
        [[name:S. Kaur-Bains]], {{Practice Development Lead}}.
    """)),
    # ------------------------------------------------------------------ health (crisis team)
    ("health", "incident", prose("""
        rushed - pls read. on {{home tx}} visit today found the {{pharmacy}} had dropped
        [[name:ray]]'s {{olanzapine}} blister pack at the wrong flat - [[address:flat 12 jubilee hse]]
        instead of [[address:flat 21 jubilee hse]]. the neighbour (also one of our {{pts}},
        [[name:Dennis Whitcombe]]) had taken 2 tabs thinking they were his {{zopiclone}}. drowsy
        but {{GCS}} 15, obs ok. rang {{SHO}} Dr [[name:Anand]] who said monitor 4hrs, {{A&E}} if
        worse, {{family}} staying with him. [[name:ray]] has no meds tonite, {{on-call pharmacist}}
        sorting a supply. datix [[case_reference:W-99321]]. {{NHS no}} for [[name:ray]]
        [[nhs_number:593 078 9452]]. pharmacy need to check flat numbers not just the block!!
        - [[name:tash]] {{CPN}}
    """)),
    ("health", "near_miss", block("""
        NEAR MISS - [[organisation:Hallamvale Crisis Resolution & Home Treatment Team]]
        Name: [[name:Grace Obi]]
        DOB: [[date_of_birth:12/12/1987]]
        NHS No: [[nhs_number:990 817 5564]]
        Hospital no: [[case_reference:K0448172]]
        Address: [[address:88 Furnival Gardens, Hallamvale]] [[postcode:HV2 6LW]]
        Reported by: [[name:Lorcan Beattie]], {{Band 6 nurse}}
        What happened: the {{crisis line}} took a call at 02:40 from a [[name:Grace O'Brien]]. The
        call handler searched on first name and year of birth only and opened
        [[name:Grace Obi]]'s record, then started typing a {{safety plan}} into it. Spotted
        because the {{allergy}} alert ({{penicillin}}) didn't match what the caller said.
        Entry moved to the right record before any {{GP}} letter went out.
        Harm: none.
        Action: search by {{NHS number}}, or full name + DOB + postcode, never name alone.
        Added to the {{night shift}} briefing.
    """)),
    ("health", "success", block("""
        SHOUT OUT 🌟 to [[name:Faisal]] and [[name:Bea]] on nights [[date:Sat 13th]].
        Call at 01:20 from a man standing on a railway bridge. [[name:Faisal]] kept him talking
        for 50 minutes while [[name:Bea]] liaised with {{BTP}} and {{ambulance}} on the other
        line. He agreed to come down and went to the {{place of safety}} at
        [[organisation:Larkfield Hospital]] voluntarily - no {{s136}} needed, no {{restraint}}.
        He rang the {{crisis line}} today to say thank you and that he's engaging with
        {{home treatment}}. This is what the job is about ❤️
        - [[name:Pat]] ({{Team Leader}}, {{CRHT}})
    """)),
    ("health", "incident", block("""
        Chronology - unexpected absence from [[organisation:Fernlea Crisis House]], [[date:2 July 2024]]
        Resident: [[name:Dominik Nowak]] ([[age:34]]), ref [[case_reference:CH-2024-117]]
        19:30  Evening {{meds}} given ({{sertraline}} 100mg, {{quetiapine}} 50mg). Settled.
        20:45  [[name:D.N.]] says he is going to {{the garden}} for a smoke.
        21:10  Not in the garden; {{keypad}} on side gate found unlocked.
        21:15  Mobile [[phone:07700 900 655]] rung - no answer. {{Missing person}} procedure started.
        21:25  Police informed, log [[case_reference:LOG 1187 02/07]].
        22:40  [[name:Dominik]] returns by taxi from his ex-partner's; no injuries, had been drinking.
        23:05  {{Risk assessment}} updated by {{on-call doctor}}, Dr [[name:Okonkwo]].
        Learning: the gate code had not been changed since another resident left; code is now
        changed weekly and on every discharge.
    """)),
    ("health", "near_miss", block("""
        [[name:Imogen Fairweather]]  09:12
        Morning - Mr [[name:Karim]]'s {{lithium}} level from Fri came back at 1.4. Nobody actioned it over the weekend 😟
        [[name:Kofi Asamoah-Boateng]]  09:14
        1.4?? is he ok
        [[name:Imogen Fairweather]]  09:15
        Just rang him - {{tremor}} and {{diarrhoea}} since Sat. Told him to hold tonight's dose. Speaking to the {{consultant}} now
        [[name:Kofi Asamoah-Boateng]]  09:31
        Dr [[name:Sandhu]] says {{A&E}} for a repeat level + {{U&Es}}. I'll drive him, pool car [[vehicle_registration:YK21 HFD]]
        [[name:Imogen Fairweather]]  12:50
        1.1 on repeat, home later. Result went to the {{generic inbox}} that isn't checked at weekends. Logging as a near miss
        [[name:Kofi Asamoah-Boateng]]  12:52
        👍 ref [[case_reference:DTX-77820]]. Can we get {{pathology}} to phone the {{duty worker}} for anything out of range?
    """)),
    ("health", "incident", block("""
        From: [[name:Zainab Hussain]] <[[email:zainab.hussain3@nhs.net]]>
        To: [[email:ops.crisis@hallamvale-mh.nhs.uk]]
        Date: [[date:9 July 2024]] 11:05
        Subject: IG incident - discharge summary sent to wrong surgery

        Morning,

        Yesterday's {{discharge summary}} for [[name:Heather McAllister]] (NHS
        [[nhs_number:685 366 3152]]) was emailed to [[organisation:Parkside Medical Practice]]
        instead of [[organisation:Parkside Surgery]]. It includes her {{overdose}} history and
        {{safeguarding}} concerns about her partner. [[organisation:Parkside Medical Practice]]
        rang to tell us; they have deleted it and the {{practice manager}} has confirmed in
        writing. Logged on {{Datix}} ([[case_reference:HV-IG-3349]]). I rang [[name:Heather]];
        she was upset but understood.

        Cause: both practices come up when you type the first word in the {{NHSmail}} directory.

        [[name:Zainab]]
        [[name:Zainab Hussain]] | {{Admin Team Lead}} | {{Crisis Resolution & Home Treatment}}
        Tel [[phone:0114 496 0731]]
    """)),
    ("health", "success", block("""
        Crisis Team - Monthly Learning Huddle - [[date:18/07/2024]]
        Attendees: [[name:Femi Adebayo]] (chair), [[name:Sian]] ({{AMHP}}), Dr [[name:Kaur]],
        [[name:Robin Tarrant]] ({{peer support worker}}), [[name:Yaw]], [[name:Ingrid Solberg]]
        Apologies: [[name:Will Hennessy]], [[name:Marta Ruiz]]

        1. Good catch - [[name:Robin]] noticed on a {{home visit}} that Ms [[name:Leigh]] had been
           saving her {{pregabalin}}. Using her {{safety plan}} she agreed to hand it over and now
           has {{weekly dispensing}}. Dr [[name:Kaur]] thanked [[name:Robin]] for raising it at
           {{the huddle}} rather than waiting for the {{MDT}}.
        2. {{Triage}} call-backs: average now 38 mins, down from 71.
        3. AOB - [[name:Sian]] leaving [[date:31 July]].
        Actions: [[name:Yaw]] to add a {{means restriction}} prompt to the home visit template.
    """)),
    ("health", "near_miss", block("""
        Handover - {{CRHT}} late > night - [[date:Tues 23rd]]
        Caseload 27, 2 new today.
        1) [[name:Ahmed Sulaiman]] ([[age:19]]) - {{first episode psychosis}}, mum staying over. {{EIP}} to pick up {{Monday}}.
        2) NEAR MISS - {{clozapine}} for [[name:Bronwen Pugh]]: {{community pharmacy}} nearly restarted
           the full dose after she'd missed 4 days (needs {{re-titration}}). [[name:Joy]] caught it
           reading the label at the visit. Spoke to pharmacy and Dr [[name:Mensah]] - restarting at
           12.5mg. Datix [[case_reference:NM/CRHT/0412]].
        3) Mr [[name:Jankowski]] - ring before 10pm, he won't pick up after. Mob [[phone:07700 900 247]].
        4) Keys for [[vehicle_registration:LN70 XWB]] in the {{key safe}}, fuel low.
        - [[name:Kaz]]
    """)),
    ("health", "incident", block("""
        Incident summary: missed / late {{home treatment}} visits during {{EPR}} outage, [[date:27 July 2024]]

        Patient               | NHS No        | Planned | Actual | Impact
        [[name:L. Ferreira]]           | [[nhs_number:102 932 1477]] | 10:00   | missed | ran out of {{mirtazapine}}, 1 night
        [[name:Hakim Benali]]          | [[nhs_number:613 496 0322]] | 11:30   | 15:10  | distressed, no harm
        [[name:Sunniva Dahl]]          | [[nhs_number:428 958 0092]] | 14:00   | 14:20  | none

        Cause: the visit list is printed from the system at 08:00; the outage began at 07:40, so
        there was no list. The {{paper contingency}} list was three weeks old and staff worked
        from memory and {{the whiteboard}}.
        Action: [[name:Elif]] to email a PDF of the next day's list to the {{shift coordinator}}
        every evening. Logged as [[case_reference:HV-24-1190]].
    """)),
    ("health", "success", block("""
        Card left at {{reception}} for the team, [[date:1 August]]:

        "To [[name:Summer]], [[name:Tunde]] and the lady with the purple hair (sorry I never got
        your name!) - you came to my house every day for 3 weeks when I didn't want to be alive.
        You never rushed me. [[name:Summer]] sat on my kitchen floor with me and the dog. I'm back
        at work at [[organisation:Hollins & Daughter Bakery]] now and I've started the {{DBT}}
        group. Thank you for not giving up on me. - [[name:Carys Bevan]]"

        Team note: purple hair = [[name:Iona]] 😄. Shared with the {{Patient Experience}} team with
        consent, and read out at {{handover}}.
    """)),
    ("health", "near_miss", block("""
        Transcript extract - {{crisis line}} / police call, [[date:6 Aug]], 23:12
        HANDLER ([[name:Magdalena]]): Crisis line, [[name:Magdalena]] speaking.
        PC [[name:Hollis]]: Hi, PC [[name:Hollis]], [[organisation:Eastmere Police]]. I've got a gentleman,
          [[name:Matthew Oyelaran]], date of birth [[date_of_birth:04/04/1979]], says he's under your team.
        HANDLER: Bear with me... I've got a [[name:Matthew Oyelaran]] but born [[date_of_birth:04/04/1997]].
          Our one's [[age:27]]. Can you confirm his address?
        PC [[name:Hollis]]: [[address:6 Cinder Hill Walk]].
        HANDLER: That's not ours. I can't share anything about him, sorry - he's not known to us.
          If he needs an assessment, {{the s136 suite}} or {{A&E}}.
        Reviewer note: the handler had already opened the other man's {{risk summary}} and was
        about to read out his {{forensic history}}. Good that she checked a second identifier.
        Reminder: three identifiers before sharing anything with {{partner agencies}}.
    """)),
    ("health", "incident", prose("""
        On the evening of [[date:10 August 2024]] a [[age:22-year-old]] woman,
        [[name:Aoife Brennan]], was detained by police under {{section 136}} and brought to the
        {{health-based place of safety}} at [[organisation:Larkfield Hospital]]. The suite was
        already occupied and no {{AMHP}} was available until 03:00. She waited in the back of a
        police van ([[vehicle_registration:BX19 PVF]]) in the car park for 2 hours 40 minutes.
        The {{crisis team}} {{duty doctor}}, Dr [[name:Mohan]], assessed her in the van at 01:15,
        which was neither private nor dignified. [[name:Aoife]] was later admitted informally to
        [[organisation:Rowan Ward]]. Contributing factors: one {{s136 suite}} for the whole
        county; bed state not shared with police control; a gap on the AMHP rota. Incident
        reference [[case_reference:STEIS 2024/18831]]. Learning will go to the
        {{Crisis Care Concordat}} group and the {{Mental Health Act}} forum.
    """)),
    ("health", "near_miss", block("""
        [[[date:14/08/2024]], 07:58] [[name:Jo Whitlam]]: {{key safe}} for [[address:3 Orchard Mews]] is 4471, Mrs [[name:Adebisi]] says let yourselves in
        [[[date:14/08/2024]], 08:03] [[name:Reza]]: [[name:Jo]] can u delete that pls, this group has {{bank staff}} on personal phones
        [[[date:14/08/2024]], 08:04] [[name:Jo Whitlam]]: omg yes sorry 🙈 deleted for everyone
        [[[date:14/08/2024]], 08:10] [[name:Reza]]: np. I'll ring her and ask her to change the code today. codes go on {{RiO}} alerts only, not {{WhatsApp}}
        [[[date:14/08/2024]], 08:41] [[name:Honor B]]: she's changed it ✔ new one is on the {{alert}}. I'll do the {{near miss}} form
        [[[date:14/08/2024]], 08:42] [[name:Reza]]: ta. {{team leader}} aware
    """)),
    ("health", "success", prose("""
        Good practice: joint assessment with {{CAMHS}}. On [[date:21 August]] we took a call from
        the mum of [[name:Kai Lam]], [[age:17]], who had barricaded himself in his room after
        disclosing {{suicidal thoughts}}. Instead of advising {{A&E}}, our {{AMHP}}
        [[name:Saoirse]] and the CAMHS {{crisis practitioner}} went out together within the hour.
        [[name:Kai]]'s mum let them in, [[name:Saoirse]] talked through the door for twenty
        minutes and [[name:Kai]] agreed to come out. A {{safety plan}} was written with him at
        the kitchen table, {{means restriction}} was discussed with his parents, and he was seen
        by {{home treatment}} daily for a week. He did not need admission or the
        {{Mental Health Act}}. What made the difference: a shared {{on-call}} number between the
        two teams and agreeing who leads before arriving. Reported by [[name:Nasrin Akhtar]],
        {{Clinical Lead}}.
    """)),
    ("health", "incident", prose("""
        pool car [[vehicle_registration:WR68 OKL]] broken into outside [[address:22 Hessle Terrace]]
        while i was on a visit 1330-1415. laptop was in the boot (encrypted, ok) but the paper
        {{visit list}} for today was on the passenger seat - 9 names, addresses and some
        {{NHS nos}}. reported to police, crime ref [[case_reference:CR/0098812/24]], {{IG}}
        informed, {{Caldicott Guardian}} aware. {{service users}} on the list being rung by
        [[name:Yolanda]] + [[name:Ferg]] this arvo. my fault, paper lists shld be in the
        {{locked bag}}. [[name:dan s]]
    """)),
    ("health", "near_miss", block("""
        From: Dr [[name:Nkechi Eze]] <[[email:nkechi.eze@nhs.net]]>
        To: {{CRHT}} prescribers
        Date: [[date:Thu 29 Aug 2024]]
        Subject: near miss - {{FP10}} printed for the wrong patient

        Team,

        Yesterday an FP10 for {{diazepam}} 5mg was printed for [[name:Samuel Ogundipe]] (NHS
        [[nhs_number:742 095 4321]]) but carried the address of [[name:Samira Ogundipe]] (no
        relation), because the prescribing screen autocompleted the surname. The pharmacist at
        [[organisation:Cheadle Heath Pharmacy]] queried it before dispensing. [[name:Samuel]] got
        the right supply later that day.

        Please check name, DOB and address on the printed FP10 before signing. I've asked
        {{Informatics}} to switch off surname autocomplete.

        [[name:Nkechi]]
        Dr [[name:Nkechi Eze]], {{Consultant Psychiatrist}}
        [[organisation:Hallamvale Crisis Resolution & Home Treatment Team]]
    """)),
    ("health", "success", block("""
        #crht-kudos
        @[[name:mark.fitz]]  17:20  kudos to @[[name:amaru.quispe]] 👏 today Ms [[name:Ng]] (Deaf, {{BSL}} user) came to the {{crisis café}} in a real state and there was no interpreter booked
        @[[name:mark.fitz]]  17:21  [[name:Amaru]] got a {{video relay}} interpreter up on the tablet in under 20 mins, did the whole {{triage}} with her and sorted a face-to-face {{BSL}} interpreter for her {{home visit}} tomorrow
        @[[name:amaru.quispe]]  17:30  thanks [[name:Mark]]! we really need the tablet charged + logged in at the front desk all the time tho
        @[[name:sophie.d]]  17:34  adding that to the {{equality}} action plan 🙌
    """)),
    # ------------------------------------------------------------------ aviation (seaplanes)
    ("aviation", "near_miss", block("""
        Transcript (RT + intercom) - [[aircraft_registration:G-SKWR]], {{Cessna 208 Caravan}} {{amphibian}}, [[flight_number:FF214]], [[date:3 May 2024]]
        {{Captain}} [[name:Idris Lowe]] ({{PF}}), {{First Officer}} [[name:Hanne Sørensen]] ({{PM}})
        14:22:10 OPS:  [[flight_number:Firthair 214]], water landing area two two clear of vessels, wind 240 at 8.
        14:22:18 F/O:  Water two two clear, wind copied, [[flight_number:Firthair 214]].
        14:23:02 CAPT: Before landing checks, {{water landing}}.
        14:23:05 F/O:  Gear... selector DOWN, four wheels DOWN. Water landing - gear should be UP.
        14:23:07 CAPT: Going around. Gear up.
        14:23:15 F/O:  [[flight_number:Firthair 214]] going around, will call again.
        14:27:40 F/O:  Gear UP, four blue, rudders down, water landing confirmed.
        Note: gear left down after departure from [[organisation:Dunmore Airfield]]. The
        {{gear advisory}} voice was inoperative under the {{MEL}}. Landing an amphibian on water
        with wheels down usually flips it. {{MOR}} [[case_reference:MOR-2024-0412]].
    """)),
    ("aviation", "incident", prose("""
        pax slipped getting off the float onto the {{pontoon}} at [[organisation:Kilbride Marina]]
        around 1100 - elderly lady, mrs [[name:fenwick]], [[age:79]]. green algae on the step and
        nobody on the float line bc [[name:gus]] ({{dockhand}}) was tying off the other
        {{wingtip}}. grazed shin + v shaken, used the {{first aid kit}}, she declined an
        {{ambulance}}. aircraft [[aircraft_registration:G-LOCH]] ({{DHC-2 Beaver}} on floats).
        told ops ([[name:marie-claire]]) and put in an {{occurrence}} form
        [[case_reference:SOR-0317]]. we need 2 people on the dock for every disembark + pontoon
        scrubbed weekly not monthly. [[name:Tam]]
    """)),
    ("aviation", "success", block("""
        [[[date:18/05/2024]], 19:42] [[name:Rhys Bowen-Tate]]: Huge thanks to [[name:Faith]] on the dock today 👏 she spotted a crack in the float strut fairing on [[aircraft_registration:G-OTTR]] during the turnaround {{walkround}}
        [[[date:18/05/2024]], 19:44] [[name:Carmen]]: Agreed. {{Engineering}} ([[name:Stuart]]) says it would have got a lot worse in the chop forecast for tomorrow
        [[[date:18/05/2024]], 19:45] [[name:Carmen]]: [[aircraft_registration:G-OTTR]] {{AOG}} overnight, pax moved to the {{Twin Otter}} 10:30 rotation
        [[[date:18/05/2024]], 19:50] [[name:Faith]]: 😊 just doing the walkround like [[name:Bill]] showed me. {{torch}} + {{mirror}} every time
        [[[date:18/05/2024]], 19:52] [[name:Rhys Bowen-Tate]]: that's the spirit. putting it in the {{safety newsletter}}
    """)),
    ("aviation", "incident", block("""
        Occurrence chronology - [[aircraft_registration:G-SEAL]], {{DHC-6 Twin Otter}} (floats), [[flight_number:LA31]], [[date:24 May 2024]]
        Operator: [[organisation:Loch Aird Seaplanes Ltd]]
        08:50  Crew brief. {{PIC}} [[name:Chidi Nwankwo]], {{FO}} [[name:Elspeth Mair]]. 11 pax.
        09:12  Step taxi, take-off run on water runway 27.
        09:13  At approx 55 kt a flock of {{greylag geese}} lifted off the shoreline; two struck the
               LH windscreen and LH engine intake.
        09:13  Take-off rejected, aircraft off the step, taxied back to the {{pontoon}}.
        09:25  Pax disembarked, no injuries. One child ([[age:aged 8]]) upset, settled by FO.
        09:40  Engineer inspection: windscreen cracked, {{PT6}} intake lip dented; {{borescope}} later
               showed no ingestion.
        10:30  {{MOR}} filed, ref [[case_reference:OR-24-5521]]; {{CAA}} informed.
        Learning: morning {{bird scaring}} patrols stopped when the seasonal staff left; no
        shoreline check in the {{SOP}}.
    """)),
    ("aviation", "near_miss", block("""
        OCCURRENCE REPORT (voluntary) - [[organisation:Solent Seaplane Co.]]
        Reporter: [[name:Ngozi Ikenna-Hart]]
        Role: {{Pilot}}
        Date: [[date:2 June 2024]]
        Aircraft: [[aircraft_registration:G-SOLW]] ({{Cessna 208}} {{amphibian}})
        Flight no: [[flight_number:SSC12]]
        Location: {{harbour}} water landing area, approach from the east
        Event: on short final a {{RIB}} crossed the landing path about 200 m ahead. {{VTS}} had not
        passed the traffic. Go-around flown, landed on the second approach.
        Contributing: {{VHF}} channel congestion; no {{Notice to Mariners}} issued for seaplane
        activity this week; sun glare on the water.
        Reported to: {{Ops Manager}} [[name:Lars Eriksen]] and the {{harbour master}}.
        Ref: [[case_reference:SSC-VR-0044]]
    """)),
    ("aviation", "incident", block("""
        From: [[name:Duncan McPhail]] <[[email:d.mcphail@hebrideanfloat.co.uk]]>
        To: Safety <[[email:safety@hebrideanfloat.co.uk]]>
        Date: [[date:Mon 10 June 2024]] 18:22
        Subject: Water in float compartments - [[aircraft_registration:G-HBFA]]

        Hi [[name:Ama]],

        At the post-flight {{pump-out}} on [[aircraft_registration:G-HBFA]] after the last sector
        ([[flight_number:HF47]]) we pumped about 38 litres from LH float compartments 3 and 4 -
        normally under 2. The aircraft flew four sectors carrying that extra weight, which was not
        in the {{weight and balance}}. Cause looks like a split {{pump-out cup}} seal. Aircraft
        grounded, defect [[case_reference:TL 0882/14]]. The pump-out record in the {{tech log}}
        had also not been filled in for the previous two days.

        [[name:Duncan]]

        [[name:Duncan McPhail]]
        {{Licensed Engineer}} ({{B1}})
        [[organisation:Hebridean Floatplane Services]]
        [[phone:01632 960 318]]
    """)),
    ("aviation", "success", block("""
        Safety Action Group - minutes - [[date:20 June 2024]]
        Present: [[name:Moira Sutherland]] ({{Accountable Manager}}), [[name:Ahmet Yıldız]] ({{Head of Flight Ops}}),
        [[name:Sunita Rao]] ({{Safety Manager}}), [[name:Reed Callaghan]] ({{Chief Pilot}}), [[name:Eilidh]] (dock lead)
        Apologies: [[name:Bartek]] ({{CAMO}})

        1. Success - no {{gear-position}} events since the {{WATER / LAND}} callout went into the
           {{SOP}} in {{March}}; 412 water landings. [[name:Reed]] credited the line pilots for
           challenging each other.
        2. Recognition - [[name:Ahmet]] thanked [[name:Eilidh]]'s team for the new pontoon
           line-handling drill; zero slips since.
        3. {{ERP}} exercise with {{HM Coastguard}} planned for the autumn.
        Actions: [[name:Sunita]] to share the summary with the {{CAA}} inspector. Next meeting
        [[date:18 July]].
    """)),
    ("aviation", "near_miss", block("""
        #ops-floatbase
        @[[name:callum.r]]  10:04  nearly had a misfuel. new fuel contractor pulled up to [[aircraft_registration:G-BVRS]] ({{Beaver}}, {{AVGAS}}) with the {{Jet A-1}} {{bowser}}
        @[[name:priya.s]]  10:05  😳 did anything go in?
        @[[name:callum.r]]  10:06  no - [[name:Olu]] checked the {{fuel grade}} decal on the filler before opening. driver [[name:Wojtek]] said his sheet had [[aircraft_registration:G-BVRS]] down as Jet A-1
        @[[name:priya.s]]  10:09  which contractor?
        @[[name:callum.r]]  10:10  [[organisation:Northern Isles Aviation Fuels]], bowser [[vehicle_registration:SV18 FJY]]. their sheet had the {{Caravan}} and the {{Beaver}} swapped
        @[[name:priya.s]]  10:15  raising it, ref [[case_reference:FOR-2024-061]]. from now: grade read back verbally against the tail every time, {{pilot}} or {{dispatcher}} present
    """)),
    ("aviation", "incident", block("""
        Load sheet discrepancy - [[flight_number:LA44]], [[aircraft_registration:G-LASC]], [[date:4 July 2024]]

        Seat | Passenger             | Declared kg | Scaled kg (after)
        1    | [[name:Tobias Engel]]          | 80          | 97
        2    | [[name:Mariana Costa]]         | 60          | 62
        3    | [[name:Kenji Watanabe]]        | 75          | 74
        4    | [[name:Bridget Ní Bhriain]]    | 55          | 71
        Bags | -                     | 30          | 51
        Total|                       | 300         | 355

        The aircraft left 55 kg heavier than planned - inside {{MTOW}}, but the {{CG}} was further aft
        than the {{load sheet}} showed. The pilot reported a nose-high attitude and a long run
        to get on the step. Weights were self-declared at online booking; the {{scales}} at the
        desk had been broken since [[date:28 June]]. Ref [[case_reference:LAS-OR-118]].
        Actions: no departure without scaled weights; spare scales ordered.
    """)),
    ("aviation", "success", block("""
        Passenger e-mail, forwarded to all staff by [[name:Morag]]:

        "Dear all at [[organisation:Skye Sound Seaplanes]],
        I want to thank your pilot [[name:Hamish]] and the dock team. My father ([[age:91]]) uses a
        {{wheelchair}} and I was worried he'd be left on the {{pontoon}}. [[name:Jun]] and a
        colleague had the {{boarding ramp}} rigged before we arrived, and [[name:Hamish]] talked
        him through every stage on the {{headset}}. Dad hasn't stopped talking about seeing the
        seals from the air.
        With gratitude, [[name:Eleanor Whitby-Shaw]]"

        [[name:Morag]]: this is the {{accessibility brief}} we trialled in {{May}} working exactly
        as intended. Well done all - keep doing the call the day before.
    """)),
    ("aviation", "near_miss", block("""
        Handover - Ops desk, [[date:Sat 6th July]] > {{Sun}}
        - [[aircraft_registration:G-FLTW]] back from {{maintenance}}; needs {{compass swing}} sign-off, NOT for pax.
        - NEAR MISS: [[flight_number:FF305]] was nearly dispatched with fuel for the direct route only.
          {{TAF}} had fog at the destination loch and the alternate is 40 nm further.
          [[name:Jay]] ({{dispatch}}) re-ran the {{fuel plan}} and added 80 L; {{PIC}} [[name:Rafaela]]
          agreed. Root cause: fuel tab of the flight plan template not linked to the alternate cell.
        - [[flight_number:FF305]] pax list includes one {{POC}} user, battery letter checked.
        - Crew van [[vehicle_registration:SF22 WMO]] keys on the hook.
        - Engineering on call tonight: [[name:Big Al]], [[phone:07700 900 936]].
        Cheers, [[name:Ferdie]]
    """)),
    ("aviation", "incident", prose("""
        On [[date:15 July 2024]] at approximately 16:40, {{DHC-2 Beaver}}
        [[aircraft_registration:G-BVRK]] broke free from its {{mooring buoy}} at
        [[organisation:Loch Carran Seaplane Base]] in gusts of 35 kt. The aircraft drifted about
        150 m before the left float struck rocks near the shore. The {{duty pilot}},
        [[name:Ruaridh MacLeod]], and {{dock hand}} [[name:Kasia]] reached it by {{workboat}} and
        secured it with a second line. Nobody was on board and nobody was hurt. The left float
        was holed in two compartments. Investigation found the {{mooring bridle}} had chafed
        through where it ran over the bow cleat; it was last inspected on [[date:2 April]],
        against a monthly requirement. Actions: chafe guards fitted, bridle checks added to the
        daily {{walkround}}, and a {{strong wind}} procedure requiring aircraft to be hauled out
        above 25 kt. Reported under {{MOR}} [[case_reference:MOR-2024-0738]] and notified to the
        {{AAIB}}.
    """)),
    ("aviation", "near_miss", prose("""
        quick one - landing on water rwy 09 this pm ([[flight_number:SW8]],
        [[aircraft_registration:G-WTRS]]) a {{kayaker}} popped out from behind the moored ferry
        about 300m ahead, low + dark kit, couldnt see him on the {{recce pass}}. went around,
        landed 2nd attempt further out. no harm. theres no {{lookout}} on the shore on sundays
        and the {{harbour master}} ([[name:hussein]]) says nobody told the kayak club we fly
        weekends. need a shore spotter w a {{VHF}} on busy days + signs on the {{slipway}}. ref
        [[case_reference:SW-NM-22]] [[name:jc]]
    """)),
    ("aviation", "success", prose("""
        Learning from a successful {{precautionary landing}}. On [[date:27 July 2024]], 18
        minutes into [[flight_number:WI62]], the engine of [[aircraft_registration:G-WISA]], a
        {{Cessna 208}} on floats operated by [[organisation:Western Isles Seaplanes]], began
        running rough with falling {{oil pressure}}. {{Captain}} [[name:Anneke de Vries]] chose to
        land on a sheltered sea loch rather than press on to base, shut the engine down and
        taxied onto a beach. All six passengers disembarked wearing {{lifejackets}} and were
        collected by a {{RIB}} arranged by {{HM Coastguard}}. Factors that worked: the
        passenger briefing card had been redesigned with pictures in {{June}}; the pilot had
        completed {{HUET}} the previous month; the {{PLB}} and {{ELT}} were both registered and
        working. Engineering later found a failed {{oil cooler}} hose. Reported by
        [[name:Nkosana Dube]], {{Safety Manager}}.
    """)),
    ("aviation", "incident", block("""
        [[name:Leila Farahani]]  11:20
        I think I've sent the {{manifest}} for tomorrow's [[flight_number:HF12]] to the wrong [[name:Chris]] 😩 it went to [[name:Chris Doyle]] at [[organisation:Highland Wildways Tours]], not [[name:Chris Muir]] in {{ground handling}}
        [[name:Oskar Lindgren]]  11:22
        What's on it?
        [[name:Leila Farahani]]  11:23
        names, {{passport numbers}} for the 3 overseas pax, body weights, one {{medical}} note
        [[name:Oskar Lindgren]]  11:25
        Ring him now and ask him to delete and confirm by email, then tell the {{DPO}}. Don't recall it, that never works
        [[name:Leila Farahani]]  11:41
        Done - he's confirmed deletion in writing. Logged as [[case_reference:DP-0219]]
        [[name:Oskar Lindgren]]  11:44
        Thanks [[name:Leila]]. Going forward manifests go through the {{secure portal}}, not {{Outlook}}
    """)),
    ("aviation", "success", block("""
        [[date:Sat 3 Aug]] - [[flight_number:FF118]], [[aircraft_registration:G-FFCB]], {{Caravan}} {{amphibian}} - good diversion
        10:05  Departed the harbour, 9 pax. Destination {{METAR}} 6 km.
        10:20  Destination drops to 800 m in {{fog}}. {{PIC}} [[name:Abimbola]] holds over open water.
        10:22  Calls ops ([[name:Inês]]) - [[organisation:Ardmore Airport]] land runway open, {{CAVOK}}.
        10:24  Decision to divert. {{FO}} [[name:Liam O'Rourke]] runs the {{LAND}} checklist:
               "gear DOWN, four green, {{land}}" - confirmed three times.
        10:52  Landed on runway 24. {{ATC}} thanked crew for the early call.
        11:05  [[name:Inês]] has a coach waiting; pax reach the destination by road at 12:10.
        Why it went well: the decision was made early with fuel in hand, the gear callout was
        done aloud, and ops had the ground plan ready before touchdown.
    """)),
]

if __name__ == "__main__":
    write_records(OUT, build_records("blind299", REPORTS))
