"""Held-out blind corpus 46: children's hospices, neonatal/paediatric transport and North Sea helicopters.

Setting: children's hospices and hospice-at-home, disabled children's teams, short breaks and
personal assistants paid by direct payments / SDS; paediatric intensive care and neonatal and
paediatric retrieval teams; offshore helicopter operations out of Aberdeen and Sumburgh (crew
change flights, callsigns, installations, HUET, manifests). Voice: bereavement-sensitive
reflective writing, parents' and siblings' thank-you cards, shift handovers and SBAR, offshore
ops logs with times, e-mails, chat exports, form fields, minutes and lower-case case notes.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from markup import block, build_records, write_records  # noqa: E402
from markup import flow as prose  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "corpus" / "heldout_blind46.jsonl"

REPORTS = [
    # 1
    ("social_care", "incident", prose("""
        Reflective account (for supervision with [[name:Eilidh]]). I was the {{family support worker}}
        on the evening [[name:Maisie Kowalczyk]], [[age:4 years old]], died in the {{cool bedroom}} at
        [[organisation:Cairn Lodge Children's Hospice]] on [[date:Sunday 9th February]]. Her mum
        [[name:Agnieszka]] (she asked all of us to call her [[name:Aga]]) had been clear that nobody was
        to move [[name:Maisie]] until her dad [[name:Tomasz]] landed from Gdansk. The funeral director
        arrived at 18:10 because our booking form said 18:00 rather than "after dad arrives". I met
        them in the car park and asked them to wait, but [[name:aga]] saw the private ambulance through
        the window and was very distressed. Big brother [[name:Kuba]] ([[age:9]]) hid in the
        {{sensory room}} and it took [[name:Eilidh]] and me forty minutes to find him. Nobody did
        anything wrong exactly, but we made a grieving mum feel rushed. Learning: the "timing" box on
        our {{after-death care plan}} needs free text, not a clock time, and the car park can be seen
        from the cool bedroom, so vehicles now come in by the back gate.
    """)),
    # 2
    ("social_care", "near_miss", block("""
        From: [[name:Sunny Gill]] <[[email:s.gill@northfieldcdt.org.uk]]>
        To: Direct Payments Team
        Cc: [[name:Hollie-Mae Burnett]]
        Subject: RE: PA timesheets - [[name:Ruaridh]] - ref [[case_reference:DP/2291/CWD]]
        Date: [[date:14 March 2024]] 09:12

        Hi both,

        Flagging a near miss. [[name:Ruaridh]]'s mum ([[name:Shona Fraser]]) employs two PAs through
        her {{direct payment}}. One of them, [[name:Will Tennant]], sent his timesheet for
        [[date:3-9 March]] to the wrong [[name:Shona]] - another parent in his contacts - and it
        included [[name:Ruaridh]]'s {{PEG}} regime and the key safe code for
        [[address:14 Millburn Crescent, Inverurie]]. The other parent rang us straight away and has
        deleted it. [[name:Will]] is mortified; his phone autofilled the contact.

        Actions: key safe code changed same day by Mrs [[name:Fraser]] (she was very gracious, "these
        things happen"); both PAs reminded to use the portal, not WhatsApp or personal email; logged
        as [[case_reference:IG-0457]].

        Thanks
        [[name:Sunny]]
        {{Disabled Children's Team}} | [[organisation:Northfield CDT]]
        [[phone:01467 538 204]]
    """)),
    # 3
    ("health", "incident", prose("""
        Datix [[case_reference:W-118834]] - {{PICU}}, bed 6. Patient [[name:Oluwaseun Adeyemi]] (family
        call him [[name:Seun]]), [[age:22 months]], MRN [[case_reference:K4471902]], day 3 of
        {{bronchiolitis}} on {{CPAP}}. At 03:40 on [[date:02/11/23]], during the bedside double-check of
        a replacement {{morphine}} infusion, SN [[name:Bethan Pryce-Lewis]] noticed the syringe label
        carried the name and MRN of the child in bed 7. The syringe had been drawn up in the drug room
        by an agency nurse (initials [[name:RO]]) who had both prescriptions open side by side on
        {{MetaVision}}. Concentration and rate were identical so there would have been no harm, but the
        check had in effect been done against the wrong patient, which is exactly what the check is
        there to catch. [[name:Seun]]'s parents were asleep in the parents' room and were told in the
        morning by Dr [[name:Al-Hamid]]. [[name:RO]] was open and upset; [[name:Bethan]] handled it
        kindly. Learning: one patient record open per workstation when preparing infusions, and labels
        printed at the bedside rather than in the drug room.
    """)),
    # 4
    ("aviation", "incident", block("""
        SUMBURGH HELIPORT - OPS LOG - [[date:03/10/23]] - day shift (duty ops [[name:M. Jamieson]])
        0605 [[aircraft_registration:G-NRSB]] ({{AW139}}) released by eng, fuel 1450 kg
        0640 Crew on: Capt [[name:Lowrie]] / FO [[name:Tait]]. Brief complete.
        0712 [[flight_number:NRY602]] airborne for {{Rona Bravo}}, manifest 11 POB + 2 crew
        0749 [[flight_number:NRY602]] landed. HLO [[name:Gus Ferrie]] reports 12 pax off the aircraft
        0751 Recount confirms 12. [[name:Andrius Kazlauskas]] not on manifest - checked in at desk as
             "[[name:A. Kazlauskas]]" but manifest carried [[name:Andrejs Kalnins]] (did not travel)
        0810 Spoke to [[organisation:Shetland Offshore Logistics]] check-in supervisor [[name:Lorna]]
             on [[phone:01950 460 771]]
        0835 W&B recalculated: within limits, approx 85 kg margin
        0900 Occurrence raised [[case_reference:NR-SUM-23-0418]], {{MOR}} to {{CAA}} to be assessed
        Remarks: two similar names on the same flight and the desk accepted the {{Vantage}}
        auto-complete. POB board on the installation also wrong until 0815. [[aircraft_registration:G-NRSB]]
        returned 0930 with 11 pax, all matched to ID at the door by [[name:Lorna]].
    """)),
    # 5
    ("social_care", "success", block("""
        To all the staff at [[organisation:Cairn Lodge]]
        (especially Nurse [[name:Precious]], [[name:Dawn]] in the kitchen & big [[name:Al]] the driver!!)

        Thank you for the 11 nights you gave us in August. [[name:Leo]] got to swim in the {{hydro pool}}
        every single day and he laughed more than he has all year. You let us just be his mum and dad
        again and not his nurses. The hand casts you made on his last night are on our mantelpiece and
        his wee sister [[name:Ivy-Rose]] says goodnight to them.

        We have put £320 in the tin from the coffee morning at [[organisation:Kintore Primary]].

        All our love always,
        [[name:Kirsty]], [[name:Callum]] & [[name:Ivy-Rose]] [[name:McAllister]]
        ([[name:Leo]]'s mum, dad and sister) xxx
    """)),
    # 6
    ("health", "near_miss", block("""
        NEONATAL TRANSPORT - REFERRAL / HANDOVER (copied from {{ScotSTAR}} form)
        Date: [[date:17/01/2024]]      Call received: 02:14
        Referring unit: [[organisation:Balmedie Community Maternity Unit]]
        Baby: Baby boy [[name:Nwachukwu]] (twin 1)   DOB: [[date_of_birth:16/01/2024]] 23:51   GA 33+2
        CHI: [[case_reference:1601240417]]
        Mother: [[name:Chiamaka Nwachukwu]]   mob [[phone:07700 914362]]
        Receiving: {{NICU}}, [[organisation:Aberdeen Maternity Hospital]]
        Team: ANNP [[name:Fiona Dow]], driver [[name:Stevie]]

        Near miss: twin 2 (baby girl) stayed at the referring unit. The incubator label printed there
        carried twin 2's CHI [[case_reference:1601240425]]. Picked up by [[name:Fiona]] on the
        pre-departure ID check, labels reprinted and CHI re-verified against mum's notes before we
        left. No drug or fluid given against the wrong ID.
        Logged: [[case_reference:NTS-24-0031]]
    """)),
    # 7
    ("aviation", "near_miss", prose("""
        Near miss at the {{HUET}} pool, [[organisation:Altens Survival Training Centre]], on
        [[date:Thursday 7 September]]. During the {{CA-EBS}} exercise a delegate on the {{FOET}} course,
        [[name:Ciarán Ó Floinn]], surfaced on the wrong side of the module and was briefly caught
        under the window frame. Safety diver [[name:Rab McIntyre]] had eyes on him throughout and had
        him clear in about six seconds. Mr [[name:Ó Floinn]] later told instructor
        [[name:Faith Osei-Bonsu]] that he had not declared a recent ear operation on the medical
        questionnaire because he was worried about missing his crew change on
        [[flight_number:NRY417]]; he had filled it in in good {{faith}} thinking "operation" meant
        something major. He was stood down, seen by our nurse and rebooked for [[date:14/09]].
        [[name:Faith]] and [[name:Rab]] both felt the pre-dip brief was rushed because the group was
        large (14). Learning: questionnaire now asks about "any surgery or procedure in the last 3
        months" and groups over 12 are split.
    """)),
    # 8
    ("social_care", "incident", block("""
        Team Around the Child - notes
        [[date:Wed 24th Jan 2024]], [[organisation:Bucksburn Family Centre]]
        Present: [[name:Zainab Hussain]] (SW, {{Children with Disabilities Team}}), [[name:Gráinne Doherty]]
        ({{community children's nurse}}), [[name:Petra]] & [[name:Miroslav Horváth]] (parents),
        [[name:Jen Strachan]] (HT, [[organisation:Hazlehead Academy]] ASN base)
        Apologies: Dr [[name:Okoro]] (community paeds)
        Child: [[name:Adam Horváth]], [[age:13]], [[case_reference:CWD-044812]]

        1. Since last meeting: on [[date:11/01]] [[name:Adam]] was collected from school by
        [[organisation:Granite City Cabs]] (reg [[vehicle_registration:SV19 KHN]]) without his
        {{Crelling harness}} fitted. Escort new and untrained. [[name:Adam]] slid forward when the
        driver braked; no injury but very frightened.
        2. [[name:Miroslav]] angry, wants a different firm. [[name:Zainab]] to raise with school
        transport and complaints.
        3. Short breaks: 6 hrs/wk PA via {{direct payment}}; PA [[name:Kasia]] leaving in March.
        Actions: [[name:ZH]] to email [[email:transport.complaints@aberdeen-ct.gov.uk]] today;
        [[name:GD]] to do harness training with new escort; review [[date:21/02/24]].
    """)),
    # 9
    ("health", "success", prose("""
        Dear everyone on [[organisation:Ward 107 PICU]] (and the {{retrieval team}} who came for us in
        the middle of the night), three weeks ago we didn't know if [[name:Amara]] would see her first
        birthday on [[date:the 3rd of June]]. Today she is home and painting the kitchen walls with
        yoghurt. Special thanks to [[name:Joyce]] who sat with me at 4am and explained every single
        beep, to Dr [[name:Subramanian]] (sorry, we still can't say it right!) for being honest with
        us when it was bad, and to [[name:Hope]] the {{play specialist}} who gave [[name:Amara]]'s big
        brother [[name:Chidi]] a "job" so he didn't feel left out. We hope you know how much the
        little things mattered - the tea, the photo of her first smile on {{ECMO}} day 2, the way
        you always said her name. We will bring cake when she's allowed visitors. Love always,
        [[name:Ngozi]], [[name:Emeka]], [[name:Chidi]] & [[name:Amara Eze]] xx
    """)),
    # 10
    ("aviation", "success", block("""
        ABZ HELI OPS - MEDEVAC LOG - [[date:28 Feb 24]]
        1932 Call from {{Corrie Delta}} OIM [[name:Iain Brodie]] via sat phone [[phone:+870 776 412 995]].
             IP [[name:Dariusz Wróbel]], [[age:52]], chest pain since 1900, {{GTN}} given by medic.
        1938 Topside doctor ([[organisation:Aberdeen Offshore Medical Services]]) Dr [[name:Nkechi Obi]]
             agrees {{Category A}} medevac
        1941 [[aircraft_registration:G-NRSD]] crew called out: Capt [[name:Halvorsen]], FO [[name:Skinner]]
        2006 [[flight_number:NRY9M]] airborne, callsign "[[flight_number:Norland Nine Mike]]"
        2104 Landed, rotors running; IP + platform medic [[name:Sandy Ross]] boarded
        2158 Landed ABZ, handed to {{SAS}} crew for ARI
        2230 Hot debrief led by [[name:Halvorsen]]: all went well, 46 min call-to-airborne.
             Only issue: sat phone number on the Corrie Delta contact card was out of date, caller
             had to re-dial via [[phone:01224 608331]]. Card updated by [[name:M.J.]]
    """)),
    # 11
    ("social_care", "near_miss", prose("""
        At [[organisation:Rowanbank Short Breaks]] on [[date:Fri 16/02]] the evening meds round nearly
        went wrong. Two children staying that weekend both have {{epilepsy}} and both are called
        [[name:Mohammed]] - [[name:Mohammed Ali]] ([[age:11]]) and [[name:Mohammed Rahman]] ([[age:12]]),
        known here as [[name:Mo]] and [[name:Moh]]. Relief support worker [[name:Tiegan]] picked up
        [[name:Mo]]'s {{Epilim}} box and walked towards bedroom 3, which is [[name:Moh]]'s room. Senior
        [[name:Ewan]] saw her going the wrong way and stopped her at the door. Nothing was given. The
        MAR sheets sit next to each other in the folder and both lads have the same kind of photo (in
        football tops), so the photo check doesn't help much. [[name:Tiegan]] had not worked with
        either boy before and had been told "the two Mohammeds" at handover with no surnames used.
        Both families told the next day; [[name:Mo]]'s dad was fine, [[name:Moh]]'s mum was upset
        that we hadn't thought of this already. Changes: surnames and {{date of birth}} read out at
        every administration, new photos, separate trays.
    """)),
    # 12
    ("health", "incident", block("""
        SBAR - PICU bed 3 - nights -> days - [[date:05/12/23]]
        S: [[name:Freya Cruickshank]], [[age:6 yo]], hosp no [[case_reference:A1290447]],
           NHS [[nhs_number:485 167 5275]]. Day 2 of {{DKA}}, new {{type 1 diabetes}}.
           Overnight incident: at 02:30 the {{arterial line}} flush bag was found to be 5% glucose not
           0.9% saline (same coloured packaging, stocked next to each other). Picked up by SN
           [[name:Amber]] when art-line BGs came back 28 vs capillary 11.
        B: Mum [[name:Leanne]] resident (mob [[phone:07812 330916]]), dad [[name:Gavin]] offshore.
        A: GCS 15, {{PEWS}} {{amber}} overnight now green, K+ 3.9. Line re-primed with correct
           fluid, all art-line BGs since 18:00 discounted and insulin rate reviewed - no change made
           on the false readings, luckily.
        R: Datix [[case_reference:W-119210]] submitted by [[name:Amber Mackie]]; Dr [[name:Varghese]]
           aware; mum told by [[name:AM]] at 07:00 and wants to speak to the nurse in charge.
           Pharmacy to move the glucose bags.
        Handed over: [[name:Amber]] -> [[name:Marek]]
    """)),
    # 13
    ("aviation", "incident", prose("""
        wrote this up straight after landing, sorry for typos. [[date:12/11]], [[flight_number:nry 431]]
        ABZ - {{Skene Alpha}} - ABZ crew change, me (capt) and [[name:lewis]] P2 in
        [[aircraft_registration:G-NRSA]]. on the inbound leg about 40nm E of ABZ we got an {{MGB}} chip
        caution. [[name:lewis]] ran the checklist, we declared a {{PAN}} with Aberdeen approach and
        came straight in. 14 pax on board incl one lad ([[name:kyle ferguson]] on the manifest) who'd
        already been anxious since the {{EBS}} brief and started hyperventilating when he heard the
        PAN call over the intercom. no cabin crew on type so [[name:lewis]] talked to him on the
        headset while I flew. landed 1122, pax off calmly, fire cover attended as standard. eng
        ([[name:Sunil]]) found fine fuzz on the chip detector - aircraft AOG. my only real learning
        point is the PA: we don't need to broadcast the PAN call to the cabin. could someone check
        on [[name:kyle]] - he left the terminal in a hurry. [[name:R. Lowe]]
    """)),
    # 14
    ("social_care", "success", prose("""
        Good practice note for the team meeting. [[name:Oskar Zieliński]] ([[age:16]], {{Duchenne}})
        now has a settled team of three PAs paid through his {{Self-directed Support}} Option 1 budget,
        after two years of PAs leaving within weeks. His mum [[name:Magdalena]] ("[[name:Magda]]")
        recruited [[name:Chase]] and [[name:Summer Reid]] herself from the sixth form at
        [[organisation:Speyside High]], and [[organisation:Moray Independent Living Service]] did the
        payroll and PVG checks. What made the difference: [[name:Oskar]] interviewed them himself and
        chose people his own age who like gaming; [[name:Magda]] got a proper employer induction; and
        we agreed with finance to pay holiday pay from the start so nobody had to chase it later.
        [[name:Chase]] now does Saturday nights so [[name:Magda]] can sleep. Review done
        [[date:18/10/2023]] by me, [[name:Callum Ogilvie]], {{Disabled Children's Team}}. Contact
        [[phone:01343 563 912]] if anyone wants the recruitment pack [[name:Magda]] wrote.
    """)),
    # 15
    ("social_care", "incident", block("""
        [[date:02/03/2024]], 21:47 - [[name:Nadia]]: hi [[name:Trish]] [[name:harris]] had 2 absence seizures at tea, both under a min. videoed the 2nd like you asked x
        [[date:02/03/2024]], 21:49 - [[name:Trish]]: thanks hun. did you send the video? not come through
        [[date:02/03/2024]], 21:52 - [[name:Nadia]]: oh no
        [[date:02/03/2024]], 21:52 - [[name:Nadia]]: i think it went to the running club group 😭 deleting now
        [[date:02/03/2024]], 21:58 - [[name:Trish]]: [[name:Nadia]] that group has 60 folk in it
        [[date:03/03/2024]], 08:10 - [[name:Trish]]: [[name:Gordon]] says he's asked everyone to delete. 4 people had opened it
        [[date:03/03/2024]], 08:31 - [[name:Nadia]]: I'm so sorry. I'll tell the agency myself

        [Chat exported and attached to IG report [[case_reference:IGR/24/0113]] by
        [[name:Ruth Anyaoku]], {{social worker}}, CWD team, [[date:04/03/24]]. Mum
        ([[name:Patricia Milne]]) does not want the PA dismissed; [[name:Harris]] ([[age:9]]) likes her.
        Group is [[organisation:Ellon Mums Run Club]].]
    """)),
    # 16
    ("health", "near_miss", prose("""
        Near miss on a paediatric retrieval on [[date:22nd April]]. Team was consultant [[name:Ravi]],
        ANP [[name:Siobhán Ní Bhriain]] and me as transport nurse, bringing [[name:Tadhg O'Sullivan]],
        [[age:8 weeks]], ventilated on the {{Hamilton T1}}, from [[organisation:Raigmore]] to PICU. About
        50 minutes in, the ambulance tech [[name:Bill]] asked why the cylinder gauge on the trolley was
        dropping - we had never switched the vent over to the vehicle's piped oxygen after loading.
        The cylinder had about 12 minutes left. Switched over, no desaturation, [[name:Tadhg]] none the
        wiser. [[name:Siobhán]] and I both thought the other had done it; the loading checklist has the
        step but it comes after "secure trolley" and we were distracted by dad ([[name:Pádraig]])
        asking if he could travel with us. Changes: gas switchover is now a challenge-response item
        read by the driver, and we've asked for a low-cylinder alarm on the trolley mount.
        {{Datix}} [[case_reference:RET-0412]].
    """)),
    # 17
    ("aviation", "near_miss", block("""
        PASSENGER MANIFEST (extract) - [[flight_number:NRY 256]] SUMBURGH -> {{Fulmar Bravo}} - [[date:06 JUN 2024]]
        Seat  Name                        Company                   Bag  Body  HUET exp
        1A    [[name:MACLEOD]], [[name:Ruairidh]]         [[organisation:Brayside Subsea]]           12   94   [[date:11/2025]]
        1B    [[name:ADEBAYO]], [[name:Femi]]             [[organisation:Norseman Drilling]]         9    88   [[date:03/2027]]
        2A    [[name:SZABÓ]], [[name:Bence]]              [[organisation:Norseman Drilling]]         14   102  [[date:08/2026]]
        3C    [[name:OKONKWO-BELL]], [[name:Tobi]]        [[organisation:Kinloss Catering Ltd]]      11   79   [[date:01/06/2024]]
        4A    [[name:NIC AN TSAOIR]], [[name:Mairead]]    [[organisation:Brayside Subsea]]           10   70   [[date:09/2025]]

        Check-in note ([[name:Shannon]]): 3C HUET/{{CA-EBS}} expired [[date:01/06/2024]]. {{Vantage}}
        flagged amber but pax was passed at desk 1 by relief staff. Caught at the gate by
        [[name:Shannon]] on the boarding scan. [[name:Tobi]] offloaded and rebooked after refresher.
        Ref [[case_reference:SOL-NM-0611]].
    """)),
    # 18
    ("social_care", "near_miss", block("""
        REFERRAL - [[organisation:Tŷ Seren Children's Hospice]] (received by email [[date:05/09/2023]])
        Child's full name: [[name:Rhys Aled Pritchard]]
        Known as: [[name:Aled]]
        DOB: [[date_of_birth:19.08.2015]]        NHS no: [[nhs_number:717 891 6354]]
        Address: [[address:Tŷ Gwyn, Heol y Felin, Llanrwst]]    Postcode: [[postcode:LL26 0DT]]
        Parent/carer: [[name:Carys Pritchard]] (mam) tel [[phone:07391 228504]] - Welsh first language
        Diagnosis: {{Batten disease}} ({{CLN2}}), fortnightly {{Brineura}} infusions
        GP: [[organisation:Meddygfa Dyffryn Conwy]]
        Referrer: Dr [[name:Siân Elis-Roberts]], community paediatrician ([[email:sian.elis-roberts@wales.nhs.uk]])

        Intake note ([[name:Gwen]], {{duty nurse}}, [[date:06/09]]): the first version of this form
        carried the NHS number of [[name:Aled]]'s cousin [[name:Osian Pritchard]] - same surname, same
        GP. Spotted because the DOB didn't match on the {{Welsh Clinical Portal}}. Dr
        [[name:Elis-Roberts]] resent the form. No record was created under the wrong number.
    """)),
    # 19
    ("health", "incident", prose("""
        Incident summary [[case_reference:NNT/INC/0093]]. On [[date:9 Oct 2023]] the neonatal transport
        team were delayed 2 h 10 min reaching [[organisation:Caithness General]] because the transport
        incubator failed its battery test at base and the spare was out on another job. Baby
        [[name:Mackay]], born at 29+5 to [[name:Morven Mackay]] ([[age:19]]), needed {{surfactant}}, which
        the local team (Dr [[name:Yusuf Al-Amin]] and midwife [[name:Kirsteen]]) gave via {{LISA}} while
        waiting - credit to them. Our vehicle [[vehicle_registration:SF68 XLA]] left base at 03:55
        rather than 01:45. Baby arrived in NICU stable but cold (35.4). Transport nurse
        [[name:Dougie Farquhar]] found the battery failure had been written on the daily check sheet
        on [[date:7 Oct]] by a student but never escalated. Mum travelled separately with her own mum
        ([[name:Senga]]) and arrived six hours after baby because nobody had told her which hospital -
        she found out from the {{ward clerk}}. Actions: daily-check failures now phoned to the
        coordinator; family leaflet with unit address and phone [[phone:01224 55 4321]] handed over
        at the referring unit every time.
    """)),
    # 20
    ("aviation", "incident", block("""
        OCCURRENCE REPORT                          Ref: [[case_reference:OR-2024-0772]]
        Date: [[date:19/07/2024]]   Time: 1446Z
        Aircraft: {{H175}} [[aircraft_registration:G-NRSK]]   Flight: [[flight_number:NRY0318]]
        Location: helideck, {{Tern Charlie}}
        Reporter: [[name:Tunde Oyelaran]] (HLO) [[email:t.oyelaran@terncharlie-ops.com]] [[phone:+44 1224 941207]]

        Description: during the rotors-running turnaround the baggage hold was opened on the upwind
        side. A hard hat packed loose on top of a holdall blew out, crossed the deck under the tail
        rotor and went into the perimeter net. Deck crew [[name:Gav Munro]] retrieved it after
        departure. Owner identified as [[name:Emil Dragomir]] ([[organisation:Brayside Subsea]]).
        Immediate actions: crew informed by radio; {{FOD}} walk done; aircraft inspected at ABZ by
        [[name:Sunil Kapoor]] (B1) - no damage.
        Contributing: bag packing rules not checked at check-in; hold opened on the wrong side because
        [[name:Gav]] was new to this deck and the {{HCA}} deck plate photos are out of date.
        Reviewed: [[name:T.O.]] / Capt [[name:Ingrid Solberg]]
    """)),
    # 21
    ("social_care", "success", prose("""
        We ran the first [[organisation:Little Lanterns]] sibling bereavement day at
        [[organisation:Strathbeg House]] on [[date:Saturday 20th April]], for brothers and sisters of
        children who died in the last 18 months. Six came: [[name:Jack]] ([[age:10]]), twins
        [[name:Rosie]] and [[name:Ellie-Mai]] ([[age:7]]), [[name:Summer]] ([[age:12]]), [[name:Arjun]]
        ([[age:9]]) and [[name:Tiago]] ([[age:6]]). Volunteers [[name:Bríd]] and [[name:Kwame]] ran the
        memory jar activity, and it was lovely to see [[name:Arjun]], who hasn't mentioned his sister at
        school at all, tell [[name:Jack]] about her favourite song. [[name:Summer]]'s dad
        [[name:Frank]] emailed afterwards to say it was the first night she'd slept through since the
        funeral, and that he'd had a {{frank}} talk with her about what happened in the {{summer}} for
        the first time. What worked: small numbers, a parents' room with tea, and a promise of no "sad
        talks" unless the children started them. Next one in October; [[name:Bríd]] will lead.
    """)),
    # 22
    ("social_care", "incident", prose("""
        case note [[date:27/06/24]] - hv to [[address:flat 2/1, 88 tullos circle]] [[postcode:AB11 8HX]].
        seen [[name:kacper]] ([[age:15]], {{cerebral palsy}}, non verbal, uses {{eye gaze}}) and mum
        [[name:beata wiśniewska]]. purpose was short break review but mum v upset re PA [[name:dean]]
        who hasn't been paid for 6 wks. DP account frozen by finance after mum missed the quarterly
        audit return (letter went to old address, [[address:41 Girdleness Rd]]). [[name:dean]] has kept
        working anyway as he doesn't want to let [[name:kacper]] down and mum has been paying him cash
        out of [[name:kacper]]s {{DLA}}. explained that can't continue and i'd escalate.
        [[name:kacper]] told me on his device '[[name:DEAN]] STAY' which was v clear. also noted hoist
        sling frayed - mum says OT knows. actions: ring [[name:lorraine]] in DP finance tmrw
        ([[phone:01224 52 2771]]), send change of address to finance, chase OT re sling, update
        {{SDS}} support plan. [[name:JMcK]]
    """)),
    # 23
    ("health", "success", block("""
        From: [[name:Hannah Lockhart-Wood]] <[[email:hannah.lw82@gmail.com]]>
        Sent: [[date:Saturday, 11 May 2024]] 22:03
        To: PICU Family Liaison <[[email:picu.familyliaison@nhs.scot]]>
        Subject: thank you from [[name:Teddy]]'s mum

        Hi,
        [[name:Teddy]] came home with his trachy yesterday!!! 143 days. I don't know where to start.
        Please pass this on to Staff Nurse [[name:Dawit]] who did our trachy training and never once
        made me feel stupid, to [[name:Roisin]] and [[name:Sunny]] on nights, and to the lady from
        {{Family Liaison}} who sorted our parking - I never got your name but you know who you are.
        And Dr [[name:Mbatha]]: you were right about the {{tracheostomy}} when we weren't ready to hear
        it. Thank you for waiting for us.
        His address for cards is [[address:7 Thistle Court, Westhill]] [[postcode:AB32 6RU]] if anyone
        wants to send one, he loves post.

        [[name:Hannah]], [[name:Rob]], [[name:Teddy]] (and [[name:Lola]], [[age:4]], who now wants to be a nurse) x
    """)),
    # 24
    ("aviation", "success", prose("""
        Worth sharing. On [[date:Sat 14 Dec]] [[flight_number:NRY520]] ([[aircraft_registration:G-NRSF]])
        was the last crew change out before the fog came into Sumburgh. Capt [[name:Grace Mbeki-Hall]]
        and FO [[name:Tam Moodie]] were at {{Foinaven Delta}} picking up 12 returning pax when Sumburgh
        went below minima. Rather than launch and hope, [[name:Grace]] held on deck, rotors running, for
        ten minutes while [[name:Tam]] pulled the {{TAF}}s for Kirkwall and Aberdeen and ops
        ([[name:Leigh]]) confirmed fuel and onward transport. They went to Kirkwall. One of the pax, a
        welder called [[name:Sean Joyce]], had a wife in labour at [[organisation:Gilbert Bain Hospital]];
        our ops desk rang [[organisation:Loganair]] and they held a seat for him on the evening flight
        to Sumburgh. Nothing dramatic, the crew handled it with good {{grace}} and kept the cabin
        informed at every stage, and the OIM ([[name:Kenny]]) wrote in to thank them. The {{CRM}}
        trainers want to use it in the next recurrent session, with [[name:Grace]]'s blessing.
    """)),
    # 25
    ("social_care", "near_miss", block("""
        ---------- Forwarded message ---------
        From: [[name:Leanne Bisset]] <[[email:leanne@brightstarpas.co.uk]]>
        Date: Mon, [[date:8 Apr 2024]] at 16:22
        Subject: Fwd: PA cover for [[name:Rose]]
        To: [[name:Mark Ferguson]] <[[email:mark.ferguson@aberdeenshire.gov.uk]]>

        [[name:Mark]], see below from [[name:Rose]]'s mum. I think we need to log this as a near miss
        on our side as well. [[name:LB]]

        > On Mon, [[date:8 Apr 2024]], 14:05 [[name:Dionne Baptiste]] <[[email:dionnebaptiste@hotmail.co.uk]]> wrote:
        > Hi [[name:Leanne]], the cover PA you sent today ([[name:Kieran]]?) told me he is still waiting
        > on his {{PVG}}. I didn't let him do personal care, he just sat with [[name:Rose]] while I
        > showered and then I sent him home. Her temperature rose this afternoon so I'd have needed
        > him to do her meds later, which I'm not happy about. Please check before sending anyone.
        > [[name:Rose]] is [[age:14]] and very aware of who touches her.
        > [[name:Dionne]]
    """)),
    # 26
    ("health", "incident", block("""
        Timeline - inter-hospital transfer - [[name:Yasmin El-Sayed]] ([[age:3y]]) - [[case_reference:PICU-5528]]
        [[date:14/08/2023]]
        16:05 Referral from [[organisation:Dumfries & Galloway Royal Infirmary]] paeds reg (Dr [[name:Hollings]]):
              {{status epilepticus}}, intubated.
        16:20 Retrieval team mobilised: Dr [[name:Ana Ferreira]], RN [[name:Kwabena Asante]]
        18:40 Team at bedside. Handover verbal only; drug chart and allergy band not seen (band under splint)
        19:55 Departed. Mum ([[name:Rania]]) following by car with uncle [[name:Tarek]]
        22:30 Arrived PICU. {{Co-amoxiclav}} prescribed and given 23:10 for ?aspiration
        23:40 Widespread urticarial rash. [[name:Rania]] arrives and says [[name:Yasmin]] is allergic to
              penicillin - it was on the referral letter, which was in the transport bag
        23:45 {{Chlorphenamine}} given, {{adrenaline}} not needed. Settled.
        [[date:15/08]] 09:00 Duty of candour: Dr [[name:Ferreira]] and consultant Dr [[name:O'Hare]] with
              [[name:Rania]] and an {{Arabic interpreter}}.
        Datix [[case_reference:W-117402]]
    """)),
    # 27
    ("aviation", "near_miss", block("""
        [19:42] [[name:Jamieson]], [[name:Moira]] (ABZ Ops): [[flight_number:NRY 744]] ready to launch for {{Cullen Alpha}}, any update on your {{HSL}}?
        [19:44] [[name:Ndlovu]], [[name:Themba]] (Radio Op): status lights fault cleared per the sparky, good to go
        [19:45] [[name:Jamieson]], [[name:Moira]] (ABZ Ops): copied, launching
        [20:31] [[name:Ndlovu]], [[name:Themba]] (Radio Op): sorry [[name:Moira]] - HLO [[name:Declan]] says lights still u/s on the west side, panel showing fault
        [20:32] [[name:Jamieson]], [[name:Moira]] (ABZ Ops): aircraft 10 mins out, informing crew
        [20:40] [[name:Jamieson]], [[name:Moira]] (ABZ Ops): crew (Capt [[name:Strachan]]) elected RTB, no night landing to a deck with u/s HSL under {{CAP 437}}
        [20:41] [[name:Ndlovu]], [[name:Themba]] (Radio Op): understood. will get OIM sign-off next time

        Note added by [[name:MJ]] on [[date:29/11/2023]]: "cleared per the sparky" is not a deck status.
        Raised as [[case_reference:NR-ABZ-23-1187]]. 22 pax returned to ABZ and rebooked on [[flight_number:NRY 746]].
    """)),
    # 28
    ("social_care", "incident", prose("""
        Hospice at Home, [[date:19.3.24]]. I'm writing this because I think we let [[name:Dylan]]'s family
        down overnight. [[name:Dylan]] ([[age:7]], {{DIPG}}) is being cared for at home at
        [[address:Burnside Cottage, by Alford]] with his mum [[name:Stacey]] and step-dad
        [[name:Kev Duguid]]. At about 02:00 his {{syringe driver}} alarmed (occlusion) and
        [[name:Stacey]] rang the number on the front of the {{anticipatory care plan}},
        [[phone:01975 562 100]]. That is the old day-service line and it rang out. She then rang
        {{NHS 24}}, who sent an out-of-hours GP who had never set up a paediatric driver. Our on-call
        nurse [[name:Morag]] was only reached at 03:40, when [[name:Kev]] found her mobile
        ([[phone:07968 114 052]]) on a note on the fridge. [[name:Dylan]] was uncomfortable for around
        90 minutes. [[name:Stacey]] said "we were told we'd never be on our own", and she's right. I have
        apologised. Actions: every ACP printed before [[date:1st March]] is being checked this week, and
        the on-call number now goes on a sticker on the driver itself. - [[name:Rhona Ogg]],
        {{clinical nurse specialist}}
    """)),
    # 29
    ("social_care", "success", block("""
        Dear [[name:Mel]] and [[name:Jonno]]
        thank you for taking us to the beach at Cullen when [[name:Zara]] was poorly. i liked the chips.
        [[name:Kai]] liked the seal best.
        we made you a card. the dots are stars. the big one is [[name:Zara]].
        love from [[name:Tayla]] [[age:age 8]] and [[name:Kai]] [[age:age 5]]

        (p.s. from mum - they talk about that day all the time. The {{sibling support}} outings were the
        only thing we could give them this year. [[name:Zara]] died peacefully on [[date:12 November]]
        with all of us there. Thank you for everything. [[name:Nicole Baird]])
    """)),
    # 30
    ("health", "near_miss", prose("""
        Near miss - blood sample labelling, [[date:Tues 30th Jan]]. Two babies in neighbouring cots in
        {{HDU}}: [[name:Aleksander Nowicki]] (mum calls him [[name:Olek]]), NHS
        [[nhs_number:874 219 5195]], and [[name:Alexander Nowak]] ("[[name:Xander]]" on his cot card),
        NHS [[nhs_number:576 264 5312]]. Both [[age:5 weeks]], both Polish families. Phlebotomist
        [[name:Jude]] took a {{U&E}} from [[name:Olek]] and labelled it from the printout for
        [[name:Xander]], having checked the name verbally with the {{HCA}} as "[[name:Alex]]". The lab
        BMS, [[name:Faisal Chaudhry]], rejected it because the sample time was before [[name:Xander]]'s
        {{cannula}} had even been sited. Resampled; no result was released against the wrong baby.
        Factors: near-identical names, a verbal check using a nickname, and printouts for the whole bay
        in one pile. Since then: name alert on both cot cards, bedside label printing only, and
        [[name:Jude]] has written a reflection that was honestly better than this report. Dr
        [[name:Wiśniewski]] spoke to both families, in Polish.
    """)),
    # 31
    ("aviation", "incident", prose("""
        HLO statement, [[date:Wednesday 2nd August 2023]], {{Cullen Alpha}} main deck. At 10:17, during
        the turnaround of [[flight_number:NRY 611]] ([[aircraft_registration:G-NRSA]]), HDA
        [[name:Stevie-Lee Gauld]] tripped on a chock strop while escorting outbound pax to the aircraft
        and fell onto his left wrist inside the rotor-running area. He kept hold of the passenger he
        was escorting ([[name:Wojciech Zając]]) and neither went near the tail. I signalled the
        commander (Capt [[name:Lowrie]]) to hold. [[name:Stevie-Lee]] was walked off by
        [[name:Precious Ncube]] and seen by the medic, [[name:Kerry-Ann]]; X-ray onshore later showed a
        fracture. The strop had been left out after the freight lift at 09:30 because deck crew were one
        short ([[name:Dom]] off sick). Actions: deck sweep is now a line on the pre-landing checklist
        even when the deck was swept earlier, and the minimum crew for rotors-running ops has been
        re-briefed. Ref [[case_reference:CUA-HSE-0923]]. [[name:Brendan Ó Súilleabháin]], HLO
    """)),
    # 32
    ("social_care", "near_miss", prose("""
        Near miss reported by PA [[name:Precious Moyo]] (employed by [[name:Ollie]]'s parents through a
        {{direct payment}}, NI [[ni_number:JR 60 31 22 A]]). On [[date:Sunday 4th Feb]] mum
        [[name:Dawn Ritchie]] went to visit her own mother in hospital and asked [[name:Precious]] to get
        [[name:Ollie]] ([[age:17]], {{spinal muscular atrophy}}) up with the hoist on her own. His
        {{moving and handling}} plan says two people. [[name:Precious]] did it because [[name:Ollie]] was
        desperate for the toilet; the left leg loop came off the hook as she lowered him, she caught him
        and got him onto the commode but hurt her back. No injury to [[name:Ollie]]. She told me at the
        payroll visit on [[date:7/2]] because she'd missed two shifts and was worried about pay. Issues:
        parents as employers don't have to report this anywhere, there is no second PA on Sundays, and
        she didn't know about employer's liability cover. I've talked it through with [[name:Dawn]] and
        dad ([[name:Grant]]); we're looking at a second PA or a ceiling track hoist. OT referral
        [[case_reference:OT-22719]]. [[name:Hayley]], DP support officer,
        [[organisation:Moray Carers Payroll Service]]
    """)),
    # 33
    ("health", "success", prose("""
        I want to write about [[name:Noor]], because it went as well as a death can go and I'd like us to
        remember why. [[name:Noor Siddiqui]], [[age:8 months]], had been with us six weeks after her
        arrest. On [[date:the 14th of March]] her parents [[name:Yusra]] and [[name:Bilal]] decided with
        Dr [[name:Fenwick]] to withdraw ventilation. They wanted it done before {{Jumu'ah}} so their imam
        from [[organisation:Torry Islamic Centre]] could be there and burial could happen within a day.
        Our chaplain, Rev. [[name:Alison Munro]], rang the registrar herself and the
        {{Procurator Fiscal}} was contacted early. [[name:Hope]] from play did handprints with
        [[name:Noor]]'s brothers [[name:Zayd]] and [[name:Ilyas]] while [[name:Yusra]] held her. We moved
        the cot so the window faced the sea, which [[name:Bilal]] asked for. I was her nurse. I cried in
        the sluice afterwards and [[name:Tomás]] took my next patient without being asked. What made it
        work: one named nurse, prayers respected without anyone making the family explain, and the
        paperwork done before, not after. [[name:Yusra]] texted me last week to say they have planted a
        lemon tree. [[name:Kemi]]
    """)),
    # 34
    ("aviation", "near_miss", block("""
        TECH LOG EXTRACT / QUALITY NOTE - hangar 2 ABZ - [[date:27/01/24]]
        [[aircraft_registration:G-NRSB]] and [[aircraft_registration:G-NRSD]] (both {{AW139}}) in bays 2 and 3 overnight.
        Defect [[aircraft_registration:G-NRSB]]: No.2 engine {{ITT}} indication intermittent, raised by
        Capt [[name:D. Sinclair-Ngata]] after sector 3.
        22:40 Connector cleaned/reseated by B1 [[name:Piotr Lewandowski]] - on [[aircraft_registration:G-NRSD]]
              (work pack left on the wrong trolley, identical bay layout)
        23:15 CRS signed in [[aircraft_registration:G-NRSB]] tech log for work done on [[aircraft_registration:G-NRSD]]
        05:50 Day lead [[name:Suki Bains]] cross-checks tooling log v tech logs: mismatch found
        06:20 [[aircraft_registration:G-NRSB]] quarantined, defect re-worked by [[name:Piotr]] + [[name:Suki]], ground run ok
        07:45 Released; [[flight_number:NRY 104]] delayed 50 min
        Quality ref [[case_reference:QN-24-0019]]. Fatigue a factor (4th night, covering for [[name:Hamish]]).
        No flight with the defect unrectified.
    """)),
    # 35
    ("social_care", "incident", block("""
        CASE NOTES - [[name:Tyler-James Duthie]] - DOB [[date_of_birth:03/02/2013]] - [[case_reference:CN 3318842]]
        Service: [[organisation:Rowanbank Short Breaks]]

        [[date:12/06/2024]] 19:30 [[name:KW]]: [[name:TJ]] arrived off school transport. Bruise approx 3cm upper
          left arm seen at changing, no explanation. [[name:TJ]] non-verbal, uses {{Makaton}}. Body map done.
        [[date:12/06/2024]] 19:50 [[name:KW]]: rang mum [[name:Shelley]] on [[phone:07455 018 623]], no answer, VM left.
        [[date:12/06/2024]] 20:15 [[name:KW]]: discussed with shift lead [[name:Obi]], agreed to wait for mum.
        [[date:13/06/2024]] 09:05 [[name:Obi Nwosu]]: no call back. On review this should have gone to
          {{duty social work}} last night under {{child protection}} procedures as [[name:TJ]] cannot tell us.
          Referral made to [[organisation:Aberdeenshire CWD Duty]] [[phone:01467 53 4333]].
        [[date:13/06/2024]] 11:40 [[name:ON]]: duty SW [[name:Marguerite Lamont]] called back - mum says the escort
          lifted him out of the taxi by the arm. [[organisation:Deeside Cars]] informed.
        [[date:13/06/2024]] 16:00 [[name:ML]]: {{IRD}} not required. Escort to be retrained.
        Reflection ([[name:ON]]): the incident is our 14-hour delay in referring, not only the bruise.
    """)),
    # 36
    ("social_care", "success", prose("""
        Celebrating a match that works. {{Family-based short breaks}} carers [[name:Bernadette]] and
        [[name:Des Ward]] have had [[name:Paddy McDonagh]] ([[age:11]], {{autism}} and
        {{global developmental delay}}) one weekend a month since last spring. [[name:Paddy]]'s family are
        Irish Travellers living at [[address:plot 6, Clinterty site]] and his mum [[name:Bridget]] was
        very wary of us after a bad experience with a previous service. What made it work:
        [[name:Bernadette]] is from a Traveller family herself and visited the trailer three times before
        any overnight; we let [[name:Bridget]] and [[name:Paddy]]'s granny (Nan [[name:Winnie]]) see the
        carers' house and his bedroom first; and [[name:Des]], who spent 30 years as a nurse on a
        learning disability ward, drove the route at [[name:Paddy]]'s pace with his ear defenders and the
        same playlist every time. At the review on [[date:02/05/24]] [[name:Bridget]] said it was the
        first time in years she'd slept in her own bed without listening out for him. Link worker:
        [[name:Alison Grieve]], [[organisation:Aberdeen City Family Placement Team]].
    """)),
    # 37
    ("health", "incident", block("""
        PICU HANDOVER - NIGHTS - [[date:Sat 23/03]]   NIC: [[name:Gemma]]   Cons: Dr [[name:Adeyinka]]
        Bed 1  [[name:Rūta Petrauskaitė]] [[age:4/12]]  {{RSV}}, {{HFOV}}. Mum [[name:Inga]] at {{Ronald McDonald House}}
        Bed 2  [[name:Kofi Mensah-Boateng]] [[age:11y]]  post {{spinal fusion}} D1, PCA, pain 3/10
        Bed 3  [[name:Finlay]] "[[name:Finn]]" [[name:Rennie]] [[age:2y]]  croup, {{Heliox}} off, for ward in am
        Bed 4  empty, cleaned
        Bed 5  Baby [[name:Ahmadi]] [[age:6/7]]  {{TGA}}, pre-op, {{prostin}} 5 ng/kg/min

        INCIDENT: 01:20 bed 5 prostin found disconnected at the 3-way tap, dislodged during cares and
        not noticed for ~15 min. Sats 78 -> 65%. Reconnected, recovered by 01:40. Dr [[name:Adeyinka]]
        informed. Datix [[case_reference:W-120077]]. Parents [[name:Farhad]] and [[name:Maryam Ahmadi]]
        told at 07:00 by [[name:Gemma]], with [[name:Parisa]] interpreting (Farsi).
        Outstanding: bed 2 PCA check 08:00; bed 3 ward bed requested on [[organisation:Ward 102]].
    """)),
    # 38
    ("aviation", "success", block("""
        FLIGHT DEBRIEF - [[flight_number:NRY 233]] ABZ-{{Rona Bravo}}-ABZ - [[date:10/04/2024]]
        Crew: Capt [[name:Aoife Brennan]] / FO [[name:Jakub Nowak]]     A/c: [[aircraft_registration:G-NRSK]] ({{H175}})

        What happened: 25 min outbound, pax in 4D ([[name:Joseph Mwangi]], [[organisation:Corran Well Services]])
        became confused and sweaty. Pax in 4C, [[name:Ahmed Qureshi]], an offshore medic travelling to
        work, recognised a {{hypo}} and gave him dextrose tablets from [[name:Joseph]]'s own pocket.
        Capt [[name:Brennan]] turned back; ops ([[name:Shaz]]) had an ambulance at the stand 12 min
        after landing.
        Went well: clear cabin comms over the intercom, [[name:Ahmed]] reported via the {{HEELS}} card
        signal we brief, quick decision to RTB.
        Learning: [[name:Joseph]] had declared {{type 1 diabetes}} at the offshore medical but not at
        check-in - no requirement to. Suggest a voluntary "medical info" box on the check-in kiosk.
        Filed by [[name:A.B.]] [[date:11/04/2024]]
    """)),
    # 39
    ("social_care", "near_miss", prose("""
        Near miss on [[date:Monday 3rd June]]. [[name:Ayaan Chowdhury]] ([[age:10]], {{Angelman syndrome}})
        travels to [[organisation:Orchard Brae School]] in a wheelchair-accessible minibus
        ([[vehicle_registration:SN70 BXE]]) run by [[organisation:Bon Accord Community Transport]]. His
        usual escort [[name:Marta]] was off sick and the driver, [[name:Bob Yule]], collected
        [[name:Ayaan]] with no escort at all, which is against his transport plan because he has
        seizures that need {{buccal midazolam}} within five minutes. Mum ([[name:Shirin]]) only realised
        when the bus had gone and rang the school; the head, Mrs [[name:Duncan]], met the bus at the
        gate. [[name:Ayaan]] did not have a seizure. The cover arrangement had been texted to an old
        number for the escort pool. [[name:Bob]] said he assumed the school would have a trained adult
        on the bus "as usual". Actions: no pick-up without the named escort, driver to phone transport
        ([[phone:01224 346 8900]]) if the escort is missing, and mum now gets a text when cover is
        arranged. Logged [[case_reference:TRN-NM-0611]].
    """)),
    # 40
    ("health", "near_miss", block("""
        RETRIEVAL COORDINATION LOG - [[date:Thu 08/02/2024]] - coordinator [[name:Nia Evans-Kamara]]
        01:12 Call from [[organisation:Dr Gray's Hospital]], Dr [[name:Lindqvist]] (paeds reg). Pt [[name:Ellis Mowat]],
              [[age:5/52]], {{bronchiolitis}}, apnoeas on {{CPAP}}. CHI [[case_reference:0401240318]]
        01:14 Callback number taken as [[phone:01343 534 210]]
        01:20 Conference call to Dr [[name:Oduya]] (cons) set up - callback fails twice, "number not recognised"
        01:24 Rang switchboard [[phone:01343 543101]], put through to ward
        01:31 Correct direct line is [[phone:01343 543 210]] (digits transposed at 01:14). [[name:Ellis]] had a
              further apnoea needing bag-mask at 01:26 - handled well locally.
        01:33 Advice given, team mobilised: Dr [[name:Oduya]], RN [[name:Caoimhe]]
        Learning: read-back of callback numbers is in the SOP, not done at 01:14 ([[name:NEK]] was taking
        a second call). ~11 min lost. No harm. Shared at huddle.
    """)),
    # 41
    ("aviation", "incident", prose("""
        Dangerous goods incident on [[date:18/08/2023]], [[flight_number:NRY 307]] Sumburgh to
        {{Rona Bravo}}, [[aircraft_registration:G-NRSD]]. About 15 minutes after take-off a passenger in
        row 3 ([[name:Liam O'Driscoll]]) noticed smoke coming from his own immersion suit pocket: a
        disposable {{vape}} he had forgotten to declare had been activated by the pressure of the
        harness strap. He shouted, and the passenger next to him, [[name:Olumide]], helped him unzip and
        get the device out onto the floor, where it stopped smoking. Capt [[name:Kowalski]] and FO
        [[name:Hazel Omand]] ran the {{smoke in cabin}} drill and returned to Sumburgh, landing 11 minutes
        later. No injuries; the suit liner was scorched. Screener [[name:Ashleigh Inkster]] later
        confirmed the pocket had been patted but not searched because the queue was long and the
        flight was late. Mr [[name:O'Driscoll]] was very apologetic. Ref [[case_reference:DG-SUM-23-014]];
        {{CAA}} notified.
    """)),
    # 42
    ("social_care", "incident", prose("""
        Safeguarding incident at [[organisation:Strathbeg House]] on [[date:22/10/2023]]. [[name:Kayden]]
        ([[age:5]]) is with us for end of life care with his mum [[name:Courtney Lennox]]. There is a
        {{non-harassment order}} preventing his father, [[name:Jordan Petrie]], from contacting mum,
        and this is on the alerts board. A reception volunteer, [[name:Margaret]], in her first week,
        let [[name:Jordan]] in at 15:20 because he said he was [[name:Kayden]]'s uncle and gave the name
        "[[name:Darren]]". He was in the family lounge for about ten minutes before nurse [[name:Femi]]
        recognised him from the photo in the file. Mum was in the shower and [[name:Kayden]] was asleep.
        {{Police Scotland}} attended ([[case_reference:PS-20231022-1187]]) and he left without any
        trouble. We also have to hold that [[name:Jordan]] is a dad whose little boy is dying; social
        work are looking at whether a supervised visit is possible. Since then: photo at reception,
        volunteers never alone on the door, and [[name:Margaret]] has had a proper debrief - she was
        very shaken.
    """)),
    # 43
    ("social_care", "success", block("""
        DIRECT PAYMENT REVIEW - MINUTES
        Date: [[date:Tuesday 9 July 2024]]   Venue: family home, [[address:23 Cairnie Place, Stonehaven]] [[postcode:AB39 2LQ]]
        Present: [[name:Jas Kaur-Dhillon]] (mum/employer), [[name:Harpreet Dhillon]] (dad), [[name:Simran]] ([[age:15]], item 1),
        [[name:Mhairi Watt]] (SW), [[name:Lenny Obuya]] (SDS adviser, [[organisation:Inspire Mearns]]), PA [[name:Agata Lis]] (item 3)

        1. [[name:Simran]]'s views: wants PA support to go to {{Girlguiding}} and the cinema with friends
           rather than "being babysat at home". Agreed by all.
        2. Budget: uplift from 8 to 12 hrs/wk approved at {{resource panel}} on [[date:02/07/24]],
           ref [[case_reference:SDS-APL-88142]].
        3. PA contract: [[name:Agata]]'s hours increased, payroll to update. NI no. on file checked
           ([[ni_number:SH 20 44 17 D]]).
        4. AOB: [[name:Harpreet]] thanked everyone - first review where "we didn't have to fight for
           anything".
        Next review in January. Minutes: [[name:MW]]
    """)),
    # 44
    ("health", "success", prose("""
        A good one to share. On [[date:3rd May]] we repatriated twins [[name:Ola]] and [[name:Ife]]
        [[name:Babatunde]] (born at 27 weeks, now [[age:6 weeks old]]) from NICU back to
        [[organisation:Dr Gray's]] SCBU in a single run using the twin transport system, so they didn't
        have to be separated for a day. Transport nurse [[name:Chloé Marchand]] and driver
        [[name:Jimmy Cowie]] planned it with the receiving unit the day before, and mum [[name:Funmi]]
        travelled in the front. Dad ([[name:Tolu]]) met us there with their big sister. Both babies
        stable throughout, no temperature drops. Small touches made the difference: [[name:Chloé]]
        printed both babies' feeding plans and the photos of their first cuddle, and rang
        [[name:Funmi]] the night before so the move wasn't a surprise. [[name:Tolu]] wrote on the
        feedback form: "you carried both of our children at once and we never felt frightened." Logged
        as good practice, [[case_reference:NTS-GP-24-007]].
    """)),
    # 45
    ("aviation", "near_miss", prose("""
        Near miss on [[date:5 Jan 2024]], [[flight_number:NRY 612]] ([[aircraft_registration:G-NRSF]])
        Sumburgh to {{Tern Charlie}}. The installation's refuelling system was out of service (water in
        the bulk tank) and their notification e-mail went to [[email:abz.ops@norlandrotary.co.uk]] instead
        of [[email:sumburgh.ops@norlandrotary.co.uk]]. The crew, Capt [[name:Hamza Iqbal]] and FO
        [[name:Bryony Tulloch]], had planned to uplift fuel offshore and only found out on the radio
        during the approach. With the stronger-than-forecast headwind on the way home they landed back
        at Sumburgh 12 kg above final reserve. Ops ([[name:Magnie]]) had already started ringing round
        when ABZ forwarded the e-mail at 11:05, but by then the aircraft was committed. Nobody did
        anything unsafe; the system let them down. Fix: installations now phone as well as e-mail, and
        both ops mailboxes are on each installation's distribution list. Ref
        [[case_reference:NR-SUM-24-0007]].
    """)),
    # 46
    ("social_care", "near_miss", block("""
        Texts exported from work mobile [[phone:07384 550129]] ([[name:Amira Haddad]], SW)

        Mon [[date:15 Jan]] 17:02 [[name:Jade]]: hiya is the respite still on for fri? [[name:Rocco]] been asking all week
        Mon [[date:15 Jan]] 17:40 Me: Hi [[name:Jade]], yes confirmed at [[organisation:Hillcrest Short Break House]] from 4pm x
        Fri [[date:19 Jan]] 09:15 [[name:Jade]]: the house just phoned, they've no booking for him??? and they need his keto plan
        Fri [[date:19 Jan]] 09:31 Me: So sorry, looking into it now
        Fri [[date:19 Jan]] 10:02 Me: Found it - booked under another [[name:Rocco]] on our list. Sorted, 4pm still fine.
        Fri [[date:19 Jan]] 10:05 [[name:Jade]]: ok. and his {{ketogenic diet}} plan?
        Fri [[date:19 Jan]] 10:20 Me: Dietitian ([[name:Priyanka]]) emailing it to the house now

        Note: the other [[name:Rocco]] ([[name:Rocco Gallo]], [[age:8]]) was due in the following weekend and
        has no special diet. If [[name:Jade]] hadn't texted, [[name:Rocco Marr]] would have arrived with no
        bed and the house would have used the wrong care plan. Booking now requires DOB as well as name.
    """)),
    # 47
    ("health", "incident", prose("""
        Incident [[case_reference:W-121550]]. On [[date:Monday 26 February]] the PICU discharge summary for
        [[name:Lucas Ferreira-Smith]] ([[age:14 months]], NHS [[nhs_number:939 514 1581]]) was posted to
        his dad's old address, [[address:12 Ythan Terrace, Ellon]] [[postcode:AB41 9LJ]], instead of to
        his mum. The parents are separated and there is a {{child protection}} plan in place because of
        domestic abuse; dad is not to know mum's new address. The social history section of the letter
        included it. Dad ([[name:Ricky Smith]]) rang the ward to complain about the letter and read the
        street name out to the ward clerk. Mum ([[name:Chantelle Ferreira]]) and the children have had
        to move again, into refuge accommodation through {{Women's Aid}}. Ward clerk [[name:Vik]] had
        updated the address on {{TrakCare}}, but the letter template pulls the GP-registered address,
        which was still the old one. Learning: letter templates should use the current contact
        address, and the social history section should never carry an address when there is an
        address alert.
    """)),
    # 48
    ("aviation", "incident", block("""
        ABZ OPS LOG - [[date:Fri 17/11/2023]] - nights (duty [[name:Craig Pirie]])
        1730 Crew briefing packs printed
        1805 {{Met Office}} update: embedded CBs developing E of ABZ from 1830
        1840 [[flight_number:NRY 880]] ([[aircraft_registration:G-NRSK]], Capt [[name:Ahmed]] / FO [[name:Lindsay-Ann Gow]])
             reports lightning strike 30nm NE ABZ, 3000ft. No abnormal indications, continuing
        1902 Landed. 16 pax off. [[name:Ahmed]] reports pax [[name:Cormac Fitzgerald]] very shaken, seen by
             terminal first aider
        1915 Eng [[name:Haruto Sato]] inspects: strike marks on one main rotor blade tip. AOG
        1930 [[flight_number:NRY 882]] cancelled. {{Tern Charlie}} OIM informed, 14 pax stay offshore
        2100 MOR raised [[case_reference:NR-ABZ-23-1204]]; entered in {{SMS}}
        Remark: the 1805 update was not passed to the crew, who had walked at 1800 with the 1730 pack.
        Nobody owned "new weather after packs printed". [[name:CP]]
    """)),
    # 49
    ("social_care", "incident", prose("""
        I need to record something that has really upset the bereavement team. After [[name:Oliwia]]
        ([[age:2]]) died at [[organisation:Cairn Lodge]] on [[date:31/03]], a volunteer photographer from
        [[organisation:Little Lights Photography]] took memory photos for the family, with a consent form
        that says "for family use only". On [[date:9 April]] she posted one of them - [[name:Oliwia]]'s
        hand holding mum's wedding ring - on her Instagram ([[name:@em.captures]]) as a "portfolio
        piece", with the caption "beautiful angel, forever 2". Mum [[name:Zofia]] found it when a friend
        shared it. Dad [[name:Paweł]] phoned me in tears and said "she was ours, not hers". I spoke to
        the photographer, [[name:Emily-Jayne]], who took it down within the hour and was genuinely
        horrified; she said she didn't think a hand could identify anyone. Our volunteer agreement does
        not mention social media at all. Actions: agreement rewritten, photos now handed over on our
        USB only, and I will go with [[name:Zofia]] to meet [[name:Emily-Jayne]] if she still wants to.
        Raised as [[case_reference:CL-IG-2024-006]].
    """)),
    # 50
    ("social_care", "success", block("""
        [[address:Lilac Cottage, 2 Mill Lane, Tarland]]
        [[postcode:AB34 4UT]]
        [[date:20th January 2024]]

        Dear [[name:Fatima]] and all the team,

        I am [[name:Rory]]'s grandad. I am [[age:81]] and don't do the email so please forgive the
        handwriting. When my daughter [[name:Sinead]] went into hospital in the autumn you kept
        [[name:Rory]] ([[age:12]]) at home with me by finding PAs at two days' notice. [[name:Marcus]]
        came every morning at 7 to get him up and washed and [[name:Lachie]] did the evenings and his
        tube feeds, and neither of them once made me feel like a useless old man. [[name:Rory]] never
        had to go into a placement, which is what [[name:Sinead]] was most frightened of.
        She is home now and doing well.

        With my sincere thanks,
        [[name:Seamus Gallagher]]
        Tel [[phone:013398 81234]]
    """)),
]


def main() -> None:
    records = build_records("blind46", REPORTS)
    write_records(OUT, records)


if __name__ == "__main__":
    main()
