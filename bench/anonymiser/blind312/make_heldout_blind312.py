"""Held-out blind corpus 312: 50 hand-written UK incident, near-miss and success reports.

Written blind (without sight of the de-identifier or any other corpus) to measure how well
de-identification generalises. All people, organisations, places and numbers are invented.

Settings:
- social_care (17): a family court advisers team (children's guardians) - hearings, bundles,
  contact centres, home visits, court e-filing.
- health (17): a community pharmacy - dispensing errors, controlled drugs, deliveries, MDS trays,
  Pharmacy First, discharge medicines.
- aviation (16): airport ground handling and baggage - pushback, loading, PRM, reclaim, lost
  property, baggage reconciliation.

Styles are deliberately mixed: rushed lower-case notes with typos and txt-speak, formal
narratives, timed chronologies, forms with Name/DOB/Ref/Address fields, e-mails with headers and
signatures, chat exports (Teams, WhatsApp, Slack) with handles, handover notes, minutes with
attendance and apologies, pipe tables, RT and headset transcripts, shout-outs and thank-you notes.

Mark-up: [[label:value]] marks an identifier, {{term}} a must-not-redact mention (roles, agencies,
drugs, equipment, place types, generic days and look-alike acronyms).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from markup import block, build_records, write_records  # noqa: E402
from markup import flow as prose  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "corpus" / "heldout_blind312.jsonl"

REPORTS = [
    # ------------------------------------------------------------------ social_care (17)
    ("social_care", "incident", prose("""
        rushed note sorry, in between hearings. at [[organisation:Marlow Vale Family Court]] today for
        the {{IRH}} in [[case_reference:MV24C00187]] (2 girls, [[age:6]] and [[age:9]]). realised the {{LA}}
        bundle had mums new address unredacted in the {{SWET}} - [[address:14 Cobden St, Oxley]]
        [[postcode:KD4 7RW]] - and dads {{solicitor}} had already been sent it. mum is in {{refuge}} so
        this is serious. told the {{legal adviser}} + {{LA}} solicitor [[name:gemma]] straight away, court
        rose for 20 mins and the bundle was pulled. rang the {{IDVA}} ([[name:Farah]]) who is doing safety
        planning w mum this pm. logged on {{ECMS}} as a {{data breach}}. not our error as such but we had
        the bundle 2 days before and i didnt spot it at prep stage either so learning for us too. [[name:FO]]
    """)),
    ("social_care", "near_miss", prose("""
        As {{Children's Guardian}} I was preparing my {{final analysis}} in the {{Section 31}} proceedings
        concerning [[name:Amara]] ([[age:aged 4]]) and [[name:Tobiah Okonkwo-Reid]] ([[age:aged 18 months]])
        on [[date:Tuesday 11 June]]. While pasting the {{chronology}} from an earlier {{s.7}} report that I
        had been using as a template, I noticed that a paragraph from an unrelated case had been carried
        across. It named another child, [[name:Lacey]], and her school, [[organisation:St Wilfrid's RC Primary]].
        The analysis had not been filed or shared. I removed the paragraph, re-checked the whole document
        against the {{Local Authority}} bundle, and asked my {{Practice Supervisor}}, [[name:Bronwen Teague]],
        to read it before filing, which she did on [[date:12 June]]. Contributory factors: reusing old
        reports as templates, late-afternoon fatigue and no second read, which is common when filing on a
        {{Friday}}. Learning: always start from the blank {{national template}} and never reuse a previous
        report, even just for the chronology layout.
    """)),
    ("social_care", "success", block("""
        SHOUT-OUT 🎉
        Huge thanks to [[name:Hope Mensah-Clarke]] in {{business support}} who spotted on [[date:Fri 7th]]
        that the {{C110A}} for the [[name:Kowalczyk]] children had the wrong hearing date on it (it said
        [[date:24 July]], the court had listed [[date:14 July]]). [[name:Hope]] rang the {{listing office}}
        at [[organisation:Brackenfield Family Court]], got it corrected and emailed me, the
        {{solicitor for the child}} and the {{IRO}} before close of play. Without that the {{Guardian}}
        (me!) would have missed the {{CMH}} completely. We hope this goes in the next newsletter 😊
        cc: {{Service Manager}}, {{Head of Practice}}
        [[name:Dariusz]]
        {{FCA}}, [[organisation:North Kestondale team]]
    """)),
    ("social_care", "incident", block("""
        From: [[name:Rukhsana Begum]] <[[email:rukhsana.begum@pfcas.org.uk]]>
        To: [[name:Ciarán Ó Dálaigh]] ({{Service Manager}})
        Date: [[date:03/10/2024]] 16:42
        Subject: Incident - contact centre, [[case_reference:KD/24/0912]]

        [[name:Ciarán]],

        Logging this formally. Today at [[organisation:Little Acorns Contact Centre]]
        ([[address:2 Mill Yard, Oxley]]) the paternal {{grandmother}} turned up to collect
        [[name:Jayden]] ([[age:7]]) at the end of the session. The {{interim care order}} only allows
        her supervised contact, not handovers. The {{contact supervisor}} rang me to check; I said no
        and told them to ring the {{LA}} {{EDT}}. [[name:Jayden]] went home with his {{foster carer}}
        as planned. No harm, but the centre's booking sheet did not show the restriction.

        Actions: I have sent the order to the centre manager, [[name:Pat Oyelaran]], and asked the
        {{allocated social worker}} to update the contact plan before the next session on {{Thursday}}.

        [[name:Rukhsana]]
        [[name:Rukhsana Begum]] | {{Family Court Adviser}} | [[phone:07700 900614]]
    """)),
    ("social_care", "near_miss", block("""
        {{Teams}} chat export - guardians north
        [09:02] [[name:Sunny Adeyemi]]: morning, anyone got the {{position statement}} for [[case_reference:BF24P00341]]? hearing at 10
        [09:03] [[name:Grace W]]: sent it to the {{court inbox}} last night
        [09:05] [[name:Sunny Adeyemi]]: which inbox tho?
        [09:06] [[name:Grace W]]: oh no. think {{Outlook}} {{autocomplete}} gave me [[organisation:Bradfield FC]] not [[organisation:Brackenfield FC]] 😬
        [09:06] [[name:Grace W]]: and it has mum's new address in para 12
        [09:08] [[name:Sunny Adeyemi]]: ok don't panic. {{recall}} it + email [[organisation:Bradfield]] listing to delete. I'll tell [[name:Rob]] ({{SM}})
        [09:15] [[name:Grace W]]: recall says successful and [[organisation:Bradfield]] confirm deleted unread 🙏
        [09:16] [[name:Sunny Adeyemi]]: phew. {{near miss form}} pls, and resend from the {{court directory}} not autocomplete
        [09:17] [[name:Grace W]]: 👍 doing now
    """)),
    ("social_care", "success", block("""
        TEAM MEETING MINUTES - [[organisation:Oxley & Dunmore team]] - [[date:Wed 16 October]]
        Present: [[name:Mark Osei]] ({{SM}}, chair), [[name:Faith Njoroge]], [[name:Tomasz Wójcik]],
        [[name:Aisling Ní Mhurchú]], [[name:Bill Haverstock]], [[name:RS]] (minutes)
        Apologies: [[name:Joy Abara]] (in court), [[name:Will Penhaligon]] ({{annual leave}})

        Item 3 - Learning from success
        [[name:Faith]] presented the [[name:Hussain]] case. Guardian asked for a {{Family Group Conference}}
        at the first {{CMH}} and the {{paternal aunt}} came forward; a positive {{SGO}} assessment meant the
        final hearing was vacated and [[name:Ayaan]] ([[age:5]]) moved to his aunt on [[date:2 September]],
        about 4 months earlier than the {{PLO}} timetable. Judge commended the guardian's {{analysis}}.
        Learning: raise {{FGC}} early, don't wait for the {{ISW}}.
        Actions: [[name:Mark]] - add to practice crib sheet. [[name:Tomasz]] - share {{Signs of Safety}}
        mapping template. [[name:Bill]] - circulate {{Working Together}} summary by next meeting.
    """)),
    ("social_care", "incident", block("""
        CHRONOLOGY - lost bag / {{data incident}} - ref [[case_reference:INC-2024-0447]]
        [[date:Thurs 21/11]]
        07:50  {{FCA}} [[name:Kiri Tane]] leaves home for [[organisation:Hollins Bridge Family Court]] with
               {{encrypted laptop}} and paper file ([[name:Delaney]] children) in rucksack
        08:40  rucksack left on train when changing. Realised on platform
        08:44  rang {{British Transport Police}} lost property, log no [[case_reference:BTP-558102]]
        09:10  informed {{SM}} [[name:Declan]] by phone. paper file holds {{LA}} {{chronology}} + draft {{s.7}}
        09:30  {{IT}} service desk asked to remote wipe laptop
        11:15  court told; {{hearing}} went ahead using copies from the {{solicitor for the child}}
        16:05  rucksack handed in at the terminus, file appears untouched
        [[date:22/11]] 10:00  bag collected by [[name:Kiri]]; {{DPO}} ([[name:M. Lindqvist]]) decided not
               reportable to the {{ICO}}
        LEARNING: paper files only when essential, use the {{court bundle}} on the laptop.
    """)),
    ("social_care", "near_miss", block("""
        NEAR MISS REPORT
        Reporter: [[name:Precious Mhlanga]] ({{Children's Guardian}})
        Team: [[organisation:Kestondale South]]
        Date of event: [[date:08/01/2025]]
        Child: [[name:Kayden-Lee Marsh]]   DOB: [[date_of_birth:19/04/2016]]
        Court ref: [[case_reference:KD25C00014]]
        Current address: [[address:Flat 3, 41 Priory Road, Kestondale]] [[postcode:KD2 9LS]]

        What happened: my introductory letter to [[name:Kayden-Lee]] ([[age:8yo]]) was in the {{post tray}}
        addressed to his previous {{foster carers}}. He moved placement on {{Monday}} and {{CMS}} still
        showed the old address. I noticed when I read the {{LA}} {{placement notification}} and pulled the
        letter before {{admin}} posted it.
        What could have happened: letter with guardian details and hearing date sent to former carers who
        are not parties.
        Action: {{admin}} to check address against the latest {{PLO}} tracker before posting.
        {{Practice Supervisor}} informed.
    """)),
    ("social_care", "success", prose("""
        Learning from practice - hearing the child in court. In proceedings about [[name:Nadia Rezaei]]
        ([[age:13]]), [[name:Nadia]] told her guardian, [[name:Lars Eriksen]], that she wanted to meet the
        judge. [[name:Lars]] raised this at the {{IRH}} and HHJ [[name:Abernethy]] agreed, following the
        {{FJC guidelines}} on judges meeting children. Beforehand [[name:Lars]] used the {{Three Houses}}
        tool with her at [[organisation:Greenbank Academy]] (she is in {{Year 8}}) and she wrote a letter
        with help from her {{independent advocate}} at [[organisation:Voices Together Advocacy]]. The meeting
        took place in {{chambers}} on [[date:5 March]] with the {{Children's Guardian}} present. Afterwards
        the judge wrote to [[name:Nadia]] explaining the decision in plain English, and [[name:Lars]] read
        it with her. Her {{CAMHS}} worker says she has felt "listened to for the first time". Learning: ask
        every older child whether they want to meet or write to the judge, and build it into the
        {{case plan}} from the start.
    """)),
    ("social_care", "incident", block("""
        Incident [[case_reference:IR-25-0213]] - message sent in wrong chat (work mobile, {{WhatsApp}} export)

        [[date:12/03/2025]], 19:47 - [[name:Shannon P]]: can u tell the {{judge}} i done my {{hair strand test}} n its clear
        [[date:12/03/2025]], 19:58 - [[name:Yusuf Demir]]: Hi [[name:Kelly]], thanks for letting me know about [[name:Mason]]'s exclusion from [[organisation:Fernhill Primary]], I'll raise it with the {{social worker}} tomorrow
        [[date:12/03/2025]], 20:01 - [[name:Yusuf Demir]]: This message was deleted
        [[date:12/03/2025]], 20:03 - [[name:Shannon P]]: who is [[name:kelly]]?? who is [[name:mason]]

        My account: I replied in [[name:Shannon]]'s chat instead of [[name:Kelly]]'s. The message named
        another child and his school. I deleted it for everyone within 3 mins but it had been read
        ({{blue ticks}}). Told my {{SM}} and the {{DPO}} at 08:30 next day. Learning: no case messages
        after hours, use {{Teams}} or email, and test results should come via the {{solicitor}} anyway.
        [[name:YD]]
    """)),
    ("social_care", "near_miss", block("""
        HANDOVER - leave cover [[date:23 Dec]] to [[date:3 Jan]]
        from [[name:jo]] to [[name:Fionnuala]] / [[name:Dev]]

        1. [[name:Ellis-Mbeki]] [[case_reference:OX24C00561]] - {{ICO}} in place til final, no action. BUT near
        miss this wk: {{LA}} were planning to move [[name:Tiana]] ([[age:2]]) to a new {{foster placement}}
        over {{Xmas}} without telling me. Only found out from the {{IRO}}, Ms [[name:Chowdhury]]. Emailed the
        {{Team Manager}} - any move needs an updated {{care plan}} + guardian's view first. Pls keep an eye.
        2. [[name:Gallagher]] - {{s.7}} due [[date:6 Jan]], draft on the {{S drive}}.
        [[organisation:Holy Trinity C of E Juniors]] still haven't sent attendance, chase the {{DSL}}.
        3. nothing else urgent. my mob if desperate [[phone:07700 900338]] but pls don't 😅
    """)),
    ("social_care", "success", block("""
        From: [[name:Olumide Bankole]] <[[email:o.bankole@kestondale.gov.uk]]>
        Sent: [[date:28 February 2025]] 11:03
        To: [[name:Hannah Lindgren-Foy]]
        Subject: Thank you - [[name:Marcus]] and [[name:Ruby]]

        Hi [[name:Hannah]],

        I wanted to say thank you for your work on the {{sibling assessment}}. Your {{analysis}} was the
        reason the {{ADM}} agreed to keep [[name:Marcus]] ([[age:11]]) and [[name:Ruby]] ([[age:8]]) together
        in a long-term placement rather than separating them for {{adoption}}. Their {{foster carer}},
        [[name:Angel]], says [[name:Ruby]] has not wet the bed since the final hearing. Please pass this on
        to your {{Service Manager}} - it's the kind of {{Guardian}} practice we talk about in training.

        Kind regards,
        [[name:Olu]]
        {{Senior Social Worker}} | {{Children in Care Team}} | [[organisation:Kestondale Borough Council]]
    """)),
    ("social_care", "incident", block("""
        Incident log - disclosure during home visit - [[date:14/05/25]] - MASH ref [[case_reference:MASH-25-08871]]
        Time  | Who                              | What
        15:10 | [[name:Eilidh Hamilton]] ({{FCA}}) | home visit to [[address:27 Larch Close, Dunmore]] to see [[name:Leo]] ([[age:10]])
        15:32 | [[name:Leo]]                     | says dad's partner [[name:Kerry-Ann]] "slapped me" at the weekend, red mark on cheek
        15:40 | [[name:Eilidh Hamilton]]         | calls {{MASH}}, speaks to {{duty}} worker [[name:Raj]]
        16:05 | {{MASH}}                         | {{strategy discussion}} agreed, police informed
        17:20 | PC [[name:Amber Stoker]]         | attends with {{social worker}}; [[name:Leo]] to {{Nan}}'s under {{s.47}} safety plan
        18:00 | [[name:EH]]                      | emails {{SM}} + {{solicitor for the child}}, {{urgent hearing}} requested
        Note: guardian did not leave until police arrived. {{Lone working}} app used throughout.
    """)),
    ("social_care", "near_miss", prose("""
        nearly uploaded the wrong {{final analysis}}!! two [[name:Clarke]] cases listed same morning for
        {{IRH}} at [[organisation:Hollins Bridge]] - mine is [[case_reference:HB24C00702]], [[name:mehmet]]'s
        is [[case_reference:HB24C00719]]. the {{upload portal}} {{dropdown}} only shows surname + hearing
        date so i picked his by mistake. only noticed cos the {{DOB}} on the confirmation screen was for a
        [[age:14yo]] and mine is a baby. cancelled before submit, nothing sent. told [[name:Rob]] ({{SM}})
        + {{IT}} + {{business support}}. suggest portal shows full case no and child initials. also we both
        left it to {{Friday}} night which didnt help lol. [[name:tk]]
    """)),
    ("social_care", "success", block("""
        #guardians-south
        [[name:amber.k]]  10:14
        just want to flag something that went really well 😊 [[name:Selam]] ([[age:12]]) only speaks {{Tigrinya}}
        and last time the {{interpreter}} was booked for {{Amharic}} by mistake. this time [[name:Jun]] in
        {{business support}} booked Mr [[name:Haile]] from [[organisation:Tongues Interpreting Ltd]] 3 weeks
        ahead, checked the dialect with her {{key worker}} and booked the same interpreter for all 3 visits
        so she didn't have to retell her story before her {{Home Office}} interview
        [[name:Jun Watanabe]]  10:20
        aw thanks 🙏 it was [[name:Precious]]'s checklist really
        [[name:Precious Mhlanga]]  10:22
        👏 team effort. adding it to the {{UASC}} practice note
        [[name:Mark Osei]]  10:31
        Brilliant. Please bring to {{team meeting}} on {{Weds}}.
    """)),
    ("social_care", "incident", prose("""
        Incident at [[organisation:Marlow Vale Family Court]] on [[date:19 June 2024]]. I
        ([[name:Robin Achterberg]], {{Children's Guardian}}) was waiting outside {{Court 3}} before a
        {{final hearing}} when the father, Mr [[name:Draper]], approached me shouting that I had "stolen
        his kids". He stood very close and pointed his finger in my face. I moved towards the {{usher}}'s
        desk and the usher pressed the {{panic alarm}}; two {{security officers}} attended and escorted
        Mr [[name:Draper]] outside. He was allowed back in for the hearing with security present. I was
        not physically hurt but was shaken. The {{risk assessment}} on file flagged him as high risk but
        no {{consultation room}} had been booked. Follow up: {{SM}} [[name:Grace Ibekwe]] has asked
        {{HMCTS}} to book separate waiting areas for future hearings and I have completed the
        {{lone working}} debrief.
    """)),
    ("social_care", "near_miss", prose("""
        NM - nearly sent a {{DWP}} letter w mums NI no ([[ni_number:JT 48 29 61 C]]) as an {{exhibit}} to my
        {{position statement}} for [[case_reference:DN24C00233]]. it was scanned in the same {{pdf}} as her
        {{drug and alcohol}} test results from [[organisation:Clearpath Testing Ltd]] which i did need to
        attach. only spotted when [[name:Blessing]] ({{PS}}) did the {{QA}} check on [[date:Weds 20th]].
        removed + re-scanned. learning: scan docs separately, and {{QA}} before upload even when it's
        {{short notice}}. mum ([[name:Kelly-Marie Dunn]], [[age:29]]) not aware, no need to tell her as
        nothing left the office. thx [[name:Bless]] 🙏
    """)),
    # ------------------------------------------------------------------ health (17)
    ("health", "incident", prose("""
        Dispensing error - [[organisation:Beckside Pharmacy]], [[date:2 April 2025]]. Mrs [[name:Edna Hallworth]]
        ([[age:81]], NHS [[nhs_number:485 777 3457]]) was supplied {{warfarin}} {{3mg}} tablets instead of
        {{1mg}} tablets against a prescription from [[organisation:Orchard Lane Surgery]]. Both strengths were
        on the same shelf and the {{dispenser}} picked the blue 3mg box; the {{accuracy checker}} missed it
        because the label had been printed correctly. Her daughter noticed the colour change the next
        morning before any dose was taken and rang us. The {{RP}}, [[name:Ravi Kotecha]], apologised,
        exchanged the tablets at the patient's home and informed the {{anticoagulant clinic}}. No harm.
        Actions: warfarin strengths separated onto different shelves with {{shelf-edge alerts}}, all staff
        reminded to scan every pack against the {{PMR}}, and recorded on {{LFPSE}} (the old {{NRLS}}).
    """)),
    ("health", "near_miss", prose("""
        near miss at the bench today ([[date:tues 14th]]) - [[name:shaz]] picked {{propranolol}} 40mg instead
        of {{prednisolone}} 5mg for mr [[name:Nowak]]'s script. label was right, tablets wrong - the two
        boxes sit next to each other alphabetically and both are white/red. i caught it at {{final check}}
        so nothing handed out. classic {{LASA}} pair! moved pred to the {{steroid}} section + put a
        {{LASA}} sticker on both. not blaming [[name:shaz]], we were 3 down and the {{EPS}} queue was 90+
        items. could we get a second {{ACT}} on tuesdays when [[name:Dom]]'s off? - [[name:Kasia]]
        ({{pharmacist}})
    """)),
    ("health", "success", block("""
        STAR OF THE MONTH ⭐
        Massive thank you to our delivery driver [[name:Bill Ashworth]]. On his round on [[date:Friday 9 May]]
        Mr [[name:Okafor]] ([[age:84]]) didn't answer at [[address:6 Thistle Court, Beckside]] when [[name:Bill]]
        was delivering his {{blister packs}}, which is not like him, and his {{pendant alarm}} hadn't gone off.
        [[name:Bill]] could see him on the floor through the window, rang {{999}} and stayed with him until
        the {{paramedics}} came. He'd had a {{fall}} overnight and was taken to {{A&E}} at
        [[organisation:Kestondale General]]. [[name:Bill]] then came back, finished the round and still wrote
        it all up on the {{delivery log}} 😂 The family rang to say thank you.
        {{Van}} [[vehicle_registration:KX21 HDP]] is now officially the Bat-mobile. Thank you [[name:Billy]]!
        - [[name:Nasreen]] ({{Pharmacy Manager}})
    """)),
    ("health", "incident", block("""
        TIMELINE - {{supervised consumption}} error - [[date:Mon 17/03]]
        09:05  Pt A ([[name:Darren Leckie]]) collects daily {{methadone}} 60ml, supervised
        09:12  Pt B ([[name:Darren Leckey]]) arrives for his 35ml
        09:14  {{locum}} [[name:Mihaela Popescu]] measures from Pt A's bottle/label in error - 60ml
        09:15  Pt B drinks the dose at the counter
        09:16  locum realises when making the {{CD register}} entry; Pt B told straight away
        09:20  rang the {{prescriber}} at [[organisation:Kestondale Recovery Service]] - advised observe,
               no further dose today
        09:25  Pt B agrees to wait; {{naloxone}} kit out; [[name:Cerys]] sits with him
        11:30  Pt B alert and chatting, {{keyworker}} [[name:Joe]] collects him
        12:00  {{Superintendent Pharmacist}} informed. {{CD Accountable Officer}} report submitted,
               ref [[case_reference:CDAO-25-1182]]
        Learning: near-identical names - confirm {{DOB}} and address every time, never pour in advance.
    """)),
    ("health", "near_miss", block("""
        From: [[name:Ifeoma Chukwu]] <[[email:beckside.pharmacy@nhs.example.net]]>
        To: [[organisation:Orchard Lane Surgery]] prescriptions <[[email:orchardlane.scripts@nhs.example.net]]>
        Date: [[date:Thu 22 May 2025]] 14:18
        Subject: Near miss - {{EPS}} script for wrong patient

        Hi all,

        We received an {{EPS}} prescription for {{amoxicillin}} 500mg caps for [[name:Joy Mbatha]]
        (NHS no [[nhs_number:621 309 8844]], DOB [[date_of_birth:04/11/1992]]). When she came in she said
        she hadn't seen anyone at the surgery, and she is allergic to {{penicillin}} - the
        {{Summary Care Record}} shows this too. It looks like the script was meant for her mother,
        [[name:Joyce Mbatha]], at the same address. We have not supplied it and have returned it to the
        {{Spine}}. Could the {{prescriber}} please cancel, reissue to the right patient and check the
        {{allergy}} record?

        Many thanks,
        [[name:Ifeoma]]
        {{Pharmacist}}, [[organisation:Beckside Pharmacy]] | [[phone:0113 496 0732]]
    """)),
    ("health", "success", block("""
        PATIENT SAFETY HUDDLE - MINUTES - [[date:30/04/25]]
        Attendees: [[name:Nasreen Qureshi]] ({{Pharmacy Manager}}), [[name:Grace O'Dowd]] ({{ACT}}),
        [[name:Pat]] ({{dispenser}}), [[name:Tariq]] (dispenser), [[name:Sunny Liu]] ({{pre-reg}})
        Apologies: [[name:Dom Whitlock]] (leave)

        1. Good catch of the month: [[name:Sunny]] spotted during a {{New Medicine Service}} call that
        Mrs [[name:Achterberg]] was taking {{ibuprofen}} bought OTC alongside her new {{apixaban}}. Advised
        stop, {{paracetamol}} instead, and messaged [[organisation:Orchard Lane Surgery]]. GP agreed.
        2. Learning: ask about {{OTC}} and {{herbal}} products at every NMS - use the prompt card.
        3. [[name:Grace]] to update the {{SOP}}; [[name:Pat]] to reorder prompt cards.
        Next huddle [[date:28/05/25]].
    """)),
    ("health", "incident", block("""
        INCIDENT FORM
        Ref: [[case_reference:BP-INC-0091]]
        Patient name: [[name:Stanisław Wiśniewski]]
        DOB: [[date_of_birth:15/08/1946]]
        NHS no: [[nhs_number:712 458 0366]]
        Address: [[address:Flat 12, Rowan House, Mill Lane, Oxley]] [[postcode:KD4 3HB]]
        Date/time: [[date:07/02/2025]] approx 15:30
        Description: weekly {{MDS}} trays for this patient and for Mr [[name:Wilson]] ([[address:Flat 21]],
        same block) were swapped by the delivery driver. Mr [[name:Wiśniewski]]'s {{carer}} noticed
        unfamiliar tablets at the {{teatime visit}}, after one dose of Mr [[name:Wilson]]'s {{amlodipine}}
        and {{bendroflumethiazide}} had been given. {{Out of hours GP}} advised monitoring
        {{blood pressure}}; no harm.
        Action: trays retrieved, correct trays delivered by 18:00. Drivers now photograph the tray label
        next to the door number. {{Superintendent}} informed, logged on {{LFPSE}}.
    """)),
    ("health", "near_miss", block("""
        WhatsApp export - [[organisation:Beckside Pharmacy]] team
        [[date:18/01/2025]], 07:58 - [[name:Tariq]]: morning. {{Fridge 2}} max overnight was 11.4 😳 current 6.8
        [[date:18/01/2025]], 08:01 - [[name:Grace O'Dowd]]: door shut? [[name:ellie]] put the {{wholesaler}} order away late
        [[date:18/01/2025]], 08:03 - [[name:Tariq]]: door was ajar a few mm, the {{flu vaccines}} box was stopping it closing
        [[date:18/01/2025]], 08:05 - [[name:Nasreen Qureshi]]: ok DON'T use anything from fridge 2. quarantine + label. I'll ring the {{manufacturer}} for {{stability data}} and download the {{data logger}}
        [[date:18/01/2025]], 08:07 - [[name:Tariq]]: we've 40 booked for the {{Saturday}} {{flu clinic}} 😬
        [[date:18/01/2025]], 09:40 - [[name:Nasreen Qureshi]]: manufacturer says ok up to 25°C for 12h so all fine to use, {{cold chain}} breach avoided. log as near miss pls + reorganise so boxes don't touch the door
        [[date:18/01/2025]], 09:41 - [[name:ellie]]: sorry everyone 😔
        [[date:18/01/2025]], 09:42 - [[name:Grace O'Dowd]]: no harm done hun, easy mistake
    """)),
    ("health", "success", prose("""
        Good practice report. On [[date:3 December]] [[name:Grace Tembo]] ([[age:67]]) came in under
        {{Pharmacy First}} with symptoms of a {{UTI}}. Our {{pharmacist}} [[name:Ifeoma Chukwu]] noticed she
        was confused about the day, felt hot and clammy and had a heart rate of 118 on the
        {{pulse oximeter}}. Rather than supplying {{nitrofurantoin}} under the {{PGD}}, [[name:Ifeoma]]
        recognised possible {{sepsis}} using the {{NEWS2}} prompts, called {{999}} and kept her in the
        {{consultation room}}. Ms [[name:Tembo]] was admitted to [[organisation:Kestondale General Hospital]]
        with {{urosepsis}} and has since made a full recovery. Her son [[name:Kofi]] came in to thank the
        team. Learning: the red-flag questions in the {{Pharmacy First}} clinical pathway work - keep
        using them even when it's busy.
    """)),
    ("health", "incident", block("""
        DISPENSING INCIDENTS REACHING PATIENT - [[organisation:Ravensmoor Pharmacy]] - w/c [[date:10/03/25]]
        Date  | Patient                 | What went wrong                                       | Staff        | Outcome
        [[date:10/03]] | [[name:F. Amini]]          | {{sertraline}} 100mg supplied, script 50mg                    | [[name:TW]] | returned unopened
        [[date:11/03]] | [[name:Rose Kavanagh]]     | {{insulin}} wrong pen ({{NovoRapid}} given for {{Levemir}})     | [[name:GO]] | 1 dose taken, {{BM}}s monitored with {{GP}}, no harm
        [[date:13/03]] | baby [[name:Zayn]] ([[age:6 months]]) | {{amoxicillin}} label 5ml {{TDS}}, script 2.5ml TDS  | [[name:SL]] | mum [[name:Destiny]] queried at home after 1 dose
        Themes: {{interruptions}} at the checking bench, {{high-risk meds}}. All logged on {{LFPSE}}.
        Reviewed by [[name:Nasreen]] [[date:17/03/25]].
    """)),
    ("health", "near_miss", block("""
        LOCUM HANDOVER - [[date:Sat 24th]] - for [[name:Kasia]] on {{Mon}}
        - NEAR MISS: Mr [[name:Hollis]]'s {{MST}} 30mg script is dated [[date:20/01]], so out of date under
          the {{28-day}} {{CD}} rule. [[name:Tariq]] had it bagged and nearly handed it to his wife - I
          stopped it at the {{bag check}}. Need a new script from [[organisation:Mahmood & Partners]], they
          open 8am. Pt aware and has enough till Tues.
        - {{CD}} {{balance check}} done on all {{Schedule 2}}s, correct. {{CD keys}} in the safe.
        - [[name:Bill Yeung]] (driver) off sick Mon - 6 deliveries in the tote, addresses on the sheet.
        - {{RP log}} signed out 17:02.
        cheers, [[name:Lukas]] ({{locum}})
    """)),
    ("health", "success", block("""
        (Transcribed thank-you card, pinned up in the dispensary)
        Dear everyone at [[organisation:Ravensmoor Pharmacy]],
        {{Mum}} passed away peacefully at home on [[date:12th January]]. I wanted to thank you for the way
        you helped us in her last weeks - especially [[name:Sunny]], who sorted the {{just in case}} meds on
        a {{Saturday}} when the {{hospice}} script was wrong, and [[name:Mo]], who drove out with the
        {{syringe driver}} medicines at {{8pm}}. You treated [[name:Dorothy]] like family.
        With love and gratitude,
        [[name:Rose]] ([[name:Dorothy Pike]]'s daughter) xx
        ---
        Note from [[name:Nasreen]]: shared at huddle [[date:20/01]]. Forwarded to the {{Superintendent}} and
        the {{ICB}} {{palliative care}} lead as good {{end of life}} practice.
    """)),
    ("health", "incident", block("""
        {{Teams}} - area managers chat
        [[name:Nasreen Qureshi]]  17:42
        Hi [[name:Marek]], {{CD}} balance on {{Oramorph}} 10mg/5ml at [[organisation:Beckside]] is 85ml short vs register 😟
        [[name:Marek Zieliński]]  17:44
        ok. When was the last correct balance?
        [[name:Nasreen Qureshi]]  17:45
        [[date:Mon 7th]]. Since then 3 supplies. [[name:Ifeoma]] + [[name:Tariq]] on.
        [[name:Marek Zieliński]]  17:50
        Check {{overage}} entries and the {{measuring cylinder}} - could be spillage logged on paper not in
        the register. If not found by tomorrow it's an {{AO}} report.
        [[name:Nasreen Qureshi]]  19:10
        Found 60ml documented spillage ([[date:8/4]]) never entered. 25ml still unexplained. Reporting to
        {{CDAO}} + police {{CD liaison officer}} as per {{SOP}}.
        [[name:Marek Zieliński]]  19:12
        👍 thanks, I'll let the {{Superintendent}} know. Incident ref [[case_reference:CD-0425-07]]
    """)),
    ("health", "near_miss", prose("""
        Near miss involving {{methotrexate}}. On [[date:Wednesday 9 July]] a discharge prescription from
        [[organisation:St Aldhelm's Hospital]] for Mr [[name:Callum Fairweather]] ([[age:58]], hospital no
        [[case_reference:K4471092]]) came through the {{Discharge Medicines Service}}. It read
        "methotrexate 10mg daily". Our {{pre-registration trainee}} [[name:Amber]] flagged that methotrexate
        for {{rheumatoid arthritis}} is normally once weekly and that his {{PMR}} showed 10mg every
        {{Friday}}. The {{pharmacist}}, [[name:Hamid Rezaei]], contacted the {{ward pharmacist}} on
        [[organisation:Ferndale Ward]], who confirmed a transcription error on the {{TTO}}. A corrected
        prescription was issued and {{folic acid}} was added. Had it been dispensed daily, Mr
        [[name:Fairweather]] could have suffered serious {{bone marrow suppression}}. Learning: the
        {{MHRA}} alert on the shelf edge worked - well done [[name:Amber]].
    """)),
    ("health", "success", block("""
        From: [[name:Priya Raghunathan]] <[[email:priya.raghunathan@kgh.example.nhs.uk]]>
        Date: [[date:14/08/2025]]
        To: [[email:ravensmoor.pharmacy@nhs.example.net]]
        Subject: Re: DMS referral - Mr [[name:T. Oduya]]

        Dear [[name:Mo]],

        Thank you for completing the {{DMS}} follow-up so quickly. Your call to Mr [[name:Oduya]] on day 2
        picked up that his {{furosemide}} had been stopped on {{the ward}} but was still on his
        {{repeat template}} at [[organisation:Hillcrest Medical Centre]], and that his {{blister pack}} still
        had the old {{digoxin}} dose. Your {{intervention}} almost certainly prevented a readmission; our
        {{heart failure nurses}} were really impressed. I've shared it as a good news story with the
        {{Medicines Safety Officer}}.

        Best wishes,
        [[name:Priya]]
        {{Lead Pharmacist}}, {{Transfer of Care}} | [[organisation:Kestondale General Hospital]] | [[phone:01632 960481]]
    """)),
    ("health", "incident", prose("""
        delivery incident - driver ([[name:Mo]]) left a bag for [[address:38 Kingfisher Way]]
        [[postcode:KD7 2NE]] with next door at [[address:no. 40]] as nobody in. bag had {{sertraline}} +
        {{HIV}} meds ({{Biktarvy}}) and the label with pts full name. neighbour opened it (said she
        thought it was hers) then went round to the pt and said something about the tablets 😞 pt
        ([[name:Jordan]]) rang us v upset [[date:Thurs 4th Sept]] am. [[name:Nas]] apologised and offered
        to meet, pt wants to make a formal complaint. {{SOP}} says never leave with a neighbour without
        {{consent}} recorded on the {{PMR}} - [[name:Mo]] says he didn't know, so training gap. all drivers
        re-briefed fri. also reported to {{IG}} lead + {{Caldicott Guardian}} as a {{confidentiality breach}}.
    """)),
    ("health", "near_miss", block("""
        Call note / near miss - {{valproate}} {{Pregnancy Prevention Programme}}
        Date: [[date:26/06/2025]]   Pt: [[name:Chloé Marchetti-Bryce]] ([[age:24]])   Ref: [[case_reference:NM-0625-03]]
        Caller: [[name:Hollie]] (pt's sister, collecting)
        [[name:Hollie]]: she's just started them again, the {{neuro}} changed her back
        {{Pharmacist}} ([[name:KJ]]): has she had a chat about the {{PPP}}, and is she on contraception?
        [[name:Hollie]]: don't think so, she's trying for a baby actually
        [[name:KJ]]: ok, I won't hand these out today. I need to speak to [[name:Chloé]] and her {{neurologist}}.
        Outcome: {{Epilim}} 500mg held. Spoke to pt 15:20 - not aware of the risks, no
        {{annual risk acknowledgement form}}. Contacted the {{epilepsy nurse}} at
        [[organisation:Kestondale General Hospital]]; switched to {{lamotrigine}} with a plan. Original
        pack was split and missing the {{patient card}} too - {{MHRA}} says whole packs only.
    """)),
    # ------------------------------------------------------------------ aviation (16)
    ("aviation", "incident", prose("""
        Ground damage - [[organisation:Harnwick Airport]], {{Stand 22}}, [[date:16 August 2024]]. During the
        turnaround of [[flight_number:NV412]] ({{A320}}, [[aircraft_registration:G-OKRL]]) a {{belt loader}}
        driven by a {{ramp agent}} contacted the lower edge of the {{forward hold}} door frame while
        positioning. The driver, [[name:Daniel Ferreira-Holt]], reported it immediately to the
        {{dispatcher}}, [[name:Oksana]], who stopped loading. {{Engineering}} found a 4cm dent with
        {{delamination}}; the aircraft was declared {{AOG}} and the flight cancelled, with 174 passengers
        rebooked by [[organisation:Norvale Airways]]. Contributory factors: the belt loader's brakes were
        soft (defect reported two shifts earlier but no {{tag-out}}), and the {{wing walker}} had been pulled
        to another stand. An {{MOR}} was submitted to the {{CAA}} by the airline; our internal ref is
        [[case_reference:SGH-GD-2024-031]]. Belt loader {{BL-07}} quarantined pending inspection.
    """)),
    ("aviation", "near_miss", block("""
        RT transcript extract (recorded {{Ground}} frequency) - [[date:02/02/2025]] 18:41
        {{Tug 14}}: {{Ground}}, Tug 14 request push {{Stand 9}} for [[flight_number:Norvale 2281]].
        {{Ground}}: Tug 14, stand by, aircraft passing behind.
        [[flight_number:CWR 73K]]: {{Ground}}, [[flight_number:CWR 73K]] taxiing {{Bravo}}, holding short {{Charlie}}.
        {{Tug 14}}: Pushing, Tug 14.
        {{Ground}}: TUG 14 STOP IMMEDIATELY. I say again, stop.
        {{Tug 14}}: Stopping. Apologies.

        Summary: tug driver ([[name:Gurpreet Sandhu]]) misheard "stand by" as approval and began pushback
        of [[aircraft_registration:G-NVLB]] into the path of a taxiing {{ATR 72}}. Stopped after ~2m;
        separation approx 40m. No contact. {{ATC}} filed an occurrence report. [[name:Gurpreet]] stood down
        for debrief with {{Ramp Supervisor}} [[name:Frankie O'Hare]]. Learning: {{read back}} pushback
        clearance in full; "stand by" is not an approval.
    """)),
    ("aviation", "success", block("""
        👏 GOOD CATCH 👏
        Big shout-out to [[name:Rocky]] ([[name:Rakesh Bhardwaj]]) on the {{make-up}} belt, [[date:Sat 14 June]].
        He noticed a hold bag for [[flight_number:CW218]] was warm and smelled of burning plastic. He moved it
        off the belt into the {{DG}} bay and called the {{Airport Fire Service}}. Inside was a {{power bank}}
        and two {{vapes}} with a swelling {{lithium}} battery. AFS put it in a {{containment bag}}. The
        passenger, Mr [[name:J. Thorne]], was spoken to at the gate and the bag re-checked without them.
        If that had gone in the hold we'd be having a very different conversation.
        Thanks [[name:Rocky]] - textbook {{DGR}} response. Nominated for {{Safety Star}}.
        - [[name:Kat]], {{Baggage Ops}} {{Duty Manager}}
    """)),
    ("aviation", "incident", block("""
        MISHANDLED BAGGAGE - short-shipped from [[flight_number:NV1190]] [[date:28/07/2025]]
        Tag       | Pax                        | {{PIR}} ref      | Status
        [[case_reference:NV482913]]  | [[name:ANDERSSON/ELIN]] {{MS}}     | [[case_reference:HRWNV10442]] | fwd on [[flight_number:NV1192]] [[date:29/07]]
        [[case_reference:NV482977]]  | [[name:OKONJO/CHIDI]] {{MR}}       | [[case_reference:HRWNV10443]] | fwd on [[flight_number:NV1192]] [[date:29/07]]
        [[case_reference:NV483005]]  | [[name:MACLEOD/ISLA]] {{MISS}} ({{UM}}, [[age:9]]) | [[case_reference:HRWNV10444]] | courier to [[address:3 Harbour Row, Kilmory]]
        Cause: {{AKE}} container left at {{make-up}} after cut-off when the {{hi-loader}} went u/s. The
        {{Baggage Reconciliation System}} showed the bags loaded because the {{scanner}} read at the wrong
        position. Reported to airline station manager [[name:Hendrik]] and {{Lost & Found}}.
        Internal ref [[case_reference:SGH-BG-0728-2]].
    """)),
    ("aviation", "near_miss", block("""
        WhatsApp - ramp team B
        [[date:09/11/2024]], 05:52 - [[name:Lee Sung-min]]: who left a ratchet strap on {{stand 31}}?? 🤬 {{A321}} due {{on blocks}} 06:10
        [[date:09/11/2024]], 05:53 - [[name:Bartek]]: not us, we were on 28-30
        [[date:09/11/2024]], 05:55 - [[name:Lee Sung-min]]: picked it up on the {{FOD walk}}. right on the centreline where the {{nose wheel}} stops. could've gone into the {{no.2 engine}}
        [[date:09/11/2024]], 05:56 - [[name:Hope]]: prob off the {{ULD}} dolly from last night's {{cargo}} flight
        [[date:09/11/2024]], 05:58 - [[name:Skip]] 🛫: good spot [[name:Sung-min]]. Put it on the {{FOD board}} + {{near miss}} form. I'll raise with nights at handover
        [[date:09/11/2024]], 05:59 - [[name:Lee Sung-min]]: 👍 done. [[flight_number:NV503]] on stand 06:08, no issues
    """)),
    ("aviation", "success", block("""
        From: [[name:Hendrik van der Berg]] <[[email:h.vanderberg@norvale-air.example]]>
        To: {{Ops Duty Managers}}, [[organisation:Skyserve Ground]]
        Date: [[date:Mon 3 March 2025]] 09:12
        Subject: Thanks - [[flight_number:NV771]] disruption [[date:1 March]]

        Morning all,
        On {{Saturday}} [[flight_number:NV771]] ({{B737-800}}, [[aircraft_registration:EI-FMK]]) diverted to
        you with a {{medical emergency}} on board, and your team turned it round in 38 minutes including a
        {{refuel}} with passengers on board ({{fire cover}} arranged), offloading the sick passenger's bags
        and a {{loadsheet}} re-issue. Special thanks to [[name:Joy Kariuki]] ({{dispatcher}}) and
        [[name:Ollie]] on the {{hi-loader}}. The {{Captain}} passed on her thanks as well.

        Kind regards,
        [[name:Hendrik]]
        {{Station Manager}}, [[organisation:Norvale Airways]] | [[phone:+44 7700 900125]]
    """)),
    ("aviation", "incident", block("""
        CHRONOLOGY - damaged mobility aid - [[flight_number:CW522]] - [[date:Sun 20 April]]
        14:05  {{PRM}} pax Mrs [[name:Ngozi Eze-Williams]] ([[age:71]], {{WCHC}}) checks in {{powered wheelchair}};
               battery type confirmed, {{DGR}} form done
        14:50  chair taken to aircraft by {{PRM agent}} [[name:Callum]]; pax boards via {{ambulift}}
        15:05  loaders find chair won't fit upright in {{hold 5}}; laid on its side without calling {{PRM}} desk
        15:30  aircraft departs
        [[date:21/04]] 09:10  arrival station reports joystick snapped and footplate bent; pax stranded
               at arrivals for 2 hrs waiting for a loan chair
        [[date:22/04]]  son [[name:Emeka]] emails complaint to [[organisation:Celtic Wren]] and
               [[organisation:Skyserve Ground]]
        Cause: no {{loading instruction}} for the chair; loaders ([[name:JB]], [[name:DO]]) not trained on
        powered chairs.
        Action: {{mobility aid}} training for all loaders; hold door size check at booking; {{CAA}} PRM
        guidance re-briefed at all shift briefs.
    """)),
    ("aviation", "near_miss", block("""
        NEAR MISS REPORT - {{Ground Handling}}
        Report no: [[case_reference:NM-24-0318]]
        Reporter: [[name:Faisal Haddad]]   Role: {{Team Leader}}
        Date: [[date:18/03/2024]]   Flight: [[flight_number:NV236]]   A/C reg: [[aircraft_registration:G-NVLD]]
        Location: {{Stand 4}}, [[organisation:Harnwick Airport]]
        Description: during the final walkround before {{pushback}} I found the {{aft hold}} door closed but
        not latched - handle not flush. The loader ([[name:Jamie-Lee]]) had been called away to help with a
        {{priority bag}} and assumed the door was secured. I latched it and told the {{dispatcher}} and the
        {{first officer}}, who did their own check. Departed on time.
        Possible outcome: door opening / {{pressurisation}} problem after departure.
        Suggested action: only the person who closes the hold signs the {{hold door checklist}}, and add
        the doors to the {{dispatcher}}'s final {{360 walkround}}.
    """)),
    ("aviation", "success", block("""
        [[organisation:Skyserve Ground]] - Safety Action Group - minutes [[date:11/09/2025]]
        Attendees: [[name:Frankie O'Hare]] (chair), [[name:Kat Lindqvist]], [[name:Faisal Haddad]],
        [[name:Dawn Ebrahimi]] ({{H&S}}), [[name:Will Tshabalala]] ({{union}} rep)
        Apologies: [[name:Hendrik van der Berg]] ([[organisation:Norvale Airways]]), [[name:Sunny Bains]]

        4. Good news: zero {{ground damage}} events in {{Q2}} - first time in 3 yrs. Put down to a
        {{wing walker}} on every pushback and the new {{chocks}} and {{cones}} audit. [[name:Dawn]]
        presented the results.
        5. {{Manual handling}}: the {{heavy tags}} trial on [[flight_number:NV1190]] cut lifting injuries;
        [[name:Will]] reported positive feedback from the floor.
        Actions: [[name:Kat]] to extend trial to all flights; [[name:Frankie]] to send the data to the
        {{CAA}} {{Ground Handling}} inspector.
    """)),
    ("aviation", "incident", prose("""
        injury on {{reclaim}} belt 3 about 23:40 [[date:fri 4/7]]. [[name:kwame]] was pulling an oversized
        bag (golf bag, prob 30kg+, no {{heavy tag}}) off the belt for [[flight_number:nv1488]] and felt his
        back go. couldnt straighten. {{first aider}} [[name:Agnieszka]] attended, {{Airport Fire Service}}
        medic too, he went to [[organisation:Kestondale General]] {{A&E}} by taxi w [[name:Tom]]. now off
        sick. we were 2 short on the {{shift}} so he was doing both belts. {{RIDDOR}} likely if off more than
        7 days. accident book done. {{BRS}} showed the bag as {{OOG}} but no-one told reclaim. can check-in
        flag oversize on the {{DCS}} pls. - [[name:sk]] shift lead
    """)),
    ("aviation", "near_miss", block("""
        Slack #load-control
        [[name:nina.p]]  13:02  [[flight_number:NV627]] ([[aircraft_registration:G-NVLF]]) {{LIR}} says 42 bags {{hold 1}}, 38 {{hold 4}}. ramp just told me they put all 80 in hold 4??
        [[name:tomasz.w]]  13:03  yes, hold 1 door {{inop}} per the {{tech log}} so we moved them. didn't know we had to tell you
        [[name:nina.p]]  13:04  that's ~1200kg shifted aft. {{loadsheet}} already sent to the flight deck 😬 stopping {{dispatch}}
        [[name:nina.p]]  13:09  re-calc done, still inside the {{trim}} envelope but only just. new loadsheet sent, {{Captain}} accepted. {{LMC}} wasn't enough for that change
        [[name:Ade]] ({{Duty Mgr}})  13:15  thanks both. proper near miss this - please file it and I'll brief ramp leads tonight
    """)),
    ("aviation", "success", block("""
        SHIFT HANDOVER - baggage hall - {{earlies}} -> {{lates}} - [[date:22 Dec]]
        from [[name:Kat]] to [[name:Precious Osei-Bonsu]]
        - {{HBS}} machine 2 down 06:10-09:40. [[name:Robin]] + [[name:Sunny]] re-routed 600+ bags to machine 1
          by hand and we had ZERO misconnects on the {{Christmas}} peak wave 🎄 proper good work, pls thank them
        - [[flight_number:CW910]] had 3 {{rush bags}} from the late [[flight_number:NV118]], all made it -
          [[name:Joy]] on the {{transfer}} desk chased every one
        - belt 5 sensor still flaky, {{Engineering}} job [[case_reference:WO-77812]] open
        - van [[vehicle_registration:HN63 KLX]] has a flat, reported to {{MT}}
        - lates 1 short ([[name:Ibrahim]] sick), {{BRS}} terminal 2 logged out - log in before the 14:00 bank
    """)),
    ("aviation", "incident", prose("""
        At approximately 15:25 on [[date:Thursday 6 March]] an airside {{crew bus}} (reg
        [[vehicle_registration:YJ19 WKD]]) driven by [[name:Marcus Ilunga]] reversed into a parked {{GPU}}
        on {{Stand 12}} while the {{A319}} [[aircraft_registration:G-CWRB]] operating
        [[flight_number:CW344]] was on stand. The GPU was disconnected at the time and about 6m from the
        aircraft; no damage to the aircraft. The bus {{reversing camera}} was faulty and no {{banksman}} was
        used. [[name:Marcus]] holds a valid {{ADP}} but had not driven that bus type before. The GPU cable
        housing was damaged and the unit withdrawn. Reported to [[organisation:Harnwick Airport]]
        {{Airside Operations}} (log [[case_reference:AO-25-0306-14]]). {{Airside Safety}} are reviewing the
        vehicle {{daily check}} sheet, which had been signed as OK that morning by [[name:Ingrid]] on the
        previous shift.
    """)),
    ("aviation", "near_miss", block("""
        Headset comms transcript - [[flight_number:NV905]] / [[aircraft_registration:G-NVLA]] - {{Stand 17}} - [[date:31/10/2024]] 19:22
        {{HEADSET}} ([[name:Tendai]]): Flight deck, ground, {{bypass pin}} inserted, {{tow bar}} connected, ready for push.
        {{FLIGHT DECK}}: Ground, {{brakes}} released, cleared to push, tail east.
        {{WING WALKER}} ([[name:Lily-Mae]]): STOP STOP - {{catering truck}} still on the {{R2}} door!
        HEADSET ([[name:Tendai]]): Flight deck, hold position, brakes set please, catering still attached right side.
        FLIGHT DECK: Brakes set. Standing by.

        Report: tug had taken up about 20cm of tension before the stop. The caterer's driver
        ([[organisation:Galley Fresh Ltd]]) had not been given the {{doors closed}} call; {{cabin crew}} had
        closed R2 from inside with the truck still raised. {{Dispatcher}} ([[name:Ollie Brandt]]) checked
        the L1 side only. No damage. Learning: wing walker walks the whole aircraft before {{pushback}}, and
        the dispatcher physically checks both sides. Filed by [[name:Tendai Moyo]], {{Team Leader}}.
    """)),
    ("aviation", "success", block("""
        Subject: Lost teddy - THANK YOU
        Date: [[date:19 August 2025]]
        From: [[name:Siobhán Ní Bhriain]] <[[email:siobhan.nibhriain@example.ie]]>
        To: Lost Property, [[organisation:Harnwick Airport]]

        Hi,
        I just want to say an enormous thank you to [[name:Grace]] in {{Lost Property}} and the
        {{baggage team}}. My daughter [[name:Orla]] ([[age:4]]) left {{Mr Bun}} (a very loved grey rabbit)
        on the {{reclaim}} belt after [[flight_number:CW219]] on {{Sunday}}. [[name:Grace]] rang me the next
        morning and posted him to [[address:14 Ard na Gréine, Clonmore]] wearing a tiny {{hi-vis}} vest and
        with a {{boarding pass}} made out to "Mr Bun, {{Seat 1A}}". [[name:Orla]] hasn't taken the vest off.
        Please pass this on to [[name:Grace]]'s manager.
        Many thanks, [[name:Siobhán]] (and [[name:Orla]])
        --
        Forwarded to team by [[name:Kat]]: lovely one for the board 🐰 ref [[case_reference:LP-25-0917]]
    """)),
    ("aviation", "incident", block("""
        SECURITY INCIDENT - bag loaded without pax - [[flight_number:NV1302]] - [[date:05/05/2025]]
        Ref: [[case_reference:SEC-25-0112]]
        Time  | Event                                                              | By
        06:20 | pax [[name:WOJCIK/ADAM]] {{MR}} checks in 1 bag, tag [[case_reference:NV556204]]  | check-in ([[name:Zeynep]])
        06:55 | bag loaded {{hold 4}}                                              | loader [[name:CJ]]
        07:25 | pax {{no-show}} at gate, offloaded in {{DCS}}                      | gate agent [[name:Marisol]]
        07:27 | {{BRS}} flags bag still on board - alert not seen, {{baggage office}} screen unattended | -
        07:40 | doors closed, aircraft departs                                     | -
        07:52 | BRS mismatch noticed by {{Duty Manager}}                           | [[name:Ade]]
        Airline and {{DfT}} security informed; bag removed and re-screened on arrival. Although it had
        been screened by {{HBS}}, pax/bag reconciliation is a regulated requirement under the {{NASP}}.
        Learning: push BRS alerts to the {{dispatcher}} handheld.
    """)),
]

if __name__ == "__main__":
    write_records(OUT, build_records("blind312", REPORTS))
