#!/usr/bin/env python3
"""Blind held-out evaluation set for the anonymiser benchmark.

80 narratives written by hand, independently of the anonymiser, its tests, the
generator (make_corpus.py) and the other corpora, in the voice of social care,
health and aviation practitioners. Mark-up in the texts:

    [[label:value]]   a labelled span (aliases: org, ref, dob, nhs, ni, vrm, reg, fl)
    {{term}}          a must-not-redact mention (negative)

The mark-up is stripped to compute exact character offsets and the result is
written to corpus/heldout_blind.jsonl. Every span is validated (text[start:end]
equals the marked value, no overlaps with other spans or negatives), every NHS
number's mod-11 check digit and every NI number's format are checked.

    python3 bench/anonymiser/make_heldout_blind.py [--out PATH]
"""
from __future__ import annotations

import argparse
import json
import pathlib
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from markup import nhs_ok, parse  # noqa: E402

HERE = pathlib.Path(__file__).resolve().parent
OUT = HERE / "corpus" / "heldout_blind.jsonl"

LABELS = {"name", "address", "postcode", "phone", "email", "nhs_number", "ni_number",
          "case_reference", "date_of_birth", "date", "age", "organisation",
          "vehicle_registration", "aircraft_registration", "flight_number"}
ALIASES = {"org": "organisation", "ref": "case_reference", "dob": "date_of_birth",
           "nhs": "nhs_number", "ni": "ni_number", "vrm": "vehicle_registration",
           "reg": "aircraft_registration", "fl": "flight_number"}

