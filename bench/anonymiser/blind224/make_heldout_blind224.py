"""Held-out blind corpus 224: 50 invented UK learning reports written without sight of the
de-identifier or of any other corpus, so that scores on it measure how well it generalises.

Settings (all people, organisations, places, numbers and references are invented):

* social_care (17) - an adoption and special guardianship support team in a regional adoption
  agency and its council: adopters, SGO carers, life story work, letterbox contact, the
  adoption support fund, panel.
* health (17) - a small chain of community pharmacies: pharmacists, dispensers, controlled
  drugs, supervised methadone and buprenorphine, NMS, repeat dispensing, GP queries, deliveries.
* aviation (16) - an approach radar unit at a regional airport: radar controllers, LARS, zone
  transits and infringements, handovers to area control, equipment outages.

Each domain mixes incident, near_miss and success reports. Styles are deliberately mixed: rushed
lower-case notes with typos and txt-speak, formal narratives, timed chronologies, forms with
Name/DOB/Ref/Address fields, e-mails with headers and signatures, chat exports (Teams, WhatsApp,
Slack) with handles, handover notes, minutes with attendance and apologies, pipe and aligned
tables, RT transcripts, shout-outs and thank-you notes. Identifiers are marked [[label:value]];
must-not-redact look-alikes (roles, national bodies, drugs, equipment, acronyms, generic days,
place-type words) are marked {{term}}.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from markup import block, build_records, write_records  # noqa: E402
from markup import flow as prose  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "corpus" / "heldout_blind224.jsonl"

REPORTS = [
    # ------------------------------------------------------------------ social care (17)
    ("social_care", "incident", prose("""
letterbox issue - sent the summer {{letterbox}} letter from the {{adopters}} to {{birth mum}}
today & realised after its gone that they'd signed it with there surname, and the 2nd para
mentions [[name:amber]]'s school by name ([[organisation:st aldric's primary]]). i didnt spot
it when i checked it, was covering for [[name:kav]] who normally does the letterbox checks.
rang birth mum ([[name:rose]]) straight away, she was actually v nice about it and said she'd
post it back but has prob read it. told {{TM}} ([[name:Dafydd]]) + adopters. adopters v upset
understandably, worried bout mum turning up at the {{school gates}}. [[name:amber]] is only
[[age:6]] so cant easily move schools. {{DSL}} at school informed and they have a photo.
{{DPO}} notified, ref [[case_reference:DP-24-0193]]. we need to look at the letterbox
{{checklist}} - theres no 2nd checker anymore since the {{restructure}}. sorry for typos, on
phone in car
""")),
    ("social_care", "near_miss", block("""
From: [[name:Ioana Popescu]] <[[email:i.popescu@adoptpenninevale.org.uk]]>
To: {{Adoption Support Team}} (shared inbox)
Sent: [[date:14 February 2024]] 16:52
Subject: near miss - ASF application

Hi all,

Flagging a {{near miss}} so we can learn from it. I was finishing the {{Adoption Support Fund}}
application for {{therapeutic parenting}} for the [[name:Okonkwo-Reid]] family and copied the
wording from a previous application. Before submitting I noticed the {{assessment of need}}
still had the previous child's first name ([[name:Tyler]]) and his {{DOB}}
([[date_of_birth:22/07/2015]]) in section 3. If it had gone through, another family's details
would have been shared with the provider ([[organisation:Kestrel Family Therapy CIC]]).

Nothing was sent. I've corrected it and application [[case_reference:ASF-24-00871]] went off
clean. Suggestion: we stop cloning old forms and always start from the blank {{template}} on
the {{S drive}}.

Thanks,
[[name:Ioana]]

[[name:Ioana Popescu]] | {{Adoption Support Social Worker}}
[[organisation:Adopt Pennine Vale]] | [[phone:01632 960 418]]
""")),
    ("social_care", "success", prose("""
Shout-out to [[name:Faith Oyelaran]] and our {{family support worker}} [[name:Joy]] for the
{{life story work}} with the [[name:Hennessy]] sibling group. The three of them,
[[age:4]], [[age:7]] and [[age:9]], had never had a {{life story book}} that made sense of why
they came into care, and their {{adopters}} had been struggling with questions from the eldest.
[[name:Faith]] met birth nan twice, tracked down photos from the old {{foster carer}}, and
[[name:Joy]] made a {{memory box}} with each child. At the {{review}} on
[[date:Thursday 9th May]] dad said the eldest had read his book to his teacher at
[[organisation:Marsden Heath Academy]] without being asked. Brilliant, careful,
trauma-informed work - exactly what {{Signs of Safety}} means when it says the child's voice
should be in the plan. Thank you both! - [[name:Bethan]] ({{TM}})
""")),
    ("social_care", "incident", block("""
Incident chronology - unplanned contact at school
Child: [[name:Lexi]] ([[case_reference:SGO-3317]])   Carer: [[name:Pat Moorcroft]] (maternal gran, {{SGO}} carer)

[[date:21/03/24]]
14:05  [[name:Pat]] rang {{duty}} - birth dad [[name:Jordan Fairclough]] outside the school gates at [[organisation:Ashgrove Primary]], not on the {{contact plan}}.
14:12  {{Duty SW}} ([[name:Mehmet Yıldız]]) advised [[name:Pat]] to ask school to keep [[name:Lexi]] inside; school {{DSL}} informed.
14:20  [[name:Mehmet]] called {{101}}; police log [[case_reference:PL-0655-210324]].
14:48  [[name:Jordan]] left before police arrived. [[name:Lexi]] collected by [[name:Pat]] via the back entrance.
15:30  {{strategy discussion}} not needed per {{Team Manager}}; {{risk assessment}} to be updated.
16:10  Text from [[name:Jordan]] to [[name:Pat]]: "im her dad u cant stop me". [[name:Pat]] to keep screenshot.
Next day: {{safety plan}} reviewed with [[name:Pat]]; school given a photo of [[name:Jordan]].
Learning: the {{SGO support plan}} didn't say what to do if dad turned up unannounced. Needs a clear contingency section.
""")),
    ("social_care", "incident", block("""
INCIDENT / DATA BREACH FORM
Ref: [[case_reference:IR-2024-0412]]
Date of incident: [[date:02/04/2024]]
Reported by: [[name:Xiaoling Zhou]], {{Senior Practitioner}}
Child name: [[name:Kai Brennan-Achterberg]]
DOB: [[date_of_birth:17/11/2018]]
Adopters: [[name:Will]] and [[name:Mark Thornbury-Hale]]
Address: [[address:14 Ferncliffe Mews, Oldroyd]] [[postcode:HD6 3RT]]

What happened: {{Birth grandmother}} made a {{subject access request}}. The bundle sent on
[[date:28 March]] by {{recorded post}} included the {{Adoption Support Plan}} with the adopters'
address and [[name:Kai]]'s new surname unredacted on page 2.
Immediate action: her {{solicitor}} ([[organisation:Garside & Lunt Solicitors]]) contacted; pages
returned unopened per their letter. {{ICO}} report considered by the {{DPO}}.
[[name:Will]] and [[name:Mark]] informed in person by [[name:Xiaoling]] on [[date:3 April]].
Learning: two-person {{redaction}} check for any {{SAR}} involving an adoptive placement.
""")),
    ("social_care", "near_miss", block("""
