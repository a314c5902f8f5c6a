"""Held-out blind corpus 67: a combined health and social care trust in the North of England.

Setting: one integrated trust covering adult social care (home care, reablement, safeguarding,
AMHP work), district nursing, A&E, mental health wards and the medical room of a regional
airport; reports come from Datix-style forms, e-mails, chat logs, radio logs and free text.
Voice: ordinary mixed professional voices - carers, social workers, DNs, ED nurses, ward staff,
airport paramedics and ramp supervisors - with Northern turns of phrase, initials and nicknames.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from markup import block, build_records, write_records  # noqa: E402
from markup import flow as prose  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "corpus" / "heldout_blind67.jsonl"

REPORTS = [
    # ------------------------------------------------------------------ social care (17)
    ("social_care", "incident", prose("""
        [[organisation:Brightwater Home Care]] carer [[name:Bogdan Wiśniewski]] rang the
        {{Adult Social Care Front Door}} on [[date:04/03/2024]] worried about Mrs
        [[name:Edna Sutcliffe]] ([[age:87]]), [[address:14 Ovenden Terrace]], Halifax
        [[postcode:HX3 5QT]]. [[name:Edna]] told him her nephew had taken her bank card "to do the
        big shop" and she had not seen it for three weeks. Cash tin empty, fridge nearly empty.
        Nephew named as [[name:Craig Sutcliffe]], believed to drive a silver Astra
        [[vehicle_registration:YG17 KZD]]. Duty worker [[name:Aisha Bibi]] opened a
        {{Section 42}} enquiry (ref [[case_reference:ASC-SG-24-01187]]) and arranged a joint visit
        with the bank's vulnerable customer team. [[name:Edna]] has capacity re finances per the
        {{MCA}} assessment and wants the card cancelled but does not want [[name:Craig]] "in
        trouble". No {{Lasting Power of Attorney}} registered. [[name:Bogdan]] praised for
        noticing and for not confronting the nephew himself.
    """)),
    ("social_care", "near_miss", block("""
        NEAR MISS - DOMICILIARY MEDICATION
        Reported by: [[name:Shabana Akhtar]], {{Senior Carer}}, [[organisation:Kirkgate Care Services]]
        Date of event: [[date:11 January 2024]]
        Service user: Mr [[name:Leonard Hirst]], DOB [[date_of_birth:02/09/1938]], NHS [[nhs_number:116 764 9672]]
        What happened: blister pack delivered by [[organisation:Woodhouse Pharmacy]] had the teatime
        and bedtime slots swapped, so the {{zopiclone}} was in the teatime slot. Second carer
        [[name:Tomasz]] noticed the tablet looked different to the {{MAR chart}}. Not given.
        Pharmacist Mr [[name:Patel]] rang back within the hour and replaced the pack.
        Outcome: no harm. [[name:Leonard]] unaware. Learning shared at team huddle.
    """)),
    ("social_care", "success", prose("""
        Mr [[name:Gurdev Singh Bains]] ([[age:79]]) came home from [[organisation:St Wilfrid's
        Hospital]] on [[date:19 February]] after a fractured neck of femur, with four calls a day
        and a {{Zimmer frame}}. His one goal was to walk to the gurdwara on Sunday again.
        Reablement worker [[name:Jodie Marsden]] and {{OT}} [[name:Femi Adeyemi]] built the plan
        around that: stairs practice, a perching stool, then short walks to the corner shop with his
        grandson [[name:Arjun]]. By week five he was down to one call a day and on
        [[date:24/03/2024]] he walked the 400 yards with a stick and [[name:Jodie]] trailing
        behind. Package closed with no ongoing {{Care Act}} eligible needs. What helped: one named
        worker most days, goals written in his words, and [[name:Femi]] getting the grab rail
        fitted within 48 hours rather than the usual three weeks.
    """)),
    ("social_care", "incident", block("""
        From: [[name:Rhiannon Pryce]] <[[email:rhiannon.pryce@example.gov.uk]]>
        To: {{Information Governance}}
        Date: [[date:Tue 9 Apr 2024]] 16:42
        Subject: Data breach - assessment sent to wrong address

        Hi, reporting this straight away as per policy. At about 15:10 I emailed the draft
        {{Care Act}} assessment for Mr [[name:Yusuf Mahmood]] ({{Mosaic}} [[case_reference:3390217]])
        to his advocate [[name:Kath Brennan]] at [[organisation:Speak Up Wakefield]]. {{Outlook}}
        autofilled [[email:kbrennan@example.com]] instead of [[email:kath.brennan@example.org]] and
        I didn't spot it. The document has his address, diagnosis and his daughter's number.
        I've tried recall (failed), emailed the recipient asking them to delete it and phoned
        [[phone:01632 960418]], which went to voicemail. Team manager [[name:Simon Oduya]] is aware.
        I'll tell Mr [[name:Mahmood]] tomorrow in person.

        [[name:Rhiannon]]
        Social Worker
    """)),
    ("social_care", "near_miss", prose("""
        Near miss, home care rota. On [[date:2 May 2024]] the coordinator at
        [[organisation:Aire Valley Homecare]] texted the key safe code for Mrs
        [[name:Josephine Carr]] at [[address:3 Low Lane]], Horsforth [[postcode:LS18 5NJ]] to
        [[phone:07700 900317]] instead of the new carer's number [[phone:07700 900371]] (two digits
        transposed). Whoever got it replied "wrong number love" within ten minutes and the
        coordinator, [[name:Kerry-Ann Walsh]], rang the family straight away. Daughter
        [[name:Lisa]] changed the code the same evening. No entry to the property. Agency now sends
        codes only through the secure app, never by {{SMS}}. Flagged to the {{Duty Manager}} and to
        {{Contracts and Commissioning}} for information.
    """)),
    ("social_care", "success", prose("""
        Carer's assessment completed with [[name:Maureen Ashworth]] ("[[name:Mo]]"), [[age:71]],
        who cares for her husband [[name:Ken]] with {{Lewy body dementia}} in Todmorden.
        [[name:Mo]] said at the start she was "on her knees" and had not had a night's sleep since
        Christmas. Worker [[name:Hamza Iqbal]] linked her with the {{Admiral Nurse}} service and
        with [[organisation:Todmorden Carers Together]], and arranged a two-night respite stay at
        [[organisation:Fernlea Care Home]]. [[name:Mo]] rang on [[date:18 June 2024]] to say
        [[name:Ken]] had settled better than she feared and she had slept eleven hours. "First time
        I've felt like me in a year." Next review booked; emergency plan now written down and
        copied to the GP.
    """)),
    ("social_care", "incident", prose("""
        Resident Mr [[name:Albert Greenwood]] ([[age:84]], known as [[name:Bert]]) left
        [[organisation:Heathfield Lodge]] through the garden gate at approx 14:20 on
        [[date:17/03/2024]] while the keypad was being repaired. Missed at the 14:45 headcount.
        Senior on shift [[name:Grace Mensah]] rang 999 and gave police the {{Herbert Protocol}}
        form, which had an up-to-date photo. PC [[name:Hollings]] found him at Halifax bus station
        at 15:55, cold but unhurt, asking for a bus to the mill he worked at in the 1960s. Police
        log [[case_reference:WYP-20240317-0442]]. [[name:Bert]] has a standard {{DoLS}}
        authorisation; supervisory body informed next day. Learning: contractors must not leave
        the gate on the latch. The gate is now alarmed and the {{grace period}} on the door alarm
        cut from 60 to 10 seconds.
    """)),
    ("social_care", "near_miss", block("""
        Incident type: Near miss - moving and handling
        Location: [[address:22 Rishworth Road]], Ripponden [[postcode:HX6 4DR]]
        Date/time: [[date:08/02/2024]] 08:15
        Service user: Mrs [[name:Bernadette Quinn]]
        Staff: [[name:Olga Petrenko]], [[name:Dwayne Henry]] ([[organisation:Kirkgate Care Services]])
        Description: Mrs [[name:Quinn]] was being transferred bed to chair with the {{Sara Stedy}}.
        [[name:O.P.]] noticed the knee pad had been swapped for a smaller one from another
        client's kit. Transfer stopped before the lift. Checked against the
        {{moving and handling plan}}; correct pad found in the hall cupboard. No fall, no injury.
        [[name:D.H.]] rang the office the same morning.
        Action: equipment labelled per client; OT review requested via {{Single Point of Access}}.
    """)),
    ("social_care", "incident", prose("""
        Concern re self-neglect. Mr [[name:Desmond Okafor]], [[age:62]], lives alone at
        [[address:Flat 12, Ravensworth House, Harehills Lane]], Leeds [[postcode:LS8 3QB]].
        {{Housing officer}} reported a strong smell of gas and items piled against the cooker. On
        joint visit [[date:12.06.24]] with worker [[name:Paulina Nowak]], [[name:Des]] was polite
        but declined help; kitchen unusable, bedroom door blocked, tablets for {{type 2 diabetes}}
        unopened since April. Gas capped by the engineer the same day. [[name:Des]] has capacity
        to refuse a deep clean but agreed smaller steps: smoke alarm fitted, {{district nurse}} to
        check his feet, and weekly visits from [[organisation:Harehills Hoarding Support Group]].
        Held under the {{Multi-Agency Risk Management}} process. Case ref
        [[case_reference:LL-5521904]].
    """)),
    ("social_care", "success", prose("""
        [[name:Kayleigh Brook]] ([[age:24]]) moved into her {{Shared Lives}} placement with
        [[name:Pete]] and [[name:Sandra Illingworth]] in Keighley on [[date:1 July 2023]]. Before
        that she had three supported living breakdowns in two years. A year on she volunteers two
        mornings a week at a café run by [[organisation:Worth Valley Community Trust]], and
        [[name:Sandra]] says [[name:Kayleigh]] now makes the tea for all three of them on Sundays.
        Her {{Positive Behaviour Support}} plan has had no restrictive practices logged since
        October. Worker [[name:Babajide Ogundipe]] ("[[name:Jide]]") has stepped down to
        six-monthly reviews. [[name:Pete]]'s words at review: "She's just one of us now."
    """)),
    ("social_care", "incident", prose("""
        {{AMHP}} report. Mental Health Act assessment for [[name:Daniel Kowalczyk]] (DOB
        [[date_of_birth:30/11/1991]]) at his flat, [[address:7 Chapel Fold]], Batley
        [[postcode:WF17 7LU]], on [[date:22 January 2024]]. Warrant under {{Section 135(1)}}
        obtained as he would not open the door. Present: AMHP [[name:Fiona McAllister]],
        {{Section 12}} doctor Dr [[name:Ngozi Eze]], GP Dr [[name:Raza]], two officers. Entry
        delayed 90 minutes because the locksmith contract had lapsed and nobody on out-of-hours
        knew. [[name:Daniel]] became very distressed during the wait, hearing officers through the
        door. Admitted informally to [[organisation:Hawthorn Ward]] in the end. Issue raised:
        out-of-hours locksmith provision; [[name:Fiona]]'s view is that the delay increased risk.
        Ref [[case_reference:AMHP-24-0071]].
    """)),
    ("social_care", "near_miss", prose("""
        Near miss found at audit. [[name:Tariq Aziz]] employs two personal assistants through his
        {{direct payment}}. One PA, [[name:Jordan Lee Barraclough]] (NI
        [[ni_number:NH 72 05 61 B]]), started on [[date:05/08/2024]] before his {{DBS}} came back.
        The payroll service, [[organisation:Penny Lane Payroll]], had not flagged it because the
        DBS field was optional on their form. DBS came back clear on [[date:19/08/2024]].
        [[name:Tariq]] had been told the PA could start "as long as someone else was there",
        which is not our guidance. No harm, but personal care was done unsupervised for two weeks.
        Action: {{Direct Payments Team}} ([[email:dp.support@example.gov.uk]]) to re-issue the
        employer pack; [[organisation:Penny Lane Payroll]] have made the field mandatory.
    """)),
    ("social_care", "incident", prose("""
        Lone working incident. Support worker [[name:Lorraine Haigh]] visiting
        [[address:41 Sandal Avenue]], Wakefield [[postcode:WF2 7EX]] on [[date:Thurs 14th Nov]]
        was bitten on the forearm by the client's son's dog, a large XL-type called {{Tyson}}. The
        dog was meant to be shut in the back room per the risk note on the system but the son,
        [[name:Reece]], had let it out. [[name:Lorraine]] pressed her {{lone worker device}},
        drove herself to {{A&E}} and had a tetanus booster and {{co-amoxiclav}}. Off work three
        days. Manager [[name:Ade Ogunleye]] has suspended visits until a joint visit agrees a plan.
        Dog reported to police, ref [[case_reference:13241114-0887]].
    """)),
    ("social_care", "success", prose("""
        Discharge to assess went well for Mrs [[name:Rahima Begum]] ([[age:76]]), who speaks
        Sylheti only. The ward flagged the need early so a face-to-face interpreter, Mr
        [[name:Abdul Uddin]], was booked for the home visit on [[date:6 March 2024]] rather than
        relying on her son [[name:Shahid]]. That mattered: with Mr [[name:Uddin]] there, Mrs
        [[name:Begum]] said she did not want [[name:Shahid]] doing her personal care, which he had
        assumed he would. We set up female carers from [[organisation:Amanah Home Care]] twice
        daily instead. [[name:Shahid]] was relieved, to be honest. Four weeks on she is managing
        well and goes to the lunch club at [[organisation:Shah Jalal Community Centre]]. Learning:
        book interpreters for the first visit, not the review. {{Discharge to Assess}} pathway
        and {{Home First}} leads informed.
    """)),
    ("social_care", "near_miss", prose("""
        Near miss - records. Two records on {{Liquidlogic}} for [[name:Margaret Holroyd]]: one
        born [[date_of_birth:14/07/1940]] at [[address:9 Wharf Street]], Sowerby Bridge, the other
        born [[date_of_birth:14/07/1946]] at [[address:Flat 3, Milner Court]], Elland. Duty worker
        [[name:Chen Wei]] was about to log a {{safeguarding concern}} on the wrong one (ref
        [[case_reference:LL-2087714]] instead of [[case_reference:LL-2087741]]) when she noticed
        the NHS number, [[nhs_number:943 024 0277]], did not match the GP letter. Records team
        confirmed two different women. Both now flagged "similar name - check DOB and NHS number"
        and the {{Duty}} desk reminded to use three identifiers.
    """)),
    ("social_care", "incident", block("""
        Teams chat, Calls Team North, copied into incident form by the coordinator.
        [09:02] [[name:Sunita Rao]]: morning, anyone heard from [[name:Gav]]? he was due at Mr [[name:Bottomley]]'s for 8
        [09:04] [[name:Mark Teale]]: not me. mr [[name:B]] rang the office, no one's been, he's not had his {{metformin}} or breakfast
        [09:05] [[name:Sunita Rao]]: ringing [[name:gav]] now [[phone:07700 900652]]
        [09:11] [[name:Sunita Rao]]: no answer. can you go [[name:Mark]]?
        [09:12] [[name:Mark Teale]]: on way
        [09:40] [[name:Mark Teale]]: with him now, fine but shaky, {{BM}} 4.1, had toast and tea
        [10:15] [[name:Sunita Rao]]: [[name:Gav]]'s car broke down on the {{A629}}, phone died. he's ok
        Missed call logged [[date:20/09/2024]]. No harm. Carers to ring the office if they can't make a call.
    """)),
    ("social_care", "success", prose("""
        Six-month falls project at [[organisation:Moorview House]] has brought falls down from 31
        to 12. Led by deputy manager [[name:Joy Akinola]] with physio [[name:Rob Entwistle]] from
        the [[organisation:Calder Valley Falls Service]]. Every resident had a {{multifactorial
        falls assessment}}, twelve did the {{Otago}} strength and balance programme, and the
        visiting pharmacist stopped {{amitriptyline}} for four people. Mr [[name:Ivor Pugh]]
        ([[age:91]]), who had fallen nine times last winter, has not fallen since
        [[date:2 November 2023]]. His daughter [[name:Carys]] said he is "brighter and back doing
        the crossword". [[name:Joy]] presented the work at the trust's quality day.
    """)),
    # ------------------------------------------------------------------ health (17)
    ("health", "incident", block("""
        Datix ref: [[case_reference:W218830]]
        Category: Pressure ulcer - Category 3 (community acquired)
        Patient: [[name:Harold Pickles]], NHS No [[nhs_number:211 743 6900]], age [[age:88]]
        Team: [[organisation:Brighouse Neighbourhood Team]]
        Reporter: [[name:Siobhan Kearney]], {{Band 6}} DN
        Summary: heel ulcer found on [[date:15/01/2024]] at first visit after a 10-day gap.
        Discharged from {{Ward 9}} with {{Waterlow}} 18 but no heel offloading and no referral on
        {{SystmOne}} until day 8. Wife [[name:Doreen]] unaware of need to reposition.
        Immediate actions: {{Repose}} boots, {{PURPOSE-T}} completed, tissue viability referral, daily visits.
        RCA: discharge letter went to the wrong neighbourhood team inbox.
        Duty of candour: discussed with Mr [[name:Pickles]] and [[name:Doreen]] [[date:16/01/2024]].
    """)),
    ("health", "near_miss", prose("""
        Near miss. HCA [[name:Precious Moyo]] was about to give Mrs [[name:Farzana Hussain]] her
        morning {{Lantus}} at [[address:58 Legrams Lane]], Bradford [[postcode:BD7 1NH]] on
        [[date:27/02/2024]] when she noticed the pen in the fridge was {{NovoRapid}}. The GP had
        switched brands, the community pharmacy sent both, and the old {{insulin passport}} still
        said Lantus 22 units. [[name:Precious]] rang the team base and Nurse [[name:Abbott]]
        talked it through; the correct pen was found in a carrier bag in the hall. Blood glucose
        9.2 before the dose. Both pens now in separate labelled boxes and the passport updated.
        [[name:Precious]] was thanked at handover for stopping and checking instead of assuming.
    """)),
    ("health", "success", prose("""
        End of life care. [[name:Ellen Whitworth]] ([[age:93]]) died peacefully at home on
        [[date:3 October 2024]] as she wished. DNs [[name:Hannah Barker]] and
        [[name:Joseph Mwangi]] set up a {{McKinley T34}} syringe driver with {{midazolam}} and
        {{morphine sulfate}} on the Saturday, after the out-of-hours GP prescribed in line with her
        {{ReSPECT}} form. Anticipatory meds were already in the house thanks to the
        {{Macmillan}} CNS. Daughter [[name:Julie]] wrote to the team: "[[name:Joe]] and
        [[name:Hannah]] treated Mum like she was their own nan." Learning: getting just-in-case
        meds in early meant no crisis admission over the weekend.
    """)),
    ("health", "incident", block("""
        INCIDENT REPORT - {{ED}}
        Date: [[date:03/04/2024]]   Time: 02:30
        Reported by: [[name:Jade Ormerod]], {{Staff Nurse}}
        Two patients called [[name:Khan]] in majors overnight.
        Patient A: [[name:Imran Khan]], MRN [[case_reference:RX4471023]], DOB [[date_of_birth:12/05/1969]], bay 4
        Patient B: [[name:Irfan Khan]], MRN [[case_reference:RX4471230]], DOB [[date_of_birth:21/05/1969]], bay 6
        What happened: bloods for bay 4 were labelled with bay 6 details at the bedside from a
        sticker sheet left on the trolley. {{Troponin}} came back raised on the wrong record and
        the {{SHO}}, Dr [[name:Lucas Ferreira]], was about to start {{ticagrelor}} for Mr
        [[name:Irfan Khan]] when the registrar queried the normal ECG.
        Actions: both re-bled, no treatment given in error. Sticker sheets stay with the notes.
    """)),
    ("health", "near_miss", prose("""
        Near miss: possible delay in sepsis recognition. [[name:Kwame Asante]], [[age:58]],
        self-presented on [[date:21 December 2023]] with rigors three days after a {{TURP}}.
        Triaged at 19:40 using {{Manchester Triage}} as yellow, {{NEWS2}} 4. Waited 2h10 in the
        waiting room. HCA [[name:Bethany]] repeated obs at 21:50 (NEWS2 7, lactate 4.1) and
        escalated to the nurse in charge, [[name:Ruth Lockwood]], who started the
        {{Sepsis Six}}. Antibiotics at 22:20. Mr [[name:Asante]] went to {{HDU}}, recovered fully
        and went home [[date:29/12/2023]]. Issue: no repeat obs set for yellow patients when the
        department is full. Now hourly obs for anyone scoring 3 or more.
    """)),
    ("health", "incident", prose("""
        Assault on staff in {{resus}} on [[date:Sat 25 May 2024]] around 23:50. Patient
        [[name:Liam Dobson]], [[age:29]], brought in by ambulance after a fall in town, heavily
        intoxicated. While Staff Nurse [[name:Marisol Reyes]] was cannulating him he headbutted
        her. Security and police attended; he was arrested and removed once medically cleared.
        [[name:Marisol]] had a nosebleed, was seen by the ED consultant Dr [[name:Deepak Menon]],
        then went home. Crime ref [[case_reference:13240525-1199]]. She has been offered
        {{TRiM}} and occupational health. Staff raised again that the second security officer
        was covering the {{Urgent Treatment Centre}} and there is one body-worn camera for the
        whole department.
    """)),
    ("health", "success", prose("""
        Door-to-needle time of 19 minutes for Mrs [[name:Agnieszka Zielińska]] ([[age:67]]) on
        [[date:11/07/2024]]. Pre-alert from the ambulance crew: {{FAST}} positive,
        {{ROSIER}} +4. Stroke nurse [[name:Callum Reid]] met the crew at the door, straight to CT,
        {{alteplase}} given in CT by the registrar, Dr [[name:Amara Nwosu]]. Her husband
        [[name:Jerzy]] translated until HCA [[name:Kasia]], who speaks Polish, came over from
        {{majors}}. She walked out on day 6. Thanks to the whole team and to radiographer
        [[name:Ian]] who stayed well past his shift.
    """)),
    ("health", "incident", prose("""
        Patient [[name:Jordan Mitchell-Achebe]], detained under {{Section 3}}, did not return from
        unescorted {{Section 17}} leave from [[organisation:Hawthorn Ward]] on [[date:02/06/2024]].
        Due back 15:00. Staff rang his mobile, [[phone:07700 900804]], at 15:15, no answer. Nurse in
        charge [[name:Patrick Doherty]] reported him AWOL to police at 15:30 in line with policy,
        police ref [[case_reference:WYP-1432-02062024]]. [[name:Jordan]] came back by himself at
        18:05 and said he had lost track of time at his nan's in Dewsbury. Smelt of cannabis;
        {{UDS}} positive. Leave suspended pending {{MDT}} review with RC Dr [[name:Kaur]].
    """)),
    ("health", "near_miss", prose("""
        During the weekly environmental check on [[organisation:Bramley Unit]] on
        [[date:9 August 2024]], HCA [[name:Ryan O'Sullivan]] found that a new wardrobe in bedroom 11
        had been fitted with a standard hanging rail instead of the collapsible one. The room was
        empty; the patient due in that evening went to bedroom 3. {{Estates}} replaced the rail
        within four hours. The contractor, [[organisation:Northfield Interiors Ltd]], had the right
        spec but the order was substituted. {{Matron}} [[name:Yvonne Sithole]] has asked that all
        new furniture is checked against the {{ligature risk assessment}} before a room opens. No
        patient harm.
    """)),
    ("health", "incident", prose("""
        Restrictive intervention on [[organisation:Rowan Ward]] (female {{PICU}}) at 21:10 on
        [[date:14/10/2024]]. Patient [[name:Shauna Allerton]] ([[age:34]]) became increasingly
        agitated after a phone call with her ex-partner and hit another patient. De-escalation by
        [[name:KM]] and [[name:TB]] did not work. Prone restraint for 3 minutes (timed), then
        supine. IM {{lorazepam}} 2mg given per the {{rapid tranquillisation}} protocol. Physical
        obs refused; {{NEWS2}} done by observation only for the first hour, a gap against policy.
        [[name:SA]] placed on level 3 obs. Debrief with her next morning by named nurse
        [[name:Tendai]]. Staff debrief led by [[name:Karen Mills]] ([[name:KM]]).
    """)),
    ("health", "success", prose("""
        [[name:Ellie-Mae Hartley]], [[age:19]], was discharged from [[organisation:Hawthorn Ward]]
        on [[date:30 April 2024]] after her first admission. What she says made the difference
        was peer support worker [[name:Dom]], who has his own lived experience of {{psychosis}}.
        [[name:Dom]] met her weekly on the ward and then at [[organisation:The Hive Recovery
        College]] after discharge. Care coordinator [[name:Nadia Haddad]] from the
        {{Early Intervention in Psychosis}} team said [[name:Ellie-Mae]] is back at college part
        time and has stayed on {{aripiprazole}} because "someone actually explained it". No
        readmission at six months.
    """)),
    ("health", "incident", prose("""
        Lone working / IG incident. [[name:Gemma Rushworth]]'s pool car,
        [[vehicle_registration:YK70 HBF]], was broken into outside [[address:Cragg View, Moor
        Lane]], Hebden Bridge on [[date:19/11/2024]] while she was in a visit. Trust laptop
        (encrypted) and a paper handover list with 11 patients' names and addresses were taken from
        the boot. Police crime number [[case_reference:13241119-0274]]. {{IG team}} notified the
        same day; the list was not supposed to leave base. Patients on it contacted by Sister
        [[name:Anjali Mistry]] over two days. [[name:Gemma]] was shaken but unhurt. Learning:
        paper lists banned, use {{EMIS}} mobile only.
    """)),
    ("health", "near_miss", prose("""
        Near miss - allergy. [[name:Chidi Okonkwo]] ([[age:41]]) attended on [[date:07/03/2024]]
        with cellulitis. He told triage he was allergic to penicillin but it was not entered on
        {{Symphony}}. The {{FY2}} prescribed {{Tazocin}}. Pharmacist [[name:Li Na Zhou]] picked it
        up on her round before the first dose because the {{Summary Care Record}} showed the
        allergy. Switched to {{clindamycin}} and Mr [[name:Okonkwo]] told. Cause: triage nurse
        interrupted mid-entry by an ambulance handover. Allergy field now mandatory before triage
        can be closed.
    """)),
    ("health", "near_miss", prose("""
        Near miss. Community staff nurse [[name:Tom Haworth]] visited Mr [[name:Alan Jagger]]
        ([[age:80]]) at [[address:2 Weavers Croft]], Holmfirth [[postcode:HD9 2PX]] on
        [[date:Mon 8 July]] to change his long-term {{Foley catheter}}. The care plan said 16Ch but
        the supplier had sent 12Ch {{Bard}} catheters with the prescription label for
        [[name:Alan]]. [[name:Tom]] checked the plan before opening the pack and did not use it.
        A smaller catheter would probably have bypassed and leaked. Correct stock arrived next day;
        the GP practice, [[organisation:Holme Valley Medical Practice]], has corrected the repeat
        template.
    """)),
    ("health", "incident", prose("""
        During a 1:1 on [[organisation:Heather Ward]] on [[date:5 Sept 2024]], patient
        [[name:Natalie Brennan]] told her named nurse, [[name:Heather Lund]], that her partner
        [[name:Kyle]] had strangled her the week before admission. [[name:Heather]] completed a
        {{DASH}} (score 16) and referred to {{MARAC}}; an {{IDVA}} from
        [[organisation:Airedale Domestic Abuse Service]] saw her on the ward two days later.
        Visits from [[name:Kyle]] stopped pending review and reception given his photo. Issue:
        [[name:Kyle]] had already visited twice that week and nobody had asked [[name:Natalie]]
        privately about home on admission. Routine enquiry now added to the admission checklist.
    """)),
    ("health", "success", prose("""
        {{High Intensity User}} plan for [[name:Gary Lumb]] ("[[name:Gaz]]", [[age:52]]), who had
        57 {{ED}} attendances in 2023, mostly alcohol-related falls. Since the plan started on
        [[date:01/02/2024]] he has attended nine times. Worker [[name:Shona Kirkbride]] met him
        every week, got him on the {{Alcohol Care Team}} caseload and chased housing until he got
        a flat at [[address:16 Stoney Royd]], Halifax [[postcode:HX1 3JS]]. [[name:Gaz]] says
        having one person who "doesn't look at me like I'm muck" made the difference. The ED
        staff noticed too: "He says hello now instead of kicking off."
    """)),
    ("health", "success", block("""
        From: [[name:Mehreen Sadiq]] <[[email:mehreen.sadiq@example.org]]>
        To: [[name:Colin Shackleton]]
        Subject: thank you - Mr [[name:Adeyinka]]

        [[name:Colin]], just wanted to say thanks to you and the reablement lot. When Mr
        [[name:Olufemi Adeyinka]] (NHS [[nhs_number:682 258 0735]]) came home on
        [[date:12/08/2024]] his leg ulcer dressings were due three times a week and the carers from
        [[organisation:Meadowbank Care]] were leaving his {{compression bandages}} wet after washing.
        Since our joint visit on [[date:15 August]] they use a {{LimbO}} cover and the ulcer is 40%
        smaller at six weeks. He's now in {{Actico}} and walking to the shop.
        Ring me on [[phone:0113 496 0772]] if you want to do the same with other packages.

        [[name:Mehreen]]
        {{Tissue Viability}} Nurse
    """)),
    # ------------------------------------------------------------------ aviation (16)
    ("aviation", "incident", prose("""
        Medical room call 06:52 on [[date:14/06/2024]]: passenger collapsed at {{gate 7}} while
        boarding [[flight_number:LS1427]] to Alicante. Mr [[name:Trevor Ackroyd]], [[age:66]],
        unresponsive, agonal breathing. Airport first aider [[name:Kelly Stansfield]] started
        {{CPR}}; the gate {{AED}} advised one shock. Medical room paramedic [[name:Sam Osei]]
        arrived 06:57; ROSC after the second shock and handed to the ambulance crew. Wife
        [[name:Pauline]] was rebooked by the airline. Issue: the gate AED cabinet alarm had been
        silenced and the door propped open with a bin, so nobody knew it had been taken until the
        medical room asked. Reported to the {{Terminal Duty Manager}}.
    """)),
    ("aviation", "near_miss", block("""
        [[organisation:North Pennine Airport]] - Medical Room weekly equipment check
        Date: [[date:22/07/2024]]   Checked by: [[name:R. Kaczmarek]]
        Item                     | Status
        {{Lifepak 1000}} (room)  | OK, battery 78%
        Adult pads               | EXPIRED 06/2024 - replaced from stock
        Paed pads                | OK
        Oxygen CD cylinder       | OK
        {{Entonox}}              | OK
        Comment: adult pads expired last month and the previous two checks (initials [[name:JW]])
        ticked them as OK. Spoke to [[name:Jamie Wardle]]; he was checking the packet was there,
        not the date. Checklist now has a separate expiry column. Near miss only - {{AED}} not used
        in that period.
    """)),
    ("aviation", "success", prose("""
        Inbound [[flight_number:EZY3318]] from Palma on [[date:3 August 2024]]: passenger
        [[name:Aoife Gallagher]], [[age:23]], reacted to a cashew snack offered by the person next
        to her. Cabin crew member [[name:Niamh]] used [[name:Aoife]]'s own {{EpiPen}} and
        {{the captain}} requested medical assistance on arrival. Aircraft
        [[aircraft_registration:G-UZMF]] was met on {{stand 14}} by the medical room. Paramedic
        [[name:Sam Osei]] gave a second dose of {{adrenaline}} at 12:05 and she went to hospital by
        ambulance, discharged the same night. Good handover from the crew: time of first dose
        written on her hand in biro. She has since emailed to thank [[name:Niamh]] by name.
    """)),
    ("aviation", "incident", block("""
        OCCURRENCE REPORT
        Ref: [[case_reference:NPA-OR-24-0388]]
        Date: [[date:29/01/2024]]
        Aircraft: {{Boeing 737-800}} [[aircraft_registration:G-NPRK]], flight [[flight_number:RK4412]]
        Location: Stand 5
        Injured person: [[name:Mohammed Rafiq]], ramp agent, [[organisation:Skyway Ground Services]], NI no. [[ni_number:JT 48 21 93 C]]
        Narrative: closing the aft hold door in strong wind, the door swung down and trapped
        [[name:M.R.]]'s left hand. Colleague [[name:Danny Marsh]] freed it. Seen in the medical room
        by [[name:Helen Cartwright]] ({{OHN}}): suspected fracture of 4th metacarpal, sent to A&E
        by taxi. Off work 5 weeks.
        Contributing: wind 28 kt gusting 41; no wind limit in the hold door procedure.
        Reported to {{CAA}} via {{MOR}}: Yes
    """)),
    ("aviation", "incident", prose("""
        At 16:35 on [[date:12 March 2024]] a baggage tractor driven by agency worker
        [[name:Kieran Doyle]] hit the left wingtip of a parked {{ATR 72-600}},
        [[aircraft_registration:G-ORAD]], operated by [[organisation:Moorland Air Charter]]. A
        contractor van, [[vehicle_registration:BF19 WXP]], had been left in the
        {{equipment restraint area}} and [[name:Kieran]] went round it on the wrong side with the
        low sun in his eyes. He came to the medical room with a cut to his forehead from the cab
        frame; cleaned and closed with {{Steri-Strips}} by nurse [[name:Ama Boateng]]. Breath test
        negative. Aircraft grounded for inspection, two rotations cancelled. Van owner traced and
        airside pass suspended.
    """)),
    ("aviation", "near_miss", prose("""
        Mrs [[name:Gwen Thackray]] ([[age:83]]), booked with {{Special Assistance}} on
        [[flight_number:LS1909]] to Tenerife on [[date:18/10/2024]], was left in a wheelchair at
        gate 3 for 55 minutes after the {{PRM}} agent was called to another job without a handover.
        She needed the toilet, tried to stand and nearly fell; another passenger, Mr
        [[name:Chaudhry]], caught her arm and called the medical room. [[name:Bex]] from the
        medical room checked her over (BP fine, no injury) and stayed until she boarded by
        {{ambulift}}. Her son [[name:Gareth Thackray]] complained via
        [[email:gareth.t@example.net]]. Learning: PRM agents not to leave a passenger without a
        named handover.
    """)),
    ("aviation", "incident", prose("""
        [[flight_number:MAC212]] ({{Jetstream 32}}, [[aircraft_registration:G-MCPA]]),
        [[organisation:Moorland Air Charter]], Belfast to [[organisation:North Pennine Airport]]
        on [[date:07/05/2024]]. The first officer became unwell in the descent (vomiting,
        dizziness); the captain declared {{PAN PAN}} and landed single-pilot at 10:41. Medical room
        met the aircraft: FO [[name:Rhys Vaughan]], [[age:31]], pale, BP 92/60, no chest pain.
        Suspected food poisoning from a crew meal supplied by [[organisation:Lagan Sky Catering]];
        Capt [[name:Ifeoma Chukwu]] ate a different meal. [[name:Rhys]] went home with his partner
        after {{oral rehydration salts}} and two hours' observation. Company MOR
        [[case_reference:MOR-2024-05-0719]].
    """)),
    ("aviation", "success", prose("""
        At 21:15 on [[date:Fri 16 Feb]] security found a passenger, [[name:Matthew Oyelaran]],
        sitting on the edge of the level 4 car park barrier. Officer [[name:Stacey Hird]] talked
        with him for forty minutes until he stepped back. Medical room nurse
        [[name:Ama Boateng]] and the airport chaplain, Rev [[name:Ruth Ellison]], sat with him in
        the quiet room; his flight home had been cancelled and he said he had nowhere to go. Police
        used {{Section 136}} and took him to the {{health-based place of safety}}, where the
        {{Crisis Team}} assessed him. He later wrote to thank [[name:Stacey]]. Both staff offered
        {{TRiM}}.
    """)),
    ("aviation", "incident", prose("""
        Disruptive passenger on inbound [[flight_number:RK 2217]] from Dublin on
        [[date:24/08/2024]], aircraft [[aircraft_registration:EI-FOZ]]. Male in {{seat 14C}}
        drinking from a {{duty free}} bottle swore at and pushed cabin crew member
        [[name:Darragh Kelly]], who fell against an armrest. {{Captain}} requested police on
        arrival. Passenger identified as [[name:Shane Rooney]], [[age:38]], arrested on stand.
        [[name:Darragh]] seen in the medical room: bruising to left ribs, no breathlessness,
        {{ibuprofen}}, advised to see GP if worse. MOR [[case_reference:MOR-2024-08-1140]], police
        ref [[case_reference:13240824-0561]].
    """)),
    ("aviation", "near_miss", prose("""
        Near miss in the medical room on [[date:Sun 3 Mar 2024]]. Paramedic
        [[name:Jon-Paul Whitaker]] took the portable {{oxygen}} cylinder to {{gate 11}} for a
        passenger with chest pain and found the gauge in the red; it had not been changed after
        use the evening before. He sent a colleague back for the spare, which was full, and the
        passenger's pain settled; ambulance not needed. No harm, but a four-minute delay.
        Cylinder swap is now on the end-of-job checklist with a full/empty tag, and
        [[organisation:Pennine Medical Gases]] will deliver a second spare. [[name:JP]] raised it
        himself at the next shift brief.
    """)),
    ("aviation", "success", prose("""
        A {{PA-28}}, [[aircraft_registration:G-BPNL]], from [[organisation:Airedale Flying Club]]
        diverted in on [[date:27 July 2024]] with the pilot, [[name:Graham Tattersall]]
        ([[age:70]]), reporting chest tightness. ATC passed it on and the medical room was waiting
        at holding point {{Alpha}} with the fire service. [[name:Graham]] was grey and sweaty; the
        12-lead showed a {{STEMI}}. Paramedic [[name:Jon-Paul]] gave {{aspirin}} and {{GTN}} and
        he went straight to the cath lab. He sent a card a month later: "Tell the lass on the
        radio she was very calm." That was ATC assistant [[name:Priya Chauhan]].
    """)),
    ("aviation", "incident", prose("""
        Fuel spill on {{stand 9}} on [[date:05/09/2024]]. During refuelling of
        [[aircraft_registration:G-JZBP]] a hose coupling failed and roughly 40 litres of
        {{Jet A-1}} sprayed onto the apron. Into-plane fueller [[name:Craig Robertshaw]]
        ([[organisation:Aire Aviation Fuels]]) got fuel on his face and in his right eye. Irrigated
        at the stand eye-wash, then for 20 minutes with saline in the medical room by
        [[name:Ama Boateng]]; pH normal, mild redness. Bowser [[vehicle_registration:YJ66 FZK]]
        quarantined. Fire service laid absorbent; flight delayed 1h50. The {{COSHH}} sheet was not
        on the bowser.
    """)),
    ("aviation", "near_miss", prose("""
        Near miss at security on [[date:11/04/2024]]. Passenger [[name:Rukhsana Malik]] told the
        security officer her {{Omnipod}} insulin pump should not go through the body scanner and
        showed her medical card. The officer, new in post, insisted. [[name:Rukhsana]] asked for a
        supervisor; team leader [[name:Vikram Desai]] stepped in and arranged a private hand
        search. She came to the medical room afterwards feeling shaky ({{BM}} 3.6); glucose gel
        given, fine 15 minutes later and made her flight, [[flight_number:EZY2241]]. Security
        induction now covers medical devices: pumps, {{CGM}}s, {{FreeStyle Libre}} sensors.
    """)),
    ("aviation", "incident", prose("""
        Needlestick injury, [[date:20/02/2024]]. Aircraft cleaner [[name:Ewa Zając]]
        ([[organisation:Brightclean Aviation Services]]) was clearing seat pockets on
        [[aircraft_registration:G-UZLK]] after [[flight_number:EZY6705]] from Kraków when she was
        pricked by an uncapped insulin pen needle left in row 22. [[name:Ewa]]'s glove was torn.
        Medical room nurse [[name:Helen Cartwright]] encouraged bleeding, washed the site and
        referred her to A&E for a {{hepatitis B}} booster and {{BBV}} bloods. Airline asked
        whether the passenger could be traced for source testing; declined on data protection
        grounds. Cleaners now carry puncture-resistant gloves and a {{sharps bin}} on each trolley.
    """)),
    ("aviation", "success", prose("""
        Cardiac arrest on arrival, [[flight_number:RK 4092]] from Faro, [[date:1 September 2024]].
        As passengers were getting off on stand 2, [[name:Gordon McBride]], [[age:71]], collapsed
        in the aisle. Cabin crew [[name:Chloe]] and [[name:Tomás]] started {{CPR}} and used the
        onboard {{AED}}. The medical room team ([[name:Sam Osei]], [[name:Bex Holt]]) were on board
        in three minutes; {{ROSC}} after the third shock. {{The captain}} kept everyone else seated
        so there was room to work. Wife [[name:Isobel]] said he had been "perfectly well" all
        fortnight. He had a stent and is home. Crew and medical room debriefed together in the
        crew room the same evening.
    """)),
    ("aviation", "near_miss", block("""
        Medical room radio log - [[date:10/12/2024]]
        14:02 Ops to {{Medic 1}}: attend {{stand 12}}, crew member unwell, aircraft [[aircraft_registration:G-OPNA]]
        14:03 Medic 1 ([[name:JPW]]): received, en route
        14:06 Medic 1: on stand, aircraft here is [[aircraft_registration:Golf Oscar Papa November Bravo]], confirm
        14:07 Ops: apologies, [[aircraft_registration:G-OPNB]] is on 12, [[aircraft_registration:G-OPNA]] is on 14
        14:09 Medic 1: relocating to 14. Crew member [[name:Leanne]] now walking to medical room with the FO
        14:15 Medic 1: patient in medical room, vasovagal, obs normal
        Note: ops message gave the wrong stand after a late swap; 6 min delay, no harm.
        Stand allocation screen had not refreshed. Logged [[case_reference:NPA-OR-24-1032]].
    """)),
]


def main() -> None:
    records = build_records("blind67", REPORTS)
    write_records(OUT, records)


if __name__ == "__main__":
    main()
