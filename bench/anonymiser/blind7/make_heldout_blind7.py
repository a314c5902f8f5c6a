#!/usr/bin/env python3
"""Seventh blind held-out corpus: 75 hand-written incident / near-miss / success narratives.

Written blind (without reading `anonymiser/`, `tests/anonymiser/`, the other generators or the
texts of the other corpora), in the voices of the people who actually fill in Candour's form:
midwives, ward sisters, paramedics, GP receptionists, residential children's home staff,
supervising social workers, youth offending officers, first officers, cabin crew, ramp agents,
air traffic controllers, HEMS paramedics and airport security officers.

Mark-up: `[[label:value]]` is an identifier span, `{{term}}` a must-not-redact mention (see
`bench/anonymiser/markup.py`). Every identifier is invented (07700 900xxx / 01632 960xxx /
0113 496 0xxx style phone numbers, made-up e-mail domains, NHS numbers with a valid mod-11
check digit). Running this script rewrites `corpus/heldout_blind7.jsonl` identically.

    python3 bench/anonymiser/blind7/make_heldout_blind7.py
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from markup import nhs_ok, parse  # noqa: E402

LABELS = (
    "name", "address", "postcode", "phone", "email", "nhs_number", "ni_number",
    "case_reference", "date_of_birth", "date", "age", "organisation",
    "vehicle_registration", "aircraft_registration", "flight_number",
)
DOMAINS = ("social_care", "health", "aviation")
KINDS = ("incident", "near_miss", "success")
OUT = Path(__file__).resolve().parent.parent / "corpus" / "heldout_blind7.jsonl"

R: list[tuple[str, str, str]] = []

# ---------------------------------------------------------------------------------------------
# Social care (25)
# ---------------------------------------------------------------------------------------------

# residential children's home worker, shift log
R.append(("social_care", "incident", """Shift log – [[organisation:Larkspur House]], [[address:3 Tannery Close, Hexham]] [[postcode:NE46 3QF]]. Waking night [[date:Sat 9th Nov]].
23:40 [[name:Rocky]] ([[age:15]]) out through his bedroom window (1st floor – restrictor had been unscrewed, screwdriver found under his mattress). Me and [[name:Dean]] followed on foot, lost him by the park.
23:58 rang manager on call [[name:Sue Webb]], then police as per his missing plan. Police log [[case_reference:NB-20241109-0417]]. Used the {{Philomena Protocol}} form – photo and description already on it, which saved a lot of time.
01:15 PC [[name:Gold]] rang, he'd been found at [[address:Flat 6 Priory Court, Battle Hill]] – his cousin [[name:Kane Mills]]'s flat, which is on his list of places of concern. Returned 02:30, smelled of cannabis, no injuries seen. [[name:Rocky]] went straight to bed and said sorry to [[name:Dean]], which is a first.
Mosaic [[case_reference:2281904]]. Reg 40 to {{Ofsted}} to be done by RM in the morning. Window restrictors on ALL rooms need checking – maintenance have known about room 4 for weeks."""))

# supervising social worker (fostering), structured headings
R.append(("social_care", "near_miss", """What happened:
Unannounced supervisory visit on [[date:14 October 2024]] to foster carers [[name:Pat]] and [[name:Gordon Street]], [[address:Rose Cottage, Ladywell Lane, Much Birch]] [[postcode:HR2 8PL]]. A man I didn't recognise was making tea in the kitchen. [[name:Pat]] introduced him as [[name:Lee]], [[name:Gordon]]'s nephew, "just stopping a few weeks" after a relationship breakdown. He had been there five weeks. Not on the household composition in their {{Form F}}, no DBS, never mentioned at supervision on [[date:2nd September]].
Placed: [[name:Faith]] ([[age:6]]) and [[name:Kit]] ([[age:4]]). [[name:Faith]]'s room is next to the box room he is sleeping in.
Why it matters:
Nothing has happened, but for five weeks we had no idea who was living with two very young children. The carers genuinely thought it didn't count because he's family.
What we did:
[[name:Lee]] agreed to move to his mum's the same day. Checks requested. Placing SW [[name:Oluwaseun Adeyemi]] and the IRO told. Reminder going to all carers about the {{Fostering Services Regulations}} and household changes.
[[name:Amara Nwachukwu-Reid]], Supervising Social Worker, [[organisation:Wye Valley Fostering]] – [[phone:01632 960418]]"""))

# youth offending officer, long and emotional
R.append(("social_care", "success", """I want to write this one up because we only ever fill these in when it goes wrong.
[[name:Tyrese Okonkwo-Bell]] – [[name:Ty]] to everyone – came to us on a nine-month {{referral order}} (Youth Court case [[case_reference:YC/0931/23]]) for his part in a robbery outside [[organisation:Hillcrest Academy]], where he was in Year 10. ChildView [[case_reference:CV-558120]]. Honestly, his {{AssetPlus}} read like a kid who was already gone: older lads, excluded, mum [[name:Blessing]] working nights and terrified for him.
What went well: we stopped doing appointments at the office and met him at [[organisation:Northside Boxing Club]], where his coach, [[name:Duke]], already had his trust. Our speech and language therapist [[name:Imogen Hart]] found he had never been assessed – he'd been nodding along in every meeting without following half of it. Once we changed how we talked to him, everything changed.
[[name:Ty]] finished his order on [[date:19/12/2023]], got a place at [[organisation:Tyne Coast College]] on the electrical course, and last week he walked into the office to show me his first payslip. [[name:Blessing]] cried. So did I, in the car afterwards.
Thanks to [[name:Imogen]], to our education worker [[name:Femi]], to [[name:Duke]] and to the panel volunteers."""))

# social worker, e-mail chain
R.append(("social_care", "incident", """From: [[name:Lauren Marsh]] <[[email:l.marsh@wigborough.gov.uk]]>
Sent: [[date:Tuesday 4 June 2024]] 16:12
To: Child Protection Admin
Subject: URGENT – letter sent to wrong address – [[name:Poppy]] and [[name:Summer Kaczmarek]]

Hi all,
The conference invite for [[name:Poppy]] ([[age:8]]) and [[name:Summer]] ([[age:5]]) was posted to dad's old address, [[address:27 Gaskell Street, Wigan]] [[postcode:WN5 9DZ]]. Dad is [[name:Tomasz Kaczmarek]]; mum [[name:Justyna]] and the girls are in refuge and there is a non-molestation order. The letter had the refuge's town on it. Mum found out because dad texted her a photo of the envelope.
I've rung the refuge ([[organisation:Safe Haven Lancashire]]) – they are moving the family tonight. Police informed, crime ref [[case_reference:LC-20240604-1183]]. I will raise it at {{MARAC}}.
Could someone please check why the old address was still the correspondence address on LCS ([[case_reference:LCS-771204]])? I changed it weeks ago.

