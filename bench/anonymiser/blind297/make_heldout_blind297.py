"""Held-out blind corpus 297: UK incident, near-miss and success ("learning") reports.

Fifty reports written blind (without sight of the de-identifier or any other corpus) as
front-line practitioners type them into a confidential reporting system:

* social_care (17): special guardianship and private fostering;
* health (17): a dental practice;
* aviation (16): a police air support unit.

Styles are deliberately mixed: rushed lower-case notes with typos and txt-speak, formal
narratives, chronologies with times, forms with Name/DOB/Ref/Address fields, e-mails with
headers and signatures, chat exports (Teams, WhatsApp, Slack with handles), handover notes,
minutes with attendance/apologies, pipe-separated tables, radio (RT) transcripts, call
transcripts, shout-outs and thank-you cards.

Every person, organisation, place and number is invented. Identifiers are marked
``[[label:value]]`` and must-not-redact mentions ``{{term}}`` (see markup.py).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from markup import block, build_records, write_records  # noqa: E402
from markup import flow as prose  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "corpus" / "heldout_blind297.jsonl"

REPORTS = [
    # ------------------------------------------------------------------ social care
    ("social_care", "incident", block("""
quick note b4 i forget!! visited [[name:hope]] ([[age:9]]) at her {{nan}} [[name:grace]]'s today [[date:tues 14th]]. {{SGO}} placement since she was a baby.
[[name:grace]] says birth mum [[name:kayleigh]] turned up at the school gates yest at hometime and tried to walk off with [[name:hope]], the {{TA}} stepped in n took her back inside. nobody rang us!! school ([[organisation:st barnabas primary]]) only told [[name:grace]] at pick up. contact is meant to be {{supervised}} only per the {{SGSP}}, [[name:kayleigh]] knows this.
ive told [[name:grace]] to ring {{999}} if [[name:kayleigh]] comes to the house + {{EDT}} out of hrs.
todo:
- ring {{DSL}} at school re why no call to us
- update {{chronology}} on [[case_reference:LCS-448201]]
- tell {{TM}} tomoz, poss {{strategy discussion}}?
[[name:hope]] seemed ok, bit quiet, showed me her lego. [[name:grace]] v shaken tbh
[[name:jo]] ({{SSW}})
""")),
    ("social_care", "near_miss", prose("""
Near miss – delayed {{private fostering}} notification. On [[date:6 February 2024]] the attendance officer at
[[organisation:Kingsmead Academy]] mentioned to our {{Family Hub}} worker that a {{Year 10}} pupil,
[[name:Tran Minh Khoa]] ([[age:15]]), had been living with a family friend, Mrs [[name:Do Thi Huong]], since last
summer while his parents worked overseas. Nobody had notified the council. The information sat in the worker's
case notes for eleven days because she assumed the school had already referred to the {{MASH}}, and the school
assumed the reverse. A {{duty social worker}} visited on [[date:19 February]] and found a warm, stable arrangement:
[[name:Khoa]] has his own room and Mrs [[name:Do]] goes to every parents' evening. However, no {{DBS}} check had been
done on her adult son, who also lives at [[address:27 Ferndale Crescent, Brackenford]] [[postcode:BK4 7RN]]. Checks
have since come back clear and {{Regulation 8}} visits are booked. Learning: whoever first hears about a possible
private fostering arrangement refers the same day and does not assume someone else has; a prompt is being added
to the Family Hub {{early help assessment}}. Ref [[case_reference:PF-2024-0117]].
""")),
    ("social_care", "success", block("""
Teams | SG Support Team channel
[[name:Priya Raghunathan]]  10:42
Massive shout out to [[name:Will]] 👏 The [[name:Wiśniewski]] family ({{special guardians}} for little [[name:Zofia]], [[age:3]]) rang me this morning in happy tears. [[name:Will]] stayed late on {{Friday}} with [[name:Tomasz]] going through every {{SGO}} allowance letter line by line, spotted that the backdated payment had been worked out from [[date:1 Nov]] instead of the order date ([[date:12 Sept]]) and got finance to correct it, about £1,900 owed. He also sorted her {{funded nursery hours}} at [[organisation:Little Acorns Nursery]].
[[name:Will Osei-Bonsu]]  10:47
ha cheers [[name:Priya]]. [[name:Agnieszka]] did the hard bit tbh, she'd kept every letter in a folder
[[name:Dev Malhotra]]  10:51
legend. can we take the calc error to {{practice forum}} on {{Thursday}} so {{business support}} can check other {{SGO}} start dates?
""")),
    ("social_care", "near_miss", block("""
From: [[name:Rukhsana Begum]] <[[email:rukhsana.begum@brackenford.gov.uk]]>
To: SG Team Managers
Sent: [[date:Wednesday 3 April 2024]] 16:12
Subject: Near miss – guardians' address nearly disclosed – [[case_reference:SG/3391]]

Hi all,

Flagging a near miss from today. I drafted the annual {{letterbox contact}} letter to {{birth dad}} [[name:Craig Pennington]] on behalf of the {{special guardians}}, Mr and Mrs [[name:Achterberg]]. The template auto-filled the guardians' home address ([[address:4 Willow Garth, Elmsworth]], [[postcode:EL2 9DW]]) into the footer. [[name:Craig]] has made threats in the past and the {{SGO}} support plan is clear that the address must never be shared.

{{Business Support}} spotted it on the {{second check}} before posting, so nothing went out. I've asked {{ICT}} to remove the auto-footer from all letterbox templates and will raise it at {{practice forum}}.

Thanks,
[[name:Rukhsana]]

[[name:Rukhsana Begum]] | {{Senior Practitioner}}, Special Guardianship Support
[[organisation:Brackenford Borough Council]] | [[phone:01632 960 418]]
""")),
    ("social_care", "incident", block("""
CHRONOLOGY – missing episode, privately fostered child
Child: [[name:Larissa Mendes Costa]] ([[age:14]]) – {{host carer}} Ms [[name:Bernadette Quinlan]]
Arrangement made through [[organisation:Albion English Academy]] ({{language school}}), parents in Brazil.

[[date:Sat 9 March]]
18:30  [[name:Larissa]] leaves host home to meet friends at the {{cinema}}, says back by 21:00
21:45  not home. Ms [[name:Quinlan]] rings her mobile – switched off
22:30  Ms [[name:Quinlan]] rings the school's {{guardianship}} line – voicemail only
22:50  reported missing to police, log [[case_reference:0419-09032024]]
23:20  police inform {{EDT}}; {{EDT}} cannot find parents' numbers on file
[[date:Sun 10 March]]
01:10  [[name:Larissa]] found by officers at a friend's flat in the {{town centre}}, returned home, appears unharmed
11:00  {{return home interview}} requested
[[date:Mon 11 March]]
09:30  school provides parents' contact details on request

Issues: no emergency contacts for birth parents held by us; out-of-hours line at the school not staffed. {{private fostering}} notification had been received but the {{Regulation 8}} visit was overdue.
""")),
    ("social_care", "success", block("""
Thank-you card received by the kinship team, typed up for the learning log:

"Dear [[name:Faith]] and everyone at the [[organisation:Ashcombe Kinship Hub]],
When we got the {{special guardianship order}} for [[name:Summer]] and [[name:River]] we honestly didn't know where to start. [[name:Faith]] you helped us apply to the {{Adoption and Special Guardianship Support Fund}} for [[name:Summer]]'s {{therapeutic parenting}} sessions, you came to the {{Family Court}} with us and you never once made us feel stupid. The {{peer support group}} on {{Tuesdays}} has been a lifeline, especially [[name:Gloria]] and [[name:Desmond]]. [[name:River]] starts {{reception}} in {{September}} and we feel ready.
All our love,
[[name:Pat]] & [[name:Bill]] ({{Nana}} and {{Grandad}}) xx"

