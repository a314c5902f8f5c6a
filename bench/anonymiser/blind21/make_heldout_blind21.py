"""Blind held-out corpus 21: mixed UK practitioner incident, near-miss and good-practice reports.

Setting: English/Scottish/Irish local authority children's and adult social care, acute and community
NHS services, and UK/Irish airline, ramp, ATC and flying-school operations. Voice: what staff
actually type - phone notes, SBAR and ATMIST handovers, e-mails with headers and signatures,
text-message threads, dictated notes with no punctuation, minutes, statements, timelines, reflective
entries and CHIRP/ASRS-style narratives. Identifiers are marked with [[label:value]] and must-not-redact
learning terms with {{term}}.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from markup import block as d  # noqa: E402
from markup import build_records, write_records  # noqa: E402
from markup import flow as p  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "corpus" / "heldout_blind21.jsonl"


REPORTS = [
    # 1
    ("social_care", "incident", p("""
        Tel call 09:40 from [[name:Kerry-Ann Doyle]] (mat gran) re [[name:Tyler]] aged [[age:7]]. says {{mum}}
        [[name:Shannon]] didnt collect him from [[organisation:Brookfield Primary]] yest and school rang gran at
        4pm. gran has him at hers, [[address:22 Larch Grove, Halton]] [[postcode:LS15 7HW]]. [[name:Shannon]] not
        answering phone, last seen [[date:Sun 12th]]. [[name:Tyler]] told gran mummys friend [[name:Deano]] has
        been sleeping over - not known to us. Advised gran to keep him tonight and ring
        [[phone:0113 496 0721]] if [[name:shannon]] turns up. Passed to {{duty social worker}} for {{MASH}}
        checks on [[name:Deano]]. CS ref [[case_reference:CS-448120]].
    """)),
    # 2
    ("health", "incident", d("""
        SBAR - night to day handover, [[organisation:St Aidan's Hospital]]
        S: Mr [[name:Joseph Okonkwo-Bell]], [[age:78]], NHS [[nhs_number:405 235 8090]],
           hosp no [[case_reference:RX4471093]].
           Found drowsy 05:50, BM 2.1 - {{hypoglycaemia}}.
        B: Admitted [[date:03/11/2024]] with CAP. Type 2 DM on {{gliclazide}}, which was given at 22:00
           although he had eaten nothing since lunch.
        A: Treated per hypo protocol, BM 6.8 by 06:30. {{NEWS2}} 1. [[name:Joseph]] now alert, eating toast.
        R: Review gliclazide with FY1 on ward round. Datix [[case_reference:W118734]] done by
           SN [[name:Priya Ramanathan]]. Daughter [[name:Ngozi]] informed on [[phone:07700 900418]].
    """)),
    # 3
    ("aviation", "near_miss", p("""
        I was {{first officer}} on [[flight_number:EZY 6121]] on [[date:14 March]], aircraft
        [[aircraft_registration:G-EZTH]], an {{A320}}. Taxiing for runway 23R at night, ground gave us a
        clearance to cross 23L at a link we had never used. Captain [[name:Hollis]] read it back and started to
        roll. I saw landing lights on short final and called stop; we stopped with the nose just short of the
        stop bar, which was lit. The tower later confirmed a {{Dash 8}} was cleared to land. I think the
        unusual routing, fatigue on day 5 of an earlies block and the controller's rapid delivery all played a
        part. We filed an MOR, company ref [[case_reference:OSR-22-01874]]. I'd like to see stop bar awareness
        covered in recurrent training.
    """)),
    # 4
    ("social_care", "success", p("""
        Reflective account for {{supervision}}, [[date:9 January 2025]]. When I picked up the case of
        [[name:Amira]] ([[age:15]]) and her brother [[name:Yusuf]] ([[age:11]]) the file described dad,
        Mr [[name:Haddad]], as 'hostile'. Using {{Signs of Safety}} mapping I spent the first two visits just
        listening. Mr [[name:Haddad]] explained that the last worker had spoken to the children only in
        English in front of him and he felt shamed. With an Arabic interpreter booked through
        [[organisation:Calder Valley Interpreting]] we rebuilt things, and by the {{child in need}} review on
        [[date:28/02]] he had agreed a safety plan. [[name:Amira]] says home 'feels calmer'. My learning: read
        how earlier contact went before labelling a parent. [[name:Bex Taylor-Quinn]], social worker,
        [[organisation:Calderdale Family Support Team]].
    """)),
    # 5
    ("health", "success", d("""
        From: [[name:Siobhan Mulcahy]] <[[email:siobhan.mulcahy@nhs.net]]>
        Sent: [[date:Tuesday 4 June 2024]] 17:12
        To: Critical Care Nursing
        Subject: RE: thanks - bed 9

        Hi all, passing on thanks from Mr [[name:Arjun Mehta]]'s wife. When he deteriorated on nights with
        {{septic shock}}, [[name:Lukas]] spotted the rising lactate early, escalated to the {{ICU registrar}}
        and had {{noradrenaline}} running inside the hour. She said [[name:Lukas]] and [[name:Fola]] kept her
        updated every step. [[name:Arjun]] stepped down to [[organisation:Royal Hallam Hospital]] today.
        Great sepsis six work - will share at the Thursday huddle.

        [[name:Siobhan]]
        Matron, Critical Care | ext [[phone:4417]]
    """)),
    # 6
    ("aviation", "success", d("""
        Subject: Crew commendation - [[flight_number:LS1275]] [[date:22/08]]

        [[name:Gareth]],

        Please pass on our thanks to the crew of [[flight_number:LS1275]] ([[aircraft_registration:G-JZHK]],
        {{737-800}}). After a hydraulic B low quantity caution on climb-out, Capt [[name:Ines Carvalho]]
        and FO [[name:Dan Whitlock]] ran the {{QRH}}, declared a PAN and returned with a well-briefed
        flap 15 landing. SCCM [[name:Joy Adeyemi]] kept 189 passengers calm and her {{NITS}} brief was
        textbook. Engineering found a chafed line at the B system reservoir.
        Ops ref [[case_reference:JET/OCC/24/3310]].

        Regards
        [[name:Maureen Kessler]]
        Duty Operations Manager
    """)),
    # 7
    ("social_care", "near_miss", d("""
        Strategy discussion minutes - [[date:17.10.24]]
        Present: [[name:Helen Brough]] (TM, chair), [[name:Raj]] (SW), DC [[name:Pearce]] (police),
        [[name:Gemma]] (health visitor)
        Child: baby [[name:Harley-Rae Simms]], [[age:9]] weeks, DOB [[date_of_birth:14/08/2024]]
        Case ref [[case_reference:LCS/0092371]]

        1. Bruise to left cheek seen by HV at home visit. Mum [[name:Chantelle]] said the dog knocked her.
        2. [[name:Raj]] noted a June referral from [[organisation:Moorview Surgery]] closed at the front door
           without checks - the pattern was nearly missed.
        3. Agreed: {{section 47}} enquiry, {{child protection medical}} today at
           [[organisation:Leeds General Infirmary]].
        4. DC [[name:Pearce]] to check partner [[name:Connor]] on PNC.
        Action: [[name:Helen]] to raise front door closure as learning at {{MASH}} governance.
    """)),
    # 8
    ("health", "near_miss", p("""
        voice note transcribed nurse [[name:daniel]] here on {{the ward}} bay 3 just to log that at the 14 00
        drug round i nearly gave {{enoxaparin}} 40 to mrs [[name:edith carmichael]] bed 12 but it was
        prescribed for mrs [[name:edna carmody]] bed 21 the names were so similar and they were one under the
        other on the trolley list i checked the wristband against the chart and the hospital number
        [[case_reference:H7720391]] didnt match so stopped [[name:edith]] has a bleed risk since her
        {{warfarin}} was reversed yesterday so could have been bad have told sister [[name:okoro]] and done
        a datix [[case_reference:DTX 55129]] suggest we stop listing similar names together thanks
    """)),
    # 9
    ("aviation", "incident", p("""
        Ground damage report. On [[date:3rd Feb]] at stand 41 the {{belt loader}} operated by
        [[organisation:Skyway Handling]] agent [[name:Wojciech Nowak]] (staff no [[case_reference:SKH-20417]])
        contacted the aft cargo door surround of [[aircraft_registration:EI-DVM]], a {{Boeing 737}} operating
        [[flight_number:RYR 48DL]]. The {{headset operator}} had not confirmed the door was fully open when
        the loader was driven in. Wind was gusting 30 kt and the team were rushing a 25-minute turn. Damage
        found by the crew on walkround; aircraft AOG for 6 hours pending engineering. [[name:Wojciech]]
        reported it straight away and was open about it. Contributory: single-person briefing, no banksman.
        Investigator: [[name:T. Ahmadi]].
    """)),
    # 10
    ("social_care", "incident", p("""
        Statement of [[name:Jordan McAllister]], residential support worker, [[organisation:Oakdene Children's
        Home]]. On the evening of [[date:Friday 6th December 2024]] at approximately 21:15 young person
        [[name:K.L.]] ([[age:14]]) left the home via the garden gate after an argument about her phone. I
        followed at a distance as per her {{missing from care}} plan and called the on-call manager
        [[name:Sandra Pike]]. [[name:K.L.]] was picked up by a grey car, registration
        [[vehicle_registration:YE19 KXA]], near the park. I reported her missing to police at 21:40, log
        [[case_reference:WYP-1312-0547]]. She returned at 02:10 and did not want to talk. A
        {{return home interview}} has been requested. I believe the car is linked to the {{CSE}} concerns
        raised at her last review.
    """)),
    # 11
    ("health", "incident", d("""
        Timeline - delayed recognition of {{cauda equina syndrome}}
        Pt: [[name:Marek Dvořák]], [[age:44]], DOB [[date_of_birth:02.05.1980]], MRN [[case_reference:0048812Q]]
        - [[date:19/01]] 11:20 seen by GP Dr [[name:Fenwick]] at [[organisation:Heaton Moor Medical Centre]],
          back pain, no red flags documented
        - [[date:21/01]] 23:05 attends ED, reports saddle numbness; triaged as minor injury
        - [[date:22/01]] 04:30 ED {{SHO}} examines, urinary retention 900 ml, urgent {{MRI}} requested
        - [[date:22/01]] 09:15 MRI confirms compression; transferred to [[organisation:Salford Royal]]
        - Outcome: ongoing bladder dysfunction. SI ref [[case_reference:2025/1187]]
        Learning: triage tool does not prompt for saddle anaesthesia; [[name:Marek]] had said it twice.
    """)),
    # 12
    ("aviation", "near_miss", d("""
        06:12 [[name:Kez]]: morning. heads up [[flight_number:TOM2FR]] fuel on the ofp is short, planned on old {{ZFW}}
        06:13 [[name:Ollie B]]: which tail? [[aircraft_registration:G-TAWG]]?
        06:13 [[name:Kez]]: yep. 1.2t under once late pax + bags added. capt [[name:Rashid]] spotted it on the
        loadsheet check
        06:15 [[name:Ollie B]]: ffs. reissuing now. good spot by him. was it the {{Lido}} upload again
        06:16 [[name:Kez]]: think so, same as [[date:Tues 9th]]. logging it [[case_reference:FDD-0311]]
        06:20 [[name:Ollie B]]: new ofp sent. tell [[name:Rashid]] thanks
    """)),
    # 13
    ("social_care", "success", d("""
        Texts copied to case record [[case_reference:FC-20931]] with consent:
        [[name:Dawn]] (carer) 19:02: hi [[name:Mo]] just to say [[name:Lily-Mae]] did the sleepover at
        [[name:Chloe]]s house!! no nightmares, rang me once then fine x
        [[name:Mo]] (SW) 19:10: thats brilliant [[name:Dawn]], tell her well done from me. the {{life story work}}
        with [[name:Priti]] is really paying off
        [[name:Dawn]] 19:12: she wants to show you the photos on thurs. school said she got star of the week too
        [[name:Mo]] 19:15: ill put it in her {{LAC review}} report for [[date:14 Nov]]. well done you, this is all
        your patience x
    """)),
    # 14
    ("health", "success", p("""
        Reflective practice entry, {{FY2}} portfolio. On a busy take on [[date:the 3rd of April]] I clerked
        [[name:Hope Agyeman]], [[age:23]], with abdominal pain and a negative urine pregnancy test done at
        triage. Something didn't fit, so I asked for a serum hCG, which was positive; an
        {{ectopic pregnancy}} was confirmed on scan and she went to theatre that evening under
        Miss [[name:Brennan]]'s gynae team. [[name:Hope]] has since emailed the ward to say thank you. My
        learning: a point-of-care result is only as good as the sample, and I will keep trusting the nagging
        feeling. Discussed with my {{educational supervisor}}, Dr [[name:Kwame Asante-Mensah]], on
        [[date:12/04/2025]]. Hospital no. [[case_reference:K0937714]].
    """)),
    # 15
    ("aviation", "incident", p("""
        Cabin crew report, [[flight_number:BA1432]] [[date:05JUL24]], LHR-EDI, {{A321}}
        [[aircraft_registration:G-EUXM]]. About 25 minutes into flight the passenger in 14C, Mr
        [[name:Olumide Bankole]], [[age:61]], became clammy with chest pain. CSD [[name:Claire Penhaligon]]
        informed the flight deck and made a PA; a doctor in 3A, Dr [[name:Imogen Wray]], assisted. {{AED}}
        attached, no shock advised, oxygen given from a portable bottle. Captain [[name:Stewart]] elected to
        continue as Edinburgh was nearest. Paramedics met the aircraft on stand. Issue: the {{GTN}} spray in
        the medical kit had expired [[date:03/24]] and the check sheet had been signed as complete. ASR ref
        [[case_reference:ASR-552190]].
    """)),
    # 16
    ("social_care", "near_miss", d("""
        From: [[name:Lauren Hegarty]] <[[email:l.hegarty@northfieldcouncil.gov.uk]]>
        To: Information Governance
        Date: [[date:Mon 10/03/2025]] 09:03
        Subject: near miss - letter nearly sent to dad's old address

        Morning, logging this as a near miss. The {{ICPC}} invite for [[name:Rhys]] and [[name:Cody Mellor]]
        was addressed to [[address:7 Sycamore Court, Normanton]] [[postcode:WF6 1PJ]], where dad
        [[name:Wayne Mellor]] lives. Mum moved to a refuge in Jan and her address is confidential. Our admin
        [[name:Beverley]] noticed the {{non-molestation order}} flag before the post went, so no harm. The
        system had auto-filled the last address held. Case [[case_reference:NCS/218847]].

        Thanks, [[name:Lauren]]
        [[name:Lauren Hegarty]] | Team Manager, Child Protection | [[phone:01924 308 552]]
    """)),
    # 17
    ("health", "near_miss", p("""
        Community pharmacy near miss, [[organisation:Greenhill Pharmacy]], [[date:27/09/24]]. Prescription
        from [[organisation:Castle Street Surgery]] for [[name:Florence Adebayo-Clarke]], DOB
        [[date_of_birth:11/11/1939]], for {{methotrexate}} 2.5 mg tablets 'take FOUR daily'. Pharmacist
        [[name:Tom]] queried it because methotrexate is normally weekly. Rang the surgery on
        [[phone:0161 555 0193]] and spoke to Dr [[name:Liang]], who confirmed four tablets once a week on
        Mondays; the {{EMIS}} dose template had defaulted to daily. Prescription amended and the patient's son
        [[name:Kofi]] counselled. Reported via {{LFPSE}}, our ref [[case_reference:GP-NM-0412]]. Could have
        caused fatal toxicity.
    """)),
    # 18
    ("aviation", "success", p("""
        Good catch - line maintenance, night of [[date:11/12 November]]. During a routine {{daily check}} on
        [[aircraft_registration:G-OBMS]] ({{ATR 72-600}}), B1 engineer [[name:Sunil Varghese]] noticed a small
        amount of hydraulic fluid beneath the right main gear bay. It was within limits in the {{AMM}}, but
        he kept looking and found a cracked B-nut on the brake supply line. The part was replaced and the
        aircraft released on time for [[flight_number:LOG 6571]] next morning. Shift lead
        [[name:Angharad Price]] has nominated [[name:Sunil]] for the company safety award. Work order
        [[case_reference:WO-778214]].
    """)),
    # 19
    ("social_care", "incident", p("""
        home visit notes dictated in car after visit to [[address:flat 9 Kestrel House, Ravenscliffe]]
        [[postcode:BD10 0QL]] mum [[name:jade]] let me in after about 10 mins baby [[name:rio]] was in his cot
        in nappy only heating off flat very cold maybe 14 degrees no food in fridge apart from milk
        [[name:jade]] said her {{universal credit}} got sanctioned NI number [[ni_number:PR 12 07 56 A]] and
        the gas card ran out tuesday partner [[name:liam]] not present but his work boots by door which she
        denied contacted {{emergency duty team}} and [[organisation:Bradford Foodbank]] for a parcel and fuel
        voucher advised [[name:jade]] to keep [[name:rio]] warm in the sling till then will go back tomorrow
        with {{health visitor}} [[name:amber]] case [[case_reference:BCS-667201]]
    """)),
    # 20
    ("health", "incident", p("""
        Statement for the {{coroner}}. I am [[name:Rachel Nwosu-Harding]], a registered {{district nurse}}
        employed by [[organisation:Sefton Community Nursing Team]]. On [[date:Wednesday 15 May 2024]] I
        visited Mr [[name:Albert Fairclough]], aged [[age:86]], at his home, [[address:Rosemount, 3 Orchard
        Way, Formby]] [[postcode:L37 4HS]], to dress a leg ulcer. His wife Mrs [[name:Margaret Fairclough]]
        told me [[name:Albert]] had been 'off his legs' for two days. His temperature was 38.4 and he was
        confused. I phoned the GP surgery at 11:05 and asked for an urgent visit; the request was logged as
        routine. Mr [[name:Fairclough]] was admitted via 999 the next morning with {{urosepsis}} and died on
        [[date:19 May]]. NHS number [[nhs_number:156 792 8013]].
    """)),
    # 21
    ("aviation", "near_miss", p("""
        ATC occurrence summary. At 14:32 on [[date:08 Sep 2024]] [[flight_number:EXS57KL]] and
        [[flight_number:EXS75KL]] were on frequency together. A climb to {{FL240}} intended for
        [[flight_number:EXS75KL]] was read back and taken by [[flight_number:EXS57KL]], which was 1,000 ft
        below crossing traffic. {{STCA}} activated; controller [[name:Niamh Gallagher]] gave avoiding action
        and minimum separation was 2.1 nm / 600 ft. Both crews filed. The {{callsign similarity}} had been
        flagged to the operator on [[date:2 August]] but no change was made. Unit ref
        [[case_reference:ATC-MAN-24-0917]]. Watch supervisor: [[name:Colm]].
    """)),
    # 22
    ("social_care", "success", p("""
        Closure summary, child in need plan. [[name:Summer Bradshaw]] ([[age:13]]) and her nan [[name:Pat]]
        were referred on [[date:2nd April 2024]] after [[name:Summer]] stopped attending
        [[organisation:Ravensthorpe Academy]] following the death of her mum. With {{Early Help}}, the
        school's pastoral lead Mr [[name:Ndlovu]] and a referral to {{CAMHS}} bereavement support,
        [[name:Summer]]'s attendance went from 41% to 93%. [[name:Pat]] said the {{family group conference}}
        'was the first time anyone asked what we wanted'. Case closed [[date:20/01/2025]], ref
        [[case_reference:KCS-554019]]. SW: [[name:Faith Omondi]].
    """)),
    # 23
    ("health", "success", d("""
        Excellence report - Maternity Triage
        Submitted by: [[name:Gwen Llewellyn]], {{midwife}}, [[organisation:Princess Royal Maternity Unit]]
        Date: [[date:30/10/2024]]
        Who: MSW [[name:Shabnam Qureshi]] and obstetric registrar Dr [[name:Felix Brandt]]
        What: A woman at 34 weeks (hosp no [[case_reference:M2209461]]) rang saying she 'just felt off'.
        [[name:Shabnam]] insisted she came in rather than booking a next-day slot. BP 168/112 with
        proteinuria - severe {{pre-eclampsia}}. [[name:Felix]] started {{magnesium sulfate}} and she
        delivered safely by section that night.
        Why it matters: we listened to the woman's own words. Partner [[name:Bilal]] has sent a card.
    """)),
    # 24
    ("aviation", "incident", p("""
        Narrative: refuelling of [[aircraft_registration:G-LGNK]] ({{Saab 340}}) on stand 6 at Sumburgh on
        [[date:12/01/25]]. The bowser driver from [[organisation:Shetland Aviation Fuels]] was given the uplift
        in litres but entered it as kg, so the aircraft departed as [[flight_number:LOG 481]] with about 300
        kg less than planned. The {{first officer}}, [[name:Callum Jamieson]], noticed the gauges disagreed
        with the {{fuel docket}} in the cruise and the crew diverted to Kirkwall with final reserve intact.
        The bowser's new handheld had a unit default of kg. Captain [[name:Sinéad Ní Bhriain]] filed an MOR,
        ref [[case_reference:MOR-2025-00361]]. Driver [[name:Magnus]] has been retrained.
    """)),
    # 25
    ("social_care", "near_miss", d("""
        LADO consultation record
        Ref: [[case_reference:LADO-24-0388]]    Date: [[date:05/06/2024]]
        Referrer: Mrs [[name:Angela Fitt]], DSL, [[organisation:St Bede's RC Primary]]
        Allegation: Y4 pupil [[name:D.M.]] ([[age:8]]) told a TA that teacher Mr [[name:Grant Tolley]] grabbed
        his arm in PE.
        Near miss: school had planned to ask Mr [[name:Tolley]] for his account before ringing the {{LADO}},
        which could have compromised any enquiry. [[name:Angela]] rang first after checking {{KCSIE}}.
        Outcome: threshold not met; advice on positive handling training. Parent [[name:Leanne]] informed.
        LADO: [[name:Femi Oduya]]
    """)),
    # 26
    ("health", "near_miss", p("""
        Significant event analysis, [[organisation:Millbrook Medical Practice]], meeting [[date:18th July]].
        An abnormal {{PSA}} of 22 for [[name:Desmond Achebe]] (NHS [[nhs_number:217 549 9405]]) was filed
        'no action' on [[date:2 May]] because it had been workflowed to a locum's inbox after they left.
        Receptionist [[name:Mandy]] spotted it while clearing the inbox, rang Mr [[name:Achebe]] on
        [[phone:07700 900562]], and he was seen under the {{two-week wait}} pathway. Action: practice manager
        [[name:Imran Siddiqui]] to make sure leavers' {{Docman}} inboxes are reassigned on their last day.
    """)),
    # 27
    ("aviation", "success", p("""
        Safety Good Catch - Ramp. [[date:Saturday 21 Sept]] around 16:40, dispatcher [[name:Precious Moyo]]
        from [[organisation:Northbank Aero Services]] was doing the final walk-round of
        [[aircraft_registration:G-EZOF]] before pushback for [[flight_number:EZY 2247]] and saw the
        {{tow bar}} shear pin was missing. She stopped the push, got tug driver [[name:Big Steve]] to swap the
        bar and told the captain on the {{headset}}. Delay 9 minutes. A missing shear pin can let the aircraft
        run free or damage the nose gear. Station manager [[name:Lorraine Ashby-Cole]] has put
        [[name:Precious]] forward for the monthly award; ramp ref [[case_reference:RGC/0921/07]].
    """)),
    # 28
    ("social_care", "incident", p("""
        Incident form - [[organisation:Lavender Court Care Home]]. Resident: [[name:Violet Ashworth]], room 12,
        aged [[age:91]], DOB [[date_of_birth:23/03/1933]]. Date/time: [[date:01/12/2024]] 03:20.
        [[name:Violet]] was found on the floor beside her bed by night carer [[name:Bogdan]]. She has
        {{Alzheimer's disease}} and a {{falls sensor mat}} that should have alarmed; the mat had been
        unplugged when the room was cleaned the day before. [[name:Bogdan]] did not move her and called 999.
        X-ray at [[organisation:Royal Oldham Hospital]] showed a fractured neck of femur. Her son
        [[name:Graham]] was informed at 04:10. Safeguarding concern sent to adult social care, ref
        [[case_reference:ASC-SG-83390]]. Manager: [[name:Chipo Mutasa]].
    """)),
    # 29
    ("health", "incident", p("""
        Datix [[case_reference:MH-41877]]. Patient: [[name:Kieran O'Sullivan]], detained under {{Section 3}},
        [[organisation:Lynfield Mount Hospital]]. At 17:50 on [[date:Thu 23/1]] [[name:Kieran]] left through
        the airlock behind a visitor while staff were responding to an alarm on the female corridor. HCA
        [[name:Jo]] noticed within 4 minutes and police were informed, ref [[case_reference:MP-0123-2291]].
        He was found by his brother [[name:Shane]] at the family home, [[address:41 Thornbury Avenue]], and
        returned at 20:15 unharmed. Learning: the airlock was covered by one {{HCA}} who was also doing
        {{enhanced observations}}. Ward manager [[name:Kwabena]] has asked for a dedicated door person at
        visiting times.
    """)),
    # 30
    ("aviation", "near_miss", p("""
        Airprox report. On final approach to runway 27 at 1,200 ft on [[date:17 June 2024]] we saw a
        {{quadcopter}} pass about 50 ft below the left wing. Aircraft [[aircraft_registration:EI-FXK]]
        ({{ATR 72}}), operating [[flight_number:EI3287]]. No avoiding action was possible. Captain
        [[name:Pádraig Ó Súilleabháin]] reported it to tower immediately and the landing continued normally.
        Police searched the area near the approach lights but no operator was found. {{Airprox}} ref
        [[case_reference:2024145]]. FO: [[name:Hannah Veitch]]. We recommend drone sightings are passed to
        following traffic straight away, which did not happen here.
    """)),
    # 31
    ("social_care", "success", d("""
        From: [[email:dkhumalo@hollinsfieldhigh.sch.uk]]
        To: [[name:Chris]] (allocated SW)
        Date: [[date:12 Feb 2025]]
        Subject: thanks re [[name:Grace]] Y9

        Hi [[name:Chris]], just wanted to say how well the {{team around the child}} meeting went on Friday.
        [[name:Grace]] spoke for herself for the first time and chose to have her youth worker [[name:Will]]
        there. Since the {{Early Help}} plan started her attendance is up and she has not had a single
        exclusion. Mum says the {{young carers}} group at [[organisation:Kirkstall Young Carers]] has made a
        real difference. Thanks for your persistence.

        [[name:D. Khumalo]]
        DSL, [[organisation:Hollinsfield High School]]
    """)),
    # 32
    ("health", "success", d("""
        ATMIST pre-alert to [[organisation:Pinderfields ED]] resus, [[date:14/08/24]] 21:47
        Crew: [[name:Rosie]] + [[name:Abdul]]
        A: [[age:29]] male, [[name:Taylan Demir]]
        T: motorbike vs car ~40 mph, approx 21:15, bike reg [[vehicle_registration:LD68 PWU]]
        I: open tib/fib L, suspected pelvic injury
        M: {{pelvic binder}} applied, {{TXA}} 1 g given, 2 x IV access
        S: HR 118, BP 96/60, GCS 15
        T: ETA 8 mins
        Outcome: trauma team ready on arrival, [[name:Taylan]] in theatre within 55 min. Good example of early
        binder and TXA, to be shown at the {{major trauma}} audit. Incident no [[case_reference:YAS-240814-0912]].
    """)),
    # 33
    ("aviation", "incident", p("""
        Dangerous goods occurrence - [[organisation:Skyline Cargo Handling]], warehouse B. A carton declared as
        'phone accessories' for [[flight_number:BA 982]] on [[date:28/03/2025]] started smoking on the
        conveyor. Acceptance agent [[name:Yiannis Papadopoulos]] isolated it in the {{fire containment bag}};
        x-ray showed loose {{lithium ion}} cells, undeclared. Shipper: [[organisation:QuickParts Direct Ltd]],
        contact [[name:Martin Grieve]], [[phone:020 8496 0345]]. Reported to the {{CAA}}, ref
        [[case_reference:DGOR-25-0211]]. Had it been loaded in the hold the outcome could have been very
        different; acceptance staff are now asking for battery spec sheets on all electronics.
    """)),
    # 34
    ("social_care", "near_miss", p("""
        Supervised contact note, [[organisation:Oak Tree Family Centre]], [[date:Saturday 8th March 2025]].
        Contact supervisor [[name:Nasreen]] overheard dad [[name:Tariq Hussain]] tell [[name:Zain]]
        ([[age:6]]) 'we'll go on a plane to see {{nani}} soon'. There is a {{prohibited steps order}} and
        mum's solicitor had raised abduction risk. [[name:Nasreen]] ended the session early, kept
        [[name:Zain]] in the family room and rang the {{out of hours}} team; SW [[name:Megan Hale]] confirmed
        the passport is held by the court. Mr [[name:Hussain]] was calm and left at 11:20. Learning: the risk
        was on file but not on the contact supervisor's briefing sheet. Ref [[case_reference:FC-CNT-3381]].
    """)),
    # 35
    ("health", "near_miss", p("""
        WBIT near miss. On [[date:9/10]] two patients in bays 5 and 6 on the acute medical unit were both
        called [[name:Khan]]: [[name:Imtiaz Khan]] ([[case_reference:RWY 883104]]) and [[name:Asif Khan]]
        ([[case_reference:RWY 883971]]). Phlebotomist [[name:Grazyna]] labelled the {{group and save}} sample at
        the desk from the request form instead of at the bedside. The lab flagged it because the
        {{two-sample rule}} check did not match the historic group. [[name:Asif]] needed a transfusion that
        afternoon, so a mismatch could have been fatal. Lab BMS [[name:Ewan]] phoned the ward. Datix
        [[case_reference:124009]].
    """)),
    # 36
    ("aviation", "success", p("""
        Compliment received. Passenger Mrs [[name:Beatrice Onwuachi]], [[age:84]], wheelchair user with
        {{Parkinson's}}, travelling on [[flight_number:LS 891]] on [[date:2nd October]]. Her daughter
        [[name:Chiamaka]] wrote that {{PRM}} agent [[name:Rhodri]] noticed her mother was becoming rigid in the
        queue because her medication was due, found her a quiet seat, got water and liaised with the gate so
        she boarded first. The {{cabin crew}} had been briefed and the aisle chair was ready. Customer ref
        [[case_reference:CR-00981452]]. Please pass on to [[name:Rhodri]] and the team at
        [[organisation:Aire Assist PRM]].
    """)),
    # 37
    ("social_care", "incident", p("""
        Missed call report, [[organisation:Brightside Home Care]]. Client: Mr [[name:Frank Oyelaran]],
        [[address:16 Cromwell Terrace, Ossett]], {{double-up}} package. Evening call on [[date:24/12/24]] was
        missed because carer [[name:Sam]] was off sick and the rota system did not flag the gap.
        [[name:Frank]] has {{COPD}} and diabetes; he could not reach his insulin and was found by neighbour
        [[name:Maggie]] next morning, hypoglycaemic and cold. Paramedics attended, not conveyed. Coordinator
        [[name:Liz Akinola]] raised safeguarding with [[organisation:Wakefield Adult Social Care]], ref
        [[case_reference:WASC-12-7710]]. Learning: rota software now alerts for uncovered double-ups.
    """)),
    # 38
    ("health", "incident", p("""
        Patient safety incident - corridor care. [[name:Beryl Hattersley]], [[age:88]], NHS number
        [[nhs_number:444 978 1503]], waited 19 hours on a trolley in the ED corridor at
        [[organisation:Calderdale Royal]] on [[date:6-7 January 2025]]. She developed a category 3
        {{pressure ulcer}} on her sacrum. No {{Waterlow}} score was recorded and repositioning was not
        documented because corridor patients were not on the {{SSKIN}} bundle list. Her granddaughter
        [[name:Kirsty]] raised a complaint via PALS, ref [[case_reference:PALS-25-0042]]. Nurse in charge
        [[name:Oluwaseun]] reported the department was four registered nurses short that night.
    """)),
    # 39
    ("aviation", "near_miss", p("""
        Climbing out of Bristol on [[date:Monday 28/04]] in [[aircraft_registration:G-ECOT]],
        [[flight_number:EZY 6431]]. The SID had a stop altitude of 6000 ft. After a late runway change the PM
        reset the {{FCU}} to FL80 from the old brief and I (PF) didnt cross check it. We climbed through 6000
        and reached 6,400 before ATC called us. {{TCAS}} showed traffic 1,000 ft above. Crew: myself
        [[name:G. Okafor]] and FO [[name:Luca]]. Lesson: re-brief fully after a runway change and both
        verbally confirm the cleared level. Company ASR [[case_reference:ASR/24/06613]].
    """)),
    # 40
    ("social_care", "success", p("""
        Good news for team meeting - leaving care. [[name:Joy Mutua]] ([[age:19]]) got the keys today for her
        own flat at [[address:Flat 2, 58 Westgate Road]], [[postcode:NE4 6BS]], after 14 months in
        {{supported accommodation}}. Her {{personal adviser}}, [[name:Bill Hendry]], helped her apply for the
        {{setting up home allowance}}, sorted her NI number ([[ni_number:JK 48 21 93 B]]) for her UC claim and
        found a guarantor through [[organisation:Tyneside Housing Hub]]. [[name:Joy]] asked me to write this
        down 'so other care leavers know it can happen'. She starts an access to nursing course at
        [[organisation:Newcastle College]] in September. Pathway plan ref [[case_reference:NCL-PP-20198]].
        - [[name:Sky]], team admin
    """)),
    # 41
    ("health", "success", d("""
        Huddle notes [[date:Mon 3rd]] - shout outs
        * [[name:Marcia]] picked up that Mrs [[name:Ebrahim]] at [[address:Ivy Cottage, Back Lane, Holmfirth]]
          had new {{pressure damage}} on both heels and got a {{dynamic mattress}} delivered same day
        * [[name:Ty]] (student) noticed Mr [[name:P. Walcott]] was mixing up his {{apixaban}} and his wife's
          tablets; blister packs arranged with [[organisation:Holme Valley Pharmacy]]
        * thanks to Dr [[name:Iqbal]] at [[organisation:Honley Surgery]] for the same-day review
        Next huddle weds. Admin: [[name:Leanne]] ext [[phone:2231]]
    """)),
    # 42
    ("aviation", "incident", p("""
        Airside driving incident, [[date:29 November 2024]] at 06:52. A {{follow-me}} van, registration
        [[vehicle_registration:AE71 RFO]], driven by [[name:Kyle Brannigan]] (ADP no
        [[case_reference:ADP-40822]]) entered runway 05 at holding point A1 without clearance while
        [[flight_number:TOM 23H]] ([[aircraft_registration:G-TAWJ]]) was on a 4 nm final. Tower instructed a
        go-around. In fog the driver mistook the {{runway holding point}} for a taxiway marking, and his radio
        was still on the apron frequency. Airside ops manager [[name:Deborah Quist]] suspended his permit
        pending retraining. Reported to the {{CAA}}, MOR ref [[case_reference:2024/27711]].
    """)),
    # 43
    ("social_care", "near_miss", d("""
        From: [[name:Tom Ridley-Shaw]]
        Sent: [[date:08 August 2024]] 15:44
        To: [[name:Halima Begum]]
        Subject: near miss - email autocomplete

        [[name:Halima]] - logging this before I forget. Typing "bren" in the To box to send the
        {{child protection plan}} for the [[name:Brennan]] children to their {{IRO}}, [[name:Siobhan Brenner]],
        Outlook offered [[email:kev.brennan77@outlook.com]] first. That is dad, who is subject to a
        {{Clare's Law}} disclosure and must not get mum's new address. I only noticed the wrong name in the
        preview just before hitting send. Could we switch autocomplete off for the CP team?

        [[name:Tom]]
        Senior Practitioner, [[organisation:Sandwell Children's Services]] | [[phone:0121 569 4412]]
    """)),
    # 44
    ("health", "near_miss", d("""
        SBAR to consultant
        S: [[name:Aoife Lynch]], [[age:34]], bed 6, was about to get IV {{co-amoxiclav}} for cellulitis.
        B: Allergy band said NKDA but a {{penicillin}} anaphylaxis is recorded in the summary from
           [[organisation:Parkside GP Practice]].
        A: Pharmacist [[name:Mohammed Al-Sayed]] caught it on {{medicines reconciliation}} 10 min before the
           dose. [[name:Aoife]] says she told triage.
        R: switched to clindamycin, band changed to red. Datix [[case_reference:DX/2025/3318]],
           NHS [[nhs_number:674 258 8926]]. From FY1 [[name:Cerys Jenkins]] bleep [[phone:6632]].
    """)),
    # 45
    ("aviation", "success", p("""
        Flying school safety newsletter, {{Good Airmanship}} award. On a solo cross-country on
        [[date:13th May]], student [[name:Arjun Pillai]] in a {{Cessna 152}} ([[aircraft_registration:G-BNSI]])
        noticed rough running and a rising oil temperature over the Pennines. He made a {{PAN}} call, accepted
        radar vectors and diverted to Leeds Bradford, landing safely. Engineers found a cracked exhaust
        manifold. CFI [[name:Pam Etherington]] said [[name:Arjun]]'s radio call was textbook and that his
        decision to divert early rather than push on home is exactly what we teach. Well done from everyone
        at [[organisation:Yorkshire Aero Club]].
    """)),
    # 46
    ("social_care", "incident", p("""
        YOT case note [[date:11/03/2025]]. [[name:Deshawn]] ([[age:16]]) did not attend his {{referral order}}
        panel. Found out from his aunt [[name:Marcia Blake]] that he was stabbed in the leg on
        [[date:Sunday 9th]] near his nans at [[address:Chestnut Walk, Kingstanding]] and is at
        [[organisation:Queen Elizabeth Hospital Birmingham]]. Police ref [[case_reference:20BE/45512/25]].
        [[name:Deshawn]] told me it was over a 'debt' linked to {{county lines}}. Referred to the {{NRM}}
        today and to the hospital youth violence navigator [[name:Kemi]]. Concern for younger brother
        [[name:Tyrese]] ([[age:12]]). Officer: [[name:Paul Vickers]].
    """)),
    # 47
    ("health", "incident", p("""
        Serious incident summary. On [[date:27/12/2024]] at 19:03 a 999 call was made for
        [[name:Dorothy Mensah]], [[age:79]], who had fallen at home at [[address:12 Pennine View, Batley]]
        [[postcode:WF17 7QE]]. The call was categorised as Category 3. Call handler [[name:Aaron]] did not
        identify that she was on {{rivaroxaban}} and had hit her head. An ambulance arrived at 23:41.
        [[name:Dorothy]] was drowsy and CT at [[organisation:Dewsbury District Hospital]] showed a
        {{subdural haematoma}}. Her son [[name:Kwesi]] had called back twice. NHS
        [[nhs_number:927 793 7688]]. Learning: {{NHS Pathways}} now prompts for anticoagulants with head injury.
        Ref [[case_reference:SI-YAS-24-1203]].
    """)),
    # 48
    ("aviation", "near_miss", p("""
        Loadsheet near miss. [[flight_number:RYR 7PW]] [[date:19/07]], reg [[aircraft_registration:EI-EBX]].
        Loadsheet showed 27 pax in zone C but 41 were actualy seated there after a seat swap for a school
        group. {{cabin crew}} headcount by zone didnt match, so SCCM [[name:Nadia Benali]] told
        Capt [[name:Ferreira]], who stopped the dispatch. Load controller [[name:Robbie]] at
        [[organisation:Stansted Ramp Services]] issued a corrected loadsheet; the {{CG}} was within limits
        but close to the aft limit and the {{trim}} setting changed by almost a unit. Delay 17 mins. Ref
        [[case_reference:GSR 5520]].
    """)),
    # 49
    ("social_care", "success", d("""
        Family Group Conference - outcome note
        Date: [[date:Thurs 27 Feb 2025]]   Coordinator: [[name:Lowri Pugh]]
        Child: [[name:Mark]] ([[age:4]])   Ref: [[case_reference:FGC-2025-041]]
        Attending: mum [[name:Stacey]], grandad [[name:Ron]], aunty [[name:Bernie]] and her partner [[name:Gaz]],
        family friend [[name:Rose Kavanagh]]
        Private family time: 1hr 10
        Plan agreed: [[name:Ron]] to do runs to [[organisation:Little Acorns Nursery]] Mon-Wed, [[name:Bernie]]
        to have [[name:Mark]] every other weekend, [[name:Stacey]] to restart {{drug and alcohol service}}
        appointments. Social worker to accept the plan at the {{PLO}} meeting.
        Family said it felt like 'our plan not yours'. Feedback form: 5/5.
    """)),
    # 50
    ("health", "success", p("""
        Compliment and learning. [[name:Callum Rooney]], [[age:27]], who has a learning disability and autism,
        needed dental treatment under GA and blood tests. The {{learning disability liaison nurse}},
        [[name:Eilidh]], arranged the first slot of the day, a side room and for his support worker
        [[name:Bartek]] to stay through induction. His {{hospital passport}} said he loves
        {{Thomas the Tank Engine}}, so anaesthetist Dr [[name:Yoshida]] let him watch it on a tablet and the
        bloods were taken once he was asleep. Mum, [[name:Tracey Rooney]], said it was 'the first time
        hospital didn't end in restraint'. Hospital no [[case_reference:D0451127]], [[date:05.02.2025]],
        [[organisation:Wythenshawe Hospital]].
    """)),
]


def main() -> None:
    records = build_records("blind21", REPORTS)
    write_records(OUT, records)


if __name__ == "__main__":
    main()
