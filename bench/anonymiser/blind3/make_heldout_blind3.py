#!/usr/bin/env python3
"""Blind held-out set 3: 60 hand-written practitioner reports (social care, health,
aviation), written without looking at the anonymiser or any existing corpus.

Markup: [[label:text]] = labelled span, {{text}} = must-not-redact negative.
Run: python3 bench/anonymiser/blind3/make_heldout_blind3.py
Writes bench/anonymiser/corpus/heldout_blind3.jsonl (deterministic).
"""
import json
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from markup import nhs_ok, parse  # noqa: E402

LABELS = {"name", "address", "postcode", "phone", "email", "nhs_number", "ni_number",
          "case_reference", "date_of_birth", "date", "age", "organisation",
          "vehicle_registration", "aircraft_registration", "flight_number"}

R = []  # (domain, kind, marked text)


def add(domain, kind, text):
    R.append((domain, kind, text.strip("\n")))


# ------------------------------------------------------------------ social care
add("social_care", "incident", """Home visit to [[address:14 Brackenridge Close]], [[postcode:LS9 7TF]] re [[name:Kayden]] ([[age:6]]) and [[name:Summer-Rose Atkinson]] ([[age:4]]). mum ([[name:Leanne Atkinson]]) not answering door, could hear children inside. rang her mobile [[phone:07700 900461]] x3 no answer. Called police on 101, they attended and gained entry, mum asleep on sofa, empty bottles everywhere. Children unharmed but no food in fridge and [[name:Kayden]] was still in his school uniform from yesterday. Discussed with {{team manager}} and strategy discussion convened with {{MASH}}, agreed {{Section 47}}. Mosaic [[case_reference:1183372]]""")

add("social_care", "success", """Just wanted to share a lovely bit of news - [[name:hope]] got her GCSE results today and passed maths!! She's been with her carers [[name:Bill]] and [[name:Dawn Pritchard]] since she was [[age:11]] and they have been amazing advocates for her at [[organisation:Castle Rock High School]]. Her {{IRO}} [[name:Gwen Llewellyn]] has asked for this to go on her file. We all really want her to stay on for sixth form now.
[[name:Tomasz]] (SSW)""")

add("social_care", "near_miss", """night shift [[date:12/02/24]] - young person ([[name:JM]]) tried to leave via the fire door at approx 02:40, the alarm didnt sound as it had been left on silent after the fire drill earlier. Staff member [[name:Marius Popescu]] heard the door go and was able to talk him back in, no harm. [[name:JM]] is [[age:15]] and is subject to a DoL order so this could have been v serious. Manager ([[name:Abi]]) informed, logged for {{Reg 44}} visitor. Alarm panel reset and fixed by [[organisation:Chubb Fire]] next morning, all staff reminded to check panel at handover.""")

add("social_care", "incident", """Foster carer log: [[name:Grace]] came home from contact at [[organisation:Orchard Family Centre]] very upset and said her dad had told her she'd be coming home soon. Later on at bedtime she told me her mums boyfriend "[[name:Deano]]" had hit her brother with a belt. I wrote down exactly what she said, didnt ask her any questions, and rang the {{out of hours}} team on [[phone:0161 496 0732]] at 19:10, spoke to [[name:Farhana Begum]]. [[name:Grace]] went to bed ok in the end.
[[name:Amber]] (FC)""")

add("social_care", "incident", """Allegation received [[date:3 March 2024]] re: a member of staff at [[organisation:Little Acorns Day Nursery]], [[address:22 Wellington Road, Stockport]] [[postcode:SK4 2RQ]]. Parent reported bruise on child's upper arm (child [[name:Aarav Sharma]], DOB [[date_of_birth:17/08/2021]]). Referred to {{LADO}} same day; LADO [[name:Kevin O'Brien]] agreed threshold met for a strategy meeting. Staff member ([[name:Chloe-Mae Harris]]) suspended pending investigation. {{Ofsted}} notified by the setting. LADO ref [[case_reference:LA-24-0317]]""")

add("social_care", "success", """PA update - met [[name:Abdirahman Yusuf]] (care leaver, [[age:19]]) at the job centre today, he has been offered an apprenticeship with [[organisation:Balfour Beatty]]!! Helped him set up a new email [[email:abdi.yusuf2005@gmail.com]] and sort his UC journal. Also his NI no. was wrong on the application form, correct one is [[ni_number:JT 48 29 61 B]], we fixed it. v proud of him, he has come so far since he arrived as a UASC.
[[name:Sinead]]
Personal Adviser, [[organisation:Sheffield Leaving Care Service]]""")

