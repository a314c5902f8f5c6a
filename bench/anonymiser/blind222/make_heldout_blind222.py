"""Held-out blind corpus 222: 50 invented UK incident, near-miss and learning reports.

Written blind (without sight of the de-identifier or any other corpus) so that it measures
how well the de-identifier generalises. Every person, organisation, place, phone number,
e-mail address, reference and registration below is invented.

Three settings:

* social_care (17): a domestic abuse service working alongside children's services
  (IDVAs, MARAC, refuges, DASH risk checklists, child contact, police notifications);
* health (17): a Tier 4 adolescent mental health inpatient unit (HCAs, observations,
  restraint, leave, section 2/3, the hospital school, family visits);
* aviation (16): an air ambulance (HEMS) charity (paramedics, critical care doctors,
  pilots, landing sites, hospital helipads, night operations).

Styles are deliberately mixed: rushed lower-case notes with typos and txt-speak, formal
narratives, timed chronologies, forms with Name/DOB/Ref/Address fields, e-mails with
headers and signatures, chat exports (Teams, WhatsApp, Slack handles), handover notes,
minutes with attendance and apologies, pipe tables, radio (RT) transcripts, shout-outs
and thank-you notes.

Mark-up: [[label:value]] is an identifier (labels from markup.LABELS) and {{term}} a
must-not-redact mention (roles, agencies, frameworks, drugs, equipment, generic times).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from markup import block, build_records, write_records  # noqa: E402
from markup import flow as prose  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "corpus" / "heldout_blind222.jsonl"

REPORTS = [
    # ---- social_care: domestic abuse service with children's services (17) ----
    # 1 rushed lower-case note
    ("social_care", "incident", prose("""
        quick note b4 i forget - [[name:kayla]] (our ref [[case_reference:BDS-4471]]) rang the
        {{refuge}} line approx {{10pm}} v upset. ex turned up at [[organisation:oakhollow primary]]
        at pick up on [[date:thurs 9th]] n tried to take her lad ([[age:6yo]]) off the yard.
        school {{DSL}} didnt ring us or {{childrens social care}}, we only found out cos
        [[name:kayla]] told us. there is a {{non-mol}} in place!! {{police}} did attend, log
        [[case_reference:HP-0923-1187]]. ive done a fresh {{DASH}} - 17 ticks now so it goes back
        to {{MARAC}}. need to chase why the {{Operation Encompass}} notification never reached
        school. tried {{duty SW}} twice no answer. will hand to [[name:mo]] in the morning. sorry
        for typos on my phone
    """)),
    # 2 formal narrative
    ("social_care", "near_miss", prose("""
        On [[date:14 February]] I prepared a referral to [[organisation:Fenwold Family Contact
        Centre]] for {{supervised contact}} between [[name:Roxana Iliescu]]'s two children and
        their {{father}}. The template auto-filled the current address from our case system,
        which for Ms [[name:Iliescu]] is the {{refuge}}: [[address:Flat 2, 19 Larch Grove,
        Harrowfield]] [[postcode:HR4 7TW]]. The centre's forms are copied to both parents'
        solicitors. My colleague [[name:Grace]] spotted the address during the {{peer check}} and
        we replaced it with our office address before anything was sent. No disclosure occurred,
        so nothing is reportable to the {{ICO}}. Learning: the template should never pull an
        address for a {{refuge}} resident; the {{IDVA}} manager has raised this with the
        supplier, [[organisation:Casefile Systems Ltd]]. Nothing went to the {{children's social
        worker}} or the {{Cafcass}} officer. Our ref [[case_reference:BDS-5120]].
    """)),
    # 3 Teams shout-out
    ("social_care", "success", block("""
        [[name:Danielle Kowalczyk]]  {{11:02}}
        Shout-out to [[name:Hope]] on the {{MASH}} desk this morning 🙌 The {{PPN}} for
        [[name:Leanne]] listed the kids at [[organisation:Scarth Lane Juniors]] (old school,
        before the move). [[name:Hope]] rang round and found they're actually at
        [[organisation:St Cuthbert's RC Primary]], so the {{Operation Encompass}} call reached the
        right {{DSL}} before {{9am}}. Proper detective work.
        [[name:Tunde Bakare]]  {{11:05}}
        👏 nice one. exactly what it's for
        [[name:Hope Mensah]]  {{11:09}}
        ha thanks both. have asked {{police}} to update their system so it doesn't happen again
        with [[name:Leanne]]'s next {{notification}}
    """)),
    # 4 e-mail with headers and signature
    ("social_care", "incident", block("""
        From: [[name:Priya Raghunathan]] <[[email:p.raghunathan@bdas.org.uk]]>
        To: [[organisation:Harrowfield Duty & Assessment]] <[[email:duty.assessment@harrowfield.gov.uk]]>
        Cc: [[name:Marcus Okonjo]]
        Date: [[date:5 March 2024]] {{09:14}}
        Subject: Incident - DASH not shared before strategy meeting ([[case_reference:MARAC-24-062]])

        Hi all,

        Raising this formally. At yesterday's {{strategy meeting}} for the [[name:Tran]] children
        the {{social worker}} had not seen our {{DASH}} from [[date:26 February]] (high risk, 19
        yes answers, {{strangulation}} disclosed). The {{CP}} decision was made on police
        information only. I had e-mailed it to the old generic inbox, which I now know was closed
        in {{January}} - no bounce-back. As a result {{mum}} ([[name:Thi Lan Tran]]) was not
        offered a {{refuge}} space until today.

        Please could the inbox change be circulated to all partner agencies.

        Thanks,
        [[name:Priya]]

        [[name:Priya Raghunathan]] | Senior {{IDVA}}
        [[organisation:Brackenmoor Domestic Abuse Service]]
        [[phone:07700 900418]]
    """)),
    # 5 WhatsApp export
    ("social_care", "near_miss", block("""
        [[date:12/03/2024]], 21:47 - [[name:Bill O'Hara]]: evening. heads up re room 4 at the {{refuge}}. [[name:Sunny]]'s eldest ([[age:13]]) had {{location sharing}} on her ipad, shared with {{dad}}'s account. she didnt know
        [[date:12/03/2024]], 21:49 - [[name:Bill O'Hara]]: switched off now. [[name:Sunny]] v scared
        [[date:12/03/2024]], 21:52 - [[name:Joy Achterberg]]: omg. any sign of him near?
        [[date:12/03/2024]], 21:53 - [[name:Bill O'Hara]]: nothing on {{CCTV}}. rang {{101}}, log [[case_reference:HP-1203-0455]]
        [[date:12/03/2024]], 21:58 - [[name:Joy Achterberg]]: good catch. ill ring {{on-call manager}} re whether they need to move
        [[date:12/03/2024]], 22:10 - [[name:Joy Achterberg]]: [[name:Ife]] says stay put tonight, {{risk assessment}} 1st thing + let the {{social worker}} know. adding a {{device check}} to the {{admission checklist}} for every kid not just {{mums}}
    """)),
    # 6 minutes with attendance and apologies
    ("social_care", "success", block("""
        {{MARAC}} LEARNING REVIEW - MINUTES
        Date: [[date:21 March 2024]]
        Present: [[name:Faith Adeyemi]] (Chair, {{IDVA service manager}}), DS [[name:Kerry Lund]]
        ([[organisation:Harrowshire Police]] {{DA unit}}), [[name:Abdirahman Warsame]]
        ({{Housing Options}}), [[name:Pat Doolan]] ({{health visitor}}), [[name:Oksana Hrytsenko]]
        ({{team manager}}, [[organisation:Harrowfield Children's Services]])
        Apologies: [[name:Will Serrano]] ({{Probation}}), Dr [[name:Mei-Ling Chow]]
        ([[organisation:Millbeck Medical Practice]])

        1. Case [[case_reference:M-24-031]] - what went well
        Joint visit by {{IDVA}} and {{social worker}} within 24h of the meeting. {{Sanctuary scheme}}
        locks fitted in 2 days, so {{mum}} and the girls did not have to leave home or
        change school. {{DVPO}} granted. No further call-outs in 8 weeks.
        2. Learning
        Having {{Housing}} in the room meant the referral was agreed on the day. [[name:KL]] noted
        the {{DVPN}} was served within hours.
        Actions: [[name:PD]] to share {{safety plan}} with {{school nurse}}; [[name:AW]] to write
        up as {{good practice}}.
    """)),
    # 7 form with fields
    ("social_care", "incident", block("""
        INCIDENT REPORT - {{SAFEGUARDING}} / {{INFORMATION BREACH}}
        Client name: [[name:Aisha Rahman-Doyle]]
        DOB: [[date_of_birth:03/11/1991]]
        Client ref: [[case_reference:BDS-3308]]
        NI no: [[ni_number:JM 48 27 91 C]]
        Address (new, CONFIDENTIAL): [[address:27 Fennel Court, Lowther Bridge]] [[postcode:LB2 8NQ]]
        Children: [[name:Zain]] ([[age:9]]), [[name:Layla]] ([[age:4]])
        Date of incident: [[date:18/03/2024]]
        Reported by: [[name:Ruth Ellery]], {{IDVA}}

        What happened: {{housing association}} [[organisation:Pennine Homes Group]] posted the
        tenancy letter for the new address to Ms [[name:Rahman-Doyle]]'s OLD address, where the
        {{perpetrator}} still lives. He texted her the postcode the same evening.
        Immediate action: {{police}} informed (log [[case_reference:HP-1803-2291]]), emergency move
        to {{refuge}}, {{MARAC}} referral, {{children's social care}} {{duty}} told.
        {{Clare's Law}} application already in.
    """)),
    # 8 handover note
    ("social_care", "near_miss", block("""
        HANDOVER - {{refuge}} nights to days - [[date:Sat 23rd]]
        rm 1 [[name:Dawn]] + 2 kids - settled, {{key work}} session booked {{Mon}}
        rm 3 [[name:Nasrin]] - NEAR MISS {{02:15}} male caller on office landline asked for
        "[[name:Nasrin Hosseini]]", said he was from her {{GP surgery}} about a prescription.
        [[name:gabi]] started to say "she's asleep" then stopped herself + used the
        {{neither confirm nor deny}} script. Number withheld. Logged [[case_reference:RF-NL-0311]], {{101}}
        informed. [[name:Nasrin]] told this am, v shaken, {{IDVA}} to review {{safety plan}} today.
        Need a reminder to all staff re {{NCND}} at night.
        rm 5 [[name:Memory Chikwanha]] + baby ([[age:7 weeks]]) - {{health visitor}} coming {{10am}}
        Handed over by [[name:gabi]] / received by [[name:Rhiannon]]
    """)),
    # 9 chronology with times
    ("social_care", "incident", block("""
        CHRONOLOGY - contact centre incident - ref [[case_reference:BDS-6012]]
        [[date:Sunday 7 April]]
        13:55  {{Mum}} ([[name:Kirsty]]) arrives at [[organisation:Harrowfield Contact Centre]] with [[name:Alfie]] ([[age:5]]) for {{supervised handover}}.
        14:02  {{Father}} ([[name:Dean Whitlock]]) arrives 25 min early, against the agreement; parks in {{staff car park}}, reg [[vehicle_registration:YK19 HFD]].
        14:04  {{Contact worker}} [[name:Precious]] sees him heading for the main door while [[name:Kirsty]] is still in the foyer.
        14:05  [[name:Kirsty]] moved to {{family room}}, door locked. [[name:Alfie]] stays with {{contact supervisor}}.
        14:11  Mr [[name:Whitlock]] shouting in reception, refuses to leave. {{999}} called.
        14:24  {{Police}} attend (PC [[name:Orla Byrne]]), log [[case_reference:HP-0704-1562]]. [[name:Dean]] leaves.
        14:40  [[name:Kirsty]] and [[name:Alfie]] driven home by {{IDVA}} [[name:Sal]].
        Outcome: contact suspended pending {{family court}} review; {{Cafcass}} and {{social worker}} informed [[date:8/4]].
    """)),
    # 10 thank-you note
    ("social_care", "success", prose("""
        Thank-you note received from {{children's social care}}, added as {{good practice}}:
        "Dear [[name:Amber]], just a note to say thank you for how you handled the
        [[name:Nowak]] family. When [[name:Agnieszka]] disclosed to you at the {{drop-in}} on
        [[date:2 May]], you completed the {{DASH}} in {{Polish}} with the {{interpreter}}, got her
        into {{refuge}} the same night and sent me the referral before {{5pm}} so I could open a
        {{Section 47}}. [[name:Kuba]] and [[name:Zosia]] didn't miss a day of school because you
        had already spoken to the {{DSL}} at [[organisation:Millbeck Primary]]. It made my job so
        much easier. Best wishes, [[name:Femi]] ({{social worker}}, [[organisation:Harrowfield
        Children's Services]])"
    """)),
    # 11 pipe table plus note
    ("social_care", "near_miss", block("""
        {{MARAC}} action tracker - extract - meeting [[date:16/05/24]]
        Ref | Victim | Action | Owner | Status
        [[case_reference:M-24-077]] | [[name:J.K.]] | flag address on {{police}} system | DS [[name:Lund]] | done
        [[case_reference:M-24-079]] | [[name:R. Osei]] | {{IDVA}} contact within 48h | [[name:Mark]] | NOT DONE
        [[case_reference:M-24-080]] | [[name:Sofía Herrera]] | tell {{school nurse}} | {{health}} rep | done

        Near miss: the action on [[case_reference:M-24-079]] sat with [[name:Mark]], who started
        {{annual leave}} the next day. Nobody picked it up for 6 days until [[name:Shirin]]
        spotted it at {{team huddle}}. Client reached the same day, no harm, risk still {{high}}.
        Learning: every {{MARAC}} action needs a named deputy. {{RAG}} status now {{Amber}}.
    """)),
    # 12 Slack export with handles
    ("social_care", "incident", block("""
        #duty-idva
        [[name:tomasz.w]]  {{9:12 AM}}
        morning - the {{police}} {{PPN}} for [[case_reference:BDS-7001]] came to us 4 days late.
        incident was [[date:Fri 31st]], we only got it today
        [[name:rosie.k]]  9:15 AM
        ugh. which one is that
        [[name:tomasz.w]]  9:16 AM
        [[name:Yasmin]] ([[age:22]]) + baby, at [[address:Flat 9, Osprey House, Dunmore Road]].
        {{DASH}} was {{standard}} on the police form but she told me on the phone it's way worse -
        {{choking}}, threats to kill
        [[name:rosie.k]]  9:18 AM
        right thats {{high risk}} then. do a fresh one n refer to {{MARAC}}. im logging the delay as
        an incident
        [[name:deepa]]  9:21 AM
        @[[name:tomasz.w]] {{HV}} is [[name:Bronwen]] at [[organisation:Dunmore Health Centre]],
        shes lovely, ring her
    """)),
    # 13 formal learning narrative
    ("social_care", "success", prose("""
        Learning report - good practice. On [[date:19 June]] [[name:Rowan]], [[age:aged 11]], was
        having {{court-ordered}} contact with his {{father}} at his {{paternal grandmother}}'s
        house. Three weeks earlier our {{Children and Young People's IDVA}},
        [[name:Siobhan Keane]], had done {{safety planning}} with him, including a {{code word}}
        to text to {{mum}}. At about {{7pm}} his father became drunk and picked up a kitchen knife
        during an argument with his new partner. [[name:Rowan]] locked himself in the bathroom and
        sent the word. Ms [[name:Gallagher]] rang {{999}}; [[organisation:Harrowshire Police]]
        arrived within 12 minutes and [[name:Rowan]] was collected unharmed. What made the
        difference: the plan was practised, written on a card in his phone case, and shared with
        mum and the {{social worker}}. [[name:Siobhan]] is now sharing the approach at the
        {{Signs of Safety}} practice forum.
    """)),
    # 14 txt-speak note
    ("social_care", "incident", prose("""
        srry late logging this. [[date:tues 4th]] went on {{home visit}} w {{SW}} [[name:jade]] to
        [[address:14 hollin st]], perp was there even tho we'd been told hes moved out. we didnt
        check latest {{police info}} b4 goin (my bad). he wasnt violent but v hostile, filmed us on
        his phone n kept sayin he knows where our office is. kids ([[age:2]] n [[age:8]]) in the
        room. we left after abt 10 mins. shouldve been a {{joint visit}} w police + {{lone
        working}} app wasnt on either. {{team leader}} [[name:sunny]] aware n says log as
        incident. [[name:jade]] ok but rattled. ref [[case_reference:bds-2290]]. {{supervision}}
        booked {{thurs}}
    """)),
    # 15 call record
    ("social_care", "near_miss", block("""
        CALL RECORD - {{helpline}}
        Date/time: [[date:23/07/2024]] {{16:40}}
        Caller: [[name:Farah]] (would not give surname)
        Call taker: [[name:Joy]]
        Summary: caller disclosed {{coercive control}} and one {{strangulation}} incident. Wanted a
        call back after the {{school run}}. Callback no. given: [[phone:07700 900731]].
        17:05 - called back. A man answered: "who's this?" [[name:Joy]] used the {{safe call-back}}
        cover ("sorry, wrong number") and ended the call.
        17:20 - [[name:Farah]] rang from a friend's mobile ([[phone:07700 900288]]). In shock she
        had given her {{husband}}'s number. He did not ask her about it.
        NEAR MISS. Learning: always ask "is this your own phone and is it safe to leave a
        message?" before ending. {{DASH}} done on 2nd call, {{medium risk}}; {{IDVA}} allocated.
    """)),
    # 16 team minutes
    ("social_care", "incident", block("""
        {{CYP}} TEAM MEETING - [[organisation:Brackenmoor Domestic Abuse Service]]
        [[date:1 August 2024]]
        Attendees: [[name:Leon]], [[name:Ngozi]], [[name:Halina]], [[name:Rose Ferreira]] (chair)
        Apologies: [[name:Craig]] ({{A/L}})

        1. Incident [[case_reference:BDS-IR-0087]] - [[organisation:St Wilfrid's Academy]] handed
        {{dad}} a copy of the {{CP conference}} minutes at {{parents' evening}}. The minutes named
        [[name:Ellie-Mae]]'s new {{after-school club}} and {{mum}}'s new town. {{Dad}} has no
        contact under the {{child arrangements order}}. School has reported a {{data breach}} to
        the {{ICO}}. Club told and collection password changed.
        2. Actions: [[name:RF]] to write to the head and the {{DSL}}; [[name:Ngozi]] to update the
        {{safety plan}} with mum; [[name:Halina]] to raise at next {{MARAC}}.
    """)),
    # 17 shout-out
    ("social_care", "success", prose("""
        SHOUT-OUT 💐 Massive thanks to [[name:Pat]] on {{reception}} at [[organisation:Brackenmoor
        Domestic Abuse Service]] today. She noticed a silver {{Corsa}}
        ([[vehicle_registration:WR68 KTE]]) go past the office three times and remembered it from
        [[name:Chloe]]'s {{MARAC}} {{risk summary}}. She kept [[name:Chloe]] in the {{safe room}},
        rang {{999}} and got the {{duty IDVA}}. {{Police}} stopped the car on the next street - it
        was the {{ex-partner}}, in breach of his {{bail conditions}}. [[name:Chloe]] got home safely
        with a {{PCSO}}. [[name:Pat]], you're a star.
    """)),
    # ---- health: Tier 4 adolescent mental health inpatient unit (17) ----
    # 1 rushed HCA note
    ("health", "incident", prose("""
        night shift note [[date:14/01]] approx {{03:20}}. on {{1:1}} with [[name:Tyler]] (hosp no
        [[case_reference:EH0045217]]) on [[organisation:Bronte Ward]]. he went into the
        {{en-suite}}, door ajar as per {{obs policy}}, could see his feet but after abt 30 secs
        heard nothing so went in - {{ligature}} round neck (his t-shirt), tied loose. removed by
        hand, {{ligature cutter}} not needed. obs fine, {{NEWS2}} 0, no marks. {{nurse in charge}}
        [[name:Kwame]] + {{on-call SHO}} informed. {{Datix}} done [[case_reference:W-22871]]. feel a
        bit shaken tbh. should the bathroom be {{within arms length}} for him not {{eyesight}}??
        [[name:mel]] {{HCA}}
    """)),
    # 2 formal near-miss narrative
    ("health", "near_miss", prose("""
        Near miss - medication. At the {{08:00}} round on [[date:3 February]] I was about to give
        {{olanzapine}} 5 mg to [[name:Aliyah Noor]] ([[age:15]]) when the {{second checker}},
        [[name:Beatriz Costa]] {{RMN}}, pointed out that the {{MAR chart}} in my hand was for
        [[name:Aaliyah Kamara]] ([[age:16]]), who is prescribed it; [[name:Aliyah]] is not. Both
        girls were admitted the same week, have similar names and were sitting together in the
        {{clinic room}} queue. We stopped, checked the {{photo ID}} on each chart and the
        {{wristband}}, and gave the correct medication. No harm. I have asked that {{name alert}}
        stickers go on both charts and that the girls are not called to the hatch together.
        Reported on {{Datix}}, ref [[case_reference:W-23014]]. - [[name:Dmitri Volkov]],
        {{staff nurse}}
    """)),
    # 3 Teams shout-out
    ("health", "success", block("""
        [[name:Gerry Lynch]] ({{Ward Manager}})  {{16:32}}
        Big shout-out to [[name:Grace Osei-Bonsu]] ({{HCA}}) on [[organisation:Pendry Ward]] today.
        [[name:JJ]] was escalating in the {{lounge}} after a phone call and threatening to throw a
        chair. [[name:Grace]] sat on the floor with him, got out his {{sensory box}} and talked
        football for 20 mins. No {{restraint}}, no {{PRN}}, and he chose to go to his room. That's
        textbook {{de-escalation}} and exactly what his {{PBS plan}} says.
        [[name:Sunita]] ({{Nurse in Charge}})  {{16:40}}
        +1 she was brilliant 👏 [[name:JJ]] even said sorry to her at tea
    """)),
    # 4 chronology with times
    ("health", "incident", block("""
        CHRONOLOGY - {{AWOL}} from {{S17 leave}} - [[name:Kacper Zieliński]], hosp no [[case_reference:EH0051190]]
        [[date:Sat 9 March]]
        14:00  Leaves [[organisation:Ellison House]] on {{escorted}} leave to [[address:Fenwold Retail Park]] with {{HCA}}s [[name:Nkechi]] and [[name:Tom]]. {{Section 3}}. Leave form in date.
        14:35  In a shop, [[name:Kacper]] asks to use the toilet; runs out of the fire exit.
        14:37  [[name:Tom]] follows, loses sight on main road. [[name:Nkechi]] rings unit.
        14:40  {{Nurse in charge}} informs {{police}} (log [[case_reference:HP-0903-1455]]) as a {{missing patient}} - high risk ({{ligature}} history).
        14:52  {{Mum}} informed by phone.
        16:18  Found by {{BTP}} at the railway station; returned to unit by police 17:05.
        Actions: {{RC}} to review leave; {{Datix}} [[case_reference:W-23340]]; debrief for both staff.
    """)),
    # 5 form with patient identifiers
    ("health", "incident", block("""
        INCIDENT FORM - PATIENT SAFETY
        Patient: [[name:Amara Nwosu-Hill]]
        DOB: [[date_of_birth:22/08/2009]]
        NHS no: [[nhs_number:485 203 9178]]
        Hospital no: [[case_reference:EH0049932]]
        Home address: [[address:8 Tannery Row, Millbeck]] [[postcode:MB3 6DJ]]
        Legal status: {{Section 2}} {{MHA}}
        Date/time: [[date:27/03/2024]] {{19:10}}
        Location: {{dining room}}, [[organisation:Pendry Ward]]
        Description: visit was unsupervised for 15 min due to staffing. On the routine
        {{room search}} after the {{family visit}} staff found a disposable vape in her sock with
        the battery casing prised open and a sharp edge. She said her {{stepdad}} gave it to her.
        No injury found on {{body map}}.
        Immediate action: item removed, obs increased from {{level 2}} to {{level 3}},
        {{safeguarding}} discussion, visitor agreement re-sent to family.
        Reporter: [[name:Hamza Siddiqui]], {{RMN}}
    """)),
    # 6 e-mail
    ("health", "near_miss", block("""
        From: [[name:Eilidh Mackenzie]] <[[email:eilidh.mackenzie@ellisonhouse.nhs.uk]]>
        To: [[email:pendry.ward@ellisonhouse.nhs.uk]]
        Cc: Dr [[name:Oluwaseun Adebanjo]]
        Sent: [[date:Thursday 11 April 2024]] {{08:47}}
        Subject: Near miss - expired {{S17}} form

        Morning team,
        Yesterday afternoon [[name:Cody]] ([[case_reference:EH0050871]]) was about to go on
        {{unescorted leave}} to the shop. While signing him out, [[name:Filipa]] noticed the
        {{Section 17}} form had expired on [[date:8 April]] - it was not renewed at {{ward round}}
        because Dr [[name:Adebanjo]] was on leave. Leave was cancelled; [[name:Cody]] was upset but
        accepted it and the {{locum consultant}} renewed it this morning.
        Please check the expiry date every time, not just the leave status on the board.
        Thanks,
        [[name:Eilidh]]

        [[name:Eilidh Mackenzie]] | {{Ward Manager}} | [[organisation:Ellison House Adolescent Unit]]
        Tel [[phone:01632 960447]]
    """)),
    # 7 minutes
    ("health", "success", block("""
        {{Reducing Restrictive Practice}} group - minutes - [[date:2 May 2024]]
        Attendance: [[name:Gerry Lynch]] (chair), [[name:Anjali Menon]] ({{psychology}}),
        [[name:Kemal Aydın]] ({{PMVA}} lead), [[name:Mark Tully]] ({{HCA}} rep),
        [[name:Hana Yoshida]] ({{OT}}), [[name:Sami]] ({{young people's rep}})
        Apologies: Dr [[name:Oluwaseun Adebanjo]], [[name:Bisi]]

        1. Data: {{prone restraint}} on [[organisation:Pendry Ward]] down from 14 in {{Q3}} to 3 in
        {{Q4}}. No {{seclusion}} since [[date:12 March]].
        2. What worked: {{safety huddles}} at {{08:30}} and {{14:30}}, the {{sensory room}} open
        all day, young people writing their own "what helps me" page.
        3. Young people's voice: [[name:Sami]] said "staff ask before they grab now".
        4. Action: [[name:MT]] to present the data at the {{CQC}} preparation day; [[name:KA]] to
        refresh {{PMVA}} training dates.
    """)),
    # 8 Teams chat
    ("health", "incident", block("""
        [[name:Reece Hamilton]]  18:52
        can someone come to the {{visitors room}} pls, [[name:Skye]]'s nan has brought a bag in and won't let us search it
        [[name:Adwoa]]  18:53
        on my way
        [[name:Reece Hamilton]]  19:06
        update - nan refused search, got v angry, said it's her {{human rights}}. {{nurse in charge}} ended the visit. bag had 2 lighters + {{paracetamol}} 32 tabs in it 😬
        [[name:Lucia Romano]]  19:10
        omg. has [[name:skye]] had anything?
        [[name:Reece Hamilton]]  19:12
        no, bag never got passed. {{body map}} + {{room search}} clear. {{level 2}} obs. I'll {{Datix}} it and ring {{safeguarding}}
        [[name:Lucia Romano]]  19:14
        thx. put it in {{handover}} + tell her {{SW}}, nan is on the approved {{visiting list}}
    """)),
    # 9 handover sheet
    ("health", "near_miss", block("""
        NIGHT HANDOVER - [[organisation:Pendry Ward]] - [[date:Tues 14th May]]
        Bed 1 [[name:Hope]] - {{level 2}} ({{15 min}} checks), slept from {{23:00}}
        Bed 3 [[name:Aurelio]] - {{level 3}}, {{1:1}} [[name:Chidi]]
        Bed 4 [[name:Tegan]] - NEAR MISS: {{02:15}} check missed. [[name:Wiktor]] ({{agency HCA}})
        thought [[name:Rashida]] had bed 4 when they swapped to cover the bed 3 break; each thought
        the other had it. [[name:Rashida]] noticed at {{02:24}}, [[name:Tegan]] asleep and safe.
        Learning: say the obs handover out loud at every swap and physically pass the sheet.
        {{Datix}} [[case_reference:W-23602]]
        Bed 6 [[name:Mohammed]] - {{section 2}} ends tomorrow, {{tribunal}} papers in office
        {{NIC}}: [[name:Bethan]]
    """)),
    # 10 restraint table
    ("health", "incident", block("""
        {{RESTRAINT RECORD}} - extract - incident [[case_reference:W-23711]] - [[date:19/05/24]]
        Young person: [[name:D.M.]] ({{Section 3}})
        Time  | Position | Head | Torso | Legs | Comment
        20:41 | {{standing}} | [[name:Kofi Asante]] | [[name:Lena]] | - | hitting head on wall
        20:43 | {{seated}} | [[name:Kofi Asante]] | [[name:Lena]] | [[name:Dev]] | breathing ok
        20:47 | {{supine}} | [[name:Kofi Asante]] | [[name:Lena]] | [[name:Dev]] | {{IM}} {{lorazepam}} 1 mg given by [[name:Ines]]
        20:58 | released | - | - | - | walked to own room
        Incident: {{physical health obs}} after {{rapid tranquillisation}} were not recorded at
        {{21:15}} or {{21:30}}; first set at {{21:45}}, all within range. Debrief offered,
        [[name:D.M.]] declined.
    """)),
    # 11 card from a parent
    ("health", "success", prose("""
        Card received from a parent, shared with permission: "To everyone on
        [[organisation:Pendry Ward]], especially [[name:Joy]] and [[name:Wale]], and Mr
        [[name:Fitzgerald]] in the {{hospital school}}. When [[name:Millie]] came in on
        [[date:2 January]] on a {{section 2}} she wouldn't speak to any of us. You never gave up on
        her. You let us have {{family visits}} in the garden when she couldn't cope with the
        {{visitors room}}, you rang me after every {{ward round}}, and Mr [[name:Fitzgerald]] got her
        through her {{GCSE}} mocks. She's home now and back at [[organisation:Scarth High School]]
        three days a week with {{community CAMHS}}. We'll never forget it. Love,
        [[name:Lorraine]] ([[name:Millie]]'s {{mum}})"
    """)),
    # 12 formal incident narrative
    ("health", "incident", prose("""
        On [[date:6 June]] at about {{22:10}} [[name:Ellis]] ([[age:14]], {{Section 3}}) was
        restrained after a serious assault on a peer in the {{corridor}}. When he fell the hold
        moved to {{prone}} on the floor and stayed prone for about 12 minutes, beyond our
        {{Trust}} policy and {{NICE NG10}}. {{IM}} {{promethazine}} was given at {{22:19}} by the
        {{nurse in charge}}, [[name:Adaeze Okafor]]. The {{duty doctor}}, Dr [[name:Tariq
        Mahmood]], attended at {{22:40}}. [[name:Ellis]]'s {{SpO2}} was monitored throughout and no
        injury was found. Contributing factors: only four trained staff on shift (two {{bank}}),
        the {{PMVA}} lead was off site and nobody called time on the position. The peer
        ([[name:Yusra]]) had a cut lip and was seen in {{A&E}} at [[organisation:Harrowfield General
        Hospital]]. Both families were told that night. {{Datix}} [[case_reference:W-24108]];
        {{Duty of Candour}} applies.
    """)),
    # 13 WhatsApp staff group
    ("health", "near_miss", block("""
        [[date:22/06/2024]], 07:31 - [[name:Bex Hartley]]: morning, heads up from {{nights}}
        [[date:22/06/2024]], 07:32 - [[name:Bex Hartley]]: [[name:Noah]] in rm 7 kept his {{earphone}} cable after {{evening meds}}. found it on {{bedroom check}} at {{02:00}} under the mattress
        [[date:22/06/2024]], 07:33 - [[name:Bex Hartley]]: not used, he says he forgot. added to {{risk items}} log
        [[date:22/06/2024]], 07:40 - [[name:Arjun Pillai]]: thanks [[name:Bex]]. pls dont put names on here tho! its an {{IG}} breach 🙈 use {{handover}}
        [[date:22/06/2024]], 07:41 - [[name:Bex Hartley]]: sorry 🤦 deleting. will do a {{ligature risk}} note on the system
    """)),
    # 14 hospital school rushed note
    ("health", "incident", prose("""
        teacher report - [[organisation:Kestrel Bank School]] (hosp school) rm 2. [[date:wed 3rd
        july]] {{period 3}}, {{maths}}. [[name:Zara]] ([[case_reference:EH0052266]]) snapped a
        plastic {{ruler}} n used the edge to scratch her arm under the desk. noticed by {{TA}} mrs
        [[name:okoro]] after abt 5 mins. superficial, {{first aid}} by ward nurse [[name:fiona]], no
        {{steri-strips}} needed. ruler was on the {{equipment list}} but count not done at end of
        {{period 2}} bc of the {{fire drill}}. [[name:Zara]] back on ward on {{level 3}}. mum told
        via ward. {{DSL}} mr [[name:hughes]] aware
    """)),
    # 15 chronology, success
    ("health", "success", block("""
        LEARNING - smooth {{Section 2}} admission from a {{paediatric ward}}, [[date:Fri 12 July]]
        16:30  Bed request from [[organisation:St Oswald's Hospital]] for [[name:Ayodele]], [[age:15]], held on {{paeds}} for 3 days.
        17:10  {{Bed manager}} [[name:Nuala]] confirms a bed; {{consultant}} Dr [[name:Rasmussen]] agrees admission.
        17:45  {{AMHP}} [[name:Ciarán Duffy]] completes the {{Section 2}} with two {{medical recommendations}}.
        18:30  {{Secure transport}} ([[organisation:Carrick Secure Transport Ltd]]) arrives.
        19:05  Arrives on [[organisation:Pendry Ward]]. Met by [[name:Joe]] and [[name:Precious]]; own room ready, {{welcome pack}}, mum present.
        20:00  {{Physical health check}} done and {{rights read}} ({{s132}}).
        What went well: one named coordinator, the paeds ward shared its {{risk assessment}} early, no restraint needed.
    """)),
    # 16 e-mail from the hospital school
    ("health", "near_miss", block("""
        From: [[name:Tomás Quintero]] <[[email:t.quintero@kestrelbank.sch.uk]]>
        To: [[email:safeguarding.ellison@harrowfield-cft.nhs.uk]]
        Date: [[date:17 July 2024]]
        Subject: near miss - nearly sent a disclosure to a parent

        Hi [[name:Naledi]],
        Logging this as you asked. [[name:Jayden]] ([[case_reference:EH0051734]]) disclosed in
        {{English}} this morning that his {{stepdad}} hit him before admission. I wrote it up and
        went to e-mail it to you, but {{Outlook}} autofilled the family's shared address
        ([[email:thebrowns.home@mailbox.co.uk]]). I noticed just before sending and deleted it.
        Nothing was sent. I've removed family addresses from my contacts and will only use the
        {{safeguarding form}} from now on. {{DSL}} aware. I think all {{school staff}} need a reminder.
        [[name:Tomás]]

        [[name:Tomás Quintero]] | {{English}} teacher | [[organisation:Kestrel Bank School]]
    """)),
    # 17 post-incident review minutes
    ("health", "incident", block("""
        POST-INCIDENT REVIEW - [[case_reference:W-24390]]
        Date of meeting: [[date:5 August 2024]]
        Present: [[name:Gerry Lynch]], Dr [[name:Adebanjo]], [[name:Faisal]] ({{PMVA}}),
        [[name:Bogdan Popescu]] ({{HCA}}), [[name:Rachel]] ({{family liaison}})
        Apologies: [[name:Anjali]]

        Summary: on [[date:31 July]], during a {{family visit}} in the garden, [[name:Ruby]]'s
        ([[age:17]], {{Section 3}}) {{dad}} filmed a video on his phone that showed two other young
        people, and posted it to {{TikTok}}. Another parent saw it the next day. It was removed
        within 3 hours after [[name:Rachel]] rang him.
        Findings: visitors' phone rules not explained on arrival; sign at reception missing since
        the {{refurbishment}}; the {{HCA}} supervising the visit was also covering {{obs}}.
        Actions: [[name:GL]] to put the signs back; [[name:BP]] to add phone rules to the visitor
        {{induction}}; both families told; {{Caldicott Guardian}} notified.
    """)),
    # ---- aviation: air ambulance (HEMS) charity (16) ----
    # 1 rushed lower-case note
    ("aviation", "incident", prose("""
        landed {{secondary HLS}} - playing field behind [[organisation:wendle community primary]] -
        for a {{paeds}} {{cardiac arrest}} [[date:tue 16/4]]. {{downwash}} lifted a {{gazebo}}
        someone had left on the far side (wasnt there on last {{recce}}), blew into the fence n
        snapped a pole. nobody hurt but caretaker [[name:geoff]] was v shaken. {{TC}} [[name:raf]]
        called it late as he was watching the {{wires}} on the east side. capt [[name:lindqvist]]
        reckons we should of used the {{primary site}} but it was 4 min further. head says she'll
        email [[organisation:pennine vale air ambulance]] re the damage. a/c
        [[aircraft_registration:G-PVAB]] checked, no {{FOD}} damage. {{ASR}} to follow. -
        [[name:kev]] ({{paramedic}})
    """)),
    # 2 RT transcript
    ("aviation", "near_miss", block("""
        RT transcript ({{CVR}}), [[date:27 April 2024]], [[flight_number:Helimed 58]] ([[aircraft_registration:G-PVAA]]), inbound [[organisation:Harrowfield Royal Infirmary]] {{helipad}}
        {{20:14:05}} PIC: "[[organisation:Harrowfield Radar]], [[flight_number:Helimed 58]], two miles south of the hospital, descending for the pad."
        {{20:14:12}} {{ATC}}: "[[flight_number:Helimed 58]], [[organisation:Harrowfield Radar]], {{QNH}} 1009, report pad in sight."
        {{20:14:40}} TC: "Drone, drone, left ten o'clock, same level, about two hundred metres."
        {{20:14:42}} PIC: "Visual. Going right and climbing."
        {{20:14:58}} PIC: "[[flight_number:Helimed 58]], {{drone}} half a mile south of the hospital at five hundred feet, breaking off the {{approach}}."
        {{20:15:06}} {{ATC}}: "[[flight_number:Helimed 58]], roger, informing {{police}}."
        Crew: {{PIC}} [[name:Ingrid Solberg]], {{TC}} [[name:Nathan Booth]], Dr [[name:Farid Haddad]]. Landed 20:22 on second approach. {{MOR}} filed ([[case_reference:PVAA-SR-0419]]).
    """)),
    # 3 Slack shout-out
    ("aviation", "success", block("""
        #crew-room
        [[name:marta.k]]  {{07:58}}
        🌟 shout-out to yesterday's day crew - Dr [[name:Aoife Brennan]], {{paramedic}} [[name:Sunny Dhillon]] and Capt [[name:Rhys Pritchard]]. Roadside {{RSI}} and {{blood}} (2 units {{PRBC}}) for a [[age:19-year-old]] motorcyclist, airborne to the {{major trauma centre}} in 22 mins. The {{MTC}} said he probably wouldn't have made it by road. Great {{CRM}} too - [[name:Rhys]] had the {{aircraft}} turned round and ready before the patient was packaged.
        [[name:dave.h]]  {{08:05}}
        👏 nice one all. [[name:Sunny]] that {{finger thoracostomy}} was slick
    """)),
    # 4 formal narrative
    ("aviation", "incident", prose("""
        On [[date:2 May]] the {{blood box}} ({{Credo cube}}) carried on
        [[aircraft_registration:G-PVAB]] recorded 10.4°C for about 40 minutes, outside the 2-6°C
        range. The {{temperature logger}} alarm was not heard over aircraft noise. The crew,
        {{critical care paramedic}} [[name:Lwazi Dube]] and Dr [[name:Helen Ashby-Clarke]], did not
        transfuse. The box had been left in direct sun on the cabin floor during a 55-minute
        {{on-scene}} time. Both units of {{O neg}} were returned to the {{blood bank}} at
        [[organisation:Harrowfield Royal Infirmary]] and discarded, as per {{MHRA}} cold-chain
        requirements. The {{hospital transfusion team}} has been informed and the event is logged
        as [[case_reference:PVAA-IR-0433]]. No patient harm. Action: add a visual {{logger}} check
        to the {{scene departure}} checklist and store the box in the shaded stowage.
    """)),
    # 5 night chronology
    ("aviation", "near_miss", block("""
        NEAR MISS - {{night}} landing, farm site - [[date:14 Nov]]
        Aircraft [[aircraft_registration:G-PVAC]] ({{AW169}}), callsign [[flight_number:Helimed 61]]
        Crew: Capt [[name:Mateusz Wróbel]] ({{PIC}}), {{HEMS TC}} [[name:Will Tennant]], Dr [[name:Chinwe Okeke]], {{CCP}} [[name:Fern]]
        21:42  Tasked to {{RTC}}, trapped driver, lane near [[address:Hollins Farm, Oakhollow]].
        21:58  On scene, {{NVG}} {{recce}} at 500 ft. Field to the north selected.
        22:01  Short final, ~80 ft: [[name:Will]] calls "STOP, wires ahead" - {{power lines}} across the field, not on the {{moving map}} or {{obstacle database}}.
        22:01  {{Go-around}}. Second field to the west selected, landed 22:06.
        22:40  Depart to [[organisation:St Oswald's Hospital]] with patient.
        Report: {{ASR}} [[case_reference:PVAA-SR-0502]]; {{MOR}} to {{CAA}}. Farmer Mr [[name:Haworth]] says the lines went up in {{September}}.
    """)),
    # 6 e-mail
    ("aviation", "incident", block("""
        From: [[name:Stuart Kerr]] <[[email:stuart.kerr@skyreachhelicopters.co.uk]]>
        To: [[email:safety@pennvaleairambulance.org.uk]]
        Date: [[date:Sat 8 June 2024]] {{15:20}}
        Subject: Incident - fuel spill at base during {{rotors-running refuel}}

        Hi [[name:Abi]],
        Quick one for the safety log. Today at approx {{13:05}}, during a {{hot refuel}} of
        [[aircraft_registration:G-PVAA]] at base, the {{bowser}} {{deadman}} valve stuck and roughly
        15 litres of {{Jet A-1}} went on the pan before the operator, [[name:Jonah]], shut it off at
        the tank. {{Fire cover}} was in place, no ignition, {{spill kit}} used. Aircraft shut down
        and inspected by engineer [[name:Marek Dudek]]; no damage. The bowser
        ([[vehicle_registration:PV16 FLX]]) is quarantined pending service by
        [[organisation:Aerofuel Services Ltd]]. I've raised occurrence [[case_reference:SKY-OCC-2291]].
        Cheers,
        [[name:Stu]]

        [[name:Stuart Kerr]]
        {{Chief Pilot}} | [[organisation:Skyreach Helicopter Services Ltd]]
        [[phone:07700 900562]]
    """)),
    # 7 minutes
    ("aviation", "success", block("""
        FLIGHT SAFETY ACTION GROUP - MINUTES - [[date:20/06/24]]
        Attendees: [[name:Abigail Norris]] ({{Safety Manager}}), [[name:Stuart Kerr]] ({{Chief Pilot}}),
        Dr [[name:Kwabena Ofori]] ({{Medical Director}}), [[name:Pat Ó Súilleabháin]] ({{HEMS TC}} lead),
        [[name:Jasmine]] ({{Dispatch}})
        Apologies: Capt [[name:Lindqvist]]

        1. Good catch: [[case_reference:PVAA-SR-0502]] ({{wires}}, night landing). Excellent call
        by [[name:WT]]. Lines now added to our {{HLS database}} and shared with other {{HEMS}} operators.
        2. {{NVG}} currency: all pilots in date.
        3. {{Helipad}} at [[organisation:Harrowfield Royal Infirmary]]: lighting fault fixed [[date:12 June]].
        Actions: [[name:SK]] to brief the learning at the next {{CRM}} day; [[name:AN]] to write it up
        for the newsletter.
    """)),
    # 8 WhatsApp
    ("aviation", "near_miss", block("""
        [[date:02/07/2024]], 11:14 - [[name:Carys Jenkins]]: NEAR MISS just now at the {{RTC}} by [[organisation:Kelbrook Garden Centre]]
        [[date:02/07/2024]], 11:15 - [[name:Carys Jenkins]]: an {{RRV}} ([[vehicle_registration:YJ21 OPV]]) drove across the field towards us while the {{rotors}} were still turning, straight at the {{rotor disc}}
        [[date:02/07/2024]], 11:16 - [[name:Carys Jenkins]]: [[name:Hamish]] ran out n waved him down, stopped about 15m off. {{tail rotor}} side 😳
        [[date:02/07/2024]], 11:22 - [[name:Tobi Adeleke]]: jeez. everyone ok? who was driving
        [[date:02/07/2024]], 11:24 - [[name:Carys Jenkins]]: all fine. {{paramedic}} from [[organisation:North Harrowshire Ambulance Service]], new to the area, never had an {{aircraft safety}} brief
        [[date:02/07/2024]], 11:25 - [[name:Tobi Adeleke]]: ok. ill do an {{ASR}} + email their {{EOC}} about a {{rotor safety}} briefing
    """)),
    # 9 information incident form
    ("aviation", "incident", block("""
        INFORMATION INCIDENT FORM
        Ref: [[case_reference:PVAA-IG-0047]]
        Date: [[date:15/07/2024]]
        Reported by: [[name:Lwazi Dube]], {{CCP}}
        Location: {{helipad}}, [[organisation:St Oswald's Hospital]]
        Patient details on the lost sheet:
          Name: [[name:Graham Pettigrew]]
          DOB: [[date_of_birth:04/02/1958]]
          NHS no: [[nhs_number:612 880 4535]]
          Address: [[address:Flat 3, 41 Cawley Street, Pendry]] [[postcode:PN7 2LU]]
        What happened: the {{ePRF}} tablet was flat so a paper {{handover sheet}} was used. During
        the {{hot offload}} the sheet was on the {{stretcher}} and blew off the pad in the
        {{downwash}}. Not recovered despite a search with hospital security ([[name:Dariusz]]).
        Actions: {{Caldicott Guardian}} and {{DPO}} informed; patient told on the ward by
        Dr [[name:Ofori]]; spare tablet battery added to kit. {{ICO}} decision pending.
    """)),
    # 10 dispatch table
    ("aviation", "near_miss", block("""
        DISPATCH LOG - extract - [[date:Sun 28 July]]
        Time  | Callsign | Incident | Ref | Desk
        14:02 | [[flight_number:Helimed 58]] | {{cardiac arrest}}, [[postcode:MB1 4RH]] | [[case_reference:CAD-118830]] | [[name:Jas]]
        14:05 | [[flight_number:Helimed 61]] | {{RTC}} x2 cars, [[address:Brackenmoor Road, Scarth]] | [[case_reference:CAD-118834]] | [[name:Jas]]
        14:09 | [[flight_number:Helimed 58]] | re-tasked to [[case_reference:CAD-118834]] | - | [[name:Ollie]]
        Near miss: both aircraft were heading to the same {{RTC}} and the {{cardiac arrest}} was left
        with no {{HEMS}} response. [[name:Jas]] spotted it at 14:11 on the {{map}};
        [[flight_number:Helimed 58]] went back to its original task, on scene 14:19. Patient had
        {{ROSC}} with the {{land crew}}. Cause: {{shift change}}, two desks working off one screen.
    """)),
    # 11 letter from a family
    ("aviation", "success", prose("""
        Letter received by the {{Clinical Director}}: "Dear all at [[organisation:Pennine Vale Air
        Ambulance]], On [[date:3 August]] my son [[name:Benedikt]] ([[age:8]]) fell from a
        climbing frame at [[address:Oakhollow Country Park]] and was knocked out. Your crew -
        I think their names were [[name:Faith]], [[name:Tomasz]] and the {{pilot}} [[name:Bill]] -
        landed in the car park within 20 minutes. [[name:Faith]] kept talking to me the whole time
        while the {{doctor}} gave him an {{anaesthetic}} for the flight. He spent four days in
        {{PICU}} at [[organisation:St Oswald's Hospital]] with a {{head injury}} and is now home and
        back on his bike (with a helmet!). Our family raised £1,240 at the
        [[organisation:Fox & Hounds]] quiz for you. Thank you for giving him back to us.
        [[name:Annika]] and [[name:Lars Becker]]"
    """)),
    # 12 shift handover
    ("aviation", "incident", block("""
        SHIFT HANDOVER - base - [[date:Wed 14 August]] (days to nights)
        Aircraft: [[aircraft_registration:G-PVAB]] serviceable, fuelled. [[aircraft_registration:G-PVAC]] in {{hangar}} for {{50 hr}} check, back tmrw.
        INCIDENT: {{13:40}} {{cardiac arrest}} job ([[case_reference:CAD-119642]]) - {{monitor/defib}} showed {{battery low}} after 3 shocks and shut down. Swapped to the {{land crew}}'s {{LIFEPAK}}, delay to next shock < 1 min. Spare battery in the {{kit bag}} was also flat - charge sticker said [[date:2 July]]. Unit quarantined + tagged, report [[case_reference:PVAA-IR-0468]] done.
        Kit: {{ketamine}} + {{rocuronium}} restocked, {{CD}} book signed by Dr [[name:Yiannis Georgiou]] and [[name:Sade]].
        Handed over by: [[name:Lwazi]] -> [[name:Beth-Ann]]
    """)),
    # 13 RT extract with airliner
    ("aviation", "near_miss", block("""
        RT extract - [[flight_number:Helimed 61]], [[date:22 August 2024]], transit to [[organisation:Harrowfield Royal Infirmary]]
        09:31:10 PIC: "[[organisation:Brackenmoor Approach]], [[flight_number:Helimed 61]], {{HEMS}} priority, request {{zone transit}} northbound, one thousand five hundred feet."
        09:31:18 APP: "[[flight_number:Helimed 61]], cleared transit not above one thousand five hundred feet, {{QNH}} 1012, traffic {{A320}} six mile final, [[flight_number:Northwind 217]]."
        09:32:40 APP: "[[flight_number:Helimed 61]], {{avoiding action}}, turn right immediately heading zero nine zero, traffic going around, one mile west, climbing through one thousand two hundred."
        09:32:44 PIC: "Right zero nine zero, [[flight_number:Helimed 61]], traffic in sight."
        09:33:30 APP: "[[flight_number:Helimed 61]], resume own navigation."
        Crew note: {{TAS}} alert at 0.6 nm, 300 ft below. {{Airprox}} filed by Capt [[name:Solberg]]; the [[organisation:Northwind Airways]] flight was [[flight_number:NWD217]].
    """)),
    # 14 Slack thread
    ("aviation", "incident", block("""
        #ops-base
        [[name:abi.norris]]  {{19:45}}
        flagging for the record - [[name:Rhys]]'s {{FDP}} went over tonight by 25 min. last job ([[case_reference:CAD-120077]]) landed at the {{MTC}} at 19:20, then {{weather}} at base meant a {{diversion}}
        [[name:rhys.p]]  19:50
        yep my call, should've declined the last {{tasking}} at 18:10. {{discretion report}} going in, I'm fine, {{rest day}} tomorrow
        [[name:marta.k]]  19:52
        no blame [[name:Rhys]] 👍 but {{dispatch}} need to see {{FDP}} remaining on the {{tasking screen}}. I'll raise with [[name:Kwabena]] and check the {{CAA}} {{FTL}} guidance
    """)),
    # 15 formal good practice
    ("aviation", "success", prose("""
        Good practice - night {{landing site}} set-up. On [[date:30 September]] at about {{23:10}}
        [[flight_number:Helimed 58]] ([[aircraft_registration:G-PVAA]], {{H145}}) was tasked to a
        stabbing outside [[organisation:Fenwold Rugby Club]]. The club secretary,
        [[name:Norma Blackwood]], had joined our {{Community HLS}} scheme in the spring and had
        the {{floodlights}} on and the pitch cleared before we arrived. PC [[name:Gethin
        Rowlands]] parked two {{police}} cars ([[vehicle_registration:HX23 BPZ]] and
        [[vehicle_registration:HX72 KRD]]) to block the access road. Capt [[name:Solberg]] landed
        on the first approach. Dr [[name:Farid Haddad]] and {{CCP}} [[name:Fern Oduya]] performed a
        {{resuscitative thoracotomy}} on scene; the patient was flown to the {{MTC}} and has since
        left {{ITU}}. Learning: the {{Community HLS}} scheme works - a lit, cleared, known site
        saved several minutes. Shared at the {{CRM}} day.
    """)),
    # 16 rushed lower-case thank-you
    ("aviation", "success", prose("""
        just want to log a good one. [[date:sat 12 oct]] we left the {{airway bag}} at scene (farm
        at [[address:low moor lane, scarth]]) after a {{quad bike}} job. didnt notice til we got
        back to base. farmers son [[name:rav]] rang {{dispatch}} on [[phone:01632 960118]] within
        30 mins and drove it over in his pickup ([[vehicle_registration:BN19 WXT]]). {{kit check}}
        would of picked up the missing {{i-gel}}s but we'd have been {{offline}} for the next job.
        massive thanks to [[name:rav]] n family - have sent a card + a mug lol. learning:
        {{scene departure}} kit check every time even when its hectic. - [[name:jonno]] ({{TC}})
    """)),
]

if __name__ == "__main__":
    write_records(OUT, build_records("blind222", REPORTS))
