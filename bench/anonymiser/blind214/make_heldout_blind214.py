"""Held-out blind corpus 214: UK incident, near-miss and success ("learning") reports.

Fifty reports written blind (without sight of the de-identifier or any other corpus) as
front-line practitioners type them into a confidential reporting system:

* social_care (17) - an early help family hub: family support workers, TAF meetings, school
  attendance, parenting groups, stay-and-play and creche sessions.
* health (17) - a community mental health team depot clinic and care coordinators: clozapine
  clinic, depot injections, CPA reviews, crisis plans, duty calls.
* aviation (16) - airline cabin crew: in-flight medical events, disruptive passengers, galley
  incidents, pre-flight briefings, purser reports, RT extracts.

Styles are deliberately mixed: rushed lower-case notes with typos and txt-speak, formal
narratives, timed chronologies, forms with Name/DOB/Ref/Address fields, e-mails with headers and
signatures, chat exports (Teams, WhatsApp, Slack) with handles, handover notes, minutes with
attendance and apologies, pipe tables, RT transcripts, shout-outs and thank-you notes.

Every person, organisation, place and number is invented. Identifiers are marked
[[label:value]]; must-not-redact mentions (roles, agencies, frameworks, drugs, equipment, generic
days and months, acronyms that look like initials) are marked {{term}}.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from markup import block, build_records, write_records  # noqa: E402
from markup import flow as prose  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "corpus" / "heldout_blind214.jsonl"

REPORTS = [
    # ------------------------------------------------------------------ social_care (17)
    ("social_care", "incident", prose("""
quick one - hv to [[name:kayleigh]] + kids at [[address:14 Fenwick Cl]] today ([[date:tues 4th]]).
got there 10ish and the youngest [[name:tyler]] ([[age:2yo]]) was on his own in the front room,
{{mum}} upstairs asleep. she said she'd only nipped up but tv on full blast and no {{stair gate}}.
stayed w/ him til she came down approx 5 mins. talked thru home safety, she was teary, says new
meds from the {{GP}} are knocking her out. didnt think it met {{threshold}} for {{MASH}} but rang
{{duty}} (spoke to [[name:Priya]]) who agreed log it + bring the {{TAF}} review forward. will chase
[[organisation:Lingfield Rd Surgery]] re meds. {{EHA}} ref [[case_reference:EH-24-0387]]. sorry
typos on phone - [[name:dw]]
""")),
    ("social_care", "success", prose("""
Huge shout-out to [[name:Grace Adeyemi-Boateng]] who ran the final {{Incredible Years}} session at
[[organisation:Ashgrove Family Hub]] on [[date:Thursday 14 March]]. Eleven of twelve parents
completed the course, our best ever. One {{dad}}, Mr [[name:Kowalczyk]], told the group he now does
bedtime without shouting and his [[age:6-year-old]] "actually goes to sleep". [[name:Grace]] also
arranged a {{crèche}} with volunteers from [[organisation:Holy Trinity Church]] so parents with
toddlers could come, and did all the {{SDQ}} pre and post scores herself. Thanks too to
[[name:Hope]] on {{reception}} who rang every parent the night before each session - that is why
attendance held up. Adding this to the {{Supporting Families}} evidence folder. - [[name:Marcia]]
({{Hub Manager}})
""")),
    ("social_care", "near_miss", block("""
From: [[name:Josh Pereira]] <[[email:j.pereira@calderbrook.gov.uk]]>
To: {{EH Practice Leads}}
Sent: [[date:12 February 2024]] 16:42
Subject: Near miss - TAF minutes nearly sent to wrong parent

Hi all,

Flagging a near miss from this afternoon. Minutes from the {{TAF}} for the [[name:Wójcik]] family
(ref [[case_reference:TAF/1192]]) were attached to an email addressed to Ms [[name:Lindqvist]], who
is {{mum}} in a completely separate family I support. The {{Outlook}} external recipient warning
popped up and I realised before pressing send. Nothing left the council.

Cause: both files open at once, attached from {{Downloads}} without checking the file name. I've
spoken to [[name:Ruth]] in {{IG}} who says there is no {{breach}} to log, but recommends we save
minutes under the {{EH}} reference, never the surname.

Thanks,
[[name:Josh]]

[[name:Josh Pereira]] | {{Family Support Worker}} | [[organisation:Ashgrove Family Hub]]
[[phone:07700 900461]]
""")),
    ("social_care", "incident", block("""
Chronology - [[name:AN]] ([[age:9yrs]]) - [[date:Wed 6 March 2024]]
08:50 [[organisation:Fernlea Primary School]] {{attendance officer}} rings hub: [[name:AN]] not in, no call from family. 3rd unexplained absence this half term.
09:15 {{FSW}} [[name:Tomasz]] rings {{mum}}'s mobile [[phone:07700 900318]] - no answer, voicemail full.
09:40 [[name:Tomasz]] speaks to {{DSL}} (Mrs [[name:Okafor]]) - agree {{home visit}}.
10:20 HV to [[address:22 Beckside Terrace, Calderbrook]] [[postcode:CK4 7NW]] - no answer, curtains shut. Neighbour thinks family went to nan's on {{Sunday}}.
10:45 Discussed with {{Team Manager}}; agreed to request police {{welfare check}} via 101.
12:30 {{Mum}} rings back from [[phone:07700 900318]]: [[name:AN]] at nan's, had {{D&V}}, mum forgot to ring school.
13:10 Police see [[name:AN]] - well, no concerns.
Learning: both numbers held on the school system were out of date. School to refresh contact details every term.
""")),
    ("social_care", "success", block("""
{{Teams}} export - {{Early Help}} team channel - [[date:15/03/2024]]
[09:02] [[name:Leanne Hartley]]: morning! guess who was in school every day this week 🎉
[09:03] [[name:Dev Sharma]]: not [[name:R]]??
[09:03] [[name:Leanne Hartley]]: YES. [[name:Riley Doherty]] 100% week, first time since {{Sept}}
[09:05] [[name:Bill M]]: amazing!! what changed
[09:07] [[name:Leanne Hartley]]: {{walking bus}} from [[address:Greenhill Road]] + {{mum}} using the morning routine chart from {{parenting group}}. and Mr [[name:Ashworth]] ({{head of yr 8}}) meets him at the gate
[09:08] [[name:Dev Sharma]]: pls celebrate this at the {{TAF}} on the [[date:21st]]
[09:09] [[name:Bill M]]: will add to {{team meeting}} agenda. well done [[name:Leanne]] 👏
""")),
    ("social_care", "incident", block("""
