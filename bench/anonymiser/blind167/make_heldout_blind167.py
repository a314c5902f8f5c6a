"""Held-out blind corpus 167: just-culture incident, near-miss and learning reports.

Settings: a SEND casework team and educational psychologists (EHC needs assessments, annual
reviews, tribunals, EOTAS, direct payments); a community and inpatient eating disorders service
for children and young people (refeeding, MEED risk, family-based treatment, transition); an
airport's rescue and fire-fighting service and airside driving (runway incursions, hot brakes,
fuel spills, permits, ATC transcripts). Written blind, the way UK staff type: rushed lower-case
notes with typos and missing apostrophes, careful narratives, chronologies with times, e-mails
with headers and signatures, Teams and WhatsApp exports, incident and Datix forms with field
labels, handover tables, minutes with attendance lists, debriefs, shout-outs and thank-you notes,
a vehicle defect log and radio transcripts. Every person, place and number is invented.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from markup import block, build_records, write_records  # noqa: E402
from markup import flow as prose  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "corpus" / "heldout_blind167.jsonl"

REPORTS = [
    # ------------------------------------------------------------------ social care (SEND)
    ("social_care", "incident", prose("""
        On {{Tuesday}} afternoon I was finalising the {{draft EHC plan}} for [[name:Kofi Mensah]]
        ([[age:9]]) at [[organisation:Greystone Primary School]]. When I attached it to the
        {{Egress}} message the address book auto-filled a parent from another case with a similar
        surname. I noticed about ten minutes later when she replied saying 'this isn't my son'. I
        rang her on [[phone:07700 900318]], she agreed to delete it and confirmed by email. I
        reported it to my {{team manager}} [[name:Sinead O'Callaghan]] and the
        {{data protection officer}} the same day (ref [[case_reference:IG-2024-0613]]). Because the
        plan included {{Section B}} health details and a {{CAMHS}} report, the DPO decided it met
        the threshold for reporting to the {{ICO}}. [[name:Kofi]]'s {{mum}} was told by
        [[name:Sinead]] in person. Learning: address auto-complete is now switched off and a second
        person checks the recipient on anything containing {{Section B}} or {{Section C}} material
        before it goes. I'm writing this up because it could happen to anyone on a busy afternoon.
        [[name:Bethan Lloyd-Evans]], {{SEND caseworker}}
    """)),
    ("social_care", "incident", prose("""
        writing this up quick as asked at team mtg. psych advice for [[name:ruby-mae]]
        ([[case_reference:EHCNA/24/0391]]) was due wk 6 but [[name:priya]] was off sick from mid
        {{march}} and theres no cover process for {{EP advice}} so it just sat in her queue. nobody
        noticed til the {{20 week}} deadline flagged on the tracker in week 18 - by then wed missed
        it. {{mum}} rang me on [[phone:07700 900552]] (sorry dont need her number in here) really
        upset. plan went out at week 23. she complained to {{SENDIASS}} who contacted us, fair
        enough tbh. what wld help - {{principal EP}} to see a weekly list of advice due, and when an
        EP is off more than a week someone reallocates. [[name:dom]] has already started doing this
        on the {{EP tracker}} spreadsheet. not blaming [[name:priya]] at all shes been really
        unwell. - [[name:kerry]] ({{caseworker}})
    """)),
    ("social_care", "near_miss", block("""
        From: [[name:Gethin Pryce]] <[[email:gethin.pryce@wexmoor.gov.uk]]>
        To: SEND casework (north)
        Sent: [[date:Thursday 16 May 2024]] 17:42
        Subject: Near miss - final plan nearly named wrong school ([[case_reference:EHC-0882-WX]])

        Hi all,
        Flagging for the near-miss log. Final plan for [[name:J.W.]] was ready to issue naming
        [[organisation:Moorfield Academy]] in {{Section I}}. On my {{final check}} I couldn't find
        the school's {{consultation response}} on file, so I rang their {{SENCo}}
        ([[phone:01632 960417]]). They'd replied in {{April}} saying they couldn't meet need, but it
        went to [[email:sendnorth@wexmoor.gov.uk]] and never got saved to the case. If we'd issued,
        {{mum}} would have had a plan naming a school that had formally said no, and probably a
        {{Tribunal}} appeal on {{Section I}}.

        Held the plan, re-consulted [[organisation:Brackenhill School]], which has a place. Suggest
        the shared inbox gets triaged daily and replies are logged on {{Synergy}} the same day.

        Thanks,
        [[name:Gethin]]

        [[name:Gethin Pryce]] | {{Senior SEND Officer}}
        [[organisation:Wexmoor Council]] SEND Service
        T: [[phone:01632 960233]] | M: [[phone:07700 900874]]
    """)),
    ("social_care", "success", prose("""
        SHOUT-OUT 🌟 Huge thanks to Dr [[name:Tunde Bakare]] for the way he gathered
        {{pupil views}} for [[name:Hope Okonjo]] ([[age:14]]), who is {{autistic}} and mostly
        {{non-speaking}}. Instead of the usual questionnaire [[name:Tunde]] used {{Talking Mats}}
        over two short visits at [[organisation:Calder Moss Resource Base]] and let [[name:Hope]]
        sort picture cards at her own pace. For the first time her {{annual review}} had a whole
        page in her own words about what helps (quiet lunch, ear defenders, PE at the end of the
        day). {{Dad}} said at the meeting "that's the first time anyone's asked her properly".
        Learning for the team: book two shorter visits rather than one long one when a child's
        communication needs are significant, and ask the {{SALT}} which symbols they already use.
        Nominated by [[name:Eilidh MacRae]], {{SEND caseworker}}.
    """)),
    ("social_care", "incident", block("""
        Teams chat export - casework south
        [[date:07/03/2024]] 09:14 | [[name:Lauren Fitch]]: morning, has anyone uploaded the AR paperwork for [[name:Zayan Ahmed]] ([[case_reference:EHC-31174]])? {{mum}} says she can see another child's reports in the {{EHC Hub}}
        09:16 | [[name:Marcus Oyelaran]]: oh no. I did it yesterday. which child
        09:17 | [[name:Lauren Fitch]]: [[name:Farhan Ahmed]] ([[case_reference:EHC-31147]]) - same surname, both at [[organisation:St Wilfrid's RC Primary]], case numbers two digits swapped
        09:18 | [[name:Marcus Oyelaran]]: 🤦 I searched by surname and picked the first. pulling it down now
        09:25 | [[name:Marcus Oyelaran]]: removed. {{annual review}} report, {{SALT}} report and {{EP}} advice were visible. portal log says mum opened 2 docs
        09:26 | [[name:Lauren Fitch]]: ok log it on the breach form and tell [[name:Sinead]] pls. I'll ring [[name:Farhan]]'s parents
        11:02 | [[name:Sinead O'Callaghan]]: thanks both. {{DPO}} informed. no blame here - the hub search needs {{date of birth}} as well as name, raising it with {{IT}}.
    """)),
    ("social_care", "near_miss", block("""
        INCIDENT / NEAR MISS FORM - {{SEND Service}}
        Type: Near miss
        Date of event: [[date:30/08/2024]] (Friday before term)
        Reported by: [[name:Chloe Dunn]], {{Transport Liaison Officer}}
        Child: [[name:Alfie Kershaw]]   DOB: [[date_of_birth:11/02/2014]]
        Home address: [[address:27 Linnet Way, Hetherton]] [[postcode:HT4 7RW]]
        Case ref: [[case_reference:SEN-TR-2291]]

        What happened: [[name:Alfie]] moves from [[organisation:Greystone Primary School]] to
        [[organisation:Brackenhill School]] (specialist) from {{September}}. The {{EHCP}} amendment
        was issued in {{July}} but the {{home to school transport}} request was never sent to the
        {{Passenger Transport Unit}}. I only found it doing the start of term cross-check. He'd have
        had no taxi or {{passenger assistant}} on day one and he can't travel independently.
        Action taken: emergency booking with [[organisation:Hetherton Cabs]], passenger assistant
        briefed on his {{sensory}} needs, {{dad}} told on [[phone:07700 900129]].
        Contributory factors: transport request is a manual email step after amendment; nobody owns
        it over the summer.
        Suggested: make transport a mandatory field on the amendment checklist.
    """)),
    ("social_care", "success", block("""
        SEND PANEL - EXTRACT FOR LEARNING LOG
        Date: [[date:12 June 2024]]   Venue: [[organisation:Hollinbrook Civic Centre]], Room 3 / Teams
        Present: [[name:Ngozi Okafor]] ({{Head of SEND}}, chair), [[name:Tunde Bakare]] ({{Principal EP}}),
        [[name:Rachel Gwynne-Hughes]] ({{OT}}, [[organisation:Hollinbrook Children's Therapy Team]]),
        [[name:Wiktoria Zielinska]] ({{SEND caseworker}}), [[name:Imran Chaudhry]] ({{Virtual School}})
        Apologies: [[name:Lee Summers]] ({{CAMHS}})

        Item 4 - [[name:T.H.]], [[age:12]], [[case_reference:EHC-28830]]
        [[name:Wiktoria]] presented the request for {{EOTAS}}. [[name:T.H.]] has been out of school
        since {{November}} with {{emotionally based school avoidance}}. The joint home visit by
        [[name:Tunde]] and [[name:Rachel]] last week meant panel had one shared picture of need
        instead of two separate reports that contradict each other, which is what usually delays these.
        Decision: EOTAS package agreed (tutor 10 hrs, OT sensory programme, mentoring),
        {{personal budget}} to be costed by [[date:26 June]].
        Learning: joint EP/OT visits for complex non-attendance - [[name:Ngozi]] to propose as standard.
    """)),
    ("social_care", "incident", block("""
        Chronology - late LA evidence, {{SENDIST}} appeal [[case_reference:EH852/24/00317]]
        Child: [[name:Maisie Threlfall]] (Y9, [[organisation:Ashcombe High School]])

        [[date:02/09/2024]] - {{Tribunal}} directions received: LA evidence due [[date:14/10/2024]].
        [[date:16/09/2024]] - caseworker [[name:Jordan Fairweather]] requests updated {{EP}} advice; EP ([[name:Anjali Desai]]) booked for [[date:07/10/2024]].
        [[date:07/10/2024]] - visit cancelled, school closed (boiler). Rebooked [[date:15/10/2024]].
        [[date:14/10/2024]] 16:58 - deadline passes. No extension requested; [[name:Jordan]] was on annual leave and the deadline was only in his {{Outlook}} calendar, not the team {{tribunal tracker}}.
        [[date:21/10/2024]] - LA bundle submitted late with new EP report.
        [[date:05/11/2024]] - {{judge}} refuses to admit late evidence; hearing goes ahead on old advice. Tribunal orders the school named by parents.

        Learning: every Tribunal deadline goes on the shared tracker, and the {{team manager}}
        applies for an extension as soon as any advice looks late. The family's {{IPSEA}} adviser was
        gracious but they waited longer than they needed to.
    """)),
    ("social_care", "success", block("""
        EP team north 💬 (WhatsApp export)
        [[date:19/11/2024]], 13:02 - [[name:Anj]]: just out of an assessment at [[organisation:Fernside Juniors]]. during the {{BAS3}} the lad said something about his stepdad thats a clear disclosure. stopped, wrote down his exact words, went straight to the {{DSL}}
        [[date:19/11/2024]], 13:04 - [[name:Tunde B]]: well done. did DSL take it?
        [[date:19/11/2024]], 13:05 - [[name:Anj]]: yes Mrs [[name:Patel]] rang {{MASH}} while I was there. ive done my own {{record of concern}} and sent it securely
        [[date:19/11/2024]], 13:06 - [[name:Shaz]]: 👏 textbook
        [[date:19/11/2024]], 13:31 - [[name:Anj]]: MASH ref [[case_reference:MASH-24-118903]]. {{social worker}} visiting today after school. not finishing the assessment this term obvs
        [[date:19/11/2024]], 13:33 - [[name:Tunde B]]: agreed. lets talk at {{supervision}} tmrw, and [[name:Anj]] pls take the afternoon back, thats a heavy one
        [[date:19/11/2024]], 13:34 - [[name:Anj]]: thanks x
    """)),
    ("social_care", "near_miss", prose("""
        nearly did a home visit on my own yesterday for [[name:Deacon]]s {{EP}} assessment at
        [[address:9 Tanner Row, Brinsley Vale]]. didnt check the {{lone working}} flags on
        {{Liquidlogic}} because it was booked by the caseworker not me. [[name:Fi]] from
        {{admin}} asked if id seen the warning - theres a {{police marker}} for {{dad}} re
        aggression towards professionals from [[date:Feb 2023]]. would have been me on my own at
        4pm. rebooked to meet at school with the {{SENCo}} instead, {{mum}} was fine with that.
        learning: whoever books a home visit checks flags and puts them in the calendar invite, and
        EPs shld check too not assume. thanks [[name:fi]] 🙏 - [[name:ollie]] ({{trainee EP}})
    """)),
    ("social_care", "incident", block("""
        DEBRIEF NOTES - screen share during mediation
        Date of incident: [[date:3 October 2024]]
        At debrief: [[name:Sinead O'Callaghan]], [[name:Marcus Oyelaran]], [[name:Jas Dhillon]] ({{information governance}})

        What happened: [[name:Marcus]] was in an online {{mediation}} with the parents of
        [[name:Leo Brannigan]] ([[case_reference:EHC-30021]]). He shared his whole screen to show
        the draft {{Section F}} wording. For about 40 seconds his {{caseload spreadsheet}} was
        visible behind it, showing names, schools and dates of birth of 31 other children.
        Why: new laptop, Teams set to share desktop by default; spreadsheet left open; mediation
        ran straight on from a team meeting.
        What went well: [[name:Marcus]] noticed, stopped sharing, apologised and told the
        {{mediator}} and parents straight away; reported within the hour.
        Actions: share a window not the screen (team briefing, [[name:Jas]] to send a guide);
        caseload lists to move into {{Synergy}} reports rather than local spreadsheets; {{ICO}}
        threshold assessed by the {{DPO}} - not reportable (brief, low risk, nothing downloaded).
    """)),
    ("social_care", "success", prose("""
        Good practice note. [[name:Summer Okoro]] ([[age:11]]) has {{selective mutism}} and was
        due to move from [[organisation:St Aidan's CE Primary]] to the {{resource base}} at
        [[organisation:Holloway Park Academy]]. Her caseworker [[name:Mariam Qureshi]] (most of us
        know her as [[name:Maz]]) asked the {{SALT}} to write a one-page 'how to talk with me'
        profile, and arranged six short visits over the summer term for [[name:Summer]], first with
        her {{TA}} from primary and then without. [[name:Maz]] also got the {{Year 7}} timetable to
        {{mum}} in {{July}} so they could walk the route together. [[name:Summer]] attended every
        day of her first half term and whispered to her {{key adult}} in week three. Mum emailed
        to say it was the calmest {{September}} they'd had. What made the difference: planning
        started at the {{Year 5}} {{annual review}}, not the Year 6 one, and one person coordinated
        school, SALT and family.
    """)),
    ("social_care", "incident", block("""
        From: [[name:Natalia Kowalczyk]] <[[email:n.kowalczyk@ashcombe.gov.uk]]>
        To: [[email:information.governance@ashcombe.gov.uk]]
        Date: [[date:Mon 22 Jan 2024]] 10:05
        Subject: Incident - direct payment form sent to wrong provider

        Hi IG team,
        On {{Friday}} I emailed the completed {{personal budget}} {{direct payment}} agreement for
        [[name:Kayden Walsh-Ince]] to [[organisation:Brightpath Tutoring]] instead of
        [[organisation:Brightside Tuition]], who deliver his {{EOTAS}} package. The form had his
        mum's full name ([[name:Donna Walsh]]), address ([[address:41 Pickering Street, Ashcombe]]
        [[postcode:AS2 9DL]]), bank details and her NI number [[ni_number:JT 48 27 61 C]]. It went by
        ordinary email, not {{Egress}}.
        [[organisation:Brightpath]]'s manager ([[name:Femi Ogunleye]], [[phone:+44 1632 960781]]) has
        confirmed in writing it was deleted and not forwarded. I've told Ms [[name:Walsh]] by phone;
        she's understandably worried about the bank details and I sent her the {{Action Fraud}} advice.
        Case ref [[case_reference:DP-AS-0457]]. The two provider names sitting next to each other in
        the drop-down didn't help.

        [[name:Natalia]]
        {{Direct Payments Officer}}, {{SEND Team}}
        [[phone:01632 960508]]
    """)),
    ("social_care", "success", block("""
        HANDOVER - [[name:Kerry-Ann Bell]] caseload (leaving [[date:31 July]]) to [[name:Dylan Price]]

        | Child | Ref | School | Stage | Next date | Notes |
        | [[name:A.M.]] | [[case_reference:EHC-29112]] | [[organisation:Fernside Juniors]] | {{annual review}} | [[date:09/09/24]] | mum prefers text not calls |
        | [[name:R.K-S.]] | [[case_reference:EHCNA-24-0712]] | [[organisation:Moorfield Academy]] | {{needs assessment}} wk 14 | [[date:23/08/24]] | {{EP}} advice in, {{health advice}} chased x2 |
        | [[name:Oluwaseun A.]] ("[[name:Seun]]") | [[case_reference:EHC-27765]] | [[organisation:Brackenhill School]] | {{phase transfer}} | [[date:15/02/25]] | {{Post-16}}, wants college |
        | [[name:J.O'N.]] | [[case_reference:TRIB-24-009]] | {{EOTAS}} | {{Tribunal}} | [[date:02/10/24]] | bundle drafted, in shared drive |

        Manager's note ([[name:Sinead]]): best handover we've had - every case has a next date and
        a named risk, and [[name:Kerry-Ann]] rang each family to introduce [[name:Dylan]]. Using this
        format for all leavers from now. Thank you!
    """)),
    ("social_care", "near_miss", block("""
        Teams - [[name:Ffion Rees-Jones]] / [[name:Callum Baird]]
        [[name:Ffion Rees-Jones]] 15:47
        [[name:Callum]] - confession for the near miss log. Left my laptop open in the staffroom at [[organisation:Hetherton Primary]] for about 15 mins while I collected [[name:Isla]] from class. Her {{psychological advice}} draft was open incl. {{WISC-V}} scores and the bit about {{mum}}'s mental health
        [[name:Callum Baird]] 15:49
        ok. did anyone see it?
        [[name:Ffion Rees-Jones]] 15:50
        a {{TA}} ([[name:Bev]]) locked it and took it to the office, said she didn't read it. I believe her tbh
        [[name:Callum Baird]] 15:52
        Thanks for telling me. Not a breach as far as we know but log it as near miss. Have you got auto-lock on?
        [[name:Ffion Rees-Jones]] 15:53
        It was set to 30 mins 🙈 changed to 2 now. Also going to stop drafting in schools and write up back at base
        [[name:Callum Baird]] 15:55
        👍 I'll mention at {{team meeting}} {{Thursday}} without names. {{Windows}}+L habit for everyone
    """)),
    ("social_care", "incident", prose("""
        Learning review summary (blame-free). [[name:Reece Donaghy]], DOB
        [[date_of_birth:04/06/2011]], is a {{child looked after}} with an {{EHCP}}
        ([[case_reference:EHC-24410]]). His caseworker left in [[date:January 2023]] and her 40
        cases were split between three colleagues. [[name:Reece]] was missed because his record was
        flagged to the {{Virtual School}} rather than a caseworker. His {{annual review}} due in
        [[date:March 2023]] wasn't held, and nobody picked it up until his {{foster carer}} rang in
        [[date:September 2024]] after he was {{permanently excluded}} from
        [[organisation:Ashcombe High School]]. By then {{Section F}} still described primary school
        provision. What we found: no report shows cases without an allocated caseworker; the
        Virtual School assumed we had it; his {{PEP}} meetings never mentioned the plan's age.
        Actions: weekly unallocated-case report on {{Synergy}}; Virtual School head
        [[name:Imran Chaudhry]] and {{Head of SEND}} [[name:Ngozi Okafor]] to review every plan for
        a looked-after child by {{December}}; interim place found at
        [[organisation:Pennyfields Alternative Provision]]. Reviewed by [[name:Angharad Bowen]],
        {{service manager}}.
    """)),
    ("social_care", "success", block("""
        From: [[name:Sinead O'Callaghan]]
        Sent: [[date:28 February 2025]] 16:20
        To: SEND casework - all
        Subject: FW: thank you

        Sharing with permission - lovely way to end the week.
        Learning: an early {{EP}} review of disputed cases lets us concede quickly where the
        evidence supports the parents. Conceded within 6 weeks of the {{SENDIST}} appeal.

        -----Original Message-----
        From: [[email:tasha.greenhalgh84@outlook.com]]
        Subject: thank you

        Dear [[name:Rhys]] and [[name:Priya]],
        I wanted to say thank you. When the {{tribunal}} appeal for [[name:Theo]] went in I was
        ready for a fight. Instead [[name:Rhys]] rang me after [[name:Priya]]'s new assessment and
        said the council now agreed he needs the {{specialist placement}} at
        [[organisation:Oakfield House School]] and would concede. We had the amended plan in 3
        weeks. [[name:Theo]] starts after {{half term}}. It meant we didn't have to relive everything
        in a hearing.
        [[name:Tasha Greenhalgh]] ([[name:Theo]]'s {{mum}})
        [[phone:07700 900063]]
    """)),
    # ------------------------------------------------------------------ health (eating disorders, CYP)
    ("health", "incident", block("""
        TIMELINE - refeeding bloods missed (Datix [[case_reference:W-118472]])
        Patient: [[name:Amara Nwosu]], [[age:15]], NHS [[nhs_number:449 767 8059]], [[organisation:Puffin Ward]], [[organisation:St Cuthbert's Hospital]]

        [[date:Sat 10 Feb]] 22:40 - admitted via A&E, {{anorexia nervosa}}, %mBMI 71, HR 44. {{MEED}} risk red. {{Meal plan}} started 1400 kcal, {{Pabrinex}} given.
        [[date:Sun 11 Feb]] 08:00 - {{phosphate}}, magnesium, potassium due (daily x5 days per {{refeeding protocol}}). Not requested - weekend phlebotomy list printed before she was added.
        [[date:Mon 12 Feb]] 09:15 - bloods on ward round. Phosphate 0.52 mmol/L.
        10:05 - {{paediatric registrar}} Dr [[name:Hamza Siddiqui]] starts IV phosphate, kcal held at 1400.
        [[date:Tue 13 Feb]] - phosphate 0.81, meal plan increased.

        No harm identified, but day 2 bloods missed. Contributory: weekend list; refeeding bloods not an order set on {{Cerner}}; {{CEDS}} nurse [[name:Jo-Anne Pritchard]] not told of the admission until {{Monday}}.
        Actions: refeeding order set (bloods x5 days auto-requested); ward to email [[email:harbourside.ceds@pvnhs.nhs.uk]] on any ED admission.
    """)),
    ("health", "near_miss", prose("""
        near miss - weight transposed. clinic weigh in for [[name:lily-rose]]
        ([[case_reference:RiO 2208817]]) tues, i typed 45.2 instead of 42.5 on the
        {{growth chart}} and in the note. that wld have shown her %mBMI going UP when shes actually
        lost 0.6kg, and we were about to discuss stepping down to fortnightly {{FBT}} sessions.
        [[name:Yusuf]] ({{dietitian}}) spotted it in {{MDT}} because it didnt fit with her
        {{lying and standing BP}} drop and cold peripheries. corrected same day, {{mum}} and
        {{dad}} informed, no decisions made on the wrong figure. i was rushing between 3 clinics
        with no admin cover. suggest weight gets read back by a 2nd person or the {{blind weighing}}
        sheet is scanned not retyped. - [[name:kat]] ({{CEDS nurse}})
    """)),
    ("health", "success", prose("""
        Shout-out for [[name:Grace Mwangi]], {{HCA}} on [[organisation:Puffin Ward]].
        [[name:Zofia]] ([[age:13]]) had refused {{supper}} for five nights and staff were talking
        about {{NG tube}} top-ups. [[name:Grace]] sat with her for the whole {{meal support}} time,
        kept the chat on [[name:Zofia]]'s dog and Minecraft, didn't negotiate on the
        {{meal plan}} but didn't lecture either. [[name:Zofia]] finished the full portion and her
        {{Fortisip}} for the first time that admission, and has managed every meal since. The
        {{consultant}} said it probably avoided an NG placement. [[name:Grace]] has offered a 20
        minute teaching session for bank staff on how she does it, booked for {{Wednesday}} lunch.
        From [[name:Ros]] and the team at [[organisation:Harbourside CEDS]].
    """)),
    ("health", "incident", block("""
        DATIX INCIDENT REPORT
        Ref: [[case_reference:W-119006]]
        Service: [[organisation:Harbourside CEDS]], [[organisation:Pennine Vale NHS Foundation Trust]]
        Incident date: [[date:26/04/2024]]
        Category: Patient care - {{Was Not Brought}}
        Patient: [[name:Bilal Rahman]]   DOB: [[date_of_birth:17/09/2008]]   NHS No: [[nhs_number:817 504 9820]]
        Address: [[address:88 Hawthorn Terrace, Millbrook]] [[postcode:MB3 2NF]]
        GP: [[organisation:Kestrel Lane Surgery]]

        Description: [[name:Bilal]] was not brought to appointments on [[date:05/04]] and [[date:19/04]].
        Under the policy the {{duty clinician}} should have phoned the family, told the GP and
        considered safeguarding after the second. A letter went out but no call was made and the GP
        wasn't told. On [[date:26/04]] [[name:Bilal]] presented to {{A&E}} with {{bradycardia}}
        (HR 38) and {{postural hypotension}} and was admitted for {{medical stabilisation}}.
        Immediate action: {{MEED}} risk assessment, safeguarding referral, family engaged.
        Contributory factors: duty rota gap (sickness); policy relies on memory; no alert on {{RiO}}.
        Reporter: [[name:Chidi Eze]], {{Clinical Nurse Specialist}}, [[phone:0113 496 0721]]
    """)),
    ("health", "incident", block("""
        From: [[name:Helen Tranter]] <[[email:helen.tranter1@nhs.net]]>
        To: CEDS governance
        Date: [[date:9 July 2024]] 12:31
        Subject: Datix [[case_reference:W-119877]] - clinic letter cc'd to school without consent

        Summary for the learning panel. [[name:Niamh Gallagher]] ([[age:16]]) has capacity and asked
        at her first appointment that school are NOT told her diagnosis. That was recorded under
        {{consent to share}} on {{RiO}}. The clinic letter from [[date:2 July]] went to her GP at
        [[organisation:Millbrook Medical Centre]] and was cc'd to the {{school nurse}} at
        [[organisation:Our Lady of Lourdes High School]] because the template pulls the school from
        her demographics and ticks it by default. The school nurse then spoke to her
        {{head of year}}. [[name:Niamh]] found out from a teacher; she's very upset and says she
        won't come back. {{Dad}} is angry too.
        We've apologised in person ({{Duty of Candour}} conversation done with Dr
        [[name:Fola Adebayo]], {{consultant psychiatrist}}). [[name:Niamh]] has agreed to see a
        different clinician for now.
        Ask: can the cc default be switched off trust-wide?

        [[name:Helen]]
        [[name:Helen Tranter]] | {{Team Leader}}, [[organisation:Harbourside CEDS]]
        [[phone:0113 496 0394]] ext 4412
    """)),
    ("health", "success", block("""
        TRANSITION MDT - MINUTES
        [[date:14/08/2024]], 14:00, Teams
        Present: Dr [[name:Fola Adebayo]] ({{consultant}}), [[name:Yusuf Hamid]] ({{dietitian}}),
        [[name:Carys Ellis]] ({{care coordinator}}, [[organisation:Harbourside CEDS]]),
        [[name:Gabriel Santos]] ([[organisation:Wharfe Adult Eating Disorder Service]]),
        [[name:Mia Kowalski]] ([[age:17]]) and {{mum}}

        1. [[name:Mia]] turns 18 on [[date:2 October]]. Three joint appointments held since {{June}}
        with [[name:Carys]] and [[name:Gabriel]] in the same room. [[name:Mia]] said she "actually
        knows who she's going to next" - the first time a move hasn't felt like a cliff edge for her.
        2. Physical health: %mBMI stable at 92 for 4 months, {{ECG}} and bloods normal.
        3. Medication: {{fluoxetine}} 20 mg continued; adult service to take over prescribing.
        4. Agreed: joint {{care plan}} signed by both teams; GP ([[organisation:Kestrel Lane Surgery]])
        to get a joint letter; {{CPA}} review complete.
        Learning: three joint sessions before 18 worked. Propose as standard for everyone over 17½.
    """)),
    ("health", "near_miss", block("""
        Teams chat - [[organisation:Puffin Ward]] nurses
        [[name:Precious Moyo]] 02:14: can someone double check the {{NG}} feed rate for bed 6 with me, chart says 150 ml/hr continuous?? way more than the {{dietitian}}'s plan
        [[name:Tom H]] 02:16: coming. who wrote it
        [[name:Precious Moyo]] 02:17: {{F1}} on nights, transcribed from the day plan. day plan says 150 ml {{bolus}} x4 of {{Fresubin}}
        [[name:Tom H]] 02:22: yep bolus not continuous. that would have been 3.6L overnight on a {{refeeding}} pt. not starting it. bleep the reg
        [[name:Precious Moyo]] 02:40: Dr [[name:Siddiqui]] rewrote it, bolus regime, {{feed pump}} not needed. {{phosphate}} recheck in am
        [[name:Tom H]] 02:41: good catch [[name:P]] 👍 datix it as near miss
        [[name:Precious Moyo]] 02:55: done [[case_reference:W-120334]]. pt ([[name:Ellis Barraclough]]) unaware, slept thru
    """)),
    ("health", "incident", prose("""
        [[name:Arjun Patel-Hughes]] ([[age:12]]) has {{ARFID}} and a documented
        {{cows' milk protein allergy}}. At his review on [[date:3 December]] the {{dietitian}}
        recommended an oral {{supplement}}. The allergy was on his GP record at
        [[organisation:Millbrook Medical Centre]] but had not been carried over to our {{RiO}}
        alert at referral, because the referral form has no allergy field. A milk-based
        supplement was prescribed and dispensed. {{Mum}} gave the first bottle at home; within 20
        minutes [[name:Arjun]] had {{urticaria}} and lip swelling. She gave {{cetirizine}} and rang
        {{NHS 111}}; he was seen in A&E and discharged after 4 hours, no {{anaphylaxis}}. Nobody
        checked allergies with the family at the review because the dietitian assumed it had been
        done at triage. Mum said afterwards "I told you at assessment". She had - it's in the free
        text. Actions: allergy field added to the referral form; allergy check is part of every
        prescribing and supplement conversation; [[name:Arjun]] switched to an amino acid-based
        formula. Reported by [[name:Sophie Marchetti]], {{Lead Dietitian}},
        [[organisation:Harbourside CEDS]].
    """)),
    ("health", "success", block("""
        DEBRIEF - [[name:Chantelle Osei]], Fri [[date:22/03/2024]]
        Facilitator: [[name:Ros Kingdon]]. Present: [[name:Chidi Eze]], Dr [[name:Fola Adebayo]],
        [[name:Lenka Horvath]] ({{bed manager}}, [[organisation:Northern Provider Collaborative]])

        What happened: at 16:30 {{mum}} rang the {{duty line}}: [[name:Chantelle]] ([[age:14]]) had
        eaten nothing for 3 days and fainted in the shower. [[name:Chidi]], on duty, did a phone
        {{MEED}} triage, asked mum to take her to A&E at [[organisation:St Cuthbert's Hospital]] and
        rang the {{paediatric registrar}} ahead. Dr [[name:Fola Adebayo]] saw her in A&E at 19:00 and
        agreed she needed {{Tier 4}} admission. [[name:Lenka]] found a bed at
        [[organisation:Ashdene Unit]] the same night instead of the usual 5-7 day wait on a paeds ward.
        Went well: phoning ahead; consultant coming in; the {{Provider Collaborative}} having an
        out-of-hours bed manager.
        Even better if: written {{handover}} to the unit had gone that night, not {{Saturday}}.
        NHS no. on referral: [[nhs_number:193 899 4787]]
    """)),
    ("health", "incident", block("""
        olanzapine / ecg - timeline for [[name:harriet]]s review
        - [[date:2/5]] med review, {{olanzapine}} 2.5mg started for {{anxiety}} + rigidity around food. baseline {{ECG}} on the checklist but not done - ecg machine at [[organisation:Millbrook Clinic]] broken that wk & nobody booked it elsewhere
        - [[date:9/5]] dose up to 5mg. still no ecg
        - [[date:23/5]] ecg done at GP ([[organisation:Kestrel Lane Surgery]]) for unrelated reason, {{QTc}} 478ms. also K+ 3.2 ({{purging}} not previously disclosed)
        - [[date:24/5]] olanzapine stopped by dr [[name:adebayo]], {{potassium}} replaced, {{paeds}} review
        - [[date:31/5]] repeat ecg qtc 441, ok
        harm: low, but could have been serious. [[name:harriet]] ([[age:16]]) + {{mum}} ok with how we explained.
        why: checklist has no hard stop, "baseline ecg" ticked as requested not done.
        action: prescriptions need the ecg result in notes before issue, {{pharmacist}} ([[name:Aisha]]) checks.
        - [[name:dev]], {{ST4}}
    """)),
    ("health", "near_miss", block("""
        [[organisation:Puffin Ward]] - NIGHT to DAY HANDOVER [[date:18/01/2025]] (ED patients)
        Bed | Name | NHS no. | Age | Plan / risks
        4 | [[name:Ella Robinson]] | [[nhs_number:178 444 9334]] | [[age:14]] | day 3 {{refeeding}}, phos due 08:00, {{1:1 meal support}}
        5 | [[name:Ellie Robertson]] | [[nhs_number:440 250 4023]] | [[age:15]] | {{NG}} bolus x4, {{bed rest}}, lying/standing BP 4-hrly

        NEAR MISS (night): HCA labelled the 06:00 {{phosphate}} sample for bed 4 with bed 5's label
        from the printer tray - both sets came out together. [[name:Sunita]] (RN) did the
        {{positive patient ID}} check against [[name:Ella]]'s wristband before sending, spotted the
        mismatch, relabelled. No wrong result reported.
        Learning: print labels one patient at a time; SIMILAR NAME alert on both boards.
        [[name:Ella]] and [[name:Ellie]]'s parents not told (no harm) - {{nurse in charge}} agreed.
        Handed over: [[name:Sunita Rao]] / received: [[name:Kwabena]]
    """)),
    ("health", "success", block("""
        Subject: Thank you - [[name:Keira]]
        From: [[email:lou.mcgarrigle@hotmail.co.uk]]
        Date: [[date:Sun 4 Aug 2024]] 21:47
        To: [[email:harbourside.ceds@pvnhs.nhs.uk]]

        Please pass to [[name:Yusuf]]
        Hi [[name:Yusuf]],
        A year ago [[name:Keira]] couldn't sit at the table with us. This week she ate an ice cream
        on holiday without a {{meal plan}} in sight and without a meltdown. You never once made us
        feel like bad parents. The way you explained {{refeeding}} and why her periods coming back
        mattered, plus the {{FBT}} sessions with [[name:Rosa]], gave us our daughter back.
        [[name:Keira]] ([[age:15]]) says thanks too, but she'd be mortified if she knew I'd emailed!
        With love, [[name:Louise McGarrigle]] ([[name:Lou]]) and [[name:Darren]]
        [[phone:07700 900615]]

        -- added to learning log by [[name:Ros Kingdon]], {{service manager}}: parents name
        {{family-based treatment}} and the {{dietitian}}'s explanations as what helped.
    """)),
    ("health", "incident", block("""
        [[organisation:Puffin Ward]] - incident chat export [[date:11/11/2024]]
        19:02 [[name:Kwabena Asare]]: [[name:Tegan]] not in bay, bathroom empty. checked garden
        19:03 [[name:Sunita Rao]]: starting {{missing patient}} procedure now. she's {{informal}}, not on a section
        19:05 [[name:Kwabena Asare]]: last seen 18:45 after {{supper}}, {{meal support}} finished 18:40, staff on {{obs}} were covering 2 bays
        19:09 [[name:Sunita Rao]]: security + switchboard told. ringing mum [[phone:07700 900238]]
        19:20 [[name:Sunita Rao]]: {{police}} informed, log [[case_reference:CAD-1642-111124]]
        19:58 [[name:Kwabena Asare]]: found!! mum picked her up at the bus station, walked 2 miles in trainers no coat. HR 41 on return
        20:15 [[name:Sunita Rao]]: {{paeds reg}} reviewing. Dr [[name:Siddiqui]] considering {{Mental Health Act}} assessment
        21:30 [[name:Sunita Rao]]: debrief tmrw. nobody did anything wrong, obs were stretched - 2 {{HCAs}} for 6 ED young people with 1 on {{1:1}}
    """)),
    ("health", "success", prose("""
        Good practice: early identification. [[name:Bronwen Jenkins]], {{school nurse}} at
        [[organisation:Millbrook Academy]], noticed in [[date:January 2025]] that a Year 10 boy,
        [[name:Ravi]] ([[age:14]]), had stopped eating lunch, was running before school and had
        dropped a clothing size since {{Christmas}}. Boys are often missed. She didn't wait for
        dramatic weight loss: she spoke to him, got his agreement to involve his parents, and used
        the {{SCOFF}} screen and {{BMI centile}} to support a call to his GP at
        [[organisation:Kestrel Lane Surgery]]. Dr [[name:Emeka Okonkwo]] did bloods, an {{ECG}}
        and lying and standing BP that week and used our {{urgent referral}} criteria. We saw
        [[name:Ravi]] within 8 days; because he was caught early his %mBMI was 86 and he's
        responding well to outpatient {{FBT}} with no admission. Sharing because this is exactly the
        pathway the {{NHS England}} access standard is meant to deliver. [[name:Rosa Delgado]],
        {{family therapist}}
    """)),
    ("health", "near_miss", block("""
        NEAR MISS FORM
        Reported by: [[name:Marek Nowicki]], {{admin}}, [[organisation:Harbourside CEDS]]
        Date: [[date:06/06/2024]]
        Young person: [[name:Sienna-Rose Ackroyd]]   NHS [[nhs_number:954 928 4336]]   DOB [[date_of_birth:29/12/2009]]

        What happened: first appointment letter ({{routine}} referral) was ready to post to
        [[address:12 Larkspur Court, Brinsley Vale]] [[postcode:BV7 4HT]], the address on the GP
        referral. Before posting I ran the usual {{PDS}} check on the {{Spine}} and it showed a new
        address: [[address:3 Ferrier Mews, Millbrook]] [[postcode:MB1 6JX]]. Her GP record at
        [[organisation:Kestrel Lane Surgery]] hadn't been updated.
        Why it matters: the old address is now another family, and the letter names an eating
        disorder service. She'd also have missed the appointment and been discharged under
        {{DNA}} rules.
        Action: letter sent to new address; practice ([[phone:0113 496 0055]]) asked to update;
        {{parent}} confirmed by phone.
        Suggestion: PDS check mandatory before every first letter, not just when admin remember.
    """)),
    ("health", "incident", block("""
        DEBRIEF NOTES - scales calibration
        Date: [[date:Thurs 19 Sept]]
        Present: [[name:Ros Kingdon]] ({{service manager}}), [[name:Kat Whitaker]] ({{CEDS nurse}}),
        [[name:Yusuf Hamid]] ({{dietitian}}), [[name:Lee-Anne Foster]] ({{EBME}})

        Issue: the {{Seca}} scales in clinic room 2 at [[organisation:Millbrook Clinic]] were reading
        1.2 kg heavy. Found when [[name:Kat]] weighed the same young person
        ([[name:Jaden Clarke-Forbes]], [[case_reference:RiO 2214503]]) in rooms 1 and 2 on one day.
        Impact: ~14 young people weighed in room 2 over 3 weeks. [[name:Jaden]] was stepped down
        to monthly review on a weight 1.2 kg too high; seen again, %mBMI 83 not 85, plan reversed.
        Nobody else had a decision change.
        Why: annual {{calibration}} missed (sticker said due [[date:March 2024]]), no local check.
        Actions: weekly check with a {{test weight}}; calibration date on the room checklist;
        [[name:Lee-Anne]] adding clinic scales to the EBME asset list.
    """)),
    ("health", "success", block("""
        CEDS team 🍏
        [[date:02/10/2024]], 11:48 - [[name:Ros Kingdon]]: Quick shout-out for [[name:Debs]] on reception this morning 👏
        [[date:02/10/2024]], 11:49 - [[name:Ros Kingdon]]: a {{young person}} waiting for {{FBT}} looked grey and was leaning on the wall. [[name:Debs]] didn't wait for the appointment, got her lying down and fetched [[name:Chidi]]
        [[date:02/10/2024]], 11:50 - [[name:Ros Kingdon]]: {{lying and standing BP}} showed a 35 drop, HR 39. [[name:Chidi]] did a {{MEED}} assessment and she went to {{A&E}} with a letter, admitted to [[organisation:Puffin Ward]]
        [[date:02/10/2024]], 11:52 - [[name:Chidi Eze]]: honestly [[name:Debs]] spotted it before any of us. she'd noticed the same girl was really slow on the stairs last week
        [[date:02/10/2024]], 11:53 - [[name:Yusuf Hamid]]: legend 🙌
        [[date:02/10/2024]], 11:55 - [[name:Debs Holroyd]]: aw stop it 😳 I just thought she looked poorly
        [[date:02/10/2024]], 11:57 - [[name:Ros Kingdon]]: Learning: {{reception}} staff to get the 30 min MEED red flags session in {{November}} - [[name:Debs]] has offered to help run it
    """)),
    # ------------------------------------------------------------------ aviation (RFFS, airside driving)
    ("aviation", "incident", block("""
        MOR [[case_reference:EXA-MOR-24-0213]] - runway incursion by airside vehicle
        Extract from {{ATC}} transcript, {{Tower}}, [[date:14/06/2024]]
        0642:10 TWR: [[flight_number:Easy Four Two Seven Tango]], runway 27, cleared to land, wind 250 degrees 10 knots
        0642:18 [[flight_number:EZY427T]]: Cleared to land 27, [[flight_number:Easy Four Two Seven Tango]]
        0643:02 TWR: Vehicle at Alpha Two, hold position!
        0643:05 TWR: [[flight_number:Easy Four Two Seven Tango]], go around, I say again go around, vehicle on the runway
        0643:09 [[flight_number:EZY427T]]: Going around, [[flight_number:Easy Four Two Seven Tango]]
        0643:40 TWR: Ops One, white van now clear of 27 at Alpha Two, intercept please

        Narrative: the van ([[vehicle_registration:WX21 HDF]], [[organisation:Marlstone Handling]]) was
        driven by [[name:Dariusz Lewandowski]], an apron-only {{ADP}} holder with no
        {{manoeuvring area}} permit. He followed a sat nav along the perimeter road and crossed the
        lit red {{stop bar}} at {{holding point}} A2; he says the low sun was behind the bar.
        [[aircraft_registration:G-EZTM]] landed safely 12 minutes later.
        Learning: {{runway guard lights}} at A2, sat navs banned airside, route briefing in induction.
        [[name:Graham Ashworth]], {{Airside Operations Duty Manager}}
    """)),
    ("aviation", "near_miss", prose("""
        near miss on the {{taxiway}} crossing during a {{response drill}} this am
        ([[date:tues 3rd]], {{Red Watch}}). we were on a timed run to the 09 threshold in
        {{Rescue 2}}, blues on, {{ATC}} had given us the crossing of taxiway B. a {{pushback tug}}
        (fleet no [[vehicle_registration:MH-TUG-07]], [[organisation:Marlstone Handling]]) came out
        from behind the {{hangar}} at speed and didnt stop at the give way line. [[name:stu]] braked
        hard, we stopped maybe 10m off him. no contact, nobody hurt, a locker door popped open. tug
        driver said he didnt hear us or see the {{beacons}} because of the hangar wall and his
        {{ear defenders}}. honestly we were going quicker than we needed for a drill. learning -
        drills keep to the same speed on crossings as real turnouts, and ops to look at a convex
        mirror at the hangar corner. reported by [[name:kez]] ({{crew commander}})
    """)),
    ("aviation", "success", block("""
        HOT DEBRIEF - {{Full Emergency}}, [[flight_number:TOM5KB]], [[aircraft_registration:G-TAWX]]
        Date/time: [[date:27 July 2024]], 15:12-15:41
        Attendees: {{Watch Manager}} [[name:Andy McAllister]], crews of {{Rescue 1}} to Rescue 4,
        {{ATC}} supervisor [[name:Ifeoma Nwachukwu]], {{Airport Duty Manager}} [[name:Sean Tierney]]

        Event: inbound [[flight_number:TOM5KB]] declared {{PAN}} then full emergency with a
        {{hydraulic failure}}, expecting brake problems and a possible runway excursion. Crash alarm
        15:12; all appliances at {{standby positions}} by 15:14 (2 min 05). Landed 15:26, stopped
        200 m short of the end. {{Hot brakes}} confirmed with the {{thermal imaging camera}}, temps
        falling, no fire. Passengers stayed on board; towed to stand at 15:58.
        Went well: clear {{RTF}} on the discrete frequency; {{the captain}} spoke directly to
        [[name:Andy]]; no agent needed.
        Could improve: {{ambulance service}} rendezvous point not confirmed until 15:24.
    """)),
    ("aviation", "incident", block("""
        AIRSIDE INCIDENT REPORT - [[organisation:Eastmere Airport]] {{Airside Safety}}
        Report no: [[case_reference:ASR-2024-0917]]
        Date/time: [[date:03/11/2024]] 05:50      Location: Stand 22
        Vehicle: {{baggage tractor}} fleet no [[vehicle_registration:MH-BT-31]] ([[organisation:Marlstone Handling]])
        Driver: [[name:Keisha Campbell-Reid]], ADP no [[case_reference:ADP-44817]] (expired [[date:30/09/2024]])

        What happened: towing 4 empty {{dollies}} onto stand before the first wave, turned too tight,
        last dolly caught the cable and dragged the {{ground power unit}} 30 cm. No aircraft on
        stand. Airside Safety attended and checked the permit - expired five weeks earlier.
        Driver statement: she'd booked the refresher but training cancelled it and never rebooked;
        her line manager wasn't told. Rota had her on tractors because two drivers were off.
        Contributory: no automatic expiry alert to employers; {{ID pass}} still valid so no gate
        check picked it up.
        Actions: driver stood down from driving (not disciplinary) until refresher on [[date:06/11]];
        handling agent audit of all {{ADP}} expiry dates; ask the {{ID Centre}} to link pass and ADP.
        Reported by: [[name:Olu Bankole]], {{Airside Safety Officer}}, [[phone:01632 960912]]
    """)),
    ("aviation", "near_miss", block("""
        Blue Watch 🚒
        [[date:09/08/2024]], 21:14 - [[name:Macca]]: for the learning log before I forget. {{hot brakes}} call to stand 9, [[flight_number:RYR82WJ]], {{B737-800}} [[aircraft_registration:EI-GXQ]]
        [[date:09/08/2024]], 21:15 - [[name:Macca]]: new FF [[name:Harvey]] went to look at the left main gear straight in line with the wheel. {{fusible plugs}} hadnt gone but it was 480 on the {{TIC}}. pulled him back to a fore/aft approach
        [[date:09/08/2024]], 21:16 - [[name:Sav]]: fair one. did we cover the {{axial danger zone}} at his induction?
        [[date:09/08/2024]], 21:17 - [[name:Macca]]: in the powerpoint yeah but not on a real aircraft. he said he forgot in the moment
        [[date:09/08/2024]], 21:19 - [[name:Harvey Nkemelu]]: sorry lads 🙈 wont happen again
        [[date:09/08/2024]], 21:20 - [[name:Sav]]: not a sorry thing mate thats why its a near miss. we'll do it hands on at the {{fire training ground}} fri
        [[date:09/08/2024]], 21:22 - [[name:Macca]]: cooled naturally, no {{water spray}} needed, aircraft released 21:50
    """)),
    ("aviation", "success", prose("""
        Thank you note from the {{Terminal Duty Manager}}. At 07:35 on [[date:Sunday 12 May]] a
        passenger, a man aged [[age:67]], collapsed in {{cardiac arrest}} in the security search
        area. {{Firefighter}} [[name:Aisling Byrne]] and {{Crew Commander}} [[name:Dev Chauhan]] from
        [[organisation:Eastmere Airport Fire Service]] arrived in the {{first response vehicle}}
        three minutes after the call. Security staff had started {{CPR}}; [[name:Aisling]] attached
        the {{AED}}, which advised a shock, and [[name:Dev]] managed the airway with an {{i-gel}}.
        He had {{ROSC}} after the second shock, before the {{ambulance service}} arrived at 07:51.
        He was taken to [[organisation:Eastmere General Hospital]] and his daughter has since
        written to say he's home. Learning: the defib at security was checked and in date, and the
        direct line to the fire station from the search area (installed in {{March}}) cut about a
        minute off the call. Huge thanks both - [[name:Nadia Farouk]]
    """)),
    ("aviation", "incident", block("""
        CHRONOLOGY - fuel spill, Stand 14, [[date:18 Jan 2025]]
        Aircraft [[aircraft_registration:G-OKRB]] ({{A321}}), operating [[flight_number:LS1184]]

        10:02 {{fuel bowser}} [[vehicle_registration:YE19 OUP]] ([[organisation:Skyvale Fuels]]) - {{coupling}} leak, approx 40 L {{Jet A-1}} on stand
        10:03 fueller [[name:Gary Hollis]] stops refuel, rings the fire station on the number on his card - old extension, no answer
        10:06 rings {{Airside Operations}}, who relay to fire by radio
        10:09 {{Rescue 3}} on scene, {{spill kit}} and foam blanket laid, boarding held at the {{airbridge}}
        10:35 spill contained, drain covered
        11:40 stand reopened; departure 68 min late

        Findings: the fire station extension changed in {{October}}; [[organisation:Skyvale Fuels]]
        cards not updated; 6 min before the fire service knew. Spill reached the edge of the
        {{interceptor}} drain.
        Actions: all airside emergency cards to show 2222 only; fuellers briefed; quarterly test call.
        {{Station Manager}} [[name:Bernadette Quigley]], [[email:b.quigley@eastmereairport.co.uk]]
    """)),
    ("aviation", "near_miss", block("""
        RFFS VEHICLE DEFECT LOG
        Appliance: {{Rescue 1}} ({{Panther 6x6}}), reg [[vehicle_registration:EA17 RFV]]
        Date: [[date:05/03/2025]]    Check: {{weekly foam test}}
        Defect: {{foam proportioning}} reading 1.2% (spec 3%). Would have under-delivered foam at a
        real incident.
        Found by: FF [[name:Tomasz Zielinski]]. Previous weekly test [[date:26/02/2025]] recorded
        'OK' with no reading written in.
        Action: appliance OFF THE RUN 07:40. Category reduced {{Cat 7}} to {{Cat 6}} 07:45,
        {{ATC}} and {{Airport Duty Manager}} informed, {{NOTAM}} issued ([[case_reference:A0417/25]]).
        Engineer ([[organisation:Firecraft Fleet Services]]) attended 10:15 - blocked
        {{foam inductor}} strainer. Retest 3.1%. On the run 12:20, Cat 7 restored, NOTAM cancelled.
        Learning: test sheet now needs the actual % reading, not a tick.
        Signed: WM [[name:J.T.]]
    """)),
    ("aviation", "incident", block("""
        From: [[name:Priya Mistry]] <[[email:priya.mistry@marlstonehandling.co.uk]]>
        To: [[email:airside.safety@eastmereairport.co.uk]]
        Cc: [[name:Liam O'Rourke]]
        Date: [[date:Wed 21 Aug 2024]] 14:32
        Subject: RE: baggage hall collision [[date:20/08]] - our findings ([[case_reference:ASR-2024-0688]])

        Hi [[name:Olu]],
        As promised. Our driver [[name:Kyle Dempsey]] was driving tractor
        [[vehicle_registration:MH-BT-12]] in the {{make-up area}} when he glanced at his phone to read
        a message about a stand change. He didn't see the dolly train being pulled across by
        [[name:Rafael Cordeiro]] and clipped the last {{dolly}}. [[name:Rafael]] jumped clear but
        twisted his ankle; seen by {{first aid}}, back at work next day.
        [[name:Kyle]] was open about the phone straight away. What we found: stand changes were
        going to drivers' own phones on WhatsApp because we were short of {{handheld radios}} that
        shift. Our system pushed people onto phones while driving.
        We're buying 8 more radios; stand changes by radio only; no discipline for [[name:Kyle]],
        a {{coaching}} conversation instead.

        Kind regards
        [[name:Priya]]
        [[name:Priya Mistry]] | {{Ground Safety Manager}}, [[organisation:Marlstone Handling]]
        [[phone:+44 7700 900447]]
    """)),
    ("aviation", "success", block("""
        MINUTES - post-exercise review, low visibility response ({{LVP}})
        Exercise date: [[date:21 November 2024]], 05:30
        Attendance: [[name:Bernadette Quigley]] (chair, {{Station Manager}}), [[name:Andy McAllister]] ({{Watch Manager}}),
        [[name:Ifeoma Nwachukwu]] ({{ATC}}), [[name:Sean Tierney]] ({{Airport Duty Manager}}),
        [[name:Hollie Brookes]] ([[organisation:Wexmoor Ambulance Service]])
        Apologies: [[name:Kemi Adeleke]] ({{police}})

        1. Scenario: overrun in fog, RVR 350 m. Appliances to find the aircraft in the
        {{runway end safety area}} using {{FLIR}} and {{SMR}} guidance from ATC.
        2. Result: first appliance at the aircraft in 3 min 20, all four by 4 min 10.
        3. Good practice: [[name:Andy]] gave positions on the discrete channel every minute and
        nobody talked over him; ATC's "left 20 metres" style guidance off the SMR worked really well.
        4. Actions: repeat at night with the ambulance service; add SMR guidance phraseology to
        {{CAP 168}}-aligned training notes ([[name:Bernadette]]).
        Notes: [[name:Hollie]]
    """)),
    ("aviation", "near_miss", block("""
        Transcript extract - {{Tower}}, [[date:02/02/2025]] (for {{MOR}} [[case_reference:EXA-MOR-25-0031]])
        06:10:05 TWR: Ops Two, proceed runway 09 for {{runway inspection}}, report vacated
        06:10:09 OPS2: Proceed runway 09, wilco, Ops Two
        06:14:50 TWR: [[flight_number:Logan Four One Two]], holding point Alpha One, line up runway 09
        06:14:55 [[flight_number:LOG412]]: Line up 09, [[flight_number:Logan Four One Two]]
        06:15:02 OPS2: Tower, Ops Two is still on runway 09 at Charlie
        06:15:04 TWR: [[flight_number:Logan Four One Two]], hold position, cancel line up, I say again hold position
        06:15:08 [[flight_number:LOG412]]: Holding, [[flight_number:Logan Four One Two]]

        Controller's account ([[name:Rob Ferreira]]): I'd moved the {{flight progress strip}} for
        Ops Two to vacated early because I expected a short inspection. No {{runway blocker}} strip
        was in the bay. [[aircraft_registration:G-ZVQA]] was still at the {{holding point}}.
        Ops Two driver [[name:Hannah Wright]] challenged on frequency as soon as she heard the
        clearance, which stopped it. Learning: blocker strip mandatory for any runway entry.
    """)),
    ("aviation", "incident", prose("""
        During {{hot fire training}} on the {{aircraft fire simulator}} at the
        {{fire training ground}} on [[date:14 October 2024]], {{Firefighter}}
        [[name:Connor Mahoney]] ([[age:24]]) got a superficial {{burn}} to his neck through a gap
        between his {{flash hood}} and tunic collar when he looked up at the engine prop. His
        {{BA}} partner [[name:Yasmin Akhtar]] saw him flinch, they withdrew and the instructor
        stopped the exercise. Cooled with running water for 20 minutes, seen at
        [[organisation:Eastmere General Hospital]] {{minor injuries}}, back on light duties after
        4 days. Findings: his hood was a new size from a different supplier and shorter at the
        back; there's no buddy check of hood and collar before entry, only the {{BA entry control}}
        checks. The same gap was found on two other crew members' kit the next day. Actions: buddy
        PPE check added to entry control; hoods swapped; supplier told. [[name:Connor]] asked for
        this to be shared so others check their kit. {{Training Manager}}
        [[name:Leroy Baptiste]], [[organisation:Eastmere Airport Fire Service]]
    """)),
    ("aviation", "success", block("""
        Teams - Airside Safety channel
        [[name:Olu Bankole]] 10:12
        Stand entry {{speed gun}} checks over 10 mph: down from 31 in {{July}} to 14 in {{September}}.
        [[name:Olu Bankole]] 10:13
        That's since [[name:Lorraine]] started the new {{hazard perception}} clips in the {{ADP}} refresher - filmed on our own stands with our kit, including the blind spot coming round the {{airbridge}} on stand 6.
        [[name:Sean Tierney]] 10:20
        Brilliant. @[[name:Lorraine Okafor-Smith]] can we share with [[organisation:Marlstone Handling]] and [[organisation:Skyvale Fuels]] for their inductions?
        [[name:Lorraine Okafor-Smith]] 10:31
        Course! Drivers said what landed was seeing a real {{tug}} reversing and how little you see from the cab. Took me a weekend with a GoPro but worth it 😂
        [[name:Sean Tierney]] 10:33
        Nominating you for the {{safety award}}, [[name:Lorraine]].
    """)),
    ("aviation", "near_miss", prose("""
        tailgating at the airside vehicle checkpoint about 14:20 [[date:thurs 6th]]. a contractors
        van ([[vehicle_registration:KN70 YTA]], [[organisation:Halden Electrical]]) came through on a
        valid {{vehicle pass}} and a private car, silver, [[vehicle_registration:LR15 WMP]], followed
        straight behind before the {{barrier}} came down. [[name:mo]] on {{security}} saw it on
        {{CCTV}} and radioed, i blocked it with the {{follow-me}} car before it got past the fuel
        farm. driver said he was the electricians mate and thought he was covered by the vans pass.
        no {{airside ID}}. escorted back landside, {{police}} informed as per procedure, contractor
        told. could have been a lot worse, there was an aircraft refuelling on stand 3 right there.
        learning: barrier takes 8 secs to close, asked estates to look. contractor inductions need
        to say every vehicle needs its own pass. - [[name:jordan]], {{airside ops}}
    """)),
    ("aviation", "incident", block("""
        RFFS WATCH HANDOVER - Red to Blue, [[date:30/12/2024]] 18:00
        | Item | Status |
        | Crew on duty | 9 of 11 ([[name:B. Okeke]], [[name:Fitzgerald]] sick) |
        | Category | {{Cat 6}} from 14:30 (min crewing for {{Cat 7}} not met) |
        | Appliances | {{Rescue 1}}, 2, 3 on the run; {{Rescue 4}} crewed down |
        | ATC told | YES 14:32 - but see below |

        INCIDENT: [[flight_number:ENT7XL]] ({{B737-8}}, needs {{Cat 7}}) landed 16:05. Flight crew
        weren't aware we were at Cat 6: the {{ATIS}} wasn't updated and the handling agent didn't
        pass the message on. Aircraft landed below its required category without the crew's
        knowledge - {{MOR}} raised ([[case_reference:EXA-MOR-24-0388]]).
        Actions for Blue: confirm ATIS shows Cat 6 each hour; ring [[name:Bernadette]] if anyone
        else goes sick; {{Watch Manager}} [[name:Andy McAllister]] on [[phone:01632 960940]] if needed.
        Received: [[name:Savvas Georgiou]]
    """)),
    ("aviation", "success", block("""
        From: [[email:flightops.safety@northwindair.co.uk]]
        To: [[name:Bernadette Quigley]]
        Date: [[date:15 April 2025]]
        Subject: Thank you - [[flight_number:NWD318]] smoke event, [[aircraft_registration:G-NWDC]]

        Dear [[name:Bernadette]],
        On behalf of [[organisation:Northwind Air]] and the crew of [[flight_number:NWD318]] on
        [[date:12 April]], thank you to your watch. Light smoke and a burning smell were reported in
        the forward galley on {{taxi-in}}. {{The captain}} stopped on the {{taxiway}} and asked for the
        fire service. Your crew were alongside in under 3 minutes, used the
        {{thermal imaging camera}} through the galley and found oven 2 over 200°C with a failed
        {{thermostat}}; they isolated it at the {{circuit breaker}} with our {{cabin crew}}. Because
        they could tell the captain quickly it was contained, we did a normal disembarkation by
        steps, not an {{evacuation}}, and nobody was hurt. Captain [[name:Ruth Adeyinka-Cole]]
        particularly mentioned {{Crew Commander}} [[name:Dev Chauhan]]'s calm briefing at the door.

        Kind regards,
        [[name:Marcus Lindqvist]]
        {{Head of Flight Safety}}, [[organisation:Northwind Air]]
        [[phone:+44 20 7946 0518]]
    """)),
]

if __name__ == "__main__":
    write_records(OUT, build_records("blind167", REPORTS))
