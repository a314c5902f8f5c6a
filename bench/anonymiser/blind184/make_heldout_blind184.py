"""Held-out blind corpus 184: just-culture incident, near-miss and learning reports.

Settings: a kinship carers' support group and a special guardianship review team (social care);
a hospital's paediatric ward and play specialists (health); a regional airline's crew rostering
and crew hotels (aviation). Written blind, the way UK staff type: rushed lower-case notes, careful
narratives, timed chronologies, e-mails with signatures, Teams/WhatsApp exports, incident forms,
handover tables, minutes with attendance lists, debriefs, shout-outs, tech log entries and an ATC
transcript. Every person, place and number is invented.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from markup import block, build_records, write_records  # noqa: E402
from markup import flow as prose  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "corpus" / "heldout_blind184.jsonl"

REPORTS = [
    # ------------------------------------------------------------------ social care
    ("social_care", "incident", prose("""
        Redaction failure on an SGO review letter. On [[date:3 February 2025]] the {{special guardianship
        review team}} sent the annual review summary for [[name:Kayden Walsh-Murray]] ([[age:6]]) to his
        {{special guardian}}, his nan [[name:Bernadette O'Halloran]], and to his {{birth mother}} under the
        {{contact plan}}. The birth mother's copy still showed [[name:Bernadette]]'s new address,
        [[address:22 Cowslip Way, Brackenford]] [[postcode:DN4 8QT]], which had been withheld since the move
        last {{autumn}}. [[name:Bernadette]] rang the duty line in tears the next morning. The letter was
        produced from the standard template in {{Liquidlogic}} and the address block auto-populates; the
        {{redaction checklist}} had been ticked but nobody checked page two. We told {{Information
        Governance}}, logged a {{data breach}} (ref [[case_reference:IG-25-0147]]) and the {{team manager}}
        agreed an emergency {{safety plan}} with [[name:Bernadette]] and the {{police}}. Learning: the
        two-person check has to cover every page, and letters to birth parents should come from the separate
        birth family template that has no address block at all. Written up by [[name:Femi
        Adebayo-Stone]], senior practitioner.
    """)),
    ("social_care", "near_miss", prose("""
        kinship group {{sat}} morning - {{creche}} near miss. about 11.40 a man came to the creche door at
        [[organisation:st johns methodist hall]] saying he was picking up [[name:lacey-mae]] for her
        {{nan}}. he wasnt on the {{collection list}} and [[name:lacey-mae]]s nan ([[name:maureen]]) was
        still in the group room. {{volunteer}} ([[name:shaz]]) nearly let her go cos he knew
        [[name:lacey-mae]]s name and her brothers name and said hed been told to. i asked him to wait and
        went and got [[name:maureen]], turned out its her son ([[name:lacey-mae]]s {{birth dad}}) who isnt
        allowed unsupervised contact under the {{SGO}}. he left before {{police}} came. no harm but v close.
        learning - creche door stays shut, collection list and password on the door not in the folder, new
        volunteers do the {{induction}} before they do creche. rang {{duty sw}} and emailed
        [[email:kinship.support@brackenford.gov.uk]] same day. also think we shud have a photo on the list
        not just names. - [[name:tash]] ({{group coordinator}})
    """)),
    ("social_care", "success", block("""
        [[[date:14/03/2025]], 19:02] [[name:Precious N]]: Just want to say a massive thank you to [[name:Del]] for coming with me to the admissions meeting at [[organisation:Holmwood Academy]] today 🙏
        [[[date:14/03/2025]], 19:04] [[name:Del Fairbairn]]: No bother pet. They were fine once they understood [[name:Jaylen]] is under an {{SGO}} and counts as {{previously looked after}}
        [[[date:14/03/2025]], 19:05] [[name:Precious N]]: I didnt know that was a thing!! They are giving him priority and the {{Designated Teacher}} is ringing me {{Monday}}
        [[[date:14/03/2025]], 19:07] [[name:Gwen ap Rhys]]: This is what this group is for ❤️ [[name:Precious]] if you need the {{Pupil Premium Plus}} letter I have a template from {{Kinship}}
        [[[date:14/03/2025]], 19:09] [[name:Tash]] - Coordinator: Brilliant. Adding to the group learning log. Dont forget the {{Virtual School}} can help too, their number is [[phone:0114 496 0731]]
    """)),
    ("social_care", "incident", block("""
        INCIDENT / LEARNING FORM - Kinship and SGO Support
        Ref: [[case_reference:KSG-2025-0089]]
        Date of incident: [[date:27/01/2025]]
        Reported by: [[name:Imran Qureshi]], {{SGO support worker}}
        Person affected: [[name:Sandra Pugh]] ({{special guardian}}), NI no. [[ni_number:JT 48 27 61 B]], tel [[phone:07700 900263]]
        Child: [[name:Riley Pugh]], DOB [[date_of_birth:09/11/2017]]
        What happened: At the annual {{means test}} review the DOB was keyed as [[date_of_birth:09/11/2007]] on the {{finance system}}, so it treated [[name:Riley]] as [[age:17]] and ended the {{SGO allowance}} at month end. [[name:Sandra]] found out when her rent bounced on [[date:3 February]] and had to use the {{food bank}} that week.
        Immediate action: allowance reinstated and back-paid same day; {{team manager}} rang to apologise.
        Why: DOB is typed twice (case record and finance) with no cross-check.
        Learning / actions: finance to pull DOB from {{Liquidlogic}} rather than re-key; any allowance ending early gets a second check; carers told in writing before any allowance stops.
        Harm: moderate (financial, distress)
    """)),
    ("social_care", "success", block("""
        [[organisation:Brackenford SGO Review Team]] - learning huddle
        Date: [[date:11 March 2025]]
        Present: [[name:Ngozi Eze]] (chair, {{team manager}}), [[name:Ollie Brennan]], [[name:Kasia Wiśniewska]], [[name:Hamza Ali]] ({{student social worker}}), [[name:Mags Doyle]] ({{kinship support worker}})
        Apologies: [[name:Femi Adebayo-Stone]]

        1. Good practice - the [[name:Hollis]] siblings
        [[name:Kasia]] presented the review for [[name:Amber]] ([[age:11]]) and [[name:Tyler]] ([[age:8]]), who live with their aunt [[name:Joanne Hollis]] under an {{SGO}}. At last year's review [[name:Joanne]] said the children kept asking why they can't live with {{mum}}. [[name:Kasia]] applied to the {{ASGSF}} for {{therapeutic life story work}} and linked the family to the {{Virtual School}}. [[name:Amber]] now has a {{life story book}} she helped write and [[name:Joanne]] says bedtime questions are no longer frightening.
        2. What made it work
        - review held at home after school, not at the office
        - {{Signs of Safety}} mapping with the children using {{three houses}}
        - the aunt was paid for childcare for the sessions
        3. Actions
        - [[name:Ollie]] to put the ASGSF application checklist on the team drive by [[date:25 March]]
        - [[name:Ngozi]] to share at {{corporate parenting board}}
    """)),
    ("social_care", "near_miss", block("""
        From: [[name:Ollie Brennan]] <[[email:oliver.brennan@brackenford.gov.uk]]>
        Sent: [[date:18 March 2025]] 16:52
        To: [[name:Ngozi Eze]]
        Subject: near miss - review minutes nearly went to whole carers list

        Hi [[name:Ngozi]],

        Logging this as a near miss as agreed. This afternoon I went to send the draft minutes for the [[name:Oyelaran]] family ([[case_reference:SGO-2023-0412]]) to Mrs [[name:Oyelaran]] and {{autocomplete}} picked "Kinship Carers All" instead of her address. That list has 140-odd carers on it. The minutes include [[name:Destiny]]'s {{CAMHS}} referral and her {{birth dad}}'s prison release date.

        {{Outlook}} held it for two minutes (the {{delay rule}} IT set up last year) and I spotted the group name in the outbox and deleted it before it left.

        Suggestions:
        - take the {{distribution list}} out of autocomplete for everyone except the {{group coordinator}}
        - send minutes as a protected attachment, not in the body
        - a warning banner when an external email goes to more than 10 people?

        Thanks
        [[name:Ollie]]

        [[name:Oliver Brennan]] (he/him)
        {{Social Worker}}, Special Guardianship Review Team
        [[organisation:Brackenford Council]] | {{Children's Services}}
        [[phone:07700 900418]] | [[phone:01632 960184]]
    """)),
    ("social_care", "incident", block("""
        Chronology - [[name:Ellis Henshaw]] ([[age:13]]), missing from kinship placement
        [[date:Fri 4 April 2025]]
        16:10 [[name:Ellis]] not home from [[organisation:Holmwood Academy]]. Grandad [[name:Roy Henshaw]] rings school, told he left at 15:20.
        17:45 [[name:Roy]] rings {{duty}}, advised to report to {{police}} under the {{missing protocol}}. Police log [[case_reference:SY-20250404-0611]].
        19:30 Neighbour tells [[name:Roy]] she saw [[name:Ellis]] get into a silver Corsa, [[vehicle_registration:YX19 KWD]], near the parade.
        20:05 Duty hands over to {{EDT}}. Nobody passes the car reg to police - it is only in the duty case note.
        23:50 [[name:Ellis]] walks home himself. Says he was "at a mate's". Has a new phone.
        [[date:Sat 5 April 2025]]
        10:00 Police {{safe and well check}} done. Reg passed to police by EDT at 10:20, 14 hours after it was known.
        [[date:Mon 7 April 2025]]
        {{return home interview}} by [[name:Hamza Ali]]. {{CE screening tool}} completed, referral to {{MASH}}.
        Learning: information given by carers after the first call must go straight to police, not just onto the record. Grandparents had no written missing plan, although the {{SGO support plan}} said they would get one.
    """)),
    ("social_care", "success", prose("""
        To everyone at the {{Tuesday}} group, I wanted to write this down properly because I am no good at
        saying it. When I got [[name:Mikey]] and [[name:Shanice]] eighteen months ago I had no idea what a
        {{special guardianship order}} even was, I just knew they couldn't stay where they were. I was
        [[age:67]], just widowed and frightened to death of the {{court}}. [[name:Yvonne]] sat with me through
        the {{SGO assessment}} forms, [[name:Bal]] came with me to the {{legal advice}} session at the
        [[organisation:Brackenford Law Centre]], and [[name:Tash]] never once made me feel stupid for ringing
        on a {{Sunday}}. Last week I stood up at the {{annual review}} and told the {{social worker}} what
        the kids need, instead of nodding along. Please keep the group going. Love from Nana
        [[name:Hyacinth]] (and the kids say hi) x
    """)),
    ("social_care", "incident", block("""
        Teams chat - SGO Review Team (export)
        [10:14] [[name:Kasia Wiśniewska]]
        anyone else getting calls about {{SGO allowances}} not paid this month?? had 3 this morning
        [10:15] [[name:Hamza Ali]]
        yes mr [[name:tennant]] rang, his ref [[case_reference:SGO/4471]], nothing went in on the [[date:28th]]. finance want his NI to trace it, its [[ni_number:SK 29 84 07 D]]
        [10:17] [[name:Ngozi Eze]]
        Finance moved everyone to the new {{payments module}} on [[date:24/02]]. Looks like anyone whose bank details changed in the last 6 months didn't migrate
        [10:18] [[name:Kasia Wiśniewska]]
        and thats the carers who are most skint 😞
        [10:21] [[name:Ngozi Eze]]
        Ok. Emergency payments on the {{duty cash card}} today please. I'll raise a {{P2}} with IT and put a {{Datix}} in. [[name:Hamza]] can you pull the list from the {{payments report}}
        [10:40] [[name:Hamza Ali]]
        11 families, rang them all. Mrs [[name:Achterberg-Lowe]] cant get to the office so [[name:Mags]] is dropping a card round to her at [[address:7 Bede Court, Cresswell Moor]]
        [10:41] [[name:Ngozi Eze]]
        thanks both. Learning for me - we should have been told about the migration and tested it on a few carers first
    """)),
    ("social_care", "near_miss", block("""
        DEBRIEF - lone working near miss
        Date: [[date:7 April 2025]]
        Present: [[name:Femi Adebayo-Stone]], [[name:Mags Doyle]], [[name:J.T.]] ({{team manager}}, covering)

        What happened
        [[name:Femi]] did an {{unannounced visit}} for an {{SGO review}} at [[address:41 Ravensworth Terrace]] [[postcode:DN5 9HF]]. The {{birth father}} was in the house, which the carer had not told us about, plus a large dog. He became verbally aggressive and stood in the doorway. [[name:Femi]] had not booked out on the {{lone working app}} because his phone was on 4%. He got out after about 20 minutes.
        [[name:Mags]] noticed his car ([[vehicle_registration:KM21 OZT]]) was not back in the car park at 4pm and rang him. That was the only check.

        What went well
        - [[name:Mags]] noticed and acted
        - [[name:Femi]] used {{de-escalation}} and left as soon as he could

        What we'll change
        - visits to this address in pairs, flag added to the {{risk assessment}}
        - pool {{power banks}} in the car park office
        - [[name:J.T.]] to remind the team that no app booking means the {{buddy}} must be phoned before and after
    """)),
    ("social_care", "incident", block("""
        EDT -> DAY DUTY HANDOVER   [[date:Sun 13/04/25]]
        | Time | Family | Issue | Action | By |
        |---|---|---|---|---|
        | 02:30 | [[name:Begum]] [[case_reference:SGO-2022-0198]] | {{special guardian}} [[name:Rahima Begum]] admitted to [[organisation:Northgate General]] with chest pain. Two children ([[age:4]] and [[age:9]]) left with a {{neighbour}} at [[address:3 Farrier Row]] [[postcode:DN4 6BL]], no checks | Neighbour agreed to keep them till 9am. Checked {{SGO support plan}} - no {{contingency plan}} recorded | [[name:Lorcan]] ({{EDT}}) |
        | 06:15 | [[name:Begum]] | Neighbour rang, has to go to work at 8 | Rang maternal aunt [[name:Shirin Rahman]] on [[phone:+44 7700 900532]], she is coming over from the other side of town | [[name:Lorcan]] |
        | 08:40 | [[name:Begum]] | Aunt arrived, children safe | Day duty to visit, see {{Reg 24}} question | [[name:Dee]] ({{day duty}}) |

        Day duty note: incident raised because the children were with an unchecked adult for 6 hours. Learning for the review team: every SGO support plan needs a named back-up carer, agreed with the family and checked, before the {{final hearing}}.
    """)),
    ("social_care", "success", prose("""
        Good practice note - {{family group conference}}. When the plan for [[name:Kofi]] ([[age:2]]) moved
        towards {{special guardianship}}, three relatives came forward and each thought the others were
        unsuitable. Our {{FGC coordinator}} [[name:Anne-Marie Nwosu-Clarke]] spent two weeks seeing each of
        them separately before the meeting, including his great-aunt [[name:Efua Mensah]] over {{WhatsApp
        video}} from Kumasi. At the conference the family had their {{private family time}} and came back
        with a plan none of us had thought of: [[name:Efua]]'s daughter [[name:Abena Mensah-Hughes]] as
        special guardian, with the two aunts sharing respite on alternate weekends. The {{viability
        assessment}} was positive and the {{SGO}} was granted on [[date:19 March 2025]] with the family's
        own plan attached. What made it work: separate preparation, paying for an interpreter for
        [[name:Efua]], and not letting the {{local authority}} plan lead the meeting. Submitted by
        [[name:Anne-Marie]] and [[name:Kasia Wiśniewska]].
    """)),
    ("social_care", "incident", block("""
        From: [[name:Linda Cheung]] <[[email:l.cheung@st-aidans.brackenford.sch.uk]]>
        To: [[name:Imran Qureshi]]
        Subject: RE: [[name:Chloe]] - collection on [[date:Thursday 20 March]]

        Dear [[name:Imran]],

        Thank you for your call. I am so sorry. On {{Thursday}} afternoon [[name:Chloe]] ([[age:6]]) was handed over at the gate to her father, [[name:Dean Marsh]]. Our {{MIS}} still listed him with {{parental responsibility}} and as a contact. The new {{special guardianship order}} from {{February}} had not been passed to the office; her grandmother [[name:Carol Marsh]] told the class teacher verbally but it went no further.

        Mr [[name:Marsh]] brought [[name:Chloe]] to [[name:Carol]]'s house about an hour later and there was no harm, but he should not have been given her.

        Actions we have taken: the court order is now on her file and {{Arbor}} has a collection alert; {{DSL}} to check every {{previously looked after}} child's record this week; front office will not release any child to an adult who isn't on the collection list.

        Could the review team send a copy of the order to the school at the same time as the carer? That would have avoided this.

        Kind regards
        [[name:Linda Cheung]]
        {{Designated Safeguarding Lead}}, [[organisation:St Aidan's CE Primary School]]
        [[phone:0113 496 0925]]
    """)),
    ("social_care", "success", block("""
        [[organisation:Brackenford Kinship Carers Group]] - minutes
        [[date:Tues 22 April]], [[organisation:Sandpiper Family Hub]]
        Attendees: [[name:Tash Kowalczyk]] (coordinator), [[name:Yvonne Baptiste]], [[name:Bal Sandhu]], [[name:Del Fairbairn]], [[name:Precious Ndlovu]], [[name:Hyacinth Campbell]], [[name:Gwen ap Rhys]], [[name:Mags Doyle]] (council), 6 others

        Item 1 - peer mentor pilot, 6 months on
        9 new carers matched with a mentor since {{October}}. [[name:Yvonne]] reported all 9 still coming to group. Before the pilot about half of new carers stopped after two sessions.
        [[name:Precious]]: "having someone who'd done the {{court}} bit already was everything."
        [[name:Del]] said mentors need a debrief themselves, it brings up their own stuff.

        Item 2 - what helped
        - mentors meet carers before the first group, not at it
        - mentor gets the carer's consent to share with [[name:Mags]]
        - a {{DBS}} and a half-day {{safeguarding training}} for every mentor

        Actions
        [[name:Tash]] - ask {{Kinship}} for mentor {{supervision}} sessions
        [[name:Mags]] - take the figures to the {{Kinship Strategy}} group
    """)),
    ("social_care", "near_miss", prose("""
        nr miss - {{contact}} transport {{weds}}. taxi booked thru {{transport team}} for [[name:Harley]]
        ([[age:18 months]]) to go to {{supervised contact}} at the {{family centre}}. driver turned up at
        grans with no {{car seat}}, said he was told it was a [[age:7 yr old]] and a {{booster}} would do.
        gran ([[name:Pauline]]) refused to put her in and rang me. booking form on the system says "child -
        1" in the age box not 1 yr, driver firm read it as 1 child. taxi reg [[vehicle_registration:VN68
        HKP]] if needed, [[organisation:Cresswell Cars]]. contact went ahead late after i took them myself
        (i have the seat in my car). learning - booking form needs dob not age, and the seat shud be
        confirmed by phone day before. [[name:pauline]] did exactly the rigth thing, pls thank her. - [[name:Bal]]
        (kinship support)
    """)),
    ("social_care", "incident", prose("""
        Incident summary: lapsed {{DBS}} for an approved respite carer. Since [[date:2023]] [[name:Kelechi
        Obi]] (NI [[ni_number:PH631092A]]) has given weekend respite for two kinship families in our scheme. The {{support plan}} records a
        DBS from [[date:June 2020]]; the scheme's policy is a renewal every three years and the {{Update
        Service}} was never set up. The lapse was found on [[date:2 April 2025]] during a routine {{file audit}}
        by [[name:Hamza Ali]], 21 months after renewal was due. We stopped the respite the same day, which
        upset both families and left Mrs [[name:Dlamini]], a {{special guardian}} aged [[age:74]], without a break over
        {{Easter}}. The new check came back clear on [[date:15 April 2025]]. There was no known harm. Why it
        happened: the renewal date lived only in the worker's diary and that worker left in [[date:2023]]; the
        {{case management system}} has no expiry field for respite carers. Actions: expiry field and
        automatic reminder requested; all respite carers to sign up to the Update Service; {{team manager}}
        to audit quarterly.
    """)),
    ("social_care", "success", prose("""
        SHOUT OUT 📣 to [[name:Dee]] on {{duty}} and [[name:Lorcan]] on {{EDT}} for the [[name:Begum]]
        family weekend. Handover was clear, nobody had to ring round to find out what had been done, and the
        {{aunt}} was in place before the kids even woke up. The {{team manager}} has asked us to copy your
        {{handover table}} for the {{Reg 24}} guidance. Cake in the kitchen 🍰 - [[name:Ngozi]]
    """)),
    # ------------------------------------------------------------------ health
    ("health", "incident", block("""
        DATIX - Patient Safety Incident
        Ref: [[case_reference:W-218843]]
        Location: [[organisation:Kestrel Ward]], [[organisation:Northgate General Hospital]]
        Date/time: [[date:02/03/2025]] 03:15
        Patient: [[name:Leo Sharma]]   NHS No: [[nhs_number:403 555 9830]]   DOB: [[date_of_birth:14/06/2022]]
        Description: Two patients called [[name:Sharma]] on the ward (the other, [[name:Lily Sharma]], NHS No [[nhs_number:790 284 5256]], unrelated). The night {{FY1}} printed {{blood bottle labels}} for [[name:Leo]] at the {{ward PC}} but bled [[name:Lily]], who was in the bed [[name:Leo]] had been in before his move to a {{side room}} at 23:00. {{Positive patient identification}} against the {{wristband}} was not done because [[name:Lily]] was asleep and her band was on her ankle under the blanket. The {{lab}} rejected the {{group and save}} as {{WBIT}} against [[name:Leo]]'s historic group.
        Harm: none (sample repeated, no transfusion given)
        Contributing: {{bed board}} not updated after the move; no "same surname" alert on the board; FY1 on 4th night of nights.
        Reported by: [[name:Ciara Mulholland]], {{nurse in charge}}
    """)),
    ("health", "near_miss", prose("""
        play note / near miss. bay 3 on [[organisation:kestrel]], pre {{cannula}} {{distraction}}. i blew up a
        {{balloon}} dog for [[name:alfie-jay]] ([[age:4]]) while the {{SHO}} got set up. {{mum}} asked is that
        latex, he has a {{latex allergy}}. his red {{allergy band}} was under the {{splint}} so neither of us
        saw it and its not on the {{bed board}} either. balloon never touched him, i bagged it and swapped to
        {{bubbles}} and the {{light spinner}}, cannula in first go. checked the {{play box}} after and there
        were still latex balloons in there even tho we went latex free last year, someone must have donated
        a bag. have cleared all 3 play boxes and put a sign on the cupboard. pls can allergy go on the bed
        board and handover sheet not just the band. [[name:Nkechi]] (play specialist) [[date:12/3]]
    """)),
    ("health", "success", prose("""
        Huge shout out to [[name:Rhiannon Pryce-Evans]] from the {{play team}} 🌟 [[name:Oskar]] ([[age:6]])
        was booked for an {{MRI}} under {{general anaesthetic}} because he'd been too frightened to lie still
        last time. [[name:Rhiannon]] did three {{preparation sessions}} with him on the ward with the {{mock
        scanner}}, the scanner noise recording and his own teddy "Captain Bobo" having a scan first. On
        [[date:Wednesday 26 March]] he went through awake and still, 35 minutes, first try. That's a GA
        avoided, a {{fasting}} morning avoided and a much happier boy and dad. {{Radiology}} have asked if
        she can do a session with their team. Thank you [[name:Rhiannon]]! - Sister [[name:Gill]] and all
        on [[organisation:Kestrel Ward]]
    """)),
    ("health", "incident", block("""
        Chronology - {{enteral feed}} rate error, [[organisation:Kestrel Ward]], [[date:9 March 2025]]
        Patient: [[name:Zainab Hussain]], [[age:8 months]], DOB [[date_of_birth:03/07/2024]], NHS [[nhs_number:586 819 5337]]
        Plan from {{dietitian}}: {{NG}} feeds 45 ml/hr over 20 hrs.

        07:30 Day nurse [[name:Tomasz]] resets the {{feed pump}} after a pump occlusion alarm. Rate entered 145 ml/hr (keyed "1" then "45" when the screen did not respond).
        09:10 Mum says [[name:Zainab]] is "full and sicky". Nurse checks aspirate pH, no rate check.
        10:40 Large vomit, {{sats}} drop to 88%, {{PEWS}} 4. Nurse [[name:Abimbola Ogunleye]] checks pump, finds 145 ml/hr. Feed stopped.
        10:45 {{registrar}} reviews, {{chest X-ray}}: no {{aspiration}}. Observed on {{high-flow}} overnight, off by morning.

        Findings
        - 3.2 times prescribed volume given over 3 hours
        - pump {{drug library}} has no upper limit for feeds
        - second checker not used at re-start; policy only asks for it at first set-up

        Actions: feeds added to the {{pump library}} with a soft limit; second check on every restart; apology and {{Duty of Candour}} letter to family ([[name:Abimbola]]).
    """)),
    ("health", "incident", block("""
        [[organisation:KESTREL]] NIGHT -> DAY HANDOVER  [[date:17/03/25]]
        | Bed | Patient | Issue | Plan |
        |---|---|---|---|
        | 7 | [[name:Theo Lamb]] [[age:3y]] [[nhs_number:431 626 6691]] | gastro, on {{IV maintenance}}. 03:00 {{sodium}} 129 (was 136). Fluids running were {{0.45% saline}} from a bag hung by night staff, chart said {{0.9% saline with 5% glucose}} | reg aware, fluids changed 04:10, repeat U&E at 10 |
        | 9 | [[name:Maisie-Rae Collins]] [[age:11]] | {{DKA}} day 2, on {{subcut insulin}} | {{diabetes nurse}} to see |
        | 12 | [[name:Yusuf Adeyemi]] [[age:9m]] | {{bronchiolitis}}, {{high-flow}} weaned | likely home |

        Note added by [[name:Grace Olumide]] ({{ward manager}}): bed 7 logged on Datix as [[case_reference:W-219107]]. The wrong bag came from the {{treatment room}} where 0.45% was stocked next to 0.9%/5% in identical packaging. Stock separated and 0.45% moved to a locked cupboard. [[name:Theo]]'s sodium back to 134 by the afternoon; family updated by the {{consultant}}.
    """)),
    ("health", "near_miss", block("""
        From: [[name:Priya Raman]] <[[email:priya.raman7@nhs.net]]>
        Date: [[date:Tuesday 1 April 2025]] 14:20
        To: [[email:kestrel.ward@northgate.nhs.uk]]
        Cc: Dr [[name:Owen Teague]]
        Subject: near miss - paracetamol dose (bed 4)

        Hi all,

        Quick one for {{safety huddle}}. This morning on the {{drug round}} I noticed [[name:Ruby]] in bed 4 ([[age:5]]) was written up for {{paracetamol}} 560 mg. At 15 mg/kg that's a weight of 37 kg. She is 17 kg. On admission in {{ED}} her weight was entered as 37 - the {{paeds}} scale in ED was set to lb, not kg.

        No dose was given. I stopped it and asked the {{SHO}} to re-prescribe at 255 mg, and {{pharmacy}} checked her other meds.

        Could we:
        1. lock the ED scales to kg (I've emailed {{medical physics}})
        2. have {{EPMA}} flag a weight over the 98th centile for age?

        Thanks,
        [[name:Priya]]
        {{Paediatric Pharmacist}} | [[organisation:Northgate Hospitals NHS Foundation Trust]]
        Ext 4417 | Bleep 2206
    """)),
    ("health", "success", prose("""
        Dear everyone on [[organisation:Kestrel Ward]], thank you so much for looking after our
        [[name:Ifeoluwa]] (we know you all call her [[name:Ife]]!) over the three weeks in {{February}}. When she
        came in with {{sickle cell crisis}} she was terrified of needles and of being away from her brothers.
        [[name:Callum]] from the {{play team}} made her a {{bravery beads}} string and by the end it went round
        her neck twice. Nurse [[name:Jas]] let her push the {{PCA}} button herself and explained it every
        time. The {{hospital school}} teacher kept her up with her {{SATs}} work so she didn't fall behind.
        We are home now and she is back at [[organisation:Greenhill Primary]]. She wants to be a play
        specialist when she grows up. With love and thanks, [[name:Funmi]] and [[name:Tunde Adewale]] x
    """)),
    ("health", "incident", block("""
        Teams - [[organisation:Kestrel]] senior nurses
        [[name:Ciara Mulholland]] 18:52
        Need advice. Bed 14 [[name:Jaylen]], the {{SGO}} child. Man at the door said he was dad and the {{HCA}} let him in. Grandma [[name:Marcia]] has just come back from the canteen and says he's not allowed contact at all
        [[name:Grace Olumide]] 18:54
        Is he still on the ward?
        [[name:Ciara Mulholland]] 18:54
        Left when he saw her. Was with [[name:Jaylen]] about 10 min, {{HCA}} says nothing happened
        [[name:Grace Olumide]] 18:56
        Ok. Ring {{security}}, then {{hospital safeguarding team}} bleep 3141 and {{EDT}}. Datix it. Was the {{visitor list}} in the notes?
        [[name:Ciara Mulholland]] 18:58
        It was in the {{paper notes}} from admission, not on {{Nerve Centre}} and not on the handover sheet. HCA is agency, first shift here
        [[name:Grace Olumide]] 19:01
        Not on her then. Let's make restricted visitors a field on handover and the door entry screen. I'll check in with [[name:Marcia]] tomorrow
    """)),
    ("health", "success", prose("""
        Hot debrief, [[organisation:Kestrel Ward]], [[date:5 April 2025]], 16:30. Present: Dr
        [[name:Aoife Brennan-Kelly]] ({{consultant}}), [[name:Abimbola]] (bay nurse), [[name:Kit Marsden]] ({{HCA}}),
        Dr [[name:Sunil]] ({{registrar}}), [[name:Callum]] ({{play}}). [[name:Harvey]], [[age:22 months]],
        admitted with a {{fever}}. At 14:10 [[name:Kit]] did his obs and the {{PEWS}} was only 2, but she
        said he "just doesn't look right" and told [[name:Abimbola]], who used the {{nurse concern}} box
        and called the registrar. {{Sepsis six}} started in 18 minutes, {{blood cultures}} later grew
        {{Group A Strep}}. He went to {{HDU}} for 24 hours and is now back on the ward. What went well: the
        nurse-concern trigger was used exactly as intended and escalation was not questioned. Learning: HCAs
        should feel able to raise concern directly, and we will share [[name:Kit]]'s example at the {{PEWS}}
        study day.
    """)),
    ("health", "near_miss", prose("""
        Near miss: wrong {{TTO}} nearly handed to a family. On [[date:Friday 11 April]] two children were
        going home from [[organisation:Puffin Day Unit]] after {{tonsillectomy}}: [[name:Millie Shaw]] ([[age:7]],
        NHS [[nhs_number:785 560 1740]]) and [[name:Mollie Shore]] ([[age:6]], NHS [[nhs_number:258 904 3023]]).
        The discharge bags were both labelled by surname only. Student nurse [[name:Beth]] picked up the bag for
        "[[name:Shore]]" and was about to hand it to [[name:Millie Shaw]]'s mum when the {{pharmacy technician}},
        [[name:Deepak Varma]], asked for the second identifier as he always does. [[name:Mollie]]'s bag contained
        {{ibuprofen}} and {{codeine-free}} {{analgesia}} dosed for a lighter child. No harm. Learning: TTO
        bags now have full name, DOB and NHS number, and the {{discharge checklist}} asks for two identifiers
        at hand-over of medicines. Thank you [[name:Deepak]].
    """)),
    ("health", "incident", block("""
        Learning review - {{pressure ulcer}} from {{sats probe}}
        [[date:24 April 2025]], Seminar Room 2
        Attendees: [[name:Grace Olumide]] (chair), [[name:Ciara Mulholland]], [[name:Tomasz Nowicki]], [[name:Sian Llewellyn]] ({{tissue viability nurse}}), [[name:Haruto Sato]] ({{clinical educator}})

        Background
        [[name:Noah Fitzgerald]] ([[age:4 months]], NHS [[nhs_number:620 241 1430]]) with {{bronchiolitis}} on continuous {{oximetry}} for 5 days. On day 5 mum found a category 2 pressure ulcer on his right big toe where the probe was taped.

        Discussion
        - {{skin bundle}} says re-site probe every 4 hours; no column for this on the {{obs chart}}
        - the {{adhesive probes}} were out of stock, so staff used adult probes with extra tape
        - [[name:Sian]] said this is the third probe injury in a year

        Actions
        - probe re-site added to {{Nerve Centre}} obs ([[name:Haruto]])
        - stock of {{neonatal wrap probes}} on the {{top-up list}} ([[name:Tomasz]])
        - {{Duty of Candour}} conversation done by [[name:Grace]] on [[date:22/04]]
    """)),
    ("health", "success", block("""
        WhatsApp - Play Team 🎈
        [[date:03/04/2025]], 12:31 - [[name:Nkechi]]: lovely thing today. [[name:Kacper]] (long stay, bay 1) hasnt done any school since {{Christmas}}. Mr [[name:Adeyinka]] from hospital school came up and they built a {{Lego}} model of the {{dialysis machine}}
        [[date:03/04/2025]], 12:33 - [[name:Rhiannon]]: aww 😭
        [[date:03/04/2025]], 12:34 - [[name:Nkechi]]: he explained how it works to the whole bay and did a write up for his teacher at [[organisation:Whitmore Junior School]]. first time hes said more than 2 words to anyone
        [[date:03/04/2025]], 12:36 - [[name:Callum]]: brilliant. can we make this a regular thing with the {{renal nurses}}? the {{hospital school}} lot are up for it
        [[date:03/04/2025]], 12:38 - [[name:Rhiannon]]: Ill put it on the agenda for {{Thursday}}. [[name:Nkechi]] can you ask mum if ok to use the photo for the {{learning board}} (no face)
        [[date:03/04/2025]], 12:40 - [[name:Nkechi]]: will do 👍
    """)),
    ("health", "incident", prose("""
        rsv x-infection on kestrel. bay 2 was the {{RSV}} {{cohort bay}} last week, bay 3 was {{non-resp}}.
        the {{playroom}} toys went back and forward between bays bc the playroom was shut for a leak and
        nobody was cleaning them between. {{mon}} [[name:esme]] ([[age:2]]) in bay 3 who came in for a {{UTI}}
        went off, {{RSV positive}} on {{swab}} tues, needed {{high flow}}. {{IPC}} think the toys are the likely
        route. other than that bay 3 kids were all fine. what we did - toys bagged per bay and labelled, new
        {{cleaning log}} on the playroom door, {{Clinell}} wipes on each bay trolley. play team have a red/green
        tag for clean toys now. [[name:esme]]s mum was told by the {{consultant}} and it's datixed
        [[case_reference:W-219388]]. also need estates to fix the leak properly. - [[name:sian m]] (band 6)
    """)),
    ("health", "near_miss", prose("""
        Near miss during {{transfer}} to {{X-ray}}. At about 10:50 on [[date:8 April]] [[name:Kit Marsden]]
        and porter [[name:Gaz Pritchard]] were taking [[name:Ollie Chambers]] ([[age:14 months]]) from
        [[organisation:Kestrel Ward]] to {{radiology}} on 2 l/min {{oxygen}}. In the {{lift}} [[name:Gaz]]
        noticed the {{cylinder gauge}} was in the red. The cylinder had been checked as full on the
        {{transfer trolley}} checklist but had been swapped overnight with a part-used one from the
        {{resus trolley}}. They went back to the ward, swapped the cylinder and went again. His {{sats}} did
        not drop. Learning: cylinders must be checked at the point of transfer, not just at the daily check,
        and the {{porters}} are welcome to challenge. We have added a "gauge checked" tick to the transfer
        form.
    """)),
    ("health", "success", prose("""
        Good practice - {{reasonable adjustments}} for bloods. [[name:Jordan Pike]], [[age:15]], has a
        {{learning disability}} and {{autism}} and had refused {{bloods}} for two years. His {{hospital
        passport}} said he copes best with no waiting and no uniforms. {{Learning disability liaison nurse}}
        [[name:Marisol Ferreira]] and play specialist [[name:Callum Reid]] planned it with mum over the phone:
        first slot of the day on [[organisation:Puffin Day Unit]], side door entrance, staff in their own
        clothes, {{EMLA}} on at home, and his {{iPad}} with the {{Minecraft}} world he'd built. The {{phlebotomist}}
        came to the car park room. [[name:Jordan]] chose which arm and counted down himself. All samples in one
        go, including the {{thyroid}} tests that had been pending since [[date:2023]]. Mum said it was the
        first time a hospital had "fitted round him". We'll use this as a template for other young people.
    """)),
    ("health", "incident", block("""
        From: [[name:Grace Olumide]] <[[email:grace.olumide@northgate.nhs.uk]]>
        To: Paediatric Governance
        Subject: [[case_reference:W-219502]] - young person left ward

        All,

        Summary for the {{SI}} panel. [[name:Kayla]] ([[age:14]]) was admitted on [[date:10 April]] after an {{overdose}}, medically fit on [[date:11 April]] and waiting for a {{CAMHS}} {{Tier 4}} bed. On [[date:Sun 13 April]] at 21:40 she left [[organisation:Kestrel Ward]] when the door was opened for a {{porter}}. She was on {{1:1}} with a {{bank RMN}} who was on a break; cover had not arrived. Police found her at 23:55 on the [[address:Ashby Road]] bridge and brought her back unharmed.

        Contributing factors:
        - 3 nights waiting for a bed, on a ward not designed for {{mental health}} care
        - break cover depends on the {{site manager}}
        - no {{ligature risk assessment}} or {{absconsion plan}} in her notes

        What we've done: 1:1 breaks now covered from our own staff first; a {{CAMHS}} liaison review of every young person waiting more than 24 hours. Her mum, [[name:Leanne]], has been updated.

        [[name:Grace]]
        {{Ward Manager}}, [[organisation:Kestrel Ward]] | [[phone:0191 498 0372]]
    """)),
    ("health", "success", prose("""
        Thank you to [[name:Tomasz]] and [[name:Nkechi]] who stayed 40 minutes after their shift on
        {{Saturday}} so that [[name:Ayaan]]'s {{end of life}} {{memory making}} with his family (handprints,
        the {{Memory Box}}, his sisters' song) could happen without interruption. The {{palliative care
        team}} said it was the kindest thing they had seen. - [[name:Ciara]], {{nurse in charge}}
    """)),
    # ------------------------------------------------------------------ aviation
    ("aviation", "incident", prose("""
        Crew hotel no-show release, Belfast. On [[date:16 January 2025]] the crew of [[flight_number:FX571]]
        landed at Belfast City at 23:55 after a two-hour {{ATC}} delay. Their rooms at the [[organisation:Lagan
        Quay Hotel]] had been released at midnight as no-shows: the {{hotel booking portal}} only sends a
        late-arrival note if {{crew control}} adds one by hand, and nobody did during the disruption. The
        {{night porter}} found two rooms; {{the captain}}, [[name:Rachel Dunmore]], and the {{first officer}},
        [[name:Pavel Horák]], went to a second hotel by taxi and were in bed at 02:20. The {{cabin crew}},
        [[name:Shona McAteer]] and [[name:Luis Andrade]], shared a twin. Report for [[flight_number:FX572]] was
        06:10, giving under the {{minimum rest}} once travel was counted. [[name:Rachel]] raised a {{fatigue
        report}} and the flight was delayed three hours to restore rest. Learning: late-arrival notes should
        be automatic once a crew's {{ETA}} passes 22:00, and crew control needs the hotel's {{24h}} number in
        the {{rostering system}}, not on a sticky note. {{FRMS}} ref [[case_reference:FAT-25-0031]].
    """)),
    ("aviation", "near_miss", block("""
        From: [[name:Craig Sutherland]] <[[email:c.sutherland@fenlander-air.co.uk]]>
        To: Crew Rostering; Safety
        Date: [[date:3 March 2025]] 05:12
        Subject: Roster error - {{FDP}} would have been exceeded (ASR to follow)

        Morning,

        Reporting for my 05:00 duty today I checked the published pattern: [[flight_number:FX201]] ABZ-SOU, then [[flight_number:FX206]] SOU-JER-SOU, then [[flight_number:FX215]] SOU-ABZ. With a 05:00 report and 4 sectors that's a max {{FDP}} of 12:00 under {{ORO.FTL}}. Planned on-blocks at ABZ were 17:35, so 12:35 before any delay.

        {{The rostering system}} had applied the {{split duty}} credit because the Jersey turn was originally a hotel break. When the hotel break was removed on [[date:28 February]] the credit stayed in.

        I've agreed with {{crew control}} to come off at SOU and a standby crew is positioning. No flight operated beyond limits.

        Suggest a legality re-run whenever a {{split duty}} rest is deleted.

        [[name:Craig]]
        {{Captain}} [[name:Craig Sutherland]] | Staff no. [[case_reference:FL-04417]]
        [[organisation:Fenlander Airways]] | [[phone:+44 7700 900771]]
    """)),
    ("aviation", "success", prose("""
        Shout-out for [[name:Morag]], {{night manager}} at the [[organisation:Granite House Hotel]] in Dyce 👏
        When the snow closed Aberdeen on [[date:6 February]] we had three crews (11 people) stuck with no
        bookings. {{Crew control}} rang at 21:30 and [[name:Morag]] found rooms for all of them by moving
        other guests onto a waiting list, kept the kitchen open until 23:00 and arranged the
        {{crew transport}} herself for 05:15 so everyone got a full {{rest period}}. Next morning all crews
        reported fit and the first rotation left on time. We've sent a thank-you and asked the hotel to be
        our {{contracted}} disruption hotel. From [[name:Dev Chauhan]] and everyone on the {{crew control}}
        desk.
    """)),
    ("aviation", "incident", block("""
        ATC TRANSCRIPT (extract) - Scottish Control, [[date:21 February 2025]]
        06:41:12 SCO: [[flight_number:Fenlander five two one]], descend flight level eight zero
        06:41:18 [[flight_number:FLX521]]: Descend flight level eight zero, [[flight_number:Fenlander five two one]]
        06:43:50 SCO: [[flight_number:Fenlander five two one]], check level, cleared flight level eight zero
        06:43:55 [[flight_number:FLX521]]: Er, stopping descent, correcting to eight zero, sorry, [[flight_number:Fenlander five two one]]
        06:44:02 SCO: Roger, traffic was eight miles, no further action

        Crew statement summary: {{level bust}} of about 600 ft. The {{altitude preselect}} was set to 7000 ft, not FL80, and not cross-checked. {{The captain}}, [[name:Adaeze Okonkwo]], and {{first officer}} [[name:Tom Whittle]] were on the first of two earlies after three lates. [[name:Tom]] slept about four hours; the crew hotel was next to the {{motorway}} and the room could not be darkened.
        {{MOR}} submitted, {{CAA}} ref [[case_reference:2025/03187]]. [[aircraft_registration:G-FLXA]], ATR 72-600.
        {{FRMS}} action: no late-to-early transitions without a 2-day break; hotel rooms audited for blackout.
    """)),
    ("aviation", "success", block("""
        TECH LOG   A/C: [[aircraft_registration:G-FLXC]]   Page: [[case_reference:TL-004417]]
        Date: [[date:12/03/25]]   Sector: [[flight_number:FX304]] NQY-LGW   Capt: [[name:B. Adeyemi]]
        DEFECT: During crew {{pre-flight}} SCCM reports aft {{cabin crew seat}} {{harness}} {{inertia reel}} does not lock on sharp pull.
        ACTION: Harness replaced IAW {{AMM}} 25-11-00. Function checked satisfactory. Signed [[name:R. Kaur]] B1 auth 2207.

        Note to {{Safety}} from the SCCM, [[name:Jodie-Leigh Price]]:
        I only found this because the crew hotel had told us the 06:00 transport was cancelled, so we arrived early in a taxi and I had time to do a full seat check rather than the quick one. Same fault as on [[aircraft_registration:G-FLXE]] last month. Could {{engineering}} check the reels fleet-wide? And thank you to [[name:Rav]] on the night shift for turning it round before the first departure.
    """)),
    ("aviation", "near_miss", prose("""
        Near miss - {{crew transport}} driver fatigue. Report by {{first officer}} [[name:Hannah
        Featherstone-Boyd]]. On the 04:30 pick-up from the [[organisation:Harbourside Lodge]], [[address:Quay Road, Newquay]] [[postcode:TR7 1HS]], on [[date:2
        April]] the minibus ([[vehicle_registration:WF70 NXE]], [[organisation:Haddon Cars]]) drifted onto the
        rumble strip twice on the A30. The driver said he had done a double shift covering for a colleague.
        I asked him to pull into the {{lay-by}} and the captain phoned {{crew control}}, who sent a taxi. We
        reported 25 minutes late; no flight delay. This is not our regulated {{FTL}}, but our crews' safety
        depends on it. Suggestions: contract wording on driver hours, and a line in the {{crew brief}}
        telling crews they can refuse a tired driver.
    """)),
    ("aviation", "success", block("""
        {{FRMS}} Safety Action Group - minutes
        Date: [[date:27 March 2025]]
        Present: [[name:Siobhan Garvey]] (Head of {{Crew Planning}}, chair), [[name:Dev Chauhan]] ({{crew control}}), Capt [[name:Adaeze Okonkwo]] ({{BALPA}} rep), [[name:Kyle Mensah]] ({{Unite}} cabin crew rep), Dr [[name:Ruth Abernethy]] (fatigue scientist), [[name:Wes]] (hotels and transport)

        1. Late-to-early transitions
        Since the roster rule change in {{January}}, fatigue reports on early duties are down from 14 to 5 a month. [[name:Adaeze]] said crews have noticed the difference.
        2. Crew hotels
        [[name:Wes]] has audited 9 hotels for blackout, noise and 24h food. 2 failed; replacing the Newquay contract in {{May}}.
        3. Just culture
        [[name:Kyle]] thanked the group for publishing all fatigue-related decisions and reasons.
        Actions: [[name:Siobhan]] to share the {{bio-mathematical model}} results at the next {{Safety Review Board}}.
    """)),
    ("aviation", "incident", block("""
        Teams - Crew Control ✈️
        [[name:Dev Chauhan]] 05:42
        [[flight_number:FX110]] has no {{SCCM}} at the aircraft. [[name:Jess Oduya]] rostered. Anyone spoken to her?
        [[name:Lorna MacIver]] 05:43
        Ringing now. No answer on [[phone:07700 900645]]
        [[name:Dev Chauhan]] 05:49
        Calling {{standby}} [[name:Priyanka]] out. Departure will be late
        [[name:Lorna MacIver]] 06:05
        [[name:Jess]] rang back. Her app still shows a day off. The swap was put in at 19:50 last night, after the 18:00 {{roster publish}} cut-off, and the {{push notification}} never went
        [[name:Dev Chauhan]] 06:07
        Not on her then. I'll put in an {{ASR}}. We shouldn't do late changes without a phone call, that's in the {{ops manual}}
        [[name:Lorna MacIver]] 06:09
        {{Night desk}} was single-manned with two {{diversions}}, probably why. Flight off at 06:58, 43 min delay
    """)),
    ("aviation", "near_miss", block("""
        Subject: Fire alarm at crew hotel - rest disrupted
        From: Capt. [[name:Ijeoma Nwachukwu]]
        Date: [[date:Sat 19 April 2025]]

        Night stop at the [[organisation:Quayside Court Hotel]], Jersey. Fire alarm at 02:50, all 4 crew outside until 03:35 ({{false alarm}}, kitchen). Report time 06:15 for [[flight_number:FX401]].

        I nearly didn't report it. We all felt "okay" and there is no form for disrupted rest, only for fatigue once you already feel tired. On the {{crew bus}} the {{first officer}} [[name:Will Thackeray]] said he had slept under 3 hours in total. I phoned {{crew control}} and we agreed to delay 90 minutes.

        Suggestions: a {{disrupted rest}} box in the app; crew control to treat a hotel {{fire alarm}} as a rest interruption under the {{FTL}} scheme; hotel to tell crew control directly.

        [[name:Ijeoma]]
    """)),
    ("aviation", "success", prose("""
        Thank you, Crew Control. I want to say thanks to [[name:Lorna]] and [[name:Femi O]] on the
        {{crew control}} desk for the {{Sunday}} my daughter was taken into hospital. I was on a {{night
        stop}} in Southampton. [[name:Lorna]] had me on the first {{positioning}} flight home, swapped my
        next three days off the {{roster}} without me having to ask, and rang me twice to check I was okay.
        No one asked me to "sort my own cover". This is what {{just culture}} looks like from the line. -
        [[name:Shona]] ({{cabin crew}})
    """)),
    ("aviation", "incident", block("""
        OCCURRENCE REPORT
        Ref: [[case_reference:ASR-2025-0214]]
        Date: [[date:09/04/2025]]   Flight: [[flight_number:FX330]]   A/C: [[aircraft_registration:G-FLXE]]
        Reporter: {{First Officer}} [[name:Dominik Ahn]]
        Category: {{Security}} / crew ID

        Narrative: On arrival at Newquay for the 06:00 report I realised my {{airside ID}} and {{crew card}} were still in the {{room safe}} at the [[organisation:Harbourside Lodge]]. The {{security}} officer at {{staff search}} let me through on my {{company ID}} and a phone photo of the pass. I then realised I should not have been allowed through and reported it to the {{duty manager}}. Hotel courier returned the pass at 06:40.

        Cause: rushed departure after 9 h 50 min {{rest}}, and the lobby pick-up was moved forward 15 min with no warning.

        Actions: airport security briefed; hotel checklist card for crews; pick-up changes to go through {{crew control}}, not the driver. No flight delay. [[name:Dominik]]
    """)),
    ("aviation", "success", prose("""
        Debrief notes - diversion to Inverness, [[date:Thursday 6 March]]. [[flight_number:FX245]]
        ([[aircraft_registration:G-OFEN]]) diverted when Kirkwall went below {{minima}}. 38 passengers and 4
        crew on the ground at 20:10 with the crew out of {{FDP}} for the return. What went well: {{crew
        control}} ([[name:Dev]]) had rooms booked at the [[organisation:Loch Ness Road Travel Inn]] before the
        aircraft was on {{stand}}, using the new {{diversion hotel list}}. The {{ground handler}} met the crew
        at the {{ramp}}. {{The captain}} [[name:Ade]] briefed passengers herself. The rostering team pulled
        the next day's pattern at 21:00 so crews had 12 hours' notice. Learning: keep the diversion list
        current and share it with the handlers.
    """)),
    ("aviation", "incident", prose("""
        {{crew hotel}} room issue LGW {{night stop}} [[date:23/3]]. checked in 22:40 at the
        [[organisation:Crawley Gateway Inn]], got key for room 318. walked in and there was a man asleep in
        the bed. he woke up, obviously v startled, no harm but i was in uniform with my bag and he could
        have been anyone. {{reception}} said {{the system}} showed it empty. gave me another room but i didnt
        sleep well after, kept checking the {{door chain}}. then found out the {{crew list}} with our names
        and room numbers was left on the front desk. reporting bc some of the {{cabin crew}} are young and on
        their own. pls can {{crew control}} ask hotels to keep crew rooms off the desk and do a room check.
        - fo [[name:tariq h]]
    """)),
    ("aviation", "near_miss", block("""
        WhatsApp - FX crew positioning
        [[date:28/01/2025]] 04:52 Capt [[name:Ewan Baird]]: Taxi here 👍 heading to airport
        [[date:28/01/2025]] 04:53 [[name:Nadia]]: which airport??? roster says {{positioning}} to PIK not GLA
        [[date:28/01/2025]] 04:54 Capt [[name:Ewan Baird]]: 🙈 driver has GLA on his sheet
        [[date:28/01/2025]] 04:55 [[name:Nadia]]: {{hotel booking}} confirmation also says Glasgow. Ringing {{crew control}}
        [[date:28/01/2025]] 05:03 [[name:Nadia]]: CC confirm PIK. [[flight_number:FX882]] is out of Prestwick today bc of the {{runway works}}. Transport was booked off the old pattern
        [[date:28/01/2025]] 05:04 Capt [[name:Ewan Baird]]: turned round. would have been 50 mins the wrong way
        [[date:28/01/2025]] 05:30 [[name:Ewan]]: all at PIK. I'll file an {{ASR}}. {{Transport bookings}} need to update with the {{roster}} pattern
    """)),
    ("aviation", "success", block("""
        Chronology - snow recovery, [[date:6-7 February 2025]]
        [[date:Thu 6 Feb]]
        15:20 Aberdeen closed. 6 aircraft out of position, 9 crews affected.
        15:45 {{Crew control}} ([[name:Lorna MacIver]]) calls in {{rostering}} lead [[name:Siobhan Garvey]] to start a recovery roster.
        17:30 Hotel rooms secured for every crew before they landed (see [[organisation:Granite House]] thanks).
        19:00 {{Recovery roster}} published; every crew called personally, not just the {{app}}.
        [[date:Fri 7 Feb]]
        05:15 All crews reported; none over {{FDP}}, none short of rest.
        07:10 First departure [[flight_number:FX201]] ([[aircraft_registration:G-FLXA]]).
        12:00 Schedule back to normal.
        What worked: a named recovery lead, calling crews rather than relying on {{push notifications}}, and hotels booked before landing. Learning for the {{ops manual}}: make the recovery lead role permanent in disruption.
    """)),
    ("aviation", "incident", block("""
        CREW CONTROL NIGHT LOG   [[date:11/04/25]]
        | Time | Item | Action | Init |
        |---|---|---|---|
        | 22:10 | [[flight_number:FX455]] crew at Belfast hotel, [[organisation:Lagan Quay Hotel]] - only 3 rooms held for 4 crew | Rang hotel on [[phone:028 9018 0446]], 4th room found 22:55 | [[name:LM]] |
        | 23:30 | Cabin crew [[name:Aisling]] rang: room next to a wedding party, no sleep possible | Moved to another floor 00:15 | [[name:LM]] |
        | 04:50 | [[name:Aisling]] called in {{fatigued}}; report time 05:40 | {{Standby}} called, [[flight_number:FX456]] delayed 1h10 | [[name:DCh]] |

        Day note: the {{hotel block booking}} for [[flight_number:FX455]] was made for a 3-crew {{ATR}} pattern but the aircraft was swapped to a Q400 with 4 crew. The {{rostering system}} does not update hotel bookings on an {{aircraft swap}}. {{ASR}} raised by [[name:DCh]].
    """)),
]

if __name__ == "__main__":
    write_records(OUT, build_records("blind184", REPORTS))
