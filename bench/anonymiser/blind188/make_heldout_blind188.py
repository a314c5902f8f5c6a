"""Held-out blind corpus 188: just-culture incident, near-miss and learning reports.

Settings: a local authority's court team for care proceedings (bundles, C110A drafts, hearings,
interpreters, DNA and hair strand testing, data quality); a maternity day assessment unit and
antenatal clinic (RFM triage, pre-eclampsia, anti-D, GTT, bile acids, safeguarding, downtime);
a flying school's night flying and radio training (tech log, RT transcripts, infringements,
currency, light signals, similar callsigns). Written blind, the way UK staff type: rushed
lower-case notes, careful narratives, chronologies, e-mails with headers and signatures,
Teams and WhatsApp exports, incident forms, handover tables, minutes with attendance lists,
debriefs, shout-outs and thank-you notes, tech log entries and ATC transcripts. Every person,
place and number is invented; NHS numbers pass the mod-11 check.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from markup import block, build_records, write_records  # noqa: E402
from markup import flow as prose  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "corpus" / "heldout_blind188.jsonl"

REPORTS = [
    # ------------------------------------------------------------------ social care
    ("social_care", "incident", prose("""
        bundle went out fri via {{egress}} to all parties incl mums new address at the {{refuge}} which shouldnt
        of been in there. i was covering for [[name:kez]] who was off sick and didnt know the address had to be
        redacted out of the {{parenting assessment}} before filing. dads sol [[name:Tariq Mahmood]] rang mon am to
        say hed spotted it and hadnt sent it on to his client, thank god. address was
        [[address:Flat 3, 22 Cobden Terrace, Harrowfield]] [[postcode:HF4 7NL]]. told [[name:Bernie]] ({{TM}})
        straight away, {{the guardian}} informed, mum and her {{refuge worker}} told same day and {{safety plan}}
        redone, she didnt have to move in the end. case no [[case_reference:HF24C00318]]. learning - we need a
        redaction step on the {{bundle index}} not just relying on the memory of whoever picks it up. also didnt
        know egress lets you revoke a message, [[name:kez]] says shes done it before. pls can this go in the court
        team induction pack
    """)),
    ("social_care", "near_miss", block("""
        From: [[name:Aisling Ní Bhriain]] <[[email:aisling.nibhriain@harrowfield.gov.uk]]>
        Sent: [[date:04 March 2025]] 16:42
        To: Court Team Managers
        Subject: near miss - draft C110A, legal ref [[case_reference:LEG/CP/25/0077]]

        Hi both,

        Flagging a near miss for {{Thursday}}'s team meeting. Checking the draft {{C110A}} for the
        [[name:Kowalczyk]] children before it went over to {{Legal}}, I noticed [[name:Zofia]]'s date of birth
        had gone in as [[date_of_birth:17/09/2019]], which is her brother [[name:Kacper]]'s. [[name:Zofia]]'s is
        [[date_of_birth:02/11/2021]]. Mum's NI number [[ni_number:JR 61 48 27 B]] had also been pasted into the
        child's box. It had all been copied from the {{chronology}} after the rows were sorted by surname.

        If it had been filed, the {{interim care order}} would have needed amending and the {{CMH}} on
        [[date:12/03/2025]] could have slipped. [[name:Ola]] has corrected it and {{the allocated social worker}}
        has re-checked both children against {{Mosaic}}.

        Suggestion: a "DOB checked against Mosaic" tick box on the {{legal gateway}} checklist.

        Thanks,
        [[name:Aisling]]

        [[name:Aisling Ní Bhriain]] | {{Legal Assistant}}
        [[organisation:Harrowfield Children's Court Team]]
        [[phone:0113 496 0552]]
    """)),
    ("social_care", "incident", block("""
        Teams chat - Court Team (duty) - exported [[date:21/01/2025]] - re [[case_reference:HF25C00041]]

        [09:58] [[name:Hollie Brammer]]: anyone know if the {{interpreter}} for the [[name:Tesfaye]] hearing is here? court 3, 10am
        [10:01] [[name:Dev Raghunathan]]: booked via the portal weds - {{Amharic}}
        [10:02] [[name:Hollie Brammer]]: mum speaks {{Tigrinya}}!! its on the referral and the {{PLO letter}}
        [10:03] [[name:Dev Raghunathan]]: oh no. the booking form remembers the last language used, I didnt change it
        [10:05] [[name:Hollie Brammer]]: ok telling {{the usher}}. [[name:Ruth]] ({{guardian}}) is here
        [10:41] [[name:Hollie Brammer]]: {{DJ}} has adjourned to 2pm, {{Language Line}} found a Tigrinya interpreter on video
        [14:55] [[name:Hollie Brammer]]: done, {{ICO}} renewed. mum was very upset by the wait and didnt understand why
        [15:02] [[name:Dev Raghunathan]]: I'll {{datix}} it. sorry all
        [15:04] [[name:Hollie Brammer]]: not your fault [[name:Dev]], the form shouldnt default. flagging to [[name:Nadia]]
    """)),
    ("social_care", "success", prose("""
        Shout-out for [[name:Precious Nwachukwu]] and [[name:Tom O'Rourke]]. On [[date:Wed 6 Nov]] {{CE-File}} went
        down at 11am and stayed down most of the day, with the final evidence bundle for
        [[case_reference:HF24C00562]] due by 4pm for the {{IRH}}. [[name:Precious]] ({{legal assistant}}) rang the
        court office, got written agreement from the {{court clerk}} to file by secure email instead and logged it
        on the file. [[name:Tom]] stayed late re-paginating 212 pages after {{the guardian}}'s late position
        statement came in, and still checked every redaction against the {{redaction log}}. [[name:Precious]] also
        phoned mum's solicitor [[name:Imogen Leigh-Baptiste]] to make sure her copy arrived, because mum has no
        email. HHJ [[name:Haworth]] thanked the LA for a clear bundle. What made the difference: a back-up filing
        route agreed in advance with the court, and a redaction log that travels with the bundle rather than
        living in someone's head. - [[name:Mo]] ({{service manager}})
    """)),
    ("social_care", "incident", block("""
        Chronology - missed {{family time}}, [[name:Amara]] and [[name:Jayden]] [[name:Clarke-Benjamin]]
        LA ref [[case_reference:CP-24-01187]]

        [[date:13/12/2024]] 16:20  Family time letter emailed to {{foster carer}} [[name:Sandra Lowther]] with the old
                   {{contact centre}} address ([[address:Unit 4, Mill Street, Harrowfield]]). The service moved to
                   [[organisation:Brookfield Family Centre]] in {{October}}.
        [[date:14/12/2024]] 09:15  Taxi ([[vehicle_registration:YD71 HKP]]) collects children, driver given the letter.
        09:50  Driver finds [[address:Mill Street]] locked up. Rings [[name:Sandra]], who rings {{EDT}}.
        10:05  EDT worker [[name:Femi Adebayo]] cannot find the new address on {{Mosaic}} either.
        10:20  Mum, waiting at [[organisation:Brookfield]] since 09:30, rings {{the allocated social worker}}
               [[name:Gemma]] on [[phone:07700 900314]] - [[name:Gemma]] not working that weekend.
        10:40  Family time cancelled. Children returned to placement. Mum left in tears; {{contact supervisor}} stayed with her.

        Learning: the template letter still held the old address. Templates now point to one address list,
        and EDT have the centre's weekend number.
    """)),
    ("social_care", "success", block("""
        Minutes - Legal Gateway / PLO review
        Date: [[date:29 January 2025]]   Venue: Room 2.14, [[organisation:Harrowfield Civic Centre]] / Teams
        Present: [[name:Nadia Hussain]] (Chair, {{Head of Service}}), [[name:Gary Entwistle]] ({{LA solicitor}}),
        [[name:Shauna McBride]] ({{allocated SW}}), [[name:Li Wei]] ({{FGC coordinator}}),
        [[name:Bryony Oduya]] ({{Team Manager}})
        Apologies: [[name:Wojciech Nowak]] ({{IRO}})

        Child: [[name:Kai Fenwick]], [[age:2]]

        1. {{Family Group Conference}} held [[date:18/01/2025]]. Maternal great-aunt [[name:Delphine]] offered to
           care for [[name:Kai]]; {{viability assessment}} positive.
        2. Decision: do not issue. Continue {{PLO}} for six weeks while the {{connected persons assessment}} completes.
        3. What went well: the FGC was booked in week one of PLO, not after a failed review, so the family had
           time to make their own plan. Mum said it was the first meeting where she felt listened to.

        Actions: [[name:SMcB]] to update the {{Signs of Safety}} map; [[name:GE]] to write to mum's solicitor.
    """)),
    ("social_care", "incident", block("""
        INCIDENT REPORT - {{Information Governance}}
        Ref: [[case_reference:IG-2025-0219]]
        Date/time: [[date:10/02/2025]], approx 17:30
        Location: {{public car park}}, [[address:Swan Lane, Harrowfield]]
        Reported by: [[name:Kwame Asante-Boateng]], {{Senior Social Worker}}, [[organisation:Harrowfield Children's Court Team]]
        Vehicle: own car, [[vehicle_registration:YB19 RZK]]

        What happened: Car window smashed while I was on a {{home visit}}. Work laptop (encrypted) and a paper
        copy of the {{FGC plan}} for the [[name:Adeyemi]] family taken from the back seat. The plan had both
        children's names, mum's address [[address:47 Thistle Grove, Harrowfield]] [[postcode:HF7 3DW]] and her
        NI number ([[ni_number:PW 38 90 15 A]]) from the {{legal aid}} section.

        Immediate action: reported to {{police}} (crime ref [[case_reference:13/25871/25]]); {{IT service desk}}
        wiped the laptop remotely; IG told next morning; mum informed by [[name:Kwame]] and offered support.

        Contributing: printed the plan to annotate in the meeting because the laptop battery was flat. No
        lockable document wallet issued.

        Learning: lockable wallets now issued to the court team; print only when unavoidable.
    """)),
    ("social_care", "near_miss", block("""
        DUTY COURT HANDOVER - [[date:Fri 07/03/25]]   From: [[name:JT]]   To: [[name:Oksana]]

        Case | Hearing | Who | Notes
        [[case_reference:HF25C00109]] ([[name:Ibrahim]]) | {{CMH}} Mon 10:00 | [[name:Shauna]] | {{parenting assessment}} filed
        [[case_reference:HF24C00477]] ([[name:Doherty]]) | {{IRH}} Mon 14:00 | [[name:Ricky]] + {{counsel}} | {{final care plan}} in bundle
        [[case_reference:HF25C00126]] ([[name:Patel]]) | {{EPO}} return Tue | [[name:Grace]] | {{police protection}} ended Thurs

        Added Mon 08:05 by [[name:Oksana]]: court emailed the generic inbox at 16:50 Fri moving the [[name:Doherty]]
        IRH to 10:00. Not on this handover as [[name:JT]] had already written it. I only saw it because I read the
        inbox before the 9am huddle. Rang [[name:Ricky]] and counsel's clerk, both made it by 9:45.

        Near miss - if nobody had read the inbox the LA would have missed the hearing. Suggest: whoever does
        handover checks the court inbox last thing, and court listing emails get an auto-forward to the duty mobile.
    """)),
    ("social_care", "success", prose("""
        I want to record what went well in the final hearing for [[name:Leanne]] and her son [[name:Alfie]]
        ([[age:3]]) at [[organisation:Harrowfield Family Court]] last week. [[name:Leanne]] has a mild
        {{learning disability}} and at the start of proceedings she was walking out of meetings. We asked early
        for a {{PAMS}} assessment and an {{intermediary}}, and the court agreed both at the {{CMH}}. The
        intermediary, [[name:Siobhan Egan]], met [[name:Leanne]] before each hearing and helped us rewrite the
        {{care plan}} in plain English with pictures. {{Counsel}} for the LA, [[name:Rhys ap Gwilym]], kept his
        questions short and checked understanding. [[name:Leanne]]'s advocate from
        [[organisation:Speak Up Harrowfield]] sat with her throughout. The outcome was a {{supervision order}}
        with [[name:Alfie]] staying at home, which everyone including {{the guardian}} supported. [[name:Leanne]]
        said afterwards it was the first time she understood what the judge was saying. Learning: ask for
        adjustments at the first hearing, not after things go wrong, and write the plain-English care plan from
        day one. [[name:Marcus Ellery-Quaye]], {{Social Worker}}
    """)),
    ("social_care", "incident", block("""
        WhatsApp export - "Court Team lifts & cover 🚗" - sent to IG by [[name:Bryony Oduya]]

        [[date:03/04/2025]], 07:12 - [[name:Lauren Mc]]: anyone free to take [[name:Kayden-Jay Pearson]] dob
        [[date_of_birth:21/06/2016]] to his {{paediatric assessment}} at 10? need collecting from
        [[organisation:Oakfield Junior School]] at 9:15
        [[date:03/04/2025]], 07:14 - [[name:Sunny]]: i can do it after drop off
        [[date:03/04/2025]], 07:15 - [[name:Bryony Oduya]]: [[name:Lauren]] please delete that - no names or DOBs on
        here!! use the {{secure Teams channel}}
        [[date:03/04/2025]], 07:16 - [[name:Lauren Mc]]: sorry sorry deleting now

        Manager note ([[name:Bryony]]): the group has 14 members including two {{agency workers}} who left in
        {{January}} and were never removed. The message was up for three minutes. Reported to
        {{Information Governance}} [[case_reference:IG-2025-0301]]; {{the Data Protection Officer}} said not reportable to the
        {{ICO}} but a breach of policy. Old group closed, new group with a pinned "no client details" rule, and
        removing leavers from work groups added to the exit checklist.
    """)),
    ("social_care", "success", block("""
        Debrief - final hearing, [[name:Okonkwo]] siblings ([[case_reference:HF24C00233]])
        Held [[date:14/05/2025]] after judgment. Attending: [[name:Ngozi]], [[name:Pete R]], [[name:Ellie-May Tran]],
        [[name:Yusuf]] ({{LA solicitor}})

        What went well
        - {{Placement order}} made for [[name:Chidi]]; {{special guardianship order}} to paternal aunt
          [[name:Adaeze]] for [[name:Chioma]] and [[name:Emeka]].
        - {{Later life letter}} drafts were ready, so the judge could see the siblings' story would be told the same way.
        - The {{sibling assessment}} by [[name:Ellie-May]] was praised by {{the guardian}} as the clearest she had read.
        - {{Re B-S}} analysis was in the {{SWET}} from the start, no late addendum.

        Even better if
        - The sibling contact plan had been agreed with [[organisation:Pennine Vale Adoption]] earlier - it was
          finalised the night before.
        - {{Igbo}} interpreters for the paternal family were booked for every hearing, not only the final one.
    """)),
    ("social_care", "near_miss", block("""
        Subject: RE: DNA results - [[name:Jamie Lee]] / [[name:Jamie-Leigh Hart]]

        Team,

        One for the learning log. The {{DNA testing}} results for [[case_reference:HF25C00058]] came back on
        {{Monday}} and I had the email to the putative father drafted to "[[name:Jamie Lee]]"
        ([[email:jamielee_88@outlook.com]]) when I realised the result related to [[name:Jamie-Leigh Hart]], the
        second man named by mum. The two men have near-identical names and {{Outlook}} autofilled the address.
        Nothing was sent.

        The {{court order}} actually directed that results go to the parties' solicitors via {{Legal}}, never
        direct from the {{social worker}}, so I shouldn't have been writing to him at all.

        Learning: read the order for who serves results; switch off autocomplete for client addresses; both men
        now have DOBs on {{Mosaic}} ([[date_of_birth:09/08/1996]] and [[date_of_birth:30/01/1998]]) so they can't be
        mixed up.

        [[name:Rosa]]
        [[name:Rosa Quintero-Blake]] | Social Worker | [[phone:07700 900871]]
    """)),
    ("social_care", "incident", prose("""
        hair strand test for dad ([[name:Connor Flint]]) didnt happen on the day the court ordered. i booked the
        collector through the labs portal for [[date:11/06]] not [[date:06/11]] - american date format on their site
        and i didnt notice. {{dad}} turned up at the {{contact centre}} and nobody came, he was really angry and said
        were setting him up. {{IRH}} on [[date:28/11/2024]] now has to be vacated as results wont be back, so the
        case runs to about week 34, well over the {{26 weeks}}. his sol has already written in. spoke to
        [[name:Zainab]] my {{TM}}. rebooked with [[organisation:Halden Forensic Testing]] for next tues and put it in
        writing to all parties incl {{the guardian}}. learning: the booking confirmation email says the date in
        words, CHECK IT. and maybe {{business support}} should do all lab bookings as they do loads and know the
        portal. sorry [[name:Connor]] if you ever read this
    """)),
    ("social_care", "success", block("""
        Subject: FW: Thank you - [[name:Mensah]] ([[case_reference:HF24C00390]])

        Forwarding this lovely note from {{the children's guardian}} for the team learning log. Well done
        [[name:Abi]]! - [[name:Bryony]]

        ---------- Forwarded message ----------
        From: [[name:Harriet Oyelaran-Smith]] <[[email:harriet.oyelaran-smith@cafcass.gov.uk]]>
        Sent: [[date:20 June 2025]] 09:14
        To: [[name:Abigail Thornton]]

        Dear [[name:Abi]],

        Thank you for how you worked with [[name:Kofi]] and [[name:Esi]] through these proceedings. Your
        {{direct work}} using the {{Three Houses}} tool gave the clearest account of children's wishes I have read
        this year, and the judge quoted it. You kept mum informed before every hearing, even when the news was
        hard, and you started {{life story work}} before the final hearing rather than after.

        Please pass my thanks to [[name:Graham]] at [[organisation:Brookfield Family Centre]] too.

        Kind regards
        [[name:Harriet]]
        {{Children's Guardian}}, {{Cafcass}}
        [[phone:07700 900562]]
    """)),
    ("social_care", "near_miss", block("""
        Data Quality Huddle - notes, [[date:02/07/2025]], Teams
        Attendees: [[name:Nadia Hussain]], [[name:Kwame]], [[name:Dev Raghunathan]], [[name:Jo Whitlock]]
        ({{Systems Team}}), [[name:Mariam]] ({{business support}})

        Near miss: {{Mosaic}} flagged a possible duplicate for "[[name:Olivia Smith]]" and the merge was approved on
        name and year of birth. [[name:Jo]] paused it before the overnight run because the NHS numbers differed:
        [[nhs_number:436 823 4901]] (our child, subject of [[case_reference:HF25C00187]]) and
        [[nhs_number:762 690 7507]] (a child open to [[organisation:Harrowfield Early Help]]). DOBs were
        [[date_of_birth:05/05/2014]] and [[date_of_birth:15/05/2014]].

        If the merge had run, our {{court statements}} and {{care plan}} would have sat on the other child's
        record, including our mum's address, which is withheld from the father.

        Actions
        - Merges need an NHS number match as well as name and DOB ([[name:Jo]]).
        - Any child subject to proceedings: duplicate checks done by a {{social worker}}, not admin ([[name:Nadia]]).
    """)),
    ("social_care", "incident", block("""
        Incident form - staff safety
        Staff member: [[name:Chantelle Okoro]], {{Social Worker}}
        Manager: [[name:Zainab Karimi]]
        Date reported: [[date:19/08/2025]]
        Case: [[case_reference:HF25C00212]]

        Description: My personal mobile ([[phone:07700 900129]]) appeared in the {{exhibits}} to my second statement.
        A screenshot of a text to the {{foster carer}} was exhibited and I had not cropped the header. Father
        ([[name:Dean Ashworth]]) got the bundle through his solicitor and rang me at 22:40 on [[date:17/08/2025]],
        leaving three voicemails, one threatening.

        Actions: reported to {{police}}; number changed; {{lone working}} plan updated with my {{TM}}; the court was
        told and the judge directed that [[name:Dean Ashworth]] contacts the LA only through his solicitor.

        Learning: every screenshot exhibited gets checked for numbers and names in the header; only work phones
        for texts with carers. [[name:Chantelle]]
    """)),
    ("social_care", "success", prose("""
        Learning from good practice - submitted by [[name:Ayesha Begum]], {{ASYE}} social worker, with her
        {{practice supervisor}} [[name:Colm]]. I gave evidence for the first time on [[date:23 September 2025]] in
        [[case_reference:HF25C00075]]. What helped: [[name:Colm]] set up a mock cross-examination with
        [[name:Gary Entwistle]] from {{legal}}, so I had practised explaining my {{risk analysis}} under pressure. My
        {{Signs of Safety}} mapping for [[name:Mia]] ([[age:7]]) and [[name:Theo]] ([[age:4]]) was in the statement
        as a one-page summary, and both {{the children's guardian}} and the judge referred to the danger statement
        directly. I also visited the court beforehand with {{the usher}} so I knew where the {{witness box}} was
        and where mum would be sitting. The outcome was a {{special guardianship order}} to the children's
        grandparents, which mum supported. Learning for the team: a mock cross-examination and a court visit for
        every ASYE before their first contested hearing. It took two hours and made a huge difference.
    """)),
    # ------------------------------------------------------------------ health
    ("health", "incident", prose("""
        pt came in to dau 13:10 with {{RFM}} at 36+4, [[age:27]], booked in by reception and told to wait. we had 9 in
        the waiting room and 2 {{midwives}} as [[name:steph]] got pulled to {{labour ward}}. {{BSOTS}} triage not done
        within 15 mins, she wasnt seen til 16:05. {{CTG}} on at 16:10 - {{reduced variability}}, no accels,
        {{dawes redman}} criteria not met at 60 mins. reg (dr [[name:adewale]]) reviewed 17:15, {{cat 2 section}} at
        17:48, baby to {{NNU}} for obs, doing well now. pt [[name:Roksana Begum]] nhs [[nhs_number:340 314 6456]] hosp
        no [[case_reference:RV0482231]]. learning: reception shouldnt be deciding who waits, every RFM needs BSOTS
        within 15 min even when we are short. we flagged staffing at 12:30 to [[name:Kerry-Ann]] ({{bleep holder}})
        but nobody came. pls can RFM ladies get a coloured card at reception so we see them straight away.
        [[name:steph]] agrees, she said labour ward had 2 spare at the time
    """)),
    ("health", "near_miss", block("""
        SBAR - near miss, {{antenatal clinic}}, [[date:08/01/2025]]

        S: {{Labetalol}} 200mg TDS prescribed on {{EPMA}} for the wrong woman. Two women called [[name:Chen]] were in
        clinic the same afternoon.
        B: [[name:Xiu Chen]] (NHS [[nhs_number:441 108 7758]]), BP 152/98 with {{proteinuria}}, seen by
        Dr [[name:Okafor]] for {{pre-eclampsia}} screening. [[name:Meilin Chen]] (NHS [[nhs_number:134 056 3878]]),
        normotensive, seen for {{growth scan}} results. The prescription went on [[name:Meilin]]'s record because
        her notes were still the open tab on the clinic PC.
        A: Picked up by [[name:Farah]], {{ward pharmacist}}, when screening - the indication didn't match the BP
        record. Nothing dispensed, no harm. [[name:Xiu Chen]] got her labetalol 40 minutes late.
        R: Close the record between women; {{name alert}} on both records; ask the EPMA team about a "same surname
        in clinic today" warning; share at the {{safety huddle}}.

        Reported by [[name:Ife Oladipo]], {{midwife}}
    """)),
    ("health", "success", block("""
        DAU team chat - {{Tuesday}}
        [[name:Gosia W]] 14:22: huge shout out to [[name:Nimmi]] today 👏 lady in bay 3 came in for a {{BP}} recheck, husband doing all the talking
        [[name:Gosia W]] 14:23: [[name:Nimmi]] noticed she wouldnt look up, took her for a {{urine sample}} on her own and got a female {{Dari}} interpreter on {{Language Line}}
        [[name:Gosia W]] 14:24: she disclosed. [[name:Bernadette]] came down, {{DASH}} done, {{MARAC}} referral in and the {{IDVA}} is seeing her tomorrow
        [[name:Tunde]] 14:26: amazing work [[name:Nimmi]] 🙌
        [[name:Nimmi]] 14:31: aww thank you, just felt something was off. the poster in the toilet helped, she pointed at it
        [[name:Bernadette]] ({{safeguarding midwife}}) 14:40: Please all remember - {{routine enquiry}}, alone, every woman, every time. Best practice today x
    """)),
    ("health", "incident", block("""
        INCIDENT FORM   Ref: [[case_reference:W58213]]
        Date of incident: [[date:17/02/2025]]
        Area: {{Antenatal Clinic}}, [[organisation:Ravensmoor General Hospital]]
        Patient: [[name:Hollie-Mae Brewster]], DOB [[date_of_birth:30/03/2001]], NHS [[nhs_number:913 028 3558]]
        Category: Medication - omission

        Description: [[name:Hollie-Mae]] is {{RhD negative}}. Routine {{anti-D}} prophylaxis due at 28 weeks was not
        given. The {{blood group}} was on {{BadgerNet}} but the {{antenatal checklist}} in the hand-held notes had
        not been completed at booking, and the 28-week appointment was with a {{bank midwife}} who used the
        checklist. Found at the 34-week appointment by student midwife [[name:Aoife]].

        Immediate actions: {{obstetric registrar}} informed, {{Kleihauer}} sent, anti-D given at 34+1 after
        advice from {{haematology}}. [[name:Hollie-Mae]] told and apology given (duty of candour).

        Harm: none known; antibody status to be checked at delivery.
        Reporter: [[name:Bev Marsden]], Band 6 Midwife, ext 4471
    """)),
    ("health", "success", block("""
        Pre-birth planning meeting - minutes
        Date: [[date:11/03/2025]]   Location: clinic meeting room / Teams
        Attendees:
        [[name:Folasade Bankole]] - {{Safeguarding Midwife}} (chair)
        [[name:Ciaran Doyle]] - {{Social Worker}}, [[organisation:Harrowfield Children's Services]]
        [[name:Amanda 'Mandy' Hirst]] - {{Health Visitor}}
        Dr [[name:Raj Pillai]] - {{Consultant Obstetrician}}
        [[name:Leah]] - {{perinatal mental health}} midwife

        Woman: [[name:Keeley Dunn]], EDD [[date:02/05/2025]], [[address:9 Orchard Rise, Ravensmoor]] [[postcode:RV2 8HJ]]
        NI no. for {{Sure Start Maternity Grant}}: [[ni_number:SH 90 41 55 C]] (form completed by [[name:Mandy]])

        Plan: {{birth plan}} shared with {{labour ward}}; baby to stay with [[name:Keeley]] under a
        {{child protection plan}}; continue {{sertraline}}; alert on {{BadgerNet}}.

        Good practice: [[name:Keeley]] attended, had read the plan beforehand, and her wishes (skin-to-skin,
        partner present) are written in. [[name:Ciaran]] and [[name:Folasade]] met her together before the meeting
        so there were no surprises.
    """)),
    ("health", "incident", block("""
        Timeline - DAU telephone line, night of [[date:22/04/2025]]

        19:55  DAU closes; the phone line should divert to {{Maternity Triage}} on [[organisation:Wren Ward]].
        20:00  Divert set by [[name:Priya]] ({{MSW}}) on the new handset - went to ext 4417, the old triage office, now a storeroom.
        23:40  [[name:Shanice Grant]], 31+2, rings with {{PV bleeding}}. Rings out three times.
        23:58  Partner [[name:Marlon]] calls {{999}}.
        00:31  Arrives in {{ED}}, transferred to [[organisation:Wren Ward]]; {{placental abruption}} suspected, {{steroids}} given.
        02:10  Triage midwife [[name:Joanne 'Jo' Pike]] notices no calls since 20:00, tests the line - storeroom.
        07:30  Divert corrected by {{switchboard}}.

        Outcome: baby born by {{category 1 caesarean}} at 31+3, on {{NICU}}, stable.

        Learning: divert tested from a mobile at every handover; laminated instructions on the handset; the
        number in the {{hand-held notes}} changed to the triage direct line [[phone:01632 960418]].
    """)),
    ("health", "near_miss", block("""
        From: [[name:Ruth Abernethy]] <[[email:ruth.abernethy@ravensmoor.nhs.uk]]>
        To: [[email:maternity.governance@ravensmoor.nhs.uk]]
        Date: [[date:5 June 2025]]
        Subject: Near miss - GTT result filed without action

        Hi,
        Logging this as a near miss. [[name:Sadia Rahman]] (hosp no. [[case_reference:RV0517764]]) had a {{GTT}} at
        26 weeks because of previous {{gestational diabetes}}. Fasting 6.1, 2hr 8.9 - diagnostic. The result was
        marked "seen" on {{ICE}} by a locum SHO on [[date:14 May]] and filed, with no referral to the
        {{diabetes antenatal clinic}}.

        I picked it up at her 30-week appointment when she said she hadn't heard anything. She was seen in
        {{joint clinic}} on [[date:3 June]] and started {{metformin}}. Growth scan normal so far.

        Suggest: diagnostic results need a named action, not just a sign-off, and locum induction covers the
        {{GDM pathway}}.

        [[name:Ruth]]
        {{Community Midwife}}, [[organisation:Ravensmoor North Community Team]]
        Mob [[phone:07700 900736]]
    """)),
    ("health", "success", prose("""
        Good catch worth sharing. At a 32-week {{growth scan}} on [[date:14/07/2025]], {{sonographer}}
        [[name:Tendai Mupfumira]] found the estimated fetal weight had dropped from the 48th to the 8th centile on
        the {{GROW chart}}, with a raised {{umbilical artery Doppler}}. The woman, [[name:Bethan Lloyd-Pryce]]
        ([[age:38]]), was low risk and was only scanned because her community midwife [[name:Carys]] had plotted the
        {{symphysis-fundal height}} carefully and queried it. [[name:Tendai]] didn't send her home to wait for a
        letter; she walked her round to {{DAU}} and handed over in person to Dr [[name:Sipho Ndlovu]], who arranged
        a {{CTG}}, {{steroids}} and twice-weekly Dopplers. [[name:Bethan]]'s baby [[name:Elis]] was born after
        {{induction of labour}} at 37+2 weighing 2.21kg, with no {{NICU}} admission. The learning: careful SFH
        plotting and a warm, in-person handover from scan to DAU worked exactly as {{Saving Babies' Lives}}
        intends. Thanks also to the DAU team that day: [[name:Gosia]], [[name:Tunde]] and [[name:Precious]].
    """)),
    ("health", "incident", block("""
        DAU HANDOVER - late to night - [[date:Thu 31/07/25]]
        Bay | Name | Gest | Reason | Plan
        1 | [[name:Agnieszka Wróbel]] | 34+0 | {{headache}}, BP 146/94 | {{PET bloods}} + {{PlGF}} sent 17:20, home, BP check tomorrow
        2 | [[name:Tasha Greene]] | 38+5 | ?{{SROM}} | {{speculum}} negative, home
        3 | [[name:Ngozi Eze]] | 29+1 | abdo pain | {{UTI}}, {{nitrofurantoin}}, home
        Handed over by: [[name:Lucy]]   Received by: [[name:Mags]]

        Incident: [[name:Agnieszka]] went home before the PlGF came back (19:58, 38 pg/ml - low). Nobody was
        allocated to chase it because the plan just said "home". [[name:Mags]] saw it on {{ICE}} at 23:00 but the
        only number on record was an old Polish mobile, [[phone:+48 601 555 203]], which didn't connect.
        [[name:Agnieszka]] was phoned at 08:15, came back in and was admitted; delivered after {{induction}} at 34+3
        for {{pre-eclampsia}}.

        Learning: pending results get a named chaser before discharge; confirm the phone number at every visit.
        Ref [[case_reference:INC-2025-04417]]
    """)),
    ("health", "success", block("""
        Transcribed from a card left at {{DAU}} {{reception}}

        To [[name:Hannah]], Sister [[name:Olu]] and [[name:Val]] on reception,
        Thank you for looking after us during my pregnancy with [[name:Rafferty]]. After losing our first baby I
        came in with every little worry about {{movements}} and you never once made me feel silly. [[name:Hannah]],
        you always put the {{CTG}} on straight away and explained every line. [[name:Olu]], thank you for
        sorting the {{itching}} bloods so quickly. [[name:Rafferty]] arrived safely on [[date:2nd August]]
        weighing 7lb 4oz.
        Love [[name:Jess]], [[name:Dan]] & [[name:Rafferty]] xxx

        Note from {{Matron}}: sharing with the team and the {{Rainbow Clinic}}. Continuity and a low threshold
        for seeing women after a previous {{stillbirth}} really matter, and this family felt it.
        [[name:Denise Harrow]], Matron, Antenatal & DAU
    """)),
    ("health", "incident", block("""
        Teams - Antenatal Clinic coordinators - [[date:09/09/2025]]
        [[name:Marek]] 10:12 - {{BadgerNet}} still down, using paper and {{addressograph}} labels from the folders
        [[name:Yvonne]] 10:40 - lab rejected a {{group and save}} from room 6. label says [[name:Sophie Tait]], form says [[name:Sophie Tate]]
        [[name:Marek]] 10:41 - oh no. both had 11am appts and the labels were in the wrong sleeve
        [[name:Yvonne]] 10:45 - [[name:Sophie Tate]] has already gone home. both need re-bleeding
        [[name:Asif Hussain]] (Reg) 10:52 - I'll ring both. [[name:Tait]] NHS [[nhs_number:944 193 0873]], [[name:Tate]] NHS [[nhs_number:166 997 3581]], correct?
        [[name:Marek]] 10:53 - yes checked against the {{PAS}} printout

        Reviewer note: a {{WBIT}} (wrong blood in tube), caught only because the handwritten form didn't match.
        Learning: during {{downtime}} label one woman at a time in the room, never from a pre-filled sleeve;
        the {{downtime procedure}} is being rewritten by [[name:Marek]] and [[name:Yvonne]].
    """)),
    ("health", "near_miss", block("""
        Debrief - {{PROMPT}} skills drill, Antenatal Clinic, [[date:Wed 15 Oct 2025]]
        Facilitator: [[name:Kemi Adeyinka]] ({{Practice Development Midwife}})
        Participants: [[name:Lorna]], [[name:Ash]], [[name:Hye-jin Park]], [[name:Conor]] (F1), [[name:Rhiannon]] ({{MSW}})

        Scenario: woman collapses in Room 4 with an {{eclamptic seizure}}.
        - {{emergency buzzer}} in Room 4 pulled at 14:03: nothing sounded at the desk or in the corridor.
          [[name:Ash]] shouted for help instead.
        - Estates found the panel wiring was cut during the refurbishment in {{June}}. Room 4 has been used for
          real clinics every day since.
        - {{eclampsia box}} found within 90 seconds; {{magnesium sulfate}} loading dose drawn up correctly.

        Near miss: a real emergency in Room 4 would have had no alarm for four months.
        Actions: estates job [[case_reference:EST-88214]] fixed same day; buzzers tested weekly and logged;
        drills to use rooms that are in live use.
    """)),
    ("health", "incident", block("""
        From: [[name:Catriona MacLeod]]
        To: [[name:Folasade Bankole]]; {{PALS}}
        Subject: Incident - appointment letter sent to previous address

        [[name:Folasade]],
        As discussed. [[name:Marisol Vega]] (NHS [[nhs_number:964 208 1105]]) left
        [[address:31 Kestrel Road, Ravensmoor]] [[postcode:RV5 1TP]] in {{January}} because of {{domestic abuse}} by
        her ex-partner, who still lives there. Her new address was updated on {{BadgerNet}} but not on {{PAS}},
        which the appointments team use. Her 36-week clinic letter went to [[address:Kestrel Road]] on
        [[date:03/10/2025]]. He turned up at clinic on [[date:10/10/2025]]; security noted his car, a black Golf
        [[vehicle_registration:YK66 TZD]]. [[name:Marisol]] was seen in a side room and walked to a taxi.

        Done: {{police}} informed, {{IDVA}} updated, {{MARAC}} re-referral, PAS corrected, {{confidential address}} flag.
        Learning: address changes go on both systems; safeguarding midwives check PAS whenever a woman says she
        has moved for safety.

        [[name:Catriona]]
        [[name:Catriona MacLeod]] | {{Safeguarding Midwife}} | [[phone:01632 960771]]
    """)),
    ("health", "success", block("""
        Hot debrief - {{eclampsia}} in DAU bay 2, [[date:04/11/2025]] 11:20
        Present: [[name:Sipho Ndlovu]] (Reg), [[name:Gosia Wiśniewska]] (DAU coord), [[name:Tunde Bakare]],
        [[name:Ellie]] (student), Dr [[name:Fionnuala Rice]] ({{anaesthetist}})

        What happened: [[name:Yasmin Farouk]], [[age:24]], 37+1, came in with {{headache}} and
        {{visual disturbance}} and had a seizure six minutes after arrival.

        Went well
        - Emergency bell answered in under a minute; [[name:Sipho]] allocated roles out loud using the {{PROMPT}} cards.
        - {{magnesium sulfate}} bolus in within 12 minutes; {{labetalol}} for BP 178/112.
        - [[name:Ellie]] scribed on the {{eclampsia proforma}} with times, which made this debrief easy.
        - Partner [[name:Karim]] taken to the quiet room by [[name:Tunde]] and kept updated.

        Even better if: the {{MEOWS}} chart had been started at triage - BP was taken but not plotted.
        Outcome: [[name:Yasmin]] and baby well after {{category 2 caesarean}}.
    """)),
    ("health", "near_miss", prose("""
        nearly missed one - {{bile acids}} for [[name:jodie]] (nhs [[nhs_number:7125889867]]) came back at 84 but the
        request had gone out under the {{GP}} not us, so the result went to [[organisation:Ashby Road Surgery]]. their
        {{practice nurse}} [[name:Mandeep]] rang DAU sat morning which was lucky as the GP wouldnt have looked til
        mon. [[name:jodie]] came straight in, {{obstetric cholestasis}} confirmed, started
        {{ursodeoxycholic acid}} and plan for {{IOL}} at 36-37 wks. she was 35+2 so if wed waited til monday it
        could have been a different story. the request was done on the community {{order comms}} which defaults
        to the GPs name. ive asked [[name:denise]] to raise with {{IT}} - needs the requesting clinician as DAU when
        its our patient. big thanks to [[name:mandeep]] for ringing!!
    """)),
    ("health", "incident", block("""
        Incident report
        ID: [[case_reference:INC-2025-05190]]
        Reported by: [[name:Hye-jin Park]] (Midwife)
        Date: [[date:18/11/2025]]
        Location: {{Antenatal Clinic}}, room 2
        Person affected: [[name:Thi Huong Nguyen]], 40+6, {{Vietnamese}} speaker, hosp no [[case_reference:RV0533190]]

        What happened: the consultant was discussing {{induction of labour}} through a {{Language Line}} phone
        interpreter. The call dropped twice (no signal in room 2), and the discussion was finished in English
        with her [[age:12]]-year-old son interpreting. A date for induction was booked. On admission the next
        day, with a video interpreter, [[name:Huong]] said she had not understood she could wait or decline, and
        did not know what {{Propess}} was.

        Immediate action: full discussion repeated with an interpreter; she chose to wait until 41+3;
        {{membrane sweep}} offered and accepted.

        Learning: children must never interpret; room 2 has no signal so use the {{video interpreting}} iPad or
        move rooms; reschedule rather than carry on.
    """)),
    ("health", "success", prose("""
        Shout-out from the {{bleep holder}} for [[date:Sunday 30 November]]. DAU had 23 attendances with four
        staff, and coordinator [[name:Lorna McAllister]] kept everyone safe. She opened the {{escalation}} side
        room, rang in {{bank}} midwife [[name:Shireen Abbasi]], and put a {{BSOTS}} board up so every woman was
        triaged within 15 minutes even at the peak. Two women went up to {{labour ward}} in good time and nobody
        waited more than an hour for a {{CTG}}. [[name:Lorna]] also phoned the {{on-call consultant}} early
        rather than late, which got Dr [[name:Tom Beresford]] in to clear the {{reviews}}. Thank you to
        [[name:Lorna]], [[name:Shireen]], [[name:Gracie]] ({{MSW}}), [[name:Obi]], Dr [[name:Tom Beresford]] and
        [[name:Val]] on reception, who kept the waiting room calm with tea and updates. Learning we want to keep:
        escalate at 3pm not 6pm, and the BSOTS board works when it is visible to everyone.
    """)),
    # ------------------------------------------------------------------ aviation
    ("aviation", "incident", block("""
        TECH LOG - [[aircraft_registration:G-BXKT]] PA-28-161   Page [[case_reference:TL 0462]]
        Date: [[date:12/01/2025]]   Sector: local night circuits   PIC: [[name:A. Sokolowski]] (FI)
        Defect: {{landing light}} inop on 3rd circuit approx 19:40L. {{taxi light}} dim.
        Action: circuits discontinued, full-stop landing using {{runway edge lights}} and {{PAPI}}. Aircraft
        placarded, {{ADD}} not raised - grounded for night.

        Reporter's note: the same defect was written up on [[date:09/01/2025]] as "landing light intermittent"
        and cleared by [[name:Gurpreet 'Gus' Sandhu]] as "ground run ok, no fault found" in daylight. The aircraft
        then flew a night detail with student [[name:Ollie]] and failed again. Our {{Ops Manual}} requires a
        serviceable landing light for night circuits with students.

        Learning: a "no fault found" on any night item needs a check in the dark before release; the
        {{engineering}} sign-off now asks "tested at night Y/N". [[name:Gus]] agrees and found a corroded
        connector the next day.
    """)),
    ("aviation", "near_miss", block("""
        RT recording extract - [[organisation:Wyvern Approach]], [[date:27/01/2025]] (UTC)

        18:42:10 [[aircraft_registration:G-BXKP]]: [[organisation:Wyvern Approach]], [[aircraft_registration:Golf Bravo X-ray Kilo Papa]], PA28, night solo navex, 2000 feet, request {{Basic Service}}
        18:42:25 {{APP}}: [[aircraft_registration:Golf Kilo Papa]], Basic Service, {{QNH}} 1002
        18:42:35 [[aircraft_registration:G-BXKP]]: Basic Service, QNH 1012, [[aircraft_registration:Kilo Papa]]
        18:42:40 APP: [[aircraft_registration:Kilo Papa]], negative, QNH one zero zero two, I say again one zero zero two
        18:42:50 [[aircraft_registration:G-BXKP]]: one zero zero two, [[aircraft_registration:Kilo Papa]], sorry

        Student [[name:Haruto Ishikawa]] ([[age:19]]), first {{night solo}} nav. With 1012 set he would have been
        about 300 ft lower than indicated, at night, over rising ground near the {{radio mast}}. Instructor
        [[name:Claire Dunmore]] was listening on the {{scanner}} in ops.
        Learning: for night solos the QNH goes on the {{kneeboard}} before departure; {{readback}} of pressure
        settings drilled in RT training.
    """)),
    ("aviation", "success", prose("""
        Shout out to [[name:Deepak]] ({{FI}}) for last night. He was on radio watch in ops when
        [[name:Kirsty O'Neill]], on her {{night solo}} consolidation in [[aircraft_registration:G-CLRW]], called
        that she had lost sight of the airfield after a shower came through faster than the {{TAF}} said.
        [[name:Deepak]] stayed calm, gave her a heading off the {{SkyDemon}} track, reminded her to trust the
        {{attitude indicator}} and to bring the {{runway lights}} up, and rang [[organisation:Wyvern Approach]] so
        they knew she was about. [[name:Kirsty]] joined downwind eight minutes later and landed fine. Learning: we
        practised exactly this in the {{TEM}} briefing on {{Tuesday}} and the "lost at night" card in the
        kneeboard pack works. Thanks also to [[name:Mel]] on the {{fuel bowser}}, who kept the {{apron}} lit with
        the headlights. - [[name:Alastair]] ({{CFI}})
    """)),
    ("aviation", "incident", prose("""
        night circs [[date:4 feb]], me + stu [[name:rory]] in [[aircraft_registration:G-BXKT]]. rwy lights went out
        at about 300ft on {{final}}, 3rd circuit. {{pilot controlled lighting}} is on a 15 min timer and nobody had
        re-clicked. [[name:rory]] froze a bit, i took control and went around, {{PAPI}} and {{edge lights}} came back
        after 5 clicks on the {{A/G}} freq. landed off the next one. no damage no drama but at 300ft with a
        student solo it could have been nasty. the pcl timer isnt in the night brief at all. suggest re-click on
        every {{downwind}} call as part of the {{checklist}}, and a kitchen timer on the {{ops desk}}. also the
        lights took about 4 secs to come up which i didnt expect. [[name:nev]] (FI)
    """)),
    ("aviation", "success", block("""
        {{FRTOL}} practical - results & thanks
        Date: [[date:Sat 22 Feb 2025]]   Examiner: [[name:Bill Tennant]] ({{RTF examiner}})

        Candidates
        - [[name:Sasha Volkov]] - pass
        - [[name:Amrit Kaur Gill]] - pass
        - [[name:Billie-Jo Marr]] - pass
        - [[name:T. Oyelowo]] - pass (resit)
        - [[name:Finn McAteer]] - partial, {{PAN PAN}} call missed position, rebook in {{March}}

        What worked: four evening mock sessions in the {{RT simulator}} run by [[name:Ifeoma]], using recorded
        [[organisation:Wyvern Approach]] traffic so candidates heard real pace and accents. Everyone who wrote the
        {{MAYDAY}} format on a card and said it aloud daily passed the emergency section.
        [[name:Bill]]'s tip: slow down on the readback, examiners mark accuracy not speed.
        Well done all - [[name:Ifeoma]]
    """)),
    ("aviation", "near_miss", block("""
        Night flying debrief - [[date:06/03/2025]]
        {{Duty instructor}}: [[name:Maggie Ferreira]]   Ops: [[name:J.T.]]
        Aircraft: [[aircraft_registration:G-OFSF]] ([[name:Callum]] + [[name:Maggie]]),
        [[aircraft_registration:G-CLRW]] ([[name:Zhang Wei]] solo)

        Near miss: at 20:15 [[name:Zhang Wei]], taxiing [[aircraft_registration:G-CLRW]] to the {{hold}} for runway
        27, saw the {{fuel bowser}} ([[vehicle_registration:PN09 FKB]]) parked across {{taxiway}} B with no
        {{beacon}} or lights on. He stopped about 20 m short. The driver had refuelled
        [[aircraft_registration:G-OFSF]] and walked to the {{hangar}} leaving it there.

        Actions: the bowser is never left on a taxiway; beacon on whenever airside after sunset;
        {{airside driving}} refresher for all volunteers, led by [[name:J.T.]]

        Praise for [[name:Zhang Wei]]'s lookout and for stopping rather than squeezing past.
    """)),
    ("aviation", "incident", block("""
        OCCURRENCE REPORT (internal) - copy of {{MOR}} submitted via {{ECCAIRS}}
        Our ref: [[case_reference:FFA-OR-25-014]]   CAA occurrence no: [[case_reference:2025/04871]]
        Date/time: [[date:19/03/2025]] 19:52 UTC
        Aircraft: [[aircraft_registration:G-JMRA]] DA40, dual night navigation
        Crew: instructor [[name:Priyanka Shah]]; student [[name:Oluwaseun 'Seun' Adeleke]]

        Event: {{airspace infringement}} of the [[organisation:Wyvern]] {{CTR}} by about 1.2 nm. [[name:Seun]] was following the
        {{moving map}} and had loaded the previous sortie's route by mistake. ATC gave {{Traffic Information}},
        turned [[flight_number:EZY2217]] on final approach, and held [[flight_number:LS1453]] on the ground for
        four minutes.

        Contributing: both crew heads-in at night; instructor completing the {{PLOG}} fuel log at the time. The
        {{frequency monitoring code}} was set, which let [[organisation:Wyvern]] identify us quickly.

        Actions: route on the moving map checked against the paper PLOG before every night nav; both crew
        debriefed by the {{Head of Training}}; {{CAA}} infringement follow-up accepted.
    """)),
    ("aviation", "success", block("""
        Safety Committee - minutes, [[date:10 April 2025]]
        Present: [[name:Alastair Reid]] ({{CFI}}, chair), [[name:Priyanka Shah]] ({{Safety Manager}}),
        [[name:Gus Sandhu]] (engineering), [[name:Naomi Achterberg]] (ops), [[name:Hamza Qureshi]] (FI),
        [[name:Lewis Fairbairn]] (FI)
        Apologies: [[name:Claire Dunmore]]

        1. Minutes of last meeting agreed.
        2. Night currency tracker - success. Since {{January}} the {{ops desk}} has used a shared sheet showing
           each instructor's last three night take-offs and landings for {{90-day currency}}. No non-current
           bookings this winter against three last winter. Thanks to [[name:Hamza]] who built it.
        3. {{CHIRP}} feedback on {{pilot controlled lighting}} shared with all night instructors.
        4. RT training: new night scenarios in the {{RT simulator}}, including {{radio failure}} and light signals.
        5. AOB: [[name:Lewis]] to review torches and spare batteries in aircraft bags.
    """)),
    ("aviation", "incident", block("""
        WhatsApp "[[organisation:FFA]] night ops" - [[date:15/04/2025]]
        19:02 [[name:Jas]]: gate code not working?? im at the airside gate
        19:03 [[name:Jas]]: nvm got through
        19:20 [[name:Lewis Fairbairn]]: whose silver Corsa is parked by the {{fuel farm}}?? [[vehicle_registration:WR17 UXN]]
        19:21 [[name:Jas]]: me sorry, car park gate was locked so i followed the {{bowser}} in
        19:22 [[name:Lewis Fairbairn]]: you drove across the {{taxiway}} with no lights while [[aircraft_registration:G-BXKP]] was taxiing. move it now please and come to ops
        19:40 [[name:Naomi Achterberg]]: {{internal report}} filed. The gate code changed today and the email went to instructors only

        Learning summary ([[name:Naomi]], {{Safety Manager}}): code changes go to students as well; no
        {{tailgating}} through the airside gate; only holders of an {{airside driving permit}} drive past the
        fence. [[name:Jas]] was honest straight away, which is what we want.
    """)),
    ("aviation", "near_miss", block("""
        From: Ops Desk <[[email:ops@fellsideflight.co.uk]]>
        To: [[name:Alastair Reid]]
        Date: [[date:02/05/2025]]
        Subject: Near miss - medical expired, night solo booked

        [[name:Alastair]],
        [[name:Arjun Menon]] (DOB [[date_of_birth:14/02/2003]]) was booked for his first {{night solo}} tonight in
        [[aircraft_registration:G-CLRW]]. Checking the {{student file}} before authorising, I saw his
        {{Class 2 medical}} expired on [[date:30/04/2025]]. The booking system only checks medicals when the
        booking is made, which was in {{March}}.

        He hadn't realised; his {{AME}} appointment at home had been cancelled. I stood him down and rang him on
        his Indian mobile, [[phone:+91 98450 55512]], as his UK SIM isn't working. He now has an appointment with
        [[organisation:Pennine Aviation Medicals]] on {{Tuesday}}.

        Nothing flew, but if [[name:Deepak]] hadn't asked me to double-check, the {{authorisation sheet}} would
        have been signed as normal. Suggest the system re-checks medical and {{SEP}} validity on the day.

        [[name:Steph]]
        [[name:Steph Kowalski]] | Ops Assistant | [[organisation:Fellside Flight Academy]] | [[phone:01632 960205]]
    """)),
    ("aviation", "success", prose("""
        Debrief note - real {{radio failure}} at night, [[date:20/05/2025]]. [[name:Wiktoria Zielińska]], a PPL
        holder doing her {{night rating}} with FI [[name:Sam Adjei]] in [[aircraft_registration:G-OFSF]], lost both
        radios at 21:10 on downwind. [[name:Sam]] had her squawk {{7600}} and fly a standard overhead join while he
        watched the tower. [[organisation:Brackenhurst Tower]] saw the 7600, held other traffic and gave a steady
        green from the {{signal lamp}}. [[name:Wiktoria]] landed first time. Engineering found an intermittent
        {{avionics master switch}}. Learning: we covered {{light signals}} in RT ground school two weeks before
        and [[name:Wiktoria]] recognised the steady green immediately; [[name:Sam]] credits the {{RT simulator}}
        night scenario. Tower controller [[name:Fraser Mackintosh]] and assistant [[name:Dot]] deserve thanks for
        spotting the squawk within seconds.
    """)),
    ("aviation", "incident", block("""
        Chronology - fuel cap not secured, [[aircraft_registration:G-BXKP]], [[date:14/11/2025]]

        17:05  Student [[name:Rhys Llewellyn-Jones]] starts the {{walkround}} on the {{apron}} in the dark. Club
               torch batteries flat; uses his phone torch.
        17:12  Fuel checked visually; left tank cap refitted but not locked.
        17:30  Departs for night circuits with FI [[name:Oyin]].
        17:48  On a {{touch-and-go}}, [[organisation:Brackenhurst Tower]] reports "mist" from the left wing in the
               {{runway lights}}.
        17:50  Full-stop landing. Left tank about 9 USG down on the right.

        Findings: cap unlatched, fuel {{siphoning}} from the filler. No fire, no injury.
        Learning: a torch with spare batteries in every aircraft bag; instructors check caps themselves on night
        walkrounds; "hands on every cap" added to the night {{checklist}}. [[name:Rhys]] reported it openly and
        is helping rewrite the checklist with [[name:Oyin]].
    """)),
    ("aviation", "near_miss", block("""
        Transcript - [[organisation:Brackenhurst Tower]], [[date:02/10/2025]] (UTC)

        19:31:05 {{TWR}}: [[aircraft_registration:Golf Kilo Papa]], line up and wait runway 27
        19:31:10 [[aircraft_registration:G-BXKT]]: line up and wait runway 27, [[aircraft_registration:Golf Kilo Tango]]
        19:31:20 TWR: [[aircraft_registration:Kilo Tango]] STOP, hold position, that instruction was for [[aircraft_registration:Kilo Papa]]
        19:31:25 [[aircraft_registration:G-BXKT]]: holding, [[aircraft_registration:Kilo Tango]]
        19:31:40 TWR: [[aircraft_registration:Golf Kilo Papa]], line up and wait runway 27
        19:31:45 [[aircraft_registration:G-BXKP]]: line up and wait 27, [[aircraft_registration:Golf Kilo Papa]]

        Both school {{PA28s}} were at the {{holding point}}, [[aircraft_registration:G-JMRA]] on a 3 mile final.
        Student [[name:Ellis Beaumont]] in [[aircraft_registration:KT]] heard "{{line up}}" and expected it to be him.
        He had crossed the {{stop bar}} position by about a metre before stopping.

        Learning: our fleet has two near-identical {{callsigns}}; {{ATC}} now say "caution similar callsign", and
        students are taught to listen for the whole callsign, not the instruction. [[name:Ellis]] has done extra
        {{RT}} sessions with [[name:Ifeoma]].
    """)),
    ("aviation", "success", block("""
        To: [[email:watch.manager@wyvernairport.co.uk]]
        From: [[name:Alastair Reid]]
        Subject: Thank you - [[aircraft_registration:G-JMRA]], evening of [[date:16 October]]

        Dear [[name:Karen]],

        Please pass on our thanks to the controller on {{Approach}} on {{Thursday}} evening, I believe
        [[name:Dom]]. Our student [[name:Imran Siddiqui]], on his qualifying {{night cross-country}}, became
        {{uncertain of position}} after a {{GPS}} failure. [[name:Dom]] gave him a {{Traffic Service}}, identified
        him and vectored him back to the [[organisation:Brackenhurst]] overhead, while also sequencing [[flight_number:EZY6435]]
        and [[flight_number:LS 842]] into [[organisation:Wyvern]]. [[name:Imran]] said the calm voice made all the difference.

        With your permission we would like to use the recording in our {{RT training}}.

        Kind regards
        [[name:Alastair]]
        [[name:Alastair Reid]] | {{Head of Training}} | [[organisation:Fellside Flight Academy]]
        [[address:Hangar 3, Brackenhurst Airfield, Moor Lane, Brackenhurst]] [[postcode:BK4 6RQ]]
    """)),
    ("aviation", "incident", block("""
        OPS DESK LOG - [[date:Mon 10/11/2025]]
        Time | Aircraft | Crew | Detail | Out | In
        16:45 | [[aircraft_registration:G-OFSF]] | [[name:Sam A]] / [[name:Beatriz Costa]] | {{night circuits}} | 16:52 | 18:05
        17:00 | [[aircraft_registration:G-CLRW]] | [[name:Hamza]] / [[name:Liam O'Sullivan]] | night circuits | 17:10 | 18:20
        18:30 | [[aircraft_registration:G-BXKT]] | [[name:Kirsty]] solo | {{night consol}} | 18:41 | 19:30
        Handover to [[name:Naomi]]: all in, all refuelled, [[aircraft_registration:KT]] {{landing light}} ok.

        Incident (added [[date:12/11/2025]]): {{audit}} found [[name:Hamza]] had not done three night take-offs and
        landings in the previous 90 days when he flew with [[name:Liam]]. The tracker showed green because it
        counted a {{simulator}} session as a landing.

        Learning: tracker formula fixed so only aircraft landings count; the {{ops desk}} checks
        {{night currency}} before authorising, not just the roster; [[name:Hamza]] flew a currency detail with the
        {{CFI}} the next evening.
    """)),
    ("aviation", "success", prose("""
        I sent [[name:Beatriz Costa]] on her first {{night solo}} on [[date:28 November 2025]] in
        [[aircraft_registration:G-CLRW]]. Before the flight we agreed {{personal minimums}} together: no more than
        10 kt {{crosswind}} component and a full stop if it crept up. After her first circuit the {{ATIS}} went to
        12 kt across, and [[name:Beatriz]] called "full stop" herself without any prompting from me on the
        {{radio}}. She taxied in grinning and slightly annoyed, which is exactly right. The success here is the
        decision, not the landing: the {{TEM}} section of our {{night rating}} ground school asks every student to
        write their own limits and say them aloud in the briefing, and it worked. Thanks to
        [[name:Fraser]] in the tower for passing the wind change promptly, and to [[name:Naomi]] for holding the
        aircraft for a second try next week. [[name:Sam Adjei]], {{FI}}
    """)),
]

if __name__ == "__main__":
    write_records(OUT, build_records("blind188", REPORTS))
