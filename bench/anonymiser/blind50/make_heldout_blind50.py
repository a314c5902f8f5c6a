"""Held-out blind corpus 50: county lines in the North, maternity sepsis, MAN/LBA turnarounds.

Setting: Northern England. Child criminal exploitation and county lines work in West Yorkshire,
Greater Manchester, Lancashire and South Yorkshire (nicknames, street names, Snapchat and
Instagram handles, burner and deal-line numbers, NRM referrals, police intelligence logs); acute
trust maternity and sepsis incidents; regional airline dispatch and turnaround incidents at
Manchester and Leeds Bradford (dispatcher logs, load control, crew lists, flight and tail numbers).
Voice: social workers, YJS and school staff, foster carers, police analysts, midwives, ED and
ward doctors, dispatchers, load controllers, ramp leads and flight crew, typing fast in logs,
chat exports, forwarded e-mails, copied form fields, minutes and plain narrative.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from markup import block, build_records, write_records  # noqa: E402
from markup import flow as prose  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "corpus" / "heldout_blind50.jsonl"

REPORTS = [
    # 1
    ("social_care", "incident", prose("""
        Strategy discussion held [[date:14/03/24]] re [[name:Tyler-James Whitworth]] (DOB
        [[date_of_birth:02.11.2008]]), CIN case [[case_reference:KMC-CS-0048821]]. [[name:TJ]]
        was found by [[organisation:West Yorkshire Police]] in a flat on [[address:Fitzwilliam St,
        Huddersfield]] at approx 0340 with 14 wraps and £320 cash. Also present an adult male known
        as "[[name:Reeko]]" (believed to be [[name:Ricardo Blake]], [[age:24]]) and a younger lad who
        gave the name "[[name:Lil P]]". [[name:TJ]]'s own handset was seized; a second phone, a
        cheap {{Nokia}} burner, rang repeatedly from [[phone:07700 900417]] while officers were on
        scene. Crime ref [[case_reference:13240118873]]. {{Duty social worker}} [[name:Farzana
        Akhtar]] attended custody because the {{appropriate adult}} scheme could not send anyone
        before 8am. Agreed: {{NRM}} referral to be submitted by [[name:Farzana]] today, {{Section
        45}} defence to be flagged to the {{CPS}}, and [[name:TJ]] not to return to
        [[organisation:Ashgrove Children's Home]] tonight as [[name:Reeko]] knows the address.
        Learning: five hours passed between arrest and anyone telling {{EDT}}.
    """)),
    # 2
    ("social_care", "incident", block("""
        [[organisation:GMP]] INTEL LOG - extract for {{MACE}} panel
        Ref [[case_reference:INT-24-0077412]] | graded {{B/2/P}} under {{3x5x2}}

        [[date:02/05/2024]] 2215  Subj 1 [[name:KAMARA, Ibrahim]] ("[[name:Ibz]]", [[age:16]]) seen getting into silver {{Audi A3}} [[vehicle_registration:MA19 KXF]] on [[address:Lees Rd, Oldham]].
        [[date:03/05/2024]] 0110  Same VRM ANPR hit M62 J22 eastbound.
        [[date:03/05/2024]] 1630  Snap acct "[[name:ibz.tuff_ol8]]" posting cash + blades. Linked acct "[[name:realgz_deano]]" believed [[name:Dean Rowbotham]] ([[age:19]]), [[address:14 Whetstone Hill Rd]], [[postcode:OL1 4NW]].
        [[date:04/05/2024]] 0905  Deal line [[phone:07700 900 683]] bulk text "bits n bats ready 24/7 ting". Handset cell-sited to Halifax.
        [[date:04/05/2024]] 1200  Subj 1 reported missing by carer, [[case_reference:MFH/OL/24/3318]].

        Officer: DC [[name:Sian Pritchard]], [[organisation:Oldham Challenger Team]]
        [[email:sian.pritchard@gmp.example.police.uk]]
    """)),
    # 3
    ("social_care", "near_miss", block("""
        From: [[name:Helen Garside]] (DSL) <[[email:h.garside@beckfield.example.sch.uk]]>
        Sent: [[date:Tue 21 May 2024]] 16:02
        To: [[name:Owen Metcalfe]]
        Subject: RE: [[name:kacper]] - snapchat

        hi [[name:owen]],
        quick one before i forget - [[name:kacper]] ([[name:Kacper Wiśniewski]], yr 10) showed a TA a snap from "[[name:str8drop.leeds]]" offering £150 to "do a run to Scarbs". says its his cousins mate. he's also been ringing a number saved as "Uncle [[name:B]]" ([[phone:+44 7700 900 215]]).
        I nearly didn't send this because [[name:kacper]]s mum [[name:Agnieszka]] told us on friday it was all sorted and she'd taken his phone. can you log it against [[case_reference:LCC-EH-229014]]? he's in school tomorrow periods 1-4 if you want to see him.
        thanks
        [[name:Helen]]
        [[organisation:Beckfield Academy]] | [[phone:0113 496 0552]] ext 214
    """)),
    # 4
    ("social_care", "success", prose("""
        Really positive outcome for [[name:Alexander Mensah-Boateng]] this week. The {{Single
        Competent Authority}} returned a positive {{Conclusive Grounds}} decision on [[date:9th
        July]], ref [[case_reference:NRM-2023-118-4471]]. [[name:Xander]] (he hates
        '[[name:Alexander]]', only his nan calls him that) had been charged with {{PWITS}} after
        being stopped at Leeds station with 28 wraps of {{crack cocaine}} in his sock. Once the
        decision landed his solicitor, Ms [[name:Oyelaran]], made {{Section 45}} representations and
        the {{CPS}} discontinued on [[date:23/07/23]]. Big credit to [[name:Alex]]'s YJS worker
        [[name:Gethin Rhys-Morgan]], who kept pushing for the {{NRM}} after the first referral
        bounced back for missing information, and to the boxing coach at [[organisation:Hunslet
        Hawks ABC]] who wrote a character letter. [[name:Xander]] now trains there four nights a
        week. Learning for the team: write the referral as if the decision maker has never met a
        child like him.
    """)),
    # 5
    ("social_care", "near_miss", block("""
        {{MACE}} PANEL - minutes (draft v2)  [[date:06.06.2024]]
        Present:
        [[name:Nadia Hussain]] (Chair, Service Manager)
        DS [[name:Carl Fenwick]], [[organisation:West Yorkshire Police]] Exploitation Team
        [[name:Bev O'Rourke]], [[organisation:Bradford Youth Service]]
        Dr [[name:Imran Qureshi]], Designated Doctor
        [[name:Jo Pickles]], YJS
        [[name:Mohammed Shafiq]], [[organisation:Thornton Grange School]]
        Apologies: [[name:Faith Adeyemi]] (Health), [[name:Grace]] ({{Barnardo's}})

        1. [[name:ZA]] ([[case_reference:BDC-1190327]]) - still linked to "[[name:Cheddar]]" line into Skipton. Screening tool not updated since March, agreed it nearly went to the wrong risk tier. [[name:CF]] to re-run intel check.
        2. [[name:Mikey Dunn]] ([[age:14]]) - high risk, found with [[name:Cheddar]]'s sim. Action [[name:NH]] to chase {{CAWN}} request.
        3. AOB - [[name:Jo]] flagged that school and YJS hold different mobile numbers for [[name:ZA]]; correct one is [[phone:07700 900 164]].
        Next panel [[date:04/07/2024]]
    """)),
    # 6
    ("social_care", "incident", block("""
        [[[date:12/04/2024]], 22:14] [[name:Shannon Kirk]]: u seen [[name:jayden]]s mum rang EDT? says hes not come home and some1 called "[[name:Snoop]]" keeps ringing the landline
        [[[date:12/04/2024]], 22:16] [[name:Ryan T]]: ffs. which [[name:jayden]], [[name:Jayden Lomas]] or [[name:Jaydon Barker]]??
        [[[date:12/04/2024]], 22:16] [[name:Shannon Kirk]]: [[name:lomas]]. [[address:27 Cavendish Rd, Rochdale]]
        [[[date:12/04/2024]], 22:19] [[name:Ryan T]]: hes on the list for [[name:Snoop]]. ring 101 and get a log no, ill ring mum back on [[phone:01706 496 233]]
        [[[date:12/04/2024]], 23:02] [[name:Shannon Kirk]]: log is [[case_reference:GMP-120424-2871]]
        [[[date:13/04/2024]], 07:45] [[name:Ryan T]]: found in Burnley 6am, cut to hand. [[name:Shan]] we sent his photo to the wrong police force last nite, [[organisation:Lancashire Constabulary]] had the [[name:Barker]] lad's pic
        [[[date:13/04/2024]], 07:46] [[name:Shannon Kirk]]: oh god. datix it
    """)),
    # 7
    ("social_care", "near_miss", prose("""
        Return home interview completed [[date:Sat 18/05]] with [[name:Dami]]
        ([[name:Oluwadamilare Adebayo]], [[age:14]]) at [[organisation:Hulme Youth Hub]]. He said he'd
        been "out in Blackburn" for two nights with "[[name:Tizzy]]" and "[[name:Lil Slim]]" and that
        a man called "[[name:Mo Bills]]" drove them there in a white van, [[vehicle_registration:YT68
        HWK]]. He showed me the Insta page [[name:@moss.bills_ent]] on his phone and said everyone
        in his year follows it. Near miss: I wrote all of this in my notebook but the RHI form on
        {{Liquidlogic}} timed out and I nearly lost it. I only noticed on Monday, re-entered it and
        rang it through to [[organisation:Manchester Complex Safeguarding Hub]] on [[phone:0161 496
        0880]]. {{Mum}} ([[name:Funmi]]) was told the same afternoon. If I hadn't checked, the van
        reg would have sat in my bag over a weekend when [[name:Dami]] went missing again.
    """)),
    # 8
    ("social_care", "incident", block("""
        --- copied from {{Liquidlogic}} contact record ---
        Child: [[name:DARIUSZ KOWALCZYK]]   DOB: [[date_of_birth:17/09/2009]]   Age: [[age:14]]
        NHS No: [[nhs_number:745 375 1853]]
        Address: [[address:Flat 6, Brunswick Court, Ferrybridge Rd, Castleford]] [[postcode:WF10 4JQ]]
        Parent/carer: [[name:Ewa Kowalczyk]] (mother) [[phone:+48 512 334 908]] / [[phone:07700900731]]
        School: [[organisation:Castleford Riverside Academy]]
        Referrer: PC [[name:Hollie Dransfield]], [[organisation:North Yorkshire Police]]
        Reason: [[name:Dariusz]] arrested [[date:29/02/24]] in Scarborough with 11 wraps, crime [[case_reference:NY-24-0031227]]. States "[[name:Kuba]]" from Wakefield gave him train fare.
        Outcome: NFA - advice given (by [[name:AM]])
        ---
        Comment added [[date:04/03/24]]: this should never have been NFA. Reopened as [[case_reference:WKF-C-558102]], strategy held, {{NRM}} submitted. [[name:AM]] was a first-week agency worker with no {{CCE}} training.
    """)),
    # 9
    ("social_care", "success", prose("""
        Good news story for the newsletter (anonymise before it goes out!!). After three months of
        [[name:Kayleigh]] going missing from [[address:Elm Tree Farm, Ossett]], a {{CAWN}} was
        served on [[name:Dwayne Clarke]] aka "[[name:D-Money]]" ([[age:31]]) by PC [[name:Amber
        Lightfoot]] on [[date:11 October]]. He has not contacted her since and her {{Snapchat}} shows
        nothing further from "[[name:dmoney_wkd]]". [[name:Kayleigh]] has attended
        [[organisation:Horbury Academy]] every day for five weeks and the panel has moved her from red
        to {{amber}}. What made the difference was one consistent pair of adults: [[name:Amber]] and
        her social worker [[name:Ngozi]] did joint visits every Wednesday and never cancelled.
    """)),
    # 10
    ("social_care", "near_miss", block("""
        Subject: Fwd: worried about R
        From: [[name:Precious Nwosu]] <[[email:p.nwosu@bury.example.gov.uk]]>
        Date: [[date:Mon 9 Sep 2024]] 09:12

        Forwarding for info - this sat in my inbox all weekend because I was on leave and my OOO didn't redirect to duty. Logging as a near miss.
        [[name:P]]

        ---------- Forwarded message ---------
        From: [[name:Sue]] & [[name:Bill Haworth]] <[[email:haworths.fostering@btinternet.example]]>
        Date: [[date:Fri, 6 Sept 2024]] at 23:48

        Hi [[name:Precious]], [[name:Reuben]] came in at 11 with a brand new {{Trapstar}} jacket and £60 and a second phone. It kept lighting up with "[[name:Big Man Fez]]" [[phone:07700 900 471]]. [[name:Bill]] took a photo of the screen. Rang EDT but they said to email you. He's asleep now.
        [[name:Sue]] x
    """)),
    # 11
    ("social_care", "incident", prose("""
        Two brothers, [[name:Marek]] ([[age:13]]) and [[name:Tomáš Horváth]] ([[age:15]]), were
        stopped by [[organisation:South Yorkshire Police]] on [[date:Friday 8 March]] on
        [[address:Robey Street]] carrying a bag for an older man the boys call "[[name:Gabo]]", who
        drives a grey {{Skoda Octavia}} [[vehicle_registration:YD17 RZU]]. At the home visit
        {{Dad}} ([[name:Ladislav]]) spoke Slovak and some Romani; no interpreter was booked so the
        eldest sister [[name:Denisa]] ([[age:17]]) interpreted, including questions about whether her
        brothers had been paid. [[name:Tomas]] later told his teacher he "said nothing true because
        [[name:Denisa]] goes out with [[name:Gabo]]s cousin". Referral went to {{MASH}} on
        [[phone:0114 496 0375]] three days late. Learning: never use family members to interpret in
        {{CCE}} enquiries, and {{Roma}} families are not a single language group.
    """)),
    # 12
    ("social_care", "incident", block("""
        MISSING EPISODE - [[name:Leon Ashworth-Grant]]  [[case_reference:MP-LAN-24-00913]]
        [[date:Sun 14 Jan]]
        19:05 left [[organisation:Birchwood House]] (res) saying going to the shop
        21:00 not returned. Staff ([[name:Dawn]]) rang his mobile [[phone:07700 900 318]] - off
        22:10 reported missing to [[organisation:Lancashire Constabulary]], log [[case_reference:LC-20240114-1388]]
        [[date:Mon 15 Jan]]
        03:40 {{BTP}} found [[name:Leon]] at Preston station with £400, two handsets, and tickets to Barrow bought by "[[name:Kane]]"
        09:15 collected by [[name:Jack Oduya]] (night staff). RHI offered, declined.
        Issue: [[name:Dawn]] was lone working with three other young people in and could not leave the building; two hour delay before reporting. Manager on call ([[name:Chris]]) did not answer [[phone:07700 900 902]].
    """)),
    # 13
    ("social_care", "success", prose("""
        [[name:Bridget McDonagh]] ([[age:16]]) lives with her nan on the [[address:Cranberry Lane
        site, Darwen]]. Over the summer she was taken to Blackpool several times by an older lad,
        "[[name:Paddy J]]", to hold gear in a flat off [[address:Central Drive]]. Her nan, Mrs
        [[name:Winnie McDonagh]], had a long history of mistrust of the council after her own
        children were removed, and had twice sent workers away. What worked: [[name:Siobhán]] from
        [[organisation:Lancs Gypsy & Traveller Link]] met them on the site for six weeks, never in an
        office, and only brought the social worker once [[name:Winnie]] asked for her. [[name:Bridget]]
        disclosed on [[date:2nd Feb]], a {{Reasonable Grounds}} decision came back within the week
        and she has not been back to Blackpool since. Lesson: {{Gypsy, Roma and Traveller}}
        families are not "hard to reach", we were hard to reach.
    """)),
    # 14
    ("social_care", "incident", block("""
        Transcript - handset seized [[date:21/11/2023]], exhibit [[case_reference:JRB/07]]

        [[name:Shotz]] ([[phone:07700 900561]]): oi [[name:kb]] where u at
        [[name:kb]]: hyde park bruv
        [[name:Shotz]]: go [[name:Ellis]] yard get the ting n bring it to the car
        [[name:kb]]: [[name:ellis]] aint there his mum kicked him out
        [[name:Shotz]]: then u do the drop urself or ur in debt
        [[name:kb]]: ok

        Incident note ([[name:M. Lindqvist]], team manager): this transcript was attached in full to the {{child protection conference}} report for [[name:Kieran Bolt]] and circulated to both parents on [[date:28/11/2023]]. It names a second child, [[name:Ellis]], and the handle [[name:Shotz]]. [[name:Kieran]]s dad has links to [[name:Shotz]]. Report recalled, {{ICO}} breach assessment done.
    """)),
    # 15
    ("social_care", "near_miss", prose("""
        [[name:Nguyễn Văn Minh]] says he is [[age:15]]; he was found by [[organisation:GMP]] in a
        cannabis grow in the loft of [[address:22 Tonge Moor Road, Bolton]] [[postcode:BL2 2DL]] on
        [[date:3 April]]. He calls the man who brought him from London "[[name:anh Tuấn]]" and says he
        owes £14,000. Near miss: the on-call YJS officer arrived at custody to do a pre-interview
        chat in English and had not considered an interpreter; the {{FME}} and custody sergeant both
        assumed [[name:Minh]] was an adult. Solicitor [[name:Rachel Ainscough]] stopped the interview
        and insisted on an interpreter through {{Language Line}}; [[name:Minh]] then described being
        locked in with no way out. {{NRM}} referral submitted [[date:04/04]], ref
        [[case_reference:NRM-24-GM-06618]], and he was placed with specialist foster carers rather
        than in supported lodgings where two other Vietnamese boys had gone missing.
    """)),
    # 16
    ("social_care", "success", prose("""
        Small win worth sharing. [[name:Chase]] ([[age:13]]) was being picked up at the school gate
        by older lads on e-scooters and given new trainers. Learning mentor [[name:Sunny Bains]] at
        [[organisation:Brigshaw Park High]] noticed, spoke to mum the same day and rang us on
        [[phone:0113 496 0941]]. We held a {{contextual safeguarding}} meeting about the gate itself
        rather than just about [[name:Chase]]: staff now do a sunny-day and rainy-day rota on the
        gate, the council moved a bus stop, and [[organisation:Castleford Tigers Foundation]] runs an
        after-school session until 5pm. [[name:Sunny]] checks in with [[name:Chase]] every morning.
        No sightings of the scooter group since half term and his attendance is 96%. Please chase up
        the bus stop change with highways if you have the same issue at your school.
    """)),
    # 17
    ("social_care", "incident", block("""
        EDT HANDOVER  [[date:Sat 27/04/24]] -> Calderdale day team
        1) [[name:Ayomide Bello]] [[case_reference:CS/331907]] - picked up by [[organisation:West Yorkshire Police]] in Todmorden 01:30 in a car reg [[vehicle_registration:HX21 OPB]] with two adults from Liverpool. Taken to [[organisation:Calderdale Royal]] {{A&E}} with a facial cut. Discharged 05:00 to foster carer Mrs [[name:Sadiq]].
        2) [[name:AB]] states "[[name:Scouse Rob]]" took his phone. Foster carer says new number is [[phone:+447700900277]].
        3) ISSUE: EDT could not open [[name:Ayomide]]s chronology - system says "restricted". Nobody on call had access, so the {{strategy discussion}} was delayed until 10:00. Please fix permissions.
        [[name:Lorna]] (EDT SW) [[phone:01422 496 010]]
    """)),
    # 18
    ("social_care", "near_miss", prose("""
        Supervision [[date:17.10.23]], [[name:KW]] with [[name:JB]]. Case: [[name:R.O.]] ([[name:Rhys
        Owens]], [[age:15]]), [[case_reference:WAK-77120]]. [[name:KW]] mentioned, almost in passing,
        that [[name:Rhys]]'s aunt [[name:Carys]] rang her on [[date:8 October]] from
        [[phone:07700 900 826]] to say [[name:Rhys]] owed "[[name:T-Bone]]" £600 after a parcel was
        "robbed" and was scared to leave the house. The call was not recorded on the system for nine
        days because [[name:KW]] thought it was "just family gossip". [[name:JB]] treated it as a
        debt bondage indicator and a {{strategy discussion}} was held the next morning; police
        linked "[[name:T-Bone]]" to a line running out of Wakefield. No harm came to [[name:Rhys]] in
        the gap, but it could easily have. Agreed: third-party calls about {{CCE}} go on the same day,
        gossip or not, and [[name:KW]] to attend the {{county lines}} awareness session.
    """)),
    # 19
    ("social_care", "incident", prose("""
        [[name:Keanu Simpson-Reid]], [[age:16yo]], was brought to {{ED}} at [[organisation:Leeds
        General Infirmary]] at 0210 on [[date:30/06/24]] with a stab wound to the left thigh. The
        friends who dropped him off left before security could get details; one was called
        "[[name:Blessed]]" and another had "[[name:@kea.nu_ls11]]" on his hoodie, which turned out
        to be [[name:Keanu]]'s own Instagram. Hospital no. [[case_reference:LTH 4418827]]. No
        safeguarding referral was made for 36 hours: the {{ED}} nurse assumed police would refer, the
        attending officer assumed the hospital had. {{Mum}} ([[name:Charmaine Reid]],
        [[phone:07700 900 755]]) was not told he was in hospital until he rang her himself. By then
        [[name:Keanu]] had self-discharged and was missing again. Learning: the {{ED}} safeguarding
        checklist now has a named person who makes the {{MASH}} call before the end of the shift.
    """)),
    # 20
    ("social_care", "success", block("""
        REFERRAL - [[organisation:Safe Streets Kirklees]] ({{CCE}} mentoring)
        Referrer: [[name:Dawid Nowicki]], Early Help | [[email:dawid.nowicki@kirklees.example.gov.uk]] | [[phone:01484 496 772]]
        Young person: [[name:Frankie Sugden]]   DOB [[date_of_birth:05/01/2010]]
        Address: [[address:3 Moorbottom Lane, Dewsbury]] [[postcode:WF12 9SQ]]
        Known as: "[[name:Sugs]]"
        Concerns: carrying for older boys, new phone, missing from [[organisation:Westborough High]] afternoons.
        Consent: yes (mum, [[name:Lisa]])

        UPDATE [[date:14/02/2025]] ([[name:DN]]): [[name:Frankie]] completed 12 sessions with mentor [[name:Mark Ibbotson]] (ex-offender, lived experience). Attendance up from 61% to 93%, no missing episodes since [[date:November 3rd]]. [[name:Frankie]] told [[name:Mark]] the names of two other lads being groomed and they have now been referred too. Closing to mentoring with a step-down to {{Early Help}}.
    """)),
    # 21
    ("health", "incident", prose("""
        [[name:Hope Adeyinka]] ([[age:31]]), para 2, delivered at 23:50 on [[date:12/08/24]] in
        [[organisation:Brontë Birth Centre]]. Estimated blood loss was written as 600ml but weighed
        loss was 1.8L. The midwife, [[name:Kirsty]], escalated to the {{registrar}}, Dr
        [[name:Sithole]], at 00:40 but he was in theatre and the bleep went unanswered; {{MEOWS}}
        showed two reds by 01:00. [[name:Hope]] went to theatre at 01:35, received four units and was
        admitted to {{HDU}}. Hospital no [[case_reference:D1048826]]. Learning: the midwife should
        put out a {{major obstetric haemorrhage}} call herself rather than waiting for a single
        doctor, and we now weigh every {{PPH}} from the start. We hope the new {{quantitative blood
        loss}} trolleys help.
    """)),
    # 22
    ("health", "near_miss", block("""
        Incident ref: [[case_reference:W245517]]        Reported: [[date:03/09/2024]] 14:20
        Location: [[organisation:Rowan Ward]], [[organisation:Airedale General]]
        Patient: [[name:Sadia Begum]]  NHS [[nhs_number:3812515539]]  MRN [[case_reference:RAE0394418]]  DOB [[date_of_birth:22/04/1996]]
        Category: Medication - prevented
        Description: IV {{co-amoxiclav}} drawn up for Mrs [[name:Begum]] for suspected {{chorioamnionitis}}. She has a documented {{penicillin}} allergy (rash + lip swelling 2019) on the front of the paper notes but the red wristband had not been put on after transfer from delivery suite. Second checker RM [[name:Anita Kaur]] asked the patient directly before connecting the line and stopped it. {{Clindamycin}} given instead.
        Harm: none
        Reporter: [[name:Lucy Whiteley]] <[[email:lucy.whiteley4@nhs.net]]>
    """)),
    # 23
    ("health", "incident", prose("""
        Baby boy of [[name:Rania Al-Hashimi]], born [[date_of_birth:07/11/2023]] at
        [[organisation:St Mary's Hospital]], MRN [[case_reference:MR-NB-2231904]]. Mother's
        {{Group B Strep}} positive vaginal swab, taken by [[organisation:Cheetham Hill Medical
        Centre]], was on {{ICE}} but never made it onto the maternity record, so no
        {{intrapartum antibiotics}} were given. At [[age:18 hours old]] the baby was grunting and
        mottled; dad [[name:Omar]] asked twice for a doctor and was told it was normal. The
        {{Kaiser sepsis calculator}} was not used. Baby went to {{NICU}} at 30 hours with
        {{early-onset sepsis}}, was ventilated for two days and is now home. [[name:Omar]] said
        afterwards that [[name:Rania]] "told them about the strep in Arabic and nobody listened".
        Learning: results from primary care need a hard stop in the booking record, and
        interpreters for every review, not just booking.
    """)),
    # 24
    ("health", "success", prose("""
        Night of [[date:2/2/24]]: FY1 Dr. [[name:Ng]] was called to bay 3 on [[organisation:Aire
        Ward]] by HCA [[name:Blessing Okoro]], who noticed that Mr [[name:Stanisław Zieliński]]
        ([[age:67]]) was "not himself" and had not passed urine since lunch. {{NEWS2}} was 7. Dr
        [[name:Ng]] started the {{Sepsis Six}}: cultures, lactate (4.1), IV {{Tazocin}} and fluids
        were all in within 38 minutes, and the outreach nurse [[name:Marek Dudek]] was at the bed in
        ten. His daughter [[name:Marta]] had rung the ward at 21:00 to say he sounded muddled on the
        phone, and [[name:Blessing]] had written that down. Source turned out to be a
        pyelonephritis; no {{ICU}} admission needed. Thanks to everyone, and especially for
        listening to family.
    """)),
    # 25
    ("health", "incident", block("""
        SBAR  labour ward -> theatre recovery   [[date:18/03/2024]] 07:55
        S: [[name:Kerry-Ann Bottomley]] [[age:24yrs]], NHS [[nhs_number:315 996 1192]], em {{LSCS}} 03:00 {{Cat 2}} for fetal distress
        B: SROM 40+ hrs before, temp 38.4 at 05:00 - told Dr [[name:Ahmadi]], no plan documented
        A: {{MEOWS}} 2 reds, HR 128, RR 24, lactate not done
        R: pls review, ?sepsis
        handed over by [[name:jb]]

        Incident summary: [[name:Kery-Ann]] (name misspelt on theatre board, so initially not matched to the notes) was not reviewed until recovery nurse [[name:Olu]] escalated at 08:30. {{Sepsis Six}} started 08:40, over 3.5 hours after the first temperature. Transferred to {{ICU}}. Cultures grew {{E. coli}}.
    """)),
    # 26
    ("health", "near_miss", prose("""
        [[name:Katarzyna Nowak]] ([[age:29]]), first baby, Polish speaking, was on continuous
        {{CTG}} in room 6 of delivery suite on the night of [[date:21 June]]. Her midwife,
        [[name:Gemma]], was covering two rooms and the hourly {{fresh eyes}} review was skipped twice.
        Coordinator [[name:Bernie Walsh]] walked in to ask about a bed and saw reduced variability
        with late decelerations. [[name:Kasia]] (as she asked to be called) had been trying to say
        she felt unwell, with her husband [[name:Piotr]] using {{Google Translate}} on his phone. A
        {{Language Line}} interpreter (ID [[case_reference:LL-883104]]) was brought in, she was
        found to be pyrexial, and a {{Category 1 section}} followed. {{Apgar}} scores 6 and 9; baby
        went to the ward with mum. Learning: {{fresh eyes}} cannot depend on the coordinator
        happening to walk past.
    """)),
    # 27
    ("health", "incident", prose("""
        Community midwife [[name:Rose Tetteh]] visited [[name:Chantelle Marsden]] at [[address:41
        Ings Road, Hull]] [[postcode:HU8 0ST]] on day 5 after her caesarean. The wound was oozing,
        temperature 37.9 and pulse 118. [[name:Rose]] rang maternity triage on [[phone:01482 496
        230]] and was advised to give paracetamol and re-visit in 24 hours (triage log
        [[case_reference:TRG-240611-044]]). Overnight the temperature rose to 39.6 and
        [[name:Chantelle]]'s partner [[name:Liam]] called 999. She was admitted to [[organisation:Hull
        Royal Infirmary]] {{ICU}} on [[date:11/06/2024]] with {{Group A Strep}} sepsis and needed
        a laparotomy. Learning: triage advice was given on the midwife's report without using the
        {{BSOTS}} tool or a {{red flag sepsis}} screen, and community midwives felt unable to
        challenge it.
    """)),
    # 28
    ("health", "success", block("""
        From: [[name:Priya Raman]] <[[email:priya.raman2@nhs.net]]>
        To: [[email:lth-tr.delsuite@nhs.net]]
        Date: [[date:Friday, 26 July 2024]] 08:14
        Subject: Wednesday night - thank you

        All,
        I wanted to say thank you properly for Wednesday. When [[name:Jenna]] pulled the emergency bell in room 4, the {{MOH}} drill we practised in May became real. [[name:Marcus]] had the {{PPH}} box open within a minute, [[name:Ade]] ran the blood to the lab, and [[name:Tomasz]] in theatres had the room ready before we asked. The woman and her baby are both going home today.
        {{PROMPT}} training works. Please keep coming to it.

        [[name:Priya]]
        Dr [[name:Priya Raman]] | Consultant Obstetrician | [[organisation:Leeds Teaching Hospitals]]
        [[phone:0113 496 0027]] | mob [[phone:07700 900 340]]
    """)),
    # 29
    ("health", "near_miss", prose("""
        Two babies with the surname [[name:Khan]] on the postnatal ward on [[date:Wednesday 4
        September]]: baby of [[name:Ayesha Khan]] in bay 2 and baby of [[name:Aisha Khan]] in bay 5,
        born 40 minutes apart. HCA [[name:Will]] took the bay 5 baby for the {{newborn hearing
        screen}} and on return placed him in the bay 2 cot, because the cot cards both read "Baby
        [[name:Khan]]". [[name:Aisha]] noticed that the hospital number on the cot label,
        [[case_reference:K7731046]], did not match her own band, [[case_reference:K7731052]], and
        called a midwife. Babies were checked against both mothers' bands and swapped back within 10
        minutes; no feeds had been given. Learning: use the name alert stickers when two babies
        share a surname and check the band, not the cot, every time a baby comes back to a bay.
    """)),
    # 30
    ("health", "incident", block("""
        Timeline from notes - [[name:L.M.]], hosp no [[case_reference:BTH-0672214]], 34 weeks
        [[date:09/12/2023]]
        14:10  admitted antenatal ward, {{PPROM}}. Obs normal. (RM [[name:CB]])
        18:00  temp 37.8, HR 104. Not escalated. (RM [[name:CB]])
        22:30  temp 38.3, rigors. Dr [[name:OA]] informed by phone, "repeat obs in 1h"
        [[date:10/12/2023]]
        00:15  MEOWS trigger, lactate 3.6. Dr [[name:OA]] attends, {{Sepsis Six}} started
        01:05  abx given (50 min after decision)
        02:40  {{CTG}} pathological, {{Cat 1}} {{LSCS}}
        Summary: [[name:Lauren McGuinness]] developed {{chorioamnionitis}} after {{PPROM}}. Two missed chances to escalate. Baby to {{NICU}} with sepsis. [[name:CB]] said the {{MEOWS}} chart was in the room and not at the bedside folder.
    """)),
    # 31
    ("health", "success", prose("""
        {{PMA}} restorative supervision held [[date:14.02.24]] for [[name:Niamh O'Sullivan]], band
        6, after the {{stillbirth}} on [[organisation:Juniper Suite]] the week before. Led by
        [[name:Summer Hargreaves]], our {{Professional Midwifery Advocate}}, using the
        {{A-EQUIP}} model. [[name:Niamh]] said she had not slept properly since and was thinking of
        leaving the profession. [[name:Summer]] arranged two protected shifts, a debrief with the
        consultant (Mr [[name:Oduya]]) and a link to [[organisation:Pennine Staff Wellbeing
        Hub]]. Three months on, [[name:Niamh]] is back on delivery suite, has started her mentor
        course and presented the case at the summer governance day. We are sharing this because
        staff still think {{PMA}} sessions are disciplinary. They are not.
    """)),
    # 32
    ("health", "incident", prose("""
        Mr [[name:Frank Heseltine]] ([[age:82]]), from [[organisation:Heather Lea Care Home]], NHS
        [[nhs_number:560 354 6131]], arrived by ambulance at 14:20 on [[date:Sunday 19th May]].
        Crew recorded {{NEWS2}} 3; at triage it was 8, with new confusion and {{frank haematuria}}.
        He waited 4 hours on a trolley in the corridor because all cubicles were full, and the
        triage nurse's sepsis flag was not seen by the doctor taking over the corridor. Antibiotics
        were given at 19:05. [[name:Frank]]'s son [[name:Gary]] ([[phone:01226 496 118]]) was not
        called until 22:00. He died on the ward two days later from urosepsis. Learning: a
        {{NEWS2}} of 5 or more in the corridor must be handed over face to face; we are trialling a
        corridor nurse with a sepsis screening tablet.
    """)),
    # 33
    ("health", "near_miss", prose("""
        Transfer of [[name:Zainab Adewale]] ({{36+2}} weeks, suspected maternal sepsis) from
        [[organisation:Dewsbury and District Hospital]] to [[organisation:Pinderfields]] for a
        level 3 bed on [[date:06/06]]. {{YAS}} call ref [[case_reference:YAS-2406-118834]], crew
        [[name:Dean]] and [[name:Marcia]]. When [[name:Marcia]] checked the transfer letter in the
        back of the ambulance it belonged to [[name:Zainab Adebayo]], a different woman on the same
        unit with no allergies; [[name:Zainab Adewale]] is allergic to {{gentamicin}}. The receiving
        team were warned before arrival by phone ([[phone:01924 496 555]]) and no drugs had been
        given. Learning: two women with near-identical names were on the same unit; the ward had
        not used the similar names alert.
    """)),
    # 34
    ("health", "incident", prose("""
        [[name:Tegan Holroyd]] ([[age:17]]) booked late at 31 weeks. Her partner, who she calls
        "[[name:J-Dot]]" ([[name:Jordan Whiteley-Pryce]], [[age:22]]), came to every appointment and
        answered for her. At the 34 week scan he left to take calls on two phones. Midwife
        [[name:Faith]] wrote "? controlling" but made no referral. On [[date:17/10/2024]] [[name:Tegan]]
        came to triage with reduced movements and told the {{HCA}} that [[name:Jordan]] made her keep
        "stuff" at her flat on [[address:Wellington Street, Batley]] for people from Manchester.
        Police later confirmed [[name:J-Dot]] was running a line. A safeguarding referral went to
        [[organisation:Kirklees Front Door]] that day, but it was the first one. Learning: {{CCE}}
        and domestic abuse routinely overlap in maternity; ask the woman alone, every time.
    """)),
    # 35
    ("health", "success", block("""
        {{PMRT}} / perinatal review - [[date:19 Nov 2024]] - MS Teams
        Attendees:
          Dr [[name:Laila Haddad]] - Consultant Neonatologist (chair)
          Sister [[name:Joanne Firth]] - {{NICU}}
          [[name:Eilidh MacLeod]] - Maternity Safety Champion
          Dr. [[name:Kwame Asante]] - Obstetric registrar
          [[name:Bethany Holt]] - patient safety, [[organisation:Mid Yorkshire Teaching]]
        Case: baby [[name:Oscar Beaumont]], [[case_reference:MYT-NN-40381]]
        [[name:Oscar]]'s mum noticed he was floppy at 10 hrs and pressed the buzzer; RM [[name:Ellie Shaw]] used the {{Kaiser}} calculator, score 3.2, and called the registrar. Antibiotics within 40 minutes. Blood culture grew {{GBS}}. [[name:Oscar]] went home on day 9 with no lasting harm.
        Good practice: {{NEWTT2}} chart fully completed; parent concern treated as a red flag.
    """)),
    # 36
    ("aviation", "incident", block("""
        TURNAROUND LOG  [[date:Thu 07/03/24]]  MAN T3 stand 56
        Flt [[flight_number:ML2231]] MAN-BHD  a/c [[aircraft_registration:G-MLDA]] ({{ATR 72-600}})
        Dispatcher: [[name:Gaz Whitehead]]   Load control: [[name:P. Sandhu]]   Capt [[name:Lowe]] / FO [[name:Ferreira]]
        0641 on blocks
        0650 Capt requests fuel 2400 kg. Passed to bowser ([[name:Mick]], [[organisation:Aviafuel North]]) by radio
        0712 loadsheet sent with fuel 2400
        0718 Capt queries, gauges 1850 kg. Fuel docket [[case_reference:FD-066183]] says 2400 LITRES uplifted
        0731 extra uplift requested, new loadsheet from [[name:P. Sandhu]]
        0749 off blocks, 24 min delay
        Comment ([[name:GW]]): [[name:Mick]] heard "twenty-four hundred" and the docket doesn't have a units box. Second time this month on the turboprops. Reported on [[case_reference:GOR-24-1187]].
    """)),
    # 37
    ("aviation", "near_miss", prose("""
        On [[date:23 Dec]] the loadsheet for [[flight_number:NL 1402]] Leeds Bradford to Alicante
        ({{737-800}}, [[aircraft_registration:G-NLNE]]) showed zero infants when eleven were booked.
        Load controller [[name:Sunita Rao]], working the remote {{load control}} desk in Manchester,
        had copied the passenger split from the previous day's rotation because the {{DCS}} feed
        dropped. SCCM [[name:Jade Tomlinson]] counted infant belts during boarding and told Capt
        [[name:Oyelowo]], who refused the loadsheet. A last minute change fixed it before doors
        closed. No effect on trim in the end, but the oxygen mask count per row would have been
        exceeded in rows 14 and 22. [[name:Sunita]] said she had three flights closing at once and
        no one to check her work.
    """)),
    # 38
    ("aviation", "success", prose("""
        [[flight_number:ML 418]] to Belfast, [[date:Monday 12 Feb]]. At the gate the final count was
        one short: Mr [[name:Declan Moriarty]] (booking [[case_reference:X7KQ2L]]) had checked a bag
        but not boarded. Dispatcher [[name:Aleksandra "Ola" Wójcik]] closed the flight on time but
        held the doors and called the ramp on [[phone:+44 161 496 0718]]. Ramp lead [[name:Tony
        Akinola]] found the bag, tag [[case_reference:0157ML448221]], in the third hold row inside
        four minutes and offloaded it. [[name:Ola]] then found Mr [[name:Moriarty]] asleep in the
        lounge. Departure was 9 minutes late, and the bag was reconciled properly instead of "he'll
        turn up". Good, calm work by [[name:Ola]] and [[name:Tony]] under time pressure.
    """)),
    # 39
    ("aviation", "incident", block("""
        From: [[name:Rob Clegg]] <[[email:rob.clegg@penninehandling.example.com]]>
        Sent: [[date:09 May 2024]] 17:32
        To: Ground Ops Duty Manager
        Cc: [[email:safety@northline.example.aero]]
        Subject: GHI [[case_reference:GHI-MAN-24-0412]] - tug contact [[aircraft_registration:G-NLNC]] stand 52

        At 16:05 during pushback of [[flight_number:NL377]] the towbar shear pin failed and the tug contacted the nose gear door. Tug driver [[name:Kamil Zając]], headset [[name:Ste Barnes]]. There was no wing walker because [[name:Ste]] was covering two stands. Capt [[name:Hughes]] stopped the push on [[name:Ste]]'s call. Aircraft AOG, engineering ([[name:Raj]]) on stand 16:40.
        [[name:Kamil]] says the bypass pin was in; [[name:Ste]] says he didn't check it. Both drug and alcohol tested, negative.
        [[name:Rob]]
        Shift Lead, [[organisation:Pennine Handling]] | [[phone:07700 900 592]]
    """)),
    # 40
    ("aviation", "near_miss", block("""
        Teams - "LBA Ops chat"   [[date:14/01/2025]]
        [06:02] [[name:Ellie Dunn]]: morning. tail swap, [[flight_number:ML2267]] now on [[aircraft_registration:G-MLDF]] not [[aircraft_registration:G-MLDB]]
        [06:03] [[name:gazw]]: who told load control?
        [06:03] [[name:Ellie Dunn]]: i rang [[name:priya]] on [[phone:0161 496 0733]]
        [06:21] [[name:Dunny]]: LS out for [[flight_number:2267]] still says [[aircraft_registration:MLDB]] on it lol
        [06:22] [[name:gazw]]: not lol. DOW is 300kg different, [[aircraft_registration:MLDB]] has the old galley
        [06:24] [[name:Ellie Dunn]]: capt rejected it anyway, new one coming
        [06:40] [[name:priya]]: sorry - swap came in on email after i'd already sent. my bad
        [06:41] [[name:Dunny]]: raise an ASR [[name:El]]
    """)),
    # 41
    ("aviation", "near_miss", prose("""
        [[flight_number:NL822]] Manchester to Palma, [[aircraft_registration:G-NLNB]], stand 31,
        [[date:Sat 03 Aug]]. The headset operator, [[name:Callum Pike]], had his cable unplugged
        from the nose socket while he moved the chock, and the flight deck lost comms. Capt
        [[name:Lowe]] and FO [[name:Nowak]] took the "brakes released" they heard on the interphone
        as coming from the ground, when it was FO [[name:Nowak]] reading the checklist aloud. The
        tug started the push with [[name:Callum]] still at the nose wheel. Wing walker [[name:Sade
        Bankole]] shouted and raised the stop sign; the tug stopped within a metre. Nobody hurt.
        Learning: standard phraseology only, and a visual confirmation that the headset operator is
        clear before the tug moves.
    """)),
    # 42
    ("aviation", "success", prose("""
        Shout out to the {{PRM}} team for [[flight_number:ML 5520]] from Leeds Bradford on
        [[date:28/08/2024]]. Mrs [[name:Edith Hirst]] ([[age:91]]), travelling with her carer
        [[name:Joy]], uses a power chair with a lithium battery that was not declared at booking.
        [[name:Amrit Gill]] from [[organisation:Assist North]] spotted it at bag drop, found the
        manufacturer's battery spec on his phone and got the dispatcher, [[name:Chloë
        Fitzgerald]], to add it to the {{NOTOC}} and the Captain's briefing. The chair was loaded
        last so it came off first in Jersey and Mrs [[name:Hirst]] was never separated from it for
        more than ten minutes. Her granddaughter emailed the airline afterwards to say thank you.
    """)),
    # 43
    ("aviation", "near_miss", block("""
        AIR SAFETY REPORT          ASR no: [[case_reference:ASR/MLD/2025/0087]]
        Date of occurrence: [[date:2025-01-19]]     Local time: 18:47
        Flight no: [[flight_number:MLD5512]]    Reg: [[aircraft_registration:G-MLDE]]    Type: {{Dash 8-400}}
        Route: LBA - EXT      Phase: pushback
        Reporter: Capt. [[name:R. Fairbairn]]
        Other crew: FO [[name:Ifeoma Chukwu]]; CC [[name:Liam O'Neill]], [[name:Hannah Price]]
        Narrative: After "doors closed, beacon on" the {{GPU}} cable was still connected. Dispatcher [[name:Lewis]] had signed the {{ground handling checklist}} at the stand before the cable was removed; the ground engineer was called away. Wing walker saw the cable at first movement and called stop. Cable not damaged.
        Contact: [[email:r.fairbairn@moorlandair.example]] / [[phone:07700 900 147]]
    """)),
    # 44
    ("aviation", "incident", prose("""
        During hold loading of [[flight_number:NL 1148]] to Dalaman on [[date:15th July]], baggage
        handler [[name:Marcus Devlin]] noticed smoke coming from a soft-sided case in bulk hold 4 of
        [[aircraft_registration:G-NLNF]]. He pulled it onto the apron and the airport fire service
        attended. Inside was a vape kit and two loose power banks, one in {{thermal runaway}}.
        The owner, Mr [[name:Karim Haddad]], seat 23C, PNR [[case_reference:T3MVYA]], told the gate
        agent [[name:Bronwen Pugh]] he had been asked at check-in only if he had "anything
        dangerous". The check-in agent, [[name:Mia]], was working a queue of 200 with the self bag
        drop down. Incident ref [[case_reference:DG-LBA-0719]] sent to the {{CAA}} under {{MOR}}.
        If [[name:Marcus]] had loaded the case and closed the door, the fire would have been in the
        hold in flight.
    """)),
    # 45
    ("aviation", "near_miss", block("""
        Extract - LBA de-icing coordinator log [[date:Wed 29 Nov 23]]
        07:52  [[flight_number:Moorland 42K]] ({{Dash 8}}, [[aircraft_registration:G-MLDC]]) de-iced on stand 7, {{Type II}} 75/25, rig [[name:Ash]] / [[name:Kowalski]]. {{Holdover}} start 07:52.
        08:05  [[flight_number:Moorland 42K]] pushback delayed, waiting on two PRM pax
        08:31  Taxi. {{HOT}} table gives 20-35 min in light snow. Now 39 min.
        08:33  Tower ([[name:Naz]]) queries. Capt [[name:Bryony Lister]] says she has "plenty of holdover"
        08:35  Coordinator [[name:Yusuf Patel]] radios flight to return to stand; pre-take-off contamination check shows snow on wing
        09:02  Second de-ice, departure 09:14
        Note: the holdover start time was written on the de-icing card but nobody passed it to the crew. [[name:Yusuf]] only caught it because he kept his own log.
    """)),
    # 46
    ("aviation", "success", prose("""
        Fog at Leeds Bradford on the evening of [[date:4 November]] sent four inbounds to
        Manchester, including [[flight_number:NL2204]] ([[aircraft_registration:G-NLNA]]) with 186
        passengers from Tenerife. Duty ops manager [[name:Shauna Kelleher]] at [[organisation:Northline
        Ops Control]] rang [[name:Wojciech "Wojtek" Nowicki]] at [[organisation:Pennine Handling]]
        Manchester on [[phone:0161 496 0902]] before the aircraft had even landed and had coaches,
        a stand and a PRM lift waiting. Captain [[name:Nikolai Petrov]] kept passengers updated every
        15 minutes. The night-stop crew were in hotel beds by 01:10 within their {{FTL}}. No
        complaints logged. Learning: early phone calls between ops control and the handler beat
        waiting for the {{ACARS}} diversion message.
    """)),
    # 47
    ("aviation", "incident", prose("""
        [[date:Saturday 22 June]], stand 211, Manchester T2. The catering high-loader,
        [[organisation:Flying Kitchens Ltd]] vehicle [[vehicle_registration:MX70 CTV]], drove up to
        door 2R of [[aircraft_registration:EI-FNK]] ([[flight_number:EI 3327]] to Cork) before the
        cabin crew had disarmed the slide. Crew member [[name:Orla Ní Bhriain]] opened the door on
        the driver's knock and the slide started to deploy against the truck's platform. Driver
        [[name:Lukasz Bielski]] reversed. The slide was damaged and the aircraft went
        {{AOG}} for six hours. [[name:Orla]] said the {{cross-check}} call was made but the SCCM,
        [[name:Deirdre Flanagan]], was still dealing with a sick passenger. Report
        [[case_reference:CAT-0622-47]]. Vehicle drivers must not knock; they wait for the door-open
        signal from inside.
    """)),
    # 48
    ("aviation", "near_miss", prose("""
        At 05:40 on [[date:11/10/24]] the fuel figure for [[flight_number:ML 2401]]
        ([[aircraft_registration:G-MLDB]], Manchester to Aberdeen) was phoned to load control on
        [[phone:0161 496 0733]] by dispatcher [[name:Bill Ackroyd]] as "four thousand one hundred".
        The load controller, [[name:Tom]], heard "fourteen hundred". The loadsheet showed 1,400 kg
        take-off fuel with a {{TOW}} 2.7 tonnes too light. FO [[name:Sahana Iyer]] cross-checked the
        loadsheet against the fuel docket and the gauges and rejected it. [[name:Bill]] said the phone
        line was terrible because the tug was running next to him. Corrected before engine start.
        Learning: read numbers digit by digit, as in "four, one, zero, zero", and send fuel by
        {{ACARS}} where it works.
    """)),
    # 49
    ("aviation", "incident", block("""
        DISPATCH SHIFT HANDOVER - LBA - [[date:20.12.2024]] late -> night
        Handed over by [[name:Kev Sutcliffe]] to [[name:Anjali Desai]]

        * [[aircraft_registration:G-MLDA]] - nightstopping, MEL item 30-xx (prop de-ice), engineering ([[name:Paddy]]) to sign off before [[flight_number:ML2211]] 0615
        * [[flight_number:ML2215]] - 2 x WCHC + 1 UMNR, manifest w/ [[name:Anjali]]
        * [[aircraft_registration:G-NLND]] - bird strike on approach 1940, [[flight_number:NL1389]]. Crew: Capt [[name:Hollings]], FO [[name:Adeyemi-Cole]]. Engineer inspection found blood on the radome but nothing on the engine. Aircraft released 2155.
        * INCIDENT: the baggage belt on gate 3 jammed at 2030 and [[name:Darren Fox]] from the ramp climbed onto it to clear it without isolating it. He was not hurt. Ramp supervisor [[name:Tash]] informed. Report [[case_reference:LBA-GOR-2412-031]].
        Any probs ring me [[phone:07700-900-688]]
    """)),
    # 50
    ("aviation", "success", prose("""
        [[name:Harvey Quinn]] ([[age:12]]) flew unaccompanied on [[flight_number:NL 417]] from
        Belfast to Leeds Bradford on [[date:29 March 2024]]. His father, Mr [[name:Sean Quinn]],
        was listed to collect him but arrived with a different adult, [[name:Stacey]], who was not
        on the form, and said he had lost his passport. Cabin crew member [[name:Hope Dlamini]]
        stayed with [[name:Harvey]] landside while UM coordinator [[name:Callum Reddy]] rang the
        mother, [[name:Leanne Quinn]], on the number on the form, [[phone:+44 28 9649 6033]]. She
        confirmed there was a live {{child arrangements order}} and that [[name:Sean]] was not
        allowed unsupervised contact. Police attended; [[name:Harvey]] went to his aunt. The
        handover form and a phone call did exactly what they were designed to do.
    """)),
]


def main() -> None:
    records = build_records("blind50", REPORTS)
    write_records(OUT, records)


if __name__ == "__main__":
    main()