Manager's note: shared with [[name:Faith Adeyemi]] in supervision on [[date:18/04/24]]. The ASF application model she used is now in the team toolkit.
""")),
    ("social_care", "near_miss", block("""
PRIVATE FOSTERING – RISK / NEAR MISS FORM
Child: [[name:Amani Njeri Wambui]]
DOB: [[date_of_birth:17/05/2011]]
Ref: [[case_reference:PF-0882]]
Address: [[address:Flat 3, 118 Station Road, Thornleigh]], [[postcode:TH7 2LP]]
Private foster carer: [[name:Mercy Wanjiru]] (family friend)
Tel: [[phone:07700 900 583]]
Date of visit: [[date:22/01/24]]
Category: Near miss – health / medication

What happened: [[name:Amani]] has {{asthma}} ({{salbutamol}} reliever + {{Clenil}} preventer). On the {{statutory visit}} I found the preventer had run out three weeks ago. The {{GP}} ([[organisation:Thornleigh Medical Centre]]) would not take repeat requests from [[name:Mercy]] as she has no {{parental responsibility}} and there was nothing on file from mum. [[name:Amani]] had been borrowing a friend's inhaler at school. No attack, but she said she'd been "wheezy at night".
Action: mum emailed written consent from Kenya the same day; the surgery accepted it and issued a prescription. Delegated authority letter template added to the PF pack.
Reported by: [[name:Oluwaseun]] ({{supervising social worker}})
""")),
    ("social_care", "incident", block("""
MINUTES – multi-agency meeting following contact incident
Child: [[name:Joy Mbeki-Harris]] ([[age:7]]) – {{SGO}} to maternal aunt
Date: [[date:28/02/2024]], via Teams

Present: [[name:Samira El-Amin]] (allocated SW, chair); [[name:Gareth Pryce]] ({{Team Manager}}); Mrs [[name:Lorraine Harris]] ({{special guardian}}); [[name:Oksana Petrenko]] ({{DSL}}, [[organisation:Greenhill Primary School]]); PC [[name:Adebayo]] ({{Safer Schools}})
Apologies: Dr [[name:Imogen Fenwick]] ({{GP}}); [[name:Tyrone]] (contact supervisor)

1. Incident
On [[date:24 Feb]] during {{supervised contact}} at [[organisation:Hartley Family Centre]], birth father [[name:Dean Mbeki]] took photos of [[name:Joy]] in her school jumper and posted them on social media the same evening. The school badge was clearly visible. The "phones away" rule was in the contact plan but was not enforced.
2. Discussion
Mrs [[name:Harris]] is worried that paternal family now know the school. [[name:Oksana]] confirmed extra vigilance at drop-off and pick-up.
3. Actions
– [[name:Samira]] to request removal of the posts via police by [[date:1 March]]
– contact plan re-signed by [[name:Dean]]; phones handed in at the desk
– {{Family Court}} to be informed
""")),
    ("social_care", "success", prose("""
Good practice – special guardianship assessment with an interpreter. [[name:Gurdev Kaur Sandhu]], paternal
grandmother of [[name:Arjun]] ([[age:2]]), was being assessed as a {{special guardian}} under a tight {{PLO}}
timetable. She speaks Punjabi and limited English. Rather than rely on her son to translate,
[[name:Hannah O'Rourke]] booked the same {{interpreter}}, [[name:Baljit]], for all six sessions so that trust built
up, sent the {{genogram}} and {{ecomap}} in advance, and used pictures for the {{Signs of Safety}}
{{three houses}} exercise. Mrs [[name:Sandhu]] later said it was the first time professionals had "talked to me,
not about me". The assessment was filed on time on [[date:2 May]] and the order was made at
[[organisation:Brackenford Family Court]] on [[date:15 May 2024]] with a support plan she fully understood.
Learning: consistent interpreter, materials in advance, never family members as interpreters. [[name:Hannah]]'s
session plans are now on the team drive. Ref [[case_reference:SGA-20931]].
""")),
    ("social_care", "incident", block("""
WhatsApp chat export – work phone – added to [[case_reference:PF-0945]]

[[date:02/04/2024]], 21:14 - [[name:Beata Kowalczyk]]: hi [[name:Sunny]] sorry to msg so late
[[date:02/04/2024]], 21:15 - [[name:Beata Kowalczyk]]: police were here tonight. me and [[name:Lee]] had a argument and neighbour called them
[[date:02/04/2024]], 21:15 - [[name:Beata Kowalczyk]]: [[name:Mihai]] is ok he went to his friend [[name:Andrei]] house
[[date:02/04/2024]], 21:31 - [[name:Sunny Bhattacharya]]: Hi [[name:Beata]], thanks for telling me. Is [[name:Lee]] still at the house? Has anyone been hurt?
[[date:02/04/2024]], 21:36 - [[name:Beata Kowalczyk]]: no hes gone to his mums. nobody hurt just shouting. he been staying here since {{Easter}}, sorry i didnt tell you
[[date:02/04/2024]], 21:38 - [[name:Sunny Bhattacharya]]: OK. Please keep [[name:Mihai]] at [[name:Andrei]]'s tonight if his mum agrees. I'll ring you first thing and I'm letting the {{EDT}} know now.
[[date:03/04/2024]], 08:02 - [[name:Sunny Bhattacharya]]: Morning, I'll visit at 11 with my {{team manager}}.

SW note: household change not notified as required ({{private foster carers}} must tell us when anyone joins the household). Police {{domestic abuse}} log [[case_reference:DA-77310]], {{DASH}} standard risk. {{Strategy discussion}} held; [[name:Mihai]] ([[age:15]]) safe with family friend pending review of the {{private fostering}} arrangement.
""")),
    ("social_care", "near_miss", block("""
DUTY HANDOVER – [[date:Fri 19/07]] → {{EDT}} weekend
1) [[name:Ama]] & [[name:Kofi Asante-Boateng]] ([[age:6]] & [[age:11]]), {{SGO}} w/ {{nan}} [[name:Comfort Asante]]
- [[name:Comfort]] admitted to [[organisation:Brackenford General Hospital]] via {{A&E}} this pm, ?{{stroke}}
- school rang 15:10, nobody had collected. back-up carer on the {{SGSP}} = uncle [[name:Yaw]], but number on file ([[phone:07700 900 215]]) dead
- NEAR MISS: we were about to ring {{placements}} for emergency {{foster carers}} when [[name:Comfort]]'s neighbour at [[address:15 Coldwell Road]] gave us aunt [[name:Efua Mensah]]'s mobile
- [[name:Efua]] collected both kids 17:20, {{police checks}} clear, staying at hers tonight
- EDT pls ring [[name:Efua]] Sat am on [[phone:07700 900 731]] + check the ward for an update on [[name:Comfort]]
2) learning – contact numbers only get checked at the {{annual review}}; should be every visit. will put to {{TM}}.
[[name:Tanvir]] (duty SW)
""")),
    ("social_care", "success", block("""
SUCCESS – peer mentoring pilot for new special guardians (Q1 review)
Six new {{special guardians}} were matched with experienced carers. All six say they would recommend it.

New SG | Mentor | Contacts | What helped
[[name:Rose Kettleborough]] | [[name:Nasreen Akhtar]] | 6 | {{ASGSF}} therapy application, now approved
[[name:Paddy Flynn]] | [[name:Marjorie Owusu]] | 4 | prep for school {{EHCP}} meeting
[[name:Hyun-woo Park]] | [[name:Nasreen Akhtar]] | 5 | managing {{contact}} with birth mum
[[name:Ilinca Popescu]] | [[name:Derek Stainthorpe]] | 7 | {{life story work}} for a [[age:4-year-old]]
[[name:Sunita]] & [[name:Raj Mistry]] | [[name:Marjorie Owusu]] | 3 | {{SGO}} allowance review
[[name:Kerry-Ann Campbell]] | [[name:Derek Stainthorpe]] | 5 | confidence with a {{CAMHS}} referral