SOCIAL_CARE = [
("incident", """Call rec'd from DSL at [[org:Oakfield Primary]] re [[name:grace]] ([[age:7yo]]) - bruise to L cheek, says mum's boyfriend [[name:Dean]] "pushed her into the door". Strat held same day w/ police + health, agreed {{Section 47}}. HV to [[address:14 Marlowe Close, Rochdale]] [[postcode:OL11 3RT]], {{the duty social worker}} (me) and PC [[name:Hussain]] saw [[name:grace]] alone, consistent account. Mum [[name:Kayleigh Brierley]] tel [[phone:07700 900417]], not answering. Mosaic [[case_reference:2287431]]."""),
("near_miss", """Just to flag - when I picked up [[name:Hope]] from contact at the family centre on [[date:Thurs 8th Feb]] the contact supervisor nearly handed her over to her nan, who isnt on the approved list. I stopped it and rang {{the out of hours team}}. nan is [[name:Brenda Walsh]], lives at [[address:Flat 3, 27 Gorse Hill Road]]. No harm done, [[name:Hope]] was fine, ate her tea and went to bed at 7. Could someone update the contact plan pls.
[[name:Lorraine]] (foster carer) [[phone:07700 900882]]"""),
("success", """Really positive review for [[name:Oluwaseun Adeyemi-Clarke]] (DOB [[date_of_birth:03/11/2009]]) today. [[name:Seun]] has now been at [[organisation:Brookfield House]] {{children's home}} for 8 months with no missing episodes and attendance at [[org:Kingsmead Academy]] is up to 94%. {{The IRO}} commended key worker [[name:Jas]] for the life story work. Next review [[date:14 May 2024]]. LCS ref [[ref:CH-0048213]]."""),
("incident", """At approx 23:40 [[name:KM]] ([[age:15]]) returned to the unit smelling of cannabis, dropped at the end of the drive by a male in a silver Corsa reg [[vrm:KX19 HDJ]]. Police informed, log [[ref:GMP-20240622-4471]]. [[name:Kyle]] said the driver was called "[[name:Tariq]]" and he met him at the [[org:Arndale]]. {{Missing from home}} return interview requested. Staff on shift: [[name:Precious]], [[name:Dom]]."""),
("near_miss", """MASH screening error - letter re [[name:Aleksandra Nowak]] was posted to [[address:41 Tennyson St]] instead of [[address:14 Tennyson St]] [[postcode:NG7 5FL]]. Neighbour returned it unopened to reception. Have corrected the address on Liquidlogic ([[ref:LL-7735021]]). mum's first language is Polish so cc'd interpreter [[name:Katarzyna]] on the email to her ([[email:a.nowak84@gmail.com]]). Informed {{the MASH}} manager, not a breach but logged on our team tracker."""),
("success", """Lovely news - [[name:Rose]] and [[name:Will]] (siblings, [[age:4]] and [[age:2]]) were matched at panel on [[date:2nd April]] with Mr and Mrs [[name:Fairweather-Jones]]. Introductions start [[date:w/c 15/4]]. Big thanks to [[name:Faith Mensah]] in {{the family finding team}} and to foster carer [[name:Bronwen ap Rhys]] who did an amazing job with the transition book. ICS ref [[ref:ADP/2023/0417]]."""),
("incident", """[[name:sky]] missing from placement since 1900hrs, last seen on [[address:Albert Rd]] near the Spar by carer [[name:Deborah]]. Reported to police, ref [[ref:CRI-24-118832]]. [[name:Sky]] is [[age:13]], white british, 5ft2, grey north face coat. Known associates: "[[name:Reece]]" ([[name:Reece Doherty]], [[age:17]]) and a girl called [[name:Tink]]. her phone [[phone:07700 900 313]] going straight to VM. {{Philomena protocol}} form done. {{EDT}} informed (spoke to [[name:Gareth]])."""),
("near_miss", """Night staff nearly gave [[name:Mohammed]]'s melatonin to [[name:Musa]] as both boxes were in the same tray and both start with M. Caught by second checker ([[name:Tendai]]). Have separated the trays and put photos on the MAR sheets. {{the registered manager}} aware. No harm.
– [[name:Precious Ncube]], RCW, [[org:Willow Lodge]]"""),
("success", """Good news to share: [[name:Abdi Warsame]] (care leaver, [[age:19]]) got his keys today to [[address:Flat 12, Rosebank Court, Harehills]], [[postcode:LS9 6QP]]. PA [[name:Mark]] supported him with the UC claim, NI no. [[ni_number:JR 48 21 93 C]] passed to the housing team. He starts at [[org:Leeds City College]] doing electrical installation {{in September}}. [[name:Abdi]] asked me to say thank you to everyone who "didnt give up on him"."""),
("incident", """Consultation with {{LADO}} ([[name:Siobhan O'Driscoll]]) re allegation against a PE teacher at [[org:Hillcrest High School]], [[name:Hunter Blake]]. [[name:Maisie]], [[age:14]], disclosed to her form tutor on [[date:19.03.24]] that he had been messaging her on snapchat, screenshots seen. Threshold met, strategy discussion booked for tomorrow. {{Working Together}} followed, school asked not to inform the staff member. CP ref [[ref:CP/24/00931]]."""),
("near_miss", """near miss - was about to send the CP conference minutes for the [[name:Chaudhry]] family to dad ([[email:s.chaudhry@outlook.com]]) but the distribution list also had mum's new address on it [[email:rubina.c77@hotmail.co.uk]] and she has a non-mol against him. Spotted it before sending and removed. Flagged to [[name:Nadia]] (TM). Minutes ref [[ref:CPC-3391-B]]."""),
("success", """FGC held at [[org:Penrhos Community Centre]] for the [[name:Pritchard]] family, really positive. Nain ([[name:Gwenllian Pritchard]]) and uncle [[name:Dafydd]] have agreed to share care of [[name:Cerys]] ([[age:6]]) and [[name:Osian]] ([[age:3]]) while mum is in rehab at [[org:Ty Gwyn]]. Plan agreed using {{Signs of Safety}} scaling, everyone scored 7+.
Coordinator: [[name:Elin Vaughan]] [[phone:01248 382117]] / [[email:elin.vaughan@ynysmon.gov.uk]]"""),
("incident", """Incident: at teatime [[name:J-Dog]] ([[name:Jayden]]) threw a plate at staff member [[name:Hollie]], cut to her forearm needing steri strips. Physical intervention (2 person, {{Team Teach}}) for approx 3 mins, [[name:Jayden]] calmed after. Reg 40 notification to {{Ofsted}} sent, URN [[ref:SC483920]]. [[name:Jayden]]'s sw [[name:Mehmet]] informed by email. Debrief with [[name:Jayden]] done by [[name:Sam]]."""),
("near_miss", """Transport for contact was booked for [[date:the 23rd]] instead of [[date:the 13th]] - only realised when [[name:May]] ([[name:May Li]], [[age:9]]) was ready in her coat and no driver came. Rang [[org:Amber Cars]] and they got someone out in 20 mins so contact with dad still went ahead at [[org:Clarendon Family Centre]]. Driver's car [[vrm:YD67 UVC]]. Please can bookings be double checked."""),
("success", """Huge well done to [[name:Florin]] and [[name:Ionela Stanciu]] - all 3 kids now attending [[org:Greenway Primary]] full time, up from 42% last term. {{Early help worker}} [[name:Mihaela Popescu]] did home visits {{every Monday}} and sorted the uniform grant. Case closing to universal services. EH ref [[ref:EH-22019]]."""),
("incident", """Referral from [[org:Bexley Grammar]] re [[name:Nguyen Van Minh]] ([[name:Minh]]) who says he is [[age:16]] but looks older, living with an "uncle" at [[address:88A Broadway, Bexleyheath]] [[postcode:DA6 7JN]]. No private fostering notification was ever made. {{NRM}} being considered. Vietnamese interpreter booked via [[org:DA Languages]]. [[name:Minh]]'s mobile [[phone:+44 7911 123456]], uncle [[name:Tran Duc Long]] [[phone:07911 654321]]. Mosaic [[ref:3019284]]."""),
("near_miss", """Nearly filed the C110A with the wrong DOB for [[name:Eilidh]] - had it as [[dob:12/07/2018]] but it's [[dob:21/07/2018]], transposed. Spotted by legal ([[name:Ruaridh MacLeod]]) before it went to court. Case no [[ref:MA24C00417]]. All fine, flagging as it's the 2nd time the template auto-populates wrong."""),
("success", """Short breaks panel approved the package for [[name:Hodan]] ([[age:11]], autism + epilepsy). Mum [[name:Faadumo Abdullahi]] was so relieved she cried. OT [[name:Imran Siddiqui]] has ordered the bed. {{Child in need}} plan reviewed, next CIN [[date:Tuesday 4th June]]. Well done to {{the disabled children's team}}."""),
("incident", """Lone working incident - on HV to [[address:Ivy Cottage, Back Lane, Great Harwood]] [[postcode:BB6 7QR]] the family's dog bit me on the calf. Dad ([[name:Shane Kershaw]]) hadn't shut it away despite being asked twice. Went to [[org:Royal Blackburn Hospital]] A&E, tetanus given. Reported on {{Datix}} ([[ref:W224871]]) and to my TM. Future visits to be joint.
[[name:Kelly-Anne]]"""),
("near_miss", """IRO escalation (stage 1): [[name:Tyrese]]'s PEP hasn't been held since [[date:Nov 2023]] and the placement plan still lists his GP as [[org:Parkside Surgery]] when he has been registered at [[org:Langley Medical Practice]] since the move - nearly meant his asthma review letter went to the wrong place. Raised with sw [[name:Chloe Adebayo-Smith]] and TM, cc [[name:Marcia]].

Kind regards
[[name:Patrick Quinn]]
Independent Reviewing Officer | [[org:Walsall Children's Services]]
t: [[phone:01922 650 318]] | [[email:patrick.quinn@walsall.gov.uk]]"""),
("success", """so proud!!! [[name:leah]] got 5 GCSEs incl maths, she's [[age:16]] and been with us at [[org:the Beeches]] since she was [[age:12]]. staff team took her for pizza. her dad [[name:gary]] rang to say well done which is a first. will put it in the newsletter (first name only)."""),
("incident", """Strat disc re [[name:Caoimhe]] ([[age:8 months old]]) - skeletal survey at [[org:Alder Hey]] showed 2 healing rib fractures. Parents [[name:Ciarán]] and [[name:Aoife Ní Bhriain]] have no explanation. {{Section 47}} initiated, police ref [[ref:0425-24-1187]]. Baby to stay on {{the ward}} overnight, sw [[name:Róisín]] visiting tomorrow am. Paed consultant Dr [[name:Okonkwo]] to write up."""),
("near_miss", """We almost placed [[name:Faith]] ([[age:14]]) in an unregistered provision - the provider [[org:Safe Haven Support Ltd]] was not registered with {{Ofsted}}. Picked up by commissioning ([[name:Bilal]]) when checking the URN on [[date:Friday 12th Jan]]. She went to [[org:Rowan House]] instead, which is registered. Needs raising at {{the placement panel}}."""),
("success", """UASC [[name:Yonas Tesfamariam]] ([[age:17]]) got his leave to remain today!! Solicitor [[name:Helen Rae]] at [[org:Migrant Law Project]] has been brilliant. He wants to stay at [[address:3 Foundry Mews]] with his supported lodgings host [[name:Ruth]]. Home Office ref [[ref:T1187734]]. Now arranging his BRP collection + bank account."""),
("incident", """At supervised contact at [[org:Meadowcroft Family Centre]] dad ([[name:Paul Stirling]]) became verbally aggressive when told [[name:Mia]] couldn't have his number, shouting at contact worker [[name:Abena Owusu]]. Contact ended early. [[name:Mia]] ([[age:10]]) upset, taken back to carer [[name:Janet]] at [[address:5 Kestrel Way]] by taxi. {{The team manager}} to write to dad re expectations."""),
("near_miss", """OOH: police called 02:10 re [[name:Kamran]] ([[age:15]]) arrested for possession, needed an appropriate adult. {{EDT}} couldn't find an AA and he was nearly left in custody overnight without one; [[name:Dawn]] from the rota came in at 04:00. Custody ref [[ref:WM/24/56671]]. Mum [[name:Shazia Malik]] on [[phone:0121 496 0732]] didn't answer. We need better AA cover at night."""),
("success", """Fostering panel recommended approval for [[name:Kwame]] and [[name:Efua Asante]] (mainstream, 0-18, 2 placements). Assessing sw [[name:Rhiannon Lloyd-Evans]] presented the Form F. Panel chair [[name:Hamish]] praised their understanding of trauma. Address for the ADM letter: [[address:19 Cranesbill Close, Milton Keynes]] [[postcode:MK7 8EZ]]."""),
("incident", """CE concern: [[name:Bailey]] ([[age:14-year-old]]) seen getting into a black BMW [[vrm:LR21 OKX]] outside [[org:Thorpe Hall Academy]] at 15:20 by a TA. Same car was linked to [[name:Connor]] at the last {{MACE}} meeting. Info passed to police on an intel form, ref [[ref:IR-55218]]. [[name:Bailey]]'s mum ([[name:Stacey]]) told, she said he's "just with mates"."""),
("near_miss", """Near miss re the {{ICPC}}: interpreter booked was Urdu but grandma ([[name:Jahanara Begum]]) speaks Sylheti. Noticed by [[name:Rukhsana]] in admin when confirming - rebooked via [[org:Language Line]] in time. ICPC for [[name:Rayyan]] and [[name:Inaya Chowdhury]] went ahead [[date:10.4.24]] at [[org:Tower Hamlets Town Hall]]."""),
("success", """[[name:Marcus]] returned home to mum today after 18 months in care. Mum ([[name:Charlene Okoro]]) has been clean 11 months and is engaging with [[org:Turning Point]]. Placement with parents regs followed, home address [[address:Flat 7 Nightingale House, Eastfield Rd]] [[postcode:PE1 4BD]]. Thanks all.
[[name:Ben]] (SW, [[org:Peterborough CIC team]])"""),
]

