"""Held-out blind corpus 257: 50 invented UK incident, near-miss and success reports.

Written blind (without sight of the de-identifier or any other corpus) to measure how well
de-identification generalises. Three settings, all people, organisations, places and numbers
invented:

* social_care (17): a children's social work assessment team - single assessments, home
  visits, interpreters, schools, health visitors and police.
* health (17): an NHS 111 and GP out-of-hours service - call handlers, clinical advisers,
  home visiting doctors, prescriptions and callbacks.
* aviation (16): an aerial survey and photography aircraft operator - survey pilots, camera
  operators, airspace permissions and weather.

Styles are deliberately mixed: rushed lower-case notes with typos and txt-speak, formal
narratives, timed chronologies, forms with Name/DOB/Ref/Address fields, e-mails with headers
and signatures, chat exports (Teams, WhatsApp, Slack), handover notes, minutes with attendance
and apologies, pipe-separated tables, call and RT transcripts, shout-outs and thank-you notes.
Identifiers are marked [[label:value]] and must-not-redact mentions {{term}} (see markup.py).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from markup import block, build_records, write_records  # noqa: E402
from markup import flow as prose  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "corpus" / "heldout_blind257.jsonl"

SOCIAL_CARE = [
    ("social_care", "incident", prose("""
hv to [[address:14 Larchmont Rd]] [[postcode:LS27 4QT]] for {{single assessment}}, {{mum}}
([[name:Daria]]) didnt want the {{interpreter}} in the room so we used [[name:Kasia]] ({{aunt}})
to translate - i know, i know. turned out the aunt is who the {{referral}} was actually about.
realised half way thru when [[name:Oskar]] ([[age:6yo]]) started crying when she came in. left,
rang {{duty manager}} [[name:Bev]] from the car, {{strategy discussion}} w {{police}} same day.
should have insisted on {{telephone interpreting}} - it was avail. ref
[[case_reference:SA-24-08817]]. pls can we have a reminder re family members interpreting, its
in the {{procedures}} but nobody reads them tbh
""")),
    ("social_care", "near_miss", prose("""
On [[date:Thursday 7 March]] I was allocated a {{single assessment}} for
[[name:Amara Nwosu-Bello]] ([[age:aged 11]]) following a {{referral}} from the {{DSL}} at
[[organisation:Fernhill Primary School]]. When I booked the {{interpreter}} the request was
attached to the wrong record - [[name:Amara]]'s cousin, who is also open to the team under
[[case_reference:CS/55102]]. The booking confirmation therefore went to the cousin's {{mother}},
Mrs [[name:Bello]], with the time and date of my visit. I noticed the mismatch the evening
before when checking the {{case summary}} and cancelled the booking. No visit took place at the
wrong address and nothing beyond the appointment slot was shared. I have discussed this with my
{{team manager}} and we have asked {{business support}} whether the booking form can show the
child's {{date of birth}} before it is submitted. The correct reference is
[[case_reference:CS/55871]].
""")),
    ("social_care", "success", block("""
From: [[name:Joy Mensah]] <[[email:joy.mensah@harrowdene.gov.uk]]>
Sent: [[date:19 April 2024]] 16:52
To: {{Assessment Team 2}}
Subject: shout out - [[name:Faith]] + the nursery visit

Hi all,

Wanted to flag some lovely practice from this week. [[name:Faith Adeyemi-Clarke]] did a joint
visit with [[name:Hope]] (our {{health visitor}} link) to [[organisation:Little Acorns Day Nursery]]
for a [[age:3-year-old]] whose speech had gone backwards. Rather than waiting for the {{CP}} route,
[[name:Faith]] set up a {{TAC meeting}} with nursery, {{HV}} and dad within 48 hours and got an
{{early help}} plan agreed before the {{single assessment}} closed. Dad said it was the first time
anyone "explained what social services actually are". {{Ofsted}} would love this one!

Thanks both,
[[name:Joy]]

[[name:Joy Mensah]] | {{Team Manager}}, Assessment Team 2
[[organisation:Harrowdene Borough Council]] Children's Services | [[phone:020 8496 3317]]
""")),
    ("social_care", "incident", block("""
Chronology - unannounced {{home visit}}, [[address:Flat 3, 88 Quarry Lane, Netherby]] [[postcode:NE9 7HX]]
Ref [[case_reference:SA-24-09340]]   Date [[date:02/05/24]]

15:40 arrived w/ {{student social worker}} ([[name:Rhys Pryce-Jones]]). large dog loose in {{communal hallway}}, no lead.
15:44 {{mum}} (Ms [[name:Okonkwo]]) opened door, said dog belongs to neighbour. let us in.
15:55 spoke to [[name:Chidera]] ([[age:8yo]]) alone in bedroom. said "uncle [[name:Sunny]]" stays sometimes.
16:10 neighbour came in w/ dog, dog jumped at [[name:Rhys]], bit his forearm through coat. skin broken.
16:12 left property. called {{duty manager}} + rang {{111}}.
16:40 [[name:Rhys]] seen at {{walk-in centre}}, {{tetanus}} up to date, {{antibiotics}} given.
17:30 {{lone working}} check-in done late bc phones were in bag during incident.
Actions: {{risk assessment}} on file updated (dog!); "uncle [[name:Sunny]]" to be identified via {{police}} checks through {{MASH}}.
""")),
    ("social_care", "near_miss", block("""
[{{Teams}} chat - Assessment Team 2 - exported]
[[name:Priya Raman]] 09:14: anyone know if [[name:Tomasz]]'s school know he's not to be released to dad?
[[name:Ollie Fenwick]] 09:15: pretty sure the {{DSL}} at [[organisation:Brookvale Academy]] has the {{court order}}
[[name:Priya Raman]] 09:15: "pretty sure" 😬
[[name:Ollie Fenwick]] 09:21: just rang them. they DIDN'T. {{office manager}} had it on the old {{MIS}}, new system never got the flag
[[name:Priya Raman]] 09:22: omg. {{dad}} normally picks up on wednesdays
[[name:Ollie Fenwick]] 09:30: sent order again to [[email:dsl@brookvale.sch.uk]] + spoke to Mr [[name:Adebayo]] ({{head}}). flag is on now
[[name:Kev D]] 09:41: good catch both. pls log as {{near miss}} + I'll raise at {{MASH}} partners mtg re school {{MIS}} migrations
""")),
    ("social_care", "success", block("""
