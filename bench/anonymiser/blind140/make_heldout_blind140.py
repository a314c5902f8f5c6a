"""Held-out blind corpus 140: just-culture incident and learning reports from UK staff.

Settings: an outstanding-rated children's home group and a secure children's home (social care);
a hospital's critical care units, theatres and sterile services (health); and a charter airline's
cabin crew, flight crew and crew scheduling (aviation). Styles mix rushed lower-case notes with
typos, careful narratives, chronologies, e-mails with signatures, Teams/WhatsApp chat, incident
forms with field labels, handover sheets, tech-log extracts, debrief notes and shout-outs.
Written blind, without sight of the system under test or of any other corpus.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from markup import block, build_records, write_records  # noqa: E402
from markup import flow as prose  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "corpus" / "heldout_blind140.jsonl"

REPORTS = [
    # ------------------------------------------------------------------ social care
    ("social_care", "incident", prose("""
        night shift log - [[name:kayden]] ([[age:14]]) went awol via the {{back door}} approx 01:40.
        {{door alarm}} didnt go off, maglock had been left on override after the {{fire drill}} on lates.
        rang {{on call manager}} ([[name:shaz]]) straight away and reported missing to police on {{101}},
        ref [[case_reference:WYP-13-0441-24]]. [[name:kayden]] came back himself 03:15, cold but no injuries
        seen, said he was at a mates on [[address:Greenhow Walk]]. {{return home interview}} requested.
        [[name:dev]] reset maglock this am. learning - add maglock check to {{night checklist}} after any drill.
        home: [[organisation:Oakfield House]]. sorry for typos v tired
    """)),
    ("social_care", "success", block("""
        [[name:Hannah Lloyd-Jones]]  10:42
        Massive shout out to [[name:Grace]] and [[name:Tomasz]] at [[organisation:Hollybank House]] 🙌 [[name:Ellie-Mae]] ([[age:11]]) moved in on [[date:Fri 12th]] with about 2 hours notice from the {{EDT}} and they had her room ready, a welcome box with her fave snacks and a photo frame. She slept through. Her {{social worker}} [[name:Priya]] rang me this morning to say it's the calmest {{emergency placement}} she's seen. This is {{PACE}} in practice 💛 and exactly why {{Ofsted}} said outstanding
        [[name:Marcus Boateng]]  10:51
        Seconded. Lets get it in the {{Reg 45}} review as good practice
    """)),
    ("social_care", "near_miss", block("""
        INCIDENT / NEAR MISS FORM
        Home: [[organisation:Willow Lodge]], [[address:7 Fernside Road]], Bolton [[postcode:BL3 4RT]]
        Date/time: [[date:03/02/2024]] 20:15
        Young person: [[name:RM]]   DOB: [[date_of_birth:19/08/2010]]
        Category: Medication - near miss
        What happened: [[name:RM]]'s evening {{melatonin}} was signed on the {{MAR chart}} by day staff at 17:00 but not given. Night staff [[name:Aoife Brennan]] noticed the blister count did not match when doing the {{stock count}} and held off giving it until she had checked. Advice from {{NHS 111}}: ok to give at 20:30.
        Immediate action: dose given 20:30, witnessed by [[name:Bill Hargreaves]].
        Learning: sign only after the dose is taken, {{second checker}} at every round.
        Clearcare ref: [[case_reference:CC-88213]]
    """)),
    ("social_care", "incident", prose("""
        At approximately 16:20 on [[date:14 November 2023]] on [[organisation:Kestrel Unit]] at
        [[organisation:Aldbrook Secure Children's Home]], [[name:Jaden Campbell-Brown]] ([[age:15]]) became
        heightened after a phone call with his {{dad}} was ended early. He threw a chair in the {{lounge}} and
        then attempted to head-butt staff member [[name:Siobhan Keane]]. A {{physical intervention}} using a
        {{two-person escort}} was used for about four minutes by [[name:Siobhan Keane]] and
        [[name:Oluwaseun Adeyemi]], followed by a short period of {{single separation}} in his bedroom
        (16:28-16:51). He was seen by the {{nurse}} at 17:05 and a small graze to his left elbow was recorded on
        a {{body map}}. [[name:Jaden]] was debriefed by his {{key worker}} the next morning and said the call
        cutting out "felt like dad hung up on me". Learning: staff to check phone credit and signal before
        family calls. {{Youth Custody Service}} notified and {{placement plan}} updated.
    """)),
    ("social_care", "near_miss", block("""
        Chronology - ligature near miss, [[organisation:Merlin Unit]]
        [[date:Sat 9 March]]
        19:40  [[name:KT]] on {{Level 2 observations}} (every 15 mins) after {{CAMHS}} review earlier in the week
        19:55  Obs done by [[name:Lewis]], [[name:KT]] reading in room
        20:08  [[name:Lewis]] called to an alarm on another unit, obs not handed over
        20:14  [[name:Bogdan]] noticed obs sheet not signed since 19:55, went straight to room
        20:15  [[name:KT]] found with a strip of t-shirt loosely round neck, not tied. Removed by hand, {{ligature cutter}} not needed
        20:20  {{nurse}} check - no marks. [[name:KT]] said she "wanted it to stop"
        20:45  Obs increased to {{Level 3}} (constant), {{on call manager}} informed
        Learning: obs can never be "left" - handover to a named person on the radio before leaving the unit.
    """)),
    ("social_care", "incident", block("""
        From: [[name:Denise Okonkwo]] <[[email:d.okonkwo@brightwaterchildrenscare.co.uk]]>
        To: {{LADO}}
        Sent: [[date:22 January 2024]] 09:12
        Subject: Allegation against staff member - [[organisation:Brightwater Children's Homes]]

        Good morning,
        I am referring an allegation made by [[name:Summer]] ([[age:13]]) to her {{independent visitor}} yesterday, that a member of night staff "grabbed her wrist hard" on [[date:19/01]] when she tried to leave the house. A {{body map}} shows faint marks. The staff member ([[name:CW]]) has been moved to non-contact duties pending your advice. {{Regulation 40}} notification to {{Ofsted}} has been made and her {{social worker}} is aware.
        Kind regards,
        [[name:Denise Okonkwo]]
        {{Registered Manager}}, [[organisation:Larkfield House]]
        [[address:2 Saxon Mews]], Harrogate [[postcode:HG1 5QD]]
        T: [[phone:01423 496018]]  M: [[phone:07700 900482]]
    """)),
    ("social_care", "near_miss", block("""
        [[date:05/04/2024]], 22:31 - [[name:Jas]]: anyone on shift seen the silver golf outside again? [[name:sky]] says its her "cousin" 🙄
        22:33 - [[name:Mo]]: yeah it was there at 9 too. got the reg [[vehicle_registration:YR19 KFX]]
        22:34 - [[name:Jas]]: ok dont approach. ive put it on the {{missing from care}} log, ring {{101}}?
        22:36 - [[name:Rach]]: {{999}} if she tries to get in it. I'll email {{MASH}} and her {{SW}} first thing, {{CSE}} screening was done last month
        22:40 - [[name:Mo]]: car gone. [[name:sky]] in her room on {{Snapchat}} lol
        22:41 - [[name:Jas]]: can u do 10 min checks til 12 pls
    """)),
    ("social_care", "incident", block("""
        HANDOVER  [[organisation:The Beeches]]   [[date:Wed 17/07]]  am -> pm
        [[name:Oscar]] ([[age:9]]) - school as normal ([[organisation:St Anne's Primary]]). {{contact}} with {{nan}} 4pm at {{family centre}}, [[name:Femi]] driving.
        [[name:Lily-Rose]] ([[age:12]]) - INCIDENT: ate a flapjack at breakfast that had {{peanut}} in it (bought by agency staff, not on the safe list). lips tingly, gave {{antihistamine}} per care plan, {{EpiPen}} on standby, settled within 30 min. {{mum}} ([[name:Karen]]) informed. form done.
        [[name:Zak]] ([[age:16]]) - college 10-2, {{pathway plan}} meeting Thurs.
        Actions: all food in kitchen re-checked against allergy list. agency induction to include the allergy board.
        Handed over by: [[name:Nadia]]   Received: [[name:Will]]
    """)),
    ("social_care", "success", prose("""
        Good catch from [[name:Rhys Evans]], {{waking night}} at [[organisation:Ty Derwen]]. On [[date:2 June]] he
        noticed the same blue Vauxhall Corsa parked opposite the home three nights running, engine on, and wrote
        the reg down ([[vehicle_registration:CF68 WNB]]). Instead of just logging it he cross-checked the
        {{missing episode}} records and saw [[vehicle_registration:CF68 WNB]] had come up in a
        {{return home interview}} for one of our girls in April. He passed it to the police
        {{exploitation team}} that night and they have since served a {{Child Abduction Warning Notice}} on the
        driver. Really proud of this - curious, persistent, and he followed the {{information sharing}} guidance
        to the letter. Diolch [[name:Rhys]]!
    """)),
    ("social_care", "incident", block("""
        Debrief notes - {{fire evacuation}}, [[organisation:Aldbrook SCH]], [[date:28/09/23]]
        Present: [[name:G. Fraser]] (chair), [[name:Mariusz]], [[name:Yetunde]], [[name:Callum]], night staff x2
        What happened: {{fire alarm}} activated 02:10 in zone 4 (toaster left on in staff kitchen). Evacuation of 6 young people to the {{secure courtyard}} took 11 min, target is 6.
        What went wrong: 2 bedroom doors needed the {{override key}} and only one is held on the unit. {{Control room}} radio dead spot in the courtyard.
        What went well: young people calm, [[name:Callum]] used names and humour. All accounted for on the {{roll call}} sheet.
        Actions: second override key per unit ([[name:G. Fraser]]); radio survey ([[name:Mariusz]]) by [[date:31 October]].
    """)),
    ("social_care", "success", block("""
        Subject: [[name:Tyrese]] - thank you
        Hi [[name:Bernadette]],
        Just wanted to say how much difference the home has made for [[name:Tyrese]] this term. His attendance at [[organisation:Highfield Academy]] has gone from 61% to 96% and he sat his mock {{GCSEs}} last week - a 6 in English! At his {{PEP}} on [[date:11 December]] he told the {{virtual school}} head that [[name:Hope]], his {{key worker}}, helping him with revision every night "made it feel normal". Please pass that on to her.
        Best wishes,
        [[name:Imran Qureshi]]
        {{Designated Teacher}}, [[organisation:Highfield Academy]]
        [[phone:0161 496 0734]] | [[email:i.qureshi@highfield-academy.org.uk]]
    """)),
    ("social_care", "near_miss", prose("""
        near miss - left the {{grab bag}} for [[name:Daniel Kowalczyk]]'s pathway appointment on the seat of the
        home {{minibus}} ([[vehicle_registration:MX21 ODL]]) in the {{supermarket car park}}. it had his passport,
        birth cert and NI card ([[ni_number:JT 45 82 19 C]]) in it and the bus was unlocked for about 40 min.
        nothing taken. [[name:dan]] is [[age:17]] and moving on to {{semi-independent}} in the summer so we have
        loads of his docs at the moment. learning: ID docs live in the locked {{document wallet}}, never left in a
        vehicle. told the {{registered manager}} and the {{DPO}}.
    """)),
    ("social_care", "incident", block("""
        INFORMATION GOVERNANCE INCIDENT
        Ref: [[case_reference:IG-2024-0117]]
        Reported by: [[name:Ciaran O'Donnell]], {{deputy manager}}, [[organisation:Larkfield House]]
        Date of incident: [[date:6 March 2024]]
        Description: Minutes of [[name:Amelia]]'s {{LAC review}} were e-mailed to [[email:kerry.walsh82@gmail.com]] instead of [[email:kerry.walshe82@gmail.com]] ([[name:Amelia]]'s {{mum}}). The minutes included her school, {{CAMHS}} involvement and the address of her foster carers, [[address:Briar Cottage, Low Lane]]. The wrong recipient replied the same day to say she had deleted it.
        Actions: {{IRO}} and {{DPO}} told within 1 hour; breach log completed; not reportable to the {{ICO}} per DPO assessment. Autocomplete to be turned off in {{Outlook}}.
        Mosaic ID: [[case_reference:1184320]]
    """)),
    ("social_care", "success", prose("""
        shoutout to [[name:Mark]] and [[name:Ade]] on nights at [[organisation:Oakfield House]] on
        [[date:Sunday 21st]] - [[name:J]] was smashing up the kitchen and they talked him down in 20 mins with no
        hands on, just {{Team Teach}} {{de-escalation}}, space and a brew. {{PI}} avoided, nobody hurt, {{shift lead}}
        didnt even need to ring {{on call}}. thats what good looks like
    """)),
    ("social_care", "near_miss", prose("""
        On [[date:Tuesday 16 April]] at around 15:30 a set of {{unit keys}} was found by
        [[name:Wiktoria Zielinska]] hanging in the door of the {{education block}} art room, on the young person
        side of the {{airlock}}. The keys had been signed out to a {{supply teacher}}, Mr [[name:Okoro]], who had
        gone to the staff room. Young people were in the room at the time but nobody had touched them.
        {{Control}} confirmed the key log and all keys were accounted for, so no {{lockdown}} was needed.
        Learning: supply staff must complete {{key training}} before being issued keys, and keys are to be
        clipped to a belt chain, never carried loose.
    """)),
    ("social_care", "incident", block("""
        Incident summary for the {{Responsible Individual}}
        YP: [[name:Chloe Adebayo-Smith]]   DOB: [[date_of_birth:02/05/2009]]   NHS no: [[nhs_number:366 402 3935]]
        Date: [[date:30 Dec]]   Home: [[organisation:Fernlea]]
        [[name:Chloe]] cut her forearm with a blade from a broken {{pencil sharpener}} after an argument about phone time. Staff ([[name:Rosie]], [[name:Aleksandr]]) applied pressure and took her to {{A&E}} at [[organisation:Royal Wharfedale Hospital]]: 4 {{steri-strips}}, no sutures. The {{CAMHS crisis team}} saw her at 23:00 and she came home with a {{safety plan}}.
        Learning: sharpeners to be the sealed type; room search policy reviewed.
    """)),
    ("social_care", "success", prose("""
        Learning from good practice: our {{domestic}} mentioned to the {{shift lead}} on [[date:8th Feb]] that she
        had noticed fingertip-shaped bruises on the upper arm of one of the younger boys when she was changing
        bedding. She didn't know if it mattered. It did. A {{body map}} was completed, the
        {{duty social worker}} was informed and a {{strategy meeting}} was held within 24 hours, leading to a
        {{Section 47}} enquiry about contact with a family member. She has since done our level 1
        {{safeguarding}} training and says she will always speak up. Everyone in the home has a part to play.
    """)),
    # ------------------------------------------------------------------ health
    ("health", "incident", prose("""
        Incident summary - Datix [[case_reference:W123457]]. On [[date:04/03/2024]] at approx 02:30 on
        [[organisation:Cedar Critical Care Unit]], bed 6, the patient (Mr [[name:Dariusz Nowak]], [[age:58]],
        hospital no. [[case_reference:RWX4471820]], NHS [[nhs_number:707 822 2695]]) had his {{noradrenaline}}
        syringe changed. The new syringe was made up at 16 mg in 50 ml rather than the unit standard 8 mg in
        50 ml, but the {{Alaris}} pump was left on the old drug library concentration, so he effectively
        received a double dose for about 40 minutes. MAP rose to 110 and this was picked up by Sister
        [[name:Okafor]], who reduced the rate and informed the {{ICU registrar}}, Dr [[name:Lim]]. No lasting
        harm; a repeat {{troponin}} was normal. Contributing factors: three concentrations in use after the
        {{pharmacy}} supplier change; a handwritten syringe label; the nurse was covering two level 3 patients
        with no {{independent double check}} on nights (1:2 staffing); and the pump prompt can be dismissed
        with one press. The nurse has been supported and is not at fault. Actions: single standard
        concentration with pre-printed labels, {{Guardrails}} library update, and a {{Duty of Candour}}
        conversation with his wife on [[date:6 March]].
    """)),
    ("health", "near_miss", block("""
        Near miss - wrong side block prevented
        Theatre 4, [[organisation:Ashworth Day Surgery Unit]], [[date:19/06/24]]
        Patient listed for L knee arthroscopy, consent and marking both LEFT.
        During the {{Stop Before You Block}} pause the {{anaesthetist}} (Dr [[name:Venkatesh]]) had the {{ultrasound}} probe on the RIGHT thigh. {{ODP}} [[name:Kelechi]] said "hang on, the arrow's on the other leg". Dr [[name:Venkatesh]] stopped, rechecked, and thanked [[name:Kelechi]].
        The {{WHO checklist}} {{Time Out}} had been done but the patient was turned on the table afterwards for positioning.
        Learning: repeat the pause at needle point every time, even after turning. Shared at the Governance afternoon.
        Ulysses ref [[case_reference:ULY-88412]]
    """)),
    ("health", "incident", prose("""
        HSDU incident [[date:12 Feb]]. ortho tray (TKR set 2 of 3) went to Theatre 7 with visible bone debris in
        the box joint of the {{Kocher forceps}}. picked up by scrub nurse [[name:Anita Kumari]] when opening, tray
        rejected, back up set used, op delayed 35 mins. traced on {{T-DOC}} to {{washer-disinfector}} 3, cycle
        passed all params. packer [[name:Lukasz]] says he checked under {{magnification}} but was covering 2
        benches that shift. learning - box joints to be opened during {{manual clean}}, staffing escalation when
        a packer is short. reported by [[name:M. Gallagher]], {{HSDU}} supervisor, ext [[phone:4471]]
    """)),
    ("health", "success", prose("""
        Shout-out for [[name:Chiamaka]] from the {{Critical Care Outreach}} team. Called to
        [[organisation:Beech Ward]] on [[date:Sunday 7th]] for a {{NEWS2}} of 5 in a [[age:34]] year old woman two
        days after a {{laparoscopic appendicectomy}}. The score alone didn't look too bad but she spotted the
        mottled knees and a {{lactate}} of 4.1 on the gas, started the {{Sepsis Six}} and got her to {{ICU}}
        before she crashed. CT showed a collection and she went back to theatre that night. She went home last
        week. Brilliant, brave clinical judgement.
    """)),
    ("health", "near_miss", block("""
        Timeline - count discrepancy, Theatre 2, [[date:23 May 2024]]
        14:02  Knife to skin, {{open right hemicolectomy}}, consultant Mr [[name:Harcourt]]
        15:48  Closing count: {{Raytec}} swabs 1 short (19/20). Surgeon told by scrub nurse [[name:Bridget Doherty]]
        15:50  Closure paused. Wound, floor, bins and linen searched
        16:05  Not found. Mr [[name:Harcourt]] requested {{on-table X-ray}}
        16:18  X-ray: radio-opaque marker seen in the {{right paracolic gutter}}
        16:22  Swab retrieved, count correct, signed by [[name:Bridget Doherty]] and {{circulating nurse}} [[name:Joseph Mensah]]
        16:40  Closure completed
        Contributing: swab packs split during the case, {{count board}} not updated.
    """)),
    ("health", "incident", block("""
        From: [[name:Sarah-Jane Whitfield]]
        Sent: [[date:Thursday, 10 October 2024]] 18:47
        To: Theatres Band 7s; [[name:Ahmed Al-Rashid]]
        Subject: Patient fasted 19 hrs - Datix [[case_reference:W131920]]

        All,
        An [[age:82]]-year-old lady booked for a {{hip hemiarthroplasty}} on the {{trauma list}} was nil by mouth from midnight and was cancelled at 19:00 when the list overran. She had no fluids for most of that time and has an {{AKI}} stage 1 on tonight's bloods. The {{fasting guidance}} says clear fluids until called, but [[organisation:Rowan Ward]] weren't told her slot had moved.
        Please can the {{trauma coordinator}} phone the ward every time the list order changes.
        Thanks
        [[name:Sarah-Jane]]
        Theatre Matron | [[organisation:Northgate General Hospital]]
        [[phone:01632 960 418]]
    """)),
    ("health", "near_miss", block("""
        ICU night handover  [[date:15/01]]   NIC [[name:Ngozi]]
        Bed 1  [[name:PEARSON Alan]]  [[age:71]]  CAP, intubated, {{FiO2}} 0.4 {{PEEP}} 8, {{propofol}} 12 ml/hr, RASS -2. plan SBT am
        Bed 2  Mrs [[name:Begum]]  [[age:64]]  post {{Whipple's}}, extubated 14:00, 2L nasal specs, pain ok on {{PCA}}
        Bed 3  [[name:Ryan McAllister]]  [[age:23]]  RTC, head injury, {{GCS}} E1VTM4, ICP bolt
          !! NG re-passed 17:00 and feed restarted 18:00 WITHOUT pH or x-ray check. Spotted by [[name:Ngozi]] at handover, feed stopped, CXR - tip in stomach. no harm. Datix [[case_reference:W130077]]
        Bed 4  empty - {{deep clean}} after {{C. diff}}
    """)),
    ("health", "near_miss", block("""
        [[name:Li Wei]] ({{HSDU}}) 07:12
        Morning, just flagging the {{Da Vinci}} instrument set for Theatre 9 is still in the queue, {{steriliser}} 2 failed the {{Bowie-Dick test}} overnight so it's down
        [[name:Rosa Fernandes]] (Th 9 coordinator) 07:14
        List starts 08:00 😬 any chance by 08:30?
        [[name:Li Wei]] (HSDU) 07:15
        No, can't release without a passed test. Earliest 09:45 on steriliser 1
        [[name:Rosa Fernandes]] (Th 9 coordinator) 07:18
        Ok thanks for telling us early. Will swap with the 2nd case (no {{robot}}) and let Mr [[name:Oyelaran]] know
        [[name:Rosa Fernandes]] (Th 9 coordinator) 07:20
        fyi last time we only found out at {{Sign In}} 🙈 this is much better
    """)),
    ("health", "success", prose("""
        Good catch - [[name:Precious Moyo]], {{SSD}} technician at [[organisation:Kingsmead Decontamination Unit]],
        was running the {{insulation tester}} on the lap chole set on [[date:27th Aug]] and found a pinhole breach
        on the shaft of a {{monopolar}} {{Maryland grasper}} that you could not see with the naked eye. The
        instrument was quarantined and sent for repair. A breach like that can cause a {{diathermy}} burn to
        bowel outside the surgeon's view. [[name:Precious]] has now shown the rest of the team her technique of
        flexing the shaft during testing. Nominated for the {{Star Award}}.
    """)),
    ("health", "incident", block("""
        Incident form
        Area: [[organisation:Nightingale ICU]]
        Date identified: [[date:02/11/2023]]
        Patient: [[name:Mohammed Iqbal]]   Hosp no: [[case_reference:K0934417]]   NHS: [[nhs_number:674 088 6636]]
        Type: Pressure damage - {{category 3}}, {{occiput}}
        Description: Found on the first full inspection of the back of the head after 9 days ventilated in an {{Aspen collar}}. Collar pads had not been changed since admission; {{Waterlow}} was done but the collar area was never documented. {{TVN}} ([[name:Eilidh Robertson]]) reviewed on [[date:03/11]]. Family told by Dr [[name:Farouk]].
        Learning: collar care added to the daily {{SSKIN bundle}}, 2-hourly pad checks.
    """)),
    ("health", "incident", prose("""
        Transfer of a ventilated patient from [[organisation:Larch ICU]] to CT on [[date:18 September]]. The
        {{CD cylinder}} on the {{transfer trolley}} had been checked as full the day before but was really at
        about a quarter, as the gauge had been read through the bracket. During the scan the {{ventilator}}
        alarmed low supply. The {{ODP}}, [[name:Tariq]], swapped to the spare within a minute and saturations
        stayed above 94%. We were lucky. The {{ICS transfer guidelines}} say carry at least twice the calculated
        oxygen need. Actions: cylinder check moved onto the pre-transfer {{checklist}}, photo guide on the
        trolley, and Dr [[name:Ng]] is doing a teaching slot at {{M&M}}. Submitted by
        [[name:Louise Carmichael]], Band 6.
    """)),
    ("health", "success", block("""
        Transcribed from a card left at the nurses' station, [[organisation:Mulberry Critical Care]]
        "To [[name:Siân]], [[name:Jacob]], [[name:Rajinder]] and all the team,
        Thank you for looking after our dad, [[name:Dennis Hughes]], for 23 days. You held his hand when we couldn't be there and you explained the {{ECMO}} machine to us like we were clever people. [[name:Jacob]] played him Welsh hymns on his phone the night before his {{tracheostomy}}, and reading the {{ICU diary}} has helped him make sense of it all. He is home now and walks to the end of [[address:Heol Glas]] and back every day.
        With love,
        [[name:Megan]], [[name:Rhian]] and [[name:Gareth]] x"
        Posted to the {{Learning from Excellence}} board by the {{ward manager}}.
    """)),
    ("health", "near_miss", prose("""
        Near miss {{blood transfusion}} - [[date:11/05/24]], theatre recovery. Two patients in recovery with the
        same surname, [[name:Jane Smith]] ([[age:45]]) and [[name:Janet Smith]] ([[age:78]]). A unit of
        {{red cells}} collected for [[name:Janet Smith]] from the {{blood fridge}} was taken to bay 3 where
        [[name:Jane Smith]] was. At the {{bedside check}}, recovery nurse [[name:Emeka]] scanned the wristband
        with the {{BloodTrack}} PDA and it flagged a mismatch. Unit returned. Both patients now have a
        {{name alert}} sticker. Learning: {{positive patient ID}} at the bedside is the last barrier and it
        worked. Hospital nos [[case_reference:N2231457]] / [[case_reference:N2231502]].
    """)),
    ("health", "incident", block("""
        SERIOUS INCIDENT - 72 hour review
        Ref: [[case_reference:SI-2024-0356]]
        Date: [[date:2 July 2024]]   Location: Theatre 5, [[organisation:St Bride's Elective Orthopaedic Centre]]
        Patient: [[age:67]] yrs, NHS no. [[nhs_number:1873538286]]
        Event: {{total knee replacement}} - tibial component from a different system family implanted with the femoral component (both boxes grey). Found on the post-op {{implant record}} check by [[name:Kasia Nowicka]], {{theatre practitioner}}. Patient returned to theatre day 2 for revision.
        Why: the {{prosthesis verification}} step in our {{NatSSIPs}} was done by one person reading the box to themselves during a busy changeover.
        Actions: two-person read-aloud check against the {{implant board}}; supplier ([[organisation:Meridian Orthopaedics Ltd]]) asked to change packaging colours.
        {{Duty of Candour}} letter sent [[date:5/7/24]].
    """)),
    ("health", "success", block("""
        Hot debrief - cardiac arrest in {{PACU}}   [[date:Tues 14th]]
        Led by: Dr [[name:Sinéad Byrne]]
        Patient [[age:59]] after {{TURP}}, {{VF}} arrest in bay 2.
        Good:
        - [[name:Hamza]] recognised it, called {{2222}} and started CPR within 10 sec
        - pads on and first shock at 90 sec
        - [[name:Rose]] took the scribe role without being asked, times spot on
        - {{ROSC}} after 2nd shock + {{amiodarone}}, to ICU
        Even better if:
        - {{resus trolley}} drawer 3 missing the size 4 {{i-gel}} (restocked, log checked)
        - too many people in the bay, [[name:Sinéad]] asked non-essential staff to leave
    """)),
    ("health", "near_miss", prose("""
        art line flush bag on bed 3 was {{5% glucose}} not {{0.9% saline}}!! bags look almost the same and were
        next to each other in the store. bm's from the art line were 14-16 but 6.2 on finger prick, thats what
        made me look. changed bag, told {{nic}} ([[name:tom]]) and dr [[name:hussain]]. no {{insulin}} had been
        given thank god. pt [[age:72]] yrs. this has happened before, there was an {{NPSA}} alert years ago.
        glucose bags need moving to a diff shelf + label on the {{pressure bag}}. datix done
        [[case_reference:W129850]] - [[name:mary-kate]] S/N nights
    """)),
    ("health", "success", block("""
        Subject: Notified Body audit - zero non-conformities!!
        Hi all,
        Just back from the close-out with the {{BSI}} auditor and we passed our {{ISO 13485}} surveillance audit with zero non-conformities for the first time ever. She specifically praised the {{traceability}} on {{T-DOC}} and how [[name:Arjun]] and [[name:Bronwen]] talked her through the {{validation}} records for the new {{endoscope washer}}.
        Cake in the staff room Friday 🎂
        [[name:Colin Mackenzie]]
        Decontamination Services Manager
        [[organisation:Kingsmead Decontamination Unit]], [[address:Unit 4, Lowfield Industrial Estate]], Wakefield [[postcode:WF2 7RA]]
        Tel [[phone:01924 498 772]]  Mob [[phone:07700 900 318]]
        [[email:colin.mackenzie3@nhs.net]]
    """)),
    # ------------------------------------------------------------------ aviation
    ("aviation", "incident", block("""
        CABIN SAFETY REPORT
        Flight: [[flight_number:NVL2241]] MAN-PMI   Date: [[date:14/08/2024]]
        A/C: {{A321}} [[aircraft_registration:G-NVLC]]
        SCCM: [[name:Joanne Pryce]]   Reporter: [[name:Ffion Roberts]] (No.3)
        Event: During the {{hot drinks service}} at row 14 a passenger turned suddenly and knocked a tea from the {{trolley}} top onto the leg of a child in 14C ([[age:6]]). Leg cooled with bottled water for 20 min and a {{Water-Jel}} dressing applied from the {{burns kit}}. Parent offered a {{MedLink}} consult, declined. Skin red, no blistering. Met by paramedics on stand at Palma.
        Learning: hot drinks handed directly to pax, never left on the trolley top edge.
        CSR no: [[case_reference:CSR-24-1183]]
    """)),
    ("aviation", "near_miss", prose("""
        Level bust - near miss. On [[date:2 Feb]] operating [[flight_number:NVL 718]] LGW-TFS on
        [[aircraft_registration:G-NVLM]], an {{A320}}, we were cleared to {{FL150}}. The {{FO}}
        ([[name:Aleksander Petrov]]) read back 150 correctly but set 160 after a similar call sign was given 160
        on the same frequency. I (Capt [[name:Declan Reid]]) was heads-down on an {{ECAM}} caution for pack 2 and
        did not cross-check the selected level. {{ATC}} queried us passing FL153 and we stopped at FL154; no
        {{TCAS}} alert. Contributing: {{callsign confusion}}, workload, and our {{SOP}} callout for level changes
        lapsed. Filed as an {{MOR}}, ref [[case_reference:MOR-2024/00417]].
    """)),
    ("aviation", "incident", block("""
        From: [[name:Gemma Stirling]] <[[email:gemma.stirling@novalair.co.uk]]>
        To: Crew Scheduling Team
        Date: [[date:19 March 2024]]
        Subject: FDP exceedance - [[flight_number:NVL 3306]]

        Team,
        On Saturday FO [[name:Priyanka Menon]] was rostered onto [[flight_number:NVL 3306]] after a {{standby}} call-out, and the {{AIMS}} legality warning was overridden because the {{duty planner}} believed the {{split duty}} extension applied. It didn't (no hotel provided). Her {{FDP}} ended up 47 min over the {{ORO.FTL}} limit. She raised it herself with a {{fatigue report}}.
        No-one is in trouble - the override screen doesn't say why it's flagging. Until IT fix it, any override needs a second planner's initials.
        [[name:Gemma]]
        Crew Scheduling Manager, [[organisation:Novalair]] Dublin office
        [[phone:+353 1 555 0142]]
    """)),
    ("aviation", "success", prose("""
        Just want to recognise the crew of [[flight_number:NVL 1520]] BHX-DLM on [[date:22/07]]. A [[age:64]]
        year old gentleman collapsed by the rear toilets. [[name:Rosie Chan]] and [[name:Sunil]] started
        {{CPR}}, [[name:Olena]] brought the {{AED}} which advised one shock, and he had a pulse back before the
        {{Captain}} had finished talking to {{MedLink}}. Capt [[name:Tremaine Walters]] diverted to Lisbon and he
        was in an ambulance 38 minutes later. A doctor on board said she had never seen a team work so well
        together. This is exactly what {{SEP training}} is for. Thank you all. - [[name:Lorna]],
        {{Base Cabin Manager}} MAN
    """)),
    ("aviation", "near_miss", block("""
        TECH LOG EXTRACT   [[aircraft_registration:G-NVLF]]   {{B737-800}}
        Sector [[flight_number:NVL 904]] BRS-FAO   [[date:09 JUN 24]]
        Entry 1 (eng [[name:R. Kowalski]]): APU BLEED FAULT msg on start. Deferred IAW {{MEL}} 36-11-01 (O). APU bleed not to be used.
        Entry 2 (Capt [[name:Achterberg]], sector [[flight_number:NVL 905]]): No INOP placard fitted on the {{APU bleed}} switch. Crew started to select APU bleed for {{engine start}}; FO [[name:Deepa Nair]] stopped the action having read entry 1 during the {{walkround}} brief. External air used.
        Action: placard fitted by {{line maintenance}}. ASR [[case_reference:ASR-24-2291]] raised - deferrals need the placard fitted before the {{CRS}} is signed.
    """)),
    ("aviation", "success", block("""
        [[date:11/12/2023]], 03:02 - {{Crew Control}}: Hi [[name:Connor]], {{standby}} call out, [[flight_number:NVL 602]] GLA-ACE report 0500 please confirm
        03:09 - [[name:Connor]]: hi, can make it but flagging i only got off at 2250 after the {{diversion}}, about 3 hrs sleep
        03:11 - Crew Control: understood. can you make the {{report time}}?
        03:12 - [[name:Connor]]: i can get there but not sure im safe to operate tbh
        03:15 - Crew Control: thanks for being honest. standing you down, [[name:Agnieszka]] from {{home standby}} instead. please file a {{fatigue report}}, no comeback
        03:16 - [[name:Connor]]: thank you 🙏
    """)),
    ("aviation", "incident", block("""
        DISRUPTIVE PASSENGER REPORT ({{Level 2}})
        Flight [[flight_number:NVL 1136]]  ALC-EMA  [[date:Sat 27 July 2024]]   Aircraft [[aircraft_registration:G-NVLK]]
        Passenger: [[name:Liam Docherty]], seat 22F, DOB [[date_of_birth:03/11/1994]]
        Address (from booking): [[address:41 Carrick Street]], Coatbridge [[postcode:ML5 3HB]]
        Description: pax drinking own duty free, verbally abusive to CC [[name:Yasmin]] after being refused alcohol. Pushed [[name:Yasmin]] in the chest in the {{aft galley}}. {{Captain}} informed, {{final warning card}} issued and pax calmed. {{Restraint kit}} not used.
        Police met the aircraft on {{stand 52}}, crime no [[case_reference:EM-24-118734]].
        Reported by: [[name:Kwame Asante]], {{SCCM}}
    """)),
    ("aviation", "near_miss", prose("""
        Door not disarmed - near miss. [[flight_number:NVL 455]] into Bristol on [[date:30th Sept]]. After
        "{{doors to park}}" the {{L2}} door was not disarmed when the dispatcher knocked to open it. I (No.4) had
        done the {{cross-check}} by eye but didn't physically check the {{girt bar}} because a passenger was
        standing up with the {{seat belt signs}} still on. The dispatcher saw the armed indicator through the
        {{viewing window}} and stopped. If he had opened it the slide would have fired onto him on the steps. I
        am reporting this because I want us to look at distractions during disarming. [[name:Mairead]] No.4
    """)),
    ("aviation", "success", prose("""
        Positive report - speaking up. Approach into Chambéry on [[date:21 January]], [[flight_number:NVL 5632]],
        {{A320}} [[aircraft_registration:EI-FNV]]. At 800 ft we were 12 kt fast and high on profile. FO
        [[name:Hope Mensah-Clarke]] called "unstable, {{go around}}" as per {{SOP}} and Capt [[name:Fitzgerald]]
        flew the go-around without hesitation. Second approach was normal. In the debrief Capt
        [[name:Fitzgerald]] said he had been fixated on the visual into the valley and was grateful [[name:Hope]]
        called it. This is the {{CRM}} culture we want: the {{stabilised approach criteria}} apply to everyone.
        Written up by the Captain himself.
    """)),
    ("aviation", "incident", block("""
        MOR summary - [[case_reference:MOR-2024/01102]]
        [[date:05/05/2024]]  [[flight_number:NVL 2087]] NCL-AYT  [[aircraft_registration:G-NVLD]]
        FL350, 2h into the flight. Smoke from a {{power bank}} in the seat pocket at 31A.
        CC [[name:Niamh]] and [[name:Bartosz]] used the {{Halon}} extinguisher, cooled the device with water and placed it in the {{fire containment bag}}. Pax moved from rows 30-32.
        Outcome: no injuries, seat pocket scorched. {{Captain}} declared {{PAN PAN}} and continued to destination.
        Learning: the {{PED}} announcement was skipped on this sector because of late boarding.
    """)),
    ("aviation", "success", prose("""
        Learning from a good day: on [[date:Monday 14 October]] [[aircraft_registration:G-NVLB]] went {{AOG}} in
        Heraklion after a {{bird strike}}. Crew scheduling ([[name:Dwayne]] and [[name:Kamala]] on the desk) had
        a {{positioning}} crew on a scheduled flight within 90 mins, booked the stranded crew into the
        [[organisation:Hotel Galini]] ([[phone:+30 2810 555214]]) and recalculated everyone's {{FTL}} rest before
        anyone asked. Their plan was shared at 10:15 and nobody got an illegal duty. The {{ops controller}} called
        it the smoothest {{disruption}} of the season. Writing it up so we know what good looked like: early
        call, one owner, write the plan down, share it.
    """)),
    ("aviation", "near_miss", block("""
        ASR [[case_reference:ASR-24-3310]]
        Date [[date:17/04/24]]   Flight [[flight_number:NVL 330]]  EMA-FUE   Reg [[aircraft_registration:G-NVLH]]
        Crew: Capt [[name:S. Baranowski]] / FO [[name:T. Ahmed]]
        Narrative: {{EFB}} performance calc done with TOW from the provisional {{load sheet}}. Final load sheet came with 1,400 kg more (late group of 11 pax + bags). FO noticed the {{trim}} figure had changed and re-ran the {{take-off performance}}: {{Flap 1}} changed to {{Flap 5}} and V-speeds +6 kt. Caught before pushback.
        Threat: time pressure, {{LMC}} not triggered by the handler.
        Safety action: LMC threshold to be reviewed with [[organisation:Skyport Ground Services]].
    """)),
    ("aviation", "success", prose("""
        Shout-out to [[name:Bilal Haddad]] on [[flight_number:NVL 1702]] from Tirana on [[date:6 August]]. He
        noticed a girl, maybe [[age:15]] or [[age:16]], travelling with a man who held both passports and answered
        every question for her, even what she wanted to drink. She wouldn't make eye contact and didn't know the
        name of her hotel. [[name:Bilal]] followed the {{Blue Lightning}} guidance, spoke quietly to the
        {{Captain}}, who sent a message ahead through {{ops}}, and {{Border Force}} and police met the flight at
        {{stand 40}}. We have since heard the girl is safe with {{children's services}}. Calm and by the book.
    """)),
    ("aviation", "incident", block("""
        Subject: DATA BREACH - roster attachment
        Hi [[name:Dimitri]],
        This morning's {{roster}} export for the MAN base went to all 140 cabin crew with a hidden column containing personal details. e.g. row 12: [[name:Caitlin Morrow]], [[ni_number:PR 73 41 08 B]], DOB [[date_of_birth:12/02/1998]], [[address:9 Ashbourne Gardens]], Stockport [[postcode:SK4 2NE]], [[phone:07700 900 561]].
        I've recalled the email and asked crew to delete it. {{DPO}} informed 09:40, we're working out whether it meets the 72 hour {{ICO}} threshold.
        Cause: the new {{AIMS}} report template pulls from the HR view, not the crew view.
        [[name:Maya]]
        {{Crew Scheduling}}
    """)),
    ("aviation", "near_miss", prose("""
        near miss turbulence - [[flight_number:NVL 812]] [[date:12/09]]. flight deck said expect light chop in 10
        mins so we carried on with the {{duty free}} trolley. it went moderate with no warning and the trolley
        lifted at row 19, i got the {{foot brake}} on and sat on the floor holding it. no one hurt but the pax in
        19D would of had it in the knee. {{seat belt signs}} didnt go on til after. need the {{SCCM}} to stop
        service when theres any {{turbulence}} forecast not wait for it. [[name:kirsty]] cc4
    """)),
    ("aviation", "success", prose("""
        ty [[name:Ravi]] in {{crew scheduling}} for spotting [[name:Eleanor]]'s {{SEP}} recurrent had lapsed
        before [[flight_number:NVL 440]] on [[date:Fri 3rd]]. swapped out in time, no {{MOR}} to the {{CAA}}.
        {{AIMS}} {{training records}} alert had been muted - fixed now.
    """)),
]


def main() -> None:
    write_records(OUT, build_records("heldout-blind140", REPORTS))


if __name__ == "__main__":
    main()
