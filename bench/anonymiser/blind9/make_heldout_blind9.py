#!/usr/bin/env python3
"""Blind held-out corpus 9: 60 hand-written practitioner reports (social care, health, aviation).

Writes bench/anonymiser/corpus/heldout_blind9.jsonl deterministically. Each narrative is written
in the shared inline mark-up: `[[label:value]]` for an identifier span, `{{term}}` for a
must-not-redact mention. Every identifier is fictional; NHS numbers pass the mod-11 check,
telephone numbers are mostly from Ofcom's drama ranges.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from markup import nhs_ok, parse, write_records  # noqa: E402

LABELS = (
    "name", "address", "postcode", "phone", "email", "nhs_number", "ni_number",
    "case_reference", "date_of_birth", "date", "age", "organisation",
    "vehicle_registration", "aircraft_registration", "flight_number",
)
DOMAINS = ("social_care", "health", "aviation")
KINDS = ("incident", "near_miss", "success")
OUT = Path(__file__).resolve().parent.parent / "corpus" / "heldout_blind9.jsonl"

# (domain, kind, marked-up narrative)
REPORTS: list[tuple[str, str, str]] = [
    # ------------------------------------------------------------------ social care
    ("social_care", "incident", """\
nights [[date:13/03]] into [[date:14/03]]. 02:40 [[name:Kayden]] ([[age:14]]) out the fire door in the \
lounge again, alarm went but he was gone before i got downstairs. reported missing to police 02:55 \
ref [[case_reference:WYP-1425-03-0188]]. PC [[name:Hussain]] came out about half 3. [[name:Kayden]] turned up \
05:10 at his mate [[name:Reece]]'s, [[address:Flat 6, Ashcroft House, Gipton Approach, Leeds]], and \
the mate's mum rang us. tried the {{out of hours}} line 4 times, no answer for 40 mins. \
{{manager on call}} [[name:Dee]] rang back at 04:20. he was back by 6, cold, smelled of weed, went \
straight to bed. needs a return home interview. sorry for typos im shattered"""),

    ("social_care", "near_miss", """\
Incident summary (near miss)

On [[date:7 February 2025]] a letter inviting parents to an {{Initial Child Protection Conference}} \
for [[name:Amelia Nowak]] (DOB [[date_of_birth:22/09/2017]], Mosaic [[case_reference:2247819]]) was \
generated with the family's previous address, [[address:41 Beechwood Road, Rotherham]] \
[[postcode:S60 3LQ]]. The father, [[name:Tomasz Nowak]], still lives at that address; {{mother}} and \
the children moved to a refuge in January following a serious assault. Business support officer \
[[name:Karen Whiteley]] noticed the discrepancy when franking and the letter was never posted. Had it \
gone, it would have disclosed the conference date and venue to the alleged perpetrator.

Contributing factors: (1) Mosaic address history was not updated after the move because the \
allocated worker was on leave; (2) the conference booking template pulls the main address field \
automatically, with no prompt to confirm it; (3) the {{MARAC}} flag on the children's records is not \
visible on the business support screen.

Actions: address check added to the conference booking checklist; request to the Mosaic team to \
display alerts on the letters screen; reminder at team meeting. I have spoken to the mother, who was \
understandably distressed, and confirmed the refuge address has not been disclosed anywhere else. \
The conference went ahead on [[date:14 February]] as planned. No harm.

[[name:Lorraine Fitzgerald]]
Team Manager, [[organisation:Rotherham Central Safeguarding Team]]"""),

    ("social_care", "success", """\