[{{Teams}} chat - Adoption Panel admin]
[[date:Tue 16 Jan]]
[09:14] [[name:Zara Baig-Hutchinson]]: morning, {{panel papers}} for [[date:Weds 17th]] gone out?
[09:15] [[name:Tomasz Wójcik]]: yep sent last night to all {{panel members}} via Egress
[09:21] [[name:Zara Baig-Hutchinson]]: hang on, panel list has [[name:dafydd]] as [[email:d.pryce@calderbrook.gov.uk]] but you've sent to [[email:d.pryce@calderbook.gov.uk]] (no r)
[09:22] [[name:Tomasz Wójcik]]: oh no
[09:24] [[name:Tomasz Wójcik]]: egress says not opened, revoking now
[09:26] [[name:Tomasz Wójcik]]: revoked + resent to right address. it was the {{PAR}} and {{CPR}} for the [[name:Adeyemi]] match 😬
[09:27] [[name:Zara Baig-Hutchinson]]: phew. {{autocomplete}} strikes again. can u log it as a near miss pls, {{Panel Chair}} will want to know
[09:40] [[name:Tomasz Wójcik]]: logged [[case_reference:NM-0087]]. going to ask {{IT}} if we can flag external domains that look like ours
""")),
    ("social_care", "success", block("""
Adoption & SGO Support - {{Learning Review}} minutes
Date: [[date:11 June 2024]]
Present: [[name:Bethan Llewellyn]] (Chair, {{Team Manager}}), [[name:Kavita Raghunathan]], [[name:Kofi Mensah-Boateng]], [[name:Aoife Gallagher]], [[name:Hope Adeyemi-Clarke]] ({{Virtual School}})
Apologies: [[name:Tomasz Wójcik]], Dr [[name:Ngozi Eze]] ({{CAMHS}})

1. Good practice - [[name:Precious]] ([[age:12]]), living with her aunt under an {{SGO}}.
Placement was close to breakdown in {{January}}. [[name:Kofi]] secured {{ASF}} match-funding for
{{DDP}} via [[organisation:Brightlings Therapy Ltd]] within 3 weeks, and [[name:Hope]] set up a
{{PEP}} at [[organisation:Holmebridge High School]] so school used the same language as home.
2. Outcome: no exclusions since {{Easter}}; aunt says "we're a family again".
3. What helped: one named worker, quick {{panel}} decision, school in the loop early.
4. Actions: [[name:Aoife]] to write up as a {{7-minute briefing}} by [[date:28/06]].
[[name:KR]] to share with the {{RAA}} practice group.
""")),
    ("social_care", "incident", block("""
DUTY HANDOVER - {{Fri}} pm -> {{Mon}} am
from: [[name:sunny]] (duty)   to: [[name:JK]]

- Mrs [[name:Agyeman]] ({{SGO}} carer for twins) rang 15:40 v distressed, [[name:Darnell]] ([[age:15]]) hit her w/ a mug, small cut above eye, went to {{walk-in centre}}. no police. did {{safety plan}} on phone, he's gone to his uncle's for w/e (uncle [[name:Femi]], [[phone:07700 900562]]). NEEDS follow up - {{strategy}}? talk to {{TM}}.
- [[name:Grace]] & [[name:Lorcan]] ({{adopters}}, [[case_reference:AS-1189]]) - {{ASF}} renewal expires [[date:30/09]], forms not done. not urgent but chase.
- letterbox - 3 letters in tray, not checked. DO NOT post until 2nd person checks (see last month).
- {{EDT}} rang re [[name:Darnell]] sat 01:00?? pls check {{out of hours}} log first thing
- pool car [[vehicle_registration:YK21 PWV]] has warning light on, keys at reception

[[name:sunny]]
""")),
    ("social_care", "near_miss", block("""
{{WhatsApp}} export - "Adoption Support Team 💬"  [[date:12/07/2024]]
[10:02] [[name:Nkechi]]: anyone know a {{GP}} called Dr [[name:Halloran]]? rang asking for [[name:Sienna]]'s new address for "records transfer"
[10:03] [[name:Kav R]]: don't give it!! GPs transfer via {{GP2GP}} / {{PCSE}}, they never need it from us
[10:03] [[name:Nkechi]]: I hadn't, said I'd ring back. number he gave was a mobile [[phone:07700 900731]]
[10:05] [[name:Dafydd P]]: good instinct. ring the surgery on the number from their website, not the one he gave
[10:19] [[name:Nkechi]]: surgery ([[organisation:Fellgate Medical Practice]]) have no Dr [[name:Halloran]] 😳
[10:20] [[name:Dafydd P]]: right - I'll ring the {{adopters}} and flag to {{MASH}}. could be birth family trying to trace her
[10:22] [[name:Nkechi]]: logged [[case_reference:NM-0091]]. Will add a line on {{ID checks}} to the {{duty script}}
""")),
    ("social_care", "success", prose("""
I would like to record the work with the [[name:Szymański]] family as good practice.
[[name:Lena]] (now [[age:8]]) was placed for adoption [[age:aged 3]] with [[name:Agnieszka]]
and [[name:Marek Szymański]], and by last autumn the placement was at real risk of
{{disruption}}: daily {{violent outbursts}}, a reduced timetable at school and both parents
exhausted. Their {{social worker}}, [[name:Aoife Gallagher]], applied to the
{{Adoption Support Fund}} for {{Theraplay}} and a {{sensory integration assessment}}, and while
waiting she offered fortnightly reflective sessions to the parents. She also liaised with the
{{SENCO}} at [[organisation:Kirkheaton Junior School]] so that [[name:Lena]] had a calm space and
a key adult. Six months on, [[name:Lena]] is attending full-time, her parents describe "more
good days than bad", and the {{ASF}} review on [[date:5 November]] agreed the package had
worked. Key learning: an early {{assessment of need}} and pairing therapy with practical school
support made the difference.
""")),
    ("social_care", "incident", block("""
{{Letterbox}} contact log - {{Q2}} exceptions (for {{team meeting}})
| Ref | Child | Exchange | Issue | Action |
|---|---|---|---|---|
| [[case_reference:LB-0456]] | [[name:H.T.]] | {{adopters}} -> {{birth mum}} | letter sat in tray 6 weeks | sent [[date:20/05]] with apology |
| [[case_reference:LB-0471]] | [[name:Tayo]] | adopters -> {{birth dad}} | photo showed school badge ([[organisation:Greystones Academy]]) | photo removed before sending |
| [[case_reference:LB-0502]] | [[name:Mia-Rose]] | adopters -> {{birth nan}} | posted to old address [[address:7 Coal Pit Lane, Shepley]] | opened by new occupier, returned |
| [[case_reference:LB-0519]] | [[name:Oskar]] | birth mum -> adopters | signed with mum's new married name | {{TM}} decision: redact |
Summary: 3 of 4 are process failures (no {{second checker}}). Raised with {{Head of Service}}. Owner: [[name:Kavita]]
""")),
    ("social_care", "near_miss", prose("""
During {{quality assurance}} of a {{later life letter}} for [[name:Reuben]] ([[age:aged 5]]),
the reviewing {{Senior Practitioner}} noticed that the draft gave the full names of
[[name:Reuben]]'s two older half-siblings who still live with {{birth mum}}
([[name:Kaydon]] and [[name:Brooke Lister]]) and the school they attend,
[[organisation:Westfield Lane Primary]]. Given the risks set out in the
{{Child Permanence Report}}, this should not have been given in identifying form, because it
could let [[name:Reuben]] or his {{adopters}} make unplanned contact through social media. The
letter was amended before it was sent to the adopters. The author, a newly qualified worker in
her {{ASYE}}, had used an old {{template}} with no prompt about third-party information.
Learning: the later life letter template now includes a third-party checklist, and letters
written by workers in their first year will be second-read by a {{Practice Educator}}.
""")),
    ("social_care", "incident", block("""
