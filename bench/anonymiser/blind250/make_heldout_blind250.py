"""Held-out blind corpus 250: 50 hand-written UK incident, near-miss and success reports.

Written blind (without sight of the de-identifier or of any other corpus) so that it measures
how well de-identification generalises. Everything is invented: people, organisations, places,
phone numbers, e-mail addresses, reference numbers, NHS and NI numbers.

Three settings:
- social_care (17): a council kinship care and special guardianship support team - grandparents
  and aunts as carers, SGO assessments, family time (contact) arrangements, allowances.
- health (17): adult community mental health teams - care coordinators, depot clinics, crisis
  plans, home visits, the crisis line.
- aviation (16): an airline's flight operations control centre - duty managers, crew scheduling,
  diversions, disruption, aircraft swaps.

Styles are deliberately mixed: rushed lower-case notes with typos and txt-speak, formal
narratives, chronologies with times, forms with Name/DOB/Ref/Address fields, e-mails with headers
and signatures, chat exports (Teams, WhatsApp, Slack) with handles, handover notes, minutes with
attendance and apologies, pipe and aligned tables, radio/ACARS transcripts, shout-outs and
thank-you notes.

Identifiers are marked `[[label:value]]`; must-not-redact mentions (roles, agencies, frameworks,
drugs, equipment, aircraft types, generic days and times, place types, non-person acronyms) are
marked `{{term}}`.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from markup import block, build_records, write_records  # noqa: E402
from markup import flow as prose  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "corpus" / "heldout_blind250.jsonl"

REPORTS = [
    # ------------------------------------------------------------------ social_care (17)
    ("social_care", "incident", prose("""
quick note b4 i forget - family time at the {{contact centre}} on [[date:sat 14th]] didnt go to
plan. birth {{mum}} turned up 40 mins late n smelling of alcohol. [[name:pearl]] (maternal {{gran}},
{{SGO}} carer) had already told [[name:kacey]] ([[age:6yo]]) mum wasnt coming so [[name:kacey]] was
v upset when she walked in. {{contact supervisor}} [[name:Dom]] ended it after 10 mins as per the
{{written agreement}}. mum then followed [[name:pearl]] out to the {{car park}} shouting abt the
{{allowance}} and saying she'd 'take it back to {{court}}'. no injuries. [[name:pearl]] shaken, rang
{{EDT}} {{sat}} eve. logged on {{LCS}} as [[case_reference:KIN-2291]] + emailed my {{TM}}. need to
review the contact plan at next supervision - prob virtual for a bit. [[name:sk]]
""")),
    ("social_care", "near_miss", prose("""
On [[date:Tuesday 9 April]] a draft {{special guardianship support plan}} for the
[[name:Okonkwo-Reid]] children was prepared for posting to their {{special guardian}}, maternal aunt
[[name:Adaeze Okonkwo]], at [[address:27 Farrowdale Close, Brindlemoor]], [[postcode:BQ4 6HT]].
During a final read-through, {{business support officer}} [[name:Marcin Zieliński]] noticed that the
appendix still contained the birth father's current address, which is withheld from the family
because of {{domestic abuse}} concerns. The letter was taken out of the post tray before
collection. The appendix had been copied across from the {{viability assessment}} template without
redaction. No information left the {{local authority}}. Actions: the template has been changed so
the address field is blank by default, and {{team manager}} [[name:Grace Mbeki]] reminded staff at
the {{Thursday}} team meeting that every support plan gets a second check before it is sent.
Logged as [[case_reference:BMC-IG-0457]] on the {{information governance}} log.
""")),
    ("social_care", "incident", block("""
From: [[name:Rhiannon Pryce-Evans]] <[[email:r.pryce-evans@brindlemoor.gov.uk]]>
To: Kinship Support Duty <[[email:kinshipduty@brindlemoor.gov.uk]]>
Cc: [[name:Tomasz Nowak]]
Sent: [[date:03/06/2024]] 16:52
Subject: URGENT - SGO allowance stopped in error - [[case_reference:SG-10384]]

Hi all,

Mr [[name:Bill Ashworth]] ({{paternal grandad}}, {{special guardian}} for [[name:Tyler]] and
[[name:Mia]]) rang this afternoon very distressed. His {{SGO allowance}} didn't go in on
{{Friday}} and he has £11 in his account until {{Universal Credit}} is paid. Looks like
{{Finance}} ended the payment because the {{annual review}} form was marked "not returned" -
[[name:Bill]] says he handed it in at {{reception}} on [[date:2 May]] and has a photo of it. I've
found the scanned form on the file, it was just never indexed.

I've arranged an emergency payment under {{Section 17}} today and asked Finance to reinstate from
the missed date. [[name:Tomasz]], can you pick up the complaint side if he wants to go formal?

Thanks
[[name:Rhiannon]]

[[name:Rhiannon Pryce-Evans]] | {{Kinship Support Worker}}
[[organisation:Brindlemoor Borough Council]] | [[phone:01632 960 418]]
""")),
    ("social_care", "near_miss", block("""
