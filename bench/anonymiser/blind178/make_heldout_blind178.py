"""Held-out blind corpus 178: just-culture incident, near-miss and learning reports.

Settings: a secure children's home and its education staff; an adult intensive care unit and
outreach team; a general aviation maintenance organisation and its licensed engineers.
Written blind, the way UK staff type: rushed lower-case notes, careful narratives, timed
chronologies, e-mails with headers and signatures, Teams and WhatsApp exports, incident forms,
handover sheets, minutes, debriefs, shout-outs, tech log entries and radio transcripts.
Every person, place and number is invented.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from markup import block, build_records, write_records  # noqa: E402
from markup import flow as prose  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "corpus" / "heldout_blind178.jsonl"

REPORTS = [
    # ---------------------------------------------------------------- social care
    ("social_care", "incident", prose("""
        rushed note sorry, on nights. [[organisation:Kestrel unit]] was me, [[name:dan]] and agency
        worker [[name:Bukola]]. 0240 obs on [[name:JR]] (room 4) - looked asleep but the view
        through {{the obs hatch}} wasnt right so went in with [[name:dan]] per {{two person entry}}.
        she had the cord out of her joggers tied round her neck under the duvet. cut off with
        {{the ligature cutter}}, she was talking and breathing fine, red mark only. rang
        {{the on call nurse}} [[name:Rhian]] who came over 0310 and checked her, obs normal.
        [[name:JR]] put on {{level 3 obs}} til morning. learning - {{the risk review}} on
        {{monday}} said no drawstring clothes for [[name:JR]] but it never made it onto
        {{the handover sheet}}, and the joggers came back from laundry tues with her name on so
        [[name:Bukola]] put them in her room. not her fault at all she wouldnt of known. clothing
        restrictions need to be on the sheet not just buried in the notes. [[name:JR]] ok this am,
        spoke to {{the keyworker}}. - [[name:shaz]]
    """)),
    ("social_care", "incident", block("""
        From: [[name:Tomasz Wróbel]] <[[email:tomasz.wrobel@brackenfoldhouse.org.uk]]>
        Sent: [[date:18 June 2024]] 16:42
        To: {{Safeguarding Leads}}; [[name:Aisha Rahman-Lowe]]
        Subject: Incident [[case_reference:SCH-24-0193]] - escort to dental appt

        Hi [[name:Aisha]],

        Quick summary ahead of the formal write-up. This morning [[name:L.M.]] ([[age:15]]) was
        escorted to [[organisation:Ridgeway Dental Centre]] in {{the secure transport}}
        ([[vehicle_registration:WK21 ZHT]]) by me and [[name:Callum]]. In the car park, while
        [[name:Callum]] was coming round to the sliding door, [[name:L.M.]] opened the nearside
        door herself and ran towards the main road. [[name:Callum]] caught up with her at the
        crossing about 40 m away; guiding hold only, no restraint.

        Contributory: the child lock on that door had been reported faulty last week (job
        [[case_reference:FM-88213]], still open) and we went with two staff, not the three in
        {{the escort risk assessment}}, because of sickness.

        Police informed (ref [[case_reference:WY-240618-0457]]) under {{the missing protocol}}
        although she was never out of sight. {{Youth Custody Service}} placement team and her
        social worker at [[organisation:Calderbrook Council]] told.

        [[name:Tomasz]]
        [[name:Tomasz Wróbel]] | {{Deputy Registered Manager}} | [[organisation:Brackenfold House]]
        [[phone:07700 900318]]
    """)),
    ("social_care", "incident", prose("""
        Reflective account - [[name:Obinna Okonkwo-Reid]], maths teacher,
        [[organisation:Brackenfold Learning Centre]]. On {{Thursday}} period 3 I had a group of
        four in {{Classroom 2}} doing constructions. At {{the equipment count}} before the end of
        the lesson one pair of {{compasses}} was missing. I kept everyone in the room as per
        {{the lockdown procedure}} and radioed; {{the education lead}} [[name:Saoirse Daly]] and
        care staff [[name:Marcus Ince]] came across. The compass point was found in
        [[name:KD]]'s sock during a {{rub-down search}}. [[name:KD]] ([[age:14]]) said it was
        'for protection' from another young person, which we passed to {{the shift lead}}. Looking
        back, I had handed the compasses out one by one to save time instead of using
        {{the numbered tray}}, so I could not see at a glance which slot was empty until the count.
        [[name:KD]]'s {{EHCP}} from [[organisation:St Bede's Catholic College]] mentions fixation
        on sharp objects and I had not re-read it since September. I now use the tray every time
        and {{the SENCO}} is adding a sharps line to each pupil's one-page profile.
    """)),
    ("social_care", "incident", block("""
        INCIDENT FORM - MEDICATION
        Ref: [[case_reference:BH/MED/2024/031]]
        Date/time: [[date:02/09/2024]] 20:15
        Location: [[organisation:Merlin unit]] - {{meds room}}
        Young person: [[name:Ellis Maguire-Tait]]   DOB: [[date_of_birth:11/01/2009]]
        NHS no: [[nhs_number:187 357 4215]]   GP: [[organisation:Fernlea Medical Practice]]
        Staff administering: [[name:Pradeep Nair]] ({{senior RCW}})   Witness: [[name:Ola Adeyemi]]

        What happened:
        [[name:Ellis]] was given 50 mg {{sertraline}} meant for another YP instead of his 3 mg
        {{melatonin}}. Both {{blister packs}} were on the tray together. [[name:Pradeep]] noticed
        when signing the {{MAR chart}} and reported straight away.

        Immediate action:
        {{NHS 111}} called 20:25, advised observation at home, no hospital needed. [[name:Ellis]]'s
        {{mum}} informed by phone. Other YP had his dose 20:40 from a new pack.

        Contributory factors:
        - two YPs' meds prepared at once during staff handover
        - photo on [[name:Ellis]]'s MAR was from 2022, he looks very different now

        Reported by: [[name:Pradeep Nair]]
    """)),
    ("social_care", "incident", block("""
        Chronology - staff injury during physical intervention, [[organisation:Osprey unit]], [[date:27/07/24]]

        19:02  [[name:AK]] ([[age:16]]) refuses to go to room at end of association, throwing chairs in {{the lounge}}
        19:05  {{Shift lead}} [[name:Nkechi Eze]] calls for support on radio; [[name:Warren Pickering]] ('[[name:Woz]]') and [[name:Lina Haddad]] attend
        19:09  De-escalation not working, [[name:AK]] punches window. Team use {{MAPA}} standing hold
        19:11  [[name:AK]] drops weight, [[name:Lina]]'s wrist bent back against sofa arm. Moved to seated hold
        19:20  [[name:AK]] calm, released, goes to room with [[name:Nkechi]]
        19:35  [[name:Lina]] seen by {{on-call nurse}}, swelling, ice pack
        21:10  [[name:Lina]] to {{A&E}} at [[organisation:Kingsmere General Hospital]], x-ray shows {{scaphoid fracture}}
        next day  {{RIDDOR}} submitted. NI no. for HR form: [[ni_number:JK 42 81 93 C]]

        Learning: the sofa in the lounge pushes holds into a corner, request to move furniture.
        Debrief with [[name:AK]] held [[date:28/07/24]] using the {{Secure Stairs}} formulation.
    """)),
    ("social_care", "incident", block("""
        [10:14] [[name:Hollie Barraclough]]
        has anyone sent the care plan for [[name:JB]] to the wrong SW?? just had a call from a social worker at [[organisation:Thornbury Council]] saying they got it with {{mum}}'s address on

        [10:15] [[name:Femi Ogunleye]]
        oh no. me yesterday, picked "[[name:Sarah Kemp]]" off the autofill, should have been [[name:Sara Kemp]] at [[organisation:Calderbrook]] 😞

        [10:16] [[name:Hollie Barraclough]]
        ok dont panic. which address was on it

        [10:17] [[name:Femi Ogunleye]]
        mums new one, [[address:9 Wrenfield Court, Dunmere]] [[postcode:DN4 7RW]]. she has a {{non-mol order}}, {{dad}} not meant to know

        [10:19] [[name:Hollie Barraclough]]
        right I'll ring the SW at [[organisation:Thornbury Council]] for deletion + written confirmation. you log it on {{the IG portal}} and email our {{Caldicott Guardian}}. I'll tell {{the IRO}}. needs a safety check with mum today

        [10:31] [[name:Femi Ogunleye]]
        logged - [[case_reference:IG-2024-0772]]. their SW confirmed deleted, not forwarded
    """)),
    ("social_care", "incident", block("""
        HANDOVER - [[organisation:Heron unit]] - {{Sat}} [[date:12/10/24]] (lates to nights)

        YP  | Summary                                                     | Risks / actions
        [[name:TG]]  | Family visit 14:00 ({{mum}} + uncle). After, phone found in trainers on search by [[name:Ryan O'Hare]]. Nokia, texts to [[phone:07700 900742]] | Phone bagged, police ref [[case_reference:24/117433]]. Visits {{supervised table only}} for now
        [[name:MW]]  | settled, football with [[name:Jay]]                          | none
        [[name:DF]]  | low mood, talking about court on [[date:21/10/24]]            | {{level 2 obs}}, tell {{the psychologist}} {{Mon}}

        Learning from [[name:TG]]: visitor bags were wanded only because {{the X-ray scanner}} has been down since {{Thursday}}. Nobody escalated it and nobody wrote it on the sheet.
        Shift lead: [[name:Gemma-Louise Hart]]
    """)),
    ("social_care", "near_miss", prose("""
        On {{Wednesday}} lunchtime in {{the education dining room}}, teaching assistant
        [[name:Joy Mwangi]] noticed that the vegetable satay on [[name:RP]]'s tray had crushed
        peanuts on top. [[name:RP]] ([[age:13]]) has a documented {{peanut allergy}} and two
        {{adrenaline auto-injectors}} are kept in {{the education office}}. [[name:Joy]] took the
        tray away before [[name:RP]] had eaten anything and told the cook, [[name:Stanislav Petrov]].
        Nobody was harmed. When we looked into it, the supplier [[organisation:Dalesway Catering]]
        had changed the recipe and the new {{allergen sheet}} was still in [[name:Stanislav]]'s
        in-tray. The {{allergy board}} in the main kitchen does list [[name:RP]], but meals for
        education are plated there and carried across, and the staff serving in education cannot
        see the board. From now on allergy meals are plated separately, covered and labelled with
        the young person's first name, and {{the catering manager}} signs off any recipe change
        before it is served. Thank you [[name:Joy]] for being so switched on.
    """)),
    ("social_care", "near_miss", block("""
        Debrief - keys found in {{the sally port}} - [[date:05/03/2025]]
        Present: [[name:Imran Siddiqui]] ({{shift lead}}), [[name:Becky Dunn]], [[name:Tobi Adebayo]]

        - 07:52 [[name:Tobi]] found keys (bunch 14, incl. {{fire exit}} and education corridor) on the floor between the two doors
        - signed out to [[name:Becky]] at 07:00 per {{the key log}}; she hadnt noticed, the {{key pouch}} clip had snapped
        - no young people about. {{CCTV}} checked by [[name:Imran]], nobody else went through
        - if it had been 08:45 the YPs would have been walking through there to school

        Actions
        - all pouches checked, 3 more worn clips found and binned
        - move everyone to {{belt and chain}} by end of month
        - [[name:Becky]] said she felt supported, not blamed
        - copy to {{the Registered Manager}}
    """)),
    ("social_care", "near_miss", block("""
        Subject: near miss - wrong education report in review pack
        From: [[name:Rhiannon Pryce-Jones]]
        To: [[name:Deepa Chandrasekhar]] ({{IRO}}, [[organisation:Calderbrook Council]])
        Date: {{Mon}} [[date:20 Jan 2025]]

        Hi [[name:Deepa]],

        Just for your records, no breach happened. Putting together the pack for
        [[name:Nathaniel Osei]]'s {{CLA review}}, I had attached an education progress report that,
        on a final read, belonged to another young person with the same initials who is also in
        {{Year 10}} here. Both files were saved by initials only on {{the shared drive}}. Caught
        before sending. I have renamed both using our case numbers ([[name:Nathaniel]]'s is
        [[case_reference:CLA-1187]]) and flagged it to our {{data lead}}, [[name:Marek]].

        [[name:Rhiannon]]
        {{Education Lead}}, [[organisation:Brackenfold Learning Centre]]
        [[email:rhiannon.pryce-jones@brackenfoldhouse.org.uk]] | [[phone:0113 496 0528]]
    """)),
    ("social_care", "near_miss", block("""
        Safety huddle minutes - [[organisation:Brackenfold House]] - {{Tues}} [[date:11 Feb 2025]]
        Attendance: [[name:Lorraine Baptiste]] ({{RM}}, chair), [[name:Dev Mistry]], [[name:Ciara Nolan]], [[name:Abdi Warsame]], [[name:Pete Doyle]] ('[[name:Scouse]]'), [[name:Amira Bashir]] (education)
        Apologies: [[name:Will Ashworth]]

        1. Near miss - kettle. [[name:Amira]] reported the kettle in {{the education kitchen}} was left plugged in and hot after cookery on {{Friday}} with no staff in the room. A YP with recent threats to use hot water (risk assessment [[case_reference:BH-RA-0214]]) was next door. Kettle now lives in {{the locked cupboard}}, added to the end-of-session checklist.
        2. {{Ofsted}} interim visit likely in {{March}} - [[name:Lorraine]] to circulate prep.
        3. [[name:Dev]] to chase the broken window latch on [[organisation:Osprey unit]], job [[case_reference:FM-90417]].
    """)),
    ("social_care", "success", block("""
        [[[date:22/11/2024]], 23:48] [[name:Mags Kowalczyk]]: Massive shout out to [[name:Tyrese]] tonight 👏 [[name:MF]] got up on {{the courtyard canopy}} about 2120 and he stayed at the bottom talking to her for nearly 2 hours. no {{restraint}}, no {{police}}, she came down herself and had toast with him after
        [[[date:22/11/2024]], 23:50] [[name:Tyrese Campbell-Ward]]: thanks [[name:Mags]]. she just needed someone to listen tbh, we talked about her nan and her dog lol
        [[[date:22/11/2024]], 23:51] [[name:Mags Kowalczyk]]: the way you kept everyone else back was textbook {{PACE}}. will write it up for {{learning from excellence}}
        [[[date:23/11/2024]], 07:12] [[name:Hana Sato]]: Amazing [[name:Tyrese]] 🙌 I'll bring it to the {{Secure Stairs}} formulation meeting on {{Tuesday}}
    """)),
    ("social_care", "success", prose("""
        Shout-out for [[name:Ifeoma Chukwu]] (everyone calls her [[name:Iffy]]), our English
        teacher at [[organisation:Brackenfold Learning Centre]]. [[name:CB]] arrived with us having
        been permanently excluded from [[organisation:Holmecliffe Academy]] in {{Year 8}} and
        would not sit in a classroom at all. [[name:Iffy]] started teaching him in
        {{the sensory room}} for ten minutes at a time, built sessions round the football reports
        he liked and worked with {{the speech and language therapist}} on a word bank. On
        [[date:14 May 2025]] [[name:CB]] sat {{Functional Skills}} English Level 1 and passed. He
        asked for the certificate to be sent to his nan. What we want to spread: short, predictable
        sessions, the same adult every time, and reading material picked by the young person. This
        fits our {{trauma-informed}} approach and {{the education lead}} will share it at the next
        {{Ofsted}} visit as an example of practice.
    """)),
    ("social_care", "success", prose("""
        Learning review: step-down of [[name:Tia-Rose Lambert]] ([[age:16]], DOB
        [[date_of_birth:04/08/2008]]) from [[organisation:Brackenfold House]] to a community
        placement at [[organisation:Willowbank Children's Home]], [[address:42 Ashcombe Road,
        Thornleigh]] [[postcode:HD9 4NL]], on [[date:3 March 2025]]. [[name:Tia-Rose]] had been on a
        {{section 25}} {{secure accommodation order}} for eleven months. What went well: three
        planned visits before the move, the first with her {{keyworker}} [[name:Aaliyah Mensah]];
        her {{social worker}} at [[organisation:Calderbrook Council]] attended every
        {{resettlement meeting}}; {{the virtual school}} secured a place at
        [[organisation:Kirkdale College]] before she left so there was no gap in education; and
        {{CAMHS}} transferred her care with a joint session. [[name:Aaliyah]] stayed for the first
        tea at the new home, which [[name:Tia-Rose]] said made the biggest difference. Six weeks on
        there have been no missing episodes. We want this sequence to become our standard
        transition plan.
    """)),
    ("social_care", "success", block("""
        NIGHT HANDOVER  [[organisation:Kestrel unit]]  [[date:14-15/08/2024]]
        Staff: [[name:Oz Yilmaz]] (lead), [[name:Precious Ndlovu]], [[name:callan]]

        [[name:OB]] ([[age:15]]) - {{type 1 diabetes}}
        0130 [[name:Precious]] noticed on obs he was sweaty + mumbling. {{BM}} 2.9
        gave {{Lucozade}} + toast per {{hypo plan}}. 0145 BM 4.1, 0200 BM 6.3
        on call nurse paged, came 0215, happy
        [[name:OB]] skipped supper after upsetting call with {{dad}}, nobody had picked that up on lates
        -> {{diabetes nurse}} at [[organisation:Kingsmere General Hospital]] paeds clinic emailed am

        others all slept, no issues

        [[name:Oz]]: really good catch [[name:Precious]], he was turned away from the hatch and you still went in to check
    """)),
    ("social_care", "success", prose("""
        Debrief after the night-time {{fire alarm}} on [[date:9 January 2025]]. At 02:17 the
        {{fire panel}} showed zone 6 ({{the laundry}}). {{The night manager}} [[name:Gbenga Afolabi]]
        started {{the evacuation}} and all seven young people were out in {{the assembly point}}
        within six minutes. [[name:Rosie Whitlock]] followed the {{PEEP}} for [[name:SH]], who uses
        a wheelchair, and took her out through {{the ramp door}} as planned.
        [[name:Liam Greaves]] did the roll call from the {{grab bag}} list and [[name:Gbenga]] met
        crews from [[organisation:Dunmere Fire Station]] at the gate with the key. Cause was a
        tumble dryer lint fire, put out by {{the fire service}}. What went well: the grab bag was
        up to date, every young person had a staff member, and two YPs who normally escalate at
        night stayed calm because staff explained what was happening in plain words. Learning:
        coats were not in the grab bag, and it was minus two.
    """)),
    ("social_care", "success", block("""
        From: [[name:Donna Fairweather]] <[[email:donnafairweather82@gmail.com]]>
        To: [[organisation:Heron unit]] staff
        Subject: thank you

        To [[name:Kev]] and everyone on [[organisation:Heron unit]],

        Just wanted to say thank you. [[name:Kai]] has been home 6 weeks now and he is doing ok,
        going to {{college}} 3 days. The staff rang me every {{Sunday}} even when he didnt want to talk
        and they always told me the good bits not just the bad. I am sorry I was rude to
        [[name:Anjali]] on the phone back in {{March}}, I was just scared. She never held it against
        me. His {{social worker}} says its the first {{placement}} where he came out better than he
        went in.

        [[name:Donna]] ([[name:Kai]]'s {{mum}})
        [[phone:07700 900163]]
    """)),
    # ---------------------------------------------------------------- health
    # ---------------------------------------------------------------- health
    ("health", "incident", block("""
        Datix [[case_reference:W118204]] - chronology
        [[organisation:Cedar ICU]], [[organisation:Kingsmere General Hospital]], [[date:03/02/2025]]

        04:12  SN [[name:Ama Boakye]] takes {{ABG}} from bed 6 ([[name:Gerald Hoskins]], [[age:71]], NHS [[nhs_number:738 347 3280]])
        04:14  at {{the blood gas analyser}} scans a label off the sticker sheet left on the bench - it is bed 7's ([[name:Yusuf Demir]], NHS [[nhs_number:867 112 1445]])
        04:16  K+ 6.9 files to bed 7 on {{ICCA}}
        04:25  {{the registrar}} [[name:Hamish Buchanan]] prescribes {{calcium gluconate}} and {{insulin-dextrose}} for bed 7
        04:40  bed 7 nurse [[name:Kasia]] queries it, his 02:00 gas was K+ 4.0. Repeat K+ 4.2, infusion stopped. Lowest BM 3.8, treated
        05:05  [[name:Ama]] realises the sample was bed 6's. Repeat on bed 6 K+ 6.7, treated

        Contributory: the analyser accepts a scanned sticker without a wristband scan; sticker sheets left on a shared bench; {{hyperkalaemia}} treatment started on a single unexpected result.
    """)),
    ("health", "incident", prose("""
        On the night of [[date:17 November 2024]] a [[age:58]]-year-old man in bed 3 on
        [[organisation:Cedar ICU]] was being turned {{prone}} for {{ARDS}}. Five of us were at the
        bed with the anaesthetic registrar, [[name:Chidi Okafor]], at the head. Part way through the
        turn the {{ETT}} tie caught under the {{ECG}} leads and the tube came out. We lost the
        {{capnography}} trace and his {{SpO2}} fell to 74%. [[name:Chidi]] reintubated with
        {{the videolaryngoscope}} inside four minutes and he recovered to his baseline. The
        {{proning checklist}} was on the wall but we did it from memory because it was 3am and we
        had done two turns already that shift, and nobody checked {{the tube tie}} before we started.
        I was the nurse in charge, [[name:Bernadette Kilbride]], and I should have stopped to read it
        out. There was no lasting harm and I had the {{duty of candour}} conversation with his wife
        the next morning. We now use a read-do checklist for every turn, the airway person calls each
        stage out loud, and [[name:Bernie]] (me) is running a short proning drill on each shift this
        month.
    """)),
    ("health", "incident", prose("""
        quick one before i go home. bed 11 ([[name:PK]], on {{norad}} 0.3) - syringe changeover at
        0520, i put the new syringe up but didnt {{double pump}} as the second {{alaris}} was on
        {{propofol}} for bed 12 and i couldnt find another one anywhere. {{MAP}} dropped to 48 for
        about 3 min, gave {{metaraminol}} bolus per {{the protocol}} after [[name:sunil]] (reg) ok'd
        it. back up to 70 by 0530. no harm i dont think, lactate the same. we were 2 pumps down all
        night, {{EBME}} have 4 sat in the cupboard waiting for service since last week. [[name:tash]]
        said exactly the same happened on {{tuesday}}. please can someone sort the pumps this is
        going to happen again. also i think the next syringe should be made up 30 min before its
        due not when its alarming. sorry if this is all over the place. [[name:Kayleigh]] (band 5)
    """)),
    ("health", "incident", block("""
        INCIDENT REPORT FORM
        Incident no: [[case_reference:W118977]]
        Date of incident: [[date:08/03/2025]]   Time: 02:40
        Location: [[organisation:Larch Ward]] (ward 14)
        Patient: [[name:Margaret Ojo]]   Hosp no: [[case_reference:K1048822]]
        NHS no: [[nhs_number:610 986 8493]]   DOB: [[date_of_birth:22/06/1949]]
        Reported by: [[name:Sean McAllister]], {{Critical Care Outreach}} nurse

        Description:
        [[age:75]] yr old admitted with {{pneumonia}}. {{NEWS2}} of 7 recorded at 22:10 ({{RR}} 28, {{SpO2}} 89% on 4L, {{HR}} 118). No {{sepsis screen}}. Outreach not called; {{FY1}} bleeped at 22:30 but was in {{resus}}. Next obs 02:30 NEWS2 9 - outreach called by {{the HCA}}, who was worried. On review {{lactate}} 4.6, BP 82/40. Admitted to [[organisation:Cedar ICU]] 04:05.

        Contributory factors:
        One RN for 14 patients. {{e-obs}} escalation alert goes to a bleep, not to the outreach phone. No second escalation when FY1 did not attend.

        Harm: moderate
    """)),
    ("health", "incident", prose("""
        Transfer of a ventilated patient from [[organisation:Cedar ICU]] to
        [[organisation:St Cuthbert's Cardiothoracic Centre]] on [[date:29 April 2025]]. Escort team
        was ICU registrar [[name:Faisal Qureshi]] and ICU nurse [[name:Lowri Bevan]], with a crew
        from {{the ambulance service}} in vehicle [[vehicle_registration:YX70 KPL]]. We planned a
        55 minute journey and calculated {{oxygen}} for 90 minutes at {{FiO2}} 0.6 and {{PEEP}} 12,
        taking two portable {{cylinders}} plus the vehicle's main supply. The motorway was closed and
        at 70 minutes the vehicle supply alarmed empty. Nobody had checked the gauge before we left;
        the crew thought it had been changed at the start of their shift. [[name:Lowri]] switched
        {{the ventilator}} to the portable cylinders and [[name:Faisal]] turned the FiO2 down to keep
        saturations at 92%. We arrived with about fifteen minutes of oxygen left. No harm to the
        patient. Learning: the vehicle gauge is now on our {{transfer checklist}}, we take twice the
        calculated oxygen, and we have shared this with the ambulance crew's {{clinical lead}}.
    """)),
    ("health", "incident", block("""
        [08:02] [[name:Jess Omondi]]
        Morning. Did anyone take a call about bed 4 ([[name:Derek Walsh]]) overnight? {{safeguarding team}} have just rung me

        [08:04] [[name:Lan Nguyen]]
        yes me about 1am. said he was his brother, asked how he was, I said he was stable and off the ventilator. number was [[phone:+44 7700 900551]]

        [08:05] [[name:Jess Omondi]]
        ok. That wasn't his brother. It's his ex-partner, there's a police {{non-contact condition}} and it's in the alert on {{the EPR}}. She's now turned up at the main entrance

        [08:06] [[name:Lan Nguyen]]
        oh god. I didnt see any alert, I was on the {{ward phone}} not at a computer, and he hasn't got a {{NOK password}} set up

        [08:09] [[name:Jess Omondi]]
        Not on you [[name:Lan]]. Security are with her. Please {{Datix}} it and I'll do the {{NIC}} bit. We need passwords set up at admission and the {{ward clerk}} to flag alerts on the board
    """)),
    ("health", "incident", block("""
        From: [[name:Harpreet Kaur Sandhu]] <[[email:harpreet.sandhu7@nhs.net]]>
        To: [[name:Rebecca Ng]]; [[organisation:Cedar ICU]] Sisters
        Subject: insulin infusion prescribing error - bed 9 - [[date:12/06/2025]]

        Hi [[name:Rebecca]],

        On {{Thursday}} morning I found that the {{variable rate insulin infusion}} for bed 9 had been prescribed on {{ICCA}} as 50 units in 5 ml rather than 50 units in 50 ml, a ten-fold concentration. Nights made it up as prescribed and it ran for about six hours. {{Blood glucose}} was 2.1 at 05:00 and was treated with {{glucose 20%}}; the patient has since recovered with no obvious harm.

        The default volume in the drop-down changed after the system update on [[date:9 June]]. Two prescribers and two nurses checked it and none of us spotted it. I have asked the {{EPR team}} to lock the volume, reported it on {{LFPSE}} and it is logged as Datix [[case_reference:W119502]].

        Thanks,
        [[name:Harpreet Sandhu]]
        {{Critical Care Pharmacist}} | [[phone:0161 496 0734]]
    """)),
    ("health", "near_miss", prose("""
        Near miss reported by HCA [[name:Sunny Baptiste]] on [[organisation:Cedar ICU]], night of
        [[date:1 October 2024]]. While restocking she found four ampoules of
        {{concentrated potassium chloride}} 15% in the general drawer next to
        {{sodium chloride 0.9%}} ampoules, which look almost the same. Concentrated potassium must
        only be kept in {{the locked high-strength cupboard}}. [[name:Sunny]] took them straight to
        {{the nurse in charge}}, [[name:Ruth Achterberg]], who checked all drawers and found no more.
        No patient was given any. We think they came from a {{pharmacy top-up}} on {{Monday}} when
        the top-up technician was new, but the box also sat on the side for an hour before it was
        put away by whoever was free. Actions: pharmacy now put concentrated potassium in a separate
        red bag that can only be unpacked by a registered nurse, and the drawers have new labels.
        [[name:Ruth]] has thanked [[name:Sunny]] at {{the safety huddle}}.
    """)),
    ("health", "near_miss", block("""
        From: [[name:Aoife Brennan]], {{Transfusion Practitioner}}
        To: [[name:Olu Adebanjo]], {{Matron}}, [[organisation:Cedar ICU]]
        Subject: WBIT - {{group and save}} - [[date:19/09/2024]]

        [[name:Olu]],

        The lab rejected a G&S sample labelled for [[name:Patricia Lomax]] (NHS [[nhs_number:510 231 9787]], DOB [[date_of_birth:30/03/1961]]) because it grouped as {{A Pos}} and her historical group is {{O Neg}}. The blood was almost certainly taken from the patient in the next bay, [[name:Rana Haddad]] (NHS [[nhs_number:958 235 9986]]), and labelled away from the bedside using a printed label.

        Had this been her first sample there would have been no history to compare and she could have been crossmatched as group A. The {{two-sample rule}} caught it.

        I will report to {{SHOT}}. Can we discuss at Tuesday's governance and remind staff about handwritten labels at the bedside only?

        [[name:Aoife]]
        [[email:aoife.brennan@kingsmere.nhs.uk]]
    """)),
    ("health", "near_miss", block("""
        OUTREACH HANDOVER  {{Sat}} [[date:15/03/2025]] 20:00

        Pt                       | Ward / bed          | Issue                                   | Plan
        [[name:Norman Pettigrew]] ([[age:88]]) | [[organisation:Ash Ward]] b12  | {{e-obs}} said full escalation; paper {{ReSPECT form}} in notes from GP at [[organisation:Moorside Surgery]] says {{DNACPR}}, not for ICU | fixed, family aware
        [[name:Elsie Tranter]] ([[age:79]])    | [[organisation:Larch Ward]] b3 | post-op day 1, NEWS 3                   | routine review

        Note re [[name:Norman]]: [[name:Kwame]] spotted the mismatch at 18:40 when NEWS went to 6. Ward team were about to put out a {{crash call}} if he deteriorated. Community ReSPECT forms are not being transcribed at {{admission}} - for {{resus committee}}.
    """)),
    ("health", "near_miss", block("""
        [[[date:07/05/2025]], 14:03] [[name:Kwame Asante]]: step-down review [[organisation:Birch Ward]] bed 2, {{trach}} pt from us {{Tues}}. no trach emergency box at bedside, no spare tubes, no {{suction catheters}} 😳
        [[[date:07/05/2025]], 14:05] [[name:Beth Lloyd-Hughes]]: seriously?? he went with it, its on the step-down checklist
        [[[date:07/05/2025]], 14:09] [[name:Kwame Asante]]: {{sister}} says {{porters}} took it back to us with the bedspace kit. found in our {{dirty utility}} lol
        [[[date:07/05/2025]], 14:10] [[name:Beth Lloyd-Hughes]]: bringing it up now. will datix. bedhead sign there?
        [[[date:07/05/2025]], 14:22] [[name:Kwame Asante]]: nope. {{NTSP}} {{bedhead sign}} on now, went through the green algorithm with SN [[name:Florin]]. pt fine throughout
    """)),
    ("health", "success", prose("""
        {{Learning from Excellence}} nomination for [[name:Zainab Hussain]], outreach sister. On
        [[date:22 August 2024]] she was on [[organisation:Rowan Ward]] to see someone else and
        noticed a [[age:34]]-year-old woman two days after an {{appendicectomy}} who 'just didn't
        look right'. Her {{NEWS2}} was only 3, but [[name:Zainab]] saw mottled knees and new
        confusion, took a {{lactate}} (5.1), started {{Sepsis Six}} and had {{blood cultures}} taken
        and {{antibiotics}} in within forty minutes, then rang me. {{CT}} showed a pelvic collection;
        she went to theatre that evening, spent two nights on [[organisation:Cedar ICU]] and went home
        on day nine. What I want people to learn: trust the look of the patient, not just the score,
        and do not wait to be asked. [[name:Zainab]] also stayed an hour past her shift to hand over
        in person. Nominated by [[name:Gareth Lloyd]], {{surgical registrar}}.
    """)),
    ("health", "success", block("""
        Hot debrief - {{major haemorrhage}} - [[organisation:Cedar ICU]] bed 1 - [[date:10/11/2024]]
        Attendees: [[name:Ngozi Eze-Hart]] ({{consultant}}, lead), [[name:Tom Baxter]] (reg), [[name:Mei Ling Chow]] (NIC), [[name:Ravi Shah]] (runner), [[name:Agnieszka Zielińska]] (bedside RN), [[name:Hope Adjei]] (HCA)

        Went well
        - {{MHP}} activated on {{2222}} within a minute of the bleed; lab rang back in 3 min
        - runner role clear; [[name:Ravi]] had {{O Neg}} from the fridge before pack 1 was ready
        - {{TXA}} given at 8 min, {{ROTEM}} guided pack 2
        - {{the rapid infuser}} primed in advance because [[name:Mei Ling]] anticipated it at handover

        Even better if
        - label printer in the MHP box jammed, [[name:Hope]] handwrote the request forms
        - no {{cell salvage}} out of hours

        Patient stable to {{IR}} at 23:40.
    """)),
    ("health", "success", prose("""
        I want to record how well the team cared for [[name:Kieran Lee]] ([[age:42]]) and his family
        on [[organisation:Cedar ICU]] last week. After {{brainstem death testing}} confirmed he had
        died, his nurse [[name:Siân Parry]] and the {{SNOD}}, [[name:Gwen Pritchard]], talked with his
        partner [[name:Kelly]] about {{organ donation}} without any rush and with the
        {{chaplain}} present as she had asked. [[name:Siân]] made {{handprints}} with his two children
        and put together a {{memory box}}, and she came in on her day off so [[name:Kelly]] would see a
        familiar face at the {{honour walk}}. Four organs were donated through {{NHS Blood and Transplant}}.
        The family wrote that they felt he was treated as a person right to the end. Learning to share:
        involving the SNOD early, a single named nurse, and asking families what rituals matter to them.
    """)),
    ("health", "success", block("""
        [[address:27 Greave Lane, Bramley Holt]]
        [[postcode:LS13 2QY]]
        [[date:2 June 2025]]

        Dear everyone on [[organisation:Cedar ICU]] and the outreach team,

        I was in bed 5 for 19 days last winter with {{pneumonia}} and {{sepsis}}. I don't remember much, but my wife [[name:Sunita]] kept {{the ICU diary}} you gave her and I have read it four times. At {{the follow-up clinic}} [[name:Emeka]] explained the {{delirium}} and why I thought the nurses were pirates. I'm sorry!

        Special thanks to Big [[name:Rob]], who shaved me when I couldn't lift my arms, and to the outreach nurse who came to see me on {{the ward}} every day after I left you.

        I'm back at the allotment. My NHS number is [[nhs_number:646 059 9947]] if you need to find my notes, and you can ring me on [[phone:0113 496 0915]] if a talk from an old patient would help anyone.

        Yours,
        [[name:Vikram Joshi]] (the one who kept asking for toast)
    """)),
    ("health", "success", block("""
        [[organisation:CEDAR ICU]] - physio / nursing mobility handover - [[date:18/07/2025]]

        Bed | Pt                            | Today                             | Comment
        2   | [[name:Angus McBride]] ([[age:63]])  | stood in {{Sara Stedy}}, 4 steps      | first day off {{ventilator}}
        5   | [[name:Fatima Begum]] ([[age:47]])   | sat out 2h                        | {{trach}} mask, {{speaking valve}} 20 min
        9   | [[name:Ron Sutcliffe]] ([[age:81]])  | bed exercises only                | {{noradrenaline}} still running

        Good practice: physio [[name:Luca Romano]] and RN [[name:Ebony Clarke-Johnson]] planned the {{sedation hold}} for 09:00 so both patients were awake for physio at 10:00, as in the {{ABCDEF bundle}}. [[name:Angus]] walked to the window to see the car park and cried. Please keep planning sedation holds round physio.
    """)),
    ("health", "success", block("""
        LEARNING FROM EXCELLENCE - nomination
        Nominee: [[name:Reuben Asamoah-Gyasi]], 2nd year {{student nurse}} ([[organisation:Northvale University]])
        Nominated by: [[name:Carys Morgan]], {{band 6}}, [[organisation:Cedar ICU]]
        Date: [[date:25/02/2025]]

        What happened:
        During a {{central line}} change on bed 10, [[name:Reuben]] noticed a column of air in the {{giving set}} that had just been primed and said "stop" out loud to the registrar, who was about to connect it. The line was re-primed. An {{air embolism}} in a patient on {{high-flow oxygen}} with poor reserve could have been fatal.

        Why it was excellent:
        He spoke up to a senior doctor in front of the whole bay in his third week with us. [[name:Reuben]] said our {{speaking up}} session on day one made him feel allowed to.
    """)),
    # ---------------------------------------------------------------- aviation
    ("aviation", "incident", block("""
        TECH LOG  [[aircraft_registration:G-BXKF]]  {{PA-28-161}}  Page [[case_reference:TLP 004512]]
        Date: [[date:14/04/2025]]   A/F hrs 8812.4   W/O [[case_reference:WO 25-0412]]

        DEFECT: On post-maintenance {{ground run}} after {{50 hr check}}, rough running and smell of burning at 1700 rpm. Shut down.

        ACTION: {{Cowlings}} removed. LED torch (company tool T-117) found lodged between no. 3 cylinder {{baffle}} and {{exhaust}}; lens melted, baffle seal scorched. Torch removed, seal replaced IAW {{AMM}} 71-10. Ground run satisfactory. {{Tool control}} check of all shadow boards complete, nothing else missing.
        Certified: [[name:M. Szymański]]  {{B1}} lic [[case_reference:UK.66.418822]]

        QM note: torch signed out on {{the tool board}} by an engineer on the earlier shift. Board not checked at shift change as the two shifts overlapped by an hour and each thought the other had done it. {{MOR}} raised, ref [[case_reference:MOR 2025/04117]].
    """)),
    ("aviation", "incident", block("""
        OCCURRENCE REPORT - [[organisation:Fenwold Aero Engineering]]
        Report no: [[case_reference:FAE-OR-25-017]]
        Aircraft: [[aircraft_registration:G-CDTR]] ({{Cessna 152}})   Operator: [[organisation:Sandmere Flying Club]]
        Date found: [[date:06/05/2025]]
        Found by: club instructor [[name:Niamh Gallagher]] during {{pre-flight inspection}}

        Description: {{nosewheel}} axle nut had no {{split pin}} and was only finger tight. Aircraft released to service the previous afternoon after a tyre change.

        Investigation: tyre change by mechanic [[name:Jordan Fox]], who was called away mid-task to help tow another aircraft. Task card stage "fit split pin" not signed, but {{CRS}} issued by {{B1}} [[name:Kamal Hossain]] from the card summary only.

        Human factors: interruption; no {{independent inspection}} required for this task; end-of-day pressure. {{Dirty Dozen}}: distraction, complacency.

        Actions: "interrupted task" tag trial; CRS signatory to check every stage box; shared at the club safety evening. Reported to the {{CAA}} via {{MOR}}.
    """)),
    ("aviation", "incident", block("""
        Chronology - hangar tow damage - [[aircraft_registration:G-OFWA]] ({{PA-34 Seneca}}) - [[date:19/01/2025]]

        16:40  Aircraft towed from {{the apron}} into Hangar 2 with {{the electric tug}}. Driver [[name:Connor Whelan]] (apprentice), wing walker left [[name:Bashir Noorzai]], no wing walker right
        16:43  Right wingtip hits door runner post. [[name:Connor]] stops on a shout from [[name:Bashir]]
        16:50  {{Licensed engineer}} [[name:Anita Sharma-Kerr]] assesses: wingtip fairing cracked, {{nav light}} lens broken
        17:05  Aircraft {{AOG}}. Owner [[name:Geoff Penhaligon]] phoned on [[phone:01632 960194]]
        next day  {{Quality Manager}} review

        Contributing: third person had gone home; hangar door only two-thirds open because of the wind; {{towing procedure}} says two wing walkers but in winter light we "make do". Internal ref [[case_reference:FAE-GD-25-003]]. No MOR (ground damage, non-structural).
    """)),
    ("aviation", "incident", block("""
        Transcript extract - [[organisation:Bramholt Approach]] 119.455 - [[date:02/07/2025]] (UTC)

        10:14:05 [[aircraft_registration:G-EHLM]]: [[organisation:Bramholt Approach]], [[aircraft_registration:Golf Echo Hotel Lima Mike]], {{DA42}}, post-maintenance check flight, 3000 feet, request return to [[organisation:Sandmere]], trim problem
        10:14:15 APP: [[aircraft_registration:Golf Lima Mike]], roger, say nature and intentions
        10:14:25 [[aircraft_registration:G-EHLM]]: [[aircraft_registration:Golf Lima Mike]], {{elevator trim}} stiff and jamming nose up, controllable with force, not declaring, request direct
        10:14:35 APP: [[aircraft_registration:Golf Lima Mike]], direct [[organisation:Sandmere]] approved, report field in sight

        Engineering findings: after trim cable replacement the cable tension was set well above the {{AMM}} figure. The {{duplicate inspection}} was signed by [[name:JT]], who was told "it's all done, just needs your name" and signed without physically checking. [[name:JT]] reported this himself the same afternoon, which is exactly what we want. Check pilot [[name:Rafa Oliveira]] landed safely. {{MOR}} submitted to {{the CAA}}.
    """)),
    ("aviation", "incident", prose("""
        After a {{100 hr check}} on [[aircraft_registration:G-JRNB]] ({{Robin DR400}}), the owner
        [[name:Hugh Fetherstonhaugh]] departed [[organisation:Sandmere Airfield]] on
        [[date:23 August 2024]]. About fifteen minutes later oil began streaming across the
        windscreen. He declared a {{PAN}} with [[organisation:Bramholt Approach]] and landed back
        safely with the oil pressure still in the green. We found the {{oil filler cap}} resting on
        {{the engine mount}}. Engineer [[name:Callum Reid]] had left it loose after the
        {{oil change}} so he could top up after the ground run, then was pulled onto another job and
        went home at shift end. His handover note said 'oil to check' but not 'cap off'. The owner's
        pre-flight included a dipstick check, which he did through the oil door without noticing the
        cap was not in place. Learning: any open filler or disturbed system now gets a red
        {{remove before flight}} streamer tied to {{the control column}} until it is closed, and
        [[name:Callum]] has helped write the new handover template. {{MOR}} ref
        [[case_reference:MOR 2024/08832]].
    """)),
    ("aviation", "incident", block("""
        From: [[name:Deborah Amankwah]] <[[email:d.amankwah@fenwoldaero.co.uk]]>
        To: [[name:Pawel Nowicki]]
        Cc: {{Accountable Manager}}
        Subject: CRS issued outside licence privileges - [[aircraft_registration:G-HPVC]]

        [[name:Pawel]],

        As we discussed, the {{CRS}} for [[aircraft_registration:G-HPVC]] ({{DA40 NG}}) on [[date:10 March 2025]] was signed under your {{Part-66}} licence [[case_reference:UK.66.520174]], which carries a limitation excluding {{electronic engine control}} systems. The work included an {{ECU}} software load, so the release was outside your privileges.

        This is not about blame. Our {{company authorisation}} system did not show licence limitations on the task allocation screen, and you were the only engineer in that day. The aircraft has been grounded, the work re-inspected by [[name:Kamal Hossain]] and re-released, and an {{MOR}} submitted under our approval [[case_reference:UK.145.01377]].

        Thanks for being so open about it.

        [[name:Deborah]]
        {{Quality Manager}}, [[organisation:Fenwold Aero Engineering]]
        [[phone:+44 1632 960877]]
    """)),
    ("aviation", "near_miss", block("""
        [[[date:30/06/2025]], 09:12] [[name:Gaz Whitfield]]: lads near miss this morning. bowser driver from [[organisation:Northfuel Aviation Services]] pulled up to [[aircraft_registration:G-BXKF]] with the {{Jet A-1}} bowser ([[vehicle_registration:FN63 XKP]]) and had the nozzle out before i stopped him. its a {{PA-28}}, {{Avgas}} only!!
        [[[date:30/06/2025]], 09:14] [[name:Priya Raman]]: omg did any go in
        [[[date:30/06/2025]], 09:15] [[name:Gaz Whitfield]]: no, nozzle wouldnt fit the filler thats the only reason. he said our request just said "to tabs", nothing about fuel type
        [[[date:30/06/2025]], 09:17] [[name:Deborah Amankwah]]: Thanks [[name:Gaz]], great catch. Please put it on an {{occurrence report}}. I'll speak to [[organisation:Northfuel]] today. From now on fuel type goes on every request and we check {{fuel placards}} before the bowser comes onto {{the apron}}
        [[[date:30/06/2025]], 09:18] [[name:Gaz Whitfield]]: 👍
    """)),
    ("aviation", "near_miss", block("""
        Debrief - {{FOD}} on the ramp - [[date:12/09/2024]]
        Present: [[name:Deborah Amankwah]] (QM), [[name:Oluwaseun Bello]] ('[[name:Seun]]'), [[name:Grzegorz Lis]], [[name:Aled Rees]]

        - 08:05 on the {{FOD walk}}, [[name:Seun]] found 3 {{rivets}} and a {{locking wire}} offcut outside Hangar 1, where [[aircraft_registration:G-OFWA]] was about to start for a [[organisation:Sandmere Flying Club]] trip
        - traced to the sheet metal repair on [[aircraft_registration:G-CDTR]] the day before; offcuts swept to the door "for the bin" and left
        - engine not started until the area was cleared, no damage

        Discussion: [[name:Grzegorz]] said sweeping to the door is what everyone does at 17:00. Nobody disagreed.
        Actions: {{FOD bins}} at each bay; magnetic sweeper run at end of day; [[name:Aled]] to add FOD check to {{the shift handover}} sheet.
    """)),
    ("aviation", "near_miss", block("""
        From: Stores - [[name:Ewa Grabowska]]
        To: [[email:quality@fenwoldaero.co.uk]]
        Date: [[date:17/01/2025]]
        Subject: SUSPECTED UNAPPROVED PART - magneto - PO [[case_reference:PO-7731]]

        Goods in today: {{magneto}} from [[organisation:Aerotech Parts Sp. z o.o.]] (Poland). The serial on the {{Form 1}} does not match the data plate and the approval number on the form is not one I can find on the {{EASA}} or {{CAA}} lists. Part is in quarantine in {{the bonded store}}. Rang the supplier on [[phone:+48 22 555 01 37]], no answer yet.

        Near miss: it was for [[aircraft_registration:G-JRNB]], due out on {{Monday}}, and [[name:Ifan]] nearly took it off the goods-in shelf before it had been inspected because he wanted to get ahead. I stopped him. Can we get a lockable goods-in cage?

        Will report via the CAA's {{suspected unapproved parts}} process.

        [[name:Ewa]]
    """)),
    ("aviation", "near_miss", prose("""
        Reflective account, because I nearly signed for a task on the wrong aircraft. On
        [[date:28 February 2025]] I was on a fourteen-hour day covering sickness. We had two
        {{PA-28s}} in the hangar with almost the same registration, [[aircraft_registration:G-BXKF]]
        and [[aircraft_registration:G-BXFK]]. I had changed the {{ELT}} battery on
        [[aircraft_registration:G-BXFK]] and went to stamp {{the task card}}, but picked up the work
        pack for [[aircraft_registration:G-BXKF]] from the same trolley. I had my stamp on the page
        when [[name:Tariq Mahmood]] asked why I was signing for a job on his aircraft. Nothing was
        released wrongly. Looking back I had been at work since 06:00 with one short break, I had
        skipped lunch, and I did not read the registration because I 'knew' which pack it was. I
        have told {{the planner}} I should not have agreed to the extra hours, we have started
        keeping each aircraft's pack on its own trolley by the nose, and I will use
        {{the fatigue report}} next time instead of just cracking on. [[name:Lee-Anne Roberts]],
        {{B1}} engineer.
    """)),
    ("aviation", "success", prose("""
        Shout out to our apprentice [[name:Kirsty McLeod]] ('[[name:Kit]]' to everyone). During the
        {{annual inspection}} on [[aircraft_registration:EI-FKD]], an Irish-registered
        {{Cessna 172}}, on [[date:14/10/2024]] she insisted on taking the {{heat shroud}} off rather
        than just looking through the inspection hole, and found a hairline crack in the
        {{muffler}}. With {{cabin heat}} on, that is a direct route for {{carbon monoxide}} into the
        cabin. The owner, [[name:Ciarán Ó Súilleabháin]], mostly flies with his kids in winter, and he
        told us the {{CO detector}} card had 'gone a bit dark' a few weeks ago, which nobody had
        connected. New muffler fitted, owner given a proper electronic detector. What I want others
        to take from this: the {{AMM}} says remove the shroud, so we remove the shroud, even when it
        is 16:45 on a {{Friday}}. Well done [[name:Kit]]. - [[name:Stu]], {{Workshop Manager}}
    """)),
    ("aviation", "success", block("""
        From: [[name:Barty Okonjo]] <[[email:b.okonjo@skylarkconsult.com]]>
        To: [[organisation:Fenwold Aero Engineering]] front desk
        Subject: Thank you - [[aircraft_registration:N418TB]]

        Dear all,

        I diverted into [[organisation:Sandmere Airfield]] on [[date:16 August 2024]] with an {{alternator}} failure on the way to France and assumed my weekend was over. [[name:Anita]] met me on {{the apron}} within ten minutes, [[name:Mo]] in {{the office}} sorted the {{FAA}} paperwork questions for an {{N-registered aircraft}}, and [[name:Kamal]] had a serviceable alternator fitted and signed off by {{Saturday}} lunchtime. Everyone explained exactly what they had found and why.

        I fly a lot and I have rarely seen a team so calm and so clear. Please pass this on.

        Best regards,
        [[name:Bartholomew Okonjo]]
        [[phone:+33 6 12 48 90 37]]
    """)),
    ("aviation", "success", block("""
        Quality review meeting - Q3 2024 - [[organisation:Fenwold Aero Engineering]] ([[case_reference:UK.145.01377]])
        Attendance: [[name:Deborah Amankwah]] ({{QM}}, chair), [[name:Stuart Mackie]] ({{Workshop Manager}}), [[name:Kamal Hossain]] (B1), [[name:Ewa Grabowska]] (stores), [[name:Mohammed Iqbal]] ({{CAMO}}), [[name:Rosa Fernández]] (planning)
        Apologies: [[name:Pawel Nowicki]]

        1. Reporting culture. 11 occurrence reports this quarter against 4 last quarter; credited to the {{just culture}} briefing in {{July}}. Highlighted: the FOD walk find by [[name:Seun]], the suspect magneto stopped by [[name:Ewa]], and a self-report of a missed {{duplicate inspection}}.
        2. {{CAA}} audit finding on {{tool control}} closed.
        3. {{Human factors}} refresher booked for all staff.

        Actions: [[name:Rosa]] to add licence limitations to the task allocation screen; [[name:Stuart]] to present the FOD learning at the flying club.
    """)),
    ("aviation", "success", block("""
        Debrief - engine failure on check flight, [[aircraft_registration:G-EHLM]], [[date:11/04/2025]]

        ATC extract ([[organisation:Bramholt Approach]]):
        14:02:11 [[aircraft_registration:G-EHLM]]: MAYDAY MAYDAY MAYDAY, [[organisation:Bramholt Approach]], [[aircraft_registration:Golf Echo Hotel Lima Mike]], left engine failure, 2500 feet, 6 miles south of [[organisation:Sandmere]], returning, two POB
        14:02:25 APP: [[aircraft_registration:Golf Echo Hotel Lima Mike]], roger MAYDAY, squawk 7700, wind 240 12 knots
        14:02:40 APP: [[flight_number:EZY4183]], stop descent altitude 4000 feet, emergency traffic
        14:02:44 [[flight_number:EZY4183]]: stop descent 4000 feet, [[flight_number:EZY4183]]

        Went well: {{check pilot}} [[name:Rafa Oliveira]] and {{flight test engineer}} [[name:Dylan ap Rhys]] had briefed engine failure before start; {{QRH}} flown, engine secured, {{single-engine}} landing on 24. {{RFFS}} in position. Engineers quarantined the left {{ECU}} for {{the manufacturer}}. Nobody rushed.
    """)),
    ("aviation", "success", block("""
        TECH LOG extract / ADD register - [[aircraft_registration:G-HPVC]]

        [[date:03/06/2025]]  {{landing light}} inop. Deferred [[case_reference:ADD 25/014]] per {{CAMO}} agreement, day {{VFR}} only placard fitted. [[name:R. Fernández]]
        [[date:09/06/2025]]  Part on order, ADD expiry [[date:17/06/2025]] noted on {{the planning board}}.
        [[date:16/06/2025]]  Lamp fitted and tested IAW {{AMM}} 33-40. ADD closed. Placard removed. [[name:K. Hossain]] {{B1}}

        Good practice note: [[name:Mo]] in CAMO spotted the expiry a day early and moved the aircraft's booking so it never flew outside the deferral. Clean, simple, no drama.
    """)),
    ("aviation", "success", prose("""
        Night shift shout-out for [[name:Bilal Chaudhry]]. Before torquing the {{propeller bolts}} on
        [[aircraft_registration:G-CDTR]] on [[date:5 December 2024]], he checked the
        {{calibration}} label on the {{torque wrench}} and saw it had expired two days earlier. The
        wrench had been out on a job when {{the tool store}} recall list was printed, so it was
        missed. [[name:Bilal]] swapped it for an in-date wrench, then went back through
        {{the tool log}} and found two other jobs that shift where it had been used, including a
        {{wheel}} change on [[aircraft_registration:G-OFWA]]. He had both rechecked before either
        aircraft flew; all values were within limits. The expired wrench went for calibration and
        came back reading within tolerance, but that is not the point. Stores now recall wrenches a
        week before expiry and chase any that are signed out. Thanks [[name:Bilal]]. - [[name:Stu]],
        {{Workshop Manager}}
    """)),
]

if __name__ == "__main__":
    write_records(OUT, build_records("blind178", REPORTS))
