"""Held-out blind corpus 306: 50 invented UK incident, near-miss and success reports.

Written blind (without sight of the de-identifier or any other corpus) to measure how well
de-identification generalises. Three settings, all people, organisations, places and
numbers invented:

- social_care (17): a local authority private fostering assessment team;
- health (17): a community dental service (clinics, domiciliary visits, GA and sedation lists);
- aviation (16): a regional airport's air traffic control tower.

Styles are deliberately mixed: rushed lower-case notes with typos and txt-speak, formal
narratives, chronologies with times, forms with Name/DOB/Ref/Address fields, e-mails with
headers and signatures, chat exports (Teams/WhatsApp/Slack), handover notes, minutes with
attendance and apologies, tables, RT transcripts, shout-outs and thank-you notes.

`[[label:value]]` marks identifiers; `{{term}}` marks must-not-redact mentions (roles,
national agencies and frameworks, clinical terms and drugs, equipment and aircraft types,
generic days/times, place types and acronyms that look like initials).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from markup import block, build_records, write_records  # noqa: E402
from markup import flow as prose  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "corpus" / "heldout_blind306.jsonl"

REPORTS = [
    # ---------------------------------------------------------------- social_care
    # 1 rushed lower-case note
    ("social_care", "incident", prose("""
rushed note sorry. {{reg 7 visit}} for [[name:Kaito]] ([[age:15yo]], japanese {{language student}})
at host fam [[address:14 Wren Close, Ashmoor]] shld have been within 7 wkg days of the
notification on [[date:2/10]] - didnt happen til [[date:16/10]]. diary clash w/ {{court}} and
{{duty}}, and [[name:hope]] thought [[name:mo]] had it, [[name:mo]] thought i had it. nobody owned
it on the {{private fostering}} tracker. {{host mum}} mrs [[name:Pennington]] lovely but no
{{DBS}} back yet on her adult son ([[age:19]]) who lives there. [[name:Kaito]] seemed ok, own
room, eating well, school [[organisation:Kingsway English Academy]] say attendance 98%. told
{{TM}} today, {{DBS}} chased w/ {{HR}}. ref [[case_reference:PF-24-0091]]. pls can we have 1
named worker per notification going fwd
""")),
    # 2 e-mail
    ("social_care", "near_miss", block("""
From: [[name:Agnieszka Wróblewska]] <[[email:a.wroblewska@ashmoor.gov.uk]]>
To: {{Private Fostering Team}}
Sent: [[date:Thursday 7 November 2024]] 16:42
Subject: Near miss - report nearly went to the wrong [[name:Sam]]

Hi all,

Logging this as a {{near miss}}. I was about to send the completed {{assessment report}} for
[[name:Tendai]] ([[case_reference:PF-24-0117]]) to his carer, Ms [[name:Samantha Greaves]]. I typed
"[[name:Sam]]" and {{Outlook}} offered [[email:samuel.greer@northmail.co.uk]], a dad from a closed
{{CIN}} case, above hers. I only noticed because the preview showed the wrong surname. Nothing
was sent.

The report includes [[name:Tendai]]'s school, his {{immigration status}} and his {{mum}}'s new
address, so this would have been a serious breach. Suggest we switch off autocomplete on team
laptops and password-protect reports as standard ({{GDPR}}).

Thanks,
[[name:Agnieszka]]

[[name:Agnieszka Wróblewska]] | {{Social Worker}}, {{Private Fostering}}
[[organisation:Ashmoor Borough Council]] | [[phone:01632 960 418]]
""")),
    # 3 shout-out
    ("social_care", "success", prose("""
Shout-out to [[name:Joy]] in {{business support}}! On [[date:Tues 12th]] a receptionist at
[[organisation:Brindley Park Academy]] mentioned in passing that a {{Year 9}} girl had "moved in
with a friend's family since {{half term}}". [[name:Joy]] didn't just pass it on - she rang back,
got the girl's name and the family's address and put it straight through to {{MASH}} as a
possible {{private fostering}} arrangement. Turned out [[name:Precious]] ([[age:14]]) had been there
five weeks while her {{mum}} was in {{hospital}}, and nobody had told us. The {{duty social worker}}
saw her the same afternoon and the {{notification}} was completed that week. Great outcome because
an admin colleague took a throwaway comment seriously. Thank you [[name:Joy]] -
[[name:Faith]] ({{Team Manager}})
""")),
    # 4 form
    ("social_care", "incident", block("""
PRIVATE FOSTERING NOTIFICATION - DATA QUALITY INCIDENT
Ref: [[case_reference:PF-24-0132]]
Child: [[name:Mihail Popescu]]
DOB: [[date_of_birth:03/08/2009]]
Address: [[address:Flat 2, 67 Carrow Road, Ashmoor]] [[postcode:AS4 7NW]]
{{Proposed carer}}: [[name:Ion Munteanu]] ({{family friend}})
Carer NI no: [[ni_number:JT 48 21 93 C]]
Notified by: [[organisation:Ashmoor College]] ({{DSL}})
Date received: [[date:19/09/2024]]

What happened: the {{notification}} was attached to an older record for a different child with
the same surname, so the {{Regulation 7}} visit task went to the wrong worker. Found on
[[date:30/09/2024]] when [[name:Pat]] ran the {{weekly performance report}}. Visit done
[[date:1 October]], outside {{timescale}}. [[name:Mihail]] safe and well.
Action: {{duplicate check}} before creating records; {{IT}} ticket raised; discussed in
{{supervision}}.
""")),
    # 5 Teams chat
    ("social_care", "near_miss", block("""
[10:02] [[name:Dariusz Nowak]]: anyone know if [[name:Ama]]'s {{host carer}} ever sent the {{DBS}} form back?
[10:04] [[name:Rose Ellery]]: not seen it. why
[10:05] [[name:Dariusz Nowak]]: just been told theres a lodger moved in at [[address:9 Fairholme Terrace]] on [[date:1st Nov]]. nobody told us
[10:05] [[name:Rose Ellery]]: 😬 he'd need checking as a {{household member}}
[10:07] [[name:Dariusz Nowak]]: yep. [[name:Ama]] is [[age:16]], doing her {{A-levels}}, says he's "fine" but we havent even got a name
[10:09] [[name:Rose Ellery]]: ring Mrs [[name:Addo]] now, dont wait for the visit
[10:31] [[name:Dariusz Nowak]]: spoke to her. lodger is [[name:Kevin Marsh]], details given, {{police check}} + {{DBS}} requested. [[name:Ama]] at her {{nan}}'s tonight as a precaution
[10:33] [[name:Rose Ellery]]: good catch. log as {{near miss}} pls, {{TM}} will want it for {{supervision}}
""")),
    # 6 minutes
    ("social_care", "incident", block("""
Private Fostering Learning Review - minutes
Date: [[date:14 January 2025]]
Present: [[name:Faith Okonkwo]] ({{Team Manager}}, {{chair}}), [[name:Bill Harrowby]], [[name:Sunny Kaur]], [[name:JK]] (notes)
Apologies: [[name:Tomás Ó Ceallaigh]]; {{DSL}}, [[organisation:Brindley Park Academy]]