Teams chat - Kinship duty
[09:14] [[name:Joy Adebayo]]: morning all, school rang ([[organisation:St Brendan's RC Primary]]) - a man came to collect [[name:Leon]] at 8.50 saying he was his uncle and Auntie [[name:Faith]] had sent him
[09:15] [[name:Joy Adebayo]]: office didnt release him as he's not on the {{collection list}}
[09:15] [[name:Pat Kowalczyk]]: omg. was it dad?
[09:17] [[name:Joy Adebayo]]: description sounds like it. dad has no direct contact under the {{SGO}}, only {{letterbox}}
[09:18] [[name:Pat Kowalczyk]]: ok ringing [[name:Faith]] now. can you let {{MASH}} know + the {{DSL}} at school
[09:31] [[name:Pat Kowalczyk]]: [[name:Faith]] says she never sent anyone, she's in bits. [[name:Leon]] fine, didnt see him
[09:33] [[name:Joy Adebayo]]: MASH ref [[case_reference:M-2024-18830]]. {{police}} aware. school putting dad's photo up in the {{staff room}}
[09:35] [[name:Will]]: good catch by the office. I'll book a {{strategy discussion}} for this afternoon and update the {{safety plan}}
""")),
    ("social_care", "success", prose("""
Big shout-out to [[name:Hope]] from the {{kinship}} team! [[name:Sunny]] and [[name:Rose Calloway]]
({{Nan}} and {{Grandad}} to three under-8s, {{SGO}} since last {{spring}}) were at breaking point in
{{January}}. [[name:Hope]] pulled together an {{ASF}} application for {{therapeutic parenting}} and
{{DDP}} sessions in two weeks flat, chased the {{Virtual School}} about the eldest's {{PEP}}, and sat
with [[name:Rose]] at the kitchen table to fill in the {{Council Tax Reduction}} form. Funding was
approved on [[date:28 February]] and sessions with [[organisation:Brightwater Family Therapy]] start
next week. [[name:Rose]] rang me to say it was the 'first time anyone's actually listened'. That's
the job. - [[name:Carol]] ({{TM}})
""")),
    ("social_care", "incident", block("""
INCIDENT REPORT - KINSHIP / SPECIAL GUARDIANSHIP
Ref: [[case_reference:IR/24/0612]]
Date of incident: [[date:17/05/2024]]
Carer: Mrs [[name:Dorota Wiśniewska]] ({{maternal grandmother}})
Carer DOB: [[date_of_birth:22/11/1956]]
Address: [[address:Flat 4, Holloway House, Crane Street, Brindlemoor]] [[postcode:BQ2 9LR]]
Children: [[name:Kacper]] ([[age:13]]), [[name:Zofia]] ([[age:8]])
Allocated worker: [[name:A. Farrell]]
What happened: Mrs [[name:Wiśniewska]] had a fall at home on the evening of the [[date:17th]] and was
taken to {{A&E}} by ambulance. [[name:Kacper]] was left looking after [[name:Zofia]] overnight; no
adult was contacted. School ([[organisation:Crane Street Academy]]) raised it next morning when
[[name:Zofia]] told her teacher "{{Babcia}} is in hospital".
Immediate action: {{EDT}} had not been informed. Worker visited at 10:30 on [[date:18/05]];
neighbour Mr [[name:Sunil Bhatt]] stayed with the children until Mrs [[name:Wiśniewska]] was
discharged the same day.
Learning: no {{contingency plan}} on file for carer illness. To be added to every
{{SGO support plan}} at review.
""")),
    ("social_care", "success", block("""
KINSHIP SUPPORT PANEL - MINUTES
Date: [[date:Wednesday 12 June 2024]]
Present: [[name:Mark Oyelaran]] (Chair, {{Head of Service}}), [[name:Bea Lindqvist]] ({{Senior Practitioner}}), [[name:Hamza Qureshi]] ({{Finance}}), [[name:Róisín Ní Bhriain]] ({{Independent Member}})
Apologies: Dr [[name:Eleni Papadakis]] ({{Medical Adviser}})
Minute taker: [[name:Jo-Ann Fairweather]]

Item 3 - [[case_reference:SG-09917]], [[name:Amber]] and [[name:Kai Thornton]]
[[name:Bea]] presented the review of the {{SGO}} held by aunt and uncle Mr and Mrs [[name:Delaney]].
The placement has been stable for two years; [[name:Amber]] ([[age:11]]) now attends
[[organisation:Fenwick High School]] with full attendance and [[name:Kai]] has come off the
{{CAMHS}} waiting list as no longer needed. Panel noted this as good practice: the
{{Family Group Conference}} plan prevented care proceedings and both children stayed in the family.
Decision: support plan to continue at current level; {{allowance}} confirmed after {{means test}}.
Actions: [[name:HQ]] to confirm payment by [[date:28/06]]. [[name:BL]] to send outcome letter.
""")),
    ("social_care", "near_miss", block("""
DUTY HANDOVER - Fri pm to Mon am
From: [[name:Gabriel]]  To: [[name:Yusra]]

1. [[name:Halloran]] {{SGO assessment}} ([[case_reference:LCS 558102]]) - [[name:Priya]] in
{{Legal Services}} spotted that the {{Annex A}} report in the court bundle still has the carers' NEW
address in section 4. Carers moved to get away from dad. Bundle NOT yet served, due at
{{Family Court}} {{Monday}}. [[name:Priya]] is holding it. Needs redacting + re-uploading first
thing - I've highlighted the page. Ring her on [[phone:07700 900 614]] if stuck.
2. Mrs [[name:Osei]] - {{allowance}} query, ref [[case_reference:SG-10211]]. Not urgent, she wants
to know about backdating.
3. [[name:Robin]] from the {{IRO}} service wants a call re the [[name:Achterberg]] boys'
{{LAC review}} on [[date:Tues 2nd]].

Cheers [[name:G]]
""")),
    ("social_care", "incident", prose("""
accidentaly sent a pic of [[name:ruby]] ([[age:4]]) in her new glasses to the wrong {{whatsapp}} -
meant for her {{gran}} [[name:mags]] but it went to my {{5-a-side}} group chat. deleted for everyone
within abt 2 mins, think only 1 person saw it (my mate [[name:rich]]) and hes deleted it too. it was
on my {{work phone}} but i shouldnt have had personal groups on it tbh. told [[name:bev]] my {{TM}}
straight away, she said log it with {{IG}} which i have - ref [[case_reference:IG-3391]]. rang
[[name:mags]] to apologise, she was fine abt it, said 'worse things happen at sea'. lesson learned,
personal groups off the work phone. [[date:21/3]]
""")),
    ("social_care", "success", block("""
From: [[name:Kwame Asante]] <[[email:k.asante1961@outlook.com]]>
To: [[name:Sian Llewellyn]]
Subject: Thank you

Dear [[name:Sian]],

I just wanted to say thank you from me and [[name:Abena]] for everything this year. When we took
on [[name:Kofi]] and [[name:Esi]] after their mum passed we didn't know what a
{{special guardianship order}} was, never mind a {{support plan}}. You explained every step of the
{{assessment}}, you came out on a {{Saturday}} to help with the {{passport}} forms, and you got the
{{allowance}} sorted so we weren't out of pocket. [[name:Kofi]] got his place at
[[organisation:Oakhurst Vale Primary]] and [[name:Esi]] turned [[age:5]] last week and asked if
"the lady with the purple folder" could come to her party.

With thanks,
[[name:Kwame]] ({{Grandad}})
[[name:Kwame Asante]]
[[phone:07700 900 287]]
""")),
    ("social_care", "near_miss", block("""
Family time schedule w/c [[date:8 July]] - [[organisation:Ashgrove Family Centre]]

Child | Carer | Contact with | Day/time | Room | Supervisor
[[name:Logan M]] | {{Nan}} ([[name:Shirley]]) | {{Mum}} | Tues 10:00-11:30 | {{Room 2}} | [[name:Femi]]
[[name:Logan M]] | {{Nan}} ([[name:Shirley]]) | {{Dad}} | Tues 10:30-11:30 | {{Room 3}} | [[name:Chidi]]
[[name:Paige]] & [[name:Tia]] | Aunt ([[name:Marguerite]]) | Mum | Weds 14:00-15:00 | Room 1 | [[name:Femi]]

NEAR MISS: rows 1 and 2 overlap - mum and dad have a {{non-molestation order}} and must not be in
the building at the same time. Spotted by [[name:Chidi]] on {{Friday}} when printing the rota.
Dad's session moved to {{Thursday}}. Cause: bookings made by two workers in {{Outlook}} without
checking the {{alerts}} tab on {{LCS}}. Action: all family time for children with court orders now
booked through one coordinator ([[name:Femi]]).
""")),
    ("social_care", "success", prose("""
Learning report - positive practice. In [[date:March 2024]] the {{Family Court}} gave the
{{local authority}} 12 weeks to complete a full {{SGO assessment}} of paternal aunt
Ms [[name:Leticia Fonseca-Díaz]] for [[name:Mateo]] ([[age:2 years 4 months]]). The assessing
{{social worker}}, [[name:Olumide Bankole]], booked an interpreter for the Spanish-speaking
{{grandmother}}, ran the {{DBS}} and {{medical}} checks in parallel rather than one after another,
and used a {{Family Group Conference}} to agree a realistic contact plan with the birth parents.
The report was filed on [[date:31 May]], nine days early, and the {{Children's Guardian}} from
{{Cafcass}} commended its analysis. The order was made on [[date:19 June]]. Learning: running
checks in parallel and booking the {{GP}} medical in week one saved about three weeks.
[[name:Olumide]] will share his timeline template at the {{practice forum}}. Case ref
[[case_reference:FC-24-0781]].
""")),
    ("social_care", "near_miss", block("""
Chronology - attempted change of bank details, [[case_reference:SG-08842]]

[[date:Mon 15 Jan]]
09:42 Call to {{Finance}} from a woman giving her name as [[name:Patricia Hollins]] ({{SGO}} carer)
asking to change the bank account for her {{allowance}}. Gave correct DOB
[[date_of_birth:03/09/1962]], NI number [[ni_number:JT 48 21 93 C]] and postcode [[postcode:BQ7 1EA]].
09:50 Finance officer [[name:Deepak]] asked the {{security question}} - caller couldn't answer,
said she'd ring back.
10:05 [[name:Deepak]] rang the number on file, [[phone:01632 960 772]]. Mrs [[name:Hollins]]
("call me [[name:Pat]]") answered and confirmed she had made no call.
10:20 Logged with {{Counter Fraud}}, ref [[case_reference:CF/0193]].
11:00 [[name:Pat]] thinks her ex-son-in-law knows her details.
[[date:Tues 16 Jan]]
14:00 Visit by {{supervising social worker}} [[name:Nkechi Eze]]; password added to the payment
record.

Outcome: no payment diverted. Learning: the {{call-back}} to the number on file worked as designed.
""")),
    ("social_care", "incident", prose("""
Telephone note, 19:40. Call from Mrs [[name:Iris Delacroix-Hart]] ({{kinship carer}}) on
[[phone:07700 900 053]]. [[name:Jayden]], [[age:15]], had not come home from
[[organisation:Millbrook College]] and was not answering his phone. [[name:Iris]] found messages on
his {{iPad}} from an older male called '[[name:Zee]]' arranging to meet at the {{retail park}}.
Advised her to ring {{999}} and report him missing; police log [[case_reference:PL-0419-24]]. I
informed {{EDT}}. [[name:Jayden]] was found by police at 22:15 near the {{bus station}} and brought
home. Return home interview booked with [[organisation:Safe Steps Youth Service]] for
[[date:Thurs 20th]]. Concerns about {{CCE}} - {{MASH}} referral submitted and a
{{strategy meeting}} requested. [[name:Iris]] said she had not told us about two earlier episodes
because she was worried we would 'take him off her'. We need to address that fear in the
{{support plan}}.
""")),
    ("social_care", "success", block("""
WhatsApp - Kinship Team - [[date:22/08/2024]]
13:02 - [[name:Shaz]]: SGO GRANTED for the [[name:Begum]] twins!!! {{judge}} praised {{Nani}}'s statement 😭
13:03 - [[name:Danny O]]: yesss!! well done [[name:shaz]]
13:04 - [[name:Lwazi M]]: amazing. took 14 months but worth it
13:05 - [[name:Shaz]]: Nani was in tears. [[name:Rukhsana]] said to say thank u to [[name:Lwazi]] for sorting the {{Sylheti}} interpreter every single time
13:07 - [[name:Danny O]]: thats what its all about. drinks {{fri}}? 🍻
13:07 - [[name:Lwazi M]]: go on then. will update the {{tracker}} + close the {{CIN}} plan
13:08 - [[name:Shaz]]: and {{ASF}} application next for the therapy 💪
""")),
    ("social_care", "near_miss", block("""
SUPERVISION RECORD (extract)
Supervisee: [[name:Ffion Rees]] | Supervisor: [[name:Adebola Martins]] | Date: [[date:05.09.24]]

Case: [[name:Harper]] ([[age:9]]) - {{SGO}} with maternal aunt [[name:Summer Kilbride]],
ref [[case_reference:SG-11276]]
Discussion: At the {{annual review}} visit [[name:Ffion]] noticed men's boots in the hall and a
second toothbrush. [[name:Summer]] confirmed her partner, [[name:Craig Mullen]], moved in around
{{Easter}}. She had not told us as she "didn't think it mattered now the order's made". No checks
had been done. With consent a {{police check}} was requested through {{MASH}} and came back on
[[date:2 September]] showing a caution for common assault (not child-related).
Analysis: no current risk identified but we were relying on luck. [[name:Harper]] speaks
positively about [[name:Craig]].
Actions: [[name:AM]] to add a 'household changes' question to the review template.
[[name:FR]] to complete an updated {{household assessment}} by [[date:30/09]].
""")),
    ("social_care", "incident", block("""
Subject: taxi incident - family time [[date:Thurs 10/10]]

Hi [[name:Marek]],

Just flagging - the commissioned taxi ([[organisation:Quickline Cars]], reg
[[vehicle_registration:BQ21 HXE]], driver gave his name as [[name:Tariq]]) was booked to take
[[name:Noah Pemberton-Hale]] ([[age:7]]) from his grandparents to family time at the
{{contact centre}}. Driver wasn't the usual one and there was no {{escort}}. He took [[name:Noah]]
to the old centre that closed last year and [[name:Noah]] was left sitting in the cab for 25 mins
while the driver rang round. {{Grandad}} ([[name:Lenny]]) only found out when [[name:Noah]] arrived
late and crying. No physical harm but [[name:Noah]] now says he won't get in taxis.

Reported to {{Transport Commissioning}} (ref [[case_reference:TC-2024-233]]) - contract says a
{{DBS}}-checked driver AND escort for under-8s.

Can we talk about {{Grandad}} doing the run himself and claiming {{mileage}}?

[[name:Kez]]
{{Family Time Coordinator}}
""")),
    # ------------------------------------------------------------------ health (17)
    ("health", "incident", prose("""
pt [[name:danny]] missed his {{depot}} ({{paliperidone}} 100mg monthly) - was due [[date:2/4]],
only noticed today [[date:23/4]] when his sister rang the {{duty line}} saying hes not sleeping n
talking abt the neighbours again. he wasnt on the {{depot clinic}} list since [[name:Amira]] left in
{{march}} - her caseload got split up & he fell thru the gap. visited pm with [[name:Leo]] ({{CPN}}),
gave depot at home, {{crisis plan}} reviewed, sister to ring the {{crisis line}} if worse. {{HTT}}
aware. {{Datix}} [[case_reference:W104392]]. we need a proper handover process when {{CCs}} leave -
will raise at {{MDT}}. [[name:JT]]
""")),
    ("health", "near_miss", prose("""
On [[date:Thursday 7 March]] at the [[organisation:Brookfield CMHT]] {{depot clinic}},
{{staff nurse}} [[name:Chiamaka Obi]] drew up {{zuclopenthixol decanoate}} 200mg for a patient
called into the {{clinic room}} as '[[name:John Clarke]]'. When she asked him to confirm his date of
birth he gave [[date_of_birth:14/02/1979]]; the prescription chart showed
[[date_of_birth:30/10/1966]]. There were two patients called [[name:John Clarke]] on the list that
afternoon, and this one was prescribed {{aripiprazole}} {{long-acting injection}}. The injection was
not given. Both NHS numbers ([[nhs_number:485 777 3457]] and [[nhs_number:612 039 8848]]) were
checked and the correct charts matched. Contributing factors: clinic list sorted by surname only
and no same-name alert on {{RiO}}. Actions: the clinic list now prints NHS number and DOB, and a
'similar name' alert has been added to both records. Reported on {{Datix}} as
[[case_reference:DW-55120]]. Thank you to [[name:Chiamaka]] for sticking to the two-identifier
check.
""")),
    ("health", "incident", block("""
From: [[name:Mohammed Rafiq]] <[[email:mohammed.rafiq2@nhs.net]]>
To: [[name:Helen Stroud]]
Date: [[date:19 Sep 2024]] 17:21
Subject: Incident on home visit today - lone working

[[name:Helen]],

Visited Mr [[name:Okafor]] at [[address:12 Tanners Row, Brookfield]] [[postcode:KX3 8UW]] at 14:00
for his {{CPA review}}. His brother ([[name:Emeka]]) was there, intoxicated, became verbally
aggressive about the {{Section 117}} aftercare and stood in the doorway for a couple of minutes so
I couldn't leave. I used the {{de-escalation}} stuff from {{PMVA}} training, [[name:Emeka]] moved
and I left. No physical injury.

Honestly I hadn't logged the visit on the {{lone worker app}} because the diary was down. Nobody
would have known where I was.

Datix [[case_reference:W107781]] done. Can the next visit be a {{joint visit}}, and can we add a
{{risk flag}} on {{RiO}}?

[[name:Mo]]
[[name:Mohammed Rafiq]] | {{Care Coordinator}} | [[organisation:Brookfield CMHT]]
Tel [[phone:01632 961 530]]
""")),
    ("health", "near_miss", block("""
Teams - Crisis Line / CMHT duty
[[name:Kasia Mazur]] 21:47
anyone on? caller ([[name:Ellie]], known to [[organisation:Brookfield CMHT]]) says she's taken 30 {{sertraline}}, wants to "just sleep"
[[name:Ibrahim Sesay]] 21:48
on it. what address have we got
[[name:Kasia Mazur]] 21:49
{{RiO}} says [[address:Flat 2, 58 Quarry Hill Road]] but she said she moved to her {{mum}}'s last month??
[[name:Ibrahim Sesay]] 21:50
ask her to confirm where she is NOW. don't send to the RiO address
[[name:Kasia Mazur]] 21:52
she's at [[address:9 Linnet Way]], [[postcode:KX6 2NJ]]. {{999}} called, ambulance there 22:04
[[name:Ibrahim Sesay]] 22:15
Good. Address never updated after her last {{CPA}}. I'll email her {{CC}} [[name:Bernadette]] for the morning and do the {{Datix}}.
""")),
    ("health", "success", prose("""
Shout-out for [[name:Faith Adjei-Mensah]] and the whole {{duty}} team at
[[organisation:Eastfield CMHT]]. On a wet {{Friday}} afternoon before the {{bank holiday}}, one of
our long-standing service users, [[name:Stanley]] ([[age:68]]), rang saying his voices were telling
him to walk into the canal. [[name:Faith]] knew his {{crisis plan}} inside out: she got his daughter
[[name:Grace]] on the phone, arranged for the {{Home Treatment Team}} to visit within two hours, and
rang his {{GP}} at [[organisation:Canal Side Medical Practice]] to restart his {{olanzapine}}, which
had lapsed after a {{pharmacy}} mix-up. [[name:Stanley]] stayed at home, avoided an {{admission}},
and told me at his review that '[[name:Faith]] talked me down'. That's care coordination at its
best. - Dr [[name:Ian Walcott]], {{Consultant Psychiatrist}}
""")),
    ("health", "incident", block("""
INCIDENT FORM
Incident no: [[case_reference:W108216]]
Service user: [[name:Natalia Petrova]]
NHS no: [[nhs_number:401 223 6172]]
DOB: [[date_of_birth:08/07/1988]]
Address: [[address:33 Heron Court, Lowmoor]], [[postcode:KX1 4PB]]
Team: [[organisation:Lowmoor CMHT]]
Date/time: [[date:11/10/2024]] 15:30
Category: Medication - monitoring
Description: Ms [[name:Petrova]] is on {{clozapine}}. Her {{FBC}} due [[date:4/10]] was not taken
because the {{phlebotomy}} appointment was cancelled by the clinic and never rebooked. {{ZTAS}}
went {{amber}} and then 'no blood, no drug' on [[date:10/10]]; the {{pharmacy}} withheld supply. She
missed two days of clozapine before her {{support worker}} [[name:Theo]] noticed. {{Consultant}}
advised restart without re-titration as under 48h. Bloods taken today, {{neutrophils}} normal.
Harm: low.
Reported by: [[name:K. Osei-Bonsu]], {{CPN}}
""")),
    ("health", "near_miss", block("""
CMHT DUTY HANDOVER - [[date:Wed 13/11]]
[[name:S. Haddad]] ({{AM}}) -> [[name:Priyanka]] ({{PM}})

- Mr [[name:Lomax]] ([[case_reference:RX4471209]]): {{lithium}} level came back 1.4 this morning.
  GP ([[organisation:Hollins Green Surgery]]) sent it to the generic inbox, only picked up at 11:50
  by [[name:Sunny]] on admin. Rang him: {{tremor}}, {{diarrhoea}}. Advised stop lithium and go to
  {{A&E}} for a repeat level, daughter taking him. NEAR MISS - could easily have sat in the inbox
  till tomorrow.
- [[name:Juniper]] (new referral) - {{screening}} call done, to {{MDT}} Thurs.
- Depot clinic: 3 {{DNA}} - [[name:BK]], [[name:LS]], [[name:Gerry]]. {{CCs}} informed.

To do: ask IT for an alert when results land in the generic inbox.
""")),
    ("health", "incident", block("""
Chronology - [[name:Aleksander Nowicki]] ({{RiO}} [[case_reference:3390217]])
[[date:02/12]] 10:00  {{DNA}} {{depot}}; {{CTO}} conditions require attendance
[[date:02/12]] 14:30  {{CC}} [[name:Leanne Hargreaves]] home visit, no answer. Neighbour hasn't seen him 'for a week or so'
[[date:03/12]] 09:15  Mobile [[phone:07700 900 832]] off. Sister [[name:Marta]] (abroad) not heard from him
[[date:03/12]] 11:00  {{RC}} Dr [[name:Farouk]] - recall notice issued under {{s17E}}
[[date:03/12]] 13:40  Police welfare check, log [[case_reference:KXP-0312-0457]]; found at his flat, unkempt, no food, {{paranoid}}
[[date:03/12]] 16:20  Conveyed to [[organisation:Abbeydale Ward]] on recall
Issues: (1) no contingency in the {{crisis plan}} for a missed depot on a CTO; (2) we waited 24h
before escalating.
""")),
    ("health", "success", prose("""
Dear [[name:Bronwen]], I'm writing to say thank you for how you looked after my husband
[[name:Godfrey]] this past year. When he was first referred to [[organisation:Northgate CMHT]] after
his overdose on [[date:New Year's Day]] he wouldn't open the door to anyone. You kept coming, every
{{Tuesday}}, and never made him feel like a case number. You explained his {{depot}} and the side
effects honestly, you helped us both write his {{crisis plan}}, and you got me the
{{carer's assessment}} I didn't know I was entitled to. When he wobbled in {{August}} I rang the
{{crisis line}} and they already knew everything because of the plan. He is volunteering at
[[organisation:Greenway Allotments Trust]] now and laughing again. Please pass my thanks to
Dr [[name:Sadeghi]] and to [[name:Kenny]] on {{reception}}, who always remembered his name.
With gratitude, [[name:Marjorie Adewale-Thompson]]
""")),
    ("health", "near_miss", block("""
DEPOT FRIDGE TEMPERATURE LOG - [[organisation:Lowmoor CMHT]] {{clinic room}}
Date  | Time  | Min  | Max  | Current | Initials
[[date:14/01]] | 09:05 | 3.1  | 6.8  | 4.2  | [[name:RH]]
[[date:15/01]] | 09:10 | 2.9  | 7.2  | 4.0  | [[name:RH]]
[[date:16/01]] | 08:55 | 3.4  | 14.6 | 11.9 | [[name:NM]]
[[date:17/01]] | 09:20 | 10.8 | 15.2 | 12.4 | [[name:NM]]

Note: max was out of range (2-8C) on the [[date:16th]] and [[date:17th]] but nobody escalated. On
the [[date:17th]] {{HCA}} [[name:Hope]] noticed the door seal had split while setting up the
afternoon {{depot clinic}} and stopped the clinic. 14 injections ({{paliperidone}},
{{flupentixol}}) quarantined; {{pharmacy}} advised discarding 9. Nobody received an affected dose.
Learning: staff signing the log didn't know the acceptable range. Range now printed on the sheet;
out of range = ring {{Medicines Management}} the same day. {{Datix}} [[case_reference:W109034]]
""")),
    ("health", "incident", prose("""
pool car [[vehicle_registration:KX68 TZR]] broken into outside the {{leisure centre}} - got back
from lunch 13:10 n passenger window smashed. my work bag gone - had my {{laptop}} (encrypted thank
god) + paper visit notes for 3 pts incl names + addresses, one of them mrs [[name:ahmed]] who has a
{{MAPPA}} flag on her ex so thats a worry. also my {{ID badge}}. police crime no
[[case_reference:KX/24/118832]]. told [[name:gemma]] ({{TL}}) + {{IG}} + the {{Caldicott Guardian}}.
will ring the 3 pts tmrw to let them know. shud NOT have had paper notes in the car, i know. going
paperless from now. [[name:tash]]
""")),
    ("health", "success", block("""
[[organisation:Eastfield CMHT]] - Team Meeting Minutes - [[date:24 April 2024]]
Attendees: [[name:Faith Adjei-Mensah]], Dr [[name:I. Walcott]], [[name:Mark Tse]], [[name:Agnieszka K.]], [[name:Babajide]], [[name:Rosie Flynn]] (student {{OT}})
Apologies: [[name:Will Hartigan]], [[name:Nadia]] ({{Peer Support Worker}})

1. Depot clinic - good news
[[name:MT]] reported that since the text-reminder pilot started in {{February}}, the depot {{DNA}}
rate has fallen from 18% to 6%. Patients get an SMS 48h and 2h before. Two service users
([[name:GH]] and [[name:Pip]]) told us the reminders really help. The {{Clinical Lead}} thanked
[[name:MT]] and [[name:Babajide]] for setting it up with no extra funding.
Action: share with [[organisation:Northgate CMHT]] and [[organisation:Lowmoor CMHT]]
([[name:MT]], by [[date:10 May]]).
2. {{Safeguarding}} update - deferred to next meeting.
""")),
    ("health", "near_miss", block("""
From: [[name:Leanne Hargreaves]]
To: {{RiO Support}}; [[name:Dominika Sowa]]
Subject: misfiled document - please move ASAP

Hi,

I've just noticed that the {{crisis plan}} for [[name:Joseph Mwangi]] (NHS
[[nhs_number:728 560 1438]]) was uploaded yesterday to the record of [[name:Joseph Mwale]] (NHS
[[nhs_number:459 118 2703]]) - the names sit next to each other in the search list. It has only
been there since [[date:Tuesday 21st]] and nothing has gone out, but Mr [[name:Mwale]]'s {{GP}}
([[organisation:Parkside Health Centre]]) is due a copy of his plan this week. Could you move the
document and check the audit trail for who has viewed it? I'll do a {{Datix}} and let my manager
know.

Thanks, [[name:Leanne]]
{{Care Coordinator}}, [[organisation:Northgate CMHT]]
[[phone:01632 960 905]]
""")),
    ("health", "success", block("""
#cmht-duty-brookfield
@[[name:tobi.ade]] 16:02: massive thanks to @[[name:grace.h]] today - Mr [[name:Baptiste]] came to {{reception}} really distressed asking for his {{CC}} who's on leave. [[name:grace]] sat with him for an hour, did a full {{risk assessment}}, got his {{PRN}} {{lorazepam}} sorted with the {{GP}} and updated his crisis plan so the {{crisis line}} has the right contacts
@[[name:grace.h]] 16:05: aw thanks [[name:Tobi]] 🙂 he was lovely once he'd calmed down, mainly wanted someone to listen
@[[name:Rafe]] 16:07: this is the stuff that stops {{s136}}s. nice one [[name:Grace]]
@[[name:tobi.ade]] 16:08: adding it to the good practice log for {{CQC}}
""")),
    ("health", "incident", prose("""
Summary of incident [[case_reference:W110562]]. On [[date:Monday 3 February 2025]] {{Band 6}}
{{CPN}} [[name:Yaw Boateng]] gave {{aripiprazole}} 400mg {{long-acting injection}} to
Ms [[name:Leona Fairclough]] ([[age:41]]) on a home visit. The dose was not due until
[[date:17 February]]: the previous injection had been given on [[date:20 January]] at the
{{depot clinic}} but was recorded only on the paper card kept by the patient, not on the electronic
administration record. Ms [[name:Fairclough]] had {{akathisia}} and {{insomnia}} over the following
week and was reviewed by the {{SpR}}, Dr [[name:Anjali Raman]]. No lasting harm. A
{{duty of candour}} letter was sent on [[date:7 February]]. Root causes: dual recording (paper and
electronic) and no check of the last administration date before a visit. Actions: paper cards
withdrawn; the {{e-MAR}} is to be checked on the {{tablet}} before every depot.
""")),
    ("health", "near_miss", block("""
CRISIS LINE CALL LOG
Call ID: [[case_reference:CL-240917-0033]]   Handler: [[name:Declan]]
Time: 02:14   Caller: male, gave name '[[name:Ryan]]', number withheld

Caller asked whether his ex-partner, [[name:Chantelle Brooks]], was 'back under mental health' and
which team, saying he was worried about her. Handler started to check {{RiO}} and confirmed she was
known before stopping: her record carries a {{MARAC}} alert and a {{non-molestation order}}
against [[name:Ryan Tolland]]. Handler gave no further information and ended the call. Informed
{{on-call manager}} [[name:Aoife Gallagher]] at 02:30; [[name:Chantelle]]'s {{CC}} and the
{{IDVA}} told in the morning.
Near miss: the handler confirmed she was 'known to us'. Learning: check alerts BEFORE confirming
anything; {{Caldicott}} guidance re-circulated.
""")),
    ("health", "success", block("""
LEARNING FROM EXCELLENCE - NOMINATION
Nominee:       [[name:Sandeep Kaur-Gill]] ({{Support Time Recovery Worker}})
Nominated by:  [[name:Bridget O'Rourke]]
Team:          [[organisation:Northgate CMHT]]
Date:          [[date:28/03/2025]]

What happened: on a routine visit [[name:Sandeep]] noticed Mr [[name:Ferreira]] had stopped
collecting his medication from [[organisation:Lakeside Pharmacy]] and had a pile of unopened
{{DWP}} letters. Rather than just noting it, [[name:Sandeep]] helped him open them: his {{PIP}} had
been stopped and he had no money for the electric meter. [[name:Sandeep]] got {{Citizens Advice}}
involved, arranged a {{food bank}} voucher and flagged the change in {{mental state}} to his
{{CC}}, [[name:Jo]]. Mr [[name:Ferreira]]'s {{mandatory reconsideration}} succeeded and he is back
on his meds.
Why excellent: looked beyond the task list.
""")),
    # ------------------------------------------------------------------ aviation (16)
    ("aviation", "incident", block("""
OCC LOG - DIVERSION [[flight_number:NW2817]] - [[date:14 Nov 2024]]
Aircraft [[aircraft_registration:G-NWAD]] ({{A320}}), Capt [[name:Huw Jenkins]], {{FO}} [[name:Sofia Marchetti]]
18:42  [[flight_number:NW2817]] holding at destination, {{fog}}, {{RVR}} below minima
19:05  Crew request diversion; {{duty manager}} [[name:Ravi Chandran]] agrees alternate per {{OFP}}
19:31  Landed at alternate. Handling agent not expecting us - no {{stand}} for 40 min
20:20  {{Crew scheduling}} ([[name:Gemma]]) confirms crew cannot operate back: {{FDP}} would exceed {{FTL}} limits even with {{commander's discretion}}
20:45  164 passengers disembarked; coaches requested from [[organisation:Redline Coaches]]
22:30  Only 2 of 4 coaches turn up
00:50  Last passengers reach destination by road
Issues: alternate handling agent not pre-notified by OCC; coach contract has no out-of-hours
number. Report [[case_reference:OCC-24-1187]]
""")),
    ("aviation", "near_miss", block("""
Transcript - company frequency, [[date:03/02/25]], [[flight_number:NWY641]]
CREW: [[organisation:Northway]] Ops, [[flight_number:Northway 641]].
OPS ([[name:Lena]]): [[flight_number:Northway 641]], go ahead.
CREW: We're on stand with [[aircraft_registration:G-NWAF]] but the {{loadsheet}} and {{flight plan}} both show [[aircraft_registration:G-NWAK]]. Confirm the swap?
OPS: Stand by... Affirm, tail swap at 06:10, [[aircraft_registration:G-NWAK]] went {{tech}} with a {{hydraulic}} leak. Looks like {{load control}} didn't get the update.
CREW: Copied. We also have an {{MEL}} item on [[aircraft_registration:G-NWAF]] for the {{APU}} that isn't on the plan.
OPS: Understood, new loadsheet and refile, stand by ten minutes.
OPS: [[flight_number:Northway 641]], new plan filed for [[aircraft_registration:G-NWAF]], new {{CTOT}} 07:42, loadsheet coming by {{ACARS}}.
CREW: [[flight_number:Northway 641]], copied, thanks [[name:Lena]].
Note: crew caught that weights were calculated for the wrong aircraft ({{basic weight}} differs by
620 kg). The swap message was never sent to load control. Report [[case_reference:ASR-2025-0219]].
""")),
    ("aviation", "success", prose("""
Huge thank you to [[name:Precious Dlamini]] and the night shift in the {{OCC}} on
[[date:Sat 20 July]]. When the {{crew management system}} went down at 02:00 and stayed down for
six hours, [[name:Precious]] switched us to the paper {{rostering}} fallback, got [[name:Ollie]] and
[[name:Ngozi]] phoning every crew member on the morning wave from the printed crew list, and kept a
whiteboard of who had reported. We operated 47 of 49 departures before 09:00; the two
cancellations ([[flight_number:NW118]] and [[flight_number:NW119]]) were re-accommodated on
[[organisation:Kestrel Air]] the same morning. Not one {{FTL}} exceedance, not one crew member
stranded. [[name:Precious]] has agreed to rewrite the {{BCP}} with what actually worked rather than
what we thought would. From [[name:Amber Hollis]], {{Head of OCC}}
""")),
    ("aviation", "incident", block("""
From: [[name:Jamal Osei]] <[[email:jamal.osei@northway-air.co.uk]]>
To: {{OCC Duty Manager}}; {{Safety Office}}
Date: [[date:Monday 9 September 2024]] 07:58
Subject: FTL exceedance - reduced rest - crew [[case_reference:CR40391]]

Morning,

Reporting my own error. Yesterday I reassigned {{FO}} [[name:Beatriz Alves]] (staff no.
[[case_reference:CR40391]]) to [[flight_number:NW3302]]/[[flight_number:NW3303]] after a sickness
call. I checked the {{FDP}} but not her previous rest - she had landed at 23:40 the night before, so
her 07:15 report gave her 7h35 rest against a 10h minimum under {{ORO.FTL}}. The
{{crew management system}} did flag it but I overrode the warning thinking it was the usual
{{split duty}} alert. [[name:Beatriz]] operated both sectors and did not raise it; both were
uneventful. {{Fatigue}} report submitted. I've spoken to [[name:Colm]] (scheduling lead). Suggest
overrides need a second person.

[[name:Jamal]]
{{Crew Scheduler}} | [[organisation:Northway Airlines]] | [[phone:0161 496 0733]]
""")),
    ("aviation", "near_miss", block("""
WhatsApp "OCC Night Ops" [[date:12/03/2025]]
[23:12] [[name:Sunny Bains]]: guys - {{NOTAM}} check for tmrw, runway closure at destination 06:00-08:30 for works. [[flight_number:NW501]] ETA is 06:55 😬
[23:13] [[name:Marek W]]: wasnt that cancelled? thought it moved to next week
[23:15] [[name:Sunny Bains]]: NOTAM was re-issued at 16:00 today with new dates. our {{flight planning}} system didnt pick it up, still showing the old one
[23:16] [[name:Bill]]: so we'd have launched into a closed runway. delay to 07:45 dep?
[23:20] [[name:Sunny Bains]]: yes. [[name:Tamsin]] in {{crew control}} says crew for [[flight_number:NW501]] ok with the delay, still inside {{FDP}}
[23:24] [[name:Marek W]]: pax comms going out now. raising an {{MOR}}?
[23:25] [[name:Bill]]: {{ASR}} first, let safety decide. good catch [[name:Sunny]]
""")),
    ("aviation", "success", block("""
OCC WEEKLY REVIEW - MINUTES
Date: [[date:Thursday 24 October]]
Present: [[name:Amber Hollis]] (Chair), [[name:Dev Mistry]] ({{Duty Manager}}), [[name:Hannah-Mae Cole]] ({{Crew Control}}), [[name:Yiannis Georgiou]] ({{Maintenance Control}}), [[name:Kay]] ({{Customer Ops}})
Apologies: Capt [[name:Ross Whitlock]] ({{Chief Pilot}}), [[name:Sven Ólafsson]]

1. {{Storm Orla}} review
[[name:Dev]] presented the handling of {{Storm Orla}} on [[date:20/10]]. The decision at 14:00 the day
before to pre-cancel 12 rotations and reposition [[aircraft_registration:G-NWBC]] and
[[aircraft_registration:G-NWBE]] inland meant no aircraft damage and no crew stuck out of base.
{{Crosswind}} limits were exceeded for 9 hours. Customer Ops rebooked 1,900 passengers before the
storm arrived.
Decision: keep the 'decide by 14:00' rule in the {{disruption playbook}}.
Actions: [[name:YG]] to confirm {{tie-down}} kit checks at outstations; [[name:HMC]] to update the
crew {{positioning}} template.
""")),
    ("aviation", "incident", prose("""
Incident summary [[case_reference:OCC-24-1302]]. At 06:20 on [[date:5 December 2024]] a catering
{{high-loader}} from [[organisation:Fenwick Inflight Catering]] (registration
[[vehicle_registration:WN17 PKE]]) made contact with the right rear door surround of
[[aircraft_registration:G-NWAH]] while servicing it for [[flight_number:NW720]]. The driver,
[[name:Kieran Doyle]], reported it straight away to the {{dispatcher}}. Engineering
([[organisation:Tarn Aero Engineering]]) declared the aircraft {{AOG}} pending a structural
inspection. The {{duty manager}}, [[name:Dev Mistry]], swapped [[flight_number:NW720]] onto
[[aircraft_registration:G-NWAJ]], which then was not available for its own afternoon rotation, so
[[flight_number:NW733]] was cancelled. [[aircraft_registration:G-NWAH]] returned to service on
[[date:7 December]] after a {{doubler}} repair. Contributory factors: high-loader approached
without a {{banksman}}, low light and ice on the {{apron}}. The handling agent has reinstated its
two-person rule for high-loaders.
""")),
    ("aviation", "near_miss", block("""
DM HANDOVER 05:45 - [[name:Nasir Abubakar]] to [[name:Theo]]
Fleet: 22/24 serviceable. [[aircraft_registration:G-NWAK]] still {{AOG}} (hyd leak), parts ETA 14:00.
[[aircraft_registration:G-NWEJ]] {{MEL}} item, one {{pack}} inop, max FL310.
Crew: 2 sick on the early wave, both covered from {{standby}} (Capt [[name:Rose]] and {{FO}} [[name:Imani]]).
!! NEAR MISS: {{FO}} [[name:Grzegorz Lis]] was rostered on [[flight_number:NW860]] to Morocco. System
showed his passport as valid but the scan on file expired [[date:30/04]]. {{Crew Control}}
([[name:Hannah-Mae]]) caught it on the pre-flight document check at 04:30 and swapped him with an
FO from standby. [[name:Grzegorz]] says his renewal is still with the {{Passport Office}}. Crew
records to fix the expiry field. ASR [[case_reference:ASR-2025-0388]].
Slots: {{ATC}} strike in France tomorrow, expect {{Eurocontrol}} regulations from 06:00.
[[name:Nas]]
""")),
    ("aviation", "success", block("""
From: [[name:Moira Lindgren]]
To: OCC
Subject: Thank you - [[flight_number:NW455]] diversion [[date:Sun 6th]]

Hi all,

Just wanted to say thanks for the support on [[flight_number:NW455]]. A passenger in 14C collapsed
40 minutes out ({{suspected stroke}}), and within about three minutes of our {{SATCOM}} call
[[name:Joseph]] in the {{OCC}} had the {{MedLink}} doctor on the line, confirmed the diversion
airport had an ambulance and a {{stand}} ready, and got the handling agent to hold the
{{jet bridge}}. The passenger (a [[age:72-year-old]] man) was in hospital within 35 minutes of
landing and his daughter has written to say he is recovering. Getting us back out with a fresh
{{loadsheet}} and a new {{CTOT}} in 55 minutes was brilliant too.

Best, [[name:Moira]]
Capt [[name:Moira Lindgren]], {{Base Captain}}, [[organisation:Northway Airlines]]
""")),
    ("aviation", "incident", block("""
DISRUPTION SUMMARY [[date:Fri 16 Aug 2024]] (prepared by [[name:Liesel Braun]], OCC)
Flight | Reg    | Sched | Actual | Delay | Reason
[[flight_number:NW204]]  | [[aircraft_registration:G-NWAB]] | 07:10 | 09:52 | 162 | Tech - {{bird strike}} inspection
[[flight_number:NW206]]  | [[aircraft_registration:G-NWAE]] | 08:40 | 10:05 | 85  | Swap ex [[aircraft_registration:G-NWAB]]
[[flight_number:NW311]]  | [[aircraft_registration:G-NWAE]] | 11:15 | 12:58 | 103 | Knock-on
[[flight_number:NW312]]  | [[aircraft_registration:G-NWAE]] | 13:55 | 15:20 | 85  | Knock-on

INCIDENT: when [[flight_number:NW206]] was swapped from [[aircraft_registration:G-NWAB]] to
[[aircraft_registration:G-NWAE]], hold baggage already loaded on the first aircraft was not
transferred - 83 bags left behind. The {{ramp}} team was told about the swap by radio but the
{{baggage reconciliation system}} still showed the old tail. 83 {{PIRs}} raised at destination.
Handling agent [[organisation:Skyport Ground Services]] investigating, ref
[[case_reference:SGS-INC-7741]].
""")),
    ("aviation", "near_miss", prose("""
nr miss - fuel for [[flight_number:nw77]]. swapped to [[aircraft_registration:g-nwaf]] at short
notice (orig [[aircraft_registration:G-NWAD]] went tech). fuel order had already gone to the
supplier off the old {{OFP}} so they were going to uplift for the {{A320}} plan on an {{A321}} - 2.1t
short of {{min fuel}} for the new plan. Capt [[name:Okoro]] spotted the {{fuel docket}} didnt match
the OFP on the {{EFB}} and stopped the {{refuel}}. new OFP sent 10 mins later, 15 min delay. root
cause = me. i did the swap in the ops system but forgot the 'send fuel amendment' step, its on a
seperate screen. suggest we add it to the swap checklist. [[name:kofi]] ({{dm}} nights)
""")),
    ("aviation", "success", block("""
#occ-crew-control
@[[name:amber.hollis]] 09:14
Shout out to @[[name:will.o]] 🎉 - during yesterday's {{ATC}} strike he rebuilt 31 crew pairings between 05:00 and 08:00 with zero {{FTL}} breaches and zero short rest, and got every crew home to base.
@[[name:dev.mistry]] 09:16
can confirm, I was {{DM}} on the day, [[name:Will]]'s pairing sheet was the only thing keeping us sane. He also found a {{standby}} {{FO}} in [[name:Siobhan]] who wasn't even showing as available
@[[name:will.o]] 09:20
cheers both. [[name:Siobhan]] deserves a mention, she picked up her phone on a day off 😅
@[[name:amber.hollis]] 09:22
noted - both going in the {{Safety Newsletter}} {{Good Catch}} section 👏
""")),
    ("aviation", "incident", prose("""
Information security incident - crew data. On [[date:Tuesday 28 January]] a {{crew scheduler}} in
the {{OCC}} e-mailed the weekly {{rooming list}} to the crew hotel, [[organisation:Hallam Court Hotel]].
The attachment was the wrong tab of the workbook: instead of names and room nights it held the full
contact sheet for 58 crew, including home addresses, mobile numbers and, in a hidden column,
{{National Insurance}} numbers. The hotel's front office manager, Ms [[name:Aylin Demir]], spotted the
extra columns, replied to say so and confirmed deletion in writing within the hour. The
{{Data Protection Officer}} assessed the risk as low but reportable to the {{ICO}} because of the NI
numbers; logged as [[case_reference:DPO-2025-006]]. Contributing factors: rooming list and contact
sheet kept in the same workbook; no {{DLP}} warning on external e-mail. Actions: workbooks split;
DLP rule added for NI number patterns; affected crew written to by [[name:Gwen Prosser]] in
{{Crew Services}}.
""")),
    ("aviation", "near_miss", block("""
ACARS LOG [[flight_number:NWY388]] / [[aircraft_registration:G-NWEJ]] [[date:19 JAN]]
2141Z UPLINK: FROM OCC - DEST WX DETERIORATING, ADVISE INTENTIONS
2146Z DOWNLINK: HOLDING 20 MIN THEN DIVERT ALTN 1 PER PLAN. CONFIRM HANDLING
2150Z UPLINK: NEGATIVE ALTN 1 - {{RFFS}} REDUCED TO {{CAT 5}} AFTER 2200Z PER {{NOTAM}}. INSUFFICIENT FOR {{A321}}. RECOMMEND ALTN 2, HANDLING CONFIRMED. {{DM}} [[name:CHANDRAN]]
2152Z DOWNLINK: COPIED ALTN 2. FUEL OK. THX

Note added by [[name:Ravi Chandran]]: the {{OFP}} alternate was valid at planning time but the night
fire-cover NOTAM wasn't in the planning filter. Diverting to ALTN 1 after 22:00 would have meant
landing below the required RFFS category. Filter fixed by {{Flight Planning}} ([[name:Oksana]]).
ASR [[case_reference:ASR-2025-0061]].
""")),
    ("aviation", "incident", block("""
OCC OCCURRENCE FORM
Ref: [[case_reference:OCC-25-0044]]
Date/time: [[date:22/02/2025]] 05:10
Reported by: [[name:Dev Mistry]], {{Duty Manager}}
Persons involved: {{SCCM}} [[name:Joy Ferguson-Amadi]] (staff [[case_reference:CC20817]]); {{cabin crew}} [[name:Luca Romano]] (staff [[case_reference:CC31150]])
Vehicle: crew transport minibus, [[organisation:Arrow Crew Transfers]], reg [[vehicle_registration:MX70 BGU]]
Description: minibus braked hard on the {{perimeter road}} to avoid a fox. [[name:Joy]], who was
standing to get her bag from the rack, fell and hurt her wrist. [[name:Luca]] helped her and rang
{{Crew Control}}. She was seen in the {{first aid}} room then went to {{A&E}}: {{sprain}}, no fracture.
Operational impact: [[flight_number:NW150]] departed 58 min late while a replacement SCCM was called
from {{standby}}.
Actions: seatbelt reminder for all crew transport; supplier asked for a driver statement.
""")),
    ("aviation", "success", prose("""
just a quick thanks to the line engineers at the outstation - [[name:Rashid]] n [[name:Finn]] from
[[organisation:Tarn Aero Engineering]] - for turning [[aircraft_registration:G-NWBE]] round
overnight on the [[date:9th]]. wheel + brake change after a {{hot brakes}} event, parts had to come
down by road from base (cheers [[name:Mags]] in {{stores}} for driving them down herself!!). aircraft
was back on the line for the 06:10 [[flight_number:NW402]] with 20 mins to spare, saved us a
{{wet lease}} (~£28k) and 180 pax a cancellation. this is the stuff nobody sees. nominating all
three for {{Safety Stars}}. - [[name:precious]] ({{OCC DM}} nights)
""")),
]

if __name__ == "__main__":
    write_records(OUT, build_records("blind250", REPORTS))
