"""Blind held-out corpus 19: fifty hand-written reports to a confidential just-culture reporting system.

Services in the East of England and the Home Counties: children's social care, health and aviation.
Mark-up: `[[label:value]]` is an identifier span, `{{term}}` a must-not-redact mention (see markup.py).
Writes bench/anonymiser/corpus/heldout_blind19.jsonl deterministically and validates it.
"""

from __future__ import annotations

import re
import sys
import textwrap
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from markup import REPEATABLE, build_records, write_records  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "corpus" / "heldout_blind19.jsonl"

VEHICLE = re.compile(r"^[A-Z]{2}\d{2} ?[A-Z]{3}$", re.I)
AIRCRAFT = re.compile(r"^(G|EI|OE|D|SP|YR|HA|9H)-[A-Z]{3,4}$", re.I)

# (domain, kind, format, marked text). Format "p" = prose, lines joined with single spaces;
# "r" = raw layout kept (e-mails, bullet timelines, notes).
REPORTS: list[tuple[str, str, str, str]] = [
    # ----------------------------------------------------------------- children's social care
    ("social_care", "incident", "p", """
        On [[date:14 March]] I attended a home visit at [[address:22 Brook Lane, Witham]],
        [[postcode:CM8 2QT]],
        to see [[name:Kayden Moss]] (aged [[age:6]]). Mum, [[name:Shannon Moss]], had not been told the visit
        was happening because the letter went to her old address. [[name:Kayden]] was still in pyjamas at 2pm
        and there
        was no food in the fridge. I did not feel able to leave without a safety plan so I rang the
        {{duty manager}} and we agreed an interim arrangement with maternal grandmother [[name:Pat Moss]]
        ([[phone:07700 914 362]]). Learning: the address on the system had been wrong for six weeks and nobody
        checked it before the letter was generated. Ref [[case_reference:ECC-CS-448120]].
    """),
    ("social_care", "near_miss", "p", """
        nearly sent the wrong childs details to the foster carer tonight. EDT list had [[name:jayden okoro]]
        dob [[date_of_birth:03/09/2014]] and [[name:jaden o'connor]] dob [[date_of_birth:11/02/2015]] next to
        each other and i copied the wrong one into the placement referral. {{foster carer}} mrs [[name:begum]]
        noticed the age didnt match and rang back on [[phone:01245 433871]]. no harm done. pls can the
        {{EDT}} list be sorted by surname not first name. [[case_reference:EDT/24/0917]]
    """),
    ("social_care", "success", "p", """
        Just wanted to say thank you to [[name:Leanne]] at the [[organisation:Harlow Family Hub]].
        [[name:Amira Haddad]]'s mum had been too anxious to come to the {{child in need}} meeting but
        [[name:Leanne]] rang
        her the night before and offered to walk over with her. Mum came, spoke for the first time, and
        [[name:Amira]]
        ([[age:9]]) got her school transport sorted because of it. Small thing, big difference.
        [[name:Rob Kettle]], {{social worker}}, [[organisation:Essex County Council]]
    """),
    ("social_care", "incident", "r", """
        From: [[email:d.achterberg@hertfordshire.gov.uk]]
        Sent: [[date:02 April 2024]] 16:41
        To: Safeguarding Quality Team
        Subject: RE: LADO referral - [[case_reference:HCC-LADO-2024-0332]]

        Hi all, flagging this for the reporting system. The {{LADO}} referral about a residential worker at
        [[organisation:Oakfield House]] was sent by secure email but the attachment included the unredacted
        chronology for a different young person, [[name:Tyler Brennan-Hughes]]
        (DOB [[date_of_birth:21.06.2008]]). We recalled it within 20 minutes and the recipient confirmed
        deletion. {{Data Protection Officer}} informed.

        [[name:Dirk]]
    """),
    ("social_care", "near_miss", "r", """
        Timeline - contact session [[date:06/04]]
        - 10:00 contact supervisor [[name:Gemma Pryce]] arrives at [[organisation:Bedford Contact Centre]]
        - 10:05 dad ([[name:Marcus Ellington]]) arrives early, not at the agreed time
        - 10:10 children [[name:Ruby]] ([[age:4]]) and [[name:Finn]] ([[age:7]]) dropped off by foster
          carer in the car park. Dad saw the car, reg [[vehicle_registration:KX19 TNO]]
        - 10:12 [[name:Gemma]] stopped dad following them outside
        - placement address not compromised as far as we know but the car is now known to him
        Learning: staggered arrivals in the {{contact plan}} weren't enforced at reception. Ask reception to
        hold parents in the side room until the children are inside.
    """),
    ("social_care", "success", "p", """
        What went right: the {{Section 47}} strategy discussion for [[name:Oliwia Nowak]] ([[age:13]]) was
        held
        within two hours of the school referral on [[date:9 April]]. Police (DC [[name:Hollis]]) and health
        (Dr [[name:Anand]]) both joined by Teams. A Polish interpreter was booked before mum arrived, so
        Mrs [[name:Nowak]] could speak for herself without her daughter translating. That is what made the
        difference. [[name:Oliwia]] is staying with her aunt at [[address:41 Bury Road, Stowmarket]]
        [[postcode:IP14 1JB]]
        under a {{safety plan}}.
    """),
    ("social_care", "incident", "p", """
        kid went missing from placement again. [[name:Connor]] ([[age:15]]) left
        [[address:Flat 3, 88 Victoria Road, Chelmsford]] at approx 23:00, carers didnt ring police till 01:30
        because they thought he was at his mates. found at the bus station by {{BTP}} at 04:00. return home
        interview not offered for 4 days which is outside {{statutory guidance}}. his mobile
        [[phone:07812 556 019]] was switched off the whole time. ref [[case_reference:MFH-24-01877]]
    """),
    ("social_care", "near_miss", "p", """
        During a {{looked after review}} on [[date:16/04/2024]] the IRO noticed that the care plan for
        [[name:Precious Adeyemi-Clarke]] still listed her previous school and previous GP. Had she needed
        emergency treatment the foster carers would have given the wrong surgery. Records were corrected the
        same
        day: GP is now [[organisation:Lister Medical Centre]], [[address:Lister House, Staple Tye, Harlow]],
        [[postcode:CM18 7LU]]. Her NHS number ([[nhs_number:516 172 2479]]) was correct. Suggest the carers'
        checklist prompts a GP check at every review.
    """),
    ("social_care", "incident", "p", """
        Recording error. I wrote up a home visit to Mr and Mrs [[name:Gedge]] at
        [[address:The Old Forge, Church Street, Aylsham]] under the wrong child, [[name:Daisy-Mae Gedge]]
        instead of her brother [[name:Alfie]]. [[name:Daisy-Mae]]'s file then showed a bruise that was
        actually
        [[name:Alfie]]'s and the {{health visitor}} queried it at the {{core group}}. Fixed on
        [[date:18 April]]
        and both parents were told. Probably happened because the siblings share a case record and the default
        tab is the eldest child. Norfolk ref [[case_reference:NCC-CH-0093316]]
    """),
    ("social_care", "success", "p", """
        Really good multi-agency working for [[name:Eshan]] (aged [[age:11]]) this week. The school nurse
        noticed
        weight loss and rang us direct, and the {{early help}} worker [[name:Tasha Lindqvist]] had the family
        seen
        the same afternoon at [[address:17 Arbury Court, Cambridge]] [[postcode:CB4 2JQ]]. Mum disclosed she'd
        lost her job and the food bank referral went in by 5pm. No one waited for a form.
    """),
    ("social_care", "incident", "r", """
        Subject: Kinship assessment - documents sent to wrong address

        The {{special guardianship}} assessment for grandmother [[name:Maureen Tilley]]
        (NI [[ni_number:JH 42 81 67 C]]) was posted to [[address:14 Hawthorn Close, Luton]],
        [[postcode:LU3 2RP]], which is the birth father's address, not hers. Father [[name:Dean Tilley]]
        phoned the office on [[phone:01582 547 903]] very angry and read out parts of it. [[name:Maureen]]
        has been told and is worried about her safety. The address had been copied from the child's
        legacy record.

        Reporter: [[name:K. Osei]], team manager, [[organisation:Luton Borough Council]]
    """),
    ("social_care", "near_miss", "p", """
        Out of hours. Police asked for a {{place of safety}} for a [[age:2]] yr old ([[name:Lily-Grace Fenn]])
        and the only available carer's {{DBS}} had lapsed on [[date:31 March]]. Caught by me at 02:10 checking
        the panel sheet and we used a different carer. Nobody had flagged it on the rota.
    """),
    ("social_care", "success", "p", """
        What went right - transition planning for [[name:Jordan Mbeki]], care leaver, [[age:18]] on
        [[date:22 April]]. His personal adviser [[name:Siobhan]] started the {{pathway plan}} at 16 like she
        should, and the flat at [[address:Unit 6, Crane Court, Ipswich]] [[postcode:IP1 2BS]] was ready the
        week
        before his birthday. He had a bank account, his NI number ([[ni_number:PX 73 19 04 A]]) and a GP
        registration before moving in. He texted her a photo of his first cooked tea.
    """),
    ("social_care", "incident", "r", """
        school rang 2.30 - [[name:kacper]] disclosed dad hit him w belt. couldnt get hold of allocated sw
        ([[name:dan]]) all afternoon, his phone [[phone:07931 228 450]] on voicemail, duty also swamped.
        strategy not held til next morn. [[name:kacper]] went home that night. no further injury seen but
        that was luck not process. [[case_reference:CS-2024-55108]]. {{MASH}} should of picked up
    """),
    ("social_care", "near_miss", "p", """
        Medication near miss at [[organisation:Ash Lodge]] children's home. Night staff were about to give
        [[name:Harvey Quinn]] ([[age:14]]) his evening {{melatonin}} when they realised the {{MAR chart}} was
        [[name:Harvey Quint]]'s from respite last month, left in the folder. Same dose as it happens, but the
        allergy box was different. Both charts are now kept separately. Staff member [[name:Ngozi Eze]]
        spotted
        it - well done.
    """),
    ("social_care", "incident", "p", """
        The court bundle for the {{care proceedings}} listed on [[date:25/04/2024]] was filed with the
        mother's
        new address visible in the parenting assessment: [[address:5 Coppice Mews, Stevenage]]
        [[postcode:SG2 9FL]]. Mother is in a refuge placement because of domestic abuse. The father's
        solicitor
        received it. Emergency application to the court the same day; mother has moved again. The redaction
        checklist was not used because the assessment came in late from
        [[organisation:Brightstart Assessments Ltd]]. Child: [[name:Ivy]], [[age:3]].
    """),
    ("social_care", "success", "p", """
        Shout out to [[name:Mo Rahman]] on the front door - he caught a referral for [[name:Bethany Cole]]
        that
        had come in under her old surname ([[name:Bethany Ware]]) and linked it to the open
        {{child protection plan}} within an hour.
    """),
    ("social_care", "near_miss", "p", """
        Taxi firm sent a new driver to collect [[name:Zainab]] ([[age:8]]) from
        [[organisation:Wilmington Primary School]] for contact. He didn't have the passphrase and the school
        office wouldn't release her - correct. Turned out he was genuine ([[organisation:Kwik Kabs]], car
        [[vehicle_registration:EY68 WMK]]) but nobody had told the school about the change of driver.
        Transport
        team now send driver name and reg by email. The {{designated safeguarding lead}} praised the office
        staff.
    """),
    # ----------------------------------------------------------------- health
    ("health", "incident", "p", """
        Patient [[name:Edna Wilkins]], [[age:87]], NHS [[nhs_number:923 634 3635]], was discharged from
        [[organisation:Broomfield Hospital]] on [[date:3 April]] to
        [[address:Ivy Cottage, Mill Lane, Great Totham]], [[postcode:CM9 8BP]], without her {{anticoagulant}}
        on the TTO. District nurses found on day 4 that she'd had none. Her daughter [[name:Julie]]
        ([[phone:01621 890 214]]) had been told "it's all in the bag". Readmitted with a DVT. Root cause:
        pharmacy verification skipped on a {{Friday}} evening discharge.
    """),
    ("health", "near_miss", "r", """
        almost gave IV abx to wrong pt in bay 4. mr [[name:patel]] and mr [[name:patil]] both in bay 4
        ward 12. wristband checked at bedside, caught it. both on {{co-amoxiclav}} anyway but
        allergy status different.
        pls dont put similar names in same bay
        ([[name:SJ]], staff nurse)
    """),
    ("health", "success", "p", """
        What went right: crew attended [[name:Graham Pocock]] ([[age:64]]) at
        [[address:12 Rookery Way, Hadleigh]],
        [[postcode:SS7 2PA]] with chest pain on [[date:07/04/2024]]. Paramedic [[name:Lucy Tran]] transmitted
        the
        ECG from the house and the {{STEMI}} was accepted by the cath lab at
        [[organisation:Basildon Hospital]]
        before they'd left the drive. Door to balloon 41 mins. Mr [[name:Pocock]] went home on day 3.
    """),
    ("health", "incident", "p", """
        Maternity. Baby of [[name:Chloe Barnard]], born [[date_of_birth:08/04/2024]] at
        [[organisation:Lister Hospital]], was given {{vitamin K}} by injection although mum had chosen the
        oral
        route on her birth plan. The midwife, [[name:Rachel Okonjo-Bright]], told her straight away and the
        {{duty of candour}} conversation was held that day. No harm to baby. The birth plan is on paper and
        the
        prescription is electronic, and the two didn't talk to each other.
    """),
    ("health", "near_miss", "p", """
        Two patients at [[organisation:Parkside Surgery]] named [[name:John Smith]], one DOB
        [[date_of_birth:12/07/1951]] and one DOB [[date_of_birth:12/07/1957]]. Reception booked the blood
        results
        call for the wrong one. Caught by the GP, who read out NHS number [[nhs_number:474 691 7027]] at the
        start
        of the call and the patient said "that's not mine". Alert now added to both records. The
        {{Summary Care Record}} wasn't used for ID.
    """),
    ("health", "incident", "p", """
        Patient detained under {{Section 2}} ([[name:Kwame Asante]], [[age:29]]) absconded from
        [[organisation:The Linden Centre]] during escorted leave on [[date:10 April]]. The escort was agency
        staff on a first shift and had not been told about previous AWOL history. Police found him at home,
        [[address:33 Moulsham Street, Chelmsford]], [[postcode:CM2 0HU]], three hours later. The handover
        sheet
        had the risk history on page 2, which wasn't printed.
    """),
    ("health", "success", "p", """
        Hi, I'm [[name:Bernadette]], [[name:Frank Doyle]]'s wife. I know this form is for staff but I wanted
        you
        to know how kind the night nurse [[name:Priya]] on Ward 7 was when [[name:Frank]] was confused and
        pulling
        at his {{catheter}}. She sat with him for an hour and rang me at 3am like I'd asked. Thank you so
        much.
        [[email:bernie.doyle64@btinternet.com]]
    """),
    ("health", "incident", "r", """
        [[date:11/04]] ED - delayed sepsis recognition
        - 14:20 [[name:Aaliyah Mensah]] ([[age:19]]) triaged, NEWS 3
        - 16:45 obs not repeated (corridor care, 14 patients waiting)
        - 18:10 HCA repeats obs, NEWS 7, escalates
        - 18:25 {{sepsis six}} started
        - admitted ITU at [[organisation:Norfolk and Norwich University Hospital]]
        Learning: corridor patients aren't on the electronic obs schedule.
        Reporter: [[name:T. Wainwright]], band 6
    """),
    ("health", "near_miss", "p", """
        Dispensing near miss at [[organisation:Well Pharmacy]] Leighton Buzzard: {{methotrexate}} 10mg tablets
        were picked instead of 2.5mg for Mrs [[name:D Harcourt]]. The second check caught it before bagging.
        The label with her address, [[address:2 Plantation Road, Leighton Buzzard]], [[postcode:LU7 3HU]], was
        correct. Both strengths were stored next to each other on the shelf and have now been moved apart.
    """),
    ("health", "incident", "r", """
        pt fell in bathroom bay 2, [[name:doris]] (the lady with the hip), no call bell in reach.
        [[age:91]] yo. found by me on floor at 05:50 not sure how long she was there.
        no head injury seen, dr reviewed.
        {{falls risk assessment}} was done but bed rails decision not updated after she was moved from
        side room. son [[name:kevin]] rang at 7 and was told.
    """),
    ("health", "success", "p", """
        Good catch by district nurse [[name:Amy Chu]]: on a routine visit to [[name:Ronald Sturgeon]] at
        [[address:Flat 12, Beaumont Court, Bury St Edmunds]] [[postcode:IP33 3ND]] she noticed an early
        {{pressure ulcer}} on his heel and also spotted that his insulin pen was the wrong type after a
        pharmacy
        change. She rang [[organisation:Guildhall Surgery]] and it was sorted the same day.
        NHS [[nhs_number:103 703 7359]].
    """),
    ("health", "incident", "r", """
        From: PACS admin
        To: Patient Safety Team
        Date: [[date:15 April 2024]]

        A CT report for [[name:Sandra Okafor]] (NHS [[nhs_number:780 492 6774]]) was attached to the record of
        [[name:Sandra O'Connor]] (NHS [[nhs_number:154 875 3963]]) at [[organisation:Bedford Hospital]].
        Mrs [[name:O'Connor]]'s GP started {{steroids}} based on it. Picked up 5 days later when
        Ms [[name:Okafor]]'s consultant couldn't find the report. The manual merge was done on a
        name-only search.
    """),
    ("health", "near_miss", "p", """
        Nearly transfused the wrong unit on [[date:16 April]] in theatre 3. Two patients with the same first
        name, [[name:Mohammed Ali]] and [[name:Mohammed Aziz]], were crossmatched the same morning. The ODP
        did
        the bedside check against the wristband and the {{blood transfusion}} label and stopped it. Both group
        A
        so maybe no harm, but the process worked because nobody skipped it.
    """),
    ("health", "incident", "p", """
        {{NHS 111}} call handler logged the caller's callback number as [[phone:01603 771 248]] instead of
        [[phone:01603 717 248]]. The caller, Mr [[name:Eamon Reilly]], aged [[age:72]] and breathless,
        couldn't
        be called back by the clinician for three hours; he eventually rang 999 himself and was admitted with
        {{pulmonary oedema}}. Read-back of numbers is in the script but was skipped during a busy period.
    """),
    ("health", "success", "p", """
        Interpreter booked in advance for Mrs [[name:Tran Thi Hoa]]'s {{cataract}} pre-op at
        [[organisation:Addenbrooke's]] - consent was clear, no delays, and the list ran on time. Booking it at
        referral instead of on the day made the difference. Small thing, worth noting. [[date:17/04]]
    """),
    ("health", "incident", "p", """
        Health visitor [[name:Carol Evans]] did a new birth visit to [[address:8 Foxglove Walk, Wisbech]],
        [[postcode:PE13 3UW]]. The records transferred from another area did not include the
        {{child protection}} flag for the older sibling [[name:Brooklyn]] ([[age:5]]). Baby [[name:Nevaeh]]
        was
        born [[date_of_birth:02/04/2024]]. The HV only found out from a neighbour. Record transfer between
        [[organisation:Cambridgeshire Community Services]] and the previous trust was paper only.
    """),
    ("health", "near_miss", "r", """
        lab phoned critical potassium 6.9 for bed 14 but bed 14 pt had been moved to bed 22 an hour before
        ([[name:Stanley Ogundipe]]). nurse took the call and nearly gave {{calcium gluconate}} to the new
        bed 14 pt. checked NHS no. [[nhs_number:140 370 7391]] against the board before giving.
        fine in the end.
        phone the bleep holder not the bay pls
    """),
    ("health", "incident", "p", """
        Handover delay at [[organisation:Colchester Hospital]]: the crew with Mrs [[name:Agnes Hartley-Pugh]],
        [[age:94]], from [[organisation:Hamilton Lodge]] care home waited 6h 20m in the back of ambulance
        [[vehicle_registration:YJ72 KWF]] on [[date:12 April]]. She developed a grade 2 {{pressure sore}} on
        her
        sacrum. Crew did everything they could on a stretcher. The {{HALO}} was on site but had no cubicles to
        offer.
    """),
    ("health", "success", "p", """
        What went right - the receptionist [[name:Jas]] at [[organisation:The Maltings Surgery]] didn't just
        book
        Mr [[name:Feld]] into the routine list when he mentioned "a bit of a headache and my arm feels funny".
        She got the duty GP, who rang 999. Stroke confirmed, thrombolysed at [[organisation:Watford General]]
        within the window. He's home. Receptionist training on {{red flags}} paid off.
    """),
    ("health", "incident", "p", """
        Discharge letter for [[name:Leo Baptiste]] (DOB [[date_of_birth:19/11/2019]],
        NHS [[nhs_number:749 932 8740]]) was emailed to [[email:l.baptiste@outlook.com]] instead of mum's
        address [[email:l.baptiste1@outlook.com]]. Autocomplete. The letter contained his {{epilepsy}} care
        plan.
        The recipient hasn't replied. IG team informed [[date:19 April]].
        [[organisation:Luton and Dunstable Hospital]] paediatrics.
    """),
    # ----------------------------------------------------------------- aviation
    ("aviation", "incident", "p", """
        Stand 44, Stansted, [[date:05/04/24]]. During pushback of [[flight_number:FR8316]]
        ([[aircraft_registration:EI-EBK]], {{B737-800}}) the tug driver started the push before headset comms
        confirmed the brakes were released. Towbar shear pin failed, no damage to the aircraft. The driver,
        [[name:Lee Hanlon]] from [[organisation:Swissport]], said the flight deck hand signal was misread.
        Both parties have reported.
    """),
    ("aviation", "near_miss", "p", """
        Taxi clearance misread at Luton, [[date:8 April]]. [[flight_number:EZY2145]]
        ([[aircraft_registration:G-UZHF]], {{A320neo}}) read back "hold short Alpha" but the FO had set up for
        the intersection departure and started to roll past the {{holding point}}. Captain [[name:Okafor]]
        stopped the aircraft about 10 m short of the stop bar. Tower did not notice. Both crew have filed.
    """),
    ("aviation", "success", "p", """
        What went right: student [[name:Harry Venn]] on his first solo nav in [[aircraft_registration:G-BOYL]]
        ({{PA-28}}) from [[organisation:Cambridge Aero Club]] got caught by lowering cloud near Ely and did
        exactly what we'd briefed - turned back early, called {{Farnborough Radar}} for a listening squawk,
        and
        landed with 40 minutes of fuel. Instructor [[name:Maggie Thorn]] debriefed him the same day. Nice to
        see
        the training work.
    """),
    ("aviation", "incident", "r", """
        Subject: Dangerous goods - undeclared lithium batteries

        On [[date:9 April 2024]] loaders at the cargo centre found a damaged box with undeclared
        {{lithium batteries}} booked on [[flight_number:AAC417]] to Leipzig. The shipper's contact
        [[name:Viktor Hamidi]] ([[phone:+44 7405 218 966]]) has been informed and the {{CAA}} notified.
        Aircraft [[aircraft_registration:G-NPTF]] delayed 3h.

        [[name:Jonas]], Duty Ops, [[organisation:Anglia Air Cargo]]
    """),
    ("aviation", "near_miss", "r", """
        southend, [[date:10/04]], fuel bowser [[vehicle_registration:AE15 RVX]] parked inside the clearance
        line on stand 5 when [[flight_number:EZY6841]] was taxiing in. marshaller ([[name:gary]]) stopped the
        a/c. bowser driver had been told stand 6. no contact. {{FOD}} walk also late that morning.
    """),
    ("aviation", "near_miss", "p", """
        Norwich, [[date:11 April]]. Passenger [[name:Stephen Gulliver]] was boarded on the 0730 {{AW139}}
        ([[aircraft_registration:G-CIOF]]) with an expired {{HUET}} certificate - the check at the desk was
        done
        against the 0700 passenger list, not the 0730. Caught at the aircraft steps by [[name:Dee]] from
        [[organisation:Broadland Offshore Helicopters]] and he was offloaded. Two lists on one clipboard.
    """),
    ("aviation", "success", "p", """
        Cabin crew on [[flight_number:W6 4407]] (Luton to Bucharest, [[date:12 April]]) handled a passenger
        medical really well. The passenger in 14C, [[name:Ioana Popescu]], [[age:34]], collapsed with
        suspected
        {{hypoglycaemia}}. SCCM [[name:Bella Martins]] had the kit out within a minute and a doctor on board,
        Dr [[name:Hussain]], confirmed it. She recovered with glucose gel and no diversion was needed.
    """),
    ("aviation", "incident", "r", """
        {{Cessna 152}} [[aircraft_registration:G-BNXE]] landed with park brake partially on, burst tyre
        rwy 26. student [[name:Tom Abiodun]] solo, instructor [[name:Chris]] in the tower. no injuries.
        checklist item skipped, he said he was rushing because of the circuit traffic.
        [[date:13/4]]. runway closed 40 min.
    """),
    ("aviation", "near_miss", "p", """
        Level bust departing Stansted on [[date:14 April]]: [[flight_number:RYR4QJ]] was cleared to altitude
        5000 ft and climbed to 5400 before the FO caught it. Autopilot altitude had been set to the old SID
        value. {{TCAS}} traffic advisory only, no RA. Captain [[name:R. Sandoval]] filed the same evening.
    """),
    ("aviation", "success", "p", """
        Hi, I flew back from Faro on [[flight_number:U2 7334]] on [[date:15 April]] with my son
        [[name:Oscar]],
        who is autistic and [[age:6]]. The {{sunflower lanyard}} scheme at Southend actually worked - security
        let us go at our own pace and a lady called [[name:Carol]] walked us to the gate. First holiday we've
        managed in years. [[name:Helen Marsh]], [[phone:07458 332 107]]
    """),
    ("aviation", "incident", "r", """
        [[date:16/04/2024]] - Stansted cargo apron
        - 02:15 hi-loader contacts cargo door surround on [[aircraft_registration:G-ANCB]] ({{Boeing 767}})
        - 02:20 operator [[name:Piotr Zielinski]] stops, reports to duty manager
        - 02:40 engineering inspect, 4cm dent, aircraft AOG
        - 03:10 [[flight_number:AAC221]] cancelled
        Fatigue a factor - [[name:Piotr]] on his 5th night. {{Just Culture}} review, no disciplinary.
    """),
    ("aviation", "incident", "p", """
        A gate agent at Luton printed the passenger manifest for [[flight_number:EZY8611]] and left it on the
        podium. A passenger picked it up - it showed names, seat numbers and booking reference
        [[case_reference:K7FQ2M]] for Ms [[name:A. Kowalczyk]], plus an {{unaccompanied minor}},
        [[name:Daniel Foster-Ayo]], [[age:12]]. [[organisation:easyJet]] reported it to the {{ICO}}.
    """),
]


