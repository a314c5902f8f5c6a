"""Held-out blind corpus 107: just-culture incident-and-learning reports about kinship carers and
special guardians, leaving care teams and personal advisers, and unaccompanied asylum-seeking
children; sexual health clinics, school nursing and CAMHS; and cargo and charter airlines with
their ground handling agents. Writers range from social workers, personal advisers, nurses,
health advisers and psychiatrists to ramp agents, loadmasters, dispatchers and pilots, in a
realistic mix of plain prose, terse notes, e-mails, team chats, duty logs, timelines and
structured incident forms, with lower-case names, nicknames, initials and chat handles."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from markup import block, build_records, write_records  # noqa: E402
from markup import flow as prose  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "corpus" / "heldout_blind107.jsonl"

REPORTS = [
    # ------------------------------------------------------------------ social care (17)
    ("social_care", "incident", prose("""
        Kinship placement, {{Nan}} is the {{special guardian}}. On [[date:Thursday 6 March]] birth
        dad ([[name:Dean Tully]]) turned up at the gates of [[organisation:St Aidan's RC Primary]] at
        pick-up and tried to take [[name:Kayden]] ([[age:8]]) home with him. The {{SGO}} support
        plan says contact is supervised only, but the school office still had an old contact sheet
        from before the order naming dad as an approved collector. The class TA, Mrs
        [[name:Obi]], didn't like the look of it, refused to release him and rang Nan
        ([[name:Maureen]]) and then {{999}}. Nobody hurt but [[name:Kayden]] was very shaken and
        wet the bed for a week after. Learning is ours: when the order was made we never sent the
        school a copy or told the {{DSL}}. Added to the {{SGO}} checklist - copy of order plus
        contact arrangements to school DSL within 5 working days, and ask them to purge old
        collection lists.
    """)),
    ("social_care", "success", block("""
        From: [[name:Leanne Ashworth]] <[[email:leanne.ashworth@leavingcare.example.org.uk]]>
        To: Leaving Care PA team
        Subject: learning log - good outcome for [[name:T.W.]]

        Hi all,
        Quick one for the {{learning log}}. [[name:Tomasz]] got the keys today for
        [[address:Flat 3, 27 Marlowe Street]], [[postcode:PR1 6HW]]. Housing had first said
        "{{intentionally homeless}}" after the hostel eviction. What worked: [[name:Gaz]] from
        {{Housing Options}} accepted our {{corporate parent}} letter plus the {{Local Offer}}, and we
        booked a {{Polish}} interpreter so [[name:T]] could explain the eviction himself.
        Tip: attach the {{pathway plan}} and the {{Care Leaver Covenant}} page to every housing
        referral, it saves weeks.

        Thanks,
        [[name:Leanne]]
        {{Personal Adviser}} | [[phone:07700 900418]]
    """)),
    ("social_care", "near_miss", prose("""
        Near miss on the {{UASC}} team. Young person transferred to us under the {{National Transfer
        Scheme}} on [[date:14/01/25]], {{Pashto}} speaker, told us his DOB is
        [[date_of_birth:01/01/2009]] (we know many Afghan young people are just given 1st Jan).
        When I set up his {{Mosaic}} record I copied the DOB from the {{Home Office}} paperwork
        instead, which had him as [[date_of_birth:01/01/2006]]. That would have made him [[age:19]] and
        triggered a move to adult {{asylum accommodation}} before any {{Merton}} compliant age
        assessment was done. Caught next morning by our {{duty manager}} [[name:Farida Haidari]] who
        noticed the {{Pathway Plan}} template had auto-populated. Corrected and flagged as "age
        disputed - treat as child". YP is [[name:Ahmad Zia]], HO ref [[case_reference:H2291047]],
        our ref [[case_reference:MOS-558120]]. Learning: never copy a disputed DOB across, record
        claimed DOB and flag the dispute.
    """)),
    ("social_care", "incident", block("""
        INCIDENT FORM - Leaving Care
        Ref: [[case_reference:LC/INC/2025/031]]
        Date of incident: [[date:22/02/2025]]
        Reported by: [[name:R. Mensah]], {{Personal Adviser}}
        Young person: [[name:Chantelle]] "[[name:Chan]]" [[name:Brooks]], [[age:19]]
        NI no: [[ni_number:JT 48 22 91 C]]

        What happened:
        [[name:Chan]]'s {{Universal Credit}} claim was suspended because I had typed her NI
        number with two digits swapped when helping her claim online. She went five weeks
        with no money and used a {{food bank}} twice.

        What went well:
        Her {{work coach}} at [[organisation:Bolton Road Jobcentre]] spotted the mismatch and
        arranged an {{advance payment}} the same day. We paid a top-up from the {{Setting Up
        Home Allowance}} to cover gas and electric.

        Learning:
        Young person keys in their own details with us beside them; we read back NI numbers.
    """)),
    ("social_care", "success", prose("""
        shout out for the kinship drop-in. {{special guardian}} (grandad, [[name:ray]]) was at
        breaking point with [[name:jaden]] [[age:13]] and [[name:mia]] [[age:10]] after the
        {{SGO}} went through last autumn - no allowance review, never heard of the {{Adoption
        Support Fund}}. i met him at the drop-in at [[organisation:Hollins Green Family Hub]],
        did the {{means test}} on the spot and his allowance went up from the next pay run. ASF
        application for {{therapeutic parenting}} went in the same week and [[name:jaden]] has started
        {{DDP}} sessions. [[name:ray]] said it was the first time anyone asked how HE was doing.
        learning: offer a {{carer's assessment}} at the first SGO review, not only when things
        break down. - [[name:c.h.]], {{kinship support worker}}
    """)),
    ("social_care", "incident", prose("""
        [[name:Bereket]] ([[age:16]], Eritrean, arrived [[date:3 Sept]]) went missing from
        [[organisation:Larkfield House]] supported lodgings on [[date:Sat 12th October]]. Staff saw
        him get into a silver Toyota, partial reg noted as [[vehicle_registration:WU70 KPD]]. The
        {{missing from care}} procedure was followed and police informed within the hour, but the
        {{Philomena Protocol}} grab pack had never been completed - no recent photo, no list of
        phone contacts. PC [[name:Hargreaves]] ended up using the photo from his {{ARC}} card which
        was months old. [[name:Bereket]] was found two days later working at a hand car wash in
        another county. {{NRM}} referral made, {{Modern Slavery}} lead involved, crime ref
        [[case_reference:14/77321/24]]. What went well: the provider's night worker clocked the car
        and wrote down what she could. Learning: grab pack within 72 hrs of any {{UASC}} placement,
        photo refreshed monthly.
    """)),
    ("social_care", "near_miss", block("""
        Teams chat - [[organisation:Leaving Care North]] (pasted with permission, as typed)

        [08:47] [[name:sunny.p]]: morning, about to send [[name:kezia]]'s {{pathway plan}} to her mum for sign off?
        [08:49] [[name:Bex]]: NO dont!! [[name:kez]] has a {{non-mol}} against {{mum}}, mum cant have her address
        [08:49] [[name:sunny.p]]: omg its in the plan, page 3, [[address:41 Pendle View]]
        [08:50] [[name:Bex]]: exactly. take it out and ring [[name:Kez]] first
        [08:56] [[name:sunny.p]]: done, only sent to her. {{Mosaic}} still has mum as "{{key contact}}" tho
        [08:58] [[name:Marcus]] ({{TM}}): thanks both. i'll get the contact flagged {{restricted}}. on the {{huddle}} agenda
    """)),
    ("social_care", "success", prose("""
        Really positive {{Family Group Conference}} today for baby [[name:Hope]] ([[age:4 months]]),
        currently in {{foster care}} under {{Section 20}}. Paternal aunt [[name:Grace
        Adeyemi-Cole]] and her wife offered to care for her long term. The {{connected persons}}
        {{viability assessment}} came back positive in five working days thanks to [[name:Will
        Prendergast]] in the kinship team prioritising it, and the {{FGC coordinator}} arranged a
        {{Yoruba}} speaking advocate for great-grandma so she could be part of the plan. What
        helped most: the aunt was given the {{Kinship Charter}} leaflet and a named contact from
        day one rather than "someone will call you". Baby moves on [[date:19 May]] with a {{Reg
        24}} approval in place and a date for {{fostering panel}}.
    """)),
    ("social_care", "incident", prose("""
        {{Data breach}}. Our birthday letter for care leavers turning 21, which includes their {{NI
        number}}, went to [[name:Jordan Whitlock]]'s old foster carers at [[address:9 Cedar Rise,
        Bramley]], [[postcode:LS13 2PJ]] instead of his flat. The letter showed his NI no
        ([[ni_number:NZ 31 07 64 A]]) and his new address. The carers, the [[name:Pearsons]],
        rang us straight away and handed it in - they were lovely about it. [[name:Jordan]] was
        understandably annoyed as he'd asked us not to share where he lives. Cause: {{Mosaic}}
        mail merge pulls from the "previous placement" address field if the current address
        isn't verified. Reported to our {{DPO}} and logged as [[case_reference:IG-2025-0388]].
        Apology letter sent; {{Caldicott Guardian}} aware.
    """)),
    ("social_care", "success", block("""
        Case note - {{UASC}} team
        Child: [[name:Y.H.]] ([[name:Yonas]]), DOB [[date_of_birth:09/05/2008]], ref [[case_reference:MOS-601337]]
        Date: [[date:17/04/2025]]
        Worker: [[name:Dawit]] ({{SW}}) with {{Tigrinya}} interpreter

        [[name:Y]] told me back in the winter that he thought his older brother had made it
        to the UK. Referred to {{British Red Cross}} family tracing. Today they confirmed
        brother [[name:Samuel]] ([[age:22]]) is in Coventry with {{refugee status}}.
        Supervised video call arranged for Friday - [[name:Yonas]] cried and laughed the
        whole time. {{IRO}} informed.
        Why it worked: we asked about family at every visit, not just the first one.
    """)),
    ("social_care", "incident", prose("""
        [[name:Lily-Mae Frost]] ([[age:5]]) was placed with her great-aunt under {{Regulation 24}}
        on [[date:2nd December]], late on a Friday via {{EDT}}. The 16-week temporary approval ran
        out on [[date:24 March]] before the full {{Form C}} assessment got to {{fostering panel}},
        so for nine days the placement had no lawful basis. Nobody noticed until the {{IRO}} asked
        at the review. The assessing {{supervising social worker}}, [[name:Kwame]], had been off
        sick and the case wasn't picked up. Child is doing brilliantly, settled at
        [[organisation:Brookvale Nursery]], and aunt ([[name:Pat]]) was not told anything was wrong
        until we had to explain the extension. Learning: Reg 24 expiry dates go on the team tracker
        with a 4-week warning, and the {{team manager}} checks it weekly. Ref
        [[case_reference:FC-24-1190]].
    """)),
    ("social_care", "near_miss", prose("""
        Booked a taxi through the council account to take [[name:Aaliyah]] ([[age:18]]) to her
        {{Staying Close}} viewing. The firm texts the pick-up time to the young person's mobile.
        The number on our system ([[phone:07700 900613]]) turned out to be an old one that now
        belongs to her ex-partner, who she has a {{DVPO}} against. Luckily her {{IDVA}} happened to
        ring me about something else, I mentioned the taxi and she said "that's not her number".
        Cancelled and rebooked with the right number ([[phone:07700 900958]]). If he'd had the
        time and her new area it could have been really serious. Learning: confirm mobile numbers
        verbally every contact, and {{MARAC}} cases should have a flag on the transport booking
        form. - [[name:Owen]], {{PA}}
    """)),
    ("social_care", "success", prose("""
        Want to record how well the {{Staying Put}} arrangement for [[name:Precious]]
        ([[age:18]]) came together. Her foster carers [[name:Dawn]] and [[name:Steve
        Okonkwo-Reid]] were worried about losing their {{fostering allowance}} and nearly said no.
        The {{Staying Put}} policy was explained properly by her {{Personal Adviser}} and the
        {{fostering}} team together in one meeting, with the actual figures, including {{Housing
        Benefit}} for the room. [[name:Precious]] stays with them through her {{A levels}} at
        [[organisation:Harrowgate Sixth Form College]] and has an offer to study nursing. Joint
        meeting was the key - separate letters from two teams had confused everyone.
    """)),
    ("social_care", "incident", block("""
        {{EDT}} log extract - [[date:03/08/2024]]
        22:40 Call from PC [[name:Lane]]: two children ([[name:Ruby]] [[age:9]], [[name:Alfie]] [[age:6]]) home alone at
              [[address:17 Quarry Bank, Lyde]], [[postcode:HR4 8TN]]. {{Special guardian}} Mrs [[name:Jan Keller]]
              taken by ambulance to [[organisation:Wyeside General]] about 21:15, suspected stroke.
        22:55 {{EDT}} SW [[name:Nadia]] checked {{Mosaic}} - no {{contingency plan}} or back-up carer recorded.
        23:30 Neighbour Mr [[name:Faulkner]] sat with the children, not {{DBS}} checked, agreed by {{EDT manager}}.
        00:20 Children placed with {{emergency foster carers}}. [[name:Ruby]] asking for her nan all night.
        Learning: every {{SGO}} support plan needs a named back-up carer with phone number, and
        our out-of-hours team needs read access to it.
    """)),
    ("social_care", "near_miss", prose("""
        [[name:Mohammed Ali Rahimi]] (says he's [[age:15]]) was {{age disputed}} at the port and
        sent to an adult {{contingency hotel}}. The hotel's {{Migrant Help}} worker rang our
        {{MASH}} on a Sunday. The first response from the call handler was that the {{Home Office}}
        had him as an adult so it "wasn't a children's services matter". Our {{team manager}},
        [[name:Frank]], overheard, pushed back and we treated him as a child pending a proper
        {{Merton}} assessment, which later found him to be [[age:15]]. Near miss because the default
        answer was nearly "not ours". HO ref [[case_reference:R1184502]]. Learning: any referral
        where a young person claims to be under 18 goes to a {{qualified social worker}}, and the
        {{ADCS}} age assessment guidance is now on the MASH desk.
    """)),
    ("social_care", "success", prose("""
        small win - [[name:JB]] ({{PA}}) got [[name:KO]] ([[age:20]]) a backdated {{council tax}}
        exemption under the care leaver scheme, saving her about £900, and opened a {{basic bank
        account}} using our {{care leaver}} ID letter because she has no {{passport}} or {{driving
        licence}}. [[name:KO]] had been paid her wages in cash for a year because of this. bank was
        [[organisation:Halden Credit Union]], who have agreed to accept the letter for everyone on
        our {{caseload}}. well worth doing.
    """)),
    ("social_care", "incident", prose("""
        {{Letterbox contact}} error. {{Special guardian}} Mrs [[name:Yusuf]] sent her annual letter and
        photos for the {{birth mother}} via our {{post-order support}} team. The {{coordinator}} checked the
        letter but not the back of one photo, where the printing shop had stamped the family's
        house name, [[address:Orchard End]], and the village. One photo also showed
        [[name:Amira]] ([[age:11]]) in her [[organisation:Kingsmead Academy]] blazer with the badge
        visible. {{Birth mum}} turned up at the school gate a fortnight later. School handled it well
        and [[name:Amira]] did not see her. Learning: all photos checked front and back, school
        logos blurred, and two people sign off every {{letterbox}} exchange. Ref
        [[case_reference:PAS-0723]].
    """)),
    # ------------------------------------------------------------------ health (17)
    ("health", "incident", prose("""
        Results {{SMS}} for a positive {{gonorrhoea}} {{NAAT}} went to the wrong mobile. The
        number was recorded on {{Lilie}} as [[phone:07700 900271]] but should have been
        [[phone:07700 900217]] - digits transposed at reception check-in. The person who received
        it rang the clinic confused and angry. The message didn't name the infection but did say
        "please call [[organisation:Riverside Sexual Health]] about your result". Patient clinic
        number [[case_reference:GU-41178]]. Our {{health adviser}} contacted the correct patient the
        same afternoon and treatment with {{ceftriaxone}} was given next day. Learning: patients now
        type their own number on the tablet at check-in and we send a test text before they leave.
    """)),
    ("health", "success", prose("""
        At the {{HPV}} catch-up session at [[organisation:Thornbury Park Academy]] on [[date:Wed 15
        January]] our {{school nurse}} [[name:Faith Mbeki]] noticed a Year 8 girl flinching when her
        sleeve was rolled up, and fingertip bruising on the upper arm. Rather than carry on the
        queue, [[name:Faith]] took her aside with the {{DSL}}. The girl ([[name:S.]], [[age:12]])
        disclosed that her stepdad grabs her. Referral to {{MASH}} that morning and a {{strategy
        discussion}} the same day. Good practice: vaccination sessions are busy but we built in a
        second nurse who floats, which gave [[name:Faith]] the time. Vaccine given later that week.
    """)),
    ("health", "near_miss", block("""
        {{CAMHS}} duty - near miss
        Date: [[date:07/11/2024]]     {{Datix}}: [[case_reference:W218845]]
        Patient: [[name:Ellis Warburton-Hughes]], [[age:15]], NHS [[nhs_number:399 674 2681]]
        DOB [[date_of_birth:28/02/2009]]

        Referral from [[organisation:Moorside Medical Practice]] listed NHS number
        [[nhs_number:144 904 5324]], which belongs to his twin sister [[name:Isla]]. Same DOB,
        same address, so {{SystmOne}} matched happily. {{Duty worker}} had opened a {{CAPA}}
        {{Choice appointment}} on [[name:Isla]]'s record and was about to send the letter.
        Caught by {{admin}} ([[name:Hayley]]) when [[name:Ellis]]'s name didn't match the letter header.
        Action: always check name + DOB + NHS number against the referral, not just two of them.
    """)),
    ("health", "incident", prose("""
        Patient walked in at 17:40 asking for {{PEPSE}} after condomless sex at the weekend with a
        partner known to be {{HIV}} positive and not on treatment. Triage said the clinic closes at
        18:00 and directed him to {{A&E}}, where he waited over six hours and was then told to come
        back to us in the morning. {{PEP}} was eventually started at about 60 hours after exposure,
        which is still inside the window but far later than it should have been. He has since
        tested negative at 12 weeks. Learning: reception and {{HCA}} staff never turn away a PEP
        request, a clinician sees it whatever the time, and we now keep {{starter packs}} in the
        locked cabinet. Reported by Dr [[name:Ng]], {{GUM}} registrar.
    """)),
    ("health", "success", block("""
        From: [[name:Hunter Reilly]] <[[email:hunter.reilly@familymail.example.com]]>
        To: [[email:camhs.feedback@nhs-trust.example.net]]
        Subject: thank you to [[name:Joy]]

        Please pass this on to [[name:Joy]] in the {{Getting Help}} team. My daughter
        [[name:Rosie]] ([[age:14]]) finished the {{DBT}} skills group last month. She hasn't
        self-harmed since [[date:12 August]] and she's back in school full time. What made the
        difference was being able to text the team between sessions and [[name:Joy]] actually
        calling back.
        Regards, [[name:Hunter]]

        -- forwarded to {{learning log}} by [[name:M. Castellanos]], {{Service Manager}}. Keep the
        {{DBT}} phone coaching line funded.
    """)),
    ("health", "incident", prose("""
        {{NCMP}} result letters for {{Reception}} at [[organisation:Green Lane Infants]] went out with
        two children's measurements swapped. The names were [[name:Alfie-James Carter]] and
        [[name:Alfie Jamieson]], same class, and the {{mail merge}} sorted on first name only. One
        family got a letter saying their child was "{{very overweight}}" when he isn't and were
        really distressed, the other got reassurance they shouldn't have had. Both families phoned
        the {{school nursing}} hub. Apologies made by our {{team lead}} [[name:Bronwen]] in person, letters
        reissued, {{Information Governance}} informed, {{Datix}} [[case_reference:W220197]]. Learning:
        merge keys on NHS number and a second person checks a sample of 10 letters before posting.
    """)),
    ("health", "near_miss", prose("""
        A [[age:14]] year old attended the [[organisation:Junction Young People's Clinic]] asking
        for {{Nexplanon}}. Nurse [[name:Bláithín]] assessed her as {{Fraser competent}}, but the
        {{Spotting the Signs}} {{CSE}} proforma wasn't done because it was a heaving Saturday list.
        The {{HCA}} chaperoning remembered the girl had mentioned her "boyfriend" picks her up and
        he's [[age:19]]. We stopped before fitting, completed the proforma, and the safeguarding
        lead made a referral. Near miss because the fitting was moments away and the age gap
        would have gone unrecorded. Learning: the proforma is now a hard stop in the electronic
        record for under-16s, and no LARC fitting can be booked without it.
    """)),
    ("health", "success", prose("""
        Want to highlight how the community eating disorder pathway worked for
        [[name:Zainab]] ([[age:16]]). GP rang {{CEDS-CYP}} directly, she was seen within 48 hours,
        bloods and {{ECG}} done the same day and the {{MEED}} guidance used to decide she was safe
        to stay at home with a {{refeeding}} plan. Her school nurse at [[organisation:Ferncliffe
        School]], [[name:sam o'driscoll]], weighed her weekly in a private room and sent results
        straight to our team, which saved the family a 40 minute trip each week. Family-based
        treatment ({{FBT-AN}}) started in week two. She's now back at a healthy weight and
        discharged. Key learning: the direct GP phone line and the school nurse link.
    """)),
    ("health", "incident", block("""
        Datix ref: [[case_reference:W224519]]
        Unit: [[organisation:Willow Unit]] ({{Tier 4}} adolescent inpatient)
        Date/time: [[date:19/09/2024]] 03:10
        Reporter: [[name:T. Akintola]], {{HCA}}

        Description: young person ([[name:L.M.]], [[age:15]], detained under {{Section 3}}) on
        15-min {{obs}} found in bathroom with a {{ligature}} made from a hoodie drawstring.
        Removed with {{ligature cutter}}, conscious throughout, reviewed by duty doctor, no
        lasting harm.
        Contributory: hoodie returned after a visit and not searched; bathroom door
        not on the {{anti-barricade}} list.
        What went well: cutter was on the nurse's belt, team response under a minute,
        family informed by 07:00.
    """)),
    ("health", "near_miss", prose("""
        Doing {{care plan}} reviews at [[organisation:St Bride's CE Primary]] and found both of the
        {{adrenaline auto-injectors}} for a Year 2 pupil with peanut allergy had expired four months
        ago. Pupil is [[name:Oskar]] ([[age:6]]). The school office (Mrs [[name:Dhillon]]) keeps
        the expiry dates in a paper book that nobody had looked at since the new term. Parents
        contacted, new {{EpiPens}} from the GP the same afternoon. He'd had a reaction at a party
        last year so this could have been very serious. Learning: school nursing now sends a
        reminder text to parents a month before expiry using the date in {{SystmOne}}, and we
        recommended the school sign up to the {{spare pens in schools}} scheme.
    """)),
    ("health", "success", prose("""
        {{Infectious syphilis}} diagnosed in a man at [[organisation:Northgate Sexual Health
        Centre]]. Our {{health adviser}} [[name:Rhys]] did {{partner notification}} with him the
        same day, including messaging two contacts through the app profiles he had, which the
        patient agreed to. Three partners were traced and tested within a week, one of whom was a
        woman of [[age:31]], 24 weeks pregnant who had no idea she was at risk. She was treated with
        {{benzathine penicillin}} and the {{antenatal}} team and {{BASHH}} pathway followed. This
        is exactly the outcome PN is for. Learning shared at the regional {{HA}} network.
    """)),
    ("health", "incident", prose("""
        Referral for [[name:Ollie]] ([[name:Oliver Brandt]], [[age:11]], NHS no.
        [[nhs_number:932 823 5111]]) from [[organisation:Castleview Surgery]] on [[date:2/9/24]] got
        lost between the {{Single Point of Access}} and the {{neurodevelopmental}} team. It was
        accepted by {{SPA}} but never allocated, and sat in a {{shared inbox}} for 11 weeks. His {{mum}}
        phoned on [[date:18 Nov]] because [[name:Ollie]] had been given a {{fixed-term exclusion}}
        and she'd heard nothing. We apologised and he was seen within a fortnight. Cause: the
        inbox was set up during the {{Rio}} migration and nobody owned it. Learning: every inbox
        has a named owner and a daily check, and referrals get an acknowledgement letter with
        a reference so families can chase.
    """)),
    ("health", "success", block("""
        {{ChatHealth}} transcript - [[date:Mon 10 Feb 2025]]
        16:02 Student: hi is this the school nurse? my friend took loads of {{paracetamol}} at lunch
        16:03 {{SN}} ([[name:Kerry]]): Hi, thank you for telling me. Is she with you? What's her name and school?
        16:04 Student: [[name:tilly]] in year 10 at [[organisation:Ashdown Academy]], in the toilets by the sports hall
        16:05 {{SN}} ([[name:Kerry]]): Please stay with her. I'm calling school and an ambulance now.
        --
        [[name:Kerry]] phoned reception, the {{DSL}} found [[name:tilly]] within 4 minutes.
        {{999}} called, {{acetylcysteine}} started at A&E, medically fit next day, {{CAMHS}}
        liaison review done. Messages after 16:30 get an auto-reply, so this worked because
        the student wrote before the cut-off. Raised extended hours at {{0-19}} board.
    """)),
    ("health", "incident", prose("""
        Patient ([[name:Beatriz Souza]], [[age:23]], clinic no. [[case_reference:SH-77104]]) was
        treated for {{chlamydia}} with {{doxycycline}} at our satellite clinic. In the notes she had
        said her period was "about a week late" but no {{pregnancy test}} was done and the
        {{PGD}} exclusion wasn't applied. She rang two days later after a positive home test. Advised
        to stop and switched to {{azithromycin}}; the {{antenatal}} team aware. No harm found so far.
        Contributing: locum nurse unfamiliar with our template, where the LMP question sits on a
        different tab from the {{PGD}} checklist. Learning: template changed so treatment cannot be
        recorded until LMP and pregnancy test fields are completed.
    """)),
    ("health", "near_miss", prose("""
        {{CAMHS psychiatrist}} Dr [[name:Adebayo]] increased [[name:Kieran]]'s ([[age:17]]) {{sertraline}}
        to 100mg and wrote to the GP at [[organisation:Elmfield Health Centre]]. The {{GP practice}}
        added a new 100mg repeat but didn't stop the old 50mg one, so both were issued on the same
        {{EPS}} request. The {{community pharmacist}}, Mr [[name:Iqbal]], noticed two strengths and rang
        the practice before dispensing. [[name:Kieran]] has a history of {{overdose}} so having 150mg a
        day and double the tablets at home could have been really dangerous. Learning: our
        {{shared care}} letters now say "STOP 50mg" in bold at the top, and the practice has
        agreed a pharmacist reconciles every CAMHS letter.
    """)),
    ("health", "success", prose("""
        [[name:Summer]] ([[age:13]]), Year 8 at [[organisation:Oakwood High]], kept missing PE and was
        falling asleep in lessons; school had her down as "disengaged". Our {{Year 7 health
        needs}} questionnaire flagged that she helps look after her mum, who has {{MS}}. The
        {{school nurse}} saw her, did a young carers screen, and referred to
        [[organisation:Halden Young Carers]]. She now has a {{young carer}} card so teachers know
        without her having to explain, a break club, and mum has an {{adult social care}} review
        with more care hours. Learning: the questionnaire question "who do you look after at home?"
        is doing real work, keep it.
    """)),
    ("health", "incident", prose("""
        Two men named [[name:Mohammed]] were in the {{waiting room}} and we call people by first name
        only for confidentiality. Both stood up; the {{nurse}} took the wrong one into the room and
        began discussing a reactive {{HIV}} {{POCT}} result before checking DOB. The patient said
        "I haven't had a test today" and she stopped immediately. No identifying details shared
        beyond the first name. Correct patient (clinic no. [[case_reference:RS-220917]]) was seen
        next and given his result with a {{health adviser}} present. Learning: call by first name
        plus clinic number, and positive ID (name, DOB) before anything clinical, every time,
        even when busy. {{Datix}} [[case_reference:W226640]].
    """)),
    # ------------------------------------------------------------------ aviation (16)
    ("aviation", "incident", prose("""
        During build-up in the {{cargo shed}} a carton on a {{ULD}} for [[flight_number:NX 7741]]
        started smoking. It was declared as "phone accessories" but contained loose
        {{lithium-ion}} batteries, no {{UN3480}} marks, no {{Class 9}} label. Team leader
        [[name:Marek Nowak]] isolated it, used the {{fire containment bag}} and called the airport
        fire service. Nobody hurt. The flight on [[aircraft_registration:G-NXFA]] left 3 hours late
        after the whole ULD was rebuilt and screened. Shipper's forwarder was
        [[organisation:Quickstream Logistics Ltd]]; reported to the {{CAA}} as a {{DG occurrence}}.
        What went well: [[name:Marek]] had done the {{DG awareness}} refresher a week earlier and
        knew exactly what to do.
    """)),
    ("aviation", "success", prose("""
        Turnaround on [[aircraft_registration:G-OCLB]] ({{A321}}) operating charter
        [[flight_number:OCL1293]]. Ramp agent [[name:Tyrese]] was doing the hold unload and saw red
        fluid dripping from the left main gear bay onto the stand. He stopped loading, told the
        {{dispatcher}} and {{engineering}} were called. It was a leaking {{hydraulic}} union that
        would probably not have been seen by the crew on a night {{walkround}}. 90 minute delay,
        aircraft fixed on stand. The operator, [[organisation:Oceanline Charter]], has sent a
        thank-you to our station. Good example of a ramp agent using the {{Stop}} authority
        without waiting to be told.
    """)),
    ("aviation", "near_miss", block("""
        CONFIDENTIAL REPORT - Ground Ops
        Operator: [[organisation:Albion Air Freight]]   Handler: [[organisation:Meridian Ground Services]]
        Flight: [[flight_number:ABF208]]   Aircraft: [[aircraft_registration:G-ABFE]] ({{B737-400F}})
        Date: [[date:28/01/2025]]   Shift: night

        What happened:
        {{Load sheet}} showed 2,300 kg of bulk in the aft hold but the team had loaded it in
        the forward hold because aft was wet from a leaking door seal. Nobody told load control.
        The {{Captain}} queried the {{trim}} because the figures didn't match the feel on taxi
        out, returned to stand, cargo moved and {{LIR}} reissued.

        Why: verbal change, no amended {{LIR}}, supervisor on break.
        Learning: any position change = new LIR signed by the {{loadmaster}}. No exceptions.
    """)),
    ("aviation", "incident", prose("""
        Pushback of [[aircraft_registration:EI-SKV]] ([[flight_number:SVX443]]) from stand 31. The
        {{tug}} driver swung wide to avoid a {{catering truck}} and the aircraft's left wingtip
        clipped the {{GPU}} which had been left just inside the {{ERA}} by the previous shift.
        Minor damage to the wingtip {{nav light}} cover, aircraft out of service for inspection,
        flight cancelled. The GPU had been towed there by van [[vehicle_registration:EK17 FHT]] and
        not returned to its {{parking box}}. Handling agent [[organisation:RampLine Handling]] has since
        introduced a stand clear check by the {{headset operator}} before every push. No one hurt.
        Ref [[case_reference:RLH-GS-2291]].
    """)),
    ("aviation", "success", block("""
        From: [[name:Chidi Eze]] <[[email:c.eze@meridian-gs.example.co.uk]]>
        To: Ramp - all shifts
        Subject: Well done - Sunday night {{AOG}}

        Team,
        On [[date:Sun 9 March]] [[aircraft_registration:9H-CGO]] ([[flight_number:ZX 5520]]) went {{AOG}}
        on stand with a brake temp fault. You transloaded 18 {{ULDs}} onto the spare,
        [[aircraft_registration:9H-CGP]], in 2h40 with zero damage and a correct {{LIR}} first time.
        Special mention to [[name:Stretch]] ([[name:Dave Morley]]) who ran the {{hi-loader}} all night, and
        to [[name:Anjali]] in load control.
        The operator's duty manager called it the best recovery they've had at any outstation.
        Cheers, [[name:Chidi]]
        Station Manager | [[phone:+44 7700 900552]]
    """)),
    ("aviation", "incident", prose("""
        Equine charter [[flight_number:EQC701]] on [[aircraft_registration:G-EQCB]], 14 horses in
        {{jet stalls}}. After landing we were held on the stand for 50 minutes waiting for the
        {{BCP}} vet, with the aircraft's {{air conditioning}} off and the {{ground air}} unit not
        yet connected. Cabin temperature in the main deck reached 31 degrees and two horses became
        distressed. The flying groom, [[name:Siobhán Kavanagh]], raised it with the ramp twice.
        Ground air eventually plugged in and animals unloaded safely, vet checked, no lasting harm.
        Learning for our handler [[organisation:Northwind Aviation Services]]: live animal flights get
        the {{PCA}} and ground air on stand before arrival, and the {{AVI}} checklist now includes
        temperature logging every 10 minutes.
    """)),
    ("aviation", "near_miss", prose("""
        Loaded the aft cargo door on [[aircraft_registration:G-NLFK]] ([[flight_number:NLF92]]) and
        closed it, but I didn't check the {{vent door}} was flush. The handle was stowed so it
        looked fine from the ground. On taxi the {{Captain}} got an {{ECAM}} "{{AFT CARGO DOOR}}"
        caution and came back to stand. Engineer found the latch not fully engaged. Could have
        been a pressurisation problem or worse. Honestly, I was rushing because we were 20 minutes
        behind and the {{dispatcher}} ([[name:Jas]]) was chasing. Learning for me: I do the full
        visual check of all latches every time, no matter the pressure. Our team is putting a
        second-person check on cargo doors into the turnaround plan.
    """)),
    ("aviation", "success", prose("""
        Freezing fog overnight, minus 6, 11 departures in 90 minutes. {{De-ice lead}} [[name:Ewa
        Zielińska]] split the two rigs between the {{remote stands}}, posted someone on the radio just
        to pass {{holdover time}} and {{Type IV}} start times to each crew, and turned away one
        crew that wanted to go "straight away" when their {{HOT}} had run out. No departures needed a
        second treatment and only one delay over 15 minutes. The captain of
        [[flight_number:XB 4412]] wrote in the {{voyage report}} that it was the best de-icing
        coordination she had seen. Worth copying: the dedicated radio role for HOT calls, and the
        {{Type I}} / {{Type IV}} whiteboard.
    """)),
    ("aviation", "incident", block("""
        Timeline - shift B, [[flight_number:SVX118]] / [[aircraft_registration:G-SVXD]], incident ref [[case_reference:GH-OCC-2025-0147]]
        02:10  {{LIR}} issued: 3,100 kg {{PMC}} to position 12L.
        02:35  Team loads it into 21L (position numbers read upside down on the worn plate).
        02:50  {{Loadmaster}} [[name:Okan Demir]] on {{walkround}} notices heavy pallet aft.
        02:55  Load stopped, {{Captain}} informed.
        03:40  Pallet moved, weights re-checked, {{load sheet}} reissued.
        03:50  Doors closed, 55 min delay.
        Contributing: faded floor markings, no torch at the door, new team member on the
        {{PDS}} controls. Station has ordered new position plates.
    """)),
    ("aviation", "near_miss", prose("""
        A {{hi-loader}} driver left stand 44 with two {{ratchet straps}} still trailing from the
        platform. Both dropped on the {{taxiway}}. [[name:Kyle]] from {{airside ops}} spotted them on a
        routine {{FOD}} patrol about 4 minutes before [[flight_number:MGL330]] taxied past that
        point. Straps removed, no ingestion. The driver was found by the van that was towing the
        equipment trolley, [[vehicle_registration:FY19 OKD]], which was on the {{CCTV}}. He was open
        about it and said he'd been called to another stand mid-task. Learning: {{FOD}} check walk
        round the vehicle before leaving any stand, and supervisors not to re-task people in the
        middle of a job.
    """)),
    ("aviation", "success", prose("""
        Football club charter [[flight_number:AVC9021]] diverted after a passenger ([[age:58]])
        collapsed in cruise. {{Cabin crew member}} [[name:Leah Varga]] led the response with the
        {{AED}} and {{oxygen}}, the passenger had a pulse by the time we landed, and {{paramedics}} met
        the aircraft on stand. The ground handling agent at the diversion airport, who had 20
        minutes' notice, had {{steps}}, an ambulance escort and a {{fuel bowser}} waiting. We got the rest
        of the team back in the air within 2 hours. I've written to thank both the crew and the
        handler. Reported by the {{commander}}, Capt [[name:Boateng]].
    """)),
    ("aviation", "incident", prose("""
        Third consecutive night of a 4-sector cargo pattern ([[flight_number:NX 7760]] /
        [[flight_number:NX 7761]] and back) on [[aircraft_registration:G-NXFB]]. Delays stacked up
        and the Captain, [[name:Harland]], used {{commander's discretion}} to extend the {{FDP}} by
        1h50. On the last sector in cruise the F/O ([[name:Jo]]) fell asleep without having
        briefed {{controlled rest}}; Captain woke them after noticing no response to an {{ATC}}
        call. Filed a {{fatigue report}} the next day. Our {{FRMS}} shows this pattern has been
        flagged before. Roster team has changed it so the third night is a 2-sector, and discretion
        on this pattern now needs a call to the duty ops manager.
    """)),
    ("aviation", "success", block("""
        {{WhatsApp}} - stands 40s ramp group ([[date:22/12/24]])
        23:14 [[name:Jonno]]: {{GPU}} on 44 smoking??
        23:14 [[name:Mags]]: cutting it now dont touch the cable
        23:15 [[name:Jonno]]: airport fire called. crew still on board [[aircraft_registration:G-TQLA]]
        23:16 [[name:priyanka_b]]: told the {{Captain}} via {{headset}}, {{APU}} starting
        23:21 [[name:Mags]]: {{fire crew}} here, {{GPU}} isolated, no flames
        23:40 [[name:priyanka_b]]: [[flight_number:TQL811]] off blocks 10 late, sorted
        --
        {{Supervisor}} note: textbook - power cut, crew told, fire service called inside 2 mins.
    """)),
    ("aviation", "near_miss", prose("""
        Marshalling [[aircraft_registration:N893RX]] ({{MD-11F}}, [[flight_number:RX 2219]]) onto
        stand 51 at night. The {{wing walker}} on the left, [[name:Rose]], saw the wingtip was going to
        pass about a metre from a parked {{baggage tractor}} that wasn't there when we did the
        {{stand check}}. She crossed her {{wands}} to stop, I stopped the aircraft, tractor moved, and we
        carried on. The tractor had been parked by another handler's crew who didn't know an
        MD-11 was due. Learning: the {{stand plan}} now shows {{wide-body}} arrivals to all handlers,
        and I'm glad we still use wing walkers on that stand even though the {{AGDS}} is installed.
    """)),
    ("aviation", "incident", prose("""
        The {{NOTOC}} for [[flight_number:CGX318]] was not handed to the commander. On board were
        {{dry ice}} and a {{Radioactive Yellow-II}} package in the forward hold. The {{Captain}}
        only found out at destination when the handler asked where to offload the DG. Our
        {{dispatcher}} had printed it but left it on the desk in the crew room when the printer
        jammed and he had to re-run the load sheet. Aircraft was [[aircraft_registration:OE-LKT]],
        operated by [[organisation:Corvid Cargo]]. Reported to the {{CAA}}. Learning: NOTOC is
        now signed for on the same page as the load sheet, so it physically can't be missed.
    """)),
    ("aviation", "success", prose("""
        Second week in the job, [[name:Deji]] ([[age:19]]) was on the {{headset}} for the push of
        [[aircraft_registration:G-ABFJ]]. Before giving "brakes released" he noticed the {{tow bar}}
        {{shear pin}} indicator looked wrong and told the {{Captain}} to hold. The pin had partly
        sheared on the previous push and would likely have failed mid-push. New tow bar brought
        over, 15 minute delay. He told us afterwards he nearly didn't say anything because he
        was new. We've made a point of telling the whole shift that {{new starters}} speaking up is
        what we want, and he got a {{Safety Star}} award from [[organisation:Meridian Ground
        Services]].
    """)),
]


def main() -> None:
    write_records(OUT, build_records("heldout-blind107", REPORTS))


if __name__ == "__main__":
    main()
