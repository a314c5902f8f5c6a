"""Sixth blind held-out corpus: 75 hand-written practitioner reports.

Written blind (without reading the anonymiser, its tests, the generators or the
other corpora). `[[label:value]]` marks an identifier, `{{term}}` a mention that
must not be redacted; `markup.parse` strips the mark-up and gives the offsets.

    python3 bench/anonymiser/blind6/make_heldout_blind6.py

rewrites corpus/heldout_blind6.jsonl identically every time.
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from markup import nhs_ok, parse  # noqa: E402

LABELS = ("name", "address", "postcode", "phone", "email", "nhs_number", "ni_number",
          "case_reference", "date_of_birth", "date", "age", "organisation",
          "vehicle_registration", "aircraft_registration", "flight_number")
DOMAINS = ("social_care", "health", "aviation")
KINDS = ("incident", "near_miss", "success")
OUT = Path(__file__).resolve().parent.parent / "corpus" / "heldout_blind6.jsonl"

R: list[tuple[str, str, str]] = [
# ---------------------------------------------------------------- social care: incidents
("social_care", "incident", """Home visit to [[address:14 Larkspur Cl]], [[postcode:WS3 2PN]] on [[date:Tues 4th June]] re [[name:Autumn]] ([[age:6]]) and [[name:Rocky]] ([[age:4]]). {{mum}} ([[name:Kerry-Ann Baker]]) not in, door answered by her new partner who gave his name as [[name:Deano]] - later confirmed by police as [[name:Dean Moss]] DOB [[date_of_birth:17/02/1991]], known to them. [[name:Autumn]] had a bruise left cheek, said "[[name:Deano]] did it when i spilt the juice". Rang {{the duty social worker}} [[name:Funmi Adeyemi]] who rang police, crime ref [[case_reference:14/52281/24]]. Strat discussion same day, kids to maternal gran. Mosaic [[case_reference:3318740]]. Not happy it took 2hrs for anyone to pick up the duty line tho.
- [[name:Hayley]] (FSW)"""),

("social_care", "incident", """YP [[name:Star]] ([[age:15]]) absconded from [[organisation:Hollybank House]] approx 23:40 sat night via the laundry window, 3rd time this month. Reported missing to police, log [[case_reference:2261]] of [[date:11/05]]. She was picked up at 04:10 in a car reg [[vehicle_registration:LD68 KXW]] near the retail park by PC [[name:Hughes]], driver (adult male, gave name as [[name:Kamil Nowak]]) arrested. [[name:Star]] says she met him on snapchat. CSE screening tool done, return home interview booked w/ [[organisation:Safe Steps]]. Staff on shift: [[name:Marcus Reid]], [[name:Bliss Ogundipe]] (RM). Worry - the window restrictor was reported broken on [[date:2 May]] and STILL not fixed. {{Reg 40}} notification to {{Ofsted}} sent."""),

("social_care", "incident", """[[name:Precious]] and [[name:Blessing]] (twins, [[age:8]]) placed w/ foster carers Mr & Mrs [[name:Fox]] at [[address:'The Willows', Church Lane, Little Hadham]] [[postcode:SG11 2DT]] since march. On [[date:Friday 21st June]] [[name:Blessing]] told DSL [[name:Gift Mensah]] at [[organisation:St Edmund's CE Primary]] that Mr [[name:Fox]] "locks us in the bedroom when the social worker isnt coming". Rang through to {{the MASH}}, I visited same pm w/ police. Carers deny, say the door sticks. Girls moved to [[name:Rose Hill]] (maternal aunt, connected person). Supervising SW for the carers is [[name:Will Fairbrother]] at [[organisation:Brightpath Fostering]] tel [[phone:01632 960418]]. {{LADO}} ref [[case_reference:LADO-24-0193]]. Mosaic ids [[case_reference:2209113]] / [[case_reference:2209114]]. Nobody had done an unannounced visit since april."""),

("social_care", "incident", """Data breach. Sent the LAC review minutes for [[name:Jayden Okonkwo-Bell]] (DOB [[date_of_birth:09.10.2012]], LCS [[case_reference:7731905]]) to the wrong [[name:sarah]] - outlook autofill picked [[email:sarah.love@harrowfieldacademy.org.uk]] instead of birth mum [[name:Sarah Lovell]]. Minutes had the carers address ([[address:Flat 4b, Marlowe Court, 22 Station Rd]], [[postcode:LS11 6QE]]) and mums new mob [[phone:07700 900 532]] in them. Realised about 10 mins later, rang school, Ms [[name:Love]] deleted it and confirmed by email. Told my TM [[name:Patience Achterberg]] and {{the IG team}}, breach log [[case_reference:IG/2024/0457]]. {{IRO}} [[name:Hope Whitaker]] aware. Can we turn off autocomplete for the team?? 2nd one this year.
[[name:pj]]"""),

("social_care", "incident", """Supervised contact at [[organisation:Maple Family Centre]] [[date:12/06/24]]. {{Dad}} ([[name:Ray Savage]]) turned up smelling of alcohol, contact worker ([[name:Dusty]]) let it go ahead b/c the kids were already in the room. about 20 min in he started shouting at [[name:lily]] ([[age:5]]) and grabbed [[name:Jack]] ([[age:3]]) by the arm. Contact stopped, he drove off in a silver Corsa [[vehicle_registration:YF17 HNU]], we rang 101 re drink driving, ref [[case_reference:NYP-20240612-0883]]. Kids settled back w/ carer [[name:Mercy Adjei]]. Mosaic [[case_reference:5520918]]. The {{contact plan}} says no contact if under the influence but the centre had never been sent the plan.
cc [[name:Dusty Wainwright]], [[name:Laura Chen]] (TM)"""),

("social_care", "incident", """Escort taxi from [[organisation:Ravensworth School]] dropped [[name:Sunny Begum]] ([[age:11]], autistic, non verbal) at the wrong house, [[address:16 Clover Ave]] instead of [[address:61 Clover Ave]] [[postcode:B23 5TJ]]. Nobody home, driver ([[name:Big Mo]] from [[organisation:A1 Cabs]]) left her on the doorstep and drove off!! Neighbour Mrs [[name:Wood]] found her 40 min later crying and rang mum [[name:Shazia]] on [[phone:07700 900 217]]. [[name:Sunny]] unhurt but v distressed. SEN transport contract ref [[case_reference:TR/ESC/0091]]. Raised with {{the transport team}} + contract manager [[name:Frank O'Donoghue]]. {{Child in need}} plan [[case_reference:CIN-3319]]. We need a rule that escorts ALWAYS hand over to a named adult. SW [[name:Amber]]"""),

("social_care", "incident", """[[name:River]] ([[age:17]]) in semi independent at [[address:Flat 2/1, 88 Dalmarnock Road, Glasgow]] [[postcode:G40 4LA]] found by keyworker [[name:Iain MacLeòid]] with cuts to both forearms on [[date:Sunday 7 July]]. Ambulance, taken to [[organisation:Glasgow Royal Infirmary]], discharged same night, no follow up arranged and nobody told us till the monday. {{CAMHS}} had closed the case in may. [[name:River]]'s mum ([[name:Catriona]]) rang me very upset. Carefirst ID [[case_reference:CF 448 2197]]. Raised w/ [[name:Mhairi Nic a' Phearsain]] (TM). We need a proper protocol for the hospital letting the allocated worker know for care leavers."""),

("social_care", "incident", """Letter re the {{child protection conference}} for [[name:Holly]] and [[name:Brook Tennant]] went out with mums refuge address on it - [[address:Ty Gwyn, Heol y Bryn, Llandeilo]] [[postcode:SA19 6RE]] - to BOTH parents incl dad [[name:Wade Tennant]] who has a {{non-mol}} against him. Admin ([[name:Gwenllian]]) used the old template which pulls 'current address' from WCCIS. mum ([[name:Carys Tennant]]) and kids moved to a new refuge same day via [[organisation:Calan DVS]], police told, occurrence [[case_reference:DP-2407-11936]]. WCCIS no. [[case_reference:1190472]]. [[name:Holly]] is [[age:9]], [[name:Brook]] [[age:nearly 3]]. This could have got someone killed, please fix the template"""),

("social_care", "incident", """Physical intervention - [[name:Chase]] ([[age:13]]) at [[organisation:Oakfield Lodge]], [[date:19.08.2024]]. Staff [[name:T. Okafor]] and [[name:Reed]] used a two person hold ({{Team Teach}}) for approx 6 mins after he threw a chair at [[name:Grace]] (other YP, [[age:14 yrs]]). [[name:Chase]] said afterwards his wrist hurt, taken to [[organisation:Kettering General]] UTC, xray clear, soft tissue injury. Body map done. Notification to {{Ofsted}}, ref [[case_reference:SC483920/N0041]]. mum (Ms [[name:Hunter]]) told by phone. Placing LA SW [[name:Jo Rich]] emailed [[email:jo.rich@northantscf.example.org.uk]]. Debrief done with both staff. Not sure the hold was needed tbh - [[name:Reed]] only did his refresher last wk and it was his 1st shift back."""),

("social_care", "incident", """Unannounced visit [[date:28/10]] to [[name:Kayleigh Young]] and baby [[name:Heaven]] ([[age:7 wks]]) at [[address:41b Brunswick St]], [[postcode:M13 9PL]]. Baby asleep on the sofa next to mums partner [[name:Lee]], also asleep, empty cans on the floor. Woke them, went through safe sleep again ({{ICON}}). HV [[name:Bernadette Ní Bhriain]] wasnt aware the partner was living there - mum says [[name:Lee]] "just stays sometimes". Partners DOB given as [[date_of_birth:3rd Jan 1998]], NI [[ni_number:PX219384A]] from the benefits check, PNC check pending. Moved to {{strategy discussion}}, Liquidlogic [[case_reference:LL-602281]]. Honestly the cot was still in its box from when I visited in sept."""),

# ---------------------------------------------------------------- social care: near misses
("social_care", "near_miss", """Nearly filed a statement in {{care proceedings}} [[case_reference:ZW24C00381]] ([[name:Faith]] and [[name:Joy Adebayo-Smith]]) with a chronology for a completely different child ([[name:Victor Kowalczyk]], [[age:10]]) stapled in as appendix C. Legal ([[name:Penny]] at [[organisation:Southmoor Legal Services]]) spotted it before it went to court thank god. Both were in the shared drive folder called "new statements". Ive asked {{TM}} if we can have one folder per case. [[name:Faith]] is [[age:4]], [[name:Joy]] is [[age:21 months]].
- [[name:KB]]"""),

("social_care", "near_miss", """[[name:Destiny]] ([[age:14]]) didnt come home to [[address:'Meadowcroft', 7 Fen Drove, Chatteris]] [[postcode:PE16 6AX]] (lives w/ {{kinship carer}} nan [[name:Pat Bird]]) after school [[date:Weds 15 May]]. Nan thought she was at her friend [[name:Tia]]'s and didnt ring it in till 1am. Police found her at [[address:Flat 12, Orchard House, Elm Rd, Wisbech]] with older lads. No harm found, but {{the missing protocol}} says carers ring after 1 hr if they dont know where she is and nan never had a copy. EH worker [[name:Wiktoria Zielińska]] has dropped one round. Missing ref [[case_reference:CC-0515-2207]]. nans mob [[phone:07700 900 846]]. [[name:Destiny]]'s NHS no [[nhs_number:146 374 4811]] for the RHI notes."""),

("social_care", "near_miss", """Foster carer [[name:Maureen Sterling]] rang EDT [[date:Sat 6/4/24]] - she'd given [[name:Aiden]] ([[age:9]]) his {{melatonin}} then found out respite carer [[name:Bill]] had already given it an hour before dropping him back. Double dose. Rang {{111}}, told to monitor, he was fine. Near miss b/c no {{MAR sheet}} goes between the 2 households. EDT worker [[name:Sandeep Gill]] logged it, EDT ref [[case_reference:EDT/24/1187]]. Placement is via [[organisation:Northern Hearth Fostering]], SSW [[name:Drew Campbell]] [[phone:0113 496 0772]]. [[name:bill]] was mortified, hes a lovely carer, its a system gap not him."""),

("social_care", "near_miss", """Reception nearly gave out a care leavers address over the phone. Caller said she was [[name:Amber]]'s auntie and needed her new address for a birthday card. [[name:Ellie]] on {{reception}} had the Liquidlogic screen open with [[address:23 Sycamore Walk]] on it and was about to read it out when [[name:Nasra]] ({{PA}}) overheard and stopped her. [[name:Amber]] ([[age:19]]) has no contact w/ her mums family for very good reasons. Caller number came up as [[phone:+44 7700 900 391]]. [[name:Amber]]'s PA is [[name:Nasra Hussein-Abdi]]; LL ID [[case_reference:LL 338 1029]]. We have nothing written down for reception about this, we need a script."""),

("social_care", "near_miss", """Pasted from Mosaic -
Worker: [[name:Lucy-Mae Clarke]] | Step: Contact record | Date: [[date:10/09/2024]]

Nearly handed [[name:Kofi]] ([[age:2]]) over to {{dad}} at contact when the {{interim care order}} from [[date:3 Sept]] says supervised only. Contact supervisor [[name:Jade]] (agency, [[organisation:Bridge Staffing]]) had the old plan. Dad ([[name:Kwame Asante]]) was really pushing, "the judge said i can take him to the park". [[name:Lucy-Mae Clarke]] from our team happened to be in the building and checked. Case no [[case_reference:LV24C01126]], Mosaic [[case_reference:4410273]]. Learning - agency staff need Mosaic access or at least the current contact plan emailed every time."""),

("social_care", "near_miss", """Lone visit to [[address:Holly Cottage, Back Lane, Great Ayton]] [[postcode:TS9 6NP]]. Family = dad [[name:Craig Wood]], mum [[name:Leanne]], [[name:Ruby]] ([[age:6]]) and [[name:Pip]] ([[age:3]]). While i was in the kitchen [[name:Craig]] let 2 XL bully type dogs in and one jumped up at me. I left. No injury. Nobody had flagged dogs on the file but the HV ([[name:Sunita Rao]]) knew and mentioned them in her notes. Lone worker check in with [[name:Mags]] at base worked fine. Pls add a dog alert to EHM ID [[case_reference:EHM0098213]].
* no harm
* risk assessment updated
* {{lone working policy}} followed"""),

("social_care", "near_miss", """YP [[name:Sky Nwachukwu]] ([[age:15]]) at [[organisation:Thornbury Residential]] showed night staff messages on {{instagram}} from an adult man offering to buy her a train ticket to meet him. She stopped replying herself and told [[name:Oluwaseun]] (night staff) which is HUGE for her. Screenshots to police, ref [[case_reference:0147/2024/881]]. Near miss - the home wifi filter had been off since the router was swapped last week and nobody noticed. IT contractor [[organisation:NetSure Ltd]] [[phone:01632 960 553]] are fixing. [[name:Sky]]'s SW [[name:Heidi]] informed. sky is really proud of herself, pls someone tell her well done"""),

("social_care", "near_miss", """[[name:Mark]] ([[age:7]], peanut allergy, carries an {{epipen}}) went for respite w/ [[name:Joy Mbeki]] for the weekend [[date:12-14 July]]. Allergy was on his {{placement plan}} but NOT on the respite info sheet. [[name:Joy]] only found out when [[name:Mark]] told her himself at tea, she'd made satay chicken. Nothing eaten. Fostering SSW [[name:Tomasz]] is changing the template so allergies copy across automatically. His GP is [[organisation:Parkgate Surgery]], NHS [[nhs_number:7278215269]]. ps joy was brilliant about it"""),

("social_care", "near_miss", """{{CP conference}} [[date:Thurs 22/08]] at [[address:Riverside House, Mill St]]. Dad [[name:Jamie Love]] turned up despite {{bail conditions}} saying no contact w/ mum, security buzzed him in. He was agitated, {{chair}} [[name:Nkechi Obi]] paused it, mum [[name:Shannon]] and the kids nan taken to a side room. Police attended, no weapon. Nobody on reception knew about the bail conditions. Police ref [[case_reference:47240128811]]. Children [[name:Tyler]] ([[age:8]]) and [[name:Hope Love]] ([[age:5]]). Mosaic [[case_reference:6120934]].
@[[name:nkechi]] thank you for staying so calm"""),

("social_care", "near_miss", """Contact transport driver [[name:Dave Nicholls]] ([[organisation:Unity Transport]]) came to collect [[name:Bo]] ([[age:18 months]]) for contact w/ no car seat, said he'd "just hold on to her". Foster carer [[name:Yetunde]] refused and rang me. Rebooked, car reg [[vehicle_registration:WR19 OBX]], booking ref [[case_reference:UT-77105]]. Nobody hurt but if [[name:Yetunde]] had been in a rush... Reported to commissioning [[email:commissioning.transport@example.gov.uk]]. Second time with this firm - see also ref [[case_reference:UT-76988]] from [[date:April 2024]]."""),

# ---------------------------------------------------------------- social care: successes
("social_care", "success", """Want to say thank you to [[name:Mercy]] at [[organisation:Little Acorns Nursery]] - she noticed [[name:Theo]] ([[age:3]]) had marks on his neck on [[date:Monday 3rd Feb]] and did everything right: {{body map}}, rang us straight away, didnt question him loads. Strat within 2 hrs, [[name:Theo]] and his sister [[name:Ivy]] ([[age:6 mo]]) safe with grandparents Mr and Mrs [[name:Rich]] at [[address:9 Poplar Grove, Redditch]] [[postcode:B97 4HQ]]. Mosaic [[case_reference:6601842]]. {{Signs of Safety}} mapping next week. proper team effort
[[name:Chantelle]] (duty)"""),

("social_care", "success", """Lovely one. [[name:Lily-Rose]] and [[name:Alfie]] were matched with adopters [[name:Ben]] and [[name:Aaron Whitfield-Nakamura]] last year and today ([[date:14th November 2024]]) the adoption order was granted at [[organisation:Coventry Family Court]], case [[case_reference:CV23Z00412]]. Foster carer [[name:Gloria Hope]] came along and the judge let [[name:Lily-Rose]] bang the gavel lol. Huge thanks to [[name:Sian Pritchard]] at [[organisation:Adoption Midlands Partnership]] and to {{IRO}} [[name:Dev Chauhan]] who never let the plan drift. [[name:Lily-Rose]] is [[age:6]] and [[name:Alfie]] [[age:4]].
- [[name:Marta]] x"""),

("social_care", "success", """[[name:Blessing Chukwu]] ([[age:18]]) got her {{A level}} results today and has a place at [[organisation:Sheffield Hallam]] to do nursing!!! Shes been with us since she was [[age:12]]. PA [[name:Joel Adeyemi-Brown]] helped w/ student finance and her foster carers [[name:Patience]] & [[name:Kwabena Owusu]] drove her to every open day. Head of 6th form at [[organisation:Greenhill Academy]], Mrs [[name:Doyle]], fought for the bursary. Setting up her {{leaving care grant}} now and her NI no [[ni_number:WL 73 05 11 B]] finally came through, [[case_reference:LCS-1180392]]. So proud.
[[name:jo]]"""),

("social_care", "success", """Good practice: assessment visit to Mr [[name:Abdirahman Yusuf]] and Mrs [[name:Hodan Warsame]] re baby [[name:Ayaan]] ([[age:4 months]]) at [[address:Flat 31, Kestrel Tower, Bow Common Lane]], [[postcode:E3 4BN]]. Booked a face to face Somali interpreter through [[organisation:Bridgeword Interpreting]] instead of using their older son [[name:Ahmed]] ([[age:16]]) like last time. Interpreter ([[name:Faduma]]) was brilliant, explained the {{child protection plan}} properly and parents said its the first time they understood why we are involved. Mosaic [[case_reference:7028815]]. Thank you [[name:Saira]] ({{BSO}}) for sorting the booking so fast."""),

("social_care", "success", """Really good joint visit w/ DC [[name:Ifeoma Eze]] and PC [[name:Gareth Lloyd-Jones]] ([[organisation:Dyfed-Powys Police]]) on [[date:Wednesday 5th March]] to see [[name:Sion]] ([[age:12]]) at [[address:2 Maes y Dderwen, Cross Hands]] [[postcode:SA14 6SB]]. {{ABE interview}} arranged same week and [[name:Sion]] felt listened to. Crime ref [[case_reference:DP/2503/0214]]. {{Mum}} [[name:Nia]] said its the first time anyone explained what happens next. WCCIS [[case_reference:2290418]]. diolch [[name:Iolo]] for covering my duty x"""),

("social_care", "success", """Shout out to the whole [[organisation:Westgate Family Support Team]] esp [[name:Penny Fox]] and [[name:Raj]]. Mrs [[name:O'Hare]] (gran, [[age:in her 70s]]) rang in tears on [[date:23/12/24]] b/c the boiler at [[address:77 Hawthorn Rd]] had packed in and she had the 3 grandkids ([[name:Cody]], [[name:Kiera]], [[name:Tommy]]) for xmas under the {{SGO}}. [[name:Penny]] got emergency funding signed off by 4pm, [[name:Raj]] found an engineer via [[organisation:HeatRight Plumbing]] [[phone:0161 496 0833]], fixed by 7. SGO support ref [[case_reference:SGO/0334]]. Small thing but it kept the placement going."""),

("social_care", "success", """[[name:Hunter]] ([[age:13]]) went missing from [[organisation:Ashdown Children's Home]] [[date:Fri 9 Aug]]. What went right: [[name:Ade]] knew from his one page profile that he goes to his late grandads allotment when hes upset, went straight there and found him within 40 mins. Police cancelled, log [[case_reference:1204]]. He was calm and talked about grandad for ages. Big thanks to [[name:Ade Balogun]] and to [[name:Rhiannon]] who wrote the profile in the first place. Notified {{Ofsted}} as required. Key: {{one page profile}}s WORK, keep them updated."""),

("social_care", "success", """Pre-birth assessment - [[name:Chloe Marsh]] (DOB [[date_of_birth:30/06/2005]]), EDD [[date:4 Oct 2024]]. [[name:Chloe]] is care experienced herself and was terrified we'd take the baby. She worked with [[name:Sunny]] from [[organisation:Mothers Together Project]] and went to every session. Conference [[date:27/09/24]] agreed {{CIN}} not CP. Baby [[name:Maisie]] born [[date_of_birth:2 October 2024]] at [[organisation:Royal Derby Hospital]], they went home together to [[address:Flat 6, 14 Ashbourne Rd]]. Thanks to midwife [[name:Ruth]] and mostly to [[name:Chloe]] who did the hard work. LCS [[case_reference:8830215]]."""),

("social_care", "success", """Virtual school success story - [[name:Tatiana Popescu]] ([[age:year 10]], in care since [[date:2021]]) had 0% attendance at [[organisation:Brookfield High]] in sept. Designated teacher Mr [[name:Patel]] set up a reduced timetable + a mentor ([[name:Stefan]], who speaks Romanian). Shes now at 86%! {{PEP meeting}} on [[date:6th Feb]] was the first one she actually came to and she chaired part of it. Thank you [[name:Sterling]] at {{the virtual school}} for the funding - [[email:vs.team@example.gov.uk]] if anyone wants the write up."""),

("social_care", "success", """{{FGC}} for the [[name:Dimitrov]] family held [[date:Sat 1 June]] at [[organisation:Oakwood Community Centre]]. Coordinator [[name:Zsofia]] got 14 family members there incl uncle [[name:Georgi]] who flew in from Sofia. Family plan means [[name:Elena]] ([[age:10]]) and [[name:Nikolai]] ([[age:7]]) can stay with aunt [[name:Desislava Dimitrova]] at [[address:5 Kingfisher Way]], [[postcode:PE2 8RT]] and we avoid proceedings. Mum [[name:Mariya]] agreed to it all. Mosaic [[case_reference:3307719]]. FGCs really work when theyre done properly - thanks [[name:Zsofia Kertész]]"""),

# ---------------------------------------------------------------- health: incidents
("health", "incident", """Pt [[name:Ray Mensah]] ([[age:84]]) in bay 3 received a unit of blood prescribed for [[name:Raymond Mason]] bay 5. Both "[[name:Ray M]]", both on ward 9. Bedside check done by 1 nurse only b/c 2nd was on break. Reaction within 10 mins ({{rigors}}, temp 38.9), transfusion stopped, SHO Dr [[name:Yaw Boateng]] reviewed, pt stable. Hosp no [[case_reference:RX1-0448912]], NHS [[nhs_number:780 816 2507]]. Datix [[case_reference:W318822]]. {{SHOT}} reportable. We need a similar names alert on the board - same thing nearly happened last month."""),

("health", "incident", """Mrs [[name:Elsie Moss]] ([[age:91]]) fell on the way to the toilet 03:20 on [[date:12/01/2025]]. Found on floor by {{HCA}} [[name:Precious Dube]]. Falls risk assessment left blank on admission, no bed rails assessment. Hit head, on {{apixaban}}, CT head showed small subdural, transferred to [[organisation:Queen Elizabeth Hospital Birmingham]] neurosurgery. Daughter [[name:Lorraine Moss]] [[phone:07700 900 114]] very upset she wasnt rung till 8am. MRN [[case_reference:QE4471902]].
Sister [[name:Okafor]] (nights)"""),

("health", "incident", """[[organisation:Moorside Medical Practice]] - repeat script for [[name:Bill Drummond]] (DOB [[date_of_birth:04-11-1952]], EMIS [[case_reference:40127]]) issued {{methotrexate}} 10mg DAILY instead of weekly. Collected from [[organisation:Clarke's Chemist]] on [[date:2nd April]]. Pharmacist [[name:Farida]] queried it the next day when he came back for more {{folic acid}}, he'd taken 4 doses. Admitted to [[organisation:Salford Royal]], neutropenic, now recovering. Prescriber was a locum, Dr [[name:F. Chaudhry]]. Practice SEA booked for [[date:the 19th]]. NHS no [[nhs_number:3413556142]]. Wife [[name:Maureen]] has asked for a copy of the outcome."""),

("health", "incident", """Baby girl of [[name:Amara Nwosu]] (MRN [[case_reference:M0087731]]) born [[date_of_birth:18/03/2024]] 02:14 at [[organisation:St Helier]] delivery suite, {{Apgars}} 3 and 6. {{CTG}} had been pathological for ~40 min before the reg (Dr [[name:Iqbal]]) attended b/c she was in theatre with Mrs [[name:Lindqvist]]'s crash section and nobody escalated to the consultant on call, Mr [[name:Halloran]]. Baby to NICU, cooling started. Midwife in charge [[name:Jess]] says there were 2 midwives for 9 labouring women that night. HSIB referral made, ref [[case_reference:MI-031887]]. Datix [[case_reference:DX 55210]]."""),

("health", "incident", """[[name:Drew]] ([[age:24]]) on {{s2}} at [[organisation:Fernlea Unit]] absconded during {{escorted leave}} [[date:Saturday 20 July]]. HCA [[name:Chase]] was escorting alone though the leave plan says 2:1. [[name:Drew]] was found by BTP on a railway footbridge about 2 miles away, unharmed, brought back. BTP ref [[case_reference:2407/0991]]. RiO [[case_reference:1029384]]. His mum ([[name:Rosemary]]) had told ward staff on admission that he'd talked about that bridge - its in the notes but wasnt in the leave risk assessment. Staffing that day was 2 below numbers.
- [[name:Tomi]], deputy ward manager"""),

("health", "incident", """999 call for [[name:Bogdan Lupu]] ([[age:67]]) chest pain at [[address:3 Weavers Yard, Todmorden]] [[postcode:OL14 5AZ]], [[date:14/02/25]]. {{Cat 2}}, crew arrived after 2h50. Crew [[name:Hollie]] & [[name:Mo Siddiqui]] found a {{STEMI}}, blue lighted to [[organisation:Leeds General Infirmary]]. Delay was due to 11 ambulances queuing at [[organisation:Calderdale Royal]]. CAD [[case_reference:250214-0388]]. Wife [[name:Ana]] (limited English) rang back 3 times and couldnt get an interpreter on the line. Incident ref [[case_reference:YAS-INC-55102]]. He survived, PCI done."""),

("health", "incident", """Dispensing error - [[name:Rose Akhtar]]'s {{warfarin}} went into [[name:Rose Archer]]'s blister pack at [[organisation:Bridge Street Pharmacy]], [[address:112 Bridge St, Shrewsbury]]. Caught by carer [[name:Sunny]] from [[organisation:Comfort at Home Care]] on the lunchtime call [[date:Tue 11 March]], she noticed brown tablets that arent usually there. Mrs [[name:Archer]] had taken 1 dose. GP Dr [[name:Okoro]] at [[organisation:Castlegate Surgery]] arranged an {{INR}}. PMR ref [[case_reference:PMR-77812]]. Both pts are [[name:Rose A]], both on the same delivery round. Dispenser [[name:Wiktor]] very shaken, supported."""),

("health", "incident", """[[name:Lenny Barker]] [[age:aged 2]] seen in [[organisation:Whiston]] ED [[date:Sun 2 Feb]] with spiral fracture L tibia, explanation "fell off sofa". Discharged in a cast w/out any safeguarding check b/c {{the paeds reg}} was stuck in {{resus}}. Picked up next day by ED safeguarding nurse [[name:Candice]] reviewing attendances. Referral to {{MASH}} done [[date:03.02.2025]], family address [[address:8 Tarbock Rd]] [[postcode:L36 5XP]]. Dad [[name:Kyle Barker]] ([[age:22]]). ED no [[case_reference:E25/019441]]. Same child attended [[organisation:Alder Hey]] in [[date:Dec 2024]] w/ bruising, we didnt have that info."""),

("health", "incident", """Clinic letter for [[name:Mercy Osei]] ([[nhs_number:5532054045]]) with her {{HIV}} results was posted to her old address [[address:27 Lime Tree Ave]], [[postcode:NG8 1DQ]] - she moved 6 months ago and told reception. {{SystmOne}} was updated but the letter went through the old print and post route that pulls from PAS. New occupant opened it and rang [[organisation:Nottingham City Hospital]] switchboard. Pt informed by Dr [[name:Hope]], very distressed. IG ref [[case_reference:IG-25-0092]], S1 ID [[case_reference:4417702983]]. letter dated [[date:9th Jan 2025]]."""),

# ---------------------------------------------------------------- health: near misses
("health", "near_miss", """Near miss - Mr [[name:Tunde Bakare]] ([[age:58]]) almost given {{co-amoxiclav}} on {{AMU}}. Penicillin allergy documented on EPMA but no red wristband. Student nurse [[name:Autumn]] asked him before giving and he said "i swell up". Good catch [[name:autumn]]!! Hosp no [[case_reference:T1188204]]. Red bands had run out on the unit and nobody reordered, now on the weekly stock list.
Charge Nurse [[name:Will Okonjo]]"""),

("health", "near_miss", """Pt [[name:J.M.]] ([[age:73]]) on ward 22 nearly got 40 units {{NovoRapid}} instead of 4 - "u" after the 4 read as a 0. Pharmacist [[name:Aleksandra]] spotted it on the drug round check. Prescriber Dr [[name:Blake]] (FY1). Paper chart b/c {{EPMA}} was down [[date:Mon 7th Oct]]. NHS [[nhs_number:759 750 9820]]. [[name:JM]]'s BMs were 6.1 at the time so it would have been bad. Insulin safety training for FY1s is only at induction and half the rotation missed it."""),

("health", "near_miss", """Called "Mr [[name:Young]]" in the eye clinic waiting area at [[organisation:Furness General]] and 2 stood up: [[name:Derek Young]] and [[name:Derrick Younge]]. HCA took the wrong one to the injection room for intravitreal {{Eylea}}. Nurse [[name:Jay]] did the 3 point ID check (name, DOB, address) and DOB didnt match ([[date_of_birth:12.12.1940]] vs [[date_of_birth:01/06/1948]]). MRNs [[case_reference:00483921]] and [[case_reference:00501176]]. Learning: always call full name + DOB, never just surname. [[name:Jay]] you saved us a never event"""),

("health", "near_miss", """{{111}} booked [[name:Isla-Grace Fyfe]] ([[age:14 months]]) into a routine slot at [[organisation:Kirkton Health Centre]] for "rash". Receptionist [[name:Morag]] read the notes, saw {{non-blanching}} and pulled her straight in. Dr [[name:Mackenzie]] gave IM {{benzylpenicillin}} and called 999. Meningococcal confirmed at [[organisation:Royal Hospital for Children]]. Shes ok. CHI no [[case_reference:0312236624]], seen [[date:5/2/25]]. If [[name:morag]] hadnt read the notes she'd have waited 4 hrs."""),

("health", "near_miss", """DN visit [[date:Friday 17th Jan]] to [[name:Arthur Penny]] ([[age:88]]), [[address:'Greystones', Upper Heyford Rd, Steeple Aston]]. {{Syringe driver}} ({{midazolam}} + morphine) set for 12 hrs instead of 24 by OOH, spotted by Nurse [[name:Faith Adebayo]] at the 9am visit when it was already half empty. Pt comfortable, no harm. Wife [[name:June]] had noticed "it was going down fast" but didnt want to bother anyone. Ulysses [[case_reference:U-4471028]]. NHS no [[nhs_number:451 505 1067]]. OOH nurse was agency, 1st shift with our pumps."""),

("health", "near_miss", """Theatre 4, [[date:24/4]]. Pt [[name:Brooke Hill-Mbatha]] ([[age:37]]) listed for L knee {{arthroscopy}}, consent form said R. Spotted at sign in ({{WHO checklist}}) by {{ODP}} [[name:Kris]]. Consultant Mr [[name:A. Dhillon]] re-consented, L was correct, typo on the list from the booking team. Minor delay only. MRN [[case_reference:K2290184]]. Thanks [[name:Kris]] for speaking up even tho the list was running late."""),

("health", "near_miss", """Two pts called [[name:Mohammed Ali]] on the same day at [[organisation:Lodge Lane Pharmacy]], both on {{sertraline}}, different strengths. Dispenser [[name:Hamza]] bagged them, ACT [[name:Liz]] checked addresses at handout ([[address:14 Alma St]] vs [[address:41 Alma Rd]]) and caught the swap. Nobody got the wrong bag. DOBs [[date_of_birth:1/9/1979]] and [[date_of_birth:22/3/2001]]. Could we get a "same name" flag on the PMR please?
- [[name:Liz Ward]], ACT"""),

("health", "near_miss", """[[name:Wren]] ([[age:4]]) on ward 7 (paeds) had her {{paracetamol}} given by night staff at 06:45 but signed on the wrong chart ([[name:Ben]]'s, next bed). Day nurse [[name:Anjali]] nearly gave another dose at 08:00 - chart showed nothing, she asked mum [[name:Star Kelly]] who said "she had some earlier". Hosp nos [[case_reference:P118223]] / [[case_reference:P118907]]. Bedside charts are clipped to the wrong cots half the time.
- [[name:Priya]] (ward 7)"""),

# ---------------------------------------------------------------- health: successes
("health", "success", """Massive thank you to the resus team at [[organisation:Darent Valley]] for [[name:Gary Hunter]] ([[age:52]]) who arrested in the car park [[date:3/3/25]]. Porter [[name:Kwame]] started {{CPR}} within seconds, Dr [[name:Eleanor Rich]] led, {{ROSC}} after 9 mins. He walked out of the cardiology ward a fortnight later. His wife [[name:Bev]] wrote to us. Please make sure porter [[name:Kwame Osei-Tutu]] gets recognised, the porters never get thanked."""),

("health", "success", """Good practice - [[name:Callum]] ([[age:29]], {{Down syndrome}}, lives at [[organisation:Larchwood Supported Living]]) needed bloods and dental work under {{GA}}. LD liaison nurse [[name:Sunita]] coordinated everything into one GA on [[date:11th Dec]] at [[organisation:Worthing Hospital]]: bloods, dental, ears, flu jab. Support worker [[name:Jordan Bird]] came in with him. Mum ([[name:Maggie]]) [[phone:07700 900 663]] said its the first time he hasnt needed sedating just to get through the door. NHS [[nhs_number:8146993109]]."""),

("health", "success", """Success - {{HCA}} [[name:Grace]] noticed Mr [[name:Wojcik]] ([[age:79]]) "just wasnt himself" on the obs round, {{NEWS}} only 3 but she escalated anyway. FY2 Dr [[name:Nnamdi]] came straight away, {{sepsis six}} within the hour, lactate 4.2. Urosepsis, he went home today. [[name:grace]] you are a star. Hosp no [[case_reference:H771045]], ward 14 [[organisation:Southmead]].
- [[name:Rachel]] (ward mgr)"""),

("health", "success", """Mrs [[name:Ling Zhao]] (delivered [[date:8 Jan]]) asked me to log this. Midwife [[name:Chidinma]] booked a Mandarin interpreter for every antenatal appt via [[organisation:Tongues Direct]] and made a picture birth plan. Baby [[name:Wei]] born at [[organisation:Birmingham Women's]] by {{SVD}}, {{Apgar}} 9. Husband [[name:Jun Zhao]] ([[email:zhao.jun88@example.com]]) wants the team to have a thank you card. MRN [[case_reference:BW/774120]]. [[name:Chidinma]] went well above."""),

("health", "success", """[[organisation:Hollins Park Surgery]] - practice nurse [[name:Hope Adeyemi]] noticed [[name:Tayo]] ([[age:7yo]]) had missed 3 asthma reviews + 2 imms and flagged it to GP safeguarding lead Dr [[name:Mark Evans]], who checked with {{HV}} and school nurse. Family were in temp accommodation at a B&B, [[address:Room 6, 212 Manchester Rd]], no money for the bus. Home visit arranged, [[name:Tayo]] seen that week. EMIS [[case_reference:55821]]. Mums NI no [[ni_number:JT 48 21 93 C]] passed to {{the housing team}} for priority banding. brilliant joined up work"""),

("health", "success", """Street triage success [[date:Sat 15 Mar 2025]]: [[name:Kenny Fitzgerald]] ([[age:41]]) on the top floor of a multi storey threatening to jump. Triage nurse [[name:Aoife Ní Dhonnchadha]] talked with him for 2 hrs, he came down and went voluntarily to [[organisation:Miranda House]]. No {{s136}} needed. Police inc [[case_reference:HUM-150325-0771]]. He said [[name:Aoife]] was the first person who didnt "talk at" him. Care coordinator [[name:Rocky Adams]] [[email:r.adams@example.nhs.uk]] is picking up Monday."""),

("health", "success", """What went right: [[name:Sienna]] ([[age:11]]) new dx {{T1DM}}. Diabetes nurse [[name:Mel Fox]] did the school training at [[organisation:Our Lady of Lourdes Catholic Primary]] within 48hrs so she could go straight back, and set up Libre alerts to mum [[name:Kerry]]'s phone [[phone:07700 900 288]]. Mr [[name:Amadi]] (class teacher) spotted her hypo on [[date:21/11/2024]] from the alert and treated it perfectly. Hosp no [[case_reference:RJ2 441 8823]].
thanks [[name:Mel]]! - paeds diabetes team"""),

("health", "success", """Pharmacist [[name:Deepa]] at [[organisation:Hillside Pharmacy]] noticed Mr [[name:Frank Doyle]] ([[age:in his 70s]]) buying a lot of {{co-codamol}} and looking jaundiced. Persuaded him to see his GP same day and rang [[organisation:Elmwood Surgery]] herself to get him in. Obstructive jaundice, pancreatic mass found early enough for surgery at [[organisation:Freeman Hospital]]. His daughter [[name:Holly Doyle]] ([[email:holly.d.1984@example.co.uk]]) asked us to pass on thanks. NHS [[nhs_number:7128753915]]. [[name:Frank]] says hes "not buying paracetamol anywhere else ever"."""),

# ---------------------------------------------------------------- aviation: incidents
("aviation", "incident", """ASR. [[flight_number:EZY6214]] [[organisation:Gatwick]]-[[organisation:Palma]] [[date:22/06/24]], a/c [[aircraft_registration:G-UZHK]] ({{A320neo}}). Capt. [[name:Sven Lindqvist]] PF, {{FO}} [[name:Amira Haddad]] PM. During pushback from stand 54 the tug driver ([[name:Wayne]]) disconnected before the bypass pin was removed and nosewheel steering was lost momentarily, aircraft rolled approx 2m. Parking brake set, no contact. No damage found by engineer [[name:Dmitri]]. Delay 1h40. ASR [[case_reference:ASR-24-11873]]; company MOR ref [[case_reference:MOR/2024/0662]]."""),

("aviation", "incident", """Severe turb FL360 over Biscay on [[flight_number:BY6172]] [[organisation:MAN]]-[[organisation:TFS]], [[date:Aug 3rd]]. Seatbelt sign on for 10 min but {{CC}} were still doing bar service. {{SCCM}} [[name:Kerry-Louise Bradshaw]] thrown against the galley, suspected fractured wrist. Pax in 23C, Mr [[name:Emeka Okafor]], hit head on the overhead bin, {{GCS}} 15. Met by paramedics at [[organisation:Tenerife South]]. A/c [[aircraft_registration:G-TAWX]] ({{Boeing 737-8}}) grounded for severe turb inspection. Capt [[name:Faith Ellery]]. MOR [[case_reference:2024/15591]]."""),

("aviation", "incident", """PA-28 [[aircraft_registration:G-BRWT]], solo student [[name:Hunter Moss]] ([[age:19]]) from [[organisation:Cranfield Flying School]] lost in haze and infringed controlled airspace near [[organisation:Luton]] on [[date:Sunday 14 April 2024]]. Radar rang us on [[phone:01632 960 771]]. He landed safely at [[organisation:Cranfield]] 40 mins later. Instructor [[name:Dave 'Dusty' Miller]] (me) - I authorised the flight without checking he'd loaded the route into {{SkyDemon}}. Occurrence ref [[case_reference:OR-24-0417]]. {{CAA}} aware, [[name:Hunter]] doing a debrief and nav refresher with [[name:Dusty]] before next solo."""),

("aviation", "incident", """Bird strike on departure rwy 27 [[organisation:EGNX]] [[date:06/10/24]] 07:12, [[flight_number:RYR4TQ]], [[aircraft_registration:EI-HGX]] ({{Boeing 737-800}}). Flock of lapwings into #2, vibration, Capt [[name:Pádraig Ó Súilleabháin]] returned, overweight landing. FO [[name:Joy Nakato]] ran the {{QRH}} brilliantly. Wildlife control officer [[name:Lee Savage]] had reported the flock on the grass 20 min before but it wasnt passed on by {{the tower}}. MOR [[case_reference:2410-0331]]. 168 pax off at stand, no injuries."""),

("aviation", "incident", """Disruptive pax on [[flight_number:LS1152]] [[organisation:LBA]]-[[organisation:ALC]] [[date:Fri 26/7]]. Male in 14F ([[name:Connor Reilly]], DOB [[date_of_birth:02/02/1996]] per manifest) drinking own duty free, abusive to CC [[name:Ellie-Mae]] and [[name:Tomasz]], grabbed [[name:Ellie-Mae]]'s wrist. {{Level 2}}. Restraint kit used w/ help of 2 pax. Capt [[name:Gita Raman]] requested police, Guardia Civil met the aircraft [[aircraft_registration:G-JZHV]] on stand. Spanish police ref [[case_reference:ALC-GC-24/8812]]. [[name:Ellie-Mae]] bruised, off for rest of trip."""),

("aviation", "incident", """Catering truck ([[organisation:SkyServe Catering]]) reg [[vehicle_registration:KP21 WMV]] hit the L2 door sill of [[aircraft_registration:G-EUPT]] ({{A319}}) on stand 512 [[organisation:LHR]] T5, [[date:30.01.2025]]. Driver [[name:Sukhwinder Dhaliwal]] says the auto level failed. 2cm dent, aircraft {{AOG}} 6 hrs, [[flight_number:BA1437]] cancelled. Ramp supervisor [[name:Jack Wade]] [[phone:+44 7700 900 905]]. Safety ref [[case_reference:RS-25-0130-07]]. 3rd catering contact this quarter."""),

("aviation", "incident", """Found during A check on [[date:11 Nov 2024]] on [[aircraft_registration:G-LGNZ]] ({{Saab 340}}) in the [[organisation:Loganair]] hangar: a 10mm spanner in the LH nacelle, left from work package WP [[case_reference:24-0981]] signed off by B1 [[name:Ross MacAulay]] on [[date:2nd Nov]]. Aircraft had flown 18 sectors since incl [[flight_number:LM425]]. Tool control board showed all tools returned, so it was a personal tool. Engineer [[name:Niamh]] found it. MOR [[case_reference:2024-1129-LM]].
[[name:niamh]] - great find"""),

# ---------------------------------------------------------------- aviation: near misses
("aviation", "near_miss", """[[organisation:Birmingham]] tower [[date:17/03/25]]. Airside ops vehicle "Ops 2" (driver [[name:Rob Penny]]) crossed rwy 15 {{holding point}} without clearance while [[flight_number:EXS73RN]] was on 2 mile final. Controller [[name:Sinead]] sent the aircraft around. [[name:Rob]] thought he heard "cross" but it was for "Ops 1". Similar callsigns on the same frequency. Occurrence [[case_reference:BHX-OCC-25-118]]. Suggest renumbering ops vehicle callsigns."""),

("aviation", "near_miss", """Loadsheet for [[flight_number:EXS1284]] [[organisation:Newcastle]]-[[organisation:Dalaman]] [[date:Saturday 8th June]] showed 4,100kg uplift but the bowser receipt said 4,100 L. {{FO}} [[name:Rowan Achebe]] spotted the discrepancy on the walkround, re-uplift done. Would have been ~800kg short. Dispatcher [[name:Karolina Wiśniewska]] ([[organisation:Aeroserv Handling]]). A/c [[aircraft_registration:G-JZBK]] ({{737-800}}). ASR [[case_reference:ASR/EXS/24/3310]].
thanks [[name:rowan]] - Capt [[name:B. Ogundele]]"""),

("aviation", "near_miss", """{{TCAS RA}} climbing through FL110 out of [[organisation:EGPH]] [[date:4/9/24]] on [[flight_number:SHT8A]]. Conflicting traffic a [[organisation:Loganair]] {{ATR 72}}, [[aircraft_registration:G-LMRF]]. Followed the RA, max deviation 600ft. Crew Capt [[name:Duncan Grant]], FO [[name:Priyanka Sen]]. Frequency was very congested, we think the other a/c missed a level-off. {{Airprox}} filed, ref [[case_reference:2024188]]."""),

("aviation", "near_miss", """Drone seen about 200ft below us on final rwy 02 at [[organisation:Shoreham]] [[date:Sat 12 Aug]]. {{C152}} [[aircraft_registration:G-BOYL]], me + passenger [[name:Victor Frank]]. No avoiding action possible, it passed under the left wing. Reported to police, CAD [[case_reference:0547]]. Operator traced to the field next to [[address:Coombes Farm, Coombes Rd, Lancing]]. Pilot [[name:Kit Marlowe-Hughes]], {{PPL}}, [[email:kit.mh@example.net]]. [[name:Victor]] is a first time flyer and has been very good about it."""),

("aviation", "near_miss", """FRMS report: {{FO}} [[name:Mark Bell]] and I (Capt [[name:Alisha Noor]]) both nodded off briefly in the cruise on [[flight_number:TOM7834]] [[organisation:Bristol]]-[[organisation:Lanzarote]] [[date:14-Feb-25]]. {{Controlled rest}} not planned. Woke to ATC calling [[flight_number:TOM7834]] a second time. Third day of earlies after a late, roster changed by crewing ([[name:Sam]]) at 22:40 the night before. Crew room [[phone:0117 496 0338]]. FRMS ref [[case_reference:FRMS-25-044]]. Please look at these roster patterns."""),

("aviation", "near_miss", """UM near miss. [[name:Precious Adjoa Mensah]] ([[age:8]]) travelling as an {{unaccompanied minor}} on [[flight_number:KL1006]] [[organisation:LHR]]-[[organisation:AMS]] [[date:1 March 2025]]. Ground staff at [[organisation:AMS]] nearly released her to a woman who said she was her aunt but wasnt on the UM form. CC [[name:Daan]] insisted on ID. Real collecting adult was Mrs [[name:Efua Boateng]], [[phone:+31 6 1234 5678]]. UM ref [[case_reference:UM-KL-774120]]. Mum ([[name:Abena]]) [[phone:07700 900 071]] informed."""),

("aviation", "near_miss", """Jet A1 nearly went into PA-28 [[aircraft_registration:G-BSZT]] at [[organisation:Sleap]] [[date:Weds 2 Oct]]. New fueller ([[name:Ty]]) picked up the wrong nozzle, owner [[name:Sterling Hughes]] stopped him - smelt it. The nozzles are different sizes but [[name:Ty]] forced it. Airfield manager [[name:Anne-Marie]] [[email:manager@example-airfield.co.uk]] told. No harm. {{Avgas}} and {{Jet A1}} labels on the pumps are faded, new ones ordered."""),

# ---------------------------------------------------------------- aviation: successes
("aviation", "success", """Praise for crew of [[flight_number:BA2157]] [[organisation:Gatwick]]-[[organisation:Kingston]] [[date:19 Dec 2024]]: pax [[name:Marcia Campbell]] ([[age:74]]) collapsed row 31, CC [[name:Chloé Martin]] & [[name:Olu]] started {{CPR}}, used the {{AED}}, 2 shocks, ROSC. Dr [[name:Anjali Rao]] (pax) helped. Capt [[name:Hugh Mercer]] and FO [[name:Wade Thompson]] diverted to [[organisation:Shannon]]. A/c [[aircraft_registration:G-VIIP]]. Her son [[name:Delroy]] emailed [[email:delroy.c@example.com]] to say she's home and doing well."""),

("aviation", "success", """Big thanks to [[name:Ruth]] on [[organisation:Scottish Information]] who got me down through a gap when I got caught above cloud in [[aircraft_registration:G-CDFK]] ({{C42}} microlight) near [[organisation:Perth/Scone]] on [[date:22 May]]. Low fuel, no {{IMC rating}}. She stayed calm, gave me headings to [[organisation:Dundee]] and arranged for [[name:Callum]] from the airport fire service to meet me. Landed with 20 mins fuel. Pilot [[name:Hamish Gillies]] [[phone:07700 900 459]]."""),

("aviation", "success", """Good catch - engineer [[name:Blessing Ncube]] at [[organisation:East Midlands]] found chafed wiring behind the P5 panel on [[aircraft_registration:G-DHKF]] ({{Boeing 757}}) during a routine daily on [[date:07/05/25]], not on the task card. Her report led to a fleet check, 3 more aircraft found with the same chafing. Aircraft was due out as [[flight_number:BCS456]]. Fleet tech [[name:Viktor Novák]]. Ref [[case_reference:TQ-0507-22]]."""),

("aviation", "success", """Go-around well handled: [[flight_number:EZY33VW]] into [[organisation:Bristol]] [[date:16/01/2025]], unstable at 500ft (speed +15). {{FO}} [[name:Hope Kariuki]] called "go around" as PM and Capt [[name:Frank Heath]] followed immediately, no argument. Second approach fine. This is exactly the culture we want - FO was [[age:24]] and 3 months on the line. A/c [[aircraft_registration:G-EZRT]].
[[name:Tom]] (Flight Safety Officer)"""),

("aviation", "success", """Lost child reunited fast at [[organisation:Manchester Airport]] T2 [[date:Sunday 28th July]]. [[name:Leo]] ([[age:5]]) got separated from dad at security. Security officer [[name:Nadia Haddad]] used the "stay put" plan and put a call out, dad [[name:Marek]] found in 6 mins. [[name:Leo]]'s gran [[name:Irena Kowalska]] had been on the phone in a panic [[phone:+48 601 555 018]]. Dad said thank you to [[name:Nadia]] and [[name:Big Steve]] on lane 7. {{Border Force}} didnt need to be involved. Ref [[case_reference:MAN-SEC-240728-19]]."""),

("aviation", "success", """Success: CC [[name:Mercy Achieng]] on [[flight_number:W95718]] [[organisation:OTP]]-[[organisation:LTN]] [[date:2 Sep]] noticed a girl ([[name:Andreea]], [[age:17yo]]) travelling with an older man who held her passport and answered every question for her. Followed Red Flag training, told {{SCCM}} [[name:Ollie]], Capt informed, police met the flight at [[organisation:Luton]]. Man ([[name:Ionuț Radu]]) arrested for {{modern slavery}} offences, girl safeguarded with [[organisation:Bedford Borough]] childrens services. Police ref [[case_reference:BED-24-090215]]. [[name:Mercy]] you were amazing."""),
]

NI = re.compile(r"^(?!BG|GB|NK|KN|TN|NT|ZZ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z] ?\d{2} ?\d{2} ?\d{2} ?[A-D]$")
POSTCODE = re.compile(
    r"^[A-PR-UWYZ](?:[0-9]{1,2}|[A-HK-Y][0-9]{1,2}|[0-9][A-HJKPSTUW]|[A-HK-Y][0-9][ABEHMNPRVWXY])"
    r" ?[0-9][ABD-HJLNP-UW-Z]{2}$", re.I)
TITLES = re.compile(r"^(?:mr|mrs|ms|miss|dr|capt|captain|sister|nurse|pc|dc|sgt)\b\.?", re.I)
VALUE = re.compile(r"\[\[(\w+):(.+?)\]\]|\{\{(.+?)\}\}", re.S)


def fail(msg: str) -> None:
    raise SystemExit(f"make_heldout_blind6: {msg}")


def build() -> list[dict]:
    if len(R) != 75:
        fail(f"expected 75 reports, have {len(R)}")
    rows = []
    for i, (domain, kind, marked) in enumerate(R, 1):
        rid = f"hb6-{i:03d}"
        if domain not in DOMAINS or kind not in KINDS:
            fail(f"{rid}: bad domain/kind {domain}/{kind}")
        text, spans, negatives = parse(marked, labels=LABELS)
        words = len(text.split())
        if not 40 <= words <= 200:
            fail(f"{rid}: {words} words, want 40-200")
        expected = [(m.group(1), m.group(2)) if m.group(1) else (None, m.group(3))
                    for m in VALUE.finditer(marked)]
        got = [(s["label"], text[s["start"]:s["end"]]) for s in spans]
        got_neg = [(None, text[n["start"]:n["end"]]) for n in negatives]
        if sorted(got, key=str) != sorted([e for e in expected if e[0]], key=str) \
                or [n[1] for n in got_neg] != [n["term"] for n in negatives]:
            fail(f"{rid}: span offsets do not reproduce values")
        allspans = sorted([(s["start"], s["end"]) for s in spans]
                          + [(n["start"], n["end"]) for n in negatives])
        for (a0, a1), (b0, b1) in zip(allspans, allspans[1:]):
            if b0 < a1:
                fail(f"{rid}: overlap {text[a0:a1]!r} / {text[b0:b1]!r}")
        for s in spans:
            v = text[s["start"]:s["end"]]
            if v != v.strip() or not v:
                fail(f"{rid}: whitespace at edge of {v!r}")
            lab = s["label"]
            if lab == "nhs_number" and not nhs_ok(v):
                fail(f"{rid}: bad NHS number {v}")
            if lab == "ni_number" and not NI.match(v):
                fail(f"{rid}: bad NI number {v}")
            if lab == "postcode" and not POSTCODE.match(v):
                fail(f"{rid}: bad postcode {v}")
            if lab == "name" and (TITLES.match(v) and " " in v or v.endswith(("'s", "’s"))):
                fail(f"{rid}: title or possessive inside name span {v!r}")
        rows.append({"id": rid, "domain": domain, "kind": kind, "text": text,
                     "spans": spans, "negatives": negatives})
    return rows


def main() -> None:
    rows = build()
    OUT.parent.mkdir(parents=True, exist_ok=True)
    with OUT.open("w", encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    by_dk = Counter((r["domain"], r["kind"]) for r in rows)
    labels = Counter(s["label"] for r in rows for s in r["spans"])
    print(f"wrote {OUT} ({len(rows)} reports)")
    for d in DOMAINS:
        print(f"  {d}: " + ", ".join(f"{k} {by_dk[(d, k)]}" for k in KINDS)
              + f" (total {sum(by_dk[(d, k)] for k in KINDS)})")
    print("  kinds: " + ", ".join(f"{k} {sum(by_dk[(d, k)] for d in DOMAINS)}" for k in KINDS))
    print(f"  spans: {sum(labels.values())}")
    for lab in LABELS:
        print(f"    {lab}: {labels[lab]}")
    print(f"  negatives: {sum(len(r['negatives']) for r in rows)}")


if __name__ == "__main__":
    main()
