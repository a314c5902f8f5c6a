"""Held-out blind corpus 235: UK incident, near-miss and learning reports, written blind.

Fifty reports as front-line practitioners type them into a confidential reporting system,
in three invented settings:

- social_care (17): a residential special school for autistic children with 52-week
  placements - care staff, teachers, key workers, behaviour support, parents and the
  placing authorities.
- health (17): a community diagnostic centre - CT and MRI scanning, contrast, cannulation,
  GP referrals, radiographers and patient transport.
- aviation (16): an aircraft paint and interiors shop at a maintenance base - seat and
  galley fits, the paint bay, fire safety, certifying staff and customer representatives.

Styles are deliberately mixed: rushed lower-case notes with typos, formal narratives,
timed chronologies, forms with Name/DOB/Ref/Address fields, e-mails with headers and
signatures, chat exports (Teams, WhatsApp, Slack) with handles, handover notes, minutes
with attendance and apologies, tables, RT transcripts, shout-outs and thank-you notes.
Every person, organisation, place and number is invented. Identifiers are marked
[[label:value]] and must-not-redact mentions {{term}} (see markup.py).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from markup import block, build_records, write_records  # noqa: E402
from markup import flow as prose  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "corpus" / "heldout_blind235.jsonl"

REPORTS = [
    # ------------------------------------------------------------------ social care
    ("social_care", "incident", prose("""
        evening shift [[date:sat 14th]] - [[name:kacper]] ([[age:13yo]]) v unsettled from tea,
        {{mum}} rang to cancel {{contact}} for {{sunday}} & he heard it on speaker (my fault shd of
        taken it in the {{office}}). started banging head on door frame in the {{sensory room}}.
        me + [[name:dee]] used {{Team Teach}} 2 person hold approx 3 mins, released as soon as he
        was calm. small red mark above L eye, {{first aid}} by [[name:jo w]], {{body map}} done.
        {{PRN}} not given as not due till 8. told {{team leader}} [[name:hope okafor]] who rang
        {{on call}}. {{social worker}} at [[organisation:Kelsham Borough Council]] to be emailed
        mon. [[name:kacper]] settled w trains on ipad by 9ish. pls can day staff make sure calls
        from mum go thru the {{landline}} not the {{house mobile}}!! sorry typing on phone -
        [[name:reuben]]
    """)),
    ("social_care", "near_miss", prose("""
        On the evening of [[date:3 February 2024]], during the 20:00 {{medication round}} at
        [[organisation:Ashdown Lodge]], I prepared {{melatonin}} 3mg {{oral solution}} for
        [[name:Amara]] but had picked up the box belonging to [[name:Amber Leigh-Hutchins]], whose
        prescribed dose is 6mg. The two boxes are kept side by side in the {{medication cabinet}}
        and both labels are printed in the same format. Before administering, I completed the
        second check with [[name:Tendai]] ({{senior RSW}}) as required by the
        {{medication policy}}, and she noticed that the name on the {{pharmacy}} label did not
        match the {{MAR chart}}. No medication was given in error and [[name:Amara]] received the
        correct dose at 20:10. I informed the {{Registered Manager}}, Mrs [[name:Ferreira]], the
        same evening. Agreed actions: each child's medication to be stored in an individual
        labelled tray with a photograph, and the {{pharmacist}} at
        [[organisation:Greenlane Pharmacy]] has been asked to print surnames in bold. I would like
        to thank [[name:Tendai]] for her vigilance.
    """)),
    ("social_care", "success", block("""
        SHOUT-OUT \N{GLOWING STAR}
        From: {{Deputy Head (Care)}}

        Massive well done to [[name:Faith]] and [[name:Bilal Qureshi]] at [[organisation:Corbett House]]!
        [[name:Rhys]] ([[age:9]]) has been working on {{PECS}} with {{speech and language therapy}} since
        {{September}}. On [[date:Wednesday 6th March]] he walked up to [[name:Faith]] in the {{garden}} and
        handed her his "swing" card completely unprompted - the first time he has started an
        exchange with anyone other than his {{key worker}}. [[name:Bilal]] spent half term laminating
        a new {{visual timetable}} and a "now/next" board for the {{dining room}}, and [[name:Rhys]]'s
        {{mum}} cried when we sent her the video. This is exactly what {{person-centred}} practice
        looks like. Cakes in the staff room on {{Friday}}!
    """)),
    ("social_care", "incident", block("""
        INCIDENT REPORT - MISSING FROM CARE
        Child: [[name:Oisín Mac Giolla]]
        DOB: [[date_of_birth:09/11/2011]]
        Ref: [[case_reference:LHS-MFC-0412]]
        Placing authority: [[organisation:Ravensby City Council]]
        Family address: [[address:14 Tanner's Row, Ravensby]], [[postcode:RV4 2HW]]
        Date/time: [[date:26/05/2024]] 16:40 - 18:05

        Account: [[name:Oisín]] left the {{school grounds}} through the gap in the hedge by the
        {{polytunnel}} during {{free time}}. Staff ([[name:Grace Adeyemi]], [[name:Lars]]) followed at a
        distance as per his {{missing protocol}}, keeping visual contact. He walked to the
        {{bus stop}} on the main road and said he was "going home to see the dog". {{Police}}
        informed at 16:55 (log [[case_reference:RV-0917-260524]]) as he was out of sight for 4 minutes
        near the roundabout. [[name:Grace]] persuaded him back using his {{social story}} about bus
        journeys. Returned unharmed 18:05. {{Return home interview}} offered via the
        {{independent advocate}}. {{Estates}} to repair hedge.
    """)),
    ("social_care", "near_miss", block("""
        Teams chat - Night Staff ([[organisation:Corbett House]]) - [[date:11/03/24]]
        [22:14] [[name:Marta Wiśniewska]]: anyone know why {{zone 3}} is showing {{isolated}} on the {{alarm panel}}?
        [22:15] [[name:will.obi]]: \N{SEE-NO-EVIL MONKEY} that was me. isolated it for the {{fire door}} contractor, forgot to reset
        [22:15] [[name:Marta Wiśniewska]]: thats [[name:Sami]]'s bedroom corridor. he's {{1:1}} on nights but still. resetting now
        [22:17] [[name:Marta Wiśniewska]]: done, tested by opening his door - {{sounder}} working
        [22:18] [[name:will.obi]]: sorry. will put it on the {{handover}} + near miss form
        [22:20] [[name:Precious]] ({{waking night}}): fyi [[name:Sami]] asleep the whole time, checked 22:00 and 22:19
        [22:21] [[name:Marta Wiśniewska]]: ok. we need contractor isolations signed back in by the {{shift lead}} in the {{maintenance log}}
    """)),
    ("social_care", "success", block("""
        LOOKED AFTER CHILD REVIEW - MINUTES
        Young person: [[name:Lewis Abernethy-Clarke]]    Ref: [[case_reference:NCC/CIC/88213]]
        Date: [[date:19 April 2024]]    Venue: {{conference room}}, [[organisation:Larkspur Hall School]]
        Present: [[name:Ngozi Eze]] ({{IRO}}, [[organisation:Northmoor County Council]]); [[name:Craig Whitlow]] ({{social worker}});
        [[name:Lorraine]] ({{mum}}); [[name:Joy Marchetti]] ({{key worker}}); Dr [[name:Anand]] ({{CAMHS}})
        Apologies: [[name:Pat Hennessy]] ({{Virtual School Head}})

        1. Progress - [[name:Lewis]] chaired the first ten minutes using his {{communication passport}}
        and {{Makaton}}. {{Physical interventions}} down from 14 in the autumn term to 2 this term.
        [[name:Lorraine]] said it was "the best review in years".
        2. Health - {{annual health assessment}} done. {{Sertraline}} reduced by Dr [[name:Anand]].
        3. Education - {{EHCP}} review due; moving to the {{sixth form}} building in {{September}}.
        Actions: [[name:Joy]] to share the {{PBS plan}} with the new class team; [[name:Craig]] to start
        {{transition planning}} with {{adult services}}.
        Next review: [[date:18 October 2024]]
    """)),
    ("social_care", "incident", block("""
        From: [[name:Sunita Rao]] <[[email:s.rao@larkspurhall.org.uk]]>
        To: DSL team <[[email:safeguarding@larkspurhall.org.uk]]>
        Sent: [[date:Monday 22 April 2024]] 09:12
        Subject: Bruise reported by parent - [[name:Zofia]] [[case_reference:LHS-SG-24-031]]

        Morning all,
        [[name:Zofia]]'s {{dad}}, Mr [[name:Kowalczyk]], phoned the {{on-call}} line at 19:30 last night after
        she went home for the weekend. He sent a photo of a bruise approx 3cm on her right upper
        arm. No bruise was recorded on the {{body map}} at {{Friday}}'s {{handover}} and no
        {{physical interventions}} were logged. [[name:Zofia]] is non-verbal so we can't get an account
        from her yet; {{speech and language}} will try with {{Talking Mats}} this afternoon.
        I have spoken to the {{DSL}} and we are making a {{LADO}} consultation as a precaution.
        [[name:Gareth Pryce-Jones]] is reviewing {{CCTV}} from the {{communal areas}}. Dad has been kept
        updated and was calm.

        Thanks
        [[name:Sunita Rao]]
        {{Head of Care}}, [[organisation:Larkspur Hall School]]
        [[phone:01632 960418]]
    """)),
    ("social_care", "near_miss", block("""
        HANDOVER  {{earlies}} > {{lates}}   [[date:Fri 10 May]]
        On shift: [[name:Ivy]], [[name:Kwabena]], [[name:Rose T]], [[name:Lukas Brandt]]

        [[name:Maisie]] - good day in class, ate all her lunch. {{Epilim}} given 08:00, signed.
        [[name:Dev]] - trip to [[organisation:Brackenfield Farm Park]] with class 4. NEAR MISS: {{kitchen}} had
        packed {{peanut}} cereal bars in the trip snack box. [[name:Dev]] has a severe {{nut allergy}}
        ({{EpiPen}} x2 in his rucksack). [[name:Ivy]] checked the box on the {{minibus}} before we set off
        and took them out - nothing eaten. [[name:Kwabena]] has told {{catering}} and it's on the
        {{near miss log}}. Can we get allergen stickers on all trip boxes pls.
        [[name:Tobias]] - refused shower, try again after {{tea}}. {{Sensory diet}} as per plan.
        [[name:Rose T]] on {{sleep-in}} tonight, [[name:Lukas]] {{waking night}}.
    """)),
    ("social_care", "near_miss", block("""
        TRANSPORT NEAR MISS - [[organisation:Larkspur Hall School]]
        Date:       [[date:14/05/24]]
        Vehicle:    {{Minibus}} 2, [[vehicle_registration:YK68 RWF]]
        {{Driver}}:     [[name:Dale Musgrave]]
        {{Escort}}:     [[name:Wren Adebayo-Smith]]
        {{Passenger}}:  [[name:Imani]] ({{wheelchair user}})

        | Time  | What happened |
        | 15:32 | {{Tail lift}} raised with [[name:Imani]] in her chair, brakes on |
        | 15:33 | Lift dropped approx 10cm suddenly, chair stayed on platform |
        | 15:34 | [[name:Dale]] lowered lift; [[name:Imani]] unhurt but upset, [[name:Wren]] signed "finished" in {{Makaton}} |
        | 15:50 | Transferred to minibus 3 |

        [[vehicle_registration:YK68 RWF]] taken off road. {{LOLER}} inspection was due [[date:2 May]] and
        had not been booked. {{Transport coordinator}} to check all five vehicles today.
        Reported to {{Head of Estates}}.
    """)),
    ("social_care", "success", block("""
        [[[date:18/05/2024]], 10:02] [[name:Precious Dube]]: Dropped [[name:Ollie]] at his nan's for his first overnight \N{PERSON RAISING BOTH HANDS IN CELEBRATION} he went straight in to find the dog
        [[[date:18/05/2024]], 10:03] [[name:Mark Feeney]]: amazing!! did he take his {{ear defenders}}?
        [[[date:18/05/2024]], 10:05] [[name:Precious Dube]]: yep and the {{now/next}} cards. {{nan}} has the {{PRN}} protocol + {{on call}} number
        [[[date:19/05/2024]], 11:47] [[name:Precious Dube]]: collected \N{THUMBS UP SIGN} nan said he slept 9pm-6am!!! first night away from school in 2 yrs
        [[[date:19/05/2024]], 11:48] [[name:Sky]] ([[name:Ollie]]'s {{social worker}}): brilliant news, will update the {{care plan}} + let the {{IRO}} know
        [[[date:19/05/2024]], 11:50] [[name:Mark Feeney]]: proper team effort, esp [[name:bex]] who did all the {{social stories}} with him
    """)),
    ("social_care", "incident", block("""
        CHRONOLOGY - [[name:Eshaan Mistry]], [[age:15]] - [[date:25 May 2024]]
        13:40  [[name:Eshaan]] back from {{art}} agitated, pulling at his collar.
        14:05  Bit his own hand in the {{corridor}}. [[name:Summer]] ({{RSW}}) offered {{weighted blanket}}, declined.
        14:12  Second bite, skin broken. Peers moved to the {{lounge}}. {{First aider}} [[name:Tomasz Zieliński]]
               cleaned and dressed the wound.
        14:20  Dad (Mr [[name:Mistry]]) informed by phone.
        14:30  Rang {{NHS 111}} - advised {{A&E}} as human bite.
        14:55  Left for [[organisation:Ravensby General Hospital]] in the {{house car}} with [[name:Summer]] and [[name:Tomasz]].
        16:20  Seen in {{triage}}; {{co-amoxiclav}} prescribed, {{tetanus}} up to date.
        17:45  Back at school, calm, ate tea.
        17:50  Dad updated.
        18:30  Debrief with {{team leader}}. Likely trigger: new {{school uniform}} polo shirt (label
               at the neck). Referral to {{OT}} for {{sensory assessment}}; labels to be removed from all
               [[name:Eshaan]]'s clothes.
    """)),
    ("social_care", "incident", prose("""
        At approximately 11:20 on [[date:Tuesday 4 June]], [[name:Sol]] (Year 9) told his class
        teacher, Ms [[name:Achterberg]], using his {{AAC device}}, that "[[name:J.K.]] hurt my
        wrist". [[name:J.K.]] is a {{learning support assistant}} who had supported [[name:Sol]]
        during {{morning break}}. Ms [[name:Achterberg]] did not ask leading questions, recorded
        [[name:Sol]]'s words verbatim on the {{concern form}} and informed the
        {{Designated Safeguarding Lead}} at 11:35. The DSL contacted the {{LADO}} at
        [[organisation:Ravensby City Council]] at 12:10 and the advice was that [[name:J.K.]] be
        removed from direct work pending a {{strategy discussion}}. The {{Head Teacher}} moved
        [[name:J.K.]] to administrative duties the same day. [[name:Sol]] was checked by the
        {{school nurse}}: no marks or swelling seen. His {{social worker}},
        [[name:Sunny Dhaliwal]], and his {{mum}} were informed by phone at 13:00. {{Ofsted}} was
        notified under {{Regulation 40}}. Case reference [[case_reference:LADO-RCC-24-0193]].
    """)),
    ("social_care", "near_miss", prose("""
        went to [[organisation:Pendleford Swimming Baths]] w [[name:aroha]] + [[name:Will]] (staff) &
        2 young ppl. got to the car park + realised {{buccal midazolam}} for [[name:Caleb]] still in
        the {{med cabinet}} back at the house!! he has {{epilepsy}} and his {{rescue med}} has to go
        everywhere w him per {{care plan}}. rang [[name:giedre]] who drove it over, arrived 14:10 so we
        went in 20 min late. no seizure, [[name:caleb]] fine just bit cross about waiting lol. think
        its cos the {{grab bag}} checklist is on the wall in the {{office}} not on the bag itself.
        ive put a laminated one on the bag now. also the {{sign out}} sheet doesnt have a box for
        meds?? near miss form done [[date:2/6]]
    """)),
    ("social_care", "success", block("""
        Dear Mrs [[name:Oyelaran-Price]] and everyone at [[organisation:Fairhurst House]],

        I just wanted to say thank you. When [[name:Kit]] first came to [[organisation:Larkspur Hall]] in
        [[date:January 2023]] he was [[age:11]], wasn't sleeping and we were at breaking point as a family.
        Yesterday he rang me on {{video call}} and showed me the pizza he made with [[name:Chinedu]] in
        {{life skills}}. He said "{{Mummy}} I'm happy". I had to put the phone down and have a cry.

        Special thanks to [[name:Hope]] on {{nights}}, who sat outside his door every night for the
        first month, and to Mr [[name:Bellweather]] in {{class 6}} for never giving up on his
        {{reading}}. I know the {{annual review}} is coming up and I'm not worried about it for once.

        With love,
        [[name:Carys]] ([[name:Kit]]'s {{mum}})
    """)),
    ("social_care", "near_miss", block("""
        #admin-office  ([[organisation:Larkspur Hall School]] Slack)

        [[name:femi.a]]  9:41 AM
        ugh. nearly sent the {{monthly report}} for [[name:Liliana]] to [[email:placements@kelsham.gov.uk]] instead of [[email:placements@kelvington.gov.uk]] \N{GRIMACING FACE} {{autocomplete}}
        [[name:rachel.mcn]]  9:43 AM
        nearly?? did it go
        [[name:femi.a]]  9:44 AM
        no - sat in the {{outbox}} cos of the 2 min {{delay send}} rule and I deleted it. it had her NHS no [[nhs_number:580 311 0426]] + {{EHCP}} summary on it
        [[name:rachel.mcn]]  9:46 AM
        phew, thats literally what the delay rule is for \N{PERSON RAISING BOTH HANDS IN CELEBRATION} still do a near miss form pls and I'll let the {{DPO}} know. not an {{ICO}} thing as it never left
        [[name:femi.a]]  9:58 AM
        done. [[organisation:Kelvington Council]] {{placements team}} now sent correctly
        [[name:rachel.mcn]]  10:01 AM
        can we get {{IT}} to switch off autocomplete for the admin team?
    """)),
    ("social_care", "incident", block("""
        BEHAVIOUR INCIDENT RECORD
        Ref: [[case_reference:BIR-24-0788]]     Date: [[date:12 June 2024]]     Time: 10:15
        Location: Class 3 / {{soft play}}
        Pupils: [[name:Harvey Quinlan]] ([[age:10]]); [[name:Ayaan]] ([[age:11]])
        Staff: [[name:Bill Ostrowski]] ({{class teacher}}), [[name:Mei-Ling Tan]] ({{TA}})

        Antecedent: {{fire alarm}} test at 10:10 was not on the {{visual schedule}}. [[name:Harvey]]
        covered his ears and ran into soft play where [[name:Ayaan]] was already.
        Behaviour: [[name:Harvey]] pushed [[name:Ayaan]] off the {{wedge}} and scratched his cheek (2cm,
        superficial).
        Response: [[name:Mei-Ling]] guided [[name:Ayaan]] out; [[name:Bill]] stayed with [[name:Harvey]] using
        low-arousal approach. No {{restrictive physical intervention}}. {{First aid}} given.
        [[name:Ayaan]]'s {{parents}} informed by phone at 11:00.
        Follow-up: {{behaviour support}} ([[name:Ruth]]) to update [[name:Harvey]]'s {{PBS plan}}; {{Estates}}
        to put all alarm tests on the whole-school timetable.
    """)),
    ("social_care", "success", prose("""
        Learning review - what went well. Over eight weeks [[name:Ludmila Horvat]] ({{key worker}})
        and [[name:Rashid]] from the {{community dental service}} ran a {{desensitisation}} programme
        for [[name:Ezra]] ([[age:aged 14]]), who had not tolerated a {{dental examination}} since he
        was [[age:6]]. Steps included photos of the waiting room, a {{social story}}, visits where he
        only sat in the chair, counting teeth with the {{mirror}}, and wearing his
        {{ear defenders}} throughout. On [[date:27 June]] [[name:Ezra]] had a full check-up and two
        fillings at [[organisation:Millbrook Community Dental Clinic]] without a
        {{general anaesthetic}}. His {{placing authority}}, [[organisation:Northmoor County Council]],
        had already budgeted for a GA admission. Learning: small steps, the same faces every time, and
        letting [[name:Ezra]] choose the reward (a bus ride to the depot). Thanks to
        [[name:Ludmila]], [[name:Rashid]] and [[name:Joy]] on {{nights}} who practised the
        {{toothbrushing}} routine with him every evening.
    """)),
    # ------------------------------------------------------------------ health
    ("health", "incident", prose("""
        extravasation during {{CT CAP}} today approx 14:20. pt mrs [[name:gillespie]] ([[age:78]]),
        {{cannula}} 20g L {{ACF}} sited by [[name:kofi]], flushed fine w 10ml {{saline}}. {{pump}}
        started 3ml/s, about 60ml {{Omnipaque}} in she said arm burning, stopped straight away.
        swelling ~6cm forearm. elevated arm + cold pack, {{radiologist}} Dr [[name:Venkataraman]]
        reviewed 14:35, no blistering, cap refill ok. {{extravasation leaflet}} given + told to
        ring {{111}} if worse. daughter collecting so ok. scan not completed - rebooked
        [[date:wed 12th]] w cannula R arm. pt frail w fragile veins, think we shd be using
        {{ultrasound guided}} cannulation for these pts. incident form done by me [[name:Nat]]
        ({{band 6}} {{radiographer}})
    """)),
    ("health", "near_miss", block("""
        MRI SAFETY - NEAR MISS
        Patient: [[name:Desmond Fairweather]]
        DOB: [[date_of_birth:17/08/1949]]     NHS No: [[nhs_number:728 115 7886]]
        Hospital no: [[case_reference:MCD0041927]]
        Referrer: Dr [[name:Hollis]], [[organisation:Tollgate Surgery]]
        Exam: {{MRI lumbar spine}}     Date: [[date:08/04/2024]]

        What happened: {{MRI safety questionnaire}} completed by the patient at home with "no"
        ticked for {{pacemaker}} / implanted device. During the verbal re-check in {{Zone 3}},
        [[name:Ifeoma]] ({{MR radiographer}}) noticed a small scar below the left clavicle. Patient
        then said he had a "heart recorder" put in at [[organisation:St Aldhelm's Hospital]] last
        year and did not think it counted. Patient stopped before entering {{Zone 4}}.
        Device identified as an {{implantable loop recorder}}; {{MR Conditional}} status confirmed
        with {{cardiac physiology}} and scan rebooked with {{MRSE}} oversight.
        Learning: add "any heart monitor or device under the skin" to the questionnaire.
        Reported by: [[name:Ifeoma Nwachukwu-Bell]]
    """)),
    ("health", "success", block("""
        \N{PARTY POPPER} SHOUT-OUT: [[name:Grace]] on the {{CT}} team \N{PARTY POPPER}

        On [[date:Tuesday 16 April]] a GP referral came in for a routine {{CT head}} for a
        [[age:52-year-old]] man. While {{vetting}}, [[name:Grace]] spotted in the {{clinical history}}
        the words "sudden onset, worst ever headache" - not something that should wait six weeks.
        She escalated to the {{duty radiologist}}, the patient was called in the same afternoon, and
        the scan showed a small {{subarachnoid haemorrhage}}. He was blue-lighted to
        [[organisation:Ravensby General Hospital]] and is now recovering.
        Huge thanks too to [[name:Mo]] in {{booking}} who got hold of the patient on the third try.
        This is why we read the whole referral, every time.
        - [[name:Aleksandra]], {{Modality Lead}}
    """)),
    ("health", "incident", block("""
        From: [[name:Bernadette Kiely]] <[[email:bernadette.kiely@marshgate-cdc.nhs.uk]]>
        To: [[email:control@swiftcarepts.co.uk]]
        Date: [[date:Thu 25 April 2024]] 17:48
        Subject: Patient left waiting - booking ref [[case_reference:SPT-3390214]]

        Hello,
        I am raising a formal concern about today's return journey for Mr [[name:Harold Benjamin]],
        a [[age:91-year-old]] {{wheelchair user}}, who was ready to go home after his {{MRI}} at 13:30.
        Our {{reception}} rang your {{control room}} at 14:15, 15:00 and 16:10 and each time was told
        a crew was "on the way". Mr [[name:Harold Benjamin]] waited in our {{waiting area}} until 17:20,
        missed his lunchtime {{insulin}} snack and needed {{continence care}} from our {{HCA}},
        [[name:Marisol]]. Please investigate and reply within 10 working days. This has also been
        logged internally as [[case_reference:MCDC-IR-0612]] and shared with the {{ICB}} contract
        lead for [[organisation:Swiftcare Patient Transport]].

        Kind regards
        [[name:Bernadette Kiely]]
        {{Patient Services Manager}}
        [[organisation:Marshgate Community Diagnostic Centre]]
        Tel [[phone:0113 496 0275]]
    """)),
    ("health", "incident", block("""
        Timeline - [[date:30/04/24]] - {{MRI}} 2
        10:02  [[name:Yusuf Al-Hakimi]] ([[age:19]]) arrived for {{MRI abdomen}} with {{gadolinium}}.
        10:10  {{Cannulation}} attempt 1 by [[name:Bea]] ({{assistant practitioner}}), R hand - unsuccessful.
               Pt pale, said he was fine.
        10:14  Attempt 2 L {{ACF}} successful. Pt stood up to walk to the {{changing cubicle}}.
        10:15  Collapsed, witnessed by [[name:Bea]] and {{HCA}} [[name:Olu]]; caught by [[name:Olu]], no head injury.
        10:16  {{Emergency buzzer}} pressed. Laid flat, legs raised. HR 48, BP 86/50, {{SpO2}} 98%.
        10:20  Recovered, HR 72. {{Vasovagal}} episode suspected. Denied chest pain.
        10:45  {{ECG}} reviewed by {{resus lead}} [[name:Sandy]] - normal.
        11:05  Scan completed, pt lying down throughout.
        Learning: needle-phobic patients to stay seated for 10 mins after {{cannulation}}; ask
        about {{needle phobia}} at booking.
    """)),
    ("health", "near_miss", block("""
        Radiology Governance Meeting - [[date:2 May 2024]]
        Attendees: [[name:Aleksandra Wójcik]] ({{Modality Lead}}, chair); Dr [[name:Venkataraman]]
        ({{Consultant Radiologist}}); [[name:Phil]] ({{RPA}}); [[name:Shanice Borg]] ({{Radiology Manager}});
        [[name:Tariq]] ({{PACS}} manager)
        Apologies: [[name:Rosalind Fennimore-Ng]] ({{Head of Nursing}})

        Item 3 - Near miss [[case_reference:MCDC-IR-0587]]
        Two patients called [[name:John Evans]] were in the {{waiting area}} for {{CT}} at the same time.
        The first was called by full name only and the wrong [[name:John Evans]] stood up. The
        radiographer carried out the {{three-point ID}} check required under {{IR(ME)R}} before
        the scan and the dates of birth did not match ([[date_of_birth:03/03/1958]] v
        [[date_of_birth:30/03/1958]]). No exposure. Not notifiable to the {{CQC}}.
        Actions: {{RIS}} to flag same-name patients on the day list (owner: [[name:Tariq]]);
        call patients by surname and first line of address (owner: [[name:Shanice Borg]]).
        Item 4 - {{DRL}} audit: deferred to next meeting.
    """)),
    ("health", "near_miss", block("""
        [09:12] [[name:Kasia Nowicka]]: anyone seen an {{eGFR}} for the 09:30 {{CT abdo}}? referral from [[organisation:Brookfield Medical Practice]] just says "{{CKD}}?"
        [09:13] [[name:rob.t]]: nothing on {{ICE}} in last 3 months
        [09:14] [[name:Kasia Nowicka]]: {{RIS}} says "cleared for contrast" \N{FACE WITH OPEN MOUTH}
        [09:15] [[name:rob.t]]: that'll be the new booking template, it defaults to cleared
        [09:21] [[name:Kasia Nowicka]]: {{POC creatinine}} done - eGFR 24!! and she's on {{metformin}}
        [09:22] Dr [[name:Oduya]]: hold the {{contrast}}. do non-con today, I'll add a note to the GP
        [09:23] [[name:Kasia Nowicka]]: will do. near miss form going in + can someone fix the template default
        [09:40] [[name:rob.t]]: logged with {{RIS}} support, ref [[case_reference:RIS-CHG-20931]]
    """)),
    ("health", "incident", block("""
        INCIDENT REPORT FORM
        Incident ref:   [[case_reference:MCDC-IR-0621]]
        Patient name:   [[name:Aoife Brennan-Walsh]]
        DOB:            [[date_of_birth:21.12.1983]]    Age: [[age:40]]
        NHS number:     [[nhs_number:717 416 1383]]
        Address:        [[address:Flat 3, 22 Quarry Hill Road, Fenwick]], [[postcode:FN4 1RJ]]
        Date:           [[date:09/05/2024]]
        Category:       Wrong site imaging ({{MRI}} - not {{IR(ME)R}} notifiable)

        Description: Referral from [[organisation:Oakvale Health Centre]] requested MRI RIGHT knee.
        The {{RIS}} booking showed LEFT knee (booking error). [[name:Thi Lan Nguyen]] ({{radiographer}})
        scanned the left knee; the patient had pointed to the correct knee in the
        {{changing cubicle}} but this was not cross-checked against the {{referral}}. Found next day
        by the {{reporting radiographer}}. Patient recalled and correct knee scanned
        [[date:16/05/2024]]. {{Duty of Candour}} letter sent by [[name:Shanice Borg]]. No harm.
    """)),
    ("health", "incident", block("""
        Unprocessed {{urgent suspected cancer}} referrals found in old {{shared inbox}} - [[date:13/05/24]]

        | Pt       | NHS no       | GP practice                 | Received | Exam          | Delay   |
        | [[name:R.M.]]     | [[nhs_number:635 551 3078]] | [[organisation:Tollgate Surgery]]             | [[date:02/05]]    | {{CT chest}}      | 11 days |
        | [[name:K.O'D.]]   | [[nhs_number:996 634 4543]] | [[organisation:Brookfield Medical Practice]] | [[date:03/05]]    | {{CT CAP}}        | 10 days |
        | [[name:Esi Boateng]] | [[nhs_number:826 458 0319]] | [[organisation:Hartside Family Doctors]]      | [[date:07/05]]    | {{MRI pelvis}}    | 6 days  |

        Found by [[name:Maria-José Acuña]] ({{booking team}}) while clearing the inbox. Cause: {{e-RS}}
        still forwarding some practices' referrals to the pre-2023 address. All three patients
        booked within 48 hours and a {{clinical harm review}} requested from the {{Clinical Director}}.
    """)),
    ("health", "near_miss", block("""
        {{CT}}/{{MRI}} HANDOVER  am > pm   [[date:Weds 15 May]]
        - MRI list 25 min behind, {{knee coil}} on MRI 1 flaky again, engineer booked
        - NEAR MISS: Mrs [[name:Funmi Adeleke]] 14:00 {{MRI pelvis}} with {{gadolinium}}. She told
          [[name:Jae-won]] on {{reception}} she "came out in hives" after a scan at
          [[organisation:St Aldhelm's Hospital]] last year. No {{alert}} on {{RIS}}. [[name:Jae-won]]
          told [[name:Liam]] before cannulation. Dr [[name:Oduya]] says non-contrast protocol today and
          we request the previous report. Alert now added.
        - {{crash trolley}} checked by [[name:Tunde]], all in date
        - 16:30 pt needs {{patient transport}} home, booked with
          [[organisation:Swiftcare Patient Transport]] ref [[case_reference:SPT-3401877]]
        - [[name:Liam]] leaving at 3 for {{ILS}} training
    """)),
    ("health", "success", block("""
        #marshgate-cdc-team

        [[name:shanice.borg]]  4:52 PM
        Massive thank you to everyone who came in for the extra {{CT}} and {{MRI}} lists on [[date:Saturday 18th]].
        64 patients scanned, zero {{DNAs}}, zero incidents, and the {{two-week wait}} backlog is cleared
        for the first time since {{March}} \N{PARTY POPPER}
        [[name:venkat.r]]  4:55 PM
        Reports all done by [[date:Sunday 19th]] too - thanks to [[name:Ioana]] and [[name:Jamal]] for the {{vetting}} on {{Friday}} night
        [[name:ioana.p]]  5:01 PM
        the {{booking team}} were the real heroes, [[name:Mo]] rang every single pt the week before to confirm
        [[name:shanice.borg]]  5:03 PM
        agreed. [[name:Mo]], cake is on me. Going to write this up for the {{ICB}} as good practice - the reminder call script is the bit worth sharing
    """)),
    ("health", "incident", prose("""
        needlestick - me. approx 15:40 [[date:21/5]] in {{CT}} 2 control area. after cannulating pt
        the {{introducer needle}} went into my L thumb as i was putting it in the {{sharps bin}} -
        bin was overfull (way past the line). bled it, washed under running water, told
        {{nurse in charge}} [[name:Femi]] + went to {{A&E}} at [[organisation:Ravensby General Hospital]]
        for {{bloods}}, {{Occupational Health}} follow up booked. pt consented to {{BBV}} testing,
        pt ref [[case_reference:MCD0052233]]. sharps bin changed by [[name:jojo]]. bins in ct2 havent
        been collected since the new {{porter}} rota - pls sort!! [[name:Hannah]] ({{HCA}})
    """)),
    ("health", "near_miss", prose("""
        On [[date:22 May 2024]] Mr [[name:Viktor Halvorsen]], [[age:64]], attended for an
        {{MRI brain}}. He had been prescribed {{diazepam}} 2mg by his GP at
        [[organisation:Oakvale Health Centre]] for {{claustrophobia}} and had taken it in the car
        park thirty minutes before his appointment. While [[name:Gwen]] ({{HCA}}) was completing
        the {{safety checklist}}, he mentioned that he had driven himself in and planned to drive
        home. [[name:Gwen]] explained the effect of the medication and the {{DVLA}} guidance, and
        he agreed not to drive. His car ([[vehicle_registration:LR21 BXN]]) was left in our car park
        overnight with the {{site manager}}'s agreement and his wife collected him. The
        {{appointment letter}} does say "do not drive if you have taken sedation", but only on
        page 3. Actions: move the warning to page 1 in bold; {{booking team}} to ask about
        sedation and transport at the reminder call.
    """)),
    ("health", "success", block("""
        To the lovely team at [[organisation:Marshgate CDC]],

        I was terrified about my {{MRI}} on [[date:29th May]] - I haven't been in a lift since
        2019 never mind a {{tunnel}}. [[name:Bill]] on {{reception}} noticed I was shaking and found
        me a quiet corner, and [[name:Rosa]] the {{radiographer}} talked me through every noise before
        it happened. She let me bring my own music and held my ankle through the {{coil}} change so
        I knew she was there. I got through the whole 40 minutes in the {{scanner}}!
        Please pass this on to their {{managers}}.

        With thanks,
        [[name:Deirdre Ó Súilleabháin]]
        (and my {{daughter}} [[name:Niamh]], who came with me and says thank you for the {{tea}})
    """)),
    ("health", "near_miss", block("""
        From: [[name:Callum Reyes]] <[[email:callum.reyes@marshgate-cdc.nhs.uk]]>
        To: [[email:brookfield.admin@nhs.net]]
        Sent: [[date:28 May 2024]] 11:06
        Subject: Referral - NHS number mismatch (our ref [[case_reference:MCDC-IR-0644]])

        Dear {{Practice Manager}},
        We received an {{e-RS}} referral today for {{CT colonography}} for Mrs [[name:Margaret Hollis]],
        DOB [[date_of_birth:04/07/1952]]. The {{NHS number}} on the {{referral}} ([[nhs_number:987 246 4162]])
        belongs to a different patient registered with you, Mrs [[name:Margaret Hollins]]. Our
        {{booking clerk}} [[name:Ji-ho]] spotted that the address on the {{PDS}} trace did not match before the
        {{appointment letter}} went out. The correct number for Mrs [[name:Margaret Hollis]] is
        [[nhs_number:313 075 2501]]. Could you correct the referral and check whether any other
        requests were sent with the wrong number?

        Regards
        [[name:Callum Reyes]]
        {{Referral Management Lead}}, [[organisation:Marshgate Community Diagnostic Centre]]
        [[phone:0113 496 0318]]
    """)),
    ("health", "success", block("""
        LEARNING FROM EXCELLENCE - [[date:3 June 2024]] - {{CT}} 1
        11:32  [[name:Marguerite Osei]] ([[age:57]]) given IV {{iodinated contrast}} for {{CT CAP}}.
        11:36  Pt reported itching and lip swelling. [[name:Kofi]] pressed the {{emergency buzzer}}.
        11:37  [[name:Teodora]] arrived with the {{anaphylaxis kit}}.
        11:38  {{Adrenaline}} 0.5mg {{IM}} given per the {{Resuscitation Council UK}} algorithm.
        11:39  {{999}} called by reception ([[name:Fran]]).
        11:45  Symptoms improving, {{high-flow oxygen}}.
        11:52  {{Paramedics}} arrived; pt taken to [[organisation:Ravensby General Hospital]], discharged same evening.
        What went well: we ran an anaphylaxis drill on [[date:20 May]] so everyone knew their role;
        the kit is checked daily; [[name:Kofi]] stayed with the patient and kept talking to her.
        [[name:Marguerite Osei]] has since sent the team a card.
    """)),
    ("health", "incident", block("""
        INCIDENT FORM - SLIPS, TRIPS AND FALLS
        Ref:        [[case_reference:MCDC-IR-0671]]
        Patient:    [[name:Bronwen Pugh]]     Age: [[age:83]]     NHS no: [[nhs_number:574 845 8799]]
        Address:    [[address:Ty Gwyn, 9 Chapel Lane, Fenwick]] [[postcode:FN7 3BU]]
        Date:       [[date:06/06/2024]]     Location: {{CT}} 2
        Transport:  [[organisation:Swiftcare Patient Transport]], crew [[name:Lee]] and [[name:Gaz]],
                    vehicle [[vehicle_registration:FD70 KTO]]

        Description: Pt moved from {{stretcher}} to {{CT table}} using a {{slide sheet}}. The table
        had not been lowered to stretcher height (approx 15cm higher). During the slide pt's legs
        went over the far edge and she slid to the floor, landing on her right hip.
        {{Radiographer}} [[name:Emeka Obi]] and crew member [[name:Lee]] present.
        Outcome: assessed by Dr [[name:Venkataraman]]; {{999}} called and pt taken to
        [[organisation:Ravensby General Hospital]] where a {{fractured neck of femur}} was confirmed.
        Moderate harm - {{Duty of Candour}} applies. {{PSIRF}} learning response agreed.
    """)),
    # ------------------------------------------------------------------ aviation
    ("aviation", "incident", prose("""
        nightshift [[date:tues 4th]] - {{QA}} spot check on [[aircraft_registration:G-OKLM]]
        ({{A320}}) found 3x {{triple seat}} {{track fittings}} rows 12-14 {{LH}} only finger tight +
        {{anti-rattle}} plugs missing. {{task card}} was stamped as done by day shift!! me +
        [[name:baz]] re-torqued per {{AMM}} & fitted plugs, {{independent inspection}} by
        [[name:Anneliese]]. day shift say they got pulled into the {{paint bay}} halfway thru &
        handover was verbal only, the lad who stamped it thought [[name:Big Mick]] had finished it.
        {{CRS}} not signed so caught b4 release, a/c still due out [[date:thurs 6th]] as
        [[flight_number:SLW402]] for [[organisation:Solent Skyways]]. {{MOR}} not reqd per QA but
        internal {{occurrence report}} [[case_reference:HAI-OR-24-117]] raised. pls NO verbal
        handovers on {{stage sheets}} - [[name:jonno]]
    """)),
    ("aviation", "near_miss", block("""
        RT TRANSCRIPT (extract) - {{Ground}} - [[date:15/04/2024]] - ref [[case_reference:KAS-SR-0334]]
        1921:04  TUG4: Ground, Tug 4 at the {{paint hangar}}, request tow [[aircraft_registration:G-HWKA]] to stand 31 via {{Lima}}.
        1921:15  GND: Tug 4, tow approved stand 31 via Lima, hold short {{Kilo}}.
        1921:20  TUG4: Stand 31 via Lima, hold short Kilo, Tug 4.
        1923:47  GND: Tug 4, STOP IMMEDIATELY, traffic crossing Kilo from your left.
        1923:50  TUG4: Stopping, Tug 4.
        1924:02  GND: [[flight_number:AUR318]], continue, tug has stopped.
        1924:05  [[flight_number:AUR318]]: Continuing, [[flight_number:AUR318]].
        1924:30  GND: Tug 4, confirm you were instructed to hold short Kilo?
        1924:36  TUG4: Affirm, apologies, Tug 4.

        Summary: tug driver [[name:Stefan Olsen-Hart]] read back the {{hold short}} correctly but the
        tow passed the faded holding point on Lima and stopped approx 40m from the Kilo centreline
        while the {{E190}} was crossing. {{Brake rider}} [[name:Priyanka Raman]] had no headset.
        {{ATC}} has filed an {{MOR}}; internal review by the [[organisation:Kestrel Aviation Services]]
        {{Safety Office}}.
    """)),
    ("aviation", "success", block("""
        \N{WHITE MEDIUM STAR} GOOD CATCH OF THE MONTH \N{WHITE MEDIUM STAR}
        Well done [[name:Rose Ferreira-Diallo]] ({{B1}} {{certifying engineer}}). During the {{galley}} refit
        on [[aircraft_registration:EI-XKR]] for [[organisation:Aurelia Air]], [[name:Rose]] noticed the {{part number}} on the
        {{EASA Form 1}} for the new {{oven}} insert didn't match the {{IPC}} effectivity for this tail -
        it was the variant for a different {{galley}} supplier's wiring. She quarantined it, raised
        a query with {{Stores}} and with the customer rep, Mr [[name:Van der Berg]], and the correct unit
        arrived from [[organisation:Tessaline Galleys GmbH]] in two days. No delay to redelivery on
        [[date:9 March]]. Fitting the wrong insert could have meant a {{circuit breaker}} mismatch
        that nobody would have found until the first {{line check}}.
        Thanks [[name:Rose]]!
        - [[name:Hamish]] ({{Quality Manager}})
    """)),
    ("aviation", "incident", block("""
        From: [[name:Kieran O'Loughlin]] <[[email:k.oloughlin@hartwellaero.co.uk]]>
        To: [[name:Dana Whitcombe]] <[[email:d.whitcombe@kestrelaviation.co.uk]]>
        Cc: [[email:hse@kestrelaviation.co.uk]]
        Date: [[date:Fri 19 April 2024]] 15:22
        Subject: Solvent spill - {{paint bay}} 2 - [[case_reference:HAI-ENV-0042]]

        [[name:Dana]],
        At about 13:50 a 25L drum of {{MEK}} fell off the {{forklift}} tines while being moved from the
        {{flammables store}} to bay 2 and split. Approx 15L lost. [[name:Marcin]] and [[name:Abdi]] used the
        {{spill kit}} and covered the nearest drain, but some ran into the channel drain first.
        {{Estates}} have checked the {{interceptor}}. Nobody hurt; bay ventilated and all {{hot work}}
        in the hangar stopped until 14:40. Cause: drum carried on bare tines, not in a
        {{drum cradle}}. [[name:Marcin]] says the cradle has been missing for a fortnight.
        The {{Environment Agency}} has not been notified - your call.

        Regards,
        [[name:Kieran O'Loughlin]]
        {{Paint Shop Supervisor}}
        [[organisation:Hartwell Aero Interiors]] | [[phone:07700 900612]]
    """)),
    ("aviation", "incident", block("""
        EMPLOYEE INJURY / ILL-HEALTH REPORT           Ref: [[case_reference:HAI-HS-0098]]
        Name:           [[name:Dominik Szabó]]
        DOB:            [[date_of_birth:14/02/1991]]
        NI number:      [[ni_number:JT 48 21 93 C]]
        Home address:   [[address:41 Ropewalk Close, Kelsham]], [[postcode:KL3 9NP]]
        Tel:            [[phone:07700 900238]]
        Department:     {{Paint Bay}} - {{sprayer}}
        Date of event:  [[date:22/04/2024]]

        Description: Topcoating the {{vertical stabiliser}} of [[aircraft_registration:G-RLTN]] ({{ATR 72}}) with
        {{polyurethane}} paint. About 20 min in, the air supply to his {{air-fed hood}} dropped off.
        Another trade had closed the {{breathing air}} valve to fix a leak; no {{low-pressure alarm}}
        is fitted. He left the booth coughing with chest tightness.
        Action: {{first aid}}; seen by {{Occupational Health}} (Nurse [[name:Patterson]]) same day,
        spirometry normal, added to {{isocyanate}} health surveillance. Assessed by H&S
        ([[name:Colm]]) as not {{RIDDOR}} reportable at this stage.
    """)),
    ("aviation", "near_miss", block("""
        SAFETY ACTION GROUP - MINUTES    [[date:7 May 2024]]    Hangar 3 {{crew room}}
        Present: [[name:Hamish Drummond]] ({{Quality Manager}}, chair); [[name:Dana Whitcombe]] ({{H&S Manager}});
        [[name:Kieran O'Loughlin]] ({{Paint Shop Supervisor}}); [[name:Joy Asante]] ({{Interiors Lead}});
        [[name:Lin Qiao]] ({{Fire Warden}})
        Apologies: [[name:Amber]] ({{Planning}}); [[name:Ravi Chandrasekaran]] ({{Customer Support}})

        1. Near miss [[case_reference:HAI-OR-24-121]] - a fitter started grinding a {{seat leg}} in the
        {{interiors workshop}} with the roller door to the paint bay open while the bay was mid-spray.
        No {{hot work permit}} issued. [[name:Lin Qiao]] stopped the work. No ignition.
        2. Actions - interlock on the roller door (owner [[name:Hamish Drummond]]); permits only from the
        {{Duty Engineer}}; toolbox talk by [[name:Dana Whitcombe]] on [[date:10 May]].
        3. AOB - {{CAA}} {{Part 145}} audit next month; [[name:Joy Asante]] to refresh {{stage sheets}}.
    """)),
    ("aviation", "near_miss", block("""
        [14:02] [[name:gav.p]]: who did the {{oven}} connection in {{galley}} 2 on [[aircraft_registration:G-ZBNE]]?
        [14:03] [[name:Yetunde Adeyemi-Cole]]: me and [[name:Finn]], why
        [14:04] [[name:gav.p]]: doing the {{ops check}} - oven 3 connector behind the insert isn't mated and the {{bonding lead}} is hanging loose. {{CB}} was collared so nothing live
        [14:06] [[name:Yetunde Adeyemi-Cole]]: \N{FACE PALM} [[name:Finn]] went to {{Stores}} for a {{P-clip}}, we must have both thought the other did it. sorry
        [14:07] [[name:gav.p]]: np, glad it's now and not after the {{floor panels}} go back. can you redo + I'll inspect
        [14:40] [[name:gav.p]]: all good. logging it as near miss [[case_reference:HAI-OR-24-126]], suggest we tag open connectors with the red {{flags}}
        [14:41] [[name:Finn]]: \N{THUMBS UP SIGN} my bad
    """)),
    ("aviation", "incident", block("""
        TOOL CONTROL DISCREPANCY - [[date:28/05/24]] - {{Interiors}} shift B - ref [[case_reference:HAI-OR-24-131]]

        Time   | Event                                                        | By
        05:40  | {{Shadow board}} check: 1x 1/4in {{torque wrench}} (T-114) missing         | [[name:OB]]
        05:45  | [[aircraft_registration:G-SLWD]] ({{B737-800}}) due {{tow-out}} 06:30 - tow held            | [[name:HS]] ({{Duty Engineer}})
        06:20  | Search of cabin, {{galleys}}, {{lavs}}                                | [[name:Ola Bergström]], [[name:Mickey]]
        07:05  | Wrench found on top of {{PSU}} rail above row 22                    | [[name:Mickey]]
        07:30  | {{CRS}} issued after re-inspection of the area               | [[name:Haruto Sato]]

        Impact: [[flight_number:SLW118]] delayed 55 min. The wrench was signed out on a {{tool tag}} to a
        contractor from [[organisation:Apex Cabin Services Ltd]] who left site at 22:00 without
        returning it. {{Stores}} did not chase as the {{tool tally}} showed it as "in use".
    """)),
    ("aviation", "incident", block("""
        FIRE INCIDENT - CHRONOLOGY - [[date:Sunday 2 June 2024]]
        02:10  {{Fire alarm}} activation, {{smoke detector}} in {{paint bay}} 1. Night shift
               ({{supervisor}} [[name:Tariq Mahmood]]) evacuated hangar to {{assembly point}} B.
        02:12  [[name:Gráinne]] saw smoke from the {{oily rag bin}} by the mixing room, lid not closed.
        02:13  {{Airport Fire Service}} called via Ops on 2222.
        02:14  [[name:Tariq Mahmood]] used a {{CO2 extinguisher}}; smouldering only, no flame.
        02:21  AFS arrived, confirmed out, bin moved outside.
        02:50  Hangar reoccupied after {{thermal imaging}} check.
        Aircraft in bay: [[aircraft_registration:G-HWKA]] - no damage, {{masking}} intact.
        Cause: rags soaked in {{oil-based}} sealant left overnight; bin not emptied at shift end
        because the [[organisation:Greendale Waste Ltd]] collection was missed on [[date:31 May]].
        [[name:Gráinne]] and [[name:Tariq Mahmood]] to be thanked for quick actions.
    """)),
    ("aviation", "near_miss", block("""
        INTERIORS HANDOVER - days > nights - [[date:Thu 13/06]]
        [[aircraft_registration:EI-XKR]] ({{A321neo}}) - {{seat install}} complete rows 1-30.
          NEAR MISS: [[name:Ahmed]] found 14 seats on the RH side with empty {{life vest}} pouches. Vests
          were taken to stores for the {{seat cover}} change and the {{stage sheet}} says "refitted".
          Counted all: 172 of 186 present. Missing 14 are in the {{bonded store}}, bag tag
          [[case_reference:BS-55817]]. Nights pls fit + [[name:Cheng]] to do {{duplicate inspection}}.
        [[aircraft_registration:G-ZBNE]] - galley 2 {{ops check}} passed ([[name:gav.p]] signed).
        Customer rep Ms [[name:Kristiansen]] visiting 09:00 {{Friday}} - [[name:Ahmed]] to walk her round.
        From: [[name:Joy Asante]]
    """)),
    ("aviation", "success", block("""
        [[[date:20/06/2024]], 16:05] [[name:Henrik Kristiansen]] ([[organisation:Norvik Air]]): Just walked the cabin on [[aircraft_registration:LN-NVK]]. Honestly the best {{redelivery}} we've had - zero {{snags}} on the {{acceptance}} list \N{CLAPPING HANDS SIGN}
        [[[date:20/06/2024]], 16:07] [[name:Joy Asante]]: thank you!! [[name:Sunny]] and the night team did the final {{cabin clean}} at 3am to get it ready
        [[[date:20/06/2024]], 16:08] [[name:Henrik Kristiansen]]: Please pass on. We will take her out as [[flight_number:NVK2206]], two days ahead of {{slot}}
        [[[date:20/06/2024]], 16:10] [[name:Hamish Drummond]]: Great to hear [[name:Henrik]]. Credit to [[name:Joy]] for the new {{snag board}} - every open item visible to the {{certifying staff}} each morning
        [[[date:20/06/2024]], 16:12] [[name:Joy Asante]]: \N{SMILING FACE WITH SMILING EYES} will share at the {{Safety Action Group}}
    """)),
    ("aviation", "near_miss", prose("""
        During the final {{functional test}} of the {{floor proximity}} escape path marking on
        [[aircraft_registration:G-TRVX]] on [[date:18 June 2024]], {{B2}} {{licensed engineer}}
        [[name:Olamide Bankole]] noticed that the {{exit identifier}} sections at the
        {{overwing exits}} had been fitted on the right-hand strip only and were missing from the
        left. The installation had already been signed for by a {{mechanic}}, but the error was
        found before the {{CRS}} was issued and the aircraft had not flown. The cause was a mirrored
        drawing in the new {{CMM}} revision: {{Engineering Order}} [[case_reference:EO-HAI-2291]]
        still referenced the old revision, so the fitter followed a diagram that did not match the
        kit. [[name:Olamide Bankole]] informed the customer representative, Capt
        [[name:Leanne Farrow]] of [[organisation:Solent Skyways]], the same day. Actions:
        {{Technical Services}} to re-issue the EO, and all {{emergency equipment}} installs to have an
        independent check against the {{LOPA}}.
    """)),
    ("aviation", "success", prose("""
        quick one for the {{good catch}} box - [[name:tilly]] (apprentice, 2nd yr) was prepping
        the {{flap track fairings}} off [[aircraft_registration:G-RLTN]] in the {{prep booth}} &
        noticed the {{LEV}} {{manometer}} reading was way down. she stopped, told me & wouldnt
        start til it was checked. turned out the {{extract fan}} belt had snapped - we wd have been
        sanding {{chromate}} primer with no extract!!! {{Estates}} fixed it by dinner. she didnt need
        telling, straight out of the {{COSHH}} toolbox talk last wk. credit where its due. -
        [[name:Ray]] ({{chargehand}}, paint shop)
    """)),
    ("aviation", "success", block("""
        Thank-you card pinned on the {{crew room}} board:

        To everyone at [[organisation:Hartwell Aero Interiors]] - on behalf of [[organisation:Aurelia Air]], thank you
        for turning round our {{E195}} [[aircraft_registration:EI-FKD]] in 9 days instead of 14 after the {{galley}}
        water leak. Special thanks to [[name:Pat]] in the {{trim shop}}, who re-covered 38 seat backs
        over a weekend, to [[name:Dariusz]] for chasing the {{carpet}} {{burn certificates}}, and to the
        {{certifying staff}} who stayed late for the {{duplicate inspections}}. She flew
        [[flight_number:AUR204]] on [[date:2 July]] full of holidaymakers who will never know.

        Warm regards,
        [[name:Sophie Lemaire-Ndiaye]]
        {{Technical Representative}}, [[organisation:Aurelia Air]]
    """)),
    ("aviation", "incident", block("""
        RT extract - {{Tower}} - [[date:24/06/2024]] - {{MOR}} ref [[case_reference:MOR-2024-18832]]
        0712:30  [[flight_number:Solent 219]]: PAN PAN, PAN PAN, PAN PAN, Tower, [[flight_number:Solent 219]], {{airspeed disagree}},
                 request maintain 3000 feet and return.
        0712:41  TWR: [[flight_number:Solent 219]], roger PAN, maintain altitude 3000 feet, turn left heading 270,
                 {{Airport Fire Service}} standing by.
        0712:50  [[flight_number:Solent 219]]: Left 270, 3000 feet, [[flight_number:Solent 219]].
        0725:02  TWR: [[flight_number:Solent 219]], {{runway 27}}, cleared to land, wind 260 degrees 8 knots.

        Summary: first flight of [[aircraft_registration:G-VSKY]] after repaint at [[organisation:Hartwell Aero Interiors]].
        After landing the left {{static port}} was found covered by clear {{masking film}}. The red
        flagged covers had been removed but the film underneath was not, and the {{walkround}} by the
        {{first officer}} did not spot it. Landed safely. Internal investigation
        [[case_reference:HAI-OR-24-140]] led by [[name:Hamish Drummond]].
    """)),
    ("aviation", "success", prose("""
        Following the {{seat reconfiguration}} of [[aircraft_registration:G-VTAN]] from 180 to 186
        seats, {{Technical Records}} clerk [[name:Blessing Chukwu]] noticed that the draft
        {{weight and balance}} report had been calculated from the old {{LOPA}}. She queried it with
        {{Technical Services}} engineer [[name:Łukasz]], who confirmed the {{basic empty weight}}
        was overstated by 112kg and the {{CG}} index was wrong. The report was corrected before the
        {{Certificate of Release to Service}} and before the aircraft returned to
        [[organisation:Norvik Air]]. Checking the layout was not part of [[name:Blessing Chukwu]]'s
        role; she said she remembered the {{Human Factors}} continuation training example of a
        similar error. Her catch was recognised at the {{Safety Review Board}} on [[date:11 July]]
        and the {{W&B}} template now pulls the LOPA revision automatically.
    """)),
]

if __name__ == "__main__":
    write_records(OUT, build_records("blind235", REPORTS))
