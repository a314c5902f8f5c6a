"""Held-out blind corpus 238: 50 invented UK incident, near-miss and success reports.

Written blind (without sight of the de-identifier or of any other corpus) to measure how well
de-identification generalises. Three settings, all people, organisations, places and numbers
invented:

- social_care (17): a residential parent and child assessment centre - family assessors, night
  staff, parenting observations, social workers and court timescales.
- health (17): a hospital blood transfusion laboratory - biomedical scientists, the major
  haemorrhage protocol, O negative units, porters and sample labelling.
- aviation (16): a historic aircraft display team at airshows - display pilots, the flying
  display director, engineers, the crowd line and ground crew.

Styles are deliberately mixed: rushed lower-case notes with typos and txt-speak, formal
narratives, timed chronologies, forms with Name/DOB/Ref/Address fields, e-mails with headers and
signatures, chat exports (Teams, WhatsApp, Slack handles), handover notes, minutes with
attendance and apologies, pipe-separated tables, RT and phone transcripts, and shout-outs or
thank-you notes. `[[label:value]]` marks identifiers and `{{term}}` must-not-redact mentions.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from markup import block, build_records, write_records  # noqa: E402
from markup import flow as prose  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "corpus" / "heldout_blind238.jsonl"

REPORTS = [
    # ------------------------------------------------------------------ social care (17)
    ("social_care", "incident", prose("""
night shift [[date:2/3]] - [[name:kayleigh]] (rm 4) left baby [[name:Ollie]] ([[age:11 wks]]) on
the {{sofa}} in the {{family lounge}} approx {{0340}} while she went out the back for a smoke. i
was doing {{2 hourly checks}} & found him on his own, not in his {{moses basket}}, cushions all
round him. [[name:kayleigh]] came back in after bout 5 mins, she was angry said she was only gone 2 mins n
he was asleep. explained {{safer sleep}} again, she wouldnt sign the {{obs sheet}}. recorded on
obs sheet + told {{family assessor}} [[name:Bronwen]] at {{handover}}. {{SW}} needs telling
before {{court}} on the [[date:14th]] i think?? [[name:dev]] (nights)
""")),
    ("social_care", "near_miss", block("""
From: [[name:Joy Adeyemi]] <[[email:j.adeyemi@ashgrovefamilies.org.uk]]>
To: Assessment Team
Date: [[date:09 May 2024]] 16:12
Subject: near miss - contact handover / wrong dad nearly collected

Hi all,
Quick one for the learning log. This afternoon at the {{contact}} handover in the {{family room}},
Mr [[name:Dariusz Wójcik]] arrived to take [[name:Lena]] ([[age:14 months]]) for
{{supervised contact}}. He is NOT on the approved list - the {{care plan}} names only the maternal
grandmother. {{Reception}} ({{agency staff}}) had let him through because he quoted the case
number ([[case_reference:CB/PLO/22871]]). I caught it at the door and he left calmly. No harm, but
our {{sign-in}} process relies on staff knowing faces.
Raised with the {{duty social worker}} at [[organisation:Calderbrook]] and our {{registered manager}}.

[[name:Joy]]
[[name:Joy Adeyemi]] | {{Senior Family Assessor}}
[[organisation:Ashgrove Family Assessment Centre]] | [[phone:01632 960441]]
""")),
    ("social_care", "success", prose("""
Shout-out 🌟 to [[name:Faith]] and [[name:Tomasz]] on nights last [[date:Thurs 16th]].
[[name:Amber]] ({{mum}}, rm 2) disclosed to [[name:Faith]] at {{2am}} that her ex had been messaging her and
seemed to know the centre's address. They stayed calm, kept [[name:Amber]] talking, followed the
{{safeguarding}} procedure to the letter, wrote down exactly what she said and rang {{EDT}}
straight away. By {{9am}} the {{social worker}} had a {{safety plan}} agreed and {{police}} had put
a marker on the address. Really thoughtful, trauma-informed practice - exactly what
{{Signs of Safety}} is about. Thank you both! - [[name:Hope]] ({{deputy manager}})
""")),
    ("social_care", "incident", prose("""
Incident summary. On [[date:22 January 2024]] at approximately {{19:45}}, Ms [[name:Nyathi]]
placed her son [[name:Malachi]] ([[age:4 months]]) on a {{changing mat}} on the {{dining table}}
in Flat 3 and turned away to fetch a nappy. [[name:Malachi]] rolled and fell approximately 75cm onto the
{{laminate floor}}. The {{family assessor}} on shift, [[name:Rhys Pritchard-Evans]], heard the
fall, checked for {{injuries}} and contacted {{NHS 111}}. [[name:Malachi]] was taken to {{A&E}} at
[[organisation:Northfold General Hospital]] as a precaution; no {{fracture}} or
{{head injury}} was found and he was discharged at {{23:10}}. Ms [[name:Nyathi]] was distressed
and co-operative throughout. The allocated {{social worker}} was informed the next morning and the
incident will be included in the {{parenting assessment}} due to the court on [[date:8 March]].
Learning: the dining table must not be used for changing; floor-level mats have now been placed in
every flat. Centre ref [[case_reference:ASH-0119]].
""")),
    ("social_care", "near_miss", block("""
Chronology - {{fire alarm}} evacuation, nights [[date:Sat 27/04]]
{{02:14}} alarm activated, {{zone 3}} (kitchen corridor)
02:15 [[name:Grace]] ({{night worker}}) started sweep, [[name:Pat]] took the {{fire folder}}
02:17 Flat 5 - [[name:Shanice]] & baby out. Flat 6 - no answer
02:19 [[name:Pat]] opened Flat 6 with {{master key}}: {{mum}} [[name:Aigerim]] asleep with baby
[[name:Timur]] ([[age:9 days]]), {{ear plugs}} in. Both evacuated
02:24 roll call at {{assembly point}} complete, {{fire service}} arrived
02:40 cause = burnt toast in Flat 2. All back in
Near miss because the {{PEEP}} for Flat 6 was never done when [[name:Aigerim]] moved in on
[[date:22/04]] and the occupancy board in the office still showed it empty. - [[name:G]].
""")),
    ("social_care", "success", block("""
