"""Held-out blind corpus 318: 50 hand-written UK incident, near-miss and success reports.

Written blind (without sight of the de-identifier or of any other corpus) so that it measures
how well de-identification generalises. Every person, organisation, place and number is
invented.

Settings:
- social_care (17): a secure children's home (units, restraint logs, missing episodes, staff
  injuries, secure welfare orders, good-practice reviews);
- health (17): a radiology department, CT and MRI (MRI safety screening, contrast reactions,
  wrong-patient exposures, PACS mismatches, good catches);
- aviation (16): airport security screening (central search, hold baggage screening, staff
  and vehicle checkpoints, covert tests, aircraft searches).

Styles are deliberately mixed: rushed lower-case notes with typos and txt-speak, formal
narratives, timed chronologies, forms with Name/DOB/Ref/Address fields, e-mails with headers
and signatures, chat exports (Teams, WhatsApp, Slack) with handles, handover notes, minutes
with attendance and apologies, pipe-separated tables, radio transcripts, shout-outs and
thank-you notes.

`[[label:value]]` marks an identifier and `{{term}}` a mention that must not be redacted
(roles, national agencies, clinical and security terms, generic days and times, place types,
equipment, and acronyms that look like initials).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from markup import block, build_records, write_records  # noqa: E402
from markup import flow as prose  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "corpus" / "heldout_blind318.jsonl"

REPORTS = [
    # ------------------------------------------------------------------ social care
    ("social_care", "incident", prose("""
nite shift [[date:2/3]] - [[name:kayden]] ([[age:15]]) kicked off at approx {{2am}} after
{{night checks}}, smashed the {{obs panel}} in room 4 with a mug?? not sure how he had it.
[[name:dom]] n me did a {{2 person hold}} per {{Team Teach}} for abt 4 mins, no injuries,
{{body map}} done. rang {{on call manager}} ([[name:Bev]]) at {{02:20}}. [[name:kayden]] said he'd got a
txt from his brother bout court tmrw thats what set him off - how has he got a phone?? pls
check w {{day staff}}. {{incident log}} [[case_reference:LR-IL-0388]]. [[name:tash]]
""")),
    ("social_care", "near_miss", prose("""
On [[date:Tuesday 14 May]] at approximately {{16:40}}, during the {{shift handover}},
{{residential care worker}} [[name:Efua Asante-Boateng]] noticed that the {{airlock}} door
between the {{education block}} and the {{residential unit}} had not fully engaged. A young
person, [[name:Rhys]] ([[age:aged 14]]), was standing nearby with a group returning from
{{PE}}. Ms [[name:Asante-Boateng]] held the door shut and radioed {{Control}}, who confirmed the
{{maglock}} was showing green on the {{panel}} despite being open. Nobody left the secure
perimeter. {{Estates}} attended within 20 minutes and found a failed door sensor. The
{{Registered Manager}} has asked that every {{airlock}} door is physically checked at each
handover until the sensor audit is complete. Reported under ref
[[case_reference:LRS/NM/24/061]].
""")),
    ("social_care", "success", prose("""
Massive shout-out to [[name:Hope]] on {{Birch}} unit this week!! [[name:Tyler-Jay]] has
refused {{education}} for 11 days straight and on [[date:Thurs 6th]] [[name:Hope]] sat with him
in the {{lounge}}, turned his {{PEP}} targets into a football quiz and he went to {{maths}} the
next morning. His {{social worker}} from [[organisation:Ashmere Borough Council]] rang to say
it's the first time in months he's chosen to go. Proper {{relational practice}}. Thanks
[[name:Hope]] 🙌 – [[name:Gaz]] ({{Team Leader}})
""")),
    ("social_care", "incident", block("""
INCIDENT REPORT – {{PHYSICAL INTERVENTION}}
Young person: [[name:Leah Okonkwo-Reid]]
DOB: [[date_of_birth:09/11/2009]]
Ref: [[case_reference:YP-2291]]
Placing authority: [[organisation:Redbrook Metropolitan Borough Council]]
Date of incident: [[date:21/04/2024]]
Location: {{dining room}}
Staff involved: [[name:M. Kowalczyk]], [[name:Sunny Dhillon]], [[name:J. Fairweather]]
Description: [[name:Leah]] became distressed after a phone call with her {{mum}} and threw a
plastic plate, then tried to head-butt Mr [[name:Kowalczyk]]. A {{standing hold}} was used for
3 minutes, moving to a {{seated hold}}. [[name:Leah]] was checked by the {{nurse}} and had a red
mark to her left wrist, recorded on the {{body map}}. {{Debrief}} offered and accepted.
{{LADO}} not required; {{Reg 40}} notification to {{Ofsted}} considered and not needed.
Completed by: [[name:Sunny Dhillon]]
""")),
    ("social_care", "near_miss", block("""
[08:02] [[name:Priya Nair]]: morning all – heads up, the {{secure welfare order}} for [[name:JB]] expires {{Friday}}. has anyone seen a renewal hearing date??
[08:05] [[name:Will Ashdown]]: nothing on the system. {{LA}} said {{last week}} they'd file it
[08:07] [[name:Priya Nair]]: if it lapses we have no legal authority to keep him here
[08:09] [[name:Will Ashdown]]: ringing his {{SW}} now
[08:31] [[name:Will Ashdown]]: sorted – application was never filed. [[organisation:Thornwick County Council]] legal have applied today, hearing listed [[date:17 June]] at [[organisation:Castlegate Family Court]], interim order till then
[08:32] [[name:Priya Nair]]: 😬 close one. adding order expiry dates to the {{daily handover}} sheet
[08:33] [[name:Grace]]: good catch both, I'll log it as a {{near miss}} – [[case_reference:NM-0419]]
""")),
    ("social_care", "success", block("""