HEALTH = [
("incident", """Bloods taken from pt in bay 3 were labelled with Mr [[name:Eamon Fitzgerald]]'s details (MRN [[ref:00847213]], {{NHS}} [[nhs:186 091 3903]]) but the sample was from Mr [[name:Hanif Rahman]]. Lab rejected on group & save mismatch. Datix [[ref:DW-118402]]. Both pts fine. {{the nurse in charge}} aware, staff member ([[name:Grace]], HCA) supported and booked onto positive patient ID training."""),
("near_miss", """Pharmacist intervention: methotrexate 10mg prescribed DAILY instead of weekly for [[name:Margaret Oyelaran]] ([[age:78]]) on {{AMU}} at [[org:Royal Preston Hospital]]. Caught at clinical screen before the first dose. Prescriber FY1 Dr [[name:Tom Ashworth]] informed and changed to weekly ({{Mondays}}). Hosp no [[ref:RPH4471902]].
[[name:Anjali]] - ward pharmacist bleep 3312"""),
("success", """Shout out to [[name:Comfort]] ([[name:Comfort Boateng]], band 6) who spotted the reduced FMs and the CTG changes for the lady in room 9 (Mrs [[name:Zainab Haruna]], [[age:34]], G2P1, 38+2). Baby delivered by cat 1 CS at 03:12 on [[date:17/02/2024]], Apgars 9 and 10. Mum and baby well on {{the postnatal ward}}. Hosp no [[ref:K3318804]]."""),
("incident", """Attended [[address:47 Pen-y-Bryn, Ammanford]] [[postcode:SA18 2HT]] for [[age:82yo]] female fall. Delay of 4hr 20min due to handover delays at [[org:Glangwili]]. Pt [[name:Myfanwy Davies]] had been on the floor since 2200, hypothermic 34.8, {{NEWS2}} 7. Conveyed to [[org:Morriston Hospital]]. CAD [[ref:2403180417]]. {{Datix}} submitted re the delay. Crew [[name:Rhys]] / [[name:Lowri]]"""),
("near_miss", """Nearly gave co-amoxiclav to the pt in side room 2 - [[name:Stanisław Wiśniewski]], DOB [[dob:04.09.1951]] - penicillin allergy documented on EPR but NOT on his wristband. I checked EPR before giving and {{the charge nurse}} confirmed. Red band now on, pharmacy informed. Plz everyone check EPR not just the band!!
[[name:Hope]] SN"""),
("success", """Great teamwork in resus today - [[age:23yo]] male ([[name:Liam Ó Conchúir]]) with {{neutropenic sepsis}}, {{sepsis six}} done in 38 mins, abx in at 41. Onc reg Dr [[name:Priya Venkataraman]] came straight down. Transferred to [[org:Clatterbridge Cancer Centre]] overnight, doing well."""),
("incident", """[[name:Zara]] ([[age:4]], [[nhs:9960308243]]) scored {{PEWS}} 2 at 20:00, rose to 6 at 22:00 but reg not informed until 23:15 because the bleep system was down. {{The paediatric registrar}} gave back-to-back {{salbutamol}} and she improved, stayed on {{the ward}}. {{Datix}} [[ref:184522]].
[[name:Sinead]] RN"""),
("near_miss", """Results for [[name:Ahmed Ali]] ([[dob:12/01/1966]]) were filed to another [[name:Ahmed Ali]] (DOB [[dob:12/01/1969]]) at [[org:Bridgeway Surgery]]. Spotted by receptionist [[name:Sharon]] when the pt rang asking for his results. HbA1c was 78 and would have been missed. {{NHS}} no [[nhs:628-194-8211]]. SEA booked for the practice meeting."""),
("incident", """Pt [[name:Rowan]] (informal, [[age:19]]) absconded from [[org:Hartley Ward]], [[org:Callington Road Hospital]] at 14:00 while on escorted leave with an HCA. Police informed, log [[ref:5224-0311]], found at the train station at 17:40. Mum [[name:Jacqui]] informed on [[phone:07700 900 561]]. Care plan reviewed with {{the consultant psychiatrist}}."""),
("success", """Community pharmacy win: Mr [[name:Chen Wei]] ([[age:71]], Mandarin speaking) kept getting dizzy - did an NMS consult with his daughter [[name:Lily]] translating and found he was taking amlodipine from 2 different boxes (brand + generic). GP at [[org:Castlegate Medical Centre]] informed and a dosette set up. No falls since.
[[name:Kofi]], [[org:Boots Hulme]]"""),
("incident", """PPH 2.1L after SVD, [[name:Aisha Yusuf]] ([[age:29]]). MOH call at 11:52, 4 units given. Massive transfusion protocol delayed 12 mins as the porter couldn't find the blood fridge key. Pt stable, transferred to HDU. Datix [[ref:M-2024-0713]], hosp no [[ref:RBH 221 4418]]. {{The coordinating midwife}} to feed back at safety huddle."""),
("near_miss", """insulin written as "10u", read as 100 by a bank nurse, caught by the 2nd checker [[name:Will]] (staff nurse). pt [[name:Bernadette Kilbride]] [[nhs:9935181901]]. Never use 'u' - write UNITS!!! reported to {{the ward manager}}, [[name:Joanne]]."""),
("success", """ROSC on scene at [[address:Unit 4, Dock Road Industrial Estate, Birkenhead]] ([[postcode:CH41 1DZ]]) after bystander CPR by a colleague ([[name:Tomasz]]) and the AED from the first responder. [[age:54yo]] male ([[name:Kieran Hale]]). Conveyed to [[org:Liverpool Heart and Chest Hospital]] for PPCI. Incident [[ref:NWAS-24-77312]]. Thanks to EMD [[name:Chantelle]] for excellent CPR instructions over the phone."""),
("incident", """Call from [[phone:0191 496 0482]] re [[age:3 month old]] not breathing properly was coded as Cat 2 (breathing problems) instead of Cat 1; picked up on clinical review after 9 min and upgraded. Baby ([[name:Amara]]) fine in the end, bronchiolitis. Address [[address:31 Ruskin Avenue, Gateshead]] [[postcode:NE8 4SP]]. CAD ref [[ref:NEAS 2405-1183]]. Call handler [[name:Jordan]] debriefed by {{the duty clinical supervisor}}."""),
("near_miss", """{{WHO checklist}} stopped a wrong-side procedure: consent form said LEFT knee for Mr [[name:Desmond Fitzgerald-Hughes]] but the site was marked RIGHT and the theatre list (ortho, [[date:27 Feb]]) said left. ODP [[name:Mark]] raised it at time out. Consultant Mr [[name:Banerjee]] re-consented, correct knee (L) confirmed with pt. MRN [[ref:M0092274]], [[org:Wythenshawe Hospital]]."""),
("success", """District nurses: [[name:Doris]] (Mrs [[name:Doris Featherstone]], [[age:93]]) category 3 pressure ulcer on sacrum fully healed after 14 weeks! Thanks to the team at [[org:Ashfield Community Nursing Team]] and to her son [[name:Graham]] who turned her 2-hourly religiously. Address for equipment collection: [[address:The Old Forge, Mill Lane, Kirkby-in-Ashfield]], [[postcode:NG17 9HB]]."""),
("incident", """Verbal abuse and spitting at triage nurse [[name:Hannah]] by [[name:Darren]] (Mr [[name:Darren Skelton]], DOB [[dob:1 Aug 1988]]). Security + police attended, crime ref [[ref:NY-2402-3391]]. [[name:Hannah]] shaken, sent home. Pt details from DWP letter: [[address:12 Fell View]], [[postcode:LA9 6BN]]; NI [[ni:NP174562B]]. {{Datix}} done."""),
("near_miss", """Transfer to CT with an empty O2 cylinder - noticed by porter [[name:Hussein]] in the lift, pt [[name:Olga Petrenko]] sats dropped to 86% before we got back to the ward. Recovered on 4L. Cylinder checks to be added to the transfer checklist. {{SBAR}} handover given to {{the nurse in charge}}."""),
("success", """Really proud of [[name:Tomiwa]] ([[age:12]]) who now does his own carb counting at [[org:St Bede's Catholic College]]; school nurse [[name:Blessing]] and I did 3 sessions with his teachers. HbA1c down from 81 to 58. Next clinic [[date:July 9th]]. {{NHS}} [[nhs:937 865 7974]].
[[name:Rachel]], paeds diabetes CNS, [[org:Bristol Royal Hospital for Children]]"""),
("incident", """Dispensing error: propranolol 40mg dispensed instead of prednisolone 40mg (next to each other on the shelf) for [[name:Julie-Ann McAllister]], [[address:6 Lochside Crescent, Dumfries]]. Her husband [[name:Alasdair]] noticed the tablets looked different and rang us on [[date:Sat 2nd March]]. Collected and replaced, GP at [[org:Lochthorn Medical Practice]] informed, no doses taken. Logged on pharmacy incident log [[ref:PIL-0219]]."""),
("near_miss", """At handover pt [[name:Abul Hossain]] was handed over as nil by mouth for ERCP but it was actually [[name:Abdul Hussain]] in bed 14 - nearly withheld breakfast from the wrong person (and fed the NBM one). Two similar names in the same bay. Name alert stickers now on both boards.
- [[name:Fatima]], SN"""),
("success", """Door-to-needle 22 mins for Mr [[name:Gerald Mountbatten-Price]] ([[age:67]]) - FAST positive, pre-alerted by paramedics, stroke team met at the door. NIHSS 14 down to 3 at 24h. Well done {{stroke nurses}} [[name:Bukola]] and [[name:Ellie]]!"""),
("incident", """[[age:2yo]] [[name:Kai]] attended with a scald to L hand, inconsistent history (mum said bath, then kettle). Checked {{CP-IS}} - child is on a CP plan with [[org:Sandwell Children's Trust]]. Safeguarding referral made, sw [[name:Olumide]] on duty called back. Skin map done. {{NHS}} [[nhs:5432319489]], ED no. [[ref:E24-118821]]."""),
("near_miss", """Nearly drew up morphine from the wrong box - the new drug pouch has ondansetron in an almost identical box. Crewmate [[name:Mohammed]] ([[name:Mo]]) spotted it before I drew up. Pt [[age:45yo]] male, RTC on the bypass. Vehicle [[vrm:YJ70 KDF]]. Reported to {{the clinical team leader}}."""),
("success", """Reasonable adjustments worked brilliantly for [[name:Daniel Forbes]] ([[age:34]], {{Down's syndrome}}) - first dental GA at [[org:Dumfries and Galloway Royal Infirmary]], LD liaison nurse [[name:Iona]] arranged a quiet room and first-on-list slot. Mum [[name:Moira]] said it's the calmest he's ever been in hospital."""),
("incident", """Time-critical meds missed: Mr [[name:Reginald Osei-Bonsu]] ({{Parkinson's}}) didn't get his 06:00 and 10:00 co-careldopa as he was in x-ray then theatre. Became rigid, unable to swallow, needed an NG. Datix [[ref:WEB41187]]. DOB [[dob:19/05/1944]], {{NHS}} [[nhs:2527601898]]. {{Parkinson's}} nurse [[name:Louise]] involved."""),
("success", """pt with {{Crohn's}} ([[name:Ffion]], [[age:17]]) transitioning to adult services - transition clinic at [[org:Ysbyty Gwynedd]] went really well, she is keeping the {{IBD}} nurse contact ([[email:ibd.nurses.bcu@wales.nhs.uk]]). Next appt [[date:03/09/24]]."""),
]

