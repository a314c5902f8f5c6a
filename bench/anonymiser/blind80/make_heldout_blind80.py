"""Held-out blind corpus 80: community nursing, hospice, care homes, home care, freight aviation.

District and community nurses, hospice staff, care-home and domiciliary-agency carers, registered
managers, children's home staff and school safeguarding leads (adult and children's social care
both count as social_care); cargo airline loadmasters, airport fire and rescue watch managers,
de-icing and fuel handling crews for aviation. Voice ranges from carer app notes and WhatsApp
exports to rota and call-log tables, MAR charts, Datix and RIDDOR-style forms, e-mails with
signatures, debriefs and compliments from families.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from markup import block, build_records, write_records  # noqa: E402
from markup import flow as prose  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "corpus" / "heldout_blind80.jsonl"

REPORTS = [
    # ------------------------------------------------------------------ social care (17)
    ("social_care", "incident", prose("""
        call note 07:40 - arrived at [[address:22 Tenter Close]] for mrs [[name:okafor]]'s
        morning call, no answer at door. key safe code from the {{care plan}} didnt work (been
        changed??). rang office on [[phone:01632 960412]], spoke to [[name:dawn]] who said the
        family changed it on [[date:12/03/2024]] and never told us. waited 25 mins till neighbour
        [[name:Hope Adeyemi]] brought spare key. mrs [[name:okafor]] found sat on floor by
        {{commode}}, says not hurt but wet through and cold. rang {{111}}, they sent
        {{paramedics}}. late for next 3 calls. pls update {{Birdie}} app with new code and DONT
        put it in the free text box!! - [[name:Gosia]] ({{carer}})
    """)),
    ("social_care", "near_miss", block("""
        MAR CHECK - [[organisation:Larchfield House]], {{Ground Floor}} - [[date:Wed 6 March]]
        Resident A: [[name:Winifred Clegg]]  DOB [[date_of_birth:14/09/1936]]  Room 4
        Resident B: [[name:Winifred Clay]]   DOB [[date_of_birth:02/02/1941]]  Room 14
        08:00 {{Senior Carer}} [[name:JB]] potted {{Donepezil}} 10mg + {{Amlodipine}} 5mg for A
        08:05 walked to Room 14 in error (both down as [[name:Winnie]] on the whiteboard)
        08:06 Mrs [[name:Clay]] said "them aren't my tablets love" - NOT given
        08:10 [[name:JB]] checked photo on {{eMAR}}, gave to correct resident, signed
        Action: photos retaken, surnames + room no. on board, both families informed.
        Near miss ref [[case_reference:LH-NM-0311]]
        [[name:Faith Mutasa]], {{Deputy Manager}}
    """)),
    ("social_care", "success", block("""
        From: [[name:Sunita Rai]] <[[email:sunita.rai84@examplemail.co.uk]]>
        To: Home Manager, [[organisation:Brambling Court Care Home]]
        Subject: Thank you for Dad

        Dear [[name:Bernadette]],

        I just wanted to say a huge thank you to everyone on the {{dementia unit}} for how you
        looked after Dad (Mr [[name:Rai]]) over Christmas. When his {{UTI}} made him so
        confused, [[name:Jade]] and [[name:Kofi]] noticed straight away, rang the
        {{out-of-hours GP}} and took turns sitting with him all night. He is back to himself
        now, doing the {{crossword}} and telling everyone about his days at the car plant.

        Please pass this on to the night team, especially [[name:Jade]].

        Kind regards,
        [[name:Sunita]]
        [[phone:07700 900318]]
    """)),
    ("social_care", "incident", block("""
        INCIDENT REPORT FORM
        Reported by: [[name:Grace Ndlovu]], {{Registered Manager}}
        Location: [[organisation:Heatherlea Nursing Home]], [[address:3 Pinfold Road]],
        [[postcode:DN4 8QR]]
        Date/time: [[date:18/01/2024]] 14:20
        Person affected: Mr [[name:Dennis Haworth]], aged [[age:88]]
        Description: Mr [[name:Haworth]] was being transferred wheelchair to armchair by two
        carers using the {{stand aid}}. The {{sling}} rode up and he was lowered to the floor.
        Later c/o hip pain, taken to {{A&E}}, x-ray confirmed fractured {{neck of femur}}.
        {{RIDDOR}}: reportable - specified injury to a non-worker taken to hospital.
        Ref [[case_reference:RID-2024-00871]].
        Actions: {{LOLER}} check on stand aid booked, all day staff re-trained by
        [[organisation:Moving Matters Training Ltd]], sling sizes added to each care plan.
    """)),
    ("social_care", "near_miss", block("""
        ROTA - [[organisation:Kindred Homecare]] - North patch - [[date:Mon 8 April]]
        Time   Client        Carer(s)          Notes
        07:30  [[name:P. Hussain]]    [[name:Will]] + [[name:Mark]]       {{double up}}, {{hoist}}
        08:30  [[name:E. Moran]]      [[name:Will]]              {{meds prompt}}
        09:15  [[name:G. Lister]]     [[name:Will]]              DOUBLE UP - 2nd carer blank
        10:00  [[name:R. Achterberg]] [[name:Mark]]              shower

        Note from [[name:Will]]: saw on the app last night [[name:Lister]] only had me on.
        Rang coordinator [[name:Sunny]] at 21:10 who said system dropped [[name:Mark]] when he
        swapped his lates. Would have been a single-handed {{Sara Stedy}} transfer. Sorted
        for the morning but this is the 2nd time this month the rota software has done it.
    """)),
    ("social_care", "incident", block("""
        Shift log - [[organisation:Hollybank Children's Home]] - [[date:Fri 22/03/24]]
        19:10 YP ([[name:Tayla]], [[age:14]]) left via back door after a phone call, wouldnt
              say where she was going
        19:15 {{Missing From Care}} protocol started, grounds searched
        19:30 rang [[name:Tayla]]'s mobile [[phone:07700 900562]] - voicemail
        19:45 reported missing to police, log [[case_reference:PL-20240322-1187]]
        20:05 informed {{EDT}} and her {{social worker}} [[name:Marcus Fenn]] (voicemail)
        22:40 [[name:Tayla]] returned by taxi, smelt of alcohol, said was at a mate's on
              [[address:Beck Street]]
        22:50 body map done, no marks. {{return home interview}} requested
        Staff on: [[name:RJ]], [[name:Lou]], [[name:Precious]]
    """)),
    ("social_care", "success", block("""
        DSL meeting notes - [[organisation:St Aidan's CE Primary]] - [[date:11 June]]
        Present: Mrs [[name:Okonjo]] ({{DSL}}), Mr [[name:Farrow]] ({{Deputy DSL}}),
        [[name:Abi]] ({{SENCo}})
        - Miss [[name:Hale]] logged on {{CPOMS}} that a Y4 pupil, [[name:K.O.]], had come in
          hungry and in the same uniform several days running
        - pattern only visible because 3 staff had each logged small things - CPOMS
          chronology pulled it together
        - {{Early Help}} assessment done with mum; referral to
          [[organisation:Fenwick Road Food Bank]] and uniform from the PTA swap shop
        - [[name:K.O.]] attendance up from 82% to 96% this half term
        - action: share as good practice at {{INSET}} - "notice it, log it, even if small"
    """)),
    ("social_care", "near_miss", block("""
        Chat export - Carers North group - [[date:9 May 2024]]
        18:02 [[name:Frank]] TL: anyone got the key safe no. for Mrs [[name:Booth]] at
        [[address:7 Quarry Bank]]?
        18:03 [[name:Shaz]]: its 4471 👍
        18:03 [[name:Frank]] TL: DONT put codes on here!! 40 ppl in this group incl ex staff
        18:05 [[name:Shaz]]: sorry deleted x
        18:20 [[name:Frank]] TL: ok. code being changed tonight with her daughter. codes only
        via the {{PASS}} app or ring {{on-call}} [[phone:01632 960977]]. I'll do a
        {{data breach}} form for [[name:Bev]] tmrw. {{Team Leader}} = me if any q's
    """)),
    ("social_care", "incident", block("""
        From: [[name:Olusegun Bakare]] <[[email:manager@maplegrovecare.example]]>
        To: {{Adult Safeguarding Hub}}
        Subject: Med error - Mrs [[name:J Whitlock]] - ref [[case_reference:MG-MED-24-019]]

        Hi,
        Notifying you (and {{CQC}} - statutory notification sent today) of a medication error
        at [[organisation:Maple Grove Care]]. On [[date:2 April]] Mrs [[name:Joan Whitlock]]
        ([[age:79]], NHS no. [[nhs_number:322 995 4947]]) was given a second dose of
        {{Apixaban}} at 18:00 because the lunchtime dose had not been signed on the {{MAR}}.
        Picked up by {{Senior}} [[name:Rose]] on the 22:00 round. {{111}} advised monitoring
        for bleeding; no harm so far. Both staff off meds pending competency reassessment.

        Regards
        [[name:Segun Bakare]]
        Registered Manager | [[phone:01632 960145]]
    """)),
    ("social_care", "success", prose("""
        Night handover to days, [[organisation:Willow Bank]] unit 2. Mr [[name:Teodor
        Wiśniewski]] (rm 9) unsettled at 02:00 calling out for his wife. Instead of PRN
        {{lorazepam}}, [[name:Dawn]] put the Polish radio station his son set up on the
        {{Alexa}} and sat with him with a cuppa - asleep by 02:40, no PRN needed. Pls add to
        his {{This Is Me}} so days know it works. Mrs [[name:Ama Boateng]] ate a full
        breakfast at 06:30, first time this week - {{MUST}} review due Friday. Nil else.
        [[name:Dawn]] & [[name:Chidi]] (nights)
    """)),
    ("social_care", "near_miss", block("""
        Safeguarding log - [[organisation:Moorside Academy]]
        Date: [[date:Thursday 16 May]]
        Logged by: [[name:Mark Sheridan]], {{Office Manager}}
        Pupil: [[name:Ellie-Mae Brough]] (Y1), age [[age:5]]
        What happened: 15:15 a man came to reception saying he was 'Uncle [[name:Jay]]' and had
        been asked to collect [[name:Ellie-Mae]]. Not on the {{collection list}} on {{Arbor}}.
        TA [[name:Faith]] kept [[name:Ellie-Mae]] in class while I rang mum on
        [[phone:07700 900741]]. Mum said there is a {{Child Arrangements Order}} restricting
        dad's side of the family. Man left before police arrived (log
        [[case_reference:CAD 4412-16052024]]). {{DSL}} informed, mum collected 15:40.
        Learning: check the collection password BEFORE bringing a child to the front office.
    """)),
    ("social_care", "incident", block("""
        Call log - [[name:Harold Pye]] ([[case_reference:BHC-3318]])
        [[organisation:Bluebell Home Care]]
        Date    Planned  Actual  Carer      Notes
        [[date:14/02]]   08:00    08:06   [[name:Aga]]        {{insulin}} given, BM 7.2
        [[date:14/02]]   12:30    --      --         MISSED - not allocated
        [[date:14/02]]   17:00    17:10   [[name:Reggie]]     found clammy + confused, BM 2.9
        [[name:Reggie]]'s note: gave {{GlucoGel}} + sweet tea, BM 4.8 after 15 min, rang 999.
        {{paramedics}} left him at home with family.
        Manager note ([[name:Lena Schofield]]): lunch call dropped when the run was
        re-planned on {{CarePlanner}}. Lunch is a food + BM check call for an insulin client
        and must be flagged {{time-critical}}. Referred to {{safeguarding}} as neglect by
        omission; family and {{district nurses}} informed.
    """)),
    ("social_care", "success", prose("""
        Debrief following incident at [[organisation:The Laurels]] on [[date:3rd February]].
        Young person [[name:Kai]] ([[age:15]]) became very distressed after contact with birth
        mum was cancelled at short notice and started throwing chairs in {{the lounge}}.
        {{Residential Support Worker}} [[name:Bill Osei]] cleared the other YP out, kept his
        voice low and used the {{PACE}} approach, naming how let down [[name:Kai]] must feel.
        No {{physical intervention}} needed despite {{Team Teach}} being considered. Within 20
        minutes [[name:Kai]] was sat on the stairs talking, later helped tidy and wrote a
        note to [[name:Bill]]. {{Registered Manager}} [[name:Nadia Qureshi]] has asked for the
        approach to be shared at team meeting and on the YP's {{placement plan}}.
    """)),
    ("social_care", "near_miss", block("""
        Reported by: [[name:Priya Venkatesh]], {{Senior Carer}}
        Location: [[organisation:Cedar Lodge]], room 21
        Date: [[date:27/04/2024]]
        Type: Near miss - moving and handling
        Description: Agency carer from [[organisation:StaffSure Recruitment]] was about to
        hoist Mrs [[name:Iris Lumb]] in a medium {{Oxford}} sling. Her {{hoist plan}} says
        LARGE with a {{head support}}. Second carer [[name:Jude]] checked the label against the
        plan before lifting and stopped it. No harm.
        Actions: slings now named and stored in each room; agency induction sheet to include
        "read the hoist plan"; discussed at {{flash meeting}}.
    """)),
    ("social_care", "incident", prose("""
        Raised a {{safeguarding concern}} today ([[date:5 July]]) re Mr [[name:Ahmed
        Siddiqui]] at [[address:Flat 6, Colliery Court]], [[postcode:WF10 4PJ]]. Carer
        [[name:Hope]] noticed the fridge empty three weeks running and he told her his
        grandson [[name:Danny]] takes his bank card 'to do the shopping'. Mr [[name:Siddiqui]]
        has capacity re finances per {{Mental Capacity Act}} assessment but says he is
        frightened to upset [[name:Danny]]. Referred to {{Adult Social Care}} front door, ref
        [[case_reference:ASC-771204]]. Office have arranged {{Making Safeguarding Personal}}
        conversation with him on his own. Any concerns ring the office [[phone:020 7946 0381]].
    """)),
    ("social_care", "success", block("""
        Card received [[date:20/08/2024]] - typed up for the compliments folder

        "To all the girls (and [[name:Tomasz]]!) at [[organisation:Ashgrove Home Care]],
        Thank you for everything you did for Mum these last two years. [[name:Peggy]] looked
        forward to your visits more than anything, and [[name:Tomasz]] always made her laugh
        even at the end. When the {{district nurses}} set up the {{hospital bed}} you all just
        fitted round it. She died at home like she wanted, with her music on.
        With love, [[name:Lorraine]] and [[name:Steve Atherton]] x"

        Shared with team at {{supervision}} - well done all. [[name:LB]], {{Registered Manager}}
    """)),
    ("social_care", "near_miss", prose("""
        visit note 17:30 - arrived mr [[name:jenkins]] and smelt gas v strong, hob knob turned
        on no flame. turned off, opened back door + windows, didnt touch light switches. rang
        {{gas emergency line}}, engineer came 18:40 and fitted a {{hob isolation valve}} so it
        can be turned off at night. mr [[name:jenkins]] has {{vascular dementia}} lives alone
        at [[address:41 Orchard Rise]], daughter [[name:Cath]] told. told [[name:Sadia]] in
        office, {{risk assessment}} needs updating + maybe {{telecare}} gas detector. - [[name:Mo]]
    """)),
    # ------------------------------------------------------------------ health (17)
    ("health", "incident", block("""
        Datix ID: [[case_reference:DX-240611-0457]]
        Reported by: [[name:Aisha Rahman]], {{District Nurse}} (Band 6)
        Team: [[organisation:Calder Valley District Nursing Team]]
        Location: patient's home, [[address:9 Weavers Fold]], [[postcode:HX7 5BN]]
        Patient: Mr [[name:Leonard Sugden]], NHS [[nhs_number:845 624 2160]],
        DOB [[date_of_birth:03/11/1939]]
        Date: [[date:11/06/2024]]
        Description: Category 3 {{pressure ulcer}} to sacrum found on first visit after
        discharge from [[organisation:Ward 7]] at [[organisation:Halcliffe General Hospital]].
        Discharge letter stated skin intact. No {{pressure-relieving mattress}} in place.
        {{SSKIN}} bundle started, {{tissue viability}} referral, dynamic mattress ordered.
        Harm: moderate. Shared with ward manager for joint review.
    """)),
    ("health", "near_miss", prose("""
        On [[date:Sunday 9 June]] {{Staff Nurse}} [[name:Ifeoma]] made up a
        {{syringe driver}} for the patient in Room 3 at [[organisation:St Columba's Hospice]]
        with {{midazolam}} 20mg and {{morphine sulfate}} 15mg over 24h. At the second check,
        Sister [[name:Maeve O'Donnell]] saw the chart had been changed that morning by Dr
        [[name:Ravi Kapoor]] to morphine 10mg after a falling {{eGFR}}. Not connected;
        discarded and re-made, both witnessed in the {{CD register}}. Learning: weekend
        prescription changes were not mentioned at handover. A red 'CHANGED' sticker is now
        put on the {{T34}} chart when a dose changes.
    """)),
    ("health", "success", block("""
        Subject: Thank you - [[name:Gwen]]'s last days
        To: [[email:compliments@stcolumbashospice.example]]

        We wanted to write to thank the {{Hospice at Home}} team, in particular [[name:Faith]]
        and [[name:Obi]], who came out at 3am on [[date:14 October]] when Mum was agitated. They
        sorted her {{anticipatory medicines}}, explained the {{Cheyne-Stokes}} breathing so we
        weren't frightened and stayed until she settled. Mum died peacefully at 7 that evening
        with all of us there. Thank you also to the {{Family Support}} team for the
        {{bereavement}} leaflets and the phone call a week later. We will never forget your
        kindness.

        [[name:Andrew]] & [[name:Hannah Price-Llewellyn]]
        [[address:Ty Gwyn, Heol y Felin]]
    """)),
    ("health", "incident", prose("""
        Lone working incident. Community staff nurse [[name:Zofia]] attended a new patient
        for a {{wound dressing}} at [[address:58 Cowper Street]], [[postcode:LS7 3RD]] at
        about 11:15 on [[date:7 August]]. Dog not secured despite referral form saying pets
        would be shut away; bitten on left calf through her trousers. Used the {{Skyguard}}
        button, left the property, cleaned wound in car. Seen at the {{walk-in centre}},
        {{tetanus}} up to date, course of {{co-amoxiclav}}. Off work 2 days. Patient moved to
        clinic visits until a pet agreement is signed. Reported by {{Team Leader}}
        [[name:Carl Brannigan]], Datix [[case_reference:DX-240807-1123]].
    """)),
    ("health", "near_miss", block("""
        Handover - [[organisation:Eastside neighbourhood team]] - pm visits [[date:Tues 23/04]]
        - Mrs [[name:Shirley Mottram]] ([[address:12 Alder Walk]]) {{NovoRapid}} 6u tea time
        - Mrs [[name:Sheila Mottram]] ([[address:12 Alder Court]]) {{Humulin I}} 18u tea time
        NB NOT RELATED. same surname, both insulin, streets next to each other!!
        [[name:Kerry-Ann]] nearly drew up the wrong pen today - picked up on the {{EMIS}} photo
        check at the door. Both now flagged with SIMILAR NAME alert and visits put on
        different runs. Pls always do the 3-point ID check (name, DOB, address).
        - [[name:Des]] ({{Band 5}}), [[name:Ruth]] (HCA)
    """)),
    ("health", "success", block("""
        Timeline - rapid response, end of life - [[date:Sat 2 March]]
        16:05 call from daughter: Mr [[name:Yusuf Demir]], [[age:67]], {{pancreatic cancer}},
              in pain + vomiting
        16:20 {{Night Sitting}} team declined, no capacity
        16:25 {{Specialist Nurse}} [[name:Helena Varga]] ({{Macmillan}}) rang 111 {{GP}}
              for a prescription for {{cyclizine}} in the driver
        16:50 {{Just in Case}} box at home already had {{levomepromazine}} - given
        17:30 [[name:Helena]] set up syringe driver at home
        18:15 pain score 2/10, settled. Family's wish for him to stay at home met
        Reflection: JIC box prescribed at diagnosis made this possible - no ambulance, no
        admission. [[name:HV]]
    """)),
    ("health", "incident", block("""
        From: [[name:Bronwen Harris]]
        To: Accountable Officer for CDs
        Subject: CD discrepancy - [[organisation:Elm Ward]], [[date:28/09/2024]]

        Hi [[name:Tariq]],
        At the 21:00 check the {{Oramorph}} 10mg/5ml running balance in the {{CD book}} was
        198ml but the bottle measured 178ml. Checked by myself and {{HCA}} [[name:Luz]]. Last
        entries were by Nurse [[name:Kemi Adebayo]] (day shift), who has been contacted and
        cannot account for it. No patient harm identified. Datix
        [[case_reference:DX-240928-0098]]; police not contacted yet pending your review.
        Bottle and book kept in the {{CD cupboard}} for audit.

        [[name:Bronwen]]
        {{Ward Sister}}, [[organisation:Ty Hafan Hospice]] | [[phone:01632 960288]]
    """)),
    ("health", "near_miss", block("""
        Referral received: [[date:03/07/2024]] via {{SystmOne}} task
        Patient: Mrs [[name:Margaret Ellison]], DOB [[date_of_birth:22/01/1944]]
        NHS no on referral: [[nhs_number:423 351 0978]]
        Issue: the {{GP surgery}} referral for {{leg ulcer}} care and {{compression}} had the
        NHS number of another Mrs [[name:Ellison]] at the same practice
        ([[organisation:Parkview Medical Centre]]). On {{PDS}} lookup the DOB did not match;
        the correct number is [[nhs_number:948 549 8845]].
        Risk: allergy to {{latex}} recorded on the correct record only - would not have shown.
        Action: returned to practice, [[name:Sam]] (our {{triage nurse}}) now checks PDS on
        every referral. Logged [[case_reference:REF-NM-2207]].
    """)),
    ("health", "success", block("""
        Team huddle - [[organisation:Wharfedale Community Nursing]] - [[date:Mon 13 May]]
        - [[name:Jo]] shared: {{ReSPECT form}} for Mr [[name:A.]] was found in a drawer by
          carers at 2am; because it was completed properly the {{ambulance crew}} did not
          start {{CPR}} and he died at home as he wished
        - praise for [[name:Mandeep]] who did the original {{advance care planning}}
          conversation over 3 visits
        - action: all ReSPECT forms to go in the {{yellow folder}} on the fridge
        - [[name:Frank]] to update the {{caseload}} spreadsheet for EOL patients
        - next huddle {{Thursday}}
    """)),
    ("health", "incident", prose("""
        pt mrs [[name:hilda rawcliffe]] long term {{catheter}} blocked again weds night, family
        rang {{out of hours}} at 23:00 but no nurse came till 06:30 as only 2 on for whole of
        the north. by then she was in retention + v distressed + temp 38.4. i changed
        {{catheter}} and rang gp, started {{trimethoprim}}, then admitted to
        [[organisation:Ward 12]] with {{urosepsis}}. she shoudl have had a {{bladder washout}}
        plan after last 3 blocks but it wasnt on her {{care plan}}. reported [[date:19 Jan]],
        ref [[case_reference:OOH-2401-332]]. - [[name:Gemma]] (night DN)
    """)),
    ("health", "near_miss", block("""
        WhatsApp - DN South team
        [07:52] [[name:Nisha]]: morning all, pic of mr [[name:O'Hara]]'s heel from last night
        [07:52] [[name:Nisha]]: <image>
        [07:58] [[name:Rach]]: [[name:nish]] thats gone in the FAMILY chat not ours 😬
        [07:59] [[name:Nisha]]: omg deleted it, his name was on the {{wound chart}} in the pic
        [08:05] Sister [[name:Reid]]: ok 2 things - no pt photos on {{whatsapp}} full stop, use the
        {{Isla}} app. and pls do a {{Datix}} so {{IG}} know
        [08:07] [[name:Nisha]]: will do, sorry all
    """)),
    ("health", "success", prose("""
        Debrief: {{verification of expected death}} at [[organisation:Rowan House]] on
        [[date:21 November]]. Nurse [[name:Temitope]] had done her {{VOED}} competency the week
        before and was able to verify Mrs [[name:Evelyn Shaw]]'s death at 04:10, so the family
        did not wait five hours for a GP. The {{DNACPR}} and {{anticipatory medicines}} were in
        order and the funeral director collected by 07:00. Care home manager [[name:Rhys
        Morgan]] has emailed thanks. Suggest all Band 6s complete VOED this quarter.
    """)),
    ("health", "incident", block("""
        Road traffic collision - lone worker
        Staff: [[name:Sunny Bhatti]], Community Nurse
        Vehicle: lease car [[vehicle_registration:LR68 WPF]]
        Date/time: [[date:10/12/2023]] 08:40
        Where: junction of [[address:Moss Lane]] and [[address:Dale Road]]
        What happened: on way to first visit, car skidded on ice into the back of a van.
        [[name:Sunny]] had {{whiplash}}, seen in {{A&E}}. Caseload of 9 redistributed by
        coordinator [[name:Maxine]]; 2 {{insulin}} visits were 90 min late.
        Police ref [[case_reference:WYP-231210-0076]]. Lease company and
        {{occupational health}} informed. Winter tyres requested for the {{fleet}}.
    """)),
    ("health", "near_miss", block("""
        MEDICATION CHART (community) - Mr [[name:Ivor Llewellyn]]
        {{Oramorph}} 10mg/5ml  2.5-5mg PRN 2-hourly for breakthrough pain
        {{MST Continus}} 20mg BD
        Date   Time   Dose   Given by
        [[date:04/02]]  22:00  5mg    daughter
        [[date:05/02]]  01:30  5mg    daughter
        [[date:05/02]]  02:10  5ml?   daughter
        DN note [[date:05/02]]: daughter misread 5mg as 5ml (=10mg) at 02:10. Caught by me at
        08:00 visit when balance didn't match. Pt drowsy but rousable, RR 14. GP
        aware. Relabelled bottle with a {{dosing syringe}} marked at 2.5ml, teach-back done.
        [[name:KW]] {{Community Matron}}
    """)),
    ("health", "incident", block("""
        RIDDOR-STYLE REPORT - over 7 day injury to employee
        Injured person: [[name:Patience Mwangi]], {{Healthcare Assistant}}
        Workplace: [[organisation:Meadowfield Hospice]], {{In-Patient Unit}}
        Date of injury: [[date:15 March 2024]]
        Activity: repositioning a patient in bed with a colleague using a {{slide sheet}}.
        Bed height not adjusted; [[name:Patience]] felt sharp pain in lower back.
        Absence: 12 days. Reported to {{HSE}} ref [[case_reference:RID-1187744]].
        Root cause: new {{profiling beds}} - staff not shown the height control on the
        handset. Action: bed training by supplier for all shifts.
        Reported by: [[name:Colin Tate]], {{Health and Safety Lead}}
    """)),
    ("health", "success", block("""
        Hi [[name:Anjali]],
        Just wanted to feed back on my placement with your team. The way [[name:Bernie]]
        handled the conversation with Mr [[name:Kowalczyk]]'s wife about stopping his
        {{insulin}} at end of life was the best communication I've seen in 3 years of
        training. She used {{SPIKES}} without it feeling like a script. I also loved the
        {{Doppler}} teaching day. Thank you all.
        [[name:Rosie Wren]]
        {{Student Nurse}}, [[organisation:University of Kirkhaven]]
        [[email:r.wren2@student.kirkhaven.example]]
    """)),
    ("health", "near_miss", block("""
        VISIT LIST - [[name:Toby]] - {{Thursday}} [[date:8 Feb]]
        No  Patient          Task                   Time window
        1   [[name:M. Azad]]          {{Clexane}} inj            08:00-10:00
        2   [[name:B. Firth]]         leg dressing           any
        3   [[name:D. Nowak]]         {{insulin}} (am)           08:00-09:00
        4   [[name:J. Kerrigan]]      {{PICC}} flush             any
        5   [[name:S. Grace]]         {{syringe driver}} check   by 12:00

        Note from [[name:Toby]]: [[name:D. Nowak]] is time-critical but was 3rd on the list.
        The {{Clexane}} took longer as the patient had a fall overnight, so I got to
        [[name:Nowak]] at 09:25 - BM 14.1, no harm. The scheduling tool sorts by postcode not
        by time window. Asked [[name:Sharon]] ({{Caseload Coordinator}}) to pin insulin
        visits first. Logged as near miss [[case_reference:CN-NM-0412]].
    """)),
    # ------------------------------------------------------------------ aviation (16)
    ("aviation", "incident", block("""
        OCCURRENCE REPORT - fuel spill on stand
        Reported by: [[name:Darren Quigley]], {{Into-Plane Fueller}}
        Company: [[organisation:Aeroflow Fuelling Services]]
        Location: stand 41, [[organisation:Eastmoor Airport]] cargo apron
        Date/time: [[date:21/11/2023]] 03:10
        Aircraft: {{B767-300F}} [[aircraft_registration:G-NWCF]], [[flight_number:NWC417]]
        What happened: the {{hydrant coupler}} was not fully seated on the pit valve and approx
        60 litres of {{Jet A-1}} sprayed out when flow started. Fueller released the
        {{deadman}} at once. {{AFRS}} attended, spill kit + absorbent used, drains blocked.
        Stand closed 95 min; [[flight_number:NWC417]] departed 2h10 late.
        Ref [[case_reference:EMA-OR-23-1456]]. Coupler quarantined for inspection, fueller
        re-briefed on the pull test before opening the valve.
    """)),
    ("aviation", "near_miss", block("""
        De-icing log - [[organisation:Polar Glycol Ltd]] - pad 2 - [[date:16 Jan]]
        05:38 rig [[vehicle_registration:EX16 DKT]] ({{Elephant Beta}}) to
              [[aircraft_registration:G-KRGO]], {{ATR 72F}}, [[flight_number:KRG 208]]
        05:42 driver [[name:Lukasz]] reversing to reposition for the left wing, no banksman,
              apron icy
        05:43 spotter [[name:Jade Kimani]] called STOP STOP on radio - basket approx 30cm
              from the wingtip
        05:45 stopped ops, [[name:Jade]] walked the rig back, aircraft inspected by the
              {{licensed engineer}} - no contact
        06:02 spray complete, {{Type I}} and {{Type IV}}, holdover logged
        Note: reversing at a wing without a {{banksman}} is a stop-work item. Talked to
        [[name:Lukasz]] - new starter, 3rd winter shift. Buddying him for rest of week.
    """)),
    ("aviation", "success", prose("""
        Watch debrief, {{Blue Watch}}, [[organisation:Eastmoor Airport Fire Service]],
        [[date:4 April]]. At 22:17 {{ATC}} called a {{Local Standby}} for {{B757F}}
        [[aircraft_registration:G-TRNK]] operating [[flight_number:TRK 2290]] with suspected
        hot brakes after a {{rejected take-off}}. Vehicles in position at the {{holding point}}
        in 2 min 40 s. {{Thermal imaging camera}} showed the left main gear at 480C, so we
        held well back from the wheel arc; the {{fusible plugs}} released on two tyres as
        designed. No fire. Clear comms with Captain [[name:Olsen]] on the discrete frequency.
        New firefighter [[name:Ade]] did really well on the camera and called the readings
        calmly. Crew: [[name:Hamish Baird]] (WM), [[name:Ade]], [[name:Cerys]], [[name:Will
        Tan]].
    """)),
    ("aviation", "incident", block("""
        From: [[name:Pieter van der Berg]] <[[email:p.vanderberg@skyhaulcargo.example]]>
        To: Ground Ops Manager
        Subject: Unlocked ULD on [[flight_number:SHC 883]]

        [[name:Naomi]],
        During build-up of [[aircraft_registration:G-SHCB]] ({{B737-400SF}}) for
        [[flight_number:SHC 883]] on [[date:Sunday 3 March]], the aft lock at main deck
        position 5 ({{PMC}} pallet) was not raised. On taxi-in at destination the pallet moved
        about 15cm aft and dented the {{9g net}}. No injuries, weight and balance stayed in
        limits. I signed the {{LIR}} without physically checking position 5, my error. I've
        asked for the lock check to be a two-person sign-off on the {{loading instruction}}.
        {{ASR}} raised, ref [[case_reference:SHC-ASR-0319]].

        [[name:Pieter]]
        {{Loadmaster}}, [[organisation:Skyhaul Cargo]] | [[phone:020 7946 0714]]
    """)),
    ("aviation", "near_miss", block("""
        DG OCCURRENCE - undeclared {{lithium batteries}}
        Reported by: [[name:Amara Eze]], {{Acceptance Agent}}
        Handler: [[organisation:Kestrel Freight Handling]]
        AWB: [[case_reference:176-48831902]]
        Flight/date: [[flight_number:KRG512]] / [[date:02/05/2024]]
        Description: X-ray screening showed a carton declared as 'phone accessories'
        contained about 40 {{power banks}} ({{UN3480}}) with no {{Class 9}} label and no
        {{Shipper's Declaration}}. Removed before build-up, did not fly on
        [[flight_number:KRG512]]. Shipper [[organisation:Zenbright Trading Ltd]] contacted.
        {{CAA}} notified via {{MOR}}, ref [[case_reference:MOR-2024-05517]].
    """)),
    ("aviation", "success", block("""
        Post-exercise notes - Ex FROSTLINE - [[date:Wed 17 Jan]]
        Attendees: WM [[name:Karen Oduya]], CM [[name:Rob Hinchliffe]], [[name:Grace Liu]]
        (airside ops), [[name:Bill]] ([[organisation:Skyhaul]] duty manager)
        - scenario: {{cargo fire}} on the main deck of a {{B777F}} on stand 12, 2 crew overcome
        - first {{RIV}} on scene 2m05s, inside the {{CAP 168}} response time
        - {{Snozzle}} piercing nozzle used through the fuselage crown - worked first time
        - good: joint working with [[organisation:Northshire Fire and Rescue Service]],
          single {{RVP}} worked well
        - improve: crew stairs blocked by a {{K-loader}}; [[name:Bill]] to brief handlers
        - overall: very good, thanks to all three watches
    """)),
    ("aviation", "incident", block("""
        Timeline - fuel quality event - [[organisation:Aeroflow Fuelling Services]]
        [[date:08/08/2024]]
        05:15 fueller [[name:Mehmet]] fuels [[aircraft_registration:G-ORCX]]
              ([[flight_number:ORC 61]]) from refueller [[vehicle_registration:AF19 BZX]]
        05:40 daily {{Shell Water Detector}} check on the refueller - capsule turns green
        05:45 refueller quarantined, supervisor [[name:Julie Kaur]] informed
        06:10 realised [[aircraft_registration:G-ORCX]] was fuelled before the daily check
              was done; airline engineering told
        07:30 aircraft {{sumps}} drained and sampled - no free water
        11:00 aircraft released; [[flight_number:ORC 61]] delayed 4h
        Cause: {{filter water separator}} drain missed after heavy rain. Daily checks now
        locked into the {{FuelLog}} tablet before first fill.
    """)),
    ("aviation", "near_miss", block("""
        De-ice crew chat - [[date:28 Dec]]
        04:12 [[name:Stevie]]: rig 3 panel showing 30/70 mix but {{OAT}} is -7, thats not right?
        04:13 [[name:Stevie]]: {{refractometer}} reading says 31% glycol
        04:13 [[name:Dawn Okeke]]: DONT SPRAY. [[flight_number:NWC 209]] can wait
        04:20 [[name:Dawn Okeke]]: day shift left it on the autumn setting. reset to 50/50,
        re-checked 50% on the refractometer
        04:31 [[name:Stevie]]: [[flight_number:NWC 209]] done, {{Type I}} heated, {{holdover}} sent
        to flight deck
        04:40 [[name:Dawn Okeke]]: good catch mate. writing it up for the {{SMS}}
    """)),
    ("aviation", "success", block("""
        From: Capt. [[name:Ingrid Solberg]]
        To: [[email:ops@kestrelhandling.example]]
        Subject: [[flight_number:KRG 1140]] on [[date:6 February]] - thank you

        Hello,
        I want to thank your night team for an excellent turnaround in heavy snow. The
        aircraft was de-iced, loaded and ready 10 minutes early, and your loadmaster
        [[name:Femi]] noticed a {{DGR}} segregation issue between {{Class 8}} and a
        {{dry ice}} consignment before it went on board - exactly the kind of vigilance we
        rely on. The {{loadsheet}} was perfect first time.

        Please pass my thanks to [[name:Femi]] and the crew.
        Best regards,
        [[name:Ingrid]]
        {{Captain}}, {{B737-800BCF}} fleet
    """)),
    ("aviation", "incident", block("""
        RIDDOR - over 7 day incapacitation of a worker
        Injured: Firefighter [[name:Connor Walsh]], aged [[age:29]]
        Employer: [[organisation:Eastmoor Airport Ltd]] - {{Airport Fire Service}}
        Date: [[date:Tuesday 12 March]]
        What happened: dismounting from {{Panther}} 6x6 [[vehicle_registration:YN17 FRZ]]
        after a {{foam test}}, slipped on the wet step and fell about 1.2m, fracturing his
        right ankle. {{Three points of contact}} not kept - carrying a {{BA set}} in one hand.
        Absent 6 weeks. HSE ref [[case_reference:RID-1190263]].
        Actions: anti-slip treads fitted to all vehicles; BA sets handed down, not carried.
        Reported by {{Watch Manager}} [[name:Hamish Baird]]
    """)),
    ("aviation", "near_miss", block("""
        Loadsheet check - [[flight_number:SHC 406]] - [[aircraft_registration:G-SHCD]]
        Pos   Loadplan kg   Weighbridge kg
        1     2,850          2,850
        2     3,010          3,010
        3     1,200          3,200   <-- typo
        4     2,640          2,640
        Loadmaster [[name:Ravi]] saw the {{trim sheet}} CG looked too far aft for the load
        and cross-checked the {{weighbridge}} tickets. Position 3 typed as 1,200 instead of
        3,200 on the {{DCS}}. Captain [[name:Mark Ellery]] informed, loadsheet re-issued
        before doors closed. Would have given wrong {{take-off speeds}}. Report to
        [[organisation:Skyhaul Cargo]] safety ref [[case_reference:SHC-SR-2024-077]].
    """)),
    ("aviation", "success", prose("""
        Big thank you to the team at the {{Animal Reception Centre}} and the ramp crew for the
        three sport horses on [[flight_number:NWC 1702]] on [[date:19 July]]. The grooms,
        including [[name:Siobhan Kearney]], said it was the calmest loading they've had:
        {{horse stalls}} were pre-positioned, the {{IATA Live Animals Regulations}} checks were
        done before the horses arrived, and the flight deck held the temperature at 14C all
        the way. Special mention to {{Loadmaster}} [[name:Joao Pereira]] who re-planned the
        {{main deck}} when one stall came in late. - [[name:Tasha]], Cargo Services,
        [[organisation:Northwind Cargo]]
    """)),
    ("aviation", "incident", prose("""
        At about 14:50 on [[date:25/06/2024]] {{tug}} driver [[name:Kwame Asante]] of
        [[organisation:Swiftline Ground Services]] was towing a train of four
        {{ULD dollies}} past stand 8 when the last dolly swung out and struck the
        {{engine cowling}} of [[aircraft_registration:G-ORCA]]. Damage: 10cm dent and a
        cracked {{fan cowl}} latch. Aircraft AOG 18 hours, [[flight_number:ORC 33]]
        cancelled, freight rebooked. Cause: turned too tight around the {{equipment
        restraint line}} with no {{wing walker}}; a four-dolly train is over the limit for
        that route. Driver stood down pending {{airside driving}} reassessment. Ref
        [[case_reference:SGS-INC-24-0611]].
    """)),
    ("aviation", "near_miss", block("""
        Fuel farm handover nights -> days [[date:19/02]]
        - [[name:Dean]] started {{overwing}} fuelling on feeder {{Cessna 208B}}
          [[aircraft_registration:G-FDRB]] without the {{bonding lead}} attached
        - spotted by [[name:Sana]] before the nozzle went in the tank, stopped and bonded
        - [[name:Dean]] says the reel on {{bowser}} [[vehicle_registration:AF21 KLO]] is
          sticking - tagged out, reel to workshop
        - reminder: bond first, nozzle second, every time
        - all else normal. tank 2 dipped 06:00. - [[name:Sana]]
    """)),
    ("aviation", "success", block("""
        Snow ops summary - night [[date:7/8 Feb]] - [[organisation:Polar Glycol Ltd]]
        Flight   Reg     Type    Fluid        Rig
        [[flight_number:NWC417]]   [[aircraft_registration:G-NWCF]]  {{B767F}}   {{Type I/IV}}    2
        [[flight_number:KRG 208]]  [[aircraft_registration:G-KRGO]]  {{ATR 72F}} Type I/IV    4
        [[flight_number:TRK 2290]] [[aircraft_registration:G-TRNK]]  {{B757F}}   Type I       1
        11 departures, zero holdover exceedances, zero returns to stand.
        Credit to [[name:Jade]] and [[name:Frank Mensah]] for pre-positioning rigs at 01:00
        after the {{Met Office}} warning.
    """)),
    ("aviation", "incident", block("""
        Timeline - bird strike [[flight_number:TRK 7714]] - [[date:30 Sep]]
        06:41 {{ATR 72-500F}} [[aircraft_registration:G-TRKE]] reports {{bird strike}} on
              departure, no 2 engine vibration, returning
        06:42 {{Full Emergency}} declared, fire crews to {{RVP}} north
        06:51 aircraft lands runway 27, crews follow to stand 3
        06:58 {{Stand down}}. Remains of 4 gulls on runway, FOD sweep by ops
        07:30 engineers find damage to 2 {{propeller}} blades
        Bird control had logged a large flock on the grass 25 min earlier but no dispersal
        was done. Captain [[name:Ellie Marsh]] praised AFRS. Ref [[case_reference:TRK-FSR-0930]]
    """)),
]


def main() -> None:
    records = build_records("blind80", REPORTS)
    write_records(OUT, records)


if __name__ == "__main__":
    main()
