"""Held-out blind corpus 260: UK incident, near-miss and learning reports, written blind.

Fifty reports as front-line practitioners type them into a confidential reporting system,
written without sight of the de-identifier or of any other corpus:

* social_care (17): a youth homelessness prevention and supported lodgings service - hosts,
  16-17 year olds, joint housing assessments with district housing teams, family mediation.
* health (17): a community children's nursing team - home IV antibiotics, gastrostomy care,
  home oxygen, school nurses and special schools.
* aviation (16): a flight simulator training centre for airline pilots - type rating
  instructors and examiners, sim engineers, checkrides and recurrent training.

Styles are deliberately mixed: rushed lower-case notes with typos and txt-speak, formal
narratives, timed chronologies, forms with Name/DOB/Ref/Address fields, e-mails with headers
and signatures, Teams/WhatsApp/Slack exports with handles, handover notes, minutes with
attendance and apologies, pipe-separated and aligned tables, RT transcripts, shout-outs and
thank-you notes. Every person, organisation, place and number is invented.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from markup import block, build_records, write_records  # noqa: E402
from markup import flow as prose  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "corpus" / "heldout_blind260.jsonl"

REPORTS = [
    # ------------------------------------------------------------------ social_care
    ("social_care", "incident", prose("""
        late entry. fri nite [[name:kayden]] ([[age:16yo]]) turned up at hosts door {{11.40pm}}
        drunk, {{host}} [[name:bev]] didnt let him in as per the {{house agreement}} & rang
        {{OOH}}. {{out of hours}} said ring {{police}} on {{101}} if not back by 1am. he came
        back 12.50 w a mate, mate sent away. [[name:kayden]] slept ok in the end. [[name:bev]]
        v upset tho, says she cant keep doing this every wknd. need a {{placement stability
        meeting}} asap, pls can {{lodgings coordinator}} call her on [[phone:07700 900318]].
        also hes missed {{Housing Options}} appt again. ref [[case_reference:SL-0442]]. - [[name:dee]]
    """)),
    ("social_care", "near_miss", block("""
        NEAR MISS FORM - {{Supported Lodgings}}
        Young person: [[name:Amani Tesfaye]]
        DOB: [[date_of_birth:02/11/2007]]
        Ref: [[case_reference:YHP/24/1187]]
        Host address: [[address:Flat 3, 27 Orchard Row, Castlebridge]] [[postcode:CB4 7LR]]
        Date of event: [[date:14/03/24]]
        What happened: Referral pack posted to new {{host}} ([[name:Grace Mbeki]]) contained the
        previous {{YP}}'s {{risk assessment}} as well as [[name:Amani]]'s. [[name:Grace]] noticed
        before reading it properly, rang me straight away and handed it back at the office. No
        {{data breach}} in the end as it went no further, but {{IG}} team informed.
        Learning: {{checklist}} before packs go out, two-person check, no more posting.
        Reported by: [[name:Tomasz Wierzbicki]], {{Supported Lodgings Officer}}
    """)),
    ("social_care", "incident", prose("""
        On [[date:9 April]] [[name:Jaydon Okafor-Reid]] ([[age:17]]) presented at the
        {{Housing Options}} desk at [[organisation:Millbrook District Council]] after being
        asked to leave by his stepdad. The {{housing officer}} booked him into a {{B&B}} for two
        nights without contacting our service or {{Children's Services}}, so no {{joint housing
        assessment}} took place. This is contrary to the joint protocol and to the {{Southwark
        Judgment}}. I only found out when [[name:Jaydon]] texted me from the B&B on the
        {{Thursday}}. {{Duty social worker}} [[name:Hope Adekunle]] and I completed the
        assessment the following day and he moved to an emergency {{supported lodgings}}
        placement with [[name:Faith]] and [[name:Ray Dunmore]]. I have raised the breach with the
        Housing team manager, Mr [[name:Castellanos]], and asked for a refresher for front desk
        staff. [[name:Lorraine Achterberg]], {{Youth Homelessness Prevention Worker}}
    """)),
    ("social_care", "success", block("""
        SHOUT-OUT 🌟
        Massive thank you to [[name:Sunny]] and [[name:Mark]], our {{hosts}} since {{January}},
        who have been amazing with [[name:Lily-Mae]]. She has just passed her {{Level 2}} at
        [[organisation:Castlebridge College]] and starts her first job next week!!
        [[name:Mark]] taught her to cook on a budget and [[name:Sunny]] drove her to {{CAMHS}}
        every fortnight without fail, even in the snow. [[name:Lily-Mae]] told her {{PA}}
        "they never gave up on me". She moves on to a {{move-on flat}} with
        [[organisation:Harbourside Housing Association]] next month.
        From [[name:Joy]] & all the {{Supported Lodgings}} team xx
    """)),
    ("social_care", "near_miss", block("""
        [Teams chat - Prevention Hub]
        [10:02] [[name:Priya Venkataraman]]: is the {{mediation}} with the [[name:Hussain]] family still on for {{2pm}}?
        [10:04] [[name:Callum Rees]]: yes, {{mum}} + [[name:Zara]] + {{dad}} at the {{Family Hub}}
        [10:05] [[name:Priya Venkataraman]]: wait, dad?? theres a {{non-molestation order}} from last month
        [10:05] [[name:Priya Venkataraman]]: its on the {{chronology}} on {{Mosaic}}, [[case_reference:MOS-7730214]]
        [10:07] [[name:Callum Rees]]: omg it wasnt on the referral form. cancelling dad, will do mum and [[name:Zara]] only
        [10:09] [[name:Beatriz]]: good catch both. [[name:Callum]] can you log it on the near miss tracker pls
        [10:11] [[name:Callum Rees]]: 👍 done, [[case_reference:NM-24-061]]
    """)),
    ("social_care", "incident", block("""
        Chronology - {{missing}} episode
        YP: [[name:Ellie-Rose Mackintosh]] ([[age:16]]), placement ref [[case_reference:SL-0398]]
        [[date:Sat 20th]]
        19:30 {{host}} [[name:Dawn]] notes [[name:Ellie]] not back from college friend's
        21:00 [[name:Dawn]] texts/calls, no answer. Rings {{EDT}}
        21:40 EDT advise report missing to {{police}}, log [[case_reference:CB-20240420-0871]]
        23:15 [[name:Ellie]] seen on social media at the {{retail park}} with older males
        00:50 police return her to placement, says she was at [[address:41 Tennyson Close]]
        01:10 [[name:Dawn]] notes smell of cannabis, [[name:Ellie]] tearful, went to bed
        [[date:Sun 21st]]
        11:00 {{return home interview}} booked with [[organisation:Safe Steps Castlebridge]]
        Concerns re {{CSE}}. {{MASH}} referral to be made by me {{Monday}}.
        - [[name:R. Okonjo]], on-call {{PA}}
    """)),
    ("social_care", "success", block("""
        Supported Lodgings Host Panel - minutes
        Date: [[date:16 May 2024]]
        Present: [[name:Siobhán Ní Bhriain]] (Chair), [[name:Will Ashworth]] ({{IRO}}),
        [[name:Keisha Barnett-Lowe]] ({{Panel Adviser}}), [[name:Amber]] ({{care experienced}} panel member)
        Apologies: Dr [[name:Ferhat Yıldız]] ({{Medical Adviser}})

        1. Approval - [[name:Ruth]] and [[name:Gareth Pugh]], [[address:8 Mill Lane, Pennywell]]
        [[name:Keisha]] presented the assessment. {{DBS}} clear, strong references.
        [[name:Amber]] asked how they would handle a young person coming in late;
        [[name:Gareth]]'s answer was excellent. Recommendation: approve, one placement.
        2. Learning: first panel with a {{care experienced}} member, applicants said it put them at ease.
        Action: [[name:SNB]] to write to applicants by {{Friday}}.
    """)),
    ("social_care", "incident", block("""
        From: [[name:Nadia Haddad]] <[[email:nadia.haddad@millbrook-dc.gov.uk]]>
        To: {{Lodgings Team}} <[[email:lodgings@castlebridge.gov.uk]]>
        Sent: [[date:Wednesday 5 June 2024]] 16:47
        Subject: RE: [[name:Kwame]] - {{host allowance}} paid to wrong host

        Hi all,
        Confirming what happened: the allowance for [[name:Kwame Asante]]'s placement went to
        [[name:Phil Fairbrother]] instead of [[name:Patricia Fairweather]] for six weeks,
        because the {{finance system}} matched on first initial and the first four letters of the surname.
        [[name:Pat]] had no allowance for two weeks and [[name:Kwame]] used the {{foodbank}}.
        Mr [[name:Fairbrother]] has agreed to repay. A manual check is now in place.

        Regards,
        [[name:Nadia]]
        [[name:Nadia Haddad]] | {{Finance Business Partner}} | [[organisation:Millbrook District Council]]
        [[phone:01632 960447]]
    """)),
    ("social_care", "near_miss", block("""
        Handover - {{on call}} weekend -> Mon
        - [[name:Darius]] ([[age:17]]): host [[name:Ivy Chen-Holloway]] says he's been started on
          {{sertraline}} by the {{GP}} at [[organisation:Fenwick Road Surgery]], nobody told us.
          [[name:Ivy]] nearly gave him a 2nd dose Sat am bc the blister pack + a loose strip were
          both in the kitchen. She checked with him first, no harm. {{medication agreement}} needs updating.
        - [[name:Tiegan]]: quiet wknd. {{Universal Credit}} still not paid, chase {{DWP}} Mon.
        - [[name:Nguyen Van Minh]] ("[[name:Minnie]]"): settled, {{ESOL}} class {{Tues}}.
        - New referral via {{MASH}}, [[age:16yo]] female sofa surfing, {{JHA}} booked Tues 10am w/ Housing.
        Handed over by [[name:JB]] to [[name:Hollie]]
    """)),
    ("social_care", "incident", block("""
        WhatsApp export - Hosts group (admin [[name:Rhiannon]])
        [[date:22/06/2024]], 23:14 - [[name:Grace Oduya]]: hi sorry late is anyone on call? [[name:Mo]] has locked himself in the bathroom after a row on the phone with his {{mum}}. I can hear crying
        23:15 - [[name:Grace Oduya]]: he's not answering me
        23:17 - [[name:Rhiannon]]: [[name:Grace]] pls ring the {{on call}} number [[phone:07700 900552]] not this group 🙏 I'll ring them too
        23:31 - [[name:Grace Oduya]]: on call rang back, said ring {{999}} if worried about {{self harm}}. he's come out now, talking
        23:58 - [[name:Hope]]: 💕 thinking of you
        Worker note: [[name:Mo]]'s name and situation were shared with 40+ hosts. Group rules
        re-sent, {{IG}} informed, his {{social worker}} told. - [[name:K Adeyemi]]
    """)),
    ("social_care", "success", prose("""
        Following three {{mediation}} sessions with [[name:Yusuf Rahimi]] ([[age:16]]) and his
        father, Mr [[name:Rahimi]], [[name:Yusuf]] returned home on [[date:1 July]] after ten
        nights of {{respite}} with host [[name:Frank]]. What made the difference: the family
        chose their own {{Dari}} interpreter, sessions were held in a community room they picked
        rather than at the {{Civic Centre}}, and our mediator, [[name:Inés García-Lorca]], agreed
        ground rules about phone use and curfew that both could live with. The {{school}}
        {{DSL}} joined the second session. A {{Family Group Conference}} is booked as a safety
        net and [[name:Frank]] has offered {{short breaks}} if things get tense again. Learning
        for the team: ask families early where and with whom they want to meet. Case ref
        [[case_reference:YHP/24/0911]].
    """)),
    ("social_care", "near_miss", block("""
        {{DBS}} / {{safer recruitment}} audit - hosts, {{Q2}}
        Host                 | Ref                          | DBS issued              | Renewal due             | Status
        [[name:A. Kowalczyk]]        | [[case_reference:H-101]] | [[date:03/05/2021]] | [[date:03/05/2024]] | OVERDUE
        [[name:Tunde Bello]]          | [[case_reference:H-108]] | [[date:19/09/2022]] | [[date:19/09/2025]] | ok
        [[name:Faith Mwangi]]        | [[case_reference:H-114]] | [[date:07/01/2023]] | [[date:07/01/2026]] | ok
        [[name:Cliff Ormerod]]       | [[case_reference:H-120]] | [[date:28/02/2024]] | [[date:28/02/2027]] | ok
        Near miss: the [[name:Kowalczyk]] household was about to be offered an {{emergency placement}}
        on [[date:12 May]]; [[name:Agnieszka]] in {{Business Support}} spotted the lapse. Placement
        went to [[name:Cliff]] instead. {{DBS Update Service}} checks now monthly.
    """)),
    ("social_care", "incident", prose("""
        joint visit w housing cancelled AGAIN as {{housing officer}} off sick, 3rd time for
        [[name:precious]]. she is [[age:17 and 10 months]] now so if we dont get the {{JHA}} done
        soon its the adult {{homelessness}} route & no {{s20}}. told {{TM}}. her mum Mrs
        [[name:Oyelowo]] rang me shouting that [[name:precious]] cant come back, ever. emergency
        bed w host [[name:summer]] til fri. pls someone escalate to [[name:bill k]] in housing, his
        email is [[email:bill.kershaw@millbrook-dc.gov.uk]]. [[name:precious]]'s dob
        [[date_of_birth:14/08/2006]]. {{Early Help}} closed in {{March}} btw.
    """)),
    ("social_care", "near_miss", prose("""
        At 15:20 on [[date:Thursday 11 July]] a man came to {{reception}} at
        [[organisation:Castlebridge Civic Centre]] asking for the address of [[name:Ayesha
        Siddiqui]], saying he was her uncle and had a birthday present. The receptionist,
        [[name:Gabriel]], found [[name:Ayesha]] on the system with her placement address
        ([[address:19 Larkspur Way, Castlebridge]] [[postcode:CB6 2RD]]) showing on screen. He
        did not disclose it and phoned our {{duty line}} instead. [[name:Ayesha]]'s {{safety
        plan}} names her uncle as a risk. The man left before {{police}} arrived; {{CCTV}}
        captured a grey hatchback, [[vehicle_registration:YD68 WTA]]. Learning: placement
        addresses for {{16/17}} year olds should be restricted on the reception screen.
        [[name:Gabriel]]'s actions were exemplary. Reported by [[name:Marguerite Osei-Bonsu]],
        {{Team Manager}}.
    """)),
    ("social_care", "success", block("""
        hiya [[name:joy]] its [[name:Tay]] 😊 just wanted to say thank u for everything.
        when i came to u at [[age:16]] i was sleeping in [[name:Marcus]]'s car and now ive got my own
        flat thru [[organisation:Harbourside Housing Association]] and started my apprenticeship
        at [[organisation:Pennine Rail Services]]!! tell auntie [[name:Bev]] i still make her lasagne lol
        [[name:Tay]] x

        Shared with permission. [[name:Tay]] came to {{supported lodgings}} after a {{joint housing
        assessment}} and stayed two years with [[name:Bev]] under {{Staying Close}}.
        Now a {{care leaver}} with a {{PA}}. - [[name:Joy]]
    """)),
    ("social_care", "incident", block("""
        INCIDENT REPORT
        Service: {{Supported Lodgings}}
        Incident ref: [[case_reference:IR-2024-0563]]
        Young person: [[name:Liam O'Driscoll]]     DOB: [[date_of_birth:29.01.2008]]
        NI no: [[ni_number:JT 48 21 93 C]]
        Host: [[name:Dafydd ap Rhys]], [[address:2 Chapel Terrace, Llanfair Road, Castlebridge]]
        Date/time: [[date:03/08/24]] approx 14:00
        Type: {{financial abuse}} / {{exploitation}}
        Description: [[name:Liam]] told his {{PA}}, [[name:Olamide]], that an older lad from
        {{college}} had his bank card and was moving money through his account ({{money mule}}).
        [[name:Dafydd]] had noticed parcels arriving. Bank ([[organisation:Thornbury Building Society]])
        contacted and account frozen. {{Police}} log [[case_reference:CB-0308-1177]].
        {{Strategy meeting}} requested via {{MASH}}.
        Completed by: [[name:Olamide Bankole]]
    """)),
    ("social_care", "success", block("""
        #prevention-wins
        [[name:hana.k]]  11:42
        small win 🎉 {{mediation}} between [[name:Mehmet]] ([[age:16]]) and his nan landed - she's
        agreed he stays while we sort longer term. First time we've had {{Early Help}}, our
        mediator and the school {{DSL}} in one room. [[name:Mehmet]]'s DSL at
        [[organisation:Riverside Academy]], Ms [[name:Akhtar]], was brilliant - she sorted a
        quiet room and {{free school meals}} on the spot
        [[name:jono]]  11:45
        🙌 nice one
        [[name:Faith.O]]  11:51
        brilliant, sharing this at {{team meeting}} {{Thurs}}. no {{B&B}}, no {{s20}} 👏
    """)),
    # ------------------------------------------------------------------ health
    ("health", "incident", prose("""
        On [[date:14 February]] I visited [[name:Oliwia Nowak]] ([[age:aged 9]], NHS
        [[nhs_number:401 023 2188]]) at home for her second dose of IV {{ceftriaxone}} via her
        {{PICC}}. The {{OPAT}} chart from [[organisation:Kingsmere Children's Hospital]] had been
        written using a weight of 42 kg from an admission last year; her weight on the day was
        31 kg. The first home dose, given the evening before by a colleague, was therefore
        higher than intended, although below the {{maximum daily dose}}. I withheld the dose and
        rang the {{registrar}} on call, Dr [[name:Oyinlola]], who rewrote the chart. No harm to
        [[name:Oliwia]]; her {{mum}} was told the same day under {{duty of candour}}. Learning:
        weigh at discharge and at the first home visit, and check the chart weight against the
        {{red book}}. {{Datix}} [[case_reference:W52190]]. [[name:Sian Pritchard]], {{CCN}}
        {{Band 6}}
    """)),
    ("health", "near_miss", prose("""
        quick one - at [[organisation:Oakfield Special School]] today the {{TA}} was about to
        give [[name:reuben]]s {{calpol}} via his {{mic-key}} in a {{luer}} syringe as the purple
        {{ENFit}} ones had run out. {{school nurse}} [[name:Fatou]] saw and stopped her, no harm,
        dose given properly 10 mins later. [[name:reuben]] fine. cud have gone v wrong if a
        {{PICC}} kid was in the same class. school dont have a stock check. pls can someone ring
        the {{SENCO}} re ordering + add to next {{training}} day. [[name:cat]] ({{ccn}})
    """)),
    ("health", "incident", block("""
        From: [[name:Hamid Rezaei]] <[[email:h.rezaei@kingsmere-chc.nhs.uk]]>
        To: {{Home Oxygen}} Lead
        Date: [[date:Mon 8 January 2024]] 09:12
        Subject: Concentrator failure overnight - [[name:Maisie Tran]], [[case_reference:K4480917]]

        Morning [[name:Jo]],
        [[name:Maisie]] (a [[age:7-month-old]] with {{BPD}}, on 0.5 L/min {{low-flow oxygen}}): her
        parents woke at 03:00 to the {{sats}} alarm reading 82% on the {{pulse oximeter}}. The
        {{concentrator}} had stopped but its own alarm never sounded. Dad switched to the
        {{backup cylinder}} and sats recovered. [[organisation:Airwell Homecare]] didn't attend
        until 09:40. Family live at [[address:Flat 12, Kestrel House, Wyvern Street, Wexcombe]],
        third floor, no lift, so carrying cylinders is hard.
        I've asked for a second backup cylinder on the {{HOOF}} and reported the device fault
        on {{Yellow Card}}.

        [[name:Hamid]]
        [[name:Hamid Rezaei]] | {{Advanced Nurse Practitioner}} | [[organisation:Wexcombe CCN Team]]
        [[phone:01632 960118]]
    """)),
    ("health", "success", prose("""
        SHOUT OUT 👏 to [[name:Precious]] and [[name:Ngozi Eze]] in the {{CCN}} team for the way
        they taught [[name:Kofi]]'s dad to flush and change the bung on his {{Hickman line}}.
        Dad has {{dyslexia}} and was really anxious; they made a picture-based step guide, did
        three supervised sessions and a {{competency sign-off}} on the {{Saturday}}.
        [[name:Kofi]] ([[age:aged 4]]) went home from [[organisation:Barrow Ward]] five days
        earlier than planned and has had no {{line infection}}. The picture guide is now going on
        the {{intranet}} for other families. Thank you both - Dr [[name:Lindqvist]],
        {{consultant}}, [[organisation:Kingsmere Children's Hospital]]
    """)),
    ("health", "near_miss", block("""
        Home IV {{teicoplanin}} - delivery near miss
        Pt: [[name:Alfie Maguire]], NHS [[nhs_number:715 260 8393]]
        [[date:Tues 4th]]
        08:50 arrived at [[name:Alfie]]'s for IV dose. {{Mum}} showed me the box that came yesterday
        08:55 label on box reads [[name:Kian Doherty]], different DOB, {{vancomycin}} not teicoplanin
        09:00 checked fridge - [[name:Alfie]]'s own supply never delivered
        09:10 rang [[organisation:HomeMeds Logistics]], driver had swapped two drops on the same street
        09:40 {{pharmacy}} at [[organisation:Kingsmere Children's Hospital]] sent emergency supply by taxi
        11:15 dose given 2 hrs late, {{consultant}} aware, no harm
        12:00 [[name:Kian]]'s family rang - they had [[name:Alfie]]'s box, unopened
        Learning: families to check the name on the box on receipt; supplier to photograph label at drop.
        [[name:Ewa S]], {{CCN}}
    """)),
    ("health", "incident", block("""
        CCN INCIDENT FORM
        Patient: [[name:Zsófia Kovács]]          Hosp no: [[case_reference:K4471203]]
        NHS no: [[nhs_number:628 319 4052]]       DOB: [[date_of_birth:07/06/2012]]
        Address: [[address:56 Beacon Road, Wexcombe]] [[postcode:WX3 9PL]]
        School: [[organisation:Hollybrook Special School]]
        Date: [[date:21/11/23]]   Time: 13:05
        Category: {{enteral feeding}} / {{device}}
        What happened: [[name:Zsófia]]'s 14Fr {{balloon gastrostomy}} came out during {{PE}}. The
        spare tube and {{stoma}} kit were not in her school bag (left at home after the weekend).
        Staff covered the stoma as per plan but by the time {{mum}} brought the kit 70 mins later
        it would not go in. Taken to {{A&E}}, stoma dilated and tube replaced under {{sedation}}.
        Harm: low.
        Actions: spare kit to stay in school; {{school nurse}} to check weekly.
        Reporter: [[name:Bogdan Ionescu]], {{CCN}}
    """)),
    ("health", "success", block("""
        CCN Team Meeting - Learning from Excellence
        [[date:Thursday 7 March]], {{Room 4}}
        Attendees: [[name:Hope Ramírez]] (chair), [[name:Dev Chaudhary]], [[name:Mariam]],
        [[name:Ruairí Ó Conghaile]], [[name:Chloe]] ({{student nurse}})
        Apologies: [[name:Bo]], [[name:Summer Whitlock]]

        1. {{LfE}}: [[name:Dev]] nominated [[name:Mariam]] for spotting early {{sepsis}} in
        [[name:Eshan Gill]] ([[age:11]]) on home IV. His {{PEWS}} was only 2 but she trusted
        {{mum}}'s worry, used {{SBAR}} to the {{registrar}} and he was admitted within the hour.
        {{Blood cultures}} grew {{Staph aureus}}; line removed. Team applauded 👏
        2. [[name:Ruairí]] shared the new {{home oxygen}} safety leaflet - comments by {{Friday}}.
        Actions: [[name:HR]] to send the LfE certificate; [[name:Chloe]] to write it up for the
        {{newsletter}}.
    """)),
    ("health", "incident", block("""
        [Teams - CCN / School Nursing]
        [[name:Leilani Kahale]] 14:02: urgent-ish: [[name:Jacob]] at [[organisation:Oakfield Special School]] had a {{tonic-clonic}} at 13:20, >5 mins so staff got his {{buccal midazolam}}... it expired in {{October}}. they gave it anyway (right call per his {{rescue plan}}) and rang {{999}}
        [[name:Tom Ashby]] 14:05: is he ok?
        [[name:Leilani Kahale]] 14:06: seizure stopped 13:29, {{paramedics}} took him to {{A&E}} as a precaution. mum with him
        [[name:Tom Ashby]] 14:08: whose job is expiry checks there, us or them?
        [[name:Leilani Kahale]] 14:10: that's the problem, nobody's sure. {{care plan}} says school, school says {{CCN}}. I'll {{Datix}}
        [[name:Tom Ashby]] 14:11: thanks, I'll take it to {{governance}}
        [[name:Leilani Kahale]] 14:25: done, [[case_reference:W52377]]
    """)),
    ("health", "near_miss", block("""
        HANDOVER - CCN {{lates}} to {{earlies}}
        * [[name:Oscar Pemberton-Hale]] [[age:2y]] - home {{O2}} 1L/min. On visit grandad
          [[name:Dennis]] was smoking on the balcony with the door open, {{concentrator}} 2m away
          and tubing running across the doorway. Stopped, explained fire risk, family signed
          {{smoking agreement}}. Referred for {{home fire safety check}} with
          [[organisation:Wexcombe Fire and Rescue Service]], visit booked [[date:Fri 12th]].
          {{HOOF}} review needed. NEAR MISS logged.
        * [[name:Mia-Grace]] - {{NG}} {{pH}} checks fine, weight up 40g.
        * [[name:Tobiah]] - IV {{pip-taz}} done 14:00, next due 22:00, {{twilight team}} aware.
        - [[name:Brook]]
    """)),
    ("health", "incident", prose("""
        needlestick at home visit this am 😩 was resiting a {{subcut}} line for [[name:grace]]
        ([[age:15]]) and the {{sharps bin}} lid was broken so i had to hold it - caught my thumb w
        the used needle. bled it, washed, rang {{occ health}} + went to {{A&E}} at
        [[organisation:St Anselm's Hospital]] for bloods. {{low risk}} source but still. the bin
        was an old one from the {{GP}}, not ours. ordered new. [[name:grace]]s mum v apologetic,
        not her fault. {{datix}} done [[case_reference:W52411]]. {{band 7}} [[name:Tariq]] knows.
        [[name:Rosie B]]
    """)),
    ("health", "success", block("""
        From: [[name:Aigerim Nurlanovna]] <[[email:aigerim.n84@mailbox.co.uk]]>
        To: CCN team
        Subject: THANK YOU

        Dear [[name:Faith]], [[name:Dominika]] and everyone,
        I want to say thank you for looking after [[name:Arman]] at home through his six weeks of
        {{antibiotics}} for the {{osteomyelitis}}. Because you came to us every day he could stay
        at [[organisation:St Brigid's Primary]] in the afternoons and did not miss his {{SATs}}.
        [[name:Dominika]] even came on a {{Sunday}} when the {{pump}} alarmed. He calls you
        "the line ladies".
        With love,
        [[name:Aigerim]] ([[name:Arman]]'s mum)
        [[phone:07700 900781]]
    """)),
    ("health", "near_miss", block("""
        Quarterly stock & expiry check - CCN cupboard, [[organisation:Fernside Health Centre]]
        Item                          | Expiry     | Qty | Checked by
        {{Sodium chloride 0.9%}} 10mL flush | [[date:31/01/24]] | 40  | [[name:DM]]
        {{Heparinised saline}} 5mL       | [[date:30/04/25]] | 12  | [[name:DM]]
        {{Adrenaline}} 1mg/mL ampoule   | [[date:28/02/24]] | 2   | [[name:PK]]
        {{ENFit}} 60mL syringes         | [[date:30/09/26]] | 100 | [[name:PK]]

        Near miss: heparinised saline was found mixed in with the 0.9% flush box.
        [[name:Priyanka]] picked one up for [[name:Theo Lambert-Diallo]]'s {{PICC}} flush on
        [[date:2 Feb]] and noticed the label in the car. Not given.
        Action: separate labelled bins, {{pharmacy}} informed. - [[name:Diane Mensah]]
    """)),
    ("health", "incident", prose("""
        Concern: {{was not brought}}. [[name:Chidera Okonkwo]] ([[age:aged 6]], DOB
        [[date_of_birth:30/09/2017]], hospital number [[case_reference:K4462085]]) has a
        {{gastrostomy}} and is fully {{tube fed}}. Between [[date:2 October]] and [[date:30
        October]] three home visits were not answered and a {{dietetic}} review at
        [[organisation:Kingsmere Children's Hospital]] was missed. On [[date:31 October]] I saw
        [[name:Chidera]] at [[organisation:Beechwood Special School]]; her weight had dropped from
        19.2 kg to 17.6 kg and her feed supplies at school were low. We did not escalate after
        the second missed visit as our {{WNB}} policy says we should. I have now discussed her
        with the {{named nurse}} for {{safeguarding}} and a referral has gone to {{MASH}}. The
        {{school nurse}}, Mrs [[name:Begum]], has been informed. [[name:Gwen Llewellyn-Rhys]],
        {{CCN}} {{team leader}}
    """)),
    ("health", "near_miss", prose("""
        Reporting a near miss re {{WhatsApp}}. On [[date:Sat 16 March]] a {{bank nurse}} posted a
        photo of [[name:Harvey]]'s {{gastrostomy}} {{stoma}} ({{overgranulation}}) in the staff
        WhatsApp group asking for advice. The photo showed his {{hospital label}} with full name,
        [[case_reference:K4490033]] and NHS number [[nhs_number:485 772 1066]].
        [[name:Joy Abernethy]] noticed within minutes, asked her to delete it and moved the
        advice to the approved {{photo app}}. Nothing left the group of 14 staff, so {{IG}} have
        classed it as a near miss rather than a reportable breach. Learning: reminder to all
        {{bank}} staff at induction; WhatsApp group to be closed by {{end of month}}.
        [[name:Nkechi]] ({{clinical lead}})
    """)),
    ("health", "success", block("""
        SBAR - learning from excellence
        S: [[name:Ibrahim Haidari]], [[age:13]], {{cystic fibrosis}}, home IV {{tobramycin}} +
        {{ceftazidime}}, day 9 of 14.
        B: Levels were due day 10. No previous {{ototoxicity}}.
        A: On [[date:27/05]] {{student nurse}} [[name:Will]] heard [[name:Ibrahim]] mention
        ringing in his ears while gaming. He flagged it to me; we took an early {{trough}}, which
        was raised. The {{CF team}} held a dose and adjusted. {{Audiology}} normal.
        R: Share at {{CF MDT}}. [[name:Will]]'s attention to a throwaway comment may have
        prevented hearing loss - please pass praise to his {{university}} link.
        Sister [[name:Okafor]]
    """)),
    ("health", "incident", prose("""
        On [[date:19 August]] at approx 18:30 I connected [[name:Anh Nguyen]] ([[age:aged 12]]) to
        his {{ambulatory pump}} for IV {{flucloxacillin}}. The rate was programmed as 50 mL/h
        instead of 5 mL/h; I had read the decimal point on the handwritten chart as a smudge.
        His mum, [[name:Thi Hoa]], noticed the bag emptying fast at 19:15 and rang the
        {{on-call}} line. The full dose had run in over about an hour rather than ten. [[name:Anh]] was
        well, {{obs}} normal, and the {{consultant}} advised no further action apart from
        monitoring overnight. I apologised to the family. Contributing: handwritten chart, no
        second checker at home, end of a long shift. Actions: typed {{pump}} programming sheets
        from [[organisation:Kingsmere Children's Hospital]] {{pharmacy}}, and
        {{independent double check}} by phone for rate changes. Ref [[case_reference:W52698]].
    """)),
    ("health", "near_miss", block("""
        From: [[name:Rachel Amoah-Sterling]] <[[email:r.amoah-sterling@wexcombe-primary.org.uk]]>
        Sent: [[date:18 June 2024]] 12:31
        To: [[name:Mark]] ({{CCN}})
        Subject: Year 6 trip - [[name:Sky]]'s oxygen

        Hi [[name:Mark]],
        Just to let you know we nearly set off to [[organisation:Brackenhurst Outdoor Centre]]
        this morning without [[name:Sky]]'s portable {{oxygen}} cylinder and {{sats monitor}}.
        Our {{first aider}}, [[name:Pat]], only realised when checking the {{risk assessment}} on
        the coach. Mum brought it in 20 minutes later and we left late. No harm, but the
        {{individual healthcare plan}} didn't say who packs the kit.
        Could your team do a quick {{oxygen awareness}} session before the residential in {{July}}?

        Thanks,
        [[name:Rachel]]
        {{SENDCo}}, [[organisation:Wexcombe Primary School]]
    """)),
    # ------------------------------------------------------------------ aviation
    ("aviation", "incident", prose("""
        At 10:35 on [[date:6 March]], during a {{recurrent}} session in {{FFS 3}} ({{A320}}), the
        {{TRI}}, [[name:Marco Bellandi]], selected {{motion}} ON while the {{access bridge}} was
        still down. The bridge {{interlock}} had been bypassed by engineering for a maintenance
        test the night before and not restored. The platform lifted a few centimetres, the
        bridge struck the cab and {{sim engineer}} [[name:Aleksander Nowicki]], who was standing
        on it, was thrown against the rail and bruised his arm. The {{E-stop}} was pressed
        immediately. The {{captain}} and {{first officer}} from [[organisation:Aurelia Airways]]
        were unhurt. Sim withdrawn, defect [[case_reference:SDL-24-0188]] raised and
        [[organisation:Vantor Simulation]] informed. {{HSE}} advice sought; not {{RIDDOR}}
        reportable. Any interlock bypass now needs a {{tech log}} entry and a second signature
        before the sim is released. [[name:Aleksander]] back at work next day.
    """)),
    ("aviation", "near_miss", block("""
        {{LOFT}} debrief extract - {{IOS}} recording, {{FFS 1}} ({{B737-800}}), [[date:12/04/24]]
        Scenario: [[flight_number:SKV4KL]], [[aircraft_registration:G-SKVE]]
        Crew: Capt [[name:D. Achebe]], {{F/O}} [[name:Sunniva Berg]]. {{TRI}} role-playing {{ATC}}.

        14:21:05 ATC: [[flight_number:Skyvale 4KL]], descend {{flight level}} one two zero
        14:21:09 F/O: Descend flight level one zero zero, [[flight_number:Skyvale 4KL]]
        14:21:15 ATC: (no correction)
        14:22:40 {{TCAS}} {{TA}}, scripted traffic at {{FL110}}
        14:22:44 CPT: Stop descent, stop descent
        14:22:51 F/O: Checking... I think I read back one zero zero

        Note: the readback error was missed by me as "ATC" because I was setting up the
        engine failure at the same time. The crew caught it via TCAS. In a {{checkride}} this
        could have become an unfair fail. Learning: no malfunction inputs during RT exchanges;
        second instructor for {{LOFT}} where rostered. - [[name:Jerome]] ({{TRI}})
    """)),
    ("aviation", "success", prose("""
        Huge thanks to {{night shift}} engineer [[name:Gintaras Petrauskas]] ("[[name:Gints]]")
        who traced the intermittent {{pitch}} {{actuator}} fault on {{FFS 2}} to a cracked
        {{hydraulic}} fitting at 03:00, replaced it, ran the {{QTG}} checks and had the sim back
        in service for the 06:00 session. That meant four [[organisation:Celtic Blue Airlines]]
        crews kept their {{OPC}}/{{LPC}} slots on [[date:Sat 23rd]]; without it their
        {{recurrent}} validity would have lapsed and they would have come off the roster.
        [[name:Gints]] also left a clear handover for days and a note for [[organisation:Vantor]] support.
        Proper legend. - [[name:Niamh Gallagher]], {{Head of Training}}
    """)),
    ("aviation", "incident", block("""
        From: [[name:Ravi Subramaniam]] <[[email:ravi.s@westmoor-ftc.co.uk]]>
        To: {{DPO}} <[[email:dpo@westmoor-ftc.co.uk]]>
        Date: [[date:Fri 17 May 2024]] 11:02
        Subject: Possible data breach - checkride report sent to wrong operator

        [[name:Helen]],
        This morning I emailed the {{LPC}} report for {{F/O}} [[name:Kasia Zielińska]] to the
        training department at [[organisation:Brightwing]] instead of
        [[organisation:Aurelia Airways]] - autocomplete picked the wrong "training@" address.
        The report includes her date of birth ([[date_of_birth:11/02/1991]]) and a {{partial}} on
        {{engine failure after V1}}. [[organisation:Brightwing]]'s {{Head of Training}},
        [[name:Bjørn Aas]], confirmed deletion in writing at 10:40. I have told [[name:Kasia]]
        myself and apologised.

        [[name:Ravi]]
        [[name:Ravi Subramaniam]] | {{TRE}} {{A320}} | [[organisation:Westmoor Flight Training Centre]]
        [[phone:0161 496 0733]]
    """)),
    ("aviation", "near_miss", block("""
        {{FFS 2}} ({{A320}}) {{tech log}} - [[date:08/05/2024]]
        Log no | Time | Reported by | Defect | Status
        [[case_reference:TL-2-4471]] | 07:10 | [[name:JM]] | {{PFD}} flicker, Capt side | Deferred
        [[case_reference:TL-2-4472]] | 09:45 | [[name:Ayodele]] | cab smoke detector {{U/S}}, not shown on {{IOS}} | OPEN
        [[case_reference:TL-2-4473]] | 13:30 | [[name:Tamsin Rolfe]] | {{rudder pedal}} sticky RH | Fixed

        Near miss: [[case_reference:TL-2-4472]] - the real cab smoke detector (protecting the people
        in the sim, not a simulated one) was found disconnected after a panel change.
        Sessions ran about 6 hrs without it. [[name:Ayodele]] spotted the LED off on a walk-round.
        Reconnected 10:20, {{fire panel}} tested. Added to the daily {{pre-flight}} checklist.
        - [[name:Stefan Horvath]], {{Engineering Manager}}
    """)),
    ("aviation", "incident", block("""
        Chronology - medical event in {{FFS 1}}
        [[date:Tuesday 2 July 2024]]
        06:00 session start, {{recurrent}} for [[organisation:Aurelia Airways]] crew
        07:48 during {{rejected take-off}} exercise the {{captain}}, Capt [[name:Yiannis Papadakis]], feels faint and clammy
        07:49 {{TRI}} [[name:Shona McAllister]] selects {{total freeze}}, motion to home, calls for help
        07:52 {{first aider}} [[name:Dele]] attends, bridge lowered
        07:55 [[name:Yiannis]] pale, BP low, {{999}} called. {{AED}} brought, not needed
        08:20 {{paramedics}} on scene, conveyed to [[organisation:Irwell General Hospital]]
        09:00 F/O [[name:Akira Sato]] stood down, session cancelled
        Follow-up: he had skipped breakfast after a long drive. Airline {{AME}} informed.
        Procedure worked but getting a stretcher onto the platform took 4 mins.
        Logged [[case_reference:WFTC-HS-0219]]
    """)),
    ("aviation", "success", block("""
        Training Standards Meeting - minutes
        Date: [[date:24 January 2024]]
        Attendees: [[name:Niamh Gallagher]] ({{HoT}}), [[name:Rich Okoro]] ({{TRE}}), [[name:Grace Lindholm]] ({{SFI}}),
        [[name:Bashir Qureshi]] ({{Sim Engineering}}), [[name:Pat Delaney]] ({{Compliance}})
        Apologies: Capt [[name:Honoré Dubois]]

        1. {{EBT}}: first [[organisation:Celtic Blue Airlines]] EBT module complete. Grading spread
        between instructors has narrowed since the {{IRR}} workshops; [[name:Grace]]'s
        video-based calibration sessions credited.
        2. {{CAA}} {{FSTD}} audit: zero findings. Thanks to [[name:Bashir]]'s team for the
        {{QTG}} records.
        3. {{AOB}}: {{UPRT}} refresher for all {{TRIs}} by {{Q3}}.
        Actions: [[name:RO]] to circulate calibration videos; [[name:PD]] to file the audit report.
    """)),
    ("aviation", "near_miss", block("""
        #sim-scheduling
        [[name:lucy.fernandes]]  16:03
        heads up - tomorrow's 0600 {{LPC}} on {{FFS 3}} has [[name:Sipho Mahlaba]] as examiner but his
        {{TRE}} authorisation expired [[date:31 Aug]]. renewal is with the {{CAA}}, not issued yet
        [[name:dan_w]]  16:07
        oh no. if he'd signed the form the whole check would've been invalid and the crew off the roster
        [[name:lucy.fernandes]]  16:08
        yep. swapping in [[name:Ingrid]], she's valid till 2026
        [[name:Sipho Mahlaba]]  16:20
        apologies all, I assumed it would land this week. I'll sit in as {{observer}}
        [[name:dan_w]]  16:22
        raising a near miss so {{training records}} flags expiries 60 days out not 14
    """)),
    ("aviation", "incident", prose("""
        fire alarm 14:10 during {{OPC}} in sim 2, did {{motion}} off + bridge down as per drill
        but the stairwell door at {{Bay B}} was blocked by a pallet from the
        [[organisation:Vantor Simulation]] delivery. one of the {{FOs}} ([[name:amir]]) tripped on
        it, grazed shin, no biggie. alarm was a false one from the {{crew room}} toaster 🙄.
        pallet moved. {{fire marshal}} [[name:Olu]] knows + is emailing stores. {{F/O}}
        [[name:amir]] ok to continue after 20 min. date [[date:Weds 14th]]. -
        [[name:gav]] {{TRI}}
    """)),
    ("aviation", "success", prose("""
        During a {{type rating}} session on {{FFS 1}} on the night of [[date:9 September]] I
        noticed the trainee {{first officer}}, [[name:Oluwaseun Adeyemi-Cole]], was slow on his
        {{flows}} and missed two standard {{callouts}}. When asked, he said he had slept about
        four hours after positioning on [[flight_number:AUR1182]] that afternoon. I stopped the
        session under our {{fatigue policy}}, with no grading consequence, and rebooked it. Two
        days later he passed the {{skill test}} with {{TRE}} Ms [[name:Chiamaka Uzor]].
        [[organisation:Aurelia Airways]] crewing has agreed not to roster positioning before sim
        sessions. [[name:Oluwaseun]] said afterwards he only spoke up because the {{briefing}}
        told him it was safe to. Learning: the {{just culture}} line in our brief works.
        [[name:Pieter van der Merwe]], {{TRI}}/{{SFI}}
    """)),
    ("aviation", "incident", block("""
        OCCURRENCE REPORT - [[organisation:Westmoor Flight Training Centre]]
        Ref: [[case_reference:OR-24-0077]]
        Date: [[date:15/10/2024]]        Device: {{FFS 4}} ({{ATR 72}})
        Reporter: [[name:Mark Tenby]], {{Sim Engineer}}
        Trainee: [[name:Jelena Marković]], [[organisation:Skyvale]]
        Scenario aircraft: [[aircraft_registration:G-SKVJ]]

        Description: after the {{IOS}} software update the scenario loaded a {{navigation
        database}} from the previous {{AIRAC}} cycle. The {{ILS}} frequency on the chart did not
        match the sim, the trainee flew a {{go-around}} and the {{TRE}} graded the approach as
        not achieved. Found in debrief. Result annulled and element re-flown next day.
        Actions: database cycle added to the post-update checks; reported to {{Compliance}} and
        the {{CAA}} {{FSTD}} team. Not an {{MOR}}.
    """)),
    ("aviation", "near_miss", block("""
        RT extract - {{Approach}}, [[date:3 November]], approx 18:42Z (real event, used in {{recurrent}} {{CRM}})
        APP: [[flight_number:Celtic 271]], descend altitude four thousand feet, {{QNH}} 1009
        [[flight_number:Celtic 217]]: Descend four thousand, 1009, [[flight_number:Celtic 217]]
        APP: [[flight_number:Celtic 217]] negative, maintain six thousand, that was for [[flight_number:Celtic 271]]
        [[flight_number:Celtic 217]]: Maintain six thousand, sorry, [[flight_number:Celtic 217]]
        [[flight_number:Celtic 271]]: Descend four thousand, 1009, [[flight_number:Celtic 271]]
        Aircraft: [[aircraft_registration:EI-CBQ]] and [[aircraft_registration:EI-CBT]], {{A320}}s, same frequency.

        {{TRI}} note ([[name:Faisal Al-Amin]]): built into the {{LOFT}} script this quarter.
        Crews on {{FFS 2}} now get a similar {{callsign}} pair; 3 of 8 crews have read back the
        other call. Fed back to the airline's {{callsign deconfliction}} team.
    """)),
    ("aviation", "success", block("""
        Subject: thank you!

        Hi [[name:Rosa]] and [[name:Kenji]],
        Just wanted to say thanks for the extra session on {{FFS 3}} last week. After failing my
        {{OPC}} on the {{single engine approach}} I was gutted, but you broke it down into
        small chunks and [[name:Kenji]]'s tip about rudder trim before the turn finally clicked.
        Passed the retest with Capt [[name:Ahn]] yesterday, no {{partials}}!

        Cheers,
        [[name:Dan]]
        [[name:Daniel Ferreira-Quinn]] | {{First Officer}} | [[organisation:Brightwing]]
        [[phone:07700 900264]]
    """)),
    ("aviation", "incident", block("""
        [Teams - Instructor Office]
        [[name:Hannah Voss]] 09:14: just walked into {{Debrief 2}} and the {{IOS}} replay of yesterday's [[organisation:Aurelia Airways]] {{LPC}} (the one [[name:Tomás]] failed) was up on the big screen with crew names showing. the next crew were sat there 😬
        [[name:Jerome Baptiste]] 09:16: who left it running?
        [[name:Hannah Voss]] 09:16: not sure, screen lock doesn't seem to be set on that PC
        [[name:Jerome Baptiste]] 09:18: ok I'll tell [[name:Tomás]]'s {{fleet training manager}} and apologise to him
        [[name:Sunita Rao]] 09:40: IT have set a 10 min auto-logoff on all debrief PCs. logged as [[case_reference:WFTC-IS-0042]]
        [[name:Hannah Voss]] 09:41: thanks [[name:Sunita]] 🙏
    """)),
    ("aviation", "near_miss", block("""
        Engineering handover - nights -> days, [[date:Fri 29/11]]
        - {{FFS 1}}: {{QTG}} run complete, all in tolerance.
        - {{FFS 3}}: 02:30 {{HPU}} high-temp alarm. On going to the HPU room I found a contractor's
          van, [[vehicle_registration:WN70 KRB]], parked across the fire exit. Had to go round
          via {{Bay C}} (about 2 mins). Alarm was a faulty sensor, HPU fine, but if it had been
          a real fire that exit was the only one. Contractor ([[organisation:Deeside Electrical Ltd]])
          told, {{security}} now patrol at 22:00.
        - {{Bay C}}: visual {{projector}} lamp changed.
        - [[name:Jonno]] off sick tomorrow, [[name:Yaw]] covering.
        [[name:T.B.]]
    """)),
    ("aviation", "success", prose("""
        Good catch, shared for learning. While checking a {{stall}} recovery profile on {{FFS 4}}
        on [[date:20 February]], sim engineer [[name:Joy Mwansa]] noticed that the {{stick
        shaker}} came on about three knots later than the {{OEM}} data after the last software
        release. Trainees practising {{UPRT}} would have learned a slightly wrong picture. She
        compared the {{QTG}} results against the previous baseline, raised it with
        [[organisation:Vantor Simulation]] and the fix was applied across all three of our
        {{ATR 72}} devices within a week. No checks were affected. Thank you [[name:Joy]] for
        looking beyond "within tolerance". - [[name:Honoré Dubois]], {{Nominated Person}} {{FSTD}}
    """)),
]

if __name__ == "__main__":
    write_records(OUT, build_records("blind260", REPORTS))
