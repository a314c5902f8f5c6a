"""Held-out blind corpus 268: fostering, emergency department and police air support reports.

Fifty invented UK incident, near-miss and success ("learning") reports written the way
front-line practitioners type them into a confidential reporting system:

* social_care (17): a local-authority fostering service - foster carers, supervising social
  workers, placements, respite, allegations, payments and training.
* health (17): an emergency department - triage, resus, majors, minors, ambulance handover,
  frequent attenders and mental health liaison.
* aviation (16): a police air support unit flying helicopters - pilots, tactical flight
  officers, searches, night vision goggles, pursuits and ground units.

Styles are deliberately mixed: rushed lower-case notes with typos and txt-speak, formal
narratives, timed chronologies, forms with Name/DOB/Ref/Address fields, e-mails with headers and
signatures, chat exports (Teams, WhatsApp, Slack handles), handover notes, minutes with
attendance and apologies, pipe tables, radio (RT) transcripts, shout-outs and thank-you notes.

Every person, organisation, place and number is invented. Identifiers are marked
``[[label:value]]`` and must-not-redact mentions ``{{term}}`` (see markup.py).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from markup import block, build_records, write_records  # noqa: E402
from markup import flow as prose  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "corpus" / "heldout_blind268.jsonl"

SOCIAL_CARE = [
    # 1 rushed phone note
    ("social_care", "incident", prose("""
        quick note from my phone sorry - {{placement}} with [[name:bev]] &
        [[name:tony]] v wobbly tonight. [[name:kai]] ([[age:13yo]]) came back from
        {{contact}} at the {{family centre}} really wound up and punched the bathroom
        mirror. [[name:bev]] rang {{EDT}} about {{9pm}}, on hold 40 mins, then got
        [[name:Ruth]] on {{duty}} who said keep him in and ring {{police}} if he goes
        missing. he didnt go. small cut on [[name:kai]]'s knuckle, cleaned + plaster,
        no need for {{A&E}}. [[name:kai]] says his {{dad}} told him at {{contact}} hes
        going home by {{xmas}} which isnt the plan at all. need {{SSW}} visit asap and
        the {{contact supervisor}} spoken to. mirror needs replacing before the
        {{LAC review}} here on the [[date:17th]]. pls ring [[name:tony]] on
        [[phone:07700 900627]] not [[name:bev]]'s, hers is smashed too lol
    """)),
    # 2 form
    ("social_care", "near_miss", block("""
        NEAR MISS REPORT - FOSTERING
        Service: [[organisation:Harrowfield Council Fostering Service]]
        Reported by: [[name:Gwenllian Price]] ({{Supervising Social Worker}})
        Date of event: [[date:06/03/2024]]
        Child: [[name:Mateo Ruiz-Hughes]]   DOB: [[date_of_birth:14/09/2016]]   Ref: [[case_reference:CF-20418]]
        Carers: Mr & Mrs [[name:Osei]], [[address:22 Linnet Close, Harrowfield]] [[postcode:HF4 2QD]]

        Description:
        On an {{unannounced visit}} I found [[name:Mateo]]'s {{melatonin}} in the cutlery
        drawer instead of the locked {{medication box}} required by the household
        {{Safer Caring Policy}}. [[name:Mateo]] is [[age:7]] and climbs; the other child in
        placement is a [[age:2-year-old]]. Mrs [[name:Osei]] said the lock broke last week
        and she had not told anyone. No doses missed or doubled - {{MAR sheet}} checked.

        Action: new box bought same day. Carers reminded to ring the {{duty SSW}} about
        any broken safety equipment. To go to the {{annual review}}.
    """)),
    # 3 Teams shout-out
    ("social_care", "success", block("""
        [{{Teams}} - {{Fostering Team}} channel]
        [[name:Marcia Feeney]]  10:42
        Shout-out time 🎉 Massive thanks to [[name:Faith]] and [[name:Emeka Nwosu]] who
        took a {{same-day emergency placement}} of three siblings ([[age:4]], [[age:9]] and
        [[age:11]]) on [[date:Tues 12th]] so they could stay together. [[name:Faith]] had
        beds made up within two hours and [[name:Emeka]] did the school run to
        [[organisation:Greenhill Primary]] next morning so the kids kept their routine.
        The {{IRO}} and the {{CP chair}} both mentioned it at the {{strategy meeting}}.
        Also thanks [[name:JK]] in {{family finding}} for sorting the {{placement plan}}
        overnight 👏

        [[name:Sunny Malik]]  10:51
        Brilliant. {{Delegated Authority}} forms all signed too. Well done all
    """)),
    # 4 e-mail, allegation
    ("social_care", "incident", block("""
        From: [[name:Ayesha Siddiqui]] <[[email:a.siddiqui@harrowfield.gov.uk]]>
        To: {{LADO}} inbox
        Sent: [[date:21 February 2024]] 16:05
        Subject: Allegation against foster carer - [[case_reference:ALG-0093]]

        Hi,
        Confirming our call. This afternoon [[name:Rosie]] ([[age:14]]) told her form
        {{teacher}} at [[organisation:Fernside Academy]] that her foster carer,
        Mr [[name:Will Thornton]], grabbed her arm during an argument about her phone on
        [[date:Monday 19th]]. The {{DSL}}, Mr [[name:Okoro]], saw a faint mark and rang
        the {{MASH}}. [[name:Rosie]] is staying with respite carers [[name:Pat]] and
        [[name:Heather Lunn]] tonight under a {{safety plan}}. Mr [[name:Thornton]]'s wife
        [[name:Grace]] is the main carer and has not been spoken to yet, per the
        {{strategy discussion}}.
        I have updated the {{chronology}}. Please let me know when the meeting is.

        Thanks
        [[name:Ayesha]]
        {{Senior Practitioner}}, {{Fostering Support Team}}
        [[phone:01632 960418]]
    """)),
    # 5 chronology, missing
    ("social_care", "incident", block("""
        CHRONOLOGY - MISSING FROM PLACEMENT
        YP: [[name:Tyler-James Beck]] ([[age:15]])   Ref [[case_reference:MFH-24-1187]]
        Carers: [[name:Dawn]] & [[name:Robin Achterberg]]

        [[date:Sat 9 March]]
        18:30  [[name:TJ]] left for the shop, said back in 20 mins.
        19:45  Not back, phone off. [[name:Dawn]] drove round the {{rec}} and the {{chippy}}.
        20:15  [[name:Dawn]] rang {{EDT}} and {{police}}, {{missing episode}} logged
               (log [[case_reference:NP-240309-1102]]).
        21:40  PC [[name:Agnieszka Wrona]] attended. {{Philomena Protocol}} form already
               done at start of placement - saved loads of time.
        23:10  [[name:TJ]] seen on {{CCTV}} at the {{bus station}}.
        [[date:Sun 10 March]]
        00:35  Returned by police from a flat on [[address:Colver Street]], smelled of
               {{cannabis}}, no injuries.
        00:50  Calm welcome back, food, bed. No telling off.
        [[date:11/03/2024]]  {{Return Home Interview}} booked. Worry re {{CCE}} -
               {{child's social worker}} to consider an {{NRM}} referral.

        Recorded by [[name:Robin Achterberg]]
    """)),
    # 6 WhatsApp
    ("social_care", "near_miss", block("""
        [[date:14/05/2024]], 20:11 - [[name:Shaz]]: anyone seen [[name:Leanne]]'s post on the carers fb group?? pic of her 2 foster kids at sports day w the school logo on the jumpers 😬
        [[date:14/05/2024]], 20:13 - [[name:Leanne Pryce-Jones]]: oh god. i cropped their faces out i thought that was ok
        [[date:14/05/2024]], 20:14 - [[name:Shaz]]: faces yes but it says [[organisation:St Aidan's C of E Primary]] right on it and ur street sign is in the back
        [[date:14/05/2024]], 20:15 - [[name:Leanne Pryce-Jones]]: deleting now. ffs. their {{birth mum}} isnt allowed to know the school
        [[date:14/05/2024]], 20:31 - [[name:Bill]] {{SSW}}: thanks for flagging both. [[name:Leanne]] I'll ring you tmrw - not a telling off, we'll go over the {{social media}} bit of the {{safer caring}} plan together. post was up about 25 mins, no {{birth family}} in that group as far as we know. I'll let the {{IRO}} and {{CSW}} know
        [[date:14/05/2024]], 20:32 - [[name:Leanne Pryce-Jones]]: thank u [[name:Bill]] x
    """)),
    # 7 minutes
    ("social_care", "success", block("""
        PLACEMENT STABILITY MEETING - MINUTES
        Date: [[date:3 April 2024]]   Venue: {{Civic Centre}}, Room 4
        Present: [[name:Nkechi Obi]] (Chair, {{Fostering Team Manager}}), [[name:Mark Devlin]] ({{SSW}}),
        [[name:Ivy]] and [[name:Seán Gallagher]] (foster carers), [[name:Priya Raman]] ({{CSW}}),
        [[name:Holly]] ({{Virtual School}})
        Apologies: Dr [[name:Beaumont]] ({{CAMHS}})
        Child: [[name:Lily-Mae]] ([[age:10]])   Ref [[case_reference:LAC-77341]]

        1. Progress - placement was close to ending in {{January}}. [[name:Ivy]] reports no
           physical aggression for six weeks and [[name:Lily-Mae]] now stays at school for
           full days ({{PEP}} targets met).
        2. What worked - [[name:Ivy]] and [[name:Seán]] finished {{PACE}} / {{therapeutic parenting}}
           training; [[name:Mark]] visited weekly instead of monthly; {{respite}} kept
           with the same carer every time.
        3. Actions - [[name:Mark]] to share this as good practice at the {{Fostering Panel}};
           [[name:Holly]] to keep the 1:1 {{TA}} in place until {{half term}}.
    """)),
    # 8 table, respite
    ("social_care", "incident", block("""
        Respite mix-up, weekend of [[date:20-21 April]]
        Reported by: [[name:Oluwaseun Adeyemi]], {{Respite Coordinator}}

        Child          | Main carer      | Booked respite carer | Where child went
        [[name:Zaid]] ([[age:8]])       | [[name:Joy Whitfield]]   | [[name:Carmen Ibáñez]]        | [[name:Carmen Ibáñez]] - OK
        [[name:Precious]] ([[age:12]])  | [[name:Hamish Reid]]     | [[name:Amber Kowalczyk]]      | [[name:Amber]]'s sister - NOT OK

        What went wrong: [[name:Amber]] had a family emergency and, without telling us, asked
        her sister (not an {{approved foster carer}}, no {{DBS}}) to have [[name:Precious]]
        for the Saturday night. [[name:Precious]] was safe and well and told [[name:Hamish]]
        on Sunday. This was an {{unregulated}} arrangement. {{Registered Manager}} has made
        a {{Schedule 7}} notification to {{Ofsted}} and [[name:Amber]]'s approval goes
        back to {{panel}}.
        Learning: respite carers need a clear out-of-hours number for cover problems.
    """)),
    # 9 handover
    ("social_care", "near_miss", block("""
        DUTY HANDOVER  {{out of hours}} -> day team   [[date:Wed 8 May]]

        1. {{EDT}} ([[name:Colm]]) needed a bed for [[name:Ruby Castellanos]] ([[age:9]]) at 22:00
           after {{police protection}}. Vacancy list showed Mr & Mrs [[name:Fairweather]] as
           available. [[name:Colm]] rang and [[name:Sue Fairweather]] agreed, then mentioned
           they were "on hold pending the {{LADO}} thing". [[name:Colm]] stopped the placement.
           Their approval has been suspended since [[date:19 April]] but the list wasn't updated.
        2. [[name:Ruby]] placed instead with [[name:Nadia Haddad]] at 23:40, settled, ate toast.
        3. Vacancy spreadsheet updated by [[name:hb]] 09:05. It is manual and only the
           {{Team Manager}} and {{admin}} can edit - raised for the {{service plan}}.
        [[name:Sue]] was upset she'd been asked; [[name:Fairweather]] household {{SSW}} to ring her today.
    """)),
    # 10 formal narrative, data breach
    ("social_care", "incident", prose("""
        On [[date:28 March 2024]] a letter about {{supervised contact}} was sent to the
        {{birth mother}} of a child in our care, Ms [[name:Kerry-Ann Doyle]]. The letter was
        produced from a template in the {{case management system}} and the foster carers'
        home address, [[address:7 Hawthorn Rise, Millbeck]] [[postcode:MB2 6XT]], had been
        left in the copy field by the {{admin officer}}, [[name:Tariq]]. Ms [[name:Doyle]]
        phoned the {{duty desk}} the next day to say she now knew where her son
        [[name:Leo]] ([[age:5]]) was living. The carers, [[name:Frank]] and
        [[name:Mei-Ling Osborne]], were told that afternoon and a {{risk assessment}} was
        completed with {{police}}; a {{marker}} was placed on the address. [[name:Leo]] has
        stayed in placement. The breach was logged as [[case_reference:DPB-2024-031]] with
        the {{Data Protection Officer}} and reported to the {{ICO}} within 72 hours.
        [[name:Tariq]] was not at fault alone: the template pulls carer details by default.
        This has now been changed.
    """)),
    # 11 success, training
    ("social_care", "success", prose("""
        Good practice to share. Foster carer [[name:Yusuf Demir]] finished his
        {{TSD standards}} workbook and a {{Team Teach}} refresher on [[date:2 February]].
        On [[date:16 February]] [[name:Charlie]] ([[age:11]]) became very distressed after a
        cancelled {{contact}} and tried to run into the road outside [[address:4 Kiln Lane]].
        [[name:Yusuf]] used the {{de-escalation}} he had just practised - low voice, giving
        space, offering a choice - and [[name:Charlie]] came back inside within ten minutes.
        No {{physical intervention}} was needed. [[name:Yusuf]] recorded it the same night
        and rang his {{supervising social worker}}, [[name:Anjali]], who shared it with the
        {{IRO}}. [[name:Charlie]] later told his {{advocate}} that "[[name:Yus]] didn't
        shout". We are using this example in the next {{Skills to Foster}} course.
    """)),
    # 12 transport near miss
    ("social_care", "near_miss", block("""
        TRANSPORT NEAR MISS - contact run
        Date: [[date:Thu 23 May]]
        Driver: [[name:Gary "Gaz" Pollard]] ([[organisation:Swiftline Taxis]]), vehicle [[vehicle_registration:YE21 KWD]]
        Child: [[name:Ellie]], [[age:4 years]]
        Carer: [[name:Bernadette Ní Fhloinn]]

        The taxi arrived with no {{booster seat}}. [[name:Gaz]] said [[name:Ellie]] "would be
        fine with the adult belt, it's only ten minutes". [[name:Bernadette]] refused and rang
        the {{contact centre}}; contact started 40 minutes late after a second car,
        [[vehicle_registration:BN19 XRL]], came with a seat. The {{transport policy}} and the [[organisation:Swiftline Taxis]]
        contract both require the right {{child restraint}}. Passed to the
        {{commissioning team}}. Thanks [[name:Bernadette]] for holding the line.
    """)),
    # 13 Slack
    ("social_care", "incident", block("""
        #fostering-assessments  ({{Slack}} export)
        @[[name:siobhan.nibhriain]]  09:14
        heads up - at [[name:Margo Hollis]]'s {{annual review}} yesterday it came out that her
        son [[name:Callum]] ([[age:19]]) moved back home at {{Easter}}. no {{DBS}}, not on the
        {{household}} list, and there are 2 kids in placement. [[name:Margo]] honestly
        thought adult children didn't count
        @[[name:derek.w]]  09:20
        ugh. has he been left alone with them?
        @[[name:siobhan.nibhriain]]  09:22
        she says once, for an hour, on the [[date:3rd]]. kids fine, no concerns raised
        @[[name:derek.w]]  09:25
        ok - {{DBS}} application today, {{safer caring}} plan updated so [[name:Callum]] isn't a
        sole carer till it's back. i'll tell the {{Registered Manager}}. case ref
        [[case_reference:FA-3320]]
    """)),
    # 14 Staying Put success
    ("social_care", "success", prose("""
        Learning review - successful {{Staying Put}} arrangement. [[name:Aroha Ngata]]
        (born [[date_of_birth:5 January 2006]]) has lived with [[name:Gail]] and
        [[name:Stanislav Novak]] since she was [[age:12]]. Early planning at her
        {{pathway plan}} meeting on [[date:9 June 2023]] meant the {{Staying Put}}
        agreement, housing benefit claim and change from {{fostering allowance}} to
        {{rent contribution}} were all ready before her birthday. Her {{Personal Adviser}},
        [[name:Rhodri]], and {{SSW}} [[name:Bianca Lautenschläger]] did a joint visit, so
        [[name:Aroha]] only had to tell her story once. She started at
        [[organisation:Harrowfield College]] in {{September}} and [[name:Gail]] says "it just
        felt like nothing changed, which was the point". The {{Leaving Care}} team want to
        use the joint-visit checklist across the service.
    """)),
    # 15 payments form
    ("social_care", "near_miss", block("""
        PAYMENTS NEAR MISS - possible fraud
        Carer: [[name:Hunter Blackwood]]   NI: [[ni_number:JT 48 27 91 C]]   DOB: [[date_of_birth:02/11/1979]]
        Carer ref: [[case_reference:FC-0561]]
        Address: [[address:Flat 3, 41 Quarry Bank Road, Harrowfield]] [[postcode:HF9 1LU]]

        On [[date:30/04/2024]] a change-of-bank request came from
        [[email:hunter.blackwood79@mailbox-uk.net]], not the address on file
        ([[email:h.blackwood@talkmail.co.uk]]). [[name:Inés]] in {{Payments}} rang the carer on
        the number on file, [[phone:07700 900183]], and he had not sent it. The
        {{fostering allowance}} run was held for this carer only, reported to
        {{Action Fraud}} ([[case_reference:NFRC240403117]]) and to {{IT Security}}.
        No money lost. Learning: always call back on the number held, never the one in the
        email.
    """)),
    # 16 rushed carer note
    ("social_care", "incident", prose("""
        sorry late reporting this. sat [[date:25th]] [[name:jayden]] & [[name:kian]] (the
        bros, [[age:9]] & [[age:11]]) were on the trampoline, [[name:kian]] pushed
        [[name:jayden]] off n he landed on his arm. swollen so took him to {{a&e}} at
        [[organisation:st marys]], {{xray}} showed {{greenstick fracture}}, hes in a
        {{cast}} 4 wks. rang {{EDT}} from the hospital. my {{ssw}} [[name:hannah]] on leave
        so spoke to [[name:deepak]] on {{duty}} mon. [[name:kian]] v upset n keeps saying
        sorry. netting on tramp had a gap where the zip broke, been fixed now. have told
        {{school}}. hosp said no concerns re {{NAI}} as i was there + saw it. [[name:hannah]]
        can u let the {{CSW}} know pls
    """)),
    # 17 thank-you e-mail
    ("social_care", "success", block("""
        From: [[name:Rose Mbatha]] <[[email:rosie.mbatha@pipmail.com]]>
        To: [[email:edt@harrowfield.gov.uk]]
        Date: [[date:2 January 2024]]
        Subject: thank you!!

        Hi all, just want to say thank you to whoever was on the phone on [[date:31st Dec]],
        I think his name was [[name:Olek]]? Our {{foster daughter}} [[name:Summer]] had a
        really bad {{panic attack}} at about {{2am}} and I was on my own. He stayed on the
        line nearly an hour, talked us through the breathing and rang the {{crisis line}}
        for us. [[name:Summer]] is ok now and has a {{CAMHS}} appointment booked. Please pass
        this on to his manager, he was amazing.

        [[name:Rose]] (and [[name:Summer]]!)
        {{Foster Carer}}, [[organisation:Harrowfield Council Fostering Service]]
    """)),
]

HEALTH = [
    # 1 chronology, corridor care
    ("health", "incident", block("""
        INCIDENT [[case_reference:W-118204]] - delayed ambulance handover
        Patient: [[name:Harold Beddoes]], [[age:84]]   NHS [[nhs_number:485 777 3457]]
        Date: [[date:18/01/2024]]   Dept: {{ED}}, [[organisation:Eastgate General Hospital]]

        14:05  Arrived by {{ambulance}} from home, ?{{UTI}} / {{delirium}}. Dept at 160%, no
               {{cubicle}}; held in the corridor with the crew.
        14:20  {{HALO}} aware. {{NEWS2}} 3.
        15:40  Crew released under {{Release to Respond}}, care handed to corridor nurse [[name:Bronwen]].
        16:55  Hourly obs not done - [[name:Bronwen]] covering 11 corridor patients alone.
        17:30  Daughter [[name:Carol Beddoes]] found him clammy and confused. {{NEWS2}} 8, BP 84/50.
        17:34  Moved to {{Resus}}. {{Sepsis Six}} started by the {{SHO}}, Dr [[name:Anand]].
        18:02  {{IV antibiotics}} given. {{Lactate}} 4.6.
        Outcome: admitted to [[organisation:Calder Ward]], improving.
        Learning: corridor care needs a named nurse for no more than 5 patients and an obs
        timer; {{HALO}} to flag any patient over 4 hours to the {{NIC}}.
    """)),
    # 2 Datix form
    ("health", "near_miss", block("""
        DATIX - NEAR MISS     Ref: [[case_reference:DX-55731]]
        Location: {{Majors}} bays 6 & 7, [[organisation:Eastgate General Hospital]]
        Date/time: [[date:11/02/2024]] 03:20

        Pt A: [[name:Mohammed Ali Khan]]    DOB [[date_of_birth:03/07/1951]]   MRN [[case_reference:EGH7720914]]
        Pt B: [[name:Mohammed Asif Khan]]   DOB [[date_of_birth:22/10/1988]]   MRN [[case_reference:EGH7731057]]
              NHS [[nhs_number:612 038 4472]]

        What happened: bloods for Pt B were labelled at the bedside with Pt A's label - both
        were on the {{Majors}} board as "[[name:M. KHAN]]". {{HCA}} [[name:Nguyen Thi Lan]]
        checked the DOB against the wristband before sending to the {{lab}} and spotted the
        mismatch. Bloods redrawn. Pt B was being worked up for {{ACS}}, so a wrong
        {{troponin}} could have sent him home.
        Actions: NAME ALERT magnet on the board for same-surname patients;
        {{positive patient ID}} reminder at the {{safety huddle}}.
        Reporter: Staff Nurse [[name:Gurpreet Kaur]]
    """)),
    # 3 Teams shout-out
    ("health", "success", block("""
        {{ED}} Consultants & Nursing  ({{Teams}})
        [[name:Ola Olaniyan]]  08:02
        Massive shout out to last night's {{Resus}} team - [[name:Eilidh]], [[name:Dhruv]],
        [[name:Tomasz Wiśniewski]] and our {{ST4}} [[name:Ana-Maria Popescu]]. A
        [[age:23-year-old]] in {{anaphylaxis}} went into {{cardiac arrest}} on arrival -
        {{ROSC}} after two cycles, {{IV adrenaline}} and a second {{fluid bolus}}.
        [[name:Tomasz]]'s airway was textbook and [[name:Ana-Maria]] ran the {{scribe}}
        sheet perfectly. Lovely {{hot debrief}} afterwards led by [[name:Dhruv]]. Family so
        grateful. This is what we're here for ❤️

        [[name:Eilidh MacLeod]]  08:15
        thanks [[name:Ola]]! [[name:Dhruv]] was brilliant as {{team leader}} too 🙌 and
        {{ICU}} outreach came in 4 mins
    """)),
    # 4 formal narrative, absconding
    ("health", "incident", prose("""
        [[name:Kieran Lusk]] ([[age:34]], hospital number [[case_reference:RXT0448172]]) is
        well known to the department as a {{frequent attender}}. He attended at 02:10 on
        [[date:Sunday 11 February]] reporting {{suicidal ideation}} after taking twenty
        {{paracetamol}} tablets. He was triaged {{orange}} and referred to {{Mental Health
        Liaison}}. At 04:30, while waiting for {{bloods}}, he left the department.
        {{Security}} were not told for 25 minutes because the {{Majors}} nurse assumed he
        had gone out to smoke. {{Police}} were informed at 05:05 (log
        [[case_reference:0211-0144]]) and found him at his flat on
        [[address:Gledhow Terrace]] at 06:15; he was returned by {{ambulance}} and his
        {{paracetamol level}} was below the treatment line. Learning: an absconding
        {{risk assessment}} should be completed at triage for every self-harm presentation,
        not only for patients detained under the {{MHA}}, and [[name:Kieran]]'s {{care
        plan}} has been updated with his {{Crisis Team}} contact.
    """)),
    # 5 rushed note, allergy
    ("health", "near_miss", prose("""
        near miss tonite, nearly gave {{co-amoxiclav}} to bay 3 lady (mrs [[name:pereira]],
        [[age:72]]). no {{allergy band}} on and clerking said {{NKDA}}. as i was drawing it
        up she said "thats not {{penicillin}} is it love" - she had {{anaphylaxis}} to it
        yrs ago, its on her {{GP}} record on {{SCR}} but nobody looked. {{F1}}
        [[name:sunny]] prescribed from the clerking, not really his fault, {{EPMA}} alert
        didnt fire cos the allergy was never entered. stopped, told nurse in charge
        [[name:ade]], changed to {{clarithromycin}} by the reg. red band on now.
        [[name:sunny]] v apologetic. pls can allergy status be a hard stop at triage??
        [[name:mags]] (band 5, {{majors}})
    """)),
    # 6 table, paeds sepsis
    ("health", "incident", block("""
        PAEDS TRIAGE INCIDENT - [[date:2 Dec 2023]]
        Child: [[name:Amira Haddou]], [[age:22 months]]   NHS [[nhs_number:703 291 8859]]   Ref [[case_reference:INC-23-4471]]

        Time  | Event                                | Obs                        | Staff
        19:02 | Triaged {{Minors}}, "viral, drinking ok" | HR 168, T 39.4, CRT 3s     | [[name:LW]]
        20:40 | Re-obs not done ({{paeds area}} full)    | -                          | -
        22:15 | {{Mum}} asks for help, child floppy      | HR 190, CRT 5s, {{mottled}}    | [[name:R. Okonjo]]
        22:18 | {{Resus}}, {{sepsis}} call, {{IO}} access    | lactate 5.2                | Dr [[name:Haverford]]
        22:40 | {{fluid bolus}}, {{cefotaxime}}            | improving                  | [[name:LW]]

        Learning: HR 168 with fever in an under-2 should trigger
        {{paediatric sepsis screening}} at triage ({{NICE}} {{NG51}}). {{PEWS}} chart not started. Mum's
        concern ("she's not herself") was not written down. [[name:Amira]] went to
        [[organisation:Birchfield Children's Hospital]] {{PICU}} and is now home.
    """)),
    # 7 minutes
    ("health", "success", block("""
        ED LEARNING FROM EXCELLENCE - MINUTES
        [[date:14 March 2024]], {{seminar room}}
        Attendees: Dr [[name:Sarah Kwarteng]] ({{Clinical Lead}}), [[name:Pippa Hollingworth]] ({{Matron}}),
        [[name:Raúl Jiménez-Soto]] ({{ANP}}), [[name:Kemal Yıldız]] ({{ST6}}), [[name:Bryony]] ({{HCA}})
        Apologies: [[name:Jo-Anne Fitzgerald]], [[name:D. Mensah]]

        1. {{Greatix}} nominations this month: 14.
        2. [[name:Bryony]] noticed a man in the {{Minors}} waiting room with slurred speech,
           did a {{FAST}} check and escalated. {{Thrombolysis}} 38 minutes after arrival;
           letter of thanks from the {{Stroke}} team.
        3. [[name:Raúl]]'s weekly {{frequent attender}} huddle - attendances for the top ten
           attenders down by a third since it started.
        4. Actions: [[name:Pippa]] to put a {{Greatix}} board in the staff room;
           [[name:Kemal]] to present item 2 at {{Grand Round}} on [[date:April 18th]].
    """)),
    # 8 handover, insulin
    ("health", "near_miss", block("""
        NIGHT -> DAY HANDOVER   {{CDU}} / {{Majors}}   [[date:09/04/24]]

        Bed 12  [[name:Faith Oyelaran]]  [[age:67]]  {{DKA}}  hosp no [[case_reference:RXT0385520]]
        - {{FRIII}} running. NEAR MISS 04:50: pump found at 60 ml/hr, should be 6 ml/hr
          (0.1 units/kg/hr, 60 kg). Reprogrammed at 04:30 after syringe change. Caught by
          [[name:Hiroshi]] at the 05:00 double check. {{CBG}} 9.4 -> 7.1, {{potassium}} 4.2.
          Dr [[name:Ferreira-Lopes]] aware, hourly {{CBG}}s, no harm. Datix [[case_reference:DX-56002]].
        Bed 14  Mr [[name:Joseph Tran]]  [[age:45]]  {{renal colic}}, awaiting {{CT KUB}}
        Bed 15  [[name:Summer-Rae Dunn]]  [[age:19]]  {{overdose}} - {{psych liaison}} at 09:00, {{RMN}} with her
        Handed over by [[name:Ngozi]] to [[name:Marek]].
    """)),
    # 9 WhatsApp, violence
    ("health", "incident", block("""
        [[date:12/03/2024]], 23:02 - [[name:Chloe Brennan]]: anyone still about? guy in {{minors}} just threw a chair at [[name:Bex]] 😡
        [[date:12/03/2024]], 23:03 - [[name:Bex Okafor]]: im ok, it hit the trolley not me. {{security}} took 9 mins to come
        [[date:12/03/2024]], 23:05 - [[name:Chloe Brennan]]: 9 MINS. we pressed the {{panic alarm}} twice
        [[date:12/03/2024]], 23:11 - [[name:Dev]] {{NIC}}: police called, ref [[case_reference:CAD 2231-120324]]. pt was waiting 6 hrs with a cut hand, known to us, {{alcohol}} on board. not an excuse. [[name:Bex]] go home if u want, ill cover
        [[date:12/03/2024]], 23:14 - [[name:Bex Okafor]]: staying. pls datix it [[name:Dev]], 3rd time this month
        [[date:12/03/2024]], 23:40 - [[name:Dev]] {{NIC}}: datix done and told the {{site manager}}. {{security}} said their radio was on the wrong channel
    """)),
    # 10 forwarded compliment
    ("health", "success", block("""
        ---- Forwarded by {{PALS}} to {{ED Matron}} ----
        From: [[name:Joanne Whitlock]] <[[email:jo.whitlock@fastnet-mail.co.uk]]>
        Sent: [[date:Friday 9 February 2024]] 11:47
        Subject: Compliment for {{A&E}}

        Dear Sir/Madam,
        My mum, [[name:Maureen Whitlock]] ([[age:88]]), was brought into your {{A&E}} on
        [[date:Friday 2nd]] after a fall with a {{fractured neck of femur}}. It was very busy
        but the nurse looking after her, [[name:Blessing]], made sure she had a
        {{fascia iliaca block}} quickly and found her a proper mattress, and the porter,
        [[name:Den]], sang to her on the way to {{x-ray}}, which made her laugh. Mum has
        {{dementia}} and they actually read her "{{This is Me}}" leaflet. Please pass on our
        thanks.
        Kind regards
        [[name:Jo Whitlock]]

        > lovely - please share with [[name:Blessing]] and [[name:Den]] at {{huddle}}. [[name:Lorraine]]
    """)),
    # 11 chronology, s136
    ("health", "incident", block("""
        Incident ref [[case_reference:W-119877]] - prolonged stay, {{s136}}
        Patient: [[name:Jordan McAllister]], [[age:27]], DOB [[date_of_birth:12/12/1996]]
        [[date:Tue 5 March]]
        16:20  Brought in by PC [[name:Nadia Qureshi]] and PC [[name:Tom Bright]] under {{s136}}.
               {{ED}} used as {{place of safety}} - the {{136 suite}} at
               [[organisation:Brookside Unit]] closed (staffing).
        16:45  Medically cleared. Referred to {{Mental Health Liaison}}.
        19:30  {{AMHP}} requested.
        23:55  {{AMHP}} [[name:Gethin]] arrives. No {{Section 12}} doctor until morning.
        [[date:Wed 6 March]]
        03:10  [[name:Jordan]] tried to leave, held by police in the corridor; other patients distressed.
        06:40  Assessed by {{s12}} doctor and {{AMHP}}; detained under {{Section 2}}.
        10:15  Out-of-area bed found; left by {{secure transport}}.
        Total time in {{ED}} 17 h 55 min, two officers tied up throughout.
        Learning: escalate to the {{on-call manager}} at 6 hours, not 12.
    """)),
    # 12 Slack, x-ray side
    ("health", "near_miss", block("""
        #ed-radiology-queries  ({{Slack}})
        @[[name:marta.s]]  14:32
        {{XR}} request for cubicle 9 says LEFT wrist but pt is holding her right and triage says R {{FOOSH}} 🤔
        @[[name:ravi.k]]  14:35
        oh no thats mine, typo on {{ICE}}. pt is [[name:Olga Petrenko]] [[case_reference:RXT0672214]]. cancelling + re-requesting RIGHT now
        @[[name:marta.s]]  14:36
        np she hadn't come round yet. i always ask them which side anyway 👍
        @[[name:ravi.k]]  14:40
        new request in. will datix as near miss - {{ICE}} defaults to left on the dropdown which doesn't help
        @[[name:t.adeyinka]]  14:52
        {{IR(ME)R}} checks did their job. thanks [[name:Marta]] 🙌 ill raise the dropdown with {{IT}}
    """)),
    # 13 formal, HALO cohorting
    ("health", "success", prose("""
        On [[date:26 December 2023]] the department had 23 ambulances waiting at 19:00. The
        {{Hospital Ambulance Liaison Officer}}, [[name:Stuart Nkemelu]] of
        [[organisation:North Vale Ambulance Service]], and {{ED}} nurse
        [[name:Grace-Ann Mullins]] opened an {{ambulance cohorting area}} in the old
        {{fracture clinic}} with one paramedic crew caring for six patients. Fourteen crews
        were back on the road within the hour and the longest handover fell from five hours
        to 58 minutes. No patient in the cohort had a delay to {{time-critical}} treatment;
        every {{ECG}} was seen by an {{ED}} doctor within ten minutes. What made it work was
        a named nurse from our side, a shared {{SBAR}} sheet that [[name:Stuart]] designed,
        and a simple rule that anyone with a {{NEWS2}} of 5 or more came straight into
        {{Majors}}. [[name:Grace-Ann]] has written up the {{SOP}} for the {{Urgent Care
        Board}}.
    """)),
    # 14 e-mail, discharge address
    ("health", "incident", block("""
        From: [[name:Fatima Zahra Benali]] ({{Discharge Coordinator}})
        To: {{ED Matron}}; {{Patient Safety Team}}
        Date: [[date:Thu 15 February 2024]]
        Subject: Discharge to wrong address - [[case_reference:W-119302]]

        Yesterday [[name:Edith Armitage]] ([[age:91]]), NHS no [[nhs_number:398 604 5120]], was
        discharged from {{Minors}} by {{patient transport}} after a {{skin tear}} dressing.
        {{PAS}} still had her old home, [[address:15 Prospect Row, Eastgate]] [[postcode:EG3 8NB]].
        She moved to [[organisation:Beechwood Lodge]] care home in {{November}}. The crew found
        the house empty and left her with a neighbour, who rang {{111}}. She was there three
        hours before [[organisation:Beechwood Lodge]] collected her - unhurt, but cold and
        frightened. The home's letter with her new address was in her bag; nobody looked
        because her {{GP}} record at [[organisation:Castlegate Surgery]] had the old address.
        Learning: confirm the discharge address with the patient or carer every time.
        [[name:Edith]]'s niece, Ms [[name:Shirley Dove]], has been spoken to and a
        {{Duty of Candour}} letter sent.
        [[name:Fatima]]
    """)),
    # 15 table, resus trolley
    ("health", "near_miss", block("""
        RESUS TROLLEY CHECK - {{Resus}} bay 2   [[date:Sun 21 Jan]]
        Item                      | Status       | Checked by
        {{Defib}} self-test         | pass         | [[name:AM]]
        {{Defib pads}} (adult)      | EXPIRED      | [[name:AM]]
        {{Suction}}                 | not working  | [[name:AM]]
        {{Bag-valve-mask}}          | ok           | [[name:AM]]
        {{Adrenaline}} 1 mg x10     | ok           | [[name:AM]]
        Signed: [[name:Amara Mensah-Boateng]]

        Near miss: pads and suction were replaced from bay 1 at 09:35. Twenty minutes later
        a patient in {{VF}} arrived in bay 2 and was shocked without delay. The trolley had
        been signed as checked on the three previous nights without opening the pads drawer.
        Not about blame - the checklist just says "pads present". Checklist now says "read
        expiry date". Thanks [[name:Amara]] for doing it properly.
    """)),
    # 16 rushed note, needlestick
    ("health", "incident", prose("""
        needlestick in {{minors}} cubicle 4 about 2330 on the [[date:6th]]. was taking a
        {{cannula}} out of a pt who was v agitated, he pulled his arm & it went into my thumb
        thru the glove. bled it, washed under the tap, covered. source pt is [[name:k.o.]]
        (hosp no [[case_reference:RXT0218840]]), known {{IVDU}}, {{Hep C}} status unknown.
        [[name:jo]] ({{NIC}}) rang {{micro}} and the on call reg started me on {{PEP}}
        within the hr. {{occ health}} appt [[date:tues 9th]]. {{sharps bin}} was full + on the
        floor so i had to put the cannula on the trolley first which is when he grabbed.
        3rd full bin this wk. - [[name:aisling]]
    """)),
    # 17 form, frequent attender
    ("health", "success", block("""
        LEARNING SUMMARY - {{frequent attender}} {{care plan}}
        Name: [[name:Winifred "Winnie" Agyeman]]   Hosp no: [[case_reference:RXT0911835]]
        NHS: [[nhs_number:450 116 2937]]   DOB: [[date_of_birth:30/06/1958]]
        Address: [[address:88 Sutcliffe Street, Eastgate]] [[postcode:EG1 4DS]]
        GP: [[organisation:Millbrook Medical Practice]]   Key worker: [[name:Raúl Jiménez-Soto]] ({{ANP}})

        Background: 62 attendances in 12 months, mostly {{chest pain}} and {{anxiety}};
        many normal {{ECG}}s and {{troponin}}s.
        What we did: {{multi-agency}} meeting on [[date:10 October 2023]] with her {{GP}},
        {{social prescriber}} [[name:Dominika]], the {{community mental health team}} and
        [[name:Winnie]] herself. One-page plan on the {{ED}} system, a named contact, and
        weekly calls from [[name:Dominika]].
        Result: 5 attendances in the six months since. [[name:Winnie]] says "someone rings me
        now, I don't need to come in to talk to somebody".
    """)),
]

AVIATION = [
    # 1 RT transcript, drone
    ("aviation", "incident", block("""
        RT TRANSCRIPT (extract) - [[date:07/06/2024]]
        Aircraft [[aircraft_registration:G-NVPH]] ({{EC135 T2+}}), callsign [[flight_number:INDIA 72]]
        Task: {{missing person}} search, log [[case_reference:NM-0607-2231]]

        22:14:05  {{TFO}} (intercom): Drone! Left ten o'clock, same level, close.
        22:14:08  Pilot (intercom): Visual. Breaking right.
        22:14:20  [[flight_number:India Seven Two]]: [[organisation:Hallbridge Radar]], [[flight_number:India Seven Two]],
                  {{UAS}} sighting, two miles east of the reservoir.
        22:14:31  Radar: [[flight_number:India Seven Two]], roger, no other reports, say level.
        22:14:35  [[flight_number:India Seven Two]]: 800 feet {{QNH}} 1009, drone at our level, estimate
                  80 feet away. Will file.

        Crew: [[name:Lewis Abernethy]] (pilot), [[name:Farhana Begum]] ({{TFO}}), [[name:Obi]] ({{TFO}})
        Notes: [[name:Farhana]] saw it on {{NVG}} only - no lights on the drone. {{Airprox}}
        filed with {{UKAB}} and {{MOR}} raised. Ground units found the operator in a garden
        on [[address:Mill Hey Road]]; no {{Flyer ID}}.
    """)),
    # 2 rushed TFO note, NVG
    ("aviation", "near_miss", prose("""
        nvg issue on the late sortie on the [[date:14th]]. left tube on my {{NVG}} started
        flickering then went dim about 20 mins into the search over the moor. told
        [[name:gav]] (pilot), he was still on goggles, i was meant to be the backup eyes.
        we climbed to {{MSA}} and he flew on instruments towards the town lights while i came
        off goggles. no drama but if his set had gone too we'd have been in trouble - no
        {{moon}}, hardly any {{cultural lighting}}. [[name:kev]] in {{engineering}} reckons a
        loose connector on the old type {{battery pack}}. set u/s and tagged. not sure the
        {{pre-flight}} check picks up intermittent faults? also spare packs live in the crew
        room not the aircraft. [[name:mo]] ({{TFO}}), a/c [[aircraft_registration:G-CPLV]]
    """)),
    # 3 shout-out
    ("aviation", "success", block("""
        ⭐ SHOUT-OUT ⭐   {{Air Ops}} noticeboard
        Big thanks to the {{night shift}} on [[date:Sat 20 January]] - Capt [[name:Ingrid Solberg]],
        {{TFO}} [[name:Hope Ferreira]] and {{TFO}} [[name:Dylan "Taff" Morgan]].
        Job: {{vulnerable missing}}, a [[age:78-year-old]] man with {{dementia}} who walked out of
        [[organisation:Rowan Court]] care home in his slippers, minus 3 outside.
        [[name:Hope]] picked up a faint heat source in a drainage ditch on the {{FLIR}} at 01:47,
        900 m outside the ground search area. [[name:Taff]] talked the {{Dog Unit}} straight
        onto him. He was {{hypothermic}} but talking; {{ambulance}} took him in and he is now
        home. [[name:Ingrid]]'s steady hover in gusts made the camera work possible.
        Textbook {{CRM}}.
        - Sgt [[name:P. Lindqvist]], {{Unit Sergeant}}
    """)),
    # 4 occurrence report, laser
    ("aviation", "incident", block("""
        LASER ILLUMINATION - OCCURRENCE REPORT
        Ref [[case_reference:ASU-24-0338]]   {{MOR}} submitted: yes
        Date: [[date:Friday 15 March 2024]]   Aircraft: [[aircraft_registration:G-CPLV]] ({{H135}})
        Crew: [[name:Abimbola Adeyinka]] (commander), [[name:Lars]] ({{TFO}}), [[name:Ksenia Volkova]] ({{TFO}})

        21:52  Tasked to {{ASB}}, youths on garage roofs, [[address:Ravensworth Estate]].
        22:03  Green {{laser}} strike from the north-east, pilot's side. Commander shielded
               eyes, climbed and turned tail to the source.
        22:04  [[name:Ksenia]] found the source on the camera - male on a 4th floor balcony,
               [[address:Kestrel House, Ravensworth Estate]].
        22:10  Ground units arrested the male and seized the laser (log [[case_reference:NP-240315-1877]]).
        22:25  {{RTB}}. [[name:Abimbola]] reported an afterimage in the right eye; stood down and
               seen by the {{AME}} next day.
        Outcome: no lasting injury, 48 h off flying. {{Laser glasses}} were in the door pocket
        but not worn - the {{SOP}} says carry, not wear. [[name:Lars]] suggests we review that.
    """)),
    # 5 table, fuel
    ("aviation", "near_miss", block("""
        FUEL NEAR MISS - [[date:02/02/24]]   a/c [[aircraft_registration:G-NVPH]]   callsign [[flight_number:INDIA 72]]
        Pilot: [[name:Fionn Ó Súilleabháin]]   TFOs: [[name:Chen Wei]], [[name:Natalia]]

        Time  | Event                                   | Fuel kg
        19:10 | Lift, {{pursuit}} tasking                   | 520
        19:48 | Pursuit ends, re-tasked to search       | 310
        20:22 | Planned {{RTB}} point                       | 205
        20:24 | {{Silver}} asks for "five more minutes"     | 195
        20:31 | Leaves scene                            | 170
        20:52 | Lands at base                           | 92

        Landed 8 kg under the 100 kg reserve in the {{Ops Manual}}. Headwind on the way back
        was stronger than the {{TAF}}. [[name:Fionn]] said he felt pressure from the ground
        commander and [[name:Natalia]] said she didn't like to speak up. Learning: the
        {{bingo fuel}} call belongs to the pilot; {{TFO}}s should call fuel every 10 minutes
        once below 250 kg. Discussed at {{CRM}} training.
    """)),
    # 6 minutes, debrief
    ("aviation", "success", block("""
        POST-INCIDENT DEBRIEF - MINUTES
        Op: {{firearms}} incident, [[date:8 April 2024]]   Log [[case_reference:NP-240408-0412]]
        Present: Insp [[name:Rhiannon Pugh]] ({{Unit Manager}}), [[name:Marcus Tembo]] (pilot),
        [[name:Sky]] ({{TFO}}), [[name:Rajesh "Raj" Iyer]] ({{TFO}}), [[name:Hollie Brandt]] ({{ARV}} sergeant, guest)
        Apologies: [[name:Victor Amankwah]]

        1. Summary - male with a {{shotgun}} in open farmland, {{ARV}} crews containing.
        2. Went well - [[name:Sky]] kept a running commentary so ground teams never had to
           ask; [[name:Raj]] held a stable {{thermal}} image that was sent to {{Gold}} via the
           {{downlink}}. Male surrendered at 03:12 with no shots fired.
        3. [[name:Hollie]] said the ground view was the best she had seen and asked for
           joint training.
        4. Could improve - {{orbit}} drifted over the cordon twice; [[name:Marcus]] to brief
           a wider orbit for this kind of job.
        Action: [[name:Rhiannon]] to arrange a joint session with {{ARV}} in {{May}}.
    """)),
    # 7 e-mail, pursuit
    ("aviation", "incident", block("""
        From: Insp [[name:Declan Byrne-Mahony]] <[[email:declan.byrnemahony@northmoor.police.uk]]>
        To: {{ASU}} {{Duty Sergeant}}
        Date: [[date:Sun 28 April 2024]] 02:47
        Subject: Pursuit tonight - [[vehicle_registration:KX17 WPE]]

        Sarge,
        Raising this so we learn from it, not to moan. During the pursuit of
        [[vehicle_registration:KX17 WPE]] (stolen grey {{Audi A3}}) at about 01:15 the aircraft
        held a low orbit over [[address:Brindle Park]] after the occupants decamped. The
        {{Nightsun}} was switched on while our {{dog handler}} was approaching covertly and lit
        him up; the suspect ran again. The {{TFO}} wasn't on our talkgroup - comms went via
        {{Force Control}}, with a 20-30 second lag.
        Second suspect detained by PC [[name:Amber Nightingale]] in a garden on
        [[address:Lavender Way]]. One still outstanding.
        Could we agree that the {{ASU}} joins the pursuit talkgroup as standard?
        Regards
        [[name:Declan]]
        {{Response Inspector}}, [[organisation:Northmoor Police]]
    """)),
    # 8 ATC transcript, infringement
    ("aviation", "near_miss", block("""
        {{ATC}} TAPE TRANSCRIPT - {{controlled airspace}} infringement
        Unit: [[organisation:Ashby Moor Approach]]   Date: [[date:19/05/2024]]   Ref: [[case_reference:ATC-IR-2024-117]]

        1412:10  APP: [[flight_number:India Seven Four]], you are entering the {{CTR}} without clearance, turn left heading two seven zero immediately.
        1412:16  [[flight_number:India Seven Four]]: Left two seven zero, apologies, we understood we had a {{zone transit}}.
        1412:20  APP: [[flight_number:SKV482]], {{traffic information}}, police helicopter one mile ahead, 1200 feet, turning away.
        1412:26  [[flight_number:SKV482]]: Looking, {{TCAS}} contact, continuing.
        1412:40  APP: [[flight_number:India Seven Four]], now cleared to enter the zone not above 1500 feet, {{QNH}} 1014.

        Pilot's note (Capt [[name:Bashir Al-Khouri]]): our request was for a transit east of
        the field; the earlier reply was "standby", which the {{TFO}} heard as approved during a
        busy search. The [[organisation:Skyvale Airways]] {{A320}} was on {{final approach}};
        closest point about 1 nm and 800 ft. Learning: no entry without a clear read-back.
        {{MOR}} filed.
    """)),
    # 9 Teams chat, MRT and coastguard
    ("aviation", "success", block("""
        {{Teams}} chat - ASU / [[organisation:Greystone Mountain Rescue Team]]
        [[name:Dan Whitehead]] ([[organisation:GMRT]])  [[date:23/09/2023]] 17:20
        Just wanted to say thanks for this afternoon. Your {{TFO}} [[name:Nomvula]] found our
        fallen walker on the scree in 6 minutes - we'd have been an hour getting up there
        blind. The grid she passed was spot on.
        [[name:Nomvula Dlamini]]  17:34
        No worries! Glad he's ok. The orange jacket helped 😄 Good call getting
        [[flight_number:Rescue 921]] for the winch, we can't lift from there.
        [[name:Dan Whitehead]] ([[organisation:GMRT]])  17:36
        Casualty is a [[age:61-year-old]] with a {{tib/fib}} fracture, now at
        [[organisation:Eastgate General Hospital]]. {{Coastguard}} crew said the smoke you
        marked for wind direction was perfect. We'll write it up for the {{MRT}} newsletter.
        [[name:Piotr]] ({{ASU}} pilot)  17:40
        👍 nice team effort
    """)),
    # 10 handover, loose fairing
    ("aviation", "incident", block("""
        SHIFT HANDOVER   {{day}} -> {{night}}   [[date:Tues 4th June]]
        [[aircraft_registration:G-CPLV]] - U/S.  [[aircraft_registration:G-NVPH]] - serviceable, 80% fuel, {{NVG}} fitted.

        - INCIDENT: after the 14:30 sortie [[name:Gabriel Santos]] found the {{MX-10}} turret
          fairing on [[aircraft_registration:G-CPLV]] loose - one of four fasteners missing.
          Not signed for after the {{scheduled maintenance}} on [[date:Sunday 2nd]], so the
          aircraft flew two sorties like that. {{Tech log}} entry [[case_reference:TL-4471]].
        - Engineer [[name:Rob]] ([[organisation:Aerotek Rotary Services]]) inspecting; {{MOR}}
          to follow. {{FOD}} walk of {{hangar}} and {{pan}} done, fastener not found.
        - Night crew: [[name:Maja]] (pilot), [[name:Liam Ó Briain]] and [[name:Thandiwe Dube]] ({{TFO}}s).
          Please do an extra walk-round on [[aircraft_registration:G-NVPH]] - same engineer
          team did its check.
        - {{NOTAM}} for the fireworks display on Saturday is in the briefing folder.
    """)),
    # 11 formal, wires
    ("aviation", "near_miss", prose("""
        On [[date:3 August 2023]] [[aircraft_registration:G-NVPH]] was returning from a
        {{search}} when the {{chip light}} came on. The commander, [[name:Jonas Eriksen]],
        elected to make a {{precautionary landing}} in a field beside
        [[organisation:Hollin Farm]]. During the {{recce}} the {{TFO}},
        [[name:Aditi Venkataraman]], saw the shadow of a power line crossing the field's
        western edge, which did not appear on the {{moving map}} or the {{hazard map}}; the
        poles were hidden in a hedgerow. [[name:Jonas]] moved the approach 200 metres east
        and landed safely. The landowner, Mr [[name:Tranter]], said the line was put in
        eighteen months earlier. The {{chip detector}} showed normal wear. The unit has
        asked the {{DNO}} for updated line data and [[name:Aditi]]'s spot has been added
        to the local hazard database.
    """)),
    # 12 thank-you letter
    ("aviation", "success", block("""
        Dear all at the {{Air Support Unit}},

        On the night of [[date:11 November]] my dad, [[name:Bernard Kaczmarek]] ([[age:81]]),
        went missing from our home at [[address:3 Orchard Mews, Lower Fenby]] [[postcode:LF7 3JX]].
        He has {{Alzheimer's}} and it was pouring with rain. The {{police}} told us the
        helicopter was coming and at about {{11pm}} we heard it overhead. Your officers found
        him in the woods half a mile away with their {{heat camera}} and guided PC
        [[name:Hughes]] and her colleague to him. He was soaked but not hurt.
        Dad is doing well and now has a {{GPS tracker}} on his wrist. We will never forget
        the sound of that helicopter.

        With grateful thanks,
        [[name:Wojciech]] and [[name:Teresa Kaczmarek]]
    """)),
    # 13 Slack, fatigue
    ("aviation", "incident", block("""
        #asu-crew-room  ({{Slack}})
        @[[name:kobrien]]  07:58
        just realised looking at the {{duty sheet}} - [[name:Jules]] went over the max {{FDP}} last night. on at 18:00, job ran long, landed 07:20 = 13h20
        @[[name:jules.m]]  08:03
        yeah that's me. i knew it was tight, thought i had the extension under the {{Ops Manual}} but i didn't tell anyone before we lifted for the last job
        @[[name:kobrien]]  08:05
        not a witch hunt mate. can you do an {{MOR}} + {{FRMS}} report? and you're off tonight, [[name:Ahmed]] will cover
        @[[name:ahmed.r]]  08:09
        👍 covering. should the {{TFO}}s be tracking the pilot's hours too?
        @[[name:kobrien]]  08:11
        good shout, will add to the {{pre-flight}} brief. unit ref [[case_reference:ASU-24-0512]]
    """)),
    # 14 e-mail, footage
    ("aviation", "near_miss", block("""
        From: [[name:Leah Goldberg]] ({{Imagery Officer}})
        To: {{Information Security}}; {{DPO}}
        Date: [[date:12 July 2024]]
        Subject: Near miss - footage link nearly sent outside the force

        I was sending the {{FLIR}} footage from job [[case_reference:NP-240710-0561]] to the
        {{CPS}} lawyer, [[name:Imogen Sharpe]]. Autocomplete chose
        [[email:imogen.sharpe84@freemail.co.uk]] (an old personal contact) instead of
        [[email:i.sharpe@cps-north.gov.uk]]. The footage shows a [[age:16-year-old]]
        suspect's face and the victim's front door at [[address:27 Tanners Row]].
        The {{secure send}} tool warned "external recipient" and I stopped before sending.
        Learning: please can we switch off autocomplete for evidential footage and use the
        {{DEMS}} link only?
        [[name:Leah]]
    """)),
    # 15 formal, pursuit success
    ("aviation", "success", prose("""
        On [[date:Saturday 6 July]] at about 23:40, [[vehicle_registration:LD68 OVN]] failed
        to stop for {{Roads Policing}} and was driven at speed through residential streets.
        [[flight_number:INDIA 72]] arrived overhead within four minutes and the {{TFO}},
        [[name:Grace Li]], took over the commentary. This let the {{Pursuit Commander}}
        withdraw the ground cars to a distance, so the driver slowed down. Commander
        [[name:Jean-Baptiste Mwamba]] kept the aircraft high and quiet, with no
        {{Nightsun}}. The vehicle stopped on [[address:Heron Drive]] and the driver,
        [[age:aged 17]], ran into a garden where PC [[name:Ollie Tremayne]] found him using
        [[name:Grace]]'s directions. Nobody was hurt and no {{stinger}} was needed. The
        {{Pursuit Tactical Adviser}} has asked for this to be used in {{TPAC}} training as
        an example of the aircraft lowering risk.
    """)),
    # 16 rushed note, bird strike
    ("aviation", "incident", prose("""
        bird strike on lift from base this am ~0710, [[aircraft_registration:G-NVPH]]. big
        gull hit the left windscreen at about 300ft climbing out over the {{pan}}. loud bang,
        crack in the screen approx 15cm, nothing came in. [[name:rach]] landed straight back
        on, nobody hurt, {{TFO}} [[name:dunc]] a bit shaken. engineers ([[name:stefan]]) say
        screen change, a/c off line 2 days min. the {{bird scaring}} run wasnt done this
        morning, the guy who does it ([[name:nige]]) is off sick and nobody covering.
        {{MOR}} + {{birdstrike}} form done. jobs covered by [[organisation:Fellside ASU]] under
        {{mutual aid}} til [[aircraft_registration:G-NVPH]] is back.
    """)),
]

REPORTS = SOCIAL_CARE + HEALTH + AVIATION

if __name__ == "__main__":
    write_records(OUT, build_records("blind268", REPORTS))