Coordinator [[name:Bea Lindqvist]]: mentors were paid expenses only, £640 for the quarter. No complaints, no drop-outs. Proposal goes to {{DMT}} on [[date:9 July]] to make it permanent.
""")),
    ("social_care", "incident", prose("""
Incident – {{data breach}}. On [[date:11 January 2024]] a draft {{special guardianship assessment}} about
[[name:Kai]] ([[age:5]]) was emailed in error to [[email:m.delacroixbrown@fastmail.co.uk]], the address of a
special guardian on another case, Ms [[name:Marguerite Delacroix-Brown]], instead of the child's
{{Children's Guardian}} at {{Cafcass}}. Autocomplete had suggested the wrong address. The report included birth
mother [[name:Tanisha Reid]]'s address in a {{refuge}} and her {{domestic abuse}} history. Ms
[[name:Delacroix-Brown]] phoned within the hour to say she had opened it, realised, and deleted it; she confirmed
deletion in writing. The refuge and Ms [[name:Reid]] were told the same day and offered a move. Reported to the
{{DPO}} (ref [[case_reference:IG-2024-0031]]), who referred it to the {{ICO}}. Learning: autocomplete switched
off for the team, and anything going outside the council goes by {{secure email}} with a second person checking
the recipient. Reporter: [[name:Noor Siddiqui]], SW.
""")),
    ("social_care", "near_miss", block("""
Slack – #comms-and-events – [[organisation:Kin Together]] (kinship carers charity)

[[name:mel.r]]  14:03
draft post for the {{family fun day}} write-up, can someone sense check? 📸 attaching 12 pics
[[name:kwabena]]  14:20
@[[name:mel.r]] pic 7 has a little girl in an [[organisation:Oakfield Juniors]] t-shirt, pretty sure that's [[name:Lily-Rose]] from the [[name:Hargreaves]] family. their {{SGO}} came with a {{prohibited steps order}} and {{birth dad}} isn't meant to know where she lives or goes to school
[[name:mel.r]]  14:22
oh god. the {{consent form}} said yes to photos?
[[name:fatima_k]]  14:25
form was signed by her {{big brother}} ([[age:17]]) not the {{special guardian}}. pulled pics 7 + 9
[[name:fatima_k]]  14:31
logging as a near miss. from now on photo consent only from whoever has {{PR}}, and we blur school logos as standard. thanks [[name:kwabena]] 🙏
""")),
    ("social_care", "success", block("""
SGO SUPPORT PLAN REVIEW – minutes
Child: [[name:Layla Haddad]] ([[age:12]]) | Ref: [[case_reference:SG/2870]]
Date: [[date:Thursday 7 March 2024]], [[organisation:Elmsworth Children's Centre]]
Attendees: [[name:Ibrahim Haddad]] ({{special guardian}}, paternal uncle); [[name:Nour]] ({{birth mother}}); [[name:Layla]] (first 20 mins); [[name:Chloé Martin-Okafor]] (SW); [[name:Tom Farrelly]] ({{independent chair}})
Apologies: Dr [[name:Okonkwo]] ({{CAMHS}})

Summary: the last review ended with [[name:Nour]] walking out. This time [[name:Chloé]] used {{Signs of Safety}} mapping on a big sheet – what's working well, what we're worried about, what needs to happen – and [[name:Layla]] drew her own "three wishes" first. Everyone agreed monthly {{family time}} at the centre plus a {{video call}} on birthdays. [[name:Nour]] and [[name:Ibrahim]] shook hands at the end.
Outcome: {{contact plan}} agreed and signed by all; no need to go back to {{court}}.
Why it worked: [[name:Layla]]'s voice in the room first, a neutral venue, and a chair who kept to the agenda.
""")),
    ("social_care", "near_miss", block("""
pf notification came via housing – [[organisation:Thornleigh Homes]] officer [[name:gaz]] found [[name:marcus]] ([[age:12yo]], dob [[date_of_birth:03.11.11]]) living w/ mums ex [[name:shane doyle]] at [[address:flat 9 kestrel house, mill lane]] since [[date:jan 2nd]]. mum in residential {{rehab}} for 3 months, told housing [[name:shane]] is "basically his stepdad". not related + no {{PR}} so this IS {{private fostering}}.
near miss bit: school ([[organisation:Moorside Academy]]) had already changed main contact to [[name:shane]] on his say-so and were about to let him sign the residential trip form. {{PNC}} check via {{MASH}} shows [[name:shane]] has a previous {{assault}} conviction (adult victim). school have reversed the change pending our assessment.
todo – {{single assessment}} open, visit mum at the unit tues w/ [[name:Iwona]] ({{TM}} agreed), see [[name:marcus]] alone at school. [[name:marcus]]'s nan might be an option?? ref [[case_reference:LCS-452877]]
""")),
    ("social_care", "incident", block("""
From: [[name:Halil Yılmaz]] <[[email:halil.yilmaz73@outlook.com]]>
To: SG Support Inbox
Date: [[date:15 Jan 2024]] 07:55
Subject: allowance not paid AGAIN

Dear Sir/Madam,
For the third month our {{special guardianship allowance}} for [[name:Elif]] and [[name:Deniz]] has not arrived. My wife [[name:Zeynep]] has had to take the girls out of {{breakfast club}} because we cannot pay it. We were told in {{December}} the problem was fixed. My National Insurance number is [[ni_number:JT 48 21 96 B]] if you need it for your system.
Please can someone call me on [[phone:07700 900 146]].
[[name:Halil]]

--- Internal note ([[name:Mariam Siddique]], {{Finance Officer}}, [[date:15/01/24]]) ---
Cause: when the new {{payments system}} went live the [[name:Yılmaz]] record was migrated without the {{SGO}} start date, so it was suspended as "incomplete". Three other families affected. Manual payment of £2,130 made today and an {{apology letter}} sent. Incident ref [[case_reference:FIN-INC-0219]]. Raised with the {{Head of Service}} and {{Corporate Complaints}}.
""")),
    # ------------------------------------------------------------------ health (dental practice)
    ("health", "incident", prose("""
{{Never Event}} – wrong tooth extracted. Patient [[name:Ellie-Mae Thornton]], [[age:13]], NHS no.
[[nhs_number:485 772 3107]], attended [[organisation:Elm Row Dental Practice]] on [[date:5 March 2024]] for
{{orthodontic extractions}} of {{UR4}} and {{UL4}} as requested by Mr [[name:Ravi Chandrasekhar]] of
[[organisation:Brightsmile Orthodontics]]. The {{foundation dentist}}, Dr [[name:Yusuf Demir]], extracted
{{UR5}} instead of UR4; UL4 was extracted correctly. The error was noticed by the {{dental nurse}},
[[name:Shannon]], when she checked the teeth against the referral before the patient left. The referral letter
used {{FDI}} notation ("14, 24") while our notes use {{Palmer}}, and the pre-extraction {{LocSSIP}} check was done
verbally without the letter in the room. [[name:Ellie-Mae]]'s {{mum}} was told immediately ({{duty of candour}})
and an urgent appointment made with the orthodontist, who has re-planned treatment. Reported as a Never Event,
ref [[case_reference:NE-ER-0042]]. Actions: referral letter on screen at the {{time out}}; both clinicians point
to the tooth before the {{elevator}} goes on.
""")),
    ("health", "near_miss", block("""
near miss {{surg 3}} this am. mr [[name:dennis hughes]] (pt id [[case_reference:EL-20417]]) booked for {{LL6}} {{xla}}. on {{warfarin}} for {{AF}}. med hx form says INR checked "last week" – no actual number written. i was about to load the {{articaine}} n [[name:priya]] (nurse) asked to see his yellow book. {{INR}} was 4.6!!! from [[date:mon 8th]]. {{SDCEP}} says dont extract if above 4. rang the {{anticoag clinic}} at [[organisation:thornleigh royal]], theyve adjusted his dose, rebooked him [[date:fri 19th]] w/ a fresh INR on the day.
no harm but v close, he'd have bled loads. learning – INR result within 72hrs, number written in notes, not just "its fine". will raise at {{huddle}}.
[[name:KO]]
""")),
    ("health", "success", block("""
WhatsApp – [[organisation:Castlegate Dental]] team 🦷
[[date:12/06/2024]], 17:48 - [[name:Lorna McAllister]]: Huge well done to [[name:Amber]] today ❤️ For those not in: a gentleman waiting for his {{hygiene}} appt went blotchy and started wheezing a few mins after eating a cereal bar. [[name:Amber]] clocked it straight away, shouted for Dr [[name:Nkemelu]], got the {{emergency kit}} and had the {{adrenaline}} 500 micrograms {{IM}} ready by the time he got there. {{999}} called, second dose not needed, paramedics said textbook {{anaphylaxis}} management. He's home and his wife rang to thank us.
[[date:12/06/2024]], 17:52 - [[name:Amber]]: aw thanks [[name:Lorna]] 🥹 the {{BLS}} scenario last month helped honestly
[[date:12/06/2024]], 17:55 - [[name:Chidi Nkemelu]]: she was brilliant. only learning: the kit's {{oxygen cylinder}} was at half, refilled now
[[date:12/06/2024]], 17:56 - [[name:Bogdan]]: 👏👏👏
""")),
    ("health", "incident", block("""
SHARPS / CONTAMINATION INJURY REPORT
Staff member: [[name:Kasia Zielińska]]   Role: {{dental nurse}}
Staff DOB: [[date_of_birth:09/09/1994]]   Staff no: [[case_reference:ERD-STF-118]]
Date/time: [[date:21/03/2024]] 11:40   Location: {{Surgery 2}}
Source patient: [[name:Ahmed Farouk]], NHS [[nhs_number:632 190 4589]]
Incident ref: [[case_reference:ERD-IR-2024-07]]

Description: Clearing the tray after an extraction. A used {{needle}} had been left unsheathed under a gauze swab and went through my glove into my left index finger. Bled it, washed under running water, covered.
Actions: reported to Dr [[name:Laszlo Varga]] straight away; source patient consented to {{BBV}} bloods. Attended {{ED}} at [[organisation:Thornleigh Royal Infirmary]] within 2 hours; {{hep B}} immunity fine, {{PEP}} not indicated. Follow-up booked with [[organisation:Brackenshire Occupational Health Service]] on [[date:4 April]].
Root cause: the {{safety syringe}} was not used and the clinician did not dispose of their own sharp, as the {{sharps policy}} requires.
Signed: [[name:K. Zielińska]]
""")),
    ("health", "near_miss", block("""
From: [[name:Tamsin Pengelly]] <[[email:tamsin.pengelly@elmrowdental.co.uk]]>
To: Dr [[name:Anil Bhardwaj]] <[[email:a.bhardwaj@elmrowdental.co.uk]]>
Date: [[date:Tue 16 April 2024]] 13:05
Subject: Near miss – {{bisphosphonate}} not on med hx – [[name:Maureen Ackroyd]]

Hi [[name:Anil]],

Quick one for the near-miss log. [[name:Maureen Ackroyd]] (DOB [[date_of_birth:02/08/1951]]) came in for her {{hygiene}} appointment with me this morning. While chatting she mentioned she's "on that weekly bone tablet" – {{alendronic acid}}, started by her {{GP}} in {{January}}. It isn't on her medical history (last updated 14 months ago) and she's booked with you on [[date:Friday 26th]] for extraction of {{LR7}}.

I've updated her history, added an {{MRONJ}} risk alert and asked [[name:Jade]] on reception to move her to a longer slot so you can talk it through first. Could we get the {{med hx}} re-checked at every visit rather than yearly? The tablet form at the desk would make that easy.

Thanks,
[[name:Tamsin]]
[[name:Tamsin Pengelly]] {{RDH}}
[[organisation:Elm Row Dental Practice]] | [[phone:0113 496 0725]]
""")),
    ("health", "incident", block("""
CHRONOLOGY – {{IV sedation}} incident, [[date:Thurs 9 May 2024]], {{Surgery 1}}
Patient: [[name:Ciarán Ó Súilleabháin]], [[age:34]], patient ID [[case_reference:K4471920]]
Operator-sedationist: Dr [[name:Funmilayo Adebisi]]; second trained person: [[name:Reuben]] ({{DCP}})

10:02  {{midazolam}} 2 mg given, then 1 mg increments
10:09  total 6 mg, patient sleepy but responding. {{SpO2}} 97%
10:24  during {{surgical extraction}} of {{LL8}} SpO2 fell to 88%, not responding to voice
10:25  procedure stopped, {{chin lift}}, {{oxygen}} 15 L via mask, verbal and physical stimulation
10:27  SpO2 91%, still drowsy; {{flumazenil}} 200 micrograms IV
10:29  SpO2 96%, rousable and talking
10:45  obs stable; decision NOT to continue, socket packed and sutured
12:10  discharged to escort (partner, [[name:Aoife]]) with written instructions

Contributing factors: patient weighs 58 kg and had disclosed {{gabapentin}}, not weighed on the day; {{pulse oximeter}} alarm set at 85% so no alarm sounded at 88%.
Actions: alarm limits checked at every {{LocSSIP}} sign-in; weigh every sedation patient. Ref [[case_reference:SED-24-006]]
""")),
    ("health", "success", block("""
Card pinned on the staff room board (copied to the compliments log [[date:20/05/24]]):

"To Dr [[name:Kowalski-Reid]], [[name:Mark]] and the lovely ladies on {{reception}},
[[name:Joel]] is [[age:8]] and {{autistic}}, and the last dentist had to give up before even looking in his mouth. You sent us the {{photo story}} of the practice, let us come in twice just to sit in the chair, turned the music off and let him wear his {{ear defenders}} and wrap himself in his own blanket. [[name:Mark]] counted down from ten before every step like [[name:Joel]] asked. Yesterday he had two {{fillings}} with no {{general anaesthetic}} and he is telling EVERYONE. Thank you for not rushing him.
Love [[name:Chidinma]] & [[name:Joel Okeke]]"

Learning: the {{reasonable adjustments}} pack [[name:Mark]] put together is now offered to every new patient flagged with {{SEND}} or {{dental anxiety}}.
""")),
    ("health", "near_miss", block("""
Teams chat – {{Decon}} / [[organisation:Elm Row]]
[[name:Shannon Hollis]]  08:12
morning, {{autoclave}} 2 failed the {{Helix test}} first thing ({{indicator strip}} not fully changed). put a DO NOT USE sign on it
[[name:Gintarė]]  08:31
oh no. i ran a load of {{handpieces}} through it at 07:50 before the test 😬 they're already on the trays for surgery 1 and 3
[[name:Shannon Hollis]]  08:33
ok pull them ALL back, reprocess in autoclave 1 once it's passed. nobody start till they're done
[[name:Gintarė]]  08:40
done, 3 trays + 4 handpieces quarantined. 1st pt was due 08:45 😅
[[name:Anil Bhardwaj]]  08:52
Good catch both. Delayed the 08:45 by 20 mins, Mrs [[name:Oyelaran]] fine about it. Logging as a near miss – the {{HTM 01-05}} daily test must be done and recorded BEFORE any load. [[name:Shannon]] can you add a {{lock-out tag}} to each machine? Engineer from [[organisation:Sterivac Services]] booked for [[date:Wed 24th]], job no [[case_reference:SV-58213]].
""")),
    ("health", "incident", block("""
Incident – radiographs taken on the wrong patient ({{IR(ME)R}}), [[date:Mon 13 May 2024]]

Afternoon list, {{Surgery 4}}:
Time | Patient | DOB | Pt ID | Booked for
14:00 | [[name:Mohammed Ali]] | [[date_of_birth:14/02/1988]] | [[case_reference:CD-30918]] | exam + {{bitewings}}
14:20 | [[name:Mohammed Ali]] | [[date_of_birth:30/11/1979]] | [[case_reference:CD-27745]] | {{recall}}, no x-rays due
14:40 | [[name:Grażyna Kowal]] | [[date_of_birth:05/07/1960]] | [[case_reference:CD-11029]] | {{denture}} fit

What happened: the 14:20 patient arrived early and answered when "[[name:Mohammed Ali]]" was called. Two bitewings were taken before the dentist, Mr [[name:Okafor]], noticed the history on screen didn't match what the patient was telling him. The patient was told and apologised to, and the images moved to the correct record. The dose is small but it is an {{unintended exposure}}; reported to the {{CQC}} (ref [[case_reference:CQC-IRMER-55102]]) and our {{RPA}}.
Learning: positive ID with name + DOB + first line of address at check-in and again in surgery; "same name" alert added to both records.
""")),
    ("health", "success", block("""
PRACTICE MEETING – MINUTES
[[organisation:Castlegate Dental]] | [[date:Wednesday 22 May 2024]], 12:30–13:30
Present: [[name:Lorna McAllister]] (chair), Dr [[name:Chidi Nkemelu]], Dr [[name:Hui Min Tan]], [[name:Amber Fitzgerald]], [[name:Bogdan Ionescu]], [[name:Precious]] ({{reception}})
Apologies: [[name:Wiremu Parata]] ({{hygienist}}), [[name:Sophie]]

Item 3 – Safeguarding success
[[name:Hui Min]] presented a case from [[date:2 May]]: [[name:T.W.]], [[age:6]], brought in by dad with toothache. Six teeth with {{caries}}, two {{abscesses}}, two missed appointments last year. Dad said they had been "waiting for an NHS dentist for a year". Rather than just treat, Dr [[name:Tan]] followed the {{dental neglect}} pathway: talked openly with dad, agreed a plan, and with his consent shared it with the {{health visitor}} and {{school nurse}}. The family were offered {{Early Help}} and have made all four follow-ups; [[name:T.W.]] is pain-free.
Action: [[name:Lorna]] to add the {{BSPD}} dental neglect flowchart to the safeguarding folder.
Next meeting: [[date:19 June]].
""")),
    ("health", "near_miss", block("""
Task messages – patient record [[case_reference:CD-40127]] ([[name:Noa Ben-David]], [[age:5]])
[[date:03/06/24]] 15:02  [[name:Ffion Gwilliam]] ({{DN}}) → Dr [[name:Ngozi Achebe]]: before you varnish – mum ticked "admitted to hospital with asthma" on today's {{med hx}}. {{Duraphat}} has {{colophony}} in it. ok to go ahead?
[[date:03/06/24]] 15:04  Dr [[name:Ngozi Achebe]] → [[name:Ffion Gwilliam]]: good spot!! no – contraindicated, see {{Delivering Better Oral Health}}. I'd already got the varnish out. Toothpaste advice only today, {{fissure sealants}} next visit.
[[date:03/06/24]] 15:20  Dr [[name:Ngozi Achebe]] → reception: please add a red alert "NO {{fluoride varnish}} – severe asthma" to [[name:Noa]]'s record
[[date:03/06/24]] 15:31  [[name:Rhiannon]] (reception) → Dr [[name:Ngozi Achebe]]: alert added ✔
Near miss logged by [[name:NA]]: the asthma admission question was answered on the form but the software doesn't flag it, so it relies on someone reading it. Asked for colophony to be a standard alert question in the {{PGD}} checklist.
""")),
    ("health", "incident", block("""
reception incident note – [[date:thurs 23/5]] approx 15:40
pt [[name:gary lomax]] had {{IV sed}} w/ dr [[name:funmi]] this aft. his escort ({{brother}}) had to leave early for work so [[name:gary]] said his wife was picking him up outside. [[name:leanne]] on the desk saw him get into the drivers seat of a silver {{Astra}} reg [[vehicle_registration:YK19 XPE]] and pull out of the car park b4 anyone could stop him. rang his mobile [[phone:07700 900 862]] no answer. dr [[name:funmi]] said ring {{101}} as he was only discharged 20 min before and not fit to drive after {{midazolam}}. police log [[case_reference:LOG 1183 230524]]. wife rang back 16:30, he got home ok, no accident.
learning – never discharge a sedation pt without SEEING the escort in person at the desk. dont take the pts word for it. {{sedation policy}} says this already!!
[[name:jade]] ({{recep}})
""")),
    ("health", "success", prose("""
Good catch – early {{oral cancer}} referral. On [[date:8 January 2024]] our {{hygienist}}, [[name:Beatriz Oliveira]],
saw [[name:Gwilym Rhys-Evans]] ([[age:58]], NHS [[nhs_number:710 553 8260]]) for a routine {{scale and polish}}. He
smokes and mentioned a sore spot "from a sharp tooth". [[name:Beatriz]] found a 9 mm {{red and white patch}} on the
left lateral border of the tongue that had not been recorded at his exam six months earlier. Rather than book a
review in two weeks, she asked Dr [[name:Anil Bhardwaj]] to see him between patients; he made a
{{suspected cancer}} referral to {{OMFS}} at [[organisation:Thornleigh Royal Infirmary]] the same afternoon.
{{Biopsy}} confirmed an early {{squamous cell carcinoma}}, removed by local excision with clear margins. Mr
[[name:Rhys-Evans]] came in to thank the team and has joined our {{smoking cessation}} programme. Learning shared at
the {{CPD}} afternoon: any lesion that is not clearly traumatic gets a same-day look from a dentist, and photos
go in the record.
""")),
    ("health", "near_miss", block("""
MEDICAL EMERGENCY KIT – weekly check log, [[organisation:Elm Row Dental Practice]]

Week of | Checked by | Oxygen | {{AED}} pads | Drugs in date | Signed off
[[date:06/05]] | [[name:KB]] | full | ok | yes | [[name:AB]]
[[date:13/05]] | [[name:KB]] | full | ok | yes | [[name:AB]]
[[date:20/05]] | [[name:SM]] | 3/4 | ok | yes* | [[name:AB]]
[[date:27/05]] | [[name:GŽ]] | 3/4 | ok | NO | [[name:AB]]

*On [[date:27/05]] [[name:Gintarė]] found the {{GlucaGen}} ({{glucagon}}) had expired at the end of April and the {{buccal midazolam}} was missing altogether. [[name:SM]]'s entry the week before was ticked "yes" – she checked the {{oxygen}} and pads and assumed the drugs were fine. No patient affected, but a {{hypo}} or {{seizure}} that week would have had no drug. New stock came next day from [[organisation:Dentakit Supplies]].
Actions: the checklist now lists every drug with its expiry date instead of one yes/no box; the {{practice manager}} countersigns after reading the list, not the tick ({{Resuscitation Council UK}} standards).
""")),
    ("health", "incident", block("""
From: [[name:Deborah Okonjo-Smith]] <[[email:debbie.os@hollybankcare.org.uk]]>
To: [[email:manager@castlegatedental.co.uk]]
Date: [[date:10 July 2024]] 11:26
Subject: Concern about treatment for [[name:Stephen]] – our ref [[case_reference:HB-SU-0317]]

Dear Ms [[name:McAllister]],

I manage [[organisation:Hollybank Care Services]], which supports [[name:Stephen Garside]] ([[age:41]]), who has a {{learning disability}} and lives in one of our {{supported living}} flats. On [[date:8 July]] [[name:Stephen]] went to his appointment with a {{support worker}} from our bank who did not know him, and came home having had two teeth extracted.

[[name:Stephen]] has previously been assessed as lacking {{capacity}} for decisions about invasive dental treatment, and his sister [[name:Carol]] holds a {{Lasting Power of Attorney}} for health and welfare. Nobody contacted her and no {{best interests}} decision was recorded. The teeth may well have needed to come out, but the {{Mental Capacity Act}} process was not followed and [[name:Stephen]] was very distressed afterwards. We are also looking at why an unfamiliar worker was sent.

Kind regards,
[[name:Debbie]]
[[name:Deborah Okonjo-Smith]], {{Registered Manager}}
[[organisation:Hollybank Care Services]] | [[phone:0161 496 0388]]

[Logged by [[name:LM]] as incident [[case_reference:CG-24-011]] on receipt]
""")),
    ("health", "success", block("""
MORNING HUDDLE NOTES – [[date:Fri 14 June]] – [[organisation:Elm Row Dental Practice]]
Lead: [[name:Anil]] | Scribe: [[name:Jade]]

• Yesterday's good catch – [[name:Grace]] on {{reception}} took a call at 16:10 from a man wanting "an emergency slot for a swollen jaw". She could hear he was struggling to talk and went through the {{red flag}} questions: swelling under the tongue or in the neck, trouble swallowing, trouble breathing. Yes to two. She put him straight through to Dr [[name:Bhardwaj]], who told him to go to {{A&E}} now; he was admitted to [[organisation:Thornleigh Royal Infirmary]] with {{Ludwig's angina}} and had surgery last night.
• The patient, [[name:Tomás Ferreira]], rang this morning to say thank you.
• Reminder: the red flag {{triage}} card is by every phone – please use it.
• {{Surgery 2}} {{compressor}} service 11:00.
• [[name:Jade]] on leave [[date:17–21 June]]; cover from [[name:Sophie]].
""")),
    ("health", "near_miss", block("""
Call recording transcript (near-miss review) – [[organisation:Castlegate Dental]], [[date:Sat 27 July]] 09:14
RECEP = [[name:Bogdan]], CALLER = {{mum}} ([[name:Roxana Dumitrescu]])

CALLER: hi, my son [[name:Luca]] fell off the climbing frame and his front tooth came right out, there's blood everywhere
RECEP: oh no, ok. how old is he?
CALLER: he's [[age:four]]
RECEP: ok, rinse the tooth in milk and try to push it back into the gum, then come straight in
CALLER: push it back? he won't let me near him
[caller on hold 09:16–09:17]
RECEP: sorry, I've just checked with the dentist – please DON'T put it back. {{baby teeth}} shouldn't be replanted, it can damage the {{adult tooth}} underneath. Keep him calm, press a clean cloth on the gap and we'll see him at 10:00.
CALLER: ok, thank you

Reviewer note ([[name:LM]]): {{avulsion}} advice for a {{permanent tooth}} was given for a {{primary tooth}}. Caught within two minutes because [[name:Bogdan]] checked. The {{IADT}} summary is now at reception with the child/adult difference highlighted. Patient ref [[case_reference:CD-51876]].
""")),
    # ------------------------------------------------------------------ aviation (police air support unit)
    ("aviation", "incident", block("""
RT transcript extract (ATC tape) – [[date:Sun 16 June 2024]], times UTC
{{EC135}} [[aircraft_registration:G-BKSH]], callsign [[flight_number:Bracken 21]], holding over a {{firearms incident}} under a {{Restriction of Flying}} promulgated by {{NOTAM}}.

14:21:05 [[flight_number:Bracken 21]]: [[organisation:Thornleigh Radar]], [[flight_number:Bracken 21]], request traffic, we're in a left-hand orbit, 1500 feet, 1009
14:21:14 RADAR: [[flight_number:Bracken 21]], traffic is a {{PA-28}}, [[aircraft_registration:G-OTJM]], two miles south tracking north, 1400 feet, not talking to me
14:21:40 [[flight_number:Bracken 21]]: visual, he's going to pass close, climbing 500 feet
14:21:52 RADAR: [[flight_number:Bracken 21]], roger, avoiding action at your discretion
14:22:30 RADAR: [[aircraft_registration:G-OTJM]], [[organisation:Thornleigh Radar]], if you read, squawk ident
14:23:10 [[aircraft_registration:G-OTJM]]: [[organisation:Thornleigh]], [[aircraft_registration:G-OTJM]], er, sorry, I was on the wrong frequency

Closest point estimated 0.2 nm / 150 ft. {{TCAS}} not fitted to the PA-28; our {{TAS}} gave a late alert. {{MOR}} filed, unit ref [[case_reference:BASU-OR-24-031]]. The pilot's club, [[organisation:Marston Flying Club]], has been informed and the {{CAA}} will follow up the infringement.
""")),
    ("aviation", "near_miss", prose("""
Near miss with a {{UAS}} during a night search. At 23:48 on [[date:2 November 2023]], {{H135}}
[[aircraft_registration:G-BKPA]] (callsign [[flight_number:Bracken 22]]) was searching for a
{{high-risk missing person}} near [[address:Cobden Street, Elmsworth]] at 800 ft, with the {{TFO}}, PC
[[name:Nadia Haroun]], on {{NVG}} in the front seat. She saw a light that did not move with the ground picture and
called "drone, right two o'clock, level". The pilot, Capt [[name:Ifan Llewellyn]], turned away and climbed;
estimated closest point 50 metres. The {{thermal camera}} then picked up the operator in a back garden about
300 metres away. Ground units spoke to him: he wanted to "film the helicopter" and had never read the
{{Drone Code}}. Police log [[case_reference:EL-231102-0974]]; {{Airprox}} report filed with the {{UKAB}} and unit
report [[case_reference:BASU-OR-23-118]]. Learning: the {{crew brief}} now includes "lights that don't drift" as a
cue, and ground units are asked to look for drone operators at every night task.
""")),
    ("aviation", "success", block("""
Microsoft Teams – [[organisation:Brackenshire ASU]] – General
[[name:Ruth Ellison-Tate]] ({{Unit Sgt}})  [[date:09/01/2024]] 07:55
Shout-out for last night's crew on [[flight_number:Bracken 21]] – [[name:Gabe]], [[name:Stevie]] and Capt [[name:Mo Rahimi]] 👏
{{MISPER}} [[name:Harold]] ([[age:84]], {{dementia}}) walked out of [[organisation:Fernlea Care Home]] in his slippers about 23:00, minus 3. [[name:Gabe]] picked up a faint heat source in dense woodland at 01:52 on the {{thermal}}, 600 m from where the search teams were, and talked the {{dog unit}} in. He was found in a ditch, {{hypothermic}} but alive, and is doing well at [[organisation:Brackenford General Hospital]].
[[name:Gabriel Oyelaran]]  08:10
cheers sarge. [[name:Stevie]] flew the search pattern, i just looked at the screen 😂
[[name:Stevie McTaggart]]  08:14
team effort. the {{FLIR}} gain setting we tried last month made the difference tbh, worth adding to the {{SOP}}
""")),
    ("aviation", "incident", block("""
EVENT CHRONOLOGY – pursuit support, [[date:Fri 23 Feb 2024]]
Aircraft [[aircraft_registration:G-BKSH]] / [[flight_number:Bracken 21]]. Crew: Capt [[name:Ifan Llewellyn]], {{TFO}} [[name:Nadia Haroun]], {{TFO}} [[name:Kev Brannigan]]
FCR log [[case_reference:BK-0223-1187]]

21:32  tasked by {{FCR}} to stolen {{Audi RS3}} [[vehicle_registration:BX68 TWV]], failing to stop on the {{ring road}}
21:36  visual from 1,200 ft; ground units told to back off, aircraft giving commentary
21:41  {{downlink}} to FCR fails – picture frozen. Crew not told; FCR still watching the frozen image
21:44  target enters housing estate, 2 occupants decamp and run
21:45  commentary from [[name:Brannigan]] on thermal, one detained
21:47  FCR, believing the car is still parked (frozen picture), sends a {{dog van}} the wrong way; second occupant lost
21:58  downlink restored after crew reset the {{transmitter}}
22:20  {{RTB}} [[organisation:Elmsworth Airfield]]

Outcome: 1 arrest, 1 outstanding, no injuries. Finding: no "frame frozen" warning at FCR, and the crew only learn of a failure if FCR tells them.
Ref [[case_reference:BASU-OR-24-019]]
""")),
    ("aviation", "near_miss", block("""
near miss – fuel. diverted into [[organisation:marston airfield]] for a quick splash n dash [[date:weds 3rd]] ~1620.
bowser guy ([[name:dougie]]?) rocked up with the {{avgas}} nozzle in his hand, {{jet a1}} bowser was round the back. [[name:lenka]] ({{tfo}}) spotted the red label b4 he got the cap off.
the {{135}} does NOT take avgas obvs, wld have been an engine {{rundown}} at best. he said their usual jet bloke was off + he'd only been there a month. we took a {{fuel sample}} from the right bowser, clear, uplifted 180kg.
not blaming him – we shld have had someone outside watching from the start + the {{fuel order}} shld say JET A1 not just "fuel pls".
reg [[aircraft_registration:G-BKPA]], {{commander}} me.
[[name:ifan]]
""")),
    ("aviation", "success", block("""
From: Insp [[name:Rachel Oduya]] <[[email:rachel.oduya@brackenshire.police.uk]]>
To: [[email:asu.ops@brackenshire.police.uk]]
Cc: [[name:Ruth Ellison-Tate]]
Date: [[date:18 March 2024]] 09:41
Subject: Thank you – {{Saturday}} night's pursuit

Morning all,

A proper thank you to the crew of [[flight_number:Bracken 22]] on {{Saturday}} night ([[date:16/03]]). The stolen {{Transit}} van [[vehicle_registration:KM21 OVG]] had already rammed two of our cars and I'd called off the ground pursuit because it was going the wrong way round the {{roundabout}} by [[organisation:Elmsworth Retail Park]]. The aircraft kept it in sight for 14 minutes, talked our units in when it stopped, and both suspects were arrested with nobody else hurt. The commentary from PC [[name:Brannigan]] was calm and clear – my {{probationers}} want to know how he does it.

It's exactly the support that lets us make the safer call on the ground.

Many thanks,
[[name:Rachel]]

{{Inspector}} [[name:Rachel Oduya]] | {{Response}}, [[organisation:Elmsworth Local Policing Area]] | [[phone:0191 498 0277]]
""")),
    ("aviation", "incident", block("""
LASER ILLUMINATION – OCCURRENCE FORM
Date: [[date:07/12/2023]]   Time: 19:52 local
Aircraft: [[aircraft_registration:G-BKSH]] ({{EC135 T3}})   Callsign: [[flight_number:Bracken 21]]
Location: overhead [[address:Marlowe Park estate, Brackenford]], 1,000 ft
Crew: Capt [[name:Tomasz Grabowski]] (pilot), PC [[name:Lenka Horváthová]] ({{TFO}}), PC [[name:Will Sutcliffe]] ({{TFO}})
Laser: {{green}}, 3 strikes, sustained tracking
Injuries: PC [[name:Horváthová]] – {{dazzle}} and {{afterimage}} R eye, stood down, seen by {{AME}} next day, no lasting damage
Action: aircraft moved off and continued on the {{camera}}; {{thermal}} located the source at a rear bedroom window. Ground units attended.
Suspect: [[name:Kyle Brennan-Sharpe]], DOB [[date_of_birth:12/04/2001]], of [[address:22 Juniper Walk, Brackenford]] [[postcode:BK2 6UX]] – arrested under the {{Laser Misuse (Vehicles) Act 2018}}.
Police ref: [[case_reference:BK-1207-2296]]   {{MOR}} ref: [[case_reference:BASU-OR-23-131]]
Reported by: [[name:T. Grabowski]]
""")),
    ("aviation", "near_miss", block("""
SHIFT HANDOVER – nights → days, [[date:Tue 14/05]] 07:00
From: [[name:Kev]] (nights {{TFO}}) → [[name:Hollie]] (days {{TFO}})

Aircraft: [[aircraft_registration:G-BKPA]] serviceable, 2 taskings overnight (both {{MISPER}}), 1.6 hrs flown, fuel 60%.
NEAR MISS – after the last landing (04:10) found a small torch lying in the front left footwell next to the {{dual controls}} pedals. Nobody has claimed it. Could have jammed a pedal in flight. Engineering ([[name:Stu]]) did a full {{FOD}} check of the cabin, nothing else found. Logged [[case_reference:BASU-NM-24-022]].
Also: {{NVG}} set 3 has a tube flicker – tagged U/S in the store. {{Nightsun}} ok.
Days: please hammer the {{loose article}} check in the {{post-flight}}, and pockets zipped.
[[name:Kev Brannigan]]
""")),
    ("aviation", "success", block("""
[[organisation:Brackenshire Police Air Support Unit]] – Quarterly Flight Safety Meeting
Date: [[date:11 April 2024]], briefing room, [[organisation:Elmsworth Airfield]]
Attendees: [[name:Ruth Ellison-Tate]] ({{Unit Sgt}}), Capt [[name:Ifan Llewellyn]] ({{Chief Pilot}}), Capt [[name:Mo Rahimi]], [[name:Nadia Haroun]], [[name:Gabriel Oyelaran]], [[name:Stu Kerr]] (engineering)
Apologies: Capt [[name:Tomasz Grabowski]], [[name:Lenka Horváthová]]

Item 2 – Good practice: weather decision, [[date:29 Feb]]
[[name:Mo]] talked through the night he turned [[flight_number:Bracken 22]] back 8 miles short of an {{RTC}} search. The forecast was fine but snow showers were building over the hills and the {{TAF}} hadn't caught up. He called it early from the {{weather radar}} picture and {{NVG}} cues, with [[name:Nadia]] backing him up, rather than pressing on. Ground units were told within two minutes and {{Mountain Rescue}} covered the search. Nobody in the force questioned the decision.
Action: [[name:Ifan]] to add the case to the {{CRM}} refresher; {{Just Culture}} statement to be re-circulated.
""")),
    ("aviation", "incident", block("""
WhatsApp – ASU crew room
[[date:21/08/2024]], 06:12 - [[name:Hollie Brandt]]: just landed back, {{bird strike}} on short finals to the {{pad}}, think it was a {{gull}}. windscreen L side cracked right across 😳
[[date:21/08/2024]], 06:13 - [[name:Hollie Brandt]]: everyone fine, [[name:Ifan]] flying, landed normally
[[date:21/08/2024]], 06:20 - [[name:Stu Kerr]]: on my way in. dont touch it, need photos for the {{MOR}} + insurers
[[date:21/08/2024]], 06:41 - [[name:Stu Kerr]]: [[aircraft_registration:G-BKSH]] is {{AOG}}, screen needs replacing, [[organisation:Aerotek Rotor Services]] can get one here tomorrow pm
[[date:21/08/2024]], 06:44 - [[name:Ruth Ellison-Tate]]: ok. I'll ask {{NPAS}} for {{mutual aid}} cover today. [[name:Hollie]] can you and [[name:Ifan]] write it up before you go home pls
[[date:21/08/2024]], 06:46 - [[name:Hollie Brandt]]: 👍 also the {{bird control}} at the airfield hasn't been done since the contractor changed, there were 30+ gulls on the grass last week
""")),
    ("aviation", "near_miss", block("""
NEAR MISS – {{flight duty period}} nearly exceeded, night of [[date:5–6 July 2024]]
Pilot roster extract ({{FDP}} limit 10 h for this duty):

Pilot | On duty | Planned off | Actual off | FDP (roster)
[[name:M. Rahimi]] | 18:00 | 04:00 | 03:45 | 9h45
[[name:T. Grabowski]] | 20:00 | 06:00 | 06:00 | 10h00
[[name:I. Llewellyn]] | 07:00 | 17:00 | — | —

What happened: [[name:Tomasz]] had done a morning {{OPC}} in the {{simulator}} at [[organisation:Heliflight Training Centre]] that the rostering system did not count. At 04:50 the {{ops desk}} took a {{firearms}} tasking and was about to launch him; his real duty period was already over 13 hours. [[name:Precious Mensah-Boateng]] on the desk checked his training record before accepting the job, spotted the sim session and declined. Mutual aid covered the task.
Actions: simulator and ground school now entered in the roster as duty; {{FTL}} scheme wording to be checked. Ref [[case_reference:BASU-NM-24-031]].
""")),
    ("aviation", "incident", prose("""
Incident – passenger unrestrained with the door open. On [[date:30 May 2024]] [[aircraft_registration:G-BKPA]]
flew a {{photographic sortie}} over a {{Major Crimes}} scene carrying a {{crime scene photographer}},
[[name:Aleksander Nowicki]], from [[organisation:Brackenshire Forensic Services]]. The rear {{sliding door}} was
opened in flight at 60 kt as planned. While the TFO, PC [[name:Hollie Brandt]], was talking to the pilot, Mr
[[name:Nowicki]] undid his lap belt "to lean out for a better angle". He was wearing the {{despatcher harness}} but
its tether had been clipped to the wrong {{hard point}} and was long enough to let him out of the door.
[[name:Hollie]] saw him, pulled him back in and closed the door. Nobody was hurt. He had not had the full
{{passenger brief}}; it was given at speed on the {{apron}} with rotors running because the job had been brought
forward. Learning: no door-open flight without a face-to-face brief in the crew room and a tether check by the
{{TFO}} before lift; tether lengths now marked. {{MOR}} ref [[case_reference:BASU-OR-24-044]].
""")),
    ("aviation", "success", block("""
RT extract – {{MAYDAY}} relay, [[date:Sat 6 July 2024]] (UTC)
13:04:12 [[aircraft_registration:G-CDXR]]: MAYDAY MAYDAY MAYDAY, [[aircraft_registration:G-CDXR]], {{C152}}, engine failure, forced landing, er, north of the reservoir, two {{POB}}
13:04:40 RADAR: [[aircraft_registration:G-CDXR]], [[organisation:Thornleigh Radar]], roger MAYDAY, say position
13:05:02 RADAR: [[aircraft_registration:G-CDXR]], [[organisation:Thornleigh Radar]] (no reply)
13:05:30 [[flight_number:Bracken 22]]: [[organisation:Thornleigh Radar]], [[flight_number:Bracken 22]], we heard that, six miles south of the reservoir, can assist, request direct
13:05:38 RADAR: [[flight_number:Bracken 22]], approved, no known traffic
13:08:55 [[flight_number:Bracken 22]]: visual with a {{Cessna}} in a field on the west bank, upright, two people out and walking. Passing location to {{FCR}} now
13:09:20 RADAR: [[flight_number:Bracken 22]], thank you, passing to {{ARCC}}

Summary: the pilot, [[name:Deepak Raval]], and his passenger were uninjured. Crew landed alongside and stayed with them until {{fire and rescue}} arrived. Good listening watch on the {{ATC}} frequency during transit made the difference. Unit ref [[case_reference:BASU-GO-24-007]].
""")),
    ("aviation", "near_miss", block("""
From: [[name:Stu Kerr]] <[[email:stuart.kerr@aerotekrotor.co.uk]]>
To: Capt [[name:Ifan Llewellyn]]; [[email:asu.ops@brackenshire.police.uk]]
Date: [[date:3 October 2024]] 18:22
Subject: Near miss – missing {{torque stripe}} / loose {{B-nut}}, [[aircraft_registration:G-BKPA]]

[[name:Ifan]],

Heads up before tomorrow's first flight. During the {{daily inspection}} this evening our {{licensed engineer}}, [[name:Olamide]], found the B-nut on the No.2 engine {{fuel line}} finger-loose with no torque stripe. The aircraft had a {{fuel control unit}} change on [[date:1 Oct]] and the task card was signed as complete by a contractor ([[name:J. Pemberton-Lowe]]) with the {{independent inspection}} signed by [[name:RDT]].

The nut has been torqued and striped, leak check and {{ground run}} done – aircraft serviceable. Had it flown, a fuel leak onto a hot engine was possible. We're looking at why the dual inspection didn't catch it; I've raised an internal {{occurrence report}} ([[case_reference:ATR-OCC-1043]]) and an {{MOR}} to the {{CAA}}. I've asked [[name:RDT]] for a statement.

Regards,
[[name:Stu]]
[[name:Stuart Kerr]] | Base Engineer, [[organisation:Aerotek Rotor Services]] | [[phone:07700 900 394]]
""")),
    ("aviation", "success", block("""
quick good catch for the log 👍 [[date:sun 28/4]] approx 02:30. {{FCR}} gave us a {{MISPER}} (vulnerable [[age:15yo]]) last seen on "[[address:Millbrook Road]]" & we were about to punch it into the {{moving map}}. [[name:nadia]] ({{tfo}}) read it back & the {{dispatcher}} ([[name:precious]] i think) said no, MillSTONE road, other side of town!! two streets w/ nearly the same name 9 miles apart. saved us 10 mins at least. kid found 03:10 by {{ground units}} at the {{bus shelter}} on [[address:Millstone Road]], safe.
nice one [[name:precious]] + [[name:nadia]]. maybe ask {{FCR}} to always give the {{postcode}} too, would have been [[postcode:EL4 3NF]] vs [[postcode:EL7 1PA]].
[[name:mo]]
""")),
    ("aviation", "incident", block("""
OCCURRENCE REPORT [[case_reference:BASU-OR-24-052]]
Type: ground damage – {{downwash}}
Date/time: [[date:Sunday 8 September 2024]], 15:17
Aircraft: [[aircraft_registration:G-BKSH]] / [[flight_number:Bracken 21]]
Location: playing field, [[organisation:Thornleigh RUFC]], [[address:Pavilion Lane, Thornleigh]]

Narrative: Crew landed to collect a {{dog handler}} and {{police dog}} for a search on the moors. A junior rugby tournament was finishing. A {{pop-up gazebo}} about 40 m from the touchdown point was lifted by the downwash and landed on a parked {{Nissan Qashqai}}, [[vehicle_registration:LD70 HXB]], denting the bonnet and cracking the windscreen. Nobody was injured. The owner, Mr [[name:Kwame Asante]], was spoken to by the dog handler, PC [[name:Zoë Whitfield-Ng]], and given the unit's contact details.
Contributing: the site is pre-approved in the {{HLS}} directory, but the note "clear of spectators at weekends" was missed, and the {{commander}} chose the closer approach over the car park.
Actions: HLS notes now shown on the {{moving map}}; claim passed to force insurers.
Reporting pilot: Capt [[name:Mo Rahimi]]
""")),
]

if __name__ == "__main__":
    write_records(OUT, build_records("blind297", REPORTS))