add("social_care", "near_miss", """Nearly sent the CP conference minutes for the [[name:Nowak]] family to the wrong person - outlook autocomplete picked [[email:k.nowak@outlook.com]] (an unrelated client) instead of [[email:kasia.nowak84@outlook.com]] (mum). I noticed before I hit send. Have flagged to the {{information governance}} team and to my {{practice supervisor}}. Suggest we switch autocomplete off for external addresses.
sw [[name:lucy h]]""")

add("social_care", "incident", """LAC review for [[name:Rhys-Jac Morgan]] ([[age:9]]) could not go ahead on [[date:21/11]] as the {{children's home}} had not been told about it. This is the third time the review has been rescheduled. I have raised a formal dispute under the {{IRO}} escalation process with the {{service manager}} [[name:Marcia Campbell]]. [[name:Rhys-Jac]]'s mum [[name:Shelley]] wasnt informed either and had travelled by bus all the way from [[address:Flat 3, 87 Clydach Road, Morriston]]. WCCIS no. [[case_reference:2289134]]""")

add("social_care", "incident", """Family support session at home with [[name:Mariam]] and the children. [[name:Mariam]] disclosed that her husband [[name:Hassan Al-Rashid]] has taken her passport and BRP and she cant leave the house without him. She is very scared. Completed {{DASH}} with her - high risk, referral to {{MARAC}} done. Her safe contact number is [[phone:07911 123 456]] (her sister [[name:Noor]]). Do NOT ring the home landline [[phone:0121 496 0874]] - he checks it. Agreed safe word with her.""")

add("social_care", "success", """Big shout out to [[name:jack]] on nights at [[organisation:Fernlea House]] who spent 3 hrs with [[name:Kyla]] when she was dysregulated last night, no restraint used at all. He used {{PACE}} the whole way through and she eventually went to bed at 1am. [[name:Kyla]] said this morning "[[name:jack]] is the only one who actually gets me". Team - this is what {{therapeutic parenting}} looks like!!
[[name:Rose]] (RM)""")

add("social_care", "incident", """[[name:Jayden Okafor-Reid]] (DOB [[date_of_birth:04.09.2008]]) reported missing from placement at 22:15, last seen getting into a silver Audi reg [[vehicle_registration:KX19 OPL]] outside [[organisation:Tesco Extra]] on [[address:Hyde Park Road]]. CSE concerns already known, he is on the {{MACE}} list. Police log [[case_reference:WMP-20240419-1172]]. Return home interview to be done by [[organisation:Catch22]] within 72 hrs. Carer [[name:Joy Adeyemi]] on [[phone:07700 900 883]] if he comes back overnight.""")

add("social_care", "incident", """New UASC arrival - [[name:Yonas Tesfay]] (says he is [[age:16]], Eritrean) brought to duty by police after being found in the back of a lorry at [[organisation:Watford Gap services]]. Very little English, used a Tigrinya interpreter over the phone. Placed same night with foster carers [[name:Frank]] and [[name:May Doherty]] at [[address:Rosewood, Lower Green Lane]], [[postcode:NG14 6BT]]. No {{Merton}} compliant age assessment needed at this stage, he looks his age. Home Office ref [[case_reference:Y1187734]]. Health assessment booked with the {{LAC nurse}}.""")

add("social_care", "near_miss", """We nearly placed [[name:Ruby-Mae]] with her maternal gran [[name:Patricia Lowe]] before the DBS checks had come back. The DBS showed a conviction for the gran's partner who lives in the household. It was picked up by the {{fostering panel}} adviser ([[name:Ifeoma]]) the day before the move. Learning: {{Regulation 24}} checks must be completed BEFORE any move, no matter how much pressure from court. [[name:Ruby-Mae]]'s plan now back to {{legal gateway}}.""")

add("social_care", "incident", """DSL at [[organisation:St Joseph's RC Primary School]] (Mrs [[name:Kowalczyk]]) rang re [[name:Sky]] in Yr 3 who came in with a burn on the back of her hand, she said "daddy's lighter". Photos taken by the school nurse. Dad is [[name:Darren Fitzgerald]] DOB [[date_of_birth:12-Jan-1989]], NI [[ni_number:NP482961A]], known to us previously. Referral into {{MASH}}, strategy held same day, agreed {{Section 47}} and {{child protection medical}} at [[organisation:Alder Hey]]. [[name:Sky]] staying with maternal aunt tonight under a safety plan.""")

