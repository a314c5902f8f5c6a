"""Held-out blind corpus 175: just-culture incident, near-miss and learning reports.

Settings: an adoption panel and its advisers (social care: panel chair, panel adviser,
medical and legal advisers, agency decision maker, family finders, business support); an
orthopaedic ward, fracture clinic and plaster room (health: T&O wards, virtual fracture
clinic, plaster technicians, fracture liaison); an airport's passenger assistance (PRM)
service and ambulift drivers (aviation: PRM control, ambulift and buggy drivers, aisle-chair
transfers, ground movement radio). Written blind, the way UK staff type: panel minutes with
initials and attendance lists, e-mails with headers and signatures, Teams and WhatsApp chat
exports, Datix-style incident forms with field labels, handover sheets and tables, hot
debriefs, chronologies with times, a vehicle tech log, a ground radio transcript, shout-outs,
thank-you cards and feedback forms, rushed lower-case notes with typos and no apostrophes.
Every person, place and number is invented; NHS numbers pass the mod-11 check.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from markup import block, build_records, write_records  # noqa: E402
from markup import flow as prose  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "corpus" / "heldout_blind175.jsonl"

REPORTS = [
    # ------------------------------------------------------------------ social care: adoption panel
    ("social_care", "incident", block("""
        ADOPTION PANEL - minutes extract, item 7 (information governance)
        Date: [[date:12 March 2024]]   Venue: {{Teams}} / [[organisation:Brackenfield House]]
        Present: [[name:RK]] ({{independent chair}}), [[name:DON]] ({{panel adviser}}), [[name:TM-B]] ({{medical adviser}}), [[name:SA]], [[name:PL]], [[name:Gwen]] (independent members), [[name:JH]] ({{agency adviser}}), [[name:Kofi]] (minutes)
        Apologies: Cllr [[name:Pryce]]

        7.1 [[name:DON]] reported that the Stage 2 {{PAR}} for the [[name:Ahmadi-Clarke]] household was e-mailed on [[date:5 March]] to a former panel member ([[email:b.whitlow@ntlworld.com]]) whose address was still on the panel distribution list in {{Egress}}. The former member rang the same afternoon to say she had deleted it unread. {{Data Protection Officer}} informed, ref [[case_reference:IG-24-0311]]; not reportable to the {{ICO}} in the DPO's view.
        7.2 Learning: the distribution list has had no owner since the business support restructure. [[name:JH]] to own it and check it against the membership list quarterly. Chair asked that the applicants be told openly - [[name:DON]] to ring Mrs [[name:Ahmadi-Clarke]] this week.
        Action: [[name:JH]] by [[date:26/03/24]].
    """)),
    ("social_care", "near_miss", prose("""
        quick one for the learning log. CPR for baby [[name:Kacey]] was put in the adopters info pack
        on fri and the {{panel adviser}} ([[name:bev]]) spotted on mon that section 3 still had birth
        mums full address in it - [[address:14 Tregarth Close, Plymstock]] [[postcode:PL9 8QJ]] - not
        redacted. the {{redaction}} had only been done on the panel copy. pack hadnt actually gone to
        the adopters, it was sat in the outbox waiting for {{the ADM}} sign off so no harm done. pulled
        it, re-redacted, checked the {{later life letter}} draft too. think the problem is we keep 2
        versions of the {{CPR}} and theres no version label on either. suggest we do one redacted
        version as standard like the {{CoramBAAF}} guidance says and stop keeping a "panel copy".
        ref [[case_reference:RAA/CP/0932]]. [[name:tash]] ({{family finding}})
    """)),
    ("social_care", "success", prose("""
        SHOUT-OUT 🌟 Huge thanks to Dr [[name:Seun Adeyemi]], our {{medical adviser}}, for the time she
        gave [[name:Gareth]] and [[name:Priya Lockwood]] before {{panel}} on [[date:Thursday 18 April]].
        They had read about possible {{FASD}} in the {{CPR}} for [[name:Mason]] ([[age:2]]) and were
        frightened to say so in case it looked like they were backing out. [[name:Seun]] spent an hour on a video
        call going through what {{foetal alcohol spectrum disorder}} might and might not mean, what the
        {{community paediatrician}} had actually found, and how {{CAMHS}} and the {{Adoption Support Fund}}
        could help later. They came to {{panel}} calm and informed, asked good questions, and the
        recommendation was unanimous. This is exactly what the {{medical adviser}} role is for.
        - [[name:Lou Fairweather]], {{Practice Supervisor}}, [[organisation:Wyvern Regional Adoption Agency]]
    """)),
    ("social_care", "incident", block("""
        From: [[name:Marcia Gayle]] <[[email:marcia.gayle@wyvernadopt.org.uk]]>
        Sent: [[date:02 May 2024]] 16:48
        To: Adoption Panel Business Support
        Subject: Learning - expired DBS for approval case [[case_reference:WRA-APP-2024-077]]

        Hi all,
        Logging this as agreed at the panel debrief. The [[name:Szymanski]] household came to {{panel}} on [[date:24 April]] for approval. After the {{recommendation}}, when the papers went to {{the ADM}}, [[name:Anita]] in business support noticed the {{enhanced DBS}} for [[name:Tomasz Szymanski]] had been issued on [[date:11/02/2021]] - over three years old on the panel date. Our policy says current within 3 years or on the {{Update Service}}.
        Nobody on panel picked it up because the checklist at the front of the {{PAR}} just said "DBS - completed". {{The ADM}} deferred her decision until a new check came back (clear, [[date:30 April]]), and the new application bounced once because his NI number had been keyed as [[ni_number:JX 41 72 09 B]] instead of [[ni_number:JX 41 72 90 B]], but the couple had an awful week and [[name:Kasia]] rang me in tears thinking they had been turned down.
        Learning: checklist to show issue dates, not just "completed"; {{panel adviser}} QA to include DBS dates.
        [[name:Marcia]]

        [[name:Marcia Gayle]] | {{Senior Practitioner}}, Assessment & Approval | [[organisation:Wyvern Regional Adoption Agency]] | [[phone:01632 960 018]]
    """)),
    ("social_care", "success", block("""
        Teams chat - Panel prep - exported [[date:09/07/2024]]
        [09:12] [[name:Hannah Ito]]: morning - confirming the {{BSL interpreter}} is booked for [[name:Jordan]] at panel tmrw, 10.30 slot
        [09:14] [[name:Femi Balogun]]: amazing thank you!! has she had the papers?
        [09:15] [[name:Hannah Ito]]: yep sent via {{Egress}} yesterday, signed the confidentiality agreement. also moved us to the room where the window is behind the panel not behind [[name:Jordan]] so he can see faces
        [09:16] [[name:Femi Balogun]]: brilliant. does the chair know to pause between questions?
        [09:17] [[name:Hannah Ito]]: yes spoke to [[name:Clive]] yesterday, he'll keep questions short and let the {{interpreter}} finish. asked {{the legal adviser}} to send her summary in plain English too
        [09:20] [[name:Femi Balogun]]: you're a star. [[name:Jordan]] said at {{prep group}} he felt like an afterthought
        [15:02] [[name:Femi Balogun]]: just to say [[name:Jordan]] and [[name:Ellis]] came out beaming. unanimous {{recommendation}}. he said it was the first meeting in the whole {{assessment}} where he didn't have to ask anyone to repeat themselves 💜 thank you
        [15:04] [[name:Hannah Ito]]: 😭 made my week
    """)),
    ("social_care", "near_miss", block("""
        INCIDENT / NEAR MISS FORM
        Ref: [[case_reference:NM/2024/118]]
        Service: Adoption - Family Finding, [[organisation:Three Rivers Adoption]]
        Date of event: [[date:17/06/2024]]
        Reported by: [[name:Gurpreet Sandhu]], {{Family Finder}}
        Category: Information - wrong person's details (near miss)
        What happened: the {{Adoption Placement Report}} for [[name:Ruby-Mae]] was drafted from the APR used for a previous match. Page 4 (contact plan) still named the previous child, "[[name:Tyler]]", and said his birth grandmother lives in [[address:Kidsgrove]]. Picked up by the {{panel adviser}}, [[name:Nkechi]], at her quality read 6 days before {{panel}}. Not circulated.
        Immediate action: corrected, previous child's details removed, version history checked.
        Why it happened: we copy old {{APRs}} because the blank template has no contact plan headings. 3 matches that week.
        Suggested learning: new blank template with the headings; "never copy a live report" at team meeting; {{find and replace}} check for previous names before QA.
        Harm: none. {{Team manager}} informed; {{Data Protection Officer}} advised not a breach as not sent outside the agency.
    """)),
    ("social_care", "incident", prose("""
        The {{letterbox coordinator}} forwarded the annual {{letterbox contact}} letter from the {{adoptive parents}} of [[name:Aliyah]] ([[age:6]]) to her {{birth mother}} on [[date:9 January 2024]]. The adopters
        had signed with first names only, as advised, but a photocopied school certificate enclosed with
        the letter showed the child's new surname, "[[name:Whitcombe]]", and the crest of
        [[organisation:St Bede's RC Primary]]. Birth mother found the adoptive mum on social media within
        days and sent a friend request. The adopters rang their {{post-adoption support}} worker,
        [[name:Joel Mbeki]], very distressed on [[date:15 January]]. A {{safety plan}} was agreed, the {{designated safeguarding lead}} at the school
        was told and privacy settings changed; there has been no further contact. Looking back, the
        coordinator's checklist covers the letter but not {{enclosures}}, and she was covering two posts
        during sickness absence. We do not see this as her failure: the system relied on one person
        noticing a crest on a photocopy. Enclosures are now checked by two people, and adopters get a
        one-page guide on what not to send. Notified to {{Ofsted}} as required. Ref
        [[case_reference:LBX-2024-006]].
    """)),
    ("social_care", "success", block("""
        Feedback form - your experience of adoption panel
        Panel date: [[date:21.05.24]]
        Name(s) (optional): [[name:Dev]] & [[name:Sunny Chaudhary]]

        What went well?
        We were dreading panel honestly. Our {{social worker}} [[name:Ife]] prepped us really well and the {{panel chair}}, Mrs [[name:Hollis]], came out to meet us in the corridor before we went in, introduced everyone round the table by first name and role, and told us we'd hear the {{recommendation}} on the day. The {{independent member}} who is adopted herself ([[name:Joy]]? sorry if wrong) asked how we'd talk about heritage and identity with a child whose background is different from ours - best question anyone asked in the whole {{assessment}}.

        Anything we could do better?
        The {{waiting room}} had no water and we waited 40 mins.

        Anyone you want to thank?
        [[name:Ife]] - she rang us the minute {{the ADM}} letter came through on [[date:29th May]], on her day off.
        Would you recommend the {{adoption agency}}? Yes 10/10
    """)),
    ("social_care", "incident", block("""
        Chronology - panel [[date:04/09/2024]], matching item for [[name:Leo]] and [[name:Ava]] ([[case_reference:TRA/M/24/031]])
        09:30 Panel opens on {{Teams}}. Quorum confirmed - 5 members incl. {{social work member}} and {{independent member}}.
        10:05 [[name:Yusuf Rahman]] ({{social work member}}) loses connection; rejoins by phone.
        10:40 [[name:Yusuf]] drops out again and can't reconnect. Panel now 4 - no social work member.
        10:42 Chair ([[name:Bronwen Ellis-Pugh]]) not told by the {{panel adviser}} that quorum has gone; panel continues and makes a {{recommendation}} for the match at 10:55.
        11:20 {{Legal adviser}} ([[name:Ciara Nolan]]) spots it while checking the draft minutes.
        14:00 {{Agency decision maker}} cannot rely on an inquorate recommendation. Item relisted for [[date:11/09/2024]].
        Impact: {{introductions}} put back a week; adopters [[name:Sam]] and [[name:Alex Okoro]] had already taken leave, and the foster carer had told the school.
        Learning: panel adviser to state quorum at the start of every item; dial-in sent to all members with the {{Teams}} link; chair to ask "are we still quorate?" after any drop-out.
    """)),
    ("social_care", "near_miss", block("""
        WhatsApp export - "Adv team 🙂" - [[date:14/10/2024]]
        13:02 - [[name:Kerry-Ann]]: quick sense check pls - [[name:Esme]] LLL para 3 says she went to nursery at [[organisation:Little Acorns]] but CPR says [[organisation:Rainbow Tots]]??
        13:03 - [[name:Dom]]: checking
        13:04 - [[name:Dom]]: CPR is right. [[organisation:Little Acorns]] was her sisters nursery. whoever drafted the {{later life letter}} must have used the sibling's file (sister placed elsewhere)
        13:05 - [[name:Kerry-Ann]]: omg. glad u checked, she'd have read that at 16 and thought we didn't even know her
        13:06 - [[name:Dom]]: the {{life story book}} had the same mistake, fixing both now
        13:07 - [[name:Kerry-Ann]]: can u add to the learning log? main thing is draft the LLL from her own {{CPR}} never the sibling file
        13:08 - [[name:Dom]]: 👍 will do. also her {{social worker}} left in {{August}} so no one has read it who actually knows her. asking {{foster carer}} to check before it goes to {{panel}}
    """)),
    ("social_care", "success", prose("""
        Debrief notes - {{early permanence}} placement, baby [[name:Noah]] (born
        [[date_of_birth:03/11/2024]]), [[case_reference:EP-24-019]]. Attendees: [[name:Rach]] ({{child's
        social worker}}), [[name:Amara Nwosu]] ({{EP lead}}), [[name:Carl]] and [[name:Stuart Dempsey-Lowe]]
        ({{Foster for Adoption}} carers), [[name:Hil]] ({{health visitor}}). What went well: the carers'
        dual approval went through {{panel}} two weeks before the birth, so [[name:Noah]] went from the
        {{neonatal unit}} straight to [[name:Carl]] and [[name:Stuart]] at [[age:5 days old]]. {{Family time}}
        with birth mum three times a week at [[organisation:Lime Street Family Centre]], with [[name:Carl]]
        doing most handovers - birth mum told the {{IRO}} he was kind to her. The {{IRO}} was involved from
        day one. Even better if: the {{court}} timetable slipped twice and the carers found the not-knowing
        hard; they would have liked their own support worker earlier. To share: early conversations with
        the {{panel adviser}} saved weeks.
    """)),
    ("social_care", "incident", prose("""
        reporting myself really. coming back from panel in [[address:Taunton]] on [[date:tues 19th nov]]
        i left my work laptop on the train. panel papers for 3 cases were in the downloads folder
        (shouldnt have been, i know). laptop is {{BitLocker}} encrypted and needs {{MFA}} so IT say risk is
        low. rang the {{IT service desk}} at 18.30, they wiped it remotely by 19.10. told [[name:Angharad]]
        and the {{DPO}}, ref [[case_reference:INC0048213]]. laptop was handed in to lost property next day.
        honest reflection: i was knackered, panel overran till 5 and i had to run for the train. we all
        download the papers because the {{VPN}} on trains is rubbish and we read them on the way. might be
        worth giving {{panel members}} offline read-only access that isnt saved on the device? - [[name:Mo]]
        ({{independent panel member}})
    """)),
    ("social_care", "near_miss", block("""
        BUSINESS SUPPORT HANDOVER - adoption panel admin - w/c [[date:25/11/2024]]
        | Case | Item | Panel | ADM due | Status |
        | [[case_reference:A-2231]] | [[name:Hussain]] {{approval}} | [[date:18/11]] | [[date:27/11]] | ⚠ minutes not sent - see below |
        | [[case_reference:M-0874]] | [[name:Kelsey]] & [[name:Brandon]] match | [[date:20/11]] | [[date:29/11]] | with {{ADM}} |
        | [[case_reference:A-2236]] | [[name:Lim]] approval | [[date:20/11]] | [[date:29/11]] | minutes in draft |

        NOTES: [[name:Jas]] off sick from {{Thursday}} - the [[name:Hussain]] minutes were sitting in her drafts, never sent. Found by [[name:Wendy]] Mon am while covering. {{The ADM}} (Mr [[name:Okonjo]]) on leave till [[date:2 Dec]]; {{deputy ADM}} [[name:Lisa Brammer]] agreed to read it Tues. Decision made inside the 7 working days required by the {{Adoption Agencies Regulations}}, just.
        LEARNING: minutes shouldn't live in one person's drafts. Shared {{panel mailbox}} folder "Minutes for ADM" + tracker column "sent to ADM (date)".
    """)),
    ("social_care", "success", block("""
        [[organisation:Severnside Adoption Panel]] - minutes (extract)
        Date: [[date:Wed 11 December 2024]]
        Members: [[name:P. Whitfield]] (chair), [[name:A. Bhatt]], [[name:L. Morgan]], Dr [[name:J. Kaur]] ({{medical adviser}}), [[name:T. Ogunleye]] ({{social work member}})
        In attendance: [[name:Ngozi Adebayo-Shaw]] ({{child's social worker}}), [[name:Rhodri]] ({{agency adviser}})

        Item 3: Match - sibling group of three ([[name:Mia]] [[age:7]], [[name:Kai]] [[age:5]], [[name:Lola]] [[age:2]]) with [[name:Ben]] and [[name:Marcus Ashworth-Reid]].
        Panel noted the quality of the {{Adoption Placement Report}} and commended [[name:Ngozi]] for keeping the three together when separation had been considered in the {{care proceedings}}; the {{sibling assessment}} was thorough and child-centred. Support plan includes {{therapeutic parenting}} training and an {{Adoption Support Fund}} application. {{Contact}} with older half-brother [[name:Callum]] ([[age:15]], in {{foster care}}) every 8 weeks.
        Recommendation: unanimous. Chair asked that thanks be passed to the team.
    """)),
    ("social_care", "incident", block("""
        Subject: Info sharing error - adopters' copy of medical report - [[case_reference:SEV/ADM/1187]]
        From: [[email:panel.adviser@severnside-adoption.org.uk]]
        To: [[email:dpo@severnside-adoption.org.uk]]
        Date: [[date:08 January 2025]]

        Dear [[name:Ravi]],
        On [[date:6 January]] adopters [[name:Liam]] and [[name:Siân Pritchard]] were sent the full {{Child Health Report}} for [[name:Harvey]] (NHS [[nhs_number:458 715 1742]]) instead of the summary version the {{medical adviser}} prepared for them. The full report includes birth mother [[name:Chantelle Moss]]'s own health history, including {{hepatitis C}} and {{mental health}} admissions, which she had not agreed to share. The adopters noticed and e-mailed us the same day to say they had stopped reading and deleted it.
        Cause: the two versions were saved in the case file as "CHR [[name:Harvey]] v2" and "CHR [[name:Harvey]] FINAL".
        Actions: birth mother's social worker will tell her; you are assessing the {{ICO}} threshold; file naming convention now agreed with the {{medical adviser}}.
        Regards,
        [[name:Lowri]]
        {{Panel Adviser}}
    """)),
    ("social_care", "success", prose("""
        Shout-out to [[name:Gift Moyo]] from [[organisation:Ashvale Virtual School]], who joined the
        {{adoption panel}} as our education adviser on [[date:30 January]]. During a match for
        [[name:Kayden]] ([[age:9]]), the prospective adopters said his current school,
        [[organisation:Holly Lane Juniors]], had told them education support "wasn't their job". [[name:Gift]]
        explained {{Pupil Premium Plus}}, the {{designated teacher}} role and how they could request an
        {{EHCP}} needs assessment, in plain words and without making anyone feel silly. She then rang the
        school's {{SENCo}} herself the next morning and set up a transition meeting before
        {{introductions}}. The adopters told their {{social worker}} it was the first time anyone had
        talked about [[name:Kayden]] as a learner rather than a problem. Thank you [[name:Gift]]!
        - [[name:Bernadette]], {{Panel Adviser}}
    """)),
    ("social_care", "incident", prose("""
        Learning review summary (complaint [[case_reference:CMP-2025-0042]]). Prospective adopters
        Ms [[name:Adaeze Eze]] and her partner [[name:Kim Lawson]] complained after their approval {{panel}}
        on [[date:13 February 2025]]. They felt one {{panel member}} kept returning to [[name:Kim]]'s past
        {{IVF}} treatment and asked whether they were "really over" losing a pregnancy, in a way they
        experienced as intrusive; the {{panel chair}} did not step in. The recommendation was positive,
        but they described leaving feeling "on trial". The review found the questions were legitimate in
        substance ({{infertility}} and loss are covered in the {{PAR}}), but the chair did not manage the
        follow-ups, there was no agreed question plan, and the member was new with no observation period.
        We accept the couple's account. Actions: written apology from [[name:Tom Grieve]], {{Head of
        Service}}; chair and new members to attend {{CoramBAAF}} panel training; questions agreed before
        applicants join; {{panel adviser}} to act as a second pair of ears. Chair's reflection: "I was
        watching the clock and I let it go on."
    """)),
    # ------------------------------------------------------------------ health: orthopaedics
    ("health", "incident", block("""
        DATIX WEB - Incident report
        ID: [[case_reference:W214877]]
        Date/time: [[date:03/03/2024]] 02:15
        Location: [[organisation:Kestrel Ward]] (Trauma & Orthopaedics), [[organisation:Harbourside General Hospital]]
        Patient: [[name:Darren Pike]], [[age:34]], NHS No [[nhs_number:7309834917]]
        Reporter: [[name:Olamide Bankole]], {{Staff Nurse}}
        Description: Admitted from ED evening of [[date:02/03]] with closed {{tibial shaft fracture}} in an {{above-knee backslab}}, awaiting {{IM nail}} on morning list. From 23:00 pt reporting pain 9/10 not settling with {{Oramorph}} 10mg x2. {{Neurovascular obs}} documented "NAD" 23:00 and 01:00. At 02:00 pt said toes "burning and numb", pain on passive stretch. Bleeped {{SHO}} 02:05 and 02:20, no answer (covering 4 wards + ED). Escalated to {{site manager}} 02:35; {{orthopaedic registrar}} Mr [[name:Aziz]] reviewed 03:10, split backslab, {{compartment syndrome}} suspected, to theatre for {{fasciotomy}} 04:40.
        Harm: Moderate.
        Contributing factors: pain out of proportion not recognised as a red flag; NV obs chart has no "pain on passive stretch" box; one SHO for T&O overnight.
    """)),
    ("health", "near_miss", prose("""
        near miss on the {{trauma list}} today. lady for {{ORIF}} left ankle, Mrs [[name:Teresa Quinn]]
        [[age:67]], nhs no [[nhs_number:787 704 9285]], came round from the ward with the arrow on the RIGHT
        ankle - the F1 had marked it from the {{consent form}} which also said right (typo). {{x-ray}} on
        {{PACS}}, the {{backslab}} and the list all said left. picked up at {{sign in}} on the {{WHO
        checklist}} when [[name:Ade]] ({{ODP}}) asked her which leg and she pointed at the left one and
        said "this one thats in the pot love". consent redone by the reg, marking redone, list delayed
        25 mins. nobody hurt. but the consent error went past 3 people before theatre. datix
        [[case_reference:W215302]]. [[name:Sinead]] theatres
    """)),
    ("health", "success", prose("""
        Shout out to [[name:Barry]] in the {{plaster room}} 👏 {{Tuesday}} afternoon clinic was mental -
        60+ patients, two {{plaster technicians}} off - and [[name:Barry]] still took time with
        [[name:Keeley]] ([[age:8]]) who was hysterical about the {{cast saw}}. He showed her it wouldn't
        cut her by pressing the blade on his own palm, let her pick a purple {{synthetic cast}}, and
        talked her through every step. Mum said she'd been dreading it for weeks after a bad experience
        at [[organisation:Pinewood Children's Hospital]]. Then he stayed 40 mins late to redo a {{scaphoid
        cast}} for a man from {{fracture clinic}} whose thumb was rubbing. Legend. - [[name:Nisha]],
        {{fracture clinic}} nurse ({{Band 6}})
    """)),
    ("health", "incident", block("""
        Timeline - Mr [[name:Jack Brennan]], [[age:91]], L {{intracapsular #NOF}}, [[organisation:Heron Ward]]
        [[date:Sat 13/04]] 19:40 Admitted via ED. {{NBM}} from midnight for {{hemiarthroplasty}}.
        [[date:Sun 14/04]] 08:00 On list, 3rd. 16:30 cancelled - {{trauma list}} overran (2 x {{open fractures}}). Diet 17:00; NBM again from 02:00.
        [[date:Mon 15/04]] 07:00 Still NBM. 14:10 cancelled again - no staff for a second list. Pt drowsy, {{4AT}} 6. {{IV fluids}} not prescribed until 15:30 (noticed by {{orthogeriatrician}} Dr [[name:Fenella Roe]]).
        [[date:Tue 16/04]] 09:15 To theatre. Fasted (solids) ~31 hrs over two days; time to surgery 61 hrs.
        Outcome: post-op {{delirium}}, {{AKI}} stage 1, recovered. LOS 19 days.
        Learning (from {{M&M}}): stop blanket "NBM from midnight" - {{Sip til Send}}; {{hip fracture}} patients top of list per {{NHFD}} standards (36 hrs); consultant-to-consultant escalation after any second cancellation.
        Reported by: [[name:J. Mensah]], {{ward sister}}. Ref [[case_reference:DTX-88120]]
    """)),
    ("health", "near_miss", block("""
        From: [[name:Claire Dobson]] ({{VFC coordinator}})
        To: Fracture Clinic team; [[email:ig.team@harbourside.nhs.uk]]
        Subject: near miss - two patients same name - VFC letters
        Date: [[date:Fri 10 May 2024]]

        Hi all, flagging a near miss from yesterday's {{Virtual Fracture Clinic}}. We had two patients called [[name:Mohammed Ali]] referred from ED on the same night, both with {{5th metatarsal fractures}} (honestly). The {{discharge letter}} and {{boot leaflet}} for the first (DOB [[date_of_birth:02/07/1958]], NHS [[nhs_number:427 877 5938]]) had merged with the address of the second ([[address:Flat 3, 27 Cobden Street, Easton]], [[postcode:BS5 6HN]]). [[name:Ayesha]] spotted it in the print queue because the age on the letter ([[age:19]]) didn't match the content. Not posted.
        Cause: search in {{EPR}} by name, first result picked; {{mail merge}} pulls the address from a different field.
        Suggest: always search by NHS number in VFC, and print DOB on the letter header so a mismatch shows.
        Thanks, [[name:Claire]]
        [[organisation:Harbourside General Hospital]] {{Fracture Clinic}} | [[phone:0117 496 0471]]
    """)),
    ("health", "success", block("""
        Card on the staffroom board, typed up for the {{Learning from Excellence}} log:

        "Dear everyone on [[organisation:Kingfisher Ward]],
        Thank you for looking after my dad [[name:Stanley]] after his hip op in {{March}}. He was so confused the first few nights and you never once made him feel like a nuisance. [[name:Precious]] sat with him at 3am and sang old hymns with him. [[name:Tomek]] the {{physio}} had him walking with the {{frame}} by day 2, and [[name:Lorna]] the {{OT}} sorted the rails at home before he came out. He is back at his allotment now! Special mention to the {{healthcare assistant}} with the pink hair ([[name:Skye]]?) who always found him an extra custard.
        With love and thanks, [[name:Maureen]] & family x"

        Logged by: [[name:DW]], {{Ward Manager}}, [[date:22/04/24]]
    """)),
    ("health", "incident", block("""
        T&O HANDOVER - [[organisation:Heron Ward]] - nights to days [[date:19.06.24]]
        Bed | Patient | Issues
        B4 | [[name:PATEL Hemant]] [[age:72]] | D1 {{TKR}} (R). Obs stable. ** {{enoxaparin}} 40mg NOT GIVEN last 2 evenings - see below
        B6 | [[name:O'DONNELL Mary]] [[age:88]] | {{#NOF}} conservative mx, {{end of life care}}, family at bedside
        B9 | [[name:AKINOLA Tunde]] [[age:45]] | {{ex-fix}} tibia, {{pin site care}}, {{IV antibiotics}}

        ** B4: enoxaparin written on a paper drug chart in recovery (EPMA terminal down), chart came to the ward with him and was never transcribed onto {{EPMA}}, so it never showed on the round. Found by [[name:Wren]] ({{pharmacist}}) on {{medicines reconciliation}} this am. No {{VTE prophylaxis}} ~40h post-op, {{TED stockings}} on. First dose given 07:30. Reg aware (Dr [[name:Ogbu]]). Datix [[case_reference:W216644]].
        System issue: recovery falls back to paper when the terminal is down and there is no step to reconcile it.
    """)),
    ("health", "incident", prose("""
        At about 04:50 on [[date:7 July 2024]] Mrs [[name:Irene Cavanagh]] ([[age:84]]), day 3 after a
        {{dynamic hip screw}} for a {{trochanteric fracture}}, was found on the floor beside her bed in bay
        C of [[organisation:Curlew Ward]] by the {{HCA}}, [[name:Jade]]. She had tried to walk to the toilet
        without her {{Zimmer frame}}. She had a {{laceration}} to her forehead, and a {{CT head}} (she takes
        {{apixaban}}) showed no bleed. Looking back, her {{4AT}} was 5 on admission but not repeated after
        day 1, {{lying and standing BP}} was never done, and the {{bed sensor alarm}} had been taken off the
        day before because the batteries were flat and no spares could be found. Two registered nurses
        were covering 28 patients after a sickness call at 20:00. The {{falls bundle}} was ticked on the
        {{EPR}} but not delivered. Her daughter [[name:Bernie]] was phoned at 06:15 by the nurse in charge,
        and a {{duty of candour}} letter has gone. Learning: spare batteries in bay stock; 4AT daily for
        every {{hip fracture}} patient; night staffing review with the {{matron}}. Ref
        [[case_reference:W217019]].
    """)),
    ("health", "near_miss", prose("""
        Plaster room near miss [[date:12/08]] - reported by [[name:Kwame]] ({{plaster technician}}).
        Removing a {{long leg cast}} from a [[age:6yo]] with the {{oscillating saw}}. The {{cast spreader}}
        was missing from the tray (taken to clinic 2 and not returned) and the blade was visibly worn. I
        felt the blade getting hot and stopped after the first cut - child fine, no mark on the skin, but
        the padding was hot to touch. Changed the blade and found a spreader. With a wriggly kid and a
        blunt hot blade we could easily have caused a {{cast saw burn}}. The blade change log has no
        entry since {{June}}. Actions: blade change every 20 casts, logged on the sheet on the door; each
        room gets its own labelled spreader; asked [[name:Estelle]] ({{Band 7}}) to add saw checks to the
        morning {{safety huddle}}. Parents told and were fine. Datix [[case_reference:W218440]].
    """)),
    ("health", "success", block("""
        HOT DEBRIEF - {{major haemorrhage}}, [[organisation:Kestrel Ward]], [[date:02/09/2024]] 15:10
        Present: [[name:Lucy]] ({{NIC}}), [[name:Ibrahim]] ({{F2}}), Dr [[name:Sato]] (ortho reg), [[name:Marguerite]] ({{HCA}}), [[name:Gaz]] ({{porter}}), [[name:Sophie]] ({{outreach}})
        What happened: bay 2, day 1 post {{revision THR}}, hypotensive, drain 900 ml. [[name:Lucy]] put out a {{2222}} major haemorrhage call; {{MHP}} activated 15:14, {{TXA}} 15:20, first {{O neg}} at bedside 15:22. Back to theatre 16:05.
        Went well: everyone knew their role from the ward sim in {{June}}; [[name:Gaz]] ran the blood; closed-loop comms; [[name:Lucy]] gave [[name:Marguerite]] the scribe role so every time is documented.
        Even better if: {{blood bank}} phone engaged twice; wait for an {{HDU}} bed.
        Patient stable on HDU, family updated by Dr [[name:Sato]].
    """)),
    ("health", "incident", block("""
        INCIDENT FORM - Tissue viability
        Patient: [[name:Aaliyah Johnson-Reid]], [[age:17]], NHS [[nhs_number:759 571 8902]]
        Area: {{Fracture Clinic}}, [[organisation:Harbourside General Hospital]]
        Reported by: [[name:V. Chikwanha]], {{fracture clinic sister}}. Ref [[case_reference:W219115]]
        What happened: [[name:Aaliyah]] had an {{ankle fracture}} treated in a {{below-knee backslab}} applied in ED on [[date:20/09/2024]]. When the backslab came off in clinic on [[date:27/09/2024]] she had a {{category 3 pressure ulcer}} on the heel. She had rung the plaster advice line twice ([[date:23/09]] and [[date:25/09]]) with heel pain and was told "it's normal for it to hurt".
        Contributing: she has {{type 1 diabetes}} with reduced sensation - in her notes but not on the ED plaster request; no heel padding check in ED; the advice line script doesn't ask about localised burning.
        Learning: "diabetes / neuropathy" tick box on the plaster request; script updated; {{tissue viability}} teaching for ED plaster staff.
    """)),
    ("health", "success", block("""
        Teams - #fracture-liaison - [[date:Thu 17 Oct]]
        [[name:Anjali Rao]] 10:02  lady in FC this am - [[name:Gillian Marsh]] [[age:58]], {{distal radius fracture}} from standing height, previous {{vertebral fracture}} on an old CT that nobody actioned. no bone protection. can FLS see her today?
        [[name:Tunde O.]] 10:05  yes send her round after plaster, I'll do {{FRAX}} and book {{DEXA}}
        [[name:Tunde O.]] 11:40  seen. high risk, started {{alendronic acid}} + {{Adcal-D3}}, letter to GP at [[organisation:Milford Road Surgery]]. she's carer for her husband so linked her with the {{falls team}} too
        [[name:Anjali Rao]] 11:42  amazing, thank you 🙏 that's exactly the catch the {{FLS}} is for
        [[name:Tunde O.]] 11:43  👍 adding her to the {{FLS-DB}} audit
    """)),
    ("health", "near_miss", block("""
        INCIDENT FORM (near miss)
        Ref no: [[case_reference:W219870]]
        Area: {{Paediatric fracture clinic}}, [[organisation:Harbourside General Hospital]]
        Date: [[date:05/11/2024]]
        Child: [[name:Oscar Lindqvist]], DOB [[date_of_birth:20/07/2024]] ([[age:15 weeks]]), NHS [[nhs_number:301 299 6249]]
        Summary: infant referred from ED with a {{spiral fracture}} of the {{femur}}, history "rolled off the sofa". ED had not completed the {{safeguarding}} proforma and the {{non-mobile infant}} pathway was not triggered. In clinic the doctor was about to book a {{hip spica}} and discharge when the {{plaster technician}}, [[name:Hollie]], asked "how does a baby who can't roll fall off a sofa?" Clinic paused; {{paediatric consultant}} review; {{skeletal survey}}; referral to {{MASH}} the same day and {{child protection medical}} arranged.
        Why near miss: child would have gone home without assessment.
        Learning: non-mobile infant prompt in fracture clinic too, not just ED; formal thanks to [[name:Hollie]] for speaking up.
    """)),
    ("health", "incident", block("""
        From: [[name:Price, Rhiannon]] <[[email:rhiannon.price4@nhs.net]]>
        To: ED Consultants; Fracture Clinic
        Subject: Missed scaphoid - for M&M next week

        Colleagues - for learning, not blame. Mr [[name:Kieran Doyle]] ([[age:23]], [[nhs_number:159 800 0780]]) came to ED on [[date:2 October]] after a {{FOOSH}} playing five-a-side. {{Anatomical snuffbox tenderness}} was documented and {{scaphoid views}} requested, but plain AP/lat wrist views were done; reported normal, discharged in a {{wrist splint}} with no follow-up. He came back on [[date:14 November]] with ongoing pain: {{scaphoid waist fracture}}, now displaced, listed for {{ORIF}} on [[date:21/11]].
        Our {{scaphoid pathway}} says clinical suspicion means {{VFC}} referral whatever the X-ray shows, but the ED discharge template doesn't prompt it. We're changing the template and asking {{radiographers}} to flag when requested views weren't done. [[name:Kieran]] knows and has had a {{duty of candour}} conversation with me.
        [[name:Rhiannon]]
        {{Consultant}} in Emergency Medicine
    """)),
    ("health", "success", block("""
        [[organisation:Osprey Ward]] board round / MDT - [[date:Mon 02/12/24]]
        Present: [[name:KB]] (chair, {{ward manager}}), Dr [[name:Ferreira]] ({{orthogeriatrician}}), [[name:LS]] ({{physio}}), [[name:Emeka]] ({{OT}}), [[name:Tansy]] ({{discharge coordinator}}), [[name:R. Hughes]] ({{social worker}}, [[organisation:Ashvale Hospital Discharge Team]])
        Good news: Mr [[name:Arthur Lomax]] (bay 1, [[age:88]]) home today on {{Discharge to Assess}} pathway 1, 9 days after {{hemiarthroplasty}}. [[name:Tansy]] got the {{reablement}} package confirmed {{Friday}} and [[name:Emeka]] did the home visit with his son [[name:Neil]] on {{Saturday}}, so no weekend delay. [[name:R. Hughes]] also helped [[name:Neil]] start the {{Attendance Allowance}} claim (NI no. [[ni_number:NE391584A]]) before discharge. [[name:KB]] thanked everyone - shortest LOS for a {{#NOF}} on the ward this year, and Mr [[name:Lomax]] told us "you've all been champion".
        Actions: [[name:LS]] to take the weekend home-visit idea to T&O {{governance}}.
    """)),
    ("health", "near_miss", block("""
        WhatsApp (Curlew nights) - exported for Datix [[case_reference:W220311]]
        02:14 [[name:Shaz]]: can someone double check {{Oramorph}} with me bed 12
        02:15 [[name:Ola]]: coming
        02:21 [[name:Ola]]: FYI everyone - chart says oramorph 10 ml PRN. pt is [[age:90]], {{opioid naive}}, {{eGFR}} 28. [[name:Shaz]] had drawn up 10 ml (= 20 mg). stopped before giving
        02:22 [[name:Shaz]]: honestly would have given it if [[name:Ola]] hadn't read the strength off the bottle out loud 😬
        02:24 [[name:Ola]]: not your fault, it's prescribed wrong. rang {{ortho SHO}}
        02:40 [[name:Ola]]: SHO (Dr [[name:Banerjee]]) says meant 2.5 mg. amended, given 1.25 ml, datixed
        02:41 [[name:Shaz]]: thank u x
        Added by [[name:Ruth Achterberg]], {{ward pharmacist}}: oral {{liquid opioids}} must be prescribed in mg; the {{EPMA}} warning was overridden. Raised at {{medication safety}} group.
    """)),
    ("health", "success", prose("""
        {{Learning from Excellence}} nomination. [[name:Henryk Nowak]] ([[age:79]]) was admitted to
        [[organisation:Curlew Ward]] with a {{periprosthetic fracture}}. He speaks very little English and
        his son [[name:Piotr]] ([[phone:07700 900417]]) works nights and couldn't be at the bedside. The
        evening before his {{revision surgery}}, the registrar was about to take {{consent}} with
        [[name:Piotr]] interpreting on speakerphone. Staff nurse [[name:Zofia Wiśniewska]], who speaks
        Polish herself, politely said no to both that and to interpreting herself, and booked a
        {{LanguageLine}} video {{interpreter}}. She then sat with him through the whole conversation.
        He asked questions he hadn't asked before - would he walk again, what the {{anaesthetic}} would
        be like - and said nobody had told him he might need a {{blood transfusion}}. After talking it
        through he chose a {{spinal anaesthetic}}. Dr [[name:Kanu]] said it was the best consent
        conversation he'd had all year. [[name:Zofia]]'s point for all of us: family and bilingual
        staff are not interpreters for consent, and {{LanguageLine}} is there 24/7.
    """)),
    # ------------------------------------------------------------------ aviation: PRM and ambulifts
    ("aviation", "incident", block("""
        GROUND OCCURRENCE REPORT
        Report no: [[case_reference:GOR-24-0612]]
        Date: [[date:16 Mar 2024]]   Time: 06:42 local
        Location: Stand 14, [[organisation:Northfield Airport]]
        Aircraft: {{A320}} [[aircraft_registration:G-EZPX]]   Flight: [[flight_number:EZY6213]]
        Vehicle: {{ambulift}} AL2, reg [[vehicle_registration:KX67 BWD]]
        Driver: [[name:Lee Cartwright]], PRM ambulift driver
        Narrative: docking at door 2R. As the body was raised and driven forward the {{platform}} bumper contacted the lower door sill. Crew heard a thunk. {{The captain}} was informed; {{engineering}} inspected - paint scuff, no structural damage, aircraft released 07:55 (48 min delay). Two {{WCHC}} passengers waited on board throughout.
        Contributing factors: low sun directly behind the door; {{proximity sensors}} on AL2 u/s since [[date:11/03]] (defect logged, vehicle allowed to operate with a {{banksman}} - none available at 06:40 with three arrivals at once).
        Actions: AL2 off road until sensors fixed; no docking without a banksman when sensors are u/s, no exceptions; {{MOR}} submitted to the {{CAA}}.
    """)),
    ("aviation", "near_miss", block("""
        Transcript - Ground 121.930 - [[date:22/05/2024]] - provided by {{ATC}} for investigation [[case_reference:AOR/2024/0455]]
        06:58:10 AMBULIFT 4: Ground, Ambulift 4, Stand 31, request cross Taxiway Bravo to Stand 7.
        06:58:18 GND: Ambulift 4, hold short {{Taxiway Bravo}}, {{Boeing 737}} taxiing left to right.
        06:58:22 AMBULIFT 4: Hold short Bravo, Ambulift 4.
        06:59:40 GND: [[flight_number:Easy 71QP]], continue via Bravo to holding point Alpha 1.
        06:59:46 EZY: Via Bravo to Alpha 1, [[flight_number:Easy 71QP]].
        06:59:58 GND: AMBULIFT 4 STOP STOP STOP.
        07:00:02 AMBULIFT 4: Stopping, Ambulift 4, sorry.
        07:00:30 GND: Ambulift 4, you were instructed to hold short. Report to the {{Airside Operations}} {{duty manager}}.

        Review note: driver ([[name:Nasir]], 3 weeks in role) heard "continue via Bravo" and took it as his. He had a {{PRM}} passenger on board late for a connection and was being chased on the PRM radio at the same moment. Jet approx 150 m away. Learning: one radio when moving; {{readback}} discipline; {{airside driving permit}} refresher. Two radios at once is a known trap, not a one-person failing.
    """)),
    ("aviation", "success", prose("""
        Shout-out to [[name:Mags]] on the {{PRM}} team for {{Sunday}}. Mr [[name:Olusegun Abiola]], who is
        {{BLND}} and travels with a {{guide dog}}, arrived on [[flight_number:BA1447]] with 55 minutes to
        make his connection on [[flight_number:EI 3327]] from the other pier. [[name:Mags]] met him at the
        aircraft door rather than the gate, described the route as they walked, got him through
        {{security}} in the {{assisted lane}}, stopped at the {{assistance dog relief area}}, and briefed the
        {{cabin crew}} on the connecting flight herself so he wasn't handed over as a "job". He e-mailed
        to say it was the first time in years he'd felt like a traveller rather than a parcel. That's
        the standard. - [[name:Priya Venkatesh]], {{PRM duty manager}}
    """)),
    ("aviation", "incident", block("""
        Chronology - PRM passenger left on board, [[flight_number:LS1286]] ([[aircraft_registration:G-JZHF]]), [[date:08/06/2024]]
        Pax: Mrs [[name:Dorothy Fennimore]], {{WCHC}}, [[age:81]], pre-notified on the {{PAL}}.
        21:35 On blocks, Stand 22 (remote). {{PSM}}: 1 x WCHC, 2 x {{WCHR}}.
        21:38 PRM control allocates Ambulift 1 (driver [[name:Kash]]) - still at Stand 9 on another flight.
        21:41 WCHR pax off by {{buggy}} from the steps. {{SCCM}} told "ambulift 10 mins".
        22:05 Crew change. SCCM ([[name:Ellie]]) tells the {{dispatcher}} "wheelchair lady still on" - not passed to PRM control.
        22:10 [[name:Kash]] reassigned by PRM control - system showed Stand 22 "complete" because the WCHR jobs were closed as one booking.
        22:29 Cleaners find Mrs [[name:Fennimore]] in 3A, distressed, needing the toilet.
        22:33 Ambulift 3 dispatched; on stand 22:48; in terminal 23:02. Son [[name:Graham]] ([[phone:+44 7700 900862]]) had waited landside 1h20 and rang the airport 3 times.
        Findings: one booking record for 3 PRMs; no positive handover to PRM control; SCCM cannot see the PRM system.
        Actions: one record per PRM; "on stand / clear" calls from ambulifts; complaint handled under {{EC 1107/2006}}. Ref [[case_reference:PRM-INC-0881]].
    """)),
    ("aviation", "near_miss", block("""
        VEHICLE DEFECT / TECH LOG - {{ambulift}} AL5 ([[vehicle_registration:WU19 HTX]])
        Date: [[date:14/07/24]]   Shift: Early   Driver: [[name:R. Dhillon]]
        Defect: lowering at Stand 5 with 2 x {{WCHC}} pax + PRM agent on the {{platform}}, rear nearside {{stabiliser leg}} retracted before the body was fully down. Body dropped approx 10 cm and tilted; {{interlock}} warning lamp did not illuminate. No injuries; pax seated and belted, reassured. Operation stopped and completed by {{emergency lowering}} procedure.
        Previous entries: "stab leg slow to retract" [[date:10/07]] and [[date:12/07]] - both signed "checked OK" by workshop.
        Action: VOR pending {{hydraulic}} inspection; {{interlock switch}} replaced [[date:16/07]]. Reported to {{Airside Safety}} and the manufacturer. Ref [[case_reference:VD-24-3310]].
        Workshop note ([[name:Jonno]]): the repeat wasn't spotted because each entry was looked at on its own. We now read back 30 days of the log before signing any defect off.
    """)),
    ("aviation", "success", block("""
        From: [[name:Fatima Bibi]] <[[email:fatima.bibi82@gmail.com]]>
        To: [[email:prm.feedback@northfield-airport.co.uk]]
        Date: [[date:3 August 2024]]
        Subject: Thank you - my mum, flight [[flight_number:PC1172]]

        Dear Sir/Madam,
        I want to thank the staff who helped my mum, [[name:Shamim Akhtar]], on [[date:Thursday 1st August]]. Mum is [[age:86]], uses a {{wheelchair}} and has {{dementia}}, and she hadn't flown since my dad died. Your {{assistance desk}} agent [[name:Connor]] arranged an {{escort pass}} so I could go through {{security}} with her, and the {{ambulift}} driver (I think [[name:Abdi]]) explained everything in a calm voice and let her sit by the window as it went up. She wore her {{Sunflower lanyard}} and everyone noticed it. My brother met her at the other end and she told him "the airport people were like family".
        Please pass this on.
        Kind regards,
        [[name:Fatima Bibi]]
        [[phone:07700 900129]]
    """)),
    ("aviation", "incident", prose("""
        pwc damaged on [[flight_number:TOM2245]] arr [[date:23/08]]. pax mr [[name:steven o'hare]],
        {{WCHC}}, own {{powered wheelchair}}, {{lithium battery}} removed and carried in cabin per
        {{dangerous goods}} rules ({{NOTOC}} correct). chair came up the {{hold}} belt to reclaim instead of
        to the aircraft door - joystick snapped off and armrest bent. pax cant use the chair at all, hes
        {{tetraplegic}}, sat in our {{aisle chair}} 2 hrs while we got a loan chair from
        [[organisation:Mobility Hire Northfield]]. ramp say the tag didnt say DAA - checked, it did. they
        were told by the {{turnaround coordinator}} to offload fast cos of the slot. nobody from PRM at the
        hold door at the time. {{PIR}} raised ref [[case_reference:NFATC41823]]. his wife [[name:Lorraine]]
        very upset understandably. handler informed, claim form given. this is the 3rd pwc this summer.
        - [[name:dk]] PRM sup
    """)),
    ("aviation", "near_miss", block("""
        WhatsApp "PRM Ops 🚐" - [[date:Sat 07/09/24]]
        05:52 [[name:Bex]]: anyone know about a {{WCHC}} on [[flight_number:EXS339]]?? crew just radioed dispatch asking where the ambulift is. nothing on {{PSM}} or our system
        05:53 [[name:Tariq]]: nothing here either. her daughter is at the desk saying assistance was booked 2 wks ago
        05:54 [[name:Bex]]: AL3 is free, sending [[name:Marek]]
        05:55 [[name:Marek]]: on it, 6 mins
        06:03 [[name:Marek]]: docked. {{captain}} v relieved, was about to push without her
        06:04 [[name:Tariq]]: found it - booking went to the {{airline}} but their {{SSR}} said {{WCHR}} not WCHC so no ambulift triggered. daughter has the confirmation email with WCHC on it
        06:05 [[name:Bex]]: so airline data not us. still if it had gone she'd have been stuck on board. will put in a report
        06:20 [[name:Bex]]: off blocks on time 👍 ref [[case_reference:PRM-NM-0419]]
    """)),
    ("aviation", "success", prose("""
        Debrief - night diversions, [[date:19/10/2024]]. Fog elsewhere meant four diversions landed with
        us between 23:10 and 00:40, including [[flight_number:VS152]], with 14 {{PRM}} passengers in total,
        5 needing the {{ambulift}}, and only one ambulift crew rostered. The {{PRM duty manager}},
        [[name:Yetunde]], called back [[name:Stevie]] and [[name:Rhys]] who had just finished, got
        {{Airside Ops}} to release a second ambulift from the workshop (daily checks done), and asked the
        airlines' {{station managers}} to keep {{WCHC}} passengers on board with crew until last.
        Priority went by need: a passenger using a {{portable oxygen concentrator}} and a [[age:3-year-old]]
        in a {{hip spica}} first. Everyone was in the terminal by 02:15, no injuries, no complaints. What
        helped: one whiteboard in PRM control with each aircraft's PRM list. What didn't: diversion
        {{PSMs}} never arrived, so lists were built from crew radio calls. [[name:Stevie]] and
        [[name:Rhys]] have been thanked by the {{Head of Terminal}}. Action: PRM section to be added to
        the diversion plan.
    """)),
    ("aviation", "incident", block("""
        PASSENGER INJURY REPORT
        Ref: [[case_reference:PIR-24-1107]]
        Date/time: [[date:02/11/2024]] 14:18
        Location: door 1L, [[aircraft_registration:G-TUKO]], Stand 18 ({{airbridge}})
        Flight: [[flight_number:TOM1843]]
        Passenger: Ms [[name:Carys Vaughan-Lloyd]], [[age:44]], {{WCHC}} ({{paraplegic}})
        Address: [[address:12 Heol y Nant, Treforest]], [[postcode:CF37 1XW]]   Tel: [[phone:07700 900356]]
        Staff: [[name:Jerome]] & [[name:Bogdan]] ({{PRM agents}})
        What happened: transfer seat 2A to {{aisle chair}} to own wheelchair at the door. Aisle chair strapped at chest only (leg strap missing). At the threshold the front wheels caught the airbridge lip and the pax slid forward onto her knees. Agents and {{cabin crew}} lifted her back; knee pain, {{first aid}} given, declined {{ambulance}}.
        Contributing: airbridge not level with the sill (operator had already left); aisle chair AC-07 missing its leg strap, not reported.
        Actions: pre-use check card on every aisle chair; {{airbridge operators}} stay until PRMs are off. Claim info given to pax.
    """)),
    ("aviation", "near_miss", block("""
        From: [[name:Kyle Osborne]] <[[email:k.osborne@skyreach-handling.co.uk]]>
        To: Airside Safety; PRM Supervisors
        Date: [[date:Wed 20 Nov 2024]] 19:47
        Subject: Near miss - ambulift approach with {{anti-collision beacon}} on

        All,
        Near miss on Stand 40 at 18:55 today. I was driving Ambulift 2 ([[vehicle_registration:LB16 UZR]]) to [[flight_number:U2 8034]] ({{A320}}, [[aircraft_registration:G-UZHE]]). The beacon was still on but I could see ground crew by the nose and assumed it was about to go off, so I started my approach. The {{headset operator}} waved me back hard - the {{APU}} had failed and they were about to start {{engine 2}} for power. I stopped about 15 m from the intake area. Nobody hurt.
        Honest answer: I was 20 mins behind and I've seen drivers approach with the beacon on loads of times when it's about to go off. Doesn't make it right. Beacon on = do not approach.
        Please share at the {{toolbox talk}} and the {{airside driving}} refresher.
        [[name:Kyle]]
        {{PRM Ambulift Driver}} | [[organisation:SkyReach Handling]] | [[phone:+44 (0)1632 960744]]
    """)),
    ("aviation", "success", block("""
        PRM Service - Team Meeting Minutes
        Date: [[date:12/12/2024]]   Location: PRM Control, [[organisation:Northfield Airport]]
        Attendees: [[name:AV]] ({{Service Manager}}, chair), [[name:Yetunde]], [[name:Bex]], [[name:Marek]], [[name:Lee C]], [[name:Dan]], [[name:Siobhán]], [[name:Hamza]]
        Apologies: [[name:Kash]], [[name:Mags]]

        1. {{CAA}} accessibility report: rated "Very Good" for the first time. [[name:AV]] thanked everyone; the CAA noted arrival waiting times and the {{Sunflower}} training.
        2. Shout-outs: [[name:Marek]] for the missed-booking catch; [[name:Yetunde]] for the diversions night ([[date:19 Oct]]).
        3. Fleet: AL5 back from workshop with new {{interlock switch}}; AL2 {{proximity sensors}} fixed.
        4. AOB: [[name:Dan]] retires {{Friday}} after 22 years on the ambulifts. Cake in control.
        5. New starter [[name:Olu Bamidele]]: {{airside ID pass}} held up because his NI number was typed as [[ni_number:PW 62 18 37 D]] on the {{background check}} form - correct one is [[ni_number:PW 62 18 73 D]]. HR fixing.
        Actions: [[name:AV]] to circulate the CAA report; [[name:Siobhán]] to update the {{PRM training}} pack.
    """)),
    ("aviation", "incident", block("""
        PRM CONTROL HANDOVER - lates to nights - [[date:28/12/24]]
        | Time | Flight | Pax | Note |
        | 18:10 | [[flight_number:BA2664]] | [[name:HOLLOWAY]] {{WCHS}} | ok |
        | 18:45 | [[flight_number:FR 8321]] | [[name:MENSAH]] x2 {{BLND}}/{{DEAF}} | ok |
        | 19:20 | [[flight_number:LS 883]] | [[name:KAUR, Jasvinder]] {{WCHR}} | ** see below |

        ** [[name:KAUR]]: pax's {{insulin}} pen and {{glucose meter}} (small cool bag) left on {{buggy}} 3 after drop at gate 12. Found by [[name:Ros]] 20:05 after the flight had gone. Pax {{type 1 diabetic}}, 4 hr flight. Airline ops contacted {{the captain}} via {{ACARS}} - pax had a spare pen in her handbag, so low harm. Family ([[phone:0121 496 0733]]) told. Bag held in PRM lost property for return.
        Learning: buggy drivers do a seat check before leaving every drop; PRM handover card to list {{medical items}}. Ref [[case_reference:PRM-INC-0913]].
    """)),
    ("aviation", "near_miss", prose("""
        On [[date:31 December 2024]] at about 10:40, [[name:Alfie Brookes]] ([[age:7]]), who is
        {{autistic}} and was wearing a {{Sunflower lanyard}}, ran from the {{PRM lounge}} towards gate 30
        while his dad, [[name:Jason]], was folding his sister's buggy. The push-bar door at the end of the
        gate room leads to the {{apron}} stairs and had been propped open by a contractor with a fire
        extinguisher. A PRM agent, [[name:Folasade]], saw him go and followed without running or shouting,
        as she'd been taught in {{hidden disabilities}} training; he stopped at the top of the stairs when
        she said "[[name:Alfie]], look at the big plane". Nobody was hurt and the family still travelled on
        [[flight_number:EZY8891]]. Looking at why: the lounge door has no contact alarm, contractors aren't
        told which doors lead {{airside}}, and the {{pre-notification}} said "autism - needs quiet space"
        but nothing about running. Learning: door propping covered in contractor induction; PRM booking
        form now asks about risk of running off; lounge door alarm requested via {{Airport Security}}.
    """)),
    ("aviation", "incident", block("""
        Teams - PRM Supervisors - [[date:Tue 14 Jan 2025]]
        [[name:Hamza]] 11:02  for awareness - {{escape slide}} deployed at door 2R of [[aircraft_registration:G-LSAN]] ([[flight_number:LS421]]) onto the ambulift {{platform}}, stand 24. AL4, driver [[name:Gosia]]. nobody hurt - [[name:Gosia]] and the agent were back from the threshold, pax still seated
        [[name:AV]] 11:04  thank god. opened from inside?
        [[name:Hamza]] 11:06  yes, {{cabin crew}} opened before {{disarm}} was confirmed. [[name:Gosia]] did the knock + thumbs up per procedure and waited, crew just didn't cross-check
        [[name:AV]] 11:08  who's doing the {{MOR}}?
        [[name:Hamza]] 11:09  airline doing theirs, we'll do our own report. aircraft {{AOG}}, {{engineering}} repacking slide, [[flight_number:LS421]] delayed 5 hrs, 3 PRMs rebooked
        [[name:AV]] 11:15  make sure someone checks in on [[name:Gosia]] tomorrow, she was shaken. get her statement while it's fresh - just what she saw, no blame
        [[name:Hamza]] 11:17  will do. ref [[case_reference:GOR-25-0034]]
    """)),
    ("aviation", "success", prose("""
        Shout-out to [[name:Barty]] ([[name:Bartholomew Osei-Mensah]]) in the {{ambulift}} team. In the
        snow on [[date:Wednesday 8 January]], [[flight_number:EZY6782]] arrived on a {{remote stand}} with
        three {{WCHC}} passengers, and the {{de-icing}} queue meant the {{ramp}} was gridlocked. [[name:Barty]]
        kept his ambulift docked with the heaters on so all three could wait somewhere warm instead of in
        a cold cabin with the doors open, checked on them every 10 minutes, and fetched blankets from the
        {{first aid}} room. One gentleman, Mr [[name:Pryce]] ([[age:93]]), has since written to the
        {{Airport Director}} about "the young man who looked after us like his own grandad". -
        [[name:Siobhán]], {{PRM supervisor}}
    """)),
]

if __name__ == "__main__":
    write_records(OUT, build_records("blind175", REPORTS))