MINUTES - Practice Learning Review (good practice)
Date: [[date:Tues 14th May]]
Present: [[name:Grace Whitfield]] (chair, {{Head of Service}}), [[name:Bilal Chaudhry]] ({{SW}}),
[[name:Ngozi]] ({{Advanced Practitioner}}), DS [[name:Harland]] ({{police}}),
[[name:Siobhán Ní Bhriain]] ({{school nurse}})
Apologies: [[name:Mark Tolley]] ({{IRO}}), [[name:Amber]] ({{business support}})

1. Case [[case_reference:SA-24-10112]] - [[name:Bilal]] presented. Two siblings, a [[age:4-year-old]]
and a [[age:12-year-old]], Dari-speaking family. Same {{interpreter}} (Mr [[name:Rahimi]]) booked
for every contact. {{Signs of Safety}} mapping done with family and school; older child disclosed
bullying, not abuse. {{Strategy discussion}} not needed.
2. What worked: consistent interpreter, joint visit with school nurse, {{PNC}} checks back within
a day thanks to DS [[name:Harland]].
3. Actions: [[name:Ngozi]] to write up as a practice example for the {{Working Together}} briefing.
[[name:Grace]] to thank [[organisation:Kingsmead Secondary School]].
""")),
    ("social_care", "incident", block("""
INCIDENT FORM - Children's Services
Reporter: [[name:L. Ochieng]]    Team: Assessment (East)
Child name: [[name:Jayden-Lee Marsh]]
{{DOB}}: [[date_of_birth:23/11/2016]]
Ref: [[case_reference:SA-24-07765]]
Address: [[address:27 Cinder Row, Ashby Vale]], [[postcode:DE12 6RN]]
Date of incident: [[date:11/03/2024]]
What happened: Assessment report containing mum's new address was emailed to both parents.
Dad ([[name:Craig Marsh]]) is subject to a {{non-molestation order}}. The {{redaction}} step in
the {{template}} was skipped because the report was finished on a {{laptop}} at home late in the
evening. Mum informed same day, {{IDVA}} [[name:Tamsin]] contacted, {{police}} aware (log
[[case_reference:NP-0311-4482]]). Emergency move arranged with [[organisation:Ashby Vale Housing Trust]].
Immediate action: {{Information Governance}} notified, {{data breach}} form completed.
""")),
    ("social_care", "near_miss", block("""
Handover: day {{duty}} -> {{EDT}}, [[date:Fri 21/06]]
From: [[name:Will Ashdown]]

1) [[name:Esra]] ([[age:15yo]]), ref [[case_reference:SA-24-11230]]. near miss today - we nearly closed
the {{single assessment}} with the wrong {{health visitor}} info; the HV summary was for her baby
brother at a previous address. caught by [[name:Rosa]] on {{QA}}. NOT closed, stays open over wknd.
2) safety plan: [[name:Esra]] staying w/ {{nan}} at [[address:6 Pelham Court, Brindley]] [[postcode:B68 2JW]].
nan's mobile [[phone:07700 900418]].
3) if police ring re [[name:Esra]], log is [[case_reference:WM-20240621-0377]]. PC [[name:Iqbal]] is {{OIC}}.
4) nothing else outstanding. {{MASH}} aware.
cheers, [[name:Will]]
""")),
    ("social_care", "success", block("""
[[date:08/07/2024]], 18:03 - [[name:Hannah B]]: just back from the visit for [[name:Kacper]] ([[age:13]]). {{Polish interpreter}} [[name:Bogna]] was AMAZING
[[date:08/07/2024]], 18:04 - [[name:Hannah B]]: she picked up that {{mum}}'s "he's fine" was actually "he's fine NOW" and flagged it to me after. turned out there'd been a {{self-harm}} episode {{last month}} nobody knew about
[[date:08/07/2024]], 18:05 - [[name:Sunny]]: wow. good spot
[[date:08/07/2024]], 18:06 - [[name:Hannah B]]: referred to {{CAMHS}} today, {{GP}} at [[organisation:Oakfield Medical Practice]] booking him in, {{school nurse}} aware
[[date:08/07/2024]], 18:10 - [[name:Dev]]: can we request her again for [[name:Kacper]]'s {{review}}? continuity is everything
[[date:08/07/2024]], 18:11 - [[name:Hannah B]]: already asked 🙌 emailing the {{agency}} a thank you too
""")),
    ("social_care", "incident", block("""
From: [[name:Rashida Begum]]
To: [[email:duty.assessment@harrowdene.gov.uk]]
Date: [[date:Mon 16 September 2024]] 08:47
Subject: Urgent - information sent to wrong parent ([[case_reference:SA-24-13001]])

{{Good morning}},

I'm the {{DSL}} at [[organisation:St Bartholomew's C of E Primary]]. On [[date:Friday 13th]] our
{{attendance officer}} posted a letter about [[name:Leo]]'s absences and the {{Early Help}} referral
to his {{father}}'s old address, [[address:41 Mill Street, Cawthorne]]. [[name:Leo]]'s mum, Miss
[[name:Hollis]], has told us dad still has access to that address. The letter included the
{{school}}'s view that [[name:Leo]] ([[age:aged 9]]) had described "shouting at home".

We have reported it to our {{Data Protection Officer}}. Could someone from {{duty}} ring me {{today}}?

