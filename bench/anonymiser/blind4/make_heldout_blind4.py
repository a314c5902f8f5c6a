#!/usr/bin/env python3
"""Blind held-out set 4: 60 hand-written practitioner narratives.

Inline markup: [[label:text]] marks an identifier span, {{text}} a must-not-redact
mention. The markup is stripped and offsets computed; every span is validated.
Writes bench/anonymiser/corpus/heldout_blind4.jsonl.
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

R = [
# ---------------- social care ----------------
("social_care", "incident",
 "Home visit to [[name:kayleigh]] & kids at [[address:14 Brindle Close]], [[postcode:LS8 2QT]] - no answer first time, went back 3pm. {{mum}} presented as under the influence, [[name:Tyler]] ([[age:4]]) had no nappy on and the flat was v cold, no gas on the meter. Spoke to [[name:Grace]] at {{MASH}} who agreed strategy discussion needed, {{Section 47}} to follow. [[name:jordan]]'s {{dad}} not present. cc {{team manager}} [[name:Hope Adeyemi-Clarke]]."),
("social_care", "near_miss",
 "Nearly placed [[name:Will]] back with {{maternal grandmother}} before the {{DBS}} came back - {{IRO}} ([[name:Frank Osei]]) picked it up at the review on [[date:3rd March]]. Grandad has an old caution we didnt know about. Placement now on hold until {{LADO}} advice. Case ref [[case_reference:CS-2024-118734]]."),
("social_care", "success",
 "Really proud of [[name:Amber]] today!! she did her first overnight at [[name:Rose]] and [[name:Mark Whitfield]]'s (foster carers) and rang me herself on [[phone:07700 900461]] to say she'd had fish fingers and watched Bluey lol. [[name:amber]] is [[age:9]] and has had 4 moves this year so this is huge. Will update {{Signs of Safety}} map at next {{core group}}. [[name:Dawn]] ({{FSW}})"),
("social_care", "incident",
 "YP ([[name:Hunter Ng]], DOB [[date_of_birth:12/07/2009]]) absconded from [[organisation:Oakfield House]] approx 22:40 on [[date:Saturday 14th September]], last seen getting into a silver Corsa reg [[vehicle_registration:GX19 KLM]] near the {{petrol station}}. Police informed, ref [[case_reference:PND-551902]], missing from care protocol followed. {{Night staff}} [[name:Bill]] and [[name:Sky O'Driscoll]] did the checks. returned 03:15 with {{police}}, no injuries noted but smelt of cannabis. {{CSE}} screening tool to be redone."),
("social_care", "success",
 "Sibling contact went brilliantly - [[name:Liberty]], [[name:River]] and baby [[name:Star]] all together at the {{family centre}} for the first time since {{proceedings}} started. {{Contact supervisor}} [[name:Joy Mensah]] said it was the calmest session she's seen. Next contact booked [[date:Tues 22/10]]."),
("social_care", "incident",
 "Received {{referral}} from [[organisation:St Aidan's C of E Primary]] - [[name:Mohammed Al-Rashid]] ([[age:7 yrs]]) came in with bruising to L upper arm, said {{dad}} grabbed him. {{DSL}} Mrs [[name:Kaur]] rang {{front door}} 10:20. Mum [[name:Fatima]] contactable on [[phone:0113 496 0732]]. Address [[address:Flat 3, 27 Harehills Lane, Leeds]] [[postcode:LS9 6AX]]. {{Child protection medical}} arranged at [[organisation:Leeds General Infirmary]]."),
("social_care", "near_miss",
 "Wrong address on the {{court order}} - had [[address:42 Honeysuckle Way]] instead of [[address:24 Honeysuckle Way]]. Noticed when the {{legal team}} emailed ([[email:l.fairweather@kirklees-legal.gov.uk]]). Corrected before it went to the {{family court}}. Would of meant the {{Cafcass}} guardian going to the wrong house. Flagged to [[name:Lewis]] in business support."),
("social_care", "success",
 "{{PEP}} meeting for [[name:Summer Blackwood-Hayes]] - she's moved up 2 reading levels since starting at [[organisation:Greenfields Academy]] and {{Virtual School}} have agreed funding for a tutor. {{Foster carer}} [[name:Honey]] (yes really thats her name!) has been amazing with homework. thanks also to Mr [[name:Oyelaran]] the {{designated teacher}}."),
("social_care", "incident",
 "Allegation made against {{residential worker}} [[name:Jack Pemberton]] by [[name:T]]. ([[age:15]]) re: restraint on [[date:8/11/24]] at [[organisation:Willow Lodge]]. {{LADO}} referral made same day, ref [[case_reference:LADO/24/0932]]. [[name:Jack]] suspended pending outcome. {{Ofsted}} notified under {{Reg 40}}. Witness statements from [[name:Aisha Begum]] & [[name:Callum]]."),
("social_care", "near_miss",
 "Almost sent the {{child in need}} plan for the [[name:Kowalski]] family to the wrong [[name:Kowalska]] - autocomplete in outlook picked [[email:m.kowalska@gmail.com]] instead of [[email:marta.kowalski84@hotmail.co.uk]]. Caught it at the last second. reminder to all to double check recipients pls. [[name:Faith]]"),
("social_care", "incident",
 "{{Strategy meeting}} held [[date:17.01.2025]] re [[name:Oliwia Nowak]] DOB [[date_of_birth:03.05.2011]], LCS [[case_reference:77320145]]. Present: [[name:May Thompson]] ({{SW}}), DC [[name:Priya Sharma]] ({{CAIT}}), Dr [[name:Okafor]] ({{paediatrician}}), school nurse [[name:Lucy]]. Agreed {{S47}} single agency. {{Working Together}} timescales noted. Mum's new partner [[name:Gary Lynch]] (DOB [[date_of_birth:22/02/1988]]) to be checked on {{PNC}}."),
("social_care", "success",
 "Care leaver [[name:Emeka]] got the keys to his own flat today ([[address:Flat 9 Rosebank Court, 118 Stockport Road]], [[postcode:M12 4AH]])! {{PA}} [[name:Ruth Levi]] went with him to sort the council tax & set up his NI number [[ni_number:JT 48 29 17 C]] on the {{UC}} claim. He's doing {{Level 2}} plumbing at [[organisation:Manchester College]] in {{September}}."),
("social_care", "incident",
 "Parent [[name:Shannon]] became verbally aggressive at reception at [[organisation:Northgate Children's Centre]], threatened to 'sort out' {{the social worker}} [[name:Grace Achterberg]]. Security called. {{Child}} [[name:Kaiden]] present & distressed. {{Team manager}} informed, {{risk assessment}} to be updated, joint visits only from now. Incident log [[case_reference:INC-00491]]."),
("social_care", "near_miss",
 "{{Foster carer}} Mrs [[name:Jenkins]] gave [[name:Ellie-Mae]] the wrong dose of melatonin (2 tabs not 1) - realised straight away, rang {{111}} who said monitor. No harm. [[name:ellie mae]] fine next morn. {{Supervising social worker}} [[name:Kwame Boateng]] visiting {{Thurs}} to go over {{MAR chart}}. carer phone [[phone:07911 123 456]]."),
("social_care", "success",
 "Final {{CP conference}} today for the [[name:Delaney-O'Connor]] children - stepped down to {{CIN}}. Dad [[name:Patrick]] has done the full Freedom Programme, mum [[name:Siobhan]] engaging with [[organisation:Turning Point]]. {{Chair}} said best progress she's seen this year. well done all esp {{health visitor}} [[name:Jasmine Ward]]"),
("social_care", "incident",
 "{{Youth worker}} report - [[name:Marcus]] ([[age:16]]) disclosed at the [[organisation:Eastside Youth Hub]] session that older lads are making him hold stuff at his nan's ([[address:6 Canal Street, Wolverhampton]], [[postcode:WV1 3HT]]). Possible {{county lines}}. Passed to {{MASH}} & {{Exploitation hub}}, {{NRM}} to consider. spoke to Sgt [[name:Hollis]] on [[phone:01902 576 301]]."),
("social_care", "near_miss",
 "Locked door at respite unit - [[name:Tomasz]] ([[age:11]], {{autism}}, non-verbal) got as far as the car park gate before {{staff}} [[name:Ibrahim]] caught up. Gate code had been written on the gate. Code changed, {{manager}} [[name:Carol Fenwick-Smythe]] aware. Family informed by phone ([[phone:+48 601 234 567]], {{dad}} in Poland)."),
("social_care", "success",
 "Adoption match panel approved Baby A (born [[date_of_birth:19 June 2023]]) with [[name:Sam]] and [[name:Alex Whitaker]]. Introductions to start [[date:w/c 4th Nov]]. Huge thank you to {{family finder}} [[name:Nadia Hussain]] at [[organisation:Adopt North East]]. Ref [[case_reference:AD/NE/2291]]."),
("social_care", "incident",
 "Unannounced visit to [[name:Crystal]] and the boys ([[address:The Old Forge, Mill Lane, Little Snoring]], [[postcode:NR21 0HT]]). Dog unsecured and bit [[name:Jayden]] ([[age:2]]) on the hand while I was there, {{first aid}} given, took to {{minor injuries}} at [[organisation:Cromer Hospital]]. Informed {{police}} re dangerous dog. [[name:jayden]] had 3 steri strips. cc [[name:Mark]] (TM), [[name:Bernadette]] ({{IRO}})"),
("social_care", "success",
 "Return home interview with [[name:Aaliyah Johnson]] went well, she opened up about the older boyfriend for the first time. {{RHI}} worker [[name:Will Stanton]] shared with {{social worker}} same day. Safety plan agreed incl. phone blocked ([[phone:07700 900 982]]). [[name:Aaliyah]] said 'thanks for not judging me'."),
# ---------------- health ----------------
("health", "incident",
 "Pt [[name:Margaret Ellison]] ([[age:84]]) NHS no [[nhs_number:186 091 3903]] found on floor of bay 3 at 04:10, unwitnessed fall. {{NEWS2}} 3, {{GCS}} 15, small haematoma R temple. On apixaban so {{CT head}} requested per protocol. Daughter [[name:Grace]] informed on [[phone:07700 900 123]]. {{Datix}} [[case_reference:W123456]] completed by {{staff nurse}} [[name:Joy Adebayo]]."),
("health", "near_miss",
 "{{Pharmacist}} picked up penicillin prescribed for Mr [[name:Harold Finch]] (DOB [[date_of_birth:04/11/1946]], MRN [[case_reference:00347812]]) despite documented {{anaphylaxis}} to penicillin on {{EPMA}}. {{FY1}} had overridden the alert. Switched to clarithromycin. Discussed at {{safety huddle}}. [[name:Rhian]] - {{ward pharmacist}}, [[organisation:Ward 12]]"),
("health", "success",
 "Shout out to {{midwife}} [[name:Summer]] on {{labour ward}} who recognised {{shoulder dystocia}} straight away with Mrs [[name:Patel]] last night, called for help, {{McRoberts}} and suprapubic pressure and baby delivered within 2 min. Baby [[name:Patel]] {{Apgars}} 7 and 9. Textbook. [[name:summer]] you're a star!"),
("health", "incident",
 "{{HV}} visit [[date:12/03/2025]] - baby [[name:Oscar]] ([[age:6 wks]]) NHS [[nhs_number:9960308243]] dropped from 50th to 9th centile. Mum ([[name:Hayley Brooks]], [[address:31 Tennyson Road, Bristol]] [[postcode:BS5 6JE]]) says feeding ok but bottle prep not right - 1 scoop to 4oz. Rang GP ([[organisation:Lawrence Hill Health Centre]]) for same day review. Consider {{safeguarding}} - {{faltering growth}}. [[name:Amina]] {{HV}}"),
("health", "near_miss",
 "Two patients called [[name:John Smith]] in {{ED}} majors at the same time - bloods nearly labelled with wrong sticker. HCA [[name:Dev]] noticed the DOBs didn't match ([[date_of_birth:14.02.1961]] vs [[date_of_birth:14.02.1971]]). Both now have name alerts. Raised on {{Datix}}. Please always {{positive patient ID}}!!"),
("health", "success",
 "{{Paramedic}} crew ([[name:Hunter]] & [[name:Frankie Lewis-Grant]]) attended {{cardiac arrest}} at [[address:2 Meadow View, Ashby-de-la-Zouch]] [[postcode:LE65 1AB]]. Bystander CPR by neighbour [[name:Bill Tranter]]. {{ROSC}} after 2nd shock, conveyed to [[organisation:Glenfield Hospital]] {{PPCI}}. Pt (Mr [[name:Dennis Ward]], [[age:67]]) discharged home 9 days later. Incident [[case_reference:EM-240817-0443]]."),
("health", "incident",
 "{{School nurse}} - [[name:Ruby]] ([[age:14]], Y9) disclosed self-harm (cutting, forearms) at drop-in. {{Superficial}}, cleaned & dressed. Rang mum Ms [[name:Kerry Hale]] [[phone:01632 960 417]]. Referral to {{CAMHS}} via {{SPA}}, and [[organisation:Kooth]] info given. Discussed with {{DSL}} Mr [[name:Ahmed]]. [[organisation:Bishop Vesey's Grammar School]]."),
("health", "near_miss",
 "Insulin near miss - {{HCA}} about to give Mrs [[name:Rose Ogunleye]] her novorapid at 10 units when it should have been 10 units of levemir at night. {{Nurse}} [[name:Star Chikwanha]] stopped it. Pt NHS [[nhs_number:628 194 8211]]. {{Hypo}} avoided. Learning: both pens stored together in {{drug trolley}}."),
("health", "success",
 "Huge thanks to {{district nurse}} team at [[organisation:Riverside Surgery]] - Mr [[name:Kapoor]]'s grade 3 {{pressure ulcer}} on his sacrum has fully healed after 14 weeks. Daughter [[name:Anjali]] wrote in to say thank you. [[name:Dawn Fairley]] and [[name:Jo]] did most of the visits to [[address:Beech House, Church Road]]."),
("health", "incident",
 "GP note: Ms [[name:Abena Asante-Mensah]] DOB [[date_of_birth:30/09/1992]] NHS [[nhs_number:9935181901]] NI [[ni_number:NP604183B]] attended with {{domestic abuse}} injuries, {{DASH}} high risk, referred to {{MARAC}}. Safe number [[phone:07700 900 774]] (do not ring home). Partner [[name:Kieran]]. {{IDVA}} [[name:Liberty Chase]] [[email:l.chase@idva-service.org.uk]]. [[organisation:Priory Medical Group]]"),
("health", "near_miss",
 "Ambulance dispatched to [[address:18 Market Street]] instead of [[address:18 Market Place]] - {{call handler}} misheard. Crew on scene at wrong address 6 min before redirect. Pt (Mrs [[name:Iris Cole]], [[age:91]], {{?stroke}}) reached at 14 min, still in thrombolysis window. {{CAD}} ref [[case_reference:1145-06-24]]. {{EMD}} [[name:Sam]] debriefed."),
("health", "incident",
 "Home birth - {{PPH}} est 1200ml. {{Midwives}} [[name:Bethan Lloyd]] & [[name:Hope]] gave syntometrine, IV access, called 999. Transferred to [[organisation:University Hospital of Wales]] via [[organisation:WAST]]. Mum [[name:Ceri]] stable, baby [[name:Nia]] well. address [[address:7 Heol y Felin, Pontypridd]] [[postcode:CF37 4DH]]."),
("health", "success",
 "{{OT}} home visit for Mr [[name:Frank Bellamy]] ([[age:79]]) - rails & perching stool fitted, he managed stairs independently with [[name:Will]] (son) watching. Discharge from [[organisation:Ward 7B]] now planned {{Friday}}. Equipment via [[organisation:Medequip]] ref [[case_reference:MQ-889214]]. [[name:Sophie-Anne]] OT"),
("health", "incident",
 "{{Pharmacy}} error - Mrs [[name:D Okonkwo]] given methotrexate 2.5mg to take daily rather than weekly on the label. Spotted by her daughter [[name:Chioma]] who's a nurse. Pt NHS [[nhs_number:937 865 7974]]. No doses taken. {{Yellow Card}} & {{NRLS}}. {{Superintendent pharmacist}} [[name:Rajesh]] informed. [[organisation:Boots]], [[address:High Street, Harrow]]"),
("health", "near_miss",
 "Baby [[name:Jack]] ([[age:3 days]]) jaundice level nearly missed - bilirubin on discharge was just below treatment line, {{community midwife}} [[name:Marie-Claire Dubois]] rechecked day 4 and it was above. Phototherapy at [[organisation:Royal Preston]] {{NNU}}. Mum [[name:Dawn]] tel [[phone:+44 7700 900318]]."),
("health", "success",
 "Sepsis caught early - {{SBAR}} handover from [[name:Kofi]] ({{nurse}}) to {{registrar}} Dr [[name:Sky Harrington]] re Mr [[name:Yusuf Demir]] (b. [[date_of_birth:1958]]), {{NEWS2}} 6, lactate 4.1. Sepsis 6 in 40 mins. Home [[date:5th May]]. MRN [[case_reference:RX0928817]]."),
("health", "incident",
 "Needle stick injury to {{student nurse}} [[name:Amber Liu]] while disposing of {{cannula}} at 15:30 yesterday. Source pt Mr [[name:Lee]] (NHS [[nhs_number:5432319489]]) consented to BBV bloods. {{Occupational health}} (ext 4471) seen. Sharps bin was overfilled, replaced. [[name:amber]] shaken but ok."),
("health", "near_miss",
 "Wrong-side block nearly performed - {{WHO checklist}} {{stop before you block}} picked it up. Pt Mr [[name:Gareth Pryce-Jones]] for R knee, arrow was on R but {{anaesthetist}} prepped L. Thanks to ODP [[name:Mayowa]]. Theatre 4, [[organisation:Morriston Hospital]], [[date:Mon 2 Dec]]."),
("health", "success",
 "{{Health visitor}} [[name:Grace O'Neill]] spotted {{postnatal depression}} in [[name:Hannah]] at the 6-8 wk check, {{EPDS}} 19, got her into the {{Perinatal Mental Health Team}} within a week. [[name:Hannah]] emailed ([[email:hannah.b.92@outlook.com]]) to say she's feeling much more herself. baby [[name:Leo]] thriving, [[age:4 months]] now."),
# ---------------- aviation ----------------
("aviation", "incident",
 "[[flight_number:EZY6723]] [[organisation:LGW]]-[[organisation:PMI]], [[aircraft_registration:G-EZUK]] {{A320}}. Bird strike on rotation rwy 26L, multiple birds, ENG 2 vibs. {{PAN}} declared, returned to land overweight. {{Captain}} [[name:Rachel Hunter-Blake]], {{FO}} [[name:Tom Wiśniewski]]. Engine borescope by [[name:Gav]] (B1) found 2 damaged fan blades. {{MOR}} submitted to {{CAA}} ref [[case_reference:MOR-2024-07712]]."),
("aviation", "near_miss",
 "{{TCAS RA}} climb on descent into [[organisation:Manchester]] - conflicting VFR traffic, squawking 7000, no mode C. We were [[flight_number:BA1442]] on the 'Jubilee' arrival. Passed approx 400ft vertically. {{ATC}} ([[organisation:Manchester Approach]]) said traffic not seen on radar. Filed {{ASR}}. [[name:Mark]] {{PF}}, [[name:Priya Ramanathan]] {{PM}}."),
("aviation", "success",
 "Cabin crew [[name:Honey Okafor]] and [[name:Joy]] handled a medical emergency on [[flight_number:LS1175]] ([[organisation:Jet2]], {{B737-800}} [[aircraft_registration:G-JZHA]]) superbly - pax [[age:62 yo]] male chest pain, {{AED}} applied, Dr onboard (Dr [[name:Aleksander Petrov]]) assisted. Diverted to [[organisation:Bordeaux]]. Pt survived. Letter of thanks from family ([[email:jwhitmore1960@btinternet.com]])."),
("aviation", "incident",
 "Ground crew - tug driver [[name:Dean]] clipped the {{wingtip}} of [[aircraft_registration:G-OBMP]] on stand 214 during pushback at [[organisation:Stansted]]. Wing walker ([[name:Kyle Summers]]) was on headset not watching. Aircraft {{AOG}}, pax transferred. Tug reg [[vehicle_registration:SN15 HDW]]. Statements taken by {{duty ramp manager}} [[name:Faith Obi]]."),
("aviation", "near_miss",
 "{{Runway incursion}} rwy 09 - airside ops van [[vehicle_registration:YR68 XPT]] crossed holding point A3 without clearance while [[flight_number:RK416]] ([[organisation:Ryanair]], [[aircraft_registration:EI-FMV]]) was on 2nm final. {{ATCO}} [[name:Stella]] issued go-around. Driver [[name:Paul Quinn]] (ADP [[case_reference:20318]]) withdrawn from driving pending retraining. {{MOR}} filed."),
("aviation", "incident",
 "Disruptive pax seat 23C on [[flight_number:TOM2304]] [[organisation:BHX]]-[[organisation:ACE]], Mr [[name:Lee Brannigan]], refused to stop vaping in the lavatory, smoke detector activated. {{SCCM}} [[name:Rose Dlamini]] gave yellow card then red card. Met by {{Guardia Civil}} on arrival. His booking ref [[case_reference:XK7PQD]] and mobile [[phone:07700 900 215]] passed to {{security}}."),
("aviation", "success",
 "Well done to {{ATCO}} [[name:River Chen]] at [[organisation:Scottish Area Control Centre]] for talking down a lost {{PA-28}} pilot in IMC - [[aircraft_registration:G-BXTY]], low fuel, student on solo nav. Provided vectors to [[organisation:Glasgow Prestwick]] and he landed safely 18:42. Student [[name:Jamie]] ([[age:19]]) and instructor [[name:Will McAllister]] sent thanks."),
("aviation", "incident",
 "Eng: found {{hydraulic}} leak on L MLG of [[aircraft_registration:G-EUYR]] ({{A320}}) on nightstop at [[organisation:Edinburgh]], during daily check. Tech log entry TLP [[case_reference:0048817]] raised by [[name:Marcin Zieliński]] (B1 lic [[case_reference:UK.66.123456F]]). Aircraft {{AOG}} until seal replaced, [[flight_number:BA1463]] delayed 4h. Call [[phone:+44 131 496 0221]] MOC for update."),
("aviation", "near_miss",
 "Fuel figure nearly entered as 1,540kg instead of 15,400kg on the {{FMC}} - caught on the cross-check. [[flight_number:U2 8341]], [[aircraft_registration:G-UZHF]], [[date:26 Jan]]. {{Captain}} [[name:Hope Ferreira]], {{FO}} [[name:Ben]]. Both tired after 4 sector day. submitted via {{ASR}} and {{fatigue report}}."),
("aviation", "incident",
 "{{Airport fire}} crew ([[organisation:Luton]] {{RFFS}}) attended brake fire on [[aircraft_registration:G-WUKA]] after RTO. Watch manager [[name:Frank Adeyinka]], firefighters [[name:Bill]], [[name:Sky Patel]], [[name:J Morton]]. Fire extinguished within 90s, no injuries, pax deplaned via steps. Incident no [[case_reference:LTN-FS-0612]]. [[date:Sunday 11 August 2024]]."),
("aviation", "success",
 "Lost child reunited - [[name:Maya]] ([[age:6]]) separated from parents at gate 12 [[organisation:Heathrow T5]]. Customer service agent [[name:Harpreet]] stayed with her, PA made, mum (Mrs [[name:Julia Svensson]], tel [[phone:+46 70 123 45 67]]) found within 15 mins. Family on [[flight_number:SK1530]] to Stockholm. lovely outcome"),
("aviation", "incident",
 "Cabin crew injury - {{CCM}} [[name:Jack Morrow-Evans]] hit by trolley during turbulence on [[flight_number:VS3]] ([[aircraft_registration:G-VNEW]], {{A350-1000}}), seat belt signs on but trolley not braked. Fractured wrist. Staff no [[case_reference:E449213]]. Referred {{OH}}, {{RIDDOR}} submitted by {{H&S}}."),
("aviation", "near_miss",
 "{{Dispatcher}} [[name:Dawn Kerr]] noticed loadsheet showed 15 infants but only 5 on the manifest - would have thrown CG calc. [[flight_number:EXS 187]] [[organisation:NCL]]-[[organisation:DLM]] [[date:14/06]]. Corrected before doors closed. {{Load control}} informed, email sent to [[email:ops.control@jet2.com]]."),
("aviation", "incident",
 "{{Laser attack}} on final rwy 27R [[organisation:LHR]], green laser from the direction of Hounslow. [[flight_number:BAW 118]] [[aircraft_registration:G-XWBA]]. {{FO}} [[name:Grace Tan]] had afterimage for 10 mins, {{Captain}} [[name:Ahmed Malik]] took control. Reported to {{Met Police}}, crime ref CAD [[case_reference:4410/03SEP]]. {{Aviation medical examiner}} check next day."),
("aviation", "success",
 "Great job by {{apprentice}} engineer [[name:Liam]] who spotted chafed wiring behind the galley on [[aircraft_registration:G-DHKB]] ({{Dash 8}}) at [[organisation:Exeter]] during a routine A-check - not on the task card. Could have been an in-flight smoke event. {{Quality}} ([[name:Amber Holt]]) has raised a fleet check. [[name:liam]]'s {{line manager}} [[name:Steve Oduya]] cc'd."),
("aviation", "near_miss",
 "Hi, {{ATC}} here - [[flight_number:EIN 25K]] and [[flight_number:RYR 8MG]] both cleared to FL240 by different sectors, {{STCA}} alerted, resolved with 1500ft separation. [[name:Summer]] on TC North. Investigation ref [[case_reference:NATS-24-3318]]. Contact me [[email:summer.b@nats.co.uk]] / [[phone:01489 615 000]]."),
("aviation", "success",
 "Pilot report: excellent CRM on [[flight_number:LOG 681]] [[organisation:Loganair]] {{ATR 72}} [[aircraft_registration:G-LMRE]] when we lost the No.1 generator over the Minch. {{Cabin crew}} [[name:Mhairi]] kept pax calm, {{FO}} [[name:Ewan MacLeod]] ran the QRH perfectly. Landed [[organisation:Stornoway]] uneventfully. - {{Capt}} [[name:Isla Munro]]"),
("aviation", "incident",
 "{{Medical}} - pax Ms [[name:Li Wei]] DOB [[date_of_birth:07/03/1955]] collapsed in {{jet bridge}} at gate 7 [[organisation:Gatwick North]] on arrival from [[flight_number:CX 345]]. {{Airport fire}} ({{first responders}}) attended, {{paramedics}} conveyed to [[organisation:East Surrey Hospital]]. Passport details withheld. {{Duty manager}} [[name:Rose]] ext 2231."),
("health", "incident",
 "rang by {{community pharmacist}} [[name:Oluwaseun]] at [[organisation:Kingsway Pharmacy]] ([[phone:0161 496 0518]]) - Mr [[name:Tariq Hussain-Bhatti]] (NHS [[nhs_number:2527601898]], DOB [[date_of_birth:1st April 1950]]) collected 2 boxes of oramorph within 5 days, scripts from 2 different GPs at [[organisation:Levenshulme Health Centre]]. {{Controlled drugs}} concern. Flagged to {{CD accountable officer}}, locked to one prescriber. I'll see him [[date:Weds 16th]]. Dr [[name:Faith Akande]], salaried GP"),
("aviation", "incident",
 "Eng - {{FOD}} found in {{engine intake}} of [[aircraft_registration:G-TUKO]] ({{B787-9}}), a torque wrench TW-0447 missing from [[organisation:TUI]] stores since last {{Thursday}}. Tool control failure. Night shift lead [[name:Kev Appiah]] (tel [[phone:07700 900 658]]). {{Boeing}} {{AOG}} desk informed. [[flight_number:TOM 076]] to Cancun cancelled."),
("aviation", "success",
 "Thank you to the {{ATCOs}} at [[organisation:Belfast City]] for accommodating our priority landing with a sick infant onboard [[flight_number:EI3742]] ([[organisation:Aer Lingus Regional]]). Crew [[name:Niamh Ó Súilleabháin]] & [[name:Declan]]. Baby ([[age:8 months]]) met by {{NIAS}} and taken to [[organisation:Royal Belfast Hospital for Sick Children]]. Mum's number [[phone:+353 87 123 4567]]."),
]



def main():
    rows = []
    counts = {}
    for i, (dom, kind, src) in enumerate(R, 1):
        text, spans, negs = parse(src, labels=LABELS)
        allm = sorted(spans + negs, key=lambda s: s["start"])
        for a, b in zip(allm, allm[1:]):
            assert a["end"] <= b["start"], (i, a, b)
        for s in spans:
            v = text[s["start"]:s["end"]]
            assert v == v.strip() and v, (i, v)
            if s["label"] == "nhs_number":
                assert nhs_ok(v), (i, v)
            counts[s["label"]] = counts.get(s["label"], 0) + 1
        n_sent = len(re.findall(r"[.!?](\s|$)", text))
        assert 1 <= n_sent <= 14, (i, n_sent)
        rows.append({"id": f"blind4-{i:03d}", "domain": dom, "kind": kind,
                     "text": text, "spans": spans, "negatives": negs})
    assert len(rows) == 60, len(rows)
    p = Path(__file__).resolve().parents[1] / "corpus" / "heldout_blind4.jsonl"
    with p.open("w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(len(rows), "reports ->", p)
    print(sorted(counts.items()))


if __name__ == "__main__":
    main()
