"""Blind held-out corpus 17: a month of hand-written just-culture reports (social care, health, aviation).

Writes bench/anonymiser/corpus/heldout_blind17.jsonl deterministically. Each narrative is written in
the shared inline mark-up (`[[label:value]]` for identifiers, `{{term}}` for must-not-redact mentions)
and parsed with markup.py. Within a narrative block, single line breaks are folded into spaces, a line
starting with `|` starts a new line (pasted texts, e-mail headers, timelines), and a blank line starts
a new paragraph.

Run: python3 bench/anonymiser/blind17/make_heldout_blind17.py
"""

from __future__ import annotations

import re
import sys
import textwrap
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from markup import build_records, write_records  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "corpus" / "heldout_blind17.jsonl"

TITLE = re.compile(
    r"^(mr|mrs|ms|miss|mx|dr|prof|professor|pc|ps|ds|dc|di|sgt|capt|captain|cllr|rev|sister|nurse|hhj)"
    r"\b\.?\s",
    re.IGNORECASE,
)


def flow(block: str) -> str:
    """Fold a narrative block: line breaks become spaces, `|` lines start a new line, blank = paragraph."""
    paragraphs = []
    for para in textwrap.dedent(block).strip().split("\n\n"):
        out = ""
        for raw in para.splitlines():
            line = raw.strip()
            if line.startswith("|"):
                out += ("\n" if out else "") + line[1:].strip()
            elif line:
                out += (" " if out else "") + line
        paragraphs.append(out)
    return "\n\n".join(paragraphs)


