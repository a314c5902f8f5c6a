"""Held-out blind corpus 103: just-culture incident-and-learning reports from a large UK city's
children in need and child protection teams, domestic abuse services (MARAC, IDVAs) and housing
options; from the wards, site team and outpatient clinics of a district general hospital; and from
a UK airline's flight operations, ground handling and crew rostering. Styles are an ordinary mix of
Datix-style incident forms, e-mails with signatures, Teams and ops-control chats, site logs, SBAR
and debrief notes, short candid notes typed in a hurry, and a few longer reflective accounts.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from markup import block, build_records, write_records  # noqa: E402
from markup import flow as prose  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "corpus" / "heldout_blind103.jsonl"

REPORTS = [
    # ------------------------------------------------------------------ social care (17)
    ("social_care", "incident", block("""
        INCIDENT REPORT - Children's Social Care
        Reported by: [[name:Dawn Achterberg]], {{Senior Practitioner}}, [[organisation:North Locality CIN/CP Team]]
        Date of incident: [[date:14/03/2024]]
        Child: [[name:Kacper Wiśniewski]], DOB [[date_of_birth:02/11/2016]], {{LCS}} ref [[case_reference:CIN-448213]]

        What happened:
        Joint {{Section 47}} visit agreed at strategy discussion. The {{MASH}} referral still had the family's old
        address, so PC [[name:Lane]] went to [[address:Flat 6, Cobden House, Tanner Street]], [[postcode:M12 4RW]] and I
        went to the new one. We lost 40 minutes finding each other and mum had left for work. [[name:Kacper]] was
        seen at [[organisation:St Anselm's RC Primary]] instead, with the {{DSL}} Mrs [[name:Hughes]] present.

        What went well:
        Mrs [[name:Hughes]] had a quiet room ready and knew [[name:Kacper]] well, so he talked.

        Learning:
        Addresses to be checked against {{council tax}} records before any joint visit. Raised at {{team meeting}}.
    """)),
    ("social_care", "near_miss", prose("""
        nearly sent the {{MARAC}} minutes for [[name:shazia]]'s case to her ex's solicitor this morning.
        {{Outlook}} autocomplete offered [[email:r.barker@barkerlegal.example.co.uk]] when I typed 'r.ba' and I
        meant [[email:r.baker@idva-service.example.org.uk]] (our {{IDVA}}, [[name:rachel]]). Only caught it because
        the {{Send Delay}} rule held it for 2 mins and I saw the preview. Minutes included her {{refuge}} area and
        the kids' new school. Asked IT to clear the cache - could we please get autocomplete switched off for
        anyone on the {{MARAC distribution list}}? Also we should be sending these via {{Egress}} not plain
        email. - [[name:tk]]
    """)),
    ("social_care", "success", block("""
        From: [[name:Joy Mensah-Bonsu]] <[[email:joy.mensah-bonsu@cityhousing.example.gov.uk]]>
        To: CP duty inbox
        Subject: Good practice - same-day move, [[name:Okonkwo]] family

        Hi both,

        Wanted this logged as something that went right. [[name:Blessing Okonkwo]] rang our {{Homeless Prevention}}
        line on [[date:Friday 7 June]] at 16:40 after the {{IDVA}} advised her to ask for a {{Part 7}} assessment.
        [[name:Becca Thorne]] at [[organisation:Harbour Women's Aid]] had already emailed over the {{DASH}} and the
        {{MARAC}} referral, so we didn't make [[name:Blessing]] repeat her story. She and the three children were in
        temporary accommodation at [[address:22 Linnet Way]] by 9pm, and his name is flagged on our system so
        nobody can tell him where they are.

        Huge credit to the {{out of hours}} team for holding the keys.

        [[name:Joy]]

        [[name:Joy Mensah-Bonsu]]
        {{Housing Options Officer}}
        [[organisation:City Housing Options]]
        T: [[phone:0161 496 0732]] | M: [[phone:07700 900318]]
    """)),
    ("social_care", "incident", prose("""
        I want to write this up honestly because I think it matters. I was the allocated {{social worker}} for
        baby [[name:Summer-Rae]] ([[age:11 weeks]]), on a {{Child Protection Plan}} under neglect. On my statutory
        visit on [[date:22 January]] to [[address:41 Hollins Road]], mum, [[name:Kayleigh]], said
        [[name:Summer-Rae]] was asleep upstairs and I didn't go up. I recorded 'child seen' because I had seen her at
        the {{core group}} two days earlier, which was wrong. Three days later the {{health visitor}},
        [[name:Niamh O'Driscoll]], found her asleep on the sofa wedged between cushions. No harm came to her,
        thankfully. In supervision with [[name:Garfield]] we talked about why: I had 31 cases, it was my fourth
        visit of the day and it was snowing. None of that is an excuse but it is context. What has changed: our
        team now agrees that 'seen' means seen, awake or asleep, in the room where the child sleeps, and
        {{Mosaic}} has a new field to record where. I now carry the {{Safer Sleep}} leaflet and go through it on
        every visit. I'd encourage others to say when they've cut a corner. [[name:S.R.]]
    """)),
    ("social_care", "near_miss", block("""
        NEAR MISS REPORT
        Ref: [[case_reference:DX-2024-07781]]
        Reporter: [[name:Ifeanyi Chukwuma]], {{Family Support Worker}}
        Vehicle: pool car [[vehicle_registration:YR19 KTF]]

        Asked to take [[name:Tyrese]] ([[age:2]]) from his {{foster carer}} to {{supervised contact}} at
        [[organisation:Brookfield Family Centre]]. Booking on {{Fleetwave}} said "child seat fitted". It was a
        {{high-back booster}} (15-36kg), not suitable for a toddler. Mrs [[name:Adeyemi]], the carer, spotted it as I
        was about to strap him in and lent me her spare {{ISOFIX}} seat. Contact went ahead 20 mins late.

        Suggested action: fleet bookings to state seat type/weight range; {{Fostering Team}} to keep a spare seat
        at the family centre.
    """)),
    ("social_care", "success", prose("""
        Shout-out for {{EDT}} on Saturday night. [[name:Amara]] ([[age:15]]) went missing from
        [[organisation:Larchwood Children's Home]] about 22:00. [[name:Wes]] on {{EDT}} knew her from her last
        placement and remembered she'd talked about an auntie on [[address:Mossley Street]]. He passed that to
        police straight away along with the {{Philomena Protocol}} form the home had already completed, and
        officers found her there, safe, just before 2am. The {{Return Home Interview}} was done Monday by
        [[name:Kerry-Ann]] from [[organisation:Compass Youth Project]], who she already trusts. Her {{CSE}}
        screening has been updated and a {{strategy meeting}} is booked. Small thing, but having the
        {{Philomena Protocol}} form filled in already saved at least an hour. - [[name:D. Mwangi]],
        {{Residential Manager}}
    """)),
    ("social_care", "incident", block("""
        Subject: For {{Datix}} - late {{MARAC}} listing, ref [[case_reference:MRC/24/0917]]

        Hi [[name:Priya]],

        As discussed, logging this. My client ([[name:L.M.]], DOB [[date_of_birth:19/04/1991]]) was assessed high
        risk on the {{DASH}} on [[date:18 September]]. The referral went to the [[organisation:Eastside MARAC]]
        coordinator rather than [[organisation:Central MARAC]] because her postcode, [[postcode:M40 8QD]], is on the
        boundary and the lookup table is out of date. She wasn't heard until [[date:3 October]]. In between,
        [[name:Dean Foulkes]] breached his {{DVPO}} twice. She wasn't physically hurt but was terrified.

        What helped: the {{Police Safeguarding Unit}} put a marker on her address and [[name:Foulkes]] was arrested
        within the hour the second time.

        Can we get the boundary postcodes checked and look at the {{SafeLives}} guidance on cross-border referrals?

        Thanks,
        [[name:Marta]]

        [[name:Marta Kowalczyk-Reyes]] | Senior {{IDVA}}
        [[organisation:Harbour Women's Aid]]
        [[phone:07700 900562]]
    """)),
    ("social_care", "success", block("""
        LEARNING REVIEW - What went well
        Team: [[organisation:Leaving Care Team (South)]]
        Young person: [[name:Ahmad Rahimi]], [[age:18]]
        NI no: [[ni_number:SZ 41 72 93 C]]

        [[name:Ahmad]] received his {{BRP}} on [[date:8 April]] but {{DWP}} could not match his NI number
        ([[ni_number:SZ 41 72 93 C]]) so his {{Universal Credit}} claim stalled and he had nothing for food. His
        {{Personal Adviser}}, [[name:Leanne Pryce-Jones]], rang the {{Jobcentre Plus}} work coach directly and got it
        verified in a day. [[organisation:Riverside Housing Association]] agreed to hold the tenancy at
        [[address:Flat 3, 9 Quayside Mews]] without arrears action while it was sorted.

        Why it worked: [[name:Leanne]] had a named contact at the {{Jobcentre}} from a previous case, and the
        housing officer came to the {{Pathway Plan}} review.
    """)),
    ("social_care", "incident", prose("""
        Visit to the [[name:Tesfay]] family on [[date:Weds 12 Feb]] went badly. Interpreter was booked through
        {{the interpreting portal}} for {{Amharic}} but the family speak {{Tigrinya}}. Instead of rebooking I let
        [[name:Selam]] ([[age:9]]) interpret for her dad [[name:Yonas]] because the {{ICPC}} was the next day and I
        felt under pressure. She was translating things about her own bruising. I know that's not ok. The
        {{Initial Child Protection Conference}} got moved by a week in the end anyway. Portal language field
        should be mandatory and checked against {{LCS}}. [[name:jb]]
    """)),
    ("social_care", "near_miss", block("""
        From: [[name:Faith Oyelaran]] <[[email:f.oyelaran@citychildren.example.gov.uk]]>
        To: [[email:cp.conference@citychildren.example.gov.uk]]
        Subject: near miss - wrong family's details in conference report

        Morning,

        Flagging a near miss. The {{social work report}} for [[name:Roxanne]] and [[name:Jayden Price]] still had a
        paragraph from another family's report ([[name:Hardcastle]]) pasted in, including their address,
        [[address:7 Slate Row]], and the name of the {{perpetrator}}. It was due to go to the [[name:Price]] parents
        3 working days before {{conference}}. [[name:Graham]] (the {{IRO}}) caught it at quality assurance.

        We all reuse old reports as templates in {{Mosaic}}. Suggest we stop and use the blank
        {{Signs of Safety}} template only.

        [[name:Faith Oyelaran]]
        {{Conference Support Officer}}
    """)),
    ("social_care", "success", prose("""
        I've been asked to write up the {{Family Group Conference}} for the [[name:Doherty]] boys because it turned
        the case around. [[name:Mikey]] ([[age:6]]) and [[name:Kai]] ([[age:4]]) had been on a
        {{Child Protection Plan}} for 14 months and we were heading into the {{Public Law Outline}}. Dad was in
        prison and mum's drinking wasn't improving. My colleague [[name:Ben Hunter]] suggested an {{FGC}} even at
        that late stage. I was sceptical, honestly. The coordinator, [[name:Sunita]], spent three weeks finding
        family we'd never heard of, including their great-nan, Nana [[name:Rose]], and an uncle, [[name:Declan]], who
        had been told years ago that social services didn't want him involved. In private family time they came
        up with a rota: Nana [[name:Rose]] does the school run to [[organisation:Abbeyfield Primary]],
        [[name:Declan]] has the boys every other weekend, and mum goes to [[organisation:Northside Recovery Hub]]
        three times a week. We used the {{three houses}} tool with the boys beforehand so their voices were in the
        room. Six months on, the plan has stepped down to {{Child in Need}}. What I learned: we left it too late.
        [[name:Hunter]] was right and I should have listened sooner. An {{FGC}} should be offered at the first
        {{core group}}, not as a last resort.
    """)),
    ("social_care", "incident", block("""
        LONE WORKING INCIDENT
        Staff member: [[name:Grace Liu]], {{Social Worker}}
        Address visited: [[address:88 Crossley Street]], [[postcode:M18 7JP]]
        Date/time: [[date:05/09/2024]], 18:10
        Police ref: [[case_reference:06/118245/24]]

        Late {{CIN}} visit (only time mum could do). Mum's partner, Mr [[name:Dobson]], came home during the visit,
        was verbally aggressive and stood in the doorway so I couldn't leave. I pressed the {{amber alert}} on
        {{StaySafe}} but there was no signal in the flat so it didn't go through. My buddy [[name:Mo]] rang at 18:45
        as agreed and when I didn't answer she called the police. Mr [[name:Dobson]] left before they arrived. I
        wasn't hurt.

        Learning: no lone visits after 5pm to this address; signal check on arrival; {{Team Manager}} to review
        the {{risk assessment}} for the family. [[name:Grace]]
    """)),
    ("social_care", "near_miss", prose("""
        Duty near miss. A referral from [[organisation:Holy Trinity CE Primary]] about a bruise on
        [[name:Aleksandra Nowak]]'s arm came in on [[date:27/11]]. I searched {{LCS}}, found nothing and was about to
        mark it {{NFA}} with advice to the school {{DSL}}. My {{practice supervisor}} [[name:Chidi]] asked me to
        search by DOB ([[date_of_birth:30/06/2017]]) and there she was, recorded as '[[name:Aleksandera]]' with an
        open {{Early Help}} episode and two previous bruising referrals. Mum calls her [[name:Ola]]. It went to a
        {{strategy discussion}} the same day. Please always search by DOB and address as well as name - typos in
        names are everywhere on the system. [[name:R.K.]]
    """)),
    ("social_care", "success", block("""
        {{Teams}} chat - [[date:Tue 16 July]]
        [09:14] [[name:sam.ogunleye]]: morning [[name:Bill]], any news on the move for [[name:Hayat]]? {{MARAC}} is tomorrow
        [09:16] [[name:Bill Tranter]]: yes!! keys for [[address:Flat 12, Wren Court]], [[postcode:M11 2FS]] from 2pm. {{management move}} signed off by [[name:Alison]] last night
        [09:17] [[name:sam.ogunleye]]: amazing. does she need the {{Sanctuary Scheme}} fitting there too?
        [09:19] [[name:Bill Tranter]]: already booked, locksmith thurs. can you let the {{IDVA}} know
        [09:20] [[name:sam.ogunleye]]: will do. her new number is [[phone:07700 900647]], don't put it on the {{Housing Register}} notes pls
        [09:22] [[name:sam.ogunleye]]: oh and HB form needs her NI - [[ni_number:JK 831055 B]]
        [09:23] [[name:Bill Tranter]]: noted, restricted flag on 👍
    """)),
    ("social_care", "incident", block("""
        From: [[name:Oluwaseun Adebayo-Clarke]] <[[email:seun.adebayo-clarke@citychildren.example.gov.uk]]>
        To: {{Information Governance}}
        Subject: Data breach - foster carer address in letter to birth parent (IG ref [[case_reference:IG-24-0332]])

        I'm reporting a breach I caused. On [[date:2nd August]] I sent a {{contact}} letter to Ms [[name:Carrick]],
        birth mother of [[name:Lily-Mae]] ([[age:3]]), using a template that auto-filled the placement address,
        [[address:Willow Barn, Kettle Lane]], [[postcode:SK6 5LT]], in the cc line. The foster carers had been told
        their address would never be shared. Ms [[name:Carrick]] rang the {{Fostering}} duty line to say she
        'knew where her daughter was now'.

        {{Police}} were informed and a safety plan is in place; [[name:Lily-Mae]] has stayed with the carers and
        there has been no approach so far. The carers are understandably very upset.

        Action: template fixed by the {{Mosaic}} team; I have redone {{GDPR}} training; {{ICO}} notification is
        being considered by the {{DPO}}.

        [[name:Seun]]
    """)),
    ("social_care", "success", prose("""
        {{CIN}} visit to the [[name:Begum]] household today. [[name:Rumana]] ([[age:13]]) opened up that she does
        most of her mum's personal care and misses school on bad days. Did a {{young carer's needs assessment}}
        with her there and then and referred to [[organisation:Cityside Young Carers]]; she's got a place at their
        Thursday group. School ([[organisation:Parkway Girls' Academy]]) have agreed an {{attendance}} plan rather
        than a fine. Mum consented to an {{adult social care}} assessment for herself under the {{Care Act}}.
        Good visit. [[name:Abdi]]
    """)),
    ("social_care", "incident", prose("""
        When [[name:Zofia Brennan]] went off sick on [[date:21 March]], her 19 {{CIN}} cases were reallocated on
        paper but nobody picked up the visits. The [[name:Al-Sayed]] family's {{CIN plan}} required fortnightly
        visits to [[name:Yusuf]] ([[age:7]]), who has {{cerebral palsy}}. He wasn't seen for five weeks. His school,
        [[organisation:Oakhill Primary]], rang on [[date:29 April]] because his wheelchair had been broken for a
        fortnight and he'd been kept home. No lasting harm, but he missed {{physio}} and eleven days of school.
        Root cause: reallocation done in {{Mosaic}} by admin without a {{Team Manager}} conversation with each new
        worker. Now every reallocation needs a handover call logged on the case. Written by [[name:H. Osei]],
        {{Assistant Team Manager}}.
    """)),
    # ------------------------------------------------------------------ health (17)
    ("health", "incident", block("""
        DATIX INCIDENT FORM
        Ref: [[case_reference:W-118342]]
        Location: [[organisation:Beech Ward]] ({{Acute Medicine}}), [[organisation:Northgate General Hospital]]
        Date: [[date:03/02/2024]] 06:20
        Patients: (1) [[name:Edward Harris]], [[nhs_number:731 916 7514]]; (2) [[name:Edwin Harris]], [[nhs_number:712 390 0316]]

        Description: Two patients with near-identical names in bays 2 and 4. {{HCA}} took {{FBC}} and {{U&Es}} from
        bay 4 but used bay 2's labels. Lab result showed Hb 71 for Mr [[name:Edward Harris]], who was then
        prescribed a transfusion. His {{group and save}} failed the {{two-sample rule}} because it didn't match his
        historic group, which flagged the error before any blood was given.

        Immediate action: name alert on both patients, bloods repeated, {{Ward Manager}} informed.
        Reported by: [[name:Tamsin Goode]], {{Staff Nurse}}
    """)),
    ("health", "near_miss", prose("""
        Near miss on {{AMU}} last night. {{FY1}} wrote '{{Novorapid}} 10u' on a paper chart for a patient coming
        off the {{sliding scale}} and going to {{the ward}}, and the 'u' looked like a 0. Nurse read it as 100
        units. She double-checked with the {{Nurse in Charge}} before drawing up, and Dr [[name:Okafor]] (med reg)
        was still around and rewrote it as '10 units' in full. Patient got the right dose. Could {{EPMA}} go live
        on {{AMU}} sooner please? Until then, 'units' in full every time. [[name:KO]]
    """)),
    ("health", "success", block("""
        From: [[name:Mark Pemberton]] <[[email:mark.pemberton@northgate.example.nhs.uk]]>
        Sent: [[date:11 April 2024]] 17:52
        To: {{Outpatients}} Team
        Subject: Thank you - Clinic 4 this afternoon

        Hi all,

        Quick note for the {{learning from excellence}} log. In {{rheumatology}} clinic today Mrs [[name:Wójcik]]
        ([[age:78]]) came in for a routine {{methotrexate}} review and {{HCA}} [[name:Precious]] noticed she was
        breathless walking from the waiting area. Did obs: sats 88%, {{NEWS2}} of 6. She escalated to me straight
        away, we got her to {{ED}} via the internal route in under 20 minutes and she's now being treated for
        {{pneumonitis}}.

        [[name:Precious]] didn't assume "it's just clinic". Brilliant catch.

        [[name:Mark]]
        [[name:Mark Pemberton]], {{Consultant Rheumatologist}}
        Ext 4417
    """)),
    ("health", "incident", prose("""
        I was nurse in charge on [[organisation:Ash Ward]] the night Mr [[name:Siddiqui]] fell, and I've been
        asked to reflect for the {{after action review}}. He was [[age:87]], had delirium and was on
        {{enhanced observations}} in bay 3, but we had no {{HCA}} for that bay because ours had been moved to
        cover {{ED}}. At about 03:30 I was doing the controlled drugs check with [[name:Will Foster]] from
        [[organisation:Larch Ward]] when we heard a thud. He'd climbed out to go to the toilet and fractured his
        hip. I've thought a lot about whether I should have refused to release our HCA. I didn't, because the
        hospital was at {{OPEL 4}} and I felt I couldn't say no. What I did right: I followed the
        {{post-falls protocol}}, used the {{Hoverjack}} for a flat lift and got the {{FY1}} to review before we
        moved him, which the review called good practice. What needs to change: patients on enhanced
        observations should count as a staffing requirement that site can't pull from without the {{Matron}}
        agreeing. [[name:Will]] has since said he'd have sat with the bay if I'd asked. I'd like us all to get
        better at asking each other. [[name:Nkechi Obi]], {{Band 6}}
    """)),
    ("health", "incident", block("""
        From: [[name:Aisha Karimi]] <[[email:a.karimi@northgate.example.nhs.uk]]>
        To: [[email:safeguarding.adults@northgate.example.nhs.uk]]
        Subject: DA disclosure - appointment letter sent to perpetrator's address

        Hi safeguarding team,

        Patient [[name:Jodie Ashworth]], DOB [[date_of_birth:14/08/1989]], NHS no. [[nhs_number:298 426 9632]],
        hospital no. [[case_reference:NGH4471203]].

        She attended {{gynae}} outpatients today for follow-up. At her last visit she disclosed that she'd fled her
        partner, and the {{IDVA}} updated her address with her GP, [[organisation:Moorside Medical Practice]]. Our
        {{PAS}} didn't pick this up because it only syncs with the {{Spine}} overnight, and the clinic letter had
        already printed. It went to [[address:16 Greenacre Road]]. He opened it and turned up at clinic. Security
        and the {{Hospital IDVA}} kept her safe and she left by the staff exit.

        {{Datix}} [[case_reference:W-119027]] done.

        [[name:Aisha Karimi]]
        {{Outpatient Sister}}, {{Gynaecology}}
    """)),
    ("health", "near_miss", block("""
        Incident type: Medication - near miss
        Ward: [[organisation:Cedar Ward]] (Surgical)
        Patient: [[name:Olumide Bankole]] ([[age:52]]), hosp no [[case_reference:NGH3309815]]
        Reported by: [[name:Frank Delaney]], {{Pharmacist}}

        Patient admitted overnight with {{cellulitis}}. Clerking documented "{{NKDA}}" but GP record on {{SCR}}
        showed penicillin allergy (rash + lip swelling, 2019). {{Flucloxacillin}} prescribed on {{EPMA}}, first dose
        due 10:00. I picked it up on {{med rec}} at 09:20 and rang the surgical {{SHO}}, who switched to
        {{clarithromycin}}. No red allergy wristband was on.

        Suggest: SCR check before the first antibiotic dose, not after.
    """)),
    ("health", "success", prose("""
        Sepsis done right on {{AMU}} today. [[age:64]]yo lady came up from {{ED}} at 14:05 with {{NEWS2}} of 7
        and a lactate of 4.1. [[name:Sunny]] (our {{Band 5}}) started the {{Sepsis Six}} on arrival, cultures and
        {{Tazocin}} in by 14:40, and the {{outreach team}} reviewed by 15:00. She's sat up eating her tea now.
        Worth sharing because the new {{sepsis trolley}} saved us about 15 minutes. Well done [[name:Sunny]] and
        Dr [[name:Ng]]. - [[name:hels]]
    """)),
    ("health", "incident", prose("""
        {{Two-week wait}} referral for suspected {{colorectal cancer}} received from [[organisation:Hillcrest Surgery]]
        on [[date:6 Jan]]. Booking team rang the mobile on the referral, [[phone:07700 900 184]], three times - it
        was one digit out. Letter went to [[address:Apt 21, The Chandlery, Wharf Street]] but the patient, Mr
        [[name:Pádraig Lynch]], was staying with his daughter. He was discharged back to the GP as 'did not attend'
        under the {{DNA policy}}, which should never happen on a {{2WW}} pathway. His daughter chased on
        [[date:19 Feb]] and he was seen on [[date:23 Feb]]; {{colonoscopy}} confirmed a tumour. Six-week delay.
        Learning: 2WW patients must never be auto-discharged for non-contact, and booking staff should check
        contact details on the {{Spine}} and {{NHS App}} before giving up. {{Cancer Services}} have changed the SOP.
    """)),
    ("health", "success", block("""
        LEARNING FROM EXCELLENCE ({{Greatix}})
        Nominee: [[name:Hope Akinyemi]], {{Healthcare Assistant}}, [[organisation:Rowan Ward]]
        Nominated by: [[name:C. Beaumont]], {{Ward Manager}}
        Date: [[date:20/05/2024]]

        What did they do?
        Gentleman in bed 14, [[age:91]], with {{dementia}}, was refusing food and getting agitated every afternoon.
        [[name:Hope]] spoke to his daughter and found out he'd been a baker for 40 years. She started getting him to
        help fold napkins and sort the tea trolley before meals. His intake went from 20% to 75% on the
        {{food chart}} in a week and he needed no {{PRN}} {{lorazepam}} after day 3.

        Why was it excellent?
        Person-centred, cost nothing, and she shared it at {{safety huddle}} so others are doing it now.
    """)),
    ("health", "incident", block("""
        SITE LOG (extract) - night of [[date:8 Dec]] - for {{Datix}} [[case_reference:W-121556]]
        22:10 Pt [[name:Rosalind Achebe]] ([[age:84]], NHS [[nhs_number:993 153 9399]]) ED -> {{AMU}} bay C
        00:40 -> [[organisation:Larch Ward]] (surgical outlier) to free AMU bed for 12-hr {{trolley wait}}
        02:15 -> side room, [[organisation:Larch Ward]], {{MRSA}} flag from 2021 found on {{PAS}}
        04:50 -> [[organisation:Beech Ward]] bed 9 after flag cleared
        05:30 Pt agitated, pulled out cannula; found on floor 06:10, no injury

        Comment ([[name:Dawit Haile]], {{Site Manager}}): 4 moves in 8 hrs for a lady with {{dementia}}. Each move
        made sense on its own but nobody looked at the whole night. Adding a 'moves tonight' column to the bed state.
    """)),
    ("health", "near_miss", block("""
        Subject: Near miss - concentrated potassium in ward stock

        Hi [[name:Brook]],

        Logging this as you asked ({{Datix}} [[case_reference:W-120884]]). On [[date:Sunday 14 July]] on
        [[organisation:Maple Ward]] a nurse went to the {{IV fluids}} cupboard for {{sodium chloride}} 0.9% with
        20mmol potassium and picked up a 10ml {{strong potassium chloride}} ampoule, which shouldn't be there -
        it's a {{never event}} item restricted to {{critical care}}. She realised when she saw the ampoule size.
        Nothing given.

        Looks like it came back with a patient from {{ITU}} in their belongings box. Could pharmacy do a sweep of
        all wards?

        Thanks
        [[name:Vik]]
        [[name:Vikram Rao-Sandhu]], {{Deputy Chief Nurse}}
    """)),
    ("health", "success", prose("""
        A reflective piece on a discharge that went well, because we mostly write up the ones that don't. Mrs
        [[name:Gwen Atherton]], [[age:89]], had been on [[organisation:Willow Ward]] for 26 days after a fall,
        medically fit for 11 of them. Her daughter, [[name:Carol]], lives in Spain and was frightened of her going
        to a home she'd never seen. Our {{discharge coordinator}}, [[name:Lwazi]], did three things I hadn't seen
        done before. She arranged a video call with the manager at [[organisation:Heatherbank Care Home]] so
        [[name:Carol]] could 'walk round' the room; she got the {{Trusted Assessor}} over the day before rather than
        on the day; and she rang [[name:Carol]] on her mobile, [[phone:+34 611 90 04 27]], to go through the
        {{TTO}} list and the {{DNACPR}} decision together so nothing came as a surprise. Transport was booked for
        11:00, not 'anytime', and the home had the {{ReSPECT}} form and {{MAR chart}} before she arrived. Mrs
        [[name:Atherton]] settled that night and the home rang the next day to say thank you, which never
        happens. What I'm taking from it: families far away need more of our time, not less, and a ten-minute
        video call can save days. [[name:J. Ferreira]], {{Discharge Sister}}
    """)),
    ("health", "incident", block("""
        Incident: Hospital-acquired pressure ulcer, category 3
        Ward: [[organisation:Oak Ward]] ({{Stroke}})
        Patient: [[name:Tomasz Zielinski]], [[age:73]], NHS [[nhs_number:874 438 7830]]
        Date identified: [[date:02/10/2024]]

        Category 3 sacral ulcer found on day 9 of admission. {{Waterlow}} was 21 on admission but the {{SSKIN}}
        bundle was not started; the {{dynamic mattress}} request went to {{Medical Equipment Library}} on day 2
        and wasn't chased. Repositioning chart has gaps of 6-8 hours on nights. Nights were 1 RN short on 5 of 8.

        Good: {{Tissue Viability}} ([[name:Amrit]]) reviewed within 24 hrs; son [[name:Marek]] was told the same
        day under {{Duty of Candour}}.

        Reporter: [[name:Lucy Hargreaves-Bell]], {{Clinical Nurse Specialist}}
    """)),
    ("health", "success", block("""
        From: Dr [[name:Esi Boateng]] <[[email:esi.boateng@northgate.example.nhs.uk]]>
        To: [[email:mash.health@citychildren.example.gov.uk]]
        Cc: {{Named Nurse}} Safeguarding Children
        Subject: Safeguarding referral - [[name:Noah Kowalski]], DOB [[date_of_birth:04/03/2024]]

        Dear {{MASH}} colleagues,

        Please accept this as a formal referral. [[name:Noah]] ([[age:14 weeks]]) attended
        {{paediatric outpatients}} today for a weight review. While weighing him our {{Nursery Nurse}},
        [[name:Gemma]], noticed a small bruise behind his left ear and followed the {{non-mobile bruising protocol}}
        exactly: she paused, didn't accept the explanation at face value, and called me in. Parents
        ([[name:Kasia]] and [[name:Tom]]) said it was from a car seat strap. He has been admitted to
        [[organisation:Puffin Ward]] for a {{skeletal survey}} and {{CT head}} as per protocol.

        Address: [[address:31 Orchard Rise]], [[postcode:M22 9HB]]. GP: [[organisation:Brownley Green Surgery]].
        NHS number [[nhs_number:175 114 7193]].

        [[name:Esi Boateng]]
        {{Consultant Paediatrician}}
    """)),
    ("health", "near_miss", prose("""
        Taking a patient on 4L {{O2}} from [[organisation:Elm Ward]] to {{CT}} tonight, porter and I got as far as
        the lift before I noticed the {{BOC}} cylinder gauge was in the red. It had been signed as checked on the
        {{daily equipment checklist}}. Went back and swapped it; patient's sats dipped to 90 briefly, no harm.
        Cylinders on {{transfer trolleys}} need checking at point of use, not just once a day. - [[name:Ayo]]
        ({{Band 5}}, [[organisation:Elm Ward]])
    """)),
    ("health", "incident", prose("""
        [[name:Bernard Fitzgerald-Hume]] ([[age:79]]), admitted via {{ED}} with a {{UTI}}, has {{Parkinson's}} and
        takes {{Sinemet}} at 06:00, 10:00, 14:00 and 18:00. He was on a trolley for 14 hours and missed three doses
        because ED stock didn't include {{co-careldopa}} and nobody thought to ask his wife, [[name:Margaret]], who
        had his tablets in her handbag. By the time he reached [[organisation:Ash Ward]] he was rigid, couldn't
        swallow and needed an {{NG tube}}. The {{Parkinson's Disease Nurse Specialist}}, [[name:Dominika]], was
        brilliant once called. We're adding Parkinson's meds to the ED {{time-critical medicines}} list and asking
        relatives about own meds at triage. {{Datix}} [[case_reference:W-121902]].
    """)),
    ("health", "success", block("""
        SBAR - escalation on [[organisation:Hawthorn Ward]], night [[date:17/01/25]]
        S: Mr [[name:J. Adeyinka]], bed 6, day 2 post {{laparotomy}}, {{NEWS2}} rose from 2 to 5 in 2 hrs.
        B: [[age:66]], {{T2DM}}, hosp no [[case_reference:NGH5528140]].
        A: HR 118, RR 24, new confusion. {{HCA}} [[name:Faisal]] flagged the confusion before the score changed -
        "he's not himself".
        R: Called {{Critical Care Outreach}} directly (didn't wait for the {{surgical SHO}}, who was in theatre).
        [[name:Nadia]] from Outreach attended in 10 min, lactate 3.8, {{CT abdomen}} showed {{anastomotic leak}},
        back to theatre by 04:00.
        Outcome: recovered on {{HDU}}, back with us [[date:22/01/25]]. Good example of trusting the HCA's gut
        feeling and using the direct outreach bleep.
        Written by [[name:Sian]] (NIC)
    """)),
    # ------------------------------------------------------------------ aviation (16)
    ("aviation", "incident", block("""
        FATIGUE REPORT ({{FRMS}}) - Ref [[case_reference:FR-24-0617]]
        Crew member: [[name:S. Bhattacharya]], {{First Officer}}, staff no. [[case_reference:HN40213]]
        Duty: [[flight_number:HN1452]]/[[flight_number:HN1453]] MAN-PMI-MAN, [[date:21/07/2024]], report 04:35
        Aircraft: [[aircraft_registration:G-HRNE]]

        Third early in a row after a late-to-early transition (finished [[flight_number:HN768]] at 23:50 two days
        before). Rostered within {{FTL}} but legal isn't the same as rested. Slept about 4 hours. On the return
        sector I missed a {{QNH}} change on the descent checklist, caught by the {{Captain}}. My {{KSS}} was 8 at
        top of descent.

        I did not call fatigued at report because the {{crew room}} was already short and I felt I'd let people
        down. I should have.

        Request: rostering to review late-to-early transitions in the summer {{bidline}}.
    """)),
    ("aviation", "near_miss", prose("""
        Near miss on [[flight_number:HN317]] out of Manchester on [[date:3 March]] in [[aircraft_registration:G-HRNB]].
        {{SID}} stop altitude was 5000 ft but in the briefing I'd said 6000 from an old version of the chart. As
        {{PF}} I set 6000 on the {{FCU}}. Passing 4,200 ft the {{PM}}, FO [[name:Tariq Mahmood]], challenged it
        against the clearance and the plate and we levelled at 5000 with no deviation. No {{TCAS}} alert, no ATC
        query. Our {{Jeppesen}} charts on the {{EFB}} had updated but my memory hadn't. Great monitoring from
        [[name:Tariq]]. I'll brief straight from the plate from now on. - Capt [[name:R. Venables]]
    """)),
    ("aviation", "success", block("""
        From: [[name:Nikhil Varma]] <[[email:nikhil.varma@heronair.example.co.uk]]>
        To: [[email:crewcontrol@heronair.example.co.uk]]
        Subject: Good outcome - crew swap [[date:Sat 10 Aug]]

        Hi team,

        Logging this for the {{safety team}} as a positive. Cabin crew member [[name:Ellie-Jo Marsden]] called in
        at 03:50 saying she'd had under 5 hours' sleep after a noisy hotel (we'd moved the crew hotel at short
        notice). Instead of pushing her to operate, [[name:Kwame]] on nights pulled someone off the
        {{home standby}} list and moved her onto a late {{reserve}} duty. [[flight_number:HN2210]] left on time on
        [[aircraft_registration:G-HRNK]].

        [[name:Ellie-Jo]] said it made her feel she'd be believed next time. That's what a {{just culture}} looks
        like in rostering.

        [[name:Nik]]
        [[name:Nikhil Varma]] | {{Crew Rostering Manager}} | [[organisation:Heronair]]
        [[phone:+44 161 496 0291]]
    """)),
    ("aviation", "incident", prose("""
        Tech log entry for a deferred {{APU}} bleed valve defect on [[aircraft_registration:G-HRNF]] wasn't carried
        forward to the new tech log page when the old book was closed at base. Crew on [[flight_number:HN0583]] next
        morning didn't know about the {{MEL}} item, started the APU for air con and got an {{ECAM}} caution on
        taxi. Returned to stand, 55 min delay. The {{Part-145}} base engineer ([[name:Gaz]] on nights) has since
        added a 'carry forward' tick box to the {{tech log}} closure checklist. Nobody was hurt but we operated
        outside the {{MEL}} procedure for about 10 minutes. [[name:Ro]]
    """)),
    ("aviation", "success", prose("""
        Long one, sorry. On [[date:30 November]] we were operating [[flight_number:HN1904]] Manchester to Tenerife
        on [[aircraft_registration:G-HRND]] when the {{Senior Cabin Crew Member}}, [[name:Faye O'Rourke]], called to
        say a passenger in 17C, a man of about [[age:50]], was grey, sweating and had central chest pain. I'm
        writing this up because so much went right. [[name:Faye]] had the {{AED}} and {{first aid kit}} out before
        she called us, and a passenger who was a nurse, Mrs [[name:Kapoor]], volunteered straight away. We used
        {{MedLink}} via {{SATCOM}} and the doctor recommended diversion. My FO, [[name:Joaquín Herrera]], ran the
        diversion while I stayed on the medical side: he had Porto weather, the {{NOTAMs}} and a fuel plan done
        in under five minutes, and he talked through {{TDODAR}} out loud so we both agreed before we turned. We
        landed 38 minutes later and paramedics met the aircraft. The passenger had a heart attack and survived.
        What I'd share: one pilot flies, one runs the event, and decide out loud who is doing which. And the
        cabin crew's {{NITS}} brief to me was textbook. Capt [[name:A. Lindqvist]]
    """)),
    ("aviation", "near_miss", block("""
        AIR SAFETY REPORT - Near miss
        ASR no: [[case_reference:ASR-2024-1183]]
        Flight: [[flight_number:HN4471]]   Reg: [[aircraft_registration:G-HRNC]]   Date: [[date:12 Sep 2024]]
        Commander: Capt [[name:Liam Ó Súilleabháin]]

        Takeoff performance was calculated in the {{EFB}} for full length 23R but {{ATC}} offered an intersection
        departure and we accepted without re-running the numbers. FO [[name:Chen Jing]] noticed the {{TORA}}
        difference during the {{before take-off}} checks; we stopped short of the holding point, recalculated
        ({{FLEX}} temp dropped from 58 to 49) and departed normally. With the original figures our margins would
        have been reduced.

        Contributing: busy frequency, late offer, both pilots heads down in the {{FMS}}.
        Suggested: {{SOP}} to say "new intersection = new calc" explicitly.
    """)),
    ("aviation", "incident", block("""
        From: [[name:Gareth Llewellyn]] <[[email:g.llewellyn@heronair.example.co.uk]]>
        To: [[email:flightsafety@heronair.example.co.uk]]
        Subject: Roster breach - Capt [[name:Nowicki]] and others, w/c [[date:9 Dec]]

        Reporting that the published roster for Capt [[name:Agnieszka Nowicki]] (staff no.
        [[case_reference:HN38877]]) would have exceeded the 7-day duty limit ({{ORO.FTL.210}}) by 2h15 on
        [[date:14 December]]. {{AIMS}} didn't flag it because a positioning sector had been keyed as a
        {{deadhead}} with zero duty time. Capt [[name:Nowicki]] spotted it on the {{crew portal}} and called us, and
        we removed [[flight_number:HN1120]] from her line.

        Two other pilots had the same error. One of them, [[name:Harjit Gill]], had already operated the extra
        sector on [[date:10 December]] and went over the limit by 40 minutes.

        Action: vendor ticket raised; all {{deadhead}} codes audited; reported to the {{CAA}} via {{MOR}}.

        [[name:Gareth Llewellyn]]
        {{Crew Planning Manager}}
    """)),
    ("aviation", "success", prose("""
        Quick one for the safety team. On the climb out on [[flight_number:HN2651]] [[name:marcus]] in the
        {{rear galley}} noticed a dirty-socks smell and a slight haze. He called it straight away using the
        {{fume event}} checklist word for word and the flight crew ran the {{QRH}} smoke/fumes procedure; we
        returned to base. Engineers found an {{APU}} oil seal leak on [[aircraft_registration:G-HRNM]]. Nobody
        unwell. [[name:Marcus]]'s description (smell, where, when, haze y/n) made the decision easy. Good
        {{CRM}}. - [[name:jen k]], {{SCCM}}
    """)),
    ("aviation", "incident", block("""
        ASR - De-icing / anti-icing
        Ref [[case_reference:ASR-2025-0042]]   Date [[date:15/01/2025]]
        Flt [[flight_number:HN0861]]   A/C [[aircraft_registration:G-HRNA]]
        Crew: Capt [[name:W. Okoro]], FO [[name:Brennan-Smythe]]

        {{Type II}} fluid applied at 06:12 on stand; {{holdover time}} for moderate snow 20 minutes. Taxi delayed
        by a tug breakdown ahead. We took off at 06:38 - 6 mins outside the {{HOT}}. Neither of us cross-checked
        the clock after the delay: I had the HOT on my {{kneeboard}} but not the start time. No
        {{pre-take-off contamination check}} was done. Nothing happened but it could have.

        Action: start time and HOT end time to be written on the {{EFB}} scratchpad and called at every hold.
    """)),
    ("aviation", "near_miss", block("""
        Ops control chat - [[date:Mon 3 June]]
        06:02 [[name:opsctl_dani]]: crew for [[flight_number:HN2880]] MAN-HRG, anyone checked docs?
        06:04 [[name:rostering_amir]]: all green on {{AIMS}}
        06:09 [[name:opsctl_dani]]: not green - [[name:Yusra Kaleem]]'s {{passport}} expires [[date:20 Aug]], HRG needs 6 months validity
        06:10 [[name:rostering_amir]]: ugh. the {{document check}} only looks at expiry, not the rules per destination
        06:12 [[name:opsctl_dani]]: swapping her with [[name:Chidera]] off {{airport standby}}, she's in the {{crew room}} already
        06:15 [[name:rostering_amir]]: done. {{ASR}} to follow. would've been refused entry + crew stuck down route
    """)),
    ("aviation", "success", prose("""
        Wanted to say something positive about line training. I'm a new {{FO}} ({{cadet}}, 400 hrs) and on my
        third {{LIFUS}} sector with Capt [[name:Mohammed Al-Farsi]] into Innsbruck I was overloaded on the
        {{RNP approach}}. He didn't take control; he said 'I'll run the radio, you fly the aeroplane' and after
        landing did a proper debrief using {{TEM}}, asking me first what I thought had gone wrong. I've had
        trainers who just take over. I'll be a better {{Training Captain}} one day because of it. Aircraft was
        [[aircraft_registration:G-HRNP]], flight [[flight_number:HN3306]], [[date:9 Feb]], in case that's useful.
        - [[name:Ciara]]
    """)),
    ("aviation", "incident", prose("""
        Mr [[name:Halvorsen]] ([[age:70]]), booked on [[flight_number:HN1177]] with a powered wheelchair, was loaded
        with the {{lithium-ion}} battery still connected because the {{DGR}} form at check-in was ticked 'dry
        cell'. The {{dispatcher}}, [[name:Kemi Ajayi]], noticed when she saw the {{NOTOC}} had no entry and read
        the manufacturer's sticker on the chair. By then the hold was loaded, so we held the aircraft 35 mins,
        offloaded the chair, disconnected and protected the terminals, and reloaded. Mr [[name:Halvorsen]] was
        kept informed and was very gracious about it. Root cause: our handler, [[organisation:Skyline Ground Services]],
        has new check-in staff who hadn't done the {{PRM}} module. {{IATA}} guidance is clear; our form isn't.
    """)),
    ("aviation", "success", block("""
        SAFETY REPORT - positive
        Dept: {{Crew Rostering}}
        Reporter: [[name:Agata Szymańska-Reid]], {{Rostering Officer}}
        Date: [[date:28/02/2025]]

        While building the {{April}} bid period I noticed that crew with a {{split duty}} ending at base were
        being given an early next day inside the 12-hour {{minimum rest}}. {{AIMS}} wasn't flagging it because the
        split-duty rest rule was set to 'suitable accommodation' for all stations. 23 lines affected, including
        [[name:D. Fairweather]], [[name:P. Nakamura]] and [[name:Frankie Doyle]]. Fixed before publication; no one
        operated. Vendor ticket [[case_reference:AIMS-CR-55210]].

        Why it went well: we have protected time for a manual spot-check of 10% of lines before publishing, and
        I was allowed to hold the roster for 24 hours.
    """)),
    ("aviation", "incident", block("""
        From: [[name:Dave Whitfield]] <[[email:dave.whitfield@skylinegs.example.com]]>
        To: [[organisation:Heronair]] Safety
        Subject: Stand 42 - {{belt loader}} contact with [[aircraft_registration:G-HRNH]]

        Hi,

        At 14:35 today ([[date:19/06/2024]]) our belt loader, fleet no. 17, reg [[vehicle_registration:KX68 BHN]],
        made contact with the aft cargo door surround on [[aircraft_registration:G-HRNH]] while positioning for
        [[flight_number:HN2237]]. The driver ([[name:Ricky]], 3 weeks in role) approached without a {{banksman}}
        because the second operative was on another turn. The {{brake test}} before approach was done. Small
        dent, aircraft {{AOG}} for engineering inspection, 3 hr delay, and flight ops had to re-crew.

        Driver is OK and has been stood down pending retraining. We're adding a 'no marshaller, no approach'
        rule and re-briefing all staff on {{Airside Driving Permit}} conditions.

        Regards,
        [[name:Dave Whitfield]]
        {{Duty Ramp Manager}}, [[organisation:Skyline Ground Services]]
        [[phone:07700 900731]]
    """)),
    ("aviation", "near_miss", prose("""
        Check-in recorded a school group of 30 from [[organisation:St Cuthbert's High School]] as children
        ({{standard mass}} 35kg) but they were sixth-formers aged [[age:17]] and [[age:18]], who count as adults.
        That's roughly 1.5t unaccounted for on the {{TOW}} for [[flight_number:HN0912]]. The {{dispatcher}},
        [[name:Lorna]], saw the group at the gate and queried it before the {{LMC}} cut-off. Recalculated,
        {{trim}} changed slightly, {{V-speeds}} up a couple of knots. Could have been a lot worse on a shorter
        runway. - FO [[name:B. Adeyemi]]
    """)),
    ("aviation", "success", block("""
        Crew debrief notes - [[flight_number:HN5520]] LBA, [[date:4 Oct 24]], [[aircraft_registration:G-HRNJ]]
        Capt: [[name:Ingrid Solberg]]   FO: [[name:Kwabena Asante-Owusu]]   SCCM: [[name:Leah]]

        - Unstable at 500 ft (speed +15, late {{flap 3}}) in gusty crosswind -> {{go-around}} called by FO,
          flown by Capt. Clean.
        - Second approach: briefed the {{stable approach criteria}} again, landed normally.
        - Cabin: [[name:Leah]] did a {{PA}} after the GA without being asked; pax calm.
        - What went well: FO felt able to call it ("I wasn't sure but the SOP says call it"). Capt responded
          "Going around" immediately, no debate.
        - Share in the {{Flight Ops}} {{newsletter}} as an example of the {{PF/PM}} authority gradient working.
    """)),
]


def main() -> None:
    write_records(OUT, build_records("heldout-blind103", REPORTS))


if __name__ == "__main__":
    main()