Learning review - minutes
Date: [[date:3 June 2024]]
Present: [[name:Hope Mensah]] ({{Centre Manager}}), [[name:Will Ashcroft]] ({{Family Assessor}}),
[[name:Nadia El-Amin]] ({{social worker}}, [[organisation:Calderbrook Children's Services]]),
[[name:Sunny]] ({{night lead}})
Apologies: [[name:Bill Kavanagh]] ({{IRO}})
1. Case [[case_reference:ASH-0147]] - positive outcome. Dad [[name:Kyle]] and mum [[name:Rose]]
completed the 12-week residential assessment; final report filed on time for the {{IRH}} on
[[date:10 June]].
2. What worked: {{parenting observations}} written up the same day; {{Signs of Safety}} mapping
with parents every {{Friday}}; [[name:Will]]'s use of {{video feedback}}.
3. Action: share the observation template with the other assessors ([[name:HM]] by [[date:30/06]]).
""")),
    ("social_care", "incident", block("""
[[date:18/02/2024]], 21:03 - [[name:Mo]]: has anyone locked the {{med cabinet}} in the {{office}}?? found it open just now
[[date:18/02/2024]], 21:04 - [[name:Lizzie T]]: omg no. i did [[name:Chantelle]]'s {{methadone}} at 8 n thought i locked it 😬
[[date:18/02/2024]], 21:05 - [[name:Mo]]: {{MAR chart}} count is right, nothing missing. but [[name:Kez]] was in there with her toddler earlier askin for {{calpol}}
[[date:18/02/2024]], 21:07 - [[name:Lizzie T]]: ok il do an {{incident form}} + tell [[name:Mark]] in the morning. sorry guys
[[date:18/02/2024]], 21:08 - [[name:Mark]]: seen. thanks for being honest [[name:Liz]], we'll sort the {{key safe}} tmrw. pls do a {{controlled drugs}} recount at {{handover}}
""")),
    ("social_care", "near_miss", block("""
HANDOVER - days to nights [[date:Weds 12th]]
Flat 1 - [[name:Esperanza]] + [[name:Mateo]] ([[age:3 wks]]). Good day, feeding well. {{midwife}} visit done.
Flat 2 - [[name:Callum]] & [[name:Skye]] + [[name:Lily-Mae]]. NB near miss at {{bathtime}}: [[name:Skye]] ran
the bath v hot, {{bath thermometer}} read 44C - assessor [[name:Ade]] stopped her before baby went in.
Discussed, recorded as an {{observation}} for the {{assessment}}. pls prompt thermometer use tonight.
Flat 4 - empty, new family [[date:Fri 14th]] (court directed, [[case_reference:LC24P00318]]).
Flat 5 - [[name:Ngozi]] - low mood, {{GP}} appt tmrw 10:20 at [[organisation:Harbour Lane Surgery]].
check on her at {{midnight}}.
Staff: [[name:Joy]] + {{agency}} ([[name:Ruth]]) on {{nights}}. Keys & phone handed over. - [[name:Becca]]
""")),
    ("social_care", "incident", block("""
INCIDENT REPORT FORM
Ref: [[case_reference:IR-2024-0562]]
Service: [[organisation:Ashgrove Family Assessment Centre]]
Person involved: [[name:Shauna McIlroy]]
DOB: [[date_of_birth:17/07/1999]]
Child: [[name:Ruby-Jean McIlroy]]   DOB: [[date_of_birth:02/02/2024]]
Home address: [[address:14 Wetherby Close, Stainforth Moor]], [[postcode:DN7 5QL]]
NI no: [[ni_number:JT 48 21 93 C]]
Date/time: [[date:11/04/2024]] {{14:30}}
Description: During the {{parenting observation}} [[name:Shauna]] became verbally aggressive
towards the {{family assessor}} after being told {{contact}} with her partner would stay
supervised. She threw a {{baby bottle}} which hit the wall. [[name:Ruby-Jean]] was in her
{{bouncer}} and unharmed. Staff used {{de-escalation}}; [[name:Shauna]] went to her room.
Action: {{line manager}} informed, {{social worker}} emailed, {{risk assessment}} reviewed.
Completed by: [[name:Kwame Asante-Boateng]] ({{Family Assessor}})
""")),
    ("social_care", "success", prose("""
Learning from excellence: I want to recognise [[name:Marisol]] from nights. On
[[date:Sunday 5 May]] [[name:Dionne]] (resident, [[age:19yo]]) was struggling with her
{{newborn}}'s feeding and getting very tearful about going to {{court}}. [[name:Marisol]] sat with her from
1 till 4am, modelled {{paced bottle feeding}}, and helped her write down her questions for her
{{solicitor}} and the {{Guardian}} from {{Cafcass}}. She recorded it all clearly so the
{{day team}} could follow up. [[name:Dionne]] told her assessor the next day it was the first night she
felt someone believed she could do it. This is what good {{night-time observation}} looks like -
supportive as well as evidential. Nominated by [[name:Siân]], {{team leader}}.
""")),
    ("social_care", "near_miss", block("""
#assessment-team
@[[name:bronwen.h]] 08:52  heads up - final {{parenting assessment}} for [[case_reference:ASH-0151]] is due to court [[date:Fri 21st]] and the {{viability assessment}} on the paternal aunt isn't started 😟
@[[name:will.o]] 08:55  I had it as the [[date:28th]]? that's what the {{PLO}} timetable on file says
@[[name:bronwen.h]] 08:57  file copy is old. the {{case management order}} from [[date:7 June]] brought it forward, {{CMO}} is on the drive
@[[name:priya.sharma]] 09:01  I can do the aunt visit tmrw, she's at [[address:41 Foxley Road, Hensall]]. can someone book the {{pool car}}
@[[name:will.o]] 09:03  done - [[vehicle_registration:YD21 KXR]] 10am. will update the {{tracker}} so this doesn't happen again
@[[name:bronwen.h]] 09:04  ty both. near miss logged, {{IRO}} cc'd
""")),
    ("social_care", "incident", prose("""
Data breach - report for the {{DPO}}. On [[date:Tuesday 19 March]] I emailed the draft
{{parenting assessment}} on [[name:Gabriela Nowak]] and [[name:Piotr Nowak]] to what I believed
was their {{solicitor}}, [[email:k.osei@fenwicklaw.co.uk]]. The correct address is
[[email:k.osei@fenwick-law.co.uk]]; the email went to an unrelated firm. The report contains the
children's names, the family's address at [[address:Flat 7, 38 Canal Street, Halbridge]],
[[postcode:HX1 4RB]], and sensitive {{mental health}} information. The recipient, a Mr
[[name:Ferris]], replied at {{16:20}} to say he had deleted it. I informed my {{line manager}}
[[name:Joy]] and the {{Information Governance}} team within the hour and the breach was logged as
[[case_reference:IG-24-0093]]. Whether it meets the {{ICO}} reporting threshold is being
considered. Learning: I typed the address from memory instead of using the {{secure portal}}.
- [[name:Aled]], {{Family Assessor}}
""")),
    ("social_care", "success", block("""
Court timescales tracker - wk ending [[date:26/07/24]]
Case | Family | Court date | Report | Assessor
[[case_reference:ASH-0139]] | [[name:Hussain]] | [[date:29/07]] | filed early ✅ | [[name:GK]]
[[case_reference:ASH-0142]] | [[name:Okoro]] / [[name:Bell]] | [[date:02/08]] | filed ✅ | [[name:Will]]
[[case_reference:ASH-0144]] | [[name:Leszczyńska]] | [[date:09/08]] | draft with {{manager}} | [[name:Faith]]
[[case_reference:ASH-0146]] | [[name:Doherty]] | [[date:16/08]] | on track | [[name:GK]]
Note: first month this year with no {{extension requests}} against the {{26-week}} timetable. Big
thanks to the assessors and to [[name:Dee]] in {{admin}} for chasing {{GP}} and
{{health visitor}} records early. What worked: {{chronology}} started on {{admission}},
{{mid-point review}} at week 6, {{legal gateway}} dates in everyone's calendar.
""")),
    ("social_care", "near_miss", prose("""
sleeping arrangements - found [[name:jayden]] ([[age:5 wk]]) in bed w/ {{mum}} [[name:tash]] on the
{{3am check}}, she'd fallen asleep feeding. baby on his front half under the {{duvet}} 😳 woke [[name:tash]],
baby fine, breathing normal, pink. put him back in his {{cot}}. went thru {{safer sleep}} again,
she knows it (signed the {{Lullaby Trust}} leaflet on admission [[date:1/10]]) just exhausted.
suggest {{day staff}} offer her a nap in the day + a {{night feed plan}}. no harm so its a near miss
not an incident. logged on the {{daily log}}. [[name:abi]]
""")),
    ("social_care", "incident", block("""
From: [[name:Sunny Oyelaran]] <[[email:sunny.oyelaran@ashgrovefamilies.org.uk]]>
Sent: [[date:30 August 2024]] 07:41
To: [[name:Hope Mensah]]
Subject: Incident last night - ex-partner at the gate

[[name:Hope]],
At around {{01:10}} [[name:Jordan Pike]] (ex-partner of resident [[name:Leanne]]) turned up at the
front gate shouting for her. He was in a silver {{Astra}}, reg [[vehicle_registration:FN68 WZT]].
I was the only {{waking night}} staff because the second worker went home sick at {{midnight}}
and {{on-call}} hadn't found cover. I kept the doors locked, rang {{999}} and the
{{on-call manager}}. {{Police}} arrived at 01:32, log no. [[case_reference:CC-1408-0091]].
[[name:Leanne]] and the baby stayed in their flat and were safe.
Lone working at night is against our {{policy}} and honestly I was frightened.
Thanks,
[[name:Sunny]]
{{Night Support Worker}}
""")),
    ("social_care", "success", prose("""
Practice example - adapted assessment. [[name:Teodora Lungu]], [[age:24]], has a
{{mild learning disability}} and {{Romanian}} is her first language. In the first week staff
realised she was nodding along in {{feeding sessions}} without understanding. Assessor
[[name:Mark Oduya]] requested an {{interpreter}} for all key sessions and a {{PAMS}} assessment,
and the {{speech and language therapist}} from
[[organisation:Calderbrook Community Learning Disability Team]] produced picture-based routines.
By week 8 [[name:Teodora]] was independently making up feeds and keeping a {{baby diary}}. The
{{Guardian}} commented at the {{IRH}} on [[date:17 October]] that the assessment was fair and
properly adapted. Learning: screen for communication needs at referral, not in week two.
- [[name:Mark]]
""")),
    ("social_care", "near_miss", block("""
Call log - {{out of hours}}
Date: [[date:Sun 8 Dec]]   Time: {{22:15}}
Caller: [[name:Femi]] ({{night worker}}) to {{on-call manager}} [[name:Grace Whitlock]]
[[name:F]]: mum in flat 3, [[name:Roxanne]], wants to take the baby to her sister's tonight. says
nothing stops her, she's not locked in.
[[name:GW]]: What's baby's legal status?
[[name:F]]: [[name:Oakley]] is on an {{ICO}} since [[date:2 Dec]]. I was about to open the door tbh.
[[name:GW]]: Don't. The {{local authority}} shares {{PR}} and the {{care plan}} says baby stays on
site. Keep her talking, I'm ringing the {{EDT}} social worker now. If she leaves with him call {{999}}.
22:40 [[name:Roxanne]] agreed to stay after speaking to EDT.
Learning: legal status wasn't on the {{front sheet}}. Added for all families.
""")),
    # ------------------------------------------------------------------ health (17)
    ("health", "incident", prose("""
wbit - {{G&S}} sample from {{ward 12}} for pt [[name:Harold Tibbs]] ([[case_reference:K4471902]],
nhs [[nhs_number:7039251868]]) grouped {{A pos}}, historic group on {{LIMS}} is {{O pos}}. rang the
ward, nurse [[name:Jess]] said she bled 2 pts n labelled both tubes at the {{nurses station}}
after 🙄 other pt was bed 6 [[name:Edna Boateng]]. both re-bled, nothing issued thank god.
{{Datix}} done, told {{TP}} [[name:Meera]]. this is the 3rd {{WBIT}} from 12 this month!! need
{{bedside labelling}} retraining asap - [[name:cg]] {{BMS}}
""")),
    ("health", "near_miss", block("""
{{MHP}} activation - chronology, [[date:14/02/2024]]
{{03:02}} {{switchboard}} call: MHP activated, {{ED}} {{resus}} 2, unknown male, {{trauma}}. ID [[case_reference:U-2402-0117]]
03:04 porter [[name:Elijah]] sent with {{O neg}} x4 from the {{emergency fridge}}
03:06 [[name:Szymon]] (BMS) noticed only 2 O neg left in the emergency fridge - not restocked after the previous MHP at 00:40
03:09 rang {{NHSBT}} for a {{blue light}} delivery, borrowed 4 from the {{theatres}} satellite fridge
03:15 {{MHP pack 1}} issued: 4 {{red cells}}, 4 {{FFP}} (thawing)
03:22 group sample received, labelled with the unknown-patient ID correctly ✔
03:41 {{group specific}} red cells issued
04:05 NHSBT delivery arrived
Near miss: a second MHP before 03:40 would have found 2 O neg units in the building. Restock after every MHP now on the checklist.
[[name:Szymon Kowalczyk]], {{Senior BMS}}
""")),
    ("health", "success", prose("""
Huge thanks to [[name:Bill]] the porter 🙌 On [[date:Sat 6th]] at 2am the {{pneumatic tube}}
system went down in the middle of an {{MHP}} in {{maternity theatre}}. [[name:Bill]] ran
{{cool box}} after cool box between the lab and theatre for over an hour and never once left a unit
unsigned on the {{traceability}} sheet. The mum ([[name:Chiara Esposito]], [[age:34]]) had a
{{PPH}} of 3.5 litres and got every component inside the {{20-minute}} target. The
{{consultant anaesthetist}}, Dr [[name:Mahlangu]], rang the lab next morning just to say thank
you. Absolute legend. - [[name:Róisín]] & the {{blood bank}} team
""")),
    ("health", "incident", prose("""
Summary for {{SHOT}} reporting. On [[date:2 April 2024]] a patient on the {{Haematology}} ward,
[[name:Gareth Lloyd-Jones]] ([[age:67]], hospital number [[case_reference:RX0093318]], NHS
number [[nhs_number:485 777 3457]]), received one unit of non-{{irradiated}} {{red cells}}. He had
been treated with {{bendamustine}} in {{February}} and requires irradiated components for life. The
requirement was recorded in the clinical notes but not on the {{LIMS}}, because the
{{specific requirements}} form had not been sent to the lab. The {{BMS}} on duty,
[[name:Adaeze Obi]], issued a {{crossmatched}} unit correctly on the information available. The
omission was identified by the ward {{pharmacist}} the following morning. No {{TA-GvHD}} has
occurred; the patient is being monitored. Reported to SHOT and {{SABRE}} as
[[case_reference:SH-24-1157]]. Learning: prescribers of purine analogues must notify the lab
electronically at the time of prescribing.
""")),
    ("health", "near_miss", block("""
From: [[name:Yusuf Demir]] <[[email:yusuf.demir@kingsmead.nhs.uk]]>
To: {{Transfusion Lab}}; [[name:Meera Raghunathan]]
Date: [[date:Mon 22 Jul 2024]] 11:05
Subject: Near miss - samples with addressograph labels

Hi [[name:Meera]],
Two {{crossmatch}} samples from [[organisation:Fairbourne Ward]] this morning had
{{addressograph labels}} stuck over the hand-written details. We rejected both under our
{{zero tolerance}} policy. One label belonged to a different patient, [[name:Irene Castellanos]]
(DOB [[date_of_birth:19/09/1941]]), while the request form was for [[name:Walter Price]],
[[case_reference:RX0105274]]. If the {{BMS}} hadn't peeled it back we could have grouped the wrong
patient. The [[organisation:Fairbourne]] {{ward sister}} is re-training the {{HCAs}}. Could you put
it in the next {{TP}} bulletin?

Thanks
[[name:Yusuf]]
[[name:Yusuf Demir]]
{{Biomedical Scientist}}, Blood Transfusion
[[organisation:Kingsmead University Hospitals NHS Trust]] | [[phone:01632 960852]]
""")),
    ("health", "success", block("""
Hospital Transfusion Team - minutes
[[date:12 September 2024]], {{Seminar Room 2}}
Present: [[name:Meera Raghunathan]] ({{TP}}), Dr [[name:Kofi Mensah-Bonsu]] ({{consultant haematologist}}),
[[name:Grace Liddle]] ({{transfusion lab manager}}), [[name:Ivan Petrov]] ({{BMS}}),
[[name:Amber Fitzgerald]] ({{Matron}}, surgery)
Apologies: [[name:Patience Adjei]], [[name:J. Whitcombe]]
Item 3 - {{O D neg}} usage. Since we started issuing {{O D pos}} to males and to women over 50 in
{{MHP}}s, O D neg use fell from 14% to 6% of issues this quarter. No {{adverse reactions}}. Zero
O neg wastage in {{August}}.
Item 4 - sample rejection rate now 1.9% (target under 2%). [[name:GL]] thanked [[name:Ivan]] for his
{{bedside labelling}} audit on [[organisation:Harrowby Ward]].
Action: [[name:Meera]] to present the audit at the regional {{RTC}} on [[date:4 Nov]].
""")),
    ("health", "incident", block("""
[[name:Ivan Petrov]] 15:42
anyone know why the {{blood fridge}} on {{Delivery Suite}} is alarming? temp log says 8.4C since 14:50
[[name:Nkechi Eze]] 15:44
estates are on it. I've quarantined the 3 units in there, one was allocated to [[name:Lucy Harwood]] [[case_reference:RX0110862]] - {{theatre}} at 16:00
[[name:Ivan Petrov]] 15:45
ugh. >30 min out of {{controlled temperature}} so they're going in the bin. I'll crossmatch 2 more now, her {{antibody screen}} is neg so {{electronic issue}} is fine
[[name:Grace Liddle]] 15:51
thanks both. pls do a {{Datix}} + {{cold chain}} report, second fridge failure since [[date:1 August]]. cc [[name:Kofi]]
""")),
    ("health", "near_miss", block("""
SAMPLE REJECTION / NEAR MISS FORM
Lab no: [[case_reference:24.0817.3321]]
Surname: [[name:Ó Súilleabháin]]     Forename: [[name:Siobhán]]
DOB on form: [[date_of_birth:07/05/1988]]   DOB on tube: [[date_of_birth:05/07/1988]]
NHS no: [[nhs_number:943 476 5919]]
Address: [[address:22 Lavender Terrace, Ashby Quay]] [[postcode:LE65 2TD]]
Location: {{Antenatal Clinic}}
Request: {{G&S}} before {{anti-D}} prophylaxis
Details: day and month of DOB transposed on the tube. Sample rejected and repeat requested. Patient
is {{RhD negative}} and due {{RAADP}} at {{28 weeks}} - repeat taken same day so anti-D not delayed.
Taken by: {{midwife}} (signature illegible)
Checked by: [[name:Tunde Bakare]], {{BMS}}
""")),
    ("health", "incident", prose("""
On [[date:Thursday 7 March]] at {{14:18}} an {{MHP}} was called for a patient in
{{Interventional Radiology}} ({{IR}}). Switchboard relayed only 'radiology', and the porter,
[[name:Dennis Ogunleye]], collected the {{cool box}} and went to {{CT}} on the ground floor. He
was redirected at 14:29 and the first {{red cells}} reached the patient, [[name:Magdalena Sikora]]
([[age:52]]), at 14:33 - fifteen minutes after activation. She was bleeding after an
{{embolisation}} and received four units and {{tranexamic acid}} before transfer to {{ITU}}; she
has made a good recovery. The review found that the {{switchboard}} MHP script has no field for the
exact location, only the department. The script was amended on [[date:11/03/24]]. Reported as
[[case_reference:DX-331842]].
""")),
    ("health", "success", block("""
Subject: THANK YOU from [[organisation:Bramley Ward]]

Dear {{blood bank}},
I just wanted to say thank you to [[name:Kamal]] and [[name:Faith]] on the {{late shift}}
yesterday ([[date:Wed 20th]]). Our patient Mrs [[name:Tesfaye]] ([[case_reference:RX0098841]])
has {{anti-K}} and {{anti-Fya}} and needed {{antigen-negative}} units before her {{hip}} surgery.
[[name:Kamal]] phoned the {{NHSBT}} {{Reference Laboratory}} straight away and [[name:Faith]]
rang us every hour with an update, so the {{anaesthetist}} could plan. The units arrived by
6pm and surgery went ahead on time. You made a very anxious lady feel looked after.

Best wishes,
[[name:Charity Mwangi]]
{{Ward Sister}}, [[organisation:Bramley Ward]]
""")),
    ("health", "near_miss", prose("""
porter came to the lab to collect {{FFP}} for pt in {{theatre 4}} and picked up
[[name:Jackson]]'s {{platelets}} off the {{issue rack}} instead of [[name:Jacobsen]]'s ffp - names
v similar and both on the rack at once. {{BloodTrack}} kiosk beeped when he scanned and wouldnt let
him sign it out so he came back to the bench 👍 no harm. told him thats exactly what the
{{scanner}} is for!! suggest we dont put 2 pts with look-alike names on the same rack shelf +
maybe a {{name alert}} sticker? - [[name:tb]], {{nights}}
""")),
    ("health", "incident", block("""
Time  | Event                                                           | By
{{18:05}} | Unit 2 of 2 {{red cells}} started, {{Ward 9}}, [[name:Brian Hollis]] [[case_reference:RX0087720]] | RN [[name:Okeke]]
18:25 | temp 39.1, {{rigors}}, {{BP}} 88/50                             | RN [[name:Okeke]]
18:27 | transfusion stopped, {{SHO}} bleeped                            | RN [[name:Okeke]]
18:40 | bag + post-transfusion samples sent to lab                      | {{FY1}}
19:30 | {{DAT}} weakly pos, {{anti-Jkb}} identified, screen neg 3 days ago | [[name:Adaeze]] ({{BMS}})
20:10 | {{consultant haematologist}} informed, {{HDU}} review              | [[name:Adaeze]]
Outcome: {{haemolytic transfusion reaction}}, recovered. Missed antibody because the
{{pre-transfusion sample}} was 4 days old by the time unit 2 was hung (limit 72h).
Reported to {{SHOT}} [[case_reference:SH-24-1302]].
""")),
    ("health", "success", block("""
Learning from Excellence ({{LfE}}) nomination
Nominee: [[name:Hope Achterberg]], {{trainee BMS}}
Nominated by: [[name:Rafael Souza]]
Date: [[date:09/10/2024]]
What happened: on a quiet night [[name:Hope]] noticed that the {{group and screen}} for a
{{pre-op}} patient, [[name:Daniel Frost]] ([[nhs_number:612 083 4575]]), had been booked in with
the same sample number as a sample from the day before. Instead of overriding the {{LIMS}}
warning she checked the {{request form}}, the tube and the historic record, and found the
{{phlebotomist}} had reused a pre-printed label. [[name:Hope]] escalated to me and we rejected the
sample before any result was authorised.
Why it was excellent: new in post and alone at 3am, she trusted the system and her instincts.
Impact: potential {{WBIT}} prevented; the {{phlebotomy}} lead is reviewing pre-printed labels.
""")),
    ("health", "near_miss", block("""
LAB HANDOVER  late -> night  [[date:Sat 23 Nov]]
- {{MHP}} ongoing in {{ED}} {{resus 1}}: [[name:Kwabena Darko]] [[case_reference:RX0121457]], pack 2 issued 21:40, pack 3 prepared. ED registrar is Dr [[name:Sandoval]].
- O neg stock: 6 in the {{emergency fridge}}, 14 in main. NB near miss - [[name:Ellie]] found 2 {{O neg}} units expiring [[date:23/11]] at the FRONT of the emergency fridge, would have been issued after {{midnight}}. Rotated stock, discarded both.
- {{cold chain}}: {{Delivery Suite}} fridge back in service.
- {{NHSBT}} standing order placed for {{Monday}}.
- [[name:Bukola]] off sick tomorrow, [[name:Pete]] covering.
handed over by [[name:Ciarán]] -> [[name:Ellie]]
""")),
    ("health", "incident", block("""
From: [[name:Meera Raghunathan]]
To: Ward Managers - Surgery
Cc: [[name:Grace Liddle]]
Subject: Incident [[case_reference:DX-334019]] - lost crossmatch sample

Dear colleagues,
On [[date:5 May]] a {{crossmatch}} sample for [[name:Agnieszka Wróbel]] ([[age:78]]) on
[[organisation:Harrowby Ward]] was sent by {{pneumatic tube}} to the wrong station
({{Pathology reception}} rather than {{Blood Transfusion}}) and was not found for two hours. By
then her {{Hb}} was 62 and the {{FY1}} requested {{emergency O neg}}, which she received before her
group was known. No harm, but an O neg unit was used unnecessarily and the
{{two-sample rule}} was bypassed. Please remind staff that {{tube station}} 41 is for transfusion only.

Kind regards,
[[name:Meera]]
[[name:Meera Raghunathan]]
{{Transfusion Practitioner}} | [[phone:01632 960219]] | [[email:meera.raghunathan@kingsmead.nhs.uk]]
""")),
    ("health", "success", block("""
Phone call transcript (recorded line), [[date:18/12/2024]] 02:11
BMS [[name:Lwazi]]: Transfusion, [[name:Lwazi]] speaking.
Caller: Hi, it's [[name:Hamish]], {{SHO}} on {{AMU}}. I need two units for bed 14, [[name:Margaret Okonkwo-Reid]].
[[name:Lwazi]]: Can I take her {{hospital number}} and date of birth?
[[name:Hamish]]: [[case_reference:RX0076603]], born [[date_of_birth:4th of June 1950]].
[[name:Lwazi]]: That number doesn't match the name - we have her as [[date_of_birth:14/06/1950]] with a different number. Can you check the {{wristband}}?
[[name:Hamish]]: Oh... sorry, I've got the wrong {{notes}} open. It's [[name:Margaret Okafor]], [[case_reference:RX0076630]], NHS [[nhs_number:550 123 9841]].
[[name:Lwazi]]: Thanks. Her {{antibody screen}} is negative so I can {{electronic issue}} in ten minutes. Please do the {{bedside check}} with two people.
Note: logged as good catch - {{positive patient ID}} on the phone prevented a wrong request.
""")),
    ("health", "incident", prose("""
{{LIMS}} down 01:00-03:30 for the upgrade ([[date:17th]]), we were on the paper {{downtime}}
procedure. issued 2 units {{red cells}} to [[name:D. Henderson]] on {{ward 7}} on paper. when system
came back up and i back-entered, i attached the units to the wrong [[name:Henderson]] - there are 2
pts with that surname and initial D in today, [[name:Dorothy]] on {{CCU}} and
[[name:Duncan]] on ward 7. units were physically labelled right and went to the right pt ([[name:Duncan]]).
caught on {{reconciliation}} by [[name:Priyanka]] at 07:00, record corrected, no harm. need a
{{second person check}} for {{back-entry}} after downtime. - [[name:rs]]
""")),
    # ------------------------------------------------------------------ aviation (16)
    ("aviation", "incident", prose("""
Occurrence summary - display line infringement. On [[date:Saturday 15 June 2024]] at the
[[organisation:Cleeve Hill Airshow]], {{Harvard}} [[aircraft_registration:G-BKRM]], flown by
display pilot [[name:Alastair Fenwick-Moore]], crossed the 230 m {{display line}} by approximately
40 m during the second {{topside pass}} of the pairs routine. The {{Flying Display Director}},
Capt [[name:Rachel Ingham]], stopped the display with the agreed {{knock it off}} call and the
pair repositioned {{crowd rear}} before landing. Contributing factors: an 18 kt {{on-crowd wind}}
that was not fully allowed for, and a {{display axis}} reference feature (a hedge line) that was
hard to see in the low sun. No spectator was at risk. The pilot is stood down from displays
pending a {{debrief}} with the {{DAE}}. {{MOR}} submitted to the {{CAA}}; team reference
[[case_reference:HV/OCC/24/09]].
""")),
    ("aviation", "near_miss", block("""
RT transcript (tower recording), [[date:6 July]], approx 14:52 local
{{TWR}}: [[aircraft_registration:G-AWMP]], hold short {{runway 27}}, {{Spitfire}} displaying.
[[aircraft_registration:G-AWMP]]: Cross runway 27, [[aircraft_registration:G-AWMP]].
TWR: Negative! [[aircraft_registration:G-AWMP]] HOLD SHORT, I say again hold short runway 27.
[[aircraft_registration:G-AWMP]]: Holding short, sorry, [[aircraft_registration:Golf Mike Papa]].
TWR: [[aircraft_registration:Golf Mike Papa]], roger, remain holding, display ends in figures 4.

Note by {{FDD}} [[name:Rachel Ingham]]: the {{Chipmunk}} pilot, [[name:Nikhil Rao]], had his
{{headset}} volume turned down after the engine run and heard "runway 27" but not "hold short".
He stopped about 10 m past the {{holding point}} markings, still clear of the runway. The Spitfire
was on its {{run-in}} at the time. Learning: the {{readback}} error was caught by {{ATC}}; we are
adding a {{headset check}} to the team's {{taxi checklist}}. {{MOR}} raised.
""")),
    ("aviation", "success", block("""
[[date:21/07/2024]], 18:12 - [[name:Gaz]]: Big shout out to [[name:Sunita]] today 👏 on the {{walk-round}} before the {{Spit}}'s second slot she found a {{Dzus fastener}} on the top {{cowling}} not locked. could've lost the panel in the {{loop}}
[[date:21/07/2024]], 18:14 - [[name:Rachel I]]: Brilliant catch [[name:Sunita]]. That's exactly why we do the {{independent inspection}}. Going in the {{safety newsletter}}
[[date:21/07/2024]], 18:15 - [[name:Sunita]]: ta 😊 just lucky I looked twice, the {{engineer}}'s torch is better than mine lol
[[date:21/07/2024]], 18:17 - [[name:Alastair]]: buying you a pint tonight 🍺
[[date:21/07/2024]], 18:20 - [[name:Gaz]]: crowd loved the {{Spitfire}} btw, {{FDD}} said best {{run and break}} of the season
""")),
    ("aviation", "incident", block("""
From: [[name:Declan Byrne]] <[[email:declan@harknessvintage.co.uk]]>
To: [[name:Rachel Ingham]]
Date: [[date:Sun 11 Aug 2024]] 20:36
Subject: Damage to Tiger Moth - [[organisation:Elsworth Airfield]]

[[name:Rachel]],
Sorry to send bad news. At about 17:40 today, after the display, the contractor's {{fuel bowser}}
([[vehicle_registration:WX17 HBN]]), driven by a [[organisation:Skyfuel Aviation Services]]
employee, reversed into the port lower {{wingtip}} of {{Tiger Moth}}
[[aircraft_registration:G-ADKV]] in the {{aircraft park}}. There was no {{banksman}} and our
{{ground crew}} were at the {{crowd line}} for the autograph session. Damage to the
{{wingtip bow}} and fabric; aircraft declared {{unserviceable}}. Photos attached.
{{Licensed engineer}} [[name:Kasia]] has started the {{tech log}} entry.

[[name:Declan]]
[[name:Declan Byrne]]
{{Crew Chief}}
[[organisation:Harkness Vintage Display Team]] | [[phone:07700 900318]]
""")),
    ("aviation", "near_miss", prose("""
pre flt {{walkround}} on the {{P-51}} ([[aircraft_registration:G-CHSP]]) found rt wing
{{fuel cap}} not locked, just sitting in the neck. refuelled by me + [[name:jo]] at 12:10, i
thought [[name:jo]] did it, [[name:jo]] thought i did 🤦 {{pilot}} [[name:Hendrik]] was due off for
the {{14:30}} slot so would of been airborne with it like that. no dmg, no fuel lost. we need the
{{cap check}} as a {{2-person}} sign off on the {{refuel sheet}} - it was on the old sheet but
not the new one. sorry all. [[name:kp]]
""")),
    ("aviation", "success", block("""
[[organisation:Harkness Vintage Display Team]] - post-season safety review
[[date:19 October 2024]], [[organisation:Elsworth Airfield]] clubhouse
Present: [[name:Rachel Ingham]] ({{Team Leader}}), [[name:Alastair Fenwick-Moore]], [[name:Hendrik van der Berg]],
[[name:Nikhil Rao]] ({{display pilots}}), [[name:Declan Byrne]] ({{Crew Chief}}), [[name:Kasia Zielińska]] ({{licensed engineer}})
Apologies: [[name:Gaz]], [[name:Sunita]]
1. Season summary: 14 displays, no cancellations for {{technical}} reasons, 2 {{MOR}}s (display
line [[date:15/06]]; runway incursion [[date:06/07]]).
2. What went well: {{TEM}} briefing before every slot; independent {{fuel cap}} check introduced in
{{July}} - no repeat since.
3. {{Display Authorisation}} renewals: [[name:AF-M]] and [[name:HvdB]] due in {{March}}; {{DAE}} booked.
4. AOB: {{CAA}} audit passed with no findings. Thanks to the {{ground crew}} for a safe season.
""")),
    ("aviation", "incident", block("""
Display day log - [[organisation:Saltmarsh Air Show]], [[date:Sun 25 Aug]]
Slot  | Aircraft     | Reg                 | Pilot        | Remarks
14:05 | {{Hurricane}}    | [[aircraft_registration:G-HUZR]]              | [[name:Fitz]]         | {{rough running}} at top of {{loop}}, display abandoned, {{PFL}} to rwy 24, landed safely
14:20 | {{Harvard}} pair | [[aircraft_registration:G-BKRM]] / [[aircraft_registration:G-BZNX]] | [[name:Nikhil]] / [[name:Mark Ellery]] | delayed 10 min, flown as planned
14:45 | {{Chipmunk}}     | [[aircraft_registration:G-AWMP]]              | [[name:Bea]]          | cancelled - crosswind
Notes: Hurricane {{magneto}} fault found by [[name:KZ]]. {{MOR}} [[case_reference:MOR-2024-08-2291]] filed by
{{FDD}} [[name:Tom Hallworth]]. {{emergency services}} on standby, not needed. Crowd never at risk -
turn-back was made away from the {{display axis}}.
""")),
    ("aviation", "near_miss", prose("""
At {{15:12}} on [[date:3 August 2024]], during the {{Spitfire}} solo at
[[organisation:Wendover Vale Airshow]], the pilot, [[name:Joy Okwuosa]], reported a {{drone}} at
about 400 ft {{AGL}} just outside the {{display line}}. She rolled away with a {{wingover}} and
broke off the sequence. The {{FDD}}, [[name:Piers Anstruther]], suspended the programme and told
the {{police}} on site, who found the operator in the {{car park}} (police ref
[[case_reference:TVP-24-081533]]). The drone was inside the {{restricted area}} published by
{{NOTAM}}; closest point estimated at 150 m. Spitfire [[aircraft_registration:G-TGRZ]] landed
safely and the programme resumed at 15:40. Ms [[name:Okwuosa]] has filed an {{Airprox}} report
with the {{UKAB}}.
""")),
    ("aviation", "success", prose("""
Thank you note - to [[name:Pat]], [[name:Bill]] and [[name:Sunny]], our volunteer marshals at
[[organisation:Bryher Point Airshow]] on the [[date:14th]]. Just before the {{Mustang}}'s
{{run-in}}, [[name:Pat]] spotted two children who had crawled under the {{crowd barrier}} into the
{{safety area}} and got them back behind the line calmly while [[name:Bill]] radioed
{{display control}}. Later [[name:Sunny]] found a loose {{bolt}} on the {{FOD walk}} next to the
{{flightline}} that turned out to be from a {{tow bar}}. Three quiet saves in one afternoon - the
{{FDD}} mentioned you at the {{debrief}}. Cheers, [[name:Rosie]] & [[name:Will]]
({{ground crew}} leads)
""")),
    ("aviation", "incident", block("""
Chronology - taxi collision, [[date:28/06/2024]]
16:31 [[aircraft_registration:G-BZNX]] ({{Harvard}}) landed rwy 06 after display, pilot [[name:Mark Ellery]]
16:34 taxying back to the {{flightline}}, {{marshaller}} [[name:Ifeoma]] signalled left turn
16:35 left wingtip hit a {{Heras fencing}} panel at the edge of the {{crowd line}}; panel knocked over, no spectators within 10 m
16:36 engine shut down, {{fire cover}} attended
16:50 {{engineer}} [[name:Kasia]] inspected: {{nav light}} lens broken, no structural damage
17:20 {{FDD}} [[name:Tom Hallworth]] and team leader [[name:Rachel]] debrief - limited view over the {{nose}}, no {{wing walker}} used
Actions: wing walkers mandatory when taxying within 50 m of the crowd; {{MOR}} [[case_reference:MOR-2024-06-1422]].
""")),
    ("aviation", "near_miss", block("""
#ops-harkness
@[[name:rach.ingham]] 09:10  weather for [[organisation:Hartland Cliffs Air Display]] today: cloud base 1,200 ft, forecast to lift. we need 1,500 for the {{full display}} in the Spit
@[[name:hendrik]] 09:14  I'll fly the {{flat display}} if needed. but the {{display line}} is over the sea and the {{crowd}} is on the cliffs, so {{minimum height}} is from the {{cliff top}} not {{sea level}}
@[[name:rach.ingham]] 09:16  😳 good spot. the {{FDD}} briefing pack gives heights {{AMSL}}. cliff is ~150 ft, so 100 ft {{AGL}} over the crowd would really be nothing
@[[name:tom.h]] 09:30  FDD here - confirmed, pack corrected and reissued as v2. thanks [[name:Hendrik]]. everyone re-brief at 11:00 pls
""")),
    ("aviation", "success", prose("""
On [[date:Friday 13 September]], during the transit from [[organisation:Elsworth Airfield]] to
[[organisation:Fairlop Meadows Airshow]], the {{Gipsy Major}} engine of {{Tiger Moth}}
[[aircraft_registration:G-ADKV]] lost power at 1,800 ft. The pilot, [[name:Beatrix Holloway]]
(known to everyone as [[name:Bea]]), carried out a textbook {{forced landing}} into a stubble field
at [[address:Lower Coombe Farm, Ickworth Lane]]. No damage and no injuries; the farmer, Mr
[[name:Trevelyan]], helped secure the aircraft. [[name:Bea]] credited the team's monthly
{{PFL}} practice. The engineers found {{carb icing}} in humid air, and the team has re-briefed use
of {{carburettor heat}} during long descents. Reported to the {{CAA}} as
[[case_reference:MOR-2024-09-3310]].
""")),
    ("aviation", "incident", block("""
[[organisation:HARKNESS VINTAGE DISPLAY TEAM]] - INJURY REPORT
Ref: [[case_reference:HV-INJ-24-004]]
Name: [[name:Oluwaseun Adebayo]]
DOB: [[date_of_birth:21/03/2001]]
Role: {{ground crew}} (volunteer)
Address: [[address:9 Nightingale Rise, Kelby]] [[postcode:NG32 3PX]]
Phone: [[phone:07700 900562]]
Date: [[date:7 Sep 2024]]   Location: [[organisation:Saltmarsh Air Show]], {{flightline}}
What happened: pulling the {{chocks}} on the {{Hurricane}} after {{engine start}}, [[name:Seun]]
was caught by {{prop wash}}, lost his footing and fell, grazing his elbow and spraining his wrist.
He was well clear of the {{propeller arc}}. First aid by {{St John Ambulance}}; not hospitalised.
Witness: [[name:Angharad]] ({{ground crew}})
Reported to: {{FDD}} and {{Team Leader}}
""")),
    ("aviation", "near_miss", block("""
ENG HANDOVER - [[name:Kasia]] to [[name:Lars]], [[date:Fri 30 Aug]]
- [[aircraft_registration:G-TGRZ]] Spit: {{oil}} top-up 2 qt after slot 2. {{tech log}} entry done. Serviceable.
- [[aircraft_registration:G-HUZR]] Hurri: {{magneto}} replaced, ground run OK. NB near miss - the {{torque wrench}}
  used on the {{prop}} bolts was found out of calibration (due [[date:1 Aug]]). Re-torqued with the
  calibrated one from [[name:Mick]]'s box, values OK. Red-handled wrench quarantined - DON'T use.
- [[aircraft_registration:G-ADKV]] Tiger: still {{U/S}} (wingtip), parts ordered from [[organisation:Cotswold Vintage Spares]].
- {{Mustang}}: no defects.
- Trailer keys with [[name:Declan]]. Van [[vehicle_registration:LK66 VFM]] needs diesel.
""")),
    ("aviation", "success", block("""
Display frequency extract - [[date:17 Aug 2024]]
{{Mustang}} ([[aircraft_registration:G-CHSP]]): Display, Mustang, no green on the {{left main}}, breaking off, request a {{low pass}} for a visual check.
{{FDD}} ([[name:Tom]]): Mustang, Display, copied. {{display area}} is yours, {{crash crew}} alerted, run in when ready.
Mustang: Running in now, 200 feet.
Ground ([[name:Lars]]): Display, Ground, from the {{flightline}} with binoculars the left leg looks down, doors closed.
FDD: Mustang, gear appears down, your call.
Mustang: Copied, {{emergency gear}} selected, green now, landing.
Note: airliner [[flight_number:EZY6147]] was held off by {{Approach}} for 6 minutes. Landed safely;
{{microswitch}} fault on the indicator. Really calm, textbook teamwork. - [[name:Hendrik]]
""")),
    ("aviation", "incident", prose("""
incident at [[organisation:Brancaster Staithe Airshow]] today [[date:22/6]] approx 15:50 during the
{{Spitfire}} & {{Hurricane}} {{synchro pass}}. man + kid (prob [[age:8 or 9]]) climbed over the
{{crowd barrier}} by the {{burger van}} into the {{safety area}} to get a photo. [[name:ryan]] n me
ran over, {{FDD}} called {{stop stop stop}} and [[name:Fitz]] & [[name:Hendrik]] pulled up and held
{{crowd rear}}. man taken back by {{stewards}}, {{police}} had a word. display resumed after 9 min.
does this need an {{MOR}}? will ask [[name:Rachel]] - [[name:shaz]]
""")),
]

if __name__ == "__main__":
    write_records(OUT, build_records("blind238", REPORTS))