REPORTS: list[tuple[str, str, str]] = [
    # 001
    ("social_care", "incident", """
        I'm a newly qualified social worker, six months in post, {{Child in Need}} team. On
        [[date:Tuesday 4 March]] I did an unannounced visit to [[name:Kayden Walsh]] ([[age:6]]) and his
        mum [[name:Shannon]] at [[address:14 Brackenwood Close, Seacroft, Leeds]] [[postcode:LS14 6QE]].
        Nobody in, so I left a card. Turns out the family moved two weeks ago. The new address was on the
        school's system and the housing system but not on ours (case ref [[case_reference:LCS-0448213]]).
        My manager said this happens all the time. Nobody is to blame but it meant [[name:Kayden]] wasn't
        seen for 19 days and I didn't know where he was living. Could the {{education welfare}}
        change-of-address alert go straight into the case record?
    """),
    # 002
    ("health", "near_miss", """
        Community pharmacist, [[organisation:Hollins Pharmacy]], [[address:22 Market Street, Bury]].
        {{methotrexate}} 2.5mg weekly bagged for Mrs [[name:Maureen Aitkinson]] (DOB
        [[date_of_birth:13/11/1947]]) instead of Mrs [[name:Maureen Atkinson]] (DOB
        [[date_of_birth:03/11/1941]], NHS [[nhs_number:233 108 3924]]). Caught at hand-out when I asked for
        the address and she said "that's not my road, love". We now check DOB and address for every
        high-risk drug. Lookalike-name alerts on the {{PMR}} would help.
    """),
    # 003
    ("aviation", "near_miss", """
        ASR narrative, Captain. [[date:6 March]], [[flight_number:LS1287]] ALC-LBA, {{B737-800}}
        [[aircraft_registration:G-JZHX]]. ATC kept us high and fast for traffic then offered a shortcut,
        which I accepted. At 1500ft we were two dots high with flap 15. FO [[name:Priya Nair]] called "not
        stable" at 1000ft exactly as per {{SOP}}. I continued for a few seconds because I thought we'd make
        it, then called go-around at about 800ft. Second approach uneventful. I want it recorded that
        [[name:Priya]] did the right thing and I was slow to act on it. I had the 2 hour delay on the
        outbound in my head and didn't want to add more. Good debrief afterwards, we both agreed the
        shortcut was the trap.
    """),
    # 004
    ("health", "incident", """
        ED consultant, [[organisation:Royal Preston Hospital]]. I'm writing this one myself because I was
        in charge that night and I think the system failed him rather than any individual.

        Night of [[date:Saturday 8 March]], 14 patients on corridor trolleys or chairs, 9 ambulances
        waiting outside. Mr [[name:Derek Hollis]], [[age:78]], hospital no. [[case_reference:RPH4417820]].

        |- 21:05 arrives by ambulance, handed over in the corridor, obs on a paper chart
        |- 21:40 triaged, {{NEWS2}} 5 (RR 24, HR 112, new confusion), chart clipped to the chair
        |- 22:00 to 00:30 no repeat obs documented
        |- 00:45 seen by SHO, query sepsis, escalated to me
        |- 02:15 first antibiotics, 5h10 after arrival

        He had {{urosepsis}}. He is improving on the ward and I've spoken to Mr [[name:Hollis]]'s daughter
        and apologised. This is not about the triage nurse, who had 20 people to watch and no way of
        seeing which of them were getting worse. Paper obs in a corridor are invisible - they don't trigger
        the e-obs alerts and nobody owns the chart. We need e-obs tablets for corridor areas, a named nurse
        for the corridor every shift (not just when someone remembers), and the corridor patients on the
        {{sepsis screening}} list like everyone else. I've raised this at the department governance
        meeting too.
    """),
    # 005
    ("social_care", "success", """
        what went right this month. i'm a foster carer with [[organisation:Northumberland County Council]]
        and we've had [[name:Tegan]] ([[name:Teg]] to everyone) since just after christmas, she's
        [[age:11]]. contact with her dad used to be at the family centre and was a nightmare, she would
        come back and not sleep for 2-3 nights. her social worker [[name:Ruth Armstrong]] actually listened
        to us and to [[name:teg]] and moved contact to {{saturday}} mornings at the cafe in the park, with
        the {{contact supervisor}} sat at another table. three contacts now and [[name:Teg]] has come home
        chatty every time, no wet beds. small change, big difference. credit to [[name:Ruth]] for asking
        [[name:teg]] what she wanted instead of just telling her.
    """),
    # 006
    ("aviation", "near_miss", """
        Night shift line maintenance, [[organisation:Bristol Airport]], stand 12. {{A320}}
        [[aircraft_registration:G-EZOF]] in for a No.3 main wheel change. I was called to an AOG on another
        aircraft before torquing the axle nut and handed over verbally to a colleague. The task card wasn't
        stamped but the shift handover sheet said "wheel change complete". Day shift engineer
        [[name:Callum Reid]] found the axle nut locking bolt missing on his walkround before the first
        departure ([[flight_number:EZY6013]], 06:10). Aircraft did not fly with the defect. My error -
        interruption plus verbal handover. We now have a rule of no verbal handovers on open tasks, which I
        fully support. {{MOR}} raised, ref [[case_reference:MOR-2025-03117]].
    """),
    # 007
    ("health", "near_miss", """
        RN, nights, [[organisation:Beechfield Lodge]] nursing home. At the 22:00 round I nearly gave Mr
        [[name:Albert Kowalczyk]]'s {{insulin}} to Mr [[name:Albert Kowalski]] in room 9 (not diabetic).
        Both admitted this week, both "[[name:Albert K]]", both ground floor, and the {{MAR}} photos hadn't
        been added for either of them yet. I stopped because the pen label looked different when I checked
        it against the chart a second time. No harm. I have asked the manager for a photo on the MAR before
        the first dose and a similar-name alert sticker on both doors. The agency carer on with me didn't
        know either resident so couldn't help me ID them.
    """),
    # 008
    ("social_care", "near_miss", """
        Copied from my email, sent [[date:10/03/2025]] 08:52:

        "Hi, I'm the {{DSL}} at [[organisation:Greenhill Primary School]]. [[name:Amira Hassan]] (Year 4,
        DOB [[date_of_birth:17.09.2015]]) told her class teacher this morning that her uncle hit her with a
        belt at the weekend. There is a mark on her left upper arm. She lives with mum
        [[name:Rukhsana Hassan]] at [[address:62 Firth Park Road, Sheffield]] [[postcode:S5 6WN]]. Please
        call me on [[phone:0114 496 0718]]."

        What nearly went wrong: I sent it to the old front door address
        [[email:firstcontact@sheffieldcs.org.uk]] which was switched off in {{February}}. No bounce back. I
        only realised at 2pm when nobody had rung me. I phoned through and a {{Section 47}} strategy
        discussion happened that afternoon, but [[name:Amira]] could easily have gone home to the uncle.
        Please make old addresses send an auto-reply.
    """),
    # 009
    ("health", "incident", """
        Paramedic, [[organisation:North West Ambulance Service]], on [[vehicle_registration:PN21 XKD]].
        [[date:11/03]] about 02:30, {{Cat 2}} chest pain to
        [[address:Flat 3, 41 Egerton Road, Fallowfield, Manchester]] [[postcode:M14 6RA]]. The CAD said
        flat 8. We knocked at 8 for ages, no answer, and the main door intercom wasn't working. Lost about
        12 minutes until the patient's daughter rang back. Patient was Mrs [[name:Gloria Mensah]],
        [[age:71]], inferior {{STEMI}}. Straight to PPCI at [[organisation:Wythenshawe Hospital]] and she's
        done OK as far as I know. Not the call handler's fault - the daughter was panicking and said 8.
        Suggest we always get a callback number and a landmark for flats.
    """),
    # 010
    ("aviation", "incident", """
        Cabin Manager report. [[flight_number:BA1436]] LHR-EDI, [[date:12MAR25]], {{A320neo}}
        [[aircraft_registration:G-TTNC]]. Passenger in 23C, Mr [[name:Gavin McAllister]] per the manifest,
        was drinking his own duty free vodka from about 20 minutes after take-off. When crew member
        [[name:Lauren]] asked him to stop he became verbally abusive and grabbed her wrist. I gave a verbal
        warning and then the written warning card. Captain [[name:Sarah Whitfield]] requested police on
        arrival and [[organisation:Police Scotland]] met the aircraft on stand, ref
        [[case_reference:PS-20250312-0877]]. [[name:Lauren]] was shaken and was stood down for the return
        sector. What didn't help: the gate agent at Heathrow said he seemed "a bit merry" but boarded him
        anyway because the flight was closing. {{Level 2}} disruptive passenger incident.
    """),
    # 011
    ("social_care", "incident", """
        Registered manager, [[organisation:Oakwood House]], a four-bed {{children's home}}.
        [[name:Tyler-Jay Brooks]] ([[age:15]]) didn't come back after school on
        [[date:Thursday 6th March]]. Staff reported him missing at 22:00, which is what his plan said,
        police log [[case_reference:WMP-0612-06032025]]. He was found at 03:40 at a house on
        [[address:Cheswick Street, Small Heath]] that we already knew about for {{CCE}} concerns. What went
        wrong: the updated risk assessment (report at 19:00, not 22:00) was agreed at the strategy meeting
        on [[date:3rd March]] but never uploaded, so staff were working to the old one. Three hours matters
        for a boy like [[name:TJ]]. He is safe and his return home interview was done by
        [[organisation:Catch22]] the next day.
    """),
    # 012
    ("health", "success", """
        What went right. Band 6 midwife, delivery suite, [[organisation:St Michael's Hospital]], Bristol.
        Night shift [[date:7/3/25]]. [[name:Chloe Pearce]] ([[age:29]], first baby) had a 1.8 litre
        {{PPH}} after a normal birth. Everything just worked: I pulled the emergency bell and the obs reg
        Dr [[name:Oyelaran]] and the anaesthetist were there within two minutes, the PPH box was fully
        stocked (checked that morning by our MSW [[name:Kerry]]), and the new proforma meant someone was
        scribing from the start. [[name:Chloe]] had {{carboprost}} and went to theatre for EUA, no
        hysterectomy, Hb 78 afterwards. She and baby went home on day 3. The debrief next morning led by
        [[name:Janine Okafor]], consultant midwife, was brilliant. Drills pay off.
    """),
    # 013
    ("social_care", "near_miss", """
        I've been an {{IRO}} for fourteen years and rarely fill these in, but colleagues encouraged me to.

        At the looked-after review on [[date:12 March]] for [[name:Jayden Okonkwo-Reid]] ([[age:9]]) and his
        sister [[name:Mia]] ([[age:4]]), the care plan recommended that [[name:Mia]] be placed for adoption
        on her own and that [[name:Jayden]] remain in long-term foster care. That may well be the right plan.
        But when I asked for the together-or-apart assessment, the social worker, who is new to the case and
        has been qualified less than a year, said it was on file.

        What was on file was an assessment written for a different sibling group with the names changed.
        It still mentioned a brother called "[[name:Kian]]" who doesn't exist in this family, and the
        paragraph on contact described a grandmother in Scotland. Nobody had spotted it, including the
        manager who signed it off. If I hadn't read it line by line it would have gone to the {{ADM}} and
        two children could have been separated on the strength of another family's assessment.

        I used the {{dispute resolution process}} and a proper assessment is now booked. This isn't a blame
        thing - the team has had four managers in a year and templates get recycled under pressure. Case
        no. [[case_reference:CS/2291847]], [[organisation:Wolverhampton Children's Services]].
    """),
    # 014
    ("health", "near_miss", """
        fy1 on {{AMU}}, nights [[date:13/3]]. asked to repeat a potassium on mr [[name:Harjit Singh]] bay 3
        bed 4. labelled the bottles at the nurses station from the printout not at the bedside (i know).
        the man in bed 4 was actually mr [[name:Harbans Sandhu]] - bed moves at 1am hadnt been updated on
        the board. lab rang with K 6.8 which didnt fit with anything, reg [[name:Tom]] said repeat before
        treating thank god, otherwise mr [[name:Singh]] would have had {{insulin dextrose}} he didnt need.
        hosp no [[case_reference:K1042873]], nhs [[nhs_number:8563083716]]. lesson learned, label at the
        bedside every time, even when its 4am and you have 11 jobs.
    """),
    # 015
    ("aviation", "near_miss", """
        Ramp agent, [[organisation:Swissport]], [[organisation:Manchester Airport]] T2, [[date:14.03.25]]
        approx 17:15. Driving the ops van [[vehicle_registration:MX16 GHU]] on the airside road, aircraft on
        214 started pushback with no {{wing walker}} and beacon only on as it moved. Braked hard, missed the
        tail by 2m. Think it was [[flight_number:TOM2416]]. 3 down on shift again.
    """),
    # 016
    ("social_care", "incident", """
        {{Emergency Duty Team}} social worker, [[organisation:Hull City Council]].
        [[date:Saturday 15 March]], 23:10 call from police about [[name:Lily-Rose Marsh]], [[age:3]], found
        by a neighbour in the street in her pyjamas near [[address:7 Wyke Street, Hull]]
        [[postcode:HU9 1PA]]. Mum, [[name:Danielle Marsh]], was asleep and intoxicated. I couldn't get into
        the case record remotely - the VPN token failed and the IT on-call number went to voicemail. So I
        didn't know there was a {{child protection plan}} with a named safe carer, maternal gran
        [[name:Sandra Bell]] ([[phone:07700 900415]]). Police took [[name:Lily-Rose]] to hospital under
        {{police protection}} when her gran could have had her in 20 minutes. A toddler spent the night in
        a hospital side room because of a password.
    """),
    # 017
    ("health", "incident", """
        Ward manager, Ward 23 (care of the elderly), [[organisation:Queen Elizabeth Hospital Birmingham]].
        Night of [[date:15/16 March]]. Mrs [[name:Edna Fairbrother]], [[age:88]], NHS
        [[nhs_number:515 839 0495]], high falls risk, was found on the floor beside her bed at 04:20 with a
        fractured neck of femur. She should have been in the bay with 1:4 {{enhanced supervision}} but was
        moved to a side room at 19:00 with suspected {{norovirus}} (later negative), and her sensor mat
        went to another patient. Two RNs on for 28 patients after a sickness call that couldn't be covered.
        [[name:Edna]]'s son [[name:Keith]] was phoned within the hour by the nurse in charge, which the
        family said they appreciated. {{Datix}} ref [[case_reference:W184337]]. Escalated to matron re
        staffing.
    """),
    # 018
    ("social_care", "success", """
        Nursery manager, [[organisation:Little Acorns Day Nursery]], Norwich. Want to share something that
        went right. On [[date:Monday 17th]] our {{room leader}} [[name:Gemma]] noticed a small bruise
        behind [[name:Oskar Nowak]]'s ear at nappy change (he's [[age:2]]). She remembered the {{TEN-4}}
        training from January, did a body map, and told me straight away instead of waiting until the end
        of the day. Mum, Mrs [[name:Nowak]], speaks limited English so we used a phone interpreter rather
        than asking the older cousin to translate. We rang the front door at 10.15 and [[name:Oskar]] was
        seen by the paediatrician the same afternoon. Medical view was that the explanation (fell against
        the cot) was consistent and the family are getting some support. Whatever the outcome, the process
        worked exactly how it should.
    """),
    # 019
    ("health", "near_miss", """
        {{GP partner}}, [[organisation:Riverside Medical Practice]]. A hospital letter confirming a new
        cancer diagnosis for Mr [[name:Imran Qureshi]] DOB [[date_of_birth:02/08/1968]], NHS
        [[nhs_number:848 775 2578]], was workflowed onto the record of a different patient, also Mr
        [[name:Imran Qureshi]], DOB [[date_of_birth:21/06/1990]]. Both registered with us. The younger Mr
        [[name:Qureshi]] rang confused about a {{2WW}} follow-up text. Caught before any action was taken
        on the wrong record and before the correct patient missed anything. Our admin staff do a name and
        DOB check but the letter had the NHS number on page 2 and only the name on page 1. We have added
        "check NHS number on every page" to the workflow SOP.
    """),
    # 020
    ("aviation", "near_miss", """
        {{ATCO}}, [[organisation:NATS Prestwick Centre]], [[date:17 Mar]] 0715Z. Missed a wrong readback -
        [[flight_number:EZY24QA]] cleared FL150, read back "one six zero" while I was on a landline to
        Aberdeen. {{STCA}} against [[flight_number:LOG7NK]] at FL160, avoiding action, closest 3.1nm/600ft.
        I was bandboxed with two sectors after a late sick call. Happens too often on earlies.
    """),
    # 021
    ("social_care", "incident", """
        Youth justice worker, [[organisation:Southwark Youth Justice Service]].

        [[name:Marcus Campbell-Boateng]] ([[age:16]]) was on a {{Referral Order}} and, honestly, doing well.
        He'd attended every session, was back in college three days a week and had started talking about
        an apprenticeship. On [[date:18/03]] he told me he couldn't come in the next week because he'd been
        "told to stay out of Peckham" and that "they know where I live now". He wouldn't say who.

        I recorded it on the case notes and emailed his social worker at
        [[email:daniel.ansah@southwark.gov.uk]] the same afternoon. [[name:Daniel]] was on two weeks' leave
        and there was no out-of-office, so nobody read it. I didn't chase because I assumed it had landed.

        On [[date:21 March]] [[name:Marcus]] was stabbed in the leg near [[address:Rye Lane]]. He's
        recovering at [[organisation:King's College Hospital]] and his mum is with him.

        Looking back, I should have phoned the duty desk as well as emailing. But we also need a
        {{contextual safeguarding}} referral route that doesn't depend on one person's inbox, and threats
        like this should automatically trigger a safety plan review.
    """),
    # 022
    ("health", "near_miss", """
        Scrub nurse, main theatres, [[organisation:Derriford Hospital]]. Left knee arthroscopy on the
        afternoon list [[date:Thurs 13th]]. At the {{WHO checklist}} sign-in for Mr [[name:Paul Treloar]]
        the consent form said LEFT but the arrow was on his RIGHT knee - marked by the registrar on the
        ward, who wasn't in theatre. Our {{ODP}}, [[name:Jas]], spotted it when the patient lifted the
        blanket. Procedure delayed about 40 minutes while the consultant, Mr [[name:Hammond]], re-consented
        and re-marked with the patient awake. The list was already running late and there was pressure to
        "just get going", so I want to say the checklist worked because [[name:Jas]] was confident enough
        to say stop.
    """),
    # 023
    ("social_care", "near_miss", """
        Final year student social worker on placement with
        [[organisation:Cheshire West and Chester Council]]. I was emailing the minutes of a
        {{Child in Need}} meeting about [[name:Ellie-Mae Hughes]] to her mum [[name:Kirsty]] and started
        typing the address - Outlook autofilled [[email:kirsty.hughes88@gmail.com]], which is a different
        [[name:Kirsty Hughes]] from a previous case. My {{practice educator}}, [[name:Lorraine Birch]], was
        sitting with me and told me to check before pressing send. The minutes had the home address,
        [[address:19 Lache Lane, Chester]] [[postcode:CH4 7LR]], and details of mum's domestic abuse
        history. It didn't get sent. Autocomplete is dangerous for us, can it be turned off on council
        laptops?
    """),
    # 024
    ("health", "incident", """
        Staff nurse, acute male ward, [[organisation:Hollins Park Hospital]], Warrington.
        [[name:Daniel Morrow]] ([[name:Danny]]), detained under {{Section 3}}, went AWOL during 30 minutes
        of escorted ground leave on [[date:Sun 16 March]]. The escort was a bank {{HCA}} who had never met
        him and had not been told he was at high risk of absconding after a phone call from his ex-partner
        that morning. That information was in the handover but the HCA started after handover. He was found
        by police 5 hours later at her address, [[address:9 Orford Green, Warrington]]
        [[postcode:WA2 8PT]], no injury to anyone, returned to the ward. Police ref
        [[case_reference:CHS-2025-0316-1184]]. Suggest anyone escorting has to be briefed by the nurse in
        charge, not just handed the leave form.
    """),
    # 025
    ("aviation", "success", """
        FI at [[organisation:Sherburn Aero Club]]. What went right: on [[date:19/03/25]] my student
        [[name:Harry Whitelock]] was on his qualifying solo cross-country in {{PA-28}}
        [[aircraft_registration:G-BOJW]] when the engine started running rough near Selby. He did exactly
        what we'd drilled: {{carb heat}} hot, accepted the initial extra roughness, and the engine cleared
        in about 20 seconds. He then told [[organisation:Leeds Radar]] what had happened, asked for vectors
        and came straight back instead of pressing on. He was honestly more worried about "wasting" the
        flight than about the engine. Humid, 8 degree morning; the chart showed serious icing at descent
        power and we had briefed it. Credit to [[name:Harry]], and to the club for making the carb icing
        brief mandatory.
    """),
    # 026
    ("social_care", "incident", """
        im writing this as kinship carer for my 2 grandsons [[name:Kyle]] ([[age:8]]) and
        [[name:Brandon]] ([[age:5]]), I have a {{Special Guardianship Order}}. on the [[date:20th]] there
        dad [[name:Wayne Foster]] turned up at [[organisation:St Anne's C of E Primary]] at home time and
        the new {{teaching assistant}} let [[name:kyle]] go with him because he said he was "his dad" which
        he is but he is NOT allowed unsupervised contact. [[name:Brandon]] screamed and the office stopped
        him going too. police found [[name:kyle]] at [[name:wayne]]'s flat 2 hrs later, he was fine, just
        upset. the school had the order on file, nobody told the new staff. my number is
        [[phone:07700 900862]] if anyone wants to talk to me, the social worker hasnt rung back
    """),
    # 027
    ("health", "success", """
        Health visitor, 0-19 service, [[organisation:Bradford District Care NHS Foundation Trust]]. New
        birth visit on [[date:12th March]] to [[name:Saima Bibi]] and baby [[name:Zayan]]
        ([[age:12 days]]) at [[address:48 Whetley Lane, Bradford]] [[postcode:BD8 9DH]]. Husband was in
        the room and wanted to interpret. I'd booked a face-to-face Urdu interpreter anyway, and asked the
        {{routine enquiry}} question about domestic abuse when he went to answer the door. [[name:Saima]]
        disclosed ongoing controlling behaviour and that she is not allowed her own phone. Safety plan
        made, referral to {{MARAC}} with consent, {{IDVA}} has seen her twice since. What went right:
        booking a proper interpreter even though the family said they didn't need one, and taking the
        moment when it came.
    """),
    # 028
    ("social_care", "success", """
        Team manager, [[organisation:Cornwall Council]]. Shout out: [[name:Ruby Penhaligon]] ([[age:13]])
        disclosed at 1pm on [[date:Friday 21 March]], {{strategy discussion}} held by 4pm with police,
        school, GP and {{CAMHS}} all on Teams. [[name:Ruby]] safe with her nan that night. An up-to-date
        on-call list made it possible.
    """),
    # 029
    ("health", "incident", """
        Community nurse, [[organisation:Solent NHS Trust]]. Mr [[name:Reginald Ashworth]], [[age:84]],
        lives alone at [[address:Flat 12, Harbour View, Queen Street, Portsmouth]] [[postcode:PO1 3HL]],
        NHS [[nhs_number:838 361 3369]]. His visits were cut from daily to three times a week in late
        February because of caseload pressures - we are 4 nurses down in the locality. On
        [[date:14/03/25]] I found a {{category 3 pressure ulcer}} on his sacrum which wasn't in the previous
        visit notes, although it's possible the previous visit was rushed. He sleeps in his chair and
        wasn't being repositioned. {{TVN}} referral made, equipment delivered next day, safeguarding
        concern logged. I feel this was foreseeable.
    """),
    # 030
    ("aviation", "near_miss", """
        FO report, [[date:22/3]], [[flight_number:EZY3245]] LGW-INV, {{A319}}
        [[aircraft_registration:G-EZBX]]. During cockpit prep I entered the {{ZFW}} as 52.4 instead of 62.4
        in the MCDU. I was interrupted by the dispatcher at the flight deck door about a PRM passenger and
        picked the task up again without rechecking. Captain [[name:Andrew Okoye]] caught it in the
        cross-check against the {{EFB}} performance figures before start - the V speeds didn't match. If
        it had got through, V speeds and flex temp would have been wrong for the actual weight. No blame
        from the captain, just "let's do it again from the top". I now restart the whole page after any
        interruption.
    """),
    # 031
    ("social_care", "near_miss", """
        {{Personal adviser}}, Leaving Care, [[organisation:Leicester City Council]]. Near miss.

        [[name:Precious Moyo]] ([[age:19]]) was about to lose her tenancy at
        [[address:Flat 5, 88 Belgrave Gate, Leicester]] [[postcode:LE1 3GR]] for rent arrears of just over
        £1,400. Her {{Universal Credit}} housing element had stopped in December because her NI number had
        been typed wrong on a change of circumstances - [[ni_number:JK 48 21 93 C]] entered as
        [[ni_number:JK 48 21 39 C]]. From then on the claim and her rent account didn't match and the
        payments to the landlord just stopped.

        She didn't open the brown envelopes because she was frightened of them, which anyone who has grown
        up in care will understand. I only found out because she messaged me on WhatsApp at 11pm on
        [[date:24 March]] saying the landlord had put a notice through the door.

        Next morning we went to the Jobcentre together, the claim was corrected, and the arrears were
        covered from the discretionary fund while the backdated payment goes through. She nearly became
        homeless over a typo that wasn't hers.

        Suggestion: we should be checking benefits with every care leaver within the first month of any
        new claim or change, not waiting for them to tell us something is wrong.
    """),
    # 032
    ("health", "near_miss", """
        Radiographer, CT, [[organisation:Ninewells Hospital]], [[date:Weds 19th]]. Patient sent down for a
        CT head wearing Mrs [[name:Elizabeth Crawford]]'s wristband. At the {{IR(ME)R}} ID check she told
        me she was [[name:Isobel Crawford]], [[date_of_birth:4th May 1939]]. Same bay, wrong band printed
        after a {{cannula}} change. Sent back, no scan done. This is why we ask rather than read the band.
    """),
    # 033
    ("social_care", "incident", """
        Contact supervisor, [[organisation:Brighter Futures Family Centre]]. During {{supervised contact}}
        on [[date:Mon 24/3]], dad ([[name:Lee Rowntree]]) showed [[name:Alfie]] ([[age:7]]) a photo on his
        phone of the foster carers' house and said "see, we know where you are now". I ended the contact
        and reported it straight away. It turned out a letter from the school to dad's solicitor had the
        foster carers' address, [[address:Larkspur Cottage, Moor Lane, Haxby]], in the "cc" line.
        [[name:Alfie]] had to move placement that week, his third move this year. Nobody intended this. But
        schools need to know placement addresses are confidential and letters about looked-after children
        shouldn't be copied to parents' solicitors without checking with the {{social worker}}.
    """),
    # 034
    ("health", "incident", """
        Porter, [[organisation:Salford Royal]]. Copied the texts off my phone like you asked:

        |[[date:25/03]] 14:02 me: mate lift C by ED stuck again, got a pt on a trolley in it
        |14:03 [[name:Gaz]]: which floor
        |14:03 me: between 1 and 2. mrs [[name:Ahmed]] from {{resus}} going to CT, nurse with us
        |14:10 me: still stuck rang estates [[phone:0161 496 0237]] no answer
        |14:31 [[name:Gaz]]: [[organisation:Otis]] engineer on his way

        She was in the lift 41 minutes and the nurse had to swap to the spare {{oxygen cylinder}}. Third
        time this month that lift has stuck. Someone is going to die in there.
    """),
    # 035
    ("aviation", "incident", """
        Turnaround coordinator, [[organisation:Menzies Aviation]], [[organisation:Glasgow Airport]].
        [[date:26 March]], [[flight_number:TOM1452]] GLA-TFS, {{B737 MAX 8}}
        [[aircraft_registration:G-TUMF]]. A passenger's electric wheelchair was loaded in the hold with the
        {{lithium-ion}} battery still fitted and it was not on the {{NOTOC}}. The special assistance team
        had been told at check-in that the battery was removable but the handover to the ramp didn't
        happen. Found by the ground crew at Tenerife when unloading, battery warm but no damage. Passenger
        was Mrs [[name:Catherine Doyle]], booking ref [[case_reference:X7KQ2M]]. We were two short on the
        ramp and the aircraft pushed back 12 minutes late.
    """),
    # 036
    ("social_care", "incident", """
        Social worker, intake and assessment, [[organisation:Cardiff Council]].

        On [[date:18.03.25]] I did a joint visit with an agency Tigrinya interpreter to
        [[name:Selam Tesfaye]] and her son [[name:Abel]] ([[age:8]]) at
        [[address:23 Clive Street, Grangetown]] [[postcode:CF11 6HQ]], following a referral from school
        about bruising. The visit went well at the time. [[name:Selam]] was open with me about how hard
        things had been since her husband left and agreed to an assessment.

        What I didn't know was that the interpreter recognised [[name:Selam]] from church. I found out a
        week later that she had talked to other people in the community about the visit. [[name:Selam]]
        has since withdrawn from the assessment, won't answer the door, and told the school she feels
        ashamed to go to church.

        I should have asked the interpreter at the start whether they knew the family - it's in our
        guidance under the {{Social Services and Well-being (Wales) Act 2014}} code, but it slipped on a
        rushed end-of-day visit. The agency has been told and the interpreter won't be used with this family
        again. The {{interpreter}} booking form doesn't ask about conflicts of interest. It should.
    """),
    # 037
    ("health", "incident", """
        Ward pharmacist, [[organisation:Leicester Royal Infirmary]]. Mr [[name:Dennis Whitaker]], NHS
        [[nhs_number:678 620 5771]], has a documented {{penicillin}} allergy (anaphylaxis in 2009, on his
        GP summary care record). He was given IV {{co-amoxiclav}} in ED at 02:00 on [[date:27/03]].
        Developed a widespread urticarial rash and wheeze within 20 minutes, treated with IM adrenaline,
        recovered, transferred to the ward. Cause: the allergy field in ePMA defaults to "not yet assessed"
        and the prescriber, a locum, assumed it meant none. He was confused and couldn't tell anyone. I'd
        like the field to be mandatory before any antibiotic can be prescribed. Patient and wife informed
        and {{Duty of Candour}} completed.
    """),
    # 038
    ("social_care", "success", """
        Adoption social worker, [[organisation:Adoption Counts]]. Wanted to share what went right with
        [[name:Aaliyah]]'s move to her adoptive parents [[name:Sam]] and [[name:Jo]]. She was
        [[age:18 months]] and had been with foster carers [[name:Bernadette]] and [[name:Mike Dunne]] since
        birth. We used the {{Moving to Adoption}} model: [[name:Sam]] and [[name:Jo]] spent time in the
        foster home first, [[name:Bernadette]] came to the adopters' house for the first bedtime, and the
        foster family still visited after the move. At the review on [[date:25 March]] [[name:Aaliyah]] was
        settled, sleeping and eating well, and reaching for [[name:Bernadette]] happily without distress. It
        took more time and more mileage but it was worth every minute.
    """),
    # 039
    ("health", "near_miss", """
        NICU, [[organisation:Jessop Wing]], [[date:Thursday 20/3]]. {{EBM}} labelled for
        [[name:Noah Whitfield]] nearly given to twin 1 [[name:Arjun Gill]] ([[case_reference:J2209431]]),
        same fridge shelf, handwritten labels. Milk scanner caught it against [[name:Arjun]]'s wristband.
        No harm. Please keep the scanners - some staff still skip scanning on nights.
    """),
    # 040
    ("aviation", "success", """
        Cabin crew, [[organisation:Jet2]], [[flight_number:LS811]] MAN-ACE, [[date:28/03]]. About 2 hours
        in, a passenger, Mr [[name:Tomasz Zieliński]] ([[age:54]]), collapsed in the aisle by row 19. We put
        out a PA for medical help and Dr [[name:Fiona Galbraith]], a GP travelling with her family, came
        forward. His wife told us he's type 1 diabetic and had skipped breakfast. Blood sugar was 2.1 on his
        own meter. We gave {{glucose gel}} from the first aid kit and orange juice once he could swallow,
        and the captain spoke to {{MedLink}}, who agreed we could continue. He recovered and walked off at
        Lanzarote. What went right: the crew all knew where the kit was, and the captain handled the
        MedLink call so the cabin could focus on the patient.
    """),
    # 041
    ("social_care", "near_miss", """
        Social worker, {{Gateway}} team, [[organisation:Belfast Health and Social Care Trust]]. A
        [[organisation:PSNI]] notification about a domestic incident at [[address:14 Glenalina Park]]
        [[postcode:BT12 7HE]] on the night of [[date:16 March]], with children [[name:Oisín McCann]]
        ([[age:5]]) and [[name:Cara]] ([[age:2]]) present, sat unread for three days over the
        {{bank holiday}}. It came in via an old generic inbox that is only checked Monday to Friday. Nobody
        was hurt in that time and mum has engaged with us since, but the perpetrator was released on the
        [[date:17th]] and could have gone back. We only found it because a colleague went looking for
        something else. Asked for the old inbox to be closed and for the [[organisation:PSNI]] to use the
        current address.
    """),
    # 042
    ("health", "incident", """
        Health advisor, NHS 111, [[organisation:Integrated Care 24]]. Call on [[date:Saturday 29 March]] at
        10:14 from [[name:Jordan Reilly]] about his son [[name:Finn]] ([[age:4]]), temperature and a rash.
        I followed {{NHS Pathways}} and asked about the {{glass test}}; dad said the spots faded.
        Disposition was a GP callback within 6 hours. The callback happened at 17:30 and [[name:Finn]] was
        sent straight to ED where he was treated for {{meningococcal septicaemia}}. I've since listened
        back. Dad's answer about the glass test was actually "I think so, I've not got a glass". I took
        that as a yes. I should have asked him to press with something else or look again. [[name:Finn]] is
        recovering in PICU. Caller number [[phone:07700 900239]], NHS no. [[nhs_number:916 924 0744]].
    """),
    # 043
    ("social_care", "success", """
        {{Named Person}}, depute head at [[organisation:Dalmarnock Primary School]], Glasgow. Something that
        went right this month. [[name:Lewis McGinley]], P5, was coming in hungry and falling asleep in
        class. Instead of going straight to a referral we used the wellbeing wheel with him and then met
        mum, [[name:Donna]], at the school gate rather than calling her into the office. It turned out she'd
        been sanctioned and was skipping meals so the kids could eat. Same day we got her to the money
        advice worker (her NI number [[ni_number:SL 904217 D]] was on the wrong claim, which was half the
        problem) and to [[organisation:Parkhead Foodbank]], and the school covered breakfast club. Three
        weeks later [[name:Lewis]] is awake and his attendance is up. {{GIRFEC}} done properly is just being
        human.
    """),
    # 044
    ("health", "incident", """
        {{PTS}} driver, [[organisation:E-Zec Medical]], vehicle [[vehicle_registration:YK70 FBO]].
        [[date:25/03/2025]] about 06:40, collecting Mr [[name:Winston Clarke]] ([[age:67]]) from
        [[address:31 Chapeltown Road, Leeds]] [[postcode:LS7 3AP]] for {{dialysis}} at
        [[organisation:St James's University Hospital]]. The tail lift stopped halfway up with him in his
        wheelchair on it. The safety bar held but the chair tipped back a bit and he banged his elbow. I
        got him down using the manual override. He was shaken but didn't want to miss dialysis so I took
        him in and handed over to the unit nurse, who checked him. The lift had been reported as "sticking"
        on the vehicle defect sheet twice last week and was still signed off as OK.
    """),
    # 045
    ("aviation", "success", """
        Commander, {{S-92}} [[aircraft_registration:G-CKZX]], [[organisation:Bristow]] flight
        [[flight_number:BHL23B]] out of [[organisation:Aberdeen Airport]], [[date:27 March]]. Third sector
        of the day, crew change flight to a northern North Sea installation, wind 28kt, good visibility.

        On short finals the deck was called green by the {{HLO}}. My co-pilot [[name:Eilidh MacLeod]], who
        was PM, saw a crane boom slewing towards the deck sector from the east side. I was looking at the
        deck and the wind sock and didn't see it. She called "go around, crane" clearly and I went around
        immediately - no discussion, which is exactly what we'd briefed at the start of the day.

        We held off for about six minutes while the installation sorted it out. The crane operator hadn't
        been told we were inbound because the radio operator was changing shift and the handover didn't
        include the helicopter ETA. Second approach fine once the crane was parked and confirmed.

        What went right: [[name:Eilidh]] spoke up immediately even though she is new on type and it was her
        first trip with me. Our go-around brief ("either pilot, any time, no debate") was said out loud,
        not assumed. Reported via our SMS and the installation has changed its crane and helideck
        procedure so the crane stops on the first call from the aircraft, not on the radio operator's.
    """),
    # 046
    ("social_care", "incident", """
        Supervising social worker, [[organisation:Horizon Family Fostering]].

        On [[date:Fri 14/3]] at 7pm our carers [[name:Dev]] and [[name:Anjali Mistry]] took an emergency
        placement of [[name:Shay]] ([[age:6]]) from the local authority. The only information they were
        given was his name, his school and "no known health issues". No placement information record, no
        health details, nothing about routines or what he likes to eat.

        On the {{Sunday}} afternoon he ate a cereal bar from the cupboard that contained peanuts. Within
        minutes his lips were swelling and he was wheezy. [[name:Anjali]] called 999 and the ambulance
        crew gave adrenaline. He was observed overnight at [[organisation:Queen's Medical Centre]] and is
        fine now.

        It turned out his nut allergy and {{EpiPen}} prescription were on his GP record, his mum had told
        the social worker at the point of removal, and it was written in the case notes. It just never
        reached the carers, because the out-of-hours placement request form doesn't have an allergy or
        medication field.

        Carers shouldn't be going in blind. The {{placement plan}} is due within 72 hours, but allergies,
        medication and anything life-threatening need to travel with the child on day one.
    """),
    # 047
    ("health", "success", """
        Physio, stroke unit, [[organisation:Morriston Hospital]]. [[name:Gwyneth Pritchard]] ([[age:76]]),
        first language Welsh, was admitted after a left {{MCA}} stroke. After the first week she was barely
        engaging, and we'd put it down to low mood. Our HCA [[name:Lowri]] is a Welsh speaker and started
        doing the therapy sessions with me in Welsh. Within days Mrs [[name:Pritchard]] was following
        commands she "couldn't" follow before - she had lost much of her second language, which can happen
        after stroke and we hadn't thought of. Her {{NIHSS}} improved and she went home with the early
        supported discharge team, who sent a Welsh-speaking therapist. Lesson: ask about first language on
        admission, and use the staff we already have.
    """),
    # 048
    ("social_care", "near_miss", """
        Child protection conference chair, [[organisation:Derby City Council]]. Conference on
        [[date:31/3/2025]] for [[name:Harley]] ([[age:6]]) and [[name:Skye Beresford]] ([[age:3]]). Reading
        the pack the day before, I noticed the police report contained the address of the maternal
        grandmother who had made the referral, [[address:5 Rosehill Street, Derby]] [[postcode:DE23 8FZ]],
        and quoted her by name. The pack was due to go to parents that afternoon. I stopped it and asked for
        {{third party information}} to be redacted. Dad has a history of violence and grandma lives two
        streets away. If that had gone out she would have been at real risk. Business support are brilliant
        but they're not social workers and shouldn't be the last check. Asked for the {{ICPC}} checklist to
        include a redaction sign-off.
    """),
    # 049
    ("health", "near_miss", """
        Anaesthetic registrar, emergency theatre, [[organisation:Royal Infirmary of Edinburgh]],
        [[date:28.3.25]], about 3am. Ms [[name:Niamh Doherty]], [[age:31]], lap appendix. Drew up
        {{metaraminol}} and {{ondansetron}} in identical 10ml syringes, bleeped before labelling the second.
        At emergence I picked up the unlabelled one meaning to give ondansetron. ODP [[name:Graham]] asked
        "what's in that?" and I couldn't be sure. Binned it and drew up fresh. Never leave a syringe
        unlabelled, even for a moment. I knew that.
    """),
    # 050
    ("aviation", "success", """
        Watch manager, {{RFFS}}, [[organisation:Newcastle International Airport]]. [[date:20 March]], local
        standby for {{ATR 72}} [[aircraft_registration:G-LMRA]] ([[flight_number:LM623]]), hydraulic
        caution. In position inside 90 seconds. Landed OK, hot brakes confirmed at 380 degrees on the new
        thermal camera, pax kept on board until cooled. Camera and discrete frequency both worked really
        well.
    """),
    # 051
    ("social_care", "incident", """
        {{Early Help}} practitioner, [[organisation:Stoke-on-Trent City Council]]. I've copied our texts:

        |[[date:Tue 18/3]] 09:14 me: Hi [[name:Chantelle]] it's [[name:Bev]] from Early Help, still ok for
        11?
        |09:40 [[name:Chantelle]]: no sorry [[name:Kai]] been up all nite with his chest cant do today
        |09:41 me: ok hope he's better, what about thurs?
        |[[date:Thu 20/3]] 10:55 [[name:Chantelle]]: not in sorry x

        That's the 5th cancellation since February. I hadn't seen [[name:Kai]] ([[age:4]]) for six weeks.
        On [[date:22 March]] he was admitted to [[organisation:Royal Stoke]] with a severe asthma attack and
        the ward raised concerns about damp and mould at home. Early Help is voluntary, and our procedure
        has no threshold for step-up to social care when a family disengages. There should be.
    """),
    # 052
    ("health", "incident", """
        Discharge coordinator, [[organisation:James Paget University Hospital]].

        On [[date:21/03]] Mrs [[name:Irene Baxter]] ([[age:90]]), NHS [[nhs_number:385 589 4949]], was sent
        home by ambulance to her old address, [[address:47 Hawthorn Avenue, Gorleston]]
        [[postcode:NR31 7HP]]. That house has been empty since she moved in with her daughter
        [[name:Carol]] in January. The daughter's address was on the ward whiteboard and in the nursing
        notes, but the demographics on PAS were never updated, and transport books off PAS.

        The crew found the house locked and empty. They couldn't get hold of anyone on the ward for 40
        minutes and eventually brought her back. She'd been in the ambulance for over two hours and was
        cold and very distressed. [[name:Carol]] had been waiting at home all afternoon and rang us in a
        panic.

        Nobody here did anything unusual - this is how the process works. {{Discharge to assess}} means
        we're moving people fast, so the address check has to be built into the {{TTO}} and transport
        booking step, not left to whoever happens to fill in the form.
    """),
    # 053
    ("aviation", "incident", """
        B1 licensed engineer, base maintenance at [[organisation:Cardiff Airport]]. During a check on
        {{ATR 72-600}} [[aircraft_registration:G-ISLK]] I fitted a hydraulic pressure hose with the wrong
        dash number. Both hoses look identical and sit in adjacent bins in stores; the {{IPC}} effectivity
        page for this airframe had been superseded and the printed copy in the hangar was out of date.
        Duplicate inspection didn't pick it up because it checks security and leaks, not part number. The
        aircraft flew 4 sectors before a licensed colleague, [[name:Rhys Pritchard]], noticed the tag during
        a daily check on [[date:12 March]]. No leak or failure. MOR [[case_reference:OR-2025-1447]]. Printed
        IPC pages are now banned in the hangar.
    """),
    # 054
    ("health", "near_miss", """
        Practice manager, [[organisation:Castle Street Surgery]]. Pasting the email chain as it explains it
        better than I can:

        |From: [[name:Sue Pickering]] <[[email:sue.pickering@nhs.net]]>
        |Sent: [[date:19 March 2025]] 16:02
        |To: Dr [[name:Basu]]
        |Subject: {{2WW}} referral - [[name:Geoffrey Lamb]] - [[nhs_number:270 817 7931]]

        Hi Dr [[name:Basu]], our weekly tracker shows no appointment booked for Mr [[name:Lamb]]'s suspected
        lower GI referral sent on [[date:5 March]]. When I looked in {{e-RS}} it had been returned by the
        hospital on the [[date:6th]] as "incomplete - no FIT result" and nobody here saw the rejection. The
        rejection notice goes to the referrer's worklist and you were on leave that week. I've re-sent with
        the FIT attached today and rung the booking team, who have squeezed him in next {{Tuesday}}.
        |[[name:Sue]]

        |From: Dr [[name:Basu]]
        |Sent: [[date:19 March 2025]] 17:40
        |Subject: RE: 2WW referral

        Thanks [[name:Sue]], great catch. Can we make sure rejected referrals go to the shared admin inbox
        as well as the referrer? I'll ring Mr [[name:Lamb]] tomorrow to explain.

        He was seen on [[date:25 March]]. Two weeks lost, no harm we know of yet, but without the tracker
        it would have been missed entirely. Rejections now go to the shared inbox.
    """),
    # 055
    ("social_care", "success", """
        {{Children's Guardian}}. [[name:Leo Harrington]] ([[age:10]]) wrote a letter to the judge saying he
        didn't want to go back to dad's but didn't want dad to think he hated him. HHJ [[name:Mansfield]]
        read it in court and wrote back to [[name:Leo]] in plain language before the final hearing on
        [[date:26 March]]. His carer says he keeps it in his drawer. Ten minutes of court time. More of this
        please.
    """),
    # 056
    ("health", "success", """
        Staff nurse, medical ward, [[organisation:Ysbyty Gwynedd]]. On [[date:Sunday 23rd]] I was doing
        2am obs on Mr [[name:Emyr Roberts]] ([[age:69]]), NHS [[nhs_number:483 881 3406]], two days post
        admission with a chest infection. His {{NEWS2}} had gone from 2 to 6 in four hours - resp rate 26,
        new confusion. I escalated to the night registrar who came within 15 minutes, bloods and lactate
        done, {{Sepsis Six}} completed inside the hour. He didn't need HDU and is back to his usual self.
        What went right: the e-obs alert went to the right bleep, the reg came without arguing, and the HCA
        [[name:Siân]] flagged that he "wasn't himself" before the score even changed. Listen to the HCAs.
    """),
    # 057
    ("aviation", "incident", """
        Private pilot, 180 hrs. [[date:22 Mar]], {{C152}} [[aircraft_registration:G-BSZW]] out of
        [[organisation:Wellesbourne Mountford]]. Infringed the Birmingham {{CTR}} by ~1.5nm - moving map on
        my phone was zoomed out and the boundary wasn't showing, and I wasn't on a frequency. Birmingham
        held an arrival for several minutes. Doing the infringement course. Set your maps up properly.
    """),
    # 058
    ("health", "near_miss", """
        hca nights ward 7 [[organisation:scunthorpe general]]. [[name:bob]] (mr [[name:robert ellis]]) bed
        12 nearly got a cuppa at 5am, hes {{nil by mouth}} for theatre, sign fell down behind the bed.
        daughter [[name:lisa]] stopped me. need better signs
    """),
    # 059
    ("aviation", "near_miss", """
        Copy of my fatigue report email to Crewing:

        |Subject: Fatigue report [[date:29MAR]] [[flight_number:BA2710]]/[[flight_number:BA2711]]

        0540 report after a late finish ({{FTL}} legal, 10h30 rest), re-rostered at 2200 to an extra
        sector. By sector 3 I set the wrong QNH and my captain [[name:Ollie Granger]] caught it. Declared
        unfit for the last sector. Third minimum-rest turn into the {{WOCL}} this month. Staff no.
        [[case_reference:412775]].
    """),
    # 060
    ("social_care", "success", """
        Family support worker, [[organisation:Plymouth Family Hub]]. I'd like to recognise my colleague
        [[name:Sophie Trethewey]]. On [[date:Wednesday 26th]] she was doing a home visit to
        [[name:Jade Lavers]] and baby [[name:Ronnie]] ([[age:7 weeks]]) at
        [[address:12 Beaumont Place, St Judes]] [[postcode:PL4 8AX]]. [[name:Jade]] seemed flat and said
        she hadn't slept. [[name:Sophie]] didn't just tick the box - she used the
        {{Edinburgh Postnatal Depression Scale}} and [[name:Jade]] scored 19, with a yes on the self-harm
        question. [[name:Sophie]] stayed with her, called the GP who saw her that afternoon, and made sure
        the {{perinatal mental health}} team picked it up the next day. [[name:Jade]] told us later she'd
        planned to leave the baby with her mum and "not come back". [[name:Sophie]]'s calm and persistence
        made the difference.
    """),
]


def main() -> None:
    records = build_records("blind17", [(domain, kind, flow(block)) for domain, kind, block in REPORTS])
    for rec in records:
        rid, text, spans = rec["id"], rec["text"], rec["spans"]
        assert 1 <= len(rec["negatives"]) <= 3, (rid, len(rec["negatives"]))
        for s in spans:
            value = text[s["start"]:s["end"]]
            if s["label"] == "name":
                assert not TITLE.match(value) and not value.endswith("\u2019s"), (rid, value)
            # every other occurrence of the same identifier text must be labelled too, case-insensitively
            # (ages are too short); for names, each part of the name (first name, surname) as well
            needles = {value} if s["label"] != "age" else set()
            if s["label"] == "name":
                needles |= {part for part in re.split(r"[\s\-]+", value) if len(part) >= 2}
            for needle in sorted(needles):
                for m in re.finditer(r"(?<!\w)" + re.escape(needle) + r"(?!\w)", text, re.IGNORECASE):
                    assert any(x["start"] <= m.start() and m.end() <= x["end"] for x in spans), \
                        (rid, "unlabelled repeat", needle)
    write_records(OUT, records)


if __name__ == "__main__":
    main()
