"""Blind held-out corpus 18: sixty hand-written reports from one shared confidential reporting system.

A large NHS trust, a unitary council's children's services and an airline group in the South of England
(Hampshire, Dorset, Wiltshire, Sussex, Kent, Oxfordshire, Berkshire) share one reporting system. These are
a quarter's reports - incidents, near misses and "what went right" - written the way practitioners write
them: structured Datix-style fields, free narrative, pasted e-mails, WhatsApp messages, handover notes, a
letter of thanks and ASRS-style pilot narratives.

Running the script parses the inline mark-up (see ../markup.py), validates every record and writes
``bench/anonymiser/corpus/heldout_blind18.jsonl`` deterministically (byte-identical across runs).
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from markup import LABELS, REPEATABLE, build_records, write_records  # noqa: E402

DOMAINS = {"social_care": 22, "health": 24, "aviation": 14}
OUT = Path(__file__).resolve().parent.parent / "corpus" / "heldout_blind18.jsonl"

POSTCODE = re.compile(r"^[A-PR-UWYZ][A-HK-Y]?\d[A-Z\d]? \d[ABD-HJLNP-UW-Z]{2}$")
TITLE = re.compile(
    r"^(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Sir|Dame|Rev|Revd|Fr|Sr|Sister|Nurse|PC|DC|DS|DI|Sgt|Insp|Capt|Captain"
    r"|Cllr|mr|mrs|ms|dr)\b\.?"
)
# Labels whose repeated text must be labelled at every occurrence, beyond those build_records already
# checks (a bare age such as "4" may also be a bed number or a count, so ages are exempt from the
# every-occurrence check).
REPEAT_CHECKED = frozenset(LABELS) - REPEATABLE - {"age"}

# (domain, kind, marked-up narrative)
REPORTS: tuple[tuple[str, str, str], ...] = (
    ("social_care", "incident", """\
Date of incident: [[date:14/01/2025]]
Time: 15:40
Location: family home, [[address:27 Kestrel Close, Millbrook, Southampton]] [[postcode:SO16 9LQ]]
Child/young person: [[name:Kayden Marshall]], DOB [[date_of_birth:03/09/2016]]
Case ref: [[case_reference:LCS-4471902]]
What happened: Unannounced visit after referral from [[organisation:Millbrook Primary School]] \
(bruise noticed at PE). Mum [[name:Stacey Marshall]] refused entry and her partner \
[[name:Dean Collis]] was shouting from upstairs. Could hear [[name:Kayden]] crying. Rang police on \
101, log [[case_reference:44250019347]]; officers attended approx 40 mins later. [[name:Kayden]] \
seen alone in the kitchen, bruise to left cheek, said it was from football. {{Section 47}} strategy \
discussion held same afternoon with police and health.
Immediate action: [[name:Kayden]] staying with maternal gran tonight under a safety plan.
Reported by: {{social worker}}, [[organisation:Southampton West Assessment Team]]"""),
    ("health", "near_miss", """\
pt in bay 3 on [[organisation:Durley Ward]] nearly given {{enoxaparin}} meant for the pt in the next \
bed - both mr [[name:Thapa]] ([[name:Bishnu Thapa]], [[nhs_number:258 832 3286]] and \
[[name:Dil Bahadur Thapa]]). {{HCA}} noticed the name band didnt match when i went to scan. no harm. \
2nd time this month, pls can we have name alerts on the whiteboard"""),
    ("aviation", "incident", """\
I was PF on [[flight_number:WX411]] from [[organisation:Southampton Airport]] to \
[[organisation:Jersey Airport]], {{ATR 72-600}} [[aircraft_registration:G-WXRF]], first sector of \
the day. Passing approx 3000 ft in the climb we both noticed a strong smell like dirty socks/hot oil \
on the flight deck. No visible smoke. We donned oxygen masks per the {{QRH}} and the Captain, \
[[name:Ruth Ellison]], took control while I handled the radio and declared a PAN. Communicating with \
masks on was harder than in the sim; we had to repeat ourselves several times and at one point I \
missed a frequency change. The {{SCCM}}, [[name:Marta Zielińska]], called to say the forward cabin \
had the same smell and two passengers were complaining of headaches. [[name:Ruth]] decided to return \
rather than continue over water. We landed without further problem, fire service in attendance, and \
passengers disembarked normally. Engineering later found an oil leak on the #2 engine. In hindsight, \
there was a tech log entry from the previous sector on [[date:22 Jan]] about a faint odour which had \
been signed off as "no fault found". I read it during the walk-round and assumed it had been dealt \
with. I think we should have asked more questions about that entry before departure, and I would \
suggest odour entries get a second look before sign-off."""),
    ("social_care", "success", """\
Dear Ms [[name:Adeyemi]],

I am writing to say thank you for everything you have done for me and the boys since last summer. \
When you first came to the flat at [[address:6 Harbour Court, Queen Street, Portsmouth]] \
[[postcode:PO1 3HL]] I honestly thought you were there to take [[name:Tyler]] and [[name:Mason]] off \
me. You never once made me feel stupid. You pushed for [[name:Mason]]'s assessment at \
[[organisation:St Jude's C of E Primary School]] and got me a place on the {{Freedom Programme}} \
when I didn't think I deserved it. The boys are doing so well now and [[name:Tyler]] got star of the \
week on [[date:7th February]]. Please also say thank you to [[name:Bev]] from \
[[organisation:Home-Start Portsmouth]], she was a lifesaver on the bad days.

I know I wasn't always easy to work with. I shouted at you at the first core group and I didn't \
answer the door for weeks. You kept coming back anyway and you always told me the truth, even when I \
didn't want to hear it. I hope the next family you work with knows how lucky they are.

Yours sincerely,
[[name:Chelsea Rowe]]"""),
    ("health", "incident", """\
From: [[name:Priya Raghunathan]] <[[email:priya.raghunathan@nhs.net]]>
Sent: [[date:03 February 2025]] 07:42
To: Datix inbox
Subject: fall on [[organisation:Kingfisher Ward]] overnight - please log

Hi,
Can someone log this for me please, I can't get Datix to load on nights. At 03:15 Mr \
[[name:Reginald Hughes]] (hosp no [[case_reference:J2284716]]), [[age:88]], was found on the floor \
beside his bed by the HCA. He had been {{NEWS2}} 1 at the 02:00 obs. No obvious injury, neuro obs \
started, {{FY1}} reviewed at 03:50 and requested a CT head as he's on {{apixaban}}. Daughter \
[[name:Linda]] informed at 07:00 on [[phone:07700 900418]]. Bed rails had been assessed as not \
appropriate. Falls bundle done.

Thanks,
[[name:Priya]]
Charge Nurse, [[organisation:Kingfisher]]"""),
    ("aviation", "near_miss", """\