add("social_care", "success", """Reunification!! [[name:Faith]] and [[name:Reign]] (twins, [[age:3]]) went home to mum [[name:Chantelle Brown]] today after 14 months in care. Mum has completed the {{FDAC}} programme and has been clean for over a year now. Huge thanks to [[name:Mark]] at [[organisation:Horizon Drug & Alcohol Service]] and to everyone who stuck with the {{Signs of Safety}} plan. New address is [[address:41b Tenby Street]], [[postcode:B1 3EL]], first review visit [[date:Mon 22nd July]].""")

add("social_care", "incident", """Initial home visit to the [[name:Munteanu]] family at [[address:7 Ash Grove, Peterborough]] [[postcode:PE1 4UA]]. Dad ([[name:Ionuț Munteanu]]) spoke some English, mum [[name:Alina]] none, and the booked Romanian interpreter didnt turn up. I used their [[age:12 yr old]] son [[name:Andrei]] for basic things only (introductions, consent to come in) - I know this isnt good practice and stopped as soon as it came to the concerns. Rebooked through [[organisation:Language Line]] for later in the week. Flagging so we can look at interpreter booking.""")

add("social_care", "incident", """[[name:Ermal Hoxha]] ([[age:17]]) arrested [[date:Sat 8 June]] with drugs and £400 cash, believed to be county lines out of London. He gave police a false name ("[[name:Eddie Smith]]") at first. I am his allocated sw, I told the custody sgt he is a {{child in need}} and asked for an {{appropriate adult}}. {{NRM}} referral made by police, I will chase the {{single competent authority}} decision. Case no. [[case_reference:CIN-077412]]""")

add("social_care", "success", """[[name:Thanh]] ([[age:14]]) has settled really well with us, tonight was the first time she laughed at dinner. She rang her aunt in Hanoi on whatsapp ([[phone:+84 91 234 5678]]) and let me say hello which was lovely. School ([[organisation:Hartcliffe Academy]]) says her attendance is now 98%. She has asked to start swimming lessons in the summer holidays.
[[name:Will]] & [[name:Sarah Pemberton-Hughes]] (foster carers)""")

add("social_care", "near_miss", """Med near miss at [[organisation:Oakdene]] - [[name:Liam]]'s melatonin was nearly given to [[name:Kacper]] because the two MAR sheets had been stapled together. Staff member ([[name:Dee]]) noticed the photo on the front didnt match and stopped. No harm to either young person. Both MARs now have their own photo page and are in separate wallets. Logged on Clearcare ref [[case_reference:CC-55102]], manager [[name:Bronwen Hughes]] aware.""")

add("social_care", "incident", """Police used {{police protection}} powers for [[name:Amira]] and [[name:Mohamed Abdelrahman]] ([[age:2]] and [[age:5 months]]) after a neighbour at [[address:Flat 12 Clarence House, Ladywood Middleway]] heard screaming. Mum ([[name:Hawa]]) taken to [[organisation:City Hospital]] with a head injury, father arrested. Children placed in emergency foster placement overnight. EPO hearing listed [[date:14/05/2024]] at [[organisation:Birmingham Family Court]].
cc [[name:Jo Whitfield]] (TM), [[name:Ravinder Sandhu]] (legal)""")

# ------------------------------------------------------------------ health
add("health", "incident", """Pt in bay 4 ([[name:Gareth Jones]], [[age:78]], NHS [[nhs_number:186 091 3903]]) had an unwitnessed fall at 03:15 on his way to the toilet. Found on the floor by HCA [[name:Bola]]. Obs stable, {{NEWS2}} 2, no obvious head injury but he is on {{apixaban}} so CT head requested as per policy. Reviewed by Dr [[name:Nair]] (FY2). Falls bundle had not been completed on admission - learning point for us. Datix [[case_reference:W118823]]""")

add("health", "near_miss", """Near miss in the dispensary - prescription for [[name:Shirley Hammond]] ([[date_of_birth:02/11/1946]]) written for {{methotrexate}} 10mg DAILY. Rang the GP at [[organisation:Parkside Medical Centre]] on [[phone:01632 960441]], confirmed it should be weekly. Corrected to 10mg ONCE weekly (on {{Mondays}}) with folic acid. Pt counselled. Reported to the practice & our {{superintendent pharmacist}}.
[[name:Priya]] (pharmacist), [[organisation:Boots]] [[address:Market Street, Chorley]]""")

