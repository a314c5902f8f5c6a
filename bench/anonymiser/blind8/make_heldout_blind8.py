"""Blind held-out corpus 8: 50 hand-written narratives (social care, health, aviation).

Written without reading the anonymiser, its tests or any other corpus. Running this script
rewrites bench/anonymiser/corpus/heldout_blind8.jsonl deterministically and validates it.
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

R: list[tuple[str, str, str]] = [
    # ---------------- social care (20) ----------------
    ("social_care", "incident",
     "School nurse here. [[name:hope]] in yr 4 came to the medical room with a bruise on her upper arm, "
     "said 'mum's boyfriend [[name:clay]] grabbed me'. Mum is [[name:Tanya Frost]], lives "
     "[[address:flat 3, 22 Orchard Rise, Wolverhampton]] [[postcode:WV4 6QT]]. I rang the {{MASH}} on "
     "[[phone:07700 900418]] at 10.40 and was told to complete the referral form. Ref given "
     "[[case_reference:MASH-26-01877]]. Head was off site so the deputy Mr [[name:Okonjo]] was told instead. "
     "[[name:Hope]] is [[age:8]]. No {{designated safeguarding lead}} in building that morning which is the real issue."),
    ("social_care", "near_miss",
     "family support worker - home visit [[date:Thurs 12th Feb]]\n"
     "went to see [[name:blossom]] and [[name:sonny]] [[name:Carpenter]] at "
     "[[address:14 Mill lane, Rotherham]]. dad ([[name:Dale Carpenter]]) had left a lighter and a pack of "
     "{{zopiclone}} on the windowsill at toddler height, [[name:sonny]] ([[age:2]]) was reaching for it. I moved it and "
     "talked it through with dad, he was fine about it. logged on LCS under [[case_reference:LCS-7718204]]. "
     "nothing happened but it could easily have. will raise at next {{core group}}."),
    ("social_care", "success",
     "Really positive {{Signs of Safety}} mapping today with the [[name:Nightingale]] family. "
     "[[name:Honor]] ([[age:15]]) led the 'what's working well' column herself and her gran "
     "Mrs [[name:Winifred Nightingale]] agreed to be part of the safety network. Social worker "
     "[[name:Priya Raman-Shah]] from [[organisation:Dudley Children's Services]] chaired. "
     "Plan agreed for [[name:Honor]] to stay at gran's, [[address:7 Cherry Tree Close, Halesowen]] "
     "[[postcode:B63 2JE]], over the holidays. Sharing as good practice."),
    ("social_care", "incident",
     "Residential keyworker, night shift notes.\n"
     "22:15 [[name:reign]] (YP, [[age:14]]) absconded via the laundry window.\n"
     "22:20 rang police 101, incident no. [[case_reference:0417/22FEB]].\n"
     "23:50 returned by PC [[name:Amir Haddad]] in vehicle [[vehicle_registration:YX19 KBE]], smelled of cannabis.\n"
     "Manager on call [[name:Glen Steel]] informed. Home is [[organisation:Larchfield House]]. "
     "Window restrictor had been broken for a week, reported twice. [[name:Reign]]'s {{social worker}} to be told in the morning. "
     "— [[name:kaz]]"),
    ("social_care", "near_miss",
     "Court social worker. Draft {{section 7}} report for [[name:Merit Adeyemi-Cole]] (DOB "
     "[[date_of_birth:04/09/2016]]) was nearly emailed to the father's solicitor instead of the "
     "{{Cafcass}} officer — autocomplete put [[email:j.fisher@fisherlawsolicitors.co.uk]] in instead of "
     "[[email:l.fisher@cafcass-example.org.uk]]. Spotted by my TM [[name:Lorraine Fisher]] before send "
     "(no relation!). Hearing is [[date:3 March 2025]] at [[organisation:Leeds Combined Court]]. "
     "Case no [[case_reference:LS24P00913]]."),
    ("social_care", "success",
     "Just wanted to say that the joint visit with [[name:Cliff]] from the youth offending team worked really "
     "well. [[name:rusty]] (real name [[name:Russell Lamb]], [[age:16]]) actually spoke to us for the first "
     "time about who's been grooming him for county lines. Info passed to the {{exploitation}} panel. "
     "His NI number came up on the housing form as [[ni_number:JT 48 22 91 C]], I've removed it from our "
     "shared notes as it shouldn't be there."),
    ("social_care", "incident",
     "Care home manager. On [[date:Sunday 9th March]] resident Mr [[name:Eamonn O'Sullivan]] "
     "([[age:87]], NHS no [[nhs_number:231 292 7659]]) was given his evening {{warfarin}} twice — agency carer "
     "[[name:Chip]] (surname not on rota, agency is [[organisation:Brightcare Staffing]]) didn't sign the "
     "{{MAR chart}}. GP out of hours contacted, INR checked next day, no harm. Notified {{CQC}}. "
     "Home: [[organisation:The Willows]], [[address:48-50 Station Road, Ilkeston]] [[postcode:DE7 5LD]]."),
    ("social_care", "near_miss",
     "fostering - supervising social worker\n"
     "carer [[name:misty swan]] let birth mum ([[name:Goldie]]) have unsupervised contact in the park cos "
     "she 'seemed ok'. contact supposed to be supervised at the family centre per the {{care plan}}. "
     "child [[name:Bay]] ([[age:3]]) fine. mum phone [[phone:07700 900655]]. spoke to [[name:misty]], she "
     "understands. FR ref [[case_reference:FC/0912/B]]"),
    ("social_care", "success",
     "From: [[email:sorrel.crane@northfieldhub.example.org]]\nTo: team inbox\nSubject: early help win\n\n"
     "Hi all — quick one. The [[name:Crane]] boys ([[name:Flint]] [[age:9]] and [[name:Jasper]] [[age:11]]) "
     "now have full attendance at [[organisation:Hollybank Primary]] for the first time in a year after the "
     "{{early help}} breakfast plan. Mum [[name:Sorrel]] (yes same surname as me, no relation!) asked me to "
     "pass on thanks to Mrs [[name:Kaur]] the learning mentor.\n[[name:S. Crane]], Family Hub"),
    ("social_care", "incident",
     "LADO referral made today re: a member of staff at [[organisation:Meadowbank Nursery]], "
     "[[address:2 Sycamore Way, Swindon]] [[postcode:SN3 4PX]]. Staff member [[name:Buddy Walsh]] "
     "(goes by [[name:Buddy]], legal name [[name:Benedict Walsh]]) seen on CCTV pulling child [[name:Olive]] "
     "([[age:2 yrs]]) by the wrist. Nursery manager [[name:Ebony Clarke]] suspended him. {{LADO}} "
     "Ms [[name:Harriet Goode]] ref [[case_reference:LADO-2025-0331]]. {{Ofsted}} informed [[date:14.03.25]]."),
    ("social_care", "near_miss",
     "YOT worker. Our address list for the summer activity had [[name:jade]]'s old address "
     "([[address:33 Canal St, Stoke]]) rather than the refuge she and her mum moved to. Transport nearly "
     "went to the old address where the perpetrator ([[name:Craig Winter]]) still lives. Caught by "
     "[[name:ginger]] in admin. Refuge address deliberately not written here. [[name:Jade]] DOB "
     "[[date_of_birth:17.06.2010]]. We need to check against {{MARAC}} flags before sending lists out."),
    ("social_care", "success",
     "Court work: final hearing for [[name:Coral]] and [[name:Misha]] [[name:Bhattacharya]] concluded "
     "[[date:Friday 28 March]], special guardianship to aunt Dr [[name:Anjali Bhattacharya]]. Judge praised the "
     "life story work done by [[name:Hazel Glass]] ({{independent reviewing officer}}). Case number "
     "[[case_reference:BM25C00471]]. Kids were so happy."),
    ("social_care", "incident",
     "children's home - shift handover 07:00\n"
     "- [[name:T-J]] ([[name:Tyler-James Okafor]]) self harmed with a pencil sharpener blade ~03:00, first aid given, no A&E\n"
     "- blade found in room search, bedroom checks were 30 min not 15 as per his risk assessment\n"
     "- told on call mgr [[name:Crystal Mbeki]] [[phone:07700 900233]]\n"
     "- {{CAMHS}} crisis line rung, appt booked\n"
     "- YP is [[age:13]]. placement from [[organisation:Sandwell]]. their ref [[case_reference:SCT 55190/2]]\n"
     "signed [[name:d.v.]]"),
    ("social_care", "near_miss",
     "I'm an {{independent visitor}}. Went to pick up [[name:Clementine]] ([[age:12]]) from her placement at "
     "[[address:The Old Rectory, Church Lane, Little Bampton]] [[postcode:NR16 2AB]] and the carer handed "
     "her to me without checking my ID - I'd never met this carer before. Nothing happened but anyone could "
     "have said they were me. Raised with the agency [[organisation:Foster Futures East]] and the "
     "placing authority. My ref from them [[case_reference:IV-0093]]."),
    ("social_care", "success",
     "Positive multi agency working - Mrs [[name:Fatima Al-Hassan]] ([[age:34]]) fled DV with daughter "
     "[[name:Noor]] ([[age:6]]). Housing officer [[name:Dean Chapman]] at [[organisation:Ealing Council]] got them "
     "into temp accom the same day, I (family support) sorted school transfer, health visitor "
     "[[name:Cath Doherty]] registered them with a GP. {{MARAC}} on [[date:19th May]] not needed as risk "
     "reduced. Her new mobile [[phone:07700 900781]] is only to be shared with professionals."),
    ("social_care", "incident",
     "residential - incident at contact. [[name:bay]] and [[name:sonny]] had contact with dad "
     "[[name:Lee Fisher]] at the contact centre. dad tried to leave with [[name:sonny]] via fire exit. contact "
     "worker [[name:Precious Nwosu]] stopped him. police called, log [[case_reference:CAD 1182 04/04]]. "
     "dad's car [[vehicle_registration:FD68 WRZ]] was parked right outside the exit. contact suspended "
     "pending review by {{IRO}}."),
    ("social_care", "near_miss",
     "Leaving care PA. [[name:Jermaine Oduya]] ([[age:19]]) had his pathway plan printed and left on the "
     "printer in the open plan office at [[organisation:Riverside House]] - it had his NI "
     "[[ni_number:PW 73 11 05 A]], DOB [[date_of_birth:23 Nov 2005]] and new flat address "
     "[[address:Flat 11b Kestrel Court, 90 Kings Road, Reading]] [[postcode:RG1 3BU]]. Found by a "
     "visiting {{advocate}}, returned to me. Need follow-me printing."),
    ("social_care", "success",
     "Kinship carer support group - grandad [[name:Rhys Pritchard]] said the {{kinship allowance}} advice from "
     "[[name:Bethan]] at [[organisation:Grandparents Plus Cymru]] got his payments backdated. He's caring "
     "for [[name:Sion]] [[age:aged 10]] and [[name:Mali]] [[age:aged 7]]. Simple thing but huge difference."),
    ("social_care", "incident",
     "social worker (duty). I visited [[address:4 Alder Ct, Brookside Estate]] "
     "re [[name:Winter]] children. [[name:Angel Winter]] ([[age:5 year old]]) answered the door alone at 8pm. "
     "Mum [[name:Kerry-Ann Winter]] came back 40 mins later. Strategy discussion booked under "
     "{{section 47}}. Mosaic ID [[case_reference:2274510]]."),
    ("social_care", "near_miss",
     "school nurse - drop in. yr 10 girl [[name:misty]] [[name:o'brien]] told me she's been sent money by an "
     "older man online ('[[name:Ace]]', says he's 19). she gave me his snap name which I've passed to police, "
     "not writing it here. DOB [[date_of_birth:2/2/2010]], NHS [[nhs_number:6242175029]]. referral to "
     "{{MASH}} done, ref [[case_reference:M/25/4417]]. she nearly met him on [[date:Saturday 12 April]]."),

    # ---------------- health (17) ----------------
    ("health", "incident",
     "OOH GP. Called to [[address:19 Beacon View, Penryn]] [[postcode:TR10 8HX]] for Mr [[name:Jago Trethewey]] "
     "([[age:72]]). Previous OOH clinician had documented 'viral illness' yesterday but he had clear signs of "
     "{{sepsis}} today, admitted to [[organisation:Royal Cornwall Hospital]]. NHS [[nhs_number:373 320 3879]]. "
     "Adastra case [[case_reference:OOH-51288734]]. Wife [[name:Morwenna]] very upset."),
    ("health", "near_miss",
     "theatre nurse. WHO checklist sign-in nearly skipped for list 2 — Mr [[name:Cliff Oyelaran]] "
     "(consultant) wanted to crack on. patient [[name:Ivy Glass]] [[age:64]] listed for a left "
     "{{total knee replacement}}, consent form said right. scrub nurse [[name:Hannah]] caught it at time "
     "out. MRN [[case_reference:H4418207]]. Datix [[case_reference:W88213]]."),
    ("health", "success",
     "Pharmacist, [[organisation:Frost & Daughters Pharmacy]] [[address:3 High Street, Kendal]]. "
     "Spotted that Mrs [[name:Olive Hartley-Blythe]] (DOB [[date_of_birth:11.01.1941]]) had been prescribed "
     "{{methotrexate}} daily instead of weekly. Rang the surgery, Dr [[name:Sandeep Gill]] corrected it the "
     "same morning. Patient's daughter [[name:Melanie]] on [[phone:07700 900129]] is now doing her dosette."),
    ("health", "incident",
     "Air ambulance doctor. Tasked to RTC on the A30, pt [[name:Kieran 'Dusty' Miller]] [[age:mid 20s]]. Road crew "
     "had applied {{tourniquet}} but not recorded time. Handed over at [[organisation:Derriford]] ED to "
     "Dr [[name:Nightingale]]. Our aircraft [[aircraft_registration:G-HEMC]]. Incident no "
     "[[case_reference:HEMS-25-0719]]. Documentation gap could have led to limb loss."),
    ("health", "near_miss",
     "midwife (community). Booking bloods for [[name:Grace Oyelowo-Brown]] labelled with her sister "
     "[[name:Joy]]'s details - same address [[address:27a Marlborough Rd, Luton]] [[postcode:LU3 1EN]] and "
     "similar DOB. Lab rejected due to mismatch with NHS number [[nhs_number:807 686 7819]]. Re-bled on "
     "[[date:Tues 6 May]]. Could have led to wrong {{rhesus}} status."),
    ("health", "success",
     "Just a shout out — [[name:Dale]] the porter at [[organisation:St Hilda's]] noticed "
     "Mr [[name:Chukwuemeka Obi]] going grey in the lift and got the crash team. Patient had a "
     "{{pulmonary embolism}}, thrombolysed and doing well. [[name:Dale Reynolds]] deserves recognition."),
    ("health", "incident",
     "ward 7 nights. Mrs [[name:Hope Sinclair]] [[age:89]] fell at 04:10 going to the toilet. bed alarm was "
     "switched off - unclear who by. x-ray showed {{neck of femur}} fracture. family (son [[name:Robert]], "
     "[[phone:07700 900562]]) informed by Dr [[name:Ferreira]]. {{falls risk assessment}} not updated since admission on "
     "[[date:2/6]]. hosp no [[case_reference:RX7 0045512]]"),
    ("health", "near_miss",
     "Pharmacy technician. Two patients called [[name:Jade Lamb]] on the same ward, one prescribed "
     "{{gentamicin}}. Nearly supplied to the wrong one — different DOBs ([[date_of_birth:14/02/1988]] "
     "vs [[date_of_birth:30/10/1953]]). Caught by checking NHS number [[nhs_number:7260226404]]. Please add "
     "name alert to EPMA."),
    ("health", "success",
     "Health visitor. Baby [[name:Sonny Ahmed]] ([[age:6 weeks]]) referred to [[organisation:Birmingham Children's "
     "Hospital]] after I noticed {{prolonged jaundice}} and pale stools at the new birth visit - diagnosed "
     "{{biliary atresia}} early enough for surgery. Mum [[name:Rukhsana]] contacted us to say thank you. "
     "Child's NHS no [[nhs_number:2188164539]]."),
    ("health", "incident",
     "from: [[email:r.jenkins@nhs-example.net]]\nsent: [[date:30 June 2025]] 18:02\n\n"
     "Pt [[name:Crystal Jenkins-Adebayo]] [[age:41]] discharged from ED with a {{Colles' fracture}} without "
     "the fracture clinic referral being sent. Returned [[date:10 July]] with malunion. GP is "
     "Dr [[name:Aled Rowlands]], [[organisation:Pontcanna Surgery]]. MRN [[case_reference:C0092881]].\n"
     "[[name:Rhiannon]]"),
    ("health", "near_miss",
     "Dental nurse. Master [[name:Chip Dunmore]] ([[age:7]]) nearly given adult {{articaine}} dose, "
     "dentist Mr [[name:Yusuf Patel]] drew up before weighing. I queried, weight was 21kg. Mum "
     "[[name:Bryony]] contact [[email:bryony.dunmore77@example.co.uk]]. Practice: [[organisation:Smile Street "
     "Dental]], [[postcode:CF11 9LJ]]."),
    ("health", "success",
     "Mental health crisis team. [[name:Merit]] (not her real name? she gave [[name:Merit Okwuosa]]) brought in by "
     "PC [[name:Frost]] under {{section 136}}. Assessed within the hour, street triage worked brilliantly. "
     "Discharged home to [[address:Flat 2, 5 Newton St, Manchester]] [[postcode:M1 2AE]] with crisis "
     "plan. Care coordinator [[name:Tomasz Wiśniewski]]."),
    ("health", "incident",
     "Care home nurse. Mr [[name:Ernest Clay]] ([[age:91]]) developed a grade 3 {{pressure ulcer}} on the "
     "sacrum. Air mattress had been set for 60kg, he's 95kg. Tissue viability nurse [[name:Shona MacLeod]] "
     "reviewed. Safeguarding raised with [[organisation:North Lanarkshire HSCP]], ref "
     "[[case_reference:ASP/25/00612]]. His CHI/NHS [[nhs_number:6580759593]]."),
    ("health", "near_miss",
     "Paramedic. Went to wrong address - CAD had [[address:12 Glen Road]] but pt was at [[address:12 Glenn "
     "Road, Portadown]]. Pt [[name:Siobhán Ní Bhriain]] [[age:58]], chest pain, {{STEMI}} on 12 lead. "
     "Delay 9 mins. Caller's number [[phone:028 9018 0432]] not called back by control. Vehicle "
     "[[vehicle_registration:MKZ 4471]]."),
    ("health", "success",
     "theatre recovery - [[name:winnie]] (ODP) spotted the {{capnography}} trace flattening on mr [[name:"
     "ahmed raza]] ([[age:55]]) before the sats dropped, tube had kinked. Sorted in seconds. "
     "Anaesthetist Dr [[name:de la Cruz]] wrote it up as a good catch. theatre 4, [[date:11/08/25]]."),
    ("health", "incident",
     "GP practice manager. Letter for Mr [[name:Flint Castellano]] (DOB [[date_of_birth:8th August 1979]]) "
     "containing his {{HIV}} result posted to [[address:8 Acorn Drive, Basingstoke]] - his previous "
     "address, new one is [[address:41 Beech Grove, Basingstoke]] [[postcode:RG24 8NP]]. Opened by new "
     "tenant. NHS [[nhs_number:9962546893]]. {{ICO}} breach report done, ref [[case_reference:IC-3391027-K7P2]]."),
    ("health", "near_miss",
     "community pharmacist. lad came in for [[name:Hazel Osei]]'s {{methadone}} with a note - no "
     "collection consent on file. Said he was her nephew [[name:jay]]. Refused, rang [[name:Hazel]] on "
     "[[phone:07700 900904]], she hadn't sent anyone. Reported to the drug service [[organisation:Change "
     "Grow Live]]. [[name:Hazel]] [[age:47]]."),

    # ---------------- aviation (13) ----------------
    ("aviation", "incident",
     "Loadmaster. [[flight_number:ZT4471]] [[organisation:Stansted]]-[[organisation:Leipzig]], a/c "
     "[[aircraft_registration:G-ZTCF]] ({{Boeing 757}} freighter). Pallet in position C3 found with "
     "only 2 of 4 locks engaged at top of descent. Ground handler [[name:Rusty Nowak]] signed the load "
     "sheet. Reported to the {{CAA}} via MOR [[case_reference:MOR-2025-04418]]."),
    ("aviation", "near_miss",
     "Private pilot, PA-28 [[aircraft_registration:G-BXWL]]. Departed [[organisation:Sherburn]] on "
     "[[date:Sat 22nd March]] with what I thought were full tanks - [[name:Glen Harper]] (owner) had "
     "dipped them but the left one had been used by another member since. Noticed imbalance at 2000ft, "
     "landed at [[organisation:Gamston]]. No {{fuel starvation}} but close. My mobile [[phone:07700 900347]] "
     "if the club safety officer Mrs [[name:P. Drummond]] wants to chat."),
    ("aviation", "success",
     "Flight dispatcher. Noticed the {{NOTAM}} for [[organisation:Exeter]] runway closure hadn't been "
     "included in the briefing pack for [[flight_number:BE 3127]] — captain [[name:Dafydd Bowen]] "
     "thanked us and tankered extra fuel. Colleague [[name:Coral]] on the desk spotted it first."),
    ("aviation", "incident",
     "Cabin crew. Pax Mr [[name:Callum Reid]] seat 14C on [[flight_number:LXG812]] became abusive after "
     "being refused more alcohol. SCCM [[name:Blessing Achebe]] informed captain Capt. [[name:Ingrid "
     "Solberg]]. Met by police at [[organisation:Glasgow Airport]]. Pax DOB [[date_of_birth:19/12/1991]], "
     "booking ref [[case_reference:QW7RTX]]. {{disruptive passenger}} report filed."),
    ("aviation", "near_miss",
     "air ambulance pilot. HEMS landing site at [[organisation:Bramley Park School]] had a new set of "
     "{{power lines}} across the western approach, not on our database. Doctor [[name:Ash Kapoor]] spotted "
     "them on short final. aircraft [[aircraft_registration:G-KSSA]]. Date [[date:4 April 2025]]. We "
     "need the site survey redone."),
    ("aviation", "success",
     "Ramp agent. Found a passport belonging to [[name:Sophie-Louise Hargreaves]] on the jet bridge for "
     "[[flight_number:EZX 221]] before pushback, reunited with her at gate 12. [[name:Kieran]] in ops "
     "held the door. Small thing but she'd have been refused entry at {{passport control}}."),
    ("aviation", "incident",
     "Engineer. During daily check on [[aircraft_registration:G-OLMN]] ({{ATR 72}}) at "
     "[[organisation:Southampton]] found a rag left in the no.2 engine intake from the previous night's "
     "work. Previous shift engineer [[name:Merritt]] (surname withheld). Work order "
     "[[case_reference:WO-882031]]. {{FOD}} walk not done. Reported to the {{AAIB}}? no - internal + MOR."),
    ("aviation", "near_miss",
     "Glider pilot. Near collision with a microlight [[aircraft_registration:G-CKFR]] over "
     "[[organisation:Husbands Bosworth]], ~100ft vertical. My glider was [[aircraft_registration:G-DHKL]]. "
     "The microlight pilot (Mr [[name:Frost]]? per the club) didn't have {{SafeSky}} on. Filed an "
     "{{Airprox}} with the UKAB."),
    ("aviation", "success",
     "Dispatcher, shift note [[date:Mon 14 July]]:\n"
     "* [[flight_number:TOM6524]] - lav service truck [[vehicle_registration:LN21 OXA]] reversing with no banksman,"
     " [[name:ebony]] stopped it 1m from the wing\n"
     "* thanked her, raised with [[organisation:Swissport]] supervisor [[name:Gary Booth]]\n"
     "* {{ground handling}} briefing updated"),
    ("aviation", "incident",
     "Pilot (commercial). On approach to [[organisation:Belfast City]] on [[flight_number:EI3851]] "
     "received a {{laser}} strike from the east. FO [[name:Niamh Gallagher]] was flying and had temporary "
     "flash blindness. Police informed, ref [[case_reference:CC2025-0618-0077]]. Aircraft "
     "[[aircraft_registration:EI-FNH]]."),
    ("aviation", "near_miss",
     "Loadmaster (military contractor). Dangerous goods (lithium batteries) not declared on manifest for "
     "[[flight_number:RRR4419]] from [[organisation:Brize Norton]]. Consignor contact Lt [[name:Honor "
     "Blackwood]], [[email:h.blackwood@contractor-example.com]]. Caught at pre-load check by "
     "Sgt [[name:Chip Bradley]]. {{dangerous goods}} regs not followed."),
    ("aviation", "success",
     "Instructor. Student [[name:Olivia-Mae Dunn]] ([[age:17]]) correctly rejected a takeoff in "
     "[[aircraft_registration:G-BOZI]] at [[organisation:Shoreham]] when the ASI didn't come alive. "
     "Pitot cover left on — hers not ours, previous renter Mr [[name:D. Hollins]]. Textbook {{rejected takeoff}}. "
     "Parent [[name:Kerry Dunn]] [[phone:07700 900016]] aware."),
    ("aviation", "incident",
     "Airport ops. Passenger Mrs [[name:Agnieszka Kowalczyk]] ([[age:68]]) fell on the {{airbridge}} at "
     "[[organisation:Bristol Airport]] arriving on [[flight_number:U2 6432]], wheelchair assistance "
     "booked but not provided. Taken to [[organisation:Southmead]]. Her son [[name:Piotr]] email "
     "[[email:piotr.k@example.pl]]. PRM provider [[organisation:OmniServ]] notified."),
]

NI = re.compile(r"^(?!BG|GB|NK|KN|TN|NT|ZZ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z] ?\d{2} ?\d{2} ?\d{2} ?[A-D]$")
POSTCODE = re.compile(r"^(GIR 0AA|[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2})$")


def main() -> None:
    out = Path(__file__).resolve().parent.parent / "corpus" / "heldout_blind8.jsonl"
    rows = []
    for i, (domain, kind, marked) in enumerate(R, 1):
        assert domain in {"social_care", "health", "aviation"}, domain
        assert kind in {"incident", "near_miss", "success"}, kind
        text, spans, negs = parse(marked, labels=LABELS)
        assert 1 <= len(negs) <= 3, (i, len(negs))
        words = len(text.split())
        assert 30 <= words <= 220, (i, words)
        items = [(s["start"], s["end"]) for s in spans] + [(n["start"], n["end"]) for n in negs]
        items.sort()
        for (a0, a1), (b0, b1) in zip(items, items[1:]):
            assert a1 <= b0, f"overlap in report {i}: {text[a0:a1]!r} / {text[b0:b1]!r}"
        for s in spans:
            v = text[s["start"]:s["end"]]
            assert v and v == v.strip(), (i, v)
            if s["label"] == "nhs_number":
                assert nhs_ok(v), (i, v)
            if s["label"] == "ni_number":
                assert NI.match(v), (i, v)
            if s["label"] == "postcode":
                assert POSTCODE.match(v), (i, v)
        for n in negs:
            assert text[n["start"]:n["end"]] == n["term"]
        rows.append({"id": f"hb8-{i:03d}", "domain": domain, "kind": kind, "text": text,
                     "spans": spans, "negatives": negs})
    assert len(rows) == 50, len(rows)
    out.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    labels = Counter(s["label"] for r in rows for s in r["spans"])
    print(f"{len(rows)} reports -> {out}")
    print("domains", dict(Counter(r["domain"] for r in rows)))
    print("kinds", dict(Counter(r["kind"] for r in rows)))
    print("spans", sum(labels.values()), dict(sorted(labels.items())))
    print("negatives", sum(len(r["negatives"]) for r in rows))


if __name__ == "__main__":
    main()
