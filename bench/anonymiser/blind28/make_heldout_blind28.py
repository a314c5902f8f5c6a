"""Held-out blind corpus 28: aviation-heavy incident reporting from the UK and the Home Counties.

Setting: about half aviation (UK airlines and cabin crew, ATC units, line maintenance, business jets at
Farnborough and Biggin Hill, Heathrow/Stansted/Luton ground handling, air ambulance, GA clubs), then NHS
health (Oxford, Reading, Guildford, Milton Keynes, Luton: paediatrics, maternity, theatres) and social care
(Hertfordshire, Buckinghamshire). Voice: CHIRP FEEDBACK-style edited confidential reports in the third
person, ASRS-style first-person narratives, cabin crew reports with seat numbers and crew positions,
maintenance worksheets, theatre WHO checklist accounts and e-mail chains, with people often referred to by
rank and surname, callsigns and times.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from markup import block as d  # noqa: E402
from markup import build_records, write_records  # noqa: E402
from markup import flow as p  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "corpus" / "heldout_blind28.jsonl"


REPORTS = [
    # ------------------------------------------------------------------ aviation
    ("aviation", "incident", p("""
        The reporter, a first officer with [[organisation:Solent Skyways]], describes the last of five sectors
        on [[date:14 November]], a late positioning leg into Stansted. Capt [[name:Okonjo]] had been called
        from home standby at short notice after the rostered commander, Capt [[name:Farrier-Wood]], went sick.
        On the approach the reporter realised the autobrake had not been armed even though the
        {{landing checklist}} had been read aloud and answered. He challenged at about 800 ft, [[name:Okonjo]]
        armed it and the landing was normal. The reporter filed an ASR ([[case_reference:SSK/ASR/23/0917]])
        and also e-mailed the rostering manager, [[name:Delphine Ashcroft]], because this was the third time in
        a month he had seen a standby call-out stretch a duty right to the limit. CHIRP Comment: reading a
        checklist is not the same as doing it, and tired crews are the first to slip into call-and-response
        without looking. {{FRMS}} data only helps if crews report tiredness; the operator told {{CHIRP}} it has
        since reviewed its standby-to-duty rules.
    """)),
    ("aviation", "incident", p("""
        Narrative: I was PF on [[flight_number:EZY3418]], an {{A320neo}} ([[aircraft_registration:G-UZHK]]),
        inbound to Luton on [[date:03/02/2024]]. Captain [[name:Rhiannon Beddoe]] was PM. Descending to FL90 on
        a radar heading we got a TA and then a {{TCAS RA}} "climb, climb" against a VFR return that was not
        talking to anyone. I followed the RA, [[name:Rhiannon]] told ATC, and the controller (I later found out
        his name was [[name:Gav]]) gave us traffic information straight away and a turn once clear of
        conflict. Max deviation about 600 ft. Afterwards we agreed that we had both been heads-down in the FMS
        re-programming the arrival when the TA came up. Contributing: late runway change, high workload, the
        edge of busy class D airspace on a sunny Saturday. Company report
        [[case_reference:EZ-ASR-240203-117]]. Suggest we brief RA response again in the next sim.
    """)),
    ("aviation", "success", d("""
        CABIN CREW REPORT - [[flight_number:BA2784]] LGW-TFS - [[date:22/07/24]]
        Position: {{No.3}} (fwd)
        About 1h into the flight the pax in 14C, Mrs [[name:Adaeze Nwosu]], became pale, sweaty and confused.
        Her husband, [[name:Chidi]], told me she is type 1 diabetic and had skipped breakfast. I informed the
        CSD, [[name:Harriet Lowndes]], who made a PA for medical help. Dr [[name:Halvorsen]] (seat 9A, a GP)
        attended. We gave sugary drinks and the {{dextrose gel}} from the {{first aid kit}}; BM was 2.6 and rose
        to 6.1 after 20 min. Capt [[name:Mukherjee]] was kept informed on the interphone and decided no
        diversion was needed. Mrs [[name:Nwosu]] walked off unaided at TFS and thanked the crew.
        Good teamwork - [[name:Harriet]] kept the cabin calm and the No.4 took over the bar.
        Staff no. [[case_reference:418806]]
    """)),
    ("aviation", "incident", d("""
        LINE MAINTENANCE WORKSHEET   W/S No. [[case_reference:STN/LM/44817]]
        Station: STN   A/C: [[aircraft_registration:G-JZHP]]   Type: {{B737-800}}
        Date: [[date:09-03-2024]]   Shift: nights
        Task: replace No.2 engine {{fan cowl}} latch (ADD ref [[case_reference:ADD-0392]])
        Carried out by: [[name:M. Haddad]] (mech)
        Certified: [[name:K Sandhu]] {{B1}} lic [[case_reference:UK.66.118742]]
        Narrative: latch replaced and function checked, but cowl left secured on two of three latches after the
        rigging check because [[name:Mo]] was called to an AOG on stand 52. Handover to days was verbal only.
        FO on the walkround at 05:40 spotted the hanging latch. Aircraft delayed 35 min.
        MOR raised [[case_reference:OR-2024-03311]].
        Actions: latch check added to independent inspection; written handover sheet now mandatory.
        Signed [[name:Sandhu]] / [[name:Eddie Prowse]] (shift lead)
    """)),
    ("aviation", "near_miss", p("""
        The reporter, a dispatcher with [[organisation:Hartwell Aviation Services]] at Farnborough, describes
        moving a {{Challenger 350}} ([[aircraft_registration:G-LXRS]]) into the hangar late on
        [[date:Sunday 18th February]]. The tug driver, [[name:Baz]], was working with only one wing walker,
        [[name:Tomasz Wierzbicki]], because [[name:Leanne]] had been sent to meet a passenger at the
        {{FBO}}. As the left wing approached the door rail [[name:Tomasz]] could not be seen from the tug and
        his stop signal was missed; he shouted and slapped the fuselage and [[name:Baz]] stopped with an
        estimated half a metre to spare. No damage. The reporter says the tow was rushed to clear the apron
        for an arriving Global and that nobody felt able to say "wait". The company has since made two
        {{wing walkers}} mandatory for every hangar move and added a whistle to the towing kit. CHIRP Comment:
        minimum crewing for a tow should not depend on who happens to be free.
    """)),
    ("aviation", "incident", p("""
        The reporter, an approach controller at Biggin Hill, describes a PA-28 ([[aircraft_registration:G-BSKW]])
        from [[organisation:Downland Flyers]] climbing through its cleared altitude of 2000 ft into
        {{Class A}} airspace on [[date:6 April]]. The aircraft was flown by a student on a solo navigation
        exercise; the infringement triggered a warning from Thames Radar and a jet descending into City was
        given an avoiding turn. The student, [[name:Ellis Garnham]], later said she had misread the altimeter
        while looking for the {{VRP}}. Her instructor, [[name:Ruth Oyelaran]], rang the unit the same
        afternoon and the club has since added airspace awareness and a moving-map briefing to every pre-solo
        brief. Occurrence ref [[case_reference:OR/24/11873]]. The reporter praised [[name:Ruth]]'s openness and
        noted that [[name:Ellis]] has asked to visit the tower to see the other side of the frequency.
    """)),
    ("aviation", "near_miss", d("""
        From: [[name:Priya Raghunathan]] <[[email:p.raghunathan@meridianground.co.uk]]>
        Sent: [[date:Thursday 11 January 2024]] 07:12
        To: Station Safety
        Subject: Hold door closed with ULD unlocked - [[flight_number:VS251]]

        Hi all, overnight the team on [[flight_number:VS251]] closed the fwd {{hold}} with a {{ULD}} in 12L
        not locked. Picked up by the loadmaster [[name:Ade]] when he reopened to load a late bag. Nothing moved
        but it could have shifted on rotation. The loader, [[name:Connor]], says the lock was stiff and he
        meant to come back to it. Can engineering look at the floor locks on that stand's aircraft?
        [[name:Priya]]
        Duty Manager, [[organisation:Meridian Ground Handling]] | [[phone:020 7946 0318]]

        > From: Station Safety <[[email:safety.lhr@meridianground.co.uk]]>
        > Thanks [[name:Priya]] - logged as [[case_reference:MGH-LHR-0871]]. Engineering found two locks with
        > worn pawls. [[name:Connor]] has done a refresher and we've added a lock-count call to the
        > {{load sheet}} sign-off. Well done [[name:Ade]].
        > [[name:Sam Eke]], Station Safety Lead
    """)),
    ("aviation", "success", p("""
        The reporter, a HEMS pilot with [[organisation:Chiltern Vale Air Ambulance]], describes a tasking on
        [[date:2nd August]] to a child in cardiac arrest near Thame. The nearest landing site was the playing
        field at [[organisation:Moreton Lea Primary School]]. On the recce orbit the
        {{HEMS technical crew member}}, [[name:Jo Penhaligon]], spotted a single telephone wire running
        diagonally across the field that was not on the obstacle database and was invisible from the right
        seat. Capt [[name:Struan McAllister]] went around and landed the {{H145}}
        ([[aircraft_registration:G-CVAA]]) in the paddock next door instead. Paramedic
        [[name:Ifeoma Chukwu]] and Dr [[name:Latham]] reached the patient within four minutes. After the job
        [[name:Jo]] added the wire to the team's landing site log and e-mailed the school business manager,
        [[name:Glenys Parfitt]], who arranged for the wire to be marked. CHIRP Comment: a textbook example of a
        second pair of eyes and of closing the loop afterwards.
    """)),
    ("aviation", "incident", d("""
        Cabin crew occurrence - [[flight_number:BY6212]] LTN-DLM, [[date:Sat 15 June]]
        Reporter: No.4 (aft galley), [[name:Kayleigh Mawer]]
        About 40 min after take-off oven 2 in the aft {{galley}} started smoking. I switched it off and pulled
        the {{circuit breaker}}, [[name:Josh]] (No.5) got the extinguisher and {{PBE}} ready. I called the SCCM,
        [[name:Dionne Watt]], on the interphone and she informed the flight deck. Smoke stopped after about
        2 min, no flame seen. Capt [[name:Abernethy]] continued to destination after speaking to MOC. Cause: a
        paper napkin left on a meal tray from the previous sector, found charred inside the oven. Pax in 34D
        and 34E were moved to 21B/21C because of the smell.
        Engineering report [[case_reference:TUI-ENG-55102]].
        I think we reacted well but we had not done the oven check on boarding because of the quick turn.
    """)),
    ("aviation", "success", p("""
        Good catch at [[organisation:Redhill Vale Aero Club]] on [[date:Saturday 9th]].
        [[name:Sky Hartigan]], a PPL holder with about 60 hours, was doing the A-check on {{Cessna 152}}
        [[aircraft_registration:G-BNRX]] after it had been parked outside through two days of heavy rain. Her
        first {{fuel drain}} sample from the left tank was cloudy with a clear bead at the bottom. She kept
        draining, eleven cups before it ran clean, and then told the {{CFI}}, [[name:Alun Prys-Jones]], rather
        than flying. The right tank was also contaminated and the filler cap seal had perished. The club's
        engineer, [[name:Winston]], replaced both seals and the aircraft stayed on the ground until the
        [[date:12th]]. The CFI is using the story at this month's safety evening: the aircraft looked perfect
        from the outside and the sky was blue. Thank you [[name:Sky]].
    """)),
    ("aviation", "near_miss", p("""
        The reporter, a ground movement controller at Stansted, describes a near runway incursion on
        [[date:27/10/2023]] at about 06:20 in darkness and mist. An airside operations pickup,
        [[vehicle_registration:AV21 KPX]], was cleared to the {{holding point}} for runway 22 for a lighting
        inspection. The driver, [[name:Darren Pickles]], read back "cross" instead of "hold short" and the
        controller, [[name:Ngozi Eze]], who was also covering the delivery position, did not catch it. The
        vehicle stopped only because the {{stop bar}} was lit, as an arriving 737 crossed the threshold.
        [[name:Pickles]] later said he had been thinking about his next job. [[name:Ngozi]] reported it herself
        ([[case_reference:STN-ATC-2023-0442]]). The unit has since split GMC and delivery before 07:00 and
        reminded drivers that a readback of "cross" to a hold-short instruction is to be challenged every time.
    """)),
    ("aviation", "incident", p("""
        The reporter, a {{licensed engineer}} at [[organisation:Brackley Aero Engineering]] at Luton, describes a
        main wheel change on a {{Legacy 600}}, [[aircraft_registration:G-RVLX]], on [[date:Tue 16 Jan]]. The
        torque wrench issued from stores had a calibration label showing it was due on
        [[date:14/01/2024]]; nobody noticed. When the wrench was checked after the aircraft had flown two
        sectors it was reading about 18% low. The supervisor, [[name:Hollis]], grounded the aircraft on its
        return and the axle nuts were re-torqued by [[name:Ollie Brennan-Shaw]] with a calibrated tool. The
        quality manager, [[name:Farida Qureshi]], found the stores system allowed issue of out-of-date tools
        without a warning. MOR [[case_reference:BAE-Q-24-007]] was raised with the {{CAA}}. CHIRP Comment:
        the engineer checks the tool, not just the stores. Both apply.
    """)),
    ("aviation", "success", d("""
        Disruptive passenger report - {{Level 2}} - [[flight_number:W95724]] KRK-LTN [[date:01.12.23]]
        SCCM: [[name:Zuzanna Wróbel]]   Reporting crew: [[name:Luis]] (No.2)
        Mr [[name:Callum Breen]] in 22A was drinking his own duty-free vodka and became abusive to 22B/22C
        when asked to stop. I moved the other pax to row 30, [[name:Luis]] spoke to him calmly at eye level and
        took the bottle, and we issued the {{yellow card}}. He settled but the flight deck (Capt
        [[name:Dragomir]]) requested police on arrival as he was still verbally aggressive.
        PC [[name:Amber Jessop]] met the aircraft and took statements, ref [[case_reference:43/17729/23]].
        What went well: nobody argued with him, one crew member only spoke to him, the rest of the cabin was
        kept away, and [[name:Breen]] was off-loaded before the other passengers.
    """)),
    ("aviation", "incident", p("""
        Narrative: Departing Farnborough runway 24 in the {{Citation}} XLS ([[aircraft_registration:G-KXCJ]]) on
        [[date:19 Sept]], the PIC, [[name:Marcus Olufemi-Grant]], and I had loaded the {{SID}} from the filed
        plan. ATC amended it at clearance delivery and I wrote the new routing on my kneeboard without
        re-entering it in the {{FMS}}. After take-off the aircraft turned the wrong way; Farnborough Radar
        queried it within 20 seconds and gave us a heading. No loss of separation was reported. We were both
        operating for [[organisation:Aldermoor Jet Charter]] on our third early start. Lesson: after any
        clearance change, the PM changes the box and the PF checks the legs page. I have written this up as
        [[case_reference:AJC-SR-2023-061]] and [[name:Marcus]] has asked the chief pilot,
        [[name:Ingrid Solberg]], to add an amended-clearance cross-check to the SOP.
    """)),
    ("aviation", "incident", d("""
        From: [[name:Siobhan Kearney]] (MCC)
        To: [[name:Ravi Chaudhary]]; Line Maintenance LHR
        Date: [[date:5 May 2024]] 16:47
        Subject: [[aircraft_registration:G-EUYT]] - MEL item expired

        [[name:Ravi]], [[aircraft_registration:G-EUYT]] operated [[flight_number:BA1378]] to EDI this afternoon
        with the pack valve {{MEL}} item one day past its category C limit. It was caught by the tech records
        clerk ([[name:Will]]) reviewing the deferred defects list, not by the system. Aircraft now AOG at EDI.
        Please call me on [[phone:07700 900413]].
        [[name:Siobhan]]

        ---
        [[name:Siobhan]] - agreed. The extension request was drafted on [[date:Fri 3rd]] but never sent because
        [[name:Lorraine]] went on leave and it sat in her drafts. MOR [[case_reference:OR-2024-05217]]
        submitted. I've asked IT why the {{AMOS}} alert didn't fire.
        [[name:Ravi]]
    """)),
    ("aviation", "near_miss", p("""
        The reporter, a cabin crew member working as {{No.2}} on [[flight_number:BA478]] from Heathrow to
        Malaga on [[date:28th August]] (aircraft [[aircraft_registration:G-EUXK]]), describes a near scald
        during the bar service. The purser,
        [[name:Gideon]], had leaned across to hand a tea to 7E without setting the trolley brake. In light
        turbulence the trolley moved and a pot of hot water slid to the edge directly above a
        [[age:10]]-month-old infant asleep on her father's lap in 7D. The reporter caught the pot. The father,
        Mr [[name:Rashid Al-Mansoori]], was understandably upset and the captain later came back to
        apologise. The reporter says the crew were at minimum numbers on the {{A321}} and everyone was rushing
        to finish the service before descent. CHIRP Comment: trolley brakes on every stop, every time, and
        hot drinks are never passed over a seated infant.
    """)),
    ("aviation", "success", p("""
        In report [[case_reference:GA/2023/0418]] the reporter, a private pilot, wrote to thank a {{LARS}}
        controller at Farnborough. Flying
        [[aircraft_registration:G-CDZN]] on [[date:Tuesday 23 May]] he found himself on top of a closing layer
        near Basingstoke and called saying he was uncertain of his position. The controller, who he later
        learned was [[name:Lorna Fitzwilliam]], gave him a squawk, identified him, asked for his first name and
        then used it: "[[name:Guy]], you're doing fine, turn left heading 040 and I'll find you a gap." She
        coordinated with {{D&D}} as a precaution and talked him down through a gap to a visual join at
        Blackbushe. The reporter says that hearing his name made him calm down and start flying again. He has
        since done a refresher with his instructor, [[name:Malcolm Ibbotson]], and now files a plan for every
        cross-country.
    """)),
    ("aviation", "near_miss", p("""
        pushback stand 514, [[flight_number:BA117]] to JFK, [[date:12/12/23]] approx 1835. i was on
        {{headset}}, [[name:sunil]] was driving the tug. after the push i said "set {{parking brake}}" and got
        confirmation from the flight deck but [[name:sunil]] disconnected the towbar before i had put the
        {{bypass pin}} back in and given the all clear. both engines were running. no movement but if the
        brake hadnt been set we had a 777 rolling with a tug in front of the nosewheel. [[name:kev]] our team
        leader said this is the 2nd time this month on our shift. i reported on the safety app, ref
        [[case_reference:HSA-11029]]. we need a proper briefing on the sequence because new starters are
        copying bad habits.
    """)),
    ("aviation", "success", p("""
        Tool control worked. At the end of a night-stop check on [[aircraft_registration:G-JZHT]] at Stansted
        on [[date:2 March]], the shadow board showed a torch missing from kit 17. Mechanic
        [[name:Bogdan Lisowski]] refused to sign the {{tool control}} sheet and held the aircraft. He and
        [[name:Frank Idowu]] searched with the shift lead, [[name:Naomi]], and found the torch resting in the
        lip of the No.1 engine intake, where [[name:Bogdan]] had used it during the {{borescope}} inspection.
        Had it not been found it would almost certainly have been ingested on start: a {{FOD}} event costing
        an engine. The aircraft left 20 minutes late. The station manager has written to both engineers and
        the story is going into the next human factors refresher.
    """)),
    ("aviation", "success", p("""
        The reporter, a captain with [[organisation:Kestrel Executive Aviation]], describes a planned
        {{Phenom 300}} ([[aircraft_registration:G-KEAV]]) departure from Biggin Hill to Nice on
        [[date:Friday 1st December]] with freezing fog forecast to lift. The charter broker's contact,
        [[name:Nikita Varma]], phoned three times in 40 minutes pressing for an on-time departure because the
        client had a dinner engagement. RVR was 150 m, below the company's {{take-off minima}}. Supported by
        the first officer, [[name:Patrick Dunleavy]], the reporter declined and told the ops manager,
        [[name:Verhoeven]], who backed him in writing to the broker. They departed at 11:20 once the fog had
        lifted and the client thanked the crew. CHIRP Comment: {{commander's discretion}} works in both
        directions; it is good to hear an operator standing behind a captain who says no.
    """)),
    ("aviation", "near_miss", p("""
        The reporter, a cabin crew member with [[organisation:Aurelian Airways]], describes a hotel night-stop
        on [[date:4 October]] where the crew rooms were above a nightclub. The SCCM,
        [[name:Precious Mahlangu]], phoned {{crew control}} at 01:30; the duty controller, [[name:Gerry]], told
        her to use earplugs. Nobody slept more than four hours. On the first sector next morning the
        {{No.2}}, [[name:Ffion Lamb]], did not disarm door 1L on arrival and the cross-check was only caught
        when [[name:Precious]] looked through the viewing window before the dispatcher opened it. [[name:Lamb]]
        told the reporter she had no memory of the call. The crew reported fatigue afterwards and were told
        the hotel met contract standards. CHIRP Comment: the operator has now moved crews to a different hotel.
    """)),
    ("aviation", "incident", p("""
        Flight [[flight_number:EI155]], {{A320}} [[aircraft_registration:EI-GPZ]], Dublin to Heathrow,
        [[date:16/01/24]]. On final for 27L at about 1500 ft we had a sharp roll to the left of roughly 20
        degrees which I attribute to wake from the {{A380}} ahead. Spacing on TCAS looked less than we
        expected behind a Super. I am the captain; I took control from the FO, [[name:Aoife Ní Bhriain]], and
        flew a {{go-around}}. The second approach was uneventful. [[name:Aoife]] handled the radio and the
        checklists well. Our company safety officer, [[name:Declan Furlong]], has asked for the radar data
        from NATS, report ref [[case_reference:ASR 24/0088]]. I would like to know whether the spacing on the
        approach was correct or whether compression near the threshold caught us out.
    """)),
    ("aviation", "incident", d("""
        Clinical incident - secondary transfer, [[date:Wed 6 March]]
        Patient: [[name:Alfie Chamberlain]], [[age:9]]y, NHS [[nhs_number:441 884 1962]]
        From [[organisation:Stoke Mandeville Hospital]] ED to [[organisation:John Radcliffe]] PICU
        Crew: [[name:Dawn Okafor]] (CCP), Dr [[name:Imran Shah]]
        On return to base the {{ketamine}} count in the {{CD register}} was one ampoule out. [[name:Dawn]] and
        Dr [[name:Shah]] searched both bags and found the ampoule in the paediatric drug pouch, unopened. It had
        been drawn out in flight as a precaution, not used, and put back in the wrong place during turbulence.
        Datix [[case_reference:W-118204]]. Learning: return unused CDs to the CD pouch immediately and
        record it at the time, even airborne.
    """)),
    ("aviation", "near_miss", p("""
        The reporter, a member of [[organisation:Wycombe Vale Vintage Group]], describes hand-swinging the
        propeller of the group's {{Tiger Moth}}, [[aircraft_registration:G-ANFW]], at a farm strip on
        [[date:Sunday 14 July]]. The pilot in the cockpit, [[name:Hope Ballantyne]], called "switches off" and
        confirmed it, but the {{magnetos}} were still live because a broken switch wire had earthed nothing.
        The engine fired as the reporter's colleague, [[name:Dennis]], was pulling the blade through to prime
        it. He fell clear with a grazed hand. The group engineer, [[name:Rajinder Bassi]], found the fault the
        same day. The group now does a dead-cut check at every shutdown and [[name:Hope]] has written it into
        the checklist. CHIRP Comment: always treat a propeller as live.
    """)),
    ("aviation", "near_miss", d("""
        From: [[name:Bex Tanner]]
        To: [[name:Tomás Ferreira]]
        Subject: door 2R on Monday

        Hi [[name:Tomás]], as discussed on the phone - on [[date:Mon 8th]] on [[flight_number:EZY8837]] I was at
        door {{2R}} and after "doors to manual and {{cross-check}}" I confirmed my door without actually
        looking at the girt bar because the pax in 25F stood up. The door was still armed. When the ground
        agent ([[name:Nkechi]]) knocked to open from outside she saw the warning flag in the window and didn't
        open it. Really sorry, I know how close that was to a {{slide}} deployment.
        [[name:Bex]] (staff no [[case_reference:E719904]])

        > Thanks for being so honest [[name:Bex]]. Please do the door module again with [[name:Carys]] on
        > Thursday. I've also thanked [[name:Nkechi]].
        > [[name:Tomás Ferreira]], Base Manager
    """)),
    # ------------------------------------------------------------------ health
    ("health", "near_miss", p("""
        Theatre 6, [[organisation:Nuffield Orthopaedic Centre]], [[date:17/04/2024]]. Left total knee
        replacement, Mrs [[name:Elsie Trowbridge]], [[age:78]], MRN [[case_reference:NOC2214587]]. The
        {{WHO checklist}} sign-in had been done and the site marked on the left leg. In the anaesthetic room
        Dr [[name:Mehta]] (ST5) was preparing an adductor canal block with the ultrasound probe already on the
        right thigh, because the patient had been positioned facing the other way after a late bed swap. The
        ODP, [[name:Kieran Lyle]], called "{{Stop Before You Block}}" as the needle was being unwrapped. The
        mark was rechecked and the block done on the left. No harm. Dr [[name:Mehta]] thanked
        [[name:Kieran]] at the team brief and asked for it to be shared. Datix [[case_reference:DW-77104]].
    """)),
    ("health", "incident", p("""
        Datix [[case_reference:218843]], paediatric ward, [[organisation:Royal Berkshire Hospital]].
        Patient: [[name:Mia-Rose Delaney]], [[age:4]] yrs, NHS [[nhs_number:128 923 2768]].
        {{Gentamicin}} 7 mg/kg was prescribed by Dr [[name:Oyelowo]] (FY2) using a weight of 21 kg from a
        previous admission instead of today's 16 kg, so 147 mg was given at 02:00 rather than 112 mg. The
        checking nurses, [[name:Bethan]] and [[name:Ama Boateng]], checked the calculation against the chart
        but not the weight. The pre-dose level was high, the second dose was withheld and renal function
        stayed normal. [[name:Mia-Rose]]'s {{mum}}, [[name:Chantelle]], was told by the registrar the same
        morning and a {{duty of candour}} letter followed on [[date:9 May]]. Action: weight must be
        re-measured on admission and documented on the drug chart.
    """)),
    ("health", "success", p("""
        Shout-out from delivery suite, [[organisation:Milton Keynes University Hospital]], night of
        [[date:2nd February]]. [[name:Sadia Rahman]], para 2, had a {{PPH}} of 2.1 litres after a normal
        birth. Her midwife, [[name:Joy Mensah]], pulled the emergency bell immediately and started fundal
        massage; the coordinator, [[name:Faith Adebayo]], took the scribe role and called the
        {{major haemorrhage protocol}} at 1000 ml. The obstetric registrar, Dr [[name:Kowalczyk]], gave
        {{carboprost}} and transferred to theatre 2 where Dr [[name:Beaumont]] (anaesthetics) had the rapid
        infuser ready. Bleeding controlled with a balloon. [[name:Sadia]] needed three units and went home on
        day 3 with her son. The debrief the next morning was short, calm and kind. Thank you
        [[name:Joy]] and [[name:Faith]] for a textbook response.
    """)),
    ("health", "success", d("""
        From: [[name:Marguerite Oduya]] <[[email:m.oduya@nhs.net]]>
        Sent: [[date:24 June 2024]]
        To: [[name:Tariq Lalani]]
        Subject: count discrepancy {{theatre 4}} - Datix [[case_reference:RSC-64410]]

        Hi [[name:Tariq]], quick summary as promised. During an emergency laparotomy on Friday evening
        (pt [[case_reference:H0492281]]) the {{scrub nurse}}, [[name:Rosie]], called a missing swab at the first
        closing count. Mr [[name:Fennimore]] wanted to close as the list was over-running but [[name:Rosie]]
        held firm, the team stopped, and an on-table X-ray was clear. The swab was then found in the linen
        skip. No harm, and nobody was made to feel awkward.
        [[name:Marguerite]]
        Theatre Manager, [[organisation:Royal Surrey County Hospital]]

        > Thanks [[name:Marguerite]] - this is exactly what {{NatSSIPs}} asks for. Please pass my thanks on.
        > [[name:Tariq]]
    """)),
    ("health", "incident", p("""
        Paediatric ED, [[organisation:Luton and Dunstable University Hospital]], [[date:Sunday 19 November]].
        [[name:Theo Marchetti]], aged [[age:2]], NHS [[nhs_number:884 937 2302]], was brought in by his dad
        at 21:40 with fever and mottled legs. The triage nurse, [[name:Lacey]], was covering both triage and
        the waiting room and the {{sepsis screening}} tool was not completed. He waited 55 minutes. Seen by
        Dr [[name:Abimbola]] (ST3) at 22:35: capillary refill 4 seconds, lactate 4.1. The {{Sepsis Six}} were
        completed within the hour after that and [[name:Theo]] was retrieved to PICU by {{CATS}}. He is now
        home. The review found triage was staffed by one nurse from 21:00 on three Sundays out of four.
        A second triage nurse is now rostered and screening has moved to the front of the triage form.
    """)),
    ("health", "near_miss", p("""
        Near miss, neonatal unit, [[organisation:John Radcliffe]], [[date:03.09.23]]. Twins Baby
        [[name:Khan]] 1 (NHS [[nhs_number:235 106 7525]]) and Baby [[name:Khan]] 2
        (NHS [[nhs_number:386 033 0551]]) were in adjacent cots. Staff nurse [[name:Hollie Barraclough]] was
        about to give {{caffeine citrate}} to twin 2 from twin 1's prescription, which had a different dose
        by weight. The {{second checker}}, [[name:Pradeep]], read the NHS number from the {{name band}} aloud
        against the chart and it did not match. No drug given in error. Both twins now have coloured cot
        cards and the unit has added "read the number, not the name" to its safety huddle. Parents
        [[name:Aisha]] and [[name:Bilal]] were told and were grateful it had been caught.
    """)),
    ("health", "success", p("""
        Good practice, theatre 9, [[organisation:Royal Berkshire Hospital]], [[date:12th March]]. During
        induction for an elective lap chole the patient (hospital no. [[case_reference:RBH 3108842]]) developed
        {{anaphylaxis}} after {{rocuronium}}: BP unrecordable and bronchospasm. Consultant anaesthetist
        Dr [[name:Naismith]] called it immediately. The ODP, [[name:Grace Whitlock]], fetched the anaphylaxis
        box and read the {{AAGBI}} card out loud step by step while Dr [[name:Naismith]] gave adrenaline.
        Mr [[name:Oduwole]] abandoned the procedure. Tryptase samples were taken at the right times and the
        patient was referred to the allergy clinic and discharged on [[date:14/03]]. The hot debrief was led
        by [[name:Grace]] and the card-reading role will now be part of every anaphylaxis drill.
    """)),
    ("health", "incident", d("""
        From: [[name:Leila Haddadi]] (Band 7, labour ward)
        To: [[name:Morag Sinclair]], Maternity Governance
        Sent: [[date:Tue 28/11/2023]] 09:03
        Subject: RE: baby born in poor condition - Datix [[case_reference:RBFT-2023-9914]]

        [[name:Morag]] - as requested. Mother: [[name:Jessica Oyinlola]], DOB [[date_of_birth:21/08/1996]],
        hosp no [[case_reference:RBH 2877310]]. The {{CTG}} showed reduced variability from about 03:10 that was
        classed as "suspicious" and the {{fresh eyes}} review at 04:00 was missed because both midwives on the
        unit were in theatre. Baby born at 05:12 needed resuscitation and was transferred for cooling to
        [[organisation:John Radcliffe]]. [[name:Jessica]] and her partner have been seen by the consultant.
        I have referred to MNSI as it meets their criteria.
        [[name:Leila]]
    """)),
    ("health", "success", p("""
        Community midwife [[name:Hannah Price]] visited [[name:Kasia Nowicka]] at
        [[address:27 Tanfield Close, Shenley Brook End]], [[postcode:MK5 7HQ]] for her day 5 check on
        [[date:Thursday 30th]]. While doing the {{heel prick}} test, with the partner out of the room,
        [[name:Hannah]] asked the routine enquiry question about {{domestic abuse}}. [[name:Kasia]] said she
        was frightened and that her partner had taken her phone. [[name:Hannah]] completed a DASH risk
        assessment, which scored high, and with consent referred to {{MARAC}} and the IDVA, [[name:Shona]],
        the same afternoon. A safety plan was agreed and follow-up visits were arranged at the children's
        centre rather than at home. Learning: ask every time, even when the visit is busy.
    """)),
    ("health", "success", p("""
        ED, [[organisation:Royal Surrey County Hospital]], [[date:Sat 7th Oct]]. [[name:Arlo]], [[age:3]], was
        brought in by his grandmother, [[name:Maureen Pearce]], who thought he might have swallowed a
        {{button battery}} from a TV remote half an hour earlier. The triage nurse, [[name:Ivy Sandford]],
        recognised the risk straight away, gave 10 ml of honey as per the pathway and got him to X-ray within
        15 minutes. The battery was in the {{oesophagus}}. ENT (Mr [[name:Achebe]]) removed it under general
        anaesthetic within two hours, with only superficial mucosal burns. [[name:Arlo]] went home the next
        day. [[name:Ivy]] had done the button battery e-learning the previous week and the department is now
        sharing her case as the example for new starters.
    """)),
    ("health", "incident", p("""
        Trauma list, [[organisation:Horton General Hospital]], [[date:Wednesday 10th]]. The list order was
        changed after the brief when the second patient's bloods came back, so [[name:Ronald Ashby]] (NHS
        [[nhs_number:617 278 3874]], DOB [[date_of_birth:02/11/1939]]) for a hip {{hemiarthroplasty}} went in
        first. The theatre coordinator, [[name:Pam]], updated the whiteboard but not the implant list given to
        the scrub team. The scrub practitioner, [[name:Lindiwe]], opened a stem sized for the other patient.
        It was spotted by Mr [[name:Vasquez-Ortiz]] at trial reduction and the correct size was opened;
        the first stem was wasted. No harm to [[name:Ronald]]. Learning: any list change means a fresh
        {{team brief}}, not a whiteboard edit.
    """)),
    ("health", "incident", p("""
        Expressed breast milk from the fridge labelled for Baby [[name:Okoro]] was given to Baby
        [[name:Fitzgerald-Hale]] by {{NG tube}} at 03:00 on [[date:22/11/2023]] on the neonatal unit at
        [[organisation:Luton and Dunstable]]. Nurse [[name:Anjali]] took the bottle from the shared shelf and
        did not scan it because the scanner on that bay had a flat battery. The error was noticed at the next
        feed. Baby [[name:Fitzgerald-Hale]]'s {{mum}}, [[name:Georgia]], was informed by the consultant and the
        mother of the other baby, [[name:Blessing Okoro]], consented to blood screening. Both were supported
        by the ward manager. Datix [[case_reference:LD/NNU/2023/1187]]. Spare {{EBM}} scanners are now kept at
        the nurses' station.
    """)),
    ("health", "incident", d("""
        From: [[name:Colette Ambrose]], Practice Manager, [[organisation:Watling Vale Medical Centre]]
        To: ICB Patient Safety
        Date: [[date:14th May]]

        We have two registered patients called [[name:David Morris]], DOB [[date_of_birth:04/02/1958]]
        (NHS [[nhs_number:300 668 4729]]) and DOB [[date_of_birth:14/12/1961]] (NHS [[nhs_number:880 755 1365]]).
        A letter with an abnormal {{PSA}} result for the first was sent to the home of the second, at
        [[address:8 Coleshill Place, Bradwell Common]], [[postcode:MK13 8DS]], because the receptionist,
        [[name:Suzy]], searched by name only. The second [[name:David Morris]] rang us, upset, and returned it.
        We have apologised to both and now require two identifiers on every search. SEA to follow.
        [[name:Colette]]
    """)),
    ("health", "success", p("""
        {{Time out}} in theatre 3 at [[organisation:Mount Alvernia Hospital]], Guildford, [[date:9/1/24]].
        Listed: right inguinal hernia repair, [[name:Gwilym Rees]], DOB [[date_of_birth:17.05.1951]], MRN
        [[case_reference:MA-558120]]. The consent form and list said right, but the arrow on the skin was on
        the left groin. The {{scrub nurse}}, Sister [[name:Rose Achterberg]], stopped the time out before
        prep. The surgeon, Mr [[name:Delacroix]], went back to the ward with the patient notes and
        [[name:Gwilym]], who was still awake, said the lump was on the right. The mark had been drawn by a
        junior doctor facing the patient. Corrected, and the operation went ahead. [[name:Rose]] was thanked at
        the end-of-list debrief and the hospital has added "surgeon marks own patient" to its local
        {{WHO checklist}}.
    """)),
    ("health", "success", p("""
        Health visitor [[name:Summer Adeyemi]] did the 6-8 week review for [[name:Zayn Hussain]], [[age:7]]
        weeks, at home on [[date:Monday 4th]]. He was still yellow and his mum showed her a nappy with pale
        stools. [[name:Summer]] used the {{stool colour chart}}, rang the paediatric team at
        [[organisation:Luton and Dunstable]] and got him seen the same afternoon. {{Biliary atresia}} was
        confirmed and [[name:Zayn]] had a {{Kasai}} procedure at [[organisation:King's College Hospital]] at
        eight weeks old. The team there said referral before 60 days makes a real difference. [[name:Summer]]
        has since run a short session for the GP practice nurses on prolonged jaundice.
    """)),
    # ------------------------------------------------------------------ social care
    ("social_care", "near_miss", p("""
        On [[date:Monday 15th January]] the DSL at [[organisation:Oakmere Primary School]],
        [[name:Jenny Coutts]], rang the {{MASH}} about [[name:Kacper]] ([[age:7]]) and his sister
        [[name:Lena]] ([[age:5]]) who had arrived with bruising to the face and upper arm. Home address
        [[address:14 Ashwell Road, Hatfield]], [[postcode:AL10 9QT]]. The {{duty social worker}},
        [[name:Femi]], recorded the contact correctly (case [[case_reference:LCS-0945521]]) but sent the police
        check request to an old team inbox. It was picked up 26 hours later by the team manager,
        [[name:Alison Rudd]], on her daily review. Strategy discussion held that afternoon; [[name:Kacper]] and
        [[name:Lena]] were seen and a medical arranged. The generic inbox has now been closed and bounces with
        the correct address.
    """)),
    ("social_care", "incident", d("""
        INCIDENT FORM - [[organisation:Willowbrook House]], Amersham
        Resident: [[name:Edna Marsh]]  DOB [[date_of_birth:11.03.1931]]  Room 12
        NHS no. [[nhs_number:770 554 1424]]
        Date: [[date:24/02/24]]   Time: 08:10
        At the morning round senior carer [[name:Marcia]] gave [[name:Edna]] the medication for
        [[name:Edith Marsden]] (room 21), including {{apixaban}} and {{bisoprolol}}. [[name:Edna]] is not
        prescribed either. Noticed when the MAR for room 21 was signed.
        GP ([[organisation:Chiltern Hills Surgery]]) advised pulse and BP hourly and to watch for bleeding;
        no harm. Family informed ([[name:Sandra]], daughter). Reported to {{CQC}} and the safeguarding team.
        Manager: [[name:Tendai Moyo]]
    """)),
    ("social_care", "success", p("""
        Good practice from [[organisation:Fairlands Lodge]], a children's home in Stevenage.
        [[name:Tayla]], [[age:15]], arrived in [[date:September 2023]] after three placement breakdowns in a
        year. Her key worker, [[name:Reuben Asante]], agreed with her that staff would never discuss her in
        front of her and that she could choose her own {{CAMHS}} appointment times. Her social worker,
        [[name:Maryam Siddiqui]], arranged for her to stay at [[organisation:Fairlands Academy]] despite the
        move. By her {{LAC review}} on [[date:12 March 2024]] [[name:Tayla]] had had no missing episodes and
        her attendance was 94%. [[name:Reuben]] says the key was doing what they said they would, every
        single time. The IRO, [[name:Bernadette Quayle]], has asked for the approach to be written up.
    """)),
    ("social_care", "incident", p("""
        Mr [[name:Stanley Okwuosa]], [[age:84]], was discharged from [[organisation:Stoke Mandeville Hospital]]
        on [[date:Friday 8 December]] to [[address:Flat 6, Brookside Court, Walton Street, Aylesbury]],
        [[postcode:HP21 7QS]], under {{discharge to assess}} with four calls a day from
        [[organisation:Vale Home Carers]]. The referral had his NI number ([[ni_number:JT 48 22 91 B]]) and
        GP details but no start date, and the agency put him on the rota from Monday. On Saturday a
        neighbour, [[name:Dot]], found him on the floor, dehydrated. He was readmitted. The hospital social
        worker, [[name:Lucy Pennington]], had assumed the package started on the day of discharge. A
        {{Section 42}} enquiry found no single person owned the start date; the discharge checklist now has a
        confirmed first-call time.
    """)),
    ("social_care", "success", p("""
        Falls at [[organisation:Cassio Lodge]], a care home in Watford, fell from 19 in the summer quarter to 6
        by the end of the year. The deputy manager, [[name:Frank Oyediran]], noticed from the log that most
        falls happened between 16:00 and 18:00, when staff were on handover and residents were restless.
        Activities were moved to that slot: [[name:Ivy]], who is [[age:96]], runs a singing group and [[name:Mabel]]
        helps lay tables. The home's physio, [[name:Tanvi Joshi]], added a simple {{sit-to-stand}} exercise
        before tea. A resident's daughter, [[name:Claire Beaumont]], wrote to say her mother had not fallen
        since. The {{falls}} lead at the county council is sharing this with other homes in Hertfordshire.
    """)),
    ("social_care", "incident", d("""
        From: [[name:Hattie Greenslade]] <[[email:hattie.greenslade@buckinghamshire.gov.uk]]>
        To: Dr [[name:Okeke]]; CAMHS SPA
        Date: [[date:19 April 2024]]
        Subject: [[name:Oliwia]] K - urgent, referral lost?

        Dr [[name:Okeke]], I referred [[name:Oliwia]] (DOB [[date_of_birth:03/06/2009]], our ref
        [[case_reference:BCC-CS-338271]]) to the {{CAMHS}} single point of access on [[date:25 March]] after
        disclosures of {{self-harm}}. Her mum rang today to say nobody had contacted them and last night
        [[name:Oliwia]] attended A&E at Wycombe. Can you tell me where the referral went?
        [[name:Hattie]], social worker, Wycombe family support
        [[phone:01494 960 221]]
    """)),
    ("social_care", "success", p("""
        Safeguarding adults concern raised by a bank branch in High Wycombe for [[name:Norman Pettifer]],
        [[age:79]], of [[address:Orchard View, Hughenden Road, High Wycombe]], [[postcode:HP13 5DT]], NI
        [[ni_number:NE 61 03 74 A]]. The cashier, [[name:Sterling Obi]], noticed that his nephew, [[name:Lee]],
        had come in with him four times in two weeks to withdraw cash and that Mr [[name:Pettifer]] looked
        at [[name:Lee]] before answering every question. The social worker, [[name:Miles Carrington]], visited
        alone under a {{Section 42}} enquiry. Mr [[name:Pettifer]] disclosed that about 9,000 pounds had gone.
        A {{Lasting Power of Attorney}} was found to be invalid, the account was protected, and police were
        informed. Good use of the {{Care Act}} duty to share.
    """)),
    ("social_care", "incident", p("""
        Missing episode: [[name:Jayden]], [[age:14]], from [[organisation:Meadowbank House]] in Hemel
        Hempstead, on [[date:Fri 22 March]]. At 19:40 a support worker, [[name:Dev]], saw him get into a grey
        Audi, [[vehicle_registration:KX19 BNO]], with two older males and phoned the police within 15 minutes,
        ref [[case_reference:41/65203/24]]. [[name:Jayden]] was found at 02:10 in Luton with cash and two
        phones, which raised {{county lines}} concerns. The car had been linked to him twice before but this
        was not on his {{missing persons}} risk assessment, so staff had no prompt to treat it as high risk.
        A return home interview was done by [[name:Carly Nash]] and an {{NRM}} referral has been made.
    """)),
    ("social_care", "success", p("""
        [[name:Mark Tillotson]], [[age:34]], who has a learning disability and autism and lives in supported living
        in St Albans, had not seen a dentist for six years. His support worker, [[name:Dawn Kiely]], worked
        with the community dental team over four visits: first just sitting in the waiting room, then in the
        chair, then a mirror. She made a photo story with him of each step. On [[date:11/06/2024]]
        [[name:Mark]] had two fillings without sedation. The learning disability nurse, [[name:Abdul]], says
        the {{reasonable adjustments}} were a model for his {{annual health check}} too. [[name:Mark]] chose
        his own treat afterwards and has booked his next check-up himself.
    """)),
    ("social_care", "near_miss", p("""
        Reablement visit, Chesham, [[date:Tuesday 5th]]. The worker, [[name:Precious Ndlovu]], could not get
        into the home of Mrs [[name:Winifred Agyeman]], [[age:88]], at [[address:3 Bellingdon Road]],
        [[postcode:HP5 2HA]], because the {{key safe}} code on the rota system was the old one. Through the
        letterbox she heard [[name:Winifred]] calling and saw her on the hall floor. She rang 999 and the
        office, and the coordinator, [[name:Gail]], found the new code in a case note from the
        {{occupational therapist}}. [[name:Winifred]] had been on the floor about two hours but was not
        injured. Case [[case_reference:BC-ASC-771043]]. Key safe codes are now stored in one field only.
    """)),
]


def main() -> None:
    records = build_records("blind28", REPORTS)
    write_records(OUT, records)


if __name__ == "__main__":
    main()