add("health", "success", """Home birth for [[name:Oluwaseun Adebayo]] at [[address:9 Maple Crescent]], [[postcode:RG30 2HL]] - baby girl [[name:Ifeoluwa]] born 04:52 on [[date:18/04/24]], 3.4kg, {{Apgars}} 9 and 10. Mum had a previous {{PPH}} so we had syntocinon ready and the plan agreed at the birth choices clinic was followed to the letter. EBL only 300ml. Second midwife [[name:Hayley]] arrived in good time. Great teamwork with [[organisation:SCAS]] who were on standby.""")

add("health", "incident", """Cat 2 call to [[address:Ty Gwyn, Heol y Felin]], [[postcode:SA31 3QP]] for an [[age:82yo]] female ?stroke. Response delayed 2hr 40 mins due to handover delays at [[organisation:Glangwili]]. Pt ([[name:Eirlys Thomas]]) {{FAST}} positive on arrival and outside the {{thrombolysis}} window by the time we got her to ED. Husband [[name:Emrys]] very distressed. Crew [[name:Dai]] & [[name:Kerry]]. Reported on Datix [[case_reference:WAST-88213]]""")

add("health", "near_miss", """HV new birth visit for baby [[name:Zayan Hussain]] (NHS no. [[nhs_number:9960308243]]), mum [[name:Ayesha]]. Found baby asleep on the sofa between dad and cushions when I arrived. Discussed {{safe sleep}} with both parents, gave leaflet, moses basket was still in its box upstairs so we set it up together. Dad ([[name:Imran]]) very receptive. Informed GP [[organisation:Bradford Moor Practice]].
[[name:Helen Crossley]] HV, [[organisation:Bradford 0-19 Service]], [[phone:07700 900215]]""")

add("health", "incident", """[[age:7 month old]] brought to ED by mum with ?# humerus, mechanism given (rolled off sofa) not consistent with injury. Skeletal survey arranged, referral made to children's services (spoke to [[name:Ola]] in {{MASH}}). Pt [[name:Leo Wiśniewski]], DOB [[date_of_birth:3/9/23]], MRN [[case_reference:00718822]]. Paeds reg Dr [[name:Chukwuemeka]] informed and {{child protection medical}} booked for tomorrow am.
Dr [[name:S. Mahmood]] ST4 EM""")

add("health", "success", """Really pleased - [[name:Abdul Karim]] ([[age:64]]) walked 20m with a frame today, 3 wks after his {{CVA}}. His daughter [[name:Rahima]] ([[phone:07405 112908]]) was in tears. He wants to be home for {{Eid}}. Discharge planning started with [[organisation:Tower Hamlets Reablement]] and OT to do a home visit to [[address:23 Jamaica Street]] [[postcode:E1 3HT]] next week.
[[name:Callum]] (band 6 physio)""")

add("health", "incident", """School nurse drop-in at [[organisation:Kingsmead Academy]]: Yr 9 girl ([[name:Tia-Louise]]) disclosed self harm (cutting on thighs) and that she has been talking to an older man online who calls himself "[[name:Hunter]]". He has asked her for pics. Referred to {{CAMHS}} and to the DSL (Mr [[name:Osei]]) who has contacted police. Rang mum [[name:Natalie Grieve]] on [[phone:07700900342]] with [[name:Tia-Louise]]'s consent.""")

add("health", "near_miss", """Insulin near miss on ward 7 - {{NovoRapid}} prescribed as "4U" and read as 40 units for [[name:Margaret 'Peggy' O'Sullivan]] (NHS [[nhs_number:628-194-8211]]). Picked up by student nurse [[name:Emily]] at the second check before it was given. Prescriber (Dr [[name:Vu]]) informed and corrected it. Reminder to all that units must never be abbreviated. BM at the time 7.2.""")

add("health", "incident", """A letter with [[name:Tomás Ferreira]]'s HIV result was sent to [[name:Tomas Ferreira]] at [[address:56 Victoria Road]], [[postcode:CR0 2QR]] - a different patient with almost the same name. DOBs [[date_of_birth:11/06/1982]] vs [[date_of_birth:11/06/1988]]. The wrong recipient rang us to say. Apologised to both, {{Caldicott Guardian}} informed and {{duty of candour}} applied. Significant event analysis to follow. [[organisation:Thornton Heath Surgery]], SEA ref [[case_reference:SEA/24/019]]""")

