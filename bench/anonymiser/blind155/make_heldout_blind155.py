"""Held-out blind corpus 155: just-culture incident, near-miss and learning reports.

Settings: a leaving-care service with personal advisers and supported lodgings (social care);
a children's emergency department and paediatric assessment unit (health); an airline's
operations control centre and crew scheduling (aviation).

Written blind, the way UK staff type: rushed lower-case notes with typos and no apostrophes,
careful narratives, chronologies with times, e-mails with headers and signatures, Teams and
WhatsApp chat exports, incident forms with field labels, handover sheets and tables, minutes
with attendance lists, debrief notes, shout-outs and thank-you notes, tech log entries and a
radio transcript. Every person, place and number is invented; NHS numbers pass the mod-11 check.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from markup import block, build_records, write_records  # noqa: E402
from markup import flow as prose  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "corpus" / "heldout_blind155.jsonl"

REPORTS = [
    # ------------------------------------------------------------------ social care
    ("social_care", "incident", prose("""
        quick one before i forget - [[name:kez]] rang the out of hours line 23:40 fri, locked
        out of her {{supported lodgings}} at [[address:41 Thornbury Rise]], [[postcode:BD3 8HQ]].
        host [[name:bernie o'donoghue]] is in spain til sunday and the back up host [[name:dez]]
        wasnt picking up. noone told {{the PA}} team [[name:bernie]] was away - the respite
        arrangement was on {{Mosaic}} as a case note but never went in the {{pathway plan}} so
        {{EDT}} couldnt find it. {{the EDT worker}} ended up booking [[name:kez]] a hotel room
        for 2 nights, she is [[age:17]] and has a {{CSE}} flag so thats not ok. [[name:kez]] was
        calm and honestly more sorted than us. learning: any host absence over 1 night goes on
        the placement page not buried in notes, and {{the supported lodgings coordinator}} texts
        the PA same day. ref [[case_reference:SL-0419]]
    """)),
    ("social_care", "near_miss", block("""
        [[name:Aaliyah Begum]]  09:14
        has anyone got a sec, nearly did something daft
        [[name:Aaliyah Begum]]  09:14
        was sending [[name:Tyrese]]'s {{pathway plan}} with his {{UASC}} paperwork and the {{Home Office}} letter and outlook autofilled [[email:tyreke.b2005@gmail.com]] instead of [[email:tyrese.mensah05@gmail.com]]
        [[name:Stuart Pilling]]  09:15
        oh no did it go
        [[name:Aaliyah Begum]]  09:15
        no!! the {{sensitivity label}} popup stopped it because of the attachment. only read the address properly then
        [[name:Stuart Pilling]]  09:16
        same thing happened to [[name:Gem]] in {{march}}. we should turn off autocomplete for yp addresses or just use the {{secure portal}}
        [[name:Aaliyah Begum]]  09:17
        will {{datix}} it as a near miss. [[name:Stu]] can u raise at {{team meeting}} {{thurs}}
        [[name:Stuart Pilling]]  09:17
        yep 👍
    """)),
    ("social_care", "success", prose("""
        Shout-out for [[name:Precious Nwachukwu]] ({{personal adviser}},
        [[organisation:Calderbrook Leaving Care Team]]) and {{supported lodgings host}}
        [[name:Hope Fairweather]]. [[name:Danny Whitlock]] ([[age:18]]) opened his {{A-level}}
        results on [[date:15 August]] and got into [[organisation:Northgate University]] to do
        nursing. Eighteen months ago he was sofa-surfing after a {{placement breakdown}}.
        [[name:Precious]] sorted his {{Higher Education Bursary}}, his {{Student Finance}}
        estranged status and the {{UCAS}} care-experienced flag, and [[name:Hope]] agreed a
        {{Staying Close}} arrangement so he keeps his room in the holidays. [[name:Danny]] said
        the thing that made the difference was [[name:Hope]] sitting up with him until 1am doing
        his personal statement. What worked: early {{pathway plan}} goal set in {{Year 12}},
        host and PA in the same {{WhatsApp}} thread, bursary forms done before {{results day}}.
    """)),
    ("social_care", "incident", block("""
        CHRONOLOGY - [[name:Ellie-Mae Pickering]] ([[case_reference:LC/22/0871]]) DOB [[date_of_birth:04/01/2007]]
        Prepared by [[name:Joanne Sutcliffe]], {{Team Manager}}

        [[date:Sat 9 Nov 2024]]
        18:20 Host [[name:Graham Tulloch]] finds [[name:Ellie-Mae]] tearful in her room, says she has taken "some tablets" ({{paracetamol}}, unknown amount).
        18:23 [[name:Graham]] rings {{999}}. Told ambulance wait approx 40 mins.
        18:31 [[name:Graham]] rings {{EDT}} on [[phone:01274 496 310]], no answer, leaves message.
        18:52 Ambulance arrives, [[name:Ellie-Mae]] conveyed to [[organisation:Bradley Royal Infirmary]] {{A&E}}.
        19:40 {{EDT}} call back. [[name:Graham]] asks for her {{safety plan}}. None on file for him.
        22:15 {{Liaison psychiatry}} assess; {{NAC}} infusion started.
        [[date:Mon 11 Nov]]
        09:10 {{PA}} [[name:Farhan Qureshi]] told at {{team meeting}}, not by {{EDT}}.

        LEARNING
        - {{CAMHS}} safety plan existed but was never shared with the host.
        - Hosts to have the {{EDT}} direct line plus the {{emergency duty}} mobile.
        - {{EDT}} to e-mail the leaving care duty inbox, not rely on Monday handover.
    """)),
    ("social_care", "near_miss", block("""
        From: [[name:Lorna McAllister]] <[[email:lorna.mcallister@calderbrook.gov.uk]]>
        To: Leaving Care Managers
        Subject: Near miss - {{Setting Up Home Allowance}} payment
        Date: [[date:21 March 2025]] 14:06

        Hi all,

        Flagging a near miss so we all learn from it. [[name:Kwame]] ([[name:KO]]) moved into his first tenancy on {{Monday}} and I raised his {{SUHA}} payment of £2,000 on {{Controcc}}. The bank details I used came from an e-mail in his file from [[date:2023]] and he has since closed that account after a scam. {{Finance}} rang me before the BACS run because the sort code failed their check.

        If it had gone, the money would have gone to an account he cannot access and we would have been chasing a recall for weeks while he sat in an empty flat.

        Suggest: always confirm bank details verbally with the young person on the day we raise it, and note the date confirmed.

        Thanks,
        [[name:Lorna]]
        {{Personal Adviser}} | [[organisation:Calderbrook Leaving Care Team]]
        [[phone:07700 900 517]]
    """)),
    ("social_care", "success", block("""
        PATHWAY PLAN REVIEW - MINUTES
        Young person: [[name:Oyinkansola Bello]] ("[[name:Oyin]]"), [[age:20]]
        Date: [[date:03/06/2025]]
        Present: [[name:Oyin]]; [[name:Ruth Kaczmarek]] ({{PA}}); [[name:Marcus D'Souza]] ({{housing options}}, [[organisation:Calderbrook Council]]); [[name:Val Higginbottom]] ({{supported lodgings host}}); [[name:Imran]] (advocate, [[organisation:Voices Forward]])
        Apologies: [[name:Sinead Rooney]] ({{Leaving Care Nurse}})

        1. Housing. [[name:Marcus]] confirmed [[name:Oyin]] has been awarded {{Band A}} under the {{Joint Housing Protocol}} and accepted a one-bed at [[address:Flat 3, 22 Wellholme Road]], [[postcode:HX1 4SW]]. Keys [[date:16 June]].
        2. Money. {{Council tax exemption}} applied to age 25. {{Universal Credit}} change of circs done with [[name:Ruth]] in the meeting.
        3. [[name:Val]] to stay as a {{Staying Close}} contact, {{Sunday}} tea offered.
        4. [[name:Oyin]] said she felt listened to because she chose the area herself.

        Learning shared with team: using the protocol letter early meant no {{bidding}} for 8 months.
    """)),
    ("social_care", "incident", block("""
        INCIDENT REPORT FORM
        Reference: [[case_reference:INC-25-00318]]
        Date of incident: [[date:12/02/2025]]
        Service: [[organisation:Calderbrook Leaving Care Team]]
        Reported by: [[name:Tomasz Wiśniewski]], {{Personal Adviser}}
        Young person: [[name:Jade Halloran]], DOB [[date_of_birth:29/07/2006]]
        Address: [[address:7 Clough Lane, Sowerby]] [[postcode:HX6 2JB]]

        What happened:
        A {{pathway plan}} review letter for [[name:Jade]] was generated from {{Mosaic}} using the "all relevant persons" template. It pulled in her birth father [[name:Lee Halloran]] as a contact. The letter, with her new address, was posted to him. There is a {{non-molestation order}} in place.

        Immediate action:
        {{Police}} informed, {{MARAC}} referral, [[name:Jade]] moved to emergency {{supported lodgings}} same night, {{data breach}} logged with {{IG}}.

        Learning:
        Relationship flag "no contact - risk" does not stop the template. {{Business Support}} to review templates; PA to check recipients before any letter prints.
    """)),
    ("social_care", "incident", block("""
        [[date:18/01/2025]], 22:14 - [[name:Lorraine Ashworth]]: [[name:Callum]] not back yet, {{curfew}} was 10. Not answering
        [[date:18/01/2025]], 22:15 - [[name:Lorraine Ashworth]]: Saw him get in a silver Golf earlier, reg [[vehicle_registration:YF19 KXP]] I think
        [[date:18/01/2025]], 22:31 - [[name:Andy Kaur-Blake]]: Ok thanks [[name:Lorraine]]. Ring {{101}} and report him {{missing}}, give them the reg. I'll tell {{EDT}}
        [[date:18/01/2025]], 23:50 - [[name:Lorraine Ashworth]]: {{Police}} been. They asked for a recent photo, I didnt have one
        [[date:19/01/2025]], 02:05 - [[name:Lorraine Ashworth]]: He's back. Says he was at a mates. Has new trainers and 2 phones
        [[date:19/01/2025]], 08:40 - [[name:Andy Kaur-Blake]]: Thank you for staying up. I'll do the {{return home interview}} referral and flag to {{MASH}} re {{CCE}}
    """)),
    ("social_care", "success", prose("""
        hiya [[name:maz]] just wanted to say thank u for everything. when i turned [[age:18]] i
        thought thats it everyone leaves but u didnt. u came to the {{jobcentre}} with me 3 times
        and u stood up to the man who said i wasnt entitled. u got me my {{provisional licence}}
        and u remembered my birthday when my {{mum}} didnt. i got the job at the {{warehouse}} and i start
        [[date:monday 7th]]. [[name:gwen]] at my {{lodgings}} made me a packed lunch already lol. i
        know ur only my {{PA}} but ur the one person i ring. sorry about the time i shouted at u
        at the {{pathway plan}} meeting. love [[name:shannon]] x
        (shared with [[name:shannon]]'s permission for the team {{learning board}} - [[name:Maryam]])
    """)),
    ("social_care", "near_miss", block("""
        CASELOAD HANDOVER - [[name:Nia Prydderch]] on leave [[date:28 Jul]] to [[date:8 Aug]]
        Cover PA: [[name:Dom Osei]]

        Young person | Age | Issue | Action needed
        [[name:Reece Fothergill]] | [[age:19]] | {{UC}} sanction letter, missed {{work coach}} appt | Ring {{DWP}}, NI [[ni_number:JT 48 21 93 C]]
        [[name:Ama Boateng]] | [[age:17]] | {{Health passport}} needed, NHS [[nhs_number:430 908 1223]] | Book {{Leaving Care Nurse}}
        [[name:Kieran]] "[[name:Kit]]" [[name:Maddox]] | [[age:21]] | {{Staying Put}} ending | {{Housing register}} form

        NOTE ADDED BY [[name:Dom]]: the handover said [[name:Reece]]'s appeal deadline was "end of month". Checked the letter: it was one month from [[date:2 July]], so [[date:2 August]]. Nearly missed it. {{Mandatory reconsideration}} sent [[date:31 Jul]].
        Learning: handover sheets need exact deadlines copied from the letter, not summaries.
    """)),
    ("social_care", "incident", prose("""
        [[name:Rebwar Aziz]] is an {{unaccompanied asylum-seeking child}} now [[age:18]], {{Home
        Office}} reference [[case_reference:R1148273]], living in {{supported lodgings}} with
        [[name:Siân]] and [[name:Gareth Prydderch]]. At his {{pathway plan}} review on
        [[date:14 October]] the interpreter booked through the agency spoke {{Sorani}}; [[name:Rebwar]]
        speaks {{Kurmanji}}. He nodded through the meeting and agreed to move to a shared house. Two
        days later he told [[name:Siân]] he had not understood and was frightened of being moved
        near people from the camp. No one in the review checked the dialect, and the booking form
        only says "Kurdish". His {{PA}}, [[name:Olu Adeyemi]], re-held the review with a {{Kurmanji}}
        interpreter on the phone and the move was cancelled. Learning: the booking form now asks for
        dialect, we do a teach-back question at the start, and the {{pathway plan}} is not signed
        until the young person has heard it back in their own language.
    """)),
    ("social_care", "success", block("""
        DEBRIEF - fire at supported lodgings, [[address:18 Moorside Crescent]], [[postcode:WF13 2NU]]
        Facilitator: [[name:Bev Ramsbottom]]
        Attended: host [[name:Colin Ackroyd]], {{PA}} [[name:Lucy-Anne Cho]], {{supported lodgings coordinator}} [[name:Sunny Dhaliwal]]

        What happened: kitchen fire 03:10 on [[date:2 Dec]]. [[name:Colin]] and young person [[name:Ibrahim]] ([[age:19]]) got out, {{fire service}} attended, nobody hurt.

        What went well:
        - Fire drill done at the {{host review}} in {{September}}, [[name:Ibrahim]] knew the route.
        - [[name:Ibrahim]]'s "grab bag" had his {{BRP}}, passport copy and meds, so his {{Home Office}} interview on {{Thursday}} still went ahead.
        - [[name:Sunny]] had a spare room in another household ready by 05:00.

        Even better if: {{smoke alarm}} in the hall had a low battery warning for a week.
    """)),
    ("social_care", "incident", block("""
        From: [[name:Pete Hargreaves]]
        Sent: [[date:09 January 2025]] 10:48
        To: [[email:revenues@calderbrook.gov.uk]]
        Cc: [[name:Kayleigh Storr]]
        Subject: URGENT - enforcement on care leaver account

        Hello,

        [[name:Kayleigh Storr]], DOB [[date_of_birth:11/11/2003]], of [[address:Flat 9, Priestley House]], [[postcode:HD6 3BX]], is a {{care leaver}} and should have had {{council tax exemption}} since she took the tenancy in {{April}}. Our referral went from my colleague on [[date:19/04/2024]] but was never processed. She has now had a {{liability order}} and a letter from enforcement agents. She is [[age:21]], pregnant and very anxious.

        Please stop enforcement and backdate the exemption. Council tax ref [[case_reference:CT 60021487]].

        Learning for us: we had no step to check the exemption was applied.

        Regards
        [[name:Pete]]
        {{Personal Adviser}}, {{Leaving Care}}
        T: [[phone:01484 496 022]]
    """)),
    ("social_care", "success", block("""
        #shout-outs channel

        [[name:Hayley Brennan]] 11:02
        Massive shout-out to [[name:DJ]] ([[name:Daniel Jarvis]]) 🙌 On a routine visit to [[name:Liam]]'s flat he clocked 3 lads he didnt know, a new lock on the bedroom door and [[name:Liam]] saying "my cousins are staying". [[name:DJ]] stayed calm, got [[name:Liam]] out for a coffee, and he disclosed they were using the flat to deal.
        [[name:Hayley Brennan]] 11:03
        Same day: {{MASH}} referral, {{Police}} {{cuckooing}} team, {{NRM}} submitted, [[name:Liam]] into emergency {{supported lodgings}} with [[name:Mo]] and [[name:Angela]].
        [[name:Ffion]] 11:10
        Brilliant work [[name:DJ]]. That's exactly the {{Contextual Safeguarding}} stuff we trained on
        [[name:Daniel Jarvis]] 11:15
        Thanks all. Credit to {{Housing}} too for changing the locks within the hour
    """)),
    ("social_care", "near_miss", prose("""
        nr miss. was about to place [[name:aisha]] ([[age:16]] nearly 17, {{section 20}}) with new
        host [[name:frank]] & [[name:pauline mcintyre]] on fri. [[name:Sunny]] doing final checks weds
        spotted [[name:frank]]s {{DBS}} on the {{update service}} came back showing a change - new info
        added since his panel in {{feb}}. we didnt have a process to recheck between {{panel}}
        approval and first placement, which can be months. placement paused, {{LADO}} consulted,
        turns out its a drink drive conviction not a safeguarding matter but it shouldve been
        declared. {{fostering panel}} chair advised re-present. [[name:aisha]] stayed at her current
        placement a bit longer and was fine with it. learning - dbs update check now on the pre
        placement checklist, every time not just at approval
    """)),
    ("social_care", "incident", block("""
        Chronology: {{Universal Credit}} gap - [[name:Jamal Osei-Bonsu]]
        [[date:22/08/2024]] [[name:Jamal]] turns [[age:18]], {{looked after}} {{section 20}} ends, {{Staying Put}} not agreed because carer moving.
        [[date:23/08/2024]] Moves to {{supported lodgings}} with [[name:Doreen]]. {{PA}} [[name:Will Entwistle]] plans to help with {{UC}} claim "next week".
        [[date:02/09/2024]] [[name:Will]] off sick. No cover allocated.
        [[date:16/09/2024]] [[name:Doreen]] rings duty: [[name:Jamal]] has no money, using foodbank.
        [[date:17/09/2024]] Claim made. Earliest payment 5 weeks away. {{advance payment}} requested. {{Setting Up Home Allowance}} not applicable.
        [[date:25/09/2024]] Duty {{Team Manager}} approves {{Section 23C}} subsistence.

        Impact: 4 weeks with no income. [[name:Jamal]]'s {{NI number}} letter ([[ni_number:PW731056B]]) was still at his old carers.

        Learning: {{UC}} claim to be made in the week before 18th birthday, {{ID}} documents collected at the {{18+ review}}, and sickness cover for anything due in the next fortnight.
    """)),
    ("social_care", "success", prose("""
        Reflective supervision note, {{PA}} [[name:Grace Mwale]] with {{Team Manager}}
        [[name:Rob Tierney]], [[date:7 May 2025]]. [[name:Grace]] talked through [[name:Chloe]]
        ([[age:19]]), who is 30 weeks pregnant and was worried that children's services would
        "just take the baby" because she is a {{care leaver}}. [[name:Grace]] asked for the {{pre-birth
        assessment}} to be done by a worker who had never known [[name:Chloe]] as a child in care,
        booked joint visits with the {{Family Nurse Partnership}} nurse, and got [[name:Chloe]]
        into a {{parent and baby supported lodgings}} placement with [[name:Bronwen Lloyd-Evans]].
        The {{strategy meeting}} agreed no further action. [[name:Chloe]]'s words: "she fought for me
        like a mum would". Learning for the team: name the bias out loud at the start, and use {{Signs
        of Safety}} mapping with the young parent present, not about her.
    """)),
    # ------------------------------------------------------------------ health
    ("health", "incident", block("""
        TIMELINE - delayed sepsis recognition, [[organisation:Ridgeway Children's Emergency Department]]
        Patient: [[name:Zainab Hussain]], [[age:7 weeks]], NHS [[nhs_number:988 468 8699]]

        02:14 Arrived with {{mum}}. Triage by agency nurse: "not feeding, warm". {{PEWS}} recorded 2.
        02:14 Resp rate written as 48 but not counted for a full minute; {{capillary refill}} not recorded.
        02:40 Waiting room. Mum asked twice for her to be seen.
        03:55 Re-triaged by {{Sister}} [[name:Orla Brennan]]: grunting, mottled, RR 72. {{PEWS}} 7.
        04:00 Moved to {{resus}}. {{Sepsis screen}}, {{IV cefotaxime}} at 04:28 (first hour missed).
        05:30 {{Lumbar puncture}}; later grew {{Group B strep}}.
        [[date:14/03/2025]] Transferred to {{PICU}}. Now home and well.

        Learning: under 3 months with fever goes straight to a {{cubicle}}; triage {{PEWS}} checked by the {{nurse in charge}}; agency induction to include the {{NICE}} {{traffic light}} tool.
    """)),
    ("health", "near_miss", block("""
        [[name:Harriet Oyelaran]] 16:32
        can someone double check a dose with me pls, {{intranasal diamorphine}} for [[name:Theo]] in cubicle 4
        [[name:Sam Ng]] 16:34
        coming. what weight you using
        [[name:Harriet Oyelaran]] 16:34
        44 off the triage screen
        [[name:Sam Ng]] 16:36
        hang on he's [[age:4]], that cant be kg. mum said 44 POUNDS, he's 20kg
        [[name:Harriet Oyelaran]] 16:36
        oh my god. would have been more than double
        [[name:Sam Ng]] 16:37
        not your fault the field lets you type anything. estimated weight on {{APLS}} formula is about 16-18 so 44 should flag
        [[name:Harriet Oyelaran]] 16:40
        reweighed on the {{scales}} 19.6kg, dose recalculated and checked by [[name:Sam]] + {{reg}}
        [[name:Ben Okoro-Watts]] 16:55
        thanks both, logging on {{Datix}}. Ask {{IT}} for a hard stop on weight vs age
    """)),
    ("health", "success", prose("""
        Shout-out to [[name:Bernadette]] ("[[name:Bernie]]") [[name:Kowalski]], {{HCA}} on the
        [[organisation:Kestrel Paediatric Assessment Unit]]. On [[date:2 April]] a [[age:4-month-old]]
        came in with "a rash" and was about to be sent home with {{antihistamine}} advice. [[name:Bernie]]
        noticed two small bruises on the ear and cheek while doing obs and said so, out loud, to
        {{the registrar}}, even though the baby had already been seen. That is exactly what our
        {{bruising in non-mobile infants}} protocol asks. {{CP-IS}} check done, {{skeletal survey}}
        arranged, {{safeguarding team}} involved the same day. The family have support in place
        now. [[name:Bernie]], thank you for speaking up. From all the {{PAU}} consultants.
    """)),
    ("health", "incident", block("""
        INCIDENT FORM ({{Datix}} ref [[case_reference:W-48213]])
        Category: {{Wrong blood in tube}}
        Location: [[organisation:Kestrel PAU]], bay 2
        Date/time: [[date:27/05/2025]] 11:20
        Patients involved:
          A: [[name:Lily Grace Thompson]], DOB [[date_of_birth:02/09/2019]], NHS [[nhs_number:311 809 9356]]
          B: [[name:Lilly Thomson]], DOB [[date_of_birth:19/12/2020]], NHS [[nhs_number:173 089 3112]]
        Description: Both girls in bay 2, similar names. {{FBC}} and {{CRP}} taken from B were labelled with A's {{addressograph}} label printed earlier. {{Lab}} flagged a {{Hb}} inconsistent with the previous result for A. Repeat samples taken.
        Harm: none; A had one extra venepuncture.
        Contributing: labels printed in advance; {{name alert}} not on the board; {{HCA}} covering two bays.
        Actions: print at bedside only; {{similar name alert}} sticker on the board; wristband check read aloud with a parent.
    """)),
    ("health", "incident", prose("""
        pau was rammed, 14 kids in 9 spaces, sent [[name:rowan]] ([[age:2]]) home at 20:10 with
        {{croup}} after {{dex}}, forgot the {{safety netting leaflet}} and dad [[name:kyle]] didnt
        have much english confidence. came back 03:00 by {{ambulance}} with stridor at rest, needed
        {{nebulised adrenaline}} and stayed in. dad said he didnt know when to come back so waited.
        we do tell people but not always when its this busy and leaflets were in the other room.
        no lasting harm thank god. learning - leaflets in every cubicle, {{discharge checklist}} on
        {{Symphony}} to have a tick box for safety netting, and use {{Language Line}} for
        discharge advice not just for the history. written by [[name:Chiamaka]] {{band 5}}
    """)),
    ("health", "near_miss", block("""
        PAU NIGHT HANDOVER [[date:Tue 10/06/25]]
        Bed | Patient | Age | Issue | Notes
        1 | [[name:Isla McKinnon]] | [[age:9]] | {{appendicitis}} ?  | {{surgeons}} to review
        2 | [[name:Ahmed Farah]] | [[age:6]] | {{cellulitis}} L leg | {{PENICILLIN ALLERGY}} (rash)
        3 | [[name:Ruby-Rose O'Connell]] | [[age:14]] | {{DKA}} resolving | {{fluids}} off 06:00

        Near miss, bed 2: [[name:Ahmed]] had no red {{allergy band}}; allergy was on {{EPR}} but not on the paper chart brought from {{ED}}. {{SHO}} prescribed {{co-amoxiclav}} at 22:30. {{Staff nurse}} [[name:Priya Venkatesan]] asked mum [[name:Hodan]] about allergies during the second check and stopped it.
        Changed to {{clindamycin}}. Band applied.
        Learning: allergy status confirmed with parent at every new prescription; ED to band before transfer.
        Handed over by [[name:PV]] to [[name:Gethin Morris]] 07:45
    """)),
    ("health", "incident", block("""
        From: [[name:Sophie Laverack]] <[[email:sophie.laverack@nhs.net]]>
        To: [[email:ridgeway.paeds.governance@nhs.net]]
        Date: [[date:4 February 2025]]
        Subject: Discharge summary sent to wrong surgery

        Dear colleagues,

        [[name:Arlo Pennington]] ([[age:11]], NHS [[nhs_number:659 184 8770]]) was seen in the {{Children's ED}} on [[date:20 January]] with a first presentation of {{type 1 diabetes}} and admitted. His discharge summary went to [[organisation:Millbrook Medical Practice]], his old surgery, because {{PDS}} had not synced with our {{EPR}}. His new GP at [[organisation:Holmfirth Road Surgery]] did not know about the diagnosis and his mum [[name:Kerry]] was told at a repeat prescription request that there was "no insulin on file".

        He did not miss a dose because the {{diabetes specialist nurses}} had given supplies, but it was close.

        Could we add a {{spine}} check at discharge?

        Kind regards,
        [[name:Sophie]]
        {{Paediatric Diabetes Specialist Nurse}}
        [[organisation:Ridgeway General Hospital]] | ext 4471
    """)),
    ("health", "success", prose("""
        Card from a parent, copied here with permission: "To [[name:Joy]] and everyone in the
        {{children's A&E}}, thank you for looking after [[name:Tia]] when she had her first {{seizure}}
        on [[date:Boxing Day]]. I was in pieces and Nurse [[name:Joy]] held my hand and told me
        what every {{monitor}} was for. {{The doctor}} with the purple hair (Dr [[name:Marsh]]
        I think) explained {{febrile convulsions}} so well I could tell my {{mum}} after. You even
        found [[name:Tia]] a teddy. Love from [[name:Tia]] ([[age:18 months]]) and [[name:Becca]] x"
    """)),
    ("health", "success", block("""
        HOT DEBRIEF - {{anaphylaxis}}, {{resus}} bay 1, [[date:19 September 2024]]
        Facilitator: {{consultant}} [[name:Adaeze Nwosu]] ("[[name:Ade]]")
        Team: [[name:Kirsty Bell]] (airway), [[name:Yusuf Patel]] (drugs), [[name:Wren Harper-Lowe]] (scribe), [[name:Mags]] ({{play specialist}}, with {{mum}})

        Case: [[name:Leo]], [[age:8]], peanut reaction at [[organisation:Hollins Park Primary School]]. {{School nurse}} gave his {{adrenaline auto-injector}} at 12:41 and rang {{999}}. Arrived 13:12 with wheeze and hives.

        Went well:
        - Pre-alert from {{YAS}} meant the {{Broselow tape}} weight and drugs were drawn up before arrival.
        - Second {{IM adrenaline}} at 13:16 plus {{salbutamol}} nebs; no need for an {{adrenaline infusion}}.
        - [[name:Mags]] kept mum out of the doorway and updated her every 5 mins.
        - Closed-loop comms; [[name:Ade]] said "I am the team leader" out loud at the start.

        Even better if: the {{anaphylaxis box}} was missing the 1mg/ml ampoules (restocked).
        Action: [[name:Yusuf]] to add the box to the morning {{resus}} checklist.
    """)),
    ("health", "incident", prose("""
        On the evening of [[date:8 January 2025]] a [[age:3-year-old]], [[name:Maisie Quinn]], was
        brought to [[organisation:Ridgeway Children's Emergency Department]] in {{status
        epilepticus}}. She needed {{levetiracetam}} and then {{RSI}}, and was intubated at 19:05.
        The referral to {{the regional transport team}} was made at 19:50, but the call went through
        the adult {{critical care}} switchboard and was not logged until 21:10. In the meantime the
        only {{anaesthetist}} on site was also covering an emergency {{laparotomy}}, so [[name:Maisie]]
        was looked after by the {{ED registrar}}, [[name:Rahul Banerjee]], and two nurses for over
        two hours. She was retrieved to {{PICU}} at 23:40 and has recovered well. Learning: the
        {{conference call}} number for the transport service is now on the {{resus}} wall and on the
        {{paediatric intubation checklist}}; a logged call reference is required before putting the
        phone down (this one, [[case_reference:EMB-250108-17]], was only given on the second call);
        and the {{site manager}} is told whenever a ventilated child is waiting.
    """)),
    ("health", "near_miss", block("""
        [[date:02/03/2025]], 07:48 - [[name:Tash]]: Heads up before bed 6 goes to [[organisation:Otter Ward]] - the O2 cylinder on the blue {{transfer trolley}} is reading EMPTY
        [[date:02/03/2025]], 07:49 - [[name:Tash]]: Its the one used for the {{CT}} run at 3am, nobody swapped it
        [[date:02/03/2025]], 07:50 - [[name:Kemi Adebayo-Smith]]: Good catch. Kid is on 2L {{nasal cannula}}, would have desatted in the lift
        [[date:02/03/2025]], 07:52 - [[name:Tash]]: Swapped for a full {{CD cylinder}}. Checked {{suction}} and {{bag valve mask}} too
        [[date:02/03/2025]], 08:05 - [[name:Kemi Adebayo-Smith]]: Ill put it on {{Datix}}. Can we tag cylinders after use? [[name:Graham]] in {{medical gases}} says they have tags
        [[date:02/03/2025]], 08:06 - [[name:Jonny P]]: 👍 and add it to the {{safety huddle}} today
    """)),
    ("health", "incident", block("""
        PAEDIATRIC ED LEARNING FROM EVENTS - MINUTES
        [[date:12 March 2025]], seminar room 2
        Present: [[name:Nkechi Eze]] ({{consultant}}, chair), [[name:Alistair Grieve]] ({{ST6}}), [[name:Becky Lam]] ({{ANP}}), [[name:Jon-Paul Devereux]] ({{radiographer}}), [[name:Sal]] (governance)
        Apologies: [[name:Tobi]]

        Item 1 - missed {{slipped upper femoral epiphysis}}
        [[name:Mason Lockwood]], [[age:12]], NHS [[nhs_number:333 674 1998]], seen [[date:14/01/2025]] with knee pain after football. Knee {{X-ray}} normal, discharged with {{ibuprofen}}. Re-attended [[date:03/02/2025]] unable to weight bear; hip {{X-ray}} showed SUFE, now pinned at [[organisation:St Cuthbert's Children's Hospital]].
        Discussion: knee pain in an overweight adolescent means examine and image the hip. {{Frog-leg lateral}} not requested. Clinician was a locum on a first shift with no induction.
        Actions:
        1. "Knee pain? Think hip" added to {{triage}} prompts ([[name:BL]])
        2. Locum induction to include {{MSK}} red flags ([[name:AG]])
        3. Apology letter to family, {{Duty of Candour}} completed ([[name:NE]])
    """)),
    ("health", "success", prose("""
        Shout-out to [[name:Summer Addo]], our {{play specialist}}, from all of
        [[organisation:Kestrel PAU]]. [[name:Ollie]] ([[age:10]]) is {{autistic}} and non-speaking and
        needed bloods and a {{cannula}} for suspected {{osteomyelitis}}. Last admission it took four
        adults to hold him. This time [[name:Summer]] read his {{hospital passport}}, found out from
        his dad [[name:Wojciech]] that he loves trains, moved him to the quiet side room, dimmed the
        lights, used {{Ametop}}, a {{Buzzy}} and a video of steam engines. One attempt, no holding.
        [[name:Ollie]]'s dad cried. Please use the {{reasonable adjustments}} flag on {{Symphony}}:
        it was the flag that made {{the triage nurse}} call [[name:Summer]] in the first place.
    """)),
    ("health", "near_miss", prose("""
        [[name:Kacey Fenwick]], [[age:15]], was in cubicle 9 of the {{Children's ED}} at 23:00 on
        [[date:16 May 2025]] waiting for {{CAMHS liaison}} after {{self-harm}}. Her {{risk
        assessment}} said medium and she was on {{1:1 observation}} with a {{bank HCA}}. At the 22:00
        staff change the observation level was handed over as "keep an eye", and the new HCA was
        also given cubicle 10. The magnetic door to the {{ambulance bay}} had been wedged open by a
        porter with a trolley. [[name:Kacey]] walked out and got as far as the car park barrier,
        where security, called by reception ([[name:Donna-Marie]] saw her on the {{CCTV}}), brought her
        back. No harm. Learning: observation level is written on the board and handed over face to
        face; 1:1 means no second patient; and the {{ambulance bay}} door alarms if held open for
        more than 60 seconds. Reported by [[name:Femi]], {{nurse in charge}}.
    """)),
    ("health", "success", block("""
        SURGE DAY - what went right, [[date:Mon 25 Nov 2024]]
        Compiled by [[name:Rosie Fairclough]], {{matron}}, [[organisation:Ridgeway General Hospital]]

        07:30 {{Safety huddle}}: 31 children in {{ED}}, 11 waiting for a {{PAU}} bed, 4 on {{high-flow}}.
        08:00 {{OPEL 4}} declared. [[name:Rosie]] opens the 6 {{escalation beds}} on [[organisation:Puffin Ward]].
        08:45 {{Day case}} list stood down by surgical lead [[name:Hamish Ogilvie]], 2 nurses released.
        10:15 {{Bronchiolitis}} cohort bay set up; {{high-flow}} machines borrowed from [[organisation:Harrowfield Hospital]] through the {{ODN}}.
        12:00 {{Hospital at home}} team take 5 early discharges.
        16:30 No child waiting over 4 hrs for a bed. No {{PICU}} transfers.

        What worked: one decision-maker, kit sharing across the network, {{OPEL}} actions agreed in {{October}}.
        Thank you [[name:Bex]], [[name:Kojo]], [[name:Marianne]], [[name:Eilidh]] and everyone else.
    """)),
    ("health", "incident", prose("""
        {{symphony}} went down 14:05-17:40 on [[date:3/7]], {{downtime}} paper packs were in a box
        nobody could find (moved in the refurb). triage on scraps of paper. when it came back up
        [[name:jessica o'hare]] (cubicle 3, [[age:5]], {{head injury}}) had no triage record and her
        {{GCS}} obs werent on the system, her {{CT head}} request was lost too so it was done 2hrs
        late. scan fine thankfully. [[name:nas]] from IT said they emailed about the planned
        maintenance but it went to a distribution list the {{PAU}} isnt on. learning: downtime box
        back in the nurses station with a big label, PAU added to IT comms list, and {{nurse in
        charge}} does a paper to system reconciliation after any outage. - [[name:tj]]
    """)),
    ("health", "success", block("""
        From: [[name:Fatima Zahra Benali]] <[[email:f.benali@nhs.net]]>
        To: PAED ED ALL STAFF
        Date: [[date:30 April 2025]]
        Subject: Thank you - WNB follow up

        Hi all,

        A quick thank you to [[name:Lewis]] and [[name:Aoife]] on nights. [[name:Kai Rowntree]] ([[age:2]], DOB [[date_of_birth:17/02/2023]], NHS [[nhs_number:465 996 0773]]) was booked into the {{PAU}} review clinic after a {{burn}} on [[date:22 April]] and was not brought. Rather than just discharging, [[name:Lewis]] followed our {{Was Not Brought}} policy: rang mum on [[phone:07700 900 834]], no answer, checked {{CP-IS}}, found a {{child protection plan}}, and e-mailed the {{health visitor}} and the {{social worker}} at [[organisation:Eastfield Children's Social Care]]. [[name:Aoife]] made sure [[organisation:Thornhill Lees Surgery]] had it too.

        The health visitor saw [[name:Kai]] next morning: the burn was infected, he is on {{flucloxacillin}} and the plan has been reviewed.

        This is what good looks like.

        [[name:Fatima]]
        {{Named Nurse for Safeguarding Children}}
    """)),
    # ------------------------------------------------------------------ aviation
    ("aviation", "incident", block("""
        OCC LOG EXTRACT - [[date:17/07/2025]]
        Duty manager: [[name:Marta Kowalczyk]]   Crew control: [[name:Gurdeep Bains]]

        05:50 [[flight_number:WZ231]] MAN-PMI on [[aircraft_registration:G-WMRB]]. Crew report 05:00. {{APU}} inop, {{MEL}} item.
        06:40 {{CTOT}} 09:20 due {{ATC}} industrial action.
        07:10 Crew control calc: max {{FDP}} 12:15, ends 17:15. Return on-blocks planned 17:05.
        09:35 Off blocks.
        14:05 [[flight_number:WZ232]] PMI-MAN 55 min late off. {{Commander}} [[name:Rhys Llewellyn]] calls: expects ~45 min discretion. Crew control: "fine, use discretion".
        17:58 On blocks MAN. {{FDP}} 12:58.
        22:30 {{FO}} [[name:Seun Adeyemi]] calls: his 05:45 report tomorrow gives 11h47 rest. {{Rostering system}} never updated with the discretion so rest not recalculated. FO moved to {{standby}}; [[name:Gurdeep]] backfilled.

        Learning ({{ASR}} [[case_reference:ASR-25-1042]]):
        - {{Commander's discretion}} entered in the system when it is used, which triggers rest recalculation.
        - Discretion is the commander's decision; OCC records it and offers options, it does not "approve" it.
    """)),
    ("aviation", "near_miss", block("""
        [[name:Priti Shah]] 19:02
        can I sanity check tomorrows changes? putting [[name:Connor Mulholland]] on {{airport standby}} 05:00 after he positions back from EDI tonight
        [[name:Ewan Fraser]] 19:04
        what time does his {{positioning}} land
        [[name:Priti Shah]] 19:05
        [[flight_number:WZ1187]] lands 23:50, so 5h10 before standby
        [[name:Ewan Fraser]] 19:06
        thats nowhere near enough, positioning counts as duty. didnt {{the rostering system}} flag it?
        [[name:Priti Shah]] 19:07
        no, the positioning was added as a {{ground duty}} code not {{DH}}, so the {{legality check}} didnt see it
        [[name:Ewan Fraser]] 19:08
        ok use [[name:Bea]] instead, shes on {{home standby}} and legal. ill raise a {{safety report}}, the code list needs fixing
        [[name:Priti Shah]] 19:10
        done, [[name:Connor]] told. thanks [[name:Ewan]] 🙏
    """)),
    ("aviation", "success", prose("""
        Shout-out to the {{OCC}} night shift on [[date:3 August]], especially {{duty manager}}
        [[name:Deepa Raman]] and {{flight dispatcher}} [[name:Keith Barraclough]] ("[[name:Skip]]").
        [[flight_number:WZ488]] on [[aircraft_registration:G-WMRK]] had a passenger, a man of
        [[age:64]], with a suspected {{stroke}} over the Alps. Within six minutes of the {{SATCOM}}
        call [[name:Deepa]] had the {{ground medical service}} on the line, [[name:Skip]] had a
        diversion airport with handling, fuel and a {{slot}}, and crew control had confirmed the crew
        could still get home legally afterwards. The patient was in hospital 40 minutes after
        landing. Captain [[name:Ifeoma Chukwu]] said the OCC plan was ready before she had finished
        her descent brief. What worked: the {{diversion checklist}}, one voice on the {{SATCOM}}, and
        the pre-agreed diversion airport table. Thank you both.
    """)),
    ("aviation", "incident", block("""
        TECH LOG - [[aircraft_registration:G-WMRD]]   Sector page [[case_reference:TL 004718]]
        [[date:22/10/2024]] Defect: {{weather radar}} intermittent, {{WXR FAIL}} message. Deferred {{MEL}} 34-41-01 Cat C (10 days). Sig [[name:A. Haddad]] {{B1}}
        [[date:01/11/2024]] Rectification: {{WXR transceiver}} replaced, ops check satis. Sig [[name:P. Nkemelu]] {{B1}}

        NARRATIVE ({{MOR}} [[case_reference:MOR-2024-1193]])
        The Cat C limit expired at the end of [[date:31/10/2024]]. On [[date:01/11/2024]] the aircraft flew [[flight_number:WZ640]] and [[flight_number:WZ641]] before rectification. {{Maintenance control}} in the {{OCC}} had the deferral in the {{ADD tracker}} as "10 days from [[date:23/10]]" because it was typed in the morning after. Nobody cross-checked against the {{tech log}} date. The crew of [[flight_number:WZ640]] queried it and were told it was in limits.
        Learning: the tracker now takes the tech log date automatically, and any crew query about an {{MEL}} limit goes to the {{CAMO}} duty engineer, not the dispatcher.
    """)),
    ("aviation", "near_miss", block("""
        RT TRANSCRIPT EXTRACT ({{London Control}}), [[date:06/09/2025]]
        16:42:10 LON: [[flight_number:Westmoor four two one]], climb flight level two four zero.
        16:42:15 [[flight_number:WMR412]]: Climb two four zero, [[flight_number:Westmoor four one two]].
        16:42:20 LON: [[flight_number:Westmoor four one two]], negative, maintain flight level one eight zero, that clearance was for [[flight_number:four two one]].
        16:42:26 [[flight_number:WMR412]]: Maintain one eight zero, [[flight_number:four one two]], sorry.
        16:42:31 [[flight_number:WMR421]]: Climb two four zero, [[flight_number:Westmoor four two one]].

        OCC NOTE: [[flight_number:WZ412]] and [[flight_number:WZ421]] both leave MAN at 16:25/16:30 on the same routing. {{NATS}} flagged them as a {{callsign confusion}} pair in {{June}} and it sat in the {{schedules}} inbox. Crew read back the wrong clearance but {{ATC}} caught it before any level change.
        Action: [[flight_number:WZ421]] to fly as alphanumeric callsign [[flight_number:WMR45K]] from next week; {{callsign similarity}} checks added to the {{OCC}} daily brief.
    """)),
    ("aviation", "success", block("""
        DEBRIEF - snow day, [[date:Thu 9 Jan 2025]]
        Attendees: [[name:Lars Eriksen]] ({{OCC duty manager}}), [[name:Nadia El-Amin]] ({{crew scheduling}} lead), [[name:Chris Holland]] ("[[name:Dutch]]", {{ground ops}}), [[name:Yasmin]] ({{FRMS}})

        Outcome: 42 of 58 sectors operated, no {{discretion}} used, 3 {{fatigue reports}} all accepted without challenge.

        What went well
        - [[name:Nadia]]'s team built a recovery roster at 04:00 using a fatigue-first rule: nobody over 11h {{FDP}} even where 13h was legal.
        - {{De-icing}} slots agreed with the handler at 05:30; [[aircraft_registration:G-WMRA]] and [[aircraft_registration:G-WMRF]] held as spares.
        - Passenger texts sent 3 hrs ahead of each cancellation.

        Even better if
        - {{Crew hotels}} at the {{outstation}} booked earlier; two crews waited 90 mins in arrivals.
    """)),
    ("aviation", "incident", block("""
        From: [[name:Leanne Mbeki]] <[[email:leanne.mbeki@westmoorair.co.uk]]>
        To: [[email:safety@westmoorair.co.uk]]
        Date: [[date:12 August 2025]] 09:14
        Subject: Confidential report - pressured after calling fatigued

        I am an {{SCCM}} based at MAN. On [[date:10 August]], after four sectors and a three hour delay, I called {{fatigue}} for the last sector, [[flight_number:WZ1322]]. The {{crew controller}} said I would "leave 180 passengers stranded" and asked if I was "really that tired". I flew the sector. I should not have. I then had an early report the next day.
        I'm reporting because I think others just fly.
        [[name:Leanne]]
        [[phone:+44 7700 900 215]]

        --- Reply from Safety, [[date:13 August 2025]] ---
        Thank you [[name:Leanne]]. Under our {{just culture}} policy and {{FRMS}} you were right to call it. The controller has had a learning conversation, not discipline, and {{crew control}} now has a script for fatigue calls: accept, replace, review later. Ref [[case_reference:FRM-25-077]].
    """)),
    ("aviation", "incident", prose("""
        crew for [[flight_number:wz2914]] {{nightstop}} - no hotel booked. partly my fault, the
        {{hotac}} request went in for the [[date:14th]] not the [[date:13th]] cos the pairing got
        moved after the swap with [[name:donna]]s crew and i didnt recheck. crew landed 23:40 local,
        waited till 01:30 while i rang round, ended up in a hotel 40 mins away. report next morn
        06:15 so maybe 3hrs sleep. capt [[name:jas mann]] did the right thing and called the crew
        unfit, we delayed 4hrs and positioned a {{standby}} crew. learning: {{hotac}} confirmation
        checked against the final {{pairing}} the night before, not the original one. and the
        {{handling agent}} ([[name:piotr]], [[phone:+48 512 330 871]]) has our 24h number now,
        [[phone:+44 161 496 0732]]. - [[name:ally]],
        {{crew control}}
    """)),
    ("aviation", "success", prose("""
        To everyone in {{OCC}} and {{crew control}}, thank you from the crew of
        [[flight_number:WZ153]] on [[date:Saturday 21 June]]. We took a flock of gulls on rotation,
        had {{engine vibration}} and returned. [[name:Ahmed]] in {{maintenance control}} had an
        engineer on stand before we shut down, [[name:Becky]] re-crewed our next trip so nobody went
        over hours, and [[name:Kofi Mensah-Darko]] on the desk kept the passengers' onward plan
        moving. I have done this job 22 years and never had a calmer {{air return}}. {{ASR}} filed,
        {{MOR}} sent to the {{CAA}}. [[aircraft_registration:G-WMRL]] is back in service after a
        {{borescope}} inspection. - [[name:Caoimhe Gallagher]], Captain, and {{FO}} [[name:Tom Ashdown]]
    """)),
    ("aviation", "near_miss", block("""
        OCC SHIFT HANDOVER  [[date:Sun 04/05/25]] 14:00
        Outgoing: [[name:Neil]]   Incoming: [[name:Mariam Siddiqui]]

        Tail | Status | Notes
        [[aircraft_registration:G-WMRC]] | {{AOG}} at LGW, {{hydraulic leak}} | parts ETA 18:00
        [[aircraft_registration:G-OWME]] | serviceable | swapped onto [[flight_number:WZ872]] for [[aircraft_registration:G-WMRC]]
        [[aircraft_registration:G-WMRH]] | {{A-check}} till 22:00 | -

        NEAR MISS: [[aircraft_registration:G-OWME]] is the ex-lease aircraft with 180 seats; [[flight_number:WZ872]] was sold to 186. {{Load control}} was not told of the swap and the {{loadsheet}} was built on the 186 config. The {{gate}} spotted six unallocated boarding passes and called OCC before boarding. Had it gone: passengers with no seats and a wrong {{weight and balance}}.
        Learning: a tail swap to a different config now triggers a load control call on the {{swap checklist}}.
    """)),
    ("aviation", "incident", block("""
        FLIGHT SAFETY REVIEW GROUP - MINUTES [[date:18 November 2024]]
        Attendance: [[name:Roisin Keane]] ({{Head of Safety}}, chair), [[name:Barry O'Callaghan]] ({{Chief Pilot}}), [[name:Vikram Iyer]] ({{Crew Planning Manager}}), [[name:Hannah-Louise Birch]] ({{FRMS}} analyst), [[name:Steve]] ({{BALPA}} rep)

        Item 3: {{ASR}} [[case_reference:ASR-24-3361]]
        On [[date:02/11/2024]] [[flight_number:WZ705]] operated with a {{captain}} in his first month after command and an {{FO}} with 96 hours on type, both "green", against the {{Ops Manual Part A}} pairing limits. Unstable approach, {{go-around}} flown well, landed on the second attempt. The crew swap that created the pairing was done by hand in {{crew control}} at 05:20; the {{legality check}} tests hours and rest but not experience.

        Actions
        - Experience flag added to the {{rostering system}} ([[name:VI]])
        - Guidance on manual swaps reissued ([[name:VI]])
        - Crew thanked in writing for a full report ([[name:RK]])
    """)),
    ("aviation", "success", block("""
        [[date:22/12/2024]], 04:12 - [[name:Tunde Bakare]]: Morning all, sorry for the hour. [[flight_number:WZ1901]] 06:30 to Tenerife has lost its {{FO}} (sick). {{Home standby}} already used. Anyone available and legal who wants an extra day?
        [[date:22/12/2024]], 04:19 - [[name:Ellie Fong]]: I can. Had 14h off, feeling fine
        [[date:22/12/2024]], 04:20 - [[name:Tunde Bakare]]: Legend. Checked: legal on {{FDP}} and rest, {{recency}} ok. Report 05:30, taxi to you at 04:50
        [[date:22/12/2024]], 04:21 - [[name:Ellie Fong]]: Still [[address:12 Larch Grove, Heald Green]], [[postcode:SK8 3QW]]
        [[date:22/12/2024]], 04:22 - [[name:Tunde Bakare]]: Booked, car is [[vehicle_registration:BD70 RWU]]
        [[date:22/12/2024]], 06:34 - [[name:Tunde Bakare]]: Off blocks 06:34 on [[aircraft_registration:G-WMRN]]. Thank you [[name:Ellie]], 189 people get {{Christmas}} in the sun 🌞 will do you a {{discretionary day}} form
    """)),
    ("aviation", "incident", prose("""
        On [[date:27 February 2025]] at about 04:35 the crew minibus ([[vehicle_registration:MX68 HVD]])
        taking the {{cabin crew}} for [[flight_number:WZ311]] to the terminal was hit at low speed by a
        car ([[vehicle_registration:LB21 OTE]]) on the roundabout outside the {{crew car park}}. Nobody
        was obviously hurt, but {{SCCM}} [[name:Saoirse Dunne]] banged her head on the window. The
        driver, [[name:Mohammed Rafiq]], exchanged details and the crew controller on the phone said
        "if you're all ok just get to the aircraft". They reported 20 minutes late. During the
        {{safety demonstration}} [[name:Saoirse]] felt dizzy, and the aircraft returned to {{stand}}
        and waited two hours for a {{standby}} crew member. Learning: any road traffic collision on
        the way to duty triggers a {{fitness to fly}} check and a standby call, not a push to report;
        the transport supplier now reports collisions straight to the {{OCC}}.
    """)),
    ("aviation", "near_miss", block("""
        Chronology - fuel figure near miss, [[flight_number:WZ1450]], [[aircraft_registration:G-WMRJ]], [[date:15/04/2025]]
        10:05 {{Flight dispatcher}} [[name:Olamide]] ("[[name:Ola]]") sends the {{OFP}}: {{block fuel}} 6,800 kg.
        10:40 Crew ask for 1,000 extra for weather. [[name:Ola]] messages the fuel desk "add 1000", no units.
        10:52 {{Fuel agent}} at the {{outstation}} uplifts 1,000 litres (about 800 kg).
        11:02 {{FO}} [[name:Ravi Chaudhary]] does the {{fuel check}}: gauges 7,600 kg against 7,800 expected, {{uplift}} slip in litres. Queried.
        11:10 Further 250 litres uplifted. Off blocks 11:31, 21 mins late.
        Learning: every fuel message gives units; fuel orders go through the {{ACARS}} fuel order format, not free text; {{dispatch}} training refreshed on the {{fuel discrepancy}} procedure.
    """)),
    ("aviation", "success", block("""
        #occ-kudos
        [[name:Laura-Jane Pryce]] 15:20
        Shout-out to [[name:Kuba]] ([[name:Jakub Zieliński]]), 3rd week in {{crew scheduling}} 👏 Building the pairing for [[flight_number:WZ505]] on [[date:Friday 14th]] he noticed FO [[name:Harvey Quayle]] hadn't done 3 landings in 90 days ({{recency}}) because his last two trips were cancelled and {{the rostering system}} still counted them as flown.
        [[name:Laura-Jane Pryce]] 15:21
        [[name:Harvey]] booked into the {{simulator}} for a recency session, {{Training}} told, {{IT}} ticket raised so cancelled sectors stop counting.
        [[name:Tariq]] 15:30
        Nice one [[name:Kuba]]. Proper {{just culture}}: he asked "is this right?" instead of assuming
    """)),
    ("aviation", "success", prose("""
        Debrief, {{crew management system}} outage on [[date:5 March 2025]], written by {{OCC}} {{duty
        manager}} [[name:Dale Whitcombe]]. The system was down from 06:10 to 13:45 after a failed
        update, with 71 sectors and 38 crews to get out. The {{business continuity}} folder was
        current (thanks [[name:Ngozi]] for the {{January}} review): printed rosters from the 02:00
        extract, a paper {{FDP}} legality table and the phone tree. [[name:Ngozi]] and [[name:Harj]]
        split the list and rang every crew member to confirm report times. Two crews were re-planned
        on paper after [[aircraft_registration:G-WMRE]] went tech, and both legality calcs were checked
        by a second person. No delays were attributed to crewing. What we would change: the extract
        was four hours old, so it missed a late swap for [[name:Mel Oduya]], caught only because she
        rang in. The extract now runs hourly.
    """)),
]

if __name__ == "__main__":
    write_records(OUT, build_records("blind155", REPORTS))
