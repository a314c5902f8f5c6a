"""Held-out blind corpus 39: airports, aircraft and ports -- crew reports, ATC, port health, UASC.

Setting: UK airports, airline cabins and flight decks, ramps, ATC units, an airport medical
centre, port health at ferry and cruise terminals, and children's services receiving
unaccompanied asylum-seeking children at airports and ports. Voice: cabin crew and pilots
writing CHIRP/ASRS-style confidential reports, controllers pasting radio transcripts, engineers'
tech-log entries, ramp supervisors, airport paramedics and nurses, port health officers, and
duty social workers, in e-mails, forms, chat exports, minutes and running prose.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from markup import block, build_records, write_records  # noqa: E402
from markup import flow as prose  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "corpus" / "heldout_blind39.jsonl"

REPORTS = [
    # ------------------------------------------------------------------ aviation 1
    ("aviation", "incident", prose("""
        Ref [[case_reference:CC/24/0613-B]]. Operating [[flight_number:EZY45TC]] LGW-ALC on
        [[date:14/06/24]], a/c [[aircraft_registration:G-UZHF]]. At boarding the {{SCCM}}
        ([[name:Bex]] - [[name:Rebecca Oyelaran-Hughes]]) flagged the pax in 23F, manifest
        [[name:KOWALCZYK/MAREK]] MR, as smelling strongly of alcohol. Gate staff from
        [[organisation:Skyline Passenger Services]] said he had passed their check so we let it go.
        Approx 40 min after T/O [[name:marek]] became abusive to [[name:Tomasz]] (No.3) in Polish and
        then tried to force the fwd lav door while the flight deck door was open for a comfort break.
        Capt [[name:Lowe]] authorised a {{Level 2}} warning and [[name:Bex]] read the {{yellow card}} script
        over the {{PA}}. {{Guardia Civil}} met the aircraft on stand. Learning for us: the
        {{disruptive passenger policy}} lets the SCCM refuse boarding and we didn't use it because
        the gate was pushing for an on-time departure. Also filed as {{ASR}} [[case_reference:88412]].
    """)),
    # ------------------------------------------------------------------ aviation 2
    ("aviation", "near_miss", block("""
        OCCURRENCE REPORT - GMC          Unit ref: [[case_reference:STN-OR-2024-0377]]
        Date: [[date:02 MAR 2024]]   Time: 0614Z    Wx: CAVOK
        Controller: [[name:K. Achterberg]] (GMC)   ATSA: [[name:PJ]]

        0613:40  GMC     [[flight_number:RYR6QW]] hold short runway two two at H1
        0613:46  [[flight_number:RYR6QW]]  line up and wait two two, [[flight_number:Ryanair six quebec whiskey]]
        0613:58  GMC     Tow [[aircraft_registration:EI-DPL]] cross runway two two at H2 report vacated
        0614:03  TOW     crossing two two H2, [[aircraft_registration:Delta Papa Lima]]
        0614:19  GMC     [[flight_number:6QW]] STOP IMMEDIATELY, I say again STOP
        0614:22  [[flight_number:6QW]]     stopping

        Narrative: the readback from [[flight_number:6QW]] was wrong and I did not catch it
        (frequency busy, 3 on the stack). Stop bar at H1 had been suppressed for the tow.
        [[name:Sunny]] on {{ATM}} saw [[flight_number:6QW]] moving on {{A-SMGCS}} and shouted. Aircraft stopped
        about 10 m past the stop bar, tow 600 m down. No {{AIP}} change needed but the
        suppression procedure needs looking at.
    """)),
    # ------------------------------------------------------------------ aviation 3
    ("aviation", "success", prose("""
        Good news story from {{Arrivals}}. {{UM}} [[name:Fionnuala Ní Bhriain]] ([[age:9]]) on
        [[flight_number:EI 3326]] DUB-MAN on [[date:Sunday 21 July]] was handed to our agent
        [[name:jack]] at the door with the {{UM envelope}}. The person named on the collection form
        was her dad, [[name:Ciarán Ó Briain]], but the man waiting in the hall said he was "[[name:Kieran
        O'Brien]]" and had a driving licence in that name. [[name:Jack]] didn't release her, kept
        [[name:Nuala]] in the {{UM lounge}} and rang the number on the form, [[phone:+353 87 123 4567]].
        Turned out to be the same person, English spelling on his UK licence, Irish on his passport
        - but [[name:Jack]] asked [[name:Nuala]] first who had come and she ran to him. Took 25 mins and the
        dad was cross, but this is exactly what we want. Shout-out to [[name:Jack Devlin-Reid]].
    """)),
    # ------------------------------------------------------------------ aviation 4
    ("aviation", "incident", block("""
        TECH LOG   A/C [[aircraft_registration:G-EUYR]]   Page [[case_reference:0048217]]
        Flt [[flight_number:BA1442]] LHR-EDI   Date [[date:23/01/2024]]

        DEFECT: Crew report {{PACK 2}} FAULT on climb through FL180. Pack 2 selected OFF.
        ACTION: Pack 2 reset IAW {{AMM 21-52-00}}, fault recurred on ground run. Deferred
        under {{MEL}} 21-52-01 Cat C. ADD [[case_reference:ADD 24/0119]] raised.
        CERT: [[name:D. Mwangi-Otieno]]   Staff No [[case_reference:408813]]   B1
        DUP INSP: [[name:Olek Zawadzki]]   Staff No [[case_reference:411207]]

        ** Added [[date:24/01]] by [[name:r.patel3]]: ADD above was raised on {{AMOS}} against
        [[aircraft_registration:G-EUYP]] not [[aircraft_registration:G-EUYR]]. [[aircraft_registration:EUYP]] then flew 2
        sectors showing an open Cat C deferral it didn't have while [[aircraft_registration:EUYR]] showed clean. Corrected,
        MOR raised [[case_reference:MOR-2024-01-0563]]. Raised with [[name:Dennis]] on shift.
    """)),
    # ------------------------------------------------------------------ aviation 5
    ("aviation", "near_miss", prose("""
        walk out boarding on stand 51, about 15:40 on [[date:9 May]]. dispatcher [[name:Amber]] had
        the walkway barriers up and pax were streaming out to the front stairs when a baggage tractor
        (reg [[vehicle_registration:WU17 HKP]]) cut between the stairs and the barrier at way more
        than 10 mph. missed an elderly lady (Mrs [[name:Costa]], seat 2A) by maybe a metre. her son
        grabbed her arm. [[name:Amber]]'s radio call to ramp control was spot on. driver was
        [[name:lee whitmore]] from [[organisation:AirServ Ramp Ltd]], {{ADP}} no
        [[case_reference:ADP-55190]]. he said the {{amber}} beacon on the stairs was off so he
        thought boarding hadn't started. beacon was on, photos attached. nobody hurt but please
        can we stop walk-out boarding while bags are still being worked on the adjacent stand.
    """)),
    # ------------------------------------------------------------------ aviation 6
    ("aviation", "incident", block("""
        From: [[name:Ciaran Fitz]] <[[email:c.fitz@skyhop.ie]]>
        Sent: [[date:04 September 2024]] 08:12
        To: Flight Safety <[[email:flightsafety@skyhop.ie]]>
        Subject: FW: MEDICAL - [[flight_number:SHP221]] div SNN

        For logging please - [[name:CF]]

        -----Original Message-----
        From: [[name:Aoife Brannigan]] <[[email:aoife.brannigan@skyhopcrew.ie]]>
        Sent: [[date:03/09/2024]] 23:47

        Pax 31C [[name:HASSAN/YUSUF]], male [[age:67]], chest pain 2h into flight, grey and sweaty.
        Took his own {{GTN}} spray. Dr on board ([[name:Wen-Li Chao]], {{GP}}) assessed and we
        called {{MedLink}}, advised divert. {{AED}} attached, no shock advised. Capt diverted
        Shannon, a/c [[aircraft_registration:EI-HKZ]]. Wife [[name:Samira]] travelling with him.
        Issue: the {{O2}} bottle at 30L showed full but ran out after 11 mins. Tech log done.
        [[name:Aoife]]
    """)),
    # ------------------------------------------------------------------ aviation 7
    ("aviation", "near_miss", prose("""
        Reporting this through {{CHIRP}} as I'm not comfortable putting it in the company system.
        Fourth early in a row, 0330 report. We were [[flight_number:Channex 47R]] climbing out of
        LBA, cleared FL150. I set 150, my FO ([[name:Summer]]) was doing the radio and checked it.
        Neither of us noticed the {{FMA}} showing {{ALT*}} had gone to V/S after a late speed
        change, and we sailed through FL150 to FL162 before {{TCAS}} gave a {{TA}} then an RA
        against a Gulfstream, [[aircraft_registration:N518GS]], level at 170. We followed the RA.
        ATC ([[organisation:Scottish Control]] sector) were calm about it. Both of us were simply
        too tired to be flying. Roster was legal under {{FTL}} but four consecutive 0330 reports
        is not safe and I've been told by crewing it's "standard for the {{summer}} programme". My
        FO was brilliant in the debrief.
    """)),
    # ------------------------------------------------------------------ aviation 8
    ("aviation", "incident", block("""
        DISRUPTIVE PAX LOG  [[flight_number:TOM6402]] MAN-DLM  [[date:18AUG]]   [[aircraft_registration:G-TAWX]]

        Pax 1  [[name:GRIMSHAW/DANIEL]]   17D  (calls himself [[name:Danny G]])
        Pax 2  [[name:GRIMSHAW/KYLE]]     17E
        Pax 3  [[name:MCALEESE/SHANNON]]  17F

        1105z  P1 + P2 drinking own duty free, removed by [[name:Nat]] (L2)
        1140z  P3 vaping in rear lav, smoke det activated. [[name:Priya S]] (R2) dealt
        1152z  P1 pushed [[name:Priya]] when asked to sit, in front of row 16 witnesses
               (Mr & Mrs [[name:Adeyemi-Cole]]? - names on statement)
        1203z  Capt [[name:Bill Hartnell]] informed, {{Level 3}}, restraint kit out not used
        1315z  {{Jandarma}} met a/c. P1 offloaded, P2+P3 continued to hotel
        On return [[name:Priya]] reported to {{GMP}}, crime ref [[case_reference:06/118422/24]].
        Note: [[name:Danny]] was already on the watch list from [[date:2 July]] - why was he boarded?
    """)),
    # ------------------------------------------------------------------ aviation 9
    ("aviation", "success", prose("""
        Night stop walkround on [[aircraft_registration:D-AIZQ]] (LH, handled by us under
        contract) on the [[date:11th of February]]. Our B1 [[name:Jiří Dvořák]] (everyone calls him
        [[name:George]]) noticed a small dent and blood traces on the {{radome}} that were not in
        the tech log. Inbound crew had not reported a bird strike. He got the inbound flight
        [[flight_number:LH 2470]] crew's hotel number, spoke to the FO who then remembered a
        "thud" on short final. Full {{bird strike inspection}} found a cracked pitot probe
        mount. Aircraft AOG 9 hrs instead of flying a full day with a damaged probe. Credit to
        [[name:Jiri]] for not signing it off as a scuff. Passed to [[organisation:Lufthansa Technik]]
        under ref [[case_reference:LHT-MUC-24-11720]].
    """)),
    # ------------------------------------------------------------------ aviation 10
    ("aviation", "near_miss", block("""
        ATC transcript extract - TWR 122.825 - [[date:Tues 15/10]]
        1432:05  TWR      [[flight_number:Shamrock 7KP]] runway 22 cleared to land, wind 240 12
        1432:11  [[flight_number:EIN7KP]]   cleared to land 22 [[flight_number:Shamrock seven kilo papa]]
        1432:40  OPS3     Tower, Ops 3 request enter 22 at B3 for bird dispersal
        1432:44  TWR      Ops 3 hold at B3, traffic on 3 mile final
        1432:47  OPS3     entering 22 at B3 Ops 3   <-- readback error
        1432:58  TWR      Ops 3 vacate immediately, [[flight_number:7KP]] go around
        1433:02  [[flight_number:7KP]]      going around

        Driver: [[name:Frankie Doherty]] (airside ops), vehicle [[vehicle_registration:YX70 BDO]].
        Aircraft [[aircraft_registration:EI-FAW]] ATR, min distance approx 1.4 nm.
        {{RIMCAS}} alert was inhibited on that strip. Ref [[case_reference:BHD/ATC/24/112]].
    """)),
    # ------------------------------------------------------------------ aviation 11
    ("aviation", "incident", prose("""
        Lost UM in T5 on [[date:27.03.2024]]. Boy, [[name:REDDY/AARAV]] MSTR, [[age:11 yrs]],
        arrived on [[flight_number:BA276]] from HYD connecting to [[flight_number:BA1306]] to
        Aberdeen. The {{UM escort}} ([[name:Kasia]]) had three UMs and two wheelchairs and at
        Fast Track he simply wasn't behind her. Total time missing 48 minutes. He was found by
        a [[organisation:WH Smith]] colleague in the B gates reading comics - he told us he "knew
        the way". {{Met Police}} airport unit were called at the 20 min mark, log
        [[case_reference:CAD 4471/27MAR]]. Mum, Mrs [[name:Lakshmi Reddy]], was called on
        [[phone:+91 98480 22317]] at min 35 and was understandably distraught; dad was meeting him in
        ABZ. [[name:Aarav]] missed the connection and flew on the next service. Ratio of UMs per
        escort was the obvious factor, we had 2 escorts off sick.
    """)),
    # ------------------------------------------------------------------ aviation 12
    ("aviation", "incident", block("""
        Occurrence Category: RAMP / GCOL
        Operator: [[organisation:Loganair]]   A/C type: {{ATR 72-600}}   Reg: [[aircraft_registration:G-LMTJ]]
        Flight: [[flight_number:LOG6LT]]   Location: stand 3, {{KOI}}   Date: [[date:2024-11-06]]
        Reporter: [[name:McInnes, Calum]]   Staff ID: [[case_reference:LGN-20931]]
        Contact: [[phone:07700 900 481]]
        Narrative:
        catering hi-loader reg [[vehicle_registration:SF19 ZRO]] reversed into the L2 door surround
        while the door was open. driver ([[name:Ewan]]) said the banksman signalled him back,
        banksman ([[name:Magnus Flett]]) says he had his hand up to stop. no radios used, no
        {{wing walker}} standard for catering. door frame dented 4cm, a/c AOG, engineers from
        [[organisation:Kirkwall Line Maintenance]] attended. 2 pax delayed to a funeral, complaint
        ref [[case_reference:CR-88105]].
    """)),
    # ------------------------------------------------------------------ aviation 13
    ("aviation", "success", block("""
        [18/05/2024, 06:02] [[name:Gemma Ops]]: anyone seen a gent with a {{sunflower lanyard}}, 60s, navy coat, gate 14?? [[flight_number:U2 2134]] closing
        [18/05/2024, 06:03] [[name:dawn.k]]: his daughter just rang the desk, hes called [[name:Graham Pettifer]], has {{dementia}}
        [18/05/2024, 06:04] [[name:Tariq PRM]]: on it, checking toilets pier 2
        [18/05/2024, 06:09] [[name:Tariq PRM]]: found him sat by {{Pret}} in the wrong pier, calm, bit confused
        [18/05/2024, 06:10] [[name:Gemma Ops]]: legend. ill hold the flight 5
        [18/05/2024, 06:16] [[name:dawn.k]]: daughter [[name:Lorraine]] on [[phone:07911 123 456]] says thank you!!
        [18/05/2024, 06:21] [[name:Tariq PRM]]: boarded, handed to crew, told SCCM about the lanyard
        Posted to safety team as a positive - {{PRM}} assistance worked because the daughter had
        registered [[name:Graham]] in advance and [[name:Tariq]] knew the lanyard scheme. Flight left +6.
    """)),
    # ------------------------------------------------------------------ aviation 14
    ("aviation", "near_miss", prose("""
        Jet blast event on [[date:19/12/23]] at stand 410. [[flight_number:Qantas 1]]
        ([[flight_number:QFA1]]), {{A380}} [[aircraft_registration:VH-OQA]], applied breakaway
        thrust on pushback completion while a crew coach, reg [[vehicle_registration:LN66 XWC]], was
        passing behind on the airside road. Coach rocked violently and a side window cracked. Driver
        [[name:Bogdan Ionescu-Popa]] had 14 crew on board, none injured. The pushback crew
        ([[name:Sani]] headset, [[name:Okoro]] tug) had cleared the flight deck to start but the road
        wasn't barriered because the {{jet blast}} signs for 410 had been removed during resurfacing.
        Captain was told within the hour and was apologetic. Referred to [[organisation:Heathrow Airside Safety]]
        as [[case_reference:HAS-23-09981]].
    """)),
    # ------------------------------------------------------------------ aviation 15
    ("aviation", "incident", prose("""
        Wet lease crew from Malta, a/c [[aircraft_registration:9H-SLE]], operating for us on
        [[flight_number:TCX1436]] on [[date:3 Aug]]. About 90 mins out from BRS we had smoke from
        the aft galley oven. Their SCCM [[name:Maria Azzopardi]] handled it well but calls to the
        flight deck were in a mix of English and Maltese and our company rep on board
        ([[name:Ollie Penhaligon]]) couldn't follow the {{NITS}} brief. The oven {{CB}} was pulled
        and smoke cleared. Capt [[name:Borg]] elected to continue. My concern is that none of our
        pax announcements were made until 20 minutes later, and a passenger, Mrs [[name:Hope]]?
        no - [[name:Hope Ashworth]] in 28A, was filming the smoke and posted it before we landed.
        Engineering ref [[case_reference:MT-LEA-0932]].
    """)),
    # ------------------------------------------------------------------ aviation 16
    ("aviation", "near_miss", block("""
        Ramp Safety Report No. [[case_reference:GLA-RS-24-0188]]
        Date/time: [[date:Thurs 30 May 2024]] 1910L
        Aircraft: [[aircraft_registration:C-GTSR]] ({{A330-200}}) [[flight_number:TSC221]]
        Reported by: [[name:Hamish Baird]], fuel supervisor, [[organisation:Clyde Into-Plane]]
        Contact: [[phone:0141 496 0822 ext 14]]

        The fueller ([[name:Gerry]]) noticed Jet A-1 spraying from the coupling at the left
        wing panel while fuelling with pax on board. He stopped the flow via the {{deadman}}
        within 5 seconds. Spill approx 30 litres. {{AFRS}} attended, foam laid, pax kept on
        board with doors monitored as per {{fuelling with passengers on board}} procedure.
        Bowser [[vehicle_registration:SN21 KTV]] withdrawn - coupling seal perished, last
        inspected [[date:12/02/24]] per record. Big thanks to [[name:Gerry McFadyen]].
    """)),
    # ------------------------------------------------------------------ aviation 17
    ("aviation", "success", prose("""
        Cabin crew positive report. Flight [[flight_number:BY4817]] BHX-PFO on [[date:Wed 28th Feb]].
        [[name:Rose]] (No.4) noticed a little boy, [[name:Kayden]], [[age:6]], in 19B going very pale
        and floppy and his mum ([[name:Chantelle]]) said he's type 1 and his {{Libre}} wasn't reading.
        [[name:Rose]] remembered from {{SEP}} refresher that sweaty + floppy in a diabetic child is a hypo
        until proven otherwise and got full-sugar coke and the {{glucose gel}} from the kit into him
        straight away. He perked up in ten mins. Capt [[name:Idris Pritchard]] arranged paramedics on
        arrival just in case but they weren't needed. [[name:kayden]]s mum has since emailed the
        company. Well done [[name:Rose]]!
    """)),
    # ------------------------------------------------------------------ aviation 18
    ("aviation", "incident", block("""
        ESCORTED REMOVAL - INCIDENT NOTE
        Flight: [[flight_number:VS 411]]? no - [[flight_number:VIR411]]  LGW-LOS  [[date:07/11/2024]]
        Subject: [[name:OBI-NWOSU, Chukwuemeka]] ("[[name:Emeka]]")  HO ref [[case_reference:O1187654/3]]
        Escorts: [[name:T. Fairweather]], [[name:S. Nnadi]] ([[organisation:Mitie Care & Custody]])
        Seats: 62 A/B/C

        During boarding [[name:Emeka]] began shouting that he would be killed in Lagos and other
        passengers started filming. SCCM [[name:Charmaine]] asked the escorts to disembark him;
        they refused citing the removal directions. Capt decided the subject would not fly as the
        cabin was becoming unsafe. Offload took 35 mins. Passenger in 61C (Dr [[name:Ngozi]]? -
        [[name:Ngozi Eze]], a doctor) says [[name:Emeka]] was held in a neck hold, which the
        escorts deny. Passed to the {{IMB}} for review.
    """)),
    # ------------------------------------------------------------------ aviation 19
    ("aviation", "near_miss", prose("""
        pushback of [[aircraft_registration:HB-JCA]] ([[flight_number:SWR 339]]) from stand 212 on
        [[date:Sat 6/4]]. headset was [[name:Dawn]] and the tug driver [[name:Mihai]] ([[name:M. Stoica]] on
        the rota). [[name:Dawn]] called "brakes released" and [[name:Mihai]] started the push but the bypass pin
        was still out - she'd disconnected the headset to chase a loose {{GPU}} cable and he didn't
        hear her stop call. Aircraft rolled about 2 m with the nose leg swinging before she got
        back on. no damage, tow bar inspected. both were at the end of a 12 h shift. suggestion:
        a second set of eyes for pushes at the pier where GPU cables cross the lead-in line.
        report filed by {{turnaround coordinator}} [[name:Raj]]. ref [[case_reference:PSH/24/0407]]
    """)),
    # ------------------------------------------------------------------ aviation 20
    ("aviation", "incident", block("""
        WITNESS STATEMENT (copied from {{Police Scotland}} form)
        Witness: [[name:Ruth Abernethy]]   DOB: [[date_of_birth:11/02/1987]]
        Address: [[address:14 Cairnhill Drive, Airdrie]] [[postcode:ML6 9QF]]
        Tel: [[phone:07700 900 773]]   Occupation: Cabin Crew, [[organisation:Glenmore Air]]
        Incident ref: [[case_reference:PS-20240716-0931]]

        On [[date:16th July 2024]] I was working [[flight_number:GMA 88]] PMI-GLA. The male in 4C,
        who I now know is [[name:Kenneth Lorimer]] ([[age:44]]), became aggressive when refused
        more alcohol. He grabbed my wrist and said he knew where I lived. My colleague [[name:Mhairi]]
        called the flight deck. I was frightened. I have since found out he is a neighbour
        of my sister in Coatbridge which is why I'm nervous about my address being in this statement.
        Signed [[name:R Abernethy]]
    """)),
    # ------------------------------------------------------------------ aviation 21
    ("aviation", "success", prose("""
        Good catch by a trainee on the morning of [[date:2 December]]. [[flight_number:LOT281]]
        ({{E195}} [[aircraft_registration:SP-LNC]]) checked in on approach with QNH 1013 when the
        {{ATIS}} was giving 998 - cold low-pressure day. Trainee [[name:Ama Owusu-Bekoe]] noticed the
        readback, queried it and the crew corrected to 998. At 15 hPa error they would have been
        around 450 ft lower than indicated on the approach. OJTI [[name:Frank]] let her work it
        rather than stepping in, which was the right call. Nice example of {{TEM}} and of the
        value of actually listening to readbacks. Reported under [[case_reference:SOR-2024-2231]].
    """)),
    # ------------------------------------------------------------------ aviation 22
    ("aviation", "near_miss", block("""
        Crew CRM report - doors not armed on departure
        Flight [[flight_number:EXS 12HJ]], a/c [[aircraft_registration:G-JZHV]], [[date:22nd Jan]]
        Crew:
         - SCCM [[name:Grace Mbeki-Larsen]]
         - No.2 [[name:Will]] ([[name:William Teague]])
         - No.3 [[name:Faith Adu]]
         - No.4 [[name:Ksenia]]
        After "cabin crew arm doors and crosscheck" the R2 door was left disarmed. [[name:Faith]]
        reported her crosscheck as complete because she saw [[name:Ksenia]] standing at R2 and
        assumed it was done. Picked up by [[name:Grace]] at the {{all-call}} before take-off
        power. No consequence, but it could have been a {{slide}} that didn't deploy. We have
        since briefed that the crosscheck means looking at the {{girt bar}}, not the person.
    """)),
    # ------------------------------------------------------------------ aviation 23
    ("aviation", "incident", prose("""
        Lithium battery fire in the cabin, [[flight_number:TK1980]], {{A321neo}}
        [[aircraft_registration:TC-JSL]], IST-LHR on [[date:10/10/24]]. A power bank in the seat
        pocket of 33E started smoking and then flamed. The pax, [[name:NGUYEN/THI HOA]] MS, tried
        to throw it into the aisle. Our crew member [[name:Emre]] used the {{halon}} then
        water and put the bank in the {{fire containment bag}}. [[name:Hoa]] had a small burn on her
        hand treated by the {{paramedic}} on arrival. She speaks limited English; her nephew
        ([[name:Nguyễn Văn Minh]], [[phone:+44 7700 900318]]) helped. Turkish crew report
        [[case_reference:TKSR-24-77102]]. The bank was a cheap unbranded one bought at the gate.
    """)),
    # ------------------------------------------------------------------ aviation 24
    ("aviation", "near_miss", block("""
        DRONE SIGHTING - MAN APP
        [[date:Sun 25 Aug]] 2041z
        [[flight_number:UAE17]] ({{B777}} [[aircraft_registration:A6-EGO]]) reported a drone at
        2,000 ft, 4 nm final 23R, passing within 50 m above and to the right.
        2042z  Following traffic [[flight_number:EZY1917]] informed, continued
        2044z  {{GMP}} informed, log [[case_reference:GMP-25082024-2219]]
        2110z  Police located operator at [[address:7 Styal Road, Heald Green]] [[postcode:SK8 3TA]]
        Operator: [[name:Frank Lever]] (his grandson [[name:Callum]], [[age:15]], had been flying it)
        {{Flyer ID}} presented: [[case_reference:GBR-RP-9FK3XWAT2QLM]]
        The drone was a {{DJI Mini}}, under 250 g. Both thought the {{FRZ}} only applied
        to the airport itself. [[name:Frank]] was cooperative.
    """)),
    # ================================================================== HEALTH
    # ------------------------------------------------------------------ health 1
    ("health", "incident", prose("""
        Airport medical centre - [[organisation:T3 Medical Centre]]. On [[date:12/03/24]] at 14:20 a
        female pax, [[name:Beata Nowicka]], DOB [[date_of_birth:04.08.1958]], collapsed in the
        security search area. {{GCS}} 14 on our arrival. Security had laid her in the recovery position
        but had removed her from the search lane first, dragging her by the arms. {{ECG}} showed
        new {{AF}}. Transferred by {{999}} ambulance to [[organisation:Hillingdon Hospital]] {{A&E}}.
        NHS no [[nhs_number:346 033 6900]]. Her husband ([[name:Zbigniew]]) had no English and
        we used {{Language Line}} Polish. Learning: security staff need a refresher on moving a
        collapsed person - our team nurse [[name:Dee Chaudhry]] is arranging it with
        [[organisation:SecureGate Screening]]. Datix [[case_reference:W-117340]].
    """)),
    # ------------------------------------------------------------------ health 2
    ("health", "near_miss", block("""
        NEAR MISS - wrong patient, two patients same name
        Location: [[organisation:Gatwick South Medical Centre]]    Date: [[date:Fri 19 Jan]]

        Pt A: [[name:Mohammed Ali]]   DOB [[date_of_birth:02/06/1991]]   ({{airside worker}}, cut hand)
        Pt B: [[name:Mohammed Ali]]   DOB [[date_of_birth:17/11/1949]]   (pax, chest pain)
        Pt B's NHS no. [[nhs_number:452 041 5012]]

        HCA [[name:Jade]] called "[[name:Mohammed Ali]]" from the waiting area and the younger man came
        through. Nurse [[name:Tuğba Kaya]] had the older man's notes open and started to take an
        {{ECG}} history. He said "I just cut my finger". Caught before anything was given.
        Both had {{aspirin}} in the plan - wrong patient would have got 300 mg.
        Action: always check DOB + first line of address, not name only. Also, reception to flag
        same-name patients on the board. Reported by [[name:T. Kaya]], [[phone:01293 960147]].
    """)),
    # ------------------------------------------------------------------ health 3
    ("health", "success", prose("""
        Port health, Dover Eastern Docks, [[date:21 April]]. Ship's master on the inbound ferry
        reported a child with rash and fever. {{UKHSA}} HPT called at 09:10. The child,
        [[name:Darius Stanciu]], [[age:2]], from a Romanian family driving through to Peterborough,
        was seen by our {{PHO}} [[name:Mel Okonjo-Brown]] in the car on the deck - classic
        {{measles}} picture, unvaccinated. Family isolated in the vehicle ([[vehicle_registration:B 123 XYZ]]
        Romanian plate) and taken to a side room at [[organisation:William Harvey Hospital]]. Mum
        [[name:Florentina]] pregnant (around 28 weeks). Contact tracing for 41 pax on the same deck
        via the operator's manifest went out same day. [[name:Darius]] recovered. The learning was
        speed: two hours from call to isolation. Case ref [[case_reference:HPZ-2404-6617]].
    """)),
    # ------------------------------------------------------------------ health 4
    ("health", "incident", block("""
        Occ Health referral - [[organisation:Northgate Baggage Ltd]]
        Employee: [[name:Adebayo 'Bayo' Ogunleye]]   Payroll [[case_reference:NBL-004417]]
        NI: [[ni_number:JT 48 27 19 B]]   DOB: [[date_of_birth:19/09/1979]]
        Address: [[address:Flat 3, 22 Bath Road, Cranford]] [[postcode:TW5 9QE]]
        GP: [[organisation:Cranford Lane Surgery]]

        Injury: lower back, lifting a 38 kg bag into hold (bag not tagged heavy) on [[date:05/02/2024]].
        {{RIDDOR}} reportable - off more than 7 days.
        Hx: [[name:Bayo]] reports two previous back strains (2021, 2022) both at work, neither
        referred to OH at the time. Manager [[name:Steph]] was not aware.
        Plan: {{physio}}, phased return, no hold loading 6/52, review [[date:15 March]].
        OH nurse [[name:Kamala Ramsaroop]]
    """)),
    # ------------------------------------------------------------------ health 5
    ("health", "near_miss", prose("""
        {{TB}} screening at the port clinic on [[date:09/07]]. Two young men arrived together,
        [[name:Yonas Tekle]] and [[name:Yonas Tekleab]], both Eritrean, both with the same Tigrinya
        interpreter on the phone. The {{CXR}} requests were printed with the wrong labels and the
        radiographer almost sent [[name:Tekleab]]'s abnormal film under [[name:Tekle]]'s NHS number,
        [[nhs_number:656 168 9445]]. It was only the interpreter ([[name:Mebrat]]) asking "which
        [[name:Yonas]]?" that made our nurse [[name:Oonagh]] stop. The correct patient was started
        on the {{latent TB}} pathway. Root cause: the patient labels were printed in a batch, not at
        the bedside, and the surnames look almost the same. Reported as [[case_reference:PH-CL-24-0311]].
    """)),
    # ------------------------------------------------------------------ health 6
    ("health", "success", block("""
        From: Port Health Duty Officer <[[email:porthealth.duty@solentport.gov.uk]]>
        To: [[email:reception@hythemedicalpractice.nhs.net]]
        Cc: Dr. [[name:Aled Vaughan-Jones]] <[[email:aled.vaughan-jones@nhs.net]]>
        Date: [[date:Mon, 14 Oct 2024]]
        Subject: Returning traveller - your patient [[name:Kerry-Ann Bushell]]

        Dear Dr [[name:Vaughan-Jones]],
        Your patient, DOB [[date_of_birth:30/03/1972]], NHS [[nhs_number:176 495 9000]], disembarked
        from a cruise this morning with fever and a rash after a stop in Barbados. Ship's doctor
        suspects {{dengue}}. She is well enough to go home to [[address:19 Shore Road, Hythe]]
        [[postcode:SO45 6HX]] and has been advised to ring you today. Bloods can go via the
        {{Rare and Imported Pathogens Laboratory}}. Happy to talk: [[phone:023 8049 6213]].
        Kind regards,
        [[name:Nadia El-Amin]], Port Health Officer
    """)),
    # ------------------------------------------------------------------ health 7
    ("health", "incident", prose("""
        Pax off [[flight_number:QF1]] from Singapore on [[date:1st Nov]] walked into the T3 medical
        room with a swollen calf. [[name:Graham O'Sullivan]] ([[age:72]]). Our paramedic
        [[name:Jas]] suspected a {{DVT}} and called the airport GP line; advice was to go to his own
        GP in Bournemouth. He collapsed on the coach at Ringwood 2 hours later with a {{PE}} and
        was taken to [[organisation:Royal Bournemouth Hospital]], {{ICU}}. He survived. His wife
        [[name:Maureen]] complained. Review found that our {{Wells score}} was 3 (likely DVT) but the
        GP line call script didn't ask for it. Ref [[case_reference:LHR-MED-2023-1144]]. Reviewed with
        [[name:Jas]] and the clinical lead Dr [[name:Okonkwo]], who has since changed the script.
    """)),
    # ------------------------------------------------------------------ health 8
    ("health", "near_miss", block("""
        CD register discrepancy - [[organisation:Skyport Pharmacy]], Airside South
        Date: [[date:26.06.2024]]   Pharmacist: [[name:Hui Min Tan]] (GPhC [[case_reference:2087731]])

        A passenger, [[name:Elżbieta Wróbel]], presented a Polish prescription for {{tramadol}}
        at 06:40 for a 2-week holiday. Locum [[name:Sam]] started to supply under the {{emergency
        supply}} route - not allowed for a Schedule 3 drug from an EU prescriber. I stopped it at
        the till. Pax was upset but was given the number for [[organisation:Poznań Centrum Medyczne]]
        to get a UK-acceptable letter. Her daughter [[name:Ola]] phoned later from
        [[phone:+48 601 234 567]] to say she'd sorted it. Learning: locum induction needs the CD
        rules for foreign prescriptions. Signed [[name:HM Tan]]
    """)),
    # ------------------------------------------------------------------ health 9
    ("health", "success", prose("""
        On [[date:Tuesday 3rd September]] a man was found on the roof of the short stay car park
        at [[organisation:Bristol Airport]] threatening to jump. Airport police detained him under
        {{Section 136}}. Our medical team lead [[name:Chris Oduya]] stayed with him in the police car
        and rang the {{crisis line}}. He told [[name:Chris]] his name was "[[name:Danny]]"; real name
        [[name:Daniel Wozniak-Hart]], [[age:34]], known to [[organisation:Weston Community Mental Health Team]]
        (ref [[case_reference:AWP 7719324]]). He was taken to the {{place of safety}} at
        [[organisation:Callington Road Hospital]] in under an hour, rather than waiting in custody.
        The success was that everyone knew who to call because of the joint protocol we signed last year.
    """)),
    # ------------------------------------------------------------------ health 10
    ("health", "incident", block("""
        SBAR HANDOVER - airport med team to ambulance crew
        S: [[name:Rosemary Kettle]] ("[[name:Rose]]"), [[age:81]], fell down escalator at pier 6 at
        10:05 on [[date:8/8/24]]. Head wound, confused.
        B: DOB [[date_of_birth:21/05/1943]], NHS [[nhs_number:399 796 5463]]. On {{apixaban}}.
           Lives [[address:Oak Cottage, Mill Lane, Wrington]] [[postcode:BS40 5QD]].
           Travelling with friend [[name:Dot Hemmings]] ([[phone:07700 900164]]).
        A: {{GCS}} 13 (E3 V4 M6), lac to occiput, {{NEWS2}} 4. Anticoagulated -> needs CT.
        R: Convey to {{ED}}. Friend coming in own car.
        NOTE: crew arrived 1h52 after 999 call, category 2. She was on the floor in the pier
        that whole time. {{datix}} [[case_reference:BRS-MED-0877]]. [[name:Rose]] later diagnosed
        with a subdural.
    """)),
    # ------------------------------------------------------------------ health 11
    ("health", "near_miss", prose("""
        Peanut reaction on [[flight_number:EZY8834]] [[date:5 June]]. A [[age:14 year old]],
        [[name:Zara Iqbal]], had pre-notified her nut allergy but the crew were never told and the
        trolley sold peanut trail mix three rows ahead. She got lip swelling and wheeze.
        A junior doctor on board (Dr [[name:Fern Ashby]]) gave her {{EpiPen}}, then a second one
        10 min later. {{Anaphylaxis}} settled. Met by paramedics, taken to
        [[organisation:Alder Hey]], discharged next day. Dad [[name:Imran]] said the booking
        reference note said "NUT ALLERGY - PLEASE DO NOT SELL NUTS". Near miss because this could
        easily have been fatal if no doctor on board. Medical centre follow-up
        [[case_reference:LPL-MC-24-061]].
    """)),
    # ------------------------------------------------------------------ health 12
    ("health", "success", block("""
        Minutes - Port Health / Airport Medical Liaison, [[date:17/01/2025]]
        Present: [[name:Nadia El-Amin]] (PHO), Dr [[name:Babatunde Adesina]]? no, Dr [[name:B. Adesina]]
        (Med Dir, [[organisation:Aerocare Medical]]), [[name:Liz Farrow]] ({{UKHSA}}), [[name:Mark Tovey]]
        (Airport Ops), [[name:Sioned Pryce]] (minutes)
        Apologies: [[name:Kwame]]

        1. Mpox case last month - handled well. [[name:Liz]] thanked the T2 team.
        2. [[name:Mark]] to circulate updated {{Ebola}} isolation route map.
        3. Cruise season: Dr [[name:Adesina]] asked for {{norovirus}} kits at berth 101.
        4. Contacts list - [[name:Sioned]] to update, email [[email:s.pryce@aerocaremedical.co.uk]].
        Next meeting [[date:14 March]].
    """)),
    # ------------------------------------------------------------------ health 13
    ("health", "incident", prose("""
        Cruise terminal, [[date:2nd May 2024]], disembarkation day. Ship's doctor, Dr [[name:Lindiwe Mthembu]],
        handed over 38 pax with active {{norovirus}} symptoms, but the list gave cabin numbers not
        names. One of them, [[name:Doreen Baptiste]] ([[age:79]]), was dehydrated and was put on a
        coach to Birmingham rather than assessed. She was admitted to [[organisation:Heartlands Hospital]]
        that evening with {{AKI}}. Her son [[name:Marcus]] phoned us on [[phone:0121 496 0555]] asking
        why nobody checked on her. Port health officer [[name:Bryn]] has agreed with the cruise line
        that the handover must include names, ages and a risk flag. Ref
        [[case_reference:SOU-PH-24-0520]].
    """)),
    # ================================================================== SOCIAL CARE
    # ------------------------------------------------------------------ social care 1
    ("social_care", "incident", prose("""
        UASC referral from {{Border Force}} at T4 on [[date:12/02/2024]]. Young person gave his name
        as [[name:Mohammad Rahimi]]; Home Office system had him as [[name:Muhammed Rahemi]] and his
        Afghan taskera (photo on his phone) says [[name:Mohamad Rahimi]]. Claimed DOB
        [[date_of_birth:01/01/2008]] - the Home Office had already recorded him as an adult, DOB
        [[date_of_birth:01/01/2004]], from a "visual assessment" at the airport. He was sent to an
        adult hotel in Hayes for 11 days before our {{EDT}} worker [[name:Siobhán]] picked it up.
        Age assessment by [[name:Aga]] and [[name:Danielle]] found him to be around [[age:16]].
        HO ref [[case_reference:R1290456]], our ref [[case_reference:LCS-0048812]]. Learning: request
        the age-dispute paperwork at the point of referral, not later.
    """)),
    # ------------------------------------------------------------------ social care 2
    ("social_care", "near_miss", block("""
        EDT LOG - [[organisation:Hillingdon Children's Services]]   [[date:Sat 16 Nov 2024]]
        22:40  Call from BF officer [[name:Paterson]] at T3. Girl, gives name [[name:Bui Thi Lan]],
               says [[age:15]]. Came on [[flight_number:QR15]] from Doha. "Uncle" waiting landside.
        22:55  Uncle rang me direct on [[phone:07451 882 309]], says he is [[name:Tran Van Long]], wants
               to collect. Knew my name - how???
        23:10  {{Police}} checks: number linked to 2 previous missing Vietnamese children.
        23:20  Decision: NO release. [[name:Lan]] placed with emergency carers [[name:Bev & Tony Marsh]].
        23:45  {{NRM}} referral started. Interpreter [[name:Hằng]] via phone.
        Sun 09:00 handed to day team ([[name:Ngozi]]). Ref [[case_reference:HCS-EDT-16112024-04]].
    """)),
    # ------------------------------------------------------------------ social care 3
    ("social_care", "success", prose("""
        Wanted to share some good practice. [[name:Semhar]] (also written [[name:Simhar]] and
        [[name:Semhar Gebremedhin]] on the Home Office papers) arrived at Dover on
        [[date:3rd October]], [[age:14]], Eritrean. She wouldn't speak to the male interpreter on the
        phone. The duty social worker, [[name:Faisal]], found a female Tigrinya speaker through
        [[organisation:Kent Refugee Action Network]] and the screening went ahead the next morning
        instead of at 2am. She disclosed that she'd been held in Libya and that another girl,
        [[name:Luwam]], had been separated from her at Calais. A {{trafficking}} alert was shared
        with the French side the same day. [[name:Semhar]] is now with carers in Maidstone and is
        at school. Ref [[case_reference:KCC/UASC/23/1187]].
    """)),
    # ------------------------------------------------------------------ social care 4
    ("social_care", "incident", block("""
        From: [[name:Ruth Oyelowo]] <[[email:ruth.oyelowo@westsussex.gov.uk]]>
        To: [[organisation:Kent Intake Unit]] <[[email:intake.unit@kent.gov.uk]]>
        Date: [[date:Thu 6 Jun 2024]] 16:58
        Subject: RE: [[name:Ahmed SALIH]] / [[name:Ahmad Saleh]] - age assessment

        Hi [[name:Gaz]],
        We've just found that [[name:Ahmed]] was assessed by your team on [[date:2 May]] as over 18
        but the assessment wasn't {{Merton}} compliant - no interpreter in Sudanese Arabic, one
        assessor only, and he wasn't told he could bring an {{appropriate adult}}. He's been in an
        adult hotel in Crawley since. Our {{LADO}} is not involved but our legal team is.
        His DOB per his birth certificate is [[date_of_birth:14/09/2007]]. Can you send the full
        file under ref [[case_reference:KIU-24-3310]]?
        [[name:Ruth]]
    """)),
    # ------------------------------------------------------------------ social care 5
    ("social_care", "near_miss", prose("""
        [[name:Duc]] (spelled [[name:Đức]] on his phone, [[name:Nguyen Van Duc]] in Home Office records,
        [[name:Nguyen Duc]] by the hotel) went missing from the {{UASC}} hotel in Brighton on
        [[date:25/01]], three days after arriving on a small boat. Night manager at
        [[organisation:Seaview Lodge]] didn't report it for 8 hours because "they often go out".
        [[name:Duc]] was found by {{Sussex Police}} two days later at a cannabis grow in Crawley -
        the address was [[address:41 Gossops Drive]]. He said a man called "[[name:Anh Cuong]]" had
        phoned him every day since he arrived. {{NRM}} referral made by [[name:Vicky Ellingham]].
        Near miss as he was recovered physically unharmed. Police ref [[case_reference:47240019876]].
    """)),
    # ------------------------------------------------------------------ social care 6
    ("social_care", "success", block("""
        Strategy Discussion - [[name:A.K.]] (YP, [[age:16]], Albanian)   [[date:11/03/2025]]
        Attendees:
          [[name:Kerry Dunmore]] - Team Manager, chair
          DC [[name:Elliot Prentice]]? -> DC [[name:Prentice]], {{MASH}}
          [[name:Lorna Baxter]] - {{ISW}}
          [[name:Besnik]] - interpreter (Albanian)
          Dr. [[name:Priti Shah]]? -> Dr [[name:Shah]], named doctor
        Summary: [[name:Arben Kola]] ("[[name:A.K.]]") arrived at Luton on [[flight_number:W6 3401]]
        from Tirana on [[date:8 March]] with an adult male not related to him. Border Force
        stopped them. [[name:Arben]] said he owed €12,000 to "people in Durres".
        Outcome: {{Section 47}} enquiry, {{NRM}}, placed outside Bedfordshire. All agreed.
    """)),
    # ------------------------------------------------------------------ social care 7
    ("social_care", "incident", prose("""
        Young person [[name:Erion Hoxha]] (also known as [[name:Eri]]) was age-disputed at
        Western Jet Foil on [[date:Tue 7th Nov]] and sent to the adult processing site. He was
        moved to a hotel in Folkestone. An Albanian speaking worker from
        [[organisation:Folkestone Youth Hub]] met him and raised concerns. His mum in Elbasan sent a
        photo of his birth certificate - DOB [[date_of_birth:22.06.2008]]. When we went to collect
        him he had already been moved to a hotel in Wakefield and then left. We don't know where he
        is. Missing person report ref [[case_reference:KENT-MISPER-23-5521]]. Learning: age dispute at
        arrival needs a second look before the YP is moved out of area.
    """)),
    # ------------------------------------------------------------------ social care 8
    ("social_care", "near_miss", block("""
        [WhatsApp - duty SW / BF liaison]
        [[name:Shaz]] (BF): got a lad at arrivals, says 15, Sudanese. has a phone number written on his arm
        [[name:Shaz]] (BF): [[phone:+33 6 12 34 56 78]]
        Me: dont let anyone ring it. coming now
        [[name:Shaz]] (BF): someone outside asking for him by name - "[[name:Abdelrahman]]"
        Me: who??
        [[name:Shaz]] (BF): says hes his cousin, name [[name:Omar Adam Ishag]]
        Me: not releasing. is he ok
        [[name:Shaz]] (BF): hungry. given him a sandwich
        ---
        Note by [[name:LM]], duty SW, [[date:27 Feb]]: number on arm was linked to a smuggling
        network in Calais per {{NCA}}. YP ([[name:Abdelrahman]], [[age:15]]) now in placement.
    """)),
    # ------------------------------------------------------------------ social care 9
    ("social_care", "success", prose("""
        Family tracing success. [[name:Hawa]] ([[age:13]]) and her brother [[name:Ibrahim]] ([[age:10]])
        were separated at Calais in the summer - [[name:Hawa]] crossed and arrived in Dover on
        [[date:30/08/2023]], [[name:Ibrahim]] was left with an aunt. Their surname is written
        [[name:Koroma]], [[name:Kuruma]] and [[name:Koromah]] in three different documents which
        slowed everything down. Our worker [[name:Jen Adjei]] and the {{British Red Cross}} tracing
        team found [[name:Ibrahim]] in a children's centre in Lille. After a {{Section 20}} agreement
        and court direction he joined [[name:Hawa]] in foster care with Mr [[name:Sesay]]? - the
        carer is [[name:Alhaji Sesay]] - in {{February 2024}}. Ref [[case_reference:MED-UASC-0091]].
    """)),
    # ------------------------------------------------------------------ social care 10
    ("social_care", "incident", block("""
        CASE NOTE (copied from LCS)
        Name: [[name:Parwana Sultani]]     AKA: [[name:Parwana Soltani]] / [[name:Parwanah]]
        DOB: [[date_of_birth:15/03/2009]] (claimed)   Nationality: Afghan
        HO ref: [[case_reference:S8812099]]   Port ref: [[case_reference:LHR-T4-24-00891]]
        Placement: [[address:The Orchard, 2 Beech Avenue, Harlington]] [[postcode:UB3 5NF]]
        Carer: Mrs [[name:Jan Webb]]? -> [[name:Jan Webb]] [[phone:020 8123 4567]]
        Note: [[date:19/06/24]] - [[name:Parwana]] disclosed that the interpreter at the airport
        ("Mr [[name:Hakimi]]"?) told her to say she was 18 so she could "go with her husband".
        She is [[age:15]]. Husband not traced. {{CSE}} screening done. Concern re: interpreter
        passed to the {{LADO}} and to the interpreting agency, [[organisation:Lingua Bridge Ltd]].
        [[name:GH]]
    """)),
    # ------------------------------------------------------------------ social care 11
    ("social_care", "near_miss", prose("""
        Private fostering concern at Luton on [[date:14 Jan]]. Border Force stopped a Roma family from
        Slovakia: [[name:Marek Horváth]] ([[age:32]]) with three children, only two of them his. The
        third, [[name:Dušan]] - also written [[name:Dusan Lakatos]] - is [[age:12]] and was said to be
        "a nephew" whose mother had given permission. No letter. The duty SW [[name:Tom Kavanagh]]
        spoke to the mum in Košice through an interpreter, and it checked out - but nobody would have
        known the arrangement without that call. Family are living at
        [[address:33 Dunstable Road, Luton]] [[postcode:LU1 1EB]]; {{private fostering}} assessment
        now under way. Ref [[case_reference:LBC-PF-2024-009]].
    """)),
    # ------------------------------------------------------------------ social care 12
    ("social_care", "success", prose("""
        Sharing as positive practice. [[name:Amna]], [[age:16]], Sudanese, arrived at Heathrow on
        [[flight_number:EK1]] on [[date:Monday 4 March]]. Sudanese Arabic interpreter [[name:Faiza]]
        was booked in person rather than on the phone and stayed for the whole of the welfare
        interview. [[name:Amna]] disclosed FGM and a forced marriage plan. Our duty SW
        [[name:Charlotte Mbatha]] arranged the {{FGM}} clinic at [[organisation:Queen Charlotte's]]
        and an {{FMPO}} was obtained within 48h. A {{Children's Guardian}}, Ms [[name:Okafor]]? -
        [[name:Chidinma Okafor]] - was appointed. Ref [[case_reference:HS-23-88122]].
    """)),
    # ------------------------------------------------------------------ social care 13
    ("social_care", "incident", block("""
        RETURN HOME INTERVIEW
        YP: [[name:Hiwot]] ([[name:Hewot]] on HO records)    Age: [[age:17]]
        Missing from: [[date:02/04/2025]] 19:00 to [[date:05/04/2025]] 11:30
        Interviewer: [[name:Saoirse Delaney]], [[organisation:Open Doors Youth Project]]
        Where: said she stayed with "[[name:Selam]]" in Croydon. Address given as
        [[address:Flat 9, Mitcham Road]]. Police couldn't find a [[name:Selam]] there.
        Who with: met a man at the airport when she arrived in Nov who gave her his number
        ([[phone:07398 661 245]]). He calls himself [[name:Biniam]].
        Concerns: new phone, new clothes, wouldn't say who paid. Fits {{CSE}} pattern.
        Actions: {{NRM}}, share with {{MASH}}, police intel. Missing ref [[case_reference:MPS-MIS-25-40882]].
    """)),
]


def main() -> None:
    records = build_records("blind39", REPORTS)
    write_records(OUT, records)


if __name__ == "__main__":
    main()