add("health", "success", """[[name:Tharushi Wijesinghe]] discharged from {{CAMHS}} today after 18 months. Her {{PHQ-9}} is down to 4 and she is off to [[organisation:University of Leicester]] in the autumn!! Discharge summary sent to GP ([[organisation:Evington Medical Centre]]) and cc to her at [[email:tharushi.w@hotmail.co.uk]] as she asked. She said the DBT group was what made the difference.
[[name:Nikhil]], CPN""")

add("health", "incident", """EOC call handler: caller at [[address:18 Kestrel Way, Basildon]] gave the postcode [[postcode:SS14 2PX]] but the system geolocated to [[postcode:SS14 2XP]] and the crew went to the wrong street, 9 min delay. Pt [[name:Barry Gillespie]], [[age:59]], cardiac arrest, {{ROSC}} achieved by the crew. Caller ([[name:Jolene]], his wife) did CPR with my instructions the whole time and she deserves recognition for that. Incident no. [[case_reference:EEAST-11290483]]""")

add("health", "near_miss", """Two babies with the surname [[name:Khan]] on the postnatal ward, one cot card printed with the wrong mum's hospital number ([[case_reference:RXH4418829]] instead of [[case_reference:RXH4418892]]). Noticed by MCA [[name:Joy]] on the 2nd check before either baby left the ward. Labels reprinted and checked by two staff. {{SBAR}} handover to the day team. Suggest we use a name alert on the board when surnames match.
[[name:Bethany]] RM""")

add("health", "incident", """CD discrepancy: 2 x {{oxycodone}} 10mg MR missing from the ward CD cupboard, found at the 07:00 check by [[name:Ngozi]] and [[name:Alfie]]. Last correct check was [[date:Thursday 9 May 2024]] at 19:00 by [[name:Paweł Zieliński]]. Reported to the {{CDAO}} and pharmacy, police not yet informed. All staff on shift to give statements. Ref [[case_reference:INC-2024-88121]]""")

add("health", "success", """[[name:Hodan Warsame]] brought baby [[name:Sagal]] ([[age:9 months]]) to clinic at [[organisation:Lozells Children's Centre]] today - weight back up on the 25th centile after the feeding plan!! [[name:Hodan]] said the peer supporter ([[name:Fadumo]]) who speaks Somali made all the difference. Next review [[date:12th August]].""")

add("health", "incident", """Pt discharged to the wrong care home - [[name:Stanley Mitchell]] ([[age:91]], NHS [[nhs_number:9935181901]]) was taken by hospital transport to [[organisation:Willow Lodge]] instead of [[organisation:Willowbrook Lodge]] ([[address:3 Station Approach, Ashford]] [[postcode:TN23 1PY]]). Staff at [[organisation:Willow Lodge]] rang us at 18:40 on [[phone:01233 555019]]. He was returned to the correct home by 21:00, {{dementia}} pt, no harm but v distressed. Ward manager [[name:Chipo Moyo]] informed, {{CQC}} notification not required.""")

add("health", "near_miss", """Theatre 3: the {{WHO checklist}} sign-in picked up that pt [[name:Adebola Akinwande]] has a penicillin allergy which was not on the drug chart, and {{co-amoxiclav}} had already been drawn up. Swapped to an alternative. Anaesthetist Dr [[name:Ruth McAllister]]. Really good catch by ODP [[name:Grace Liu]].""")

add("health", "incident", """[[name:Oksana Kovalenko]] ([[age:34]]) came in under {{Homes for Ukraine}}, living at her sponsor's, [[address:Glebe Farm, Mill Lane, Long Itchington]], [[postcode:CV47 9QJ]]. Attended with anxiety & insomnia but disclosed the sponsor ([[name:Roger Hale]], [[phone:07700 900518]]) is controlling her, holding her documents and not letting her go out alone. Discussed with practice safeguarding lead Dr [[name:Ellis]], referral to the council {{Homes for Ukraine}} team and adult safeguarding. Her own mobile is [[phone:+380 67 123 4567]].""")