Item 1 - incident [[case_reference:INC-2025-004]]
The {{six-weekly visit}} for [[name:Lwazi]] ([[age:13]]) was recorded as completed on
[[date:20 December]], but [[name:BH]] confirmed it was done by phone because of the snow. The
{{regulations}} require the child to be seen, and seen alone where appropriate. Recording
"visit completed" was misleading and would have been picked up by {{Ofsted}}.
Agreed: phone contact is {{welfare contact}}, not a {{statutory visit}}.

Actions
- [[name:BH]] to re-visit and see [[name:Lwazi]] alone by [[date:17/01]]
- [[name:SK]] to update {{practice guidance}} on bad-weather visits
- [[name:JK]] to add to {{team meeting}} agenda
""")),
    # 7 chronology
    ("social_care", "incident", block("""
Chronology - [[name:Yusuf Abdi]] ([[age:15]]), [[case_reference:PF-24-0088]]

[[date:Fri 22/11]]
16:10 {{Host carer}} Mr [[name:Farah]] rings {{duty}}: [[name:Yusuf]] not home from school.
16:25 {{Duty social worker}} [[name:Inês Carvalho]] advises reporting him {{missing}} to police.
17:05 {{Police}} log no. [[case_reference:PL-1122-0417]] given.
21:15 [[name:Yusuf]] found at a {{cousin}}'s flat and returned home by {{police}}.
21:40 {{Return home interview}} requested.

[[date:Mon 25/11]]
09:30 Worker learns Mr [[name:Farah]] told school on [[date:18/11]] that [[name:Yusuf]] had been
"staying out late most nights". School did not pass this on.

Learning: [[organisation:Hallam Rise School]] {{DSL}} now aware that concerns about a privately
fostered child should come to us the same day. {{Missing from home}} protocol shared with the carer.
""")),
    # 8 table
    ("social_care", "incident", block("""
Overdue visits audit - w/e [[date:28/02/25]]

Child | Age | {{Carer}} | {{Last visit}} | Due | {{Worker}}
[[name:Nguyen Thi Lan]] | [[age:12]] | [[name:Dawn Chapman]] | [[date:06/01]] | [[date:17/02]] | [[name:WB]]
[[name:Oskar Lindqvist]] | [[age:16]] | [[name:Gwen Pryce]] | [[date:10/01]] | [[date:21/02]] | [[name:Will]]
[[name:Amber-Leigh Foster]] | [[age:14]] | [[name:Mark Eze]] | [[date:24/01]] | [[date:07/03]] | [[name:RE]]

Two {{six-weekly}} visits overdue. [[name:WB]] off sick since [[date:3 Feb]]; cover was not
allocated because the absence was logged as {{annual leave}}. Both children now visited, both
fine. Escalated to {{Service Manager}} - the {{Regulation 8}} timescale was missed for
[[name:Nguyen Thi Lan]] by 9 days. Fix: {{duty manager}} checks the {{PF}} tracker every {{Monday}}.
""")),
    # 9 handover
    ("social_care", "near_miss", block("""
HANDOVER - [[name:Sunita]] to [[name:Grace]] (my leave [[date:3-14 March]])

* [[name:Mateus Silva]], [[age:17]], Brazilian {{exchange student}}, {{host family}} at
  [[address:22 Orchard Rise, Kelby]] [[postcode:AS9 2LD]]. Final visit due [[date:6 March]].
  {{Host dad}} [[name:Rob Tindall]] [[phone:07700 900362]].
* {{NEAR MISS}}: I nearly closed [[name:Mateus]]'s case as "arrangement ended" because the {{college}}
  said he'd gone home. He hasn't - he moved to a second host family on [[date:24 Feb]]. That is a
  new {{private fostering}} arrangement and needs a fresh {{notification}} and {{Reg 7}} visit.
* New host: [[name:Hye-jin Park]], [[address:5 Linnet Way, Kelby]]. Agency is
  [[organisation:GlobeStay Exchange Ltd]] - chase their {{welfare officer}} for the paperwork.
* Please don't close anything until the {{TM}} has signed off.

Thanks [[name:Grace]]!! [[name:Suni]] x
""")),
    # 10 WhatsApp export
    ("social_care", "incident", block("""
[[date:09/04/2025]], 18:22 - [[name:Bogdan Ilie]]: <image omitted>
[[date:09/04/2025]], 18:23 - [[name:Bogdan Ilie]]: sorry wrong chat!!! pls delete
[[date:09/04/2025]], 18:25 - [[name:Holly]] 🌸: deleted x
[[date:09/04/2025]], 18:31 - [[name:Tash]]: was that a {{school letter}}?? with the address on
[[date:09/04/2025]], 18:33 - [[name:Bogdan Ilie]]: yes [[name:Chidi]]'s {{attendance letter}} from [[organisation:Hallam Rise]]. meant to send to myself. i know
[[date:09/04/2025]], 18:36 - [[name:Tash]]: this group has {{ex staff}} in it tho
[[date:09/04/2025]], 18:40 - [[name:Faith]] ({{TM}}): [[name:Bogdan]] pls log it tonight as a {{data breach}} and tell {{IG}} first thing. They decide re {{ICO}} within {{72 hrs}}. Everyone else please delete and confirm here
[[date:09/04/2025]], 18:41 - [[name:Holly]] 🌸: confirmed
[[date:09/04/2025]], 18:44 - [[name:Tash]]: done
""")),
    # 11 formal narrative, success
    ("social_care", "success", prose("""
Good practice report. On [[date:18 June 2024]] [[name:Oluwaseun Adebayo-Okafor]] completed the
first visit to [[name:Dawit]], a [[age:16-year-old]] from Eritrea living with a family friend in
[[address:Selwood Road, Kelby]]. The carer offered to translate. [[name:Seun]] declined politely
and rebooked with an independent {{Tigrinya}} {{interpreter}} for the next day. Seen alone with the
{{interpreter}}, [[name:Dawit]] said he was working most evenings, unpaid, in the carer's shop,
[[organisation:Mesfin Mini Market]], and had not been enrolled at college. A {{strategy meeting}}
was held under {{Section 47}}, a referral was made through the {{National Referral Mechanism}} and
[[name:Dawit]] moved to a {{foster placement}}. Learning: never use a carer, relative or friend to
interpret for a child in a {{private fostering}} assessment - the {{Children Act 1989}} duty is to
hear the child's own voice.
""")),
    # 12 thank-you e-mail
    ("social_care", "success", block("""
From: [[name:Lorraine Bakewell]] <[[email:l.bakewell@hallamrise.sch.uk]]>
To: [[email:privatefostering@ashmoor.gov.uk]]
Date: [[date:2 May 2025]]
Subject: Thank you

Dear Mr [[name:Ó Ceallaigh]],

