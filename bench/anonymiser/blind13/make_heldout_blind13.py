"""Blind held-out corpus 13: sixty hand-written learning-system reports.

Settings: a county council's children's services, an integrated care system and regional aviation in
the English Midlands and East Anglia. Every narrative is written by hand in the shared inline mark-up
(`[[label:value]]` for identifiers, `{{term}}` for must-not-redact mentions) and parsed with
`markup.parse`. Running the script writes `bench/anonymiser/corpus/heldout_blind13.jsonl`
deterministically and validates every record.

Wrapped prose uses a backslash at the end of a source line, which Python removes together with the
newline, so a line ending in " \\" joins the next line with a single space; lines without it keep a
real newline (e-mail headers, logs, bullet lists, sign-offs).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from markup import build_records, write_records  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "corpus" / "heldout_blind13.jsonl"

# (domain, kind, marked-up narrative)
REPORTS: list[tuple[str, str, str]] = [
    # 001
    (
        "social_care", "incident",
        """\
visited [[address:14 Pelham Crescent, Beeston]] [[postcode:NG9 2EQ]] today re [[name:kayden]] \
([[age:4]]) - mum [[name:shannon]] wouldnt let me in at first, dog loose in the garden. eventually saw \
[[name:kayden]] in the front room, bruise on left cheek, mum says he fell off the sofa. didnt have a \
body map with me so took photos on my work phone which i know we arent ment to. talked it through with \
my {{practice supervisor}} when i got back and strat meeting is booked for tmrw under {{Section 47}}. \
case ref [[case_reference:LCS-2291847]]. [[name:kayden]]s nursery is [[organisation:Little Owls Day \
Nursery]], rang them and spoke to [[name:bev]] who said he has been off since monday
""",
    ),
    # 002
    (
        "health", "incident",
        """\
At approximately 02:40 on [[date:17 February 2024]] Mr [[name:Dennis Ashworth]] ([[age:87]], hospital \
number [[case_reference:MFC0443918]], NHS number [[nhs_number:963 954 4884]]) was found on the floor \
beside his bed in bay 2, Ward 3, [[organisation:Mid Fens Community Hospital]]. He had been assessed on \
admission as a high falls risk and a bed sensor was in place; however the battery had failed and there \
is no record of it being checked on the night shift. HCA [[name:Precious Chikwanha]] heard him calling \
out. Observations stable, {{NEWS2}} score 1, small haematoma to right temple. As he is prescribed \
{{apixaban}} a CT head was requested and he was transferred to [[organisation:Peterborough City \
Hospital]] by ambulance at 04:15. His son [[name:Gary Ashworth]] was informed by telephone on \
[[phone:07700 900417]]. Duty of candour conversation to follow in person.
Reported by: [[name:Ruth Okonkwo]], {{Ward Sister}}
""",
    ),
    # 003
    (
        "aviation", "near_miss",
        """\
[[aircraft_registration:G-OKTA]] {{King Air 350}} c/s [[flight_number:SKX41]] dep [[organisation:Norwich \
Airport]] rwy 27 [[date:09/04/24]] 0712Z. {{TCAS RA}} descend passing 3000ft, VFR single not talking to \
anyone, 300ft below. RA followed, pax unaware. MOR [[case_reference:MOR-2024-03318]].
Capt [[name:J. Kowalczyk]]
""",
    ),
    # 004
    (
        "social_care", "success",
        """\
What went right: I want to record how well [[name:Amira]]'s move to her new foster carers went on \
[[date:Friday 22 March]]. [[name:Amira]] is [[age:9]] and has had three moves in two years, so everyone \
was worried. Her carers [[name:Pauline]] and [[name:Keith Dorrington]] visited her twice at the previous \
placement first, made her a photo book of their house and the dog, and let her choose her bedroom \
colours. Her school, [[organisation:St Botolph's CE Primary]], kept her in the same class and her \
teacher Mrs [[name:Adeyemi]] sent a card to the new house. The {{IRO}} [[name:Declan Furlong]] brought \
the review forward so the plan was agreed before the move, not after. Two weeks in she is sleeping \
through and has asked if she can stay for the summer holidays. Small things, done early, made the \
difference.
[[name:Hannah Birtwistle]], {{Supervising Social Worker}}, [[organisation:Kesteven Fostering Service]]
""",
    ),
    # 005
    (
        "health", "near_miss",
        """\
near miss dispensary this am. 2 scripts in the same basket, Mrs [[name:Harjit Kaur]] (DOB \
[[date_of_birth:03/11/1951]]) and Mrs [[name:Harpreet Kaur Sandhu]] (DOB [[date_of_birth:14/06/1948]]). \
{{methotrexate}} 2.5mg for one of them got labelled "take FOUR tablets DAILY" instead of once WEEKLY, \
and bagged with the other ladys {{Adcal-D3}}. ACT [[name:Jignesh]] picked it up at final check bc the \
bag label didnt match the address on the PMR. nothing left the building. we now put same surname scripts \
in different baskets and have flagged both records. [[organisation:Hinckley Road Pharmacy]], \
[[phone:0116 496 0382]]
""",
    ),
    # 006
    (
        "aviation", "incident",
        """\
Ramp incident, [[organisation:East Midlands Airport]] stand 74, [[date:2 January 2024]] approx 23:50L. \
During offload of [[flight_number:AAF602]] ([[aircraft_registration:G-AAFK]], {{Boeing 757-200F}}) a ULD \
was found with liquid leaking from a package declared as non-DG. Strong smell of solvent. Loader \
[[name:Marius Popescu]] stopped the offload and called the duty manager. Airport fire service attended, \
package identified as {{UN1263}} paint, approx 2L spilled, contained with absorbent. One loader \
([[name:Ionuț Stan]]) reported eye irritation and was seen by a first aider, no further treatment. \
Shipper is [[organisation:Brightwell Coatings Ltd]], AWB [[case_reference:176-44812093]]. Undeclared DG \
report sent to the {{CAA}}. Occurrence ref [[case_reference:AAF-OR-24-0007]].
""",
    ),
    # 007
    (
        "social_care", "near_miss",
        """\
From: [[name:Sarah-Jane Whitlock]] <[[email:sj.whitlock@meadowbank.notts.sch.uk]]>
To: Transport Team
Cc: [[name:Tom Ridley]]
Subject: near miss this morning - [[name:Oliver]] left on bus

