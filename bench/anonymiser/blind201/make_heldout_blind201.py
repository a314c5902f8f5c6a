"""Held-out blind evaluation corpus 201 for the anonymiser.

Fifty invented UK learning-system reports (17 social care, 17 health, 16 aviation), each an
incident, near miss or success, written without reference to how the anonymiser works.

Settings:
- social_care: a children's residential assessment centre and its emergency (out-of-hours)
  placements - night staff, on-call managers, emergency foster carers, schools and police.
- health: a community midwifery team and planned/unplanned home births - on-call midwives,
  Entonox and kit, ambulance transfers, postnatal visits and GP surgeries.
- aviation: an aircraft de-icing and winter operations crew at a northern regional airport -
  rig drivers, "Iceman" coordinators, flight crew, tech logs and RT.

Styles: WhatsApp group exports with nicknames and lower-case names (the emphasis of this
corpus), names that are ordinary English words (Hope, Will, Grace, Frost, Joy, Sunny...),
rushed lower-case text-speak, careful formal narratives, timed chronologies, e-mails with
headers and signatures, Teams/Slack exports, handovers, pipe- and tab-separated tables,
minutes with attendance and apologies, debriefs, shout-outs, forms with Name/DOB/Ref fields,
RT transcripts and tech log entries.

Mark-up: [[label:value]] for identifiers, {{term}} for must-not-redact mentions (roles,
agencies, clinical terms, equipment, aircraft types, generic times and everyday words that
look like names). NHS numbers were generated to pass the mod-11 check (see markup.nhs_ok).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from markup import block, build_records, write_records  # noqa: E402
from markup import flow as prose  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "corpus" / "heldout_blind201.jsonl"

REPORTS = [
    # ------------------------------------------------------------------ social care
    ("social_care", "incident", block("""
        Pasted from the nights WhatsApp group by shift lead for the {{missing from care}} record

        [[date:03/02/2024]], 23:41 - [[name:Bex]]: anyone seen [[name:kai]]?? not in his room
        [[date:03/02/2024]], 23:42 - [[name:Gaz]]: checked {{garden}} n {{laundry}} nothing
        [[date:03/02/2024]], 23:44 - [[name:Bex]]: ringing {{on call}} now. [[name:hope]] can u start the form
        [[date:03/02/2024]], 23:45 - [[name:Hope W]]: on it. last seen 22:50 by me at {{meds}}
        [[date:03/02/2024]], 23:58 - [[name:Gaz]]: police ref [[case_reference:NP-240203-1187]]
        [[date:04/02/2024]], 00:37 - [[name:Bex]]: hes back!! came in the {{side door}}, says he was at [[name:Tyler]]'s on [[address:Fennel Close]]
        [[date:04/02/2024]], 00:39 - [[name:hope]]: thank god. ill do the {{return home interview}} referral in the morning

        Summary: [[name:Kai Brennan-Mills]] ([[age:14]]) missing approx 1h45m. {{Police}} informed,
        {{EDT}} informed, {{placing authority}} to be told first thing. No injuries, smelt of cannabis.
    """)),
    ("social_care", "near_miss", prose("""
        nr miss - emergency placement came in at 1am from {{EDT}} no {{placement plan}} no meds
        info. lad ([[name:reuben]] [[age:12]]) said he takes {{melatonin}} and sumthing for {{ADHD}}
        but didnt know the name. rang [[name:Marky]] on call he said dont give anything til we hear
        from the {{GP}} which was right call. turns out it was {{methylphenidate XL}} and hed had his
        dose at 5pm at [[address:14 Acre Lane]] with his {{nan}}. if wed given him the bottle she
        sent in he'd of had double. need {{EDT}} to send the {{MAR}} with kids pls!! also [[name:reuben]]
        says his nan is [[name:Pauline Dodd]] tel [[phone:07700 900412]] - not on the referral. - [[name:dee]]
    """)),
    ("social_care", "success", prose("""
        Shout out to [[name:Faith Adeyemi]] and [[name:Sunny]] ([[name:Sunil Rao]]) on {{lates}} on
        [[date:Sunday 11th Feb]]. A [[age:9-year-old]] girl arrived as an {{emergency placement}}
        after {{police protection}} was used, no belongings and very frightened. [[name:Faith]] got
        the {{sensory box}} out and [[name:Sunny]] rang her school, [[organisation:Moorside Primary]],
        and got hold of her class teacher Miss [[name:Pike]], who drove over her reading book and her
        PE hoodie. She slept through, first time all week according to her {{social worker}}. This is
        exactly the {{trauma-informed}} practice we talk about in {{team meeting}}. Well done both, and
        thanks to the {{duty manager}} for authorising the {{petty cash}} for pyjamas.
    """)),
    ("social_care", "incident", block("""
        INCIDENT REPORT - [[organisation:Larkhill Assessment Centre]]
        Ref: [[case_reference:LAC/IR/2024/0192]]
        Young person: [[name:Amara Okonkwo-Reid]]
        DOB: [[date_of_birth:17/06/2010]]
        NHS No: [[nhs_number:156 045 7945]]
        Date/time: [[date:22/01/2024]] 19:20
        Location: {{dining room}}
        Reported by: [[name:Will Featherstone]], {{Residential Care Worker}}

        During {{tea}}, [[name:Amara]] became dysregulated after a phone call with her {{birth mother}}.
        She threw a plate which struck another young person ([[name:J.M.]]) on the forearm. [[name:Will]]
        and [[name:Rose]] used {{Team Teach}} de-escalation and no {{physical intervention}} was
        needed. [[name:J.M.]] was checked by the {{team leader}}; redness only, {{body map}} completed.
        [[name:Amara]]'s {{social worker}} and the {{IRO}} were e-mailed the same evening.
    """)),
    ("social_care", "near_miss", block("""
        From: [[name:Priya Lakhani]] <[[email:priya.lakhani@northvale.gov.uk]]>
        To: Emergency Placements <[[email:emergencyplacements@northvale.gov.uk]]>
        Cc: [[name:Jonno]]
        Date: [[date:Thu 18 Jan 2024]] 08:12
        Subject: near miss - taxi sent to old address

        Morning all,

        Flagging a {{near miss}} from {{last night}}. The {{taxi}} for the {{emergency placement}} of [[name:L]]
        ([[age:7]]) was booked to [[address:22 Harrow Street]], [[postcode:BD13 2LW]] - the family's
        address before they moved. The current address is on [[address:Calder Row]]. The {{driver}} rang
        the {{EDT}} worker, who spotted it. If {{mum}}'s ex-partner still lives at the old address (we
        think he might) this could have been really serious. Please check {{LCS}} is updated first.

        Thanks,
        [[name:Priya]]

        [[name:Priya Lakhani]] | {{Team Manager}}, [[organisation:Northvale Emergency Placements Team]]
        [[phone:01274 496 018]] | mob [[phone:07700 900 733]]
    """)),
    ("social_care", "success", block("""
        Learning review - emergency admission of sibling group
        Date: [[date:6 March 2024]], {{conference room}}, [[organisation:Larkhill Assessment Centre]]

        Present: [[name:Grace Mbeki]] (chair, {{Registered Manager}}), [[name:Tom Ashworth]] ({{EDT}}),
        [[name:Anil Chaudhry]] ({{IRO}}), [[name:Joy Kettlewell]] ({{residential}}), [[name:Ciara O'Donnell]] ({{health}})
        Apologies: [[name:Bill Sagoo]], [[name:Mags]] from {{virtual school}}

        1. What went well: three siblings ([[name:R]], [[name:T]] and baby [[name:N]]) kept together
           overnight for the first time. [[name:TA]] found a {{connected carer}} within 18 hours.
        2. [[name:JK]] noted the baby's formula was sourced from the {{on-call}} pharmacy at no cost.
        3. Could improve: the {{strategy discussion}} started late as {{MASH}} had no number for [[name:AC]].

        Actions: [[name:GM]] to circulate contact sheet by [[date:13/03]]. [[name:CO'D]] to share
        {{Initial Health Assessment}} dates.
    """)),
    ("social_care", "incident", block("""
        Medication error - chronology ([[date:Tues 9 Jan]])

        20:00  {{evening meds}} round started by [[name:Kerry-Ann Wójcik]] ([[name:KW]]), second checker [[name:Nathaniel]]
        20:10  [[name:KW]] called away to {{front door}} ({{police}} returning [[name:D.S.]])
        20:14  [[name:Nathaniel]] continued alone. Gave [[name:Leon]] ([[age:15]]) his {{sertraline 50mg}}
        20:15  [[name:Leon]] also given {{aripiprazole}} from the blister pack belonging to [[name:Leo]] - names next to each other on {{MAR chart}}
        20:40  [[name:KW]] spotted error at count. {{111}} rung, advised observe
        20:55  {{on-call manager}} [[name:Frank Nkemelu]] informed, {{GP}} message left
        22:00  {{obs}} normal, [[name:Leon]] drowsy but rousable
        next day  {{LADO}} not needed; {{notification to Ofsted}} under {{Reg 40}}

        Learning: two similar names on one page. Photos on MAR. Nobody does meds alone.
    """)),
    ("social_care", "near_miss", block("""
        Teams chat - {{Emergency Beds}}
        [[date:27/02/2024]]

        [21:03] [[name:Jonno Walsh]]: got a {{referral}} for [[age:13]] yr old from [[organisation:Hallamby Children's Services]], can [[organisation:Larkhill]] take {{tonight}}?
        [21:04] [[name:Shireen Qureshi]]: we have {{bed 3}} free
        [21:06] [[name:Jonno Walsh]]: name is [[name:Connor Devlin]] DOB [[date_of_birth:02.09.2010]]
        [21:07] [[name:Shireen Qureshi]]: hang on. we have [[name:Brandon]] in {{bed 4}} - they were in the same {{PRU}} and there was a stabbing threat in Nov
        [21:07] [[name:Shireen Qureshi]]: its on {{the chronology}}, [[case_reference:CS-118842]]
        [21:09] [[name:Jonno Walsh]]: good catch. nothing on our side. ill ring [[name:Mo]] the {{registered manager}} at [[organisation:Fernside]]
        [21:22] [[name:Jonno Walsh]]: sorted, [[organisation:Fernside]] taking him. thanks [[name:Shir]]
    """)),
    ("social_care", "success", prose("""
        Handover {{nights to earlies}} - [[date:15.02.24]]. Quiet night mostly. [[name:Aaliyah]] in
        {{room 2}} asked to talk to [[name:Marcus]] about 2am and told him an older lad called
        [[name:"Kingy"]] has been picking her up from {{school}} in a silver car, reg she thinks
        [[vehicle_registration:YK19 OTP]]. [[name:Marcus]] did not ask leading questions, wrote it down
        in her words, reassured her and rang {{EDT}}. {{CSE screening tool}} done. {{MASH}} referral
        made 08:30 by {{duty social worker}}. Please do not discuss with other young people. Well done
        [[name:Marcus]] - textbook. Earlies: [[name:Aaliyah]] has {{contact}} at 4pm, needs escort.
    """)),
    ("social_care", "incident", block("""
        Waking night checks - [[date:19/02/2024]] (copied from the {{checks sheet}})

        | Time  | Room 1 | Room 2 | Room 3 | Room 4 | Initials |
        |-------|--------|--------|--------|--------|----------|
        | 23:00 | asleep | asleep | awake  | asleep | [[name:RB]] |
        | 00:00 | asleep | asleep | asleep | asleep | [[name:RB]] |
        | 01:00 | -      | -      | -      | -      |          |
        | 02:00 | -      | -      | -      | -      |          |
        | 03:00 | asleep | asleep | EMPTY  | asleep | [[name:S.O'N]] |

        Two hourly {{checks}} missed while [[name:Robbie Brannigan]] was dealing with a {{fire alarm}} fault
        and [[name:Saoirse]] was on her {{break}}. Room 3 ([[name:Tia-Mae]]) found empty at 03:00 - she
        was in the {{lounge}} on her phone. {{Risk assessment}} said 30 min {{obs}}. Needs {{supervision}}.
    """)),
    ("social_care", "near_miss", block("""
        [[organisation:Larkhill]] staff 💙 (WhatsApp)
        [[name:grace]]: whos got the {{van}} keys
        [[name:will]]: me sorry
        [[name:grace]]: need it for [[name:zain]] {{dentist}} at 10
        [[name:will]]: its got a warning light on tho, tyre pressure i think
        [[name:joy]]: dont take it then!! use the {{pool car}}
        [[name:grace]]: pool car has no {{booster seat}} and hes small for his age
        [[name:will]]: ill check the tyres at the garage on the way in
        [[name:joy]]: no. report it. [[name:Fran]] said last time the light was on the tyre was split
        [[name:will]]: ok reported to {{fleet}}, job no [[case_reference:FLT-00931]]
        [[name:grace]]: ta. taking pool car, [[name:zain]] can have the {{high back booster}} from the {{loft}}
        [[name:joy]]: van reg is [[vehicle_registration:KX68 BFD]] if anyone needs it for the {{defect form}}
    """)),
    ("social_care", "success", block("""
        From: [[name:Margaret Oyelaran]] <[[email:mags.oyelaran@btinternet.com]]>
        To: [[organisation:Larkhill]] Office <[[email:larkhill.office@northvale.gov.uk]]>
        Subject: Thank you

        Hello,

        I'm the {{emergency foster carer}} who took little [[name:Ellis]] on [[date:the 2nd]] after his
        two nights with you. I just wanted to say how different this {{handover}} was. [[name:Hannah]] from
        your {{day team}} had written me a one page "all about me" - his favourite cereal, that he needs
        the {{landing light}} on, that he calls his teddy {{Biscuit}} - and she'd packed his washed
        clothes in a proper bag not a {{bin bag}}. He settled the first night. I have been {{fostering}}
        for eleven years and it's usually a {{placement plan}} and nothing else.

        Please pass this on to your {{manager}}.

        Kind regards,
        [[name:Mags]]
        [[address:Ivy Cottage, Low Lane, Skelbrook]] | [[phone:07700 900 288]]
    """)),
    ("social_care", "incident", prose("""
        On [[date:Friday 1 March 2024]] at approximately 16:45 I was transporting a young person
        ([[name:M.A.]], [[age:16]]) back from {{family time}} in the {{centre car}}, registration
        [[vehicle_registration:LN70 WZC]]. At the junction of [[address:Stainland Road]] and
        [[address:Pellon Lane]] [[name:M.A.]] opened the rear door while the vehicle was slowing and
        attempted to get out. I stopped immediately; {{child locks}} had not been engaged. No injury to
        [[name:M.A.]] or any other road user. I informed the {{shift leader}}, [[name:Graham Holt]], by
        phone and he met us at the centre. The {{risk assessment}} for transport had not been reviewed
        since [[name:M.A.]]'s admission and did not mention absconding. I have completed a
        {{significant event}} form and a {{vehicle check}}. - [[name:Abdirahman Warsame]], {{Senior RCW}}
    """)),
    ("social_care", "near_miss", block("""
        EMERGENCY PLACEMENT REFERRAL (received 02:10 by fax/e-mail)
        Name: [[name:Kyla Brady]]
        DOB: [[date_of_birth:30-11-2007]]     Age: [[age:16]]
        NI No: [[ni_number:PW 48 21 93 C]]
        Last known address: [[address:Flat 6, Ropery House, Quay Street]], [[postcode:HU1 2QS]]
        LA ref: [[case_reference:NV-CIN-770214]]
        {{Allergies}}: {{NONE KNOWN}}

        {{Night worker}}'s note: [[name:Kyla]] told me {{on arrival}} she carries an {{EpiPen}} for {{peanuts}} and
        it was left at her {{boyfriend's}}. Referral says none known. Checked with her {{GP}},
        [[organisation:Quayside Medical Practice]], in the morning - {{anaphylaxis}} confirmed 2019.
        {{Supper}} that night was {{satay chicken}}; she didn't eat it because she asked. [[name:Ola]]
    """)),
    ("social_care", "incident", prose("""
        Debrief notes following the {{physical intervention}} on [[date:12/04/2024]]. Staff involved:
        [[name:Chris Ekwueme]], [[name:Tash]] (agency) and [[name:Dominik Nowak]]. Young person:
        [[name:Jayden]]. - Trigger: [[name:Jayden]] was told his {{contact}} with dad was cancelled, by
        {{text message}} from his {{social worker}}, at 9pm. - Intervention: {{two-person escort}} to his
        room, 4 mins, {{Team Teach}} holds. - Injury: [[name:Tash]] bitten on the hand, attended
        {{A&E}} at [[organisation:Calderside General]]; [[name:Jayden]] carpet burn to elbow. - Staff
        view: news like this should not be given by text at night. {{Agency}} staff not trained in our
        holds; [[name:Tash]] said she had only done {{MAPA}}. - {{Young person's view}} recorded by
        [[name:Dom]] next day. - {{Notification}} sent to {{Ofsted}}.
    """)),
    ("social_care", "success", block("""
        #[[organisation:larkhill]]-team (Slack)

        [[name:Rebecca T]]  9:02 AM
        🎉 [[name:Ayodele]] passed his {{level 3 diploma}}!! and did it while on {{nights}}

        [[name:Ayo]]  9:05 AM
        thanks all 🙏 couldnt have done it without [[name:Rebecca]] as my {{assessor}}

        [[name:Kasia P]]  9:07 AM
        also he was the one who stayed with [[name:Sophie]] in {{A&E}} till 5am last week so double shout out

        [[name:Hope]]  9:12 AM
        🙌 well earned [[name:Ayo]], {{cake}} in the {{staff room}} later

        [[name:Rebecca T]]  9:15 AM
        also reminder {{supervision}} dates for {{March}} are on the {{rota}} 📅
    """)),
    ("social_care", "near_miss", prose("""
        rang [[name:shivon]] at {{EDT}} re the {{new admission}} (or [[name:Siobhan]]?? spelling) - she
        said the girl is [[name:Precious]] and shes [[age:11]] but when {{police}} dropped her off the
        {{PPO}} paperwork said [[name:Precious Nwosu-Hart]] [[age:13]] and a diff {{mum}} name. turns out
        EDT had mixed up two referrals from same night, the [[age:11]] yr old went to [[organisation:Brightwater Fostering]]
        carer. nearly had wrong {{care plan}} and wrong {{contact}} arrangements (one has {{no contact}}
        with {{dad}}!!!). [[name:shivon]] sorted it by {{3am}}. shud be two name + {{DOB}} checks at the door imo
    """)),
    # ------------------------------------------------------------------ health
    ("health", "incident", block("""
        Home birth - {{PPH}} and transfer. Timeline written by [[name:Rachel Thistlethwaite]] ({{RM}})
        Address: [[address:3 Bracken Rise, Hebden Bridge]] [[postcode:HX7 8PT]]
        Woman: [[name:Eleanor Sykes]], [[age:34]], G2P1, NHS [[nhs_number:778 972 9705]]

        [[date:14/03/24]]
        04:12  {{SVD}} in {{birth pool}}, live girl, {{Apgars}} 9/10
        04:30  {{physiological third stage}} declined by [[name:Eleanor]] after discussion, {{syntometrine}} given IM
        04:41  placenta complete, est. blood loss 600ml and ongoing
        04:44  {{999}} called by {{second midwife}} [[name:Jas]] ([[name:Jaspreet Gill]]). {{fundal massage}}, IV access
        04:52  {{misoprostol}} 800mcg PR. EBL 1100ml
        05:19  {{ambulance}} arrived (27 min). Lane too narrow, crew walked 200m with carry chair
        05:55  arrived delivery suite, [[organisation:Calderside General]]
        Learning: {{what3words}} for the lay-by was in the {{birth plan}} but not passed to the crew.
    """)),
    ("health", "near_miss", block("""
        WhatsApp export - "[[organisation:Dalesway]] MWs 🤰"
        [[date:09/12/2023]] 19:02 - [[name:Sal]]: has anyone got a full {{Entonox}} cylinder?? mine is reading nearly empty
        [[date:09/12/2023]] 19:03 - [[name:Bev]]: i swapped mine tues. [[name:meg]] has the spare in her boot
        [[date:09/12/2023]] 19:05 - [[name:Megs]]: yep but im in [[address:Todmorden]] at a {{postnatal}}
        [[date:09/12/2023]] 19:06 - [[name:Sal]]: [[name:dawn]] is 5cm and wants {{gas n air}} 😬
        [[date:09/12/2023]] 19:10 - [[name:Bev]]: ring {{BOC}}? or {{labour ward}} will lend one
        [[date:09/12/2023]] 19:41 - [[name:Megs]]: dropped it at hers. {{signed out}} on the sheet
        [[date:09/12/2023]] 19:44 - [[name:Sal]]: ur a star. {{cylinder log}} in the {{clinic}} hasnt been filled in since Oct btw
    """)),
    ("health", "success", prose("""
        Shout-out for {{Learning from Excellence}}: [[name:Grace Okafor]], {{student midwife}} (3rd year),
        on her {{home birth}} placement with me on [[date:Sat 20th Jan]]. At the {{day 5 visit}}
        [[name:Grace]] noticed baby [[name:Rhys]] looked a bit yellow in the {{car seat}} by the window
        and asked to do a proper check in daylight. She got the {{bilimeter}} out, reading was high,
        and she phoned the {{neonatal unit}} herself with an {{SBAR}}. He needed {{phototherapy}} for two
        days. Mum ([[name:Carys]]) said [[name:Grace]] explained it so calmly. Proud to have her on the
        team - [[name:Lou Ambrose]], {{community midwife}}, [[organisation:Dalesway Community Midwives]].
    """)),
    ("health", "incident", block("""
        From: [[name:Oksana Melnyk]] <[[email:oksana.melnyk1@nhs.net]]>
        To: [[email:maternity.governance@calderside.nhs.uk]]
        Date: [[date:5 Feb 2024]]
        Subject: Datix [[case_reference:W145882]] - delay in {{newborn hearing screen}} referral

        Hi,

        Baby of [[name:Zainab Hussain]] (NHS [[nhs_number:833 304 1388]], DOB [[date_of_birth:02/01/2024]])
        was born at home and the {{NIPE}} and hearing screen were never booked because the birth
        notification went to [[organisation:Hollybank Surgery]] but not to the {{screening team}}.
        Picked up at 4 weeks when [[name:Zainab]] asked her {{health visitor}}. {{Hearing screen}} now
        done, {{refer}} result on one side, {{audiology}} appointment made.

        Many thanks
        [[name:Oksana]]

        [[name:Oksana Melnyk]]
        {{Community Midwife}} | [[organisation:Dalesway Team]]
        Mob: [[phone:07700 900 516]]
    """)),
    ("health", "near_miss", prose("""
        went to wrong house for a {{booking}} this am - address on {{system}} was [[address:12 Holme Street]]
        but she lives at 21!! man at 12 let me in to the {{hall}} and started telling me about his
        {{diabetes}} before we worked it out lol. no info shared but cud easily have been. checked the
        {{referral}} from [[organisation:Ridgeway Medical Centre]] and they had typed it wrong. woman is
        [[name:Kirsty]] [[name:Pollard]], {{EDD}} [[date:03/09]]. updated {{BadgerNet}}. told [[name:Liz]]
        ({{tl}}). we shud always ring before a {{first visit}} tbh - [[name:nic]]
    """)),
    ("health", "success", block("""
        Minutes - Community Midwifery {{governance}} meeting, [[date:Wednesday 17 April 2024]]
        Attendees: [[name:Louise Ambrose]] ([[name:LA]]), [[name:Mark Fairweather]] ([[name:MF]], {{consultant midwife}}),
        [[name:Bernadette Ó Súilleabháin]] ([[name:BÓS]]), [[name:Hope Nwachukwu]] ([[name:HN]]), [[name:Sally Kaye]] ([[name:SK]])
        Apologies: Dr [[name:Aziz]], [[name:Tess Marlow]]

        Item 3 - Home birth numbers: 41 home births this quarter, highest ever. [[name:MF]] thanked the
        team; no {{3rd/4th degree tears}} and 2 {{transfers}}, both appropriate.
        Item 4 - {{Second midwife}} rota: [[name:SK]] has set up a shared calendar, no unattended
        births since {{January}}. [[name:HN]] to present at the {{LMNS}} day.
        Item 5 - {{Water birth}} {{pool thermometers}}: [[name:BÓS]] replaced all 6.
        AOB: none. Next meeting [[date:15/05/24]].
    """)),
    ("health", "incident", block("""
        Name: [[name:Mihaela Popescu]]
        DOB: [[date_of_birth:09.04.1996]]
        Hospital No: [[case_reference:K3309871]]
        NHS No: [[nhs_number:427 091 6885]]
        Tel: [[phone:+40 722 514 093]]
        Interpreter: {{Romanian}} ({{Language Line}})

        What happened: {{postnatal}} day 3 visit done without interpreter - her partner ([[name:Andrei]])
        translated. [[name:Mihaela]] later told the {{interpreter}} at the day 10 visit that she had been
        bleeding heavily and passing clots since day 2 but didn't want [[name:Andrei]] to know how bad.
        {{Secondary PPH}} - {{retained products}}, admitted for {{ERPC}}.
        Reported by: [[name:B. Achterberg]], {{RM}}
    """)),
    ("health", "near_miss", prose("""
        Handover to {{on call}} [[name:Jen]] - 21:00. [[name:Summer Hardcastle]] ([[age:29]], 39+2)
        planning home birth at [[address:The Old Chapel, Chapel Fold, Slaidburn]], [[postcode:BB7 3ES]].
        Rang at 20:30, {{tightenings}} 1 in 10. NB her {{GBS}} swab came back positive {{today}} - not on
        {{BadgerNet}} yet, I only saw it on {{ICE}} by chance. She'd need {{IV antibiotics}} in labour so
        home birth no longer advised. I rang her and she's agreed to come in. Please make sure
        {{labour ward}} know. {{Partner}}'s number [[phone:07700 900 641]]. - [[name:Bea]]
    """)),
    ("health", "incident", prose("""
        Formal account. On [[date:the 28th of November 2023]] I attended an unplanned {{BBA}} at
        [[address:Flat 2, 47 Northgate]] with [[name:Paul Oduya]], {{paramedic}}. The baby, a boy, was
        born before our arrival and was floppy and blue. I commenced {{newborn life support}} with five
        {{inflation breaths}} using the {{bag-valve-mask}}. The {{neonatal mask}} in the {{community kit}}
        was the wrong size (size 1 only, no size 0). After adjusting grip, chest rise was seen and
        heart rate rose above 100 by 3 minutes. Baby [[name:Lennox]] was transferred to
        [[organisation:Calderside General]] {{NNU}}. Kit was last checked by [[name:R.K.]] on [[date:01/11]].
        Signed [[name:Jacqueline Frost]], {{Band 7}}.
    """)),
    ("health", "success", prose("""
        Debrief after the twins home birth (unplanned, 2nd twin {{breech}}) on [[date:22/02/2024]].
        Present: [[name:Amy]], [[name:Nadia]], {{paramedics}} [[name:Craig]] and [[name:Ash]]. What went
        well: [[name:Nadia]] recognised {{twin 2}} early and called for a {{second midwife}} and
        {{ambulance}} at the same time. [[name:Craig]] had done the {{PROMPT}} course and knew the
        {{breech}} manoeuvres. Mum [[name:Precious]] kept on {{all fours}}, both babies fine. Even better if:
        {{maternity triage}} line rang out twice, [[name:Ash]] got through on the {{switchboard}}.
    """)),
    ("health", "near_miss", block("""
        Home birth bag checks (pasted from the {{clinic}} {{spreadsheet}})

        Bag\tChecked by\tDate\tIssue
        Bag A\t[[name:SK]]\t[[date:02/01/24]]\t{{nil}}
        Bag B\t[[name:Bev]]\t[[date:02/01/24]]\t{{oxytocin}} expires this month
        Bag C\t[[name:nic]]\t[[date:08/01/24]]\tnil
        Bag D\t\t\tnot checked
        Bag E\t[[name:Olu]]\t[[date:15/01/24]]\t{{vitamin K}} missing

        Note by [[name:Sally Kaye]]: {{Bag D}} was taken to a birth by [[name:Bev]] on [[date:19 Jan]] without
        anyone noticing it hadn't been checked. Turned out {{suction}} unit {{battery}} flat. Not needed in
        the end. Suggest {{tags}} on bags.
    """)),
    ("health", "incident", prose("""
        my car was broken into outside a {{postnatal visit}} on [[address:Ashworth Street]] yesterday
        ([[date:Mon 4th]]), car is [[vehicle_registration:MA18 KFH]]. they took my {{work bag}} with the
        {{laptop}} ({{encrypted}}) and my {{paper diary}} which had names + addresses of about 12 women for this
        week inc [[name:Chelsea Byrne]] and [[name:Harriet Lomax]]. reported to {{police}} ref
        [[case_reference:CRM24/118806]]. {{IG team}} told. {{team leader}} [[name:Liz Hargreaves]] ringing
        the women. i know we're not meant to keep paper diaries but {{BadgerNet}} doesnt work with
        no {{signal}} up the {{valley}}. - [[name:Toni]]
    """)),
    ("health", "success", block("""
        Thank you card - typed up for the {{compliments}} log

        To [[name:Jo]], [[name:Ifeoma]] and "[[name:Moose]]" (sorry we never found out your real name!)
        Thank you for our beautiful {{home birth}} of [[name:Wren]] on [[date:31st December]]. You made a
        {{snowy night}} in the {{front room}} feel like the safest place in the world. [[name:Jo]] you
        were so patient with [[name:Rob]] and his questions. Love from [[name:Becca]], [[name:Rob]],
        [[name:Wren]] and {{the dog}} xxx
        [[address:Moss Cottage]]

        ({{team leader}} note: [[name:Moose]] is [[name:Muhammad Usman]], {{MSW}}. Card displayed at {{base}}.)
    """)),
    ("health", "near_miss", block("""
        [[date:10/01/2024]] 14:20 [[name:Faith Mensah]]: is anyone on the {{homebirth}} {{rota}} {{tonight}}?
        [[date:10/01/2024]] 14:21 [[name:Rosie Barraclough]]: me but [[name:Tasha]] is off {{sick}} so there's no {{second}}
        [[date:10/01/2024]] 14:23 [[name:Faith Mensah]]: [[name:Hadley]] is 41+1 and went into {{early labour}} an hour ago
        [[date:10/01/2024]] 14:25 [[name:Rosie Barraclough]]: ok escalating to {{bleep holder}}
        [[date:10/01/2024]] 15:02 [[name:Rosie Barraclough]]: [[name:Carl]] from {{labour ward}} will come out as second if needed
        [[date:10/01/2024]] 15:03 [[name:Faith Mensah]]: 👍 the {{escalation policy}} worked for once
    """)),
    ("health", "incident", prose("""
        Mrs [[name:Nguyen]] ([[name:Thi Lan Nguyen]], [[age:27]]) had a home birth on [[date:6/3/2024]]
        attended by myself and {{MSW}} [[name:Kelechi]]. She speaks {{Vietnamese}} and limited
        English. The {{birth plan}} noted interpreter needed but the {{telephone interpreter}} could not
        connect as there was no mobile signal at [[address:Hill Top Farm, Wainstalls]]. Consent for
        {{vitamin K}} and for {{perineal repair}} was obtained using her [[age:12]]-year-old son,
        [[name:Minh]]. This is against policy. Repair was straightforward. Mrs [[name:Nguyen]] has since
        complained via {{PALS}}, ref [[case_reference:PALS-2024-0442]]. - [[name:Helen Cartwright]], {{RM}}
    """)),
    ("health", "near_miss", prose("""
        Two babies born at home on the same night on our patch ([[date:18/04/2024]]) - baby girl of
        [[name:Joy Ainsworth]] and baby girl of [[name:Joy Ashworth]]. The {{day 1 check}} paperwork
        for both was filed under the same {{hospital number}}, [[case_reference:RH0098231]], because of
        the names. Spotted by [[name:Will]] at {{admin}} when {{NIPE}} results didn't match the
        {{birth weight}}. Corrected before any {{blood spot}} results were sent. Second baby's correct
        number is [[case_reference:RH0098236]]. Suggest a {{name alert}} on {{BadgerNet}} for similar names.
    """)),
    ("health", "success", prose("""
        I want to record good practice by [[name:Marta Kowalczyk]] at a routine {{day 2 postnatal visit}}
        on [[date:Tuesday 27 February]]. The {{mother}}, [[name:Rose Heaton]] ([[age:31]]), of
        [[address:Mill Cottage, Booth Lane]], said she felt 'just tired'. [[name:Marta]] noted a
        {{temperature}} of 38.4, {{heart rate}} 118 and mild {{uterine tenderness}}, completed a {{MEOWS}}
        chart and called {{999}} using the {{sepsis}} tool. [[name:Rose]] received {{antibiotics}} within
        the hour at [[organisation:Calderside General]] and went home after 48 hours. Her partner
        [[name:Dale]] rang the team to say thank you. [[name:Marta]] has offered to teach this at the
        next {{mandatory training}} day.
    """)),
    # ------------------------------------------------------------------ aviation
    ("aviation", "incident", block("""
        TECH LOG - [[aircraft_registration:G-PNEB]]  {{ATR 72-600}}  Page [[case_reference:TL-004417]]
        Date: [[date:23JAN24]]   Stn: [[organisation:NFL]]   Flt: [[flight_number:PNA412]]

        Defect: Strong smell of {{de-icing fluid}} in cabin on {{APU}} start after {{de-ice}} on
        {{stand 6}}. Cabin crew reported mist from air conditioning outlets. Pax disembarked.
        Raised by: Capt [[name:D. Okoro]]

        Action: APU inlet and {{bleed}} ducting inspected IAW {{AMM}} 49-10-00. {{Type I}} residue
        found in inlet plenum. Cleaned, ground run carried out, no further odour. Aircraft {{serviceable}}.
        Certified: [[name:S. Hallworth]]  B1  Auth [[case_reference:NFL-B1-0271]]

        Note for {{ASR}}: rig operator ([[name:Frosty]]) confirmed APU was running during spray -
        {{flight crew}} had not been given the {{"APU off"}} reminder by {{Iceman}}.
    """)),
    ("aviation", "near_miss", block("""
        RT transcript (extract) - [[organisation:Northfell]] {{GMC}} 121.755, [[date:12 Dec 2023]]

        0641:10  [[flight_number:PNA 208]]  [[organisation:Northfell]] Ground, [[flight_number:PNA 208]] de-icing complete, request taxi
        0641:15  GND      [[flight_number:PNA 208]], taxi holding point A1 via {{Alpha}}, QNH 1002
        0641:22  ICEMAN   Ground, Iceman, be advised [[flight_number:PNA 208]] has NOT been issued {{anti-icing code}}, rig 2 still on the tail
        0641:25  GND      [[flight_number:PNA 208]] HOLD POSITION, confirm
        0641:28  [[flight_number:PNA 208]]  Holding, [[flight_number:PNA 208]], sorry, we understood complete
        0641:59  ICEMAN   [[flight_number:PNA 208]] anti-icing code {{Type IV}}, start time 0632, {{post de-icing check}} complete, clear of rig

        Crew had heard rig 1 ({{left wing}}) report "complete" and taken it for the whole aircraft.
        {{Phraseology}} review raised with {{flight ops}}. [[name:Ian Frostick]], {{Iceman}} coordinator.
    """)),
    ("aviation", "success", prose("""
        Big thanks to the overnight {{winter ops}} crew on [[date:the 7th/8th of February]] - 19cm of
        snow and we only lost 40 minutes off the first wave. Special mention to [[name:Cliff]] and
        [[name:Dawn Pickersgill]] who kept the {{friction tester}} runs going every 30 mins, and to
        [[name:Jonno]] on rig 3 who did eleven {{two-step}} de-ices on the trot. [[name:Gaz Ormerod]] in
        the {{tank farm}} kept {{Type II}} topped up. No {{HOT}} exceedances, no {{RWYCC}} below 3 and no
        {{slips}}. [[name:Cliff]], you're now officially forgiven for the {{snowplough}} incident.
        - [[name:Bridget Lund]], {{Duty Airport Manager}}, [[organisation:Northfell Airport]]
    """)),
    ("aviation", "near_miss", block("""
        WhatsApp - "Ice Crew ❄️ [[organisation:NFL]]"
        [[date:19/01/2024]], 05:12 - [[name:snowy]]: rig 4 {{heater}} not getting {{fluid}} to temp. reading 52
        [[date:19/01/2024]], 05:13 - [[name:Biscuit]]: needs 60 min for {{Type I}} {{mate}} dont use it
        [[date:19/01/2024]], 05:14 - [[name:snowy]]: got [[flight_number:LS 1192]] waiting on {{stand 9}}
        [[date:19/01/2024]], 05:15 - [[name:Kev B]]: ill bring {{rig 2}} round. tell {{ramp}}
        [[date:19/01/2024]], 05:16 - [[name:bish]]: told {{dispatch}}, 10 min delay
        [[date:19/01/2024]], 05:40 - [[name:snowy]]: done with rig 2. rig 4 {{tagged out}}, [[case_reference:WO 77182]]
        [[date:19/01/2024]], 05:41 - [[name:Biscuit]]: nice one. whoever did {{daily checks}} on 4 shud have caught it
    """)),
    ("aviation", "incident", prose("""
        At approximately 06:20 on [[date:Saturday 2 March 2024]], {{de-icing rig}} 3 (fleet no. 03,
        reg [[vehicle_registration:YJ15 GVL]]), driven by [[name:Tomasz Zielinski]], made contact
        with the right {{winglet}} of {{Boeing 737-800}} [[aircraft_registration:EI-GXK]] during a
        {{de-ice}} on {{stand 4}}. Visibility was reduced by {{freezing fog}} and the {{boom}} operator,
        [[name:Bill Hanrahan]], lost sight of the tip as the rig moved forward. No {{banksman}} was used.
        The aircraft operating [[flight_number:RK 3317]] was withdrawn; {{engineering}} found paint
        damage and a 4cm dent. [[name:Tomasz]] and [[name:Bill]] were {{stood down}} for
        {{drugs and alcohol testing}} per {{SMS}} procedure; both negative. {{MOR}} submitted to the
        {{CAA}}.
    """)),
    ("aviation", "success", block("""
        End of season review ({{winter ops}}) - minutes, [[date:28 March 2024]]
        Present: [[name:Bridget Lund]] (chair), [[name:Ian Frostick]], [[name:Raj Bhattacharya]] ([[organisation:Glacis Aviation Services]]),
        [[name:Sam Winter]] ({{ATC}} watch manager), [[name:Holly Chen]] ({{airfield ops}})
        Apologies: [[name:Mark Dunne]], [[name:P. Osei]]

        1. Season stats: 1,412 de-ices, 3 {{ASRs}}, zero {{ground damage}} after [[date:2 March]].
        2. [[name:IF]] - the new {{ICEMAN}} frequency cut the RT confusion; keep it.
        3. [[name:HC]] - the {{snow plan}} call-out cascade worked; 14 of 15 staff answered within 10 min.
        4. [[name:RB]] - glycol recovery 71%, best yet, credit to the {{sweeper}} crew.
        Actions: [[name:BL]] to send {{lessons learned}} to the {{safety committee}}.
    """)),
    ("aviation", "near_miss", block("""
        Fluid concentration checks - Rig 1 ({{refractometer}}), shift [[date:14-02-24]]

        | Time | {{Fluid}}     | Target {{Brix}} | Reading | By |
        |------|---------------|-----------------|---------|----|
        | 0500 | {{Type I}} 50/50 | 19.0 | 19.2 | [[name:AK]] |
        | 0700 | {{Type I}} 50/50 | 19.0 | 12.6 | [[name:A.K.]] |
        | 0705 | {{Type I}} 50/50 | 19.0 | 19.1 | [[name:Faisal]] |

        0700 reading low - mixing valve stuck, fluid too weak for -6C {{OAT}}. [[name:Adam Kirkbride]]
        stopped spraying [[aircraft_registration:G-NFLA]] halfway and re-did it from rig 2. Without the
        check we'd have given a {{holdover time}} we couldn't stand behind. {{LOUT}} would have been breached.
    """)),
    ("aviation", "incident", block("""
        Accident/Injury Form ({{RIDDOR}} screening)
        Name: [[name:Robin Fairbairn]]
        NI No: [[ni_number:NR 63 04 77 A]]
        DOB: [[date_of_birth:11/08/1988]]
        Home tel: [[phone:0191 496 0373]]
        Employer: [[organisation:Glacis Aviation Services]]
        Date of accident: [[date:16/01/2024]]  Time: 04:50

        Description: [[name:Robin]] slipped on {{black ice}} between the {{crew room}} and {{stand 2}}
        while carrying a {{fluid sample}} bottle. Fell onto left wrist. First aid by [[name:Dai]] on shift;
        taken to {{ED}} by colleague, {{fracture}} of distal radius. Area had not been {{gritted}} - the
        {{airside}} gritting run had been delayed for a {{runway inspection}}. Absent > 7 days so
        reportable to {{HSE}}.
    """)),
    ("aviation", "near_miss", block("""
        From: Ops Duty Manager <[[email:odm@northfellairport.co.uk]]>
        To: [[name:Raj Bhattacharya]] <[[email:r.bhattacharya@glacis-as.co.uk]]>
        Date: [[date:Sun 21/01/2024]] 10:14
        Subject: [[flight_number:NFX 77]] / [[flight_number:NFX 78]] - wrong aircraft de-iced

        Raj,

        This morning your {{rig 5}} crew de-iced [[aircraft_registration:G-LSAJ]] on {{stand 11}} when the
        request from {{dispatch}} was for [[aircraft_registration:G-LSAH]] on {{stand 12}}. Both {{A320s}},
        same {{livery}}. Caught by the {{dispatcher}} when the {{pilot}} of [[flight_number:NFX 77]] asked where his rig
        was. No harm but [[aircraft_registration:G-LSAH]] then went out 25 mins late and nearly into its {{HOT}} limit.

        Can your team read back reg AND stand from now on?

        [[name:Hollie Dunbar]]
        {{Operations Duty Manager}} | [[organisation:Northfell Airport]]
        [[phone:+44 (0)1228 496 552]]
    """)),
    ("aviation", "success", prose("""
        Debrief, {{diversion}} night [[date:9/2/24]]. Six diversions in from Leeds
        due to snow, we are not set up for {{widebody}} and had an {{A330}} ([[aircraft_registration:G-VXKA]]).
        Team lead [[name:Precious Mahlangu]] rang round and got [[name:Stu]] and [[name:Noor]] in off
        {{rest days}}. Two rigs on the {{A330}} at once using {{boom}} heights worked out from the
        {{AHM}} in the {{crew room}}. [[name:Stu]] did the {{tactile check}} on the wing from the
        {{cherry picker}}. All six away by 03:10. What could be better: no {{widebody}} procedure of our
        own, we used [[name:Noor]]'s notes from her time at [[organisation:Aviaserv Manchester]].
    """)),
    ("aviation", "incident", block("""
        RT transcript - ICEMAN frequency 131.905, [[date:04/12/2023]]

        0712:02  RIG 1   Iceman, rig one, {{de-ice}} complete [[aircraft_registration:G-OJAE]], {{Type two}}, fifty-fifty
        0712:10  ICEMAN  Rig one, Iceman, copied
        0712:30  ICEMAN  [[flight_number:Jet Pennine 4KV]], Iceman, your {{anti-icing code}} is Type one, hundred per cent... correction Type two, seventy-five twenty-five, start time zero seven zero one
        0712:41  [[flight_number:Jet Pennine 4KV]]  Copied Type two seventy-five twenty-five, zero seven zero one
        0712:44  {{RIG 1}}   Iceman, rig one, that was fifty-fifty not seventy-five

        Outcome: crew had already calculated {{HOT}} from the wrong {{dilution}}. Code corrected at 0715.
        Iceman on duty was [[name:Mo Rahimi]], covering from {{ramp control}} after [[name:Karen]]
        went home ill. {{AEA}} code format not on the {{crib card}}. Learning shared at {{toolbox talk}}.
    """)),
    ("aviation", "near_miss", prose("""
        Shift handover 17:45 - [[name:Faith]] to [[name:Guy Lemaire]]. Rigs 1,2,5 {{serviceable}}, rig 3
        still in {{workshop}}, rig 4 returned after heater fix. {{Type IV}} tank at 38%, delivery booked
        [[date:tomorrow 23rd]] 07:00 with driver [[name:Keith]] ([[phone:07700 900 861]]). Forecast
        {{freezing rain}} from 02:00 - {{Met Office}} warning. NEAR MISS to note: at 15:30 a new starter
        ([[name:Ollie]]) was about to spray the {{engine intakes}} of [[aircraft_registration:G-PNEA]]
        with {{engines running}} - {{Iceman}} didn't confirm engines shut. I stopped him via radio.
        He's had his {{familiarisation}} but no {{buddy}} since [[date:last Tuesday]]. Please keep him paired.
    """)),
    ("aviation", "success", block("""
        From: [[name:Mariusz Kaczmarek]] <[[email:mkaczmarek@pennineair.example]]>
        To: [[email:ops@glacis-as.co.uk]]
        Subject: Thank you - [[flight_number:PNA 414]] medical

        Dear [[organisation:Glacis]] team,

        On [[date:Friday 19th January]] a {{passenger}} on [[flight_number:PNA 414]] collapsed on board after
        de-icing. Your {{rig operator}} [[name:Grace]] (I believe [[name:Grace Holroyd]]) saw the {{cabin crew}}
        waving from the window, stopped spraying, and called {{airport fire}} on her {{radio}} before our
        crew had even finished the {{PA}}. The passenger was in the {{ambulance}} within 12 minutes.

        Please pass on our thanks.

        [[name:Mariusz Kaczmarek]]
        {{Station Manager}} [[organisation:NFL]], [[organisation:Pennine Air]]
        [[phone:+48 601 227 410]] / [[phone:07700 900 944]]
    """)),
    ("aviation", "incident", block("""
        Environmental incident - {{glycol}} to surface water
        Ref [[case_reference:ENV/24/003]]

        [[date:Wed 10 Jan]]
        03:30  {{Glycol}} recovery {{sweeper}} broke down (hydraulic leak), [[name:Gavin]] radioed {{airfield ops}}
        03:45  de-icing continued on {{stands 5-8}} without recovery - decision by shift lead [[name:W. Bishop]]
        05:10  {{drain valve}} on {{interceptor}} found open by [[name:Lily-Rose]] on her {{inspection}}
        05:12  valve closed. Estimated 800L diluted fluid to the beck
        06:00  {{Environment Agency}} informed, incident no. [[case_reference:EA-1187432]]
        Learning: valve should be locked shut in {{winter ops}}; no one knew who held the key.
    """)),
    ("aviation", "near_miss", prose("""
        quick one - on the 0600 wave rig 2 went to spray [[aircraft_registration:G-PNEB]] and the
        {{pitot covers}} were still on from overnight, {{flight crew}} hadnt done {{walkround}} yet.
        [[name:jonno]] spotted the {{red flags}}. if wed sprayed {{Type IV}} round them then theyd come off
        leaving gunk in the {{pitot}}. told [[name:Sunny]] on {{ramp}} and {{FO}} removed them. should be
        on our {{pre-spray checklist}} but isnt. also the {{tail stand}} lighting on stand 3 is out AGAIN
        - [[name:mac]]
    """)),
    ("aviation", "success", block("""
        Teams - {{Winter Ops}} channel
        [[date:25/01/2024]]

        [[name:Bridget Lund]] 08:02
        Quick well done to [[name:Hardeep]] and the {{airfield ops}} team - the {{RWYCC}} reports were bang
        on {{every 30 mins}} through the night and {{ATC}} said it was the clearest {{SNOWTAM}} info they've had.

        [[name:Hardeep Sandhu]] 08:10
        Cheers [[name:Bridget]] - credit to [[name:Rose]] for the new {{GRF}} cheat sheet

        [[name:Rose Ackroyd]] 08:14
        😊 happy to run a session for the {{sweeper}} drivers if useful

        [[name:Bridget Lund]] 08:15
        Yes please - book it in for the next {{training day}}
    """)),
]

if __name__ == "__main__":
    write_records(OUT, build_records("blind201", REPORTS))