Kind regards
[[name:Rashida Begum]]
{{Designated Safeguarding Lead}} | [[organisation:St Bartholomew's C of E Primary]]
Tel [[phone:01632 960214]]
""")),
    ("social_care", "near_miss", block("""
Visit log - w/c [[date:4 Nov]] (near miss flagged in {{supervision}})
{{Worker}} | {{Child}} | Ref | Visit | {{Interp}} | Note
[[name:AK]] | [[name:Yusuf O.]] | [[case_reference:SA-24-14410]] | [[date:04/11]] | {{Somali}} | ok
[[name:AK]] | [[name:Mariam]] | [[case_reference:SA-24-14433]] | [[date:05/11]] | {{Tigrinya}} | booked as {{Amharic}} in error - mum spotted at door
[[name:pat]] | [[name:Sami]] | [[case_reference:SA-24-14451]] | [[date:06/11]] | {{Arabic}} | ok
[[name:pat]] | [[name:Lina]] | [[case_reference:SA-24-14451]] | [[date:06/11]] | Arabic | sibling, joint visit

Note: [[name:AK]] rebooked via the phone line and the visit went ahead 40 mins late; nothing was
discussed through the wrong interpreter. Cause: {{booking form}} language field defaults to the
last language used. Raised with {{commissioning}}.
-- [[name:Deborah]], {{Practice Supervisor}}
""")),
    ("social_care", "success", prose("""
I want to record a positive example of joint working. On [[date:22 January]] the
{{health visitor}}, [[name:Grace Oyelaran]], contacted our team because she was worried about
baby [[name:Ayaan]] ([[age:7 weeks]]), who had lost weight, and about dad's low mood since mum
returned to hospital. She had already checked the {{red book}}, weighed him, and arranged for the
{{GP}} at [[organisation:Linden Road Surgery]] to see him the same afternoon. Because she shared
this promptly and with consent, we completed the {{single assessment}}
([[case_reference:SA-25-00231]]) in nine working days rather than the usual 45, and dad was seen
by the {{perinatal mental health team}} within a week. Mrs [[name:Oyelaran]]'s notes were clear,
dated and factual, which made the {{chronology}} easy. Worth sharing at the {{Team Meeting}} as
an example of {{professional curiosity}} without escalation for its own sake.
""")),
    ("social_care", "incident", prose("""
rang {{police}} 4 {{welfare chk}} at [[address:9 Tenter Close]] last nite as mum not answering &
[[name:Kyle]] ([[age:14]]) txt'd his {{mentor}} "cant do this anymore". police went, all ok-ish,
mum had fallen asleep after {{night shift}}. BUT they'd been given the old address by us
([[address:Lockwood Rd]]) - took 40 mins longer to get there. old addr still on the {{front sheet}}
even tho the change was recorded in {{case notes}} on [[date:12/02/24]]. fixed now. PC
[[name:Danny Orme]] v helpful. ref [[case_reference:SA-24-02219]], police log
[[case_reference:1043-13022024]]. mentor = [[name:jas kaur]] at [[organisation:Tenterfield Academy]]
(she did exactly the right thing). {{IRO}} not involved, no {{CP}} plan.
""")),
    ("social_care", "near_miss", prose("""
While preparing the {{single assessment}} for [[name:Noor Haddad]] ([[age:aged 6]]) I drafted the
letter to her {{father}}, Mr [[name:Haddad]], inviting him to contribute his views. The
{{letter template}} auto-fills the {{child}}'s current address from the {{system}}. I only noticed at
the point of signing that the letter showed the {{refuge}} address,
[[address:Unit 4, Beacon House, Garforth]] [[postcode:LS25 1HB]]. The letter was not sent. I have
asked that the {{address field}} for children in refuge default to "withheld". The {{IDVA}} and the
{{refuge manager}}, [[name:Fatma]], were told that no disclosure occurred. Discussed with
{{Practice Manager}} [[name:Rose Kettleborough]] and logged as {{near miss}}
[[case_reference:NM-2024-0912]].
""")),
    ("social_care", "success", block("""
{{THANK YOU}}!! 🌟
To [[name:Tiago]] at [[organisation:Lingua Bridge Interpreting]] - you stayed an extra hour on
[[date:Weds 29th]] when the visit to the [[name:Costa]] family ran over, and never once made
{{mum}} feel rushed. [[name:Beatriz]] ([[age:10]]) finally told us about the {{bruising}} herself, in
{{Portuguese}}, with you there. That is why the {{strategy discussion}} happened the same day and she
was safe {{that night}}.
Also big thanks to {{PCSO}} [[name:Hayes]] for the lift back to the {{office}} when my car wouldn't
start 😅 and to [[name:JJ]] on {{duty}} for covering my other visits.
From [[name:Nat]] & everyone in {{Assessment Team 1}}
""")),
    ("social_care", "incident", block("""
{{Teams}} - [[name:Carys Lloyd]] / [[name:Femi A]]
[[name:Carys Lloyd]] 11:02: did u have {{pool car}} [[vehicle_registration:KX19 LMV]] yesterday?
[[name:Femi A]] 11:03: yeah why
[[name:Carys Lloyd]] 11:03: back window smashed in the car park overnight. {{facilities}} asking who had it last
[[name:Femi A]] 11:05: oh no. my {{notebook}} was in the door pocket 😩 notes from the [[name:Dimitrov]] visit + [[name:Precious]]'s visit
[[name:Carys Lloyd]] 11:06: any addresses/{{DOBs}}?
[[name:Femi A]] 11:06: first names, school, a phone no. for {{nan}}. no addresses
[[name:Carys Lloyd]] 11:07: ok ring {{IG}} now, then {{team manager}}. and {{police}} for a {{crime ref}}
[[name:Femi A]] 11:31: done. crime ref [[case_reference:CR/0093417/24]]. {{IG}} say it's reportable, they're logging it. will tell both families today
""")),
    ("social_care", "near_miss", block("""
{{nm}} - nearly uploaded [[name:tia-rose]]'s {{CP medical}} report to [[name:tia-mae]]'s file
([[case_reference:SA-24-15502]] vs [[case_reference:SA-24-15520]]). same {{surname}}, both [[age:5]],
same {{DOB}} month, totally diff {{families}}. only noticed coz the {{paediatrician}} was from
[[organisation:Kingsgate Hospital]] & i knew [[name:tia-mae]] hadnt been there. stopped b4 saving.
asked {{business support}} if the {{system}} can do a "similar name" alert.
@[[name:deb]] can we put on {{team mtg}} agenda pls. - [[name:Sam]]
""")),
]

HEALTH = [
    ("health", "incident", prose("""
call handler note for {{QA}} - case [[case_reference:111-4471-2290]], pt [[name:Derek Pullman]]
[[age:78yo]], {{NHS no}} [[nhs_number:561 488 8306]]. wife ([[name:Maureen]]) rang 19:40 re
{{chest tightness}} + sweaty. ran {{Pathways}}, got "speak to clinician within 1hr" bc pain had
eased after his {{GTN}} spray. callback didnt happen til 22:50, queue was 40+ and only 2
{{clinical advisers}} on. [[name:Maureen]] rang back twice, 2nd time i re-triaged and got a
{{999}} transfer. {{ambulance}} took him to [[organisation:Marlow Vale General]], he'd had an
{{NSTEMI}}. he's ok i think. not blaming anyone but {{Pathways}} didnt prompt me to escalate a
repeat caller & i didnt know i could go to the {{shift lead}} myself. pls can we have clearer
escalation when the queue is over 30 - [[name:ellie]]
""")),
    ("health", "near_miss", prose("""
On the evening of [[date:Saturday 9 November]] I was working as {{clinical adviser}} in the
{{out-of-hours}} service. I opened a callback for a patient called [[name:Sandra Whitlock]]
requesting {{amoxicillin}} for a suspected {{chest infection}}. The {{patient search}} returned
two records with the same name; I selected the first, which showed no allergies. On callback I
confirmed {{date of birth}} as routine and the patient gave [[date_of_birth:14/02/1961]], which
did not match the record I had open ([[date_of_birth:03/08/1958]]). The correct record (NHS
[[nhs_number:907 923 5970]]) listed a {{penicillin allergy}} with {{anaphylaxis}}. I prescribed
{{doxycycline}} instead, in line with {{NICE}} guidance, and sent the {{EPS}} token to
[[organisation:Greenway Pharmacy]]. Had I not checked the date of birth I would have issued a
{{penicillin}} to an allergic patient. I suggest the system forces identity confirmation before
the prescribing screen opens. Ref [[case_reference:OOH-24-118402]]. Dr [[name:Chinedu Okafor]],
{{sessional GP}}.
""")),
    ("health", "success", block("""
From: [[name:Angharad Price]] <[[email:a.price@wessexurgentcare.nhs.uk]]>
To: 111 Floor - Team C
Cc: [[name:Tunde Bakare]]
Date: [[date:Thu 5 Dec 2024]]
Subject: Well done [[name:Sunny]]!!

Hi all,

Huge shout-out to [[name:Sunny Kaur]], one of our {{health advisors}}, for a brilliant call on
{{Tuesday night}}. Caller was a dad with a [[age:2-year-old]] with a temperature. {{Pathways}} was
heading to a {{primary care}} disposition but [[name:Sunny]] heard that the child was "floppy and
not really there" and asked dad to do the {{glass test}}. Non-blanching rash. She went straight to
{{999}} and stayed on the line till the crew arrived. The child was treated for
{{meningococcal sepsis}} at [[organisation:St Aldhelm's Children's Hospital]] and is recovering.

This is exactly the {{professional curiosity}} we keep talking about.

[[name:Angharad]]
{{Clinical Governance Lead}}, [[organisation:Wessex Urgent Care]]
""")),
    ("health", "incident", block("""
Home visit chronology - {{OOH}} base [[organisation:Kingsbridge Road Primary Care Centre]]
Date: [[date:26/12/2024]]   Case: [[case_reference:OOH-24-131577]]
Pt: [[name:Agnieszka Wróbel]], [[age:91]], NHS [[nhs_number:220 820 7114]]

18:05 {{clinical adviser}} triage: ?{{UTI}} + new {{confusion}}, home visit within 2h
18:20 allocated to Dr [[name:Faisal Hamdan]], driver [[name:Gaz]], car [[vehicle_registration:WU68 ZPT]]
19:10 warning light on dash, driver pulled over on the bypass
19:45 breakdown service attended, car not drivable
20:05 {{shift lead}} [[name:Bernie]] reallocated visit to 2nd car ([[vehicle_registration:YF21 KHO]])
21:40 visit done, pt {{septic}}, {{999}} called, admitted to [[organisation:Hollowmead General]]
22:00 Dr [[name:Hamdan]]: 3h20m delay overall. {{vehicle checks}} at start of shift not
documented for [[vehicle_registration:WU68 ZPT]]; {{spare vehicle}} was at the other base.
""")),
    ("health", "near_miss", block("""
#ooh-clinical-floor (Slack export)
@[[name:nkechi.o]] 21:12  heads up - callback for [[case_reference:111-5820-4416]] went to the wrong number. the number on the case ([[phone:07700 900731]]) is the {{pharmacy}} the pt rang from, not the pt
@[[name:tomwhit]] 21:13  did u speak to anyone?
@[[name:nkechi.o]] 21:14  {{pharmacist}} picked up, said pt left 20 min ago, gave me her mobile from their {{PMR}}. got through on [[phone:07700 900286]]. pt ([[age:34]], {{asthma}}, needs {{salbutamol}} + {{pred}}) is fine
@[[name:tomwhit]] 21:15  phew. near miss tho
@[[name:Gwen]] 21:20  {{call handlers}} - pls confirm "is this the best number to call you back on" at the END of every call, not just the start. i'll add to the {{huddle}} notes
@[[name:nkechi.o]] 21:21  👍 raising on {{Datix}} now
""")),
    ("health", "success", block("""
OOH Clinical Governance - minutes
[[date:15/01/2025]], via Teams
Attendees: Dr [[name:Rowena Stroud]] (chair, {{Medical Director}}), [[name:Will Oduya]] ({{Head of Clinical Ops}}),
[[name:Bea]] ({{senior clinical adviser}}), [[name:Maciej Nowicki]] ({{pharmacist}}), [[name:Hope Adjei]] ({{patient safety}})
Apologies: Dr [[name:J. Singh-Bhatti]], [[name:Cath]]

Item 3 - good catch ([[case_reference:DX-25-0042]])
[[name:Maciej]] presented: {{HVD}} requested {{oxycodone}} {{PRN}} for a {{palliative}} pt; pharmacist
review found a {{syringe driver}} already running with {{diamorphine}}. Pharmacist rang the HVD and
the {{district nurse}} team; PRN dose reduced. No harm.
Outcome: shared as learning at the {{PLT}} session.
Actions: [[name:Hope]] to write it up for the newsletter; [[name:Will]] to check the {{SOP}} includes the
{{just in case medicines}} check.
""")),
    ("health", "incident", block("""
INCIDENT REPORT FORM
Reporter: [[name:Kwame Asante-Boateng]], {{Home Visiting Doctor}}
Ref: [[case_reference:DX-24-1877]]
Patient name: [[name:Doreen Filby]]
{{DOB}}: [[date_of_birth:30/06/1939]]   NHS No: [[nhs_number:162 673 1284]]
Address: [[address:Flat 12, Ospringe House, Canal Walk]], [[postcode:ME13 8TD]]
{{GP}}: [[organisation:Abbeyfields Surgery]]
Date/time: [[date:02/02/2025]] 03:15

Description: Attended for {{end of life}} visit. {{Controlled drugs}} kit from the car was short
one ampoule of {{morphine sulfate 10mg}}; the {{CD register}} showed it signed out by the previous
shift but no matching administration record. Visit proceeded using the pt's
{{anticipatory medicines}}. {{Accountable Officer}} informed; police not yet involved.
""")),
    ("health", "near_miss", block("""
{{OOH}} base handover - [[date:Sun 16 Mar]] 08:00
From: night {{GP}} Dr [[name:Lowri Beddoes]] to {{day team}}

- Pt [[name:Ahmed Farouk]] ([[case_reference:OOH-25-034412]]) - awaiting {{blood glucose}} recheck callback 09:00.
NEAR MISS: overnight the callback was closed in error as "{{advice given}}" when it was actually
the pt's {{neighbour}} who answered. Reopened by [[name:Jules]] at 06:30. Call on [[phone:01632 960558]],
ask for [[name:Ahmed]] directly.
- Mrs [[name:Peel]] ([[age:84]]) - {{DN}} visit requested, handed to {{community team}}, no action for us.
- Stock: {{co-amoxiclav}} low in {{bag 2}}.
Thanks, [[name:Lowri]]
""")),
    ("health", "success", block("""
Typed from a card received [[date:03/03/2025]]:

"To the lovely {{doctor}} who came out to {{Mum}} at 2am on [[date:the 24th]] - Dr [[name:Amos]]? - and the
lady on {{111}} who stayed so calm (I think she said her name was [[name:Faith]]). Mum
([[name:Pearl Whitaker]], [[age:88]]) had a {{fall}} and we didn't know whether to ring {{999}}. You came
within the hour, checked her over properly and arranged the {{falls team}} and a {{commode}}. She's
still at home at [[address:Rosebank, Church Lane, Little Hadham]], which is where she wants to be.
Thank you from all of us. - [[name:Carol]] & [[name:Den]]"

Forwarded to Dr [[name:Amos]] and [[name:Faith]] ({{health advisor}}, {{Team B}}) by [[name:Patsy]], {{admin}}.
""")),
    ("health", "incident", block("""
From: [[email:greenway.pharmacy@nhs.net]]
To: [[email:ooh.clinicalqueries@wessexurgentcare.nhs.uk]]
Date: [[date:Sat 26 April]] 17:52
Subject: Prescription for Mr [[name:T Ilunga]]

Hi, we've received an {{EPS}} prescription ({{insulin glargine}} pens) for your {{patient}} Mr
[[name:T Ilunga]], NHS [[nhs_number:122 640 2593]], but he has nominated
[[organisation:Parkside Late Night Pharmacy]] and has gone there. We close at 18:00 today until
{{Monday}} and the {{token}} is locked to us. His {{daughter}} rang us in tears - he has no {{insulin}}
left. Could the {{out-of-hours GP}} please cancel and reissue to [[organisation:Parkside]]? Ref on
your {{paperwork}} was [[case_reference:OOH-25-051190]].

Thanks,
[[name:Bronwen Tait]], {{Pharmacist}}
[[organisation:Greenway Pharmacy]] | [[phone:01632 960771]]
""")),
    ("health", "near_miss", block("""
Callback queue snapshot 23:30 [[date:19/05/25]] (attached to near miss [[case_reference:DX-25-0611]])
Case | {{Pt}} | {{Age}} | {{Reason}} | Waiting | {{Clinician}}
[[case_reference:111-6621-0087]] | [[name:R. Mbeki]] | [[age:67]] | sudden severe {{headache}} | 2h40 | unallocated
[[case_reference:111-6621-0143]] | baby [[name:Ivy]] | [[age:5 wk]] | feeding less | 1h55 | unallocated
[[case_reference:111-6621-0219]] | [[name:Jan de Vries]] | [[age:45]] | {{rash}} | 1h10 | Dr [[name:Hale]]

[[name:R. Mbeki]]'s "worst headache of my life" sat 2h40 in the {{routine queue}} because the
{{disposition}} was entered as headache, existing condition. Picked up by [[name:Ravi]] on a
{{queue sweep}}, sent to {{ED}}; {{SAH}} ruled out. No harm, but it should have been a {{Cat 2}}.
""")),
    ("health", "success", prose("""
I would like to record good practice by our {{home visiting}} team on the night of
[[date:8 June]]. Mr [[name:Eamonn Gallagher]], [[age:72]], was {{dying}} at home from
{{pancreatic cancer}} and his {{syringe driver}} had alarmed; the {{district nursing}} service was
unavailable until 07:00. Dr [[name:Yetunde Adeyinka]] and {{ECP}} [[name:Sunil]] attended within
50 minutes, checked the {{ReSPECT form}}, re-sited the line and spent real time with Mrs
[[name:Gallagher]] and their {{son}} [[name:Ciarán]]. They phoned the
[[organisation:St Brigid's Hospice]] {{advice line}} to agree a {{dose change}} rather than guessing. Mr
[[name:Gallagher]] died peacefully at 05:10 with his family present, at home, as he had wished.
His {{son}} has since written to the service. Ref [[case_reference:OOH-25-072208]].
""")),
    ("health", "incident", prose("""
{{driver}} here ([[name:Baz]]). took Dr [[name:Leszczyńska]] to [[address:Hill Farm Cottages, Yarley]]
tonite, {{satnav}} sent us down a farm track, car grounded, stuck 1hr. no {{signal}} so couldnt call
{{base}}. the {{postcode}} on the case [[postcode:TA7 9RG]] goes to the {{farm}} not the {{cottages}}. {{pt}}
waited 2hrs extra, ok in the end. pls add a note on the address or use {{what3words}}? our car
[[vehicle_registration:VN70 BXE]] needs checking underneath, bit of a scrape. also we need a
{{sat phone}} for rural visits, this is the 3rd time. {{shift lead}} knows.
""")),
    ("health", "near_miss", prose("""
Near miss - {{language barrier}} on a 111 call. On [[date:12 July 2025]] at about 14:20 a caller
speaking mainly Romanian rang about her son, [[name:Andrei Popescu]], [[age:aged 4]]. The
{{health advisor}}, [[name:Kerry-Ann]], tried to continue without an {{interpreter}} for several
minutes and the {{Pathways}} assessment initially recorded vomiting only. When the
{{interpreter}} joined, the mother explained that [[name:Andrei]] had swallowed tablets from his
grandmother's handbag ({{iron supplements}}). [[name:Kerry-Ann]] transferred to a
{{clinical adviser}}, who checked {{TOXBASE}} and arranged a {{999}} response. The child was well
after observation. Case [[case_reference:111-7002-5518]], NHS [[nhs_number:330 654 4175]]. Learning:
offer the interpreter at the first sign of difficulty, not after trying to manage.
""")),
    ("health", "success", block("""
#kudos
[[name:sam.hale]]: massive thanks to [[name:Precious]] & [[name:Joy]] on the {{prescribing desk}} last night. request for case [[case_reference:OOH-25-080911]] said {{methotrexate}} daily, {{SCR}} showed 10mg once weekly. they rang the {{carer}} - turned out the {{dosette}} from [[organisation:Hillcrest Pharmacy]] had been filled wrong. {{pharmacy}} sorted it the {{same night}}
[[name:sam.hale]]: that's a potentially {{fatal}} error stopped 👏
[[name:Joy]]: aw thank you, it was mostly [[name:Precious]] tbh 😊
[[name:marcus_t]]: legends 🏆 putting it in the {{safety bulletin}}
[[name:Precious]]: team effort! {{MHRA}} yellow card done too
""")),
    ("health", "incident", block("""
Call transcript extract - case [[case_reference:111-7340-2209]], [[date:21/08/2025]] 02:14 (for {{SI}} review)
HA: {{NHS 111}}, you're speaking to [[name:Liam]], is the patient breathing?
{{Caller}}: it's my {{husband}}, [[name:Kofi]], he's... he's gone grey and he's not making sense
HA: ok. is he breathing normally?
Caller: yes but funny, like snoring
HA: what's his date of birth?
Caller: [[date_of_birth:4th May 1966]]
HA: and the address?
Caller: [[address:22 Kingfisher Way, Southmoor]], [[postcode:OX13 5QS]]
[recording gap 02:16-02:19 - {{system outage}}]
Note: call dropped in the outage. {{call back}} attempted 02:24 on the {{CLI}} number, went to
{{voicemail}}. We did not dispatch; caller rang {{999}} herself at 02:31. [[name:Kofi]] had a {{stroke}}.
""")),
    ("health", "near_miss", prose("""
nm - me + [[name:shaz]] nearly sent the {{HVD}} to the old address for pt mr [[name:o'brien]] (he
moved to [[address:Flat 2, 7 Vicarage Rd]] in {{march}}, the {{SCR}} had the new one, our case had
the old one from a {{PDS}} cache). [[name:shaz]] noticed the {{letter}} from
[[organisation:Medway Lane Practice]] had the {{new address}} on it. changed before the {{car}} left. pls
can {{IT}} look at why {{PDS}} didnt refresh. ref [[case_reference:DX-25-0977]]. no harm, {{GP}}
informed.
""")),
]

AVIATION = [
    ("aviation", "incident", prose("""
{{camera op}} notes [[date:14/06]] - [[aircraft_registration:G-SVYB]] - {{camera hatch}} cover not
secured pre flt, came loose in the climb thru 2000ft and rattled against the {{sensor mount}} for
20 min. told [[name:Kasia]] ({{PIC}}) on {{intercom}}, she slowed to 90kt + we abandoned the
block and {{RTB}} to [[organisation:Thruxley Airfield]]. no damage to the
{{large-format camera}} but the hatch seal is cracked. my fault - i did the {{walkround}} but
skipped the hatch step cos the {{checklist}} was on the {{iPad}} that died. engineers [[name:Rob]]
+ [[name:T.J.]] checked the a/c after. - [[name:moh]]
""")),
    ("aviation", "near_miss", prose("""
On [[date:Wednesday 3 July]] I was {{PIC}} of [[aircraft_registration:G-KMAP]]
({{Cessna 206}}), callsign [[flight_number:AMP31]], flying drainage survey lines for
[[organisation:Fenland Drainage Board]]. Our survey plan had been built on the previous
{{AIRAC}} cycle and did not show a newly established {{TMZ}} across the eastern end of lines 9 to
12. I realised about 1.5nm before entering when the {{moving map}} alerted. I broke off the line,
called [[organisation:Wattisham Vale Radar]] and obtained a {{transponder}} code and
{{Basic Service}} before continuing. No {{infringement}} occurred. Suggest {{Ops}} re-validate
all planned lines against each new {{AIRAC}} and that the {{planning software}} is updated the
day the cycle changes. [[name:Oluwaseun Adebisi]], {{survey pilot}}.
""")),
    ("aviation", "success", block("""
From: [[name:Marianne Delacroix]] <[[email:m.delacroix@skylineaerosurvey.co.uk]]>
To: {{all-crew}}
Date: [[date:22 Aug 2024]]
Subject: Thank you - the [[organisation:Carnbrea Quarries]] job

All,

Just a note to say well done to [[name:Hamish]] and [[name:Ines Carvalho]] for the way they
handled yesterday. The {{NOTAM}} for the {{danger area}} activation came through mid-morning, after
they'd briefed. [[name:Ines]] spotted it on the {{EFB}} before {{start-up}}, [[name:Hamish]] re-planned
the {{block order}} so the lines nearest the {{DA}} were flown after it deactivated, and the client
still got full {{coverage}} in a single {{sortie}}. Nobody was tempted to "just squeeze it in".
That's exactly the {{threat and error management}} we keep going on about.

Cheers,
[[name:Marianne]]
{{Head of Flight Operations}} | [[organisation:Skyline Aerosurvey Ltd]] | [[phone:01632 960845]]
""")),
    ("aviation", "incident", block("""
Chronology - [[aircraft_registration:G-OPTK]] ({{P68 Observer}}), [[date:11 November]]
{{PIC}}: [[name:Grzegorz Zieliński]]   {{Camera op}}: [[name:Bill Haworth]]
0905 dep [[organisation:Thruxley Airfield]]. {{TAF}} cloud base 3500ft, survey alt 2800ft
0940 on task, 3 lines flown
1012 cloud lower than forecast, {{OAT}} +1C, light {{rime ice}} on the {{wing leading edge}}
1014 PIC descended to 2300ft, clear of cloud, ice shedding. task abandoned
1020 {{Basic Service}} from [[organisation:Solent Moor Radar]], routed back VMC below cloud
1055 landed. {{MOR}} filed, internal ref [[case_reference:SAS-OR-2024-017]]
Learning: the {{freezing level}} on the {{Form 215}} was 2000ft; go/no-go brief only looked at
cloud base. [[name:Bill]] asked about icing at the brief and was told "we'll be under it".
""")),
    ("aviation", "near_miss", block("""
RT transcript (from {{ATC}} recording, requested for internal review) [[date:05/03/25]]
[[flight_number:AMP27]]: [[organisation:Castlebrook Approach]], [[flight_number:AMP27]], {{P68}}, 4 miles north of the {{VRP}} at 2500ft, request {{zone transit}} for survey lines per {{LOA}} [[case_reference:LOA-2025-14]]
APP: [[flight_number:AMP27]], cleared to enter the {{CTR}} not above 2000ft, {{VFR}}, squawk 4521
[[flight_number:AMP27]]: cleared to enter not above 2500, squawk 4521, [[flight_number:AMP27]]
APP: [[flight_number:AMP27]], negative, not above TWO thousand feet, {{ILS}} traffic descending through 3000ft
[[flight_number:AMP27]]: not above two thousand, descending, [[flight_number:AMP27]]
Note: PIC [[name:Fatou Ndiaye]] misheard because camera op [[name:Sid]] was talking on {{intercom}}.
{{Sterile cockpit}} was not applied during zone entry. No loss of separation.
""")),
    ("aviation", "success", block("""
Safety Action Group - minutes
Date: [[date:Thursday 16 January 2025]]
Present: [[name:Marianne Delacroix]] ({{HoFO}}), [[name:Pat Reddington]] ({{Safety Manager}}),
[[name:Hamish]] ({{Chief Pilot}}), [[name:Rosie Tan]] ({{Chief Camera Operator}}),
[[name:Kenji Watanabe]] ({{CAMO}})
Apologies: [[name:Amber Lyle]], [[name:Ted]]

1. Good catch [[case_reference:OR-25-003]]: [[name:Rosie]] reported {{GNSS antenna}} cable chafing
found on her {{pre-flight}} of [[aircraft_registration:G-SVYB]]. Fleet check found the same on
[[aircraft_registration:G-OPTK]]. Both rectified; query raised with the {{STC}} holder.
2. Weather minima for oblique work to be reviewed after the [[aircraft_registration:G-OPTK]] icing
event. [[name:Pat]] to draft an {{OM Part A}} amendment.
3. [[name:Hamish]] thanked [[name:Rosie]] on behalf of the pilots.
""")),
    ("aviation", "incident", block("""
OCCURRENCE REPORT (internal)   Ref: [[case_reference:OR-24-041]]
Date: [[date:29/09/2024]]   Time: 14:35 {{UTC}}
Aircraft: [[aircraft_registration:G-KMAP]]   Type: {{Cessna T206H}}
Callsign: [[flight_number:AMP14]]
PIC: [[name:Sebastián Ortega]]   Crew: [[name:Lucy-Jane Pemberton]] ({{camera op}})
Location: overhead the client's {{solar farm}} site, 1500ft {{AGL}}
Description: During a low-level {{oblique photography}} orbit the {{stall warning}} sounded briefly
in a 40 degree bank turn with a 15kt tailwind component. PIC rolled wings level and lowered the
nose; about 200ft height loss. The camera op had asked for "a bit tighter" to frame the target.
Client: [[organisation:Greenfield Renewables plc]].
Reportable: Yes - {{MOR}} submitted to the {{CAA}}.
""")),
    ("aviation", "near_miss", block("""
Crew handover - [[aircraft_registration:G-OPTK]] - [[date:Tues 4th]]
from [[name:Nadia]] ({{am crew}}) to [[name:Joe Kirkby]] (pm)
- flew 3.2hrs, {{blocks 7-12}} done for [[organisation:Penwith Council]]
- {{FUEL}}: {{tech log}} says "full" but that's from this morning, I forgot to update it. approx 95L
remaining, NOT full. near miss bc [[name:Joe]] nearly took it as written - caught at the
{{dipstick}} check. tech log entry [[case_reference:TL-0841]] corrected.
- {{IMU}} warning at 11:40, reset cleared it, logged.
- {{PPR}} for [[organisation:Trevean Airstrip]] valid till 1700.
- {{METAR}} at 1350 had {{TEMPO}} {{showers}}, nothing below 2000ft yet.
- [[name:Nadia]]
""")),
    ("aviation", "success", block("""
[[date:17/05/2025]], 16:22 - [[name:Dom Reyes]]: landed. all 42 {{lines}} done for the [[organisation:Harcourt Highways]] corridor job 🙌
[[date:17/05/2025]], 16:23 - [[name:Ama]]: nice!!! first time in 3 attempts the {{weather}}'s held
[[date:17/05/2025]], 16:25 - [[name:Dom Reyes]]: credit to [[name:Freddie]] - he rang [[organisation:Aldermoor Radar]] the day before and got the {{zone}} lines pre-agreed, we were {{cleared}} straight in both times
[[date:17/05/2025]], 16:26 - [[name:Freddie]]: 😊 they were really helpful tbh, the {{supervisor}} even gave us a {{direct line}} for next time [[phone:01632 960390]]
[[date:17/05/2025]], 16:30 - [[name:Pat Ong]]: adding this to the {{airspace coordination}} section of the {{ops manual}}. well done all
""")),
    ("aviation", "incident", block("""
From: [[name:Tomás Ó Briain]]
To: [[email:safety@skylineaerosurvey.co.uk]]
Date: [[date:Mon 9 June 2025]]
Subject: {{Airprox}} - {{drone}} at 1800ft - [[aircraft_registration:G-SVYB]]

[[name:Pat]],

Reporting an {{Airprox}} from this morning's sortie. At 10:47 local, on line 14 at 1800ft {{AMSL}},
[[name:Noor]] ({{camera op}}) called "drone, left, same level". I estimate 50-100m lateral, no time
to avoid. Grey {{quadcopter}}, no markings seen. We were on a {{Traffic Service}} from
[[organisation:Wexcombe Radar]] who had nothing on radar. I've filed with the {{UKAB}} and {{ATC}}
informed the police (ref [[case_reference:PN-2025-66104]]).

[[name:Tomás]]
{{Survey Pilot}}
""")),
    ("aviation", "near_miss", block("""
Permissions tracker - w/c [[date:23/06]] (near miss highlighted)
Job | Area | Permission | Expires | Owner
[[case_reference:J-2519]] | {{CTR}} north sector | {{LOA}} ok | [[date:30/06]] | [[name:FR]]
[[case_reference:J-2522]] | {{ATZ}} west | {{PPR}} ok | [[date:25/06]] | [[name:FR]]
[[case_reference:J-2530]] | {{FRZ}} (prison) | {{NSFA}} REQUESTED | n/a | [[name:A. Mensah]]

Near miss: crew briefed [[case_reference:J-2530]] as "permission ok" from an old copy of this
sheet. [[name:A. Mensah]] in {{Ops}} noticed the approval hadn't arrived and stopped
[[aircraft_registration:G-KMAP]] at the {{holding point}}. Approval came the next day and the job was
flown then. {{Tracker}} is now a single {{shared file}}; printed copies banned.
""")),
    ("aviation", "success", prose("""
Positive report. On [[date:2 September]] Capt [[name:Rhiannon Vaughan]] and {{camera operator}}
[[name:Kwabena Osei]] were on task in [[aircraft_registration:G-OPTK]] (callsign
[[flight_number:AMP09]]) over the estuary when the left engine started {{rough running}} with a
{{magneto}} drop. [[name:Rhiannon]] flew the aircraft, completed the {{QRH}} drill and made a precautionary
diversion to [[organisation:Kenwick Airfield]] rather than pressing on to base. Without being asked,
[[name:Kwabena]] stowed the {{camera}}, secured loose kit and read out the {{checklist}} items.
{{Engineering}} found a failed {{magneto}}. Textbook {{CRM}} and good {{single-engine}}
awareness. Written up by [[name:Pat Reddington]], {{Safety Manager}}.
""")),
    ("aviation", "incident", prose("""
ugh. [[date:fri 13th]] of course. towing [[aircraft_registration:G-KMAP]] out of the
{{hangar}}, the {{camera pod}} under the belly clipped the {{tow bar}} on the turn. {{wing walker}}
was [[name:mo]] but he'd gone to get the {{chocks}}, me ([[name:ryan w]]) on the {{tug}}. pod
{{fairing}} cracked, {{sensor}} ok. {{engineering}} grounded the a/c til the fairing is replaced, 2 jobs
cancelled for [[organisation:Brightwell Mapping]]. should never tow w/o a {{wing walker}}, i know.
ref [[case_reference:OR-25-019]]
""")),
    ("aviation", "near_miss", block("""
{{#ops-flightdeck}}
[[name:kasia.n]] 07:41: morning. [[aircraft_registration:G-SVYB]] {{W&B}} for today - anyone checked it with the new {{camera}} install?
[[name:hamish]] 07:43: used the usual sheet
[[name:kasia.n]] 07:44: the usual sheet has the old camera (60kg). new one + {{IMU}} + storage is 88kg, and you've got 2 {{ops}} on board + {{full tanks}}
[[name:hamish]] 07:49: redone it. 14kg over {{MTOW}}. taking 60L less fuel, still 3h {{endurance}}
[[name:Pat Reddington]] 07:55: good spot [[name:Kasia]]. @[[name:Rosie]] pls update the {{W&B}} template today and pull the old one from the {{EFB}}
[[name:Rosie]] 08:02: done ✅
""")),
    ("aviation", "success", prose("""
{{Thank-you note}} pinned in the {{crew room}}: To [[name:Grace]] in {{Ops}} and everyone at
[[organisation:Tollmere Radar]] - thank you for getting us home on [[date:the 30th]]. When our
{{GPS}} and {{moving map}} failed at the same time over the {{hills}}, in {{cloud}} that hadn't been
forecast, [[name:Grace]] was on the phone to {{ATC}} within two minutes and the {{controller}}
([[name:Sunny]], we found out later) gave us a {{QDM}} and vectors all the way to the {{overhead}}.
Textbook. A box of biscuits is on its way. - [[name:Ewa]] & [[name:Bartek]],
[[flight_number:AMP22]]
""")),
    ("aviation", "near_miss", block("""
RT extract - [[date:14 Oct 2025]], {{FIS}} frequency
[[aircraft_registration:G-KMAP]]: {{London Information}}, [[aircraft_registration:Golf Kilo Mike Alpha Papa]], {{Cessna 206}}, survey lines 10 miles west of the {{VOR}}, 3000ft, request {{Basic Service}}
INFO: [[aircraft_registration:Golf Alpha Papa]], {{Basic Service}}, be advised {{parachute dropping}} active at the {{drop zone}} 5 miles south of you, up to {{FL150}}
[[aircraft_registration:G-KMAP]]: Basic Service, copy the parachuting, [[aircraft_registration:Golf Alpha Papa]]
Note ([[name:Joaquim]], PIC): our brief had the drop zone as inactive per the morning {{NOTAM}}; a
new NOTAM was issued at 0930, after we'd briefed. Lines 6-8 went within 2nm of the DZ. We
suspended those lines until the {{FIS}} said dropping had finished. Re-check NOTAMs before start-up.
""")),
]

REPORTS = SOCIAL_CARE + HEALTH + AVIATION

if __name__ == "__main__":
    write_records(OUT, build_records("blind257", REPORTS))
