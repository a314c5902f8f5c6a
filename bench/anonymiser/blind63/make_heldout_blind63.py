"""Held-out blind corpus 63: confidential airline and airport safety reports.

Setting: invented UK airports (Harrowfield, Kestrel Moor, Calderbridge International, Port Elphin),
invented operators and handlers; flight-deck, cabin, engineering, dispatch, ramp and ATC narratives,
plus airport medical/first-aid events and airport safeguarding (unaccompanied minors, missing children,
trafficking and private fostering concerns) filed into the same reporting programmes.
Voice: confidential-reporting style in normal sentence case; aviation jargon, phonetic alphabet,
spoken callsigns, tech-log and handover sheets, ops chat and e-mails; crew by name, initials or role.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from markup import block, build_records, write_records  # noqa: E402
from markup import flow as prose  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "corpus" / "heldout_blind63.jsonl"

REPORTS = [
    # ------------------------------------------------------------------ aviation
    ("aviation", "near_miss", prose("""
        I was PM on [[flight_number:WR1184]] [[organisation:Harrowfield Airport]] to Alicante on
        [[date:12 February]], [[aircraft_registration:G-WRNE]], an {{A320neo}}. Pushback from {{stand 23}}
        started while the headset operator was still talking to {{the dispatcher}} and before we had called
        brakes released. The parking brake was still set and the tow bar shear pin let go with a bang. No
        injuries. The headset operator, [[name:Dariusz]], was excellent afterwards and stopped the tug driver
        straight away. Both ground staff were from [[organisation:Apronline Handling]] and told me later they
        had been short of a wing walker all morning. Our call-out was correct but I think the noise from the
        {{APU}} masked it. Engineering ([[name:Sam Okafor]]) inspected the nose gear and we left 55 minutes
        late. Suggest the handling agent's briefing covers who speaks first on the headset. My own lesson:
        don't assume the ground crew heard "brakes set" just because I said it.
    """)),
    ("aviation", "incident", prose("""
        [[flight_number:CWY412]], [[organisation:Kestrel Moor Airport]] to Belfast, [[date:3 March 2024]],
        {{ATR 72-600}} [[aircraft_registration:G-CWYD]]. I was FO and PM. Passing FL95 in the climb we
        received a {{TCAS RA}} "Descend, descend" against VFR traffic that had not been called. Capt
        [[name:Harjit Mistry]] followed the RA promptly and smoothly. I transmitted
        "[[flight_number:Causeway four one two]], TCAS RA" and the controller acknowledged. Closest we saw on
        the display was about 300 ft vertically and under 1 nm laterally. Once clear of conflict we returned
        to the cleared level. The controller, who I believe was [[name:Nadia]] on {{Approach}}, later phoned
        the crew room and said the traffic was a {{PA-28}} from [[organisation:Saltmarsh Flying Club]] that
        had strayed into controlled airspace without a clearance. Nobody in the cabin was hurt; the
        {{SCCM}}, [[name:Ola]], checked the cabin and both trolleys had been stowed in time.
        [[name:Harjit]]'s debrief afterwards was good - we agreed my RA call was a couple of seconds late
        because I was heads-down on the FMS.
    """)),
    ("aviation", "success", prose("""
        Night shift, [[organisation:Fenwright Aero Engineering]] hangar 2, [[date:19/01/24]]. {{Dash 8 Q400}}
        [[aircraft_registration:G-PKLA]] in for an A-check. While doing the independent inspection on the
        No. 2 engine oil filler I found the cap seated but not locked - it turned by hand. The task card had
        already been stamped by the mechanic. I stopped and spoke to him ([[name:Lewis]]) and he was open
        about it: he had been called away to the radio mid-task and came back to the next card. We redid the
        task together and I raised [[case_reference:TLP 004417]] in the tech log so the
        {{duplicate inspection}} is traceable. Shift lead [[name:Ewa Kowalczyk]] (signs as "[[name:EK]]")
        has since moved the radio to the supervisor so mechanics aren't interrupted during
        {{critical tasks}}. No blame and a good catch, but worth sharing because the card looked complete.
    """)),
    ("aviation", "near_miss", prose("""
        I was on the Ground position at [[organisation:Harrowfield]] on the morning of [[date:7 April]]. An
        airfield operations vehicle, a yellow pickup [[vehicle_registration:KX70 RWB]], called for a runway
        inspection. I cleared it to {{holding point Alpha 1}} only. The driver read back "Alpha 1" but then
        continued through the {{stop bar}}, which was lit, and entered Runway 27 while [[flight_number:PK88]]
        ({{Embraer 175}}, [[aircraft_registration:G-OPKE]]) was on a 3 nm final. Tower ([[name:Gemma]]) saw
        it, instructed "[[flight_number:Pennine eight eight]], go around" and the aircraft went around from
        about 800 ft. The driver, [[name:Terry Walsh]], stopped as soon as I called him. He told
        {{the duty manager}} he had heard "cross" from a different frequency on his second radio. Airfield
        ops have now banned two-radio operation for runway inspections. The stop bar worked; the human
        read-back did not.
    """)),
    ("aviation", "incident", prose("""
        [[flight_number:WR 2210]], [[date:28/06/24]], {{A321}} [[aircraft_registration:G-WRNH]]. About 40
        minutes after take-off I smelt burning from the rear galley. CC [[name:Ama Owusu]] had put a foil
        tray of rolls in oven 3 that still had a paper bag inside. Smoke but no flame. She switched the oven
        off and pulled the breaker, I informed the flight deck on the interphone and SCCM
        [[name:Leanne Whitworth]] took over communication. We had the {{BCF}} and {{PBE}} ready but didn't
        need them. The smoke cleared in under five minutes. {{The captain}}, Capt [[name:Rhodri Evans]],
        decided to continue after speaking to engineering on the phone. Oven 3 was placarded in the tech
        log. After landing [[name:Leanne]] did a calm debrief with the crew and we agreed we would always
        open every bag that comes on from catering before it goes in an oven, even when rushed on a
        25-minute turnaround.
    """)),
    ("aviation", "success", block("""
        From: [[name:Bilal Chaudhry]] <[[email:bilal.chaudhry@skyserve-ground.example.org]]>
        To: {{Load Control}} <[[email:loadcontrol@wrenair.example.org]]>
        Date: Fri [[date:9 Aug 2024]] 06:12
        Subject: [[flight_number:WR731]] load sheet - good catch by ramp

        Hi all,

        Quick note for the safety team. On [[flight_number:WR731]] ([[aircraft_registration:G-WRNB]]) the
        final load sheet showed 0 kg in hold 4 but the ramp team lead, [[name:Marisol Reyes]], had physically
        loaded 38 bags and a pram in there. She queried it with me before doors closed. The {{LIR}} had been
        amended on paper but not in the DCS. Load Control re-issued the sheet and the {{trim}} changed by
        about 1.5 units. Captain happy, departed 8 mins late.

        Please can we remind everyone that a {{Last Minute Change}} has to go through the system, not just
        the paper LIR.

        Thanks,
        [[name:Bilal]]
        Dispatcher, [[organisation:Skyserve Ground]]
        [[phone:07700 900417]]
    """)),
    ("aviation", "near_miss", prose("""
        Fuel order for [[flight_number:PK 301]] on [[date:15 May]] was 3,400 kg block. The fuel docket handed
        to me by the fueller showed 3,400 litres, which is about 2,700 kg. I only noticed because the gauges
        looked low against my expected figure when I got back to the flight deck after the walkround. The
        fueller, [[name:Stuart]] from [[organisation:Elphin Aviation Fuels]], had not seen an order in litres
        before and assumed that was what we wanted. Second uplift completed, 25 minutes delay. Aircraft
        [[aircraft_registration:G-OPKC]], {{Q400}}. I (Capt [[name:M. Ferreira]]) think the risk is real: on
        a short sector a quick gauge glance could easily have missed 700 kg. Suggest the fuel request form
        prints KG in large type and that we do a {{specific gravity}} cross-check every time, not only when
        the figures look wrong.
    """)),
    ("aviation", "incident", prose("""
        Operator: [[organisation:Ardlow Island Air]]. Aircraft {{BN-2 Islander}}
        [[aircraft_registration:G-BRDN]], scheduled service [[flight_number:AIA 12]] from
        [[organisation:Ardlow airstrip]] on [[date:2 October 2024]]. Pilot: [[name:Eilidh Ross]]. On the
        take-off roll at about 50 kt a flock of {{oystercatchers}} lifted from the grass to the left. I
        continued as there was not enough strip left to stop. At least two birds hit the left wing leading
        edge and one the windscreen. Climbed to {{circuit height}}, told the five passengers, flew one circuit
        and landed. Damage: dent to left wing leading edge, windscreen intact. Bird control at the strip is
        done by the fire crew ([[name:Donnie MacAulay]]) walking the strip before first flight, but the birds
        had come in on the rising tide after his check. We have now agreed a second check before each
        departure on {{spring tides}}. Aircraft grounded pending inspection by
        [[organisation:Fenwright Aero Engineering]].
    """)),
    ("aviation", "near_miss", prose("""
        Report from FO. [[flight_number:WRN63Q]], {{A320}} [[aircraft_registration:G-WRNK]],
        [[organisation:Calderbridge International]], [[date:21/11/2024]], 0550 local, third early in a row.
        We were cleared to line up Runway 09 from {{Sierra 2}} via taxiway {{Mike}} but turned towards Sierra
        3, an intersection with roughly 600 m less runway that we had not planned for. Ground had said
        "[[flight_number:Wrenair six three Quebec]], taxi via Mike to Sierra 2" and we both read it back
        correctly. Capt [[name:Aoife Brennan]] spotted the sign as we turned and stopped well short of the
        {{runway-holding position}}. We told Tower, taxied back and departed from Sierra 2. Contributing: new
        signage since the works, a NOTAM read but not briefed, and both of us tired. I have filed a fatigue
        report ([[case_reference:FR-24-1187]]).
    """)),
    ("aviation", "success", prose("""
        Ramp agent report. Loading hold 1 on [[flight_number:CW 268]] to Amsterdam on [[date:30 July]], I
        heard a bag buzzing and felt heat through the side. I took it off the belt and called my team leader,
        [[name:Precious Moyo]]. The gate paged the passenger, Mr [[name:Lindqvist]], who said there was an
        electric toothbrush and a spare power bank inside. Security opened it with him present: the
        {{lithium}} {{power bank}} was swollen and hot. It went into the {{fire containment bag}} and the
        airport fire service took it away. The flight left on time. Dangerous goods occurrence report raised,
        ref [[case_reference:DGOR-24-0193]]. [[name:Precious]] said I did the right thing by stopping the belt
        rather than just loading it. I'd like the check-in script to say "power banks in your hand luggage"
        more clearly, because several passengers a week still tell us they didn't know.
    """)),
    ("aviation", "incident", prose("""
        [[flight_number:PK 517]] inbound to [[organisation:Harrowfield Airport]], Saturday
        [[date:19 October]] around 2040 local, {{E175}} [[aircraft_registration:G-OPKF]]. On a 6 nm final
        for Runway 27 a green {{laser}} tracked the flight deck for about 5 seconds. FO
        [[name:Kwabena Asante]] (PF) was dazzled in his right eye and handed control to me; I landed. We
        reported it to {{Tower}}, who passed it to police. Crime reference
        [[case_reference:WY-24-1188390]]. [[name:Kwabena]] was checked by the airport medical team with no
        lasting effect but was stood down for the return sector; the hotel standby crew covered it. This is
        the second laser event on this approach in a month. Police located a car in a lay-by under the
        approach path. Request: can the company push for a laser warning in the ATIS on this runway?
    """)),
    ("aviation", "near_miss", block("""
        Handover sheet entry, night to day, line maintenance [[organisation:Kestrel Moor]], [[date:04/12/24]]:
        [[aircraft_registration:G-CWYB]] {{ATR 72}} - No.1 MLG wheel change - COMPLETE. [[name:RL]]
        [[aircraft_registration:G-CWYF]] - {{weather radar}} fault, deferred under {{MEL}}, parts on order. [[name:RL]]

        Report (day shift, [[name:Tariq Mahmood]]):
        The wheel change on [[aircraft_registration:G-CWYB]] was written up as complete but on my walkround I
        found the axle nut locking bolt not fitted; it was in a bag on the toolbox with the old tyre. Torque
        was correct. The aircraft was due out on [[flight_number:CWY203]] at 0640. I fitted the bolt and
        phoned the night lead, [[name:Rhys Llewellyn]], who confirmed he had been pulled away by an {{AOG}}
        call. We agree the sheet should not say COMPLETE until the task card is closed, and that initials
        like "[[name:RL]]" alone aren't enough - the card number should be there too.
    """)),
    ("aviation", "success", prose("""
        I was the {{Approach}} radar controller at [[organisation:Port Elphin]] on [[date:11/01/2025]]. ATIS
        {{Information Kilo}} had QNH 998 after a rapid pressure fall. [[flight_number:CWY77B]] reported
        "descending altitude 3,000 feet, QNH 1013". My trainee, [[name:Zofia Nowak]], heard it before I did
        and pointed at the strip. I queried it: "[[flight_number:Causeway seven seven Bravo]], confirm QNH
        998". The crew corrected - roughly 450 ft of difference, at night, with high ground to the north.
        The [[organisation:Causeway Airways]] crew phoned afterwards and said they had copied the ATIS before
        the change and missed the update. [[name:Zofia]] deserves the credit here; I'd like it shared with
        the unit so trainees know they should speak up.
    """)),
    ("aviation", "incident", prose("""
        [[organisation:Port Elphin Airport]], [[date:2 September]]. [[flight_number:WR455]] ({{737-800}},
        [[aircraft_registration:G-WRNP]]) used breakaway thrust leaving {{stand 6}} and the jet blast pushed
        two empty baggage carts into the crew transport minibus [[vehicle_registration:YR19 HLN]], which was
        parked behind the airside road line as it should have been. The minibus driver,
        [[name:Gary Pearce]], was inside and was shaken but not hurt; the side window cracked. Reported by
        ramp supervisor [[name:Femi Adebayo]]. The carts had not been braked or chained because the team were
        short-staffed and moving between three turns. Stand 6 sits at an angle and crews often need more
        power to get moving. Actions: carts to be parked in the marked bay only; airport asked to review
        {{breakaway thrust}} guidance for this stand.
    """)),
    ("aviation", "near_miss", prose("""
        Cabin crew report, [[flight_number:WR 903]], [[date:14/08/2024]], {{A320}}
        [[aircraft_registration:G-WRNC]]. On arrival at {{stand 14}} I (SCCM, [[name:Maeve Kinsella]]) made
        the "disarm doors and cross-check" call. Door 1R stayed armed. The catering truck
        [[vehicle_registration:LN68 CTR]] from [[organisation:Galleyline Catering]] positioned at 1R and the
        caterer, [[name:Sanjay]], knocked. CC [[name:Shauna Doherty]] went to open it, saw the
        {{slide armed}} indicator and stopped. My door partner [[name:Tom]] had said "cross-check complete"
        without actually looking at 1R because he was helping a passenger with a pushchair. If the slide had
        fired it would have hit the truck platform with [[name:Sanjay]] on it. Debriefed with the crew; we
        have agreed nobody calls a cross-check complete until they have physically looked.
    """)),
    ("aviation", "success", block("""
        Crew control chat, [[date:23 Dec 2024]] (copied into report by the duty crew controller)

        [[name:Dani Ruiz]] 06:41: [[name:jonno]] is going to run out of hours on the 4th sector if [[flight_number:WR1902]] slot holds
        [[name:Jonathan Pike]] 06:43: yep can see it, FDP max 12:15, he'd be at 12:40
        [[name:Dani Ruiz]] 06:44: capt [[name:Hargreaves]] has offered discretion
        [[name:Jonathan Pike]] 06:44: no. not after 3 earlies and the snow. call the {{home standby}}
        [[name:Dani Ruiz]] 06:52: [[name:Oksana]] answered, can be at the crew room by 08:30, number [[phone:07700 900 263]]

        Comment: we chose not to rely on {{commander's discretion}} because the fatigue picture was already
        poor. Capt [[name:Oksana Melnyk]] took the last two sectors. A good outcome, but only because the
        standby was reachable - two of the last five home standbys have not answered first time.
    """)),
    # ------------------------------------------------------------------ health
    ("health", "incident", prose("""
        [[flight_number:WR 1146]] [[organisation:Kestrel Moor Airport]] to Faro, [[date:6 April 2024]],
        [[aircraft_registration:G-WRNF]]. About an hour in, a boy aged [[age:9]], [[name:Rayan Haddad]]
        (14C), developed lip swelling and wheeze after a passenger two rows back opened a bag of peanuts
        despite our PA. His {{mum}} had one {{EpiPen}} in the overhead locker and gave it with SCCM
        [[name:Gareth Pryce]] ("[[name:Gaz]]") guiding her. A passenger who identified himself as Dr
        [[name:Olufemi Bello]], a GP, assisted. Ground medical advice via the flight deck suggested a second
        dose of adrenaline from the {{Doctor's Kit}} if no improvement in five minutes, which was needed. The
        captain diverted to Bordeaux. [[name:Rayan]] walked off with the paramedics and we heard he was
        discharged the next day. Learning: our nut announcement isn't enforceable and crew don't feel able to
        stop serving nuts nearby; the adrenaline was in a different pouch from the one the checklist says.
    """)),
    ("health", "near_miss", prose("""
        Passenger Mrs [[name:Bernadette Flynn]], [[age:74]], was booked with a
        {{portable oxygen concentrator}} on [[flight_number:PK 206]] on [[date:17 March]]. At the gate the POC
        showed 40 minutes of battery for a 1 h 50 flight. Her {{MEDIF}} said she had two spare batteries -
        they were in her hold bag, already loaded. Gate agent [[name:Joanne Kerr]] noticed when she did the
        boarding check and asked [[organisation:Apronline Handling]] to retrieve the bag (20 minute delay).
        Had it not been caught, the crew would have had only the {{therapeutic oxygen}} bottle, which gives 2
        or 4 litres a minute, not Mrs [[name:Flynn]]'s prescribed setting. Suggest the booking confirmation
        tells POC users in bold that batteries must travel in the cabin.
    """)),
    ("health", "success", prose("""
        Airport paramedic report, [[organisation:Harrowfield Airport Medical Service]], [[date:12/05/24]]
        14:20. Called to {{baggage reclaim 3}}: female, [[age:67]], off [[flight_number:WR 1822]] from Palma;
        husband said her speech had gone "funny" on descent. {{FAST}} positive (right arm drift, slurred
        speech). Onset time was established from the crew as approx. 13:35 - the SCCM,
        [[name:Nkechi Obi]], had noted the time when the lady first struggled to order a drink, which was
        invaluable. Patient [[name:Gwen Pritchard]], DOB [[date_of_birth:02/09/1956]], NHS no.
        [[nhs_number:774 471 6116]]. Pre-alerted [[organisation:Kestrel Moor General Hospital]]
        {{stroke team}} and handed over at 14:58, well within the {{thrombolysis}} window. Feedback from the
        stroke nurse: thrombolysed and improving. Sharing because a crew member writing down a symptom time
        made the decision easy.
    """)),
    ("health", "incident", prose("""
        Cabin cleaner [[name:Marta Silva]] from [[organisation:Brightwing Cabin Services]] was clearing seat
        pockets on [[aircraft_registration:G-WRND]] after [[flight_number:WR 640]] on [[date:8 January]] and
        was pricked by an uncapped insulin pen needle hidden in a sick bag. She washed the wound, reported to
        her supervisor, [[name:Andrzej]], and was seen at {{A&E}} within two hours for bloods and a
        {{hepatitis B}} booster. Occupational health ref [[case_reference:OH/2401/0057]]. There are no
        {{sharps bins}} on board for passengers; crew say several diabetic passengers a week ask where to put
        needles. Suggest a small sharps container in each first aid kit and a line in the PA offering it.
        Signed [[name:J.B.]], cleaning operations lead.
    """)),
    ("health", "near_miss", prose("""
        PRM agent report. [[date:25/02/2024]], [[flight_number:CW 331]] arriving
        [[organisation:Calderbridge International]], {{stand 41}}. Passenger Mr [[name:Winston Clarke]],
        [[age:81]], {{WCHC}}, was moved from the {{aisle chair}} to our wheelchair inside the {{ambulift}}
        ([[vehicle_registration:CB17 HDL]]). My colleague [[name:Nasreen]] had not applied the wheelchair
        brakes, and when the lift lowered with a jolt the chair rolled back towards the open rear door; the
        safety bar was not across. I caught the chair. Mr [[name:Clarke]] was shaken but unhurt and his
        daughter [[name:Marcia]] was told at arrivals. The driver said that unit jolts and has been reported
        before. Contributing: two jobs at once, and [[name:Nasreen]] in her second week. Actions: unit out of
        service, brakes-and-bar check added to our card.
    """)),
    ("health", "success", prose("""
        [[flight_number:WR 1530]], [[date:4 November 2024]], {{A321neo}} [[aircraft_registration:G-WRNR]]. A
        male passenger aged [[age:62]] collapsed in the rear toilet queue. CC [[name:Jamal Osei]] found him
        unresponsive and not breathing normally and started {{CPR}} while CC [[name:Kirsty]] fetched the
        {{AED}}. One shock advised and given; he had a pulse back after about four minutes. Two off-duty
        {{ICU}} nurses, [[name:Priya]] and [[name:Sunita]], took over his airway. We diverted to
        [[organisation:Port Elphin Airport]] and paramedics met the aircraft. Learning: the AED lives in the
        forward locker, 29 rows away, and we probably lost a minute. Good: the crew's training recall was
        excellent and [[name:Jamal]] kept the compressions going until relieved.
    """)),
    ("health", "incident", prose("""
        Captain's report. [[flight_number:CWY560]], [[date:16/07/24]], ATR 72 [[aircraft_registration:G-CWYH]].
        Twenty-five minutes into the cruise FO [[name:Ciaran Doherty]] went pale, vomited and said he could
        not continue. I took control, declared a {{PAN}} and returned to [[organisation:Kestrel Moor]]. SCCM
        [[name:Lowri]] sat on the {{jump seat}} to read checklists as we practise in
        {{incapacitation}} training. Landed without further event. [[name:Ciaran]] had eaten a chicken wrap
        from a terminal kiosk before report; I had not, so we did not share a risk. He was seen by the airport
        medical centre and recovered by the evening. Learning: he had felt unwell at top of climb and said
        nothing for ten minutes because he "didn't want to be a nuisance".
    """)),
    ("health", "near_miss", prose("""
        Airport medical centre, [[organisation:Calderbridge International]], [[date:10/03/2025]]. Baggage hall
        staff member [[name:Kelechi Nnamdi]] attended with cellulitis of the forearm. I was about to supply
        {{flucloxacillin}} under the PGD when my colleague [[name:Hannah Goldberg]] asked whether I had checked
        allergies on the summary care record. I had asked verbally and he said "none", but the record from
        his GP, [[organisation:Riverside Medical Practice]], showed a {{penicillin}} allergy (rash). NHS number
        [[nhs_number:341 490 3253]]. We used {{clarithromycin}} instead. [[name:Kelechi]] said he had
        forgotten as it was childhood. Learning: verbal allergy checks alone are not enough, even with
        colleagues we see every day.
    """)),
    ("health", "success", prose("""
        I'm sharing this with permission from the peer support team. On [[date:8 January 2024]] I called the
        company {{peer support}} line because I had not been sleeping and was dreading every early. I was
        worried I would lose my licence. My AME, Dr [[name:Anjali Rao]] at
        [[organisation:Northgate Aeromedical]], was supportive and explained the process honestly. I was
        grounded, started {{sertraline}} and had talking therapy. My base captain, [[name:Ian Marsh]], kept in
        touch without pressure. I returned to flying on [[date:3 June 2024]] with an {{OML}} on my
        {{Class 1 medical}} and line training with a captain I trusted. Message to colleagues: ringing early
        is what kept this short. - [[name:D.P.]], FO, [[organisation:Wrenair]]
    """)),
    ("health", "incident", prose("""
        [[flight_number:PK 772]], [[date:30/09/24]]. Passenger [[name:Chen Mei]], aged [[age:34]], has
        {{type 1 diabetes}}. Her insulin and glucose tablets were in her cabin bag, which the gate agent made
        her put in the hold because the overhead lockers were full. About 50 minutes into the flight she
        became confused and sweaty. CC [[name:Bethan Hughes]] recognised {{hypoglycaemia}} and gave sugary
        drinks and {{glucose gel}} from the kit; Ms [[name:Chen]] improved within 15 minutes and was met by
        the airport medical team. She told us she had said medication was in the bag but was told there was
        no time. Learning: gate agents must offer to remove medicines before a bag is hold-tagged.
    """)),
    ("health", "near_miss", prose("""
        Duty manager report, [[date:18 June]] 22:10. [[flight_number:CWY841]] requested an ambulance for a
        passenger with chest pain. The ambulance, [[vehicle_registration:YJ71 AMB]], was escorted airside by
        the {{Follow Me}} driver [[name:Paul Hendry]] but was taken to {{stand 17}} instead of stand 71. The
        crew of the aircraft radioed to ask where it was. 9-minute delay. The passenger had a minor cardiac
        event and recovered. Ambulance CAD ref [[case_reference:CAD-180624-0993]]. Cause: the stand number
        was passed by phone from the control room ([[phone:01632 960418]]) and not repeated back. I
        ([[name:Sabina Akhtar]]) have asked that stand numbers are given and read back digit by digit.
    """)),
    ("health", "success", prose("""
        [[flight_number:WR 2604]], Tenerife to [[organisation:Harrowfield Airport]], [[date:13 August 2024]].
        Passenger [[name:Adaeze Okonkwo]] went into labour about two hours out; her {{fit-to-fly letter}} said
        32 weeks. A passenger, [[name:Catriona]], a community {{midwife}}, took charge with SCCM
        [[name:Ravi Patel]] and we used the {{maternity kit}} for the first time on our fleet. A baby girl was
        born at 15:42 UTC over the Bay of Biscay; for the paperwork her date of birth is
        [[date_of_birth:13/08/2024]]. Mum named her [[name:Skye]]. Captain requested priority and paramedics
        met us at the stand. Both were well. [[name:Ravi]] would like the kit's contents list laminated as
        crew couldn't find the cord clamps quickly.
    """)),
    ("health", "incident", prose("""
        CC [[name:Holly-Mae Turner]] fainted in the forward galley during boarding on [[flight_number:PK 119]]
        at [[organisation:Port Elphin Airport]] on [[date:22/07/2024]]. Outside temperature 31°C; the
        {{APU}} was inoperative under the {{MEL}} and no {{pre-conditioned air}} unit was available on the
        stand, so the cabin was over 30°C. She had had nothing to drink since 0400. The airport medical team
        attended, she was stood down and a standby crew member was called. [[name:Holly-Mae]] is fine.
        Learning: boarding should be delayed when the cabin is that hot, and water should be taken in the
        crew room before every early.
    """)),
    ("health", "near_miss", prose("""
        A family arriving at the gate for [[flight_number:CW 77]] on [[date:5 February 2025]] had a boy,
        [[name:Yusuf]], aged [[age:4]], who was hot and had a blotchy rash. The gate agent let them board
        because they had a GP letter saying "viral rash". SCCM [[name:Mairead Quinn]] was worried about
        {{measles}} given recent outbreaks, moved the family to the empty rear rows and informed the captain.
        [[organisation:Calderbridge Port Health Authority]] met the aircraft and later confirmed measles.
        {{UKHSA}} followed up contacts. Two of our crew were unsure of their {{MMR}} status. The port health team
        can be contacted at [[email:porthealth@calderbridge.gov.uk]] for the crew list.
    """)),
    ("health", "success", prose("""
        Security officer [[name:Deepak Chauhan]], doing his weekly {{AED}} cabinet check near
        {{Gate 9}} at [[organisation:Kestrel Moor Airport]] on [[date:14/10/2024]], found the cabinet sealed
        but the unit showing a red status light and the pads out of date. He logged it with facilities
        ([[case_reference:FM-77213]]) and moved the spare unit from the {{Fast Track}} lane to that cabinet
        straight away, rather than wait for the contractor. On [[date:16/10/2024]] that spare AED was used on
        a passenger who collapsed at Gate 9, and the passenger survived. [[name:Deepak]] has been nominated
        for a recognition award.
    """)),
    ("health", "incident", prose("""
        Escort nurse report. Repatriation of [[name:Thomas Gallagher]], [[age:58]], NHS
        [[nhs_number:349 009 2392]], hospital no. [[case_reference:K2281934]], from Malaga on
        [[flight_number:WR 2291]], [[date:27/05/24]], on a {{stretcher}}. I calculated oxygen at 2 L/min for
        4 hours plus reserve, but the provider supplied {{CD cylinders}} instead of the larger size and I did
        not recheck the volume. With 30 minutes to go, the last cylinder was near empty; with the captain's
        agreement we used aircraft therapeutic oxygen and his {{SpO2}} stayed above 92%. Handed over to
        [[organisation:Heron Ward]], [[organisation:Kestrel Moor General Hospital]]. - [[name:Ifeoma Nwosu]],
        RN, [[organisation:Meridian Medical Escorts]]
    """)),
    ("health", "near_miss", block("""
        DRAFT (not sent)
        From: [[email:medicalcentre@harrowfield-airport.example.org]]
        To: [[email:crewcontrol@pennineskylink.example.org]]
        Date: [[date:03/04/2025]] 10:14
        Subject: Fitness to fly - FO [[name:O. Adeyemi]]
        Attachment: consultation_record.pdf

        Please find attached the assessment for your FO [[name:Oluwaseun Adeyemi]],
        DOB [[date_of_birth:11/12/1990]], NHS no. [[nhs_number:866 573 1008]].

        Report: I attached the full consultation record, including his mental health history, when crew
        control only needed "fit" or "unfit". My colleague [[name:Hannah]] was reading over my shoulder and
        stopped me. We now use a one-line {{fitness outcome}} template, and {{Caldicott}} principles were
        discussed at the team meeting on [[date:10/04/2025]].
    """)),
    # ------------------------------------------------------------------ social care
    ("social_care", "incident", prose("""
        {{UM}} service ground report. [[date:20 July 2024]], [[flight_number:PK 455]] arriving
        [[organisation:Calderbridge International]]. Unaccompanied minor [[name:Leo Brandt-Okoro]], aged
        [[age:11]], form [[case_reference:UM-PK-240720-03]]. The form named his father,
        [[name:Stefan Brandt]], as the collecting adult. At arrivals a man said "I'm here for
        [[name:Leo]]", showed a driving licence and signed. Our agent, [[name:Kerry-Ann Campbell]], checked
        the photo matched the man but not that his name matched the form - he was [[name:Leo]]'s uncle.
        [[name:Leo]] knew him and went happily; his father arrived ten minutes later. There is a court order about
        contact, so police were called and [[name:Leo]] was returned to his father within the hour. A
        referral went to [[organisation:Calderbridge Children's Services]] via the {{MASH}}. Agents now have
        to read the collecting adult's name aloud from the form.
    """)),
    ("social_care", "near_miss", prose("""
        SCCM report, [[flight_number:CW 620]], [[date:9 May 2024]]. A girl who looked about [[age:15]] was
        travelling with a man in his forties who said he was her uncle. She had no phone, didn't know where
        they were staying, and he answered every question put to her. Booking names
        [[name:A. Lupu]] and [[name:D. Lupu]]. Remembering the {{Blue Lightning}} training, I passed a note
        to {{the captain}}, who messaged ops, and {{Border Force}} met the aircraft at
        [[organisation:Kestrel Moor Airport]]. We were later told she had been promised cleaning work and an
        {{NRM}} referral was made. It was nearly missed: I had doubts on the outbound leg and said nothing
        because I didn't want to cause a scene. CC [[name:Gintare]] backed me up this time.
    """)),
    ("social_care", "success", prose("""
        I'm a social worker with [[organisation:Ashby Vale Council]]. On [[date:9 October 2024]] I escorted
        [[name:Jayden]] ([[age:13]], DOB [[date_of_birth:22/03/2011]]) on [[flight_number:PK 148]] from
        [[organisation:Port Elphin Airport]] to Belfast for his new placement with {{kinship carers}}
        [[name:Maureen]] and [[name:Frank Doyle]] at [[address:14 Glenview Park]], Lisburn
        [[postcode:BT28 2XJ]]. [[name:Jayden]] is autistic and had never flown. I had e-mailed the
        {{special assistance}} team ([[email:assist@pennineskylink.example.org]]) a week before. Staff let us
        pre-board, the crew gave him a window seat away from the galley noise, and CC
        [[name:Aleksander]] showed him the flight deck after landing. [[name:Jayden]] talked about it all
        the way to [[name:Maureen]]'s house. Small things made a big move easier.
    """)),
    ("social_care", "incident", prose("""
        Security report, [[organisation:Harrowfield Airport]] {{Central Search}}, [[date:26/08/2024]] 05:50.
        A girl aged about [[age:6]] was found crying near the {{tray return}}. She told officer
        [[name:Yasmin Dar]] her name was [[name:Amelia-Rose]]. Her family had gone through with her brothers,
        each parent assuming she was with the other. Reunited after 25 minutes via a tannoy. Both Mr and Mrs
        [[name:Hartley]] smelt of alcohol and mum was unsteady. Airport police spoke with them; they were
        allowed to fly. [[name:Yasmin]] was not happy with that and, with her supervisor's agreement, made a
        referral to [[organisation:Harrowfield Borough Council]] children's services.
    """)),
    ("social_care", "success", prose("""
        Sales desk report, [[organisation:Kestrel Moor Airport]], [[date:2 November]]. A boy who said he was
        [[age:16]] tried to buy a one-way ticket to Dublin for cash (180 pounds) at about 21:30. He had no ID
        and no bag and kept checking his phone. My colleague [[name:Oliwia Mazur]] kept him talking about
        flight times while I told {{the duty manager}}, [[name:Ahmed Rashid]], who called
        {{airport police}}. He turned out to be [[name:Kai]], aged [[age:14]], reported missing that afternoon
        from [[organisation:Larkspur Lodge]] {{children's home}} (police missing ref
        [[case_reference:MP/24/33817]]). Police took him back and his social worker rang the next day to say
        an adult he met online had offered him somewhere to stay in Dublin. We only stopped him because
        [[name:Oliwia]] trusted her instinct - nothing in our procedures told us to.
    """)),
    ("social_care", "success", prose("""
        Passenger services supervisor, [[date:19/12/2024]]. [[flight_number:WR 318]] was cancelled due to fog.
        A young woman, [[name:Destiny Afolabi]], [[age:19]], told the desk she had no money for a hotel and
        nowhere to go; she is a {{care leaver}} travelling to start a job. Her {{personal adviser}},
        [[name:Marcus Lindo]] from the [[organisation:Ashby Vale Council]] leaving care team, was reachable on
        the {{out of hours}} number she carried ([[phone:01632 960 771]]). The council paid for a room at the
        airport hotel and our agent [[name:Gurpreet]] gave her meal vouchers and rebooked her free of charge
        for [[date:20 December]]. Learning: our disruption process assumes everyone has a bank card and a
        family to ring. We have added the question "is there anyone we should call for you?" to the script.
    """)),
    ("social_care", "near_miss", prose("""
        {{Duty social worker}}, [[organisation:Calderbridge Children's Services]]. On [[date:14 January 2025]]
        {{Border Force}} at [[organisation:Calderbridge International]] phoned about a girl aged [[age:10]],
        [[name:Grace Mensah]], arriving on [[flight_number:CW 1207]] with a woman, [[name:Abena Quaye]],
        described as her aunt. The plan was for [[name:Grace]] to live with Ms [[name:Quaye]] and go to school
        here - a {{private fostering}} arrangement nobody had notified. Officer [[name:Brennan]] said the
        documents were in order and his first instinct was to wave them through; he rang us because the girl
        didn't know the aunt's surname. I visited [[address:Flat 3, 27 Albion Terrace]], Calderbridge
        [[postcode:WF9 7NU]] the same evening. Assessment ongoing, ref [[case_reference:CS-25-004417]].
        Sharing as a near miss because documents being "in order" almost ended the conversation.
    """)),
    ("social_care", "incident", prose("""
        [[date:11/08/24]]. UM [[name:Sofia Marchetti]], aged [[age:8]], was connecting at
        [[organisation:Harrowfield Airport]] from [[flight_number:WR 188]] to [[flight_number:PK 630]]. She
        was handed to our {{UM lounge}} at 13:05 by [[name:Rob]] from arrivals. At the 14:00 shift change the
        {{handover sheet}} didn't list her, and she sat in the lounge reading with no adult in the room for
        about 35 minutes until [[name:Niamh O'Donnell]] came in to tidy. [[name:Sofia]] was fine and boarded
        on time; her mother was told and was understandably upset. Complaint ref
        [[case_reference:CR-24-66120]]. The lounge door is not locked from the inside and opens onto the
        public concourse. Actions: a child cannot be signed in without being added to the sheet at the same
        time, and the lounge is never left unstaffed.
    """)),
    ("social_care", "near_miss", prose("""
        Check-in agent report, [[organisation:Port Elphin Airport]], [[date:3 April 2025]]. A lad aged
        [[age:16]] was checking in alone for [[flight_number:CW 904]] to Istanbul on a one-way ticket bought
        that morning, booked as [[name:Idris K]]. He was nervous, said he was going to "help people" out
        there and that his family didn't know. I kept him at the desk saying the system was slow and spoke to
        my supervisor, [[name:Mariam Siddiqui]], who rang {{airport police}}. Police spoke with him and then
        his mother. We understand a {{Prevent}} referral was made and it may go to a {{Channel}} panel. It was
        close: the online check-in would normally have let him go straight to security, and he only came
        to the desk because his bag was overweight.
    """)),
    ("social_care", "incident", prose("""
        Safeguarding lead, [[organisation:Pennine Skylink]]. On [[date:6 March 2025]] a parent complained
        that a crew member had followed her daughter, [[name:Lily-Mae]], aged [[age:14]], on {{Instagram}}
        after a flight and sent her messages about "meeting up next time she flies". The crew member,
        [[name:Connor Blake]] (staff no. [[case_reference:PSK-40718]]), had found her from the name on the
        passenger list. We suspended [[name:Connor]] the same day and referred to the {{LADO}} at
        [[organisation:Calderbridge Council]] (ref [[case_reference:LADO-2025-0142]]) and to police. Learning:
        crew can still see full passenger names and ages on the tablet after a flight; we have asked IT to
        remove access once doors close at the destination.
    """)),
    ("social_care", "near_miss", prose("""
        {{Designated safeguarding lead}}, [[organisation:Oakfield Primary School]]. A {{Year 4}} pupil,
        [[name:Hodan]], aged [[age:8]], told her teacher she was going abroad in the holidays for a
        "special party to become a woman". The teacher, Mrs [[name:Rahman]], wrote it in her planner on
        Friday [[date:19 July]] and it only reached me on Monday [[date:22 July]], two days before the family
        were due to fly on [[flight_number:WR 7720]] from [[organisation:Harrowfield Airport]]. I referred to
        the {{MASH}} that morning; police applied for an {{FGM Protection Order}} and the family were spoken to
        before travel. It should never depend on a teacher's planner; we have since re-briefed all staff that
        FGM concerns go to the DSL the same day.
    """)),
    ("social_care", "incident", prose("""
        Dispatcher report, [[flight_number:PK 209]], [[date:28 June]]. During boarding at gate 12 a woman,
        [[name:Chantelle Briggs]], was visibly drunk while carrying her son, aged [[age:2]], and stumbled on
        the {{airbridge}}; the child hit his head on the handrail. {{The captain}} refused carriage and airport
        police attended. The gate agent, [[name:Tyler]], said she had been seen in the bar for three hours
        and nobody thought to flag it. The child's grandmother, [[name:Linda]], collected him after the
        paramedics checked him over. Police log [[case_reference:KP-24-0417]] and a referral to
        [[organisation:Ashby Vale Council]] children's social care. Learning: bar staff and gate staff should
        be able to flag a lone intoxicated parent with a small child before boarding.
    """)),
    ("social_care", "success", prose("""
        Base manager report. A cabin crew member, [[name:Rebecca Stone]], told me in confidence that her
        partner had become controlling and that her children, aged [[age:5]] and [[age:7]], had seen him
        assault her. With her consent we followed the company {{domestic abuse policy}}: police were
        involved, a {{MARAC}} referral was made and [[organisation:Ashby Vale Council]] children's social
        care became involved. We rostered her onto day trips only so she could do school runs, and gave her
        access to the {{Employee Assistance Programme}}. Her new mobile, [[phone:07700 900 582]], is visible
        only to me and crewing lead [[name:Mohammed Iqbal]]. [[name:Rebecca]] says the fact that she
        could tell someone at work made the difference.
    """)),
    ("social_care", "success", prose("""
        Special assistance team, [[organisation:Calderbridge International]]. [[name:Noah Fairweather]],
        aged [[age:7]], autistic and non-verbal, travelled with his dad [[name:Simon]] on
        [[flight_number:WR 1404]] on [[date:2 August 2024]], wearing a {{Hidden Disabilities Sunflower}}
        lanyard. Security officer [[name:Bukola]] spotted it in the queue, opened the {{quiet lane}} and let
        him keep his {{ear defenders}} on through the arch. The father e-mailed afterwards from
        [[email:s.fairweather@example.org]] to say it was the first airport trip without a meltdown.
        [[name:Noah]] is in care with his dad under a special guardianship arrangement and his social
        worker had helped plan the trip with us.
    """)),
    ("social_care", "incident", block("""
        From: [[name:Lucy Hammond]] <[[email:lucy.hammond@ashbyvale.gov.uk]]>
        To: [[email:specialassistance@wren-air.example.com]]
        Sent: [[date:12 November 2024]] 16:47
        Subject: Travel for [[name:Mia Robertson]] ([[age:12]]) - CONFIDENTIAL

        [[name:Mia]] (DOB [[date_of_birth:04/06/2012]]) is a {{looked-after child}} flying on
        [[flight_number:WR 3310]] on [[date:15 November 2024]] to her new foster placement at
        [[address:Rowan Cottage, Hill End Lane]], [[postcode:LL57 4TH]]. Birth father must not be told.

        Report: the address was not the airline's. I typed "[[organisation:wren air]]" and accepted the first suggestion,
        a lookalike domain. The recipient did not reply. Reported to {{Information Governance}}, ref
        [[case_reference:IG-2024-0319]]; the placement was reviewed with the {{IRO}} and a police marker
        added. - [[name:L.H.]]
    """)),
    ("social_care", "near_miss", prose("""
        Check-in agent, [[organisation:Harrowfield Airport]], [[date:30/03/2025]]. A couple checked in with a
        girl aged [[age:9]] for [[flight_number:WR 5510]] to Alicante. The child's passport surname,
        [[name:Kowalski]], differed from theirs, [[name:Thompson]], so I asked for a letter. They showed one
        on [[organisation:Ashby Vale Council]] paper approving a holiday, dated [[date:2 April 2024]]. I rang
        the council's {{emergency duty team}} on [[phone:01632 960 905]]; the social worker on duty,
        [[name:Femi Ogunleye]], confirmed that consent had been for Wales last year, not abroad. Mr and Mrs
        [[name:Thompson]] are the {{foster carers}} and had misunderstood {{delegated authority}}. They were
        upset but cooperative, and [[name:Zuzanna]] went home with them. Good outcome, but only because I
        asked.
    """)),
    ("social_care", "success", prose("""
        On [[date:7 September 2024]] police issued an {{all-ports warning}} for a boy, [[name:Ibrahim Yilmaz]],
        aged [[age:5]], believed to be being taken abroad by his father in breach of a
        {{Prohibited Steps Order}}. Our ops control received it at 16:20 via
        [[email:security.ops@causewayairways.example.org]]. Passenger services agent [[name:Chloe Barnes]]
        matched [[name:Ibrahim]] to a booking on [[flight_number:CW 1310]] at
        [[organisation:Kestrel Moor Airport]], where boarding had already started at {{Gate 4}}. She held
        the gate, police attended, and [[name:Ibrahim]] was returned to his mother that evening. Learning:
        the alert took 40 minutes to reach the gate because it went to a shared mailbox; it now triggers a
        phone call to the duty manager as well.
    """)),
]


def main() -> None:
    records = build_records("blind63", REPORTS)
    write_records(OUT, records)


if __name__ == "__main__":
    main()
