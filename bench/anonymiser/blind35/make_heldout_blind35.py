"""Blind held-out corpus 35: aviation operations, with aircrew health and airport social care.

Setting: en-route and approach ATC (Swanwick, Prestwick, regional towers), airport fire and rescue,
airline operations control, Part-145 line and base maintenance, ground handling, drones near
airports, flying schools and gliding clubs; plus occupational health for aircrew, airport medical
centres and ambulance crews, and social care for unaccompanied children, trafficking and
repatriation cases and the children of deployed crew.

Voice: ATC occurrence reports with callsigns and Zulu times, fire service incident logs, tech log
entries, ops control logs, MOR text, gliding club safety officer notes, CRM debriefs, occupational
health letters, care case notes and short e-mails. People appear by rank or role plus surname, by
first name in radio transcripts, by initials and nicknames, alongside licence, staff, MOR, tail and
flight numbers. Vehicle callsigns ("Rescue 2", "Ops 1") are marked as must-not-redact terms.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from markup import block as log  # noqa: E402
from markup import build_records, write_records  # noqa: E402
from markup import flow as prose  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "corpus" / "heldout_blind35.jsonl"


REPORTS = [
    # ------------------------------------------------------------------ aviation
    ("aviation", "incident", log("""
        ATC OCCURRENCE REPORT - LAC Swanwick, S5/S6 bandboxed
        Date: [[date:14/02/2024]]  Time: 1412Z
        Reporter: {{ATCO}} [[name:K. Rahman]], licence [[case_reference:GBR.ATCO.30418]]
        Occ ref: [[case_reference:SWK-OCC-24-0193]]

        [[flight_number:EZY84LP]] (A320) cleared FL250, readback correct. 1413Z Mode S showed FL262 and climbing.
        Avoiding action issued, left 30 deg. [[flight_number:RYR4TQ]] reported {{TCAS RA}} descend, complied.
        Min sep 3.1nm / 600ft. Crew of EZY on freq: "sorry, we set 260 in the FCU".
        Sup [[name:Mel Oduya]] split the sector at 1420Z, 22 a/c on frequency before split.
        Learning: {{level bust}} with correct readback - cannot be caught by RT alone, SFL downlink
        would have shown it. Recommend SFL display is brought forward on this console.
        """)),
    ("aviation", "near_miss", prose("""
        Prestwick Centre, Tay sector, evening of [[date:3rd November]]. {{OJTI}} [[name:Fraser Doig]] was
        sat with trainee [[name:Aoife]] when STCA went red at 1847Z between [[flight_number:LOG 71B]] (Saab
        340) and [[flight_number:EXS 22MC]] crossing at FL190. [[name:Aoife]] had given the Jet2 descent
        believing it was already clear of the crossing point. [[name:Fraser]] said "I have control" and
        turned the Saab right 40. Closest point 4.2nm / 800ft, no TCAS. In the debrief [[name:Aoife]] said
        she'd lost the picture after a long landline call with Scottish TC. Agreed learning: finish the
        scan before answering a landline, and the OJTI should take the call when trainee is busy. Unit ref
        [[case_reference:PFD/2023/0772]]. Trainee hours paused 2 sessions for scan training only.
        """)),
    ("aviation", "near_miss", log("""
        TOWER WATCH LOG - [[date:Thurs 7 Dec]]
        0652Z {{Ops 1}} ([[name:Dave Kettering]]) req rwy inspection, cleared enter rwy 27 at hold pt {{Bravo}}.
        0656Z [[aircraft_registration:G-JECX]] (Dash 8) 6nm final, ADC [[name:Priya Nandakumar]] warned Ops 1.
        0657Z Ops 1 reported "vacated at {{Charlie}}". Stopbar lit.
        0658Z ASMGCS shows vehicle [[vehicle_registration:YK19 HTO]] still 40m inside rwy strip.
        0658Z [[aircraft_registration:G-CX]] instructed {{go-around}}, complied, no drama.
        0702Z Ops 1 confirmed he'd reported before actually clear, sun glare on wet surface.
        Watch sup [[name:Kettering]] NOT related to driver (noted for the file!). Possible {{runway incursion}}.
        Refs: Ops incident [[case_reference:AOI-2312-07]], MOR to follow.
        """)),
    ("aviation", "incident", log("""
        RFFS INCIDENT LOG   Inc no. [[case_reference:RFFS/24/0388]]   [[date:Sat 9 Mar 24]]
        1532 Tower AGA call: hot brakes [[aircraft_registration:G-EZWX]] stand 14 after RTO. Full turnout.
        1533 {{Rescue 1}}, {{Rescue 2}}, Rescue 4 mobile. {{crew manager}} [[name:Okonkwo]] OIC.
        1535 In attendance. TIC shows R/H MLG 410C and rising. No fire. Pax remain on board per captain.
        1537 FF [[name:Jaz Pemberton]] and FF [[name:Lewis]] set up PPV fan. NO water on hot wheels.
        1549 Fusible plug released #3 wheel, deflated as designed. Temps falling.
        1604 Handed to [[organisation:Skyline Ground Services]] for tow. Airfield ops informed.
        1610 Stand down. WM [[name:A. Haddad]] informed.
        Note: good discipline approaching from fore/aft only, not in line with the axle.
        """)),
    ("aviation", "success", log("""
        TECH LOG  [[aircraft_registration:G-OATR]]  {{ATR 72}}-600  Page [[case_reference:TL 017734]]
        DEFECT: Crew report {{bird strike}} short final rwy 09, thud heard, smear on radome.
        ACTION: Bird strike insp IAW AMM 05-51-14. Radome, pitot/static probes, AOA vanes, L+R intakes and
        props inspected. Residue on radome only, no damage. Pitot-static leak chk satis. Remains bagged for
        species ID. A/C serviceable.
        CRS: [[name:T. Wisniewski]] B1  AML [[case_reference:UK.66.204417]]  [[date:22.06.24]] 0740L
        ---
        Shift lead comment ([[name:Gemma R]]): nice one [[name:Tomasz]], photos attached to the page and the
        remains went to wildlife control before the 0800 rotation. Exactly how we want it done.
        """)),
    ("aviation", "incident", log("""
        OCC DUTY LOG  [[date:02-Aug-2024]]  Duty controller: [[name:R. Mbeki-Hart]]
        1905Z [[flight_number:TOM3CV]] PMI-BRS A321 [[aircraft_registration:G-TUMN]] holding, TS over BRS.
        1921Z Diverted CWL. Crew {{FDP}} ends 2140Z - cannot ferry back tonight.
        1930Z Crew control ([[name:Sunny]]) calling standby crew. Captain on standby not reachable,
        number on roster [[phone:07700 900412]] out of date, he changed phone in June.
        1958Z Second standby captain [[name:Ilse Marchetti]] reached, positioning by taxi ETA 2245Z.
        2310Z Pax bussed to BRS instead, aircraft nightstopped CWL.
        Issue: contact details in crew system not re-validated. [[name:Sunny]] raised [[case_reference:OCC-QR-5531]].
        """)),
    ("aviation", "near_miss", prose("""
        {{MOR}} [[case_reference:2024/10455]]. During a 25 min turnaround on stand 32 the dispatcher
        [[name:Bilal Chaudhry]] found a broken ULD strap buckle and a cable tie 1.5m forward of the no.2
        engine intake of [[aircraft_registration:EI-FXK]], operating [[flight_number:EI 3362]]. The {{FOD}}
        walk had been signed complete by team leader [[name:Shaz]] about 20 minutes earlier, but the hold
        was still being loaded at that time and the strap probably came off a baggage cart afterwards.
        Engines not yet started, no damage. Handling agent [[organisation:AeroServ Handling]] now doing a
        second FOD check after loading is complete and before the chocks-off call. Credit to
        [[name:Bilal]] for walking the stand again without being asked.
        """)),
    ("aviation", "success", prose("""
        [[organisation:Wolds Edge Gliding Club]] - safety officer notes, [[date:Sunday 12th May]]. Launch
        14, {{ASK 21}} [[aircraft_registration:G-CHPT]], P1 instructor [[name:Hilary Baptiste]] with a
        trial-lesson pupil. Weak link went at about 250ft on the winch. Textbook: nose down promptly,
        airspeed checked, land ahead in the remaining field. Winch driver [[name:ollie]] saw the break and
        chopped power straight away. Weak link was the correct colour (black) but looked worn at the
        hole; the launch point had been reusing links. From next weekend: links replaced every 50
        launches, log sheet at the winch. Thanks to [[name:Hilary]] for talking the pupil through it
        calmly, pupil has booked another flight! -- [[name:PF]], Safety Officer
        """)),
    ("aviation", "success", prose("""
        CRM debrief, [[flight_number:BA1432]] LHR-EDI, [[date:19 Jan]]. Capt [[name:Okafor]] PF, {{first
        officer}} [[name:Hope Lindqvist]] PM. Approach rwy 24, late descent from ATC left them high. At
        1000ft speed was Vref+18 and still on the flaps schedule, at 500ft not stable. [[name:Hope]] made
        the call "unstable, go around" and Capt [[name:Okafor]] flew the {{go-around}} immediately, no
        discussion. Second approach uneventful. Both said the SOP call-out made it easy: nobody had to
        decide whether it was "bad enough". Capt [[name:Okafor]] noted he was anchored on landing because
        of slot pressure. Shared as a good-practice example for the next recurrent CRM day.
        """)),
    ("aviation", "near_miss", prose("""
        Drone sighting report by {{ATCO}} [[name:Gareth Llewellyn]]. At 1623Z the crew of
        [[flight_number:EZY 47WQ]] reported a small quadcopter on 2nm final rwy 27 at approx 700ft,
        passing within an estimated 50m on the left. Arrivals stopped for 18 minutes, 3 holding. Airport
        ops sent {{Ops 3}} to the sector; police located an operator in a park inside the {{FRZ}} with a
        sub-250g drone. Operator ([[name:Callum Reeve]], [[age:19]]) said he didn't know there was a
        zone. Police ref [[case_reference:CAD 4471 13/09]]. Airprox filed. No app geofencing warning was
        shown because the drone firmware was out of date.
        """)),
    ("aviation", "success", prose("""
        [[organisation:Severn Valley Aviation]] - student solo, [[date:18 April]]. [[name:Summer Akande]]
        was on her second solo circuit detail in C152 [[aircraft_registration:G-BSZT]] when she lost both
        transmit and receive on downwind. She squawked 7600, continued the circuit, watched the
        tower and landed on a steady green light. {{CFI}} [[name:Dom Petrakis]] had briefed light signals that
        morning as part of the pre-solo brief, which she said was the only reason she remembered them.
        Fault was a loose headset jack. [[name:Summer]] is getting a commendation on the school board; we
        will keep light signals in every pre-solo briefing. Tower were excellent too.
        """)),
    ("aviation", "success", prose("""
        [[organisation:Northern Aero Technics Ltd]] {{Part-145}} base maintenance, Hangar 2. During the
        C-check on [[aircraft_registration:G-EZUK]], mechanic [[name:Jack O'Donnell]] (staff no.
        [[case_reference:NAT-0412]]) torqued the elevator hinge bolts to the value on the printed task
        card. The independent inspector, [[name:Indira Kaur]], noticed the card was at revision 61 and the
        AMM was at 63, where the torque value had been reduced. Bolts re-torqued, no damage. Root cause:
        cards printed on [[date:Monday 3rd]] before the revision loaded overnight. Planning now prints
        cards at shift start only. Internal report [[case_reference:NAT-QN-2024-117]].
        """)),
    ("aviation", "incident", prose("""
        Ground handling occurrence, stand 211, [[date:27/10/23]] 0612L. Pushback of
        [[aircraft_registration:G-EUYM]] ({{A320}}) [[flight_number:BA 1302]]: tug driver
        [[name:Kwame Boateng]] and wing walker [[name:Lou Fenwick]]. Lou was on the left wing and called
        stop but the headset cut out; tug continued, right wingtip contacted a parked GPU. Wingtip light
        cover cracked, aircraft AOG 3 hrs. The right side had no wing walker as the rota was short one
        person. Learning: no pushback from this stand without both walkers, and hand signal is primary,
        headset secondary. Company ref [[case_reference:GH-0783]], agent
        [[organisation:Meridian Ramp Services]].
        """)),
    ("aviation", "success", log("""
        From: [[email:occ.dutymanager@northway-air.co.uk]]
        To: crewing; rostering
        Subject: RE: NCL crew swap tonight

        All - just to say thanks. [[name:Marisol]] spotted at 1600 that the captain on
        [[flight_number:NWY 402]] would go over 13 sectors in 7 days if the late swap went through, and
        pulled it before publish. [[name:Ben T]] found a reserve FO in EMA and we kept the flight.
        That's the fatigue check working as designed, not luck.

        [[name:Deb]]
        {{OCC Duty Manager}}, ext 4471 / [[phone:0191 498 0633]]
        """)),
    ("aviation", "near_miss", prose("""
        Training occurrence, approach radar, [[date:Wed 21 Feb]]. Trainee ATCO [[name:Jonah Whitlock]]
        cleared [[flight_number:BCY 18K]] to descend to altitude 3000ft on QNH. Readback was "two
        thousand". Neither trainee nor {{OJTI}} [[name:Marta Sokolowska]] picked it up. Crew queried
        themselves at 2600ft when the MSAW alert sounded on frequency from the next sector. Terrain
        clearance not infringed. Both agreed hearback is the weakest link when workload peaks;
        [[name:Marta]] now plugs in with the trainee's freq at full volume rather than split. Reported
        under {{Just Culture}}, no licence action. Unit ref [[case_reference:APP/TR/24/009]].
        """)),
    ("aviation", "incident", log("""
        FIRE SERVICE LOG - FUEL SPILL   ref [[case_reference:RFFS/23/1147]]
        [[date:16/08/2023]]
        1118 Call from ramp: fuel venting from L wing, stand 5, [[aircraft_registration:G-LCYR]].
        1119 {{Rescue 2}} + Rescue 3 mobile. {{watch manager}} [[name:Sally Quinnell]] OIC.
        1121 Approx 40L Jet A1 on stand. Fuelling stopped by bowser driver [[name:M. Iqbal]].
        1124 Pax disembarked via rear steps. Spill kit + absorbent. Drains blocked.
        1140 Found: overfill, bowser preset not set, driver distracted by radio call.
        1152 Stand reopened. Fuel co. informed.
        Learning: spill drains on stand 5 were not covered until 1124 - too slow.
        """)),
    ("aviation", "incident", prose("""
        OCC summary: [[flight_number:EXS 85JP]] MAN-ALC diverted TLS on [[date:31st March]] with a
        disruptive passenger (male, late [[age:40]]s) who assaulted cabin crew member [[name:Demi Oyelaran]]
        in the aft galley. {{SCCM}} [[name:Carys Pugh]] and two passengers restrained him using the kit.
        Police met the aircraft at 2205Z. [[name:Demi]] was assessed by airport medics, bruising only, and
        positioned home next day. Cost of diversion approx EUR 28k. The passenger had been served at the
        airport bar for 3 hrs; the airline is pursuing the one-too-many campaign with the terminal
        operator. Crew praised by Capt [[name:Hussain]]. Internal ref [[case_reference:SEC-24-0311]].
        """)),
    ("aviation", "success", prose("""
        [[organisation:Cotswold Ridge Gliding Club]] safety notes. Cross-country task, [[date:8 July]].
        [[name:Will Abernethy]] in his {{Discus}} landed out in a stubble field near Lechlade after the
        thermals died. Good field selection, circuit flown from 1000ft, and he phoned the club at once.
        Retrieve crew [[name:Nadia]] and [[name:Grace Onwuzulike]] had the trailer there in 50 min. The
        farmer was happy and asked us to keep using the gate on the east side.
        [[name:Will]] said the decision height he set before the task (1500ft AGL to pick a field) is
        what saved it. Reminder to all: set your decision height before launch.
        """)),
    ("aviation", "near_miss", log("""
        ATC - TWR, [[date:05/09]]
        1731Z Wildlife unit {{Ops 4}} ([[name:Rhys]]) dispersing lapwings near TWY {{Juliet}}.
        1734Z [[flight_number:KLM 1427]] 3nm final 26. Ops 4 asked to hold clear.
        1735Z Ops 4 crossed rwy strip chasing flock without clearance. ADC [[name:Fiona Gallagher]]
        instructed KLM {{go-around}}.
        1742Z KLM landed.
        [[name:Fiona]]: vehicle never entered rwy itself but was inside the strip. Driver had RT on the
        wrong box (ground freq). Wildlife unit now has a single radio fixed to tower freq.
        """)),
    ("aviation", "incident", prose("""
        LINE MAINT - occurrence note ([[organisation:Apex Line Services]], station BHX). {{MEL}} item
        30-42-01 (windshield heat) raised on [[aircraft_registration:G-DHKE]] by B1 [[name:Soren Holt]],
        licence [[case_reference:UK.66.187302]]. Deferral entered on tech log page
        [[case_reference:TL 44590]] but the ACARS deferral was sent against
        [[aircraft_registration:G-DHKF]] (sister ship, same stand the night before). Ops control planned
        [[aircraft_registration:G-DHKF]] as restricted and [[aircraft_registration:G-DHKE]] as clean.
        Picked up by the captain at walkround when he read the tech log. No flight with the defect
        unknown. Cause: tail selection by dropdown. Action: tail number read back to OCC by phone for
        every MEL deferral.
        """)),
    ("aviation", "success", prose("""
        Authorised RPAS survey inside the {{FRZ}}, [[date:24/01/2024]]. Operator
        [[organisation:Kestrel Aerial Surveys]], remote pilot [[name:Ayesha Mirza]] (operator ID
        [[case_reference:GBR-OP-7YH3K2QX]]). Roof survey of the cargo shed, max 120ft AGL. Permission from
        airport ops, {{NOTAM}} issued, and the pilot called the tower on the landline at start and stop.
        Tower ([[name:Neil]]) paused the survey twice for helicopters and the pilot landed within 30 s each
        time. Good example of a well-run permission; template circulated to the other approved operators.
        """)),
    ("aviation", "success", prose("""
        Good catch - approach. During a handover, ATCO [[name:Beatrice Amankwah]] noticed the {{QNH}} on
        the ATIS was 1013 while the {{METAR}} she had just read said 1003. The ATIS had been updated with
        the previous airfield's values during an AFTN outage. She broadcast the correct QNH on frequency
        to [[flight_number:SHT 9A]], [[flight_number:TOM 62F]] and two GA aircraft, and the ATIS was
        corrected within 4 minutes. That's a 280ft altimetry error avoided on a low-cloud day. Logged as
        good catch [[case_reference:GC-24-031]] on [[date:9/10/24]]. Thanks from the watch manager,
        [[name:Chris Abbott]].
        """)),
    ("aviation", "near_miss", prose("""
        Ramp occurrence [[case_reference:DG-24-0066]], [[date:11/11]]. Loader [[name:Piotr Zajac]]
        heard a hiss from a checked bag on the belt loader for [[flight_number:TCX 1566]] and saw smoke
        from the zip. He pulled it off and put it on the tarmac away from the hold. {{Rescue 1}} attended
        within 3 min, found a vape kit and spare {{lithium batteries}} loose in the bag. No fire. Passenger
        [[name:Halvorsen]] was traced at the gate and interviewed. Dangerous goods awareness at check-in
        to be refreshed; this bag passed bag drop with no questions asked. [[name:Piotr]] to be recognised.
        """)),
    ("aviation", "success", prose("""
        RFFS full-scale exercise, [[date:Tuesday 14th May]]. Scenario: {{ATR 72}} runway excursion with
        fire, 48 casualties played by cadets. {{Rescue 1}} first on scene 2 min 10 s, inside the CAP 168
        response time. Crew manager [[name:Bailey]] (with FF [[name:Jas Okwu]] on Rescue 1) ran casualty
        triage with the ambulance HART team;
        [[organisation:Royal Stoke University Hospital]] took 11 "patients" and confirmed their major
        incident cascade worked. Improvement: the {{RVP}} was confused with the old one on the north
        road. Thanks to station manager [[name:Efua Mensah-Clarke]] and the cadets of 2158 Sqn.
        """)),
    ("aviation", "incident", prose("""
        [[organisation:Blue Horizon Flight Training]] - taxiway excursion. [[date:Fri 6th]] at 1440L,
        student [[name:Theo Lambert-Nkosi]] in PA-28 [[aircraft_registration:G-BOYV]] with instructor
        [[name:Isla Fernandes]] taxied onto the grass at the turn from taxiway {{Alpha}} to the holding point.
        Nose wheel sank, prop strike. Aircraft out of service for shock-load inspection. Student was
        looking at the checklist while taxiing; instructor was doing the ATIS. Lessons: checklist only
        when stopped, and the instructor calls the taxi route. School is repainting the turn centreline.
        """)),
    ("aviation", "incident", prose("""
        {{MOR}} [[case_reference:2023/19082]] - cabin crew injury. [[flight_number:EZY 6121]]
        [[aircraft_registration:G-UZHX]], [[date:29.11.23]]. Unforecast moderate turbulence during service
        at FL340. Cabin crew member [[name:Ffion Davies]] was at row 14 with a full trolley; it tipped and
        trapped her ankle. Seat belt sign was on but the captain had not made the PA for crew to be
        seated. [[name:Ffion]] was seen by paramedics on arrival, suspected fracture. Captain
        [[name:Lindgren]] has written to her. Learning: seatbelt sign and "cabin crew be seated" are two
        different messages; the ops manual is being changed so the PA is mandatory with the sign.
        """)),
    ("aviation", "near_miss", log("""
        OCC LOG  [[date:10-Jan-2025]]  de-icing
        0615Z [[flight_number:LOG 6A]] [[aircraft_registration:G-LMRC]] de-iced type II, HOT 20 min.
        0629Z Slot delay 15 min given by tower.
        0640Z Crew (Capt [[name:McGinty]] / FO [[name:Anjali]]) queried {{HOT}} with OCC.
        0641Z Duty controller [[name:Hamish]] confirmed HOT expired in light snow. Aircraft to return.
        0705Z Re-de-iced, departed 0718Z.
        Comment: crew had planned to go and "see how the wings looked". OCC call stopped it. Raise with
        training: HOT exceedance = return, no contamination check substitute.
        """)),
    ("aviation", "success", prose("""
        Swanwick Mil-Civ coordination, [[date:17/06/24]]. A pair of Typhoons ([[flight_number:COBRA 21]])
        needed to cross the Daventry area at FL270 to reach a danger area, during the evening rush.
        Controller [[name:Sanjeev Pillai]] and the military controller Flt Lt [[name:Garner]] agreed a
        slot by landline, the civil stream was given a 10nm gap by [[name:Nell]] on the feeding sector.
        The crossing went through in 4 min with no {{STCA}} and no delays. Good example of early joint
        planning, shared with both watches.
        """)),
    ("aviation", "success", prose("""
        Tool control, [[organisation:Ravensworth Aero Engineering]] Hangar 1, night shift [[date:2/3 Oct]].
        At shift end the shadow board check showed one torch missing from kit 7 (signed out to
        [[name:Leon]]). Aircraft [[aircraft_registration:G-CIVZ]] was not released. [[name:Leon]] and
        {{B1 engineer}} [[name:Yasmin Haddou]] searched and found it inside the LH MLG bay, sitting on the
        door actuator. Release delayed 40 min. Exactly why we do tool control. [[name:Leon]] self-reported how he
        had put the torch down, which helped the search. Ref [[case_reference:RAE-TC-0933]].
        """)),
    ("aviation", "near_miss", prose("""
        Safety officer note - [[organisation:Fenland Soaring Club]]. Aerotow launch,
        [[date:Saturday 20th]], club {{K-13}} [[aircraft_registration:G-DCLX]]. Canopy unlatched on the
        ground run, pilot [[name:Marco Benedetti]] released at about 30ft and landed straight ahead. No
        damage. Wing runner [[name:Frank]] said he didn't check the canopy because the pilot had already
        done CB SIFT CB. The canopy lock lever on this K-13 is stiff and can look closed when it isn't.
        Fix: wing runners now put a hand on the canopy before they give the all-out signal, and the
        lever has been adjusted. -- [[name:JW]]
        """)),
    ("aviation", "success", log("""
        AIRFIELD OPS - wildlife
        [[date:Mon 15 Jul]]
        0540Z {{Ops 2}} ([[name:Rose Ellery]]) found 30+ gulls on rwy 23 after rain, first wave 0615Z.
        0545Z Pyro and distress calls, birds moved to the south grass, then off.
        0602Z Rwy clear, reported to TWR ([[name:Kofi]]).
        0620Z [[flight_number:RUK 12GH]] departed, no birds.
        Comment from [[name:Rose]]: earthworms on the surface after rain. Early sweep on wet mornings works.
        """)),
    # ------------------------------------------------------------------ health
    ("health", "success", log("""
        Occupational Health Service - CONFIDENTIAL
        To: Fleet Manager A320
        Re: SFO [[name:Daniel Achterberg]]  staff [[case_reference:FO21937]]  DOB [[date_of_birth:11/07/1986]]
        NHS no [[nhs_number:852 524 6492]]

        Dear [[name:Lorraine]],
        I reviewed [[name:Daniel]] today ([[date:5 June 2024]]) after his laparoscopic cholecystectomy.
        He is fit for simulator duties now and for line flying from [[date:1 July]], subject to his
        {{AME}} confirming the {{Class 1 medical}}. No restrictions on standby. He may be stiff
        lifting bags into the overhead locker for 2 weeks.
        Kind regards,
        Dr [[name:Aisling Byrne]], Consultant OH Physician
        """)),
    ("health", "success", prose("""
        Airport medical centre, [[date:23/12/2023]]. A [[age:67]]-year-old man, [[name:Harold Pinnock]],
        collapsed at gate B34 while boarding [[flight_number:BA 2754]]. Security officer
        [[name:Marek Zielinski]] started CPR and the gate agent brought the {{AED}}; one shock delivered
        before our paramedic [[name:Ngozi]] arrived at 3 minutes. ROSC at 6 minutes. Ambulance on stand at
        14 minutes via the airside escort and he was taken to [[organisation:Hillingdon Hospital]]. His
        daughter rang on [[phone:07700 900287]] to say he is recovering. The AED location signs at the
        B gates work. [[name:Marek]]'s team has been nominated for an award.
        """)),
    ("health", "incident", prose("""
        Ambulance PRF note. Call [[case_reference:CAD 2207114]], [[date:9th Feb]], cabin crew member
        ([[name:Kerry-Ann Whyte]], [[age:34]]) collapsed on stand 41 with chest pain. Crew {{Alpha 214}}
        (paramedic [[name:Wes Adeyemi]], ECA [[name:Ruth]]) arrived at the airside gate at 1903 and waited
        14 minutes for an escort; {{Ops 2}} was at another job and no other escort was available. Patient
        was found to have a STEMI and went to the cath lab. Delay reported under {{Datix}}
        [[case_reference:W-558213]]. Airport has since agreed that RFFS can escort ambulances if Ops are
        committed.
        """)),
    ("health", "near_miss", log("""
        From: [[email:ohadvisor@halcyonhealth.co.uk]]
        Subject: Self referral - fatigue
        Hi [[name:Tunde]],
        [[name:Rosie Tran]] (ATCO, staff [[case_reference:4471029]]) self-referred today after a near-miss
        on nights, where she nearly gave a climb through occupied levels. She's on her 4th night in a row
        and has a new baby at home. I've recommended no nights for 6 weeks and a review on
        [[date:14 March]]. She is worried about her licence; please reassure her this is exactly what
        {{Just Culture}} is meant to cover. Her number is [[phone:07700 900631]] if you need to call.
        [[name:Abi]] (OH nurse adviser)
        """)),
    ("health", "incident", prose("""
        Airport medical centre - medication incident {{Datix}} [[case_reference:AMC-2024-041]]. Patient
        [[name:Imogen Faulkner-Reid]], DOB [[date_of_birth:02/02/1991]], NHS [[nhs_number:351 252 9178]],
        a passenger with a migraine, was given 10mg metoclopramide by nurse [[name:Colette]] from a pack
        that was labelled for an earlier patient; prescribed dose was 10mg so no harm, but the pack was
        not checked against the PGD. Found at end-of-day stock count on [[date:4/4/24]]. Patient phoned
        and informed, duty of candour letter sent. Learning: one patient, one tray; PGD check out loud.
        """)),
    ("health", "success", prose("""
        Aircrew hearing surveillance, annual clinic [[date:week of 11 Nov]]. 212 pilots and cabin crew
        tested. One FO, [[name:Marcus Ebbesen]] (staff [[case_reference:FO30551]]), showed a new 4kHz notch
        in the left ear. Follow-up found he'd been using a single-sided headset with the volume high on
        the older ATR fleet. He now uses an {{ANR}} headset and the notch had not progressed
        at review on [[date:20/02/2025]]. Because of his
        case the company replaced 40 old headsets. OH tech [[name:Faith Okoro]] spotted the change against
        last year's audiogram, which is the point of keeping baseline records.
        """)),
    ("health", "success", prose("""
        Ambulance handover, [[date:Sunday 28th]]. [[flight_number:VIR 45B]] diverted to MAN with a
        passenger, [[name:Grzegorz Nowicki]] ([[age:58]]), showing {{FAST}} signs from 1720Z. Cabin crew noted
        the time of onset on a napkin, which the crew passed to us. We pre-alerted
        [[organisation:Salford Royal]] stroke team and he was thrombolysed 41 min after arrival. Door to
        needle was only possible because onset time was known. Paramedic [[name:Naomi Fairweather]] has
        written to the airline to thank the crew, SCCM [[name:Tiago]].
        """)),
    ("health", "success", log("""
        To: [[email:peer.support@northway-air.co.uk]]
        Subject: thank you
        Just a note to say thank you to [[name:Glen]] and the peer support team. After the
        [[date:October 12th]] go-around incident I was not sleeping and was close to calling in sick
        every day. Talking to someone who also flies made it ok to see my GP. I'm back on the roster
        with the support of OH and my {{AME}} and no one in Flight Ops knows the details, which matters.
        [[name:Sam]] (FO, A320)
        """)),
    ("health", "incident", prose("""
        Needle-stick injury, [[date:17th June]]. A cabin cleaner employed by
        [[organisation:BrightCabin Services]], [[name:Lucia Moreno]], was cutting into a seat-back pocket on
        [[aircraft_registration:G-VWKD]] and was stuck by a used insulin needle left by a passenger. Seen at
        the airport medical centre within 40 min, wound washed, bloods taken and referred to the
        {{A&E}} for PEP assessment. Her NI no [[ni_number:SH 90 13 52 D]] and employer details passed to
        the insurer. Cleaners were not issued puncture-resistant gloves on this contract; now fixed.
        Incident ref [[case_reference:BCS-NSI-0019]].
        """)),
    ("health", "near_miss", prose("""
        {{PRM}}/ambulance near miss, [[date:Tues 2nd Jan]]. A passenger with reduced mobility,
        [[name:Edna Stirling]], [[age:88]], was being transferred from the aircraft to an ambulance
        via the jet bridge. The aisle chair brakes were not applied by the assistance agent
        ([[name:Kyle]]) while he opened the jet bridge door, and the chair rolled toward the slope. Crew
        paramedic [[name:Dawn Mitchell]] caught it. No injury. Assistance provider
        [[organisation:EasyMove PRM]] now requires brakes-on call out on every stop.
        """)),
    # ------------------------------------------------------------------ social care
    ("social_care", "success", prose("""
        Unaccompanied minor, [[date:Friday 1st September]]. [[name:Yusuf Demir]], [[age:9]], travelling
        IST-LHR-EDI on [[flight_number:TK 1979]], missed the connection after a 2 hr delay. The UM escort,
        [[name:Carla Boateng]], kept him airside with her in the {{UM lounge}}, rang mum on
        [[phone:+90 532 555 0147]] and dad in Edinburgh, and booked him on the last flight with her
        remaining with him until handover. Dad showed ID and the password matched. [[name:Yusuf]] drew a plane for
        [[name:Carla]]. Good practice: the escort stayed with the child throughout, no handover to a second
        agent. Case [[case_reference:UM-24-2281]].
        """)),
    ("social_care", "success", prose("""
        Children's services duty team note. {{Border Force}} at the airport referred a girl,
        [[name:Esther]] (states age [[age:17]]), arriving from Lagos on [[date:12/01/2024]], travelling
        with an adult male, [[name:Chukwuma Obi]], who held her passport and answered all questions for
        her. BF officer [[name:Patel]] separated them for interview. [[name:Esther]] disclosed that she had been
        promised work in a salon. {{NRM}} referral made, police ref [[case_reference:MPS 6612/12JAN]],
        placed in emergency foster care. Duty SW [[name:Lydia Harcourt-Bell]]. Case ref
        [[case_reference:CSC-441902]].
        """)),
    ("social_care", "incident", prose("""
        Repatriation case, [[name:Mihaela Popescu]], DOB [[date_of_birth:14/06/2011]]. The plan was for
        SW [[name:Owen Gittins]] to escort her to Bucharest on [[flight_number:W6 3302]] on
        [[date:20th October]], handing over to Romanian {{child protection}} at the airport. At check-in it
        was found that the travel document issued by the embassy had expired the previous day. Flight
        missed; [[name:Mihaela]] returned to the placement at [[address:12 Cedar Close, Crawley]]
        [[postcode:RH10 6QS]] distressed. Learning: document expiry dates must be checked 48 hrs before
        travel, not on the day. Case [[case_reference:WS-CP-20931]].
        """)),
    ("social_care", "success", prose("""
        Family liaison note, [[organisation:Northway Air]] crew welfare. Six long-haul crew are on a
        3-month wet-lease deployment in Jeddah. Their children at [[organisation:Harlington Primary
        School]] now meet every Thursday with the school's {{ELSA}}, [[name:Amber Kowalczyk]], and video
        call their parents. [[name:Jade]]'s mum reports fewer meltdowns at bedtime. The school got a
        list of the children only with parental consent. Contact for the group: [[name:Mo Rahimi]],
        [[email:crewfamilies@northway-air.co.uk]].
        """)),
    ("social_care", "near_miss", prose("""
        UM handover near miss, arrivals, [[date:07/08/24]]. A [[age:12]]-year-old girl,
        [[name:Zara Ahmed-Lowe]], was about to be handed to an adult who said he was her uncle. The
        agent ([[name:Bex]]) asked for the {{password}}; he didn't know it. The named collector on the
        form was aunt [[name:Farida Lowe]], who was stuck in traffic and had asked him to go instead.
        Handover refused, aunt arrived 40 min later with ID. Uncle was genuine, but the process worked.
        Form ref [[case_reference:UMF-77103]]. Reminder shared at briefing.
        """)),
    ("social_care", "incident", prose("""
        Age dispute. A young man, [[name:Abdirahman]], claimed asylum at the airport on
        [[date:3 Feb]] stating he was [[age:16]]. Border Force assessed him as an adult on appearance and
        placed him in adult detention overnight. The local authority was not told until the next
        morning; SW [[name:Precious Nyathi]] met him and took him into care pending a Merton-compliant age
        assessment, which concluded he was a child. Learning: the {{local authority}} must be notified
        before any adult placement when age is disputed. Ref [[case_reference:LA-UASC-0398]].
        """)),
    ("social_care", "success", log("""
        Crew welfare - out of hours log, [[date:Sat 22 Jun]]
        2140 Call from {{cabin crew}} [[name:Joy Mbatha]], stuck in PMI (tech, nightstop). Her childminder
        can't keep her son ([[name:Kai]], [[age:6]]) past 2200.
        2146 Emergency contact on file, grandad [[name:Bill Mbatha]], at [[address:7 Orchard Rise, Horley]]
        [[postcode:RH6 9EJ]], agreed to collect.
        2230 [[name:Bill]] confirmed [[name:Kai]] safe at his.
        Note: scheme worked because emergency contacts were updated at the spring check.
        """)),
    ("social_care", "success", prose("""
        Cabin crew {{trafficking}} awareness - positive outcome. On [[flight_number:EZY 3197]]
        [[date:19/05]], CC [[name:Tamsin Greer]] noticed a teenage boy who did not know the destination
        address, had no bag and was watched closely by the man next to him. She used the discreet
        "code" message to the flight deck, Capt [[name:Varga]] sent it through ops, and police met the
        aircraft. The boy, [[name:Adnan]], [[age:15]], is now with the local authority. [[name:Tamsin]] credited
        the training scenario from recurrent. Police ref [[case_reference:SXP-19052-0443]].
        """)),
    ("social_care", "incident", prose("""
        Repatriation of a child, [[name:Leila Haddad]], DOB [[date_of_birth:30/09/2014]]. Her mother
        was detained overseas and the {{Foreign Office}} asked us to receive her at
        arrivals on [[date:11th Dec]]. The foster placement was confirmed but the
        carer's name was wrong on the notification and airport police would not
        release her. She waited 3 hrs in the police office. Fostering team contact [[name:Ivy Chen]]
        ([[phone:01293 496018]]) resolved it. Learning: confirm carer name with the agency the day
        before. Case [[case_reference:CP-3319-LH]].
        """)),
    ("social_care", "near_miss", prose("""
        Missing child airside, Terminal 2, [[date:Aug 14]]. [[name:Oscar Fitzwilliam]], [[age:5]], lost his
        dad [[name:Ravi]] in duty free at 1015. Dad reported to a shop assistant who called Control on
        channel 3; CCTV found [[name:Oscar]] near gate 210 within 8 minutes and security officer
        [[name:Miles Okeke]] stayed with him. Reunited at 1029. The "{{Code Adam}}" lockdown was not needed.
        Learning: staff knew the procedure and gave one clear description. Log
        [[case_reference:SEC-T2-24-1187]].
        """)),
]


def main() -> None:
    records = build_records("blind35", REPORTS)
    write_records(OUT, records)


if __name__ == "__main__":
    main()
