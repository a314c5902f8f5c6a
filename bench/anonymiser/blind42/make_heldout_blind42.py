"""Held-out blind corpus 42: rural Wales and the Highlands & Islands, bilingual and island-bound.

Setting: Welsh local-authority children's services, Scottish Children's Reporter and Children's
Hearings, kinship carers on crofts and hill farms, community nurses and GPs covering islands by
ferry, inter-island air services with beach and gravel-strip landings. Voice: many hands -
duty social workers code-switching into Cymraeg, Gaelic phrases, carers and crew whose first
language is not English, chat exports, minutes, forms, logs and forwarded e-mails.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from markup import block, build_records, write_records  # noqa: E402
from markup import flow as prose  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "corpus" / "heldout_blind42.jsonl"

REPORTS: list[tuple[str, str, str]] = []

# ---------------------------------------------------------------- social care (1-17)
REPORTS += [
    ("social_care", "incident", prose("""
        Galwad gan {{Nain}} am 16:40. [[name:Gwion]] ([[age:6 oed]]) wedi dod adra o'r ysgol efo
        clais ar ei foch chwith. {{Nain}} says he told her "Dad nath o" - she means [[name:Dylan]]
        (birth dad) not [[name:Kev]] the stepdad, which matters as [[name:Dylan]] only has contact
        Weds. Visited [[address:Tyddyn Isaf, Llanaelhaearn]] [[postcode:LL54 5BE]] same evening
        with PC [[name:Huws]]. [[name:Llinos]] ({{mam}}) not in and her mobile
        [[phone:07700 900412]] straight to voicemail. [[name:Gwion]] seen on his own in the
        kitchen, spoke Cymraeg throughout; PC [[name:Huws]] doesnt speak Welsh so I ended up
        translating AND assessing at the same time, which isnt ok - flagging to
        {{team manager}}. Strategy discussion booked for [[date:dydd Mawrth 12 Tachwedd]].
        {{WCCIS}} [[case_reference:1184032]]. School is [[organisation:Ysgol Bro Eifl]], {{DSL}}
        there Mrs [[name:Elin Prydderch]] aware. - [[name:GH]], {{duty SW}}
    """)),
    ("social_care", "success", block("""
        From: [[name:Seonag MacIver]] <[[email:s.maciver@eileanansiar-cf.gov.uk]]>
        Sent: [[date:07 March 2024]] 09:12
        To: [[organisation:Barra & Vatersay CP Team]]
        Subject: RE: Hearing for [[name:E. MacNeil]] - went ahead by video

        Madainn mhath a h-uile duine,

        Quick one to say the {{Hearing}} for [[name:Ealasaid]] ([[age:11]]) went ahead yesterday
        despite the ferry being off. Panel sat in Stornoway, [[name:Ealasaid]] joined from her
        {{seanmhair}}'s kitchen on the laptop we dropped over. {{Reporter}} ([[name:Iain Mackinnon]])
        agreed in advance, {{safeguarder}} joined by phone from Oban.
        {{CSO}} continued with the kinship placement at [[address:3 Borgh, Isle of Barra]] [[postcode:HS9 5XR]].
        [[name:Ealasaid]] spoke for herself - first time ever.
        Ref {{SCRA}} [[case_reference:24/0447/WI]].

        Moran taing,
        [[name:Seonag]]
        Senior Practitioner, Uist & Barra
        [[phone:01871 810 332]] | [[phone:07700 900 587]]
    """)),
    ("social_care", "near_miss", prose("""
        NEAR MISS - transport to short breaks. Taxi booked via [[organisation:Teithio Gofal Cyf]]
        to collect [[name:Kacper]] ([[age:aged 9]], {{ASD}}, non-verbal when anxious) from
        [[organisation:Ysgol Calon Cymru]] and take him to his short-break carers. The booking
        form still had the carers' OLD address, [[address:2 Maesyfed Terrace, Llandrindod Wells]]
        [[postcode:LD1 5AF]] - they moved to [[address:Glanrhyd Farm, Abbeycwmhir]]
        [[postcode:LD1 6PH]] on [[date:19/02/24]]. Driver ([[name:Gareth]], car
        [[vehicle_registration:CN21 HWD]]) thought it looked wrong when nobody answered and rang
        the office at 15:52 instead of leaving [[name:Kacper]] on the step. I checked
        {{WCCIS}}: the change was on the carers' record but never pushed to the child's
        {{transport plan}}. [[name:Kacper]] arrived 40 mins late, upset but safe. {{Mum}}
        [[name:Agnieszka Wróblewska]] told by text in Polish ({{Google Translate}}, checked by
        [[name:Ola]] in admin). Learning: an address change on a carer record must trigger a
        review of every child placed there. Logged [[case_reference:PCC-INC-2024-0331]].
    """)),
    ("social_care", "incident", prose("""
        Kinship placement - emergency overnight. {{Taid}}, [[name:Emyr Lloyd-Jenkins]]
        ([[age:71]]), collapsed at home, [[address:Penlan Fach, Tregaron]] [[postcode:SY25 6HP]],
        on the night of [[date:3ydd Awst]]. [[name:Cai]] ([[age:12]]) rang 999 and, because the
        signal kept dropping, ran down the lane to [[name:Dai Siop]] (neighbour - real name
        [[name:David Rees]]) who stayed with both children till morning. [[name:Haf]]
        ([[age:5]]) slept through it. {{Taid}} had a stroke and is on [[organisation:Ward Dyfi]],
        [[organisation:Ysbyty Bronglais]]. Nobody rang {{EDT}} until 07:30. The kinship
        assessment had no plan for a sole carer becoming ill - {{Mamgu}} died last year and the
        plan was never reviewed. {{Taid}} had told the SW in the summer (yn yr haf) he was
        "wedi blino'n lân". Mother [[name:Sioned]] is in residential {{rehab}} and cannot be
        reached out of hours. [[name:Cai]] told the EDT worker "Fi'n gallu edrych ar ôl
        [[name:Haf]]" - a 12 year old should not have to. Ref [[case_reference:CC/KIN/0093]].
    """)),
    ("social_care", "incident", prose("""
        IRD requested [[date:11/04/24]]. {{Named Person}} (Mr [[name:Angus Beaton]], {{HT}}
        [[organisation:Portree High School]]) called re [[name:Rowan Nicolson]] ([[age:13]]).
        [[name:Rowan]] told her guidance teacher that mum's partner [[name:Frank]] "lost it" and
        shoved her against the {{Rayburn}} - red mark/blistering L forearm, seen by school nurse.
        Mum [[name:Kirsty-Ann]] minimised on the phone, said [[name:Rowan]] "tripped over the dog". Home is
        [[address:Croft 7, Camustianavaig, Isle of Skye]] [[postcode:IV51 9LQ]], single track,
        nearest officers 40 min. {{Police Scotland}} ref [[case_reference:PS-20240411-2203]].
        [[name:Frank]] refused to leave; [[name:Rowan]] went to her aunt in Portree under a
        voluntary agreement. Burn reviewed at [[organisation:Portree Hospital]] - superficial.
        {{Child's Plan}} to be updated under {{GIRFEC}}. [[name:Rowan]] asked that we don't tell [[name:Frank]]
        what she said "or he'll cut down the rowan tree Grandad planted for me" - noted her fear
        is about him destroying her things. SW [[name:JT]].
    """)),
    ("social_care", "near_miss", block("""
        WhatsApp export (personal phone, handed in by worker)
        [[[date:14/05/2024]], 21:03] [[name:Ceri Môn]]: anyone know if [[name:lowri]] is still at her {{nain}}'s tonite??
        [[[date:14/05/2024]], 21:05] [[name:Aled Bebb]]: think so, {{nain}} got her from [[organisation:Ysgol Syr Thomas Jones]] at 3
        [[[date:14/05/2024]], 21:06] [[name:Ceri Môn]]: her mam just rang {{EDT}} saying shes taking her back to Caergybi tonight, number she rang from [[phone:07700 900 733]]
        [[[date:14/05/2024]], 21:06] [[name:Ceri Môn]]: thats not the number we've got for [[name:kayleigh]]
        [[[date:14/05/2024]], 21:09] [[name:Aled Bebb]]: ffoniwch yr heddlu? Im not on call sori x
        [[[date:14/05/2024]], 21:15] [[name:Mared]] {{EDT}}: Guys pls dont put kids names in here!! moving this to the work phone. [[name:Ceri]] ring me on [[phone:01248 353 551]]
        [[[date:14/05/2024]], 21:16] [[name:Ceri Môn]]: sori sori 🙈
    """)),
    ("social_care", "incident", block("""
        CHILD PROTECTION PLANNING MEETING - INITIAL
        Date: [[date:22 January 2024]]   Venue: [[address:School Place, Kirkwall]] / Teams
        Child: [[name:Thorfinn RENDALL]]   DOB: [[date_of_birth:09/09/2019]]   CHI: [[case_reference:0909194418]]
        Address: [[address:Quoyness, Sanday, Orkney]] [[postcode:KW17 2BW]]

        Present: [[name:Moira Drever]] (Chair), [[name:Ruaridh Sinclair]] (SW), [[name:Dawn Eunson]] ({{HV}}), Mr [[name:Linklater]] (HT, [[organisation:Sanday Community School]]), DC [[name:Bain]] ({{Police Scotland}}), [[name:Inga Rendall]] (mother)
        Apologies: Dr [[name:O. Adeyemi]] (GP, [[organisation:Sanday Surgery]]) - report tabled

        Summary: [[name:Thorfinn]] ([[age:4]]) brought to surgery with spiral fracture L forearm; explanation ("fell off the quad") not consistent per {{paediatrician}} at the [[organisation:Balfour]]. [[name:Inga]] says [[name:Magnus Flett]] (ex-partner) had him that weekend. [[name:Magnus]] not invited - thought to be on Westray.
        Decision: name placed on {{CP Register}}, category physical abuse. {{Core group}} 1st meeting [[date:05/02/24]].
        Actions: [[name:Ruaridh]] - visit weekly (ferry/plane dependent); [[name:Dawn]] - weekly HV; DC [[name:Bain]] - trace [[name:Magnus]].
    """)),
    ("social_care", "success", prose("""
        Good practice - referral to the {{Children's Reporter}} avoided. [[name:Yousef Al-Khatib]]
        ([[age:8]]) had missed 31 days at [[organisation:Rothesay Primary]] this term. Family
        came to Bute through the {{Syrian Resettlement Programme}}. Rather than refer,
        [[name:Lorna]] (family support worker, [[organisation:Bute Family Centre]]) visited
        [[address:Flat 2/1, 14 Argyle Street, Rothesay]] [[postcode:PA20 0AU]] with interpreter
        [[name:Hiba]] from {{Language Line}} on speaker. Mum [[name:Rania]] explained she had
        been keeping [[name:Yousef]] off to translate at appointments for his dad
        [[name:Abdulrahman]] ([[age:54]]), who has {{COPD}} and goes over on the ferry to
        [[organisation:Inverclyde Royal]]. His big sister [[name:Lamar]] ([[age:15]]) at
        [[organisation:Rothesay Academy]] couldn't miss her exams so the wee one went. GP
        surgery now books a telephone interpreter for every appointment and the hospital
        transport is arranged by [[name:Lorna]]. [[name:Yousef]]'s attendance 96% by
        [[date:20 June]]. [[name:Rania]] said "shukran kteer, now he is a child again". Ref
        [[case_reference:AB-CF-2024-1187]].
    """)),
    ("social_care", "incident", prose("""
        EWO home visit [[date:Thursday 7th March]] to [[address:Plot 6, Penybanc Caravan Site,
        Llandeilo]] [[postcode:SA19 6TH]]. [[name:Levi Boswell]] ([[age:13]]) not on roll anywhere
        since leaving [[organisation:Ysgol Bro Dinefwr]] in Y7. Mum [[name:Shantelle Price]] said
        they registered for {{EHE}} but the letter never reached the LA. While I was there a man in
        a white {{Transit}} [[vehicle_registration:WK08 LPT]] pulled onto the plot, shouted that
        "the council only come here to take our kids" and filmed me on his phone. Turned out to
        be uncle [[name:Nelson Boswell]]. I left. Later [[name:Levi]]'s great-gran
        [[name:Lavinia]] phoned to apologise and said [[name:Levi]] had been bullied at school
        (called a "p***y") and was now out with his dad on tarmac jobs. Concerns: possible child
        labour, no education. Also my own safety - lone visit to a site, nobody in the office
        knew I was there. The {{Gypsy Roma Traveller}} liaison officer [[name:Bethan Eynon]]
        should have been asked to come. Ref [[case_reference:EWS/24/0412]].
    """)),
    ("social_care", "success", block("""
        KINSHIP CARE ASSESSMENT - SUMMARY ([[organisation:Shetland Islands Council]], Children & Families)
        Children:  [[name:Bryony TULLOCH]] (dob [[date_of_birth:14/08/2016]])   [[name:Magnus TULLOCH]] (dob [[date_of_birth:30/01/2020]])
        Carers:    [[name:Ina Jamieson]] ([[age:66]]) & [[name:Lowrie Jamieson]] ([[age:69]]), maternal grandparents
        Address:   [[address:Nort Hoose, Cullivoe, Yell]]  [[postcode:ZE2 9DD]]     Tel [[phone:01957 744218]]
        Assessor:  [[name:Kathrine Isbister]], SW, Lerwick

        Strengths: the {{bairns}} have stayed here every summer since birth. [[name:Ina]] drives them to [[organisation:Mid Yell Junior High]]; [[name:Lowrie]] is a retired ferry skipper who "kens every body on da isle". Aunt [[name:Sheena]] (Unst) available for respite.
        Risks: carers' age and health ([[name:Lowrie]] - {{angina}}). Mother [[name:Kerry-Anne Tulloch]] still visits under the influence; agreed contact only at [[organisation:Bruce Family Centre]].
        Recommendation: approve as kinship carers and support an application for a {{Kinship Care Order}}. Panel date [[date:18 Sept 2024]].
    """)),
    ("social_care", "incident", prose("""
        MISSING EPISODE - return home debrief. [[name:Tyler-Jay Roberts]] (aka [[name:TJ]],
        [[age:15]]) reported missing from [[organisation:Bryn Haul]] children's home, Colwyn Bay
        at 22:40 on [[date:Sat 2/3]]. Staff member [[name:Ffion]] saw him get into a silver
        {{Golf}}, reg [[vehicle_registration:FD17 WXO]] (confirmed on the {{Co-op}} CCTV). Driver
        believed to be [[name:Dean Pritchard]] aka "[[name:Deano]]" ([[age:24]]), Snapchat
        [[name:@deano_lfc]]. [[name:TJ]] found 06:10 at [[address:Flat 4, 27 Princes Drive,
        Colwyn Bay]] [[postcode:LL29 8HT]] by {{North Wales Police}}, log
        [[case_reference:NWP-24-0871163]]. In the {{return home interview}} [[name:TJ]] said
        "[[name:Deano]]'s sound, he just gives me lifts", and had a new {{iPhone}} he couldn't
        explain. {{CSE}} screening completed - high. Referred to {{MACE}} panel.
        [[name:TJ]]'s SW [[name:Rhodri ap Dafydd]] informed 08:00. Mum ([[name:Leanne]]) not
        answering. Third episode in a month.
    """)),
    ("social_care", "near_miss", block("""
        ** MULTI AGENCY REFERRAL FORM ({{MARF}}) - copied from portal **
        Child surname: [[name:OKONKWO-EVANS]]      Forename(s): [[name:Chidera Mari]]
        DOB: [[date_of_birth:02/11/2015]]     NHS no: [[nhs_number:960 013 3891]]
        Language(s): English, Igbo, Cymraeg (Welsh-medium)
        Address: [[address:Flat 3, Hen Ysgol, Stryd Fawr, Bethesda]]   [[postcode:LL57 3AN]]
        School: [[organisation:Ysgol Pen-y-Bryn]]
        Mother: [[name:Ngozi Okonkwo]]   Tel: [[phone:+44 7700 900 218]]
        Referrer: [[name:Siân ap Iorwerth]], {{Health Visitor}}, [[organisation:Canolfan Iechyd Bethesda]]  [[email:sian.apiorwerth@wales.nhs.uk]]
        Reason: unexplained bruising to upper arm noticed by school, child says "{{Mam}} grabbed me".

        NOTE (team leader, [[date:09/10/24]]): the NHS number above belongs to [[name:Chidera]]'s
        brother [[name:Obinna]] ([[nhs_number:083 863 7949]]) - copied across from the family
        record. Caught at {{MASH}} triage before health records were requested. Corrected.
    """)),
    ("social_care", "success", prose("""
        Young carers - what worked. [[name:Eilidh MacLean]] ([[age:10]]) is in the
        {{Gaelic Medium}} class at [[organisation:Bun-sgoil Thobar Mhoire]] and is main carer for
        her mum [[name:Morag]], who has {{MS}}. Her teacher, Mrs [[name:NicIlleathain]], noticed
        [[name:Eilidh]] falling asleep in class and doing the shopping list in her jotter. A
        {{Young Carer Statement}} was done with [[name:Calum Beag]] from
        [[organisation:Cùram Mhuile]] at home, [[address:4 Breadalbane Street, Tobermory]]
        [[postcode:PA75 6PD]], on [[date:28th May 2024]], mostly in Gaelic because that's what
        [[name:Eilidh]] chose. Outcome: carers come in twice a week, [[name:Morag]]'s sister
        [[name:Kirsteen]] does Saturdays, and [[name:Eilidh]] is back at shinty. When asked how
        things were she said "Tha mi toilichte a-nis". Ref [[case_reference:A&B-YC-0217]].
    """)),
    ("social_care", "incident", prose("""
        {{EDT}} call 02:15 [[date:Sunday 9 June]] - cannabis grow found in outbuildings at
        [[address:Ffynnon Las, Crymych]] [[postcode:SA41 3RT]]. Young male inside, gave name
        [[name:Nguyễn Văn Hùng]], says he is [[age:16]], no documents. Officer (PC
        [[name:Watkins]], ref [[case_reference:DP-20240609-0047]]) wanted to treat him as an
        adult suspect. I asked that he be treated as a child until a {{Merton}} assessment is
        done. Interpreter by phone, Ms [[name:Trần]] - she thought his accent was Nghệ An.
        [[name:Hùng]] terrified, kept asking for "{{anh}} [[name:Tuấn]]" who drove him from
        Birmingham. {{NRM}} referral made as {{First Responder}}. Placed with emergency carers
        [[name:Wyn]] and [[name:Meinir Harries]] at 05:30. By 23:00 he had gone - window open, no
        phone, no money we know of. Missing from care within 18 hours, the classic pattern.
        Learning: trafficked children need a safety plan before placement, not after, and an
        {{Independent Child Trafficking Guardian}} should be requested that night.
    """)),
    ("social_care", "near_miss", prose("""
        Data breach - near miss. I sent the {{LAC review}} minutes for [[name:Jayden]] to
        [[email:sandramckay1979@hotmail.co.uk]] - that's [[name:jayden]]s mum, [[name:Sandra McKay]].
        It was meant for the foster carer [[name:Sandra Mackay]]
        ([[email:sandra.mackay@caithnessfostering.org.uk]]); {{Outlook}} autocompleted on
        "[[name:Sandra]]". The minutes had the placement address, [[address:11 Ackergill Crescent, Wick]]
        [[postcode:KW1 4PG]], which mum is not supposed to know. [[name:Hamish]] saw it sitting
        in my Outbox because of the 2-minute delay-send rule the team set up after last year's
        breach, and I deleted it before it went. Nothing left the building. I've now put both
        contacts in with their role in the display name ("Mrs [[name:Mackay]] - FOSTER CARER").
        Ref [[case_reference:HC-CF-118273]].
    """)),
    ("social_care", "incident", prose("""
        Incident report - [[organisation:Taigh na Mara]] children house. Me and my colleague
        [[name:Jomar]] we are on sleepover shift that night [[date:27/12/2023]]. Around 1am young
        person [[name:Calum Iain]] ([[age:14y]]) he is going out of the window of his room,
        ground floor. I am following him to the shore because is very dark and windy, I call
        [[name:Jomar]] to phone police. [[name:Calum Iain]] he is very upset, he is saying his
        {{seanair}} is died and nobody tell him. I stay with him at the slipway, I don't touch
        him only talking. Police come 1.40am, PC [[name:MacAulay]] she is speaking Gaelic with
        him and he is calm down. Later we find out is true, his grandfather
        [[name:Murchadh Macleod]] died in [[organisation:Ospadal nan Eilean]] on
        [[date:24 Dec]] and the social worker ([[name:Seumas]]) was on holiday, email was not
        read. I think we need better way for tell the young person the bad news.
        - [[name:Marites Bautista]], Residential Care Worker
    """)),
    ("social_care", "success", prose("""
        {{Family Group Conference}} held [[date:Friday 15th March]] at
        [[organisation:Canolfan Deulu Rhuthun]]. Coordinator [[name:Gaynor]]. Baby
        [[name:Summer-Rose]] ([[age:8 months]]) had been accommodated under {{section 76}} after
        police found mum [[name:Amber]] ([[age:23]]) unconscious. Family came up with their own
        plan: [[name:Amber]] and [[name:Summer-Rose]] to live with grandad [[name:Mark Lloyd]]
        and his partner [[name:Dawn]] at [[address:Bryn Eithin, Llanfair Dyffryn Clwyd]]
        [[postcode:LL15 2SG]]; uncle [[name:Jack]] to do the nursery run; [[name:Amber]] to
        keep going to [[organisation:CAIS]]. Private family time went well - [[name:Mark]]
        cried, [[name:Dawn]] made a list. Six months on the baby is home, off the register, and
        the family bought a cake to mark the day. [[name:Amber]]: "Dwi'n teimlo fel bod pawb yn
        gwrando arna i am y tro cyntaf." Worth noting the FGC was offered in Welsh and the
        family took it up.
    """)),
]

# ------------------------------------------------ social care (18-20), health (21-35)
REPORTS += [
    ("social_care", "incident", prose("""
        Pre-birth IRD. Expectant mum [[name:Aoife Ní Bhriain]] ([[age:19]]), CHI
        [[case_reference:1204052281]], due [[date:14/08/24]], living with partner
        [[name:Pádraig Ó Súilleabháin]] at [[address:The Old Manse, Lairg]] [[postcode:IV27 4DE]].
        Community midwife [[name:Mairead NicDhòmhnaill]] raised concerns after [[name:Aoife]]
        disclosed at booking that [[name:Pádraig]] "checks her phone and keeps the car keys".
        {{Garda}} information via {{Police Scotland}}: two domestic call-outs in Co. Mayo. The
        incident: our letter inviting [[name:Aoife]] to the {{pre-birth CPPM}} was POSTED to the
        house. [[name:Pádraig]] opened it. Next day [[name:Aoife]] cancelled every antenatal
        appointment and texted the midwife "im grand, dont come out". Nobody checked the
        {{safe contact}} section of the referral, which said: contact via midwife only. Safety
        visit done [[date:Mon 17 June]] by [[name:Mairead]] with SW [[name:Iona Mackenzie]] under
        the cover of a routine check - [[name:Aoife]] well, baby moving, agreed to a refuge
        referral "maybe after". Learning: admin to check the safe contact field before ANY
        letter is generated.
    """)),
    ("social_care", "near_miss", block("""
        COFNOD CYSWLLT / CONTACT RECORD
        Date: [[date:06/07/2024]]    Venue: [[organisation:Canolfan Blaenau]] (family room 2)
        Child: [[name:Tomos-Lee H.]] ([[age:3]])      Parent: [[name:Ashleigh Hughes]] ({{mam}})
        Supervisor: [[name:Rhiannon Jones]] ({{CSW}})

        13:00  Mum due. Arrived 13:20 - said the Traws bus didn't turn up.
        13:25  Warm greeting, "{{cwtch}} mawr", [[name:Tomos-Lee]] ran straight to her.
        13:50  Mum on her phone - said it was her new boyfriend "[[name:Jase]]". Asked her twice to put it away.
        14:05  [[name:Jase]] turned up at reception asking for [[name:Ashleigh]]. Not on the approved list. Receptionist ([[name:Gwenda]]) did not let him in - good.
        14:10  Mum left the room to argue with him in the car park. [[name:Tomos-Lee]] crying "{{Mam}}! {{Mam}}!"
        14:20  Contact ended early. Foster carer Mrs [[name:Parry]] collected 14:35.
        Action: identify [[name:Jase]]; [[name:Gwenda]] noted his car, [[vehicle_registration:CU66 FKB]]. Building has no second exit from family room 2 - if he had got in we could not have kept the child safe.
    """)),
    ("social_care", "success", prose("""
        Adroddiad arfer da. Ar [[date:ddydd Iau 21 Mawrth]] cynhaliwyd adolygiad
        {{Plentyn sy'n Derbyn Gofal}} ar gyfer [[name:Osian]] ([[age:14 oed]]) yn gyfan gwbl yn
        Gymraeg, am y tro cyntaf ers iddo ddod i ofal. Roedd [[name:Osian]] wedi dweud wrth ei
        weithiwr cymdeithasol, [[name:Nerys Thomas]], ei fod yn teimlo fel "dieithryn" mewn
        cyfarfodydd Saesneg. Trefnodd y {{Swyddog Adolygu Annibynnol}}, [[name:Huw ab Owain]],
        bod pawb - gan gynnwys yr athrawes o [[organisation:Ysgol Uwchradd Tregaron]] - yn siarad
        Cymraeg, gyda chyfieithu ar y pryd i'w dad, [[name:Keith]], sy'n byw yn
        [[address:14 Heol y Bont, Aberaeron]] [[postcode:SA46 0AB]]. Dywedodd [[name:Osian]]
        wedyn: "Am unwaith, fi oedd yn deall popeth a Dad oedd yn gwisgo'r clustffonau." Dylid
        cynnig hyn i bob plentyn sy'n siarad Cymraeg fel rhan o'r {{Cynnig Rhagweithiol}}.
        Cyf: [[case_reference:CER-LAC-0788]].
    """)),
    ("health", "incident", prose("""
        Community nursing, Tiree. Mr [[name:Lachie MacKinnon]] ([[age:83]]), CHI
        [[case_reference:1702411937]], insulin-dependent, lives alone at
        [[address:Cnoc an Fhithich, Balemartine]] [[postcode:PA77 6UA]]. His {{NovoRapid}} pens
        come over on the boat from [[organisation:Lorn Pharmacy]] in Oban. Ferry cancelled Thurs
        and Fri (weather) and nobody flagged it to us. Found him [[date:Sat 16/3]] with a BM of
        24.1, confused, bottle on the table. Dr [[name:Fiona NicPhàrlain]] (GP,
        [[organisation:Tiree Medical Practice]]) came out; we used the practice emergency stock,
        which left the island with 2 pens for 3 patients. Transferred by air to
        [[organisation:Lorn & Islands Hospital]]. [[name:Lachie]]'s niece [[name:Ceitidh]]
        ([[phone:01879 220 418]]) had been ringing him since Friday with no answer but didn't
        know who to call. Learning: pharmacy and nursing need a shared alert when the boat's
        off, and the {{KIS}} should list a neighbour key-holder.
    """)),
    ("health", "near_miss", block("""
        [[organisation:Meddygfa Dyffryn Hafren]] / [[organisation:Severn Valley Surgery]]
        Llanidloes, Powys   Ffôn/Tel [[phone:01686 412 310]]

        Dyddiad / Date: [[date:4 Ebrill 2024]]
        To: Rheumatology, [[organisation:Royal Shrewsbury Hospital]]

        Annwyl Gydweithiwr / Dear Colleague,
        Re: Mrs [[name:Bethan Rowlands]]   DOB [[date_of_birth:14/06/1948]]   NHS No. [[nhs_number:104 332 1810]]
            [[address:Pentre Bach, Y Fan, Llanidloes]] [[postcode:SY18 6NR]]
        Please see this lady with ?{{PMR}} - bilateral shoulder girdle pain, ESR 58.
        Allergies: NKDA
        Diolch, Dr [[name:Sunita Raghavan]]

        --- added by practice pharmacist [[name:Owain]] [[date:09/04/24]] ---
        NOT NKDA. Mrs [[name:Rowlands]] is allergic to {{penicillin}} (anaphylaxis 1996) but it
        was recorded in Welsh free text ("alergedd difrifol i benisilin") in a 2009 consultation,
        never coded, so the referral template pulled "NKDA". Rheumatology pharmacist rang to
        query before clinic. Fixed and coded; searching for other Welsh free-text allergies.
    """)),
    ("health", "near_miss", prose("""
        Lone working near miss. Snow on the Clisham road [[date:Tue 6 Feb]]. I was on my way to
        Mrs [[name:Peigi Anna Morrison]] ([[age:91]]) at [[address:12 Drinishader, Isle of
        Harris]] [[postcode:HS3 3DX]] for her leg dressings. Pool car
        ([[vehicle_registration:SV19 HXR]]) slid into the ditch near the Ardhasaig turn. No
        signal. The {{Skyguard}} device showed "no network" so the amber alert never went.
        Waited 50 min in the car until [[name:Ruairidh]] on the gritter stopped and towed me out.
        Nobody at base knew. [[name:Peigi Anna]]'s daughter rang the office at 2pm asking where
        the nurse was - that's how [[name:Kenny]] (team lead) found out. Suggest a sat phone in
        every pool car and a text check-in to base on [[phone:+44 1859 502 214]] before the hill.
        Winter tyres too please. - [[name:Shona Mhoireach]], {{Community Staff Nurse}}
    """)),
    ("health", "near_miss", prose("""
        Near miss - dispensing, [[organisation:Fferyllfa'r Bala]]. We have two regulars known as
        Mrs [[name:Jones]], both on {{apixaban}}: Mrs [[name:Gwenda Jones]], known as
        "[[name:Jones]] [[address:Tŷ Capel]]", and Mrs [[name:Glenys Jones]] of
        [[address:Bryn Awel, Heol Tegid]]. On [[date:17 Ionawr]] [[name:Gwenda]]'s bag (2.5mg) was handed
        to [[name:Glenys]]'s husband [[name:Idris]], who asked for "bag Mrs [[name:Jones]]". He noticed at
        home - "dim ond pump mae hi'n gymryd" - and drove it back the same afternoon. No doses
        taken. Pharmacist [[name:Arwel]] has since changed handout so we always confirm DOB and
        first line of address: [[name:Gwenda]] [[date_of_birth:03/03/1939]], [[name:Glenys]]
        [[date_of_birth:11/09/1941]]. Nicknames like "[[name:Jones]] [[address:Tŷ Capel]]" are
        how the town talks but they are not an identity check.
    """)),
    ("health", "success", block("""
        {{EMRTS}} Cymru - {{ATMIST}} handover to ED, [[organisation:Ysbyty Gwynedd]]   [[date:29/04/2024]] 11:52
        A - Age [[age:34]] M.  Name: [[name:Dewi Glyn PRICHARD]]  NHS [[nhs_number:026 542 3511]] (from partner, not verified)
        T - Time of injury approx 10:30
        M - Quad bike rollover on steep ffridd above [[address:Cae'r Ffynnon, Cwm Pennant, Garndolbenmaen]] [[postcode:LL51 9AX]]; trapped ~40 min, found by brother [[name:Gruffydd]]
        I - ?# pelvis, open # R tib/fib, {{GCS}} 14
        S - HR 118, BP 94/60, RR 24, SpO2 95% on O2
        T - {{pelvic binder}}, {{TXA}} 1g, 2 units PRBC on scene (blood on board), {{ketamine}} analgesia
        Handed to Dr [[name:Rhys Mathias]] (ED cons). Police + {{HSE}} informed re farm incident.
        Crew: Dr [[name:L. Okafor]], CCP [[name:Bleddyn Rowe]]
        Comment: blood on board made the difference - he would likely have arrested on a road journey out of Cwm Pennant.
    """)),
]

REPORTS += [
    ("health", "success", prose("""
        Planned home birth, Papa Westray. Mum [[name:Hrafnhildur Jónsdóttir]] ([[age:31]]),
        second baby, partner [[name:Sam Rendall]]. [[name:Lynn Harcus]] and I flew out on the
        {{Islander}} on [[date:2 September]] at 38+5 because the forecast was dire, and stayed
        at [[organisation:Beltane House]]. Contingency agreed beforehand with the
        {{Scottish Ambulance Service}} and the air service for a transfer to the
        [[organisation:Balfour]] if needed - none was. Labour started 03:00 on
        [[date:5 September]]; baby girl [[name:Freyja]] born 06:47, 3.6kg, in the pool in the
        living room at [[address:Hookin, Papa Westray]] [[postcode:KW17 2BU]]. [[name:Hrafnhildur]]
        wanted to labour in Icelandic, so we'd learned a few words ("anda" - breathe) and her
        sister [[name:Sigga]] was on FaceTime from Reykjavík. Baby's CHI
        [[case_reference:0509241782]]. Small island, two midwives, a pre-agreed plan and nobody
        in a hurry. Written up for the {{Best Start}} group as an example.
    """)),
    ("health", "incident", prose("""
        {{Mental Health Act}} assessment at [[address:Hafod Uchaf, Trawsfynydd]]
        [[postcode:LL41 4TW]] on [[date:8/10/24]]. {{AMHP}} [[name:Sioned Wyn Roberts]], Dr
        [[name:Tariq Mahmood]] ({{s12}} approved) and GP Dr [[name:Angharad Ellis]]. Patient
        [[name:Mererid Pugh]] ([[age:38]]), known to [[organisation:CMHT Dwyfor Meirionnydd]].
        When she is unwell [[name:Mererid]] speaks only Welsh; Dr [[name:Mahmood]] does not, so
        the {{AMHP}} interpreted as well as doing her own role - not acceptable under the Code.
        Detained under {{Section 2}}. Bed found at the [[organisation:Hergest Unit]] but
        conveyance was a police van after a 4 hour wait for an ambulance. Her partner
        [[name:Will]] followed in his own car; he will be making a complaint and says he was
        never told where she was going. Datix [[case_reference:W-118204]]. Actions: a
        Welsh-speaking s12 doctor rota for the west, and a conveyance escalation route after 2
        hours.
    """)),
    ("health", "incident", block("""
        From: [[name:Donna Fraser]] <[[email:donna.fraser2@nhs.scot]]>
        Sent: [[date:20 November 2024]] 08:31
        To: [[email:wih.ward2@nhs.scot]]; [[organisation:Lewis DN team]]
        Subject: URGENT - discharge letter wrong patient - Mr [[name:D. Macleod]]

        Hi both,
        The discharge summary that went home with Mr [[name:Donald Macleod]] (Tong, [[age:74]]) yesterday has the CHI and medicines of a different [[name:Donald Macleod]] (Point).
        CHI on letter [[case_reference:2208512351]] - correct CHI [[case_reference:1407493355]].
        Our [[name:Donald]] had his {{warfarin}} stopped post-op; the letter says continue 5mg. Please check his {{MAR}} chart and let his DN know today. [[organisation:Community team Lewis]]: [[phone:01851 704 704]] ext 2418.
        Datix [[case_reference:4471203]] raised. Apologies - copy and paste from the ward list, two patients on 7A with the same first name and surname.

        [[name:Donna]]
        [[name:Donna Fraser]] | Discharge Coordinator | [[organisation:Raigmore Hospital]] | [[phone:01463 704000]]
    """)),
    ("health", "near_miss", prose("""
        Near miss - using a child to interpret. [[name:Katarzyna Nowak-Zielińska]]
        ([[age:27]]), 32/40, attended [[organisation:Uned Famolaeth Bronglais]] with reduced
        movements. Hospital no. [[case_reference:B0471182]]. No interpreter booked, so her son
        [[name:Szymon]] ([[age:10]]) was translating. The student midwife started the routine
        enquiry about domestic abuse through [[name:Szymon]] - senior midwife [[name:Eirlys]]
        stopped it. Interpreter then booked through {{WITS}} and on the phone within 20 min.
        With the interpreter [[name:Kasia]] (as she asked to be called) disclosed bleeding she
        had been too embarrassed to say in front of her son, and was admitted. Partner
        [[name:Tomasz]] was at work at [[organisation:Hufenfa Aeron]] and couldn't be reached on
        [[phone:07700 900 906]]. Children should never be used for clinical interpreting,
        least of all for safeguarding questions. NHS [[nhs_number:816 184 9595]].
    """)),
    ("health", "success", prose("""
        A good death at home on Unst. Mr [[name:Bertie Mouat]] ([[age:88]]),
        {{metastatic prostate cancer}}, wanted to die at [[address:Setter, Haroldswick, Unst]]
        [[postcode:ZE2 9EF]] and not in the [[organisation:Gilbert Bain]] - two ferries and a
        long drive away. {{Just in Case}} medicines were in the house from [[date:1 Feb]] and his
        {{ACP}} was on the {{KIS}}. On the night of [[date:11/02/24]] he became agitated and his
        wife [[name:Mima]] ([[age:84]]) rang {{NHS 24}}; they put her straight through to me as
        the Unst nurse on call because of the KIS flag. {{midazolam}} 2.5mg sc, settled within
        20 min. He died at 04:10 with [[name:Mima]] and their son [[name:Gibbie]] holding his
        hands and the fiddle music on. [[name:Mima]] said "he wis aye an Unst man, he wis never
        leavin". Dr [[name:Oyelaran]] joined by {{Near Me}} video and I did the verification.
        CHI [[case_reference:2807351473]].
    """)),
    ("health", "incident", block("""
        SBAR - unwitnessed fall with head injury, night [[date:22/23 Feb]]
        S: Mrs [[name:Olwen Parry-Williams]], [[age:86]], bed 14, [[organisation:Ward Conwy]], [[organisation:Ysbyty Glan Clwyd]]. Hosp no [[case_reference:G772310X]]. Found on floor 03:15 by {{HCA}} [[name:Blessing Adewale]].
        B: On {{apixaban}}. {{Dementia}}, first language Welsh, had been saying "isio mynd adra" all night and trying to get up. Bed alarm not plugged back in after transfer from [[organisation:Ward Dinas]] at 22:00.
        A: {{GCS}} 14 (E4 V4 M6), lump R temple, obs stable, {{NEWS2}} 3. Needs CT head within 8h per {{NICE}} (anticoagulated).
        R: CT requested 03:40, done 06:05 - no bleed. Daughter [[name:Carys]] informed 07:00 on [[phone:07700 900 164]]. Datix [[case_reference:W-DATIX 221876]].
        Reported by: Staff Nurse [[name:Tanvir Ahmed]]
        Note: [[name:Blessing]] stayed with her and spoke to her in the bits of Welsh she has learned - "mae'n iawn, [[name:Olwen]]" - which settled her more than anything else.
    """)),
    ("health", "incident", prose("""
        Fall after delayed Parkinson's medication, [[organisation:Plas Hafren Care Home]],
        Newtown. Mrs [[name:Gwladys Pugh]] ([[age:94]], DOB [[date_of_birth:02.01.1930]]), known to
        everyone as "[[name:Gwlad]]", has {{Parkinson's}} and takes {{co-careldopa}} at fixed
        times. On [[date:Sunday 12 May]] the agency nurse on nights, [[name:Precious Moyo]], had no
        login for {{eMAR}} and could not see the 18:00 dose; it was given at 20:10 after she
        reached the manager [[name:Hywel]] by phone. By then [[name:Gwlad]] was rigid and fell
        going to the toilet at 19:45, fractured L wrist, taken to [[organisation:Ysbyty Maldwyn]].
        Son [[name:Glyn Pugh]] ([[phone:01686 62 54 81]]) is understandably angry. [[name:Precious]]
        did everything right once she had access and wrote a very honest statement. Learning:
        agency staff must have {{eMAR}} access set up BEFORE the shift, and time-critical meds
        flagged on paper too. Ref [[case_reference:PHCH-24-061]].
    """)),
    ("health", "near_miss", block("""
        [[organisation:Ìle Medical Practice]] - telephone triage list  [[date:Mon 8 Jan]]  (duty Dr [[name:K. Osei]])
        08:12  Mrs [[name:Janet Currie]], CHI [[case_reference:1903572446]], [[phone:07787 112 903]] - UTI sx 3/7. Rx {{nitrofurantoin}}.
        08:20  "[[name:Jim]] at the distillery" re "chest thing". No surname, no CHI, no number. Rang back - withheld.
        08:41  [[name:Iain Mòr MacTaggart]] ([[age:75]]) - BP review, routine.
        09:30  Receptionist [[name:Flora]] recognised the voice from 08:20 when he rang again: [[name:Jim Gillespie]], [[address:Cnoc Mòr, Port Ellen]]. Now central chest pain 1h, sweaty.
        09:33  999 + {{first responders}}. ECG in ambulance - {{STEMI}}. Airlifted to Glasgow.

        Reflection (Dr [[name:Osei]]): the 08:20 entry sat for over an hour because it had nothing to act on. Islay folk often ring as "[[name:Jim]] at the distillery" or "the Port Ellen [[name:MacTaggart]]". Rule now: no entry goes on the list without full name, DOB/CHI and a callback number.
    """)),
]

# ------------------------------------------------ health (34-35), aviation (36-50)
REPORTS += [
    ("health", "near_miss", prose("""
        Significant event - abnormal result not actioned in time. I am writing this as the GP
        registrar involved. On [[date:Friday 19th July]] the lab at [[organisation:Ysbyty Gwynedd]]
        telephoned a potassium of 6.9 for Mr [[name:Elwyn Hughes]] ([[age:79]],
        NHS [[nhs_number:161 559 4078]]) of [[address:Tan-y-Bwlch, Rhostryfan]]. The call went to
        the old bypass number, which rings in an empty room after 5pm, and the message was only
        put in my tasks on Monday. Kindly note he is on {{ramipril}} and {{spironolactone}}. I
        telephoned him at 08:15; his wife [[name:Megan]] said he was "weak like a kitten". He was
        admitted, treated and is recovering well. I was greatly worried. In Lagos we always gave
        our own mobile to the lab, and here I assumed the system would catch it. My supervisor
        Dr [[name:Gwyn Jenkins]] has asked the practice manager to update the number with the lab.
        - Dr [[name:Chukwuemeka Obi]] ("[[name:Emeka]]"), [[organisation:Meddygfa'r Groeslon]]
    """)),
    ("health", "success", prose("""
        {{NHS 111 Wales}} passed a call to me (OOH GP, [[organisation:Hywel Dda OOH]]) at 23:10 on
        [[date:23/08/2024]]. Caller [[name:Ionuț Popescu]] ([[age:24]]), seasonal worker at
        [[organisation:Fferm Glan-yr-Afon Ltd]], living in [[address:Caravan 4, Glan-yr-Afon,
        Llanrhian]] [[postcode:SA62 5BE]]. His friend [[name:Florin]] was translating at first but
        I got a Romanian interpreter on the line within 6 minutes. A small cut from a potato
        harvester 3 days ago; now rigors, confusion, red streaks up the leg. Called it as
        {{sepsis}}; ambulance to [[organisation:Withybush]], antibiotics within the hour. He is
        not registered with a GP - the only ID he had was his NI number
        [[ni_number:SW 62 40 18 B]], which we used to start a temporary registration. Farm manager
        [[name:Rhodri Lewis]] ([[phone:01348 831 207]]) agreed to bring the others in for
        registration. [[name:Ionuț]] messaged the practice a week later: "Mulțumesc, doctor, I
        am ok."
    """)),
    ("aviation", "near_miss", prose("""
        ASR - Barra. Flight [[flight_number:LM 431]] GLA-BRR, [[date:03 Nov 2023]], {{Twin Otter}}
        [[aircraft_registration:G-SGTS]]. Commander Capt [[name:Alasdair Mac an t-Saoir]], FO
        [[name:Ewa Kowalczyk]]. Dispatch had used the Castlebay tide table rather than the
        corrected figures for the beach, and with a strong SW wind pushing the sea in the tide
        was running about 40 min early. On arrival runway 15 had standing water on the last
        third. {{AFISO}} [[name:Catriona Campbell]] had already sent the fire crew to walk the
        strand and passed the report, so we landed on 07 instead and stopped well short. Twelve
        passengers including a stretcher patient. On the ground [[name:Catriona]] said the local
        cockle pickers had told her "the tide's wrong today" an hour before. No damage. Requested
        that ops use the beach-specific tide correction and that the {{NOTAM}} window be
        recalculated. Ref [[case_reference:ASR-23-1104-BRR]].
    """)),
    ("aviation", "near_miss", block("""
        PILOT REPORT - WESTRAY / PAPA WESTRAY   [[date:14/06/24]]
        Flight: [[flight_number:LM 711]]   KOI-WRY-PPW   A/C: {{BN2B-26 Islander}} [[aircraft_registration:G-BVVK]]
        Commander: Capt. [[name:S. Lowe]]

        Pax as weighed at Kirkwall check-in:
          1  [[name:FOUBISTER/J]] MR        82
          2  [[name:FOUBISTER/E]] MRS       64
          3  [[name:RENDALL/H]] MS          58
          4  [[name:DRIVER/T]] MR           71   + dog
          5  [[name:GRIEVE/A]] MR           79   (fish farm)
          6  [[name:HOURSTON/K]] MR         76   (fish farm)
          7  [[name:BEWS/M]] MISS           31   child

        Remarks: take-off roll felt long and climb sluggish. At WRY ground handler [[name:Ingrid]] re-weighed on the island scale: each adult 8-12 kg heavier than the KOI figures. KOI scale had not been zeroed after the mail sacks were weighed on it. Total error approx 62 kg - within max take-off weight only because seat 8 was empty. Mr [[name:Grieve]] and Mr [[name:Hourston]] also had undeclared kit in jacket pockets. Reported to station manager [[name:Eric Flett]] for scale check procedure. Ref [[case_reference:KOI-OPS-0614-02]].
    """)),
]

REPORTS += [
    ("aviation", "incident", prose("""
        Bird strike, Fair Isle. [[date:17/07/2024]], Tingwall-Fair Isle, {{BN2}}
        [[aircraft_registration:G-SICB]], Capt [[name:Ewan Halcrow]], 6 pax. On short final to
        runway 24 a {{bonxie}} (great skua) came up off the moor and hit the LH wing leading
        edge. Continued and landed normally. Island fire crew lead [[name:Neil Thomson]] and I
        inspected: dent about 15 cm, no tear, blood and feathers. Not happy to fly it back
        without an engineer, so the aircraft stayed on the island for two days. Passengers were
        put up at the [[organisation:Fair Isle Bird Observatory]]; one, Dr [[name:Sarah Leask]],
        identified the bird and said bonxies dive at anything crossing their nesting ground in
        July. Engineer [[name:Gary Inkster]] came out on the {{Good Shepherd}}. Tech log
        [[case_reference:TL-SICB-0388]], {{MOR}} [[case_reference:2024/11873]]. Suggest a
        seasonal note in the airfield brief for the skua colony off the end of 24.
    """)),
    ("aviation", "incident", prose("""
        Cabin report, [[flight_number:LM6221]] SYY-GLA [[date:Friday 29 March]], {{Saab 340}}
        [[aircraft_registration:G-LGNG]]. Passenger seat 7C Mr [[name:Kenneth Morrison]] (he ask
        to be called [[name:Kenny]]) was already drinking at the gate, the agent
        [[name:Murdina]] let him board. After take-off he is shouting to lady in 8A,
        Ms [[name:Joanna Sikora]], about "speaking Polish on my island". I am going to him two
        times and ask him calmly to stop, he stop for five minutes then start again, also
        shouting in Gaelic. My colleague [[name:Mhairi]] move Ms [[name:Sikora]] to row 2 and she
        is crying. I inform Captain [[name:Gordon Reid]] and he request police to meet the
        aircraft. {{Police Scotland}} ref [[case_reference:PS-20240329-0419]]. Mr
        [[name:Morrison]] leave with police, the other passengers applaud. I think the gate must
        tell us before if a passenger is drinking. - [[name:Lucía Fernández Ortega]], cabin crew
    """)),
    ("aviation", "near_miss", prose("""
        Runway incursion, [[organisation:Anglesey Airport]], [[date:11 June 2024]] 07:48. Fuel
        bowser [[vehicle_registration:CX14 BFU]] driven by [[name:Iwan]] crossed the main taxiway
        without clearance while [[flight_number:T3 441]] ({{Jetstream 32}}
        [[aircraft_registration:G-CCPW]], from Cardiff) was taxiing in. Separation about 150 m,
        captain braked. [[name:Iwan]] says he heard "clir i groesi" on the handheld - the ops
        office had been chatting to him in Welsh about the next refuel and he took it as a
        crossing clearance. Ground frequency is English only and the phrase was never a
        clearance. Ground ops manager [[name:Ffion Rees-Bowen]] has briefed all drivers: Welsh is
        fine for chat on the ops channel, never on the ground movement frequency, and no
        crossing without a readback. Ref [[case_reference:AAS-OCC-24-019]].
    """)),
    ("aviation", "success", prose("""
        Tiree, [[date:22 August]]. Passenger Mrs [[name:Ishbel MacArthur]] ([[age:67]]), booked
        on [[flight_number:LM 651]] TRE-GLA, collapsed at the gate. {{RFFS}} crew
        [[name:Donnie]] and [[name:Seonaidh]] started CPR within a minute; the {{AED}} advised one
        shock, {{ROSC}} after about 4 min. Dr [[name:Hector MacPhee]] from the island surgery was
        there in 6 minutes because [[name:Seonaidh]] rang him directly on [[phone:01879 220 323]]
        rather than going through 999 first (999 was also called). Capt [[name:Ross Gillies]]
        held the departure and offered the aircraft, but the coastguard helicopter was already
        tasked and took her to Glasgow. Her husband [[name:Archie]] went with her. We had run
        the joint drill with the surgery only in May. The checklist for a medical emergency on
        the apron worked exactly as written.
    """)),
    ("aviation", "incident", block("""
        AIR SAFETY REPORT
        Ref: [[case_reference:ASR-24-0617]]        Date of occurrence: [[date:05/05/2024]]
        Flight no: [[flight_number:LM 6732]]      Route: BEB-GLA     A/C: {{Saab 340B}}   Reg: [[aircraft_registration:G-LGNO]]
        Commander: Capt [[name:M. Ó Dubhghaill]]    FO: [[name:N. Siddiqui]]    CC: [[name:R. Stewart]]

        Description:
        PRM passenger Mrs [[name:C. NicLeòid]] (seat 1A) travelling with own {{portable oxygen concentrator}}. Paperwork said battery 4 h; flight 1 h 10. During taxi CC noticed the unit showing 25 min remaining - second battery had been left with her daughter [[name:Peigi]] at the terminal. Returned to stand. Daughter located by ground staff [[name:Dòmhnall]]; battery fitted, unit checked.
        Delay 34 min. No injury.
        Contributing: POC pre-notification form (from [[organisation:Benbecula Medical Practice]]) gives battery capacity, not what is actually carried on board.
        Action: gate check of battery count added.
    """)),
    ("aviation", "near_miss", prose("""
        I'm writing this for {{CHIRP}} as honestly as I can. [[date:Saturday 18 May]], {{PA-28}}
        [[aircraft_registration:G-BNNY]] out of Caernarfon with my mate [[name:Gwil]] as
        passenger, heading up the Menai for a look at the bridges. I'd briefed the Valley
        {{MATZ}} but got absorbed in pointing out [[name:Gwil]]'s old school and the
        {{SkyDemon}} warning went off while I was looking out of the left window. By the time I
        turned back I'd been inside the zone for about 2 minutes at 1,500 ft without speaking to
        them. Nothing came near, but that's luck not airmanship. I called them straight after
        and self-reported to the {{CAA}}. My instructor [[name:Bryn Hughes]] went through it with
        me on the ground - lesson: a sightseeing passenger is a distraction you have to brief
        for, same as weather. [[name:Elis ab Iorwerth]], [[email:elis.abiorwerth@btinternet.com]],
        [[phone:07700 900 951]]
    """)),
    ("aviation", "near_miss", prose("""
        Drone sighting on approach, Campbeltown, [[date:14/04/24]]. [[flight_number:LM 342]]
        GLA-CAL, {{Saab 340}} [[aircraft_registration:G-LGNM]], Capt [[name:Dawn Gallacher]]. At
        about 600 ft on 1 nm final for 29, just after dawn, the FO saw a small quadcopter level
        with us and slightly right. Continued; it passed within an estimated 100 m. Police traced
        the operator the same morning: [[name:Finlay Galbraith]] ([[age:17]]), filming the sunrise
        from his family's field at [[address:Balnagleck Farm, Machrihanish]]
        [[postcode:PA28 6PT]]. {{DJI Mini 4 Pro}}, flyer ID [[case_reference:GBR-RP-7XK2WQ9L4M]].
        He had passed the online test but did not know the airfield's {{FRZ}} came out that far.
        His dad [[name:Hughie]] brought him to the terminal to apologise. {{Police Scotland}}
        ref [[case_reference:PS-20240414-0087]]. Capt [[name:Gallacher]] asked that the school
        be offered a talk on the {{Drone Code}}.
    """)),
]

REPORTS += [
    ("aviation", "incident", block("""
        TECH LOG - [[aircraft_registration:G-OPPL]]   Page [[case_reference:TL-0442]]
        Date: [[date:09/01/2024]]   Stn: WIC   Operator: [[organisation:Far North Aviation Services]]
        Defect: LH wing inboard de-ice boot torn approx 30 cm, found on walkround by Capt [[name:Ngozi Eze]] before sector WIC-KOI.
        Cause (per ground handler [[name:Stevie Mowat]]): passenger steps blown into the wing by gust while being repositioned, approx 06:40, not reported at the time - "didnae think it touched".
        Action: aircraft grounded, known icing forecast, no {{MEL}} relief for boot damage in icing. Boot repaired per {{SRM}}, ground run and inspection satisfactory.
        Cert: [[name:Gregor Sutherland]], licence [[case_reference:UK.66.441207B]]   [[date:10/01/2024]] 14:20
        Flight cancelled; pax rebooked on next day's service [[flight_number:FNA 102]].
        Note from [[name:Stevie]] to station manager: he was worried he'd lose his job if he said anything. Just culture briefing given to all WIC ground staff.
    """)),
    ("aviation", "near_miss", prose("""
        Passenger mis-boarding, Islay, [[date:12/12/23]], [[flight_number:LM 475]] ILY-GLA. Two
        passengers with the same name: Mr [[name:Donald J. MacDonald]] (Port Charlotte), booked
        and checked in, and Mr [[name:Donald A. MacDonald]] (Bowmore), booked for the next day.
        The boarding pass scanner was offline so [[name:Sheila]] at the gate called
        "[[name:Donald MacDonald]]!" and both came forward; she ticked the name once and let both
        through. Cabin crew headcount 31 against 30 on the loadsheet. Crew held the door and
        found Mr [[name:Donald A. MacDonald]] - known on the island as
        "[[name:Dòmhnall Ailig]]" - in 11B with no boarding pass. He thought he had been moved
        onto the earlier flight. Both men were very good humoured about it. Two
        [[name:MacDonald]] households booked on the same week is normal here; our manual
        boarding procedure assumed names are unique. It now requires the seat number and the
        booking reference ([[case_reference:XK7QPL]]) to be read back. Ref
        [[case_reference:ILY-GH-23-044]].
    """)),
    ("aviation", "success", prose("""
        First solo - and a good decision. [[name:Nia Haf Beynon]] ([[age:16]]) flew her first
        solo at Haverfordwest on [[date:Saturday 6 July 2024]] in {{Cessna 152}}
        [[aircraft_registration:G-BOYL]]. Wind was fine when she was sent; on her first approach
        it had picked up to 15 kt gusting 22 across runway 21. She went around on her own
        decision, said "Going around" clearly, and asked for 27 on the second attempt, which she
        landed beautifully. Her instructor [[name:Dai Bowen]] had only briefed the go-around as
        "always an option" - she used it under pressure. Her mum [[name:Rhian]] was watching
        from the clubhouse at [[organisation:Penfro Flying Club]] and said afterwards "roedd hi'n
        fwy calm na fi". Shared at the club safety evening as an example of a student using
        judgement rather than pressing on. Student ref [[case_reference:PFC-ST-0291]].
    """)),
    ("aviation", "near_miss", prose("""
        Report by F/O [[name:Jānis Ozoliņš]]. Flight [[flight_number:LM 713]] KOI-NDY,
        [[date:2 February 2024]], {{Islander}} [[aircraft_registration:G-ORKB]], PF Capt
        [[name:Magnus Rosie]]. Crosswind was 24 kt on the gravel runway at Sanday. Before landing
        the farmer, Mr [[name:Billy Drever]], was still moving sheep off the strip and the
        captain make one orbit. On landing the gust push us and we touch down long, stopping
        approximately 40 m from the end. Nobody hurt. I am not speaking up on the approach when
        I think we are high, because captain is very experienced and I am new in this company
        only two months. In Latvia I fly bigger aircraft with more procedure. After flight
        Capt [[name:Rosie]] tell me, next time say it loud, he will not be angry. I think this
        is good and I write it here also for other new first officers. Ref
        [[case_reference:ASR-24-0202-NDY]].
    """)),
    ("aviation", "incident", block("""
        ---------- Forwarded message ---------
        From: Customer Relations <[[email:customer.relations@awyrmon.co.uk]]>
        Date: [[date:Wed, 10 Jul 2024]] at 09:02
        To: [[name:Hassan Qureshi]] <[[email:h.qureshi@awyrmon.co.uk]]>
        Subject: Fwd: Cadair olwyn {{Mam}} / Mum's wheelchair - [[flight_number:T3 632]]

        [[name:Hassan]] - can you look into this one please? Looks like the {{PRM}} agent at Cardiff didn't load the chair. PRM ref [[case_reference:PRM-CWL-0709-03]]. [[name:Kerry]]

        > From: [[name:Gwilym Tudur]] <[[email:gwil.tudur@gmail.com]]>
        > Date: [[date:Tue, 9 Jul 2024]] at 18:44
        > Noswaith dda. My mother, Mrs [[name:Nesta Tudur]] ([[age:81]]), flew Cardiff to Anglesey today. Her electric wheelchair was left on the ramp at Cardiff. She waited two hours in a borrowed chair that didn't fit her and wet herself because she could not get to the toilet. Mae hi wedi ei siomi'n ofnadwy. Chair delivered by taxi to [[address:Tŷ'n Llan, Llanddona]] [[postcode:LL58 8UH]] at 23:30.
        > [[name:Gwilym]]
        > [[phone:07700 900 772]]
    """)),
    ("aviation", "near_miss", block("""
        #ops-sty   (export [[date:03/02/2024]])
        06:02 [[name:mairi.d]]: morning. fuel figs from capt for [[flight_number:LM421]] say 1100kg, tech log for [[aircraft_registration:G-LGNL]] says 1010??
        06:03 [[name:jgrant]]: whos the capt
        06:03 [[name:mairi.d]]: capt [[name:okafor]], FO is the new guy [[name:tadhg]]
        06:05 [[name:jgrant]]: BEB is closed per {{NOTAM}} so alternate has to be GLA not BEB, 1010 wont cover it
        06:06 [[name:mairi.d]]: ringing [[name:okafor]] now
        06:11 [[name:mairi.d]]: sorted - bowser driver [[name:Alasdair]] put in 1010 off yesterday's sheet. topping up to 1150
        06:12 [[name:jgrant]]: nice catch. can you do an ASR, and tell [[name:Alasdair]] not his fault, sheet had no date on it
        06:40 [[name:mairi.d]]: [[case_reference:ASR-24-0203-SYY]] done. [[name:okafor]] says ta, delay 9 min
    """)),
]


def main() -> None:
    records = build_records("blind42", REPORTS)
    write_records(OUT, records)


if __name__ == "__main__":
    main()
