"""Held-out blind corpus 127: just-culture incident, near-miss and learning reports.

Fifty reports written blind (without sight of the system under test or any other corpus) from
three UK settings: residential children's homes run by a private provider and by councils;
district nursing, care homes and hospital discharge; and a cargo airline with its freight
handling agent. The style mixes what staff actually type: rushed lower-case notes with typos,
careful narratives, chronologies and timelines, e-mails with signatures, Teams/WhatsApp-style
chat, incident forms with field labels, handover sheets, tech-log extracts, debrief notes and
praise or shout-outs. Identifiers are marked `[[label:value]]` and must-not-redact mentions
`{{term}}` (see markup.py); every name, place, number and reference is invented.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from markup import block, build_records, write_records  # noqa: E402
from markup import flow as prose  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "corpus" / "heldout_blind127.jsonl"

REPORTS = [
    # ------------------------------------------------------------------ social care
    ("social_care", "incident", prose("""
        sun [[date:17/03]] missing ep - [[name:kayden]] ([[age:14]]) left the home approx 21.40 after
        a row about handing his phone in at {{bedtime}}. staff followed at a distance as per his
        {{risk assessment}} but lost sight of him by the {{retail park}}. rang {{police}} 22.10 as per
        {{Philomena Protocol}}, log [[case_reference:WYP-1322-170324]]. {{on call manager}}
        [[name:Shaz]] informed. he came back on his own at 00.50 dropped off by a lad we dont know in
        a silver corsa, smelt of weed, wouldnt say where hed been. {{return home interview}}
        requested via [[organisation:Calder Valley Missing Team]]. phone agreement needs revisiting
        its clearly the trigger every time. [[name:dh]]
    """)),
    ("social_care", "success", block("""
        [[name:Marcia]] 08:12: Morning all. Massive shout out to [[name:Tomasz]] on nights 👏 [[name:Bee]] came back from {{contact}} with {{dad}} really unsettled and was threatening to go out the window again. He sat with her on the {{landing}} till gone 2, no {{restraint}}, no {{PRN}}, just talked and did the hot chocolate thing. She slept through and went to school this morning.
        [[name:Tomasz]] 08:19: thanks [[name:Marcia]] honestly she did most of the work
        [[name:Kelly-Ann]] 08:21: well done [[name:T]]. shes been asking for u already lol
        [[name:Marcia]] 08:25: Putting it in her {{daily log}} and will raise at {{team meeting}} Thurs so we can write the hot choc bit into her {{care plan}}
    """)),
    ("social_care", "near_miss", block("""
        Home: [[organisation:Ferncliffe House]], [[organisation:Northmoor Council]] Children's Residential Service
        Date of event: [[date:04/02/2024]]   Time: 20:05
        Young person: [[name:J.M.]]   LCS ref: [[case_reference:LCS-1184476]]
        Reported by: [[name:Aisha Rahman]] ({{Residential Support Worker}})
        Category: Medication - near miss (no harm)
        What happened: At {{handover}} I found the evening {{melatonin}} already popped out of the blister and sitting in a pot on top of the {{medication cabinet}}. Day staff thought nights would give it, nights thought it had been given. It had not been given to [[name:J.M.]] and was not signed on the {{MAR}}.
        Immediate action: Dose disposed of and recorded in the returns book, {{on call}} informed, advice from [[organisation:Ridgeway Pharmacy]] - fine to give the correct dose at 20:30.
        Learning: Meds are popped at the point of giving only, with a second signature there and then.
    """)),
    ("social_care", "incident", prose("""
        On the evening of [[date:Saturday 9 March]] [[name:Reuben]] ([[age:15]]) became very
        dysregulated after his {{home leave}} to his {{nan}}'s was cancelled at short notice by the
        {{EDT}}. He threw a chair at the office window and then went for another young person.
        [[name:Gavin Doherty]] and [[name:Precious Moyo]] used a two-person {{Team Teach}} hold in the
        hallway for approx 3 minutes. During the hold [[name:Reuben]] got a carpet burn to his cheek
        and afterwards said [[name:Gavin]] had "kneed him in the back". Body map completed, first aid
        given, {{mum}} phoned by the {{Registered Manager}} [[name:Lorraine Hesketh]]. Allegation
        passed to the {{LADO}} at [[organisation:Kirkwood Borough Council]] the same night and a
        {{Regulation 40}} notification sent to {{Ofsted}}. [[name:Gavin]] has been moved to another
        home within [[organisation:Hartwell Childcare]] pending outcome. Learning so far:
        cancellations of family time need to be told to the young person by someone he trusts, with
        a plan, not read out of an email at teatime. In the debrief [[name:Precious]] said the hold
        went on longer than it needed to because nobody was clearly leading it, so the whole team is
        booked on a refresher with a focus on who leads and who talks. [[name:Reuben]] has since told
        his {{advocate}} he wants to say sorry to the other young person, and that is being arranged.
    """)),
    ("social_care", "success", prose("""
        Good catch - [[name:Summer]] ([[age:13]]) has been getting picked up at the end of the road
        two or three nights a week. On [[date:Tuesday 12th]] [[name:Nkechi]] on lates clocked the same
        car again, a black {{Audi A3}}, and wrote down the reg ([[vehicle_registration:YK19 XRT]]) and
        a description of the driver, older lad, maybe 20s. She didnt challenge, just logged it and
        rang {{police}} on 101, ref [[case_reference:13240312-0871]]. Passed to [[name:Summer]]'s
        {{social worker}} [[name:Ellie Ward]] who put in a {{MASH}} referral next morning. Police have
        since linked that car to two other girls from homes in the area and there is a
        {{strategy meeting}} next week. Exactly what our {{CSE}} training tells us to do, well done
        [[name:Nkechi]].
    """)),
    ("social_care", "near_miss", block("""
        [09:58] [[name:Priya Nair]]: Hi [[name:Dean]], quick one - [[name:Lewis]] is down on your board for {{supervised contact}} with dad at the {{family centre}} tomorrow 4pm?
        [10:01] [[name:Dean Kowalczyk]]: yes thats what came through on the {{contact schedule}}
        [10:03] [[name:Priya Nair]]: That session was stopped at the last {{LAC review}}, dad is not to have any contact until after the {{PLO}} meeting. The schedule wasnt updated my end, really sorry
        [10:04] [[name:Dean Kowalczyk]]: no worries glad you checked. ill cancel transport and let [[name:Lewis]] know in a way that doesnt make him think its his fault
        [10:06] [[name:Priya Nair]]: Thanks. Ill update {{Mosaic}} [[case_reference:552918]] and email the {{IRO}}
    """)),
    ("social_care", "incident", block("""
        Chronology - assault on staff, [[organisation:Oakhurst]] ({{solo placement}})
        [[date:22/01/24]]
        15:40 [[name:Tyler]] returned from [[organisation:Brookvale Pupil Referral Unit]] in taxi, already escalated, kicking taxi door.
        15:45 Refused to come in, swearing at {{taxi escort}}. [[name:Jay]] ({{shift lead}}) went out to him.
        15:52 Came inside, went to kitchen, took mug, threw it at [[name:Jay]] - hit him on forearm.
        15:55 Staff withdrew to {{office}}, [[name:Tyler]] damaged TV and door frame.
        16:20 Calmed, asked for food. Offered and took.
        16:45 [[name:Jay]] checked by {{111}}, bruising only, no fracture.
        17:30 {{Police}} informed for log only at [[name:Jay]]'s choice. Incident no [[case_reference:NYP-240122-0489]].
        19:00 {{Restorative}} chat, [[name:Tyler]] apologised.
        Notes: school reported a difficult day incl {{exclusion}} threat but this was not passed on before pickup. Ask PRU to ring the home before the taxi leaves on bad days.
    """)),
    ("social_care", "success", block("""
        From: [[email:k.osei@moorsideacademy.org.uk]]
        To: [[email:manager.larchwood@brightpathcare.co.uk]]
        Subject: [[name:Hope]] - attendance

        Hi [[name:Anita]],

        Just wanted to let you and the team know that [[name:Hope]] has hit 96% attendance this half term, up from 41% when she moved to you in {{September}}. She's been in every {{PE}} lesson and went on the {{Year 9}} trip, which would have been unthinkable last year. Her {{PEP}} targets are basically all met so we'll need new ones at the next meeting.

        Whatever you're doing with the morning routine, please keep doing it.

        Kind regards
        [[name:Kofi Osei]]
        {{Designated Teacher}} for {{Looked After Children}}
        [[organisation:Moorside Academy]]
        [[phone:0113 496 0418]] | mob [[phone:07700 900612]]
    """)),
    ("social_care", "near_miss", block("""
        HANDOVER - lates to nights  [[date:Fri 8/3]]
        Staff on: [[name:Gemma]], [[name:Olu]], [[name:Bartek]] (agency)
        [[name:KM]] - good eve, FIFA with [[name:Olu]], in bed 22:15. {{Meds}} given + signed.
        [[name:RT]] - quiet, didnt eat tea. keep an eye, mood low since {{review}}.
        [[name:AJ]] - **NEAR MISS** found a lighter + half a {{vape}} in his hoodie pocket when doing laundry. not found in room search earlier. he has {{fire setting}} history (see {{risk assessment}}). lighter in office safe, {{on call}} ([[name:Sandeep]]) aware, talked with [[name:AJ]] who says a mate gave it him at school.
        Actions for days: tell {{SW}}, update {{behaviour support plan}}, pocket check on return from school to be added.
        Fire alarm test due Mon.
    """)),
    ("social_care", "incident", prose("""
        ligature incident approx 02:30 [[date:3rd april]]. nightwaking staff [[name:chantelle]] heard
        noises from [[name:Rhiannon]]'s room (yp [[age:16]]), found her with a ligature made from a
        hoodie cord. removed using {{ligature cutter}} from the {{grab bag}}, she was consious and
        talking, red mark to neck. {{999}} called, {{paramedics}} took her to
        [[organisation:St Cuthberts Hospital]] A&E with staff, seen by {{CAMHS}} liaison in the
        morning and discharged back. room search done nothing else found. {{observations}} increased
        to 15 mins. previous 2 weeks room checks werent always being done on time on nights, this
        needs looking at. {{safeguarding}} alert to LA done.
    """)),
    ("social_care", "success", block("""
        Post-incident debrief - [[organisation:Larchwood]]
        Date: [[date:14.02.24]]
        Present: [[name:Anita Sharma]] ({{RM}}), [[name:Fraser McLeod]], [[name:Grace Adebayo]], [[name:Mo]]
        What went well:
        - [[name:Grace]] noticed [[name:Kyle]] pacing and picking at his sleeves before tea and offered a walk to the park before anything kicked off
        - Staff used his {{sensory box}} and the {{traffic light}} cards from his {{PBS plan}}
        - No {{physical intervention}} needed, first time in 6 weeks
        - [[name:Fraser]] kept the other two young people busy in the {{games room}} so there was no audience
        What could be better:
        - We only knew his {{contact}} had been cancelled because [[name:Kyle]] told us. Ask the {{SW}} team to phone the home not just email.
    """)),
    ("social_care", "incident", block("""
        INCIDENT REPORT - INFORMATION GOVERNANCE
        Service: [[organisation:Eastbridge Council]] Residential Children's Services
        Reported by: [[name:Joanne Pritchard]], {{Deputy Manager}}
        Date of incident: [[date:28 February 2024]]
        Description: The monthly placement update for [[name:Ollie]] ({{Mosaic}} ID [[case_reference:2290417]]) was emailed to the whole contact list instead of professionals only. This included {{birth mum}} ([[email:sazzy.b1987@hotmail.co.uk]]). The update contained the home address, [[address:27 Tansy Road]], [[postcode:BD7 2NP]], which mum is not supposed to know because of the {{child arrangements order}}.
        Action: Recall attempted (failed). Mum phoned by {{social worker}} and asked to delete; she said she had. {{DPO}} informed within 1 hour, logged on {{Datix}} as [[case_reference:IG-0312]]. {{Risk assessment}} on the address reviewed with police; no move needed for now.
        Learning: separate distribution list for family; {{Outlook}} autocomplete turned off on the shared mailbox.
    """)),
    ("social_care", "near_miss", block("""
        Subject: near miss - school taxi [[date:Mon 15th]]

        Hi all,

        Flagging a near miss from this morning. The usual driver for [[name:Maja]]'s school run ([[organisation:Citywide Cars]]) was off and a different car turned up, reg [[vehicle_registration:LR68 HKW]], with no {{escort}} and no {{ID badge}}. He said the office had sent him. [[name:Maja]] ([[age:11]]) was halfway down the drive before [[name:Siobhan]] asked to see his {{badge}} and he couldnt show one. We kept her in, I rang the firm and they confirmed he was a new driver not yet through {{DBS}} and should never have been sent. [[name:Siobhan]] drove her in herself, she was late for {{registration}} but fine.

        I have logged this with {{Passenger Transport}} and asked that we get a text with the driver name and reg the night before.

        Thanks
        [[name:Bronwen]]
        {{Home Manager}}, [[organisation:Tegfan House]]
    """)),
    ("social_care", "success", prose("""
        shout out to [[name:Will]] ({{RSW}}) on lates who noticed [[name:Sky]] had gone quiet after a
        phonecall and just sat with her on the {{trampoline}} for an hour. she opened up about whats
        going on at {{college}} and agreed to let us tell her {{PA}} from {{leaving care}}. sometimes
        its just being there!!
    """)),
    ("social_care", "incident", block("""
        Timeline - [[name:Demi-Leigh]] missing [[date:6-7 Jan]]
        18:30 left for {{gym}} with agreement, due back 20:30
        20:45 not back, phone off. Checked usual places.
        21:15 reported missing to {{police}}, ref [[case_reference:MPS-0601-7713]]. {{Grading}}: medium.
        21:20 {{EDT}} and {{on call}} manager informed
        23:50 friend messaged staff to say she was at a flat on [[address:Marlowe Court]], [[postcode:SE15 4TW]]
        00:10 passed to police
        01:40 found by police with a [[age:24]] yr old male, returned to home by police
        02:00 {{return interview}} offer declined, said she was "fine". {{body map}} no marks.
        Follow up: {{CSE}} screening tool updated to high, strategy discussion booked, address shared with [[organisation:Southwark MASH]].
    """)),
    ("social_care", "near_miss", block("""
        Near miss form
        Home: [[organisation:Brackenfield]] ([[organisation:Keystone Children's Services]])
        Date: [[date:19/03/2024]]
        What nearly happened: Agency worker arrived for a {{waking night}} sent by [[organisation:StaffPoint Recruitment]]. Name on the booking was [[name:Marius Popescu]], NI [[ni_number:SK 29 83 10 D]]. When [[name:Harpreet]] checked his ID at the door against the {{agency profile}} the photo did not match and the NI number on his payslip was different. He said he was covering for his cousin. Not allowed in. Shift covered by {{on call}}.
        Why it matters: unknown adult with no {{DBS}} would have been alone with 3 children overnight.
        Actions: Agency informed and suspended pending investigation. {{Regulation 40}} considered by {{RI}} - not notifiable as no access, but {{Ofsted}} inspector told at visit.
    """)),
    ("social_care", "success", prose("""
        Transition success. [[name:Zain Hussain]] (DOB [[date_of_birth:22/11/2010]]) moved to us after
        a {{foster placement}} breakdown on [[date:5 February]]. He is autistic and the last two moves
        went badly. This time the {{Registered Manager}} [[name:Lucy]] visited him three times at the
        foster home first, we sent a photo book of his bedroom and staff, and his {{Key Worker}}
        [[name:Yusuf]] met him at [[organisation:Greenhill Primary]] so there was a familiar face on
        day one. His {{CAMHS}} worker came to the first {{placement planning meeting}}. Six weeks in
        he has had no missing episodes and school say he is calmer. Worth writing this up as our
        standard approach for planned moves, with {{Lego}} kept in the car.
    """)),
    # ------------------------------------------------------------------ health
    ("health", "incident", block("""
        Datix ref: [[case_reference:WEB87214]]
        Type: Pressure ulcer - category 3 (present on admission to caseload)
        Team: [[organisation:Heathfield District Nursing Team]]
        Patient: [[name:Edith Marsden]], [[age:87]]   NHS no: [[nhs_number:634 460 5480]]
        Address: [[address:Flat 3, Cherrytree Court]], [[postcode:LS8 3QT]]
        Description: First visit [[date:11/03/24]] after discharge from [[organisation:Bronte Ward]] the day before. No referral for pressure care on the {{discharge summary}} and no {{Waterlow}} documented since admission. On visit found category 3 ulcer to sacrum approx 4x3cm with slough, and {{category 2}} to both heels. No {{pressure relieving mattress}} at home. Pt's daughter [[name:Carol]] said she'd been told "the nurses will sort it".
        Immediate action: Dressings applied, {{dynamic mattress}} ordered same day, {{TVN}} referral, {{safeguarding}} concern raised as per policy.
        Reported by: [[name:S. Mahmood]], {{Band 6}}
    """)),
    ("health", "near_miss", prose("""
        near miss insulin - went to do mr [[name:okonkwo]] 17:00 {{Humalog}} at
        [[organisation:Ashdene Care Home]] and carer said "oh the other nurse has been". no entry on
        the {{insulin passport}} or the homes {{MAR}}. rang the office, turns out [[name:Kasia]] HAD
        been at 16:10 but got called to another pt before signing. {{BM}} was 6.2 so if id given it
        thats a double dose. nothing given by me, {{hypo}} watch asked of home for 4 hrs. sign straight
        away ppl even if youre rushing!! - [[name:jo w]] {{DN}}
    """)),
    ("health", "success", prose("""
        Shout out to [[name:Blessing]] ({{HCA}}) at [[organisation:Rosewood Lodge]] on nights.
        Resident in room 12 was just "not herself" at 3am, a bit muddled and clammy. [[name:Blessing]]
        did a full set of obs, {{NEWS2}} was 7, rang {{111}} straight away and used {{SBAR}} really
        clearly. {{Ambulance}} came within the hour and she was treated for {{urosepsis}} at
        [[organisation:Kingsmead General]]. Family have been in to say thanks. The {{RESTORE2}}
        training is paying off!
    """)),
    ("health", "incident", block("""
        Chronology - readmission within 72h
        Pt: [[name:Albert Nkemelu]]  Hosp no [[case_reference:K1048823]]  NHS [[nhs_number:161 195 5076]]
        [[date:Thu 7 Mar]] 16:30 Discharged home from [[organisation:Cedar Ward]] with {{TTOs}} to follow by {{hospital transport}}
        [[date:Thu 7 Mar]] 19:00 {{Pharmacy}} closed, TTOs not sent. Not flagged to anyone.
        [[date:Fri 8 Mar]] 10:00 {{DN}} first visit - no {{apixaban}}, no {{furosemide}}. Rang ward, told "will sort".
        [[date:Sat 9 Mar]] 08:40 Pt short of breath, ankles swollen. {{999}}.
        [[date:Sat 9 Mar]] Readmitted with {{fluid overload}}.
        Issues: discharge went ahead without TTOs in hand; no owner for the "to follow" meds; DN call not escalated at weekend.
    """)),
    ("health", "near_miss", block("""
        From: [[name:Harriet Okafor]] <[[email:harriet.okafor3@nhs.net]]>
        Sent: [[date:13 March 2024]] 11:52
        To: {{Discharge Hub}}
        Subject: Near miss - same name patients

        Hi both,

        Just so it goes on the learning log: we nearly sent the {{discharge letter}} and {{care package}} start for Mrs [[name:Rukhsana Begum]] ([[nhs_number:295 641 8149]]) to the address of Mrs [[name:Rukhsana Begum]] ([[nhs_number:914 580 4362]]) in the next bay. Same name, same {{GP}}, DOBs a year apart. The {{transfer of care}} form had pulled the wrong record from {{Nervecentre}}. [[name:Ifeoma]] spotted it because the postcode said [[postcode:M14 6HD]] and she knew our lady lives in Cheetham Hill.

        Please always check three identifiers, not just name.

        [[name:Harriet]]
        [[name:Harriet Okafor]] | {{Discharge Coordinator}} | [[organisation:Integrated Discharge Team, North Manchester]]
    """)),
    ("health", "incident", block("""
        Handover - [[organisation:Meadowbank Nursing Home]] - nights [[date:25/02]]
        Rm 4 [[name:Doreen]] - unwitnessed fall 01:15 found on floor by bed. On {{edoxaban}} so {{head injury}} protocol. {{Glasgow Coma Scale}} 15/15, obs ok, small lump R temple. {{111}} advised ambulance, waited 4h 20m. Taken to ED 05:40, CT clear, back 11:00. {{falls sensor}} mat was unplugged - cable across floor. Daughter informed 01:45.
        Rm 7 Mr [[name:Lewandowski]] - settled, {{catheter}} bag changed.
        Rm 9 [[name:Peggy]] - poor intake, {{fluid chart}} pls.
    """)),
    ("health", "success", prose("""
        Learning from good practice. During routine {{leg ulcer}} dressings [[name:Rhys Pritchard]]
        ({{Staff Nurse}}) noticed his patient, a [[age:91]] year old woman living alone at
        [[address:12 Heol y Bryn]], had no food in and the heating off in {{February}}. She mentioned
        her nephew "looks after the bank card". [[name:Rhys]] didn't accept "she's always like that",
        he asked open questions, checked her {{capacity}} for that decision and raised an
        {{adult safeguarding}} concern with [[organisation:Cardiff and Vale Adult Services]] the same
        day. It turned out over £11,000 had gone from her account. She now has a
        {{Lasting Power of Attorney}} with her niece and a {{care package}}. Great example of
        professional curiosity.
    """)),
    ("health", "near_miss", block("""
        [[name:Nadia]] 14:02: anyone free to 2nd check a {{syringe driver}} setup? pt on [[address:Alma Terrace]] (Mr [[name:Dobson]])
        [[name:Cerys]] 14:05: 10 mins away
        [[name:Cerys]] 14:40: glad I came. {{T34}} was set to 12h not 24h from the last box, would have run the {{midazolam}} and {{morphine}} through at double rate. reset and checked together
        [[name:Nadia]] 14:42: omg. thank you. I was about to press start
        [[name:Cerys]] 14:43: not your fault, the last setting wasnt cleared properly. will {{datix}} as near miss no harm and mention at {{huddle}}
        [[name:Nadia]] 14:44: 🙏
    """)),
    ("health", "incident", prose("""
        my car ([[vehicle_registration:FD21 OVP]]) was broken into outside [[address:43 Kestrel Way]]
        while I was on a visit approx 11:20 today [[date:26/02]]. {{laptop}} was in the boot
        (encrypted) but the paper {{visit list}} for the afternoon was on the passenger seat with 9 pt
        names/addresses and key safe info. bag gone. reported to police crime no
        [[case_reference:43/19827/24]], {{IG team}} and {{line manager}} [[name:Paulette]] aware. all 9
        pts/families being phoned today, key safe codes being changed by {{rapid response}}. i know we
        are not supposed to print lists, the {{SystmOne}} app wasnt loading on the tablet this morning
        so i did. - [[name:Kwame]] ({{DN}})
    """)),
    ("health", "success", block("""
        From: [[email:davidandjune.holroyd@btinternet.com]]
        Subject: Thank you

        To the discharge team on [[organisation:Pemberton Ward]],

        I wanted to say thank you for how you got {{Mum}} home on [[date:Friday 1st March]]. After 5 weeks in hospital we had almost given up. [[name:Oksana]] phoned me every day with an update, sorted the {{hospital bed}} and {{commode}} before she arrived, arranged the {{OT}} visit and made sure the {{carers}} from [[organisation:Homecare Plus Wakefield]] were there the first evening with {{reablement}} booked after. Mum cried when she saw her own garden.

        Please pass this on to her manager.

        [[name:June Holroyd]]
        [[phone:07863 229104]]
    """)),
    ("health", "near_miss", block("""
        Near miss report
        Date/time: [[date:20/03/2024]] 10:30
        Location: pt home, [[address:9 Sandpiper Close]], [[postcode:NG5 1JR]]
        Patient: Mr [[name:Derek Fairclough]], [[age:68]], {{COPD}}, on {{home oxygen}} 2L via {{concentrator}}
        What happened: On arrival strong smell of smoke, cigarette still lit in ashtray next to the concentrator with oxygen running. Pt says he "only smokes at the window". Scorch marks on the tubing. No fire.
        Action: Oxygen off, risk explained, {{Fire and Rescue}} home safety visit booked, {{HOS}} supplier informed to consider removal, {{respiratory team}} emailed, GP ([[organisation:Hucknall Road Surgery]]) informed.
        Reported by [[name:Agnieszka Nowak]] {{DN}}
    """)),
    ("health", "incident", prose("""
        On [[date:Sunday 3 March]] a {{teatime}} insulin visit to a patient living alone was missed.
        She had been moved from the weekday list to the weekend list on {{EMIS}} but the visit was
        allocated to a bank nurse who was off sick, and the gap was not picked up at the
        {{afternoon huddle}}. Her son found her at 21:00 drowsy and confused; the {{paramedics}}
        recorded a {{capillary glucose}} of 27.4 with raised {{ketones}} and she was taken in and
        treated for early {{DKA}}. Our review found there is no end-of-day reconciliation of planned
        versus completed visits at weekends. We have now added a check by the {{coordinator}} at 16:00
        and 19:00 and a red flag on time-critical visits. The patient and her son have had an
        apology under {{Duty of Candour}}.
    """)),
    ("health", "success", block("""
        Hot debrief - [[organisation:Ivy Bank Care Home]], [[date:9 Jan]]
        Event: resident collapsed in dining room after lunch, {{cardiac arrest}}.
        Went well:
        - [[name:Mei Ling]] checked the {{ReSPECT form}} within a minute - for full resus, started {{CPR}}
        - [[name:Gintaras]] fetched the {{AED}}, 1 shock delivered before crew arrived
        - [[name:Rose]] took other residents out and stayed with them
        - Handover to {{paramedics}} using {{SBAR}}, clear and calm
        Outcome: ROSC on scene, now on CCU and talking.
        Even better if: defib pads were out of date by 2 weeks (spare set ok). Monthly check sheet to include pad expiry.
        Staff wellbeing: all offered time out and the {{EAP}} number.
    """)),
    ("health", "near_miss", block("""
        DISCHARGE CHECKLIST - NEAR MISS NOTED
        Pt: [[name:Winifred Adeyemi-Clarke]]   DOB [[date_of_birth:03/06/1938]]   NHS [[nhs_number:373 621 7838]]
        Ward: [[organisation:Nightingale Ward]]    Planned d/c: [[date:15/03/24]]
        Destination on {{EDN}}: [[organisation:Larkhill Care Home]]
        Destination agreed at {{MDT}} / {{best interests}} meeting: [[organisation:Larkfield Nursing Home]] ({{nursing bed}}, {{DoLS}} authorised)
        Transport booked to: [[organisation:Larkhill Care Home]]
        Caught by: [[name:Sunil]] ({{ward clerk}}) when ringing ahead - [[organisation:Larkhill]] had no record of her.
        Outcome: corrected before transport left. No harm.
        Why: destination picked from a drop-down where both homes sit next to each other.
    """)),
    ("health", "incident", block("""
        [11:14] [[name:Amara Mensah]] ({{DN}}): Hi [[name:Wei]], just seen Mr [[name:Ahmed]]'s bloods from [[date:Mon 11th]] on {{ICE}}, K+ 6.4. Has anyone at the practice actioned?
        [11:20] Dr [[name:Wei Chen]] ([[organisation:Parkside Medical Practice]]): No - it was in the locum's inbox, not seen. Thanks for flagging. He's on {{ramipril}} and {{spironolactone}}. Needs repeat today, I'll ring him
        [11:34] Dr [[name:Wei Chen]]: spoke to him, feels ok but sending to {{SDEC}} for ECG and repeat U&E
        [15:02] [[name:Amara Mensah]]: update - K+ 6.6 on repeat, treated for {{hyperkalaemia}} in ED, staying in overnight
        [15:05] Dr [[name:Wei Chen]]: ok. will do an {{SEA}} at the practice, our inbox cover when locums leave isn't working
    """)),
    ("health", "success", prose("""
        Big thank you to [[name:Bill]] our {{driver}} at [[organisation:Eastgate Hospice at Home]] who
        noticed a patient's {{oxygen cylinder}} gauge was in the red when dropping off a {{commode}} and
        got a replacement out from the {{equipment store}} the same afternoon, before the
        {{bank holiday}} weekend.
    """)),
    ("health", "near_miss", block("""
        Timeline - allergy near miss, [[organisation:The Willows Residential Home]]
        [[date:Mon 4 Mar]] Resident [[name:Kathleen O'Hare]] ([[age:79]]) admitted from hospital. Discharge letter states {{penicillin}} allergy (rash + swelling). Care home {{MAR}} printed by pharmacy says "NKDA".
        [[date:Wed 6 Mar]] Dr [[name:Farah Haddad]] (GP) remote consult, {{chest infection}}, prescribes {{co-amoxiclav}}.
        [[date:Wed 6 Mar]] 16:10 [[name:Ciaran]] at [[organisation:Hollybush Pharmacy]] queries it with the home - {{allergy}} is on his system from the hospital {{discharge summary}}.
        16:30 GP changes to {{doxycycline}}. No dose given.
        Learning: MAR must be checked against the discharge letter on admission by two staff.
    """)),
    # ------------------------------------------------------------------ aviation
    ("aviation", "incident", block("""
        GROUND SAFETY REPORT
        Ref: [[case_reference:GSR-24-0117]]
        Date: [[date:11 Feb 2024]]   Local time: 03:25
        Flight: [[flight_number:NC417]]   Aircraft: {{B737-800BCF}} [[aircraft_registration:G-NWCB]]
        Location: {{Stand 62}}, cargo apron
        Handling agent: [[organisation:Swiftline Handling Ltd]]
        Event: {{hi-loader}} driven up to the main deck cargo door made contact with the lower door sill. Driver had not stopped at the {{stop bar}} to let the {{banksman}} take over, and the {{wing walker}} was on the other side re-securing a {{ULD}}. Dent approx 6cm. Aircraft declared {{AOG}}, engineers inspected, flight delayed 7h.
        Injuries: none.
        Reported by: [[name:Kieran Doyle]], {{Duty Ramp Supervisor}}
    """)),
    ("aviation", "near_miss", prose("""
        nr miss - DG. shipment on AWB [[case_reference:176-48822013]] came in declared as "auto
        parts", x-ray at acceptance showed cells. opened with shipper rep present, 40 x
        {{lithium ion}} e-bike batteries loose in cardboard, no {{UN3480}} marking, no
        {{Shipper's Declaration}}, some at full charge. if it had gone on the night flight
        [[flight_number:NC212]] to LEJ it would have been on the {{main deck}} under other cargo.
        rejected + quarantined in {{DG cage}}, reported to {{CAA}} via {{ECCAIRS}}. [[name:Marek]] on
        acceptance did really well to push for the x-ray when the shipper was kicking off about the
        cutoff. - [[name:Tony B]]
    """)),
    ("aviation", "success", prose("""
        Shout out to {{Loadmaster}} [[name:Olusegun Adebayo]] on the {{night shift}}. While checking
        the final {{loadsheet}} for [[flight_number:NC905]] to EMA he noticed {{ULD}} position 22P was
        shown at 1,140 kg but the {{weighbridge}} ticket said 2,140 kg. A typo in the {{DCS}}, but it
        put the {{CG}} outside the trim limits for take-off. Corrected and re-trimmed, and the
        {{Captain}} thanked the team. This is exactly why we check tickets against the sheet every
        time, even when the departure is tight.
    """)),
    ("aviation", "incident", block("""
        TECH LOG EXTRACT - [[aircraft_registration:EI-FXK]]  ({{ATR 72-600F}})
        Sector: EMA-BFS  Flt [[flight_number:NC331]]  Date [[date:02/04/24]]
        Defect: {{Bird strike}} on {{approach}} approx 800ft, crew heard impact on left side. No abnormal indications. {{Go-around}} not required, landed normally.
        Reported: Capt [[name:R. Sandhu]]
        Action: Walkround by {{B1 engineer}}. Remains found on #1 engine {{spinner}} and left {{wing leading edge}}. {{Borescope}} inspection of #1 engine IAW {{AMM}} 05-51-14, no damage found. Leading edge cleaned, no dents. Aircraft released to service.
        Cert: [[name:P. Nolan]]  Auth [[case_reference:NWC/B1/0447]]
        Remarks: Remains bagged for ID. Gulls reported on ATIS all morning - crew had briefed it.
    """)),
    ("aviation", "near_miss", block("""
        Chronology - tow to maintenance hangar, night [[date:18/19 Jan]]
        Aircraft [[aircraft_registration:G-NWCD]] {{B757-200SF}} being towed from {{stand 61}} to {{Hangar 3}}.
        01:12 Tow crew ([[name:Dariusz]] on {{tug}}, [[name:Aaron]] on brakes) cleared by {{Ground}} on 121.7 to route via taxiway A.
        01:16 Instruction "hold short of runway 27" read back as "cross". Not challenged by ATC.
        01:17 Tug approaching {{holding point}} A2, {{stop bar}} lit. [[name:Aaron]] called stop on intercom.
        01:17 Ground: "tug on A, hold position, hold short runway 27" - aircraft on 3nm final.
        01:18 Held. Crossing given 01:21 after landing traffic.
        Findings: readback error not caught by either party; tow crew on night 4 of 4; stop bar was the last barrier.
    """)),
    ("aviation", "success", block("""
        From: [[name:Fatima Al-Sayed]] <[[email:f.alsayed@northwaycargo.co.uk]]>
        To: {{Ops Control}}
        Cc: [[email:station.cgn@swiftlinehandling.com]]
        Subject: Thanks - [[aircraft_registration:G-NWCB]] AOG at CGN

        All,

        Quick thanks to everyone who got [[aircraft_registration:G-NWCB]] back in service yesterday. The {{starter valve}} was on an {{AOG}} courier from Shannon by 14:00 and [[name:Jürgen]] ([[phone:+49 221 8890 4412]]) at the CGN station had it through {{customs}} and airside in under an hour. Engineers fitted it and [[flight_number:NC418]] went 3h late instead of cancelled, which kept 42 tonnes of {{e-commerce}} freight moving.

        Regards,
        [[name:Fatima]]
        {{Maintenance Control}} Duty Manager
        [[organisation:Northway Cargo]] | [[phone:+44 1332 480517]]
    """)),
    ("aviation", "incident", prose("""
        Fatigue report. On [[date:23 January]] I was {{FO}} on the {{night rotation}} EMA-LEJ-EMA.
        Because of a {{de-icing}} queue at LEJ our duty was extended into {{commander's discretion}}
        by 1h 40m. On the return sector the {{Captain}} and I both had {{microsleeps}} in the cruise; I
        realised I had missed an {{ATC}} frequency change and we had to be called on {{Guard}}. No
        loss of separation. This was our fourth night in a row and the hotel in LEJ has building work
        in the daytime. I am not blaming anyone, the discretion decision was reasonable at the time,
        but we did not use {{controlled rest}} when we could have. Submitted through the {{FRMS}}.
    """)),
    ("aviation", "near_miss", block("""
        Ramp B shift 🚚
        [[name:Jamal]]: lads who loaded P4 on [[flight_number:NC907]]??
        [[name:Craig]]: me and [[name:Tiago]] why
        [[name:Jamal]]: {{walkround}} found 2 {{ULD}} locks not raised at P4 and P5. {{PMC}} could have shifted on rotation
        [[name:Tiago]]: we got called to the {{belt loader}} on the other side before we finished sry
        [[name:Jamal]]: locks done now. its not about blame just tell the next person youve stopped halfway. Ive told {{load control}}, {{Captain}} aware
        [[name:Craig]]: 👍 will do
        [[name:Sinéad]]: put a {{red tag}} on the lock lever next time if you walk away, thats what its for
    """)),
    ("aviation", "incident", block("""
        MOR submitted: [[case_reference:OR-2024-01873]]
        Occurrence: Cargo smoke warning, diversion
        Date: [[date:7 Mar 2024]]   Flight: [[flight_number:NC562]] BRU-EMA   A/c: [[aircraft_registration:G-NWCF]] ({{B737-400F}})
        Crew: Capt [[name:Andrew McAllister]], {{FO}} [[name:Dovile Kazlauskaite]]
        Summary: {{Main deck}} {{SMOKE}} caution at FL310 40nm W of BRU. {{QRH}} actioned, {{PAN}} declared, returned to BRU. {{Fire services}} met the aircraft, no smoke or heat found with thermal camera. Suspected {{detector}} fault, same detector written up twice in February.
        Crew handled it well. Landed overweight so {{overweight landing}} inspection required.
    """)),
    ("aviation", "success", block("""
        Crew debrief notes - [[flight_number:NC740]] [[date:14/02]]
        Crew: Capt [[name:Ana Ferreira]] / FO [[name:Ben Okoro]] / {{Loadmaster}} [[name:Hamish]]
        What happened: {{unstable approach}} at EMA in a gusty crosswind, speed +15 at 500ft. FO ({{PM}}) called "{{go around}}" as per {{SOPs}}, Capt flew it without hesitation. Second approach stable, landed normally.
        Went well: FO spoke up clearly even though the Capt is also a {{TRI}}; Capt acknowledged and praised the call on the ground. [[name:Hamish]] checked the main deck was secure before the second approach.
        Share: good example for the next {{CRM}} module - the {{stabilised approach}} criteria work when anyone can call it.
    """)),
    ("aviation", "near_miss", block("""
        SHIFT HANDOVER - [[organisation:Swiftline]] cargo shed / apron
        Date: [[date:Sat 16 Mar]]  Outgoing: [[name:K. Mistry]]  Incoming: [[name:Lee]]
        - {{Stand 64}}: {{FOD}} - 3 broken {{strapping bands}} found on the {{FOD walk}} right by the engine intake area of [[aircraft_registration:N738CK]] before start. Removed. Came from the {{build-up area}}, wind blowing them out. Near miss logged [[case_reference:NM-0412]].
        - Bins at build-up are overflowing, need emptying every 2 hrs not end of shift
        - {{forklift}} FLT 7 - horn not working, tagged out
        - [[flight_number:NC603]] late, ETA 04:40, 6 {{PMCs}} to break down, {{perishables}} first
    """)),
    ("aviation", "incident", prose("""
        injury [[date:wed 20th]] approx 22:50 - [[name:Precious]] on build-up got her left hand caught
        between the {{roller deck}} and a {{PMC}} pallet while it was being pushed onto the {{dolly}}.
        gloves on but not the cut resistant ones (stores out). finger swollen + cut, first aider
        [[name:Gary]] dressed it and she went to UCC, xray showed fracture to tip of middle finger.
        accident book done (her NI [[ni_number:JT482391B]] for the form). off work 2 wks so
        {{RIDDOR}} will be needed as its over 7 days. can we get the {{PPE}} reorder sorted and the
        "hands off the edge" sign back up, it fell off ages ago. - [[name:dean h]] {{shift lead}}
    """)),
    ("aviation", "success", prose("""
        Well done [[name:Li Wei]] in {{acceptance}} today for spotting that the {{dry ice}} quantity on
        the {{NOTOC}} didnt match the {{airway bill}} for the pharma shipment on
        [[flight_number:NC119]]. Corrected before the {{Captain}} signed. Small thing, big deal.
    """)),
    ("aviation", "near_miss", block("""
        Subject: Near miss - fuel uplift figure [[aircraft_registration:N417CG]]
        Date: [[date:28 March 2024]]

        Hi [[name:Gareth]],

        For your safety review. On the {{ACMI}} aircraft ([[aircraft_registration:N417CG]], {{B767-300F}}, US crew) the {{fuel request}} came through as "18000" with no units. The crew meant lbs; our {{into-plane agent}} set the bowser up for kg, which would have put on more than double and taken the aircraft over its {{MTOW}}. The {{fueller}}, [[name:Sean Murphy]], queried the units with the {{Flight Engineer}} before starting because the number "looked heavy for the sector". Confirmed lbs, converted, uplift correct, {{fuel slip}} amended.

        Could we make units a mandatory field on the request form for wet-lease crews?

        Cheers
        [[name:Rhiannon Evans]]
        {{Station Manager}}, [[organisation:Northway Cargo]] EMA
        [[phone:07723 418906]] | [[email:rhiannon.evans@northwaycargo.co.uk]]
    """)),
    ("aviation", "incident", block("""
        Security occurrence timeline - [[date:10/03/2024]]
        02:05 Unknown male seen walking between {{ULD}} rows on the cargo apron near {{stand 70}} by [[name:Nasser]] (ramp).
        02:07 [[name:Nasser]] approached, male showed an {{airside pass}} [[case_reference:AP-220614]] belonging to a different person (photo mismatch). Said he was a driver looking for the toilets.
        02:09 {{Airport security}} called via radio.
        02:15 Security attended, male escorted to {{control post}}. His van ([[vehicle_registration:BV70 ZPL]]) found parked in the {{landside}} truck dock, gate 4 left open by a contractor.
        03:30 {{Police}} attended, pass seized.
        Actions: gate 4 access review, reminder to all to challenge and not assume - well done [[name:Nasser]].
    """)),
    ("aviation", "success", prose("""
        I want to recognise [[name:Kacper]], three weeks into his job as a {{headset operator}}. During
        the {{pushback}} of [[aircraft_registration:G-NWCA]] on [[date:Thursday 4 April]] he saw a
        {{GPU}} cable still connected and a colleague crouched near the {{nose gear}}, and called
        "stop, stop" on the headset even though the {{tug}} driver was far more experienced and had
        already started moving. The {{flight crew}} set the {{parking brake}} immediately. The cable
        had been left because of a handover mix-up between two shifts. Nobody was hurt.
        [[name:Kacper]] told me afterwards he nearly didn't say anything because he was new. Please
        keep telling new starters that stopping the operation is always the right call.
    """)),
]


def main() -> None:
    write_records(OUT, build_records("heldout-blind127", REPORTS))


if __name__ == "__main__":
    main()
