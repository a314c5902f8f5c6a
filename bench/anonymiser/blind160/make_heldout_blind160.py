"""Held-out blind corpus 160: just-culture incident, near-miss and learning reports.

Settings: a local authority youth service and its detached youth work team dealing with
criminal exploitation (county lines); a dental hospital (oral surgery, paediatric GA, sedation,
restorative, decontamination) and the community dental service (special care, domiciliary,
outreach); an airline's engineering hangar and line maintenance on night shifts. Written blind,
the way UK staff type: rushed lower-case notes, formal incident forms, chronologies with times,
e-mails with headers and signatures, WhatsApp and Teams exports, handover sheets and tables,
minutes with attendance lists, debriefs, shout-outs, shift logs and an RTF transcript. Every
person, place and number is invented.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from markup import block, build_records, write_records  # noqa: E402
from markup import flow as prose  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "corpus" / "heldout_blind160.jsonl"

REPORTS = [
    # ---- social care: youth service, detached youth work, exploitation ----
    # 1
    ("social_care", "incident", prose("""
        detached log thurs 19:00-22:00, [[organisation:Brackley Rec]] + the shops on
        [[address:Mitford Parade]]. workers me + [[name:dev]]. approx 9 yp about.
        [[name:Kayden]] ([[age:14]]) had new north face and 2 phones, wouldnt say where from, laughed
        it off. silver golf [[vehicle_registration:KT67 WZN]] pulled up by the chippy twice, 2 older
        males, [[name:kayden]] went to the window both times and 2nd time got in. didnt see it come
        back by 21:40. we had no way to pass the reg on there and then - the {{police intel portal}}
        login is on [[name:dev]]s laptop not the {{work phone}}. logged on {{Mosaic}} next morning +
        {{partnership intelligence form}} but thats 12 hrs late. [[name:kayden]] is open to
        {{Early Help}} so also emailed the {{lead professional}}. learning: {{detached workers}}
        need portal access on the phone and honestly we should of rung {{101}} or {{999}} at the
        time when he got in the car. no {{MASH}} referral made by me yet, {{the duty manager}} to
        decide in the morning
    """)),
    # 2
    ("social_care", "incident", block("""
        INCIDENT REPORT - [[organisation:Kestwick Youth Service]]
        Date of incident: [[date:12/10/2024]]    Time: 20:15
        Location: [[organisation:Ashcombe Youth Centre]], [[address:2 Tanner's Lane, Kestwick]] [[postcode:BD5 8QR]]
        Reported by: [[name:Folake Adeyemi]], {{Senior Youth Worker}}
        Young person: [[name:Reece Tully]]  DOB [[date_of_birth:22/01/2009]]  Ref [[case_reference:YS-24-0877]]

        Description:
        During the {{open access}} session [[name:Reece]] told a sessional worker he "owed" £400
        after a package was taken off him at the station and had been told to "work it off". The
        sessional worker promised to keep it between them and did not tell me until the session
        ended, about 90 minutes later. By then [[name:Reece]] had left.

        Action taken:
        Rang {{the DSL}} at his school and the {{children's social care}} {{front door}} at 21:50.
        {{Child Exploitation Screening Tool}} completed next day. {{Strategy meeting}} held
        [[date:14/10/2024]]; {{NRM}} referral agreed.

        Learning:
        Sessional staff had not done the {{county lines}} refresher. Nobody should promise a
        young person secrecy. {{Debt bondage}} is a recognised sign and needs an immediate call.
    """)),
    # 3
    ("social_care", "incident", block("""
        {{WhatsApp}} export - "Detached North (work)" - [[date:21/02/2025]]

        22:41 - [[name:Jade M]]: just seen [[name:T]] at the bus station w the lads from the audi again
        22:41 - [[name:Jade M]]: [photo]
        22:42 - [[name:Jade M]]: reg [[vehicle_registration:YC19 HLP]] if anyone needs it
        22:44 - [[name:Ollie Brannigan]]: is that [[name:Tyrese]]? hes meant to be at his nans tonight
        22:45 - [[name:Jade M]]: yeh. [[name:Tyrese Campbell-Ward]], [[age:15]], [[address:Flat 6 Orchard Court]]
        22:47 - [[name:Bisi]]: guys pls dont post names/photos on here, [[name:Connor]] is still in this group on his own phone
        22:48 - [[name:Jade M]]: oh god sorry deleting
        22:50 - [[name:Bisi]]: ive rung {{the police}} with the reg, [[name:Jade]] can you do the {{intel form}} when ur back
        -- end of export --

        Manager note ([[name:Bisi Okonjo]], [[date:22/02/2025]]): the photo and details went to a
        {{sessional worker}} who left in {{January}} and was never removed from the group. Reported to
        {{the Information Governance team}} as a {{data breach}}; not reportable to the {{ICO}} after
        review. Team moved to {{Microsoft Teams}} on work phones only.
    """)),
    # 4
    ("social_care", "incident", prose("""
        Learning review - missing episode, [[name:Precious Nwachukwu]] ([[age:16]]), case
        [[case_reference:KYS/CE/0193]]. [[name:Precious]] was reported missing by {{mum}} on
        [[date:Saturday 8 March 2025]] at 23:30 and was found by {{British Transport Police}} three
        days later in a flat forty miles away with two older boys and a quantity of crack cocaine.
        She was treated as a {{victim}}, not arrested. The {{return home interview}} should have been
        offered within {{72 hours}} but was not completed until [[date:27 March]] because the
        referral sat in a shared inbox over a weekend and the allocated worker, [[name:Aidan Kerr]],
        was on leave. When it happened it was done by a worker she had never met, at
        [[organisation:Eastbrook Police Station]], which she described as "like being arrested again".
        What went well: {{mum}} rang the {{detached team}} number as well as {{the police}}, and our
        worker [[name:Marguerite]] recognised the pattern of cash and new clothes from earlier
        sessions. Learning: inbox cover rota for {{Return Home Interviews}}, a named back-up worker,
        and interviews held somewhere she chooses.
    """)),
    # 5
    ("social_care", "incident", block("""
        From: [[name:Chloe Barnes]] <[[email:c.barnes@kestwick.gov.uk]]>
        Sent: [[date:04 June 2024]] 16:02
        To: {{Information Governance}}
        Subject: Reporting a misdirected email

        Hi,

        At 14:37 today I sent a referral about [[name:Maddox Heeley]] (DOB [[date_of_birth:17/11/2008]])
        to the {{DSL}} at [[organisation:St Cuthbert's RC High School]]. {{Outlook}} autocompleted to
        [[name:Chloe Barnes-Whitlock]] at [[organisation:Harrowfield Primary]] instead of
        [[name:Chloe Barber]]. The attachment named the young man, his address and the two adults we
        think are using him to run drugs, with their phone numbers ([[phone:07700 900417]] and
        [[phone:07700 900862]]).

        The recipient rang me at 15:40, confirmed she had deleted it and emptied her deleted items.
        I have re-sent it to the correct person using {{Egress}}.

        I think the learning is to turn off autocomplete and always send exploitation referrals
        through {{Egress}}, which I didnt do because I was rushing before the {{Child in Need}}
        meeting.

        Thanks
        [[name:Chloe]]

        [[name:Chloe Barnes]] | {{Youth Worker}} (Schools Outreach) | [[organisation:Kestwick Youth Service]]
        [[phone:01632 960 284]]
    """)),
    # 6
    ("social_care", "incident", block("""
        Post-incident review - verbal threat to staff on detached session
        Date: [[date:19/09/2024]]   Venue: {{Teams}}
        Present: [[name:Harjit Sohal]] (chair, {{Area Manager}}), [[name:Lou Pennington]], [[name:Kofi Asante]],
        [[name:M. O'Hare]] ({{Health and Safety}}), [[name:Sinead]] ({{union rep}})
        Apologies: [[name:Wojciech Zielinski]]

        1. What happened
        [[name:Lou]] and [[name:Kofi]] were on the underpass by [[organisation:Northgate Academy]]
        when a man in his twenties told them to "stop talking to my youngers" and said he knew
        which car was [[name:Lou]]'s ([[vehicle_registration:LB21 FOX]]). He left after about two
        minutes. No one was hurt.

        2. What didn't work
        {{Lone working app}} check-in failed (no signal under the underpass). {{Escalation}} to the
        {{on-call manager}} took 35 minutes. Pool car was not available so a personal car was used
        and is now known.

        3. Actions
        - Pool car booked for every {{detached}} shift ([[name:HS]])
        - Check-in at street level, not in the underpass ([[name:LP]])
        - Report to {{the police}} as {{intelligence}}, not a crime, at [[name:Lou]]'s request ([[name:KA]])
        - Offer {{Employee Assistance Programme}} to both workers ([[name:HS]])
    """)),
    # 7
    ("social_care", "incident", block("""
        EDT HANDOVER  - nights [[date:Fri 15/11]] into [[date:Sat 16/11]]
        Worker off: [[name:Ama Boateng]]   Worker on: [[name:Gethin Pryce]]

        | Child | Status | Notes |
        | [[name:Jayden Hurst]] ([[age:13]]) [[case_reference:CIN 448120]] | missing from [[organisation:Larchfield House]] 19:10 | {{police}} graded {{medium risk}}. Staff say he got a call from [[phone:07700 900531]] before leaving. |
        | [[name:Skye Lamont]] ([[age:15]]) | returned 01:20 | seen by {{on-call}}, no injuries, bed |
        | [[name:Ebrahim Patel]] ([[age:16]]) | {{section 20}} placement wobbly | no action tonight. {{Universal Credit}} claim needs his NI no [[ni_number:PW 48 29 17 B]], copy on file |

        Issue identified Sat am: the phone number for [[name:Jayden]] was on the handover sheet but was
        not passed to {{the police}} missing person team or entered on the {{missing episode}} record.
        It was later linked by {{the police}} to a known {{county lines}} number. [[name:Jayden]] was found
        [[date:Sunday 17th]] in a {{cuckooed}} address. Learning: handover template now has a
        "shared with police? Y/N" column for phone numbers, car regs and names of associates.
        {{Children's home}} manager [[name:Sue-Ellen Fraser]] informed.
    """)),
    # 8
    ("social_care", "near_miss", block("""
        Shift log - [[organisation:Kestwick Youth Service]] detached team, [[date:Tue 3 Dec 2024]]
        18:30 briefing - [[name:Rory]], [[name:Aaliyah]], [[name:Tunde]] (sessional)
        19:05 out from base, {{lone working app}} on
        20:10 [[name:Aaliyah]] speaking to [[name:Mia-Rose]] ([[age:14]]) outside [[organisation:Hillside Co-op]] - upset, says an older lad wants her to "hold something" for him
        20:25 [[name:Mia-Rose]] asks for lift home. [[name:Tunde]] offers to drive her in his own car ([[vehicle_registration:FY15 KDE]])
        20:27 [[name:Rory]] stops it - {{policy}}: no lifts in personal cars, no 1:1 transport, no {{business insurance}} on file for [[name:Tunde]]
        20:40 walked her home as a pair, handed over to {{mum}} at the door
        21:15 rang {{duty}}, {{concern form}} done on return
        21:50 back at base, debrief
        Learning: [[name:Tunde]] had not had the induction on {{transport policy}}. Nothing happened but a
        lone male worker with a 14-year-old girl in his car would have put both at risk.
        Induction checklist amended.
    """)),
    # 9
    ("social_care", "near_miss", block("""
        {{Teams}} chat - {{Exploitation Hub}} - [[date:11/03/2025]]

        [09:12] [[name:Priya Raghunathan]]: about to send the MASH referral for [[name:Leon]], can someone sense check
        [09:20] [[name:Dom Ferreira]]: the DOB on it is [[date_of_birth:02/05/2010]], isnt that his little brother [[name:Kai]]?
        [09:21] [[name:Priya Raghunathan]]: oh no. yes. pulled it from {{the family record}}
        [09:23] [[name:Dom Ferreira]]: [[name:Leon]] is [[date_of_birth:14/08/2008]], NHS [[nhs_number:306 685 7441]]
        [09:24] [[name:Priya Raghunathan]]: and the NHS no was [[name:Kai]]'s too. fixed. thank you
        [09:30] [[name:Dom Ferreira]]: np. {{the MASH}} would have done checks on the wrong child

        Note for learning log: {{Liquidlogic}} {{family view}} lists siblings together and the copy button
        takes the top row. Raised with the {{system administrator}}. Two-person check for
        {{MASH}} referrals where a sibling is also open.
    """)),
    # 10
    ("social_care", "near_miss", prose("""
        near miss - sat {{drop-in}} at [[organisation:The Hub on Wellgate]]. bloke came to the door ([[address:27 Wellgate]], [[postcode:S63 9HU]]) about 3pm
        said he was [[name:Aiden]]s uncle and could we tell him where the youth workers take the
        kids for the {{residential}} next wk, wanted address + times to "surprise him". {{new volunteer}}
        [[name:becca]] was about to write it down for him. [[name:shaz]] stepped in and said we dont
        give out info on young people and took his name - he said "[[name:jay]]" and left quick. later found
        out [[name:Aiden]] has no uncle, and {{youth justice}} worker thinks "[[name:jay]]" is the older lad hes
        been running for. reported to {{the police}} as {{intel}}, {{safeguarding lead}} informed,
        residential venue [[organisation:Fellside Outdoor Centre]] told to expect no visitors. learning
        - volunteers need a script for the door and the {{visitors policy}} up by reception
    """)),
    # 11
    ("social_care", "near_miss", block("""
        Near miss form
        Service: [[organisation:Marsh Lane Youth Club]]
        Date/time: [[date:26/07/2024]] approx 18:45
        Completed by: [[name:Ifeoma Chukwu-Hart]]
        Category: {{weapon}} / premises

        What happened: Before the {{summer programme}} session our {{caretaker}}
        [[name:Stan]] did the usual sweep of the grounds and found a kitchen knife (approx
        20cm) pushed into the hedge by {{the five-a-side gate}}. Nobody was hurt and no young people
        were on site. It was bagged and handed to {{the police}} (log [[case_reference:CAD 1437 26/07]]).

        Why it matters: Two of our regulars have been linked to a local line. If the sweep had been
        skipped, which happens when we are short, the knife was right where {{the under-14s}} queue.

        Actions: Sweep added to {{the opening checklist}} as a must-do; {{knife bin}} location shared
        with young people; {{Safer Schools Officer}} asked to join a session.
    """)),
    # 12
    ("social_care", "success", block("""
        Shout-out for [[name:Marcus "Marky" Delaney]] 👏

        Just want to say a massive thank you to [[name:Marky]] for his work with [[name:Zain]] over the
        last six months. [[name:Zain]] would only ever talk to him at the skatepark, so [[name:Marky]]
        went there every {{Wednesday}}, rain or not. Last week [[name:Zain]] finally told him about being
        made to carry for a line out of the city and about the "debt". Because [[name:Marky]] had
        already done the {{Child Exploitation}} training he knew to ring {{the duty social worker}}
        straight away, kept [[name:Zain]] with him, and went with him to see {{the police}} as a
        {{victim}}. The {{NRM}} has now got a {{positive reasonable grounds decision}}.

        This is exactly what {{trusted adult}} work is meant to look like.

        [[name:Nell]] ({{Team Leader}})
    """)),
    # 13
    ("social_care", "success", block("""
        DEBRIEF NOTES - {{disruption}} operation, [[organisation:Copley Estate]]
        Date: [[date:07/02/2025]]
        Facilitator: [[name:Abdirahman Warsame]]

        What was the aim?
        Disrupt adults exploiting three local boys (refs [[case_reference:CE-0311]], [[case_reference:CE-0312]],
        [[case_reference:CE-0319]]) without the boys being criminalised.

        What went well?
        - {{Child Abduction Warning Notices}} served on two adults, [[name:Darnell Rooke]] and
          [[name:Kieran "KK" Kinsella]], same day
        - {{detached youth work}} on the estate that evening so the boys had someone to talk to
        - Housing closed the {{cuckooed}} flat at [[address:14 Beacon Walk]] [[postcode:WF3 2NP]]
          and moved the tenant ([[age:62]], {{vulnerable adult}}) to safe accommodation
        - {{Trading Standards}} seized a scooter used for deliveries, [[vehicle_registration:WF68 OKT]]

        Even better if?
        School not told until day two. Next time invite the {{DSL}} to the planning call.

        Outcome: all three boys still engaging at six weeks.
    """)),
    # 14
    ("social_care", "success", prose("""
        Good practice note. On [[date:Friday 13 September]] a driver for [[organisation:Dalesway Buses]],
        [[name:Gary Oyelaran]], rang our office number after the training we gave their depot in the
        summer. He had noticed the same two boys in {{school uniform}}, one from
        [[organisation:Ferncliffe School]], making the same return trip to the coast three days
        running during school hours, each carrying a small rucksack, and one of them paid with a £50
        note. He gave us the route and times. [[name:Naz]] on {{duty}} checked our records,
        recognised one boy as [[name:Callum Fitch]] ([[age:14]]) and passed it to
        {{children's social care}} and {{the police}} within the hour. Both boys were met off the bus
        by {{British Transport Police}} and {{a youth worker}}, and were safeguarded as {{victims}}.
        Learning: {{county lines}} awareness for {{transport staff}} works, and a direct phone line they
        can ring ([[phone:01632 960 733]]) matters more than a reporting portal.
    """)),
    # 15
    ("social_care", "success", block("""
        Minutes - {{Contextual Safeguarding}} panel, [[date:22 January 2025]]
        Attendees: Dr [[name:Helen Akinola]] (chair), [[name:Robbie McIlroy]] ({{A&E}} youth worker),
        [[name:Yasmin El-Amin]] ({{school nurse}}), PC [[name:Joe Whitby]] ({{Safer Neighbourhood Team}}),
        [[name:Tash]] (youth service)

        Item 3 - {{reachable moment}} case study
        [[name:Robbie]] described meeting [[name:Ty]] ([[age:17]]) in {{resus}} at
        [[organisation:Kestwick General Hospital]] after a stab wound to the leg. Because the
        {{hospital youth work}} team is there at 2am, [[name:Ty]] agreed to a follow-up. Four months
        on he has left the line, started at [[organisation:Kestwick College]] and is seeing
        {{CAMHS}}.

        Decision: continue funding the {{A&E navigator}} post; report to the {{Violence Reduction Unit}}.
    """)),
    # 16
    ("social_care", "success", block("""
        [[date:31/10/2024]] {{Halloween}} detached - {{WhatsApp}} (work phones)

        19:52 [[name:Kemi]]: Lads outside the offy on [[address:Stanley Road]], [[name:Billy]] with them, looks off it
        19:58 [[name:Kemi]]: says he's been told to go to the flats at 10 with a bag. hes scared
        20:01 [[name:Paddy]]: stay with him, I'll ring {{duty}}
        20:09 [[name:Paddy]]: {{duty}} says call {{999}} if hes in danger, otherwise bring him in
        20:15 [[name:Kemi]]: he's come back to the centre w us, {{mum}} on her way
        20:40 [[name:Paddy]]: {{police}} on way to flats. well done
        21:30 [[name:Kemi]]: [[name:Billy]] home. {{mum}} said thank u

        Manager's comment: A great example of workers staying with a young person in the moment rather
        than logging and leaving. [[name:Kemi]] and [[name:Paddy]] followed the {{escalation flowchart}}
        exactly. [[name:Billy]] is now allocated to [[name:Oluwaseun Bakare]] in the {{Exploitation Team}}.
    """)),
    # 17
    ("social_care", "success", prose("""
        Learning from what went right: joint work between the youth service and
        [[organisation:Riverside Alternative Provision]]. Over the autumn term six young people
        at the {{alternative provision}} were flagged as at risk of {{criminal exploitation}}. Instead
        of more {{exclusions}}, the head, [[name:Grace Oduya]], agreed
        that our worker [[name:Fin O'Sullivan]] would run a weekly group in school time using
        {{trauma-informed practice}} and the {{Signs of Safety}} approach with families. Attendance
        rose from 61% to 84%. One young man, [[name:Harvey]], told [[name:Fin]] about being groomed
        through {{Snapchat}} and the account was reported to {{the police}}. When {{Ofsted}} visited
        the provision in {{March}} they named the partnership as a strength. The key things were one
        consistent adult, meeting families at home, and the {{DSL}} and youth worker sharing a case
        note on the same system.
    """)),
    # ---- health: dental hospital and community dental service ----
    # 1
    ("health", "incident", block("""
        PATIENT SAFETY INCIDENT FORM
        Ref: [[case_reference:W71823]]
        Date of incident: [[date:05/03/2025]]     Time: 11:20
        Location: {{Oral Surgery}} clinic, [[organisation:Ravensmoor Dental Hospital]]
        Patient: [[name:Lesley-Ann Gorman]]   Age: [[age:58]]   NHS no: [[nhs_number:185 629 5877]]
        Reporter: [[name:Tariq Hussain]], {{Specialty Registrar}}

        What happened:
        Referral from [[organisation:Haddon Street Dental Practice]] asked for extraction of {{UL6}}.
        The clinic list had been typed as {{UR6}}. At the {{LocSSIPs}} stop moment the {{dental nurse}}
        read the site from the list, not from the referral or the radiograph. {{UR6}} was extracted
        under {{local anaesthetic}} ({{articaine}} 4% with {{adrenaline}}). The patient said at the
        post-op check "that wasn't the one that hurt".

        Immediate actions:
        {{Duty of Candour}} conversation by {{the consultant}}, [[name:Anjali Mehra]]. Declared a
        {{never event}} ({{wrong site surgery}}) and logged under {{PSIRF}}. {{UL6}} extracted
        [[date:12/03/2025]] with the patient's agreement.

        Contributory factors: list typed by hand from the letter; stop moment treated as a tick box.
    """)),
    # 2
    ("health", "incident", prose("""
        sedation clinic pm [[date:14/1]]. pt [[name:Kwabena Asamoah]] [[age:78]]yo, NHS [[nhs_number:508 093 0977]], anxious, for
        multiple exts. {{IV sedation}} with {{midazolam}} - i titrated 2mg then 1mg increments
        but didnt wait the full 2 mins between as we were running 40 mins behind. total 7.5mg.
        {{sats}} dropped to 86%, resp rate 6. {{jaw thrust}} + {{oxygen}}, then {{flumazenil}} 200mcg
        IV by [[name:Sinéad Ní Bhriain]] ({{sedation lead}}). recovered over 10 mins, obs normal,
        procedure abandoned, pt escorted home by daughter [[name:Abena]] with written advice.
        {{capnography}} was not on because the cable for the second monitor has been missing since
        before xmas - reported twice. learning: older pts need slower titration, the clinic
        shouldnt be overbooked to the point we rush sedation, and {{capnography}} is mandatory not
        optional per the {{IACSD}} standards. - [[name:JB]], {{DCT2}}
    """)),
    # 3
    ("health", "incident", block("""
        Chronology - {{retained throat pack}}, paediatric {{GA}} list, [[organisation:Fenwick Day Unit]]
        Patient: [[name:Amelia-Grace Whittaker]], [[age:6]], NHS [[nhs_number:160 844 2101]], hospital no [[case_reference:RDH0047719]]
        [[date:Tuesday 18 February 2025]]

        08:15  {{WHO checklist}} sign-in completed
        08:40  {{throat pack}} inserted by {{the anaesthetist}}; not written on the whiteboard, no sticker on the forehead
        09:20  8 {{primary teeth}} extracted by Dr [[name:Sandhu]]
        09:28  sign-out: "all packs removed?" answered yes by the operator without looking
        09:35  {{recovery}}: child coughing, {{SpO2}} 91%. {{recovery nurse}} [[name:Nkechi Obi]] looked in the mouth, saw the pack and removed it
        09:38  {{SpO2}} 99%, settled
        10:10  {{Duty of Candour}} conversation with dad, [[name:Lee Whittaker]]

        Learning: the unit had moved from head labels to a whiteboard in {{January}} and not everyone knew.
        Agreed: two visual cues for every pack ({{whiteboard}} and label), and the pack count is read
        aloud by {{the scrub nurse}}, not the operator.
    """)),
    # 4
    ("health", "incident", block("""
        From: [[name:Rhiannon Price]] <[[email:rhiannon.price7@nhs.net]]>
        To: [[name:Ola Bankole]] <[[email:ola.bankole@nhs.net]]>
        Date: [[date:9 October 2024]] 10:14
        Subject: Lost referral - [[name:Stephen Ojo]]

        Hi [[name:Ola]],

        Writing this up for our learning log. [[name:Stephen Ojo]] (DOB [[date_of_birth:30/06/1987]],
        NHS [[nhs_number:430 942 7138]]) lives at [[organisation:Oakhaven Care Home]],
        [[address:41 Birchfield Road]], [[postcode:LS9 7QT]]. He has a {{learning disability}} and
        {{epilepsy}}. His {{GP}}, [[organisation:Millbrook Surgery]], faxed a referral to
        [[organisation:Castlegate Community Dental Service]] in {{January}}. We never received it: the fax
        number had been decommissioned in 2023 and nothing bounced. The home chased in {{September}} when
        he stopped eating. He had two {{abscesses}} and needed {{GA}} for clearance.

        Nine months' delay. I've asked the {{ICB}} to tell all practices the {{e-Referral Service}}
        is the only route and that fax is switched off.

        [[name:Rhi]]
        [[name:Rhiannon Price]] | {{Clinical Lead}}, {{Special Care Dentistry}}
        [[phone:0113 496 0372]]
    """)),
    # 5
    ("health", "incident", block("""
        {{Teams}} - {{LDU}} team chat - [[date:23/04/2025]]

        [14:02] [[name:Zofia Nowak]]: just had a {{sharps injury}} in decon, scaler tip through my glove while unloading the tray
        [14:03] [[name:Darren "Daz" Pike]]: omg ok - bleed it, wash, dont scrub. do you know the pt?
        [14:05] [[name:Zofia Nowak]]: chair 4 this morning, Dr [[name:Lim]]'s pt, [[name:Mohammed Rafiq]]
        [14:06] [[name:Darren "Daz" Pike]]: go to {{Occ Health}} now, ill tell [[name:Nadia]] and get the {{source patient}} bloods sorted
        [14:30] [[name:Nadia Hassan]]: {{Occ Health}} seen her. {{source patient}} consented. low risk
        [14:31] [[name:Nadia Hassan]]: why was a {{scaler tip}} still on the handpiece in the tray?

        {{Occ Health}} form: [[name:Zofia Nowak]], NI [[ni_number:NR631044A]], staff no [[case_reference:RDH-S-20931]].
        Findings (added by [[name:Nadia Hassan]], {{Decontamination Lead}}): tips are meant to be removed
        at chairside before instruments go to the {{Local Decontamination Unit}}. Chair 4 had no
        {{tip remover}} that day. {{RIDDOR}} not required. Reported as an incident and tip removers
        checked at every chair in the morning set-up.
    """)),
    # 6
    ("health", "incident", block("""
        EVENING HANDOVER - {{Oral Surgery}} / {{Oral Medicine}} on-call, [[date:2 Aug 2024]]
        From: [[name:Chidi]] ({{DCT}})   To: [[name:Ellie-May]] ({{DCT}})

        PATIENT | ISSUE | PLAN
        [[name:Brian Tolland]], [[age:71]], [[nhs_number:226 740 6942]] | ext {{LL7}} today, on {{warfarin}} | back via {{A&E}} 18:40 still oozing
        [[name:Yusuf Demir]], [[age:34]] | {{dry socket}} | reviewed, {{Alvogyl}}, home
        [[name:Kerry Aston]], [[age:45]] | {{trismus}} after {{third molar}} | see clinic am

        Note on [[name:Brian Tolland]]: the {{INR}} was not checked within 72 hours before the
        extraction. Last {{INR}} on record was 2.4 from three weeks ago; at {{A&E}} it was 4.9.
        Sutured, {{Surgicel}}, {{tranexamic acid}} mouthwash, kept in overnight on [[organisation:Ward 14 Beacon]].
        Our {{anticoagulation}} pre-op checklist says "check INR" but the clinic booking form does
        not prompt it. Raised via {{Datix}}.
    """)),
    # 7
    ("health", "incident", block("""
        Safeguarding learning meeting - [[organisation:Castlegate Community Dental Service]]
        [[date:16/01/2025]]
        Present: [[name:Hamid Karimi]] ({{Safeguarding Lead}}), [[name:Bethan Lloyd-Jones]], [[name:Siân Ward]],
        [[name:Tomasz]] ({{dental therapist}}), [[name:Gemma]] (reception)

        Case: [[name:Logan]] ([[age:5]]), [[case_reference:CDS-PAED-2291]]
        - {{Was Not Brought}} to four appointments between {{May}} and {{November}}
        - Each time the letter went back to the {{GP}}, [[organisation:Elmtree Medical Centre]], and the
          child was discharged
        - In {{December}} a {{health visitor}} found him with facial swelling; {{GA}} for 12 extractions
          at [[organisation:Ravensmoor Dental Hospital]] on [[date:08/01/2025]]
        - {{dental neglect}} was not considered until then

        Learning:
        1. Discharge after two missed appointments for a child is not acceptable; it must trigger
           a conversation with the {{health visitor}} or {{school nurse}}.
        2. Use the {{BSPD}} dental neglect guidance.
        3. [[name:Gemma]] said reception did not know who to tell.

        Action: [[name:Hamid Karimi]] to write a {{Was Not Brought}} flowchart by end of {{February}}.
    """)),
    # 8
    ("health", "near_miss", prose("""
        Near miss, {{Restorative}} clinic, [[organisation:Ravensmoor Dental Hospital]],
        [[date:Monday 10 June]]. Two patients called [[name:David Jones]] were booked within twenty
        minutes of each other, one for a {{crown prep}} and one for a {{new patient assessment}}. The
        {{dental nurse}}, [[name:Precious Mlambo]], called "[[name:David Jones]]" from {{the waiting room}}
        and the wrong one stood up. In the surgery she carried out {{positive patient identification}}
        (name, date of birth and first line of address) and he gave [[date_of_birth:03/12/1961]] against
        [[date_of_birth:19/04/1979]] on the notes. No treatment started. She went back and brought
        the right patient. Learning: {{reception}} now adds a "same name" alert on {{R4}} when two
        patients with the same name are in clinic the same day, and we call patients by full name
        and date of birth. Nice catch [[name:Precious]].
    """)),
    # 9
    ("health", "near_miss", prose("""
        near miss - emergency dental clinic fri. pt [[name:Jolene McCallister]] [[age:29]] with
        spreading infection LR8, {{facial swelling}}. {{foundation dentist}} wrote up {{amoxicillin}}
        500mg tds. pt had said {{penicillin allergy}} (rash + throat swelling) at booking but the
        allergy box on the {{medical history}} form was on the back page and the form was
        photocopied single sided. {{pharmacy}} ([[name:Gurdeep]]) rang to query because the
        allergy was on her {{Summary Care Record}}. changed to {{clindamycin}}. no harm. learning:
        medical history forms double sided again and always verbally ask about allergies before
        prescribing, dont rely on the paper. thanks to [[name:Gurdeep]] at [[organisation:Kirkgate Pharmacy]]
        - [[name:S.O.]] ({{Clinical Supervisor}})
    """)),
    # 10
    ("health", "near_miss", block("""
        {{LDU}} shift log - [[organisation:Castlegate Community Dental Service]], [[organisation:Brookside Clinic]]
        [[date:Wed 27 Nov 2024]]

        07:45 [[name:Aleksandra]] in, {{autoclave}} 2 {{daily test}} run
        08:10 test print shows {{Bowie-Dick}} pass. loaded cycle 1
        08:45 cycle 1 complete, light green, printout not checked (printer jammed)
        09:05 [[name:Hollie]] clearing printer, notices cycle 1 printout shows temperature hold 131°C for 1.5 min, should be 134°C for 3 min. FAILED cycle but display said complete
        09:07 all instruments from cycle 1 quarantined. none had left the {{LDU}}
        09:20 {{autoclave}} taken out of use, engineer called, {{Decontamination Lead}} informed
        09:40 instruments reprocessed in {{autoclave}} 1

        Learning: the green light is not proof of {{sterilisation}}. Parameters must be checked and
        signed before release, every cycle, per {{HTM 01-05}}. Printer now on the weekly check list.
    """)),
    # 11
    ("health", "near_miss", block("""
        NEAR MISS REPORT
        Service: [[organisation:Castlegate Community Dental Service]] - {{domiciliary}} team
        Vehicle: {{mobile dental unit}} [[vehicle_registration:GN70 BXW]]
        Date: [[date:03/09/2024]]
        Reporter: [[name:Femi Adebayo-Clarke]], driver / {{dental nurse}}

        Leaving [[organisation:Greenacres Nursing Home]] ([[address:7 Quarry Hill Lane]], [[postcode:HX3 6EJ]]) I heard a bang in the back on the first
        roundabout. The {{oxygen cylinder}} (size CD) had come out of its bracket and was rolling
        on the floor. I pulled over safely and re-secured it. No damage, no leak.

        Cause: the bracket strap was fastened over the {{emergency drug kit}} bag instead of the
        cylinder because the bag had been put back in the wrong place.

        Why it matters: an unsecured cylinder in a crash is a projectile and the valve can shear.

        Actions: photo guide of the correct layout stuck inside the door; {{vehicle check}} sheet
        now includes "cylinder strap on cylinder". Shared with [[name:Marcia]] ({{Transport}}).
    """)),
    # 12
    ("health", "success", block("""
        ⭐ SHOUT-OUT ⭐

        Huge thanks to [[name:Ruth Osei-Bonsu]] ({{dental nurse}}) and [[name:Declan Murphy]]
        ({{dental hygienist}}) on the {{Periodontology}} clinic, [[date:Thursday 6 March]].

        A patient had a {{chlorhexidine}} mouth rinse and within two minutes developed hives, a
        hoarse voice and a falling blood pressure. [[name:Ruth]] recognised {{anaphylaxis}}, shouted
        for help and pressed the {{emergency buzzer}}; [[name:Declan]] lay the patient flat and gave
        {{adrenaline}} 500 micrograms IM from the {{emergency drug kit}} while [[name:Ruth]] rang
        {{2222}}. The {{medical emergency team}} arrived in four minutes. The patient was admitted and
        discharged the next day, and now has a {{chlorhexidine allergy}} alert.

        Your {{BLS}} training paid off. Proud of you both.
        - [[name:Yvonne]], {{Clinic Manager}}
    """)),
    # 13
    ("health", "success", block("""
        Subject: Thank you from [[name:Oscar]]'s mum
        From: [[email:kate.fennimore82@gmail.com]]
        Date: [[date:20 May 2025]]

        Dear everyone at the [[organisation:Brookside Clinic]],

        I wanted to say thank you for the way you looked after my son [[name:Oscar Fennimore]]
        ([[age:9]]). He is {{autistic}} and two other dentists said he would need a {{general anaesthetic}}
        just to be looked at. Your {{dental therapist}} [[name:Jas]] did four short
        {{desensitisation}} visits, let him hold the mirror, sent us a photo story of the room, and
        booked him first thing so there was no waiting room. Yesterday he had two {{fissure sealants}}
        and a {{fluoride varnish}} in the chair. He told his nan about the "tooth torch".

        Please pass this on to {{the manager}}.

        [[name:Kate Fennimore]]
        [[phone:07700 900244]]

        ---
        Added to learning log by [[name:Karen W]]: {{reasonable adjustments}} avoided a GA.
    """)),
    # 14
    ("health", "success", block("""
        HOT DEBRIEF - collapse in main waiting area, [[organisation:Ravensmoor Dental Hospital]]
        [[date:28/11/2024]], 15:05. Led by [[name:Bogdan Ilie]] ({{Resus Officer}})

        Sequence
        - Visitor ([[age:63]]) collapsed; receptionist [[name:Shanice]] called {{2222}} and shouted for help
        - Dr [[name:Fraser]] and [[name:Cheng]] ({{DCT1}}) started {{CPR}} within a minute
        - {{AED}} from the main corridor on in under 3 minutes, one shock ({{VF}})
        - {{ROSC}} before {{the ambulance}} arrived; handed over to {{paramedics}} at 15:19

        Went well: everyone knew where the {{AED}} was because of the "walk to the {{AED}}" drill in
        {{October}}. [[name:Shanice]] cleared the waiting room without being asked.

        Even better if: the {{suction}} on the resus trolley was not charged. Added to the daily check.

        Patient now home from the cardiac unit.
    """)),
    # 15
    ("health", "success", prose("""
        Safeguarding success, [[organisation:Castlegate Community Dental Service]]. During a {{check-up}} a
        {{dental nurse}}, [[name:Aisha Begum]], noticed that a woman in her thirties had a healing
        fracture of the cheekbone that she said was from "walking into a cupboard", and that her
        partner answered every question for her. [[name:Aisha]] used our routine "I just need to
        check your {{medical history}} on your own" step, and the patient disclosed {{domestic abuse}}.
        [[name:Aisha]] followed the {{DASH}} checklist with her, the score was high, and with consent
        a referral went to {{MARAC}} and to an {{IDVA}} the same afternoon. A safe number,
        [[phone:07700 900689]], was added to the record in place of the partner's. Learning: the
        "on your own" step works, and everyone on {{reception}} and in surgeries has now done the
        {{Level 3 safeguarding}} update.
    """)),
    # 16
    ("health", "success", prose("""
        What went well: outreach clinics at [[organisation:St Brendan's Hostel]]. Since {{April}} the
        {{community dental service}} has run a fortnightly drop-in in the hostel's meeting room
        with a portable chair, led by [[name:Emeka Nwosu]] and {{dental nurse}} [[name:Lindsey Haigh]].
        People who are {{homeless}} often turn up at {{A&E}} with dental pain and leave with
        painkillers. In six months 74 people were seen, 31 were given a course of treatment at
        [[organisation:Brookside Clinic]], and two {{oral cancers}} were picked up early and
        referred on the {{two-week wait}} pathway. Key points: no appointment letters (we text the
        hostel key worker [[name:Big Dave]] instead), no proof of address, and a named dentist
        people can trust. Presented to the {{ICB}} Oral Health group.
    """)),
    # 17
    ("health", "success", prose("""
        Learning summary: speaking up by a student. On a {{GA}} list at [[organisation:Fenwick Day Unit]]
        on [[date:4 April 2025]], a {{fourth-year student}}, [[name:Olamide Ajayi]], noticed that the
        {{WHO checklist}} "time out" was being done while the surgeon was still scrubbing and
        {{the anaesthetist}} was on the phone. She was nervous but said "can we do it again with
        everyone listening?" {{The consultant}}, [[name:Morven Gillespie]], stopped, thanked her, and
        they repeated it; the tooth numbers on the consent did not match the plan and were
        corrected. [[name:Olamide]] later raised it through the {{Freedom to Speak Up Guardian}}, and
        the unit now uses a "hands off, eyes up" rule for the time out. The {{Dental School}} has
        added this story to the {{human factors}} teaching for the next year.
    """)),
    # ---- aviation: engineering hangar and line maintenance, night shifts ----
    # 1
    ("aviation", "incident", block("""
        RTF transcript extract - [[flight_number:KX412]], A320 [[aircraft_registration:G-KXCD]], [[date:17/08/2024]]

        06:52:10 [[flight_number:Kestrel 412]]: [[organisation:Brackmoor Tower]], [[flight_number:Kestrel 412]] passing 2000, we've got a vibration and a noise from the left side
        06:52:20 Tower: [[flight_number:Kestrel 412]], roger, the runway inspection vehicle reports debris on the runway, possibly a panel
        06:52:48 [[flight_number:Kestrel 412]]: {{PAN PAN}} x3, [[flight_number:Kestrel 412]], request vectors back for {{runway}} 27
        07:04:31 [[flight_number:Kestrel 412]]: landed, vacating, request {{fire service}} to inspect left engine

        Engineering debrief ([[name:Gurpreet Sandhu]], {{Base Maintenance Manager}}):
        Both left {{fan cowl doors}} were lost. The night shift had opened them for an {{IDG}} oil
        check. The engineer closed them but did not latch them before going to another job; the
        {{B1}} signing the {{CRS}} assumed they had been latched. The latches are at the bottom of the
        nacelle and {{the captain}}'s {{walkround}} did not see them.

        {{MOR}} filed to {{the CAA}}. Actions: {{latch flags}} check added to the task card and a
        "hands on every latch" step at {{the ramp}} before the aircraft is released.
    """)),
    # 2
    ("aviation", "incident", prose("""
        handover nts [[date:thurs 9/1]] - hangar 2. towed [[aircraft_registration:G-KXEF]] in about
        0320 for the {{A-check}}, me driving the {{tug}}, [[name:wes]] and [[name:bex]] wing walking,
        [[name:jonno]] on the tail. right wingtip clipped the {{hangar door}} runner, {{nav light}}
        lens cracked + scuff on the {{winglet}}. [[name:bex]] did shout but i couldnt hear her over the
        {{APU}} on the aircraft next door, and the {{headsets}} were all on charge. we'd only got 3
        of us when {{the tow procedure}} says 4 for the hangar + a {{marshaller}}. stopped, {{ADD}}
        raised, structures to look at it dayshift, {{Q-Pulse}} report done.
        honestly we were rushing cos the hangar slot was booked at 0330. not blaming anyone, it was
        me driving. - [[name:Kwame]]
    """)),
    # 3
    ("aviation", "incident", block("""
        OCCURRENCE REPORT (internal) - [[organisation:Kestrel Air Engineering]]
        Report no: [[case_reference:KAE-OR-24-0316]]
        Aircraft: [[aircraft_registration:G-KXAB]]   Type: A321neo
        Date found: [[date:02/04/2024]]   Station: line maintenance, night shift
        Reporter: [[name:Tomasz Kowalczyk]], {{B1}} licence [[case_reference:UK.66.7734219]]

        Description:
        During a {{brake wear}} check on {{main wheel}} 3 I found that the {{brake unit}} fitted on
        [[date:29/03/2024]] was a different {{part number}} suffix from the one allowed by the
        {{IPC}} for this aircraft's mod standard. The aircraft had flown eleven sectors with it,
        including [[flight_number:KX2217]] and [[flight_number:KX2218]].

        Cause found so far: the unit was issued from stores against an {{alternate part}} list that
        had been superseded. The fitting engineer checked the number on the box against the
        {{work order}}, which had the same wrong number.

        Actions: aircraft grounded, correct unit fitted, {{MOR}} to {{the CAA}}, stores
        {{alternate part}} list quarantined pending {{Quality}} review.
    """)),
    # 4
    ("aviation", "incident", prose("""
        Human factors review of a missed {{duplicate inspection}}. On the fourth of four night shifts,
        licensed engineer [[name:Hamish Buchanan]] reconnected the {{elevator}} control rod on
        [[aircraft_registration:G-KXJM]] after a bearing change. The task needed an {{independent
        inspection}} by a second certifying engineer. At 05:40, with the aircraft due off stand at
        06:15 for [[flight_number:KX108]], he signed both stages of the task card believing that
        his colleague, [[name:Priti Desai]], had already done the inspection; she had been called
        to an {{AOG}} on another stand. The aircraft flew two sectors before the day shift's
        {{records review}} spotted one signature. The control rod was found correctly fitted. Both
        engineers were open and honest. The review found {{fatigue}} ([[name:Hamish]] had slept four hours),
        only two {{B1s}} on shift, and {{commercial pressure}}. Actions: roster change to a maximum
        of three consecutive nights, a "yellow tag" on the controls until the second inspection is
        signed, and {{FRMS}} reporting encouraged.
    """)),
    # 5
    ("aviation", "incident", block("""
        From: [[name:Aoife Brennan]] <[[email:aoife.brennan@skylinetech.ie]]>
        Sent: [[date:11 November 2024]] 02:17
        To: {{MCC}} [[organisation:Kestrel Air]] <[[email:mcc@kestrelair.co.uk]]>
        Subject: {{FOD}} found - [[aircraft_registration:G-KXBA]] / [[flight_number:KX561]]

        Hi,

        On the turnaround in Dublin our mechanic found a torch wedged in the left {{main wheel well}}
        of [[aircraft_registration:G-KXBA]], next to the {{hydraulic}} lines. It is a yellow work torch
        etched "KAE H3-14". Photos attached. Aircraft was inspected, no damage. Released at 02:05.

        Regards,
        [[name:Aoife Brennan]]
        {{Line Maintenance}} Shift Lead, [[organisation:Skyline Technics]]
        [[phone:+353 1 555 0192]]

        -----
        Reply from [[name:Ibrahim Yusuf]] ({{Tool Control}}): thanks [[name:Aoife]]. The torch is from
        shadow board 14 in hangar 3. The night shift did a {{wheel change}} there and the board was
        signed as complete at shift end. We are doing a {{tool control}} audit and will share the
        findings.
    """)),
    # 6
    ("aviation", "incident", block("""
        Minutes - incident review, fuel spill during defuel
        [[date:06/06/2025]], Hangar 1 meeting room
        Attendees: [[name:Nnamdi Eze]] ({{Safety Manager}}), [[name:Claire Rutherford]] ({{Quality}}),
        [[name:Lewis "Lew" Petrie]] (shift lead), [[name:Rajesh Balasubramanian]] ({{Fuel}} contractor),
        [[name:Shona Mackenzie]] ({{Airport Fire Service}})

        Summary: during a {{defuel}} of [[aircraft_registration:G-KXEF]] for a {{fuel tank entry}},
        the {{bowser}} coupling parted and about 60 litres of {{Jet A-1}} ran onto the hangar floor.
        {{Spill kit}} used, fire service attended, nobody hurt.

        Discussion: [[name:Lew]] said the defuel had to be done inside because of wind; the
        procedure says outside unless approved. Nobody had approved it. The coupling seal was past
        its change date on the contractor's record.

        Actions:
        1. Indoor defuel needs written approval by the {{duty engineering manager}} ([[name:NE]])
        2. Contractor to send seal records monthly ([[name:RB]])
        3. Lessons learned briefing at every shift start for two weeks ([[name:LP]])
    """)),
    # 7
    ("aviation", "near_miss", block("""
        {{WhatsApp}} - night shift line team - [[date:14/12/2024]]

        01:12 [[name:Siobhán]]: ground run on [[aircraft_registration:G-KXCD]] at the {{run-up bay}} in 10 mins, keep clear
        01:24 [[name:Callum]]: STOP STOP. van just drove behind the left engine
        01:24 [[name:Callum]]: white transit [[vehicle_registration:BK63 TUV]] heading to the cargo shed
        01:25 [[name:Siobhán]]: we were at idle, throttled back. is he ok
        01:27 [[name:Callum]]: yeh he didnt even notice. stopped him, hes agency ([[name:Darius Moldovan]], NI [[ni_number:SH 20 77 41 D]] per the timesheet), didnt know the {{run-up bay}} was live
        01:40 [[name:Siobhán]]: logged it. no {{beacon}} on the cones either, [[name:Li Wei]] will sort

        Follow-up by [[name:Siobhán O'Rourke]] ({{Licensed Engineer}}): the {{anti-collision beacon}} was
        on but from behind the aircraft the van driver could not see it and the {{jet blast}} danger
        area had no barrier. {{Airside driving permit}} training for agency drivers does not include the
        run-up bay. Raised with the airport's {{Airside Operations}}.
    """)),
    # 8
    ("aviation", "near_miss", block("""
        Night shift log - line maintenance, [[date:Sat 22 Feb 2025]]
        Shift lead: [[name:Andreea Popescu]]

        22:00 brief, 6 engineers, 4 aircraft on plan
        23:15 [[aircraft_registration:G-KXAB]] in, tech log: {{pack}} 2 fault on last sector
        23:50 [[name:Wes Harding]] defers {{pack}} 2 under {{MEL}} 21-52-01, {{ADD}} raised
        00:20 I check the {{ADD}} on the system: it has been raised against [[aircraft_registration:G-KXBA]], not [[aircraft_registration:G-KXAB]]
        00:25 [[aircraft_registration:G-KXBA]] already has an open {{MEL}} item; with a second one it would have been outside its dispatch limits if the error had been missed the other way
        00:40 [[name:Wes Harding]] corrects the record, paper {{tech log}} checked, both regs right now
        01:00 phoned {{MCC}} so the morning crew see the right status

        Learning: the reg drop-down puts [[aircraft_registration:G-KXAB]] and [[aircraft_registration:G-KXBA]]
        next to each other. Asked {{IT}} to show the fleet number too. [[name:Wes]] said he was on his
        12th hour. Not a blame thing.
    """)),
    # 9
    ("aviation", "near_miss", block("""
        NEAR MISS REPORT
        Ref: [[case_reference:KAE-NM-0741]]
        Date: [[date:17/10/2024]]  Time: 03:35
        Where: Hangar 3, [[aircraft_registration:G-KXJM]]
        Reported by: [[name:Oluwadamilare "Dami" Coker]], {{mechanic}}

        What happened: I was in the {{nose wheel well}} changing a {{proximity sensor}}. Another
        team started the {{electric hydraulic pump}} for a {{flap}} test without checking. The
        {{nose gear doors}} moved about 10cm before I shouted and they stopped.

        Why: no {{warning notice}} on the {{flight deck}} and no {{DO NOT OPERATE}} tag on the pump
        switch. The other team had been briefed by a different supervisor.

        What could have happened: crush injury.

        Suggested fix: a single board at the aircraft showing every person working in a
        {{danger area}}, and a lock on the hydraulic pump switch for anyone in a wheel well.
    """)),
    # 10
    ("aviation", "near_miss", block("""
        {{Teams}} - Stores / Hangar 2 - [[date:08/05/2025]]

        [23:05] [[name:Ravi Chaudhry]]: [[name:Marek]] the {{sealant}} you issued for the {{fuel tank}} job, batch label says use by [[date:30/04/2025]]
        [23:07] [[name:Marek Dvořák]]: checking. ugh. system says 30/10 - someone typed the date wrong on goods in
        [23:08] [[name:Ravi Chaudhry]]: ok not opened it. can u send a good one
        [23:15] [[name:Marek Dvořák]]: on its way. quarantining the rest of that batch
        [23:40] [[name:Ravi Chaudhry]]: cheers mate

        Note for {{Quality}}: out-of-date {{sealant}} in a {{fuel tank}} can fail to cure and cause
        leaks. The {{B1}} caught it by reading the label rather than trusting the issue slip. Goods
        inwards to do a second-person check of {{shelf life}} dates from {{Monday}}.
    """)),
    # 11
    ("aviation", "success", block("""
        🌟 Well done, [[name:Ellis]]!

        On {{Tuesday}} night's {{walkround}} of [[aircraft_registration:G-KXEF]] our second-year apprentice
        [[name:Ellis Nakamura-Reid]] spotted a small dent on the leading edge of a {{fan blade}} on
        engine 2 that was not in the tech log. He got [[name:Jaz]] to look, they did a
        {{borescope}} inspection and found {{bird strike}} damage outside {{AMM}} limits on two blades.
        The aircraft was pulled from [[flight_number:KX330]] and the engine was changed.

        The crew had not reported a bird strike. Without [[name:Ellis]] taking the time at 4am,
        this would have flown.

        Thanks also to {{MCC}} and {{Ops}} for swapping the aircraft without complaint.
        [[name:Sade]] - {{Line Maintenance Manager}}
    """)),
    # 12
    ("aviation", "success", block("""
        From: [[name:Duncan Forsyth]] <[[email:d.forsyth@kestrelair.co.uk]]>
        Date: [[date:Sunday 19 January 2025]]
        To: [[name:Bilal Siddiqui]]; [[name:Joanne "Jo" Mwangi]]
        Subject: Thank you - Alicante recovery

        [[name:Bilal]], [[name:Jo]],

        I was {{the captain}} on [[flight_number:KX7731]] on {{Friday}} when [[aircraft_registration:G-KXCD]] went {{AOG}}
        in Alicante with a {{bleed}} fault. You flew out on the first flight
        ([[flight_number:KX7733]]), found a failed {{pressure regulating valve}}, changed it and did
        the {{leak check}} in 30-degree heat, and had us away in under seven hours. You kept
        {{the crew}} and {{the handling agent}} updated every hour and your paperwork was spotless.

        Everyone on board got home that night because of you.

        [[name:Duncan]]
        [[phone:+44 7700 900418]]
    """)),
    # 13
    ("aviation", "success", block("""
        DEBRIEF - night shift, [[organisation:Kestrel Air Engineering]] Hangar 2, [[date:13/03/2025]]
        Facilitator: [[name:Kirsty-Ann Boyle]]

        Situation: the {{C-check}} plan had [[aircraft_registration:G-KXJM]] {{landing gear}} swing due by 06:00.
        At 02:30 the team found the work pack referenced an old {{AMM}} revision.

        What went well:
        - [[name:Chinedu]] called a stop rather than work from memory
        - [[name:DJ]] (planner on call) answered in 5 minutes and re-issued the pack
        - the handover to days was done face to face at the aircraft, not just on the sheet
        - {{the Duty Engineering Manager}} accepted the 4-hour delay without pushback

        {{Dirty Dozen}} factors we avoided: {{pressure}}, {{norms}}, {{complacency}}.

        Learning: a stop is a good outcome. Shared at the {{Human Factors}} continuation training.
    """)),
    # 14
    ("aviation", "success", block("""
        SHIFT HANDOVER - line nights -> days   [[date:25/07/2024]]
        Out: [[name:R. Mahmood]]   In: [[name:G. Thorne]]

        REG      | TASK                            | STATUS
        [[aircraft_registration:G-KXAB]]   | {{wheel change}} #2                 | complete, {{CRS}} signed
        [[aircraft_registration:G-KXBA]]   | {{oil}} uplift eng 1              | complete
        [[aircraft_registration:G-KXEF]]   | {{pitot probe}} heater change   | OPEN - connector not torqued, cover off, tagged
        [[aircraft_registration:G-KXCD]]   | cabin {{PSU}} lamp               | deferred {{ADD}}

        Comment from {{day shift}}: the OPEN entry on [[aircraft_registration:G-KXEF]] was exactly what
        stopped it going out on [[flight_number:KX201]]. [[name:Rashid]] wrote the task as open on the
        sheet AND hung a {{red tag}} on the probe AND told [[name:Gavin]] at the aircraft. Three layers.
        This is the handover standard we want. Thanks both.
    """)),
    # 15
    ("aviation", "success", prose("""
        Good catch story for the {{safety bulletin}}. On a quiet {{night shift}} at {{the line station}},
        {{first-year apprentice}} [[name:Amara Okoro]] was shadowing {{B1}} engineer [[name:Stuart Hay]] on a
        {{brake}} change on [[aircraft_registration:G-KXBA]]. After the final check she asked, quietly,
        why one of the bolts on the {{torque plate}} had no {{locking wire}} when the others did.
        [[name:Stuart]] said afterwards that he nearly told her it was fine, then looked: the wire had
        been missed when the first engineer was called away. He fitted it, thanked her in front of
        the team, and reported it himself. [[name:Amara]] said she had only spoken up because on
        her first day {{the shift lead}} told the apprentices "if you see it, say it, nobody here will
        laugh at you". Culture is what people do at 3am when nobody senior is watching.
    """)),
    # 16
    ("aviation", "success", block("""
        {{Safety Action Group}} - minutes (extract)
        [[date:Wednesday 30 April 2025]]
        Present: [[name:Nnamdi Eze]] (chair), [[name:Claire Rutherford]], [[name:Ibrahim Yusuf]], [[name:Patrick "Paddy" Doyle]],
        [[name:Mei Ling Tan]], [[name:Grzegorz Lis]]

        Item 4 - tool control six months on
        [[name:Ibrahim Yusuf]] reported that since the {{RFID}} tool cabinets went live in hangars 2
        and 3 there have been no tools left on aircraft, against four in the six months before,
        including the torch found on [[aircraft_registration:G-KXBA]] in Dublin. Tools not returned
        by shift end now block the shift lead's sign-off on the {{tool control}} system. Night shift
        engineers said the scanners were slow at first; {{IT}} fixed it in week two.

        Decision: roll out to the line station. [[name:Mei Ling]] to report to the {{Accountable Manager}}
        and share the result with {{the CAA}} surveyor at the next {{Part-145}} audit.
    """)),
]

if __name__ == "__main__":
    write_records(OUT, build_records("blind160", REPORTS))