add("health", "success", """Shout out to the whole resus team on nights [[date:02/03]]. [[age:23yo]] male ([[name:Connor]]) stab wound to chest, {{thoracotomy}} in ED, survived and now on ITU. Particular thanks to [[name:Amara]] (nurse in charge), Dr [[name:Okwuosa]] and the {{HEMS}} crew from [[organisation:London's Air Ambulance]]. Amazing work everyone.""")

add("health", "incident", """Booking appt: [[name:Nasrin Ahmadi]] (Afghan, [[age:19]]), DOB [[date_of_birth:01/01/2005]], NI [[ni_number:SK 73 10 22 D]]. Husband ([[name:Farid]]) insisted on being present and answered every question for her, so I could not ask the routine enquiry. Booked a follow up alone with a Dari interpreter, told husband it's a scan. Disclosed {{FGM}} at previous pregnancy booking, to be flagged if baby is a girl.
[[name:Kirsty]] CMW, [[organisation:Rosie Maternity]]""")

# ------------------------------------------------------------------ aviation
add("aviation", "incident", """Operating [[flight_number:EZY6412]] [[organisation:Gatwick]]-[[organisation:Palma]] on [[date:17 JUL 2024]], [[aircraft_registration:G-EZWX]], {{A320}}. On approach we got a late runway change and the approach went unstable at 500ft (speed +15, not fully configured). I called go-around as PM, Capt [[name:Hannah Roebuck]] flew it well. Second approach normal. No injuries. ASR filed, ref [[case_reference:ASR-24-07731]].
FO [[name:Deepak Varma]]""")

add("aviation", "near_miss", """TC North, [[date:04/03/2024]] 1423z: [[flight_number:Speedbird 1447]] descending FL120 and [[flight_number:RYR82QP]] climbing FL110 on conflicting tracks after I gave the wrong level. {{STCA}} activated, minimum 2.1nm/600ft. Both crews complied promptly with avoiding action. ATCO [[name:Sophie Kerr]], OJTI [[name:Joe]]. {{MOR}} submitted to the {{CAA}}.""")

add("aviation", "incident", """Flight [[flight_number:LS1277]] [[organisation:Leeds Bradford]] to [[organisation:Alicante]], disruptive pax in 23C (Mr [[name:Craig Dunmore]]), intoxicated before boarding, verbal abuse towards crew member [[name:Chelsea]]. Level 2 incident, written warning card given. Captain made a PA and requested police on arrival, Guardia Civil met the aircraft on stand. Witness: pax [[name:Aoife Brennan]] 14D, [[phone:+353 87 123 4567]].
SCCM [[name:Bartosz]]""")

add("aviation", "near_miss", """Found during A-check on [[aircraft_registration:G-OBMP]] ({{B737-800}}) that the LH main gear downlock pin had been left installed from the previous shift with the flag missing. Might have been caught on the walkround but not guaranteed. Licensed engineer [[name:Nkosi Dlamini]] (B1). Tech log page [[case_reference:TL-4471902]]. Missing flag ordered, stores contacted on [[email:stores.man@jet2.com]].""")

add("aviation", "success", """Diverted [[flight_number:BY6234]] to [[organisation:Shannon]] after pax [[name:Gerald Pike]] ([[age:71]]) had a suspected MI. Cabin crew [[name:Aisling]] and [[name:Kwame]] were superb, used the AED and ran the {{MedLink}} call. Ambulance met us on stand. Pax's wife ([[name:Maureen]]) has since sent a card to say he is recovering well. A/C [[aircraft_registration:G-TAWB]], {{737 MAX 8}}.""")

add("aviation", "incident", """Catering hi-loader (reg [[vehicle_registration:YT68 BNF]]) struck the R2 door surround of [[aircraft_registration:EI-FMV]] ({{A320}}) on stand 51 at [[organisation:Stansted]]. Driver [[name:Marek Wójcik]] says the stabilisers failed. Aircraft AOG, [[flight_number:FR8341]] cancelled. Reported by ramp supervisor [[name:Tunde]]. Driver's airside permit suspended pending investigation.""")

add("aviation", "near_miss", """Loadsheet error - I entered the hold baggage twice in the DCS so the final loadsheet for [[flight_number:LS813]] to [[organisation:Dalaman]] showed 40 bags more than were actually loaded. Captain [[name:Reza Tehrani]] queried the TOW against the fuel figures and I corrected it before pushback. Root cause: double entry after a system freeze.
[[name:Ellie]] (turn coordinator, [[organisation:Swissport]])""")

