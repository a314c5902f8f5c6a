"""Held-out blind corpus 75: primary care, early help and general aviation in the UK.

Fifty short, plain reports written the way front-line staff write them: receptionists, GPs,
practice nurses and community pharmacists; family support workers, children's centre staff
and health visitors in early help and family hubs; flying instructors, student pilots, glider
and microlight pilots at small airfields and air displays. Running prose, incident forms,
e-mails, shift logs, chat excerpts, meeting notes, text tables, debriefs and compliments.
Every person, place, number and date is invented.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from markup import block, build_records, write_records  # noqa: E402
from markup import flow as prose  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "corpus" / "heldout_blind75.jsonl"

REPORTS = [
    # ------------------------------------------------------------------ social care (17)
    ("social_care", "incident", prose("""
        On [[date:Tuesday 12 March]] I was covering the {{drop-in}} at
        [[organisation:Northgate Family Hub]] and sent the {{Early Help Assessment}} for
        [[name:Funmilayo Adeyemi]] to the wrong e-mail. Our {{Liquidlogic}} record had two
        parents called [[name:Funmi]] and I picked the top one. The form had her address
        ([[address:27 Cobden Terrace]], [[postcode:BD7 3QL]]), her mobile
        [[phone:07700 900318]] and details about her son, aged [[age:4]]. The other parent
        rang within ten minutes to say she'd got it and had deleted it. I told my
        {{team manager}}, [[name:Shaz]], straight away and we logged it as
        [[case_reference:DPI-2024-0417]]. Mrs [[name:Adeyemi]] was told the same afternoon
        and was upset but calm. Learning: check the {{date of birth}} and address before
        sending, not just the first name, and we've asked {{IT}} to make the search show
        the postcode.
    """)),
    ("social_care", "near_miss", block("""
        Reported by: [[name:K.O.]] ({{family support worker}})
        Location: [[organisation:Riverside Children's Centre]], {{crèche}}
        Date: [[date:03/04/2024]]
        Category: {{Safeguarding}} - near miss
        Description: end of session a man I didnt recognise came to collect
        [[name:Jade Mensah]] (aged [[age:2]]). Said he was mums new partner "[[name:Dean]]".
        Mum ([[name:Rochelle Mensah]]) had not put him on the {{collection list}}. I kept
        [[name:Jade]] with staff and rang mum on [[phone:07700 900542]]. She said she had
        asked him to pick up but forgot to tell us. No harm done.
        Action taken: we do not release children to anyone not on the list, even if they
        seem to know the family. Mum came in and added him. Flagged to {{DSL}}
        [[name:Hope Barrington]].
    """)),
    ("social_care", "success", block("""
        From: [[email:lou.harrow@westmoorfamilyhubs.org.uk]]
        To: HV team
        Subject: lovely feedback!!

        Hi all,

        Just had a call from Mrs [[name:Okonkwo-Bell]] who wanted to say thank you to
        [[name:Grace Tiernan]]. At the {{6-8 week review}} [[name:Grace]] picked up that mum
        wasn't sleeping even when baby was, scored her on the {{EPDS}} and got her seen by
        {{Perinatal Mental Health}} that same week. Mum says she "wouldn't be here" without
        that visit. [[name:Grace]]'s follow-up calls every {{Friday}} made the difference.

        Going in the compliments folder and I'll share at {{Thursday huddle}}.

        Lou
        [[name:Louise Harrow]] | {{Health Visiting Team Lead}}
        [[organisation:Westmoor Family Hubs]] | [[phone:01632 960417]]
    """)),
    ("social_care", "incident", block("""
        {{HAF}} holiday club - [[organisation:Brookside Family Hub]] - [[date:Wed 7 Aug]]
        09:30 22 children signed in. Allergy sheet checked by [[name:Tom]] and [[name:Priti]].
        11:45 {{Packed lunch}} swap between two boys, not seen by staff.
        11:55 [[name:Aarav Joshi]] ([[age:8]]) said mouth itchy, lips swelling. Known
              {{peanut allergy}}.
        11:57 [[name:Priti]] gave {{EpiPen}} from his bag. 999 called.
        12:10 {{Ambulance}} on scene. Mum ([[name:Meera Joshi]]) rang on [[phone:07700 900266]].
        12:40 Taken to {{A&E}} with mum, discharged that evening.
        Notes: sandwich was {{Nutella}} + {{peanut butter}}. We had a "no swapping" rule but
        nobody was watching the tables at lunch. From tomorrow one adult per table.
        Logged [[case_reference:HAF-24-031]]. Written by [[name:Tom Kettering]], session lead.
    """)),
    ("social_care", "near_miss", block("""
        [09:12] [[name:Bill]]: morning, on my way to the [[name:Nowak]] visit, is it still
        [[address:4 Hawthorn Close]]?
        [09:13] [[name:Sunny]]: NO they moved!! new address is [[address:41 Hawthorn Court]]
        [[postcode:LS11 5TW]]
        [09:13] [[name:Sunny]]: its on {{Mosaic}} but the {{case summary}} still has the old one
        [09:14] [[name:Bill]]: glad i asked. old address is where ex-partner still lives
        [09:15] [[name:Sunny]]: exactly. {{Non-Mol}} in place. do NOT go there
        [09:31] [[name:Bill]]: at the right place, [[name:Agnieszka]] and kids fine
        [09:33] [[name:Sunny]]: will ask [[name:Faith]] to fix the summary today

        (excerpt shared with consent for {{learning review}}, names on the chat are
        [[name:Bill Ashworth]] and [[name:Sunny Gill]])
    """)),
    ("social_care", "success", block("""
        {{Team Around the Family}} review - [[name:Dawson]] family - [[date:21 May 2024]]
        Present: [[name:Rose Chikwanha]] (lead practitioner), Mr [[name:Dawson]] (dad),
        [[name:Dawn Dawson]] (mum), school {{SENCo}} Ms [[name:Pryce]],
        school nurse, housing officer
        - Attendance for [[name:Kieran]] up from 61% to 93% since {{walking bus}} started
        - Damp in bedroom fixed by [[organisation:Calder Valley Homes]]
        - [[name:Dawn]] finished {{Triple P}} course, says bedtimes much calmer
        - {{Food bank}} vouchers no longer needed
        - Agreed to step down to {{universal services}}. Family happy with this.
        Actions: [[name:Rose]] to send closure letter, school to keep check-in on {{Mondays}}.
    """)),
    ("social_care", "incident", prose("""
        I'm a {{health visitor}} and on [[date:9th January]] my work laptop bag was taken
        from my car ([[vehicle_registration:YD19 KHT]]) while I was on a {{new birth visit}}
        on [[address:Pellon Lane]]. The laptop was encrypted but the bag also had my paper
        diary with first names and door numbers for that week, and a {{Red Book}} page I'd
        copied for a family. I reported to the police (crime ref
        [[case_reference:14/2291/24]]) and rang my manager [[name:Mark Fenwick]] within the
        hour. We wrote to seven families. Learning: diaries should not leave the
        {{family hub}}, use {{SystmOne}} mobile only, and nothing left in cars even in the
        boot. Reported by [[name:J. Ruddock]], [[organisation:Halden Health Visiting Team]].
    """)),
    ("social_care", "near_miss", prose("""
        Near miss at the {{baby clinic}} at [[organisation:St Anne's Children's Centre]] on
        [[date:Thursday 18 April]]. A nursery nurse plotted baby [[name:Zara Hussain]]'s
        weight in the {{Red Book}} on the wrong line (she had copied her twin sister
        [[name:Zainab]]'s weight). [[name:Zara]] looked like she had dropped two
        {{centiles}} and mum was very worried. I double-checked against the {{scales}}
        printout and {{SystmOne}} and it was just the wrong twin. Corrected with mum there
        and apologised. Nothing went wrong but it could have meant an unnecessary referral
        to the {{paediatrician}}. Now we weigh twins one at a time and write the name on the
        printout before the next baby goes on. - [[name:nk]], {{community nursery nurse}}
    """)),
    ("social_care", "success", block("""
        Debrief - disclosure at {{Stay and Play}}, [[organisation:Oakwood Family Hub]]
        Date of event: [[date:2 February 2024]]

        What happened: mum ([[name:S.]]) told volunteer [[name:Will Okafor]] in the kitchen
        that her partner had taken her phone and bank card. [[name:Will]] stayed calm, did
        not promise to keep it secret and went to get our {{DSL}} [[name:Hannah Wren]].
        What went well:
        * {{DASH}} done in the quiet room while a worker kept the kids busy
        * Referral to {{MARAC}} and {{IDVA}} same day, {{Operation Encompass}} informed
        * mum went to {{refuge}} that night with both children
        What we'd change: our "{{Ask for Angela}}" poster is behind the door, moving it.
        Thanks to [[name:Will]] - first month volunteering!
    """)),
    ("social_care", "incident", block("""
        Subject: RE: Baby massage course - dates
        From: [[name:Claire Doughty]] <[[email:c.doughty@brindleyfamilyhub.org.uk]]>

        Hi [[name:Amina]],

        Sorry, I've realised my email this morning about the {{baby massage}} course went
        to all 14 parents in the "To" line rather than {{BCC}}. Everyone can see everyone's
        email, including [[email:jess.mcbride88@mailbox.example]] and
        [[email:p.sandhu.home@mailbox.example]] who are both known to us for
        {{child protection}} reasons. I've sent a recall but some have opened it. I have
        logged it on {{Datix}} ([[case_reference:DX-55921]]) and let our {{IG lead}} know.

        Claire
        [[name:Claire Doughty]], {{Family Hub Coordinator}}
        [[organisation:Brindley Family Hub]], [[address:Unit 3, Canal Street]],
        [[postcode:WF3 4HJ]]
    """)),
    ("social_care", "near_miss", block("""
        {{Safe sleep}} check - home visit - [[date:14/06/2024]] - HV: [[name:A.Mc]]
        Item | Found | Action
        {{Moses basket}} | ok, firm mattress | none
        {{Cot bumper}} | yes, new from a relative | removed with parent
        Room temp | 24C, {{room thermometer}} red | window open, one blanket
        Co-sleeping on {{sofa}} | dad says "once or twice" | discussed {{Lullaby Trust}}
        Smoking | mum stopped, dad outside | referred {{Smokefree}}
        Baby: [[name:Teodor]] ([[age:5 weeks]]). Parents [[name:Ionut]] and
        [[name:Mihaela Popescu]], [[address:9 Coronation Street]], [[postcode:HX1 2PG]].
        Romanian {{interpreter}} via phone. Parents receptive, revisit in 2 wks.
    """)),
    ("social_care", "success", prose("""
        Compliment card left at reception at [[organisation:Meadowbank Children's Centre]],
        typed up for the file: "To [[name:Frank]] and Mrs [[name:Iqbal]], thank you for
        everything this year. When I first came to {{Chatterbox}} group my little boy
        [[name:Reuben]] didn't say any words and I was scared to ask anyone. You got us the
        {{speech and language}} drop in and helped me fill in the {{DLA}} form. He's now
        saying 'juice' and 'nana' and he starts nursery in {{September}}. You never made me
        feel stupid. Love [[name:Becky]] and [[name:Reuben]] xx". Received
        [[date:19 July 2024]] by [[name:Dawn Kerrigan]], {{Centre Manager}}.
    """)),
    ("social_care", "incident", block("""
        Incident log - [[organisation:Southfield Family Hub]] - [[date:Fri 6 Sept 2024]]
        15:00 {{Toddler Tumble}} session ends. Register shows 11 children.
        15:20 Hall locked by caretaker.
        15:34 Caretaker hears crying, finds [[name:Leo Brannigan]] ([[age:3]]) in the
        {{soft play}} tunnel.
        15:35 Staff called back, [[name:Leo]] unhurt, given a drink.
        15:38 Grandad (Mr [[name:Brannigan]]) phoned on [[phone:07700 900733]], he had left
              with [[name:Leo]]'s older sister thinking [[name:Leo]] was with mum.
        15:55 Grandad collects.
        Why: no final head count against the {{sign-out sheet}}, and tunnel not checked.
        Learning: two-person sweep of hall incl. {{ball pit}} and tunnels before locking.
        {{LADO}} not needed, {{Ofsted}} notified as registered provision.
        Ref [[case_reference:SFH/INC/0092]] - [[name:PD]]
    """)),
    ("social_care", "near_miss", prose("""
        Health visiting near miss. When I opened the {{transfer-in}} record for a new baby
        (DOB [[date_of_birth:02/05/2024]]) the {{NHS number}} on the {{birth notification}}
        was [[nhs_number:525 982 0053]] but the one the GP surgery sent was
        [[nhs_number:121 805 0322]], which belonged to a different baby in another county.
        If I'd merged them her {{immunisations}} and {{hearing screen}} result would have
        gone on the wrong child. I checked with mum [[name:Chloe Stirling]] against the
        {{Red Book}} and [[organisation:Fernlea Medical Practice]] fixed their end. Flagged
        on {{Datix}} [[case_reference:W-204881]]. - [[name:Ngozi]], {{HV}}
    """)),
    ("social_care", "success", prose("""
        Quick one for the newsletter. Mr [[name:Tran]] brought his wife to
        [[organisation:Eastgate Family Hub]] but they only speak Vietnamese and in the past
        we'd have used their [[age:12]]-year-old daughter to translate. This time
        receptionist [[name:Mariam]] booked a {{Language Line}} {{interpreter}} on the
        {{iPad}} and mum disclosed she was having {{panic attacks}} and skipping meals to feed
        the children. She's now with the {{Healthy Minds}} team and on the
        {{Household Support Fund}}. Not using children as interpreters works. - [[name:Ellie]]
    """)),
    ("social_care", "incident", block("""
        Reported by: [[name:Dominika Wiśniewska]], {{Family Hub Receptionist}}
        Location: front desk, [[organisation:Ashby Road Family Hub]]
        Date/time: [[date:22/10/2024]] approx 10:40
        Description: a dad (Mr [[name:R. Clegg]]) became angry when told the
        {{Early Help}} worker was off sick. He swore, threw the {{visitors book}} and
        kicked the door to the {{breastfeeding room}}. Two mums and babies in the waiting
        area. I pressed the {{panic button}}. Manager [[name:Mark Holroyd]] came out and
        asked him to leave. PC [[name:Lowe]] attended later, ref [[case_reference:CAD 0714]].
        Injuries: none. I was shaken.
        Follow up: warning letter, sign on door, lone reception cover reviewed.
    """)),
    ("social_care", "near_miss", block("""
        [14:02] [[name:Hope]]: hiya is [[name:Jas]] doing the {{Dads Group}} on {{Saturday}}?
        [14:04] [[name:Mark]]: yes but her {{DBS}} ran out in august
        [14:04] [[name:Hope]]: omg
        [14:05] [[name:Mark]]: checked the {{Update Service}} and it wasnt renewed, she thought we
        did it
        [14:07] [[name:Hope]]: ok shes not doing it then. [[name:Rose]] can cover
        [14:09] [[name:Mark]]: ive put a reminder on the {{volunteer tracker}} for everyone 60 days
        before expiry
        -- volunteers coordinator note: near miss, no unchecked contact with families.
    """)),
    # ------------------------------------------------------------------ health (17)
    ("health", "incident", block("""
        Reported by: [[name:Tasha]] ({{receptionist}})
        Location: [[organisation:Millbrook Surgery]], front desk
        Date: [[date:11/03/2024]]
        What happened: gave a {{paper prescription}} to Mr [[name:Ahmed]] for
        {{amlodipine}}. It was for a different Mr [[name:Ahmed]] (DOB
        [[date_of_birth:04/09/1951]]). I only asked for surname and first line of address and
        they both live on [[address:Bright Street]]. Pharmacist at
        [[organisation:Kwik Pharmacy]] noticed the DOB didn't match and rang us on
        [[phone:01632 960528]].
        Harm: none, not taken.
        Learning: always check name AND DOB, read back. Discussed at {{practice meeting}}.
        Datix: [[case_reference:MB-0311-07]]
    """)),
    ("health", "near_miss", prose("""
        Community pharmacy near miss. On [[date:Monday 15 April]] a new script came through
        the {{EPS}} for [[name:Doreen Platt]] ([[age:78]]) for {{methotrexate}} 2.5mg
        "take four tablets daily". Her previous scripts were four tablets once a week on a
        {{Wednesday}}. Our {{dispenser}} [[name:Kwame]] flagged it before it went into the
        {{blister pack}}. I phoned [[organisation:Parkside Medical Centre]] and the GP
        confirmed a picking error on {{EMIS}}. Corrected to weekly, {{folic acid}} checked.
        Learning: we've added a shelf talker for high-risk drugs. - [[name:R. Banerjee]],
        {{pharmacist}}, [[organisation:Banerjee Chemists]]
    """)),
    ("health", "success", block("""
        From: [[email:stephen.moyo@fastmail.example]]
        To: [[email:complaints.compliments@nhsooh.example]]
        Subject: Thank you to the doctor at out of hours

        Dear Sir/Madam,
        On [[date:Saturday 2 March]] I brought my daughter [[name:Ruby]] ([[age:6]]) to the
        {{out-of-hours}} base at [[organisation:Kingsmead Health Centre]] because she had a
        temperature and was floppy. Dr [[name:Anand]] didn't just give {{Calpol}}, he noticed
        her hands were cold and her breathing was fast and sent us straight to the
        {{children's ward}}. It was {{sepsis}}. She's home and well now.
        Please pass our thanks to Dr [[name:Anand]] and the {{triage nurse}}.

        Kind regards,
        [[name:Stephen Moyo]]
        [[phone:07700 900187]]
    """)),
    ("health", "incident", block("""
        {{Vaccine fridge}} log - [[organisation:Harewood Lane Practice]] - nurse's room 2
        [[date:Mon 8 Jan 2024]]
        08:15 Data logger shows max 14.2C over weekend. Door not shut properly Friday.
        08:20 Fridge quarantined, "do not use" sign. {{Cold chain}} breach.
        08:30 Phoned {{Immform}} helpline / manufacturer for {{Fluenz}}, {{Priorix}},
        {{Infanrix hexa}}.
        09:00 Clinics for the morning cancelled, 9 pts rebooked by [[name:Dawn]] on reception.
        11:40 Advice: {{Fluenz}} must be destroyed, others ok to use. Approx £1,900 lost.
        Action: door alarm ordered, two checks at close. Logged [[case_reference:HL-24-002]].
        Sr [[name:Patricia Oduya]], {{Lead Practice Nurse}}
    """)),
    ("health", "near_miss", prose("""
        GP here. While {{workflow}} was going through incoming letters on
        [[date:27/02/2024]], a {{CT}} report showing a suspicious lung lesion had been filed to
        [[name:Harold Bates]] (NHS [[nhs_number:540 994 1225]]) instead of [[name:Harry Bates]]
        (NHS [[nhs_number:255 237 5553]]). [[name:Harold]]'s record had no chest symptoms so
        the {{coder}}, [[name:Alisha]], queried it with me rather than just filing it. We
        moved it to the correct record and I rang [[name:Harry]] the same day to arrange the
        {{2WW}} referral. Learning: {{Docman}} matches on name and DOB so similar names slip
        through; always check {{NHS number}}. - Dr [[name:M. Sheikh]]
    """)),
    ("health", "success", prose("""
        Nice catch by our receptionist [[name:Faith]] on [[date:16th May]]. A lady rang to
        book a routine appointment for her husband with "indigestion" at
        [[organisation:Elmwood Surgery]]. [[name:Faith]] asked the {{red flag}} questions
        from our {{care navigation}} script and he had chest tightness going into his left
        arm and was sweaty. She told her to ring {{999}} and kept her on the line. He had an
        {{NSTEMI}} and had a {{stent}} at [[organisation:Beckfield General]]. His wife came in
        with flowers and a card. [[name:Faith]] has been here 3 months. Well done!
    """)),
    ("health", "incident", block("""
        Practice WhatsApp (staff) - shared for {{SEA}}
        [10:21] [[name:Gemma]]: man shouting about his {{sick note}}, Dr [[name:Lin]] busy
        [10:22] [[name:Gemma]]: hes shouting at [[name:Kayleigh]], theres kids in waiting room
        [10:22] [[name:Sanjay]]: pressing panic alarm on {{EMIS}} now
        [10:24] [[name:Sanjay]]: PM with you
        [10:31] [[name:Gemma]]: hes gone. threw a chair, no one hurt. name [[name:Scott Marr]]
        [10:40] [[name:Sanjay]]: police rang, ref [[case_reference:NY-2406-1183]]
        -- {{Practice Manager}} note: zero tolerance letter sent, {{Special Allocation Scheme}}
        considered. Staff offered {{Vivup}} support.
    """)),
    ("health", "near_miss", prose("""
        Near miss in {{baby clinic}} [[date:12.09.24]]. I had drawn up {{Boostrix-IPV}} for
        a mum's {{whooping cough}} vaccine but the next patient was a [[age:3]]-year-old due
        {{Repevax}} for the {{pre-school booster}}. Both boxes look similar and were in the
        same tray. When I did the {{three-way check}} with mum ([[name:Lauren]]) reading the
        name from the {{Red Book}} I noticed the wrong box. No vaccine given in error.
        Moved to separate fridge shelves with coloured labels. - {{PN}} [[name:Grace]],
        [[organisation:Rosehill Medical Group]]
    """)),
    ("health", "success", block("""
        {{Significant Event}} meeting - [[date:4 June 2024]] - positive event
        Attendees: Dr [[name:Okafor]], Dr [[name:Hughes]], Nurse [[name:Bibi]],
        [[name:Frank Lister]] (PM), [[name:Jo]] (reception)
        * [[name:Jo]] noticed Mr [[name:Kowalczyk]] hadn't collected his {{repeat}} for 3
          months - {{insulin}}. Rang him on [[phone:07700 900829]], no answer.
        * Asked {{social prescriber}} to knock; he was confused and unwell, {{DKA}}
        * Admitted, now home with {{district nurses}} visiting
        * Learning: {{uncollected prescriptions}} report to be run every {{Monday}}
        * Share with [[organisation:Hollins PCN]] practices
    """)),
    ("health", "incident", prose("""
        {{Controlled drug}} discrepancy at [[organisation:Hillside Pharmacy]],
        [[address:112 Market Street]], [[postcode:OL9 8AZ]]. At the weekly {{CD register}}
        check on [[date:Friday 19 July]] the running balance for {{Oramorph}} 10mg/5ml was
        100ml short. Traced to a supply to Mrs [[name:Patience Adjei]] on
        [[date:17/07/2024]] where 200ml was handed out but 100ml entered. Patient's daughter
        confirmed she got 200ml and it was correct on the script. Entry corrected with
        annotation, {{CDAO}} informed, ref [[case_reference:CD-0719-3]]. Two people now
        check every {{Schedule 2}} entry. - [[name:Imran]], {{responsible pharmacist}}
    """)),
    ("health", "near_miss", prose("""
        {{Out of hours}} {{home visit}} [[date:23/12/2023]]. The {{111}} referral said
        [[address:16 Lowther Road]] but the patient, [[name:Eileen Marsh]] ([[age:91]]),
        lived at [[address:16 Lowther Grove]] in the next village. Our driver
        [[name:Bill]] got there at 02:10 and woke up the wrong house. They were kind about
        it. We rang the number on the call ([[phone:01632 960773]]) and her son gave the right
        address. Seen at 02:40, {{UTI}}, treated with {{nitrofurantoin}}. Could have been
        very late for someone sicker. Now we read back the address and postcode on every
        visit call. - Dr [[name:Sunny Okoro]], {{OOH GP}}
    """)),
    ("health", "success", prose("""
        {{Pharmacy First}} consultation at [[organisation:Greenway Pharmacy]],
        [[date:14 August]]. A man in his 60s came in with a painful rash on his forehead
        asking for {{Sudocrem}}. I thought {{shingles}} but the rash went to the tip of his
        nose ({{Hutchinson's sign}}) and his eye was red. Didn't supply under the
        {{PGD}} and rang the {{eye casualty}} at [[organisation:Ravensworth Hospital]] who saw
        him same day. {{Herpes zoster ophthalmicus}}, started {{aciclovir}}. He came back to
        say thanks. - [[name:Yusuf]], pharmacist
    """)),
    ("health", "incident", block("""
        From: [[name:Kerry-Ann Boateng]] <[[email:k.boateng@ashgrovesurgery.nhs.example]]>
        To: {{Practice Manager}}
        Subject: letter sent to wrong patient

        Hi [[name:Sue]],
        Today ([[date:3rd October]]) I posted a {{fit note}} and a {{DWP}} {{ESA113}} form for
        [[name:Paul Gregson]], NI [[ni_number:JT 48 21 73 C]], to [[address:8 Sefton Avenue]]
        but that's his old address. New owner rang us. She's posting it back.
        I've logged it on {{Datix}} ([[case_reference:AG-1003]]) and told [[name:Paul]].
        I think the address on the {{PDS}} wasn't synced.
        [[name:Kerry-Ann]]
        {{Medical Secretary}}, [[organisation:Ashgrove Surgery]]
    """)),
    ("health", "near_miss", block("""
        {{Warfarin}} repeat review - practice pharmacist worklist [[date:29/01/2024]]
        Patient | Last {{INR}} | Request | Outcome
        [[name:G. Whitby]] | 7 weeks ago | 3mg + 1mg tabs | on hold, INR booked
        [[name:Mohammed Rafiq]] | 2 weeks | 5mg | issued
        [[name:Rose Devlin]] | 14 weeks! | 1mg | held, rang pt
        Note: [[name:Rose Devlin]] was also started on {{clarithromycin}} by the
        {{walk-in centre}} last week. INR done same day = 6.8. {{Anticoagulation clinic}}
        advised omit 2 days. Would have been issued automatically by {{repeat template}}.
        - [[name:Chidi]], {{clinical pharmacist}}
    """)),
    ("health", "success", prose("""
        Positive practice. During a {{cervical screening}} appointment on [[date:5 March]]
        our {{practice nurse}} [[name:Jan Ellis]] noticed bruises on the patient's upper
        arms. She asked gently when they were alone and the patient said her husband grabs
        her. [[name:Ellis]] followed the {{IRIS}} pathway, gave the {{advocate educator}}
        number and coded it safely on the record so it won't show on the {{NHS App}}. The
        patient has since engaged with {{Women's Aid}}. - Dr [[name:Malik]],
        [[organisation:Thornbury Health Centre]]
    """)),
    ("health", "incident", prose("""
        Our delivery driver left a bag of medicines for Mr [[name:Oyelaran]] including his
        {{Zomorph}} on the doorstep of the wrong house on [[date:Wednesday 10 July]]. Van
        [[vehicle_registration:KX19 TFE]], route 3. The neighbour at [[address:22 Ivy Bank]]
        brought it to the pharmacy next morning. Mr [[name:Oyelaran]] had missed an evening
        dose and was in pain; the GP at [[organisation:Dale View Surgery]] was informed. Our
        {{SOP}} says {{CD}} deliveries must be signed for. Driver retrained. Ref
        [[case_reference:DLV-3340]]. - [[name:Nadia]], {{pharmacy manager}}
    """)),
    ("health", "near_miss", block("""
        OOH debrief - baby with {{bronchiolitis}} - [[date:Sun 14 Jan]]
        Who: Dr [[name:Will Stanton]] (GP), [[name:Nkechi]] ({{ANP}}), [[name:Lee]] (driver)
        What happened: [[age:4 month]] old seen at 21:00 with cough and cold. Sats 95%,
        plan was {{safety netting}} and home.
        [[name:Nkechi]] re-checked before they left: feeding less than half, {{recession}}
        visible, sats 91% on second probe.
        Sent to {{paediatric assessment unit}}, needed {{high-flow oxygen}}.
        Learning: second set of obs before discharge for under 6 months; use {{NICE}}
        feeding question.
        Reported by [[name:Will Stanton]] on [[date:15/01/2024]]
    """)),
    # ------------------------------------------------------------------ aviation (16)
    ("aviation", "incident", prose("""
        Student pilot report. On [[date:4 May 2024]] I was doing circuits in
        [[aircraft_registration:G-BXTL]], a {{Cessna 152}}, at
        [[organisation:Netherfield Airfield]]. After landing on {{runway 24}} I backtracked and
        turned onto the {{grass taxiway}} but I crossed the {{holding point}} for runway 32
        without calling. A {{PA-28}}, [[aircraft_registration:G-OKAY]], was on short final
        and went around. I didn't hear the {{A/G radio}} call because I was changing
        frequency. My instructor [[name:Chris Amadi]] debriefed me. I will read back every
        hold and stop if unsure. Reported on the {{MOR}} as [[case_reference:OR-24-5521]].
        - [[name:J.S.]]
    """)),
    ("aviation", "near_miss", block("""
        {{Airprox}} report (club copy)
        Reporter: [[name:Hamish Buchanan]], {{glider}} pilot, [[organisation:Pennine Soaring Club]]
        Date/time: [[date:16/06/2024]] 14:25 local
        Aircraft: {{ASK 21}} [[aircraft_registration:G-DHLK]] and a flex-wing microlight
        Position: 3nm NE of the site, 3,200ft, thermalling
        Description: microlight passed approx 150ft below and behind, no {{FLARM}} warning.
        I think the microlight had no {{electronic conspicuity}}. Could not read his reg.
        Risk: I assess as B.
        Actions: reported to {{UKAB}}, ref [[case_reference:2024-118]]. Club to
        promote the {{CAA}} {{EC rebate}} to local microlight schools.
        Tel [[phone:07700 900654]]
    """)),
    ("aviation", "success", prose("""
        Debrief from my lesson with [[name:Faith Odukoya]] on [[date:Thursday 27 June]] in
        [[aircraft_registration:G-SKYE]]. At 2,500ft over the {{reservoir}}
        the engine started running rough with a drop in RPM. She went through the drills
        herself: {{carb heat}} on, mixture, {{magnetos}}, and picked a field before I said
        anything. Rough running cleared with {{carb heat}} - classic {{carb icing}}, humid
        day. We returned to [[organisation:Thruxby Aero Club]] and she flew a good
        {{PFL}}-style approach. Well done, student of the month. - Capt [[name:Dev Malhotra]],
        {{FI}}
    """)),
    ("aviation", "incident", block("""
        Fuel incident - [[organisation:Lowfield Flying School]] - [[date:Sat 10 Aug]]
        08:40 New line boy [[name:Kai]] asked to fuel [[aircraft_registration:G-ATMW]]
        ({{PA-28-161}}).
        08:55 Used {{Jet A-1}} bowser instead of {{Avgas 100LL}} (bowser parked in the usual
        spot for the {{Robin}}).
        09:10 Student [[name:Priyanka Rao]] did {{A-check}}, fuel smelt odd and looked clear
        not blue. Told ops.
        09:15 Aircraft grounded. [[name:Mark Delaney]] ({{CFI}}) informed.
        11:30 Tanks drained by engineer, {{fuel system}} flushed.
        Cause: bowsers not labelled, no supervision on first day.
        Fix: nozzle types, labels, supervised fuelling for new staff. MOR
        [[case_reference:LFS-0810]].
    """)),
    ("aviation", "near_miss", block("""
        Club group chat, shared with permission
        [17:02] [[name:Ravi]]: just got back. nearly bust the {{Manchester CTR}} on the way
        back from [[organisation:Ravenscar Microlights]]
        [17:03] [[name:Ravi]]: {{SkyDemon}} froze, I was looking at the map and drifted north
        [17:03] [[name:Dot]]: yikes
        [17:04] [[name:Ravi]]: {{airspace warning}} went off at 0.3nm. turned away
        [17:05] [[name:Dot]]: were you on the {{listening squawk}}?
        [17:06] [[name:Ravi]]: yes 7366, ATC didn't call me so think I was ok
        [17:08] [[name:Dot]]: send [[name:Dave]] a write up for the {{safety evening}}.
        always have a paper chart backup
        [17:10] [[name:Ravi]]: will do. lesson learnt
    """)),
    ("aviation", "success", block("""
        From: Flt Lt (ret) [[name:Angela Morrow]], {{Flying Display Director}}
        To: volunteers, [[organisation:Wetherby Wings Air Show]]
        Date: [[date:Mon 26 August]]

        Thank you all for a safe show on {{Sunday}}. One highlight: during the
        {{Spitfire}} slot a spectator's {{drone}} appeared over the {{crowd line}}.
        Marshal [[name:Olu Fashola]] spotted it, radioed control and found the operator in
        the car park within 4 minutes. Display held, no conflict. Police were informed and
        the {{CAA}} notified. Excellent work [[name:Olu]].
        Debrief at the clubhouse on [[date:4 September]], 19:00.
        [[name:Angela]]
        [[phone:01632 960215]] | [[email:display.director@wetherbywings.example]]
    """)),
    ("aviation", "incident", block("""
        Winch log - [[organisation:Dunmore Gliding Club]] - [[date:Sun 21 April]]
        Launch 14  13:52  {{K13}} [[aircraft_registration:G-CGFT]]  P1 [[name:Hope Sinclair]]
        {{Weak link}} broke at approx 200ft. Pilot lowered nose, landed ahead, no damage.
        Launch 15  14:10  {{K13}} [[aircraft_registration:G-CGFT]]  same pilot
        Cable broke at 350ft. {{Parachute}} and cable fell onto the {{access track}}
        where [[name:Grant]] was driving the {{retrieve car}}. Missed the car by metres.
        Cause: cable worn and spliced too many times; track not closed during launching.
        Action: new cable, track closed with barrier, {{BGA}} incident report
        [[case_reference:BGA-24-067]]. - [[name:R.T.]], {{duty instructor}}
    """)),
    ("aviation", "near_miss", prose("""
        Doing my {{A-check}} on club aircraft [[aircraft_registration:G-BNVR]] at
        [[organisation:Sandford Flying Group]] on [[date:8th March]] I drained the
        {{fuel sump}} and got lots of water, four tubes before it was clean. Aircraft had
        been parked outside through storm {{Isha}} with the {{fuel cap}} seal cracked. If I
        hadn't kept sampling I'd have taken off. Snag raised on the {{tech log}} and group
        email sent. Mr [[name:Jones]] replaced the seal. - [[name:sunny]], {{PPL}}
    """)),
    ("aviation", "success", prose("""
        First solo for [[name:Aleksander Nowicki]] ([[age:17]]) at
        [[organisation:Kestrel Aviation]] on [[date:Saturday 20 July]] in
        [[aircraft_registration:G-EKLM]]. On downwind the {{tower}} at a nearby field
        reported a {{wind shift}} to a 12kt crosswind. [[name:Aleks]] made a decision to go
        around on his first approach when he drifted, flew a second circuit and landed
        properly using {{crab}} and {{wing down}}. Calm on the radio the whole time. Exactly
        what we teach. Logbook signed by [[name:Bill Henshaw]], {{CFI}}.
    """)),
    ("aviation", "incident", block("""
        Occurrence report
        Reporter: [[name:Gary Pickles]] ({{microlight}} owner/pilot)
        Aircraft: {{Ikarus C42}} [[aircraft_registration:G-CFZA]]
        Location: [[organisation:Marsh End Farm strip]], [[postcode:PE12 7JQ]]
        Date: [[date:30/09/2024]]
        Narrative: landing on 27 in gusty {{crosswind}}, bounced, I tried to save it instead of
        going around, second touchdown hard on nosewheel. {{Nose leg}} bent, prop strike.
        No injuries. My wife [[name:Dawn]] was passenger.
        Contributing: rushed, wanted to get down before rain, last flight 7 weeks ago.
        Reported to {{BMAA}} and {{AAIB}} ([[case_reference:AAIB-30092]]).
    """)),
    ("aviation", "near_miss", block("""
        {{Air display}} ops room - drone log - [[organisation:Cleethorpes Seafront Display]]
        Time | Report | Action
        15:12 | drone seen near {{Hawk}} holding area | display paused, {{Red Arrows}} held
        15:14 | operator located by PC [[name:Harris]] | drone landed
        15:16 | display resumed | log entry
        15:40 | operator [[name:Lewis Yates]], [[age:19]] | words of advice, no {{Flyer ID}}
        Notes: {{Temporary Danger Area}} was on {{NOTAM}}. The car park sign was hidden
        by a burger van. Next year: signs at all entrances and a PA announcement every hour.
        Logged by [[name:F.M.]], ops.
    """)),
    ("aviation", "success", block("""
        Safety meeting - [[organisation:Eden Valley Flying School]] - [[date:Tue 12 Nov]]
        Present: [[name:Jade Whitlock]] ({{CFI}}), [[name:Tom Okoye]], [[name:Rosa Ferreira]],
        [[name:Ben]] (engineer), 6 students
        - Good news: no {{infringements}} this year after everyone fitted {{SafeSky}} and
          we started the {{pre-flight airspace brief}}
        - [[name:Rosa]] praised for stopping a student flying with {{expired medical}}
        - {{Winter ops}}: frost on wings, do not just brush, use de-icer
        - [[name:Ben]]: [[aircraft_registration:G-HYDE]] back from 50hr check
        - Next meeting [[date:14 January]]
    """)),
    ("aviation", "incident", prose("""
        Hangar rash at [[organisation:Fenwold Airfield]] on [[date:18/02/2024]]. While moving
        aircraft out with the tug ([[vehicle_registration:WX63 PLD]]) I reversed
        [[aircraft_registration:G-RVAT]], an {{RV-7}}, into the {{wing tip}} of
        [[aircraft_registration:G-BBSC]]. Hangar was tighter than usual because of the
        {{Tiger Moth}} in for its {{annual}}. No wing walker, I was on my own. Damage to both
        {{wing tips}}. Owners informed, [[name:Graham]] (owner of
        [[aircraft_registration:G-BBSC]]) was understanding. Rule from now: two people to
        move anything. - [[name:Mick O'Dowd]]
    """)),
    ("aviation", "near_miss", prose("""
        Near miss, [[date:11/05/2024]]. Joining overhead at [[organisation:Caxby Airfield]]
        in [[aircraft_registration:G-BOLN]] I was told by {{Approach}} at the airport next
        door about {{traffic}}: flight [[flight_number:EXS 91K]], an {{ATR 72}} on a long
        final. I had the wrong {{QNH}} set (1009 not 1019) so I was 300ft higher than I
        thought and close to the base of {{controlled airspace}}. [[name:Willow]] in the
        {{A/G}} hut spotted my height call didn't add up. Now QNH is on my {{kneeboard}}
        checklist twice. - [[name:D.P.]]
    """)),
    ("aviation", "success", block("""
        Compliment received via website, [[date:2 June 2024]]:
        "My dad [[name:Frank]] is [[age:80]] and flew {{Chipmunks}} in the RAF. We booked a
        {{trial lesson}} at [[organisation:Marwood Flying Club]] for his birthday. Your
        instructor [[name:Kiran]] let him take the controls for most of the flight and
        was so patient with his hearing aid under the {{headset}}. He talked about it all
        week. Thank you." - [[name:Sarah Leggett]], [[email:sarah.leggett@mailbox.example]]
        Passed to [[name:Kiran]] and posted in the {{crew room}}.
    """)),
    ("aviation", "incident", prose("""
        Student pilot here, [[name:Ola]]. After refuelling [[aircraft_registration:G-WING]] for
        my {{navex}} on [[date:Friday 15 March]] I didn't put the left {{fuel cap}} back on
        properly. Fuel was siphoning out over the wing during the flight. My instructor
        ([[name:mark]]) saw it on the climb out and we came back to land. Lost about 15
        litres. I now do a {{walk round}} after fuelling, not just before, and use the
        {{checklist}}. I had to get to the airport for flight [[flight_number:EZY 6182]] after
        the lesson so I was rushing.
    """)),
]


def main() -> None:
    records = build_records("blind75", REPORTS)
    write_records(OUT, records)


if __name__ == "__main__":
    main()
