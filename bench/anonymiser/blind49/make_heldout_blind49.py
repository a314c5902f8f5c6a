"""Held-out blind corpus 49: fostering, kinship and gliding in the South East and Kent.

Setting: independent fostering agencies, kinship care and special guardianship across Kent and
the South East (family trees in words, contact arrangements, supervising social workers' notes);
community paediatrics and CAMHS clinic letters; gliding clubs, microlight schools and small
airfields (winch launches, tug pilots, nicknames, BGA numbers, G- and competition numbers).
Voice: hurried SSW case notes, carers' WhatsApps, assessors' e-mails, clinic letters with
copied headers, launch-point logs and club safety minutes, typed by many different hands.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from markup import block, build_records, write_records  # noqa: E402
from markup import flow as prose  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "corpus" / "heldout_blind49.jsonl"

REPORTS = [
    # ------------------------------------------------------------------ social care
    ("social_care", "incident", prose("""
        SSW visit note – [[name:Kerry-Ann Doust]] ({{maternal aunt}}, {{kinship foster carer}}).
        Visit brought forward after the contact incident on [[date:Sat 14th Sept]]. Contact with
        birth mum [[name:Leanne]] was meant to be supervised at [[organisation:Ashford Family
        Contact Centre]] but [[name:Leanne]] turned up at the carers home, [[address:22 Saxon Way,
        Kennington]], at about 10am and [[name:kai]] ([[age:6]]) opened the door before anyone
        could stop him. [[name:Kerry-Ann]] says [[name:Leanne]]'s new partner "[[name:Deano]]"
        stayed in the car, a silver Corsa [[vehicle_registration:GU15 RXT]]. Mum was shouting for
        [[name:Kai]] and his big sister [[name:Tiegan]] ([[age:9]]) to come out and say hello.
        [[name:kerry-ann]] rang me and I advised 999 if she would not leave; she went after about
        ten minutes. The carers address has never been shared with mum. Best guess is
        [[name:Tiegan]]'s school photo on [[name:Kerry-Ann]]'s facebook with the house number
        visible behind her. Actions: told {{LA social worker}} [[name:Rhys Bevan-Jones]] same day,
        police log [[case_reference:CAD 4471-14/09]], {{notifiable event}} to {{Ofsted}}
        considered, safety plan and social media advice redone with carer. Contact suspended
        pending strategy discussion.
    """)),
    ("social_care", "success", block("""
        From: [[name:Priya Raghunathan]] <[[email:p.raghunathan@kestrelfp.co.uk]]>
        Sent: [[date:03 October 2024]] 09:12
        To: '{{Gran}} [[name:Jan]]' <[[email:janet.whitlock57@btinternet.com]]>
        Subject: RE: RE: viability - [[name:Whitlock]] / [[name:Ainsworth]] children ref [[case_reference:KFP-SG-2291]]

        Hi [[name:Janet]],

        Brilliant news - panel endorsed the recommendation so the {{SGO}} report is filed and the
        final hearing stays listed for [[date:21/10/24]]. Your support plan includes the
        {{Special Guardianship Allowance}}, respite two weekends a term and {{Theraplay}} for
        [[name:Ellie-Mae]] ([[age:4]]) with our therapist [[name:Tomasz Wróbel]].

        [[name:Priya]]
        Senior Kinship Assessor | [[organisation:Kestrel Family Placements]]
        M: [[phone:07700 900318]]

        > From: [[email:janet.whitlock57@btinternet.com]]
        > cant thank you enough [[name:priya]], me and [[name:Ron]] never thought wed get here
        > after the first viability said no. [[name:ellie-mae]] calls him {{grandad}} [[name:ronnie]] now x
    """)),
    ("social_care", "near_miss", prose("""
        carer log [[date:wed 2/4]] — [[name:gav]] went to give [[name:skye]] her {{melatonin}} at
        7.45 and the bottle was already open on the side. turns out i had given it at 7.15 but
        hadnt signed the MAR sheet because [[name:shannon]] kicked off about the ipad. no harm,
        [[name:skye]] only had the one dose but it was close. phoned [[name:Bernie]] (our SSW) on
        [[phone:07700 900 447]] and she said write it up and ring {{111}} if any worries. we've now
        got a tick chart on the fridge and only one of us does meds each night, [[name:Gav]] on
        weekdays me on weekends. the twins are [[age:11]] and know their meds so [[name:skye]]
        wouldve probably said something anyway but we shouldnt rely on that. — [[name:Mo]]
        [[name:Pettit-Hale]]
    """)),
    ("social_care", "near_miss", block("""
        FOSTER CARER ANNUAL REVIEW – [[name:Adebayo]] household
        Date: [[date:11.06.2024]]   Venue: carers' home, [[address:Flat 3, 41 Tontine Street, Folkestone]] [[postcode:CT20 1JT]]
        Present: [[name:Funmilayo Adebayo]] (carer), [[name:Segun Adebayo]] (carer),
        [[name:Claire Fenwick-Rowe]] ({{SSW}}), [[name:Hamza Qureshi]] (reviewing officer),
        [[name:D. Okonjo]] (student SW, minutes)
        Apologies: [[name:Lorraine]] ({{Virtual School}})

        1. Placement: [[name:Jordan]] ([[age:15]]) settled, attendance 96% at [[organisation:Shorncliffe Park Academy]].
        2. Training: [[name:Funmi]] completed {{PACE}} and {{Safer Caring}} refresher. [[name:Segun]]
           first aid still outstanding, booked [[date:3 July]].
        3. Household: birth son [[name:Tobi]] ([[age:19]]) moved back home in April — no adult
           {{DBS}} on file. Not picked up at the last two visits. Risk discussed; [[name:Tobi]] not to
           be left in sole charge until cleared.
        4. Recommendation: continue approval, 2 placements 0-18.
        Actions: [[name:CFR]] – DBS for [[name:Tobi]] by [[date:30/06]]. [[name:HQ]] – report to {{ADM}}.
    """)),
    ("social_care", "near_miss", prose("""
        Genogram summary (typed up from the whiteboard) – [[name:Mia-Rose Cattermole]], DOB
        [[date_of_birth:02/12/2019]]. Mum [[name:Stacey]] ([[age:24]]) is in
        [[organisation:HMP East Sutton Park]]. Dad [[name:Connor Lusted]] is not on the birth
        certificate; his mum [[name:Denise Lusted]] ({{paternal grandmother}}, "{{Nanny}}
        [[name:Dee]]") has put herself forward. [[name:Stacey]]'s own mum [[name:Tracy]] died in
        2018 and [[name:Stacey]] was raised by her nan [[name:Pauline]], who is [[age:71]] and wants
        contact only. [[name:Stacey]]'s brother [[name:Lewis Marsh]] and his wife [[name:Oksana]]
        were assessed as the preferred option. Near miss: the first genogram showed [[name:Lewis]]
        as a full sibling. He is in fact a half-brother through [[name:Stacey]]'s dad
        [[name:Mick Marsh]], who lives with [[name:Lewis]] and has a {{Schedule 1}} conviction.
        This only came out when [[name:Oksana]] mentioned "[[name:Mick]]'s room" on the second
        visit; the {{PNC}} check had been run on the couple only. Learning: every adult in the
        household checked, and the genogram built with the family, not from the referral.
    """)),
    ("social_care", "near_miss", block("""
        WhatsApp chat with [[name:Nav]] (SSW).txt
        [[[date:12/05/2024]], 21:47] [[name:Sue]] Fostering: hi hun sorry late. [[name:Bradley]] not back was meant to be in by 9
        [[[date:12/05/2024]], 21:49] [[name:Nav]] SSW: ok. tried his phone?
        [[[date:12/05/2024]], 21:50] [[name:Sue]] Fostering: yes straight to VM. his mate [[name:Tyler]]s mum says they were at the skate park on the front
        [[[date:12/05/2024]], 22:05] [[name:Nav]] SSW: if not back by 10.15 ring 101 and say MFH, {{Philomena Protocol}} form and photo are in the grab pack
        [[[date:12/05/2024]], 22:31] [[name:Sue]] Fostering: he's back!! walked in like nothing happened. smells of weed
        [[[date:12/05/2024]], 22:33] [[name:Nav]] SSW: thank god. log it. i'll tell [[name:Jas]] (his SW) first thing and book a {{return home interview}} chat. well done [[name:Sue]] x
        [[[date:12/05/2024]], 22:34] [[name:Sue]] Fostering: thanks [[name:Navdeep]] night x
    """)),
    ("social_care", "incident", prose("""
        Contact record (supervised), [[organisation:Maidstone Family Hub]], room 2, [[date:Tues 23
        January]]. Present: [[name:Ondrej Kováč]] and [[name:Žaneta Kováčová]] with
        [[name:Denisa]] ([[age:8]]), [[name:Marek]] ([[age:5]]) and baby [[name:Ruža]]
        ([[age:7 months]]). Supervisor [[name:Bev Tolhurst]]. The Slovak interpreter booked via
        [[organisation:Lingua Kent Ltd]] did not arrive. Dad's cousin [[name:Milan]] offered to
        interpret and [[name:Bev]] agreed so contact would not be cancelled again, which is
        against our contact policy. About 40 mins in dad spoke to the children in {{Romani}}
        and [[name:Milan]] "translated" it as him saying he loved them. That evening
        [[name:Denisa]] told her foster carer Mrs [[name:Ahmed]] that daddy said they will be home
        for Christmas and not to tell the lady. [[name:Denisa]] was very unsettled and wet the bed
        for the first time in weeks. Learning: family members never to interpret; if the
        interpreter fails, contact is rescheduled and the children are told why by someone they
        know. Incident ref [[case_reference:IR-FH-24-0093]].
    """)),
    ("social_care", "incident", prose("""
        {{LADO}} consultation, ref [[case_reference:LADO/24/0719]]. [[name:Amira]] ([[age:13]])
        told her form tutor at [[organisation:Medway Vale Academy]] that her foster carer
        [[name:Steve]] grabbed her arm hard during a row about her phone on [[date:Friday 8
        March]]. Carers are [[name:Stephen]] and [[name:Mandy Pryor]], approved with
        [[organisation:Oakleaf Fostering]] since 2016, no previous concerns. [[name:Steve]] says he
        took the phone out of her hand and never touched her arm; [[name:Mandy]] was upstairs. The
        {{DSL}}, Mr [[name:O'Callaghan]], photographed a faint mark on her forearm. Strategy
        discussion held same day with LA SW [[name:Grace Nwachukwu]] and DC [[name:Pellow]].
        Outcome: {{s47}} not met, but the allegation to be managed through LADO with a
        standards of care review. [[name:Amira]] chose to stay in placement; extra visits by
        SSW [[name:Jon-Paul]] twice weekly for a month. Learning for the agency: the carers'
        de-escalation training expired in 2021 and nobody had noticed.
    """)),
    ("social_care", "incident", block("""
        MISSING EPISODE – timeline
        YP: [[name:Logan Tapsell]] ([[age:14]])   Placing LA ref: [[case_reference:KCC-CIC-774109]]
        Carers: [[name:Dawn]] & [[name:Pete Galliford]], [[organisation:Shoreline Fostering]]
        Address: [[address:flat above the chippy, Northdown Rd, Cliftonville]]

        [[date:Sat 6/7]] 16:10  [[name:Logan]] left for the shop, said back in 10
        19:00  not answering, [[name:Dawn]] rang EDT ([[phone:03000 419191]])
        19:25  reported to police, log [[case_reference:46/118832/24]]
        23:40  police find him at his dads, [[address:14 Rigden Close, Ramsgate]] – dad ([[name:Wayne]]) is not to have unsupervised contact
        00:30  returned to carers by PC [[name:Ndlovu]]
        [[date:Sun 7/7]]  {{return home interview}} offered, [[name:Logan]] declined
        Note: third episode this month, always to dad's. {{Child exploitation}} screening tool
        completed – {{amber}}. Request to {{MACE}} panel.
    """)),
    ("social_care", "success", prose("""
        Really pleased to write this one up. [[name:Harriet]] and [[name:Olu]] have fostered
        [[name:Summer]] since she came to them straight from {{SCBU}} at [[age:six days old]].
        She is now [[age:7]] and on [[date:4th December]] the court made a {{special guardianship
        order}} to them, with the LA's full support and mum's consent. [[name:Summer]]'s birth mum
        [[name:Chantelle]] still sees her four times a year at [[organisation:The Ark Café]] in
        Herne Bay, which [[name:Harriet]] arranges directly now. [[name:Olu]] said at court that he
        had been dreading the summer holidays every year in case another plan came along. What
        made the difference: the SSW ([[name:Marguerite Abiola-Clarke]]) kept the permanence
        conversation going for three years and got the LA to fund independent legal advice early.
        Support plan includes {{Life Story work}} and an allowance reviewed yearly.
    """)),
    ("social_care", "near_miss", prose("""
        Data near miss, reported by [[name:Ruth]] in admin. A reg 24 placement plan letter
        for [[name:Kacper]] ([[age:10]]) was in the franking tray addressed to birth father
        [[name:Marcin Zieliński]] at [[address:27 Marlowe Road, Ashford]] [[postcode:TN23 5LP]]. The
        second page gave the carers' full address, [[address:Rosewood, Pluckley Lane, Bethersden]]
        [[postcode:TN26 3AY]], and their landline [[phone:(01233) 555 071]]. [[name:Marcin]] has an
        injunction against him. [[name:Ruth]] noticed because the page count didn't match the
        covering letter and pulled it before the post went at 4. Cause: the letter template
        pulls the carer block automatically unless someone unticks it, and the new worker
        [[name:Tamsin]] didn't know. IT ticket [[case_reference:INC0041927]] raised to default it
        off. No data left the building, so not reportable to the {{ICO}}, but logged.
    """)),
    ("social_care", "incident", block("""
        PLACEMENT REQUEST – EMERGENCY (copied from portal)
        Child name: [[name:Oliwia Nowak-Brennan]]      Known as: [[name:Liv]]
        DOB: [[date_of_birth:17-08-2011]]   Age: [[age:12]]
        NHS no: [[nhs_number:603 216 6554]]
        LA ref: [[case_reference:MED-CS-00418822]]
        Current address: [[address:c/o 9 Ringlestone Crescent, Maidstone]] [[postcode:ME14 2QN]]
        Mother: [[name:Agnieszka Nowak]]  tel [[phone:+48 512 300 417]] (in Poland)
        Father: [[name:Declan Brennan]] – arrested [[date:28/02/24]], remanded
        Health: {{asthma}} (blue inhaler), {{EHCP}} in progress
        Language: Polish & English
        Education: [[organisation:Invicta Way Primary]] (Y7 place not taken up)
        Notes: [[name:Liv]] has been staying with a neighbour ([[name:Gloria]], [[age:60s]]) who can't
        keep her past Friday. Prefers female carers, has a cat she is very worried about.
        Referring SW: [[name:Rajinder Gill]] [[phone:01634 555 0190]] / [[email:rajinder.gill@medway-cs.example.org.uk]]
    """)),
    ("social_care", "success", prose("""
        Staying Put update from [[name:Abi]] (SSW). [[name:Kieran]] turns 18 on
        [[date_of_birth:19 May]] and is staying with [[name:Brenda]] and [[name:Frank
        Ollerenshaw]] under a {{Staying Put}} arrangement until he finishes his {{BTEC}} at
        [[organisation:EKC Canterbury]]. To be frank this looked unlikely a year ago when the LA
        said the {{staying put}} rate would not cover [[name:Brenda]]'s loss of fostering income.
        [[name:Frank]] went to the {{Corporate Parenting Panel}} himself with [[name:Kieran]], who
        spoke about having lived in nine placements before this one. The rate was reviewed. His
        Personal Adviser [[name:Yaw Mensah]] has done the pathway plan with him at the
        kitchen table rather than at the office, which he said made all the difference.
        [[name:Kieran]] has asked for his {{NI number}} letter ([[ni_number:JT 48 21 93 B]]) to go to the carers' house.
    """)),
    ("social_care", "near_miss", prose("""
        SSW note, placement with [[name:Zainab]] and [[name:Abdul-Karim Rahimi]]
        ([[organisation:Amani Foster Care]]). [[name:Yonas Tesfamariam]], who says he is
        [[age:16]], arrived in Dover in June and has been placed here since. The {{Home Office}}
        letter of [[date:2 Sept]] treated him as an adult after a brief {{age assessment}} at the
        port and asked the LA to move him to adult asylum accommodation in Folkestone on
        Monday. He was packed and frightened. [[name:Zainab]] rang me; we asked the LA to stop the
        move because no {{Merton-compliant}} assessment had been done, and his solicitor
        Ms [[name:Haile]] sent a pre-action letter. The move was cancelled the afternoon before.
        His Home Office reference is [[case_reference:T1129384]] and port ref
        [[case_reference:DVR/24/5521]]. [[name:Yonas]] still asks every evening whether "the men"
        are coming. Referral made to [[organisation:Kent Refugee Action Network]].
    """)),
    ("social_care", "success", prose("""
        Kinship success. [[name:Shay]] ([[age:3]]) and [[name:Bridgie]] ([[age:18 months]])
        have been with their {{great-aunt}} [[name:Nora McDonagh]] on the family's pitch at
        [[address:Plot 6, Coldharbour Lane site, Aylesford]] since March. The first referral
        described her trailer as "not suitable"; [[name:Maggie Ward]] from our team challenged
        this and the assessment went ahead. {{Granny}} [[name:Nora]] is the children's
        great-aunt on their mother's side; their mum [[name:Kathleen]] is her late sister's
        girl. Dad "[[name:Big Johnny]]" [[name:Joyce]] and his brother "[[name:Young Johnny]]"
        live on the next pitch and help with school runs. The children's mother tongue at home
        is partly {{Cant}}, and [[name:Maggie]] used the {{Traveller Movement}} guidance to write
        a culturally informed support plan. The {{SGO}} was granted last week without objection.
    """)),
    ("social_care", "near_miss", prose("""
        sibling contact by video ([[date:Sunday 16th]]) – [[name:Hope]] ([[age:12]]) with her
        brothers [[name:Alfie]] and [[name:Reggie]], who are placed with kinship carers in
        Sussex. I was supervising from the foster carers' kitchen. Half way through I noticed
        [[name:Reggie]]'s sweatshirt had [[organisation:St Wilfrid's C of E Primary]] across the
        front, clear on camera, and [[name:Hope]] had just said her mum keeps asking where the boys
        live. [[name:Hope]] is in touch with mum on snapchat (user [[name:xx_hopeyy_xx]]) and
        screenshots everything. I ended the call kindly and spoke with the boys' carer, their
        aunt [[name:Bev]] ([[name:Beverley Nsubuga]]), who was mortified. No evidence
        [[name:Hope]] captured it, and I hope she didn't. Learning: plain tops for video contact,
        and the supervisor checks the background at both ends before the children join. Let's
        not lose the contact itself – it's the best part of [[name:Hope]]'s week.
        [[name:Alfie]] asked if next time they could play {{Uno}} over the camera. — [[name:Tash
        Whiteley]], SSW
    """)),
    ("social_care", "incident", block("""
        SUPERVISION RECORD (SSW)   supervisee: [[name:JK]]   supervisor: [[name:Rachel Ifeanyi-Moss]]
        date [[date:19/09/24]]

        Cases discussed
        - [[name:Hollands]] (carers [[name:Gail]] + [[name:Trev]]): unannounced visit overdue since
          [[date:12 June]]. [[name:JK]] says [[name:Trev]] keeps cancelling. Agreed to go tomorrow unannounced.
        - [[name:Baptiste-Ogunleye]] household: young person [[name:Ty]] ([[age:16]]) placement breakdown risk,
          incident on [[date:14/9]] - [[name:Ty]] punched the door, {{Team Around the Child}} called.
        - Kinship assessment [[name:Jagger]] – second opinion requested, assessor [[name:MK]] off sick.

        Worker wellbeing: [[name:JK]] upset after [[name:Ty]]'s carer Mrs [[name:Baptiste-Ogunleye]] shouted at her.
        Caseload 17 households (target 14). Escalated to {{Registered Manager}} [[name:L. Ferreira]].
        Next supervision [[date:17 Oct]].
    """)),
    ("social_care", "success", prose("""
        Extract, assessor's statement in support of the {{SGO}} application, case no.
        [[case_reference:ME24C00817]]. The children's father, [[name:Darren Okonkwo-Hughes]],
        is the eldest of four. His mother [[name:Blessing Okonkwo]] (the proposed special
        guardian, [[age:58]]) separated from his father [[name:Gareth Hughes]] in 2001; [[name:Gareth]]
        lives in Pontypridd and has had no role. [[name:Darren]]'s younger sister
        [[name:Chioma]] ("[[name:Chi-Chi]]") lives with [[name:Blessing]] at
        [[address:83 Canterbury Street, Gillingham]] [[postcode:ME7 5TT]] and will be the named
        back-up carer. [[name:Amarachi]] ([[age:6]]) and [[name:Kelechi]] ([[age:4]]) have lived
        with their grandmother since [[date:11 November 2023]] under an {{interim care order}}.
        [[name:Amarachi]]'s {{PEP}} shows her reading age has risen by over a year. Mrs
        [[name:Okonkwo]] has completed the {{Kinship}} peer group and the {{PACE}} course and
        manages contact with [[name:Darren]] and the children's mother [[name:Kayleigh]]
        sensibly, stepping in when he arrived under the influence in August. I recommend the order
        with a three-year support plan.
    """)),
    ("social_care", "incident", prose("""
        Respite incident. [[name:Jack]] ([[age:9]]), usually placed with [[name:Chloe]] and
        [[name:Imran Aziz]], went for a planned respite weekend with [[name:Val Simmonds]] in
        Whitstable on [[date:Fri 21 June]]. His nut allergy and {{EpiPen}} were on
        the placement plan but the respite request form only said "no known issues".
        [[name:Val]]'s grandson gave [[name:Jack]] a {{Snickers}}; he had lip swelling and hives
        within minutes. [[name:Val]] found the auto-injector in his bag but did not use it and
        called 999 on advice; paramedics gave chlorphenamine and took him to
        [[organisation:QEQM]] {{A&E}} in Margate, discharged at 11pm. Carers not told until the
        morning as [[name:Val]] could only find the office number. On-call SSW [[name:Bartek
        Lis]] was never called. Learning: respite forms auto-filled from the placement plan,
        {{anaphylaxis}} training for all respite carers, emergency numbers on the front sheet.
        [[name:Jack]] is fine and says he wants to go back because [[name:Val]]'s dog is called
        {{Biscuit}}.
    """)),
    ("social_care", "incident", block("""
        From: [[email:dazza_k1981@hotmail.co.uk]]
        To: [[email:complaints@brightwaterfostering.co.uk]]
        Date: [[date:Mon, 2 Dec 2024]] 23:14
        Subject: my son

        To who ever reads this. My son is [[name:Reece Kitchener]] DOB [[date_of_birth:04.04.2015]] and
        he was took into care 2 years ago. I was suppose to get a letter box letter every 3 months
        from his foster carers mr and mrs [[name:hardcastle]] and I have had NOTHING since the summer.
        I phoned your office 3 times and a lady called [[name:Shirelle]] or [[name:Sharelle]] said she would
        pass it on. I have done everything they asked I am clean now ask my drugs worker [[name:Tash]] at
        [[organisation:Forward Trust Thanet]]. I just want to know hes ok and if he still likes football.
        [[name:reece]] is all I have got.
        [[name:Darren]]
        [[phone:0774 0900 663]]
    """)),
    # ------------------------------------------------------------------ health
    ("health", "success", block("""
        Community Paediatrics – [[organisation:Beacon Child Development Centre]]
        Dictated: [[date:14/03/2024]]   Typed: [[date:21/03/2024]]   Typist: [[name:sh]]

        Re: [[name:Tyler-James Hopkins]]   DOB: [[date_of_birth:09/07/2014]]
        NHS No: [[nhs_number:969 776 4808]]   Hosp No: [[case_reference:K2251907]]
        c/o foster carers, [[address:5 Orchard View, Lenham]] [[postcode:ME17 2LD]]

        Dear Dr [[name:Chaudhry]],

        I reviewed [[name:Tyler-James]] ("[[name:TJ]]") today with his foster carer Mrs
        [[name:Gwen Arkwright]] and his supervising social worker [[name:Ola]]. He is now on
        {{methylphenidate}} XL 27 mg ({{Concerta XL}}) each morning. Weight 31.2 kg, BP and pulse
        normal, appetite dips at lunch but he eats well in the evening. His class teacher at
        [[organisation:Lenham Hill Primary]] reports much better focus and fewer exclusions.
        [[name:TJ]] told me he can "finish a whole page now". Plan: continue, annual ECG not
        needed, review in 6 months.

        Yours sincerely
        Dr [[name:Adaeze Oyelaran-Smith]], Consultant Community Paediatrician
        cc: Ms [[name:Kemi Bankole]], Social Worker, [[organisation:Medway Council]] Children in Care Team
    """)),
    ("health", "incident", prose("""
        Incident [[case_reference:DATIX W118204]] – CAMHS clinic letter sent to wrong address.
        Following [[name:Mackenzie Rowe]]'s ([[age:15]]) appointment on [[date:9 January]] the
        letter summarising her {{self-harm}} risk and safety plan was posted to the address on
        the {{Spine}}, which was her birth mother's at [[address:112 Ethelbert Road, Dover]]
        [[postcode:CT17 9NQ]], not her foster placement. Mum ([[name:Shelley]]) opened it,
        learned the name of [[name:Mackenzie]]'s new school, and turned up at the gates two days
        later. The placement had been notified to us by the LA social worker [[name:Ikechukwu
        Obi]] but the change was only added as a free-text alert and not to the demographics.
        Duty of candour conversation held with [[name:Mackenzie]], her carers ([[name:Rob]] and
        [[name:Faith Denholm]]) and the LA. Learning: for looked after children the admin
        team checks the current carer address with the SW before every letter; {{PDS}} updated the
        same day by our data team lead [[name:Sunita]].
    """)),
    ("health", "success", prose("""
        [[name:Ruby]] ([[age:11]]), in a {{special guardianship}} placement with her grandparents
        [[name:Linda]] and [[name:Keith Morrow-Baines]], had been referred three times before and
        always closed as "presents well in school". This time the {{SENCo}} at
        [[organisation:Hythe Bay C of E Primary]], Mrs [[name:Kowalczyk]], sent a detailed log of
        her shutdowns at home and masking in class. Dr [[name:Iqbal]] and our SLT
        [[name:Niamh Ó Súilleabháin]] did the {{ADOS-2}} and a school observation, and
        [[name:Niamh]] took a developmental history from [[name:Keith]] that included
        [[name:Ruby]]'s early years with her mum. Diagnosis of {{autism}} given on [[date:Thursday
        27 June]] with [[name:Ruby]] present, using her own words for it ("my brain has different
        settings"). Why it worked: the grandparents' own notes were treated as evidence, and the
        assessment did not wait for a third school report. [[name:Linda]]'s words at feedback: "we
        always knew, we just needed someone to write it down." Post-diagnosis group booked at
        [[organisation:Folkestone Family Hub]].
    """)),
    ("health", "near_miss", prose("""
        {{Initial Health Assessment}} – [[name:Arbër Krasniqi]], [[age:15]], {{UASC}} from
        Albania, placed with [[organisation:Harbourside Fostering]] carers in Deal.
        Nurse [[name:Precious Mutasa]] was about to give a full catch-up schedule ({{MMR}},
        Td/IPV, {{MenACWY}}) as "no records". [[name:Arbër]] said through the telephone
        interpreter (ID [[case_reference:TI-338561]]) that he had injections "in the camp in
        Calais". His key worker [[name:Dritan]] found photos on [[name:Arbër]]'s phone of a
        handwritten card from [[organisation:Médecins du Monde]] dated [[date:03/11/23]] showing
        MMR and Td/IPV already given. Only MenACWY was needed. A double dose would not have been
        dangerous, but he has a real fear of needles and had already refused bloods once.
        Learning: always ask the young person about any paperwork or photos before planning
        vaccines; record the interpreter ID. GP ([[organisation:Manor Road Surgery]]) updated
        by fax ([[phone:01304 555 812]]).
    """)),
    ("health", "incident", block("""
        CAMHS SPA DUTY LOG – [[date:Mon 18/11/24]] – duty clinician [[name:G. Amoah]]

        09:05  call from [[name:Marie]] (foster carer, [[organisation:Riverside Fostering]]) re
               [[name:Kayden]] [[age:14]] – superficial cuts to arm last night, cleaned, no GP.
               Known to us, care coordinator [[name:Dom Farrugia]] on leave. Advised {{A&E}} if deep.
        09:40  [[name:Kayden]]'s SW [[name:Jess Hartigan]] [[phone:07700 900 652]] – wants urgent appt.
        10:15  offered {{CRISIS}} team slot 2pm. [[name:Marie]] can't drive him, two other kids.
        11:30  SSW [[name:Anil]] agreed to bring him.
        14:00  DNA – car broke down on A2. Nobody rang us.
        16:45  rang carer: [[name:Kayden]] in bedroom, says he is "fine", carer doing 15 min checks.
        Outcome: seen at home [[date:19/11]] by Home Treatment Team. Transport plan needed
        for LAC appts. RiO no. [[case_reference:RIO-4417762]]
    """)),
    ("health", "success", block("""
        From: Nurse [[name:Farah Siddiqui]] <[[email:f.siddiqui@nhs.net]]>
        To: Community Paeds secretaries
        Date: [[date:06/02/2024]] 10:02
        Subject: urgent? - [[name:Tilly-Mae Crouch]] Yr3

        Hi [[name:Bex]],
        Just flagging [[name:Tilly-Mae]] (DOB [[date_of_birth:30.10.2016]]) at
        [[organisation:Minster-in-Thanet Primary]]. Her teacher has filmed her "zoning out" for
        10 secs up to 20 times a day, eyelids flickering. She lives with her aunt [[name:Sian]]
        under a {{child arrangements order}}. GP referral went routine (26 wks).

        [[name:Farah]]
        School Nurse, East Kent 5-19 team

        -----
        Reply from [[name:Rebecca Tunstall]], secretary: Dr [[name:Mwale]] has looked at the
        video and upgraded to urgent. EEG [[date:13 Feb]], clinic [[date:20 Feb]]. Aunt informed.
    """)),
    ("health", "incident", prose("""
        Prescribing incident, community paeds, ref [[case_reference:INC-2024-05531]].
        [[name:Ollie Stanhope-Reid]] ([[age:8]]) in kinship care with his uncle
        [[name:Marcus]]. Clinic letter recommended {{melatonin}} oral solution 1 mg/ml, 3 mg at
        night. The GP practice ([[organisation:Sandgate Road Medical Centre]]) issued a 5 mg/ml
        product and the label said "3 ml at night" – 15 mg. [[name:Marcus]] gave it for five nights.
        [[name:Ollie]] was very drowsy in the mornings and fell asleep in assembly; his teacher
        Mr [[name:Adeyemi]] rang [[name:Marcus]]. Pharmacist [[name:Huong Tran]] spotted the
        mismatch when he went for a repeat. No lasting harm. Learning: clinic letters to state
        dose in mg AND ml for liquid melatonin and name the strength; the practice has added
        a formulary alert. {{Yellow Card}} not needed as not an adverse reaction.
    """)),
    ("health", "success", prose("""
        Child protection medical, [[date:24th April]]. [[name:Nia-Grace]] ([[age:4 months]]) lives
        with her {{paternal grandmother}} [[name:Comfort Asante-Doyle]] under an {{interim care
        order}}. A locum health visitor saw blue-grey marks over her lower back and buttocks
        at a routine visit and referred the same afternoon; the social worker
        [[name:Owen Pritchard-Lloyd]] was looking at an emergency foster placement that night.
        Dr [[name:Bhattacharya]] saw her within two hours on [[organisation:Rainbow Ward]],
        [[organisation:William Harvey Hospital]]. The marks were recorded in her {{red book}} at
        the newborn check as {{congenital dermal melanocytosis}} and had not changed. No other
        findings, skeletal survey not indicated. [[name:Comfort]] was told face to face, with
        an apology for the worry, and the placement stayed as it was. Learning for the HV team:
        check the red book and birth record before referral, photograph with a colour scale, and
        do not assume bruising on darker skin. Hospital no. [[case_reference:WHH 0907734]].
    """)),
    ("health", "success", block("""
        CAMHS Eating Disorder Service – discharge letter
        Re: [[name:Amelia-Jane Fortescue]] ("[[name:AJ]]"), [[age:16]]   NHS [[nhs_number:4806841730]]

        Dear Dr [[name:Lindqvist]],

        I am pleased to discharge [[name:AJ]] after 14 months of {{family-based treatment}}. She
        lives with her {{maternal aunt}} and uncle, [[name:Sorcha]] and [[name:Cathal Doherty]],
        under a {{special guardianship order}}, and they took on every meal at home, including
        around [[name:Cathal]]'s night shifts at [[organisation:London Thamesport]]. Her weight is
        now 98% median BMI, her bradycardia has resolved, and she starts at
        [[organisation:Stour Valley Sixth Form]] next month. [[name:AJ]] asked me to say thank you
        to "[[name:Sorch]]" for the notebook of meal plans, which she wants to keep.

        Yours sincerely,
        Dr [[name:Helen Ashdown-Vickers]]
        Consultant Child and Adolescent Psychiatrist

        cc: [[name:Sorcha]] and [[name:Cathal Doherty]] ([[email:sorcha.doherty77@gmail.com]])
    """)),
    ("health", "near_miss", prose("""
        rha done at carers home [[date:12/8]]. yp [[name:destiny]] [[age:13]], placed with
        [[name:marlene]] via [[organisation:brightwater fostering]] since the spring. growth ok,
        {{sdq}} 19 (borderline), imms up to date. dental: carer said "seen last month" but when
        i rang [[organisation:Wincheap Dental Practice]] they had no record of her since 2022 –
        [[name:marlene]] had mixed her up with another yp in placement. [[name:destiny]] then
        told me she has had toothache "for ages" and didn't want to say. 3 teeth look decayed.
        urgent appt booked [[date:19/8]]. would have gone down as dental up to date for another 6
        months. ssw [[name:kez]] informed, will pick up with carer re keeping an appt diary for
        each child. – [[name:LW]], {{LAC nurse}}
    """)),
    ("health", "incident", block("""
        NEURODEVELOPMENTAL MDT – [[date:07.05.24]]
        Attendees: Dr [[name:P. Venkataraman]] (chair), [[name:Ioana Popescu]] (OT), [[name:Will Haddon]] (EP),
        [[name:Oluwaseun Adeyinka]] (CAMHS), [[name:Chris]] ({{LAC nurse}}), [[name:Beth McAllister]] (SSW, [[organisation:Cedar Fostering]])

        Case 3: [[name:Rio Mahoney-Barnes]] ([[age:9]]), ref [[case_reference:CDC/2219/R]]
        - {{FASD}} query: birth mum's alcohol use noted by midwife; notes from
          [[organisation:Darent Valley Hospital]] maternity requested twice, not received.
        - INCIDENT: OT report was uploaded to another child's record ([[name:Rio Mahoney]], same
          birth month). Spotted by [[name:Will]] because it described a sister [[name:Rio]] doesn't have.
          Other family's carer had already been sent the letter.
        - Actions: [[name:PV]] to phone both families today; records team to move report;
          {{Datix}} [[case_reference:DX-51102]]; [[name:Beth]] to tell [[name:Rio]]'s carers.
    """)),
    ("health", "near_miss", prose("""
        Near miss with appointment texts. [[name:Chanel]] ([[age:6]]) is in foster care with
        [[organisation:Bluebell Family Placements]], but the mobile on her record was still
        [[phone:07700 900 915]], her birth father [[name:Jermaine Oduya]]'s, who is not allowed to
        know where she lives or goes to school. Her reminder for the {{community paediatric}}
        clinic at [[organisation:Gravesend Child Health Clinic]] on [[date:Wed 3 July]] at 10:40 was
        queued to go out at 6pm. Receptionist [[name:Lin Zhao]] noticed the {{CP alert}} when she
        was checking the next day's list, phoned the SSW [[name:Ayo]] and stopped the message with
        about 20 minutes to spare. The foster carer's number, [[phone:+44 7700 900 277]], is now on
        the record and the father's has been removed. Learning: when a child becomes looked after,
        reception checks every contact field, not just the address.
    """)),
    ("health", "success", prose("""
        [[name:Precious]] ([[age:5]]) has {{Lennox-Gastaut syndrome}} and was about to move from
        respite to a long-term foster placement with [[name:Ifeoma]] and [[name:Graham
        Whitfield-Ade]]. Our epilepsy nurse [[name:Sunny Dhaliwal]] did the {{buccal midazolam}}
        training in their home on [[date:5th Nov]], with [[name:Precious]]'s own seizure video and
        care plan, and also trained their adult daughter [[name:Ebony]] and the school TA at
        [[organisation:Greenvale Infant School]]. Two weeks later [[name:Precious]] had a
        prolonged tonic seizure at a soft play in Chatham; [[name:Ifeoma]] gave the rescue dose at
        five minutes exactly as trained and it stopped within three. No ambulance needed in the
        end. [[name:Graham]] said the practice run with the doll "made it feel normal". Shared at
        the epilepsy team meeting as an example of training the whole household, not just the
        main carer.
    """)),
    ("health", "near_miss", block("""
        Child & Adolescent Mental Health – Tic Clinic
        [[address:Unit 4, Sovereign House, Maidstone Road, Chatham]] [[postcode:ME4 6NB]]   Tel [[phone:01634 555 420]]

        To whom it may concern at [[organisation:Luton Junior Academy]]

        Re: [[name:Jake Bellingham-Toure]], DOB [[date_of_birth:1 March 2013]], NHS [[nhs_number:171-335-7755]]

        [[name:Jake]] has {{Tourette syndrome}} with motor and vocal tics, including {{coprolalia}}
        (involuntary swearing). I understand from his special guardian, Mr [[name:Toure]], that a
        fixed-term exclusion was being considered after [[name:Jake]] swore in assembly on
        [[date:Monday 10th]]. These tics are not under his control; sanctions increase anxiety and
        tics. Please see the enclosed {{Tourettes Action}} school pack.

        Dr [[name:Ngozi Eze-Bailey]], Specialty Doctor
        cc: Mr [[name:Rashid Toure]] (special guardian)

        Admin note [[name:kb]] [[date:12/06]]: school rang, exclusion withdrawn, TA support agreed.
    """)),
    ("health", "incident", prose("""
        Was-not-brought review. [[name:Minh Anh Nguyen]] ([[age:7]]) was referred on [[date:6 Feb
        2024]] with faltering growth and constipation. She lives with her aunt
        [[name:Nguyễn Thị Lan]] ("{{Cô}} [[name:Lan]]") and uncle [[name:Trần Văn Hùng]] under an
        informal kinship arrangement; no LA involvement. Three appointments were missed. Each
        time a standard letter in English went to [[address:Flat 12, Marine Court, Margate]] and
        the system recorded "DNA", then discharged back to the GP. The {{health visitor}} team
        later found [[name:Lan]] reads no English, the nail bar she works at
        ([[organisation:Lucky Nails Cliftonville]]) is open on the clinic day, and [[name:Minh
        Anh]] was not registered at any school. A {{private fostering}} notification should have
        been made months earlier. On home visit she was below the 0.4th centile. Now seen with a
        Vietnamese interpreter, referred to {{MASH}}, and our policy changed so that children are
        never discharged after two WNB without a call to the family and the referrer. Clinic ref
        [[case_reference:CP-GRO-00871]].
    """)),
    # ------------------------------------------------------------------ aviation
    ("aviation", "incident", prose("""
        SAFETY REPORT – cable break, [[date:Sat 9 March]], [[organisation:Kent Weald Gliding
        Club]]. Second launch of the day in {{K-21}} [[aircraft_registration:G-CJWX]]
        ("[[aircraft_registration:JWX]]"), instructor [[name:Phil]] "[[name:Sparky]]"
        [[name:Cotterill]] in the back with a trial lesson visitor, Mrs [[name:Deborah Quigley]]
        ([[age:67]]). The cable broke at around 250 ft in the full climb. [[name:Sparky]] lowered
        the nose promptly, waited for the speed and landed straight ahead on the remaining run with
        room to spare. The recovered weak link was one grade too weak for a two-seater – a
        single-seater link had been left on the cable end after the previous launch. Winch driver
        [[name:Gaz]] ([[name:Gareth Penhaligon]]) says the {{launch point controller}} signalled
        "take up slack" before anyone had checked. Actions: weak link colour called out loud at
        hook-on by wing runner and pilot; weak link board at the launch point. Mrs
        [[name:Quigley]] has booked a second lesson. BGA report ref
        [[case_reference:SIR-2024-0117]]. – [[name:R. Nkemelu]], {{CFI}}
    """)),
    ("aviation", "near_miss", block("""
        AEROTOW OCCURRENCE – club form
        Date: [[date:27/07/24]]        Site: [[organisation:Wye Ridge Airfield]]
        Tug: {{Piper Pawnee}} [[aircraft_registration:G-BXTP]], pilot [[name:Malcolm Dewhurst]] ("[[name:Dewi]]")
        Glider: {{LS8}} comp no. [[aircraft_registration:L8]] / [[aircraft_registration:BGA 4721]], P1 [[name:Katarzyna Wiśniewska]]

        What happened: at about 400 ft the glider climbed well above the tug (kiting). [[name:Dewi]]
        felt the tail lifting and released at 450 ft; the tug recovered with about 200 ft to
        spare. [[name:Kasia]] says a cushion slid behind her back on the ground run, pushing her
        forward on the stick, and she was trying to shift it.
        Contributing: first flight of the season in her own glider, rigged in a hurry, no check
        for loose items.
        Actions: {{CBSIFTCBE}} re-briefed at club evening; tug upset drill reviewed with all tug pilots.
        Reported by: [[name:K. Wiśniewska]] / [[name:M. Dewhurst]]   tel [[phone:+44 (0)1233 555 091]]
    """)),
    ("aviation", "near_miss", prose("""
        Airprox, [[date:Thursday 15 August]], about 1400 local. I was instructing in our
        {{Eurofox}} [[aircraft_registration:G-CMFX]] from [[organisation:Brookland Microlight
        Centre]] with student [[name:Rhiannon Pugh]], level at 2000 ft just east of Wye. A white
        glider came up from under the nose climbing in a thermal, roughly 100 m away and at our
        level. It was [[aircraft_registration:G-CKLT]] (comp no. [[aircraft_registration:T4]]) from
        the gliding club, flown by [[name:Ed]] ([[name:Edmund Farquharson]]), who rang me that
        evening and was as shaken as I was. His {{FLARM}} does not talk to our {{SkyEcho}}, so
        neither of us had any warning. {{Lydd Approach}} were busy with [[flight_number:LYX317]]
        and we were not on a service. Filed with {{UKAB}}, ref [[case_reference:Airprox
        2024172]]. Learning: we now brief the gliding site on the VFR chart on every lesson
        and avoid the ridge on good thermal days; [[name:Ed]]'s club is looking at a shared
        {{ADS-B}} box for their fleet. – [[name:Jules]]
    """)),
    ("aviation", "success", block("""
        Chat export – [[organisation:Kent Weald GC]] Retrieves
        [[date:08/06/2024]], 14:32 - [[name:Tommo]]: landed out, big stubble field 2nm SW of Bethersden, all good, [[aircraft_registration:Z9]] undamaged
        [[date:08/06/2024]], 14:33 - [[name:Mags]] (DI): glad ur ok!! farm postcode?
        [[date:08/06/2024]], 14:36 - [[name:Tommo]]: farmer says [[postcode:TN26 3LB]], gate by the big oak. he's Mr [[name:Jarvis]], [[phone:07700 900 802]]
        [[date:08/06/2024]], 14:40 - [[name:Big Al]]: I'll bring the trailer, leaving now in the Disco [[vehicle_registration:WK62 HFD]]. [[name:Tommo]] yours is the blue one?
        [[date:08/06/2024]], 14:41 - [[name:Tommo]]: yes blue {{Cobra}}, key in the clubhouse drawer
        [[date:08/06/2024]], 16:05 - [[name:Big Al]]: derigged, on our way
        [[date:08/06/2024]], 17:55 - [[name:Tommo]]: back. Mr [[name:Jarvis]] lovely, gave us tea & showed me where his wires are for next time. taking him a bottle. first land-out since my {{Silver}} – textbook field selection thanks to [[name:Mags]]'s briefing 😊
    """)),
    ("aviation", "success", prose("""
        Good outcome worth sharing. Student [[name:Wiktor Zając]], pre-solo at about 14 hours, was
        doing circuits at [[organisation:Marsh Lane Microlights]] on [[date:20/10]] with instructor
        [[name:Deb Arundel]] when the {{Rotax 912}} in {{Ikarus C42}}
        [[aircraft_registration:G-CGPX]] started running rough on the downwind leg – {{carb
        icing}} on a damp 9 degree day. [[name:Deb]] let [[name:Wiktor]] fly it: carb heat on,
        power back, a shortened circuit and a tidy landing. She only talked him through it.
        Afterwards [[name:Wiktor]] said he had recognised the symptom from the ground briefing the
        week before. Chief instructor [[name:Ashok]] "[[name:Ash]]" [[name:Varma]] has now put
        the carb icing chart into the daily brief on any day with a small dewpoint spread, and
        [[name:Wiktor]] did his first solo a fortnight later.
    """)),
    ("aviation", "near_miss", prose("""
        Near miss – canopy, [[date:Sun 14 Apr]]. The club {{K-13}} [[aircraft_registration:G-DDUE]]
        ([[aircraft_registration:BGA 1873]]) had been signed off in the DI book at 09:15 by
        [[name:Chaz]], but at the launch point it was lined up with the front canopy shut and not
        locked. Cadet wing runner [[name:Ellie]] ([[age:15]]) noticed the red tab on the catch
        sticking out and gave the all-stop signal, exactly as trained. P1 was [[name:Mehmet
        Yılmaz]] with [[name:Cerys]] in the front for her third lesson. [[name:Chaz]] admits he
        rushed the DI, and a visitor had opened the canopy again afterwards to take a photo. The
        club has added "canopy closed and locked, tab in" to the final hook-on check and a sign on
        both canopy frames. [[name:Ellie]] got a well-deserved mention at the bar and a {{Bronze}}
        theory book from the safety officer. Log ref [[case_reference:KWGC-OR-24-009]].
    """)),
    ("aviation", "incident", block("""
        [[organisation:Downsview Gliding Club]] – Safety Committee minutes, [[date:4th Feb 2025]]
        Present: [[name:Tony]] "[[name:Two Sheds]]" [[name:Barraclough]] (Chair/SO), [[name:Ingrid Halvorsen]] (CFI),
        [[name:Nobby]] (tug master), [[name:Seun Ladipo]] (winch master), [[name:Pip]] (membership)
        Apologies: [[name:Grumpy Dave]]

        1. Winch, [[date:26/01]]: drum brake overheated on the {{Supacat}} winch, smoke seen from the
           launch point, launching stopped. [[name:Seun]] found the brake adjuster seized.
           Winch out of service until [[date:15/02]]. Hire of [[organisation:Weald & Downland GC]]'s winch agreed.
        2. Tug [[aircraft_registration:G-AZPA]]: oil on belly after last flight, 50-hour check brought forward.
        3. Membership: new junior [[name:Freddie]] ([[age:14]]) – {{safeguarding}} forms outstanding;
           [[name:Pip]] to chase parents before he flies again.
        4. AOB: [[name:Two Sheds]] reminded all that the winch log is a legal record – entries in pencil not acceptable.
        Next meeting [[date:4 March]], clubhouse, 19:30.
    """)),
    ("aviation", "near_miss", block("""
        LAUNCH POINT LOG   [[date:Sun 19/05/24]]   DI: [[name:MJ]]   LPC: [[name:Hattie]]   Winch: [[name:Oleksandr]]
        #   time   a/c                                      P1                  P2               ln
        1   10:02  [[aircraft_registration:KRT]] {{K21}}    [[name:Ferris]]     [[name:Okoro]]   W
        2   10:20  [[aircraft_registration:KRT]] K21        [[name:Ferris]]     [[name:Amber]]   W
        3   10:41  [[aircraft_registration:FHX]] K13        [[name:Sanjay P]]   [[name:Nell]]    W
        4   11:05  [[aircraft_registration:G-CHZB]] Astir   [[name:jacko]]      –                W  cable break, land ahead OK
        5   11:30  [[aircraft_registration:KRT]] K21        [[name:Ferris]]     [[name:Okoro]]   W
        6   12:15  [[aircraft_registration:FHX]] K13        [[name:Sanjay P]]   [[name:Amber]]   W
        7   12:40  [[aircraft_registration:G-CHZB]] Astir   [[name:jacko]]      –                W  ** wing drop
        Remarks: #7 wing dropped on the ground run, [[name:jacko]] released at once, tip dragged and
        the glider swung about 45°, stopping 20 m short of the parked K21. No damage found by
        [[name:MJ]]. Wing runner was new member [[name:Siobhan]], not briefed on running with the
        wing level. Second event for [[aircraft_registration:G-CHZB]] today - flag for the {{Safety Officer}}.
    """)),
    ("aviation", "success", prose("""
        First solo! [[name:Bilal Qureshi-Hart]] went solo in the club {{K-13}}
        [[aircraft_registration:G-DCTX]] on [[date:Saturday 2 August]], the day he turned
        [[age:14]], after winning a {{Caroline Trust}} bursary in the spring. Three circuits with
        {{Wing Commander}} (retd) [[name:Fiona Blackwood]] first, then off he went – textbook
        approach, landed on the numbers. His mum [[name:Nasreen]] and little sister
        [[name:Aleena]] watched from the launch point, and the whole {{Air Cadets}} squadron
        cheered over the radio (not strictly allowed). Youth co-ordinator [[name:Joss Ekwueme]]
        reminds everyone that photos of juniors only go on the club Facebook with written consent
        under our {{safeguarding policy}} – [[name:Nasreen]] has given it. Next step for
        [[name:Bilal]]: {{Bronze}} exams. Special thanks to winch driver [[name:Summer Penrose]]
        who gave him 14 perfect launches this season.
    """)),
    ("aviation", "incident", prose("""
        Runway incursion, [[date:Wed 12 June]], [[organisation:Romney Marsh Flying Group]]
        strip. A farm pickup, [[vehicle_registration:GN19 PKU]], drove across the threshold of
        runway 21 while a {{Cessna 152}} [[aircraft_registration:G-BOYL]], flown solo by
        [[name:Lindsey Achterberg]], was on short final. She went around from about 50 ft and
        landed on the second approach. The driver was the landowner's nephew [[name:Callum]], in
        his first week helping at harvest. His uncle, Mr [[name:Tolputt]], normally rings the
        clubhouse on [[phone:01797 555 322]] before crossing but nobody had told
        [[name:Callum]]. Actions: signs on both sides of the crossing point, Mr
        [[name:Tolputt]] to brief all farm staff and casual workers, a convex mirror at the gate,
        and the {{CAP 793}} strip procedures re-read by the group committee. [[name:Lindsey]] was
        calm on the radio and did everything right.
    """)),
    ("aviation", "incident", prose("""
        Ground incident, [[date:31/08/24]]. During cable retrieve the Land Rover
        [[vehicle_registration:L482 TKE]], driven by [[name:Sunny]] ([[name:Sandeep Bains]]),
        towed both cables back across the launch point while [[name:Frankie]] was hooking on the
        {{K-8}} [[aircraft_registration:CXR]] for [[name:Bill Pemberton-Lacey]]. The moving cable
        caught [[name:Frankie]]'s ankle and knocked her over; bruising, no fracture, checked at the
        {{minor injuries unit}} at [[organisation:Kent & Canterbury Hospital]]. The retrieve route
        had been changed that morning because of the wet patch by the hangar and the launch point
        crew were not told. [[name:Sunny]] could not see the launch point past the trailer park.
        Learning: retrieve route agreed at the morning brief, radio call "cables inbound" on the
        club frequency, no hooking on while cables are moving. [[name:Bill]] now brings the
        retrieve plan to the daily briefing. Report [[case_reference:DGC-2024-031]].
    """)),
    ("aviation", "incident", block("""
        From: [[name:Rob Tillett]] <[[email:tillett.farms@btconnect.com]]>
        To: [[email:secretary@kwgc.org.uk]]
        Date: [[date:Tue 22 Jul 2025]] 07:12
        Subject: glider in my barley AGAIN

        Second time this summer one of your gliders has put down in the barley at
        [[address:Great Pett Farm, Pett Lane, Charing]] [[postcode:TN27 0DS]]. Your lot walked a
        trailer through a standing crop to get it out, 40 metres flattened. White one with
        [[aircraft_registration:HM2]] on the tail. I don't mind a pilot landing if he has to but I want a
        phone call first and the damage paid for. I have photos.
        [[name:R Tillett]]
        [[phone:07700 900 739]]

        > Reply from [[name:Jean-Luc Marchetti]] (Hon. Sec.):
        > Mr [[name:Tillett]], I am very sorry. The pilot, [[name:Hamish]], should have rung you
        > before the retrieve crew went in. Our insurers, [[organisation:Southdown Aviation Insurance]],
        > will be in touch (claim ref [[case_reference:SAI/CL/24-3318]]).
    """)),
    ("aviation", "near_miss", block("""
        From: [[name:Ingrid Halvorsen]] <[[email:cfi@downsviewgc.co.uk]]>
        To: [[name:Callum MacLeod]] <[[email:c.macleod.re@gmail.com]]>
        Date: [[date:6 Feb 2025]]
        Subject: instructor rating lapse – for info

        [[name:Callum]],

        As discussed on the phone. One of our {{Basic Instructors}}, [[name:David Fairweather]]
        ("[[name:Grumpy Dave]]" to all), flew two instructional flights on [[date:11 January]] with a
        rating that had lapsed on [[date:31/12/24]]. BGA membership no. [[case_reference:108452]].
        Nothing went wrong, but his P2 both times was a pre-solo member, Mrs [[name:Okafor-Lindsay]]
        ([[age:71]]). Our spreadsheet flagged it in November, but the reminder went to the old safety
        officer's address ([[email:so.downsview@gmail.com]]) which nobody reads. [[name:Dave]] has
        stood down until his revalidation flight with you on [[date:22 Feb]] and was very decent about it.

        All rating expiries now come from the {{BGA}} portal alerts, and the duty instructor checks
        the instructor currency list on the clipboard before flying starts.

        [[name:Ingrid]]
        CFI, [[organisation:Downsview Gliding Club]] | [[phone:+44 7700 900 563]]
    """)),
    ("aviation", "near_miss", prose("""
        Near miss – carbon monoxide. Tug pilot [[name:Efe Omoregie]] was on his fifth tow of the
        day in the {{Pawnee}} [[aircraft_registration:G-BSTW]] on [[date:3rd May]] when he noticed
        the {{CO detector}} spot on the panel had gone dark grey. He had a headache and felt slow on
        the radio, which he had put down to the heat. He landed, shut down and told tug master
        [[name:Nobby]] ([[name:Norman Clarke]]), who grounded the tug. Engineer [[name:Pádraig Ó
        Briain]] at [[organisation:Stourmouth Aero Services]] found a cracked exhaust slip joint
        letting fumes into the cabin heat muff. The spot detector had expired in 2022 and had
        probably been under-reading for months. [[name:Efe]] was checked at {{A&E}}:
        carboxyhaemoglobin 9%. Actions: electronic CO detectors with an audio alarm in both
        tugs; tug pilots stop towing with any headache; {{MOR}} filed, ref
        [[case_reference:MOR-2024-08841]]. [[name:Efe]] said "I nearly didn't mention it because I
        didn't want to hold up the launch queue" – which is the real learning here.
    """)),
    ("aviation", "near_miss", prose("""
        Comp near miss, Day 4 of the [[organisation:Weald Regionals]], [[date:17/08/2023]]. At about
        1730 [[aircraft_registration:W11]] ([[name:Brendan Kinsella]]) was on a straight-in final
        glide to the finish line from the north at 90 kt while [[aircraft_registration:J1M]]
        ([[name:Oksana Hryhorenko]]) had finished through the ring and was turning onto a
        right-hand circuit for runway 27. {{FLARM}} warned both; [[name:Oksana]] tightened her
        turn and [[name:Brendan]] pulled up over her with an estimated 30 m vertical. A third
        glider, [[aircraft_registration:KF]], flown by [[name:Tadhg]], was on long final behind
        them. Comp director [[name:Fitz]] ([[name:Seán Fitzgerald]]) stopped line finishes for the
        rest of the week and raised the {{finish ring}} minimum height to 500 ft. [[name:Brendan]]
        said at briefing he had been "racing the clock, not looking out". Traces from the
        {{IGC}} files of all three loggers were reviewed by the {{Competitions and Awards
        Committee}}.
    """)),
]


def main() -> None:
    records = build_records("blind49", REPORTS)
    write_records(OUT, records)


if __name__ == "__main__":
    main()