add("aviation", "incident", """Runway incursion at [[organisation:Bristol Airport]]: airfield ops vehicle "Ops 2" entered rwy 27 at hold A1 without clearance while [[aircraft_registration:G-LCYN]] ({{Embraer 190}}) was on 3nm final. ATCO instructed go-around. Driver ([[name:Kieran]]) said he misheard "hold short" as "cross". Vehicle reg [[vehicle_registration:WU21 KHD]]. Occurrence ref [[case_reference:2024/04417]]""")

add("aviation", "success", """Unaccompanied minor [[name:Maya Rodrigues]] ([[age:8]]) on [[flight_number:TP1351]] [[organisation:Lisbon]]-[[organisation:Heathrow]], her nominated pickup (aunt, [[name:Beatriz Costa]]) wasnt at the gate. Crew member [[name:Jess]] stayed with her for 2 hours until the aunt arrived, we got hold of her on [[phone:+351 912 345 678]] (stuck on the M25). Handed over with ID checked per procedure. Lovely kid, drew us all pictures.""")

add("aviation", "near_miss", """TCAS RA "climb, climb" on [[flight_number:VS44]] passing FL245 in the climb, conflicting traffic was a {{Cessna Citation}} not in contact with London. Followed RA, min sep approx 400ft. Reported to ATC immediately and filed an ASR. Capt [[name:Olumide Bakare]], contact [[email:o.bakare@flyvirgin.com]] if anyone from the {{AAIB}} or safety needs more detail.""")

add("aviation", "incident", """Crew member [[name:Summer]] burned her hand on the oven in the aft galley on [[flight_number:EZY8825]], [[date:26/08]]. First aid given on board, cool running water for 20 mins. Accident book completed. Oven door latch is a known defect - tech log entry on [[aircraft_registration:G-UZHC]] from last week. Please can this be fixed before someone else gets hurt.
[[name:Joanna Kaczmarek]], SCCM""")

add("aviation", "success", """Well done to [[name:Liang Wei]] at the [[organisation:Cardiff]] hangar who spotted a cracked bracket on [[aircraft_registration:G-OMRE]] during a routine inspection, in an area that wasn't even on the task card. Raised with the {{CAMO}} and a fleet check is now in progress. This is exactly the kind of reporting culture we want.
[[name:Ffion Rees]], Quality""")

add("aviation", "incident", """Laser attack on approach to [[organisation:Birmingham]] rwy 33, [[flight_number:Channex 43LR]], approx 1,500ft. Green laser from the left, FO [[name:Sadia Chowdhury]] had temporary flash blindness, I took control and landed. Police informed by ATC, {{CAA}} report done. [[name:Sadia]] checked by the airport medic, ok.
Capt [[name:Ben Whitlock]]""")

add("aviation", "incident", """Pax in 31F ([[name:Fatima Zahra Benali]], DOB [[date_of_birth:22 Feb 1990]]), 34 weeks pregnant, had abdominal pain 1hr into [[flight_number:W6 5701]]. Pax who is a paramedic ([[name:Tom]]) assisted. Captain considered a diversion but her pain settled and we continued. Met by medical team on arrival at [[organisation:Luton]]. Her husband's number for follow up is [[phone:+212 661 234567]].""")

add("aviation", "near_miss", """Infringement of the [[organisation:Farnborough]] TMZ by [[aircraft_registration:G-BXPL]] ({{PA-28}}) squawking 7000 and not on frequency. Traffic info passed to two departures, no TCAS events. Pilot traced: [[name:Geoffrey Hinds-Walker]], tel [[phone:07700 900667]], says he had the wrong chart loaded on his tablet. Referred to the {{CAA}} infringement process.""")

add("aviation", "success", """Student pilot [[name:Jamal]] in [[aircraft_registration:G-CKTF]] ({{Cessna 152}}) got lost on his first solo cross-country and called on 121.5. {{D&D}} got a fix on him and handed him to us and we talked him in to [[organisation:Gloucestershire Airport]]. He did everything right, stayed calm and asked for help early. His instructor [[name:Sky Maddox]] has passed on thanks to the whole team.""")

add("aviation", "incident", """Crew member [[name:Maricel Santos]] reported that pax Mr [[name:Luca Romano]] touched her inappropriately in the galley on [[flight_number:BA2490]] [[date:9 Nov]]. Captain informed, pax given a verbal warning and moved away from the galley. Police met the aircraft at [[organisation:Gatwick]], crime ref [[case_reference:47240211093]]. [[name:Maricel]] has been offered support via the {{EAP}}.""")

