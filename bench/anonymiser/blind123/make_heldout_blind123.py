"""Held-out blind corpus 123: just-culture incident, near-miss and learning reports.

Fifty invented reports written the way UK staff really type them, in three settings: a county
council's children in care and LADO teams (social_care), an acute trust's surgery, theatres and
recovery (health), and a regional airport's ground handling, ramp and turnaround (aviation).
Styles mix rushed lower-case notes with typos, careful narratives, chronologies, e-mails with
signatures, Teams/WhatsApp-style chat, incident forms with field labels, handover sheets, debrief
notes and shout-outs. Identifiers are marked `[[label:value]]` and must-not-redact mentions
`{{term}}` (see markup.py). Every person, place, number and reference is made up.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from markup import block, build_records, write_records  # noqa: E402
from markup import flow as prose  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "corpus" / "heldout_blind123.jsonl"

REPORTS = [
    # ------------------------------------------------------------------ social care (17)
    ("social_care", "incident", prose("""
        rang {{LADO}} line 10.40 re allegation from yp [[name:kayden]] ([[age:14]]) placed w/
        {{foster carers}} at [[address:27 Marlow Rise]]. says foster dad [[name:Gary]] grabbed his
        arm hard on [[date:sat 9th]], small bruise seen by {{DSL}} at [[organisation:Hollins Park Academy]].
        school rang {{MASH}} not us?? so we only found out 2 days later. no body map done. spoke to
        [[name:Tash]] in {{fostering team}}, carers not told yet, {{strategy discussion}} booked for
        tmrw 2pm. need to chase why school didnt use the {{LADO referral form}}. {{mosaic}}
        [[case_reference:1184527]]
    """)),
    ("social_care", "success", block("""
        Subject: thank you – [[name:Amara]]'s move on Friday

        Hi [[name:Fiona]],

        Just wanted to say a proper thank you to you and [[name:Declan]] for how you handled Friday.
        [[name:Amara]] ([[age:9]]) moved from [[organisation:Fernlea House]] to her new {{foster carers}}
        in one afternoon and she went with her memory box, her uniform and the bunny she sleeps with,
        because you thought to ring ahead. Her {{IRO}}, Mr [[name:Haddad]], said it was one of the
        best-planned emergency moves he has seen. The {{life story work}} you'd started meant she could
        explain it to her carers herself.

        Please pass this on to your {{team manager}} – I've copied in [[name:Rhiannon Pryce]].

        Many thanks,
        [[name:Olu Bakare]]
        {{Service Manager}}, Children in Care
        [[phone:01632 960418]] | [[email:olu.bakare@northmoor.gov.uk]]
    """)),
    ("social_care", "near_miss", block("""
        Chronology – [[name:Leon Mbeki]]  DOB [[date_of_birth:03/11/2011]]  LCS [[case_reference:LCS-0098213]]

        [[date:14/02/24]]
        16:05  {{Contact supervisor}} [[name:Ewa Kowalczyk]] notes father arrived for {{supervised contact}} at [[organisation:Brookside Family Centre]] smelling of alcohol.
        16:10  [[name:Ewa]] ends contact. [[name:Leon]] taken to side room with {{family support worker}}.
        16:25  Father tries to leave with [[name:Leon]] via the {{fire exit}}; door alarm sounds, reception staff stop him.
        16:40  Police called, PC [[name:Hughes]] attends, crime no. [[case_reference:CR/20417/24]].
        17:30  [[name:Leon]] returned to carers, settled.

        Learning: {{contact risk assessment}} said two staff, only one on shift. Fire exit is alarmed only – raised with centre manager re {{maglock}}.
    """)),
    ("social_care", "incident", block("""
        LADO – RECORD OF INITIAL CONSIDERATION
        Ref: [[case_reference:LADO/24/0317]]
        Date received: [[date:22 April 2024]]
        Referrer: [[name:Sinead Gallagher]], {{DSL}}, [[organisation:St Bride's RC Primary]]
        Adult: [[name:Tomasz Nowicki]], {{teaching assistant}}
        Child: [[name:Ruby-Mae]] ([[age:7]])
        Allegation: TA said to have pulled child by the wrist across the playground after she refused to come in from break. Red mark seen by class teacher.
        Harm test met: possibly. Suitability test: yes.
        Outcome: {{strategy meeting}} not required; back to employer to investigate under {{disciplinary procedure}}; school to notify {{Ofsted}}.
        Action: [[name:Nowicki]] not to work 1:1 with pupils pending outcome. Parent informed by school same day.
        Completed by: [[name:H. Achterberg]], {{LADO}}
    """)),
    ("social_care", "success", block("""
        [09:12] [[name:Priya Raman]]: anyone free to take [[name:Jayden]] to the {{dentist}} at 11? carer's car has died
        [09:13] [[name:Callum]]: I can if someone covers my 10.30 {{PEP}}
        [09:13] [[name:Priya Raman]]: legend. [[name:Bill]] can you do the PEP? it's at [[organisation:Oakfield Academy]]
        [09:15] [[name:Bill]]: yep np send me the {{Virtual School}} notes
        [09:41] [[name:Priya Raman]]: dentist is the one at [[address:41 Station Road]], park round the back
        [15:02] [[name:Callum]]: done, two {{fillings}}, brave lad. {{foster carer}} v grateful
        [15:03] [[name:Priya Raman]]: 👏 great teamwork all, this is exactly why dentals are on the {{health assessment}} tracker
    """)),
    ("social_care", "near_miss", prose("""
        On [[date:Tuesday 5 March]] a letter containing the full {{care plan}} for [[name:Summer]]
        ([[age:11]]) was posted to her birth mother's old address, [[address:Flat 3, 18 Tanners Row]],
        [[postcode:NR3 1QE]], rather than by the secure {{Egress}} e-mail agreed at the {{LAC review}}.
        The address had been updated in {{Mosaic}} but the letter template pulled the old
        "correspondence address" field. The current tenant, who knows the family, returned it unopened
        on [[date:7 March]]. Nothing was disclosed, but the plan included [[name:Summer]]'s placement
        address and school. Reported to {{Information Governance}} as a near miss
        ([[case_reference:IG-2024-0412]]) and {{business support}} now check the correspondence field
        against the main address before anything is posted. {{Social worker}}: [[name:Grace Adeyemi]].
    """)),
    ("social_care", "success", prose("""
        Shout-out to [[name:Mark]] on the {{out of hours}} team who stayed on the {{EDT}} phone for nearly two
        hours on [[date:New Year's Eve]] with a [[age:15]] year old who had gone missing from her
        {{children's home}} and was sitting in a {{bus station}} in the next county. He kept her talking,
        got {{British Transport Police}} to her without her hanging up and stayed on the line until she
        was safe. Calm, kind, and a textbook {{return home interview}} the next day too. Proud of you
        [[name:Mark]]. – [[name:Jo]]
    """)),
    ("social_care", "incident", block("""
        EDT HANDOVER  [[date:Sun 17/03]]
        Child                     | Issue                                             | Action
        [[name:Kacper L]] ([[age:13]])          | missing from [[organisation:Willowbank]] 22:00, back 01:30 with police | {{RHI}} to be offered, tell {{CSE}} lead
        [[name:Aaliyah Hussain]] ([[age:16]])  | carer rang re self-harm, superficial cuts, seen at {{A&E}} | {{CAMHS}} crisis referral done, SW [[name:Dev]] to f/u Mon
        [[name:Tyrese]]                   | {{placement breakdown}} risk, carers want to give notice | duty TM aware
        NB Willowbank staff couldn't open the missing from care protocol on the shared drive, link broken. Sent to [[email:edt.duty@northmoor.gov.uk]].
    """)),
    ("social_care", "incident", prose("""
        child [[name:Hope]] ([[age:4]]) droped off at wrong {{nursery}} by taxi this am - driver took her
        to [[organisation:Little Acorns]] not [[organisation:Little Oaks Day Nursery]]. staff there rang
        us at 9.20, she was fine, had a snack. {{transport team}} still had the old address on the
        booking from before her {{placement move}}. taxi co is [[organisation:Northway Cars]], reg
        [[vehicle_registration:YR68 LHF]]. no {{escort}} on board which is meant to happen for under 5s.
        {{foster carer}} mrs [[name:okoro]] v upset. form done ref [[case_reference:SC-INC-5531]]
    """)),
    ("social_care", "success", block("""
        Good practice note – {{Signs of Safety}} with a care leaver

        [[name:Fatima Al-Sayed]], {{personal adviser}} in the [[organisation:Eastgate Leaving Care Team]], used
        the {{three houses}} tool with [[name:Reece]] ([[age:18]]) when his tenancy at [[address:9 Bellfield Court]]
        was at risk over rent arrears. Instead of the usual letter, she sat with him and his landlord and let
        [[name:Reece]] draw what was working, what he was worried about and what he wanted to happen.

        What made the difference:
        - {{Universal Credit}} claim fixed on the spot, {{housing benefit}} backdated
        - [[name:Reece]] chose his own support network, including his old {{foster carer}}
        - plan written in his words, not ours

        Eviction notice withdrawn on [[date:30 January]]. Shared at {{practice week}} as an example of
        doing it with young people, not to them.
    """)),
    ("social_care", "near_miss", block("""
        [21:47] [[name:Shaz]]: has anyone given [[name:Tyler]] his meds tonight? {{MAR}} not signed
        [21:48] [[name:Kwame]]: not me I was on the trip
        [21:50] [[name:Shaz]]: checked blister pack, 6pm {{melatonin}} and {{sertraline}} still in
        [21:52] [[name:Shaz]]: ringing {{111}} to check if ok to give late
        [22:05] [[name:Shaz]]: they said give sertraline now, skip melatonin tonight, back to normal tmrw. given + signed, witnessed by [[name:Kwame]]
        [22:06] [[name:Kwame]]: sorry all, handover sheet didn't have meds on it
        [22:07] [[name:Shaz]]: not a blame thing, I'll add it to the {{handover template}}. {{Reg 44}} visitor will ask anyway
    """)),
    ("social_care", "incident", block("""
        From: [[name:Nkechi Eze]] <[[email:nkechi.eze@northmoor.gov.uk]]>
        To: Children in Care Team Managers
        Subject: Missed review – [[name:Delroy Campbell]] ([[case_reference:1203958]])

        Hi all,

        [[name:Delroy]]'s second {{LAC review}} was due on [[date:12 June]] and did not happen. The
        invite went to a {{social worker}} who left in April and nobody picked up the bounce-back.
        He is [[age:10]], placed at [[address:Hollybush Farm, Crook Lane]] with {{kinship carers}}, and
        his {{care plan}} still says weekly contact with mum although that stopped in May.

        I've rebooked for [[date:26 June]] and let his grandmother know. Can we check that leavers'
        caseloads are moved over in {{Liquidlogic}} before accounts are closed?

        Thanks
        [[name:Nkechi]]
        {{IRO}} | [[phone:07700 900412]]
    """)),
    ("social_care", "success", prose("""
        good catch by [[name:Zosia]] ({{student SW}}) today - she was about to add a {{case note}} to
        [[name:Ellie-Rose Turner]] and noticed the {{DOB}} on screen was [[date_of_birth:19/08/2014]] but the
        {{child protection plan}} she was reading said [[date_of_birth:19/08/2016]]. turns out there are two
        girls with the same name on the system and the {{MASH}} contact from last week had been put on the
        wrong record. {{data quality team}} have split them now ([[case_reference:MOS-771204]] and
        [[case_reference:MOS-771931]]). could easily have sent the wrong family a letter. nice one
    """)),
    ("social_care", "incident", block("""
        STRATEGY MEETING – NOTES (extract)
        Date: [[date:03.10.2023]]   Chair: [[name:Ruth Okonjo-Bell]] ({{LADO}})
        Present: DS [[name:Kerr]] ({{CAIT}}), [[name:Lisa Mannion]] (HR, [[organisation:Greystones Children's Home]]), SW [[name:Anil Mistry]]
        Concern: residential worker [[name:Conor Dwyer]] messaging a resident, [[name:Skye]] ([[age:15]]), on {{Snapchat}} after shifts. Screenshots given to staff by another young person.
        Police: {{Section 47}} joint with police agreed. Crime ref [[case_reference:23/184470/B]].
        Employer: [[name:Dwyer]] suspended pending investigation. NI [[ni_number:JK 48 21 93 B]] provided for {{DBS}} check of other posts.
        Actions: [[name:Skye]] to be seen alone by SW within 24 hrs; home to review {{social media policy}}; reconvene in 10 working days.
    """)),
    ("social_care", "success", prose("""
        Quick thank you to [[name:Will]] in {{business support}} for staying late on a {{Friday}} to sort out a {{secure email}} for the {{court bundle}} after the {{Egress}} portal went down. The {{PLO}} deadline was {{Monday}} morning and we
        would have missed it. Nobody asked him to, he just did it. Tea's on me next week.
    """)),
    ("social_care", "near_miss", prose("""
        During a routine {{home visit}} on [[date:8 November]] the {{social worker}} noticed that the
        {{stair gate}} at the top of the stairs had been taken down because the {{foster carer}} said
        the younger child kept climbing it. The child is two and the stairs are steep and uncarpeted.
        Nothing had happened, but the worker raised it with the {{supervising social worker}} the same
        afternoon and a safer gate was fitted within two days. The {{annual review}} safety checklist did
        not prompt a look at stairs once a gate had been ticked as present, so the checklist has been
        changed to ask whether it is in use.
    """)),
    ("social_care", "incident", block("""
        Timeline – missing episode, [[name:Jamal]] ([[age:14]])
        Wed [[date:20th]]
        15:30  not at school pick up ([[organisation:Castlefields High]])
        16:00  carer [[name:Bronwen Lloyd-Jones]] rings [[phone:07700 900873]] – no answer
        17:15  carer reports to police, {{101}} ref [[case_reference:PS-24-339812]]
        18:40  seen on {{CCTV}} at [[organisation:Meadowhall Retail Park]] with two older males
        21:55  [[name:Jamal]] rings carer from unknown number [[phone:+44 7911 123 456]]
        22:30  police collect him from [[address:112 Foundry Street]], [[postcode:S9 2RJ]]
        Thu
        10:00  {{return home interview}} offered – declined
        11:30  {{CCE}} screening tool done, high. Referred to {{exploitation panel}}.
        Learning: carer did not have [[name:Jamal]]'s up to date photo for the police; {{Philomena Protocol}} form incomplete.
    """)),
    # ------------------------------------------------------------------ health (17)
    ("health", "incident", block("""
        DATIX INCIDENT REPORT
        Ref: [[case_reference:DW84213]]
        Date of incident: [[date:11/01/2024]]
        Location: Theatre 4, [[organisation:Harrowby Wing]]
        Patient: [[name:Margaret Oyelaran]]  Hosp no: [[case_reference:K0458821]]  NHS: [[nhs_number:041 641 0685]]
        Category: Retained foreign object
        Description: Post-op {{x-ray}} on [[organisation:Cavell Ward]] after {{laparotomy}} showed a {{radio-opaque}} marker consistent with a swab. Final {{swab count}} had been recorded as correct. Scrub nurse changed over at 14:20 for a break and the count at handover was verbal only, not written on the {{whiteboard}}.
        Immediate action: returned to theatre same evening, swab removed, no lasting harm. {{Duty of candour}} conversation held by Mr [[name:Aziz]].
        Reported by: [[name:Ciara Doherty]], {{theatre coordinator}}
    """)),
    ("health", "near_miss", prose("""
        pt in bay 3 came up from {{recovery}} without {{allergy band}} on, notes say {{penicillin}} -
        anaphylaxis. {{co-amoxiclav}} was prescribed on the drug chart for 18:00 and had been drawn up
        when [[name:Sade]] (HCA) asked why his wrist band was white not red. not given. band put on, dr
        [[name:Lewandowski]] rewrote chart. theatre checklist ticked allergies as checked but the band
        must have come off with the {{cannula}}. datix done. {{sepsis}} screen still needs doing
    """)),
    ("health", "success", prose("""
        Huge shout-out to [[name:Rose]] in {{recovery}} on [[date:Thursday 14th]]. She noticed a
        post-{{thyroidectomy}} patient was a bit hoarse and "just not right" although the obs were within
        range, looked again and spotted a swelling in the neck. She called the registrar straight away
        and the patient went back to theatre for evacuation of a {{haematoma}} before the airway was
        compromised. Excellent instinct and brilliant escalation using {{SBAR}}. This is exactly what we
        mean by trusting the nurse's judgement over the {{NEWS2}} score. From all of us in Theatres 6–8.
    """)),
    ("health", "incident", block("""
        Chronology – Mr [[name:Barrington Clarke]], [[age:72]]  NHS [[nhs_number:855 022 5851]]
        [[date:02/05]]  13:10  {{Anterior resection}} completed, to recovery.
        15:45  To [[organisation:Derwent Ward]]. {{NEWS2}} 2.
        19:00  NEWS2 4 – HR 108, temp 37.9. FY1 bleeped, no answer.
        20:30  NEWS2 6. {{Critical care outreach}} called by nurse in charge [[name:Yaw Mensah]].
        21:05  Outreach review: {{lactate}} 3.8, {{sepsis six}} started.
        23:40  Transferred to {{ICU}}. CT next morning: {{anastomotic leak}}.
        [[date:03/05]]  Returned to theatre.
        Learning: bleep not answered for 90 mins (FY1 covering two wards); escalation pathway says call outreach at NEWS2 5 but delay at 4 was not escalated to the registrar. Ulysses ref [[case_reference:ULY-20231]].
    """)),
    ("health", "success", block("""
        From: Mr [[name:Rajesh Venkataraman]] <[[email:r.venkataraman@nhs.net]]>
        Sent: [[date:19 September 2023]] 18:02
        Subject: Thank you – difficult list today

        Dear [[name:Tunde]] and team,

        I wanted to put in writing my thanks for this afternoon. When the {{laparoscopic}} stack failed
        halfway through the {{cholecystectomy}}, you had the spare tower from Theatre 2 set up within
        six minutes, and [[name:Marysia]] had already opened the {{open set}} just in case. No one
        panicked, the {{WHO checklist}} pause was done properly when we converted, and the patient is
        comfortable on the ward.

        Please could this go to your {{matron}} as well.

        Best wishes
        [[name:Rajesh]]
        {{Consultant}} {{Upper GI}} Surgeon
        [[organisation:Kingsmead Hospital]]
    """)),
    ("health", "near_miss", prose("""
        During the {{time out}} for a right {{total knee replacement}} on [[date:27 February]], the
        {{ODP}}, [[name:Niamh Brennan]], read the implant sizes aloud from the template and the box
        opened on the trolley was a size 4 {{tibial tray}} against a planned size 5. The stock had been
        put back on the wrong shelf after a previous case. The correct implant was fetched before any
        cut was made. We have asked the {{orthopaedic}} {{implant rep}} to relabel the shelves, and the
        second check of the box against the plan is now said aloud by the surgeon and scrub
        practitioner together. Thanks to [[name:Niamh]] for speaking up.
    """)),
    ("health", "incident", block("""
        RECOVERY → WARD HANDOVER
        Name: [[name:Li Wei Chen]]   DOB [[date_of_birth:14.07.1958]]   Hosp no [[case_reference:RX2290471]]
        Procedure: {{TURP}}   Anaesthetic: {{spinal}}
        Allergies: NKDA
        Obs: stable, sats 96% on air
        Fluids: {{three-way catheter}} with {{irrigation}} running
        Meds: {{paracetamol}} 1g given 14:00
        Going to: [[organisation:Kinder Ward]] bed 12
        Handed over by: [[name:Osei]]   Received by: [[name:B. McAllister]]

        Comment added later: irrigation bag ran dry on the ward around 17:00, catheter blocked with clots, patient in retention and very distressed. Irrigation not mentioned in the verbal handover and the ward did not have a {{bladder washout}} pack. Incident logged.
    """)),
    ("health", "near_miss", block("""
        [07:32] [[name:Gemma]] (coord): list for {{Th5}} changed, Mr [[name:Ibrahim]]'s patient now first not third
        [07:33] [[name:Kofi]]: is she {{NBM}}? ward said she had tea at 6
        [07:35] [[name:Gemma]]: 🙈 checking
        [07:41] [[name:Gemma]]: she had tea with milk at 06:10. {{anaesthetist}} says {{clear fluids}} only ok, milk not
        [07:42] [[name:Kofi]]: so we swap back?
        [07:44] Dr [[name:Farah Siddiqui]]: yes swap back, she goes third. please ring [[organisation:Ward 21 Elm]] and remind them of the {{fasting policy}} when list order changes
        [07:45] [[name:Gemma]]: done. will raise at {{huddle}}, this is the second time this month
    """)),
    ("health", "success", prose("""
        Debrief note, {{major haemorrhage protocol}} activation in Theatre 1 on [[date:6 August]]. What
        went well: the {{MHP}} call was made early by the {{anaesthetist}} and the runner was named out
        loud; first pack of {{O negative}} arrived in 9 minutes; {{cell salvage}} was already set up
        because [[name:Siobhan]] had flagged the case at the morning brief; {{TEG}} results were read
        back clearly. Even better if: the porter was sent to the wrong blood fridge at first, and the
        {{tranexamic acid}} dose was not written up until afterwards. Patient stable in ICU next day.
        Thanks to the whole team, especially Dr [[name:Okafor]] for leading the debrief.
    """)),
    ("health", "incident", prose("""
        A patient was found on the floor beside the trolley in {{recovery}} bay 6 at around 16:15 on
        [[date:Monday 22 January]]. She had been assessed as fully awake and the nurse had gone to fetch
        warm blankets, leaving the {{cot sides}} down because the patient had asked for them to be lowered.
        She had tried to stand to go to the toilet, still partly affected by the {{spinal anaesthetic}}.
        She had a small graze to the elbow and a {{CT head}} was not needed. Recovery was short of one nurse
        because of sickness, and the {{falls risk assessment}} is not done in recovery at all. The matron
        has asked for a one-to-one rule until the patient has full power in both legs.

        The nurse did what most of us would have done: the patient was chatty and comfortable, and the
        warmer was a few metres away. The learning is about the system. From now on a patient who has had
        a {{spinal}} keeps cot sides up and a call bell in hand until the {{Bromage score}} is zero, and a
        short {{falls screen}} will be added to the recovery chart. The patient and her son were given a
        full explanation the same evening.
    """)),
    ("health", "near_miss", block("""
        Incident type: Medication – near miss
        Area: [[organisation:Ashdown Surgical Unit]]
        Date/time: [[date:15/10/23]] 02:30
        What happened: {{PCA}} pump set up in recovery with {{morphine}} 1mg/ml syringe but pump programmed for 10mg/ml concentration. Spotted by night nurse [[name:Chipo Moyo]] on the ward during the 2-hourly check when the {{bolus}} count seemed high for the {{pain score}}. Patient not harmed, {{naloxone}} not needed.
        Contributing factors: two concentrations kept in same {{CD cupboard}}; second checker signed without looking at screen.
        Actions: pharmacy ([[name:Rav]]) removing 10mg/ml from theatres stock. Ulysses [[case_reference:ULY-20977]].
    """)),
    ("health", "incident", prose("""
        Two patients on the same afternoon list both called Mrs [[name:Patel]]. The {{histology}} pot for
        a {{breast wide local excision}} was labelled with the other patient's sticker, hospital number
        [[case_reference:M2231907]] instead of [[case_reference:M2231970]]. The lab picked it up because the {{request form}} and pot did not match and phoned {{theatres}} on [[date:9 July]]. The {{specimen}} was
        identified and relabelled with the {{surgeon}} present, but the lab has logged it as a serious labelling
        error. The stickers had been printed at the same time and left on the same desk. Learning: one
        patient's paperwork in theatre at a time, and label the pot in the room at the moment it is passed
        off.
    """)),
    ("health", "success", block("""
        Compliment received via {{PALS}} – shared with permission

        "I had my {{operation}} on [[date:2 March]] and I was terrified because of what happened to my husband
        years ago. The nurse who looked after me in {{recovery}}, I think her name was [[name:Bukola]], held my
        hand and told me everything she was doing. Mr [[name:Forsyth]] came to see me on the {{ward}} at 8 o'clock
        at night to explain about the {{drain}}. The lady with the {{tea trolley}} on [[organisation:Rosewood Ward]]
        even found me a proper cup. Thank you all."

        – Mrs [[name:J. Whitlock]], [[address:The Old Forge, Mill Lane]]
    """)),
    ("health", "near_miss", prose("""
        nearly sent pt to {{theatre}} with {{apixaban}} not stopped. pre-op said stop 48h before but the letter
        went to old {{GP}}. only found out cos the {{anaesthetic room}} nurse asked when last dose was. case
        postponed. {{pre-assessment}} to add {{anticoagulant}} check to the day-before phone call
    """)),
    ("health", "incident", prose("""
        Patient [[name:Owain Griffiths]] ([[age:58]], NHS [[nhs_number:320 619 6108]]) had a small
        full-thickness burn on the left thigh found after a {{hip hemiarthroplasty}} on
        [[date:18 December]]. The {{diathermy}} return plate was placed correctly, but the skin had been
        prepped with alcoholic {{chlorhexidine}} which pooled under the drape and was not left to dry
        before diathermy was used. The {{Datix}} ([[case_reference:DW90077]]) has gone to the
        {{Theatres Safety Group}} and the family have been spoken to under {{duty of candour}} by Sister
        [[name:Anne Brady]]. [[name:Owain]]'s daughter asked us to make sure it does not happen to anyone
        else.
    """)),
    ("health", "success", prose("""
        Well done to [[name:Hamza Qureshi]], 2nd year {{student nurse}} on [[organisation:Tudor Ward]], who
        queried why a patient due for {{enoxaparin}} at 18:00 also had {{rivaroxaban}} on the {{drug chart}} from
        admission. The prescriber had not seen the {{GP summary}} from [[organisation:Parkside Medical Practice]].
        One was stopped before either dose was given. [[name:Hamza]] did exactly the right thing by asking
        his {{practice assessor}}, [[name:Liz]], rather than assuming he had got it wrong.
    """)),
    ("health", "incident", block("""
        Ward → ICU transfer delay – debrief notes [[date:24/11]]
        Pt: [[name:Dariusz Zielinski]], [[age:64]]y, NHS [[nhs_number:571 012 2041]], day 2 post {{Whipple's procedure}}
        01:15  {{ICU}} bed agreed by Dr [[name:Mukherjee]]
        01:40  no {{transfer monitor}} free, ICU one in use, ward one flat battery
        02:20  porter and {{ODP}} [[name:Kev]] bring monitor from theatres
        02:35  transferred, on {{noradrenaline}} via peripheral line
        Total delay ~80 min.
        What we'll change: battery checks on the ward {{resus trolley}} log to include the monitor; theatres to keep a spare charged for out of hours.
        Attended: [[name:Kev]], Dr [[name:Mukherjee]], [[name:Abi Hart]] (NIC), [[name:Tomás]] (outreach)
    """)),
    # ------------------------------------------------------------------ aviation (16)
    ("aviation", "incident", block("""
        GROUND OCCURRENCE REPORT
        Report no: [[case_reference:ASR-24-0188]]
        Date: [[date:04/06/2024]]  Time: 06:48 local
        Location: {{Stand 12}}
        Aircraft: {{A320}} [[aircraft_registration:G-EZRK]]  Flight: [[flight_number:EZY4471]]
        Equipment: {{pushback tug}} no. 7
        What happened: During {{pushback}} the tow bar {{shear pin}} failed and the tug made light contact with the nose gear door. No injuries. {{Captain}} informed by headset, engines shut down, aircraft towed back on stand.
        Damage: dent to nose gear door, engineering inspection, aircraft AOG 3 hrs.
        Staff: [[name:Ade Ogunleye]] (tug driver), [[name:Marek Zając]] ({{headset operator}})
        MOR raised: Yes, [[case_reference:MOR-2024-06731]]
    """)),
    ("aviation", "near_miss", prose("""
        stand 3 this morning, {{belt loader}} pulled up to fwd hold while the right engine was still
        spooling down, {{beacon}} still on. [[name:dazza]] was driving, he says he didnt see the beacon because
        of the sun. i waved him off. no contact. we all know the rule is nothing approaches till beacon off
        and {{chocks}} in. told him its a {{just culture}} thing not a telling off but need to put it in
        for the {{safety team}}. aircraft was [[aircraft_registration:EI-FVH]]
    """)),
    ("aviation", "success", prose("""
        Massive thanks to [[name:Summer Hayes]] on the ramp team who spotted a steady drip from under the
        left wing of the {{737-800}} on {{stand 9}} during her {{walkround}} on [[date:Sunday 11 Feb]].
        She stopped the refuel, called the {{dispatcher}} and engineering, and it turned out to be a loose
        {{fuel drain valve}}. Turnaround was delayed 40 minutes, but that is a lot better than the
        alternative. Great {{situational awareness}} – nominated for the quarterly safety award.
        [[name:Gav]], Ramp Duty Manager
    """)),
    ("aviation", "incident", block("""
        Timeline – [[flight_number:RK 2316]] turnaround, [[date:15 March]]
        05:55  aircraft on stand 21, 23 {{PRM}} passengers booked, 2 {{WCHC}}
        06:05  {{ambulift}} requested from [[organisation:Skyward Assist]]
        06:30  ambulift still not arrived, driver on another flight
        06:42  {{dispatcher}} [[name:Kayleigh Moss]] escalates to duty manager
        06:58  ambulift arrives, PRMs boarded 07:10
        07:24  doors closed, off blocks 07:31 (scheduled 06:50)
        Cause: only one ambulift crew on early shift, PRM pre-notification for two passengers not received.
        Note: one passenger, Mr [[name:Aled Rhys]], was left sitting in the {{PRM lounge}} without a drink for over an hour. Apology sent.
    """)),
    ("aviation", "near_miss", block("""
        From: [[name:Ioana Popescu]]
        To: Load Control; [[email:ramp.supervisors@eastmidshandling.co.uk]]
        Subject: loadsheet v actual – [[flight_number:LS 842]] [[date:Sat 28th]]

        Hi both,

        The {{LIR}} for [[flight_number:LS 842]] showed 42 bags in {{hold 4}} but the team loaded them into
        hold 1 because hold 4 was full of {{AVIH}} (dog in a crate) that wasn't on the loadsheet. The
        {{Captain}} noticed the trim didn't look right on the {{final loadsheet}} and queried it before
        departure, so a new one was done. No harm, but two things went wrong at once.

        Could we look at how {{NOTOC}} / AVIH info gets to the ramp?

        Thanks
        [[name:Ioana]]
        Load Control Agent | [[phone:+44 1332 555 019]]
    """)),
    ("aviation", "success", prose("""
        Debrief, unplanned diversion handling on [[date:2 December]]: fog at the destination meant four
        aircraft diverted to us within an hour, including a {{Dash 8}} and an {{ATR 72}}. The night team
        had only six ramp staff. [[name:Connor Maguire]] split them into two crews, borrowed {{GPUs}} from
        the cargo side and made sure passengers were kept on board until buses were ready rather than
        leaving them on the {{apron}}. All four aircraft were handled with no incidents and {{ATC}} thanked
        the team. Things to improve: we had no contact list for the diverting airlines' {{handling agents}}.
    """)),
    ("aviation", "incident", block("""
        TECH LOG EXTRACT
        A/C [[aircraft_registration:G-JMCX]]   Sector [[flight_number:LOG 517]]   Date [[date:10 OCT 23]]
        Defect: aft {{cargo door}} lower seal torn, approx 15cm, scuff marks on door sill.
        Reported by: {{ground staff}} after offload.
        Action: seal replaced IAW {{AMM}} 52-30-00. Door ops check satisfactory.
        Cert: [[name:P. Sutherland]] {{B1}}

        Ground handling note: damage believed caused by {{baggage cart}} tow bar during loading in high wind. Driver ([[name:Mo]]) reported it straight away at the end of the shift. Thanks for being open.
    """)),
    ("aviation", "near_miss", block("""
        [14:02] [[name:Jas]]: anyone lost a torch?? found a big metal one on stand 6 right by where the {{A321}} {{nose wheel}} was
        [14:03] [[name:Cal]]: not ours
        [14:05] [[name:Róisín]]: cleaning crew had one earlier maybe theirs
        [14:06] [[name:Jas]]: handed in to {{ops}}. thats proper {{FOD}}, could have gone in an engine
        [14:10] [[name:Steve B]]: cheers [[name:Jas]], putting it on the {{FOD walk}} log. reminder to all do your {{tool control}} checks before leaving stand
    """)),
    ("aviation", "incident", prose("""
        During hold loading of [[flight_number:FR 8123]] on [[date:17 August]] a bag started smoking on the
        {{baggage belt}}. The {{ramp agent}}, [[name:Yusuf Kaya]], pulled it off, put it on the concrete away
        from the aircraft and called the {{airport fire service}}. It held a {{power bank}} and a vape that had
        not been declared at check-in. The passenger was identified from the bag tag and spoken to by police.
        No damage to the aircraft, [[aircraft_registration:EI-DWX]], which departed 55 minutes late.
        Reported under the {{dangerous goods}} occurrence scheme ([[case_reference:DGOR-24-0091]]).
    """)),
    ("aviation", "success", prose("""
        Shout out to [[name:Grace]] on wingwalking on {{stand 14}} last night. The tug was about to start
        the {{pushback}} when a {{catering truck}} started reversing behind the aircraft. She gave the {{stop signal}}
        straight away, the tug driver stopped and the {{headset}} operator told the {{flight deck}}. Exactly what
        {{wingwalker}} training is for.
    """)),
    ("aviation", "near_miss", block("""
        RAMP SHIFT HANDOVER – [[date:Tues 3rd]] lates → nights
        Stand | Flight           | Status
        2     | [[flight_number:TOM 6E]]           | on blocks 21:40, {{GPU}} on, turning
        5     | {{night stop}} [[aircraft_registration:G-OKRA]] | covers on, {{chocks}} + cones in
        8     | [[flight_number:EZY 2209]]         | departed 20:15
        Issues:
        - stand 8: GPU cable was still plugged in when {{dispatcher}} gave thumbs up for pushback. Caught by [[name:Nia]] on her final {{walkround}}. Talked it through with crew.
        - {{de-icing}} rig 2 pump faulty, engineers aware
        - [[name:Shona]] off sick tomorrow, cover needed
        Handed over by: [[name:Ollie]]
    """)),
    ("aviation", "incident", prose("""
        A baggage handler injured his lower back while loading a {{hold}} on a regional {{turboprop}} where bags
        have to be lifted in by hand. The flight was heavily loaded with golf bags and the {{roller mat}} was
        not used because it had been left in the crew room. He finished the shift but reported it the next day
        and has been off for two weeks. The {{manual handling}} risk assessment for this type had not been
        reviewed since the airline started flying from here, and new starters had not been shown the mat.
        Reported to {{RIDDOR}} as an over-seven-day injury.

        When we talked to the team, several people said they had stopped using the mat because it takes
        a couple of minutes to set up and the turnaround on this route is only twenty-five minutes. That
        is the real problem. The mat now lives on the {{baggage tractor}} for this flight, the {{station manager}}
        has asked the airline for an extra five minutes on the schedule at weekends, and every
        new starter does a hands-on session in the {{hold}} with a team leader before working this type.
        We have also asked {{occupational health}} to run a back-care refresher for the whole ramp.
    """)),
    ("aviation", "success", prose("""
        Good catch by {{baggage reconciliation}} on the 06:20 to Alicante ([[flight_number:TOM 1602]]) on
        [[date:22/07]]. A passenger was offloaded at the {{gate}} because he was unwell, and [[name:Niamh O'Connor]]
        checked the {{BRS}} and saw his two bags were still showing as loaded in {{hold 1}}. Ramp found and
        removed them before doors closed. She then checked with the {{dispatcher}} that the {{final loadsheet}}
        was amended. It only took eight minutes and the flight left on time.
    """)),
    ("aviation", "near_miss", block("""
        Airside driving occurrence
        Date: [[date:30/01/2024]]   Time: approx 16:10
        Vehicle: {{crew bus}}, reg [[vehicle_registration:KX19 WTO]]
        Driver: [[name:Abdul-Rahman Jalloh]]  ADP no. [[case_reference:ADP-04412]]
        Location: {{airside road}} behind stands 15–18
        Details: bus seen by {{airfield ops}} doing an estimated 35 km/h in a 15 km/h zone while an {{A319}} was being pushed back from stand 16. {{Speed camera}} confirmed 33 km/h. Driver says he was late for a crew pick-up for [[flight_number:BA 1417]] and didn't see the speed sign.
        Outcome: driver re-briefed, points on {{ADP}} per airport rules; ops looking at whether crew pick-up times are realistic.
    """)),
    ("aviation", "incident", block("""
        De-icing incident – [[date:12 January]]
        Aircraft: [[aircraft_registration:N417BQ]] (biz jet, {{Gulfstream G450}})
        {{Type I fluid}} sprayed near the {{APU}} intake while the APU was running because the {{de-icing}} crew had not been told it was on. Fumes in cabin reported by crew. Passengers deplaned via {{airstairs}}, cabin ventilated.
        Crew: Capt [[name:Brent Kowalski]], {{FO}} [[name:Hughes-Mbatha]]
        De-ice team: [[name:Ryan]], [[name:Piotr]]
        Agent contact: [[email:ops@northwingfbo.co.uk]], [[phone:01332 555 730]]
        Learning: private/biz aviation not covered by the airline de-icing brief; new {{pre-de-icing checklist}} card to include APU status.
    """)),
    ("aviation", "success", prose("""
        Nice work from the whole early shift on the first day of the half-term peak. Thirty-one
        departures before 09:00, no delays coded to ground handling, and no {{FOD}} or {{ground damage}}
        reports. The {{toolbox talk}} at 04:30 about {{stand allocation}} changes and the extra
        {{team leader}} on the ramp made a real difference. Thank you all.
    """)),
]


def main() -> None:
    write_records(OUT, build_records("heldout-blind123", REPORTS))


if __name__ == "__main__":
    main()
