"""Held-out blind corpus 277: UK incident, near-miss and success ("learning") reports.

Fifty reports written blind (without sight of the de-identifier or any other corpus), as
front-line practitioners type them into a confidential reporting system. Every person,
organisation, place, number and date is invented.

Settings:
- social_care (17): a local authority SEND service - EHCP caseworkers, annual reviews,
  tribunals and mediation, school placements, personal budgets, the parent carer forum.
- health (17): a perinatal mental health service and mother and baby unit - community
  perinatal team, admissions, nursery nurses, visiting.
- aviation (16): a skydiving centre's drop zone - jump pilots, packers, instructors,
  tandem students, loads and the drop zone controller.

Styles are deliberately mixed: rushed lower-case notes with typos and txt-speak, formal
narratives, timed chronologies, forms with Name/DOB/Ref/Address fields, e-mails with headers
and signatures, chat exports (Teams/WhatsApp/Slack with handles), handover notes, minutes
with attendance and apologies, pipe and aligned tables, radio (RT) transcripts, shout-outs
and thank-you notes.

Identifiers are marked [[label:value]] and must-not-redact mentions {{term}} (see markup.py).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from markup import block, build_records, write_records  # noqa: E402
from markup import flow as prose  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "corpus" / "heldout_blind277.jsonl"

REPORTS = [
    # ------------------------------------------------------------------ social_care
    ("social_care", "incident", prose("""
        quick note as asked by {{team manager}} - on thurs [[date:14 March]] i sent the draft
        plan for [[name:Kacper]] ([[age:aged 9]], [[case_reference:EHC-24-0317]]) to the wrong
        email. outlook autocomplete picked [[email:kamil.zajac@harrowfield.gov.uk]] (works in
        {{Highways}}) instead of mums [[email:agnieszka.z84@mailpoint.co.uk]]. it had the whole
        {{Section B}} inc his {{ADHD}} dx and the {{EP}} report. [[name:Kamil]] rang me straight
        away, deleted it + confirmed in writing. told {{IG}} same day, {{DPO}} says no {{ICO}}
        referral needed but we have to tell mum. rang her 4.40pm, she was ok-ish but fed up tbh,
        said it's the 3rd thing to go wrong with [[name:Kacper]]'s plan since {{Easter}}. pls can
        we turn autocomplete off?? 2nd time in our team this term. - [[name:ruth]],
        {{EHCP coordinator}}, [[organisation:Harrowfield Council]] {{SEND}} team
    """)),
    ("social_care", "near_miss", prose("""
        Near miss - tribunal evidence deadline. On [[date:2 May 2024]] the {{First-tier Tribunal (SEND)}}
        issued directions in the appeal concerning [[name:Temiloluwa Adebayo]] (Tribunal ref
        [[case_reference:EH884/24/00213]]), requiring the {{local authority}} to file its {{evidence bundle}}
        by [[date:31 May]]. The directions letter was saved to the shared inbox
        but not allocated because the lead {{caseworker}}, [[name:Hope Marchetti]], was on
        {{annual leave}}. The deadline was noticed on [[date:29 May]] (a {{Wednesday}}) by [[name:Deepak]] in the
        {{Tribunals Team}} while checking the {{case management system}} for another appeal.
        The bundle was prepared in two days with help from the {{SENCo}} at
        [[organisation:Larkrise Primary School]] and filed on time. Had it been missed the
        authority risked being barred from taking part. Mr and Mrs [[name:Adebayo]] were not
        affected. Learning: the shared inbox has no cover rota during leave, and Ms
        [[name:Marchetti]]'s caseload should have been reassigned before she went. Recommend
        adding tribunal directions to the weekly {{duty}} check.
    """)),
    ("social_care", "success", block("""
        #send-team-kudos ({{Teams}})
        [09:14] [[name:Faith Osei-Bonsu]]: massive shout-out to [[name:Bill]] for yesterday's {{annual review}} at [[organisation:Kestrel Brook Academy]] 🙌 dad had been dreading it after last year
        [09:15] [[name:Faith Osei-Bonsu]]: [[name:Bill]] sent the draft {{Section F}} a week early, booked a {{Tigrinya}} interpreter and got the {{OT}} to dial in
        [09:16] [[name:grace.l]]: amazing. was that the transition to {{Year 7}} one?
        [09:17] [[name:Faith Osei-Bonsu]]: yep - [[name:Yonas]] ([[age:10]]) moving up in {{Sept}}. dad said it was the first meeting where he understood everything
        [09:21] [[name:Bill Strachan]]: aw thanks both. credit to Mrs [[name:Okafor]] the {{SENCo}} tbh, she did the {{pupil voice}} bit with him
        [09:22] [[name:Pat]]: nominating for {{Star of the Month}} 🌟
    """)),
    ("social_care", "incident", block("""
        INCIDENT FORM - {{SEND}} SERVICE
        Ref: [[case_reference:INC-SEND-0492]]
        Child: [[name:Amber-Rose Whitlock]]    DOB: [[date_of_birth:07/11/2015]]
        Address: [[address:14 Cottesmore Walk, Harrowfield]] [[postcode:HF4 7QN]]
        Reported by: [[name:J. Nwachukwu]], {{EHCP Coordinator}}
        Date of incident: [[date:11/06/24]]
        What happened: {{personal budget}} payment for {{respite}} was stopped in error when the {{direct payment}} account was closed by {{Finance}}. Family went 3 weeks with no {{short breaks}}. {{Mum}} ([[name:Tasha]]) had to give up two shifts. Care agency [[organisation:BrightSteps Care Ltd]] continued visits unpaid for 1 wk then suspended.
        Immediate action: payment reinstated [[date:12/06/24]], back-pay authorised by {{Head of Service}}.
        Harm: moderate - carer strain, child distressed by loss of routine ({{ASD}}).
    """)),
    ("social_care", "near_miss", block("""
        From: [[name:Sunny Dhillon]] <[[email:sunny.dhillon@harrowfield.gov.uk]]>
        To: {{SEND Casework Managers}}
        Cc: {{Head of SEND}}
        Date: [[date:Tue 8 Oct 2024]] 16:52
        Subject: near miss - wrong school named in final plan

        Hi all,

        Flagging a near miss. The final {{EHCP}} for [[name:Ishaan]] ([[case_reference:EHC-23-0981]]) was about to be issued naming [[organisation:Thornleigh High School]] in {{Section I}}. The {{parental preference}} was [[organisation:Thornleigh Park Academy]] - a different school on the same road. [[name:Marta]] on the {{consultations}} desk spotted it at the final check against the {{consultation}} response. Not issued, corrected, sent [[date:9 Oct]].

        The template dropdown lists the two schools next to each other. Can we ask {{IT}} to add the {{DfE}} number to the dropdown?

        Thanks,
        [[name:Sunny]]

        [[name:Sunny Dhillon]] | {{Senior EHCP Coordinator}} | [[organisation:Harrowfield Council]]
        T: [[phone:01632 960 418]]
    """)),
    ("social_care", "success", block("""
        [[organisation:Harrowfield Parent Carer Forum]] - {{Steering Group}} minutes
        Date: [[date:16 January 2025]], Room 3, [[organisation:Millbeck Community Centre]]
        Present: [[name:Joy Achterberg]] ({{Chair}}), [[name:Rahim Chowdhury]], [[name:Siobhán Ní Dhuibhir]], [[name:Mark]] ({{LA}} {{SEND}} Lead), [[name:Olu]]
        Apologies: [[name:Heather Pyne]], [[name:D. Kowalczyk]]

        Item 3 - Learning / good news
        [[name:Joy]] reported the co-produced {{annual review}} template has now been used in 40+ reviews. Parents say {{Section A}} ("all about me") finally sounds like their child. [[name:Mark]] confirmed the {{LA}} will keep it and share it with {{SENCos}} at the termly {{SENCo network}}. [[name:Siobhán]] thanked the {{caseworkers}} who piloted it and [[name:Rahim]] for chasing the schools.
        Action: [[name:Olu]] to write it up for the {{Local Offer}} page by end of term.
    """)),
    ("social_care", "incident", block("""
        Chronology - [[date:Weds 5th March]]
        07:40 Mum ([[name:Layla Haddad]]) rings {{duty line}}, taxi for [[name:Zain]] ([[age:8]]) not arrived.
        07:55 {{Duty officer}} [[name:AK]] rings transport contractor [[organisation:Cresswell Cars]] - driver off sick, no cover arranged.
        08:30 Mum unable to take him (no car, 2 younger siblings). [[name:Zain]] misses start of school.
        10:10 Taxi arrives ([[vehicle_registration:YK19 FTD]]) but no {{passenger assistant}} on board. Mum refuses - [[name:Zain]] needs a {{PA}} per {{Section F}} ({{epilepsy}}, {{buccal midazolam}}).
        10:20 [[name:AK]] escalates to {{Travel Assistance}} manager.
        11:45 Replacement taxi with PA. [[name:Zain]] at [[organisation:Oakhurst Primary]] 12:15.
        Outcome: half day lost, no physical harm. Second failure this {{half term}} (prev [[case_reference:TR-2291]]). {{Contract compliance}} notified.
    """)),
    ("social_care", "near_miss", block("""
        {{WhatsApp}} - SEND {{caseworkers}}
        [[date:21/11/2024]], 13:02 - [[name:Rosie K]]: anyone know why the [[name:Mensah]] file is showing as closed on {{Synergy}}?? {{mum}} rang saying she got a letter saying his plan is ceased
        [[date:21/11/2024]], 13:04 - [[name:Dev]]: 😬 which one
        [[date:21/11/2024]], 13:04 - [[name:Rosie K]]: [[name:Kwabena]], [[case_reference:EHC-22-1187]]. hes [[age:19]], still at [[organisation:Northgate College]] on a {{supported internship}}
        [[date:21/11/2024]], 13:05 - [[name:Rosie K]]: she's already been on to {{SENDIASS}}
        [[date:21/11/2024]], 13:06 - [[name:Dev]]: oh no. the batch {{cessation}} job ran last night for all {{post-16}} plans with {{annual review}} overdue. his was overdue bc college never sent the paperwork
        [[date:21/11/2024]], 13:07 - [[name:Rosie K]]: so letter went out but nothing actually stopped yet?
        [[date:21/11/2024]], 13:09 - [[name:Dev]]: correct, not effective for 15 days. reinstating now + will ring mum. logged as [[case_reference:NM-0876]]
        [[date:21/11/2024]], 13:10 - [[name:Rosie K]]: ty. gonna check the other 11 on the list 🙏
    """)),
    ("social_care", "success", block("""
        Thank-you card received by the team, typed up for the {{learning log}}:

        "Dear [[name:Will]] and everyone in the {{Early Years}} {{SEND}} team, I just wanted to say thank you. When [[name:Noor]] was diagnosed with {{global developmental delay}} we had no idea what an {{EHC needs assessment}} even was. [[name:Will]] explained everything, came to [[organisation:Little Acorns Nursery]] twice to see her, and made sure the {{Portage}} worker and the {{speech and language therapist}} were both in the plan. She starts at [[organisation:Ferncroft School]] in {{September}} with a full-time {{1:1}}. We couldn't have done it without you. Love from [[name:Noor]], [[name:Samira]] and [[name:Idris]] x"

        Logged by [[name:P. Okonjo]], {{Team Manager}}, [[date:3 July]].
    """)),
    ("social_care", "incident", block("""
        Handover - [[name:Gosia]] to [[name:Tendai]] (I'm off from tomorrow)
        - [[name:Callum Reid]] [[case_reference:EHC-23-0654]]: INCIDENT logged today. At the {{annual review}} at [[organisation:St Aidan's C of E Primary]] {{mum}} said [[name:Callum]] ([[age:6]]) came home with bruising after being held by a {{TA}}. School {{DSL}} was in the room but nobody wrote it in the notes and the review form went out without it. I only realised when mum emailed [[date:Fri 17th]]. Now referred to {{LADO}} + told the {{DSL}}, ref [[case_reference:LADO/24/318]]. Pls chase outcome + make sure mum gets a call back - she's on [[phone:07700 900215]] (after 3pm only).
        - [[name:Priya]]'s {{tribunal}} ([[name:Evie Sandhu]]) - hearing [[date:4 Dec]], {{bundle}} done.
        - [[name:Nowak]] twins - waiting on {{brokerage}} for {{PB}}, nothing to do.
    """)),
    ("social_care", "near_miss", block("""
        Weekly {{QA}} sample - draft plans checked w/c [[date:10 Feb]]

        | Ref | Child | Issue found | Caught by |
        |---|---|---|---|
        | [[case_reference:EHC-24-0101]] | [[name:Ruby Ojo]] | {{Section F}} "access to {{SALT}}" not specified or quantified | [[name:HM]] |
        | [[case_reference:EHC-24-0108]] | [[name:Tomasz B.]] | {{Section E}} outcomes copied from another child's plan - says "[[name:Lily]]" in para 3 | [[name:HM]] |
        | [[case_reference:EHC-24-0115]] | [[name:Amani Yusuf]] | {{DOB}} wrong ([[date_of_birth:02/03/2016]] v [[date_of_birth:03/02/2016]]) | [[name:Ken]] |

        None issued. The copied-outcomes one is the near miss - if it had gone to parents it would have been a breach and a complaint. {{Plan writers}} reminded not to clone plans. Worth raising at the {{SEND}} {{QA}} board as the {{Ofsted}}/{{CQC}} {{area SEND inspection}} is due in the {{spring}}. [[name:HM]] / [[name:Ken]]
    """)),
    ("social_care", "incident", prose("""
        Following a {{permanent exclusion}} from [[organisation:Hollins Moor Academy]] on
        [[date:18 September 2024]], [[name:Jayden Oyelaran-Price]] ([[age:13]]), who has an
        {{EHCP}} for {{SEMH}} needs, was without any education for 31 school days. Statutory
        guidance requires {{alternative provision}} from the sixth day. The case was allocated to
        a {{caseworker}} who left the authority on [[date:27 September]]; reallocation did not happen
        and the {{Inclusion Panel}} was not told. [[name:Jayden]]'s grandmother and
        {{kinship carer}}, [[name:Bev Price]], complained through her {{MP}} on
        [[date:31 October]], which is how the gap came to light. A place at
        [[organisation:Kingsway PRU]] started on [[date:6 November]]. Harm: significant lost
        education; he also had police contact during the gap. Reviewed by the
        {{Head of SEND}}, Dr [[name:Anjali Rao]], who has asked for a {{leavers' checklist}} and a weekly {{children missing education}} report.
    """)),
    ("social_care", "success", prose("""
        Learning from good practice - mediation ([[case_reference:MED-25-014]]). The parents of
        [[name:Ffion]] ([[age:aged 11]]) registered an {{appeal}} against the refusal to name
        [[organisation:Brackenfield Specialist School]]. Rather than default to defending,
        {{caseworker}} [[name:Rhodri Maddox]] asked for {{mediation}} through
        [[organisation:Clearpath Mediation]] and invited the school's {{SENCo}} and an
        {{Educational Psychologist}}. Over a three-hour session on [[date:12 February]] the family
        and the {{LA}} agreed a phased placement with {{outreach}} support. The appeal was
        withdrawn on [[date:20 Feb]]. Estimated saving: around 40 officer hours of {{tribunal}}
        preparation plus legal costs. Family feedback: "felt listened to for the first time".
        [[name:Rhodri]]'s approach (an early phone call, no jargon, the {{Section I}} options laid
        out in a simple table) will be shared at the next {{practice forum}}.
    """)),
    ("social_care", "near_miss", prose("""
        nr miss - nearly sent {{PB}} agreement to {{dad}} @ old address. parents seperated, {{mum}} has
        {{PR}} + lives w [[name:sienna]] at [[address:Flat 2, 9 Juniper Court]],
        [[postcode:HF2 9LB]]. dad ([[name:gary]]) not to have address - theres a
        {{non-molestation order}}. system still had dads addr as {{primary contact}} bc nobody
        updated it after {{CIN}} closed. [[name:amrit]] in {{admin}} caught it when the envelope
        went in the post tray, pulled it. no breach. pls pls check contacts b4 posting anything,
        esp {{DV}} cases. updated {{Liquidlogic}} now. [[case_reference:EHC-21-0433]] -
        [[name:lh]]
    """)),
    ("social_care", "incident", block("""
        From: [[email:senco@wrenfieldjunior.sch.uk]]
        To: [[name:Grace Adeyemi]]
        Date: [[date:Mon 24 Feb 2025]] 08:03
        Subject: RE: [[name:Ellis Quigley]] - review paperwork

        [[name:Grace]],

        I'm raising this formally. We held [[name:Ellis]]'s {{annual review}} on [[date:9 December]] and sent the paperwork within two weeks. It is now eleven weeks later and the {{amended plan}} still has not been issued, well past the four weeks in the {{SEND Code of Practice}}. Meanwhile his {{top-up funding}} band was set on the old plan, so we are short of {{1:1}} {{TA}} hours. [[name:Ellis]] ([[age:aged 8]]) has had two {{suspensions}} since {{January}} which I believe are linked.

        I know the team is stretched but please can this be escalated to the {{Head of SEND}}.

        Regards
        [[name:Precious Mahlangu]]
        {{SENCo}}, [[organisation:Wrenfield Junior School]]
        [[phone:01632 960771]]
    """)),
    ("social_care", "success", block("""
        {{Slack}} #wins
        [[name:amber.f]]  11:02
        big thanks to [[name:Cheng Wei]] in {{Finance}} who turned round a {{personal budget}} for the [[name:Okoro]] family in 48hrs so [[name:Tobi]] ([[age:15]]) could keep his {{equine therapy}} over the {{summer holidays}}. normal wait for a {{direct payment}} is 6 wks 🙌
        [[name:Joy]]  11:05
        legend
        [[name:hamish.b]]  11:07
        +1. can we get his process written up? sounds like a fast-track for {{PB}} renewals where nothing has changed
        [[name:amber.f]]  11:08
        yes - [[name:Cheng Wei]] says it's just checking the {{panel}} decision is in date + {{support plan}} unchanged. adding to {{team meeting}} agenda for [[date:Thurs 10th]]
    """)),
    ("social_care", "incident", block("""
        Field            Entry
        Incident no.     [[case_reference:IG-2025-0093]]
        Date reported    [[date:06/03/2025]]
        Reporter         [[name:Ngozi Abara]], {{Tribunal Officer}}
        Child            [[name:Harvey Lindqvist]], {{DOB}} [[date_of_birth:19/08/2012]]
        Category         {{Information Governance}} - disclosure
        Description      The {{LA}} bundle for [[name:Harvey]]'s {{appeal}} included 14 pages of his {{sister}} [[name:Maja]]'s {{CAMHS}} letters, unredacted, because both children's files had been scanned together. Bundle sent to {{HMCTS}}, parents and [[organisation:Corrie Vale School]]. {{Father}}, Mr [[name:Lindqvist]], spotted it.
        Action           Recall requested from {{HMCTS}} and the school; pages removed; {{DPO}} informed; apology to family.
        Harm             Low-moderate (distress).
    """)),
    # ------------------------------------------------------------------ health
    ("health", "incident", block("""
        Incident report - {{expressed breast milk}} given to wrong baby
        {{Datix}}: [[case_reference:W-118274]]   Date: [[date:3 April 2024]]   Location: {{Nursery}}, [[organisation:Ashdown Mother and Baby Unit]]

        At about 02:15 {{nursery nurse}} [[name:Carys Pemberton]] gave a bottle of {{EBM}} labelled for Baby [[name:Hughes]] to Baby [[name:Hughes-Ali]]. The two bottles were next to each other in the {{milk fridge}} and the labels carried surnames only. The error was noticed at 02:40 by {{staff nurse}} [[name:Obi]] at the second check. Both mothers, [[name:Danielle Hughes-Ali]] and [[name:Kerry Hughes]], were told at 07:30 by the {{nurse in charge}}. The donor mother's medication ({{sertraline}} 100mg, {{lamotrigine}}) was reviewed by the {{neonatal pharmacist}} at [[organisation:St Hild's Hospital]], who advised no action beyond observation. {{Duty of Candour}} letters sent. Action: full name and {{hospital number}} on every label; single-baby baskets in the fridge.
    """)),
    ("health", "near_miss", prose("""
        quick {{datix}} - pt [[name:Ewa Nowicka]] ([[case_reference:RX4471923]]) on {{lithium}},
        34/40. level was due last wk, {{GP}} thought we were doing it, we thought GP was. no level
        since [[date:12/01]]. picked up at {{MDT}} today by [[name:hannah]] ({{pharmacist}})
        going thru the {{pre-birth plan}}. [[name:Ewa]] seen same pm by me, level 0.9, no
        {{toxicity}} sx. no harm but cd have been v bad given {{fluid shifts}} late preg /
        {{postpartum}}. need a named owner for Li monitoring in the {{perinatal}} care plan +
        shared w [[organisation:Barrowgate Surgery]]. - [[name:Jas]], {{CPN}}
    """)),
    ("health", "success", block("""
        Compliment received - forwarded to team

        "To [[name:Bernadette]] and all the {{night team}} on the {{unit}}. When I was admitted on [[date:2 February]] I couldn't hold [[name:Arlo]] without shaking. [[name:Bernie]] sat with us every night at 3am, showed me how to do the {{feeds}} again and never once made me feel like a bad mum. I'm home now and we're doing OK. The {{health visitor}} says he's thriving. Thank you for giving me back my son. [[name:Kezia]] x"

        Manager's note: [[name:Bernie]] ([[name:Bernadette Fofanah]], {{Band 3}} {{nursery nurse}}) nominated for the {{Trust}}'s {{Going the Extra Mile}} award. Card to go on the {{staff room}} board. - [[name:Lorna]], {{Ward Manager}}, [[organisation:Ashdown MBU]]
    """)),
    ("health", "incident", block("""
        Timeline - missing patient with infant, [[date:Sun 14 July]]
        14:05 [[name:Maryam]] ([[case_reference:AMB-0612]]), {{informal}} admission, goes on {{escorted leave}} in the hospital grounds with baby [[name:Yusuf]] ([[age:5 weeks]]) and {{HCA}} [[name:Jo]].
        14:30 [[name:Maryam]] asks to use the toilets in {{main reception}} and takes [[name:Yusuf]] in for a nappy change; [[name:Jo]] waits outside with the pram.
        14:42 [[name:Jo]] checks - toilets empty, second door opens onto the {{car park}}.
        14:45 {{Nurse in charge}} [[name:Teodora Ilić]] informed, {{missing person}} procedure started.
        14:52 Police called, log [[case_reference:CAD-3381-14JUL]].
        15:10 Husband [[name:Faisal]] contacted on [[phone:07700 900561]] - not heard from her.
        16:20 Police locate [[name:Maryam]] and [[name:Yusuf]] at the {{bus station}}.
        16:55 Both returned. [[name:Yusuf]] checked by {{paediatrician}}, well. [[name:Maryam]] tearful, said she wanted "to go home". {{Mental Health Act}} assessment requested. {{Datix}} [[case_reference:W-119402]].
    """)),
    ("health", "near_miss", block("""
        {{Teams}} - [[organisation:Ashdown MBU]] staff chat, [[date:18/09/2024]]
        [[name:Kasia Wróbel]] 19:02: {{reception}} let a visitor through for {{bed 4}}, said he was dad. hes not on the {{approved visitor list}}
        [[name:Kasia Wróbel]] 19:02: he's sitting in the {{family room}} now
        [[name:Femi]] 19:03: bed 4 = [[name:Shannon]]? there's a {{safeguarding}} alert, ex has {{bail conditions}}
        [[name:Femi]] 19:04: what name did he give
        [[name:Kasia Wróbel]] 19:04: [[name:Dean]]. thats the ex 😳
        [[name:Femi]] 19:05: keep him in family room, DON'T tell [[name:shannon]] yet, calling security + police
        [[name:Femi]] 19:21: police have him. [[name:Shannon]] never saw him, baby in {{nursery}} the whole time. {{Datix}} [[case_reference:W-120031]]. reception didn't know the {{visiting policy}} changed last month
        [[name:Kasia Wróbel]] 19:22: will brief {{night staff}} + the {{bank}} receptionists
    """)),
    ("health", "success", block("""
        [[organisation:Wexley Community Perinatal Team]] - {{Clinical Governance}} minutes, [[date:7 March 2025]]
        Attendees: Dr [[name:Anand Iyer]] ({{Consultant Perinatal Psychiatrist}}), [[name:Grace Whitfield]] ({{Team Lead}}), [[name:Hope Adjei]] ({{Specialist Midwife}}), [[name:Rob]] ({{Peer Support Worker}}), [[name:Siân]] ({{Psychologist}})
        Apologies: [[name:Amber Lowe]]

        4. Good practice
        [[name:Hope]] presented the joint {{pre-birth planning}} for a woman with previous {{postpartum psychosis}} ([[case_reference:PNT-0214]]). Plan agreed at 32 weeks: {{olanzapine}} from day 1 postnatal, {{sleep protection}} with partner doing night feeds, daily {{home visits}} for 2 weeks. Delivered [[date:19 February]] at [[organisation:St Hild's]] - no relapse at 4 weeks. [[name:Grace]] thanked [[name:Hope]] and [[name:Rob]]; agreed to use it as a template.
        Action: [[name:Siân]] to add it to the team {{CPD}} session in {{April}}.
    """)),
    ("health", "incident", block("""
        {{SBAR}} - {{nurse in charge}} to {{on-call}} {{SpR}}, [[date:Sat 9th Nov]] 22:10
        S: [[name:Olamide Bankole]], Bed 2, admitted [[date:30/10]] with {{severe depression}}, given {{quetiapine}} 50mg at 20:00 instead of 25mg.
        B: Dose reduced to 25mg by Dr [[name:Lucas Ferreira]] on {{ward round}} but the 50mg line was not discontinued on {{EPMA}}, so both showed. Agency nurse [[name:R. Okafor]] gave 50mg.
        A: {{NEWS2}} 1, drowsy but rousable. Breastfeeding - baby [[name:Tomi]] ([[age:3 weeks]]) given formula tonight as a precaution, {{nursery nurse}} aware.
        R: Please review and advise re breastfeeding in the morning. {{Datix}} [[case_reference:W-121877]]. Ms [[name:Bankole]] informed by me at 21:30.
        [[name:Nkechi]], {{RMN}}
    """)),
    ("health", "near_miss", block("""
        From: [[name:Rhiannon Kaye]] <[[email:rhiannon.kaye2@nhs.net]]>
        To: {{Perinatal Referrals}}
        Date: [[date:27 May 2025]] 10:14
        Subject: Near miss - referral {{NHS number}} mismatch

        Hi [[name:Dom]],

        Spotted this on {{triage}}. The {{GP}} referral from [[organisation:Fellside Medical Practice]] for [[name:Jessica Thorne]], DOB [[date_of_birth:04/12/1996]], gave NHS no. [[nhs_number:123 027 9296]]. On {{Spine}} that number belongs to a different [[name:Jessica Thorne]] (no mental health history). Her correct number is [[nhs_number:749 998 3331]]. If we had booked from the referral, the assessment letter and {{EPDS}} scores would have gone on the wrong record. Corrected, and the surgery informed. Could we add a {{PDS}} trace step to triage?

        Thanks
        [[name:Rhiannon]]
        {{Clinical Lead}}, {{Community Perinatal Mental Health Team}}
        [[phone:01632 961204]]
    """)),
    ("health", "success", block("""
        ⭐ SHOUT-OUTS - week ending [[date:22 Nov]] ⭐
        • To [[name:Precious]] ({{nursery nurse}}) for spotting baby [[name:Ada]] was {{jaundiced}} on the morning check and getting her seen by the {{neonatal}} team the same day - she's fine after {{phototherapy}}.
        • To [[name:Luis]] and [[name:Mags]] on {{nights}} for the calm way they handled a {{fire alarm}} evacuation with 6 mums and babies.
        • To Dr [[name:Okwuosa]] for coming in on her day off to write the {{Mental Health Tribunal}} report for [[name:Summer]], so she didn't have to wait another month.
        • To [[name:joy]] on {{reception}}, for remembering every single family's name 😊
        • And to [[name:Faith]] - welcome back from {{mat leave}}!
    """)),
    ("health", "incident", block("""
        ADMISSION INCIDENT - FORM PMH-3
        Name: [[name:Agnieszka Dąbrowska]]
        {{DOB}}: [[date_of_birth:15/05/1993]]
        {{NHS No}}: [[nhs_number:411 277 1371]]
        Address: [[address:Flat 7, Orchard House, Kilnbridge Road, Wexley]] [[postcode:WX3 8JP]]
        {{Next of kin}}: [[name:Paweł Dąbrowski]] (husband) [[phone:07700 900338]]
        Infant: [[name:Zofia]], [[age:11 days]]
        Date/time: [[date:23/01/2025]] 17:30
        Details: Admitted from the {{postnatal ward}} at [[organisation:St Hild's]] under {{Section 2}}. Transfer paperwork said [[name:Zofia]] was "formula fed" but mum was exclusively {{breastfeeding}} and no {{breast pump}} was sent. Mum distressed; {{Polish}} interpreter not booked until next day ({{Language Line}} used). {{Infant feeding lead}} [[name:Beata]] sourced a pump at 20:00.
        Harm: low.
    """)),
    ("health", "near_miss", prose("""
        Lone working near miss, [[date:Thursday 6 June]]. A {{Community Psychiatric Nurse}},
        [[name:Will Hargreaves]], made an unplanned {{home visit}} to a postnatal patient at
        [[address:27 Tanyard Lane, Ossington]] after she texted the team phone at 16:50 saying
        she "couldn't cope". The visit was not logged on the {{lone worker app}} and his
        {{buddy}} had already gone home. The patient's partner was present and became verbally
        aggressive, standing between [[name:Will]] and the door. [[name:Will]] de-escalated, left
        at 17:40 and phoned the {{Crisis Team}}, who took over. No physical harm occurred, but for
        50 minutes nobody knew where he was. The {{risk assessment}} on {{RiO}}
        ([[case_reference:RIO-882051]]) recorded a partner with a history of
        {{domestic abuse}}, which [[name:Will]] had not had time to read. Learning: no unplanned
        visits after 16:30 without a buddy call, and the {{duty}} {{CPN}} to hold the team phone.
        Reported by [[name:Shirin Farahani]], {{Team Manager}}.
    """)),
    ("health", "success", prose("""
        Good practice: rapid admission for {{postpartum psychosis}}. On [[date:9 August]] at
        10:20 the {{health visitor}}, [[name:Rose Anand]], rang our {{duty}} line about
        [[name:Chiamaka]] ([[age:29]]), day 6 after birth, who had not slept for three nights and
        was talking about messages coming through the TV. [[name:Rose]] stayed in the home. Our
        {{duty worker}} [[name:Tadhg]] and Dr [[name:Beaumont]] ({{ST5}}) visited by 11:40 and,
        with her agreement, arranged an {{informal}} admission. A bed at
        [[organisation:Ashdown MBU]] was confirmed by 12:30 and [[name:Chiamaka]] and baby
        [[name:Ebube]] were admitted at 14:10 - under four hours from first call, with no police,
        no {{Section 136}} and no separation from her baby. She responded to {{olanzapine}} within
        a fortnight. What helped: the {{HV}} knew the {{red flags}} from our joint training in
        {{spring}}, and the {{MBU}} kept one bed ring-fenced for urgent community admissions.
    """)),
    ("health", "incident", block("""
        Night checks - {{nursery}}, [[date:28/10/2024]]

        Time  | Baby     | Check                                                   | Sign
        23:00 | [[name:Nia P.]]   | settled, on back                                        | [[name:MG]]
        00:00 | [[name:Nia P.]]   | settled                                                 | [[name:MG]]
        01:00 | [[name:Nia P.]]   | -                                                       | -
        02:00 | [[name:Nia P.]]   | -                                                       | -
        03:05 | [[name:Nia P.]]   | found on side, loose blanket near face, pink, breathing | [[name:Kemi]]

        Two hourly checks missed: [[name:MG]] was pulled to the ward for {{1:1 observations}} and only one {{nursery nurse}} was rostered on {{nights}}. Baby well when checked by the {{ANNP}} at [[organisation:St Hild's]]. Mum ([[name:Leanne Prendergast]]) informed at 07:00 and upset. {{Safer sleep}} audit requested. {{Datix}} [[case_reference:W-120877]].
    """)),
    ("health", "near_miss", prose("""
        nr miss in {{lounge}} ~14:00 today. [[name:chantelle]] (rm 5) fell asleep on the sofa w
        baby [[name:kai]] on her chest, shes on {{clozapine}} + v sedated after lunch dose.
        [[name:ife]] ({{nursery nurse}}) walking past saw [[name:kai]] slipping down between her +
        the cushion, lifted him, he was fine, pink, crying. [[name:chantelle]] didnt wake for ~30s.
        chatted w her after re {{safer sleep}}, she was upset but took it well. flagged for
        {{ward round}} - think we need a sedation-aware plan for holding baby after meds +
        {{nursery}} staff doing 15 min checks in {{communal areas}} after lunch. also the new
        sofas are v deep. not on {{datix}} yet, will do end of shift - [[name:Marguerite]]
    """)),
    ("health", "incident", block("""
        From: [[name:Femi Adeyinka]] <[[email:femi.adeyinka@northmoor.nhs.uk]]>
        Sent: [[date:Friday 13 December 2024]] 17:41
        To: [[name:Lorna Greaves]]
        Subject: Incident - partner's visit cancelled in error ([[case_reference:W-121340]])

        [[name:Lorna]],

        FYI. [[name:Shauna McBride]]'s partner [[name:Ciarán]] drove 90 miles with their older daughter ([[age:4]]) for the 14:00 visit today and was turned away at the door. The visit had been approved at {{ward round}} on [[date:Tuesday 10th]] but the {{visiting book}} still said "no visits - {{MHA}} leave review". [[name:Shauna]] heard him arguing at the {{airlock}}, became very distressed and needed {{PRN}} {{lorazepam}}. I apologised to both and set up a video call; he is coming back tomorrow.

        Root cause: we keep two visiting records (book + {{ePR}}) and only one was updated.

        [[name:Femi]]
        {{Deputy Ward Manager}}, [[organisation:Ashdown Mother and Baby Unit]]
        [[organisation:Northmoor NHS Foundation Trust]]
    """)),
    ("health", "near_miss", block("""
        {{WhatsApp}} - [[name:Jas]] / [[name:Carmel]] ({{Team Lead}})
        [[date:03/02/2025]], 20:47 - [[name:Jas]]: really sorry to msg late. just realised I left the {{visit diary}} on the roof of my car in the [[organisation:Meadowside Children's Centre]] {{car park}} and drove off 🤦‍♀️
        [[date:03/02/2025]], 20:48 - [[name:Jas]]: went back, found it in the road. pages wet but all there i think
        [[date:03/02/2025]], 20:49 - [[name:Carmel]]: ok thank god. what's in it?
        [[date:03/02/2025]], 20:51 - [[name:Jas]]: tomorrow's visits, first names + postcodes, a couple of {{NHS numbers}}, and [[name:Lucy W]]'s {{safeguarding}} plan
        [[date:03/02/2025]], 20:53 - [[name:Carmel]]: right - {{near miss}} not a breach if nothing's missing. {{datix}} it in the morning pls + let {{IG}} know. and we need to stop using paper diaries, the {{SystmOne}} calendar works fine
        [[date:03/02/2025]], 20:54 - [[name:Jas]]: yes 🙏 will do
    """)),
    ("health", "success", block("""
        Handover to day team - [[date:Mon 17/03]]
        Bed 1 [[name:Aaliyah]] - slept 5h with {{sleep protection}}, partner [[name:Marcus]] did 2 feeds. mood brighter, asking about {{discharge}}.
        Bed 3 [[name:Dorota K.]] - GOOD NEWS: first unsupervised bath with [[name:Lena]] tonight, {{nursery nurse}} [[name:Sunita]] observed from the door as per plan. [[name:Dorota K.]] cried after - happy tears. pls share at {{huddle}}, [[name:Sunita]] was brilliant with her.
        Bed 4 [[name:Hannah-Grace]] - {{EPDS}} 14, down from 23 on admission. {{lithium}} level due 08:00 ({{12-hour level}}), {{bloods}} form in the tray.
        Bed 5 empty - admission from [[organisation:Calderwood]] {{A&E}} expected pm.
        - [[name:Tunde]], {{nights}}
    """)),
    # ------------------------------------------------------------------ aviation
    ("aviation", "incident", prose("""
        On [[date:Saturday 22 June]], {{Load 9}} in the {{Caravan}} [[aircraft_registration:G-FNMR]]
        exited at 13,000 ft with two tandem pairs and six {{sport jumpers}}.
        {{Tandem instructor}} [[name:Gareth Pryce-Jones]] and his student, Ms [[name:Ikeda]]
        ([[age:aged 52]]), landed short of the {{landing area}} after a late turn to avoid a
        {{canopy}} below them. The student did not lift her legs at the {{flare}} despite the
        briefing and suffered a suspected {{ankle fracture}}. The {{DZSO}}, [[name:Nadia Brennan]],
        attended with the {{first aid kit}} and an ambulance was called at 13:21; she was taken to
        [[organisation:Wexbridge General Hospital]]. Wind at the time was 12 kt gusting 18, within
        {{tandem}} limits. Reported to {{British Skydiving}} as [[case_reference:BS-IR-24-0571]].
        Learning: the landing-position drill is now rehearsed on the ground immediately before
        boarding, not only in the morning briefing. Ms [[name:Ikeda]] has been contacted by
        [[name:Gareth]] and the {{CI}}.
    """)),
    ("aviation", "near_miss", block("""
        RT transcript - drop zone frequency, [[date:11/05/2025]], {{Load 4}} (reviewed by {{CI}})
        13:41:50 [[aircraft_registration:G-DZLA]]: Drop zone, [[aircraft_registration:Golf Delta Lima Alpha]], two minutes to {{jump run}}, one three thousand feet
        13:41:58 {{DZC}} ([[name:Lou]]): [[aircraft_registration:Lima Alpha]], copied, {{ground winds}} two four zero at eight, no known traffic
        13:42:40 [[organisation:Wexbridge Radar]]: [[aircraft_registration:Golf Lima Alpha]], traffic, [[flight_number:Skyreach four four one seven]] descending through flight level one two zero, three miles east, routing overhead your {{drop zone}}
        13:42:46 [[aircraft_registration:Lima Alpha]]: Holding, {{jumpers}} staying on board
        13:44:20 [[organisation:Wexbridge Radar]]: [[aircraft_registration:Lima Alpha]], traffic no longer a factor
        13:44:25 [[aircraft_registration:Lima Alpha]]: {{Jump run}} now

        Pilot's note ([[name:Bartek]]): the {{jump light}} was already green and [[name:Imo]]'s {{4-way}} was climbing out when the call came; I switched to red and they got back in. Traffic was [[flight_number:SKR4417]] ({{A320}}). The two-minute call is too late - calling radar at five minutes from now on.
    """)),
    ("aviation", "success", block("""
        {{WhatsApp}} - [[organisation:Fenmoor Skydive]] crew
        [[date:03/08/2025]], 18:12 - [[name:Sky Lawson]]: massive shout-out to [[name:Robin]] on the {{packing mat}} today 🙌 found a worn {{main closing loop}} and a split {{bridle}} on the tandem rig before Load 6 and pulled it from service
        [[date:03/08/2025]], 18:13 - [[name:Ade]]: legend
        [[date:03/08/2025]], 18:15 - [[name:Mo Haddad]]: good spot. that rig was on my back on Load 3 😬 beers on me
        [[date:03/08/2025]], 18:16 - [[name:Robin]]: just doing the job lol. {{Cypres}} cutter was fine thank god
        [[date:03/08/2025]], 18:20 - [[name:Sky Lawson]]: writing it up for the {{safety board}} + {{British Skydiving}} {{equipment report}}. {{rigger}} to check the other 3 {{tandem}} rigs of that batch before {{Saturday}}
    """)),
    ("aviation", "incident", block("""
        Sequence of events - [[date:Sat 17th May]], {{Load 11}}, [[aircraft_registration:G-FNMR]] ({{Cessna 208B}})
        14:52 Airborne, 14 jumpers, pilot [[name:Callum Ó Ceallaigh]].
        15:08 Climbing through 9,000 ft. {{AFF}} student [[name:Theo Marsh]] ([[age:19]]) moves towards the door for his {{Level 4}}. His {{pilot chute}} falls out of the {{BOC}} pouch as he stands.
        15:08 {{AFF instructor}} [[name:Ines]] grabs the {{PC}} and holds it against his chest. Door still closed.
        15:09 Pilot told. [[name:Theo]] to land with the aircraft, rest of load continues.
        15:15 Jumpers away at 13,000 ft. Aircraft lands 15:24 with [[name:Theo]] and [[name:Ines]].
        15:40 {{Rigger}} [[name:Frank Adjei]] inspects: {{bridle}} routed wrongly, pouch worn. Rig grounded.
        Outcome: no injury. If the {{PC}} had gone out of an open door it could have pulled [[name:Theo]] off the step or wrapped the {{tailplane}}.
    """)),
    ("aviation", "near_miss", block("""
        {{WhatsApp}} - Packers 📦
        [[date:09/06/2024]], 10:31 - [[name:Danuta]]: whos got hire rig 7?? card says {{reserve}} repack was due [[date:02/06/2024]]
        [[date:09/06/2024]], 10:33 - [[name:kofi_packs]]: not me, I did 6 and 8
        [[date:09/06/2024]], 10:34 - [[name:Danuta]]: its on the rack tagged for Load 2, the {{FJC}} lad [[name:Oisín]]
        [[date:09/06/2024]], 10:35 - [[name:Jordan]] ({{manifest}}): pulling him off Load 2 now, will swap to rig 9
        [[date:09/06/2024]], 10:37 - [[name:Danuta]]: {{rigger}} was off sick last week so it got missed. can someone tell [[name:Big Dave]]
        [[date:09/06/2024]], 10:40 - [[name:Big Dave]]: ta, my bad, it should have been red-tagged. {{CCI}} reminder - ALL hire rigs checked against the {{repack log}} at {{kitting up}}
    """)),
    ("aviation", "incident", block("""
        INJURY REPORT - [[organisation:Fenmoor Skydive]]
        Ref: [[case_reference:FS-INJ-0312]]
        Name: [[name:Kwame Asante-Boateng]]
        DOB: [[date_of_birth:28/02/1987]]
        Address: [[address:3 Ferrymans Row, Kelbrook]] [[postcode:KB9 4TZ]]
        Tel: [[phone:07700 900781]]
        Membership no.: [[case_reference:BS 204417]]
        Jump: {{FS}} {{4-way}}, {{Load 7}}, [[aircraft_registration:G-CJPX]]
        Date: [[date:30 August 2024]]
        Description: {{downwind landing}} after a {{wind switch}}; no {{PLF}}, landed on outstretched arm. Suspected fractured wrist.
        Treatment: {{first aid}} and {{splint}} by {{DZSO}}, taken to {{A&E}} by partner.
        {{CI}} sign-off: [[name:M. Oyelowo]]
    """)),
    ("aviation", "success", block("""
        [[organisation:Fenmoor Skydive]] - {{Safety Committee}} minutes, [[date:Wed 15 January 2025]]
        Present: [[name:Marcus Oyelowo]] ({{Chief Instructor}}), [[name:Hannah Pike]] ({{Chief Pilot}}), [[name:Grace]] ({{DZ Manager}}), [[name:Tomasz Zieliński]] ({{Rigger}}), [[name:Faith Kimani]] ({{Safety Officer}})
        Apologies: [[name:Wills]]

        Item 2 - Season review: good news
        Zero {{canopy}}-related injuries among {{B licence}} jumpers last season, against four the year before. [[name:Marcus]] credits the {{canopy progression}} sign-off card. [[name:Hannah]] reported that the new {{weight and balance}} app kept every load inside {{MTOW}} and there were no {{go-arounds}} for jumpers in the door.
        Action: [[name:Faith]] to present both at the {{British Skydiving}} {{STC}} in {{March}}.
    """)),
    ("aviation", "near_miss", prose("""
        fuel nr miss. [[aircraft_registration:G-DZLA]] was about to go on load 2 w/out refuel after
        [[name:shaz]] (pilot, 1st week) read the {{fuel gauge}} wrong, said "plenty" - gauges on
        the {{Cessna 206}} are rubbish, dip said ~35 mins. [[name:marko]] ({{refueller}}) stopped
        him at the pump. {{Ops Manual}} says dip before every 3rd lift, it hadnt been done since
        0900. no harm, 12 min delay, jumpers moaned lol. ive put a {{fuel log}} sheet on the
        {{clipboard}} in the {{cockpit}}, all pilots pls sign it every lift. [[name:shaz]] was fine
        about it, good attitude. - [[name:hp]] {{CP}}
    """)),
    ("aviation", "incident", block("""
        From: [[name:Ines Carvalho]] <[[email:ines.carvalho@fenmoorskydive.co.uk]]>
        To: [[email:safety@fenmoorskydive.co.uk]]
        Date: [[date:Sun 20 Jul 2025]] 19:02
        Subject: Canopy collision - {{Load 14}}

        Hi [[name:Faith]],

        Writing up today's collision for the board. {{Load 14}} ([[aircraft_registration:G-FNMR]]): tandem pair [[name:Jonty Blake]] / [[name:Eleanor Voss]] with {{camera flyer}} [[name:Raf]] ([[name:Rafael Souza]]). After {{deployment}} at 5,500 ft [[name:Raf]] turned back towards the tandem to get a shot and his {{slider}} hit the tandem's {{lines}}. Both canopies stayed inflated and they separated within seconds. No {{cutaway}}. Student unaware, landed fine. [[name:Raf]] landed in the {{overshoot}} field with a bruised hand.

        The {{outside video}} rules say no closer than 50 m under canopy, so this is a breach. [[name:Raf]] is stood down from camera for two weeks and will re-brief with me. Footage saved.

        [[name:Ines]]
        {{S&TA}} / {{AFF Instructor}}
        [[phone:07700 900612]]
    """)),
    ("aviation", "success", block("""
        Review left on the centre's page, copied to the {{learning log}} by [[name:Joy]] ({{office}}):

        "Did my charity {{tandem}} on [[date:Saturday 12th]] for [[organisation:Hollybank Hospice]] and honestly the team were incredible. I'm [[age:71]], flew down that morning on [[flight_number:NX 2208]] and was terrified. [[name:Sunny]], my {{instructor}}, talked me through everything twice, [[name:Rae]] on the {{manifest}} desk found me a chair when my knees gave up, and the pilot, [[name:Mark]], waved me off from the {{cockpit}}. Landing was softer than getting off a bus! Raised £1,860. Thank you [[organisation:Fenmoor]]! - [[name:Dorothy Ashby-Klein]]"

        {{CI}} note: {{medical declaration}} for over-70s was countersigned by her {{GP}} as required, and [[name:Sunny]] used the {{seated landing}} technique. Good practice to share.
    """)),
    ("aviation", "near_miss", block("""
        Manifest - {{Load 6}}, [[aircraft_registration:G-DZLA]] ({{Cessna 206}}), [[date:05/07/2025]]

        Slot | Jumper            | Role           | Weight kg (incl. rig)
        1    | [[name:Dan Farrow]]        | {{TI}}             | 102
        2    | [[name:Priya Lal]]         | {{tandem}} student | 0 (blank)
        3    | [[name:Wiremu Tane]]       | {{TI}}             | 95
        4    | [[name:Ellie-Mae Cho]]     | {{tandem}} student | 0 (blank)
        5    | [[name:Benji]]             | {{camera flyer}}   | 88

        Re-weighed: total 498 kg against a maximum of 445 kg for five jumpers at that fuel. The {{manifest system}} did not flag it because student weights are self-declared and two were left blank. Pilot [[name:Ollie]] thought the aircraft looked low on the {{nosewheel}} and asked for a re-weigh before start. [[name:Benji]] came off; load flew as four. Fix: blank weight now blocks the {{manifest}} slot.
    """)),
    ("aviation", "incident", block("""
        {{DZ}} ops log / end-of-day handover - [[date:Fri 29 Aug]]
        - 12:10 [[name:Bex]] ({{C licence}}) pulled late, {{AAD}} fired at about 750 ft, {{two-out}} (main + reserve, {{side-by-side}}). Landed in Mr [[name:Thistlethwaite]]'s field at [[address:Lower Moss Farm, Kelbrook]]. Sprained ankle. Retrieved in the {{DZ}} van [[vehicle_registration:WX17 KPL]] by [[name:Jamal]]. Farmer not happy (ewes in that field) - [[name:Grace]] has rung him to apologise.
        - Rig impounded, {{Cypres}} data downloaded by [[name:Tomasz]]: activation at 752 ft.
        - [[name:Bex]] grounded pending interview with {{CI}} tomorrow 09:00.
        - {{British Skydiving}} incident report [[case_reference:BS-IR-25-0211]] started.
        - Other: {{windsock}} on north side torn, replaced.
    """)),
    ("aviation", "success", block("""
        #dz-ops ({{Slack}})
        [[name:grace_dzm]]  16:48
        👏 shout-out to [[name:Lou]] on {{DZC}} today. She spotted the {{CB}} building to the west on the {{rain radar}} at 15:30, called a hold on {{Load 9}} while it was still climbing and got [[name:Ash]] to bring it down with everyone on board. {{Gust front}} hit at 15:52, 30+ kt. Nobody under canopy.
        [[name:marcus.o]]  16:50
        textbook. exactly what the {{weather minima}} section of the {{Ops Manual}} is for
        [[name:ash_flies]]  16:51
        landed 15:44, nick of time lol. jumpers grumpy but alive
        [[name:Lou]]  16:53
        ty all 😊 the {{METAR}} from [[organisation:Wexbridge Airport]] still said fine so glad I checked radar
        [[name:grace_dzm]]  16:55
        adding to the {{safety board}} as a good catch. refunds for {{Load 9}} sorted by office
    """)),
    ("aviation", "near_miss", prose("""
        On [[date:Sunday 8 September 2024]] at about 11:35 the student retrieval vehicle, a white
        {{Land Rover Defender}} ([[vehicle_registration:KB63 RVT]]), crossed the {{grass runway}}
        27 while [[aircraft_registration:G-FNMR]] was on {{short final}}. The driver,
        [[name:Niamh Costigan]], a {{ground crew}} volunteer, had been briefed to stop at the
        {{runway edge}} and look both ways but was responding to a radio call to collect a student
        who had landed off in the {{pea field}}. The pilot, [[name:Hannah Pike]], saw the vehicle
        and went around at about 150 ft; separation was estimated at 200 m. No damage or injury.
        The {{DZC}} did not see the crossing because the view from the {{control caravan}} is
        blocked by the {{hangar}}. Actions: crossing point painted with a stop line; all vehicle
        crossings to be called on the {{DZ frequency}}; {{MOR}} filed with the {{CAA}}
        ([[case_reference:MOR-2024-09117]]). [[name:Niamh]] was shaken and has had a debrief.
    """)),
    ("aviation", "incident", prose("""
        hard opening on {{load 5}} today, me ([[name:jono]]) on my {{Sabre3}} 150. {{slider}} came
        down straight away, hit like a car crash. no {{line twists}}, landed ok but cd barely turn
        my head. [[name:tash]] ({{DZSO}} today) made me sit out + ring {{111}}. went to
        [[organisation:Kelbrook Minor Injuries Unit]] after, {{whiplash}} type injury, no fracture.
        packed by [[name:bogdan]] this morning - think the {{slider}} wasnt pushed up to the
        {{slider stops}} properly?? not blaming him, it was a rushed 20 min turnaround. rig + pack
        photos with [[name:tomasz]]. off jumping 2 wks 😩 [[date:sat 14/6]]
    """)),
    ("aviation", "success", block("""
        RT extract - {{engine}} rough after {{jumpers away}}, [[date:2 June 2025]] (from {{DZC}} recording, for the {{safety board}})
        10:14:05 [[aircraft_registration:G-FNMR]] ([[name:Ash Mahmood]]): Drop zone, [[aircraft_registration:Golf Mike Romeo]], all jumpers away, engine rough, {{torque}} fluctuating, returning to land runway 27
        10:14:12 {{DZC}} ([[name:Lou]]): [[aircraft_registration:Mike Romeo]], copied, runway 27 clear
        10:14:20 {{DZC}}: all canopies, hold north of the {{windsock}}, aircraft landing
        10:16:40 [[aircraft_registration:Mike Romeo]]: {{final}} 27, {{glide approach}}
        10:17:55 [[aircraft_registration:Mike Romeo]]: down and clear

        Note by {{CP}} [[name:Hannah Pike]]: {{PT6}} {{fuel control unit}} fault, found by [[organisation:Aerotech Engineering Ltd]]. [[name:Ash]] followed the {{Ops Manual}} exactly and flew a glide approach with power as backup; all 16 jumpers were already out. Textbook.
    """)),
]

if __name__ == "__main__":
    write_records(OUT, build_records("blind277", REPORTS))
