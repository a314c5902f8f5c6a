"""Held-out blind corpus 102: private and voluntary sector children's homes and supported accommodation
for 16-17 year olds (missing episodes, restraint, medication, exploitation, data breaches, Reg 44 visits,
transitions), mental health inpatient wards, PICUs and section 136 suites (observations, ligatures,
clozapine, rapid tranquillisation, AWOL, seclusion, street triage, bed management) and business aviation
and air taxi operators (level busts, fuelling, FTL, dangerous goods, towing, de-icing, TCAS, catering
allergies). Writing styles are a realistic mix: plain prose narratives, e-mails with signatures, form and
Datix-style entries, timelines and tech-log notes, Teams and WhatsApp chats, terse phone notes in lower
case, and reports by writers whose first language is not English (Romanian, Filipino, Polish, Indian,
Brazilian, French, South African), with long detailed narratives alongside very brief notes.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from markup import block, build_records, write_records  # noqa: E402
from markup import flow as prose  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "corpus" / "heldout_blind102.jsonl"

REPORTS = [
    # ------------------------------------------------------------------ social care
    ("social_care", "incident", prose("""
        Night shift [[date:Sat 14th Sept]]. Young person [[name:Kayden]] ([[age:15]]) went missing from
        [[organisation:Larchfield House]] at approx 23:40 through the {{fire door}} by the quiet lounge. The
        door alarm had been put on silent earlier in the evening by an agency worker who said it kept going
        off and waking the others. I rang {{EDT}} and reported to police on {{101}}, log ref
        [[case_reference:CAD 2291-140924]]. The {{Philomena Protocol}} form was already up to date thanks to
        [[name:Mo]] who redid the photo and description last month, which saved a lot of time, and PC
        [[name:Ferris]] said it was one of the better ones she had seen. [[name:Kayden]] was found by
        officers near the bus station and brought back at 03:10, cold but unhurt. {{Return home interview}}
        booked. Learning for us: alarms are never to be silenced without the {{shift leader}} knowing, and the
        agency induction sheet now says this in bold at the top.
        [[name:T. Adeyemi]], {{senior RSW}}
    """)),
    ("social_care", "near_miss", block("""
        quick one from my phone.
        16+ house at [[address:27 Cavendish Road]], {{floating support}} visit.
        nearly handed [[name:jamal]]s {{sertraline}} to [[name:Reece]] bc both blister strips were loose in the same tray and the pharmacy label was on the boxes not the strips. [[name:Reece]] said thats not mine so no harm done.
        have split the trays + put photos in the {{MAR}} folder.
        pls can {{manager}} order a 2nd lockable {{meds cabinet}}, the one in the office is rammed.
        [[name:Dev]] 0730
    """)),
    ("social_care", "success", prose("""
        I want to record some good practice with [[name:Yonas]] (DOB [[date_of_birth:02/11/2008]]), an
        unaccompanied young person who moved into our supported accommodation at
        [[address:Flat 2, 41 Ingram Street]], [[postcode:LS11 7QX]] on [[date:9th July]]. He speaks Tigrinya
        and very little English at arrival. Within the first week we got him registered at
        [[organisation:Hollins Park Surgery]] and booked the {{initial health assessment}}, and his
        {{personal adviser}} [[name:Bridget]] came out with a telephone interpreter so we could explain the
        house rules and the {{fire evacuation}} plan properly. His {{Home Office}} reference
        ([[case_reference:H1129384/2]]) was wrong on the placing authority paperwork and my colleague
        [[name:Simbarashe]] noticed this before the screening interview, so it was corrected in time. We
        enrolled him on the ESOL course at [[organisation:Westmere College]] and he is attending every day. He
        has told us he feels safe here. What helped: interpreter from day one, not the second week; one key
        worker; a written checklist for {{UASC}} arrivals which we now use for everybody. Thank you to the
        night staff also who sat with him when he could not sleep the first nights.
        [[name:Tendai M.]], {{key worker}}
    """)),
    ("social_care", "incident", block("""
        From: [[email:r.kowalczyk@oakbankcare.example.co.uk]]
        To: [[email:lado@example-council.gov.uk]]
        Cc: [[email:registered.manager@oakbankcare.example.co.uk]]
        Date: [[date:Mon 3 March 2025]] 09:12
        Subject: PI with injury - [[case_reference:PI-0447]]

        Hi,

        As discussed on the phone, a {{physical intervention}} took place on Saturday evening at [[organisation:Oakbank Children's Home]] involving [[name:Summer]] ([[age:14]]) and two staff, [[name:Gav]] and [[name:Nadia]]. [[name:Summer]] was trying to leave through the kitchen with a knife and staff used a two-person {{Team Teach}} hold for about 3 minutes. Afterwards she said her wrist hurt. A {{body map}} was completed and she was taken to the minor injuries unit where no fracture was found.

        [[name:Summer]] has told her {{social worker}} that [[name:Gav]] twisted her arm. I am referring this to you for advice as I do not think it is my place to decide. Both staff are off shift with her pending your advice. {{Regulation 40}} notification to {{Ofsted}} has been sent.

        Regards
        [[name:Renata Kowalczyk]]
        {{Deputy Manager}}
        [[phone:07700 900412]]
    """)),
    ("social_care", "near_miss", prose("""
        Staff on the late noticed the same grey {{Audi}}, reg [[vehicle_registration:BK19 XTW]], parked
        opposite [[organisation:Marlow Road 16+ Service]] three nights running, and on the third night
        [[name:Hope]] ([[age:16]]) was walking towards it with her bag. [[name:Priya]] went out and just
        chatted to her about her college work and she came back in. We did not challenge the driver. We
        shared the reg with police via the {{partnership intelligence form}} and rang {{MASH}}; her
        {{social worker}} has asked for a {{strategy meeting}} under {{Section 47}}. Near miss because if
        [[name:Priya]] had been on her break nobody would have seen. Also the {{CCTV}} on the front has been
        broken since August and I had already logged it twice. Please fix. [[name:o.brennan]]
    """)),
    ("social_care", "success", prose("""
        Good news to share - [[name:Faith]] ([[age:17]]) signed her first {{tenancy}} today with
        [[organisation:Kestrel Housing Association]] after 8 months with us, and her little boy has a funded
        place at [[organisation:Little Acorns Nursery]] from next month. Her {{personal adviser}} and I went
        through the budget sheet with her twice and she set up her own {{Universal Credit}} journal. She asked
        if she can still pop in for tea on Sundays under {{Staying Close}}. Proud moment for the
        {{support team}}.
    """)),
    ("social_care", "incident", prose("""
        On [[date:21.01.2025]] in the evening I have given to [[name:Alfie-Jay]] ([[age:12]]) 6mg
        {{melatonin}} instead of 3mg. The new box from pharmacy was 2mg tablets but the {{MAR chart}} was
        still written for the old 1mg tablets x3 and I did not read the strength again, I counted three
        tablets like always. I realised when I was signing. I called {{111}} and they said to monitor him, he
        was only very sleepy and fine in the morning. I informed my manager Mrs [[name:Doyle]] and the
        {{on call manager}} and I wrote the incident on {{Clearcare}}. The {{GP}} was informed next day. I
        feel very bad about this. Now we have agreed that when the strength changes the old MAR line is crossed
        and re-written by two staff. [[name:Ionela]] - [[organisation:Brackenridge Lodge]]
    """)),
    ("social_care", "incident", block("""
        INCIDENT LOG - [[organisation:Fenwick Grove]] - [[date:17/08/24]]
        Staff on: [[name:Kasia]], [[name:S. Ruddock]] ([[name:Dom]] went home sick 21:40)
        22:05 [[name:LB]] in room, checks 15 min as per {{risk assessment}}
        22:20 check missed - staff dealing with [[name:Tyler]] in kitchen
        22:34 [[name:LB]] found with ligature (shoelace) round neck, responsive, talking. Removed with {{ligature cutter}}
        22:36 {{999}} called. {{First aid}} given by [[name:Kasia]]
        22:58 ambulance arrived, to A&E at [[organisation:Royal Calder Infirmary]] with [[name:Kasia]]
        23:10 {{EDT}} informed, {{placing authority}} informed
        01:40 [[name:LB]] discharged with {{CAMHS}} follow-up, back home 02:15
        NOTES: only 2 staff on after 22:00 because the 3rd waking night went home sick. {{Rota}} says 3 when [[name:LB]] is on 15 min obs. Nobody escalated. Need an on-call cover rule.
        entered by [[name:S. Ruddock]]
    """)),
    ("social_care", "success", prose("""
        From my {{Regulation 44}} visit to [[organisation:The Willows]] on [[date:5 February]]. I want to flag
        this as positive practice. Two of the young people spoke to me without staff present and both named
        their key worker, [[name:Anan]], as someone they trust. The house had clearly worked hard on the
        bedroom of the newest young person, [[name:Zainab]] ([[age:13]]), who had arrived at 9pm the week
        before after a foster placement broke down: a welcome pack, toiletries she actually uses, her name on
        the door in the style she chose. Records of {{sanctions}} were short and restorative. The
        {{missing from care}} log matched the police log. One thing to improve: the {{complaints leaflet}} is
        only in English. Mrs [[name:H. Gillespie-Ward]], {{independent person}}
    """)),
    ("social_care", "near_miss", block("""
        [Teams chat - [[organisation:Rowan Lodge]] staff]
        [[name:bex_rsw]] 16:02: anyone know who the man in the red {{Corsa}} is?? says hes [[name:rio]]'s uncle
        [[name:dan.m]] 16:03: not on the contact list. dont let her go
        [[name:bex_rsw]] 16:03: shes already got her coat on
        [[name:dan.m]] 16:04: stall her, im ringing {{EDT}}
        [[name:bex_rsw]] 16:05: reg is [[vehicle_registration:YR68 KFE]]
        [[name:dan.m]] 16:11: SW says NO contact with any uncle, {{care plan}} updated tues but not sent to us
        [[name:bex_rsw]] 16:12: ok shes gone up to her room not happy but safe
        [[name:dan.m]] 16:20: logged it. will raise at {{handover}} that the {{placing authority}} sends changes to the office inbox nobody checks at weekends
    """)),
    ("social_care", "incident", prose("""
        [[name:Brook]] ([[age:17]]) left a pan of oil on the hob in her studio at
        [[address:Unit 4, 12 Quayside Walk]], [[postcode:SR1 3PJ]] and went to the shared laundry. The
        {{smoke detector}} went off and the concierge, [[name:Wiktor]], used the {{fire blanket}} and got
        everyone out. {{Fire and Rescue}} attended and were happy nobody needed treatment. Things that went
        wrong: the hob had no {{auto shut-off}} even though her {{independent living skills}} assessment said
        she was not ready to cook unsupervised with oil, and her cooking sessions with staff had been
        cancelled twice due to staffing. Things that went right: [[name:Wiktor]] knew exactly where the
        blanket was because of the drill we did on [[date:30/10/24]]. Action: all studio hobs to be fitted
        with timers. [[name:Brook]] has agreed to cook with staff on Wednesdays.
        [[name:Jas]] ({{team leader}})
    """)),
    ("social_care", "success", prose("""
        Wanted to put this on the learning system because it is a good example of things going right over a
        long time. [[name:Ellis]] came to us aged [[age:11]] after six placement moves in two years. His
        {{EHCP}} had not been reviewed and he had been out of school for most of {{Year 6}}. The
        {{virtual school}} head, Ms [[name:Abara]], got him a place at [[organisation:St Bede's Catholic High]]
        and came to every {{PEP}} meeting in person. His {{IRO}}, [[name:Mark Ellison]], insisted that nobody
        moved him again without a proper disruption meeting, and when things got hard last spring we held one
        instead of giving notice. The staff team used a consistent bedtime routine written with
        [[name:Ellis]] himself, and [[name:Carys]] on nights did reading with him every evening she was on.
        He is now [[age:13]], in Year 8, with 96% attendance and a place in the school football team. His
        {{social worker}} changed three times but the home and school stayed the same, and I think that is
        the lesson. {{Registered manager}}, [[name:Gareth Pryce-Jones]]
    """)),
    ("social_care", "incident", block("""
        LEARNING SYSTEM ENTRY
        Ref: [[case_reference:SA-2025-0188]]
        Service: [[organisation:Northgate Supported Lodgings]]
        Date of incident: [[date:11 April 2025]]
        Type: {{Data breach}}
        Summary: A letter for young person [[name:K.O.]] (DOB [[date_of_birth:23/06/2008]]) showing her {{National Insurance}} number [[ni_number:JT 48 27 91 B]] and her {{Universal Credit}} claim details was put under the door of the wrong flat at [[address:14 Northgate Terrace]] (flat 6 instead of flat 9). The other tenant brought it to the office next day, opened. [[name:K.O.]] upset, worried about her ex-partner who visits the building.
        Immediate action: apologised, informed {{Data Protection Officer}} and her {{personal adviser}}. {{ICO}} threshold assessed - not reportable.
        Why: post sorted by agency staff using a paper list 3 weeks out of date.
        Change: flat list now printed from the system weekly and signed.
        Reported by: [[name:Ama Boateng]], {{Project Worker}}
    """)),
    ("social_care", "near_miss", prose("""
        Near miss po with allergy. [[name:Joy]] ([[age:15]]) has severe {{peanut allergy}}, it is in her
        {{care plan}} and on the kitchen board. On Friday the staff ordered Thai takeaway for movie night as
        treat and the order was written "no nuts" in notes but when the food came the satay sauce was there
        in separate pot. I saw it before it was open and I removed it and called the restaurant, they said the
        curry also have peanut in the paste. So we did not give her that curry, we made pasta. Her
        {{EpiPen}} was in the office not in her bag, which is also wrong, she must carry it. Learning: no
        takeaway for young people with allergy unless the {{shift lead}} checks the menu and calls the shop. I
        told {{deputy}} [[name:Carlo]] already. [[name:Marites D.]], [[organisation:Copperbeech House]]
    """)),
    ("social_care", "success", block("""
        2am return from missing. [[name:Dawn]] on {{EDT}} was brilliant, stayed on the phone while we waited for police, sorted an {{emergency placement}} check for the other {{YP}} too. Pls pass thanks to her {{team manager}}.
        [[name:Leon]] was fine, warm drink + bed. {{RHI}} to be booked.
        - [[name:Nat]]
    """)),
    ("social_care", "incident", prose("""
        I am reporting myself really, because I think I got this wrong. [[name:Sunny]] ([[age:16]]) moved on
        to another provider on [[date:28th Nov]] and a few days later messaged me on {{Snapchat}} from a new
        account asking if I could lend her £20 for gas. I replied to say I couldn't and to speak to her new
        staff, but I did reply from my personal phone, which is against our
        {{professional boundaries policy}}. I then told my manager, [[name:Olu]], who said I had done the
        right thing by telling her, and we informed the new provider and her {{social worker}}. I have
        blocked the account. Looking back, at the {{ending}} I should have been clearer with [[name:Sunny]]
        about contact, and our {{leaving care}} paperwork doesn't cover social media at all. Suggest we add
        it. [[name:Becca Tranter]], {{RSW}}, [[organisation:Hawthorn Children's Services]]
    """)),
    ("social_care", "success", block("""
        Subject: New admission - [[name:Aarav]] - handover notes
        Date: [[date:Thu 6 June 2024]]

        Hi all,
        [[name:Aarav]] (DOB [[date_of_birth:14.03.2011]]) moves in tomorrow. He is {{autistic}} and finds noise very hard so:
        - quiet room at end of corridor, {{blackout blinds}} fitted today thanks [[name:Sol]]
        - ear defenders + {{weighted blanket}} already in room
        - visual timetable on door
        School is [[organisation:Moorgate Academy]], {{SENCO}} Mrs [[name:Quigley]] [[phone:0113 496 0782]]. She has sent his sensory profile, please read before shift.
        {{Social worker}} is Ms [[name:Chaudhry]], duty line [[phone:0113 496 0115]].
        {{Transition visit}} Tuesday went really well, he chose his own duvet.
        Thanks,
        [[name:Meg]]
        {{Deputy Manager}}, [[organisation:Ashdown House]]
    """)),
    # ------------------------------------------------------------------ health
    ("health", "incident", prose("""
        Patient brought to the {{136 suite}} at [[organisation:Fernlea Unit]] on [[date:Sat 12 Oct]] at 14:20
        by PC [[name:Hollis]] and PC [[name:Akhtar]] under {{Section 136}}. No {{AMHP}} was available until
        23:50 and the {{Section 12}} doctor arrived at 00:30, so the assessment did not start until nearly ten
        hours after arrival. The officers stayed the whole time because the suite was not staffed by us and
        the patient, Mr [[name:Nowak]] ([[age:42]]), was agitated. He had not eaten and we only found out at
        19:00 he is diabetic - his blood sugar was 3.1. Glucose given, recovered. Nobody had done basic
        {{physical observations}} because everyone thought someone else had. NHS no
        [[nhs_number:364 211 2064]]. Learning: the suite needs a named nurse from arrival, not from when the
        AMHP turns up, and physical obs at arrival regardless. Police ref [[case_reference:CR/1187/24]].
        [[name:Fiona L.]], {{Band 6}}, {{bleep holder}}
    """)),
    ("health", "near_miss", block("""
        phone note - [[organisation:Beech Ward]]
        pt [[name:DW]] on {{clozapine}} 300mg, missed 3 days when on {{leave}}. Day staff about to give usual dose on return. Ward pharmacist [[name:Ngozi]] spotted it on {{EPMA}} - >48h missed means {{re-titration}} from 12.5mg. Dose held, {{RC}} informed, plan written. Could have been v serious. Pls add a missed dose alert to the leave checklist.
        - [[name:Ravi]]
    """)),
    ("health", "success", prose("""
        I want to record a good outcome on [[organisation:Kingfisher PICU]] on the late shift of
        [[date:22/03/2025]]. A young man admitted that morning became very distressed in the corridor,
        shouting that staff were poisoning him and holding a chair. Three of us arrived and the
        {{team leader}}, [[name:Kwame]], asked everyone else to step back and clear the corridor so there was
        no audience. He spoke quietly, offered him a choice of the garden or his room, and used the
        {{Safewards}} 'talk down' approach he teaches on our {{PMVA}} course. [[name:Shauna]] got his brother
        on the phone, who he trusts, and put him on speaker. After about fifteen minutes he put the chair down,
        went to the garden and accepted oral {{lorazepam}} as his {{PRN}}. No {{restraint}}, no
        {{rapid tranquillisation}} injection, nobody hurt. In the debrief we talked about why this worked:
        one person speaking, time, giving him something to say yes to, and the family link. The patient
        later said the tall guy didn't shout at me. I think what [[name:Kwami]] did deserves sharing trust-wide.
        [[name:Ewa Zielinska]], {{Ward Manager}}
    """)),
    ("health", "incident", block("""
        DATIX [[case_reference:W-88214]]
        Ward: [[organisation:Linnet Ward]] (female acute)
        Date/time: [[date:04/05/2025]] 03:15
        Patient: [[name:AKINYEMI]], [[name:Rose]]  NHS [[nhs_number:2773204948]]  DOB [[date_of_birth:19/09/1996]]
        Obs level: {{Level 2}} intermittent, every 15 mins
        What happened: On the 03:15 check pt found in en-suite with a ligature tied to the shower hose. Hose should have been removed under the {{environmental risk assessment}} done after the {{ligature audit}}, but estates had refitted it during a repair on Thursday. Ligature cut with {{ligature knife}}, pt conscious, {{NEWS2}} 1, seen by {{duty doctor}}. Obs increased to {{Level 3}}.
        Contributory: estates job not flagged to ward; night staff 2 bank, 1 substantive.
        Reported by: [[name:Abdi Warsame]] {{RMN}}
    """)),
    ("health", "incident", prose("""
        Patient Mr [[name:Daniel Okoro]] ([[age:29]]) was granted {{Section 17 leave}} of 1 hour unescorted
        in the grounds on [[date:14th of January]] at 15:00. He did not return at 16:00. As per policy we
        searched the grounds, called his mobile [[phone:07700 900731]] and his mother, and informed the
        {{nurse in charge}}. A visitor told us he got into a taxi, reg [[vehicle_registration:LN21 OPX]]. He is
        detained under {{Section 3}} so he was reported {{AWOL}} to police at 16:45, ref
        [[case_reference:PR-0114-0392]]. He came back himself at 21:30 with his friend, intoxicated with
        alcohol. Kindly note that the leave form did not have the description of his clothes filled in, and
        his photo on {{RiO}} was from his 2019 admission, so police would have difficulty. Also the
        {{risk assessment}} before leave was not updated after his tribunal. We have now made the leave
        checklist mandatory before any leave goes. Regards, [[name:Sreeja Nair]], {{Staff Nurse}},
        [[organisation:Ash Ward]]
    """)),
    ("health", "success", prose("""
        Shout out to a pt's {{sister}} who brought in a full list of his meds from
        [[organisation:Tolworth Lane Surgery]] in a plastic wallet when he came in on a {{Section 136}} at
        2am. Meant we did {{med rec}} straight away and didn't miss his {{lithium}} level. Her name is
        [[name:Maryam]], she said she keeps it in her handbag for crises. Genius. Suggest we give families a
        template to add to the {{crisis plan}}. - [[name:jo p]]
    """)),
    ("health", "near_miss", prose("""
        Near miss during a {{rapid tranquillisation}} on [[organisation:Heron Ward]]. Two patients with
        similar surnames, [[name:Ahmed]] and [[name:Ahmadi]], both on IM {{lorazepam}} PRN. The nurse drew up
        the dose from the chart for the wrong one in the clinic room because both charts were open on the
        counter. At the two-person check [[name:Grace]], our {{student nurse}}, read out the name and date of
        birth from the wristband and it didn't match. Dose discarded and redrawn. Neither patient harmed.
        Learning: only one chart open in the clinic room at a time, and the wristband check is not optional
        even in an emergency. Also thank you [[name:Grace]] for speaking up, as a student that takes
        confidence. {{NEWS2}} and {{physical health monitoring}} after RT were done correctly.
        [[name:L. Marchetti]], {{Charge Nurse}}
    """)),
    ("health", "incident", block("""
        From: [[email:lucy.harding@nhs-trust.example.nhs.uk]]
        To: [[email:ig.team@nhs-trust.example.nhs.uk]]
        Subject: Discharge letter sent to wrong practice

        Hi {{IG team}},
        Discharge summary for our patient (NHS [[nhs_number:118 448 3310]]) from [[organisation:Wren Ward]] was emailed yesterday to [[organisation:Millbrook Medical Centre]] instead of [[organisation:Millbank Health Centre]]. Both come up when you type 'Mill' in the {{NHSmail}} address book. It included his {{Section 3}} history and forensic history. [[organisation:Millbrook]]'s practice manager, [[name:Derek]], phoned me straight away, deleted it and confirmed by email. I've informed the patient and his {{care coordinator}}. Datix [[case_reference:W-88301]].
        Suggest we add a GP practice {{ODS code}} check to the discharge checklist.
        Thanks
        [[name:Lucy Harding]]
        {{Discharge Coordinator}} | [[phone:0161 496 0238]]
    """)),
    ("health", "success", prose("""
        The {{street triage}} car (nurse plus officer) was called by police on [[date:Fri 20 December]] to a
        woman standing on the footbridge over the ring road. Instead of a {{Section 136}} and a trip to the
        suite, our nurse [[name:Hunter]] talked with her for forty minutes, she agreed to come down, and went
        voluntarily to [[organisation:The Lantern Crisis Café]] where her friend met her. The
        {{crisis team}} saw her at home next morning. Nobody detained, the suite stayed free for someone who
        needed it, and she told the {{home treatment team}} that being listened to was the reason. What made
        it work: the triage car was on shift and not tied up with a transport, and [[name:Hunter]] knew the
        café's late opening times. We want to protect the triage car hours when the budget is reviewed
        {{in April}}. [[name:Chidi Eze]], {{Team Leader}}, [[organisation:Northshire Street Triage]]
    """)),
    ("health", "incident", prose("""
        At 02:40 on [[date:9/2/25]] a patient on [[organisation:Poppy Ward]] (older adults), Mrs
        [[name:Edna Barraclough]], aged [[age:81]], NHS [[nhs_number:712 039 3952]], was found on the floor by
        her bed. She had hit her head on the locker. Night staff helped her up with the {{hoist}} and she
        seemed fine so she was put back to bed. {{Neuro obs}} were not started because nobody on nights knew
        she was on {{apixaban}}, it was not on the handover sheet. The {{day team}} noticed a bruise and
        confusion at 08:00 and sent her to A&E; CT showed a small bleed and she is being managed
        conservatively. Contributing: the handover sheet has no anticoagulant box; two of three night staff
        were agency; the {{falls sensor}} was in the cupboard not on the bed. The {{post-falls protocol}} is
        now on a laminated card in the office. [[name:Yusuf]], {{Deputy Ward Manager}}
    """)),
    ("health", "near_miss", block("""
        WhatsApp - bed mgmt group (copied with permission)
        [[name:Tash]] (Bed Mgr) 18:02: male pt from {{136}} going to [[organisation:Sandpiper Ward]] bed 4
        [[name:Kofi]] 18:05: [[organisation:Sandpiper]] is female only tonight?? we flipped it on tues
        [[name:Tash]] (Bed Mgr) 18:06: system still says mixed
        [[name:Kofi]] 18:06: def not. 14 women on the ward
        [[name:Tash]] (Bed Mgr) 18:09: ok sorry!! [[organisation:Curlew Ward]] then, will ring them
        [[name:Kofi]] 18:10: np. pls get the {{bed state}} updated or it'll happen again
        Comment added by [[name:K. Mensah]] for learning: a {{single sex accommodation}} breach was avoided only because I happened to read the group. Ward gender changes must be updated on {{the bed board}} the same shift by the {{ward manager}}.
    """)),
    ("health", "success", prose("""
        Because there were no {{Tier 4}} {{CAMHS}} beds nationally, a [[age:17]]-year-old girl,
        [[name:Lily-Mae]], was admitted to [[organisation:Kestrel Ward]] (adult acute) on
        [[date:2nd August 2024]] under {{Section 2}}. This is never what anyone wants, but I want to record
        how well the team managed it. Within an hour the {{ward manager}}, [[name:Precious Moyo]], had moved
        two patients so [[name:Lily-Mae]] had a bedroom next to the nursing office, put her on
        {{enhanced observations}} with female staff only, and rang the {{safeguarding team}}. {{MASH}} were
        informed the same day. The adolescent consultant, Dr [[name:Oyelaran]], did a joint review with our
        {{RC}} the next morning, and her college, [[organisation:Priestley Sixth Form College]], sent work in
        so she didn't fall behind. Her {{mum}} was allowed extended visiting in the family room. She was
        transferred to an adolescent unit after six days with no incidents. What helped: a written checklist
        for under-18 admissions that [[name:Precious]] wrote after the last one, so nobody had to think from
        scratch at 11pm. Submitted by [[name:Tom Whitlock]], {{Modern Matron}}
    """)),
    ("health", "incident", prose("""
        {{HCA}} [[name:Bill Turnbull]] was punched in the face by a patient during {{meal time}} on
        [[organisation:Osprey Ward]] on [[date:Wed 16th April]]. The patient had been refused a second
        dessert. [[name:Bill]] needed stitches to his eyebrow at A&E. Police attended and gave a crime number,
        [[case_reference:14/66721/25]]. What went wrong: the patient's {{risk formulation}} mentioned
        food-related aggression but this wasn't in the {{safety plan}} summary the bank staff read at
        handover, and only one member of staff was in the dining room. What went right: the {{alarm}} system
        worked and the {{response team}} arrived within a minute; [[name:Bill]] had a
        {{post-incident debrief}} the same day and was offered {{TRiM}} and occupational health. The patient
        was not secluded and was seen by the {{RC}} the next day. [[name:Hamid]], {{Ward Manager}}
    """)),
    ("health", "success", block("""
        Discharge planning - Mr [[name:F. Adebayo]], [[organisation:Thornbury Unit]]
        [[date:01/07]] - {{Section 117}} aftercare meeting booked 4 weeks before planned discharge (first time we've managed this)
        [[date:08/07]] - housing officer [[name:Sandra Kealey]] attended ward round in person
        [[date:15/07]] - {{supported accommodation}} viewing at [[address:3 Holm Court]], [[postcode:WF1 4LD]], pt liked it
        [[date:19/07]] - {{PIP}} form sent, NI no [[ni_number:NP316604D]]
        [[date:22/07]] - {{depot}} clinic transferred to community, first appt booked
        [[date:29/07]] - discharged, {{CPN}} [[name:Rhiannon]] visited same afternoon
        No readmission at 90 days. Key: starting s117 planning on day one, not the week before discharge.
        - [[name:Marguerite]], {{Occupational Therapist}}
    """)),
    ("health", "near_miss", prose("""
        Yesterday visitor come to see patient on [[organisation:Finch Ward]] and in the bag search I find a
        {{lighter}} inside the packet of tissues, and also a {{disposable vape}}. The visitor said she forgot.
        Patient is on {{Level 3}} observation after fire setting in the past. The bag search was only done
        because I ask again, my colleague already say "she is OK, she come every day". If lighter go in the
        ward it can be very serious. Please all staff must search bag every time, even the regular visitors,
        and not only the first time. I also think we need sign at the entrance about {{restricted items}}.
        Written by [[name:Agnieszka]] ({{HCA}}), night of [[date:7.11]].
    """)),
    ("health", "incident", block("""
        {{136 suite}} [[organisation:Brookside]] - {{maglock}} on inner door failed open at 04:10, pt walked into staff corridor. no harm, {{security}} + police brought him back.
        {{estates}} say known fault, job no [[case_reference:EST-55102]] raised 3 wks ago!! please escalate to {{facilities}}
        [[name:Gio]]
    """)),
    ("health", "success", prose("""
        Positive practice from a {{seclusion}} episode on [[organisation:Merlin PICU]]. Mr
        [[name:Abdirahman]] ([[age:34]]) speaks Somali and limited English. Previous seclusion reviews had
        been done in English with him just nodding. This time the {{nurse in charge}}, [[name:Faisal]], booked
        a face-to-face interpreter from [[organisation:LinguaBridge]] for the {{medical review}} and the
        {{MDT review}}, and rang his wife so she could explain what seclusion is and why. The
        {{Code of Practice}} says reviews must be meaningful and this was the first one that was. He came out
        after 7 hours instead of the usual 20+, and later asked for the same interpreter at his
        {{Tribunal}}. The cost of an interpreter is much less than the cost of a longer seclusion.
        Dr [[name:Hannah Ivers]], {{Consultant Psychiatrist}}
    """)),
    # ------------------------------------------------------------------ aviation
    ("aviation", "incident", prose("""
        During departure from Farnborough on [[date:18 Jun 2024]], flight [[flight_number:WFX21K]]
        ({{Citation XLS+}}, [[aircraft_registration:G-WRFX]]), we had level bust on the SID. Cleared to 2400 ft
        but the altitude preselector was set 4000 from the previous sector, I was PM and did not cross-check
        after the captain changed the {{FMS}}. Autopilot did not capture and captain saw the ALT flashing late,
        we went to 2700 and {{ATC}} ask us to descend immediately. No traffic conflict. {{MOR}} made by company.
        For me the lesson is: after every clearance both pilots point at the {{altitude selector}} and read
        it. Also in our {{SOP}} the briefing for SID altitudes is not strong enough, we brief the route but not
        the stop altitude. [[name:Mathieu Lefèvre]], {{First Officer}}, [[organisation:Wrenfield Executive]]
    """)),
    ("aviation", "near_miss", block("""
        Quick report from the ramp.
        Fuel bowser turned up to our {{Baron}} [[aircraft_registration:G-BKMN]] with {{Jet A-1}}, driver had the work order for the {{King Air}} parked next to us. Stopped him before the nozzle went in.
        Order sheet had both tails on it with the stand numbers swapped. FBO = [[organisation:Oakhurst Jet Centre]], driver very apologetic. {{Avgas}} now uplifted correctly.
        [[name:Sione]], {{capt}}
    """)),
    ("aviation", "success", prose("""
        Air taxi flight [[flight_number:NLT802]] from Luton to Nice on [[date:27/07/2024]], {{Phenom 300}}
        [[aircraft_registration:G-NLTX]], 5 pax. About 40 minutes after departure one passenger, a man in his
        [[age:60s]], became pale and sweaty with chest pain. The FO, [[name:Ines Carvalho]], went back with
        the {{AED}} and the first aid kit while I flew. Another passenger turned out to be a nurse and helped.
        We used the ground medical advice service through our ops desk at
        [[organisation:Northlight Air Charter]] ([[phone:+44 1632 960417]]) and diverted to Paris Le Bourget
        with a {{PAN}} call. ATC were excellent and gave us direct routing. An ambulance met the aircraft. The
        passenger had a heart attack and had a stent the same evening; his family wrote to thank us. Good
        points: diversion briefing pages in the {{EFB}} meant the FO had the airport info ready, and we had
        done {{CRM}} recurrent with a medical scenario only {{in May}}. Improvement: the {{first aid kit}} had
        no aspirin. Capt [[name:Rob Haskins]]
    """)),
    ("aviation", "incident", block("""
        From: [[email:crewing@skyharbour-exec.example.com]]
        To: [[email:safety@skyharbour-exec.example.com]]
        Subject: FDP exceedance [[date:09/01/25]] - [[aircraft_registration:M-SKYH]]

        Hi [[name:Dominic]],

        Reporting an {{FDP}} exceedance. Crew [[name:J. Van der Merwe]] / [[name:A. Okonkwo]] operated {{Challenger 350}} [[aircraft_registration:M-SKYH]] Biggin Hill-Geneva-Biggin Hill on the 9th. After a client delay in Geneva the crew were at 13:10 FDP on blocks against a max of 13:00.
        {{Commander's discretion}} was not formally used because our rostering software ({{Leon}}) showed the max FDP as 13:30 - an extension flag had been left on from a previous split duty. Discretion report now filed late. Crew well rested next day. We have asked the vendor to check the flag logic.

        Regards,
        [[name:Ashleigh]] ({{Crew Controller}})
    """)),
    ("aviation", "near_miss", prose("""
        {{King Air 350}} [[aircraft_registration:G-OKAT]] positioning from Oxford to Gloucester, VFR due to a
        flight plan issue, me single pilot. I was using the {{moving map}} on {{SkyDemon}} but the tablet had
        overheated and frozen on the glareshield without me noticing. The {{LARS}} controller called to say I
        was two miles from the Brize CTR boundary at 2,300 ft and asked if I was aware. I was not. Turned away
        immediately, no infringement. Lessons: a frozen map looks exactly like a working map; I now have a
        frozen-map check in my scan and a paper chart ready. Thank you to the LARS controller.
        [[name:P. Ssempala]], {{pilot}}, [[organisation:Cotswold Air Taxi]]
    """)),
    ("aviation", "success", prose("""
        Snow at Leeds, client wanted to go at 06:00 sharp. {{Type II fluid}} applied at 05:40 but the
        {{slot}} was delayed 50 min and the {{holdover time}} ran out. Client's {{PA}} phoned ops twice to push.
        Captain [[name:Kasim]] refused to go without a second de-ice. {{Ops manager}} [[name:Harriet]] backed
        him completely. Good culture. - {{dispatcher}}, [[organisation:Aire Jet Charter]]
    """)),
    ("aviation", "incident", prose("""
        On the flight [[flight_number:AXT417]] from Farnborough to Ibiza [[date:2 August]], {{Learjet 45}}
        [[aircraft_registration:G-AXTL]], a passenger's {{power bank}} start to smoke inside his bag in the
        cabin. The passenger shouted and the captain [[name:Oliver Stanhope]] asked me to go back. I poured
        water from the bottles on the bag and then put it in the {{thermal containment bag}} as per the
        {{QRH}} procedure. The smoke stopped in two minutes. We declared {{MAYDAY}} and landed in Bordeaux.
        Nobody injured. The passenger had four power banks in the bag; the briefing about
        {{dangerous goods}} was only a sign on the wall in the FBO. I think we must ask each passenger
        directly before boarding. Thank you, [[name:Thiago Nunes]], {{F/O}}
    """)),
    ("aviation", "success", block("""
        TECH LOG / ENGINEERING NOTE
        A/C: [[aircraft_registration:G-CLVR]] ({{PC-12}})
        Date: [[date:14-Feb-2025]]
        Defect: right {{pitot heat}} inop, deferred by line station under {{MEL}} item 30-31-01 Cat C
        Finding: on review [[name:Raj]] at {{CAMO}} noticed the item does not permit dispatch into known icing, and the next sector ([[flight_number:CLV9T]]) was planned through forecast icing.
        Action: flight held, heater element changed by [[organisation:Tayside Aero Engineering]] same day, aircraft released 16:20.
        Comment: this is the system working. Thanks [[name:Raj]].
        Signed: [[name:Eilidh Fraser]], {{Continuing Airworthiness Manager}}
    """)),
    ("aviation", "incident", prose("""
        While towing [[aircraft_registration:G-HBMT]] ({{Citation CJ4}}) into the hangar at
        [[organisation:Harbridge Aviation]] on [[date:Sunday 10th November]], the right wingtip contacted the
        hangar door frame. Two wing walkers were required by our {{ground ops manual}} but only one,
        [[name:Conor]], was available because the other had gone to marshal an arrival. The tug driver,
        [[name:Lukasz]], went ahead because the aircraft was needed first thing. Damage to the {{wingtip}}
        and {{nav light}}; aircraft out of service 4 days. Nobody hurt. We are not blaming [[name:Lukasz]], he
        was under time pressure and we all knew the hangar door marks were faded. Actions: repainted guide
        lines, a hard rule of no tow without two walkers, and a spare {{tow bar}} radio.
        [[name:W. Ashdown]], {{Ground Operations Lead}}
    """)),
    ("aviation", "near_miss", block("""
        [Crew WhatsApp - copied for report]
        Capt [[name:Ade]] 07:12: {{TODA}} from B2 is 1490m, our calc needs 1520 at this weight, we need full length
        [[name:Mirela]] 07:13: ahh I used full length numbers in the {{EFB}} sorry, will redo
        Capt [[name:Ade]] 07:13: no worries, good catch to compare, tower offered B2 to save time
        [[name:Mirela]] 07:15: redone - full length only. informing tower
        Note from [[name:Mirela Popescu]] for the report: {{ATC}} offered the intersection and we nearly accepted before I had checked. Aircraft [[aircraft_registration:OE-GMZ]], {{Phenom 300}}, 5 pax, warm day. The {{performance app}} keeps the last runway entry, which was full length. Suggest it defaults to blank.
    """)),
    ("aviation", "success", prose("""
        Good catch by our {{handling agent}}. Before [[flight_number:KSR58]] to Geneva on [[date:19 Dec]],
        [[name:Mandla]] at the {{FBO}} desk compared passports with the {{APIS}} submission and found that the
        passenger listed as [[name:Sophie Delacroix-Brandt]], DOB [[date_of_birth:30/04/1987]], was travelling
        on a passport showing [[date_of_birth:03/04/1987]] - the day and month had been swapped when our
        {{sales team}} typed it from a phone photo. Corrected and resubmitted 40 min before departure; no
        delay. Without this the passenger could have been refused entry and we could have been fined. We now
        copy passport data directly from the scan and never retype. [[name:Kat]], {{Ops Controller}},
        [[organisation:Kestrel Sky]]
    """)),
    ("aviation", "incident", prose("""
        I am filing this under {{fatigue}}. Report date [[date:2/3/25]]. We were rostered a 06:30 report for a
        positioning leg to Edinburgh then a charter to Palma with [[name:Dawit Haile]] as captain and me as FO
        on [[aircraft_registration:G-EBAZ]] ({{Citation Sovereign}}). The slot was delayed three hours by
        Palma {{ATFM}} and the client then added a stop in Jersey. By the final approach into Biggin Hill at
        22:40 I had been awake for 19 hours. During the approach I missed the 1000 ft call and [[name:Dawit]]
        had to prompt me twice for the gear. We landed stable but I was not fit to fly and I should have said
        so in Jersey. I didn't because I didn't want to be the one who stranded the client, and because the
        company was short of crew that week. [[name:Dawit]] has been supportive. I would like the company to
        remind crews that a {{fatigue report}} at an outstation is expected and supported, and to put a hotel
        booking card in the {{crew bag}}. [[name:Hollie Brennan]], {{First Officer}}
    """)),
    ("aviation", "success", block("""
        {{Walkround}} before 1st sector. {{GPU}} cable still plugged in under the nose and the {{ramp agent}} had gone. Would have been pulled out on {{pushback}}.
        Removed it, told [[organisation:Solent Handling]]. Pls add GPU to the {{door-closed check}}.
        [[name:F. da Silva]] [[aircraft_registration:2-FLYX]]
    """)),
    ("aviation", "near_miss", prose("""
        Flight [[flight_number:TVX302]], {{Phenom 100}} [[aircraft_registration:G-TVXA]], descending into
        Cambridge on [[date:Sat 8 June]] around 14:10, Class G, receiving a {{Traffic Service}}. Controller
        called traffic as multiple gliders, no height info; we were looking but didn't see them. Then a
        {{TCAS}} TA followed by an RA to climb for a transponding glider 300 ft below. Followed the RA, glider
        passed behind and under. Reported an {{Airprox}}, ref [[case_reference:UKAB 2024/118]]. Learning: our
        {{SOP}} allows descent through gliding areas at weekends without a minimum height; we will now stay
        above 5000 ft until clear of the known gliding sites on fine weekends. Well flown by [[name:Jonah]].
        Capt [[name:M. Kiprono]]
    """)),
    ("aviation", "incident", block("""
        From: [[name:Hélène Dubois]] <[[email:h.dubois@aerocuisine.example.fr]]>
        To: Ops <[[email:ops@starling-air.example.co.uk]]>
        Sent: [[date:Friday 25 October 2024]] 18:22
        Subject: Catering order [[case_reference:AC-77315]] - allergy

        Dear team,
        I am very sorry. For the flight today [[flight_number:SLG14]] Le Bourget to London City the order note said "1 pax severe {{sesame allergy}}". Our kitchen sent the {{hummus}} platter. Your {{cabin host}} [[name:Georgia]] read the label and did not serve it, but the passenger saw it and was very anxious. We have changed our process: allergy orders now go to a separate checker. My direct line is [[phone:+33 1 99 00 41 27]].
        Best regards,
        [[name:Hélène]]
        {{Customer Service Manager}}, [[organisation:AeroCuisine Paris]]

        Ops note ([[name:Gareth]]): near miss for the pax but an incident for us. [[name:Georgia]] followed {{SOP}} perfectly. Adding an allergy check to the pre-departure cabin checklist.
    """)),
    ("aviation", "success", prose("""
        Flight [[flight_number:EGJ71]] into Southampton, {{King Air 200}} [[aircraft_registration:G-EGJK]] air
        taxi, [[date:12 Jan]], gusty crosswind 24kt. On short final at 300 ft we were 15 kt fast and right of
        centreline after a gust. My FO [[name:Jess]] called unstable, go around, and I went around straight
        away, no argument, like we train. Second approach was fine. In the old days at my previous operator in
        Joburg the culture was to save it; here the {{stabilised approach criteria}} are clear and the FO
        knows she will be backed. I want to say thanks to [[name:Jess]] and to the {{training department}} for
        the {{go-around}} sessions in the {{sim}}. Capt [[name:Pieter Botha]],
        [[organisation:Solent Air Taxis]]
    """)),
]


def main() -> None:
    write_records(OUT, build_records("heldout-blind102", REPORTS))


if __name__ == "__main__":
    main()