def normalise(fmt: str, marked: str) -> str:
    """Prose is joined into one paragraph; raw text keeps its layout."""
    if fmt == "p":
        return " ".join(line.strip() for line in marked.strip().splitlines() if line.strip())
    return textwrap.dedent(marked).strip("\n")


def main() -> None:
    records = build_records("blind19", [(domain, kind, normalise(fmt, marked))
                                        for domain, kind, fmt, marked in REPORTS])
    for record in records:
        rid, text, spans = record["id"], record["text"], record["spans"]
        assert 1 <= len(record["negatives"]) <= 3, (rid, len(record["negatives"]))
        for span in spans:
            value, label = text[span["start"]:span["end"]], span["label"]
            assert label != "vehicle_registration" or VEHICLE.match(value), (rid, value)
            assert label != "aircraft_registration" or AIRCRAFT.match(value), (rid, value)
            # every repeat of the same identifier text must be labelled too, whatever the label
            if label not in REPEATABLE:
                for hit in re.finditer(rf"(?<!\w){re.escape(value)}(?!\w)", text):
                    assert any(s["start"] <= hit.start() and hit.end() <= s["end"] for s in spans), \
                        (rid, "unlabelled repeat", value)
    write_records(OUT, records)


if __name__ == "__main__":
    main()