Just a quick note to say thank you for the {{twilight session}} you ran for our staff. Several
colleagues admitted they had never heard of {{private fostering}} before. Since then our
{{attendance officer}} has made two {{notifications}}, including one for [[name:Ruby]] in {{Year 10}},
who had been living with her {{boyfriend}}'s parents for over a month. Your team visited within the
week and the arrangement has been assessed as safe.

We'd love you back in {{September}} for {{new starters}}.

Kind regards
[[name:Lorraine]]

[[name:Lorraine Bakewell]]
{{Designated Safeguarding Lead}}, [[organisation:Hallam Rise School]]
[[phone:01632 960771]]
""")),
    # 13 formal near miss
    ("social_care", "near_miss", prose("""
On [[date:11 February 2025]] I was completing the {{suitability assessment}} for Ms
[[name:Bernadette Quinn]] at [[address:41 Mill Lane, Ashmoor]] [[postcode:AS2 5HU]], who is caring for
[[name:Keisha]] ([[age:aged 11]]) while [[name:Keisha]]'s {{mother}} works overseas. Ms
[[name:Quinn]]'s partner,
[[name:Miles Okoro]], had provided an {{enhanced DBS}} certificate. When I compared it with his
{{passport}} I noticed the date of birth on the certificate was [[date_of_birth:14/06/1978]] but his
passport gave [[date_of_birth:14/06/1987]]. The certificate belonged to a different man with the
same name. Had I only checked the name, the assessment would have gone to the {{panel}} with no
valid check on an adult in the {{household}}. A new {{DBS}} has been applied for and the {{Team Manager}}
has agreed that [[name:Keisha]] can remain with a {{safety plan}} in the meantime. I suggest the
checklist says "check name AND date of birth against ID".
""")),
    # 14 rushed note
    ("social_care", "incident", prose("""
