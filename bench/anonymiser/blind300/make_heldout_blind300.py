"""Held-out blind corpus 300: fifty hand-written UK incident, near-miss and success reports.

Written blind (without sight of the de-identifier or of any other corpus) to measure how well
the anonymiser generalises. Every person, organisation, place and number is invented.

Settings:
  * social_care - a supervised contact centre (17 reports)
  * health      - a renal dialysis unit (17 reports)
  * aviation    - a microlight club (16 reports)

Styles are deliberately mixed: rushed lower-case notes with typos and txt-speak, formal
narratives, timed chronologies, forms with Name/DOB/Ref/Address fields, e-mails with headers
and signatures, chat exports (Teams, WhatsApp, Slack), handover notes, minutes with attendance
and apologies, pipe-separated tables, RT transcripts, and shout-outs / thank-you notes.

Identifiers are marked [[label:value]]; must-not-redact mentions (roles, national bodies,
clinical terms, drugs, equipment, aircraft types, generic days and times, place types and
initialisms that are not people) are marked {{term}}.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from markup import block, build_records, write_records  # noqa: E402
from markup import flow as prose  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "corpus" / "heldout_blind300.jsonl"

REPORTS = [
    # ------------------------------------------------------------------ social care
    ("social_care", "incident", prose("""
        contact sesh today [[date:tues 4th]] - {{dad}} [[name:wayne]] turned up 20 mins late n smelt
        of {{alcohol}}. told him cant go ahead as per the {{written agreement}}. he got v loud in
        {{reception}} + swore at [[name:bev]] on the desk. kids [[name:kayden]] ([[age:6]]) n
        [[name:lexi-mae]] ([[age:4]]) were already in {{family room 2}} with the
        {{contact supervisor}} so didnt hear most of it thank god. rang {{allocated SW}}
        Ms [[name:Oduya]] at 4.10 no answer, left vm. {{duty}} rang back 4.40. [[name:wayne]]
        drove off in silver corsa [[vehicle_registration:KX63 WLD]] prob over the limit?? reported
        to {{police}} on {{101}}, log no [[case_reference:0377/04/06]]. kids went back w/
        {{foster carer}} fine. need {{risk assessment}} updated b4 next session pls. [[name:bev]]
        shaken but ok, had a cuppa
    """)),
    ("social_care", "near_miss", prose("""
        At the end of the {{supervised session}} on [[date:Saturday 16 March]], a woman came to the
        {{front desk}} at [[organisation:Bridgeway Family Contact Centre]] saying she was
        [[name:Tiana]]'s aunt and that {{Mum}} had asked her to collect. [[name:Tiana]] is a
        [[age:5-year-old]] placed with Mrs [[name:Hope Adeyemi]] under {{Section 20}}. The
        {{collection plan}} on file ([[case_reference:BFC/0412]]) names only Mrs [[name:Adeyemi]]
        and the {{allocated social worker}}. Our {{contact worker}}, [[name:Jozef Wiśniewski]], asked
        for ID; the woman became irritated and left without giving a name. [[name:Tiana]] stayed in
        the {{playroom}} with [[name:Jozef]] until Mrs [[name:Adeyemi]] arrived at 16:05. The
        {{Centre Manager}} informed the {{social worker}}, [[name:Callum Reid-Mensah]] of
        [[organisation:Harrowfield Council]], the same evening. Learning: the collection list worked,
        but the {{inner door}} was on the latch, so the visitor reached the {{corridor}} before
        anyone challenged her. Latch reset and staff reminded at the {{team huddle}}.
    """)),
    ("social_care", "success", block("""
        From: [[name:Marguerite Lacroix]] <[[email:marguerite.lacroix@harrowfield.gov.uk]]>
        To: Contact Team <[[email:contact.team@bridgewayfcc.org.uk]]>
        Date: [[date:Fri 22 March 2024]] 09:12
        Subject: Thank you - [[name:Amara]] and [[name:Dom]]

        Dear all,

        A proper thank you to [[name:Sunny]] and [[name:Pat]] for {{Tuesday}}'s session. {{Dad}} had
        not seen the children for 14 months after the {{Child Arrangements Order}} was varied and
        [[name:Amara]] ([[age:9]]) was very anxious. [[name:Sunny]] met her in the {{quiet room}}
        first and used the {{Signs of Safety}} three houses sheet, and [[name:Pat]] kept {{Dad}}
        focused on the {{contact plan}} when he started on about the {{court}} case. The
        {{contact notes}} were factual and arrived by 5pm, which made my {{CIN}} review much easier.
        [[name:Dom]] has already asked when he can come again!

        Kind regards,
        [[name:Marguerite]]

        [[name:Marguerite Lacroix]] | {{Senior Practitioner}}
        [[organisation:Harrowfield Council]] {{Children's Social Care}}
        [[phone:01632 960 418]]
    """)),
    ("social_care", "incident", block("""
        CHRONOLOGY - contact [[case_reference:CC-24-1187]] - [[date:02/04/24]]
        13:58 {{Mother}} ([[name:Kerry-Ann Bright]]) arrives, signs in, bag checked per {{visitor protocol}}.
        14:02 [[name:Leo]] ([[age:11]]) brought down by {{escort}} [[name:Faith]].
        14:20 {{Mum}} hands [[name:Leo]] a birthday card. Supervisor [[name:R.S.]] reads it before passing
              it on - note inside with a new mobile [[phone:07700 900 562]] and "message me on snap x".
        14:21 [[name:R.S.]] removes the note and explains that {{direct contact}} is not agreed in the
              {{contact plan}}. {{Mum}} tearful, says [[name:Leo]] "deserves to talk to his own mother".
        14:35 Session continues, calm. [[name:Leo]] quietly asks [[name:R.S.]] if he can have the number.
        15:00 Session ends. Note retained and photographed for the file.
        15:20 {{DSL}} informed. {{Allocated SW}} [[name:Dwayne Ofori]] e-mailed, {{IRO}} copied.
        15:45 [[name:Faith]] and [[name:R.S.]] debriefed with {{Centre Manager}}.
    """)),
    ("social_care", "near_miss", block("""
        [[date:18/04/2024]], 09:41 - [[name:Grace Mbeki]]: morning! {{sat}} rota has Mr [[name:Cooper]] in rm 1 at 10:00 and his ex in rm 3 at 10:15. theres a {{non-molestation order}} isnt there??
        [[date:18/04/2024]], 09:44 - [[name:Ifeoma]]: omg yes. shes meant to arrive 30 min AFTER him and leave first. who booked it
        [[date:18/04/2024]], 09:45 - [[name:Grace Mbeki]]: new {{bank worker}} i think. not their fault, the {{booking screen}} doesnt show the {{flag}}
        [[date:18/04/2024]], 09:52 - [[name:Ifeoma]]: moved her to 11:00 (ref [[case_reference:BFC/0538]]), rang her on [[phone:07700 900 219]] she's fine with it
        [[date:18/04/2024]], 09:53 - [[name:Dan H]]: ill put it on the agenda for {{wed}}. can {{IT}} make the flag show on the booking screen
        [[date:18/04/2024]], 09:55 - [[name:Grace Mbeki]]: 👍 logging on {{Datix}} as a near miss now
    """)),
    ("social_care", "incident", block("""
        ACCIDENT / INJURY FORM - [[organisation:Bridgeway Family Contact Centre]]
        Child name: [[name:Mateo Fernández-Ruiz]]
        DOB: [[date_of_birth:09/11/2019]]
        Ref: [[case_reference:BFC/0617]]
        Address: [[address:Flat 3, 27 Linnet Walk, Harrowfield]] [[postcode:HF4 2QT]]
        Date of incident: [[date:27 April 2024]]   Time: 11:25
        Location: {{Family Room 1}} ({{toddler corner}})
        Description: [[name:Mateo]] trapped two fingers of his left hand in the {{hinge side}} of the
        door when {{Dad}} closed it behind him. Crying. {{First aider}} [[name:Joy Achterberg]]
        applied a {{cold compress}}; no {{swelling}} or {{bleeding}} seen. {{Dad}} and [[name:Joy]]
        stayed with him and he settled within 10 mins.
        Parent/carer informed: {{foster carer}} by phone 11:40.
        Action: {{finger guard}} requested for door 1 (only doors 2 and 3 have them). {{Body map}} done.
        Completed by: [[name:J. Achterberg]]
    """)),
    ("social_care", "success", block("""
        [[organisation:Bridgeway FCC]] - Practice Meeting - [[date:8 May 2024]]
        Present: [[name:Marek Nowak]] ({{Centre Manager}}, chair), [[name:Sunita Pillai]], [[name:Grace Mbeki]],
        [[name:Dan Hewitt]], [[name:Ifeoma Eze]], [[name:Will Trayford]]
        Apologies: [[name:Rose]] (leave), [[name:Bartosz Krawiec]]

        1. Good catch - {{booking screen}}. [[name:IE]] and [[name:GM]] spotted two parents under a
           {{non-molestation order}} booked with overlapping slots. {{IT}} have now added a red banner.
           Agreed this is a model near miss report and will be shared.
        2. Shout-out: [[name:Will]] sat with [[name:Ahmad]] ([[age:13]]) in the garden for 40 mins when he
           refused to come in, and the session went ahead. The {{Children's Guardian}} ({{Cafcass}})
           fed back that it was the first contact [[name:Ahmad]] has described as "alright".
        3. {{Safeguarding supervision}} dates - [[name:MN]] to circulate.

        Actions: [[name:WT]] to write item 2 up as a {{learning note}} for the {{newsletter}}.
    """)),
    ("social_care", "incident", block("""
        [[name:Sunita Pillai]]  10:02
        has anyone seen this?? [[name:Kyle]]'s dad has posted a video from {{sat}}'s session on his socials, you can see [[name:kyle]]'s face, the {{playroom}} and [[name:Dawn]] in the background

        [[name:Marek Nowak]]  10:05
        oh no. he signed the {{no-recording agreement}} at intake. do we know how he filmed it?

        [[name:Dawn Achebe]]  10:06
        Must have been when I went for the juice, his phone was on the table facing the room. Sorry

        [[name:Marek Nowak]]  10:09
        Not on you [[name:Dawn]]. [[name:Sunita]] can you screenshot it and send to me. Ill ring the {{SW}} and ask the {{legal team}} about getting it taken down, [[name:Kyle]] is in {{care proceedings}}

        [[name:Sunita Pillai]]  10:11
        done. also his ref is [[case_reference:BFC/0591]] for the {{Datix}}

        [[name:Marek Nowak]]  10:40
        Spoke to {{SW}}. Dad has agreed to delete, next session {{phones in lockers}} for everyone
    """)),
    ("social_care", "near_miss", block("""
        HANDOVER sat pm -> sun am
        - Rm 2 fam ([[name:Hussain]]): {{allergy}} on file for [[name:Zara]] ([[age:3]]) - {{peanut}}, has an
          {{EpiPen}}. Nan brought satay crisps!! caught at {{bag check}}, Nan didnt know. no exposure,
          [[name:Zara]] fine, {{EpiPen}} in bag + in date.
        - allergy is NOT on the {{visitor sheet}}, only on the {{child profile}} - can we add it pls
        - Rm 4: [[name:Bill]] ({{dad}}) asked again re extra sessions, told him to speak to his {{SW}}
        - {{fire alarm}} test {{Sun}} 10:00 - warn families
        [[name:ola]]
    """)),
    ("social_care", "success", prose("""
        ⭐ SHOUT-OUT ⭐ Massive thanks to [[name:Shay]] for {{Sunday}}. Little [[name:Ruby-Jo]]
        ([[age:2]]) had a full {{meltdown}} when {{Grandad}} walked in wearing a {{hi-vis}} jacket (it
        reminded her of the night the {{police}} came) and [[name:Shay]] got straight down on the floor,
        asked {{Grandad}} to take the jacket off, hung it in the {{office}} and did {{bubbles}} with her
        until she calmed. Session went ahead and {{Grandad}} cried at the end in a good way. That's
        what we're here for. - [[name:Marek]] ({{CM}})
    """)),
    ("social_care", "incident", block("""
        Session log w/c [[date:13 May]] - room cover
        Date  | Room | Family ref | Supervisor    | Notes
        [[date:13/05]] | 1    | [[case_reference:BFC/0702]]   | [[name:DH]]            | ok
        [[date:14/05]] | 3    | [[case_reference:BFC/0688]]   | [[name:Amber]] ({{bank}})  | [[name:Amber]] called to {{reception}} 10 min, family unsupervised
        [[date:15/05]] | 2    | [[case_reference:BFC/0702]]   | [[name:Ifeoma]]        | ok

        Comment: on [[date:14/05]] only two staff were on site as [[name:Gwen Parry-Jones]] was off sick and
        no bank cover was found. {{Father}} ([[name:Stelian Popescu]]) was left alone with
        [[name:Ana]] ([[age:8]]), who is on a {{CP plan}} for {{neglect}} and {{emotional harm}}. Nothing
        of concern seen on return, but nobody can vouch for those 10 minutes. {{SW}} told same day.
        {{Minimum staffing}} of three to be enforced - cancel rather than run short.
    """)),
    ("social_care", "near_miss", block("""
        From: [[name:Ifeoma Eze]]
        Sent: [[date:Tuesday 21 May 2024]] 16:48
        To: [[name:Marek Nowak]]
        Subject: near miss - report nearly posted to wrong address

        [[name:Marek]],

        Putting this in writing as discussed. Doing the post today I noticed the summary report for
        the [[name:Rahimi]] children ([[case_reference:BFC/0655]]) was addressed to {{Dad}}'s old address,
        [[address:14 Kestrel Rise, Harrowfield]] [[postcode:HF2 7NB]]. Mrs [[name:Rahimi]] is now in a
        {{refuge}} and the report mentions the children's new {{school}}. The {{mail merge}} pulled the
        first address on the {{case management system}}, not the current one. Nothing was sent; I've
        corrected the record and shredded the letter. Could we add a second check on anything
        flagged {{DA}}?

        Thanks,
        [[name:Ifeoma]]
        {{Family Support Worker}} - direct line [[phone:01632 960 733]]
    """)),
    ("social_care", "incident", prose("""
        Following the 17:00 handover on [[date:Thursday 30 May]], {{Mother}}, [[name:Lucía Ortega]],
        left by the {{side entrance}} as set out in the {{staggered departure}} plan. About four
        minutes later {{Father}}, [[name:Gareth Pugh]], who should have been held in
        {{Family Room 3}} for fifteen minutes, walked out through {{reception}} while staff were
        signing for a parcel. {{CCTV}} shows him approaching Ms [[name:Ortega]]'s blue Fiesta
        ([[vehicle_registration:HF19 RZK]]) and shouting through the window. [[name:Valentina]]
        ([[age:7]]) was already strapped in and saw it. Ms [[name:Ortega]] drove off and was not
        physically hurt. {{Police}} attended at 17:40 (incident [[case_reference:CAD-4417]]). The
        {{duty manager}}, [[name:Chen Jing]], reviewed the footage the same evening. Learning: the
        {{reception}} door is now locked during any hold period and two staff cover every staggered
        departure. Mr [[name:Pugh]]'s contact is suspended pending review by the {{local authority}}.
    """)),
    ("social_care", "success", block("""
        #practice-sharing

        @[[name:kateryna.s]]  11:14
        just wanted to share - first session for the [[name:Tesfaye]] family today with a {{Tigrinya}} {{interpreter}} ([[name:Yonas]], from [[organisation:Lingua Bridge Services]]). we did a {{pre-contact meeting}} with [[name:Yonas]] first so he knew the ground rules and he sat where {{Dad}} could see him. [[name:Meron]] ([[age:10]]) said afterwards it was the first time her dad understood everything and didnt have to ask her to translate 🥹

        @[[name:marek.nowak]]  11:20
        brilliant 👏 can you write it up for {{practice week}}? and pls book [[name:Yonas]] again for the {{Thursday}} slot

        @[[name:kateryna.s]]  11:22
        will do, already booked 🙂
    """)),
    ("social_care", "near_miss", prose("""
        nr miss 2day abt 2.15 - {{fire exit}} by the {{kitchen}} was propped open w/ a chair (hot in
        there, someone wanted air). [[name:jayden]] [[age:4yo]] legged it out while {{mum}} was in the
        loo + got as far as the front gate b4 i grabbed him. gate was shut thank god but the latch is
        low enough he cud prob open it and its straight onto [[address:Hollins Rd]] which is v busy.
        pls can we NOT prop the {{fire door}}, also ask {{maintenance}} re a higher latch. told mum,
        she was upset but grateful. rang [[name:Marek]] + will do the {{H&S}} form tmrw. [[name:jayden]]
        fine, had a biscuit - [[name:sunita]]
    """)),
    ("social_care", "incident", block("""
        INFORMATION INCIDENT - Ref [[case_reference:IG-2024-061]]
        Reported by: [[name:Dawn Achebe]], {{Contact Supervisor}}
        Contact no: [[phone:07700 900 847]]
        Date/time: [[date:Sat 8 June]], approx 12:30
        What happened: I printed {{session notes}} for the [[name:O'Connell]] family and the
        [[name:Baptiste]] family on the {{reception}} printer. Mr [[name:Baptiste]] was waiting at
        {{reception}} and picked up the pile, thinking it was the form I'd asked him to sign. He read
        part of the [[name:O'Connell]] notes (they include [[name:Saoirse]]'s {{school}},
        [[organisation:St Brendan's RC Primary]], and {{Mum}}'s new area) before I took them back.
        Actions: {{DPO}} informed; {{SW}} and {{Mum}} told the same day; printer moved into the
        {{office}}; {{secure print}} being set up.
    """)),
    ("social_care", "success", prose("""
        Learning review - positive practice. Over twelve sessions between {{January}} and {{June}},
        [[name:Kwabena Owusu]] and his son [[name:Kofi]] ([[age:aged 8]]) moved from fully supervised to
        {{supported contact}} at [[organisation:Bridgeway Family Contact Centre]]. What made the
        difference: the same {{contact supervisor}} every session ([[name:Faith Oyelaran]]), a shared
        {{goals sheet}} reviewed with Mr [[name:Owusu]] for ten minutes after each session, and
        {{contact notes}} that quoted [[name:Kofi]]'s own words. The {{Children's Guardian}} told the
        {{family court}} the notes were "the clearest evidence of progress in the bundle". We will
        offer the goals sheet to other families at the {{review}} stage. Signed: [[name:M. Nowak]],
        {{Centre Manager}}, [[date:28/06/2024]].
    """)),
    # ------------------------------------------------------------------ health
    ("health", "incident", prose("""
        {{VND}} this am chair 7 - Mr [[name:Okafor]] (hosp no [[case_reference:WR0048812]]) had his
        blanket pulled right up over his arm despite us asking, {{venous needle}} came out + approx
        150-200ml {{blood loss}} into the bed. {{venous pressure alarm}} didnt go off (known
        limitation). found by {{HCA}} [[name:Lin]] on her rounds ~10.35. {{blood pump}} stopped,
        needle resited by {{SN}} [[name:Rhiannon]], obs stable BP 102/64, {{Hb}} sent. {{reg}} aware.
        tape was only a single strip not {{chevron}}. reminded everyone re {{visible access}} policy
        at {{lunchtime}} huddle. Mr [[name:Okafor]] apologetic, not his fault really. {{Datix}} pls
        - [[name:rhi]]
    """)),
    ("health", "near_miss", prose("""
        On [[date:Wednesday 12 June]], at the start of the afternoon shift on the
        [[organisation:Whitmoor Renal Unit]], two patients with the surname [[name:Begum]] were on
        adjacent stations: [[name:Rokeya Begum]] ([[case_reference:WR0031167]]) and
        [[name:Shahana Begum]] ([[case_reference:WR0039452]]). The {{dialysis prescription}} printed
        for {{station 11}} belonged to [[name:Shahana]], but [[name:Rokeya]] was in the chair.
        {{Staff Nurse}} [[name:Tomasz Zieliński]] noticed during the {{pre-dialysis check}} that the
        {{dry weight}} of 58.5 kg did not fit the patient in front of him, and rechecked the
        {{wristband}} and {{NHS number}} ([[nhs_number:955 075 8699]]). The correct prescription,
        which differs in {{dialysate}} {{potassium}} (1 vs 2 mmol/L), was obtained before
        {{cannulation}}. No harm. Learning: {{name alert}} stickers for same-surname patients and no
        pre-printing of prescriptions before the patient is seated.
    """)),
    ("health", "success", block("""
        From: Dr [[name:Ayesha Qureshi]] <[[email:ayesha.qureshi@staldhelms.nhs.uk]]>
        To: [[name:Brendan McGuigan]]
        Cc: [[name:Nkechi Obi]]
        Subject: Thank you - {{RO plant}} alarm, [[date:Sunday 23 June]]

        [[name:Brendan]],

        Thank you for coming in at 05:40 on {{Sunday}} when the {{reverse osmosis}} {{conductivity}}
        alarm went off. Because you had drained and disinfected the loop, done the {{chlorine}} strips
        and taken the {{endotoxin}} sample by 06:30, the first shift was only 45 minutes late and we
        did not have to divert 24 patients to [[organisation:Carrow Vale Satellite Unit]]. Two of those
        patients were {{hyperkalaemic}} on Friday, so it mattered.

        I have asked [[name:Nkechi]] to mention it at the {{safety huddle}}.

        Best wishes,
        [[name:Ayesha]]

        Dr [[name:Ayesha Qureshi]], {{Consultant Nephrologist}}
        [[organisation:Whitmoor Renal Unit]], [[organisation:St Aldhelm's Hospital]]
        [[phone:0113 496 0528]]
    """)),
    ("health", "incident", block("""
        Timeline - [[date:01/07/24]] - {{Chair 3}} - Mrs [[name:Eileen Farrow]] ([[age:78]]), hosp no [[case_reference:WR0022085]]
        07:50 On. Pre-weight 3.4 kg over {{dry weight}}; {{UF goal}} 3.2 L set by {{SN}} [[name:Ewa]].
        09:15 BP 98/52, yawning. UF rate reduced.
        09:40 BP 84/40, c/o dizziness. Legs raised, 200 ml {{0.9% saline}} bolus. BP 101/58 at 09:50.
        11:50 Off. Post BP 96/55 sitting. {{Standing BP}} not done.
        11:58 Walking to the {{scales}} with {{HCA}} [[name:Dev]] - felt faint, lowered to floor,
              struck left elbow on the rail. No {{head injury}}.
        12:05 Reviewed by {{renal registrar}} Dr [[name:Haruto Sato]]. Elbow {{X-ray}}: no fracture.
        13:10 Daughter [[name:Carol]] informed by phone, Mrs [[name:Farrow]] home by {{hospital transport}}.
        Learning: standing BP before mobilising after high UF; {{falls risk assessment}} not updated since {{March}}.
    """)),
    ("health", "near_miss", block("""
        NEAR MISS REPORT - {{Renal}} - {{pre-dialysis bloods}}
        Patient: [[name:Desmond Kerr-Addo]]
        DOB: [[date_of_birth:17/08/1956]]
        NHS No: [[nhs_number:319 880 1443]]
        Hosp No: [[case_reference:WR0051730]]
        Address: [[address:9 Tannery Court, Whitmoor]], [[postcode:WM3 8HE]]
        Reported by: [[name:Faisal]] ({{Band 6}})
        What happened: Bloods from [[date:Mon 8 July]] showed {{K+}} 7.1. The lab phoned the critical
        result to the {{main ward}}, not to us. Mr [[name:Kerr-Addo]] was dialysed as normal on a
        {{2K bath}} (correct anyway) but went home without a repeat. The {{biomedical scientist}} rang
        again next morning; we reached him at home on [[phone:07700 900 316]] - no {{palpitations}},
        repeat K 5.2.
        Why near miss: on a non-dialysis day this could have sat for 48 hrs.
    """)),
    ("health", "incident", block("""
        [[name:Nkechi Obi]]  07:12
        anyone heard from transport? [[name:Björn H]] not here for the 7am slot - 3rd time this month

        [[name:Lakshmi Venkataraman]]  07:15
        rang [[organisation:MedTrans Northern]], crew say they "couldn't access the property". he's 2nd floor, lift broken

        [[name:Nkechi Obi]]  07:16
        can we get him in for pm? his K was 6.4 on {{Fri}}

        [[name:Lakshmi Venkataraman]]  07:31
        rang him on [[phone:0113 496 0714]] - no {{chest pain}}, says {{driver}} never buzzed. booked 12:30 + escalated to their {{transport manager}}

        [[name:Nkechi Obi]]  13:05
        arrived 12:50 by taxi (we paid). {{K+}} 6.9, {{ECG}} peaked {{T waves}}, {{reg}} reviewed, dialysed on {{1K bath}}. ok now. Mr [[name:Halvorsen]] v upset, says he'll "stop coming". {{Datix}} [[case_reference:DX-220931]]
    """)),
    ("health", "success", block("""
        [[organisation:Whitmoor Renal Unit]] - Monthly Safety Huddle - [[date:18 July 2024]]
        Attendees: [[name:Nkechi Obi]] ({{Unit Manager}}, chair), Dr [[name:Ayesha Qureshi]],
        [[name:Tomasz Zieliński]], [[name:Lakshmi Venkataraman]], [[name:Brendan McGuigan]] ({{Renal Technician}}),
        [[name:Mark Ellery]] ({{Matron}})
        Apologies: [[name:Rhiannon Pryce]], [[name:Dev]]

        1. 200 days without an {{MSSA}} or {{MRSA}} {{bacteraemia}} - longest run to date. Credited to the
           {{ANTT}} refresher led by [[name:TZ]] and the new {{chlorhexidine}} caps.
        2. Same-surname alerts (near miss [[date:12/06]]) - stickers in use, no recurrence.
        3. {{Water treatment}} - thanks minuted to [[name:BMcG]] for the {{RO}} call-out.
        4. {{AOB}}: [[name:Mark]] to send fistula {{cannulation}} training dates.
    """)),
    ("health", "incident", block("""
        HANDOVER - {{twilight}} shift - [[date:Thurs 25th]]
        Bay B
        - Stn 14 Mr [[name:Ng]] ([[case_reference:WR0044719]]): {{tunnelled line}} exit site red + oozing,
          temp 38.2 on arrival. {{blood cultures}} x2 (line + periph) 17:20. {{vancomycin}} post HD per
          {{protocol}}. NB his {{MRSA screen}} was due [[date:1 July]] and NOT done - missed on the
          {{screening tracker}} when he moved from {{Mon/Wed/Fri}} to {{Tue/Thu/Sat}}. Screen sent tonight.
        - Stn 15 [[name:Grace Obuya]]: uneventful, {{AVF}} good thrill, {{EPO}} given.
        - Stn 16 empty - Mr [[name:Whitlock]] admitted to [[organisation:Harker Ward]] yesterday.
        Handed over by [[name:Lin Zhao]] to [[name:Femi]]
    """)),
    ("health", "near_miss", block("""
        Anticoag check - pm shift [[date:29/07/24]]
        Stn | Patient      | Hosp no   | Prescribed              | Drawn up         | Checked
        4   | [[name:A. Petrov]]    | [[case_reference:WR0017703]] | {{heparin}} 1000 units/hr    | 1000 units/hr    | [[name:RP]]/[[name:TZ]]
        5   | [[name:D. Mensah]]    | [[case_reference:WR0038861]] | {{heparin}} 500 units/hr     | 5000 units bolus | [[name:RP]]/[[name:JK]]

        Stn 5: the {{ePrescribing}} screen showed 500 units/hr but the {{syringe}} had been drawn up
        with 5000 units because the {{EPR}} auto-filled the {{loading dose}} field from an old
        template. [[name:JK]] spotted the mismatch at the {{independent double check}}, before
        connection. Nothing given. Template removed by {{pharmacy}}; [[name:RP]] has shared the
        learning at the {{safety huddle}}.
    """)),
    ("health", "success", block("""
        [[date:02/08/2024]], 19:04 - [[name:Nkechi]]: Shout out to [[name:Hope]] 🙌 Mr [[name:Sandhu]]'s fistula sounded different on {{Tues}} and she didn't just write "thrill present" - she listened, rang the {{vascular access nurse}} and got a {{fistulogram}} booked. 70% {{stenosis}}, {{angioplasty}} done before it clotted. basically saved his arm
        [[date:02/08/2024]], 19:06 - [[name:Tomasz Z]]: legend 👏👏
        [[date:02/08/2024]], 19:07 - [[name:Hope]]: aw thank u!! it just sounded wrong x
        [[date:02/08/2024]], 19:09 - Dr [[name:Q]]: Exactly what we want on the {{learning board}}. Well done [[name:Hope]].
    """)),
    ("health", "incident", prose("""
        On [[date:Monday 5 August 2024]] the unit's weekly {{transport list}}, holding names,
        addresses and {{dialysis times}} for 38 patients, was e-mailed by a {{ward clerk}} to
        [[email:bookings@medtrans-north.co.uk]] instead of the contracted provider's secure address,
        [[email:medtransnorthern.bookings@nhs.net]]. The wrong address auto-completed from an old
        contact at [[organisation:MedTrans North Ltd]], an unrelated courier firm in the same
        business park. [[name:Philippa Greaves-Ansah]], {{Deputy Sister}}, noticed the next morning when
        the real provider said they had no list. The recipient confirmed deletion in writing at 10:20.
        The {{Caldicott Guardian}} and {{IG team}} were informed and it was logged on the {{DSPT}}
        (ref [[case_reference:IG/24/0193]]). Learning: {{autocomplete}} cleared on all unit PCs and
        the list now goes through the {{secure portal}} only.
    """)),
    ("health", "near_miss", prose("""
        near miss stn 9 approx 14:30. went to do {{washback}} on Mrs [[name:Delgado]] + found the
        {{saline}} bag had run dry and there was {{air}} in the {{arterial line}} up to the
        {{bubble trap}}. {{air detector}} had alarmed + clamped the venous line so nothing went to pt
        BUT the alarm had been muted (not by me) and nobody was at the machine. pt fine, no {{SOB}},
        sats 97%. re-primed, machine ok. her son [[name:Ramón]] was visiting + v worried, explained to
        him. pls dont mute and walk away!! also we need a 2nd {{HCA}} on the stn 9-12 side at washback
        time - [[name:marta]]
    """)),
    ("health", "incident", block("""
        From: [[name:Siobhán Ní Bhriain]] <[[email:siobhan.nibhriain@nhs.net]]>
        To: [[email:customerservices@renaquip-homecare.co.uk]]
        Date: [[date:14 August 2024]]
        Subject: Wrong concentrate delivered - patient [[case_reference:HHD-0271]]

        Hello,

        Your driver delivered to our {{home haemodialysis}} patient Mr [[name:Jean-Baptiste Morel]],
        [[address:41 Sandpiper Close, Whitmoor]] [[postcode:WM6 1AS]], on [[date:12 August]]. The
        boxes were 2K {{acid concentrate}} instead of the 3K prescribed. Mr [[name:Morel]] noticed the
        label colour and rang us before connecting - well done him - but his wife thinks the
        [[date:29 July]] delivery was also 2K and he has dialysed on it four times. His {{potassium}}
        today is 3.1.

        Please collect all stock and confirm your picking checks. Our ref is [[case_reference:DX-221544]].

        Regards,
        [[name:Siobhán]]
        Sister [[name:Siobhán Ní Bhriain]], {{Home Therapies}}
        [[organisation:Whitmoor Renal Unit]] | [[phone:0113 496 0389]]
    """)),
    ("health", "success", prose("""
        Mr [[name:Gurdev Singh Virk]] ([[age:81]]) started {{haemodialysis}} on [[date:2 September]]
        after a {{crash landing}} - no prior {{renal clinic}} follow-up. His daughter-in-law
        [[name:Manpreet]] usually interprets, but {{Staff Nurse}} [[name:Baljit Kaur]] booked a
        face-to-face {{Punjabi}} {{interpreter}} for his first three sessions and sat with them
        during the {{pre-dialysis education}} video. On the third session Mr [[name:Virk]] told
        [[name:Baljit]] he had understood in {{A&E}} that the {{dialysis}} was "a course, like
        antibiotics" and would stop. He had been planning not to come back after {{Christmas}}. He now
        has a {{low clearance}} follow-up with his family and is considering {{home dialysis}}.
        Sharing because the time spent with a professional interpreter was what made this come out.
    """)),
    ("health", "near_miss", block("""
        [[date:Sat 14 Sept]] - Stn 2 - [[name:Yusuf Demir]] ([[case_reference:WR0060871]]) - {{tunnelled line}}
        15:40 Session ends. Lock prescribed: {{citrate 4%}} ({{HIT}} history - {{heparin}} allergy on {{EPR}}).
        15:42 {{Student nurse}} [[name:Ellie-Mae]] brings {{heparin}} 5000 units/ml from the {{lock tray}};
              tray had been restocked with {{heparin}} in the citrate slot.
        15:44 {{SN}} [[name:Gabriel Osei]] checks against the red {{allergy band}} before instilling - mismatch. Not given.
        15:50 Citrate lock given. [[name:Yusuf]] told, thanked [[name:Gabriel]].
        16:10 Tray checked - second {{heparin}} box in the citrate compartment, removed. {{Pharmacy}} informed,
              trays now restocked by one named person per shift.
    """)),
    ("health", "incident", block("""
        SBAR - {{violence and aggression}}
        S: 18:20 on [[date:19/09/24]], the husband of the patient on stn 12 (Mrs [[name:Carole Dunmore]],
           [[case_reference:WR0060122]]) shouted at and pushed {{HCA}} [[name:Sunny Liang]] when told he could
           not stay in the {{bay}} during {{cannulation}}.
        B: Mr [[name:Dunmore]] ("[[name:Tel]]") has been asked to wait in the {{day room}} on three previous
           occasions. Mrs [[name:Dunmore]] has {{needle phobia}} and asks for him.
        A: [[name:Sunny]] not injured but shaken. {{Security}} attended 18:26, he left calmly.
           Patient dialysed without problems.
        R: {{warning letter}} under {{Trust}} {{V&A policy}}; {{play specialist}}-style needle plan for
           Mrs [[name:Dunmore]] with the {{psychology}} team; [[name:Sunny]] offered {{TRiM}}.
    """)),
    ("health", "success", prose("""
        {{Learning from Excellence}} - nominated by [[name:Femi Adeyinka]]. [[name:Ellie-Mae Hutchinson]],
        a second-year {{student nurse}} from [[organisation:Northvale University]], noticed that
        Mr [[name:Pham Van Duc]] was scratching constantly and that his {{phosphate binder}}
        ({{sevelamer}}) sat untouched on his table every session. Rather than chart it as refused,
        she asked him why: he had been told to take it "with food" and never eats on
        {{dialysis}} days until evening. [[name:Ellie-Mae]] involved the {{renal dietitian}},
        [[name:Joy Nakamura]], who moved the tablets to his evening meal. His {{phosphate}} fell from 2.4
        to 1.6 within a month and Mr [[name:Pham]] says he is sleeping again. Lovely curious practice.
    """)),
    # ------------------------------------------------------------------ aviation
    ("aviation", "incident", prose("""
        heavy landing rwy 26 abt 1530 [[date:sat 6th]]. me solo in [[aircraft_registration:G-MZPJ]]
        ({{Quik}} flexwing). gust as i flared + dropped it in from ~3ft, {{nosewheel}} fork bent and
        {{prop}} tips struck. no injuries. {{CFI}} [[name:stu]] came over w/ the {{extinguisher}},
        no fuel leak. wind was 240/14G22 on the {{windsock}} so i shouldnt really have gone. {{tech
        officer}} [[name:Hamish]] says prop + fork need replacing and a {{shock load}} inspection on the
        {{Rotax}} before it flies again. {{BMAA}} {{inspector}} booked for {{Weds}}. lesson for me: my
        {{currency}} was low (3 hrs in 90 days), should have gone round at the first balloon. sorry
        all - [[name:dave p]]
    """)),
    ("aviation", "near_miss", block("""
        Transcript (pilot's {{GoPro}} audio) - [[date:Sunday 14 July]] - {{SafetyCom}}
        1421 [[aircraft_registration:G-CRTK]]: "[[organisation:Ashby Moor]] traffic, [[aircraft_registration:Golf Charlie Romeo Tango Kilo]], downwind two six, left hand"
        1422 [[aircraft_registration:G-CRTK]]: "[[aircraft_registration:Golf Tango Kilo]], helicopter just passed above me, maybe a hundred feet, red and white, heading east"
        1422 (no reply)
        1423 [[aircraft_registration:G-CRTK]]: "[[organisation:Ashby Moor]] traffic, [[aircraft_registration:Tango Kilo]] extending downwind, helicopter now clear"

        Pilot's note ([[name:Anneliese van der Berg]]): the helicopter was not on frequency and I did not
        see it until it passed overhead. [[organisation:Felham Radar]] had no record of it. Filed an
        {{Airprox}} with the {{UKAB}}; {{Safety Officer}} informed. I had my {{EC device}} on but it was
        not showing traffic - will check the {{ADS-B}} settings. Suggest we all use a
        {{listening squawk}} and call [[organisation:Felham Radar]] for a {{Basic Service}} on busy days.
    """)),
    ("aviation", "success", block("""
        From: [[name:Priya Raghunathan]] <[[email:priya.r@ashbymoormc.org.uk]]>
        To: [[name:Iain MacAskill]]
        Subject: thank you!!

        [[name:Iain]],

        Just wanted to say thanks for {{Saturday}}'s check flight. When you pulled the throttle over the
        {{reservoir}} for the {{PFL}} I genuinely froze, and the calm way you talked me through
        {{best glide}}, field selection and the {{FREDA}} check made it click. By the third one I picked
        the stubble field myself with height to spare.

        Also thank you for making me do the {{W&B}} properly - I hadn't realised how close to
        {{MTOM}} I'd be with [[name:Rohan]] (my brother) and full tanks. We'll go with half fuel.

        See you at the {{BBQ}},
        [[name:Priya]]
        [[phone:07700 900 455]]
    """)),
    ("aviation", "incident", block("""
        Occurrence chronology - [[aircraft_registration:G-CHXW]] ({{Eurostar}}, three-axis) - [[date:3 August 2024]]
        1015 Takeoff rwy 08. Pilot [[name:Bill Ackroyd]]; passenger [[name:Esra Yılmaz]] (trial flight
             voucher [[case_reference:TF-2211]]).
        1016 ~400 ft {{AGL}} engine rough, RPM dropping to 3800. Nose lowered, field ahead selected
             (barley stubble).
        1017 {{Forced landing}}, ground roll ~120 m. No injuries.
        1025 {{Duty pilot}} [[name:Kenji]] out in the club Land Rover [[vehicle_registration:AV08 MUE]].
        1040 Landowner Mr [[name:Tolley]] informed, happy for {{derig}} and trailer recovery.
        Findings ([[name:H. Baird]], {{Tech Officer}}): {{fuel filter}} partly blocked with debris;
        {{mogas}} was from a member's own jerry can, not the {{bowser}}.
        Reporting: {{MOR}} to the {{CAA}}; {{AAIB}} notified, no investigation. [[name:Bill]] to do
        {{PFL}} practice with the {{CFI}} before carrying passengers again.
    """)),
    ("aviation", "near_miss", block("""
        [[date:11/08/2024]], 08:02 - [[name:Gwilym]]: heads up all - drained the {{gascolator}} on [[aircraft_registration:G-BYZL]] this morning and got a good 20ml of water before clean fuel came through 😬
        [[date:11/08/2024]], 08:04 - [[name:Rosa Ferreira]]: from the club {{bowser}}?? I filled from it yesterday
        [[date:11/08/2024]], 08:05 - [[name:Gwilym]]: think so. tested the bowser {{sump}} - water in that too. anyone flown since {{Friday}}'s storm?
        [[date:11/08/2024]], 08:09 - [[name:Ade]]: did a circuit in [[aircraft_registration:G-CLVE]] yesterday pm, felt fine but will drain it now
        [[date:11/08/2024]], 08:31 - [[name:Ade]]: 15ml water in [[aircraft_registration:G-CLVE]] 🤦
        [[date:11/08/2024]], 08:40 - [[name:Mike]] (Chair): bowser OUT OF USE, sign on it. lid seal perished. nobody fly on bowser fuel until [[name:Hamish]] has checked. good catch [[name:Gwilym]] 👍
    """)),
    ("aviation", "incident", block("""
        CLUB OCCURRENCE FORM - [[organisation:Ashby Moor Microlight Club]]
        Ref: [[case_reference:AMMC-OCC-24/09]]
        Reporter name: [[name:Ngozi Okonkwo-Hart]]
        DOB: [[date_of_birth:03/02/1971]]
        Address: [[address:Orchard Cottage, Back Lane, Little Stainby]], [[postcode:DN21 4RW]]
        Tel: [[phone:07700 900 672]]
        Aircraft: [[aircraft_registration:G-OTRK]] ({{Skyranger}})
        Date: [[date:24/08/24]]   Time: approx 19:45
        What happened: pushing [[aircraft_registration:G-OTRK]] back into the {{T-hangar}} with two others,
        the left {{wingtip}} hit the {{door runner}}. A member's Land Rover ([[vehicle_registration:LR05 KTX]])
        was parked across the {{apron}} so we had to angle the aircraft in.
        Damage: {{fabric}} tear 15 cm, wingtip {{fairing}} cracked. Aircraft {{grounded}} pending
        {{inspector}} sign-off.
        Contributing: three people moving it, nobody walking the wingtip, light failing.
    """)),
    ("aviation", "success", block("""
        [[organisation:Ashby Moor MC]] - Safety Committee - [[date:Weds 4 Sept]]
        Present: [[name:Iain MacAskill]] ({{CFI}}), [[name:Hamish Baird]] ({{Tech Officer}}),
        [[name:Rosa Ferreira]] ({{Safety Officer}}), [[name:Mike Tennant]] (Chair), [[name:Joy Okafor]]
        Apologies: [[name:Gwilym ap Dafydd]], [[name:Anneliese van der Berg]]

        1. Water in fuel ([[date:11/08]]) - bowser lid seal replaced, daily {{sump check}} sheet now on the
           hangar door. Thanks to [[name:Gwilym]] for raising it straight away.
        2. Field landing [[aircraft_registration:G-CHXW]] - good outcome; pilot credited recent {{PFL}}
           practice. Agreed to run a {{PFL}} day in {{October}}.
        3. {{Airprox}} - {{UKAB}} assessment awaited. [[name:RF]] to brief on {{ADS-B}} settings.
        4. Thanks to [[name:Joy]] for the new {{briefing board}} - members are actually reading it.
        Next meeting: [[date:2 October]].
    """)),
    ("aviation", "near_miss", prose("""
        On [[date:Saturday 21 September]] I ([[name:Arjun Mehta]], {{NPPL}} holder, 62 hours) was
        flying [[aircraft_registration:G-CKFN]] from [[organisation:Ashby Moor]] to
        [[organisation:Penhallow Farm]], routing north of the {{CTR}} of
        [[organisation:Kelmscott Airport]]. My {{SkyDemon}} tablet overheated in the sun and shut down
        without me noticing. Luckily I was on a {{listening squawk}} with
        [[organisation:Kelmscott Radar]]. At about 14:12 I heard the controller give
        [[flight_number:SVL417]] traffic information on "a slow-moving {{primary contact}}, possibly a
        {{microlight}}, two miles north of the zone boundary, tracking south". I realised it was me,
        turned north immediately and found my position on the paper {{chart}}. No {{infringement}}
        and {{ATC}} did not need to vector [[flight_number:SVL417]]. Lessons: paper chart open on the
        knee, tablet out of direct sun, and the listening squawk works - please use it.
    """)),
    ("aviation", "incident", block("""
        TECH LOG - [[aircraft_registration:G-MZPJ]] - club aircraft
        Date  | Defect                              | Reported by | Action
        [[date:02/09]] | {{nosewheel}} fork bent, heavy landing       | [[name:D. Pike]]    | fork + {{prop}} replaced, [[name:HB]]
        [[date:15/09]] | {{trim}} cable frayed at pulley           | [[name:Leilani]]     | NOT ACTIONED
        [[date:18/09]] | flown twice with trim defect open      | -           | found by [[name:HB]] [[date:19/09]]

        The trim defect [[name:Leilani]] entered on [[date:15/09]] went on the notes page at the back of
        the {{tech log}}, not the {{defect page}}, so the aircraft was never placarded {{U/S}} and two
        members flew it on [[date:18/09]]. Cable replaced. The {{tech log}} now has a single
        defects page at the front, and the {{daily inspection}} card has a "read the defects" line.
    """)),
    ("aviation", "success", prose("""
        🎉 CLUB SHOUT-OUT 🎉 Huge thanks to [[name:Bartek Nowicki]] who was marshalling at the
        {{fly-in}} on {{Sunday}} and spotted fuel dripping from under the {{pod}} of a visiting
        trike, [[aircraft_registration:G-MYXR]], as it taxied to the {{pumps}}. He stopped it,
        the pilot shut down and we found a split {{fuel line}} right above the {{exhaust}}. The pilot
        said he'd have been airborne in five minutes. And thanks to [[name:Tiggy]] for running the
        {{A/G radio}} all day on her own when her relief didn't turn up, 40-odd movements and not
        a cross word. [[name:Bartek]], [[name:Tiggy]] - drinks on the club. [[name:Mike]], Chair
    """)),
    ("aviation", "near_miss", block("""
        DUTY PILOT HANDOVER - [[date:sun 29/09]] am -> pm
        - {{windsock}} at the 26 end torn, replaced with the spare
        - {{NOTAM}}: {{para drop}} at [[organisation:Chelwood]] active 1200-1600, remind anyone going east
        - NEAR MISS 1110: farmer's {{tractor}} ([[vehicle_registration:YJ67 HVP]]) crossed at the 08
          {{threshold}} while [[aircraft_registration:G-CLVE]] was on {{short final}}. Pilot ([[name:Chidi]])
          went around, no drama. Spoke to Mr [[name:Tolley]]'s son [[name:Josh]] - nobody told him we were flying.
          Need a {{runway crossing}} procedure + flag on the {{signal square}}
        - fuel log up to date, bowser dipped 140 L
        - key safe code changed, ask [[name:Rosa]]
        [[name:Ade O]]
    """)),
    ("aviation", "incident", block("""
        Extract - RT recording supplied by [[organisation:Felham Radar]] - [[date:12 October 2024]]
        1503 [[aircraft_registration:G-CKFN]]: [[organisation:Felham Radar]], [[aircraft_registration:Golf Charlie Kilo Foxtrot November]], request {{Basic Service}}, er, unsure of position
        1503 {{ATC}}: [[aircraft_registration:Golf Charlie Kilo Foxtrot November]], squawk 3721, pass your message
        1504 [[aircraft_registration:G-CKFN]]: squawk 3721, [[aircraft_registration:Golf Foxtrot November]] is a {{C42}}, two {{POB}}, lost, fuel for about twenty minutes, last known position the {{wind farm}}
        1504 {{ATC}}: [[aircraft_registration:Golf Foxtrot November]], identified six miles south-west of [[organisation:Felham Airfield]], suggest divert, runway two one, {{QFE}} one zero zero nine
        1511 [[aircraft_registration:G-CKFN]]: field in sight
        1519 Landed.
        Pilot ([[name:Yusuf Karimi]]): 5 litres left on {{dipstick}}. {{Headwind}} much stronger than
        forecast and I didn't recalculate at the {{turning point}}. {{MOR}} filed. Thanks to
        [[organisation:Felham Radar]] for a calm service.
    """)),
    ("aviation", "near_miss", prose("""
        daily insp this morning 0830 on [[aircraft_registration:g-mykt]] - {{hang bolt}} nut had NO
        {{R-clip}} in it + nut only finger tight!! last flown {{sun}} by [[name:ollie]] acc to the
        {{tech log}}. [[name:ollie]] says he rigged it w/ [[name:kasia]] and they did the
        {{rigging check}} so either it got missed or somebody knocked it moving stuff in the
        {{hangar}}. wing could have come off the {{trike}} basically. a/c grounded, {{inspector}}
        ([[name:hamish]]) told. pls pls use the {{rigging checklist}} card not memory, esp the
        {{hang point}}. photos in the group. - [[name:Tam]]
    """)),
    ("aviation", "success", block("""
        From: [[name:Iain MacAskill]] <[[email:cfi@ashbymoormc.org.uk]]>
        To: Members <[[email:members@ashbymoormc.org.uk]]>
        Subject: First solo - [[name:Keiko Tanaka]] - [[date:Sat 19 October]]

        All,

        Delighted to report [[name:Keiko]] went solo on {{Saturday}} in [[aircraft_registration:G-CLVE]] - three
        tidy circuits on 26 and a textbook landing. Worth sharing too: her solo was pencilled in for
        the weekend before, and she called it off herself when the {{TAF}} showed the {{crosswind}}
        building past the {{POH}} limit. That's the {{airmanship}} we want from every student.

        Drinks in the {{clubhouse}}.

        [[name:Iain]]
        {{CFI}}, [[organisation:Ashby Moor Microlight Club]]
        [[phone:01632 960 287]]
    """)),
    ("aviation", "incident", block("""
        #ops-safety

        [[name:gwilym.apdafydd]]  4:52 PM
        {{bird strike}} on [[aircraft_registration:G-BYZL]] climbing out of 26, ~200ft. big {{buzzard}}, hit the left {{leading edge}}. did a {{circuit}} and landed fine

        [[name:rosa.f]]  4:55 PM
        you ok?? any damage?

        [[name:gwilym.apdafydd]]  4:58 PM
        I'm fine, bit shaken. dent in the leading edge tube, {{sail}} not torn, {{pitot}} ok. [[name:HB]] looking at it tmrw

        [[name:rosa.f]]  5:01 PM
        thanks. please do the {{MOR}} + a {{BirdStrike}} form. [[aircraft_registration:G-BYZL]] grounded til [[name:HB]] signs it off. 3rd bird this month off the 26 end - the stubble's just been ploughed
    """)),
    ("aviation", "success", prose("""
        Learning from a good decision. On [[date:Sunday 27 October]] [[name:Rose Kilbride]]
        ([[age:67]], 900 hours) was booked to fly [[aircraft_registration:G-MZPJ]] and decided not to
        go: the {{METAR}} at [[organisation:Kelmscott Airport]] was within limits but the
        {{windsock}} here was swinging 60 degrees across runway 26. A visiting flexwing pilot,
        [[name:Will]], was about to depart for home and asked her view. [[name:Rose]] walked him to
        the end of the {{runway}} to watch the sock and the tree line together, and he chose to
        {{derig}} and trailer home instead. Forty minutes later a {{gust front}} went through at 35
        knots. [[name:Rose]] says she was "being an old woman about it". The {{committee}} says it was
        exactly the right call and wants more of it.
    """)),
]

if __name__ == "__main__":
    write_records(OUT, build_records("blind300", REPORTS))
