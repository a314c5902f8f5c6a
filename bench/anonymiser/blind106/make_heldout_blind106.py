"""Held-out blind corpus 106: adult mental health community teams, AMHPs and Mental Health Act
assessments (section 136, warrants, bed finding, nearest relatives, CTOs, crisis lines); older
people's hospital wards (falls, post-falls care, delirium, dementia, discharge, escalation); and
helicopter emergency medical services and search and rescue (night landings, winching, drones,
airspace, fatigue, comms). Written as a realistic mix of ordinary incident-system reports, terse
lower-case notes, second-language writers, formal learning reviews, e-mails, forms, logs and
chat excerpts."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from markup import block, build_records, write_records  # noqa: E402
from markup import flow as prose  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "corpus" / "heldout_blind106.jsonl"

REPORTS = [
    # ------------------------------------------------------------------ social care (17)
    ("social_care", "incident", prose("""
        AMHP rota, Sat night. Got a call from the {{Section 136 suite}} at
        [[organisation:Larkfield Hospital]] at 23:10 about a man detained by PC [[name:Okonjo]],
        Mr [[name:Desmond Achterberg]] ([[age:41]]). The 24 hr clock was already 9 hrs in because
        police had waited in {{A&E}} for medical clearance. I couldn't get a {{s12 doctor}} until
        03:30 - the on-call list had two numbers that were out of date (one rang a dental
        practice!). Dr [[name:Feeney]] was eventually reached on [[phone:07700 900418]] via
        switchboard. Assessment done 04:40, {{informal admission}} agreed, but no bed in area so
        he went out of area to [[organisation:Thornbury Ward]]. Learning: the {{Section 12}} list
        lives on a spreadsheet nobody owns. Ref [[case_reference:AMHP-2024-0387]].
    """)),
    ("social_care", "success", prose("""
        Wanted to put on record good practice by [[name:hope]] (our {{STR worker}}) on the
        [[organisation:Riverside North CMHT]]. During a routine home visit to
        [[address:Flat 3, 27 Cobden Street]] she noticed [[name:Tunde]] had stopped opening his
        post and had piled furniture against the door, which is on his {{relapse signature}} in
        the {{crisis and contingency plan}}. She rang the duty line straight away rather than
        waiting for the {{MDT}} on Thursday. [[name:Tunde]]'s {{care coordinator}} was on leave so
        duty arranged a joint visit with the {{Home Treatment Team}} the same afternoon. He
        accepted an increase in {{olanzapine}} and stayed at home, no admission. Honestly without
        her noticing the small things this would have ended up as a
        {{Mental Health Act assessment}} by the weekend.
    """)),
    ("social_care", "near_miss", block("""
        From: [[email:p.oyelaran@westdales-nhs.example.org]]
        To: AMHP Hub
        Subject: near miss - nearest relative

        Hi all, quick one for learning.
        On [[date:14/03/24]] I was about to make a {{Section 3}} application for
        Ms [[name:Lowri Pritchard-Evans]] (DOB [[date_of_birth:02/11/1987]]). I had her {{mum}} down
        as {{nearest relative}} from the old {{AMHP report}} on {{RiO}}. Just before sending it I
        spotted a progress note saying she married [[name:Gethin]] {{in January}}, which makes
        him the NR under {{s26}}. Rang him on [[phone:07700 900652]], explained, and he did not
        object. If I'd consulted mum the application would have been unlawful.
        Suggest the NR field on the template gets a "date checked" box.

        Thanks
        [[name:Pam Oyelaran]]
        AMHP, [[organisation:West Dales AMHP Service]]
    """)),
    ("social_care", "incident", prose("""
        I am writing this as {{band 6 nurse}} in [[organisation:Eastfield Early Intervention Team]].
        On [[date:22nd of May]] I go to see client [[name:Kamil]] ([[age:23]] years) with my colleague
        [[name:Agnieszka]]. When we arrive his brother say [[name:Kamil]] is not at home since two
        days and his phone is off. We did not escalate same day because we think he is with
        friends, this was wrong. Next day police find him near the {{railway station}} very unwell
        and he was detained under {{Section 136}}. We did not use the {{missing person protocol}}
        of the trust because I did not know it exist. Now our {{team manager}} [[name:Delroy]] put it
        in the induction pack. Also I learn that {{EIP}} clients must have lower threshold for
        {{welfare check}}. Ref [[case_reference:DX-55120]].
    """)),
    ("social_care", "success", block("""
        [Teams chat, exported for learning review]
        [[name:Sunny Rahman]] 09:12: morning, any chance of a female {{PICU}} or acute bed today? {{s2}} assessment booked 11:00 at [[address:Hollins Farm]]
        [[name:Caroline W]] ({{Patient Flow}}) 09:15: nothing in area yet, I'll hold [[organisation:Aspen Ward]] bed 4 provisional if you send her details
        [[name:Sunny Rahman]] 09:16: NHS [[nhs_number:708 870 4137]], DOB [[date_of_birth:19/07/1962]]
        [[name:Caroline W]] 09:20: held till 14:00. ring [[phone:07700 900233]] when you have an outcome, not the {{bleep}}
        [[name:Sunny Rahman]] 13:05: detained, {{ambulance}} booked ref [[case_reference:AMB-772019]]
        [[name:Caroline W]] 13:06: lovely, ward expecting her

        Writer's note: first time in months we have not had an out-of-area placement. Holding a
        provisional bed while the assessment happens isn't policy but it should be.
    """)),
    ("social_care", "incident", prose("""
        Summary of Learning Review (Level 2) [[case_reference:LR/2024/019]]. This review concerns the
        death of Mr [[name:Graham Whitlock]] ([[age:58]]), a patient open to
        [[organisation:Southmead Park CMHT]] under the {{Care Programme Approach}}.
        Mr [[name:Whitlock]] was discharged from [[organisation:Beech Ward]] on
        [[date:3 February 2024]] with a plan for {{72-hour follow-up}}. The follow-up was booked on
        {{the electronic record}} for four days later because the system defaults to the next
        available clinic slot and excludes weekends. The {{care coordinator}} had left the service
        and the caseload was held by the {{team manager}}. He was found deceased at home on
        [[date:8 February 2024]]. The panel, chaired by Dr [[name:S. Mahmood]], found no single point
        of failure but identified that the discharge checklist does not prompt a named person for
        the 72-hour contact. The panel also noted that the {{GP}} at
        [[organisation:Hazelmere Health Centre]] was not sent the discharge summary until
        [[date:7 February 2024]], so no other professional knew that follow-up was outstanding.
        Unallocated cases were "held" by the {{duty team}} without a review date. Recommendations: the discharge
        checklist to require a named clinician and date for the 72-hour contact; manager-held caseloads
        reviewed weekly; system default changed. These have been shared with the {{Patient Safety Incident Response Framework}} group, and the family,
        via Mrs [[name:Whitlock]], have been offered a meeting.
    """)),
    ("social_care", "near_miss", prose("""
        A {{Section 135(1)}} warrant was obtained from [[organisation:Harrowgate Magistrates' Court]]
        for [[name:Joy Mensah-Boateng]] at [[address:41 Tannery Lane]], [[postcode:HG4 2PN]]. On
        arrival with police and the {{s12}} doctors I checked the door number against our
        {{referral}} and it said [[address:14 Tannery Lane]]. Turned out the warrant had the numbers
        transposed. We did NOT enter. Went back to court, corrected warrant issued 2 hrs later.
        [[name:Joy]] was assessed that afternoon and admitted informally. Learning: read the warrant
        address back against the {{AMHP}} referral before leaving the office, every time. I have
        added it to our {{warrant checklist}}.
    """)),
    ("social_care", "success", prose("""
        just want to shout out [[name:frank]] from the {{peer support}} team. mrs [[name:d'souza]] has
        been refusing all contact with the {{CMHT}} since her son died and we were heading towards
        a {{Care Act}} safeguarding referral for {{self neglect}}. [[name:frank]] went round with a
        cuppa and just sat in the garden at [[address:The Old Forge]] for an hour talking about
        allotments. she let him in the 2nd time and agreed to see her GP at
        [[organisation:Millbrook Medical Practice]]. now engaging with {{psychology}} and the
        {{bereavement group}}. sometimes lived experience gets thru where professionals dont. no
        ref, just good stuff
    """)),
    ("social_care", "incident", block("""
        MHA assessment timeline - [[name:Teodora Vasilescu]], [[age:34]], ref [[case_reference:MHA-24-1162]]
        10:05 referral from GP Dr [[name:Lindqvist]], [[organisation:Parkview Surgery]]
        11:30 {{AMHP}} [[name:R. Castellanos]] allocated
        12:00-15:40 unable to source second {{s12 doctor}}
        15:45 Dr [[name:Amadi]] agreed, arrived 17:20
        17:50 assessment at [[address:9 Wharf Court, Selby Road]] - police not present although {{risk assessment}} said police needed
        18:10 pt became agitated, threw kettle, nobody hurt
        18:40 police attended, pt detained {{s2}}
        21:55 {{ambulance}} arrived
        Issues: assessment went ahead without police despite the plan; 3-4 hr conveyance delays now routine.
    """)),
    ("social_care", "near_miss", prose("""
        Near miss with medication. I am {{support worker}} at [[organisation:Willow House]]
        {{supported accommodation}} for people with mental health needs. Resident
        [[name:Paulo Ferreira]] is on {{clozapine}}. Pharmacy deliver the new {{blister pack}} on
        [[date:Friday 7th June]] even if his blood result was not back from {{ZTAS}}. My colleague
        [[name:Oksana]] notice the pack has no green sticker and she call the {{clozapine clinic}} at
        [[organisation:Fernlea Hospital]] before to give the dose. Clinic said do not give, the
        result was amber, need repeat bloods. So no harm. Please the pharmacy check this before
        delivery. [[name:Oksana]] did very good job.
    """)),
    ("social_care", "success", prose("""
        Good practice note, {{Assertive Outreach}}. On [[date:28/08/2024]] it was flagged that
        Mr [[name:Kwabena Adeyemi]], who is subject to a {{Community Treatment Order}}, had missed two
        {{depot}} appointments. Rather than issue a recall notice straight away, his
        {{responsible clinician}} Dr [[name:Hannah Brook]] and care coordinator [[name:Will Tsang]]
        arranged a visit with his sister, who is his {{nearest relative}}. It emerged he had moved to
        her house at [[address:112 Canal View]], [[postcode:BD3 8TW]] and letters, including his
        {{PIP}} review (NI [[ni_number:JT 48 21 93 B]]), had gone to the old flat. The depot was given
        at home that day. [[name:Will]] updated the address on {{SystmOne}} and the CTO paperwork,
        and the {{Mental Health Act Office}} were informed. A recall would have meant police
        involvement and possible detention for someone who was simply at the wrong postcode.
    """)),
    ("social_care", "incident", prose("""
        {{Section 136}} handed over at [[organisation:Moorside Place of Safety]] with NO property list
        and no {{Street Triage}} notes. Pt (Mr [[name:Bailey]], [[age:29]]) said his wallet and phone
        were taken at scene. PC [[name:Nkemelu]] and PC [[name:Grace Holt]] had already left. 3 days
        to trace it to {{custody}} at [[organisation:Fieldgate Police Station]]. Complaint made.
        Third time this quarter - where is the joint {{handover form}} agreed at
        {{Crisis Care Concordat}}? ({{nurse in charge}}) [[case_reference:W-24-03317]]
    """)),
    ("social_care", "near_miss", block("""
        From: [[name:Dawn Ellery]] <[[email:dawn.ellery@westdales-council.example.gov.uk]]>
        Sent: [[date:Tue 16 April 2024]] 17:42
        To: AMHP Leads
        Subject: Lone working - near miss

        Hi [[name:Faisal]],
        Flagging a near miss from today. I went alone to a {{Section 13}} enquiry visit at
        [[address:Holly Bank, Chapel Row]] because my co-worker had been pulled to the {{136 suite}}.
        The {{lone working}} app ({{StaySafe}}) hadn't synced and showed me checked in at the office
        all afternoon. The visit got tense - her partner's ex was there and threatened me - and I
        left quickly. Nobody would have known where I was. Logged on {{Datix}} ([[case_reference:DTX-118204]]).
        Could we make it mandatory to text the duty phone [[phone:07700 900871]] on arrival as a backup?

        Thanks
        [[name:Dawn]]
        {{Approved Mental Health Professional}}
    """)),
    ("social_care", "success", prose("""
        Assessment for Mrs [[name:Nguyen Thi Lan]] ([[age:67]]) at home in
        [[address:Flat 12, Ashgrove Court]]. Her son [[name:Minh]] offered to interpret but I insisted
        on a professional {{Vietnamese interpreter}} from [[organisation:LinguaBridge]] by video,
        because family interpreting in a {{Mental Health Act}} assessment isn't appropriate. Good
        job I did: through the interpreter it became clear she was describing grief and cultural
        practices around ancestors, not {{psychosis}}, and [[name:Minh]] had been translating it as
        "she sees ghosts". Both {{section 12 doctors}} agreed no grounds for detention. Referred to
        {{older adults CMHT}} and {{bereavement}} support. Took an extra hour but it was the right
        call. [[name:Ade K]], {{AMHP}}
    """)),
    ("social_care", "incident", prose("""
        Sent a {{CPA}} review letter for [[name:Summer Okoro-Reid]] (NHS
        [[nhs_number:756 743 7473]]) to the wrong address. I meant to send it to
        [[email:summerokoro@example.com]] but {{Outlook}} autocomplete picked
        [[email:s.okoro.reid@example.net]], an old account her ex-partner still controls. The letter
        included her new address, [[address:3 Mill Yard]], [[postcode:LS12 6RB]]. Serious
        {{safeguarding}} concern given the history of {{domestic abuse}}. Recalled the email
        (failed) and rang [[name:Summer]] straight away; {{MARAC}} coordinator informed, police
        aware, she moved to a refuge the same night. IG breach reported to the
        {{Caldicott Guardian}}, ref [[case_reference:IG-2024-0452]]. I have turned off autocomplete.
    """)),
    ("social_care", "success", block("""
        Crisis team chat (Teams), night shift
        [[name:bill.m]] 02:14: 2nd call from [[name:Hunter]] tonight, says he's got tablets lined up. address on system is old
        [[name:Tasha O]] 02:15: ask him where he is, keep him talking
        [[name:bill.m]] 02:17: he's at his nan's, [[address:58 Hawthorn Rise]]
        [[name:Tasha O]] 02:18: ok ringing {{999}} on the other line
        [[name:bill.m]] 02:31: paras there. he's gone with them to [[organisation:St Aldhelm's]] {{A&E}} voluntarily
        [[name:Tasha O]] 02:32: nice work. I'll do the {{Datix}} and flag {{safety plan}} review for am

        Reflection ([[name:B.M.]]): keeping the caller on one line while a colleague rang 999 on
        another worked well. We've never practised it but we will now. [[name:Hunter]] was seen by
        {{liaison psychiatry}} and discharged with {{Home Treatment Team}} follow-up.
    """)),
    ("social_care", "incident", prose("""
        [[date:Sunday 11 August]]: after a {{Section 2}} assessment at her parents' house
        ([[address:Orchard End, Fosse Lane]]), Ms [[name:Chloe Banerjee]] ([[age:19]]) was taken to
        [[organisation:Larch Ward]] in a police van, [[vehicle_registration:YJ23 KHU]], because
        {{the ambulance service}} gave an ETA of 5+ hours and she was trying to leave through a
        window. Her dad [[name:Arjun]] followed in his car. The van is not a clinical environment,
        she was in the {{cage}} section, frightened and hitting her head. I travelled with her in
        the back, which is against {{lone working}} guidance. Not acceptable for a teenager in
        crisis. Previous concerns raised via the {{Crisis Care Concordat}}. Please escalate to the
        {{ICB}}. Ref [[case_reference:AMHP-2024-0511]].
    """)),
    # ------------------------------------------------------------------ health (17)
    ("health", "incident", prose("""
        Unwitnessed fall, [[organisation:Ward 27]] ({{Care of the Elderly}}). Mrs
        [[name:Edna Farraday]], [[age:88]], on {{apixaban}}, found on the floor by her bed at 03:20 on
        [[date:6/2/24]]. {{Bed rails}} had been removed per the {{bed rails assessment}} (agreed) and
        a {{low bed}} was not available. {{Falls sensor}} was plugged in but not switched on. The
        {{head injury}} proforma says CT within 8 hrs because anticoagulated; the request was made
        at 04:00 but not vetted until the radiology day team at 09:00. CT done 11:10, showed a small
        {{subdural}}. Transferred to neuro at [[organisation:Kingsmere General]]. Datix
        [[case_reference:W145562]]. Learning: nights need a direct route to the on-call radiologist
        for anticoagulated head injuries.
    """)),
    ("health", "success", prose("""
        Credit to [[name:Rosa]] ({{HCA}}) on [[organisation:Primrose Ward]]. Mr
        [[name:Eustace Ampofo]] ([[age:91]]) with advanced {{Alzheimer's}} was refusing all food and
        pulling at his {{cannula}}. [[name:Rosa]] read his {{This is me}} booklet, found he'd been a
        baker for 40 years, and got him kneading dough with {{OT}} in the day room. He ate a full
        lunch afterwards and was calmer all afternoon; {{PRN lorazepam}} not needed. His daughter
        [[name:Abena]] visited under {{John's Campaign}} and said it was the first time he'd smiled
        since admission.
    """)),
    ("health", "near_miss", block("""
        Handover note - [[organisation:Bramble Ward]] - [[date:02.04.2024]] nights
        Bay 3/2 [[name:JONES]], [[name:Harold]] ([[age:84]]) NHS [[nhs_number:224 575 1450]] - {{delirium}}, {{1:1}}, NBM from midnight
        Bay 5/6 [[name:JONES]], [[name:Harry]] ([[age:79]]) NHS [[nhs_number:522 610 1511]] - {{T2DM}}, on {{insulin}}

        Event: {{agency nurse}} took [[name:Harry]]'s 22:00 insulin to bay 3/2. Both answer to
        Mr [[name:Jones]]. The {{wristband}} check stopped it, band said [[name:Harold]]. No harm.
        Action: {{name alert}} stickers on both boards and [[name:Harry]] moved to bay 1.
        [[name:Chidi N.]], {{Band 6}}
    """)),
    ("health", "incident", prose("""
        Patient safety incident investigation summary ([[case_reference:PSII-0219]]). On
        [[date:19 November 2023]] Mr [[name:Walter Keenan]], [[age:82]], fell in the bathroom on
        [[organisation:Heron Ward]]. Staff lifted him back to bed using a {{standing hoist}} before
        medical review; the {{post-falls protocol}} requires a {{flat lift}} using the
        {{HoverJack}} or a {{scoop}} where hip fracture cannot be excluded. He complained of groin
        pain the following morning and X-ray confirmed a {{neck of femur fracture}}. Contributory
        factors: the HoverJack was stored on another floor, two of the three staff were {{bank}}
        staff unfamiliar with the ward, and the {{falls lead}} post had been vacant for five
        months. Actions: equipment relocated; post-falls simulation training to be led by
        [[name:Tamsin Ogunleye]], falls practitioner.
    """)),
    ("health", "success", prose("""
        I want to report good learning. Patient Mrs [[name:Dorothy Pike]] in bed 14 is high risk of
        falls and she has {{vascular dementia}}. Every night she is walking at 2-3 am looking for
        her husband. Before we used {{bed rails}} and she become more agitated. This week with
        {{HCA}} [[name:Marites]] we try '{{Baywatch}}' - one staff always stay in the bay - and we put
        her chair near the nurse station with a {{twiddlemuff}}. Also I ask her daughter to bring
        her wedding photos. In 5 nights no fall, no {{sedation}}. I think we can do the same for
        other patients in [[organisation:Larkspur Ward]]. [[name:Jhun]], {{Staff Nurse}}
    """)),
    ("health", "incident", block("""
        Exported from [[organisation:Ward 9]] Teams channel, [[date:Sat 13 Jan]]
        [[name:Mo Haddad]] 14:02: has anyone seen mr [[name:quigley]]? bed 11 empty, shoes gone
        [[name:Gemma L]] 14:03: he was in day room at 1:30
        [[name:Mo Haddad]] 14:05: checked toilets, {{stairwell}}, not there. calling security + {{site manager}}
        [[name:Gemma L]] 14:10: he keeps saying he needs to get to work at [[organisation:Drummond's Mill]]
        [[name:Mo Haddad]] 14:21: police informed, {{Herbert Protocol}} form wasn't done on admission
        [[name:Gemma L]] 15:48: found by a neighbour at the bus stop on [[address:Carr Lane]], cold but ok, being brought back

        Note: Herbert form now part of admission for all pts with {{dementia}}. The door to
        {{the ward}} had been propped open for the {{linen trolley}}. Incident [[case_reference:IR-88314]].
    """)),
    ("health", "near_miss", prose("""
        Near miss re {{covert medication}}. Night staff were about to crush
        Mrs [[name:Iqbal]]'s tablets into yoghurt because "she always spits them out". I was
        {{nurse in charge}} and checked: there was no {{MCA}} assessment, no {{best interests}}
        decision and no pharmacy advice on file, and one of the tablets was {{modified-release}}
        {{Sinemet}}, which must not be crushed. Held the dose, called the {{on-call doctor}} who
        prescribed an alternative, and the team did a proper capacity assessment next morning with
        her son [[name:Tariq]]. Mrs [[name:Iqbal]] has {{Parkinson's}} so missed doses matter; she
        got it within the {{time-critical}} window.
    """)),
    ("health", "success", block("""
        From: [[email:falls.team@kingsmere-nhs.example.org]]
        To: [[email:manager@heatherleigh-care.example.co.uk]]
        Date: [[date:27 March 2024]]
        Subject: Discharge - Mrs [[name:Beryl Ashworth]], DOB [[date_of_birth:14/09/1931]]

        Dear [[name:Ewa]],
        Thank you for coming in to assess [[name:Beryl]] on the ward yesterday. As discussed, she
        mobilises with a {{Zimmer frame}} and one carer, has {{Lewy body dementia}} and becomes
        distressed in the evening. Her {{ReSPECT form}} goes with her and her {{hip protectors}} are
        in the bag. NHS number [[nhs_number:257 849 4770]]. Transport booked for Thursday 10:00
        ([[case_reference:PTS-550812]]).
        Kind regards,
        [[name:Precious Dlamini]]
        {{Falls Practitioner}}, [[organisation:Kingsmere General Hospital]]

        Reporter's note: first time the home has come to assess in person. She settled back at
        [[organisation:Heatherleigh Care Home]] the same day, no readmission at 30 days.
    """)),
    ("health", "incident", prose("""
        honestly at breaking point. night of [[date:3rd/4th March]] on [[organisation:Kestrel Ward]],
        28 pts, 2 RNs + 2 HCAs, 4 pts needing {{enhanced observation}}. asked {{site}} for an extra
        HCA at 20:00, none. mr [[name:o'driscoll]] (bed 22, {{hyperactive delirium}}) climbed out of
        bed at 01:15 and fell, cut to forehead, {{neuro obs}} started, no fracture on {{CT}}. his
        wife [[name:mags]] was understandably upset as we'd promised someone would sit with him.
        escalated to {{matron on call}}, filled a {{red flag}} on {{SafeCare}}. nothing changes.
        ref [[case_reference:IR-90127]]
    """)),
    ("health", "success", prose("""
        Learning from excellence nomination. Dr [[name:Ifeoma Chukwu]], {{ST4}} in
        {{geriatric medicine}}, introduced a {{4AT}} screen at the {{front door}} of
        [[organisation:Bluebell Acute Frailty Unit]] over eight weeks. Screening rates rose from 31%
        to 88% and the number of patients with {{delirium}} who had a cause documented nearly
        doubled. She trained 46 staff, including {{porters}} and {{ward clerks}}, and produced a
        pocket card with {{TIME bundle}} prompts. One example: Mr [[name:Lionel Fairweather]],
        [[age:90]], whose sudden confusion was flagged by a ward clerk, turned out to have urinary
        retention of 1.2 litres. Nominated by Sister [[name:Joanne Pryce]], {{Ward Manager}}.
    """)),
    ("health", "near_miss", block("""
        INCIDENT FORM
        Ref: [[case_reference:DW-2024-11873]]
        Date/time: [[date:09/05/2024]] 16:40
        Location: [[organisation:Ward 31]], side room 4
        Patient: [[name:Siobhan Mulcahy]], [[age:77]], hosp no [[case_reference:K4471902]]
        Category: Falls - no harm (near miss)
        Description: pt stood up from {{riser recliner}} while {{pressure cushion}} was being changed, legs gave way. Physio [[name:Beatriz]] supported her and lowered her to the floor. No injury. {{Falls bundle}} in place but {{call bell}} out of reach.
        Immediate action: {{post-falls review}} by FY1, {{lying and standing BP}} showed 30mmHg drop, {{postural hypotension}}, meds reviewed and {{doxazosin}} stopped.
        Reported by: [[name:A. Kowalczyk]]
    """)),
    ("health", "incident", prose("""
        Patient Mr [[name:Stanisław Wójcik]] ([[age:86]]) with {{dementia}} was transferred from
        {{AMU}} to [[organisation:Willow Ward]] on [[date:18.10]] at night. His {{hearing aids}} and
        {{dentures}} did not come with him. Next morning he could not hear anything and could not
        eat, he became very agitated and hit staff. We think his {{delirium}} is worse. The
        {{property book}} was not signed on AMU. His granddaughter [[name:Kasia]] (tel
        [[phone:+48 512 000 318]]) found dentures in the bin bag with clothes after 3 days, hearing
        aids never found, family must buy new, cost 1900 pounds. Please make transfer checklist
        include property for patient with dementia, it is not small thing for them.
    """)),
    ("health", "success", block("""
        Safety huddle - [[organisation:Heron Ward]] - [[date:Weds 21 Feb]]
        Present: [[name:Bev]] ({{NIC}}), Dr [[name:Shah]], [[name:Kofi]] ({{physio}}), [[name:Lena]] ({{OT}}), [[name:Faith Adebayo]] ({{HCA}})
        - falls last 24h: 0 (day 41 falls-free!)
        - bay 2 cohort: 4 pts high falls risk, {{bay tag}} in place, [[name:Faith Adebayo]] on bay
        - Mrs [[name:Leach]] bed 7: {{delirium}} improving, {{ReSPECT}} updated
        - {{red trays}} for 5 pts
        Shout-out: [[name:Faith]]'s idea of a bay tag rota on the whiteboard is why we've gone 41 days.
        Please share at the {{falls collaborative}}.
    """)),
    ("health", "incident", prose("""
        Discharge error. Mr [[name:Cyril Banda]] ([[age:85]], {{Alzheimer's}}) was sent home by
        hospital transport to [[address:22 Severn Road]], his old address, instead of
        [[organisation:Glenholme Residential Home]], [[address:4 Priory Walk]], [[postcode:WR5 3DL]].
        The {{PAS}} demographics were never updated when he moved into the home, although the
        {{DWP}} had his new address against NI [[ni_number:PW630174C]]. The new occupants found him
        on their doorstep at 19:30 and rang {{999}}. He was cold and frightened but unhurt. The
        {{discharge checklist}} address box was ticked. Transport ref [[case_reference:PTS-551937]].
        The {{discharge lounge}} nurse and the {{ward clerk}} each assumed the other had checked.
        Learning: confirm destination verbally with the receiving home and update the {{Spine}}
        record at admission.
    """)),
    ("health", "success", prose("""
        Massive credit to the night team on [[organisation:Ward 12]] for how they managed
        Mrs [[name:Hope Castellano]]'s fall on [[date:24/12]]. She is [[age:93]], on {{warfarin}},
        and hit her head. {{Nurse in charge}} [[name:Gareth]] followed the {{head injury pathway}} to
        the letter: {{neuro obs}} every 30 min, INR sent, CT requested and vetted by the on-call
        radiologist within 40 minutes. CT showed a small bleed; {{Beriplex}} and {{vitamin K}} were
        given within 90 minutes of the fall. She went home to her niece a week later. Everyone did
        exactly what the pathway said and it worked.
    """)),
    ("health", "near_miss", prose("""
        Near miss: found Mr [[name:Ravi Subramaniam]] ([[age:80]]) with his leg trapped between the
        {{bed rail}} and the mattress on [[organisation:Ward 27]] at 05:00. He was on a
        {{dynamic air mattress}} and the rails were the standard ones without {{extra-height}}
        bumpers, so the gap was bigger than {{MHRA}} guidance allows. No injury, freed immediately
        by {{HCA}} [[name:Lucy-Mae Forsyth]]. His bed rails assessment dated [[date:12/08]] said
        "rails + bumpers" but bumpers were never fitted. {{Medical devices}} team have now audited
        all beds on the unit and found 6 more without bumpers. Reported [[case_reference:W151204]].
    """)),
    ("health", "incident", block("""
        SBAR for Datix
        S: Mrs [[name:Gloria Nwachukwu]], [[age:87]], [[organisation:Primrose Ward]] bed 3. {{NEWS2}} rose from 2 to 7 overnight.
        B: admitted [[date:14 July]] after a fall, {{UTI}}, background {{mixed dementia}}, {{DNACPR}} in place but for ward-based treatment. NHS no [[nhs_number:632 273 2331]].
        A: score of 5 at 00:40 not escalated; the {{Nerve Centre}} alert was acknowledged by a bank HCA who didn't know to tell the nurse. Escalated at 04:10 when score 7. {{Sepsis Six}} started 04:30, over 3 hrs late. Pt has since recovered.
        R: all bank/agency staff to get a 5-min NEWS2 briefing at start of shift; alerts to go to the RN phone.
        Reporter: [[name:Jun Park]], {{Charge Nurse}}
    """)),
    # ------------------------------------------------------------------ aviation (16)
    ("aviation", "near_miss", prose("""
        During a night HEMS tasking in {{AW169}} [[aircraft_registration:G-HMXD]], callsign
        [[flight_number:Helimed 64]], we were sent to an {{RTC}} near [[address:Scar House Farm]].
        The {{HEMS Crew Member}} identified a suitable field on {{NVG}}, but on short finals the HCM
        called wires at 50 ft that were not on the {{moving map}} or the {{hazard database}}. I went
        around and landed in the adjacent field. Post-flight we found the lines were a new
        temporary farm supply. Factors: time pressure, a landing site chosen from the map before
        arrival, and a shortened recce because we knew the patient was in cardiac arrest.
        Learning: always complete a full {{high and low recce}} regardless of patient urgency.
        Reported to the {{CAA}} via {{MOR}}.
    """)),
    ("aviation", "success", prose("""
        [[flight_number:Rescue 936]] ({{AW189}}, [[aircraft_registration:G-CRVN]]) was tasked by the
        {{ARCC}} at 02:14 on [[date:9 Oct]] to a fishing vessel with an injured crewman 25 nm north of
        the headland. Sea state 5, deck pitching badly. The {{winchman}}, [[name:Kieran Dunphy]],
        recommended a {{hi-line}} transfer rather than trying for the wheelhouse roof, and the
        {{winch operator}} [[name:Bogdan]] gave calm, clear {{conning}} calls throughout. captain
        [[name:Imogen Reyes-Whitfield]] briefed the skipper on {{Channel 16}} before we arrived so the
        deck was cleared. The casualty, a [[age:34]]-year-old deckhand with a crush injury, was
        recovered in 18 minutes and flown to [[organisation:Westhaven General]]. Textbook
        {{CRM}}; worth using in the next sim.
    """)),
    ("aviation", "incident", block("""
        OCCURRENCE REPORT
        A/C: [[aircraft_registration:G-EHVB]] {{H145}}
        Operator: [[organisation:Northfell Air Ambulance]], [[address:Hangar 2, Sandholme Airfield]]
        Date: [[date:24/06/2024]]
        Event: after the morning {{daily inspection}}, a {{cowling}} latch was found open on arrival at the first scene (HCM spotted it on the walk-round). Flight time 14 minutes. No damage.
        Cause: engineer [[name:P. Raghunathan]] was interrupted by a phone call during the DI. The {{independent inspection}} was not done as the second engineer was off sick.
        Action: interruptions policy re-briefed, {{latch}} indicator tags ordered.
        Reported by: [[name:Calum Frazer]], {{Technical Crew Member}}
    """)),
    ("aviation", "near_miss", prose("""
        I am line pilot since two years in this operator. On [[date:5 of March]] flying
        [[aircraft_registration:G-LNKA]] we had near miss with a drone at 800 ft close to
        [[organisation:St Bride's Hospital]] {{helipad}}. Drone was white, maybe 50 metre on our
        right side. The {{critical care paramedic}} [[name:Aoife]] saw it first and call "traffic
        right". I make avoiding action descending. We report to {{ATC}} and police was informed,
        but nobody find the operator. {{Airprox}} report made, ref [[case_reference:AX-2024-071]]. I
        think the hospital must ask for a {{NOTAM}} or {{flight restriction zone}} for the helipad,
        many people fly drone in the park next door. [[name:Matteo B.]]
    """)),
    ("aviation", "success", block("""
        HEMS desk chat - [[date:Fri 2 Aug]]
        [[name:desk_jas]] 15:41: job for you, male [[age:70s]], cardiac arrest, [[address:Meadow Lodge, Barrow Lane]], 7 min flight
        [[name:ellie.cc]] 15:42: lifting. {{LZ}} options?
        [[name:desk_jas]] 15:43: school field 400m south, [[organisation:Barrow Lane Primary]], school on holiday, field empty per local crew
        [[name:ellie.cc]] 15:55: landed, walking in
        [[name:ellie.cc]] 16:40: {{ROSC}}, {{RSI}} on scene, going by road with {{land crew}} to [[organisation:Queen's Cardiac Centre]]
        [[name:desk_jas]] 16:41: {{pre-alert}} done

        Reflection: the desk using local crew knowledge to confirm the field was empty saved us a
        second {{recce}}. Great example of the desk-crew loop. [[name:Jaswinder]] on desk today.
    """)),
    ("aviation", "incident", prose("""
        Safety investigation summary [[case_reference:SI-24-014]]. On [[date:17 January 2024]] a SAR
        crew operating [[flight_number:Rescue 917]] was conducting a night {{NVG}} training sortie in
        the mountains when the aircraft entered cloud at 2,400 ft during a valley transit. The crew
        flew the {{IIMC recovery}} procedure, climbed to {{MSA}} and recovered to base on
        instruments. The {{TAF}} had predicted broken cloud at 3,000 ft and the {{GAFOR}} route was
        amber. Factors identified: plan-continuation bias, the commander's familiarity with the
        valley, and the co-pilot, {{First Officer}} [[name:Llŷr Griffiths]], reporting that he felt
        uncomfortable two minutes earlier but did not voice it. Actions: {{CRM}} refresher focused
        on speaking up, and hard weather minima for the valley route.
    """)),
    ("aviation", "success", prose("""
        Good catch by [[name:Stevie]], {{bowser}} driver from [[organisation:AeroFuels North]]: cloudy
        {{Jet A-1}} on the {{sump drain}} sample during a {{hot refuel}} of
        [[aircraft_registration:G-HZNA]]. He stopped fuelling. Water in the tank after heavy rain.
        40 min {{stand-down}}, no tasking lost. Add to {{fuel quality}} training.
    """)),
    ("aviation", "near_miss", block("""
        Occurrence report
        Flight: [[flight_number:Helimed 22]], [[aircraft_registration:G-NHEM]]
        Date: [[date:11/09/2024]]
        Phase: transit, {{Class D}} zone of [[organisation:Hallamfield Airport]]
        Narrative: cleared by {{Radar}} to cross the {{final approach}} at 1,500 ft. Shortly after, our
        {{TAS}} showed traffic 2 nm, 300 ft above and descending. This was [[flight_number:EZY82MK]] on a
        4 nm final. ATC had not passed traffic. We took avoiding action east and descended to
        1,000 ft; closest approx 1.2 nm / 400 ft. Later learned the controller was working Radar
        combined with {{Approach}} due to staffing.
        Crew: Capt [[name:Obi Eze]], HCM [[name:Hollie Tranter]]
    """)),
    ("aviation", "success", prose("""
        Following the multi-vehicle collision on [[date:Sunday 30 June]] near the
        [[address:Old Toll House]], the [[organisation:Northfell Air Ambulance]] crew (Dr
        [[name:Yusuf Al-Amin]] and {{critical care paramedic}} [[name:Mark Devlin]]) took over scene
        triage. They used a {{METHANE}} report and {{JESIP}} principles to coordinate with the
        {{fire and rescue service}}, who extricated the driver of [[vehicle_registration:FD19 XKT]]
        with a {{roof flap}}. The driver, aged [[age:17]], was given {{blood products}} on scene and
        flown to the {{major trauma centre}}. The review found excellent communication; the only
        delay was the ambulance hub not knowing the aircraft was already on scene.
    """)),
    ("aviation", "incident", prose("""
        helipad lift at [[organisation:Ravensworth Royal]] out of service AGAIN. landed with a
        post-arrest pt on the {{ventilator}} ([[age:62]]), had to push the trolley down the ramp
        and through {{main outpatients}} with the public watching. took 14 min vs usual 4. pt ok
        but the {{ET tube}} nearly dislodged on the ramp. hospital estates had put a notice on their
        intranet but nobody told the {{HEMS desk}} or the {{air desk}}. reported on our {{SMS}}
        ([[case_reference:OR-3318]]) and to the hospital on {{Datix}}. pls can someone sort a proper
        comms link with estates. [[name:jonno]], {{CCP}}
    """)),
    ("aviation", "incident", prose("""
        During a winch training serial on [[date:28/02]] with the {{RNLI}} {{all-weather lifeboat}}
        from [[organisation:Tregarra Lifeboat Station]], a lifeboat crew member grabbed the
        {{hook}} before the {{static discharge}} lead had touched the deck. He received a shock and
        let go; no injury. The {{pre-brief}} was done by radio rather than face to face, and the
        {{coxswain}}, [[name:Dai Hughes]], had a new crew member, [[name:Tomasz]], on deck who had
        never done a winching brief. Aircraft [[aircraft_registration:G-CGBX]], callsign
        [[flight_number:Rescue 187]]. Action: new lifeboat crew to get a face-to-face brief before
        any serial, and the {{winch operator}} to confirm earthing on intercom.
    """)),
    ("aviation", "success", block("""
        From: Ops Manager <[[email:ops@northfell-aa.example.org]]>
        To: [[email:r.henshaw@examplefarm.co.uk]]
        Subject: Thank you - night landing [[date:12 Dec]]

        Dear Mr [[name:Henshaw]],
        On behalf of the crew, thank you. When our crew asked via the {{999}} call-taker for
        vehicles at the field corners with {{dipped headlights}}, you did exactly that at
        [[address:Low Garth Farm]], pointing away from the approach so nothing dazzled the
        {{NVG}}. Your son [[name:Callum]] met the crew at the gate and led them to your neighbour.
        It made a dark, sloping {{landing site}} safe.
        Kind regards,
        [[name:Sunita Malhotra]]
        {{Operations Manager}}, [[organisation:Northfell Air Ambulance]]
    """)),
    ("aviation", "incident", prose("""
        When we was at the scene in [[organisation:Hollins Green Leisure Centre]] car park on
        [[date:20 July]], rotors running because we expect quick loading, a member of public, a
        teenage boy about [[age:15]], walk toward the {{tail rotor}} to take video with phone. Our
        pilot [[name:Rafał]] was in cockpit and could not see him. I am {{HEMS paramedic}} and I run
        and stop him, maybe 10 metres from tail. Police were not yet on scene to do {{cordon}}. We
        should never do {{rotors running}} loading without a {{ground marshal}} or cordon. After
        this we change our {{SOP}}. The aircraft was [[aircraft_registration:G-HXTR]].
        [[name:Dmitri]]
    """)),
    ("aviation", "near_miss", block("""
        SAR crew group chat (shared with consent)
        [[name:Lou B]] 06:50: heads up, I've logged a {{fatigue report}}. we got back from the [[flight_number:Rescue 924]] job at 04:10 and I'm rostered for 08:00 training
        [[name:Ahmed K]] 06:52: same. nearly nodded off driving home, woke up on the {{rumble strip}}
        [[name:Rhi]] 06:55: the {{FTL}} scheme says 10 hrs rest but that's clearly not enough after a 3 hr night job
        [[name:Lou B]] 07:01: ops have agreed to push training to 13:00. {{Fatigue Risk Management}} group next week
        [[name:Ahmed K]] 07:02: thanks, appreciated. I'll put the driving bit in the report too
        [[name:Rhi]] 07:03: good shout. {{rest facility}} at base needs sorting as well
    """)),
    ("aviation", "success", prose("""
        Inter-hospital transfer of a [[age:4]]-year-old in {{status epilepticus}} from
        [[organisation:Dunmere Community Hospital]] to {{PICU}} at
        [[organisation:Royal Meadows Children's Hospital]]. The {{paediatric retrieval team}} were
        2 hrs away so we took the job with Dr [[name:Eleanor Fitzgerald-Sowah]]. Her mum
        [[name:Bianca]] flew with us; pilot [[name:Alastair]] reworked the {{weight and balance}} in
        minutes and briefed her on the {{headset}}. Receiving team had the {{SBAR}} handover by
        phone ([[phone:07700 900514]]) before we lifted, so the bed, {{EEG}} and consultant were ready on
        arrival. Good teamwork between three services.
    """)),
    ("aviation", "incident", block("""
        Mission log [[case_reference:HEMS-24-3391]] - [[date:07/11/2024]]
        13:02 tasked, [[flight_number:Helimed 51]], [[aircraft_registration:G-KRLB]]
        13:04 lift
        13:19 on scene; {{Airwave}} no coverage in the valley
        13:20-14:05 unable to contact desk or land crew; {{satphone}} battery flat
        14:06 {{HCM}} driven to top of hill in police car [[vehicle_registration:PN21 BVX]] to get signal
        14:15 desk informed, {{land ambulance}} redirected
        14:58 pt flown to [[organisation:Ravensworth Royal]]
        Issue: satphone not on the {{daily inspection}} list; 45 min with no comms.
        Now added to {{DI}} checks by [[name:K. Ashby-Lowe]].
    """)),
]


def main() -> None:
    write_records(OUT, build_records("heldout-blind106", REPORTS))


if __name__ == "__main__":
    main()