EARLY HELP - INCIDENT REPORT FORM
Name of child: [[name:Mason Whitfield-Kerr]]
DOB: [[date_of_birth:02/11/2015]]
Ref: [[case_reference:EH-23-1174]]
Address: [[address:Flat 3, 61 Quarry Bank Road, Calderbrook]] [[postcode:CK2 5HL]]
Completed by: [[name:Farah Siddiqui]] ({{FSW}})
Date of incident: [[date:19/01/2024]]
What happened: During a {{1:1}} session in the {{sensory room}} at the hub, [[name:Mason]] became dysregulated and threw a chair, which hit the window. Glass cracked but did not shatter. No injuries. [[name:Mason]] was helped to calm with {{ear defenders}} and the session ended early. {{Mum}} ([[name:Chantelle]]) collected at 15:30.
Immediate action: room taken out of use, {{estates}} informed, [[name:Mason]]'s {{SENCO}} at [[organisation:Oakwood Juniors]] updated same day.
Contributing factors: session moved from usual time; new worker; school's {{behaviour support plan}} not shared with the hub.
Reported to: {{Hub Manager}} / {{H&S}}
""")),
    ("social_care", "near_miss", block("""
Handover - [[name:Nikhil]] to [[name:Ros]] (cover while I'm on leave [[date:25/03]] to [[date:05/04]])
- Ms [[name:Jenkins]] family - {{TAF}} due [[date:Weds 27th]] at [[organisation:St Barnabas CE Primary]], {{DSL}} chairing. NB near miss last week: I almost booked the TAF room at the hub on the same afternoon dad has {{supervised contact}} there. Dad has a {{non-molestation order}} against him. Only spotted it when checking the {{hub diary}}. Parents must NEVER be booked on the same day - alert now on the {{case record}}.
- [[name:Oliwia]] ([[age:15]]) - {{school nurse}} referral to {{CAMHS}} sent, on waiting list. Prefers text: [[phone:07700 900127]].
- Twins' {{EHCP}} {{annual review}} - [[name:Sandra Bello]] at {{SENDIASS}} has the paperwork.
Any problems ring [[name:Gwen]] ({{Practice Lead}}), not me pls!
""")),
    ("social_care", "success", prose("""
Learning summary - improved school attendance through joint working. [[name:Ebony]] ([[age:aged 13]])
is in {{Year 8}} at [[organisation:Marlowe Academy]]; her attendance had dropped to 61% and school
were considering a {{fixed penalty notice}}. The {{family support worker}}, [[name:Faith Mensah]],
held a joint {{Signs of Safety}} mapping session with [[name:Ebony]], her grandmother and the school
{{attendance lead}}. What emerged was that [[name:Ebony]] was caring for her younger brother most
mornings while {{Nan}} worked early shifts. [[name:Faith]] helped the family apply to the
{{Household Support Fund}} for a bus pass, linked the brother with the
[[organisation:Little Wrens Nursery]] breakfast club, and school offered {{ELSA}} sessions. By
[[date:24 May]] attendance had risen to 92% and the penalty notice was withdrawn. What worked:
listening to the young person first, and one named worker coordinating rather than three agencies
each sending letters.
""")),
    ("social_care", "incident", block("""
WhatsApp export - "Hub Tues group 💬" - [[date:12/03/2024]]
19:02 - [[name:Jade W]]: just to say at group today one of the mums ([[name:Roxanne]]) disclosed her ex turned up at hers on {{Sunday}} even tho he's on {{bail conditions}}
19:03 - [[name:Jade W]]: I've done a log but she gave me her new number and I saved it in my own phone 🙈
19:05 - [[name:Kwame Asante]]: delete it from your personal phone and put it on the system. don't message her from it
19:06 - [[name:Kwame Asante]]: did you tell the {{DSL}}? and think {{IDVA}} / {{MARAC}}?
19:10 - [[name:Jade W]]: yes told [[name:Pat]], {{IDVA}} referral done ref [[case_reference:DA-0933]]. her number is [[phone:07700 900552]] will put on {{Mosaic}} tmrw
19:11 - [[name:Kwame Asante]]: pls don't post numbers in here!! delete that msg
19:12 - [[name:Jade W]]: sorry 🙈 deleting now
""")),
    ("social_care", "near_miss", prose("""
nr miss - left my lanyard + work phone on the bus (no 36) after the {{school run}} walk with
[[name:hope]] and her boy [[date:fri 9/2]]. realised at the hub 20 min later. phone has a
{{passcode}} but also my diary w/ family initials in. rang [[organisation:Calder Valley Buses]]
{{lost property}}, they had it by 2pm, still locked. reported to {{IG}} anyway as per policy, ref
[[case_reference:IG-2024-0215]]. learning - {{lanyard}} clip broke, need to keep phone in zipped
bag not coat pocket. [[name:M.T.]]
""")),
    ("social_care", "success", block("""
Card received [[date:2 April]] - shared with permission
"To [[name:Sunny]] and the ladies at the hub,
Thank you for helping us when [[name:Darius]] stopped going to school. You came to every meeting with [[organisation:Highcliffe High]] and never made me feel like a bad mum. The {{Triple P}} course was hard but it worked. [[name:Darius]] is doing his {{mocks}} now and wants to be an electrician!!
Love [[name:Mariam]], [[name:Darius]] & baby [[name:Zara]] xx"

{{Practice Lead}} note: [[name:Sunny]] worked with this family for 14 months after {{step-down}} from {{Children's Social Care}}. Case closed [[date:8 April]] with a {{Family Network Meeting}} plan in place. Lovely to see - sharing at {{team meeting}}.
""")),
    ("social_care", "incident", block("""
TEAM AROUND THE FAMILY - REVIEW MINUTES
Date/time: [[date:17 April 2024]], 10:00, Meeting Room 2, [[organisation:Ashgrove Family Hub]]
Family ref: [[case_reference:EH-24-0122]]
Present: [[name:Harpreet Kaur-Dhillon]] ({{mum}}), [[name:Joy Ellison]] ({{FSW}}, chair), Mr [[name:D. Rahman]] ({{DSL}}, [[organisation:Brookside Primary]]), [[name:Amber Nolan]] ({{health visitor}})
Apologies: Dr [[name:Whitelaw]] ({{GP}}), [[name:Will Sterling]] ({{housing officer}}, [[organisation:Calderbrook Council]])
1. Incident since last TAF: on [[date:9 April]] [[name:Simran]] ([[age:aged 2]]) arrived at [[organisation:Little Acorns Nursery]] with a small burn to her hand from hair straighteners. Nursery followed procedure; mum's account consistent; seen at the {{urgent treatment centre}}. {{DSL}} consulted {{MASH}} - advice to remain at {{Early Help}} with a home safety plan.
2. Actions: [[name:JE]] to request {{fire service}} home safety visit; [[name:AN]] to review at next {{developmental check}}; mum to buy a heat-proof pouch.
Next TAF: [[date:15 May]].
""")),
    ("social_care", "near_miss", block("""
Home visit log - w/c [[date:22/01/24]] - [[name:Cerys]] / [[name:Obi]]
Time  | Family      | Worker | Notes
09:30 | [[name:Mahmoud]]     | [[name:Cerys]]  | routine, {{Early Help Plan}} reviewed
11:00 | [[name:O'Rourke]]    | [[name:Obi]]    | NEAR MISS - system still had old address [[address:12 Alder Way]]; new tenants there. Correct address [[address:4 Linnet Court]] [[postcode:CK6 3PQ]] was only in the {{TAF}} minutes. Nothing disclosed at old address.
13:30 | [[name:Begum]]       | [[name:Cerys]]  | {{DNA}} - card left, will ring
15:00 | [[name:Nowak]]       | [[name:Obi]]    | ok, {{food bank}} voucher given
Action: {{business support}} to update [[name:O'Rourke]] address on {{Mosaic}}; all workers to check latest TAF minutes before a first visit.
""")),
    ("social_care", "incident", prose("""
Incident at the {{Wednesday}} {{stay and play}} at [[organisation:Ashgrove Family Hub]],
[[date:10/04/2024]]. A father, Mr [[name:Gallagher]], arrived with his [[age:3-year-old]] son and
was unsteady on his feet and smelled strongly of alcohol. The session lead, [[name:Rose Tremayne]],
took him to the {{quiet room}} with a second worker, [[name:Ali]], while a {{volunteer}} kept the
child busy. Mr [[name:Gallagher]] agreed to call the boy's mother, who collected both of them at
11:05. [[name:Rose]] phoned {{duty}} at {{MASH}} (log [[case_reference:MASH-24-5521]]) and the
child's {{health visitor}}. No other families were aware. Learning: our {{lone adult}} policy did
not cover a parent arriving impaired; [[name:Rose]] and [[name:Ali]] have drafted a short flowchart
for session leads.
""")),
    ("social_care", "success", block("""
#kudos ({{Slack}})
@[[name:cerys.w]]  10:14  Massive kudos to @[[name:bashir]] for the {{HAF}} summer programme 🌞 46 kids over 4 weeks, zero incidents, and he got [[organisation:Calder Leisure]] to give free swim sessions
@[[name:bashir]]  10:16  aw thanks! couldn't have done it without [[name:Mark]] and [[name:Precious]] from the {{youth service}}
@[[name:tkowalski]]  10:17  also [[name:Bashir]] spotted [[name:Leo]] ([[age:11]]) had no lunch 3 days running and picked it up with {{mum}} really sensitively, family now on {{free school meals}} 🙌
@[[name:cerys.w]]  10:20  that's exactly the {{early help}} bit. putting it in the {{practice week}} examples
""")),
    ("social_care", "near_miss", block("""
From: [[name:Blessing Nwosu]]
To: {{Hub Manager}}; {{H&S}}
Date: [[date:Fri 19 April 2024]]
Subject: Near miss - nut snack at creche

Today at the {{crèche}} during {{parenting group}} a volunteer was about to give [[name:Isla-Mae]] ([[age:4]]) a cereal bar containing hazelnuts. [[name:Isla-Mae]] has a {{nut allergy}} and an {{EpiPen}} in her bag, but her name wasn't on the crèche allergy board - it's only on the registration form in the office. Her older cousin said "she can't have nuts" and the volunteer stopped. No exposure, no reaction. {{Mum}} informed at pick-up; calm but understandably worried.

Actions: allergy board rebuilt from all forms; photo allergy cards for each child; snacks now nut-free only.

Regards,
[[name:Blessing Nwosu]]
{{Crèche Coordinator}}, [[organisation:Ashgrove Family Hub]]
""")),
    ("social_care", "incident", prose("""
incident - {{pool car}} [[vehicle_registration:YK19 HNP]]. took {{mum}} + [[name:jayden]] ([[age:4]])
to {{dentist}} appt [[date:thurs 25th]]. realised halfway the seat in the car was just a
{{booster cushion}} and [[name:jayden]] needs a {{high back booster}}. pulled over at
[[organisation:Hollins Supermarket]] car park & rang [[name:bev]] who brought the right seat from
the hub. late for appt but [[organisation:Brightsmile Dental]] fitted us in. no injury. have put a
note in the pool car book that seats need checking + labelling. also [[vehicle_registration:YK19 HNP]]
tyre warning light on, reported to {{fleet}}. -[[name:sj]]
""")),
    # ------------------------------------------------------------------ health (17)
    ("health", "incident", prose("""
clz clinic [[date:mon 8/1]]. mr [[name:fenwick]] ({{RiO}} [[case_reference:1048823]]) in for
{{POC}} bloods, result came back {{amber}} ({{WBC}} 3.2). {{CPMS}} say repeat twice weekly, ok to
continue. BUT his next supply had already been dispensed by [[organisation:Denholme Rd Pharmacy]]
on fri without a {{green}} on file, because last wks lab result was never uploaded - pharmacy
assumed it had been. he's fine, no {{neutropenia}} signs, no sore throat or fever. spoke to
{{clozapine lead}} [[name:Olu]] & the pharmacy. {{Datix}} done [[case_reference:W51834]]. we need a
proper check that the result is green on the system before {{dispensing}}, not a phone call.
[[name:kt]] {{CPN}}
""")),
    ("health", "near_miss", prose("""
Near miss - {{depot clinic}}, [[organisation:Elmfield House]], [[date:Tuesday 16 January 2024]].
Two service users with the same surname were booked consecutively: Mr [[name:Daniel Osei]] (NHS
[[nhs_number:485 729 3161]]), due {{paliperidone palmitate}} 150 mg, and Mr [[name:David Osei]]
(NHS [[nhs_number:613 048 2752]]), due {{flupentixol decanoate}} 40 mg. The {{nurse}} drew up the
flupentixol and called "Mr [[name:Osei]]" into the clinic room; [[name:Daniel Osei]] came in. The
second check against the {{prescription chart}} and date of birth
([[date_of_birth:03/07/1988]] vs [[date_of_birth:21/11/1979]]) by the {{HCA}} stopped it before
administration. No harm. Contributing factors: identical surnames, both due {{IM}} {{gluteal}}
injections at 10:00, clinic running 40 minutes late. Actions: no same-surname appointments
back-to-back; three-point ID (name, DOB, NHS number) said aloud by the patient; {{NPSA}} poster
refreshed. Reported by [[name:Siobhán Ní Bhriain]], {{Charge Nurse}}.
""")),
    ("health", "success", prose("""
Shout-out from yesterday's {{CPA}} review: I want to recognise [[name:Mercy]] (care co) for her
work with [[name:Tobias]] this year. When he came to us from [[organisation:Brontë Ward]] in
{{February}} he'd had three admissions in 18 months and was refusing his {{depot}}. [[name:Mercy]]
rewrote his {{crisis plan}} with him in his own words ("if I stop sleeping and start ringing my
brother at 3am, that's the sign"), got his brother [[name:Lukas]] signed up as a named contact and
moved the depot to a home visit. Nine months, no admissions, no {{Section 2}}, and on
[[date:22 October]] he started a college course. Genuinely brilliant {{recovery-focused}} work.
Dr [[name:Halvorsen]], {{Consultant Psychiatrist}}, [[organisation:Westmoor CMHT]]
""")),
    ("health", "incident", block("""
Chronology - incident at depot clinic [[date:07/02/2024]] - service user [[name:K.L.]] ({{RiO}} [[case_reference:2207415]])
09:55 [[name:KL]] arrives for {{aripiprazole}} {{LAI}}, agitated, says neighbours are "putting voices through the wall".
10:05 {{CPN}} [[name:Marek]] and {{HCA}} [[name:Sunita]] take [[name:KL]] to clinic room 2, door open, alarms worn.
10:12 [[name:KL]] says he has "a plan" and has not slept for 3 nights. Mentions the {{multi-storey}} in town.
10:15 [[name:Marek]] follows [[name:KL]]'s {{crisis plan}}: calls {{care coordinator}} [[name:Bronwen Pryce]] and {{CRHT}}.
10:40 {{CRHT}} triage: same-day assessment agreed.
10:50 [[name:KL]] tries to leave; staff stay with him, {{security}} not needed. Brother arrives (contact on crisis plan, [[phone:07700 900784]]).
12:30 CRHT assess at clinic; {{home treatment}} offered and accepted. Depot given 12:50.
Learning: crisis plan contact was current and made the difference. Room 2 {{panic alarm}} not working - {{estates}} job raised.
""")),
    ("health", "incident", block("""
INCIDENT REPORT - {{Datix}} web form
Ref: [[case_reference:W52107]]
Service user: [[name:Ngozi Adebayo-Clarke]]
NHS No: [[nhs_number:721 950 3644]]
DOB: [[date_of_birth:30/09/1972]]
Address: [[address:Flat 12, Hawthorn Court, Mill Lane, Kirkdale]] [[postcode:KD3 9RF]]
Team: [[organisation:Westmoor CMHT]]
Incident date: [[date:22/02/2024]]   Time: 14:20
Category: Medication - {{clozapine}}
Description: {{Care coordinator}} ([[name:Faisal]]) on home visit found two weeks of clozapine tablets loose in a bowl, {{blister packs}} cut up. [[name:Ngozi]] reports taking them "about right" but is unsure about the weekend. No signs of {{toxicity}}; {{pulse}} 96. Discussed with {{pharmacist}} - if more than 48 hours missed she needs {{re-titration}}; she thinks she missed one evening only. {{Clozapine level}} sent.
Immediate action: {{monitored dosage system}} requested from pharmacy; daily prompting via {{home treatment team}}.
Harm: none / low
Reporter: [[name:F. Chaudhry]], {{Care Coordinator}}
""")),
    ("health", "near_miss", block("""
From: [[name:Tamsin Greaves]]
To: [[organisation:Westmoor CMHT]] Admin
Cc: [[name:Pat Oduya]] ({{Team Manager}})
Date: [[date:4 March 2024]]
Subject: Near miss - CPA review letter

Hi,
I've just stopped a {{CPA}} review invite going to the old address of Mr [[name:Hallam]] ([[address:29 Ryecroft Avenue]]). He moved after his {{Section 3}} discharge and the new address ([[address:7 Orchard Mews, Kirkdale]] [[postcode:KD1 4BJ]]) is on the {{discharge summary}} but not in demographics. His ex-partner still lives at the old address and there is a {{restraining order}} - the letter would have told her the date and venue of his review.
I caught it because I was cross-checking the letter against his {{crisis plan}}. Please can we add a demographics check to the {{Section 117}} aftercare checklist?
Thanks
[[name:Tamsin]]

[[name:Tamsin Greaves]]
{{Care Coordinator}} / {{RMN}}
[[organisation:Westmoor CMHT]] | [[phone:01632 960418]]
""")),
    ("health", "incident", block("""
{{Teams}} - depot + clozapine clinic chat - [[date:11/03/2024]]
[[name:Hannah R]]  11:02  anyone seen the pharmacy tote from [[organisation:St Cuthbert's]]? Mr [[name:Szabo]]'s {{clozapine}} (due today) isn't in the {{clinic cupboard}}
[[name:Kofi Mensah-Bonsu]]  11:04  driver dropped 2 totes at {{reception}} 9ish
[[name:Hannah R]]  11:10  found one. the other has gone back in the van 🤦
[[name:Grace]]  11:12  I'll ring pharmacy. his last dose was last night, can't go past {{48h}} or he needs {{re-titrating}}
[[name:Grace]]  11:35  van back 2pm. Mr [[name:Szabo]] ok to come back at 3
[[name:Hannah R]]  15:20  dose given 15:10, {{obs}} fine. {{Datix}} [[case_reference:W52311]]
""")),
    ("health", "success", block("""
Handover to [[name:Esi]] for {{Friday}} depot clinic (I'm on {{A/L}})
- 8 booked. [[name:JW]] - first {{Abilify Maintena}} after {{oral}} loading, check he's been taking the tablets.
- Mrs [[name:Pellegrini]] - {{zuclopenthixol}} 200mg, rotate to {{R gluteal}} this time. Female {{chaperone}} requested.
- [[name:Rowan Beech]] - DNA'd twice, not on today's list. Care co [[name:Ifeoma]] doing a welfare visit.
GOOD NEWS to share: [[name:Beatriz]] came off her {{CTO}} at the {{tribunal}} on [[date:Wed 10th]] - first time in 6 yrs she's not under the {{MHA}}. She's keeping her depot voluntarily and asked if she can bring cake for clinic 🙂 Please give her the credit, not us.
Clinic phone [[phone:01632 960233]], keys with [[organisation:Elmfield House]] reception.
- [[name:Magdalena]]
""")),
    ("health", "success", block("""
CPA REVIEW - NOTES
Service user: [[name:Callum Fairweather]] ({{RiO}} [[case_reference:3318806]])
Date: [[date:11 June 2024]], [[organisation:Westmoor CMHT]] base
Present: [[name:Callum]]; [[name:Irene Macleod]] ({{mum}}); Dr [[name:Adeyemi]] ({{RC}}); [[name:Hope Lindgren]] ({{care coordinator}}); [[name:Tariq]] ({{peer support worker}})
Apologies: [[name:Carys Pugh]] ({{IPS}} employment specialist)
Crisis plan review: on [[date:28 April]] [[name:Callum]] noticed early signs from his {{relapse signature}} (poor sleep, online shopping at night) and used his {{crisis plan}} himself - rang the {{crisis line}}, took {{PRN}} {{promethazine}} as agreed and asked his mum to hold his bank card. {{CRHT}} visited for 5 days; no admission. His previous three relapses all ended in admission under the {{MHA}}.
Outcome: plan kept as is; mum's number updated to [[phone:07700 900946]]. [[name:Callum]] wants to reduce to monthly contacts. Next review in six months.
""")),
    ("health", "near_miss", block("""
DEPOT CLINIC LIST - [[organisation:Elmfield House]] - [[date:Thu 14/03/24]]
Time  | Initials | RiO no.  | Med                        | Freq    | Status
09:30 | [[name:PD]]       | [[case_reference:1190342]]  | {{paliperidone}} 100mg         | monthly | given
09:45 | [[name:AM-B]]     | [[case_reference:2047781]]  | {{haloperidol decanoate}}      | 4-wkly  | given
10:00 | [[name:SK]]       | [[case_reference:1577020]]  | {{olanzapine embonate}}        | 2-wkly  | NEAR MISS - see below
10:15 | [[name:RO]]       | [[case_reference:3002196]]  | {{aripiprazole}} 400mg         | monthly | {{DNA}} - {{CC}} informed
Near miss: [[name:SK]]'s olanzapine depot needs 3 hours {{post-injection observation}} for {{PDSS}}. Clinic had been set to close at 12:00 for training, so [[name:SK]] would have left unobserved. [[name:Tendai]] noticed when checking the list and training was moved. {{Olanzapine}} depot patients now flagged red on the list.
""")),
    ("health", "success", block("""
From: [[name:Joy Mbatha]] <[[email:joy.mbatha77@btinternet.com]]>
To: {{clozapine clinic}}
Subject: Thank you

Dear Sister [[name:Agnieszka]] and the team,
I wanted to say thank you for how you looked after my son [[name:Themba]] when his blood results went {{red}} last month. You phoned me straight away, explained what {{neutropenia}} meant and didn't make it sound like the end of the world. Thank you to [[name:Dennis]] too, who drove him to [[organisation:Kirkdale General]] for the repeat {{FBC}} when the buses weren't running. [[name:Themba]] is settled on his new tablets and back at his allotment.
With thanks,
[[name:Joy Mbatha]]

---
{{Team Manager}}: shared at {{MDT}} and with {{PALS}} as a compliment.
""")),
    ("health", "incident", prose("""
lone working incident [[date:20/05]]. {{HV}} to Mr [[name:Ruiz-Castillo]] at
[[address:45 Sefton Gardens]] [[postcode:KD7 2AZ]] for his {{depot}} ({{zuclopenthixol}}). nephew
answered, v hostile, big dog off lead, said 'he's not having your poison'. i stepped back to the
gate & activated the {{lone worker device}}, rang [[name:sami]] at base. left without giving
depot, pt now 10 days overdue. nephew took a photo of my car reg
[[vehicle_registration:KD21 XRM]] which has shaken me tbh. spoke w/ {{RC}} - {{MHA assessment}} not
indicated yet, agreed joint visit w/ {{AMHP}} next wk, always 2 staff, ask for nephew not to be
there. {{Datix}} [[case_reference:W52690]]. [[name:lw]]
""")),
    ("health", "near_miss", prose("""
Near miss: the {{medicines fridge}} in the [[organisation:Elmfield House]] depot clinic read 11.4°C
at the start of clinic on [[date:Monday 3 June]] (range {{2-8°C}}). The {{max/min thermometer}} had
not been reset on {{Friday}} so we could not tell how long it had been out of range. Six boxes of
{{risperidone long-acting injection}} were quarantined and not given. [[name:Chidi]]
({{pharmacy technician}}) contacted the manufacturer's {{medical information}} line; stock was
written off (approx £1,100). Two patients, [[name:G.H.]] and Mrs [[name:T]], were rebooked for
[[date:Tue 4th]]. Learning: daily temperature log was signed but the reset step was missed; new
checklist in place and a {{data logger}} ordered. Reported by [[name:Ewa Zielińska]],
{{Clinic Lead}}.
""")),
    ("health", "incident", prose("""
pt [[name:darren holt]] [[age:41yo]] ({{RiO}} [[case_reference:2648120]]) now 3 wks overdue {{depot}}, not answering
[[phone:07700 900233]]. went to [[address:Flat 8 Kestrel House]] on {{thurs}} - no answer, post
piling up, neighbour says not seen him 'for a bit'. his {{crisis plan}} says if not seen 2 wks ->
welfare check. rang police 101, log [[case_reference:412]] of [[date:18/05]]. they forced entry
19:40 - [[name:darren]] found in bed, {{dehydrated}}, {{acutely psychotic}}. taken to {{A&E}} at
[[organisation:Kirkdale General]] then {{PICU}}. learning: we didnt escalate at 1 wk overdue as per
{{Trust}} policy bc his care co [[name:fi]] was off sick & her caseload wasnt reallocated.
{{Datix}} [[case_reference:W52744]]. - [[name:Ravi]] ({{duty}})
""")),
    ("health", "success", prose("""
Learning from good practice - {{clozapine}} restart. On [[date:Saturday 13 July]], Mr
[[name:Abernethy-Quaye]] (NHS [[nhs_number:358 261 9400]]) told the pharmacist at
[[organisation:Hallgate Pharmacy]] that he had "been away for a few days" and not taken his
clozapine. The pharmacist, [[name:Xin Yi Tan]], declined to supply his usual 400 mg, checked the
{{Summary Care Record}} and rang {{CRHT}}. Because more than 48 hours had passed, the team arranged
{{re-titration}} from 12.5 mg with daily {{obs}} and {{troponin}} and {{CRP}} under the
{{myocarditis}} monitoring protocol. He was back on his usual dose within three weeks with no
{{hypotension}} or {{seizure}}. Had the full dose been given, the risk of collapse was significant.
The team has written to [[name:Xin Yi]] to thank her and the case was shared at the
{{Medicines Safety Group}}.
""")),
    ("health", "near_miss", block("""
WhatsApp - "CMHT north patch" - [[date:02/08/2024]]
09:12 - [[name:Bola]]: just noticed the {{crisis plans}} we gave out last month have the OLD {{crisis line}} number on 🙈
09:13 - [[name:Bola]]: the {{0800}} one was switched off in {{July}}
09:14 - [[name:Sean McT]]: how many?
09:16 - [[name:Bola]]: at least 14 from my caseload alone
09:20 - [[name:Rhiannon]]: template on the {{shared drive}} was never updated. fixing it now
09:25 - [[name:Sean McT]]: [[name:Bola]] can you ring yours today, I'll ask [[name:Ángel]] to run the list for the rest of the team
09:40 - [[name:Bola]]: rung 9 so far, nobody had tried to use it thankfully. Mr [[name:Ferreira]] said he'd have just rung {{999}} anyway
""")),
    ("health", "incident", block("""
TELEPHONE CONTACT - [[organisation:Westmoor CMHT]] {{duty}}
Date: [[date:09/09/2024]]   Time: 16:48
Caller: [[name:Leonie Baptiste]] ([[age:34]], service user), mobile [[phone:07700 900689]]
Taken by: [[name:Ayo]] ({{admin}}), transferred to {{duty worker}} [[name:Gethin Morgan-Price]]
Summary: [[name:L]] rang to cancel tomorrow's {{depot}}, then said she had "taken the lot" - approx 20 x {{sertraline}} 100mg and some {{zopiclone}}, about an hour earlier. Alone at home. [[name:Gethin]] kept her on the line while [[name:Ayo]] rang {{999}} from another phone, giving address [[address:3 Wharf Cottages, Lower Kirkdale]] [[postcode:KD9 6UT]].
17:09 ambulance on scene; [[name:L]] conveyed to {{A&E}}.
Issue: [[name:Ayo]] is not trained for {{suicide risk}} calls and initially put [[name:L]] on hold for 2 minutes to find a duty worker. Admin {{call-handling}} script to include immediate transfer / 999 route.
""")),
    # ------------------------------------------------------------------ aviation (16)
    ("aviation", "incident", block("""
PURSER REPORT - IN-FLIGHT MEDICAL
Flight: [[flight_number:BW2214]]   Date: [[date:18 May 2024]]   A/C: [[aircraft_registration:G-BWNX]] ({{A321}})
Purser: [[name:Siân Evans-Lloyd]]

Approx 40 mins after take-off the passenger in 17F, Mr [[name:Harold Pemberton]] ([[age:aged 78]]), became unresponsive. [[name:Tomás]] ({{No. 4}}) found him slumped during the {{bar service}}. I made a {{PA}} for medical assistance and a retired {{GP}}, Dr [[name:Imogen Shaw]], responded. {{Oxygen}} given, {{AED}} attached - no shock advised, he came round after about 2 mins. Captain [[name:Rees]] spoke to {{ground medical support}} and, as we were under an hour from destination, continued. Paramedics met the aircraft on {{stand}}; Mrs [[name:Pemberton]] went with him. Dr [[name:Shaw]]'s details taken for a thank-you letter. {{EMK}} opened and resealed, {{tech log}} entry made.
{{ASR}} ref [[case_reference:BW-CS-24-0611]]
""")),
    ("aviation", "near_miss", prose("""
nr miss on [[flight_number:BW417]] today ([[aircraft_registration:G-BWTK]]). rear galley,
{{seatbelt sign}} came on w/ {{light chop}}, i was stowing the {{bar cart}} and [[name:jas]] had the
hot water {{trolley}} out by row 28 with brakes OFF (red pedal not down). one bump and it rolled back
into the {{galley}} and hit the {{oven}} door, missed [[name:jas]]' legs by inches. nobody hurt.
we'd both come off a 4 sector day + early {{report}}, think we were rushing. talked about it at
{{debrief}} - red is on, green is off, every time you let go. [[name:kez]] {{CC}}
""")),
    ("aviation", "success", prose("""
Shout-out to the crew of [[flight_number:BW88]] ([[aircraft_registration:G-BWAJ]]) on
[[date:Sunday 2 June]]. A [[age:12-year-old]] boy travelling with his dad had a {{hypo}} (blood
sugar 2.6) about an hour after departure. [[name:Precious Okonkwo]] recognised the signs quickly,
got {{glucose gel}} from the {{FAK}} and sat with him until he was talking normally, rechecking every
15 minutes. [[name:Charlie]] ran the cabin on her own so the service carried on, and [[name:Benedikt]]
kept the {{PIC}} updated over the {{interphone}}. No diversion needed. Captain [[name:Mirza]] has
asked for this to be noted on everyone's file. Proud of you all. [[name:Lorraine]],
{{Base Cabin Services Manager}}
""")),
    ("aviation", "incident", block("""
Chronology - [[flight_number:BW1763]] - [[date:23/06/24]] - {{disruptive passenger}} ({{Level 2}})
19:05 {{Boarding}}: pax 9C (male, 30s) loud, smelled of alcohol. Reported to Captain [[name:Ferreira-Lopes]], who accepted him once calm.
19:50 Pax bought 2 cans from the {{bar service}}.
20:10 Pax verbally abusive to [[name:Mirela]] ({{CC}}, {{aft}}) when refused a 3rd drink; pushed her arm away.
20:12 {{SCCM}} [[name:Dom]] gave {{verbal warning}}, then {{written warning notice}}.
20:20 Captain informed; police requested on arrival via {{ATC}}.
21:35 On stand, police boarded, pax removed. Name per {{APIS}}: [[name:Connor Maguire]]. Police ref [[case_reference:SP-240623-2117]].
[[name:Mirela]] has bruising to upper arm, {{crew injury form}} completed.
""")),
    ("aviation", "incident", block("""
RT EXTRACT - [[flight_number:BW52]] - [[aircraft_registration:G-BWRE]] - [[date:09 Aug 2024]]
[[flight_number:BRIGHTWATER 52A]]: {{PAN PAN}}, {{PAN PAN}}, {{PAN PAN}}, {{London Control}}, [[flight_number:BRIGHTWATER 52A]], {{A320}}, {{FL360}}, medical emergency, passenger with suspected {{stroke}}, request diversion to nearest suitable.
LONDON: [[flight_number:BRIGHTWATER 52A]], roger PAN, turn right heading 270, descend {{FL200}}, ambulance will be requested.
[[flight_number:BRIGHTWATER 52A]]: right 270, descend FL200, [[flight_number:BRIGHTWATER 52A]].
---
Purser note: [[name:Abimbola]] relayed via {{interphone}} at 14:22 - pax [[age:64]], left-sided weakness, {{FAST}} positive, conscious. Wife says onset 20 mins before. {{Oxygen}} given. Diverted, landed 14:58, paramedics on stand.
Issue for review: the {{SCCM}} could not find the stroke card in the {{EMK}} - it was in the {{doctor's kit}}, not the crew kit.
""")),
    ("aviation", "near_miss", block("""
CABIN SAFETY REPORT
Report no: [[case_reference:CSR-24-1187]]
Flight: [[flight_number:BW3340]]   Reg: [[aircraft_registration:G-BWLM]]   Date: [[date:14/07/2024]]
Reporter: [[name:Yusuf Demir]], {{CC}} position 3
Crew: {{CSD}} [[name:Helen Ward]], [[name:Yusuf Demir]], [[name:Bao Nguyen]], [[name:Kirsty-Ann McLeod]]
Description: During {{descent}} prep, smell of burning from {{forward galley}} {{oven 2}}. Found a paper {{meal box}} lid left in the oven from the previous sector. Light smoke, no flame. Oven off, {{circuit breaker}} pulled by the {{FO}} on the Captain's instruction, {{Halon}} extinguisher brought to the galley but not used. Smoke cleared in 2 mins.
Cause: ovens not checked at {{pre-flight}} (25 min turnaround); [[organisation:SkyServe Catering]] paperwork loaded inside the oven.
Follow-up: {{tech log}} entry; {{MOR}} filed by Captain.
""")),
    ("aviation", "success", block("""
WhatsApp "BW crew - Jun roster" - [[date:28/06/2024]]
21:14 - [[name:Nadia K]]: massive thank you to @[[name:Rose]] from today's [[flight_number:BW610]] - the lad in 14A (autistic, {{sunflower lanyard}}) was in total meltdown on {{taxi}} and she sat on the {{jumpseat}} talking to him about trains the whole way 😭
21:16 - [[name:Rose]]: aw he was a legend. his mum said he'd never flown before
21:18 - [[name:Gaz]]: mum came up to the front to say it's the first trip they've had without leaving early. Captain [[name:Okoro]] wants it in the {{purser report}}
21:20 - [[name:Nadia K]]: already in 👍 also sending to {{Hidden Disabilities Sunflower}}
21:22 - [[name:Rose]]: honestly team effort, [[name:Gaz]] did the whole {{service}} on his own 🙏
""")),
    ("aviation", "incident", block("""
From: [[name:Lewis Achterberg]] <[[email:l.achterberg@brightwater-air.co.uk]]>
To: {{Cabin Safety}}
Subject: Crew injury - scald, [[flight_number:BW1429]], [[date:30 July]]

Hi,
On [[flight_number:BW1429]] ([[aircraft_registration:G-BWPC]]) yesterday, [[name:Marta]] ({{No. 4}}) scalded her left hand when the {{water boiler}} tap in the {{aft galley}} spat while she was filling a teapot. The boiler had been bubbling and noisy since {{push back}}. She ran it under cold water for 20 mins and used a {{burns kit}} gel; Captain informed; she was stood down for the return sector and seen by the airport medical centre. Blistering but no lasting damage expected.
Engineering have made the boiler {{INOP}} under the {{MEL}}. Tech log ref [[case_reference:TLP 004417]], incident ref [[case_reference:BW-CS-24-0802]].

Regards,
[[name:Lewis]]

[[name:Lewis Achterberg]] | {{Cabin Services Manager}} | [[organisation:Brightwater Airways]] | [[phone:01632 960771]]
""")),
    ("aviation", "near_miss", prose("""
Purser report extract - [[flight_number:BW905]], [[date:Tues 13 Aug]]. On stand, after the
"{{doors to manual}} and {{cross-check}}" command, {{door 2R}} was still {{armed}}. [[name:Jack]]
({{No. 3}}) had been called to a passenger at the {{toilet}} and didn't complete the disarm, and the
cross-check by [[name:Ewelina]] was done visually on {{2L}} only. The {{ground handler}} from
[[organisation:Swiftline Handling]] was about to open 2R from outside for the {{catering truck}} - I
stopped him by banging on the window. The {{slide}} would have deployed onto the {{hi-loader}}. No
damage, no injury. At the {{briefing}} for the next sector I re-briefed the {{all-call}} and
physical cross-check. Ref [[case_reference:CSR-24-1302]]. - [[name:Oisín]], {{Purser}}
""")),
    ("aviation", "success", block("""
Dear [[organisation:Brightwater Airways]],

On flight [[flight_number:BW2071]] on [[date:5 September]] my daughter [[name:Amara]] ([[age:7]]) had an {{anaphylactic}} reaction to something she ate before boarding. I want to thank your crew, especially [[name:Will]] and the lady called [[name:Patience]]. [[name:Will]] helped me give her {{adrenaline}} pen straight away and [[name:Patience]] found a nurse on board and kept me calm. The Captain came on the {{PA}} to explain the ambulance would meet us. [[name:Amara]] was fine by the evening.

Yours faithfully,
[[name:Oluwaseun Adebisi-Hart]]
[[address:18 Larkspur Drive, Thornbury Vale]] [[postcode:TV3 8HN]]

-- forwarded to base, {{CSM}}: please add to both crew members' files.
""")),
    ("aviation", "incident", block("""
UNACCOMPANIED MINOR - HANDOVER INCIDENT
Flight: [[flight_number:BW618]]   Date: [[date:21/07/2024]]
UM name: [[name:Léa Fontaine-Mbeki]]   DOB: [[date_of_birth:11/04/2016]]   Age: [[age:8]]
UM ref: [[case_reference:UM-618-0721-02]]
Nominated collector: [[name:Chloé Fontaine]] (aunt), tel [[phone:+44 7700 900415]]
Description: On arrival the {{ground staff}} agent from [[organisation:Swiftline Handling]] escorted the {{UM}} to {{arrivals}} and released her to a woman showing ID in the name [[name:Sabine Mbeki]] (mother), not the nominated collector. The agent accepted a phone call from the aunt as authority. Child safe and mother has {{parental responsibility}}, but the {{UM procedure}} was not followed. Noticed by {{SCCM}} [[name:Ruairí]] when the signed {{UM envelope}} came back with the wrong name.
""")),
    ("aviation", "near_miss", block("""
Timeline - {{PED}} {{thermal runaway}} risk - [[flight_number:BW775]] - [[aircraft_registration:G-BWKS]] - [[date:02/10/24]]
Time (UTC) | Event                                                   | Crew
10:42      | Pax 22D reports phone stuck in seat, says it smells hot | [[name:Kemi]]
10:43      | Seat NOT moved per {{SOP}}; phone freed by hand          | [[name:Kemi]], [[name:P. Leclerc]]
10:45      | Phone warm, not smoking; into {{containment bag}}       | [[name:P. Leclerc]]
10:47      | Flight deck informed, logged by {{FO}}                  | Capt [[name:Nwachukwu]]
11:30      | Checked every 10 mins, no further heat                  | [[name:Kemi]]
Near miss: before calling us the pax had tried to free it by reclining the seat, which could have crushed the {{lithium battery}}. {{PA}} about PEDs to be added after {{seatbelt sign}} off.
""")),
    ("aviation", "success", block("""
CREW DEBRIEF - MINUTES
Date: [[date:19 October 2024]]   Flights: [[flight_number:BW3302]] / [[flight_number:BW3303]]
Present: Capt [[name:A. Vasquez]]; {{FO}} [[name:Lily-Rose Barker]]; {{CSD}} [[name:Hamish]]; {{CC}} [[name:Yasmin]], [[name:Faith]], [[name:Piotr]]
Apologies: none
1. {{Pre-flight briefing}}: [[name:Hamish]] ran a "what if" on a passenger {{seizure}}, as [[name:Faith]] had done her {{first aid}} refresher the week before.
2. Outbound: pax in 31B had a {{tonic-clonic seizure}} 50 mins in. [[name:Faith]] and [[name:Piotr]] protected his head, timed it (3 mins), {{recovery position}}, {{oxygen}}. His partner confirmed known {{epilepsy}}. Capt [[name:Vasquez]] decided no diversion needed after consulting {{ground medical support}}.
3. Learning: the briefing made the response calm and fast. Keep "what if" scenarios in every briefing.
""")),
    ("aviation", "incident", prose("""
got hit on the head by a bag falling out of the {{overhead locker}} during {{boarding}} on
[[flight_number:BW1102]] this morning ([[aircraft_registration:G-BWEF]], row 11, {{bin}} wasnt
latched, pax opened it). heavy {{wheelie}} bag. bit dizzy so {{SCCM}} [[name:Tash]] sat me on the
{{jumpseat}}, Captain [[name:O'Halloran]] stood me down as not fit to fly, {{standby}} crew called
in. went to [[organisation:Kirkdale General]] {{A&E}} - no {{concussion}}, mild whiplash. 2nd time
this month on the {{737}} fleet with bags way over the {{hand luggage}} allowance getting through
the gate. pls can {{ground}} actually use the {{sizer}}. [[name:chanelle]] x
""")),
    ("aviation", "near_miss", block("""
#cabin-ops ({{Slack}})
@[[name:helga.b]] 09:12: near miss on [[flight_number:BW2290]] yesterday - pax in 3A (severe {{sesame}} allergy, on the {{PIL}}) had the {{SPML}} loaded with her seat label, but inside was a standard {{VGML}} with {{tahini}}. [[name:Ifeanyi]] read the ingredients card before serving and caught it
@[[name:rafa.m]] 09:20: was it just mislabelled by the caterer?
@[[name:helga.b]] 09:22: yes, [[organisation:SkyServe Catering]] have confirmed a label error at their unit. report [[case_reference:CSR-24-1455]]
@[[name:rafa.m]] 09:25: good catch [[name:Ifeanyi]]. we should send an all-crew reminder - never rely on the label alone
""")),
    ("aviation", "success", prose("""
Commendation - {{de-escalation}}. On [[date:Friday 8 November]] on [[flight_number:BW1550]], a
passenger in row 20 became very distressed after learning of a family bereavement by text just
before departure and began shouting at the people around her. {{Cabin crew member}}
[[name:Bilal Hussain-Price]] knelt at eye level, moved her to a quieter seat with the {{SCCM}}'s
agreement, and simply listened. He kept Captain [[name:Reinholt]] updated, and the flight deck
agreed there was no need for the {{restraint kit}} or a police meet. [[name:June Addo]], the
{{SCCM}}, arranged for a colleague to meet her at the gate. The passenger wrote to us afterwards
and said [[name:Bilal]] was "the kindest person I met that week". This is a textbook example of
{{CRM}} and our {{Level 1}} {{disruptive passenger}} training working as designed. [[name:Pat Kilbride]],
{{Head of Cabin Safety}}
""")),
]

if __name__ == "__main__":
    write_records(OUT, build_records("blind214", REPORTS))
