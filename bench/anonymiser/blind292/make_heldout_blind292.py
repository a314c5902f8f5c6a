"""Held-out blind corpus 292: UK incident, near-miss and learning reports, written blind.

Fifty reports as front-line practitioners type them into a confidential reporting
system, in three invented settings:

- social_care: a local-authority / independent fostering service - fostering panel
  business, foster carer annual reviews, supervising social worker visits, family time;
- health: NHS 111 integrated urgent care call handling - health advisors, clinical
  advisors, the clinical assessment service, call audits;
- aviation: a gliding club - winch and aerotow launching, field landings, airspace,
  the launch point, instructors, tug pilots and members.

Styles are deliberately mixed: rushed lower-case notes with typos and txt-speak, formal
narratives, chronologies with times, forms with Name/DOB/Ref/Address fields, e-mails
with headers and signatures, chat exports (Teams, WhatsApp, Slack), handover notes,
minutes with attendance and apologies, pipe and aligned tables, RT transcripts, and
shout-outs / thank-you notes.

Every person, organisation, place, number and date is invented. Identifiers are marked
[[label:value]] and must-not-redact mentions (roles, agencies, frameworks, drugs,
equipment, aircraft types, place types, generic days and times) are marked {{term}}.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from markup import block, build_records, write_records  # noqa: E402
from markup import flow as prose  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "corpus" / "heldout_blind292.jsonl"

REPORTS = [
    # ------------------------------------------------------------------ social care
    ("social_care", "incident", prose("""
        fyi logged late sorry. placement visit to [[name:hope]] & [[name:dev]] at the
        [[name:okonkwo]] hse tues - carer ([[name:ngozi]]) said the {{supervising sw}} from
        [[organisation:brightwater fostering]] hadnt been out since [[date:2 feb]]?? thats
        way over the {{NMS}} freq. also [[name:hope]] ([[age:9yo]]) had a bruise on l
        forearm, carer says trampoline at [[organisation:st bede's primary]] - not
        recorded in the {{daily log}} or passed on to {{SW}}. ive done a {{body map}} and
        spoke to the {{DSL}} at school who confirmed the accident book entry. no {{CP}}
        concerns at this stage but carer needs reminding re {{safer caring}} + recording.
        pls add to her {{annual review}} agenda. case ref [[case_reference:fc-0419]].
        [[name:kb]]
    """)),
    ("social_care", "near_miss", prose("""
        On [[date:14 March 2024]] I was preparing the secure e-mail for the
        {{fostering panel}} sitting on [[date:19 March]]. The pack contained the
        {{Form F}} for applicants [[name:Lukas]] and [[name:Marieke Achterberg]], the
        {{medical adviser}}'s summary and two {{DBS}} disclosures. {{Outlook}}
        auto-completed [[name:Joanne Tiernan]]'s name (independent panel member) to an old
        personal address, [[email:j.tiernan.home@gmail.com]], rather than her panel
        account [[email:joanne.tiernan@calderbrook.gov.uk]]. The {{panel adviser}},
        [[name:Rashida Begum]], was copied in and asked me to read the recipient list aloud
        before I pressed send, so nothing left the building. I have cleared the
        autocomplete cache and we have agreed that panel packs will only go out through the
        {{secure portal}} from now on. Logged with {{Information Governance}} as a near miss,
        ref [[case_reference:IG-NM-2024-0317]].
    """)),
    ("social_care", "success", block("""
        #fostering-team-wins
        [[name:Tamsin.O]]  16:42
        Massive shout out to [[name:Faith]] and [[name:Gaz]] ([[name:Gareth Pryce-Jones]])
        who took an {{emergency placement}} at 11pm on [[date:Friday 8th]] - sibling group,
        a [[age:4-year-old]] and a [[age:14-month-old]], police {{PPO}}. They had the
        {{EDT}} worker in and out in 40 mins, rang the {{health visitor}} first thing and
        had both kids registered at [[organisation:Moorside Surgery]] by {{Monday}}.
        {{IRO}} [[name:Anil]] said it was the calmest {{initial CLA review}} he has chaired
        this year. This is what good looks like 👏
        [[name:Bronwen Rees]]  16:50
        seconded!! and [[name:Gaz]] wrote up the {{placement plan}} himself before the
        {{SSW}} even got there 😂
    """)),
    ("social_care", "incident", block("""
        Chronology - missing from placement
        YP: [[name:Kacper Nowak]], [[age:15yrs]]. Carers: [[name:Denise]] and [[name:Roy Hartley]]
        Ref [[case_reference:CLA-88213]] / police log [[case_reference:WY-20240611-0874]]

        [[date:11/06/24]]
        18:30  {{YP}} left home saying he was going to football at the {{rec}}.
        21:00  Curfew passed. [[name:Denise]] rang his mobile x3, no answer.
        21:45  Carers rang {{EDT}}. Said they had been told to wait 2 hrs before reporting.
        21:50  {{EDT}} advised report immediately as per {{missing protocol}} + {{CSE}} risk.
        22:05  Reported to police on {{101}}.
        23:50  Found by police at [[address:Flat 3, 27 Gorse Lane]], [[postcode:LS9 7QD]],
               address of an adult of concern.
        [[date:12/06/24]]
        00:30  Returned to carers. {{Return home interview}} requested.

        Learning: the {{safer caring plan}} in the carers' folder was the old version. The
        updated plan from the [[date:28 May]] {{strategy meeting}} had been e-mailed to
        [[name:Roy]] but never printed. {{SSW}} to check folder contents at every visit.
    """)),
    ("social_care", "near_miss", block("""
        HANDOVER - [[name:Priya]] covering [[name:Marek]]'s caseload w/c [[date:22/07]]

        * [[name:Sunita Varma]] & [[name:Will]] ([[address:3 Quarry View, Thornleigh]])
          Unannounced visit {{Tues}}. Carer's own {{diazepam}} was out on the kitchen worktop,
          not in the locked {{medication cabinet}}. [[name:Bobbi]] ([[age:3yo]]) was in the
          next room. Nothing taken, [[name:Will]] put it away straight away, key to the
          cabinet had snapped last week and he was waiting for a new one.
          -> bought a lockable box same day, {{safer caring policy}} re-signed.
          -> pls raise at {{supervision}} and mention to {{IRO}} before the {{CLA review}}.
        * [[name:Mo]] at [[address:Larch House]] - nothing new, {{respite}} confirmed.
        * {{Panel}} date for the [[name:Oyelaran]] {{connected persons}} assessment moved to
          [[date:6 August]].

        Any probs ring me on [[phone:07700 900 614]]. [[name:M.W.]]
    """)),
    ("social_care", "success", block("""
        Foster Carer Annual Review - minutes
        Carers: [[name:Joy]] and [[name:Emmanuel Asante]]
        Date: [[date:5 September 2024]]
        Present: [[name:Lorraine Whitfield]] ({{Reviewing Officer}}), [[name:Kwame Boateng]]
        ({{SSW}}), [[name:Joy]] and [[name:Emmanuel Asante]]
        Apologies: [[name:Hannah Lerner]] ({{IRO}}), {{Virtual School}} rep

        1. Placement of [[name:Tyrese]] ([[age:aged 12]])
        Carers supported the move to [[organisation:Hollins Park Academy]]. Attendance
        has gone from 61% to 96% since {{Easter}}. [[name:Tyrese]] told the {{Reviewing Officer}}
        he "finally has a bedroom that feels like his". Carers completed {{PACE}} training
        and use it daily.
        2. Learning to share
        The carers' idea of a weekly "{{Mind of My Own}}" check-in is to be shared at the
        next {{support group}}. It was a real {{joy}} to review this household.
        3. Recommendation
        Approval to continue, 2 placements. Report to {{ADM}}.
    """)),
    ("social_care", "incident", block("""
        From: [[name:Siobhán Ní Bhriain]] <[[email:siobhan.nibhriain@harrowfield.gov.uk]]>
        To: {{Fostering Duty}} <[[email:fosteringduty@harrowfield.gov.uk]]>
        Cc: [[name:Oleksandr Kravets]]
        Sent: [[date:Thursday 17 October 2024]] 09:12
        Subject: Carer address disclosed at family time - [[case_reference:HFS-FT-5521]]

        Hi all,

        At yesterday's supervised {{family time}} at [[organisation:Westfield Family Centre]]
        the sessional worker read out part of the {{contact record}}, which included the
        carers' road name ([[address:Brackenhill Rise]]). Birth dad was in the room and
        wrote it down. The carers, [[name:Rose]] and [[name:Terry Callaghan]], have been
        told and are understandably anxious. Police have added a {{marker}} to the address.
        The {{IRO}} is aware and a {{risk assessment}} meeting is booked for {{Monday}}.
        Sessional staff need reminding that contact records should never include
        placement details.

        [[name:Siobhán]]
        {{Senior Practitioner}} | [[organisation:Harrowfield Children's Services]]
        [[phone:01484 960217]]
    """)),
    ("social_care", "near_miss", block("""
        [[date:12/03/2024]], 20:14 - [[name:Bev Armitage]]: hiya [[name:Sunny]] sorry to msg
        late. nearly gave [[name:lily-mae]] her {{melatonin}} twice tonite 🙈 [[name:Craig]]
        had already given it at 7 but hadnt ticked the {{MAR}} sheet. {{paediatrician}}
        said one dose only
        [[date:12/03/2024]], 20:16 - [[name:Sunny Dhillon]]: oh no, is she ok? did she have
        any?
        [[date:12/03/2024]], 20:17 - [[name:Bev Armitage]]: no!! i checked the sheet first
        like u said then asked him. she's fine, fast asleep
        [[date:12/03/2024]], 20:19 - [[name:Sunny Dhillon]]: brilliant that you checked.
        I'll put it on the {{near miss}} log + we'll talk about a tick-as-you-give rule
        when I do my {{SSW}} visit {{Thurs}}. maybe {{MAR}} on the fridge not in the drawer?
        [[date:12/03/2024]], 20:20 - [[name:Bev Armitage]]: good idea x
    """)),
    ("social_care", "success", prose("""
        Learning summary for the {{Quality Assurance}} group. When [[name:Zainab]]
        ([[age:aged 6]]) came into care on [[date:2 April]] her grandmother,
        [[name:Halima Yusuf]], was approved as a {{connected persons}} carer under
        {{Regulation 24}} the same evening. The full assessment then has to reach
        {{fostering panel}} within 16 weeks, which this service misses more often than not.
        This time it went to panel on [[date:9 July]] with two weeks to spare. What worked:
        the assessing social worker, [[name:Ifeoma Nwachukwu]], requested the {{DBS}},
        {{medical}} and referee checks in week one instead of waiting for the visits to
        finish; the {{kinship}} support worker helped Mrs [[name:Yusuf]] with the
        {{financial assessment}}; and the {{panel adviser}} read the draft early. Panel
        recommended approval unanimously and the {{ADM}} agreed on [[date:16 July]].
        [[name:Zainab]] is settled and has started at
        [[organisation:Greenholme Infant School]]. Recommendation: use the week-one
        checklist for every {{Reg 24}} case.
    """)),
    ("social_care", "incident", block("""
        INCIDENT REPORT FORM - Fostering Service
        Child name: [[name:Amira Haddad]]
        DOB: [[date_of_birth:03/11/2013]]
        NHS no: [[nhs_number:401 223 8752]]
        LA ref: [[case_reference:LCS-204417]]
        Placement address: [[address:14 Linnet Close, Ravensholme]] [[postcode:WF12 8TB]]
        Carer(s): [[name:Pat]] & [[name:Malcolm Dewhurst]]
        Date of incident: [[date:27/01/2025]]
        Category: Health / medication

        Description: On a school trip [[name:Amira]] had an {{allergic reaction}}. Staff
        from [[organisation:Ravensholme Junior School]] gave her {{EpiPen}}, which turned
        out to have expired in [[date:December 2024]]. It still worked; {{ambulance}}
        called, observed in {{A&E}} for 4 hrs and discharged. The expiry had not been
        checked at the carers' last {{annual review}} or at her {{health assessment}}.
        Immediate action: [[name:Pat]] collected two new pens from the pharmacy same day.
        Reported by: [[name:Gemma Thorne]], {{SSW}}
    """)),
    ("social_care", "near_miss", block("""
        Fostering Panel - extract from minutes
        Date: [[date:21 November 2024]]   Venue: {{Committee Room 2}}, [[address:Calderbrook Town Hall]]
        Members: [[name:Margaret O'Dowd]] ({{Chair}}), Dr [[name:Femi Adebayo]]
        ({{medical adviser}}), [[name:Ruth Cole]] ({{social work member}}),
        [[name:Tariq Mahmood]] ({{independent member}}), Cllr [[name:Ewa Lis]] ({{elected member}})
        In attendance: [[name:Rashida Begum]] ({{panel adviser}}), [[name:Chloe Barnes]] (minutes)
        Apologies: [[name:Hywel Morgan]] ({{Vice Chair}})

        Item 3 - {{Form F}} - [[name:Grace]] and [[name:Olumide Bankole]]
        Before the item Cllr [[name:Lis]] declared that she knows the applicants through
        church and withdrew. The {{Chair}} was about to proceed when the {{panel adviser}}
        pointed out that the panel would then not be quorate under the
        {{Fostering Services Regulations}}. The item was moved to the afternoon and [[name:Hywel Morgan]] joined
        on {{Teams}} at 14:00, so the recommendation stands.
        Action: the panel adviser to ask for conflicts of interest when the agenda is
        circulated, not on the day.
    """)),
    ("social_care", "success", block("""
        Card received from carers, copied here for the learning log with their consent:

        "[[name:Aleksandra]], we wanted to say a proper thank you. When the allegation came
        in back in {{June}} you rang us the same day, explained what the {{LADO}} process would
        look like and never once made us feel like criminals. You came to the
        {{strategy meeting}} with us and sat with [[name:Bill]] afterwards when he was in bits.
        It was {{unfounded}} and [[name:Marcus]] is still with us. We honestly think we'd have
        resigned without you. Love [[name:Bill]] & [[name:Lynne]] x"

        Note from {{team manager}}: [[name:Aleksandra Petrović]] followed the
        {{independent support}} guidance to the letter and kept the carers' {{allowances}}
        paid throughout. Nominated for the {{Practice Award}}.
    """)),
    ("social_care", "incident", prose("""
        quick one for the log - sessional wrkr [[name:jordan]] dropped [[name:ellie]]
        ([[age:6yo]]) back to carers after {{family time}} in his own car
        [[vehicle_registration:YD21 KLV]] with NO booster seat. carer [[name:heather]]
        noticed when they pulled up, [[name:ellie]] was in the front seat too!! no injury.
        [[name:jordan]] said the booster was in the {{pool car}} & he didnt have time to
        swap. hes not on the {{named driver}} list for
        [[organisation:Kirkby Lane Contact Service]] either. informed {{TM}} + {{IRO}},
        [[name:ellie]]'s {{SW}} to tell {{mum}}. need to check {{business insurance}} for
        all sessional staff asap. [[name:aoife]] ({{duty SSW}})
    """)),
    ("social_care", "near_miss", block("""
        Carer review tracker - extract ({{Q3}})
        Carer | Approval | Last review | Household DBS | RAG
        [[name:Hope Kavanagh]] | {{short break}} | [[date:14/02/24]] | all in date | {{Green}}
        [[name:Lindqvist]] family | long-term x3 | [[date:02/05/24]] | son turns [[age:18]] on [[date:9 Oct]] | {{Red}}
        [[name:Demir]] / [[name:Karaca]] | 0-18 x2 | [[date:19/08/24]] | renewal due | {{Amber}}

        Near miss: the tracker only flags adults listed at approval. [[name:Callum Lindqvist]]
        turned [[age:18]] in {{October}} and nobody had requested his {{DBS}} until [[name:Ines]]
        spotted it while prepping the review. Request submitted [[date:4 Nov]], carers
        advised under {{safer caring}} in the meantime; no concerns. Tracker now pulls the
        DOB of every household member, not just the applicants.
    """)),
    ("social_care", "success", block("""
        [10:02] [[name:Nadia Rahimi]]: panel done! [[name:Rocky]] ([[age:17]]) spoke for himself for the first time 🙌
        [10:03] [[name:Olu]]: no way!! how did it go
        [10:05] [[name:Nadia Rahimi]]: he asked to come in before the carers' item, {{chair}} said yes.
        told panel [[name:Mark]] & [[name:Deb Sutcliffe]] "never gave up on me". even the
        {{medical adviser}} welled up
        [10:06] [[name:Olu]]: amazing. did they approve the {{Staying Put}} arrangement?
        [10:07] [[name:Nadia Rahimi]]: yes unanimous, going to {{ADM}} tomorrow. his {{PA}} from
        {{leaving care}} was there too
        [10:09] [[name:Olu]]: sharing this at {{team meeting}} - {{Voice of the Child}} in action
    """)),
    ("social_care", "incident", block("""
        EDT handover to day team - [[date:Sat 23/11]]
        Caller: foster carer [[name:Abdi Warsame]], [[phone:07700 900271]]
        Child: [[name:Sky]] ([[age:13]]), ref [[case_reference:EDT/24/3391]]

        02:10  Carer reported [[name:Sky]] had cut her arm with a pencil sharpener blade.
               Superficial, cleaned, {{steri-strips}}. Carer's wife [[name:Hodan]] sat with her.
        02:25  {{EDT}} SW ([[name:P. Lindgren]]) advised {{111}} for wound advice; no
               {{A&E}} needed.
        03:00  Settled and asleep.

        Incident: carers had not been told about her previous {{self-harm}} because the
        {{CAMHS}} letter dated [[date:30 October]] went to the old placement address.
        Actions for day team: share the {{CAMHS}} {{safety plan}} with carers today, update
        the {{placement plan}}, inform {{IRO}}.
    """)),
    ("social_care", "success", prose("""
        Shout-out from the {{Fostering Panel}} chair, [[name:Margaret O'Dowd]]: I want to
        recognise [[name:Chloe]] in panel admin. Reading the pack for the
        [[date:12 December]] panel she spotted that the {{Form F}} for [[name:Dariusz]] and
        [[name:Agnieszka Wróbel]] mentioned, in one section, a child called [[name:Leo]]
        who has nothing to do with this household - text carried over from another
        assessment. She flagged it to the assessing worker, [[name:Sam Okafor]], who
        corrected it before circulation. That would have been a {{data breach}} and an
        awful moment in front of the applicants. [[name:Chloe]] also rebuilt our
        {{quoracy}} checklist after the {{November}} near miss. Thank you, [[name:Chloe]] -
        the panel runs because of you. [[name:Margaret]]
    """)),
    # ------------------------------------------------------------------ health
    ("health", "incident", block("""
        Call review - [[organisation:Northmoor IUC]]
        Patient: [[name:Derek Holloway]], [[age:74]]   NHS [[nhs_number:612 580 3473]]
        Case [[case_reference:111-240917-00482]]

        [[date:17/09/24]]
        19:42  Call answered by {{health advisor}} [[name:Kieran Doyle]].
        19:44  Caller (daughter [[name:Julie]]) says dad "not with it", shivery, on
               {{antibiotics}} for a {{UTI}} since {{Saturday}}.
        19:49  {{New confusion}} question answered "no" - [[name:Julie]] said he is "always a
               bit muddled". Not probed further.
        19:51  {{Pathways}} {{disposition}}: speak to {{primary care}} within 6 hours.
        19:53  Passed to [[organisation:Vale Doctors Out of Hours]].
        23:10  {{OOH GP}} callback, no answer x2.
        23:35  Daughter rang {{999}}. Taken to [[organisation:Kirkholme General Hospital]];
               {{sepsis}}, {{lactate}} 4.6, admitted to {{HDU}}.

        Learning: carer-reported "baseline" confusion must be checked against what is new
        tonight. {{Clinical advisor}} was free but not consulted. Shared at {{CAS}} huddle.
    """)),
    ("health", "near_miss", block("""
        NEAR MISS REPORT
        Reporter: [[name:Małgorzata Zielińska]], {{Health Advisor}}
        Date: [[date:03/02/2025]]
        Patient named by caller: [[name:Mohammed Ali]], DOB [[date_of_birth:14/06/1988]]
        Record A (selected first): [[postcode:BD8 9HU]], NHS [[nhs_number:485 119 6202]]
        Record B (correct): [[postcode:BD3 0PW]], NHS [[nhs_number:558 302 4178]]

        What happened: the {{PDS}} search returned two people called [[name:Mohammed Ali]]
        with the same date of birth. I opened Record A. At the {{demographics}} check the
        caller gave his address as [[address:41 Ashgrove Terrace]] which did not match, so I
        went back and chose Record B before the {{SCR}} was viewed or any message went to
        [[organisation:Lister Lane Surgery]].
        Why it matters: only Record B shows a {{penicillin}} {{allergy}}; the
        {{disposition}} was a {{pharmacy}} referral for {{tonsillitis}}.
        Suggested action: {{DoS}}/{{PDS}} screen to warn when there is more than one match.
    """)),
    ("health", "success", prose("""
        ⭐ Shout-out ⭐ to [[name:Eilidh]] on the {{Tuesday}} late shift. Mrs [[name:Pugh]]
        rang about her husband [[name:Dafydd]] ([[age:68]]) and a {{headache}}, and when she
        got flustered she slipped into Welsh. [[name:Eilidh]] caught the words about his face
        having "dropped", came off the headache pathway and went straight to the
        {{FAST}} questions. {{Category 2}} {{ambulance}} booked within 3 minutes of the call
        starting. The {{stroke team}} at [[organisation:Maelor Cross Hospital]] gave
        {{thrombolysis}} inside the window and he is now home. She also arranged a
        Welsh-speaking {{interpreter}} for the {{welfare call}}. Brilliant listening - thank
        you. [[name:Ade]] ({{Team Leader}})
    """)),
    ("health", "incident", block("""
        From: [[name:Chiara Benedetti]] <[[email:chiara.benedetti@nhs.net]]>
        To: {{IUC Governance}} <[[email:iuc.governance@northmoor-iuc.nhs.uk]]>
        Date: [[date:6 January 2025]] 10:04
        Subject: Incident [[case_reference:DTX-118273]] - long lie after ambulance validation

        At 02:14 on [[date:Sunday 5 January]] we took a call for [[name:Edna Brierley]],
        [[age:91]], found on the kitchen floor by her neighbour [[name:Gus]].
        {{Pathways}} reached a {{Category 3}} {{ambulance}} disposition, which went into
        the {{ambulance validation}} queue. That queue was at 47 and the
        {{clinical callback}} did not happen until 05:30. She had been on the floor over four hours
        and was later found to have a {{fractured neck of femur}} and
        {{rhabdomyolysis}}. No {{welfare call}} was made while she waited, contrary to
        the {{SOP}}.
        Contributory: three {{clinical advisors}} off sick, no escalation to the
        {{on-call clinical lead}}.

        Kind regards
        [[name:Chiara]]
        {{Clinical Governance Lead}}, [[organisation:Northmoor Integrated Urgent Care]]
        [[phone:0113 496 0715]]
    """)),
    ("health", "near_miss", block("""
        [[name:Zeynep Aksoy]] 14:05
        can a {{CA}} pick up [[case_reference:4471-2290]] pls - {{mum}} asking about {{Calpol}} for
        an [[age:11 week old]], temp 38.2
        [[name:Ben Fairclough]] (CA) 14:05
        on it. what have you told her so far?
        [[name:Zeynep Aksoy]] 14:06
        care advice came up with {{paracetamol}} per the packet. I nearly read out the
        2-6 month dose then realised baby is under 3 months??
        [[name:Ben Fairclough]] (CA) 14:07
        good stop. under 3 months + temp 38 or over is a {{red}} on the {{NICE}}
        {{traffic light}} - needs seeing. speaking to mum now
        [[name:Ben Fairclough]] (CA) 14:19
        baby to [[organisation:Kirkholme General]] {{paediatric ED}}, mum driving, {{ETA}} 30 min
        [[name:Zeynep Aksoy]] 14:20
        thx [[name:Ben]] 🙏 logging as near miss. think the care advice screen should
        block the dose text under 3 months
    """)),
    ("health", "success", block("""
        Shift huddle notes - [[date:Wed 12 March]] 08:00
        Present: [[name:Ade Okonjo]] ({{TL}}), [[name:Grace Liddell]], [[name:Tenzin Dorje]],
        [[name:Rosa Iglesias]], [[name:Will Cathcart]] ({{CA}})
        Apologies: [[name:Precious]], [[name:Shauna]] (training)

        1. Good catch of the week
        [[name:Grace]] took a call about a [[age:19-year-old]] student with a {{headache}} and
        {{vomiting}}. She went back to the {{rash}} question when the caller mentioned
        "spots", talked the flatmate through the {{glass test}} - {{non-blanching}} -
        and booked a {{999}} response. {{Meningococcal septicaemia}} confirmed; he is
        recovering. Team applauded.
        2. {{DoS}}
        [[organisation:Eastgate Pharmacy]] now shuts at 18:00. [[name:Will]] has updated the profile.
        3. Wellbeing
        {{EAP}} leaflets in the break room. Next huddle {{Thursday}}.
    """)),
    ("health", "incident", prose("""
        call [[case_reference:111-250214-01133]] - caller [[name:shannon]] ([[age:23]]) rang
        re her babys {{nappy rash}}, mentioned her partner had "kicked off" and she was
        scared, could hear a bloke shouting in bg. i asked the {{safeguarding}} qs but then
        the call got cut off and i didnt do the {{safeguarding referral}} coz i wasnt sure
        it was enough. told my {{TL}} ([[name:gav]]) at end of shift who said should of done
        it there n then. referral done next morning by the {{safeguarding lead}} to
        [[organisation:Harrowfield MASH]], baby [[name:kayden]] is [[age:4 months]]. police
        did a {{welfare check}}, both ok. learning for me: any {{DA}} disclosure + a child in
        the house = refer, dont wait to be sure. sorry. [[name:jas]]
    """)),
    ("health", "near_miss", block("""
        DoS spot-check after near miss on [[date:08/04/24]]

        | Service | DoS says | Actually | Action |
        | [[organisation:Eastgate Pharmacy]] | open to 22:00 | closes 18:00 | profile updated |
        | [[organisation:Millbrook Urgent Treatment Centre]] | {{X-ray}} to 20:00 | {{X-ray}} to 16:00 | escalated to {{DoS lead}} |
        | [[organisation:Cohen's Chemist]] | {{EHC}} available | {{EHC}} available | none |

        What nearly happened: [[name:Leila Farahani]] needed
        {{emergency hormonal contraception}} at 19:30. The {{DoS}} offered [[organisation:Eastgate Pharmacy]] as
        open. {{Health advisor}} [[name:Rob]] rang ahead because the caller had no car,
        found it shut, and sent her to [[organisation:Cohen's Chemist]] instead, which was
        within the 72-hour window with time to spare.
    """)),
    ("health", "incident", prose("""
        On [[date:22 August 2024]] at 21:17 a man rang about his wife,
        [[name:Letekidan Gebremedhin]], [[age:34]], who was 30 weeks pregnant with
        {{abdominal pain}} and some {{bleeding}}. He spoke mainly {{Tigrinya}}. The
        {{health advisor}} tried the {{telephone interpreting}} line three times but the
        wait for a Tigrinya interpreter was over 20 minutes. She carried on in the caller's
        limited English and reached a {{maternity triage}} disposition, "speak to maternity
        within 1 hour", which the caller understood as "go tomorrow". They arrived at
        [[organisation:St Hilda's Maternity Unit]] at 06:40 the next morning with a
        {{placental abruption}}. Mother and baby survived; baby is on {{NICU}}.
        Learning: pregnancy with {{PV bleeding}} should be warm-transferred to a
        {{clinician}}, and an interpreter delay of that length should be escalated to the
        {{shift manager}}. Ref [[case_reference:SI-2024-0093]], NHS
        [[nhs_number:730 264 9189]].
    """)),
    ("health", "success", block("""
        Dear {{NHS 111}},

        On the night of [[date:2nd February]] my husband [[name:Clive]] collapsed in the
        hall. I rang you because I didn't know what else to do. The lady who answered, she
        said her name was [[name:Grace]], stayed so calm. She told me to put the phone on
        speaker and talked me through {{CPR}}, counting with me, until the {{paramedics}}
        came through the door. They said what I did kept him going. He is home now with an
        {{ICD}} and grumbling about the telly, which is how I know he's all right.

        Please tell [[name:Grace]] thank you from both of us.
        [[name:Maureen]] and [[name:Clive Ashworth]]
        [[address:Rowan Cottage, Fell Lane, Lowther Bridge]]

        ---
        {{Service manager}} note: call [[case_reference:111-250202-00077]], {{health advisor}}
        [[name:Grace Otieno]]. Letter read out at huddle and added to her {{appraisal}}.
    """)),
    ("health", "incident", block("""
        Call audit extract - [[case_reference:QA-3317]] - {{HA}} [[name:Yusuf Abdirahman]]

        HA: {{NHS 111}}, you're speaking to [[name:Yusuf]]. Is the patient with you?
        Caller: Yeah it's my son, [[name:Kai]], he's [[age:7]]. He's really wheezy and his
        {{blue inhaler}} isn't doing anything.
        HA: OK. Is he able to talk in full sentences?
        Caller: Not really... his lips look a bit, like, grey?
        HA: And has he had a temperature today?
        [Auditor: {{cyanosis}} described but not recognised - should have gone straight to
        {{999}} / {{Category 1}}. HA continued the {{asthma}} pathway for 6 more minutes.]
        HA: I'm going to arrange for an {{ambulance}} to come out to you.

        Audit score: {{fail}} (critical). Outcome: [[name:Kai]] admitted to
        {{PICU}} at [[organisation:Kirkholme General Hospital]], discharged after 3 days.
        [[name:Yusuf]] has had 1:1 feedback with his {{clinical coach}} and is re-doing the
        {{breathing}} module. Auditor: [[name:L. Okafor]]
    """)),
    ("health", "near_miss", block("""
        HANDOVER nights -> days, [[date:Fri 14/03]]
        - {{CAS}} queue 12, longest wait 1h40
        - Repeat caller Mr [[name:Aziz Rahman]]: 3rd call tonight re {{chest pain}}, each
          time a different HA so nobody joined the dots until [[name:Sorcha]] checked the
          {{call history}}. {{Repeat caller}} flag didnt fire because {{Adastra}} matched him
          on his old postcode [[postcode:HX1 2EL]] not the new one [[postcode:HX3 7RP]].
          Sent {{Cat 2}} on call 3, crew found {{ECG}} changes, in {{resus}} now. ok so far.
        - Line 4 crackling, IT ref [[case_reference:INC0098871]]
        - [[name:Bill]] is {{fire warden}} on days
        [[name:T.A.]]
    """)),
    ("health", "success", block("""
        #good-catches
        [[name:marcus.obi]]  11:20
        kudos to @[[name:anh.nguyen]] on the {{CAS}} last night 🙌 took a call for a
        [[age:2yo]] vomiting + drowsy at [[address:22 Kestrel Way]] and spotted on the
        {{call history}} that grandad at the same address rang two hours earlier with a
        {{headache}} and dizziness. asked if they had a {{gas boiler}} - yes, "been making a
        funny noise". got everyone out, {{ambulance}} + {{gas emergency line}}.
        {{carbon monoxide}} confirmed, whole family ok
        [[name:Ruth]]  11:26
        thats the stuff that never shows up in the stats. nominating for
        {{Star of the Month}}
        [[name:anh.nguyen]]  11:31
        thank u!! tbh it was the {{CO}} poster by the kettle 😅
    """)),
    ("health", "incident", block("""
        [[date:Sat 19 October 2024]] - {{Adastra}} outage - [[organisation:Northmoor IUC]] hub

        17:02  Clinical system froze on all terminals.
        17:05  {{Business continuity}} plan invoked by {{shift manager}} [[name:Dawn]].
        17:10  Paper {{contingency forms}} issued to HAs and {{CAs}}.
        17:45  31 cases waiting on paper for clinical callback.
        19:30  System restored; back-entry started.
        [[date:20/10]] 08:15  [[name:Fergus]] on the {{day shift}} found one form still in the
               tray: [[name:Ivy Marsden]], [[age:86]], NHS [[nhs_number:319 648 2707]],
               {{shortness of breath}}, callback never made.
        08:25  Rang the patient's daughter; [[name:Ivy]] had been taken in by {{999}}
               overnight with {{pneumonia}}.

        Ref [[case_reference:DTX-119004]]. Learning: paper forms need a single
        numbered log and a named person to reconcile them against the system before
        {{stand-down}}. [[name:Dawn]] has drafted the change to the plan.
    """)),
    ("health", "near_miss", block("""
        From: [[name:Hamish McAlister]] <[[email:hamish.mcalister1@nhs.net]]>
        To: [[name:Carol Brennan]] <[[email:westgate.admin@nhs.net]]>
        Subject: Post-event message sent with wrong NHS number - please delete

        Hi [[name:Carol]],

        Thanks for ringing this morning. Our {{post-event message}} for your patient
        [[name:Thi Thu Hà Nguyễn]] (DOB [[date_of_birth:09/09/1979]], NHS
        [[nhs_number:462 907 1350]]) went out quoting her son's number,
        [[nhs_number:527 391 0463]]. Your admin team spotted the name/number mismatch
        before it was filed, so nothing reached his record. Could you delete the message
        please and I will resend. At our end the {{HA}} copied the number from the wrong
        line of the {{PDS}} results. We are asking for a name/DOB confirmation step on the
        {{ITK}} send screen.

        Many thanks,
        [[name:Hamish]]
        {{Clinical Safety Officer}} | [[organisation:Northmoor IUC]] | [[phone:07700 900833]]
    """)),
    ("health", "success", prose("""
        Learning from excellence - {{Option 2}} mental health calls. At 01:50 on
        [[date:9 November]] {{health advisor}} [[name:Sunniva Berg]] took a call from
        [[name:Ravi]], [[age:aged 27]], who said he was on [[address:Kingsway Bridge]] and
        had a plan to end his life. Instead of transferring him cold into the {{crisis}}
        queue she kept him talking for 38 minutes, used the {{safety planning}} prompts,
        and quietly passed his location to her {{team leader}}, who contacted police on a
        second line. Officers reached him at 02:31 and he agreed to go with them to the
        {{place of safety}}. [[organisation:Calderbrook Crisis Resolution Team]] saw him
        the next day. [[name:Sunniva]] was debriefed by the {{TRiM}} practitioner and took
        the rest of the shift off. This is a model warm handover and will be used in
        {{induction}} training with her consent.
    """)),
    ("health", "incident", block("""
        INCIDENT FORM
        Patient: [[name:Gwen Pritchard]]
        DOB: [[date_of_birth:21/12/1950]]
        NHS No: [[nhs_number:684 205 7310]]
        Address: [[address:Flat 9, Sycamore Court, Mill Street, Brackley Moor]] [[postcode:S11 8RW]]
        Call ref: [[case_reference:111-250306-00919]]   Date: [[date:06/03/2025]]
        Reported by: [[name:Nkechi Eze]], {{clinical advisor}}

        Description: patient took her weekly {{methotrexate}} 15 mg on two consecutive
        days (mixed up with her {{folic acid}}). She rang 111 the same day. The
        {{health advisor}} followed the {{medication}} pathway and gave care advice to
        "speak to your pharmacist tomorrow"; it was not passed to a clinician. Five days
        later she was admitted with {{mouth ulcers}} and {{neutropenia}}.
        Contributory: {{methotrexate}} is on the high-risk list, but the prompt was
        collapsed on screen.
        Immediate action: all {{methotrexate}} calls to go to a {{CA}}; {{Pathways}}
        feedback submitted.
    """)),
    # ------------------------------------------------------------------ aviation
    ("aviation", "incident", prose("""
        cable break on 3rd launch of the day in the {{K13}} [[aircraft_registration:G-CJXR]]
        ([[aircraft_registration:JXR]]). p1 was [[name:dom]] (ab initio, 4th flight) with
        [[name:bex]] instructing from the back. broke at approx 300ft, [[name:bex]] took control,
        lowered the nose + landed straight ahead, no damage. 2 issues: the {{weak link}} on
        the {{strop}} was the wrong colour for a K13 - {{winch driver}} [[name:mick]] had
        swapped cables after the {{ASK 21}} + not changed the link. and [[name:dom]] had
        not had the {{launch failure}} brief yet so was v shaken. {{DI}} stood down the
        2-seater for 20 mins, {{CFI}} informed, {{BGA}} form to follow. pls can whoever
        sets up the {{launch point}} check links every change of type. [[name:R.H.]]
        (safety officer) [[date:sat 9 march]]
    """)),
    ("aviation", "near_miss", block("""
        Pilot statement - {{Airprox}} [[case_reference:AP-2024-117]]
        Date: [[date:18 May 2024]]   Glider: {{LS4}} [[aircraft_registration:G-CKLM]]
        Pilot: [[name:Hamza Qureshi]], [[organisation:Pennine Edge Gliding Club]]

        I was climbing in a thermal at about 4,200 ft {{QNH}}, roughly 2 nm outside the
        edge of the {{CTA}} and below its base, listening out on the {{glider common}}
        frequency. At 14:31 a twin-jet passed about 300 m to my left and slightly above,
        descending. I saw it late, about 4 seconds before it passed, because I was
        looking into the thermal. I did not have a {{transponder}}.

        Extract supplied by [[organisation:Scarbeck Radar]]:
        14:31:02 [[flight_number:SKV412]]: [[organisation:Scarbeck Radar]], [[flight_number:Skyvane four one two]],
        we've just passed a glider, very close, left side.
        14:31:10 Radar: [[flight_number:Skyvane four one two]], roger, nothing seen on radar.

        Club learning: {{thermalling}} close to the {{CTA}} edge puts us under the
        arrival stream. Agreed a 4 nm buffer; {{FLARM}} / {{ADS-B}} out to be fitted.
    """)),
    ("aviation", "success", block("""
        [[organisation:PEGC]] members 🪂
        [[date:Sun 14/04]] 17:52 - [[name:Norma Fairweather]]: Huge well done to [[name:Summer]]
        ([[age:16]]) today. Wing dropped on the {{ground run}} of her winch launch in the
        {{K21}} and she pulled the release straight away, exactly as briefed. Textbook 👏
        [[date:Sun 14/04]] 17:54 - [[name:Big Dave]]: 👏👏 saw it from the {{winch}}, cable
        dropped clean
        [[date:Sun 14/04]] 17:55 - [[name:Norma Fairweather]]: and she told the {{DI}} herself
        and filled in the {{occurrence}} form before tea. {{CFI}} wants it in the {{newsletter}}
        [[date:Sun 14/04]] 18:01 - [[name:Summer]]: thank u!! honestly just did what
        [[name:Ifan]] drilled into me on the {{simulator}} 😂
    """)),
    ("aviation", "incident", block("""
        CLUB OCCURRENCE REPORT                Ref: [[case_reference:OCC-24-019]]
        Date: [[date:07/07/2024]]             Time: 16:40
        Location: {{the launch point}}, {{runway 27}}
        Aircraft 1: {{Discus 2b}} [[aircraft_registration:G-CFZD]] (private, owner [[name:Rowan Fletcher]])
        Aircraft 2: {{Astir CS}} [[aircraft_registration:G-DDTV]] (club)
        Vehicle: tow-out car [[vehicle_registration:WU09 HKT]]
        Persons: driver [[name:Jonas Weber]]; wing-walker [[name:Fatima-Zahra El Idrissi]]

        Description: [[aircraft_registration:G-CFZD]] was being towed back to the
        {{launch queue}} with a {{tow-out arm}}. The wing-walker stopped to answer her
        phone; the driver carried on, and the right wingtip struck the tailplane of the
        parked [[aircraft_registration:G-DDTV]]. Damage to the wingtip skid and
        {{tailplane}} leading edge. Both aircraft grounded pending inspection by the club
        {{inspector}}. No injuries.
        Immediate actions: phones away at the launch point; tow speed = walking pace.
    """)),
    ("aviation", "near_miss", block("""
        [[date:21/04/2024]], 11:02 - [[name:Jack Ferreira]]: heads up for the safety log.
        canopy on the {{ASK 21}} wasnt locked on the 2nd launch this morning
        [[date:21/04/2024]], 11:03 - [[name:Bunny]]: 😬 who spotted it
        [[date:21/04/2024]], 11:04 - [[name:Jack Ferreira]]: [[name:Wiktoria]] on the wing. she saw
        the canopy lift a few mm at "{{take up slack}}" and shouted STOP before "{{all out}}"
        [[date:21/04/2024]], 11:05 - [[name:Jack Ferreira]]: P1 said they'd done {{CB SIFT CBE}}
        but got interrupted by the {{tug}} taxiing past halfway through
        [[date:21/04/2024]], 11:07 - [[name:Bunny]]: good shout [[name:Wiktoria]]. ill raise at
        the {{safety meeting}} - interrupted checks = start again from the top
    """)),
    ("aviation", "success", block("""
        Safety Committee - minutes - [[date:2 October 2024]]
        Present: [[name:Graham Lowe]] ({{CFI}}), [[name:Ayesha Siddiqui]] ({{Safety Officer}}),
        [[name:Bjørn Haugen]] ({{Tug Master}}), [[name:Pete O'Hanlon]] ({{Winch Master}})
        Apologies: [[name:Hope Adeyemi]] ({{Membership Sec}})

        1. Launch failures
        Winch launch failures down from 2.1% to 0.6% since the new {{Dyneema}} cable and the
        {{weak link}} board at the {{launch point}}. [[name:Pete]] thanked the winch team.
        2. {{FLARM}}
        All 9 club gliders now fitted. Two private owners still outstanding.
        3. Recognition
        [[name:Ollie]] ([[age:15]]) for stopping a launch when a {{sheep}} wandered on to the
        {{cable run}}; [[name:Ayesha]] to present a {{Safety Award}} at the {{AGM}}.
        4. AOB
        [[name:Graham]] reminded all {{instructors}} that {{BGA}} {{revalidation}} forms are due.
    """)),
    ("aviation", "incident", block("""
        From: [[name:Krzysztof Wiśniewski]] <[[email:kwisniewski@btinternet.com]]>
        To: {{Safety Officer}} <[[email:safety@pennineedgegc.org.uk]]>
        Sent: [[date:Sun 11 Aug 2024]] 08:47
        Subject: Field landing damage - [[aircraft_registration:G-CHVP]]

        Hi [[name:Ayesha]],

        Reporting yesterday's {{outlanding}}. I ran out of lift north of the club and
        left the {{field selection}} too late - committed at about 600 ft instead of
        1,000 ft. The only option was a sloping stubble field at
        [[address:Low Garth Farm, Cowling Edge]]. I landed uphill and heavily and the
        {{undercarriage}} collapsed because I had not confirmed it was locked down on the
        {{downwind}} checks. I am fine. Mr [[name:Thwaite]], the farmer, was very kind.
        [[name:Frank]] retrieved me in [[vehicle_registration:KX15 BZN]] with the trailer.

        [[aircraft_registration:G-CHVP]] is in the workshop; {{fuselage}} damage around
        the gear box. Happy to present this at the next {{briefing}}.

        Thanks
        [[name:Krzysztof]] ([[name:Kris]])
        [[phone:07700 900 458]]
    """)),
    ("aviation", "near_miss", block("""
        Aerotow occurrence - chronology - [[date:29/06/24]]
        Tug: {{Robin DR400}} [[aircraft_registration:G-BZRK]], pilot [[name:Bjørn Haugen]]
        Glider: {{ASK 21}} [[aircraft_registration:G-CKRA]], P1 [[name:Olga Kuznetsova]],
        P2 [[name:Gideon Marr]] ({{BI}})

        13:04  Take-off {{runway 06}}, light {{crosswind}}.
        13:05  Approx 250 ft: glider climbed well above the tug and drifted out to the left.
        13:05  Tug tail pushed up; [[name:Bjørn]] felt the nose pitch down and used the
               {{tug release}}.
        13:06  Glider turned back and landed on the {{cross runway}}. Tug continued the
               {{circuit}} and landed normally.
        13:20  Debrief with {{CFI}}. P1 had been looking at the {{ASI}} during the
               take-off and lost sight of the tug.

        Learning: a classic {{tug upset}} precursor, stopped early by a prompt release.
        {{Aerotow}} position refresher for all pilots converting from {{winch}} only.
        {{MOR}} filed by tug pilot.
    """)),
    ("aviation", "incident", block("""
        Airspace infringement - {{LS8}} [[aircraft_registration:G-CGSK]]
        Pilot: Dr [[name:Saoirse Keane]]   {{CAA}} ref [[case_reference:CAA-INF-24-08812]]
        Date: [[date:3 August 2024]]

        Time   Alt ({{QNH}})  Position          Note
        13:58  4,950 ft   7 nm W of club    climbing, cloudbase rising
        14:06  5,800 ft   2 nm inside {{CTA}}   base here 5,500 ft - INFRINGEMENT
        14:09  5,100 ft   back outside      noticed on {{moving map}}

        What went wrong: the pilot had loaded an out-of-date airspace file on her flight
        computer, which showed the {{CTA}} base as 6,500 ft. She had also not
        checked {{NOTAMs}}. [[organisation:Scarbeck Radar]] saw a primary contact and a
        passenger jet was vectored around it. {{MOR}} submitted and she has completed the
        {{CAA}} online infringement course. The club now checks airspace file dates at the
        {{daily briefing}}.
    """)),
    ("aviation", "success", block("""
        #launchpoint
        [[name:rosie_p]]  18:40
        thanks to [[name:Kev]] on the {{winch}} today - 41 {{launches}} and not one {{cable break}} 🙏
        [[name:Tomasz]]  18:42
        + he spotted the {{parachute}} on [[aircraft_registration:KRA]] had no {{pin}} in
        the {{AAD}}... caught at the {{DI}}, swapped before first flight
        [[name:rosie_p]]  18:43
        legend. beers on me [[name:Kev]]
        [[name:Kev]]  18:50
        cheers all. credit to [[name:Mateus]] for doing the {{pre-flight}} walkround with me
    """)),
    ("aviation", "near_miss", block("""
        WEIGHT & BALANCE CHECK  {{K21}} [[aircraft_registration:G-DFAB]]  [[date:12/05/24]]
        Item                            kg
        Front-seat pilot ([[name:Lin Wei]])       52
        {{Parachute}}                       7
        Nose {{ballast weights}} fitted     0   <- should be 2 x 5
        Rear seat ({{instructor}})          -
        Placard {{minimum cockpit load}}    70
        TOTAL in front seat             59   BELOW MINIMUM

        Narrative: the previous pilot, who is much heavier, had removed the
        {{ballast}} and left it in the {{clubhouse}}. [[name:Lin Wei]] was strapped in
        and about to fly solo when [[name:Sanjay]] ({{duty instructor}}) asked her weight
        during his {{pre-launch check}} and did the sum. Weights refitted, launch
        delayed 10 minutes. Being under minimum cockpit load moves the {{CG}} aft and
        could have made a {{spin}} recovery impossible.
        Action: weights to be stored in the {{glider}} in a labelled bag, never in the
        clubhouse.
    """)),
    ("aviation", "incident", block("""
        DAILY LOG / DI HANDOVER  [[date:Sun 2 June]]
        {{DI}}: [[name:Norma Fairweather]]  {{Duty Pilot}}: [[name:Ifan]]  Winch: [[name:Chip]]
        Wx: {{westerly}} 12 kt, cloudbase 3,500 ft

        - 09:45 {{briefing}}: {{public footpath}} crosses the {{cable run}} at the far end.
        - 14:20 Dog walker came through the gap in the wall and walked along the
          {{cable run}} during {{all out}} on launch 27. [[name:Chip]] chopped the power;
          glider ([[aircraft_registration:G-CJXR]], [[name:Amber Lightfoot]] solo)
          released at about 60 ft and landed ahead. No injury. Walker unaware and apologetic.
        - Footpath warning sign had blown down - reported to
          [[organisation:Whinmoor Parish Council]] + landowner.
        - 16:00 3 {{trial lessons}}, all flown.
        Handover to [[name:Ifan]] for next sat: put a {{marshal}} with a radio at the wall
        when the {{westerly}} run is in use.
    """)),
    ("aviation", "success", prose("""
        On [[date:27 July]] two club gliders, a {{Ventus}} [[aircraft_registration:G-CLMX]]
        flown by [[name:Isabella Moretti]] and a {{DG-300}} [[aircraft_registration:G-DEWB]]
        flown by [[name:Kofi Asamoah]], were working the same {{ridge}} beat along the
        escarpment. Both pilots report a {{FLARM}} warning at short range as they
        approached each other head-on on opposite legs. [[name:Kofi]] was already
        following the {{ridge rules}} and turned right; [[name:Isabella]], having
        acknowledged the alert, also turned away from the hill. Closest point was
        estimated at 150 m. Neither pilot had seen the other before the alert because of
        the low sun. This is recorded as a success: the equipment was fitted and serviceable,
        both pilots were on the same {{ridge}} convention and they reported it to the
        {{Safety Officer}} the same evening. It will be used at the {{spring briefing}} to
        remind members of the ridge rules and of the value of keeping FLARM
        {{firmware}} up to date.
    """)),
    ("aviation", "near_miss", block("""
        RT transcript (from ATC recording), [[date:15 September 2024]]
        RADAR  [[aircraft_registration:Golf Bravo Zulu Romeo Kilo]], [[organisation:Scarbeck Radar]], {{QNH}} one zero zero three.
        [[aircraft_registration:GBZRK]]  {{QNH}} one zero one three, [[aircraft_registration:Golf Romeo Kilo]].
        RADAR  [[aircraft_registration:Golf Romeo Kilo]], negative, {{QNH}} one zero zero THREE, I say again one zero zero three.
        [[aircraft_registration:GBZRK]]  One zero zero three, [[aircraft_registration:Golf Romeo Kilo]], sorry.
        RADAR  [[aircraft_registration:Golf Romeo Kilo]], traffic, [[flight_number:Skyvane two two seven one]], {{Airbus}}, six miles east, descending to four thousand feet.
        [[aircraft_registration:GBZRK]]  Traffic in sight, [[aircraft_registration:Golf Romeo Kilo]].

        Tug pilot's comment ([[name:Bjørn Haugen]]): I had already wound the
        {{altimeter}} to 1013. With 1003 actually set on the ground that is 270 ft of
        error, reading high, just under the {{CTA}} base with an airliner descending to
        4,000 ft above me. The controller caught it on my readback. I now write the
        {{pressure setting}} on my kneeboard before I read it back.
    """)),
    ("aviation", "incident", prose("""
        accident at the winch end [[date:sun 16th]] - [[name:tash]] ([[age:17]]) trapped 2
        fingers between the {{drogue}} and the {{cable guide}} while hooking on the
        {{retrieve}} cable. the {{Land Rover}} [[vehicle_registration:R427 VDN]] had rolled
        forward a bit bc the handbrake is knackered (known issue since easter). first aid by
        [[name:marty]] ({{first aider}}), ice + strapping, then her mum took her to
        {{A&E}} at [[organisation:Skipwith Infirmary]] - fractured tip of ring finger,
        splinted. {{parent}} informed straight away, {{junior member}} {{safeguarding}}
        form done. the land rover is now OFF THE FIELD until the handbrake is fixed,
        [[name:pete o]] has the keys. {{risk assessment}} for retrieve ops needs updating -
        wheel chocks + nobody near the drogue until the vehicle is stopped AND chocked.
        - [[name:ayesha s]]
    """)),
    ("aviation", "success", prose("""
        Thank you note from the {{CFI}}, [[name:Graham Lowe]]: thanks to [[name:Pat]] and
        [[name:Faisal]] for running our {{overdue aircraft}} procedure so calmly on
        [[date:Saturday 21 September]]. [[name:Ingrid Solberg]] had landed out in a valley
        with no phone signal and no one had heard from her by 18:30. [[name:Pat]] checked
        the last {{OGN}} tracking position while [[name:Faisal]] started the call-round on
        the {{overdue}} checklist, and they had a retrieve crew heading out before we
        reached the point of calling the police. [[name:Ingrid]] walked to a farm, rang
        in at 19:10, and was home by midnight. The procedure worked exactly as written,
        nobody panicked and we did not tie up {{999}} resources. Please all make sure your
        {{SPOT}} tracker or {{OGN}} ID is on your {{personal details}} form.
    """)),
]

if __name__ == "__main__":
    write_records(OUT, build_records("blind292", REPORTS))
