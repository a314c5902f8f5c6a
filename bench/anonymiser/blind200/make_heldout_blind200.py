"""Held-out blind corpus "blind200": 50 hand-written UK incident, near-miss and learning reports.

Written without sight of the anonymiser, for blind measurement of how well it finds personal
identifiers. Every setting below is invented, and so is every person, place and number in it.

Settings:
- social_care (17): a secure children's home (residential care staff, education staff, night
  staff, managers, young people's social workers, YOT and police liaison).
- health (17): a community paediatrics and school nursing service (school nurses, HCSWs,
  community paediatricians, clinic coordinators, medical secretaries, immunisation sessions).
- aviation (16): air traffic engineering and an area control centre's supervisors (tech logs,
  RT transcripts, occurrence reports, supervisors' chats and handovers).

Styles, mixed within each domain: WhatsApp, Teams and Slack chat exports with lower-case
nicknames and handles as speakers and emojis; rushed lower-case notes with typos and
text-speak; careful formal narratives; timed chronologies; e-mails with headers and signatures;
handover notes; pipe and tab separated tables with initials in cells; minutes with attendance
and apologies; debriefs; shout-outs and thank-you notes; forms with Name/DOB/Ref fields; RT
transcripts and tech log entries.

Mark-up (see ../markup.py): [[label:value]] marks an identifier a careful human redactor would
remove; {{term}} marks a role, agency, clinical term, piece of equipment, procedure, generic
time or place type, or name-like everyday word that must be left alone.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from markup import block, build_records, write_records  # noqa: E402
from markup import flow as prose  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "corpus" / "heldout_blind200.jsonl"

REPORTS = [
    # ------------------------------------------------------------------ social care (17)
    ("social_care", "incident", block("""
        WhatsApp export - [[organisation:Brackenfield]] {{nights}} 🌙 - [[date:03/02/2025]]
        [21:14] [[name:bex]] 🌸: [[name:LM]] barricaded in her room, wardrobe against the door 😬
        [21:15] [[name:gaz]]: omw up. does {{the duty manager}} know
        [21:15] [[name:bex]] 🌸: rang [[name:shaz]] she's coming over from admin
        [21:22] [[name:shaz]]: door open, no injuries. [[name:LM]] says she was upset after the phone call w {{mum}}
        [21:23] [[name:gaz]]: {{obs}} up to every 5 mins overnight?
        [21:24] [[name:shaz]]: yes till {{handover}}. I'll do the {{IR}} and email her {{SW}} first thing. no {{restraint}} needed 👍
        [21:31] [[name:gaz]]: wardrobe needs bolting to the wall tbh, 3rd time this month
        [21:40] [[name:bex]] 🌸: she's asked for a {{hot chocolate}} and wants to talk to [[name:tomi]] tmrw 💜
    """)),
    ("social_care", "near_miss", prose("""
        rm search 1630 top landing found {{dressing gown cord}} stuffed inside [[name:jayden]]'s
        pillow case, shud of been taken off him at {{admission}} on the [[date:12th]] as per his
        {{risk assessment}}. told [[name:kaz]] ({{shift lead}}) straight away. nobody hurt, [[name:jay]]
        not in room at the time he was in {{education}}. property list from admission signed by
        [[name:D.O.]] and [[name:Pawel]] but cord not on it?? think it came back with his washing from
        {{laundry}}. spoke to [[name:jay]] after, he said he forgot it was there. {{CAMHS}} informed
        via Dr [[name:Okafor]], {{obs}} stay at 15 mins for now. asked laundry to check pockets +
        bag anything with cords going forward. [[name:RH]]
    """)),
    ("social_care", "success", block("""
        From: [[name:Hope Adebayo-Clarke]] <[[email:hope.adebayo-clarke@brackenfield-sch.org.uk]]>
        To: All care and education staff
        Subject: massive thank you - Thursday night 🙏

        Hi all,

        Just wanted to say a proper thank you to [[name:Ross]], [[name:Faith]] and [[name:Tomasz]] for how
        they handled things on [[date:Thursday 6 March]]. When [[name:KB]] became distressed in the
        {{education block}} they used calm {{de-escalation}} for nearly 40 minutes and no
        {{physical intervention}} was needed. [[name:Faith]] stayed with her through {{tea}} and into
        {{evening activities}}, which made a real difference. This is exactly what our {{PACE}}
        training is about.

        [[name:Tomasz]] - your idea of moving to the {{sensory room}} was spot on.

        I've passed this on to our {{Registered Manager}} and it'll go in the {{Reg 44}} report.

        Thanks again,
        [[name:Hope]]
        {{Deputy Manager}} (Care)
        [[organisation:Brackenfield Secure Children's Home]]
        Tel: [[phone:01632 960 418]] | Mob: [[phone:07700 900 562]]
    """)),
    ("social_care", "incident", prose("""
        At approximately 14:05 on [[date:18/01/2025]], [[name:Callum Reid]] (DOB
        [[date_of_birth:09/04/2010]], aged [[age:14]]) absconded from the {{outpatients}} department at
        [[organisation:Royal Wensley Infirmary]] while on an {{escorted}} appointment. He was escorted by
        [[name:Marcus Lindqvist]] and [[name:Ngozi Eze]] in the home's vehicle
        ([[vehicle_registration:YK19 HFD]]). [[name:Callum]] asked to use the toilet and staff waited
        outside the door as per his {{individual risk assessment}}. He left through a second door
        into the {{fracture clinic}} corridor. Staff searched for ten minutes then called {{999}}
        (police ref [[case_reference:WYP-250118-0392]]) and followed the {{missing from care}}
        protocol. He was found at 16:40 by PC [[name:Hussain]] at his grandmother's address,
        [[address:14 Pennine View, Thornley]], [[postcode:WF10 4NL]], and returned to the home
        without incident. A {{return home interview}} was offered. Learning: that toilet has two
        exits and this was not on our {{hospital escort}} checklist; escorts under a
        {{Secure Accommodation Order}} will now include a site check before the appointment.
    """)),
    ("social_care", "near_miss", block("""
        Teams - [[organisation:Heron House]] meds 💊
        [[name:ola.b]]  09:12
        did anyone give [[name:TJ]] her {{PRN}} {{ibuprofen}} at 7?? {{MAR}} is blank
        [[name:deano]]  09:13
        not me, I was on {{breakfast}}
        [[name:ola.b]]  09:13
        she says "the night lady" gave it her
        [[name:sunny]]  09:15
        that was me 🙈 gave 400mg at 06:50 forgot to sign, was rushing for {{handover}}. so sorry
        [[name:ola.b]]  09:16
        good job I asked, I was about to give another dose 😬 can you sign now as a {{late entry}}
        [[name:sunny]]  09:17
        done. doing a {{near miss}} form now
        [[name:deano]]  09:20
        👍 maybe we need a {{second signature}} for PRN on {{nights}} like we do for {{CDs}}
    """)),
    ("social_care", "incident", block("""
        Chronology - [[name:Amira Haddad]] - [[date:22.02.25]]
        Ref: [[case_reference:BSCH-IR-0417]]

        19:40  [[name:AH]] in lounge, settled, watching TV w [[name:Gareth]] and [[name:Wiktoria]]
        20:05  [[name:AH]] asks to go to room, {{15 min obs}}
        20:18  [[name:WS]] on obs round sees blood on [[name:AH]]'s sleeve
        20:19  {{first aid}} given, superficial cuts to L forearm, source = broken {{CD case}}
        20:25  [[name:Gareth]] calls {{111}} for advice, advised {{steri-strips}} + monitor
        20:40  {{on-call manager}} ([[name:Abdul]]) informed
        21:10  {{room search}} - 2 more pieces found under mattress, removed
        21:30  [[name:AH]] talks with [[name:Wiktoria]], says she is "fed up of being locked up"
        22:00  {{mum}} informed by phone, {{EDT}} informed
        08:30  referral to {{CAMHS}} in-reach, {{body map}} completed and uploaded
    """)),
    ("social_care", "success", block("""
        Post-incident learning review - minutes
        Date: [[date:Wed 12 March 2025]]
        Present: [[name:Jo Whitfield]] (chair, {{Head of Care}}), [[name:Rose Mensah]], [[name:Lee Tranter]],
        [[name:Mohammed Iqbal]], [[name:Catrin Pryce]] ({{education}})
        Apologies: [[name:Will Harding]], [[name:Siobhan O'Leary]] ({{therapy team}})

        1. What happened: planned {{transition}} of [[name:RJ]] to his {{step-down placement}} at
        [[organisation:Oakhurst Children's Home]] after 9 months with us. Moved on the agreed day, no
        incidents, settled first week.
        2. What went well: [[name:Rose]] did 3 {{introductory visits}} with him. His {{key worker}}
        [[name:Lee]] made a {{memory book}} with photos of staff (not other YP). [[name:Catrin]] sent his
        {{PEP}} and work over before he started.
        3. Even better if: {{placing authority}} paperwork arrived the day before the move.
        4. Actions: [[name:JW]] to share the transition template with [[name:Catrin]] by [[date:28/03]].
    """)),
    ("social_care", "near_miss", block("""
        NEAR MISS FORM
        Ref: [[case_reference:NM/25/061]]
        Young person: [[name:Kai Brennan-Ward]]
        DOB: [[date_of_birth:27/11/2008]]
        NI no. (for {{pathway plan}}): [[ni_number:PN305519A]]
        Placing LA ref: [[case_reference:LCS 448120]]
        Social worker: [[name:Anneliese Vogt]], [[phone:0114 496 0871]]

        What happened: card for [[name:Kai]] arrived marked as from his {{nan}} at
        [[address:Flat 3, 27 Gorse Road, Netherby]] [[postcode:S35 2RB]]. Opened in front of [[name:Kai]]
        as per {{post procedure}}; [[name:Bill]] found a {{SIM card}} taped inside. Not given.
        [[name:Kai]] said he didn't know anything about it. Rang nan, she says she did not send a card.
        Passed to {{police liaison}} officer ([[name:Kemi]]).
        Learning: post from {{approved contacts}} still needs a full check not just a {{visual check}}.

        Completed by: [[name:B. Okonkwo]], {{RSW}}
    """)),
    ("social_care", "incident", block("""
        #contact-team
        @[[name:rhi.jones]]  10:02  heads up, {{dad}} turned up to {{family time}} with his new partner, she's not on the {{approved contacts}} list
        @[[name:mo_s]]  10:03  who's supervising?
        @[[name:rhi.jones]]  10:03  me and [[name:Chinedu]]. asked her to wait in {{reception}}, she got upset, shouting at staff
        @[[name:mo_s]]  10:05  ok. ring the {{SW}}. is [[name:SM]] ok?
        @[[name:rhi.jones]]  10:11  [[name:SM]] upset but ok, contact cut to 30 mins. partner says she lives at [[address:42 Haworth Close]], [[postcode:BD22 7QF]] with dad now 🤔 that's new info
        @[[name:mo_s]]  10:12  that's important for the {{placement plan}}. log it + email {{the LA}} pls
        @[[name:rhi.jones]]  10:40  done, SW [[name:Precious]] says she'll update the {{risk assessment}} before next contact on the [[date:14th]]
    """)),
    ("social_care", "success", block("""
        handover sat {{day}} -> {{nights}}
        all 6 yp on site, no {{incidents}} 🙌
        [[name:dan]] - smashed it at {{football}}, scored twice, good chat w [[name:grace]] after about home plans
        [[name:leah]] - quiet, ate all her tea, rang nan, {{phone call}} positive
        [[name:ZK]] - {{court}} on mon, needs suit ironing + {{transport}} booked 0830 ([[name:joel]] has it in diary)
        [[name:isaac]] + [[name:Marley]] - pool all eve no bother
        [[name:reuben]] - bed early, {{headache}}, {{paracetamol}} 500mg given 1900 signed on {{MAR}}
        shout out to [[name:grace]] for the {{baking session}}, kitchen was carnage but worth it 😂
        meds trolley locked, keys handed to [[name:sal]]
    """)),
    ("social_care", "near_miss", block("""
        Night obs log - {{top landing}} - [[date:07/03/25]]
        | Time  | Rm 1 ([[name:PD]]) | Rm 2 ([[name:AO]]) | Rm 3 ([[name:TF]]) | Staff |
        | 23:00 | asleep | asleep | awake, reading | [[name:KW]] |
        | 23:15 | asleep | asleep | asleep | [[name:KW]] |
        | 23:30 | asleep | - | asleep | [[name:KW]] |
        | 23:45 | asleep | asleep | asleep | [[name:Dom]] |

        Note from [[name:Dom]]: Rm 2 check at 23:30 missed, [[name:KW]] was called to a {{fire panel}} fault in
        the {{plant room}}. [[name:AO]] fine at 23:45 but is on {{15 min obs}} per {{safety plan}} so gap of
        30 mins. Suggest fire panel calls go to {{waking night}} no.2 not whoever is doing {{obs}}.
        [[name:Kerry-Ann]] agrees, raising at {{team meeting}}.
    """)),
    ("social_care", "incident", block("""
        From: [[name:Catrin Pryce]]
        To: [[email:hr.referrals@brackenfield-sch.org.uk]]
        Cc: [[name:Jo Whitfield]]
        Subject: staff injury - {{RIDDOR}} check pls

        Hi [[name:Lorna]],

        [[name:Eddie Nakamura]] ({{TA}}, {{education}}) was hurt during a {{restraint}} in Classroom 2 on
        [[date:Monday 10/03]]. YP ([[name:DF]]) threw a chair and [[name:Eddie]] was pulled to the floor.
        Suspected {{wrist fracture}}, went to {{A&E}} at [[organisation:Wensley General]], now
        {{off work}} 7+ days so I think it's reportable.

        His details for the form: NI [[ni_number:JK 42 81 66 C]], DOB [[date_of_birth:03/08/1991]],
        home [[address:7 Lark Rise, Ossett]] [[postcode:WF5 9HT]], staff no. [[case_reference:E20419]].
        {{Occupational health}} referral done.

        Thanks,
        [[name:Catrin]]
        {{Education Lead}} | [[phone:01632 960 433]]
    """)),
    ("social_care", "success", prose("""
        to [[name:nikki]], [[name:bex]], [[name:gaz]], mr [[name:tomlinsen]] and all the {{night staff}} thank you for puting up
        with me on {{the unit}} for 8 months. i no i was a nightmare at the start. thanks [[name:nikki]] for the
        {{key work}} sessions and teaching me to make spag bol. [[name:gaz]] ur jokes are terrible lol.
        mr [[name:tomlinsen]] from {{education}} i passed my {{functional skills}} maths!!! i am going to miss
        [[name:Jenny]] the {{cook}} and the {{sensory room}}. i am moving to [[organisation:Hollybank]]
        on [[date:friday 21st]] and my {{social worker}} says i can vist. love [[name:Tia]] xx 💕 ps
        [[name:bex]] dont cry 😂
    """)),
    ("social_care", "near_miss", block("""
        [[date:16/03/2025]], 15:02 - [[name:Femi]]: found a number biro'd on [[name:Jordan]]'s arm after {{visits}} 🤨 [[phone:07700 900389]]
        [[date:16/03/2025]], 15:04 - [[name:Aoife]]: who visited him?
        [[date:16/03/2025]], 15:05 - [[name:Femi]]: his cousin [[name:Tyrese]]. {{supervised}} the whole time, must of happened when I went for the {{visitor log}}
        [[date:16/03/2025]], 15:06 - [[name:Aoife]]: there's another on his wrist [[phone:+353 87 412 9930]] irish number?
        [[date:16/03/2025]], 15:08 - [[name:Femi]]: yeah. photographed then he washed it off. [[name:jordan]] says it's "a mate"
        [[date:16/03/2025]], 15:15 - [[name:Aoife]]: good spot. {{CCE}}/{{CSE}} screening tool needs redoing, I'll tell [[name:Abdul]] on {{on call}} and the {{police liaison}} officer
        [[date:16/03/2025]], 15:16 - [[name:Femi]]: 👍 {{visits room}} needs a {{2nd member of staff}}, not the first time this has happened
    """)),
    ("social_care", "incident", prose("""
        On the evening of [[date:2 April 2025]] a {{physical intervention}} took place in the
        {{dining room}} involving [[name:Leon Mbeki]] (aged [[age:15]]) and three staff:
        [[name:Darius Farahani]], [[name:Mark Ellery]] and [[name:Yuki Tanaka]]. [[name:Leon]] had thrown
        plates and was moving towards another young person. He was held in a {{seated hold}} for
        approximately four minutes. Afterwards [[name:Leon]] reported pain in his left shoulder and
        said [[name:Mark]] had bent his arm back. The {{nurse}} found bruising and he was taken to
        [[organisation:Wensley General]] where an {{X-ray}} showed no fracture. Because an allegation
        was made against a member of staff the {{Registered Manager}} referred to the {{LADO}} (ref
        [[case_reference:LADO-25-0288]]) and [[name:Mark]] has moved to non-YP-facing duties pending the
        outcome; this is not a judgement on him. {{CCTV}} has been retained. {{Ofsted}} notified under
        {{Regulation 40}}. [[name:Leon]]'s mum, Ms [[name:Mbeki]], was informed the same evening.
        The {{debrief}} with [[name:Leon]] took place the next morning with his {{key worker}},
        [[name:Yuki]]; he said he had been wound up by a phone call from his older brother before
        tea and did not want to be in the dining room. Staff involved were offered
        {{post-incident support}}, and the {{behaviour support plan}} now includes eating in the
        small lounge after difficult calls.
    """)),
    ("social_care", "near_miss", block("""
        Debrief - {{court}} escort [[date:Tues 25/3]]
        Staff: [[name:Tash]], [[name:Jonno]], driver [[name:Phil Oduya]]
        Vehicle: [[vehicle_registration:BD68 XRT]]

        - court letter said [[organisation:Wensley Youth Court]] 10:00, now at [[address:Crown Buildings, Market Street, Wensley]] [[postcode:HX1 3DS]]
        - {{sat nav}} took us to the old building on [[address:Bridge Road]] (closed 2023)
        - realised 09:40, [[name:Jonno]] rang {{YOT}} officer [[name:Helena]] on [[phone:07700 900 774]] who confirmed new address
        - arrived 09:58, {{solicitor}} had been told we were late
        - YP ([[name:OC]]) v anxious in the van, [[name:Tash]] used {{breathing exercises}} 👍

        What we'll change: {{transport plan}} to include full address + postcode from the
        {{court listing}}, not the old {{letter template}}. Check with YOT the day before.
    """)),
    ("social_care", "success", block("""
        Teams > Education & Care > results day 🎓
        [[name:catrin.p]] 10:31: [[name:MO]] GOT A 5 IN ENGLISH 😭😭🎉
        [[name:jo.w]] 10:32: what!!! after everything this year. who's telling his {{SW}}
        [[name:catrin.p]] 10:33: he wants to ring her himself 😊 also a 4 in {{maths}} and passed {{Level 1 Food Hygiene}}
        [[name:lee t]] 10:35: credit to [[name:aisha]] in {{education}} she did {{1:1}} with him every lunch since xmas
        [[name:jo.w]] 10:36: 🙌 [[name:aisha]] you're a legend. putting this in the {{Reg 45}} review and the {{newsletter}} (no names ofc)
        [[name:aisha]] 10:40: aww it was all him tbh. he's asked if we can get a cake from [[organisation:Crumbs Bakery]] 🍰
        [[name:jo.w]] 10:41: done, tell {{kitchen}} x
    """)),
    # ------------------------------------------------------------------ health (17)
    ("health", "incident", prose("""
        {{HPV}} session [[organisation:Ashgrove Academy]] yr8 today, 2 girls both called
        [[name:Lily Patel]] in 8K and 8R, gave {{Gardasil}} to the wrong one - the one in 8R had no
        consent (parent {{declined}}). realised at the {{consent check}} for next child bc
        [[name:Nisha]] ({{hcsw}}) spotted form didnt match the {{NHS number}}. correct [[name:Lily]] NHS
        [[nhs_number:401 023 2188]], vaccinated [[name:Lily]] NHS [[nhs_number:648 512 9030]]. no
        reaction, observed 15 mins. rang mum straight away, she was understandably upset. informed
        {{imms}} lead [[name:Gemma]] + [[organisation:Castle Lane Surgery]]. learning - always check DOB +
        NHS no not just name + form group. {{datix}} done. sorry everyone, [[name:sj]]
    """)),
    ("health", "near_miss", block("""
        [[date:08/10/2024]], 08:12 - [[name:Kaz]]: morning lovelies ☀️ [[organisation:St Aidan's RC Primary]] {{flu}} session 9am, who's got the {{cool box}}
        [[date:08/10/2024]], 08:13 - [[name:bex w]]: me 🙋‍♀️ {{data logger}} reading 5.1 all good
        [[date:08/10/2024]], 08:20 - [[name:Kaz]]: quick one - consent for [[name:Oisín]] in yr2 says {{Fluenz}} yes but the {{gelatine}} q is ticked "not sure" 🤔
        [[date:08/10/2024]], 08:22 - [[name:Daniyal]]: don't give, {{porcine gelatine}}, he'll need the {{injectable}} offered instead. ring {{dad}}
        [[date:08/10/2024]], 08:25 - [[name:Kaz]]: rang, dad says defo no gelatine, they're {{halal}}. form was filled in by grandma
        [[date:08/10/2024]], 08:26 - [[name:bex w]]: phew. we nearly just went with the yes box 😬
        [[date:08/10/2024]], 08:27 - [[name:Daniyal]]: adding to the {{consent}} checklist - any "not sure" = phone call before session. nice catch [[name:Kaz]] 👏
    """)),
    ("health", "success", prose("""
        Shout-out 🌟 to [[name:Grace Oyelaran]] in the [[organisation:Westfield School Nursing Team]]
        who noticed at a routine {{drop-in}} that a Year 10 boy's {{BMI}} had dropped two
        {{centiles}} since his {{NCMP}} measurement. [[name:Grace]] took time to talk with him, picked
        up on {{restrictive eating}}, got him seen by {{the GP}} within the week and referred into
        the {{CAMHS}} {{eating disorder}} pathway. His mum emailed to say she would never have known.
        [[name:Grace]], this is exactly the {{professional curiosity}} we talk about in
        {{safeguarding supervision}}. Thank you! - [[name:Marianne]] ({{Team Leader}})
    """)),
    ("health", "incident", block("""
        From: Dr [[name:Aled Morgan]] <[[email:aled.morgan2@nhs.net]]>
        To: [[name:Sabrina Kowalczyk]] ({{Medical Secretaries}})
        Subject: RE: clinic letter - wrong address

        [[name:Sabrina]],

        Thanks for flagging. To confirm the facts for the {{IR1}}: my clinic letter for
        [[name:Ethan Marsh]] (NHS [[nhs_number:720 944 1654]], DOB [[date_of_birth:14/06/2016]]) after his
        {{ADHD}} review was posted to [[address:9 Fernlea Avenue, Darnall]], [[postcode:S9 4EN]] - his
        previous address. Mum moved after the {{domestic abuse}} incident and the new address was
        meant to be withheld. The letter included the {{medication}} plan and the name of his new
        school, [[organisation:Hillcrest Junior School]].

        The {{Spine}} had been updated on [[date:3 Feb]] but our local system hadn't synced.

        I've rung mum and informed the {{safeguarding team}}. Police are aware (ref
        [[case_reference:SYP-14-02-25-77]]).

        [[name:Aled]]

        [[name:Aled Morgan]] | {{Consultant Community Paediatrician}}
        [[organisation:Riverside Child Development Centre]] | [[phone:0114 496 0215]]
    """)),
    ("health", "near_miss", block("""
        Timeline - [[organisation:Millbrook Primary School]] - [[date:Tue 14 Jan 2025]]
        10:15  {{school nurse}} [[name:Fiona McAllister]] in school for {{IHCP}} reviews
        10:40  checked {{adrenaline auto-injectors}} for [[name:Zara Begum]] (yr4, aged [[age:8]]): both pens out of date since the autumn
        10:45  informed {{SENCo}} (Mr [[name:Dobrev]])
        11:05  rang mum, she'd had no reminder from the {{pharmacy}}, collecting new {{prescription}} from [[organisation:Parkside Medical Practice]] today
        11:10  school's {{spare AAI}} kit checked - in date, kept in {{staff room}}
        15:10  mum dropped in 2 new pens, logged by school office ([[name:Bernie]])
        Learning: expiry only checked at the annual {{care plan}} review. Agreed with [[name:Fiona]] and
        [[name:Bernie]] to add pens to {{termly}} checks. No harm, [[name:Zara]] did not need treatment.
    """)),
    ("health", "incident", block("""
        INCIDENT FORM - Community Paediatrics
        Ref: [[case_reference:CP-IR-25-0193]]
        Child: [[name:Maisie-Rae Collins]]
        DOB: [[date_of_birth:02/02/2021]]
        NHS No: [[nhs_number:943 177 0288]]
        Hosp No: [[case_reference:RWI4471902]]
        Address: [[address:31 Sycamore Walk, Elm Park]], [[postcode:DN2 6AX]]
        GP: [[organisation:Elm Park Surgery]]

        Description: third {{Was Not Brought}} for {{developmental assessment}}. Per policy two WNBs
        should trigger contact with the {{health visitor}} and {{consultant}} review. This did not
        happen after the 2nd WNB on [[date:19/11/24]] because the outcome was recorded as
        "{{DNA}} - rebook" by a {{locum}}. Health visitor [[name:Parveen]] reports concerns re
        {{neglect}}; child not seen by any professional since the summer. Now referred to {{MASH}}.

        Reporter: Dr [[name:Kofi Mensah-Bonsu]]
    """)),
    ("health", "success", block("""
        Learning from Excellence - monthly meeting
        [[date:27.02.2025]], {{Teams}}
        Attendees: [[name:Marianne Loughlin]] (chair), Dr [[name:Yusuf Okoro]], [[name:Bethan Rees-Evans]], [[name:Joy Mwangi]], [[name:Tom Hardcastle]], [[name:Ruta Kazlauskaite]]
        Apologies: [[name:Faith Ogunleye]], Dr [[name:Anand]]

        Item 1 - nomination for [[name:Joy]] ({{CCN}}): managed [[name:Freddie]]'s complex {{gastrostomy}}
        discharge home over Christmas week, set up {{enteral feeding}} with the family and
        [[organisation:Little Steps Nursery]]. No readmissions.
        Item 2 - nomination for [[name:Tom]] ({{admin}}): spotted duplicate records for twins in
        {{SystmOne}} and got them merged before the {{immunisation}} round.
        Agreed: certificates to be sent by [[name:ML]]; share both stories at {{Team Brief}}.
    """)),
    ("health", "near_miss", block("""
        #school-nursing-east
        [[name:ruta.k]] 11:02 anyone know how to move an entry on {{SystmOne}}? I put [[name:Harvey]]'s {{height and weight}} on his brother's record 🙈
        [[name:tomh]] 11:04 don't delete it! mark as {{entered in error}} and re-enter on the right one
        [[name:ruta.k]] 11:05 they've got the same {{DOB}}?? no wait, [[name:Harvey]] is [[date_of_birth:05/09/2015]] and [[name:Alfie]] is [[date_of_birth:05/09/2017]], same birthday diff years
        [[name:tomh]] 11:06 that's how then. check the {{NHS number}} on {{the banner}} every time x
        [[name:ruta.k]] 11:20 done. [[name:Alfie]] was about to get flagged {{overweight}} on his {{NCMP}} letter because of it 😬 glad I noticed before letters went
        [[name:marianne]] 11:31 thanks for reporting [[name:Ruta]] 👍 put it on the {{near miss log}} please
    """)),
    ("health", "incident", prose("""
        On [[date:Friday 9 May 2025]] a pupil at [[organisation:Brookfield Special School]],
        [[name:Idris Haddad-Khan]] (aged [[age:11]]), had a {{tonic-clonic seizure}} during a class
        trip to [[organisation:Hatherley Farm Park]]. His {{emergency care plan}} states
        {{buccal midazolam}} 5mg after five minutes. The trained {{TA}}, [[name:Sandra]], found that the
        {{medication bag}} on the coach held his {{inhaler}} but not the midazolam, which was still in
        the school {{medical room}}. {{999}} was called at four minutes; the seizure stopped at around
        seven minutes, before the ambulance arrived. [[name:Idris]] was taken to {{ED}} and discharged
        the same evening. The {{school nurse}}, [[name:Precious Ndlovu]], had trained staff in March,
        but the trip checklist did not name anyone to check medication before leaving.
        [[name:Idris]]'s {{epilepsy nurse}} and dad have been informed.
    """)),
    ("health", "success", block("""
        From: [[email:kellyanne.h84@gmail.com]]
        To: [[email:westfield.schoolnursing@nhs.net]]
        Subject: thank you!!

        hi i just wanted to say thank u to the {{school nurse}} [[name:Rhiannon]] (sorry not sure of
        spelling [[name:Rhianon]]?) who has been seeing my son [[name:Kyle]] at [[organisation:Westfield High]]
        about his {{bedwetting}} and {{anxiety}}. he was so embarased but she made him feel normal
        and got him the {{enuresis alarm}} and the {{desmopressin}} sorted with the {{GP}}. hes been
        dry for 3 weeks and went on the yr 7 {{residential}} which he would never of done before.
        she also rang me back every time even at 5 oclock. please pass this on to her {{manager}}.
        many thanks
        [[name:Kelly-Anne Hepworth]]
        [[phone:07700 900 147]]
    """)),
    ("health", "near_miss", block("""
        Clinic list - [[organisation:Riverside CDC]] Room 4 - [[date:Thu 20/03/25]] - Dr [[name:Nkemelu]]
        Time  | Child | NHS no | Reason | Note
        09:00 | [[name:F.A.]] | [[nhs_number:485 260 3928]] | {{ASD}} f/u | -
        09:45 | [[name:J.O'B.]] | [[nhs_number:617 330 5429]] | {{constipation}} | -
        10:30 | [[name:M.K.]] | [[nhs_number:550 819 2670]] | {{growth}} | {{interpreter}} booked (Arabic)
        11:15 | [[name:M.K.]] | [[nhs_number:439 621 8052]] | new {{ADHD}} | -

        Note ([[name:Lorraine]], {{clinic coordinator}}): two children with initials [[name:MK]] booked
        back to back and the Arabic interpreter went on the wrong one - it's the 11:15 family who
        need it. Picked up at 09:50 when the {{interpreter service}} rang to confirm. Rebooked for
        11:15. Would have meant a new {{ADHD}} {{consultation}} with no interpreter.
    """)),
    ("health", "incident", block("""
        Handover - {{paeds on call}} - [[date:Sat 15th]]
        from: [[name:Ifeoma]] ({{reg}}) to: [[name:Sunny]] (reg)

        1. {{CP medical}} done this am for [[name:RB]], aged [[age:3]], {{bruising}} to both ears, {{SW}} [[name:Toni Grzelak]] present. {{skeletal survey}} booked Mon.
        2. ISSUE: {{medical photography}} not available at w/e so SW took photos on her personal phone 😕 I didn't stop it in time. Asked her to upload to their secure system + delete, she agreed. {{Datixed}} ([[case_reference:W-188204]]). Dr [[name:Nkemelu]] aware.
        3. nothing else pending. {{bleep}} quiet after 2pm 🤞
    """)),
    ("health", "success", prose("""
        {{NCMP}} {{Reception}} and {{Year 6}} measuring finished for the [[organisation:North Dale]]
        cluster - 41 schools, 3,920 children, done two weeks early. Debrief notes. What worked:
        [[name:Gaz]] (our only male {{HCSW}}!) built the route spreadsheet; [[name:Bex]] and
        [[name:Kasia]] did double sessions at [[organisation:Holy Trinity CE Primary]] and
        [[organisation:Thornbury Academy]] when we lost a day to snow; {{calibration}} of the
        {{scales}} and {{stadiometers}} logged every morning. What could be better: {{opt-out}} letters
        in Urdu and Polish arrived late from print, and two schools gave us the wrong {{class lists}}.
        Thanks to everyone, esp. [[name:Bex]] for sorting the snow day. - [[name:Marianne]]
    """)),
    ("health", "incident", block("""
        [[name:dani f]]  16:48
        omg I've left my work bag on the 36 bus 😭😭 it's got my {{diary}} in with the names for tomorrow's {{drop-ins}}
        [[name:marianne]]  16:49
        ok breathe. is the laptop in it? is it {{encrypted}}?
        [[name:dani f]]  16:49
        laptop yes, {{BitLocker}} + password not written down. diary has first names, yr groups + notes for [[organisation:Oakwood High]] and a {{CP}} visit for [[name:Kayden]] at [[address:22 Moss Lane]]
        [[name:marianne]]  16:51
        ring [[organisation:Northern Lines]] lost property, then the {{IG}} team on [[phone:0113 496 0550]]. incident form tonight pls
        [[name:dani f]]  17:30
        bus co found it!! picking it up from the depot at 8am 🙏 doing the form now
        [[name:marianne]]  17:32
        well done for reporting straight away x. we need to talk about {{paper diaries}} ✍️ the list is on {{SystmOne}} anyway
    """)),
    ("health", "near_miss", prose("""
        pharm rang re [[name:Amelia Nowak]] NHS [[nhs_number:704 558 3192]] {{melatonin}} rx -
        {{script}} said 30mg?? shud be 3mg. my error typed extra 0 on {{EPS}}. pharmacist
        [[name:Anjali]] @ [[organisation:Boots Hillsborough]] didnt dispense n called me. re-issued
        correct 3mg {{MR}} tabs, checked by Dr [[name:Ahmed]]. no harm, child didnt get any. learning -
        {{max dose}} alert didnt fire on system for melatonin?? raised w {{pharmacy}} team + {{MSO}}.
        [[name:SN]] {{NMP}}
    """)),
    ("health", "success", block("""
        [[name:jen]] 🌻: just seen a lil one from yr1 at [[organisation:millbrook]] {{drop in}}, same clothes 4th day, {{nits}}, hungry, asked for 2nd breakfast
        [[name:shaz b]]: aw bless. is that the one {{DSL}} mentioned?
        [[name:jen]] 🌻: yeah, spoke to mrs [[name:kaur]] the DSL, did the {{neglect toolkit}} together, 3 areas scored high. referral to {{MASH}} done 14:20
        [[name:shaz b]]: 👏👏
        --- 3 weeks later ---
        [[name:jen]] 🌻: update!! family now with {{early help}}, mum got {{food bank}} + {{free school meals}} sorted, {{head lice}} treated, [[name:poppy]] came in beaming today in new uniform 🥹
        [[name:shaz b]]: that's why we do it 💛 put it in for {{learning from excellence}}
    """)),
    ("health", "near_miss", block("""
        From: [[name:Bethan Rees-Evans]] <[[email:bethan.rees-evans@nhs.net]]>
        To: {{Information Governance}}
        Subject: near miss - {{EHCP}} health advice sent to wrong address

        Hi,

        Reporting as asked. Today at 11:40 I sent the {{EHCP}} {{health advice}} for [[name:Noah Al-Sayed]]
        (DOB [[date_of_birth:21.10.2018]]) to [[email:d.holt@nhs.net]] (a {{GP}} in another area)
        instead of [[email:d.holt@wensley.gov.uk]], the {{SEND}} caseworker [[name:Danielle Holt]].
        Autocomplete picked the nhs.net one. I realised within 5 minutes from the
        {{out of office}} reply, recalled it and asked the recipient to delete. They confirmed
        deletion this afternoon and said it had not been opened.

        [[name:Bethan]]
        {{School Nurse}} (SEND) | [[organisation:Westfield School Nursing Team]] | [[phone:07700 900 683]]
    """)),
    # ------------------------------------------------------------------ aviation (16)
    ("aviation", "incident", block("""
        TECH LOG - [[organisation:Penmoor ACC]] Engineering - [[date:11/01/2025]]
        Fault ref [[case_reference:TLR-25-0117]]
        0214  {{VCS}} - loss of {{main TX}} on 127.105 ({{Sector 7}}). Controller on {{standby TX}}. Reported by {{LAS}} [[name:K. Obi]]
        0216  [[name:DJ]] / [[name:RM]] attended. {{radio site}} alarm: {{PA}} fault
        0240  changeover to {{spare TX}} at remote site, tested with ops. Main still u/s
        0615  [[name:DJ]] handover to day shift ([[name:Beata]]). Contractor [[organisation:Skyline Comms Ltd]] booked, job no. [[case_reference:SC-448812]]
        1130  contractor ([[name:Ian]]) found water ingress in {{feeder}}, replaced {{connector}}
        1410  main TX restored, {{flight check}} not req'd, ops informed. Fault closed by [[name:B. Zielinska]]
    """)),
    ("aviation", "near_miss", block("""
        RT transcript - {{Sector 9}} - [[date:29/03/25]] (UTC)
        15:42:10  S9  [[flight_number:Easy four seven kilo tango]] descend flight level one two zero
        15:42:14  [[flight_number:EZY47KT]]  descend level one one zero [[flight_number:easy four seven kilo tango]]
        15:42:20  S9  [[flight_number:Easy four seven kilo tango]] negative, flight level one TWO zero
        15:42:24  [[flight_number:EZY47KT]]  one two zero, sorry, [[flight_number:easy four seven kilo tango]]

        Note from {{watch supervisor}} [[name:Gill Aherne]]: {{trainee}} [[name:Rohan]] on position with
        {{OJTI}} [[name:Stu]]. Wrong {{readback}} not challenged at first, [[name:Stu]] prompted and
        [[name:Rohan]] corrected at 15:42:20 before the aircraft left {{FL130}}. [[flight_number:BAW1432]] was
        level {{FL110}} 6nm ahead. {{STCA}} did not activate. {{MOR}} [[case_reference:2025/04417]] filed as
        precaution. Good {{TRM}}.
    """)),
    ("aviation", "success", block("""
        #ops-eng-shoutouts
        [[name:gaz.h]] 🛰️  07:12
        massive shout out to [[name:nadia]] on {{nights}} 🙌 {{SSR}} at the {{remote radar head}} dropped at 0340, she talked [[name:keith]] through the {{channel changeover}} by phone while he drove up. {{Channel B}} up in 11 mins, ops barely noticed. then she stayed 2 hrs past her shift writing it up for the {{FRB}}
        [[name:sup_andy]]  07:20
        +1 from the {{ops room}}. {{RDP}} never flagged, {{tracks}} stayed solid 👏
        [[name:nadia]]  07:41
        ah thanks guys 😳 [[name:keith]] did the hard bit in the snow 🥶
        [[name:keith]]  07:55
        🫡 next time I'm bringing a flask
    """)),
    ("aviation", "incident", prose("""
        Supervisor's report - {{Group Supervisor}} [[name:Rebecca Thorneycroft]], {{Watch C}},
        [[date:14 July 2024]]. At 16:05 {{Sectors 5 and 6}} were {{bandboxed}} on one position due to
        staff shortage (one {{ATCO}} sick, one on {{mandatory break}}). Traffic built faster than the
        {{flow}} forecast. Controller [[name:Jamal Osei]] told me he was at capacity at 16:20; I
        requested a {{regulation}} from the {{FMP}} but it did not take effect until 16:50. At 16:32
        a {{loss of separation}} occurred between [[flight_number:RYR8TM]] and
        [[flight_number:EXS2MW]] (minimum 2.6nm / 700ft against 5nm / 1000ft). {{STCA}} activated and
        [[name:Jamal]] resolved it with {{avoiding action}}. Both crews filed; MOR
        [[case_reference:2024/11802]]. Contributing: I should have split the sectors earlier by
        recalling [[name:Sinéad]] from break. [[name:Jamal]] has been stood down under the {{CISM}}
        policy and offered a peer session. Sequence for the investigator: 15:50 shortfall known
        to me; 16:05 bandbox; 16:20 capacity call from [[name:Jamal]]; 16:32 loss of separation;
        16:41 sectors split, [[name:Sinéad]] and [[name:Priyanka Rao]] taking one each; 16:50
        regulation effective. I have spoken to the {{roster}} team about the two late gaps on
        {{Watch C}} this month.
    """)),
    ("aviation", "near_miss", block("""
        [[date:02/11/2024]], 23:10 - [[name:Robbo]]: taking {{FDP}} B offline for the {{patch}}, {{permit to work}} [[case_reference:PTW-7731]]
        [[date:02/11/2024]], 23:11 - [[name:Deano]]: wait are you on A or B? ops are on B tonight after the switchover
        [[date:02/11/2024]], 23:11 - [[name:Robbo]]: 🤦 board says B is standby
        [[date:02/11/2024]], 23:12 - [[name:Deano]]: board not updated since [[name:Priya]] swapped them at 1800. checking {{system monitor}}
        [[date:02/11/2024]], 23:14 - [[name:Deano]]: confirmed B is ONLINE. do not touch 🛑
        [[date:02/11/2024]], 23:15 - [[name:Robbo]]: stopped, nothing done. would've dropped {{flight data}} for the whole {{ops room}} 😬
        [[date:02/11/2024]], 23:20 - [[name:Priya]]: sorry lads my bad, did the switch but forgot the {{status board}} + the {{log}}. updating now
        [[date:02/11/2024]], 23:40 - [[name:Robbo]]: patch done on A. writing a near miss. maybe a {{two-person check}} on which chain is live before any permit
    """)),
    ("aviation", "success", block("""
        From: [[name:Mark Devlin]] <[[email:mark.devlin@penmoor-acc.co.uk]]>
        To: [[name:Sophie Langridge]]; [[name:Kwame Asante]]
        Cc: [[email:ops.safety@penmoor-acc.co.uk]]
        Subject: Tuesday's evacuation - thank you

        [[name:Sophie]], [[name:Kwame]],

        I wanted to put in writing how well Tuesday's {{fire alarm}} evacuation went. You had every
        position handed to the {{contingency room}} in 9 minutes, {{ATFM}} {{regulations}} requested
        before the last controller left, and no {{losses of separation}}. The alarm turned out to be a
        faulty {{smoke head}} but we didn't know that at the time.

        I've nominated you both for the quarterly {{safety award}} and shared the timeline with the
        {{SMS}} team as good practice.

        [[name:Mark Devlin]]
        {{Watch Manager}}, [[organisation:Penmoor ACC]]
        T [[phone:01632 960 780]]  M [[phone:+44 7700 900 251]]
    """)),
    ("aviation", "near_miss", block("""
        Chronology - flight plan mismatch - [[date:05/06/2025]] (UTC)
        0704  {{FPL}} for [[flight_number:LOG62F]] shows {{ATR72}}, reg [[aircraft_registration:G-LMRB]]
        0711  aircraft calls on frequency; {{Mode S}} downlink shows [[aircraft_registration:G-OBLF]] and type {{DH8D}}
        0712  ATCO [[name:Hamid]] queries crew: aircraft change, operator didn't send a {{CHG}} message
        0714  {{wake turbulence category}} unchanged, no separation impact
        0715  supervisor [[name:T. Adeyemi]] informs {{FMP}} and {{AIS}}
        0730  correct reg entered by {{flight data assistant}} [[name:Lorna]]
        Risk: with a different type the wrong {{equipment codes}} could have shown the wrong {{RVSM}}
        status on the label. Operator contacted; [[name:Hamid]] to add to the {{safety bulletin}}.
    """)),
    ("aviation", "incident", block("""
        Teams chat - Supervisors 👷
        [[name:andy]] 05:02  [[name:jt]] just told me she nodded off on {{Sector 3}} for a few seconds around 0445, traffic was light. she's gutted
        [[name:sinead]] 05:03  is she ok? pull her off
        [[name:andy]] 05:03  done, [[name:moz]] covering. she was on her 4th {{night}} in a row after swapping with [[name:ollie]]
        [[name:sinead]] 05:06  that swap should never have been approved, breaks {{SRATCOH}}. who signed it?
        [[name:andy]] 05:07  {{rostering}} system let it through 🙄 approved by [[name:dw]] {{on days}}
        [[name:sinead]] 05:10  ok. {{MOR}}, {{fatigue report}} and she goes home by taxi not driving. I'll ring the {{ops manager}} at 7
        [[name:sinead]] 05:11  and tell [[name:jt]] she did the right thing telling you 💙 {{just culture}}
    """)),
    ("aviation", "success", block("""
        Contingency exercise debrief - [[date:Sun 19 Jan 2025]] 0200-0400L
        Attendance: [[name:R. Thorneycroft]] (Sup), [[name:N. Haidari]] (Eng), [[name:Oluwaseun]], [[name:Grzegorz]], [[name:Bill Fairweather]] ({{CAA}} inspector, observing)
        Apologies: [[name:Kwame Asante]], [[name:Lucy]]

        - full transfer to the {{backup system}} in 6m40s (target 10m)
        - {{VCS}} failover clean; one {{frequency}} ({{Sector 4}} secondary) needed manual select - [[name:Grzegorz]] spotted it within 30s
        - {{flight strips}} printed ok, {{FDP}} sync took longer than planned
        - [[name:Bill]] noted good use of the {{checklist}} and clear {{PA}} announcements
        Actions: [[name:NH]] to raise an {{SR}} on the FDP sync; [[name:Oluwaseun]] to update the {{quick reference card}}.
    """)),
    ("aviation", "near_miss", prose("""
        driving up to the {{radar head}} 0530 for {{PPM}} in the {{work van}}
        [[vehicle_registration:MX70 KBN]], deer ran out on the {{access track}}, swerved and slid on
        ice into the verge. no damage no injury but no signal so couldnt do the {{lone worker}}
        check in at 0545. [[name:Hamza]] at {{base}} tried me 3x then started the {{escalation}} which is
        good. got signal at the gate and rang in 0602. learning - {{Peoplesafe}} device battery was
        flat (my fault), track not gritted since tues, should of took the {{4x4}}. [[name:gw]]
    """)),
    ("aviation", "incident", block("""
        Eng handover log - [[date:23/02/2025]]
        Time | System | Event | Eng | Ops
        0112 | {{RDP}} srv 2 | unplanned {{restart}}, 40s freeze of {{track labels}} S1-S4 | [[name:NH]] | [[name:Rebecca]] ({{Sup}})
        0114 | RDP srv 1 | took over, tracks restored | [[name:NH]] | -
        0130 | log review | {{memory leak}} warnings since 2300, alarm was filtered | [[name:NH]]/[[name:AP]] | -
        0300 | {{vendor}} | call logged with [[organisation:Veritrack Systems]] ref [[case_reference:VT-0092231]] | [[name:AP]] | -
        0700 | handover | to [[name:Beata]] + [[name:Jonno]], srv 2 isolated | [[name:NH]] | [[name:Rebecca]]

        Impact: [[flight_number:TOM4ZN]] reported a {{TCAS RA}} during the freeze, no {{ATC}} instruction
        involved. {{MOR}} raised by ops.
    """)),
    ("aviation", "near_miss", block("""
        OCCURRENCE REPORT (internal)
        Occurrence ref: [[case_reference:PEN-OR-25-0662]]
        Reporter: [[name:Oluwaseun Bakare]]    Staff no: [[case_reference:40815]]
        Email: [[email:o.bakare@penmoor-acc.co.uk]]
        Date/time: [[date:17/04/2025]] 10:22 UTC
        Aircraft 1: [[flight_number:SHT7W]] ({{A320}}, [[aircraft_registration:G-EUYK]])
        Aircraft 2: [[aircraft_registration:G-BYLM]] ({{PA-28}}, {{VFR}}, not on frequency)

        Description: {{TCAS RA}} "climb" for [[flight_number:SHT7W]] passing 4500ft near the {{CTA}}
        boundary. Unknown {{primary contact}} with {{Mode C}} 4300ft was in {{clutter}} and traffic
        information was given late. Closest 0.9nm / 300ft. [[aircraft_registration:G-BYLM]] was traced
        later via the {{FIS}} unit. No {{infringement}} of controlled airspace.
    """)),
    ("aviation", "success", block("""
        #ate-systems
        [[name:priya.n]] 14:02: {{software drop}} 4.2.1 on the {{VCS}} test rig is showing {{latency}} on {{intercom}} keys 🚩
        [[name:robbo]] 14:05: same here. ops deploy is planned tonight 22:00
        [[name:priya.n]] 14:06: I'd pull it. rolling back to 4.1.9 on the rig to compare
        [[name:priya.n]] 14:40: confirmed 180ms vs 20ms. raising with [[organisation:Aurex Voice]]
        [[name:b.zielinska]] 14:52: nice catch. I'll cancel change [[case_reference:CHG-20931]] and tell the {{ops manager}}
        [[name:robbo]] 15:10: 🙌 imagine finding that on {{nights}} with 12 sectors open
        [[name:b.zielinska]] 15:11: putting this in the {{safety newsletter}} as a good catch. {{regression testing}} ftw
    """)),
    ("aviation", "incident", block("""
        From: [[name:Sophie Langridge]]
        To: [[email:safety.investigations@penmoor-acc.co.uk]]
        Subject: [[flight_number:EIN6KP]] MAYDAY - hotline failure

        On [[date:Sat 8 Feb]] at 19:47 [[flight_number:EIN6KP]] ([[aircraft_registration:EI-FNK]], {{A320}})
        declared {{MAYDAY}} with {{smoke in the cabin}} and asked to divert. The {{hotline}} to the
        adjacent centre did not connect (no ring tone). I used the {{backup number}} in the
        {{contingency folder}}, [[phone:+33 2 98 55 41 70]], which was out of date; the correct number
        was [[phone:+33 2 98 55 41 07]], found by [[name:Kwame]] on the {{intranet}}. Coordination was
        delayed by about 3 minutes. The aircraft landed safely at 20:06.

        Fault ref [[case_reference:TLR-25-0409]]. I've asked engineering ([[name:Nadia Haidari]]) to test
        all hotlines and [[name:Kwame]] to update the folder.

        [[name:Sophie Langridge]]
        {{Group Supervisor}}, Watch A
        [[phone:01632 960 791]]
    """)),
    ("aviation", "near_miss", block("""
        Transcript - {{Sector 2}} - [[date:12.08.24]]
        1022:05 S2: [[flight_number:EZY41KT]] climb {{FL250}}
        1022:09 [[flight_number:EZY47KT]]: climb FL250 [[flight_number:EZY47KT]]
        1022:11 S2: [[flight_number:EZY47KT]] negative, that was for [[flight_number:EZY41KT]], maintain {{FL190}}
        1022:15 [[flight_number:EZY47KT]]: maintain 190, sorry
        1022:18 S2: [[flight_number:EZY41KT]] climb FL250
        1022:22 [[flight_number:EZY41KT]]: climb 250 [[flight_number:EZY41KT]]

        Sup note: {{similar callsign}} warning was on the {{label}} but both aircraft were
        {{on frequency}} together for 10 mins. [[name:Lucy Bramwell]] caught the wrong {{readback}}
        straight away. Reported to the operator under the {{callsign confusion}} scheme and shared
        with the {{CAA}}.
    """)),
    ("aviation", "success", block("""
        {{nights}} handover 0630 - {{sups desk}}
        quiet night mostly. {{NOTAM}} for {{TRA}} 3 active from 0800 check pls
        massive thanks to [[name:jonno]] + [[name:faith]] for running the {{VCS}} {{fallback drill}} at 0300 when the {{ops manager}} called in sick. [[name:faith]] did the brief like a pro 👌
        eng ([[name:mo]]) swapped a {{UPS}} battery on rack 4, no impact
        {{ATSA}} desk short tomorrow, [[name:hollie]] has asked [[name:ade]] to come in early
        [[name:ade]] still owes me a brew ☕
    """)),
]

if __name__ == "__main__":
    write_records(OUT, build_records("blind200", REPORTS))