AVIATION = [
("incident", """ASR - [[fl:EZY23PK]], {{A320}} [[reg:G-EZWX]], descending FL150 to FL100 on the arrival, TCAS RA "climb climb" against a Piper squawking 7000. FO ([[name:Ben Tait]]) was PF and followed the RA correctly, I (Capt [[name:Amira Haddad]]) monitored. Reported to {{the approach controller}}, landed [[org:Manchester Airport]] without further incident. MOR filed [[ref:MOR-2024-03817]]."""),
("near_miss", """Level bust: [[fl:RYR8TK]] cleared FL240, read back FL240, climbed to FL250 conflicting with [[fl:BAW2291]]. Min separation 3.2nm / 700ft. STCA activated and {{the controller}} ([[name:Dave]]) gave avoiding action. Occurrence ref [[ref:NATS-OR-113402]], [[org:London Area Control Centre]]."""),
("success", """Medical on [[fl:BA0117]] [[org:LHR]]-[[org:JFK]], [[age:61 yo]] pax seat 34C chest pain. CSD [[name:Gráinne]] made the PA and 2 doctors responded (Dr [[name:Nkechi Eze]] and Dr [[name:Marek Zieliński]]). MedLink contacted, aspirin + GTN given, decision to continue. Pax met by EMS at [[org:JFK]]. Please pass on thanks to crew [[name:Luis]], [[name:Saoirse]] and [[name:Kemi]]."""),
("incident", """Tech log [[ref:TL 448210]]: found lower fwd cargo door seal torn on [[reg:EI-FMV]] ({{Boeing 737-800}}) during transit check at [[org:Dublin Airport]]. Aircraft AOG for 3 hrs, part robbed from [[reg:EI-FOZ]]. Licensed engineer [[name:Declan Mac Giolla Phádraig]], licence no. [[ref:IE.66.1187]]."""),
("near_miss", """On stand 42 a hi-loader came within 1m of the wingtip of [[reg:G-TUMF]]. Driver (agency, [[name:Ionuț]]) hadn't been briefed on the new stand layout, wing walker [[name:Shannon]] stopped him. No damage. Safety ref [[ref:GH-0934]]. {{The ramp supervisor}} aware. Lighting on {{the apron}} at stands 40-44 is also poor at night."""),
("success", """Good catch by dispatcher [[name:Chidi Okonkwo]]: the loadsheet for [[fl:LS817]] ([[reg:G-JZHL]], {{737-800}}) had 42 infants keyed instead of 4, which would have changed the trim. Corrected before doors closed. Well done [[name:Chidi]]!
- OCC duty manager, [[org:Jet2]]"""),
("incident", """Bird strike on rotation rwy 27 at [[org:Bristol Airport]], [[fl:EZY6141]], {{A319}} [[reg:G-EZBZ]]. Multiple gulls, No2 engine vibration indication. PAN declared, returned for an overweight landing. Engineers found fan blade damage. MOR [[ref:2024/04512]]. Crew: Capt [[name:Hywel Morgan]], FO [[name:Sky Patel]]."""),
("near_miss", """Runway incursion - airport ops van [[vrm:WR19 XTA]] entered rwy 34 at holding point B without clearance while [[fl:LOG6671]] ({{ATR 72}}) was on 2nm final. Tower instructed go-around. Driver [[name:Connor McIntyre]] said he misheard "hold short" as "cross". Reported to {{the CAA}}, ref [[ref:OR-2024-0288]]. [[org:Aberdeen International Airport]]."""),
("success", """Great bit of work by [[name:Hope Adeleke]] in the tower - spotted a Cessna ([[reg:G-BSTE]]) lining up on the wrong runway at [[org:Gloucestershire Airport]] and stopped it before the take-off roll. Pilot (PPL holder [[name:Terence Wooldridge]], [[age:72]]) acknowledged the error. Logged for TRM."""),
("incident", """Disruptive pax on [[fl:TOM4521]] [[org:BHX]]-[[org:PMI]], seat 17F, male ([[name:Jordan Platt]], DOB [[dob:14/02/1994]]) intoxicated and abusive to crew member [[name:Faith Cooper]]. Restraint kit used. Police met the aircraft on stand, ref [[ref:GC-PMI-2024-7781]]. Level 2 disruptive. {{The captain}} ([[name:Ross]]) decided not to divert."""),
("near_miss", """Fuel discrepancy on [[reg:G-OBMS]]: the fuel docket showed 8,400kg uplift but gauges only showed ~6,000. Caught by FO [[name:Kwabena]] on his fuel check, bowser driver re-checked and found a meter error. Fuel ref [[ref:FD-229174]] ([[org:Menzies Aviation]]). {{The commander}} delayed departure 25 mins to uplift correctly."""),
("success", """Shout out to night shift B2 [[name:Rashid Mahmood]] who found chafed wiring behind a panel on [[reg:G-LCYR]] ({{Embraer 190}}) during an unrelated task - could have caused a smoke event. Rectified before the first wave. WO [[ref:WO-77120-3]]. Reported to {{CAMO}}."""),
("incident", """Loss of separation, [[org:Scottish TC]]: [[fl:Speedbird 1463]] and [[fl:LOGAN 6KC]], 2.4nm / 400ft. I ([[name:Calum]]) was OJTI with trainee [[name:Iqra Nawaz]] and intervened late. Reported to {{the supervisor}}, ref [[ref:SC-OCC-24-119]]. Both crews filed."""),
("near_miss", """Smoke from oven 2 in the forward galley on [[fl:VS401]], [[reg:G-VNEW]] ({{Boeing 787-9}}). Crew member [[name:Aoife]] isolated the oven and stood by with the extinguisher, smoke cleared. Captain informed, no diversion. Tech log [[ref:0017765]]. Foreign object (plastic lid) found inside by engineering."""),
("success", """Captain incapacitation on [[fl:EXS59KL]]: FO [[name:Maja Kowalczyk]] took control at FL370 after Capt [[name:Nigel Ashdown]] became unwell. Diverted to [[org:Toulouse-Blagnac]]. Cabin crew [[name:Ricky]] assisted in the flight deck per SOP. Textbook CRM."""),
("incident", """Laser illumination on final rwy 23R [[org:Manchester Airport]] at 21:48, [[fl:BAW1393]], green laser from the direction of [[address:Wythenshawe Road]]. {{The first officer}} ([[name:Mark Stevens]]) temporarily dazzled, Capt landed. Police log [[ref:2291]] of [[date:12/12/23]]."""),
("near_miss", """Flight planning: the crew briefing pack for [[fl:LM431]] [[org:Kirkwall Airport]] to [[org:Sumburgh Airport]] didn't include the NOTAM for the partial runway closure at [[org:Sumburgh]]. Spotted by Capt [[name:Eilidh MacAskill]] on her own check. {{The flight dispatcher}} ([[name:Tam]]) re-issued the pack."""),
("success", """Unaccompanied minor ([[name:Tariq]], [[age:9]]) on [[fl:EZY8843]] missed the handover at arrivals at [[org:Luton Airport]]; [[name:Dina]] from ground handling found him at gate 14 within 10 mins and reunited him with his mum. Mum's mobile [[phone:+971 50 123 4567]]. Great job [[name:Dina]]!"""),
("incident", """Hard landing reported, 2.1g, at [[org:Belfast City Airport]] on [[reg:G-ISLK]] ({{ATR 72}}-600), [[fl:EI3720]], [[date:06 JAN 2024]]. Crew: Capt [[name:Seán Ó Briain]], FO [[name:Aisling Kerr]]. Aircraft grounded for inspection, no damage found. Engineering ref [[ref:HL-24-031]]."""),
("near_miss", """QNH set 1013 instead of 993 on arrival to [[org:Newcastle Airport]], [[fl:KL945]], {{Embraer 175}} [[reg:PH-EXW]]. ATC ([[name:Yasmin]]) noticed mode C 600ft high vs assigned, queried and it was corrected. Reported to [[org:KLM]] safety, ref [[ref:KL-SR-24-0412]]."""),
("success", """[[age:5-year-old]] girl ([[name:Rose]]) on [[fl:U2 2134]] had a seizure, cabin crew ([[name:Tash]], [[name:Moses Kamara]]) put her in the recovery position and mum gave her buccal midazolam. Ambulance met us on stand at [[org:Gatwick]]. Family emailed to say thanks: [[email:laura.bennett-roe@gmail.com]]."""),
("incident", """Engineer ([[name:Alin Dumitrescu]]) fell from a work platform (1.5m) while working on the stab of [[reg:9H-QAJ]] in hangar 3. Taken to [[org:Addenbrooke's]] with a wrist fracture. HSE {{RIDDOR}} ref [[ref:201788431]]. Platform guardrail was missing a pin, platform quarantined."""),
("near_miss", """Drone sighting at 2,500ft on approach to [[org:Edinburgh Airport]], approx 200m off the left wing, [[fl:EZY72MF]], {{A320neo}} [[reg:G-UZHA]], [[date:17/05/2024]]. Reported to ATC and police, ref [[ref:PS-20240517-1122]]. FO [[name:Hunter]] got a description (black quadcopter)."""),
]



