"""Held-out blind corpus 71: Midlands ICB patient safety inbox (GP, pharmacy, care home, discharge, aeromedical).

Setting: an integrated care board's patient safety team in the Midlands collecting incident,
near-miss and good-practice reports from GP practices, community pharmacies, care homes,
domiciliary agencies, hospital discharge teams, and the air ambulance / aeromedical services
and drone medicine trials that touch the same patients.
Voice: ordinary mixed voices -- portal free text, good-practice nominations, e-mails to the
team inbox, SBARs, night logs and chat excerpts pasted in, written by busy practitioners.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from markup import block, build_records, write_records  # noqa: E402
from markup import flow as prose  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "corpus" / "heldout_blind71.jsonl"

REPORTS = [
    # ------------------------------------------------------------------ social care (17)
    ("social_care", "incident", prose("""
        Submitted via the ICB portal by [[name:Bernadette Nolan]], deputy manager at
        [[organisation:Larkfield Lodge]], [[address:14 Sandon Road]], Stafford [[postcode:ST16 3HQ]].
        Resident [[name:Harold Pybus]] ([[age:91]], NHS no [[nhs_number:380 938 0857]]) came back from
        [[organisation:Royal Trentside Hospital]] on [[date:4 March 2024]] at 21:40 with no discharge
        letter and a bag of {{TTOs}} that did not match his {{MAR chart}}. {{Apixaban}} had been
        stopped on the ward but nobody told us, so night staff gave it from the old chart.
        [[name:Harold]] had a nosebleed the next morning. Dr [[name:Okonkwo]] from
        [[organisation:Moss Lane Surgery]] reviewed him and there was no further harm. We rang the
        {{discharge lounge}} on [[phone:01632 960417]] and were told the letter "would follow". It
        arrived on [[date:7 March]]. [[name:Bernie]] asks that TTO checks happen before transport is
        booked, not after.
    """)),
    ("social_care", "success", block("""
        GOOD PRACTICE NOMINATION
        Setting: [[organisation:Brook Meadow Nursing Home]], Ilkeston
        Nominated: [[name:Tendai Moyo]] (senior carer, nights)
        Nominated by: [[name:Claire Whitworth]], home manager
        Date of event: [[date:19/02/2024]]

        What happened: [[name:Tendai]] noticed Mrs [[name:Eileen Marsh]] (room 6) was far more drowsy
        than usual and her {{NEWS2}} was 5. Rather than wait for the morning GP round she rang
        {{NHS 111}} and had the {{Red Bag}} paperwork ready when the crew arrived. Hospital confirmed
        {{urosepsis}}. Mrs [[name:Marsh]]'s daughter said "the home knew her better than we did".
        Learning: the {{RESTORE2}} soft-signs training in January is paying off.
        Contact: [[email:c.whitworth@example.org]] / [[phone:0115 496 0732]]
    """)),
    ("social_care", "near_miss", prose("""
        Reported by [[organisation:Kindred Homecare]] (domiciliary agency, Derby). New care worker
        [[name:Precious Chikwanha]] was sent to [[address:22 Abbey Street]] instead of
        [[address:22 Abbey Road]] [[postcode:DE22 3HJ]] for a lunch call to Mr [[name:Stanisław Wójcik]],
        [[age:79]]. The rota app auto-filled the wrong street. The person at [[address:Abbey Street]] let her in and
        she had started reading out the medication list before realising. Mr [[name:Wójcik]] was
        reached 50 minutes late; his {{Sinemet}} dose for {{Parkinson's}} was therefore late but he came
        to no harm. Our coordinator [[name:Lauren]] has added a second check of postcode on arrival.
        [[name:Precious]] also noted his {{Abbey pain scale}} score was 2, which was recorded.
    """)),
    ("social_care", "incident", block("""
        From: [[name:Gurpreet Sandhu]] <[[email:gurpreet.sandhu@example.gov.uk]]>
        To: ICB Patient Safety <[[email:patientsafety.midlands@example.nhs.uk]]>
        Date: [[date:12 April 2024]] 16:02
        Subject: D2A placement breakdown - Mr [[name:C. Adebayo]]

        Hi both,

        Flagging a {{Pathway 3}} discharge that went wrong. Mr [[name:Cyril Adebayo]] (DOB
        [[date_of_birth:03/11/1941]]) was placed at [[organisation:Fernlea House]] on
        [[date:9 April]] under {{Discharge to Assess}}. The home were told he mobilised with one, but
        he needs two and a {{rotunda}}. Night staff could not safely transfer him and he slept in his
        chair. Home rang our hub and [[name:Ade]] (his son, who he calls "[[name:Tunde]]") on
        [[date:10 April]]. He was readmitted on [[date:11 April]].

        Our hospital ref [[case_reference:DTA-24-0871]]. Happy to join the review.

        [[name:Gurpreet]]
        Senior Practitioner, Integrated Discharge Hub
    """)),
    ("social_care", "near_miss", prose("""
        GP safeguarding lead, [[organisation:Canal Side Medical Practice]], Walsall. Third
        "{{was not brought}}" for [[name:Kayden Rowe]], [[age:2]], DOB [[date_of_birth:14/06/2021]],
        for his 12-month {{MMR}} and the 2-year review. His older sister [[name:Skye]] ([[age:6]]) also
        has missed appointments. Health visitor [[name:Fiona Gallagher]] had closed the family to
        {{Universal}} on [[date:02/01/2024]] not knowing about the GP missed contacts. We
        nearly let it drift again. Mum [[name:Jade Rowe]] gave a new address at reception,
        [[address:Flat 3, 41 Pleck Road]] [[postcode:WS2 9EY]]. Referred to {{MASH}} on
        [[date:20 Feb]]; children's social care ref [[case_reference:CSC/0049312]]. Learning: WNB codes
        are not visible to {{Early Help}}, so please raise at the safeguarding forum.
    """)),
    ("social_care", "success", block("""
        Pasted from staff WhatsApp at [[organisation:The Willows Residential Home]] (shared with
        consent for the hydration good-practice bulletin):

        [07:12] sal: anyone seen pete's fluid chart from nights
        [07:14] Marcia B: its in his room. only 450ml since 8pm
        [07:15] sal: ok pushing jelly drops and the {{ice lollies}} this am
        [11:40] Marcia B: 900 by 11 and hes chatty again
        [11:41] sal: brill will tell {{Duty Manager}}

        Manager's note: [[name:Sally Egan]] and [[name:Marcia Bailey]] spotted [[name:Peter]]'s
        low intake early and he avoided a GP call-out. Lower-case names are as typed.
    """.replace("sal:", "[[name:sal]]:").replace("pete's", "[[name:pete]]'s")
       .replace("Marcia B:", "[[name:Marcia B]]:"))),
    ("social_care", "incident", prose("""
        Fall, unwitnessed, [[organisation:Hollybank Care Centre]] Lichfield, [[date:23/03/24]] 02:15.
        Resident Mrs [[name:Doreen Ashworth-Bell]] ([[age:88]]) found on floor by bathroom, shortened and
        rotated left leg. Staff followed the {{ISTUMBLE}} tool and did not move her. 999 called 02:22,
        told long wait; re-called 03:40 and 05:10. Ambulance arrived 07:55. She was on the floor over
        5 hours with a suspected {{NOF}}. Senior carer [[name:Joseph Mensah]] stayed with her the whole
        time with pillows and a {{Raizer chair}} not used because of the suspected fracture. Family
        ([[name:Gillian]], daughter, [[phone:07700 900614]]) informed at 02:40. We are reporting because
        of the delay, not the care.
    """)),
    ("social_care", "near_miss", prose("""
        Care home manager [[name:Yusuf Hassan]], [[organisation:St Modwen's Court]], Burton. During an
        audit on [[date:5 June 2024]] we found the {{DoLS}} authorisation for Mr [[name:Albert Fenwick]]
        had expired on [[date:28 May]]. The renewal request had been emailed to the wrong local
        authority inbox. Because he has a coded keypad on his unit this was, strictly, an unauthorised
        deprivation for 8 days. We have spoken to the {{Best Interests Assessor}} and re-submitted
        (LA ref [[case_reference:DOLS-S-22817]]). No harm. Learning shared with our sister home, and we
        now diarise renewals 8 weeks ahead. {{Mental Capacity Act}} training booked for the new
        deputy, [[name:Oksana]].
    """)),
    ("social_care", "success", prose("""
        Joint annual health check for [[name:Reece Lomas]] ([[age:27]], learning disability, lives at
        [[organisation:Oakhurst Supported Living]]). His support worker [[name:Danielle]] sent a
        {{Hospital Passport}} and {{easy read}} letter in advance, and the practice nurse
        [[name:Bukola Adeyemi]] booked a double slot at the end of clinic so the waiting room was quiet.
        [[name:Reece]] used {{Makaton}} for "pain" and pointed at his ear; {{otitis media}} found and
        treated. He also agreed to bloods for the first time in 4 years. Submitted as good practice by
        [[organisation:Ryecroft Health Centre]], Newcastle-under-Lyme.
    """)),
    ("social_care", "incident", prose("""
        Information governance incident. [[name:Chantelle Lewis]], care leaver, [[age:19]], DOB
        [[date_of_birth:30/08/2004]], registered at the practice on [[date:15 January 2024]] and asked
        that her new address not be shared with her ex-partner. On [[date:22 January]] a receptionist
        confirmed "[[address:7 Meadow Close]]" aloud while checking identity in the waiting room where
        the ex-partner's mother was sitting. [[name:Chantelle]]'s personal adviser
        [[name:Aaron Whitehead]] (leaving care team) rang us the same day. Address [[address:7 Meadow
        Close]], Mansfield [[postcode:NG18 4QR]] now flagged. Police informed, ref
        [[case_reference:NTP-240122-0311]]. Reception staff refresher on {{Caldicott}} principles done.
    """)),
    ("social_care", "near_miss", block("""
        Type: Near miss | Setting: Adult social care - carer's assessment
        Reporter: [[name:Nasreen Akhtar]], Social Worker, [[organisation:Leicester East Adult Locality Team]]
        Person: [[name:Ivor Pritchard]] (unpaid carer for wife [[name:Glenys]])
        NI: [[ni_number:JT 48 21 90 C]]

        Details: Mr [[name:Pritchard]], [[age:74]], nearly collapsed at the front door during my visit
        ({{Carer's Assessment}}). He told me he had not taken his own {{bisoprolol}} for a week because
        the {{blister pack}} from the pharmacy was delivered to [[name:Glenys]]'s name only. I rang the
        GP and the pharmacy ({{repeat dispensing}}); both now have him flagged as a carer.
        Carer's Allowance form completed with his NI number.
    """)),
    ("social_care", "incident", prose("""
        [[organisation:Heartlands Shared Lives]] carer [[name:Olena Kovalenko]] reported that the
        £600 monthly personal allowance for the person she supports, [[name:Martin Drabble]]
        ([[age:52]]), had been withdrawn from his account by his nephew, known as "[[name:Daz]]",
        on [[date:1 May 2024]]. [[name:Martin]] has a {{Lasting Power of Attorney}} but the nephew
        is not the attorney. Safeguarding raised with the local authority, ref
        [[case_reference:ASC-SG-118402]], and police crime no. [[case_reference:20/55781/24]]. Reported
        to the ICB because the nephew also collected [[name:Martin]]'s {{lorazepam}} prescription from
        [[organisation:Bell Green Pharmacy]] on the same day. Pharmacist [[name:Harjit Bains]] has now
        noted who may collect.
    """)),
    ("social_care", "success", prose("""
        Transition good practice. [[name:Amani Yusuf]], [[age:17]], autistic, moving from children's to
        adult services. Her social worker [[name:Rhys Llewellyn]] and the GP, Dr [[name:Fairbairn]],
        held a joint review on [[date:8 July 2024]] so that her {{melatonin}} and {{Preparing for
        Adulthood}} plan carried over without a gap. The practice agreed a {{grace period}} on her
        repeat request while the adult team picked up. [[name:Amani]]'s mum said it was "the first time
        nobody made us start again". Reference [[case_reference:PFA-0712]]. Submitted by
        [[organisation:Sunnyhill Surgery]], Coventry.
    """)),
    ("social_care", "near_miss", block("""
        NIGHT LOG EXTRACT - [[organisation:Ashgrove Care Home]], unit 2 ([[date:17/05/24]])
        22:00  RS, JK on. Handover from late shift by [[name:Precious]] (agency).
        23:30  Mr [[name:Lionel Grant]] - {{Oramorph}} 2.5ml given by [[name:RS]].
        23:45  [[name:JK]] went to give Oramorph 2.5ml, noticed signature already present. NOT given.
        00:10  Rang on-call manager [[name:Sunita]], incident form started.
        06:00  Mr [[name:Grant]] slept well, pain 1/10.
        Comment ([[name:Sunita Kaur]], manager): near double dose stopped by checking the {{MAR}}.
        Paper and {{eMAR}} both in use this week during switchover - this is the risk.
    """.replace("RS, JK on", "[[name:RS]], [[name:JK]] on"))),
    ("social_care", "incident", prose("""
        Looked-after child medicines issue. [[name:Mason Clarke]] ([[age:11]]), in foster care with
        [[name:Trevor]] and [[name:Angela Horton]], [[address:19 Beech Grove]], Wolverhampton
        [[postcode:WV10 7HH]]. When he moved placement on [[date:03/02/2024]] his {{methylphenidate}}
        stayed with the previous carers. The {{LAC nurse}} only found out on [[date:12/02/2024]] when
        school ([[organisation:Bushbury Lane Academy]]) reported he was "bouncing off the walls". New
        prescription issued by the GP same day. Children's services ref [[case_reference:LAC-77104]].
        Learning: placement move checklist now includes a medicines line.
    """)),
    ("social_care", "incident", prose("""
        Discharge of a homeless patient. Mr [[name:Declan Brennan]], [[age:46]], was discharged from
        [[organisation:Queen's Ward]] at 19:30 on [[date:14 November 2023]] with a {{Duty to Refer}}
        sent but no accommodation confirmed. He gave "[[address:The Crossings hostel]], 5 Talbot Street"
        but they had no bed. He presented to [[organisation:Meadowside Pharmacy]] the next morning
        asking for his {{enoxaparin}} injections because he had no sharps bin or fridge. Pharmacist
        [[name:Aisha Rahman]] contacted the housing officer [[name:Kev Doyle]] on
        [[phone:01632 960285]]. Reported by the discharge team lead, [[name:Ruth Ogunleye]].
    """.replace("[[address:The Crossings hostel]], 5 Talbot Street", "[[address:The Crossings hostel, 5 Talbot Street]]"))),
    ("social_care", "success", prose("""
        Multi-agency discharge huddle, {{Home First}} pathway. AK (OT) and J.M. (reablement) did a
        same-day home visit to Mrs [[name:Parveen Chaudhry]], [[age:83]], at [[address:112 Stratford
        Road]], Sparkhill [[postcode:B11 4RP]] before she left the ward, found a loose stair rail and
        fixed it through the handyperson scheme. She went home on [[date:21 August]] with a {{key
        safe}} and four calls a day. Her grandson [[name:Imran]] said she was "over the moon". No
        readmission at 30 days. Submitted by [[organisation:Sparkbrook Reablement Team]].
    """.replace("AK (OT)", "[[name:AK]] (OT)").replace("J.M. (reablement)", "[[name:J.M.]] (reablement)"))),

    # ------------------------------------------------------------------ health (17)
    ("health", "incident", prose("""
        Wrong-patient letter. The practice has two patients named [[name:Mohammed Iqbal]]: one DOB
        [[date_of_birth:12/09/1958]], NHS [[nhs_number:725 205 9065]], and one DOB
        [[date_of_birth:12/09/1985]], NHS [[nhs_number:932 567 1034]]. The older man's
        {{colonoscopy}} result letter was sent to the younger man's address, [[address:58 Alum Rock
        Road]] [[postcode:B8 1JB]]. He rang reception on [[date:11 March 2024]], upset. Practice
        manager [[name:Helen Carver]] has apologised to both. Cause: the DOB was transposed when the
        admin team searched {{EMIS}}. Both records now carry a "similar name" alert. Reported by
        [[organisation:Washwood Heath Medical Centre]].
    """)),
    ("health", "near_miss", prose("""
        Community pharmacy near miss. A prescription from the hospital outpatient clinic for
        {{methotrexate}} 10mg read "take ONE DAILY". Our pharmacist [[name:Tomasz Nowak]] queried it
        with the rheumatology team at [[organisation:Kingsmead Hospital]] and it was corrected to once
        WEEKLY with {{folic acid}}. Patient: Mrs [[name:Lorraine Sheppard]], [[age:64]]. Had we
        dispensed as written she could have taken seven times the dose. Report by [[organisation:Holt's
        Pharmacy]], Nuneaton, [[date:30/04/2024]], contact [[email:holts.pharmacy@example.org]].
    """)),
    ("health", "success", prose("""
        {{Pharmacy First}} sore throat consultation, [[date:6 January 2024]]. Child [[name:Zainab
        Osman]], [[age:4]], brought in by her dad. Pharmacist [[name:Ifeoma Nwosu]] noticed a
        non-blanching rash on her tummy using the glass test and a cold hands, warm body picture, and
        did not treat as {{tonsillitis}}. She called 999 instead of referring to the GP. [[name:Zainab]]
        was treated for {{meningococcal septicaemia}} and has recovered. [[organisation:Lime Tree
        Pharmacy]], Loughborough, submitted this as good practice. Dad has given permission to share.
    """)),
    ("health", "incident", prose("""
        Discharge from [[organisation:Cedar Ward]] on [[date:2 February]] with a {{PICC line}} and a
        {{Foley catheter}}, but no referral to district nursing. Patient [[name:Roy Bagshaw]],
        [[age:77]], NHS no. [[nhs_number:922 385 4903]]. His wife rang the surgery on day 4 because the
        dressing was wet and nobody had been. Dr [[name:Anand Mistry]] arranged an urgent visit by the
        [[organisation:Belper Neighbourhood Team]]; line site red, line removed, oral antibiotics.
        Ward sister [[name:Yvonne]] confirmed the referral was "in the drafts" on the e-discharge
        system.
    """)),
    ("health", "near_miss", block("""
        GP practice: [[organisation:Riverside Medical Group]], Burton
        Reporter: [[name:Dr S. Banerjee]]
        Patient: [[name:Gwen Tolley]], [[age:81]]

        Potassium 6.8 on bloods taken [[date:14/03/2024]]. Result was filed as "no action" by a
        locum ([[name:PK]]) who did not open the full report. Picked up next morning by our
        clinical pharmacist [[name:Kelechi]] during {{spironolactone}} monitoring. Patient sent to
        {{ED}}, repeat 6.1, treated and home. Not {{Addison's}} - drug related.
        Action: locum induction now includes lab workflow.
    """.replace("[[name:Dr S. Banerjee]]", "Dr [[name:S. Banerjee]]"))),
    ("health", "incident", prose("""
        Controlled drug delivered to the wrong house. Our driver [[name:Lee Harrop]] (van
        [[vehicle_registration:FD19 KXR]]) left a bag containing {{oxycodone}} MR for Mr [[name:Dennis
        Ward]], [[address:4 Chapel Row]], Heanor [[postcode:DE75 7FL]], on the doorstep of [[address:4 Chapel Lane]].
        The neighbour brought it to [[organisation:Heanor Market Pharmacy]] two hours later, unopened.
        CD register checked by [[name:Priya Solanki]], {{superintendent pharmacist}}. Reported to the
        {{CD Accountable Officer}} on [[date:18/06/2024]]. Drivers now need a signature for Schedule 2.
    """)),
    ("health", "success", prose("""
        Good practice from [[organisation:Wollaton Vale Surgery]]. Mrs [[name:Agnieszka Zielińska]],
        [[age:38]], had been seen three times for "tiredness". On the fourth visit the nurse
        [[name:Beth]] booked a Polish interpreter and a longer slot. With the interpreter
        Mrs [[name:Zielińska]] disclosed heavy bleeding for months and a {{Hb}} of 71 was found.
        Iron infusion arranged at the {{day unit}}. Learning: offer an interpreter even when the
        patient "manages" in English.
    """)),
    ("health", "incident", block("""
        PATIENT SAFETY EVENT - STRUCTURED FORM
        Ref: [[case_reference:ICB-PS-2024-0319]]
        Date of event: [[date:19/03/2024]]   Reported: [[date:20/03/2024]]
        Service: Community pharmacy - [[organisation:Pearl's Chemist]], Long Eaton
        Patient initials: [[name:BO]]   Age: [[age:68]]
        What happened: {{amlodipine}} 10mg dispensed against a script for {{amitriptyline}} 10mg.
        Patient took 3 doses, felt dizzy, BP 92/54 at GP. Spotted when daughter compared box and
        repeat slip.
        Who: dispensed by [[name:Anil]], checked by [[name:Carla Dunne]] (ACT).
        Harm: low. Shelving moved so {{LASA}} pair not adjacent.
    """)),
    ("health", "near_miss", prose("""
        Insulin near miss on discharge. The TTO letter for [[name:Winston Barrett]] ([[age:70]]) said
        "{{Humulin I}} 10 units" but the handwritten district nurse chart copied it as "100". [[name:Pam
        Chadwick]], community nurse with the [[organisation:Swadlincote Neighbourhood Team]], drew up
        the dose, stopped because the pen would not dial that high, and rang the ward to check. Ward
        confirmed 10 units. No harm. She has asked the hospital to stop abbreviating "units" as "u"
        on the handover sheet. [[name:Winston]]'s NHS number [[nhs_number:453 601 1315]].
    """)),
    ("health", "incident", block("""
        From: [[name:Marie-Claire Dubois]] <[[email:mc.dubois@example.nhs.uk]]>
        Sent: [[date:Thursday 25 April 2024]] 09:14
        To: [[email:patientsafety.midlands@example.nhs.uk]]
        Subject: Data breach - referral sent to wrong address

        Good morning,

        Yesterday our secretary sent a {{2WW}} referral for [[name:Derek Fitton]] (NHS
        [[nhs_number:426 779 9547]]) to [[email:derm.referrals@example.org]] instead of the trust
        inbox. The recipient, a private clinic, replied to say they had deleted it. Mr [[name:Fitton]]
        has been told. Our {{Caldicott Guardian}} is Dr [[name:Hamid]].

        Kind regards,
        [[name:Marie-Claire]]
        Practice Manager, [[organisation:Glebe Road Surgery]]
        [[phone:01632 960831]]
    """)),
    ("health", "success", prose("""
        [[name:Shreya]] from [[organisation:Parkside Pharmacy]] (Hinckley) was doing a {{New Medicine
        Service}} call with a woman, [[age:23]], newly started on {{sodium valproate}} by a locum
        neurologist. She checked and found no {{Pregnancy Prevention Programme}} form and no
        contraception on record. She contacted the GP, Dr [[name:Ellis Granger]], the same day, who
        arranged an urgent review and the annual risk form. Patient thanked the pharmacy. Reported
        [[date:09/10/2023]].
    """)),
    ("health", "near_miss", prose("""
        Allergy not carried across. [[name:Florence Mbeki-Adams]], [[age:59]], has a documented
        {{penicillin}} anaphylaxis on {{SystmOne}} at the practice but her discharge summary from
        [[organisation:Derwent Royal Infirmary]] on [[date:26 July 2024]] said "NKDA" and listed
        {{co-amoxiclav}}. The community pharmacist, [[name:Mr Oduya]], refused to dispense and rang us.
        Practice pharmacist [[name:Jas]] contacted the ward; the hospital had pulled allergies from an
        old record. Patient safe. Hospital ref [[case_reference:DRI-W2281093]].
    """.replace("[[name:Mr Oduya]]", "Mr [[name:Oduya]]"))),
    ("health", "incident", prose("""
        Late-night discharge of a patient with dementia. Mrs [[name:Edna Pearce]], [[age:86]], was sent
        home from the assessment unit by taxi at 23:10 on [[date:2/12/23]], reg
        [[vehicle_registration:YT68 NWA]]. The driver left her at the door of [[address:31 Hawthorn
        Avenue]], Kirkby [[postcode:NG17 8TS]]. She could not find her key. Neighbour [[name:Lyn
        Staples]] found her in the garden at 23:50 in her nightie and took her in. Care package did not
        restart until the Monday. Reported by the GP, Dr [[name:Kwame Asante]], who saw her on
        [[date:4/12/23]].
    """)),
    ("health", "success", block("""
        SBAR - shared as good practice with the ICB
        S: [[name:Ryan Whitfield]], [[age:34]], seen by {{HCA}} for a routine BP check at
        [[organisation:Heath Hayes Health Centre]] on [[date:10 September 2024]].
        B: Known to drink heavily. Reported a "hangover" headache.
        A: HCA [[name:Lucy-Ann]] noticed a new droop on the left of his face and slurred speech. She
        used {{FAST}} and did not accept the hangover story. She also checked it was not
        {{Bell's palsy}} by asking him to raise both arms - left arm drifted.
        R: 999 called 10:22, thrombolysed at [[organisation:Stafford Road Stroke Unit]] within 2 hours.
        Nominated by [[name:Dr Robert Lyle]].
    """.replace("[[name:Dr Robert Lyle]]", "Dr [[name:Robert Lyle]]"))),
    ("health", "near_miss", prose("""
        {{Ask for ANI}} disclosure at the counter of [[organisation:Beeston Square Pharmacy]]. A woman
        used the codeword on [[date:14 February 2024]]. Counter assistant [[name:Georgia]] took her
        into the consultation room as trained. While there the woman said her partner controlled her
        {{insulin}} pens. The pharmacist, [[name:Obinna Eze]], rang 999 and then her GP. Near miss
        because the consultation room key was missing for 5 minutes while her partner waited
        outside. Police ref [[case_reference:NP-140224-1187]]. No names of the woman are recorded here.
    """)),
    ("health", "incident", prose("""
        {{Warfarin}} dosing error. [[name:Albert]] "[[name:Bert]]" [[name:Hollis]], [[age:80]],
        [[date_of_birth:02/02/1944]], INR 6.4 found at the practice anticoagulation clinic on
        [[date:15/01/2024]]. His {{yellow book}} showed 5mg but the pharmacy had supplied 5 x 1mg and
        5 x 5mg strips in one bag and he had been taking one of each. Nurse [[name:Wendy Pole]] gave
        {{vitamin K}} per protocol and held doses. Practice: [[organisation:Tibshelf Surgery]].
        Pharmacy informed: [[organisation:Alfreton Road Pharmacy]]. No bleeding.
    """)),
    ("health", "success", prose("""
        Thank you to the discharge coordinators on [[organisation:Fairfield Ward]], especially
        [[name:Nkechi]] and [[name:Callum Reid]], for a complex discharge for [[name:Iris Whelan]]
        ([[age:92]]) on [[date:20 June 2024]]. They rang the care home, faxed (yes, faxed) the
        {{ReSPECT}} form, sent 14 days of {{TTO}} medicines in a {{Dosette}} that matched the home's
        cycle, and booked {{patient transport}} for 11:00 not 19:00. The home reported it as "the
        smoothest return we've ever had". From [[organisation:Primrose Hill Care Home]], Chesterfield.
    """)),

    # ------------------------------------------------------------------ aviation (16)
    ("aviation", "incident", prose("""
        Air ambulance landing diverted. [[organisation:Trent Valley Air Ambulance]] {{Airbus H145}}
        [[aircraft_registration:G-TVAA]] (callsign [[flight_number:Helimed 68]]) inbound with a trauma
        patient on [[date:16 August 2024]] found the helipad at [[organisation:Royal Trentside
        Hospital]] obstructed by a contractor's cherry picker. No {{NOTAM}} or hospital call had been
        issued. Captain [[name:Mark Fennimore]] diverted to the playing field; patient transferred by
        land ambulance, adding 14 minutes. Estates lead [[name:Gareth Powell]] has agreed a helipad
        permit-to-work. Reported by the critical care paramedic, [[name:Sinead Daly]].
    """)),
    ("aviation", "near_miss", prose("""
        Drone medicines trial, [[organisation:Skylink Medical Logistics]]. On [[date:3 October 2023]] the
        {{BVLOS}} drone carrying a blood sample box from [[organisation:Ashbourne Health Hub]] to the
        hospital lab lost its command link over farmland and carried out its automatic landing in a
        field next to [[organisation:Clifton Primary School]] during afternoon play. No one was hurt
        and the box was intact. Remote pilot [[name:Jordan Achebe]] recovered it within 20 minutes.
        Operator ref [[case_reference:SML-OCC-0117]]. The ICB asked for it to be shared because
        the samples were from a GP surgery and could have been lost or opened.
    """)),
    ("aviation", "success", block("""
        Good practice - repatriation into the Midlands
        Patient: [[name:Gloria Campbell]], [[age:67]], stroke in Tenerife.
        Flight: [[flight_number:BY6231]] to [[organisation:East Midlands Airport]], [[date:2 May 2024]], stretcher case.
        What went well: the hospital discharge hub ([[name:Nadia]]) spoke to the assistance company
        two days before, so a bed on [[organisation:Hazel Ward]] was held and the {{stroke team}}
        had her Spanish scan translated. Her son [[name:Delroy]] met the crew at the aircraft.
        On arrival {{NIHSS}} was done within 30 minutes.
        Contact: [[email:discharge.hub@example.nhs.uk]]
    """)),
    ("aviation", "incident", prose("""
        Fitness-to-fly letter issued in error. Dr [[name:Liam O'Connor]] at [[organisation:Holmewood
        Surgery]] wrote a letter for Mr [[name:Joginder Singh Virdi]], [[age:72]], stating he did not
        need in-flight oxygen. His saturations at rest were 91% and he had not had a {{hypoxic challenge
        test}}. On flight [[flight_number:TOM2104]] to Amritsar on [[date:9 December 2023]] he became
        breathless and the cabin crew gave {{first aid oxygen}}; a
        doctor on board, not named, helped. He was well on landing. Learning: use the
        {{BTS}} guidance and refer for testing.
    """)),
    ("aviation", "near_miss", prose("""
        Medication and a pilot. [[name:Callum Fraser]], [[age:41]], a private pilot who flies from
        [[organisation:Hallbrook Airfield]] with the [[organisation:Soar Valley Flying Club]], was
        prescribed {{chlorphenamine}} by a locum. He did not mention he flies, the locum did not ask.
        The club's safety officer, [[name:Jenny Whitlock]], saw the box in his flight bag before a
        solo flight in {{Cessna 152}} [[aircraft_registration:G-BSVX]] on [[date:27 April]] and grounded
        him for the day. GP practice has since added "do you fly, drive for work or operate
        machinery?" to acute prescribing. {{AME}} and {{CAA}} guidance was shared.
    """)),
    ("aviation", "incident", prose("""
        Helipad downwash. As [[aircraft_registration:G-MDAA]] lifted from the hospital helipad on
        [[date:20/07/2024]] at 14:05 an unoccupied wheelchair left near the lift lobby was blown 8 metres
        and struck a porter, [[name:Kofi Boateng]], on the shin. Minor bruising only. Security officer
        [[name:Dave Lennox]] had not been told of the departure. Pilot ([[name:Capt Hughes]]) was not
        aware. Reported through the trust and shared with the ICB. The {{Romeo}} marker (helipad
        edge) had no barrier. Ref [[case_reference:HSW-24-0562]].
    """.replace("[[name:Capt Hughes]]", "Capt [[name:Hughes]]"))),
    ("aviation", "success", prose("""
        Organ transport. A donor kidney was flown from the south-west to [[organisation:Queen
        Eleanor Transplant Unit]] on [[date:11 November 2023]] by [[organisation:Wolds Aeromedical]]
        {{King Air}} [[aircraft_registration:G-WOLD]], flight [[flight_number:WLD21]]. Fog at the
        destination meant a diversion was likely, so the transplant coordinator [[name:Hannah Pryce]]
        had a blue-light car waiting at the alternate. Cold ischaemic time stayed inside target and
        recipient [[name:Mr T. Mwangi]] ([[age:48]]) has good graft function. Shared as good
        practice in multi-agency planning.
    """.replace("[[name:Mr T. Mwangi]]", "Mr [[name:T. Mwangi]]"))),
    ("aviation", "near_miss", block("""
        Air ambulance CD check - discrepancy (near miss)
        Base: [[organisation:Tatton Heath Airbase]]    Date: [[date:05/01/2024]]
        Aircraft: [[aircraft_registration:G-TVAB]]
        Crew: [[name:Rob Jarvis]] (pilot), [[name:Anjali Desai]] (CCP), [[name:Tom Keogh]] (doctor)

        {{Ketamine}} 200mg ampoule count 9, register 10. Found in the {{drug pouch}} of the
        second kit after 40 minutes. Cause: kit swapped between aircraft and register not updated.
        [[name:Anjali]] raised it before the next tasking.
    """)),
    ("aviation", "incident", block("""
        TASKING LOG (extract) - [[date:28 June 2024]]
        13:02 [[flight_number:Helimed 54]] tasked, RTC A38, 2 patients
        13:19 On scene, landed in lay-by, road closed by police
        13:48 Patient 1, male, [[age:19]], intubated on scene by Dr [[name:Olamide Bello]]
        14:06 Lift for [[organisation:Royal Trentside Hospital]]
        14:21 Landed. Handover via {{ATMIST}}. Trauma team not assembled - {{trauma call}} not put out
        14:29 Trauma team arrive
        Comment ([[name:Bello]]): 8-minute wait on the pad with an intubated patient.
        Hospital ref [[case_reference:RTH-TR-24-1190]]
    """)),
    ("aviation", "success", prose("""
        Fixed-wing paediatric transfer. Baby [[name:Nova Hussain]], [[age:9 days]] old, needed {{ECMO}}
        in Glasgow. [[organisation:Wolds Aeromedical]] flew her on [[date:14 March 2024]] from
        [[organisation:East Midlands Airport]] in a {{Learjet 45}}, flight [[flight_number:WLD07]]. The neonatal transport
        team from [[organisation:Bluebell Neonatal Unit]] travelled with her. Parents [[name:Sana]] and
        [[name:Rizwan]] were given seats on the same flight, which is not usual, because the nurse in
        charge, [[name:Morag Sutherland]], pushed for it. Family feedback has been shared with the ICB.
    """)),
    ("aviation", "near_miss", prose("""
        Airport security and insulin. [[name:Jamal Ahmed]], [[age:15]], type 1 diabetes, had his
        {{insulin}} pens removed at security at [[organisation:East Midlands Airport]] on [[date:22 July 2024]] because his
        letter from [[organisation:Melton Road Surgery]] was two years old. His mum rang
        [[organisation:Airside Pharmacy]], who contacted the GP duty doctor ([[phone:0116 496 0542]]);
        an emergency supply was made and he caught flight [[flight_number:LS851]] to Palma.
        Practice now issues an updated travel letter at the annual diabetes review.
    """)),
    ("aviation", "incident", prose("""
        Laser strike. At 21:40 on [[date:30 January 2024]] an air ambulance,
        [[aircraft_registration:G-TVAA]], spoken as "Golf Tango Victor Alpha Alpha" on the radio, was
        illuminated by a green laser on final approach to the hospital helipad. The pilot,
        [[name:Sam Oyelaran]], had temporary glare and went around before landing safely. The
        patient on board, a man, [[age:63]], had a {{STEMI}}; his transfer to the {{cath lab}} was
        delayed 6 minutes. Police crime no. [[case_reference:23/41870/24]]. Security have since found
        a position in the multi-storey car park.
    """.replace('"Golf Tango Victor Alpha Alpha"', '"[[aircraft_registration:Golf Tango Victor Alpha Alpha]]"'))),
    ("aviation", "success", prose("""
        Peak District rescue. A farmer, [[name:Gethin Morgan]], [[age:58]], was crushed by a quad bike
        at [[address:Lower Hollins Farm]], near Longnor [[postcode:SK17 0PB]] on [[date:17 October
        2023]]. His wife [[name:Rhian]] called 999 and gave the {{what3words}} location. The air
        ambulance ([[flight_number:Helimed 68]]) landed in the yard; [[organisation:Upper Dove Mountain Rescue]] had also been
        paged. His GP, Dr [[name:Annabel Wray]], wrote to thank the crew: he had a
        {{pelvic binder}} on within 11 minutes and is walking again.
    """)),
    ("aviation", "near_miss", prose("""
        Drone delivery to a GP practice. On [[date:19/02/2024]] the [[organisation:Skylink Medical
        Logistics]] drone delivered a box of {{Emerade}} pens to the landing pad at
        [[organisation:Hartington Surgery]] but the practice nurse, [[name:Carys]], found it had been
        labelled for [[organisation:Tideswell Surgery]]. The drone was relaunched and the right box
        arrived 50 minutes later. No patient was waiting. Reported by the practice manager,
        [[name:Owen Pickering]]; operator's ref [[case_reference:SML-OCC-0142]].
    """)),
    ("aviation", "incident", block("""
        From: [[name:Bronagh McCann]], Discharge Coordinator
        To: ICB patient safety
        Re: Discharge to Belfast by air - oxygen not arranged

        Mr [[name:Seamus Quinn]] (NHS [[nhs_number:134 932 9770]], DOB [[date_of_birth:21/05/1950]])
        was discharged on [[date:8 March 2024]] to fly home on [[flight_number:EI3327]]. The airline
        needed 48 hours' notice for {{medical oxygen}} and nobody had booked it. He missed the flight
        and spent two nights in a hotel near the airport at his own cost. His daughter
        [[name:Orla]] ([[phone:07700 900388]]) complained. {{MEDIF}} form now on our checklist.
        [[name:Bronagh]]
    """)),
    ("aviation", "success", prose("""
        Helipad handover done well. On [[date:1 May 2024]] crew of [[aircraft_registration:G-TVAB]]
        landed at the hospital helipad at night after the pilot had weighed up a {{PAN PAN}} call
        for weather; no {{Mayday}} was needed. Paramedic
        [[name:Lewis Tranter]] used the {{ATMIST}} format and the ED consultant, Dr [[name:Farah
        Siddiqui]], said the handover took 58 seconds with every member of the team listening. The
        patient, [[name:Ellie-Mae Turner]], [[age:12]], had fallen from a horse near
        [[organisation:Birchwood Riding Stables]]. Written up for the trauma network newsletter.
    """)),
]


def main() -> None:
    records = build_records("blind71", REPORTS)
    write_records(OUT, records)


if __name__ == "__main__":
    main()
