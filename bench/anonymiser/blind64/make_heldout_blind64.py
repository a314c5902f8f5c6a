"""Held-out blind corpus 64: mental health crisis and liaison work across care, health and aviation.

Setting: home treatment teams, crisis cafes and young people's crisis drop-ins, A&E psychiatric
liaison, section 136 suites, AMHP assessments and emergency duty teams, police and ambulance
joint working, plus the aviation edge of crisis work (passengers and crew in crisis, police air
support searches, HEMS, escorted repatriations, peer support for pilots).
Voice: a mixture of terse duty logs, SBAR handovers, Teams chat, e-mails, incident forms and
first-person reflective accounts, full of Mental Health Act shorthand, drug names, phonetic
alphabet, ward names and words that look like names but are not.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from markup import block, build_records, write_records  # noqa: E402
from markup import flow as prose  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "corpus" / "heldout_blind64.jsonl"

REPORTS = [
    # ------------------------------------------------------------------ social care (17)
    ("social_care", "incident", prose("""
        AMHP reflective account. On [[date:14 March 2024]] I was the duty {{AMHP}} when the
        {{section 136}} suite at [[organisation:Larchfield House]] asked for an assessment of
        [[name:Callum Rees]], [[age:27]], detained by police on the top deck of the multi-storey on
        [[address:Bridgewater Street]]. Dr [[name:Oyelaran]] (the {{Section 12}} doctor) and
        Dr [[name:Fitzpatrick]] both recommended admission under {{Section 2}}. There was no bed in
        county and [[name:Callum]] waited 22 hours in the suite before a bed was found at
        [[organisation:Ashdene Hospital]]. His mother is his {{Nearest Relative}}, but the number on
        the system was an old landline and she was not told he had been moved until the following
        afternoon. She found out when she turned up at [[organisation:Larchfield House]] with clean
        clothes. I have since confirmed her mobile as [[phone:07700 900418]] and updated the record.
        Learning for me: confirm NR contact details at the start of the assessment, not the end, and
        do not assume the bed manager will ring the family.
    """)),
    ("social_care", "near_miss", block("""
        EMERGENCY DUTY TEAM - CONTACT LOG
        Ref: [[case_reference:EDT/24/03317]]   Date: [[date:06/04/2024]]
        Worker: [[name:K. Baptiste]]

        19:40 Call from {{Street Triage}} (PC [[name:Hollins]] and RMN [[name:Aoife]]) re [[name:Tiegan Walsh]] [[age:15yrs]], looked after, placed at [[address:4 Marlowe Close]], [[postcode:WF10 3QJ]]. Found on rail footbridge by member of public, returned to placement, no injuries.
        19:55 Carer says she cannot supervise overnight and wants [[name:T]] moved tonight.
        20:10 Checked record - {{CAMHS}} crisis safety plan dated [[date:02/04/2024]] says remove sharps from bedroom. Provider had not seen it.
        20:30 Agreed waking night via [[organisation:Brightpath Care]] on-call ([[phone:01632 960512]]).
        21:15 Carer rang back: razor blades found in [[name:T]]'s wash bag and removed. No injury. NEAR MISS.
        22:00 Emailed plan to day team and {{IRO}}. Strategy discussion to be held Monday.
    """)),
    ("social_care", "success", prose("""
        Good practice note - young people's crisis drop-in. [[name:Jayden Okonkwo-Barnes]]
        ([[age:16]]) has been open to us since the autumn after two presentations to {{A&E}} with
        self-harm. His social worker, [[name:Siobhan]], helped him write a 'what helps me' card, and
        he has now used the Friday evening drop-in at [[organisation:The Lantern Hub]] four times
        instead of going to hospital. Staff there know him as "[[name:Jay]]" and let him sit in the
        art room until he feels calmer. On [[date:19 April]] he rang the drop-in rather than the
        {{Samaritans}} line and a worker stayed on the phone while his foster carer drove over. No
        police involvement and no {{A&E}} attendance since {{February}}. [[name:Jay]] told his review
        that the hub is "the only place that doesn't make me tell it all again". We are asking
        commissioners to extend the hours to Sunday.
    """)),
    ("social_care", "near_miss", block("""
        From: [[name:Priya Raghunathan]] <[[email:p.raghunathan@northmoor.gov.uk]]>
        To: AMHP Service Managers
        Sent: [[date:23 May 2024]] 08:12
        Subject: Near miss - s135(1) warrant executed at wrong flat

        Morning all,

        Yesterday's {{section 135}} warrant for Mr [[name:Dariusz Nowak]] listed the address as [[address:Flat 12, Heron Court]], [[postcode:NM4 2DL]]. He actually lives at [[address:Flat 21]]. Police were about to force entry when the door was opened by an elderly woman who was understandably terrified. The error came from our referral form, where the address was copied from an old {{GP}} letter.

        The {{AMHP}}, [[name:Gareth]], noticed the discrepancy at the door just in time. Nobody hurt, no damage. Please make sure the address on every warrant application is checked against two sources (council tax plus the {{RiO}} record) before it goes to the magistrate. Our case ref is [[case_reference:AMHP-2405-118]].

        Thanks,
        [[name:Priya]]
        AMHP Practice Lead
    """)),
    ("social_care", "incident", prose("""
        Incident summary. [[name:Shannon-Leigh Pryce]], aged [[age:17]], was detained under
        {{s136}} at about 01:30 on [[date:3rd June 2024]] after being found on the bypass bridge near
        the retail park. The ambulance wait was given as six hours so officers conveyed her to the
        {{place of safety}} in a caged van ([[vehicle_registration:WX21 OPJ]]). She was in the cage
        for 40 minutes and was handcuffed for part of the journey. When the {{EDT}} social worker,
        [[name:Rhodri Evans]], arrived at the suite she was distressed and had marks on her wrists
        from the cuffs. The {{Mental Health Act Code of Practice}} is clear that police vehicles
        should be the exception, and especially for children. [[name:Shannon-Leigh]]'s mum,
        [[name:Bethan]], has made a complaint. Raised with the force mental health lead and the
        ambulance trust; joint review booked for [[date:17/06/24]]. Police log
        [[case_reference:0112 of 03/06/24]].
    """)),
    ("social_care", "success", prose("""
        Reflective piece - least restrictive option. I was asked to assess Pani
        [[name:Halina Wiśniewska]], [[age:68]], at her daughter's home at
        [[address:27 Cranbrook Avenue]] after the {{Home Treatment Team}} became worried she had
        stopped eating. The referral said 'no English' and asked for a {{Section 2}} assessment. With
        a face-to-face Polish interpreter ([[name:Marek]]) it became clear that [[name:Halina]] was
        grieving her husband, who died in Gdańsk in {{March}}, and that she was fasting before a
        memorial mass. Her daughter [[name:Agnieszka]] had not wanted to explain this in front of the
        GP. We agreed daily HTT visits, a bereavement referral through her parish, and a review with
        Dr [[name:Castellano]] in a week. No detention. Learning: the interpreter was the intervention.
        Using a telephone line on the doorstep would have got us a very different outcome.
    """)),
    ("social_care", "near_miss", prose("""
        Near miss - {{MASH}}. At 16:50 on Friday [[date:12 July]] we received a call from the
        {{crisis line}} about a [[age:14]]-year-old girl, [[name:Amira]], who had texted a friend that
        she had taken tablets. The friend's mum gave a surname of '[[name:Hussain]]' and a street. Our
        system returned two children called [[name:Amira Hussain]] in the borough. The duty worker was
        about to pass the first address, [[address:88 Fennel Road]], to police when the
        {{team manager}}, [[name:Lorna McAllister]], asked for a date of birth. The friend's mum knew
        [[name:Amira]] was in Year 9, which ruled out the first child (DOB
        [[date_of_birth:02/11/2006]]). The right [[name:Amira]] was found at
        [[address:5 Saltash Walk]] and taken to hospital by ambulance. Police would otherwise have
        gone to a family whose [[age:18]]-year-old had no involvement at all. Learning: always
        cross-check two identifiers before sharing an address for an urgent welfare check.
    """)),
    ("social_care", "incident", block("""
        Teams chat - AMHP duty - [[date:09/08/2024]]

        [[name:Dan Okafor]] 14:02  anyone free for a {{136}} at [[organisation:St Cuthbert's]]? police have been there since 11
        [[name:Meera Shah]] 14:05  i'm mid-assessment on [[organisation:Cobden Ward]], could do 4ish
        [[name:Dan Okafor]] 14:06  4 is too late, they want him out of ED
        [[name:Meera Shah]] 14:07  who is it
        [[name:Dan Okafor]] 14:07  [[name:Leon Achterberg]] - again. [[name:leon]] knows us well lol
        [[name:Tom Fairweather]] 14:10  i'll go. can someone send me the last AMHP report, can't get on {{RiO}} from home
        [[name:Dan Okafor]] 14:11  emailing it to your personal now
        [[name:Meera Shah]] 14:11  [[name:dan]] NO. use the secure one
        [[name:Dan Okafor]] 14:13  too late, sent to [[email:tomfairweather84@example.com]]. will recall

        Manager note: IG breach logged as [[case_reference:IG-24-0571]]. Recall failed (external address). [[name:Tom]] deleted the email and confirmed in writing. Reminder to all about {{Egress}} and secure mail.
    """)),
    ("social_care", "success", prose("""
        Carer's assessment - positive outcome. [[name:Hodan Abdi Warsame]] cares for her son
        [[name:Abdirahman]] ([[age:23]]), who has had three admissions under the
        {{Mental Health Act}} in two years. Previous workers recorded that she "declined support".
        When I visited on [[date:8 October 2024]] with [[name:Ubah]], a Somali-speaking link worker
        from [[organisation:Horn of Africa Women's Network]], it was clear she had never been offered
        anything in a way that made sense to her; she thought a carer's assessment meant someone would
        judge her parenting. We talked about his early warning signs (not sleeping, pacing before
        {{Fajr}}, refusing the food she cooks), and she now has the {{Crisis Line}} number saved on her
        phone and a translated copy of his relapse plan. Last week she rang the
        {{Home Treatment Team}} herself when [[name:Abdirahman]] stopped sleeping, and he was supported
        at home without admission. Her words: "Now I am not alone with it."
    """)),
    ("social_care", "near_miss", prose("""
        Near miss. At 23:10 on [[date:2 November 2024]] police detained [[name:Kacper]]
        ([[age:13]]) under {{section 136}} at the skate park. The custody sergeant initially proposed
        custody as the place of safety because the health-based suite at
        [[organisation:Larchfield House]] was closed for staffing. Police custody can never be used
        as a place of safety for under-18s. The {{EDT}} manager, [[name:Andrea Kowalczyk-Hart]],
        escalated to the on-call {{CAMHS}} consultant and the children's ward at
        [[organisation:Westbury General]] agreed to take him, with an officer staying until a nurse
        from the {{Tier 4}} team arrived. [[name:Kacper]] did not enter custody. Learning: the 'suite
        closed' message went out to police but not to us; [[organisation:Larchfield]] closure alerts
        are now copied to the duty mailbox [[email:edt.alerts@northmoor.gov.uk]].
    """)),
    ("social_care", "incident", prose("""
        Incident - care leaver, supported accommodation. [[name:Reece]] ([[age:19]]) lives at
        [[organisation:Calder View]] supported housing, [[address:14–16 Wharf Lane]],
        [[postcode:HX7 8NR]]. On [[date:21.01.2025]] staff doing a room check found about 60
        {{quetiapine}} and {{sertraline}} tablets in a trainer box. [[name:Reece]] said he had been
        saving them "just in case". His {{personal adviser}}, [[name:Moses Adeyemi]], was told the same
        afternoon and rang the {{Home Treatment Team}}, who visited that evening. The pharmacy had been
        giving 28 days' supply at a time despite the {{GP}} letter asking for weekly dispensing; the
        letter went to the old pharmacy. Tablets removed with his agreement, weekly dispensing now in
        place, safety plan updated. [[name:Moses]] and the HTT have agreed a joint visit every Friday
        for four weeks. Pathway plan review brought forward.
    """)),
    ("social_care", "success", prose("""
        Good practice. Joint home visit on [[date:4th February]] with [[name:Nadia]] from the
        {{Home Treatment Team}} to see Mrs [[name:Olivia Brathwaite]], who had been referred for low
        mood after an overdose. Because we went together, [[name:Olivia]] was able to tell us, with
        her husband at work, that he controls her money and her medication. [[name:Nadia]] completed
        the {{DASH}} checklist with her (high risk) and I made same-day referrals to {{MARAC}} and to
        [[organisation:Safe Haven Pennine]]. She chose to stay at home for now with a safety plan, a
        code phrase for calls ("are you still doing the {{Pilates}}?") and visits timed for when he is
        out. Two weeks on she has moved with her children to a refuge. Her {{IDVA}},
        [[name:Chiamaka]], says the joint visit was the first time anyone had asked.
    """)),
    ("social_care", "near_miss", prose("""
        Near miss - personal data. While preparing a {{DWP}} appointeeship application for
        [[name:Shaun Doherty]] (DOB [[date_of_birth:17/09/1988]], NI
        [[ni_number:JT 48 21 93 C]]), who is currently detained on [[organisation:Ash Ward]], I
        printed the form on the shared printer at [[organisation:Meadowgate Resource Centre]]. When I
        went to collect it, it had gone. It turned up an hour later in the post tray of the
        {{Community Mental Health Team}} upstairs; a student had picked it up with her own printing.
        Nothing left the building and the student returned it unread, but it had his NI number, bank
        details and diagnosis on it. I now use secure print. Reported on the IG system as
        [[case_reference:IG/2025/0093]]. [[name:Shaun]] has been told in person and was, in his words,
        "not bothered, as long as nobody nicked my {{PIP}}".
    """)),
    ("social_care", "incident", prose("""
        Incident. [[name:Johnny-Joe Lee]], [[age:15]], from the {{Gypsy/Traveller}} site at
        [[address:Old Quarry Lane]], was reported missing at 20:00 on [[date:10 March 2025]] after
        telling his cousin he "wanted to be gone". He had been seen by the young people's crisis team
        two days earlier and discharged with a leaflet. Police found him at 02:00 in a lay-by, in a
        car belonging to an older man, registration [[vehicle_registration:RK68 WTZ]]. A
        {{return home interview}} was offered but the family asked that it be done by
        [[name:Bridget]], the Traveller liaison worker, rather than a stranger. Concerns: discharge
        without a follow-up call, and the crisis team letter went to a pitch the family left in
        {{December}}. Exploitation screening completed; strategy discussion held [[date:11/03/25]].
        [[name:JJ]]'s mum says he has not slept properly since his uncle died.
    """)),
    ("social_care", "success", prose("""
        Reflective account - AMHP. I assessed [[name:Elen Pritchard]] on [[date:2 April 2025]] at
        her home, [[address:Bryn Awel, Ffordd y Llan]], [[postcode:LL54 6TG]]. Her first language is
        Welsh and she becomes more unwell when she is made to speak English. I asked for a
        Welsh-speaking {{Section 12}} doctor, which delayed things by three hours, but
        Dr [[name:Huw ap Gruffydd]] was able to talk with her properly and we agreed she was not
        detainable. Her husband [[name:Dafydd]], the {{Nearest Relative}}, was relieved: last time,
        under {{Section 3}}, nobody spoke Welsh with her for nine days. Plan: {{Crisis Resolution}}
        input at home in Welsh and an advance statement in her own words. Under the
        {{Mesur Iechyd Meddwl}} she is also entitled to a care and treatment plan, which her care
        coordinator [[name:Sioned]] will update this week.
    """)),
    ("social_care", "near_miss", block("""
        OUT OF HOURS HANDOVER - CHILDREN'S SOCIAL CARE
        Date: [[date:27/04/25]]
        From: [[name:R. Lindqvist]]   To: Monday duty ([[name:GK]])

        Child | Age | Issue | Action
        [[name:Maisie Dunford]] | [[age:12]] | ED after ligature on school camp; discharged by {{psychiatric liaison}} 03:00. ED gave safety plan to mum, who has no contact - NEAR MISS. | Check dad has the plan today.
        [[name:Ibrahim Sesay]] | [[age:16]] | {{UASC}}, panic attacks, hearing "voices" (said in {{Krio}}). | Interpreter; {{CAMHS}} referral.
        [[name:Nguyen Thi Lan]] | [[age:15]] | Foster carer worried re food refusal. | SW to call carer on [[phone:07700 900157]].
        [[name:Kai]] (surname not given) | approx [[age:14]] | Transferred from {{Childline}}, no address. | Log only.
    """)),
    ("social_care", "incident", block("""
        STRATEGY DISCUSSION - MINUTES
        Child: [[name:Aaliyah Akhtar-Reid]] ([[age:14]])   DOB: [[date_of_birth:30/01/2011]]
        Ref: [[case_reference:CSC-0088412]]   Date: [[date:15 May 2025]]
        Present: [[name:Helen Quayle]] (TM, chair); Sgt [[name:Ravi Dhillon]]; [[name:Fiona Mackintosh]] ({{DSL}}, [[organisation:Hollybank Academy]]); Dr [[name:Wu]] ({{CAMHS}} crisis); [[name:Ella-Mae]] (SW, minutes)

        Summary: On [[date:13/05/25]] [[name:Aaliyah]] was found by a teacher on the sports hall roof. She disclosed online contact with an adult male who encouraged self-harm and sent her images. Police log [[case_reference:PL-2505-00417]]; phone seized with her mum's consent.
        Agreed: threshold met for {{Section 47}} enquiries; referral to {{CEOP}}; school safety plan; CAMHS follow-up within 72 hours.
        Actions: [[name:HQ]] to allocate; [[name:FM]] to update school plan by Friday.
    """)),
    # ------------------------------------------------------------------ health (17)
    ("health", "incident", prose("""
        Incident - patient left ED before liaison assessment. [[name:Grzegorz Malinowski]],
        [[age:41]], NHS [[nhs_number:719 680 3434]], hospital no. [[case_reference:K4471902]], was
        brought in by ambulance at 02:15 on [[date:18/01/2024]] after telling an {{NHS 111}} call
        handler he had a plan to jump. Triaged {{amber}} and referred to {{psychiatric liaison}} at
        02:40. Liaison nurse [[name:Chantelle]] was in resus with another patient and the department
        was at {{OPEL 4}}. He was sat in the main waiting area, not the quiet room, with no
        observation level set. At 03:55 he was found to have left. Police were called at 04:10 and
        found him at home at 05:30, safe. Learning: a high mental health triage score should trigger a
        named staff member to keep eyes on; the quiet room was being used to store a broken trolley.
        Datix [[case_reference:W214588]].
    """)),
    ("health", "near_miss", prose("""
        Near miss - lithium. HTT visit to Mr [[name:Anthony O'Sullivan-Kerr]] ([[age:58]]) on
        [[date:2 February]]. He had been started on {{lithium}} 800mg by the inpatient team and the
        discharge summary said "level due day 5". Nobody had booked it. On day 9, [[name:Tunde]] (HTT
        support worker) noticed Mr [[name:O'Sullivan-Kerr]] had a {{coarse tremor}} and was unsteady
        on the stairs. Same-day level was 1.6 mmol/L. Lithium withheld, seen in {{ED}}, no lasting
        harm. Cause: the {{RiO}} task had been assigned to a nurse who had left the team. We now keep
        a lithium board in the office. Good catch by [[name:Tunde]], who had done the lithium
        awareness session the week before.
    """)),
    ("health", "success", prose("""
        Success - [[organisation:The Harbour]] crisis café, Tuesday [[date:5 March 2024]]. A man
        who gave his name only as '[[name:Deke]]' came in at 21:30 with a {{PCSO}} who had found him
        outside the station. He was not known to services. Our peer worker [[name:Marcia]] sat with
        him in the garden room; he talked about losing his job at the depot and then his flat. We made
        a plan together: he stayed until close at 01:00 and went to his brother's on
        [[address:Glebe Terrace]], and we booked him a {{Recovery College}} taster. Next day he rang
        back, gave his full name ([[name:Derek Mensah]]) and asked for a {{CMHT}} referral through
        his GP at [[organisation:Bankside Medical Practice]]. No ED, no police, no {{section 136}}.
    """)),
    ("health", "incident", prose("""
        Incident report - Section 136 suite, [[organisation:Orchard Unit]]. On [[date:27/03/2024]]
        at 18:20 police brought in [[name:Marcus Tennant-Bello]] ([[age:22]]) in handcuffs after a
        {{Taser}} was drawn but not discharged. He was highly aroused and shouting. Nurse
        [[name:Fatima Oduya]] led de-escalation; when this failed {{rapid tranquillisation}}
        ({{lorazepam}} 2mg IM) was given at 18:50. At 19:05 he was asleep prone on the mattress;
        staff rolled him into the recovery position but the physical health monitoring chart was not
        started until 19:20 ({{NEWS2}} 3 at that point). PC [[name:Lowe]] and PC [[name:Garside]]
        stayed for three hours. Learning: after RT nobody should be left prone, and obs start at the
        moment of administration, not when someone remembers. Ref
        [[case_reference:ORC-136-2403-07]].
    """)),
    ("health", "near_miss", prose("""
        Near miss - {{clozapine}} restart. Ms [[name:Keisha-Marie Dobson]], NHS no.
        [[nhs_number:1219094382]], was admitted to the acute medical unit at
        [[organisation:Queen Adelaide Hospital]] after a fall. Her drug chart listed clozapine 350mg
        nocte as her usual dose, but she had missed four days at home. The {{FY1}} prescribed the
        full dose. [[name:Sam Whitlock]], the ward pharmacist, picked it up on the round: after more
        than 48 hours missed, clozapine has to be re-titrated from 12.5mg because of the risk of
        {{hypotension}} and collapse. The dose was not given. Psychiatric liaison
        (Dr [[name:Emeka Ilori]]) wrote a titration plan and informed the clozapine clinic.
    """)),
    ("health", "success", prose("""
        Good practice - mental health response car. Call at 23:47 on Sat [[date:20 April 2024]]:
        female, [[age:34]], on the parapet of a bridge, police on scene. The {{MH response car}}
        (paramedic [[name:Lewis Carrick]] and {{RMN}} [[name:Precious Moyo]]) arrived in nine minutes,
        just as officers were about to use {{section 136}}. [[name:Precious]] knew the patient,
        [[name:Danielle]], from a previous contact and had her care plan on {{SystmOne}}. She talked
        her down in about 20 minutes. Plan: home in the response car
        ([[vehicle_registration:YF23 HZC]]) rather than ED, her sister to stay, HTT visit at 10:00.
        No detention, and police were released after 40 minutes rather than six to eight hours. Third
        time this month the car has made that difference.
    """)),
    ("health", "incident", prose("""
        Incident - paediatric ward. [[name:Leila Haddad]], [[age:14]], was admitted to
        [[organisation:Puffin Ward]] after a staggered {{paracetamol}} overdose and was waiting for a
        CAMHS crisis assessment. At 16:30 on [[date:09/05/2024]] she was found in the ward bathroom
        with a ligature made from her dressing gown cord. Staff nurse [[name:Ruth]] found her within
        two minutes; no injury. She was meant to be on {{enhanced observations}} but the {{HCA}} had
        been asked to cover the desk. CAMHS crisis ([[name:Kwame]]) assessed at 17:15. Learning: 1:1
        cover on a general children's ward, ligature check of bathrooms, and families told what to
        take home. Mum's number on file: [[phone:07700 900276]]. {{N-acetylcysteine}} infusion
        continued. Datix [[case_reference:PAE-2405-1189]].
    """)),
    ("health", "near_miss", block("""
        SBAR HANDOVER - HOME TREATMENT TEAM (EAST) - [[date:14/06/24]]
        From: [[name:Aisling]] (late)   To: [[name:Jerome]] (night)

        S - [[name:Olumide Bankole]], [[age:29]], [[case_reference:HTT/E/3381]], [[address:7 Gorse Rise]], [[postcode:BD12 9PL]]. Evening meds delivered to the neighbour's door instead of his.
        B - {{Bipolar}}, on {{olanzapine}} 10mg and {{valproate}}. Lives alone. Neighbour brought the dosette round at 18:40.
        A - All meds accounted for, dose taken 19:00 under supervision. No harm. Driver was agency and had no photo list.
        R - Nights: phone [[name:Olumide]] at 21:00 on [[phone:07700 900381]]. Day team to add photo and key safe note to the visit sheet. Datix done - [[name:AC]].
    """)),
    ("health", "success", prose("""
        Positive outcome - older adult liaison. Mrs [[name:Winifred Ashworth]], [[age:84]], was
        referred from {{ward 23}} with "depression - refusing food, ?section". [[name:Win]] (as she
        prefers) was drowsy in the mornings and agitated at night. Our nurse [[name:Yusuf Patel]] did a
        {{4AT}} (score 6) and took a collateral history from her daughter, who said she had been
        "completely herself" until a week before. Bloods showed a {{UTI}} and sodium of 122. Treated
        medically; by day 5 she was eating and chatting about her allotment. {{Mental Health Act}}
        assessment cancelled. Hospital number [[case_reference:RXH 0093317]]. A "think delirium
        first" teaching session for the ward is booked for [[date:25 July 2024]].
    """)),
    ("health", "incident", block("""
        INCIDENT REPORT FORM
        Reference: [[case_reference:W219930]]
        Date of incident: [[date:02/08/2024]]     Time: 14:35
        Location: Psychiatric liaison office, ED, [[organisation:Millbrook Royal Infirmary]]
        Patient: [[name:Aleksandra Nowicka]]   NHS No: [[nhs_number:658 457 8208]]   DOB: [[date_of_birth:11/12/1996]]
        Category: Information governance - wrong patient record

        Description: While writing up a liaison assessment the nurse ([[name:J. Oyinlola]]) opened the record of a patient with a similar name ([[name:Aleksandra Nowak]], DOB [[date_of_birth:11/02/1996]]) and documented the risk assessment, including overdose history, in the wrong record. Identified at 16:10 by the {{SHO}} when the history did not match. Entry struck through and moved. Nothing had been sent to the other patient's {{GP}}.
        Immediate action: {{Caldicott Guardian}} informed; both records flagged.
        Reported by: [[name:Mei Ling Chan]], {{Band 7}}
    """)),
    ("health", "near_miss", prose("""
        Near miss - {{NHS 111}} mental health option. Call taken at 01:12 on
        [[date:12 September 2024]] from a woman saying her partner, [[name:Jamal]], had taken "all his
        tablets". She gave the address as [[address:Flat 3, 19 Holloway Street]],
        [[postcode:LS6 4QX]]. The call handler ([[name:Bex]]) typed [[address:Holloway Road]], which
        is in the same district, and the ambulance was dispatched there. At the closing read-back at
        01:19 the caller corrected it and the crew were redirected, arriving at 01:31.
        [[name:Jamal]] had taken 40 {{sertraline}} 100mg and was conveyed to {{ED}}. Learning: address
        read-back must happen before dispatch, not at close. Caller's number recorded as
        [[phone:07700 900733]].
    """)),
    ("health", "success", prose("""
        Reflection - peer support. I'm a peer worker with the crisis team and I've been sectioned
        myself. Last month I was asked to sit with [[name:Tyrone]] in the {{decision unit}} while he
        waited for a bed. He'd been there 30 hours, wouldn't talk to nurses and had the blanket over
        his head. I told him a bit about my own time on {{PICU}} and that I still like drawing. We did
        a crossword (he knew every football answer). After two hours he said he didn't want a bed, he
        wanted his {{nan}}. His nan, Mrs [[name:Gloria Campbell]], lives on
        [[address:Ferncliffe Gardens]]. The HTT consultant, Dr [[name:Sandhu]], reviewed him with me
        there and agreed home treatment with his nan. He's back at college now. I'm writing this
        because peer time is the first thing cut when we're short. It mattered. - [[name:Leanne]]
        (PSW)
    """)),
    ("health", "incident", prose("""
        Incident - patient absent without leave. [[name:Oisín Gallagher]] ([[age:31]],
        {{Section 3}}, [[organisation:Kestrel Ward]]) had one hour of escorted {{ground leave}} on
        [[date:30/10/2024]]. The escorting {{HCA}}, [[name:Dev]], stopped to let a visitor through the
        airlock door and [[name:Oisín]] walked out behind them. He was reported {{AWOL}} at 15:20.
        Police were given a description and his brother's address, [[address:12 Primrose Hill Court]],
        [[postcode:S63 7WR]]. He was found there at 19:40 and returned by police. Learning: two staff
        for escorted leave where there is a history of absconding, and airlock discipline. Police ref
        [[case_reference:SY-24-118932]]. His brother [[name:Ciarán]] thanked staff for keeping the
        family informed.
    """)),
    ("health", "near_miss", prose("""
        Near miss - missed depot. Mr [[name:Hakan Yilmaz]], NHS [[nhs_number:304 124 3938]],
        has monthly {{aripiprazole}} long-acting injection at the {{depot clinic}}. His
        [[date:7 November]] injection was not given because the clinic was cancelled for staff
        sickness and the rebook letter went to his old address on [[address:Bramley Crescent]]. On
        [[date:19 November]] his sister [[name:Elif]] phoned the {{crisis line}} because he was not
        sleeping and was talking about the neighbours. [[name:Kerry-Ann]] on the line checked the
        clinic list, saw the gap and arranged for the injection to be given at home the next morning.
        He did not need admission. Learning: cancelled depot clinics are now reviewed by a nurse the
        same day; we found two more patients in the same position.
    """)),
    ("health", "success", prose("""
        Success - perinatal crisis. [[name:Nkechi Eze-Roberts]], [[age:26]], nine days postnatal,
        was brought to {{ED}} by her partner [[name:Tobi]] at 04:00 on [[date:16 December 2024]] with
        new confusion and no sleep for three nights. The liaison nurse recognised possible
        {{postpartum psychosis}} and called the {{perinatal}} on-call, Dr [[name:Harriet Lyle-Wood]].
        Rather than admit her to a general adult ward, we found a bed at
        [[organisation:The Beeches]], a {{Mother and Baby Unit}} 60 miles away, and the ambulance
        took mum and baby [[name:Adaeze]] together. She was admitted informally by 11:00 and is now
        home and well. Teamwork between ED, liaison, perinatal and the ambulance service.
    """)),
    ("health", "incident", block("""
        From: Psychiatric Liaison Admin <[[email:liaison.admin@millbrook-nhs.example.org]]>
        To: [[email:reception@ridgewaysurgery.example.org]]
        Date: [[date:03/01/2025]]
        Subject: RECALL - discharge summary sent in error - Ms [[name:R Khatun]]

        Dear colleagues,

        Earlier today we emailed you a liaison discharge summary for [[name:Rahima Khatun]] (DOB [[date_of_birth:14/08/1979]]). She is no longer registered with [[organisation:Ridgeway Surgery]]; she moved to [[organisation:Parkside Health Centre]] in {{October}}. The letter contains an overdose history and a safeguarding concern. Please delete it and confirm by reply.

        This has been logged as [[case_reference:W223104]] and Ms [[name:Khatun]] has been told by our team leader. We apologise.

        Kind regards
        [[name:Olu]]
        Admin, {{Psychiatric Liaison Service}}
    """)),
    ("health", "near_miss", block("""
        Liaison notes - ED cubicle 9 - [[date:22/02/25]]
        22:10  Referral: [[name:Craig Halliwell]], [[age:45yo]], hosp no [[case_reference:M0552814]], intoxicated, "wants to die". Belt and laces not removed at triage. ([[name:CW]])
        22:15  Belt and laces removed by HCA with pt's agreement, property at nurses' station. ([[name:CW]])
        22:40  Pt found trying to tie gown cord to the cubicle curtain rail - rails in {{majors}} are NOT anti-ligature. Moved to {{mental health assessment room}}. No injury. NEAR MISS. ([[name:CW]])
        23:30  Too intoxicated to assess. 1:1 obs. {{Pabrinex}} given by ED. ([[name:CW]])
        01:15  Seen with Dr [[name:Faraz]] ({{CT2}}). Plan: HTT follow-up, brother to collect. ([[name:CW]])
        Action: curtain rails escalated to estates - Datix [[case_reference:W226770]].
    """)),
    # ------------------------------------------------------------------ aviation (16)
    ("aviation", "incident", prose("""
        Commander's report - flight [[flight_number:BRX417]] Leeds to Alicante,
        [[aircraft_registration:G-BRXK]], {{A320}}, [[date:22 July 2024]]. About 50 minutes after
        departure the {{SCCM}}, [[name:Joanne Kilbride]], reported that a male passenger in 23C was
        pacing the aisle, saying people were following him, and had tried the over-wing exit handle.
        Cabin crew [[name:Ana]] and [[name:Ricky]] calmly moved him to the rear galley, and a passenger
        who said she was a mental health nurse, Mrs [[name:Chinwe Obi]], sat with him. I declared
        {{PAN PAN}} and diverted to Nantes. Police met the aircraft on stand and he was taken to
        hospital. No injuries. The crew felt the {{Level 1}} unruly passenger category did not fit a
        man who was frightened rather than aggressive. ASR [[case_reference:ASR 24-0719]].
        - Capt [[name:Neil Ferrand]]
    """)),
    ("aviation", "near_miss", prose("""
        Near miss - police air support. On [[date:04/03/2024]] at 21:40 the {{EC135}}
        [[aircraft_registration:G-PLZX]] was tasked to search for a high-risk missing man,
        [[name:Stuart]], [[age:52]], who had left the {{crisis house}} after saying goodbye to staff.
        The {{FLIR}} picked up a heat source on the riverbank below the weir. While orbiting at 800 ft
        the crew saw lights from a drone at the same height about 200 m away, flown by a member of the
        public who was trying to help. The {{TFO}}, PC [[name:Dwyer]], asked ground units to find the
        operator and the search was paused for six minutes. [[name:Stuart]] was found by ground
        officers at 22:15, cold but alive, and taken to ED under {{section 136}}. Reported via
        {{MOR}} to the {{CAA}}. Occurrence ref [[case_reference:OR/24/0311]].
    """)),
    ("aviation", "success", prose("""
        Peer support programme - shared with consent. {{First Officer}} [[name:Rohan Kapoor]] of
        [[organisation:Skylark Regional]] rang our peer support line ([[phone:01632 960744]]) on
        [[date:9 September 2024]] after his marriage broke down. He had been sleeping three hours a
        night and on the approach to {{runway 27}} had the thought that "it wouldn't matter if".
        Peer volunteer Capt [[name:Sue Hemingway]] talked with him for an hour, helped him get an
        urgent GP appointment, and he declared himself unfit. He was seen by the company {{AME}} and
        the {{Employee Assistance Programme}} and returned to the line after eleven weeks.
        [[name:Rohan]] asked us to share this because he wants colleagues to know that declaring did
        not end his career.
    """)),
    ("aviation", "incident", prose("""
        Incident - fixed-wing transfer. [[organisation:Medevac North]] flew a detained patient,
        [[name:Ewan McLeish]], [[age:38]], from Kirkwall to Aberdeen under a
        {{short-term detention certificate}} in {{King Air 200}} [[aircraft_registration:G-MDVN]].
        Escort: RMN [[name:Morag Sinclair]] and paramedic [[name:Jack]]. In the cruise at FL160 the
        patient became agitated, tried to undo his lap belt and reached for the cabin door handle.
        The escort held his arms and Capt [[name:Iain Forsyth]] began a descent. The pre-flight risk
        assessment had been done by phone and did not mention that he had refused {{haloperidol}} that
        morning, and the PRN {{lorazepam}} was in the hold, not the cabin. Landed safely, no injuries.
        Learning: medication and restraint plan in-cabin and confirmed face to face with the ward. Report
        [[case_reference:MNA-SR-0457]].
    """)),
    ("aviation", "near_miss", prose("""
        Near miss - airside breach. At 06:10 on [[date:11 Nov 2024]] a woman later identified as
        [[name:Sadia Rahman]] ([[age:24]]) got through security at
        [[organisation:Eastmere Airport]] without a boarding pass by following a family through
        lane 3. She was found on the apron near {{stand 31}} by a ground handler, [[name:Wes]], who
        was towing a baggage train. [[name:Wes]] stopped, spoke kindly and kept her talking until
        airport police arrived. Her father had reported her missing overnight; she had stopped her
        {{lithium}}. Officers considered {{section 136}} but a {{street triage}} nurse on video advised
        and she went to ED voluntarily. Investigated as [[case_reference:SEC/24/1182]]. Ground staff
        commended.
    """)),
    ("aviation", "success", prose("""
        ATC commendation. On [[date:28/12/2024]] at 15:22 the pilot of {{Cessna 152}}
        [[aircraft_registration:G-BTLW]], out of [[organisation:Hollowmere Airfield]], told
        [[organisation:Wessex Radar]] he "didn't want to land" and would keep going until the fuel ran
        out. He gave his name as [[name:Martin]]. The controller, [[name:Gemma Ashcroft-Lyle]], kept a
        calm plain-English conversation going for 40 minutes, moved other traffic off frequency,
        asked about his dog and, with his instructor [[name:Dilys]] on the landline, talked him back
        via the {{Victor}} reporting point to a normal landing on {{runway two four}}. Police and
        ambulance met him and he was assessed under the {{Mental Health Act}}. Nobody hurt.
    """)),
    ("aviation", "incident", prose("""
        Incident - staff welfare, ramp. On [[date:14/01/2025]] [[name:Tomasz]] ("[[name:Tom]]"), a
        loader with [[organisation:Airtrax Handling]], was found sitting in the rear hold of
        {{ATR 72}} [[aircraft_registration:G-LMRA]] on {{stand 9}} after the doors had been closed for
        flight [[flight_number:LMR 6214]]. The dispatcher, [[name:Kezia]], heard knocking on her
        walk-round. {{The captain}} was informed and the hold reopened. [[name:Tomasz]] said he
        wanted "to go somewhere no one knows me". Supervisor [[name:Gary Blenkinsop]] took him to the
        crew room, the airport medical team attended, and his wife [[name:Ewa]] was called on
        [[phone:07700 900562]]. He went to ED by ambulance and was seen by liaison. Flight delayed 47
        minutes. Learning: final hold check now a two-person check, and the
        {{Employee Assistance Programme}} number reissued to all ramp staff. Ref
        [[case_reference:ATX-HS-2025-014]].
    """)),
    ("aviation", "near_miss", prose("""
        Near miss - crew fitness. I was crew controller on the morning of [[date:3 February 2025]].
        Cabin crew member [[name:Carys Llewellyn]] rang at 04:30 saying she "wasn't right" but did not
        want a sickness on her record because she is on a stage 2 absence review. I put her on
        standby instead of the 06:15 [[flight_number:SKR 302]] to Jersey. At 05:40 she messaged a
        colleague that she felt unsafe. The duty ops manager called her: she had not slept for two
        days and was having panic attacks. She was stood down and supported by our {{TRiM}}
        practitioner, [[name:Owain]]. Had she operated she would have been {{No.1}} on a four-sector
        day. The absence policy is pushing people to fly unwell. Raised with HR and the safety review
        board, ref [[case_reference:SKR-FS-25-009]].
    """)),
    ("aviation", "success", prose("""
        HEMS case review. [[date:19/04/2025]], 16:05. [[organisation:Moorland Air Ambulance]]
        ({{H145}}, [[aircraft_registration:G-MAAH]]) was tasked to a report of a man fallen on the
        coast path. He was found uninjured at the cliff edge saying he intended to go over. The crew,
        Dr [[name:Ifeoma Nwachukwu]] and {{CCP}} [[name:Ben Thorne]], landed 300 m away so rotor noise
        would not escalate things, and approached on foot. [[name:Ben]] talked with the man,
        [[name:Gethin]] ([[age:47]]), for 35 minutes with the {{coastguard}} standing back, and he
        walked back from the edge. He went to ED by road because he was frightened of flying, was
        seen by liaison that evening and discharged to HTT. Learning: landing site choice, and one
        calm voice.
    """)),
    ("aviation", "incident", prose("""
        Cabin safety report. Flight [[flight_number:EXW 1187]] Manchester to Dalaman,
        [[date:06/06/2025]], {{Boeing 737-800}} [[aircraft_registration:G-EXWD]]. Passenger in 14F
        (manifest: [[name:LAWRENCE/DARREN]] MR) became increasingly agitated, shouting that the engines
        were on fire and that crew were "agents". Crew followed the unruly passenger procedure and he
        was restrained with the restraint kit after he pushed [[name:Holly]] ({{CC4}}). Police boarded
        on arrival. His family later told police he has {{bipolar affective disorder}} and had stopped
        his medication before the holiday. With hindsight our restraint may have fed his fear. We are
        reviewing how {{Level 2}} disruption guidance separates medical and mental health crises from
        unruly behaviour. [[name:Holly]] has bruising only. ASR [[case_reference:EXW-ASR-25-1033]].
    """)),
    ("aviation", "near_miss", prose("""
        Near miss - flying club. A solo-stage student, [[name:Harvey]], [[age:19]], had booked
        {{Piper PA-28}} [[aircraft_registration:G-BNXT]] at [[organisation:Sandholme Flying Club]] for
        a solo cross-country on [[date:17 May]]. During the brief his instructor,
        [[name:Mandeep Gill]], noticed he was unusually quiet and had written "doesn't matter" on his
        kneeboard next to the fuel plan. She asked him directly if he was thinking of harming himself;
        he said yes. Flight cancelled, his dad collected him, and the club welfare officer
        [[name:Pauline]] helped him ring his GP and the {{crisis line}}. Our {{IMSAFE}} check does not
        really cover this, and instructors are not trained for the conversation; the club has booked
        {{Mental Health First Aid}} for all instructors.
    """)),
    ("aviation", "success", prose("""
        Escort report. Repatriation of Mr [[name:Kofi Asante-Boateng]] ([[age:33]]) from Tenerife
        to London on [[flight_number:TVL 6631]], [[date:2 July 2025]], after a manic relapse on
        holiday. Escort: RMN [[name:Donna Ferreira]] (me) and HCA [[name:Abu]]. Medical clearance
        ({{MEDIF}}) agreed with [[organisation:Sunvale Airways]]; aisle seat in row 30 with the seat
        next to him blocked. We boarded first and briefed the {{cabin manager}},
        [[name:Svetlana]]. [[name:Kofi]] slept most of the flight after {{promethazine}}; he got
        anxious on descent and we used breathing and his music. Met at the gate by the receiving team
        from [[organisation:Kingsmere Hospital]] and admitted informally. Key factors: a pre-flight
        meeting with the treating psychiatrist, seats agreed ahead, crew briefed.
    """)),
    ("aviation", "incident", block("""
        MANDATORY OCCURRENCE REPORT (internal copy)
        Occurrence no: [[case_reference:MOR-25-0488]]
        Date: [[date:21/08/2025]]   Flight: [[flight_number:HBL 77]]   Reg: [[aircraft_registration:G-HBLF]]   Type: {{DHC-6 Twin Otter}}
        Operator: [[organisation:Hebridean Link]]
        Reporter: [[name:F. MacInnes]] (commander)

        Narrative: A passenger travelling with a {{CPN}} escort for admission on the mainland became distressed at boarding and refused to sit down. The escort ([[name:Alasdair]]) advised she had not been told she was flying; she believed she was going to the ferry. She was offloaded and the flight left 25 minutes late. No injury. She travelled later by ferry with her escort and her sister.
        Contributing: no advance notice to the operator of a passenger under the {{Mental Health (Care and Treatment) (Scotland) Act}}; our {{PRM}} form has no mental health section.
        Actions: meeting with Dr [[name:Kirsty Munro]] (health board) booked; PRM form to be revised.
    """)),
    ("aviation", "near_miss", prose("""
        Near miss - gliding club. On [[date:8 June]] at [[organisation:Ravensdale Gliding Club]] a
        member, [[name:Pete]] ("[[name:Pistol Pete]]" to most of us), told the {{duty instructor}} at the
        launch point that he'd had "a rough week" and wanted a long flight "to think". He had posted
        something dark on the club WhatsApp at 2am, which two members saw but nobody mentioned. The
        DI, [[name:Rachel Osei]], stood him down and spent an hour with him in the clubhouse. He is now
        with the crisis team. Had he launched alone in the club {{Astir}}
        ([[aircraft_registration:G-DCTX]]) it could have ended very differently. Our safety officer
        [[name:Nigel]] has added a welfare item to the daily brief.
    """)),
    ("aviation", "success", prose("""
        Airport chaplaincy - positive outcome. On [[date:23 September 2025]] a passenger off
        [[flight_number:EZN 2290]] from Kraków was found in arrivals by a {{Border Force}} officer,
        saying she had nowhere to go and was hearing voices. The duty chaplain, Rev
        [[name:Adebayo Cole]], sat with her in the {{prayer room}}, got her food and, with her
        agreement, called the airport police mental health liaison officer, PC [[name:Jas Sangha]].
        The woman, [[name:Marta]] ([[age:29]]), was seen by the crisis team in the {{quiet room}}
        rather than being detained, and her cousin collected her that evening with local HTT
        follow-up. Chaplaincy: [[email:chaplaincy@eastmere-airport.example.org]].
    """)),
    ("aviation", "incident", prose("""
        Incident - air support task. [[date:02/10/2025]], 01:20. The aircraft
        ([[aircraft_registration:G-PXNR]], {{EC135}}) was tasked to search for
        [[name:Zara Whitfield-Khan]], [[age:16]], missing from
        [[organisation:Oakridge Children's Home]] after a young people's crisis team assessment that
        afternoon. The crew were given her old placement address on [[address:Fernhill Drive]]
        because the missing person record had not been updated since her move, and searched the wrong
        woodland for 55 minutes. The correct location came through at 02:10, by which time the
        aircraft was at {{minimum fuel}} and had to return to base; it relaunched at 02:45.
        [[name:Zara]] was found at 03:05 by a dog unit near the railway, hypothermic, and taken to ED.
        Missing person ref [[case_reference:MPR-2510-0093]].
    """)),
]


def main() -> None:
    records = build_records("blind64", REPORTS)
    write_records(OUT, records)


if __name__ == "__main__":
    main()