add("aviation", "near_miss", """Marshaller waved in [[aircraft_registration:G-EUXK]] ({{A321}}) on stand 512 at [[organisation:Heathrow]] while the airbridge was still extended - captain stopped short on his own. Ramp agent [[name:Gurpreet Dhillon]] (ID [[case_reference:HAL-20931]]) said the VDGS was showing STOP but he didn't see it. [[flight_number:BA 851]] from [[organisation:Warsaw]]. Stand out of use until VDGS tested.""")

add("aviation", "incident", """Engineer [[name:Mehmet Yılmaz]] fell from the bottom rung of a stand at the [[organisation:East Midlands]] hangar while working on [[aircraft_registration:G-DHLX]] ({{Boeing 757}}), twisted his ankle. Taken to [[organisation:Royal Derby Hospital]] by [[name:Shilan Ahmed]] in a company van, reg [[vehicle_registration:DE72 XKA]]. Stand had a missing guard rail, now quarantined. RIDDOR to be assessed by H&S ([[email:hs.ema@dhl.com]]).""")

add("aviation", "success", """Just want to say thanks to [[name:Thiago Oliveira]] and [[name:Delroy Campbell]] in the [[organisation:Manchester]] tower for handling the hydraulic failure on [[flight_number:EXS2TR]] so calmly. Full emergency, aircraft stopped on the runway, towed in and no injuries. Textbook RT. Pass on to the {{watch manager}} please.
[[name:Jonas Kazlauskas]], Capt, [[organisation:Jet2]]""")


# ------------------------------------------------------------------ build
DIRECT = {"name", "address", "postcode", "phone", "email", "nhs_number", "ni_number",
          "case_reference", "date_of_birth"}


NI = re.compile(r"^[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z] ?\d{2} ?\d{2} ?\d{2} ?[A-D]$", re.I)


def main():
    errors, warnings, rows = [], [], []
    for i, (domain, kind, marked) in enumerate(R, 1):
        rid = f"blind3-{i:03d}"
        text, spans, negs = parse(marked)
        if "[[" in text or "]]" in text or "{{" in text or "}}" in text:
            errors.append(f"{rid}: leftover markup")
        for s in spans:
            v = text[s["start"]:s["end"]]
            if s["label"] not in LABELS:
                errors.append(f"{rid}: bad label {s['label']}")
            if v != v.strip() or not v:
                errors.append(f"{rid}: whitespace/empty span {v!r}")
            if s["label"] == "nhs_number" and not nhs_ok(v):
                errors.append(f"{rid}: bad NHS check digit {v}")
            if s["label"] == "ni_number" and not NI.match(v):
                errors.append(f"{rid}: bad NI format {v}")
            if s["label"] == "name" and v.endswith("'s"):
                errors.append(f"{rid}: possessive inside name {v}")
        allsp = sorted(spans + negs, key=lambda s: s["start"])
        for a, b in zip(allsp, allsp[1:]):
            if b["start"] < a["end"]:
                errors.append(f"{rid}: overlap at {a} {b}")
        # every occurrence of a labelled identifier string must be labelled
        covered = [(s["start"], s["end"]) for s in spans]
        for s in spans:
            v = text[s["start"]:s["end"]]
            for m in re.finditer(r"(?<!\w)" + re.escape(v) + r"(?!\w)", text, re.I):
                if not any(a <= m.start() and m.end() <= b for a, b in covered):
                    msg = f"{rid}: unlabelled occurrence of {s['label']} {v!r} at {m.start()}: {text[max(0,m.start()-20):m.end()+20]!r}"
                    (errors if m.group(0) == v else warnings).append(msg)
        rows.append({"id": rid, "domain": domain, "kind": kind, "text": text,
                     "spans": spans, "negatives": negs})
    for w in warnings:
        print("WARN", w)
    if errors:
        for e in errors:
            print("ERROR", e)
        sys.exit(1)
    dest = Path(__file__).resolve().parents[1] / "corpus" / "heldout_blind3.jsonl"
    with dest.open("w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    from collections import Counter
    print(f"wrote {len(rows)} reports to {dest}")
    print(Counter((r["domain"], r["kind"]) for r in rows))
    print(Counter(s["label"] for r in rows for s in r["spans"]))
    print("negatives:", sum(len(r["negatives"]) for r in rows))


if __name__ == "__main__":
    main()
