"""Held-out blind corpus 270: UK incident, near-miss and success ("learning") reports.

Fifty hand-written reports as front-line practitioners type them into a confidential reporting
system, written blind (without sight of the de-identifier or of any other corpus):

* social_care (17): a youth justice team's court and custody work - appropriate adults, police
  custody, remand, bail, court reports.
* health (17): a hospital's discharge planning and social work team - care packages, care homes,
  families, delays, transport.
* aviation (16): a cabin crew team on short-haul flights - pursers, passengers, medical
  incidents, disruptive passengers, galley.

Styles are deliberately mixed: rushed lower-case notes with typos and txt-speak, formal
narratives, chronologies with times, forms with Name/DOB/Ref/Address fields, e-mails with headers
and signatures, chat exports (Teams, WhatsApp, Slack) with handles, handover notes, minutes with
attendance and apologies, pipe-separated tables, an RT transcript, shout-outs and thank-you notes.
All people, organisations, places and numbers are invented. Identifiers are marked
[[label:value]]; must-not-redact mentions (roles, agencies, frameworks, clinical terms, place
types, equipment, look-alike acronyms) are marked {{term}}.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from markup import block, build_records, write_records  # noqa: E402
from markup import flow as prose  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "corpus" / "heldout_blind270.jsonl"

REPORTS = [
    # ------------------------------------------------------------------ social_care (17)
    ("social_care", "incident", prose("""
        quick one b4 i forget, sorry for typos. {{AA}} call came in 02:10 on [[date:sat 9th]]
        from the {{custody sgt}} at [[organisation:Ashgrove police stn]] re [[name:kyle]]
        [[age:15yo]], nicked for {{robbery}}. {{EDT}} rota had [[name:dom]] down as
        {{appropriate adult}} but his phone went to vm x3 so i went instead, got there 03:40. by
        then [[name:kyle]] had been in a cell nearly 4hrs with no {{AA}} and the {{FME}} had
        already seen him re a cut hand - nobody rang his {{mum}} til gone 3. {{duty solicitor}}
        ms [[name:rahimi]] not happy, interview put back to 09:00. custody record
        [[case_reference:44/1187/24]]. prob a {{PACE}} {{Code C}} issue tbh. need to sort the rota
        numbers asap, [[name:dom]]'s mobile on the sheet is an old one
        ([[phone:07700 914 382]]). will datix mon. [[name:tee]]
    """)),
    ("social_care", "near_miss", prose("""
        On [[date:14 February]] [[name:Tomasz Wiśniewski]] ([[age:aged 17]]) was remanded to
        {{youth detention accommodation}} by [[organisation:Wexley Youth Court]] following a
        {{breach}} of his {{Youth Rehabilitation Order}}. When I checked the remand warrant in the
        corridor before it went to the {{escort staff}}, it had been completed as a remand to
        [[organisation:HMP Fenwick]], an adult prison. The {{legal adviser}} had worked from the
        {{PNC}} printout, which carried an incorrect date of birth of
        [[date_of_birth:02/03/2005]]; our records and his passport give
        [[date_of_birth:02/03/2007]]. I raised it with the {{District Judge}} before the court
        rose and a corrected warrant was issued. The {{YJB Placement Team}} then confirmed a bed at
        [[organisation:Ridgeway Secure Training Centre]]. Had the warrant not been checked he
        would have been taken to an adult establishment by {{PECS}}. Police have been asked to
        correct the PNC entry. Reported by [[name:Grace Adeyemi]], {{YJS Court Officer}}.
    """)),
    ("social_care", "success", block("""
        Teams - YJS Court & Custody channel - [[date:21/03/24]]

        [[name:Priya Nair]] 09:14
        big shout out to [[name:Faith]] for yesterday 👏 {{youth court}} were minded to {{remand}}
        [[name:JR]] but she turned round a full {{bail support}} package overnight - {{ISS}},
        {{curfew}} with {{EM}}, and a college place. {{CPS}} withdrew their objection and the
        {{bench}} went with it

        [[name:Sunny Dhillon]] 09:20
        legend. that's his first night at home in 3 weeks

        [[name:Faith Mensah]] 09:31
        aw thanks both 😊 couldn't have done it without [[name:Marcus]] from {{ETE}} ringing round
        at 6pm - [[organisation:Wexley College]] said yes to an interview on [[date:Tues 26th]].
        also [[name:JR]]'s {{nan}} was amazing, stayed at court all day

        [[name:Priya Nair]] 09:33
        adding to the {{practice week}} slides 🙌 (anonymised obvs)
    """)),
    ("social_care", "incident", block("""
        Chronology - release from custody without a safe address
        YP: [[name:Amber-Lee Kavanagh]], [[age:16]], ref [[case_reference:YJ/24/0562]]
        [[date:Fri 12 April]]
        15:20  Arrested for {{criminal damage}} at [[organisation:Oakfield Children's Home]]. Home
               gives notice, will not accept her back.
        17:05  {{EDT}} social worker ([[name:Bill Tranter]]) informed, searching for an
               {{emergency placement}}.
        19:30  Interviewed with {{AA}} [[name:Nadia]] from our team. {{No comment}}.
        21:45  Charged; bail granted by the {{custody inspector}} to
               [[address:7 Larch Walk, Hebden Vale]] (aunt) - aunt not contacted by police first.
        23:30  Released. Aunt not answering. YP walked out into the {{car park}} alone.
        23:55  [[name:Nadia]] drove back round in the pool car ([[vehicle_registration:WX68 RFN]]),
               found [[name:Amber-Lee]] at the {{bus station}}, took her to the aunt, who refused.
        01:40  {{EDT}} placed her at [[organisation:Kestrel House]].
        Learning: police must not set a bail address without checking it; a {{PACE}} transfer to
        {{local authority accommodation}} should have been considered.
    """)),
    ("social_care", "near_miss", block("""
        From: [[name:Hope Castellano]] <[[email:hope.castellano@calderbrook.gov.uk]]>
        To: [[email:yjs.court@calderbrook.gov.uk]]
        Cc: [[name:Rhys Pugh]]
        Date: [[date:23 May 2024]] 08:47
        Subject: near miss - cloned PSR

        Hi all,

        Yesterday I picked up the {{PSR}} for [[name:Ellis]]'s {{sentencing}} at
        [[organisation:Wexley Youth Court]] and on final proofread found that section 2 still
        held another child's details - full name ([[name:Jayden Okoro]]), {{DOB}}
        [[date_of_birth:19/07/2008]] and address [[address:22 Ferrier Street, Wexley]]
        [[postcode:WX2 8LN]] - left over from the report it had been cloned from. It was due to
        go to the {{CPS}}, the {{defence}} and the {{bench}} at 10am.

        Nothing was disclosed. I've logged it with the {{Data Protection Officer}} as a near miss.
        Please don't clone old reports - start from the {{blank template}} on the {{AssetPlus}} page,
        and ask for a second read if you're pushed for time.

        Thanks,
        [[name:Hope]]

        [[name:Hope Castellano]] | {{Senior Practitioner}} (Court)
        [[organisation:Calderbrook Youth Justice Service]] | [[phone:01632 960 418]]
    """)),
    ("social_care", "success", block("""
        Children in Custody Review Group - minutes
        Date: [[date:6 June 2024]], 14:00, on {{Teams}}
        Present: [[name:Rose Whitfield]] (Chair, {{Head of Service}}), Insp
        [[name:Gareth Lloyd-Jones]] (custody), [[name:Olu Adebayo]] ({{YJS}}),
        [[name:Mei-Lin Chou]] ({{EDT}}), [[name:P. Sandhu]] (placements)
        Apologies: [[name:Mark Ebbs]], DS [[name:Kirsty Allen]]

        1. Overnight detention - good news. Children held overnight post-charge at
        [[organisation:Ashgrove]] fell from 19 in {{Q4}} to 6 in {{Q1}}. [[name:Rose]] thanked
        custody staff and {{EDT}}.
        2. Case example - [[name:DK]] ([[age:14]]) charged 21:50; {{PACE}} transfer to
        {{local authority accommodation}} agreed by 22:30 and a foster carer collected him. First
        time the new {{Concordat}} flowchart was used end to end.
        3. Actions - [[name:Olu]] to circulate the flowchart to {{custody sergeants}};
        [[name:Mark]] to update the poster at the {{custody desk}}; [[name:PS]] to keep two
        emergency beds ring-fenced.
        Next meeting: [[date:4 September]].
    """)),
    ("social_care", "incident", block("""
        WhatsApp - AA volunteers 🟢 - [[date:17/06/2024]]
        [18:02] [[name:Joy Okafor]]: at custody now. they read [[name:Luca]] his rights before I
        got here 😡 he's [[age:13]]
        [18:03] [[name:Sam]] (AA coord): which suite?
        [18:04] [[name:Joy Okafor]]: [[organisation:Marsh Lane]]. {{booking-in}} done, and the
        {{strip search}} question came up, I said absolutely not without me present
        [18:05] [[name:Sam]] (AA coord): ring the {{duty inspector}}. has he got a {{solicitor}}?
        [18:11] [[name:Joy Okafor]]: yes requested. also he's got an {{EHCP}} + {{ADHD}}, {{mum}}
        says he doesn't understand the {{caution}} at all. asked for {{Liaison and Diversion}}
        [18:40] [[name:Joy Okafor]]: inspector has agreed to re-do rights + entitlements with me
        there. custody record [[case_reference:MLC/24/06/3381]]
        [18:41] [[name:Sam]] (AA coord): 👍 thanks [[name:Joy]]. put it on the incident log
        tonight pls
    """)),
    ("social_care", "near_miss", block("""
        HANDOVER - weekend duty to Monday court team
        From: [[name:Zainab]] (duty)   To: [[name:Wojtek]] / whoever is on court

        1) [[name:Reece Hartigan]] - [[case_reference:YJ/23/1190]] - remanded {{YDA}} at
           [[organisation:Ridgeway STC]], production at [[organisation:Wexley Youth Court]] Mon
           [[date:8 July]] 10:00.
           !! Checked {{PECS}} Sunday night - NO booking for him. The court {{list}} has him as
           "on bail", so nobody had requested transport. Emailed the {{PECS}} hub and rang the
           {{STC}}; booking now confirmed (ref [[case_reference:PEC-774120]]). {{Video link}}
           requested as a backup. Please double-check at 08:30 - if [[name:Reece]] doesn't
           appear he'll sit another 8 days.
        2) [[name:Chiamaka]] ([[age:15]]) - {{bail}} to mum's, {{curfew}} 19:00-07:00, {{EM}}
           fitted Sat. No issues.
        3) [[name:Jordan]] - {{no further action}}, closed on {{ChildView}}.

        Near miss logged. [[name:Z]].
    """)),
    ("social_care", "success", block("""
        Thank-you card received [[date:9/8/24]] - typed up by {{admin}} for the
        {{shout-out board}}

        Dear [[name:Will]],

        I just wanted to say thank you for sitting with my son [[name:Kai]] at the
        {{police station}} on [[date:2 August]]. I couldn't be there because of my shift and I was
        worried sick. You explained everything to him before the {{interview}}, made sure the
        {{solicitor}} stopped when he got confused and you rang me straight after. He got a
        {{Youth Caution}} and a place on {{Turnaround}} instead of going to court, and he actually
        talks about you like you're on his side. You were the only person there for him.

        Thank you from me and [[name:Kai]]'s {{nan}}.
        [[name:Shirley]] ([[name:Kai]]'s {{mum}})
    """)),
    ("social_care", "incident", block("""
        INCIDENT REPORT FORM
        Service: [[organisation:Calderbrook Youth Justice Service]]
        Incident ref: [[case_reference:IR-2024-0831]]
        Date of incident: [[date:19/08/2024]]   Time: 11:25
        Location: {{court cells}}, [[organisation:Wexley Magistrates' Court]]
        Young person: [[name:Dariusz Nowak-Bell]]
        DOB: [[date_of_birth:11/01/2009]]
        Address: [[address:Flat 3, 41 Canal Row, Wexley]] [[postcode:WX1 4TS]]
        YJS ref: [[case_reference:YJ/24/0214]]
        Reported by: [[name:Sunita Rao]], {{Court Officer}}

        Description:
        After the {{District Judge}} adjourned for a {{pre-sentence report}}, [[name:Dariusz]]
        refused to go back into his cell and two {{escort officers}} restrained him face down and
        applied {{handcuffs}}. He complained of wrist pain. No first aid was offered; I asked for a
        {{paramedic}} at 11:40, who attended at 12:35 and advised an {{X-ray}}. I was not allowed
        into the cell area during the restraint.
        Actions: {{LADO}} contacted about the restraint; complaint lodged with the escort
        contractor; {{mum}} informed at 12:50.
    """)),
    ("social_care", "near_miss", block("""
        AA rota check - w/c [[date:2 September]] - near miss

        Day | Volunteer | Mobile | Note
        Mon | [[name:Pat Brennan]] | [[phone:07700 900 215]] | ok
        Tue | [[name:Hamid Qureshi]] | [[phone:07700 900 733]] | {{DBS}} expired [[date:31/08]] - should not be on rota
        Wed | [[name:Grace O'Neill]] | [[phone:07700 900 468]] | ok
        Thu | - | - | NO COVER, not flagged
        Fri | [[name:Pat Brennan]] | [[phone:07700 900 215]] | also on {{court duty}} - double booked

        Picked up by [[name:Leon]] doing the {{Sunday}} check. If missed, a child in {{custody}}
        on Tue or Thu could have waited hours for an {{AA}}, or police would have used an untrained
        adult, which {{PACE}} does not allow. [[name:Hamid]] has been stood down until his
        {{DBS}} renewal clears. Thu now covered by [[name:Leon]]. The rota spreadsheet will get an
        expiry column; {{NAAN}} standards say all AAs must be vetted and trained. Logged for the
        {{Management Board}}.
    """)),
    ("social_care", "incident", prose("""
        On [[date:Tuesday 17 September]] I was the {{Court Officer}} at
        [[organisation:Wexley Youth Court]]. Because of building works the youth and adult lists
        were sharing the ground-floor {{waiting area}}. At about 10:15 the {{usher}} called
        [[name:Kieran Doyle]] ([[age:16]]) into court by his full name over the public address
        system. Members of the victim's family were sitting in the same area for an unrelated
        adult matter and recognised the name. One of them, a man I now know as
        Mr [[name:Stanislav Petrov]], followed [[name:Kieran]] towards the courtroom door shouting
        threats. {{Security officers}} intervened and [[name:Kieran]] was taken to a side room
        with his {{mum}}. Nobody was injured. Publicly naming a child undermines the
        {{reporting restrictions}} under {{section 49}} of the
        {{Children and Young Persons Act 1933}}. I have raised it with the {{HMCTS}} delivery
        manager, who agreed youth cases will be called by first name only, and I have informed
        the {{Victim Liaison Officer}}. Reported by [[name:Anil Varghese]], [[date:18/09/24]].
    """)),
    ("social_care", "success", block("""
        #yjs-wins   (Slack)

        [[name:mo.hussain]]  11:02
        shoutout to @[[name:bella_t]] 🎉 the {{SALT}} communication passport she wrote for
        [[name:Tyrone]] ([[age:14]]) got used in custody at [[organisation:Ashgrove]] last night.
        {{custody sgt}} actually read it, gave him a break every 20 mins and used the visual
        {{rights and entitlements}} sheet. {{L&D}} nurse came in before {{interview}}.
        [[name:Tyrone]] said it was "less scary than last time"

        [[name:bella_t]]  11:09
        aw thanks [[name:Mo]]!! credit to his {{nan}} Mrs [[name:Achterberg]] too, she brought the
        passport in her handbag 😂

        [[name:jules.ferreira]]  11:15
        this is brilliant, can we get one on file for every kid on the {{SEND}} list? will raise
        at {{DMT}}
    """)),
    ("social_care", "near_miss", prose("""
        Near miss - age-disputed child held as an adult. At 16:30 on [[date:3 October]] our team
        received a call from a {{custody nurse}} at [[organisation:Marsh Lane]] about a detainee
        booked in as [[name:Abdirahman Yusuf Farah]], recorded by the arresting officers as
        [[age:19]] on appearance. Through a {{Somali}} {{interpreter}} he had told the nurse he was
        [[age:16]], but no {{appropriate adult}} had been called and an interview was scheduled
        for 17:00. I attended as AA and asked the {{custody inspector}} to treat him as a child, as
        {{PACE}} requires where there is any doubt. The {{Home Office}} reference
        [[case_reference:F1183992]] showed no previous {{age assessment}}. He was interviewed at
        19:10 with me present and bailed to the {{UASC}} placement found by EDT. Children's
        Services will complete a {{Merton-compliant}} assessment. Without the nurse's call he
        would have been interviewed as an adult. [[name:Ikechukwu Obi]],
        {{Youth Justice Officer}}
    """)),
    ("social_care", "incident", block("""
        From: [[name:Lorraine Beattie]] ({{HMCTS}} {{Legal Adviser}})
        <[[email:lorraine.beattie@wexleycourts.gov.uk]]>
        Sent: [[date:Thursday, 24 October 2024]] 16:12
        To: [[email:yjs.court@calderbrook.gov.uk]]
        Subject: RE: [[name:Okonjo-Smith]] - no report

        Colleagues,
        For the second time this month the {{bench}} had no {{pre-sentence report}} for
        [[name:Bartholomew Okonjo-Smith]] ([[case_reference:YJ/24/0398]]). The matter has been
        adjourned to [[date:7 November]] and he remains in {{youth detention accommodation}} in
        the meantime. The {{Chair of the Bench}} has asked me to raise this formally.
        [[name:L. Beattie]]

        > From: [[name:Kemal Aydın]] ({{case manager}})
        > Sent: [[date:23 October 2024]] 17:55
        > Report not completed - I was off sick and the case wasn't reallocated. Apologies to the
        > court. [[name:Barty]] was told in the {{cells}} by the {{duty solicitor}}.
    """)),
    ("social_care", "success", block("""
        GOOD PRACTICE / LEARNING FORM
        Completed by: [[name:Ngozi Eze-Williams]]
        Date: [[date:11/11/2024]]
        Child: [[name:Rocco Santangelo]]   Age: [[age:17]]   Ref: [[case_reference:YJ/24/0677]]
        NI no: [[ni_number:PW 30 56 17 B]]

        What happened?
        [[name:Rocco]] was charged with {{possession with intent}} and police were opposing
        bail. With 90 minutes' notice we put a {{bail and remand}} package to the court: a bed at
        [[organisation:Hollins Supported Lodgings]], daily reporting, an {{NRM}} referral (he had
        been {{county lines}} exploited), and sessions with our {{CCE}} worker [[name:Billie]].

        What went well?
        The {{District Judge}} granted conditional bail. [[name:Rocco]] has kept every
        appointment for 5 weeks and the {{Single Competent Authority}} has made a positive
        {{reasonable grounds}} decision.

        Why it worked:
        Same-day joint call with {{MASH}} and the {{Exploitation Hub}}; [[name:Billie]] already
        knew him.
    """)),
    ("social_care", "incident", block("""
        Case notes - [[case_reference:YJ/24/0731]] - [[name:Shay McGuinness]]

        [[date:28/11/2024]] 16:45 - Court ([[name:Fatima Al-Sayed]])
        Released on bail from [[organisation:Wexley Magistrates' Court]] at 16:30 after 6 days on
        {{remand}}. Bail address is his {{gran}}'s, [[address:3 Mill Cottages, Upper Thornby]],
        30 miles away. He had no money, no phone charge and no {{travel warrant}}. {{Escort staff}}
        said transport was "not their job". I had no {{petty cash}}; {{EDT}} not yet on shift.
        Gave him bus times and my work mobile number.

        [[date:28/11/2024]] 21:10 - EDT ([[name:Callum]])
        {{Gran}} rang - [[name:Shay]] not arrived. {{Missing from home}} report to police, log
        [[case_reference:CAD 2811-0457]].

        [[date:29/11/2024]] 09:30 - Court ([[name:Fatima Al-Sayed]])
        [[name:Shay]] found by {{BTP}} at the station at 01:00, cold but safe, taken to his
        {{gran}}'s. Incident form done. We need a travel fund for bail releases - raise at
        {{team meeting}}.
    """)),
    # ------------------------------------------------------------------ health (17)
    ("health", "incident", prose("""
        datix pls - pt mr [[name:derek hollis]] [[age:84]], hosp no [[case_reference:RN4471930]],
        d/c'd from {{ward 9}} on [[date:fri 15th]] about 7pm with a {{POC}} {{QDS}} supposedly
        starting sat am. [[organisation:Brightwater Homecare]] say they never got the start date,
        the {{TOC}} form went to the wrong inbox. nobody went in sat. daughter [[name:lyn]] found
        him on the floor sun lunchtime, {{long lie}}, {{AKI}}, back via {{ED}} and now on
        {{AMU}}. he has {{vascular dementia}} so couldnt have rung anyone himself. hes on the
        {{Pathway 1}} list, [[name:kasia]] from our team did the referral fine, the issue is the
        {{brokerage}} inbox. [[name:lyn]]s number [[phone:07700 900 581]] if anyone needs it,
        she is v upset and wants a call from a {{discharge coordinator}}. [[name:sue]] ({{SW}})
    """)),
    ("health", "near_miss", block("""
        From: [[name:Rosa Delgado-Pérez]] <[[email:rosa.delgado-perez@nhs.example.net]]>
        To: {{Discharge Hub}}
        Date: [[date:Mon 4 March 2024]] 10:02
        Subject: Near miss - wrong discharge summary sent to care home

        Morning,

        On Friday the {{discharge summary}} for Mrs [[name:Edna Walsh]]
        ([[organisation:Cavell]]) was emailed to [[organisation:The Laurels Nursing Home]] with her
        admission paperwork. The manager, [[name:Joseph]], rang to say the summary actually
        belonged to Mrs [[name:Eileen Walsh]], {{NHS no}} [[nhs_number:251 940 9207]], a different
        patient on the same ward who is going home. It listed [[name:Eileen]]'s {{warfarin}} dose
        and {{DNACPR}} status. [[name:Joseph]] deleted it and confirmed in writing.
        [[name:Edna]]'s correct summary, NHS no [[nhs_number:784 484 6593]], was re-sent by 11:30
        and she moved as planned.

        Both patients had the same surname and were in adjacent bays. Please check name, {{DOB}}
        and NHS number on the summary before attaching - not just the surname. I have let the
        {{IG}} team know.

        [[name:Rosa]]
        {{Discharge Coordinator}}, [[organisation:Cavell Ward]],
        [[organisation:Northbrook General Hospital]]
    """)),
    ("health", "success", block("""
        Teams - Discharge & Social Work team chat - [[date:12/04/24]]

        [[name:Tendai Moyo]] 15:47
        Good news 🎉 Mr [[name:Haddad]] went home today after 71 days. Huge thanks to
        [[name:Bushra]] for doing the {{Care Act assessment}} in {{Arabic}} with the
        {{interpreter}} on speaker AND fitting it around his fasting times, and to [[name:Jonno]]
        for chasing the {{OT}} kit so the {{hospital bed}} and {{hoist}} were in before he arrived.

        [[name:Bushra Khalil]] 15:52
        thank you!! his son [[name:Yousef]] cried on the phone 😭 family are doing lunch + tea,
        [[organisation:Brightwater]] doing mornings and bedtime. {{OT}} home visit
        [[date:Thu 18th]]

        [[name:Jonathan Price]] 15:58
        team effort. nice one [[name:Tendai]] for getting {{CHC}} fast-track off the table early so
        we weren't stuck waiting on the {{checklist}}
    """)),
    ("health", "incident", block("""
        Chronology - delayed transfer to care home
        Patient: Mrs [[name:Olive Nkemelu]]   NHS no: [[nhs_number:297 900 5908]]   Age: [[age:91]]
        Ward: [[organisation:Fleming Ward]] -> {{discharge lounge}}

        [[date:22/05/24]]
        08:30  Bed at [[organisation:Meadowsweet Care Home]] confirmed, {{TTOs}} ordered.
        10:15  Moved to the lounge; transport booked with
               [[organisation:Swiftline Patient Transport]] for 12:00.
        13:40  Transport "delayed - no crews". TTOs still not up from {{pharmacy}}.
        16:20  Lounge nurse notes a {{grade 2 pressure ulcer}} on sacrum - sat in a chair since
               10:15, no {{pressure relief}}.
        18:00  Lounge closes; patient moved back to [[organisation:Fleming Ward]] - bed had been
               given away, placed in the {{escalation area}}.
        21:30  [[organisation:Swiftline]] crew arrives (vehicle [[vehicle_registration:YK21 PTV]]).
               Care home declines admission after 20:00.
        23:40  Crew stood down. Patient transferred next day at 11:00.
        Raised by: [[name:Kofi Boateng]], {{Band 6}} {{Discharge Coordinator}}
    """)),
    ("health", "near_miss", block("""
        INCIDENT / NEAR MISS REPORT
        Ref: [[case_reference:DTX-118420]]
        Reporter: [[name:Ciaran Flood]], {{Hospital Social Worker}}
        Patient name: [[name:Harold Ingham]]
        Hospital no: [[case_reference:K2208813]]
        DOB: [[date_of_birth:30/06/1938]]
        NI no: [[ni_number:JT 48 21 93 C]]
        Address on {{PAS}}: [[address:18 Tannery Lane, Northbrook]] [[postcode:NB4 2QE]]
        Next of kin: [[name:Janet Ingham]] (niece) [[phone:01632 960 772]]
        Category: Discharge - near miss

        What happened: Mr [[name:Ingham]] was listed for discharge home with a {{reablement}}
        package on [[date:7 June]]. When I rang his niece to confirm, she told me the
        [[address:Tannery Lane]] house was sold in {{April}} and he has been living with her since.
        PAS was never updated; the {{POC}} and the {{ambulance}} were both booked to the old
        address. His {{DoLS}} authorisation had also lapsed on [[date:2 June]] and he lacks
        {{capacity}} to decide where to live.
        Outcome: discharge stopped, {{best interests meeting}} held [[date:10 June]],
        {{urgent authorisation}} renewed.
    """)),
    ("health", "success", block("""
        Long Length of Stay Review - minutes
        [[date:Weds 19 June]], 13:00, {{Seminar Room 2}}
        Attendees: Dr [[name:Amara Osei]] ({{consultant geriatrician}}),
        [[name:Will Hargreaves]] ({{Head of Patient Flow}}), [[name:Pat]] ({{Social Work}} lead),
        [[name:Nkechi]] ({{ICB}}), [[name:Sanjay Pillai]]
        ([[organisation:Northbrook City Council]] brokerage)
        Apologies: [[name:Faye]] (OT), [[name:Ibrahim]] (pharmacy)

        1. Patients over 21 days: down from 38 to 24 since the {{Home First}} trial began.
        [[name:Will]] credited the daily 11:00 {{board round}} with social work present.
        2. Success story - Mr [[name:T.B.]] ([[age:aged 58]], {{bariatric}}): a placement at
        [[organisation:Larkhill House]] was found and {{CHC}} agreed joint funding in 4 days
        rather than the usual 3-4 weeks. [[name:Sanjay]] praised [[name:Pat]]'s persistence with
        the family.
        3. Actions: [[name:Nkechi]] to take the joint-funding template to the {{ICB}} panel;
        [[name:Will]] to share figures with the {{Trust board}}.
    """)),
    ("health", "incident", block("""
        From: [[email:m.kowalczyk82@example.com]]
        To: {{PALS}} - [[organisation:Northbrook General Hospital]]
        Date: [[date:3 July 2024]]
        Subject: my father was sent home and nobody told us

        To whom it may concern,

        My dad, [[name:Zbigniew Kowalczyk]] ({{NHS number}} [[nhs_number:909 265 2873]]), was
        discharged from [[organisation:Nightingale Ward]] on [[date:1 July]]. I had been told by
        the {{social worker}}, [[name:Aled]], that nothing would happen until the
        {{home assessment}} on [[date:5 July]]. Instead a taxi dropped him at his flat at 9pm with
        a bag of tablets. The {{key safe}} code didn't work and he sat on the step until a
        neighbour, [[name:Precious]], rang me. He has {{Parkinson's}} and there was no
        {{Madopar}} in the bag.

        I want to know who made the decision and why the family and the {{district nurses}}
        weren't told. I hold his {{LPA}} for health and welfare.

        [[name:Magdalena Kowalczyk]]
        [[phone:07700 900 349]]
    """)),
    ("health", "near_miss", block("""
        {{D2A}} handover - Sat to Mon discharge team ([[date:27/07]])
        From: [[name:Hyun-woo Park]] (weekend {{DPN}})

        - {{Bay 3}} bed 14 - [[name:Lily-Mae Fontaine]], [[age:79]], {{Pathway 1}}. Going home
          Mon with {{reablement}}. !! Key safe code on the {{TOC}} form was the old one - daughter
          [[name:Ruth]] says it was changed last month. Reablement would have been locked out and
          she lives alone. Corrected on {{SystmOne}} and the TOC; reablement coordinator
          [[name:Emeka]] confirmed by phone. Near miss logged.
        - {{Side room 2}} - Mr [[name:Bernard Mills]] ("[[name:Bunny]]"), [[age:88]] - awaiting
          {{CHC}} {{DST}}, wife [[name:Joy]] visiting daily, wants to be at the meeting.
        - Bed 22 - [[name:Fernando Alves]], NHS [[nhs_number:122 446 9895]] - {{MOFD}}, {{P3}}
          placement search ongoing, 3 homes declined.
    """)),
    ("health", "success", block("""
        Card on the office {{noticeboard}} (copied for {{Learning from Excellence}})

        To [[name:Grace]] and everyone in the {{hospital social work team}},

        Thank you for everything you did for {{Mum}}. When [[name:Dorothy]] came in after her
        {{fall}} on [[date:2 January]] we knew she couldn't go back to the house, but none of us knew
        where to start. [[name:Grace]] found a room at [[organisation:Willowbank Court]], close
        enough that {{Dad}}, who is [[age:93]], can walk there every afternoon. She came to the
        {{best interests meeting}}, explained the {{financial assessment}} and
        {{deferred payment}} in plain English, and rang us back every single time.

        {{Mum}} has settled beautifully and has already made a friend.

        With love,
        [[name:Sandra]], [[name:Keith]] and the grandchildren
    """)),
    ("health", "incident", block("""
        Medically optimised for discharge - list audit [[date:08/08/24]]

        Name | Hosp no | Ward | {{MOFD}} since | Pathway | Status
        [[name:Ahmed Siddiqui]] | [[case_reference:RN5520917]] | [[organisation:Fleming Ward]] | [[date:01/08]] | {{P1}} | POC start [[date:09/08]]
        [[name:June Ashworth]] | [[case_reference:RN3308114]] | {{Ward 9}} | [[date:24/07]] | {{P3}} | awaiting {{nursing home}} bed
        [[name:Kwame Asante]] | [[case_reference:RN6102288]] | [[organisation:Cavell Ward]] | [[date:28/07]] | {{P2}} | NOT ON LIST - see below

        Mr [[name:Asante]] was declared MOFD on [[date:28/07]] but dropped off the list when he
        moved wards, so no referral went to the {{Transfer of Care Hub}} for 11 days. Found by
        [[name:Aisling]] during this audit. He has since deconditioned and now needs P2
        {{bedded rehab}} rather than P1. Incident logged as [[case_reference:DTX-120376]].
    """)),
    ("health", "near_miss", block("""
        Telephone note - [[date:14/08/24]] 15:20
        Caller: [[name:Marguerite]], {{deputy manager}}, [[organisation:Heatherlea Residential Home]]
        Taken by: [[name:Femi Adeleke]] ({{SW}})

        [[name:Marguerite]]: We've got the {{trusted assessor}} form for Mr [[name:Brannigan]],
        due in tomorrow. It says he's {{independently mobile}}. Our manager visited the ward and
        he was on a {{Zimmer frame}} with two staff.
        [[name:Femi]]: The form was done on Monday - he had a fall on the ward Tuesday night.
        [[name:Marguerite]]: So nobody updated it? We're residential, we can't do
        {{double-handed}} care overnight. If he'd turned up we'd have had to send him back via
        {{999}}.
        [[name:Femi]]: Understood. I'll stop tomorrow's transport and ask {{physio}} to reassess.

        Outcome: discharge postponed; reassessed [[date:16/08/24]] as needing {{nursing}} care; son
        [[name:Patrick Brannigan]] informed on [[phone:0161 496 0732]].
    """)),
    ("health", "incident", prose("""
        On [[date:2 September]] Mrs [[name:Valentina Ricci]] ([[age:aged 86]]) was discharged from
        [[organisation:Nightingale Ward]] to her son's address,
        [[address:Flat 12, Bramley Court, Northbrook]] [[postcode:NB7 3DX]], although a
        {{safeguarding concern}} about possible {{financial abuse}} by the son,
        [[name:Marco Ricci]], had been raised by her bank on [[date:28 August]] and was recorded in
        the {{Adult Social Care}} record. The ward team did not see that record because it sits on
        the council's system and not on the hospital's. I, as the allocated
        {{hospital social worker}}, was on annual leave and my cover was not told the discharge had
        been brought forward. Mrs [[name:Ricci]] has {{mild cognitive impairment}}. The
        {{community safeguarding team}} visited on [[date:4 September]]; she has since moved to
        {{respite}} at [[organisation:Willowbank Court]] and a {{Section 42}} enquiry is open
        ([[case_reference:ASC-SG-24-1193]]). Learning: safeguarding flags must be visible on the
        hospital {{electronic whiteboard}}. [[name:Deborah Ashby-Nwosu]]
    """)),
    ("health", "success", block("""
        {{Learning from Excellence}} - nomination
        Nominee: [[name:Sunny Okwuosa]] - {{Patient Transport}} crew, [[organisation:Swiftline]]
        Nominated by: [[name:Harriet]] ({{discharge lounge}})
        Date: [[date:19/09/24]]

        Last Thursday our {{end of life}} patient, Mrs [[name:Winifred Clegg]] ([[age:94]]),
        wanted to die at home. The {{fast-track}} {{CHC}} package was agreed at 14:00 but
        transport said the next slot was the following day. [[name:Sunny]] heard about it on his
        break, swapped runs with a colleague, and had her home at [[address:4 Mossley Brow]] by
        16:30 with the {{syringe driver}} running. He stayed to help the {{district nurse}} settle
        her. Her granddaughter [[name:Hope]] told us she died peacefully two days later with her
        family around her. This is exactly what {{Gold Standards Framework}} care should look like.
    """)),
    ("health", "near_miss", prose("""
        near miss fyi. mrs [[name:gwen pritchard]] ({{copd}}, on 2L {{O2}}) was on the {{PTS}}
        trolley ready to go home to her bungalow this am and the crew asked where her
        {{home oxygen}} was. nobody had done the {{HOOF}}. no O2 at home at all, and she'd have
        been on her own til the carers at 5pm. crew ([[name:dan]] + [[name:shaz]]) refused to take
        her which was right. ward said they thought the {{resp nurses}} had done it, resp said it
        was our job. HOOF done 11:20 by dr [[name:oyelaran]], supplier says delivery by 3pm tmrw so
        shes stayed in. pls can we add home O2 to the {{d/c checklist}}. ref
        [[case_reference:DTX-121055]], NHS [[nhs_number:535 271 7542]]. [[name:leah]] {{DPN}}
    """)),
    ("health", "incident", block("""
        From: [[name:Sinéad Ní Bhriain]] <[[email:sinead.nibhriain@northbrook.gov.uk]]>
        To: [[email:brokerage@northbrook.gov.uk]]
        Cc: [[name:Tariq]] ({{Team Manager}})
        Sent: [[date:08 October 2024]] 09:05
        Subject: URGENT - readmission, POC cancelled

        Hi,
        Mr [[name:Cornelius Adjei]] (NHS [[nhs_number:185 049 6684]]) was discharged from
        [[organisation:Northbrook General Hospital]] on [[date:4 October]] with a {{QDS}} package
        from [[organisation:CareWell Homecare Ltd]]. At 16:40 on [[date:3 October]] the agency had
        emailed brokerage saying they could no longer staff it. Nobody picked the email up until
        Monday. Mr [[name:Adjei]] had no visits for three days, missed his {{insulin}}, and came
        back in via {{ED}} on Sunday night in {{DKA}}. He is now on {{ITU}}.
        I need to understand how agency hand-backs are monitored out of hours - the generic inbox
        isn't checked at weekends.

        [[name:Sinéad]]
        {{Hospital Social Worker}} | {{Integrated Discharge Team}}
    """)),
    ("health", "success", prose("""
        shout out!! 🙌 to [[name:ama]] from the {{Transfer of Care Hub}} & [[name:bill]] at
        [[organisation:Rowan Lodge]]. mr [[name:o'shaughnessy]] had been stuck on {{ward 7}} for
        46 days waiting for a {{dementia nursing}} bed and the family kept turning places down cos
        too far. [[name:ama]] rang round on her {{day off}}?? (dont do that [[name:ama]] 😅) and
        [[name:bill]] did the {{pre-admission assessment}} on {{teams}} with his {{wife}}
        [[name:bridie]] sat in. moved yesterday, [[name:bridie]] can get the number 12 bus there.
        lovely {{whatsapp}} from the {{grandson}} [[name:Cian]] this morning with a pic of him in the
        garden. this is what good looks like!! [[name:kez]] x
    """)),
    ("health", "near_miss", block("""
        Discharge safety huddle - [[date:Tues 12 Nov]] 08:45
        Lead: [[name:Marcin]]; present: [[name:Chloe]], [[name:Abdul]], [[name:K. Forsyth]],
        [[name:Rose-Marie]] ({{ward sister}}, [[organisation:Fleming Ward]])

        * Near miss: bed 11 ([[name:Elsie Warburton]], [[age:97]], {{end of life}}) nearly went
          to [[organisation:Oakleigh Nursing Home]] without her {{just in case medications}} -
          {{pharmacy}} had put them in the {{TTO}} bag for bed 12. Picked up by
          [[name:Rose-Marie]] at the {{bedside check}}. Home confirmed nothing sent for bed 12.
        * Rapid discharge transport booked via the {{EOL}} line - fine.
        * Learning: bag labels must carry name + {{hospital number}}, not bed number only.
        * [[name:Abdul]] to add to the {{Safety Brief}} for pharmacy {{technicians}}.
    """)),
    # ------------------------------------------------------------------ aviation (16)
    ("aviation", "incident", prose("""
        csr quick notes. [[flight_number:NW214]] [[aircraft_registration:G-NWYB]] {{a320}},
        [[date:11 jan]]. approx 20 mins after t/o smell of burning from the fwd {{galley}},
        {{oven 2}} smoking - someone had left a foil tray lid + a paper menu card on top of the
        meals. [[name:jas]] pulled the {{CB}} and kept the door shut, i told the {{captain}} on
        the {{interphone}}, {{BCF}} out and ready but not used, smoke cleared in 3 mins. flt deck
        put {{oxygen masks}} on as a precaution. no pax injuries, pax in {{1A-1C}} coughing a bit.
        {{captain}} decided to continue. oven placarded {{inop}}, tech log entry
        [[case_reference:TL 448127]]. catering team at base pls brief re paper in ovens!!
        [[name:Magda W]] ({{SCCM}})
    """)),
    ("aviation", "near_miss", block("""
        CABIN SAFETY REPORT ({{CSR}})
        Report no: [[case_reference:CSR-24-0219]]
        Date: [[date:03/02/2024]]   Flight: [[flight_number:NW1187]]   A/C reg: [[aircraft_registration:G-NWLK]]
        Type: {{A321neo}}   Stand: 42
        Reporter: [[name:Oluwaseun Bakare]]   Position: {{No.4}}   Staff no: [[case_reference:E40871]]
        Commander: Capt [[name:H. Lindqvist]]

        Event: door nearly opened with {{slide}} armed
        Narrative: On arrival the {{SCCM}} called "{{doors to manual}} and {{cross-check}}". At
        {{R2}} I disarmed and my cross-check partner [[name:Tamsin]] said "checked", but when the
        {{ground handler}} knocked I saw the {{girt bar}} indicator still showing armed - the
        lever had not fully moved. I stopped the door being opened, re-disarmed and called the
        SCCM. Had it opened, the slide would have deployed onto the {{hi-loader}}.
        Contributing: 35 min late, rushed turnaround, both of us on our 4th sector.
    """)),
    ("aviation", "success", block("""
        Subject: Well done - [[flight_number:NW562]] medical
        From: [[name:Deepa Raghunathan]], {{Cabin Crew Base Manager}}, [[organisation:Northway Airlines]]
        To: All crew

        Hi all,

        I want to recognise the crew of [[flight_number:NW562]] on [[date:Sunday 17 March]].
        About an hour into the flight a [[age:67-year-old]] passenger collapsed in the
        {{aft galley}}. [[name:Connor]] and [[name:Ife]] started {{CPR}} straight away,
        [[name:Lukas]] brought the {{AED}} and the {{EMK}}, and the {{purser}},
        [[name:Mercy Appiah]], asked for medical help on the {{PA}} - a {{nurse}} and an off-duty
        {{paramedic}} came forward. One shock was delivered and he regained a pulse. The
        {{flight deck}} diverted and {{paramedics}} met the aircraft. The hospital has told us he
        is recovering well.

        Textbook {{SEP}} training in action. Thank you all.
        [[name:Deepa]]
    """)),
    ("aviation", "incident", block("""
        Disruptive passenger - timeline ([[flight_number:NW780]], [[aircraft_registration:G-NWYD]], [[date:6 April]])
        Purser: [[name:Kerry-Ann Blake]]

        18:05  Boarding. Male pax seat {{23F}}, group of 6 ({{stag party}}), strong smell of
               alcohol. Reported to Capt [[name:Ferreira]]; {{dispatcher}} said "they're fine".
        18:50  Pax opens own {{duty free}} vodka, refuses to hand it over. {{Level 1}} warning
               given by [[name:Kerry-Ann]].
        19:20  Verbally abusive to [[name:Ben]] ({{No.3}}), pushes the trolley into him.
               {{Level 2}}, written warning card issued.
        19:35  Tries to smoke in the rear {{lavatory}}; {{smoke detector}} activates. Captain
               informed.
        19:40  Restrained in seat with the {{restraint kit}} by [[name:Ben]], [[name:Ola]] and two
               passengers who volunteered.
        21:10  Landed. Police boarded; pax arrested. Name given to police as [[name:Lee Carver]],
               DOB [[date_of_birth:14/11/1991]].
        [[name:Ben]] has a bruised hip - {{occurrence report}} [[case_reference:OR-24-1553]] and
        {{MOR}} filed.
    """)),
    ("aviation", "near_miss", block("""
        RT transcript (extract) - [[flight_number:NWY3307]], [[date:28/04/24]]
        [from {{ATC}} recording, attached to the {{cabin safety report}}]

        [[flight_number:NWY3307]]: {{London Control}}, [[flight_number:Northway 3307]],
          {{PAN PAN}}, {{PAN PAN}}, {{PAN PAN}}, medical, passenger with a possible allergic
          reaction, request descent and priority.
        ATC: [[flight_number:Northway 3307]], roger the PAN, descend {{FL240}}, turn left
          heading 300, say intentions.
        [[flight_number:NWY3307]]: Descending 240, left 300, will advise, [[flight_number:Northway 3307]].
        ... (11 minutes later)
        [[flight_number:NWY3307]]: Cancel PAN, passenger stable, continuing to destination,
          [[flight_number:Northway 3307]].

        Crew note: pax in {{18C}}, Mrs [[name:Oduya]] ([[age:aged 34]]), itchy lips and flushing
        after a neighbour opened peanuts. Given {{chlorphenamine}} from the {{EMK}}; her own
        {{EpiPen}} was ready but not needed. The {{nut announcement}} was never made because the
        {{purser}}, [[name:Gianluca]], was not told - the allergy code on the {{PIL}} was missed at
        the briefing. [[name:Gianluca]] has filed a {{CSR}}.
    """)),
    ("aviation", "success", block("""
        Passenger compliment forwarded by {{Customer Relations}} - case [[case_reference:CR-5582031]]

        "Dear [[organisation:Northway]],
        I flew with my son [[name:Theo]] ([[age:6]]), who is {{autistic}}, on [[flight_number:NW1420]]
        on [[date:14 May]]. A lovely crew member called [[name:Rhiannon]] spotted his
        {{sunflower lanyard}} at the door, let him board first and sit quietly away from the
        crowd, and found him spare {{ear defenders}}. After landing she asked the
        {{first officer}}, [[name:Kaito]], to show him the {{flight deck}}. [[name:Theo]] has
        talked about nothing else. Our last flight ended in a {{meltdown}} at the
        {{seatbelt sign}} chime; this one ended in a smile.
        Thank you,
        [[name:Amina Farouk-Hall]]"

        Base note: passed to [[name:Rhiannon Pryce]] and {{FO}} [[name:Kaito Nakamura]] with thanks -
        {{Special Assistance}} team also copied.
    """)),
    ("aviation", "incident", block("""
        From: [[name:Bogdan Ionescu]] <[[email:b.ionescu@northwayair.example]]>
        To: {{Cabin Safety}}
        Date: [[date:Sat 8 June 2024]] 22:14
        Subject: Scald injury - child pax - [[flight_number:NW903]]

        Hi,

        Reporting a scald on today's [[flight_number:NW903]] ([[aircraft_registration:G-NWYF]]).
        During the bar service in light {{turbulence}}, a hot chocolate I had just handed to the
        adult in {{12D}} tipped when the aircraft dropped and spilled onto the thigh of her
        daughter, [[name:Evie]], [[age:aged 4]], in {{12E}}. The {{seatbelt sign}} was on but the
        captain had cleared us to carry on. [[name:Mariam]] ran cool water over it in the
        {{lavatory}} for 20 minutes and applied a {{burns dressing}} from the
        {{first aid kit}}. {{Mum}} declined {{ground medical}} advice at the time; paramedics
        checked [[name:Evie]] on arrival - {{superficial burn}}.

        I think we should stop hot drinks as soon as the sign goes on, not wait for the flight
        deck.

        [[name:Bogdan]]
        {{Cabin Crew}} [[case_reference:E51290]]
    """)),
    ("aviation", "near_miss", block("""
        WhatsApp - "[[flight_number:NW3410]]/[[flight_number:NW3411]] crew 🛫" - [[date:22/06/24]]

        [06:12] [[name:Hannah Lowe]] ({{SCCM}}): morning all, heads up we have a pax with a
        {{severe nut allergy}} in {{7A}} per the {{PIL}}. no nut products to be sold, announcement
        after {{doors closed}}
        [06:40] [[name:Ravi]]: erm catering have loaded the {{trail mix}} and the satay wraps in
        the fwd cart 😬
        [06:41] [[name:Hannah Lowe]] ({{SCCM}}): pull them and seal in a {{bond bag}} pls.
        [[name:Ade]] check the aft cart too
        [06:45] [[name:Ade]]: aft has 2 boxes of satay wraps as well. pulled
        [06:47] [[name:Hannah Lowe]] ({{SCCM}}): thanks both 🙏 the {{catering sheet}} says
        "nut-free load requested", so that's a catering miss. I'll file a {{CSR}}
        [06:48] [[name:Zuzanna]]: good spot [[name:Ravi]], I'd have sold them on autopilot tbh
    """)),
    ("aviation", "incident", block("""
        Headcount discrepancy - [[flight_number:NW2275]] [[aircraft_registration:G-NWYA]] [[date:19/07/24]]

        Source        | Adults | Children | Infants | Total pax
        {{Loadsheet}}     | 176    | 9        | 2       | 187
        Gate          | 176    | 9        | 3       | 188
        Cabin count 1 | 177    | 9        | 3       | 189
        Cabin count 2 | 177    | 9        | 3       | 189

        We pushed back on a {{loadsheet}} showing 2 infants. The third {{infant}}, a {{lap child}} with
        mum in {{31C}}, had been added at the gate and never passed to {{load control}}; row 31
        has no spare {{oxygen mask}} for a second infant in that block. The extra adult was a
        {{staff standby}}, [[name:Corinne Lefebvre]], boarded without a seat number. {{SCCM}}
        [[name:Marek Zieliński]] told Capt [[name:Adebayo]] after the second count, the infant was
        reseated to {{14E}}, and a corrected loadsheet came through on {{ACARS}}.
        Reported by [[name:Freya]].
    """)),
    ("aviation", "success", block("""
        Base Cabin Safety Forum - minutes
        [[date:Thursday 8 August]], {{Crew Room 1}}
        Present: [[name:Annika Sørensen]] (chair, {{Cabin Safety Manager}}), [[name:Joy Mwangi]]
        ({{Training}}), [[name:Dev]] ({{SCCM}} rep), [[name:Petra]] ({{union rep}}),
        [[name:R. Castillo]] ({{Flight Ops}})
        Apologies: [[name:Bill Ogunleye]], [[name:Amber]]

        1. Recognition: crew of [[flight_number:NW1866]] ([[date:27 July]]) - a
        {{hypoglycaemic}} passenger managed with {{glucose gel}} and sugary drinks, no diversion
        needed. {{Ground medical}} praised the handover.
        2. Galley: {{trolley brakes}} - 3 CSRs this quarter; engineering raised
        [[case_reference:ENG-7731]].
        3. Recognition: [[name:Dev]] for the new {{PBE}} donning video, now on {{eLearning}}.
        Actions: [[name:Petra]] to circulate the brake-check poster; [[name:Annika]] to share
        the quarter's figures with the {{CAA}} contact.
    """)),
    ("aviation", "near_miss", block("""
        Crew handover - [[aircraft_registration:G-NWYC]] - inbound [[flight_number:NW645]] -> outbound [[flight_number:NW646]]
        From: [[name:Isabela Rocha]] ({{SCCM}})   To: incoming SCCM ([[name:Grant]])

        - {{PA}} fwd handset crackling, works from aft. Tech log [[case_reference:TL 448902]].
        - {{Interphone}} {{L1}} to {{R2}} intermittent!! On {{descent}} I couldn't reach R2 for
          the {{cabin secure}} call and [[name:Olamide]] didn't hear the seats-for-landing PA -
          she was still in the aisle below 1,000 ft. {{Flight deck}} told, engineers deferred it
          under the {{MEL}}. Please brief a {{visual signal}} back-up.
        - {{Oven 3}} placarded.
        - Outbound: Mr [[name:Ekwueme]], row 1, {{WCHC}}, boarding first.
    """)),
    ("aviation", "incident", prose("""
        On [[date:2 September 2024]], on [[flight_number:NW1502]]
        ([[aircraft_registration:G-NWYE]], {{A320}}), I was working as {{No.2}} with
        [[name:Gabriel Mensah-Boateng]] on the bar service. Climbing through about 8,000 feet after
        a late departure the {{seatbelt sign}} was switched off and we were asked to start the
        service straight away. The {{full-size trolley}} had a defective {{brake pedal}} that had
        been written up on the previous sector but not placarded. While I was serving row 9 the
        trolley rolled back down the aisle and struck [[name:Gabriel]]'s ankle. He finished the
        sector on the {{jump seat}} and was assessed at {{A&E}} on landing: a fractured
        {{fibula}}. The trolley has been quarantined. The previous crew's report, by
        [[name:Liesl]], had not been passed to the catering contractor,
        [[organisation:SkyServe Catering]]. A {{RIDDOR}} report has been made by the base.
        [[name:Ayesha Chowdhury]], {{Cabin Crew}}
    """)),
    ("aviation", "success", block("""
        Slack #crew-kudos

        [[name:sian.m]]  14:02
        kudos to @[[name:will.afolabi]] 👏 our {{UMNR}} on [[flight_number:NW871]] yesterday,
        [[name:Noor]] ([[age:aged 12]]), ended up diverted with us for 5 hrs after the {{fog}}.
        [[name:Will]] stayed with her the whole time in the {{terminal}}, got her fed, kept her {{dad}}
        updated via the {{handling agent}}, and did the {{UM}} envelope handover properly at the
        end with {{ID}} checked. Her {{dad}} emailed the base this morning to say thank you 🥹

        [[name:gideon_a]]  14:10
        legend 🙌 also shout to the {{purser}} [[name:Hollie]] for sorting the {{hotel}} for the
        rest of the pax

        [[name:will.afolabi]]  14:21
        ah thanks [[name:Sian]], she was a star. taught me three card games 😂
    """)),
    ("aviation", "near_miss", prose("""
        nr miss - [[flight_number:NW2091]] [[date:5/10]]. pax in {{28B}} had a {{power bank}} in
        the {{overhead locker}} that started hissing + got hot, smell noticed by [[name:kat]] on
        the {{cabin walk round}} 40 mins into the {{cruise}}. we did the
        {{lithium battery fire}} drill, {{fire containment bag}} from aft, water over it, no
        flames, no smoke in cabin. pax (mr [[name:vasquez]]) said it was a cheap one off a market.
        {{captain}} + {{FO}} informed, continued, fire service met the a/c. the scary bit - the
        locker was full of coats + duty free bottles, if it had gone another 5 mins... also the
        {{FCB}} velcro was stuck so it took [[name:kat]] ages to open it. csr done, ref
        [[case_reference:CSR-24-0788]]. [[name:Dom]] x
    """)),
    ("aviation", "incident", block("""
        PASSENGER MEDICAL INCIDENT FORM
        Flight: [[flight_number:NW3318]]   Date: [[date:12/10/2024]]   A/C: [[aircraft_registration:G-NWYB]]
        Passenger: [[name:Mohammed Iqbal Chaudhry]]   Seat: {{15A}}
        DOB: [[date_of_birth:22/02/1958]]
        Home address: [[address:56 Ashcombe Road, Northbrook]] [[postcode:NB2 9HW]]
        Contact tel: [[phone:07700 900 164]]
        Crew completing: [[name:Roisin Gallagher]] ({{purser}})

        Description: pax found drowsy and sweating by [[name:Wiktor]] during the {{duty free}}
        round. Wife said he is {{Type 1 diabetic}} and had skipped breakfast - suspected
        {{hypoglycaemia}}. His {{insulin}} and meter were in the hold. Gave {{glucose gel}} and
        2 full-sugar drinks; {{oxygen}} not needed. {{Ground medical advice}} by {{satphone}}.
        Recovered in 20 mins, met by paramedics on arrival.
        Why this is an incident: the {{EMK}} had no {{glucometer}} - the seal had been broken on an
        earlier sector and the kit not replaced or reported.
    """)),
    ("aviation", "success", block("""
        Post-flight debrief - [[flight_number:NW708]] / [[aircraft_registration:G-NWYD]] - [[date:Fri 25 Oct]]
        Crew: [[name:Patience Osei-Tutu]] ({{SCCM}}), [[name:Sunny Kaur]], [[name:Luke]],
        [[name:Bilal]], [[name:Mark]]
        Capt [[name:Jovanović]], FO [[name:Ellis]]

        What happened: smoke reported from the {{APU}} on stand with 164 pax boarding/seated.
        Captain called a {{rapid disembarkation}} at 07:42. Forward {{airbridge}} + rear steps
        used. All pax off by 07:46 - no injuries, no panic. {{Fire service}} found an
        {{oil leak}} in the APU bay.
        What went well: [[name:Sunny]]'s shout at {{L1}} was calm and loud; [[name:Bilal]] held
        back a pax trying to take a wheelie case; [[name:Mark]] & [[name:Luke]] swept the cabin
        and checked the lavs before leaving; {{PRM}} pax in {{2C}} helped off first by ground
        staff.
        To improve: rear steps took 90s to arrive - raise with the {{handling agent}}.
        Shared with base as a {{good catch}}. - [[name:Patience]]
    """)),
]

if __name__ == "__main__":
    write_records(OUT, build_records("blind270", REPORTS))
