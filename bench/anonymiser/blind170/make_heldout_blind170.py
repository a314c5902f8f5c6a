"""Held-out blind corpus 170: just-culture incident, near-miss and learning reports.

Settings: a youth offending team's court and bail support (youth court duty, custody,
remand, bail ISS and tagging); a paediatric intensive care unit and its retrieval team
(referrals, transfers, drugs, equipment, handovers); an airline's pilot training on
simulators and line training (sim checks, base and line training, safety pilots, ATC).
Written blind, the way UK staff type: rushed lower-case notes, e-mails with headers and
signatures, chat exports, chronologies, forms, handover tables, minutes, debriefs,
shout-outs, tech log entries and radio transcripts.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from markup import block, build_records, write_records  # noqa: E402
from markup import flow as prose  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "corpus" / "heldout_blind170.jsonl"

REPORTS = [
    # ---------------------------------------------------------------- social care
    ("social_care", "incident", prose("""
        quick note for the learning log as asked by {{the team manager}}. fri pm at
        [[organisation:Harrowby Youth Court]], [[name:tyrese]] ([[case_reference:YJS-23-0571]]) got
        bail w/ {{ISS}} and a {{curfew}} 7pm-7am, {{tag}} to be fitted same night. i was in court 2
        with another lad so {{the court officer}} [[name:kaz]] said hed do the handover but he got
        pulled down to the cells for a {{remand}}. [[name:tyrese]] left the building w/ his cousin
        before anyone went thru the bail conditions with him. {{the monitoring company}} turned up at
        21:10 nobody home, {{mum}} said he was at a mates. no breach in the end, {{police}} found him
        at [[address:Beckside Court flats]] at 23:40 and he was home by 00:15 but it was close.
        learning - nobody leaves court w/out the bail support worker seeing them even if
        {{the legal adviser}} has to wait 10 mins. also we need a second phone on court duty, mine
        died at 3. - [[name:ola]]
    """)),
    ("social_care", "near_miss", block("""
        From: [[name:Deepa Raval]] <[[email:deepa.raval@calderbrook.gov.uk]]>
        To: YJS Court & Bail Team
        Sent: [[date:06 February 2024]] 09:12
        Subject: near miss - bail address for [[name:JC]]

        Morning all,

        Logging this as a near miss. At the {{bail support}} interview in the cells yesterday
        [[name:JC]] ([[case_reference:CYJS/2024/0133]], DOB [[date_of_birth:14/09/2008]]) gave his
        {{nan}}'s address, [[address:27 Holroyd Street, Siddal]], [[postcode:HX3 6QJ]], as the
        proposed bail address. I only clocked when I cross-checked {{ChildView}} that the complainant
        in the {{robbery}} lives on the same street. {{The CPS}} hadn't flagged it and neither had
        {{the duty solicitor}}. I spoke to {{the legal adviser}} before we went in, we proposed his
        aunt's address with an {{exclusion zone}} instead and the bench agreed.

        Suggest we add "check bail address against complainant addresses" to the court duty checklist.

        [[name:Deepa]]
        [[name:Deepa Raval]] | {{Bail Support Officer}} | [[organisation:Calderbrook Youth Justice Service]]
        [[phone:01422 392718]] | mob [[phone:07700 900418]]
    """)),
    ("social_care", "success", block("""
        [[date:03/03/2024]], 23:48 - [[name:Marcus Okoye-Bennett]]: Shout out to [[name:Bogdan]] who did {{appropriate adult}} at [[organisation:Kirkgate custody suite]] tonight for a [[age:14yo]] who'd never been arrested before
        [[date:03/03/2024]], 23:49 - [[name:Marcus Okoye-Bennett]]: {{custody sergeant}} was going to keep him in for court Monday. [[name:Bogs]] rang {{EDT}}, found an emergency bed with his uncle, got {{the police}} to agree {{police bail}} instead of a {{PACE}} transfer that wasnt going to happen
        [[date:03/03/2024]], 23:51 - [[name:Bogdan]]: ha cheers boss. to be fair the sergeant was sound once we had an address
        [[date:03/03/2024]], 23:52 - [[name:Sinéad]]: legend. kid home by midnight instead of 2 nights in a cell 👏
        [[date:03/03/2024]], 23:55 - [[name:Marcus Okoye-Bennett]]: writing it up for the learning log Monday, this is exactly what {{bail support}} is for
    """)),
    ("social_care", "incident", block("""
        Chronology - remand to [[organisation:Larchfield Secure Children's Home]], [[date:Thu 18 April]]
        YP: [[name:Kacper Nowak]], [[age:15]], [[case_reference:YJ/24/00291]]

        12:05 {{Remanded to youth detention accommodation}} at [[organisation:Harrowby Youth Court]]. {{YCS placements}} confirm bed.
        12:40 [[name:Precious Adeyemi]] ({{YJS court officer}}) completes the {{placement alert form}}, notes {{ADHD}}, on {{methylphenidate}} 18mg mornings, meds with {{mum}}.
        13:30 {{Escort}} booked for 15:00.
        16:55 Escort van [[vehicle_registration:PK19 WDV]] arrives, nearly 2 hrs late.
        17:10 [[name:Kacper]] escalates in the cells when told, kicks door. Restrained by {{custody staff}}.
        17:40 Leaves court. Meds never collected - mum had been told to bring them "to court" but no one told her the time.
        20:20 Arrives [[organisation:Larchfield]]. No meds, no night-time plan; settles poorly.
        Next day 10:00 Meds delivered by [[name:Precious]] after calling mum on [[phone:07700 900752]].

        Learning:
        - the court officer should own getting meds to court before sentence/remand risk, not family
        - chase escort ETA at 30 mins late and tell the child honestly
        - placement alert form to say exactly where meds are
    """)),
    ("social_care", "incident", block("""
        LEARNING REPORT - CONFIDENTIAL
        Ref: [[case_reference:LR-0417]]
        Date of event: [[date:22/05/2024]]
        Location: [[organisation:Harrowby Youth Court]], court 1
        Young person: [[name:Summer Rees]], DOB [[date_of_birth:02/11/2007]]
        Reported by: [[name:Rhys ap Gwilym]], {{YJS Court Officer}}

        What happened: During the {{bail application}}, {{the legal adviser}} read out the full
        proposed bail address and the name of [[name:Summer]]'s school ([[organisation:Moorside Academy]])
        in open court. The co-defendant's older brother was in the public gallery. There is a
        history of threats between the two families.

        Immediate action: I asked to approach and the chair agreed the remaining details be
        written down. Informed {{the police}} and {{the social worker}}; school's {{DSL}} told the same afternoon.

        Why: no one had told the court about the risk. The {{bail support}} report had it on page 3
        but wasn't handed up until after the hearing started.

        Learning: put safety risks on the front page of the bail report and tell the legal adviser
        before the list is called.
    """)),
    ("social_care", "success", block("""
        {{Bail ISS}} review - minutes
        Date: [[date:Weds 12 June 2024]], [[organisation:Calderbrook YJS]] office, Room 4 + Teams
        Present: [[name:Chantelle Brannigan]] (chair, {{team manager}}), [[name:Lewis Marr]] ({{ISS case manager}}), [[name:Zainab Hussain]] ({{CAMHS}}), Mr [[name:T. Osei]] ({{head of year}}, [[organisation:St Aidan's RC High]]), [[name:Gary]] ({{mentor}}), [[name:Kai Wright]] (YP), {{mum}}
        Apologies: [[name:Tomasz]] ({{police}} {{YJS officer}})

        1. Progress. [[name:Kai]] has attended 23 of 25 {{ISS}} hours, zero {{curfew}} violations in 6 weeks. Two late starts explained (bus).
        2. School. Back on a reduced timetable, attending mornings. Mr [[name:Osei]] says he's "a different lad".
        3. Health. [[name:Zainab]] has seen him 3 times, {{sleep hygiene}} plan working.
        4. Agreed: ask the court at next hearing on [[date:3 July]] to relax curfew to 9pm.

        Learning for the service: the three-way phone call with school every Friday, set up by
        [[name:Lewis]] in week one, is what turned this round. Recommend as standard on bail ISS.
    """)),
    ("social_care", "near_miss", block("""
        [09:41] [[name:Aleksandra Wiśniewska]]: has anyone got the email for the {{solicitor}} repping [[name:Jayden O'Connor]]?
        [09:42] [[name:Mo Iqbal]]: [[email:j.pryce@pryceandco-law.co.uk]] i think
        [09:44] [[name:Aleksandra Wiśniewska]]: ok sending {{PSR}} now
        [09:46] [[name:Aleksandra Wiśniewska]]: STOP. {{outlook}} autofilled [[email:j.price@pricelegal.co.uk]], different firm, they act for the {{co-def}} 😬
        [09:46] [[name:Aleksandra Wiśniewska]]: caught it in the 10 sec {{delay send}} thank god
        [09:47] [[name:Mo Iqbal]]: oof. good catch [[name:Ola]]
        [09:50] [[name:Chantelle Brannigan]]: Thanks for flagging. Everyone pls use {{Egress}} for reports to defence, never plain email, and double check the firm name not just the surname. I'll put it on Thursday's {{team meeting}} agenda
        [09:52] [[name:Aleksandra Wiśniewska]]: will do. report went via egress to the right one, [[name:Jayden]]'s hearing is 2pm [[case_reference:YJS-24-0098]]
    """)),
    ("social_care", "incident", prose("""
        [[name:Ryan Ahmed]] is [[age:16]] and has a {{speech, language and communication need}}
        identified on his {{AssetPlus}} and his {{EHCP}}. On [[date:9 July]] he was granted
        {{conditional bail}} at [[organisation:Harrowby Youth Court]] with a condition not to enter
        "the area edged red" on a map of [[organisation:Thornbury Park estate]]. The conditions were
        read to him once in the retiring room by a locum {{court officer}} who had not read the
        AssetPlus. He nodded and signed. Four days later he was arrested for breach after cutting
        through the estate to his girlfriend's. When I saw him in the cells he told me he thought
        "edged red" meant the red-brick houses. He had no idea the map covered the shortcut.
        {{The bench}} re-bailed him after we explained. No one did anything wrong on purpose: the
        locum was covering three courts. Learning: we have an easy-read bail sheet, with pictures,
        and the {{SALT}} recommended it for [[name:Ryan]] months ago, but it lives on the S drive and
        locums don't know it exists. It is now printed and kept in the court bag. Written by
        [[name:Callum Dunne]], {{YJS practitioner}}.
    """)),
    ("social_care", "success", block("""
        Subject: Thank you - [[name:Hope Anderson]]'s hearing
        From: [[name:Adaeze Nwosu]], {{Legal Adviser}}, [[organisation:Harrowby Magistrates' and Youth Court]]
        To: [[name:Siobhán McCaffrey]], [[organisation:Calderbrook YJS]]

        Dear [[name:Siobhán]],

        I wanted to say thank you for Tuesday. [[name:Hope]] is profoundly deaf and the
        {{BSL interpreter}} booked through {{HMCTS}} had not arrived by 10:30. You had already
        spoken to {{the usher}}, found that the interpreter had been sent to the wrong building,
        and rang her on [[phone:+44 7700 900613]] to redirect her. In the meantime you made sure
        [[name:Hope]] and her {{dad}} were kept in the quiet room rather than the busy waiting area.

        When we did sit, she followed everything, answered for herself and the {{bail}} was agreed
        in twenty minutes. The chair asked me to pass on the bench's thanks too.

        We have now added "interpreter location confirmed" to the list office checklist.

        Kind regards,
        [[name:Adaeze]]
    """)),
    ("social_care", "incident", block("""
        WEEKEND / BANK HOL COURT HANDOVER - Sat [[date:24/08/2024]]
        Completed by: [[name:JT]] (on call {{YJS}})

        | YP                  | Ref                          | Held at                                  | Outcome                               |
        |---------------------|------------------------------|------------------------------------------|---------------------------------------|
        | [[name:Reece D]]    | [[case_reference:YJ/24/00412]] | [[organisation:Kirkgate custody suite]]  | {{police bail}}, home with {{mum}}    |
        | [[name:Abdi Warsame]] | [[case_reference:YJ/24/00415]] | [[organisation:Westfield custody suite]] | kept overnight, see below             |
        | [[name:Leon Frith]] | new - no ref                 | [[organisation:Kirkgate]]                | {{NFA}}                                |

        [[name:Abdi]] ([[age:13]]) charged Fri 19:30, refused bail by {{the police}}. Custody asked
        {{EDT}} for {{PACE}} s38(6) accommodation at 20:05. No bed found, so he stayed in a cell
        until the {{Saturday remand court}}, ~15 hrs. Court bailed him home anyway.
        Learning: the s38(6) request sat in the EDT inbox 3 hrs. Needs a phone call, not email.
        A 13 yr old should never be in a cell overnight.
        - [[name:J.T.]]
    """)),
    ("social_care", "near_miss", block("""
        Debrief notes - {{tag}} fitting visit, [[date:Mon 2 Sept]]
        Present: [[name:Lewis Marr]], [[name:Ffion Pritchard]], [[name:Tunde]] (student SW)

        What nearly happened: [[name:Kai-Jordan Bell]] ([[case_reference:YJS-24-0233]]) bailed Fri
        with {{electronic monitoring}} {{curfew}} at his new foster placement, [[address:8 Alder Close, Brinscall]],
        [[postcode:PR6 8RT]]. The {{EM order}} that went to {{the monitoring provider}} still had the
        old placement, [[address:41 Victoria Terrace]], [[postcode:BB2 4LW]]. Ex-carers would have had
        an officer knock at 9pm and [[name:Kai-Jordan]] would have been "absent" and logged as
        breaching on night one.

        How caught: [[name:Ffion]] rang the provider Sat morning to confirm the install slot, as she
        always does, and they read the address back to her.

        Why: court used the address on {{Common Platform}}, which hadn't been updated after the
        {{placement move}} on Weds. Our update to the police went in but not to HMCTS.

        Actions: [[name:Lewis]] to add "address read-back with EM provider" to the bail checklist;
        placement moves to trigger a court-address check.
    """)),
    ("social_care", "success", prose("""
        Shout-out for [[name:Precious]] from the {{court team}}! Tues morning the buses were off
        because of the strike and [[name:Leah-Marie]] ([[age:17]]) rang at 8:15 in tears saying she
        couldn't get to her {{sentencing hearing}} and was scared of a {{warrant}}. [[name:Precious]]
        took pool car [[vehicle_registration:YK21 HVP]], picked her up from her {{supported lodgings}}
        in [[address:Eccleshill]], got her there for 9:45, sat in with her for the {{referral order}}
        and then did the {{initial panel}} paperwork with her over a bacon sandwich. {{The bench}}
        commented how well she presented. Little things like this are why young people trust us.
        Thank you [[name:P]] 💜 - [[name:Chantelle]] (TM)
    """)),
    ("social_care", "incident", block("""
        From: [[name:Ruth Kershaw]] <[[email:ruth.kershaw@calderbrook.gov.uk]]>
        To: [[name:Chantelle Brannigan]]
        Cc: YJS Quality
        Date: [[date:11/10/2024]]
        Subject: Learning - family not told about remand

        [[name:Chantelle]],

        As discussed. On [[date:8 October]] [[name:Deshawn Clarke]] ([[age:16]], [[case_reference:YJ/24/00460]])
        was remanded to {{youth detention accommodation}}. I assumed {{the duty solicitor}} had rung
        his {{mum}}; the solicitor assumed we had. Mum, [[name:Marcia Clarke]], found out at 7pm from
        a friend's Snapchat story. She rang the office ([[phone:01422 392 700]]), got the
        {{out of hours}} message, then {{EDT}}, who didn't have the case.

        She had been at work and had no idea where he was being taken. She was distraught and
        understandably furious. I called her back the next morning on [[phone:07700 900 129]] and
        apologised.

        I think the gap is that "notify family" isn't assigned to anyone on remand days. Can we make it
        the {{court officer}}'s job, before leaving the building, and log it on {{ChildView}}?

        Thanks,
        [[name:Ruth]]
        {{Senior Practitioner}}, [[organisation:Calderbrook Youth Justice Service]]
    """)),
    ("social_care", "success", block("""
        DEBRIEF - [[name:Daniel Kowalczyk]] (first-time entrant), [[date:15/10/2024]]
        Facilitator: [[name:Sinéad Gallagher]]

        What went well
        - {{Liaison and Diversion}} nurse [[name:Olu Adebayo]] saw [[name:Danny]] in custody and picked up
          possible {{autism}} and that he was a {{young carer}} for his {{nan}}.
        - [[name:Olu]] rang our duty line straight away. We got to {{the police}} before the charging decision.
        - Joint {{Outcome 22}} proposal agreed by the {{OIC}} and the {{custody inspector}} within the day.
          No court, no criminal record, 12 weeks of support instead.
        - School ([[organisation:Fairfield Community College]]) and [[organisation:Brinscall Young Carers]]
          both in the first meeting.

        Even better if
        - we had been told about the arrest at booking-in, not 5 hrs later.
        - the L&D referral form didn't need re-typing into {{ChildView}}.

        Why it matters: [[name:Danny]] is [[age:14]]. A court appearance would have been his first
        contact with the system and probably not his last.
    """)),
    ("social_care", "near_miss", prose("""
        near miss - me. wed on the 07:52 back from {{crown court}} i left the court folder on the
        train seat when i got off at [[address:Mytholmroyd]]. had the {{PSR}} for [[name:Bilal]]
        ([[case_reference:CYJS/2024/0311]]), his DOB [[date_of_birth:30/01/2008]], address, his
        {{CAMHS}} letter, everything. realised on the platform, legged it back on just as doors
        were closing, got it. nobody had touched it. i know we're meant to use the locked bag and
        carry reports on the laptop only but the printer at court was down and {{the judge}} wanted
        paper. going forward i'll ask {{the court clerk}} to print there, never carry loose paper.
        told [[name:Chantelle]] and {{IG}} just in case. - [[name:mo]]
    """)),
    ("social_care", "incident", block("""
        CHRONOLOGY - [[name:Paige Lomas]] ([[age:15]]), {{remand to local authority accommodation}}

        [[date:Fri 1 Nov]] 15:20  Remanded to LA care by [[organisation:Harrowby Youth Court]]. {{Placements team}} searching.
        [[date:Fri 1 Nov]] 21:45  Only bed found: [[organisation:Redmire House]], [[address:Scarborough]] - approx 80 miles.
        Sat 02:10  Arrived after 3 hr drive with two {{agency support workers}}.
        Mon 09:00  Missed her {{GCSE}} English mock at [[organisation:Moorside Academy]]; school not told.
        Tue        {{Contact}} with {{mum}} by phone only ([[phone:07700 900 884]]).
        Thu 14:00  [[name:Paige]] goes missing from placement. Found by {{North Yorkshire Police}} 18:30.
        [[date:Mon 11 Nov]]        Returned to local foster placement.

        Learning:
        - Distance cut her off from school, family and her {{YJS worker}} at exactly the wrong time.
        - Nobody held the "education on remand" task.
        - Bail support had proposed her aunt's as a bail address but it was never assessed in time.

        Submitted by [[name:Rhys ap Gwilym]]
    """)),
    ("social_care", "success", prose("""
        I want to record some good practice. [[name:Aaliyah Mensah]] ([[age:17]], {{care leaver}} in
        waiting) came before the court on [[date:19 November]] facing a {{remand}} because she had no
        fixed address. Her {{personal adviser}}, [[name:Gwen]], and I had already put a supported
        accommodation referral in the week before: housing benefit form done with her NI number
        [[ni_number:PX 72 10 94 B]], her [[organisation:Brinscall Foyer]] interview booked, and a letter
        from [[organisation:Oakdene Medical Practice]] about her {{asthma}}. Because the bed was
        confirmed by 9am, {{the bench}} granted bail to [[address:Flat 6, Brinscall Foyer, Mill Lane]],
        [[postcode:BD10 0TS]], with a {{curfew}} and {{ISS}}. She has kept every appointment since and
        finished her {{college}} course. The difference was doing the housing work before court
        rather than waiting to see what happened. [[name:Gwen]] deserves the credit. -
        [[name:Lewis Marr]], {{ISS case manager}}
    """)),
    # ---------------------------------------------------------------- health
    ("health", "incident", block("""
        Retrieval ref [[case_reference:NPCTS-24-1187]] - timeline of unplanned extubation
        Pt: [[name:Oliwia Zielińska]], [[age:4 months]], NHS [[nhs_number:595 513 5499]], DOB [[date_of_birth:03/06/2024]]
        From: [[organisation:Castlegate General Hospital]] {{ED}} to [[organisation:Ravensworth Children's Hospital]] {{PICU}}

        02:14 Referral call, {{bronchiolitis}}, rising CO2 on {{CPAP}}. Intubated locally 02:50 with 3.5 {{uncuffed ETT}}, 10 cm at lip.
        03:55 [[organisation:NPCTS]] team arrive (Dr [[name:Aoife D'Arcy]], {{transport nurse}} [[name:Kwame Asante]]).
        04:40 Transferred to {{transport incubator}}. Tube re-secured with our tapes, CXR tip T2.
        05:05 Loading onto ambulance [[vehicle_registration:YX70 KPL]]. Tail-lift jolt; {{ventilator}} tubing caught on the incubator frame.
        05:06 Sats 70s, no {{EtCO2}} trace. Tube out. Bag-mask, sats back 94% in 1 min.
        05:19 Re-intubated in the back of the ambulance, 3.5 cuffed, {{ketamine}} and {{rocuronium}}. No harm identified on PICU arrival.

        Contributing: tubing not clipped to the {{incubator}} rail; loading done with the ventilator still on the trolley mount.
        Learning: "pause and check circuit" call-out before every move; tubing clip added to the kit list.
    """)),
    ("health", "near_miss", prose("""
        Handover near miss, [[organisation:Ward 31]] PICU, nights [[date:14/07]]. Bed 4,
        [[name:Hamza Rahman]], [[age:6 yrs]], {{septic shock}}, came in from
        [[organisation:Fairholme District Hospital]] on {{noradrenaline}} made up their way, 4mg in 50ml.
        Our standard {{PICU}} concentration is weight-based and for him worked out at about half that.
        When the syringe ran out at 01:30 the agency nurse drew up our standard and was about to
        carry on at the same ml/hr, which would have halved his dose mid-shift. The second checker,
        [[name:Bex Thornton]], asked "which concentration is running now?" and it was caught
        before the swap. Rate recalculated, {{consultant}} Dr [[name:Venkataraman]] informed, no
        change in BP. Learning: referring hospitals' infusions must be relabelled on arrival with
        the concentration in big letters, and the {{infusion pump}} drug library entry changed at
        the same time. Raised on {{Datix}} [[case_reference:W/24/08813]] for the unit.
    """)),
    ("health", "success", block("""
        [[date:22/07/2024]], 04:12 - [[name:Niamh Ó Briain]]: Massive thank you to nights. [[name:Jess]] and [[name:Wei]] noticed the {{VA-ECMO}} candidate in bed 9 deteriorating at 01:00 and called early, whole team {{cannulated}} by 03:10 with zero drama
        [[date:22/07/2024]], 04:13 - [[name:Niamh Ó Briain]]: {{perfusionist}} [[name:Hyun-woo Park]] was in within 25 mins from home
        [[date:22/07/2024]], 04:15 - [[name:Hyun-woo Park]]: 🙏 the {{ECMO}} trolley was already checked and primed, credit to [[name:lakshmi]] on lates
        [[date:22/07/2024]], 04:17 - [[name:Jess]]: the {{ECMO call-out checklist}} we practised in {{sim}} last month worked really well
        [[date:22/07/2024]], 04:20 - [[name:Niamh Ó Briain]]: yep. writing a shout-out for the {{learning from excellence board}}. proud of you all ❤️
    """)),
    ("health", "incident", block("""
        INCIDENT FORM
        Unit: [[organisation:Ward 31]] ({{PICU}}), [[organisation:Ravensworth Children's Hospital]]
        Date/time: [[date:30/07/2024]] 10:40
        Category: {{Specimen}} / identification
        Patients involved:
          1. [[name:Amelia-Rose Hughes]], DOB [[date_of_birth:12/01/2023]], NHS [[nhs_number:130 684 9713]], bed 2
          2. [[name:Amelie Hughes]], DOB [[date_of_birth:28/02/2022]], NHS [[nhs_number:859 302 7520]], bed 3
        Description: {{arterial blood gas}} taken from bed 2 and labelled with bed 3's sticker. Result
        (K+ 6.1) acted on for bed 3: {{salbutamol}} neb given before the {{registrar}} noticed the
        {{lactate}} didn't fit. Bed 3 had repeat gas, K+ 4.2. No lasting harm.
        Contributing factors: same surname, similar first names, adjacent beds, name alert on the
        board had been wiped during a bed move. Labels printed in advance and kept in a pot.
        Immediate action: bed 3 moved to bed 6; "{{name alert}}" stickers on both charts.
        Reporter: [[name:Fatima Begum]], {{Band 6}} RN
    """)),
    ("health", "incident", block("""
        From: Dr [[name:Ade Okonkwo-Jones]] <[[email:ade.okonkwo-jones@nhs.net]]>
        To: [[organisation:NPCTS]] leads
        Date: [[date:5 August 2024]]
        Subject: Delayed conference call - referral from [[organisation:Fairholme]]

        Hi all,

        Flagging for the M&M. Yesterday 18:20 [[organisation:Fairholme District Hospital]] rang the
        {{single referral number}} ([[phone:0300 555 0192]]) about a [[age:2 yr old]] in
        {{status epilepticus}}. The line put them through to the conference bridge but the
        {{consultant}} and {{PICU}} were never added: the system was mid-update and dropped the
        call silently. {{The referring team}} waited 40 mins, then rang {{switchboard}}, who paged me.
        The child was intubated and stable by then, no harm, but they were on their own for
        too long with a sick child.

        The fallback number [[phone:+44 113 496 0871]] is not on the wall card at any of our DGHs.

        Can we (1) reissue wall cards, (2) ask IT for a test call after every update, (3) add
        "call back within 10 mins or escalate" to the referral SOP?

        [[name:Ade]]
        {{Consultant in Paediatric Intensive Care}} / transport lead
    """)),
    ("health", "success", prose("""
        Copied from a card left on [[organisation:Ward 31]], shared with the family's permission for
        our {{learning from excellence board}}: "To [[name:Grace]], [[name:Olumide]], [[name:Ffion]] and
        the amazing {{night team}}. When [[name:Freddie]] came in from [[organisation:Castlegate]] we
        thought we were going to lose him. You explained every tube and every machine, you let us
        do his {{cares}} and read him his story even with the {{oscillator}} going. [[name:Grace]],
        you stayed an hour after your shift to sit with us when the {{consultant}} talked to us about
        {{ECMO}}. He's home now and driving his {{sister}} mad. We will never forget you. Love,
        [[name:Lauren]], [[name:Dean]] and [[name:Freddie Whitworth]] (now [[age:2]]!)" Small things
        the family noticed: being allowed to do cares, {{play specialist}} input, explaining the
        alarms. Worth keeping in mind on busy nights.
    """)),
    ("health", "near_miss", prose("""
        near miss - {{ketamine}} 10x. prepping {{RSI}} drugs for bed 7 ([[name:Jakub]],
        [[age:11 months]], 9kg). {{registrar}} said "ketamine 2 per kilo", i heard 2mg/kg but wrote
        the syringe label as 20mg/ml and drew up 180mg instead of 18mg because i used the neat 100mg/ml
        amp not the diluted one. second checker [[name:Sanjay]] did the independent calc and it didnt
        match. nothing given. contributing: both strengths in the same drawer of the {{drug cupboard}},
        no {{pre-filled syringes}}, i was on my 4th long day. fix - pharmacy removing 100mg/ml from the
        {{emergency drug drawer}}, using the {{RSI checklist}} out loud every time. not blaming anyone
        and glad we have the double check. - [[name:bex]]
    """)),
    ("health", "incident", block("""
        HOT DEBRIEF - cardiac arrest bed 12, [[date:Sat 17 Aug]] 14:35
        Led by: Dr [[name:Priya Venkataraman]]
        Present: [[name:Kwame]], [[name:Fatima]], [[name:Bex]], [[name:Rob McAllister]] (ANP), [[name:Chidi]] (SHO), {{pharmacist}}

        Patient: [[age:3 yr old]], {{post-op cardiac}}, ROSC after 6 min CPR, 1 shock.

        What went well
        - arrest called fast, roles allocated out loud, {{CPR}} quality good on the {{feedback pad}}
        - {{adrenaline}} on time every 4 min, scribe kept time

        What didn't
        - needed to change the {{ETT}}; no size 4.0 cuffed on the {{resus trolley}}. [[name:Rob]] ran to bed 3 for one, ~90 sec delay
        - trolley checked that morning and signed as complete
        - {{defib}} pads were adult size only in the top drawer

        Why (initial): the trolley was restocked after a use on Thursday from the adult list, which
        has been left in the {{trolley}} pocket since the {{HDU}} merger.

        Actions: remove the adult list today ([[name:Fatima]]); {{resus officer}} to audit all 4 paeds
        trolleys; reported on {{Datix}} [[case_reference:W/24/09102]].
    """)),
    ("health", "success", block("""
        PICU M&M / Learning Meeting - minutes, [[date:4 September 2024]]
        Attendees: [[name:P. Venkataraman]] (chair), [[name:N. Ó Briain]], [[name:A. D'Arcy]], [[name:K. Asante]],
        [[name:F. Begum]], [[name:R. McAllister]], [[name:Ngozi Eze]] ({{safeguarding nurse}}), [[name:Tomás Ruiz]] ({{radiology}})
        Apologies: [[name:A. Okonkwo-Jones]]

        Case 2 - good catch. [[age:7 wk old]] ([[nhs_number:792 250 7801]]) admitted via
        [[organisation:NPCTS]] with {{apnoeas}}, labelled as {{bronchiolitis}} at the referring unit.
        {{Transport nurse}} [[name:Kwame]] noticed a small bruise behind the ear during the
        {{secondary survey}} and documented it with a body map before transfer. {{PICU}} team did a
        {{skeletal survey}} and {{CT head}}: {{subdural haemorrhage}} and two rib fractures.
        {{MASH}} referral same day; {{strategy meeting}} within 24h. Baby now safe with extended
        family.

        Discussion: bruising in a non-mobile baby is never normal; [[name:Kwame]] followed the
        {{TEN-4-FACESp}} rule. Parents were handled respectfully and told honestly why.

        Actions: TEN-4 prompt to go on the retrieval {{secondary survey}} sheet ([[name:A. D'Arcy]]).
    """)),
    ("health", "incident", prose("""
        {{Information governance}} incident. On [[date:12/09/2024]] I sent the {{discharge summary}}
        for [[name:Ellis Fairweather]] ([[nhs_number:789 159 0389]], DOB [[date_of_birth:19/04/2019]])
        to the wrong GP practice. He is registered at [[organisation:Brookside Medical Practice]],
        [[postcode:LS28 7HJ]]; the letter went to [[organisation:Brookfield Surgery]] because both came up when
        I typed "Brook" into the {{EPR}} lookup and I picked the first. The summary included his
        {{safeguarding}} history and {{mum}}'s new address, [[address:19 Carlton Rise, Pudsey]], which dad is
        not supposed to know. [[organisation:Brookfield]] rang us the next day, deleted it and confirmed in writing.
        {{IG team}} and {{the social worker}} informed; mum told by me on [[phone:07700 900 341]].
        Learning: for children with safeguarding flags, check the practice code against the
        {{Spine}} before sending, not the name. I've asked for the lookup to show the postcode
        alongside. - [[name:Ngozi Eze]]
    """)),
    ("health", "near_miss", block("""
        [Teams - NPCTS Transport chat]
        [[name:Kwame Asante]] 07:58
        morning, doing {{vehicle check}} on [[vehicle_registration:YX70 KPL]] before the 08:30 job to [[organisation:Fairholme]]
        [[name:Kwame Asante]] 08:03
        main {{oxygen cylinder}} on the {{stretcher mount}} reading 20 bar. should be full. the {{O2 log}} says checked and full at 19:00 last night
        [[name:Grace Idowu]] 08:04
        was it used overnight? think [[name:Tom]] did a job at 02:00 to [[organisation:Castlegate]]
        [[name:Tom O'Hare]] 08:09
        yes sorry that was me. we got back at 05:30 and I swapped the {{portable cylinder}} but forgot the main one. I was wrecked 🙈
        [[name:Kwame Asante]] 08:10
        no worries, swapping now. would have been about 25 mins on 15 L/min which is less than the trip
        [[name:Grace Idowu]] 08:12
        can we add a "post-job restock" box to the {{vehicle checklist}} that has to be signed before the keys go back?
        Dr [[name:Aoife D'Arcy]] 08:15
        Yes please. Good catch, and thanks for being honest [[name:Tom]].
    """)),
    ("health", "success", prose("""
        Learning from excellence - {{video-assisted stabilisation}}. At 16:00 on [[date:27 September]]
        [[organisation:Castlegate General Hospital]] referred [[name:Maryam]], [[age:11]], in severe
        {{DKA}} with a falling GCS. All our teams were out, nearest available was two hours away.
        {{Consultant}} Dr [[name:Ó Briain]] stayed on the {{video link}} with the {{ED}} team for
        the whole two hours: {{fluid}} calculation checked line by line, {{insulin}} held at 0.05
        units/kg/h, hourly {{blood gas}} reviewed on screen, and a {{cerebral oedema}} plan with
        {{hypertonic saline}} drawn up ready in resus. When our team arrived the local
        {{registrar}}, Dr [[name:Imran Qureshi]], had everything done and [[name:Maryam]] never
        needed intubating. She went home from the ward five days later. The ED team told us it was
        the first time they'd felt "held" by a retrieval service. We want this to be normal,
        not heroic: video link to be offered on every referral with an expected delay.
    """)),
    ("health", "incident", block("""
        PICU bed state / handover - [[date:Tues 8 Oct]] 08:00, [[organisation:Ward 31]]
        Nurse in charge: [[name:Lakshmi Narayan]]   Consultant: Dr [[name:Ó Briain]]

        Bed | Patient              | Age         | NHS no.                            | Notes
        1   | [[name:Noah Pearce]]      | [[age:3 wk]]   | [[nhs_number:502 858 8821]] | {{post-op}} TGA, stable
        2   | [[name:Zara Bashir]]      | [[age:6 yr]]   | [[nhs_number:256 323 2414]] | {{pneumonia}}, {{HFOV}}
        5   | [[name:Rhiannon Price-Evans]] | [[age:14 yr]] | [[nhs_number:188 191 8491]] | {{DKA}}, step-down today
        All 12 beds full, 2 closed (staffing).

        Overnight: refused a bed to [[organisation:Fairholme District Hospital]] at 03:10 for a
        [[age:5 yr old]] with {{meningococcal sepsis}}. Child went by road to [[organisation:St Cuthbert's Children's Hospital]],
        2.5 hrs. Arrived in stable condition but parents had no transport and spent the night in
        the car park.

        Learning: we had a step-down ([[name:Rhiannon]]) who could have gone to the ward at 22:00
        if a ward bed had been chased. Escalation to the {{site manager}} wasn't made till 02:45.
        {{OPEL}} status was not updated.
    """)),
    ("health", "success", prose("""
        Shout out to [[name:Chloe-Ann Murphy]], three weeks into her first job on [[organisation:Ward 31]]'s
        {{high dependency}} bay. Nights, [[date:19/10]], bed 14, a [[age:9 yr old]] post
        {{appendicectomy}}. His {{PEWS}} was only 3 but [[name:Chloe-Ann]] didn't like how he looked
        and said so: he was quieter, cap refill 3 secs, and his heart rate had crept up 20 beats over
        4 hours. She escalated with {{SBAR}} to the {{registrar}} even though she was worried about
        "wasting his time". {{Lactate}} 4.1, {{sepsis six}} started within the hour, back to theatre for
        a {{collection}}. The {{consultant}} said that an hour later it would have been a very
        different night. [[name:Chloe-Ann]], "I'm worried" is enough. Thank you. -
        [[name:Lakshmi]], {{NIC}}
    """)),
    ("health", "incident", block("""
        Transfer [[case_reference:NPCTS-24-1402]], [[date:2 November 2024]]
        Pt [[name:Theo Abbott-Lyle]], [[age:2 days]], NHS [[nhs_number:822 293 0559]]
        [[organisation:Fairholme District Hospital]] {{NNU}} -> [[organisation:Ravensworth Children's Hospital]] {{cardiac PICU}}
        Ambulance [[vehicle_registration:YX70 KPN]], crew [[name:Kwame Asante]], Dr [[name:Sara Lindqvist]]

        13:10 Depart. {{Transport incubator}} on mains from vehicle inverter, battery showing full.
        13:32 Inverter fault light; incubator switches to battery.
        13:41 Battery alarm "low". Reads 15%. Should last >60 min from full.
        13:44 Incubator temp display dropping. Baby wrapped, {{hat}}, {{bubble wrap}}, heater on full.
        13:50 Pulled into services, called {{ambulance control}} for a second vehicle.
        14:35 Arrived PICU. Temp 35.9. {{Prostin}} ran throughout on the {{syringe driver}} (own battery).

        Findings: incubator battery was 4 yrs old, {{EBME}} service overdue since August. The
        "full" indicator measures voltage not capacity.
        Learning: battery run-down test monthly, not annually; spare battery pack to travel.
    """)),
    ("health", "near_miss", prose("""
        Near miss - allergy not handed over. [[name:Isabella Costa]], [[age:12]], DOB
        [[date_of_birth:07/05/2012]], transferred from [[organisation:Castlegate General Hospital]] to us on
        [[date:14 November]] with {{empyema}}. [[organisation:Castlegate]]'s notes clearly say {{penicillin}} allergy
        (anaphylaxis aged 4). Our {{e-prescribing}} record had "no known allergies" because the
        clerking was done from the verbal handover and {{the transport team}}'s sheet, where the
        allergy box was blank. {{Co-amoxiclav}} was prescribed at 22:00. At the bedside, before
        giving it, [[name:Dean Ashworth]] ({{staff nurse}}) asked {{mum}} to confirm allergies as he
        always does and she said "penicillin, she nearly died". Not given; switched to
        {{clindamycin}}. Learning: allergy status must be confirmed from the referring notes, not
        the phone call, and the transport sheet now has a mandatory allergy field.
    """)),
    ("health", "success", block("""
        In-situ simulation debrief - {{PICU}} bed 10, [[date:Thurs 28 Nov]]
        Facilitators: [[name:Rob McAllister]], [[name:Hannah Kaur-Singh]]
        Scenario: [[age:8 month]] old, {{airway obstruction}} after {{extubation}}, needs re-intubation.

        What we found (latent threats, all fixed before anyone got hurt):
        1. The new {{video laryngoscope}} was plugged in behind the bed head and its paeds blade was
           in a different drawer to the adult one. Now stored together, labelled.
        2. {{Suction}} at bed 10 was set to 40 kPa wall max; should be 10-20 for this age. {{Estates}} adjusting all bed spaces.
        3. Nobody knew the direct number for the {{anaesthetic}} {{registrar}}; it's [[phone:0113 496 0412]] and is now on the board.

        Team: [[name:Joss]], [[name:Dean]], [[name:Chidi]], [[name:Summer]] (student), [[name:Olumide]].

        Good: call for help early, {{closed-loop communication}}, the nurse at the head of the bed led.
        Next sim: {{massive haemorrhage}}, December.
    """)),
    # ---------------------------------------------------------------- aviation
    ("aviation", "incident", block("""
        SIM OCCURRENCE REPORT  [[case_reference:STR-24-031]]
        Device: {{FFS}} 2 ({{A320}}), [[organisation:Northgate Simulator Centre]]
        Date: [[date:09/01/2024]], session 02:00-06:00
        Crew: Capt [[name:Euan MacLeod]] ({{TRE}}), {{FO}} [[name:Harpreet Sandhu]] (trainee), [[name:Marek Zieliński]] (PM, {{seat support}})
        Event: {{LPC}} - {{rejected take-off}} scenario

        At the {{RTO}} the {{motion}} produced a much harder longitudinal jerk than normal. [[name:Harpreet]]
        was thrown forward against the harness and then back. The TRE hit the {{motion E-stop}}.
        [[name:Harpreet]] reported neck pain; session stopped, {{first aid}} given, seen at
        {{A&E}} later that morning: soft-tissue strain, off flying 2 weeks.

        Sim engineering found a {{motion actuator}} fault logged on the previous session but
        cleared as "nuisance" at 01:40 without a function test. The {{sim tech log}} entry was not
        visible on the instructor station before we started.

        Learning: instructor brief to include the sim tech log; no motion session after an unresolved
        actuator fault. Reported by [[name:Euan MacLeod]].
    """)),
    ("aviation", "near_miss", block("""
        Transcript extract, line training sector [[flight_number:LKR214]], [[date:15 Feb 2024]], reg [[aircraft_registration:G-LKRD]]
        PF: {{trainee FO}}  PM: {{training captain}}

        {{ATC}}:  [[flight_number:Larkspur two one four]], climb flight level one two zero.
        FO:   Climb flight level two one zero, [[flight_number:Larkspur two one four]].
        ATC:  (no response - frequency busy)
        CAPT: Wait... check that. He said one two zero.
        CAPT: London, [[flight_number:Larkspur two one four]], confirm flight level one two zero?
        ATC:  [[flight_number:Larkspur two one four]] affirm, one two zero, traffic above at one three zero.
        FO:   One two zero, [[flight_number:Larkspur two one four]]. Sorry.

        Debrief note ([[name:Rosa Delgado]], {{LTC}}): {{FCU}} had 210 set and the {{FMA}} showed
        climb before I caught it. We levelled at 118 so no {{level bust}}. [[name:Ewan-James]] had flown 4 sectors
        and was task-saturated by the {{MCDU}} reroute. Slips like this are why we have a PM. Hearback is
        part of my job as {{the trainer}} and I was heads-down on the {{loadsheet}}. Used it as a
        {{TEM}} teaching point; both of us now say the cleared level, point at the FCU, then read back.
    """)),
    ("aviation", "success", prose("""
        Shout-out for [[name:Gwen Lloyd-Evans]], {{TRI}} on the {{type rating}} course. Our course
        had two cadets who failed their first {{engine failure after V1}} sessions and were convinced
        they were going to be chopped. Instead of a list of errors [[name:Gwen]] replayed the
        {{sim}} recording with us and asked what we were seeing at each point. Turned out we were
        both chasing the {{flight director}} instead of flying attitude. She added an extra
        30 min of {{raw data}} handling in her own time at the end of a session. We both passed the
        {{skills test}} first time on [[date:28 March]]. Just culture works both ways: nobody felt
        stupid and we actually learned. Thanks from [[name:Bilal]] and [[name:Faith]] (course
        [[case_reference:TR-A320-24/03]]).
    """)),
    ("aviation", "incident", block("""
        TECH LOG - [[aircraft_registration:G-LKRA]]   Page [[case_reference:TL 004417]]
        Sector: [[flight_number:LK2871]]  [[date:04 APR 24]]  Capt [[name:T. Bakare]] ({{LTC}})  {{FO}} [[name:K. Rennie]] (line training, sector 6)

        Defect: {{Hard landing}} reported by crew. Landing RWY 27 in gusting crosswind, PF trainee FO.
        Late flare, {{bounce}}, second touchdown firm. Crew estimate 1.9g. {{LOAD <15>}} report generated.
        Crew entry signed [[name:T. Bakare]].

        Action: {{Hard landing inspection}} per {{AMM}} 05-51-11 carried out. No damage found.
        {{FDM}} data pulled: 1.74g vertical at second touchdown, within limits for phase 1 inspection only.
        Aircraft released to service. [[name:Stuart Fenwick]] B1 licence [[case_reference:UK.66.44871]]

        Training note (from {{training captain}}, separate report [[case_reference:ASR-24-0612]]):
        I should have taken control earlier when the approach went unstable below 100 ft. I let it
        run too long because she'd been doing so well. Recommend that trainee crosswind landings
        above 20 kt stay with the trainer until sector 10.
    """)),
    ("aviation", "near_miss", block("""
        From: [[name:Kirsty Ballantyne]] <[[email:k.ballantyne@larkspur-air.co.uk]]>
        To: Crewing Duty Manager; Flight Training Admin
        Date: [[date:Tue 23 April 2024]] 16:05
        Subject: NEAR MISS - safety pilot not rostered, LT sector 1

        Hi both,

        While checking tomorrow's pairings I noticed {{FO}} [[name:Joseph "Joss" Adeyemi-Hart]] is
        on his first ever {{line training}} sector, [[flight_number:LK311]] 06:40, with
        {{LTC}} [[name:Craig Lennox]] but no {{safety pilot}}. Our {{OM Part D}} requires one for
        the first 4 sectors with an {{ab initio}} FO. The safety pilot line had been deleted
        when the original captain went sick and the roster system didn't flag it.

        I've added [[name:Mariam Shaikh]] (she was on standby) and rung the crew. All sorted.

        The {{roster}} system needs a hard rule here, not a memory check. Could you raise with the
        system owner?

        Thanks,
        [[name:Kirsty]]

        [[name:Kirsty Ballantyne]] | Training Rostering | [[organisation:Larkspur Air]]
        T: [[phone:01293 880 412]]  M: [[phone:+44 (0)7700 900 562]]
    """)),
    ("aviation", "incident", block("""
        [[date:12/05/2024]], 21:14 - [[name:Sanj]]: just got my {{sim}} for tmrw moved to 0200 😵 was on a late til 2130 today
        [[date:12/05/2024]], 21:15 - [[name:Dougie]]: that's not legal surely? what {{rest}} have you got
        [[date:12/05/2024]], 21:17 - [[name:Sanj]]: they say sim duty doesnt count the same. i'll be lucky to get 3 hrs
        [[date:12/05/2024]], 21:20 - [[name:Dougie]]: file a {{fatigue report}} mate
        [[date:13/05/2024]], 04:48 - [[name:Sanj]]: update. {{TRE}} stopped the session at 0420, i put the {{gear}} up on the ground in the {{go-around}} drill 🙈 he said "you're not safe to be trained right now" which was fair
        [[date:13/05/2024]], 04:50 - [[name:Dougie]]: glad he stopped it. doesn't go on your record does it
        [[date:13/05/2024]], 04:52 - [[name:Sanj]]: logged as "incomplete - fatigue" not a fail. filing the report now [[case_reference:FR-24-0228]]
        [[date:13/05/2024]], 04:53 - [[name:Dougie]]: 👍 this needs to go to the {{FRMS}} group, {{OPC}} slots at 0200 after a late is nuts
    """)),
    ("aviation", "success", block("""
        Training Standards Meeting - minutes
        Date: [[date:6 June 2024]], [[organisation:Larkspur Training Centre]], [[address:Crawley]]
        Present: [[name:Gwen Lloyd-Evans]] (Head of Training), [[name:Euan MacLeod]], [[name:Rosa Delgado]],
        [[name:Tunde Bakare]], [[name:Li Na Zhou]] ({{pilot rep}}), [[name:Amir Haddad]] ({{FDM}} analyst)
        Apologies: [[name:Craig Lennox]]

        1. {{EBT}} grading calibration. After last quarter's exercise (all TREs graded the same
           recorded session), spread of grades for "{{workload management}}" has dropped from
           2-5 to 3-4. [[name:Gwen]] thanked [[name:Li Na]] and the pilot reps for the video.
        2. {{Instructor concordance}} now reported quarterly to the {{CAA}} inspector; no findings.
        3. {{FDM}} link. [[name:Amir]] showed that unstable approach events in the first 20 {{line training}}
           sectors have halved since the {{sim}} syllabus added gusty crosswind practice.

        Actions
        - [[name:Rosa]]: share the calibration video with new {{TRIs}} at induction.
        - [[name:Tunde]]: draft a one-page crosswind brief for {{LTCs}}.
        Next meeting [[date:5 September 2024]].
    """)),
    ("aviation", "incident", prose("""
        {{ASR}} [[case_reference:ASR-24-0744]]. Line training, [[flight_number:LKR53P]], {{A320}}
        [[aircraft_registration:G-LKRF]], [[date:21/06/2024]]. I was {{training captain}}, PM; trainee
        {{FO}} [[name:Aleks Nowicki]] was PF, sector 14. In the descent passing FL95 we got a
        {{TCAS RA}} "climb, climb". [[name:Aleks]] started to follow the {{flight director}}, which
        was still commanding descent, then after about 3 seconds disconnected the {{autopilot}} and
        followed the RA. I called "follow the RA" but slightly late because I was checking the
        {{TCAS}} display myself. Minimum separation per {{ATC}} 600 ft vertical. Conflicting
        traffic was a GA aircraft, [[aircraft_registration:G-BZTW]], not talking to {{the local radar unit}}.
        Learning for us: RA manoeuvres have been done in the sim with the {{AP/FD TCAS mode}} on
        our other fleet, so the trainee's habit was to "let the FD do it". That's a syllabus gap,
        not a trainee error. - [[name:Tunde Bakare]]
    """)),
    ("aviation", "success", block("""
        DEBRIEF NOTES - {{OPC}} day 2, [[date:Sat 13 July]], {{FFS}} 1
        Crew: Capt [[name:Fiona Crerar]] / {{FO}} [[name:Nikhil Joshi]]   {{TRE}}: [[name:Marek Zieliński]]

        Scenario: {{engine failure at V1}} with fire, single-engine return, followed by {{ECAM}} distraction.

        Went well
        - {{V1}} call and rotate on time, rudder applied promptly, no heading excursion
        - [[name:Nikhil]] (PM) said "stop, I'm not happy with the fuel" before the {{QRH}}; found the fuel imbalance the scenario had hidden
        - {{CRM}}: [[name:Fiona]] delegated radios and cabin crew brief, kept herself flying the aircraft
        - NITS brief to the purser in under a minute

        Could improve
        - {{ATIS}} not re-checked before approach (weather had changed)

        Outcome: both {{competent}}, grade 4 for {{communication}}. Used as a reference video for the
        {{TRI}} course with crew's consent.
    """)),
    ("aviation", "near_miss", prose("""
        nm - wrong {{v speeds}}. [[date:2/8]], {{line training}} sector 2 of 4, [[aircraft_registration:G-LKRB]].
        {{turnaround}} was 35 mins, we'd swapped aircraft. trainee ([[name:callum]]) entered perf
        data in the {{MCDU}} from the {{loadsheet}} on the clipboard but it was the previous sector's
        loadsheet, 6 tonnes lighter. v1 vr v2 about 8 kts low and flex temp too high. i caught it on
        the {{cross-check}} because TOW didnt match the fuel on board. takeoff on [[flight_number:LK418]]
        delayed 4 mins, no issue. learning: old loadsheet goes in the bag at shutdown, always.
        the {{EFB}} perf calc should be done independently by both pilots and compared, we were doing
        one and "checking" the other. not a trainee error, my setup. - [[name:RD]]
    """)),
    ("aviation", "incident", block("""
        TRAINING OCCURRENCE FORM
        Reference: [[case_reference:TOF/24/019]]
        Date: [[date:19 August 2024]]   Device: {{FFS}} 3, [[organisation:Northgate Simulator Centre]]
        Instructor: [[name:Wojciech "Wojtek" Kaminski]] ({{TRI}})
        Trainees: [[name:Olivia Fairbrother]], [[name:Daniyal Akhtar]] ({{type rating}} session 7)

        Description:
        The {{instructor operating station}} froze at 1:40 into a 4 hr session. Sim tech restarted it;
        the session resumed but the {{training record}} software had already auto-closed and marked
        all items "completed". I didn't notice and signed the electronic form at the end. Two items
        ({{emergency descent}}, {{dual hydraulic failure}}) were never flown.
        Found on [[date:22 August]] by [[name:Li Na Zhou]] in the {{training records}} audit.

        Action taken: both trainees re-scheduled for the missed items before their {{LST}}; record
        corrected; {{CAA}} not notified (no licence issued) but documented.

        Contributing: auto-complete on restart; sign-off screen doesn't list items, just "complete".
        Learning: sign against the paper {{lesson plan}}, not the screen.
    """)),
    ("aviation", "success", prose("""
        Dear [[name:Craig]], I wanted to say thank you properly and I asked for this to go on the
        learning system because I think other trainees should know this is possible. After I failed
        my {{line check}} in {{September}} I was in a bad way, not sleeping and dreading the
        re-check. You noticed on the sector to [[address:Inverness]] that I'd gone quiet and you
        didn't push it, but after shutdown you told me about {{the peer support programme}} and that
        you had used it yourself as an FO. I rang them that night on [[phone:0800 048 7711]].
        [[name:Mariam]] from {{peer support}} called me back within an hour. With three extra
        {{line training}} sectors, a session with the {{AME}} and some honest conversations, I
        passed the re-check on [[date:30 October]]. I'm putting my name to this:
        [[name:Aisha Bello-Kane]], {{FO}}, [[organisation:Larkspur Air]].
    """)),
    ("aviation", "incident", block("""
        Chronology - crew positioning for {{sim}}, [[date:Sun 3 Nov]]
        Crew: [[name:Gareth Pugh]] (Capt, {{OPC}}), [[name:Noor Al-Sayed]] ({{FO}})

        17:30 Both finish a 4-sector duty at [[address:Manchester]].
        18:10 Booked taxi to the sim centre hotel doesn't show. Crewing says "make your own way, claim it back".
        18:40 [[name:Gareth]] drives his own car, [[vehicle_registration:WN68 ZKE]], with [[name:Noor]].
        21:15 Near [[address:Crawley]] on the M23, [[name:Gareth]] drifts onto the rumble strip; [[name:Noor]] shouts. No collision.
        21:50 Arrive hotel. Both report fatigue to the {{TRE}} by text.
        Mon 06:00 {{OPC}} postponed by the TRE. Rescheduled [[date:11 Nov]].

        Why: the {{crew transport}} contract excludes Sunday evenings; crewing unaware.
        "Make your own way" after a duty is a {{fatigue}} risk and is outside the {{FTL}} rest rules
        for positioning.
        Report [[case_reference:ASR-24-0901]] raised by [[name:Noor Al-Sayed]].
    """)),
    ("aviation", "near_miss", block("""
        {{Base training}} - RT transcript and report, [[date:27/11/2024]], [[aircraft_registration:G-LKRH]], callsign [[flight_number:LKR90T]]
        {{Circuits}}, 4 trainees, {{TRE}} [[name:Euan MacLeod]], {{safety pilot}} [[name:Jack Fairweather]]

        TWR:    [[flight_number:Larkspur nine zero tango]], runway two six, cleared touch and go.
        [[flight_number:LKR90T]]: Cleared touch and go two six, [[flight_number:Larkspur nine zero tango]].
        TWR:    [[aircraft_registration:G-OCXB]], hold short runway two six.
        [[aircraft_registration:G-OCXB]]: Lining up two six, [[aircraft_registration:G-OCXB]].
        TWR:    [[aircraft_registration:G-OCXB]] STOP, hold position. [[flight_number:Larkspur nine zero tango]] go around.
        [[flight_number:LKR90T]]: Going around, [[flight_number:Larkspur nine zero tango]].

        Report: trainee [[name:Hollie Barnes]] was PF on her 5th circuit at about 300 ft when the
        {{go-around}} was called. [[name:Jack]] had already spotted the light aircraft moving past
        the {{holding point}} and said "aircraft on the runway" a second before ATC. [[name:Hollie]]
        flew a textbook go-around. The other pilot told TWR he'd heard "line up" in our clearance.

        Learning: the {{safety pilot}} lookout role works - keep it, even on quiet days at base.
    """)),
    ("aviation", "success", prose("""
        big shout out to [[name:Ahmed]] on the sim engineering night shift. at 0250 on
        [[date:10 December]] {{FFS}} 2 threw a {{visual system}} fault in the middle of our
        {{LST}}, screens went black on the left side. he was in the sim bay within 5 mins, talked
        us through a freeze, swapped a {{projector}} board, ran the {{QTG}} checks on it and had us
        flying again by 0335. because he logged it properly in the {{sim tech log}} and told the
        {{TRE}} exactly what had been tested, we could carry on with the session legally instead of
        starting again next week, which would have pushed [[name:Maya]]'s {{type rating}} back past
        her start date. {{just culture}} is also saying thanks when people get it right. cheers
        [[name:Ahmed]]! - [[name:Faith Mensah]] & [[name:Maya O'Driscoll]]
    """)),
    ("aviation", "success", block("""
        LINE TRAINING PROGRESS - {{FO}} [[name:Priyanka Desai]], staff no [[case_reference:LK-40271]]
        {{LTC}} summary for [[name:Gwen Lloyd-Evans]], [[date:16 Dec 2024]]

        Sector | Date                | Flight                      | Reg                                  | Comment
        22     | [[date:09/12/24]]   | [[flight_number:LK602]]     | [[aircraft_registration:G-LKRC]]     | Good {{TEM}} brief, weather at destination
        23     | [[date:09/12/24]]   | [[flight_number:LK603]]     | [[aircraft_registration:G-LKRC]]     | Flew {{go-around}} when {{unstable}} at 800 ft - correct call
        24     | [[date:12/12/24]]   | [[flight_number:LK118]]     | [[aircraft_registration:G-LKRE]]     | {{MEL}} item handled independently
        25     | [[date:12/12/24]]   | [[flight_number:LK119]]     | [[aircraft_registration:G-LKRE]]     | Ready for {{line check}}

        Comment ([[name:Rosa Delgado]]): Sector 23 is worth sharing. [[name:Priyanka]] called the
        go-around herself with the {{captain}} (me) flying, when speed was +15 and we were still high.
        Many new FOs would have stayed quiet. Recommend for final {{line check}}.
    """)),
]

if __name__ == "__main__":
    write_records(OUT, build_records("blind170", REPORTS))