Minutes – {{Practice Learning Forum}}, [[date:3 October 2024]]
Present: [[name:Faith Mbeki]] (Chair, {{Registered Manager}}), [[name:Ollie Trent]], [[name:Anwar Haddad]], [[name:Mark Liddell]] ({{Reg 44}} independent visitor)
Apologies: [[name:Bernadette Quigley]], [[name:Pat]] ({{nights}})
1. Learning from good practice
[[name:Anwar]] described the {{mobility}} plan used for [[name:Kian]] ([[age:16]]) – a first outing to the leisure centre with graduated steps agreed with his {{YOT}} worker. [[name:Kian]] came back on time and said he felt trusted. [[name:Mark]] noted this was the first successful outing in 8 months and asked that the plan template goes in the {{Statement of Purpose}} appendix.
2. Actions
– [[name:Ollie]] to share the template with {{unit managers}} by {{end of month}}.
– {{Chair}} to feed back to [[organisation:Wexcombe County Council]] {{commissioning}}.
""")),
    ("social_care", "incident", block("""
From: [[name:Rosa Delgado-Martín]] <[[email:r.delgado-martin@larkhillrise.org.uk]]>
To: {{Safeguarding Lead}}
Sent: [[date:12 February 2024]] {{22:47}}
Subject: Allegation – [[case_reference:LR-SG-2024-007]]

Hi [[name:Declan]],

Tonight at about {{21:15}} [[name:Amara]] ([[age:13]]) told me during the {{bedtime routine}} that a {{waking night}} worker, who she named as "[[name:Stu]]", had said something sexual to her last weekend. I have not asked leading questions and have written her words verbatim on the {{disclosure form}}. I have informed the {{on-call manager}} and [[name:Stu]] is not on shift until {{Thursday}}. I believe this needs to go to the {{LADO}} first thing.

[[name:Amara]] went to sleep settled. Her {{key worker}} [[name:Joy Adebayo]] is in tomorrow.

