"""Held-out blind corpus 113: reports typed into a confidential just-culture incident-and-learning
system by front-line staff in a London borough's children's services and youth justice service
(MASH, assessment, looked-after children, leaving care, youth offending, EDT), a teaching hospital's
maternity, paediatric, neonatal and intensive care units, and an airline's cabin crew, pilots and
engineers. Styles are an ordinary mix: rushed lower-case notes with typos, formal Datix-style forms,
timelines and logs, SBAR write-ups, e-mails with signatures, Teams/WhatsApp chat excerpts, Air Safety
Report fields, tech-log entries and warm learning-from-excellence nominations.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from markup import block, build_records, write_records  # noqa: E402
from markup import flow as prose  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "corpus" / "heldout_blind113.jsonl"

REPORTS = [
    # ------------------------------------------------------------------ social care (17)
    ("social_care", "incident", prose("""
        Referral from [[organisation:Cranmore Park Academy]] re [[name:Kayden]] ([[age:9]]) came into
        the {{MASH}} inbox at 16:40 on [[date:Fri 14 June]] with a disclosure of being hit with a belt
        by {{mum's partner}}. It got triaged as 'information only' because the subject line said
        'update' and the {{DSL}} had sent three updates that week. Nobody opened it properly until
        Monday morning. {{Strategy discussion}} happened at 11am with PC [[name:Haddad]] from {{CAIT}}
        and the {{duty social worker}} [[name:Lorna B]]. [[name:Kayden]] was seen at school, marks had
        mostly faded, {{Section 47}} progressed. As far as we know he was safe over the weekend but
        honestly we can't say that for sure. Learning: any email from a DSL gets opened, not judged on
        the subject line. Have asked IT whether the {{Mosaic}} front door form can force a category.
        Case ref [[case_reference:CS-2024-118834]].
    """)),
    ("social_care", "success", block("""
        From: [[email:dawn.achterberg@thamesmere.example.gov.uk]]
        To: [[organisation:Leyfield YJS]] all staff
        Subject: thank you - [[name:T]]'s panel

        Hi all,
        Flagging a good one for the learning log. [[name:Tyrese]] had his {{Referral Order}} {{youth offender panel}}
        on [[date:2nd July]] and for the first time he actually spoke. What worked: [[name:Samira]] from
        {{SALT}} had done a communication passport beforehand, so the {{panel members}} knew to give him
        processing time and not ask double questions. We held it at the [[organisation:Corbett Street Hub]]
        instead of the civic centre. His nan came. He agreed his own {{reparation}} (the bike project).

        Could we make the SALT screen standard before every first panel? It took [[name:Samira]] 40 mins.

        Thanks
        [[name:Dawn]]
        [[name:Dawn Achterberg]] | {{YOT case manager}}
        [[phone:07700 900184]]
    """)),
    ("social_care", "near_miss", prose("""
        nearly sent teh placement plan for [[name:amelia-rose]] to birth {{dad}} with the foster carers
        address still on page 3 ([[address:27 Wrenfield Gardens]], [[postcode:SE23 1PX]]). caught it cos
        [[name:jas]] in {{business support}} does a redaction check before anything goes out. carers are
        Mr and Mrs [[name:Oyelaran]] and there is a {{non-molestation order}} against dad so this wouldve
        been really serious. the template pulls the address from {{LiquidLogic}} automatically, no
        prompt, no warning. raised w/ systems team. {{IRO}} aware. [[case_reference:LAC/22/0419]]
    """)),
    ("social_care", "incident", block("""
        Timeline - missing episode, [[name:Zainab Hussein]] ([[age:14]])
        [[date:19/05/24]] 21:10 not back at [[organisation:Larkhill Lodge]] (curfew 21:00). Staff rang her mobile [[phone:07700 900562]], no answer.
        21:40 reported missing to police, ref [[case_reference:CAD 6614/19MAY]].
        22:15 {{EDT}} informed.
        22:50 [[name:Ife]] drove past the known address on [[address:Pelham Road]], no sign.
        00:30 [[name:Z]] returned by taxi, paid for by an unknown male. Reg noted by night staff: [[vehicle_registration:LK21 HVO]].

        What went wrong: the {{Philomena Protocol}} form was out of date (old photo, old phone number) so
        police were ringing the wrong number for 40 mins.
        What went right: staff stayed calm, she was welcomed back with food and not a telling-off.
        {{Return home interview}} booked with [[organisation:Brightside Missing Service]]. {{CSE}} screening
        tool completed, {{strategy meeting}} requested.
    """)),
    ("social_care", "success", prose("""
        I want to record positive practice by [[name:Precious Mbeki-Walsh]], {{Family Group Conference
        coordinator}} in the [[organisation:Thamesmere FGC Service]]. The [[name:Kowalczyk]] children's
        wider family had more or less been written off at the {{Initial Child Protection Conference}} on
        [[date:4 March 2024]]. [[name:Precious]] traced a paternal aunt, [[name:Bogna]], through an old
        church contact and ran the conference partly in Polish with an interpreter. The plan agreed on
        [[date:22 April]] meant the three children (aged [[age:3]], [[age:6]] and [[age:11]]) stayed with
        family, {{pre-proceedings}} under the {{PLO}} were stepped down and the {{Child Protection Plan}}
        ended at review. {{Signs of Safety}} mapping was used throughout and the family said it was the
        first meeting where they understood what we were worried about.
    """)),
    ("social_care", "incident", prose("""
        YP ([[name:DK]], [[age:17]]) was bailed by [[organisation:Thamesmere Youth Court]] to his mum's
        old address at [[address:Flat 6, Brackley House]] even though our {{pre-sentence report}} had the
        new one. Police checked on his {{bail conditions}} at 2am on [[date:8th Oct]], he wasn't there
        (because he doesn't live there any more) and he was arrested for breach. Spent the night in
        {{custody}} for nothing and missed college. Turns out the {{court officer}} had handed up an old
        {{AssetPlus}} printout. [[name:Deji]] was understandably furious and has stopped engaging with me.
        No {{Appropriate Adult}} was called for 3 hours either. [[case_reference:YJ-0883-24]]
    """)),
    ("social_care", "near_miss", block("""
        [09:12] [[name:priya.s]]: anyone know if the contact at [[organisation:Elmwood Family Centre]] today is still on for the [[name:Nowak]] twins?
        [09:13] [[name:Gary T]]: should be, why
        [09:14] [[name:priya.s]]: just seen on {{Mosaic}} dad has a new {{MARAC}} flag from last night. not in case notes, only on the alerts tab
        [09:15] [[name:Gary T]]: omg ok cancelling. who do i ring at the centre
        [09:15] [[name:priya.s]]: [[name:Hope]] on [[phone:020 7946 0381]]

        Added by [[name:PS]] for the learning system: we only caught this because I opened the alerts tab by
        chance. The {{contact supervisor}} would have been on her own with dad 3 hrs after a {{DV}} incident.
        The {{IDVA}} had put the flag on but nobody told the allocated worker.
    """)),
    ("social_care", "success", prose("""
        Shout out to [[name:Sunny]] ([[name:Sunita Gill]]), our {{ETE worker}}, who got [[name:Marcus O]]
        a place at [[organisation:Southmere College]] on the {{Level 1}} motor vehicle course after he'd
        been {{NEET}} for 14 months. She went with him to enrolment on [[date:9 September]], sorted his
        {{bursary}} form and rang him every single morning the first week. He's had 100% attendance for
        six weeks and no further offending since his {{Youth Rehabilitation Order}} started. Learning:
        the daily phone call costs five minutes and seems to matter more than anything else we do.
    """)),
    ("social_care", "incident", block("""
        Incident type: Information sharing / {{GDPR}} breach
        Date of incident: [[date:11/03/2024]]
        Reported by: [[name:Faith Adeyemi-Clarke]], {{Senior Practitioner}}
        Team: [[organisation:Brightwell Assessment Team]]
        Description: {{Child and Family Assessment}} for [[name:Leo Brannigan]] (DOB [[date_of_birth:17/08/2016]])
        was emailed to [[email:k.brannigan77@example.com]], which is the paternal grandmother, not mum
        ([[email:k.brannigan71@example.com]]). {{Outlook}} autofill. The assessment contained mum's
        {{mental health}} history and the area of the {{refuge}}.
        Immediate action: recall attempted, failed. Grandmother contacted by phone, agreed to delete,
        confirmed in writing. {{Information Governance}} notified, ref [[case_reference:IG-24-0372]].
        Refuge informed; family moved as a precaution.
        Learning: assessments to family via the secure portal only, never plain email.
    """)),
    ("social_care", "success", prose("""
        Quick one. Transition meeting for [[name:Bilal]] ([[age:17]]) with {{adult social care}} held six
        months before his 18th rather than two weeks before. {{Leaving care}} {{PA}} [[name:Rose Tan]]
        pushed for it. {{Pathway Plan}} now has housing sorted and {{Staying Put}} agreed with his carers.
        Do this for everyone pls.
    """)),
    ("social_care", "near_miss", prose("""
        On [[date:Tuesday 23rd January]] I did an unannounced visit to [[address:44 Cedar Row]],
        [[postcode:E9 7LT]] for the [[name:Ferreira]] family. I hadn't logged it on the {{lone working}}
        app because my phone was on 3%. While I was there {{mum}}'s new partner came home, was clearly
        under the influence and stood between me and the front door. I used our code phrase on a call
        to my {{team manager}} ([[name:Will]]) who got it straight away and rang 999. I left before
        police arrived, no harm done. Nothing happened but it could have, and nobody would have known
        where I was. Ask: make the {{StaySafe}} check-in mandatory when a visit is booked in {{Mosaic}},
        and a charger in every pool car. The children are on a {{Child Protection Plan}} so we will be
        back there soon.
    """)),
    ("social_care", "incident", prose("""
        [[name:Jayden Okonkwo-Reid]] was remanded to [[organisation:Orchard Hill Secure Children's Home]] on
        [[date:27/11]] as {{Youth Detention Accommodation}}. His {{ADHD}} medication ({{methylphenidate}})
        didn't go with him because the {{escort}} company, [[organisation:Kestrel Secure Transport]],
        wouldn't carry controlled drugs without a signed form that nobody at court had. He went three
        days without it and there were two restraints recorded. Our {{YOT nurse}} [[name:Malgorzata]]
        ('[[name:Gosia]]') got a script sorted with the home's GP on day 3. [[name:Jayden]]'s mum rang us
        in tears twice. Ref [[case_reference:YJS/R/2291]]. We need a meds checklist in the remand pack.
    """)),
    ("social_care", "success", block("""
        Supervision note - good practice to share
        Worker: [[name:ASANTE, Kofi]]
        Supervisor: [[name:J. Whitlock-Hughes]]
        Case: [[case_reference:CIN-40871]] - [[name:Maya]] ([[age:8]]) and [[name:Theo]] ([[age:5]])

        [[name:Kofi]] used the {{Three Houses}} tool with [[name:Maya]] at [[organisation:St Barnabas CE Primary]]
        over two sessions. She drew dad's drinking in her 'house of worries' and her gran's flat in the
        'house of good things'. Her words went into the {{Child in Need}} plan verbatim and {{dad}} agreed to a
        {{CGL}} referral after reading it. {{Section 17}} case stays open, plan reviewed on [[date:15 May]].
    """)),
    ("social_care", "incident", prose("""
        {{Triage}} meeting for [[name:Mohammed Al-Amin]], aged [[age:15]], on [[date:3rd April]] went ahead
        without a {{Sylheti}} interpreter for his father. Booking was made through [[organisation:Langwise
        Interpreting]] but for the wrong day ([[date:4th]]). Dad signed the {{consent form}} for an
        {{Outcome 22}} without understanding what it was, and [[name:Mohammed]] was translating for him,
        which should never happen. Case worker [[name:Ellie]] picked it up afterwards when dad phoned the
        office confused. Meeting re-run on [[date:10 April]] with an interpreter present and the
        {{Joint Decision Making panel}} informed. [[case_reference:OOCD-24-061]]
    """)),
    ("social_care", "near_miss", block("""
        Subject: EDT handover - nearly missed

        [[name:Bill]],
        Logging this as a near miss as discussed. The {{EDT}} handover for Friday night listed
        [[name:Skye Mahoney]] ([[age:16]], {{CLA}}) as 'no concerns'. The {{supported accommodation}} provider,
        [[organisation:Pathways Housing]], had actually emailed at 17:52 to say [[name:Skye]] had cut herself
        and was refusing to go to {{A&E}}. The email went to my inbox (I'd left at 17:30) not the
        {{duty inbox}}. EDT worker [[name:Dawit]] only found out because the provider rang at 23:00.
        [[name:Skye]] was seen by {{CAMHS}} crisis at 1am and is OK.
        Ask: provider contact sheets to list the duty inbox only, not the allocated worker.

        [[name:Nat]]
        [[name:Natalia Perez]], {{Social Worker}}, [[organisation:Thamesmere 16+ Team]]
        [[email:natalia.perez@thamesmere.example.gov.uk]]
    """)),
    ("social_care", "success", prose("""
        Good joint working with PC [[name:Summer Lewis]] from the {{Child Abuse Investigation Team}} on
        the night of [[date:31 Dec]]. She brought a {{car seat}} with her. Sounds small but it meant we
        could move {{the baby}} to an {{emergency foster}} placement at 3am under {{police protection}}
        without waiting an hour for transport. Thanks!
    """)),
    ("social_care", "incident", prose("""
        Care leaver [[name:Ahmad Rahimi]] ([[age:18]], former {{UASC}}) had his {{Universal Credit}} claim
        suspended because our letter to {{DWP}} quoted the wrong {{National Insurance}} number. We put
        [[ni_number:JT 48 29 61 B]], which belongs to another young person on our caseload, instead of his
        own [[ni_number:JT 48 29 16 B]]. So that's a data breach as well. [[name:Ahmad]] had no money for
        five weeks and was using the [[organisation:Ferndale Road Food Bank]]. He lives at
        [[address:Room 4, 91 Stanhope Terrace]], [[postcode:N17 6HB]] and nearly lost the room over rent
        arrears. His {{Personal Adviser}} [[name:Aleksandra]] found the error when she went with him to the
        Jobcentre. We copy-paste NI numbers from a shared spreadsheet; that has to stop. {{Home Office}}
        status was unaffected.
    """)),
    # ------------------------------------------------------------------ health (17)
    ("health", "incident", prose("""
        Night shift [[date:06/02]] on [[organisation:Lavender Birth Centre]]. Lady in room 4 (Mrs
        [[name:Eze]], [[age:31]], MRN [[case_reference:M2291847]]) had a {{PPH}} of approx 900ml after a
        {{physiological third stage}}. I pulled the emergency buzzer but the bell in that room hadn't been
        reset since the last use so it didn't sound on {{Delivery Suite}}. My colleague [[name:Aoife]] ran
        down the corridor for help. {{Obstetric registrar}} arrived about 4 mins later. {{Syntometrine}} and
        {{carboprost}} given, total {{EBL}} 1.4L, transferred to DS, no theatre needed. Mum and baby well.
        Estates had been told about the bell on [[date:28 Jan]] (job ref [[case_reference:EST-77310]]).
        Bells need checking every shift on the room checklist, not just when someone remembers.
    """)),
    ("health", "success", block("""
        From: Dr [[name:Oluwaseun Balogun]] <[[email:o.balogun@staldhelms.example.nhs.uk]]>
        To: [[organisation:St Aldhelm's PICU]] nursing team
        Subject: Learning from excellence - bed 7

        All,
        On [[date:Sunday 14 April]] [[name:Joy Mensah]] ({{Band 6}}) noticed a creeping lactate on the
        {{blood gas}} and a prolonged cap refill in bed 7 (baby [[name:Harrison]], [[age:4 months]], day 2
        post {{VSD}} repair). She escalated at 03:10 using {{SBAR}} and stood her ground when told to recheck
        in an hour. Echo showed {{tamponade}}; chest reopened on the unit at 04:00. He's now extubated and
        back on [[organisation:Rainbow Ward]]. NHS [[nhs_number:563 764 0858]] for the {{Greatix}} record.

        Thanks [[name:Joy]] - you made the difference.
        [[name:Seun]]
    """)),
    ("health", "near_miss", prose("""
        nearly gave 10x dose of {{Oramorph}} to [[name:lily-mae]] ([[age:2]]yo) on [[organisation:Rainbow
        Ward]] bed 12. prescription on {{EPMA}} said 0.5mg but the syringe label from {{pharmacy}} said 5mg/5ml
        and the {{bank nurse}} read it as 5mg. second checker ([[name:fatima]]) stopped it at the bedside.
        no harm. theres been 2 similar on {{Datix}} this year. can we have oral syringes prelabelled in mg
        AND ml pls. [[case_reference:W-118203]]
    """)),
    ("health", "incident", block("""
        S - Baby [[name:Adebayo]], born [[date_of_birth:03/09/2024]] 02:14, NHS [[nhs_number:293 947 7248]],
        admitted to {{NICU}} at 6 hrs of age with BM 1.2.
        B - Mum ([[name:Funmilayo Adebayo]]) has {{gestational diabetes}} on {{metformin}} and insulin. Baby was on
        [[organisation:Birch Ward]]. Our {{hypoglycaemia pathway}} says pre-feed BMs from 3 hrs. First BM not
        done until 6 hrs - the 08:00 handover missed that baby was on the pathway (sticker not on cot card).
        A - Needed IV dextrose, 3 days on NICU, separated from mum. Now well, {{MRI}} not indicated.
        R - Add GDM flag to the {{BadgerNet}} postnatal handover; cot card sticker audit for 4 weeks.
        Reported by [[name:R. Castellanos]], {{RM}}
    """)),
    ("health", "success", prose("""
        Want to log some good practice on [[organisation:Cedar ICU]]. Mr [[name:Wiśniewski]] ([[age:58]]) had
        been with us 41 days after {{ARDS}}, in and out of {{delirium}}. Physio [[name:Frankie Doyle]] and his
        nurse [[name:Hà]] ([[name:Ha Nguyen]]) arranged for his wife to bring his dog Biscuit to the {{ICU
        garden}} on [[date:17th March]], following the {{infection control}} policy and with the
        {{tracheostomy}} team's OK. It was the first time he had smiled in weeks and his {{CAM-ICU}} was
        negative the next two days. It took a lot of planning (portable {{suction}}, oxygen, two staff) but
        it's doable, and we've written it up as a template for other long-stay patients.
    """)),
    ("health", "incident", prose("""
        Two women with near-identical names were on [[organisation:Maple Ward]] antenatal on
        [[date:12 May]]: [[name:Ayesha Khan]] in bed 3 (MRN [[case_reference:K7731094]]) and [[name:Aisha
        Khan]] in bed 9 (MRN [[case_reference:K7738810]]). A {{group and save}} sample was taken from bed 9
        but labelled with bed 3's details off a pre-printed label sheet at the nurses' station. The
        {{transfusion lab}} rejected it because the {{blood group}} didn't match the historic sample, which
        was a good catch, but [[name:Ayesha]]'s planned {{caesarean section}} was then delayed 2 hours while
        we got a valid sample. Pre-printed labels go against {{BSH}} guidance and we still have them on the
        ward. Datix [[case_reference:DW-2024-05521]].
    """)),
    ("health", "near_miss", block("""
        Retrieval log [[date:12/12/23]] - [[organisation:Capital Paediatric Retrieval]]
        22:05 call from [[organisation:Kingsmead General]] ED re [[name:Ibrahim]], [[age:6/12]], {{bronchiolitis}}, failing on {{high-flow}}
        22:08 conference call with {{PICU consultant}}, decision to retrieve, {{local team}} to intubate
        22:20 team dispatched to [[organisation:Kingsmead General]]
        22:48 on arrival told child was at [[organisation:Kingsmead Community Hospital]] (other site, 6 miles)
        23:07 arrived correct site, child intubated and stable
        Lost 19 minutes. No harm. Referrer gave switchboard number [[phone:01632 960445]] not the direct line,
        and {{call handler}} [[name:Marta]] wrote the hospital name from the caller ID. Need the site confirmed
        on every call and read back before the {{ambulance}} leaves.
    """)),
    ("health", "success", prose("""
        Massive thanks to [[name:Grace O'Connell]], {{play specialist}} on [[organisation:Rainbow Ward]].
        [[name:Lucas]] ([[age:7]]) has {{autism}} and last time he needed a {{cannula}} it took four adults to
        hold him. [[name:Grace]] met him and his mum the day before, made a social story with photos of the
        actual treatment room, let him choose the {{Ametop}} plaster colour and used his iPad game for
        distraction. Cannula first go, nobody had to hold him, no {{general anaesthetic}} needed. Mum
        said it was the first time he'd had bloods without being pinned down. Can play team be
        bookable through {{Careflow}} for every planned procedure?
    """)),
    ("health", "incident", block("""
        Datix ID: [[case_reference:DW-24-08813]]
        Location: [[organisation:St Aldhelm's NICU]], Nursery 2
        Date/time: [[date:21 Aug 2024]] 04:30
        Category: Expressed breast milk - wrong baby
        Description: {{EBM}} belonging to baby [[name:Okoye]] given to baby [[name:Oakley]] (cots 14 and 15).
        Surnames similar, both bottles in the same fridge drawer. Second check skipped because the {{HCA}}
        was covering two nurseries.
        Harm: low. Donor mum's {{HIV}} and {{Hep B}} serology negative per booking bloods.
        Both families informed under {{Duty of Candour}} by Sister [[name:Nkechi Obi]] the same morning.
        Actions: business case for barcode scanning of EBM; separate labelled drawers per cot until then.
        Reported by: [[name:b.hollis]]
    """)),
    ("health", "success", block("""
        LEARNING FROM EXCELLENCE NOMINATION
        Nominee: [[name:Frank Mutasa]], {{maternity support worker}}
        Nominated by: [[name:Cat]] ([[name:Catriona Bell]]), {{Labour ward coordinator}}
        What happened: on [[date:Weds 4/9]] [[name:Frank]] noticed a woman in {{triage}} who'd been waiting 2 hrs
        looked grey and was shivering. He did a full set of obs without being asked - temp 38.9, HR 128 -
        and came straight to find me. {{Sepsis Six}} done within 30 mins, {{IV antibiotics}} started,
        {{CTG}} reassuring. She went home well 3 days later with her baby.
        Why it matters: [[name:Frank]] trusted his gut and didn't wait to be told. That's the culture we want.
    """)),
    ("health", "incident", prose("""
        {{Noradrenaline}} infusion ran out during transfer to {{CT}} for bed 4 on [[organisation:Cedar ICU]]
        (Mrs [[name:Yilmaz]], [[age:72]]) on [[date:3rd Jan]]. MAP dropped to 48 for about 3 mins before it
        was swapped. The {{transfer bag}} had no spare syringe made up because we were using the old
        version of the checklist, which doesn't have that line. {{ODP}} [[name:Tariq]] made one up in the
        scanner room and {{ICU consultant}} [[name:Mark]] gave a small {{metaraminol}} bolus. No lasting harm.
        Ref [[case_reference:DW-2024-06120]]. Old checklists removed from the {{transfer trolley}} today.
    """)),
    ("health", "near_miss", prose("""
        [[name:Ruby-Jo Slater]], [[age:11 months]], DOB [[date_of_birth:02/01/2024]], NHS
        [[nhs_number:643 300 7201]], came into paeds ED with a "chest infection". The {{ST2}} was about to
        discharge when the {{paediatric liaison}} health visitor [[name:Yetunde]] noticed a bruise behind the
        left ear on the photo in the notes. Non-mobile baby, so per the {{bruising protocol}} she needed a
        {{child protection medical}} and {{skeletal survey}}. We rang {{children's social care}}; there was
        an open {{Child in Need}} plan and the GP, [[organisation:Tollgate Medical Centre]], had raised a
        concern the week before. Baby admitted to [[organisation:Rainbow Ward]]. The bruise hadn't been
        mentioned at handover at all. Learning: full top-to-toe exam documented on every under-1.
    """)),
    ("health", "success", prose("""
        Mrs [[name:Hawa Abdi]] ([[age:26]]) booked late at 30 weeks with very limited English. [[name:Mariam]],
        our {{community midwife}}, used {{Language Line}} for every contact rather than the husband, which is
        how we learned about her {{FGM}} (type 3) and her low mood. She was seen in the
        [[organisation:Amani Clinic]] for {{deinfibulation}} at 34 weeks and referred to the {{Perinatal
        Mental Health team}}. She had a normal birth on [[date:19 October]] with no tear. A small thing done
        consistently made a huge difference.
    """)),
    ("health", "incident", block("""
        Hi [[name:Dee]],
        Putting this on here as you asked. Night of [[date:8th-9th Nov]] [[organisation:Cedar ICU]] ran 1:3 for
        ventilated patients for about 5 hours because two {{agency nurses}} cancelled and the {{bank}} request
        went out late. Bed 11 (Mr [[name:Oduya]]) self-extubated at 02:40 while his nurse was in bed 12 helping
        with a {{proning}} turn. Reintubated by Dr [[name:Lindqvist]] within a few minutes, sats didn't drop
        below 85%. Family informed in the morning.
        I'm not blaming anyone, everyone was running. But we flagged the gap at 17:00 on {{SafeCare}} and
        nothing came back from the {{site team}}.

        [[name:Mo]]
        [[name:Maureen Achebe]] | {{Band 7}} Nurse in Charge
    """)),
    ("health", "near_miss", block("""
        Timeline (written by [[name:Leanne P]], {{RM}}, postnatal)
        14:00 Mrs [[name:Delacroix-Bamford]] back from theatre after {{EMCS}}. Penicillin allergy in notes and on {{BadgerNet}}, but no red wristband.
        15:30 {{co-amoxiclav}} prescribed by the {{SHO}} for wound ooze.
        15:45 went to give it, checked her bands first - no red band, so I asked her. She said she's allergic to penicillin. Stopped.
        16:00 SHO informed, changed to {{clindamycin}}.
        Learning: recovery removed the red band to site a cannula and didn't replace it. Have spoken to recovery lead [[name:Ngozi]]. Allergy should also show on {{EPMA}} but the prescriber overrode the alert.
    """)),
    ("health", "success", prose("""
        Lovely discharge for baby [[name:Amara]] from NICU on {{home oxygen}} (ex-26 weeker, {{BPD}}). The
        {{Neonatal Outreach}} nurse [[name:Gwen Pritchard]] did a joint home visit on day one at
        [[address:Flat 12, Quilter House]], [[postcode:SE15 4RT]] with the {{health visitor}}, checked the
        {{oxygen concentrator}} set-up and the fire risk, and left her mobile [[phone:07700 900731]] for
        dad. Parents had done {{BLS}} training on the unit beforehand. No readmission at 6 weeks.
    """)),
    ("health", "incident", prose("""
        On [[date:2nd May 2024]] {{BadgerNet}} was down for just over 3 hours on the postnatal ward and we
        went to paper. The baby of [[name:Shira Goldberg]] (hospital no. [[case_reference:RX4-552019]]) was
        given {{vitamin K}} ({{Konakion}}) twice - once on {{Delivery Suite}} by [[name:Priyanka]], documented
        electronically just before the outage, and again on the ward from the paper chart. No harm
        expected; {{neonatal registrar}} Dr [[name:Mwangi]] reviewed and parents were told. The {{downtime
        pack}} doesn't include a way to see what was given in the last hour before systems went down. We
        need a printout or a phone call to DS as part of the downtime checklist.
    """)),
    # ------------------------------------------------------------------ aviation (16)
    ("aviation", "incident", prose("""
        Operating [[flight_number:NL2417]] Gatwick-Palma, [[aircraft_registration:G-NLTA]], [[date:22/07]].
        About 40 mins into the cruise we hit {{moderate turbulence}} with no warning from the flight deck
        (they said afterwards it wasn't on the {{SIGWX}}). I was mid-service with the {{trolley}} at row 14.
        Brakes were on but the hot water pot tipped and the passenger in 14C got splashed on the forearm.
        First aid given (cooled 20 mins, {{burns gel}}, cling film), {{MedLink}} consulted, met by
        paramedics on arrival. My colleague [[name:Jonno]] ([[name:Jonathan Pike]]) hurt his back bracing the
        trolley and is now off sick. Learning: lids on hot drinks on the trolley top, and the 'cabin crew
        be seated' PA came about 30 secs too late. - [[name:SP]], {{SCCM}}
    """)),
    ("aviation", "success", block("""
        From: [[email:rahul.v@northlight-air.example.com]]
        Subject: Positive report - medical diversion [[flight_number:NL 806]]

        Safety team,
        On [[date:3rd Feb]], [[flight_number:NL 806]] LHR-LCA on [[aircraft_registration:G-NLUB]], a passenger
        collapsed in row 22. Cabin crew [[name:Marisol]] and [[name:Femi]] started CPR and had the {{AED}} on
        within 2 minutes. {{SCCM}} [[name:Ellen Brook]] gave me a clean {{NITS}} brief. {{FO}}
        [[name:Aleksander Nowicki]] flew while I talked to {{MedLink}} and {{ATC}}; we diverted to Brindisi.
        {{CRM}} was textbook and the paramedics were at the door as it opened. The passenger survived (via the station manager).
        Please pass my thanks to the crew.

        Capt [[name:Rahul Venkataraman]]
        [[organisation:Northlight Airways]], LHR base
    """)),
    ("aviation", "near_miss", block("""
        AIR SAFETY REPORT
        Flight: [[flight_number:NLT3312]]   Date: [[date:15 NOV 2024]]   A/C: {{A320}} [[aircraft_registration:G-NLTF]]
        Phase: Climb   PF: FO   PM: CPT
        Narrative: Cleared on the {{SID}} to altitude 6000ft on {{QNH}} 996. FO set 7000 in the {{FCU}} after
        I read back "six thousand"; I did not cross-check the selection as I was changing frequency.
        {{ATC}} queried passing 6300ft, we descended back to 6000. {{TCAS}} TA only, no RA.
        Crew: CPT [[name:S. Olawale]], FO [[name:D. Marchetti]].
        Contributing: early start (0430 report), third sector, distraction.
    """)),
    ("aviation", "incident", prose("""
        Night shift, hangar 2. [[aircraft_registration:G-NLTC]] in for {{A-check}}. After the aircraft was
        released to service an 8mm socket was found missing from [[name:Ray]]'s shadow board at the 05:30
        toolbox check. We got the aircraft back before departure ([[flight_number:NL2201]] at 06:45), opened
        up the {{main landing gear}} bay and found the socket sitting on the {{hydraulic}} manifold. No damage.
        Problem: {{tool control}} check done at shift end instead of task end, and the {{CRS}} was signed
        before the toolbox check. Licence holder [[name:M. Kowalski]] ([[case_reference:UK.66.98812B]]) has
        been open about it. Recommend tool check becomes a hold point on the {{work pack}}.
    """)),
    ("aviation", "success", prose("""
        Good outcome worth sharing. On [[flight_number:NL 455]] to Dalaman a stag group of 12 were drinking
        their own duty free from row 30 back. {{SCCM}} [[name:Dawn Whitaker]] went to speak to the {{best man}}
        first rather than the loudest one, explained the {{Air Navigation Order}} calmly and got him to
        collect the bottles into a bag we held in the galley. [[name:Kez]] kept an eye from the {{rear galley}}
        and logged times. No {{written warning card}} needed, no police on arrival, {{Captain}} kept informed
        throughout. The other passengers clapped when we landed, which was a bit much, but nice.
    """)),
    ("aviation", "incident", block("""
        Tech log [[aircraft_registration:G-NLTD]], sector record page [[case_reference:TL 004718]]
        [[date:03/03/24]] {{APU}} bleed valve inop. Deferred under {{MEL}} 36-11-01 (cat C). ADD ref [[case_reference:ADD-24-0193]].
        [[date:06/03/24]] new tech log book opened. ADD not carried forward.
        [[date:14/03/24]] aircraft operated [[flight_number:NL 118]] and [[flight_number:NL 119]] after the {{rectification interval}} expired.
        Found by {{CAMO}} planner [[name:Deepa Raval]] during a reconciliation in {{AMOS}}.
        {{MOR}} submitted to the {{CAA}}. Book changeover procedure now has a signed open-ADD transfer check.
    """)),
    ("aviation", "near_miss", prose("""
        Taxiing out at night, {{ATC}} cleared us via Juliet to hold short runway 26L. I ({{Captain}}
        [[name:Ortega]]) read back correctly and was taxiing; FO [[name:Tunde Bakare]] was heads-down on the
        {{EFB}} entering a late change to the {{loadsheet}}. I saw the {{stop bar}} late and we stopped a few
        metres past the {{holding point}} markings, short of the bar itself. No traffic on the runway and ATC
        didn't comment. [[flight_number:NL 2009]], [[aircraft_registration:G-NLTK]], [[date:19/01/2025]].
        Learning: the {{SOP}} already says loadsheet changes only when stationary. We were rushing for a slot.
    """)),
    ("aviation", "success", block("""
        [07:02] [[name:Gaz]]: anyone free to look at [[aircraft_registration:NLTB]]? fuel qty indication fault again, 3rd time this month
        [07:04] [[name:lena_k]]: on it after the walkround on [[aircraft_registration:G-NLTH]]
        [07:05] [[name:Gaz]]: last 2 times they swapped the probe
        [08:31] [[name:lena_k]]: not the probe. harness chafed on the bracket behind the access panel, sealant gone. photos on the task card
        [08:33] [[name:Bishop]]: nice one, raise a {{repeat defect}} report and tell {{Technical Services}}, bet the whole fleet has it

        Posted for learning by [[name:Bishop]] ({{shift lead}}): the {{AMOS}} repeat defect alert did its job and
        [[name:Lena]] didn't just fit a third probe. {{Fleet campaign}} inspection raised for all {{A321}}s.
    """)),
    ("aviation", "incident", prose("""
        [[flight_number:NL 741]] Stansted-Faro on [[date:30th August]]. A [[age:9]]-year-old passenger with a
        peanut allergy had booked the nut-free request but the allergy PA wasn't made and peanuts were sold
        four rows ahead. She reacted about an hour in. Mum's {{EpiPen}} used by [[name:Anjali]], second dose
        from our {{emergency medical kit}} 10 mins later, {{oxygen}} given, {{MedLink}} advice followed.
        Met by ambulance in Faro and the handling agent rang the family afterwards on [[phone:+351 912 000
        447]]. Child discharged same day. The {{SSR}} code was on the PIL but the SCCM brief didn't mention
        it.
    """)),
    ("aviation", "near_miss", block("""
        Report type: Occurrence - Maintenance
        Reporter: [[name:Thompson, L.]], B1 licence [[case_reference:UK.66.104233E]]
        Aircraft: [[aircraft_registration:G-NLUD]] ({{A321neo}})
        Date: [[date:27-Aug-24]]
        Description: Independent inspection found the {{brake unit}} fitted to the #3 position had the wrong
        {{part number}} - an A320 brake assembly, not the A321 one. {{Stores}} had issued it from the wrong bin
        after a relabelling exercise. Caught by the {{duplicate inspection}} by [[name:Sam Okeke]] before
        release; aircraft not flown. Checked the {{IPC}} - the numbers differ only by the last two digits.
    """)),
    ("aviation", "success", prose("""
        Credit to FO [[name:Hannah Schäfer]] for a really good {{go-around}} call on [[date:7 March]],
        [[flight_number:NL 1562]] into Bristol, [[aircraft_registration:G-NLTP]]. We were fast and high
        on the {{ILS}} after a late runway change, and the {{tailwind}} was more than forecast. At 500ft she
        called "unstable, go around" exactly as per the {{stabilised approach criteria}}. I'll admit my first
        instinct was that we could make it. We went round, took vectors, and landed normally 12 minutes
        later. Debriefed afterwards and she said the {{CRM}} course scenario was in her head. That's the
        training working.
    """)),
    ("aviation", "incident", block("""
        Subject: UM handover [[flight_number:NL 562]] - [[date:28/10]]

        Hi [[name:Tomasz]],
        Writing this up as requested. We had one {{UM}} on [[flight_number:NL 562]], [[name:Ella-Grace Porter]],
        aged [[age:8]]. At Edinburgh the {{ground handling}} agent signed for her but the {{UM form}} only had
        dad's number ([[phone:+44 7700 900417]]) and it was {{mum}} collecting. He was on a train with no signal,
        so she waited 90 mins in the {{handling office}} with a stranger. She was upset but fine.
        The booking had both parents' details - they just didn't print on the form.

        [[name:Jas Kaur]] ({{CSD}})
        [[email:jas.kaur@northlight-air.example.com]]
    """)),
    ("aviation", "near_miss", prose("""
        Arrived on stand at Manchester, [[flight_number:NL 3390]], [[aircraft_registration:G-NLTR]].
        {{SCCM}} made the 'disarm doors and cross-check' PA but [[name:Niamh]] at 2R got called into the
        cabin by a passenger before she'd moved the {{door mode}} lever. The {{cross-check}} was reported
        complete by the crew member opposite, who assumed. {{Ground staff}} member [[name:Darius]] went to open
        2R from outside for catering, saw the red flag in the window and stopped. {{Slide}} would have
        deployed onto the {{catering truck}}. Nobody hurt. All of us are a bit shaken.
    """)),
    ("aviation", "success", block("""
        Flight: [[flight_number:NL 1280]] / [[aircraft_registration:G-NLTM]]
        Date: [[date:14 May]]
        Reported by: FO [[name:Ravi Chandrasekar]]
        What went right: final {{loadsheet}} showed 143 pax but my {{EFB}} {{performance}} figures had been done
        on 163 from the provisional. The {{LMC}} process caught it - ramp agent [[name:Hunter]] came back up
        the steps with a corrected sheet and the {{Captain}} re-ran the take-off performance. Flex temp
        changed by 3 degrees. Small, but the system worked as designed.
    """)),
    ("aviation", "incident", prose("""
        {{Fume event}} on [[flight_number:NL 2603]], [[aircraft_registration:G-NLTE]], on [[date:5 June]]
        during descent: strong 'dirty socks' smell in the forward galley. Crew member [[name:Mercy Agyeman]]
        felt dizzy and had a headache; {{oxygen}} given. Flight deck donned {{oxygen masks}} as a precaution.
        Landed normally. [[name:Mercy]] was taken to hospital and released the same evening; referred to
        [[organisation:Northlight Occupational Health]]. Engineering found an {{APU}} seal leak. The
        {{Cabin Air Quality}} form was confusing and it took two days to find out who owned the report.
    """)),
    ("aviation", "success", prose("""
        Want to recognise our second-year apprentice [[name:Summer Ahmadi]] from [[organisation:Crawley
        College]]. On a routine walkround of [[aircraft_registration:G-NLTS]] on [[date:11/02/25]] she
        spotted a hairline crack on a {{flap track}} fairing bracket that two experienced people (me
        included) had walked past. She wasn't sure whether to say anything, then did. {{NDT}} confirmed the
        crack; bracket replaced under the {{SRM}}. We've talked to the apprentices about how speaking up is
        exactly what we want, and added the bracket to the {{zonal inspection}} card. - [[name:G. Lyle]],
        {{B1 engineer}}
    """)),
]


def main() -> None:
    write_records(OUT, build_records("heldout-blind113", REPORTS))


if __name__ == "__main__":
    main()