MOR ref: [[case_reference:WX-MOR-25-0117]]
Operator: [[organisation:Wessex Airways]]
Occurrence date: [[date:09/01/2025]]
Aircraft: [[aircraft_registration:G-WXKD]] ({{Embraer 175}})
Flight: [[flight_number:WX2204]] [[organisation:Bournemouth Airport]] to Edinburgh
Phase: pushback, stand 3
Narrative: Headset comms with the tug driver were lost part way through the pushback. No wing walker \
on the left side. The aircraft came within approx 2 m of a catering hi-loader (reg \
[[vehicle_registration:HV19 KXT]]) parked outside the stand markings. Captain saw it from the left \
seat and called stop; the tug driver did not hear, so the aircraft was stopped on the brakes. No \
contact, no injuries. Ground handler [[name:Jomar Bautista]] \
([[organisation:Skyline Ground Services]]) said the wing walker had been pulled to another stand by \
the dispatcher because of staff shortages.
Reporter: {{First Officer}}"""),
    ("social_care", "near_miss", """\
[[[date:18/02/2025]], 16:52] [[name:Gemma]] {{EDT}}: hi anyone still in?? [[name:zarghona]]'s foster \
carer just rang. contact driver took her back to her OLD placement at \
[[address:14 Linden Road, Andover]] instead of to Mrs [[name:Pun]]'s 😬
[[[date:18/02/2025]], 16:53] [[name:Rich Coles]]: omg is she ok
[[[date:18/02/2025]], 16:55] [[name:Gemma]] {{EDT}}: yes she's fine, old carers recognised her and \
rang the out of hours number. driver had the old address on his sheet
[[[date:18/02/2025]], 16:58] [[name:Rich Coles]]: I'll datix it. transport must still be using the \
Jan placement list. can u email [[email:transport.children@southampton.gov.uk]] tonight so it doesnt \
happen tmrw
[[[date:18/02/2025]], 17:01] [[name:Gemma]] EDT: done x"""),
    ("health", "success", """\
What went right: {{community midwife}} [[name:Inês Carvalho]] did a routine antenatal visit at \
[[address:Flat 2, 88 Shirley Road, Southampton]] [[postcode:SO15 3HT]] on [[date:27 January]] for \
[[name:Larissa Oliveira dos Santos]], 34+2 weeks, first baby. [[name:Larissa]] mentioned a headache \
and "sparkly" vision almost as an afterthought while [[name:Inês]] was packing up. BP 162/104, urine \
++ protein. [[name:Inês]] didn't wait for the triage line to call back, she rang 999 and went in \
with her, partner [[name:Thiago]] translating on the phone. Diagnosed {{pre-eclampsia}} on the \
labour ward at [[organisation:Princess Anne Hospital]], delivered by section next morning, mum and \
baby both well. [[name:Inês]] said afterwards it was her student's idea to always ask "anything \
else?" before leaving, and she now does it at every visit."""),
    ("social_care", "incident", """\
