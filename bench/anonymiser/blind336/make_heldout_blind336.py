"""Held-out blind corpus 336: 50 hand-written UK incident, near-miss and learning reports.

Written blind (without sight of the de-identifier or of any other corpus) to measure how well
de-identification generalises to unseen settings and writing styles. Every person,
organisation, place and number is invented.

Settings:
- social_care (17): supported accommodation for 16-17 year olds (key workers, curfews,
  Ofsted registration, tenancies and licence agreements, missing episodes).
- health (17): a chemotherapy day unit and its aseptic pharmacy (SACT prescriptions,
  infusions, extravasation, hypersensitivity, cold chain).
- aviation (16): de-icing and winter operations at a northern airport (de-icing rigs,
  holdover times, snow clearance, stands, RT).

Styles, deliberately mixed: rushed lower-case notes with typos and txt-speak, formal
narratives, chronologies with times, forms with Name/DOB/Ref/Address fields, e-mails with
headers and signatures, chat exports (Teams, WhatsApp, Slack, with handles), handover notes,
minutes with attendance and apologies, pipe-separated tables, RT transcripts, shout-outs and
thank-you notes. Identifiers are marked [[label:value]]; must-not-redact mentions {{term}}.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from markup import block, build_records, write_records  # noqa: E402
from markup import flow as prose  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "corpus" / "heldout_blind336.jsonl"

REPORTS = [
    # ------------------------------------------------------------------ social care
    ("social_care", "incident", block("""
        [[name:kai]] back 23:40, {{curfew}} is 22:00 so well late. smelt of weed, v agitated.
        [[name:kai]] wudnt say where hed been just "out w mates". did {{room check}} w [[name:jo]] -
        found a kitchen knife under matress, removed + logged. rang {{EDT}} 23:55 spoke to [[name:Dev]],
        advised keep {{obs}} + inform {{sw}} in am. {{police}} not called as [[name:kai]] came back himself.
        [[name:kai]] calmed down abt {{1am}} & went to bed. hes only [[age:16]] n been here 3 wks.
        need to flag to [[name:Marcia]] ({{key worker}}) re knife + possible {{CCE}}.
        log ref [[case_reference:LH-0917]]
    """)),
    ("social_care", "incident", prose("""
        On [[date:Saturday 9 March]] at approximately 19:10, [[name:Tiegan Roberts-Akande]] ([[age:17]])
        left [[organisation:Brindle Court]] without telling staff. [[name:Tiegan]] had agreed a
        {{curfew}} of 21:00 with her {{key worker}}, [[name:Hope Adeyemi]], during their session that
        afternoon. When [[name:Tiegan]] had not returned by 21:30 and was not answering her phone, the
        {{shift lead}}, [[name:Grace Lindqvist]], followed the {{missing from home}} protocol and reported
        her missing to {{police}} (log [[case_reference:NYP-240309-0611]]). Her {{social worker}} at
        [[organisation:Wexcombe Borough Council]] was informed via {{EDT}}. [[name:Tiegan]] was found by
        officers at 01:15 at a flat on [[address:Calloway Street, Marsham]] and returned unharmed but
        intoxicated. A {{return home interview}} has been requested and an {{Ofsted}} notification
        made. Learning: the {{Independent}} advocate should be offered at the next {{review}}, and staff
        should ring at the curfew time itself rather than waiting thirty minutes.
    """)),
    ("social_care", "near_miss", block("""
        INCIDENT / NEAR MISS FORM
        Service: [[organisation:Larkfield House Supported Living]]
        {{Young person}}: [[name:Oluwaseun Bakare]]
        {{DOB}}: [[date_of_birth:14/08/2007]]
        Ref: [[case_reference:YP-3382]]
        Address: [[address:Flat 4, 27 Penrose Terrace, Marsham]] [[postcode:MR4 7TQ]]
        Date of event: [[date:02/04/2024]]
        Reported by: [[name:Will Chukwu]] ({{support worker}})

        Description: During the weekly {{room check}} I noticed the {{carbon monoxide alarm}} in
        [[name:Seun]]'s {{kitchenette}} had been unplugged and the battery taken out. [[name:Seun]] said it
        "kept beeping" when he cooked. The {{gas boiler}} is in the same cupboard. No harm occurred.
        Action: alarm reinstated and tested, {{landlord}} ([[organisation:Penrose Lettings]]) asked to
        fit a sealed unit. Talked to [[name:Seun]] about why it matters and added a {{CO}} check to the
        {{tenancy}} checklist for all flats.
    """)),
    ("social_care", "success", block("""
        Teams - #staff-chat
        [09:12] [[name:Amber Okafor]]: shout out to @[[name:raff]] for last night 🙌
        [09:13] [[name:Amber Okafor]]: [[name:Jaylen]] ([[age:16]]) was kicking off in the {{lounge}} after his
        {{mum}} cancelled {{contact}} again, [[name:raff]] sat with him nearly 2 hrs, no {{restraint}},
        no {{police}}, got him to ring his {{PA}} himself
        [09:15] [[name:Sunny Baptiste]]: legend. [[name:Jaylen]] told me this morning [[name:raff]] is
        "the only one who gets it"
        [09:16] [[name:Rafferty Doyle]]: cheers both, he did the hard work tbh. used the
        {{de-escalation}} stuff from the {{TCI}} training
        [09:17] [[name:Amber Okafor]]: going in the {{learning log}} + ill tell [[name:Pat]] for {{supervision}}
    """)),
    ("social_care", "incident", block("""
        From: [[name:Faith Mwangi]] <[[email:f.mwangi@harbourlinkyouth.org.uk]]>
        To: {{Safeguarding Lead}} <[[email:safeguarding@harbourlinkyouth.org.uk]]>
        Date: [[date:Tue 16 Apr 2024]] 08:47
        Subject: Incident [[case_reference:IR-24-0412]] - adult male on site

        Morning [[name:Bill]],

        Flagging last night. Around 22:15 {{night staff}} ([[name:Tomasz]]) found an adult male in
        {{Flat 2}} with [[name:Precious Nwosu]], [[age:17]]. He gave his name as "[[name:Dre]]" and said he
        was [[age:24]]. [[name:Precious]] says he is her boyfriend. He is not on her approved visitor list
        and visitors must leave by 21:00 under the {{licence agreement}}. [[name:Tomasz]] asked him to
        leave, he did, but came back at 23:30 buzzing the {{intercom}}. {{Police}} called on {{101}},
        ref [[case_reference:0624-1604]]. [[name:Precious]] was upset and said we are "ruining her life".

        Concerns re {{CSE}} given the age gap. I have sent a {{MASH}} referral and told her {{SW}}.
        Can we discuss at the 11:00 {{huddle}}?

        [[name:Faith Mwangi]]
        {{Senior Support Worker}}, [[organisation:Harbourlink Youth Housing]]
        [[phone:07700 900417]]
    """)),
    ("social_care", "near_miss", block("""
        Team meeting minutes - [[organisation:Larkfield House]]
        Date: [[date:23/04/2024]]
        {{Present}}: [[name:Mark Henshaw]] ({{Service Manager}}), [[name:Joy Achterberg]], [[name:Ifeoma Eze]],
        [[name:Kwabena]] "[[name:KB]]" [[name:Asante]], [[name:Ryszard Nowak]]
        {{Apologies}}: [[name:Rose Tamura]], [[name:Hollie]] ({{agency}})

        {{Item 3}} - {{near miss}}, fob access
        [[name:RN]] reported that on [[date:19 April]] a young person's {{door fob}} was handed to a
        visiting friend to "let himself in". Picked up by [[name:Joy]] on {{CCTV}} review before the
        friend came back. No one entered. Fob deactivated same day, new one issued.
        Discussion: [[name:KB]] said fobs are passed round more than we think. [[name:Mark]] reminded the
        team that security of the setting is part of our {{Ofsted}} registration and every lost or
        lent fob must be logged.
        Actions: [[name:Ifeoma]] to add a fob check to the {{room check sheet}}. [[name:Mark]] to raise
        at the {{Reg 44}} visit.
    """)),
    ("social_care", "incident", block("""
        {{Curfew}} breaches w/c [[date:29 April]] - [[organisation:Brindle Court]] (for {{RM}} meeting)

        {{YP}}        | Date   | Curfew         | In at        | Action
        [[name:JT]]        | [[date:29/04]]  | 22:00          | 00:40        | {{MFH}} to {{police}}, log [[case_reference:1190]]
        [[name:Kai]]       | [[date:30/04]]  | 22:00          | 22:35        | {{verbal warning}}
        [[name:Ana-Lucía]] | [[date:01/05]]  | 23:00 (agreed) | not returned | found at {{dad}}'s 02:10, {{EDT}} told
        [[name:JT]]        | [[date:03/05]]  | 22:00          | 01:15        | 2nd MFH this wk, {{strategy mtg}} requested

        Note from [[name:Gbenga]]: [[name:JT]]'s pattern is escalating - 2 missing episodes in 5 days,
        both times dropped back by a car. Referred to the {{exploitation panel}} ({{MACE}}).
    """)),
    ("social_care", "incident", block("""
        HANDOVER - {{nights}} -> {{earlies}}, thurs
        from: [[name:marguerite]] / to: [[name:Dom]] + [[name:Yusuf]]

        - Flat 3 ([[name:Lewis D]]): fire alarm set off 03:10 by vaping in room. {{Fire service}}
          attended (auto call). No fire. [[name:Lewis]] admitted it. 2nd time so it goes on his
          {{tenancy warning}}. ***needs writing up on the {{incident log}}***
        - Flat 5 ([[name:Zofia Wiśniewska-Hart]]): quiet. has {{college}} at 9 ([[organisation:Aldermoor College]]),
          needs bus money from her {{allowance}}.
        - Flat 6 ([[name:Hamza]]): still not eating much. {{Key worker}} [[name:Sian]] to pick up, maybe {{GP}}.
        - Flat 1: empty, new {{YP}} moving in pm, placing {{LA}} is [[organisation:Rotherdale Council]],
          {{sw}} is Mr [[name:Achebe]] [[phone:07700 900682]].
        [[name:m]].
    """)),
    ("social_care", "near_miss", block("""
        [[[date:12/05/2024]], 21:04] [[name:Daisy-Mae]]: anyone know if [[name:Rio]]'s {{insulin}} is in the {{fridge}} or did she take it to her {{nan}}'s
        [[[date:12/05/2024]], 21:06] [[name:Tunde Bakare]]: she took her {{pen}} but the {{spare box}} is in the {{office fridge}}
        [[[date:12/05/2024]], 21:07] [[name:Daisy-Mae]]: office fridge thermometer says 14°C 😬 door wasnt shut properly
        [[[date:12/05/2024]], 21:09] [[name:Tunde Bakare]]: ok dont use that box. ring {{111}} / {{pharmacy}} tmrw for advice. log it
        [[[date:12/05/2024]], 21:10] [[name:Daisy-Mae]]: done. moved rest to {{kitchen fridge}} w note. [[name:Rio]]'s got enough in her pen til tmrw
        [[[date:12/05/2024]], 21:31] [[name:Ellie K]]: thanks [[name:DM]] {{good catch}}. ill ring [[organisation:Castlegate Pharmacy]] first thing
    """)),
    ("social_care", "incident", block("""
        Chronology - Ref [[case_reference:SA/2024/118]] - [[organisation:Harbourlink Youth Housing]], [[organisation:Cedar Lodge]]

        [[date:Fri 17 May]]
        16:30 [[name:Naomi-Rose Petrov]] ([[age:17]]) back from {{college}}, told {{KW}} [[name:Will]] she'd had a "rubbish day".
        19:45 Staff ([[name:Bea]]) heard crying from room. [[name:Naomi-Rose]] declined to talk.
        20:20 {{Room check}}: superficial cuts to left forearm, fresh. {{First aid}} given by [[name:Bea]].
              No need for {{A&E}} per {{NHS 111}} advice.
        20:40 [[name:Naomi-Rose]] agreed {{safety plan}}, handed over 2 pencil sharpener blades.
        21:00 {{EDT}} informed. Message left for {{CAMHS}} crisis line.
        22:00 {{Hourly checks}} started overnight.
        [[date:Sat 18 May]]
        09:30 [[name:Naomi-Rose]] up, ate breakfast, agreed to see {{GP}} {{Monday}}. [[name:Will]] to review the
              {{risk assessment}} with her and her {{SW}}, Mrs [[name:Delacroix-Mbeki]].
    """)),
    ("social_care", "success", block("""
        to everyone at [[organisation:larkfield]] esp [[name:Rosa]] and Mr [[name:Haddad]],

        i just wanted to say thank u for the last 11 months. when i came here at [[age:16]] i didnt trust
        any1 and i kicked off alot. [[name:rosa]] never gave up on me even when i called her names lol.
        mr [[name:haddad]] helped me sort my {{UC}} and my {{bank acc}} and the {{bidding}} for my flat.
        i got the {{keys}} on [[date:3 june]]!! its [[address:flat 9, Pelham Rise]]. i start my {{level 2}}
        at {{college}} in {{sept}}

        ill come back and visit. dont let the new lot give u grief

        love [[name:Chantelle]] xx
        ([[name:Chantelle Osei-Bonsu]], {{Flat 4}})
    """)),
    ("social_care", "success", prose("""
        Learning report: good practice in move-on planning at [[organisation:Cedar Lodge]].
        [[name:Mohammed Al-Rashidi]], [[age:17 years old]], had lived with us for eight months after a
        family breakdown. His {{key worker}}, [[name:Faith Ibekwe]], worked with his {{personal adviser}}
        from the [[organisation:Rotherdale Council]] {{leaving care team}} to start planning his move a
        full three months ahead rather than in the final weeks. Together they used the {{Pathway Plan}}
        to book viewings, set up {{Universal Credit}} and arrange furniture through a local charity,
        [[organisation:Hearth & Home Marsham]]. [[name:Mohammed]] moved into his flat at
        [[address:12 Quarry Bank Road, Marsham]] [[postcode:MR2 5HX]] on [[date:14 June 2024]], and
        [[name:Faith]] visited weekly for the first month under the {{Staying Close}} offer. At his
        final {{review}}, chaired by the {{IRO}}, [[name:Mohammed]] said: "I knew what was coming, so I
        wasn't scared." Learning: start move-on early, involve the young person at every step, and
        keep the same worker through the transition.
    """)),
    ("social_care", "near_miss", block("""
        {{near miss}} - data. doing the {{LAC review}} invites & the {{mail merge}} pulled the wrong addr for
        [[name:jaylen m]] - it had [[name:kacper]]'s mums address ([[address:88 Wren Close, Thornby]])
        instead of [[name:jaylen]]s {{sw}} office. spotted it when printing cos i recognised the street.
        nothing posted. if it had gone [[name:kacper]]'s {{mum}} wd have got [[name:jaylen]]s whole {{care plan}}
        summary. think the {{spreadsheet}} got sorted on one column only. have told [[name:Nkechi]] ({{DSL}})
        + {{IG}} team. wd be good to stop using the merge for anything w {{personal info}} tbh.
        - [[name:pj]]
    """)),
    ("social_care", "incident", block("""
        #night-shift-log  [[date:Sun 26 May]]
        [[name:ngozi.a]]  02:14  flat 7 window open + {{YP}} not in room. bed stuffed w pillows 🙄
        [[name:ngozi.a]]  02:15  its [[name:Brandon]] ([[age:17]]). phone off
        [[name:luca_r]]   02:17  checked {{cameras}} - he went out the {{fire exit}} 00:52, got in a silver car [[vehicle_registration:YD21 KPO]]
        [[name:ngozi.a]]  02:20  calling {{police}} now, {{MFH}} high risk - hes {{CCE}} flagged
        [[name:luca_r]]   02:41  police ref [[case_reference:4471-0522]]. they know the car
        [[name:ngozi.a]]  05:05  [[name:Brandon]] back, dropped off by [[vehicle_registration:YD21 KPO]] again. says he was
                          "just driving round". has £300 cash + new trainers. not hurt
        [[name:ngozi.a]]  05:06  {{EDT}} + his {{sw}} emailed. @[[name:sophie.lindgren]] pls pick up {{NRM}} discussion today
    """)),
    ("social_care", "success", prose("""
        When the {{Ofsted}} inspector arrived unannounced at [[organisation:Pelham Rise Supported Lodgings]]
        on [[date:Wednesday 3 July]], the {{registered manager}}, [[name:Patience Ochieng]], was on
        leave. The {{deputy}}, [[name:Hamish McAllister-Quaye]], used the "inspection grab folder" the
        team had built after a {{mock inspection}} in {{spring}}. Within twenty minutes he could show
        the {{Statement of Purpose}}, the {{location risk assessment}}, staff {{DBS}} checks,
        {{supervision}} records and the last three missing episodes with {{return interviews}}. Two
        young people, [[name:Eshaan]] and [[name:Lily-Grace]], chose to speak to the inspector and said
        they felt safe. Verbal feedback was that the {{quality standards}} were "clearly embedded".
        Learning: keep the folder live all year, not just before visits. Thanks to [[name:Hamish]] and
        to [[name:Cerys]] in admin who kept it up to date.
    """)),
    ("social_care", "near_miss", block("""
        NEAR MISS - Medication / Health
        Ref: [[case_reference:NM-0731]]
        YP: [[name:Daniel]] "[[name:Danny]]" [[name:Ferreira]]    DOB: [[date_of_birth:22/11/2007]]    Age: [[age:16]]
        Placement: [[organisation:Cedar Lodge]], {{Flat 2}}
        Placing authority: [[organisation:Thornby Metropolitan Borough Council]]
        NI no. (for {{UC}} claim file): [[ni_number:SX 47 23 91 B]]
        Date/time: [[date:31/07/2024]] 18:20

        What happened: [[name:Danny]] carries an {{EpiPen}} for a {{peanut allergy}}. During the
        {{cooking skills session}} staff ([[name:Oksana]]) noticed the pen in his bag was out of date
        (exp. {{June}}). He had not told anyone. No reaction occurred.
        Action: {{GP}} contacted, new {{prescription}} collected [[date:01/08]]. Expiry dates added to
        the {{health tracker}}. Reminder to all {{KWs}}.
        Reported by: [[name:O. Melnyk]]
    """)),
    ("social_care", "incident", prose("""
        Summary of incident [[case_reference:LADO-TMB-24-0193]]. On [[date:8 August 2024]] a young
        person, [[name:Mercy Adomako]] ([[age:16]]), told her {{key worker}} that a {{relief worker}},
        [[name:Gareth Pym]], had been messaging her on {{Snapchat}} late at night and had offered her
        lifts. [[name:Mercy]] showed staff the messages, which included comments about her appearance.
        The {{registered manager}}, Mr [[name:Kowalczyk]], removed [[name:Gareth]] from the rota the same
        day and informed the agency, [[organisation:Northbridge Staffing Solutions]]. A referral was made
        to the {{LADO}} at [[organisation:Thornby Metropolitan Borough Council]], {{police}} were
        informed and {{Ofsted}} was notified. [[name:Mercy]] was supported by [[name:Anouk]], her key
        worker, and offered an {{advocate}}. Learning: agency relief staff had not been given our
        {{code of conduct}} on personal phones, and their induction did not cover professional
        boundaries. Induction has been changed and all agency staff re-briefed.
    """)),
    # ------------------------------------------------------------------ health
    ("health", "incident", block("""
        extravasation - bay 3 chair 2. mrs [[name:o'dwyer]] hosp no [[case_reference:K4471920]] having
        {{epirubicin}} via {{peripheral cannula}} L hand. c/o stinging ~10 mins in, swelling noted by
        [[name:priya]]. stopped infusion, aspirated what we could, {{cold pack}} on, used the
        {{extravasation kit}} per policy. bleeped {{onc reg}}, Dr [[name:Szymański]] came 14:50 and
        discussed {{dexrazoxane}} - started within 6 hrs. area marked + photo'd w consent.
        mrs [[name:o'dwyer]] v anxious but ok. {{Datix}} done [[case_reference:W118802]], {{plastics}}
        referral sent. [[name:priya]] + me both think cannula was in a poor spot over the wrist -
        shd she have had a {{PICC}} by now?? 4th cycle of {{anthracycline}}. - [[name:AK]]
    """)),
    ("health", "incident", prose("""
        On [[date:4 March 2024]] a patient on the [[organisation:Calder Day Unit]] received
        {{carboplatin}} at a dose calculated from a creatinine clearance that was two weeks old. The
        patient, Mr [[name:Ebenezer Quaye]], [[age:aged 71]], had a repeat {{U&E}} on the morning of
        treatment showing a fall in renal function, but the prescription had already been screened and
        the dose made in the {{aseptic unit}} the day before. The {{chemotherapy nurse}} checked the
        {{prescription}} against the patient but not against the new result, so the {{Calvert formula}}
        dose was not recalculated. The {{oncology pharmacist}}, [[name:Anneliese Van der Berg]], spotted
        the discrepancy at 15:20 during a retrospective check, after the infusion had finished. The
        {{consultant}}, Dr [[name:Okonkwo-Reid]], reviewed Mr [[name:Quaye]], who was given extra
        hydration; {{nadir}} bloods were acceptable. A {{duty of candour}} conversation was held with him
        and his daughter [[name:Abena]] on [[date:6 March]]. Ref [[case_reference:INC-2024-03117]].
        Learning: {{AUC}}-dosed {{SACT}} must be re-checked against same-day renal results.
    """)),
    ("health", "incident", block("""
        From: [[name:Callum Fairweather]] <[[email:callum.fairweather@ndch.nhs.uk]]>
        To: {{Aseptic Services}} Team; [[name:Bukola Adesanya]]
        Cc: {{QA Pharmacist}}
        Date: [[date:11 March 2024]] 07:58
        Subject: Fridge 3 temp excursion - Datix [[case_reference:W117432]]

        Hi all,

        Arrived 07:15 to find the {{Fridge 3}} alarm showing max 14.2°C overnight. The remote
        monitoring text alert went to the old on-call mobile ([[phone:07700 900213]]) which nobody has
        any more. Contents: 11 x {{pembrolizumab}}, 4 x {{trastuzumab}} syringes and 2 x
        {{azacitidine}} for {{Tuesday}}'s list. All quarantined. {{QA}} ([[name:Bukola]]) says the
        stability data does not cover >8°C for that long so everything is being re-made -
        [[organisation:Ashby Ward]] and the {{day unit}} told to expect 2-3 hr delays.

        Root cause so far: compressor fault + alert routed to a dead phone. {{Estates}} job raised.

        Thanks,
        [[name:Callum]]
        [[name:Callum Fairweather]] | {{Senior Technician}}, Aseptic Services
        [[organisation:Northdene General Hospital]] | [[phone:0114 496 0412]]
    """)),
    ("health", "near_miss", block("""
        NEAR MISS REPORT - {{SACT}} administration
        Patient: Ms [[name:Ifeoluwa Danso-Whyte]]
        NHS No: [[nhs_number:839 279 7671]]
        Hosp No: [[case_reference:K5520187]]
        DOB: [[date_of_birth:03/09/1968]]
        Address: [[address:41 Tannery Lane, Millbeck]], [[postcode:NC6 2PL]]
        Regimen: {{FOLFOX}} cycle 6 ({{oxaliplatin}} + {{5-FU}} pump)

        At the {{bedside}} {{two-nurse check}}, [[name:Joy]] ({{band 5}}) noticed the oxaliplatin bag label
        had the right name but two digits of the NHS number transposed. Second checker (me) confirmed.
        Bag not connected. {{Pharmacy}} found a transcription error on the {{worksheet}}; the product was
        correct for this patient but was relabelled and re-released by the
        {{accredited checking technician}}. Delay 50 min, patient informed and happy to wait.

        Reported by: Sister [[name:Marisol Ferreira-Lopes]], [[organisation:Calder Day Unit]]
    """)),
    ("health", "success", block("""
        {{Teams}} - [[organisation:Calder Day Unit]] chat
        [[name:Sunny Obi]] 16:40
        Can we say a big thank you to [[name:Hyun-woo]] from {{aseptics}} today 🙏 34 patients booked, two
        {{isolators}} down, and he reorganised the whole {{worksheet}} so the {{9am}} chairs all started on time
        [[name:Grace Mbatha]] 16:42
        +1 and [[name:Mark]] from the {{porters}} who did 6 runs up to the {{unit}} in the {{snow}}
        [[name:Hyun-woo Kang]] 16:50
        thanks all. [[name:Inês]] and [[name:Tadeusz]] did most of the hard work on the {{second shift}} tbh
        [[name:Sunny Obi]] 16:51
        putting this in the {{GREATix}} log 😊 and copying Mrs [[name:Okafor]]
    """)),
    ("health", "incident", block("""
        Timeline - {{hypersensitivity reaction}}, {{Chair 8}}, [[date:19/03/2024]]
        Pt: [[name:Bronwen Ap Ifan]], hosp no [[case_reference:K3398104]], [[age:58yo]], {{paclitaxel}} C1
        10:05 {{premeds}} given ({{dexamethasone}}, {{chlorphenamine}}, {{famotidine}})
        10:40 paclitaxel started at 1st-hour rate per protocol
        10:47 pt flushed, {{SOB}}, said "my back's gone funny". BP 88/50, sats 91% RA
        10:48 infusion stopped, emergency buzzer, O2 15L {{NRB}}
        10:50 Dr [[name:Jovanović]] ({{SHO}}) arrived; {{IM adrenaline}} 500mcg given 10:52
        11:05 BP 112/70, sats 97%. {{Reg}} (Dr [[name:Halloran-Peace]]) reviewed
        12:30 transferred to {{AMU}} for obs
        Nurse in charge: [[name:Kerry-Ann]]
        Datix [[case_reference:INC-2024-03321]]. Rechallenge to be discussed at {{MDT}}.
    """)),
    ("health", "near_miss", block("""
        {{SACT Safety Huddle}} - minutes, [[date:26 March]]
        Attendees: Dr [[name:R. Castellanos]] (chair), [[name:Tobiah Green]] ({{lead pharmacist}}),
        Sister [[name:Faith Nakamura]], [[name:Lwazi]], [[name:Ann-Marie]] ({{ward clerk}})
        Apologies: Dr [[name:Eilidh MacAulay]], [[name:Ruairí]]

        1. Near miss ref [[case_reference:NM-0326-02]]
        An {{ePMA}} prescription for {{R-CHOP}} was generated on an old protocol version (v3,
        {{vincristine}} not capped at 2mg). Screened by [[name:Tobiah]], who spotted the missing cap for a
        2.3 m² patient. Corrected before {{compounding}}.
        Discussion: [[name:Lwazi]] asked how many other regimens still point at retired versions.
        [[name:RC]] confirmed 14 found in a quick audit.
        Actions: [[name:Tobiah]] to retire old versions in ePMA by [[date:5 April]]. [[name:Faith]] to brief
        nurses on checking the {{protocol version}} printed on the {{worksheet}}.
    """)),
    ("health", "incident", block("""
        Aseptic release vs booked chair times - [[organisation:Calder Day Unit]], [[date:Thu 4 April]]

        Patient  | Hosp no             | Drug            | Booked | Released | Delay
        [[name:E.W.]]     | [[case_reference:K6612093]]  | {{docetaxel}}   | 09:00  | 11:40    | 2h40
        [[name:T.McK]]    | [[case_reference:K2047715]]  | {{gemcitabine}} | 09:30  | 12:05    | 2h35
        [[name:S.A.]]     | [[case_reference:K7730258]]  | {{FEC}}         | 10:00  | 12:50    | 2h50
        [[name:M.-L. D.]] | [[case_reference:K1180346]]  | {{pertuzumab}}  | 10:30  | 13:20    | 2h50

        Cause: {{LAF cabinet}} 2 failed its {{particle count}} at start-up and the whole backlog fell on
        one {{isolator}}. Two patients ([[name:E.W.]], [[name:S.A.]]) went home untreated and were rebooked
        for [[date:8 April]]. Escalated to [[name:Aled Brightwater]] ({{Aseptic Manager}}).
    """)),
    ("health", "near_miss", block("""
        Handover - [[organisation:Calder DU]] phone line, lates -> nights
        - Mr [[name:Abdi]] ([[case_reference:K9023341]]) - {{5-FU}} pump due disconnect tmrw 13:00,
          {{DN}} {{community team}} aware.
        - Pt [[name:Wendy Carrow-Lamb]] rang 18:10: temp 37.9, says "just a cold". On {{capecitabine}}.
          Told to ring back if >38. **NEAR MISS** - on reflection this should have been triaged as
          {{neutropenic sepsis}} risk per the {{UKONS}} tool. I rang her back 18:45, temp now 38.3,
          advised {{A&E}}. {{Bed bureau}} + [[organisation:Ashby Ward]] informed. [[name:Wendy]]'s
          husband driving her in.
        - Reminder to all: always use the UKONS {{triage tool}}, no "wait and see" advice.
        From: [[name:Precious]] ({{RN}}) to [[name:Lorcan]]
    """)),
    ("health", "success", block("""
        [[[date:02/04/2024]], 19:22] [[name:Bill Ashworth]]: heads up - the {{cold chain}} van from [[organisation:Corvane Pharma]] broke down near the {{motorway}}. [[name:Iqra]] got [[organisation:Swiftmed Logistics]] to collect the 6 {{pembro}} bags in validated {{cool boxes}}
        [[[date:02/04/2024]], 19:24] [[name:Iqra Siddiqui]]: {{temp logger}} stayed 2-8°C the whole way 🙂 {{QP}} has released all 6
        [[[date:02/04/2024]], 19:25] [[name:Bill Ashworth]]: so nobody gets cancelled tomorrow?
        [[[date:02/04/2024]], 19:26] [[name:Iqra Siddiqui]]: nope all 6 {{chairs}} go ahead. [[name:Hannelore]] on {{aseptics}} checked the {{paperwork}}
        [[[date:02/04/2024]], 19:30] [[name:Bill Ashworth]]: brilliant. will write up as {{good practice}} for {{governance}}
    """)),
    ("health", "success", block("""
        To all the {{nurses}} on the [[organisation:Calder Day Unit]],

        Six months, twelve {{cycles}} and one very dodgy {{port}} later, I've rung the {{bell}}! Thank you to
        [[name:Rose]] for always finding a vein when nobody else could, to [[name:Deepa]] for the
        biscuits and the honesty, and to "[[name:Big Dave]]" on {{reception}} who never once got my name
        wrong. Thank you also to Dr [[name:Achterberg]] and the {{pharmacists}} who sorted my
        {{anti-sickness}} tablets when the first ones didn't work. The {{chemo}} was hard but you made
        {{Thursdays}} something I didn't dread.

        With love and a tin of {{Quality Street}},
        [[name:Marjorie Fensome]] (and [[name:Ken]])
        [[date:24 April 2024]]
    """)),
    ("health", "success", prose("""
        Learning from excellence, [[organisation:Calder Day Unit]] {{acute oncology}} line. On the
        evening of [[date:Friday 10 May]], {{staff nurse}} [[name:Oyelaran Adebayo-Smith]] took a call
        from [[name:Gillian Thorpe]], a [[age:64-year-old]] on {{docetaxel}} day 8. She reported only
        "feeling rough" and a temperature of 37.6. Rather than reassure, [[name:Oyelaran]] worked
        through the {{UKONS}} {{triage tool}}, asked about rigors and found she had shivered badly an hour
        earlier. He scored her red, arranged direct admission to [[organisation:Ashby Ward]] and alerted
        the {{on-call registrar}}. She received {{antibiotics}} within 40 minutes of arrival, against a
        {{door-to-needle}} target of one hour, and her {{neutrophils}} were 0.2. She was discharged well
        on [[date:15 May]]. The {{SACT lead}}, [[name:Hope Ridley]], shared the call recording at
        {{teaching}} as an example of good practice. Ref [[case_reference:GX-0510-07]].
    """)),
    ("health", "incident", block("""
        spill in {{cleanroom}} 2 approx 11:30. [[name:tadhg]] knocked a {{cyclophosphamide}} syringe off the
        tray while transferring out of the {{isolator}} hatch, cap came off, maybe 5ml on floor.
        {{spill kit}} used, area cordoned, gown + gloves changed, {{PPE}} bagged as {{cytotoxic waste}}.
        no skin contact he says. [[name:tadhg]] ok but shaken. [[name:gosia]] ran the {{environmental monitoring}}
        plates after. cleanroom closed 2h so 3 doses went to [[organisation:Corvane Pharma]] to make,
        [[organisation:Calder Day Unit]] told. hatch tray v cluttered today, thats the real issue.
        datix [[case_reference:W119035]]. - [[name:bb]] ({{ACPT}})
    """)),
    ("health", "near_miss", block("""
        Teams - #aseptic-release
        [[name:Nadia El-Amin]] 14:02
        STOP - has the {{vincristine}} for [[organisation:Ashby Ward]] gone yet??
        [[name:Petr Dvořák]] 14:03
        porter just took it, why
        [[name:Nadia El-Amin]] 14:03
        it's been made in a syringe not a {{mini-bag}}. the {{IT}} ({{intrathecal}}) list is running in the
        same {{treatment room}} this afternoon 😱
        [[name:Petr Dvořák]] 14:05
        caught the porter at the lift. back in pharmacy. my fault, used the wrong {{worksheet}} template
        [[name:Nadia El-Amin]] 14:06
        ok re-make as 50ml bag. I'll let Dr [[name:Fitzgerald-Oduya]] know and do the {{Datix}}
        [[name:Petr Dvořák]] 14:20
        remade, checked by [[name:Petr]] + [[name:Nadia]]. ref [[case_reference:W119112]]
    """)),
    ("health", "success", block("""
        From: [[name:Meera Chaudhuri]] <[[email:m.chaudhuri@ndch.nhs.uk]]>
        To: [[name:Grace]]; [[organisation:Calder DU]] {{Sisters}}
        Date: [[date:29 May 2024]]
        Subject: good catch - {{DPYD}} result

        Hi [[name:Grace]],

        Just to say thank you to [[name:Aoife]] on the {{pre-assessment}} clinic. She noticed that
        Mr [[name:Lindqvist-Barr]] (NHS [[nhs_number:815 843 5041]]) was booked for {{capecitabine}}
        on [[date:3 June]] but his {{DPYD genotype}} result had not been filed. She chased the lab and it
        came back as a heterozygous variant, so the dose needed a 50% reduction. Without that he could
        have had severe toxicity in cycle 1. The consultant has amended the prescription and I've
        re-screened it.

        Can we add this to the {{learning bulletin}}?

        Best wishes,
        [[name:Meera]]
        {{Advanced Pharmacist}}, {{Oncology}}
        [[organisation:Northdene General Hospital]]
    """)),
    ("health", "incident", block("""
        Call transcript (summary typed from recording) - {{acute oncology}} line, [[date:Sat 8 June]] 07:12
        Caller: [[name:Stanisław Kubiak]], [[age:49]], {{5-FU}} {{infusor}} via {{PICC}}
        Nurse: [[name:Efua Nkansah]]

        [[name:SK]]: Morning, sorry, the pump thing's come apart, there's a wet patch on the bed.
        [[name:EN]]: OK, don't touch the wet area with bare hands. Is the line still clamped?
        [[name:SK]]: I think it came off the end, the clear bit.
        [[name:EN]]: Please clamp the white clamp on your line now. Put on the gloves from your {{spill kit}}.
        [[name:SK]]: Right... done. My wife [[name:Halina]]'s getting the kit.
        [[name:EN]]: Put the pump and the wet sheets in the purple bag. We'll send the {{DN}} out and you'll need
        to come in to have the {{PICC}} checked.

        Outcome: {{Luer lock}} connector found loose; ~30ml lost. Patient attended 10:00, line flushed
        and intact. Datix [[case_reference:W119270]]. Connection check added to disconnect
        teaching.
    """)),
    ("health", "near_miss", block("""
        {{Cold chain}} receipt log - {{aseptic}} {{goods-in}}, w/c [[date:17 June]]

        Date   | Supplier                                 | Item                | Logger | Temp ok? | Signed
        [[date:17/06]]  | [[organisation:Corvane Pharma]]                           | {{nivolumab}} x8    | yes    | yes      | [[name:JH]]
        [[date:18/06]]  | [[organisation:Corvane Pharma]]                           | {{bortezomib}} x12  | NO     | ?        | [[name:R. Achebe-Lowe]]
        [[date:19/06]]  | [[organisation:Swiftmed Logistics]]                       | {{trastuzumab}} x6  | yes    | yes      | [[name:JH]]

        [[date:18/06]]: box arrived without its {{data logger}}. {{Goods-in}} nearly put it straight into
        {{Fridge 1}} as normal. [[name:Rhiannon]] quarantined it and rang the {{supplier}}, who sent logger
        data from the {{van}} (2.9-6.1°C), so stock released by {{QA}} next morning. No patient affected.
        Near miss because our {{SOP}} has no step for "logger missing".
    """)),
    # ------------------------------------------------------------------ aviation
    ("aviation", "incident", block("""
        RT transcript extract - [[organisation:Kestrel Moor Airport]] {{GND}} 121.880, [[date:14 Jan 2024]]
        {{Continuous moderate snow}}, {{OAT}} -2, {{RWY 27}}.

        06:41:10 [[flight_number:BQ2231]]: [[organisation:Kestrel Ground]], [[flight_number:Boreal two two three one]], de-icing complete {{pad Delta}}, request taxi
        06:41:18 GND: [[flight_number:Boreal two two three one]], taxi {{holding point}} A1 {{runway two seven}} via B, {{QNH}} 1002
        06:58:40 [[flight_number:BQ2231]]: Ground, [[flight_number:Boreal two two three one]], holding A1, our {{holdover}} runs out in two minutes, are the sweepers clear?
        06:58:52 GND: [[flight_number:2231]], sweepers vacating in about five minutes
        07:00:05 [[flight_number:BQ2231]]: [[flight_number:2231]], we'll return to pad Delta for a re-spray

        Note ({{de-ice coordinator}} [[name:Lars Eriksen]]): the {{anti-icing code}} passed to the crew gave
        the {{Type IV}} start as 06:34 but the rig log shows 06:28. The crew worked out the shorter time
        themselves. Rig crew ([[name:Wojtek]], [[name:Ifan]]) re-briefed that {{HOT}} starts at the
        beginning of the final step. 52 min delay, [[aircraft_registration:G-BQLF]] re-sprayed.
    """)),
    ("aviation", "near_miss", block("""
        rig 6 ([[vehicle_registration:YF68 RNU]]) boom came within abt 30cm of the {{winglet}} on
        [[aircraft_registration:G-PZNE]] ({{A320}}) {{stand 12}} while spraying. driver [[name:ste]] cudnt see past
        the snow on the cab window, {{spotter}} ([[name:Olek]]) was on the other side doing the tail. no
        contact. stopped, reset, finished the job. crew told, {{captain}} happy. wipers on rig 6
        struggling all nite - reported twice now. pls can {{MT workshop}} sort before next shift!!!
        also no spare {{hi-vis}} mitts left in the {{crew room}}.
        [[name:gaz]] ({{shift lead}})
    """)),
    ("aviation", "incident", prose("""
        On [[date:22 January 2024]] at [[organisation:Kestrel Moor Airport]], {{de-icing rig}} 3, operated
        by [[organisation:Glacis Ground Services]], applied {{Type I}} fluid at a {{mix ratio}} weaker than
        required for the {{OAT}} of -7. The {{refractometer}} check at the start of shift had been
        signed by [[name:Declan Ó Súilleabháin]], but the reading was taken from the wrong sample
        point. The aircraft, a [[organisation:Pennine Skyways]] {{ATR 72}}, [[aircraft_registration:G-PZRT]]
        operating [[flight_number:PZ604]], taxied out, and the {{first officer}} reported slush refreezing on the
        wing root during the {{pre-take-off contamination check}}. The crew returned to stand and the
        aircraft was de-iced again by rig 5. No take-off was attempted. An {{MOR}} has been submitted to
        the {{CAA}} and internal investigation [[case_reference:GGS-INV-24-007]] opened by the
        {{Compliance Monitoring Manager}}, [[name:Birgitta Holm]]. Learning: sample point labelled on all
        rigs, and a second person to countersign refractometer checks below -5.
    """)),
    ("aviation", "near_miss", block("""
        From: [[name:Ravi Subramanian]] <[[email:ravi.subramanian@kestrelmoor-airport.co.uk]]>
        To: {{Airside Ops Duty Managers}}
        Date: [[date:30 Jan 2024]] 06:12
        Subject: {{RI}} near miss - plough P4 at B2 - ref [[case_reference:OCC-24-0130-03]]

        All,

        At 04:52 during the runway sweep, {{plough}} P4 (driver [[name:Cliff]]) started to cross the
        {{holding point}} at B2 before {{Tower}} had cleared the convoy. The {{convoy leader}}
        ([[name:Harpreet]]) stopped him on the radio. No traffic affected - next arrival
        [[flight_number:XU86]] ([[aircraft_registration:G-XUAD]]) was 14 miles out. [[name:Cliff]] says he
        heard "convoy cross" meant for the {{sweeper}} ahead, and the {{stop bar}} lights were buried
        under windrowed snow.

        Actions: stop bar lights cleared first on every sweep; {{readback}} by each vehicle, not just
        the leader.

        [[name:Ravi]]
        [[name:Ravi Subramanian]] | {{Airside Operations Duty Manager}} | [[organisation:Kestrel Moor Airport]]
        [[phone:01632 960187]]
    """)),
    ("aviation", "success", block("""
        Teams - {{Winter Ops}} 23/24
        [[name:Marit Solberg]] 08:03
        Massive thanks to the whole {{night shift}} 👏 18cm overnight and we still got the first wave out
        with only one delay over 15 min
        [[name:Marit Solberg]] 08:05
        special mention to [[name:Tomás]] and [[name:Jo-Jo]] on rig 2 who did 11 {{two-step}} sprays back
        to back, and [[name:Kofi]] on the {{snow desk}} who kept the {{SNOWTAM}}s going every 30 min
        [[name:Kofi Boateng]] 08:11
        team effort. {{friction}} readings were spot on thanks to [[name:Will]]'s sweeper crew
        [[name:Will Ainsworth]] 08:15
        👍 cheers [[name:Marit]]. {{ramp}} still icy round {{stands 30-34}} btw, {{grit}} on its way
    """)),
    ("aviation", "incident", block("""
        Chronology - stand obstruction, {{stand 21}}, [[date:Sat 3 Feb]]
        Aircraft: [[aircraft_registration:G-BQKM]], {{Embraer 175}}, [[flight_number:BQ418]] inbound
        19:02 {{Snow clearance}} team leader ([[name:Hollis]]) reports stands 20-22 cleared.
        19:24 [[flight_number:BQ418]] lands {{RWY 09}}, allocated stand 21.
        19:31 Aircraft enters stand under {{VDGS}}. Nosewheel meets ridge of compacted snow left by the
        {{plough}} 4m short of stop position. {{Captain}} stops the aircraft.
        19:33 {{Marshaller}} ([[name:Adaeze]]) called over; engines shut down, {{GPU}} not possible.
        19:50 {{Tug}} requested from [[organisation:Northpoint Aviation Services]], pushed aircraft onto line.
        20:15 Passengers disembark, 41 min after arrival.
        20:40 {{Licensed engineer}} [[name:Sorensen-Blake]] inspects {{nose gear}}: no damage.
        Cause: {{windrow}} pushed back into the stand by a later pass. Ref [[case_reference:OCC-24-0203-11]].
    """)),
    ("aviation", "near_miss", block("""
        {{Winter Ops}} Review - minutes, [[date:7 February 2024]]
        Present: [[name:Marit Solberg]] (chair), [[name:Sunniva Berg]] ([[organisation:Glacis Ground Services]]),
        [[name:Eamon Delaney]] ({{Airside Safety}}), [[name:Faith Okonjo]] ({{station manager}},
        [[organisation:Pennine Skyways]]), [[name:Tobi]] ({{trainee}})
        Apologies: Capt [[name:Huw Penhaligon]], [[name:Ravi Subramanian]]

        3. Near miss - out of date {{holdover tables}}
        [[name:Tobi]] found last season's {{HOT}} guidelines in the cabs of rigs 1 and 4 during a
        familiarisation ride. Values for {{Type IV}} in light freezing rain differ. No evidence they
        were used to pass times to crews as the {{de-ice coordinator}} uses the current set.
        [[name:SB]] said the yearly swap-out is done by whoever is on shift and isn't checked.
        Actions: [[name:SB]] to own the annual swap and record it; [[name:Eamon]] to add a cab check to the
        {{pre-shift inspection}}. Thanks recorded to [[name:Tobi]].
    """)),
    ("aviation", "incident", block("""
        De-ice log extract - pad Delta - [[date:13/02/2024]]

        Flight  | Reg     | Type       | Fluid         | Final step start | Code passed | Airborne
        [[flight_number:PZ101]]   | [[aircraft_registration:G-PZNE]]  | {{A320}}     | {{Type I/IV}}   | 06:02            | yes         | 06:31
        [[flight_number:BQ2207]]  | [[aircraft_registration:G-BQLF]]  | {{E175}}     | {{Type I/IV}}   | 06:10            | yes         | 06:38
        [[flight_number:XU82]]    | [[aircraft_registration:G-XUAB]]  | {{ATR 72}}   | {{Type I}} only | 06:19            | NO          | 06:52
        [[flight_number:PZ133]]   | [[aircraft_registration:G-PZRA]]  | {{A320}}     | {{Type I/IV}}   | 06:25            | yes         | 06:49

        [[flight_number:XU82]] left pad without the {{anti-icing code}} being passed on the radio. The crew
        took off with no HOT from us. {{OAT}} was -1 with light snow, so a Type I only HOT would
        have been short. Coordinator on duty: [[name:Jarek]]. Crew report filed by [[organisation:Aurora Connect]]
        {{safety office}}, ref [[case_reference:AUX-SR-0213]].
    """)),
    ("aviation", "success", block("""
        Handover - {{Airside Duty Manager}}, nights -> days, [[date:Sun 18 Feb]]
        From: [[name:Eamon]]   To: [[name:Niamh O'Rourke]]

        - {{Freezing fog}} from 02:00, {{LVPs}} in force 02:40-06:10.
        - Good catch to note: [[organisation:Glacis]] coordinator [[name:Yusra]] refused to release
          [[aircraft_registration:G-PZRT]] after the {{post-de-icing check}} because the rig spotter
          saw ice on the {{propeller}} spinner. Crew agreed, re-sprayed. Please put her name forward
          for the {{Safety Star}} award.
        - Rig 5 back in service. Rig 6 still with {{MT}} (wipers).
        - {{Urea}} stocks low, {{KAc}} delivery due 14:00 from [[organisation:Frostline Chemicals]].
        - {{Friction test}} RWY 27 done 05:30, {{SNOWTAM}} issued.
        Nothing else to hand over. [[name:E.]]
    """)),
    ("aviation", "incident", block("""
        [[[date:21/02/2024]], 05:47] [[name:Kiera]] 🚧: anyone on {{pad Delta}}? [[name:Bo]] has gone over on the ice by {{rig 3}}
        [[[date:21/02/2024]], 05:48] [[name:Sully]]: on my way, is he conscious
        [[[date:21/02/2024]], 05:48] [[name:Kiera]] 🚧: yes but says his {{wrist}} is bad, cant move it
        [[[date:21/02/2024]], 05:52] [[name:Sully]]: with him now. {{first aider}} here, {{RFFS}} called for assessment. area was gritted at 04:00 but the {{glycol}} runoff has refrozen
        [[[date:21/02/2024]], 06:30] [[name:Kiera]] 🚧: [[name:Bo]] taken to [[organisation:Kestrel Infirmary]] by his {{partner}}, {{suspected fracture}}. {{RIDDOR}} may apply
        [[[date:21/02/2024]], 06:32] [[name:Sully]]: ive logged it [[case_reference:HS-0221-02]]. {{ice grips}} on boots were missing - will check {{stores}}
    """)),
    ("aviation", "success", block("""
        Dear [[name:Marit]],

        On behalf of [[organisation:Pennine Skyways]] I want to thank your winter team for their work on
        [[date:Wednesday 28 February]]. With 22cm of snow and {{freezing drizzle}} we expected to cancel
        most of the {{morning programme}}, but thanks to the {{de-icing}} and {{snow clearance}} teams only
        two {{rotations}} were lost, and our {{crews}} reported excellent communication from the
        {{de-ice coordinator}}. Our {{Chief Pilot}}, Capt [[name:Ingrid Fairbairn-Osei]], asked me to
        pass on particular thanks to [[name:Yusra]] and [[name:Pádraig]] on {{pad Delta}}.

        Kind regards,
        [[name:Faith Okonjo]]
        {{Station Manager}} [[organisation:KMA]], [[organisation:Pennine Skyways]]
        [[email:faith.okonjo@pennineskyways.co.uk]] | [[phone:07700 900846]]
    """)),
    ("aviation", "incident", block("""
        GROUND OCCURRENCE REPORT
        Ref: [[case_reference:NAS-GOR-24-0315]]
        Reporter: [[name:Gintaras Petrauskas]]    Staff no: [[case_reference:NAS4471]]
        Employer: [[organisation:Northpoint Aviation Services]]
        Date: [[date:15/03/2024]]   Time: 05:55
        Flight: [[flight_number:PZ117]]   Reg: [[aircraft_registration:G-PZNA]]   Type: {{A320}}
        Location: {{stand 14}}, {{remote de-ice}} not available

        Description: Aircraft de-iced on stand because {{pad Delta}} was closed. {{APU}} was left running
        and {{Type I}} fluid entered the APU intake. Cabin crew reported a sweet smell and light haze in
        the cabin during boarding. {{Captain}} stopped boarding and passengers were disembarked.
        {{RFFS}} attended. No injuries. Aircraft taken out of service for {{engineering}} checks.
        Contributing: "APU off" not confirmed in the {{pre-spray}} radio call; crew said "bleeds off"
        and rig crew heard "all off".
        {{MOR}} submitted by the operator.
    """)),
    ("aviation", "near_miss", block("""
        #deice-coord   [[date:Tue 19 Mar]]
        @[[name:frosty_pete]] 05:41  {{rig 4}} about to start on [[flight_number:BQ2231]] [[aircraft_registration:G-BQLF]] {{stand 8}}, still waiting for "aircraft configured"
        @[[name:hannah.w]] 05:41  crew say they're configured
        @[[name:frosty_pete]] 05:42  that was on {{company freq}} not ours. no confirmation on the {{de-ice frequency}}. holding
        @[[name:hannah.w]] 05:44  ok crew now confirm on de-ice freq: {{brakes set}}, {{flaps up}}, {{APU bleed}} off. they'd actually still had bleed on 😬
        @[[name:frosty_pete]] 05:45  spraying now
        @[[name:Siddharth]] 06:10  good call [[name:pete]]. reminder to all {{rigs}}: no spray without configured call on OUR freq. adding to {{toolbox talk}}
    """)),
    ("aviation", "success", prose("""
        Learning report, {{crew resource management}}. On [[date:26 March 2024]], {{first officer}}
        [[name:Ama Kusi-Hendry]] of [[organisation:Boreal Air]] was carrying out the {{walkround}} on
        [[aircraft_registration:G-BQKM]] before [[flight_number:BQ409]] after the aircraft had been de-iced.
        Although the upper wing looked clean, she remembered that the aircraft had landed with cold-soaked
        fuel after a long sector and requested a {{tactile check}} from the steps. She found a thin
        layer of {{clear ice}} above the fuel tank that could not be seen. The {{captain}}, [[name:Bogdan Ilie]],
        supported her and asked the rig crew for a second {{Type I}} application with hot fluid. The
        {{de-icing}} team, led by [[name:Moana]], responded within ten minutes. The flight left 18 minutes
        late with clean wings. This shows good {{CRM}} and good knowledge of {{cold-soaked fuel frost}}.
    """)),
    ("aviation", "near_miss", block("""
        {{RT}} extract - {{GND}}, [[date:02/04/2024]] (late season snow)
        05:12:30 {{Sweeper 2}}: Ground, Sweeper 2, on {{taxiway C}} northbound, working towards {{C3}}
        05:12:36 GND: Sweeper 2, roger, report C3
        05:13:05 [[flight_number:PZ133]]: Ground, [[flight_number:Pennine one three three]], stand 9, request taxi
        05:13:12 GND: [[flight_number:Pennine one three three]], taxi holding point A1 via C
        05:13:20 [[flight_number:PZ133]]: holding point A1 via Charlie, [[flight_number:Pennine one three three]]
        05:14:02 GND: [[flight_number:Pennine one three three]], correction, hold position, vehicle on {{Charlie}}
        05:14:08 [[flight_number:PZ133]]: holding, [[flight_number:Pennine one three three]]

        Summary ({{ATC}} watch manager [[name:Grainne Mac Giolla]]): {{controller}} had the sweeper on
        the {{strip board}} but the {{A-SMGCS}} label had dropped in heavy snow. Caught when the
        aircraft started to move. Separation about 600m. Report [[case_reference:ATC-0402-01]].
    """)),
    ("aviation", "incident", block("""
        glycol spill 14:20 - {{recovery bowser}} ([[vehicle_registration:YJ19 TKD]]) overfilled while
        sucking up pad Delta, maybe 200L went down the {{surface water drain}} by the fence before
        [[name:dunc]] shut the valve. {{interceptor}} was already nearly full from last weeks snow.
        rang {{Environment Agency}} hotline, incident no [[case_reference:EA-0410-5562]]. {{Airside Ops}} +
        {{Fire}} informed, drain bunged. level gauge on bowser been sticking since Jan, nobody logged it.
        need a proper {{pre-use check}} + someone watching the tank not just the gauge. [[name:dunc]] +
        [[name:tash]] did the clean up, both in full {{PPE}}. -[[name:mo]]
    """)),
]

if __name__ == "__main__":
    write_records(OUT, build_records("blind336", REPORTS))