NI_RE = re.compile(r"(?!BG|GB|NK|KN|TN|NT|ZZ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]"
                   r"\s?\d{2}\s?\d{2}\s?\d{2}\s?[A-D]", re.I)
POSTCODE_RE = re.compile(r"[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2}", re.I)


def build() -> list[dict]:
    recs = []
    for dom, short, items in (("social_care", "sc", SOCIAL_CARE), ("health", "h", HEALTH),
                              ("aviation", "av", AVIATION)):
        for i, (kind, marked) in enumerate(items, 1):
            assert kind in ("incident", "near_miss", "success"), kind
            text, spans, negs = parse(marked, labels=LABELS, aliases=ALIASES)
            rid = f"blind-{short}-{i:03d}"
            for sp in spans:
                v = text[sp["start"]:sp["end"]]
                assert text[sp["start"]:sp["end"]] == v, (rid, sp, v)
                assert v == v.strip() and v, (rid, v)
                if sp["label"] == "nhs_number":
                    assert nhs_ok(v), (rid, "bad NHS number", v)
                if sp["label"] == "ni_number":
                    assert NI_RE.fullmatch(v), (rid, "bad NI number", v)
                if sp["label"] == "postcode":
                    assert POSTCODE_RE.fullmatch(v), (rid, "bad postcode", v)
            for ng in negs:
                assert text[ng["start"]:ng["end"]] == ng["term"], (rid, ng)
            iv = sorted([(s["start"], s["end"]) for s in spans] + [(g["start"], g["end"]) for g in negs])
            for (a0, a1), (b0, b1) in zip(iv, iv[1:]):
                assert a1 <= b0, (rid, "overlap", text[a0:a1], text[b0:b1])
            recs.append({"id": rid, "domain": dom, "kind": kind, "text": text,
                         "spans": spans, "negatives": negs})
    ids = [r["id"] for r in recs]
    assert len(ids) == len(set(ids))
    return recs


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", default=str(OUT))
    args = ap.parse_args()
    recs = build()
    with open(args.out, "w", encoding="utf-8") as f:
        for r in recs:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    ns = sum(len(r["spans"]) for r in recs)
    nn = sum(len(r["negatives"]) for r in recs)
    print(f"wrote {len(recs)} reports, {ns} spans, {nn} negatives -> {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
