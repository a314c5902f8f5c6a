"""Held-out blind corpus 194: early help, a neonatal unit and airport security screening.

Fifty invented UK just-culture reports (17 social care, 17 health, 16 aviation), each an
incident, a near miss or a success, written without any knowledge of how the anonymiser works.

Settings:
- social_care: early help and family hubs - family support workers, stay-and-play sessions,
  Team Around the Family reviews, school attendance work, crèches and holiday clubs.
- health: a neonatal unit - feeds and expressed breast milk, lines and infusions, transfers,
  twins and cot cards, parents and family integrated care.
- aviation: airport security screening lanes, the staff search area, vehicle checkpoints,
  aircraft searches, with the odd RT transcript and tech log entry.

Styles: forms with fields (Name:, DOB:, NHS no:, Ref:), tables with initials, WhatsApp and
Teams exports with lower-case nicknames before colons, rushed lower-case notes with typos,
careful formal narratives, timed chronologies, e-mails with headers and signatures, minutes
with attendance and apologies, handovers, debriefs and shout-outs.

Mark-up: [[label:value]] for identifiers, {{term}} for things that must survive redaction.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from markup import block, build_records, write_records  # noqa: E402
from markup import flow as prose  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "corpus" / "heldout_blind194.jsonl"

REPORTS = [
    # ------------------------------------------------------------------ social care
    ("social_care", "incident", block("""
        EARLY HELP - INCIDENT / DATA BREACH FORM
        Ref: [[case_reference:EH-INC-25-0317]]
        Linked case: [[case_reference:EHA/11842]]
        Child: [[name:Kayden Marsh-Boateng]]
        DOB: [[date_of_birth:14/02/2015]]
        Address: [[address:27 Tannery Row, Ashby Vale]], [[postcode:LS27 4QH]]
        School: [[organisation:Ashby Vale Primary]]
        Lead practitioner: [[name:Bex Holloway]] ({{FSW}})
        Reported by: [[name:S. Kaur]], {{Early Help Team Manager}}

        What happened:
        The {{TAF}} review letter for {{mum}} ([[name:Shanice Marsh]]) was posted to {{dad}}'s old
        address, [[address:9 Kiln Lane, Morley]], even though there is a {{non-molestation order}}
        and the address alert is on the front sheet. Dad rang the hub on [[date:3 March]] asking why
        [[name:Kayden]] was "on a {{school attendance}} plan" and who [[name:Bex]] was.

        Immediate action: mum told same day and safety plan reviewed with her. {{DSL}} at school
        informed. Dad agreed to hand the letter back at reception. Reported to {{the DPO}}.

        Why: letters merge from the oldest contact record, not the current one.
    """)),
    ("social_care", "near_miss", prose("""
        nearly left the file for [[name:tyler]] ([[case_reference:EH/2291/TM]]) on the roof of my
        car in the [[organisation:brookside family hub]] car park. had {{the red folder}} with the
        {{school attendance}} printouts + {{mum}}s mob ([[phone:07700 900384]]) on top. {{caretaker}}
        [[name:gaz]] shouted me as i was pulling out thank god. nothing lost nothing blew away. learning
        - dont carry paper, use {{the tablet}}, i know i know. told [[name:jen]] ({{team lead}}) straight
        away and she said put it on here as a {{near miss}} so here it is. also my {{lanyard}} was in the
        folder so need a new one from {{reception}}
    """)),
    ("social_care", "success", prose("""
        Shout-out for [[name:Bex]] and [[name:Gaz Pereira]] from the {{family support}} team at
        [[organisation:Fernlea Family Hub]]. Since [[date:6 January]] [[name:Bex]] has been doing the
        {{morning walk}} to [[organisation:St Cuthbert's RC Primary]] with [[name:Lacey]] ([[age:9]])
        and her little brother, and attendance has gone from 61% to 94% this {{half term}}. [[name:Gaz]]
        sorted shoes and a coat from the {{uniform bank}} and got {{mum}} onto the {{bus pass}} scheme so
        she can do the walk herself from next week. Mrs [[name:Adebayo-Clarke]], the {{DSL}}, emailed to
        say it is the first time in two years [[name:Lacey]] has not been on the {{persistent absence}}
        list, and the {{attendance officer}} has withdrawn the {{penalty notice}} warning. [[name:Hope]] on
        reception also deserves a mention for keeping the breakfast bags going. Brilliant, patient,
        unglamorous work - thank you all.
    """)),
    ("social_care", "incident", block("""
        WhatsApp export - Hub Team (work) - [[date:14/05/24]]
        16:02 [[name:bex]]: anyone got the new mob for [[name:Dariusz]]? {{dad}} of the [[name:Kowalczyk]] kids
        16:03 [[name:jonno]]: [[phone:07700 900811]] but he only answers after 6
        16:03 [[name:bex]]: ta x
        16:07 [[name:mo]]: [[name:jonno]] u just put that in the {{stay and play}} parents group not ours
        16:07 [[name:jonno]]: oh no
        16:08 [[name:jonno]]: deleted for everyone. was up about 4 mins, 2 ticks tho
        16:09 [[name:mo]]: shall i screenshot it first for the {{Datix}} or whatever we use now
        16:10 [[name:sal]] ({{hub manager}}): pls DONT screenshot. ive logged it as a {{data breach}}.
        [[name:jonno]] ring {{the DPO}} and i'll ring {{dad}} and explain
        16:12 [[name:jonno]]: sorry all. both groups have the same logo and i was on autopilot
        16:13 [[name:sal]]: not a blame thing. we'll rename the groups and take the parents one off
        {{work phones}} tomorrow. {{information governance}} want a note by Fri
    """)),
    ("social_care", "near_miss", block("""
        From: [[name:Siobhan Keane]] <[[email:siobhan.keane@ashvalecouncil.gov.uk]]>
        To: Early Help Admin <[[email:earlyhelp.admin@ashvalecouncil.gov.uk]]>
        Cc: [[name:Tariq Mahmood]]
        Date: [[date:Tue 11 June 2024]] 09:14
        Subject: near miss - attendance letter had wrong child in it

        Hi all,

        Just flagging a {{near miss}} before the {{attendance panel}} letters go out. The letter for
        [[name:Olamide Fashola]] (Y4, [[organisation:Hollins Park Primary]]) still had [[name:Ruby-Mae]]'s
        name in the second paragraph and her {{persistent absence}} figure (41%). I spotted it in
        {{print preview}}. Nothing was sent.

        The {{mail merge}} seems to keep fields from the last record edited, so if you do them one after
        another they carry over. Can we go back to running them from the {{MIS}} export until it is
        fixed, and have a {{second person}} check before the {{envelopes}} are sealed?

        Thanks
        [[name:Siobhan]]

        [[name:Siobhan Keane]] | {{Attendance and Inclusion Officer}}
        [[organisation:Ashvale Early Help Service]]
        T: [[phone:01632 960447]] | M: [[phone:07700 900129]]
    """)),
    ("social_care", "success", prose("""
        Learning from good practice - {{Early Help Assessment}} for the [[name:Haddad]] family
        ([[case_reference:FH-2024-00917]]). Ms [[name:Haddad]] arrived in the area last summer with three
        children and very little English. [[name:Faith Mensah]], {{family support worker}} at
        [[organisation:Westgate Family Hub]], booked an {{Arabic interpreter}} for every visit rather
        than relying on the eldest child, [[name:Yousef]] ([[age:11]]), who had been translating at the
        GP. She linked in the {{school nurse}}, the {{housing officer}} and the {{health visitor}} for the
        baby, and arranged a {{Section 17}} payment for bus fares because the youngest two had been
        missing mornings at [[organisation:Millbrook Infant School]] after the family were moved to
        temporary accommodation at [[address:14 Canal Street]]. Within six weeks attendance was above
        95%, [[name:Yousef]] had stopped missing school for appointments, and Ms [[name:Haddad]] started
        the {{ESOL}} class at the hub. What made the difference: interpreter every time, one plan shared
        by everyone, and [[name:Faith]] noticing that the "attendance problem" was really a bus fare
        problem.
    """)),
    ("social_care", "incident", block("""
        Chronology - home visit [[date:22/01/2025]] - [[name:Tomasz]] and [[name:Zofia Wiśniewska]] ([[case_reference:FH-00481]])
        08:50  {{FSW}} ([[name:Grace]]) arrives [[address:Flat 6, Marlow House, Kent Road]], [[postcode:HU9 3RL]]. No answer, curtains shut.
        09:05  Rang {{mum}} ([[name:Agnieszka]]) x2 on [[phone:07700 900562]] - no answer.
        09:20  Rang [[organisation:Kent Road Primary]] office. [[name:Tomasz]] ([[age:8]]) not in, no call from home.
        09:25  Large dog came at the door when letterbox opened. {{FSW}} stepped back, caught hand on gate, small cut.
        09:40  {{Neighbour}} said mum "has been poorly all week".
        10:15  Mum called back - flu, kids at home with her, both fine. [[name:Grace]] saw both children on video call.
        10:30  Back at hub, {{first aid}} done, wound cleaned.
        11:00  Discussed with [[name:Pete Rourke]] ({{senior practitioner}}). Not a {{MASH}} matter.

        Issues: no dog flagged on the {{risk assessment}}; {{lone working}} check-in app not used;
        [[name:Grace]] did not have the school {{DSL}} number saved.
        Actions: dog added to case alerts, {{buddy call}} reminder at team meeting.
    """)),
    ("social_care", "near_miss", block("""
        Teams chat - Early Help North - [[date:Wed 2 Oct]]
        [[name:Leanne Fitzgerald]] 10:12
        can someone sanity check this before I hit send - {{TAF plan}} for the [[name:Oyelaran]] family going to school
        [[name:Leanne Fitzgerald]] 10:13
        To: [[name:Hannah Pryce]] <[[email:hannahpryce88@gmail.com]]>
        [[name:Kwame Boateng]] 10:15
        thats not the {{DSL}}!! DSL is [[name:Hannah Price]] [[email:h.price@greenacre-academy.org.uk]]
        the gmail one is a {{parent}} on one of [[name:Marie]]'s cases
        [[name:Leanne Fitzgerald]] 10:16
        omg. {{autocomplete}} picked her. not sent. thank you [[name:Kwame]]
        [[name:Marie Dubois]] 10:20
        happened to me last month with her too. can we get the {{autofill}} list cleared and use {{secure email}} for anything going to school
        [[name:Kwame Boateng]] 10:21
        putting it on the {{near miss}} log. [[name:Leanne]] not your fault, it's the {{Outlook}} thing
    """)),
    ("social_care", "success", block("""
        TEAM AROUND THE FAMILY - REVIEW MEETING (final)
        Date: [[date:Thursday 6th February 2025]], [[organisation:Oakwell Family Hub]], room 2
        Family: [[name:Rose Tiernan]] ({{mum}}), [[name:Callum]] ([[age:13]]), [[name:Mia]] ([[age:10]])
        Present: [[name:Rose Tiernan]]; [[name:Will Ashdown]] ({{Lead Professional}}, {{FSW}});
        [[name:Anjali Rao]] ({{school nurse}}); Mr [[name:D. Whitfield]] ({{Head of Year 9}}, [[organisation:Oakwell High]]);
        [[name:Precious Ncube]] ({{Young Carers}})
        Apologies: PC [[name:Hartley]] ({{Neighbourhood Policing Team}}); [[name:Sunny Dhaliwal]] ({{CAMHS}} link)

        1. Attendance - [[name:Callum]] 92% this term (was 68%). [[name:Mia]] 97%.
        2. [[name:Callum]] attending the {{young carers}} group every Tuesday; says it is "the only hour nobody asks me stuff".
        3. [[name:Rose]] has started the {{Freedom Programme}} and has a {{GP}} review for her mood booked.
        4. [[name:Sunny]] sent a written update: no further {{CAMHS}} input needed.

        Outcome: all agreed to {{step down}} to {{universal services}}. [[name:Will]] to send closure letter.
        [[name:Rose]] thanked the group: "first meeting where I didn't feel like I was in trouble".
    """)),
    ("social_care", "incident", block("""
        Incident: attendance tracker sent to the whole {{cluster}} list instead of three schools.
        Sent [[date:04/03/25]] 15:47 by [[name:JH]]. Recalled 15:58; 4 of 11 had opened it.

        | Pupil | Yr | School | Att % | Worker | Note |
        | --- | --- | --- | --- | --- | --- |
        | [[name:T.O.]] | 5 | [[organisation:Bramley Juniors]] | 71 | [[name:JH]] | {{mum}} in {{refuge}}, new address |
        | [[name:A-M.K.]] | 9 | [[organisation:Thornbury Academy]] | 58 | [[name:RB]] | {{CP plan}}, see {{social worker}} |
        | [[name:L.S.]] | 2 | [[organisation:Bramley Infants]] | 83 | [[name:JH]] | {{SEND}}, {{EHCP}} pending |
        | [[name:D.F-W.]] | 7 | [[organisation:Thornbury Academy]] | 64 | [[name:Ola]] | young carer |

        Initials only, but with school, year group and notes the children are identifiable to
        any head in the {{cluster}}. The {{refuge}} note is the main worry. [[name:JH]] reported it
        herself straight away. {{Headteachers}} asked to delete; all confirmed by 17:30.
        Reported to {{the DPO}}; not thought to meet the {{ICO}} threshold but the refuge has been told.
        Learning: trackers to go as a password-protected file, {{BCC}} for group sends.
    """)),
    ("social_care", "near_miss", prose("""
        Handover Fri pm, [[name:Kez]] to [[name:Marcus]]. Parenting course {{crèche}} at
        [[organisation:Holbeck Family Hub]]. At 12:50 a man came to collect [[name:Lily-Rose]]
        ([[age:3]]) saying he was her uncle and {{mum}} ([[name:Dani]]) was stuck at the jobcentre. He
        was not on the {{collection list}} and the {{password}} he gave was wrong. [[name:Kez]] kept
        [[name:Lily-Rose]] in the crèche room, rang mum on the number on the {{registration form}} and
        she said not to release her - there is a family court case. He left in a silver Astra,
        [[vehicle_registration:YD68 WKP]], before the {{duty social worker}} called back. Mum collected at
        13:20. Nothing happened but the {{crèche door}} was propped open for the buggies and he got as
        far as the {{nappy change}} area. [[name:Marcus]] please chase the {{MASH}} contact and update the
        {{chronology}} Monday. Door wedge is now in my drawer!
    """)),
    ("social_care", "success", prose("""
        Card received at [[organisation:Riverside Family Hub]] on [[date:19th July]], shared with
        permission: "Dear [[name:Joy]] and [[name:Mo]], thank you for not giving up on us. [[name:Alfie]]
        went to school every single day this week for the first time since Year 2. I never thought I'd
        be the {{mum}} crying at the school gate for a good reason. Love [[name:Kirsty]], [[name:Alfie]]
        and [[name:Bella]] xx". Reflection from [[name:Joy Okafor]] ({{parenting practitioner}}) and
        [[name:Mo Rahman]] ({{family support worker}}): what worked was the {{graded return}} that
        [[organisation:Lowfield Primary]] agreed to - {{half days}} in the {{nurture room}} first - plus
        [[name:Mo]]'s visits at 8am for the first fortnight. The {{SENCO}} and the {{educational psychologist}}
        came to the hub instead of asking [[name:Kirsty]] to come into school, which she could not face.
    """)),
    ("social_care", "incident", block("""
        FAMILY HUB - WELFARE BENEFITS REFERRAL (completed form found on public printer)
        Name: [[name:Marcin Zieliński]]
        DOB: [[date_of_birth:03.11.1988]]
        NI no: [[ni_number:JM 48 27 61 C]]
        Address: [[address:112 Weaver Close]], [[postcode:BD4 8NW]]
        Tel: [[phone:+48 601 234 567]] / [[phone:07700 900276]]
        Children: [[name:Oliwia]] ([[age:6]]), [[name:Kuba]] ([[age:2]])
        Partner: [[name:Ewa Zielińska]], NI no [[ni_number:PX194403B]]
        Referrer: [[name:Ayo]] ({{FSW}})

        What happened: [[name:Ayo]] printed the referral for the {{welfare rights}} adviser but it went to
        the {{reception printer}} not the office one. Another parent picked it up with her own
        {{foodbank voucher}} and handed it in 20 min later. She said she hadn't read it.
        Action: Mr [[name:Zieliński]] told in person with an {{interpreter}}, apologised. Logged with
        {{information governance}}. Default printer on the {{hot desks}} changed. {{Secure print}} requested.
        Form was for a {{Universal Credit}} {{managed payment}} query.
    """)),
    ("social_care", "near_miss", prose("""
        took [[name:keeley]]s lad to his {{CAMHS}} appt at the [[organisation:orchard centre]] in my own
        car ([[vehicle_registration:MA19 XFT]]) cos the {{pool car}} was booked. didnt have a {{booster
        seat}} for him, hes [[age:7]] and tiny. only realised when [[name:keeley]] said "has he not got
        his seat" at the door. didnt go, rang [[name:shaz]] at the hub and she brought the spare one
        from the {{crèche}} cupboard, 25 min late for appt but {{CAMHS}} still saw him. ALSO just checked
        and my {{business insurance}} ran out end of last month so i wasnt even covered for {{work
        mileage}}. sorted now. pls can we have a check on the {{lone working}} form that you have the
        seat + insurance b4 transporting kids. not blaming anyone just didnt think. [[name:keeley]] was
        fine about it, she said "you're only human [[name:jodie]]" lol
    """)),
    ("social_care", "success", block("""
        DEBRIEF - stay and play, [[organisation:Greenside Family Hub]], [[date:Mon 17 March]]
        Facilitator: [[name:Ayesha Siddiqui]] | Notes: [[name:Tom]] ({{hub coordinator}})

        What happened
        During {{messy play}} [[name:Ayesha]] noticed finger-shaped bruising on the upper arm of a
        [[age:9-month-old]] ([[name:K.D.]]). She did not question {{dad}} in front of the group;
        offered him a cuppa in the quiet room and asked an open question as per the {{safeguarding
        training}}. Explanation did not fit (said baby "fell off the sofa").

        What went well
        - {{DSL}} ([[name:Tom]]) told within 5 minutes, {{body map}} done, words recorded verbatim
        - {{MASH}} referral made by 11:40, same day {{strategy discussion}}
        - {{health visitor}} [[name:Bernadette Clancy]] came to the hub for the {{child protection medical}} transfer
        - Dad stayed calm and agreed to go to [[organisation:Kingsgate Children's Assessment Unit]]

        Even better if
        - nobody had the {{EDT}} number on the wall; now laminated by the kettle
        - two staff should have been in the room throughout

        Outcome: {{Section 47}} enquiry, baby safe with maternal grandparents.
    """)),
    ("social_care", "incident", prose("""
        On [[date:Wednesday 14 August 2024]] a child was left at the {{HAF}} holiday club at
        [[organisation:Castlegate Community Centre]], [[address:3 Mill Lane, Castlegate]], [[postcode:WF10 2HN]], after the session closed.
        [[name:Deon Campbell-Reid]], aged [[age:6]], was sitting in the {{soft play}} when the last two
        staff, [[name:Hope Adeyemi]] and [[name:Ciarán Ó Súilleabháin]], locked up at 15:10. The centre
        {{caretaker}} found him at 15:25 and rang the number on the door, which came through to
        [[name:Hope]]'s work mobile. She returned within ten minutes. [[name:Deon]] was upset but unhurt.
        His {{grandad}} had been told 15:30 pick-up by mistake. The {{sign-out sheet}} had a tick next to
        his name because {{his cousin}} was ticked on the wrong row. There was no {{headcount}} at close.
        [[name:Hope]] and [[name:Ciarán]] reported it themselves the same evening and rang the family.
        Actions: {{two-person}} headcount against the {{register}} at close, sign-out by signature not tick,
        and a {{room sweep}} including soft play and toilets. Discussed with the {{LADO}}: no referral needed.
    """)),
    ("social_care", "near_miss", block("""
        From: [[name:Nkechi Obi]]
        Sent: [[date:28 November 2024]] 14:32
        To: Early Help Duty
        Subject: wrong mobile on school referral - nearly shared info

        Duty team,

        Quick one for the {{learning log}}. The referral from [[organisation:Parkside Primary]] for
        [[name:Chidera]] ([[case_reference:EHR-24-3381]]) had {{mum}}'s mobile as [[phone:07700 900736]].
        I rang and asked for Ms [[name:Okonkwo]]. A man answered and said "yeah that's the missus, go
        on". Before saying why I was calling I asked him to confirm the child's {{date of birth}} and he
        couldn't, then hung up. School have now checked: the number was an old one from 2021 and mum
        says it belongs to her {{ex-partner}}, who has no contact. Correct number is [[phone:07700 900093]].

        No information was shared. {{ID verification}} questions saved us here. I've asked the
        {{school office}} to check contact details on every referral before it comes to {{Early Help}},
        and told the {{DSL}}.

        [[name:Nkechi]]

        [[name:Nkechi Obi]]
        {{Family Support Worker}} - {{Early Help}} South
        [[organisation:Riverbank Family Hub]] | [[phone:01632 960 512]]
    """)),
    # ------------------------------------------------------------------ health
    ("health", "incident", block("""
        NEONATAL UNIT - INCIDENT REPORT
        Ref: [[case_reference:NNU-2025-0193]]
        Baby: Baby of [[name:Chiamaka Eze]]     Hosp no: [[case_reference:K4471902]]
        NHS no: [[nhs_number:919 256 4674]]
        DOB: [[date_of_birth:02/04/2025]]     Gestation at birth: 29+4     Cot: {{ITU}} 3
        Other baby involved: Baby [[name:Lindqvist]], NHS no: [[nhs_number:8665212612]], cot {{ITU}} 4

        Description:
        At the 10:00 feed Baby [[name:Eze]] was given 3 mL of {{EBM}} via {{NG tube}} from a syringe labelled
        for Baby [[name:Lindqvist]]. Both syringes were on the same tray in the {{milk fridge}}. The
        {{barcode scanner}} was not used because it was out of charge, and the {{second checker}} was
        called away to a {{desaturation}} in the next room. Error noticed at 10:20 when the correct
        syringe was found still in the fridge.

        Actions: {{the reg}} informed; Dr [[name:Okafor]] spoke to both sets of parents the same
        afternoon under {{Duty of Candour}}. {{Microbiology}} advice followed, maternal {{serology}}
        reviewed - no further action for baby. [[name:Chiamaka]] very upset; [[name:Ingrid Lindqvist]] asked
        for her milk to be stored in a separate box from now on - agreed for all mums.
    """)),
    ("health", "near_miss", prose("""
        nights. nearly connected the {{TPN}} to the wrong lumen of the {{UVC}} on cot 7 (baby
        [[name:harris]]) - the one with the {{dopamine}} running. [[name:ellie]] spotted it at the 2
        person check at the cotside bc the lumens werent labelled since the {{line change}} on days. no
        connection made, nothing given. {{the reg}} aware and happy. relabelled both lumens with the
        coloured tags. its the 3rd time ive seen unlabelled lumens this month so raising it. also the
        {{infusion chart}} had the old rate crossed out and new one squashed in, hard to read at 3am
        with the {{incubator}} lights down. maybe a {{safety huddle}} item? [[name:ellie]] should get a
        {{greatix}} for this tbh - [[name:JW]] {{band 6}}
    """)),
    ("health", "success", prose("""
        HUGE thank you to the night team on [[date:Saturday 15th March]]. Twins born at {{25+1}} on
        {{delivery suite}} at 02:14 and 02:31, and both were in {{incubators}} on the unit within the
        {{golden hour}}. Sister [[name:Akua Mensah-Bonsu]] ran the room, [[name:Mark]] ({{ANNP}}) did
        {{LISA}} for twin 1 first time and Dr [[name:Rahul Menon]] got both {{UVCs}} in before 04:00.
        [[name:Jess]] (HCA) had the {{plastic bags}} and {{transwarmers}} ready before we were even
        called, so both admission temps were 36.8 and 36.9 - textbook {{thermoregulation}}. Mum
        [[name:Tolu]] said afterwards that [[name:Akua]] explaining every step to dad in the corner made
        the worst night of their lives bearable. Nobody went on their break until after 6. You are
        brilliant. - [[name:Nic]], Ward Manager
    """)),
    ("health", "incident", block("""
        Transfer chronology - Baby [[name:Nowak]] ([[case_reference:RHN 2260913]]) - [[date:19.02.25]]
        NHS [[nhs_number:782 687 4955]], DOB [[date_of_birth:11/02/25]], born 30+5
        06:10  {{Consultant}} decision to transfer to {{surgical centre}} ([[organisation:St Edmund's Children's Hospital]]), ?{{NEC}}
        06:40  [[organisation:NorthStar Neonatal Transport]] accepted, ETA 08:00
        07:15  Dad ([[name:Krzysztof]]) told, will follow in own car
        08:25  Transport team arrive: [[name:Lou Bennett]] (transport nurse), Dr [[name:Sato]]
        08:55  Baby in {{transport incubator}}, {{ventilated}}, {{morphine}} and {{dopamine}} running
        09:05  At ambulance [[vehicle_registration:YX71 NHT]] - spare {{oxygen cylinder}} found at 1/4; cylinder swapped from unit stock
        09:27  Departed (22 min delay)
        10:02  {{SpO2}} dipped to 78% on the A-road; FiO2 increased, recovered
        10:35  Arrived at [[organisation:St Edmund's]]. Handed over to {{surgical team}}.

        Why: cylinder check is done at base at 07:00 but the vehicle had been used for an
        {{in-utero}} call overnight. No second check before leaving.
        Baby stable at handover. Discussed at transport {{M&M}}.
    """)),
    ("health", "near_miss", block("""
        [[name:shaz]]: who did the {{cot cards}} for the twins in nursery 2 last night
        [[name:tillz]]: me why 😬
        [[name:shaz]]: twin 1 and twin 2 swapped. {{name bands}} say [[name:Afolabi]] Twin 1 on the bigger one, cot card says twin 2
        [[name:tillz]]: oh god. has anyone given anything
        [[name:shaz]]: no!! [[name:Amir]] caught it doing the {{gent}} {{levels}} this morning, checked {{wristband}} against the bloods form
        [[name:Amir]]: all good, bloods not taken till we sorted it. [[name:tilly]] dont panic x
        [[name:tillz]]: i'll do the {{Datix}} now. i wrote the cards at the desk not at the cots
        [[name:shaz]]: we all do tbh. the new cards look identical apart from the 1/2
        [[name:Amir]]: maybe bring it to {{safety huddle}}, {{positive patient ID}} at the cot every time
        [[name:shaz]]: also pls no baby names on here, this is the social group lol
    """)),
    ("health", "success", block("""
        From: [[name:Hannah Ridley]] ({{Ward Manager}}, Neonatal Unit)
        To: NNU All Staff
        Date: [[date:2 September 2024]]
        Subject: FW: thank you from baby [[name:Isla]]'s family

        Sharing with permission - well done everyone, especially {{outreach}}.

        ---- forwarded message ----
        From: [[name:Dan Morgan]] <[[email:dan.morgan1987@hotmail.co.uk]]>
        To: Neonatal Unit
        Subject: thank you

        Our daughter [[name:Isla]] came home last week after 74 days. We wanted to say thank you to
        [[name:Bogdana]] who taught [[name:Steph]] to do {{tube feeds}} and {{cares}}, to
        [[name:Femi]] on the {{outreach team}} who came to the house twice, and to the night nurse
        whose name we never caught who sat with us after the {{brain scan}}. The {{parents' room}} and
        the {{Bliss}} group kept us going.

        [[name:Dan]], [[name:Steph]] and [[name:Isla]]
        ----

        [[name:Hannah Ridley]]
        {{Ward Manager}} | [[phone:01632 960118]] | [[email:hannah.ridley4@nhs.net]]
    """)),
    ("health", "incident", block("""
        NNU handover - {{HDU}} - nights [[date:08/11/24]] (copy attached to Datix [[case_reference:W204417]])

        | Cot | Baby | Gest | Resp | Feeds | Lines | Nurse |
        | 9 | [[name:Qureshi]] | 33+2 | air | 15 mL 2hrly {{NG}} | nil | [[name:SK]] |
        | 10 | [[name:Ní Bhriain]] | 31+6 | {{HFNC}} 4L | 12 mL 2hrly NG | {{PICC}} | [[name:SK]] |
        | 11 | [[name:Balogun]] | 34+0 | air | 20 mL 3hrly | {{PIV}} | [[name:RT]] |

        What went wrong: on the {{ward round}} at 17:00 feeds for cot 9 were stopped for {{bilious
        aspirates}} and an {{AXR}} requested. The handover sheet had been printed at 16:00 and still
        said 15 mL 2hrly. [[name:SK]] restarted feeds at 20:00 and 22:00 using the sheet. At 23:30
        the {{SHO}} asked about the x-ray result and the error was found.

        Outcome: {{AXR}} normal, no harm, feeds held till morning review. Mum ([[name:Rabia]]) told by
        [[name:SK]] and the nurse in charge ([[name:Gráinne]]) overnight.
        Learning: handover sheet to be reprinted after ward round; plan changes verbal at handover.
    """)),
    ("health", "near_miss", prose("""
        Near miss: ten-fold {{morphine}} infusion programmed but not started. On [[date:12 January
        2025]] [[name:Tendai Moyo]], {{staff nurse}}, programmed the {{syringe driver}} for Baby
        [[name:Leo Carmichael]] ([[case_reference:MRN 7731046]]) at 2 mL/h instead of 0.2 mL/h. The
        {{smart pump}} {{drug library}} soft limit alert came up; she overrode it believing the
        concentration had changed, because the {{prescription chart}} had been rewritten after the
        weight update. The {{independent double check}} by [[name:Catriona Baird]] caught the decimal
        before the infusion was started. No morphine was given at the wrong rate. Contributing: the
        {{soft limit}} wording is vague, two different {{standard concentrations}} are stocked, and the
        nurse was on her fourth long day in a row. Actions: {{pharmacist}} [[name:Yusuf]] to review the
        library limits, one standard concentration only from next month, and [[name:Catriona]] asked to
        share the catch at {{safety huddle}} as good practice.
    """)),
    ("health", "success", block("""
        HOT DEBRIEF - collapse on {{transitional care}}, [[date:03/06/24]] 14:20
        Led by: Dr [[name:Bill Henshaw]] ({{consultant}})
        Present: [[name:Femi]], [[name:Ros]], [[name:Dev]], [[name:Maryam]] (student MW), {{the reg}}

        Baby of [[name:Jodie Kent]], day 2, found {{apnoeic}} and {{floppy}} during a {{skin-to-skin}} feed.
        Mum pulled the {{emergency buzzer}}.

        Went well
        - [[name:Ros]] started {{inflation breaths}} within a minute
        - [[name:Dev]] brought the {{resuscitaire}} and {{Neopuff}} from the unit - 2 min
        - Clear roles; [[name:Bill]] called out times, [[name:Femi]] scribed
        - Mum had someone with her the whole time ([[name:Maryam]])
        - Baby pinked up, {{HR}} >100 by 4 min; admitted to {{SCBU}} for obs

        Improve
        - {{oxygen}} on TC bay was off at the wall
        - two people brought the {{sats probe}}, nobody brought the {{blanket}}

        Thanks to everyone. [[name:Maryam]] - first emergency and you were calm.
    """)),
    ("health", "incident", block("""
        Teams - NNU Band 6s - [[date:Fri 21 Feb]]
        [[name:Nadia Iqbal]] 11:02
        has anyone seen the facebook post from [[name:Jordan]]'s mum? photo by cot 14 shows baby
        [[name:Kaur]]'s {{cot card}} in the background, name + DOB [[date_of_birth:30/09/24]] readable
        [[name:Sean O'Driscoll]] 11:05
        just seen it. 340 likes already. she's posted in the {{Bliss}} group too
        [[name:Nadia Iqbal]] 11:06
        I'll speak to her when she comes in. don't want to make her feel awful, she doesn't know
        [[name:Priya Kaur]] 11:09
        is that my namesake's baby lol. seriously tho the {{cot cards}} face out into the room
        [[name:Sean O'Driscoll]] 11:12
        told [[name:Denise]] ({{matron}}). she says {{Datix}} and let {{IG}} know. {{parents}} of baby
        [[name:Kaur]] need telling by us before they see it
        [[name:Nadia Iqbal]] 13:40
        update - mum took it down straight away, very apologetic. [[name:Kaur]] family told by {{nurse in charge}}, were ok about it
        [[name:Nadia Iqbal]] 13:41
        could we turn cot cards to face the {{incubator}}? and a poster about {{photos}} in the {{parents' room}}
    """)),
    ("health", "near_miss", block("""
        NEAR MISS - DISCHARGE SUMMARY
        Ref: [[case_reference:NM/NNU/0442]]
        Name: [[name:Ezra Whitlock-Hayes]] (twin 2)
        DOB: [[date_of_birth:17-Oct-2024]]
        NHS no: [[nhs_number:938-182-5742]]
        GP: Dr [[name:Shah]], [[organisation:Hawthorn Lane Surgery]], [[postcode:S11 7QA]]
        Address: [[address:Rosebank Cottage, Low Moor Road, Dunford Bridge]]

        What nearly happened:
        The {{discharge summary}} for twin 2 was generated from twin 1's record and carried twin 1's
        NHS number ([[nhs_number:1336727373]]) in the header. Everything else was correct. The {{ANNP}}
        ([[name:Marguerite]]) noticed when the {{red book}} didn't match the letter on the
        {{discharge checklist}} and stopped it before it was sent to the surgery or given to parents.

        Why: "copy from sibling" function in the {{EPR}} copies demographics too.
        Actions: {{IT}} ticket raised; twins' letters to be checked against {{name bands}} at the
        {{discharge}} huddle; flagged to the {{neonatal network}} as other units use the same system.
    """)),
    ("health", "success", block("""
        NEONATAL GOVERNANCE & M&M - MINUTES
        [[date:Tuesday 8 April 2025]], 13:00-14:30, seminar room 2, [[organisation:Wrexley Royal Infirmary]]

        Present: Dr [[name:E. Achterberg]] (chair, {{clinical lead}}), [[name:Hannah Ridley]] ({{ward manager}}),
        Dr [[name:Grace Oyelowo]] ({{consultant}}), [[name:Mei Lin Chan]] ({{pharmacist}}),
        [[name:Joanne Pritchard]] ("[[name:Jo]]", {{practice educator}}), [[name:Kev Naylor]] ({{risk}})
        Apologies: Dr [[name:Sato]], [[name:Aoife McGrath]] ({{PEWS}} lead), [[name:Stacey]] ({{Bliss}} rep)

        1. Unplanned extubations
        [[name:Jo]] presented data: 2 in Q4 vs 9 in Q2. Credit to the {{tube-securing}} bundle and the
        "two hands on {{ETT}} for every {{reposition}}" rule. [[name:Kev]] to write a {{learning from
        excellence}} summary for the network.
        2. {{EBM}} administration error ([[case_reference:NNU-2025-0193]]) - closed, actions complete.
        3. {{Caffeine citrate}} stock-outs - [[name:Mei Lin]] has moved it to {{ward stock}}.

        Next meeting [[date:13 May]]. Chair thanked [[name:Jo]]'s team.
    """)),
    ("health", "incident", prose("""
        cot 4 baby [[name:Mensah]] (nhs [[nhs_number:6984255678]]) - {{NG}} was re passed by me at 05:40 after baby pulled it. aspirate
        wouldnt come so i went by the {{measurement}} and the fact baby settled and gave the 6am feed 18ml
        without a {{pH}} or {{x-ray}}. i know thats not the {{policy}}. {{day staff}} ([[name:kerry]]) couldnt
        get aspirate either at 9 and asked for xray - tube was in the {{oesophagus}}, not the stomach.
        baby had a couple of {{desats}} at 07:00 which i put down to {{reflux}}. {{CXR}} ok no
        {{aspiration}}. told {{the reg}} (dr [[name:osei]]) and {{mum}} [[name:akosua]] when she came in at
        10. honestly it was {{nights}}, 3 babies, nobody free to help and the {{pH strips}} on the trolley
        were out of date so i thought whats the point. not an excuse. have restocked strips and put
        in the folder. [[name:A.T.]]
    """)),
    ("health", "near_miss", block("""
        From: [[name:Oluwaseun Adeyinka]] <[[email:oluwaseun.adeyinka@nhs.net]]>
        To: [[name:Lucy Farrand]] <[[email:lucy.farrand@nhs.net]]>
        Date: [[date:Sun 26/01/2025]] 03:51
        Subject: transfer nearly went to the wrong hospital

        Hi [[name:Lucy]],

        Writing this up before I forget. For Baby [[name:Okeke]] ([[case_reference:NN-26011]]) the
        {{cot bureau}} confirmed a {{level 3}} cot at "[[organisation:St Mary's]]". Transport were about to be tasked to
        [[organisation:St Mary's Hospital, Thornbury]] when [[name:Wiktoria]] rang to check and it was
        actually [[organisation:St Mary's Hospital, Kirkstall]] - different {{network}}, 40 miles away.
        {{Transport}} hadn't left base so no delay to the baby.

        The bureau line is [[phone:0161 496 0528]] and the {{receiving unit}}'s direct line is
        [[phone:0113 496 0871]]. I think we should always ring the receiving unit directly before
        {{tasking}}, and the {{bureau form}} should show the full site name.

        [[name:Seun]]

        [[name:Oluwaseun Adeyinka]]
        {{Registrar}} in Neonatal Medicine | {{bleep}} 2217
    """)),
    ("health", "success", prose("""
        Learning from excellence - {{family integrated care}}. [[name:Ebony Clarke]], mum of
        [[name:Reggie]] (born {{27+2}}, now 35 weeks corrected), has been doing all his {{cares}},
        {{tube feeds}} and {{temperature}} checks since week three, and now presents him on the
        {{ward round}} herself. This was possible because [[name:Mai Nguyen]], his {{named nurse}},
        built a step-by-step competency booklet with her and signed each skill off properly rather
        than ticking the {{FICare}} sheet. When [[name:Reggie]] had a {{brady}} during a feed last
        Thursday [[name:Ebony]] stopped the feed, gave {{stimulation}} and called for help before the
        monitor alarm went - exactly as [[name:Mai]] had taught her. [[name:Ebony]] is [[age:19]] and
        told us she felt "judged" on another unit. She is now helping [[name:Mai]] with the new
        {{parent education}} sessions on Wednesday afternoons. Nominated for the {{Trust}} {{WOW}} award.
    """)),
    ("health", "incident", block("""
        Chronology - neonatal {{hypoglycaemia}} on {{TC}} - Baby of [[name:Chloe Bradshaw]]
        Hosp no: [[case_reference:RX4 882 170]]   NHS: [[nhs_number:3156886467]]   Mum [[age:19]], first baby

        [[date:10/03/2025]]
        21:40  Born 37+1, 2.31 kg, {{SGA}}, on {{hypoglycaemia pathway}}
        22:30  First feed {{breast}}, attached briefly
        00:55  {{BM}} 2.4 - {{colostrum}} 0.5 mL given, plan next feed 3 hourly
        03:50  Feed not given: mum asleep, midwife ([[name:Jas]]) with labouring woman in room 6
        05:10  Baby {{jittery}}, BM 1.4. Called {{the reg}}
        05:25  {{Dextrose gel}}, {{formula}} top-up with mum's consent, admitted to NNU 06:00
        06:10  {{IV}} 10% {{dextrose}}, BM 3.1 at 06:45

        Why: 3 babies on the pathway across TC with 1 midwife overnight; no alarm or timer for
        feed due times; mum not told to wake staff if she slept past feed time.
        [[name:Chloe]] and partner [[name:Ryan]] told by [[name:Jas]] and Dr [[name:Petrova]]; they
        asked why nobody woke them. Fair question.
    """)),
    ("health", "near_miss", block("""
        Handover - long days to nights - [[date:Thurs 5 Dec]]
        - cot 2 [[name:Khan]] twins ({{8 wk}} {{imms}} due today). [[name:Zee]] drew up both
          vaccines at the same time on the same tray, labels on the trays not the syringes
        - [[name:Benji]] noticed twin A's syringe in twin B's tray while checking with her. Nothing
          given. Both redrawn and labelled, given 16:00, {{red books}} done
        - otherwise cot 2 fine, twin A still on {{low flow}} 0.1L, twin B in air
        - cot 5 [[name:Jaxon]] - {{phototherapy}} off 14:00, rebound {{SBR}} due 20:00
        - cot 6 baby [[name:Abdi]], {{CPAP}} PEEP 6, {{caffeine}} due 22:00, mum [[name:Hodan]] staying in room 3
        - [[name:Bex]] (HCA) off sick, we're 1 down. [[name:Mags]] in charge tonight
        Learning for huddle: one baby, one tray, {{drawn up at the cotside}}.
    """)),
    # ------------------------------------------------------------------ aviation
    ("aviation", "incident", block("""
        STAFF SEARCH AREA - PROHIBITED ARTICLE REPORT
        Ref: [[case_reference:SSA-0925-118]]
        Date/time: [[date:09/09/2025]] 04:12     Location: {{SSA}} {{North}}, lane 2
        Name: [[name:Reece Holdsworth]]
        DOB: [[date_of_birth:22/07/1996]]
        Employer: [[organisation:SkyServe Catering Ltd]]
        ID pass no: [[case_reference:HBX 448120]]     Expiry: [[date:31/03/2026]]
        Vehicle: [[vehicle_registration:KP17 ZRV]] (parked {{staff car park}} B)

        Details: {{X-ray}} image of rucksack showed a bladed item. {{Hand search}} by [[name:Gurpreet]]
        found a 9 cm {{lock knife}} in the side pocket. Pass holder said it was for opening boxes on
        the {{catering trucks}} and he "forgot it was in there". Item is a {{prohibited article}} for
        staff going {{airside}}. Knife retained, {{pass}} held, {{Airport Police}} attended at 04:40,
        words of advice only. [[name:Reece]]'s manager ([[name:Lorraine Bates]], [[phone:07700 900447]])
        informed. {{ID Centre}} notified for {{pass review}}.
        Screeners: [[name:Gurpreet Sandhu]] ({{STSO}}), [[name:N.W.]] ({{X-ray}})
        Supervisor: [[name:Callum Reid]]
    """)),
    ("aviation", "near_miss", prose("""
        lane 4 {{roller}} jammed again abt 0615 and a tray came out the {{X-ray}} tunnel the wrong side
        - not scanned. {{pax}} - older gent going to [[flight_number:FR 8322]] -
        picked up his bag from it before [[name:dom]] could stop him. [[name:dom]] went after him at the {{re-comp}}
        tables and brought it back, rescanned, clear. total maybe 40 secs out of our control. {{TSO}}
        on {{image}} ([[name:sammi]]) didnt see it cos the screen froze same time. reported to {{engineering}}
        job no [[case_reference:ENG-77419]]. this lane has jammed 3 times this week. pls can we close it
        till fixed - [[name:KB]] {{supervisor}} {{Terminal 1}} {{central search}}
    """)),
    ("aviation", "success", prose("""
        Shout-out to [[name:Gökhan Yıldız]] on lane 7 yesterday afternoon. Busy {{half-term}} wave, queue
        back to the {{LAGs}} boards, and he still took the time to stop the belt on a {{changing bag}}
        that "looked a bit off" on the {{image}}. {{Bag search}} by [[name:Kerry-Ann]] found a {{ceramic
        knife}} in the lining - would not show like a metal blade. Passenger was travelling on
        [[flight_number:EZY2143]] to {{Alicante}} with two toddlers, said it was her nan's and she'd
        never used the bag before. {{Police}} not needed, item surrendered, she made her flight. Really
        good {{image interpretation}} under pressure, and [[name:Kerry-Ann]] handled a stressed mum with
        kids brilliantly. Both going forward for the {{quarterly recognition}}. Thanks also to
        [[name:Bill]] for jumping on to cover the {{divest}} so the lane didn't stop. - [[name:Priti]],
        {{Security Duty Manager}}
    """)),
    ("aviation", "incident", block("""
        CHRONOLOGY - {{archway}} alarm not resolved - [[organisation:Harbridge Airport]] {{Central Search}}
        [[date:Sun 20 July 2025]]
        05:52  Pax walks through {{WTMD}} lane 3, alarms. {{STSO}} [[name:AJ]] distracted by a {{divest}} query.
        05:52  Pax collects tray and walks into the {{departure lounge}} without a {{hand search}}.
        05:58  [[name:Efua]] on lane 3 reconcile notices alarm not cleared on the counter.
        06:00  {{CCTV}} review requested. Control ([[name:Marek]]) identifies pax heading to gate 12.
        06:21  Pax located at gate 12, boarding [[flight_number:TOM1723]] to {{Dalaman}}, aircraft [[aircraft_registration:G-TAWN]].
        06:24  Pax escorted back, searched in private room: belt buckle, nothing found.
        06:30  Airline told; {{hold baggage}} reconciliation checked. Boarding paused.
        06:55  [[flight_number:TOM1723]] released; departed 07:41 (41 min late).

        Factors: one {{STSO}} covering two lanes during breaks; {{WTMD}} alarm light faces away from
        the {{re-comp}} side; new starter on lane 3.
        [[name:AJ]] was open about what happened from the start. Reported to the {{CAA}} as required.
    """)),
    ("aviation", "near_miss", block("""
        WhatsApp - {{VCP}} lads - [[date:03/02/25]]
        [[name:big al]]: who left the {{barrier}} up at {{VCP}} 2 last night
        [[name:dev]]: wasnt me i was on {{SSA}}
        [[name:big al]]: it was up when i came on at 2200. van sat there with engine running, driver was just waiting for someone to come out
        [[name:big al]]: [[vehicle_registration:LR21 HXD]] white transit, [[organisation:Apex Airside Cleaning]] on the side
        [[name:Tash]]: that was me 😳 the {{barrier}} motor stuck at 2140 and i went to the hut to ring {{engineering}}
        [[name:Tash]]: thought i'd be 2 mins. was more like 20
        [[name:dev]]: did he go through?
        [[name:big al]]: no he waited. searched him + van as normal, {{pass}} valid, all good
        [[name:big al]]: but anyone could have driven {{airside}} [[name:tash]]
        [[name:Tash]]: i know. logging it now. should have radioed control not walked off
        [[name:dev]]: in fairness theres no {{radio}} in the hut since the new one went missing
    """)),
    ("aviation", "success", block("""
        From: [[name:Ines Carvalho]] <[[email:ines.carvalho@skylinkhandling.co.uk]]>
        To: [[email:securityduty@harbridgeairport.co.uk]]
        Date: [[date:11 August 2025]]
        Subject: Thank you - {{passenger}} on [[flight_number:LS835]]

        Good afternoon,

        I wanted to pass on thanks from the [[name:Oduya]] family, who flew to {{Palma}} on
        [[flight_number:LS835]] on Saturday. Their son [[name:Tobi]] ([[age:12]]), who is {{autistic}} and
        was wearing a {{sunflower lanyard}}, became very distressed at the {{security scanner}}. Your
        officer [[name:Joy]] moved the family to the {{assistance lane}}, let [[name:Tobi]] watch his
        {{dad}} go through first, and offered a {{hand search}} instead of the scanner. Mrs [[name:Oduya]]
        said it was the first time an airport had "asked him rather than told him".

        If possible please pass this on to [[name:Joy]] and her {{team leader}}.

        Kind regards
        [[name:Ines]]

        [[name:Ines Carvalho]]
        {{Station Manager}}, [[organisation:SkyLink Handling Harbridge]]
        M: [[phone:+44 7700 900 618]]
    """)),
    ("aviation", "incident", block("""
        RT / {{ops log}} extract - [[date:14/11/2024]] - unscreened person airside via {{SSA}} South
        19:42:10  SEC CONTROL: Ops, Sec Control, {{tailgate}} alarm {{SSA}} South door 3, one person through unscreened, hi-vis, heading to {{stands}} 20-24
        19:42:30  OPS: Copy. Ground, Ops, request hold on pushbacks stands 20 to 24
        19:42:45  GROUND: [[flight_number:Channex 15HB]], hold position on stand 22, {{security}}
        19:42:50  [[flight_number:Channex 15HB]]: Holding, stand 22, [[flight_number:Channex 15HB]]
        19:43:05  GROUND: [[flight_number:Easy 47KP]], {{standby}} for push, expect delay
        19:43:10  [[flight_number:Easy 47KP]]: Standby, [[flight_number:Easy 47KP]]
        19:48:00  SEC CONTROL: Person located {{stand}} 23, {{ramp agent}} [[name:Jordan Pike]], valid pass, no {{screening}}. Escorted back to SSA.
        19:55:20  SEC CONTROL: {{Search}} of stand 22 aircraft [[aircraft_registration:G-JZHK]] and stand 23 [[aircraft_registration:G-EZUW]] complete, nothing found
        19:56:00  GROUND: [[flight_number:Channex 15HB]], {{push}} approved

        Note ([[name:M. Achebe]], Duty Ops): staff member said door was already open and he thought the
        {{SSA}} queue was "just for the day shift". Door closer faulty since Friday.
    """)),
    ("aviation", "near_miss", block("""
        Lane / post allocation - {{Terminal}} [[date:Tues 18/03]] - {{earlies}}
        Time\tLane 1\tLane 2\tLane 3\t{{SSA}} North\t{{SSA}} South
        0400-0600\t[[name:GS]]\t[[name:NW]]\tclosed\t[[name:KP]]\t[[name:RO'B]]
        0600-0800\t[[name:GS]]\t[[name:AJ]]\t[[name:MM]]\t[[name:KP]]\t-
        0800-1000\t[[name:TA]]\t[[name:AJ]]\t[[name:MM]]\t[[name:DG]]\t[[name:RO'B]]

        Near miss: the 0600-0800 slot for {{SSA}} South was left blank when the rota was copied from
        last week. [[name:RO'B]] ([[name:Rory O'Brien]]) went on {{break}} at 06:00 as shown. The door was
        {{locked}} but 6 staff were queueing in the {{corridor}} by 06:10, and one ({{cleaning}}
        contractor) asked if she could "just go through the {{crew}} channel". [[name:KP]] spotted it on
        the {{CCTV}} wall and moved [[name:DG]] across at 06:14. Nobody went airside unscreened.
        Fix: rota template has blank cells highlighted red; {{SDM}} to sign off allocations.
    """)),
    ("aviation", "success", prose("""
        Debrief - suspect item, {{Staff Search Area}} North, [[date:2nd May 2025]]. At 14:05 {{X-ray}}
        operator [[name:Nasra Hirsi]] saw an {{IED}}-like image in a {{holdall}} belonging to a {{fuel
        farm}} contractor: wires, a battery pack and a dense block. She stopped the belt, called it
        without touching the bag, and [[name:Wayne]] ({{STSO}}) moved the three staff in the queue out
        of the search area and closed the doors. {{Police}} arrived at 14:11; the {{cordon}} was in
        place by 14:15. The {{EOD}} team were stood down after a police officer viewed the image and the
        owner, Mr [[name:Lucas Ferreira]], explained it was a {{soldering kit}} and a {{power bank}} for his work
        van. Area reopened 14:52. What went well: textbook {{alarm resolution}} - nobody touched the bag,
        good {{radio discipline}}, and staff were redirected to {{SSA}} South within 10 minutes so
        {{airside}} shifts were not late. [[name:Nasra]] only qualified in March.
    """)),
    ("aviation", "incident", prose("""
        Complaint investigation summary, ref [[case_reference:CMP-25-00612]]. On [[date:7 April 2025]]
        Ms [[name:Sadia Begum-Hussain]] (booking [[case_reference:QZ7K4P]], flight [[flight_number:W6 4417]]
        to {{Budapest}}) alarmed on the {{security scanner}} in the head area. The officer, identified from
        the lane log as [[name:T. McGuigan]], asked her to remove her {{hijab}} at the {{search point}} in
        view of the queue. Ms [[name:Begum-Hussain]] refused and asked for a female officer and a
        {{private search room}}; this was provided after about 12 minutes. The {{alarm}} was resolved by a
        {{hand search}} over the headscarf and she made her flight. Our procedure says a private room
        and a same-gender officer must be offered before any head covering is removed, and the officer
        had not done the {{religious and cultural awareness}} module since joining from another airport.
        Ms [[name:Begum-Hussain]] has received a written apology and a call from the {{Head of Security}}
        on [[phone:07700 900955]]; reply also sent to [[email:sadia.bh@outlook.com]]. [[name:T. McGuigan]]
        has completed the module and been supportive throughout. Not reportable to the {{CAA}}.
    """)),
    ("aviation", "near_miss", block("""
        Handover - {{lates}} to {{nights}}, {{Central Search}}, [[date:Fri 24 Oct]]
        - {{ETD}} unit 2 alarming on nearly everything since 18:00, {{engineering}} say decon tomorrow.
          Use unit 1 only
        - NEAR MISS lane 5: [[name:Hamza]] ({{trainee}}, week 2) got an {{ETD}} alarm on a laptop at 19:30 and
          told the pax "it'll be your hand cream" and started to give it back. [[name:Liz]] stopped it.
          Full {{alarm resolution}} done, repeat swab clear. [[name:Hamza]] was mortified, talked it through with him -
          he'd seen unit 2 false alarming all shift and assumed. Needs a {{buddy}} on ETD till signed off
        - {{LAGs}} bins full lanes 2 and 4
        - {{TIP}} reports for lane 6 not downloaded, pls do before 0200
        - Found: child's {{inhaler}} lane 3, in the {{lost property}} drawer
        [[name:Liz Okonjo-Banks]] ({{team leader}})
    """)),
    ("aviation", "success", block("""
        QUARTERLY SCREENING PERFORMANCE REVIEW - NOTES
        [[date:15/07/2025]], training room, [[organisation:Harbridge Airport]] {{Security}}
        Attendees: [[name:Priti Chauhan]] ({{SDM}}, chair), [[name:Callum Reid]], [[name:Liz Okonjo-Banks]],
        [[name:Faith Adjei]] ({{trainer}}), [[name:Piotr Nowicki]] ({{compliance}})
        Apologies: [[name:Aroha Ngata]], [[name:Gaz]] (nights)

        1. {{TIP}} detection - terminal average up to 91% (from 84%). Top scorers on {{hold}} and
           {{cabin}} images: [[name:Nasra Hirsi]] 98%, [[name:Gökhan Yıldız]] 97%, [[name:Efua]] 96%.
        2. {{Covert tests}} by the {{DfT}}: 3 of 3 passed this quarter, including one at {{SSA}} North.
           [[name:Faith]] credited the new {{alarm resolution}} refresher.
        3. Recognition: [[name:Gökhan]] and [[name:Kerry-Ann Walsh]] - ceramic knife find.
           [[name:Nasra]] - suspect item, {{SSA}} North. Vouchers to be sent by [[name:Piotr]].
        4. {{Queue times}}: 95% under 10 min despite {{summer peak}}.

        AOB: [[name:Callum]] asked for {{TIP}} scores to stay anonymous on the board - agreed.
        Next review [[date:14 October]].
    """)),
    ("aviation", "incident", block("""
        Teams - Security Team Leaders - [[date:Mon 1 Sept]]
        [[name:Callum Reid]] 08:14
        morning. someone has put a {{CCTV}} still of the lad who kicked off at lane 2 on Sat night on
        the "[[organisation:Harbridge Plane Spotters]]" facebook page. it's from our {{camera}} 14, you can see the
        timestamp and his face + {{boarding pass}}
        [[name:Liz Okonjo-Banks]] 08:17
        oh no. how has that got out
        [[name:Callum Reid]] 08:20
        [[name:gaz]] took a photo of the {{monitor}} on his own phone to send to [[name:stevo]] for the
        {{incident report}} bc the {{export}} wasn't working. [[name:stevo]] shared it in the 5-a-side group as a
        joke and someone from there posted it
        [[name:Priti Chauhan]] 08:31
        ok. not a witch hunt pls. I've asked the {{page admin}} to take it down, told the {{DPO}}, and
        this is a {{data breach}} so it goes on the log today. [[name:Callum]] can you speak to
        [[name:Gary]] and [[name:Steve]] separately. nobody to message the {{passenger}}
        [[name:Callum Reid]] 08:33
        will do. also the {{export}} has been broken 3 weeks - ticket [[case_reference:INC0098214]]
    """)),
    ("aviation", "near_miss", block("""
        VEHICLE CHECKPOINT - NEAR MISS FORM
        Ref: [[case_reference:VCP-NM-2025-031]]
        Checkpoint: {{VCP}} 1 ({{airside}} road)     Date: [[date:30.06.2025]] 10:20
        Driver: [[name:Darren Mulholland]]
        Company: [[organisation:Northline Electrical Services]]
        ID pass: [[case_reference:HBX 301775]]     Escort: [[name:Ahmed Farouk]] ({{airfield ops}})
        Vehicle reg: [[vehicle_registration:YB22 KLN]]

        What nearly happened: {{search officer}} ([[name:M.P.]]) was checking the cab and the {{tool
        list}} when the barrier was raised by the second officer, who thought the {{vehicle search}} was
        finished. The load area had not been opened. [[name:M.P.]] called "stop" and the van stopped
        past the barrier. Rear search found a {{gas cylinder}} and {{angle grinder}} not on the tool
        list. Driver said they were for the job on the {{fuel farm}} fence. {{Permit}} checked with
        airfield ops - legitimate but undeclared. Tool list updated, van allowed through 10:55.
        Learning: one officer controls the barrier; "search complete" said out loud.
    """)),
    ("aviation", "success", prose("""
        Thank you note - passed on by {{Customer Services}}. Last [[date:Tuesday 22nd]]
        an elderly passenger, Mr [[name:Bernard Ashworth]] ([[age:84]]), who has {{dementia}}, got
        separated from his daughter after the {{scanner}} and ended up in the corridor outside the
        {{Staff Search Area}} trying the {{crew door}}. Officer [[name:Sunny Bhatti]] noticed he was
        wearing a {{sunflower lanyard}}, sat him down, got him a tea and rang the {{Assistance}} desk.
        His daughter, [[name:Carol]], had been told to wait at the {{reconcile}} tables and was frantic.
        They were back together within fifteen minutes and made their flight, [[flight_number:BA1437]]
        to {{Belfast}}. [[name:Carol]] wrote: "[[name:Sunny]] treated Dad like a person, not a problem.
        He still talks about 'the nice lad with the tea'." Great example of the {{hidden disabilities}}
        training in practice - well done [[name:Sunny]].
    """)),
    ("aviation", "success", block("""
        TECH LOG - [[aircraft_registration:G-EZTK]]   Page [[case_reference:TL 0044172]]
        Date: [[date:27/06/25]]   Stn: HBX   Flt: [[flight_number:EZY6413]]   Type: {{A320}}

        Entry 1 (security):
        Pre-departure {{aircraft security search}} ({{first wave}}) found a {{multitool}} with 6 cm blade
        in {{seat pocket}} 14F. Item not from this sector - a/c {{night-stopped}} after inbound
        [[flight_number:EZY6412]]. Item removed by {{search team}} ([[name:R. Kowalski]], [[name:T. Ndlovu]])
        and handed to {{Airport Police}}, occurrence [[case_reference:HBX/POL/25/1188]].
        Cabin re-searched rows 10-18, {{nil further}}.

        Action: No {{technical defect}}. Entry raised for record and {{MOR}} consideration.
        Cert: [[name:P. Lindgren]]   Auth [[case_reference:EZ-B1-2291]]
        Captain informed: Capt [[name:Hollis]]; {{FO}} briefed crew.
        Note from {{SDM}}: good spot - the inbound cabin search had missed it.
    """)),
]

if __name__ == "__main__":
    write_records(OUT, build_records("blind194", REPORTS))
