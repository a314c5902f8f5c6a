"""Blind held-out corpus 11: sixty hand-written reports to a UK-wide confidential reporting scheme.

Children's social care, health and aviation reports from Scottish, Welsh, Northern Irish and
English services, written the way people really type into a web form. Identifiers are marked
`[[label:value]]` and must-not-redact mentions `{{term}}` (see ../markup.py). Running the script
validates every report and writes ../corpus/heldout_blind11.jsonl deterministically.
"""

# Narrative data lines are deliberately long.
# ruff: noqa: E501
from __future__ import annotations

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from markup import build_records, write_records  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "corpus" / "heldout_blind11.jsonl"

REPORTS: list[tuple[str, str, str]] = [
    # ------------------------------------------------------------------ social care (22)
    ("social_care", "incident", """
night shift, typing this at 6am so forgive typos. police called 01:40 re [[name:Kayden McIlroy]] aged [[age:6]], found wandering near the park in his pyjamas. took him home to [[address:2/1, 118 Calder Street, Govanhill, Glasgow]] [[postcode:G42 7RD]]. {{mum}} ([[name:Leanne]]) asleep on the couch, couldnt rouse her for ages, flat freezing, nothing in the fridge. [[name:Kayden]]'s CHI [[nhs_number:1805171410]]. no kinship option answering so placed with emergency carers. IRD needed today, flagged to day team and to {{the named person}} at [[organisation:Govanhill Park Primary]]. police ref [[case_reference:PS-20240311-0187]]. mum has no credit, her mobile is [[phone:07700 900418]] if she tops up. my worry is this is the 3rd time since new year and nobody has joined the dots.
"""),
    ("social_care", "success", """
What went right: kinship assessment for [[name:Eleri]] and [[name:Osian Pugh]] (twins, [[age:4]]) with their {{nain}}, Mrs [[name:Glenys Pugh]], at [[address:Bryn Awel, Ffordd Llanberis, Caernarfon]] [[postcode:LL55 2DF]]. Assessment completed in 9 weeks instead of the usual 16 because the fostering team at [[organisation:Cyngor Gwynedd]] let me do the viability and the panel paperwork in Welsh, which is Mrs [[name:Pugh]]'s first language and she relaxed straight away. Panel date was [[date:17 April 2024]]. Our IRO [[name:Huw Lloyd-Jenkins]] came out to the house instead of making {{nain}} travel to Bangor on two buses. The kids have settled, and the nursery ([[organisation:Meithrinfa Seren Fach]]) say both are chattier. Sharing because {{CIW}} said last year we were slow on kinship - this shows it can work when we work in the family's language.
"""),
    ("social_care", "near_miss", """
Near miss - medication on placement move. [[name:Caoimhe Ní Dhónaill]] ([[age:11]]), H&C [[nhs_number:3205984811]], moved from the children's home to foster carers Mr and Mrs [[name:Devlin]] at [[address:Drumnacanvy House, 41 Drumnacanvy Road, Ballyoran townland, Portadown]] [[postcode:BT63 5LY]] on [[date:08/03/24]]. Her {{sertraline}} was packed but the MAR sheet and the letter from {{CAMHS}} stayed behind at the unit, so the carers didn't know what the tablets were for or when to give them. No doses Saturday or Sunday. Carer rang the unit Monday morning and it was sorted in an hour. [[name:Caoimhe]] was fine, no harm, but two missed doses of an SSRI for a child who was struggling anyway is not nothing. Our placement move checklist doesn't mention medicines at all. Will bring to the {{RQIA}} action plan meeting. Trust ref [[case_reference:SHSCT-LAC-22/0913]].
"""),
    ("social_care", "incident", """
From: [[name:Bukola Adeyemi]] <[[email:bukola.adeyemi@haringvale.gov.uk]]>
Sent: [[date:12 February 2024]] 16:47
To: MASH Duty
Cc: [[name:Tom Varley]]; [[name:Anjali Desai]]
Subject: RE: referral [[case_reference:MASH-24-01552]]

Hi all, forwarding to the reporting scheme as agreed at huddle. [[name:Tom]], I've kept you on copy as you picked this up on the Monday.

Referral about [[name:Tobi Okonkwo-Hart]] (DOB [[date_of_birth:03/09/2016]]) came in from [[organisation:St Barnabas C of E Primary]] on the Friday afternoon but sat in the generic inbox all weekend because the auto-forward to duty had silently broken. Nobody saw it until Monday 10am. [[name:Tobi]] had told his teacher his stepdad hit him with a belt. Strategy discussion held same day, {{section 47}} enquiries started, he is safe with his {{maternal aunt}}. We missed the {{Working Together}} timescale by roughly 66 hours. IT ticket raised, inbox now checked twice daily by hand.

For context, the forward was set up by [[name:Anjali]] last year when we moved to the shared mailbox and nobody else knew it existed, so when her account was changed after her name change the rule just stopped. No error, no bounce, nothing. The school's DSL, Mrs [[name:Oyelowo]], did exactly the right thing and even rang on the Monday morning to check we had it, which is how we found out.

Regards,
[[name:Bukola]]
Senior Practitioner, [[organisation:Haringvale MASH]]
[[phone:020 7946 0372]]
"""),
    ("social_care", "incident", """
Timeline - restraint, [[organisation:Kilbrannan Secure Care Centre]]
- 19:05 YP [[name:RM]] ([[age:15]]) refused to go to room after phone call with dad
- 19:12 [[name:RM]] kicked office door, staff [[name:Gav]] and [[name:Marta Kowalczyk]] tried de-escalation
- 19:20 [[name:RM]] headbutted [[name:Gav]], two-person hold started, lasted about 4 mins
- 19:24 released, [[name:RM]] to room, nurse checked, carpet burn L forearm
- 19:40 {{unit manager}} informed
- 20:15 social worker [[name:Fiona Baird]] told by phone
Notes: [[name:RM]] is on a {{CSO}} through the {{Children's Hearing}}, SCRA ref [[case_reference:SCRA/2023/DN/11874]]. Reporter was only told about the hold 9 days later when the review came round, which shouldn't happen.
"""),
    ("social_care", "near_miss", """
hi sorry on my phone. went to do home visit for [[name:Hope]] (shes [[age:9]], CP, {{PEG}} fed) n the hoist sling was ripped right across the leg section, {{mum}} said its been like that 2 wks n OT never came back. we very nearly used it!! told mum not to, rang [[organisation:Kirklees Community OT]] duty on [[phone:01484 496021]] no answer so emailed. [[name:Hope]]'s address is [[address:7 Moorbottom Lane, Cleckheaton]] if anyone needs it. worker [[name:Jade]]
"""),
    ("social_care", "success", """
Just wanted to say diolch o galon to the team at [[organisation:Canolfan Ieuenctid Penrhys]]. Our lad [[name:Rhodri]] was in a bad way last winter, not going to school, hanging round with older boys, and we were getting calls from [[organisation:Ysgol Gyfun Cwm Rhondda]] nearly every week. [[name:Siân]] and [[name:Dewi Prys]] from the youth club never gave up on him, took him to the boxing gym on a Tuesday and found him a mentor. He's [[age:16]] now and has just got his place at college doing motor vehicle. I read that you collect things that went right so here it is. [[name:Mererid Evans]] ([[name:Rhodri]]'s {{mam}}), [[address:23 Heol Pantygraigwen, Pontypridd]] [[postcode:CF37 2RG]]
"""),
    ("social_care", "incident", """
Manager's summary - notifiable incident
Service: [[organisation:Larkspur House Children's Home]], [[address:14 Beeches Road, Wolverhampton]] [[postcode:WV3 9QJ]]
Date of incident: [[date:27/01/2024]]
Young person: [[name:Jordan Ellis-Mbeki]], [[age:14]], looked after under a full care order.
Summary: At approximately 23:30 [[name:Jordan]] left the home through a ground-floor window. He was returned by police at 04:10 having been found in a vehicle (registration [[vehicle_registration:BF21 OKW]]) with two adult males not known to the service. Police reference [[case_reference:WMP-2401-27-1133]]. A return home interview was completed by [[name:Sana Iqbal]] (independent advocacy). Contextual safeguarding concerns were escalated to the {{MACE}} panel and {{Ofsted}} was notified within 24 hours.
Learning: the ground-floor window restrictors had been removed by a decorating contractor and were never refitted. Maintenance sign-off now includes restrictor checks.
[[name:D. Whitcombe]], Registered Manager
"""),
    ("social_care", "near_miss", """
Near miss about interpreting. Child protection visit to the [[name:Al-Halabi]] family (dad [[name:Omar]], mum [[name:Rania]], children [[name:Yara]] ([[age:8]]), [[name:Karim]] ([[age:5]]) and baby [[name:Lina]]) at [[address:Flat 4, Dunmore Court, 61 Sandgate Road, Newcastle upon Tyne]] [[postcode:NE6 1TZ]]. The booked Arabic interpreter cancelled an hour before, so the school offered their {{TA}}, Mrs [[name:Haddad]], to come along instead. Only at the door did it come out that she is [[name:Rania]]'s cousin. I stopped the visit before we got anywhere near the bruising and rebooked through [[organisation:Tyneside Language Line]]. When we went back two days later [[name:Rania]] told the new interpreter she would never have said anything in front of family. It could easily have gone badly. We need a conflict check when using anyone other than an agency interpreter. Case [[case_reference:NCC-CP-0048817]]. {{Signs of Safety}} mapping done on [[date:6 March]].
"""),
    ("social_care", "incident", """
[[name:Yonas Gebremedhin]] arrived on [[date:2 November 2023]] and was processed at [[organisation:Kent Intake Unit]]. He gave his date of birth as [[date_of_birth:14/01/2008]], i.e. [[age:15]] at the time, but the {{Home Office}} recorded him as [[age:19]] on a visual assessment and he was sent to an adult hotel, sharing a room with three men he did not know. He only came to us because a girl from his village, [[name:Senait Tesfay]] (aged [[age:16]], already in our care), told her Tigrinya-speaking youth worker [[name:Abrham]] that [[name:Yonas]] was in the hotel and scared. We took him into care the same week. When I first met him at the hotel he had one carrier bag, a phone with a cracked screen and no credit, and the number of a man in Calais written on his arm. He had not been registered with a GP or a school. He told me the staff at the hotel had been kind but that he was frightened to sleep. The {{Merton-compliant}} age assessment then took five months and concluded he is a child. Five weeks in adult accommodation with no safeguarding at all. Our ref [[case_reference:UASC/23/0671]].
"""),
    ("social_care", "near_miss", """
Polish family, [[name:Nowak]]. [[name:Bartosz]] ([[age:3]]) was collected from [[organisation:Little Acorns Nursery, Corby]] by a man the staff didn't know, in a silver Astra [[vehicle_registration:KP18 VZE]]. He said he was uncle [[name:Tomasz]]. Nursery has a password system but the bank staff member on the door hadn't been told to ask for it. {{Mum}} [[name:Agnieszka Nowak]] arrived 10 mins later and she had NOT sent anyone. Manager [[name:Karen]] rang 999, car was stopped near the A43 and it WAS a relative, her brother-in-law, but one with a {{non-molestation order}} against him. Child back unharmed within the hour. Mum's numbers: [[phone:+48 601 234 567]] (Polish SIM) and [[phone:07700 900763]].
"""),
    ("social_care", "incident", """
foster carer here. on saturday [[name:liam]] and [[name:kacey]] had contact with their {{birth dad}} at the family centre and the contact supervisor ([[name:bev]] i think) left the room for about 15 mins to take a phone call. dad whispered something to [[name:liam]] and after that [[name:liam]] wouldnt speak all the way home and wet the bed for the first time in months. i told my {{SSW}} [[name:rachel o'connor]] on monday and she said it would be passed on but i have heard nothing. [[name:kacey]] is only [[age:5]] and she said daddy said not to tell. i am really worried about next weeks contact. our carer number is [[case_reference:FC-2291]] with [[organisation:Brightwater Fostering]].
"""),
    ("social_care", "incident", """
Wrong recipient e-mail. I sent the child in need plan for [[name:Aaliyah Hussain]] (DOB [[date_of_birth:22.06.2012]]) to [[email:s.hussain@outlook.com]] thinking it was her dad [[name:Shahid]]'s address. It actually belongs to her uncle [[name:Sajid Hussain]], who is close to dad's ex-partner. The plan included {{mum}}'s new address, [[address:31 Oakleigh Gardens, Bradford]] [[postcode:BD9 4PL]], which she had moved to specifically to get away from that side of the family. I realised within 20 minutes and rang the uncle, who says he deleted it unread. Reported to {{Information Governance}}, ref [[case_reference:IG-2024-0339]]. Mum has had to be rehoused again. The case system autofills e-mail addresses from the surname and I didn't check before pressing send.
"""),
    ("social_care", "success", """
What went well: the {{Children's Hearing}} for [[name:Callum Rennie]] on [[date:20/02/2024]]. His gran, [[name:Morag Rennie]], of [[address:5F3, 22 Montgomery Street, Edinburgh]] [[postcode:EH7 5JS]], had been told by a previous worker that she couldn't get a kinship allowance because she was on a state pension. Not true. Our kinship support worker [[name:Ruairidh MacAonghais]] went through it with her, got the form in with her NI number [[ni_number:JH 48 22 91 B]] and chased [[organisation:City of Edinburgh Council]] finance until it was backdated. Panel members said the report was one of the clearest they'd seen, with the {{GIRFEC}} wellbeing indicators used properly rather than as a tick list. [[name:Callum]] is staying with gran on a kinship order. Small thing but it made a family.
"""),
    ("social_care", "near_miss", """
Short break unit [[organisation:Rubislaw Respite House]] - near miss. [[name:Skye Paterson]], age [[age:12]], epilepsy, rescue med {{buccal midazolam}}. When she arrived for her weekend stay on [[date:15th March]] the care plan in her folder was for a different child with the same surname ([[name:Ellie Paterson]]), with a different dose. Support worker [[name:Dùghall]] spotted it during the arrival check because [[name:Skye]]'s weight didn't match the plan. Parents contacted on [[phone:01224 496118]] and the correct plan got from the epilepsy nurse that evening. No seizure that weekend, so no harm, but if she had fitted on the Friday night staff would have gone with the wrong plan. Her home address [[address:Hillview, 3 Cairnfield Place, Aberdeen]] [[postcode:AB15 5LS]] was also on the wrong plan's front sheet so that's a data issue as well. Will share with the {{Care Inspectorate}}.
"""),
    ("social_care", "success", """
Success story from [[organisation:Strabane Family Support Hub]]. Worked with [[name:Oisín Ó Dochartaigh]] ([[age:13]]) and his {{da}} [[name:Paddy]] at [[address:17 Ballycolman Avenue, Strabane]] [[postcode:BT82 9AF]] after school raised concerns about [[name:Oisín]] coming in hungry and falling asleep in class. Used {{Signs of Safety}} from the first visit - [[name:Paddy]] drew his own danger statement which was a first for him. Over 12 weeks we got the benefits sorted, a food bank referral, and [[name:Oisín]] into the homework club. Case closed on [[date:30 January 2024]], ref [[case_reference:WHSCT/FSH/2023/412]]. Shout out to [[name:Bríd]], the family support worker, who did the hard yards.
"""),
    ("social_care", "incident", """
[[name:Summer]] ([[age:10]]) has now gone nine months without a statutory review. First date, [[date:4 July 2023]], was cancelled because the {{IRO}} was off sick. Second date, [[date:19 September 2023]], was cancelled because her social worker [[name:Will]] had left and the case was sitting unallocated. Third date was cancelled because [[organisation:Hall Green Family Centre]] double booked the room. In that time [[name:Summer]] has moved placement twice and changed school to [[organisation:Springfield Junior School]]. Nobody from the {{IRO}} service checked in with her at all. Her current carers, Mr and Mrs [[name:Adeyinka]], have been brilliant and have kept a diary of everything, which is the only reason I can write this. She has asked them more than once why nobody is coming to "her meeting", and she has started to think it is because she is in trouble. When she changed school the education plan was not transferred for six weeks either. Reporting because I think it is systemic, not a one-off: the cancellations were all logged but nothing flags when a child goes past the statutory timescale.
"""),
    ("social_care", "incident", """
Initial child protection conference, [[date:9 January]], for the unborn baby of [[name:Gwenllian ap Dafydd]] and for her son [[name:Twm]] ([[age:2]]). Dad attended by video. The chair, [[name:Nia Wyn Roberts]], read out the section of the report that included mum's refuge address, [[address:Flat 2, 19 Heol y Nant, Whitchurch, Cardiff]] [[postcode:CF14 1JA]], while dad was still on the call. Nobody had redacted it from the conference pack either. [[name:Gwenllian]] and [[name:Twm]] had to move that evening. The {{Wales Safeguarding Procedures}} are clear about this. I'm the social worker and I should have flagged the address more clearly on the front sheet myself. Reported internally and to {{CIW}}.
"""),
    ("social_care", "success", """
Our foster carer [[name:Maricel dela Cruz]] deserves recognition. She took an emergency placement of a baby aged [[age:6 weeks]], [[name:Jayden]], at 9pm on a Friday. By 2am she noticed he was floppy and not feeding, didn't wait for the out of hours line, and drove him straight to [[organisation:Royal Preston Hospital]] where he was found to have {{bronchiolitis}} and needed high flow oxygen for four days. Her husband [[name:Jose Mari]] stayed home with their own three. The consultant said another few hours could have been very different. Placement ref [[case_reference:LCC-FP-08812]]. [[name:Maricel]]'s mobile is [[phone:07700 900214]] if the panel wants to thank her directly - she would be mortified but pleased.
"""),
    ("social_care", "near_miss", """
Hospital discharge near miss. [[name:Zhang Wei]] (baby, [[age:4 months]]) was being discharged from [[organisation:Leeds General Infirmary]] after unexplained rib fractures found on a {{skeletal survey}}. Ward staff were about to send him home with parents to [[address:12 Cardigan Lane, Headingley, Leeds]] [[postcode:LS6 1DY]] because the interim safety plan had not been uploaded to the hospital system. The {{ward sister}} thought something was off and rang our duty at 17:30. I got there at 17:50, parents had the car seat on the bed. Dad [[name:Zhang Jun]] and mum [[name:Li Mei]] agreed to the baby staying overnight, and next day a plan was agreed with maternal grandmother [[name:Chen Xiuying]] moving in. Case [[case_reference:LCC-CP-24-2217]].
"""),
    ("social_care", "incident", """
School transport incident. [[name:Inês Carvalho]] ([[age:8]], autistic, non-verbal) was left on the minibus [[vehicle_registration:WX67 HTN]] after the morning drop at [[organisation:Greenfields Special School]] and was found by the driver, [[name:João]], back at the depot at 11:15 - nearly two hours. It was a warm day. She was distressed but physically OK after checks. Parents [[name:Rui]] and [[name:Fernanda Carvalho]] are understandably devastated; dad has limited English so we used an interpreter for the meeting. The {{escort}} had been off sick and not replaced, and the driver's end-of-route bus check wasn't done. Contractor is [[organisation:Swift Passenger Transport Ltd]]. {{LADO}} consulted. Datix [[case_reference:DX-118402]].
"""),
    ("social_care", "incident", """
[[organisation:Kestrel House Secure Unit]] - separation review gap. YP [[name:TB]] ([[age:16]]) separated in bedroom after an assault on staff member [[name:KH]]. Separation is meant to be reviewed every 15 minutes by a manager and recorded. On [[date:3/2/24]] there was a 2h10m gap overnight because the only manager on site (me) was at A&E with another young person. [[name:TB]] was observed through the vision panel by [[name:Ricky]] the whole time but it was not a formal review and nobody had authority to end it. {{Ofsted}} informed under the {{Children's Homes Regulations}}. Unit placement no. [[case_reference:SCH-0417]].
"""),
    # ------------------------------------------------------------------ health (24)
    ("health", "incident", """
Two patients called [[name:John Smith]] registered at [[organisation:Elmfield Medical Practice]]: one DOB [[date_of_birth:04/05/1951]] (NHS [[nhs_number:485 335 2570]]) and one DOB [[date_of_birth:04/05/1961]] (NHS [[nhs_number:401 182 1950]]). Bloods for the older man, {{eGFR}} 19 and falling, were filed to the younger [[name:John Smith]]'s record by the lab interface because the requesting clinician picked the wrong one from the drop-down. The older Mr [[name:Smith]] stayed on full-dose {{metformin}} for 11 more days. Picked up by our practice pharmacist, [[name:Priyanka Nair]], during a medication review. He was admitted with lactic acidosis and is now recovering. Significant event [[case_reference:SEA-2024-07]].
"""),
    ("health", "incident", """
ED, [[organisation:Queen Elizabeth University Hospital]]. Pt [[name:Agnes McLaughlin]], [[age:67]], CHI [[nhs_number:2309561045]], waited 14h on a trolley in the corridor. At 03:20 she tried to get to the toilet by herself and fell. CT head showed a small {{subdural}}. Nobody had done a falls risk assessment because corridor patients don't have a bay nurse allocated. The {{SCN}}, [[name:Chrissie]], was covering resus and majors at the same time. Daughter [[name:Lorraine]] wasn't informed until 09:00, on [[phone:0141 496 0873]]. Datix [[case_reference:GGC-DX-771203]].
"""),
    ("health", "near_miss", """
Near miss, paediatric ward, [[organisation:Ysbyty Glan Clwyd]]. [[name:Ffion Hughes]], [[age:7]], weight 22 kg, NHS no. [[nhs_number:943 172 9245]], prescribed {{gentamicin}} 7 mg/kg. Correct dose 154 mg. The electronic chart carried a weight of 52 kg, probably her {{mum}}'s, transcribed from the ED triage sheet, and the prescription read 364 mg. The second checker, staff nurse [[name:Gethin Morgan]], queried it at the bedside before administration because the syringe volume looked wrong for a child her size. Dose withheld, weight rechecked (22.1 kg) and re-prescribed by Dr [[name:Adebayo]]. No harm; levels subsequently in range. Datix [[case_reference:BCU-263118]]. Suggest hard stop when weight changes by more than 20% between encounters.
"""),
    ("health", "success", """
Shout out to the midwives at [[organisation:Ulster Hospital]]. My wife [[name:Niamh]] had a {{shoulder dystocia}} on [[date:22/01/2024]] and the team moved like clockwork, someone pressed the bell and the room filled with calm people who knew what they were doing. Our daughter [[name:Clodagh]] came out 3.9 kg and perfect. Midwife [[name:Aoife Mulholland]] stayed two hours past her shift to do the debrief with us. [[name:Niamh]]'s H&C is [[nhs_number:3386525873]] in case you need to find the notes to pass this on. [[name:Ciarán Mac Giolla Bhríde]], [[address:9 Ballyrainey Road, Comber]] [[postcode:BT23 5JU]]
"""),
    ("health", "incident", """
my daughter [[name:Ruby]] is [[age:15]] and has been on the {{CAMHS}} waiting list 14 months. last wk she took an overdose of {{paracetamol}}, we sat in [[organisation:Royal Derby Hospital]] A&E 9hrs and no one from mental health came. discharged at 4am with a leaflet. shes on a list again. GP at [[organisation:Belper Lane Surgery]] says theres nothing more they can do. i dont know who else to tell. her nhs number is [[nhs_number:612 057 4549]] if u need it. [[name:Dawn]] ({{mum}})
"""),
    ("health", "near_miss", """
District nursing, [[organisation:Ynys Môn DN Team]]. My caseload printout had [[name:Ifor Jones]] ([[nhs_number:719 328 9756]]) and [[name:Ivor Jones]] ([[nhs_number:450 743 2731]]) one above the other, both on twice-daily insulin. I drew up {{NovoRapid}} for [[name:Ivor]]'s dose but was actually at [[name:Ifor]]'s house, [[address:Tŷ Gwyn, Lôn Gefn, Llanfairpwll]] [[postcode:LL61 5YR]]. Caught it when I checked the name and DOB on the prescription chart kept in the house, which said [[date_of_birth:02/08/1932]] - [[name:Ivor]] is in his sixties. Nothing given. [[name:Ifor]] is [[age:91]], lives alone, and would not have questioned me. Printout now sorted by address rather than surname.
"""),
    ("health", "incident", """
[[organisation:Glenview Care Home]], Paisley. Resident [[name:Jeannie Docherty]], [[age:89]], CHI [[nhs_number:1203353324]]. Found on floor of en-suite 06:10, had been on the floor an unknown time. Night staff [[name:Precious]] and [[name:Lorna]] were two on for 38 residents over two floors as agency cancelled at 21:00. Sensor mat was switched off at the wall, possibly after cleaning. Transferred to [[organisation:Royal Alexandra Hospital]] with a {{NOF}} fracture. Family (son [[name:Brian Docherty]], [[phone:07700 900692]]) told at 07:30. Funding paperwork sent with her by mistake included his NI number [[ni_number:PE 58 71 26 A]]. {{Care Inspectorate}} notified.
"""),
    ("health", "near_miss", """
111 call handler. Caller [[name:Grace Oyelaran]] rang at 02:14 about her baby [[name:Tomi]], [[age:5 months]], with a temperature and a rash that didn't fade under a glass. Pathway went straight to a 999 disposition and I got an ambulance on its way. While waiting I read the callback number back to her and realised it had been typed as [[phone:07700 900551]] when it was [[phone:07700 900515]]. If the crew had needed to call her they'd have rung a stranger. Corrected and the crew got there in 11 mins. Baby was treated for suspected {{meningococcal}} sepsis at [[organisation:Northwick Park Hospital]] and is home now. I always read back numbers now, even when rushed.
"""),
    ("health", "success", """
Dental neglect - what went right. [[name:Kacper Zieliński]], aged [[age:6]], CHI [[nhs_number:2508171816]], attended [[organisation:Inverurie Dental Care]] in pain with 8 carious teeth after missing 4 appointments. Instead of just discharging for non-attendance, our dental nurse [[name:Gosia]] used the dental neglect pathway and we contacted {{the named person}} (his health visitor had handed over to school) the same day. Dad [[name:Paweł]] was working nights and had no idea about the letters, which were in English. With a Polish-speaking nurse on the phone he brought [[name:Kacper]] in the next week, and the GA list at [[organisation:Aberdeen Royal Infirmary]] was booked. {{GIRFEC}} working as it should.
"""),
    ("health", "near_miss", """
Script from [[organisation:Calder Valley Health Centre]] for {{methotrexate}} 10 mg DAILY for [[name:Margaret Ackroyd]], DOB [[date_of_birth:11/11/1948]]. She's been on 10 mg weekly for years. Rang Dr [[name:Farooq]] - template error - reissued before she collected. [[organisation:Rowan Pharmacy, Hebden Bridge]], our ref [[case_reference:RPH-24-0118]].
"""),
    ("health", "incident", """
A&E, [[organisation:Luton and Dunstable Hospital]], night of [[date:14/03/2024]]. [[name:Zainab Bibi]], [[age:78]], speaks Pahari only. Her son [[name:Imran]] was used to interpret for consent for a {{lumbar puncture}} because the telephone interpreting line had a 40-minute wait. The next day, with a professional interpreter, she said she had not understood what the procedure was and would have said no. The junior doctor, Dr [[name:Hamza Qureshi]], speaks Urdu and had thought that would be close enough to check, but it was not. Using family members to interpret for consent is against {{Trust policy}}. Hospital number [[case_reference:LD4471920]].
"""),
    ("health", "success", """
Labour ward, [[organisation:Raigmore Hospital]], [[date:2 March 2024]]. Mrs [[name:Eilidh Fraser]], CHI [[nhs_number:1707929602]], P2, {{PPH}} of 2.8 L after a normal delivery. The {{major obstetric haemorrhage}} call went out at 14:31, blood in the room by 14:42, in theatre by 14:50. Consultant anaesthetist Dr [[name:Olumide Bankole]] and midwife [[name:Catrìona Mhoireach]] ran it calmly; the drills we've been doing every month paid off. Mum and baby both home on day 4. Writing this up because we usually only report when things go wrong.
"""),
    ("health", "incident", """
[[name:Arjun Patel]], [[age:3]], NHS [[nhs_number:638 800 2935]], was seen three times in five days at [[organisation:Leicester Royal Infirmary]] children's ED with fever, rash and red eyes, and sent home each time as viral. On the fourth attendance a registrar considered {{Kawasaki disease}}; echo showed a coronary artery aneurysm and he received {{IVIG}} on day 7 of illness. Parents [[name:Neha]] and [[name:Vikram Patel]] had asked on the second visit whether it could be "the heart thing" they had read about. Nobody in the department had looked back at the previous two attendances.
"""),
    ("health", "incident", """
AWOL - [[name:Declan Hegarty]] ([[age:34]]), detained, left [[organisation:Knockbracken Healthcare Park]] on escorted leave [[date:19/02]], single escort as ward two down. Found 5h later at his mum's, [[address:12 Glen Road, Andersonstown, Belfast]] [[postcode:BT11 8BU]]. H&C [[nhs_number:3579102842]]. {{RQIA}} told. Leave risk assessment not reviewed since {{Article 12}} renewal.
"""),
    ("health", "incident", """
Urgent suspected cancer referral never sent. [[name:Llinos Rees]], [[age:52]], NHS [[nhs_number:702 652 5999]], saw Dr [[name:Pryce]] at [[organisation:Meddygfa Tywi]] on [[date:5 December]] with a breast lump. The {{USC}} referral was dictated, typed, and then sat in the drafts folder of the e-referral system over Christmas. [[name:Llinos]] rang on [[date:16 January]] to ask why she'd heard nothing. Our secretary [[name:Carys]] found it within minutes and it went that day; she was seen within a week. Diagnosis was {{DCIS}}. Six weeks lost. Now running a daily unsent referrals report.
"""),
    ("health", "success", """
To the manager of [[organisation:Oaklands Nursing Home]],

I want to say thank you to your nurse [[name:Suresh Menon]], who spotted that my father, [[name:Frank Bellamy]], was having a stroke on the morning of [[date:18th February]]. He noticed Dad's speech was slurred when he brought his tea, did the checks, and called 999 straight away rather than waiting for the doctor's round. Dad got {{thrombolysis}} within the window and is talking again. The stroke team said the speed made all the difference.

Please pass this on to [[name:Suresh]] and anyone else who should know.

Kind regards,
[[name:Hazel Bellamy]]
[[email:hazel.bellamy@btinternet.com]]
"""),
    ("health", "near_miss", """
Lochcarron district nurse, [[name:Mòrag NicLeòid]]. Snow closed the road past Attadale so I couldn't reach Mr [[name:Iain MacRath]], [[address:Taigh na Mara, Slumbay, Lochcarron]] [[postcode:IV54 8YD]], CHI [[nhs_number:0802410138]], for his {{INR}} on the Thursday. He's on {{warfarin}} and his last INR was 5.1. Rang his landline [[phone:01520 722496]] - no answer for a day and a half. Eventually his neighbour [[name:Donnchadh]] walked up and found him well, the phone had been unplugged. Had he bled we would never have known. Requesting a pendant alarm and a point-of-care kit for him to self-test.
"""),
    ("health", "near_miss", """
NHS 111 Wales clinician. Call about [[name:Alaw Pritchard]], [[age:2]], possibly swallowed a button battery. Ambulance requested, but the address auto-populated from her old record, [[address:4 Maes y Dre, Abergele]] [[postcode:LL22 7HN]]. The call handler, [[name:Rhys]], read the address back as standard and mum said they moved in the autumn, to [[address:Flat 6, Llys Glasfryn, Rhyl]] [[postcode:LL18 2AE]]. Corrected within two minutes. Without the read-back the crew would have gone 12 miles the wrong way for a time-critical ingestion. Fed back to the GP practice to update the {{PDS}} record.
"""),
    ("health", "incident", """
{{Latex}} allergy on record for [[name:Chidi Okeke]] (DOB [[date_of_birth:17/07/1990]]) but the banner doesn't show on the nurse tablet view. Standard gloves used at [[organisation:Smile Street Dental, Croydon]]. Lip urticaria, {{chlorphenamine}} given, fine after 30 min obs. Please fix the tablet view.
"""),
    ("health", "near_miss", """
Insulin 10x error intercepted. Ward 23, [[organisation:Ninewells Hospital]]. Patient [[name:Robert Lindsay]] (known as [[name:Bobby]]), CHI [[nhs_number:1902583892]]. Handwritten supplementary chart read "{{Actrapid}} 10u" which the FY1 transcribed to HEPMA as 100 units. Ward pharmacist [[name:Wen Li Tan]] picked it up on the morning check before the 12:00 dose. [[name:Bobby]]'s CBG at the time was 11.2. Had 100 units been given the outcome would have been catastrophic. Recommend "units" always written in full; refresher for FY1s on the abbreviation list.
"""),
    ("health", "incident", """
Ambulance handover delay at [[organisation:Antrim Area Hospital]]. [[name:Sadie Kerr]], [[age:84]], H&C [[nhs_number:3692349807]], from [[address:24 Moneyrod Road, Moneynick, Randalstown]] [[postcode:BT41 3HY]], waited 7 hours in the back of the ambulance with chest pain. Her {{NEWS2}} went from 3 to 7 over that time and nobody from the department reviewed her in the vehicle. Crew ([[name:Jonno]] and me) escalated twice. She was eventually taken in and treated for an {{NSTEMI}}. Meanwhile 4 other calls in the area had no ambulance available. Incident ref [[case_reference:NIAS-2024-1877]].
"""),
    ("health", "incident", """
From: [[name:Chiamaka Eze]] <[[email:chiamaka.eze84@gmail.com]]>
Subject: complaint - please pass to safety team

Hello. On [[date:29 December 2023]] at 34 weeks I went to maternity triage at [[organisation:Queen's Hospital, Romford]] with headaches and swollen feet. My BP was 162/104. I was told I was anxious and to go home. I came back the next day and was rushed for an emergency caesarean for {{pre-eclampsia}}. My son [[name:Chidera]] spent 3 weeks in {{NICU}}. I felt I was not listened to as a Black woman and I am not the only one. Two other mums in my church group have told me similar things about the same unit. The midwife at triage did not repeat my blood pressure and did not test my urine even though I asked. When my husband [[name:Emeka]] phoned back that evening because I was being sick he was told to give me paracetamol. I am not writing this to get anyone into trouble, I just do not want another woman to go home like I did. We were lucky. The staff on the labour ward and in NICU the next day were amazing and I want them to know that too. My hospital number is [[case_reference:RF2209871]] and NHS number [[nhs_number:417 883 2425]].

[[name:Chiamaka]]
[[phone:07700 900884]]
"""),
    ("health", "near_miss", """
[[organisation:NHS Lanarkshire]] {{CAMHS}}. Urgent appointment letter for [[name:Lewis Gallacher]] ([[age:14]], CHI [[nhs_number:0510090834]]) after a self-harm presentation was posted to his dad's old address, [[address:0/2, 15 Mossgiel Road, Cambuslang]] [[postcode:G72 8AU]], not his mum's. [[name:Lewis]] lives with mum. Dad forwarded it a week later. The appointment had passed by then but {{the named person}} at [[organisation:Cathkin High School]] had been chasing and got him a slot the following Monday. Demographics had been updated on the GP record but not on our system.
"""),
    ("health", "success", """
Paeds ED, [[organisation:Royal Belfast Hospital for Sick Children]]. Baby [[name:Ryan]], [[age:3 months]], H&C [[nhs_number:3913549560]], brought in with a small bleed from the mouth, "probably the bottle". Dr [[name:Siobhán Ní Bhriain]] recognised a torn frenulum as a possible {{sentinel injury}} in a non-mobile baby and did the full workup rather than sending home. Skeletal survey showed two healing rib fractures. Gateway team involved that night and baby is safe with grandparents. Exactly the kind of catch the training was meant to produce.
"""),
    # ------------------------------------------------------------------ aviation (14)
    ("aviation", "incident", """
Sector [[flight_number:LS871]] [[organisation:Glasgow Airport]] to Alicante, a/c [[aircraft_registration:G-JZBQ]]. Pax in 14C, [[name:Steven Kerr]] per manifest, visibly intoxicated at boarding but accepted by the gate. 40 mins into the cruise he became abusive to crew member [[name:Ashleigh]] and grabbed her wrist. {{SCCM}} [[name:Michelle Reid]] informed the {{commander}}, who issued a formal warning. Pax restrained with assistance from two passengers. Police met the aircraft. [[name:Ashleigh]] has bruising and was stood down for the return. Gate staff at [[organisation:GLA]] need to be empowered to offload.
"""),
    ("aviation", "near_miss", """
ASR. {{S-92}} [[aircraft_registration:G-WNSR]], [[organisation:NorthSea Rotorcraft]], callsign [[flight_number:NRC412]] from [[organisation:Aberdeen International Airport]]. On short finals to the installation helideck the crane on the north side was seen slewing towards the approach sector. {{HLO}} had confirmed deck and crane status as "green" on radio 5 minutes earlier. Commander went around at approx 150 ft. Second approach after crane confirmed parked and boom lowered. Installation's crane operator had not been told of our ETA change. Pax 14, crew 2, no injuries. Reported under our SMS ([[case_reference:ASR-NR-24-0412]]) and will be submitted to the {{CAA}}.
"""),
    ("aviation", "success", """
[[organisation:Wales Air Ambulance]], {{H145}} [[aircraft_registration:G-WASN]]. Tasked to a motorcyclist, [[name:Dylan Bowen]], [[age:19]], on the A4059 above Penderyn. Nearest safe landing site was a field at [[address:Fferm Cwmcadlan, Penderyn]] with sheep in it. Farmer [[name:Emyr]] saw us orbiting, guessed what we needed and cleared the sheep with his dog in under 3 minutes. Patient had a pre-hospital anaesthetic and was at [[organisation:Morriston Hospital]] 38 minutes after the 999 call. Good CRM throughout, and a big thank you to [[name:Emyr]].
"""),
    ("aviation", "incident", """
Ground handling, [[organisation:Manchester Airport]], stand 22. Catering high-loader [[vehicle_registration:YN19 KFP]] contacted the L1 door surround of [[aircraft_registration:G-EUYM]] ({{A320}}) while the door was open. Driver [[name:Kamil Wójcik]] had his hand trapped between the platform rail and the door frame, possible fracture, taken to [[organisation:Wythenshawe Hospital]]. His injury form (NI no. [[ni_number:SK 73 18 50 D]]) was handed in at the ramp office. No {{banksman}} was on duty as the dispatcher was covering two stands. Aircraft went tech with a dented door surround.
"""),
    ("aviation", "near_miss", """
Night shift, [[organisation:Highland Airways Engineering]], [[organisation:Inverness Airport]]. On the {{ATR 72-600}} [[aircraft_registration:G-ISLK]] after elevator trim tab rod replacement, the {{duplicate inspection}} found the split pin missing from the castellated nut. Task was signed as complete by the licensed engineer [[name:Alasdair Munro]] after a handover at shift change - the mechanic ([[name:Sunny Gill]]) had stopped to find pins and the engineer assumed he'd finished. Pin fitted and re-inspected. Aircraft was due out on the 06:40. MOR [[case_reference:MOR-2024-03117]].
"""),
    ("aviation", "near_miss", """
Student pilot, first solo cross-country, {{Cessna 152}} [[aircraft_registration:G-BSZW]] out of [[organisation:Cumbernauld Airport]]. Lost situational awareness with a cloud base lower than forecast and clipped the edge of the Glasgow CTA at about 2000 ft. I was on {{FIS}} not with approach. Scottish Info told me to squawk 7000 and call Glasgow, who were very calm. No conflict but they did have a departure delayed. My instructor [[name:Tam]] ([[name:Tam Fleming]] at [[organisation:Clyde Valley Flying Club]]) debriefed me the same night. Lesson: use the moving map with airspace warnings on, don't just rely on the chart on my knee. [[name:Precious Adeyemi-Ross]]
"""),
    ("aviation", "success", """
Controller, [[organisation:Scottish Area Control Centre]]. [[flight_number:BAW1478]] was cleared to FL240 but the Mode S selected level showed FL340 and the aircraft continued climbing through FL245 towards [[flight_number:RYR52QP]] level at FL260. I issued avoiding action and traffic information; the crew responded immediately and levelled at FL252. Minimum separation 1.4 nm / 800 ft, no {{TCAS RA}}. My planner [[name:Seán Cullinane]] had already spotted the SFL mismatch and was leaning over before I saw it. Good teamwork - the SFL alert works.
"""),
    ("aviation", "incident", """
Narrative: I was PF on [[flight_number:EI3271]], {{ATR 72}} [[aircraft_registration:EI-FNK]], into [[organisation:George Best Belfast City Airport]], RWY 22. Weather was fine, wind 250/12, visibility good. We were kept at FL110 longer than expected because of traffic into [[organisation:Aldergrove]], and the descent clearance came late, about 25 nm out. I used full speed brake equivalent (props to max RPM, power idle) but we were still high and fast when established on the localiser. I briefly considered asking for an orbit but did not want to disrupt the sequence behind us. At 1000 ft we were 20 kt above Vref with flaps 15 only. Captain called "continue". At 500 ft stable criteria were still not met (speed +12) and no go-around was called. Landed long and braked hard, vacated at the end. Both of us knew the SOP. Contributing: late evening, third sector, schedule pressure as it was the last rotation to [[organisation:Aer Lingus Regional]]'s base. In hindsight I should have called the go-around myself. I was focused on the energy problem and did not step back to see that the approach was never going to be stable. We have discussed it as a crew and with the base safety pilot, and I have asked for an extra simulator session on go-arounds from a high-energy state.
"""),
    ("aviation", "success", """
[[flight_number:BA2754]] [[organisation:London Gatwick]] - Lanzarote. Mid-flight a passenger, Mrs [[name:Patricia Holloway]] (DOB [[date_of_birth:30/06/1955]] per passport), became confused and sweaty. Husband said she was a type 1 diabetic and had missed lunch. Crew asked for medical help and Dr [[name:Nnamdi Okoro]] came forward. BM 2.1. We gave oral glucose gel and sugary drinks from the trolley; the doctor advised against {{glucagon}} as she could swallow. Contacted {{MedLink}}, who agreed we could continue. She recovered fully within 20 mins. Great teamwork, calm cabin.
"""),
    ("aviation", "incident", """
{{AW139}} [[aircraft_registration:G-CHCZ]] heavy landing at [[organisation:Sumburgh Airport]] during a night training detail. Crosswind gusting 38 kt, the training captain [[name:Lachlan Moodie]] was demonstrating a one-engine-inoperative landing and the rate of descent was not arrested in time. Post-flight inspection found a cracked skid... correction, wheel - the left main gear had damage to the oleo. No injuries. {{AAIB}} notified, ref [[case_reference:AAIB-29871]], aircraft quarantined. Company has suspended OEI training at night pending review.
"""),
    ("aviation", "near_miss", """
HEMS sortie, callsign [[flight_number:Helimed 02]], inbound to the [[organisation:Aberdeen Royal Infirmary]] helipad with a patient on board. At approx 400 ft on final a drone passed about 30 m off our right side at the same level. Paramedic [[name:Kirsty]] saw it first. Continued the approach as it moved away. Reported to police on landing, ref [[case_reference:PS-20240402-1156]]. Pilot: [[name:Euan Strachan]]. Drone flying that close to a hospital pad at night is a serious hazard, the {{CAA}} need to hear about this.
"""),
    ("aviation", "incident", """
Check-in, [[organisation:Cardiff Airport]]. Passenger [[name:Khalid Mansour]], booking ref [[case_reference:QX7H2P]], on [[flight_number:TOM5641]]. Hold bag went through without an issue being flagged, but an hour later security screening found an e-scooter {{lithium}} battery, approx 500 Wh, packed in it. Passenger said he had been told on the phone it was fine. Bag pulled, passenger spoken to at the gate by agent [[name:Bethan Llewellyn]] and supervisor [[name:Rajesh]]. Questioning at check-in didn't cover {{dangerous goods}} properly because the desk laminate had gone missing. Replaced; briefing done.
"""),
    ("aviation", "near_miss", """
Hangar 3, [[organisation:BA Maintenance Cardiff]]. Engine change on {{A319}} [[aircraft_registration:G-EUPT]], night of [[date:11/04/2024]]. At the shadow board check at end of shift one torque wrench was missing. Shift lead [[name:Gareth Price]] ("[[name:Gaz]]") stopped the aircraft being released and had the cowlings reopened. Wrench found resting on the gearbox inside the core cowl. If the aircraft had gone out the wrench could have caused serious damage to the engine. The tool control system worked because we actually did the board check.
"""),
    ("aviation", "success", """
From: [[email:cfi@mendipgliding.org.uk]]
To: reports
Subject: what went right - field landing

Our early solo pilot [[name:Autumn Greaves]] landed out in a field near Cheddar in the {{ASK 21}} [[aircraft_registration:G-CKLW]] on [[date:Sunday 5 May]]. Textbook: field selected at 1,500 ft, circuit flown, landed into wind with no damage. She rang the farmer, Mr [[name:Tregothnan]], who helped with the retrieve and even offered tea. Debriefed with the whole club. Shows that the extra field landing exercises we brought in this year work.

[[name:Jim Hawksworth]]
CFI, [[organisation:Mendip Gliding Club]]
"""),
]


def build() -> list[dict]:
    """Parse and validate every report; return the JSON records in order."""
    records = build_records("blind11", [(domain, kind, marked.strip()) for domain, kind, marked in REPORTS])
    for rec in records:
        rid, text, spans = rec["id"], rec["text"], rec["spans"]
        assert 1 <= len(rec["negatives"]) <= 3, (rid, len(rec["negatives"]))
        # Every capitalised part of a labelled name is labelled wherever it recurs.
        name_tokens = {tok for span in spans if span["label"] == "name"
                       for tok in re.findall(r"\w+", text[span["start"]:span["end"]])
                       if tok[0].isupper() and len(tok) >= 3}
        for tok in sorted(name_tokens):
            for hit in re.finditer(r"(?<!\w)" + re.escape(tok) + r"(?!\w)", text):
                assert any(s["start"] <= hit.start() and hit.end() <= s["end"]
                           for s in spans), (rid, "unlabelled name token", tok)
    return records


def main() -> None:
    write_records(OUT, build())


if __name__ == "__main__":
    main()