[[name:Lauren]]
[[name:Lauren Marsh]] | Senior Practitioner | [[organisation:Wigan North CIN Team]] | [[phone:0161 496 0732]]"""))

# children's home worker, hurried lower-case
R.append(("social_care", "near_miss", """near miss – meds. [[organisation:oakbank]], evening round [[date:wed 12/3]]. nearly gave [[name:jay]]'s {{melatonin}} to [[name:wren]]. [[name:jay]] is on 2mg, [[name:wren]] ([[age:9]]) on 3mg, both in the same brown bottle from [[organisation:Hollins Pharmacy]], labels turned to the back of the cupboard. only noticed because [[name:wren]] said "thats not my spoon". i was on with [[name:marcin]] who had already signed the {{MAR}} for both before i'd given anything (!!). nobody had the wrong dose in the end.
suggest: different coloured caps, labels facing out, and sign AFTER not before. [[name:jay]] ([[age:11]]) laughed about it but [[name:wren]] got really upset after, said she thought we were trying to poison her, which given her history is not nothing. spent an hour with her. night staff told."""))

# supervising social worker, structured
R.append(("social_care", "success", """What went well:
[[name:Marvellous]] ([[age:9]]) and her brother [[name:Goodness]] ([[age:7]]) have now been with [[name:Comfort Boateng]] and her husband [[name:Kojo]] for 18 months – their longest placement by far (this was placement number six for [[name:Marvellous]]).
[[name:Comfort]] asked early on for help with contact, because the children came back from seeing their birth mum [[name:Abena Mensah]] wired and tearful. Instead of cutting contact we did a {{Signs of Safety}} mapping with everyone, including [[name:Abena]], and moved contact to {{Saturday}} mornings at [[organisation:St Aidan's C of E Primary]], where [[name:Goodness]] is in Year 3, with [[name:Comfort]] supervising instead of the contact centre.
Why it matters:
[[name:Marvellous]]'s attendance has gone from 71% to 98%. [[name:Abena]] told the LAC review on [[date:22/05/2024]] that she now feels "like a mum, not a visitor".
Refs: LCS [[case_reference:1184520]] / [[case_reference:1184521]]. Supervising SW [[name:Dominic Achterberg]], [[organisation:Brightwater Fostering]]."""))

# MASH social worker, SBAR
R.append(("social_care", "incident", """SBAR – MASH contact, [[date:19.11.24]]
S: [[name:Ibrahim Hassan Abdi]], DOB [[date_of_birth:02.09.2024]], [[age:11 weeks old]], brought to [[organisation:St James's University Hospital]] ED by mum with a 2cm bruise to the left cheek. Non-mobile baby. NHS no. [[nhs_number:628 194 8211]].
B: Mum [[name:Hodan Warsame]] ([[age:22]]), first baby, speaks Somali; dad [[name:Abdirahman]] not living at the address. Family at [[address:Flat 12, Lincoln Green Court, Leeds]] [[postcode:LS9 7QP]]. Known to early help only. Phone interpreting via [[organisation:The Big Word]] cut off twice.
A: Explanation (older cousin [[name:Sagal]], [[age:4]], dropped a toy on him) is possible, but this is a bruise on a non-mobile infant so the {{bruising protocol}} applies whatever the explanation. Baby had already been discharged home before we were told – ED had not made the referral.
R: Strategy discussion held 17:30; {{Section 47}} agreed; CP medical tomorrow with paediatrician Dr [[name:Okafor]]. ED have raised Datix [[case_reference:W731190]] re: discharge before referral."""))

# youth offending officer
R.append(("social_care", "near_miss", """Near miss – victim details in PSR draft.
Writing the pre-sentence report for [[name:Callum Payne]] (DOB [[date_of_birth:27/02/2007]]), sentencing at [[organisation:Teesside Magistrates' Court]] on [[date:Thurs 7 March]], case [[case_reference:17TT0442124]]. I copied the offence summary across from the {{CPS}} bundle and it brought the victim's full name and address with it – [[name:Grace Long]], [[address:9 Alder Walk, Thornaby]] [[postcode:TS17 0LR]]. [[name:Callum]] and his family get a copy of the PSR. She's [[age:16]] and her family moved house because of him.
Caught by my manager [[name:Jas]] at QA, the day before it was due to go to court and to his solicitors, [[organisation:Hannigan & Co]].
Suggest: CPS summaries are redacted BEFORE they go on the system, and the PSR template gets a "victim details removed?" tick box. Our {{Victim Liaison}} officer [[name:Robin Akhtar]] agrees.
ChildView [[case_reference:CV-603318]]"""))

# children's home worker, emotional
R.append(("social_care", "success", """I don't know if this is what this form is for but here goes.
[[name:Princess]] has been at [[organisation:Meadowside]] for two years. When she arrived she wouldn't eat with us, slept in her coat and ran nearly every weekend. She turned [[age:14]] on [[date:Saturday 16 November]] and asked for a party AT the house, with staff, and invited her social worker [[name:Eve]] and her old foster carer Mrs [[name:Kowalczyk]]. [[name:Kehinde]] baked the cake (three tiers, purple, lopsided) and [[name:Tomás]] did the playlist. [[name:Princess]] gave a speech. She said "this is my home". Half the staff team were in tears in the kitchen.
What made the difference, I think: the same key worker for two years ([[name:Kehinde]]), never using her past against her, and the {{PACE}} training we all did with [[organisation:Family Futures]]. And we stopped reporting her to police as missing when she was fifteen minutes late – we went and found her instead.
Please pass on to the RI and {{Ofsted}} if that's allowed."""))

# children's home, restraint injury
R.append(("social_care", "incident", """Incident – physical intervention, [[organisation:Hawthorn Lodge]], [[date:23/01/2025]] approx 19:10.
[[name:Harmony]] ([[age:13]]) was banging her head against the dining room wall after a phone call with her dad. [[name:Will]] and I used a {{Team Teach}} two-person hold to guide her to the lounge. [[name:Will]] had her left arm. During the hold [[name:Harmony]]'s wrist twisted and she said she heard a click. Taken to [[organisation:Rotherham Hospital]] UTC by [[name:Grace]] (team leader); X-ray showed a small fracture.
[[name:Harmony]] says [[name:Will]] hurt her on purpose. [[name:Will]] is devastated but we have to follow process – referred to the {{LADO}} on [[date:24/01]], ref [[case_reference:LADO-25-0042]]. He is on non-contact duties for now.
Clearcare incident [[case_reference:IR-2025-0118]]. Dad ([[name:Shane Cooper]]) informed by phone on [[phone:07700 900362]]. Body map completed."""))

# social worker, cross-border transfer
R.append(("social_care", "near_miss", """Near miss – child protection plans not transferred.
[[name:Rhiannon ap Dafydd]] and her children [[name:Cerys]] ([[age:10]]) and [[name:Dai]] ([[age:7]]) moved from [[address:48 Heol y Nant, Caerphilly]] [[postcode:CF83 3JH]] to [[address:Flat 2, 117 Stapleton Road, Bristol]] [[postcode:BS5 0PT]] over the summer. Both children were on plans in Wales under the {{Wales Safeguarding Procedures}}. The transfer-in request never reached us because it was e-mailed to a generic inbox that was switched off months ago. We only found out when [[organisation:Easton Primary]] rang because [[name:Cerys]] told her teacher "we had to run away from the social".
No harm that we know of – mum engaged well, and health visitor [[name:Gwen Pryce-Morgan]] had kept seeing [[name:Dai]]'s baby sister [[name:Lili]]. But it was six weeks with no plan on this side of the bridge.
WCCIS ref [[case_reference:3310457]]; our ref [[case_reference:BCC-CS-90214]]."""))

# kinship / special guardianship
R.append(("social_care", "success", """Success – special guardianship.
Kinship carers [[name:Joy]] and [[name:Leonard Gayle]] ([[name:Robin]]'s maternal grandparents) were granted an SGO at [[organisation:East London Family Court]] on [[date:3rd July 2024]], case no [[case_reference:ZE23P01187]]. [[name:Robin]] is [[age:3]] and came to them at [[age:10 days old]] straight from [[organisation:Homerton]] NICU.
What went well: the {{family group conference}} run by [[organisation:Daybreak FGC]] got the whole family round one table, including [[name:Robin]]'s dad's side, the [[name:Olatunji]] family, who everyone assumed would refuse to come. Grandad [[name:Len]] did the cooking for it. The allowance is paid to [[name:Joy]], NI no. [[ni_number:JK 44 81 27 C]]. [[name:Joy]] said the support plan was the first time anyone had asked what SHE needed, not just what [[name:Robin]] needed.
Social worker [[name:Bisi Taiwo]], [[organisation:Hackney Children and Families Service]]."""))

# youth offending, duplicate records
R.append(("social_care", "incident", """What happened:
Two young people on ChildView called [[name:Mohammed Khan]] – one DOB [[date_of_birth:14/06/2008]], the other DOB [[date_of_birth:04/06/2009]]. A custody update from [[organisation:West Yorkshire Police]] for the younger boy (PNC ID [[case_reference:2009/0441928K]], released under investigation, condition not to contact [[name:Zain Rashid]]) was merged into the older boy's record. The older boy's YOT worker, [[name:Kit Hughes]], then went through those conditions with his mum [[name:Shazia]] at a home visit. She was (rightly) furious.
Why it matters:
Wrong information about a child's offending was shared with another family – a data breach, and it could easily have ended up in a court report.
Records now split. IG ref [[case_reference:IG/24/0377]]. ChildView [[case_reference:CV-441872]] and [[case_reference:CV-512096]]."""))

# children's home, unknown adult at door
R.append(("social_care", "near_miss", """Near miss? Not sure how to class this.
Around 20:30 a man came to the door of [[organisation:Cedar View]] asking for [[name:Amber]] ([[age:15]]), said he was her uncle [[name:Rico]]. Not on her approved contacts list. [[name:Amber]] came running down the stairs to see him. [[name:Sunny]] (senior on shift) kept him on the doorstep and rang [[name:Amber]]'s social worker's out of hours line. [[name:Amber]] has no uncle called [[name:Rico]].
He left in a black Audi, reg [[vehicle_registration:YR67 KXD]], which another young person says picks girls up outside [[organisation:Meadowhall]]. Passed to police as intelligence, ref [[case_reference:SYP-INT-24-88120]], and to the {{MACE}} meeting.
[[name:Sunny]] did everything right. It could so easily have been a new agency worker on the door."""))

# supervising social worker, UASC
R.append(("social_care", "success", """Success – [[name:Yonas Tesfamariam]] ([[age:16]]) arrived with foster carers [[name:Neil]] and [[name:Dawn Short]] at [[address:22 Fennel Way, Ashford]] [[postcode:TN23 5GH]] in the middle of the night, straight from the intake unit, no English, Tigrinya only. [[name:Dawn]] rang [[organisation:Habesha Welcome Kent]] and had a Tigrinya-speaking volunteer, [[name:Senait]], on FaceTime within the hour. [[name:Neil]] learnt ten words of Tigrinya off YouTube by breakfast.
[[name:Yonas]] has his {{Home Office}} interview on [[date:11 February 2025]] (HO ref [[case_reference:T1184426]]), has started ESOL at [[organisation:Ashford College]] and plays for a {{Sunday}} league team. His {{Pathway Plan}} is actually his – he wrote half of it.
Supervising SW: [[name:Martha Oyelaran]]"""))

# contact centre, forwarded e-mail
R.append(("social_care", "incident", """From: Contact Centre Co-ordinator
To: [[name:Victor Hale]]; Duty Team
Subject: FW: incident at contact today – [[name:Ana-Maria Popescu]]

[[name:Victor]] – forwarding [[name:Ioana]]'s account below. Police CAD [[case_reference:1472-15092024]].
-----
At 14:50 during supervised contact at [[organisation:Family Bridges Contact Centre]], [[address:Unit 4, Marlowe Business Park, Luton]] [[postcode:LU2 8DA]], dad ([[name:Florin Popescu]]) asked to take [[name:Ana-Maria]] ([[age:aged 5]]) to the toilet. I said I had to come too. He picked her up and walked out to a silver Passat, [[vehicle_registration:KX19 ZRT]]. I followed and stood in front of the car, and he put her down and drove off. She was crying for mummy. Mum ([[name:Elena]]) collected her at 15:20, no injury. Contact is under a {{child arrangements order}}.
I should have had a second worker on the door – we were down to one because of sickness.
[[name:Ioana Bălan]], Contact Supervisor"""))

# children's home, fire door, lower case fragments
R.append(("social_care", "near_miss", """fire door wedged open again on top landing – [[name:duke]] ([[age:11]]) had been smoking out of the window and wedged the door to let the smoke out. found by [[name:Sandy]] at 01:30 on the waking night check. smoke alarm in his room had the battery out. no fire, thank god.
[[organisation:Firs Farm]] – 3rd time this month. [[name:duke]] says [[name:bobby]] gave him the lighter, [[name:bobby]] says he didnt. alarms are only tested on {{Mondays}} so a battery can be out for six days before anyone knows.
asked [[organisation:Essex County Fire and Rescue]] for a home fire safety visit + talk with the lads. needs adding to the {{fire risk assessment}}. manager [[name:Ade Bankole]] informed [[phone:07700 900158]]."""))

# youth offending, reparation
R.append(("social_care", "success", """Reparation – a good news one.
[[name:Sage]] ([[age:17]]) was on a {{YRO}} (court ref [[case_reference:T20247719]]) and did her 40 hours of reparation at [[organisation:Green Shoots Allotment Trust]]. The allotment manager, [[name:Ruby Cook]], was brilliant with her – gave her her own bed to look after and didn't treat her like "the YOT girl". [[name:Sage]] stayed on as a volunteer after her hours finished, and on [[date:Sat 5 Oct]] she ran the chutney stall at the harvest fair. She has just had her NI number through ([[ni_number:PR203318B]]) and is applying for paid work there.
The victim of her offence, the shop owner Mr [[name:Iqbal]], agreed to a {{restorative justice}} conference earlier in the order. He came to the fair and bought two jars. They shook hands.
Her case manager [[name:Hope Adeyemi]] has put her forward for a youth panel award. Contact: [[email:h.adeyemi@sunderland-yjs.org.uk]]."""))

# social worker, rural visit dog bite
R.append(("social_care", "incident", """What happened:
Home visit [[date:Wed 16/10/24]] to [[name:Gary Hall]] at [[address:Lower Brynmawr Farm, Llanfihangel-nant-Melan]], [[postcode:LD8 2TN]] about his children [[name:Tegan]] ([[age:12]]) and [[name:Rhys]] ([[age:9]]). A farm dog that was not on our risk information bit my colleague [[name:Ffion Jenkins]] on the calf as we got out of the car. No phone signal at the farm; I drove her to [[organisation:Llandrindod Wells Hospital]] myself for a tetanus booster and dressing.
Why it matters:
The {{lone working policy}} says we do a risk check before rural visits, and nobody had ever recorded the dog even though it is on three previous visit notes. [[name:Ffion]] is off for a week, so this may be reportable under {{RIDDOR}}.
WCCIS [[case_reference:5520981]]. Mr [[name:Hall]] was apologetic and has agreed to shut the dog in for future visits."""))

# supervising social worker, allergy
R.append(("social_care", "near_miss", """Near miss – placement information.
Emergency placement on [[date:Friday 31st May]] of [[name:Pearl Adebayo-Knight]] ([[age:8]]) with carers [[name:Robert]] and [[name:Sue Payne]]. The placement information form said "no known allergies". At tea [[name:Pearl]] told [[name:Sue]] she "can't have nuts or she'll die". [[name:Sue]] rang EDT, who reached [[name:Pearl]]'s mum [[name:Folake]]: severe peanut allergy, {{EpiPen}} kept at school. No EpiPen had come with her and the carers had peanut butter out on the table.
GP ([[organisation:Churchill Medical Practice]]) confirmed the allergy in the morning. The form had been filled in from an old record.
Learning: allergies and medication to be checked with a parent or school before any placement, even at 6pm on a Friday.
EDT ref [[case_reference:EDT/24/5531]]."""))

# return home interview
R.append(("social_care", "success", """Success – return home interview.
[[name:Kayden O'Sullivan]], [[age:14yo]], had been missing nine times this year. His RHI was done by [[name:Jay]] from [[organisation:Missing People]], who had seen him twice before and just kept turning up. [[name:Kayden]] disclosed he was being made to carry "parcels" for an older lad known as [[name:Tiny]]. [[name:Jay]] got his consent to share, passed it to DC [[name:Amira Haddad]] the same day, and an {{NRM}} referral went in.
[[name:Kayden]] is now back at [[organisation:Fairfield High School]] part-time with a mentor, [[name:Rocco]], and has had no missing episodes in seven weeks. His nan ([[name:Maureen]]) said it's the first time she has slept properly in a year.
Mosaic [[case_reference:7719204]]."""))

# social worker, e-mail to wrong Mrs Begum
R.append(("social_care", "incident", """From: [[name:Nasreen Akhtar]] <[[email:nasreen.akhtar@towerhamlets-cs.org.uk]]>
To: Information Governance
Subject: Data breach – email to wrong Mrs [[name:Begum]]

I e-mailed the child in need plan for [[name:Ayaan]] ([[age:6]]) to Mrs [[name:Rahima Begum]] instead of his mum, Mrs [[name:Rukhsana Begum]]. Outlook autofilled the address. [[name:Rahima]] is the mum of another child I work with, [[name:Ismail]], and lives on the same estate. The plan included mum's mental health history and dad's ([[name:Shahid Uddin]]) police caution.
Mrs [[name:Begum]] ([[name:Rahima]]) rang me to say she had it and says she has deleted it. I have told [[name:Rukhsana]] and apologised. Do we need to report this to the {{ICO}}?

[[name:Nasreen Akhtar]]
Social Worker, [[organisation:Stepney CIN Team 2]]
[[phone:020 7946 0581]]"""))

# youth offending, appropriate adult
R.append(("social_care", "near_miss", """Near miss – release from custody.
Called out as {{appropriate adult}} to [[organisation:Middlesbrough Police Station]] on [[date:02/03/2025]] at 02:10 for [[name:Tyler Bird]], [[age:15]]. The custody sergeant, Sgt [[name:Cheng]], was about to release him to a man claiming to be his stepdad, [[name:Wayne Gill]], who had turned up to collect him. [[name:Tyler]]'s mum [[name:Kerry]] had told us last month that [[name:Wayne]] is NOT allowed near him (bail conditions on [[name:Wayne]]'s own case). I only knew because I'd read [[name:Tyler]]'s file in the car on the way.
Custody record [[case_reference:CL/02/0311/25]]. [[name:Tyler]] was released to mum at 04:00 instead.
Custody suites can't see our safety plans. They need to."""))

# fostering, EHCP
R.append(("social_care", "success", """Success story – foster carers [[name:Bobby]] and [[name:Mei Lin Chen]].
[[name:Treasure Okafor]], [[age:12]], came into care with no diagnosis and a school report that just said "disruptive". [[name:Bobby]] noticed she could not follow more than one instruction at a time and kept a diary for six weeks. [[name:Mei Lin]] took it to the {{SENCO}} at [[organisation:Kingsmead Academy]] and pushed – politely, relentlessly – for an assessment. The {{EHCP}} was issued in [[date:September 2024]] with 1:1 support in the mornings.
[[name:Treasure]] sang a solo in the school carol concert. [[name:Bobby]] filmed it on his phone and sent it to her social worker and to her birth dad, with his agreement.
Admin note: allowance payroll had [[name:Bobby]]'s NI as [[ni_number:CE 27 49 61 A]] – it is [[ni_number:CE 27 49 16 A]], please correct.
SSW: [[name:Gemma Pugh]], [[organisation:Foster Care Associates]], [[phone:07700 900571]]."""))

# children's home, taxi
R.append(("social_care", "incident", """Incident – young person left using the home's taxi account.
[[name:Journey]] ([[age:16]]) rang [[organisation:Stag Taxis]] from her mobile at 21:05, gave the home's account number ([[case_reference:STG-4471]]) and was picked up at the gate in car [[vehicle_registration:WN68 OVL]]. She was dropped at [[address:14 Clifton Mount, Rotherham]] [[postcode:S65 2AT]] – the address of [[name:Dale Sharp]], an adult male named in her exploitation risk assessment. Staff ([[name:Faith Mbeki]]) noticed she was missing at the 21:30 check.
Police attended the address at 22:40 and brought [[name:Journey]] back. Crime ref [[case_reference:14/118830/24]]. She says nothing happened.
The account number was written on the board in the office, which young people walk past. Now removed, and the taxi firm will only accept bookings from the landline. Notified {{Ofsted}}.
– [[name:Faith Mbeki]], RSW ([[email:f.mbeki@newleafcare.co.uk]])"""))

# ---------------------------------------------------------------------------------------------
# Health (28)
# ---------------------------------------------------------------------------------------------

# midwife, wrong blood in tube
R.append(("health", "incident", """Datix [[case_reference:W482219]] – wrong patient details on crossmatch sample.
Labour ward, [[date:18/08/2024]], nights. [[name:Gintarė Petrauskienė]] (hospital no. [[case_reference:RXH4471902]]), G3P2, PPH approx 1.8L after delivery, {{Syntocinon}} infusion running. Crossmatch bloods were sent with the addressograph labels of the woman in the next room, [[name:Grace Adjei]] ([[case_reference:RXH4471835]]) – both sets of labels were on the same clipboard at the desk. Lab rejected it at the second sample check. Delay to blood about 40 minutes; [[name:Gintarė]] had 2 units of O neg from the fridge in the meantime. She recovered well; baby girl, {{Apgar}} 9 and 10.
Her sister [[name:Dovilė]] interpreted for most of it because the phone interpreter wasn't answering – not ideal in an emergency.
Learning: print labels at the bedside only, one woman's labels in one place."""))

# ward sister, similar names
R.append(("health", "near_miss", """Near miss – nearly the wrong patient.
Two men in bay 3 on [[organisation:Kestrel Ward]]: [[name:John Church]] ([[age:78]], NHS [[nhs_number:186 091 3903]]) and [[name:John Churchill]] ([[age:81]], NHS [[nhs_number:996 030 8243]]). Mr [[name:Churchill]] is on {{warfarin}}; Mr [[name:Church]] isn't. An agency nurse drew up Mr [[name:Churchill]]'s 5mg and was at Mr [[name:Church]]'s bedside with it when our HCA, [[name:Pip]], said "that's not him". Both wristbands read "[[name:JOHN CH]]..." because the print had rubbed off.
What we did: moved them into different bays, name alert above both beds, new wristbands, and asked pharmacy whether EPMA can flag look-alike names.
[[name:Bernadette Kinsella]], Ward Sister"""))

# paramedic, cardiac arrest
R.append(("health", "success", """What went well – cardiac arrest, [[address:Flat 31, Beacon Heights, Drummond Street, Dundee]] [[postcode:DD1 4HN]], [[date:6th Jan]].
Husband [[name:Grant]] started CPR on the kitchen floor with the call handler counting for him. [[name:Dave Long]] from [[organisation:Sidlaw Community First Responders]] arrived in four minutes with an AED and gave two shocks before we got there. ROSC on our third cycle after {{amiodarone}}. Patient [[name:Mairi Robertson]], [[age:58]], taken straight to the cath lab at [[organisation:Ninewells]].
She walked out of hospital nine days later. [[name:Grant]] sent the station a card and a tin of shortbread.
Everybody in the chain did their bit: [[name:Grant]], the call handler, [[name:Dave]], my crewmate [[name:Isla]]. CAD [[case_reference:24-118835]]."""))

# GP receptionist, wrong prescription
R.append(("health", "incident", """Incident – prescription handed to wrong patient.
I work on reception at [[organisation:Brookfield Medical Centre]]. On [[date:Tues 28 Jan]] a lady came in for "Mrs [[name:Gay]]'s prescription". We have two: Mrs [[name:Valerie Gay]] (born [[date_of_birth:1941]]) and Mrs [[name:Linda Gay]] (DOB [[date_of_birth:22/11/1968]]). I didn't check address or DOB because it was 8:05 and the queue was out of the door. I gave [[name:Linda]]'s {{sertraline}} and {{propranolol}} to [[name:Valerie]]'s carer.
[[organisation:Whitworth Chemists]] rang at 11 because the carer had queried it with them. Nobody took anything.
[[name:Linda]]'s NHS no [[nhs_number:993 518 1901]]. Practice manager [[name:Dawn]] aware, significant event meeting booked.
We need a second identifier check even when it's heaving."""))

# HEMS paramedic, RSI syringes
R.append(("health", "near_miss", """Near miss – RSI drug syringes.
HEMS job [[date:12/07/2024]], motorcycle RTC. Patient [[name:Dylan Rees-Pritchard]], [[age:19]], GCS 7. During RSI the {{ketamine}} and {{rocuronium}} were in identical 10ml syringes with handwritten labels. Dr [[name:Adaeze]] was about to push the roc before the induction agent. I (paramedic) caught it on the challenge–response.
Patient flown to [[organisation:Southmead]]. Bike [[vehicle_registration:LD21 HPK]] recovered by police.
[[organisation:Severn Vale Air Ambulance]] ref [[case_reference:SVAA-CG-0291]]. Suggest pre-printed colour-coded labels as per {{ISO 26825}}, and draw up in the same order every time."""))

# midwife, home birth
R.append(("health", "success", """What went well – planned home birth, [[address:5 Orchard Row, Little Snoring]] [[postcode:NR21 0HS]].
[[name:Favour Eze]] ([[age:34]], G2P1, {{VBAC}}) laboured at home with her partner [[name:Joy]]. Baby boy [[name:Chidi]] born in the pool at 04:12 on [[date_of_birth:03/01/2025]]. The second midwife, [[name:Sian]], got there twenty minutes before the birth despite the snow, because our community lead [[name:Rachel Frost]] rang her early instead of waiting for full dilatation.
Physiological third stage, no tear, baby fed within the hour. [[name:Favour]]'s first birth was an emergency section at [[organisation:Norfolk and Norwich]], so this meant a great deal to her. We followed the {{NICE}} intrapartum guidance and her birth plan to the letter.
MRN [[case_reference:00917733]]."""))

# ward sister, fall
R.append(("health", "incident", """Datix [[case_reference:DW-2024-18842]]
Mr [[name:Harjit Singh Dhillon]], an [[age:87-year-old]] gentleman with {{Parkinson's}}, was found on the floor by HCA [[name:Rose]] at 03:20 on [[organisation:Lapwing Ward]]. Hip fracture confirmed on X-ray. He was assessed as high falls risk and should have had a bed sensor, but it had not been plugged back in after his bed was changed. His {{levodopa}} had also been given two hours late the evening before, which we know makes him more unsteady.
His son [[name:Gurpreet]] was not told until 09:00, nearly six hours later. The family are understandably upset about the delay.
Hosp no [[case_reference:K2219044]]. Duty of candour conversation done by Sister [[name:Okoro]]."""))

# paramedic, wrong hospital
R.append(("health", "near_miss", """Near miss – nearly took a STEMI to the wrong hospital.
Mrs [[name:Vu Thi Lan]], [[age:72]], chest pain at her daughter's house, [[address:88 Sandon Road, Stafford]]. 12-lead showed an inferior {{STEMI}}. My crewmate [[name:Tom Baker-Lowe]] started driving to [[organisation:County Hospital]] – it's the nearest ED and he works out of that station most days. I caught it at the first junction: STEMI goes direct for PPCI at [[organisation:Royal Stoke]]. Lost about three minutes.
Her daughter [[name:Linh]] interpreted, and rang her brother in Birmingham on the way.
PRF [[case_reference:PRF-5521873]]. Would like a destination prompt on the ePR when "STEMI" is ticked."""))

# GP receptionist, domestic abuse
R.append(("health", "success", """Good catch – reception.
[[name:Ayşe Yılmaz]] (DOB [[date_of_birth:09/09/1990]]) rings every few weeks to book appointments, but her husband [[name:Mehmet]] usually does the talking. On [[date:Monday 10th]] she rang herself, whispering, asking if a doctor could "look at my arm". I asked "are you safe to talk?" – we learned that on the {{IRIS}} training. She said no and hung up.
I flagged it to Dr [[name:Kaur]], who rang back at a time [[name:Ayşe]] had mentioned her husband is at work, and booked her a double appointment with a Turkish interpreter from [[organisation:DA Languages]], without [[name:Mehmet]]. She has now seen the IRIS advocate.
[[organisation:Parkview Surgery]]. I just wanted the reception team to know that what we do matters."""))

# clinical pharmacist, e-mail
R.append(("health", "incident", """From: [[name:Ifeoma Nnadi]] <[[email:ifeoma.nnadi@nhs.net]]>
To: Discharge Lounge Co-ordinator
Subject: Discharge summary sent to wrong GP – [[name:Stanley Webb]]

Hi [[name:Neil]],
Mr [[name:Webb]] (NHS [[nhs_number:937 865 7974]], DOB [[date_of_birth:17-Aug-1949]]) was discharged on [[date:29/09]] after an admission with {{C. diff}}. His discharge summary went to [[organisation:Oakhill Surgery]] in Bury instead of his own practice, [[organisation:Oakhill Medical Practice]] in Burnley. His new {{apixaban}} was never started in the community because his GP didn't know about it. He was readmitted on [[date:14/10]] with a TIA.
Spine still had his old practice code. Can we talk about who checks the GP on the TTO?

[[name:Ifeoma Nnadi]]
Clinical Pharmacist, [[organisation:East Lancashire Hospitals]]
[[phone:01632 960318]]"""))

# ward sister, SBAR sepsis
R.append(("health", "near_miss", """SBAR
S – [[name:Kwame Asante]], [[age:64]], MRN [[case_reference:00733192]], bay 2, [[organisation:Birch Ward]]. A {{NEWS2}} score of 7 at 06:00 went unrecognised for two hours: obs were on paper during the EPR downtime and nobody added them up.
B – Admitted two days ago with a UTI, on {{gentamicin}}, type 2 diabetes.
A – Septic, lactate 4.1. Picked up by student nurse [[name:Poppy Hughes]] when she typed the paper obs into the system at 08:00. Sepsis Six started 08:10. Now on HDU and improving.
R – Paper obs charts used during downtime need the scoring chart on the back, and the nurse in charge should check scores hourly. Please can [[name:Poppy]] be thanked formally – she didn't wait to be told."""))

# midwife, booking with interpreter
R.append(("health", "success", """Success – booking appointment.
[[name:Shahana Akter Chowdhury]], [[age:19]], first pregnancy, arrived in the UK three months ago and speaks {{Sylheti}} only. Booked at [[organisation:Whitechapel Children's Centre]] on [[date:8th March 2024]]. Her husband [[name:Rafiq]] and his mother both offered to interpret, but I booked a female Sylheti interpreter through [[organisation:Language Line]] and saw [[name:Shahana]] on her own for part of the appointment, as we always should.
On routine enquiry she disclosed she had not been allowed out of the flat since arriving. Referred to the [[organisation:Barts Health]] safeguarding midwives and an IDVA the same day. She is now in a refuge and still attending antenatal care.
NHS [[nhs_number:543 231 9489]]."""))

# paramedic, assault on crew
R.append(("health", "incident", """What happened: Assault on crew, [[date:Sat 21 Dec]], 23:50, outside [[address:14 Mafeking Terrace, Sunderland]] [[postcode:SR4 6QT]]. Called to a male, [[name:Lee-Roy Simmons]], [[age:34]], head wound after a fall. While we were assessing him he punched my crewmate [[name:Miles]] in the face. [[name:Miles]] has a fractured orbit. Police attended, crime ref [[case_reference:NE/24/552190]].
Why it matters: This address has had a violence warning marker since 2022, but it didn't show on the MDT because the job was entered as "[[address:14 Mafeking Tce]]". We'd have waited for police if we'd known.
[[name:Miles]] will be off for at least six weeks. Please can the markers match on partial addresses."""))

# GP receptionist, caller asking for results
R.append(("health", "near_miss", """Near miss – caller asking for results.
A woman rang saying she was the daughter of [[name:Eileen Cook]], [[age:84]], and asked for her mum's blood results. She knew the DOB ([[date_of_birth:3.4.40]]) and the address ([[address:Flat 9, Meadowcroft, Church Lane, Shildon]]). I started reading them out, then remembered we had no consent on file. Checked: Mrs [[name:Cook]]'s record has an alert – estranged daughter [[name:Tracey]], not to be given any information. The caller had said her name was [[name:Trace]].
I stopped, told Dr [[name:Ali-Hassan]] and our practice manager. Mrs [[name:Cook]] has been told. NHS [[nhs_number:252 760 1898]].
Our {{Caldicott Guardian}} is reviewing the phone script."""))

# ward sister, dementia
R.append(("health", "success", """What went well:
Mr [[name:Wilfred Hartley]] – [[name:Wilf]] – [[age:91]], advanced dementia, admitted with a chest infection. His daughter [[name:Rose]] filled in his {{This is Me}} the day he came in. It said he'd been a railway signalman for forty years and gets agitated in the small hours because he thinks he has "a shift to get to". So night staff [[name:Faith]] and [[name:Tunde]] sat with him at 4am and talked trains, and [[name:Tunde]] printed him a timetable.
No {{haloperidol}}, no falls, no one-to-one agency needed for his whole stay. Discharged to [[organisation:Beechwood Care Home]] on [[date:Friday 4th October]] with his timetable in his bag.
[[name:Rose]] wrote to the ward to say thank you."""))

# ED / trauma, CT down
R.append(("health", "incident", """What happened: Trauma call, [[date:19/05/2024]]. [[name:Kacper Wiśniewski]], [[age:26]], fall from scaffold, arrived by air with [[organisation:Mercia Air Ambulance]]. The CT scanner was down for planned maintenance – nobody had told ED or the air desk. He sat in {{resus}} for 55 minutes waiting for transfer to [[organisation:Queen Elizabeth Hospital Birmingham]].
He was booked in as [[case_reference:UNKNOWN-MAJ-0417]] until police found his details. His employer, [[organisation:Brindley Scaffolding Ltd]], gave us his NI number ([[ni_number:SN 71 26 04 A]]), which is how we matched his records, and his partner's number: [[name:Zuzanna]], [[phone:+48 601 555 012]].
Why it matters: planned downtime of the only CT in a trauma unit should go to ambulance control and the air ambulance desk. He could have been flown straight to the MTC."""))

# midwife, twins
R.append(("health", "near_miss", """Near miss – baby identification.
Twins born [[date:02.02.2025]] to [[name:Agnieszka Nowak]] (hosp no [[case_reference:MID0228815]]): Twin 1 girl, [[name:Hope]]; Twin 2 boy, [[name:Oliwer]]. Both babies had "Baby [[name:Nowak]]" bands with no twin order on either. On the postnatal ward [[name:Hope]] needed a repeat bilirubin and the sample was about to be taken from [[name:Oliwer]] – dad ([[name:Paweł]]) noticed the blue hat.
If the wrong baby's bilirubin had been reported as normal we could have missed {{kernicterus}} risk in [[name:Hope]].
Bands reprinted with "Twin 1"/"Twin 2". Raised with the {{NIPE}} team as well."""))

# paramedic, frequent faller
R.append(("health", "success", """What went well – frequent caller.
Mr [[name:Bernard Sharp]], [[age:93]], [[address:2 Mill Cottages, Ashby Road, Coalville]] [[postcode:LE67 3LB]]. Eleven calls in six weeks for falls without injury, usually at night. On [[date:27 Nov]] me and [[name:Kofi]] stayed an extra twenty minutes, did lying and standing BPs (big drop – {{postural hypotension}}) and referred him to [[organisation:Leicestershire Falls Prevention Service]] and his GP at [[organisation:Hugglescote Surgery]].
His tablets were changed and [[organisation:Age UK Leicester Shire & Rutland]] put in a pendant alarm. One call in the three weeks since.
His daughter, [[name:Karen]], rang from Australia to thank us. Sometimes the extra twenty minutes is the job."""))

# mental health nurse, e-mail
R.append(("health", "incident", """From: [[name:Kit Mwangi]]
Sent: [[date:11 April 2024]] 07:43
To: Ward Manager, [[organisation:Lowry Unit]]
Subject: Incident overnight – patient AWOL

Hi [[name:Pat]],
[[name:Ruby Sandoval]] ([[age:24]], detained under {{Section 3}} of the {{Mental Health Act}}) left the ward at 01:15 by following the domestic out through the airlock. Police informed ([[case_reference:GMP-20240411-0066]]); she was found by officers at 05:30, cold but unharmed, and brought back. Hosp no [[case_reference:MH0419927]].
This is the second tailgate this month. The airlock only works if the first door is checked as shut before the second opens, and at night there's one nurse covering both.
[[name:Kit]]
[[name:Kit Mwangi]], Staff Nurse (nights)"""))

# ward sister, NG tube
R.append(("health", "near_miss", """Near miss – NG tube placement.
Patient [[name:Seán Ó Briain]], [[age:aged 45]], {{Crohn's disease}}, NG inserted 16:00 on [[organisation:Heron Ward]]. Aspirate pH 6, so chest X-ray requested. The F1, Dr [[name:Lucy Sun]], looked at the film and documented "NG in stomach"; the feed was about to be connected. I (ward sister, [[name:Maggie]]) wasn't happy with the picture and asked the radiology registrar – tip in the right main bronchus. Removed, no harm.
Datix [[case_reference:WEB-99187]]. This would have been a {{never event}} reportable to {{NHS England}}. The F1 hadn't done the NG X-ray competency yet and nobody had checked."""))

# GP receptionist, child sepsis
R.append(("health", "success", """Good catch. [[name:Priya Patel]] rang at 08:30 for an appointment for her son [[name:Sunny]] ([[age:2]]). No appointments left. She mentioned "he's a bit blotchy and sleepy" almost as an aside. I went through the red flag questions we did on the {{Spotting the Sick Child}} session – cold hands, not passing urine since yesterday – and told her to ring 999 while I got Dr [[name:Desai]].
[[name:Sunny]] had {{meningococcal}} sepsis. He was in PICU at [[organisation:Leicester Royal Infirmary]] for four days and is now home.
Reception team on that morning: me, [[name:Jaspreet]] and [[name:Carol Mills]]. [[organisation:Belgrave Health Centre]]. Dr [[name:Desai]] has asked us to do the session again for the new starters."""))

# midwife, shoulder dystocia
R.append(("health", "incident", """Incident – shoulder dystocia, delayed help.
[[name:Nia Llewellyn]] ([[age:31]]), hosp no [[case_reference:G2204471]], birth at 02:14 on [[date:Sunday 20th October]] at [[organisation:Cwtch Birth Centre]]. Head delivered, turtle sign. The junior midwife, [[name:Ffion]], did {{McRoberts}} and suprapubic pressure while I pulled the emergency bell – it had been taped over after complaints about noise, and nothing sounded. I had to shout down the corridor. Baby [[name:Elis]], Apgars 2, 6 and 9, transferred to NICU at [[organisation:Glangwili]]. Possible {{Erb's palsy}}.
Tape removed. Who taped it, and why nobody reported the noise properly instead, needs to be looked at."""))

# paramedic, Oramorph
R.append(("health", "near_miss", """end of life, [[date:tues 14/1]]. called by wife for "pain crisis". pt Mr [[name:Thomas Wren]], [[age:79]], [[address:The Old Forge, Holt Lane, Wickham Bishops]] [[postcode:CM8 3LN]], metastatic prostate ca. wife [[name:Sandra]] about to give {{Oramorph}} – she'd drawn up 20ml in the big syringe from the box, dose is 2.5ml. stopped her in time. the only oral syringe left in the house was a 20ml one, the 5ml ones had run out.
gave his PRN via the syringe driver route as per the JIC meds, rang [[organisation:Farleigh Hospice]] 24hr line who arranged a DN visit + more 5ml syringes. [[name:Sandra]] is exhausted and frightened of getting it wrong.
CAD [[case_reference:EEAST-250114-3372]]"""))

# ward sister, allergy
R.append(("health", "success", """What went well – staff nurse [[name:Tharshini Sivakumar]] stopped a dose of {{co-amoxiclav}} for Mr [[name:Colin Marsh]] ([[age:67]]) on [[date:3/9/24]]. No allergy on our EPMA. He'd said on admission "I'm allergic to something beginning with P" and nobody followed it up. [[name:Tharshini]] checked his {{Summary Care Record}}: penicillin – anaphylaxis, 1998.
Hospital no. [[case_reference:RJ7 003 1884]]. Allergy added, Dr [[name:O'Keeffe]] changed to clarithromycin.
[[name:Tharshini]] is a newly qualified nurse from our international recruitment cohort and did exactly what we teach. I've nominated her for the {{Daisy Award}}. – Sister [[name:Gill Abernethy]]"""))

# GP, results not actioned
R.append(("health", "incident", """What happened: A raised PSA for [[name:Kieran Doyle]] (d.o.b [[date_of_birth:12-Aug-1958]]) was filed as "no action" by a locum, Dr [[name:Farouk]], on [[date:15/03/2024]]. It was only picked up when Mr [[name:Doyle]] came back with urinary symptoms months later. He has since been diagnosed with prostate cancer; we don't yet know whether the delay has changed his outcome.
His wife [[name:Siobhan]] has made a formal complaint, ref [[case_reference:CMP/24/118]]. NHS [[nhs_number:555 979 7111]]. [[organisation:Riverside Group Practice]].
Why it matters: locums file results in the same workflow as partners, with no second look at anything abnormal they mark "no action"."""))

# community midwife, wrong address
R.append(("health", "near_miss", """Near miss – postnatal visit.
Day 5 visit for [[name:Marie-Claire Dubois]] and baby [[name:Léa]]. The address on the system was [[address:12 Victoria Road, Kirkby]] [[postcode:L32 8TY]], which was her old address – she had given the new one at booking and it was on the paper notes but never updated on the system. I went to the old address and the door was opened by her ex-partner, [[name:Jordan Birch]], who is subject to a non-molestation order. I very nearly said "I've come to see the baby".
I said I had the wrong house and left. [[name:Marie-Claire]] is safe; the visit was done at her new address that afternoon. {{MARAC}} chair informed. Hosp no [[case_reference:AH2219087]].
[[name:Bronwen Toal]], Community Midwife – [[email:bronwen.toal@nhs.net]]"""))

# paramedic, joint working with police
R.append(("health", "success", """Success – joint working.
Called at 22:10 to [[name:Daisy-Mae Thornton]], [[age:17]], on the top deck of a multi-storey car park in town, in crisis. Sgt [[name:Price]] and PC [[name:Nkemdirim]] were already there. Instead of moving in, Sgt [[name:Price]] let me do the talking and they kept the public back. It took ninety minutes. [[name:Daisy-Mae]] came down on her own.
No {{Section 136}} needed: the {{CAMHS}} crisis team met us at [[organisation:Harbour Place]] and her mum [[name:Charlene]] came. Police log [[case_reference:SWP-1123-0311]].
I've been in this job eleven years and that was the best joint job I've done."""))

# ward sister, pressure ulcer
R.append(("health", "incident", """Datix: [[case_reference:INC-8812047]]
Mrs [[name:Dorothy Bell]], [[age:88 yrs]], admitted from [[organisation:Hollybank Nursing Home]] on [[date:2.11.24]] with a category 4 sacral pressure ulcer, bone visible. {{Waterlow}} at the home was recorded as 8 the week before, which cannot be right. Her son [[name:Graham]] says he raised concerns about her being left in bed and was told she "refuses to be turned".
Safeguarding concern raised with [[organisation:Stockport Adult Social Care]]. NHS [[nhs_number:507 529 1708]]. Photos on the EPR with consent from [[name:Graham]] (LPA health and welfare).
– [[name:Annette Ogunleye]], Ward Sister"""))

# ---------------------------------------------------------------------------------------------
# Aviation (22)
# ---------------------------------------------------------------------------------------------

# first officer, level bust
R.append(("aviation", "near_miss", """What happened: Departing [[organisation:Aberdeen]] as [[flight_number:LOG7KP]], {{ATR 72}} [[aircraft_registration:G-LMRX]]. Cleared to 6000 ft. I read back 6000, but Capt [[name:Harlow]] (PF) set 8000 in the alerter – we'd had an 8000 clearance on the previous sector. I saw it passing 5400 and called "six thousand", he levelled at 6150. No {{TCAS}}, ATC didn't comment.
Why it matters: Neither of us cross-checked the setting against the readback. Runway change, late load sheet, we were both heads down.
What went well: Captain thanked me on the spot and we briefed it at the next turnaround.
FO, [[organisation:Loganair]]. Company ASR [[case_reference:LOG-ASR-24-1187]]."""))

# cabin crew, disruptive passenger
R.append(("aviation", "incident", """Disruptive passenger – [[flight_number:EZY6412]] [[organisation:Gatwick]]–[[organisation:Alicante]], [[date:27/07/2024]], {{A321neo}} [[aircraft_registration:G-UZMF]].
Passenger [[name:Darren Stone]], seat 14C, drunk on boarding (we think from duty free). Refused to stop vaping in the rear toilet. When I (No.3, [[name:Jade]]) took the vape off him, he grabbed my wrist and twisted it. Our No.1, [[name:Kat Reyes]], informed {{the flight deck}} and Captain [[name:Sharma]] requested police on arrival. [[organisation:Guardia Civil]] met the aircraft.
Witness: Mrs [[name:Eleanor Gold]], 14A, gave her details ([[phone:+44 7700 900819]]).
My wrist is sprained. Company ref [[case_reference:DPX-2024-3301]]."""))

# ramp agent, fuel leak
R.append(("aviation", "success", """Good catch on a turnaround.
[[flight_number:KL1084]], {{Embraer 175}} [[aircraft_registration:PH-EXR]], stand 6 at [[organisation:Newcastle Airport]]. I'm a ramp agent with [[organisation:Aerohandle UK]]. On my walkround I noticed fuel dripping steadily from the left wing vent. Told the dispatcher, [[name:Gaz]], and the captain straight away. The [[organisation:KLM]] contract engineer, [[name:Ryszard Zieliński]], found a stuck float valve. Aircraft went tech and the passengers were rebooked.
Our supervisor [[name:Sharon Webb]] said if it had gone it could have vented fuel on the climb.
Ref [[case_reference:AH-NCL-0932]]. Just want the new starters to know – if something looks wrong, say it."""))

# ATCO, runway incursion
R.append(("aviation", "near_miss", """Near miss – runway incursion, [[organisation:Bristol Airport]] ([[organisation:EGGD]]), [[date:4 September 2024]] 14:22.
Airside ops vehicle "Ops 2" (driver [[name:Kev]]) entered runway 27 at A2 after reading back "hold short" as "cross". I didn't catch the readback because [[flight_number:RYR83DT]] was calling at the same time. [[flight_number:EZY12BQ]], an {{A320}}, was on 3-mile final. The ground movement controller, [[name:Priyanka]], saw the vehicle on the ASMGCS and I sent the A320 around.
Closest point about 1.5nm. Our ref [[case_reference:ATC-OR-24/0915]], {{CAA}} MOR submitted. Blocked transmissions again – third time this month."""))

# HEMS paramedic, downwash
R.append(("aviation", "incident", """HEMS – downwash damage at landing site.
[[date:Sun 14 April 2024]], [[aircraft_registration:G-HMSV]] ({{AW169}}), landed on the field of [[organisation:Ysgol Glan Tywi]] for a paediatric cardiac arrest at [[address:Pen-y-Bryn, Heol Cennen, Ffairfach]] [[postcode:SA19 6UL]]. On final, downwash lifted a trampoline out of a neighbouring garden; it hit a parked car, [[vehicle_registration:CU17 WHB]]. No one hurt.
Patient [[name:Osian]] ([[age:6]]) had ROSC on scene with the land crew and was flown to [[organisation:Noah's Ark Children's Hospital for Wales]].
Pilot Capt [[name:Llewelyn Morgan]], TCM [[name:Hayley Hodge]]. The recce from the air didn't spot the trampoline behind the hedge. Occurrence ref [[case_reference:OR-2024-0417]]. Not an {{AAIB}} matter but the car owner, Mr [[name:Prosser]], will need contacting."""))

# airport security officer
R.append(("aviation", "success", """Security – good detection.
[[date:Friday 12 July]], lane 4, [[organisation:Manchester Airport]] T2. X-ray operator [[name:Chinedu Obi]] spotted a ceramic knife sewn into the lining of a child's backpack. The bag belonged to Mr [[name:Frank Lomax]], flying to [[organisation:Tenerife South]] on [[flight_number:TOM2316]] with his grandson [[name:Alfie]] ([[age:7]]). [[name:Alfie]]'s mum had lent him the bag and forgotten the knife was in there from a camping trip. [[organisation:GMP]] advised, no further action, and they made the flight.
Credit to [[name:Chinedu]] – ceramic blades are hard to see and he'd only just passed his {{TIP}} assessment. Incident ref [[case_reference:MAN-SEC-24-07112]]."""))

# cabin crew, infant oxygen masks
R.append(("aviation", "near_miss", """Near miss – infant seating.
[[flight_number:BA1472]] [[organisation:Heathrow]]–[[organisation:Edinburgh]], {{A320}}. Passenger [[name:Oyinda Bakare]] with her infant, [[name:Favour]] ([[age:9 months]]), was seated in 12F by the check-in system. Row 12 right side doesn't have a spare oxygen mask, so an infant can't sit there. [[name:grace]] at the L1 door noticed the infant boarding card and rechecked the seat plan.
We moved them to 14F before pushback. If we'd had a decompression there would have been no mask for the baby.
Two seats in the same cabin were allocated wrongly this month. Flagged to the load control team. Crew: CSM [[name:Toby Ferreira]], [[name:Grace Ansah]], [[name:Aoife]]."""))

# ramp agent, belt loader
R.append(("aviation", "incident", """What happened: [[date:03/10/2024]], stand 12, [[organisation:East Midlands Airport]]. A belt loader driven by new starter [[name:Callum Reid]] hit the aft hold door surround of [[aircraft_registration:G-JMCX]] ({{Boeing 737-800}}, operating [[flight_number:TAY441]]). 4cm dent. [[name:Callum]] had no banksman because [[name:Bez]] had been pulled to another stand to cover a late arrival.
Aircraft AOG, 78 passengers delayed about six hours.
Why it matters: New starters are supposed to have a banksman for their first three months. When we're short, that's the first thing that goes.
[[organisation:Midlands Ground Services]] ref [[case_reference:SAF-EMA-24-118]]. [[name:Callum]] is OK but shaken."""))

# ATCO, trainee good catch
R.append(("aviation", "success", """Good catch by a trainee.
[[date:22nd Feb]], [[organisation:Swanwick]], sector 5. Trainee [[name:Olamide]], under OJTI [[name:Pete Marsh]], noticed that [[flight_number:EZY45TG]] and [[flight_number:TOM7FP]] would converge at FL340 about ten minutes before {{STCA}} would have said anything – they'd both been given direct routings by different sectors. She climbed [[flight_number:TOM7FP]] to FL360 and the problem went away.
[[name:Pete]] said he'd seen it too but wanted to see if she would. She did. Her validation board is next month.
Unit ref [[case_reference:SWK-GC-2024-044]]."""))

# first officer, load sheet
R.append(("aviation", "near_miss", """Near miss – load sheet.
[[organisation:Jet2]] [[flight_number:LS1247]], [[organisation:LBA]]–[[organisation:DLM]], [[aircraft_registration:G-DRTB]], {{Boeing 737-800}}. The final load sheet showed 168 passengers; the gate said 186 – two digits swapped when the dispatcher, [[name:Nadia]], keyed the figure. Our takeoff performance was calculated on the lower weight. I (FO) spotted it doing the cross-check against the cabin count from our No.1, [[name:Summer]]. Capt [[name:Kowalski]] had already signed.
New figures, new performance, 12-minute delay. Not a big margin at that weight on a hot day, but it was the wrong number.
Company ref [[case_reference:FSR/24/3391]]."""))

# cabin crew, turbulence
R.append(("aviation", "incident", """Turbulence injury – [[organisation:Virgin Atlantic]] [[flight_number:VS103]], [[organisation:LHR]]–[[organisation:ATL]], [[date:16 Aug 2024]], {{A350-1000}} [[aircraft_registration:G-VPRD]].
Seat belt sign came on about 40 seconds before severe turbulence over the Atlantic. Crew were still clearing the meal trolleys. [[name:Pearl]] (crew, R3) fell against a trolley and broke her wrist. Passenger Mr [[name:Okonjo]], 31D, who was standing in the aisle, cut his head.
Our CSD, [[name:Victoria Ashdown-Price]], called for medical assistance and a doctor on board, Dr [[name:Ana Ribeiro]], helped.
Serious injury to crew – {{AAIB}} notified. Company ref [[case_reference:VS-OCC-2024-7781]]. We need an earlier call from the flight deck when they can see weather ahead."""))

# HEMS paramedic, night landing
R.append(("aviation", "success", """What went well – night HEMS.
[[date:Thurs 30 Jan]], 21:40, [[aircraft_registration:G-NHAA]]. Child [[name:Ellie-Mae Rowntree]] ([[age:4]]), scald injury, at [[address:Hollin Hall Farm, Fadmoor]] [[postcode:YO62 7HY]]. Dad [[name:Rob]] had lit the yard with both tractors and cleared the sheep from the paddock before we arrived, on advice from the air desk – best night site I've ever landed on.
Pilot Capt [[name:Miriam Fenwick]] did the recce on NVG; TCM [[name:Stu]] did the landing lookout. Flown to [[organisation:Leeds General Infirmary]] burns unit in 22 minutes.
[[organisation:Yorkshire Air Ambulance]] mission [[case_reference:YAA-24-3310]]."""))

# airport security officer, staff search
R.append(("aviation", "near_miss", """Near miss – staff search.
Staff search point 2, [[organisation:Stansted]], [[date:06.11.24]], 04:40. A contractor, [[name:Dariusz Nowicki]] (ID pass [[case_reference:STN-88120]], NI [[ni_number:WL621983D]] on the vetting record), went through the archway and it alarmed. My colleague [[name:Bev]] was distracted by a queue of caterers and waved him on. I stopped him at the exit: folding knife in his hi-vis jacket pocket. He said it was for opening boxes; his firm, [[organisation:Airside Fit-Out Ltd]], confirmed.
Why it matters: staff screening at 04:30 is the busiest it gets with one officer on the archway. A {{DfT}} inspector would have failed us.
[[name:Bev]] is mortified. She is a good officer, she was just swamped."""))

# ramp, pushback
R.append(("aviation", "incident", """Incident – towbar shear pin failure on pushback.
[[date:Mon 9 Sept]], stand 33, [[organisation:Birmingham Airport]]. [[flight_number:TOM4522]] ({{Boeing 737 MAX 8}}, [[aircraft_registration:G-TUMH]]). Shear pin failed during the turn; the aircraft rolled forward about a metre before the captain braked. Headset operator [[name:Jamal Afolabi]] was walking on the left side and had to step back sharply. No injuries.
The tug ([[vehicle_registration:BX62 MLT]]) and towbar were from [[organisation:Skyline Ramp Services]]. Towbar had a replacement pin from another make of bar.
Ref [[case_reference:GSR-BHX-0088]]. Engineering inspection of the nose gear, 40-minute delay. Supervisor [[name:Neil Hughes]] [[phone:07700 900246]]."""))

# cabin crew, medical emergency
R.append(("aviation", "success", """What went well – medical emergency.
[[flight_number:EI164]] [[organisation:Dublin]]–[[organisation:Heathrow]], [[aircraft_registration:EI-FMV]]. Passenger [[name:Siobhán Ní Mhurchú]], [[age:aged 61]], collapsed in 7C. I (No.2) did the PA for a doctor; a GP, Dr [[name:Rajesh Varma]], and an off-duty nurse, [[name:Colm]], came forward. Blood sugar 1.9 – she has {{type 1 diabetes}} and hadn't eaten. Glucose gel from the kit, then orange juice and sandwiches from the trolley. She was sitting up within ten minutes.
Paramedics met the aircraft. Her husband [[name:Donal]] ([[phone:+353 87 555 0143]]) wrote to [[organisation:Aer Lingus]] to thank the crew.
Occurrence ref [[case_reference:EIN-MED-24-2219]]."""))

# ATCO, similar callsigns
R.append(("aviation", "near_miss", """Near miss – callsign confusion.
[[organisation:Gatwick]] approach, [[date:Saturday 20 July]], evening rush. [[flight_number:EZY234]] and [[flight_number:EZY243]] on frequency at the same time. I descended [[flight_number:EZY234]] to 4000; [[flight_number:EZY243]] read it back and started descending. My assistant, [[name:Robin]], spotted the Mode S selected level change before I did. Corrected at 4600 ft, about 3nm and 800 ft from traffic.
Similar callsigns have been on the list since spring. The company ([[organisation:easyJet]]) changed one last year and it's crept back.
Ref [[case_reference:LGW-MOR-24-1170]]. {{NATS}} safety team informed."""))

# security, assault on officer
R.append(("aviation", "incident", """Incident – assault on security officer.
[[date:28/12/2024]], 06:15, Central Search, [[organisation:Glasgow Airport]]. Passenger [[name:Craig McAllister]] (DOB [[date_of_birth:14.02.1986]], boarding [[flight_number:LS197]] to [[organisation:Lanzarote]]) refused to remove his laptop from his bag. When my colleague [[name:Ayesha]] explained again, he pushed her into the tray return. She has bruising to her back.
[[organisation:Police Scotland]] attended, crime ref [[case_reference:PS-20241228-0147]]. He was not allowed to travel.
We were two officers down that morning. The queue was 40 minutes and everyone was on edge. [[name:Ayesha]] has been offered counselling through [[organisation:Health Assured]]."""))

# cabin crew, go-around
R.append(("aviation", "success", """What went well – go-around. [[flight_number:LM557]] [[organisation:Kirkwall]]–[[organisation:Aberdeen]], {{Saab 340}} [[aircraft_registration:G-LGNO]], [[date:1st Dec]].
On approach, the FO, [[name:Grant]], called "go around" at about 200 ft when the windshear warning went. Capt [[name:Isobel Reid]] flew the go-around without hesitation. I was in the cabin and heard the power come up. The second approach was fine.
In the debrief the captain made a point of thanking [[name:Grant]] for calling it – he's been on the line six weeks. That's the kind of flight deck I want to work with.
Passengers were calm; Mrs [[name:Flett]] in 3A asked if she could send the crew a card."""))

# ramp agent, dangerous goods
R.append(("aviation", "near_miss", """near miss – DG in hold bag
loading [[flight_number:U22147]] to [[organisation:Kraków]] on [[date:18/9]], noticed a hold bag humming + warm. tag said [[name:WISNIEWSKA/ALICJA]] MS. pulled it, told my team leader [[name:Dom]]. passenger ([[name:Alicja Wiśniewska]]) called back from the gate, opened it with police: e-scooter battery, switched on, charging a power bank.
{{lithium}} battery in the hold – fire risk. if id loaded it and not said anything...
ref [[case_reference:DGO-LTN-24-0591]]. [[organisation:Luton]] ramp, [[organisation:Menzies]]."""))

# HEMS, bird strike
R.append(("aviation", "incident", """Occurrence – bird strike, HEMS transit.
[[date:Weds 7 May]], approx 16:05, [[aircraft_registration:G-KSSH]] ({{H145}}), returning to base after a job at [[address:Crow Lane Farm, Lydden]]. Pigeon-sized bird struck the windscreen at 1200 ft. Cracked outer ply, no penetration. Pilot Capt [[name:Tobias Vane]] landed in a field and we waited for engineering.
Crew: Capt [[name:Vane]], paramedic (me), Dr [[name:Nkechi Obi]]. No patient on board, thankfully.
[[organisation:Kent Surrey Sussex Air Ambulance]] occurrence [[case_reference:KSS-OCC-25-0112]]; {{CAA}} MOR submitted. Aircraft off line three days."""))

# ATCO, lost VFR pilot
R.append(("aviation", "success", """What went well – lost VFR pilot.
[[date:Sunday 11 August]], [[organisation:Cardiff Radar]]. Student pilot on a solo nav, [[aircraft_registration:G-BOYH]] ({{Cessna 152}}) from [[organisation:Haverfordwest]], called "unsure of position" over the Bristol Channel with about 40 minutes' fuel. I gave a squawk, identified him, and steered him to [[organisation:Cardiff]]. He was very calm. His instructor, [[name:Megan Huws]], rang the unit afterwards; the student, [[name:Eben]], had read the {{Skyway Code}} lost procedure that morning.
Unit ref [[case_reference:CWL-ATC-24-055]]. Good example for the {{CAA}} GA safety evening."""))

# cabin crew, nut allergy
R.append(("aviation", "near_miss", """Near miss – allergy.
[[flight_number:EZY8907]] [[organisation:Bristol]]–[[organisation:Faro]], [[date:03.08.2024]]. Passenger [[name:Amelia Forbes-Hart]] ([[age:11]]), severe nut allergy, travelling with mum [[name:Hannah]]. We made the nut announcement but the buy-on-board trolley was sent out with the mixed nuts still on it, and a passenger two rows behind opened a bag. [[name:Hannah]] came to the galley in a panic. [[name:Amelia]]'s {{adrenaline auto-injector}} was ready but not needed.
We moved them forward and the crew member ([[name:Dean]]) collected all the nut packets from rows 10–16.
Catering loaded the wrong trolley set. Ref [[case_reference:EZY-CSR-24-55821]]."""))

# ---------------------------------------------------------------------------------------------

NAME_TITLES = re.compile(
    r"^(Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Capt|Captain|Sgt|PC|DC|DS|Sister|Nurse|SN|Sr|Rev|Cllr|Insp)\b\.?\s",
    re.I,
)
NI_RE = re.compile(
    r"^(?!BG|GB|NK|KN|TN|NT|ZZ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z] ?\d{2} ?\d{2} ?\d{2} ?[A-D]$"
)
POSTCODE_RE = re.compile(
    r"^(GIR ?0AA|[A-PR-UWYZ](\d{1,2}|[A-HK-Y]\d{1,2}|\d[A-HJKPSTUW]|[A-HK-Y]\d[ABEHMNPRV-Y]) ?\d[ABD-HJLNP-UW-Z]{2})$"
)
EMAIL_RE = re.compile(r"^[\w.+-]+@[\w-]+(\.[\w-]+)+$")


def fail(msg: str) -> None:
    raise SystemExit(f"make_heldout_blind7: {msg}")


def check(i: int, domain: str, kind: str, text: str, spans: list[dict], negatives: list[dict]) -> None:
    where = f"hb7-{i:03d}"
    if domain not in DOMAINS or kind not in KINDS:
        fail(f"{where}: bad domain/kind {domain}/{kind}")
    words = len(text.split())
    if not 50 <= words <= 260:
        fail(f"{where}: {words} words")
    items = [(s["start"], s["end"], s["label"]) for s in spans]
    items += [(n["start"], n["end"], "NEG") for n in negatives]
    items.sort()
    for a, b in zip(items, items[1:]):
        if a[1] > b[0]:
            fail(f"{where}: overlap {text[a[0]:a[1]]!r} / {text[b[0]:b[1]]!r}")
    for s in spans:
        value = text[s["start"]:s["end"]]
        if s["label"] not in LABELS:
            fail(f"{where}: label {s['label']}")
        if not value or value != value.strip():
            fail(f"{where}: whitespace at edge of span {value!r}")
        label = s["label"]
        if label == "name":
            if NAME_TITLES.match(value):
                fail(f"{where}: title inside name span {value!r}")
            if value.endswith(("'s", "’s")):
                fail(f"{where}: possessive inside name span {value!r}")
        elif label == "nhs_number" and not nhs_ok(value):
            fail(f"{where}: bad NHS number {value!r}")
        elif label == "ni_number" and not NI_RE.match(value.upper()):
            fail(f"{where}: bad NI number {value!r}")
        elif label == "postcode" and not POSTCODE_RE.match(value.upper()):
            fail(f"{where}: bad postcode {value!r}")
        elif label == "email" and not EMAIL_RE.match(value):
            fail(f"{where}: bad e-mail {value!r}")
        elif label == "phone":
            digits = re.sub(r"\D", "", value)
            if not 10 <= len(digits) <= 13:
                fail(f"{where}: bad phone {value!r}")
    for n in negatives:
        if text[n["start"]:n["end"]] != n["term"]:
            fail(f"{where}: negative offset mismatch {n['term']!r}")


def main() -> None:
    if len(R) < 70:
        fail(f"only {len(R)} reports")
    rows = []
    for i, (domain, kind, marked) in enumerate(R, start=1):
        text, spans, negatives = parse(marked, labels=LABELS)
        # re-derive each span's value from the mark-up and compare with the offsets
        values = [m.group(2) for m in re.finditer(r"\[\[(\w+):(.+?)\]\]", marked, re.S)]
        if len(values) != len(spans):
            fail(f"hb7-{i:03d}: span count mismatch")
        for s, v in zip(spans, values):
            if text[s["start"]:s["end"]] != v:
                fail(f"hb7-{i:03d}: offset does not reproduce {v!r}")
        check(i, domain, kind, text, spans, negatives)
        rows.append({"id": f"hb7-{i:03d}", "domain": domain, "kind": kind, "text": text,
                     "spans": spans, "negatives": negatives})
    OUT.parent.mkdir(parents=True, exist_ok=True)
    with OUT.open("w", encoding="utf-8", newline="\n") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")

    by = Counter((r["domain"], r["kind"]) for r in rows)
    labels = Counter(s["label"] for r in rows for s in r["spans"])
    print(f"wrote {OUT} ({len(rows)} reports)")
    for d in DOMAINS:
        print(f"  {d}: {sum(v for (dd, _), v in by.items() if dd == d)} "
              + ", ".join(f"{k}={by[(d, k)]}" for k in KINDS))
    print("  kinds: " + ", ".join(f"{k}={sum(by[(d, k)] for d in DOMAINS)}" for k in KINDS))
    print(f"  spans: {sum(labels.values())}")
    for label in LABELS:
        print(f"    {label}: {labels[label]}")
    print(f"  negatives: {sum(len(r['negatives']) for r in rows)}")


if __name__ == "__main__":
    main()
