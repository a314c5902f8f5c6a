"""Held-out blind corpus 68: CHIRP-style confidential reporting line, aviation plus a parallel care line.

Setting: a national confidential reporting programme in the style of CHIRP. Pilots, licensed
engineers, cabin crew, air traffic controllers, ramp staff, drone and glider pilots report on one
line; social workers, residential staff, nurses, midwives and paramedics on a parallel line. Several
reports carry the panel's follow-up questions and the reporter's answers.
Voice: first-person, frank, sometimes defensive ("I'd rather the station manager didn't know"),
full of trade shorthand, callsigns read out phonetically, chat and transcript extracts, e-mail
headers and colleagues named casually by first name, nickname, initials or surname.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from markup import block, build_records, write_records  # noqa: E402
from markup import flow as prose  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "corpus" / "heldout_blind68.jsonl"

REPORTS = [
    # ------------------------------------------------------------------ aviation
    ("aviation", "near_miss", prose("""
        Flying [[aircraft_registration:G-BXRT]], a {{PA-28 Warrior}}, out of
        [[organisation:Fenwold Airfield]] on [[date:9 June 2024]] with my student
        [[name:Callum Reid]]. Backtracking {{runway 24}} we met a tractor towing the gang mower,
        which had come on from the {{Alpha}} crossing without a call. The A/G operator
        ([[name:Bev]]) said she had no idea he was out there; the groundsman,
        [[name:Terry Hollis]], told me afterwards he 'always goes at lunch when it's quiet'.
        Nobody had told visiting pilots. I stopped about 150 m short. I've since spoken to the
        club CFI, [[name:Anjali Bhatt]], who has added a note to the booking sheet and the
        briefing board. Suggest the {{CAA}} reminds small airfields that grass-cutting needs the
        same discipline as any other vehicle on the manoeuvring area.
    """)),
    ("aviation", "incident", block("""
        Report ref: [[case_reference:CHP-E-24/0387]]
        Reporter: licensed engineer (B1), outstation line maintenance

        Night shift, [[date:14/02/2024]]. I certified the No.2 main wheel change on
        [[aircraft_registration:G-TWBK]] ({{ATR 72-600}}) but the axle nut torque had been done on
        days by [[name:Kamil Nowak]] and handed over verbally. Nothing was written on the task
        card. I assumed and stamped. The nut was found finger-tight by [[name:Precious Adeyemi]]
        on her walkround before the first sector, [[flight_number:TWB 4417]].

        Panel question: Was the company handover form used?
        Reporter: No. It exists, but the day lead, [[name:Gaz]], calls it "audit paperwork" and
        nobody pushes back. We all did {{Human Factors}} training last year and nothing changed.

        Panel question: Has this been reported internally?
        Reporter: Yes, {{MOR}} raised, internal ref [[case_reference:QR-24-0117]].
        [[name:Kamil]] has been great about it. I'd rather the station manager didn't know it
        came from me.
    """)),
    ("aviation", "near_miss", prose("""
        I was on {{Approach}} at [[organisation:Kelsey Regional]] on [[date:3 October]]. Two
        inbounds with near-identical callsigns, [[flight_number:BRX 771]] and
        [[flight_number:BRX 717]], both {{Embraer 175}}s from the same operator. I cleared
        [[flight_number:BRX 717]] to descend to 3000 ft and [[flight_number:BRX 771]] took it. The
        readback was clipped by a carrier wave and I didn't challenge it. My assistant,
        [[name:Ruaridh]], spotted the {{Mode S}} selected level change and we had it sorted within
        20 seconds; closest point was 2.1 nm and 600 ft. Afterwards [[name:Ruaridh]] pointed out
        we had flagged the same pair on the callsign similarity list in the summer. Please push
        operators to deconflict these. Third time I've seen it this month.
    """)),
    ("aviation", "success", prose("""
        A positive one from the cabin. On [[flight_number:KVA 2306]] Glasgow to Alicante on
        [[date:22 July 2024]] a man in {{14C}}, aged about [[age:60]], went grey and clammy an hour
        after take-off. Our SCCM [[name:Lorraine]] took charge, I fetched the {{AED}} and oxygen,
        and [[name:Dev]] made the PA for a doctor. A GP travelling with her family,
        Dr [[name:Oonagh Brennan]], assessed him and gave {{aspirin}} from our kit. Captain
        [[name:Sayed]] diverted to Bordeaux and we were on stand 38 minutes later. The paramedics
        said he was having an {{MI}}. What worked: we had practised exactly this in recurrent two
        weeks before, and [[name:Lorraine]] gave everyone one job and kept the rest of the cabin
        calm. He sent a card to the base via [[organisation:Kestrel Vale Airways]] customer
        relations; it's on our crew room wall.
    """)),
    ("aviation", "incident", block("""
        {{CHIRP}} ref [[case_reference:AV-24-1182]]
        From: First Officer, {{A320}} fleet, [[organisation:Skyhaven Airways]]

        Rostered four earlies, then a split duty with a hotel rest that wasn't a rest (room not
        ready until 1500). On [[date:18 March]], at cruise, I nodded off for what I think was less
        than a minute. The captain, [[name:Harpreet Gill]], was awake and flying and was decent
        about it. Crewing ([[name:Steve]] on the desk) told me the roster was legal under
        {{FTL}} and "legal is safe".

        Panel: Did you file a fatigue report with the operator?
        Reporter: Yes, {{FRMS}} ref [[case_reference:FR/0912]]. No reply in six weeks.

        Panel: May we raise the pattern with the operator without identifying you?
        Reporter: Please do. Their fatigue lead, [[name:Olu Bamgbose]], is sound, but the rosters
        come from somewhere above him. Please don't quote the date.
    """)),
    ("aviation", "near_miss", block("""
        Private pilot, six-person syndicate. Extract of our group chat the evening before my
        flight on [[date:27/04/2024]]:

        [[name:mike t]] 19:42: fuel's fine, flew her sat, about 2 hrs in the tanks
        [[name:Jas Sandhu]] 19:44: cheers, taking her to the coast tmrw
        [[name:mike t]] 19:45: no need to dip 👍

        I did dip [[aircraft_registration:G-CDWL]] ({{Cessna 172}}) next morning and found
        barely 50 minutes. Somebody had flown it on {{Sunday}} and not filled in the
        {{tech log}}. I'm [[name:Jas]] in that chat. We now have a rule: dip every time, whatever
        the chat says, and log before you leave the airfield. Our treasurer [[name:Wendy]] is
        still trying to work out who flew it. Reporting because I suspect "no need to dip" is
        common in small groups.
    """)),
    ("aviation", "incident", prose("""
        Ramp agent with [[organisation:Baxendale Ground Services]]. During a pushback off
        {{stand 31}} on [[date:2 December 2023]] the catering high-loader, road reg
        [[vehicle_registration:YJ17 PXF]], drove behind the tug while our headset operator,
        [[name:Ionut]], was watching the left wingtip. The loader clipped the tow bar; the
        aircraft, [[aircraft_registration:G-HVAB]], was stopped and inspected and there was no
        damage. The loader driver was agency, on his second day; his supervisor,
        [[name:Marcia Campbell-Lewis]], said he had only done the online part of the {{ADP}}
        course. Nobody had walked him round the apron. Station ref
        [[case_reference:BGS-INC-5521]]. I think the airside driving permit is being issued too
        quickly now that everyone is short-staffed.
    """)),
    ("aviation", "success", prose("""
        Something that went right. On [[date:11/01/2024]] around 1520 a solo student in a
        {{Robin DR400}}, [[aircraft_registration:G-FRKD]], called {{Mayday}} with rough running at
        2000 ft. She was nervous and read back her callsign as
        "[[aircraft_registration:Golf Kilo Delta]]", which told us a lot. My colleague on the
        desk, [[name:Nkechi Obi]], gave her a straight-in to [[organisation:Stanbridge Airfield]]
        while I rang their radio operator on [[phone:01632 960418]] to clear the circuit. The
        student, [[name:Eleni]], landed long but safely. Her instructor, [[name:Rob Ashworth]],
        rang the next day to say thank you. The learning for us: short, calm transmissions and
        giving a student one instruction at a time. The {{FISO}} at the airfield did a great job
        too.
    """)),
    ("aviation", "near_miss", block("""
        Reporter: cabin crew, [[organisation:Aurelia Air]]
        Date of occurrence: [[date:05/08/2024]]
        Flight: [[flight_number:AUR 5132]]

        On arrival, after "disarm doors and cross-check", door 1L was still {{armed}}. I only
        noticed because the dispatcher knocked and I looked at the girt bar indicator before
        lifting the handle. The purser, [[name:Siân Pritchard]], had called all doors
        disarmed on the {{interphone}}.

        {{CHIRP}} question: Was there time pressure?
        Reporter: 25 minute turn, we landed late, and the purser was doing the pax count for the
        dispatcher at the same time. Four crew on a 186-seat aircraft.

        {{CHIRP}} question: Any follow-up from the operator?
        Reporter: A chat with our base manager, [[name:Adaeze]]; nothing formal.
        [[name:Siân]] was shaken but is fine now. Nobody was hurt and the slide never went.
    """)),
    ("aviation", "incident", prose("""
        Remote pilot for [[organisation:Kestrel Survey Ltd]]. On [[date:19 September 2024]] we
        were surveying a warehouse roof at [[address:Unit 4, Harland Way]],
        [[postcode:LE4 9RT]], when the air ambulance came in to the hospital helipad about 800 m
        away. Our {{DJI Matrice 300}} was at 90 ft. I landed immediately and we were never close,
        but we were inside the {{Flight Restriction Zone}} without permission. My observer,
        [[name:Yasmin Farouk]], had checked the {{NOTAM}}s but not the hospital site, because the
        client, Mr [[name:Pocock]], had told us the helipad was 'closed for works'. It wasn't.
        Lesson: check it yourself, every site, every time. We have self-reported.
    """)),
    ("aviation", "success", block("""
        Subject: for the engineering panel
        From: [[name:Dafydd Llewellyn]] <[[email:d.llewellyn@example.org]]>
        Sent: [[date:30 May 2024]]

        Hi, not an incident as such. On a {{zonal inspection}} of [[aircraft_registration:G-LNDY]]
        ({{Dash 8 Q400}}) in the hangar at [[organisation:Corran Aero Services]] we found a wiring
        loom chafing through its sleeve on a {{P-clamp}} behind the nose gear bay. The credit goes
        to our apprentice, [[name:Kiran]], who asked why one clamp was a different colour from the
        rest. Turned out it had been fitted at the wrong size after a previous job.

        Panel reply: Thank you. Could we share this with the manufacturer and in our newsletter?
        Reporter: Yes to both. Please mention [[name:Kiran]] by first name only, he'd be chuffed.
        You can ring me on [[phone:07700 900217]] if you need photos.
    """)),
    ("aviation", "near_miss", prose("""
        Winch launch at [[organisation:Wessex Vale Gliding Club]] on [[date:13 April]]. As the
        {{K-21}} began its ground run, a walker with a spaniel stepped onto the launch run from
        the {{Public Right of Way}} at the far hedge. The winch driver, [[name:Pete]] ('[[name:Pistol
        Pete]]' to most of us, in case you speak to the club), cut
        the power and the pilot released and landed ahead. Duty instructor
        [[name:Gwen Harris]] spoke to the walker, who said the signs were 'about the bull'. We
        have since put a marshal with a radio at the footpath on busy days. Our {{Duty
        Instructor}} briefing now includes the footpath by name.
    """)),
    ("aviation", "incident", block("""
        Controller report, [[organisation:Marsdale Airport]] {{Radar}}, [[date:07/03/2024]]

        Transcript extract (UTC):
        1412:05 ATC: [[flight_number:Tarnway 482]], descend altitude 4000 ft, {{QNH}} 1009
        1412:11 [[flight_number:Tarnway 482]]: down to 4000 ft, 1009, [[flight_number:Tarnway 482]]
        1413:40 ATC: [[flight_number:Tarnway 482]], check altitude, I have you passing 3400 ft
        1413:46 [[flight_number:Tarnway 482]]: climbing back to 4000, sorry

        The readback was correct but the crew later said 1019 had been set on one side. I was
        slow to spot it because I was also vectoring [[aircraft_registration:G-ORBT]] in the
        {{Tango}} hold. The supervisor, [[name:Mo]], pulled me off position afterwards and was
        very supportive. The {{MSAW}} did not trigger. Terrain is not an issue on that leg, but it
        would be on the other side of the field.
    """)),
    ("aviation", "success", prose("""
        Cabin crew report. On [[flight_number:NGA 318]] from Belfast on [[date:28 August]] we had
        an unaccompanied minor, [[name:Leah]], aged [[age:12]]. Around mid-flight I noticed the
        man in the next seat was showing her things on his phone and had his hand on her knee. Our
        {{SCCM}}, [[name:Gráinne]], moved [[name:Leah]] to the front row next to the crew seat
        without any fuss, kept the man talking, and asked the captain to request police on
        arrival. Police met the aircraft; their ref is [[case_reference:CW/24/40915]]. What went
        well: we had done the {{UM}} safeguarding module only a month before and everyone knew
        what to do without discussing it in the aisle.
    """)),
    ("aviation", "near_miss", prose("""
        At [[organisation:Ravensholme Aero Club]] on [[date:16/06/2024]] the fueller,
        [[name:Lenny]], began to put {{Jet A-1}} into a {{Piper Cherokee}},
        [[aircraft_registration:G-AZWP]]. The owner, Dr [[name:Helen Okoro]], smelt it and stopped
        him after about four litres. Both bowsers look the same and the Jet A-1 one
        ([[vehicle_registration:AK09 FTE]]) had been parked where the {{AVGAS 100LL}} bowser
        usually sits, because a helicopter operator had used it that morning. The nozzle should
        not have fitted but the spout adaptor was missing. Tanks drained, engineer called,
        [[name:Lenny]] very apologetic. We now colour the bowsers and park them in fixed bays.
    """)),
    ("aviation", "incident", block("""
        Ref [[case_reference:CHP-F-24/0931]]
        Laser illumination on final, [[date:11 October 2024]], [[flight_number:LGN 62T]], about
        4 nm out, green, several seconds.

        Panel: Was a police report made?
        Reporter: ATC passed it on straight away. Police incident number
        [[case_reference:WMP-20241011-0417]].

        Panel: Was anyone injured?
        Reporter: My FO, [[name:Bethan]], took most of it. She had her eyes checked by
        Dr [[name:Rahman]] at the airport medical centre and was cleared, but she came off the
        next day's flying.

        Panel: Would you be willing to speak to us?
        Reporter: Yes, mobile [[phone:07700 900582]], after 6pm. It's the third laser at that
        airport this year and the {{ATIS}} still doesn't warn about it.
    """)),
    # ------------------------------------------------------------------ social care
    ("social_care", "incident", prose("""
        I'm a social worker in a {{Child in Need}} team. On [[date:6 March 2024]] our admin sent
        the plan for [[name:Tyler]] ([[age:8]]) and [[name:Amelia-Rose]] ([[age:5]]) to their
        father, [[name:Craig Bowden]], at [[address:17 Cawdor Street]], [[postcode:SR4 6JN]]. The
        plan had {{mum}}'s new address in the contact section. She had gone to a refuge to get
        away from him. Our system held two addresses and the letter template pulls the first one
        it finds. [[name:Leanne]] and the children had to be moved again the same week. Our ref
        [[case_reference:CIN-778231]]. Team manager [[name:Jo Appleby]] has asked IT to change the
        {{Mosaic}} template but nobody seems to own it.
    """)),
    ("social_care", "near_miss", block("""
        Parallel line ref [[case_reference:SC-24-0209]]
        Role: residential support worker, [[organisation:Larchfield House]] (children's home)

        On [[date:21/06/2024]] a young person, [[name:K]], aged [[age:15]], asked to stay
        overnight with a "cousin". Shift lead [[name:Darren]] nearly said yes, because the
        placing social worker had said on the phone "family time is fine". I checked the care
        plan: no overnight stays unless the adult has been checked, and the cousin wasn't on it.
        Turned out he was [[age:24]] and known to police.

        Panel: What stopped it happening?
        Reporter: Honestly, luck. I was only on because [[name:Abi]] was off sick.

        Panel: What would help?
        Reporter: Plain words in the plan. The social worker, Ms [[name:Kaur]], has since updated
        it. Our {{Regulation 44}} visitor has picked it up too. Not everything needs to go to
        {{Ofsted}}, but this one scared me.
    """)),
    ("social_care", "success", prose("""
        Sharing a good one. For months the plan for [[name:Kwabena]] ([[age:3]]) was heading to
        the {{Public Law Outline}}. On [[date:15 January 2024]] we held a {{Family Group
        Conference}} at [[organisation:Harbourside Family Hub]], coordinated by
        [[name:Moira Gallacher]], and for the first time his grandmother, Nana [[name:Esi]], and
        his uncle [[name:Kojo Mensah]] came. They put together a rota that covered every weekday
        and [[name:Esi]] asked to be assessed for {{Special Guardianship}} if things slipped.
        Mum, [[name:Abena]], said it was the first meeting where she didn't feel talked at. What
        made the difference was [[name:Moira]] spending two evenings with the family beforehand
        and holding it somewhere that wasn't our office.
    """)),
    ("social_care", "incident", prose("""
        On [[date:12/09/2024]] I sent the minutes of a {{strategy discussion}} meant for
        DS [[name:Ellie Marsh]] ([[email:ellie.marsh@police.example.gov.uk]]) to
        [[email:ellie.marsh@example.org]], a parent on another of my cases, because
        {{Outlook}} auto-filled the address. The minutes named the child,
        [[name:Roxanne Petrie]], date of birth [[date_of_birth:04/11/2010]], and her school,
        [[organisation:Kingsmead Academy]], and summarised a {{Section 47}} enquiry. The recall
        failed. The other [[name:Ellie]] rang us, was very kind about it, and deleted it while on
        the phone to my manager. Information governance ref [[case_reference:IG-2024-0613]].
        We've now turned auto-complete off for the team, which everyone hates.
    """)),
    ("social_care", "near_miss", prose("""
        Lone visit on [[date:16 January]] to [[address:Flat 3, 41 Wensley Road]],
        [[postcode:BD8 7QS]]. The door was opened by mum's partner, known to everyone as
        [[name:Smiler]], who wasn't supposed to be living there. He had a dog loose (a
        {{Staffie}} cross) and a kitchen knife in his hand, which he said was for the dinner.
        I stayed on the doorstep and used the amber alert on {{Skyguard}}. My buddy,
        [[name:Rizwan]], rang me on the agreed code and I left. The file said 'no known risks'
        because the last risk assessment was two years old and nobody had updated it when the
        partner reappeared. I'm fine, but a newly qualified worker might have gone in.
    """)),
    ("social_care", "success", block("""
        From: [[name:Gloria Mensah-Boateng]] <[[email:gloria.mb@example.org]]>
        To: Confidential reporting line
        Date: [[date:2 May 2024]]

        I'm a supervising social worker for foster carers. I wanted to share something good. Our
        carers [[name:Pam]] and [[name:Keith Dunmore]] spotted that [[name:Jayden]] ([[age:11]])
        had been given a double dose of his {{melatonin}} by {{respite}} carers over the weekend.
        No harm, but they rang the out-of-hours line on [[phone:01632 960771]] straight away and
        wrote it all down.

        Panel question: What made the difference?
        Reply: A simple medication chart that travels with him in his bag, and
        [[name:Pam]] trusting she wouldn't be blamed. The {{Emergency Duty Team}} took it
        seriously and rang back within the hour.
    """)),
    ("social_care", "incident", prose("""
        [[name:Ruby-Mae Clarke]], [[age:14]], went missing from [[organisation:Oakhurst Lodge]]
        on [[date:3 February]]. Under the {{Philomena Protocol}} we send police a profile with a
        recent photo. The photo sent was of another girl in the home, [[name:Shannon]], because
        both files were open and the images are named by date, not by child. Police circulated it
        for about three hours. [[name:Ruby-Mae]] came back by herself that night. Police ref
        [[case_reference:MIS/24/0880]]. [[name:Shannon]] found out from a friend who saw the
        appeal on social media and was really upset. The {{Return Home Interview}} was done, but
        nobody has done anything about the photos yet.
    """)),
    ("social_care", "near_miss", prose("""
        Legal bundle for [[name:Ffion]]'s final hearing, case number
        [[case_reference:LS24C00312]], was about to go to the birth parents' solicitor,
        Mr [[name:Adeleke]], with the foster carers' address unredacted in two places:
        [[address:Ivy Cottage, Low Lane]], [[postcode:YO62 5HB]]. Our paralegal, [[name:Shona]],
        caught it when she did a search for the postcode before sending. Nobody else had checked;
        the social worker (me) assumed legal would, and legal assumed I had. The {{Cafcass}}
        guardian would also have had it. We now have a redaction checklist that the social
        worker signs, not just legal. {{PLO}} timescales made us rush it.
    """)),
    ("social_care", "incident", block("""
        Contact supervisor's note, [[date:09/07/2024]], [[organisation:Meadowbank Contact Centre]]
        14:00 {{Dad}} ([[name:Liam O'Hare]]) arrived with a woman he called "[[name:Tash]]".
        14:05 Asked her to wait in reception. Dad refused, raised his voice.
        14:08 [[name:Alfie]] ([[age:4]]) crying, hiding behind me.
        14:10 Rang {{duty social worker}} on [[phone:0113 496 0352]], no answer.
        14:25 Contact ended early by me. Dad left with [[name:Tash]].

        Added for the reporting line: I later found out [[name:Tash]] has her own
        {{Child Protection Plan}} for her children because of violence from a previous partner,
        and it was on the system from {{Monday}}. Nobody told the centre. I had no idea who I was
        letting through the door.
    """)),
    ("social_care", "success", prose("""
        A family from Romania, [[name:Andreea]] and [[name:Florin Dumitrescu]], were being
        discussed for {{Early Help}} because their son [[name:Luca]] ([[age:6]]) was missing a lot
        of school at [[organisation:St Cuthbert's RC Primary]]. The first two meetings were done
        with [[name:Luca]] translating, which nobody picked up as a problem. A new family support
        worker, [[name:Bogdana]], insisted on a proper interpreter, [[name:Mihaela]], for the
        third. It turned out [[name:Luca]] had been told off every morning for having no PE kit
        and had been hiding in the park. Sorted in a week. Obvious lesson, but worth saying: never
        use the child. Our {{EAL}} lead is now reminding schools too.
    """)),
    ("social_care", "near_miss", prose("""
        I'm a personal adviser. Helping care leaver [[name:Jordan Asante]] ([[age:19]]) apply for
        {{Universal Credit}} on [[date:8 April 2024]], I copied his National Insurance number from
        our file: [[ni_number:JT 48 21 93 C]]. The online form accepted it. It was only when the
        {{DWP}} verification call came that we realised it belonged to his twin brother,
        [[name:Jaden]]. His real number is [[ni_number:JT 48 21 94 A]]. If it had gone through,
        [[name:Jaden]]'s payments could have been affected too. Both twins were in different
        placements and the files were merged at some point. I've asked for the records to be
        checked but our system can't hold two NI numbers under one family without a workaround.
    """)),
    ("social_care", "incident", block("""
        Parallel line ref [[case_reference:SC-24-0355]]
        Reporter: adult social care, safeguarding team

        Mrs [[name:Edna Pilkington]], [[age:91]], resident at [[organisation:Rosemount Lodge]],
        had a fall on [[date:28 July]] that was written up as "found on floor, no injury". Her
        daughter, [[name:Carol]], noticed bruising two days later and a hip fracture was found.

        Panel: Was a safeguarding concern raised?
        Reporter: Only by [[name:Carol]]. The home did not raise it and their {{DoLS}}
        paperwork had also lapsed. We opened a {{Section 42}} enquiry.

        Panel: What do you think the learning is?
        Reporter: Night staff were two agency carers who had never met her. The manager,
        Mr [[name:Tunde Oyelaran]], is engaging well.
    """)),
    ("social_care", "success", prose("""
        Youth worker at [[organisation:Oakfield Youth Centre]]. Over three weeks we kept seeing a
        grey Audi, [[vehicle_registration:KX70 TUV]], picking up [[name:Marcus]] ([[age:16]]) from
        outside at closing. I logged it each time and shared it through the exploitation
        intelligence form. At the {{MACE}} meeting on [[date:19 November 2023]], DC
        [[name:Farah Iqbal]] linked the car to a county lines investigation. [[name:Marcus]] was
        referred into the {{National Referral Mechanism}} and is now engaging with a specialist
        worker. It felt like the first time our small bits of information were actually joined
        up. Credit to my manager, [[name:Sean]], for insisting we write down things that feel
        too small to matter.
    """)),
    ("social_care", "near_miss", prose("""
        We have two boys on the system called [[name:Mohammed Hussain]], born a year apart: dates
        of birth [[date_of_birth:17/02/2013]] and [[date_of_birth:17/02/2012]]. Case numbers
        [[case_reference:CS-1190284]] and [[case_reference:CS-1190248]]. On [[date:4 June]] I
        nearly uploaded a paediatric report about one boy's injuries onto the other boy's record,
        which his parents can see through their portal access. [[name:Bronwen]] in business
        support noticed the DOB didn't match the report header. {{Liquidlogic}} shows the name
        large and the date of birth tiny. Suggest the system warns when two children with the
        same name are open to the same team. Our {{Single Assessment}} template doesn't help.
    """)),
    ("social_care", "incident", prose("""
        I sent a text meant for a mum on my caseload to the wrong mum with the same first name.
        The text read: "hi [[name:shaz]] its [[name:becky]] from childrens services, can you
        confirm [[name:Kai]] is at nursery tomorrow as the {{CP}} conference moved to 2pm". It went
        to [[phone:07700 900463]], another [[name:Shaz]] in my contacts. She rang back confused and
        asked if her child was being taken off her. I apologised and reported it. The mums know
        each other. Phones are personal work phones with no link to the case system, so we each
        save parents however we like. I now save by surname and case number. Reported to
        {{Information Governance}} on [[date:20/05/2024]].
    """)),
    ("social_care", "success", block("""
        Team learning note: [[organisation:Northfield Assessment Team]]
        Date: [[date:10 October 2024]]
        Present: [[name:JB]], [[name:A.K.]], [[name:Sunita]], [[name:Tom W]]

        What happened: a {{MASH}} referral about bruising was RAG-rated amber on a Friday. [[name:A.K.]]
        reread it at 4pm and noticed the child was [[age:9 months]] old and not yet mobile. Escalated to
        red, child seen same evening at hospital, {{child protection medical}} arranged.

        What helped: [[name:JB]] had introduced a habit of a second read on every amber before the
        weekend. [[name:Sunita]] stayed late to do the visit with [[name:Tom W]].

        Action: keep the second read; add "{{non-mobile baby}}" as an automatic red prompt.
    """)),
    ("social_care", "near_miss", prose("""
        {{Emergency Duty Team}}, Saturday night. A&E rang about a girl aged [[age:15]],
        [[name:Tia-Louise]], alone, asking for the morning-after pill and refusing to give a home
        address. The nurse, [[name:Babs]], was happy she was {{Gillick}} competent under the
        {{Fraser guidelines}}, which is right, but nobody had asked who the boyfriend was. When I
        spoke to [[name:Tia-Louise]] he turned out to be [[age:23]]. We nearly treated it as a purely
        medical question. She was open to a team in another county; I emailed her worker,
        [[name:Nadia Chowdhury]], at [[email:n.chowdhury@example.gov.uk]] on [[date:24 March]]
        and a {{strategy discussion}} followed on the Monday.
    """)),
    # ------------------------------------------------------------------ health
    ("health", "incident", prose("""
        Two patients on [[organisation:Lister Ward]] with the same surname, Mr [[name:Arthur Jenkins]]
        (NHS [[nhs_number:978 528 1086]]) in bay 2 and Mr [[name:Alan Jenkins]] (NHS
        [[nhs_number:415 019 2332]]) in bay 4. On [[date:1 March 2024]] bloods for
        [[name:Arthur]] were labelled with [[name:Alan]]'s addressograph labels, printed in
        advance and left at the nurses' station. The potassium came back at 6.7 and
        [[name:Alan]] was nearly given {{insulin-dextrose}} before the registrar,
        Dr [[name:Chidi Okonkwo]], asked why his ECG was normal. Repeat bloods confirmed the
        mix-up. {{Datix}} [[case_reference:W284716]]. Pre-printing labels is officially banned but
        everyone does it on a busy shift.
    """)),
    ("health", "near_miss", block("""
        Parallel line ref [[case_reference:HC-24-0147]]
        Role: staff nurse, surgical ward

        A new prescription for {{NovoRapid}} was written on the chart as "10 units" with the "U"
        looking like a zero, so "100". I nearly drew it up. I stopped because 100 units seemed
        mad for someone of her size and asked the FY1, Dr [[name:Pooja Venkataraman]], who
        corrected it straight away.

        Panel: Was the prescription electronic or paper?
        Reporter: Paper. We're still waiting for {{EPMA}} on our site.

        Panel: What would have stopped it earlier?
        Reporter: Writing "units" in full, which is in the policy. Also not being rushed: my
        colleague [[name:Ama]] was covering two bays as well as her own.
    """)),
    ("health", "success", prose("""
        Sharing good practice from [[organisation:Foxglove Ward]] on [[date:7 August 2024]].
        Our healthcare assistant, [[name:Precious]], did routine obs on a lady aged [[age:74]]
        post hip surgery, scored a {{NEWS2}} of 5 and, instead of just writing it down, told me
        she 'didn't look right'. I reviewed, we used {{SBAR}} to escalate to the outreach team
        and the {{Sepsis Six}} was completed within the hour. She was in HDU for two days and went
        home on day ten. [[name:Precious]] had only been with us four months. Our ward manager,
        Sister [[name:Rhiannon Griffiths]], has asked her to talk at the next study day about
        trusting your gut.
    """)),
    ("health", "incident", prose("""
        District nurse. Mr [[name:Desmond Clarke]], [[age:82]], had moved from
        [[address:22 Bellamy Close]] to [[address:8 Bellamy Court]], [[postcode:NG5 1PW]], two
        weeks earlier. The change was on the GP record but not on our visit list, which is
        pulled once a week from {{SystmOne}}. On [[date:14 November 2023]] the evening insulin
        visit went to the old address, nobody answered, and the nurse, [[name:Aoife]], assumed he
        was in hospital. His daughter found him {{hypo}} the next morning. He recovered after
        {{GlucoGel}} and a paramedic visit. Our team lead [[name:Janet Fairbrother]] has asked
        for daily syncs. Nobody rang the number on file when there was no answer, which is in
        our own policy.
    """)),
    ("health", "near_miss", prose("""
        Children's ward, night shift, [[date:29/01/2024]]. A {{paracetamol}} dose for
        [[name:Zara]], aged [[age:2]], weighing 12 kg, was prescribed as 180 mg. That's right for
        15 kg, not 12. I worked it out with the {{BNFc}} and [[name:Kyle]], the second checker,
        agreed. The SHO, Dr [[name:Iqbal]], was in resus and told us to "give what's written".
        We didn't, and waited twenty minutes for him to re-prescribe. The parent, Mrs
        [[name:Hollie Barker]], was cross about the wait.
    """)),
    ("health", "incident", block("""
        Ward handover sheet lost, [[date:23/05/2024]], [[organisation:Tennyson Ward]]. I think it
        fell out of my tunic pocket on the 17 bus home. From memory it listed:

        Bed 2: [[name:Violet Armitage]], [[age:88]], NHS [[nhs_number:999 521 0762]], {{#NOF}}
        Bed 4: [[name:Gurdev Singh Sahota]], [[age:79]], {{CURB-65}} 3, {{IV}} abx
        Bed 6: [[name:Maureen O'Connell]], [[age:67]], NHS [[nhs_number:613 666 6146]], DNACPR
        Bed 7: [[name:Ifeanyi Eze]], [[age:45]], alcohol withdrawal, {{Pabrinex}}

        I reported it to the nurse in charge, [[name:Joanne]], the next morning. IG ref
        [[case_reference:IG/24/0981]]. We print a sheet because the electronic handover is too
        slow to load at 07:30. I know it shouldn't leave the ward.
    """)),
    ("health", "success", prose("""
        Midwife at [[organisation:Willowbrook Birth Centre]]. [[name:Destiny]], aged [[age:16]],
        came in at term on [[date:18 April 2024]]. Her 'uncle' insisted on staying in the room
        and answering for her. I used the toilet trick: asked her to give a urine sample and put
        a card in the toilet with our question. She ticked "no". Security asked him to wait
        outside, the {{MASH}} was called and our safeguarding lead, [[name:Bukola Adewale]],
        came in. Labour went fine, {{Bishop score}} was favourable and baby was born that
        evening. It was the {{Routine Enquiry}} training that gave me the confidence.
    """)),
    ("health", "near_miss", prose("""
        Theatre, [[organisation:Penrose Day Surgery Unit]], [[date:12 June]]. Left knee
        arthroscopy. The {{WHO Surgical Safety Checklist}} sign-in was done by phone from the
        anaesthetic room and the consent form said left, but the arrow on the leg had been drawn
        on the right the evening before by a different team. The scrub nurse, [[name:Olamide]],
        noticed as she set up the {{Mayo table}}. Mr [[name:Aziz]] stopped, checked the form and
        imaging with the patient awake, and it was the left. Nobody was harmed. If
        [[name:Olamide]] hadn't spoken up we'd have opened the wrong knee. I've asked that the
        time out is done with the team in the room, not over the phone.
    """)),
    ("health", "incident", prose("""
        Mental health inpatient nurse. A patient detained under the {{Mental Health Act}},
        [[name:Callum Frew]] ([[age:27]]), went on escorted {{Section 17}} leave on
        [[date:5 September]] with one member of staff, [[name:Ryan]], instead of the two on his
        leave form. [[name:Callum]] ran off near the shops. Police found him that evening at
        [[address:Braeside House, Moor Road]], his mum's flat; police log
        [[case_reference:0947 of 05/09]]. Nobody was hurt. The leave form was in the old folder,
        not on the system. We were three staff down on the ward and [[name:Ryan]] felt he couldn't
        say no.
    """)),
    ("health", "success", block("""
        From: [[name:Harjit Dhillon]] <[[email:harjit.dhillon@example.org]]>
        Sent: [[date:21 February 2024]]
        Subject: good catch, for the panel

        Pharmacy technician here. On a medicines reconciliation I noticed a patient on
        {{warfarin}} had been started on {{clarithromycin}} for a chest infection. INR not
        checked. I flagged it to the ward pharmacist, [[name:Wei Chen]], who got the antibiotic
        changed and an INR done (it was already 4.8). Credit too to the patient's GP surgery,
        [[organisation:Ashgrove Medical Centre]], who answered the phone at 5.55pm.

        Panel: Was anything different about this day?
        Reply: No, which is the point. We only had time because the ward had a pharmacy
        technician on it that afternoon.
    """)),
    ("health", "near_miss", prose("""
        Paramedic. A {{Cat 2}} call for chest pain was dispatched to
        [[address:14 Lindisfarne Avenue]] when the caller was at [[address:14 Lindisfarne Road]],
        [[postcode:NE6 2RZ]], about a mile apart. The call handler, [[name:Graham]], had picked
        the first suggestion. We reached the wrong house on [[date:2 January 2024]] and the
        occupant sent us round. Twelve extra minutes. The patient, aged [[age:58]], was
        having an {{STEMI}} and went to the cath lab. My crewmate [[name:Lauren]] rang control on
        the way to check. We need the address confirmed back to the caller every time, which is
        in the {{Nature of Call}} script but gets skipped when it's busy.
    """)),
    ("health", "incident", prose("""
        Practice nurse at [[organisation:Brookvale Medical Practice]]. Two patients called
        [[name:Sarah Louise Kent]] (DOB [[date_of_birth:12/03/1986]], NHS
        [[nhs_number:900 662 3156]]) and [[name:Sarah Kent]] (DOB [[date_of_birth:21/03/1968]],
        NHS [[nhs_number:949 937 6771]]). A cervical screening result letter for the first went
        to the second, at [[address:3 Orchard Rise]], [[postcode:TA6 4LP]]. She rang on
        [[date:10 July 2024]] rather upset, thinking it was hers. We matched on name only in the
        letter merge. The practice manager, [[name:Deepa]], has reported it and contacted both
        patients. {{Docman}} has a warning for this but it was switched off.
    """)),
    ("health", "success", prose("""
        Community nursing. On a first visit on [[date:3 May]] to Mrs [[name:Nasreen Akhtar]],
        aged [[age:84]], our student, [[name:Ellis]], checked her heels even though the referral
        was just for eye drops. There was a category 2 pressure ulcer starting on the left heel.
        A {{Waterlow}} of 19, so high risk. We got a pressure-relieving mattress the same week and
        her son, [[name:Imran]], learned how to reposition her. Six weeks later it had healed. The
        learning is that the 'simple' referrals need the full assessment too. [[name:Ellis]]
        would like the credit noted to her university.
    """)),
    ("health", "near_miss", prose("""
        Agency nurse, first shift on [[organisation:Malvern Ward]]. A patient's {{Foley catheter}}
        had been draining nothing for six hours and the fluid chart showed {{Hartmann's}} running
        at 125 ml/hr. The regular nurse, [[name:Kerry-Ann]], had noted "catheter bypassing?" but
        nobody had flushed or scanned. I bladder-scanned: 900 ml retained. The catheter was
        blocked. The FY2, Dr [[name:Owusu]], was good about coming quickly. I nearly didn't say
        anything because I was agency and didn't want to step on toes. Reporting because agency
        staff need to feel able to speak up.
    """)),
    ("health", "incident", block("""
        Extract from our ward Teams chat, [[date:16/08/2024]], shared with permission:

        [[name:tash b]] 02:14: anyone got a bed?? ED pushing for a 4th outlier
        [[name:Kofi]] 02:15: we're full, bed 12 is a side room for C.diff
        [[name:tash b]] 02:16: bed manager says put ED pt in there, it's been cleaned
        [[name:Kofi]] 02:17: not been deep cleaned!! {{HPV}} not done
        [[name:Mags]] (bed manager) 02:20: clinical decision, move them

        The patient moved into bed 12 was {{neutropenic}}. She developed {{C. diff}} 5 days
        later. I was [[name:Kofi]]. I'm reporting here because the internal incident
        ([[case_reference:W291044]]) was closed as "no harm".
    """)),
    ("health", "near_miss", prose("""
        Neonatal unit, [[date:30 October 2023]]. Two babies admitted within an hour: Baby of
        [[name:Rehana Khatun]] and Baby of [[name:Rehana Khan]]. Both cot cards read
        "Baby [[name:Rehana K]]" because of the label width. A feed of expressed breast milk from the fridge was about to be given
        to the wrong baby when the nursery nurse, [[name:Siobhan]], checked the {{NHS number}}
        on the bottle against the baby's band: [[nhs_number:476 400 8173]] against
        [[nhs_number:449 357 4119]]. The labels were printed with the mother's first name, not
        the surname, for 'ease'. We've changed to surname first.
    """)),
    ("health", "success", prose("""
        {{NHS 111}} clinical adviser. A caller on [[date:26 December 2023]] said his dad, aged
        [[age:77]], with {{Parkinson's}}, had run out of {{Madopar}} over {{Christmas}} and 'was
        going stiff'. The algorithm pointed to a routine callback. I escalated because I knew
        from my own dad that missing doses can go badly. The out-of-hours GP, Dr
        [[name:Ngozi Eke]], arranged an emergency supply from [[organisation:Castlegate Pharmacy]]
        that evening. The son, [[name:Gareth]], rang back on [[phone:01632 960935]] to say his dad
        was moving again. Worth flagging that time-critical medicines aren't always caught by
        the pathway.
    """)),
]


def main() -> None:
    records = build_records("blind68", REPORTS)
    write_records(OUT, records)


if __name__ == "__main__":
    main()
