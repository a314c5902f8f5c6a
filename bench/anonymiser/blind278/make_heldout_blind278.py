"""Held-out blind corpus 278: 50 invented UK incident, near-miss and learning reports.

Written blind (without sight of the de-identifier or of any other corpus) so that it measures how
well the de-identifier generalises. Every person, organisation, place and number is invented.

Settings:
- social_care (17): a children's social care court team - pre-proceedings, the PLO, care
  proceedings, legal gateway meetings, Cafcass guardians, court bundles.
- health (17): a hospital radiology department - CT and MRI, contrast reactions, interventional
  radiology, radiographers, porters, reporting backlogs.
- aviation (16): an area control centre's en-route sectors - controllers, supervisors, military
  coordination, sector handovers, airspace infringements.

Styles are deliberately mixed: rushed lower-case notes with typos and txt-speak, formal
narratives, timed chronologies, forms with Name/DOB/Ref/Address fields, e-mails with headers and
signatures, chat exports with handles, handover notes, minutes with attendance and apologies,
pipe-separated and aligned tables, RT transcripts, shout-outs and thank-you notes.

Identifiers are marked `[[label:value]]`; must-not-redact mentions (roles, agencies, frameworks,
clinical terms, equipment, place types, generic times) are marked `{{term}}`.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from markup import block, build_records, write_records  # noqa: E402
from markup import flow as prose  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "corpus" / "heldout_blind278.jsonl"

SOCIAL_CARE = [
    # 1 rushed lower-case note
    ("social_care", "incident", prose("""
        rushed note sorry - bundle for [[name:kayden]] ([[age:4yo]]) went to the {{judge}} w/out
        the {{parenting assessment}} section. {{LA solicitor}} [[name:tomasz]] says it was never
        uploaded to the {{e-bundle}} portal. {{IRH}} at [[organisation:Harrowgate Family Court]]
        on [[date:wed 12th]] got adjourned 2 wks, {{guardian}} v unhappy + {{mum}}'s {{barrister}}
        made a point of it in front of the {{judge}}. i think the version on the {{case file}} was
        the old one from {{Feb}} and nobody did the final check bc [[name:leanne]] was off sick and
        i was covering {{duty}}. pls can we have a named person for bundle sign off on every
        {{final hearing}}?? case ref [[case_reference:HG24C00517]]. kid is fine, placement w
        {{nan}} stable. - [[name:dk]]
    """)),
    # 2 formal narrative
    ("social_care", "near_miss", prose("""
        On [[date:3 June 2024]] the {{Letter Before Proceedings}} for the [[name:Nwachukwu-Reid]]
        children was printed and placed in the post tray addressed to the father at
        [[address:14 Lowther Terrace, Brindley]] [[postcode:BN7 4QD]]. This was his address at the
        time of the {{strategy meeting}}, but he had since told the {{family support worker}},
        [[name:Grace]], that he had moved out after the {{non-molestation order}} was made. The
        mother still lives at that address and the letter set out the father's new tenancy
        details. [[name:Grace]] noticed the envelope while collecting her own post and removed it.
        Had it been sent, the mother would have learned where he is living. The correct address
        is now on {{LCS}} and a {{safety plan}} flag has been added. Learning: the {{PLO}} letter
        template pulls the address from the child's record, not from the parent's own record.
        {{Business Support}} are raising this with the systems team. Ref
        [[case_reference:PLO/2024/0193]].
    """)),
    # 3 Teams shout-out
    ("social_care", "success", block("""
        [Teams] Court Team - Kudos channel
        [[name:Precious Mwale]]  09:14
        huge shout out to [[name:Wojciech]] 🙌 stayed till 8 to get the {{C110A}} and {{SWET}}
        filed for the [[name:Haddad]] baby before the {{urgent hearing}}. {{ICO}} granted, baby
        safe with {{foster carer}}. legend
        [[name:Wojciech Zielinski]]  09:20
        cheers!! couldn't have done it without [[name:Bea]] in {{Legal}} turning the
        {{threshold}} round in 40 mins
        [[name:Sunny Okonkwo-Baird]]  09:31
        +1 and the {{guardian}} Mrs [[name:Oyelaran]] said it was the clearest {{care plan}}
        she'd seen this year
        [[name:Precious Mwale]]  09:33
        ❤️ ❤️
    """)),
    # 4 chronology with times
    ("social_care", "incident", block("""
        Chronology - unredacted placement address in served bundle
        Case: [[case_reference:HG23C00988]]
        [[date:18/03/24]] 10:05  {{Final bundle}} served on all parties by {{Legal}} via the portal.
        [[date:18/03/24]] 15:40  {{Foster carer}} [[name:Joy Abernethy]] rings {{SSW}}: birth
                      {{father}} seen parked outside her house in a grey
                      {{Astra}}, [[vehicle_registration:KL19 XKT]].
        [[date:18/03/24]] 16:10  {{SSW}} checks bundle. {{Section G}} {{contact notes}}, p.212, show
                      carer's address [[address:3 Pelham Close, Thornbury Vale]]
                      unredacted.
        [[date:18/03/24]] 16:45  {{Police}} informed, {{strategy discussion}} held.
        [[date:19/03/24]] 09:00  Emergency move of [[name:Leo]] ([[age:aged 6]]) to new
                      carers. {{IRO}} and {{guardian}} informed.
        [[date:19/03/24]] 11:30  {{Data breach}} logged, ref [[case_reference:DB-24-0071]].
        Note: contact notes were redacted in the {{ISA}} version but the {{PLO}} version
        was re-used. Reported by [[name:R. Oduya]], {{Team Manager}}.
    """)),
    # 5 e-mail
    ("social_care", "near_miss", block("""
        From: [[name:Harpreet Sandhu]] <[[email:harpreet.sandhu@brindley.gov.uk]]>
        To: Court Team Managers
        Date: [[date:Thu 9 May 2024]] 16:52
        Subject: near miss - wrong child's viability assessment in bundle index

        Hi all,
        Flagging a near miss before it becomes an incident. When I did the {{index}} check on the
        [[name:Kaur-Lindqvist]] bundle this afternoon, tab F held a {{viability assessment}} of a
        maternal aunt from a completely different family ([[case_reference:HG24C00402]]). Same
        {{assessor}}, same week, similar surname, wrong folder. It had not been filed with the
        court or sent to the {{Cafcass}} {{guardian}}. I've removed it and let the {{ISW}} know.
        Could we add a second-person check of tabs before anything goes to {{Legal}}?

        Thanks,
        [[name:Harpreet]]

        [[name:Harpreet Sandhu]]
        {{Senior Practitioner}}, {{Court Team}}, [[organisation:Brindley Council]]
        [[phone:01632 960418]]
    """)),
    # 6 minutes
    ("social_care", "success", block("""
        LEGAL GATEWAY MEETING - MINUTES
        Date: [[date:22 April 2024]]
        Present: [[name:Faith Odhiambo]] ({{Head of Service}}, chair), [[name:M. Kowalczyk]]
        ({{LA solicitor}}), [[name:Rhys]] ({{Team Manager}}), [[name:Anjali Rao]] ({{allocated SW}})
        Apologies: [[name:Pat Gormley]] ({{IRO}}), Dr [[name:Sen]] ({{named GP}})
        Children: [[name:Tyler]] ([[age:aged 9]]) and [[name:Mia-Rose]] ([[age:aged 2]])
        1. Threshold: [[name:Anjali]] presented a clear {{chronology}}; {{neglect}} threshold met.
        2. Decision: enter {{pre-proceedings}}; {{FGC}} to be booked within 10 days.
        3. Learning noted by chair: the {{Signs of Safety}} map brought by [[name:Anjali]] meant
        the meeting took 35 minutes rather than the usual hour and a half, and the family's
        strengths were recorded alongside the worries. Please use as a model.
        Actions: [[name:Rhys]] to send {{LBP}} by [[date:26/04]]; {{Legal}} to open file
        [[case_reference:LG-2024-118]].
    """)),
    # 7 handover note
    ("social_care", "incident", block("""
        HANDOVER - court cover [[date:Fri 14th June]]
        - [[name:Bernadette]] left early (unwell) so nobody picked up the 2pm {{CMH}} listing for
          the [[name:Achterberg]] twins. {{Court}} rang at 14:25, {{Legal}} joined by video
          without a {{social worker}}. {{Judge}} adjourned to [[date:1 July]] and asked for a
          statement explaining non-attendance.
        - Root cause: listing came in by e-mail to [[email:b.okafor@brindley.gov.uk]] only, not
          the shared {{court inbox}}. Not on the {{team diary}}.
        - [[name:Bernadette Okafor]] is fine, back Mon. Not her fault.
        - {{Cafcass}} officer [[name:Declan]] has been updated.
        - Need: all listings to shared inbox, diary check at 9am {{huddle}}.
        Case no [[case_reference:HG24C00611]]. Handed over by [[name:Ife]] to [[name:Mark]].
    """)),
    # 8 WhatsApp export
    ("social_care", "near_miss", block("""
        WhatsApp export - "Court Team 🧑‍⚖️"
        [[date:11/06/2024]], 08:12 - [[name:Kerry-Ann]]: morning! who's got the {{C2}} for
        [[name:Jaxon]]'s hearing? need to send to {{dad}}'s {{solicitor}}
        [[date:11/06/2024]], 08:15 - [[name:Tunde]]: in the {{Legal}} folder. sending to
        [[email:intake@harlowbrookelaw.co.uk]] now
        [[date:11/06/2024]], 08:16 - [[name:Kerry-Ann]]: STOP 🛑 that's his OLD solicitors,
        [[organisation:Harlowbrooke Law]] came off record last wk. new firm is
        [[organisation:Maddox & Quayle]]
        [[date:11/06/2024]], 08:17 - [[name:Tunde]]: omg. not sent. thank u
        [[date:11/06/2024]], 08:40 - [[name:Kerry-Ann]]: logged as {{near miss}}. {{LCS}} still shows
        old firm so I've updated the {{legal contacts}} tab 👍
    """)),
    # 9 thank-you note
    ("social_care", "success", prose("""
        Thank you note for the learning log. Not an incident, a good-practice note.
        I want to record thanks to the {{Cafcass guardian}}, [[name:Dilnoza Yusupova]], and our
        {{ISW}}, [[name:Hope Danquah]], for the way they worked with me on the [[name:Pereira]]
        case. When the {{parenting assessment}} came back negative, [[name:Dilnoza]] and
        [[name:Hope]] met the mother together, before the {{IRH}}, and explained it in plain
        language with an {{interpreter}} for {{Portuguese}}. Mum said it was the first time anyone
        had explained what "{{threshold}}" meant. She agreed to a {{kinship}} assessment of her
        sister, which was positive, and the children ([[age:aged 3]] and [[age:aged 5]]) are now
        placed together under a {{Special Guardianship Order}}. No contested hearing was needed.
        - [[name:Ciarán]], {{social worker}}, Court Team
    """)),
    # 10 form
    ("social_care", "incident", block("""
        INCIDENT REPORT FORM
        Child name: [[name:Ellis Mbeki-Thorne]]
        DOB: [[date_of_birth:02/11/2016]]
        NHS no: [[nhs_number:485 203 6179]]
        Ref: [[case_reference:CS-448127]]
        Address: [[address:Flat 6, Corran House, Sefton Walk, Brindley]] [[postcode:BN2 9HW]]
        Father: [[name:Kwabena Mbeki]], NI no [[ni_number:JR 48 21 07 C]] ({{legal aid}})
        Reporting worker: [[name:Sunny Adebayo]] ({{social worker}})
        Date of incident: [[date:27/02/2024]]
        What happened: The {{final care plan}} was handed to the parents in the court corridor
        ten minutes before the {{IRH}}. {{Father}} read that the plan was {{adoption}}, shouted at
        me and threw a chair. {{Court security}} intervened and the {{police}} attended. Nobody
        was hurt. The plan should have been shared at the {{pre-hearing meeting}} the previous
        week but the {{ADM}} decision was late.
        Action taken: debrief with {{TM}}; parents' solicitors to receive plans 48 hours ahead.
    """)),
    # 11 pipe table
    ("social_care", "near_miss", block("""
        Filing tracker extract - near miss found on weekly check ([[date:Mon 8 July]])
        | Case no | Hearing | Filing due | Owner | RAG |
        | [[case_reference:HG24C00231]] | [[date:02/08/24]] | [[date:19/07/24]] | [[name:Amber]] | {{Green}} |
        | [[case_reference:HG24C00377]] | [[date:05/08/24]] | [[date:05/07/24]] | [[name:Bill]] | {{Red}} |
        | [[case_reference:HG24C00390]] | [[date:14/08/24]] | [[date:31/07/24]] | [[name:Nkechi]] | {{Green}} |
        Children: [[name:A.B.]] (row 1), [[name:Z.M.]] and [[name:L.M.]] (row 2), [[name:R.T.]] (row 3).
        The second row was showing {{Green}} because the formula used the {{hearing date}}
        minus 7 days instead of the date set in the {{case management order}}. [[name:Bill]]
        spotted it and we filed the {{final evidence}} late by one working day with consent.
        Formula fixed by [[name:Nkechi]] in {{Business Support}}.
    """)),
    # 12 formal narrative success
    ("social_care", "success", prose("""
        Learning from good practice: diversion from proceedings. The [[name:Szabo]] family were
        in {{pre-proceedings}} from {{January}} following concerns about {{domestic abuse}} and
        home conditions. The allocated {{social worker}}, [[name:Gergely Farkas]], asked for a
        {{Family Group Conference}} at the first {{PLO meeting}} rather than at review. The
        paternal grandmother, Mrs [[name:Szabo]], offered to move in for three months and the
        {{health visitor}} from [[organisation:Ashgrove Health Centre]] agreed weekly visits.
        [[name:Gergely]] kept the {{Letter Before Proceedings}} plan and the family plan in one
        document, in plain {{English}} and {{Hungarian}}, and reviewed it every four weeks. At the
        review on [[date:15 May]] the {{legal gateway}} panel agreed that the {{threshold}} was
        no longer met and stepped the case down to {{Child in Need}}. Points for others: early
        {{FGC}}, one plan not two, and written translations. Ref [[case_reference:PLO/2024/0047]].
    """)),
    # 13 rushed note
    ("social_care", "incident", prose("""
        no {{interpreter}} booked for {{mum}} ([[name:Feven]]) at the {{CMH}} today, she speaks
        {{Tigrinya}} and only v basic english. {{court}} thought LA was booking, LA thought court
        was booking. hearing went ahead w [[name:Feven]]'s sol asking for adjournment which
        {{judge}} refused bc of {{26 week timetable}}, so she sat thru 40 mins not understanding
        what was said about [[name:Abel]] ([[age:11 months]]). i tried to explain after in the
        corridor using a translate app on my phone which is not ok. {{Cafcass}} [[name:FSB]] raised it too.
        case [[case_reference:HG24C00458]]. can {{Business Support}} own interpreter bookings pls
        for every hearing, not just {{final}}s. [[name:wm]]
    """)),
    # 14 Slack chat
    ("social_care", "near_miss", block("""
        #court-team  (Slack)
        [[name:hope.n]]  11:02  anyone know if the {{SWET}} for [[name:Okoro]] has gone in? {{portal}}
                         says {{draft}}
        [[name:marek.w]]  11:05  i uploaded it fri? 🤔
        [[name:hope.n]]  11:06  it's there but it's got {{guardian}}'s comments tracked in
                         the margin lol - the bit about {{dad}} being "not credible" 😬
        [[name:marek.w]]  11:07  oh no. that was the version [[name:Lorraine]] sent back, i
                         saved over the clean one
        [[name:lorraine.b]]  11:09  not filed yet as {{Legal}} hadn't approved, phew. i'll
                         resend the clean copy
        [[name:hope.n]]  11:10  👍 can we lock the {{court folder}} to read-only once
                         {{TM}} signs off
        Logged by [[name:Hope Nyambura]], {{Practice Lead}}, ref [[case_reference:NM-0612]].
    """)),
    # 15 short shout-out
    ("social_care", "success", prose("""
        Shout out!! to [[name:JK]] and [[name:Rosie P]] on {{duty}} yesterday. A {{section 20}}
        mum withdrew consent at 4pm, [[name:JK]] had the {{EPO}} paperwork ready from the
        {{strategy meeting}}, [[name:Rosie]] got {{Legal}} on the phone and the {{out of hours}}
        {{magistrates}} listed it by 7pm. Baby ([[age:3 weeks old]]) stayed safe in the
        {{parent and baby placement}}, nobody panicked, and the {{guardian}} was appointed the
        next morning. Textbook 👏 - [[name:Vik]]
    """)),
    # 16 e-mail incident
    ("social_care", "incident", block("""
        From: Court Team Business Support <[[email:courtteam.bs@brindley.gov.uk]]>
        Sent: [[date:Tuesday, 20 February 2024]] 12:37
        To: {{Information Governance}}
        Subject: DATA BREACH - bundle sent to wrong guardian

        The {{e-bundle}} for [[case_reference:HG23C01102]] (children [[name:Maisie]] and
        [[name:Archie Tollemache-Grey]]) was e-mailed to [[name:Gareth Pugh]], a {{Cafcass}}
        {{guardian}} on a different case, instead of [[name:Gareth Price]]. The e-mail
        auto-completed. Mr [[name:Pugh]] rang us within the hour, confirmed deletion in writing,
        and has not opened the attachments. The bundle includes {{medical records}} and the
        mother's {{psychological assessment}}.
        Actions: {{DPO}} informed; parents' solicitors informed; auto-complete disabled on the
        shared mailbox.

        Regards
        [[name:Siobhan]]
        {{Team Administrator}} | [[phone:0113 496 0277]]
    """)),
    # 17 minutes near miss
    ("social_care", "near_miss", block("""
        PLO meeting - note of concern
        Attendees: [[name:Will Ashdown]] ({{SW}}), [[name:Folasade Ige]] ({{TM}}), mother
        [[name:Chantelle]], mother's solicitor Ms [[name:Varga]], {{advocate}} [[name:Pip]]
        Apologies: {{health visitor}}
        Before the meeting started mum arrived with her new partner, [[name:Dean]], as
        "support". [[name:Folasade]] checked the {{chronology}} on her laptop and recognised the
        name: [[name:Dean]] is a {{Schedule 1}} offender and the reason the {{child protection}}
        plan was made. He was asked to wait outside and left in a white van,
        [[vehicle_registration:BN68 PWD]]. He did not see the children's
        school name in the {{written agreement}}, which was on the table.
        Learning: check who is attending before the room, not in it. [[name:Will]] to add a
        "who's coming" call to the {{PLO}} checklist. Ref [[case_reference:PLO/2024/0221]].
    """)),
]

HEALTH = [
    # 1 rushed lower-case note
    ("health", "incident", prose("""
        extravasation in {{CT 2}} this am. pt mrs [[name:halloran]] [[age:81yo]], {{CT CAP}} for
        staging, 20g {{cannula}} in R hand (ward put it in, not us). {{pump}} at 3ml/s, approx 70ml
        {{contrast}} went into the tissue, arm v swollen. {{radiographer}} [[name:dani]] stopped
        scan, elevated arm, cold pack, called {{reg}}. {{plastics}} r/v not needed, arm ok by
        4pm. issue is we know hand cannulas shouldn't be used for {{pump injection}} but there
        was pressure on the list (12 waiting) + nobody wanted to send her back to
        [[organisation:Coldwell Ward]] for a new one. hosp no [[case_reference:RX4471902]].
        pls can we have a clear rule + someone to ask. [[name:ts]]
    """)),
    # 2 formal narrative
    ("health", "near_miss", prose("""
        On [[date:7 March 2024]] a [[age:58-year-old]] outpatient attended for an {{MRI lumbar spine}}.
        The {{MRI safety questionnaire}} had been completed at the front desk with all answers
        "no". During the second check in the {{scanner room}} doorway, {{radiographer}}
        [[name:Oluwaseun Bakare]] asked the patient to remove his jumper and noticed a scar below
        the left collarbone. On direct questioning he said he had a "heart box" fitted at
        [[organisation:Hallam Cross Hospital]] some years ago. The scan was stopped before he
        entered {{Zone IV}}. {{Cardiac physiology}} confirmed a {{pacemaker}} that was not
        {{MR Conditional}}. The patient's {{GP}} referral had no mention of it. Learning: the
        questionnaire wording is not understood by all patients, and the verbal second check
        works. [[name:Oluwaseun]] has been nominated for a {{Greatix}}. Incident
        ref [[case_reference:W-240307-114]].
    """)),
    # 3 Teams shout-out
    ("health", "success", block("""
        Radiology - General  (Teams)
        [[name:Agnieszka Wróbel]]  16:02
        Big thank you to [[name:Will]] from {{portering}} today 🙏 He was bringing a lady down for
        {{CT head}} and noticed her speech had gone slurred in the {{lift}}. He didn't wait, went
        straight into {{resus}} and told the {{nurse in charge}}. {{Stroke team}} were there in
        5 mins and she went for {{thrombolysis}}.
        [[name:Kwame Asante-Fox]]  16:10
        Brilliant. [[name:Will]] should get a {{Greatix}} for that
        [[name:Agnieszka Wróbel]]  16:11
        Already done ✅ and told his {{supervisor}} [[name:Gaynor]]
    """)),
    # 4 chronology wrong patient
    ("health", "incident", block("""
        Timeline - wrong patient scanned ({{IR(ME)R}} notifiable)
        09:40  Two inpatients on the {{CT}} list with surname [[name:Mahmood]]: [[name:Tariq Mahmood]]
               ([[case_reference:RX5520918]]) for {{CT abdomen}}, [[name:Tahir Mahmood]]
               ([[case_reference:RX5519077]]) for {{CT head}}.
        09:52  {{Porter}} brings [[name:Tahir]] from [[organisation:Lindley Ward]].
        09:55  {{Radiographer}} asks "Mr [[name:Mahmood]]?" - patient says yes. DOB not checked
               against the request because the wristband was under the blanket.
        10:01  {{CT abdomen}} performed, {{IV contrast}} given.
        10:20  [[name:Tariq]] arrives; error identified on second ID check.
        10:30  {{Consultant radiologist}} Dr [[name:Ferreira]] informed, {{renal function}}
               checked (normal), patient and family told under {{Duty of Candour}}.
        Date: [[date:12/01/2024]]. Reported by [[name:C. Nwosu]], {{Superintendent Radiographer}}.
    """)),
    # 5 e-mail near miss
    ("health", "near_miss", block("""
        From: [[name:Rashida Begum]] <[[email:rashida.begum@kelsallgeneral.nhs.uk]]>
        To: Radiology Governance
        Date: [[date:Mon 15 April 2024]] 11:18
        Subject: near miss - outsourced report not returned to requester

        Hi,
        Patient [[name:Derek Boateng]], [[nhs_number:612 088 7342]], had a {{CT chest}} on
        [[date:2 April]] which was sent to [[organisation:Teleray Reporting Ltd]] because of our
        backlog. Their report (suspected {{lung cancer}}) came back to {{PACS}} but the
        {{RIS}} interface did not send the {{alert}} to the {{respiratory team}}. I only found
        it while chasing a different report. The referring consultant has now acted and the
        patient has a {{2WW}} appointment. No delay in treatment beyond 9 days.
        Can we audit other outsourced reports for the same interface fault?

        Kind regards
        [[name:Rashida]]
        {{Reporting Radiographer}} | ext [[phone:4417]]
    """)),
    # 6 minutes IR huddle
    ("health", "success", block("""
        IR weekly huddle - minutes, [[date:Thursday 23 May]]
        Present: Dr [[name:Iyer]] ({{IR consultant}}), [[name:Marguerite]] ({{IR nurse}}),
        [[name:Jonah Fairweather]] ({{radiographer}}), [[name:Sunita]] ({{ODP}})
        Apologies: Dr [[name:Lucas-Moreau]], {{Band 7}} [[name:Edwin]]
        1. Good catch / good outcome: out-of-hours {{embolisation}} on Sat night for a
           {{splenic bleed}} (trauma, [[age:24-year-old]]). Team in within 30 mins of the call,
           {{door-to-puncture}} 52 mins. [[name:Marguerite]] had pre-packed the {{coil}} trolley
           after the last case, which saved time. Patient stable, discharged from {{ICU}}.
        2. Action: keep pre-packed trolley as standard; [[name:Jonah]] to write SOP.
        3. {{WHO checklist}} compliance 100% this month.
    """)),
    # 7 form fall from table
    ("health", "incident", block("""
        INCIDENT FORM - {{Datix}} copy
        Patient name: [[name:Gwendolyn Prys-Jones]]
        DOB: [[date_of_birth:19/08/1941]]
        NHS number: [[nhs_number:701 355 9288]]
        Hospital no: [[case_reference:RX3308164]]
        Address: [[address:27 Cwrt y Felin, Aberthaw Road, Kelsall]] [[postcode:KL4 6UB]]
        Location: {{CT 1}}, [[organisation:Kelsall General Hospital]]
        Date/time: [[date:05/02/2024]] 14:20
        Description: Patient slid from the {{CT table}} while transferring from the {{trolley}}
        using a {{slide sheet}}. Only one {{radiographer}} and one {{HCA}} present; {{porter}} had
        already left. Patient landed on knees, {{X-ray}} showed no fracture.
        Reporter: [[name:Ahmed Al-Rashid]], {{Radiographer}}
        Immediate action: {{Falls}} team informed; family told by Dr [[name:Okeke]].
    """)),
    # 8 WhatsApp oxygen cylinder
    ("health", "near_miss", block("""
        WhatsApp - MRI team
        [[date:03/04/2024]], 19:46 - [[name:Lukas]]: near miss just now. {{porter}} brought a
        pt from {{ED}} with an {{oxygen cylinder}} on the bed, got as far as {{Zone III}} before
        [[name:Maryam]] shouted
        [[date:03/04/2024]], 19:47 - [[name:Maryam Hosseini]]: he was new, didn't know. the
        cylinder was steel not the {{MR safe}} one. we swapped to {{wall oxygen}}
        [[date:03/04/2024]], 19:48 - [[name:Lukas]]: doing a {{Datix}} now. can someone tell
        [[name:Gaz]] in portering to get the new starters {{MRI safety}} training before they do
        evening shifts
        [[date:03/04/2024]], 19:52 - [[name:Maryam Hosseini]]: 👍 also the {{Zone III}} door was
        propped open again 🙄
    """)),
    # 9 thank-you note
    ("health", "success", prose("""
        To the team in {{CT}} on [[date:Sunday 9th]] - thank you. A young woman, [[age:aged 34]],
        had a {{severe reaction}} to {{iodinated contrast}} within a minute of injection:
        {{stridor}}, {{hypotension}}, widespread {{urticaria}}. [[name:Faith]] pressed the
        {{emergency bell}}, [[name:Callum]] gave {{IM adrenaline}} 0.5mg from the {{anaphylaxis}}
        box without waiting for the {{crash team}}, and [[name:Yuki]] had {{high-flow oxygen}} on
        before the {{SHO}} arrived. She was on {{ITU}} for one night and went home on
        {{Tuesday}}. It was done exactly as rehearsed in the {{scenario training}} last month.
        With thanks, [[name:Rowena Blackwood-Singh]], {{Radiology Services Manager}}
    """)),
    # 10 table backlog
    ("health", "incident", block("""
        Reporting backlog - harm review ({{week 22}})
        Modality  Waiting >28d  Oldest       Lead                 Harm?
        {{CT}}        412           [[date:18/04/24]]     Dr [[name:Hollis]]            1 moderate
        {{MRI}}       968           [[date:02/04/24]]     Dr [[name:Zsófia Kertész]]    under review
        {{US}}        55            [[date:21/05/24]]     [[name:Grace Ansah]]          none
        Moderate harm case: routine {{MRI}} knee for a [[age:47-year-old]] reported 41 days after the
        scan; incidental {{sarcoma}} features. Patient [[case_reference:RX6612450]]. Delay
        likely changed staging. Ref [[case_reference:W-240601-022]].
        Contributing: loss of two {{consultant radiologist}} posts, {{insourcing}} paused.
        Compiled by [[name:P.K.]] ({{Radiology Governance Lead}}).
    """)),
    # 11 handover pregnancy check
    ("health", "near_miss", block("""
        Evening handover - {{CT}}  [[date:Wed 17/07]]
        - {{CT abdo/pelvis}} for [[name:Amira]] ([[age:15yo]]) from {{paeds ED}}. Request said
          "not pregnant" but {{pregnancy status}} had not actually been asked. I asked mum to
          step out and [[name:Amira]] said she might be. {{Urine hCG}} positive. Scan changed
          to {{ultrasound}} after discussion with Dr [[name:Ogunleye]].
        - Learning: {{IR(ME)R}} check must be done by us, not copied from the request, and in
          private for 12-55s.
        - Safeguarding referral made to {{MASH}}; {{paeds liaison}} aware.
        - {{CT 2}} injector fault still logged with {{EBME}}, use {{CT 1}}.
        Handed over by [[name:Joy]] to [[name:Theo]].
    """)),
    # 12 formal success
    ("health", "success", prose("""
        Good practice report: {{MRI}} without {{general anaesthetic}} for young children. Since
        {{March}}, our {{play specialist}} [[name:Lowri Evans]] has run "practice scans" in a mock
        tunnel for children aged 4-8 who would previously have been booked for {{GA}}. Over
        twelve weeks, 31 of 38 children scanned successfully awake, including
        [[name:Bartek]], a [[age:5-year-old]] with {{autism}} whose mother had been told he would "never
        manage it". The {{radiographers}}, especially [[name:Sunny]] and [[name:Tomasz]], adapted
        sequences to shorten scan time. {{GA}} lists freed up: six sessions. Families received
        a photo story of the {{scanner}} in advance. We would like this adopted by
        [[organisation:Hallam Cross Hospital]] too. Contact: [[email:l.evans@kelsallgeneral.nhs.uk]]
    """)),
    # 13 rushed lowercase MSCC
    ("health", "incident", prose("""
        pt w ?{{MSCC}} waited 3h 40m for {{MRI whole spine}}. request in at 13:10 marked urgent,
        we had a slot at 14:00, rang for {{porter}} x4, no one came. {{portering}} said 2 staff
        on for whole site bc sickness. [[name:abdul]] from our team eventually went up to
        [[organisation:Pemberton Ward]] himself w a {{HCA}} but {{ward}} had no nurse to escort
        (pt on {{PCA}}). scanned at 16:50. {{MSCC coordinator}} aware, {{dexamethasone}} had been
        given. pt mr [[name:o'sullivan]] ([[age:66]]) has {{cord compression}} at T9, gone to
        {{oncology}} for {{radiotherapy}}, too early to say if the delay made a difference. this
        is the 3rd time this month. ref [[case_reference:W-240611-087]]. - [[name:bex]]
    """)),
    # 14 Slack near miss implant
    ("health", "near_miss", block("""
        #mri-safety (Slack)
        [[name:rosa.m]] 08:31  pt on today's list 10:15 has a {{spinal cord stimulator}}. the
                   booking note says "{{MR Conditional}}, ok to scan" but no {{mode}} or
                   {{SAR}} limits attached
        [[name:deepak]] 08:34  who vetted?
        [[name:rosa.m]] 08:35  {{locum}} I think. the manufacturer card says {{full body}}
                   only if the {{IPG}} is in {{MRI mode}} and impedance checked first
        [[name:deepak]] 08:36  ok postpone. I'll ring {{pain team}} to get the {{IPG}} checked
        MRSE_[[name:Beatrix]] 08:50  good catch both. scanning in {{normal mode}} could have
                   heated the leads. adding implant docs as a hard stop on {{CRIS}} 👍
        Logged as near miss [[case_reference:W-240620-011]] by [[name:Rosa Mendoza]].
    """)),
    # 15 short shout-out
    ("health", "success", prose("""
        Shout out to the whole {{IR}} team and esp [[name:Chinedu]], [[name:Bill]] and
        [[name:Ffion]] for staying on past 8pm on [[date:Fri 28th]] so a {{nephrostomy}} could be
        done the same day instead of the patient waiting in {{AMU}} over the weekend. Also big
        thanks to [[name:Nana Ama]] on the {{radiology reception}} desk who rang round to find a
        {{porter}} when the bleep went unanswered. This is what good looks like 💙
        [[name:Maggie]] ({{Modality Lead}}, {{IR}})
    """)),
    # 16 e-mail incident wrong GP
    ("health", "incident", block("""
        From: {{Radiology Admin}} <[[email:radiology.admin@kelsallgeneral.nhs.uk]]>
        To: [[name:Jasper Lindqvist]] ({{Information Governance}})
        Sent: [[date:28 February 2024]] 09:05
        Subject: Report sent to wrong {{GP}} practice

        Dear [[name:Jasper]],

        An {{MRI brain}} report for [[name:Olamide Adewale-Price]] ([[nhs_number:450 917 2648]],
        DOB [[date_of_birth:30/06/1988]]) was sent to [[organisation:Brookfield Surgery]]
        instead of [[organisation:Brookside Medical Practice]]. The {{RIS}} look-up picked the
        first match. [[organisation:Brookfield Surgery]] called us and have deleted it. The
        report mentions {{multiple sclerosis}}. The patient has been told by her {{neurologist}}.
        Incident ref [[case_reference:W-240228-004]].

        Many thanks,
        [[name:Yvonne]]
        {{Radiology Admin Team Leader}}
        Tel [[phone:01632 960 775]]
    """)),
    # 17 chronology near miss anticoagulant
    ("health", "near_miss", block("""
        Near miss - {{liver biopsy}}, anticoagulation not held
        [[date:Tue 14 May]]
        08:10  Day case arrives in {{IR recovery}}. Pre-assessment form ticked "no
               {{anticoagulants}}".
        08:40  {{IR nurse}} [[name:Comfort]] does {{medicines reconciliation}} from patient's bag:
               {{apixaban}} taken at 07:00 today.
        08:45  Dr [[name:Haddad]] ({{IR consultant}}) informed at {{WHO sign-in}}. Procedure
               cancelled and rebooked for [[date:21 May]] with 48h hold.
        09:15  Patient, Mr [[name:Lindsay-Achebe]], says nobody told him at pre-assessment;
               the phone call was with his daughter [[name:Eilidh]].
        Learning: pre-assessment must ask about {{DOACs}} by name, and speak to the patient.
        Reported by [[name:Comfort Mensah-Doyle]], {{Senior Staff Nurse}}, {{IR}}.
        Ref [[case_reference:W-240514-031]].
    """)),
]

AVIATION = [
    # 1 RT transcript level bust
    ("aviation", "incident", block("""
        RT transcript extract - {{Sector 14}}, [[date:04/05/2024]] (times {{UTC}})
        1412:05 {{ATCO}}: [[flight_number:Skylark 442]], climb {{FL310}}, traffic twelve o'clock
                crossing left to right at {{FL320}}.
        1412:11 [[flight_number:SKL442]]: Climb {{FL320}}, [[flight_number:Skylark 442]].
        1412:14 ({{readback}} not corrected - frequency busy)
        1413:40 {{STCA}} {{red}} alert
        1413:42 {{ATCO}}: [[flight_number:Skylark 442]], stop climb {{FL310}}, I say again
                stop climb {{FL310}}, avoiding action turn right heading 090.
        1413:50 [[flight_number:NWY21B]]: [[flight_number:Northway 21 Bravo]], {{TCAS RA}}.
        Minimum separation 2.1nm / 600ft. {{A320}} [[aircraft_registration:G-OKTB]] and {{B738}}
        [[aircraft_registration:EI-FMQ]]. Controller [[name:Callum Fraser-Nkemelu]] was
        working the {{bandboxed}} sector with 19 aircraft on frequency. {{MOR}} filed
        [[case_reference:OR-24-03317]].
    """)),
    # 2 formal narrative handover
    ("aviation", "near_miss", prose("""
        At 1530 on [[date:19 February]] the {{North}} and {{South}} sectors were split following
        a {{bandbox}} period. During the {{handover}}, the outgoing controller,
        [[name:Ines Carvalho]], briefed traffic and weather but did not mention that a pair of
        {{Typhoons}}, callsign [[flight_number:RAPIER 04]], had been coordinated to cross the
        {{airway}} at {{FL240}} under a {{traffic service}} from [[organisation:RAF Hollowfield]].
        The coordination was on the {{strip}} for the {{South}} sector only. The incoming
        {{North}} controller, [[name:Jamal]], saw the {{military}} track on radar three minutes
        later and queried it with the {{planner}}, who confirmed the agreement. No loss of
        separation occurred. {{Supervisor}} [[name:Rose Whitcombe]] has asked that coordinations
        are read from the {{handover checklist}} line by line. [[name:Jamal]] said the
        {{TI}} on the {{stripless}} display was easy to miss. Ref [[case_reference:OR-24-01190]].
    """)),
    # 3 Teams shout-out PAN
    ("aviation", "success", block("""
        Teams - {{Ops Room}} {{Watch C}}
        [[name:Hannah Greenhalgh]]  22:48
        Massive well done to [[name:Kofi]] on {{Sector 9}} tonight 👏 [[flight_number:AUR7713]]
        declared {{PAN}} with a passenger in {{cardiac arrest}} at {{FL370}}. [[name:Kofi]] had
        them descending and routed direct within 2 mins, coordinated with the {{TC}} sectors
        and had {{ambulance}} requested via the {{destination}} before they'd even asked.
        [[name:Kofi Antwi-Boateng]]  22:55
        thanks! [[name:Dougie]] as {{planner}} did all the phoning, I just talked
        [[name:Hannah Greenhalgh]]  22:56
        teamwork 💪 {{Watch Manager}} has it for the safety bulletin
    """)),
    # 4 chronology infringement
    ("aviation", "incident", block("""
        Airspace infringement - chronology
        Date: [[date:Sat 13 April 2024]]
        1102  Unknown {{primary}} plus {{7000}} {{squawk}} observed 2nm inside {{CTA}} base
              {{FL65}}, indicating {{4500ft}}.
        1103  {{Sector 22}} controller [[name:Pradeep]] passes {{traffic information}} to
              [[flight_number:BSA316]] on approach; {{STCA}} activates.
        1104  [[flight_number:BSA316]] takes avoiding action; {{TCAS TA}} only.
        1106  Target leaves {{controlled airspace}} southbound.
        1140  {{FISO}} at [[organisation:Marsh Lydney Airfield]] identifies aircraft as a
              {{PA-28}}, [[aircraft_registration:G-BXRT]], on a local flight.
        1215  Pilot contacted by phone. Said he was "using an app" and had not updated it.
        Reported to the {{CAA}}; {{infringement}} ref [[case_reference:INF-2024-0521]].
        Reporter: [[name:Pradeep Venkataraman]], {{ATCO}}
    """)),
    # 5 e-mail military coordination
    ("aviation", "near_miss", block("""
        From: [[name:Siân Llewellyn]] <[[email:sian.llewellyn@fernmooracc.co.uk]]>
        To: Safety Team
        Date: [[date:Wed 26 June 2024]] 07:22
        Subject: Military pair not known to civil sector

        Morning,
        Last night at about 2140 I was working {{Sector 31}} when [[flight_number:VIPER 11]]
        flight popped up climbing through {{FL200}} towards my {{airway}}. There was no
        {{coordination}} from the {{military controller}}. I rang the {{mil desk}}; they had
        lost the {{intention}} after a {{console}} change and believed I'd agreed a crossing
        an hour earlier for a different pair. I held [[flight_number:SKL90KT]] at {{FL210}} and
        the pair levelled. Closest 4.5nm. Could we look at how agreements are logged on the
        {{mil}} side?

        [[name:Siân]]
        [[name:Siân Llewellyn]] | {{ATCO}}, {{West Group}} | [[organisation:Fernmoor ACC]]
        [[phone:01632 960 902]]
    """)),
    # 6 minutes success
    ("aviation", "success", block("""
        Unit Safety Group - minutes, [[date:11 July 2024]]
        Attendance: [[name:G. Whitlow]] ({{Head of Ops}}, chair), [[name:Amandeep Gill]]
        ({{Safety Manager}}), [[name:Lars]] ({{TRUCE}} lead), [[name:Mehmet Yildiz]] ({{OJTI}}),
        [[name:Pat]] ({{Watch Supervisor}})
        Apologies: {{MOD}} liaison officer, [[name:Charlotte Dubois-Akande]]
        Item 3 - Positive report: on {{Sector 6}} a trainee under [[name:Mehmet]]'s supervision
        spotted a {{level bust}} developing from the {{Mode S}} selected level before
        {{STCA}} triggered and stopped the climb. The {{MTCD}} warning had been set off by
        [[name:Pat]] earlier as nuisance; it has now been re-enabled.
        Action 3.1: [[name:Lars]] to add the scenario to {{TRUCE}} refresher.
        Action 3.2: {{Safety Manager}} to share in {{Safety Notice}} [[case_reference:SN-24/09]].
    """)),
    # 7 rushed notes similar callsigns
    ("aviation", "incident", prose("""
        quick one b4 i forget - had [[flight_number:SKL424]] and [[flight_number:SKL442]] on freq
        at same time on {{sector 14}} around 1620. gave descent {{FL280}} to [[flight_number:424]]
        and [[flight_number:442]] took it 😡 didnt catch readback bc blocked transmission.
        {{STCA}} went at 3.4nm, turned [[flight_number:442]] left,
        no {{RA}}. told {{sup}} ([[name:mo]]) who rang ops at [[organisation:Skylark Air]] re
        similar callsign - apparently its been reported b4 on {{sector 9}}. {{callsign confusion}}
        box ticked on the {{MOR}}. [[name:ben r]] {{ATCO}} {{watch B}}, [[date:17/06]]
    """)),
    # 8 table STCA
    ("aviation", "near_miss", block("""
        {{STCA}} review - week ending [[date:30/06/24]] (near misses only)
        | Time (Z) | Sector | Aircraft | Min sep | Controller |
        | 0614 | {{S9}} | [[flight_number:NWY402]]/[[flight_number:AUR118]] | 4.1nm / 800ft | [[name:Anouk]] |
        | 1133 | {{S22}} | [[flight_number:BSA77P]]/[[aircraft_registration:G-CJLW]] | 2.9nm / 1200ft | [[name:T.O.]] |
        | 1947 | {{S31}} | [[flight_number:SKL90KT]]/[[flight_number:HAWK 21]] | 3.6nm / 900ft | [[name:Siân]] |
        Notes: 1133 event involved a {{GA}} {{DA42}} on a {{flight plan}}, transferred late by
        {{LARS}}. 1947 event was {{military}} traffic under a {{deconfliction service}}. None
        met {{Airprox}} criteria. Compiled by [[name:Rupert]] ({{Safety Investigator}}).
    """)),
    # 9 thank-you note
    ("aviation", "success", prose("""
        Thank you to {{Watch A}} from the {{Safety team}}. On [[date:2 March]] a
        [[organisation:Northway Airlines]] {{A321}}, [[flight_number:NWY66]], reported smoke in the
        cabin at {{FL350}} over the {{North Sea}} boundary. [[name:Grace Adjei-Mensah]] on
        {{Sector 4}} cleared the aircraft to descend and turn within seconds, [[name:Olek]] as
        {{planner}} cleared the level below by moving three aircraft, and {{supervisor}}
        [[name:Bill Tattersall]] split the sector so she could concentrate. The aircraft landed
        safely at [[organisation:Kelsall Airport]] 19 minutes later. The crew wrote to say the
        {{ATC}} service was "calm and outstanding". We've used the {{RT}} in {{TRUCE}}.
    """)),
    # 10 form
    ("aviation", "incident", block("""
        OCCURRENCE REPORT
        Ref: [[case_reference:OR-24-02871]]
        Date: [[date:09/04/2024]]   Time: 0847 {{UTC}}
        Sector: {{Sector 17}} ({{Upper}})
        Aircraft 1: [[flight_number:AUR5501]], {{E190}}, [[aircraft_registration:G-ZNVA]]
        Aircraft 2: [[flight_number:KLN32]], {{B789}}, [[aircraft_registration:D-EKOA]]
        Reporter: [[name:Yaw Ofori]], {{ATCO}}   Licence: [[case_reference:UK.ATCO.10472]]
        Summary: {{sector handover}} given with [[flight_number:AUR5501]] shown as {{FL330}} on
        the {{electronic strip}} but actually cleared {{FL350}} by outgoing controller
        [[name:Elspeth]]. {{Standing agreement}} with next sector is {{FL330}}.
        [[flight_number:KLN32]] opposite direction {{FL340}}. Identified by {{MTCD}} at 11nm,
        [[flight_number:AUR5501]] stopped at {{FL330}}. Min 7.2nm.
        Classification: {{loss of separation}} risk - no actual loss.
    """)),
    # 11 Teams chat
    ("aviation", "near_miss", block("""
        Teams chat - {{Supervisors}}
        [[name:Fionnuala O'Dea]] 05:51  {{S12}} and {{S13}} still bandboxed on [[name:Wilf]]. traffic
                                   building, 14 on freq
        [[name:Thabo Dlamini]] 05:52  I've got nobody free until the {{06:00 shift}}, [[name:Hope]]'s
                                   in traffic
        [[name:Fionnuala O'Dea]] 05:55  he's just missed a {{frequency transfer}},
                                   [[flight_number:SKL7Q]] called on the wrong freq
        [[name:Thabo Dlamini]] 05:56  split it. I'll sit {{S13}} myself, still valid
        [[name:Fionnuala O'Dea]] 06:08  thanks. [[name:Hope]] in, relieved [[name:Thabo]]
        Logged: {{near miss}}, {{workload}}; [[name:Wilf]] reported it himself. {{Roster}} review asked
        for.
    """)),
    # 12 handover note success
    ("aviation", "success", block("""
        WATCH HANDOVER - {{Sector 9}} / {{Sector 10}} - night of [[date:21-22 Aug]]
        * 0212 [[flight_number:BSA5120]] ({{B738}}, [[aircraft_registration:CS-TQR]]) squawked
          {{7600}}. [[name:Marisol]] recognised the {{radio failure}} from the {{Mode S}} and
          pulled {{FL360}} and {{FL380}} clear along the {{flight plan}} route. Blind
          transmissions on {{121.5}} via {{D&D}}. Aircraft followed the {{comms failure}}
          procedure and called [[organisation:Kelsall Airport]] {{approach}} on descent. Good
          job all, nothing lost.
        * [[name:Marisol Quintero-Hale]] to write it up for {{TRUCE}}; {{supervisor}}
          [[name:Sunny]] has the {{RT}} tape reference [[case_reference:TAPE-0822-03]].
        * {{Frequency}} 133.205 crackly again, {{engineering}} ticket open.
        * {{NOTAM}}: {{Danger Area}} active 0800-1600 tomorrow, see {{briefing}}.
        Handed over by [[name:Ossian]] to [[name:Rhiannon]] at 0600.
    """)),
    # 13 formal incident PLOC
    ("aviation", "incident", prose("""
        On [[date:8 September 2024]] at 1605 {{UTC}}, [[flight_number:AUR2209]], an
        [[organisation:Aurelia Airways]] {{A20N}} registered [[aircraft_registration:G-AULX]],
        was transferred from {{Sector 17}} to {{Sector 18}} but did not call. The receiving
        controller, [[name:Dariusz Nowicki]], noticed after six minutes, longer than the
        expected two, because a {{coordination}} call with the {{military}} was in progress.
        Calls on the previous frequency, {{121.5}} and via company {{ACARS}} were not answered
        for fourteen minutes. The {{PLOC}} procedure was started and the {{QRA}} alert state was
        raised, but no {{launch}} occurred. The crew called at 1623: they had selected an
        incorrect frequency. Contributory: the {{electronic strip}} does not time unanswered
        transfers. The {{Safety Investigator}}, Auntie [[name:Lin]] as she is known on the
        watch (Ms [[name:Lin Zhao]]), has recommended a timer. Ref [[case_reference:OR-24-04410]].
    """)),
    # 14 RT transcript near miss
    ("aviation", "near_miss", block("""
        {{RT}} extract, {{Sector 22}}, [[date:27/07/2024]]
        0931:02 {{ATCO}}: [[flight_number:Aurelia 118]], descend {{FL250}}, expect {{FL150}} at
                the boundary.
        0931:08 [[flight_number:AUR118]]: Descending {{FL150}}, [[flight_number:Aurelia 118]].
        0931:11 {{ATCO}}: [[flight_number:Aurelia 118]], negative, descend {{FL250}}
                only, two five zero.
        0931:15 [[flight_number:AUR118]]: Descend {{FL250}}, sorry, [[flight_number:Aurelia 118]].
        0931:16 {{Mode S}} selected level changes 150 to 250.
        Comment ([[name:Eun-ji Park]], {{ATCO}}): [[flight_number:HAWK 21]] was at {{FL200}}
        below in {{TRA}}. Conditional phrases with two levels in one call are a known trap; I
        will give the expect level in a separate message. {{Supervisor}} [[name:Amber]] agreed
        to raise it at the {{TRM}} session.
    """)),
    # 15 Slack success trainee
    ("aviation", "success", block("""
        #ojti-corner (Slack)
        [[name:dan.kowalski]]  14:20  proud {{OJTI}} moment: [[name:Priyanka]] (trainee,
                                        {{Sector 6}}) had a {{7000}} pop-up heading for the
                                        {{CTA}} at 3500ft, got {{LARS}} on the line, used the
                                        {{Frequency Monitoring Code}} and the pilot turned away
                                        before infringing. I didn't say a word 😄
        [[name:priyanka.s]]  14:26  thanks [[name:Dan]]! the {{FMC}} briefing last week helped
        [[name:faith.o]]  14:31  nice!! putting it in the {{Safety Notice}} as a good news story
        [[name:dan.kowalski]]  14:32  aircraft was [[aircraft_registration:G-OPHT]] btw if
                                        anyone wants the replay
    """)),
    # 16 e-mail incident glider
    ("aviation", "incident", block("""
        From: [[name:Torsten Ahlberg]] <[[email:t.ahlberg@fernmooracc.co.uk]]>
        Sent: [[date:Sunday 5 May 2024]] 18:40
        To: [[email:safety.investigation@fernmooracc.co.uk]]
        Cc: [[name:Nell Oyelowo]]
        Subject: Glider infringement {{Sector 31}} - follow-up

        Hi [[name:Nell]],
        Update on today's infringement. The {{glider}} was [[aircraft_registration:G-CKRW]]
        from [[organisation:Long Fell Gliding Club]], in wave at {{FL110}} inside {{Class A}}
        with no {{transponder}} - we only had a {{primary}} return. [[flight_number:NWY402]]
        was re-routed and [[flight_number:SKL29C]] held at {{FL130}}. Minimum distance 2.5nm.
        The club's {{CFI}} called us and said the pilot thought the {{wave box}} was open, it
        wasn't ({{NOTAM}} not issued). Reported to the {{CAA}}, ref
        [[case_reference:INF-2024-0688]].

        Cheers,
        [[name:Torsten]]
        {{Watch Supervisor}} | [[organisation:Fernmoor ACC]]
    """)),
]

REPORTS = SOCIAL_CARE + HEALTH + AVIATION

if __name__ == "__main__":
    write_records(OUT, build_records("blind278", REPORTS))
