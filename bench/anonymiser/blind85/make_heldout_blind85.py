"""Held-out blind corpus 85: city children's services, a teaching hospital and a hub airport.

Children's social care in a large city (assessment, child in need, private fostering, no recourse
to public funds, asylum-seeking families, temporary accommodation), a city teaching hospital's
maternity, neonatal and paediatric emergency services, and a major hub airport's safeguarding,
special assistance and PRM teams. Written in the voice of social workers and their managers,
midwives, nurses, border and airline staff, with many non-Anglo, hyphenated and lower-case names.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from markup import block, build_records, write_records  # noqa: E402
from markup import flow as prose  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "corpus" / "heldout_blind85.jsonl"

REPORTS = [
    # ------------------------------------------------------------------ social care (17)
    ("social_care", "incident", prose("""
        Home visit to the [[name:Okafor-Bello]] family at [[address:27 Tannery Row]],
        [[postcode:E13 9QD]] on [[date:14 March]]. {{Duty social worker}} [[name:Chidinma Eze]]
        went without an interpreter because the {{Language Line}} booking had been made for
        {{Igbo}} rather than {{Yoruba}}. Mum ([[name:Folasade Okafor-Bello]]) suggested her
        eldest, [[name:Tobi]] ([[age:12]]), translate, and [[name:Tobi]] was present while the
        bruising on his little sister was discussed. [[name:Chidinma]] realised part way through
        and stopped the visit. Manager [[name:Ruth Abernethy]] informed the same afternoon and a
        re-visit was booked with a face-to-face interpreter. Learning: check the language on the
        {{Mosaic}} referral against what the family say on the phone, and never use children to
        interpret, even for a first {{Child and Family Assessment}} visit.
    """)),
    ("social_care", "near_miss", block("""
        From: [[name:Priya Raghunathan]] <[[email:priya.raghunathan@northgate-cs.example.gov.uk]]>
        To: [[organisation:Northgate Assessment Team]]
        Date: [[date:Tuesday 9 April 2024]]
        Subject: near miss - private fostering not picked up

        Hi all,
        Quick one for the {{learning log}}. The school nurse at
        [[organisation:St Aidan's RC Primary]] rang about [[name:Mihai]] ([[age:9]]), who has been
        living with a "family friend",
        Mrs [[name:Doina Lungu]], at [[address:Flat 6, Harrow Court]] since January while mum works
        in {{Romania}}. That is a {{private fostering}} arrangement. It went onto {{Mosaic}} as
        "information only" and sat there for 11 days until [[name:Bill]] spotted it on {{Monday}}
        screening. Visit now done, no immediate concerns, {{Regulation 8}} assessment started.
        Please read the PF flowchart again if you do {{front door}} shifts.

        Thanks
        [[name:Priya]]
        [[name:Priya Raghunathan]] | {{Team Manager}} | [[phone:020 7946 0412]]
    """)),
    ("social_care", "success", prose("""
        Compliment received through the {{compliments inbox}} on [[date:2 May]]. Mr
        [[name:Hamid Rezaei]] wrote to thank [[name:Faith Adeyemi]] ({{social worker}},
        [[organisation:Eastbank Child in Need Team]]) for helping his family after they were
        evicted from [[address:41 Coldharbour Walk]]. The family have
        {{no recourse to public funds}} and had spent two nights sleeping in a mosque hall with
        three children. [[name:Faith]] completed a {{section 17}} assessment the same day, got
        {{temporary accommodation}} at [[organisation:Meridian House]] agreed by 6pm, and arranged
        food vouchers through the {{Household Support Fund}}. She also referred the family to an
        immigration adviser. Mr [[name:Rezaei]] said: "[[name:Faith]] treated us like people, not
        a file number." Shared at the {{Practice Week}} celebration.
    """)),
    ("social_care", "incident", block("""
        Reported by: [[name:Kwame Asante-Mensah]], {{Senior Practitioner}}
        Location: [[organisation:Riverside Contact Centre]]
        Address: [[address:8 Gasworks Lane]], [[postcode:N17 6RP]]
        Date/time: [[date:21/05/2024]] 15:40
        Ref: [[case_reference:DTX-SC-24-0713]]
        Category: {{Supervised contact}} - unauthorised adult present
        Description: During supervised contact for [[name:Amani]] ([[age:4]]) and [[name:Zuri]]
        ([[age:2]]), dad's new partner arrived and was let in by reception as "family".
        She is not on the approved list in the {{contact agreement}}. Contact supervisor
        [[name:jo]] ended the session after ten minutes. No harm but [[name:Amani]] was upset
        and cried for mum.
        Immediate action: reception given the {{contact plan}} with photos of approved adults.
        Manager informed: [[name:D. Kowalczyk]]
    """)),
    ("social_care", "near_miss", block("""
        [08:12] [[name:Sunny]]: morning - anyone got the new address for [[name:Thi Lan Nguyen]]
        + kids? housing moved them over the wknd
        [08:13] [[name:Hope]]: which [[name:nguyen]] lol we have three open
        [08:13] [[name:Sunny]]: [[name:lan]], 2 kids, {{CIN}}, {{NRPF}}
        [08:15] [[name:Hope]]: [[address:Room 14, Kestrel Lodge]] [[postcode:E15 2QT]]
        [08:15] [[name:Hope]]: sorry shouldnt have put that here. deleting
        [08:20] [[name:Marek]] ({{TM}}): reminder team - no client names or addresses on
        {{WhatsApp}}. use {{Teams}} or the case notes on {{Mosaic}}. raising at team meeting
    """)),
    ("social_care", "incident", block("""
        Strategy discussion - [[date:3 June 2024]]
        Present: [[name:Yasmin Haddad]] (chair, {{Team Manager}}), DC [[name:Oliver Pryce]],
        Dr [[name:Nkem Obi]] ({{named doctor}}), [[name:R. Sandhu]] ({{Virtual School}})
        - YP [[name:Ahmad Zaki Popal]] ([[case_reference:CR-558213]]) says he is [[age:15]].
          Placed in an adult hotel by the {{Home Office}} after his age was disputed at port;
          9 days before the referral reached us.
        - Shared a room with two adult men. Says he was made to work at a car wash to "pay back"
          his journey. Possible {{modern slavery}} - LA to make {{NRM}} referral as first
          responder.
        - Actions: placement at [[organisation:Larkfield Supported Lodgings]] today;
          {{age assessment}} only if genuinely in doubt, by two trained workers.
        - Learning: hotel referrals to go straight to {{MASH}} not the general inbox.
    """)),
    ("social_care", "success", prose("""
        Debrief after the {{Child Protection Conference}} for the [[name:Wiśniewski]] children on
        [[date:11 June]]. It went really well and I want the learning kept. [[name:Will Osei]]
        ({{social worker}}) sent the report to parents five working days before, translated into
        Polish, and met mum and dad with the interpreter, [[name:Agnieszka]], to go through it
        line by line. Dad, [[name:Paweł]], said afterwards it was the first meeting where he
        understood what we were actually worried about. [[name:Will]] also drew the
        {{Signs of Safety}} three columns on the flipchart, which helped the grandparents join in.
        Conference agreed a {{Child in Need}} plan. Chair: [[name:Dawn Mulholland]].
    """)),
    ("social_care", "incident", block("""
        {{EDT}} log - [[date:Sat 15/06/24]]
        21:05 Call from foster carer Mrs [[name:Rose Kamara]]
        ([[organisation:Brightwater Fostering]]): [[name:Bintu]] ([[age:14]]) not back from
        [[organisation:Northside Youth Hub]], due 20:00.
        21:20 Police informed, {{CAD}} ref [[case_reference:CAD 4417/15JUN]].
        21:45 [[name:Bintu]]'s phone off. Friend says she went to meet "an older guy called
        [[name:Jay]]" in a silver car, reg [[vehicle_registration:LK19 XWP]].
        22:30 {{Missing From Home}} strategy call with {{duty inspector}}.
        23:50 Found by PC [[name:Adebayo]] outside a chicken shop, [[address:Seven Sisters Road]].
        00:30 Home with carer. Not hurt, would not talk about [[name:Jay]].
        Next steps: {{return home interview}}, {{CSE}} screening tool, car reg
        [[vehicle_registration:LK19 XWP]] passed to police.
    """)),
    ("social_care", "near_miss", block("""
        Incident type: Information governance - near miss
        Reported by: [[name:Grace Mbeki-Thomas]], {{Business Support Officer}}
        Team: [[organisation:Southfields Assessment Team]]
        Date: [[date:25/06/2024]]
        What happened: Outcome letter for [[name:Layla Hussain]] ([[case_reference:MOS-1190274]])
        was put in an envelope addressed to a different family, Ms [[name:Ana Popescu]],
        [[address:112 Rookery Road]], [[postcode:SE15 4HD]]. [[name:Grace]] spotted the mismatch at
        franking. Both letters printed from the {{Mosaic}} mail merge in the same batch.
        Action: {{window envelopes}} only, second person checks batches over 10 letters.
        {{ICO}} notification not needed - letter never left the building.
    """)),
    ("social_care", "incident", prose("""
        quick note for file - visited [[name:fatima]] + 3 kids at the b&b
        ([[organisation:Crownfield Guest House]], [[address:3-5 Station Parade]]) placed under
        {{s.17}}. room has no cooker, kids eating cold food, mould on walls, youngest
        [[name:yusuf]] ([[age:11 months]]) has a chesty cough. shared bathroom with adult men and
        no lock. [[name:fatima]] says the man in room 7 tried the door last night. not ok for a
        family w/ a baby. rang [[name:mohammed ali]] in {{TA procurement}}, nothing else til
        {{friday}}. escalated to [[name:SK]] and the {{Head of Service}}. told {{health visitor}}
        too. will chase tomorrow. - [[name:nadia]]
    """)),
    ("social_care", "success", block("""
        From: [[name:Frank Delaney]], {{Designated Safeguarding Lead}},
        [[organisation:Hollybrook Academy]]
        To: [[name:Mariam Siddiqui]]
        Date: [[date:1 July 2024]]
        Subject: thank you - [[name:Semhar]]

        Dear [[name:Mariam]],
        Just wanted to say thank you. When [[name:Semhar]] ([[age:13]]) and her mum came to us from
        the {{initial accommodation}} hotel they had nothing. You got a {{Tigrinya}} interpreter,
        the {{uniform grant}} and the {{free school meals}} claim done in three days.
        [[name:Semhar]] has had full attendance since Easter and has joined the {{netball}} team.
        Best wishes,
        [[name:Frank]]
        [[name:Frank Delaney]] | DSL | [[phone:01632 960218]]
    """)),
    ("social_care", "near_miss", block("""
        Statutory visit tracker - [[organisation:Westmoor CIN Team]] - w/c [[date:8 July]]
        Child | Worker | Last visit | Due | Status
        [[name:Jade O'Connor]] | [[name:T.A.]] | [[date:10/05]] | [[date:07/06]] | OVERDUE
        [[name:Darius Nowicki]] | [[name:M.R.]] | [[date:27/06]] | [[date:25/07]] | ok
        [[name:Aaliyah Mensah-Cole]] | [[name:M.R.]] | [[date:01/07]] | [[date:29/07]] | ok
        Note: [[name:Jade]]'s visit ([[case_reference:MOS-1182650]]) missed because [[name:T.A.]]
        went off sick and the case was not reallocated on {{Mosaic}}. Picked up in {{supervision}}
        by [[name:Bill Nwosu]]; visit done [[date:9 July]], no new concerns. The
        {{performance dashboard}} only flags at 20 working days overdue - asked {{BI team}} to
        change to 5.
    """)),
    ("social_care", "incident", prose("""
        During a {{Child and Family Assessment}} visit to Mrs [[name:Shirin Karimi]] at
        [[address:Flat 22, Beacon Tower]], [[postcode:E14 7BN]], the {{Dari}} interpreter booked
        through [[organisation:Lingua City Interpreting Ltd]] turned out to be a cousin of the
        children's father, who mum had fled. Mum said nothing in the visit but rang the office
        afterwards very frightened that he would now know where she lived. [[name:Shirin]] and the
        children ([[name:Parisa]], [[age:8]], and [[name:Omid]], [[age:5]]) were moved to a
        {{refuge}} with the {{IDVA}} that evening. Social worker: [[name:Ewa Zielińska]]. Reported
        to the agency. Learning: ask at the start whether the interpreter is known to the family,
        use {{telephone interpreting}} from outside the area in domestic abuse cases, and flag for
        {{MARAC}}.
    """)),
    ("social_care", "success", block("""
        Team meeting [[date:17/07/24]] - good news round
        • [[name:Dawn]]: six new {{private fostering}} notifications this quarter after talks at
          [[organisation:Masjid al-Noor]] and [[organisation:Parkside RCCG]]
        • Carers [[name:Kofi]] and [[name:Abena Boateng]] approved as private foster carers for
          their niece, first ever approved inside 42 days
        • [[name:Marta]] finished three {{DBS}} checks inside target
        • Thanks to [[name:Ravi]] from {{Education Welfare}} for the referral on the
          [[name:Ahmed]] boys
        • Agreed: PF leaflet in {{Urdu}}, Polish, {{Somali}} and {{Twi}} to go in school
          welcome packs
    """)),
    ("social_care", "incident", prose("""
        The [[name:Mensah]] family ([[case_reference:CP-24-0391]]) were moved by housing to
        {{temporary accommodation}} in Luton on [[date:19 July]] without anyone telling the
        allocated worker, [[name:Sophie-Anne Clarke]]. The child on a {{child protection plan}},
        [[name:Kojo]] ([[age:6]]), missed two {{core group}} meetings and was out of school for 11
        days. We only found out when [[organisation:Greenhill Primary]] rang to report him
        {{missing education}}. Housing officer [[name:J. Whitlock]] said the {{safeguarding flag}}
        is not visible on the housing system. [[name:Sophie-Anne]] visited [[name:Kojo]] the next
        day; no injuries. Raised with the {{Director of Housing}} as a systems issue.
    """)),
    ("social_care", "near_miss", block("""
        [[name:Sandeep Gill]] 14:02 - maternity SW just rang, mum [[name:Blessing Okoro]] (DOB
        [[date_of_birth:02/02/1999]]) + newborn being discharged today, {{NRPF}}, nowhere to go.
        ward say she's been "sorted" by us??
        [[name:Anca Dumitru]] 14:05 - not by us, nothing on {{Mosaic}}. ringing {{the ward}}
        [[name:Anca Dumitru]] 14:21 - ward thought {{Home Office}} {{section 95}} housing was
        confirmed, it isn't. they'll keep her til tomorrow
        [[name:Sandeep Gill]] 14:23 - ok {{s.17}} assessment today pls, ask
        [[organisation:Cedar Lodge]] for the emergency family room. well caught [[name:Anca]]
    """)),
    ("social_care", "success", prose("""
        Good practice note. [[name:Minh]] ([[age:16]]) was found by police in a cannabis grow at
        [[address:Unit 4, Foundry Yard]] on [[date:24 July]]. Rather than treating him as an
        offender, duty worker [[name:Hao Chen]] raised {{modern slavery}} concerns straight away,
        made the {{NRM}} referral, and had an {{ICTG}} allocated within 48 hours. He went to a
        {{foster home}} with a Vietnamese-speaking carer, Mrs [[name:Tran Thi Hoa]], and has not
        gone missing, which is rare for this cohort. Thanks also to DS [[name:Lucy Brennan]], who
        kept [[name:Minh]] out of custody. Shared with the {{Exploitation Panel}}.
    """)),
    # ------------------------------------------------------------------ health (17)
    ("health", "incident", block("""
        Datix ref: [[case_reference:W-24-118052]]
        Reported by: {{Staff Nurse}} [[name:Oyinda Bakare]]
        Location: [[organisation:Rainbow Neonatal Unit]], Nursery 2,
        [[organisation:St Clement's University Hospital]]
        Date: [[date:04/03/2024]] 02:15
        Patient: Baby [[name:Iqbal]] twin 2, NHS No [[nhs_number:741 313 4721]]
        Description: Baby given 18ml {{expressed breast milk}} labelled for Baby [[name:Nowak]] in
        the next cot. Noticed at 02:40 during the {{EBM}} fridge check. {{Neonatal registrar}}
        informed, both mothers told (Polish interpreter for Mrs [[name:Nowak]]). Barcode scanner
        for {{BadgerNet}} broken since [[date:28 Feb]] so no scan check done.
        Severity: low harm
    """)),
    ("health", "near_miss", block("""
        Maternity triage - [[date:Thursday 14 March]]
        19:10 Mrs [[name:Zahra Ahmadi]] ([[age:31]]), 36+2, {{Farsi}} only, attends with husband
        with "head pain".
        19:15 BP 158/104. Husband interpreting.
        19:30 MW [[name:Dawn]] asks for {{Language Line}}, 20 min wait.
        19:55 Via interpreter: headache 2 days, flashing lights, pain under ribs. Husband had
        said "just tired".
        20:00 {{pre-eclampsia}} bloods, {{labetalol}} given, reviewed by Dr [[name:Tariq Mahmood]].
        22:30 Moved to {{Delivery Suite}}.
        Learning: professional interpreter from first contact, even if family offer.
    """)),
    ("health", "success", block("""
        Dear everyone on [[organisation:Puffin Ward]],
        Our daughter [[name:Hope]] was born at 26 weeks on [[date:2 January]] and came home on
        [[date:12 April]]. We want to thank Sister [[name:Mary-Jo Fitzgerald]], Nurse
        [[name:Ngozi]], Dr [[name:Lin Wei]] and the {{outreach team}}. You taught us
        {{kangaroo care}}, how to give feeds down the {{NG tube}} and how to manage the
        {{home oxygen}}. When we were scared at 3am you sat with us. [[name:Hope]] is now 6kg and
        laughs at everything.
        With love,
        [[name:Elif]] and [[name:Mustafa Demir]] (and [[name:Hope]])
    """)),
    ("health", "incident", block("""
        From: Dr [[name:Amit Chaudhary]]
        To: {{Safeguarding Children Team}}
        Subject: [[case_reference:INC-77120]] - missed CP-IS alert

        Hi both,
        [[name:Rio]] ([[age:7 months]]) came to our {{paediatric ED}} on [[date:6 May]] with a
        bruise to the ear, was seen by a locum and sent home. The {{CP-IS}} alert was on the
        record but sits in a tab nobody opens. [[name:Rio]] came back on [[date:9 May]] with a
        femur fracture and is now subject to {{section 47}} enquiries. Using {{TEN-4-FACESp}}
        would have flagged the ear bruise in a non-mobile baby. Can we discuss at Thursday's
        {{safeguarding huddle}}?

        Thanks
        [[name:Amit]]
        Dr [[name:Amit Chaudhary]], {{Consultant}} Paediatric Emergency Medicine
        [[phone:020 7946 0739]]
    """)),
    ("health", "near_miss", prose("""
        near miss on postnatal ward tonight. two women called [[name:Begum]] in bays 3 and 5,
        [[name:Rukhsana Begum]] and [[name:Rokeya Begum]], DOBs a month apart. {{anti-D}} was
        prescribed for bay 5 but drawn up for bay 3. caught at the bedside when MW [[name:kasia]]
        checked the wristband against {{EPMA}} - [[name:rokeya]] is {{Rh positive}} and didn't
        need it. {{name alert}} stickers had run out on the ward. new box ordered, and I've asked
        {{pharmacy}} if EPMA can show a similar-name warning. - [[name:Gift]],
        {{night coordinator}}
    """)),
    ("health", "incident", block("""
        Reported by: [[name:Precious Mutasa]], {{Midwife}} Band 6
        Location: [[organisation:Willow Postnatal Ward]]
        Date: [[date:22/05/2024]] 16:20
        Ref: [[case_reference:DX 2024/05/3318]]
        Details: Baby of [[name:Mirela Stan]] (mum NHS [[nhs_number:560 903 7719]]) has a
        {{pre-birth plan}} from children's social care - baby not to leave the ward with father
        ([[name:Florin Stan]]). Father walked to the lift with baby in a car seat while mum was
        in the shower. {{Hugs tag}} alarm sounded but a visitor held the door. Security stopped
        him at the main entrance. Social worker [[name:Ionela]] and police informed, baby unharmed.
        Contributing: plan only written on the {{whiteboard}} in the office, not on {{BadgerNet}}.
    """)),
    ("health", "success", block("""
        Hot debrief - {{paediatric resus}}, [[date:8 June]]
        What went well:
        - [[name:Arjun]] ([[age:3]]) triaged 10:02 by Nurse [[name:Jade Whitfield]], {{PEWS}} 7,
          escalated straight away
        - {{sepsis}} bundle started, IV ceftriaxone within 40 min
        - Grandmother, Mrs [[name:Kaur]], speaks {{Punjabi}}; HCA [[name:Gurpreet]] helped with
          urgent history and {{Language Line}} used for consent
        - {{CATS}} retrieval smooth, handover by {{SBAR}}
        Even better if: {{IO}} kit restocked - second needle missing
        Lead: Dr [[name:Fola Ogunsanya]]
    """)),
    ("health", "near_miss", block("""
        [09:41] [[name:Vlad]]: heads up - cylinder on the {{transport incubator}} read full but was
        almost empty, caught it in the lift
        [09:42] [[name:Faith]]: omg which baby
        [09:42] [[name:Vlad]]: baby [[name:Ogunleye]] going for MRI, fine, swapped before we left
        [09:43] [[name:Faith]]: thats the 2nd time this month with the {{CD cylinders}}
        [09:45] Sr [[name:Claire]]: pls {{Datix}} it [[name:Vlad]], I'll email {{EBME}} and the
        {{medical gases}} lead
        [09:46] [[name:Vlad]]: done
    """)),
    ("health", "incident", prose("""
        [[name:Aisha Conteh]] ([[age:24]]) from Sierra Leone, {{NRPF}}, booked at 12 weeks but
        stopped attending after a letter from the {{Overseas Visitors team}} said she would be
        charged about £7,000. She came to maternity triage in established labour at 39 weeks with
        no {{antenatal screening}} done since booking. Baby [[name:Kadiatu]] needed {{NICU}} for
        suspected {{Group B Strep}} sepsis and is recovering. Midwife [[name:Hawa Sesay]] noted
        {{FGM}} type 3 not previously recorded. Learning: maternity care is always immediately
        necessary; charging letters must include that care will not be refused. Referred to
        {{safeguarding midwife}} and the {{FGM clinic}}.
    """)),
    ("health", "success", block("""
        Learning from Excellence
        Nominated: [[name:Bogdan Ilie]] ({{ODP}}) and Dr [[name:Sunita Rao-Mehta]]
        ({{anaesthetist}})
        Nominated by: [[name:Hannah]], labour ward coordinator
        Date: [[date:30/06/2024]]
        What happened: Category 1 {{caesarean section}} for {{cord prolapse}} at 03:10, decision to
        delivery 14 minutes. [[name:Bogdan]] had the theatre ready before the call ended and
        [[name:Sunita]] explained the {{general anaesthetic}} to mum ([[name:Nimmi]], {{Tamil}}
        speaking) using a {{Language Line}} video call while prepping. Baby born with good
        {{Apgars}}. Mum said she felt "looked after, not rushed".
    """)),
    ("health", "near_miss", block("""
        From: [[name:Oksana Melnyk]], {{Paediatric Pharmacist}}
        To: ED Paeds nursing
        Subject: near miss - {{paracetamol}} mg/ml

        Hi all, a prescription for [[name:Mateo]] ([[age:18 months]], 11kg), record
        [[case_reference:RX9-4402817]], was written as "165" with no units. It was nearly drawn up
        as 165 ml of {{Calpol}} {{120mg/5ml}} instead of 165 mg (6.9 ml). {{Staff Nurse}}
        [[name:Mark Ojo]] queried it before giving. Please always write mg and use the
        {{weight-based dosing}} calculator on {{EPMA}}.

        [[name:Oksana]]
        ext 6612
    """)),
    ("health", "incident", block("""
        Paeds ED shift log - [[date:Sun 21 July]]
        01:15 [[name:Reza]] ([[age:15]]) arrived with mum after {{paracetamol overdose}}, ~20 tabs.
        01:40 {{paracetamol level}} sent, 4hr level due 05:15. Nurse [[name:Will]] 1:1.
        03:30 [[name:Will]] moved to resus for a trauma call; no cover arranged.
        03:50 [[name:Reza]] left the department; mum asleep in the chair.
        04:05 Police informed, {{missing person}} risk high.
        05:40 Found by police at [[address:Orchard Heights]] car park, brought back.
        08:00 Started {{Parvolex}}, reviewed by {{CAMHS}} liaison.
        Learning: 1:1 must not be pulled without a named handover.
    """)),
    ("health", "success", prose("""
        At a routine {{antenatal}} appointment on [[date:16 July]], community midwife
        [[name:Chioma Nwachukwu]] noticed that [[name:Mai]] ([[age:19]]) was always accompanied by
        a man who answered for her and held her phone and documents. [[name:Chioma]] used the
        {{routine enquiry}} trick of taking her alone for a urine sample and asked in private.
        [[name:Mai]] disclosed she had been brought from Vietnam and was working in a nail bar for
        no pay. [[name:Chioma]] called the {{safeguarding midwife}} and police; {{NRM}} referral
        made and [[name:Mai]] moved to a {{safe house}} via the {{Salvation Army}}. Great, calm
        practice.
    """)),
    ("health", "near_miss", block("""
        NICU similar name alert - [[date:29/07/24]]
        Cot | Baby         | Hospital no. | Note
        4   | [[name:Ali]] (twin 1) | [[case_reference:SCH-6620183]]  | {{TPN}} bag A
        5   | [[name:Ali]] (twin 2) | [[case_reference:SCH-6620184]]  | {{TPN}} bag B
        9   | [[name:Alli]]         | [[case_reference:SCH-6619922]]  | {{phototherapy}}
        Near miss: {{pharmacy}} delivered twin 1's bag labelled with the cot 9 hospital number.
        {{Staff Nurse}} [[name:Ha-eun Park]] spotted it at the {{two-nurse check}}. Bag returned.
        Red {{name alert}} cards now on all three cots.
    """)),
    ("health", "incident", prose("""
        Mum of [[name:Lily-Mae]] ([[age:4]]) is Deaf and uses {{BSL}}. In the {{paediatric ED}} on
        [[date:3 August]] no {{BSL interpreter}} was booked; staff wrote notes and lip-read. Mum
        wrote that [[name:Lily-Mae]] was allergic to "penny" and the note was missed at handover.
        {{co-amoxiclav}} was given and [[name:Lily-Mae]] developed a rash and wheeze, treated with
        {{adrenaline}} and {{chlorphenamine}}. Fully recovered. Reported by {{Charge Nurse}}
        [[name:Ifeanyi Okeke]]. Actions: {{SignLive}} tablet now on reception, allergy must go on
        the wristband before any drug round.
    """)),
    ("health", "success", block("""
        Hi [[name:Sunny]],
        Just a note from the {{health visiting}} team to say thank you. The discharge summary you
        sent for baby [[name:Yilmaz]] ([[nhs_number:440 280 3845]]) was the best I've had -
        {{NIPE}} result, {{hearing screen}} follow-up, the {{vitamin K}} given, plus a clear line
        that mum has {{NRPF}} and who her social worker is. I visited on day 11 and could pick
        straight up.
        Please pass this on to your manager.
        Kind regards
        [[name:Sinéad Kowalski]]
        {{Health Visitor}}, [[organisation:Eastfield Health Visiting Team]]
        [[phone:07700 900316]]
    """)),
    ("health", "near_miss", block("""
        Maternity safety huddle - [[date:Mon 12 August]], 08:30
        • Near miss: {{Syntocinon}} infusion for [[name:Magdalena Kowal]] set at 12 ml/hr instead
          of 1.2, spotted by [[name:Rose]] on {{fresh eyes}} check. Pump library not used.
        • Two women in {{triage}} needing interpreters ({{Bengali}}, {{Pashto}}) - book early.
        • {{CTG}} machine 4 at [[organisation:Maple Birth Centre]] printing the wrong time.
        • Theatre 2 out of use until Weds.
        Actions: [[name:Rose]] and [[name:Sam]] to re-teach pump library at {{PROMPT}} day.
    """)),
    # ------------------------------------------------------------------ aviation (16)
    ("aviation", "success", prose("""
        {{Border Force}} officer [[name:Nadia Rahman]] was on the {{PCP}} at {{Terminal 4}} on
        [[date:5 March]] when a man presented passports for himself and two girls off
        [[flight_number:QR 0019]]. The girls' stories did not match and the younger one,
        [[name:Ruth]], kept looking at the floor. [[name:Nadia]] separated them using a female
        {{Safeguarding and Trafficking}} officer and a {{Tigrinya}} interpreter. The girls were
        not his daughters. Both were taken into police protection and referred to the local
        authority; man arrested for {{modern slavery}} offences. Great instinct and calm handling.
    """)),
    ("aviation", "incident", block("""
        UM handover log - [[date:12/03/2024]]
        14:50 [[flight_number:LH 2478]] on blocks, stand 318. {{UM}} [[name:Ioana Petrescu]]
        ([[age:9]]) escorted by {{cabin crew}} to arrivals.
        15:20 Ground staff [[name:Femi]] handed [[name:Ioana]] to a woman who said she was
        "auntie". ID checked but name not matched against the {{UM form}}.
        15:35 Real collecting adult, Mrs [[name:Elena Petrescu]], arrived at desk.
        15:38 Woman located in car park with [[name:Ioana]] - was the grandmother, on the form as
        second contact but not authorised for collection.
        Outcome: child safe. Handover must match the {{UM form}} named adult, no exceptions.
        Ref: [[case_reference:UMX-0312-044]]
    """)),
    ("aviation", "near_miss", block("""
        From: [[name:Harjit Dhillon]], {{Safeguarding Lead}},
        [[organisation:Skyhaven Ground Services]]
        To: {{Forced Marriage Unit}}
        Date: [[date:18 April 2024]]

        A {{check-in agent}} at zone H, [[name:Leah]], spoke to me about a girl, [[name:Sana]]
        ([[age:17]]), booked one-way on [[flight_number:PK 758]] with her father. [[name:Sana]] had
        a spoon in her bra which set off the arch at security - the known signal. She told the
        {{Border Force}} officer she was being taken to be married. Police attended and a
        {{Forced Marriage Protection Order}} was applied for. She did not travel. Please log as a
        near miss: she was only 40 minutes from boarding.

        [[name:Harjit Dhillon]]
        [[phone:07700 900527]]
    """)),
    ("aviation", "success", prose("""
        Compliment forwarded by {{Customer Relations}}: Mrs [[name:Vesna Marković]], [[age:84]],
        uses a wheelchair and travelled on [[flight_number:JU 381]] on [[date:20 April]]. Her
        daughter wrote that the {{PRM}} team were "angels". Agent [[name:Bashir]] met her at the
        kerb, helped with the {{WCHS}} booking that had dropped off, took her through
        {{Fast Track}} and stayed until the {{ambulift}} arrived. When the flight was delayed he
        bought her a tea and checked on her every half hour. [[name:Bashir]] is nominated for the
        {{Star Awards}}.
    """)),
    ("aviation", "incident", block("""
        Occurrence report
        Reported by: [[name:Kateryna Bondar]], {{PRM Supervisor}}
        Location: stand 512, {{Terminal 5}}
        Date: [[date:02/05/2024]] 22:40
        Flight / reg: [[flight_number:VS 0044]] / [[aircraft_registration:G-VNXO]]
        Description: {{WCHC}} passenger Mr [[name:Olumide Adekunle]] left on board 55 minutes after
        the last passengers got off. {{Ambulift}} sent to wrong stand after a late change.
        {{Cabin crew}} stayed with him. He missed the last coach to Birmingham and the airline paid
        a hotel.
        Ref: [[case_reference:PRM-OCC-24-0915]]
    """)),
    ("aviation", "near_miss", block("""
        [[name:Dev]] 06:02: ambulift 3 stuck at stand 224 - hydraulic fault
        [[name:Ola]] 06:03: we've got a {{WCHC}} and a stretcher on [[flight_number:EK 0007]]
        due 06:20
        [[name:Dev]] 06:05: ambulift 1 on charge, 20 min
        [[name:Ola]] 06:06: ok ask the {{duty manager}} to hold the crew. not leaving anyone on
        [[name:Ola]] 06:31: all off, stretcher pax to {{medical room}}, no harm
        [[name:Dev]] 06:40: {{Datix}} done. thats the 3rd fault on 3 this week
    """)),
    ("aviation", "incident", prose("""
        {{Unaccompanied minor}} [[name:Arash Karimi-Shah]] ([[age:11]]) arrived on
        [[flight_number:TK 1979]] on [[date:9 June]] to connect onto [[flight_number:BA 1442]] to
        Glasgow. The inbound was 70 minutes late and the transfer team were not told he was a
        {{UM}}. He was left at the {{Flight Connections}} desk for two hours with no escort and
        his phone died. Ground host [[name:Mark]] found him crying near gate A10 and called the
        {{UM desk}}. Rebooked onto the next flight with an escort. His father rang
        [[phone:01632 960747]] three times before anyone called back.
    """)),
    ("aviation", "success", block("""
        Debrief - joint operation, [[date:Friday 12 July]]
        • Info from a {{school DSL}} about a girl, [[name:Hibo]] ([[age:15]]), at risk of {{FGM}}
          over the summer holidays. {{Port Circulation}} in place.
        • Family checked in for [[flight_number:KQ 101]]. {{Airline}} staff alerted police at the
          desk. {{Project Azure}} officers and {{Children's Services}} on scene within 25 min.
        • {{FGM Protection Order}} granted same day; passports held by the court.
        • [[name:Hibo]]'s mother engaged with the {{FGM clinic}} afterwards.
        Thanks: PC [[name:Sunita Varma]], SW [[name:Ngozi Eke]], check-in supervisor [[name:Jamal]]
    """)),
    ("aviation", "near_miss", block("""
        Ops log - Pier B
        10:12 {{Port alert}} received: [[name:Zeynep Aydin]] ([[age:5]]),
        {{Prohibited Steps Order}}, father [[name:Burak Aydin]] may try to leave UK.
        10:30 [[name:Burak Aydin]] checked in online for [[flight_number:TK 1986]]; child on
        the booking.
        10:55 Gate staff not briefed - alert only went to {{Border Force}} inbox.
        11:05 {{Border Force}} officer [[name:Grace]] read the alert, rang gate B38.
        11:10 Father and child held at the gate; child returned to mother by police.
        Learning: alerts to copy to {{airline duty manager}} and gate.
    """)),
    ("aviation", "incident", block("""
        PRM wheelchair damage log - {{Terminal 3}}, [[date:01/07/24]] to [[date:31/07/24]]
        Date | Flight | Pax | Damage
        [[date:03/07]] | [[flight_number:AI 0131]] | Mr [[name:Suresh Iyer]] | footplate snapped
        [[date:14/07]] | [[flight_number:LO 0282]] | Ms [[name:Joanna Wróbel]] | wheel bent
        [[date:22/07]] | [[flight_number:ET 0700]] | Mr [[name:Tesfaye Alemu]] | battery cracked
        Two were power chairs ({{Permobil}}, {{Quickie}}).
        Note: all three loaded by the same team on nights. {{ramp agents}} to redo {{mobility aid}}
        handling training; claims via {{Montreal Convention}}.
    """)),
    ("aviation", "success", block("""
        From: [[name:Aileen McAteer]]
        To: [[email:assistance.feedback@skyhaven-airport.example.com]]
        Subject: thank you

        My son [[name:Callum]] ([[age:8]]) is autistic and wore his {{Sunflower lanyard}}. At
        security the officer, [[name:Wiktoria]], saw it straight away, let him keep his
        {{ear defenders}} on and took us to the {{quiet lane}}. Someone at the {{assistance desk}}
        gave him a {{visual story}} of the boarding. It was our first holiday in four years and
        [[name:Callum]] talks about "the nice lady with the lanyard" all the time.
        [[name:Aileen]]
    """)),
    ("aviation", "near_miss", prose("""
        {{Purser}} [[name:Bianca Moretti]] on [[flight_number:EY 0019]],
        [[aircraft_registration:A6-BLT]], noticed a teenage boy in 34C who had no bag, no phone
        and could not say where he was going. The man in 34D kept answering for him and held both
        passports. Using the {{Blue Lightning}} indicators, she told Captain
        [[name:Lars Henriksen]], who sent a message to ops on {{ACARS}} before landing. The
        {{police}} met the aircraft. The boy, [[name:Dritan]] ([[age:16]]), was from Albania and
        was taken into care; the man had been taking boys through the airport for months.
    """)),
    ("aviation", "incident", block("""
        Reported by: {{Cabin Manager}} [[name:Siobhan O'Rourke]]
        Flight: [[flight_number:BA 0275]] / [[aircraft_registration:G-XWBC]]
        Date: [[date:28/08/2024]]
        Event: Passenger [[name:Mohammed Al-Rashid]] ([[age:67]]) on a {{POC}} ({{Inogen One G5}})
        told crew at top of climb his batteries only had 2 hrs left, not the 9 needed. Checked at
        the gate by [[name:Ayo]] but only the paperwork, not the charge. Crew gave cabin
        {{oxygen}} from the {{therapeutic oxygen}} bottles; {{MedLink}} consulted. No diversion.
        Ref: [[case_reference:ASR-2024-3387]]
    """)),
    ("aviation", "success", block("""
        Safeguarding working group - [[date:10 September]]
        Attendees: [[name:Harjit]], [[name:Nadia Rahman]], [[name:Jade]] (PRM),
        [[name:Ciaran]] (police)
        • 14 {{UM}} handovers audited in August - all matched to the form since the new rule
        • [[name:Jade]] shared the {{PRM}} team's new {{WCHC}} stand sheet - zero left-on-board
          occurrences this month
        • {{Blue Lightning}} refresher done by 210 ground staff
        • Next: {{forced marriage}} awareness before the summer holidays with {{Karma Nirvana}}
    """)),
    ("aviation", "incident", block("""
        [13:02] [[name:Tomasz]]: buggy 7 just clipped a passenger at gate 22 - elderly
        lady, walking
        [13:03] [[name:Aisha]]: is she ok??
        [13:03] [[name:Tomasz]]: bruised ankle, {{first aider}} with her. driver [[name:Kenji]]
        says she stepped out behind the {{Sunflower}} sign
        [13:05] [[name:Aisha]]: ok get names + flight. i'll call the {{duty manager}}
        [13:10] [[name:Tomasz]]: Mrs [[name:Fatoumata Diallo]], [[flight_number:AT 0801]]. said she
        doesn't want a fuss but {{Medic}} checking
        [13:20] [[name:Aisha]]: reported. the {{beeper}} on buggy 7 broken since Tuesday btw
    """)),
    ("aviation", "near_miss", block("""
        UM desk shift log - [[date:Sat 19 October]]
        07:40 {{UM}} [[name:Amira Hassan]] ([[age:7]]) for [[flight_number:MS 0778]] presented by
        her uncle, [[name:Khaled]].
        07:48 Agent [[name:Dawn Oyelaran]] noticed the {{parental consent}} letter was signed by
        the uncle, not a parent.
        08:05 Mum rang from Manchester: she had not agreed to the trip.
        08:10 Travel stopped; police and {{Children's Services}} informed.
        08:40 Mum on her way. [[name:Amira]] stayed with the {{UM desk}}.
        Ref: [[case_reference:UMD-1019-007]]
    """)),
]


def main() -> None:
    records = build_records("blind85", REPORTS)
    write_records(OUT, records)


if __name__ == "__main__":
    main()
