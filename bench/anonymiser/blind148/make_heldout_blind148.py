"""Held-out blind corpus 148: just-culture incident and learning reports from three UK settings.

Settings: a county's children's residential homes and their outreach team (social care); a
maternity unit's labour ward and postnatal ward (health); a regional air traffic control centre
and its military liaison cell (aviation). Styles mix rushed lower-case notes with typos, careful
narratives, chronologies, e-mails with signatures, Teams/WhatsApp-style chat, incident forms with
field labels, handover sheets, debrief notes and praise or shout-outs. Written blind, without
sight of the system under test or any other corpus.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from markup import block, build_records, write_records  # noqa: E402
from markup import flow as prose  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "corpus" / "heldout_blind148.jsonl"

REPORTS = [
    # ------------------------------------------------------------------ social care (17)
    ("social_care", "incident", prose("""
        {{yp}} [[name:kayden]] went {{awol}} from [[organisation:Oakfield House]] approx 2140 after a
        row with [[name:tyler]] over the xbox. didnt come back for {{curfew}}. rang {{police}} 2215,
        given log no [[case_reference:CAD 1187 14/06]]. {{missing from home}} form on {{Mosaic}}
        done by me, [[name:kayden]] returned 0120 in a taxi paid by some1 we dont know, driver
        wouldnt say. {{return home interview}} needs booking. {{on call manager}} ([[name:Bev]])
        informed. feel we shud have rang the taxi firm straight away - learning for team
    """)),
    ("social_care", "near_miss", prose("""
        During the evening {{medication round}} at [[organisation:Hazel Lodge]] on
        [[date:Sunday 9th]] I went to give [[name:Summer]] her {{melatonin}} and noticed the
        {{MAR chart}} still had the old dose of 3mg after the {{paediatrician}} reduced it to 2mg at
        clinic on [[date:2 February]]. The new letter was in the office tray but nobody had updated
        the chart or the {{blister pack}}. I checked with [[name:Nkechi Obi]] (senior on shift),
        we gave 2mg as per the letter and rang the {{pharmacy}} in the morning. No harm.
        Suggest letters from health go straight to the {{shift lead}} and not the tray.
    """)),
    ("social_care", "success", block("""
        Subject: Shout out - Friday night at [[organisation:Willow View]]

        Hi all,

        Just wanted to say a massive thank you to [[name:Grace Adeyemi]] and [[name:Will Hughes]]
        for how they handled things on Friday. [[name:Rhys]] was really escalated after contact
        and they used the {{PACE}} approach brilliantly - no {{physical intervention}}, lots of
        space, and [[name:Will]] sat with him on the {{back step}} for nearly an hour. By 11 he was
        eating toast and laughing. This is exactly what our {{therapeutic model}} looks like.

        Thanks again,
        [[name:Ceri Llewellyn]]
        {{Registered Manager}}, [[organisation:Willow View Children's Home]]
        [[phone:01632 960417]] | [[email:ceri.llewellyn@northshire.gov.uk]]
    """)),
    ("social_care", "incident", block("""
        CHRONOLOGY - missing episode, [[name:Jade Kowalczyk]] ([[age:15]]), Mosaic [[case_reference:MOS-558213]]

        [[date:12/03/24]]
        15:40  did not get off school bus from [[organisation:Brackley Park Academy]]
        16:05  school confirmed she left at 15:20 with older female, not known
        16:30  calls to mobile [[phone:07700 900582]] go to voicemail
        17:00  reported missing to {{police}}, crime/occ no [[case_reference:NS-24-031177]]
        17:10  {{EDT}} and {{social worker}} [[name:Aidan Farrell]] informed
        21:55  [[name:Jade]] located by officers at a flat on [[address:Marsh Lane]], [[postcode:NN3 6QZ]]
        22:40  returned to home, {{welfare check}} done, declined {{GP}} check

        Concern re {{CSE}} indicators raised at {{strategy meeting}} [[date:13/03/24]].
    """)),
    ("social_care", "success", block("""
        [19:02] [[name:Tash]]: anyone near the {{retail park}}? just seen our lad by the {{bus shelter}} with 2 older boys
        [19:03] [[name:Dev O]]: me, 5 mins away in the {{pool car}}
        [19:03] [[name:Tash]]: dont approach if its kicking off, just eyes on
        [19:09] [[name:Dev O]]: got him. said hes just waiting for his mate. hes come with me no bother
        [19:10] [[name:Tash]]: legend. logging it now. ill ring {{EDT}} so they know
        [19:15] [[name:Marta]]: nice one both. remember {{trusted adult}} convo tomoz and put the car reg in the {{intel form}} for the {{police}} - it was [[vehicle_registration:YK19 LRP]]
        [19:16] [[name:Dev O]]: will do 👍
    """)),
    ("social_care", "incident", block("""
        INCIDENT FORM - RESIDENTIAL
        Home: [[organisation:Beech Tree House]]
        Date/time: [[date:28 Nov 2023]] 18:20
        Young person: [[name:Connor McAllister]]   DOB: [[date_of_birth:04/09/2009]]
        Staff involved: [[name:S. Bhatt]], [[name:L. Mensah]]
        Type: {{physical intervention}} - {{Team Teach}} two-person escort
        Injury: staff member [[name:Mensah]] bruised wrist; YP carpet burn L elbow
        Description: [[name:Connor]] threw a chair at the {{dining room}} window then ran at
        another YP. Hold lasted approx 3 mins, released when calm.
        {{Body map}} completed: yes    {{Debrief}} offered: yes, declined tonight
        Manager notified: [[name:Hope Okafor]] 18:45
        {{Ofsted}} notification needed: to be decided by RM
    """)),
    ("social_care", "near_miss", block("""
        HANDOVER - waking night to day team
        [[name:Liam]] - settled by 12, good night.
        [[name:Amira]] - was on phone til late, heard her say "see you at the park tomorrow" to
        someone called [[name:Rocco]]. He is NOT on her {{approved contacts}} list. I've put it on
        the {{daily log}} and emailed {{SW}} [[name:Priya Nair]]. Please DONT let her go to
        [[organisation:Hollins Park]] alone tomorrow, staff to go with her or plan with her.
        [[name:Ellis]] - {{enuresis}} again, bedding washed, be discreet pls.
        {{Fire alarm}} test due 10am.
        - [[name:Gosia]]
    """)),
    ("social_care", "success", prose("""
        Debrief note following [[name:Marcus]]'s move from [[organisation:Larch Close Children's Home]]
        to his {{long-term foster placement}} on [[date:18 July]]. What went well: the
        {{transition plan}} started six weeks early, with visits building from tea to overnights;
        {{key worker}} [[name:Bill Fraser]] made a {{life story}} memory box with him; the foster
        carers came to his {{LAC review}} and met his {{IRO}}; school ([[organisation:St Anselm's RC Primary]])
        kept the same {{TA}}. [[name:Marcus]] rang the home on day three just to say hi and that
        he had a dog now. Learning: this planning timescale should be the norm, not the exception.
    """)),
    ("social_care", "incident", block("""
        From: [[name:Ravi Sandhu]]
        To: [[name:Karen Doyle]]
        Subject: possible data breach - letter to wrong address

        [[name:Karen]],
        Flagging that the {{review}} minutes for one of our young people were posted to
        [[address:22 Fenwick Road]], [[postcode:NN2 7HL]] instead of [[address:22 Fenwick Rise]]. The family at the
        wrong address rang us today. They have kept it unopened and we're collecting it tomorrow.
        Letter had her full name, DOB [[date_of_birth:17/10/2006]], NI no [[ni_number:JR 48 27 16 C]] and placement address. I've logged it with
        {{Information Governance}} (ref [[case_reference:IG-2024-0419]]) and told the {{social worker}}.
        Root cause looks like the {{autofill}} in the address field.

        [[name:Ravi]]
        {{Business Support Officer}}, [[organisation:Northshire Children's Residential Service]]
        Tel [[phone:01632 960 882]]
    """)),
    ("social_care", "near_miss", prose("""
        driving back from contact in the {{minibus}} [[vehicle_registration:NX68 HFD]] and at the
        lights realised [[name:Ruby]] ([[age:9]]) had undone her seatbelt and was climbing into the
        back row to get to [[name:kai]]. pulled over safely in a {{lay-by}}, sorted it. no one hurt.
        the {{child lock}} on the rear door wasnt on either. reported to {{fleet}}, and we now do a
        {{vehicle check}} before every trip not just mondays. i was the only adult, think this
        journey needs 2 staff going forward
    """)),
    ("social_care", "success", prose("""
        Feedback received from {{IRO}} [[name:Siobhan Kearney]] after [[name:Skye]]'s {{review}} on
        [[date:Tuesday 5 March]]: "The report from [[organisation:Rowan House]] was one of the best I've
        read: clear, child-centred, and written in [[name:Skye]]'s own words where possible." She
        singled out {{key worker}} [[name:Olu Bamidele]] for supporting [[name:Skye]] to {{chair}} part of
        her own meeting and present her {{All About Me}} booklet. Passing this on to the whole team.
        Great example of {{voice of the child}} in practice.
    """)),
    ("social_care", "incident", prose("""
        At 02:10 on [[date:14/01]] night staff heard noise from [[name:Kasia]]'s room and found she
        had used a sharpened plastic lid to cut her forearm. Wounds superficial, cleaned and dressed
        with the {{first aid kit}}; {{111}} advised no {{A&E}} needed. She talked with [[name:Joel Campbell-Reid]]
        until 4. Her {{CAMHS}} appointment was cancelled last week and not rebooked, and the
        {{room search}} on Friday missed the lid. [[name:Kasia]]'s {{safety plan}} has been updated and
        Dr [[name:Ahmadi]] at [[organisation:Northshire CAMHS Tier 3]] has agreed an urgent appointment.
    """)),
    ("social_care", "near_miss", block("""
        [{{Teams}} - Outreach team chat]
        [[name:Sean Doherty]] 16:47
        doing the {{home visit}} at [[address:3 Tannery Cottages]] on my own, {{lone working}} app isnt loading
        [[name:Bronwen Jones]] 16:48
        ok what time u due out
        [[name:Sean Doherty]] 16:48
        5.30
        [[name:Bronwen Jones]] 17:45
        [[name:Sean]]?? not heard from you
        [[name:Bronwen Jones]] 17:52
        ringing your mob now [[phone:07700 900 316]]
        [[name:Sean Doherty]] 17:58
        sorry sorry phone died, all fine, dad was kicking off a bit so stayed to calm things down
        [[name:Bronwen Jones]] 18:00
        ok glad ur safe. we need to raise the {{buddy system}} at {{team meeting}}, I nearly called the {{police}}
    """)),
    ("social_care", "incident", prose("""
        Staff at [[organisation:Oakfield House]] noted the same silver car, reg [[vehicle_registration:BD17 XWA]],
        parked opposite the home three evenings running ([[date:3rd]], [[date:4th]], [[date:6th]]). On the 6th
        [[name:Tyrese]] ([[age:14]], DOB [[date_of_birth:02/02/2010]]) was seen getting in for about ten minutes and came back with new trainers
        and a second phone. Concerns of {{criminal exploitation}} / {{county lines}}. Shared via
        {{partnership intelligence form}} and discussed with {{police}} {{missing and exploited}} team.
        {{NRM}} referral being considered. [[vehicle_registration:BD17 XWA]] flagged to all staff.
    """)),
    ("social_care", "success", prose("""
        good catch by [[name:jo]] on thurs - she noticed [[name:Chen Wei]] hadnt been marked in on
        the school's {{attendance app}} for 2 days even tho we drop him at the gate. rang
        [[organisation:Kingsmead High School]] and turns out hes been walking out the back at
        registration and going to the {{skate park}}. {{virtual school}} and {{designated teacher}} now involved,
        new {{PEP}} meeting booked for [[date:21st]]. if [[name:jo]] hadnt checked we wouldnt have known
        for weeks
    """)),
    ("social_care", "near_miss", prose("""
        During the {{Reg 44}} visit on [[date:Monday 22 April]] the {{independent visitor}} found the
        {{fire door}} between the upstairs corridor and the {{stairwell}} wedged open with a rolled-up
        towel. When we talked it through with the night team it was clear this was not one person
        cutting corners. Since two bedrooms were moved upstairs in the winter, {{waking night}} staff have
        struggled to hear the young people from the office, and one of them has a history of night-time
        {{self-harm}}. Propping the door was a workaround that had become normal, and nobody raised it
        because it felt like the safer thing to do. Nobody was harmed and the towel was removed straight
        away. We have ordered a {{magnetic door holder}} linked to the {{fire panel}} so the door can stay
        open safely but close on alarm, and a listening monitor has been agreed with the young person
        concerned. Discussed at handover the same evening and at the next {{team meeting}}. Thanks to the
        visitor for raising it so constructively.
    """)),
    ("social_care", "incident", block("""
        Allegation against staff - summary for {{LADO}}
        Referral date: [[date:07/05/2024]]
        Child: [[name:Leah-Marie Boateng]], [[age:13]], LCS [[case_reference:LCS-0097741]]
        Staff member: [[name:Mark Pryce]] ({{residential support worker}}), NI [[ni_number:PW613892B]]
        Home: [[organisation:Elmstead Children's Home]]
        [[name:Leah-Marie]] told her {{teacher}} that [[name:Mark]] "grabbed her arm and swore" during
        an argument over phone time on [[date:5 May]]. No {{incident report}} was completed by
        staff on the night. [[name:Mark]] has been moved to non-contact duties pending
        {{LADO}} advice. {{Designated Officer}} contacted [[phone:01632 960 250]].
    """)),
    # ------------------------------------------------------------------ health (17)
    ("health", "incident", prose("""
        {{PPH}} approx 1800ml rm 4 labour ward [[date:23/08]]. {{syntocinon}} infusion
        ran out at 0300 and wasnt restarted for 40 min bc pump alarm was silenced n nobody noticed.
        pt Mrs [[name:Dzhumaeva]] started bleeding ++ at 0350, {{obstetric emergency}} called, {{reg}}
        Dr [[name:Okonkwo]] attended, {{carboprost}} given, went to theatre for {{EUA}}. {{2222}}
        team response v good. pt stable on {{HDU}} bay. datix [[case_reference:W/2023/11872]]
    """)),
    ("health", "near_miss", prose("""
        On the postnatal ward two babies born within an hour of each other both had the surname
        [[name:Khan]]. During the {{newborn infant physical examination}} the {{SHO}} picked up baby
        [[name:Khan]] from bay 2 with the notes of baby [[name:Khan]] from bay 5. {{Midwife}}
        [[name:Erin Walsh]] checked the {{ID bands}} against the notes before the exam started and
        spotted the mismatch (different hospital numbers [[case_reference:RX4418206]] and
        [[case_reference:RX4418217]]). No exam was documented in the wrong record. We now put a
        {{name alert}} sticker on the cot card when two babies share a surname.
    """)),
    ("health", "success", block("""
        ⭐ SHOUT OUT ⭐
        Huge well done to [[name:Rose Tiernan]] ({{Band 6}}) on [[organisation:Nightingale Ward]] last night.
        She wasn't happy with a woman day 2 post {{LSCS}} - temp 37.9, HR 118, a bit muddled - even though
        the {{MEOWS}} score hadn't triggered. She escalated to the {{registrar}}, pushed for {{blood cultures}}
        and {{lactate}}, and the {{sepsis six}} was done within the hour. Lactate came back 4.1.
        Mum is now doing well and home with baby. Trust your gut!
        - [[name:Sunita]], {{Ward Manager}}
    """)),
    ("health", "incident", block("""
        DATIX [[case_reference:DW-104672]]
        Date of incident: [[date:11/11/2023]]      Location: Labour Ward, [[organisation:St Aldhelm's Hospital]]
        Patient: [[name:Olivia Brennan]]  NHS no: [[nhs_number:996 378 6235]]  Hosp no: [[case_reference:K0883152]]
        Category: {{Fetal monitoring}}
        Description: {{CTG}} showed reduced variability from 14:10 and late decelerations from 14:40.
        Classified as "suspicious" not "pathological" at the fresh eyes review at 15:00.
        FBS not attempted. Baby born 16:22 by {{ventouse}}, {{Apgars}} 3/6/9, {{cord gases}} pH 7.04.
        Baby to {{NNU}} for observation, discharged day 3.
        Immediate action: case to {{PMRT}}/{{HSIB}} screening; {{CTG}} training for staff involved.
        Reported by: [[name:T. Wozniak]], {{RM}}
    """)),
    ("health", "near_miss", block("""
        POSTNATAL HANDOVER - [[organisation:Juniper Ward]] - nights
        Bed 1  [[name:Fatima Al-Rashid]] [[age:32]]y P2  NVD 14:00  EBL 300  feeding well  for home am
        Bed 3  [[name:Hayley Booth]] [[age:19]]y P1  LSCS  on {{fragmin}}  ** prescribed 7500 units but wt is 68kg,
               should be 5000 - caught by [[name:Ama]] at 22:00 before giving, {{obs doc}} re-prescribed **
        Bed 4  [[name:Gintare]] (uses [[name:Gina]])  {{interpreter}} needed Lithuanian, partner [[phone:+370 612 55019]]  pain ok  PU ok
        Bed 6  EMPTY - clean
        Bed 7  Mrs [[name:Lowe]] {{pre-eclampsia}} BP 4hrly, {{labetalol}} 200 tds
        Bed 8  baby on {{NG}} top ups, NNU to review
    """)),
    ("health", "incident", block("""
        Timeline - {{shoulder dystocia}}, room 7, [[date:2 June]]
        03:41  head delivered, {{turtle sign}} noted by {{midwife}} [[name:Aoife]]
        03:42  emergency bell pulled, {{McRoberts}} position
        03:43  {{suprapubic pressure}}, no delivery. {{Senior registrar}} Dr [[name:Mbeki]] arrives
        03:45  posterior arm delivered
        03:46  baby born, floppy, to {{resuscitaire}}, neonatal team arrived 03:48
        03:51  HR > 100
        Issue: scribe not allocated so times reconstructed afterwards from {{CTG}} and the
        {{Badgernet}} audit trail. Learning: allocate a scribe on first bell.
    """)),
    ("health", "success", block("""
        From: [[email:d.oyelaran84@gmail.com]]
        To: {{PALS}}
        Subject: Thank you to the labour ward team

        Dear all,
        I just want to say thank you to everyone who looked after my wife [[name:Abimbola]] on
        [[date:the 14th of January]]. Special thanks to [[name:Hannah]] the {{student midwife}} who stayed
        past her shift and to the {{anaesthetist}} (I think Dr [[name:Lin]]?) who explained the
        {{epidural}} so calmly. When our daughter needed help at birth the {{paediatrician}} kept me informed
        every step. She is now [[age:3]] weeks old and perfect.

        With gratitude,
        [[name:Dayo Oyelaran]]
        [[phone:07700 900 744]]
    """)),
    ("health", "near_miss", prose("""
        i went to take over care in rm 2 and the {{oxytocin}} pump was running at 36ml/hr when the
        {{drug chart}} said 12ml/hr... no sorry thats right, 36 on the pump, 12 on the chart as per our
        {{regime}} for 2 hrs in. so 3x the rate.
        {{CTG}} showing 5-6 contractions in 10 so {{hyperstim}}. stopped pump, {{tocolysis}} not needed as settled.
        2nd check had been signed by [[name:Beata]] but i dont think the rate was checked against
        the chart. not blaming anyone, the {{Alaris}} library profile is confusing. raised on ulysses
        [[case_reference:ULY-77120]]
    """)),
    ("health", "incident", prose("""
        At 14:25 on [[date:Saturday 17 February]] the {{baby tagging}} system alarmed at the postnatal
        ward {{exit door}}. A visitor was leaving with a car seat containing a baby. The
        {{ward clerk}} [[name:Maureen]] stopped him at the door; he turned out to be the baby's
        grandfather (Mr [[name:Gheorghe]]) taking the baby to the car while mum finished packing,
        before {{discharge}} was complete. Security attended. No harm, but the {{infant security policy}}
        was not followed and the tag had to be re-applied. Mum, [[name:Ioana Gheorghe]], apologised.
        Learning: discharge paperwork before any baby leaves the bay.
    """)),
    ("health", "success", prose("""
        Debrief after {{cord prolapse}} in MLU room 3 on [[date:9/4]]. What went well: {{midwife}}
        [[name:Kerry-Ann Thompson]] recognised it straight away on {{VE}}, called for help, put the woman
        into {{knee-chest}} position and kept the presenting part off the cord. {{Bladder filling}} with
        500ml done. Transfer along the corridor to theatre 1 took 4 minutes. {{Category 1 section}},
        {{decision to delivery}} 17 minutes. Baby's {{Apgars}} 7 and 9. The team said the {{PROMPT}}
        drill two weeks earlier made all the difference.
    """)),
    ("health", "incident", block("""
        Safeguarding concern - labour ward
        Mother: [[name:Chantelle Reid]]  DOB [[date_of_birth:30/01/2001]]  NHS [[nhs_number:7267852572]]
        Address: [[address:Flat 6, Kestrel Court]], [[postcode:LS9 7DW]]
        Baby is subject to a {{pre-birth plan}}: not to be discharged without {{social care}} agreement.
        Plan was in the {{Badgernet}} alerts but not on the paper {{handover sheet}}. Postnatal midwife
        started {{discharge}} at 11:00; the {{safeguarding midwife}} [[name:Gillian Moyo]] saw it on the board
        and stopped it at 11:40. {{Social worker}} [[name:Jack O'Riordan]], [[organisation:Leeds East Children's Social Work Team]],
        informed; ref [[case_reference:CSC-2289134]]. Baby stayed on ward until {{strategy meeting}}.
    """)),
    ("health", "near_miss", block("""
        [WhatsApp - LW midwives (unofficial)]
        [[name:Nadia]]: girls pls double check your {{group and save}} bottles, {{lab}} rejected two from us today
        [[name:Nadia]]: one had the wrong hosp no on, [[case_reference:RX4417790]] instead of [[case_reference:RX4417709]]
        [[name:Becky]]: omg was that mine 😬
        [[name:Nadia]]: doesnt matter whose, lab caught it thats the point. {{wrong blood in tube}} is a never event
        [[name:Ifeoma]]: shall we go back to bedside labelling only, no {{pre-printed stickers}}?
        [[name:Nadia]]: yes going to {{Datix}} it and take it to {{governance}} on weds
    """)),
    ("health", "success", prose("""
        Just want to note good practice from [[name:Yusuf]] on the postnatal ward on [[date:27 Sept]]. A
        woman who speaks Dari was about to be discharged with a {{family member}} interpreting. [[name:Yusuf]]
        booked a {{professional interpreter}} through {{Language Line}} instead and during the
        {{discharge}} talk she disclosed that she was frightened of her husband. This led to a
        {{DASH risk assessment}}, a referral to the {{IDVA}} and a safe discharge address. Using family
        to interpret would have closed that door.
    """)),
    ("health", "incident", block("""
        Incident: delayed transfer from [[organisation:Meadowbank Birth Centre]]
        [[date:Tue 19th]]
        08:10  {{midwife}} [[name:Lowri Pritchard]] identifies {{meconium}} stained liquor, decides to transfer
        08:12  999 called, {{Category 2}}
        08:55  ambulance arrives (43 min)
        09:20  arrives labour ward, {{CTG}} normal, baby born 10:47 {{SVD}}, well
        Mum and birth partner were kept informed throughout; partner said the midwife stayed calm.
        Review findings:
        1. the ambulance service had no vehicle free, but {{escalation}} to the {{Labour Ward coordinator}}
           was not made until 08:40 because the coordinator phone was engaged
        2. the call handler was not told it was a meconium transfer so it went in as a routine Cat 2
        3. {{SBAR}} handover on arrival was clear and complete
        Actions: {{birth centre}} SOP to be updated to escalate at 15 mins; second number for the
        coordinator added to the {{transfer}} checklist.
    """)),
    ("health", "near_miss", prose("""
        Baby [[name:Ahmed]] (mum [[name:Salma Ahmed]], [[organisation:Juniper Ward]] bed 9) was on
        3-hourly {{pre-feed BMs}} for {{maternal diabetes}}. At 06:00 the {{feeding chart}} showed no feed
        since 23:30 and no BM since midnight. Baby sleepy and cold to touch. BM 1.9. {{Neonatal}}
        {{SHO}} called, {{dextrose gel}} and a {{formula top up}} given, BM 2.8 an hour later. Baby did
        not need {{NNU}}. Nights were short of two midwives. Learning: {{hypoglycaemia}} pathway babies
        to be on the board with feed due times.
    """)),
    ("health", "success", prose("""
        Good catch at the day 5 community check which I want to share. [[name:Niamh]], {{community
        midwife}} from [[organisation:Castleford Community Midwifery Team]], visited [[name:Priscilla Asante]] at
        home on [[address:41 Orchard Grove]], [[postcode:WF10 3BT]]. She complained of a headache and "sparkles" in her vision.
        {{BP}} 162/108, {{urine}} protein ++. [[name:Niamh]] called 999 and she was readmitted with
        {{postnatal pre-eclampsia}}, started on {{magnesium sulphate}}. Fully recovered. {{GP}}
        ([[organisation:Ashgrove Medical Practice]]) informed.
    """)),
    ("health", "incident", block("""
        Hi [[name:Joanne]],

        Sorry to bring this one - a {{discharge summary}} for one of our mums went to the wrong {{GP}}
        practice yesterday. It was sent to [[organisation:Riverside Surgery]] but she is registered
        with [[organisation:Riverside Health Centre]]. The summary included her {{mental health}} history and
        NHS no [[nhs_number:9014176546]]. [[organisation:Riverside Surgery]] rang to tell us and have deleted it.
        I've raised it on {{Datix}} and the {{Caldicott Guardian}} is aware.

        [[name:Parveen Akhtar]]
        {{Maternity Ward Clerk}}
        [[email:parveen.akhtar3@nhs.net]]  ext [[phone:4471]]
    """)),
    # ------------------------------------------------------------------ aviation (16)
    ("aviation", "incident", prose("""
        [[flight_number:EZY42KP]] ({{A320}}) was cleared to descend to FL120 but read back FL110. The
        readback error was not detected by the {{Sector 6}} {{controller}} who was also working a
        {{coordination call}} with {{Swanwick Mil}}. Aircraft descended through FL120 and was stopped at
        FL114 after {{Mode S}} {{selected level}} alert. Closest point with traffic below was 4.2nm/600ft.
        {{MOR}} [[case_reference:MOR 2024/0781]] filed. The controller has been supported and taken off
        position for the rest of the shift.
    """)),
    ("aviation", "near_miss", block("""
        AIRPROX REPORT - summary
        Date: [[date:16 May 2024]]   Time: 10:52Z
        Aircraft 1: [[flight_number:BAW1457]], {{Embraer 190}}, climbing FL70
        Aircraft 2: military {{Typhoon}}, callsign [[flight_number:TIFFY 21]], exiting {{D323}}
        Min separation reported: 1.1nm / 300ft
        Notes: the {{danger area}} deactivation was passed by phone but the time wasn't updated
        on the {{EFPS}} strip. Military controller Flt Lt [[name:Harrington]] called the traffic late.
        {{STCA}} activated. {{TCAS}} TA only. {{UKAB}} assessment requested.
    """)),
    ("aviation", "success", prose("""
        shout out for [[name:Kiran]] on {{Tay sector}} [[date:Wed 10th]] - spotted on {{MTCD}} that
        [[flight_number:LOG63D]] and [[flight_number:RYR7TQ]] had both been given FL160 by different sectors,
        sorted it with one {{phone call}} 8 mins before any conflict. no {{STCA}}, no drama. nice one,
        and thanks to the {{planner}} for picking up straight away
    """)),
    ("aviation", "incident", block("""
        ASR - Air Safety Report
        Ref: [[case_reference:ASR-6219]]
        Date: [[date:03-Oct-2023]]
        Position: {{TC North}} / {{Radar}}
        Callsigns: [[flight_number:EXS34Y]] and [[flight_number:EXS43Y]]
        Narrative: Two similar callsigns on frequency. A climb to FL200 meant for [[flight_number:EXS43Y]]
        was taken by [[flight_number:EXS34Y]]. {{Callsign confusion}} warning had not been given. Controller
        noticed the {{Mode S}} SFL change and issued stop-climb at FL160. No loss of separation.
        Action: {{Callsign similarity}} report sent to operator; reminder on {{CSW}} procedures.
        Reporter: [[name:A. Kaczmarek]]
    """)),
    ("aviation", "near_miss", block("""
        Chronology - loss of comms, [[aircraft_registration:G-OBNK]] ({{PA-28}})
        1412  {{squawk}} 7600 observed, no response on 124.830
        1414  {{blind transmission}}, {{Distress and Diversion}} informed
        1416  tried via relay from [[flight_number:LOG4AB]], nil reply
        1420  aircraft tracking towards {{CTA}} base 2500ft
        1423  adjacent traffic turned 30 degrees right as precaution
        1431  pilot regains comms via mobile [[phone:07700 900 155]] passed by the FIS unit
        1434  [[aircraft_registration:G-OBNK]] on frequency, faulty headset jack
        Learning: good use of D&D; 10 minutes before traffic was given avoiding action - could be quicker
    """)),
    ("aviation", "success", block("""
        From: Sqn Ldr [[name:Bronagh Devlin]]
        Sent: [[date:26 March 2024]] 09:14
        To: Watch Manager, Ops Room
        Subject: Thanks - Exercise support

        Morning,
        On behalf of the {{Military Liaison}} cell, thanks to Watch 3 for support during the
        {{QRA}} scramble last Thursday. The {{civil controllers}} cleared the {{TSA}} within 4 minutes and
        coordinated the {{tanker}} track without a single delay to the airlines. Special mention to
        [[name:Gareth Powell]] on the {{supervisor}} desk.

        Regards
        [[name:Bronagh]]
        {{SO2 Airspace}}, [[organisation:RAF Lossiemouth]]
        [[email:bronagh.devlin100@mod.gov.uk]] | [[phone:+44 1343 555 012]]
    """)),
    ("aviation", "incident", prose("""
        {{TCAS RA}} - [[flight_number:TOM2KL]] descending on the {{STAR}} received a "descend descend"
        RA against a {{GA}} aircraft squawking 7000 that had climbed into {{Class D}} without a
        clearance. The GA aircraft, later identified as [[aircraft_registration:G-CDLX]], was not talking
        to anyone. Crew followed the RA correctly. Infringement passed to the {{CAA}}. Controller
        [[name:Oluwaseun]] gave good traffic information once the primary return appeared.
        Ref [[case_reference:MOR 2023/1147]].
    """)),
    ("aviation", "near_miss", prose("""
        At the 1400 handover on {{Sector 9}} the outgoing controller [[name:Fiona McLeod]] did not mention
        that [[flight_number:SHT8X]] had been given a {{direct routing}} that was not yet coordinated with
        the next sector. The {{handover checklist}} was completed but the item was missed under
        "non-standard". The incoming controller [[name:Tomasz Nowak]] found it 3 minutes later when the
        {{silent coordination}} did not happen. No conflict. Learning: {{position handover}} checklist to
        add "any direct routings outstanding".
    """)),
    ("aviation", "success", block("""
        DEBRIEF NOTES - {{PAN}} diversion, [[date:8 Dec]]
        Aircraft: [[aircraft_registration:EI-FMJ]], {{ATR 72}}, [[flight_number:EIN3621]]
        What happened: smoke in cabin reported at FL170. Crew declared {{MAYDAY}}, later downgraded.
        Went well:
        - controller [[name:Summer Hayes]] gave {{direct to}} and descent immediately, no questions
        - {{supervisor}} split the sector within 2 minutes
        - airport {{RFFS}} on standby before the aircraft was on {{ILS}}
        - landed 11 minutes after first call; operator ops desk rang on [[phone:+353 1 555 0147]]
        Even better if: {{ATIS}} not updated for 20 mins after
    """)),
    ("aviation", "incident", prose("""
        Infringement of the {{CTR}} by [[aircraft_registration:G-BSVA]] ({{Cessna 152}}) at 1532 local. The
        pilot had {{SkyDemon}} running but had set the wrong altimeter pressure. Two arrivals were
        vectored away and one ({{B738}}) went round. Pilot, Mr [[name:Declan Rooney]], phoned the watch
        afterwards and was very apologetic. Report to the {{CAA}} and letter sent to his flying club
        ([[organisation:Sherburn Aero Club]]).
    """)),
    ("aviation", "near_miss", block("""
        [Teams - Ops room watch chat]
        [[name:Jas Dhillon]] 21:03  anyone just put [[flight_number:UAE15]] onto 132.6? hes not called me
        [[name:Mo]] 21:04  yes me, sorry, meant 136.2, called him back now
        [[name:Jas Dhillon]] 21:04  no worries, saw him come up on the {{CPDLC}} anyway
        [[name:Mo]] 21:05  {{frequency}} numbers too similar, think its the third time this month
        Supervisor 21:07  log it please, I'll raise {{ops bulletin}} and ask for a {{frequency change}} on the {{radio}} panel labels
    """)),
    ("aviation", "success", prose("""
        Well done night watch [[date:Sat 2nd]]. Three down with sickness but {{supervisor}}
        [[name:Ewa Sobczak]] used {{flow control}} early and {{sector bandboxing}}, kept the {{break}} rota,
        nobody over 2 hrs on position, zero {{delays}}. {{just culture}} in action.
    """)),
    ("aviation", "incident", block("""
        OCCURRENCE: {{drone}} sighting on final approach
        Date: [[date:13/07/24]]   Time: 1846 local
        Reported by: crew of [[flight_number:BEE7RX]] ({{Dash 8}})
        Details: drone at approx 1200ft, 2nm final {{runway 26}}, passed within 100m left of the aircraft.
        Also on frequency: [[aircraft_registration:N512GX]] ({{Gulfstream}}), holding.
        Following traffic [[flight_number:RYR93FX]] advised and elected to {{go around}}.
        Police informed, ref [[case_reference:GMP-13072024-1655]]. Runway closed 22 mins.
        {{NOTAM}} not required.
        Controller [[name:Dan]] handled it well, second go around kept outside 10 nm.
    """)),
    ("aviation", "near_miss", block("""
        TECH LOG EXTRACT - {{FDP}} / radar display
        [[date:29/01]] 0310Z  {{track label}} data frozen on {{Sector 12}} display for ~90 sec
        0311Z  controller [[name:R. Okoye]] reverted to {{flight strips}} and voice, informed supervisor
        0312Z  engineering called, ext [[phone:3302]], tech [[name:Hamish Grant]]
        0313Z  labels restored after {{server failover}}
        Impact: nil, low traffic (4 a/c). Had it been 1500Z it could have been serious.
        Engineering ref [[case_reference:ENG-INC-20488]].
    """)),
    ("aviation", "success", prose("""
        The {{military liaison}} desk and the civil {{Sector 4}} team did a great job with a {{MEDEVAC}}
        flight on [[date:Friday 12 April]]. The {{Chinook}} was coming out of the {{Salisbury Plain}} area
        with a casualty and needed a direct route to hospital through busy airspace. Coordination with
        the {{LARS}} unit was quick and clear, and {{Flt Lt}} [[name:Abdul-Rahman]] on the mil desk kept everyone updated.
        Casualty arrived 18 minutes earlier than planned.
    """)),
    ("aviation", "incident", prose("""
        Summary for the {{safety bulletin}}, shared with the controller's agreement. On the morning of
        [[date:9 March]] a controller on {{Sector 3}} cleared an aircraft to a level that was already
        occupied. The error was caught by {{STCA}} and a quick re-clearance; minimum separation was
        2.6nm/700ft. It happened in the last hour of a 0500 finish on her fourth {{night shift}} in a row.
        Nobody broke any rules. The investigation found that the roster had been swapped twice in the
        week before, so she had gone from a two-day {{training course}} straight onto nights with only one
        {{day off}} in between, and that day off was spent travelling home. The {{fatigue risk management
        system}} and the {{SRATCOH}} limits were met on paper, because each swap was checked on its own,
        but nobody looked at the whole fortnight. She said afterwards that she had felt "heavy" from about
        3am but did not want to ask for a longer break because the watch was already short. Actions:
        roster swaps to be approved against the full 14 days, and supervisors to ask about tiredness at
        the 0300 break, not just at the start of the shift.
    """)),
]


def main() -> None:
    write_records(OUT, build_records("heldout-blind148", REPORTS))


if __name__ == "__main__":
    main()