ugh. school only told us 2day that [[name:jay]] ([[age:13]]) has been living w his mates family
since the start of term. thats nearly 7 wks, way past the 28 days so its {{PF}} and no-one
notified. {{dsl}} at [[organisation:st aidan's]] said they "assumed mum had told us". {{mum}} is in
[[organisation:Fernlea Unit]] ({{mental health}}). visited this pm, [[address:3 Copse View]], carer is
[[name:tracey]] - nice, [[name:jay]] sharing a room w her son [[age:14]]. no concerns seen but no
checks done either. {{DBS}} + {{GP}} check + {{education}} started. think we need another briefing
for heads - 3rd late notif from a school this yr. {{CP}} not indicated. [[name:cw]]
""")),
    # 15 Teams kudos
    ("social_care", "success", block("""
#pf-team  |  Kudos 🎉
[[name:Sunny Kaur]]  11:14
Massive thank you to @[[name:Xiaoling Chen]] for yesterday. [[name:Sofía]] ([[age:15]]) was due to
fly back to Madrid and the {{host family}} wanted a goodbye visit, but [[name:Xiaoling]] spotted the
flight was booked by an unknown adult, not {{mum}}. She checked with {{mum}} via an interpreter,
confirmed the booking was fake and called {{police}}. [[name:Sofía]] is safe, a
{{strategy discussion}} is booked and the {{NCA}} have been informed. Textbook {{professional curiosity}}.
  ❤️ 4   👏 6
[[name:Faith Okonkwo]]  11:20
Brilliant work [[name:Xiaoling]]. Let's do this as a 7-minute briefing at {{Thursday}}'s {{team meeting}}.
[[name:bill.h]]  11:26
proper lifesaver. well done [[name:XC]] 👏
""")),
    # 16 chronology, near miss
    ("social_care", "near_miss", block("""
Timeline - near miss, ref [[case_reference:PF-25-0014]]
Child: [[name:Marta Kowalczyk]] ([[age:16]], {{cerebral palsy}}), lodging with [[name:Summer Hale]] and partner

[[date:Weds 8 Jan]] 14:00 {{Final visit}} by [[name:Ivy]]; {{carer}} says [[name:Marta]] turns
[[age:18]] on [[date:20 Jan]] so "you won't need to come back".
[[date:Weds 8 Jan]] 16:30 [[name:Ivy]] drafts {{closure summary}} giving [[date_of_birth:20/01/2007]].
[[date:Thu 9 Jan]] 09:15 {{Team Manager}} [[name:Faith Okonkwo]] notices the {{education}}
record shows [[date_of_birth:20/01/2008]] - [[name:Marta]] is only turning [[age:17]].
[[date:Thu 9 Jan]] 10:00 Closure withdrawn; next {{statutory visit}} booked for [[date:19 Feb]].

Why it matters: for a disabled young person the arrangement stays {{private fostering}} until
[[age:18]], so we still have statutory duties to [[name:Marta]] for another year. Closing early
would have left her unvisited and the wrong {{DOB}} on the permanent record.
Learning: verify DOB from an official document, never from the carer.
""")),
    # 17 contact record, incident
    ("social_care", "incident", block("""
CONTACT RECORD - incoming call
Date/time: [[date:27/03/2025]] 14:05
Taken by: [[name:Pat Oyelaran]] ({{Duty}})
Caller: Ms [[name:Hazel Drummond]], {{neighbour}}, [[phone:07700 900817]]
Child: [[name:Rafael]] approx [[age:10]]
Address: [[address:18 Tanner's Yard, Kelby]] [[postcode:AS9 4RB]]

Caller says a boy she thinks is called [[name:Rafael]] has been staying next door "for months"
with a couple who are not his parents. Often alone until late; was outside in {{school uniform}} at
21:00 last {{Friday}}. Caller does not know his surname or school.

Incident: this call was first made on [[date:10/03/2025]] but was logged as "{{information only}}"
by the {{out-of-hours service}} and never sent to us. Now passed to {{MASH}} as a possible
{{private fostering}} arrangement with {{neglect}} concerns. {{EDT}} informed of the lost contact.
""")),
    # --------------------------------------------------------------------- health
    # 18 formal narrative
    ("health", "near_miss", prose("""
During the paediatric {{GA}} list at [[organisation:St Brannock's Hospital]] on
[[date:5 March 2025]], the {{sign-in}} for [[name:Aarav Menon]] ([[age:6]], hospital no.
[[case_reference:SB4471902]]) listed extraction of {{URD}}, {{ULD}} and {{LRE}}. At {{time out}} the
{{dental nurse}}, [[name:Gráinne]], pointed out that the {{treatment plan}} from our clinic said
{{LLE}}, not {{LRE}}. The operator, Dr [[name:Halvorsen]], stopped, reviewed the {{bitewings}}: LLE
carious, LRE sound. The consent form had been re-typed from handwritten notes and the error copied
across. No harm; correct teeth extracted. Learning: list and consent to be generated from the
electronic treatment plan, not re-typed, in line with {{NatSSIPs}}; the {{time out}} worked
exactly as intended and [[name:Gráinne]] deserves credit for speaking up.
""")),
    # 19 rushed note
    ("health", "incident", prose("""
sharps injury 2day approx 11.40 surg 3 [[organisation:Kelby Health Centre]]. {{dn}} [[name:becca]]
got a {{needlestick}} off a used {{LA}} needle left uncapped on the bracket table after an {{IDB}} -
dentist (Dr [[name:F. Amiri]]) had been called out to a {{medical emergency}} in the waiting room
and left it mid-procedure. bled it, washed under running water, rang {{occ health}}. source pt
Mr [[name:Kowalski]] hosp no [[case_reference:K2290174]] consented to bloods. {{PEP}} not
needed per {{OH}} risk assessment. [[name:becca]] v shaken, sent home early. the {{safety syringes}}
have been out of stock since [[date:14/5]] so were back on the old type - thats the real issue
imo. pls escalate to procurement. [[name:GM]]
""")),
    # 20 shout-out
    ("health", "success", prose("""
Huge thanks to [[name:Hope Adeyemi]] ({{dental therapist}}) and [[name:Kerstin]] on reception.
[[name:Callum]] ([[age:aged 9]]) is {{autistic}} and non-verbal and had been on the {{GA}} waiting list
for over a year. Over six short visits at [[organisation:Marsh Lane Clinic]] they built up slowly:
sitting in the chair, holding the mirror, then {{Duraphat}} {{fluoride varnish}}. On
[[date:22 April]] he let [[name:Hope]] place two {{fissure sealants}} and take {{bitewings}}. No
{{GA}} needed now. [[name:Kerstin]] booked every appointment first thing on a {{Tuesday}} so the
waiting room was empty and kept him in the same surgery each time. His {{mum}} said it was the
first health appointment he's ever left smiling. - [[name:Nandini Bhattacharya]], {{Clinical Director}}
""")),
    # 21 form
    ("health", "incident", block("""
REFERRAL RECEIVED IN ERROR - INCIDENT FORM
Patient: [[name:Eleanor Whitcombe]]
DOB: [[date_of_birth:11/12/1941]]
NHS No: [[nhs_number:485 771 2318]]
Address: [[organisation:Larchwood House]] {{care home}}, [[address:2 Beacon Hill, Kelby]] [[postcode:AS9 7QE]]
Referrer: [[organisation:Millgate Medical Practice]] (Dr [[name:Obi]])
Reason: ?{{oral SCC}} - non-healing {{ulcer}} left lateral tongue, 4/52
Received: [[date:02/07/2024]]
Incident ref: [[case_reference:W-DEN-11790]]

What went wrong: a {{2WW}} {{suspected cancer}} referral meant for {{OMFS}} at
[[organisation:St Brannock's Hospital]] was sent to our {{domiciliary}} triage inbox. It sat
in the routine queue for nine days until [[name:Pat Oyinlola]] read the letter properly on
[[date:11/07/2024]] and redirected it. Seen by {{OMFS}} [[date:16/07/2024]].
Learning: {{2WW}} templates must not default to the community dental address. Feedback sent to
the {{practice manager}}.
""")),
    # 22 Teams chat
    ("health", "near_miss", block("""
[08:02] [[name:Priyanka Raghunathan]]: morning all. {{autoclave}} B in the {{LDU}} failed its {{Helix test}} this am 😕
[08:03] [[name:Tom Farrelly]]: the one we ran last night? there's 4 trays out of it already on the shelf for {{surg 2}}
[08:04] [[name:Priyanka Raghunathan]]: yep those need pulling NOW, they're for the 08:30 list
[08:05] [[name:Tom Farrelly]]: on it. quarantined + re-bagged, running them through {{autoclave A}}
[08:11] [[name:Jide Afolabi]]: did the {{daily test}} get done yest? log says ✔ but no {{printout}}
[08:12] [[name:Priyanka Raghunathan]]: no printout 🙃 so we dont actually know. logging it as a near miss, ref [[case_reference:DEC-0912]]
[08:20] [[name:Jide Afolabi]]: {{engineer}} from [[organisation:SteriServ Ltd]] coming 2pm. tell [[name:Nandini]] pls
[08:21] [[name:Tom Farrelly]]: 👍 [[name:pri]] ur a star
""")),
    # 23 minutes
    ("health", "incident", block("""
Clinical Governance Meeting - [[organisation:Wyvern Community Dental Service]]
Date: [[date:19/09/2024]]
Present: [[name:Nandini Bhattacharya]] ({{CD}}, chair), [[name:Grace Mwangi]] ({{Lead Dental Nurse}}), [[name:Olu Bankole]], [[name:A. Rahman]]
Apologies: [[name:Mark Sutcliffe]], [[name:Rhiannon Pugh]]

1. Incident [[case_reference:W-DEN-11842]] - collapse in {{waiting area}}, [[organisation:Fenwick Road Clinic]], [[date:3 Sept]]
A [[age:68-year-old]] patient became pale and clammy. Staff suspected {{hypoglycaemia}}; the
{{glucose gel}} in the {{emergency drugs kit}} was out of date. Patient given a sugary drink
from {{reception}} and recovered. Weekly {{check sheet}} signed as complete on [[date:30 Aug]].
Discussion: checks were ticking "present" not checking expiry. {{Resuscitation Council UK}}
list reviewed.
Actions:
- [[name:GM]] to introduce an expiry column on the check sheet
- [[name:AR]] to audit all five sites' kits by [[date:4 October]]
- {{CD}} cupboard checks unaffected
""")),
    # 24 chronology
    ("health", "incident", block("""
Sedation incident - ref [[case_reference:SED-24-031]]
Patient: [[name:Rukiye Demir]], [[age:34]], {{ASA I}}, {{IV sedation}} for surgical removal {{LL8}}
Sedationist: Dr [[name:Jonas Halvorsen]]; second person: [[name:Faith Mensah]] ({{dental nurse}})
Site: [[organisation:Marsh Lane Clinic]], [[date:Thursday 21 November 2024]]

10:12 {{cannula}} sited, baseline {{SpO2}} 99%
10:15 {{midazolam}} titrated in 1 mg increments, total 6 mg by 10:24
10:31 {{SpO2}} 89% - {{pulse oximeter}} alarm did not sound; noticed by [[name:Faith]] on the screen
10:32 {{jaw thrust}}, {{oxygen}} 2 L/min via {{nasal cannula}}; {{SpO2}} 97% within a minute
10:34 Procedure continued with {{oxygen}}; {{flumazenil}} drawn up but not needed
11:30 Discharged with escort, sister [[name:Selin]]

Findings: alarm volume had been turned to zero during a previous list. No harm.
Actions: alarm check added to the pre-list checklist; {{capnography}} business case to
[[name:Nandini]]; shared at the {{IACSD}} peer review.
""")),
    # 25 table
    ("health", "incident", block("""
Fridge temp log - surg 1 fridge, [[organisation:Kelby Health Centre]] (range {{2-8 C}})

Date | {{Min}} | {{Max}} | {{Initials}}
[[date:Mon 10/02]] | 3.1 | 7.8 | [[name:DP]]
[[date:Tue 11/02]] | 2.9 | 7.6 | [[name:DP]]
[[date:Wed 12/02]] | - | - | not checked
[[date:Thu 13/02]] | 4.0 | 14.2 | [[name:amber]]
[[date:Fri 14/02]] | 4.2 | 13.9 | [[name:amber]]

Max above 8 for two days running and nobody reset or escalated. Fridge door seal split. Contents:
{{GlucaGen HypoKit}} x2 and some {{composite}} syringes, nothing else. Spoke to
[[name:Sanjay]] in {{medicines management}}: {{glucagon}} can be kept at room temp up to 18 months
so still usable but relabel with new expiry. New fridge ordered. Reminder to all: if max is out of
range, reset, recheck in 30 mins and tell the {{practice lead}}. - [[name:Dipo]]
""")),
    # 26 handover
    ("health", "near_miss", block("""
DOM VISITS HANDOVER [[date:Fri 7 Feb]] - [[name:Ewa]] to [[name:Jide]]

1) [[organisation:Larchwood House]] rm 12 - Mr [[name:Albert Gray]], [[age:91]]. {{XLA}} {{LL5}}
   booked {{Monday}}. On {{warfarin}}. NEAR MISS: the {{INR}} on file was from [[date:20 Jan]] -
   18 days old - and I almost signed the {{risk assessment}} off. Needs an {{INR}} within 72 hrs
   of the {{extraction}} ({{SDCEP}} guidance). Rang the {{district nurses}}, they'll test
   [[date:Sat 8th]] and fax it over. Don't start without it!!
2) Mrs [[name:Sheila Pattinson]], [[address:44 Quarry Bank, Ashmoor]] [[postcode:AS3 1JG]] -
   denture ease, easy. Key safe code is on the visit sheet not here.
3) {{portable suction}} battery was dead on [[date:Thurs]] - on charge in the van
   [[vehicle_registration:WV69 KDX]].

Have a good wknd [[name:Jide]]! [[name:Ewa]] x
""")),
    # 27 thank-you e-mail
    ("health", "success", block("""
From: [[name:Joanne Blake]] <[[email:jo.blake72@gmail.com]]>
To: [[email:wcds.feedback@nhs.net]]
Date: [[date:15 August 2024]]
Subject: Thank you - Dad's dentures

Hello,

I wanted to say thank you to [[name:Amara]] and [[name:Will Chisholm]] who visited my {{dad}},
[[name:Frank Blake]], at home at [[address:7 Garth Terrace, Kelby]]. {{Dad}} is [[age:87]], has
{{vascular dementia}} and hasn't been able to wear his lower {{denture}} for months because of a
sore spot. They were so patient, explained everything to him twice, found the {{ulcer}} and
eased the denture there and then. He's eating properly again and has put on weight, which his
{{GP}} is very pleased about.

The {{home visit}} made all the difference - there is no way we could have got him to a {{clinic}}.

Many thanks,
[[name:Jo]]
""")),
    # 28 rushed note
    ("health", "success", prose("""
{{wnb}} x3 now for [[name:Tayla-Rose]] ([[age:4]]) so followed the {{was not brought}} policy instead
of just discharging. rang {{mum}} twice no answer, wrote, then rang {{health visitor}}
[[name:sonia]] who knew the fam - 3 kids under 5, dad away, mum struggling. [[name:sonia]] did a
joint visit w us on [[date:4/6]] and got them in [[date:11/6]]. [[name:Tayla-Rose]] has 8
{{carious}} teeth and 2 abscessed, so {{dental neglect}} really, not deliberate. referred to
{{GA}} list + {{early help}} via {{safeguarding lead}}, mum engaged and grateful. if we'd
discharged after 2 {{DNA}}s like we used to shed have been lost. good multi-agency working
tbh. - [[name:hb]]
""")),
    # 29 formal narrative
    ("health", "incident", prose("""
On [[date:Tuesday 8 October 2024]] at [[organisation:Fenwick Road Clinic]] a {{periapical radiograph}}
was taken of the wrong patient. Mr [[name:Adam Clarke]] (DOB [[date_of_birth:02/05/1958]]) and Mr
[[name:Adrian Clarke]] (DOB [[date_of_birth:17/09/1961]]) were booked consecutively in the same
surgery. The {{dental nurse}} called "Mr [[name:Clarke]]" from the waiting room and Mr
[[name:Adrian Clarke]] came through. Identity was checked by surname only before the exposure,
which had been requested for Mr [[name:Adam Clarke]]'s {{UR6}}. The error was noticed when the image
showed a {{crown}} that was not in the notes. Under {{IR(ME)R}} this is an unintended exposure; the
dose from a single intraoral image is very low and it is not notifiable to the {{CQC}}, but the
{{Radiation Protection Adviser}} was informed and the patient told under {{Duty of Candour}}.
Learning: three-point ID (name, DOB, first line of address) immediately before every exposure.
[[name:Lindiwe Dube]], {{DCT}}
""")),
    # 30 form-style near miss
    ("health", "near_miss", block("""
NEAR MISS - ref [[case_reference:W-DEN-12007]]
Patient: [[name:Tan Mei Ling]]   NHS no: [[nhs_number:601 294 8352]]
Hosp no: [[case_reference:K3318465]]
Clinic: [[organisation:Kelby Health Centre]], surg 2, [[date:Wed 26 Feb]]
Reported by: [[name:Faisal Qureshi]], {{dental nurse}}

[[name:Faisal]] had set up a {{rubber dam}} for {{RCT}} on {{LL6}} and was about to hand it over when
he saw the red {{latex allergy}} alert on the electronic record. The dam in the tray was latex.
The paper {{medical history form}} completed that morning said "no allergies" because the
patient did not think a rash from gloves counted. Swapped for a {{non-latex dam}} and
{{nitrile gloves}}; treatment carried on. No reaction.
Contributing: latex and non-latex dams stored in identical boxes in the same drawer.
Action: latex dams removed from all surgeries; allergy question reworded.
""")),
    # 31 Teams shout-out
    ("health", "success", block("""
#wcds-general
[[name:Grace Mwangi]]  15:47
Shout-out to the [[organisation:Marsh Lane]] {{outreach team}} 🙌 On [[date:Weds 12th]] at
[[organisation:Oakfield Nursery]], during the {{supervised toothbrushing}} and {{fluoride varnish}}
session, [[name:Shirin]] noticed a {{toddler}} flinching and some bruising on his upper arm. She
didn't just mention it to the staff - she wrote it down word for word, told the {{nursery}} {{DSL}}
and rang our {{safeguarding lead}} before leaving. {{Children's social care}} are involved and
the child is safe. Exactly what {{Working Together}} means by everyone's responsibility.
    👏 [[name:Jide Afolabi]]  ❤️ [[name:hope.a]]  🙌 [[name:Olu Bankole]]
[[name:Shirin Tehrani]]  16:02
thanks [[name:Grace]] 😊 honestly just did what the {{training}} said
""")),
    # 32 incident, formal
    ("health", "incident", prose("""
Incident [[case_reference:W-DEN-12115]]. At approximately 14:20 on [[date:6 May 2025]] a patient,
Mrs [[name:Dorothy Ince]] ([[age:79]]), tripped over the footplate of a {{wheelchair}} parked in
the corridor outside {{surgery 4}} at [[organisation:Kelby Health Centre]] and fell onto her
outstretched hand. First aid given by [[name:Rory McFadden]] ({{first aider}}); an {{ambulance}}
was not needed and her son [[name:Graham]] drove her to {{A&E}} at [[organisation:Kelby General
Hospital]], where a {{Colles fracture}} was confirmed. Because a member of the public was taken
to hospital from our premises this is {{RIDDOR}} reportable and {{Estates}} have been informed.
The wheelchair belonged to the clinic and had been left in the corridor for "five minutes" as the
store room was full. Action: designated parking bay marked, corridor clear policy re-issued.
""")),
    # 33 chronology, near miss
    ("health", "near_miss", block("""
GA list near miss - [[organisation:St Brannock's Hospital]] {{Day Surgery Unit}}, [[date:12/11/24]]

07:45 Pre-op check for [[name:Zainab Hussain]] ([[age:7]]), hosp no [[case_reference:SB5530281]].
      Consent form signed by her aunt, [[name:Nadia]], who brought her in.
07:52 {{Staff nurse}} [[name:Marguerite]] asks about {{parental responsibility}}. [[name:Nadia]]
      says {{mum}} is "working and said it's fine".
07:55 List paused for [[name:Zainab]]. Dr [[name:Ng]] ({{anaesthetist}}) agrees not to proceed.
08:05 {{Mum}}, [[name:Samira Hussain]], reached on [[phone:07700 900554]]. Comes in.
09:10 {{Mum}} re-consents in person. [[name:Zainab]] moved to 3rd on the list.
10:40 {{Extractions}} completed, no complications.

Learning: the clinic letter asks for "parent or guardian" - aunt believed that covered her.
Letter rewording to {{person with parental responsibility}}; {{pre-assessment}} call to confirm
who will attend.
""")),
    # 34 learning from excellence
    ("health", "success", prose("""
Learning from excellence. On [[date:30 January 2025]] [[name:Sunny Liang]], {{dental nurse}}, and
[[name:Ivo Petrov]], {{special care dentist}}, were on a {{domiciliary}} visit to Mr
[[name:Walter Pearson]] ([[nhs_number:739 052 6149]]) at [[address:Flat 9, Ravensworth Court,
Ashmoor]] [[postcode:AS3 8PX]]. [[name:Sunny]] noticed he looked grey and was rubbing his left arm.
He denied pain at first. [[name:Ivo]] stopped the appointment, they called 999 and, following the
{{ABCDE}} approach, gave {{aspirin}} 300 mg chewed from the {{emergency kit}} and his own {{GTN}}
spray. {{Paramedics}} arrived in eleven minutes and diagnosed a {{STEMI}}. Mr [[name:Pearson]] had
a {{stent}} the same day and has written to thank the team. Their annual {{BLS}} training and the
{{emergency kit}} we carry on every home visit made the difference.
""")),
    # ------------------------------------------------------------------- aviation
    # 35 RT transcript
    ("aviation", "incident", block("""
RT transcript extract, {{TWR}} 118.705 - [[date:14/08/2024]] (times {{UTC}})
Occurrence ref [[case_reference:HMA-OR-24-117]]

1402:10 TWR: [[flight_number:Skylark four one two]], runway two four, cleared to land, wind two three zero one two knots
1402:18 [[flight_number:SKR412]]: Cleared to land runway two four, [[flight_number:Skylark four one two]]
1402:40 {{OPS3}}: {{Tower}}, {{Ops three}}, request cross runway two four at {{Charlie}} for {{bird scaring}}
1402:45 TWR: Ops three, hold short runway two four at Charlie, traffic on three mile final
1402:49 OPS3: Cross runway two four at Charlie, Ops three
1402:55 TWR: Ops three, negative, HOLD SHORT, acknowledge
1402:58 OPS3: Holding short, Ops three, sorry

Summary: the {{readback}} error was not challenged for six seconds. The vehicle
([[vehicle_registration:YK21 HMV]], driver [[name:Lee Brannigan]]) stopped at the lit {{stop bar}}.
[[flight_number:SKR412]] ([[aircraft_registration:G-OSKL]], {{ATR 72}}) landed normally. {{ATCO}}
[[name:Kenji Watanabe-Hart]] filed an {{MOR}}; classed as a {{runway incursion}}, severity C.
""")),
    # 36 formal narrative
    ("aviation", "near_miss", prose("""
At about 0715 on [[date:Monday 3 February 2025]] two [[organisation:Skylark Regional]] flights were
on the ground at the same time: [[flight_number:SKR412]] at {{stand}} 4 and [[flight_number:SKR421]]
at {{holding point}} A1. I was {{GMC}} and {{AIR}} combined as the {{ATSA}} was on a break. I issued
a {{line-up}} clearance to "[[flight_number:Skylark four two one]]" and got a clean readback, but
the voice sounded like the crew I had just given {{start-up}} to. I checked the {{ASMGCS}} label and
saw [[flight_number:SKR412]] starting to push. I cancelled, re-confirmed callsigns and repeated the
clearance. Nothing moved that shouldn't have. Similar callsigns on the same operator had been
flagged to the airline before. Suggest we ask [[organisation:Skylark Regional]] to change one of
them and add a {{similar callsign}} warning to the {{ATIS}} board. [[name:Siobhán Ní Bhriain]], {{ATCO}}
""")),
    # 37 shout-out
    ("aviation", "success", prose("""
Quick shout-out for [[name:Dawn Featherstone]] ({{ATSA}}). During the morning runway inspection
lull on [[date:Sat 17th]] she was scanning with the binoculars and spotted something shiny near
the {{touchdown zone}} of runway 06 that the {{airside ops}} team had driven past. She told the
{{ATCO}}, runway closed for four minutes, and [[name:Murdo]] from ops picked up a 30 cm metal panel -
later confirmed as an access panel from a visiting {{Dash 8}}. {{FOD}} like that on a {{take-off}}
roll could have been serious. [[name:Dawn]]'s first instinct was "I'm probably wrong" - glad she
said it anyway. {{Just Culture}} in action. Thanks from the whole watch - [[name:Kofi]] ({{Watch Manager}})
""")),
    # 38 chronology
    ("aviation", "incident", block("""
BIRDSTRIKE - chronology ([[date:22/09/2024]], times UTC)
Aircraft: [[aircraft_registration:G-NWDB]], {{Embraer 175}}, [[flight_number:NWD308]], operated by [[organisation:Northwind Airways]]

0631 [[flight_number:NWD308]] cleared for {{take-off}} runway 24. Large flock of {{gulls}} reported by
     [[name:Murdo]] (ops) on the grass south of {{taxiway}} Bravo two minutes earlier - {{bird control}} en route.
0632 Crew report birdstrike on rotation, left engine vibration.
0633 {{PAN}} declared. {{Approach}} informed, {{RFFS}} to Local Standby.
0641 [[flight_number:NWD308]] lands runway 24, stops on runway. {{RFFS}} inspect, no fire.
0655 Runway inspection: 11 gull carcasses. Runway reopened 0712.
0730 Phoned [[organisation:Northwind Airways]] duty ops, [[phone:01632 960 204]].

Issue: the bird warning was passed to {{ATIS}} but not given directly to the crew before
{{take-off}}. {{CAA}} {{MOR}} submitted, ref [[case_reference:HMA-OR-24-142]]. [[name:Asif Malik]], {{ATCO}}
""")),
    # 39 form
    ("aviation", "incident", block("""
OCCURRENCE REPORT - [[organisation:Hollingmoor Airport]] {{ATC}}
Report no: [[case_reference:HMA-OR-25-009]]
Date/time: [[date:09/01/2025]] 1538 {{UTC}}
Reporter: [[name:Robin Achterberg]], {{ADC}}
Aircraft 1: [[aircraft_registration:G-BXWP]], {{PA-28}}, [[organisation:Moorside Flying Club]] (student solo, pilot [[age:17]])
Aircraft 2: [[aircraft_registration:G-MFCA]], {{Cessna 152}}, same club, instructor + student
Category: loss of separation in the {{visual circuit}}

Narrative: [[aircraft_registration:G-BXWP]] was told to report downwind runway 24, number two
to [[aircraft_registration:G-MFCA]]. The pilot read back "number two" but turned base early,
inside the {{Cessna}}. I saw the conflict from the {{VCR}} and instructed [[aircraft_registration:G-BXWP]]
to go around and extend. Closest point estimated 0.3 nm, 150 ft. No {{TCAS}} fitted on either.
Club CFI [[name:Hamish Garvie]] debriefed the student the same afternoon. {{MOR}} filed.
Contributing: sun low in the west, both aircraft white, busy {{RT}}.
""")),
    # 40 Slack
    ("aviation", "near_miss", block("""
#hma-tower-watch
[[name:bjorn.l]]  21:58
heads up - {{stop bar}} at {{A1}} {{u/s}} since 2100, ticket [[case_reference:ENG-55187]]. {{NOTAM}} requested
[[name:jade.okafor]]  22:03
noted 👍 is it on the {{handover sheet}}?
[[name:bjorn.l]]  22:04
will add now
[[name:jade.okafor]]  23:47
fyi it wasn't on the sheet when I took over from [[name:Björn]]. I cleared [[flight_number:NWD317]] to "hold at A1"
expecting the bar, crew came back "confirm stop bar off? we see no lights" - that's how I found out
[[name:Kofi Mensah-Bonsu]]  23:52
thanks for flagging. they held fine, no incursion. please file it as a {{near miss}} with
[[name:Björn]]'s timings. we need the u/s items on the sheet before the {{verbal brief}}, not after
[[name:bjorn.l]]  23:55
my bad, sorry - got pulled onto the {{LVP}} test. filing now
""")),
    # 41 minutes
    ("aviation", "incident", block("""
UNIT SAFETY MEETING - [[organisation:Hollingmoor Tower]]
[[date:23 April 2025]], 1400, briefing room

Present: [[name:Kofi Mensah-Bonsu]] ({{Watch Manager}}, chair), [[name:Hazel Ferreira]] ({{SATCO}}),
[[name:Drew Mackintosh]] ({{ATCO}}), [[name:Ioana Popa]] ({{ATSA}} rep)
Apologies: [[name:Chen Wei]], [[name:Bill]] ({{RFFS}})

1. {{Airspace infringement}} [[date:Sun 6 April]], ref [[case_reference:HMA-OR-25-051]]
Unknown {{microlight}}, {{squawk 7000}}, entered the {{ATZ}} 3 nm east at 1,200 ft without
calling. {{Approach}} gave avoiding action to [[flight_number:SKR415]] on base; no {{TCAS RA}}.
Aircraft later identified by the {{CAA}} as [[aircraft_registration:G-CKZR]]; pilot said he was
using an out-of-date chart.
2. Discussion: third infringement this year in the same area. [[name:HF]] suggested a
presentation at local clubs and a {{frequency monitoring code}} reminder.

Actions: [[name:DM]] to contact [[organisation:Moorside Flying Club]] about a safety evening;
[[name:HF]] to report trend to {{CAA}} {{Airspace Infringement}} team.
""")),
    # 42 table
    ("aviation", "incident", block("""
Squawk allocation error - extract from {{strip}} log, [[date:18/03/2025]]

Callsign | Reg | Type | Squawk issued | Should be
[[flight_number:NWD311]] | [[aircraft_registration:G-NWDE]] | {{E175}} | 4621 | 4621
[[flight_number:SKR418]] | [[aircraft_registration:G-OSKN]] | {{ATR 72}} | 4621 | 4622
[[flight_number:CDR88]] | [[aircraft_registration:EI-FKT]] | {{Dash 8}} | 4623 | 4623

[[flight_number:SKR418]] was given the same {{SSR}} code as [[flight_number:NWD311]], which had departed
four minutes earlier. {{Approach}} saw two labels swap on radar and it took about a minute to
sort out which was which. Both aircraft in {{Class D}} airspace, no loss of separation.
The code had been re-used from a cancelled strip because the {{ORCAM}} list was not crossed off.
Reported by [[name:Mehmet Yıldız]], {{ATSA}}; checked by [[name:Aleksandra]] ({{ATCO}}).
""")),
    # 43 handover
    ("aviation", "near_miss", block("""
WATCH HANDOVER 0545 [[date:Tues 4 Nov]] - [[name:Hazel]] > [[name:Rose]]

- {{RVR}} dropping, 900/750/800 and falling. {{LVP}} prep started 0520, declared 0538.
- NEAR MISS: fuel bowser [[vehicle_registration:KE19 FZT]] ([[organisation:Apexa Ground Handling]])
  was parked inside the {{ILS}} sensitive area on the {{Charlie link}} at 0535. Spotted by
  [[name:Ioana]] on the {{ASMGCS}}, not by me. Driver [[name:Tyrone]] moved within 2 mins. No aircraft
  on approach at the time. First arrival [[flight_number:SKR401]] {{ETA}} 0610.
- {{ILS}} {{localiser}} checked normal after the move.
- {{Ops}} ([[name:Murdo]]) informed; he'll remind [[organisation:Apexa]] drivers.
- {{ATIS}} Hotel current, {{QNH}} 1009.

Have a good one [[name:Rosie]], it's grim out there. [[name:Haze]]
""")),
    # 44 thank-you e-mail
    ("aviation", "success", block("""
From: Captain [[name:Ngozi Eze-Williams]] <[[email:n.eze-williams@skylark-regional.co.uk]]>
To: [[email:atc.watch@hollingmoorairport.co.uk]]
Date: [[date:29 June 2024]] 09:12
Subject: [[flight_number:SKR407]] [[date:28 June]] - thank you

Good morning,

I'd like to pass on my thanks to the tower team, particularly [[name:Sunny]] on {{AIR}}, for
yesterday evening. We had a {{hydraulic}} system 2 failure shortly after departure and returned
with a {{flapless landing}} and {{nosewheel steering}} inoperative. From the first {{PAN}} call
everything was calm and in the right order: runway cleared, {{RFFS}} positioned at the
intersection, and no unnecessary calls while we worked the {{QRH}}. We stopped on the runway and
were towed clear by [[organisation:Apexa Ground Handling]] within 20 minutes.

My {{first officer}}, [[name:Tomasz]], and I have both flown into much bigger airports and not
had a better service.

Kind regards,
[[name:Ngozi]]

Capt. [[name:N. Eze-Williams]]
{{Fleet Training Captain}} {{ATR 72}}, [[organisation:Skylark Regional]]
[[phone:07700 900 146]]
""")),
    # 45 rushed note
    ("aviation", "incident", prose("""
drone sighting approx 1420z [[date:sat 12/7]]. crew of [[flight_number:NWD302]]
([[aircraft_registration:G-NWDC]]) reported a drone at roughly 500ft, 2nm final rwy 24, passed
down their left side, "within 50m". {{approach}} held the next 2 arrivals ([[flight_number:SKR409]]
+ a {{PA-28}}) for 14 mins. rang police 999 as per {{MATS Pt 2}}, log no
[[case_reference:PL-0712-1183]]. [[name:yev]] went up to the {{VCR}} roof w binos, nothing seen.
police found a lad in the park off [[address:Dovecote Lane]] flying one - he said he didnt know
about the {{FRZ}}. {{CAA}} {{MOR}} done, {{UKAB}} might want it. we really need the {{UAS}} detection
system back. [[name:dm]]
""")),
    # 46 RT transcript
    ("aviation", "near_miss", block("""
RT transcript - [[date:05/05/2025]], runway 06 - ref [[case_reference:HMA-OR-25-066]]

1112:04 TWR: [[aircraft_registration:Golf Mike Charlie Alpha]], runway zero six, line up and wait
1112:09 [[aircraft_registration:G-MFCA]]: Line up and wait runway zero six, [[aircraft_registration:Golf Mike Charlie Alpha]]
1112:51 ({{ASMGCS}} shows [[aircraft_registration:G-MFCA]] accelerating)
1112:53 TWR: [[aircraft_registration:Golf Charlie Alpha]], STOP IMMEDIATELY, I say again stop immediately
1112:57 [[aircraft_registration:G-MFCA]]: Stopping, [[aircraft_registration:Charlie Alpha]]
1113:30 TWR: [[aircraft_registration:Golf Charlie Alpha]], vacate at Delta, report clear, traffic was a {{Dash 8}} on two mile final

Note: {{student pilot}} on a first solo from [[organisation:Moorside Flying Club]] heard
"line up" and started the {{take-off}} roll. Speed at the stop about 25 kt, well below
{{rotation}}. The {{Dash 8}} ([[flight_number:CDR92]]) was sent around as a precaution.
{{ATCO}} [[name:Pat]] spotted it on the {{ASMGCS}} within seconds. Instructor [[name:Hamish]] debriefed.
""")),
    # 47 formal narrative, success
    ("aviation", "success", prose("""
{{OJTI}} report, [[date:Wednesday 19 March 2025]]. [[name:Ffion Pritchard]], {{trainee ATCO}} on the
{{aerodrome}} unit endorsement course, was on {{AIR}} with me ([[name:Bish]]) as her {{OJTI}}. At
1604 [[flight_number:SKR412]] went around from 1 nm final after a windshear warning, while a
{{PA-28}} was lining up at {{holding point}} B1 and the {{RFFS}} were crossing at Delta for a
routine check. [[name:Ffion]] held the {{PA-28}}, stopped the fire tender, gave the go-around
instructions in the correct order and coordinated with {{Approach}} without prompting. Her RT
was clear and short. I did not need to take the frequency. This is the first time I've seen a
trainee at her stage manage a non-standard event this well and I have recorded it as evidence
for {{unit competence}}. [[name:Gareth Bishop]], {{OJTI}} / {{ATCO}}
""")),
    # 48 thank-you card
    ("aviation", "success", block("""
(Transcribed from a card pinned up in the {{VCR}})

To [[name:Pat]], [[name:Joy]] and all the team at [[organisation:Hollingmoor Tower]],

Thank you for getting us straight in on [[date:Friday 21st]] with the {{cardiac arrest}} patient.
You held two {{departures}} and gave us a direct route to the {{helipad}} with no questions asked.
The {{patient}} was in the {{cath lab}} at [[organisation:Kelby General Hospital]] 38 minutes after
we lifted. Her family have asked us to pass on their thanks too - she is home now.

Please accept the biscuits 😊

Capt [[name:Jim Rourke]], {{paramedics}} [[name:Ellie]] & [[name:Kwabena]]
[[organisation:Kelby & District Air Ambulance]], [[aircraft_registration:G-KDAA]]
""")),
    # 49 WhatsApp export
    ("aviation", "near_miss", block("""
[[date:02/12/2024]], 06:12 - [[name:Drew M]]: morning. just noticed {{ATIS}} {{Kilo}} went out at 0550 with {{QNH}} 1031 not 1013 🤦
[[date:02/12/2024]], 06:13 - [[name:Drew M]]: my typo. corrected to {{Lima}} at 0611
[[date:02/12/2024]], 06:15 - [[name:Rosie H]]: did anyone fly an approach on it?
[[date:02/12/2024]], 06:17 - [[name:Drew M]]: [[flight_number:SKR401]] had Kilo but {{Approach}} gave them 1013 on first contact and they read it back. no harm
[[date:02/12/2024]], 06:20 - [[name:Kofi Mensah-Bonsu]]: good that {{approach}} caught it. 18 {{hPa}} = ~540 ft. please file a near miss and we'll look at the {{ATIS}} read-back check
[[date:02/12/2024]], 06:22 - [[name:Sunny]]: two-person check was dropped when we went {{single-manned}} on {{nights}}. that's the real cause imo
[[date:02/12/2024]], 06:23 - [[name:Kofi Mensah-Bonsu]]: agreed, noted for the {{safety case}}. thanks [[name:Drew]]
""")),
    # 50 formal narrative, success
    ("aviation", "success", prose("""
On [[date:16 August 2024]] at about 1745 a {{student pilot}}, [[name:Jasper Lindholm]] ([[age:19]]),
flying [[aircraft_registration:G-MFCB]], a {{Cessna 152}} from [[organisation:Moorside Flying Club]],
called [[organisation:Hollingmoor Approach]] sounding stressed and said he was "not sure where I am". [[name:Ola]]
([[name:Aleksandra Wiśniewska]], {{ATCO}}) took the call. She asked him to squawk 0030, identified him
14 nm north-west over the reservoir, and gave him headings back to the field, keeping instructions
short and checking his fuel (about 40 minutes). She also coordinated with {{Distress and Diversion}}
and warned the {{RFFS}} just in case. He landed safely at 1812. The club have since added a
practice {{PAN}} call to every student's {{navigation}} syllabus. A calm, textbook piece of service -
thank you [[name:Ola]].
""")),
]

if __name__ == "__main__":
    write_records(OUT, build_records("blind306", REPORTS))