What went right: review with [[name:Blessing]] ([[age:9]]) and her brother [[name:Tobi Adeyemi]] \
([[age:6]]) yesterday. I used {{Three Houses}} with each of them separately at \
[[organisation:St Bartholomew's CE Primary]] before the meeting, and read their words out in the \
meeting rather than summarising. [[name:Blessing]] drew her nan's house on \
[[address:Cranbrook Avenue]] as her "house of good things" and {{dad}} actually cried when he heard \
it. He agreed to the safety plan for the first time and Nan (Mrs [[name:Folake Adeyemi]]) offered \
{{every Friday}} night. Worth sharing with the team - children's words in their own handwriting land \
so much better than ours."""),

    ("social_care", "incident", """\
From: [[name:Priya Chauhan]] <[[email:priya.chauhan@kirklees.gov.uk]]>
Sent: [[date:18 March 2025]] 16:52
To: Duty & Advice
Subject: contact incident - [[name:M. Riley]] LCS [[case_reference:LCS-0093317]]

Hi all, logging this as asked. At supervised contact today at \
[[organisation:Huddersfield Family Centre]] the {{contact worker}} left the room for approx 10 mins \
to take a call. During that time {{dad}} ([[name:Darren Riley]]) used his phone to video-call someone \
and held the phone up to [[name:Mason]]. [[name:Mason]] ([[age:4]]) said afterwards "I saw nanny \
[[name:Jackie]]" which is a breach of the contact agreement as MGM is not approved. Contact worker \
has been spoken to. I'll update the court report.

Thanks
[[name:Priya]]
Senior Practitioner | Tel [[phone:01484 496217]]"""),

    ("social_care", "near_miss", """\
Near miss - school transport
- [[date:Mon 10/02/25]] taxi booked via [[organisation:Star Cars]] to take [[name:Lily-Mae Robinson]] \
(Y1, [[age:6]]) from placement to [[organisation:Moorside Infant School]]
- driver was not the approved driver. {{Foster carer}} ([[name:Bev]]) asked for his badge, he didn't \
have his {{DBS}} card with him
- carer refused to let [[name:LM]] go, took her in herself
- reg of taxi [[vehicle_registration:YH21 KXP]], driver gave his name as [[name:Gaz]]
- transport team say [[organisation:Star Cars]] subbed the job out without telling us
Outcome: nobody hurt but a [[age:6]] yr old nearly in a car with an unchecked adult. [[name:Bev]] \
did exactly the right thing. Asked commissioning to raise with the firm."""),

    ("social_care", "incident", """\
Medication incident in foster placement. [[name:Ollie Brennan]], DOB [[date_of_birth:03/05/2019]], \
has epilepsy and a rescue plan for {{buccal midazolam}}. On [[date:2nd April]] he had a seizure \
lasting over 5 mins at the carers' home. Foster carer Mrs [[name:Siobhan O'Connell]] went to give \
the midazolam and found the syringe in the box had expired in January - the replacement had been \
sent by the pharmacy to his previous placement. She called 999 and he was taken to \
[[organisation:Royal Derby Hospital]]; seizure stopped with IV meds and he was home the next day. \
Nobody at the previous placement had forwarded it. [[name:Siobhan]]'s number if anyone needs to \
follow up: [[phone:07700 900461]]. I've asked the {{supervising social worker}} to do a meds audit \
across all our carers."""),

    ("social_care", "success", """\
Small win worth recording. [[name:Rhys ap Gwilym]] ([[age:18]]) moved into his own flat on \
[[date:28 February]] - [[address:Flat 3, 112 Richmond Road, Cardiff]] [[postcode:CF24 3BW]]. Last \
year he was sofa-surfing and we nearly lost him. What helped: his {{Personal Adviser}} \
([[name:Ffion]]) started the housing application six months before his birthday instead of the \
usual six weeks, she sorted his NI number ([[ni_number:JH 62 81 47 C]]) and a bank account before \
the move so Universal Credit paid first time, and [[organisation:Llamau]] gave him a starter pack. \
He texted her a photo of his first tea in the flat. {{Pathway Plan}} updated."""),

    ("social_care", "incident", """\
Delay in MASH screening. A police {{PPN}} regarding [[name:Hodan Warsame]] and her son \
[[name:Abdirahman]] (DOB [[date_of_birth:11/11/2021]]) was emailed to the generic inbox on \
[[date:Friday 14 March]] at 23:10 following a DA call-out to [[address:7 Grafton Street, Moss Side]] \
(police ref [[case_reference:GMP/25/0334712]]). It was not picked up until [[date:Tuesday 18 March]] \
because an inbox rule was filing PPNs into a subfolder after the IT migration. DS [[name:Clarke]] \
rang on the Tuesday to chase the strategy discussion. By then the perpetrator had been released on \
bail and had returned to the address. The {{MASH}} manager has fixed the rule and we are checking \
the subfolder for anything else missed."""),

    ("social_care", "near_miss", """\
nearly sent the [[name:Kowalczyk]] family's {{core assessment}} to the wrong solicitor - outlook \
autofilled [[email:j.kowal@brightlaw.co.uk]] (acts for a completely different family) when i started \
typing the surname. noticed just before i hit send. can IT turn autocomplete off for external \
addresses please, this will happen to someone"""),

    ("social_care", "incident", """\
Timeline - disclosure at school ([[date:20/01/2025]])
08:50 [[name:Jayden Oduya]] (Y9) tells his form tutor Ms [[name:Ade]] that his stepdad hit him with \
a belt at the weekend.
09:15 {{DSL}} [[name:Gareth Pugh]] speaks to [[name:Jayden]], sees marks on his back, no photos \
taken (correct).
09:40 Referral phoned to Front Door, ref [[case_reference:FD-118204]].
11:30 No call back. [[name:Gareth]] chases.
13:05 Duty SW says threshold met, strategy discussion to be convened.
15:10 Still no decision on whether [[name:Jayden]] goes home. School day ends 15:20.
15:25 [[name:Jayden]] sat in reception with the {{head of year}}; stepdad ([[name:Lee]]) arrives to \
collect.
15:40 Police arrive, [[name:Jayden]] goes to his aunt's under police protection.
Issue: 6 hours from referral to a plan, and the child was nearly handed to the alleged abuser. \
Contributing: Front Door had 41 contacts waiting that morning and two screeners off sick, and the \
school were not given any expected call-back time. [[name:Gareth]] did not know he could escalate \
to the Front Door team manager ([[name:Marcus Bell]]) after 2 hours. Learning: give schools a \
call-back time at the point of referral, and make the escalation route part of {{DSL}} training. \
School: [[organisation:Castle View Academy]]."""),

    ("social_care", "success", """\
I would like to record good practice in the joint {{Section 47}} enquiry completed on \
[[date:4 March 2025]] for [[name:Ruby]] and [[name:Archie Lawson]]. DC [[name:Emma Lloyd-Jones]] of \
the [[organisation:Cheshire Police Child Protection Unit]] and social worker \
[[name:Adaeze Nwosu]] agreed a clear plan at the strategy discussion, conducted the visit together \
within four hours, and arranged the ABE interview for the following morning so that \
[[name:Ruby]] only had to give her account once. Mother ([[name:Stacey Lawson]]) said afterwards \
that she had felt "listened to, not judged". This is the standard set out in \
{{Working Together}} and it was achieved despite two staff being off sick.

Dr [[name:Helen Marchbank]]
Head of Service"""),

    ("social_care", "incident", """\
visit to [[name:shannon]] and baby [[name:alfie]] at [[address:23 tennyson st, beeston]] \
[[postcode:ls11 6ab]]. no answer for 10 mins then [[name:shannon]] opened the door, very drowsy. \
[[name:alfie]] ([[age:10 weeks]]) in {{moses basket}}, nappy soaked through, no formula made up. \
[[name:shannon]] said she'd "only had a couple" of her tablets. partner [[name:kyle]] not there, his \
car ([[vehicle_registration:ym15 hrx]]) was outside though. rang {{health visitor}} and my manager. \
[[name:shannon]]'s mum came over to stay the night. going back first thing. worried."""),

    ("social_care", "near_miss", """\
Interpreter booked for the wrong language. Home visit to [[name:Ionela Stoica]] \
([[address:58 Harrow Road, Wembley]], [[postcode:HA9 6DE]]) on [[date:12.02.25]] for the \
{{child and family assessment}}. Booking form said "Roma" so \
[[organisation:LinguaLink Interpreting]] sent a Romani interpreter; Mrs [[name:Stoica]] speaks \
Romanian and very little Romani. The {{interpreter}} realised within a few minutes and told me \
rather than carry on. We rebooked and went back on the Friday. If she hadn't said anything the \
assessment - including [[name:Andrei]]'s and [[name:Bianca]]'s views - would have been based on a \
conversation mum barely understood. Booking form needs a drop-down, not free text."""),

    ("social_care", "incident", """\
Private fostering arrangement not notified. [[name:Wei Zhang]], [[age:15]], came from Shenzhen in \
September to attend [[organisation:Kingsmead College]] and has been living with a family friend, \
Mr [[name:Chen Jun]], at [[address:9 Orchard Close, Cambridge]] [[postcode:CB4 2HX]]. School only \
raised it with us on [[date:6 January]] when [[name:Wei]] told {{the school nurse}} she was doing \
unpaid work in Mr [[name:Chen]]'s takeaway until midnight. Nobody notified the LA within the 6 \
weeks. [[name:Wei]]'s mother in China is on [[phone:+86 139 1234 5678]] (WeChat same number). \
{{Private fostering}} assessment now started; school reminded of their duty."""),

    ("social_care", "success", """\
[[name:Grace]] has now been to every session of the girls' group {{every Tuesday}} since half term. \
Three months ago she wouldn't leave her bedroom. Her {{youth worker}} [[name:Shaniqua]] from \
[[organisation:The Hive Youth Project]] kept turning up even when [[name:Grace]] wouldn't come down \
and just chatted to her through the door. [[name:Grace]] says it's because "she didn't give up on me \
like the rest did." Recording as what went right."""),

    ("social_care", "incident", """\
Reg 40 notification - physical intervention resulting in injury
Young person: [[name:Tyler Mensah-Browne]], DOB [[date_of_birth:14/07/2010]]
Home: [[organisation:Oakfield House]]
Date: [[date:26/03/2025]], approx 19:30
Staff involved: [[name:JS]], [[name:T. Okafor]]
Summary: [[name:Tyler]] was kicking the office door after being told his phone would be held \
overnight. [[name:JS]] and [[name:T. Okafor]] used a two-person hold ({{Team Teach}}) which lasted 4 \
minutes. [[name:Tyler]]'s wrist was caught against the door frame. Taken to \
[[organisation:Walsall Manor Hospital]] - sprain, no fracture. [[name:Tyler]] says staff "twisted \
it". His social worker and {{Ofsted}} informed the same night. Debrief with [[name:Tyler]] booked \
with an independent advocate."""),

    ("social_care", "near_miss", """\
Left my work mobile in an Uber coming back from [[organisation:Manchester Civil Justice Centre]] on \
[[date:3 April]]. Phone has Egress and my emails on it - including the placement details for the \
[[name:Ahmed]] children, whose father is subject to a {{non-mol}}. Realised within 20 mins, rang \
the driver through the app and he brought it back to the office ([[vehicle_registration:LB67 TXO]], \
silver Prius, driver [[name:Nasir]]). Phone was PIN locked. IT have now enforced remote wipe on all \
devices. Reporting as a near miss per the {{information governance}} policy."""),

    ("social_care", "incident", """\
Family placed in unsuitable temporary accommodation. [[name:Rania Al-Hashimi]] and her three \
children, youngest [[name:Yousef]] aged [[age:7 months]], were placed by housing at \
[[organisation:Travelodge Manchester Central]] on [[date:19 February]] - one room, no cooking \
facilities, no cot. [[name:Yousef]] has reflux and needs made-up feeds. Mum rang me on \
[[date:22/02]] in tears; she had been using the room kettle to sterilise bottles. Housing officer \
[[name:P. Lister]] said there was "nothing else available". I escalated to the {{Head of Service}} \
and the family were moved to a self-contained flat on [[date:25 February]]. Six days in one room \
with a baby is not acceptable; logging for the {{homelessness}} joint protocol review."""),

    ("social_care", "success", """\
What went right - {{family group conference}} for the [[name:Byrne]] children, [[date:11/03/2025]].
• Coordinator ([[name:Aoife]]) met every family member beforehand, including grandad \
[[name:Séamus]] who lives in Galway - he joined by video on [[phone:+353 91 555 0142]]
• Family private time was actually private: we left the building
• Family came back with a plan none of us would have thought of - aunt [[name:Bridie]] moving in \
for weekdays during [[name:Niamh]]'s detox
• Dad ([[name:Declan]]) signed up for the first time in two years
Plan agreed by {{IRO}}. Kids stay at home."""),

    ("social_care", "incident", """\
-----Original Message-----
From: DC [[name:Sam Okoro]] <[[email:sam.okoro@gmp.police.uk]]>
Sent: [[date:22 March 2025]] 09:14
Subject: Child left alone - [[address:Apartment 14, Millennium Point, Salford]]

Morning, FYI. Officers attended at 01:30 after neighbours reported a child crying. [[name:Mia]] \
([[age:3]]) was alone in the flat for what we believe was around 5 hours. Mother \
[[name:Chantelle Parkes]] (DOB [[date_of_birth:30/06/1999]]) returned at 01:55, intoxicated, and was \
arrested for child neglect. [[name:Mia]] taken to her maternal grandmother, \
[[name:Lorraine Parkes]], tel [[phone:07700 900813]]. Our ref [[case_reference:GMP-25-0391146]]. \
Please can the {{duty social worker}} call me to arrange a {{strategy discussion}}.

DC [[name:Okoro]]
[[organisation:Salford Public Protection Investigation Unit]]"""),

    ("social_care", "near_miss", """\
{{Childminder}} [[name:Eluned Pritchard]] phoned: mum's ex-partner turned up at her house in \
[[address:Heol y Felin, Llanelli]] asking to collect [[name:Cai]] ([[age:2]]). He's not on the \
collection list. [[name:Eluned]] refused and rang mum and the police. Good practice from her. Nobody \
had told the childminder about the {{non-molestation order}} - we need to, today."""),

    ("social_care", "incident", """\
Unplanned discharge of a baby subject to a pre-birth plan. Baby [[name:Harlow Whitfield]], born \
[[date_of_birth:08/03/2025]], NHS [[nhs_number:363 309 4660]], LL ref [[case_reference:1894720]], \
was discharged from the neonatal unit at [[organisation:Pinderfields Hospital]] on \
[[date:15 March]] with mum to [[address:21 Sandal Cliff, Wakefield]] [[postcode:WF2 7LU]] despite \
the plan saying discharge only to the mother-and-baby foster placement. The plan was in the baby's \
paper notes but not on the electronic system, and the {{ward clerk}} arranged transport. Police did \
a welfare check that evening and baby was moved to the placement at 22:00. The hospital \
{{safeguarding midwife}} is leading their review; we are reviewing how pre-birth plans are \
shared."""),

    ("social_care", "success", """\
Good news to log. [[name:Tom Beckwith]] - "[[name:Tommo]]" to everyone at \
[[organisation:Larkhill Children's Home]] - got his results today and has an unconditional offer \
from [[organisation:Sheffield Hallam University]] for sports science. He turns [[age:18]] \
{{in August}}. First young person from the home to go to uni in years. His {{virtual school}} head, \
Ms [[name:Okafor]], funded tutoring since Year 10 and his keyworker [[name:Craig]] drove him to every \
open day. [[name:Tommo]] said it was the first time adults kept their promises. Student finance \
done, NI [[ni_number:PR413096A]]. We need to get {{Staying Put}} agreed with his carers before he \
goes."""),

    ("social_care", "incident", """\
Neglect concern from nursery. [[organisation:Little Acorns Nursery]] report that \
[[name:Zosia Wiśniewska]] ([[age:3]]) has come in unwashed, in the same clothes and hungry for most \
of the last two weeks. Nursery manager [[name:Dawn]] spoke to mum ([[name:Katarzyna]], who goes by \
[[name:Kasia]]) on [[date:5/3]] - [[name:Kasia]] said she is working nights at the warehouse and dad \
([[name:Piotr]]) is meant to do mornings. Home address [[address:16 Clarendon Street, Peterborough]] \
[[postcode:PE1 2NS]], mobile [[phone:+48 601 555 013]] (still a Polish number), mum's NI \
[[ni_number:WL 74 02 35 B]] for the benefits check. Referral ref \
[[case_reference:PBC-CF-20250306-14]]. Allocated for a {{child and family assessment}}; will need a \
Polish {{interpreter}}."""),

    # ------------------------------------------------------------------ health
    ("health", "incident", """\
SBAR - inpatient fall
S: [[name:Edna Thornbury]], [[age:87]], [[organisation:Rowan Ward]], bed 14. Found on floor beside \
bed at 03:15 on [[date:09/04/2025]]. Hosp no [[case_reference:RX1 448271]], NHS \
[[nhs_number:632 280 1090]].
B: Admitted with UTI and delirium. Falls risk high, {{bed rails}} assessed as unsafe, low bed \
requested on admission but not delivered.
A: Small laceration L eyebrow, on apixaban. CT head clear. Obs stable.
R: Datix [[case_reference:W214873]] submitted. Daughter ([[name:Julie]]) informed at 07:00 by \
Sister [[name:Okonkwo]]. Low bed now in place. Please can estates explain why the request sat for \
3 days. {{Falls bundle}} completed."""),

    ("health", "near_miss", """\
Near miss - patient identification. Two patients in {{Bay 2}}: [[name:John Smith]], DOB \
[[date_of_birth:14/02/1948]], and [[name:Jon Smyth]], DOB [[date_of_birth:04/12/1948]]. Phlebotomist \
went to take bloods for Mr [[name:Smith]]'s crossmatch and approached Mr [[name:Smyth]], who \
answered to "[[name:John]]". She checked the wristband against the request form before taking the \
sample and spotted the mismatch. Had it gone ahead it could have been a wrong-blood-in-tube event. \
Both now have a name alert on the board and have been moved to separate bays. Good practice by \
[[name:Magdalena]] - she followed {{positive patient identification}} even though she was being \
rushed."""),

    ("health", "success", """\
What went right - reception picking up sepsis. On [[date:Monday 17 February]] [[name:Tracey]] on \
reception at [[organisation:Hollybank Medical Practice]] took a call from the wife of \
Mr [[name:Graham Pell]] ([[age:72]]) asking for a routine appointment because he was "off his food \
and a bit muddled". [[name:Tracey]] remembered the {{sepsis}} red flags from our training, asked \
about his breathing and colour, and put her straight through to Dr [[name:Anand]]. Dr \
[[name:Anand]] sent an ambulance; lactate 4.8 at [[organisation:Royal Preston Hospital]], \
urosepsis. He is home and well. [[name:Tracey]] did exactly what we rehearsed using the {{NICE}} \
guidance - the training works."""),

    ("health", "incident", """\
nights. bed 6 [[name:Abdul Bello]] ([[age:64]]) had his 22:00 {{Lantus}} given twice - once by me at \
21:50 and once by the agency nurse at 22:10. drug chart wasn't signed because i got pulled to an \
arrest in side room 2 before i could sign it. BM at 02:00 was 2.9, treated with hypostop and toast, \
rechecked 5.6. {{doctor on call}} (Dr [[name:Fernandes]]) reviewed. pt ok. i'll own my bit - sign as \
you give, always. hosp no [[case_reference:K3398104]]. datix done [[case_reference:W215020]]. so \
tired."""),

    ("health", "incident", """\
From: [[name:Oluwaseun Adebayo]]
To: [[organisation:Beech Ward]] Sister; Medication Safety Officer
Date: [[date:03/03/2025]]
Subject: CD discrepancy - {{oxycodone}} 5mg

Hi [[name:Kath]],

The weekly CD check this morning found 2 x oxycodone 5mg capsules unaccounted for on \
[[organisation:Beech Ward]]. Last correct balance was the night of [[date:28/02]]. Entries for that \
night are signed by [[name:RB]] and [[name:KM]] but the second signature on two entries is \
illegible. No patient harm identified. Per policy I have informed the \
{{Controlled Drugs Accountable Officer}} and we will need statements from the night staff.

Kind regards,
[[name:Seun]]
Lead Pharmacist, [[organisation:Leeds Teaching Hospitals NHS Trust]]
[[phone:0113 496 0421]] | [[email:oluwaseun.adebayo@nhs.net]]"""),

    ("health", "near_miss", """\
Near miss - baby labels. Two babies born within 20 mins of each other on {{delivery suite}} on \
[[date:1 April]]. The baby of [[name:Chiamaka Eze]] (hosp no [[case_reference:M204417]]) was given \
labels printed for the baby of [[name:Chloe Eastwood]] - both boys, both surnames starting with E. \
Picked up at the {{newborn examination}} by [[name:Precious]], the MSW, who checked the labels \
against mum's notes. Labels reprinted and swapped before any bloods were sent. Suggest full surname \
and hospital number on cot cards."""),

    ("health", "incident", """\
Long wait for ambulance. Resident Mrs [[name:Ivy Clough]] ([[age:mid 80s]]) at \
[[organisation:Meadowbank Care Home]], [[address:Station Road, Hebden Bridge]] \
[[postcode:HX7 8AD]], fell at 18:40 on [[date:2 January 2025]] with suspected #NOF. 999 call at \
18:45, categorised Cat 3. Staff kept her warm on the floor and couldn't move her per the \
{{falls policy}}. Re-called 3 times. Crew arrived 01:20 - six and a half hours. Mrs \
[[name:Clough]] became confused and hypothermic (34.9). Now under {{orthogeriatrics}} post-op. Staff \
([[name:Bogdan]], [[name:Sunita]]) were brilliant but shouldn't have had to be."""),

    ("health", "success", """\
Crisis line - what went right. [[name:Zainab Hussein]], [[age:23]], known to {{EIP}}, rang our line \
on [[date:Sunday 9 March]] at 02:00 saying she was in her car on the sea front and had taken 30 \
paracetamol. [[name:Liam]] kept her talking for 40 minutes while a colleague gave police her car \
reg ([[vehicle_registration:NK19 WHT]]) and description. Police found her at 02:50 and she agreed \
to go to [[organisation:Sunderland Royal Hospital]] voluntarily, so no {{Section 136}} was needed. \
She has since told her care coordinator that [[name:Liam]] "sounded like he actually cared". Great \
calm work under pressure."""),

    ("health", "incident", """\
AWOL from {{Section 17}} leave. [[name:Ciarán Ó Briain]], detained under S3 on \
[[organisation:Willow Ward]], [[organisation:Callington Road Hospital]], had 1 hr escorted leave on \
[[date:14/02/2025]]. Escort was a bank HCA who didn't know him; on the walk [[name:Ciarán]] said he \
needed the toilet in a supermarket and left by the back. Police informed, ref \
[[case_reference:ASP-250214-0762]], his mobile [[phone:07700 900935]] switched off. Found the \
following morning at his brother's flat, unharmed but had not had his evening clozapine. \
{{Responsible Clinician}} reviewing leave conditions; we need a rule that escorts have met the \
patient before."""),

    ("health", "near_miss", """\
Near miss - wrong patient on theatre list. Mr [[name:Hartley]] was listed for reversal of \
{{Hartmann's}} on [[date:24 March]], but the list was printed with Mr [[name:Hartnell]]'s hospital \
number ([[case_reference:RBA 0087134]]) - Mr [[name:Hartnell]] is on the same ward awaiting a \
{{Whipple's procedure}}. Picked up at sign-in by the anaesthetist, Dr [[name:Ngozi Eke]], who \
checked the wristband against the list and the consent form. List corrected by theatre \
coordinator [[name:Bernadette]]. Cause: surname search in the booking system returns partial \
matches and the first hit was picked."""),

    ("health", "incident", """\
District nursing - category 4 pressure ulcer. Patient: [[name:Arthur Greenhalgh]], [[age:91]], \
[[address:4 Lilac Grove, Bolton]] [[postcode:BL3 4RQ]], NHS [[nhs_number:952 043 1322]]. Visited on \
[[date:11/02/25]] for a routine leg dressing; found a category 4 sacral ulcer not previously \
documented. He had been refusing to let carers from [[organisation:Caring Hands Bolton]] reposition \
him and they had not escalated. Daughter [[name:Maureen]] ([[phone:01204 496730]]) unaware. \
Referred to {{tissue viability}}, pressure-relieving mattress delivered same day, and \
{{Section 42}} safeguarding concern raised regarding the care agency."""),

    ("health", "success", """\
What went right - bruising in a non-mobile baby. [[name:Noah Kaczmarek]], [[age:4 months]], NHS \
[[nhs_number:329 220 0539]], was brought to [[organisation:Leicester Royal Infirmary]] ED on \
[[date:27/01/2025]] with a cough. Triage nurse [[name:Becky]] noticed a small bruise behind his ear \
while doing obs and didn't accept "he did it with his rattle". She flagged it to the \
{{paediatric registrar}} and the bruising protocol was followed: skeletal survey found two healing \
rib fractures. Referral to {{MASH}} the same day, baby safe in hospital. [[name:Becky]]'s curiosity \
made the difference."""),

    ("health", "incident", """\
Letter filed to wrong patient. A discharge summary for [[name:Margaret Ann Hughes]] (NHS \
[[nhs_number:466 049 4608]]) was filed into the record of [[name:Margaret Hughes]] (NHS \
[[nhs_number:444 486 0790]]) at [[organisation:Beaumont Street Surgery]]. The second Mrs \
[[name:Hughes]] was then sent an automated SMS asking her to book a review of her "new diagnosis of \
{{Crohn's disease}}". She rang reception very upset on [[date:Tuesday 4 February]]. Workflow admin \
[[name:Samira]] had matched on name only because the DOB was missing from the scanned letter. \
Record corrected, apology given, {{Caldicott Guardian}} informed. Matching now requires NHS number."""),

    ("health", "near_miss", """\
Near miss - penicillin allergy. [[name:Will Fairbanks]], [[age:8]], came to the paediatric \
assessment unit with tonsillitis and the junior doctor prescribed {{phenoxymethylpenicillin}}. \
[[name:Will]]'s {{mum}} said he will be fine with it "because it's not proper penicillin" - but his \
GP record from [[organisation:Ashgrove Surgery]] shows anaphylaxis to amoxicillin in \
[[date:March 2019]]. Pharmacist [[name:Hamid]] caught it on the screening round before the first \
dose. The allergy wasn't on the e-prescribing record because the GP summary hadn't imported. \
Changed to clarithromycin."""),

    ("health", "incident", """\
Never Event - retained swab. Patient [[name:Susan Kerr]], hosp no [[case_reference:H0731552]], had a \
laparoscopic cholecystectomy converted to open on [[date:17/12/2024]], surgeon \
Mr [[name:Adebayo-Clarke]]. Swab count documented as correct by the scrub nurse ([[name:L. Zhou]]) \
and circulator. Patient re-presented on [[date:6 January]] with pain and fever; CT showed a retained \
swab. Returned to theatre at [[organisation:Queen Elizabeth Hospital Birmingham]]. Datix \
[[case_reference:W216004]]. {{Never Event}} declared and {{Duty of Candour}} letter sent. Initial \
review suggests an extra pack was opened during conversion and not added to the whiteboard.

Findings so far:
- conversion happened at 11:05; theatre team changed over at 11:30 for lunch relief
- the relieving scrub nurse was not told about the additional pack
- the final count was done against the whiteboard, not the pack labels
Immediate actions: Mr [[name:Adebayo-Clarke]] met the patient and her husband [[name:Ewan]] in \
person on [[date:8 January]]; counts at handover now require both nurses to sign; theatres \
reminded that every opened pack is written on the board at the time of opening."""),

    ("health", "success", """\
Really good joined-up discharge for Mrs [[name:Kokila Patel]] ([[age:79]]) from \
[[organisation:Elm Ward]] on [[date:21 March]]. She lives alone at \
[[address:27 Melbourne Road, Leicester]] [[postcode:LE2 0GW]] and speaks only Gujarati. \
{{The discharge coordinator}} ([[name:Hema]]) booked a Gujarati-speaking {{reablement}} carer, got \
the key safe fitted the day before, and rang Mrs [[name:Patel]]'s son [[name:Bhavesh]] in Nairobi \
([[phone:+254 722 555 019]]) so he was in the loop. Mrs [[name:Patel]]'s GP at \
[[organisation:Highfields Medical Centre]] had the summary by 4pm. No readmission at 30 days."""),

    ("health", "incident", """\
Dispensing error - {{methotrexate}}. [[name:Doreen Atkinson]], DOB [[date_of_birth:19/08/1951]], NHS \
no [[nhs_number:750 328 1014]], was dispensed methotrexate 10mg tablets instead of 2.5mg by \
[[organisation:Wellfield Pharmacy]] on [[date:7th Feb]]. Her dose is 7.5mg {{once weekly}} (3 x \
2.5mg). She took 3 tablets - 30mg - before her son noticed the strength on the box. Admitted to \
[[organisation:Sunderland Royal Hospital]] for folinic acid and bloods; discharged after 2 days, \
counts OK. Pharmacy have removed 10mg stock from the dispensing shelf and added a second check for \
high-risk drugs."""),

    ("health", "near_miss", """\
Near miss during call. Caller [[name:Kerry-Ann]] rang about her son [[name:Jake]] ([[age:2]]), \
"breathing funny". Pathway routed her to a 6-hour primary care disposition. {{The call handler}}, \
[[name:Rob]], wasn't comfortable - could hear grunting in the background - and asked the \
{{clinical navigator}} to listen in. Upgraded to 999. [[name:Jake]] had bronchiolitis with sats of \
88% on arrival at [[organisation:Alder Hey]]. Callback number [[phone:0151 496 0288]]. Address on \
system [[address:12 Scargreen Avenue, Liverpool]] [[postcode:L11 3BP]]."""),

    ("health", "incident", """\
Consent obtained without a professional interpreter. Mrs [[name:Huang Mei]] ([[age:68]]), Cantonese \
speaker, was consented for an {{OGD}} at the [[organisation:Manchester Royal Infirmary]] endoscopy \
unit on [[date:12.03.2025]] with her granddaughter [[name:Lucy]] ([[age:13]]) interpreting. The \
procedure went ahead. Afterwards Mrs [[name:Huang]] told {{the nurse}} through a telephone \
interpreter that she had thought it was "a scan" and would not have agreed to sedation. No physical \
harm but valid consent was not obtained. Family contact [[name:Chun Wah]] [[phone:07700 900562]]."""),

    ("health", "success", """\
Massive thank you to [[name:Joy]] and [[name:Kwame]] on [[organisation:Larch Ward]] last night. \
Mr [[name:Dyer]] in bed 4 was going off, {{NEWS2}} 3 to 7 in an hour, they escalated straight \
away. Outreach there in 10 mins. Textbook."""),

    ("health", "incident", """\
RTC - delayed handover. Crew [[name:Mick Dobson]] and [[name:Aisha Rahman]] attended an RTC on the \
A64 at 07:20 on [[date:30/01/2025]]. Driver [[name:Connor Walsh]], [[age:19]], car \
[[vehicle_registration:YB17 FNE]] v tree. Suspected pelvic fracture, binder applied, conveyed to \
[[organisation:Leeds General Infirmary]] as the {{Major Trauma Centre}}. Held outside ED for 2 hrs \
10 mins due to handover delays; patient remained on the {{scoop}} throughout and needed a second \
dose of morphine in the back of the truck. Incident no [[case_reference:YAS-IR-2025-01877]]. \
[[organisation:Yorkshire Ambulance Service]] and trust reviewing jointly."""),

    ("health", "near_miss", """\
Near miss - wrong patient radiograph. At [[organisation:Parkside Dental Care]] Dr \
[[name:Oyelaran]] was about to extract LL6 for [[name:Bethan Lloyd]] (DOB \
[[date_of_birth:02/02/1990]]) based on a {{periapical radiograph}} that actually belonged to \
[[name:Bethany Lloyd]], seen the week before. The {{dental nurse}}, [[name:Gemma]], noticed the \
image date didn't match and stopped the procedure. New radiograph showed the tooth was restorable. \
Imaging software now shows DOB on every image."""),

    # ------------------------------------------------------------------ aviation
    ("aviation", "incident", """\
ASR - unstable approach / go-around
Flt [[flight_number:EZY6241]], {{A320}} [[aircraft_registration:G-EZTH]], [[date:16MAR25]]
RWY 27 [[organisation:Bristol Airport]]. Wind 240/24G38. Late ATC speed control, fast at 1000ft \
(Vapp+22), not stable by 500. PF ({{first officer}}) continued briefly, PM (me) called go-around at \
400ft. GA flown normally, second approach stable, landed. Crew debriefed. Suggest review of ATC \
speed instructions in strong wind.
Capt [[name:R. Jaworski]]"""),

    ("aviation", "near_miss", """\
{{TCAS RA}} climbing through FL90 out of [[organisation:Stansted Airport]] as \
[[flight_number:RYR81QT]]. Bizjet [[aircraft_registration:N512GX]] descending into \
[[organisation:Luton Airport]] busted its level and came within 1.1nm. Followed the RA, climb, \
max deviation 700ft. Reported to [[organisation:London Control]] on freq. Capt [[name:Eoin Gallagher]], \
FO [[name:Nadia Haddad]], a/c [[aircraft_registration:EI-EVL]] {{B737-800}}. Airprox filed, CVR \
pulled."""),

    ("aviation", "incident", """\
Cabin crew report. [[flight_number:LS1479]] to Alicante, [[date:05/04/2025]], {{A321}}. Pax in 23C, \
[[name:Liam Doherty]] (DOB [[date_of_birth:12/10/1996]] per manifest), drank his own duty-free \
vodka, became verbally abusive to [[name:Jade]] ({{No. 3}}) when refused further service and \
grabbed her wrist. {{Level 2}} disruptive pax procedure followed, restraint kit not required. \
Captain requested police on arrival and they met the aircraft. [[name:Jade]] ok, wrist sore, off \
next rotation. Other pax [[name:Helen]] and [[name:Mark Ainsworth]] gave statements. \
CSM: [[name:Jo Pritchard]]."""),

    ("aviation", "success", """\
What went right - fuel spill on stand 12. Dispatcher [[name:Kofi Asante]] \
([[organisation:Swissport]]) spotted fuel dripping from the right wing vent of \
[[aircraft_registration:G-JZHF]] during the turnaround at [[organisation:Leeds Bradford Airport]] on \
[[date:8 February]]. He stopped boarding, called the {{Airport Fire Service}} and had the GPU \
switched off. Turned out to be an overflow during refuel - about 60 litres on {{the apron}}. \
Boarding resumed after 40 mins. [[name:Kofi]]'s quick stop kept 180 pax from walking through a \
spill."""),

    ("aviation", "incident", """\
Birdstrike on takeoff. [[aircraft_registration:EI-FMJ]] ({{ATR 72}}) operating \
[[flight_number:EI3702]], [[organisation:Belfast City Airport]] RWY 22, [[date:10 June 2024]]. \
Multiple gulls at rotation, rumble from No.2 engine, ITT spike. Returned to land, emergency \
declared, fire cover met us. Engine ingestion confirmed, 3 blades damaged. No injuries. MOR filed \
([[case_reference:2024/12866]]) and {{CAA}} notified. Grass cutting had been done that morning, which \
usually brings the gulls in - airport wildlife team aware."""),

    ("aviation", "near_miss", """\
Runway incursion - contractor vehicle. At 14:22 on [[date:19/09/2024]] a white Transit, reg \
[[vehicle_registration:KN66 WFD]], belonging to [[organisation:Hendry Groundworks Ltd]] crossed \
holding point A3 at [[organisation:Aberdeen International Airport]] without clearance while \
[[aircraft_registration:G-LGNK]] ({{Saab 340}}) was on a 3nm final. Tower ([[name:Fraser]]) sent the \
aircraft around. Driver Mr [[name:D. McAllister]] held a valid {{ADP}} but said he was following \
his sat nav. ADP suspended pending retraining, {{MOR}} raised."""),

    ("aviation", "incident", """\
From: [[name:Paweł Zieliński]] <[[email:p.zielinski@aerotechmro.co.uk]]>
Date: [[date:Thu 20 Feb 2025]] 06:02
Subject: Tech log entry - [[aircraft_registration:G-ISLK]]

Hi [[name:Marek]],

During the night check on [[aircraft_registration:G-ISLK]] ({{ATR 72}}) at \
[[organisation:Southampton Airport]] I found the torque link bolt on the LH MLG fitted without its \
cotter pin. The aircraft had flown 4 sectors since the wheel change on [[date:17/02]]. Bolt and nut \
still in place and torqued. Replaced the pin, full inspection of both MLG, no damage. Aircraft \
released 05:40. Reporting through {{MOR}} as well as internally - [[case_reference:QR-25-0117]].

Regards,
[[name:Paweł]]
B1 Licensed Engineer
[[phone:+44 7700 900118]]"""),

    ("aviation", "success", """\
Inflight medical - cardiac arrest. [[flight_number:BA2167]] to Tampa, [[date:2 Nov 2024]], \
{{B777}}. Male pax, [[age:58]], collapsed 3 hrs out. Crew started CPR and had the AED on within 3 \
mins. A passenger, Dr [[name:Amara Nwachukwu]], an ED consultant at \
[[organisation:Whiston Hospital]], took over. ROSC after 2 shocks. Diverted to \
[[organisation:Shannon Airport]], met by ambulance. He survived and his wife has emailed to thank \
the crew. SCCM [[name:Gareth]] and crew to be nominated for the CEO award. {{MedLink}} advice was \
clear and quick."""),

    ("aviation", "near_miss", """\
Airspace infringement - solo student. [[name:Hannah Brookes]] in [[aircraft_registration:G-BSYZ]] \
({{PA-28}}) on a solo nav exercise from [[organisation:Cotswold Airport]] on [[date:22/07/2024]] \
clipped the edge of controlled airspace by about 0.5nm. Her {{moving map}} was running an \
out-of-date airspace file. Radar called her on the listening squawk and she turned away promptly. \
Debriefed by our CFI [[name:Dai]]. [[organisation:Skyline Flight Training]] has now added a \
pre-flight check that the chart data is current. Self-reported to the {{CAA}}."""),

    ("aviation", "incident", """\
UM handover failure. [[name:Amira Farah]], [[age:11]], travelling as an {{unaccompanied minor}} on \
[[flight_number:BA1306]] from Aberdeen on [[date:15 August]]. On arrival at \
[[organisation:Heathrow]] T5 the {{ground host}} could not find the collecting adult, \
Mr [[name:Abdullahi Farah]], listed on the UM form with mobile [[phone:07700 900274]], which went to \
voicemail. [[name:Amira]] was left sitting at the gate with a cleaner for 25 mins while the host \
went to find a supervisor. Her dad had gone to T3. He was eventually reached and she was handed \
over at 18:40. [[name:Amira]] upset but fine. The host should never have left her.
Timeline: 17:35 on blocks; 17:50 host arrives at gate; 18:05 dad not in arrivals, host leaves to \
find supervisor; 18:15 cleaner flags child on her own to gate staff; 18:30 dad reached via the \
emergency contact (aunt, [[phone:+252 61 555 0147]]); 18:40 handover with ID checked. \
Actions: UM desk to hold a second contact number for the collecting adult, and no host to leave \
a UM without a handover to another member of staff."""),

    ("aviation", "near_miss", """\
Fatigue report. Roster [[date:3-6 April]]: 3 earlies, then a late-to-early swap with minimum rest \
at the hotel. On [[flight_number:LM413]] ({{Embraer 145}}) into [[organisation:Kirkwall Airport]] I \
missed two radio calls on descent and only realised when the captain took the radio. Legal under \
{{FTL}} but I was not fit. Reporting through FRMS so the swap pattern gets looked at - it is the \
third time this winter. FO [[name:Ikram Shah]], [[organisation:Loganair]]."""),

    ("aviation", "incident", """\
HEMS - downwash at hospital helipad. [[aircraft_registration:G-NWEM]] ({{H145}}) landing at \
[[organisation:Royal Stoke University Hospital]] helipad on [[date:11/10/2024]] at 15:50. Rotor \
downwash lifted an unsecured wheelchair ramp left by contractors, which struck a parked car \
([[vehicle_registration:FP70 LXK]]). No injuries. Security had not closed the footpath as the \
landing call came through late. Pilot Capt [[name:Simon Threlfall]], \
[[organisation:North West Air Ambulance]]. Reported to the hospital's estates team and \
{{the landing site}} is closed until the contractors' storage is moved."""),

    ("aviation", "success", """\
Well done FO [[name:Sandhu]] on [[flight_number:EXS72PD]] - spotted the {{load sheet}} had pax \
forward when the cabin was loaded aft, got it redone before doors closed. Trim would've been out. \
Good catch."""),

    ("aviation", "incident", """\
ATC occurrence - level bust. [[date:3rd May 2024]], 16:14 UTC. [[flight_number:EZY83HB]] cleared \
to descend FL120, readback correct, descended to FL109 with [[flight_number:TOM6PX]] at FL100 5nm \
ahead. STCA activated, avoiding action given. Min sep 1.2nm / 900ft. Controller [[name:Aled]] \
({{radar controller}}, [[organisation:London Terminal Control]]). Crew said they had set 100 in \
error. {{MOR}} filed by both the unit and the operator."""),
]

NI_RE = re.compile(r"^(?!BG|GB|NK|KN|TN|NT|ZZ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z] ?\d{2} ?\d{2} ?\d{2} ?[A-D]$")
POSTCODE_RE = re.compile(r"^[A-Z]{1,2}\d[A-Z\d]? ?\d[ABD-HJLNP-UW-Z]{2}$", re.I)
TITLE_RE = re.compile(r"^(Mr|Mrs|Ms|Miss|Dr|DC|DS|PC|Capt|Sister|FO)\b\.?", re.I)
# labels whose every verbatim re-occurrence in a text must itself be labelled
CONSISTENT = {"name", "email", "phone", "address", "postcode", "nhs_number", "ni_number",
              "case_reference", "vehicle_registration", "aircraft_registration", "flight_number",
              "organisation", "date_of_birth"}


def build() -> list[dict]:
    records = []
    for number, (domain, kind, marked) in enumerate(REPORTS, start=1):
        rid = f"blind9-{number:03d}"
        assert domain in DOMAINS, (rid, domain)
        assert kind in KINDS, (rid, kind)
        text, spans, negatives = parse(marked, labels=LABELS)
        words = len(text.split())
        assert 30 <= words <= 220, (rid, words)
        assert 1 <= len(negatives) <= 3, (rid, len(negatives))
        intervals = sorted([(s["start"], s["end"]) for s in spans]
                           + [(n["start"], n["end"]) for n in negatives])
        for (_, end_a), (start_b, _) in zip(intervals, intervals[1:]):
            assert end_a <= start_b, (rid, "overlap")
        for span in spans + negatives:
            value = text[span["start"]:span["end"]]
            assert value and value == value.strip(), (rid, value)
        for span in spans:
            value = text[span["start"]:span["end"]]
            label = span["label"]
            assert not value.endswith("'s"), (rid, value)
            if label == "nhs_number":
                assert nhs_ok(value), (rid, value)
            elif label == "ni_number":
                assert NI_RE.match(value), (rid, value)
            elif label == "postcode":
                assert POSTCODE_RE.match(value), (rid, value)
            elif label == "name":
                assert not TITLE_RE.match(value), (rid, value)
            if label in CONSISTENT:
                for hit in re.finditer(r"(?<!\w)" + re.escape(value) + r"(?!\w)", text):
                    assert any(s["start"] <= hit.start() and hit.end() <= s["end"]
                               for s in spans), (rid, "unlabelled repeat", value)
        records.append({"id": rid, "domain": domain, "kind": kind, "text": text,
                        "spans": spans, "negatives": negatives})
    ids = [r["id"] for r in records]
    assert len(ids) == len(set(ids))
    return records


def main() -> None:
    records = build()
    write_records(OUT, records)


if __name__ == "__main__":
    main()
