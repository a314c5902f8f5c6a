"""Blind held-out corpus 23: regional UK aviation, then health and children's social care.

Setting: about half the reports come from regional airports and heliports (Exeter, Newquay,
Bristol, Belfast City, Aberdeen, Inverness, Jersey, Southampton) and cover flight crew, cabin
crew, licensed engineers, ground handlers, ATC, offshore helicopter and air ambulance crews.
They are written as confidential CHIRP/ASRS-style narratives, MOR entries, tech-log pages,
radio transcript extracts, watch logs and e-mails. The rest are health reports (air ambulance
handovers, rural GP practices, community hospitals) and children's social care reports from
rural South West England and the Scottish border.

Voice: terse pilot and engineer abbreviations, first-person confidential reports, shift logs,
ATMIST handovers, case notes and e-mails with signatures, with typos and lower-case names.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from markup import block as T  # noqa: E402
from markup import build_records, write_records  # noqa: E402
from markup import flow as P  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "corpus" / "heldout_blind23.jsonl"


REPORTS = [
    # ------------------------------------------------------------------ aviation (25)
    ("aviation", "incident", T("""
        MOR ref: [[case_reference:OR-2024-08817]]
        Date: [[date:14/02/2024]]   Location: Exeter, stand 4
        A/c: {{ATR 72}}-600 [[aircraft_registration:G-ISLK]]  Flt: [[flight_number:T3 451]]
        Reporter: dispatcher, [[organisation:Westcountry Aviation Services]]
        Narrative: during turnaround the GPU cable was driven over by the catering hi-loader (driver
        [[name:Dale Penrose]], agency). Insulation split approx 30cm. GPU isolated by ramp lead
        [[name:K. Oyelaran]] and a/c switched to {{APU}}. Nil injury. [[name:Penrose]] stated the
        {{wing walker}} had been pulled to assist on stand 6. Engineering ([[name:Stu]]) inspected a/c
        receptacle - nil damage found. Delay 38 min. Ground ops mgr informed, safety team ref
        [[case_reference:GSR-1193]].
        """)),
    ("aviation", "near_miss", P("""
        I was {{first officer}} and PF on [[flight_number:EZY 6532]] out of Newquay on
        [[date:Saturday 9th March]]. The captain ([[name:Marcus Bellamy-Hughes]]) was on his fifth sector
        of a six sector day and was visibly tired. Taxiing for RW30 we were told to hold at A2 but
        [[name:Marcus]] rolled past the holding point; I called STOP and we ended up approx 10m beyond the
        markings - a potential {{runway incursion}}. Tower ([[name:Jen]] I think, the voice was familiar)
        stayed calm and gave us line up as there was no traffic. Nobody mentioned it again on frequency.
        I filed an ASR the next morning (our ref [[case_reference:ASR 24/0311]]) but heard nothing for
        three weeks. I want CHIRP to know that rostering six sectors off a 0515 report is normal on this
        base and that fatigue reports are openly discouraged by the base captain, [[name:Toby Grange]].
        Aircraft was [[aircraft_registration:G-UZHK]].
        """)),
    ("aviation", "success", T("""
        TECH LOG PAGE [[case_reference:TL 004417]]   [[aircraft_registration:G-CIPW]]   {{AW139}}
        [[date:03-11-23]]  ABZ hangar 2
        DEFECT: crew rep #2 ENG CHIP caution illuminated in cruise, a/c returned to ABZ.
        ACTION: #2 eng MCD removed + inspected, small qty fine fuzz, within AMM limits. Cleaned,
        refitted, g/run 20 min nil recurrence. Oil sample taken, lab ref [[case_reference:OSA-77120]].
        CERT: [[name:A. Macrae]]  B1  lic [[case_reference:UK.66.41187]]
        IND INSP: [[name:G Sutherland-Wylie]]
        NOTE: good call by crew ([[name:Iain]] + [[name:Priya]]) - followed {{QRH}} exactly and elected to
        return rather than press on offshore. Thanks passed on by {{CAMO}} ([[name:Lorna]]).
        """)),
    ("aviation", "incident", P("""
        ok so i was loading hold 4 on the {{A320}} for [[flight_number:U2 2217]] and the belt loader went
        into the door sill. drivers name was [[name:jamie]] (new starter, 2nd week). nobody was acting as
        {{banksman}}, team leader [[name:Wiktoria Nowak]] was over on another stand. we told the captain
        straight away and engineers found a dent about 4cm below the sill so the a/c went tech and pax
        got offloaded. [[name:jamie]] was really shaken and i dont think he had proper training on the
        loader, he told me he only did the e-learning. supervisor [[name:Gaz]] said keep it quiet till
        the morning brief but i rang the {{duty manager}} anyway cos thats not right. Date was
        [[date:22/07]], reg [[aircraft_registration:G-EZWX]], my staff no is [[case_reference:SH-20931]].
        thanks [[name:Kerry-Ann]]
        """)),
    ("aviation", "success", T("""
        Extract - Jersey Approach 120.300 - [[date:17 Aug 2023]] 1412Z
        [[flight_number:BCI821]]: {{MAYDAY}} MAYDAY MAYDAY, smoke in the cabin, request immediate return
        APP: [[flight_number:BCI821]] MAYDAY acknowledged, turn left heading 060, descend altitude 2000ft,
        {{QNH}} 1012, runway 26 expect ILS
        [[flight_number:BCI821]]: left 060, 2000ft, 1012, we'll need the fire service on arrival
        APP: fire service alerted, you are number one, no other traffic
        Unit comment: controller [[name:Hélène Le Brocq]] coordinated with tower ([[name:Matt Renouf]])
        and {{RFFS}} within 40 seconds. Landed 1421, smoke traced to a galley oven. Watch manager
        [[name:D. Falla]] recommends using this extract in the next TRM refresher.
        Occurrence ref [[case_reference:JSY-OCC-0456]].
        """)),
    ("aviation", "near_miss", P("""
        Confidential. I was commander on an {{S-92}} crew change flight ([[flight_number:BHL 41Y]],
        [[aircraft_registration:G-WNSR]]) out of Aberdeen on [[date:2 December]]. On approach the
        {{HLO}} ([[name:Craig Duthie]]) reported deck clear and green. On short finals my co-pilot
        [[name:Aneta Kowalczyk]] spotted a scaffolding tarp come loose on the north edge of the helideck
        and lift up into the {{obstacle-free sector}}. We went around. The radio op ([[name:Bernie]])
        later admitted the tarp had been reported an hour before but the message never reached
        [[name:Duthie]]. OIM [[name:R. Mackie]] was apologetic and the deck crew tied it down quickly. My
        concern is that the installation helideck checklist has no FOD sweep after crane ops next to the
        deck. Company report ref [[case_reference:SR-HEL-2291]].
        """)),
    ("aviation", "success", T("""
        From: [[name:Siobhan McAteer]] <[[email:s.mcateer@emerald-crew.co.uk]]>
        To: Cabin Safety
        Subject: Commendation - [[flight_number:EI 3702]] BHD-SOU [[date:05/06/24]]

        Hi all,
        Just flagging brilliant work by {{SCCM}} [[name:Orla]] and crew member [[name:Faith Adebayo]] on
        this sector. Pax in 14C (female, approx [[age:60]]) became drowsy and unresponsive in the climb.
        [[name:Faith]] spotted her diabetic bracelet, suspected a {{hypo}} and gave glucose gel from the
        {{FAK}}, while [[name:Orla]] put out a PA for medical help - a retired GP onboard assisted.
        Capt [[name:Hendry]] continued to Southampton as pax recovered; paramedics met the a/c on stand.
        Can we put this in the next crew newsletter?
        Thanks,
        [[name:Siobhan]]
        Base Manager BHD | [[phone:07700 900 562]]
        """)),
    ("aviation", "incident", T("""
        WATCH LOG - Inverness ATC - [[date:Tue 12/03/24]]
        0600 Watch open. [[name:McLeod]] (WM), [[name:Farquhar]], [[name:Sandy B]]
        0655 RW inspection by airport ops ([[name:Ewan]]) - bird remains at 1000m mark, removed
        0808 [[flight_number:LM 682]] reports {{birdstrike}} on short final RW23, landed normally
        0813 RW closed for inspection, 2 arrivals holding
        0841 RW reopened. [[flight_number:LM 682]] tech, radome damage, [[aircraft_registration:G-LMRC]] {{AOG}}
        0900 [[name:Farquhar]] submitted occurrence report [[case_reference:INV/ATC/24/031]]
        1120 Wildlife control ([[name:Duncan Fraser-Ross]]) reports goose flock roosting on stubble at
        [[address:Dalcross Mains Farm]], landowner contacted. {{NOTAM}} requested for bird hazard.
        1400 Watch handed over to [[name:Sandy B]]
        """)),
    ("aviation", "success", T("""
        HEMS mission log - [[organisation:Cornwall Air Ambulance]] - [[date:28/07/2023]]
        Mission no [[case_reference:23/1187]]   a/c [[aircraft_registration:G-CRWL]] ({{AW169}})
        Crew: pilot [[name:Jonty Ellery]], CCP [[name:Sunita Bhatt]], doctor [[name:Fergus]]
        1432 Tasked RTC, rural lane, 2 vehicles
        1441 Recce of field next to [[address:Trewince Farm, St Mabyn]]. [[name:Sunita]] called wires
        crossing the western edge that were not on the chart - pilot aborted the first approach and
        landed from the east. Farmer Mr [[name:Hocking]] moved cattle + opened the gate for the crew.
        1520 Lifted with pt, {{RSI}} on scene
        1536 Landed [[organisation:Derriford]] helipad, handover to ED trauma team
        Debrief: excellent {{CRM}}, wires now added to the company hazard map.
        """)),
    ("aviation", "near_miss", P("""
        I'm a low hours PPL with [[organisation:Solent Flyers]]. On [[date:Sun 21 April]] I took club
        {{PA-28}} [[aircraft_registration:G-BSXT]] out of Southampton for a local VFR flight with my
        mate [[name:Rob]] as passenger. Solent Radar passed traffic info on a {{Dash 8}} inbound, which
        I acknowledged, but I got distracted by [[name:Rob]] asking about photos and let the aircraft
        climb through 2000ft into the CTA. The controller asked me to descend immediately and gave me a
        number to call after landing. I spoke to [[name:Nikhil Rao]] at the unit, who was supportive and
        explained how close the Dash was. My instructor [[name:Bev Stannard]] debriefed me and the CFI is
        running an {{airspace infringement}} refresher for all members. Lesson: passengers are a
        distraction, brief them before start. Licence [[case_reference:UK.FCL.PPL.0912266]].
        """)),
    ("aviation", "incident", P("""
        Engineering occurrence, Southampton line station. Night shift [[date:19/09]]. Crew reported the
        FO {{PFD}} blanking momentarily twice in descent on [[aircraft_registration:G-JECZ]]
        ({{Dash 8 Q400}}), tech log page [[case_reference:098812]]. B1 [[name:T. Oduya]] raised an ADD
        against the wrong {{MEL}} item (display unit rather than the symbol generator) and the aircraft
        departed next morning as [[flight_number:LOG 71K]]. The error was picked up by day shift lead
        [[name:Neil]] when reviewing ADDs and the aircraft was held on return. No recurrence of the
        defect in flight. [[name:Oduya]] had covered two extra nights that week because [[name:Kasia]]
        was off sick. Internal ref [[case_reference:ENG-QN-2419]]. Station manager to review single-person
        night certification.
        """)),
    ("aviation", "success", T("""
        Shout out to the de-icing team on the night of [[date:8th-9th Jan]] at Aberdeen -
        [[name:Ayo]], [[name:Tam]] and [[name:Bex]] from [[organisation:Granite Ground Handling]].
        Heavy freezing fog, 14 departures. When [[flight_number:BA 1309]] was delayed on stand [[name:Tam]]
        recalculated the {{holdover time}} and told the captain they would need a second treatment with
        {{Type IV fluid}} rather than let the crew go with the first one. Captain agreed, thanked the team
        on the radio. Nil late departures due to de-ice after 0500.
        Cheers
        [[name:Morag Innes-Kerr]]
        Station Manager | [[phone:01224 722 489]]
        """)),
    ("aviation", "near_miss", T("""
        Bristol Radar 125.650 - [[date:4/10/2023]] 1755Z - extract
        APP: [[flight_number:EZY47KP]] climb FL70
        [[flight_number:EZY47KP]]: climb FL70, [[flight_number:EZY47KP]]
        (aircraft observed passing FL72 climbing)
        APP: [[flight_number:EZY47KP]] stop climb, descend FL70 immediately, traffic 12 o'clock 4 miles
        [[flight_number:RYR9QV]]: {{TCAS RA}}, [[flight_number:RYR9QV]]
        Notes: min separation 2.6nm/600ft. Controller [[name:Grace Obi]] under training, {{OJTI}}
        [[name:summer]] took over the frequency. Crew later said the FO set FL80 in the FCU after
        readback. Occurrence [[case_reference:BRS-24-0077]].
        """)),
    ("aviation", "success", P("""
        Cabin crew report - PRM assistance, Jersey to Exeter, flight
        [[flight_number:BCI 402]] on [[date:30th May]]. Passenger Mr [[name:Tomasz Wiśniewski]] travelling
        with an assistance dog and a powered wheelchair with a lithium battery. Ground handler
        [[name:Leanne]] from [[organisation:Island Ramp Services]] had checked the battery type and
        disconnection on the {{dangerous goods}} form, but the paperwork had not reached the captain.
        {{No.1}} [[name:Chloe Vibert]] noticed the {{NOTOC}} had no entry and held the door until it was
        sorted. Took 6 minutes. Mr [[name:Wiśniewski]] thanked the crew and said it was the first time
        anyone had explained what was happening with his chair. Good teamwork.
        """)),
    ("aviation", "incident", T("""
        ASR - laser illumination
        Flt [[flight_number:EI 3813]]  reg [[aircraft_registration:EI-FNJ]]  [[date:Fri 1st Nov]] 1846L
        Approach RW22 Belfast City, 4nm, 1300ft. Green laser from the east shore, 3 sweeps,
        the last one into the flight deck. Capt [[name:Bríd Ní Mhurchú]] PF, FO [[name:Callum Heron]]
        looked away and took control for the landing as briefed. Landed safely.
        Tower informed, passed to police, ref [[case_reference:CW-2091-011124]].
        FO [[name:Heron]] had blurred vision in the R eye for approx 20 min, seen by company doctor,
        stood down next day. Reported on {{ECCAIRS}} and to {{CAA}}.
        """)),
    ("aviation", "success", P("""
        Tool control save, Exeter hangar, late shift [[date:Wed 10 July]]. At end of shift the shadow
        board showed a 3/8 torque wrench missing. [[aircraft_registration:G-FBJK]] ({{Embraer 175}})
        was due out at 0620 after a #2 engine borescope. B1 [[name:Will Hannaford]] stopped the
        paperwork and would not release the aircraft until it was found; mechanic [[name:Zeynep]] and
        apprentice [[name:Cal]] searched for 40 mins and found it inside the #2 nacelle behind the
        fan cowl. Nil damage. [[name:Hannaford]] raised an internal report, ref
        [[case_reference:QR-EXT-3310]], to praise the team rather than blame anyone - {{just culture}}
        working as it should.
        """)),
    ("aviation", "near_miss", P("""
        fuelling near miss, Exeter stand 9, [[date:16/08/24]]. Bowser [[vehicle_registration:WK19 FXT]]
        from [[organisation:Exe Aviation Fuels]] was still connected to the {{Q400}} when boarding started
        - gate agent [[name:Charmaine]] had not been told fuelling was in progress and nobody was at the
        front door. Fueller [[name:Andy Luscombe]] saw pax walking past the hose and stopped the pump.
        No spill. {{fuelling with passengers on board}} was not authorised for that flight
        ([[flight_number:LOG 83E]]). Crew were also unaware. Ramp supervisor [[name:Yusuf]] has asked
        for a cone + radio call standard. Handling ref [[case_reference:EXT-GH-0915]].
        """)),
    ("aviation", "incident", T("""
        MOR entry [[case_reference:2023/21907]]
        Date/time: [[date:07 NOV 2023]] 0935
        Flight: [[flight_number:EZY 839]] SOU-EDI, a/c [[aircraft_registration:G-EZOP]]
        Event: cabin crew injury - galley trolley rolled during climb, brake not set after
        the bar service set-up. CC [[name:Marisol Ferreira]] (staff [[case_reference:E773015]]) struck on
        L ankle. First aid given by {{No.1}} [[name:Dan]]. Captain informed, continued.
        [[name:Marisol]] met by paramedics at EDI, X-ray nil fracture, {{soft tissue injury}}.
        Follow-up: trolley brake pedal found sticky, trolley withdrawn by engineering.
        """)),
    ("aviation", "success", P("""
        Captain's report, [[flight_number:LM 561]] Inverness to Stornoway, [[date:23/01/2024]],
        [[aircraft_registration:G-SAJN]]. Gusting 38kt on approach RW18, mod turbulence. At 300ft FO
        [[name:Heather Mackinnon]] called "speed" as we lost 15kt in a gust and I initiated a
        {{go-around}} without hesitation. Second approach stable, landed. We talked afterwards and
        [[name:Heather]] said she nearly didn't call it because she was new on type; I made a point of
        thanking her in front of the cabin crew. Sharing as good CRM - the SOP call worked.
        Capt [[name:Angus Matheson]]. Company ref [[case_reference:LOG-FSR-0823]].
        """)),
    ("aviation", "near_miss", P("""
        UAS sighting, Newquay. [[date:Sat 13 April 2024]] approx 1610L. Crew of [[flight_number:RUK 26X]]
        reported a drone at 1200ft, 2nm final RW30, passed within 100m to the left. Tower controller
        [[name:Jago]] stopped departures for 25 min and informed police. Officers traced the operator,
        [[name:Liam Pascoe]], flying from the garden of [[address:4 Tregunnel Hill, Newquay]]
        [[postcode:TR7 2AU]] inside the {{FRZ}}. He had no {{Flyer ID}} and said he did not know about
        the restriction. Police ref [[case_reference:50240413-0662]]. Airport ops ([[name:Sophie]])
        will repeat the leaflet drop in the local estates.
        """)),
    ("aviation", "success", P("""
        Heliport security / dispatch, Aberdeen, [[date:19th October]]. During the pre-flight brief for the
        0710 shuttle, dispatcher [[name:Fraser]] noticed a passenger, Mr [[name:Gheorghe Popescu]], fiddling
        with his immersion suit pocket. On a polite check he found two spare vape batteries not declared
        at check-in. Batteries removed and handed to {{security}}, passenger re-screened, flight left
        8 min late. [[name:Popescu]] said he'd been told it was fine on fixed wing. Team leaders
        [[name:Eilidh]], [[name:Ravi]] and [[name:Mo]] are adding a line to the {{safety briefing}} video.
        Manifest ref [[case_reference:PXM-191023-07]]. Nice attentive work.
        """)),
    ("aviation", "incident", P("""
        I am a licensed engineer at a small line station. In the week of [[date:3rd June]] I worked
        four 13 hour nights in a row on our two {{ATR 42}}s because the station is one person short.
        On the last night I signed for a main wheel change on [[aircraft_registration:G-ORAF]] and did not
        fit the locking bolt properly. The next shift ([[name:Patrick]]) found it on the walkround. I
        reported it myself (ref [[case_reference:MEDA-1102]]) and the company were reasonable, but our
        manager [[name:Clive Agnew]] then asked me to do the same rota again the following week. I
        believe a fatigue risk management system exists on paper only here. {{Part-145}} duty limits
        should be enforced by the {{CAA}}.
        """)),
    ("aviation", "near_miss", P("""
        Jersey fog, [[date:Monday 6th]]. [[flight_number:BCI 117]] from Southampton. {{RVR}} went below
        minima as we reached the IAF; we held for 15 min then diverted to Guernsey, landing with 20 min
        more than {{final reserve fuel}}. In hindsight we should have taken more than the planned
        extra; the TAF had TEMPO 0300 FG. My FO [[name:Jonas Lindqvist]] suggested it at the planning
        stage and I (Capt [[name:Kernow]]) declined to save weight. Ops controller [[name:Rachael]]
        later confirmed two other operators had uplifted extra that morning. Aircraft
        [[aircraft_registration:G-ISLM]]. I am sharing this because it would have been a min fuel
        call if Guernsey had also gone down.
        """)),
    ("aviation", "success", P("""
        Airside ops, Exeter, [[date:02/02/2024]] 2214. Contractor van [[vehicle_registration:WA21 OPX]]
        ([[organisation:Clyst Electrical]]) approached the runway at holding point Alpha on the way to the
        AGL substation. The {{stop bar}} was lit and driver [[name:Matty Crocker]] stopped and called the
        tower as briefed. ATC ([[name:Pru]]) held him for an inbound {{Embraer 195}} and then cleared him
        across. The escort who should have been with him ([[name:Lee]]) had been called away - that part
        needs sorting, but the driver's airside training clearly worked. Permit no
        [[case_reference:ADP-05527]].
        """)),
    ("aviation", "incident", P("""
        Rotor running loading, Highlands, [[date:25.08.23]]. [[organisation:Scotland's Charity Air Ambulance]]
        {{H145}} [[aircraft_registration:G-SCAA]] landed at a shinty pitch for a cardiac arrest. While
        paramedic [[name:Shona Grieve]] and TCC [[name:Olu]] were loading the patient, a bystander,
        the patient's nephew [[name:Kenny]], walked towards the tail
        rotor to pass over a bag. Pilot [[name:Alasdair]] saw it and shouted over the intercom; [[name:Olu]]
        blocked him. Nobody hurt. Patient to [[organisation:Raigmore]]. Learning: scene safety cordon
        needs a crew member at the tail when police not yet on scene. Ref [[case_reference:SCAA-SR-118]].
        """)),
    # ------------------------------------------------------------------ health (15)
    ("health", "success", T("""
        {{ATMIST}} handover - [[organisation:Devon Air Ambulance]] to [[organisation:RD&E]] ED resus
        [[date:11/05/24]] 15:52
        Pt: [[name:Tegan Moyle]]  DOB [[date_of_birth:02/09/2006]]  NHS [[nhs_number:600 494 0356]]
        A - [[age:17]]yo F, thrown from horse approx 1400, lane by [[address:Higher Venton Farm, Chagford]]
        M - fall onto head (helmet split), kicked L chest
        I - GCS 13 (E3 V4 M6), reduced AE L base, no {{pneumothorax}} on POCUS, pelvis stable
        S - HR 118, BP 104/66, RR 24, SpO2 94% on 15L
        T - {{ketamine}} 20mg IV, TXA 1g, pelvic binder
        Handed over by CCP [[name:Ollie Vranch]] to trauma lead Dr [[name:Adeyemi]]. Mum ([[name:Claire]])
        on way by road, mob [[phone:07700 900 318]]. Good practice noted: bay silent during handover.
        """)),
    ("health", "incident", P("""
        Datix [[case_reference:W-118234]]. [[organisation:Tamar Valley Surgery]]. Mrs [[name:Edna Polglase]],
        [[age:84]], NHS no [[nhs_number:990 497 8883]], was issued {{methotrexate}} 10mg DAILY instead of
        weekly on [[date:6 Feb]] by a {{locum}} GP, Dr [[name:Qureshi]], when a hospital letter was
        transcribed. Pharmacist [[name:Gemma]] at [[organisation:Holsworthy Pharmacy]] queried it on the
        fourth day after the patient's daughter rang about mouth ulcers. Admitted to
        [[organisation:North Devon District Hospital]], neutropenic, treated with {{folinic acid}} and
        discharged after 6 days. Practice to remove free-text methotrexate dosing and require two-person
        check on repeat set-up. Discussed with family ([[name:Jenny]]) under duty of candour.
        """)),
    ("health", "near_miss", P("""
        Near miss on ward 2, [[organisation:St Ruan Community Hospital]], [[date:Thursday 14th]] tea time.
        Two ladies with nearly the same name, [[name:Jean Trethewey]] (bay 3) and
        [[name:Joan Trethewey]] (bay 4). HCA [[name:Lou]] took the BM for bay 4 and wrote it on the
        wrong chart; staff nurse [[name:Precious Moyo]] drew up the {{insulin}} correction dose and
        only stopped because the {{wristband}} NHS number ([[nhs_number:339 337 4214]]) did not match
        the chart ([[nhs_number:208 964 9836]]). No harm. Name alert now on the board and both
        patients moved to different bays. [[name:Precious]] fed back at huddle - thanks for speaking up.
        """)),
    ("health", "success", P("""
        Practice nurse [[name:Sam Ellacott]] at [[organisation:Moorview Surgery]], Ashburton, was giving
        [[age:8]] week imms to baby [[name:Alfie-James]] on [[date:12/09/23]] and noticed a small bruise on
        his upper arm. Followed the {{bruising in non-mobile infants}} protocol, spoke to Dr
        [[name:Hollis]] the same hour, who referred straight to the {{MASH}} and the paediatric team at
        [[organisation:Torbay Hospital]]. Mum [[name:Shannon]] was upset but was told clearly why.
        Skeletal survey normal, a plausible explanation confirmed and the {{health visitor}}
        [[name:Pam Lugg]] visited the next day. Good example of following the guideline even when it
        feels awkward.
        """)),
    ("health", "incident", T("""
        INCIDENT - unwitnessed fall, [[organisation:Launceston Community Hospital]] - [[date:03/03/24]] 0245
        Pt Mr [[name:Arthur Jory]], [[age:88]], NHS [[nhs_number:359 736 8980]], admitted for rehab post UTI.
        Found on floor by bed by night HCA [[name:Bogdan]]. Bed alarm had been switched off at 2200
        (not documented who). {{Falls risk assessment}} last updated on admission. Shortened rotated
        L leg - suspected #NOF. 999, transferred to [[organisation:Derriford]], hemiarthroplasty.
        Daughter [[name:Sue Jory]] informed 0320 on [[phone:01566 773 104]].
        NIC [[name:Rhiannon]]. Datix [[case_reference:LCH-2024-0311]].
        Learning: {{bed sensor}} checks on each intentional rounding.
        """)),
    ("health", "near_miss", P("""
        CD register discrepancy at the airbase, [[date:Tues 2nd July]]. Morning check by CCP
        [[name:Lucy Brennan-Hale]] found one 10mg {{morphine}} ampoule not accounted for in the red drug
        bag. Previous mission's paramedic [[name:Dev]] was called at home and remembered the patient had
        refused analgesia; the ampoule was found tucked in the side pocket of the bag, seal intact.
        Register was signed as 'given' in error. No patient harm, no loss. Reported to the
        {{CDLO}} and clinical lead Dr [[name:Fairweather]]. Case ref [[case_reference:CD-AA-0702]]. Bag
        layout to be changed so ampoules have one home only.
        """)),
    ("health", "success", P("""
        DN visit to Mrs [[name:Morwenna Nance]] at [[address:Chy an Gwyns, Zennor]],
        [[postcode:TR26 3DA]], [[date:Friday 19th Jan]]. Lives alone, [[age:91]], very remote. Heel red but
        blanching, {{Waterlow}} 19. [[name:Kim]] (DN) arranged a dynamic mattress the same afternoon from
        the equipment store and talked neighbour [[name:Tristan]] through repositioning when he calls in.
        OT ([[name:Anjali]]) visited Monday for a recliner assessment. Two weeks later skin intact, no
        {{pressure ulcer}}. Mrs [[name:Nance]] said "nobody's made such a fuss of my feet". Good team
        working across a very rural caseload.
        """)),
    ("health", "incident", P("""
        discharge incident. Mr [[name:Ronald "Ron" Blamey]], [[age:79]], NHS [[nhs_number:502 072 1549]],
        home to [[address:2 Chapel Row, Bere Alston]] [[postcode:PL20 7EX]] on [[date:Friday 8/11]] at
        1830 without his {{TTOs}} - pharmacy had shut and nobody chased. He missed two doses of
        {{apixaban}}. His wife rang 111 on the Saturday; OOH GP (Dr [[name:Ama Owusu]]) arranged
        supply. [[name:Ron]] had no harm. Ward manager [[name:Tasha Rowe]] has asked that no discharge
        goes after 1600 on a Friday without TTOs in hand. Datix [[case_reference:118-4402]].
        """)),
    ("health", "near_miss", P("""
        Results letter near miss, [[organisation:Kingsbridge Medical Practice]]. Two patients called
        [[name:David Hext]], one DOB [[date_of_birth:14/06/1958]], NHS [[nhs_number:530 218 9208]], the other DOB
        [[date_of_birth:22/01/1987]], NHS [[nhs_number:278 493 8735]]. An abnormal {{HbA1c}} letter for the
        older man was addressed to the younger one at [[address:Flat 6, Quay House, Embankment Road]]
        [[postcode:TQ7 1JQ]]. Receptionist [[name:abi]] spotted the age on the envelope check before
        posting. Both records now carry a 'same name' alert. SEA booked for [[date:Wednesday 27th]].
        """)),
    ("health", "success", P("""
        MIU good catch: [[age:71]] year old Mr [[name:Gerald Sweet]] walked into [[organisation:Bude MIU]]
        with 'a bit of a cough'. ENP [[name:Rosie Tamblyn]] did full obs: RR 26, HR 112, BP 92/58, temp
        38.9, new confusion - NEWS2 8. She started the {{Sepsis Six}} and gave IV antibiotics within 45
        minutes while waiting for the ambulance; transfer to [[organisation:RCHT]]. Diagnosed {{pneumonia}}
        with sepsis, home after 5 days. Wife [[name:Margaret]] wrote to thank the unit. Ref
        [[case_reference:MIU-GP-2311]].
        """)),
    ("health", "incident", T("""
        Incident - missing ePCR at handover
        [[date:14/04/2024]], [[organisation:Raigmore]] ED
        Patient: [[name:Callum Mackay]], [[age:34]], fall from height at a croft near Drumnadrochit.
        Air ambulance crew ([[name:Iona]] and [[name:Pete Somerville]]) gave a verbal {{ATMIST}}, but the
        electronic record failed to sync and paper copy left in the aircraft. ED team unaware
        {{tranexamic acid}} had already been given; a second dose was drawn up and stopped only when
        [[name:Iona]] rang back. Ref [[case_reference:SCAA-CI-0414]].
        Action: paper summary to be handed over every time until the tablet sync issue is fixed.
        """)),
    ("health", "success", P("""
        Dispensing near miss captured, [[organisation:Hartland Surgery]] dispensary, [[date:9 October]].
        Dispenser [[name:Dawn]] picked {{amiloride}} instead of {{amlodipine}} for Mr
        [[name:Percy Heard]] (DOB [[date_of_birth:30/03/1941]]) - shelved next to each other. Her second
        check against the script caught it before the bag was sealed. She logged it the same day and
        the practice manager [[name:Lyn]] moved the stock and added shelf-edge 'look-alike' labels. Thank
        you [[name:Dawn]] - exactly the reporting culture we want.
        """)),
    ("health", "near_miss", P("""
        Transfer from [[organisation:Tiverton Hospital]] to the acute trust, [[date:20th December]].
        Mrs [[name:Ivy Penhaligon]], [[age:92]], on 2L {{oxygen}}. Porter [[name:Kev]] took her to the
        ambulance with a portable cylinder that had not been checked; crew found it nearly empty and
        her SpO2 dropped to 86% before they switched to the vehicle supply. No lasting harm. Cylinder
        had been returned to the 'full' rack by mistake. Matron [[name:Alison Wheeler]] has asked for
        tags on all cylinders. Datix [[case_reference:TH-19920]].
        """)),
    ("health", "incident", T("""
        From: [[name:Jo Penwarden]] <[[email:jo.penwarden@nhs-practice.example.net]]>
        Sent: [[date:Mon 15 Jan 2024]] 17:42
        To: [[email:clare.penrose@gmail.example.com]]
        Subject: RE: flu clinic list

        Apologies - I have just realised the spreadsheet of 32 housebound patients (names, addresses,
        NHS numbers) went to a personal address instead of [[email:clare.penrose@nhs-practice.example.net]]
        (Outlook autocomplete). I have asked for it to be deleted. Our {{Caldicott Guardian}}
        Dr [[name:Menheniott]] is aware and we are deciding on {{ICO}} notification.
        [[name:Jo]]
        Practice Manager, [[organisation:Perranporth Surgery]] | [[phone:01872 572 906]]
        """)),
    ("health", "success", P("""
        Thank you card received, [[organisation:Stratton Community Hospital]], [[date:22/04/2024]]:
        family of [[name:Bill Northey]] ([[age:86]]) thanked nurses [[name:Amber]] and [[name:Sian]] for
        his last days. Team had set up a {{syringe driver}} with {{midazolam}} and morphine and kept
        anticipatory meds ready, so he did not need transfer. Wife [[name:Joy]] stayed overnight in a
        side room and the chaplain visited. Ward sister Mrs [[name:Chudleigh]] asked that the card be
        shared at the staff meeting as an example of good end of life care.
        """)),
    # ------------------------------------------------------------------ social care (10)
    ("social_care", "incident", P("""
        Missing from placement. [[name:Kacey-Leigh Bray]], DOB [[date_of_birth:17/10/2009]], [[age:14]],
        placed with foster carers [[name:Pete]] and [[name:Lorraine Vosper]] at [[address:Lower Combe,
        Hatherleigh]]. Did not return from [[organisation:Okement Academy]] on [[date:11 June]]; carers
        reported to police at 1915 using the {{Philomena Protocol}} form. Police ref
        [[case_reference:DC-20240611-0734]]. Found 0130 in Exeter with an older male. {{Return home
        interview}} by [[name:Zara]] on the [[date:13th]]. Learning: carers had flagged new phone and money on
        [[date:3rd June]] but the allocated SW [[name:Ben Ashworth]] was on leave and no one picked it up.
        LCS [[case_reference:1207733]].
        """)),
    ("social_care", "success", P("""
        Cross-border kinship placement. [[name:Rhys]] ([[age:11]]) moved from Northumberland to his
        great-aunt [[name:Moira Elliot]] near Jedburgh on [[date:21 August 2023]]; her kinship allowance form
        went in the same week (NI
        [[ni_number:SH 73 40 18 C]]). [[organisation:Hexham
        Children's Team]] and the Scottish social worker ([[name:Kirsty Laidlaw]]) held a joint meeting
        before the move so the {{Children's Hearing}} had the English plan in front of it, and the
        school's {{named person}} (Mr [[name:Ruaridh Blyth]]) was invited. Everyone used the
        {{GIRFEC}} wellbeing indicators alongside the English assessment. [[name:Rhys]] started school on
        day one of term. Good example of two systems talking.
        """)),
    ("social_care", "near_miss", T("""
        Contact log - [[organisation:Bridge House Family Centre]] - [[date:Sat 18/05]]
        10:00 [[name:Lily-Mae]] ([[age:4]]) arrived with foster carer [[name:Jess]].
        10:05 {{mum}} [[name:Chantelle]] arrived in a car driven by [[name:Dean Searle]]
        ([[vehicle_registration:WF68 KZN]]). [[name:Dean]] is NOT approved for contact (risk assessment).
        10:06 Contact worker [[name:Nadia]] kept [[name:Lily-Mae]] in the playroom, asked [[name:Dean]] to
        wait off site. He refused at first, then left.
        10:15 {{Supervised contact}} went ahead with mum only. Went well.
        Note: reception let the car into the car park - front desk needs the list of unapproved adults.
        """)),
    ("social_care", "success", T("""
        Shift log - [[organisation:Tamarside House]] (children's home) - [[date:Sun 7 Jan]] late shift
        17:40 [[name:JT]] escalating after phone call with dad, kicking doors. [[name:Marcus]] used
        {{PACE}} approach, offered walk. Declined.
        17:55 [[name:Shaz]] sat with [[name:JT]] in kitchen, made toast together. Calmer.
        18:30 [[name:JT]] told [[name:Shaz]] he was scared about court on the [[date:15th]]. Recorded and
        passed to SW [[name:Dominika]] by email. No restraint, no police.
        21:00 [[name:K.]] and [[name:JT]] playing FIFA. Settled night.
        Good shift - well done team. [[name:Gareth]] (RM)
        """)),
    ("social_care", "incident", P("""
        Data breach. On [[date:21/02/2024]] a letter about contact was sent to birth father
        [[name:Wayne Harvey]] with the foster carers' address in the header - [[address:Rose Cottage,
        Ford Street, Moretonhampstead]] [[postcode:TQ13 8LN]] - because the template pulled the placement
        address. His daughter [[name:Rose]] ([[age:7]]) has lived there since [[date:June 2022]]. Mr
        [[name:Harvey]] has a history of turning up uninvited. Placement reviewed with {{IRO}}, police
        marker placed, carers supported. IG ref [[case_reference:IG-24-0193]], child LCS
        [[case_reference:1184602]]. Template changed.
        """)),
    ("social_care", "success", P("""
        CLA review for [[name:Tyler Maddock]] ([[age:15]]) held at [[organisation:Launceston College]] on
        [[date:5 March]]. For the first time [[name:Tyler]] chaired the first half himself with a card
        of questions he prepared with his advocate [[name:Femi]]. {{IRO}} [[name:Bernadette
        Okonjo-Hale]] said it was the most honest review she'd sat in. He asked for more time with his
        brother and for his {{PEP}} targets to include mechanics. Foster carer Mrs [[name:Yeo]] agreed
        weekend contact. {{Virtual School}} to fund a taster day.
        """)),
    ("social_care", "near_miss", P("""
        fostering SSW visit [[date:27/09]] - medication count. [[name:Kai]] ([[age:9]]) on
        {{methylphenidate}} 10mg mornings. Carer [[name:Gwen]] had 6 tablets more than the MAR sheet
        said, realised the school ([[organisation:Tregolls Primary]]) had been giving a lunch dose
        she didn't know about from an old prescription. No double dosing as far as we can tell but it
        could easily have happened. Spoke to GP and school SENCo (mrs [[name:pascoe]]).
        {{supervising social worker}} [[name:Lyndsey]] to check all MAR sheets.
        """)),
    ("social_care", "incident", P("""
        School transport incident, Borders. [[date:Tues 30 April]]. [[name:Ellis]] ([[age:12]]), looked
        after, was collected by a driver from [[organisation:Kelso Cabs]] who was not on the approved list
        and had no {{PVG}} check - vehicle [[vehicle_registration:SN17 RWK]]. Regular driver off sick and the
        firm swapped without telling us. [[name:Ellis]] was dropped at the wrong gate and walked 1.5 miles
        home on the A698. Carer [[name:Bronwen]] raised it. Contracts team ([[name:Alistair Cairns]]) has
        suspended the firm pending review. Ref [[case_reference:SB-TR-0430]].
        """)),
    ("social_care", "success", P("""
        {{Signs of Safety}} meeting at [[address:Blackhaugh Farm, near Coldstream]] with grandparents Nana
        [[name:Pat]] and Grandad [[name:Ted Hume]], {{mum}} [[name:Ashleigh]] and the three children
        [[name:Skye]], [[name:Robin]] and [[name:Finlay]]. The kids drew their three houses; [[name:Skye]]
        ([[age:10]]) put the lambing shed in her 'house of good things'. The family wrote their own
        {{safety plan}}, including who [[name:Ashleigh]] calls if she drinks. SW [[name:Fiona Brydon]]
        noted it was the first plan the family said they believe in. Next review [[date:14 November]].
        """)),
    ("social_care", "near_miss", T("""
        From: [[name:Tom Gilbey]] <[[email:tom.gilbey@devon-childrens.example.org]]>
        To: [[email:mash.team@devon-childrens.example.org]]
        Sent: [[date:Friday 2 Aug]] 16:58
        Subject: late referral - [[name:Mia Stoneman]] DOB [[date_of_birth:04/04/2016]]

        I'm the {{duty social worker}} today. The school's referral about [[name:Mia]] was sent on
        Tuesday to an old inbox and only forwarded now. Mum's new partner has a caution for assault.
        Can the {{MASH}} screen before the weekend? Case [[case_reference:CP-55129]].
        Thanks, [[name:Tom]] | [[phone:01392 386 221]]
        """)),
]


def main() -> None:
    records = build_records("blind23", REPORTS)
    write_records(OUT, records)


if __name__ == "__main__":
    main()
