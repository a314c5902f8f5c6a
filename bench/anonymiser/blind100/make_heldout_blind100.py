"""Held-out blind corpus 100: just-culture incident-and-learning reports from early help and family
support hubs, schools' designated safeguarding leads and attendance officers; community nursing,
podiatry, wound care and hospital pharmacy; and helicopter pilots and engineers in offshore and
police aviation. Styles mix running prose, lower-case quick notes, e-mails, chat logs, forms, Datix
and tech-log entries, SBAR handovers, ops logs and a few formal investigation summaries; writers name
colleagues by first name, surname or initials, with titles, nicknames, possessives and sign-offs.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from markup import block, build_records, write_records  # noqa: E402
from markup import flow as prose  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "corpus" / "heldout_blind100.jsonl"

REPORTS = [
    # ------------------------------------------------------------------ social care (17)
    ("social_care", "incident", prose("""
        Sent the {{Early Help Assessment}} for the [[name:Mahmood]] family to the wrong [[name:Kerry]]. I typed
        '[[name:kerry]]' into {{Outlook}} and it autofilled [[email:kerry.b@example.org]], a parent from an old case,
        instead of [[email:kerry.walsh@familyhubs.example.gov.uk]], the {{family support worker}} at
        [[organisation:Balby Family Hub]]. The form had {{mum}}'s name ([[name:Nasreen]]), the address,
        [[address:27 Brackenfield Road]], [[postcode:DN4 7RW]], and both children's schools. Realised twenty
        minutes later when the recall failed. Rang the recipient on [[phone:07700 900417]]; she was kind
        about it, deleted it while I was on the phone and confirmed by email. Logged with our
        {{Information Governance}} lead the same day, ref [[case_reference:IG-2024-0318]]. I told
        [[name:Nasreen]] myself, which was the hardest part. What would help: autocomplete switched off on
        the shared hub mailbox, and {{Egress}} for anything carrying a family's details. I've already
        turned it off on mine.
    """)),
    ("social_care", "success", block("""
        From: [[name:Faith Adeyemi-Clarke]] <[[email:f.adeyemi-clarke@stwilfrids.example.sch.uk]]>
        To: [[email:earlyhelp.hub@example.gov.uk]]
        Sent: [[date:14 March 2024]] 16:02
        Subject: Good news to log - [[name:K.M.]] (Yr 4)

        Hi all, just wanting this on the learning system as a good one.

        Since the {{TAF}} on [[date:29 Feb]], [[name:Kacper]]'s attendance has gone from 71% to 94%. {{Mum}}
        says the turning point was [[name:Lorraine]] from the hub walking the school run with them twice in
        the first week - no letters, no {{Fixed Penalty Notice}} talk, just turning up. Dad ([[name:Paweł]])
        now comes to the {{Family Hub}} coffee morning {{every Thursday}}, and our {{SENCo}} has started an
        {{EHCP}} request.

        What worked: one named worker, a plan written in the family's own words, and the
        {{attendance officer}} holding off enforcement while it bedded in.

        Thanks,
        [[name:Faith]]
        {{DSL}}, [[organisation:St Wilfrid's C of E Primary]]
    """)),
    ("social_care", "near_miss", prose("""
        Nearly sent a {{Fixed Penalty Notice}} warning letter to the wrong parent. We have two
        [[name:Okonjo]] households at [[organisation:Harewood Academy]], not related. The mail-merge in our
        {{MIS}} matched on surname and postcode, so the letter for the Year 9 boy
        ([[case_reference:ATT/23/0571]]) picked up the Year 7 girl's parent
        ([[case_reference:ATT/23/0612]]). Her absences were all authorised - she has {{sickle cell}} and the
        hospital letters were scanned on file, just not coded in the register. [[name:Hussain]] in the
        attendance office caught it on the second check because the date of birth on the letter,
        [[date_of_birth:03/11/2010]], didn't fit a {{Year 7}}. Letter shredded before it went. We now merge
        on {{UPN}} rather than surname, and I've asked the supplier whether duplicate-surname warnings are
        possible. I've also recoded her absences so she doesn't show as {{persistent absence}} on the
        {{DfE}} census.
    """)),
    ("social_care", "incident", block("""
        Teams chat - safeguarding team, [[date:Wed 6 Nov]]
        [08:12] [[name:dsl_naylor]]: anyone seen an {{Operation Encompass}} email from last night? police say they sent one
        [08:14] [[name:Sunny R]]: no?? checking office inbox
        [08:19] [[name:Sunny R]]: found it. came in 21:47 last night. {{DA}} incident at home address of [[name:Tyler B]], yr 2. officers attended, no arrest
        [08:20] [[name:dsl_naylor]]: [[name:tyler]]'s been in since 7.45 at {{breakfast club}}. nobody's told his teacher
        [08:21] [[name:Sunny R]]: on my way to class now

        Learning: Encompass notifications were only going to the shared office mailbox, which nobody opens
        before 8.30. Now forwarded to both DSLs' phones as well. [[name:Tyler]] was fine - his teacher kept
        him close and {{ELSA}} saw him at break.
        [[name:J. Naylor]], {{DSL}}, [[organisation:Greenmoor Primary]]
    """)),
    ("social_care", "success", prose("""
        Positive practice. I'm a {{family support worker}} at [[organisation:Ashfield North Early Help]].
        Case [[case_reference:EH-40217]]: {{mum}} ([[name:DW]]) and three children aged [[age:2]],
        [[age:5]] and [[age:9]], neglect concerns, stepped down from {{Child in Need}} {{in January}}. We did
        the {{Graded Care Profile 2}} together rather than to her, over two visits. [[name:DW]] scored
        herself lower than I would have on housing and higher on emotional care, and she was right on both -
        the damp was worse than the old plan said and the kids clearly adore her. Used it to get the
        landlord, [[organisation:Ridgeway Homes]], out; mould treatment done [[date:12/02/24]]. Also got her
        {{Universal Credit}} moving again - it had stalled because her NI number was keyed as
        [[ni_number:JM482791D]] instead of [[ni_number:JM 48 27 91 C]]. Her {{health visitor}},
        [[name:Bernadette]], and I did a joint visit so she only had to tell her story once. At the review on
        [[date:4th April]] the [[age:5]]yo's attendance at [[organisation:Kirkby Lane Infants]] was up to
        96%. What made the difference was time, and letting her hold the pen.
    """)),
    ("social_care", "incident", prose("""
        Summary of learning review [[case_reference:LR-2024-07]]. On [[date:Monday 16 September 2024]] a
        {{Year 10}} pupil at [[organisation:Castlegate School]] disclosed to a {{teaching assistant}} that an
        adult male was collecting her from school. The TA recorded the disclosure on {{CPOMS}} at 15:40 but
        did not alert a DSL in person. The {{Designated Safeguarding Lead}}, Ms [[name:Obi]], was on a course
        off site; the {{deputy DSL}}, Mr [[name:Fairweather-Lowe]], did not receive the alert because his
        notification settings had been reset by a software update. The concern was picked up at 08:10 the
        next day and referred to the {{MASH}} at 08:35; a {{strategy discussion}} was held that afternoon.
        The pupil was safe. Findings: reliance on an electronic alert as the only route; no cover DSL named
        when the lead is away. Actions: verbal handover required for any disclosure; a rota of named cover
        DSLs displayed in the staffroom; IT to check alert settings after every update.
    """)),
    ("social_care", "near_miss", block("""
        Hub: [[organisation:Westfield Family Hub]]
        Reporter: duty early help practitioner ([[name:Hope M.]])
        Date of event: [[date:07/05/2024]]
        What happened: Walk-in dad asked for a {{food bank}} voucher. While I filled in the form he said his
        partner "takes the kids to her mum's when I've had a drink". I very nearly just handed over the
        voucher and wished him well.
        What stopped it: remembered last month's {{DASH}} training. Asked a couple more questions, calmly.
        Partner is [[name:Amira]], children aged [[age:3]] and [[age:6]]. Spoke to the {{duty manager}}
        ([[name:Raj]]) who rang the {{MASH}}. There was already an open referral,
        [[case_reference:MASH-24-11873]], and they added what he'd told me.
        Learning: the voucher desk is where people talk. Asking for a prompt card on that desk and for the
        {{DASH}} refresher to include {{reception staff}}.
    """)),
    ("social_care", "success", prose("""
        just logging a good one. im the {{attendance officer}} at [[organisation:brookside primary]] and we
        had a yr 5, [[name:amelia-rose]] ([[age:10]]), on 58% - anxious about school, mum has {{MS}} and some
        days cant get out of bed. instead of the usual {{stage 1}} / {{stage 2}} letters i texted mum from
        the work mobile ([[phone:07700 900283]]) every morning for 3 wks, just 'hows [[name:amelia-rose]]
        this morning, want me to meet her at the gate?'. most days i did. {{school nurse}} did an {{EBSA}}
        plan with her and the {{SENCo}}, mrs [[name:o'donnell]], sorted a quiet space for the first 20
        mins. by feb half term shes at 89%. mum said the texts felt like someone on her side not someone
        chasing her. not rocket science but it took time we dont always have. [[name:shaz]], attendance team
    """)),
    ("social_care", "incident", block("""
        To: [[email:dpo@example-trust.org.uk]]
        From: [[name:D. Kowalczyk]] <[[email:d.kowalczyk@holytrinity.example.sch.uk]]>
        Date: [[date:Thu 19 September 2024]]
        Subject: Possible data breach - {{ParentMail}} group message

        This morning at 9.05 the office sent a {{ParentMail}} message meant only for {{Year 3}} pupil
        [[name:Zainab Hussein]]'s father, confirming that under the {{child arrangements order}} only he may
        collect her. It went to every parent in her class (29 families). It named her and her mother
        ([[name:Leila]]) and said Mum is not to be given any information about [[name:Zainab]]'s whereabouts.

        Recall attempted 9.20 - it can't be recalled once delivered. I have phoned Dad on
        [[phone:07700 900655]] and left a message for Mum's solicitor. Head and {{DSL}} informed;
        {{MASH}} consulted in case this raises the risk to [[name:Zainab]].

        Cause: group selected from a dropdown where the class list sits directly above individual contacts.

        [[name:Dariusz Kowalczyk]]
        {{School Business Manager}}, [[organisation:Holy Trinity RC Primary]]
        [[phone:0113 496 0582]]
    """)),
    ("social_care", "near_miss", prose("""
        Lone working near miss. Planned {{TAF}} catch-up with the [[name:Thackeray]] family at
        [[address:Flat 6, Moorcroft House]], [[postcode:BD3 9PL]]. I moved the visit to 2pm by text with
        {{mum}} but didn't update the {{lone worker app}}, so it still showed 11am. When I got there
        Mr [[name:Thackeray]]'s brother was in, drunk and angry about a {{Section 47}} from years ago. I left
        after five minutes using our code phrase, but nobody was expecting my 3pm check-in, and my manager,
        [[name:Singh]], only knew I'd been there when I rang from the car. Nothing happened, but it could
        have. Learning for me: change the app, not just the diary. The brother isn't linked to the address
        on our system so I've added a {{warning marker}} to [[case_reference:EH/19/3302]]. I'd also parked my
        car ([[vehicle_registration:YD19 KXP]]) right in front of the house, which I won't do again.
    """)),
    ("social_care", "success", block("""
        TEAM AROUND THE FAMILY - REVIEW MEETING
        Family: [[name:Nowak-Bennett]]
        Date: [[date:22/01/2025]]   Venue: [[organisation:Orchard Children's Centre]]
        Present: [[name:Gemma]] ({{FSW}}, chair), Mr [[name:Ellison]] ({{class teacher}}), [[name:Dawn Pryce]] ({{school nurse}}), Mrs [[name:Nowak-Bennett]] ({{mum}}), [[name:Bill]] (grandad)

        Progress since last review:
        - [[name:Ruby]] ([[age:9]]) sleeping in her own room most nights; bedwetting much reduced after referral to the {{enuresis clinic}}.
        - Mum has done 8 of 12 sessions of the {{Freedom Programme}} at the centre.
        - Grandad now does the {{Tuesday}} and Thursday school pick-ups.
        - Rent arrears plan agreed with [[organisation:Calder Valley Housing]]; UC claim corrected (NI [[ni_number:PW 73 19 48 B]]).

        What worked (family's words): "you actually turned up when you said you would, and you didn't talk down to me."

        Outcome: step down to {{universal services}} agreed by all.
        Closure letter to go out by [[date:31/01/2025]].
    """)),
    ("social_care", "incident", prose("""
        Summary for learning. A {{Year 8}} pupil was removed from the roll at
        [[organisation:Beckfield High School]] for {{elective home education}} on [[date:5 June 2024]], but
        the local authority was not notified until [[date:24 June]]. The pupil, [[name:Jayden Morris-Achebe]],
        date of birth [[date_of_birth:19.08.2011]], had been subject to a {{Child Protection Plan}} until
        2022. When the {{EHE officer}}, [[name:Linh Tran]], visited on [[date:2 July]] there was no answer and
        neighbours said the family had moved away. [[name:Jayden]] was traced through
        {{Children Missing Education}} colleagues in another authority eleven days later and is now on roll
        at a school there. Contributing factors: a new admin officer who did not know removals must be
        reported to the LA on the day; the deletion was entered in the {{MIS}} but the automatic LA report
        only runs monthly; no DSL check of the child's history before removal. Actions: daily deletions
        report; DSL sign-off for any home education removal where there has been social care involvement.
        Ref [[case_reference:CME-2024-0149]].
    """)),
    ("social_care", "success", prose("""
        Worth sharing as learning. {{DSL}} at [[organisation:Norton Park Academy]]. A Year 8 boy
        ([[name:A.R.]], [[age:13]]) joined us {{in September}} from Iran, living with his uncle,
        Mr [[name:Rahimi]]. His {{form tutor}}, Ms [[name:Ferreira]], noticed he wasn't eating lunch and
        was wearing the same clothes all week. Normally we'd have used the uncle to interpret because it's
        quicker. This time I booked a {{Language Line}} Farsi interpreter and saw [[name:A.R.]] on his own
        with our {{pastoral lead}}. It came out that he was sleeping on a sofa in a house with six adults and
        the uncle was taking his bus pass and lunch money. {{MASH}} referral the same afternoon; he's now
        with a {{foster carer}} and thriving - already in top set maths. Learning for all of us: never use a
        family member to interpret in a safeguarding conversation, however helpful they seem.
    """)),
    ("social_care", "near_miss", block("""
        Incident type: Near miss - information sharing
        Service: Early Help, [[organisation:Kingsmead Family Hub]]
        Reported by: [[name:P. Oyelaran]]
        When: [[date:Wed 11 Dec]], 10:40
        Summary: Invitation letter for a {{Team Around the Family}} meeting was generated from the case record for Ms [[name:Dawson]] ([[case_reference:EH-55120]]). The record still held her old address, [[address:8 Larkspur Way]], [[postcode:WF10 2HS]], where her ex-partner still lives. She moved into a {{refuge}} {{in November}}. I had printed it and was about to put it in the post tray when [[name:Shauna]] on reception asked why it wasn't going via the {{IDVA}}. Letter shredded.
        Why: the move was recorded in a case note but the address field was never updated, and the letter template pulls from the address field.
        Action taken: address field cleared and flagged "contact via IDVA only". Asked the {{Liquidlogic}} admins whether an address can be locked when a {{MARAC}} flag is present.
    """)),
    ("social_care", "incident", prose("""
        first day absence visit went wrong. record for a yr 5 pupil, [[name:mikey]], said
        [[address:41 Clover St]], [[postcode:S6 4NE]]. family actually live at [[address:14 Clover St]] -
        someone transposed it when they moved last yr. i knocked at 41 and told the lady who answered i was
        from [[organisation:Wardsend Primary]] looking for [[name:mikey]]'s mum. she knew the family and
        started telling me things about them, and id already confirmed a child from that house was off
        school. thats a breach, small but real. found the right house, [[name:Mikey]] was off with
        {{chickenpox}} and mum had rung in but the message never got to me. reported to our {{DPO}}, ref
        [[case_reference:DP-0087]]. [[name:agnieszka]] our {{EWO}} says always ask for the adult by name
        first and never say why youre there. also the {{absence line}} messages need checking before anyone
        goes out on a {{home visit}}.
    """)),
    ("social_care", "success", block("""
        Subject: HAF - thank you and learning
        From: [[email:holidayclubs@example.gov.uk]]
        To: HAF providers
        Date: [[date:21 August 2024]]

        Hi everyone,
        A quick good-practice note from this summer's {{Holiday Activities and Food}} programme at [[organisation:Eastbrook Community Centre]].

        On [[date:13 August]] one of our volunteers, [[name:Joy]], noticed a [[age:7]]-year-old flinch when a coach raised his arm, and later saw bruising on the backs of his legs when he changed for the pool. She didn't question him, didn't photograph anything, wrote down exactly what she saw and what he said, and found our {{designated safeguarding person}}, [[name:Marcus]], within ten minutes. [[name:Marcus]] rang the {{MASH}} before pick-up, the child went home with a plan in place, and a {{strategy discussion}} followed next morning.

        [[name:Joy]] had done the {{Level 1}} safeguarding e-learning on her first day. It worked exactly as it should.

        Thanks to all the providers,
        [[name:Nadia Sheikh-Morgan]]
        {{HAF Coordinator}}, Early Help
        [[phone:01632 960418]]
    """)),
    ("social_care", "incident", prose("""
        At home time on [[date:Friday 24 May]] a {{Reception}} pupil, [[name:Grace]], was handed to her
        father, Mr [[name:Hunter]], at the gate by a supply {{teaching assistant}}. There is a
        {{prohibited steps order}} on [[name:Grace]]'s file and her photo is on the office alert board, but
        the supply TA hadn't been shown it. Mum arrived five minutes later; Mr [[name:Hunter]] had walked
        [[name:Grace]] to his car ([[vehicle_registration:LK68 UWD]]) and the office rang 999. Police stopped
        the car on the ring road within twenty minutes and she was returned unharmed. Our {{DSL}},
        Mrs [[name:Patel]], has since added a one-page gate list for supply staff, made reading it part of
        signing in at reception, and asked the {{LADO}} for advice (no allegation against staff). Police ref
        [[case_reference:CR/0412/24]]. The supply agency has been asked to include {{safeguarding induction}}
        in their booking confirmation.
    """)),
    # ------------------------------------------------------------------ health (17)
    ("health", "incident", prose("""
        Missed teatime insulin visit. Mr [[name:Ezekiel Boateng]], [[age:84]], NHS
        [[nhs_number:277 265 6810]], twice-daily {{Humulin I}} given by our team. After the caseload split
        between [[organisation:Mossley Neighbourhood Team]] and the new {{twilight service}} on
        [[date:3/10]], his 17:00 visit sat on the unallocated list in {{SystmOne}} and nobody picked it up.
        His daughter rang the {{single point of access}} at 21:15; [[name:Keeley]] went out and found his
        {{CBG}} at 24.6, no ketones, alert. Insulin given 21:55 and GP informed next morning. No lasting harm
        but he was frightened and so was his daughter. Learning: after any caseload change the coordinator
        checks the unallocated list at 15:00 and again at 17:00, not just at the morning {{huddle}}. Raised
        as [[case_reference:W118274]] on {{Datix}}.
    """)),
    ("health", "success", block("""
        From: [[name:Tomasz Zielinski]], {{Podiatrist}}
        To: Diabetic Foot MDT
        Re: Mrs [[name:R. Alvarez-Kent]]  NHS [[nhs_number:811 740 3536]]

        Quick note for the learning log. Mrs [[name:Alvarez-Kent]] ([[age:67]], {{type 2 diabetes}}, previous {{minor amputation}}) was due her routine review at [[organisation:Fairfield Health Centre]] on [[date:2 February]]. Her daughter sent a photo of a blister on the left hallux through our {{Accurx}} link on [[date:7 January]], which I saw the same afternoon, and I brought her in on [[date:9 January]].
        Deroofed, no probe to bone, {{offloading}} with {{felt padding}} and a {{post-op shoe}}. Healed in three weeks.
        What worked: the photo pathway, and her daughter knowing how to use it. Without it she'd have waited nearly a month with an open lesion.

        [[name:Tomasz]]
    """)),
    ("health", "near_miss", prose("""
        Prescribing near miss caught at clinical check. Mrs [[name:Iqbal]] was admitted to
        [[organisation:Ward 14]] on [[date:22/04/24]] with a chest infection. On {{EPMA}} her
        {{methotrexate}} 15 mg had been transcribed from the GP summary as once daily instead of once weekly
        on Mondays. The first dose was due at 18:00. I was doing her {{medicines reconciliation}} at 16:30
        and it didn't match her {{methotrexate monitoring booklet}}, so I rang the {{FY1}}, who amended it,
        and I added a weekly-dosing alert. Staff nurse [[name:Chidi]] had also queried it at the {{drug round}}
        handover. Checked by [[name:RT]] ({{accredited checking technician}}). The EPMA drop-down defaults to
        'once daily' for methotrexate, which shouldn't be possible. Raised with the EPMA team,
        [[case_reference:DTX-338102]]. [[name:SKB]], {{Band 7}} pharmacist
    """)),
    ("health", "incident", prose("""
        Patient safety incident investigation summary ([[case_reference:PSII-CN-2024-011]]). A housebound
        woman aged [[age:91]] on the [[organisation:Greystones District Nursing Team]] caseload developed a
        {{category 3 pressure ulcer}} to the sacrum between [[date:8 March]] and [[date:27 March 2024]]. On
        admission to the caseload her {{PURPOSE T}} assessment showed high risk and a {{dynamic mattress}} was
        ordered. The order was placed against her previous address, [[address:3 Wickham Court]], and the
        equipment service recorded delivery as complete. Visiting staff did not check the mattress type at
        later visits because the record said 'delivered'. The damage was identified by
        [[name:Ruth Emeka]], {{Band 6}} district nurse, on [[date:27 March]]. Findings: the ordering system
        allowed an old address to be selected without prompt; {{SSKIN}} bundle checks recorded 'equipment in
        place' without visual confirmation. Safety actions: address confirmed verbally at the point of
        order; the SSKIN template now asks for the mattress make and type seen. The family were informed
        under the {{Duty of Candour}}.
    """)),
    ("health", "success", prose("""
        Good outcome worth recording. [[name:Frank]] ([[age:78]]) had a {{venous leg ulcer}} on the left
        gaiter area, 14 months of dressings at his practice with no real progress, then was referred to the
        [[organisation:Riverside Leg Ulcer Service]]. Full assessment including {{ABPI}} by {{Doppler}} (0.92
        left, 0.96 right), so safe for full compression. Started {{two-layer compression}}, then a
        {{hosiery kit}} once the exudate settled. The big thing was [[name:Frank]] himself: he'd stopped
        wearing bandages before because they wouldn't fit in his shoes, and nobody had asked why.
        [[name:Precious]], our {{HCA}}, found him wide-fit shoes through {{Age UK}} and showed his
        neighbour how to help with the hosiery. Healed at 11 weeks. Now on {{class 2}} hosiery with
        6-monthly review. Thank you [[name:Precious]].
    """)),
    ("health", "incident", block("""
        DISPENSARY ERROR LOG - [[organisation:St Aidan's Hospital]] Pharmacy
        Ref: [[case_reference:DE-2024-0291]]
        Date: [[date:15/07/2024]]
        Patient: [[name:HOLLINGWORTH, Margaret]]   Hosp no: [[case_reference:RX4418273]]   Ward: [[organisation:Ward 7 (Elderly Care)]]
        Error: {{TTO}} {{warfarin}} dispensed as 3 mg tablets (blue) instead of 1 mg (brown); label correct ("1 mg tablets").
        Detected: by the patient's son at home on [[date:16/07]] - tablets didn't match her old ones. He rang the {{Medicines Information}} line.
        Harm: none - no doses taken from the TTO pack.
        Dispensed by: [[name:LK]]   Checked by: [[name:MO'C]]
        Contributing factors: 1 mg and 3 mg stocked in adjacent bins; {{Omnicell}} down so manual pick; Saturday lunchtime, two staff on.
        Actions: bins separated; tall-man shelf labels; {{anticoagulation clinic}} informed; apology to family by [[name:Sanjay Mistry]], {{Chief Pharmacist}}.
    """)),
    ("health", "near_miss", block("""
        Teams - [[organisation:Harbour Road District Nurses]]
        [14:02] [[name:Rose Adebanjo]]: heads up - 2x Mrs [[name:Pearson]] at [[organisation:Larchwood Lodge]] now. room 4 & room 11
        [14:03] [[name:Rose Adebanjo]]: room 11 is the new lady, she is NOT on {{clexane}}
        [14:05] [[name:Mark T]]: 😬 nearly did room 11's clexane at lunch. carer took me to the wrong room. checked {{DOB}} on the {{MAR chart}} against my list and it didn't match
        [14:05] [[name:Mark T]]: my list [[date_of_birth:12/04/1938]], hers [[date_of_birth:30/09/1941]]
        [14:06] [[name:Rose Adebanjo]]: good catch. asking the home to put a same-name alert on both doors
        [14:07] [[name:Mark T]]: ok adding alert on {{SystmOne}} too

        Copied to learning system - no harm, {{positive ID check}} worked. [[name:Rose]], {{team leader}}
    """)),
    ("health", "success", prose("""
        Positive catch from our {{pharmacy technician}} team on the {{Acute Medical Unit}}.
        [[name:Adebayo]] was doing {{medicines reconciliation}} for a [[age:59]]-year-old man admitted
        overnight with {{cellulitis}}; {{co-amoxiclav}} had been prescribed in ED and the allergy box said
        'NKDA'. [[name:Adebayo]] rang the patient's community pharmacy, [[organisation:Hendon Lane Pharmacy]],
        who had {{penicillin}} anaphylaxis recorded from 2016, then confirmed it with the patient's wife. The
        first dose hadn't been given - it was still on the drug trolley. Switched to {{clarithromycin}} by the
        medical {{registrar}}, Dr [[name:Varga]]. What went right: [[name:Adebayo]] didn't take the ED
        allergy status at face value, and the community pharmacy answered straight away. Fed back to ED
        under [[case_reference:DX-771203]].
    """)),
    ("health", "incident", prose("""
        Post-op bleed after {{partial nail avulsion}} with {{phenol}}, [[organisation:Kingsway Podiatry Clinic]],
        [[date:Tue 5 March]]. Patient ([[name:DF]], [[age:46]]) ticked no to 'blood thinners' on the pre-op
        form. He was actually on {{apixaban}} for {{AF}}, started by the hospital three weeks before; he
        didn't think of it as a blood thinner because it was 'the heart tablet'. The {{Summary Care Record}}
        would have shown it but we only looked if the form flagged something. He rang that evening with the
        dressing soaked through; seen next morning by [[name:Ola]], re-dressed with an {{alginate}}, settled.
        Minor harm. We now check the SCR for every nail surgery patient regardless of the form and ask about
        each anticoagulant by name. Reported by [[name:H. Lindqvist]], {{Highly Specialist Podiatrist}}.
    """)),
    ("health", "success", block("""
        From: Dr [[name:Anjali Venkataraman]] <[[email:anjali.venkataraman@nhs.example.net]]>
        To: [[email:westhill.dn@nhs.example.net]]
        Date: [[date:Monday 2 December 2024]]
        Subject: Mr [[name:Stokes]] - thank you

        Dear [[name:Abi]] and team,

        I wanted to thank you for the care you gave Mr [[name:Stokes]] ([[nhs_number:432 235 5633]]) in his last fortnight. His wife told me at the {{bereavement visit}} that [[name:Faisal]] came out at 2am when his {{syringe driver}} alarmed, stayed until he was settled, and rang her the next afternoon just to see how she was.

        You had the {{just in case medicines}} and the {{ReSPECT}} form in place a week before they were needed, which meant no {{ambulance}} and no admission - exactly what he wanted. He died at home at [[address:Holly Bank, Coppice Lane]] with his family around him.

        Please pass this on to [[name:Faisal]].

        Best wishes,
        [[name:Anjali]]
        {{GP Partner}}, [[organisation:Westhill Medical Practice]]
    """)),
    ("health", "incident", prose("""
        My work car was broken into on [[date:10th Oct]] on [[address:Canal Street]] while I was in with a
        patient. Back window smashed and my bag taken from the footwell (I know, should have been in the
        boot). In it: the {{Toughbook}} (encrypted, locked), my {{ID badge}}, and a printed handover sheet
        with 11 patients' names, addresses and {{key safe}} codes for 4 of them. The sheet is the problem -
        we're meant to be paperless but {{SystmOne}} mobile had been down all week so [[name:Mandy]] printed
        them for everyone. Reported to police ([[case_reference:CC-2410-5521]]) and IG, and the four key safe
        patients had their codes changed that afternoon by [[name:Wes]] and the {{handyperson service}}.
        Car was the pool car, [[vehicle_registration:WR70 HNB]]. Learning: if we have to print, initials only
        and never codes. Bags in the boot before arriving, not after.
    """)),
    ("health", "near_miss", prose("""
        {{Clozapine}} near miss on [[organisation:Beech Ward]]. Patient [[name:J.McK]] admitted via ED on
        [[date:Sat 13 Jan]] after a fall; usual dose 300 mg twice daily via the
        [[organisation:Aire Valley Community Mental Health Team]]. He had missed at least three days before
        admission. The admitting doctor prescribed his full usual dose, which after more than 48 hours off
        risks severe hypotension and seizures - it needs {{re-titration}} from 12.5 mg. Our weekend
        pharmacist, [[name:Olu]], spotted it on the {{Sunday}} ward check before the evening dose and
        contacted the {{on-call psychiatrist}}. Re-titration started and the {{clozapine monitoring service}}
        informed. What helped: [[name:Olu]] knew to ask when the last dose was actually taken, not just what
        was on the list. Learning: {{EPMA}} should flag clozapine on admission. [[case_reference:DTX-340017]].
    """)),
    ("health", "success", prose("""
        charcot foot picked up early - good teamwork. pt is mr [[name:achterberg]] ([[age:62]],
        {{T1DM}}). im a {{community nurse}} doing his insulin mon/wed/fri and noticed his right foot was
        hot and swollen but not painful. he'd told the GP receptionist it was a sprain. took the temps with
        the {{infrared thermometer}} [[name:lou]] left at our base (3.1 degrees difference) and rang the
        [[organisation:Dukinfield Foot Protection Team]] direct on [[phone:0161 496 0733]]. seen same day,
        {{X-ray}} and {{MRI}}, confirmed {{active Charcot}}, in a {{total contact cast}} by teatime. if hed
        waited for a GP appt it wouldve been weeks and he could have lost the foot shape. credit to
        [[name:lou]] for training us on foot temps at the {{huddle}} last month.
    """)),
    ("health", "incident", block("""
        DATIX - INCIDENT REPORT
        Ref: [[case_reference:W121907]]
        Incident date: [[date:28/08/2024]]   Time: 11:20
        Location: patient's home, [[address:19 Pennine View]], [[postcode:HX2 8LQ]]
        Team: [[organisation:Calder North Community Nursing]]
        Reporter: [[name:Yasmin Haddad]], Staff Nurse
        Description: Sharps injury after giving {{enoxaparin}} 40 mg subcut. Used a {{safety syringe}} but the patient moved his arm as I withdrew and the guard hadn't locked. Needle went through my glove into my left index finger. Bled it, washed, covered.
        Immediate action: rang {{Occupational Health}}; source patient consented to bloods (GP to take). Had a BBV screen at {{A&E}} as Occ Health closed at 1pm. {{Hep B}} immune.
        Contributing: patient's carer in a hurry, poor lighting, I didn't ask him to sit still first.
        Manager informed: [[name:Bronwen]]
    """)),
    ("health", "success", prose("""
        Sharing a success from the [[organisation:Ward 22]] discharge pilot at
        [[organisation:Royal Northgate Infirmary]]. Since {{April}} our ward-based
        {{pharmacy technicians}}, [[name:Gabriela]] and [[name:Hamish]], have screened {{TTOs}} as soon as
        the consultant confirms discharge on the {{board round}}, instead of waiting for the order to reach
        dispensary. Median time from TTO written to medicines on the ward has dropped from 4h10 to 1h35, and
        patients leaving after 8pm are down by two-thirds. Just as important, [[name:Gabriela]] now sends the
        {{Discharge Medicines Service}} referral to the patient's community pharmacy before they leave, so
        nobody goes home on a new {{DOAC}} without follow-up. The ward manager, [[name:Siobhan]], says the
        nurses trust it because the technicians are on the ward and visible. We'd like to roll it out to
        [[organisation:Ward 23]] next.
    """)),
    ("health", "near_miss", block("""
        SBAR - near miss
        S: {{NPWT}} pump for Ms [[name:Grace Olawale]] (NHS [[nhs_number:678 462 1204]], DOB [[date_of_birth:04/06/1979]]) found switched off by the patient overnight "because of the beeping". Dressing off suction for about 8 hours.
        B: Dehisced abdominal wound after {{laparotomy}}, discharged from [[organisation:Ward 9]] on [[date:18/03]] with a {{VAC}} pump; our team changing the dressing three times a week.
        A: Wound bed pink, some maceration at the edges, no sign of infection. No harm this time, but another day off suction and the dressing would have needed an early change - she had a lot of pain at the last one.
        R: Alarm explained properly to her and her partner [[name:Kwame]]; {{tissue viability}} out-of-hours number taped to the pump ([[phone:07700 900912]]). Asked {{TVN}} [[name:Eleri]] to add "what to do if it beeps" to the discharge leaflet.
        [[name:Teodora]], community staff nurse, [[organisation:Eastgate Community Nursing Team]]
    """)),
    ("health", "incident", prose("""
        Left a {{voicemail}} with clinical details on the wrong phone. The patient's son lives in Spain and is
        the main contact. His number on the record was [[phone:+34 600 900 214]] but a digit had been
        mistyped when the {{catheter}} referral came over, so I left a message about his dad's
        {{urinary retention}}, the {{suprapubic catheter}} change and the {{urology}} follow-up with a stranger.
        Realised when the son, [[name:Diego]], rang the base asking why nobody had updated him. Correct
        number confirmed from his email ([[email:d.ferrer.m@example.com]]) and the record fixed; the wrong
        number went to voicemail again when I tried to ask them to delete it. Reported as
        [[case_reference:W119560]]. Learning: voicemails should say 'please call
        [[organisation:Harbourside Community Nursing]]' and nothing more, and we read contact numbers back
        to families at first visit. [[name:Nicola]], {{district nursing sister}}
    """)),
    # ------------------------------------------------------------------ aviation (16)
    ("aviation", "near_miss", prose("""
        Inbound to [[organisation:Halcyon Bravo]] on [[flight_number:NRS 271]]
        ([[aircraft_registration:G-NRSD]], {{S-92}}) in haze, about 1,200 m visibility.
        [[organisation:Halcyon Alpha]] is 600 m away, bridge-linked, and from the south-west the two look
        almost identical. I was PM; the {{Captain}} was flying. On short final I read the name painted on
        the {{helideck}} and it said ALPHA. Called go-around, the captain executed straight away, no fuss.
        Second approach onto the correct deck. Both decks were green and both {{HLOs}} were on frequency,
        which didn't help - the Alpha HLO assumed we were a shuttle. Learning: we now call the deck
        identifier aloud on final as a standard call, and the operator is adding a coloured bar to the
        Bravo deck markings. {{MOR}} submitted. {{First Officer}},
        [[organisation:Northern Rotary Services]].
    """)),
    ("aviation", "success", block("""
        ENGINEERING NOTE - GOOD CATCH
        A/C: [[aircraft_registration:G-CLDH]] ({{AW189}})
        Date: [[date:03/02/2025]]
        Raised by: [[name:Iain Mackay]], {{B1 licensed engineer}}

        Daily {{HUMS}} download showed the #2 accessory gearbox bearing indicator creeping up over five flights - below amber, but a clear trend. Nothing required us to act. I flagged it to {{MOC}} anyway and [[name:Ewa]] on the HUMS desk pulled the last 30 days and agreed. {{Chip detector}} pulled on nights: fine metallic fuzz. Bearing changed under [[case_reference:WO-25-00317]] before it ever reached an exceedance.

        Why this went right: we had time on nights to look at trends, not just alerts, and MOC took a "below limits" call seriously.
        Aircraft released [[date:05/02/2025]], {{CRS}} signed by [[name:I. Mackay]].
    """)),
    ("aviation", "incident", prose("""
        Laser illumination during a night tasking, [[date:Sat 2nd Nov]] about 22:40. We were
        [[flight_number:NPAS 47]] in [[aircraft_registration:G-PLZE]] ({{EC135}}), orbiting at 1,500 ft over
        a {{vehicle pursuit}}. A green laser hit the front screen twice and the {{TFO}}, [[name:Dev]], took a
        direct hit in the left eye. I turned away, climbed and handed the pursuit to ground units.
        [[name:Dev]] got the {{MX-15}} on the source - a back garden on [[address:Tannery Close]] - and
        officers arrested a man aged [[age:19]]. [[name:Dev]]'s vision took 40 minutes to settle and the eye
        unit found no lasting damage. Learning: the {{laser glasses}} were in the bag behind my seat, not on
        the {{glareshield}}; they are now. Reported to the {{CAA}} as an {{MOR}}, crime ref
        [[case_reference:14/88213/24]].
    """)),
    ("aviation", "success", prose("""
        Good catch on a duplicate inspection, [[organisation:Tayside Helicopter Engineering]] hangar 2, night
        shift [[date:17 Oct]]. [[name:GH]] had refitted the {{tail rotor}} pitch change link on
        [[aircraft_registration:G-TYHE]] after a bearing change and called for the
        {{independent inspection}}. [[name:RD]] did it properly - hands on, not eyes only - and found one bolt
        finger-tight. The {{torque stripe}} had gone on before the final torque because [[name:GH]] was
        interrupted by a call from stores. Torqued, re-inspected, signed. What went right: [[name:RD]] didn't
        trust the stripe, and [[name:GH]] told us straight away how it happened. Agreed on shift: nobody
        applies a stripe until they've torqued in one go, and any interruption means starting the sequence
        again. Our {{Part-145}} {{human factors}} refresher next month will use this one.
    """)),
    ("aviation", "incident", block("""
        OPS LOG EXTRACT - [[organisation:Northern Rotary Services]] heliport ops
        [[date:14/06/2024]]
        0645 [[flight_number:NRS 118]] [[aircraft_registration:G-NRSF]] check-in closed, 16 pax manifested for [[organisation:Kestrel Point FPSO]].
        0702 Gate count 15.
        0704 Missing pax [[name:Stuart Coyle]] - checked in, bag loaded, not at gate.
        0711 Pax found unwell in toilets; withdrawn by {{heliport medic}}. Bag offload requested.
        0719 Revised {{load sheet}} issued. Departed 0731 (+21).
        0815 {{HLO}} reports 15 pax and an extra bag not on the manifest.
        0840 Extra bag belongs to [[name:Coyle]]. Handler had offloaded the bag of pax [[name:A. Nwachukwu]] in error; his bag now on the next flight.
        0850 Stavanger ops advised ([[phone:+47 51 90 44 17]]) as aircraft returns via their field.
        Reported [[case_reference:NRS-OSR-24-0412]]. Unaccompanied bag carried - {{security}} and {{dangerous goods}} review open.
        Learning: reconcile bag tags against boarding cards, not the manifest.
    """)),
    ("aviation", "near_miss", prose("""
        Wires near miss at night. {{NPAS}} tasking to a {{missing person}} search in a wooded valley, crew of
        three in [[aircraft_registration:G-PLZK]]. We descended to 500 ft agl to put the {{Nitesun}} on a
        ground team. I was on {{NVG}}; the {{TFO}}, [[name:Kowalski]], was on the camera. The power lines
        crossing the valley weren't on the moving map because they're 11 kV wooden-pole lines, below the
        charting threshold. [[name:Kowalski]] picked them up on the {{thermal camera}} at about 300 m and
        called 'wires, twelve o'clock'. I climbed; I estimate we'd have passed within 50 ft. PC
        [[name:Akhtar]], the {{observer}}, had just been reading the map to me and said afterwards he'd
        assumed the pilot had them. Learning: a minimum search height in unsurveyed valleys, and the camera
        operator scans for wires before any descent. Reported under our {{SMS}},
        [[case_reference:NPAS-SMS-2025-031]].
    """)),
    ("aviation", "success", prose("""
        Crew of [[aircraft_registration:G-NRSB]] on a {{medevac}} from [[organisation:Halcyon Alpha]],
        [[date:9 December]]. The casualty, aged [[age:52]], had a suspected {{spinal injury}} after a fall
        from a ladder. The {{OIM}} and {{HLO}} had him packaged on a {{scoop stretcher}} with the
        {{offshore medic}}, [[name:Hamza]], before we landed. Weather was right on limits - 35 kt and deck
        motion just inside the {{HOMP}} numbers. Captain [[name:Ferguson]] briefed a clear 'one attempt,
        then we go home' plan; co-pilot [[name:Ellie Chambers]] read the motion figures aloud every 30
        seconds on final. [[name:Hamza]]'s handover took 90 seconds and was in the order our paramedic
        wanted. Rotors-running on deck for six minutes. Landed at
        [[organisation:Grampian Royal Infirmary]] helipad 48 minutes after the call. [[name:Ellie]]
        wrote this up because it was her first night medevac and she wanted the offshore team thanked.
    """)),
    ("aviation", "incident", prose("""
        Investigation summary, [[case_reference:ENG-OR-2024-019]]. During a scheduled inspection on
        [[date:21 May 2024]], an {{LED inspection torch}} was found lodged beside the No. 2 engine
        {{firewall}} of [[aircraft_registration:G-NRSK]] ({{H175}}). The aircraft had flown 11 sectors since a
        {{borescope}} inspection on [[date:16 May]]. The torch was personal issue, engraved with the initials
        of the engineer, [[name:K.O.]], but hangar {{tool control}} covered only company tooling. He had
        told his supervisor, [[name:Baxter]], on [[date:18 May]] that the torch was missing, but this was not
        linked to the aircraft. No damage was found. Contributing factors: personal tools permitted but not
        shadow-boarded; the inspection handed over mid-task between shifts; cowlings closed by a second
        engineer without a {{FOD check}} of the bay. Safety actions: personal tools banned airside; cowling
        closure to include a recorded FOD check; lost-tool reports to trigger a search of every aircraft
        worked that shift.
    """)),
    ("aviation", "near_miss", block("""
        [[date:12/08/24]], 19:41 - [[name:Lewis]]: anyone else on the 0630 tomorrow? roster says me and [[name:Priya]]
        [[date:12/08/24]], 19:43 - [[name:Priya Raman]]: yes but I landed at 2150 last night?? thats not enough rest
        [[date:12/08/24]], 19:44 - [[name:Lewis]]: {{crewing}} must have moved your late. checking the {{FTL}} calc
        [[date:12/08/24]], 19:52 - [[name:Lewis]]: yep, {{rostering software}} didn't pick up the late swap. you'd be reporting with about 8h10
        [[date:12/08/24]], 19:55 - [[name:Priya Raman]]: ringing crewing now
        [[date:12/08/24]], 20:10 - [[name:Priya Raman]]: sorted, [[name:Tariq]] covering, I'm on the 1030. they're checking the rest of the week

        Posted to the {{FRMS}} as a near miss ([[case_reference:FRMS-0093]]). The 0630 was [[flight_number:CLH 402]]. Swaps done by phone after 1800 don't re-run the {{legality check}}.
    """)),
    ("aviation", "success", block("""
        From: [[email:hlo.kestrelpoint@example-energy.com]]
        To: [[email:safety@northernrotary.example.co.uk]]
        Cc: {{OIM}}
        Date: [[date:Tuesday, 23 April 2024]]
        Subject: Thanks to crew of [[flight_number:NRS 305]]

        Hi,
        Just passing on thanks from the deck crew. Yesterday's [[flight_number:NRS 305]] ([[aircraft_registration:G-NRSD]]) arrived with our {{helideck}} {{status lights}} showing amber for a wind sensor fault. Capt [[name:Osei-Bonsu]] asked us to read out the hand-held {{anemometer}} before committing rather than land on the earlier figure, and held off for four minutes while [[name:Craig]] went up to check the {{windsock}}, which had wrapped itself round the pole. Clear, calm and respectful, and the {{HDA}} team learned something about what crews need from us.

        Regards
        [[name:Murdo Sinclair]]
        HLO, [[organisation:Kestrel Point FPSO]]
        [[phone:+44 7700 900376]]
    """)),
    ("aviation", "incident", prose("""
        Landed below {{final reserve fuel}} after a long {{vehicle pursuit}}, [[date:24/01/25]]. I'm the
        pilot. We were in [[aircraft_registration:G-PLZE]] ({{EC135}}), retasked from a search onto a pursuit
        on the motorway. I stayed about eight minutes longer than planned because ground units were just
        about to stop the car and handing over felt like letting them down. The fuel warning went while the
        TFO, PC [[name:Lane]], was mid-commentary, and I acknowledged it without really registering it.
        Landed at [[organisation:Carr Moor]] base with 16 minutes remaining, below final reserve. Nobody asked
        me to stay - the pressure was mine. Learning: a hard 'bingo' call made aloud by the TFO as well as
        me, and handing over early is part of the job, not failing it. {{Unit Executive Officer}} informed
        and {{MOR}} filed.
    """)),
    ("aviation", "success", prose("""
        Missing person found - great teamwork. [[date:Thursday 7th March]], 02:10, {{high-risk missing}}:
        an [[age:87]]-year-old man with {{dementia}}, [[name:Albert Kinsella]], had walked out of
        [[organisation:Meadowcroft Care Home]] in his pyjamas at 1 degree. Tasked as
        [[flight_number:NPAS 23]] from [[organisation:Carr Moor]]. PC [[name:Lane]] on the
        {{thermal camera}} found a heat source in a drainage ditch 700 m from the home within six minutes of
        arrival, well outside the area ground units had been searching. We talked Sgt [[name:Adeyemi]]'s
        team in using the {{Nitesun}} and [[name:Albert]] was with paramedics by 02:35. Hypothermic but
        alive. What went right: the home's {{Herbert Protocol}} form had a recent photo and noted his habit
        of walking towards the farm where he used to work, which told us which way to look first.
    """)),
    ("aviation", "near_miss", prose("""
        Near miss on fuel planning. Outbound on [[flight_number:CLH 217]]
        ([[aircraft_registration:G-CLDM]], {{AW139}}) to a {{normally unattended installation}},
        [[organisation:Merrow Alpha]]. The {{TAF}} for our alternate showed {{PROB30}} fog after 1400. I was
        the {{co-pilot}} doing the fuel calc and used the {{OFP}} from the morning run, which had a different
        alternate. The {{Captain}}, [[name:Hollis]], caught it during the brief because the fuel figure
        looked 'too nice'. We'd have departed about 120 kg short of required. Re-planned and took the
        extra fuel. Learning for me: I was rushing because we were late off a tech delay, and the two OFPs
        had near-identical headers. Ops are adding the alternate in large text at the top. Reported as
        [[case_reference:CLH-ASR-0417]].
    """)),
    ("aviation", "incident", block("""
        TECH LOG / OCCURRENCE
        A/C: [[aircraft_registration:G-NRSF]]   Type: {{S-92A}}
        Date: [[date:30 Sep 2024]]   Planned sector: [[flight_number:NRS 442]]
        Defect: No. 1 {{windscreen heat}} inoperative.
        Deferred under {{MEL}} 30-40-01 by [[name:Callum McQueen]] ({{B1}}), Cat C.
        Error: MEL item prohibits dispatch into known or forecast {{icing}}; ops not told of the deferral and [[flight_number:NRS 442]] was planned through forecast moderate icing above 2,000 ft.
        Detected: by Capt [[name:Rossi]] reading the tech log at walk-round. Flight delayed 2 h until the defect was rectified.
        Root cause: deferral not phoned through to {{MOC}}; reliance on the tech log alone.
        Action: all MEL deferrals to be called to MOC and entered on the ops system before the {{CRS}} is signed.
        Ref [[case_reference:ENG-OR-2024-031]]
    """)),
    ("aviation", "success", prose("""
        I'm a second-year {{apprentice}} at [[organisation:Skyline Rotorcraft Maintenance]]. Last week I was
        helping [[name:Darren]] with a {{main rotor blade}} fold on [[aircraft_registration:G-SKRM]] and
        noticed the {{blade fold}} lock pin had a different part number to the one in the {{AMM}} figure. I
        nearly didn't say anything because [[name:Darren]] has thirty years in. When I did, he stopped,
        checked the {{IPC}}, and it turned out stores had issued a superseded pin that had been returned to
        the wrong bin. He thanked me in front of the whole shift, and the {{quality manager}},
        [[name:Nkechi Abara]], sent it round as a good catch. I'm writing it up because I want other
        apprentices to know it's fine to speak up. [[name:Summer]] (apprentice, hangar 1)
    """)),
    ("aviation", "incident", prose("""
        Baggage hold door opened in flight on [[flight_number:CLH 385]], [[aircraft_registration:G-CLDM]],
        [[date:8/11/24]], heliport to [[organisation:Merrow Alpha]]. {{Baggage door}} caution four minutes
        after take-off; returned, landed, nothing lost. Door found with the handle not fully over-centre.
        Two {{ground handlers}} loaded the hold; each thought the other had done the {{secondary latch}}, and the
        {{walk-round}} by the {{co-pilot}}, [[name:Ana Sousa]], was done before loading finished. Engineer
        [[name:Brook]] also found the latch spring weak. Actions: handlers sign the {{load sheet}} to confirm
        the door is latched, and a final visual check of all doors by crew after loading, not before.
        [[name:Ana]] and the handlers spoke up straight away, which made the picture clear quickly.
    """)),
]


def main() -> None:
    write_records(OUT, build_records("heldout-blind100", REPORTS))


if __name__ == "__main__":
    main()
