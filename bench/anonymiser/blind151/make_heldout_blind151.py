"""Held-out blind corpus 151: just-culture incident, near-miss and learning reports.

Fifty hand-written UK reports across three settings: a district council's housing and
homelessness team working alongside children's services; an NHS mental health crisis line
and police street triage service; and a helicopter maintenance organisation with its offshore
base. The styles mix rushed lower-case notes with typos, careful narratives, chronologies,
e-mails with signatures, Teams/WhatsApp chat, incident forms with field labels, handover
sheets, tech-log extracts, debrief notes and shout-outs. Identifiers are marked with
`[[label:value]]` and must-not-redact terms with `{{term}}` (see ../markup.py).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from markup import block, build_records, write_records  # noqa: E402
from markup import flow as prose  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "corpus" / "heldout_blind151.jsonl"

REPORTS = [
    # ------------------------------------------------------------------ social care (17)
    ("social_care", "incident", prose("""
        rushed note sorry. placed [[name:kayleigh]] and her 2 kids ([[age:4]] and [[age:9 months]])
        in a {{B&B}} last night under {{s188}} interim duty, [[address:Flat 3, 22 Wharf Street]].
        found out this am there is a shared kitchen and no cot, baby slept in the buggy. nobody
        checked the {{TA}} suitability form before the {{out of hours}} placement. ive rang
        {{children's services}} {{duty}} and [[name:Jas]] is going out today. we need a cot list
        for ooh. mosaic id [[case_reference:M2284716]]. also the {{HRA}} ref is
        [[case_reference:HL/24/03318]]
    """)),
    ("social_care", "near_miss", block("""
        Subject: Near miss - contact details shared with ex-partner

        Hi [[name:Dawn]],

        Just flagging something from [[date:Thursday 6th June]]. A {{Housing Options}} officer sent the {{PHP}} (personal housing plan) for Ms [[name:Adebayo]] to her old e-mail [[email:t.adebayo88@hotmail.co.uk]] which, as it turns out, her ex-partner still has the password for. The letter named the area of the new {{refuge}} but not the full address. [[name:Funmi]] rang us when she couldn't log in and we caught it within the hour and had the account changed.

        Learning: check contact details at every contact, not just at {{triage}}, and never put the area of a refuge in a PHP. I've raised it at {{team meeting}}.

        Thanks
        [[name:Marcus Oyelaran-Hughes]]
        Senior Housing Options Officer
        [[organisation:Kelmbridge District Council]]
        [[phone:01632 960 418]]
    """)),
    ("social_care", "success", block("""
        [10:42] [[name:Priya Ramanathan]]
        massive shout out to [[name:Rose]] from the {{Homeless Prevention}} team 🙌 she spotted that the {{Section 21}} notice for the [[name:O'Connell]] family was invalid (no {{gas safety certificate}} served) and got the eviction paused. 3 kids stay at [[organisation:St Brendan's RC Primary]] and no move to {{TA}}
        [10:44] [[name:Tomasz W]]
        legend 👏
        [10:45] [[name:Rose]]
        aw thanks, it was [[name:Gav]] who remembered the {{How to Rent}} guide bit tbh
    """)),
    ("social_care", "incident", block("""
        Chronology - {{16/17 year old}} presenting as homeless (ref [[case_reference:LL-0937214]])

        [[date:02/04/24]] 16:10  [[name:Kian Doherty]] ([[age:16]]) presents at reception, says mum has told him to leave.
        [[date:02/04/24]] 16:25  Housing officer [[name:S. Begum]] takes details, starts {{homelessness application}}.
        [[date:02/04/24]] 17:05  Officer rings {{Children's Services}} front door - no answer, leaves voicemail.
        [[date:02/04/24]] 17:30  [[name:Kian]] given {{emergency accommodation}} in adult {{hostel}} [[address:Marlowe House, 8 Quay Lane]].
        [[date:03/04/24]] 09:15  Reviewed: {{Southwark Judgment}} not followed - should have been a joint assessment, no {{s20}} consideration.
        [[date:03/04/24]] 10:00  {{EDT}} / Children's Services informed, [[name:Kian]] moved to {{supported lodgings}}.

        Learning: 16/17 yr olds are never placed in adult hostels; out of hours always ring EDT on [[phone:0300 123 7744]].
    """)),
    ("social_care", "near_miss", block("""
        INCIDENT / NEAR MISS FORM
        Date of event: [[date:19 Feb 2024]]
        Reported by: [[name:Gráinne McLoughlin]], {{Temporary Accommodation Officer}}
        Service user: [[name:Bogdan Nowicki]]   DOB: [[date_of_birth:11/09/1987]]   NI: [[ni_number:PW 72 10 58 A]]
        Address: [[address:14 Linden Close]], Eastmoor [[postcode:NE23 6RH]]
        Category: Near miss - property safety
        What happened: On the {{void inspection}} before move in I found the {{carbon monoxide alarm}} had no battery and the {{boiler}} service sticker was out of date. Family (dad + 2 children aged [[age:6]] and [[age:11]]) were due to collect keys that afternoon.
        Action taken: Move-in delayed 24 hrs, {{Gas Safe}} engineer attended, alarm replaced.
        Learning: add CO alarm test to the {{pre-let checklist}}.
    """)),
    ("social_care", "success", prose("""
        I want to record some good practice from the joint visit on [[date:Tuesday 12 March]].
        [[name:Hope]] from the {{Family Support}} team and our {{Housing Officer}}
        [[name:Will Chukwu]] visited a family in {{temporary accommodation}} at
        [[address:Flat 9, Bellmont Court]] after school raised concerns about the children's
        attendance at [[organisation:Ashgrove Academy]]. Rather than treating it as two separate
        referrals they did one joint visit and one plan. [[name:Will]] sorted a
        {{Discretionary Housing Payment}} to clear the arrears while [[name:Hope]] arranged a
        {{Team Around the Family}} meeting. The {{mum}} said it was the first time she felt people
        were talking to each other. Attendance is back up to 94%. Mosaic ref
        [[case_reference:M3019925]].
    """)),
    ("social_care", "near_miss", block("""
        [[name:Lou]]: anyone know if the [[name:Ahmed]] family got moved out of [[organisation:Travelodge Kelmbridge]] yet
        [[name:Den]]: no?? they were meant to go to [[address:41 Cranbourne Road]] on fri
        [[name:Lou]]: school {{DSL}} just rang, [[name:Yusuf]] ([[age:7]]) told teacher they been sleeping in the car since sat
        [[name:Den]]: wtf. the keys never got handed over, [[name:Mo]] was off sick and it wasnt on the {{handover sheet}}
        [[name:Lou]]: ringing {{MASH}} as a precaution and the family, dad's mob [[phone:07700 900 381]]
        [[name:Den]]: ill get keys to them by 2. we need to fix handover
        [[name:Lou]]: found them, all ok, in the {{retail park}} {{car park}}. going now
    """)),
    ("social_care", "incident", prose("""
        Reflective account. On a busy {{Monday}} the {{duty}} rota had one officer covering both
        the front desk and the {{homelessness}} phone line. A woman arrived with a [[age:3]] year old
        and said she had been assaulted by her partner the night before. Because there was no
        private room free she was seen at the open counter and disclosed in front of other people
        waiting. I did not complete a {{DASH risk assessment}} until after she had left, and the
        {{MARAC}} referral went in the next day rather than the same day. Nobody was hurt as a
        result, but it should not have happened. Since then we have agreed a
        {{private interview room}} is held free on duty days and that DASH is done at first contact.
    """)),
    ("social_care", "success", block("""
        HANDOVER - Housing Options duty  [[date:Fri 24/05]]

        1. [[name:Summer Blake]] ([[age:19]], care leaver) - {{Staying Put}} ended, {{PA}} [[name:Ifeoma]] from {{Leaving Care}} confirmed {{local connection}} ok. Offered {{supported housing}} at [[organisation:Foyer Kelmbridge]]. GOOD NEWS - she accepted and moves Mon
        2. Mr [[name:Kowalczyk]] - still waiting on {{ID}}, chase {{DWP}}
        3. [[name:Nasreen]] + 3 kids - {{Part VII}} decision letter out today, copy to {{social worker}} [[name:Ruth Ogunleye]] ([[email:ruth.ogunleye@kelmbridge.gov.uk]])
        4. Nothing else outstanding, quiet day for once!

        Well done [[name:Summer]] and thanks [[name:Ifeoma]] for the quick turnaround
    """)),
    ("social_care", "near_miss", prose("""
        nr miss - went to post the {{s184}} decision letter for mr [[name:hussain]] at
        [[address:7 Orchard Mews]] [[postcode:NG17 4TL]] and noticed the envelope had the letter
        for a diff client in it, [[name:J Okafor]]. both on {{Jigsaw}} with same surname initial
        and i printed from the wrong tab. caught it before it went in the {{post tray}}. no
        {{data breach}} but could easily have been. told [[name:Sandeep]] ({{team lead}}). suggest
        we dont batch print decision letters on {{fri afternoons}} lol, and check name on page 1 vs
        envelope every time
    """)),
    ("social_care", "incident", block("""
        From: [[name:Eilidh Fraser]] <[[email:eilidh.fraser@kelmbridge.gov.uk]]>
        To: Housing Options Managers
        Date: [[date:8 January 2024]]
        Subject: Incident - child left at council offices

        Following the incident on [[date:Friday 5 January]]: a {{dad}} attending for his {{homelessness}} appointment left his [[age:12]] year old daughter in reception while he went to the {{cashpoint}} and did not come back before we closed at 5. Our staff waited with her and contacted the {{Emergency Duty Team}}. He returned at 18:20 saying he had been at the {{police station}}. Liquidlogic ref [[case_reference:LL-1184022]].

        What went well: two staff stayed, she was given food, and the {{Children's Services}} response was quick.
        What didn't: we have no {{lone child}} procedure for reception and no-one knew who should call {{999}}.

        [[name:Eilidh]]
        Service Manager, Housing Needs
    """)),
    ("social_care", "success", block("""
        Debrief notes - {{rough sleeper}} family outreach, [[date:14/11/23]]
        Present: [[name:DK]], [[name:AM]], [[name:Bill Ferreira]] ({{Street Outreach}}), [[name:Chen Li]] ({{Health Visitor}})

        - [[name:Bill]] found a young couple with a baby ([[age:5 weeks]]) sleeping in a tent behind [[organisation:Riverside Leisure Centre]]
        - [[name:Chen Li]] did a same-night {{welfare check}}, baby well, {{red book}} up to date
        - placed in self contained TA same night under {{s188}}, {{Duty to Refer}} sent to Children's Services
        What went well: outreach + health visiting working together, no bouncing between teams
        Actions: [[name:AM]] to share the joint protocol with {{Shelter}} and the {{night shelter}}
    """)),
    ("social_care", "near_miss", prose("""
        Near miss logged by [[name:Rhys Pritchard]], {{Allocations}}. On [[date:27 September]] a
        nomination was about to go to [[organisation:Greenhaven Housing Association]] for a two-bed
        flat at [[address:Flat 2, 15 Albion Terrace]], [[postcode:CF47 8DP]] for Miss
        [[name:Chantelle Grant]] and her son [[name:Tyrese]] ([[age:8]]). I checked the {{Mosaic}}
        flag before sending and saw a {{child protection plan}} with a condition that the family must
        not live near Mr [[name:Leon Baptiste]], who is recorded at
        [[address:Flat 6, 15 Albion Terrace]]. Same block. The nomination was stopped and
        {{social worker}} [[name:Aoife Byrne]] confirmed. {{Choice Based Lettings}} does not show
        {{safeguarding}} flags, so the check relies on someone remembering to look. Asked for a
        {{system prompt}}. Case ref [[case_reference:CBL-551902]].
    """)),
    ("social_care", "incident", prose("""
        fyi - [[name:shay]] ([[age:17]]) walked out of the {{supported accomodation}} at
        [[address:Hollybank, 3 Mill Street]] last nite after a row with his {{key worker}}. hes a
        {{looked after child}} so should of been reported {{missing}} to police straight away under
        the {{Philomena Protocol}} but staff waited til morning thinking he was at his gfs. police
        now have it, ref [[case_reference:KB-24-118733]]. [[name:shay]] turned up safe at 11am.
        {{IRO}} Mrs. [[name:Gill]] aware and wants a {{strategy meeting}}.
    """)),
    ("social_care", "success", block("""
        Hi [[name:Mark]],

        Just wanted to say thank you to you and [[name:Zainab]] for the way you handled the [[name:Rahimi]] family's eviction on [[date:Weds 17th]]. The {{bailiffs}} were booked for 10am and you had the {{emergency accommodation}} sorted, {{school transport}} arranged to keep the twins at [[organisation:Hillcrest Primary]], and an {{interpreter}} (Dari) on the phone so {{mum}} understood everything. The children's social worker said it was the calmest eviction she'd ever seen.

        Best wishes,
        [[name:Catrin Morgan-Lewis]]
        Head of Housing
        Tel [[phone:01632 961 207]] | Mob [[phone:07700 900 642]]
    """)),
    ("social_care", "near_miss", block("""
        [[name:Amara Nwosu]] 14:02
        has anyone shared [[name:Keeley Marsh]]'s new TA address with the dad?? he just rang asking for it
        [[name:Jonny Reid]] 14:03
        no! theres a {{non-molestation order}}. dont give anything out
        [[name:Amara Nwosu]] 14:03
        i didnt, said id call back. but the {{CRM}} has him down as {{next of kin}} so anyone could have
        [[name:Jonny Reid]] 14:05
        fixing it now. ill ask [[name:Siobhan]] in {{Children's Services}} to update {{Liquidlogic}} too. good catch
        [[name:Amara Nwosu]] 14:06
        and we need a {{safe contact}} flag for {{DA}} cases
    """)),
    ("social_care", "success", prose("""
        Good catch from [[name:Grace]] at [[organisation:Little Acorns Nursery]] - she noticed
        [[name:Alfie]] ([[age:3]]) kept mentioning "the hotel" and asked {{mum}}, who admitted they'd
        been sofa surfing for six weeks and were scared to ask the council for help.
        [[name:Grace]] made a {{Duty to Refer}} the same day, we saw the family on
        [[date:3 July]] and they had {{self-contained}} {{temporary accommodation}} within the week.
        Brilliant use of {{professional curiosity}}. Shared in the {{Early Help}} newsletter.
    """)),
    # ------------------------------------------------------------------ health (17)
    ("health", "incident", block("""
        Ulysses ref: [[case_reference:ULY-2024-07731]]
        Date/time of incident: [[date:11/02/2024]] 02:40
        Location: {{Crisis Line}} call centre
        Patient: [[name:Declan Murphy]]   NHS no: [[nhs_number:473 338 0607]]   DOB: [[date_of_birth:03/06/1991]]
        Category: Call dropped - caller at risk
        Description: Caller rang stating he had taken 30 x {{sertraline}} 100mg and {{paracetamol}}. Call dropped after 4 minutes due to a {{telephony}} fault. Call handler had not yet taken address. Number withheld. Police contacted via {{101}} then {{999}} - located via phone company at 03:55. Conveyed to {{A&E}} at [[organisation:Wyeford General]].
        Outcome: medically fit after {{N-acetylcysteine}} treatment.
        Learning: take location first on every call; escalate telephony faults to IT on-call.
    """)),
    ("health", "success", block("""
        [22:14] PC [[name:Lowe]]: huge thanks to [[name:Kwame]] tonight. the young lad on the railway bridge by [[address:Fennick Road]] - talked down in 40 mins, no {{S136}} needed
        [22:16] [[name:Kwame]] ({{CPN}}): team effort! he's agreed to {{Home Treatment Team}} tomorrow and his sister is staying with him
        [22:17] Sgt [[name:Ricci]]: saved a 6 hr wait in the {{136 suite}} and a {{section}} he didn't need. that's what {{street triage}} is for
        [22:20] [[name:Bex]]: 👏👏 logged on {{RiO}}, {{crisis plan}} updated
    """)),
    ("health", "near_miss", prose("""
        Near miss on the {{crisis line}}, [[date:Sunday 4 August]]. A caller gave her name as
        [[name:Agnieszka]] and a date of birth, and the call handler opened the record on
        {{SystmOne}} for [[name:Agnieszka Zielińska]], NHS number [[nhs_number:2488378615]].
        Partway through the call it became clear the history didn't match: the caller had never
        been under the {{CMHT}} and had no {{lithium}} prescription. There were two patients with
        the same first name and date of birth in our area. Had we continued, the {{safety plan}}
        would have been written on the wrong record and the {{GP}} letter sent to the wrong surgery.
        The handler stopped, rechecked using postcode and address and found the right record.
        Learning: always use at least three identifiers, one of them the address, before
        documenting.
    """)),
    ("health", "incident", block("""
        Timeline - {{S136}} detention [[date:16/03/2024]]   CAD [[case_reference:CAD 4471-16032024]]
        21:05  Police (PC [[name:Evans]], PC [[name:Mahmood]]) detain male approx [[age:40]] outside [[organisation:The Crown and Anchor]] on [[address:Wharfside]]
        21:20  Street triage unavailable - {{CPN}} on another job, no cover
        21:45  {{136 suite}} at [[organisation:Bramwell Unit]] full; male taken to {{A&E}}
        22:10-03:30  waits in A&E corridor with two officers; {{AMHP}} not contacted until 01:15
        03:40  {{Mental Health Act assessment}}; not detained, discharged with {{crisis team}} follow-up
        Total time detained 6 hr 35 min. {{Section 136}} 24-hour limit not breached but patient distressed and officers off the street all night.
        Learning: need cover for street triage when CPN is tied up; AMHP to be called at point of detention.
    """)),
    ("health", "success", block("""
        Subject: Thank you - crisis line call [[date:22/10]]

        Dear {{Crisis Team}},

        I wanted to pass on my thanks to whoever took my call at about 3am on [[date:22 October]]. I was in a very dark place and the man I spoke to (I think he said his name was [[name:Olu]]) stayed on the line for over an hour, helped me make a plan to get through to the morning and booked me in with the {{Home Treatment Team}}. I'm now seeing a {{psychologist}} through [[organisation:Talking Therapies Wyeford]] and back at work part time.

        Kind regards,
        [[name:Sinead]]

        --
        Forwarded by Dr [[name:Farah Siddiqui]], {{Consultant Psychiatrist}}: please pass this to [[name:Olu]] and log as a {{compliment}} on {{Ulysses}}.
    """)),
    ("health", "incident", prose("""
        pt [[name:marcus]] rung crisis line 3 times tonight, 2nd call handler didnt see notes from
        1st call as they were still being typed up on {{rio}}. so he got asked the same qs again
        and hung up angry, said "nobody listens". 3rd call [[name:jo]] picked up and saw it, ok now.
        no harm but he is {{high risk}} on the {{risk register}} (RiO no
        [[case_reference:1039875]]). suggest live {{call notes}} or a flag while call in progress.
        also {{caller display}} showed his no. [[phone:07700 900 127]] so we could of linked it
    """)),
    ("health", "near_miss", block("""
        STREET TRIAGE HANDOVER  [[date:Thurs 9 May]]  (nights -> days)
        Staff: [[name:Kerry-Ann Douglas]] {{RMN}}, PC [[name:Stewart]]

        1. [[name:Jamal Hassan]] ([[age:23]]) - seen on [[address:Victoria Parade]], {{psychotic}} symptoms, agreed informal admission to [[organisation:Juniper Ward]]. NB {{clozapine}} restarted after 3 days missed - NEAR MISS: ward nearly gave full dose, {{pharmacy}} flagged {{re-titration}} needed. Nights caught it.
        2. Female ~50, known to {{CMHT}}, declined all help, has capacity. GP [[organisation:Elmfield Surgery]] to be emailed.
        3. Car [[vehicle_registration:WY19 KXP]] needs fuel + the {{ligature cutter}} is missing from the kit bag!!
    """)),
    ("health", "success", prose("""
        Learning from excellence nomination. On [[date:1 May]] the street triage car was asked by
        police to attend a welfare concern at [[address:22 Maple Grove]], [[postcode:SY3 9PW]]: an
        older man, Mr [[name:Reginald Thomas]], aged [[age:78]], had not been seen for days.
        {{Nurse}} [[name:Chioma Eze]] noticed he was confused but not in the way his {{dementia}}
        history suggested, checked his temperature and oxygen, and used {{NEWS2}} (score 7). She
        called {{999}} for an ambulance rather than arranging a {{mental health}} assessment. He had
        {{sepsis}} from a {{urinary tract infection}} and was treated at
        [[organisation:Wyeford General]]. His daughter has written to thank [[name:Chioma]]. Great
        example of not assuming it's 'just mental health'.
    """)),
    ("health", "incident", block("""
        Subject: Confidentiality breach - crisis plan sent to wrong practice

        Hi [[name:Anil]],

        Reporting a breach from yesterday ([[date:13/06/24]]). A {{crisis plan}} for [[name:Rosie Marshall]] (NHS [[nhs_number:690 483 5133]]) was emailed to [[email:reception.elmfield@nhs.net]] instead of [[email:reception.elmwood@nhs.net]] - autocomplete picked the wrong practice. [[organisation:Elmfield Surgery]] rang to let us know and deleted it. [[name:Rosie]] has been told and was understandably upset. Logged on Datix [[case_reference:DW-118204]] and reported to the {{IG}} team; not reportable to the {{ICO}} per the {{DSPT}} tool.

        Learning: turn off autocomplete on shared mailboxes / use the {{NHSmail}} address book only.

        [[name:Lauren Pike]]
        {{Band 6}} Crisis Practitioner
        [[organisation:Wyeford Crisis Resolution Team]]
        [[phone:01632 962 550]] ext 4412
    """)),
    ("health", "near_miss", block("""
        [01:12] [[name:Sky]]: need a 2nd opinion. caller [[name:Niamh]] says she's fine now and wants to end call but earlier said she'd bought {{co-codamol}}. no address yet
        [01:13] [[name:Tariq]]: don't end it. ask directly about the tablets. is she on {{caseload}}?
        [01:14] [[name:Sky]]: yes, {{EUPD}}, {{crisis plan}} says stay on line + offer {{111}} option 2
        [01:21] [[name:Sky]]: she's at her mum's, [[address:5 Harrow Close]]. says tablets still in packet
        [01:22] [[name:Tariq]]: ask her to give packet to {{mum}} + go through {{safety plan}}. ill ring {{HTT}} for am visit
        [01:40] [[name:Sky]]: done. she gave them to mum. i nearly ended the call at 01:12 tbh, thanks
    """)),
    ("health", "incident", prose("""
        On [[date:Friday 19 July]] at approx 23:30 the street triage team ({{RMN}}
        [[name:Dariusz Kowal]] and PC [[name:Imogen Hale]]) attended
        [[address:Flat 12, Canterbury House, Ridley Street]] after a call from a neighbour. The man
        inside, known to {{Early Intervention in Psychosis}}, was very frightened and struck
        [[name:Dariusz]] with a door as he entered. He sustained a cut to his forehead which was
        glued at {{minor injuries}}. Police crime ref [[case_reference:37/98214/24]]. The
        {{lone working}} policy was followed and PC [[name:Hale]] was present, but the
        {{risk history}} on {{RiO}} mentioned a previous incident with a door and this wasn't read
        before entering because the dispatch info came by phone. Learning: read the risk summary
        before entering, even in a rush. [[name:Dariusz]] is back at work and has had a {{TRiM}}
        debrief.
    """)),
    ("health", "success", prose("""
        shout out to the nights crew on [[date:28/12]] - 47 calls on the {{crisis line}}, no dropped
        calls, and [[name:Gaz]] and [[name:Precious]] did a {{joint visit}} with the {{ambulance}}
        crew that kept a young woman out of {{A&E}}. proper teamwork over christmas, thank you all.
        {{mince pies}} in the office
    """)),
    ("health", "near_miss", block("""
        Debrief notes  [[date:05/09/2024]]
        Attendees: [[name:Naveed]] (ward), [[name:Tess]] (crisis), Dr [[name:Mbeki]] (consultant)

        Patient: [[name:Callum Reid]], DOB [[date_of_birth:22.01.2002]], NHS [[nhs_number:7963535605]], discharged from [[organisation:Hawthorn Ward]] Fri 16:45
        Issue: {{72-hour follow-up}} not booked - discharge summary went to the {{CMHT}} mailbox, not crisis. Not picked up until [[name:Tess]] saw him on the {{bed board}} list Mon am.
        Outcome: seen Mon by {{Crisis Resolution and Home Treatment}}. Safe, no self-harm since discharge.
        What helped: [[name:Tess]] checking the discharge list by hand.
        Actions: ward to phone crisis for every {{Friday}} discharge; {{Section 117}} aftercare form to include crisis contact.
    """)),
    ("health", "incident", prose("""
        caller [[name:Winston Clarke]] ([[age:56]]) rang in distress after his {{PIP}} stopped, said
        no food since tues + talking about ending it. calm by end, agreed {{safety plan}}. i said id
        help with the {{DWP}} letter and took his NI [[ni_number:JT 48 29 61 C]] - then realised we
        shouldnt be storing that on crisis line notes, not our role and its on the
        {{call recording}} now. spoke to [[name:Meera]] in {{IG}}, advised to redact from notes.
        referred to {{Citizens Advice}} and [[organisation:Wyeford Foodbank]] instead. also told his
        GP at [[organisation:Parkside Medical Practice]] on [[phone:01632 963 081]]
    """)),
    ("health", "success", block("""
        Chronology - joint working, [[date:3rd Feb]]
        19:50  {{NHS 111}} transfers caller [[name:Liam O'Shea]] ([[age:32]]) - on top floor of the {{multi-storey}} on [[address:Regent Street]]
        19:52  Call handler [[name:Abimbola]] keeps him talking, colleague alerts police via {{999}}
        20:05  Street triage car ([[name:Kerry-Ann]] + PC [[name:Stewart]]) on scene
        20:40  [[name:Liam]] walks down with [[name:Kerry-Ann]], agrees to {{voluntary assessment}}
        21:30  Assessed by {{liaison psychiatry}}, home with brother + {{HTT}} follow up
        No detention, no injuries. Brilliant handover between the line and the car - nobody had to repeat anything.
    """)),
    ("health", "near_miss", block("""
        Near miss report
        Reporter: [[name:O. Adeyemi]], Crisis Assessment Unit
        When: [[date:Mon 14 Oct]] night shift
        Pt hospital no: [[case_reference:W0448213]]
        What happened: Pt admitted to the {{Crisis House}} with {{lorazepam}} 1mg {{PRN}} on GP list. Transcribed onto chart as 10mg. Spotted by [[name:Ewa]] on the {{medicines round}} check before giving. No dose given.
        Why: handwritten {{MAR chart}}, no second check on transcription.
        Fix: {{EPMA}} going live next month; until then two-person transcribing.
    """)),
    ("health", "success", prose("""
        Morning all, a bit of good news to start the week. Following the {{Serious Incident}} review
        last year we introduced a rule that every crisis line call where {{suicidal ideation}} is
        mentioned gets a {{callback}} within 24 hours. Since {{January}} we have made 412 callbacks
        and repeat calls in crisis have dropped by a third. Special thanks to
        [[name:Hamish MacLeod]] who built the callback list on {{SystmOne}} and to [[name:Yasmin]]
        and [[name:Cerys ap Rhys]] who did most of the {{Sunday}} calls. The {{CQC}} inspectors
        picked it out as good practice on [[date:18 November]]. Well done everybody.
        [[name:Fiona]], Service Manager, [[organisation:Wyeford Crisis Resolution Team]]
    """)),
    # ------------------------------------------------------------------ aviation (16)
    ("aviation", "incident", block("""
        TECH LOG EXTRACT   a/c [[aircraft_registration:G-SKLD]]   {{AW139}}   page [[case_reference:TL 004417]]
        Date: [[date:07/03/24]]   Sector: Aberdeen - offshore   Flt [[flight_number:SKD214]]
        Defect: {{MGB}} {{chip detector}} caution on climb out, crew returned to base.
        Action: Chip det removed, debris examined - fine fuzz. Cleaned, refitted IAW {{AMM}} 63-21-00. Ground run 30 min nil caution. {{HUMS}} data downloaded.
        Cert: [[name:A. Grant]]  {{B1}}  auth no [[case_reference:SK-B1-117]]
        Follow-up: MOR [[case_reference:MOR 2024/03127]] raised by Capt [[name:Doyle]]. Second chip light 3 days later on [[aircraft_registration:G-SKLD]] -> MGB removed. Learning: fuzz should have gone to the lab first time.
    """)),
    ("aviation", "success", block("""
        Subject: Good catch - tail rotor {{duplicate inspection}}

        All,

        Big thanks to [[name:Magda Wiśniewska]] on nights at Sumburgh who, while doing the {{independent inspection}} on the {{tail rotor}} pitch change link on [[aircraft_registration:G-NLHC]] ({{S-92A}}), noticed the {{split pin}} hadn't been fitted. The engineer had been called away to the {{AOG}} aircraft mid-task and the task card was stamped up to that step. The aircraft was due out on the 06:40 ([[flight_number:NLH 43A]]). Fixed and released on time. This is exactly why we do dupes. Please read the attached on {{task interruption}}.

        Cheers
        [[name:Ross McAllister]]
        Base Maintenance Manager, [[organisation:Northlight Helicopters]] Sumburgh
        m: [[phone:07700 900 915]]
    """)),
    ("aviation", "near_miss", prose("""
        near miss in {{hangar 2}} this am ([[date:thurs 11th]]) - towing
        [[aircraft_registration:G-NHLM]] out for the {{ground run}} with the {{GPU}} cable still
        plugged in. [[name:stevie]] shouted and the {{tug}} stopped with about a foot to go. no
        damage. {{tail walker}} was on his phone and nobody did the {{walk round}}. ASR
        [[case_reference:ASR-0912]] in. can we put a tag on the GPU lead that goes on the tug
        steering wheel?? simple fix
    """)),
    ("aviation", "incident", prose("""
        On [[date:19 January 2024]] an {{H175}}, [[aircraft_registration:G-OSKE]], shut down on a
        {{helideck}} offshore with a {{hydraulic}} leak indication. Two engineers,
        [[name:Conor Flynn]] and [[name:Bartek Zielinski]], were flown out on the next {{shuttle}}
        with spares. The replacement {{actuator}} had an {{EASA Form 1}} but the part number suffix
        didn't match the {{IPC}} effectivity for this airframe. [[name:Conor]] noticed but, under
        pressure from the {{OIM}} to clear the deck before weather closed in, fitted it after a
        phone call to base. Base later confirmed the part was not approved for that serial. The
        aircraft flew back empty and the actuator was replaced. No harm, but we accepted a verbal OK
        for an unapproved part. MOR [[case_reference:MOR-24-0188]] submitted to the {{CAA}}.
    """)),
    ("aviation", "success", block("""
        [[name:Kelly-Jo Barr]] 09:12
        shout out to stores! [[name:Ravi Chauhan]] quarantined a batch of {{O-rings}} from [[organisation:Grampian Seals Ltd]] because the {{C of C}} had a batch no that didn't match the bag. supplier has now admitted they were {{counterfeit}}
        [[name:Dougie]] 09:15
        seriously good catch. those were for the {{fuel control unit}} on the {{AW189}}s
        [[name:Ravi Chauhan]] 09:20
        just followed the {{goods inwards}} checklist tbh 😅
        [[name:Kelly-Jo Barr]] 09:21
        that's the point! reporting as {{suspected unapproved parts}} to the CAA today
    """)),
    ("aviation", "near_miss", block("""
        AIR SAFETY REPORT (internal)
        Ref: [[case_reference:ASR 24/0457]]
        Date: [[date:2 April 2024]]   Time: 07:55   Location: Aberdeen, {{stand 7}}
        Aircraft: [[aircraft_registration:G-NLHF]]   Type: {{AW189}}   Flight: [[flight_number:NLH 11C]]
        Crew: Capt [[name:Euan Mackie]], FO [[name:Kateryna Bondar]]
        Description: During the walk round the {{FO}} found the {{emergency flotation}} arming safety pin still fitted from the overnight check. The {{CRS}} had been signed. Pin removed, flight departed 20 min late.
        Contributory: no {{remove before flight}} streamer on that pin type, night shift short by one engineer.
        Reported to: Quality, [[name:N. Sutherland]]
    """)),
    ("aviation", "incident", block("""
        From: [[name:Jim Halloran]] <[[email:j.halloran@northlight-heli.co.uk]]>
        To: Technical Records
        Date: [[date:30 May 2024]]
        Subject: [[aircraft_registration:N389NL]] - records gap on import

        Team,

        The {{S-92}} coming in from the US lessor, [[aircraft_registration:N389NL]] (to become [[aircraft_registration:G-NLHK]]), arrived without back-to-birth records for the {{main rotor head}} {{spindles}}. We'd already booked the {{CAA}} survey and started the {{ARC}} paperwork. I've spoken to [[name:Brad Kowalski]] at [[organisation:Heliquest Leasing]] on [[phone:+1 281 555 0143]] and they're digging. Until then the aircraft is on the ground and it has cost us the [[date:3 June]] contract start.

        Learning for next time: records review before the {{ferry flight}}, not after.

        [[name:Jim]]
        Continuing Airworthiness Manager
        [[phone:+44 1224 555 802]]
    """)),
    ("aviation", "success", prose("""
        I'd like to recognise the night shift at the offshore base for the way they handled a
        {{bird strike}} on [[date:Tuesday 8 October]]. The aircraft came in with damage to a
        {{main rotor blade}} {{tip cap}} and the crew were keen to get it turned round for the
        morning {{crew change}}. [[name:Aisling]], the {{licensed engineer}} on shift, refused to
        sign off on a visual alone, called the {{duty technical services}} engineer and arranged a
        {{tap test}} to the {{AMM}} limits. Delamination was found under the cap. The blade was
        changed and the flight slipped by six hours. Passengers were unhappy at the time but it was
        absolutely the right call and she was backed fully by management.
    """)),
    ("aviation", "near_miss", block("""
        Timeline - tool control near miss, {{Hangar 1}}, [[date:14-15/08/24]]
        22:30  Night shift start, [[aircraft_registration:G-NLHB]] in for {{600 hr inspection}}
        02:10  Engine cowls closed by [[name:JM]]
        02:40  End-of-task {{shadow board}} check - 10mm spanner missing from [[name:JM]]'s kit
        03:15  Cowls reopened, spanner found on the {{engine deck}} next to a {{fuel nozzle}}
        03:30  {{FOD}} inspection, nil further
        06:00  a/c released, [[flight_number:NLH 22B]] on time
        Root cause: cowls closed before tool check; [[name:JM]] was covering two aircraft.
        Action: tool check becomes a {{stage inspection}} before any panel closure.
    """)),
    ("aviation", "incident", prose("""
        fuel bowser [[vehicle_registration:SK68 FNE]] reversed into the {{hangar door}} runner at the
        Sumburgh base, about 0515 [[date:sat 21st]]. driver [[name:Willie Tait]] says the
        {{reversing camera}} was fogged up. no aircraft involved but door now wont close fully so we
        cant heat the hangar - {{AW139}} on {{daily check}} is in the cold. {{banksman}} wasnt used
        because only 1 person on early. raised on {{Q-Pulse}} [[case_reference:QP-INC-2291]].
        [[name:Willie]] is ok just shaken
    """)),
    ("aviation", "success", block("""
        Hi [[name:Siobhán]],

        Quick note to say thanks for the {{AOG}} support on [[aircraft_registration:EI-NLS]] over the weekend. [[name:Padraig]] and [[name:Olumide]] drove the replacement {{starter generator}} from Aberdeen to Prestwick overnight in [[vehicle_registration:SV21 HBX]] and the aircraft was back on {{SAR}} standby by {{Sunday}} lunchtime, with no gap in cover. The paperwork (Form 1, {{work pack}}, {{CRS}}) was right first time, which the {{Irish Aviation Authority}} noticed at their audit.

        Many thanks,
        [[name:Ciarán Ó Súilleabháin]]
        Technical Director
    """)),
    ("aviation", "near_miss", block("""
        SHIFT HANDOVER   Days -> Nights   [[date:Wed 23/10]]
        A/C       STATUS   NOTES
        [[aircraft_registration:G-NLHA]]    S        {{50 hr check}} complete, {{CRS}} signed [[name:Taylor]]
        [[aircraft_registration:G-NLHD]]    U/S      {{MGB}} oil cooler fan - part due 20:00 via {{DHL}}
        [[aircraft_registration:G-NLHF]]    S        ** NEAR MISS ** {{engine fire bottle}} {{squib}} found 2 months out of date during comp swap - not on the {{AMOS}} forecast as it came off another tail. Replaced. Check all swapped items are loaded on AMOS.
        [[aircraft_registration:G-NLHE]]    S        nil
        Handed over by [[name:Davy Lennox]] to [[name:Shauna]]
    """)),
    ("aviation", "incident", block("""
        Debrief - passenger survival cert issue, flight [[flight_number:NLH 31F]] [[date:12/02/24]]
        Present: Capt [[name:Holly Brennan]], {{HLO}} [[name:Graeme]], {{check-in}} supervisor [[name:Lena Petrova]]
        - Passenger ([[age:58]]) boarded with an expired {{OPITO}} {{BOSIET}} - check-in system showed green because the cert date had been keyed wrong
        - Noticed by [[name:Graeme]] offshore when checking the {{manifest}}; passenger held offshore, not flown back same day
        - {{Vantage POB}} record fixed by [[name:Lena]] same day
        Learning: manual check of cert expiry at check-in until the data is cleansed.
    """)),
    ("aviation", "success", prose("""
        nice one to [[name:dan]] and [[name:big mick]] on nights for spotting the {{HUMS}} trend on
        the no.2 {{engine}} {{accessory gearbox}} on [[aircraft_registration:G-NLHD]]. vibration
        creeping up for a week, nobody had flagged it. bearing was starting to go when they pulled
        it. could have been a {{precautionary landing}} in the {{North Sea}} in winter. top work lads 👍
    """)),
    ("aviation", "near_miss", prose("""
        On [[date:26 November]] flight [[flight_number:NLH 07D]] was loaded with a
        {{dangerous goods}} package declared as 'lab samples' for the platform.
        [[name:Nkechi Obi]] in {{freight}} queried the {{UN number}} on the label, which showed
        {{UN3480}} {{lithium-ion batteries}}, and refused to load it without a
        {{DG declaration}}. The shipper, [[organisation:Tarn Offshore Services]], had packed a
        drilling tool battery pack in with the samples. It should never have reached the aircraft.
        [[name:Nkechi]] was right; the flight left without it. We have written to the shipper and
        added a reminder at the freight desk.
    """)),
    ("aviation", "incident", block("""
        Subject: RIDDOR - engineer fall from work platform

        Hi [[name:Gwen]],

        As discussed, [[name:Tomás Ruiz-Jenkins]] ([[age:34]]) fell approx 1.2 m from the {{tail boom}} {{work platform}} in Hangar 3 on [[date:Mon 9 Sept]] at 14:20. The {{guard rail}} had been removed to reach the {{tail rotor gearbox}} and not replaced. [[name:Tomás]] was taken to [[organisation:Aberdeen Royal Infirmary]] ({{fractured wrist}}) and is now home. {{RIDDOR}} reportable as over 7 days off. His staff no. [[case_reference:NL-04471]], NI no [[ni_number:NZ 36 18 44 B]] for the {{HSE}} form.

        Learning: platform with integral rails on order; no removing rails without a {{permit}}.

        Thanks
        [[name:Alun Rees]]
        H&S Advisor
    """)),
]


def main() -> None:
    write_records(OUT, build_records("heldout-blind151", REPORTS))


if __name__ == "__main__":
    main()