From: [[name:Lukas Brandt]] <[[email:lukas.brandt@calderbrook.gov.uk]]>
To: [[name:Bethan Llewellyn]]
Cc: {{Information Governance}}
Date: {{Mon}} [[date:8 July 2024]] 09:31
Subject: RE: SGO assessment sent unredacted - urgent

[[name:Bethan]],

As discussed. On Friday I sent the {{SGO}} {{viability assessment}} for [[name:Ruby]] to the
parties ahead of the {{IRH}}. The version I attached was unredacted - it contains the paternal
aunt's address ([[address:22 Birkby Road, Lindley]]) and her {{NI number}}
([[ni_number:JT 48 21 93 C]]) from the financial section. It went to mother's solicitor and to
father, who is a {{litigant in person}}. The aunt has a {{non-molestation order}} against him.

I have emailed father asking him to delete it (no reply yet); told the aunt, [[name:Charmaine]],
who is understandably frightened; informed police and the {{Children's Guardian}}; and sent a
breach form to {{IG}} (ref [[case_reference:IG-2024-118]]).

I'm really sorry. I should have opened the attachment before sending.

[[name:Lukas]]

[[name:Lukas Brandt]]
{{Kinship Assessment Social Worker}}, [[organisation:Calderbrook Council]]
[[phone:0113 496 0782]]
""")),
    ("social_care", "success", block("""
From: [[name:Grace Afolabi]] <[[email:grace.afolabi84@btinternet.com]]>
To: [[name:Kofi Mensah-Boateng]]
Subject: thank you!!

Hi [[name:Kofi]],

Just wanted to say a massive thank you from me and [[name:Tunde]]. When we rang you in {{March}}
we honestly thought we couldn't carry on. You were the first {{social worker}} who really
listened, you didn't judge, and you got the {{ASF}} application for
{{therapeutic life story work}} in within a fortnight. [[name:Elijah]] has done 10 sessions now
with [[name:Maxine]], his {{therapist}} at [[organisation:Kestrel Family Therapy]], and on
{{Sunday}} night he
asked to look at his {{life story book}} with us for the first time ever. He's [[age:9]] and he
said "I'm glad I'm your boy".

Please pass this on to your {{manager}} - we know you're all stretched and this kind of thing
should be noticed.

Lots of love,
[[name:Grace]], [[name:Tunde]] and [[name:Elijah]] x
""")),
    ("social_care", "incident", prose("""
car (my own, [[vehicle_registration:BD19 XKF]]) broken into while on a visit to adopters on
[[address:Marsh Lane, Upper Holme]] approx 1510-1555. work bag taken from the {{boot}} - had my
{{laptop}} (encrypted, {{BitLocker}}) + a paper file for the [[name:Ng]] family i'd printed for
the {{post-adoption}} review on [[date:thurs 23rd]] incl {{adoption order}} copy + the
{{contact agreement}} w birth mums name. i know we're not meant to carry paper. reported to
police, crime ref [[case_reference:CR-13-240523-7781]]. rang [[name:bethan]] who said fill this
in + tell {{IG}}. rang the adopters ([[name:Ming]] + [[name:Stephen Ng]]) to explain, they were
calm but asked if birth family could find them from it - i dont think so but the
{{front sheet}} had their address on. {{IT}} remote wiped the laptop at 17:20. feel awful.
[[name:aoife]]
""")),
    ("social_care", "near_miss", block("""
Near miss - sibling contact, [[organisation:Hollins Lane Contact Centre]]
Date: [[date:Sat 3rd August]]
Staff: [[name:Ruairí Quinlan]] ({{contact supervisor}}), [[name:Dionne]] ({{sessional worker}})

09:40  {{Adopters}} [[name:Faisal]] and [[name:Hana Qureshi]] arrive early with [[name:Zain]] ([[age:aged 6]]) for 10:30 contact with his sister.
09:52  {{birth grandparents}} ({{SGO}} carers for older sibling [[name:Kayla]]) also arrive 40 mins early and park next to the [[name:Qureshi]] car.
09:53  [[name:Ruairí]] spots it from the window and asks [[name:Dionne]] to take the adopters in via the {{side door}} before grandparents get out.
10:30  {{Contact}} goes ahead as planned, warm, kids played {{Uno}} lol.
Learning: the {{contact plan}} said "staggered arrival" but not by how long or which entrance.
Adopters' car [[vehicle_registration:LF70 TNW]] now noted on the {{internal plan}} so staff know which car to watch; grandparents asked to arrive at 10:30 on the dot.
""")),
    ("social_care", "success", prose("""
Supervision note - [[name:Kavita Raghunathan]] / [[name:Bethan Llewellyn]],
[[date:19/09/2024]]. Case discussed: [[name:Amara]] and [[name:Joseph]]
([[case_reference:SGO-3402]]), living with their great-uncle [[name:Desmond]] under an {{SGO}}
since the {{Family Court}} hearing in {{May}}. [[name:Kavita]] reflected on the
{{life story work}} she has started with [[name:Amara]] using the {{Three Houses}} tool;
[[name:Amara]] drew her worry house about mum's drinking and then asked to write to mum, which
[[name:Desmond]] is now happy to support through {{letterbox}}. [[name:Desmond]] had refused for
six months. [[name:Kavita]] thinks what changed was meeting him on his own terms at his
{{allotment}} rather than in the house. [[name:Bethan]] noted this as good practice for the team's
{{kinship}} learning log. Actions: [[name:KR]] to apply to the {{ASGSF}} for [[name:Joseph]]'s
{{play therapy}}; [[name:BL]] to share the approach at the {{team meeting}} on
[[date:2 October]].
""")),
    # ------------------------------------------------------------------ health (17)
    ("health", "incident", prose("""
supervised {{methadone}} - gave [[name:danny]]'s dose to [[name:daniel]] by mistake ugh. both
on {{methadone 1mg/ml}}, [[name:danny]] on 60ml & [[name:daniel]] on 35ml. i'd poured both at
9am from the {{CD cupboard}} and labelled the cups with first names only 🙄 [[name:daniel]]
came in first, i asked "[[name:daniel]]?" he said yeah, grabbed the wrong cup. noticed straight
after when the 35ml cup was left. rang his prescriber at
[[organisation:Ravensmoor Recovery Service]] + kept him in the shop 30 mins, {{obs}} ok, he
said he felt a bit wavy. told him no driving + no other {{opioids}} today, partner picked him
up. he has a {{naloxone}} kit. [[name:danny]] got his correct dose from a fresh measure. logged
[[case_reference:WB-INC-2291]]. from now on cups get surname + {{DOB}} and we check
{{2 identifiers}} at handout. [[name:GS]] ({{RP}}) [[organisation:Wellbrook Lowmoor]]
""")),
    ("health", "near_miss", block("""
NEAR MISS RECORD - DISPENSING
Branch: [[organisation:Wellbrook Pharmacy, Pellingford]]
Date: [[date:06/03/2024]]    Time: 11:20
Patient: Mrs [[name:Halina Kowalczyk]]
DOB: [[date_of_birth:14/08/1941]]
NHS No: [[nhs_number:401 023 7589]]
Address: [[address:3 Tanner's Row, Pellingford]] [[postcode:WF14 9LP]]
Prescriber: [[organisation:Tannery Lane Surgery]]
Item prescribed: {{warfarin}} 1mg tablets x 28
Item picked: {{warfarin}} 5mg tablets x 28
Picked by: {{dispenser}} ([[name:PN]])    Spotted by: {{ACT}} ([[name:Lorraine]]) at {{accuracy check}}
Contributing factors: 1mg and 5mg boxes from the same manufacturer, same colour packaging, stored side by side. Busy {{Monday}}, 2 staff off sick.
Action: 5mg moved to a separate shelf with a "{{LASA}}" shelf-edge label. Discussed at {{huddle}}.
Reached patient? NO
""")),
    ("health", "success", prose("""
Big shout-out to [[name:Thuy]] at [[organisation:Wellbrook Hainsworth]] this week. During a
{{New Medicine Service}} follow-up call with Mr [[name:Okoro]], newly started on {{apixaban}}
for {{AF}}, she asked her usual open questions about side effects and he mentioned he'd been
taking {{ibuprofen}} from the supermarket for his knee and that his stools had gone "really
dark". [[name:Thuy]], who is one of our {{pharmacy technicians}}, didn't just tick the box - she
put him on hold and got the pharmacist, [[name:Sunny]], who spoke to him and rang the duty
doctor at [[organisation:Fellside Medical Practice]]. He was seen the same afternoon and
admitted with a {{GI bleed}}; he's home now and doing well. Exactly the kind of careful
listening {{NMS}} is for. Thanks [[name:Thuy]] and [[name:Sunny]] - cake in the staff room 🎂
- [[name:Rajinder]] ({{Area Manager}})
""")),
    ("health", "incident", block("""
CD discrepancy - {{Oramorph}} 10mg/5ml - [[organisation:Wellbrook Thornley Road]]
Ref: [[case_reference:CD-24-0037]]

[[date:Tue 14 May]]
18:05  End-of-day {{CD register}} balance check by {{RP}} [[name:Colm Brannigan]]: register 340ml, physical 240ml (one 100ml bottle missing).
18:20  Checked {{FP10}}s dispensed today - 2 x 100ml supplied, both entered. Checked returns bin, fridge, delivery bags. Not found.
18:45  {{CCTV}} review requested from {{Area Manager}}.
[[date:Wed 15 May]]
09:10  [[name:Colm]] and {{dispenser}} [[name:Patience Mutasa]] re-count: still 100ml short.
10:30  CCTV shows the delivery bag for Mr [[name:Aldous]] packed with 2 bottles instead of 1 at 13:12 on [[date:14/05]].
11:00  Driver [[name:Wojtek]] confirms bag delivered to [[address:Flat 6, Calder Court, Thornley]]; patient's daughter returns the unopened bottle at 14:00.
14:15  Register annotated, balance correct. {{CDAO}} at the {{ICB}} notified as required.
Learning: second-person check of CD bags before they go into the {{delivery crates}}.
""")),
    ("health", "near_miss", block("""
From: [[name:Olamide Adebayo]] <[[email:olamide.adebayo@wellbrookpharmacy.co.uk]]>
To: [[email:fellside.prescriptions@nhs.net]]
Date: [[date:19 April 2024]] 10:47
Subject: Query - duplicate {{eRD}} + acute Rx, patient {{DOB}} [[date_of_birth:02/12/1958]]

Dear colleagues,

We have received two prescriptions this morning for Mr [[name:Harold Beckwith]]
({{NHS number}} [[nhs_number:621 840 9368]]): his {{repeat dispensing}} batch issue for
{{bisoprolol}} 5mg, and an acute Rx from Dr [[name:Varga]] for {{bisoprolol}} 2.5mg. Both are
dated [[date:18/04/24]] and there is no note to stop the 5mg.

We have not supplied either item and have asked Mr [[name:Beckwith]] (by phone,
[[phone:01632 960 593]]) to continue his current supply, of which he has 9 days left.

Could the prescriber please confirm the intended dose and cancel the other item on the
{{Spine}}? Happy to discuss - direct line below.

Kind regards

[[name:Olamide Adebayo]]
{{Pharmacist}}, [[organisation:Wellbrook Pharmacy, Hainsworth]]
[[phone:0113 496 0241]]
""")),
    ("health", "incident", block("""
{{Teams}} - [[organisation:Wellbrook]] {{Deliveries}} channel - [[date:Thu 20 June]]
[14:02] [[name:Wojtek K]]: nobody in at [[address:12 Rowan Close]] so left Mrs [[name:Pearson]]'s bag with {{next door}} (no 14) like she said before
[14:09] [[name:Hollie B]]: [[name:wojtek]] that bag had her {{fentanyl}} patches in, {{CD bags}} CANNOT be left with {{neighbours}}
[14:10] [[name:Wojtek K]]: nobody told me it was CD 😟 there was no sticker
[14:11] [[name:Hollie B]]: ugh the {{CD}} sticker wasn't put on. my fault, i bagged it
[14:15] [[name:Wojtek K]]: going back now
[14:31] [[name:Wojtek K]]: got it back from neighbour, still sealed. Mrs [[name:Pearson]] home now, delivered + signed. van [[vehicle_registration:YR68 HWL]] back at 4
[14:33] [[name:Sunny Gill]]: thanks both. [[name:Hollie]] pls {{Datix}} it. we'll add the red CD sticker to the {{bag-check}} list and the {{SOP}}
""")),
    ("health", "success", block("""
[[organisation:Wellbrook Pharmacy Group]] - {{Patient Safety Huddle}} (monthly)
[[date:3 July 2024]], via Teams
Attendees: [[name:Rajinder Sandhu]] ({{Superintendent Pharmacist}}), [[name:Eilidh Munro]], [[name:Fernando Sáez]], [[name:Hyun-woo Park]], [[name:Bill Haworth]], [[name:Ngozi Obi]]
Apologies: [[name:Colm Brannigan]] ({{annual leave}}), [[name:Thuy Nguyen]]

1. Good catch of the month: [[name:Bill]] ({{dispenser}}, [[organisation:Wellbrook Lowmoor]]) queried a {{methotrexate}} 2.5mg prescription written as "4 tablets daily" instead of weekly. GP at [[organisation:Ridgeway Health Centre]] confirmed the error and reissued. Potentially fatal if supplied. Certificate to [[name:Bill]].
2. Near-miss trends: 41 logged in {{June}} ({{May}}: 29) - felt to reflect better reporting, not worse practice. Top type still {{LASA}} ({{propranolol}} / {{prednisolone}}).
3. {{Pharmacy First}}: [[name:Eilidh]] presented an audit of {{UTI}} consultations; 96% compliant with the {{PGD}}.
4. AOB: [[name:Hyun-woo]] asked for a refresher on CD returns - [[name:FS]] to run it at the next huddle.
""")),
    ("health", "incident", block("""
Fridge temperature log - [[organisation:Wellbrook Thornley Road]] - w/c [[date:22/07/2024]]
Date    Time   {{Min}}   {{Max}}   Now    {{Init}}   Comment
[[date:22/07]]   09:05  2.4   7.1   4.0    [[name:CB]]     -
[[date:23/07]]   09:12  2.1   7.4   3.8    [[name:CB]]     -
[[date:24/07]]   08:58  3.0   14.6  11.2   [[name:PM]]     door found ajar!!
[[date:25/07]]   09:02  2.2   7.6   4.1    [[name:PM]]     reset, ok

Door not closed properly after the 18:00 wholesaler delivery from
[[organisation:Medivance Wholesale]]. Out of the {{2-8°C}} range for up to 15 hours. Stock
quarantined: {{insulin}} pens, {{Shingrix}}, {{latanoprost}} eye drops. Manufacturer advice
sought; 2 items destroyed. Two patients had collected insulin that morning before the check -
both contacted by [[name:Colm]]; manufacturer confirmed stable up to 25°C for 28 days so no
harm. Ref [[case_reference:WB-INC-2334]]. Learning: the {{fridge alarm}} battery had been flat
since {{June}} - now on the weekly {{housekeeping}} check.
""")),
    ("health", "near_miss", block("""
WhatsApp - [[organisation:Lowmoor]] staff 💊  [[date:09/08/2024]]
16:41 - [[name:Mo]]: heads up - {{locum}} nearly handed Mr [[name:Khan]]'s bag (the {{insulin}} one, [[address:Whitley St]]) to the other Mr [[name:Khan]] from [[address:Moor Lane]]
16:42 - [[name:Sophie]]: omg which one
16:43 - [[name:Mo]]: [[name:Imran]] not [[name:Tariq]]. i was on the {{till}} and heard him confirm name only, no address
16:43 - [[name:Mo]]: stopped it, asked for address + {{postcode}}, wrong one. he was fine about it
16:45 - [[name:Bev]]: this is why we ask 2 things!! name AND address or {{DOB}}. i'll remind the {{locum agency}}
16:47 - [[name:Mo]]: can we put a "2 x Mr [[name:Khan]]" flag on the {{PMR}}? same GP ([[organisation:Tannery Lane]]) as well
16:50 - [[name:Bev]]: yes doing it now. also on the {{near miss log}} 👍
""")),
    ("health", "success", prose("""
On the afternoon of [[date:Friday 13 September]] a [[age:74-year-old]] woman attended
[[organisation:Wellbrook Pharmacy Hainsworth]] asking for a {{Pharmacy First}} consultation
for a suspected {{UTI}}. The pharmacist, [[name:Eilidh Munro]], noticed she was unsure what day
it was, had a temperature of 38.9, a heart rate of 118 and mottled skin on her knees. Using the
red-flag prompts in the {{clinical pathway}} she recognised possible {{sepsis}}, did not supply
{{nitrofurantoin}}, and called {{999}}. The patient's son ([[name:Declan]]) was contacted on
the number held on her {{PMR}}. The ambulance arrived within 25 minutes and she was admitted to
[[organisation:Haverleigh General Hospital]], where {{urosepsis}} was confirmed. Her son later
came into the branch to thank the team. This case shows the value of the red-flag screening in
the service specification and of the pharmacist's clinical judgement in not simply completing
the consultation template. [[name:Eilidh]] has agreed to present the case at the next {{LPC}}
meeting.
""")),
    ("health", "incident", block("""
RP handover - [[organisation:Wellbrook Pellingford]]
From: [[name:Fernando]] ({{locum}}, {{Sat}})  ->  To: [[name:Ngozi]] ({{Mon}})

- [[name:Carly Rudd]] ({{buprenorphine}} 16mg supervised, [[case_reference:RRS-04417]]) did NOT get her Sat dose. Rx ran out Fri & the new one from [[organisation:Ravensmoor Recovery Service]] hadn't come through on {{EPS}}. Couldn't reach the prescriber (no answer on [[phone:0161 496 0127]]). She's now missed 2 days - if it gets to 3 she needs reassessment before restarting per {{SOP}}. PLEASE chase prescriber first thing.
- {{CD register}} balanced Sat 17:30. CD cabinet key on the RP lanyard.
- Mr [[name:Ferreira]] {{MDS}} tray due Tues, stock in.
- {{Yellow Card}} submitted for rash w/ {{lamotrigine}} - pt [[name:T. Oduya]], [[nhs_number:735 192 0435]].
Sorry to leave you the [[name:Carly]] thing. [[name:Fernando]]
""")),
    ("health", "near_miss", prose("""
Near miss - {{LASA}} selection error. Prescription for [[name:Joy Whitlock]],
{{amitriptyline}} 10mg at night for {{neuropathic pain}}, from
[[organisation:Oakmere Medical Centre]]. The dispenser labelled correctly but picked
{{amlodipine}} 10mg. At the final check the pharmacist, [[name:Hyun-woo Park]], noticed the box
did not match the label and stopped the item. The patient did not receive the wrong medicine.
In discussion, the dispenser said she had typed "AMI" into the {{PMR}} search and picked from
memory. Ms [[name:Whitlock]] was not contacted as the error did not reach her, in line with our
{{near miss}} policy, but [[name:Hyun-woo]] recorded it in the log
([[case_reference:NM-LW-0562]]). Learning: the team will type at least five letters when
searching, and {{Tall Man}} shelf labels (amLODIPine / amITRIPTYLine) have been added to both
shelf edges. To be shared at the {{huddle}} on {{Thursday}}.
""")),
    ("health", "incident", block("""
From: [[name:Dawn Iveson]] <[[email:manager@laurelbankcarehome.co.uk]]>
To: [[organisation:Wellbrook Lowmoor]] <[[email:lowmoor@wellbrookpharmacy.co.uk]]>
Date: [[date:Sun 6 Oct 2024]] 08:14
Subject: WRONG TRAY - Room 9

Morning,

Our {{senior carer}} [[name:Grace]] noticed on the {{8am round}} that the {{MDS}} tray labelled
for Mr [[name:Albert Sowerby]] ({{Room 9}}, NHS [[nhs_number:550 836 2177]]) has
Mr [[name:Arthur Sowerby]]'s tablets in the {{pods}} - he's at
[[organisation:Birchfield Lodge]], not with us. She hadn't given anything from it.
[[name:Albert]] missed his morning {{levothyroxine}} and {{digoxin}} while we waited for the {{GP}}.
Dr [[name:Mensah]] at [[organisation:Oakmere Medical Centre]] says give today's doses late, no
harm expected.

Please can someone bring the right tray today and ring me on [[phone:01632 960 844]]. We'll need
your incident reference for our {{CQC}} notification log.

[[name:Dawn Iveson]]
{{Registered Manager}}
[[organisation:Laurel Bank Care Home]]
""")),
    ("health", "success", prose("""
Transcribed from a card left at the {{counter}}, [[organisation:Wellbrook Hainsworth]],
[[date:18/10/24]]: "To [[name:Sunny]], [[name:Thuy]] and the girl with the purple glasses
(sorry didn't get your name - I think its [[name:Amber]]?). Thank you for sorting my mum's
tablets when the {{surgery}} kept saying the prescription had been sent and it hadn't. You rang
them 4 times and got it done before the {{weekend}}. Mum is [[age:91]] and was so worried about
running out of her {{heart tablets}}. You lot are a credit. Love [[name:Bernadette]]
(Mrs [[name:Quigley]]'s daughter) x". Shared at {{huddle}}. The girl with the purple glasses is
our new {{apprentice}} {{dispenser}}, [[name:Amber Li]] - her first thank-you card! Nice
example of persistence with {{GP}} queries and tracking {{EPS}} prescriptions on the {{Spine}}.
""")),
    ("health", "near_miss", prose("""
rx from [[organisation:ridgeway hc]] for [[name:oliwia]] [[age:2yrs]] - {{amoxicillin}}
250mg/5ml 25ml {{TDS}}. thats 1.25g tds for a toddler!! pretty sure they meant 2.5ml. mum
([[name:Kasia]]) waiting in shop, said {{GP}} saw her this morning for a {{chest infection}}.
rang surgery, receptionist said dr [[name:Leng]] in clinic til 12, so i sent a {{task}} + spoke
to the {{duty dr}} at 11.40 who amended it to 5ml tds (she's 12kg so 250mg tds fine per
{{BNFc}}). new rx came thru on {{EPS}} 11.55, supplied. didnt reach pt. near miss logged +
told the {{practice pharmacist}} as its the 2nd decimal error from there this month.
- [[name:hyun-woo]]
""")),
    ("health", "incident", block("""
#branch-ops ({{Slack}})
[[name:rajinder.sandhu]]  10:02
{{EPS}} tracker down across all branches since ~09:30, {{Spine}} error. {{NHS England}} status page confirms a national issue.
[[name:eilidh.m]]  10:05
[[organisation:hainsworth]]: queue of 12, using {{emergency supply}} where appropriate
[[name:colm_b]]  10:11
[[organisation:thornley]]: patient's daughter saying we "lost" the rx, v angry. gave 3 days {{sertraline}} as emergency supply. pt [[name:Doreen Ashby]], NHS [[nhs_number:486 207 1597]] - need the Rx later
[[name:rajinder.sandhu]]  10:13
@[[name:colm_b]] please don't post patient details in here - delete that and use {{PMR}} notes
[[name:colm_b]]  10:14
sorry, deleted 🙈
[[name:rajinder.sandhu]]  10:40
Update: EPS back 10:38. All branches check for duplicates before dispensing the backlog. I'll log the Slack post as a minor {{IG}} breach ([[case_reference:WB-IG-0042]]).
""")),
    ("health", "success", block("""
Learning report - "{{Ask for ANI}}" codeword used - [[organisation:Wellbrook Pellingford]]
[[date:Mon 11 Nov]]
10:15  {{supervised consumption}} client [[name:Shanice]] asked {{dispenser}} [[name:Bev]] "can I ask for ANI?"
10:16  [[name:Bev]] took her to the {{consultation room}} as trained and told the {{RP}}, [[name:Ngozi Obi]].
10:20  [[name:Ngozi]] confirmed she wanted police help; partner waiting outside in a car ([[vehicle_registration:WU17 KZF]]).
10:24  [[name:Ngozi]] rang {{999}}. [[name:Shanice]] stayed in the consultation room; dose supervised as normal.
10:41  Police arrived; partner arrested outside. [[name:Shanice]] taken to a place of safety by officers.
11:30  {{IDVA}} from [[organisation:Pellingford Women's Aid]] rang the branch; keyworker informed with consent.
What went well: [[name:Bev]] remembered the codeword from {{e-learning}} 8 months ago, stayed calm, and the private room was free. Partner never came in.
Follow-up: {{debrief}} offered to [[name:Ngozi]] and [[name:Bev]]; scheme refresher added to {{induction}}.
""")),
    # ------------------------------------------------------------------ aviation (16)
    ("aviation", "incident", block("""
RT transcript extract - {{LARS}} / approach, [[date:15/06/2024]] (times {{UTC}})
1402:10 [[aircraft_registration:G-OJVP]]: [[organisation:Carrowfield Radar]], [[aircraft_registration:Golf Oscar Juliet Victor Papa]], {{PA28}}, ten miles north, 2400 feet, request {{Basic Service}}
1402:25 {{RAD}}: [[aircraft_registration:Golf Victor Papa]], Basic Service, {{squawk 4371}}, {{QNH}} 1012
1402:34 [[aircraft_registration:G-OJVP]]: Basic Service, squawk 4371, 1012, [[aircraft_registration:Golf Victor Papa]]
1406:50 RAD: [[aircraft_registration:Golf Victor Papa]], you appear to be inside {{controlled airspace}} without clearance, turn left immediately heading 360 to leave the zone
1407:02 [[aircraft_registration:G-OJVP]]: say again, [[aircraft_registration:Golf Victor Papa]]
1407:05 RAD: [[aircraft_registration:Golf Victor Papa]], you are inside the {{CTR}}, turn left heading 360 immediately
1407:12 [[aircraft_registration:G-OJVP]]: left 360, sorry, [[aircraft_registration:Golf Victor Papa]]
1407:30 RAD: [[flight_number:SKR451]], stop descent altitude 3000 feet, traffic twelve o'clock four miles, light aircraft infringing at 2400 feet
1407:36 [[flight_number:SKR451]]: stopping 3000 feet, looking, [[flight_number:SKR451]]
Controller note: [[aircraft_registration:G-OJVP]] entered the CTR by about 1.5nm. [[flight_number:SKR451]] ({{ATR 72}}) on the {{ILS}} stopped at 3000ft; minimum 2.1nm / 600ft and the crew reported a {{TCAS TA}}. MOR ref [[case_reference:CFD-MOR-24-063]]. Pilot details passed to the {{CAA}} under the {{infringement}} process.
""")),
    ("aviation", "near_miss", prose("""
missed the handover of [[flight_number:NWY2207]] to area. had him climbing to FL70 on the
{{standing agreement}}, got busy w/ 3 {{VFR}} transits + an {{infringement}} & forgot to
transfer him. he called us at FL70 asking for further climb, approx 8nm inside the next
{{sector}} with no coordination. rang the {{ACC}} on the landline, they were fine, climbed him
to FL150 + freq change. no loss of sep but he was in their airspace unknown to them for ~2
mins. my fault tbh, should've split {{LARS}} off when [[name:baz]] offered to open the 2nd
position. {{STCA}} wouldnt have helped as nothing was near him. near miss report on the
{{MOR}} portal, ref [[case_reference:CFD-NM-24-019]]. suggestion: a {{strip}} colour for "not
yet transferred"?? [[name:jonas l]]
""")),
    ("aviation", "success", prose("""
Shout-out to [[name:Kirsty Macleod]] on the [[date:Sunday 7th July]] evening watch. A student
pilot in a {{Cessna 152}} ([[aircraft_registration:G-BYWE]]) on a solo cross-country from
[[organisation:Wyvern Flying Club]] called on the {{LARS}} frequency lost above cloud with
about 40 minutes of fuel. [[name:Kirsty]] put him on a {{Traffic Service}}, identified him 18nm
south-west, handed her other traffic to the second position so she could give him a dedicated
frequency, and talked him down through a gap onto {{runway 27}}, coordinating with the
{{Tower}} and the {{RFFS}} on a {{local standby}}. Her RT was calm throughout and she kept
checking his fuel and workload. The {{ATSA}}, [[name:Ffion]], did all the phone calls and
logging without being asked. His instructor rang the next day to say thank you. Exactly the
teamwork {{TRM}} is about. Thanks both - [[name:Anand]] ({{Watch Manager}})
""")),
    ("aviation", "incident", block("""
Equipment outage - {{primary radar}} ({{PSR}}) - [[organisation:Carrowfield Airport]] {{ATC}}
Log ref: [[case_reference:ENG-24-0711]]   [[date:30 August 2024]]
0612  PSR fails. {{ATSEP}} on call ([[name:Matteo Ricci]]) informed. {{SSR}} still available.
0615  {{Watch Manager}} [[name:Dawn]] restricts to SSR-only operations; {{Deconfliction Service}} not available against non-transponding traffic. {{ATIS}} amended.
0620  {{NOTAM}} requested.
0640  [[flight_number:SKR402]] and [[flight_number:NWY2211]] vectored for the ILS on SSR, no issues.
0715  [[name:Matteo]] finds a failed transmitter module; spare on site but fitting needs sign-off from [[organisation:Altimetrix Systems Ltd]].
0850  Glider [[aircraft_registration:G-CKRD]] from [[organisation:Danbury Gliding Club]] (no transponder) seen by the {{Tower}} 3nm final, not on radar. Inbound [[flight_number:SKR404]] ({{ATR 72}}) given traffic information; 1.2nm lateral.
1040  PSR restored after module change. NOTAM cancelled.
Learning: the gliding club was not told about the outage - now on the outage call list. SSR-only operation with non-transponding traffic around needs a written procedure in {{MATS Part 2}}.
""")),
    ("aviation", "near_miss", prose("""
During a busy inbound period I was vectoring [[flight_number:ORC77K]], an {{Embraer 175}},
downwind left-hand for the {{ILS}} to {{runway 27}}, and cleared it to descend to altitude 4000
feet on {{QNH}} 1009. The crew read back "four thousand" correctly. Shortly afterwards
{{STCA}} activated between [[flight_number:ORC77K]], passing 3600 feet, and a {{PA-28}}
([[aircraft_registration:G-FLTZ]]) on a {{Traffic Service}} at 3000 feet transiting the zone.
I gave an avoiding action turn right heading 180 and traffic information; the PA-28 pilot
reported visual. Minimum separation was 1.4nm / 400 feet. The crew later said they had set
3000 feet in error, having taken the clearance I gave a few seconds earlier to
[[flight_number:ORC71K]], and the {{captain}} and {{first officer}} did not cross-check. I have
filed an {{MOR}} ([[case_reference:CFD-MOR-24-081]]). Learning: at the {{TRM}} debrief we agreed
that similar callsigns on a busy frequency are a known threat and that we should warn crews
of similar callsigns, as {{CAP 413}} recommends. - [[name:Teodora Ilieva]], {{ATCO}}
""")),
    ("aviation", "incident", block("""
MANDATORY OCCURRENCE REPORT - draft for {{Watch Manager}} review
Occurrence ref: [[case_reference:CFD-MOR-24-092]]
Date: [[date:12/09/2024]]   Time ({{UTC}}): 1533
Unit: [[organisation:Carrowfield Approach]] (radar)
Reporter: [[name:Declan O'Hare]], {{ATCO}} ({{RAD}})
Aircraft 1: [[flight_number:NWY2207]], {{Dash 8-400}}, reg [[aircraft_registration:G-NWYC]]
Aircraft 2: unknown {{microlight}}, non-transponding
Type: {{Airprox}} / unknown primary contact
Description: [[flight_number:NWY2207]] under a {{Deconfliction Service}} positioning for the ILS, 11nm from touchdown at 3000ft, when a primary contact appeared 1 o'clock 2nm. Deconfliction advice given, turn left heading 240. Crew reported a microlight passing 0.5nm to the right, same level. Contact faded 4nm north, not identified.
Pilot of [[flight_number:NWY2207]] stated he would file an Airprox.
Actions: {{UKAB}} informed; local flying clubs contacted; radar replay requested from {{ATSEP}} ([[name:Matteo]]).
Submitted to {{CAA}} via {{ECCAIRS}}: yes / no ({{WM}} to confirm)
""")),
    ("aviation", "success", block("""
[[organisation:Carrowfield ATC]] - {{Unit Safety Meeting}} minutes
Date: [[date:Thursday 3 October 2024]]
Present: [[name:Anand Venkataraman]] ({{SATCO}}), [[name:Kirsty Macleod]], [[name:Rhys Pritchard]], [[name:Ingrid Solberg]], [[name:Yusuf Demir]] ({{ATSEP}}), [[name:Robin Kaye]] ({{Safety Manager}})
Apologies: [[name:Declan O'Hare]], [[name:Stu]] ([[organisation:Wyvern Flying Club]] liaison)

1. Infringements: {{Q3}} down to 4 from 11 in {{Q2}}. [[name:Robin]] credits the {{frequency monitoring code}} campaign and [[name:Ingrid]]'s talks at three local flying clubs.
2. Good practice: on [[date:18 Sept]] the {{LARS}} controller noticed the {{Mode S}} registration on a label ([[aircraft_registration:G-BSXN]]) did not match the flight plan ([[aircraft_registration:G-BSXM]]). Pilot had filed the wrong aircraft; corrected before entering the zone.
3. Equipment: [[name:Yusuf]] confirmed the new {{VCS}} install is planned for {{November}}.
4. AOB: [[name:RP]] to circulate the updated {{MATS Part 2}} supplement.
""")),
    ("aviation", "near_miss", block("""
{{Teams}} chat - ATC Ops / Engineering - [[date:Tue 22 Oct]]
[07:48] [[name:Ingrid Solberg]]: morning - the {{SSR}} label for [[flight_number:SKR451]] just jumped to a different track for about 2 sweeps, swapped with [[aircraft_registration:G-OKLT]]. caught it because the levels didn't match
[07:49] [[name:Yusuf Demir]]: on it. any other {{label swaps}}?
[07:51] [[name:Ingrid Solberg]]: not that i've seen. could have been nasty if I'd turned the wrong one, they were 3nm apart
[07:55] [[name:Yusuf Demir]]: looks like {{garbling}} - both on the same bearing from the {{radar head}}, known issue with {{Mode A/C}} only traffic. [[aircraft_registration:G-OKLT]] isn't {{Mode S}}
[07:58] [[name:Ingrid Solberg]]: ok. I'll file a near miss. ref?
[08:02] [[name:Yusuf Demir]]: use [[case_reference:ENG-24-0829]] for the engineering side. I'll pull the recording
[08:03] [[name:Ash]] ({{WM}}): thanks both, I've put a note on the {{briefing sheet}} for the next watch
""")),
    ("aviation", "incident", block("""
Zone infringements - {{September}} summary (for {{CAA}} liaison)
| Date | Callsign | Type | Depth | Service | Outcome |
|---|---|---|---|---|---|
| [[date:02/09]] | [[aircraft_registration:G-BYWE]] | {{C152}} | 0.8nm | Basic | CAA referral |
| [[date:07/09]] | [[aircraft_registration:G-CJNP]] | {{EV-97}} | 2.1nm | nil (not on freq) | [[flight_number:SKR404]] repositioned |
| [[date:14/09]] | unknown | {{paraglider}} | 0.5nm | nil | untraced |
| [[date:21/09]] | [[aircraft_registration:G-OJVP]] | {{PA-28}} | 1.4nm | {{Traffic Service}} | 2nd by same pilot, CAA |
| [[date:28/09]] | [[aircraft_registration:G-HVRD]] | {{R44}} | 0.3nm | {{Basic}} | pilot education |
Notes: the [[date:07/09]] event took [[flight_number:SKR404]] off the approach (+9 min). Pilot of [[aircraft_registration:G-OJVP]] (Mr [[name:Callaghan]]) invited for a unit visit. 4 of 5 at {{weekends}} in good weather. Compiled by [[name:R. Pritchard]].
""")),
    ("aviation", "success", block("""
From: [[name:Guy Ashworth]] <[[email:cfi@blackthornaeroclub.co.uk]]>
To: [[email:atc.manager@carrowfieldairport.co.uk]]
Date: [[date:25 October 2024]]
Subject: Thank you - [[aircraft_registration:G-BXRV]] on Saturday

Dear Mr [[name:Venkataraman]],

I'm writing on behalf of [[organisation:Blackthorn Aero Club]] to thank your {{radar team}},
particularly the {{controller}} on the {{LARS}} position on {{Saturday}} afternoon (I believe it
was [[name:Rhys]]?). One of our {{members}}, flying [[aircraft_registration:G-BXRV]], had an
{{alternator failure}} and a rough-running engine over {{high ground}}. Your controller offered a
{{Traffic Service}} before he had even asked, gave him a heading for the nearest suitable field,
and stayed with him on a quiet frequency until he landed safely at
[[organisation:Fenby Farm Strip]]. He said the calm voice made all the difference.

We'd be glad to host any of your controllers at our next {{safety evening}}.

Kind regards,
[[name:Guy Ashworth]]
{{CFI}}, [[organisation:Blackthorn Aero Club]]
{{Hangar 2}}, [[address:Blackthorn Lane, Ellerby]] [[postcode:YO62 5HB]]
[[phone:07700 900 318]]
""")),
    ("aviation", "near_miss", block("""
Watch log / position handover - [[organisation:Carrowfield Approach]] - [[date:Fri 8 Nov]] evening
Out: [[name:Hollie Trent]]   In: [[name:Yiannis]]
- Traffic at handover: [[flight_number:NWY2215]] 12nm final {{ILS}}; [[aircraft_registration:G-CFPW]] ({{C172}}) VFR in the zone at 2000ft.
- NEAR MISS: I told [[name:Yiannis]] that [[aircraft_registration:G-CFPW]] was on a {{Basic Service}} and leaving the zone to the north. It was on a {{Traffic Service}} and still inside. [[name:Yiannis]] saw {{TS}} on the {{strip}} before I'd unplugged and we corrected it. Two minutes later [[flight_number:NWY2215]] went around and turned towards the C172; traffic info was passed to both in time.
- ILS {{glidepath}} U/S from 2100 ({{NOTAM}} issued).
- {{Met}}: {{CB}}s building to the west, expect diversions.
Learning: use the handover {{checklist}} every time - I skipped "services" because it felt quiet. [[name:H.T.]]
""")),
    ("aviation", "incident", block("""
From: [[name:Rhys Pritchard]]
To: {{ATC Watch Managers}}; [[name:Robin Kaye]]
Date: [[date:Saturday 16 November 2024]] 19:12
Subject: Blocked frequency - {{stuck mic}} - today 1420-1431

All,

For awareness and learning. Between 1420 and 1431 {{UTC}} the approach frequency was blocked by
a continuous carrier with cockpit noise - a stuck {{PTT}}. During that time I had
[[flight_number:SKR455]] descending on a heading towards [[flight_number:ORC112]] climbing out,
6nm apart, and could not transmit to either. I asked the [[organisation:Carrowfield Tower]] to
call [[flight_number:SKR455]] on their frequency, and [[flight_number:ORC112]] was turned by
{{area}} on {{121.5}}. Separation reduced to 3.1nm / 800ft (minimum 3nm). The source was found
at 1431: [[aircraft_registration:G-JDLW]], a {{Robin DR400}} on the ground at
[[organisation:Fenby Farm Strip]] with the radio on and the PTT trapped under a seat belt.

We have no written procedure for a blocked frequency on approach; I suggest adding one to
{{MATS Part 2}} and the unit {{TRUCE}} syllabus. MOR filed: [[case_reference:CFD-MOR-24-104]].

[[name:Rhys]]
{{Approach Radar Controller}}
""")),
    ("aviation", "success", prose("""
I am submitting this as a positive report. On [[date:2 December]] at about 0840 I was
providing a {{Traffic Service}} to [[aircraft_registration:G-EZRK]], a {{Piper Seneca}} inbound
to [[organisation:Carrowfield Airport]] from the south. On first contact the pilot read back
the {{QNH}} as 1021 instead of 1012, which I missed because I was coordinating
[[flight_number:NWY2203]] with {{area}} on the {{landline}}. My {{OJTI}}, [[name:Ingrid Solberg]], who
was plugged in with me for my {{validation}} training, caught it on the second read-back and
prompted me to correct it. An error of 9 hPa would have put the aircraft about 270 feet lower
than indicated during an approach in {{IMC}}. We talked afterwards about how read-back errors
slip through when workload is high, and I now make a point of hearing the whole read-back
before moving on, even when the landline is ringing. I want to recognise [[name:Ingrid]]'s
support and the value of an experienced OJTI listening in. - [[name:Oluwaseun]]
({{trainee ATCO}})
""")),
    ("aviation", "incident", block("""
RT transcript - approach radar - [[date:19/12/2024]] ({{UTC}})
1611:40 {{RAD}}: [[flight_number:SKR463]], descend altitude 3000 feet, {{QNH}} 998
1611:46 [[flight_number:SKR463]]: descend 3000 feet, 998, [[flight_number:SKR463]]
1612:20 [[aircraft_registration:G-TKDW]]: [[aircraft_registration:Golf Delta Whiskey]], request climb to 3500 feet to stay clear of cloud
1612:25 RAD: [[aircraft_registration:Golf Delta Whiskey]], climb not approved, maintain 2500 feet, {{IFR}} traffic descending to 3000 feet north of you
1612:31 [[aircraft_registration:G-TKDW]]: ...({{unreadable}})... [[aircraft_registration:Golf Delta Whiskey]]
1613:05 [[flight_number:SKR463]]: [[flight_number:SKR463]], {{TCAS RA}}
1613:08 RAD: [[flight_number:SKR463]], {{roger}}
1613:40 [[flight_number:SKR463]]: {{clear of conflict}}, returning to 3000 feet, [[flight_number:SKR463]]
1613:45 RAD: [[aircraft_registration:Golf Delta Whiskey]], say level
1613:50 [[aircraft_registration:G-TKDW]]: 3300 feet, climbing above the cloud, [[aircraft_registration:Golf Delta Whiskey]]
1613:55 RAD: [[aircraft_registration:Golf Delta Whiskey]], I say again, maintain 2500 feet, descend now
Controller note: the garbled read-back at 1612:31 was not challenged - my error. Closest point 0.6nm / 300ft. Both {{pilots}} filing. {{MOR}} [[case_reference:CFD-MOR-24-118]]. RAD: [[name:Ffion Rees-Jones]]
""")),
    ("aviation", "near_miss", prose("""
[[date:23/12]] approx 1520 - crew of [[flight_number:NWY2219]] reported a {{drone}} at approx
1800ft, 5nm final {{rwy 27}}, passed down their left side maybe 50m away. no avoiding action
possible. stopped departures for 15 mins, told {{tower}}, rang police on {{101}}, incident no
[[case_reference:PL-0412-231224]]. next 2 inbounds ([[flight_number:SKR467]] +
[[flight_number:ORC112]]) warned, both continued, no further sightings. police drove round
by the {{approach lights}}, nothing found. filed {{MOR}} + {{UAS}} sighting form. honestly felt
like we got away with one, 50m is nothing at that speed. {{drone detection}} trial would be
good?? [[name:ffion]] / [[name:yusuf]] on {{RAD}} / {{ATSA}}
""")),
    ("aviation", "success", block("""
Learning (positive) - {{radio failure}} handled well, [[date:Tue 7 January 2025]]
1902  [[aircraft_registration:G-CKLM]] ({{Cessna 182}}) squawks {{7600}} 14nm SE, last call at 1857 requesting a {{zone transit}} at 2000ft.
1903  {{RAD}} ([[name:Jonas Lindqvist]]) transmits blind; {{Tower}} and {{D&D}} informed. Aircraft still identified on {{Mode S}}.
1904  [[name:Jonas]] coordinates with {{area}}: [[flight_number:NWY2231]] held at 4000ft to keep clear.
1906  [[aircraft_registration:G-CKLM]] turns towards the {{overhead}} per the {{UK AIP}} radio failure procedure. {{ATSA}} ([[name:Sunita]]) phones the operator, [[organisation:Ellerby Aero Services]], who give the pilot's mobile, [[phone:07700 900 874]].
1910  [[name:Sunita]] rings the mobile; pilot answers through his headset (jack had come out of the radio!), reconnects, two-way restored.
1912  Normal service; [[aircraft_registration:G-CKLM]] lands {{runway 27}} at 1924.
What went well: calm blind transmissions, [[name:Sunita]]'s early idea to phone, and area releasing [[flight_number:NWY2231]] quickly. {{SATCO}} will share this at the next {{TRM}} brief.
""")),
]

if __name__ == "__main__":
    write_records(OUT, build_records("blind224", REPORTS))
