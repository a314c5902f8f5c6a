"""Held-out blind corpus 296: 50 invented UK incident, near-miss and success ("learning") reports.

Written blind (without sight of the de-identifier or of any other corpus) to measure how well
de-identification generalises. Three settings, one per domain:

* social_care (17): a secure children's home - restraint, self-harm, contraband, keys, airlock,
  medication, escorts, confidential addresses, good-practice shout-outs;
* health (17): an ambulance emergency operations centre - call handling, dispatch, CAD,
  welfare call-backs, handover delays, clinical validation, good-practice reviews;
* aviation (16): long-haul cabin crew - turbulence, galley fires, doors and slides,
  disruptive passengers, medical events, equipment checks, crew shout-outs.

Styles are deliberately mixed: rushed lower-case notes with typos and txt-speak, formal
narratives, chronologies with times, forms with Name/DOB/Ref/Address fields, e-mails with headers
and signatures, chat exports (Teams, WhatsApp, Slack handles), handover notes, minutes with
attendance and apologies, pipe tables, radio/RT transcripts, shout-outs and thank-you notes.

Every person, organisation, place and number is invented. Identifiers are marked
[[label:value]] and must-not-redact mentions {{term}} (see markup.py).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from markup import block, build_records, write_records  # noqa: E402
from markup import flow as prose  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "corpus" / "heldout_blind296.jsonl"

REPORTS = [
    # ------------------------------------------------------------------ social care (17)
    ("social_care", "incident", block("""
        pi report - rushed sorry, on till late
        approx {{19:40}} [[name:jaydn]] ([[age:14yo]]) kicked off after phone call w/ his {{dad}},
        threw a chair in {{the lounge}}, caught [[name:bartek]] on the arm. me + [[name:Sunny]] did
        {{MAPA}} {{seated hold}} approx 4 mins, [[name:jaydn]] calmed n we released. no injury to yp
        that i cld see, {{body map}} done anyway. [[name:bartek]] has red mark, in {{accident book}}.
        {{duty manager}} [[name:Faith]] informed + {{nurse}} checked [[name:jaydn]] at {{20:15}}. he
        said sorry to [[name:bartek]] at supper. needs {{debrief}} tmrw + {{IRO}} + {{social worker}}
        to be told (not done yet, no answer from [[organisation:Westmere Borough Council]] {{EDT}}
        line).
        - [[name:kez]]
    """)),
    ("social_care", "near_miss", prose("""
        On [[date:Tuesday 11 March]] at approximately {{15:10}} both doors of the {{vehicle airlock}}
        at [[organisation:Harrowfield Secure Children's Home]] were found open at the same time while
        the laundry van was leaving. No young person was inside the airlock. [[name:Ruby-Leigh]]
        ([[age:16]]) was being escorted from {{education}} along the adjacent corridor by two staff
        and did not appear to notice. The {{gatehouse officer}}, Mr [[name:Okafor]], explained that
        the {{interlock}} had faulted on [[date:Monday 10th]] and had been overridden with the
        {{manual key}} pending an engineer from [[organisation:Castellan Security Systems Ltd]]. The
        override was not recorded in the {{gate log}} and the incoming shift were not told at
        {{handover}}. I have informed the {{Registered Manager}}, Dr [[name:Imelda Crossley]]. No
        child left the {{secure perimeter}}, so this is logged as a near miss. Actions: interlock
        repaired [[date:12/03]]; override key now signed out only by the {{shift leader}} and
        recorded on the whiteboard. [[name:Anjali Deshmukh]], {{Team Leader}}
    """)),
    ("social_care", "success", block("""
        SHOUT OUT 🌟 nights [[date:Sat 22nd]]
        Huge thank you to [[name:Hope]] and [[name:Grace]]. [[name:T-M]] was really struggling after
        her {{LAC review}} and had tied a {{ligature}} in her room at about {{02:30}}. [[name:Hope]]
        spotted it on {{obs}} well inside the 10 minute window, both of you went in calmly, used the
        {{ligature cutter}} and stayed with her until the {{CAMHS}} {{crisis team}} rang back.
        [[name:T-M]] told me at breakfast that [[name:Grace]] "didn't make a big deal of it" and that
        is what helped. This is what {{trauma-informed practice}} looks like at 2am.
        Proud of you both x
        [[name:Marcus]] ({{Deputy Manager}})
    """)),
    ("social_care", "incident", block("""
        INCIDENT FORM – SECURE ACCOMMODATION
        Ref: [[case_reference:HSC-IR-24-0187]]
        Young person: [[name:Kieran Mabey]]     DOB: [[date_of_birth:04/09/2009]]
        NHS no: [[nhs_number:258 314 9539]]
        Placing authority: [[organisation:Dunmoor City Council]]
        Date/time: [[date:06/02/2024]] {{21:05}}
        Location: {{bedroom corridor}}, {{Unit 2}}
        Category: {{self-harm}} ({{head banging}})
        Summary: [[name:KM]] banged his head against his bedroom door approx. 6 times after being
        told {{family time}} was cancelled. Staff ([[name:D. Wróbel]], [[name:Precious Nyathi]]) used
        verbal {{de-escalation}}; [[name:KM]] walked to the {{quiet room}} with them. Nurse
        [[name:Lorna]] completed {{head injury observations}} hourly until {{01:00}}, no concerns.
        {{GP}} from [[organisation:Fellgate Medical Practice]] to review in the morning.
        Notified: {{social worker}} (email), {{IRO}}, {{mum}} (Mrs [[name:Mabey]]) by phone {{21:40}}.
        Completed by: [[name:Precious Nyathi]], {{RCW}}
    """)),
    ("social_care", "near_miss", block("""
        [[date:14/03/2024]], 07:52 - [[name:Bill Hargreaves]]: morning all, heads up I nearly gave [[name:Seun]]'s {{sertraline}} to [[name:Seb]] on the {{meds round}} 😬
        [[date:14/03/2024]], 07:53 - [[name:Bill Hargreaves]]: both pots were on the same tray and both names start with S. caught it on the {{MAR}} check before it went in his hand
        [[date:14/03/2024]], 07:58 - [[name:Amber Osei-Bonsu]]: thanks for flagging [[name:Bill]]. has it gone on the {{incident system}}?
        [[date:14/03/2024]], 08:01 - [[name:Bill Hargreaves]]: doing it now. the {{second checker}} was {{agency}} and didn't know the lads by sight
        [[date:14/03/2024]], 08:04 - [[name:Amber Osei-Bonsu]]: ok. from today photo on every {{MAR chart}} pls and separate trays per unit. I'll take it to {{team meeting}} + {{pharmacist}} visit on [[date:Weds 20th]]
    """)),
    ("social_care", "success", prose("""
        Learning from good practice – transition out of secure. [[name:Jayden-Lee Ashworth]]
        ([[age:15]]) left us on [[date:28 February]] after fourteen weeks on a {{welfare order}}
        ({{section 25}}). Planning began in week 4 rather than the usual final fortnight. We used
        {{Signs of Safety}} mapping with [[name:Jayden-Lee]], his aunt Mrs [[name:Adewale]], his
        {{key worker}} [[name:Rhys ap Gwilym]] and [[name:Jade]], the {{DSL}} at
        [[organisation:Ravenscar High School]], who visited twice and set up a video call so he
        could see his new form room. His {{social worker}} from
        [[organisation:Dunmoor City Council]] attended every {{planning meeting}} and the {{IRO}}
        chaired the final one on site. On his last day [[name:Jayden-Lee]] said it was "the first
        move where I knew what was happening". Four weeks on he has full attendance and no missing
        episodes. What made the difference: an early start, the same three adults at every meeting,
        and the school coming to him rather than the other way round. Suggest we build this into the
        {{transition protocol}}. – [[name:R. ap Gwilym]]
    """)),
    ("social_care", "incident", block("""
        Chronology – contraband – [[date:Sun 17/03]]
        14:00  [[name:Tayla-Mae Rooney]] ([[age:15]]) {{family time}} with nan and older brother in the {{visits room}}, supervised by [[name:Joy]]
        15:05  visit ends. {{rub-down search}} per {{search policy}}, nothing found
        16:40  [[name:Joy]] smells vape on {{Unit 3}} landing
        16:55  {{room search}} authorised by {{duty manager}} ([[name:Callum Fraser-Reid]]); disposable vape and lighter found in a sanitary towel packet
        17:10  [[name:TMR]] says brother passed it under the table. Remains settled
        17:30  {{police}} not called (no offence by child); {{placing authority}} informed
        18:00  brother's visits moved to {{closed visit}} pending review
        Learning: the visits room table has a gap underneath that the camera can't see. Asked estates to box it in. The lighter was the real risk here, not the vape. [[name:Joy]] did well to trust her nose.
    """)),
    ("social_care", "near_miss", block("""
        From: [[name:Oliver Nkemelu]] <[[email:o.nkemelu@harrowfield-sch.org.uk]]>
        To: {{Shift Leaders}}
        Cc: [[name:Imelda Crossley]]
        Sent: [[date:Thu 21 Mar 2024]] 08:14
        Subject: Keys taken off site – near miss

        Morning all,

        Last night a {{key pouch}} (set 7, includes {{Unit 1}} bedrooms and the {{education block}})
        was not returned to the {{key safe}} at the end of the {{late shift}}. The {{key audit}} at
        22:00 showed it missing. I rang the staff member, [[name:Lukas]], who found it clipped to his
        belt at home. He drove back and it was in the safe by 23:20. No unauthorised access, but for
        80 minutes a full set was off site.

        Please remind teams: keys are signed out AND in on the {{signing sheet}}, and nobody leaves
        the {{airlock}} without the {{gate officer}} seeing the pouch go back.

        Thanks,
        [[name:Oliver]]

        [[name:Oliver Nkemelu]] | {{Night Team Leader}}
        [[organisation:Harrowfield Secure Children's Home]] | [[phone:01632 960418]]
    """)),
    ("social_care", "incident", block("""
        POST-INCIDENT REVIEW – MINUTES
        Date: [[date:2 April 2024]]
        Present: [[name:Imelda Crossley]] ({{Registered Manager}}, chair), [[name:Anjali Deshmukh]] ({{Team Leader}}),
        [[name:Rhys ap Gwilym]] ({{RCW}}), [[name:Pat Mulhern]] ({{Health & Safety}}), Dr [[name:Yusuf Karaca]] ({{CAMHS}} {{clinical psychologist}})
        Apologies: [[name:Mark Ellery]] ({{YOT}}), [[name:Sinéad Moriarty]] ({{social worker}}, [[organisation:Dunmoor City Council]])

        1. Summary: on [[date:29/03]] [[name:AB]] ([[age:16]]) punched [[name:Rhys]] twice when asked to
        leave the {{dining room}}. [[name:Rhys]] was seen at [[organisation:Kingsmead Urgent Treatment Centre]],
        no fracture. [[name:AB]] was held in a {{standing hold}} for under two minutes.
        2. Triggers: [[name:AB]] had been refused a phone call earlier; not passed on at {{handover}}.
        3. Actions: [[name:Pat]] to review {{RIDDOR}} threshold (staff member NI [[ni_number:JT 48 31 07 B]],
        off 3 days so far). [[name:Anjali]] to add phone requests to the handover sheet. Dr [[name:Karaca]]
        to offer [[name:Rhys]] a {{reflective session}}.
        Next review: [[date:16 April]]
    """)),
    ("social_care", "near_miss", block("""
        HANDOVER late > nights  [[date:Fri 5/4]]
        Unit 1
        - [[name:LW]] – settled, film in lounge, bed {{21:30}}. on {{level 2 obs}}
        - [[name:Oskar]] – low mood after call w/ {{social worker}}, ate little. {{CAMHS}} appt [[date:Mon 8th]]
        - [[name:Kyla]] – fine, {{PRN}} {{paracetamol}} {{19:00}} for period pain
        Unit 2
        - [[name:Faisal]] – may be excluded from class tmrw? check w/ Ms [[name:Bakshi]] in {{education}}
        !! NEAR MISS: {{window restrictor}} bolt in room 6 found loose on {{room check}} by [[name:Hope]]
        at 20:10. [[name:Kyla]]'s old room, empty now. Estates ticket raised ([[case_reference:EST-5521]]),
        room locked off. DO NOT allocate until fixed.
        Keys: all sets in. Radios: 1 on charge.
        by [[name:Sunny]] / [[name:Kez]]
    """)),
    ("social_care", "success", block("""
        [[name:Yaw Mensah]]  10:14
        Just wanted to share – [[name:Arash]]'s first {{family time}} with his {{mum}} since he came in
        went really well yesterday. We booked a {{Farsi}} interpreter through
        [[organisation:Lingua Bridge Services]] for the video call and kept it to 30 mins as agreed
        with his {{social worker}}.

        [[name:Yaw Mensah]]  10:16
        Interpreter ([[name:Mohammad Reza Hosseini]]) was brilliant, explained the {{secure order}}
        to her in a way we never could. [[name:Arash]] cried a bit but was smiling at tea.

        [[name:Gemma Loveday]]  10:21
        That's lovely 💛 well done [[name:Yaw]] for pushing for the same interpreter each time –
        continuity matters. Can we add his name to the {{care plan}} so it sticks? I'll let the
        {{IRO}} know before the {{LAC review}}.

        [[name:Yaw Mensah]]  10:22
        Yep will do, and I've asked [[organisation:Dunmoor City Council]] to fund it weekly. His
        {{key worker}} is going to learn a few words too 🙂
    """)),
    ("social_care", "incident", block("""
        MEDICATION ERROR – missed doses, [[name:Zofia Kamińska]] ([[age:14]])
        Ref [[case_reference:MED-0412]]   Reported by: [[name:Lorna Achterberg]] ({{Nurse}})

        Date   | Time  | Drug                     | Status
        [[date:08/04]]  | 08:00 | {{methylphenidate}} 18mg | given
        [[date:08/04]]  | 20:00 | {{melatonin}} 2mg        | NOT GIVEN – not signed
        [[date:09/04]]  | 20:00 | {{melatonin}} 2mg        | NOT GIVEN – stock out
        [[date:10/04]]  | 20:00 | {{melatonin}} 2mg        | given late (22:10)

        What happened: repeat request went to [[organisation:Brackenhill Pharmacy]] on
        [[date:3 April]] but the prescription came back from the {{GP}} unsigned and nobody chased.
        [[name:Zofia]] had two poor nights, up until 3am, and was restrained on [[date:10/04]] after a
        row at breakfast – lack of sleep likely contributed given her {{ADHD}}.
        Actions: {{stock check}} now weekly; 7-day reorder trigger written on the {{MAR}}.
    """)),
    ("social_care", "near_miss", prose("""
        fire door on {{unit 3}} landing found propped w/ a rolled up towel again (2nd time this wk)
        by [[name:joy]] on her walk round at approx 7pm. door is one of the ones on {{mag lock}} that
        shld close when the {{fire alarm}} goes off so if theres a fire it cant hold the smoke back.
        also means yp cld get onto the {{staff corridor}}. no-one owned up, {{CCTV}} not checked yet.
        [[name:callum]] ({{shift lead}}) moved it + told staff at the {{team huddle}}. think its staff
        doing it cos the corridor gets boiling, {{estates}} said theyd look at a fan last month. pls
        can {{H&S}} chase, this is gna end badly. [[name:joy]] x
    """)),
    ("social_care", "success", block("""
        From: [[name:Sinéad Moriarty]] <[[email:sinead.moriarty@dunmoor.gov.uk]]>
        To: [[name:Imelda Crossley]]
        Subject: Thank you – [[name:C.O.]]

        Dear [[name:Imelda]],

        I wanted to put in writing how impressed I was at [[name:C.O.]]'s {{review}} on
        [[date:Wednesday 17 April]]. When she arrived in {{January}} she would not speak to any
        professional. On Wednesday she read out her own section of the {{care plan}}, which she had
        written with her {{key worker}} [[name:Faith Abara]]. Her {{CAMHS}} worker and the {{IRO}}
        both commented on the change. [[name:Faith]] also spotted that [[name:C.O.]] had never had a
        dental check and sorted one within a week; small things like that matter. Please pass my
        thanks to the whole team, and to [[name:Hope]] in education for the {{Arts Award}}.

        Kind regards,
        [[name:Sinéad]]

        [[name:Sinéad Moriarty]] | {{Senior Practitioner}}, {{Children in Care Team}}
        [[organisation:Dunmoor City Council]] | [[phone:07700 900362]]
    """)),
    ("social_care", "incident", prose("""
        During a planned {{hospital escort}} on [[date:23 April 2024]], [[name:Dionne Whitlock-Barnes]]
        ([[age:15]]) tried to run from staff at the {{main entrance}} of
        [[organisation:Kingsmead General Hospital]] while being walked from the secure vehicle
        ([[vehicle_registration:DK21 XWP]]) to the {{fracture clinic}}. Escorting staff were
        [[name:Will Tremayne]] and [[name:Gosia]]. [[name:Dionne]] pulled free from [[name:Will]]'s
        guiding hold and ran towards the car park; [[name:Gosia]] kept her in sight and she stopped at
        the barrier after about 40 metres, saying she "just wanted air". No {{restraint}} was needed.
        The {{escort risk assessment}} covered the clinic only, not the route from the car park, and
        the driver had parked in the public car park because the {{ambulance bay}} was full.
        Learning: risk assessments must include the walk in; ask the hospital {{security team}} to
        meet us at the door; use the {{rear entrance}} by prior arrangement. {{Police}} were not
        informed as she never left staff sight. Reported by [[name:W. Tremayne]].
    """)),
    ("social_care", "near_miss", block("""
        NEAR MISS – CONFIDENTIAL ADDRESS
        Child: [[name:Riley Fenwick-Obi]]   DOB: [[date_of_birth:17.11.2008]]   Ref: [[case_reference:DCC/CIC/77413]]
        Intended recipient: {{mum}}, [[address:12 Larkspur Walk, Eastholme]], [[postcode:DN9 4RW]]
        Name on envelope: {{father}}, [[address:Flat 3, 88 Canal Street, Tolverton]], [[postcode:TV2 8LF]]
        What happened: the {{admin}} team printed {{review}} invites from the {{case management system}}.
        Father's address was still set as 'correspondence address' from before the
        {{non-molestation order}}. The letter includes the home's name and the {{IRO}}'s direct line.
        [[name:Bronwen]] in the {{post room}} noticed the name didn't match the distribution list and
        held it back on [[date:25/04]].
        Outcome: not sent. {{Dad}}'s address removed from the record and flagged {{safeguarding}}.
        {{Data Protection Officer}} informed – no breach as it never left the building.
        Logged by: [[name:Bronwen Pryce-Llewellyn]]
    """)),
    ("social_care", "success", block("""
        big shout out to [[name:rose]] + [[name:anwar]] on nights last wk!! [[name:LW]] couldnt sleep,
        was pacing and talking about {{self harm}}. instead of going straight to an {{obs}} increase
        they sat up with her in the {{kitchen}}, made toast, played uno til 3ish and she went to bed
        by herself. no incident, no {{PI}}, no {{PRN}}. she told her {{key worker}} this morning
        "[[name:rose]] is actually sound". this is the {{PACE}} stuff from training actually working 🙌
        have told the {{night manager}} to put it in supervision notes
        [[name:gem]] ({{TL}})
    """)),
    # ------------------------------------------------------------------ health (17)
    ("health", "incident", prose("""
        Incident [[case_reference:NV-CAD-240311-0457]] – delayed {{Category 2}} response. On
        [[date:11 March 2024]] at {{18:22}} a caller reported that her husband,
        [[name:Gerald Pemberton]] ([[age:74]]), NHS number [[nhs_number:428 268 8343]], had central
        {{chest pain}} at [[address:7 Mill Lane, Ashby Fold]]. The {{CAD}} auto-located to a street
        of the same name in a neighbouring town 11 miles away, because the postcode
        ([[postcode:NV4 6JT]]) was not confirmed against the {{gazetteer}} and the {{call handler}}
        accepted the first match. The allocated crew arrived at the wrong street at {{18:51}}; the
        caller rang back at {{18:55}} and the second handler, [[name:Ayesha Rahman-Lowe]], spotted
        the error. The next nearest resource reached the patient at {{19:17}}, 55 minutes after the
        call. Mr [[name:Pemberton]] was conveyed to [[organisation:Kingsbridge General Hospital]] with
        an {{NSTEMI}} and has since been discharged. Learning: step 3 of the {{address verification}}
        script (read back town AND postcode) was skipped under pressure; the {{EOC}} was at
        {{REAP 3}}. Actions: refresher for all {{EMDs}}; supplier asked to flag duplicate street
        names across [[organisation:Northvale Ambulance Service]] patch.
    """)),
    ("health", "near_miss", prose("""
        nearly downgraded a call tonight. {{abdo pain}}, [[age:31yo]] female, caller (her partner
        [[name:Dom]]) said shes "just a bit faint". i was going to pass it to the
        {{clinical queue}} for {{hear and treat}} but [[name:Nadia]] on the {{CSD}} heard me skip
        the LMP question and said go back through {{Pathways}} with the {{pregnancy}} questions.
        turned out 7wks pregnant, pain one side + {{shoulder tip pain}} – came out {{Cat 2}}
        ?{{ectopic}}. crew on scene 14 min, she went straight to {{theatre}} at
        [[organisation:St Aldhelm's Hospital]]. my fault for rushing, had 9 calls waiting and
        [[name:Dom]] was really calm which threw me. pls can the pregnancy q be a forced field not
        optional. inc [[case_reference:240402-1193]] – [[name:cj]]
    """)),
    ("health", "success", block("""
        ⭐ EOC SHOUT-OUT ⭐
        To: [[name:Tomasz Zieliński]] ({{EMD}}), {{Blue Watch}}
        Call [[case_reference:NV-CAD-240415-0088]], [[date:15/04]]

        A [[age:58-year-old]] man collapsed on a petrol station forecourt. [[name:Tomasz]] recognised
        {{agonal breathing}} within 40 seconds, got a bystander (a teenager called [[name:Will]])
        doing {{chest compressions}} and talked a second bystander through fetching the {{AED}} from
        inside the shop. Shock delivered before the crew arrived; {{ROSC}} on scene. Patient is now
        home. [[name:Will]] came to the station to thank the crew and asked if he could meet "the
        voice on the phone" – so he did, last {{Friday}}.

        Brilliant work [[name:Tomasz]] – {{T-CPR}} at its best, and a great reminder for the
        {{dispatch}} team of why the first minute matters.
        – [[name:Lin]], {{Watch Manager}}
    """)),
    ("health", "incident", block("""
        Timeline – incident [[case_reference:NV-CAD-240302-0311]], [[date:02/03/2024]]
        Patient: [[name:Margaret Oyelaran-Hughes]], [[age:88]], NHS [[nhs_number:576 134 6273]], fall, long lie
        02:14 call from {{careline}} ([[organisation:Homesafe Telecare]]) – pt on floor since ~midnight, conscious, hip pain
        02:15 {{Cat 3}}, held – no resources, {{hospital handover}} delays at [[organisation:Kingsbridge]]
        02:48 {{welfare call}} – pt cold, shaking
        03:40 2nd welfare call not done (handler on a {{Cat 1}})
        04:55 neighbour rings, pt confused. Upgraded {{Cat 2}}
        05:03 [[vehicle_registration:NX71 KRV]] allocated from {{standby point}}
        05:37 crew on scene: {{hypothermia}} 34.1, ?{{NOF}}
        06:20 at [[organisation:Kingsbridge General Hospital]]
        Long lie est. 6 hrs. Welfare call interval breached ({{policy}}: every 30 min when {{over 65}}
        and on floor). Graded moderate harm. Dr [[name:Ferreira]] ({{Clinical Lead}}) reviewing.
    """)),
    ("health", "near_miss", block("""
        [[name:Priya Venkataraman]] 14:02
        has anyone got the call for [[address:Flat 9, Wentworth House, Sallow Road]]? just had a 2nd caller, male collapsed
        [[name:Gareth Llewellyn-Jones]] 14:03
        yeah [[case_reference:240509-0842]] open, crew 6 min away. linking yours
        [[name:Priya Venkataraman]] 14:05
        STOP – mine is [[address:Flat 19]] not [[address:Flat 9]]. different pt, female, {{seizure}}. caller is her {{son}}
        [[name:Gareth Llewellyn-Jones]] 14:05
        ah nightmare, unlinking. raise yours as separate [[case_reference:240509-0847]]
        [[name:Priya Venkataraman]] 14:06
        done, {{Cat 2}}. would've sat as a {{duplicate}} for ages if I'd linked it
        [[name:Nadia Qureshi]] ({{CSD}}) 14:09
        good catch both. the {{duplicate call}} screen shows the block but not the flat number – flag it to the {{CAD}} team pls. [[name:Priya]] can you do the {{incident report}}
    """)),
    ("health", "incident", block("""
        From: [[name:Ruth Ansah]] <[[email:ruth.ansah@northvale-amb.nhs.uk]]>
        To: [[email:eoc.governance@northvale-amb.nhs.uk]]
        Date: [[date:19 May 2024]]
        Subject: Missed call-back – [[case_reference:NV-CAD-240518-1602]]

        Hi team,
        Flagging a missed {{clinical call-back}} from yesterday. Patient [[name:Stanislav Horvat]],
        DOB [[date_of_birth:02/02/1951]], NHS No [[nhs_number:578 855 3512]], was triaged {{Cat 4}}
        ({{urinary retention}}) at 16:02 and placed in the {{clinical validation}} queue. The queue
        was at 94 and he was not called until 21:40, by which point he had been in pain for nearly
        six hours and his daughter had driven him to the {{ED}} at
        [[organisation:St Aldhelm's Hospital]]. He was catheterised and is fine, but his daughter has
        complained via {{PALS}}.
        There was no escalation at the 2-hour {{breach}} point because the {{dashboard}} alert was
        muted after the {{IT}} update on [[date:Thursday 16th]].
        Can this go to {{Tuesday}}'s {{governance meeting}}?
        [[name:Ruth]]

        [[name:Ruth Ansah]] | {{Clinical Navigator}} | [[phone:0113 496 0725]]
    """)),
    ("health", "success", block("""
        LEARNING REVIEW – MINUTES
        [[organisation:Northvale Ambulance Service NHS Trust]] – {{EOC}}, [[date:07/06/2024]]
        Attendees: [[name:Lin Zhao]] (Chair, {{Watch Manager}}), [[name:Tomasz Zieliński]] ({{EMD}}),
        [[name:Faith Mbeki]] ({{Paramedic}}), [[name:Hassan Jalloh]] ({{Dispatcher}}), [[name:Ewa]] ({{Patient Safety}})
        Apologies: Dr [[name:Ines Ferreira]]

        Event: multi-vehicle {{RTC}} on the bypass, [[date:1 June]], four patients, one trapped.
        {{HEMS}} tasked within 4 minutes of the first call.
        Went well:
        - [[name:Hassan]] pre-alerted {{fire}} and {{HART}} before the crew confirmed – saved about 10 min
        - one {{CAD}} incident with linked sub-incidents, no duplicates
        - [[name:Faith]] gave a clear {{METHANE}} report from scene
        Even better if: the {{talkgroup}} got congested; move to a {{tactical channel}} earlier
        Actions: [[name:Ewa]] to write up for the {{Learning Bulletin}}; [[name:Lin]] to share with {{Red Watch}}.
    """)),
    ("health", "near_miss", block("""
        NEAR MISS REPORT
        Patient name: [[name:Doreen Blackwood]]
        DOB: [[date_of_birth:30/06/1939]]
        NHS number: [[nhs_number:785 471 4142]]
        Address: [[address:22 Hollins Crescent, Fernleigh]], [[postcode:NV7 2XA]]
        Incident no: [[case_reference:NV-CAD-240621-0219]]

        What happened: caller reported {{breathing difficulty}}. {{CAD}} matched the address to a
        {{Special Patient Note}} holding a {{DNACPR}} and {{ReSPECT form}}. The note belonged to the
        previous occupant, Mr [[name:Albert Kinsella]], who died in [[date:March 2022]]. The {{EMD}}
        read the note out and was about to tell the caller that {{resuscitation}} was not wanted when
        [[name:Doreen]]'s granddaughter said "that's not her name". No harm; {{Cat 2}} response
        continued normally.
        Why: notes are attached to the address, not the person, and are not reviewed when a death is
        recorded.
        Reported by: [[name:Hannah Mwangi-Ross]], {{EMD}}
    """)),
    ("health", "incident", block("""
        HANDOVER DELAY REPORT – [[organisation:Kingsbridge General Hospital]] – [[date:Sat 13 July]]
        Incident    | Cat | Call  | Wait for resource | Outcome
        [[case_reference:240713-0204]] | 2   | 02:04 | 2h 51m | {{stroke}}, outside {{thrombolysis}} window
        [[case_reference:240713-0319]] | 2   | 03:19 | 1h 40m | {{sepsis}}, admitted {{ITU}}
        [[case_reference:240713-0402]] | 1   | 04:02 | 19m    | {{cardiac arrest}}, died on scene
        [[case_reference:240713-0455]] | 3   | 04:55 | 5h 10m | fall, discharged
        At the peak 11 crews were held outside the {{ED}} at [[organisation:Kingsbridge]] (longest
        6h 02m). The {{HALO}} requested release of crews at 02:30 and 03:45; refused both times by the
        {{site manager}} as the hospital was at {{OPEL 4}}.
        Cat 1 arrest: the nearest crew was in the {{cohort area}} queue 4 miles away. Whether earlier
        release would have changed the outcome is for the {{PSII}} panel.
        Escalated to {{Tactical Commander}} [[name:Seán O'Driscoll]].
    """)),
    ("health", "near_miss", block("""
        EOC shift handover – days → nights, [[date:Fri 26/07]]
        Dispatch desk (south):
        - 3 crews on {{meal breaks}}, back by {{19:45}}
        - [[vehicle_registration:NX22 FPA]] off road – {{tail lift}} fault
        - NEAR MISS: crew sent to [[address:41 Quarry Bank, Tolverton]] without the {{warning marker}}
          being passed. Address has a {{violence and aggression}} marker ({{police}} attend first).
          [[name:Kwame]] noticed after allocation and held the crew at the {{RVP}} until police
          arrived. Marker sits on the old {{CAD}} premises record, not the new one created after the
          postcode changed to [[postcode:TV3 1QB]].
        - please check both records on any job at that address tonight
        Clinical desk: 42 in queue, longest 3h10. Dr [[name:Ferreira]] on call.
        – [[name:Lucy-Ann]] / [[name:K. Asante]]
    """)),
    ("health", "success", block("""
        Forwarded from {{PALS}} – compliment

        "To whoever answered my call on the [[date:3rd of August]]. My {{mum}} [[name:Bridget]] had a
        {{stroke}} at home and I was panicking. The lady on the phone, I think she said her name was
        [[name:Joy]], kept me calm, told me exactly what to look for and stayed on until the ambulance
        came. Mum had a {{thrombectomy}} at [[organisation:St Aldhelm's Hospital]] and is walking
        again. Please tell [[name:Joy]] thank you from all of us.
        [[name:Deirdre Nwachukwu]], [[address:5 Orchard Rise, Eastholme]]"

        PALS note: staff member identified as [[name:Joy Adebayo-Smith]], {{EMD}}. {{FAST}} positive
        at question 4, coded {{Cat 2}} stroke, crew on scene in 17 min. Shared at {{Monday}}'s
        {{huddle}}.
    """)),
    ("health", "incident", block("""
        Transcript ({{voice recorder}}) – [[case_reference:NV-CAD-240817-2230]], [[date:17/08/24]]
        23:41 CREW (A214): Control, A214, urgent.
        23:41 EOC ([[name:Darren]]): A214 go ahead.
        23:41 CREW: Patient's brother has gone for my colleague, we're back in the vehicle, doors locked, need police now.
        23:42 EOC: Received, are you injured?
        23:42 CREW: [[name:Sophie]]'s got a cut lip, I'm fine.
        23:42 EOC: Received, requesting police, stay in the vehicle. {{Red button}} activated?
        23:43 CREW: Yes.
        23:52 EOC: A214, police ETA 15.
        00:07 police on scene.
        Note by [[name:Darren Ibekwe]] ({{Dispatcher}}): the {{emergency button}} alert reached the
        {{dispatch desk}} but was not audible because the {{alarm}} volume had been turned down on
        that position, so police were not requested until the crew's voice call (about 3 min lost).
        [[address:Flat 2, 17 Brindle Court, Ashby Fold]] now carries a {{warning marker}}. Staff
        injury form for [[name:Sophie Latimer]] (NI [[ni_number:NR 62 19 84 C]]) completed; crew stood
        down, {{TRiM}} offered.
    """)),
    ("health", "near_miss", block("""
        #eoc-ops
        @[[name:kasia.nowak]] 09:12  heads up {{CAD}} froze on all positions at 09:04, we're on {{paper tickets}} per the {{business continuity plan}}
        @[[name:mo.farouk]] 09:13  dispatch has the {{fallback radio}} list. @[[name:kasia.nowak]] who's got the {{Cat 1}} from 09:02?
        @[[name:kasia.nowak]] 09:13  nobody!! it was mid-entry when it froze, caller got cut off
        @[[name:mo.farouk]] 09:14  ring back number?
        @[[name:kasia.nowak]] 09:14  [[phone:07700 900481]] from the {{telephony}} log, ringing now
        @[[name:kasia.nowak]] 09:16  got him, wife not breathing, {{CPR}} going, crew sent off paper
        @[[name:mo.farouk]] 09:40  {{CAD}} back. that call would've been lost if [[name:kasia]] hadn't checked the log – can we add "last call in progress" to the {{BCP}} card pls @[[name:gwen]]
    """)),
    ("health", "success", prose("""
        Good practice report. On [[date:Friday 30 August]] our {{mental health nurse}} in the
        {{EOC}}, [[name:Angharad Pugh]], took a call passed from {{111}} about a
        [[age:19-year-old]] student, [[name:Leon]], who had told his flatmate he had taken an
        {{overdose}} of {{paracetamol}}. [[name:Angharad]] established the amount and timing
        (staggered, about 16 tablets over the day), agreed the {{Cat 2}} disposition was right and kept
        it, but also spoke to [[name:Leon]] directly for twenty minutes while the crew travelled,
        agreeing a {{safety plan}} and getting him to unlock his door. The crew found him calm and
        willing to go to [[organisation:Kingsbridge General Hospital]], where he was started on
        {{acetylcysteine}}. [[name:Leon]]'s mother later contacted {{PALS}} to say thank you. The
        learning is that having a {{mental health}} clinician on the floor turned a likely
        police-assisted entry into a cooperative conveyance. We recommend the pilot, funded by
        [[organisation:Northvale Integrated Care Board]] until {{March}}, is extended to nights.
    """)),
    ("health", "incident", prose("""
        call dropped about 3 mins in, [[age:6mo]] baby not feeding + floppy per {{mum}}. tried ring
        back on the number on screen but it was the {{switchboard}} for
        [[organisation:Brambles Day Nursery]] not mums mobile (she'd rung from the nursery landline?).
        no answer after 4 tries. i didnt know about doing a {{location request}} through the
        {{operator}} or checking {{AML}} until [[name:ollie]] told me, then got her location off
        {{AML}} on her 2nd call 11 mins later. baby taken to [[organisation:St Aldhelm's]]
        {{paeds}}, {{bronchiolitis}}, ok now. delay about 11 mins getting the job back on. ref
        [[case_reference:240905-0661]]. need AML + mobile location in induction for new starters pls,
        i was only on week 3. – [[name:Prish]]
    """)),
    ("health", "near_miss", prose("""
        Incident [[case_reference:NV-CAD-240912-1427]], [[date:12 September]]. A request for {{HEMS}}
        to a farm accident was passed to the {{critical care desk}} with the {{grid reference}}
        transposed (easting and northing swapped). The desk paramedic,
        [[name:Niamh Ó Súilleabháin]], plotted it before tasking and saw it fell in the sea 40 miles
        off the coast. She went back to the caller's {{AML}} fix and re-tasked to the correct field.
        The aircraft launched about 3 minutes later than it otherwise would; the patient, a
        [[age:52-year-old]] farmer with a {{crush injury}}, was flown to the
        {{Major Trauma Centre}}. Had the grid gone to the aircraft unchecked, the crew's
        {{moving map}} would have routed them offshore. The error happened when the
        {{call handler}} copied the grid from a {{free-text}} note into the location field.
        Recommend the {{CAD}} validates grids against the service boundary. Reported by
        [[name:N. Ó Súilleabháin]].
    """)),
    ("health", "success", block("""
        [[date:21/09/2024]], 23:58 - [[name:Gwen Talbot]]: Team I just want to say thank you for tonight. Power cut across half the county and 400+ calls in 2 hrs
        [[date:21/09/2024]], 23:59 - [[name:Gwen Talbot]]: Every {{Cat 1}} answered in under 5 sec on average, nobody lost on a {{home oxygen}} or {{ventilator}} call. [[name:Kez]] you were a machine on the {{vulnerable patients list}}
        [[date:22/09/2024]], 00:03 - [[name:Kez Obi]]: 😂 thx, it was [[name:Amber]]'s idea to cross-check with the [[organisation:Eastholme Power Networks]] {{Priority Services Register}}
        [[date:22/09/2024]], 00:04 - [[name:Amber Kowalczyk]]: teamwork!! also [[name:Hassan]] on {{dispatch}} held 2 crews back for the oxygen calls which saved us
        [[date:22/09/2024]], 00:06 - [[name:Gwen Talbot]]: Writing it up for {{Learning from Excellence}} tomorrow. Go home and sleep x
    """)),
    # ------------------------------------------------------------------ aviation (16)
    ("aviation", "incident", prose("""
        {{ASR}} – cabin crew injury in turbulence. [[flight_number:AU207]] on [[date:4 March 2024]],
        {{Boeing 787-9}} [[aircraft_registration:G-AUXR]], about five hours into the sector during
        the second {{meal service}}. The {{seatbelt sign}} was on for light chop and crew were
        continuing the service as briefed. At about 02:10 UTC the aircraft met
        {{clear air turbulence}} with no warning from the flight deck. [[name:Chidinma Eze]], working
        the aft {{galley}}, was thrown against the {{oven}} housing and suffered a cut to her forehead
        and a suspected wrist fracture. Two {{trolleys}} in the aisle were braked and did not move.
        The {{CSD}}, [[name:Marco Bellandi]], took over her duties, she was treated from the
        {{first aid kit}} and the {{Captain}} was informed. [[name:Chidinma]] was met by medics on
        arrival and an {{X-ray}} confirmed a {{scaphoid fracture}}. Learning: the {{PA}} "cabin crew
        be seated" came after the event; the flight crew had a {{PIREP}} of moderate turbulence ahead
        but did not pass it to the cabin. An {{MOR}} has been filed with the {{CAA}} by
        [[organisation:Aurelian Airways]] {{Flight Safety}}.
    """)),
    ("aviation", "near_miss", prose("""
        near miss - {{door 3R}}. on stand, disarm cmd given, i disarmed 3L + did {{cross-check}} w/
        [[name:deepa]] but 3R's operator ([[name:tobi]]) had gone fwd to help w/ a wheelchair pax.
        nobody crosschecked 3R. {{ground staff}} knocked for {{catering}} + the {{girt bar}} was still
        engaged. [[name:deepa]] saw the {{arming lever}} still in armed just as she put her hand to
        the handle. if it had opened the {{slide}} wld have deployed onto the {{hi-loader}} w/ a guy
        on it. flt [[flight_number:AU118]] [[date:12/3]] reg [[aircraft_registration:G-AUZT]]. not
        blaming anyone, {{CSM}} ([[name:Ilse]]) says we need "no move til cross-check" said out loud.
        this has happened before on the {{A350}}s. [[name:sam k]]
    """)),
    ("aviation", "success", block("""
        🙌 CREW SHOUT-OUT – [[flight_number:AU331]], [[date:Sun 17 March]]
        Massive thanks to [[name:Grace Adjei]] and [[name:Pat]] in the {{economy}} cabin, who spotted
        a passenger in 41C sweating and confused. [[name:Grace]] remembered he'd mentioned being
        {{diabetic}} at boarding; they checked his {{blood glucose}} with his own meter (2.1), gave
        {{glucose gel}} from the {{first aid kit}}, then orange juice and a sandwich, and rechecked
        every 15 min. {{Ground-based medical support}} agreed no diversion was needed. [[name:Pat]]
        stayed with him for the rest of the flight and he walked off smiling.
        He has since emailed {{Customer Relations}} to say thank you.
        Proud of this crew!
        [[name:Henrik]] – {{CSD}}
    """)),
    ("aviation", "incident", block("""
        CHRONOLOGY – oven smoke – [[flight_number:AU442]] [[aircraft_registration:G-AUXM]] [[date:22/03/2024]] (UTC)
        0312  [[name:Bogdan Petrescu]] smells burning in {{aft galley}}, {{oven 4}}
        0313  smoke from oven door seal. Oven power off, {{circuit breaker}} pulled per {{SEP}}
        0313  [[name:Bogdan]] calls {{CSM}} [[name:Leticia Ramos]]; {{BCF}} positioned, {{PBE}} on standby
        0314  {{Captain}} informed via {{interphone}}
        0316  smoke dissipating, no flames. Oven left closed
        0320  flight deck declares {{PAN}} as a precaution, considers diversion
        0345  cabin clear, no recurrence. Decision to continue
        0350  {{PA}} to passengers by [[name:Leticia]]
        0910  landed; engineers found a plastic {{casserole}} lid melted onto the element
        Cause: foil lids swapped for plastic by [[organisation:SkyTable Catering]] – wrong stock
        loaded. {{MOR}} raised. Well done [[name:Bogdan]] for acting on the smell.
    """)),
    ("aviation", "near_miss", block("""
        From: [[name:Yasmin Haddad]] <[[email:yasmin.haddad@aurelian-air.co.uk]]>
        To: [[email:cabinsafety@aurelian-air.co.uk]]
        Date: [[date:2 April 2024]] 11:20
        Subject: Near miss – allergen meal [[flight_number:AU209]]

        Hello,
        On yesterday's [[flight_number:AU209]] a passenger in 14A had pre-ordered a {{nut-free}}
        meal and had told the gate she carries an {{adrenaline auto-injector}}. Her meal was loaded
        correctly but labelled for 14B, and the standard meal with {{satay}} sauce was put in front of
        her by a new {{crew member}}. [[name:Ronan]] (second week on line) checked the {{PIL}} again when
        she asked what was in it and swapped it before she ate anything. No harm. The label error
        came from the {{outstation}} caterer.
        Suggest: {{special meals}} handed out by name, not seat number, with verbal confirmation.

        Kind regards
        [[name:Yasmin]]
        [[name:Yasmin Haddad]] | {{Purser}} | [[phone:07700 900127]]
    """)),
    ("aviation", "incident", block("""
        RT extract and cabin summary – diversion, [[date:9 April 2024]]
        [[flight_number:Aurelian 215]] heavy: {{PAN PAN}} {{PAN PAN}} {{PAN PAN}}, [[flight_number:Aurelian 215]] heavy, violent passenger on board, request diversion to nearest suitable, police to meet the aircraft.
        {{ATC}}: [[flight_number:Aurelian 215]] heavy, roger PAN, turn left heading 090, descend FL310, police will be advised.
        [[flight_number:Aurelian 215]] heavy: Left 090, descending FL310, [[flight_number:Aurelian 215]] heavy.

        Cabin summary ({{CSD}} [[name:Ngozi Eze-Whitfield]]): passenger in 52D, Mr [[name:Dale Corrigan]],
        became aggressive after being refused more alcohol, headbutted a crew member ([[name:Aarav]])
        and tried to reach the rear {{galley}} door. Restrained by crew using the {{restraint kit}}
        with two passengers assisting. Police removed him on arrival. [[name:Aarav]] has a
        {{broken nose}}. Aircraft [[aircraft_registration:G-AUXQ]], {{Boeing 777-300ER}}. {{ASR}}
        filed, crew offered {{peer support}}.
    """)),
    ("aviation", "success", block("""
        Fwd: Customer compliment – ref [[case_reference:CR-2024-55107]]

        Dear [[organisation:Aurelian Airways]],
        I was travelling with my son [[name:Alfie]] ([[age:7]]), who is {{autistic}}, on
        [[flight_number:AU330]] on [[date:20 April]]. He had a meltdown at the door. A crew member
        called [[name:Sunny]] (I think her badge said [[name:Sunny]]) knelt down at his level, got
        him a {{sunflower lanyard}} and {{ear defenders}}, and the {{Captain}} let him see the
        {{flight deck}} before departure. He slept for six hours. Thank you.
        [[name:Louise Brannigan]]

        {{Customer Relations}} note: crew member identified as [[name:Sunniva Halvorsen]] ({{CCM}}).
        Captain [[name:Rodrigues]] also named. Passed to {{base manager}} for recognition.
    """)),
    ("aviation", "near_miss", block("""
        [[date:28/04/2024]], 15:41 - [[name:Mia Laurent]]: heads up for anyone in {{business}}: pax in 6K lost phone down the side of the {{flat bed}} seat, we nearly let him move it to bed mode to look for it 😬
        [[date:28/04/2024]], 15:43 - [[name:João Pereira]]: omg the crush thing. did u do the {{PED}} procedure?
        [[date:28/04/2024]], 15:45 - [[name:Mia Laurent]]: yes once [[name:Rosa]] stopped him. seat locked off, {{fire containment bag}} + gloves ready, found it wedged in the mechanism, a bit warm but intact
        [[date:28/04/2024]], 15:46 - [[name:Mia Laurent]]: told the flt deck + put in the {{tech log}}. {{ASR}} done
        [[date:28/04/2024]], 15:50 - [[name:Rosa]]: cheers [[name:Mia]] x tbh I only saw him reaching for the seat control
        [[date:28/04/2024]], 15:52 - [[name:João Pereira]]: reminding my crew at {{briefing}} tmrw, {{lithium battery}} + seat = 🔥
    """)),
    ("aviation", "incident", block("""
        PASSENGER INJURY REPORT
        Flight: [[flight_number:AU552]]    Date: [[date:05/05/2024]]    A/C: [[aircraft_registration:G-AUXN]]
        Passenger: [[name:Hyun-woo Park]]    DOB: [[date_of_birth:11/12/1986]]
        Home address: [[address:3 Wexcombe Mews, Tolverton]] [[postcode:TV1 5NS]]
        Phone: [[phone:07700 900845]]    Email: [[email:hwpark86@maildrop.example]]
        Seat: 27E
        Injury: {{scald}} to left thigh, approx 8 x 5 cm, reddening, small blister
        How: during {{hot beverage}} service a cup of tea was passed over the aisle seat to 27E; the
        passenger in 27D (Mrs [[name:Olufemi]]) knocked the crew member's arm while standing up to
        reach the {{overhead locker}}.
        Treatment: cool running water in the {{lav}} for 20 min, {{burn gel}} dressing from the
        {{first aid kit}}. {{Paracetamol}} declined. {{Wheelchair}} on arrival offered, declined.
        Crew: [[name:Agnieszka Wiśniewska]] (serving), [[name:Tom]] ({{CSM}})
        Witness: Mrs [[name:Olufemi]] (27D)
    """)),
    ("aviation", "success", prose("""
        Positive report. On [[flight_number:AU118]] ([[date:14 May]]) a passenger in 33B travelling
        alone became increasingly agitated about an hour after take-off, shouting that the aircraft
        was going to crash. The nearest crew member, [[name:Kofi Boateng-Sørensen]], recognised a
        likely {{panic attack}} rather than intoxication, knelt in the aisle, used a calm voice and,
        with the {{CSM}}'s agreement, moved him to a vacant row near {{door 4L}} where he could see
        the crew working. [[name:Kofi]] used the breathing techniques from our
        {{mental health first aid}} course and checked in every 20 minutes. The passenger slept for the
        last four hours and thanked the crew on arrival. No {{restraint}}, no need to involve the
        {{Captain}}, and nobody else was disturbed. Good {{CRM}} too: [[name:Kofi]] briefed
        [[name:Esperanza]] in the {{mid galley}} so someone always had eyes on the row. Reported by
        [[name:Will Okoro]], {{CSM}}.
    """)),
    ("aviation", "incident", block("""
        PRE-FLIGHT EQUIPMENT CHECK – DEFECTS
        [[flight_number:AU207]] / [[aircraft_registration:G-AUXR]] / [[date:Sat 25 May]]
        Location    | Item              | Defect                         | Checked by
        Door 1L     | {{PBE}}           | missing                        | [[name:Fatima]]
        Door 2R     | {{BCF}}           | seal broken, gauge in green    | [[name:H. Okonkwo-Price]]
        Crew rest   | {{torch}}         | no battery                     | [[name:Fatima]]
        Door 4R     | {{AED}}           | pads past expiry               | [[name:Luca]]
        Aft galley  | {{first aid kit}} | seal broken, contents complete | [[name:Luca]]
        Outcome: PBE replaced by engineers, departure delayed 38 min. The aircraft came out of
        {{heavy maintenance}} the night before; engineering confirm the PBE was removed for inspection
        and not refitted. Reported as an incident because the aircraft was released to crew with a
        {{no-go item}} missing. Logged in the {{tech log}} and copied to [[organisation:Aurelian Airways]]
        {{Quality}}. – [[name:Brigitte]] ({{CSD}})
    """)),
    ("aviation", "near_miss", block("""
        Crew rest handover – 1st → 2nd rest, [[flight_number:AU330]], [[date:3 June]]
        - Cabin quiet, {{lights out}} all cabins. 2 pax unwell: 22C (nausea, given water), 48H ({{anxiety}}, [[name:Ha-eun]] checking)
        - NEAR MISS: during {{controlled rest}} the {{SFO}} came out to use the lav. Procedure = a crew
          member on the flight deck whenever one pilot is alone. [[name:Emre]] was called but went to
          2L galley first to put trays down – approx 3 min with the {{FO}} alone and no {{check calls}}.
          Flight deck didn't call us either. Spoke to [[name:Emre]] and Captain [[name:Abara]], {{ASR}} to follow.
        - Bar keys with [[name:Ha-eun]]
        - {{duty free}} sealed, paperwork done
        [[name:Jonah]] → [[name:Precious]]
    """)),
    ("aviation", "incident", block("""
        CREW DEBRIEF NOTES – [[flight_number:AU441]], [[date:18/06/2024]]
        Present: [[name:Marco Bellandi]] ({{CSD}}), [[name:Ayodele]], [[name:Keira MacLeod]], [[name:Piotr]], [[name:Sunita Rao]], Capt [[name:Elin Jansson]]
        Not present: [[name:Faith]] (released to hotel)
        1. During the {{take-off roll}} a {{half trolley}} rolled out of its stowage in the {{mid galley}}
        and down the aisle about four rows, stopping against seat 19C. No injuries; the passenger in
        19C was shaken.
        2. [[name:Keira]] had done the {{secure galley}} check; the trolley was braked but its {{toggle}}
        had not been turned. The toggle at that position is loose and turns under vibration – there
        was a previous {{defect}} entry last month.
        3. [[name:Piotr]] suggested a push-pull check of every trolley after latching. Agreed for this
        crew and to raise for an {{SOP}} change.
        4. Capt [[name:Jansson]] entered it in the {{tech log}}; {{ASR}} by [[name:Marco]].
    """)),
    ("aviation", "success", block("""
        #base-crew-news
        @[[name:rachel.ito]]  12:04
        Shout out to the [[flight_number:AU229]] crew from [[date:Thursday 27th]] 👏 A passenger went
        into {{cardiac arrest}} over the ocean and the crew ran {{CPR}} for 22 minutes, used the {{AED}}
        and got {{ROSC}}. A doctor travelling in {{Premium}} (Dr [[name:Imran Siddiqui]]) helped, and
        [[name:Moana]] kept the {{ground-based medical}} link going the whole time. Diverted, and he's
        alive in {{ICU}}.
        @[[name:moana.tepania]]  12:10
        thank u 🥹 honestly a whole-crew thing, [[name:Dev]] + [[name:Bea]] did compressions in shifts
        and [[name:Grace]] cleared the area
        @[[name:rachel.ito]]  12:11
        {{peer support}} has been in touch with all of you – shout if anyone needs more time off
    """)),
    ("aviation", "near_miss", prose("""
        During boarding of [[flight_number:AU552]] on [[date:Monday 8 July]] the {{CSM}},
        [[name:Olamide]], checked the {{portable oxygen concentrator}} paperwork for a passenger in
        23A, Ms [[name:Vera Castellanos-Brandt]] ([[age:81]]). Her {{medical clearance}} form said
        she needed oxygen for the whole flight. Our {{POC}} policy requires battery life of 150% of
        flight time; she had two batteries giving roughly 8 hours for a 13-hour sector. The
        {{ground staff}} had checked the model was approved but not the batteries. [[name:Olamide]]
        raised it with the {{Captain}} and the {{dispatcher}}; the passenger was offloaded and rebooked
        the next day with {{medical oxygen}} supplied by the airline. Had she travelled she would have
        run out of oxygen with hours still to fly over the ocean. Learning: the check-in script should
        ask for battery hours, not just the {{POC}} model. Reported by [[name:Sander de Vries]],
        {{Cabin Safety}}.
    """)),
    ("aviation", "success", prose("""
        quick one for the good catch file. [[flight_number:AU406]] [[date:23/7]], girl in row 38
        looked about [[age:15]], travelling w/ a man who said he was her uncle. she had no idea where
        they were staying, he held both passports + did all the talking, she didnt eat or go to the
        {{loo}} without him. [[name:ama]] remembered the {{human trafficking}} awareness module and
        told me ({{CSM}}). we didnt confront, just watched + noted. told the {{captain}} who passed it
        to {{ATC}} and {{ops}}, {{Border Force}} met the {{a/c}} and spoke to them separately. found out
        later she's been placed with {{children's services}} and he's been arrested. proud of
        [[name:ama]], she's only been flying 6 months. [[name:leon]]
    """)),
]

if __name__ == "__main__":
    write_records(OUT, build_records("blind296", REPORTS))
