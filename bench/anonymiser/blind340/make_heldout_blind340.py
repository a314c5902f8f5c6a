"""Held-out blind corpus 340: 50 invented UK incident, near-miss and learning reports.

Written blind (without sight of the de-identifier or of any other corpus) so that it measures
how well de-identification generalises. Three settings, all people, organisations, places and
numbers invented:

- social_care (17): a child exploitation and missing-from-home team (return home interviews,
  NRM referrals, disruption work, police liaison);
- health (17): a GP practice (reception, repeat prescriptions, results, home visits,
  safeguarding leads);
- aviation (16): an inter-island air service in the Scottish islands (small twin-engine
  aircraft, beach and grass strips, air ambulance transfers).

Styles are deliberately mixed: rushed lower-case notes with typos and txt-speak, formal
narratives, timed chronologies, forms with Name/DOB/Ref/Address fields, e-mails with headers
and signatures, chat exports (Teams, WhatsApp, Slack), handover notes, minutes with attendance
and apologies, tables, radio transcripts, shout-outs and thank-you notes.

`[[label:value]]` marks an identifier and `{{term}}` a must-not-redact mention (see markup.py).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from markup import block, build_records, write_records  # noqa: E402
from markup import flow as prose  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "corpus" / "heldout_blind340.jsonl"

REPORTS = [
    # ------------------------------------------------------------------ social care
    ("social_care", "incident", prose("""
        rhi not done again for [[name:kayden]] ([[age:15yo]]) - 3rd attempt. {{mum}}
        ([[name:shannon]]) says hes asleep every time i turn up, {{duty sw}} informed. he went
        {{missing}} [[date:fri 9th]] from [[address:14 Tolley Rd]] and was found by police in a
        {{trap house}} on [[address:Canal St]] with 2 phones on him. {{72hr}} window now blown tbh.
        havent done the {{NRM}} yet as waiting on {{strategy}}. police log
        [[case_reference:NV-0911-2231]]. pls can someone in {{MASH}} chase
        [[organisation:Northvale Police]] for the {{PNC}} check. also his school
        [[organisation:Hartwell Academy]] not told yet - my bad, will do 1st thing
    """)),
    ("social_care", "near_miss", prose("""
        On [[date:14 February]] I was completing a {{National Referral Mechanism}} referral for
        [[name:Tomasz Wiśniewski]] ([[date_of_birth:03/07/2009]]) as his {{First Responder}}.
        When I pasted the chronology from our case system I noticed it contained three
        paragraphs about a different young person, [[name:Amir Haddad]], including his address
        at [[address:Flat 6, Orchard House, Belling Way]], [[postcode:KB4 2TW]]. The referral had
        not been submitted to the {{Single Competent Authority}}. I removed the content, told my
        {{team manager}}, [[name:Rhiannon Pryce-Evans]], and checked both case numbers
        ([[case_reference:KX-114702]] and [[case_reference:KX-118350]]). Learning: copying from
        the {{Chronology}} tab pulls every linked {{case note}} if the filter is not set, and
        siblings and associates are linked by default. I have asked the {{systems team}} whether
        the filter can default to the single child and added a line to our {{practice guidance}}.
    """)),
    ("social_care", "success", prose("""
        Massive shout-out to [[name:Hope Adeyemi]] on {{EDT}} on [[date:Sat 2nd]]. [[name:Hope]]
        took a call at {{3am}} from a [[age:13-year-old]] girl, [[name:Mia]], who had been driven
        to motorway {{services}} by older boys and was too scared to ring {{999}}.
        [[name:Hope]] kept her talking for forty minutes, got her to read out the sign by the
        {{toilets}} so {{BTP}} and [[organisation:Northvale Police]] could find her, and stayed on
        the line until a {{female officer}} was with her. [[name:Mia]]'s {{mum}} rang on
        {{Monday}} to say thank you. This is exactly what good looks like - calm, child-centred,
        no judgement. The {{Service Manager}} has put [[name:Hope]]'s name forward for the
        {{Practice Awards}}. - [[name:Priya]]
    """)),
    ("social_care", "incident", block("""
        CHRONOLOGY - missing episode [[case_reference:MFH/24/0388]]
        YP: [[name:Leah-Marie Dunn]], [[age:14]]

        [[date:22/03/24]]
        16:40 {{Residential}} staff at [[organisation:Willowbank Children's Home]] report
              [[name:Leah-Marie]] not back from [[organisation:St Aidan's RC High]].
        17:05 Staff ring 101. Call handler grades as {{absent}} not {{missing}} despite {{CSE}}
              marker on her record.
        18:30 [[name:Amber]] (night staff) sees a social media story - [[name:Leah-Marie]] in
              a car near [[address:Fernside Retail Park]].
        18:45 Staff ring back, quote log [[case_reference:NV-2203-0417]], ask for regrade.
        21:10 {{EDT}} escalate to {{duty inspector}}. Regraded {{medium risk}}.
        [[date:23/03/24]]
        02:10 Found by patrol in a silver {{Astra}} [[vehicle_registration:KY19 XTF]] with two
              adult males, alcohol in car.
        03:00 Returned to home. Declined {{RHI}}.

        Issues: 4 hr delay in grading; {{Philomena Protocol}} form not sent with first call.
    """)),
    ("social_care", "near_miss", block("""
        [[name:Ola Bankole]] 09:12
        morning all - is the {{CAWN}} for the guy hanging round [[name:Jade]] going out today? {{TM}}
        signed it off
        [[name:Grace Mwangi]] 09:14
        yes with PC [[name:Frost]] from the {{Exploitation Hub}} at 2. address on system is [[address:27 Hollins Lane]]
        [[name:Ola Bankole]] 09:20
        hang on thats the old one. {{intel}} from [[organisation:Safe Passage Trust]] says he
        moved to [[address:Flat 3, 9 Mercer Court]] in {{Jan}}. [[address:Hollins Lane]] is his {{nan}}'s
        [[name:Grace Mwangi]] 09:23
        good catch!! would have been served on an [[age:80yr old]] woman 🙈 updating the
        {{disruption plan}} now and letting PC [[name:Frost]] know
        [[name:Ola Bankole]] 09:24
        👍 can we add a step to check {{PNC}} against partner {{intel}} before anyone goes out.
        notice ref [[case_reference:CAWN-0412]]
    """)),
    ("social_care", "success", block("""
        MACE PANEL - MINUTES
        Date: [[date:Thursday 11 April]]
        Present: [[name:Faith Osei]] ({{Chair}}, {{Head of Service}}); DS [[name:Karen Whitlock]]
        ([[organisation:Northvale Police]] {{Exploitation Hub}}); [[name:Rose Tiernan]]
        ({{school nurse}}); [[name:Dev Raman]] ([[organisation:Safe Passage Trust]]);
        [[name:Will Okafor]] ({{YJS}})
        Apologies: [[name:Bill Trenchard]] ({{Licensing}}), [[name:Sunny Bhogal]] ({{CAMHS}})

        Item 3 - [[organisation:Golden Fry]], [[address:112 Market Street]]
        DS [[name:Whitlock]] updated: after the joint visit with {{Trading Standards}} and
        {{Licensing}} the premises licence review went ahead. Owner has agreed to close at
        10pm and fit {{CCTV}}. No young people seen at the premises for 6 weeks.
        [[name:RT]] and [[name:J.M.]] are both now engaging with {{mentoring}}.
        Action: [[name:Faith]] to share the learning with the {{Community Safety Partnership}}.
        Item closed - recorded as a positive {{disruption}} outcome.
    """)),
    ("social_care", "incident", block("""
        From: [[name:Marcus Fenwick]] <[[email:marcus.fenwick@kestleby.gov.uk]]>
        Sent: [[date:05 March 2024]] 17:52
        To: {{Information Governance}}
        Cc: [[name:Joy Aluko]]
        Subject: Breach - RHI summary sent to father

        Hi,
        Reporting a breach. This afternoon I emailed the {{return home interview}} summary for
        [[name:Caitlin Byrne]] ([[case_reference:KX-120991]]) to her father,
        [[name:Declan Byrne]], at [[email:dec.byrne77@fastmail.co.uk]] instead of her
        {{social worker}}. He has no contact and there is a {{non-molestation order}}. The
        summary names her new school, [[organisation:Brackenridge Academy]], and the area of
        her {{foster placement}}. I rang him on [[phone:07700 900614]] and asked him to delete
        it; he refused. {{Team manager}} and {{IRO}} informed, carers told tonight.
        Autocomplete offered his address first - I didn't check.

        [[name:Marcus]]
        [[name:Marcus Fenwick]] | {{Return Home Worker}} | [[organisation:Kestleby Borough Council]]
        [[phone:01632 960481]]
    """)),
    ("social_care", "near_miss", block("""
        HANDOVER [[date:Fri 19/04]] - lates -> weekend {{on-call}}

        1. [[name:Tyrese]] ([[age:16]]) - {{Reasonable Grounds}} decision came back positive.
           {{Placement}} aware.
        2. [[name:Ellie-Mae Corbett]] ([[age:13]]) - {{MISSING}} since 14:00, police log
           [[case_reference:NV-1904-0876]].
           NEAR MISS: photo we sent {{police}} for the appeal was her cousin [[name:Ellie Corbett]]
           (same school, same surname, pic saved in wrong folder). [[name:Nat]] spotted it
           before it went on {{social media}}. Correct photo sent 16:20.
        3. [[name:Kai]] - {{RHI}} booked [[date:Mon 22nd]] {{10am}} at
           [[organisation:Northgate Youth Hub]]. Worker: [[name:Pat Lindqvist]].
        4. On-call mobile: [[phone:07700 900227]]

        - [[name:sj]]
    """)),
    ("social_care", "success", block("""
        [[date:08/05/2024]], 21:47 - [[name:Dani K]]: he's walked into the {{front desk}} at the
        {{police station}}!! asked for me by name
        [[date:08/05/2024]], 21:48 - [[name:Mo Rahman]]: [[name:Luca]]??
        [[date:08/05/2024]], 21:48 - [[name:Dani K]]: yes. 9 days gone. says he was kept in a
        flat in another town doing {{county lines}}. wants to talk
        [[date:08/05/2024]], 21:50 - [[name:Mo Rahman]]: amazing. ring {{EDT}}, I'll call
        [[name:Luca]]'s {{dad}}. don't do the {{RHI}} tonight, he needs food and sleep
        [[date:08/05/2024]], 21:52 - [[name:Dani K]]: ok. {{appropriate adult}} needed?
        [[date:08/05/2024]], 21:53 - [[name:Mo Rahman]]: only if they interview. he's a victim
        first. {{NRM}} tomorrow x
        [[date:09/05/2024]], 08:10 - [[name:Dani K]]: for the {{learning log}} - he said he came back
        because I kept texting every day even when he never replied
    """)),
    ("social_care", "incident", block("""
        INCIDENT FORM - {{Missing & Exploitation}} Service
        Ref: [[case_reference:INC-SC-24-0217]]
        Name: [[name:Oluwaseun Adebayo]] (known as [[name:Seun]])
        DOB: [[date_of_birth:17/11/2006]]
        NI No: [[ni_number:JT 48 21 93 C]]
        Address: [[address:Room 4, Larkspur Lodgings, 8 Bell Row]], [[postcode:KB7 9LP]]
        Date of incident: [[date:26 April 2024]]

        Details: [[name:Seun]]'s bank card and NI letter were found by a {{housing officer}}
        at an address we know is {{cuckooed}}. Concern he is being used as a {{money mule}}.
        He is [[age:17]] and a {{care leaver}}; his {{Personal Adviser}} was not told for 5 days
        because the housing email went to a shared inbox.
        Actions: {{NRM}} to be considered, {{MASH}} referral made, bank
        ([[organisation:Northway Building Society]]) notified.
        Reported by: [[name:Hamish Grieve]], {{Leaving Care Team}}
    """)),
    ("social_care", "near_miss", prose("""
        nr miss - went to do the {{home visit}} for [[name:brooklyn]] tdy & the {{taxi}} firm
        had sent the same driver {{police}} flagged last wk ([[vehicle_registration:BX67 HJU]])
        😬 i recognised the car from the {{intel}} sheet. didnt let her get in, rang
        [[organisation:Swiftline Taxis]] & {{commissioning}}. turns out the flag never got passed
        to the {{transport team}}. [[name:brooklyn]]'s {{mum}} v upset n so am i tbh. can we pls
        make sure {{taxi}} flags go to transport same day?? case [[case_reference:KX-119044]]
        - [[name:jess]]
    """)),
    ("social_care", "success", prose("""
        Learning summary. [[name:Minh]] ([[age:16]]) was found by police in a {{nail bar}} above
        [[address:41 Station Parade]] in {{October}}. He spoke no English and was first treated
        as an adult. Our {{duty worker}}, [[name:Kwame Asante-Boateng]], insisted on an
        interpreter ([[name:Thảo]], booked through [[organisation:LinguaBridge]]) before any
        {{age assessment}} questions and made an {{NRM}} referral the same day. An
        {{Independent Child Trafficking Guardian}} was allocated within a week and [[name:Minh]]
        received a positive {{Conclusive Grounds}} decision on [[date:3 June]]. He now attends
        [[organisation:Kestleby College]] and has not gone {{missing}} once. What worked: not
        accepting the first story, the interpreter being female and from outside his community,
        and the {{Home Office}} bundle being done by one person, not passed around.
    """)),
    ("social_care", "incident", block("""
        Missing episodes wk ending [[date:12 May]] - RHIs outside 72 hrs (for {{team meeting}})

        | Ref | {{YP}} | Age | Hrs | {{RHI}} | Note |
        | [[case_reference:MFH/24/0412]] | [[name:Jayden P]] | [[age:15]] | 31 | N | found at [[address:Kingsmead Rd]] flats |
        | [[case_reference:MFH/24/0415]] | [[name:Aaliyah Hussain]] | [[age:14]] | 6 | N | declined x2 |
        | [[case_reference:MFH/24/0419]] | [[name:Zofia Kowalczyk]] | [[age:12]] | 48 | N | {{OOA}} placement |
        | [[case_reference:MFH/24/0421]] | [[name:T.J.]] | [[age:16]] | 3 | Y | |

        3 of 4 not offered within {{72 hours}}. [[name:Charlie]] off sick all week, no cover
        arranged, and nobody picked up the {{Missing}} inbox. [[name:Zofia]] is placed
        out of area and the {{host authority}} were not asked to do it. Raised with {{TM}}.
    """)),
    ("social_care", "near_miss", block("""
        #kv-missing-duty
        [[name:mark.h]] 10:02
        about to send the address of [[name:Skye]]'s new {{placement}} to the {{strategy group}}
        chat - ok?
        [[name:roisin.nibhriain]] 10:04
        NO!! that group still has her {{stepdad}} in it from the old {{CIN}} meeting
        [[name:mark.h]] 10:05
        omg. he's the one she's hiding from. not sent
        [[name:roisin.nibhriain]] 10:09
        removed him + checked everyone else. [[name:Sam]] from {{housing}} also left in.
        logging as {{near miss}} [[case_reference:NM-0331]]. {{practice standard}} says
        no addresses in chats ever - use the {{secure email}}
        [[name:mark.h]] 10:10
        noted, sorry [[name:Róisín]] 🙏
    """)),
    ("social_care", "success", block("""
        Subject: FW: thank you
        From: [[name:Lina Petrovska]] ({{Team Manager}}, {{Missing & Exploitation}})
        For the {{compliments log}} please.

        ---------- Forwarded message ---------
        From: [[name:Tracey Holt]] <[[email:traceyholt81@hotmail.co.uk]]>
        Date: [[date:Wed, 15 May 2024]]

        I just wanted to say thank you to [[name:Grace]]. When [[name:Reece]] was [[age:14]] I
        thought I'd lost him to those men. She never gave up on him, she came to the
        {{Youth Court}} with us, she sat in [[organisation:McDonald's]] with him for hours when he wouldn't
        talk anywhere else. He's just got his place at {{college}} to do {{mechanics}}. I don't
        think he'd be alive without her.
        [[name:Tracey]] ([[name:Reece]]'s {{mum}})
    """)),
    ("social_care", "incident", block("""
        STRATEGY DISCUSSION - NOTES
        Date: [[date:30/04/24]]
        Attendees: [[name:Aoife Gallagher]] ({{SW}}), DC [[name:Ian Mackie]] ({{police}}),
        Dr [[name:Hughes]] ({{paediatrician}}), Mrs [[name:Adeleke]] ({{DSL}})
        Apologies: [[name:Jo Tanaka]] ({{health visitor}})

        Concern: the police {{missing person}} appeal for [[name:Precious Mbeki]] ([[age:15]])
        used a photo of her in [[organisation:Thornbury Girls' School]] uniform. The adults she
        was with saw it, worked out the school and were waiting outside on
        [[date:29 April]]. She was not harmed but ran from staff.
        Agreed: DC [[name:Mackie]] to raise with {{press office}}; appeals for {{CE}} cases to go
        through the {{exploitation lead}} first. {{Section 47}} to continue.
    """)),
    ("social_care", "success", prose("""
        quick one - big thanks to [[name:JK]] and [[name:A.P.]] for the {{disruption}} work on
        [[date:Tues 4th]]. they clocked the same {{blue Corsa}} hanging round the gates of
        [[organisation:Moorside High]] 3 days running, got the {{reg}}
        ([[vehicle_registration:YD21 KLN]]) to {{police}} and a {{CAWN}} went out within a week.
        {{DSL}} says no sign of it since and [[name:Tia]] ([[age:14]]) is back on a {{full
        timetable}}. proper {{contextual safeguarding}} 👏
    """)),
    # ------------------------------------------------------------------ health
    ("health", "incident", prose("""
        pt rang for her bloods, i read out the {{HbA1c}} and {{cholesterol}} but it was the other
        [[name:Margaret Doyle]] - we have 2!! diff DOBs ([[date_of_birth:12/08/1951]] &
        [[date_of_birth:02/12/1958]]). didnt do the {{3 point ID check}} cos phones were mental,
        40 in the {{queue}} at {{8am}}. told {{practice manager}} [[name:Bev]] straight away and
        rang the right mrs [[name:doyle]] back to apologise. the 1st lady now knows the other
        ones {{diabetes}} results 🙁 {{IG}} form done. pls can we get an alert on both records
        - [[name:kirsty]] ({{recep}})
    """)),
    ("health", "near_miss", prose("""
        On [[date:7 May]] a repeat request for {{methotrexate}} 2.5 mg for Mr
        [[name:Gerald Ashworth]] ([[nhs_number:691 881 9429]]) was issued with the directions
        "take four tablets daily" instead of once weekly. The {{prescription clerk}} had re-added
        the item from an old hospital letter and the {{GP}} signed it in a batch of about 140
        {{repeats}}. The {{community pharmacist}}, [[name:Yusuf Demir]] at
        [[organisation:Kershaw's Pharmacy]], queried it before dispensing and rang the
        {{duty doctor}}. No harm reached the patient. His {{FBC}} monitoring was also three
        months overdue. Actions: {{high-risk drugs}} cannot be re-added by {{admin}}; weekly
        {{DMARDs}} go to the {{clinical pharmacist}} queue; batch signing limited.
        Ref [[case_reference:SEA-2024-011]].
    """)),
    ("health", "success", prose("""
        SHOUT OUT to [[name:Joy]] on the {{front desk}} 🌟 A man rang on {{Tuesday}} to book a
        routine appt for his wife, said she was "a bit muddled", knees looked blotchy and she
        hadn't had a wee since the day before. [[name:Joy]] used the {{red flag}} prompt card,
        didn't book it for next week and put him straight through to the {{duty doctor}}.
        {{999}} was called and Mrs [[name:Ferreira]] was admitted to [[organisation:Ashcombe
        General Hospital]] with {{sepsis}}. The {{ICU}} consultant wrote to say the early call
        made a difference. Well done [[name:Joy]] - this is why we do the {{Care Navigation}}
        training! From Dr [[name:Okonjo]] and all the {{clinical team}}
    """)),
    ("health", "incident", block("""
        SEA TIMELINE - {{home visit}} request
        Pt: [[name:Albert Crane]], [[age:89]], NHS [[nhs_number:244 800 0026]]

        [[date:Mon 12 Feb]]
        10:52 Daughter [[name:Linda]] rings: dad {{SOB}}, off his legs, asks for a visit.
              Logged by reception as routine.
        12:30 Visits allocated at {{huddle}}. Not on the list - had been entered on the
              {{Tuesday}} tab.
        [[date:Tue 13 Feb]]
        09:40 [[name:Linda]] rings back, upset nobody came.
        11:15 Dr [[name:Farah Siddiqui]] visits. {{Sats}} 86% on air, {{RR}} 30, {{crackles}}
              L base. {{999}}.
        14:00 Admitted [[organisation:Ashcombe General Hospital]], {{Larch Ward}},
              {{pneumonia}}.

        Contributing: no {{triage}} of visit requests by a clinician; two tabs look identical;
        new receptionist on day 3 with no buddy.
    """)),
    ("health", "near_miss", block("""
        NEAR MISS REPORT - [[organisation:Millbrook Surgery]]
        Patient:   [[name:Rosa Delgado-Fuentes]]
        DOB:       [[date_of_birth:21/04/1987]]
        NHS No:    [[nhs_number:752 343 7249]]
        Address:   [[address:9 Quarry Close, Ashcombe]], [[postcode:AC3 6NB]]
        Reported:  [[name:Tomás Ó Briain]] ({{HCA}}), [[date:18/06/2024]]

        What happened: patient booked for {{INR}}. The record open on screen was her mother,
        [[name:Rosa Delgado]], same address, also on {{warfarin}}. I had written the result
        and new {{dose}} on the {{yellow book}} before checking {{DOB}} aloud. Caught when she
        said she was not [[age:63]]. Result moved to correct record, {{mum}}'s dosing checked by
        the {{anticoagulation nurse}}.
        Learning: always open the record after the {{ID check}}, not before.
    """)),
    ("health", "success", block("""
        PRACTICE MEETING - SIGNIFICANT EVENT REVIEW
        [[date:Wednesday 6 March]], 13:00, {{staff room}}
        Present: Dr [[name:Okonjo]] ({{Chair}}, {{GP partner}}), Dr [[name:Mark Ellison]]
        ({{safeguarding lead}}), [[name:Bev Sutcliffe]] ({{PM}}), [[name:Grace Liu]]
        ({{secretary}}), [[name:Hussein]] ({{clinical pharmacist}})
        Apologies: Dr [[name:Li Wei]] ({{GPST}}), [[name:Patience Moyo]] ({{ANP}})

        Item 2 - good catch: rejected {{2WW}} referral
        [[name:Grace Liu]] noticed a rejection on the {{e-RS}} worklist for Mr
        [[name:Ahmed Qureshi]] ([[case_reference:ERS-000418822]]) - wrong form used. She
        re-sent it the same afternoon on the correct {{lower GI}} form and rang him. Seen in
        9 days, early {{colorectal cancer}}, now post-op and well.
        Learning: secretaries now check the {{rejected referrals}} worklist daily;
        [[name:Grace]] to show the others. Dr [[name:Okonjo]] thanked her formally.
    """)),
    ("health", "incident", block("""
        From: [[name:Bev Sutcliffe]] <[[email:bev.sutcliffe3@nhs.net]]>
        To: Dr [[name:Mark Ellison]]; {{Caldicott Guardian}}
        Date: [[date:2 April 2024]]
        Subject: URGENT - letter sent to previous address

        [[name:Mark]],
        A {{hospital appointment}} letter for [[name:Natalia Greaves]]
        ([[nhs_number:426 928 9325]]) was posted by us to [[address:48 Tenter Street]] - her
        old address, where her {{ex-partner}} still lives. She registered her new address in
        {{March}} and it has a {{confidential address}} flag, but the letter was generated
        from the {{referral template}}, which pulls the previous address field. She rang in
        crying - he has turned up at her work. I've contacted the {{IDVA}} and logged
        [[case_reference:IG-24-037]]. Can we talk at 2?

        [[name:Bev]]
        {{Practice Manager}}, [[organisation:Millbrook Surgery]] | [[phone:01632 960733]]
    """)),
    ("health", "near_miss", block("""
        [[name:Kemi Oduya]] 11:03
        hi is anyone looking at Dr [[name:O]]'s results today? there's a {{potassium}} of 6.8 for
        [[name:Stanley Burke]] filed as "{{normal, no action}}"
        Dr [[name:Li Wei]] 11:05
        oh no that was me - filing from the {{urgent}} list too fast. ringing him now
        [[name:Kemi Oduya]] 11:06
        his {{eGFR}} dropped too. he's on {{ramipril}} + {{spironolactone}}
        Dr [[name:Li Wei]] 11:19
        spoke to him, feels ok, sent to {{SDEC}} for repeat + {{ECG}}. repeat 5.9, {{haemolysed}}
        first time possibly but still high. will debrief with my {{supervisor}}
        [[name:Kemi Oduya]] 11:20
        👍 I'll put it on the {{SEA}} list
    """)),
    ("health", "success", block("""
        Dear everyone at [[organisation:Millbrook Surgery]],

        We wanted to thank you for looking after {{Dad}} in his last weeks. Dr [[name:Farah Siddiqui]]
        came out every {{Friday}} without being asked, sorted the {{anticipatory medicines}}
        before the {{bank holiday}} and talked to him about the {{DNACPR}} so kindly that he
        laughed. Nurse [[name:Amber]] from the {{district nurses}} and [[name:Sean]] in
        {{dispensary}} were wonderful. {{Dad}} died at home at [[address:Rose Cottage, Lyle Lane]],
        as he wanted, on [[date:19th January]], aged [[age:92]].

        With love and thanks,
        [[name:Sheila]], [[name:Ray]] and all the [[name:Pennington]] family
    """)),
    ("health", "incident", block("""
        Results inbox - audit [[date:w/c 15/07]] (Dr [[name:Siddiqui]] on {{annual leave}})

        Clinician            | Unfiled >5d | Oldest     | Abnormal not actioned
        Dr [[name:Siddiqui]] | 212         | [[date:03/07]]      | 9
        Dr [[name:Okonjo]]   | 14          | [[date:11/07]]      | 0
        [[name:Patience Moyo]] {{ANP}} | 31 | [[date:09/07]] | 2

        Harm: {{PSA}} 18.4 for Mr [[name:Emeka Iwu]] ([[age:71]]) sat unread for 11 days; no
        {{buddy}} had been set for the leave. {{Urology}} {{2WW}} now sent.
        Actions: buddy rota in {{clinical system}}; {{workflow}} team to flag any inbox over 50.
    """)),
    ("health", "near_miss", block("""
        DUTY DR HANDOVER - am -> pm
        - Mrs [[name:Pat Oyelaran]] ([[age:77]]) - {{warfarin}}; {{GP}} am started
          {{clarithromycin}} for chest. Pharmacist [[name:Hussein]] flagged {{interaction}} -
          changed to {{doxycycline}} before it left the building. {{INR}} {{Thurs}}?
        - Baby [[name:Noor]] ([[age:6 wks]]) - mum rang, {{temp}} 38.2. Told {{A&E}} not us.
          Check she went.
        - {{Visit}}: [[address:Flat 12, Hawthorn Court]] - Mr [[name:Dobrev]], {{palliative}},
          {{syringe driver}} alarm - {{DNs}} aware.
        Repeat scripts signed up to 11:30.
        - [[name:FS]]
    """)),
    ("health", "success", prose("""
        Learning from a {{safeguarding}} case. During a routine {{pill check}} on [[date:9
        October]], {{Practice Nurse}} [[name:Grace Adomako]] noticed that a patient,
        [[name:Chloe]] ([[age:24]]), had bruising on her upper arms and that her partner
        answered every question. [[name:Grace]] used the "{{toilet sample}}" routine to see her
        alone, asked directly about abuse and [[name:Chloe]] disclosed. With consent,
        [[name:Grace]] contacted our {{safeguarding lead}}, completed a {{DASH}} (score 17) and
        referred to {{MARAC}} and the local {{IDVA}} service, [[organisation:Harbour Women's
        Aid]]. The {{IRIS}} training in {{spring}} was cited by [[name:Grace]] as the reason she
        felt able to ask. [[name:Chloe]] is now in refuge. Code added to the record is hidden from
        {{online access}}.
    """)),
    ("health", "incident", block("""
        [[date:21/08/2024]], 19:02 - [[name:Dawn]] ({{Recep}}): anyone know if mr [[name:patel]] from
        [[address:Sandpiper Road]] got his {{insulin}} sorted?? he's been ringing all day
        [[date:21/08/2024]], 19:03 - [[name:Dawn]] ({{Recep}}): <photo of screen>
        [[date:21/08/2024]], 19:15 - [[name:Ricky]]: [[name:dawn]] you can't post that on here it's got his
        whole record on it
        [[date:21/08/2024]], 19:16 - [[name:Dawn]] ({{Recep}}): sorry deleted
        [[date:21/08/2024]], 19:40 - [[name:Bev S]]: please don't share patient info in this
        group, it's on personal phones. this includes names. I'll speak to everyone tomorrow
        and log it

        ({{PM}} note: screenshot showed {{NHS number}}, {{medication list}} and {{HIV}} status.
        {{DPO}} informed. 14 members in group, 3 had saved media automatically. Ref
        [[case_reference:IG-24-052]])
    """)),
    ("health", "near_miss", prose("""
        {{vax fridge}} 2 was reading 11.4 when i got in at {{7.45}} 😳 the {{data logger}} shows it
        went out of range at about 02:00 - {{cleaner}} had unplugged it for the hoover again. moved
        everything to fridge 1, quarantined the {{flu}} and {{Shingrix}} stock, rang
        [[organisation:Medivax Supplies]] and the {{Immform}} helpline. {{clinic}} for 9 was
        cancelled so nobody got a dodgy jab. [[name:jaz]] is doing the {{cold chain}} form,
        ref [[case_reference:CC-0093]]. can we pls get a plug cover?? 3rd time this yr - [[name:rich]]
    """)),
    ("health", "success", block("""
        From: [[name:Priya Venkataraman]] <[[email:p.venkataraman@ashcombe-hospital.example.nhs.uk]]>
        To: [[email:millbrook.surgery@nhs.net]]
        Subject: Thank you - Mr [[name:Lewandowski]]

        Dear colleagues,

        I wanted to feed back on Mr [[name:Jan Lewandowski]] ([[nhs_number:257 385 0609]]),
        whom your {{HCA}}, [[name:Faith]], saw for a {{NHS Health Check}} on [[date:14 May]].
        She noticed an irregular pulse, repeated it manually and got a same-day {{ECG}} -
        {{atrial fibrillation}}. He was started on {{apixaban}} within 48 hours. His
        {{CHA2DS2-VASc}} score was 4, so that is very likely a {{stroke}} prevented.

        Please pass on our thanks to [[name:Faith]].

        Kind regards,
        Dr [[name:Priya Venkataraman]]
        {{Consultant Cardiologist}}, [[organisation:Ashcombe General Hospital]]
        [[phone:01632 960952]]
    """)),
    ("health", "incident", block("""
        INCIDENT REPORT FORM
        Incident ref: [[case_reference:INC-MB-2024-0066]]
        Date/time: [[date:11/09/2024]] 16:20
        Location: {{Dispensary}}, [[organisation:Millbrook Surgery]]
        Patient name: [[name:Harold "Harry" Mbatha]]
        DOB: [[date_of_birth:30/01/1948]]
        NHS number: [[nhs_number:717 671 0228]]
        Address: [[address:3 Chapel Row, Little Wickham]], [[postcode:AC9 2JD]]

        Description: {{Controlled drug}} prescription for {{oxycodone}} {{MR}} 10 mg handed to a
        man who said he was the patient's {{son}}. He was not - the son is [[name:Sipho]] and was
        at work. {{Identity}} not checked against the {{collection}} log. Patient's
        {{carer}}, [[name:Wendy]], rang at 17:00 to say nothing had arrived. Police informed,
        crime ref [[case_reference:NV-1109-5512]]. {{CD Accountable Officer}} notified.
        Reported by: [[name:Sean Farrelly]], {{Dispenser}}
    """)),
    ("health", "success", prose("""
        just want to say ta to [[name:rose]] & [[name:will]] in {{admin}} who stayed til {{7pm}} on
        [[date:friday 13th]] to get all 60 {{care home}} {{repeat scripts}} for
        [[organisation:Elmfield House]] done after the {{EPS}} outage, so none of the residents
        missed {{evening meds}}. the {{manager}} there rang to say thanks. legends x - [[name:bev]]
    """)),
    # ------------------------------------------------------------------ aviation
    ("aviation", "incident", prose("""
        On [[date:17 October]] [[flight_number:CZ 314]] ({{BN-2B Islander}},
        [[aircraft_registration:G-CZKT]]) landed on the beach at [[organisation:Tràigh Bhàn
        Airfield]] about 25 minutes outside the published {{tide window}}. During the
        {{backtrack}} at the northern end the left main wheel sank into wet sand and the aircraft
        could not be moved under power. Capt [[name:Euan Harper]] shut down and the eight
        passengers walked to the {{terminal}} with the {{airfield staff}}. The aircraft was dug
        out by {{ground crew}} and a tractor 40 minutes before the water reached it. Cause:
        the tide table pinned up in {{Ops}} was for the wrong year and nobody cross-checked it
        against the {{NOTAM}}. {{MOR}} submitted to the {{CAA}}, ref
        [[case_reference:CZ-ASR-24-071]]. The {{Chief Pilot}} has withdrawn the paper tables.
    """)),
    ("aviation", "near_miss", block("""
        RT TRANSCRIPT - [[organisation:Sgarbh Airstrip]] {{AFIS}} - [[date:03/06/24]]
        14:02:10 [[flight_number:CAOLAS 221]]: [[organisation:Sgarbh]] Information, [[flight_number:CAOLAS 221]], four miles
                 final runway two four, six {{POB}}
        14:02:18 AFISO: [[flight_number:CAOLAS 221]], runway two four, {{surface wind}} two
                 three zero one five, no reported traffic, land at your discretion
        14:02:25 [[flight_number:CAOLAS 221]]: land at discretion, [[flight_number:CAOLAS 221]]
        14:03:02 {{FIRE ONE}}: [[organisation:Sgarbh]], {{Fire One}}, entering runway to check the {{windsock}}
        14:03:05 {{AFISO}}: {{Fire One}} hold... hold position, aircraft on short final
        14:03:09 [[flight_number:CAOLAS 221]]: going around, [[flight_number:CAOLAS 221]]

        Note ([[name:Catriona MacLeòid]], {{AFISO}}): {{fire tender}} crew were on the
        {{ground frequency}} handset, which had been left on the wrong channel after
        {{maintenance}}. Driver ([[name:Ruaridh]]) did not hear the {{final call}}. Aircraft
        passed about 200 ft above the vehicle. Ref [[case_reference:SGB-OCC-0612]].
    """)),
    ("aviation", "success", prose("""
        Big thanks to [[name:Dougie]] on the ramp at [[organisation:Port Ardmore Airport]] on
        [[date:Wednesday 22nd]]. During the {{turnround}} of [[aircraft_registration:G-CZAB]] he
        noticed fuel dripping steadily from the left {{wing tip tank}} drain and stopped the
        boarding. {{Engineering}} found a cracked {{drain valve}} seal that had been missed on the
        {{daily inspection}}. The aircraft was due to fly four sectors including the {{air
        ambulance}} standby. [[name:Dougie]] has been with us three weeks - he said he "wasn't
        sure if it was normal" but asked anyway. That is exactly the {{just culture}} we want.
        A {{Safety Star}} is on its way. - [[name:Morag]], {{Safety Manager}}, [[organisation:Caolas
        Air]]
    """)),
    ("aviation", "incident", block("""
        AMBULANCE TRANSFER - CHRONOLOGY ([[date:Sat 9 March]])
        Aircraft: [[aircraft_registration:G-OHEB]] ({{Twin Otter}}), Capt [[name:Sunny Grewal]],
        {{FO}} [[name:Iain Dòmhnallach]]
        Patient: [[name:Kirsty Ann Morrison]], [[age:31]], {{pre-term labour}}

        05:40 Call from {{ambulance control}} - {{neonatal team}} + incubator to collect.
        06:25 Crew at aircraft. {{Stretcher kit}} fitted.
        06:50 Team arrive. {{Incubator}} bracket will not lock to the seat rails -
              wrong adaptor in the kit (old {{Islander}} type).
        07:35 Spare adaptor driven from [[organisation:Ardmore Ground Services]] stores.
        07:58 Depart [[organisation:Port Ardmore Airport]] - 68 min late.
        08:41 Land [[organisation:Tràigh Bhàn Airfield]].
        09:30 Land back, patient to [[organisation:Port Ardmore Infirmary]].

        Outcome: mother and baby well. Kit not checked after the {{Islander}} left the fleet.
        Ref [[case_reference:CZ-ASR-24-019]]
    """)),
    ("aviation", "near_miss", prose("""
        {{w&b}} nr miss - [[flight_number:CZ318]] [[date:sat 14th]] am, 8 {{pax}}, used {{standard weights}} on the
        {{loadsheet}} but it was the {{shinty}} team 😅 + all their kit bags. felt v nose heavy on
        rotate, needed loads of {{trim}}. landed [[organisation:Sgarbh]] ok. weighed bags after -
        46 kg over what the sheet said and {{CG}} prob outside fwd limit. pax check-in at
        [[organisation:Port Ardmore]] didnt weigh bags cos {{scales}} broken since tues 🙄.
        think we need actual weights for groups, not standard. [[name:pz]] ({{FO}} [[name:Piotr
        Zieliński]]) - {{ASR}} to follow
    """)),
    ("aviation", "success", block("""
        SAFETY ACTION GROUP - MINUTES
        [[date:Thursday 4 July 2024]], {{crew room}}, [[organisation:Port Ardmore Airport]]
        Present: [[name:Morag Nicolson]] ({{Safety Manager}}, chair), Capt [[name:Euan Harper]]
        ({{Chief Pilot}}), [[name:Hope Campbell]] ({{Ops Controller}}), [[name:Alasdair Bain]]
        ({{CAM}})
        Apologies: [[name:Mark Devlin]] ({{Ground Ops}}), [[name:Faith Ibekwe]] ({{Training}})

        3. Beach ops - tide tables
        Since the [[aircraft_registration:G-CZKT]] event, tide windows now come from the
        {{UKHO}} feed into the {{flight planning}} tool and are printed on the {{PLOG}}.
        Zero late beach arrivals in {{Q2}}. [[name:Hope]] thanked the {{Ops}} team.
        4. Air ambulance kit
        New checklist working - two incubator transfers in {{June}} with no delay.
        Action: [[name:Alasdair]] to add adaptor check to the {{weekly}} kit audit.
    """)),
    ("aviation", "incident", block("""
        From: [[name:Hope Campbell]] <[[email:hope.campbell@caolasair.example.co.uk]]>
        To: {{Safety}}; Capt [[name:Harper]]
        Date: [[date:12 August 2024]]
        Subject: DG occurrence - [[flight_number:CZ 307]]

        All,
        On [[flight_number:CZ 307]] today a {{passenger}}, Mr [[name:Duncan Ferrie]], carried a
        medical {{oxygen cylinder}} in his {{hand luggage}} without telling us. It was not
        declared at {{check-in}} and was only found when it rolled out from under a seat on
        {{landing roll}} at [[organisation:Sgarbh Airstrip]]. No leak. The cylinder was not
        secured and had no {{operator approval}}. I have filed a {{DG occurrence report}}
        ([[case_reference:DGO-24-008]]) and spoken to the passenger, who had been told by
        the supplier it was "fine on planes". Our {{booking page}} does not mention oxygen.

        [[name:Hope]]
        [[name:Hope Campbell]] | {{Operations Controller}} | [[organisation:Caolas Air]]
        [[phone:01632 960118]]
    """)),
    ("aviation", "near_miss", block("""
        #ops-control
        [[name:eilidh.m]] 07:12
        morning, is [[organisation:Sgarbh]] open? {{farmer}} says the bottom third is soft after
        last night's rain
        [[name:grant_ops]] 07:14
        nothing on the {{NOTAM}} list, [[flight_number:CZ 221]] is planned there 08:30
        [[name:eilidh.m]] 07:15
        {{council}} put a {{runway restriction}} out at 06:50 - it's on the airfield's social
        media page not the {{NOTAM}} system 🙃
        [[name:grant_ops]] 07:18
        wow. ok telling {{crew}} now. {{landing distance}} with 1/3 closed is marginal for
        [[aircraft_registration:G-CZAB]] with 8 on
        [[name:eilidh.m]] 07:31
        {{crew}} have offloaded 2 {{pax}}. I'll ring [[organisation:Innis Council]] re posting
        restrictions properly. logging it [[case_reference:CZ-NM-24-033]]
    """)),
    ("aviation", "success", prose("""
        To the crew of the {{air ambulance}} flight on [[date:2nd February]] - thank you. I was
        the {{nurse escort}} with our patient, Mrs
        [[name:Oona MacAulay]], who was very frightened of flying. Capt [[name:Grace Adeyinka]]
        came back before engine start, knelt down by the {{stretcher}} and explained every noise
        she would hear. Your {{first officer}}, [[name:Tam]], held a torch for me for the whole
        {{descent}} when the {{cabin lights}} failed so I could keep watching her {{sats}}. We
        landed on the beach in the dark with the car headlights, and you made it look easy.
        Mrs [[name:MacAulay]] is home now. [[name:Bríd Ní Fhloinn]], {{Staff Nurse}},
        [[organisation:Port Ardmore Infirmary]]
    """)),
    ("aviation", "incident", block("""
        TECH LOG DEFECTS - REPEATS (last 30 days) - for {{CAM}}

        Reg                                 | Defect                     | Entries | Cleared by
        [[aircraft_registration:G-CZAB]]    | {{stall warning}} inop     | 3       | [[name:A. Bain]]
        [[aircraft_registration:G-CZKT]]    | L {{fuel gauge}} erratic   | 4       | [[name:R. Singh-Mackay]]
        [[aircraft_registration:G-OHEB]]    | {{cabin lights}} fail      | 2       | [[name:A. Bain]]

        [[aircraft_registration:G-CZKT]] fuel gauge was signed off as "{{ground run}} ok"
        four times, then on [[date:14/01]] showed 20 gal more than the dipstick on
        [[flight_number:CZ 316]]. Crew landed with less than {{final reserve}}. Repeat-defect
        rule (3 entries -> {{deferred}} + engineering review) was not applied because each
        entry was raised on a different page. {{MOR}} ref [[case_reference:MOR-24-00213]].
    """)),
    ("aviation", "near_miss", block("""
        OPS HANDOVER - day -> eve - [[date:Fri 27/09]]
        * [[flight_number:CZ 309]] delayed, [[aircraft_registration:G-CZAB]] {{AOG}} at
          [[organisation:Sgarbh]] (flat {{nosewheel}} tyre). Spare on the {{boat}} tomorrow.
        * {{Air ambulance}} standby = [[aircraft_registration:G-OHEB]], crew Capt
          [[name:Pat Moynihan]] / {{FO}} [[name:Jamal Idris]], on call from 18:00.
        * NEAR MISS today: {{duty roster}} showed [[name:Jamal]] as rested but he flew the
          late {{positioning}} leg last night - {{FDP}} would have been exceeded if the
          ambulance had gone before 11:00. Caught by [[name:Rhona]] in {{crewing}}, swapped
          with [[name:Kenny]]. Roster system doesn't count {{positioning}} as duty.
        * Fuel bowser at {{the beach}} low, [[organisation:Hebfuel]] asked for delivery {{Mon}}.
        - [[name:Ali Rennie]]
    """)),
    ("aviation", "success", prose("""
        Learning report. On [[date:28 November]] Capt [[name:Mairi Gillies]] was flying
        [[flight_number:CZ 322]] ([[aircraft_registration:G-CZKT]]) to
        [[organisation:Sgarbh Airstrip]] with a stable {{medical evacuation}} patient. The
        {{TAF}} was fine but on the approach {{sea fog}} rolled in from the west. At 300 ft
        she lost sight of the {{runway edge markers}}, called the {{go-around}} without hesitation
        and diverted to [[organisation:Port Ardmore Airport]], where the patient was met by
        road ambulance. She told the {{debrief}} that the company's "one look, then go" rule
        made the decision easy; there was no pressure from {{Ops}} or the medical team. The
        {{FO}}, [[name:Niamh Kearney]], said the {{CRM}} briefing before the approach had
        agreed the {{decision point}}. Good example for {{recurrent training}}.
    """)),
    ("aviation", "incident", block("""
        PASSENGER INJURY REPORT
        Ref:        [[case_reference:CZ-PI-24-004]]
        Flight:     [[flight_number:CZ 301]]   Aircraft: [[aircraft_registration:G-CZAB]]
        Date:       [[date:19/05/2024]]
        Passenger:  [[name:Winifred Laing]]
        DOB:        [[date_of_birth:08/02/1939]]
        Address:    [[address:Tigh na Mara, Baile Ùr]], [[postcode:HS8 5PX]]
        Tel:        [[phone:01632 960377]]

        Account: {{passenger}} ([[age:85]]) caught her foot on the {{wing step}} while
        disembarking at the {{beach}} and fell onto the sand. Cut to shin, seen by the
        {{island nurse}}. No {{assistance}} had been booked, though her {{booking notes}} said
        "{{walking stick}}". {{PRM}} flag does not carry over from the phone booking.
        Staff on scene: [[name:Seonag MacInnes]] ({{airfield}}), Capt [[name:Grewal]]
    """)),
    ("aviation", "near_miss", block("""
        TRANSCRIPT - {{air-to-air}} frequency, [[date:11 Sept]]
        09:14:02 [[flight_number:CAOLAS 312]]: [[organisation:Tràigh Bhàn]] traffic,
          [[flight_number:CAOLAS 312]] {{Islander}}, five miles south,
          joining {{left base}} runway one one
        09:14:40 [[aircraft_registration:G-DO]]: [[organisation:Tràigh Bhàn]] traffic,
          [[aircraft_registration:Golf Delta Oscar]] {{Cessna}}, {{overhead}},
          {{deadside}} descending
        09:15:30 [[flight_number:CAOLAS 312]]: [[aircraft_registration:Golf Delta Oscar]],
          say intentions?
        09:15:36 [[aircraft_registration:Golf Delta Oscar]]: er, joining right base one one
        09:15:40 [[flight_number:CAOLAS 312]]: negative, circuit is left hand, we're on base

        Crew note (Capt [[name:Joy Okafor]]): {{TCAS}} not fitted. Saw the {{Cessna}} turning
        in about 1 nm ahead, extended downwind. Visiting pilot had an old strip guide.
    """)),
    ("aviation", "success", block("""
        [[date:14/08/2024]], 16:02 - [[name:Seonag]]: {{Islander}}'s down safe on the {{strip}} 🙌
        well done all
        [[date:14/08/2024]], 16:03 - [[name:Calum Ban]]: quickest {{turnaround}} ever, wee one's
        away with the {{paramedic}} and the {{incubator}} already
        [[date:14/08/2024]], 16:05 - [[name:Seonag]]: [[name:Calum]] you had the {{cows}} off the
        strip in 6 mins 😂 and the {{fire crew}} were out before the {{ambulance}}
        [[date:14/08/2024]], 16:06 - [[name:Màiri Anna]]: the {{windsock}} lights ordered in
        {{April}} came just in time too
        [[date:14/08/2024]], 16:10 - [[name:Seonag]]: writing it up as {{good practice}} for
        [[organisation:Caolas Air]] - [[name:Calum]] do you mind me naming you?
        [[date:14/08/2024]], 16:11 - [[name:Calum Ban]]: go for it
    """)),
    ("aviation", "incident", prose("""
        bird strike on t/o rwy 06 [[organisation:Port Ardmore]] [[date:tues 3rd]] [[flight_number:CZ
        305]] [[aircraft_registration:G-OHEB]] - flock of {{greylag}} geese, at least 1 into R
        {{prop}} + dent on the {{leading edge}}. {{rejected take-off}} at about 40 kt, stopped ok.
        pax shaken but fine. {{bird scaring}} hadnt been done since 6 cos the {{AFS}} vehicle
        was u/s & nobody told us. {{engineering}} ([[name:raj]]) found {{blade}} nick, a/c
        {{AOG}}. {{MOR}} + {{birdstrike report}} done. - capt [[name:s grewal]]
    """)),
]

if __name__ == "__main__":
    write_records(OUT, build_records("blind340", REPORTS))