Hi all,
Just to let you know [[name:Oliver Banks]] ([[age:11]], Year 6, {{autism}}, non-verbal) was not brought \
in off the minibus this morning. The escort thought the driver had done the end of route check and the \
driver thought the escort had. Our TA [[name:Grace]] spotted he wasn't in the line and ran back out - \
the bus was still in the car park with the engine running. He was fine, a bit upset. Vehicle was \
[[vehicle_registration:YX68 FKD]], contractor [[organisation:Trent Valley Travel]]. Mum has been told. \
Can we get a formal check sheet back in please?
Thanks
[[name:SJ]]

[[name:Sarah-Jane Whitlock]] | {{Designated Safeguarding Lead}} | [[organisation:Meadowbank Special \
School]]
""",
    ),
    # 008
    (
        "health", "success",
        """\
To everyone at [[organisation:St Withburga's Hospice]],
I just wanted to say thank you for the way you looked after Dad, [[name:Brian Ellery]], in his last \
week. The night nurse [[name:Wanjiru]] sat with him on the Tuesday when we couldn't get there because of \
the snow, and she rang my mobile every hour so I didn't feel I'd abandoned him. Dr [[name:Hollis]] \
explained the {{syringe driver}} and the {{midazolam}} so that Mum understood it wasn't to hurry things \
along. [[name:Bernie]] from family support made sure Mum got a lift home every night. You made a \
horrible time bearable. He was [[age:79]] and he would have loved the fuss you all made of his birthday \
cake.
With love and thanks,
[[name:Lynne Carver]] (daughter)
""",
    ),
    # 009
    (
        "social_care", "incident",
        """\
Young person missing from home - [[organisation:Wrenfield House]] (children's home)
[[name:Tyler-James]] ([[age:15]]) left the home at 21:10 on [[date:14/04/2024]] via the kitchen fire \
door after a row with staff about his phone. Staff followed the protocol: area search by [[name:Craig]] \
and [[name:Abi]] in the work car ([[vehicle_registration:FN21 ZRO]]), rang his mum [[name:Leanne]] and \
his mates' houses. Reported to police 22:00, ref [[case_reference:NP-240414-0932]]. Known {{CCE}} \
concerns, seen before getting into a silver car near [[address:Arkwright Street]]. Returned 02:40 by \
taxi, paid for by someone he wouldn't name. {{Return home interview}} requested. [[name:TJ]] seen by \
night staff, no injuries, had £60 cash on him.
""",
    ),
    # 010
    (
        "health", "incident",
        """\
s136 detention - long wait in ED
Pt [[name:Lukas Petrauskas]], [[age:24]], brought in by PC [[name:Harris]] and PC [[name:Dhillon]] under \
{{Section 136}} at 17:20 [[date:03/02/24]]. No {{Health Based Place of Safety}} available across the \
trust (all 3 suites full), so he was held in an ED cubicle with 2 officers for 14 hrs. Lithuanian \
interpreter not available until next morning so brother [[name:Mantas]] translated over the phone \
([[phone:+370 612 48827]]), which isn't appropriate for a MHA assessment. Pt became distressed around \
03:00 and tried to leave, restrained by police. Bed eventually found at [[organisation:Bramcote Unit]]. \
RiO no. [[case_reference:RT4-551902]], NHS [[nhs_number:609 398 2424]].
Reported by [[name:Femi Adebayo]], Mental Health Liaison
""",
    ),
    # 011
    (
        "aviation", "success",
        """\
What went right - cable break on winch launch, [[date:Sat 18 May]]
[[name:Rob]] and I were in [[aircraft_registration:G-CKRF]] ({{ASK 21}}) doing a launch failure exercise \
that turned into a real one at about 250ft when the weak link went. [[name:Rob]] was P1 and flew a \
textbook straight ahead landing on the remaining runway. What went well: the briefing beforehand covered \
exactly this height band, the winch driver ([[name:Agnieszka Nowak]]) saw the break and stopped hauling \
straight away, and the cable landed clear of the launch point. Thanks also to the wing runner \
[[name:Eddie]] who cleared the cable. Logged with the {{CFI}}.
[[name:Helen Marsh]], [[organisation:Wolds Gliding Club]]
""",
    ),
    # 012
    (
        "social_care", "incident",
        """\
Data breach - leaving care. The pathway plan for [[name:Chantelle Reid]] (DOB \
[[date_of_birth:07/08/2005]], NI [[ni_number:JR 48 27 19 C]]) was posted to her old address, \
[[address:Flat 2, 31 Mansfield Road, Sutton-in-Ashfield]] [[postcode:NG17 4HE]], instead of her new \
flat. Her ex-partner, who she has a non-molestation order against, still lives there and has now rung \
her to say he knows where she lives because the new address was in the plan. {{Personal Adviser}} \
[[name:Kojo Mensah]] moved her to emergency accommodation tonight and police are aware (ref \
[[case_reference:NP-240221-1177]]). The address on Mosaic was never updated after her move in \
{{January}}. Reported to {{Information Governance}} as a serious breach, IG ref \
[[case_reference:IG-2024-0219]].
""",
    ),
    # 013
    (
        "health", "near_miss",
        """\
Near miss - [[organisation:Oak Tree Surgery]]. Admin matched a discharge letter to the wrong patient on \
SystmOne. The letter was for [[name:Margaret Anne Howe]] NHS [[nhs_number:552 273 1443]] but was filed \
to [[name:Margaret Howe]] NHS [[nhs_number:567 748 2811]], same year of birth and both on \
[[address:Coleridge Avenue, Oakham]]. Dr [[name:Bhatt]] noticed when reviewing a new {{warfarin}} dose \
in the letter - the patient is not on {{warfarin}}. Letter moved, both records checked, no actions taken \
on the wrong record. Learning: match on NHS number, not name and DOB. The admin concerned is new and had \
not had the Docman training yet.
""",
    ),
    # 014
    (
        "health", "incident",
        """\
Datix [[case_reference:W51138]]
Resident [[name:Ivy Pennington]] ([[age:94]]) at [[organisation:Cedar Lodge Care Home]], \
[[address:Church Lane, Old Dalby]] [[postcode:LE14 3LB]]. Fell at 19:30, suspected {{#NOF}} (shortened \
and rotated leg). 999 called 19:42, given category 3. Ambulance arrived 00:55 the next day. Staff rang \
back three times. She was kept on the floor with pillows and blankets and given {{paracetamol}} only. \
The crew from [[organisation:East Midlands Ambulance Service]] were apologetic, said 11 crews were \
queued outside [[organisation:Queen's Medical Centre]]. Family (daughter [[name:Sandra]]) very upset. \
[[name:Ivy]] had her hip pinned two days later. Raised as a {{serious incident}} with the ICB.
""",
    ),
    # 015
    (
        "social_care", "success",
        """\
Good practice - family help. I've worked with the [[name:McDonagh]] family on the site at \
[[address:Green Lane Traveller Site, Wisbech]] since the autumn. Previous workers had closed the case \
twice for non-engagement. What worked: I went out with [[name:Bridget]]'s cousin [[name:Winnie \
Maughan]], who the family trust, I didn't bring any paperwork the first three visits, and we sorted the \
things they asked for first (the boys' school places at [[organisation:Orchard Park Academy]] and a \
dentist). [[name:Bridget McDonagh]] has now agreed to the {{Early Help Assessment}} and [[name:Johnny]] \
([[age:6]]) has been in school every day this half term. Big thanks to the {{school nurse}} as well.
[[name:Kerry Sismey]], Family Help Practitioner
""",
    ),
    # 016
    (
        "aviation", "near_miss",
        """\
Runway incursion, [[organisation:RAF Hockham]] (civil enclave). [[date:11 Jun 2024]] 14:22L. \
Contractor's grass cutting tractor ([[vehicle_registration:AE63 PVX]]) crossed rwy 06/24 at the B3 hold \
without clearance while [[flight_number:LOG74K]] ({{Saab 340}}) was on 4nm final. Tower (military \
controller) sent the aircraft around. Driver [[name:Kevin Tuck]] said his radio was on the wrong \
frequency and because he'd followed the {{follow-me}} vehicle earlier in the day he assumed he was still \
cleared. Contractor: [[organisation:Fenland Grounds Maintenance]]. Ref [[case_reference:DASOR 24/118]]. \
Civil and military reports both done.
""",
    ),
    # 017
    (
        "health", "incident",
        """\
Text msg incident - [[organisation:Riverside Sexual Health]].
Results SMS "please call the clinic about your recent test, ref [[case_reference:RSH-88214]]" went to \
[[phone:07700 900862]], which turns out was an old number for pt [[name:Daniel Ferreira]] and now \
belongs to his ex-girlfriend's mum. She rang the clinic demanding to know what it was about. Staff \
didn't disclose anything but she then contacted [[name:Daniel]] on Facebook. He has complained. Pt had \
updated his number at reception on [[date:6 March]] but it was written on paper and never entered. \
{{Chlamydia}} treated. Reported to IG. Also raising that the {{GUM}} system doesn't prompt staff to \
verify the mobile at each visit.
""",
    ),
    # 018
    (
        "social_care", "incident",
        """\
Allegation against a member of staff at [[organisation:Hollybush Nursery]], [[address:2 Station Road, \
Whittlesey]] [[postcode:PE7 1UA]]. [[name:Mia Kowalska]] ([[age:3]]) went home with a hand-shaped red \
mark on her upper arm and told her dad "Miss [[name:Jade]] squeezed me". Dad [[name:Paweł Kowalski]] \
phoned the nursery and then 101. The nursery manager suspended the practitioner, [[name:Jade Ellison]], \
pending enquiries and referred to the {{LADO}} the same day, which is right, but didn't notify \
{{Ofsted}} until 6 days later. Police ref [[case_reference:CF-24-061733]]. Strategy discussion held, \
single agency. Other parents have been asking questions on the village Facebook group.
""",
    ),
    # 019
    (
        "health", "success",
        """\
What went well - [[organisation:Ashby Road UTC]], [[date:28/12/2023]]
[[name:Rūta]] (triage nurse) saw a [[age:19]] y/o student, [[name:Chloe Tan]], who walked in with "flu" \
on a very busy evening. [[name:Rūta]] did a full set of obs despite the queue: HR 128, RR 26, temp 39.4, \
BP 88/50, {{NEWS2}} 8. She escalated straight to the ECP, [[name:Abdul Karim]], and the {{Sepsis Six}} \
was started within 20 minutes of arrival. Blood cultures, IV fluids and antibiotics given and she was \
transferred to [[organisation:Leicester Royal Infirmary]]. [[name:Chloe]]'s mum emailed to say it was \
meningococcal sepsis and she is now home. Great example of not being falsely reassured by a young \
patient who looks OK.
""",
    ),
    # 020
    (
        "social_care", "near_miss",
        """\
Near miss: fostering. During annual review prep I found that the adult son of carers [[name:Ray]] and \
[[name:Denise Whitmore]] ([[address:Upper Barn Farm, Hemington]]), [[name:Lewis]], turned [[age:18]] in \
[[date:September 2023]] but has never had a {{DBS}} check. He lives at home and 2 children are placed \
there, one aged [[age:5]]. Our tracker only flags household members when someone tells us. No concerns \
about [[name:Lewis]] himself and the check has now come back clear. Proposal: pull the dates of birth of \
all household members from the {{Form F}} into the tracker automatically.
[[name:Ngozi]], SSW
""",
    ),
    # 021
    (
        "aviation", "incident",
        """\
Occurrence: FOD / tool control. [[organisation:Heli-Anglia Engineering]], hangar 2.
[[aircraft_registration:G-HLAE]] ({{AW169}}) returned to service after its 600hr check on \
[[date:19/07/2024]]. On the first flight the crew reported a rattle, landed at [[organisation:Norwich \
Airport]] and a 10mm spanner was found lodged by the No.2 engine firewall. The tool board showed \
complete at handover because the spanner came from [[name:Stoyan Dimitrov]]'s personal toolbox, not the \
shadow board. Independent inspection was signed by [[name:Gavin Pryce]] (B1) who did not use a torch in \
that area. No damage found on borescope. MOR [[case_reference:MOR-2024-05590]]. Actions: personal tools \
banned airside, {{Part 145}} procedure being updated.
""",
    ),
    # 022
    (
        "health", "near_miss",
        """\
school nursing - {{HPV}} session at [[organisation:Beauchamp College]] [[date:16/1]]. twins \
[[name:Ella]] and [[name:Erin Dyson]] (yr 8). consent for [[name:Erin]] was NO (parent declined) and \
[[name:Ella]] YES. [[name:Erin]] came in and said she was [[name:Ella]] because she wanted the jab like \
her friends. nurse [[name:Lisa]] noticed the lanyard was wrong and checked with the teacher. no vaccine \
given to [[name:Erin]]. mum informed on [[phone:07700 900155]]. {{Gillick}} competence was thought about \
but not appropriate on the day. think we need a photo check for twins.
""",
    ),
    # 023
    (
        "social_care", "incident",
        """\
Medication error at [[organisation:Rosewood Short Breaks]]. [[name:Aarav Mistry]] ([[age:13]], \
{{Lennox-Gastaut syndrome}}) was given his evening {{sodium valproate}} twice on [[date:Sat 9 March]], \
once at 18:00 by [[name:Dawn]] and again at 19:30 by the agency worker ([[name:Bogdan Ionescu]]) who \
didn't check the MAR because it was in the office. [[name:Dawn]] had signed it. [[name:Aarav]] was very \
drowsy, 111 advised monitoring, and his parents [[name:Hetal]] and [[name:Nilesh Mistry]] collected him \
at 21:00. He was fine the next day. MAR charts now stay with the medication trolley.
""",
    ),
    # 024
    (
        "health", "incident",
        """\
{{Category 4}} pressure ulcer - safeguarding concern raised.
Mrs [[name:Joan Tebbutt]], [[age:88]], [[address:The Paddocks, 7 Mill Lane, Sutton Bonington]] \
[[postcode:LE12 5NQ]], NHS no [[nhs_number:803 547 4103]], NI [[ni_number:NM 61 38 42 B]] (copied from \
her pension letter as we are also worried about money).
District nurse visit on [[date:Wednesday 10 April]] found a deep sacral wound. Patient has been bed \
bound since a stroke last year. Daughter-in-law [[name:Tracey]] is main carer, with the agency \
[[organisation:Caring Hands (Midlands) Ltd]] doing 2 calls a day instead of the 4 commissioned. Carers' \
notes record repositioning at times when the key safe log shows nobody visited. No pressure relieving \
mattress in place although one was ordered in February. {{Waterlow}} 24.
Mrs [[name:Tebbutt]] told me quietly that [[name:Tracey]] "looks after my bank card" and that she hasn't \
had her hair done or been to church since Christmas. Her pension goes into a joint account.
Safeguarding referral made to adult social care, ref [[case_reference:ASC-S-40917]], and tissue \
viability referral sent. Photographs uploaded with consent. I will revisit daily until the mattress is \
delivered.
[[name:Nkechi Obi]], Community Staff Nurse, [[organisation:Soar Valley Community Nursing Team]]
""",
    ),
    # 025
    (
        "aviation", "incident",
        """\
AFRS - degraded cover during a full emergency
Date: [[date:23 Oct 2023]]
Location: [[organisation:Fenland Regional Airport]]
Reported by: Watch Manager [[name:Siobhán Doyle]], Blue Watch

What happened
At 05:52 ATC declared a full emergency for [[flight_number:EXS73DT]] ({{A321}}) inbound with a hydraulic \
failure. Fire 1 and Fire 3 reached the RVP in 2 min 40 s. Fire 2 ([[vehicle_registration:OU17 CXA]]) \
would not start because its batteries were flat after the lights had been left on during the night wash \
down. Firefighter [[name:Dariusz Mazur]] and Crew Commander [[name:Neil O'Brien]] moved to the spare \
vehicle, which took a further six minutes to make ready. The aircraft landed safely and taxied to stand \
with no evacuation.

Why it matters
The response time standard was met by the first two vehicles, but for 11 minutes we were below our \
{{RFFS}} category and ATC were not told, so they could not consider that when accepting the arrival.

Actions
- Vehicle check sheet now includes battery master off after wash down.
- Downgrade message to ATC to be sent by the watch manager as soon as any appliance is unavailable.
- Spare vehicle to be kept on charge and crewed at shift change.
Ref [[case_reference:FRA-OCC-1023-04]]
""",
    ),
    # 026
    (
        "social_care", "success",
        """\
Sharing some good news!! [[name:Tendai Moyo]] (one of our care leavers, [[age:19]]) got her results \
yesterday and has a place at [[organisation:University of East Anglia]] to do nursing. When she came to \
us at [[age:15]] she had missed two years of school. Her PA [[name:Farhana Begum]] has been with her \
since she was [[age:16]] and never gave up on her, even when she wasn't answering. The {{Virtual \
School}} paid for a laptop and [[name:Farhana]] helped sort her NI number ([[ni_number:PC229041A]]) and \
student finance. She has a flat lined up on [[address:Unthank Road, Norwich]] near campus through \
{{Staying Close}}. [[name:Tendai]] says thank you to everyone and she wants to come back as a nurse on \
the children's ward!! This is why we do it.
""",
    ),
    # 027
    (
        "health", "near_miss",
        """\
Near miss. Pt [[name:Stanisław Wiśniewski]], Ward 2, [[organisation:Hilltop Community Hospital]], \
allergy band missing (cut off for a cannula and not replaced). Penicillin allergy (anaphylaxis 2019) \
documented on the drug chart but the out of hours GP prescribed IV {{co-amoxiclav}} without seeing it. \
Bank nurse was drawing it up when the patient's wife [[name:Jolanta]] said "he cannot have this one". \
Stopped. Prescription changed to {{clarithromycin}}. DOB [[date_of_birth:21.04.1950]], hosp no \
[[case_reference:HCH-207731]], NHS [[nhs_number:584 166 0608]]. Learning: red band replaced before \
leaving the bay after cannulation.
""",
    ),
    # 028
    (
        "social_care", "incident",
        """\
Strategy discussion log - exploitation concern, [[date:12/06/2024]]
09:40 call from DC [[name:Amrit Sohal]] (exploitation team) re [[name:Kacper]] ([[age:14]]), found in a \
flat at [[address:27 Tennyson Court, Lincoln]] [[postcode:LN2 5QR]] during a warrant early this morning. \
3 adults arrested, cannabis and cash recovered. Police ref [[case_reference:LP-24-0612-0443]].
09:55 [[name:Kacper]] taken home by police, no injuries seen. Has a new phone nobody recognises.
10:15 checked LCS, open to [[organisation:Lincoln North Assessment Team]] since March, allocated SW on \
leave. Last visit 3 weeks ago.
10:30 spoke to mum [[name:Marta Zielińska]] on [[phone:07700 900731]]. Good English but asked for a \
Polish interpreter for meetings, booked. [[name:Kacper]] home with her, refusing to talk.
10:50 school ([[organisation:Witham Vale Academy]]) confirm attendance 41% this term, excluded twice.
11:00 strategy discussion: DC [[name:Sohal]], me, school DSL Mr [[name:Ogunleye]], school nurse \
[[name:Priya]]. Agreed {{Section 47}} and {{NRM}} referral. Safety plan: police keep the phone, mum to \
report him missing straight away if he goes.
11:45 mum's partner says [[name:Kacper]] has been "running" for a man called "[[name:Skiz]]". Passed to \
police.
12:10 case note done, manager informed.
[[name:Oana Munteanu]], Duty Senior
""",
    ),
    # 029
    (
        "health", "incident",
        """\
Detained patient ({{Section 3}}) [[name:Connor Bradshaw]], [[age:32]], went {{AWOL}} from the garden of \
the [[organisation:Meadows Unit]] at approx 15:00 on [[date:Sunday 7 July]] by climbing the fence where \
estates had fixed the new trellis. Police informed and he was graded high risk (recent ligature \
attempt). Found by police at his mother's house on [[address:Derwent Street, Belper]] at 20:30 and \
returned. No harm. Estates job raised to remove the trellis, which should have been picked up by the \
environmental risk assessment when it went up.
""",
    ),
    # 030
    (
        "aviation", "near_miss",
        """\
Positioning flt [[flight_number:SKX208]], Cambridge to Farnborough, [[date:02/05/2024]], \
[[aircraft_registration:G-WXPA]] ({{Citation Mustang}}). Fuel on the nav log was in lb, the uplift \
request to the handler was read as kg by the new ops assistant, so we departed with less than planned. \
Caught it in the cruise on the fuel totaliser vs plan. Landed FAB with 410 lb, below company final \
reserve plus contingency (450 lb). No actual danger but should have been picked up at the walkround. \
Reported by the FO, PIC was [[name:Taff]] ([[name:D. Morgan]]). Ops: [[organisation:Skyline Executive \
Charter]], [[email:ops@skyline-exec.co.uk]].
""",
    ),
    # 031
    (
        "social_care", "near_miss",
        """\
Near miss - I was about to email a {{child and family assessment}} to Ms [[name:Nuttall]] and noticed at \
the last second that the attachment was for another family with the same surname (different child, \
[[name:Lacey-Mae Nuttall]], DOB [[date_of_birth:30/01/2017]]). Outlook autocomplete had also picked up \
[[email:k.nuttall87@gmail.com]] instead of [[email:kirsty.nuttall@outlook.com]]. Nothing was sent. Both \
families live on the same estate so it would have been very serious. Suggest all assessments to parents \
go by {{Egress}} with a password, and we turn off autocomplete.
""",
    ),
    # 032
    (
        "health", "success",
        """\
Good catch to share. Pharmacist [[name:Sukhwinder Gill]] at [[organisation:Millfield Pharmacy]] spotted \
that Mr [[name:Zhang Wei]] had been given {{clarithromycin}} by the out-of-hours service while he's on \
{{simvastatin}} 80mg. She rang the prescriber and the statin was paused for the course. She also \
explained it to Mr [[name:Zhang]]'s daughter [[name:Lily]] in a way that made sense, and wrote it on the \
bag in big letters. Simple, quick, and probably saved him a nasty myopathy.
""",
    ),
    # 033
    (
        "health", "incident",
        """\
Incident summary
A {{2WW}} referral for suspected colorectal cancer for [[name:Mohammed Rezaul Karim]] (DOB \
[[date_of_birth:12 May 1966]], NHS [[nhs_number:935 179 7724]]) was created by Dr [[name:Eleanor Fitch]] \
at [[organisation:Trentside Medical Practice]] on [[date:4 December 2023]] following a {{FIT}} result of \
180, but was not sent because it was left in draft.
Timeline
The patient telephoned on [[date:8 January 2024]] to chase an appointment. The receptionist, \
[[name:Kelly]], could not find a booking and escalated to the duty doctor, who found the draft and sent \
it as urgent the same afternoon. Mr [[name:Karim]] was seen at [[organisation:Queen's Hospital Burton]] \
on [[date:15 January 2024]]. Diagnosis has been confirmed and staging is awaited.
Impact
A delay of approximately five weeks. A harm review is in progress and the patient and his son have \
received an apology in person under the {{duty of candour}}.
Actions
1. Daily reconciliation of urgent referrals by the referrals administrator.
2. Drafts older than 24 hours to appear on the clinician's task list.
3. Safety-netting to be discussed at the next clinical meeting.
[[name:Julian Amos]]
Practice Manager
[[email:julian.amos@nhs.net]]
""",
    ),
    # 034
    (
        "social_care", "incident",
        """\
Physical intervention resulting in injury. YP [[name:Emmanuel Wafula]] ([[age:16]]) at \
[[organisation:Harefield Lodge]] became aggressive after contact with his dad was cancelled and threw a \
chair at the lounge window. Two staff ([[name:Jess]] and [[name:Marcus Fenwick-Hale]]) used a {{Team \
Teach}} two person escort to move him. During this [[name:Emmanuel]] fell against the door frame and cut \
his eyebrow. Taken to [[organisation:King's Mill Hospital]], 3 steri-strips. Debrief done. \
[[name:Emmanuel]] says [[name:Marcus]] bent his wrist back; {{LADO}} contacted for advice. Dad informed. \
Ofsted notified within 24 hrs under {{Reg 40}}.
""",
    ),
    # 035
    (
        "aviation", "success",
        """\
What went right. [[flight_number:EAI214]] ({{Embraer 195}}) [[organisation:East Midlands Airport]] to \
Amsterdam, [[date:21/08/2024]]. About 20 min after departure cabin crew member [[name:Marta Gonçalves]] \
found a passenger, Mr [[name:Lewandowski]] ([[age:58]]), having a seizure in row 14. She took charge, \
put out a call and Dr [[name:Kwame Asante]] came forward. The captain declared a {{PAN PAN}} and \
diverted to [[organisation:Norwich Airport]], where paramedics met the aircraft on stand. Everyone knew \
their job, communication between the cabin and flight deck was calm and clear, and the turnaround crew \
at Norwich had us away again in 70 minutes.
""",
    ),
    # 036
    (
        "health", "near_miss",
        """\
999 call for chest pain at [[address:12 Orchard Close, Wymondham]] [[postcode:NR18 0QF]], Norfolk. The \
crew was dispatched to [[address:Orchard Close, Wymondham, Leicestershire]] because the gazetteer picked \
the wrong one. Patient [[name:Terence Blowers]], [[age:71]]. His wife [[name:Sue]] rang back after 25 \
minutes when nobody had come and the EOC realised the mistake. Nearest crew rerouted, on scene 14 \
minutes later. {{STEMI}} confirmed and he went straight to [[organisation:Norfolk and Norwich University \
Hospital]] for {{PCI}}. CAD [[case_reference:EEAS-240308-1190]]. Learning: confirm county as well as \
town for duplicate place names.
""",
    ),
    # 037
    (
        "social_care", "success",
        """\
From: [[name:Aoife Brennan]]
Sent: [[date:18 April 2024]] 16:02
To: [[name:Lakhvir Dhaliwal]]
Cc: [[email:kim.oshea@nhs.net]]
Subject: RE: baby [[name:Noah]]

Hi [[name:Lakhvir]],
Just wanted to say thank you for Tuesday. Your joint visit with the health visitor, [[name:Kim]], to \
[[name:Shauna]] and baby [[name:Noah]] ([[age:6 weeks]]) is exactly what we want more of. \
[[name:Shauna]] told me afterwards it was the first time she felt we weren't there to take him off her. \
Doing the {{Edinburgh Postnatal Depression Scale}} together and booking the GP for her there and then \
was brilliant. I'm adding it as good practice for the {{Child in Need}} review.

[[name:Aoife Brennan]]
Team Manager, [[organisation:Fenland Family Safeguarding Team]]
[[phone:01354 622871]]

-----Original Message-----
From: [[name:Lakhvir Dhaliwal]]
Sent: [[date:16 April 2024]] 17:45
To: [[name:Aoife Brennan]]
Subject: baby [[name:Noah]]

Visit done with [[name:Kim]] today at [[address:Flat 6, Sovereign Court, Chatteris]] [[postcode:PE16 \
6AL]]. Home warm and clean, [[name:Noah]] gaining weight, mum low but open about it and agreed to see \
the GP at [[organisation:Mercury Surgery]] on Thursday. [[name:Kim]] will visit weekly for now.
[[name:Lakhvir]]
""",
    ),
    # 038
    (
        "health", "incident",
        """\
Syringe driver incident, [[organisation:Lindens Hospice]] at home team. Patient [[name:Yvonne Clegg]], \
[[address:4 Beck Row, Lakenheath]] [[postcode:IP27 9BL]], NHS [[nhs_number:220 180 4958]]. {{McKinley \
T34}} found to have run through in 12 hours instead of 24 - set up by a newly qualified staff nurse who \
entered the volume incorrectly. {{Diamorphine}} 15 mg over 24h had effectively been given as 30 mg. \
Patient more drowsy but no respiratory depression, settled by the evening. GP Dr [[name:O'Sullivan]] \
informed. Her husband [[name:Geoffrey]] wants to know what happened and has been offered a meeting. \
Reported by [[name:Tatenda Chiwenga]], senior staff nurse.
""",
    ),
    # 039
    (
        "social_care", "incident",
        """\
Contact incident at [[organisation:Priory Family Centre]], [[date:25/05/24]]. Supervised contact between \
[[name:Rhianna]] ([[age:7]]), [[name:Alfie]] ([[age:4]]) and mum [[name:Stacey Hollins]]. Mum's \
ex-partner [[name:Dean Corbett]], who is subject to a {{non-molestation order}} and should not know the \
venue, turned up in the car park in a black Audi [[vehicle_registration:KX19 WNL]] at the end of the \
session. Contact supervisor [[name:Wendy]] locked the doors and called 999. He drove off before police \
arrived. It looks like the venue was in a letter copied to his solicitor. Police CAD \
[[case_reference:CAD 4471 25/05]]. Referral to {{MARAC}} made.
""",
    ),
    # 040
    (
        "aviation", "incident",
        """\
Laser illumination. [[flight_number:AAF611]], [[aircraft_registration:G-AAFM]] ({{Boeing 737-400SF}}), \
6nm final rwy 27 [[organisation:East Midlands Airport]], approx 01:20L on [[date:14 Nov]]. Green laser \
from the 2 o'clock position. {{FO}} [[name:Līga Ozoliņa]] briefly dazzled, Capt took control and \
continued the approach. Reported to ATC who passed it to police, ref \
[[case_reference:LC-20231114-0021]]. The FO had an eye check at [[organisation:Royal Derby Hospital]] \
next morning, no damage. Crew stood down for the return sector.
""",
    ),
    # 041
    (
        "health", "near_miss",
        """\
near miss UTC waiting room. two boys, [[name:Leo Harrison]] ([[age:5]]) and [[name:Leo Harris]] \
([[age:6]]), both waiting with temps. reception called "[[name:Leo Harris]]" and the [[name:Harrison]] \
family came through. nurse was about to give {{ibuprofen}} when she checked the wristband against the \
screen - [[name:Leo Harrison]] has asthma and reacts to NSAIDs. swapped back, nobody harmed. hosp nos \
[[case_reference:UTC4418207]] and [[case_reference:UTC4418211]]. suggest we use full name + DOB when \
calling from the waiting room not just name. {{Calpol}} given to the right child in the end lol
""",
    ),
    # 042
    (
        "social_care", "near_miss",
        """\
nursery trip near miss [[organisation:Little Acorns Pre-School]] - headcount at park gate 11 not 12. \
[[name:Kai]] ([[age:3]]) still in the tunnel, [[name:Hope]] found him in 4 mins. 2 staff counting same \
group. {{EYFS}} ratios ok. parents (Mr & Mrs [[name:Chen]]) told at pick up. named register from now on
""",
    ),
    # 043
    (
        "health", "success",
        """\
Well done [[name:Hazel]] (community nurse) - found Mr [[name:O'Driscoll]] hypo at his insulin visit, BM \
1.9, gave {{GlucoGel}} and toast, stayed till 6.0 and spotted the pharmacy had supplied the wrong pen. \
Sorted with [[organisation:Castle Donington Medical Centre]] same day.
""",
    ),
    # 044
    (
        "social_care", "incident",
        """\
Foster carer [[name:Michelle Sharpe]] posted a photo on Instagram of [[name:Lily-Rose]] ([[age:2]]) in \
her [[organisation:Sunflowers Nursery]] uniform with the caption "our little princess". Birth mum \
[[name:Courtney]] saw it through a mutual friend and now knows which nursery she attends. Contact plan \
is letterbox only. The post was taken down within an hour once I rang [[name:Michelle]]. Nursery \
informed and their password system for collection reviewed. Carer had social media training at {{Skills \
to Foster}} in 2022. Case ref [[case_reference:CIC-88107]].
""",
    ),
    # 045
    (
        "aviation", "near_miss",
        """\
Near miss [[date:3 Aug]] [[organisation:Fenland Soaring Club]]. Dog off the lead ran across the launch \
run just as we were about to winch [[aircraft_registration:G-CJTV]] ({{Discus}}). [[name:Jürgen]] (LPC) \
called STOP and the winch never took up slack. Footpath signs on the north boundary missing since the \
storm.
""",
    ),
    # 046
    (
        "health", "incident",
        """\
Missed {{clozapine}} doses. [[name:Jānis Bērziņš]] ([[age:45]]) in the crisis house run by \
[[organisation:Trentvale Mental Health NHS Foundation Trust]] missed three days of {{clozapine}} after \
his supply ran out over the bank holiday. He told staff in Latvian and broken English that he had "no \
tablets" but no interpreter was booked and it was taken as him refusing. His friend [[name:Ilze]] rang \
on [[phone:+371 2914 7730]] on the fourth day. He now needs re-titration under the {{CPMS}} and his \
mental state has worsened. NHS [[nhs_number:584 221 8364]]. Interpreter now booked via \
[[organisation:Midlands Interpreting Ltd]] for every review.
""",
    ),
    # 047
    (
        "social_care", "success",
        """\
What went right - transition for [[name:Harvey Slater]]
- started at [[age:14]] not 17 like usual
- [[name:Harvey]]'s {{EHCP}} review at [[organisation:Fosse Way School]] had adult social care in the \
room for the first time
- Dad ([[name:Neil]]) and [[name:Harvey]] visited [[organisation:The Hub at Melton]] three times before \
choosing it
- OT [[name:Sunita Parmar]] did the home adaptations assessment early, so the grab rails at [[address:9 \
Sandpiper Way, Melton Mowbray]] [[postcode:LE13 1TR]] were in before he turned [[age:18]]
- [[name:Harvey]] said "I picked it myself"
Thanks to the {{Preparing for Adulthood}} team.
""",
    ),
    # 048
    (
        "health", "incident",
        """\
Safeguarding - school nurse drop in, [[organisation:Nene Valley Academy]]. Girl aged [[age:13]] \
([[name:K.L.]]) asked for {{emergency contraception}}. Disclosed her boyfriend is [[age:19]] and works \
at [[organisation:Hallam's Car Wash]]. {{Fraser guidelines}} considered but not applicable given her age \
and the age gap. Referred to MASH and police same day, police ref [[case_reference:CB-24-33190]]. The \
incident: the school receptionist asked her in front of the queue why she needed the nurse, and she \
nearly left. Raised with the head.
""",
    ),
    # 049
    (
        "aviation", "incident",
        """\
CRS signed against the wrong aircraft. [[name:Tsvetelina Georgieva]] (B1) signed the {{CRS}} for the \
tail rotor gearbox oil change on [[aircraft_registration:G-HMED]] but the task had actually been done on \
[[aircraft_registration:G-HMEC]]. Both are {{EC135}}s in the same hangar bay. Found by planner \
[[name:Craig Dunmore]] three days later. [[aircraft_registration:G-HMED]] flew 6 sectors for the air \
ambulance in that time with the oil change 2.1 hrs overdue. Cause: work pack printed from the wrong tail \
in the system. [[organisation:Anglia Rotorcraft Services]] QA ref [[case_reference:ARS/QA/24/031]], MOR \
submitted.
""",
    ),
    # 050
    (
        "social_care", "incident",
        """\
[[name:Yonas Tesfay]] (claimed DOB [[date_of_birth:01/01/2008]]) was assessed as an adult at the port on \
appearance only and placed in a contingency hotel on [[address:Pakefield Road, Lowestoft]] with adult \
men for 11 days before a charity referred him to us. He shared a room with a man he did not know. Our \
{{Merton compliant}} age assessment found him to be [[age:16]], and he is now looked after and placed \
with [[organisation:Suffolk House Supported Living]]. {{Home Office}} ref [[case_reference:T1129843]]. \
Raised with the regional safeguarding lead as an incident.
""",
    ),
    # 051
    (
        "health", "near_miss",
        """\
Near miss on the medication round at [[organisation:Willow Bank Care Home]], [[address:Knighton Church \
Road, Leicester]] [[postcode:LE2 3JH]]. We have two residents called [[name:Joyce]]: [[name:Joyce \
Whitworth]] in room 4 and [[name:Joyce Hammond]] in room 14. A bank carer had room 4's {{furosemide}} \
and {{bisoprolol}} in the pot and was about to give them to the lady in room 14 because the photo on the \
MAR was from 2019. Senior carer [[name:Gabriela Rusu]] stopped her. Photos updated for all residents and \
bank staff now shadow one full round first.
""",
    ),
    # 052
    (
        "health", "success",
        """\
Shout out - ROSC in the community. [[date:30/09/2023]], crew [[name:Kev Simmonds]] and [[name:Adaeze \
Nwosu]] ([[organisation:EMAS]]) to [[address:The Old Forge, Main Street, Kegworth]] [[postcode:DE74 \
2EY]], male [[age:62]] collapsed in the garden. Wife doing CPR with the call handler on speaker, \
neighbour fetched the community {{defib}} from the village hall and it had shocked once before the crew \
arrived. {{ROSC}} after the second shock. Taken to [[organisation:Glenfield Hospital]] for an urgent \
angiogram and he walked out 9 days later. Everything in the chain of survival worked.
""",
    ),
    # 053
    (
        "social_care", "near_miss",
        """\
Near miss - [[organisation:Holmewood Junior School]]. [[name:Ayaan Chowdhury]] ([[age:8]]) has a severe \
nut allergy and carries an {{EpiPen}}. On the Year 4 trip to the museum his {{EpiPen}} was left in the \
medical cupboard at school. TA [[name:Shahana Begum]] noticed when checking the first aid bag on the \
coach and the office drove it over within 30 minutes. Nothing happened but he'd have had no pen if he \
reacted. Mr [[name:Chowdhury]] has been told and was understandably cross. Trip checklist now has named \
medication on it.
""",
    ),
    # 054
    (
        "aviation", "success",
        """\
Thank you to ATC and the fire section at [[organisation:RAF Hockham]]. [[date:Thu 7 Mar]], \
[[aircraft_registration:G-LFSJ]] ({{PA-34 Seneca}}) on a night training flight with an engine running \
rough, requested a diversion after the civil enclave had closed. The controller had the runway lit and \
fire cover out within minutes, gave us a straight-in and talked us all the way down. Landed single \
engine without drama. Instructor [[name:Gurpreet Bains]], student [[name:Rufaro Ncube]]. We know it \
wasn't their job out of hours and it was brilliant.
""",
    ),
    # 055
    (
        "health", "incident",
        """\
Mr [[name:Albert Knowles]], [[age:89]], discharged from [[organisation:Hilltop Community Hospital]] on \
[[date:Friday 1 March]] at 19:45 by patient transport to [[address:23 Wellington Terrace, March]] \
[[postcode:PE15 8AZ]]. His package of care was not due to start until {{Monday}} and nobody told the \
family. Found by neighbour [[name:Sandy]] the next morning sitting in wet clothes with no food in the \
house and his {{TTOs}} still in the bag. NHS [[nhs_number:826 055 1462]]. Readmitted via ED with a UTI \
and dehydration.
""",
    ),
    # 056
    (
        "social_care", "incident",
        """\
lads took staff car keys last night. YP [[name:Liam]] and [[name:Will]] (both [[age:15]]) took \
[[name:Gemma Pratt]]'s keys from the unlocked office drawer at [[organisation:Beacon View]] and drove \
her car, a red Corsa [[vehicle_registration:BF15 UZL]], towards Skegness. Stopped by police on the A52 \
at 03:10. Nobody hurt, car has a dent. Police ref [[case_reference:LP-24-0803-0118]]. [[name:Gemma]] is \
very shaken. {{Registered Manager}} informed and notification under {{Reg 40}} sent. Office drawer now \
has a lock.
""",
    ),
    # 057
    (
        "aviation", "near_miss",
        """\
W&B near miss [[flight_number:SKX305]] [[aircraft_registration:G-SKXC]] ({{Phenom 300}}). Booking \
[[case_reference:SKX-BK-44127]] said 4 pax, 6 turned up with golf bags and the handler loaded before \
crew saw a revised load sheet. Redone, inside limits but aft CG marginal.
Capt [[name:Hannah Lowe]]
""",
    ),
    # 058
    (
        "aviation", "near_miss",
        """\
Stand 3, [[organisation:Fenland Regional Airport]], 06:05. Catering high-loader \
([[vehicle_registration:WU66 HBN]]) reversed towards [[aircraft_registration:EI-FMJ]] ({{ATR 72}}), \
operating [[flight_number:EI3318]], without a {{banksman}}. Dispatcher [[name:Blessing Mupfumira]] \
shouted and banged on the side and the driver stopped about 30 cm from the rear service door. Driver \
[[name:Paddy Joyce]] (agency, first week) said he had been told the banksman was only needed on the jet \
stands. Induction pack being corrected.
""",
    ),
    # 059
    (
        "social_care", "success",
        """\
EDT - what went right. Friday night, {{police protection}} for [[name:Florin]] ([[age:10]]) and \
[[name:Ana-Maria Dobre]] ([[age:6]]), Romanian speaking only, after mum [[name:Daniela Dobre]] was \
arrested at [[address:41 Lister Road, Peterborough]]. I had an interpreter on the phone within 15 \
minutes, which meant the children understood where they were going. Emergency carers [[name:Lorraine]] \
and [[name:Dave Pickering]] had Romanian picture cards ready and cooked pasta at midnight. Dad \
[[name:Ionel]] in Romania was reached the next day on [[phone:+40 721 334 092]]. The {{EDT}} handover to \
the day team was clear and complete.
""",
    ),
    # 060
    (
        "health", "incident",
        """\
CD register discrepancy - [[organisation:Wellcare Pharmacy]], [[address:118 Derby Road, Long Eaton]] \
[[postcode:NG10 4LS]]. Weekly balance check found 28 x {{oxycodone}} 10mg MR short. Last correct balance \
[[date:29/07/2024]]. CCTV reviewed; a locum dispenser, [[name:Ryan Tilley]] (NI [[ni_number:WK 73 55 08 \
D]] from the agency file), was seen taking a box into the staff toilet. Reported to police (ref \
[[case_reference:DP-24-301177]]), the agency and the {{CDAO}}. Pharmacist [[name:Gurdeep Singh \
Dhillon]], GPhC [[case_reference:2071544]].
""",
    ),
]


def build() -> list[dict]:
    records = build_records("blind13", [(domain, kind, marked.strip()) for domain, kind, marked in REPORTS])
    for record in records:
        rid, text = record["id"], record["text"]
        assert 1 <= len(record["negatives"]) <= 3, (rid, len(record["negatives"]))
        assert "  " not in text and " \n" not in text, (rid, "stray whitespace")
    return records


def main() -> None:
    write_records(OUT, build())


if __name__ == "__main__":
    main()
