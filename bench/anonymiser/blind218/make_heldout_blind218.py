"""Held-out blind corpus 218: fifty invented UK incident, near-miss and success ("learning")
reports, written blind (without sight of the de-identifier or any other corpus) so that the
corpus measures how well de-identification generalises.

Settings (every person, organisation, place and number is invented):
- social_care (17): a secure children's home taking welfare (s25) and justice (remand/sentenced)
  placements -- restraint (RPI), single separation, education, advocacy, family contact.
- health (17): a hospital pharmacy and aseptic unit -- chemotherapy compounding, dispensary
  errors, controlled drugs, ward top-ups.
- aviation (16): an airline operations control centre and dispatch -- flight watch, crew
  scheduling, diversions, NOTAMs, delay codes.

Styles are deliberately mixed: rushed lower-case notes with typos and txt-speak, formal
narratives, timed chronologies, forms with Name/DOB/Ref/Address fields, e-mails with headers and
signatures, chat exports (Teams/WhatsApp/Slack with handles), handover notes, minutes with
attendance and apologies, pipe and aligned tables, RT transcripts, shout-outs and thank-you notes.

Identifiers are marked [[label:value]]; must-not-redact mentions (roles, national agencies,
frameworks, drugs, equipment, aircraft types, generic times and place types, acronyms that look
like initials) are marked {{term}}.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from markup import block, build_records, write_records  # noqa: E402
from markup import flow as prose  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "corpus" / "heldout_blind218.jsonl"

REPORTS = [
    # ------------------------------------------------------------------ social_care (17)
    ("social_care", "incident", block("""
        restraint unit 2 approx 19:40 - [[name:kayden]] ([[age:15yo]]) kicked off after fone call w {{mum}}, threw chair at the {{tv}} then went for [[name:bex]]. me + [[name:Tomasz W]] did {{RPI}} standing to seated approx 4 mins, released wen he said he was calm. no injuries seen, {{body map}} done by [[name:bex]] at 20:10, {{nurse}} informed.
        [[name:kayden]] refused {{debrief}} tonite, will try again am w his {{keyworker}}. {{duty manager}} ([[name:Gaz]]) aware, {{Reg 40}} prob not needed but pls check. log no [[case_reference:HE-RPI-2291]]. sorry for typos on my fone
    """)),
    ("social_care", "near_miss", block("""
        NEAR MISS FORM - [[organisation:Hollin Edge Secure Children's Home]]
        Young person: [[name:Precious Adeyemi-Clarke]]
        DOB: [[date_of_birth:17/08/2009]]
        Placement: {{welfare}} ({{s25}}) - [[organisation:Northmoor Borough Council]]
        Ref: [[case_reference:NM/24/0457]]
        Date/time: [[date:09/03/24]] 21:15
        Location: {{bedroom corridor}}, {{Unit 3}}
        What happened: During a {{room search}} after family contact, staff found a length of phone charger cable inside a pillowcase. Cable removed before any {{ligature}} attempt. [[name:Precious]] said she "wasn't going to do anything with it". {{Observation level}} raised to {{level 3}} (within eyesight) overnight.
        Reported by: [[name:Faith Mwangi]], {{residential care worker}}
        Manager review: [[name:A. Kowalczyk]] - chargers to be signed in/out by {{night staff}} from now on.
    """)),
    ("social_care", "success", block("""
        [Teams - Staffroom channel]
        [[name:Joy Okonkwo]] 08:52
        massive shout out to [[name:Will]] and [[name:Hope]] on nights - [[name:JJ]] had a really rough nite (anniversary of his nan passing) and they sat with him on the {{sofa}} in the {{lounge}} til 3am instead of it going to {{single separation}}. no {{restraint}}, no {{PRN}}. he came to breakfast and went to {{education}} 🙌
        [[name:Sandeep Gill]] 08:55
        brilliant. this is exactly the {{trauma-informed}} practice {{Ofsted}} said they wanted to see more of. [[name:Joy]] can u pop it in the {{learning log}} pls
        [[name:Joy Okonkwo]] 08:57
        done - [[case_reference:LL-0312]]
    """)),
    ("social_care", "incident", prose("""
        At approximately 14:20 on [[date:12 March 2024]], a young person on a {{justice}} placement
        ({{remand}}, [[organisation:Calderbrook YOT]]), [[name:Ruairí Ó Súilleabháin]] ([[age:16]]),
        punched a {{teacher}} to the side of the head in the {{education block}}. Staff
        [[name:Lindiwe Dube]] and [[name:Craig Pennock]] intervened using a two-person {{RPI}} and
        escorted [[name:Ruairí]] to his room, where {{single separation}} began at 14:31, authorised by
        the {{duty manager}}, [[name:Marguerite Thibault]]. Separation was reviewed every 15 minutes and
        ended at 15:05. The separation record was not countersigned within the required timescale
        because the {{senior}} was covering {{Unit 1}}; this has been raised at the {{RPI review panel}}.
        The teacher, Ms [[name:Oyelaran]], attended {{A&E}} at [[organisation:Calderbrook General Hospital]]
        and was discharged the same evening. [[organisation:Westmoor Police]] informed, crime reference
        [[case_reference:WP-24-118870]]. {{YJB}} placements team notified and {{Reg 40}} notification
        sent to {{Ofsted}}.
    """)),
    ("social_care", "near_miss", block("""
        Chronology - near miss on escorted hospital appt
        Ref [[case_reference:HE/NM/0619]] | YP: [[name:D-J]] | [[date:Thu 21st]]
        10:05 left site in {{secure vehicle}} [[vehicle_registration:YK71 HBV]], 2 staff ([[name:Pat]], [[name:Marcus Lindqvist]])
        10:40 arrived {{outpatients}}, [[organisation:St Wilfrid's Hospital]]
        10:52 [[name:D-J]] asked for toilet. {{risk assessment}} says door ajar + staff outside
        10:58 [[name:Pat]] noticed a {{fire exit}} inside the accessible toilet - not picked up on the {{pre-visit check}}
        11:00 [[name:Marcus]] moved to the outside of the fire exit, [[name:D-J]] came out without incident
        11:35 back in vehicle, returned 12:10
        Learning: pre-visit checks to include every room the YP might use, not just the clinic. {{Team Leader}} to update {{escort procedure}}.
    """)),
    ("social_care", "success", block("""
        From: [[name:Siobhan Mac Giolla Rua]] <[[email:siobhan.mgr@voicesahead.org.uk]]>
        To: Duty Managers <[[email:dutymanagers@hollinedge.example.gov.uk]]>
        Date: [[date:4 April 2024]] 17:06
        Subject: Thank you - [[name:Leilani]]'s {{LAC review}}

        Hi all,

        Just a quick note to say thank you to [[name:Amber]] on {{Unit 4}}. [[name:Leilani]] told me before her review that she was dreading it, and [[name:Amber]] spent the morning helping her write her own views down in {{bullet points}} so she could read them out to the {{IRO}}. She did it! Her {{social worker}} said it was the first review where she had stayed in the room.

        It's a small thing but it made a real difference.

        Best wishes
        [[name:Siobhan]]
        {{Independent Advocate}} | [[organisation:Voices Ahead]]
        [[phone:07700 900318]]
    """)),
    ("social_care", "incident", block("""
        HANDOVER nights -> days [[date:16/4]]
        {{Unit 2}} (4 YP)
        - [[name:Zaid]]: slept thru. {{PRN}} not needed.
        - [[name:Kacper]]: up at 02:10 head-banging on door, staff went in at 02:12 (two staff, {{de-escalation}}), stopped by 02:20. small lump above R eyebrow - {{body map}} + {{first aid}}, {{head injury obs}} every 30 min till 06:00, all normal. needs {{GP}} review today. incident ref [[case_reference:IR-24-0871]].
        - [[name:Tiegan]] (pronouns they/them): quiet, on {{level 2}} obs.
        - [[name:Oluwaseun]]: court video link 10:00, {{YOT}} worker [[name:Harriet Bloom]] dialling in.
        {{Waking night}} staff: [[name:Rhodri]], [[name:Maisie-Jo]]
        {{Night manager}}: [[name:P. Nakamura]]
    """)),
    ("social_care", "near_miss", block("""
        [WhatsApp - HE Seniors 🔒]
        [16:02] [[name:Dee]] {{RM}}: who sent [[name:Connor]]'s {{placement plan}} to [[email:duty.cs@northmoor.example.gov.uk]]?? its got [[name:Lacey]]'s meds on page 3
        [16:03] [[name:Bilal]]: me 😬 merged the two docs by mistake
        [16:04] [[name:Dee]] {{RM}}: ok. ring their {{duty desk}} now and ask them to delete, get it in writing
        [16:11] [[name:Bilal]]: done, [[name:Hannah]] at {{EDT}} confirmed deleted + not forwarded. ref [[case_reference:DP-0093]]
        [16:12] [[name:Dee]] {{RM}}: thank u. log as {{data breach}} near miss for the {{DPO}}, no need for {{ICO}} as contained. reminder to all - one YP per document, no copy n paste between plans
        [16:12] [[name:Mo]]: 👍
    """)),
    ("social_care", "success", block("""
        Positive practice learning review - [[date:23 April 2024]]
        Present: [[name:Grace Achterberg]] ({{Registered Manager}}), [[name:Imran Qureshi]] ({{Head of Education}}), [[name:Bill Norcross]] ({{Team Leader}}), [[name:Yetunde]] ({{keyworker}}), [[name:Mihaela Popescu]] (advocate, [[organisation:Voices Ahead]])
        Apologies: Dr [[name:Hamid]] ({{CAMHS}} in-reach), [[name:Sunny Kaur]] ({{IRO}}, [[organisation:Calderbrook Council]])

        1. What went well
        [[name:Tyler]] ({{justice}}, {{sentenced}}) sat his {{GCSE}} maths paper on [[date:17 April]] in the {{education block}} - the first exam he has ever completed. [[name:Imran]] arranged an {{invigilator}} and a separate room; [[name:Yetunde]] worked on exam nerves with him for three weeks using {{Signs of Safety}} scaling.
        2. Learning
        Early planning with the {{exams officer}} avoided the usual last-minute {{risk assessment}} rush.
        Actions: [[name:GA]] to share with the {{YJB}} regional network. [[name:BN]] to add exam dates to the {{shift planner}}.
    """)),
    ("social_care", "incident", block("""
        RPI log extract - w/c [[date:6 May 2024]]
        Date  | YP     | Hold       | Staff                      | Mins | Injury
        [[date:06/05]] | [[name:K.O.]]   | seated     | [[name:Mark Eze]], [[name:L. Brannigan]]    | 3    | none
        [[date:07/05]] | [[name:Ayesha]] | {{escort}}     | [[name:Rose]], [[name:Mark Eze]]           | 1    | carpet burn L elbow (YP)
        [[date:08/05]] | [[name:K.O.]]   | {{supine}}     | [[name:Mark Eze]], [[name:Rose]], [[name:Dev]]      | 6    | staff ([[name:Dev]]) bitten R forearm
        [[date:10/05]] | [[name:Ayesha]] | seated     | [[name:L. Brannigan]], [[name:Femi]]       | 2    | none
        Comment ({{RPI lead}}): the supine hold is not an approved technique in our {{restraint}} model and must go to the {{review panel}}. All three staff to attend a {{refresher}}. [[name:Dev]] seen by {{Occupational Health}}. Incident ref [[case_reference:IR-24-0930]].
    """)),
    ("social_care", "near_miss", block("""
        nights [[date:wed 22/5]] - 02:00 obs on [[name:mia]] (rm 7) ticked on sheet but [[name:Tash]] realised at 02:40 she hadnt actually looked thru the {{vision panel}}, was doing {{paperwork}} in the {{office}}. went straight down, [[name:mia]] asleep + fine, {{no harm}}. checked {{CCTV}} to confirm.
        talked to [[name:Tash]], she was honest n reported it herself which is gd. think the issue is the {{obs sheet}} lives on a clipboard in the office not on the corridor - can we move it?? also only 2 {{waking night}} staff for 6 YP while [[name:ellie-mae]] was on {{level 3}}, not ok.
        -- [[name:Kwame]] ({{night senior}})
    """)),
    ("social_care", "success", block("""
        Card left in the {{staff room}} (typed up with his permission for the {{learning log}})

        To [[name:Nana Akua]], Mr [[name:B]], [[name:Gloria]] and everyone on {{Unit 1}},
        thank u for not giving up on me. When i came here i was [[age:14]] and i hated all of u lol. Now i got my place at [[organisation:Calder Valley College]] doing motor vehicle and [[name:Gloria]] is driving me to the {{open day}} on [[date:8th June]]. Mr [[name:B]] thanks for the football and the maths. I will miss the {{chef}} too.
        From [[name:Reece]] x

        {{Registered Manager}} note: [[name:Reece]] moves to {{semi-independence}} next month with {{leaving care}} support in place.
    """)),
    ("social_care", "incident", block("""
        From: [[name:Grace Achterberg]] <[[email:g.achterberg@hollinedge.example.gov.uk]]>
        To: {{LADO}}, [[organisation:Calderbrook Council]] <[[email:lado@calderbrook.example.gov.uk]]>
        Cc: [[email:hr.casework@hollinedge.example.gov.uk]]
        Date: [[date:29 May 2024]]
        Subject: Allegation against staff member - our ref [[case_reference:HE-ALG-24-007]]

        Dear colleague,

        I am notifying you of an allegation made today by a young person on a {{welfare}} placement, [[name:Skye Tremayne]] (DOB [[date_of_birth:02/11/2008]]), that a member of staff, [[name:Jordan Fairweather]] ({{residential care worker}}), grabbed her wrist during a verbal disagreement on {{Unit 3}} at around 18:45 yesterday. No {{RPI}} was recorded. {{CCTV}} has been secured. [[name:Jordan]] has been removed from direct work pending your advice, in line with {{Working Together}} and our {{safeguarding}} policy. The {{DSL}} has spoken to [[name:Skye]], who has a small red mark on her left wrist ({{body map}} attached).

        Regards,
        [[name:Grace Achterberg]]
        {{Registered Manager}}
        [[phone:0113 496 0721]]
    """)),
    ("social_care", "near_miss", block("""
        VISITOR / FAMILY CONTACT - NEAR MISS
        Ref: [[case_reference:HE/FC/24/112]]
        Date: [[date:Sat 8 June]]
        YP: [[name:Kai-Lin Wong]] ({{justice}}, {{sentenced}})
        Visitor: [[name:Dwayne Pryce]], stated relationship "uncle"
        Address given: [[address:27 Mallory Terrace, Brackenfold]] [[postcode:WF9 4LT]]
        Vehicle: grey {{Vauxhall Astra}} [[vehicle_registration:YJ18 KPU]]
        What happened: {{reception}} checked photo ID but the visitor was not on the {{approved contact list}} from the {{YOT}}. The list on the reception PC was an old version; the current one (updated [[date:3 June]]) says no contact with Mr [[name:Pryce]]. Visit stopped before [[name:Kai-Lin]] was brought to the {{visits room}}. Visitor left calmly at 14:25. {{case manager}} informed.
        Action: {{admin}} to delete old lists - one master copy on {{SharePoint}} only.
    """)),
    ("social_care", "success", block("""
        [Teams chat - Unit 4 shift]
        [[name:Femi Adebayo]] 15:20: heads up [[name:Lola]] v escalated after call w her {{social worker}}, pacing + swearing on the corridor
        [[name:Nadia Haddad]] 15:21: coming over. dont crowd her, just you at the door pls
        [[name:Femi Adebayo]] 15:29: she's asked for you by name lol
        [[name:Nadia Haddad]] 15:48: in the {{sensory room}} now with the {{weighted blanket}} + her playlist. talking about the call, she's upset cos contact with her little brother moved again
        [[name:Femi Adebayo]] 16:30: she's eating tea. no {{RPI}}, no {{separation}} 🙏
        [[name:Grace]] (RM) 16:41: proper {{PACE}} in action. [[name:Nadia]] [[name:Femi]] can you both write it up for {{supervision}} + the {{learning log}} so the rest of the team can see what worked
    """)),
    ("social_care", "incident", block("""
        Incident chronology - [[date:14/06/2024]] - ref [[case_reference:IR-24-1044]]
        18:05 [[name:Brandon]] and [[name:TJ]] in the {{courtyard}} for {{free association}}, 1 staff
        18:12 [[name:Brandon]] climbed on to the {{sports hall}} roof using the {{goalpost}} next to the wall
        18:13 {{code yellow}} called on radio, [[name:TJ]] escorted inside
        18:20 {{duty manager}} [[name:Oksana Hrytsenko]] on scene, area cleared, {{estates}} asked to isolate the {{floodlights}}
        18:40 [[name:Brandon]] throwing roof tiles into the courtyard, no one hit
        19:28 came down by the same route after talking to his {{keyworker}} [[name:Mo Barker]]
        19:35 checked by {{nurse}} - graze L palm, nothing else
        Learning: goalpost anchored 1m from the wall - {{estates}} to move it today. Roof damage reported to {{facilities}}. {{Reg 40}} to be considered by the {{RM}}.
    """)),
    ("social_care", "incident", prose("""
        On [[date:Sunday 23 June]], during a routine {{room search}} after a family visit, staff found
        a mobile phone (no SIM) hidden inside a board game box in the bedroom of [[name:Tyrese Boateng-Hall]],
        [[age:aged 15]], who is on a {{justice}} placement. The phone held messages to a contact saved as
        "[[name:Big Cuz]]" on [[phone:07700 900771]] discussing "work" after release, which raises {{county lines}}
        and {{CCE}} concerns. [[name:Yusuf]] and Mrs [[name:Evans]] bagged the phone and handed it to
        [[organisation:Westmoor Police]] (ref [[case_reference:WP-24-131207]]). The {{MASH}} and the
        {{YOT}} were informed the same evening and an {{NRM}} referral is being considered under
        {{Contextual Safeguarding}}. [[name:Tyrese]] said the phone came in with a visitor; visits
        {{CCTV}} is being reviewed. The visits room search checklist is being revised.
    """)),
    # ------------------------------------------------------------------ health (17)
    ("health", "incident", prose("""
        On [[date:2 February 2024]] a {{carboplatin}} infusion for Mrs [[name:Dolores Fitzpatrick-Nwosu]]
        (hospital no. [[case_reference:AGH 4471203]], NHS [[nhs_number:485 777 3457]]) was compounded in
        the {{aseptic unit}} using a {{Calvert}} dose based on a creatinine result from [[date:11 January]]
        rather than the pre-cycle result. The newer result showed a fall in renal function and the
        correct dose would have been about 15% lower. The {{clinical screening}} pharmacist,
        [[name:Olamide Bankole]], checked the prescription against the {{chemotherapy protocol}}, but the
        {{e-prescribing}} system only displayed the latest result after a manual refresh. The dose was
        given on the {{Haematology Day Unit}}. The patient was reviewed by the {{consultant}},
        Dr [[name:Ingrid Solberg]], with no harm identified so far; {{FBC}} will be monitored. A
        {{Duty of Candour}} conversation took place. Datix [[case_reference:W221934]].
    """)),
    ("health", "near_miss", block("""
        picked {{oxycodone MR}} 10mg instead of {{oxycodone IR}} 5mg caps for mr [[name:o'halloran]] {{TTO}} ({{Ward 9}}). caught at final check by [[name:Priya]] ({{ACPT}}) so didnt leave the {{dispensary}}. both in the {{CD cupboard}} on same shelf right next to each other AGAIN - 3rd time this month. classic {{LASA}}. can we pls move the MR to the bottom shelf + put a shelf talker up. datix [[case_reference:W222410]]
        - [[name:jb]]
    """)),
    ("health", "success", block("""
        ⭐ SHOUT OUT ⭐ from [[name:Rukhsana]] ({{Aseptic Services Manager}})
        Huge thanks to [[name:Grace]], [[name:Piotr]], [[name:Mark]] and [[name:Abi Oyelowo-Smith]] who came in on [[date:27 May]] (bank holiday) when {{isolator}} 1 failed its {{pressure test}}. They moved the whole {{chemo}} list across to isolator 3, re-prioritised with the {{Haematology Day Unit}} and had all 38 doses out by 13:30. Not one patient had their treatment delayed.
        [[name:Mark]] also spotted a {{BSA}} capped at 2.0 on a {{FOLFOX}} worksheet and queried it with the {{SpR}} - correct as per protocol, but exactly the kind of challenge we want. Thank you!! 💜
    """)),
    ("health", "incident", block("""
        Aseptic unit - incident chronology
        Ref [[case_reference:ASU-DEV-24-031]] | {{Isolator 2}} | [[date:Tue 13 Feb 2024]]
        07:45 {{glove integrity test}} passed, session started by [[name:Krzysztof Zieliński]] ({{operator}})
        09:10 operator noticed a tear at the cuff of the right {{gauntlet}} while compounding {{cyclophosphamide}}
        09:11 work stopped, {{spill kit}} used, gauntlet changed, isolator taken out of use
        09:30 {{QA}} ([[name:Mei Ling Tan]]) informed, {{settle plates}} and {{finger dabs}} taken
        09:40 3 products in progress quarantined - 2 for [[organisation:Brontë Ward]], 1 for the {{Haematology Day Unit}}
        10:15 {{Accountable Pharmacist}} [[name:Rhiannon Pugh-Williams]] agreed to remake in isolator 3, approx 2h delay to patients
        Outcome: no operator skin contact ({{COSHH}} exposure form done). Wards informed by [[name:Krzysztof]].
    """)),
    ("health", "incident", block("""
        CONTROLLED DRUG DISCREPANCY REPORT            Ref: [[case_reference:CD-24-0212]]
        Hospital: [[organisation:Ashgrove General Hospital]]   Area: {{Ward 22}} ({{orthopaedics}})
        Date found: [[date:19/02/2024]] 08:10
        Drug: {{morphine sulfate}} 10mg/1ml injection       Register: 9   Actual: 8
        Last correct check: [[date:18/02/2024]] 20:00 - [[name:Ebony Castillo]] ({{nurse in charge}}) + [[name:Anand]]
        Patient: [[name:Harold Price]]   Hosp no: [[case_reference:AG3310958]]   NHS no: [[nhs_number:612 409 8350]]
        Findings: dose given at 02:15 recorded on {{EPMA}} but not in the {{CD register}}. Witness [[name:Jude Okafor]] confirmed the dose was drawn up and given. Register entry made retrospectively and annotated.
        Outcome: unrecorded administration - discrepancy resolved, {{CDAO}} informed.
        Reported by: [[name:Marianne Dubois]], {{ward pharmacist}}
    """)),
    ("health", "near_miss", block("""
        From: [[name:Bernadette Quaye]] <[[email:bernadette.quaye@ashgrove.example.nhs.uk]]>
        To: Pharmacy Stores <[[email:pharmacy.stores@ashgrove.example.nhs.uk]]>
        Date: [[date:Fri 1 March 2024]] 11:22
        Subject: Top up - strong KCl on Ward 7??

        Hi,

        Our {{top-up}} this morning had a box of {{potassium chloride}} 15% 10ml ampoules in it. We are not a {{critical care}} area and should never hold these. [[name:Ahmed]] (our {{HCA}}) noticed when putting the order away. They are quarantined in the {{treatment room}} and nothing has been used. Can someone collect ASAP please? Datix done, [[case_reference:W223087]].

        Thanks, [[name:Bernie]]

        Sister [[name:B. Quaye]] | {{Ward Manager}}, {{Ward 7}} | ext [[phone:4417]]
    """)),
    ("health", "incident", block("""
        [Teams - ASU planning]
        [[name:Tomás Herrera]] 09:02: the {{pembrolizumab}} we made for Mrs [[name:Kowalski]] - day unit saying she's not booked till next week??
        [[name:Chidi]] 09:05: just checked {{e-prescribing}}. appt was moved on [[date:8 March]] but our production schedule wasnt updated
        [[name:Aoife]] 09:07: any other pembro pts today we can reassign to?
        [[name:Tomás Herrera]] 09:09: none. 24h expiry so it's wasted, approx £5.2k 😞
        [[name:Aoife]] 09:15: ok log it pls. we need the {{day unit}} to tell us about every reschedule, not just cancellations. i'll raise at {{SACT}} governance
        [[name:Chidi]] 09:31: datix [[case_reference:W223301]] done
    """)),
    ("health", "success", block("""
        Dispensary team huddle - notes
        Date: [[date:Wed 10 April]]
        Attendees: [[name:Joanne Whitlock]] ({{Lead Technician}}), [[name:Hussein Al-Masri]] ({{ACPT}}), [[name:Faith]], [[name:Callum]], [[name:Ngozi]] ({{pre-reg pharmacist}}), [[name:Teodora Ilieva]] ({{Dispensary Manager}})
        Apologies: [[name:Raj]] (annual leave)

        1. Good catches - {{barcode scanning}}
        Since go-live on [[date:18 March]] scanning has stopped 23 picking errors before the {{accuracy check}}, incl. {{prednisolone}} 25mg picked for 5mg and {{Sando-K}} picked for {{Slow Sodium}}. Team feel much more confident on busy {{TTO}} afternoons.
        2. Actions
        [[name:JW]] to present the data at the {{Medicines Safety Group}}. [[name:TI]] to order two more scanners for {{outpatients}}.
    """)),
    ("health", "incident", block("""
        Dispensary error log - week ending [[date:15/03/24]]
        Ref        | Date  | Item                 | Error                  | Found by | Reached pt?
        [[case_reference:DE-0411]] | [[date:11/03]] | {{amlodipine}} 10mg     | wrong strength (5mg)   | [[name:SK]]       | no
        [[case_reference:DE-0412]] | [[date:12/03]] | {{sertraline}} 50mg     | wrong patient label    | [[name:H.A-M]]    | no
        [[case_reference:DE-0413]] | [[date:13/03]] | {{Epilim}} 200mg EC     | wrong brand ({{Episenta}}) | patient  | YES - 1 dose
        [[case_reference:DE-0414]] | [[date:14/03]] | {{insulin aspart}}     | qty 1 pen not 5        | [[name:SK]]       | no
        Note: [[case_reference:DE-0413]] reached the patient at home; {{community pharmacy}} and {{GP}} informed, no harm. {{Datix}} [[case_reference:W223455]]. Brand-switch alerts to be added to the {{PMR}}.
    """)),
    ("health", "near_miss", block("""
        Late -> on-call handover [[date:20/03]]
        From [[name:Nkechi]] (late pharmacist) to [[name:Felipe]] (on-call)
        - {{Ward 11}}: {{warfarin}} 5mg tabs for Mrs [[name:Adeyinka]] labelled "take 5 tablets" instead of ONE 5mg tablet. Caught by [[name:Ossie]] on the ward before the first dose, relabelled. Datix [[case_reference:W223561]].
        - {{clozapine}} level for Mr [[name:Lindgren]] ([[case_reference:AG2210487]]) due tomorrow, restart plan after {{ECG}} - {{psychiatry liaison}} aware.
        - {{AMU}} asked for {{Tazocin}} - 4 vials left in the {{emergency cupboard}}, {{wholesaler}} order placed for 08:00 delivery.
        Bleep me if anything, I'm in till 21:00.
    """)),
    ("health", "success", block("""
        From: [[name:Sunil Varghese]] <[[email:sunil.varghese2@ashgrove.example.nhs.uk]]>
        To: Pharmacy Managers
        Subject: Thank you to [[name:Pat]] in pharmacy

        Hello,
        I wanted to say a big thank you to [[name:Pat]] from the {{ward pharmacy}} team. During {{medicines reconciliation}} yesterday she spotted that a lady admitted from [[organisation:Fernlea Care Home]] had been on {{levetiracetam}} for years and it had not been charted. She got the {{FY1}} to prescribe it before the next dose was due, which may well have prevented a seizure. Calm, thorough and kind with the family too.

        Many thanks
        [[name:Sunil]]
        {{Charge Nurse}}, [[organisation:Brontë Ward]]
        Bleep [[phone:2291]]
    """)),
    ("health", "near_miss", prose("""
        During the final {{release check}} on [[date:26 March 2024]], the {{Accredited Checking Technician}},
        [[name:Sinéad Ní Bhriain]], noticed that a {{paclitaxel}} infusion label carried the name of the
        patient booked immediately before on the worksheet. The worksheet itself was correct:
        {{paclitaxel}} 175 mg/m² for Ms [[name:Temperance Adjei]] (NHS [[nhs_number:943 176 2080]]),
        but the label printed was for Mr [[name:Obi]], whose dose differed by 12 mg. The bag was
        quarantined, relabelled and re-checked by a second {{pharmacist}}. Both worksheets had been
        open in the {{e-prescribing}} system at the same time on one {{workstation}}. Staff have been
        reminded to close each worksheet before printing, and {{IT}} are looking at a one-record lock.
        Ref [[case_reference:ASU-NM-24-058]].
    """)),
    ("health", "incident", block("""
        dropped a 300ml {{Oramorph}} bottle in the {{CD room}} at 16:40 doing the {{CD order}} for {{Ward 5}} - smashed, approx 180ml lost. witnessed by [[name:leon]]. cleaned up w {{spill kit}}, recorded in {{CD register}} as broken/witnessed + signed by both of us. Ms [[name:Greaves]] ({{CDAO}} deputy) emailed. datix [[case_reference:W223990]].
        bottle was on the edge of the bench bc there's no space - bench is always rammed on a {{Thurs}}. need more shelving pls!!
        - [[name:Aleksandra]], {{band 5}} tech
    """)),
    ("health", "success", block("""
        #asu-team (Slack)
        @[[name:rukhsana.b]]: 📣 {{MHRA}} inspection feedback just in - NO major deficiencies 🎉
        @[[name:piotr.k]]: 🥳🥳
        @[[name:rukhsana.b]]: special mention to @[[name:abi.os]] for the {{environmental monitoring}} trend reports and @[[name:grace.t]] for rewriting the {{cleaning SOP}}. inspector said our {{deviation}} log was "exemplary"
        @[[name:grace.t]]: team effort!! cake in the {{clean room}} changing area? 😂
        @[[name:rukhsana.b]]: absolutely not in the {{grade C}} area 😂 {{staff room}} 3pm
        @[[name:abi.os]]: i'll bring the {{QP}} too, she deserves cake after that week
    """)),
    ("health", "near_miss", block("""
        OUTPATIENT DISPENSING - NEAR MISS
        Patient: [[name:Vusumuzi Ndlovu]]     DOB: [[date_of_birth:03/07/1958]]
        NHS No: [[nhs_number:720 538 1495]]   Hosp No: [[case_reference:AG5092316]]
        Address: [[address:Flat 6, Larchwood Court, 112 Station Road, Brackenfold]] [[postcode:HX6 2DR]]
        Tel: [[phone:07700 900542]]
        Rx: {{methotrexate}} 2.5mg tablets, 15mg ONCE WEEKLY ({{Mondays}}); {{folic acid}} 5mg weekly
        Error: label printed "take 6 tablets daily". Caught at {{clinical check}} by [[name:Will Carrow-Ansah]] before bagging.
        Cause: the {{dispensing system}} defaulted to daily directions when the {{rheumatology}} template was bypassed.
        Ref: [[case_reference:OP-NM-0172]]     Reported: [[date:4 April 2024]]
    """)),
    ("health", "incident", block("""
        From: [[name:Hollis Banerjee]] <[[email:h.banerjee@ashgrove.example.nhs.uk]]>
        To: {{CDAO}} <[[email:cdao@ashgrove.example.nhs.uk]]>
        Date: [[date:12 April 2024]] 07:55
        Subject: Missing CD key - Ward 14 overnight

        Morning Dr [[name:Ostrowska]],

        The {{CD cupboard}} key for {{Ward 14}} was missing from 23:30 to 04:10 last night. The {{night coordinator}} ([[name:Cherry Lim]]) used the emergency key from the {{site office}}. The key was later found in the tunic pocket of an {{agency nurse}} ([[name:R. Mbatha]]) who had gone on break. Full stock check by me and [[name:Cherry]] at 07:00 - all balances correct, including {{fentanyl}} patches and {{midazolam}}. Datix [[case_reference:W224318]].

        [[name:Hollis]]
        {{Senior Pharmacist}}, {{Medication Safety}}
    """)),
    ("health", "success", block("""
        LEARNING FROM EXCELLENCE - nomination
        Nominee: [[name:Joy-Anne Kirkpatrick]], {{Pharmacy Technician}}, top-up team
        Nominated by: [[name:Ruth Abernethy]], {{Matron}}, {{Critical Care}}
        Date: [[date:Sat 20 April]]
        What happened: [[name:Joy-Anne]] noticed during the {{ward top-up}} that 14 ampoules of {{noradrenaline}} in the critical care stock were due to expire within a week. She arranged a swap with {{ED}} who use more, then rebuilt our {{top-up list}} so the levels match what we actually use. Nothing wasted, and we have not run short of {{vasopressin}} since.
        Why it matters: she went beyond the job - this is exactly the {{Safety-II}} thinking we want to grow.
    """)),
    # ------------------------------------------------------------------ aviation (16)
    ("aviation", "incident", block("""
        Company frequency recording - transcript
        [[date:07/03/2024]] | [[flight_number:TQ 614]] | [[aircraft_registration:G-TQCF]] ({{A320}}) | {{EGCC}}-{{LEMG}}
        19:42:10 [[flight_number:TQ614]]: [[organisation:Tern]] ops, [[flight_number:Tern 614]].
        19:42:14 OPS: [[flight_number:Tern 614]], ops, go ahead.
        19:42:20 [[flight_number:TQ614]]: Medical on board, male passenger [[age:aged 72]], chest pain, there's a {{doctor}} helping. We've declared {{PAN}} with {{ATC}} and we're diverting to Bordeaux, {{LFBD}}.
        19:42:41 OPS: Copied Bordeaux. I'll get handling and an {{ambulance}} to meet you. Any fuel concern?
        19:42:48 [[flight_number:TQ614]]: Negative, fuel is fine. Estimating 20:25.
        19:43:02 OPS: Roger, stand to follow on {{ACARS}}.
        Note ({{DOM}} [[name:Callum Ferreira-Bains]]): landed 20:29, passenger to hospital. Handling by [[organisation:Aquitaine Piste Services]]. {{Captain}} [[name:Elspeth Moreau]] and crew then out of {{FDP}}, so night-stop; rescue aircraft next morning. {{ASR}} [[case_reference:TQ-SR-24-0288]].
    """)),
    ("aviation", "incident", block("""
        OCC flight watch - late escalation
        Ref [[case_reference:OCC-OR-24-0118]] | [[date:Sun 17 March]]
        06:40 [[flight_number:TQ 221]] ([[aircraft_registration:G-TQAB]]) off blocks {{EGNX}}
        07:05 last {{ACARS}} position report received
        07:45 {{flight watch}} alert on screen for missed report - not actioned, one {{dispatcher}} covering two desks while [[name:Ifeoma]] on break
        08:10 [[name:Greg Halloran]] noticed the alert, sent ACARS free text, no reply
        08:12 called the {{ACC}} supervisor
        08:14 {{ATC}} confirmed [[flight_number:TQ 221]] in radio contact and normal - ACARS unit fault suspected, {{MCC}} informed
        Learning: 25 min between alert and action. Break cover must not leave a single person watching both desks. {{DOM}} [[name:Ken Osei]] to amend the OCC manual.
    """)),
    ("aviation", "near_miss", block("""
        CREW CONTROL OCCURRENCE - NEAR MISS
        Ref: [[case_reference:CC-24-0077]]             Date: [[date:28/03/2024]]
        Crew member: F/O [[name:Anjali Ramaswamy]]      Staff no: [[case_reference:TQ40217]]
        Base: {{MAN}}   Aircraft: {{E190}}
        What happened: after a roster swap requested by the crew member the day before, F/O [[name:Ramaswamy]] was rostered a 4-sector day reporting 05:50 after a 23:10 finish. Rest was legal at 12h 40m, but the {{FDP}} would have exceeded the {{ORO.FTL}} maximum if the first sector was delayed by more than 30 minutes. The {{crew management system}} did not flag it because the swap went in as a manual override.
        Caught by: {{crew controller}} [[name:Bartek Nowicki]] on the 04:00 legality sweep; standby F/O [[name:Hamish Doyle-Okoro]] called out.
        Action: manual overrides to need a second check by the {{duty crew controller}}.
    """)),
    ("aviation", "near_miss", prose("""
        On [[date:22 April 2024]] the {{briefing pack}} for [[flight_number:TQ 377]]
        ([[aircraft_registration:G-TQDM]], {{ATR 72}}) to Newcastle did not include {{NOTAM}}
        {{A0873/24}}, which withdrew the {{ILS}} on runway {{25}} for maintenance between 10:00 and 14:00.
        The {{dispatcher}}, [[name:Carys Llewellyn]], had filtered the NOTAMs by the planned arrival time,
        but the filter compared {{UTC}} validity times with a local-time {{ETA}}, which was an hour out.
        The {{Captain}}, [[name:Stanislav Horák]], picked it up during his own review of the NOTAM list in
        the {{crew room}} and asked {{OCC}} for a revised fuel figure to allow an {{RNP}} approach and extra
        holding. There was no operational impact. The briefing tool is being changed to work in UTC only.
        Ref [[case_reference:TQ-SR-24-0351]].
    """)),
    ("aviation", "success", block("""
        👏 OCC shout-out 👏
        At 03:55 on [[date:Sat 6 April]] three {{cabin crew}} went sick at {{EGGD}} for the first wave. [[name:Gwen]] on {{crew control}} called out two standbys, positioned a third from {{BHX}} by taxi ([[organisation:Mendip Cars]]) and re-planned the pairings - all 6 first-wave departures left on time.
        [[name:Gwen]] also spotted that standby [[name:Kofi Asamoah]]'s {{SEP}} training had lapsed on [[date:31 March]] and swapped him before he reported, which saved us an {{ASR}} and a very awkward phone call.
        Proper calm under pressure. Thank you!
        [[name:Rory]] ({{Head of OCC}})
    """)),
    ("aviation", "incident", block("""
        From: [[name:Dominic Achebe]] ({{Duty Operations Manager}})
        To: OCC all
        Date: [[date:3 April 2024]] 09:12
        Subject: Dispatch with expired MEL item - [[aircraft_registration:G-TQEK]]

        All,

        Yesterday [[aircraft_registration:G-TQEK]] operated two sectors ([[flight_number:TQ 118]]/[[flight_number:TQ 119]]) with a {{Cat C}} {{MEL}} item ({{APU}} bleed valve) one day past its rectification interval. {{MCC}} ([[name:Yolanda Fairclough]]) had the extension request drafted but it was never sent to the {{CAMO}}, and the dispatch check only looked at open items, not their expiry. The {{Captain}} was not told.

        An {{MOR}} has gone to the {{CAA}} via our safety team, internal ref [[case_reference:TQ-SR-24-0339]]. Until the {{tech log}} interface is fixed, dispatchers must check MEL expiry dates by hand.

        [[name:Dom]]
        {{DOM}} | [[organisation:Tern Air]] {{OCC}} | [[phone:0161 496 0385]]
    """)),
    ("aviation", "near_miss", block("""
        #occ-dispatch
        [[name:liam.d]] 05:48: OFP sent to [[aircraft_registration:G-TQAB]] crew for [[flight_number:TQ 502]]
        [[name:sofia.r]] 05:52: erm [[name:liam]] that OFP is built on [[aircraft_registration:G-TQCF]] weights?? check the {{DOW}}
        [[name:liam.d]] 05:53: 🤦 yes tail swap at 05:30, didnt rebuild. resending now
        [[name:sofia.r]] 05:55: crew already at the aircraft, ring them
        [[name:liam.d]] 06:01: new OFP sent + spoke to the {{captain}}, they'd spotted the {{MTOW}} mismatch themselves on the {{loadsheet}}. no delay
        [[name:ken.o]] ({{DOM}}) 06:05: ok pls {{ASR}} it. tail swaps should force a rebuild in the {{flight planning system}} - will raise with {{IT}}
    """)),
    ("aviation", "success", block("""
        OCC weekly review - minutes
        Date: [[date:Thursday 18 January 2024]]
        Present: [[name:Rory Castellanos]] ({{Head of OCC}}), [[name:Dominic Achebe]] ({{DOM}}), [[name:Gwen Tudor]] ({{Crew Control}} lead), [[name:Ibrahim Sesay]] ({{Dispatch}} lead), [[name:Marta]] ({{MCC}})
        Apologies: [[name:Ken Osei]], [[name:Sunny]] (safety)

        1. Snow day [[date:15 January]] - what went well
        42 of 44 flights operated. {{De-icing}} holdover planning with [[organisation:Skyline Ground Services]] worked well after the changes made last winter. [[name:Ibrahim]]'s early call to swap two {{ATR 72}} rotations kept the crews inside {{FDP}}.
        2. Learning
        Delay coding was inconsistent ({{code 75}} vs {{code 89}}) - [[name:IS]] to brief dispatchers.
        3. AOB - none.
    """)),
    ("aviation", "incident", block("""
        Crew transport failure - delay summary [[date:Mon 13 May]]
        Flight   | Reg     | STD   | ATD   | Delay | Code | Remarks
        [[flight_number:TQ 301]] | [[aircraft_registration:G-TQAB]] | 06:00 | 06:52 | 52    | {{63}}   | crew minibus no-show
        [[flight_number:TQ 411]] | [[aircraft_registration:G-TQCF]] | 06:15 | 07:01 | 46    | {{63}}   | same minibus
        [[flight_number:TQ 302]] | [[aircraft_registration:G-TQAB]] | 09:10 | 09:55 | 45    | {{93}}   | rotation
        [[flight_number:TQ 412]] | [[aircraft_registration:G-TQCF]] | 09:30 | 10:08 | 38    | {{93}}   | rotation
        Notes: minibus [[vehicle_registration:BD19 XFT]] from [[organisation:Airedale Cars]] went to the old crew hotel. {{crew control}} ([[name:Pawel]]) booked taxis at 05:40. Supplier had not been told of the hotel change on [[date:10 May]]. Total reactionary delay 83 min.
    """)),
    ("aviation", "near_miss", block("""
        disp note - filed [[flight_number:TQ 915]] {{FPL}} w {{EGNX}} as {{alternate}} but the {{NOTAM}} says {{RFFS}} cat reduced to 5 from 2100z and our {{A320}} needs cat 6. [[name:ibrahim]] spotted it on the cross check b4 release, refiled w {{EGBB}}, +400kg fuel. no delay.
        need an RFFS cat check in the alt selection checklist pls!! been caught by this before
        -- [[name:tm]]
    """)),
    ("aviation", "incident", block("""
        GROUND INJURY REPORT (crew) - OCC copy
        Ref: [[case_reference:HS-24-0144]]          Date of event: [[date:9 May 2024]]
        Name: [[name:Ngaio Te Rangi]]               Role: {{cabin crew}} ({{SCCM}})
        DOB: [[date_of_birth:14/12/1991]]             NI no: [[ni_number:JT 48 19 62 C]]
        Home address: [[address:3 Wren Gardens, Oldcastle Moor]] [[postcode:BD13 5HW]]
        Contact: [[phone:07700 900164]]
        Aircraft / flight: [[aircraft_registration:G-TQEK]] / [[flight_number:TQ 118]], {{stand}} 31
        What happened: slipped on wet {{airstairs}} during boarding at 06:20, fell three steps, injured right wrist. First aid by the {{handling agent}} ([[organisation:Skyline Ground Services]]). Replaced by standby [[name:Kit]]; flight delayed 35 min.
        {{RIDDOR}}: over-7-day injury likely - {{H&S}} to decide. Stair mats to be checked by the {{station manager}}.
    """)),
    ("aviation", "success", block("""
        Company frequency - [[date:11/05/24]]
        21:14 [[flight_number:Tern 433]]: Ops, [[flight_number:Tern 433]], Jersey is going down with {{CB}}s overhead, we're holding at {{ORTAC}}, 25 minutes holding fuel then we'll need to go.
        21:14 OPS: [[flight_number:Tern 433]], copied. Guernsey {{METAR}} is fine, 9999 {{FEW}}030, and handling there is already expecting you. Hotel rooms are on hold for crew and passengers if needed.
        21:15 [[flight_number:Tern 433]]: Brilliant, that's great, thanks.
        21:31 [[flight_number:Tern 433]]: Diverting Guernsey.
        Debrief note ([[name:Ibrahim Sesay]], {{Dispatch}} lead): {{Captain}} [[name:Nilufar Rahimova]] called afterwards to say the early plan took all the pressure off the flight deck. Pax bussed to the ferry next morning, no complaints logged.
    """)),
    ("aviation", "success", block("""
        From: Capt [[name:Rosa Ekwueme]] <[[email:rosa.ekwueme@ternair.example.com]]>
        To: Dispatch <[[email:occ.dispatch@ternair.example.com]]>
        Subject: thank you - [[flight_number:TQ 780]] last night

        Hi team,

        Quick thank you to [[name:Ibrahim]] for last night. We had a {{hydraulics}} caution on taxi-out for [[flight_number:TQ 780]] and returned to {{stand}}. By the time we were back on blocks he had [[aircraft_registration:G-TQFA]] allocated, a new {{OFP}} built and the {{ground crew}} already moving the bags. 48 minutes door to door.

        It makes a real difference when {{OCC}} is a step ahead.

        [[name:Rosa]]
        {{Captain}}, {{A320}} fleet
    """)),
    ("aviation", "incident", block("""
        [WhatsApp - Crew Control MAN]
        [[name:Hamish D-O]] 22:14: who moved [[name:Conor Ashby]]'s report to 05:30 tmrw?
        [[name:Bartek]] 22:16: me, to cover the sick F/O on [[flight_number:TQ 201]]
        [[name:Hamish D-O]] 22:17: he only landed at 20:05, thats 9h25 rest. min is 12h
        [[name:Bartek]] 22:19: 🙈 the system showed the 18:05 schedule not the actual. will change back
        [[name:Hamish D-O]] 22:21: too late, he's acknowledged it + he's already driving to the airport hotel
        [[name:Bartek]] 22:33: called him. he's ok to stay at the hotel, back to original 08:10 report. standby [[name:Priti]] covers [[flight_number:TQ 201]]
        [[name:Hamish D-O]] 22:35: ok. still an {{FTL}} {{ASR}} - notification breached {{ORO.FTL}} rest rules even if not flown
    """)),
    ("aviation", "near_miss", block("""
        OCC shift handover 18:00 [[date:Fri 14 June]]
        Outgoing {{DOM}}: [[name:Dominic]]  Incoming: [[name:Ken]]
        - {{GNSS}} interference {{NOTAM}} still active for the northern route, crews briefed to expect conventional approaches.
        - NEAR MISS: [[aircraft_registration:G-TQDM]] ({{ATR 72}}) planned onto [[flight_number:TQ 352]] tonight with an open {{MEL}} item ({{ice detector}} inop). {{TAF}} has moderate {{icing}} forecast - dispatch not permitted. Caught by [[name:Ibrahim]] on the dispatch check, tails swapped with [[aircraft_registration:G-TQHB]]. {{ASR}} to follow.
        - {{AOG}}: none. {{MCC}} expecting the [[aircraft_registration:G-TQDM]] detector part at 02:00.
        - Crew: 2 standbys left at {{MAN}}, 1 at {{EGGD}}.
    """)),
    ("aviation", "success", block("""
        Learning review - bird strike recovery, [[aircraft_registration:G-TQFA]], [[date:2 June 2024]]
        Attendees: [[name:Rory Castellanos]] (chair), [[name:Marta Wójcik]] ({{MCC}}), [[name:Gwen Tudor]], [[name:Faisal]] (station engineer), [[name:Angharad Bevan]] (safety)
        Apologies: [[name:Ken Osei]]
        Summary: [[flight_number:TQ 640]] hit a flock of gulls on the {{climb-out}}, returned with a suspected {{engine}} ingestion. {{MCC}} had a {{borescope}} engineer on site within 90 minutes and the aircraft back in service the next afternoon.
        What went well: early call from [[name:Marta]] to cancel the next two rotations rather than wait; customer comms out within the hour; {{NOTAM}} for bird activity raised with the airport the same day.
        Action: [[name:AB]] to share with {{safety action group}}.
    """)),
]

if __name__ == "__main__":
    write_records(OUT, build_records("blind218", REPORTS))
