"""Held-out blind corpus 266: 50 hand-written UK incident, near-miss and learning reports.

Written blind (without sight of the de-identifier or any other corpus) so that it measures how
well de-identification generalises. Everything in it - people, organisations, places, phone
numbers, NHS numbers, registrations - is invented.

Three settings:
- social_care (17): a family group conference (FGC) service - coordinators, extended families,
  private family time, family plans, interpreters, advocates.
- health (17): a GP practice - receptionists, practice nurses, GPs, prescriptions, test results,
  home visits, safeguarding leads.
- aviation (16): a flying school with light aircraft - instructors, students, solo flights,
  circuit traffic, fuel, tech log, RT with phonetic and abbreviated callsigns.

Styles are deliberately mixed: rushed lower-case notes with typos and txt-speak, formal
narratives, timed chronologies, forms with Name/DOB/Ref/Address fields, e-mails with headers and
signatures, chat exports (Teams, WhatsApp, Slack) with handles, handover notes, minutes with
attendance and apologies, pipe and aligned-column tables, RT transcripts, shout-outs and
thank-you notes.

Identifiers are marked [[label:value]]; must-not-redact mentions (roles, national bodies, drugs,
equipment, aircraft types, generic days and times, place types, look-alike acronyms) {{term}}.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from markup import block, build_records, write_records  # noqa: E402
from markup import flow as prose  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "corpus" / "heldout_blind266.jsonl"

REPORTS = [
    # ------------------------------------------------------------------ social care (17)
    ("social_care", "incident", prose("""
        {{fgc}} for the [[name:Okonkwo-Reid]] family [[date:tues 14th]] at {{the community centre}} -
        after {{private family time}} we packed up in a rush coz the caretaker wanted to lock up and i
        left the flipchart sheets on the wall. they had {{nan}} [[name:bev]]'s addres
        ([[address:22 Marlowe Crt]]) and [[name:kayden]]'s school on them plus the {{safety plan}} re dad.
        another group (slimming club!!) had the room at 7. caretaker [[name:Dennis]] binned them when i
        rang at 8.15 but we dont know who saw. told my {{TM}} [[name:Shireen]] next morning, she said log
        it here as a {{data breach}} + let {{IG}} know. family informed by phone, {{mum}} was ok about it
        but [[name:bev]] v upset. learning for me - take photos of the sheets + take them down b4
        leaving, never write addresses on the flipchart. {{coordinator}}: [[name:A. Nwosu]]
    """)),
    ("social_care", "near_miss", block("""
        From: [[name:Tesfaye Gebremariam]] <[[email:t.gebremariam@harbourfgc.org.uk]]>
        To: {{FGC Coordinators}}
        Cc: [[name:Shireen Aslam]]
        Sent: [[date:Thursday 6 March 2025]] 16:42
        Subject: Near miss - interpreter language, [[case_reference:FGC/2025/0147]]

        Hi all,

        Flagging a near miss so we can all learn from it. The interpreter request for the
        [[name:Haile]] family conference on [[date:Friday 7 March]] went to {{the agency}} as
        {{Amharic}}. {{Grandmother}} [[name:Letebrhan]] and {{the aunties}} speak {{Tigrinya}} only -
        it's on {{the referral form}}, but the drop-down defaulted to Amharic and nobody noticed.

        I only picked it up because I rang {{Nan}} to confirm the venue and she said someone had
        already called her in a language she didn't understand. Rebooked with
        [[organisation:Lingua Bridge Ltd]] at 15:30 and the interpreter is confirmed for 10am.

        If the family had arrived and not understood {{the information giving}}, {{private family time}}
        would have collapsed and {{the IRO}} would have been waiting on a plan that didn't exist.

        Suggestion: remove the default on the form so the language has to be chosen.

        Thanks
        [[name:Tesfaye]]
        {{FGC Coordinator}} | [[organisation:Harbourside Family Group Conference Service]]
        [[phone:01632 960 418]]
    """)),
    ("social_care", "success", prose("""
        SHOUT-OUT: massive thanks to [[name:Precious Adeyemi]] ({{coordinator}}) and [[name:Wojciech]],
        our Polish {{interpreter}}, for the [[name:Kowalczyk]] conference on [[date:Sat 15 Feb]]. Eleven
        family members, two languages, and {{Babcia}} joining on video at 6am her time. [[name:Precious]]
        set up a second laptop so the interpreter could sit with Babcia's screen during
        {{private family time}} without being in the room - the family said they forgot he was there,
        which is exactly right. The {{family plan}} was agreed in under three hours and [[name:Zuzia]]
        ([[age:aged 9]]) got to draw her part of the plan herself. The {{social worker}},
        [[name:Grace Mbeki]], said it was the most detailed plan she has seen and {{the IRO}} has accepted
        it for {{the CP review}}. Learning to share: the two-laptop set-up is now in our
        {{remote FGC checklist}}. - [[name:Shireen]], {{Service Manager}}
    """)),
    ("social_care", "incident", block("""
        INCIDENT CHRONOLOGY - FGC [[case_reference:FGC/24/0932]]
        Coordinator: [[name:Faith Omondi]]    Date: [[date:19/11/24]]

        09:30  Family arrive at {{the venue}} ([[organisation:Brackenfield Children's Centre]]).
               Present: {{Mum}} ([[name:Kerry]]), {{maternal nan}} ([[name:Pat]]), {{Aunt}} [[name:Lorna]],
               family friend [[name:Sunny]].
        10:05  {{Information giving}} done. SW Mr [[name:Brennan]] and {{the health visitor}} leave.
        10:20  {{Private family time}} starts. I'm in the side room.
        10:48  Reception rings me - a man at the front desk asking for "[[name:Kerry]]'s meeting".
               Says he is [[name:Dale]], {{ex-partner}}. He is named in the {{CP plan}} and there is a
               {{non-molestation order}}.
        10:50  Reception keep him in the foyer. I tell [[name:Kerry]] privately, family stay in room.
        10:52  Call {{999}}, log [[case_reference:CAD-4471]].
        11:06  Police attend, [[name:Dale]] leaves with them. No contact with [[name:Kerry]] or the children.
        11:40  Family ask to carry on. Plan completed 12:55.

        Cause: [[name:Sunny]] had posted the venue in a family group chat that [[name:Dale]] is still in.
        Actions: venue only given by phone in future; {{DSL}} at the centre told; Mr [[name:Brennan]]
        has updated {{MASH}}.
    """)),
    ("social_care", "near_miss", block("""
        [Teams chat - {{FGC Coordinators}}]

        [[name:Marek Nowicki]] 09:14
        has anyone posted the invites for the [[name:Abdi]] conference yet?? {{SW}} just rang, the
        address on the referral for dad is his OLD one - [[address:41 Tanner Street, Wrexton]]
        [[postcode:WX4 7PL]] is where {{mum}} and the kids live now

        [[name:Hope Darko]] 09:16
        omg I printed them last night, they're in the {{post tray}}

        [[name:Marek Nowicki]] 09:16
        pls grab them!!

        [[name:Hope Darko]] 09:19
        got them. {{dad}}'s one was going to [[address:41 Tanner St]] 😬 so he'd have had the venue, the
        date AND mum's new address

        [[name:Marek Nowicki]] 09:21
        phew. can you check [[name:Ayaan]]'s school one too, referral says
        [[organisation:St Bede's Primary]] but the {{CIN plan}} says he moved

        [[name:Hope Darko]] 09:30
        checked w {{SW}} - it's [[organisation:Wrexton Park Academy]] now. reprinted all 6. logging as
        near miss. we should check addresses with the SW before printing not after

        [[name:Marek Nowicki]] 09:31
        👍 will raise at {{team meeting}} {{Thurs}}
    """)),
    ("social_care", "success", block("""
        [[organisation:HARBOURSIDE FGC]] - PRACTICE LEARNING MINUTES
        Date: [[date:Wed 2 April 2025]], 10:00, {{Room 4}}
        Present: [[name:Shireen Aslam]] (chair), [[name:Tesfaye Gebremariam]], [[name:Rose Kilbride]],
        [[name:Dev]], [[name:J.P. Mahlangu]]
        Apologies: [[name:Niamh O'Sullivan]], [[name:Bartek]] ({{interpreter pool}})

        1. Actions from last meeting - all done except the {{DPIA}} for video conferences
        ([[name:SA]] chasing {{IG}}).

        2. Success to share - [[name:Ward]] family review FGC
        [[name:RK]] presented. At the first conference in {{January}} the family plan had {{Grandad}}
        [[name:Frank]] doing school runs and {{Aunty}} [[name:Amber]] doing {{Tuesday}} overnights. At
        the review all actions were met, school attendance is up from 61% to 94% and the {{CP plan}} was
        stepped down to {{CIN}} on [[date:24 March]]. [[name:Lily-Mae]] ([[age:7]]) told {{the IRO}}
        "Grandad is never late".
        Learning: booking the review FGC at the first conference, with a date agreed in the room, kept
        everyone accountable.
        Action: all coordinators to diarise reviews before leaving the venue. Owner: [[name:SA]].

        3. AOB - none. Next meeting [[date:7 May]].
    """)),
    ("social_care", "incident", block("""
        INCIDENT FORM
        Ref: [[case_reference:INC-SC-25-0318]]
        Service: [[organisation:Harbourside Family Group Conference Service]]
        Reported by: [[name:Joy Mwangi]], {{Coordinator}}
        Date of incident: [[date:11/03/2025]]

        Child
        Name: [[name:Tyler-Jay Hughes]]
        DOB: [[date_of_birth:02/08/2016]]
        Address: [[address:Flat 3, 17 Cobden Road, Wrexton]] [[postcode:WX2 5HT]]
        Allocated SW: [[name:Bill Adebayo]]

        What happened:
        I emailed the draft {{family plan}} to all attendees for checking. The list included
        [[name:Tyler-Jay]]'s paternal uncle, [[name:Craig Hughes]], who had been excluded from the
        conference by the {{social worker}} because of {{domestic abuse}} concerns. The plan shows the
        address of [[name:Tyler-Jay]]'s new {{respite carer}}. I tried to recall it at 14:10 but the
        uncle had already opened it.

        Immediate action: SW and {{the police}} informed, {{safety plan}} reviewed same day, respite
        carer visited by [[name:Bill]]. {{IG}} breach form [[case_reference:IG-2025-044]] completed.

        Learning: anyone excluded must be flagged on the distribution list, and plans only go out by
        secure email after the coordinator has checked the list.
        Manager: [[name:Shireen Aslam]]
    """)),
    ("social_care", "near_miss", block("""
        [[date:08/01/2025]], 13:02 - [[name:Kemi]]: {{room 2}} is booked for a {{parenting group}} at 2 😩 same time as our {{pft}} for the [[name:Begum]] family
        [[date:08/01/2025]], 13:03 - [[name:Luca B]]: thought we had it til 4?
        [[date:08/01/2025]], 13:04 - [[name:Kemi]]: so did i. and the partition is paper thin, [[name:Rukhsana]] will be talking about the {{section 47}} in there
        [[date:08/01/2025]], 13:04 - [[name:Kemi]]: half that group go to the same {{mosque}} as her in-laws
        [[date:08/01/2025]], 13:06 - [[name:Luca B]]: ring [[name:Gwen]] on reception, is the upstairs room free?
        [[date:08/01/2025]], 13:15 - [[name:Kemi]]: sorted, upstairs. told {{the interpreter}} ({{Sylheti}}) and {{the SW}}
        [[date:08/01/2025]], 13:16 - [[name:Luca B]]: nice one. log it as a near miss pls, {{the booking system}} said room 2 was ours all afternoon
        [[date:08/01/2025]], 13:17 - [[name:Kemi]]: will do. screenshot attached
        [[date:08/01/2025]], 13:17 - [[name:Kemi]]: <Media omitted>
    """)),
    ("social_care", "incident", prose("""
        On [[date:Monday 20 January 2025]] at approximately 16:00 I emailed the agreed {{family plan}}
        for the [[name:Castellanos]] family to the professionals' distribution list. When I typed
        '[[name:Hope]]' to add the {{health visitor}}, [[name:Hope Farrant]], {{Outlook}} auto-completed
        to [[name:Hope Lindqvist]], a parent from an unrelated conference last year. The plan contained
        the names and ages of [[name:Mateo]] ([[age:4]]) and [[name:Valentina]] ([[age:18 months]]),
        the family address and details of {{Dad}}'s {{alcohol misuse}}. I realised at 16:20 when
        Ms [[name:Lindqvist]] replied asking what it was. I phoned her and she agreed to delete the
        email, which she confirmed in writing at 16:45. I informed my manager, {{the Data Protection
        Officer}} and {{the allocated social worker}}, Mr [[name:Ogundipe]]. The family were told by
        phone the next morning and were understandably angry. Breach reference
        [[case_reference:DPB-0117]]. Learning: auto-complete has now been switched off for the team
        and plans are sent from a saved distribution group, checked by a second person. Reported by
        [[name:Dominic Achterberg]], {{FGC coordinator}}.
    """)),
    ("social_care", "success", block("""
        HANDOVER - [[name:Ifeoma]] to [[name:Callum]] ({{annual leave}} from [[date:Mon 9th]])

        SUCCESS TO LOG: [[name:Nowak-Briggs]] family. Reunification went ahead on [[date:28 Feb]].
        [[name:Robin]] ([[age:13]]) is back living with paternal grandparents [[name:Mark]] and
        [[name:Dawn Briggs]] at [[address:5 Larch Close, Hebden Vale]] under the FGC plan, not
        {{foster care}} as {{the LA}} proposed at {{PLO}}.
        What worked: two {{private family time}} sessions, because Grandad [[name:Mark]] wanted to hear
        [[name:Robin]]'s views first. {{Advocate}} [[name:Sanjay]] from [[organisation:Voice4Kids]]
        helped [[name:Robin]] write his bit.

        Still to do for you [[name:Callum]]:
        - review FGC booked [[date:30 April]], venue confirmed
        - chase school ([[organisation:Hebden Vale High]]) for attendance data
        - {{Nan}}'s number has changed: [[phone:07700 900 263]]
        - {{IRO}} wants the plan before {{the LAC review}}

        Thanks! [[name:Ifeoma]] x
    """)),
    ("social_care", "incident", block("""
        FGC PLAN TRACKER - missed actions ([[case_reference:FGC/24/1189]], [[name:Demir]] family)

        | Action | Owner | Due | Status |
        |---|---|---|---|
        | Contact supervised by {{Aunt}} | [[name:Elif Demir]] | [[date:05/10/24]] | done |
        | {{GP}} appt for [[name:Yusuf]] | {{Mum}} | [[date:12/10/24]] | missed |
        | {{Respite}} weekends | Uncle [[name:Hakan]] | {{every other Sat}} | stopped |
        | Review FGC invites | [[name:Ruby Thorne]] ({{coordinator}}) | [[date:01/11/24]] | NOT SENT |

        Incident: the review invites were never sent because I was off sick and there is no cover
        column on the tracker. [[name:Hakan]] stopped the respite weekends after a family row and
        nobody noticed for three weeks. {{IRO}} Ms [[name:Achebe]] only found out at {{the LAC review}}.
        [[name:Yusuf]] ([[age:6]]) also missed his {{hearing test}}.
        Learning: tracker now has a cover coordinator per family and a weekly RAG check by the
        {{TM}}. - [[name:RT]]
    """)),
    ("social_care", "near_miss", block("""
        #fgc-transport

        [[name:priya.k]]  08:02
        @[[name:sam.oyelowo]] the taxi for [[name:Deion]] ([[age:15]]) tomorrow - the
        [[organisation:Castlegate Cars]] confirmation says pick up from [[address:14 Rowan Way]]. that's
        his old {{foster carers}}!

        [[name:sam.oyelowo]]  08:05
        oh no. the form pulled the address from {{the referral}} not his {{current placement}}. he's at
        [[organisation:Millbank House]] now

        [[name:priya.k]]  08:06
        also they've given him a driver we don't know. his {{care plan}} says {{DBS}}-checked regular
        driver + {{escort}}

        [[name:sam.oyelowo]]  08:11
        rebooked: pick up [[organisation:Millbank House]] 9:15, driver [[name:Ray]] (usual one, DBS on
        file), {{keyworker}} [[name:Fatima]] travelling with him

        [[name:priya.k]]  08:12
        👍 logging it. can we make "current placement address" a mandatory field on the
        {{transport request}}?

        [[name:sam.oyelowo]]  08:13
        yes - I'll ask [[name:Gareth]] in {{business support}}
    """)),
    ("social_care", "success", prose("""
        Learning report - successful hybrid conference. On [[date:12 December 2024]] I coordinated a
        hybrid family group conference for [[name:Austėja]] ([[age:15]]), who had been
        {{accommodated}} under {{Section 20}} after a breakdown at home. Her {{maternal grandmother}},
        [[name:Danutė Jankauskienė]], and two uncles joined by video from Lithuania; {{Mum}},
        {{stepdad}} [[name:Liam]] and {{Aunt}} [[name:Ieva]] attended in person at
        [[organisation:Wrexton Civic Centre]]. A Lithuanian {{interpreter}}, Mr [[name:Petrauskas]],
        was booked for the whole day, including {{private family time}}, at the family's request.
        [[name:Austėja]] chose to have an {{advocate}} and spent part of private family time in a
        separate room with her, rejoining for the decisions. The family produced a plan for
        [[name:Austėja]] to return home on [[date:3 January]] with weekend stays at [[name:Ieva]]'s,
        and {{the IRO}} endorsed it. She went home as planned and is still there. What made the
        difference: asking [[name:Austėja]] who she wanted there, testing the video link the day
        before, and building the interpreter into the budget rather than treating it as an extra.
        [[name:Rhiannon Pugh]], {{Family Group Conference Coordinator}}
    """)),
    ("social_care", "incident", prose("""
        {{pft}} abandoned at [[organisation:Greenlea Family Centre]] today ([[date:wed 5/2]]). dad
        ([[name:Kyle]]) turned up smelling of alcohol, slurring. he was told in {{info giving}} by the
        {{SW}} that any drinking = meeting ends. he went in2 pft anyway bc i was on the phone to
        {{the interpreter}} who was lost. mum's new partner [[name:Jordan]] and [[name:kyle]] started
        arguing, chair thrown (no-one hurt). [[name:Nadia]] ([[age:11]]) was in the play room w
        {{family support worker}} [[name:Joss]] + heard the shouting. i ended the meeting, SW
        [[name:Anwen]] took [[name:nadia]] home w mum. [[name:kyle]] left on foot. no police needed. havent got an
        outcome, will rebook w/out dad + do a separate session for his side. learning - shd have
        checked in w dad b4 pft, not assumed. also need a 2nd person on site when theres {{DA}}
        history. - [[name:marcus]]
    """)),
    ("social_care", "near_miss", block("""
        From: [[name:Pat Lindgren]] <[[email:pat.lindgren@wrexton.gov.uk]]>
        To: [[name:Kwabena Osei]]
        Date: [[date:27 Jan 2025]] 11:05
        Subject: RE: info for [[organisation:Little Acorns Nursery]]

        [[name:Kwabena]] - please DON'T send yet. I've just checked the file and {{Dad}}'s consent form
        for sharing with {{the nursery}} isn't signed - only {{Mum}}'s. He has
        {{parental responsibility}} and said at {{the referral visit}} that he didn't want the nursery told
        about the {{CP}} history.

        Can you ring him today, go through it again with {{the Twi interpreter}} if needed, and only
        send once it's signed? If he still says no we share just the date and time so [[name:Zara]]
        ([[age:3]]) can be collected.

        I'm logging this as a near miss because the {{referral checklist}} only asks "consent obtained
        Y/N" and you ticked Y in good faith. I'll change it to one box per person with {{PR}}.

        Thanks for checking with me first - that's exactly what saved it.

        [[name:Pat]]
        {{Team Manager}}, {{FGC Team}}, [[organisation:Wrexton Borough Council]]
        [[phone:01632 961 770]]
    """)),
    ("social_care", "incident", block("""
        FGC ATTENDEE CONTACT SHEET ([[case_reference:FGC/25/0061]]) - COORDINATOR ONLY
        Name                 Relationship      Phone
        [[name:Chantelle Rowe]]       {{Mum}}               [[phone:07700 900 518]]
        [[name:Gary Rowe]]            {{Dad}}               [[phone:07700 900 742]]
        [[name:Sheila]]               {{Paternal nan}}      [[phone:01632 960 093]]
        [[name:Tomasz Zieliński]]     Mum's friend      [[phone:07700 900 381]]
        [[name:Jade Whitlock]]        {{Social worker}}     [[phone:01632 961 204]]

        What happened: this sheet was printed on the back of the agenda by mistake and handed to
        everyone at the start of the conference on [[date:Tues 4th Feb]]. Mum's number is a new one
        given to her by {{the refuge}} and Dad is the reason she is there. Noticed by [[name:Jade]] at
        lunch; Dad had already left with his copy. {{MARAC}} informed, {{IDVA}} arranged a new phone
        for Mum the same afternoon.
        Learning: contact sheet now saved as a separate file marked "do not print".
        Reported by [[name:Olu]] ({{coordinator}}).
    """)),
    ("social_care", "success", block("""
        FEEDBACK - typed up from a card, spelling as written. Ref [[case_reference:FGC/24/0877]]

        "dear [[name:hazel]] thank you for making my family lisen to me. i didnt think {{nanna}}
        [[name:Joan]] and {{uncle}} [[name:Bilal]] wud ever be in the same room agen let alone agree on
        anything. i liked that i got to say wat i wanted first and that the {{advocate}}
        ([[name:Summer]]) sat with me. i am back at {{school}} now and i see my {{little brother}}
        [[name:Alfie]] every weekend like the plan says. i am [[age:14]] now not [[age:13]] so u owe me
        a cake lol. from [[name:Skye]]"

        Coordinator note ([[name:Hazel Mensah-Boateng]]): shared with [[name:Skye]]'s permission. The
        {{CIN}} case closed on [[date:16 January]]. Learning for the team: giving the {{young person}} the
        first voice in {{private family time}}, with their {{advocate}}, changed how the adults
        listened. Worth doing as standard, not just for teenagers.
    """)),
    # ------------------------------------------------------------------ health (17)
    ("health", "incident", prose("""
        pt rang 10.40 for her {{bloods}}. i searched surname + first initial, 2 x [[name:H Kaur]] on
        {{EMIS}} and i didnt check DOB 🙈 told her {{cholesterol}} fine but {{HbA1c}} raised + dr wants
        to see her. she got really worried. later Dr [[name:Lewandowski]] said those were the other pt's
        results - [[name:Harpreet Kaur]], DOB [[date_of_birth:03/04/1961]]. rang the caller back, she is
        [[name:Harjit Kaur]], DOB [[date_of_birth:19/09/1978]], her results all normal. apologised, she
        wasnt happy she'd been told someone elses results. rang [[name:Harpreet]] + booked her in w the
        {{practice nurse}} [[name:Sunny]] tmrw. told [[name:Bernadette]] ({{practice manager}}). my bad -
        {{3 point ID check}} every time from now (name, DOB, first line of address) not just name.
        [[name:Kelsey]], {{reception}}
    """)),
    ("health", "near_miss", block("""
        From: [[name:Yusra Haddad]] <[[email:yusra@haddadpharmacy.co.uk]]>
        To: [[email:calderbrook.prescriptions@nhs.net]]
        Sent: [[date:Tue 11 Feb 2025]] 09:12
        Subject: Query - {{methotrexate}} Rx for Mr [[name:D Fairweather]]

        Hi team,

        We received an {{EPS}} prescription this morning for {{methotrexate 2.5mg}} tablets with the
        directions "take 4 tablets daily". Patient: [[name:Dennis Fairweather]], NHS
        [[nhs_number:485 119 7365]]. His previous scripts all say "take 4 tablets ONCE a week on
        {{Mondays}}" with {{folic acid}}.

        I have NOT dispensed. Could the prescriber (looks like Dr [[name:Nwachukwu]]) check and
        reissue? Mr [[name:Fairweather]] is due to collect at 2pm.

        Kind regards
        [[name:Yusra Haddad]] {{MRPharmS}}
        {{Pharmacist}}, [[organisation:Haddad Pharmacy]]
        [[phone:01632 960 557]]

        --- Practice note added to SE log ---
        Wrong dose template picked from the drop-down ("daily" sits above "weekly"). Rx cancelled and
        reissued 10:05, patient phoned. Logged as near miss [[case_reference:SE-2025-019]]. Templates
        for {{high-risk drugs}} are now weekly-only. Thank you [[name:Yusra]] for the catch.
        - [[name:Bernie]] ({{PM}})
    """)),
    ("health", "success", prose("""
        ⭐ SHOUT-OUT ⭐ Huge well done to [[name:Amber]] on reception on [[date:Friday 21st]]. A mum rang
        at 8:05 for an appointment for her [[age:2-year-old]], [[name:Teddy]], "just a temperature".
        [[name:Amber]] used the {{red flag}} prompt sheet, asked about a rash and asked the glass test
        question - the rash didn't fade. She put the call straight through to the {{duty doctor}},
        Dr [[name:Obi]], who told mum to call {{999}}. [[name:Teddy]] was treated for
        {{meningococcal sepsis}} at [[organisation:St Aldhelm's Hospital]] and is now home and well.
        Mum came in {{yesterday}} with chocolates for [[name:Amber]] 🍫. This is exactly why we do the
        {{care navigation}} training. Thank you [[name:Amber]]! - [[name:Grace]] ({{Practice Manager}})
    """)),
    ("health", "incident", block("""
        SIGNIFICANT EVENT - delayed home visit    Ref: [[case_reference:SEA-24-031]]
        Patient: Mr [[name:Albert Crowther]], [[age:89]]

        [[date:Thurs 7 Nov]]
        08:20  Daughter [[name:Lynne]] requests a {{home visit}} - dad "not right", confused, off his
               food. Added to the visit list by the {{receptionist}}, not triaged.
        10:30  Visits split at {{huddle}}. Mr [[name:Crowther]]'s visit not allocated - the printed list
               was cut off at the bottom of page 1.
        13:45  [[name:Lynne]] rings again. Told a GP will come "this afternoon".
        16:10  Dr [[name:Hassan]] notices the visit unallocated on {{EMIS}}.
        16:50  Dr [[name:Hassan]] visits. Pt on floor by bed, ?{{fall}} overnight, {{NEWS2}} 7.
               {{999}} called.
        17:40  Conveyed to [[organisation:Wrexton General]], admitted with {{urosepsis}}.

        Learning: all visit requests go to the {{duty GP}} for triage by 11:00; the visit list is
        checked on screen, not on paper. {{Clinical lead}} Dr [[name:Ferreira]] to re-audit in 3 months.
    """)),
    ("health", "near_miss", block("""
        NEAR MISS REPORT - SPECIMEN LABELLING
        Date: [[date:03/12/2024]]    Reporter: [[name:Joanna Wiśniewska]], {{Practice Nurse}}

        Patient 1: [[name:Kofi Mensah]]   DOB [[date_of_birth:14/02/1955]]   NHS No [[nhs_number:401 023 2188]]
        Patient 2: [[name:Kofi Mensah-Arthur]]   DOB [[date_of_birth:22/07/1983]]   NHS No [[nhs_number:702 356 1498]]
        Address (pt 2): [[address:9 Weaver's Row, Calderbrook]] [[postcode:HX7 2RB]]

        What happened: both patients had {{bloods}} in the {{treatment room}} one after the other
        (09:10 and 09:20). Labels printed from {{ICE}} for patient 2 were stuck on patient 1's {{FBC}}
        and {{U&E}} tubes because both sets were on the bench. Spotted by {{HCA}} [[name:Will]] when
        bagging the samples - the DOB on the tube didn't match the request form. Tubes discarded,
        patient 1 called back and re-bled at 11:00 with an apology. No results issued.
        Contributing: near-identical names, busy clinic, labels printed ahead.
        Action: one patient's labels on the bench at a time; label at the chair, in front of the
        patient. [[name:JW]]
    """)),
    ("health", "incident", block("""
        [Teams - {{Admin & Safeguarding}}]

        [[name:Sophie Marchetti]]  11:02
        Urgent - copy of the {{safeguarding referral}} for [[name:Leila Haidari]] ([[age:16]]) was posted
        to her home address yesterday 😳 her {{stepdad}} is the alleged perp

        Dr [[name:Paul Oyedepo]]  11:04
        How?? And who's {{safeguarding lead}} today

        [[name:Sophie Marchetti]]  11:05
        you are 🙃 the {{letter template}} has "cc patient" ticked by default and [[name:Rosa]] ran the
        batch

        Dr [[name:Paul Oyedepo]]  11:07
        OK. I'm ringing {{MASH}} and the {{school DSL}} now so they can see her before she goes home.
        Nobody ring the house. Can someone pull the template

        [[name:Rosa Delgado]]  11:20
        so sorry. unticked on all templates now. it went to [[address:27 Fenwick Grove]] 2nd class
        yesterday so probably lands today

        Dr [[name:Paul Oyedepo]]  11:41
        MASH have seen [[name:Leila]] at [[organisation:Calder Valley School]], {{strategy discussion}}
        at 2. Logging as an {{SEA}}. Not a blame thing [[name:Rosa]] - the default was the problem.
        Thanks all
    """)),
    ("health", "success", block("""
        [[organisation:Calderbrook Medical Practice]] - SIGNIFICANT EVENT / LEARNING MEETING
        [[date:Wednesday 15 January 2025]], 13:00, {{Library}}

        Present: Dr [[name:A. Ferreira]] (chair), Dr [[name:Nwachukwu]], [[name:Bernadette Cole]] ({{PM}}),
        [[name:Joy]] ({{Lead Nurse}}), [[name:Kelsey]], [[name:Ravi]], [[name:Holly]] ({{HCA}})
        Apologies: Dr [[name:Hassan]] ({{annual leave}}), [[name:Ewa]]

        Item 1 - [[case_reference:SE-2024-044]] vaccine fridge (GOOD CATCH)
        [[name:Holly]] noticed at the morning check on [[date:2 Jan]] that the {{min/max}} reading on
        fridge 2 was 1.8°C (range {{2-8°C}}). She quarantined the stock, labelled it "do not use", and
        rang the manufacturers and followed {{UKHSA}} guidance before clinic. All stock was confirmed
        usable, so nothing was wasted and no patient received a compromised dose.
        Cause: the probe was pushed against the back wall after the
        [[organisation:Medivault Logistics]] delivery.
        Learning: probe clip fitted; second {{data logger}} added; deliveries put away by trained
        staff only.
        Agreed: nominate [[name:Holly]] for the {{PCN}} good-catch award.
        Actions: [[name:BC]] to update the fridge {{SOP}} by [[date:31/01/25]].
    """)),
    ("health", "incident", prose("""
        On [[date:Saturday 5 October 2024]], at our flu clinic, Mrs [[name:Ivy Pemberton]], [[age:67]],
        received an {{aQIV}} flu vaccine from me. When I came to record it, {{EMIS}} showed a flu
        vaccination already given on [[date:27 September]] at [[organisation:Fenwick Pharmacy]], which
        had come through from {{NIMS}} that morning. Mrs [[name:Pemberton]] had said "no" when I asked
        whether she had had it this year; she later said she thought the pharmacy one was "for the
        {{Covid}}". I informed the {{duty doctor}}, Dr [[name:Sunita Raman]], who checked the
        {{Green Book}}: a second dose is not expected to cause harm. Mrs [[name:Pemberton]] and her son
        [[name:Neil]] were informed the same day and given {{worsening advice}}. She had a sore arm
        only. Learning: check the record before vaccinating rather than relying on verbal
        confirmation; pharmacy records can lag by up to 48 hours, so we now also ask patients whether
        they have had any jab at a chemist since {{September}}. Reported by [[name:Faisal Qureshi]],
        {{Practice Nurse}}, [[date:07/10/24]].
    """)),
    ("health", "near_miss", block("""
        DUTY DOC HANDOVER [[date:Fri 28/03]] -> weekend ({{OOH}} aware)

        1. [[name:Gwendolyn Price]], [[age:78yo]]. {{K+}} 6.4 came back 17:50 from the
           [[organisation:Wrexton General]] lab. Sat in Dr [[name:Joseph]]'s inbox - he'd left at 5.
           NOT actioned until I spotted it at 18:20 on the inbox sweep. Rang pt: on {{ramipril}} +
           {{spironolactone}}, feels "washed out". Sent to {{SDEC}}, admitted. NEAR MISS - results
           for absent GPs aren't redirected. Raise Mon.
        2. Mr [[name:Tsang]], {{palliative}}, {{JIC meds}} in house, {{DNs}} aware, {{DNACPR}} on
           {{SCR}}. NHS [[nhs_number:612 884 3050]]. Wife [[name:Mei]] may call {{OOH}}.
        3. [[name:Frankie Doyle]] ([[age:19]]) - {{sick note}} ready at front desk, nothing clinical.

        [[name:Saoirse]] ({{duty GP}})
    """)),
    ("health", "incident", block("""
        2WW REFERRAL AUDIT - [[organisation:Calderbrook Medical Practice]] - October

        | Patient | NHS No | Dictated | On {{e-RS}} | Delay |
        |---|---|---|---|---|
        | [[name:M. Kowalski]] | [[nhs_number:538 902 6748]] | [[date:02/10/24]] | [[date:16/10/24]] | 14 days |
        | [[name:R. Achebe]] | [[nhs_number:327 601 9485]] | [[date:09/10/24]] | [[date:10/10/24]] | 1 day |
        | [[name:J. Sørensen]] | [[nhs_number:819 443 0623]] | [[date:14/10/24]] | [[date:14/10/24]] | 0 |
        | [[name:Nkechi Obi]] | [[nhs_number:456 210 8738]] | [[date:21/10/24]] | [[date:25/10/24]] | 4 days |

        Incident: Mr [[name:Kowalski]]'s {{2WW}} for {{suspected lower GI cancer}} was dictated on
        [[date:02/10]] but sat in the secretaries' queue for two weeks while [[name:Lorraine]] was on
        leave; the cover secretary didn't know about the 2WW tray. {{NICE NG12}} expects referral the
        same day. He has since had his {{colonoscopy}} ([[date:30/10/24]]).
        Learning: 2WW dictations flagged red on the {{Docman}} workflow and the {{PM}} checks the
        queue daily. - Dr [[name:A. Ferreira]]
    """)),
    ("health", "success", block("""
        [[name:Bernadette Cole]] wrote:
        For the {{learning-from-excellence}} folder please. The {{EPaCCS}} record meant {{OOH}} had
        everything on the night.

        ---------- Forwarded message ---------
        From: [[name:Caroline Ashworth]] <[[email:caz.ashworth72@gmail.com]]>
        Date: [[date:Sun, 9 Mar 2025]] at 19:48
        Subject: Thank you
        To: [[email:calderbrook.reception@nhs.net]]

        To whoever reads this, please pass this on to Nurse [[name:Hollie]] and Dr [[name:Mistry]].

        My mum, [[name:Eileen Ashworth]], died peacefully at home on [[date:2 March]],
        [[age:aged 84]]. It was what she wanted. Dr [[name:Mistry]] came out on her {{half day}} to do the
        {{ReSPECT form}} with us and set up the {{anticipatory meds}}, so when things changed on the
        Saturday night the {{out-of-hours}} nurse had everything she needed and we didn't have to go to
        {{A&E}}. [[name:Hollie]] rang me every other day and never once made me feel like a nuisance.

        Thank you all, and the lovely lady on {{reception}} who always put me straight through.
        [[name:Caroline]]
    """)),
    ("health", "near_miss", block("""
        [[date:14/01/2025]], 09:41 - [[name:Ewa]]: heads up the {{CoaguChek}} in {{room 3}} still had yesterday's last patient ID on it. i nearly did Mr [[name:Abara]]'s {{INR}} under Mrs [[name:Dunleavy]]'s record
        [[date:14/01/2025]], 09:42 - [[name:Ewa]]: his was 4.9 so she'd have had her {{warfarin}} held for no reason and his high one missed
        [[date:14/01/2025]], 09:44 - [[name:Blessing N]]: 😬 glad u spotted it. who did last night's clinic?
        [[date:14/01/2025]], 09:45 - [[name:Ewa]]: [[name:Krystyna]] i think, she's not in til {{thurs}}
        [[date:14/01/2025]], 09:47 - [[name:Blessing N]]: ok i'll message her, not a blame thing. can we add "clear pt ID" to the end of clinic checklist?
        [[date:14/01/2025]], 09:48 - [[name:Ewa]]: yes pls. dr [[name:kapoor]] has dosed Mr [[name:Abara]], he's fine, recheck [[date:fri 17th]]
        [[date:14/01/2025]], 09:50 - [[name:Blessing N]]: 👍 will log on {{LFPSE}}
    """)),
    ("health", "incident", prose("""
        needlestick 2day ([[date:mon 3rd]]) in the {{treatment rm}} approx 3pm. doing {{bloods}} on
        Mr [[name:J. Oduya]], sharps bin was full + lid half shut so i resheathed (i know 🙄) and went
        thru my glove into L index finger. bled it + washed under tap, told [[name:Rachel]] ({{PN}}) who
        rang {{occ health}} + they sent me to {{A&E}} at [[organisation:Wrexton General]] for {{PEP}}
        risk assessment. pt consented to {{BBV}} bloods, my {{hep B}} titre is ok. bin shd have been
        swapped but the [[organisation:Shieldwaste Ltd]] collection was missed {{last week}} so there
        were no spare bins. [[name:bernie]] says might be {{RIDDOR}}. pls can we keep spare bins in the
        cupboard. [[name:Chanelle]] ({{HCA}})
    """)),
    ("health", "near_miss", block("""
        #prescribing-queries

        [[name:ravi.p]]  10:14
        repeat request just came in via {{the NHS App}} for [[name:Margaret Hendry]] - {{co-codamol}},
        {{sertraline}}. didn't she die [[date:19 Feb]]? we got the {{death notification}} on the [[date:21st]]

        [[name:joy.akande]]  10:16
        😳 record isn't marked deceased on {{EMIS}}. I'd have issued it - both are on the
        {{auto-approve}} list

        [[name:ravi.p]]  10:17
        request came from her husband's login via {{proxy access}} I think. Mr [[name:Hendry]] might
        just be on autopilot, poor man

        [[name:joy.akande]]  10:18
        ok I'll reject + mark deceased, and ring him gently. [[name:Bernie]] can you check why the
        death wasn't coded?

        [[name:bernadette.cole]]  10:40
        Found it - the {{ME}} notification went into the scanning tray while [[name:Lorraine]] was
        covering for [[name:Tasha]]. Checking the rest of that tray today. Logged as near miss
        [[case_reference:SE-2025-027]].
    """)),
    ("health", "success", prose("""
        Good practice - safeguarding. On [[date:Tuesday 18 February]], {{practice nurse}}
        [[name:Imran Chaudhry]] saw [[name:Ellie-Rose Barker]], [[age:4 months]], for her
        {{immunisations}}. He noticed a small bruise behind her ear. Mum said her [[age:3-year-old]]
        brother [[name:Kai]] had "hit her with a toy". [[name:Imran]] remembered our
        {{bruising in non-mobile infants}} protocol and did not let the family leave; he asked me, as
        {{safeguarding lead}}, to review. I examined [[name:Ellie-Rose]], documented on a body map and
        called the {{MASH}} (ref [[case_reference:MASH-25-01884]]). She was seen at
        [[organisation:St Aldhelm's Hospital]] the same afternoon; the {{skeletal survey}} was normal
        and the explanation was accepted, with {{early help}} offered to a stretched family. Mum later
        told the {{health visitor}} she understood why we had done it. What went well: [[name:Imran]]
        acted on the protocol even though the explanation seemed plausible, and we kept mum informed
        throughout. - Dr [[name:Chiara Benedetti]], {{Safeguarding Lead GP}}
    """)),
    ("health", "incident", block("""
        CALL LOG EXTRACT - [[date:Thurs 23 Jan]] ({{duty team}})
        Time   Caller              Tel                Handled by   Outcome
        08:03  [[name:P. Nakamura]]        [[phone:07700 900 615]]      [[name:KB]]           appt 10:20
        08:14  [[name:S. Okafor]]          [[phone:07700 900 427]]      [[name:KB]]           cb by {{GP}}
        08:21  [[name:Ahmed, Tariq]]       [[phone:01632 960 812]]      [[name:MJ]]           {{111}} advised

        What happened: Dr [[name:Mahmood]] rang [[name:S. Okafor]] back at 11:30 about her {{smear}}
        result ({{HPV}} positive, {{colposcopy}} referral). He typed the number from the log by hand as
        [[phone:07700 900 472]] and left a detailed {{voicemail}} including her full name and the result.
        The person who rang back at 12:05 was not our patient. Ms [[name:Okafor]] has been told and
        apologised to; {{IG}} breach logged [[case_reference:IG-24-112]].
        Learning: call back from the number on the record ({{click-to-dial}}), never retyped;
        voicemails = name and "please ring {{the surgery}}" only.
    """)),
    ("health", "success", block("""
        LEARNING FROM EXCELLENCE
        Who: Dr [[name:Tomasz Wróbel]] ({{locum GP}})
        Nominated by: [[name:Mags]] ({{Senior Receptionist}})
        When: [[date:12/12/2024]], last appointment of the day

        What happened: Mr [[name:Bill Thackeray]], [[age:58]], came in with "indigestion" that had been
        on and off all afternoon. Dr [[name:Wróbel]] didn't like his colour, did an {{ECG}} in the room
        rather than booking one for the next day, and saw {{ST elevation}}. He gave {{aspirin}}, called
        {{999}} and stayed with him until the crew arrived. [[name:Bill]] had a stent at
        [[organisation:Wrexton General]] the same evening and is back at work.

        Why it matters: it was 17:50 on a {{Thursday}}, he was a locum, and it would have been easy to
        treat it as reflux. [[name:Bill]] and his wife [[name:Maureen]] dropped in a card for "the
        Polish doctor".

        Shared at the {{practice meeting}}; Dr [[name:Wróbel]]'s agency,
        [[organisation:Medistaff Locums]], also informed.
    """)),
    # ------------------------------------------------------------------ aviation (16)
    ("aviation", "incident", block("""
        RT TRANSCRIPT (from {{tower}} recording) - [[date:16/05/24]] - {{runway incursion}}
        Solo student: [[name:Arjun Nair]] ({{PPL}} course), [[aircraft_registration:G-BTKE]] ({{PA-28-161}})
        [[organisation:Kestrel Aero Club]] occurrence ref [[case_reference:KAC-SR-24-011]]

        14:31:05 STU: [[organisation:Farnmoor Tower]], [[aircraft_registration:Golf Bravo Tango Kilo Echo]], {{holding point Alpha}}, ready for departure
        14:31:10 {{TWR}}: [[aircraft_registration:Golf Kilo Echo]], hold position, landing traffic
        14:31:14 STU: Line up and wait, [[aircraft_registration:Golf Kilo Echo]]
        14:31:18 TWR: [[aircraft_registration:Golf Kilo Echo]], NEGATIVE, HOLD POSITION, traffic on one mile final
        14:31:20 STU: Holding, [[aircraft_registration:Golf Kilo Echo]]
        14:31:22 [[flight_number:SWN418]]: Tower, [[flight_number:Swanline four one eight]], going around
        14:31:25 TWR: [[flight_number:Swanline four one eight]], roger, climb straight ahead 2,000 feet

        [[name:Arjun]] had crossed the {{hold line}} by about 5 m before stopping. The {{Dash 8}} went
        around from about 300 ft. Debriefed by {{CFI}} [[name:Rose Okoye]]: {{expectation bias}} - he
        had been given "line up and wait" on every previous solo. {{MOR}} filed. Action: hold-line
        briefing added to the {{pre-solo checklist}}.
    """)),
    ("aviation", "near_miss", prose("""
        did the {{A check}} on [[aircraft_registration:G-OKAC]] at 0745 ([[date:wed 31st]]). fuel drain
        L tank - WATER!! about 1cm in the tester, drained 5 times b4 it ran clear. R tank ok. aircraft
        was refuelled last nite from the {{bowser}} by [[name:jonno]] after the last flt + heavy rain
        overnight, fuel cap seal looks perished. student [[name:Mia]] was booked 0830 for her 1st
        {{solo nav}} in it. if id rushed the checks coz of the queue at the pumps... put it {{u/s}} in
        the {{tech log}} (page [[case_reference:TL-0417]]) + told [[name:Kev]] in {{maintenance}}, new
        seal ordered from [[organisation:Aerospares Direct]]. [[name:Mia]] went in
        [[aircraft_registration:G-OKAD]] instead. learning - drain EVERY sump even if its raining + ur
        late. the {{A check}} is not a tick box. [[name:D.M.]] ({{FI}})
    """)),
    ("aviation", "success", prose("""
        👏 Well done [[name:Chidi]]! On his second {{solo}} on [[date:Sat 8 June]] in
        [[aircraft_registration:G-BSFW]], [[name:Chidi]] had rough running at 1,500 ft on the
        {{crosswind leg}}. He applied {{carb heat}}, checked {{mags}} and fuel, put out a {{PAN}} call
        to [[organisation:Ashcombe Radio]] and flew a tight {{circuit}} to land on runway 27 without any
        fuss. The engineers found {{carb icing}} was the likely cause on a humid day with the
        {{dew point}} close to the temperature - exactly the conditions covered in his
        {{ground school}}. His instructor, [[name:Will Fairbairn]], said his RT was calmer than most
        {{PPL}} holders'. Shout-out also to [[name:Jess]] on the radio, who cleared the circuit and had
        the {{fire cover}} ready. Great airmanship. - [[name:Nick]], {{CFI}},
        [[organisation:Kestrel Aero Club]]
    """)),
    ("aviation", "incident", block("""
        TECH LOG / OCCURRENCE ENTRY
        Aircraft: [[aircraft_registration:G-BNXR]]    Type: {{Cessna 152}}
        Tech log page: [[case_reference:TL-0288]]    Date: [[date:22 Aug 2024]]
        Airframe hrs: 8412.6    Reported by: [[name:Lucy Tanaka]] ({{FI}})

        Defect: {{flap}} position indicator sticking at 10 degrees; flap cable frayed at the pulley.

        Occurrence: the previous pilot, Mr [[name:D. Farrow]] (hirer), told {{the ops desk}} at 11:00
        that the flap indicator "felt sticky" but did not enter it in the {{tech log}}. The aircraft
        then flew three more sorties with students ([[name:Iqra]], [[name:Tom H]], [[name:Reuben]])
        before I found the frayed cable on my {{walk-round}} at 16:30. No flap asymmetry occurred, but
        a cable failure on {{approach}} could have caused one.

        Action: aircraft {{AOG}} pending {{CRS}} from [[organisation:Westmoor Aero Engineering]].
        Reminder to all hirers and instructors: if it's not in the tech log, it didn't happen. The ops
        desk now asks "any defects?" at every booking-in.
    """)),
    ("aviation", "near_miss", block("""
        OCCURRENCE REPORT [[case_reference:KAC-SR-24-019]] - {{airprox}} in the circuit
        [[date:Sunday 14 July 2024]], runway 09 {{left-hand circuit}}, {{A/G radio}} only
        ([[organisation:Ashcombe Radio]])

        1102  Student [[name:Ngozi Eze]], solo circuits in [[aircraft_registration:G-BZEN]] ({{PA-28}}), downwind.
        1104  {{Flex-wing microlight}} [[aircraft_registration:G-CJKT]] joins overhead with no call.
        1105  [[name:Ngozi]] calls "late downwind". Microlight flying a wide base, no call.
        1106  [[name:Ngozi]] turns base and sees the microlight at the same height, about 200 m to her
              left and converging. Turns right and climbs away. Microlight lands.
        1107  A/G operator [[name:Reg]] asks the microlight to call; pilot later says his radio was u/s.
        1115  [[name:Ngozi]] lands safely, shaken. {{Duty instructor}} [[name:Hamid]] debriefs.

        Pilot of [[aircraft_registration:G-CJKT]], Mr [[name:Colin Yeates]], visiting from
        [[organisation:Pennine Microlight Centre]], had not read the {{PPR}} brief.
        Learning: PPR brief now emailed to every visitor; reported to {{UKAB}} and by {{MOR}}.
        [[name:Ngozi]] did everything right.
    """)),
    ("aviation", "success", block("""
        From: [[name:Nick Achterberg]] <[[email:cfi@kestrelaeroclub.co.uk]]>
        To: {{All instructors}}
        Date: [[date:Mon 2 Sep 2024]] 08:30
        Subject: Good decision - [[name:Hana]] / [[aircraft_registration:G-BSFW]]

        All,

        I want to recognise [[name:Hana Yoshida]]'s call on {{Saturday}}. Her student,
        [[name:Bartholomew]] ("[[name:Barty]]"), was ready for his {{qualifying cross-country}} and had
        waited three weeks for the weather. [[name:Hana]] checked the {{TAF}} at 09:00, saw a {{TEMPO}}
        for cloud at 800 ft from 13:00 over the second turning point and scrubbed the flight, even
        though it was {{CAVOK}} at the field and [[name:Barty]] was (understandably) gutted.

        Two aircraft from another school went that way and one had to divert. That could easily have
        been a solo student of ours in cloud.

        This is exactly the kind of decision I want us to back. Please use it in your {{TEM}} briefings.

        [[name:Nick]]
        {{Chief Flying Instructor}}
        [[organisation:Kestrel Aero Club]] | [[phone:01632 960 331]]
    """)),
    ("aviation", "incident", block("""
        [[date:03/09/2024]], 16:12 - [[name:Danny K]]: anyone refuel [[aircraft_registration:G-OKAD]] at lunch? just landed with [[name:Sienna]], fuel streaming off the {{R wing}}, cap was sitting on the wing root 🤦
        [[date:03/09/2024]], 16:14 - [[name:Lucy T]]: me 😞 [[name:Pete]] on the {{bowser}} called me over mid-refuel to sign the {{docket}} and I never went back to the cap
        [[date:03/09/2024]], 16:15 - [[name:Danny K]]: lost maybe 15 ltrs. [[name:Sienna]] spotted it on {{climb out}}, did a {{precautionary}} circuit and {{full stop}}. really well handled tbh
        [[date:03/09/2024]], 16:19 - [[name:Nick]]: thanks for being honest [[name:Lucy]]. both do a report pls. tech log entry for a {{wing inspection}} before it flies again
        [[date:03/09/2024]], 16:20 - [[name:Nick]]: for everyone: after refuelling = hand on cap, check it, {{SOP}}. no exceptions, no interruptions
        [[date:03/09/2024]], 16:31 - [[name:Danny K]]: 👍 entered {{tech log}} page [[case_reference:TL-0452]], {{AOG}} till the engineer looks
    """)),
    ("aviation", "near_miss", prose("""
        On [[date:Wednesday 9 October 2024]] I was authorising a {{solo cross-country}} for
        Ms [[name:Aoife Gallagher]] in [[aircraft_registration:G-BNXR]]. Her {{PLOG}} showed the trip
        needing 58 litres against 90 litres in the tanks, so on the face of it she had plenty. When I
        checked the sums, her spreadsheet used a fuel flow of 18 litres per hour instead of the
        {{POH}} figure of about 23, and left out the 45-minute {{reserve}}. Corrected, the route needed
        more than the usable fuel in the {{Cessna 152}}. [[name:Aoife]] is a careful student; the error
        came from a template shared on the students' WhatsApp group by a former student,
        [[name:Rory]], which has now been withdrawn. We replanned with a {{fuel stop}} at
        [[organisation:Sandholme Airfield]] and she flew it the following week. Learning: authorising
        instructors must check the fuel calculation line by line, not just the bottom line, and the
        {{fuel policy}} has been re-briefed to all students. Reported by [[name:Wiremu Tane]], {{FI}},
        [[organisation:Kestrel Aero Club]].
    """)),
    ("aviation", "incident", block("""
        FUEL RECONCILIATION - {{AVGAS 100LL}} bowser [[vehicle_registration:KX15 RFB]],
        [[date:01/08/24]] to [[date:31/08/24]]

        | Date | A/C | Pilot | Docket (l) | Tech log (l) |
        |---|---|---|---|---|
        | [[date:06/08]] | [[aircraft_registration:G-OKAC]] | [[name:L. Tanaka]] | 60 | 60 |
        | [[date:13/08]] | [[aircraft_registration:G-OKAC]] | [[name:A. Nair]] (solo) | 70 | 40 |
        | [[date:14/08]] | [[aircraft_registration:G-OKAC]] | [[name:Tomasz]] + 1 pax | - | - |
        | [[date:20/08]] | [[aircraft_registration:G-BNXR]] | [[name:Hana]] | 38 | 38 |
        | [[date:27/08]] | [[aircraft_registration:G-OKAD]] | [[name:K. Mensah]] | 55 | not entered |

        Incident: on [[date:13/08]] the student wrote 40 l in the tech log; the docket says 70. Next
        day [[name:Tomasz]] did his {{weight and balance}} on the tech log figure, flew 2-up on a hot
        afternoon and was about 20 kg over {{MTOW}} on take-off. No harm done, but
        {{take-off performance}} was eroded on a short grass strip. On [[date:27/08]] the uplift was
        never entered at all.
        Action: {{bowser}} driver and pilot both sign the tech log line; weekly reconciliation by
        [[name:Kev Doherty]] ({{maintenance}}). Reported to the {{Safety Officer}}.
    """)),
    ("aviation", "success", block("""
        [[organisation:Kestrel Aero Club]] - FLIGHT SAFETY COMMITTEE
        Minutes, [[date:Thursday 10 October 2024]], 19:00, {{clubhouse}}
        Present: [[name:Nick Achterberg]] ({{CFI}}, chair), [[name:Rose Okoye]] ({{Safety Officer}}),
        [[name:Wiremu Tane]], [[name:Lucy Tanaka]], [[name:Summer Lyle]] (student rep)
        Apologies: [[name:Will Fairbairn]], [[name:Kev Doherty]] ({{maintenance}})

        1. Good catches since last meeting
        - water in fuel, [[aircraft_registration:G-OKAC]] - found by [[name:DM]] on the {{A check}}
        - weather cancellation of a {{QXC}} by [[name:Hana]] - email from the {{CFI}} circulated
        2. Circuit {{airprox}} of [[date:14 July]] - {{UKAB}} assessed as {{Category C}}. PPR brief now
        emailed to all visitors. Closed.
        3. SUCCESS: zero {{tech log}} omissions in {{September}} since the "no entry, no fly" rule.
        Members thanked.
        4. AOB: [[name:Summer]] asked for a refresher on {{carb icing}} for students. [[name:WT]] to run
        it in {{ground school}}.

        Actions: [[name:RO]] to write up item 3 for the club newsletter by [[date:31 Oct]].
    """)),
    ("aviation", "near_miss", block("""
        Transcript - [[organisation:Westmoor Radar]] {{LARS}}, [[date:Fri 15 Nov]]
        STU = student [[name:Kenji Watanabe]] (solo nav), [[aircraft_registration:G-BZTN]] ({{PA-28}})
        RDR = [[organisation:Westmoor Radar]]

        1012:40 STU: [[organisation:Westmoor Radar]], [[aircraft_registration:Golf Bravo Zulu Tango November]], request {{Basic Service}}
        1012:48 RDR: [[aircraft_registration:Golf Tango November]], [[organisation:Westmoor Radar]], Basic Service, {{squawk 3451}}, {{QNH}} 997
        1012:55 STU: Basic Service, squawk 3451, QNH 1007, [[aircraft_registration:Golf Tango November]]
        [no correction by RDR]
        1024:10 RDR: [[aircraft_registration:Golf Tango November]], {{Mode C}} indicates 2,300 feet, check QNH 997, base of {{controlled airspace}} 2,500 feet. Traffic is an {{A320}}, [[flight_number:Swanline two two seven one]], 6 miles east, descending 3,000 feet
        1024:18 STU: Er... setting 997, descending 2,000 feet, [[aircraft_registration:Golf Tango November]]

        Notes ([[name:Sunny Bhatt]], {{FI}}): [[name:Kenji]] misheard 997 as 1007 and the readback
        error wasn't picked up. A 10 hPa error put him about 300 ft higher than he thought, only 200 ft
        below the {{CTA}}. Reported by {{MOR}} as a near infringement. Debrief: write the QNH down,
        read it back, and cross-check it against the {{ATIS}} or {{METAR}}.
    """)),
    ("aviation", "incident", block("""
        OPS HANDOVER - [[date:Tues 23/04]] am -> pm

        - [[aircraft_registration:G-BTKE]] {{AOG}}: {{bird strike}} on {{short final}} rwy 27 at 1140,
          [[name:Ola]] ({{FI}}) with student [[name:Grzegorz]]. Gull into the L wing leading edge, dent
          approx 10 cm. Landed normally, nobody hurt. Entered tech log p. [[case_reference:TL-0391]];
          engineers from [[organisation:Westmoor Aero Engineering]] coming 1500.
        - {{Bird scaring}} not done this am - [[name:Tony]] (groundsman) off sick and nobody covering.
          Big flock of gulls on the grass by the {{threshold}} since 0900, reported by 2 pilots on the
          radio, written in the {{radio log}} but no action taken. THIS is really the incident.
        - pm students moved to [[aircraft_registration:G-OKAC]] / [[aircraft_registration:G-OKAD]].
          [[name:Grzegorz]] rebooked [[date:Thurs 25th]].
        - {{MOR}} + {{bird strike report}} due within 72 hrs - [[name:Ola]] doing it.
        - [[name:Priya]] on the radio till 1700, {{fire cover}} till close.

        Handed over by [[name:Jas]] to [[name:Freddie]]
    """)),
    ("aviation", "success", prose("""
        Note pinned on the clubhouse board (shared with permission): "To [[name:Joy]] - thank you for
        drilling {{go-arounds}} into me until I was sick of them!! On my first {{solo}} on
        [[date:19 March]] a deer ran across the runway when I was on {{short final}}. I went around
        without even thinking, flew another {{circuit}} and landed. My hands only started shaking after
        I'd shut down lol. Couldn't have done it without you. [[name:Kwame]] ([[age:17]]) x"
        {{Safety Officer}}'s note: a great example of training paying off. The gap in the deer fence by
        the {{threshold}} of runway 27 was repaired on [[date:21 March]] by
        [[organisation:Hollins Farm Fencing]], and [[name:Kwame]]'s instructor [[name:Joy Adeleke]] has
        been put forward for the club's instructor award. Reminder to all {{FIs}}: practise go-arounds
        from low level on every pre-solo lesson.
    """)),
    ("aviation", "near_miss", block("""
        #ops

        [[name:freddie.o]]  07:58
        heads up - [[aircraft_registration:G-BNXR]] shows as bookable on {{the booking system}} today but
        it's in {{the hangar}} for its {{50-hour check}} with [[organisation:Westmoor Aero Engineering]]

        [[name:ola.adeyemi]]  08:01
        😬 [[name:Ben Whitlock]] is booked in it at 9 for {{skills test}} prep. he's already out there

        [[name:freddie.o]]  08:03
        [[name:Kev]] just rang - [[name:Ben]] was doing his {{walk-round}} with the {{cowling}} half
        open. the cowling screws are only finger tight, engineers were mid-job and on their break.
        [[name:Kev]] stopped him

        [[name:ola.adeyemi]]  08:05
        phew. why was it bookable??

        [[name:freddie.o]]  08:09
        {{maintenance block}} was entered for [[date:Wed 14th]] not [[date:Tue 13th]]. fixed. I'll log it
        as a near miss

        [[name:ola.adeyemi]]  08:10
        moving [[name:Ben]] to [[aircraft_registration:G-BZTN]] at 10. can engineering hang a
        {{do not fly}} tag on the {{prop}} every time it's in bits?

        [[name:kev.doherty]]  08:22
        yes, {{red tags}} back in use from today. sorry all
    """)),
    ("aviation", "incident", prose("""
        At about 15:20 on [[date:28 June 2024]], student [[name:Theo Karagiannis]] was taxiing
        [[aircraft_registration:G-BZTN]] towards {{the pumps}} with his instructor,
        [[name:Sunny Bhatt]], after a {{circuit}} detail. The left wingtip struck the door mirror of the
        fuel {{bowser}} ([[vehicle_registration:KX15 RFB]]), which had been parked just inside the
        yellow {{taxiway}} edge line while the driver, [[name:Pete Lomas]], helped push a
        {{Piper Cub}} into the hangar. Taxi speed was slow and nobody was hurt, but the wingtip fairing
        and {{nav light}} were cracked and the aircraft is {{AOG}}. A contractor's van
        ([[vehicle_registration:YF19 WNH]]) parked on the {{apron}} had narrowed the gap, and the low
        sun was behind the bowser. [[name:Theo]] was looking at the pump queue rather than the wingtip,
        and [[name:Sunny]] did not take control. Actions: [[organisation:Ashcombe Airfield Ltd]] have
        painted a bowser parking box well clear of the taxiway; no vehicles on the apron without the
        airfield manager's permission; instructors to brief wingtip clearance. {{MOR}} submitted.
        Reported by the {{Safety Officer}}, [[name:Rose Okoye]].
    """)),
    ("aviation", "success", block("""
        GOOD CATCH BOARD - July to September - [[organisation:Kestrel Aero Club]]

        Date     Who                     Aircraft      What they caught
        [[date:04/07]]    [[name:Sienna]] (student)      [[aircraft_registration:G-OKAD]]        {{pitot cover}} still on at {{power checks}}
        [[date:14/07]]    [[name:Ngozi Eze]] (student)   [[aircraft_registration:G-BZEN]]        microlight on base, no call - turned away
        [[date:31/07]]    [[name:D.M.]] ({{FI}})              [[aircraft_registration:G-OKAC]]        water in left tank drain
        [[date:31/08]]    [[name:Hana]] ({{FI}})              -             scrubbed {{QXC}} on {{TAF}}, cloud 800 ft
        [[date:13/09]]    [[name:Kev]] ({{engineer}})         [[aircraft_registration:G-BNXR]]        stopped a walk-round on a half-serviced aircraft

        Winner (voted at the {{safety evening}}): [[name:Sienna]] - a pre-solo student who still spoke
        up to her instructor, [[name:Danny]], who hadn't seen it. Prize: a free hour's {{dual}} in the
        {{C152}}. Thank you all - keep them coming. [[name:Rose]], {{Safety Officer}}
    """)),
]

if __name__ == "__main__":
    write_records(OUT, build_records("blind266", REPORTS))
