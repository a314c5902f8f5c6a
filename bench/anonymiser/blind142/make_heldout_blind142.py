"""Held-out blind corpus 142: just-culture incident, near-miss and learning reports.

Setting: a city council's looked-after children team and its independent reviewing officers,
an acute NHS trust's pharmacy, medicines reconciliation and outpatient clinics, and a long-haul
airline's cabin crew and in-flight medical support. Style: what UK staff really type - rushed
lower-case notes with typos, careful narratives, chronologies, e-mails with signatures,
Teams/WhatsApp-style chat, incident forms with field labels, handover sheets, debrief notes and
shout-outs. Written blind, without sight of the system under test or any other corpus.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from markup import block, build_records, write_records  # noqa: E402
from markup import flow as prose  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "corpus" / "heldout_blind142.jsonl"

REPORTS = [
    # ------------------------------------------------------------------ social care
    ("social_care", "incident", prose("""
        quick one before i forget. the invite letter for [[name:kayden]]'s {{LAC review}} went out to
        {{birth mum}} with the foster carers address on it ([[address:22 Marlowe Rd]], [[postcode:NG7 2QX]])
        instead of the team address. template pulls placement address from {{Mosaic}} automaticaly and
        nobody checked before it was posted. mum turned up outside the house last night, carer Mrs
        [[name:Okafor]] rang {{EDT}} who attended. no harm to [[name:kayden]] but carers v shaken. {{IRO}}
        [[name:Dev]] aware, {{team manager}} aware, logged as [[case_reference:LCS-448120]].
        learning: parent copies of letters should never pull the placement address, needs a
        {{template}} fix not just a reminder email. - [[name:sh]]
    """)),
    ("social_care", "success", block("""
        Subject: shout out - [[name:Grace Adeyemi]] (IRO)

        Hi all,

        Just wanted to flag some brilliant practice from [[name:Grace]] at the {{review}} for [[name:Tiegan]]
        ([[age:11]]) on [[date:Thursday 9th May]]. The {{care plan}} still said {{supervised contact}} with
        dad fortnightly, but [[name:Grace]] had read the last three contact notes properly and picked up that
        dad had missed five of the last six sessions and [[name:Tiegan]] was getting upset every time. She
        paused the meeting, made sure [[name:Tiegan]]'s views were actually heard (not just summarised by
        us) and got the plan changed there and then, with a {{midway review}} in 6 weeks.

        This is exactly what {{IRO}} oversight is for. Thank you [[name:Grace]].

        [[name:Bernadette Ní Bhriain]]
        Service Manager, Children in Care
        [[organisation:Clifton and Meadows Children Looked After Team]]
        [[phone:0115 496 0732]] | [[email:bernadette.nibhriain@nottcity.gov.uk]]
    """)),
    ("social_care", "near_miss", block("""
        Chronology - {{PEP}} meeting, [[name:Jayden Mensah-Clarke]] (Yr 9)

        [[date:03/10]] 09:15  SW ([[name:Lucy Farrow]]) sends PEP invite list to school. List copied
                         from an old {{strategy meeting}} and includes birth father.
        [[date:03/10]] 11:40  {{Designated teacher}} Mr [[name:Qureshi]] at [[organisation:Bramcote Park Academy]]
                         queries why dad is on it - he remembers the {{non-molestation order}}.
        [[date:03/10]] 11:55  [[name:Lucy]] checks {{Mosaic}} alerts, confirms dad must not know school details
                         beyond what the court allowed. Invite withdrawn before sending.
        [[date:04/10]] 10:00  Discussed in team huddle. No info went out.

        Learning: don't reuse distribution lists between meeting types. Alerts tab in Mosaic should
        be checked every time we invite anyone external. Good catch from school.
    """)),
    ("social_care", "incident", block("""
        INCIDENT FORM - Children's Services
        Date of incident: [[date:21/02/2024]]
        Reported by: [[name:Kwame Asante]], {{Social Worker}}
        Child ref: [[case_reference:MOS-2290716]]
        Location: {{school gates}} / taxi

        What happened:
        Contracted {{taxi}} collected [[name:Lily-Mae]] ([[age:8]]) from school and took her to her
        previous placement at [[address:5 Hawthorn Walk]], [[postcode:NG11 8LB]] instead of the new carers.
        {{Transport booking}} had been updated but the driver was working off a printed sheet
        from last week. Vehicle [[vehicle_registration:FN19 KXE]]. Former carer [[name:Pat]] kept her safe and
        rang us. Child was about 40 mins late to new placement and quite unsettled.

        Immediate action: rang {{transport team}}, new sheet issued, carer visited same evening.
        Learning: {{placement moves}} need a named person to phone the driver directly.
    """)),
    ("social_care", "success", block("""
        [Teams chat - Children in Care Team]
        [[name:Sian Pritchard]] 10:02: PASSPORT HAS ARRIVED 🎉🎉
        [[name:Ade]] 10:03: no way!! for [[name:Rio]]?
        [[name:Sian Pritchard]] 10:03: yes!! {{HM Passport Office}} came thru after the {{urgent appointment}}
        [[name:Ade]] 10:04: he was gutted when they said it wouldnt be ready for the trip
        [[name:Sian Pritchard]] 10:05: big thanks to [[name:Hope]] in {{business support}} who chased the {{delegated authority}} form and got
        the {{IRO}} sign off in one afternoon
        [[name:Hope]] 10:07: aww happy to help. trip is [[date:14th]] so hes fine
        [[name:Ade]] 10:07: can we put this in the {{good news}} bulletin pls
    """)),
    ("social_care", "incident", prose("""
        [[name:Ellie]] ([[age:13]]) went for a planned {{respite}} weekend with her short break carers
        on Friday [[date:7 June]]. Her main carer packed her {{methylphenidate}} but the {{MAR sheet}} and
        the second box were left behind, so the respite carers only had enough for Saturday. They
        phoned the {{out of hours}} line on Sunday morning; the worker told them to give nothing and
        wait until Monday. [[name:Ellie]] missed one dose and was very unsettled at church and at a family
        party. No lasting harm, but the carers felt unsupported. On review, there is no checklist
        for medicines handover between carers for short breaks, and the {{Fostering Network}}
        guidance we use is from 2016. The {{supervising social worker}}, [[name:Marek Nowak]], is
        drafting a one-page checklist and we have asked the {{Designated Nurse for LAC}} to check
        whether out-of-hours can contact a pharmacist in future.
    """)),
    ("social_care", "near_miss", block("""
        [WhatsApp - {{foster carer}} to SW, work phone]
        [[name:Rose]]: hiya [[name:Jas]] just opened the {{referral pack}} for the little one coming tmrw
        [[name:Rose]]: the health assessment in it is for a different child?? diff name diff {{DOB}}
        [[name:Rose]]: its for a [[name:Bailey Stott]] born [[date_of_birth:19/11/2019]]
        [[name:Jas]]: omg thank you for telling me. please dont read any further and delete it
        [[name:Jas]]: ringing {{placements team}} now
        [[name:Rose]]: done x
        [[name:Jas]]: sorted, right {{IHA}} attached now. reported it as {{near miss}}. you're a star
    """)),
    ("social_care", "success", prose("""
        Debrief notes, {{return home interview}}, [[date:15/08]]. [[name:Shauna O'Driscoll]] from
        [[organisation:Safer Journeys Nottingham]] did the RHI with [[name:Zainab]] ([[age:15]]) after her
        third missing episode this month. [[name:Shauna]] took her for food rather than doing it at the
        placement, let her set the pace, and [[name:Zainab]] disclosed an older male contact picking her up from
        the {{retail park}}. [[name:Shauna]] made the {{MASH}} referral the same afternoon and a
        {{strategy discussion}} was held next day with police and the {{CSE}} lead. [[name:Zainab]] has said
        she felt listened to for the first time. What worked: continuity of worker, flexibility about
        venue, quick escalation. We want to share this at the {{practice week}}.
    """)),
    ("social_care", "incident", block("""
        From: [[name:Chidi Eze]]
        To: IRO Service Managers
        Subject: data breach - review minutes

        Hi both,

        Reporting that I sent the minutes of [[name:Amelia Kowalczyk]]'s {{CLA review}} ([[date:2 April]])
        to the wrong email address. Outlook autocompleted [[email:k.walsh@nhs.net]] instead of
        [[email:k.walshe@nottcity.gov.uk]] (the {{social worker}}). I realised when the recipient replied
        saying she was a practice nurse at [[organisation:Sherwood Rise Medical Centre]]. She has confirmed
        deletion in writing.

        Minutes contained [[name:Amelia]]'s placement details and info about mum's {{mental health}}.
        I've logged it with {{Information Governance}}, ref [[case_reference:IG-24-0381]]. I'll speak to mum and
        the carers myself.

        Learning for me: I'll send minutes via {{Egress}} only.

        [[name:Chidi]]
        Independent Reviewing Officer
        [[phone:07700 914 562]]
    """)),
    ("social_care", "near_miss", block("""
        EDT HANDOVER  [[date:Sat 22/06]]  - to day team
        ------------------------------------------------
        1. [[name:Tyler Brennan]] ([[age:16]]) - [[organisation:Forest Lodge]] supported accom.
           Staff rang 23:10, not back by curfew. Returned 00:40 smelling of cannabis. {{Missing}} form done.
        2. [[name:Nadia Hussain]] ([[age:14]]) - carers asked re {{sleepover}}. Nearly said yes under
           {{delegated authority}} but checked {{care plan}} - host family not checked. Said no.
           Carer ok with that. FYI the DA form on file is out of date, pls update.
        3. Nothing else. Quiet night.
        - [[name:Will]] ({{EDT}})
    """)),
    ("social_care", "incident", block("""
        Timeline - missing episode, [[name:Kacper]] ([[age:12]])

        18:30  [[name:Kacper]] leaves [[address:The Old Vicarage, Church Lane]] on bike, says going to park
        19:30  not back; carer [[name:Siobhan]] rings mobile, no answer
        20:15  carer reports to police, {{CAD}} log. Crime ref later given [[case_reference:NT/24/118733]]
        20:40  {{EDT}} notified; not told about his asthma till 21:30
        22:05  found by police at the {{skate park}}, had no {{inhaler}} with him, wheezy
        22:30  returned home, checked over by carer, no hospital needed

        Issues: {{missing from care protocol}} says report after 1 hour if concern, carer waited to
        1h45 as she thought she would be "overreacting". Health needs not in the
        {{Philomena Protocol}} form. Form updated [[date:12/09]].
    """)),
    ("social_care", "success", prose("""
        huge thank you to [[name:Summer]] who covered my {{duty}} on [[date:tuesday]] when my little
        one was poorly and still managed to get the {{placement with parents}} assessment in on time for
        the {{legal planning meeting}}. the {{court}} and the {{Cafcass}} {{guardian}} actually commented on the
        quality of it. team work!!
    """)),
    ("social_care", "incident", prose("""
        Sibling contact for two brothers placed apart was cancelled by the contact centre on
        [[date:Friday 19 January]] because of staff sickness. The younger boy was told at school pick-up by
        his carer, but nobody told the older one, who waited in the {{contact room}} for forty minutes
        before a {{family support worker}} noticed him. He was upset and said "nobody ever tells me
        anything". This is the second time since November. We have agreed that cancellations go to the
        allocated {{social worker}} and both {{foster carers}} by phone, not just by the
        {{contact booking system}}, and that the {{IRO}} is told if sibling contact is missed twice.
    """)),
    ("social_care", "near_miss", block("""
        NEAR MISS REPORT
        Team: Leaving Care / {{Personal Advisers}}
        Date: [[date:08/05/24]]
        Young person: [[name:Abdi Warsame]], DOB [[date_of_birth:27/01/2006]]
        LCS id: [[case_reference:1186425]]

        Description:
        PA [[name:Niamh Doherty]] was about to email [[name:Abdi]]'s {{pathway plan}} to his {{Universal Credit}}
        work coach from her phone. Plan includes his NI no. [[ni_number:JT 48 21 93 C]], his address at
        [[address:Flat 3, 41 Mansfield Road]] and his {{UASC}} history. She realised the email app on her
        phone wasn't the secure one and stopped. Sent via {{secure email}} later from laptop.

        Contributing factors: in a rush between visits, no signal for VPN.
        Actions: reminder at team meeting; ask IT whether secure mail can work on phones.
    """)),
    ("social_care", "incident", prose("""
        As the {{IRO}} I am recording that the second review for [[name:Ruby]] and [[name:Mason Fairweather]]
        went out of {{statutory timescales}} by 19 days. It was due [[date:11 March]] but was cancelled twice
        because the allocated worker left and the case sat unallocated. I raised it informally with the
        {{team manager}} on [[date:4 March]] but didn't start the {{dispute resolution process}} until
        the [[date:20th]], which is on me as much as the team. The children were settled and nothing unsafe
        happened, but the {{care plan}} had not been reviewed after [[name:Ruby]] changed school and the
        {{education}} section was wrong. Learning: escalate at stage 1 as soon as a review is at risk,
        not after it is missed. - [[name:A. Mukherjee]], IRO
    """)),
    ("social_care", "success", block("""
        Subject: Good news!! 🎓

        Just had a call from [[name:Precious]] - she's got her place at uni to do nursing, starting
        September. She asked me to pass on thanks to "everyone who didn't give up on me",
        especially her old {{IRO}} [[name:Dafydd Llewellyn]] and her carers [[name:Joy]] and
        [[name:Lloyd Campbell]] who she still stays with under {{Staying Put}}.

        Her {{Personal Adviser}} [[name:Bill]] has already sorted the {{care leaver bursary}} and the
        {{Setting Up Home Allowance}} application.

        Proud day!
        [[name:Tasha]]
        Leaving Care Team, [[organisation:Radford House]]
    """)),
    ("social_care", "near_miss", block("""
        [Teams - {{IRO}} team channel]
        [[name:mo]]: anyone know if the new school address for [[name:Freya]] is in the plan that goes to
        {{mum}}? it's on the draft i was about to sign
        [[name:Ola]]: it shouldn't be, {{court}} said no school details to mum
        [[name:mo]]: yeah thought so. [[organisation:St Anne's C of E Primary]] is right there in the
        {{education}} section 😬
        [[name:Ola]]: take it out and send it back to the SW, and make a note on {{Liquidlogic}}
        [[name:mo]]: done. also flagged to {{practice manager}} as a near miss bc it was pulled
        through from the {{PEP}} automatically
    """)),
    # ------------------------------------------------------------------ health
    ("health", "incident", block("""
        DATIX INCIDENT REPORT   Ref: [[case_reference:W214587]]
        Date/time: [[date:14/03/2024]] 16:20
        Location: [[organisation:Harrington Ward]] (Acute Medicine)
        Patient: Mr [[name:Derek Pollard]]   Hosp no: [[case_reference:RX4471902]]
        NHS no: [[nhs_number:972 745 5409]]   DOB: [[date_of_birth:02/09/1946]]

        Description:
        On admission {{medicines reconciliation}} the {{warfarin}} dose was taken from the
        {{Summary Care Record}} (5mg) but the {{anticoagulation clinic}} had reduced it to 3mg a
        week earlier. Pt received 5mg for 2 nights. {{INR}} 4.8 on day 3. No bleeding.
        Dose withheld, {{vitamin K}} not required per {{haematology}}.

        Contributing factors: yellow book not brought in, pt unsure of dose, clinic letter not
        yet on GP record. Reported by: [[name:Farah Iqbal]], Pharmacist
    """)),
    ("health", "near_miss", prose("""
        TTO for bed 12 on {{AMU}} had {{methotrexate}} 10mg once DAILY. pt takes it weekly (fridays).
        caught at clinical screen by me, junior dr [[name:tom]] amended straight away, v apologetic.
        {{folic acid}} also missing. it had come across like that from the drug chart which was
        written from the {{GP}} list which actually said weekly - transcription error. no doses
        given in hospital as pt was nil by mouth most of the stay. flagged to {{EPMA}} team re
        forcing weekly frequency. - [[name:KL]] pharm
    """)),
    ("health", "success", block("""
        {{GREATIX}} / Good catch

        Who: [[name:Joanne "Jo" Whitaker]], {{Pharmacy Technician}}, admissions team
        When: [[date:Tues 23rd April]]

        What happened:
        Doing med rec on [[organisation:Sycamore Ward]], [[name:Jo]] noticed Mrs [[name:Eileen Marsh]] had
        {{apixaban}} on her own meds from home AND was prescribed {{enoxaparin}} for VTE
        prophylaxis on admission. [[name:Jo]] spoke to the {{nurse in charge}} before the evening dose and
        bleeped the {{doctor}}. Enoxaparin stopped.

        Why it matters: double anticoagulation in an [[age:89]] year old post-fall could have been
        catastrophic.

        Nominated by: [[name:Priya Raman]], Lead Pharmacist - Medicines Optimisation
    """)),
    ("health", "incident", block("""
        From: [[name:Adebayo Ogunleye]] <[[email:adebayo.ogunleye2@nhs.net]]>
        To: Outpatients Governance
        Subject: Clinic letter sent to old address

        Hi,

        {{Rheumatology}} clinic letter for [[name:Catriona MacLeod]] (NHS [[nhs_number:1429839805]]) was posted
        to [[address:18 Beech Grove]], [[postcode:NG5 6HT]] on [[date:5/2]]. She moved last year and
        the new occupant opened it and phoned her. Letter contained her {{biologics}} plan and
        {{hepatitis B}} status. The new address was on the {{Spine}} but our {{PAS}} hadn't picked it
        up because the demographic sync failed for her record.

        {{GP practice}} ([[organisation:Bulwell Riverside Surgery]]) was copied and has the correct details.
        {{Datix}} submitted. Patient has had an apology.

        Thanks,
        [[name:Ade]]
        Outpatient Services Manager | ext [[phone:74412]]
    """)),
    ("health", "near_miss", block("""
        [Teams - OPD Clinic 4 coordinators]
        [[name:Megan]] 09:12: just a heads up two pts called [[name:Mohammed Ali]] in ENT this morning
        [[name:Megan]] 09:13: one is [[age:34]] one is [[age:71]] - the notes trolley had the older mans notes in the 09:30 slot
        [[name:Sunil]] 09:14: good spot. how did you notice?
        [[name:Megan]] 09:15: checked {{DOB}} at {{check-in}} like we're meant to and it didnt match
        the {{hospital number}} on the front sheet
        [[name:Sunil]] 09:15: swap them over and put a {{name alert}} on both on {{PAS}} pls
        [[name:Megan]] 09:20: done. reporting it anyway
    """)),
    ("health", "incident", block("""
        Chronology - delayed insulin, Day Treatment Unit, [[date:11 Nov]]

        08:45  Pt [[name:Gurdeep Sandhu]], type 1 diabetic, arrives for {{infliximab}} infusion
        09:10  Pt says own {{insulin}} pen left at home, usual breakfast dose not taken
        09:30  Nurse asks for insulin to be prescribed; no doctor on unit
        10:55  {{CBG}} 18.4, ketones 0.9
        11:20  {{registrar}} attends, {{NovoRapid}} prescribed
        11:35  Insulin given. CBG 11.2 by 13:00
        14:10  Infusion completed, discharged

        Learning: DTU has no {{PGD}} or standing arrangement for insulin; patients on insulin should
        be asked at booking to bring pens. Discussed at [[organisation:Day Case Governance Group]].
    """)),
    ("health", "success", prose("""
        I want to record some excellent work in the {{anticoagulation clinic}} this week. A patient
        attending for a routine {{INR}} mentioned she had just been started on {{clarithromycin}} by
        the out-of-hours service. [[name:Ngozi Adeyemi-Brown]], our clinical pharmacist, recognised the
        {{interaction}} immediately, rechecked the INR two days later rather than waiting the usual
        four weeks, and adjusted the {{warfarin}} dose. The INR had already climbed to 4.1. [[name:Ngozi]]
        also wrote to the surgery and the patient. Nobody asked her to do any of that; it was just
        good, curious practice.
    """)),
    ("health", "incident", block("""
        PHARMACY WARD HANDOVER - [[organisation:Rowan Ward]] / [[organisation:Linacre Ward]]   [[date:Fri 17/05]]

        Bed  Patient              Issue
        R3   [[name:Stanisław Zieliński]]  med rec done. own {{levetiracetam}} not found - CHECK {{POD locker}}
        R7   [[name:J. O'Hara]]            {{gentamicin}} level due 06:00, not taken. RESTARTED w/o level
        R11  [[name:Bukola]]               TTO ready, waiting {{blister pack}}
        L2   Mrs [[name:Hughes]]           bay moved, {{name band}} wrong bed number

        Note R7: gent dose given at 14:00 without the pre-dose level - {{FY1}} thought it had been done.
        Level later 2.4. Reported. Please make sure the {{gentamicin chart}} is filled in.
        - [[name:Irfan]] (late shift pharmacist)
    """)),
    ("health", "near_miss", prose("""
        During the {{final accuracy check}} in the {{dispensary}} I picked up that a prescription for
        {{prednisolone}} 5mg tablets, 6 daily, had been labelled and dispensed as 25mg tablets. The
        two boxes sit next to each other on the shelf and look very similar. The {{dispenser}} was
        covering from another site and was not used to our layout. Nothing left the department.
        We have moved the 25mg strength to a separate shelf with a {{shelf-edge alert}}, and I have
        suggested the {{look-alike sound-alike}} list is reviewed. - Dr [[name:Rhodri Evans]],
        Accuracy Checking Pharmacist
    """)),
    ("health", "success", prose("""
        shout out to [[name:ahmed]] and [[name:becky]] on the {{pharmacy}} hatch yesterday, absolutely
        slammed with {{discharge}} {{TTOs}} after the {{bed meeting}} and they got every single one out
        before 6 incl two {{blister packs}} and a {{CD}} for a {{palliative}} pt. [[organisation:Ward 22]] said it was the first time in weeks nobody had to stay an
        extra night waiting for meds 👏
    """)),
    ("health", "incident", prose("""
        A patient's own medicines, including her {{Parkinson's}} medication ({{co-careldopa}}), were
        lost when she was moved from the {{Emergency Department}} to [[organisation:Florence Nightingale Ward]]
        at 02:00 on [[date:28 July]]. The green bag was not sent with her and was later found in the
        {{resus}} area. Two doses were delayed by over three hours because the ward had to order stock
        from the on-call pharmacist. Mrs [[name:Gwen Pryce]] became more rigid and had a near fall. Her
        daughter, [[name:Carys]], raised a concern with {{PALS}}. The {{Time Critical Medicines}} list was
        not used at transfer. Ulysses ref [[case_reference:ULY-77203]].
    """)),
    ("health", "near_miss", block("""
        Subject: RE: homecare delivery - wrong address

        Hi [[name:Lorraine]],

        Thanks for flagging. To confirm what happened: the {{homecare}} company had Mr [[name:Oyelaran]]'s
        {{adalimumab}} booked for delivery to [[address:7 Cedar Court, Westdale Lane]], which is his
        mother's address from an old registration form. The {{driver}} rang him from the van to confirm
        and he redirected it. {{Cold chain}} was maintained. Delivery ref [[case_reference:HC-5518840]].

        I've corrected the address on the registration and asked the {{homecare team}} to check
        addresses against {{PAS}} at each renewal.

        Best wishes
        [[name:Ciara Byrne]]
        Homecare Pharmacist, [[organisation:Eastwood Road Pharmacy Hub]]
        [[phone:0115 924 9924 ext 62150]]
    """)),
    ("health", "success", block("""
        GOOD CATCH FORM
        Clinic: Dermatology OPD, [[organisation:Queens Medical Outpatients B]]
        Date: [[date:09/01/2025]]
        Staff: [[name:Li Na Chen]], {{Staff Nurse}}

        What was caught:
        Pt due to start {{flucloxacillin}} from clinic for infected eczema. [[name:Li Na]] was doing the
        {{allergy check}} before handing over the {{FP10}} and the pt said she'd had a rash with
        "{{penicillin}} as a kid". Allergy not recorded on our system or the referral.
        Doctor informed, changed to {{clarithromycin}}. Allergy added.

        Nominated by: Sister [[name:Mary Kavanagh]]
    """)),
    ("health", "incident", block("""
        CD discrepancy - timeline
        [[date:02/12]] 21:00  {{oxycodone}} 5mg/5ml balance 182ml per {{CD register}} on [[organisation:Walton Ward]]
        [[date:03/12]] 07:30  morning check, balance measured 164ml
        [[date:03/12]] 08:15  NIC [[name:Daniel Boateng]] informs {{ward pharmacist}} and {{CDLIN}} is emailed
        [[date:03/12]] 10:00  review of administrations: 3 x 5ml doses not signed in register but in
                            {{EPMA}} (patient [[name:Alan Briggs]])
        [[date:03/12]] 11:30  remaining 3ml discrepancy attributed to measuring loss

        Outcome: resolved, no diversion suspected. Learning re signing register at the time of
        administration. Ref [[case_reference:DX-2024-11906]].
    """)),
    ("health", "near_miss", block("""
        [WhatsApp group - {{Cardiology}} OPD nurses]
        [[name:Sky]]: anyone know why theres a {{Polish}} interpreter booked for Mrs [[name:Petrova]] at 2? she's {{Bulgarian}} lol
        [[name:Aoife]]: ah no she needs Bulgarian, she's on the list from last time as Bulgarian
        [[name:Sky]]: booking form must have been done from the dropdown wrong
        [[name:Aoife]]: she's having her {{echo}} results and {{ICD}} discussion, cant do that with family translating
        [[name:Sky]]: rang {{language line}}, they can do a video one at 2.15 👍
        [[name:Aoife]]: nice one. put it on the {{near miss log}}
    """)),
    ("health", "incident", prose("""
        Medicines reconciliation for [[name:Harold Feeney]] ([[age:78]]), NHS [[nhs_number:731 585 1178]],
        was completed from the {{Summary Care Record}}, which listed {{lithium}} 400mg nocte. His
        community mental health team had actually increased it to 600mg in August, but this was
        on a letter not yet added to the GP record. He was discharged on 400mg and his level a month
        later was sub-therapeutic with early relapse symptoms. The {{CMHT}} picked it up. We are
        adding "contact the prescriber for any {{lithium}}, {{clozapine}} or {{methotrexate}}" to the
        {{med rec}} standard. - Lead Pharmacist, Medicines Safety
    """)),
    ("health", "success", prose("""
        Outpatient nurse [[name:Kerry-Ann Francis]] noticed a man in the [[organisation:Orthopaedic Clinic C]]
        waiting area looking flushed and shivery on [[date:Wednesday 4 September]]. He was there for a
        {{wound check}} after {{knee replacement}}. She took {{obs}} straight away: {{NEWS2}} of 7, temp 39.2. She
        escalated to the clinic {{registrar}}, started the {{sepsis six}} and he was admitted to
        [[organisation:Lister Ward]] within the hour with an {{infected joint}}. His wife wrote in to say
        "she didn't wait for someone else to notice". Neither should any of us.
    """)),
    # ------------------------------------------------------------------ aviation
    ("aviation", "incident", block("""
        CABIN REPORT - MEDICAL
        Flight: [[flight_number:ZB 217]] LHR-JNB   A/C: [[aircraft_registration:G-ZBLA]] ({{787-9}})
        Date: [[date:18/04/24]]
        CSD: [[name:Fiona McAllister]]

        Approx 4h30 into flight male pax 34K collapsed in aisle near {{L3}} door. Unresponsive
        briefly, then came round. Crew [[name:Tunde]] and [[name:Grzegorz]] started {{primary survey}}, {{AED}}
        attached as precaution - no shock advised. Dr onboard (GP, verified ID) assisted.
        {{MedLink}} contacted via {{SATCOM}}: advised oxygen, fluids, continue to destination.
        Pax stable at landing, met by {{paramedics}}.

        Issue: {{SATCOM}} handset in forward galley faulty, had to use flight deck. Tech log entry made.
    """)),
    ("aviation", "near_miss", prose("""
        pre flight check on the {{doctor's kit}} this morning, found the {{EpiPen}} in the
        {{enhanced medical kit}} expired end of last month. seal was intact so kit had been signed off
        at last check without anyone opening it. swapped from spare kit before boarding on
        [[aircraft_registration:G-ZBLE]]. if wed had an {{anaphylaxis}} on the way to Mumbai that would
        have been really bad. maybe seal should show earliest expiry date on the tag? - [[name:Paddy]], {{CS}}
    """)),
    ("aviation", "success", block("""
        From: Capt [[name:Helen Ashworth]]
        To: Cabin Services Management
        Subject: Crew commendation - [[flight_number:ZB 062]] [[date:2 Feb]]

        I'd like to recognise the cabin crew on last night's flight to Singapore. A passenger
        with {{type 1 diabetes}} became confused and aggressive about 3 hours out and crew
        member [[name:Amir Haddad]] recognised a {{hypo}} rather than treating it as disruptive
        behaviour. He gave {{glucose gel}} from the kit, then sugary drinks, and stayed with her.
        {{CSD}} [[name:Rachel Tan]] kept us informed and we avoided an unnecessary {{diversion}}.

        Textbook {{CRM}}. Please pass on my thanks.

        [[name:Helen Ashworth]]
        Captain, {{A350}} fleet
    """)),
    ("aviation", "incident", prose("""
        {{galley}} f/a burnt hand on the hot water boiler tap during the 2nd service, we hit some light
        chop and the tap was stiff so she was using both hands and pot tipped. [[name:Zoe]] ran it under
        cold water 20 mins, {{burns gel}} from the {{first aid kit}}, dressed. she wanted to keep working
        but we put her on {{crew rest}}. {{ASR}} done. the {{boiler}} tap on this aircraft has been written up
        before, think it needs looking at properly not just {{deferred}} again. - [[name:nikki w]]
    """)),
    ("aviation", "near_miss", block("""
        [Crew WhatsApp - [[flight_number:ZB 119]] crew]
        [[name:Dom]]: guys one of the {{portable oxygen}} bottles at R2 has a broken seal and gauge is like half
        [[name:Kasia]]: is it the one behind the {{crew seat}}?
        [[name:Dom]]: yeah. pretty sure it was ticked on the {{pre-flight check}} sheet
        [[name:Ravi]]: tell the {{CSD}} now before {{boarding}}, engineers need to swap it
        [[name:Dom]]: done, engineering on the way. aircraft is [[aircraft_registration:G-ZBLC]] if anyone logs it
        [[name:Kasia]]: I'll put an ASR in, the checks are getting rushed when the {{turnaround}} is tight
    """)),
    ("aviation", "success", block("""
        Debrief notes - diversion, [[flight_number:ZB 330]] to Boston ([[date:26 Oct]])

        - Unaccompanied minor [[name:Ayaan]] ([[age:10]]) on board when we diverted for a sick pax
        - Crew member [[name:Megan Hughes-Pritchard]] stayed with him the whole time, kept him fed,
          talked him through what was happening
        - {{UM}} paperwork and parents' contact ([[phone:+44 7911 123 456]]) were in the {{UM}} wallet and
          up to date, which made the call to dad quick
        - Ground staff at BOS had no {{UM}} procedure for a diversion; {{Captain}} arranged for him to
          stay on board with crew
        - Rebooked next day, handed over at {{arrivals}} to dad

        Well done all. Will raise the diversion UM gap with {{Ground Ops}}.
    """)),
    ("aviation", "incident", block("""
        AIR SAFETY REPORT   ASR no: [[case_reference:ASR-24-03318]]   MOR: [[case_reference:MOR 202404412]]
        Date: [[date:30/06/2024]]   Flt: [[flight_number:ZB 009]]   Reg: [[aircraft_registration:G-ZBMD]]
        Phase: cruise FL380   Type: {{777-300ER}}

        Narrative:
        Unforecast {{CAT}} during the meal service. {{Seatbelt sign}} was switched on but crew had not
        yet been told to sit down. Cabin crew member [[name:Oluwaseun Adebisi]] thrown against the
        overhead bin in Zone D, injured shoulder. Two trolleys moved; one pax with a minor cut from a tray.
        Crew member seen by {{paramedic}} on arrival, off work 3 weeks.

        Reporter: [[name:James O'Callaghan]], {{CSD}}
        Crew contact: [[email:j.ocallaghan@zephyrair.co.uk]]
    """)),
    ("aviation", "near_miss", prose("""
        Debrief from a night flight to Lagos. A passenger who said she was a doctor asked to help with
        a child having a febrile convulsion. The crew member opened the {{doctor's kit}} for her
        before we had checked her ID or recorded her details, which we are supposed to do. It turned
        out she was a {{midwife}}, which was still helpful, and the child recovered, but the {{kit log}}
        was only completed at the end. The {{CSD}} was dealing with the parents. Nobody was at fault
        exactly; the {{medical emergency checklist}} just has the ID step after opening the kit in our
        flow. Suggest swapping the order in the {{Cabin Crew Manual}}.
    """)),
    ("aviation", "incident", block("""
        Timeline (UTC) - medical diversion [[flight_number:ZB 146]] LHR-LAX, [[date:12 Aug]]

        14:05  CSD informs flight deck pax 52A chest pain, grey, sweaty
        14:08  {{MedLink}} contacted; advise {{aspirin}} 300mg + {{GTN}}, oxygen
        14:20  pax collapses, {{CPR}} started by crew, {{AED}} 1 shock delivered
        14:24  {{ROSC}}. Capt [[name:Oyelowo]] decides divert
        14:31  {{diversion}} to Keflavik agreed with ATC
        15:12  landed, {{paramedics}} board
        15:30  pax handed over, wife [[name:Brigid]] accompanies

        Aircraft [[aircraft_registration:G-ZBLF]] went tech for overweight landing check.
        Crew stood down. Peer support offered to [[name:Luke]] and [[name:Precious]] who did the CPR.
    """)),
    ("aviation", "success", prose("""
        just a massive thank u to my crew on the Delhi trip, we had 3 {{medicals}} on one {{sector}} and you
        were all amazing. special mention [[name:Sarbjit]] who basically ran the {{MedLink}} calls while
        doing her {{galley}}, and [[name:Conor]] who sat with the nervous lady with the {{panic attack}}
        for most of the night. proud to be your {{purser}} xx - [[name:Bea]]
    """)),
    ("aviation", "near_miss", block("""
        CABIN CREW OCCURRENCE REPORT
        Flight: [[flight_number:ZB 088]] Manchester - Orlando
        Date: [[date:6 April]]
        Reporter: [[name:Mark Szymański]], {{Cabin Crew}}

        Event: At boarding a wheelchair passenger told crew her {{insulin}} and {{epilepsy medication}}
        ({{levetiracetam}}) were in her checked case. Bag already loaded. Crew told {{Captain}}; ground
        staff retrieved the bag from the {{hold}} (15 min delay).

        Factors: {{PRM}} assistance agent had not asked about meds at check-in. Pax assumed the hold
        was fine. The {{special assistance}} form does not mention medicines.

        Suggestion: add a medicines question to the PRM form and the online check-in.
    """)),
    ("aviation", "incident", block("""
        From: [[name:Tomasz Wiśniewski]]
        To: Customer Medical Team
        Subject: MEDIF sent to wrong station

        Hello,

        The {{MEDIF}} for a pax travelling on [[flight_number:ZB 055]] on [[date:19 March]] (stretcher case
        with {{oxygen}} requirement) was emailed to our Nairobi station instead of Entebbe. It contained
        full medical history and passport number. Nairobi replied the next day. Entebbe did not know to
        prepare the {{ambulance}} and {{stretcher}} and the pax waited 90 minutes on board at arrival.

        We use a shared mailbox and the station dropdown in the {{booking system}} defaults to the
        last one used. I've raised it with IT.

        Regards,
        [[name:Tomasz]]
        Medical Desk, [[organisation:Zephyr Air Customer Care Crawley]]
        [[phone:+44 1293 555 019]]
    """)),
    ("aviation", "success", block("""
        Debrief - galley oven smoke, {{A350}} [[aircraft_registration:G-ZBNA]]

        What happened: smoke from oven 3 in the forward galley 2 hours after departure.
        What went well:
         - [[name:Kofi]] isolated the oven at the {{circuit breaker}} straight away
         - {{BCF}} ready but not needed, {{PBE}} donned by the firefighter
         - clear {{NITS briefing}} from {{CSD}} [[name:Moira]], passengers kept calm
         - flight deck had all info inside 2 minutes, decided continue
        Even better if: the spare {{smoke hood}} was stowed where the checklist says it is.
        Engineering found a food container melted onto the element. Well done everyone.
    """)),
    ("aviation", "near_miss", prose("""
        Reporting this under {{just culture}} because I think it matters more than I'd like to admit.
        After a late-running outbound and a short rest, I was on the return sector and realised
        during the second service that I had taken a drink order for a passenger with a {{nut allergy}}
        and nearly served the snack box that contains cashews. She reminded me. I was exhausted and
        hadn't slept in the hotel. I've spoken to my {{manager}} and we've raised the roster pattern
        with {{Crew Scheduling}} and the {{Fatigue Risk Management}} team. Nothing happened but it
        could have.
    """)),
    ("aviation", "incident", block("""
        ASR [[case_reference:ASR-24-04127]] - disruptive passenger
        [[flight_number:ZB 104]] DXB-LHR   [[date:09/09/2024]]   A/C [[aircraft_registration:G-ZBLH]]

        Pax in 44C became intoxicated (own duty free). Refused to stop drinking, verbally abusive
        to crew member [[name:Hope Mensah]], grabbed her wrist. CSD issued {{yellow card}}, then
        {{red card}}. Capt informed, requested police on arrival.
        Met by {{Metropolitan Police}} at {{stand 512}}. Crime ref [[case_reference:CAD 4471/09SEP]].
        [[name:Hope]] bruised wrist, seen by {{occupational health}}.

        Learning: duty free bottles should be sealed in {{STEB}} and not opened on board - crew
        did not spot it until too late.
    """)),
    ("aviation", "success", prose("""
        Cabin crew member [[name:Eilidh Fraser]] noticed that an elderly passenger in 21E, travelling
        alone to Toronto on [[flight_number:ZB 092]], had started slurring and his face looked uneven
        when she brought his meal. She remembered the {{FAST}} training from the annual
        {{recurrent medical}} day, noted the time, and called the {{CSD}} immediately. With {{ground
        medical advice}} the {{Captain}} diverted to Shannon and he was {{thrombolysed}} in hospital within
        the window. The family contacted us to say he has made a good recovery. [[name:Eilidh]]'s quick
        recognition made all the difference.
    """)),
]


def main() -> None:
    write_records(OUT, build_records("heldout-blind142", REPORTS))


if __name__ == "__main__":
    main()