[[name:Rosa]]
{{Residential Care Worker}}, [[organisation:Larkhill Rise Secure Children's Home]]
Tel: [[phone:01632 960 418]]
""")),
    ("social_care", "near_miss", block("""
HANDOVER – {{Oak}} unit – [[date:Sat 9 Mar]] ({{lates}} → {{nights}})
• [[name:Ellie-Mae]] – settled, {{PRN}} {{paracetamol}} given {{19:30}} for period pain.
• [[name:Kofi]] – ⚠ med error averted: {{MAR}} showed {{sertraline}} 50mg due {{20:00}} but the box in the {{clinic room}} was labelled for [[name:Kofi A.]] (different YP, {{Ash}} unit). [[name:bill]] spotted the surname before giving. Correct meds found in {{Ash}} {{clinic}}. Pharmacy ([[organisation:Medwell Row Pharmacy]]) informed, will relabel {{Monday}}.
• [[name:Zainab]] – phone call w/ nan went well.
• Room 6 {{window restrictor}} reported to {{maintenance}} again (3rd time).
Handed over by [[name:Carys]] to [[name:Bill]].
""")),
    ("social_care", "success", prose("""
Thank you note – to the night team. I want to formally recognise [[name:Grzegorz Wiśniewski]]
and [[name:Aoife Ní Bhriain]] for their care of [[name:Destiny]] on the night of
[[date:27 August]]. [[name:Destiny]] had just heard that her {{foster carer}} was ending the
placement and was at high risk of {{self-harm}}. Rather than moving to {{constant observation}}
in her room, [[name:Greg]] and [[name:Aoife]] used the {{sensory room}}, made toast, and sat with
her until {{4am}} talking through her {{life story work}}. No ligatures, no injuries, no
restraint. In the morning [[name:Destiny]] asked to speak to her {{advocate}} herself. This is
exactly the {{trauma-informed}} practice described in our {{Statement of Purpose}}. –
[[name:Faith Mbeki]], {{Registered Manager}}
""")),
    ("social_care", "incident", block("""
Chronology – abscond attempt, [[date:18/07/24]]
{{13:05}} [[name:Callum]] ([[age:15yo]]) and [[name:Mo]] in the {{courtyard}} for {{free time}}, 2 staff ([[name:Iqbal]], [[name:Rose]]).
{{13:12}} [[name:Callum]] climbs the {{bin store}} roof using a wheelie bin. [[name:Rose]] calls a {{Code Red}} on the radio.
{{13:14}} [[name:Callum]] on roof edge, refusing to come down. {{Duty manager}} [[name:Hollis]] attends.
{{13:30}} {{Fire service}} not called – [[name:Callum]] talked down by [[name:Iqbal]] after 16 mins.
{{13:48}} [[name:Callum]] checked by {{nurse}}: graze to right palm.
{{14:10}} [[name:Mo]] says the plan was made over a {{video call}} with a friend at [[organisation:St Aidan's Academy]].
Actions: bins chained away from fence line; {{CCTV}} reviewed; {{Reg 40}} sent to {{Ofsted}} ([[case_reference:R40-LR-1127]]); {{police}} informed, log [[case_reference:CAD 4471 18/07]].
""")),
    ("social_care", "near_miss", block("""
WhatsApp – Nights crew 🌙
[[name:Jaz]]: anyone took the {{fob}} for {{Willow}} side?? its not in the {{key safe}}
[[name:Marcus O]]: no?? checked ur pockets lol
[[name:Jaz]]: yes!!!
[[name:amber]]: found it on the {{staff room}} table next to the kettle, right by where [[name:Tia]] sits for {{group work}}. she could of easy took it 😳
[[name:Jaz]]: omg. thank u. doing a {{key count}} again now
[[name:amber]]: im putting it in as a {{near miss}} & tellin Mrs [[name:Okafor]] in the morning. {{keys}} NEVER leave ur belt pls ppl
[[name:Marcus O]]: 👍 sorry that was prob me after {{supervision}}
""")),
    ("social_care", "success", prose("""
Learning review summary – positive practice (ref [[case_reference:LRS-LR-24-012]]). Over six
weeks the {{education}} and care teams worked with [[name:Nasrin Haidari]] ([[age:aged 16]]),
placed on a {{secure welfare order}} after repeated {{child criminal exploitation}}. Her
{{key worker}} [[name:Lowri Pritchard]] and her teacher Mr [[name:Baptiste]] built a timetable
around her interest in hair and beauty, and a {{National Referral Mechanism}} referral was
completed with her consent. [[name:Nasrin]] disclosed the names of two adults to her
{{social worker}} on [[date:2 May]], leading to arrests by [[organisation:Wexcombe Police]]. At
her {{secure accommodation review}} the {{IRO}} recorded that [[name:Nasrin]] felt "listened to
for the first time". What worked: consistent staff, no agency cover on {{Elm}} unit, and weekly
{{reflective supervision}} with the {{clinical psychologist}}.
""")),
    ("social_care", "incident", block("""
Weekly {{restrictive practice}} log – w/c [[date:04/11/2024]]
Date | YP | Type | Duration | Staff | Injury
[[date:04/11]] | [[name:K.D.]] | {{single separation}} | 25 min | [[name:Hussain]]/[[name:Lake]] | none
[[date:05/11]] | [[name:Summer]] | {{seated hold}} | 6 min | [[name:Fearon]]/[[name:Joy]]/[[name:Hussain]] | carpet burn L knee
[[date:07/11]] | [[name:Summer]] | {{ground hold}} | 2 min | [[name:Lake]]/[[name:Antoine]] | nosebleed
Note: the {{ground hold}} on [[date:07/11]] is not a technique in our {{Team Teach}} training. [[name:Summer]]'s {{nosebleed}} was treated by the {{nurse}}; {{LADO}} consulted ([[case_reference:LADO/24/3390]]); both staff removed from {{direct care}} pending review.
Reviewed by [[name:F. Mbeki]]
""")),
    ("social_care", "near_miss", prose("""
went to do {{room search}} on [[name:brandon]]s room after visit from his uncle - found a vape
and a {{lighter}} hidden behind the {{skirting}}. uncle was searched on arrival by [[name:Tom]]
but not his coat ?? coat was left in {{visits room}} on a chair. no fire but cud of been v bad,
[[name:brandon]] has {{arson}} history. pls can we make sure coats go in the {{lockers}} b4
visits!! told {{TL}} and {{DSL}}. also emailed his {{SW}} at
[[organisation:Ashmere Borough Council]]. [[name:lj]] [[date:19/9]]
""")),
    ("social_care", "success", block("""
Subject: Thank you – weekend {{fire drill}}
From: [[name:Niamh Gallagher]], {{Health and Safety Lead}}
To: All staff, {{Maple}} and {{Oak}} units

Just a quick note to say well done for [[date:Saturday 20th]]'s unannounced {{evacuation drill}}. All 11 young people and 9 staff were at the {{assembly point}} in 3 min 40 sec – our best time. Special mention to [[name:Babajide]], who got [[name:Charlie]] (who uses a {{wheelchair}}) out via the {{ramp}} calmly, and to [[name:Sorcha]], who remembered the {{visitor book}}.
The {{Fire Risk Assessment}} will be updated and shared with [[organisation:Wexcombe Fire and Rescue Service]].

Cheers,
[[name:Niamh]]
Mob: [[phone:07700 900263]]
""")),
    ("social_care", "incident", prose("""
Missing from placement – formal account. On [[date:1 December 2023]]
[[name:Jordan Mackie-Sutherland]] (DOB [[date_of_birth:23/05/2008]]) absconded during an escorted
{{hospital appointment}} at [[organisation:Wexcombe General Hospital]] when the {{escort}}
vehicle ([[vehicle_registration:WX21 KPF]]) stopped in the {{drop-off bay}}. Staff
[[name:Ben Oduya]] and [[name:Kasia]] followed on foot but lost sight of him. {{Police}} were
called at {{11:52}} (log [[case_reference:WP-231201-0419]]). [[name:Jordan]] was found four
hours later at his {{grandmother}}'s address, [[address:17 Fennick Close, Hallbridge]],
[[postcode:WX7 4DH]], and was returned by police at {{18:10}}. A {{return home interview}} was
completed the next day. Learning: the {{risk assessment}} for escorts did not include a plan
for vehicle stops; the {{Deputy Manager}} has amended it and {{child locks}} are now checked
before every journey.
""")),
    ("social_care", "incident", block("""
STAFF INJURY / {{RIDDOR}} SCREENING FORM
Employee: [[name:Derya Yılmaz]]    {{Payroll}} no: [[case_reference:EMP 60314]]
NI No: [[ni_number:JT 48 21 73 C]]
Home address: [[address:Flat 3, 22 Quarry Bank Road, Hallbridge]] [[postcode:WX3 9NL]]
Date/time: [[date:30/01/2024]] {{19:45}}
What happened: During a {{planned intervention}} on {{Cedar}} unit, a young person ([[name:T.M.]], [[age:14]]) bit [[name:Derya]]'s forearm through her sleeve. Skin broken. [[name:Derya]] attended {{A&E}} at [[organisation:Wexcombe General Hospital]] for {{tetanus}} and {{blood-borne virus}} advice.
Absence: 8 days → reportable under {{RIDDOR}} ({{over-7-day injury}}).
Reported to the {{HSE}}, ref [[case_reference:RDR-7752190]], by [[name:Wes]] ({{HR}}).
""")),
    # ------------------------------------------------------------------ health
    ("health", "near_miss", prose("""
At {{10:20}} on [[date:8 January]] an inpatient, [[name:Harold Pemberton]] ([[age:82]]),
hospital number [[case_reference:RFI4471902]], was brought to {{MRI}} from
[[organisation:Ravensworth Ward]] for an {{MRI head}}. The {{MRI safety checklist}} had been
completed by the ward and ticked "no implants". During {{Zone 3}} screening, {{radiographer}}
[[name:Chiamaka Eze]] noticed a scar below the left clavicle. Mr [[name:Pemberton]] confirmed he
had a {{pacemaker}} fitted some years ago. The device was later confirmed as not
{{MR Conditional}}. The scan was cancelled and a {{CT head}} performed instead. Had the patient
entered {{Zone 4}} the outcome could have been fatal. The ward checklist had been filled in
from an old {{discharge summary}} rather than with the patient. {{MR Responsible Person}}
informed. Incident ref [[case_reference:W-118203]].
""")),
    ("health", "incident", block("""
Timeline – {{contrast extravasation}}, {{CT}} scanner 2, [[date:14/03/2024]]
{{14:02}} Pt [[name:Marguerite Okoye]] (NHS [[nhs_number:485 203 9178]]) cannulated by {{HCA}} [[name:Vin]], 20G right {{antecubital fossa}}.
{{14:09}} {{CTPA}} started, {{power injector}} at 4 ml/s, {{Omnipaque 350}}.
{{14:10}} Pt shouts, injection stopped by [[name:Kaur]] ({{radiographer}}). Approx 60 ml extravasated.
{{14:12}} Arm elevated, cold pack applied, {{radiology registrar}} Dr [[name:Fitzgerald]] reviews.
{{14:40}} Swelling reducing, {{capillary refill}} normal. {{Plastics}} advice by phone: observe.
{{16:30}} Pt returned to {{AMU}} with an {{extravasation leaflet}}.
Contributory: {{flush test}} done with {{saline}} by hand only, not under {{injector}} pressure.
Reported by [[name:H. Kaur]], {{Band 6}}
""")),
    ("health", "success", prose("""
Shout-out to [[name:Mags]] and the {{MRI}} team at
[[organisation:St Cuthbert's Community Hospital]]! On [[date:Sunday 3rd]] the scanner's
{{helium}} level alarm went off at {{7am}}. [[name:Mags]], who wasn't even on call, came in,
followed the {{quench}} avoidance procedure, got [[organisation:Magnetech Imaging Services]] to
send an engineer and had it sorted before the list started. Not one of the 19 {{outpatients}}
was cancelled, including a {{paediatric}} {{general anaesthetic}} case for a
[[age:4-year-old]] that had already been postponed twice. {{Superintendent radiographer}}
[[name:Jim]] reckons it saved about £20k. Legend 🏆 – from all of {{Imaging}}
""")),
    ("health", "incident", block("""
From: Dr [[name:Sanjay Raghunathan]] <[[email:sanjay.raghunathan@calderbrook.nhs.uk]]>
To: {{Radiation Protection Adviser}}; {{IR(ME)R}} lead
Cc: [[name:Tamsin Holt-Ward]]
Date: [[date:Wed 22 May 2024]]
Subject: Wrong-patient {{CT}} exposure – [[case_reference:IRMER-24-009]]

All,
Yesterday two patients called [[name:David Jones]] were waiting in the {{CT}} {{sub-wait}}. The {{CT abdomen/pelvis}} requested for [[name:David Jones]] (DOB [[date_of_birth:02/06/1957]], NHS [[nhs_number:612 774 3052]]) was performed on the other [[name:David Jones]] (DOB [[date_of_birth:19/10/1961]]). The ID check used name only; the patient answered to his name and the {{three-point ID}} was not completed. Effective dose approx 8 {{mSv}}. This is a {{significant accidental exposure}} and will be notified to the {{CQC}}. Both patients and their {{GPs}} have been informed under {{Duty of Candour}}.

[[name:Sanjay]]
{{Consultant Radiologist}} and {{IR(ME)R}} Lead, [[organisation:Fenwick Royal Infirmary]]
""")),
    ("health", "near_miss", prose("""
pt came for {{MRI knee}} w/ a {{glucose sensor}} on arm ({{Libre}}) - not on the
{{screening form}}, [[name:jo]] spotted it in the {{changing cubicle}}. has to come off b4
scan per mfr, pt v upset bc of cost, rang the {{diabetes nurse}}. almost went in w/ it. pt
also has a {{hip replacement}}, that was ok, {{MR Conditional}} at {{1.5T}}, checked. hosp no
[[case_reference:F2270815]]. can we add {{CGM}}s to the form pls?? thx [[name:ade]] ({{rad}})
""")),
    ("health", "incident", block("""
ADVERSE REACTION TO CONTRAST – REPORT FORM
Patient name: [[name:Fatima Zahra Benali]]
DOB: [[date_of_birth:11/07/1990]]     Age: [[age:33]]
NHS no: [[nhs_number:703 118 4622]]
Hosp no: [[case_reference:K884103]]
Address: [[address:41 Dunmore Terrace, Calderbrook]], [[postcode:CB9 2WT]]
Tel: [[phone:07700 900417]]
Exam: {{CT urogram}}     Agent: {{iopromide}} 100 ml
Reaction: {{urticaria}}, wheeze and {{hypotension}} (BP 78/40) 4 min post injection.
Treatment: {{IM adrenaline}} 0.5 mg by Dr [[name:Ng]] ({{SpR}}), {{chlorphenamine}}, {{hydrocortisone}}, fluids. {{Resus team}} attended. Transferred to {{ED}}.
Previous reaction? Not documented on {{RIS}}. Pt says she "came out in a rash" at [[organisation:Calderbrook Diagnostic Centre]] 2 yrs ago.
Alert added to {{PACS}}/{{RIS}} by [[name:P. Lindqvist]] [[date:06/08/2023]]
""")),
    ("health", "success", block("""
{{Radiology Discrepancy}} & Learning Meeting – [[date:19 September 2024]]
Attendees: Prof. [[name:Adaeze Nwosu]] (chair), [[name:Will Crane]] ({{reporting radiographer}}), Dr [[name:Leila Farahani]], [[name:Hope Stirling]] ({{CT superintendent}}), [[name:Tomasz]] ({{PACS manager}})
Apologies: Dr [[name:R. Iyer]], [[name:Grace O'Donoghue]]
Item 3 – Good catch
[[name:Will]] presented a {{CT head}} he reviewed as part of {{hot reporting}}, where he flagged a small {{subdural haematoma}} in an [[age:87-year-old]] who had fallen at her care home. The preliminary report reached {{ED}} within 20 minutes and she was referred to {{neurosurgery}} at [[organisation:Kingsmere University Hospital]]. The {{Chair}} praised the {{two-tier}} system and [[name:Will]]'s clear phrasing.
Actions: [[name:Hope]] to add the case to the {{CPD}} folder; [[name:Tomasz]] to check {{PACS}} flags.
""")),
    ("health", "incident", block("""
Teams – {{MRI}} Ops chat, [[date:2 Nov]]
[[name:Oksana Petrenko]] {{15:41}}: URGENT scanner 1 out of action. porter brought a {{steel O2 cylinder}} into the {{scan room}} w/ pt on trolley, it got pulled into the {{bore}}
[[name:Dev]] {{15:42}}: anyone hurt??
[[name:Oksana Petrenko]] {{15:42}}: no – pt was still on the trolley by the door, cylinder hit the {{gantry}}. we've not {{quenched}}
[[name:Dev]] {{15:44}}: ok DO NOT let anyone try to pull it out. calling the {{MRSE}} + engineers
[[name:Mark Tso]] {{15:50}}: how did he get past {{Zone 3}}?? door should've been locked
[[name:Oksana Petrenko]] {{15:51}}: {{keypad}} door was propped open for the {{hoist}} 🙁
[[name:Mark Tso]] {{15:58}}: cancelling rest of list, moving urgents to [[organisation:St Cuthbert's]]. incident ref [[case_reference:INC-0097731]]
""")),
    ("health", "near_miss", block("""
{{CT}} handover {{late}} → {{night}} [[date:Fri 12/04]]
- Bay 2: pt [[name:Eamon Kelleher]] waiting for {{CT KUB}}. NB his {{eGFR}} was 24 this morning – {{ED}} request originally asked for {{IV contrast}}. Spoke to {{ED reg}} Dr [[name:Bello]], changed to {{non-contrast}}. Would have been given contrast without a check if [[name:Sunny]] hadn't looked at the bloods 👍
- {{Injector}} on scanner 1 showing pressure error, [[name:Lars]] logged with {{EBME}}, job [[case_reference:EB-55120]].
- Outstanding: 3 {{CT heads}} from ward 7, 1 {{CTPA}} from {{AMU}}.
Handed over by [[name:Ruth]] to [[name:Gintarė]]
""")),
    ("health", "success", prose("""
Learning from excellence – {{MRI}}, [[organisation:Fenwick Royal Infirmary]]. On
[[date:11 June]] [[name:Aarav Chaudhry]], a [[age:9-year-old]] with {{autism}} who had
previously needed a {{general anaesthetic}} for imaging, completed a 35-minute {{MRI brain}}
awake. {{Play specialist}} [[name:Bryony Tait]] sent his {{mum}} a photo book of the
{{scanner}} and a recording of the {{gradient noise}} two weeks before. On the day,
{{radiographer}} [[name:Kwame Boateng-Asare]] let [[name:Aarav]] choose the lighting colour and
a film on the in-bore {{projector}}, and kept the sequence order flexible. Avoiding a {{GA}}
freed a {{day case}} bed and removed {{anaesthetic}} risk. [[name:Aarav]]'s mum emailed to say it
was the first hospital visit without a meltdown. [[name:Bryony]] and [[name:Kwame]] are writing
it up for the {{paediatric}} {{pathway}}.
""")),
    ("health", "incident", block("""
{{PACS}} mismatch – incident summary [[case_reference:PX-2024-0031]]
Accession | Patient on request | Images filed under | Exam
[[case_reference:RAD8812047]] | [[name:Ioana Popescu]] | [[name:Ioan Popescu]] | {{CT chest}}
[[case_reference:RAD8812051]] | [[name:Ioan Popescu]] | [[name:Ioana Popescu]] | {{CT chest}}
Found: [[date:27/02/2024]], when {{respiratory}} consultant Dr [[name:Amadi]] noticed a {{lobectomy}} on a patient with no surgical history.
Cause: both booked into the same {{slot}}; {{modality worklist}} entry picked using the first 5 letters of the surname.
Impact: preliminary report for [[name:Ioana]] issued on the wrong images; no change to treatment.
Reported by [[name:Chen Wei]], {{PACS}} team
""")),
    ("health", "near_miss", prose("""
near miss – {{CT abdo}} for [[age:27yo]] female, {{pregnancy status}} form ticked "not
pregnant" by the {{ward}} but {{LMP}} 6 wks ago. [[name:Faith]] asked the pt directly in the
{{holding bay}}, pt said "might be". {{urine hCG}} positive. scan cancelled, {{US}} booked
instead. {{referrer}} (Dr [[name:Mensah]], {{FY1}}) informed. if we'd scanned = {{fetal dose}}
+ {{IR(ME)R}} notifiable. pls everyone ask the pt urself dont trust the form!! [[name:FR]]
[[date:24/10]]
""")),
    ("health", "success", block("""
#ct-team
[[name:hollie.b]] 09:12 🎉 yesterday's {{thrombolysis}} call – door to {{CT}} 9 mins, door to needle 22!!
[[name:raj_m]] 09:14 who was on?
[[name:hollie.b]] 09:14 [[name:Kemi]] + [[name:Luca]] in CT, Dr [[name:Ash]] reporting from home
[[name:hollie.b]] 09:15 [[name:Kemi]] had the {{stroke protocol}} ({{CT head}} + {{CTA}} + {{perfusion}}) loaded before the pt came off the {{ambulance}}, [[name:Luca]] got {{IV access}} on the table. {{Stroke nurse}} [[name:Marisol]] said best time this year
[[name:raj_m]] 09:16 amazing. pt ok?
[[name:hollie.b]] 09:18 walking on {{ASU}} this morning apparently 😭 putting it in {{Learning from Excellence}}, well done [[name:Ash]] too
""")),
    ("health", "incident", prose("""
Patient fall in {{CT}} – [[organisation:Fenwick Royal Infirmary]], [[date:5 August 2024]], ref
[[case_reference:W-120556]]. Mrs [[name:Philomena Achterberg]] ([[age:aged 91]]) was
transferred from her {{trolley}} to the {{CT table}} on a {{slide sheet}} by
{{assistant practitioner}} [[name:Jordan Lee]] and a {{porter}}. After the scan, while the
{{radiographer}} was at the {{console}}, Mrs [[name:Achterberg]] tried to sit up and slid from
the table to the floor. She sustained a {{skin tear}} to her left forearm; a {{CT head}} showed no
{{bleed}}. Her {{falls risk assessment}} ({{Morse}} score 65) had not been handed over by
{{Ward 23}} and the table side supports were not in place. Her daughter, [[name:Ingrid]], was
informed by phone on [[phone:01632 960 772]].
""")),
    ("health", "near_miss", block("""
Subject: Near miss – laterality on {{MRI}} request
From: [[email:p.oyelaran@calderbrook.nhs.uk]]
To: {{MRI}} Leads
Date: [[date:17/01/2024]]

Hi both,
Flagging a near miss from this morning's list. The request for [[name:Keith Barraclough]] ({{RIS}} [[case_reference:K301992]]) said "{{MRI}} L knee – ?{{meniscal tear}}". Mr [[name:Barraclough]] said it was his right knee, and the {{orthopaedic clinic}} letter from Mr [[name:Gupta]] also said right. We rang the {{referrer}}'s secretary ([[phone:01632 960 205]]) and it was a typo. Right knee scanned, request amended.
That's the second {{laterality}} error from the same clinic this month – could we raise it with the {{Clinical Director}}?

Thanks,
[[name:Pelumi]]
{{Senior Radiographer}} | {{MRI}} | [[organisation:Calderbrook Hospitals NHS Foundation Trust]]
""")),
    ("health", "incident", prose("""
needlestick injury - {{CT}} 1, [[date:Mon 8th July]] approx {{16.15}}. i was removing the
{{cannula}} after a {{CT angio}} and the pt moved, needle from the {{sharps}} tray went into
my left thumb thru my glove. washed + bled it, went to {{Occ Health}} then {{ED}}. source pt
([[name:Ryszard Nowicki]], hosp no [[case_reference:F1039982]]) consented for {{BBV}} bloods.
{{sharps bin}} was full so i'd left the needle on the tray - shd of been swapped by the
{{day team}}. bin now changed + a spare put in the {{prep room}}. [[name:shona]] ({{rad}})
""")),
    ("health", "success", block("""
GOOD CATCHES – {{MRI}}, {{March}}
Date | Who | What | Outcome
[[date:04/03]] | [[name:Rose-Anne Mbatha]] | {{cochlear implant}} not on {{screening form}} | scanned on {{MR Conditional}} protocol
[[date:11/03]] | [[name:Yusuf]] ({{HCA}}) | {{hearing aids}} left in pt's pocket | removed in {{Zone 3}}
[[date:19/03]] | [[name:Bill Hartigan]] | {{tattoo}} heating – stopped scan, cold compress | no burn
[[date:26/03]] | [[name:JK]] | {{implantable loop recorder}} – checked device card | scanned within {{SAR}} limits
Thanks all – please keep reporting. [[name:Rose-Anne]] will put these on the {{safety huddle}} board.
– [[name:Ted]], {{MRI Safety Officer}}
""")),
    # ------------------------------------------------------------------ aviation
    ("aviation", "near_miss", prose("""
{{lane 4}} approx {{0615}} – {{X-ray}} operator ([[name:Gav]]) cleared a tray, then the
{{tray return}} person ([[name:Adwoa]]) saw a 10cm {{lock knife}} in the side pocket of a laptop
bag as the {{pax}} repacked. pax stopped before {{airside}}, bag rescreened, {{police}} called,
knife seized. pax was booked on [[flight_number:SKL 214]], missed flight. [[name:Gav]] had been
on x-ray 40+ mins, way over the 20 min {{rotation}} limit bc we were 2 short on {{earlies}}.
pls pls staff the rotation properly. {{STSO}} [[name:k.b.]]
""")),
    ("aviation", "incident", block("""
Radio log – {{Central Search}} channel 2, [[date:23/06/2024]]
{{05:42}} {{SEC 5}}: {{Control}}, Sec 5. {{Archway}} on Lane 7 alarming on every passenger, over.
{{05:42}} CONTROL: Sec 5, Control. Is it a {{false alarm}}? Who's on the {{WTMD}}?
{{05:43}} SEC 5: [[name:Nadia]], she says it's been like this ten minutes, over.
{{05:44}} CONTROL: Close Lane 7, reroute to 6 and 8. {{Engineer}} tasked, job [[case_reference:ENG-7719]].
{{05:51}} SEC 5: Control, Sec 5. {{Supervisor}} [[name:Olu]] confirms ten pax went through Lane 7 with no {{hand search}} after the alarm. Requesting {{re-screen}} in {{departures}}, over.
{{05:53}} CONTROL: Roger. {{Airport police}} notified, [[name:Desmond]] to sweep {{gates}} 12–14. [[flight_number:CRN 881]] boarding held, over.
{{06:40}} CONTROL: All 10 re-screened, nothing found. [[flight_number:CRN 881]] released. Closing log [[case_reference:CS-0623-004]], out.
""")),
    ("aviation", "success", prose("""
Big thank you to [[name:Precious Dlamini]] on {{Fast Track}} yesterday. A woman travelling with
her son ([[age:aged 11]]), who has {{Down's syndrome}} and was wearing a {{sunflower lanyard}},
was getting very distressed at the {{body scanner}}. [[name:Precious]] took them to the
{{private search room}}, explained every step with the {{hidden disabilities}} picture cards
and let him hold the {{ETD}} swab. They made [[flight_number:SKL 602]] with time to spare and
the mum wrote to {{Customer Services}} naming [[name:Precious]]. This is exactly what the
{{Assisted Travel}} training is about. – [[name:Ibrahim]], {{Duty Security Manager}}
""")),
    ("aviation", "incident", block("""
{{VEHICLE CHECKPOINT}} – OCCURRENCE REPORT
Ref: [[case_reference:VCP-2024-0188]]
Date: [[date:09/02/2024]]   Time: {{22:30}}
Location: {{VCP}} North ({{Crew and Staff}} gate)
Driver: [[name:Kevin O'Rourke]]   Employer: [[organisation:Hexa Fuelling Ltd]]
{{ID pass}} no: [[case_reference:NBA-554271]]
Vehicle: {{fuel bowser}}, reg [[vehicle_registration:NX68 VRT]]
Details: {{vehicle search}} by [[name:Hadiza]] and [[name:Cormac]] found an unscreened holdall in the cab containing 6 x 1L bottles of spirits. Driver stated they were "for the lads in the {{hangar}}". Items not declared; {{airside pass}} holder in breach of {{staff search}} rules. Pass suspended; {{airport police}} informed (log [[case_reference:NBP/9913/24]]). Employer's {{Security Manager}} contacted on [[phone:0191 496 0734]].
""")),
    ("aviation", "near_miss", block("""
WhatsApp – HBS team ✈️
[[name:Lina K]]: guys the {{HBS}} {{Level 2}} screen froze for like 4 mins at {{14:10}}, bags kept moving to {{make-up}}
[[name:Sully]]: wait so bags went thru unscreened??
[[name:Lina K]]: no thank god the {{fail-safe}} kicked in, all 37 defaulted to {{Level 3}} then {{Level 4}} manual search. but the {{alarm}} didnt sound
[[name:Faisal]]: reported to {{IT}}?
[[name:Lina K]]: yes [[case_reference:INC0045512]]. bags for [[flight_number:AXW 1206]] delayed 15 min
[[name:Sully]]: if that hadn't kicked in its a {{CAA}} job 😬
[[name:Faisal]]: im logging it for Mrs [[name:Hughes]] ✅
""")),
    ("aviation", "success", block("""
From: [[name:Yvonne Achebe]] <[[email:yvonne.achebe@northbankairport.co.uk]]>
To: {{Screening Team B}}
Date: [[date:Tue 2 April 2024]]
Subject: {{CAA}} covert test – PASS 🎉

Team,
I can now share that the {{unannounced covert test}} on [[date:26 March]] at {{Central Search}} was a pass. The tester's bag held a {{simulated IED}} component inside a hair dryer and it was picked up on {{X-ray}} by [[name:Rhiannon]] within 6 seconds, followed by a textbook {{bag search}} and {{ETD}} by [[name:Mikołaj]]. The {{DfT}} inspector commented on the calm handover to the {{STSO}}.
Thanks to everyone for the {{TIP}} practice and {{CBT}} refreshers.

[[name:Yvonne Achebe]]
{{Head of Security Compliance}}
[[organisation:Northbank Airport]] | [[phone:0191 496 0158]]
""")),
    ("aviation", "incident", block("""
Chronology – assault on {{security officer}}, {{Search Area}} B, [[date:Sat 17 Aug]]
{{07:55}} Pax [[name:Darren Whitlock]] (booked on [[flight_number:SKL 3377]]) refuses to bin {{LAGs}} over 100 ml (vodka in a water bottle).
{{07:57}} Officer [[name:Meera Pillai]] explains the {{liquids rules}}; pax swears, {{Supervisor}} [[name:Gethin]] called.
{{07:59}} Pax pushes a tray into [[name:Meera]]'s chest, she falls against the {{roller bed}}.
{{08:00}} {{Panic alarm}} activated. {{Airport police}} attend {{08:03}}, pax arrested.
{{08:20}} [[name:Meera]] seen by {{first aider}}, bruised ribs, sent home.
{{08:40}} {{CCTV}} saved, statements from [[name:Gethin]] and [[name:Tunde]].
Police ref: [[case_reference:NB-24-0817-112]]. Airline ([[organisation:Skylark Air]]) informed, pax offloaded.
""")),
    ("aviation", "near_miss", prose("""
At approximately {{04:50}} on [[date:30 October]], a {{cabin crew}} member operating
[[flight_number:CRN 410]] (aircraft [[aircraft_registration:G-CRNF]]) presented at
{{Staff Search}} 2. The {{X-ray}} image of her {{crew bag}} showed a {{multi-tool}} with a 7 cm
blade. The {{screener}}, [[name:Tobias Engström]], began to clear the image as a
"{{make-up brush}}" because the queue was backing up for the {{first wave}}. The {{STSO}},
[[name:Grace Adeleke]], was watching the {{second screen}} and called for a {{bag search}}.
The item was surrendered and the crew member allowed through after a {{pass check}}. No
{{aviation security}} breach occurred. [[name:Tobias]] has had {{refresher}}
{{image interpretation}} training, and [[name:Grace]] is reviewing {{first wave}} staffing on
Staff Search 2. Ref [[case_reference:NM-SS-3021]].
""")),
    ("aviation", "success", block("""
Security Ops Meeting – minutes, [[date:14/05/2024]]
Present: [[name:Mohammed Al-Sayegh]] (chair), [[name:Bridget]], [[name:Kwabena Owusu]], [[name:Patience Mwangi]], [[name:Hal]] ({{union rep}})
Apologies: [[name:Liesl van der Merwe]], [[name:DJ]]
1. Queue times: {{Central Search}} met the 95% under-10-minutes target every day over {{May half term}} – a first. Credit to [[name:Patience]]'s new {{roster}} with staggered {{breaks}} and the {{lane loader}} role.
2. [[name:Kwabena]] reported zero {{re-screens}} from {{Transfers}} since the {{CT scanners}} went live on lanes 1–4.
3. {{CAA}} audit booked for [[date:3 June]].
Actions: [[name:Bridget]] to write up the roster as {{best practice}} for [[organisation:Sentinel Aviation Services]].
""")),
    ("aviation", "incident", block("""
{{Post-screening}} finds – w/e [[date:21/07/24]] – {{Terminal 1}}
Date | Location | Item | Found by | Ref
[[date:15/07]] | {{Gate}} 9 | {{scissors}}, 8 cm blades | cleaner [[name:Ludmila]] | [[case_reference:PSF-0451]]
[[date:17/07]] | {{toilets}} by {{duty free}} | 2 x {{live rounds}} (9mm) | PC [[name:Joyce]] | [[case_reference:PSF-0452]]
[[date:19/07]] | {{Gate}} 22 | {{lighter fluid}} 250ml | [[name:Abu]] ({{dispatcher}}, [[organisation:Swiftline Handling]]) | [[case_reference:PSF-0453]]
Live rounds: {{CT Policing}} informed; {{CCTV}} trace shows they were left by a departing pax who came through Lane 3 at {{14:02}} on [[date:17/07]]. {{X-ray}} image review shows the rounds were visible and the operator missed them. Reported to the {{CAA}}.
""")),
    ("aviation", "near_miss", block("""
SHIFT HANDOVER – {{Crew & Staff Search}} – [[date:Weds 11th]] {{nights}} → {{earlies}}
• {{ETD}} machine 2 failed {{verification}} at {{03:00}}, taken out of use, [[name:Joy]] logged it ([[case_reference:ETD-F-208]]). {{NB}} it passed at {{midnight}} – swabs taken between 00:00 and 03:00 may be unreliable. 6 staff swabbed in that window, names on the sheet; [[name:Faith]] says we need advice from {{compliance}} before start of shift.
• Staff member [[name:Hamza Rashid]] tried to use a colleague's pass to enter – challenged by [[name:Lenny]], both passes confiscated, {{ID Centre}} informed ([[case_reference:IDC-7734]]).
• {{Cat 1}} archway tests all ok.
Handed over by [[name:Faith]] to [[name:Errol]]
""")),
    ("aviation", "incident", prose("""
pax complaint - [[name:ellis]] on {{lane 2}} binned a mum's {{breast milk}} (3 x 150ml) saying
its over 100ml, but {{baby milk}} + {{medicines}} are exempt in reasonable qty. mum v upset,
baby ([[age:5 months]]) was w her. i got it out the {{bin}} b4 it was emptied but she didnt want
it back bc contaminated. mums name [[name:Kirsty Vallance]], on [[flight_number:AXW 2271]], her
email [[email:kvallance88@mailbox.co.uk]] for {{Customer Services}} to contact. [[name:ellis]]
is new (wk 2) & his {{mentor}} wasnt w him. {{refresher}} on {{exemptions}} needed asap.
[[name:shaz]] {{SO}}
""")),
    ("aviation", "success", prose("""
Commendation. On [[date:22 December 2023]], the busiest day of the year, {{Security Officer}}
[[name:Bartholomew Nwachukwu]] (known to everyone as [[name:Bart]]) identified a
{{suspicious item}} in a hold bag at {{Level 3}} and correctly followed the {{IED}} response
procedure, resulting in an {{evacuation}} of the {{baggage hall}} for 40 minutes. The {{EOD}}
team from [[organisation:Wearside Police]] confirmed it was a homemade fishing weight kit with
wires, but the {{Head of Security}} and the {{CAA}} inspector both agreed the call was right.
[[name:Bart]]'s clear radio messages kept the {{control room}} informed throughout. I am
recommending him for the [[organisation:Sentinel Aviation Services]] {{Star Award}}.
[[name:L. Okwuosa]], {{Security Manager}}
""")),
    ("aviation", "near_miss", block("""
Teams – Security Duty Managers
[[name:Sinéad Walsh]] {{11:03}}: FYI – a contractor from [[organisation:Brightwater Glazing]] was found unescorted {{airside}} by {{pier}} 2. He has a {{visitor pass}} ([[case_reference:VP 0442]]) but his escort [[name:Darius]] had gone for lunch
[[name:Callum Reyes]] {{11:05}}: was he screened?
[[name:Sinéad Walsh]] {{11:05}}: yes, at {{Staff Search}} 1 at 08:30, so no {{sterility}} breach, but escort rules broken
[[name:Callum Reyes]] {{11:07}}: his van too?
[[name:Sinéad Walsh]] {{11:08}}: van [[vehicle_registration:YK19 HDN]] searched at {{VCP}} South 08:20, all fine
[[name:Callum Reyes]] {{11:10}}: ok pls suspend [[name:Darius]]'s escort rights pending review and tell the {{Pass Office}}
[[name:Sinéad Walsh]] {{11:12}}: done, logged as [[case_reference:NM-ESC-0091]]
""")),
    ("aviation", "incident", prose("""
Aircraft search finding. During a {{security search}} of [[aircraft_registration:G-SKLD]], an
{{A320}} operated by [[organisation:Skylark Air]] as [[flight_number:SKL 1145]], on stand 31 at
{{06:05}} on [[date:12 November 2024]], {{searcher}} [[name:Anjali Menon]] found a ceramic knife
taped under seat 14C. The aircraft had arrived late the previous night from an airport outside
{{one-stop security}}. The {{ground handler}}, [[organisation:Swiftline Handling]], had not
requested a search or seals before {{overnight parking}}, so the aircraft was left unsealed for
9 hours. {{Airport police}} took the knife ([[case_reference:NB-24-1112-031]]).
[[flight_number:SKL 1145]] was delayed 1 h 50 min while a full search was completed by
[[name:Anjali]] and [[name:Rob Kitching]]. The {{Aviation Security Programme}} is being
reviewed for aircraft parked overnight.
""")),
    ("aviation", "success", block("""
LEARNING REPORT – POSITIVE OUTCOME
Reporter: [[name:Gracjan Zieliński]] ({{Security Officer}}, {{Team D}})
Ref: [[case_reference:LR-NBA-0097]]
Date: [[date:29/07/2024]]
Summary: a [[age:6-year-old]] boy, [[name:Noah]], became separated from his dad in the {{reconcile}} area after {{divestment}}. I spotted him crying by the {{tray stack}}, kept him with me in sight of the lane, and asked the {{Lane Supervisor}} to call {{Control}} rather than put out a tannoy with his name. Control checked {{CCTV}} and saw dad had already gone through the {{WTMD}} holding the boarding passes for [[flight_number:CRN 7720]]. Dad (Mr [[name:S. Haddad]]) was back with [[name:Noah]] within 6 minutes.
What went well: no {{announcement}}, no {{Lost Child}} procedure needed, child calm.
""")),
]

if __name__ == "__main__":
    write_records(OUT, build_records("blind318", REPORTS))