MISSING EPISODE – [[name:Ellie-Mae Price]], [[age:14]], {{CLA}}, placed at \
[[organisation:Oakmere House]]
didnt return from school on [[date:6th march]]. staff at [[organisation:Redbridge Community School]] \
saw her get into a grey audi outside the gates at 3.10pm with an older lad, reg possibly \
[[vehicle_registration:WR68 OPF]] (teacher not 100% sure). reported missing to police 22:10, log \
[[case_reference:44250051208]]. mum [[name:bridget]] rang the home at 23:00 from \
[[phone:07700 900733]] to say [[name:ellie-mae]] not with the family on the site. [[name:EM]] \
returned herself 02:30 by taxi, wouldnt say where she'd been, smelt of cannabis and had a new phone. \
{{return home interview}} requested, {{CSE}} screening to be updated before strategy mtg. 3rd \
missing episode since christmas"""),
    ("health", "incident", """\
Datix ID: [[case_reference:W219448]]
Incident date: [[date:11/02/2025]]
Location: [[organisation:Piglet Ward]], [[organisation:Southampton Children's Hospital]]
Patient: [[name:Oluwaseun Adebayo]], [[age:6]], NHS no. [[nhs_number:915 675 6755]]
Category: Medication – monitoring
Description: Pre-dose {{gentamicin}} level not taken before the 2nd dose. Level eventually taken 4 \
hours late and came back at 2.9 mg/L (target <1). Dose withheld, renal function normal, \
{{registrar}} informed and antibiotic changed. Child well. The level had been requested on ICE but \
nobody was allocated to take it as the phlebotomist doesn't cover paeds after 14:00.
Harm: Low
Reported by: [[name:Sophie Turnbull]], Staff Nurse"""),
    ("health", "near_miss", """\
NIGHT HANDOVER – [[organisation:Emsworth Ward]] – [[date:19/03/2025]]
19:45 Bed 12 [[name:Joyce Pennington]], [[age:79]], {{#NOF}} day 2. Pain ok with regular \
paracetamol, catheter in.
20:30 Bed 14 Mr [[name:Asif Iqbal]], BM 3.1 at 20:20, hypo box given, recheck 5.8. Eating now.
21:00 NEAR MISS – insulin pen for [[name:Mohammed Tariq Iqbal]] (bed 10) found in bed 14's drawer, \
Mr [[name:Asif Iqbal]]'s own pen missing. Picked up by [[name:Maricel]] at the 2nd check before \
anything given. Both pens now labelled with hosp no as well as name. Pharmacy aware, Datix \
[[case_reference:W220317]] done by [[name:MdC]].
22:00 Side room 2 [[name:Tendai Moyo]], {{C. diff}}, barrier nursing continues, stool chart up to \
date."""),
    ("aviation", "success", """\
Cabin crew report – what went right
Flight [[flight_number:WX733]] [[organisation:London Gatwick]] – Faro, [[date:15 March 2025]], \
[[aircraft_registration:G-WXMA]] ({{A320neo}})
About 40 mins after departure the passenger in 14C, Mr [[name:Harold Gibbs]] ([[age:71]]), went grey \
and clammy with central chest pain. His wife [[name:Maureen]] said he has angina. A passenger who \
said she was an ICU nurse, [[name:Chidinma Okafor]], came forward and stayed with him throughout. We \
gave oxygen and his own GTN spray, attached the AED (no shock advised) and the flight deck got \
advice from {{MedLink}}. Captain diverted to Bordeaux and an ambulance met the aircraft.
What went well: our {{SCCM}} [[name:Anca Dumitrescu]] gave everyone a clear job straight away, one \
of us on the PA, one on paperwork, one with the wife. We had done the AED refresher the week before \
so nobody hesitated. Mrs [[name:Gibbs]] emailed [[organisation:Wessex Airways]] afterwards from \
[[email:maureen.gibbs47@gmail.com]] to say her husband had a stent fitted and is home."""),
    ("social_care", "incident", """\
Supervised contact at [[organisation:Eastleigh Family Centre]] on [[date:25/01/2025]]. Father \
[[name:Paweł Kowalczyk]] arrived 20 mins late smelling strongly of alcohol and slurring his words. \
Contact supervisor [[name:Aisha Mahmood]] told him contact could not go ahead as per the written \
agreement. Mr [[name:Kowalczyk]] became verbally aggressive in reception within earshot of \
[[name:Zosia]] ([[age:5]]) and [[name:Kuba]] ([[age:3]]), who were already in the family room with \
their foster carer. He kicked the door and left in a silver Skoda [[vehicle_registration:GU21 ZNC]], \
staff concerned he was driving. Police informed 14:05. Children upset, [[name:Zosia]] asked "is tata \
cross with me". Contact suspended pending review; {{IRO}} and legal informed. Children are subject \
to an {{interim care order}}."""),
    ("health", "incident", """\
Wrong blood in tube. Sample labelled as [[name:Andreea Popescu]] ([[nhs_number:414 262 1106]]) \
grouped as O RhD pos, but historic group on file is A RhD neg. Repeat sample confirmed A neg. Two \
patients in {{ED}} majors, cubicles 4 and 5, [[name:Andreea Popescu]] and [[name:Ionela Popa]], both \
Romanian speakers, both bled by the same {{ACP}} at approx 10:40 on [[date:04/03/2025]]. Labels \
printed at the desk and taken to the bedside together. If this sample had been used for crossmatch \
the patient could have received incompatible blood. Discrepancy picked up by BMS [[name:K. Ahmed]] \
in the lab. Reported to {{SHOT}}."""),
    ("social_care", "success", """\
Just wanted to share some good news! [[name:Mykola]] ([[age:19]], care leaver) got the keys to his \
own flat yesterday – [[address:Flat 9, Westbourne House, 12 Poole Road, Bournemouth]] \
[[postcode:BH4 9DE]]. He arrived from Ukraine on his own when he was [[age:16]], spoke hardly any \
English and spent his first 3 weeks in a hotel. His {{personal adviser}} [[name:Dan Whitcombe]] has \
been pushing [[organisation:Stonewater]] since the autumn for a ground floor flat near college, and \
sorted his NI number ([[ni_number:SK 10 39 84 A]]) so he could claim UC in the gap. He's starting a \
plumbing apprenticeship at [[organisation:Bournemouth & Poole College]] in {{September}}. \
[[name:Mykola]] asked me to pass on his thanks to [[name:Dan]] and to his old foster carer \
[[name:Halyna]] who helped him move. Proper team effort."""),
    ("health", "near_miss", """\
Near miss – allergy. Mr [[name:Chukwuemeka Nwosu]], [[age:58]], of \
[[address:41 Cranbury Road, Reading]] [[postcode:RG30 2TS]], admitted via {{SAU}} on \
[[date:02/03/2025]] with cellulitis of the left leg, clerked as NKDA. {{Co-amoxiclav}} IV \
prescribed. Before the first dose his wife [[name:Ngozi]] arrived and told the nurse he "swelled up \
in the throat" after amoxicillin years ago in Lagos. His record at \
[[organisation:Tilehurst Surgery]] has penicillin – anaphylaxis, but the {{Summary Care Record}} was \
not checked at clerking as the doctor couldn't log in. Dose not given, switched to clarithromycin, \
red allergy band applied. NHS no [[nhs_number:247 140 4367]]."""),
    ("aviation", "incident", """\
Disruptive passenger report (Level 2)
Flight: [[flight_number:WX1186]] Alicante – [[organisation:Bournemouth Airport]]
Date: [[date:28/02/2025]]   Aircraft: [[aircraft_registration:G-WXMC]]
Passenger: [[name:Connor Baxter]], seat 23F, {{PNR}} [[case_reference:QF7K2M]]
Pax was drinking from his own duty-free bottle from about 30 mins into the flight. When the \
{{No.4}}, [[name:Leanne Cope]], took the bottle off him he became abusive and threw a full can of \
lager that hit the lady in 23D (Mrs [[name:Sandu]]) on the shoulder. Captain gave a verbal warning \
over the interphone then a written warning card. Police met the aircraft on stand, \
[[organisation:Dorset Police]] ref [[case_reference:55250031177]], and he was removed. \
[[name:Leanne]] not hurt but shaken. Mrs [[name:Sandu]] declined first aid. Ground staff at Alicante \
say he "seemed fine" at the gate."""),
    ("social_care", "near_miss", """\
From: [[name:Hannah Osei-Bonsu]] <[[email:hannah.osei-bonsu@southampton.gov.uk]]>
Sent: [[date:12 March 2025]] 11:08
To: Information Governance
Subject: near miss – ICPC minutes to wrong email

Hi,
Reporting this as a near miss. This morning I emailed the draft {{ICPC}} minutes for the \
[[name:Nowak]] children to Mum but Outlook autocomplete picked [[email:a.nowakowska@outlook.com]] \
instead of [[email:a.nowak.88@outlook.com]]. I noticed within about a minute and recalled it, and \
the recall report says it succeeded. The minutes include [[name:Lena]] and [[name:Filip]]'s dates of \
birth and Mum's new postcode ([[postcode:SO16 5AP]]), which Dad is not supposed to know. I've let my \
{{team manager}} know. Can we turn off autocomplete for external addresses?

Thanks
[[name:Hannah]]
{{Social Worker}}, [[organisation:Central Safeguarding Team]]"""),
    ("health", "success", """\
Card received on [[organisation:Bluebell Ward]] [[date:21/01/2025]], typed up for the learning from \
excellence board:
"To all the nurses and carers on [[organisation:Bluebell]], thank you for looking after our dad \
[[name:Chen Jianguo]] in his last days. Special thanks to [[name:Precious]] who sat with him at \
night when we could not get there from Reading, and who learned to say 'ni hao, baba' to make him \
smile. Thank you for letting Mum bring his congee even when he could only manage a spoon, and for \
explaining the {{syringe driver}} to us without rushing. We will never forget your kindness.
With love from [[name:Wei]], [[name:Mei]] and all the [[name:Chen]] family x\""""),
    ("social_care", "incident", """\
INCIDENT REPORT – [[organisation:Oakmere House]]
Date/time: [[date:02/02/2025]] 19:20
Young person: [[name:Jayden Brooks]] ([[name:JB]])
Staff involved: [[name:Sam Kerr]], [[name:Tunde Bakare]]
Account: [[name:JB]] escalated after a phone call with his mum ended badly. He threw a dining chair \
across the lounge and went towards another young person with his fist raised. [[name:Tunde]] stepped \
between them and [[name:JB]] punched him on the arm. [[name:Sam]] and [[name:Tunde]] used a \
{{Team Teach}} two-person seated hold for approx 3 mins until [[name:JB]] was calm. [[name:JB]] has \
a carpet burn to his right elbow, first aid given. Debrief offered, [[name:JB]] declined, will try \
again tomorrow. Social worker informed by email. {{Reg 40}} notification to be sent to {{Ofsted}}."""),
    ("health", "incident", """\
Patient: [[name:Eileen Barnes]], [[age:92]], from [[organisation:Cedar Lodge Care Home]], NHS \
[[nhs_number:321 777 8774]]
Conveyed by [[organisation:SCAS]] (vehicle [[vehicle_registration:YK71 OVA]]), arrived \
[[organisation:Queen Alexandra Hospital]] 14:10 on [[date:08/01/2025]] and stayed on the ambulance \
for 6 h 20 min due to {{OPEL 4}} in ED. Crew ([[name:Darren]] and [[name:Kerry-Ann]]) repositioned \
her every 2 hrs and gave fluids, but there is no pressure relieving mattress on the vehicle. On \
transfer to majors at 20:30 she had grade 2 pressure damage to the sacrum, not present on the care \
home's skin check that morning. Son [[name:Graham Barnes]] has raised a concern through {{PALS}}. \
Harm: moderate. Learning: corridor care checks need to include pressure areas for long waits."""),
    ("aviation", "near_miss", """\
Occurrence: runway incursion by airside vehicle – {{go-around}}
Date: [[date:17 Feb 2025]], approx 08:05 local
Aircraft: [[aircraft_registration:G-WXRB]], {{ATR 72}}, [[flight_number:WX306]] from Guernsey
Location: [[organisation:Southampton Airport]], RWY 20
Narrative (Capt [[name:S. Rai]]): On short final at approx 400 ft we saw a yellow airfield ops van \
crossing the runway at the intersection. Tower instructed a go-around at the same moment. Go-around \
flown, landed on the second approach 12 mins later without further event. Ops van \
[[vehicle_registration:HN17 YTC]], driver [[name:Gary Pocock]], reports he heard "cross" in a \
transmission meant for another vehicle. Both vehicles were on the same frequency with similar \
callsigns (Ops 2 and Ops 12). Suggest callsigns are changed."""),
    ("social_care", "incident", """\
Child left on school minibus. [[name:Alfie Dunn]] ([[age:8]], {{EHCP}}, autistic) was not taken off \
the minibus at [[organisation:Rosewood Free School]] on [[date:21 January]] and was found asleep on \
the back seat by the driver at 10:35 back at the depot, \
[[address:Unit 4, Mill Lane Industrial Estate, Totton]]. Vehicle [[vehicle_registration:YJ70 BHA]] \
operated by [[organisation:Solent Community Transport]]. The passenger assistant was off sick and \
not replaced. [[name:Alfie]] seemed unhurt but had wet himself and was very quiet. Mum \
[[name:Kirsty]] is extremely distressed and asking for a meeting. {{SEN}} transport team informed, \
contract manager investigating."""),
    ("health", "incident", """\
Team: [[organisation:Lymington Community Nursing Team]]
Patient: [[name:Frank Elliott]], [[address:Rose Cottage, Vicar's Hill, Boldre]], \
[[postcode:SO41 5QB]]
NHS: [[nhs_number:481 425 6353]]
What happened: On visit [[date:10/02/2025]] [[name:Rutendo Chikwanha]] (Band 6) found a category 3 \
pressure ulcer to the L heel. Heels documented as "intact" at visits on [[date:03/02]] and \
[[date:06/02]] but according to the HCA the sock was not removed on either visit. Mr \
[[name:Elliott]] has lived alone since his wife died and sleeps in his armchair; he has declined a \
hospital bed twice. Assessed as having capacity under the {{Mental Capacity Act}} for this decision. \
{{Waterlow}} 18. Heel offloading boots ordered, TVN referral sent, GP \
([[organisation:Milford Surgery]]) aware.
Reported by [[name:R. Chikwanha]]"""),
    ("social_care", "success", """\
Good practice – {{MASH}}
Referral from [[organisation:Little Stars Nursery]] at 09:10 on [[date:04/02/2025]] re \
[[name:Zain Qureshi]] ([[age:3]], NHS [[nhs_number:334 254 0974]]) with a healing burn to the back \
of his hand. Strategy discussion held by 11:30 with police (DC [[name:Nadia Hussain]]) and health. \
Child protection medical same afternoon at [[organisation:Southampton General Hospital]]; the \
{{paediatrician}}, Dr [[name:Fenwick]], found the burn consistent with Mum's account (he grabbed her \
hair straighteners). An Urdu interpreter was booked for Mum, [[name:Ayesha Qureshi]], so she could \
explain properly instead of her [[age:12]] yr old translating. Closed within 48 hrs with an \
{{early help}} offer rather than a full S47. Mum said it was frightening but everyone was kind. Good \
example of quick, proportionate work."""),
    ("health", "near_miss", """\
near miss – insulin. pt [[name:Gladys Fordham]] ([[case_reference:MMH0458812]], \
[[postcode:ME7 4LR]]) written up for 10 units {{Novorapid}} as "10u", agency nurse read it as 100 \
and drew it up. [[name:Jhun Mendoza]] stopped it at the 2nd check. no harm. Dr [[name:Khan]] (FY2) \
spoken to. exactly the {{never event}} scenario!! [[organisation:Sapphire Ward]], \
[[organisation:Medway Maritime Hospital]]"""),
    ("aviation", "incident", """\
I was PM, in the right seat. Captain [[name:Ian McAllister]] was PF for the departure from \
[[organisation:Bournemouth Airport]], RWY 26, on [[date:3 March 2025]], flight \
[[flight_number:WX518]] to Guernsey in [[aircraft_registration:G-WXRD]] ({{ATR 72}}). Just before V1 \
I saw a large flock of gulls lift from the grass to the left of the runway. We continued as we were \
close to V1 and felt at least three thumps. After rotation the #1 engine showed high vibration and \
ITT was fluctuating. Captain called for the {{QRH}} and we agreed to return. I made a PAN call, we \
were vectored for a visual circuit and landed about 12 minutes after takeoff. Engineers found damage \
to 2 propeller blades on #1 and bird remains in the intake. Airport ops told us afterwards that bird \
control had been delayed that morning because the {{bird control unit}} vehicle was unserviceable. I \
believe an ATIS warning would have helped us brief the threat. For what it is worth, I was impressed \
by how calmly the captain handled it: he shared his plan early, gave me time to run the checklist \
properly and briefed the SCCM himself so I could stay on the radio. Passengers were told what was \
happening within a couple of minutes."""),
    ("social_care", "near_miss", """\
Setting: [[organisation:Little Acorns Day Nursery]], [[address:2 Station Road, Netley Abbey]], \
[[postcode:SO31 5AE]]
Near miss (copied to children's social care as child is on a {{child protection plan}})
At 12:05 [[name:Amara Okoro]] ([[age:2]]) was nearly handed over to her paternal grandmother, Mrs \
[[name:Okoro]], who is not on the collection list and under the plan must not have unsupervised \
contact. [[name:Charlotte]] (2nd week, still on induction) did not ask for the password. Room leader \
[[name:Jas]] recognised Mrs [[name:Okoro]] and stopped the handover at the door. Mrs [[name:Okoro]] \
left angry. Mum [[name:Blessing]] was called and social worker [[name:Tom Reece]] informed on \
[[phone:023 8083 4417]] at 12:30. {{DSL}} has re-briefed all staff on collection procedures."""),
    ("health", "incident", """\
Incident: discharged to wrong address.
Mr [[name:Derek Lamb]] ([[age:84]], NHS [[nhs_number:967 192 6118]]) was discharged from \
[[organisation:Pembroke Ward]], [[organisation:Salisbury District Hospital]] on [[date:13/03/2025]] \
by patient transport. PAS still had his old address, [[address:7 Wilton Road, Salisbury]] \
[[postcode:SP2 7EJ]]. He moved to sheltered housing at \
[[address:Avon Court, 40 Castle Road, Salisbury]] [[postcode:SP1 3RW]] in the autumn; his GP record \
was updated but the hospital record was not. The crew left him on the doorstep as he said it was \
fine. The new occupiers did not know him and he sat outside in the cold for about 40 mins until a \
neighbour rang 111. His {{TTO}}s were with him. No injury but very cold and distressed. Learning: \
confirm address verbally with the patient AND check the {{Spine}} before booking transport."""),
    ("social_care", "incident", """\
Referral summary: [[name:Gabriel Souza]] ([[age:8]], Year 4, [[organisation:Sholing Junior School]]) \
told his class teacher at 09:15 that "papai pushed mamãe into the wardrobe and there was blood". \
School {{DSL}}, Mrs [[name:Grant]], referred straight away. The school had also received an \
{{Operation Encompass}} notification that morning for a domestic at the family home, \
[[address:112 Spring Road, Sholing]] [[postcode:SO19 2PR]], the previous night. Mum \
[[name:Fernanda Souza]] was seen at school with a cut above her eye and said she "fell". Dad \
[[name:Rodrigo]] was arrested overnight and bailed with conditions not to attend the address. \
Younger sibling [[name:Heitor]], [[age:2]], at home with maternal aunt. Strategy discussion held \
13:00; DASH high risk, referred to {{MARAC}}."""),
    ("health", "success", """\
Shout out for [[name:Kelly-Ann Jupp]] (HCA, [[organisation:Hamble Ward]]) – on the 06:00 obs she \
said Mr [[name:Osborne]] "wasn't himself" even though his {{NEWS2}} was only 3, and she escalated \
it. Lactate 4.2, {{Sepsis Six}} within the hour, now on {{HDU}} and improving. Brilliant instinct \
[[name:Kelly-Ann]]!"""),
    ("aviation", "success", """\
What went right – ramp
Date [[date:24/02/2025]], [[aircraft_registration:G-WXMB]] ({{A320}}), flight \
[[flight_number:WX882]] to Malaga, stand 41, [[organisation:Bristol Airport]].
During the turnaround ramp agent [[name:Mariusz Wiśniewski]] noticed a steady drip from under the \
left wing near a fuel drain valve while loading bags. He stopped loading, told the dispatcher and \
refused to carry on until an engineer looked at it, even though boarding had started and the crew \
were under pressure for the slot. Engineer found a drain valve not seated properly after a fuel \
sample; about 10 litres had already leaked. Aircraft delayed 95 mins but no fire risk on departure. \
[[name:Mariusz]] has been nominated for a {{Safety Star}}."""),
    ("social_care", "near_miss", """\
Near miss - foster care / meds
Child: [[name:Reuben Clarke]], DOB [[date_of_birth:22/07/2013]]
[[name:Reuben]] went to respite carers Mr and Mrs [[name:Saunders]] for the weekend of \
[[date:15–16 March]]. His main carer [[name:Jo Tilbury]] had sent his {{methylphenidate}} in a \
sandwich bag, not in the labelled pharmacy box, with a note saying "1 in morning". Mrs \
[[name:Saunders]] thought the note meant one of each tablet in the bag (2 x 18 mg) and had them in \
her hand when she decided to ring [[name:Jo]] to check. No dose error. Supervising social worker has \
reminded both households of the medication policy: meds must travel in original labelled packaging \
with the MAR sheet. ({{ADHD}} meds are controlled drugs.)"""),
    ("health", "incident", """\
Patient [[name:Farid Noorzai]], [[age:26]], detained under {{Section 2}} {{MHA}} on \
[[organisation:Kite Ward]], [[organisation:Antelope House]], left the ward at 16:40 on \
[[date:20/01/2025]] when the air-lock door was held open for a visitor. Staff noticed at the 16:55 \
headcount. Police informed at 17:05 as high-risk AWOL, log [[case_reference:44250011932]]. His \
brother [[name:Ahmad]] rang the ward at 21:00 to say [[name:Farid]] had turned up at his flat in \
Shirley and was calm; police attended and returned him at 23:15. No harm. Review: the visitor was \
not told about the air-lock rule, and the door alarm had been reported faulty on [[date:14/01/2025]] \
with no repair yet."""),
    ("social_care", "incident", """\
Lone working incident. After a visit to Mr [[name:Lee Mitchell]] at \
[[address:48 Weston Grove Road]], [[postcode:SO19 9EE]] on [[date:29/01/2025]], I came back to my \
car ([[vehicle_registration:GF66 XUR]]) to find both front tyres slashed. During the visit Mr \
[[name:Mitchell]] had been angry about the {{Section 47}} outcome and said "you'll regret coming \
here". I could not get hold of my {{duty manager}} and my {{Skyguard}} device had not been charged. \
A neighbour let me wait in her house until the [[organisation:RAC]] came. Police crime ref \
[[case_reference:44250029811]].
[[name:Oksana Kovalenko]], [[organisation:Woolston and Sholing Children in Need Team]]"""),
    ("health", "near_miss", """\
From: Dr [[name:Sarah Whitlock]] <[[email:sarah.whitlock1@nhs.net]]>
Sent: [[date:7 March 2025]] 16:22
To: [[email:path.results@nhs.net]]
Subject: Result received for patient not registered with us

Dear colleagues,
We have received a pathology result for [[name:Harpreet Kaur Sandhu]], DOB \
[[date_of_birth:14/11/1968]], NHS [[nhs_number:650 357 1046]] – {{HbA1c}} 98 mmol/mol. She is not \
registered at [[organisation:Ringwood Medical Centre]] and as far as I can see she is with \
[[organisation:Forest Gate Surgery]] in Totton. This result needs acting on quickly. I have phoned \
the other practice today but could you please check why the request was linked to us so it doesn't \
happen again.
Kind regards,
[[name:Sarah]]
{{GP partner}}"""),
    ("aviation", "near_miss", """\
Departure from [[organisation:Southampton Airport]] RWY 20, flight [[flight_number:WX2231]] to \
Manchester, [[date:5 February 2025]], [[aircraft_registration:G-WXKE]] ({{Embraer 175}}). I was \
Captain and PM; FO [[name:Tomasz Lewandowski]] was PF. Cleared on the {{SID}} to altitude 4000 ft, \
then re-cleared by Radar to 6000. FO set 6000 but I was heads-down on a tech message about the pack. \
Radar then issued a stop at 5000 due to traffic, which I read back, but I did not confirm the \
selection change. The aircraft climbed through 5000 to approximately 5,300 ft before [[name:Tomasz]] \
noticed and descended. Radar advised traffic 4 nm, we received a {{TCAS}} TA only. Contributing: \
workload from the pack message, my poor monitoring, and we did not verbalise the new altitude as per \
SOPs. Lesson: I should have delegated the tech message until we were level."""),
    ("social_care", "success", """\
Success – family group conference
The {{FGC}} for the [[name:Gurung]] family was held on [[date:11 January]] at the \
[[organisation:Greater Southampton Nepalese Association]] hall, as the family asked. Co-ordinator \
[[name:Leila Haddad]] met grandmother [[name:Hom Kumari Gurung]] at home twice beforehand with a \
Nepali interpreter, and she in turn brought in uncle [[name:Ram Bahadur Gurung]] (ex-Gurkha, lives \
in Fleet) and two aunts. [[name:Aarav]] ([[age:9]]) drew a picture of who he wanted around him and \
it was put up on the wall. The family came up with a plan for [[name:Aarav]] to stay with \
[[name:Hom Kumari]] and uncle [[name:Ram]] during the week while mum [[name:Sabina]] finishes rehab, \
with school runs shared. Agreed by all, review in 6 weeks. This avoided proceedings and a \
{{kinship care}} assessment is under way."""),
    ("health", "incident", """\
V&A – ED majors, [[organisation:Royal Sussex County Hospital]], [[date:01/03/2025]] 02:40. \
Intoxicated pt [[name:Wayne Cutler]] ([[age:43]], [[address:22 Elm Grove, Brighton]] \
[[postcode:BN2 3ES]]) punched HCA [[name:Olena Shevchuk]] in the face during obs. Police restrained \
him, log [[case_reference:47250038816]]. [[name:Olena]] X-rayed in {{ED}}, no fracture, sent home. \
{{TRiM}} offered. 4th assault on staff in majors this month."""),
    ("social_care", "incident", """\
Unaccompanied child – age dispute
[[name:Abdul Wahid Safi]] (claimed DOB [[date_of_birth:01/01/2009]]) walked into the civic centre on \
[[date:23/01/2025]] after being placed by the {{Home Office}} in an adult asylum hotel, the \
[[organisation:Highfield Lodge Hotel]], [[address:48 Portswood Road]]. Hotel staff said he had been \
there 3 weeks and an adult resident had taken his phone and hit him. He presents as young, very \
slight, and cried throughout. Placed in emergency foster care with the [[name:Haskins]] family \
tonight. A {{Merton-compliant}} age assessment has been requested. Pashto interpreter used. Case ref \
[[case_reference:LCS-4480117]]."""),
    ("health", "near_miss", """\
Near miss – weight error, paeds {{ED}}
[[name:Tiago Ferreira]], [[age:4]], hosp no [[case_reference:J2301958]], weighed at triage as 16.1 \
kg but entered on the EPR as 61 kg. Oral {{paracetamol}} dose auto-calculated by the system as 960 \
mg. Mum [[name:Joana]] queried the size of the syringe ("this is too much for him?") in Portuguese \
via her phone translator. The nurse rechecked and the weight error was found before any dose was \
given. The EPR did not flag that 61 kg is way above the 99th centile for his age. Request: hard stop \
on weights outside the normal range for age. Datix [[case_reference:W221904]]."""),
    ("aviation", "incident", """\
Crew injury report
Name: [[name:Kerry Fairbrother]]   Staff no: [[case_reference:WX04418]]
Home address: [[address:5 Oakfield Rise, Crawley]] [[postcode:RH10 3TX]]
NI no (for insurance): [[ni_number:JR 48 17 20 C]]
Flight: [[flight_number:WX1790]] [[organisation:London Gatwick]] – Dalaman, [[date:09/03/2025]], \
[[aircraft_registration:G-WXMD]]
What happened: During the bar service about 2 hrs in, the seat belt sign came on with no warning in \
{{clear air turbulence}}. The full bar cart I was pushing with [[name:Sanjay]] rolled back over my \
left foot and I twisted my ankle falling against row 9. [[name:Sanjay]] got the cart braked. I \
finished the flight on my jump seat. Seen at [[organisation:East Surrey Hospital]] on return – \
ligament sprain, 2 weeks off. Flight deck said they had had no {{PIREP}}s about turbulence in that \
area."""),
    ("social_care", "near_miss", """\
near miss - final bundle for the [[name:mcdonagh]] children (final hearing [[date:24/03]]) was \
addressed to dads old solicitors [[organisation:Harcourt Lyle]] who stopped acting in {{jan}}. \
[[name:bev]] in legal admin caught it doing the courier labels. full {{parenting assessment}} + mums \
medical records in there. [[case_reference:LCS-4412876]] still showed the old solicitor as current, \
now updated"""),
    ("health", "success", """\
Reasonable adjustments – what went well
[[name:Callum Ashby]], [[age:31]], NHS [[nhs_number:657 006 5068]], has a learning disability and \
autism and needed dental extractions under GA at [[organisation:Royal Hampshire County Hospital]] on \
[[date:18/02/2025]]. Previous attempts failed because he was too distressed in the waiting area. \
This time the {{learning disability liaison nurse}}, [[name:Mel Hardcastle]], planned it with Mum \
([[name:Sue]]) a month ahead: first on the list, side room, no gown, his own iPad, Mum present for \
induction. The anaesthetist agreed to combine bloods, ear syringing and a dental check while he was \
asleep, after a {{best interests}} meeting. [[name:Callum]] went home by 2pm and [[name:Sue]] \
emailed to say it was the first time he'd ever left hospital smiling. His {{hospital passport}} made \
the difference."""),
    ("social_care", "incident", """\
INCIDENT – self-harm
YP: [[name:Niamh O'Sullivan]], [[age:15]], NHS [[nhs_number:827 277 6731]], solo placement at \
[[organisation:Beechwood House]]
[[date:27/03/2025]] 21:50 – waking night staff [[name:Kwame]] checked [[name:Niamh]] on 15 min obs \
and found her in the bathroom with a ligature tied loosely round her neck. Removed straight away \
with the ligature cutter, [[name:Niamh]] conscious and talking. 999 called, taken to \
[[organisation:Southampton Children's Hospital]] by ambulance, seen by {{CAMHS}} liaison in the \
morning and returned to the home at 14:00. [[name:Niamh]] said she did it because her mum didn't \
turn up for contact. Obs increased to {{line of sight}}, safety plan updated, social worker and \
{{IRO}} informed."""),
    ("health", "incident", """\
Maternity – PPH
Woman: [[name:Sana Malik]], [[age:29]], P1, hosp no [[case_reference:SRH7730215]], \
[[postcode:PO19 7BQ]]
Location: labour ward, [[organisation:St Richard's Hospital]]
Date: [[date:16/01/2025]]
Summary: SVD 04:12, baby boy well. EBL 2.4 L, uterine atony. {{MOH}} called 04:30, {{carboprost}} \
x2, to theatre for balloon tamponade, 4 units red cells. Husband [[name:Imran]] was left in the \
delivery room alone with the baby for nearly an hour with nobody updating him; he said he thought \
his wife had died. Clinical care was good but communication with the family was poor. Debrief held \
with Mr and Mrs [[name:Malik]] before discharge."""),
    ("aviation", "near_miss", """\
{{PRM}} left on board – near miss
Flight [[flight_number:WX1422]] from Faro arrived [[organisation:Southampton Airport]] 22:40, \
[[date:21/03/2025]], aircraft [[aircraft_registration:G-WXKF]].
Mrs [[name:Agnes Whitfield]] ([[age:87]], of [[address:3 The Willows, Windsor]] \
[[postcode:SL4 3HD]]), {{WCHC}}, seat 1A, was still on the aircraft 35 minutes after all other \
passengers had disembarked. The assistance team from [[organisation:ClearAssist]] had been called to \
another flight and crew were told "5 minutes away" three times. The crew (SCCM \
[[name:Filipa Moreira]]) stayed with her and gave her water, but she needed the toilet and was very \
upset. Her son [[name:Peter]] was waiting landside and nobody told him what was happening. Near miss \
because the aircraft was nearly handed over to the night cleaners with her still on board. 3rd delay \
this month."""),
    ("social_care", "success", """\
From: [[name:Marcus Howells-Webb]] <[[email:marcus.hw@btinternet.com]]>
To: [[email:adoption.support@southampton.gov.uk]]
Date: [[date:14 March 2025]]
Subject: [[name:Lily]] – one year on!

Hi [[name:Joanne]],
Just a quick one to say it's been a year today since [[name:Lily]] came home to us. She's [[age:3]] \
now, chatting non-stop and has started at [[organisation:Bright Beginnings Pre-School]] three \
mornings a week. [[name:Aled]] and I wanted to thank you for everything – especially the \
{{life story work}} and for being honest with us when things were hard in the first few months. We \
got the adoption order last summer and honestly didn't think we'd get here. We'd love to do a \
{{letterbox}} update to her birth mum soon if you can tell us how.
Best wishes,
[[name:Marcus]], [[name:Aled]] & [[name:Lily]] x"""),
    ("health", "near_miss", """\
Near miss – community pharmacy. [[organisation:Hythe Village Pharmacy]] dispensed {{methotrexate}} \
10 mg tablets instead of 2.5 mg for Mrs [[name:Margaret Collins]] ([[age:76]], \
[[postcode:SO45 6AH]]), 7.5 mg weekly from [[organisation:Forest Edge Surgery]]. Granddaughter \
[[name:Ruby]] (student nurse) spotted it filling the dosette on [[date:9 March]]. Would have been 30 \
mg. Pharmacy apologised and replaced on the {{Monday}}."""),
    ("social_care", "incident", """\
I need to report that I left my work laptop (asset [[case_reference:SCC-LT-20981]]) on the train \
home on [[date:3 February]]. The laptop is encrypted and was locked, but my notebook was in the same \
bag with handwritten notes from 2 home visits that day, including a child's name \
([[name:Sofia Marin]]) and the address of a refuge. Reported to \
[[organisation:British Transport Police]] (ref [[case_reference:BTP-2502-11843]]) and to the IT \
service desk straight away, and the device has been remotely wiped. The bag was handed in to lost \
property the next day with the notebook still inside. I've been told this still needs to go to the \
{{Caldicott Guardian}} and IG for a decision on whether to report it to the {{ICO}}. I'm really \
sorry.
[[name:Ionuț Dumitru]], {{social worker}}"""),
    ("health", "incident", """\
OCCUPATIONAL HEALTH – SHARPS INJURY
Name: [[name:Adaeze Nwankwo]]
DOB: [[date_of_birth:09/04/1990]]
NI number: [[ni_number:NP 52 91 18 B]]
Ward/dept: [[organisation:Victoria Ward]], [[organisation:William Harvey Hospital]]
Home postcode: [[postcode:TN23 4DQ]]
Date/time: [[date:26/02/2025]] 10:15
Details: Needlestick from a used insulin needle while clearing a bedside table – needle had been \
left uncapped on the patient's meal tray. Wound bled freely and was washed under running water. \
Source patient (Mr [[name:Harris]], bed 6) consented to {{BBV}} testing. Risk assessed as low, \
{{PEP}} not indicated. Follow-up bloods at 6 and 12 weeks booked. Manager [[name:Claire Bennett]] \
informed."""),
    ("aviation", "success", """\
What went right – pilot incapacitation
Flight [[flight_number:WX1650]] [[organisation:Bournemouth Airport]] – Palma, [[date:12/01/2025]], \
[[aircraft_registration:G-WXMF]] ({{A320}}). In the cruise Captain [[name:Graham Whitehouse]] became \
pale, sweaty and confused. FO [[name:Aisha Raza]] recognised a subtle incapacitation, took control, \
declared a MAYDAY and asked the SCCM to bring oxygen to the flight deck. A passenger who was a GP \
helped in the cabin. [[name:Aisha]] diverted to Nantes and landed single pilot; the captain was \
taken to hospital and later found to have a cardiac arrhythmia. [[name:Aisha]] said the "two \
communication rule" from her {{CRM}} training was what made her act rather than wait. \
[[organisation:Wessex Airways]] has since reviewed the episode with the {{CAA}}."""),
    ("aviation", "near_miss", """\
UM handover – near miss
UM [[name:Precious Mutasa]], [[age:11]], travelling alone on [[flight_number:WX602]] from Edinburgh \
to [[organisation:Southampton Airport]], [[date:15/02/2025]]. Paperwork named the collecting adult \
as her aunt [[name:Rudo Mutasa]]. At arrivals a woman said she was the aunt and [[name:Precious]] \
went to hug her. Ground agent [[name:Jamie Lowe]] still asked for ID – the woman was actually \
[[name:Tsitsi Moyo]], a family friend sent because [[name:Rudo]] was stuck in traffic on the M27. \
[[name:Jamie]] would not release [[name:Precious]] until he had spoken to Mum on \
[[phone:+263 77 212 4581]], and [[name:Rudo]] arrived 25 mins later with her passport. The near \
miss: the gate agent at Edinburgh had told [[name:Precious]] her aunt would "be waiting", so she \
nearly walked off with the friend. {{unaccompanied minor}} procedure followed correctly."""),
    ("health", "success", """\
Learning from excellence. Mr [[name:Patrick McDonagh]] ("[[name:Big Paddy]]" to his family), \
[[age:67]], was admitted to [[organisation:Lavender Ward]] with an {{NSTEMI}}. The family are Irish \
Travellers and about 15 relatives arrived on the first evening. Instead of asking them all to leave, \
Sister [[name:Bernie Dolan]] arranged for the family to use the day room in shifts and named his \
daughter [[name:Bridget]] as the main contact. [[name:Paddy]] can't read, so staff read his \
discharge letter and medication changes out loud and drew a chart with pictures for his {{GTN}} \
spray. He stayed the full 4 days instead of self-discharging like last time. [[name:Bridget]]'s \
mobile [[phone:07700 900562]] added as main contact on PAS."""),
    ("social_care", "incident", """\
{{LADO}} referral
Foster carer: Mrs [[name:Denise Hartley]], [[address:Meadowbank, Church Lane, Nursling]] \
[[postcode:SO16 0YB]]
Child: [[name:Kai Bennett-Fraser]], [[age:7]]
On [[date:05/03/2025]] [[name:Kai]] told his teaching assistant at \
[[organisation:Nursling C of E Primary]] that "[[name:Denise]] slapped me on the face because I wet \
the bed". A faint red mark on his left cheek was seen by the school {{DSL}}. [[name:Kai]] was seen \
by his social worker [[name:Priya Nair]] the same afternoon and repeated the account. Referred to \
the LADO at 16:20, strategy discussion 10:00 next day. [[name:Kai]] moved to [[name:Alison]] and \
[[name:Rob Tate]]'s as an emergency placement. Mrs [[name:Hartley]] denies it and says he fell off \
the trampoline. The other child in placement, [[name:Maisie]] ([[age:4]]), also moved pending the \
investigation."""),
    ("health", "near_miss", """\
Near miss – address confusion, ref [[case_reference:IR-250311-044]]
999 call from Mrs [[name:Joan Pearce]] at [[address:14 Hythe Lane, Marchwood]] for her husband \
[[name:Colin]], [[age:81]], with chest pain. CAD auto-populated [[address:14 Hythe Road, Marchwood]] \
and the call handler accepted the first suggestion without reading it back. Crew arrived at the \
wrong address at 19:42, no reply, and only when control rang Mrs [[name:Pearce]] back on \
[[phone:023 8084 1176]] was the error found. Crew at the correct address 19:55, 13 min delay. \
[[name:Colin]] had an {{inferior MI}}, PCI at [[organisation:Southampton General Hospital]], doing \
well. {{EOC}} to review address verification prompts."""),
    ("aviation", "incident", """\
Fire/smoke in cabin – lithium battery
Flight [[flight_number:WX377]] [[organisation:London Gatwick]] – Kraków, [[date:08/02/2025]], \
[[aircraft_registration:G-WXMH]], about 1h10 into the flight.
Smoke seen coming from the overhead locker above row 18. No.3 [[name:Piotr]] found a power bank in a \
jacket pocket, hot and hissing. Halon extinguisher used, then the power bank was put in a container \
of water as per {{SEP}} manual. Passenger [[name:Wang Hao]] (18E, of [[postcode:OX4 1XY]]) said it \
was brand new. Captain declared a PAN and continued to destination as there was no further smoke. \
Two passengers given oxygen for coughing. Power bank handed to the airport fire service on arrival. \
Booking ref [[case_reference:XJ4R8T]]. Reported to the {{CAA}} within 72 hrs, MOR \
[[case_reference:WX-MOR-25-0241]]."""),
    ("social_care", "success", """\
Young carers – what went right
[[name:Tanaka Ndlovu]] ([[age:12]]) was identified as a young carer by her form tutor at \
[[organisation:Weston Secondary School]] after being late most mornings. Mum [[name:Chipo]] has \
{{MS}} and [[name:Tanaka]] was doing her meds, the shopping and getting her little brother \
[[name:Nyasha]] to nursery. Family originally from Harare, no other relatives in the UK. The \
{{young carers assessment}} was done at home within 2 weeks, Mum now has a care package and \
[[name:Tanaka]] goes to the [[organisation:Solent Young Carers]] group on {{Thursdays}}. She told \
her worker [[name:Abi]] "I didn't know other kids did this too." Attendance is up from 82% to 96%."""),
    ("health", "incident", """\
INCIDENT: baby without ID bands
[[date:30/01/2025]], postnatal ward, [[organisation:William Harvey Hospital]]
Baby of [[name:Ewa Kamińska]] (hosp no [[case_reference:K4418276]], [[postcode:CT4 7HN]]) found at \
07:30 handover with no name bands – removed at 03:00 for a cannula attempt and not replaced. Another \
baby on the ward is [[name:Kamińska-Nowak]]. ID confirmed by midwife [[name:Abena]] against the cot \
card, bands replaced. {{baby tagging}} still in place."""),
    ("aviation", "near_miss", """\
Fatigue report – near miss
Crew member: FO [[name:Ben Atherton]], crew ID [[case_reference:WX31207]]
Duty: [[date:17/03/2025]] to [[date:19/03/2025]]
I am reporting that I was too tired to operate safely on the final sector on [[date:19/03/2025]] \
([[flight_number:WX2917]] Guernsey – [[organisation:Southampton Airport]], \
[[aircraft_registration:G-WXKA]], {{Embraer 175}}). Roster was 3 early starts (04:45 report) \
followed by a late finish swap I was asked to do by crewing at short notice. I had about 5 hrs \
sleep. On the approach I missed a callout and had to be prompted twice by Captain \
[[name:Lucy Marchetti]]. No exceedance, but in hindsight I should have declared myself unfit. I \
didn't because the last time I called in fatigued I got a "please explain" email. I would like the \
company to confirm the {{Just Culture}} policy applies to fatigue calls, and for this to go to the \
{{FRMS}} group. I also think crewing should not be able to offer a late swap on the back of three \
earlies without a rest check; I said yes because I felt I could not refuse. After landing I told the \
captain, she agreed I should not drive home, and I slept in the crew room before leaving."""),
)


def main() -> None:
    records = build_records("blind18", REPORTS)
    assert Counter(record["domain"] for record in records) == Counter(DOMAINS), "domain mix"
    for record in records:
        rid, text, spans = record["id"], record["text"], record["spans"]
        assert 1 <= len(record["negatives"]) <= 3, (rid, "negatives", len(record["negatives"]))
        for span in spans:
            value, label = text[span["start"]:span["end"]], span["label"]
            assert label != "postcode" or POSTCODE.match(value), (rid, "postcode", value)
            assert label != "name" or not TITLE.match(value), (rid, "title in name", value)
            if label in REPEAT_CHECKED:
                for hit in re.finditer(rf"(?<!\w){re.escape(value)}(?!\w)", text):
                    assert any(s["start"] <= hit.start() and hit.end() <= s["end"] for s in spans), (
                        rid, "unlabelled repeat", value, hit.start())
    write_records(OUT, records)


if __name__ == "__main__":
    main()
