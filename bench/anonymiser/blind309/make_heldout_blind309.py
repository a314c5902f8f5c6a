"""Held-out blind corpus 309: 50 hand-written UK incident, near-miss and success reports.

Written blind (without sight of the de-identifier or of any other corpus) so that it measures
how well the de-identifier generalises. All people, organisations, places and numbers are
invented.

Settings:
- social_care (17): a short-breaks children's home for disabled children.
- health (17): a sexual health clinic.
- aviation (16): line maintenance at a low-cost airline.

Each domain mixes incident, near_miss and success ("learning") reports. Styles are deliberately
mixed: rushed lower-case notes with typos and txt-speak, formal narratives, chronologies with
times, forms with Name/DOB/Ref/Address fields, e-mails with headers and signatures, chat exports
(Teams, WhatsApp, Slack), handover notes, minutes with attendance and apologies, pipe tables,
radio (RT) transcripts, shout-outs and thank-you notes.

Identifiers are marked `[[label:value]]` with the labels of `markup.LABELS`; must-not-redact
mentions (roles, agencies, drugs, equipment, generic times, place types, acronyms) are marked
`{{term}}`.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from markup import block, build_records, write_records  # noqa: E402
from markup import flow as prose  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "corpus" / "heldout_blind309.jsonl"

REPORTS = [
    # ------------------------------------------------------------------ social care (17)
    ("social_care", "incident", prose("""
        shift note - wed pm. [[name:kayden]] ([[age:9yo]]) went out on the {{minibus}} to the park w [[name:tash]]
        and [[name:dev]] and his {{buccal midaz}} was left in the {{meds cupboard}}!! only noticed at 4.10 when
        [[name:dev]] checked the {{grab bag}}. rang back to base, [[name:ola]] drove it over in her own car
        ([[vehicle_registration:KM17 RXU]]), approx 15 min w/o rescue med which is not in line w his
        {{epilepsy care plan}}. no {{seizure}} thank god. {{mum}} informed by phone at 5ish, she was ok but
        not happy tbh. told {{shift lead}} + filled in {{incident form}}. think we need a checklist on the
        van door not just in the office. sorry for typos writing this on my phone - [[name:T.B.]]
    """)),
    ("social_care", "incident", block("""
        INCIDENT REPORT - {{short breaks}} service
        Home: [[organisation:Larchfield House]]
        Child: [[name:Aaliyah Mensah-Boateng]]     DOB: [[date_of_birth:14/06/2013]]
        NHS no: [[nhs_number:4859273109]]     LA ref: [[case_reference:CWD-22817]]
        Address: [[address:7 Quarry Bank Road, Hollinsford]] [[postcode:HF4 2LW]]
        Date/time: [[date:18/09/2024]] 07:40
        Staff: [[name:Grace Adeyemi]] ({{senior RSW}}), [[name:Bill Hartigan]] ({{RSW}})

        What happened: during a {{hoist}} transfer from bed to {{shower chair}} the left {{sling}} loop
        was not fully hooked on. [[name:Aaliyah]] dropped about 10cm and grazed her right shin on the
        footplate. Two staff present as per her {{moving and handling plan}}; [[name:Grace]] lowered her safely.
        Action: {{first aid}}, {{body map}} done, {{hoist}} and sling checked by [[name:Bill]] - no fault found.
        Parent informed: {{dad}} by phone 09:15.
        {{Social worker}} informed: email to Ms [[name:Okonjo]] ({{CWD team}}) same day.
        {{Reg 40}} to {{Ofsted}}: not needed, minor injury.
    """)),
    ("social_care", "near_miss", block("""
        [[date:19/10/2024]], 19:02 - [[name:Joy Mwangi]]: anyone know if [[name:Hope]] has had her {{7pm}} {{melatonin}}?? {{MAR}} not signed
        [[date:19/10/2024]], 19:03 - [[name:Sunny]]: not me hun was in the {{sensory room}} w [[name:Mo]]
        [[date:19/10/2024]], 19:06 - [[name:Joy Mwangi]]: ok so i nearly gave it then saw the box says [[name:Hope Ferris]] not [[name:Hope Ferreira]] 😳 we've got both girls in this wknd
        [[date:19/10/2024]], 19:06 - [[name:Joy Mwangi]]: same corridor, same {{blister packs}} from the same {{pharmacy}}
        [[date:19/10/2024]], 19:08 - [[name:Wojciech]]: 😬 good catch. is there a photo on the {{MAR}} front sheet?
        [[date:19/10/2024]], 19:09 - [[name:Joy Mwangi]]: the [[name:Ferreira]] one is from when she was [[age:6]] lol doesnt look like her
        [[date:19/10/2024]], 19:11 - [[name:Sunny]]: doing {{near miss form}} now, will tell [[name:Rashida]] ({{RM}}) tmrw. can we put {{name alerts}} on both files
    """)),
    ("social_care", "success", prose("""
        SHOUT OUT 🌟 Massive thank you to [[name:Faith]] and [[name:Ren Takahashi]] on the {{late shift}} last
        Saturday ([[date:2 Nov]]). When the {{fire alarm}} went off at 8pm (false alarm - burnt toast in the
        {{staff kitchen}}!) [[name:Faith]] calmly got all five young people out to the {{assembly point}}.
        [[name:Ren]] used {{Makaton}} and the {{PECS}} 'fire - outside - wait - back in' strip with [[name:Zain]],
        who is {{autistic}} and finds loud noise really hard. [[name:Zain]] stayed regulated, no {{restraint}},
        no injuries and everyone back in within 12 minutes. This is exactly why we practise the {{PEEPs}}.
        [[name:Ren]] has offered to make strips for every child - brilliant idea. Well done both!
        - [[name:Dolores]], {{Registered Manager}}
    """)),
    ("social_care", "incident", prose("""
        On [[date:Sunday 6 October 2024]] at approximately 15:20, [[name:Tobias Lindqvist]] ([[age:13 years]])
        left the garden at [[organisation:Larchfield House]] through the side gate, which had been left on the
        latch after a {{contractor}} delivery. [[name:Tobias]] has a {{learning disability}}, limited road
        awareness and no {{verbal communication}}. He was last seen by [[name:Amber Quinn]]
        ({{residential worker}}), who was supervising three children in the garden. When she noticed at 15:26
        that he was missing she alerted the {{shift leader}} and a search of the grounds was started.
        {{Police}} were called at 15:34 under the {{missing from care}} protocol (log
        [[case_reference:HP-0610-1187]]). [[name:Tobias]] was found at 15:51 by a member of the public outside
        the [[organisation:Co-op]] on [[address:Bramwell Street]], unhurt, and was returned by {{police}}.
        {{Mum}} and the {{EDT}} were informed. The gate now has a {{keypad lock}} and contractors must sign in
        and out with the shift leader.
    """)),
    ("social_care", "near_miss", block("""
        HANDOVER - nights to earlies - [[date:Thurs 14th]]
        Rm 1 [[name:Leo]] - slept well, {{PEG}} feed finished 06:00, site clean.
        Rm 2 [[name:Ama Owusu-Ansah]] - see below!!
        Rm 3 [[name:Isla-Rose]] - 2 short {{absence seizures}} 02:10 + 02:40, logged, no {{rescue meds}} needed.
        Rm 4 empty (cancelled - {{dad}} poorly)

        NEAR MISS re [[name:Ama]]: at 22:30 the {{feed pump}} was running her overnight feed at 125ml/hr.
        Her {{dietitian}} plan says 62.5ml/hr. Looks like the rate from her last stay was still saved.
        [[name:Pat]] spotted it on the 23:00 check, maybe 60ml extra went in. Stopped, restarted at the
        correct rate, obs fine, no vomiting. Rang {{on-call manager}} ([[name:Kwame]]) who said log it +
        ring {{mum}} in the morning. Please ring her after 8 - number is on the {{grab sheet}}.
        Suggest we clear pump memory at every discharge.
        [[name:Pat]] + [[name:Hamza]] (nights)
    """)),
    ("social_care", "incident", block("""
        Post-incident learning review - school transport
        Date: [[date:22 January 2025]]
        Present: [[name:Dolores Whitcombe]] ({{Registered Manager}}), [[name:Mark Ellery]] ({{Deputy}}),
        [[name:Nkechi]] ({{shift lead}}), [[name:Jamie Sutcliffe]] ({{transport coordinator}}, [[organisation:Hartmoor Council]])
        Apologies: [[name:Siobhán Ní Bhriain]] ({{IRO}}), [[name:Will Ashdown]] ({{Reg 44 visitor}})

        1. What happened: on [[date:13/01]] [[name:Riya]] ([[age:11]]) was collected for school by a driver
        from a different taxi firm who had her on his sheet for the afternoon run, not the morning.
        No {{escort}} present. Staff handed her over because the driver knew her name. He realised
        at the school gate ([[organisation:Fernhill Academy]]).
        2. Discussion: no photo ID check. [[name:Mark]] noted the taxi was a different colour and reg
        to usual ([[vehicle_registration:YC21 HBN]] instead of [[vehicle_registration:YC68 WPT]]).
        3. Actions: ID check on every pickup ([[name:Nkechi]]); {{transport}} to send daily sheet by 7am
        ([[name:Jamie]]); {{LADO}} not needed as no harm, but inform {{social worker}} ([[name:Dolores]]).
    """)),
    ("social_care", "incident", block("""
        From: [[name:Rashida Begum]] <[[email:r.begum@larchfieldhouse.org.uk]]>
        To: [[email:safeguarding.cwd@hartmoor.gov.uk]]
        Cc: [[name:Dolores Whitcombe]]
        Sent: [[date:Tuesday 11 February 2025]] 16:47
        Subject: Data breach - letter sent to wrong family

        Hi all,
        Reporting that this morning our {{admin assistant}} posted the {{short breaks}} booking letter for
        [[name:Freddie Nowak]] to the family of another child, [[name:Frankie Nowell]]. The letter included
        [[name:Freddie]]'s {{care plan}} summary, his DOB ([[date_of_birth:02/03/2016]]) and home address
        ([[address:41 Linnet Close, Ashby Moor]], [[postcode:AM7 3QD]]). [[name:Frankie]]'s {{mum}} rang us at
        14:20 and has kindly posted it back unopened(ish). [[name:Freddie]]'s parents have been told and were
        understanding. Logged with the {{DPO}}, breach ref [[case_reference:IG-2025-0342]]. We are moving to
        window envelopes + a two-person check for anything with a {{care plan}} in it.

        Thanks
        [[name:Rashida]]
        {{Deputy Manager}}, [[organisation:Larchfield House]] | [[phone:01632 960418]]
    """)),
    ("social_care", "near_miss", block("""
        {{CD}} / {{PRN}} stock check - weekly - w/c [[date:03/03/2025]]
        Med                         | Child               | Expected | Counted | Checked by
        {{Buccal midazolam}} 5mg    | [[name:Kai]]        | 4        | 4       | [[name:JK]] / [[name:AO]]
        {{Buccal midazolam}} 7.5mg  | [[name:Precious]]   | 4        | 3       | [[name:JK]] / [[name:AO]]
        {{Diazepam}} rectal         | [[name:O. Adebayo]] | 2        | 2       | [[name:JK]] / [[name:AO]]
        {{Melatonin}} liquid        | [[name:Kai]]        | 50ml     | 50ml    | [[name:JK]] / [[name:AO]]

        Note ([[name:JK]]): 1 x midaz for [[name:Precious]] missing. Found in her {{day bag}} - went to
        school with her Fri and came back in the bag, never booked back in. No loss, but the count would
        have been wrong if she'd had a {{seizure}} at home and {{mum}} used the 'last' one thinking we had
        spare. Flagged to {{shift lead}}. Booking in/out sheet for {{rescue meds}} now in the {{transport bag}}.
    """)),
    ("social_care", "success", prose("""
        Transcribed from a card left in the office ({{keyworker}} asked for it to go on the {{learning}}
        board): "To everyone at [[organisation:Larchfield House]], especially [[name:Bea]], [[name:Kofi]] and
        [[name:Rose]] on nights. Our [[name:Malachi]] turned [[age:8]] while he was with you and you made him a
        sensory birthday - bubbles, the {{light tube}} and the {{Makaton}} birthday song. He came home and
        signed 'party' to his {{nan}} all evening! You noticed he was getting {{reflux}} after his evening feed
        and wrote it in his book, which we've now taken to his {{paediatrician}}. Thank you for treating him
        like a little boy and not a list of needs. Love from [[name:Chanel]], [[name:Dwayne]] and [[name:Mal]] x"
        Card passed to the {{nights}} team and a copy to [[name:Kofi]]'s {{supervision}} file.
        - [[name:Hattie]], {{admin}}
    """)),
    ("social_care", "incident", block("""
        Chronology - allegation against staff - [[case_reference:LADO/25/0219]]
        [[date:Fri 7 March]]
        18:30  [[name:Jayden Cole]] ([[age:15]]) tells {{waking night}} worker [[name:Ife]] that "the big man"
               grabbed his arm hard at teatime. Red mark noted L forearm, {{body map}} done.
        18:45  [[name:Ife]] informs {{shift lead}} [[name:Gareth Pryce]]. Only male staff on shift = [[name:Lamar]].
        18:50  [[name:Lamar]] asked to work in the office, away from young people, pending advice.
        19:05  {{on-call manager}} (Ms [[name:Fairweather]]) informed.
        19:20  {{EDT}} informed. {{mum}} informed, she asked for [[name:Jayden]] to stay tonight.
        19:40  [[name:Lamar]] sent home on full pay pending {{LADO}} advice (agreed with on-call).
        [[date:Mon 10 March]]
        09:10  Referral to {{LADO}}. {{strategy discussion}} booked. {{Ofsted}} notified ({{Reg 40}}).
        11:00  [[name:Jayden]] says he was "messing" - he was pulling away when [[name:Lamar]] stopped him
               running into the {{kitchen}} with the kettle on.
        Note: {{CCTV}} in communal areas shows a guiding hold, approx 3 sec. Outcome awaited.
    """)),
    ("social_care", "near_miss", prose("""
        near miss - nut allergy. [[name:lily-mae]] came back from school ([[organisation:St Bart's Primary]])
        with a slice of birthday cake in her bag from another kids party. {{epipen}} kid, severe
        {{peanut allergy}}, risk of {{anaphylaxis}}. she was about to eat it in the {{lounge}} when [[name:grace]]
        asked where it came from - no ingredients no label. took it off her (big meltdown, used her
        {{now/next}} board, settled after 10 min). rang {{school}}, {{teacher}} said they'd checked but it was a
        shop cake w "may contain". so 2 checks missed. [[name:grace]] going to email the {{SENCO}} re home-school
        book saying NO food to come home. also reminder to all - {{allergy}} alert card is on the fridge + in
        the {{MAR}} folder. [[name:b.k.]]
    """)),
    ("social_care", "success", prose("""
        Learning from good practice: [[name:Oluwaseun Bakare]] ([[age:aged 10]]) had his first overnight stay
        with us on [[date:28 February 2025]]. Previous placements at another {{short breaks}} unit broke down
        because of {{distressed behaviour}} at bedtime. Our {{deputy manager}}, [[name:Marguerite Oyelaran]], led
        a transition plan with {{mum}}, his {{class teacher}} at [[organisation:Brookvale School]] and the
        {{CWD social worker}}. Over six weeks he had four tea visits, a {{social story}} with photos of his room,
        and his own weighted blanket from home. Staff read his {{communication passport}} and {{PBS plan}}
        before each visit and [[name:Seun]] chose which staff he liked ([[name:Tomasz]] and [[name:Grace]]).
        He slept from 21:30 to 06:10 with no incidents. {{Mum}} said it was the first full night's sleep she
        had had since {{Christmas}}. What worked: slow pace, same two staff, the child choosing. We will use
        this model for all new referrals. Ref [[case_reference:SB-NR-0077]].
    """)),
    ("social_care", "incident", block("""
        [[name:Kerry-Ann Douglas]]  10:14
        just to let you know [[name:Ibrahim]] bit [[name:Sinead]] on her forearm during {{personal care}} - skin broken
        [[name:Kerry-Ann Douglas]]  10:15
        she's washed it, {{first aider}} [[name:Patience]] has looked, going to {{minor injuries}} at [[organisation:Ashby Moor Community Hospital]] for a {{tetanus}} check
        [[name:Dolores Whitcombe]]  10:21
        thanks [[name:KA]]. is [[name:Ibrahim]] ok? any trigger?
        [[name:Kerry-Ann Douglas]]  10:23
        he's ok now, in the {{sensory room}}. think it was the new {{shower gel}} - his {{OT}} said strong smells. different brand, old one ran out
        [[name:Dolores Whitcombe]]  10:25
        ok pls do {{RIDDOR}} check + {{accident book}} for [[name:Sinead]], incident form for [[name:Ibrahim]]. get the right gel ordered today. [[name:Sinead]] can go home if she wants, paid
        [[name:Sinead O'Rourke]]  11:40
        back from {{MIU}}, all fine, had a booster. happy to finish shift 👍 NI for the accident book is [[ni_number:JT482193C]]
    """)),
    ("social_care", "near_miss", block("""
        NEAR MISS REPORT
        Reported by: [[name:Hamza Qureshi]]        Role: {{driver}} / {{RSW}}
        Date: [[date:05/04/2025]]                  Vehicle: {{minibus}} [[vehicle_registration:HF19 KLA]]
        Young person: [[name:Eliza]] ([[age:12]]), uses a {{power chair}}
        Location: {{car park}}, [[organisation:Hollinsford Leisure Centre]]

        What happened: after loading [[name:Eliza]] on the {{tail lift}} I fitted the rear two
        {{wheelchair clamps}} but got distracted by another child and did not fit the front two.
        My colleague [[name:Faith Nwachukwu]] did the pre-drive "{{buckle, belt, brake}}" check and found
        the front straps loose on the floor. We had not moved. Fixed before setting off.
        Why: only 2 staff for 3 children on the outing, {{ratio}} should have been 3. One staff rang in sick at 08:00.
        Suggestion: laminate the {{clamp checklist}} on the lift; the {{driver}} does not load.
    """)),
    ("social_care", "success", block("""
        From: [[name:Priya Raghunathan]] <[[email:priya.raghunathan@castlebridge.gov.uk]]>
        To: [[name:Dolores Whitcombe]] <[[email:dolores.whitcombe@larchfieldhouse.org.uk]]>
        Date: [[date:17 April 2025]]
        Subject: Thank you - [[name:Amani]]'s review

        Dear [[name:Dolores]],
        I wanted to feed back after [[name:Amani]]'s {{LAC review}} yesterday. As {{IRO}} I don't often see a
        {{short breaks}} provider bring the child's voice in so clearly. [[name:Hope Adjei]], his {{key worker}},
        had made a short video of [[name:Amani]] using his {{eye-gaze}} device to say what he likes about his
        stays ("pizza", "[[name:Hope]]", "bubbles", "bus"). His {{CWD}} social worker Mr [[name:Fenwick]] and
        {{mum}} were both moved by it. It changed the tone of the meeting and we agreed to increase his
        {{overnights}} from 2 to 3 a month. Please pass my thanks to [[name:Hope]] and the team.

        Kind regards
        [[name:Priya Raghunathan]]
        {{Independent Reviewing Officer}}, [[organisation:Castlebridge City Council]]
        Tel [[phone:0113 496 0772]]
    """)),
    ("social_care", "incident", prose("""
        Case note [[date:25/04/25]] - {{safeguarding}} disclosure. During {{bath time}} [[name:Maja Kowalczyk]]
        ([[age:14]]) told [[name:Amber]] ({{RSW}}) and me that her {{step-dad}} "locks me in when he's cross".
        She repeated it on her {{talker}} ({{AAC}}) when I asked an open question. I did not ask further.
        Noticed old {{bruising}} on both upper arms, recorded on a {{body map}}. Informed the {{DSL}} for the
        home, [[name:Yusuf]], at 20:10. [[name:Yusuf]] rang {{MASH}} (ref [[case_reference:MASH-25-55310]]) and
        the {{EDT}} at 20:35. Agreed [[name:Maja]] stays with us tonight and does not go home tomorrow until
        after the {{strategy meeting}}. {{Police}} {{CAIT}} involved next day. [[name:Maja]]'s school
        ([[organisation:Fernhill Academy]]) informed via their {{DSL}}. Staff offered a {{debrief}}.
        - [[name:Kieran Ó Dálaigh]], {{night RSW}}
    """)),
    # ------------------------------------------------------------------ health (17)
    ("health", "incident", prose("""
        results txt went to wrong pt!! pt [[name:Callum Reid]] ([[case_reference:GU-208841]]) had {{chlamydia}} +ve
        result, the {{SMS}} went to a diff [[name:Callum]] - [[name:Callum Reed]] ([[case_reference:GU-208814]]),
        the {{EPR}} auto-populated from the search and both clinic nos look the same at a glance. the wrong
        [[name:callum]] rang in confused at 11.20 this am ([[date:Weds 9th]]). [[name:ash]] ({{HA}}) took the call,
        apologised, confirmed it wasnt his result. right [[name:Callum]] contacted by {{health adviser}} + booked
        for {{doxycycline}} today. {{Caldicott guardian}} + {{IG}} told. need to force 2 identifiers on
        {{recall texts}} pls. [[name:d.okoro]]
    """)),
    ("health", "incident", block("""
        INCIDENT FORM ({{Datix}})   Ref: [[case_reference:W-2025-11873]]
        Service: [[organisation:Kingsgate Sexual Health]] - {{walk-in}}
        Patient: [[name:Tiago Ferreira Lopes]]   DOB: [[date_of_birth:30/11/1996]]
        NHS no: [[nhs_number:612 384 9077]]   Clinic no: [[case_reference:KSH-071193]]
        Address: [[address:Flat 3, 18 Tanner's Row, Kingsgate]] [[postcode:KG2 9NS]]
        Tel: [[phone:07700 900316]]
        Date: [[date:Saturday 15 March 2025]]

        Description: Pt attended 10:05 requesting {{PEP}} after condomless sex with a partner of unknown
        status at about 01:00. Triaged by {{reception}} as routine because the {{triage}} screen has no PEP
        option. Seen by {{SHO}} at 13:40. First dose of {{PEPSE}} given 13:55, i.e. ~13 hrs post exposure
        (within 72h but later than it should have been). No harm identified; follow-up {{HIV}} test booked.
        Reported by: [[name:Niamh Gallagher]], {{Band 6}} nurse
        Action: PEP added to the reception triage prompt; {{BASHH}} guidance shared with reception team.
    """)),
    ("health", "near_miss", block("""
        [[name:Yoon, Hannah]]  14:02
        anyone free? about to give {{ceftriaxone}} IM for a {{GC}} contact in room 4, pt "not sure" about penicillin allergy
        [[name:Mbeki, Thandiwe]]  14:03
        check {{SCR}}?
        [[name:Yoon, Hannah]]  14:06
        SCR says {{anaphylaxis}} to {{penicillin}} in 2019 at [[organisation:Ridgeway Hospital]]!! our notes say {{NKDA}}. she'd forgotten. not giving it
        [[name:Mbeki, Thandiwe]]  14:07
        good shout. not an absolute CI but with an anaphylaxis hx you want {{consultant}} input. Dr [[name:Osei]] is in clinic 2
        [[name:Yoon, Hannah]]  14:25
        spoke to [[name:Kwabena]], going with an alternative per {{BASHH}} + {{micro}} advice. allergy updated on {{EPR}}. will {{Datix}} as near miss
        [[name:Mbeki, Thandiwe]]  14:26
        👍 ta. [[name:Thandi]] x
    """)),
    ("health", "success", prose("""
        Team shout-out 🎉 from the {{syphilis}} cluster review: huge thanks to our {{health adviser}}
        [[name:Lorraine Abernethy]] (aka [[name:Lol]]) who traced 14 of 16 named contacts linked to the cluster.
        She worked evenings, used {{partner notification}} texts in {{Polish}} and {{Romanian}}, and got
        [[name:Bogdan]]'s flatmates in for {{RPR}} testing and treatment before any of them went abroad.
        Eleven contacts had {{benzathine penicillin}} within two weeks. Our {{consultant}} Dr [[name:Saira Ikram]]
        said it is the best {{PN}} outcome she has seen in ten years, and {{UKHSA}} have asked to use our
        approach as a case study. Thank you [[name:Lol]]!
        - {{Clinical Lead}}, [[organisation:Kingsgate Sexual Health]]
    """)),
    ("health", "success", block("""
        Safeguarding chronology - under 18 - {{CSE}} screen
        Pt: [[name:Kacey]]   Clinic no: [[case_reference:KSH-083352]]   NHS: [[nhs_number:926 041 7856]]   Age: [[age:15]]
        [[date:02/05/2025]]
        15:40  Attends for {{emergency contraception}} with "boyfriend" [[name:Dean]], who says he is [[age:19]].
               {{Reception}} ([[name:Shaz]]) notices he answers for her and holds her phone.
        15:45  {{Spotting the Signs}} proforma started by {{nurse}} [[name:Agnieszka]]. Seen alone (he was asked to wait outside).
        15:55  Disclosure: [[name:Dean]] is actually [[age:24]]; she has been staying at his flat on
               [[address:Corporation Road]] and he gives her vapes and alcohol.
        16:10  {{Levonorgestrel}} given, {{Fraser}} competent for EC. {{STI screen}} taken.
        16:15  {{Named nurse for safeguarding}} [[name:Femi]] consulted -> referral to {{MASH}} + {{Police}}.
        16:30  [[name:Kacey]] agreed to {{mum}} being called; mum collected her 17:20.
        Outcome: strategy meeting held; [[name:Dean]] arrested [[date:05/05]]. Safeguarding lead praised
        [[name:Shaz]] + [[name:Agnieszka]] for noticing.
    """)),
    ("health", "incident", block("""
        From: [[name:Faith Oduya]] <[[email:faith.oduya@kingsgate-sh.nhs.uk]]>
        To: Clinical Governance
        Date: [[date:22 May 2025]] 08:40
        Subject: FW: mismatched samples [[date:20/05]]

        For Datix please - [[name:FO]]

        -----Original message-----
        From: [[email:pathology.results@ridgewayhospital.nhs.uk]]
        Sent: [[date:21 May 2025]] 09:12
        Hi [[name:Faith]],
        The labels on six {{NAAT}} swabs from your {{Tuesday}} evening clinic did not match the request forms.
        The swabs carried clinic numbers [[case_reference:KSH-090112]] to [[case_reference:KSH-090117]] but
        the forms were for [[case_reference:KSH-090118]] onwards - looks like the {{label printer}} queue slipped
        by one patient. Under {{UKAS}} rules we can't process mismatched samples, so all six need recalling.
        Our ref [[case_reference:PATH-INC-4471]].
        [[name:Gintaras]] | {{Biomedical Scientist}}, {{Microbiology}}, [[organisation:Ridgeway Hospital]]
    """)),
    ("health", "incident", block("""
        Clinical Governance Meeting - [[organisation:Kingsgate Sexual Health]]
        [[date:Thursday 5 June 2025]], 12:30, {{seminar room}}
        Attendees: Dr [[name:Saira Ikram]] ({{Chair}}, {{Consultant}}), [[name:Niamh Gallagher]] ({{Senior Nurse}}),
        [[name:Rob Tennant]] ({{Pharmacist}}), [[name:Ngozi]] ({{Health Adviser}}), [[name:Will Harcourt]] ({{Service Manager}})
        Apologies: Dr [[name:Kwabena Osei]], [[name:Bogumiła Zielińska]] ({{Audit}})

        Item 3 - Incident [[case_reference:W-2025-12004]]: reactive {{HIV}} result not actioned for 9 days
        - Result back [[date:12/05]], filed to the inbox of a {{locum}} who had left. Found on {{fail-safe}} audit [[date:21/05]].
        - Pt recalled same day, confirmed positive, started {{ART}} [[date:23/05]], linked to [[organisation:Ridgeway HIV Service]].
        - {{Duty of candour}} letter sent by Dr [[name:Ikram]].
        - Action: results inbox reassigned on the leaver's {{exit checklist}} ([[name:Will]]); weekly fail-safe continues ([[name:Niamh]]).
        AOB: none. Next meeting [[date:3 July]].
    """)),
    ("health", "incident", block("""
        Vaccine fridge log - {{treatment room}} fridge 2 - [[organisation:Kingsgate Sexual Health]]
        Date            | AM temp | PM temp | Min/Max   | Reset | Sign
        [[date:07/07]]  | 5.1     | 4.8     | 3.9/6.2   | Y     | [[name:RT]]
        [[date:08/07]]  | 4.9     | 5.2     | 4.1/5.9   | Y     | [[name:RT]]
        [[date:09/07]]  | 11.4    | 12.0    | 4.4/13.8  | N     | [[name:bex]]
        [[date:10/07]]  | 12.2    | --      | 11.8/14.1 | N     | [[name:bex]]

        Incident: fridge above 8C from ~[[date:9 July]] and not escalated - PM reading on the [[date:9th]] signed
        but not flagged, min/max not reset. Found by [[name:Rob Tennant]] ({{pharmacist}}) [[date:10 July]] 14:00.
        Stock affected: {{HPV}} x38, {{Hep B}} x22, {{Hep A}} x9, {{MVA-BN}} ({{mpox}}) x14. All quarantined,
        {{manufacturer}} contacted. [[name:Rebecca]] ([[name:bex]]) says she thought 12 was fine.
        Training gap: new {{HCA}}, no {{cold chain}} training yet. Ref [[case_reference:W-2025-14718]].
    """)),
    ("health", "near_miss", prose("""
        Near miss - wrong patient nearly taken through for an {{IUD}} fitting. At the {{Tuesday}} evening
        {{LARC}} clinic on [[date:15 July]] two patients with the same name were in the waiting room:
        [[name:Ewa Nowak]], [[age:34]], booked for a {{copper coil}}, and [[name:Ewa Nowak]], [[age:22]], a walk-in for
        {{STI testing}}. The {{HCA}} called "[[name:Ewa]]?" and the younger patient came through. In the room
        the {{nurse}}, [[name:Joy Pemberton]], asked her to confirm her date of birth and first line of address
        as per the {{positive patient identification}} policy - the DOB did not match the {{EPR}} booking.
        [[name:Joy]] realised, apologised, and took her back to the waiting room. No procedure started and both
        patients were seen correctly. Learning: the clinic is meant to call patients by {{ticket number}}, not
        by name, for confidentiality. Reminder issued to HCAs by [[name:Bartholomew]] ({{Nurse Manager}}).
    """)),
    ("health", "success", prose("""
        Good practice note. A [[age:19-year-old]] woman, [[name:Hawa]], attended with her {{aunt}}, who offered to
        interpret. Receptionist [[name:Dylan]] politely declined and booked a {{telephone interpreter}}
        ({{Somali}}) through [[organisation:LinguaVoice Ltd]] instead, because family members should not
        interpret in a {{sexual health}} consultation. Once alone with the {{nurse}} and interpreter,
        [[name:Hawa]] disclosed she had undergone {{FGM}} as a child and was worried about pain with sex. She was
        referred with consent to the {{FGM clinic}} at [[organisation:St Hilda's Women's Hospital]] and given
        written information in Somali. No risk to younger sisters was identified after discussion with our
        {{safeguarding lead}}. Well done [[name:Dylan]] for holding the line kindly.
        - [[name:Precious Mahlangu]], {{Lead Nurse}}
    """)),
    ("health", "incident", prose("""
        On [[date:Monday 28 July 2025]] at 17:15 {{healthcare assistant}} [[name:Mercy Adebanjo-Clarke]] sustained
        a {{needlestick injury}} to her left index finger while clearing the {{phlebotomy}} trolley in
        {{clinic room 3}}. A used {{butterfly needle}} had been left on the trolley rather than placed in the
        {{sharps bin}}, which was full beyond the fill line. The source patient ([[case_reference:KSH-094410]])
        had had bloods taken for {{HIV}}, {{syphilis}} and {{hepatitis}} screening by a {{bank}} nurse,
        Mr [[name:Ashworth]]. [[name:Mercy]] encouraged bleeding, washed the wound and reported to the
        {{nurse in charge}}, [[name:Grace Ndlovu]]. The source patient was still in the building and consented
        to urgent testing; results negative. [[name:Mercy]] was seen by {{Occupational Health}} at
        [[organisation:Ridgeway Hospital]] the next morning (referral form, NI [[ni_number:PW 62 07 15 B]]);
        no {{PEP}} needed. Sharps bins are now checked at every session change. Ref [[case_reference:W-2025-15022]].
    """)),
    ("health", "near_miss", prose("""
        nm - {{PrEP}} rx'd for [[name:Jonty]] ([[case_reference:KSH-061887]]) on [[date:4/8]] for 3 months w/o
        checking his {{eGFR}}. last {{U&E}}s were over a yr ago + hes on {{ibuprofen}} daily for his knee.
        {{pharmacy}} tech [[name:Anuj]] picked it up before handing the {{TDF/FTC}} over and bleeped me. bloods
        taken same day, eGFR 58 :( so would have needed a {{renal}} review + {{consultant}} decision first. no
        harm, 3 month supply not given. my fault, busy {{Express}} clinic + new {{EPR}} template doesnt flag
        overdue bloods. will ask [[name:Rob]] to add a hard stop. - [[name:m.c.]] ({{SpR}})
    """)),
    ("health", "success", block("""
        From: [[email:sunnyd_88@hotmail.co.uk]]
        To: [[email:kingsgate.feedback@kingsgate-sh.nhs.uk]]
        Sent: [[date:19 August 2025]]
        Subject: thank you

        Hello, I dont know who reads these but I wanted to say thanks to the doctor I saw on Saturday,
        I think her name was Dr [[name:Amira]]? and the lady at the desk with the pink hair ([[name:Jess]]?).
        I was having a {{panic attack}} in the {{waiting room}} after my {{HIV}} test because my ex had just told
        me he was positive. They took me to a {{quiet room}}, made me tea and Dr [[name:Amira]] explained
        {{U=U}} and {{window periods}} in a way I understood. My result was negative and I'm now on {{PrEP}}.
        I've been scared of clinics since I was [[age:16]] and this was the first time I didn't feel judged.
        Thank you.
        [[name:Sunil D]]

        -- forwarded to Dr [[name:Amira Haddad]] ({{SHO}}) and [[name:Jess]] on {{reception}}. Lovely! [[name:NG]]
    """)),
    ("health", "incident", block("""
        Reported via {{Datix}} by [[name:Shabnam Rahimi]], {{Band 7}}, [[date:1 Sept]]. Screenshot transcribed:

        [[date:31/08/2025]], 21:14 - [[name:Tegan]]: omg guess who came in today lol 👀 the guy from [[organisation:Hollybush Dental]], hes got {{herpes}} hahaha
        [[date:31/08/2025]], 21:15 - [[name:Callum W]]: 😂 noooo
        [[date:31/08/2025]], 21:17 - [[name:Marisol]]: [[name:Tegan]] delete that now, seriously
        [[date:31/08/2025]], 21:20 - [[name:Tegan]]: soz 🙈

        Context: staff social {{WhatsApp}} group (23 members incl. {{bank staff}}). The patient is identifiable
        to anyone who uses that dental practice. Breach of confidentiality under the {{NMC Code}} and
        {{Data Protection Act}}. {{Caldicott Guardian}} and {{IG}} team informed; {{ICO}} reportability
        assessed via the {{DSPT}} tool - not reportable. The staff member ({{HCA}}) has been spoken to by
        [[name:Marisol Ortega]] and will redo {{IG}} training. Patient not yet informed - for governance.
    """)),
    ("health", "near_miss", block("""
        OUTREACH HANDOVER - {{sex worker}} outreach, Friday late
        Staff: [[name:Ngozi]] + [[name:Rhiannon]]    Van: [[vehicle_registration:KX22 PLF]]
        Venue: {{drop-in}} at [[organisation:Safe Harbour Project]], [[address:12 Dock Lane]]

        - 9 women seen, 7 {{STI screens}}, 3 {{hep B}} vaccs (course), 2 {{condoms}} only. 1 referral to {{ISVA}}.
        - NEAR MISS: van left unlocked ~20 min on [[address:Dock Lane]] while unloading, with the
          {{paper consent forms}} for all 9 on the front seat (names, DOBs). Nothing taken - counted them
          back in at 23:40. Forms should be in the locked {{confidential case}}, not loose.
          [[name:Rhiannon]] has ordered a second case.
        - Samples in {{specimen fridge}} 23:55, cool box temp OK.
        - [[name:Stef]] from the project asked about {{PrEP}} for 2 of the women - booking for next Fri.
        [[name:NA]] / [[name:RH]]
    """)),
    ("health", "near_miss", prose("""
        Near miss [[date:Tues 16/09]] - a [[age:15-year-old]] ("[[name:Tia]]") came to the front desk on her own
        asking for the {{pill}}. A new {{receptionist}} told her she needed a parent with her and she turned
        to leave. {{HCA}} [[name:Oakley]] overheard, caught her at the door and explained she could be seen on
        her own. She was seen by {{nurse}} [[name:Lwazi]], assessed as {{Fraser competent}}, {{Spotting the Signs}}
        done (no concerns), started on the {{POP}} and given a {{C-Card}}. The receptionist had not yet had the
        young people's {{induction}} - start date was [[date:8 September]]. Learning: the under-16 policy
        summary is now on the reception desk and in induction week 1. If [[name:Tia]] had walked out she may
        not have come back. Thanks [[name:Oakley]].
    """)),
    ("health", "success", block("""
        LEARNING FROM EXCELLENCE
        Nominees: [[name:Olumide Bankole]] ({{Health Adviser}}), [[name:Hattie McBride]] ({{Clinic Coordinator}})
        Nominated by: Dr [[name:Saira Ikram]]
        Date of event: [[date:Friday 3 October 2025]]
        Patient: Mr [[name:Dragomir]], clinic no [[case_reference:KSH-102337]], NHS [[nhs_number:731 205 6482]]

        What happened: reactive {{POCT}} {{HIV}} test at 16:20 on a Friday. [[name:Olumide]] stayed with him,
        gave the result with compassion and got a confirmatory {{venous sample}} off to the lab.
        [[name:Hattie]] phoned [[organisation:Ridgeway HIV Service]] and got a {{new patient}} slot for Monday
        09:00, arranged a {{taxi}} voucher and texted him a reminder. He attended, was confirmed positive
        and started same-day {{ART}}.
        Why it matters: {{BHIVA}} standard is to be seen within 2 weeks; this was 3 days.
        Shared at {{huddle}} [[date:6 Oct]].
    """)),
    # ------------------------------------------------------------------ aviation (16)
    ("aviation", "incident", prose("""
        found a {{torch}} in the {{No.2 engine}} {{fan cowl}} on [[aircraft_registration:G-LKRD]] during the
        {{daily check}} tonight. its one of ours, stores number engraved. aircraft did 4 sectors today incl
        [[flight_number:LK2217]] + [[flight_number:LK2218]] with it in there. checked the {{shadow board}} log -
        signed out last night by [[name:dazza]] for the {{oil servicing}} and signed back in?? box was ticked
        but torch wasnt in it. no damage, it was wedged against the {{thrust reverser}} bracket not near the
        {{fan}}. spoke to [[name:Darren]] hes gutted. {{tool control}} goes to pot on nights when its busy, 3
        aircraft on {{stand}} and 2 of us. [[name:kev p]] {{B1}}
    """)),
    ("aviation", "incident", block("""
        OCCURRENCE REPORT - {{Part-145}} line station
        Operator: [[organisation:Larkspur Airways]]     MRO: [[organisation:Aeronova Line Services Ltd]]
        Report ref: [[case_reference:ALS-OR-25-0188]]   {{MOR}} required: Y
        A/C type: {{A320-214}}   Reg: [[aircraft_registration:G-LKTB]]   Flight: [[flight_number:LK4403]]
        Date: [[date:14/02/2025]]   Location: {{Stand 12}}
        Reporter: [[name:Marek Wiśniewski]], {{B1}} {{licensed engineer}}

        Narrative: At the turnaround check the {{tech log}} showed an open {{ADD}} for an inoperative {{APU}}
        bleed valve raised on [[date:03/02/2025]] under {{MEL}} 36-11-01, Cat C (10 days). The ADD expired at
        23:59 on [[date:13/02/2025]]. The aircraft had operated 2 sectors on the [[date:14th]] before the expiry
        was spotted by {{MCC}}. Aircraft grounded on stand, valve replaced, {{CRS}} issued 16:40.
        Root cause: the ADD tracking board was not updated after the system migration; nights assumed
        days had extended it via an {{RIE}}.
    """)),
    ("aviation", "near_miss", block("""
        Transcript - {{Ground}} frequency, [[date:22 March 2025]], 05:12-05:16 (from {{ATC}} recording)
        05:12 TUG: [[organisation:Easthaven Ground]], tow [[aircraft_registration:Golf Lima Kilo Mike November]] on {{stand 7}}, request tow to {{stand 21}}.
        05:12 GND: Tow [[aircraft_registration:Kilo Mike November]], tow approved via {{Bravo}}, hold short {{Charlie}}.
        05:13 TUG: Via {{Bravo}}, hold short {{Charlie}}, [[aircraft_registration:Kilo Mike November]].
        05:15 TUG: Ground, [[aircraft_registration:Kilo Mike November]] stopping, stopping - {{tow bar}} {{shear pin}} has gone.
        05:15 GND: [[aircraft_registration:Kilo Mike November]], roger, are you clear of the {{taxiway}}?
        05:16 TUG: Negative, on {{Bravo}} abeam stand 14, brakes set, {{chocks}} in.

        Reporter note ([[name:Aoife Brennan]], {{brake rider}}): shear pin failed on a tight turn with the
        {{nosewheel}} near the steering limit; aircraft rolled ~1m towards the tug before I braked.
        {{Steering bypass pin}} was fitted. Tug driver [[name:Sunny Grewal]]. No damage.
        Tow bar quarantined. Ref [[case_reference:ALS-OR-25-0231]].
    """)),
    ("aviation", "success", prose("""
        Shout-out from the {{Safety Team}} 👏 to [[name:Ahmed El-Sayed]] on nights. During a routine
        {{weekly check}} on [[aircraft_registration:G-LKPA]] on [[date:29 March]] he took the time to look
        behind the {{MLG}} bay {{harness}} with a {{mirror}} and found a {{hydraulic pipe}} chafing against a
        mis-positioned {{P-clip}}. Not a task card item. Engineering then found the same clip wrongly placed
        on three other tails ([[aircraft_registration:G-LKPB]], [[aircraft_registration:G-LKPC]] and
        [[aircraft_registration:G-LKRA]]) after a {{Service Bulletin}} mod - all fixed before any leak.
        [[organisation:Airbus]] have been informed. This is exactly the curious eye we want. Thanks
        [[name:Ahmed]], and to [[name:Beata]] in {{stores}} for getting the clips in overnight.
    """)),
    ("aviation", "incident", block("""
        AOG chronology - [[aircraft_registration:G-LKJW]] - {{wheel change}} - [[date:Sat 12 April]]
        21:05  Arrives on [[flight_number:LK5530]], crew report {{tyre}} worn to limits on #3 main wheel (tech log p. [[case_reference:LK-TL-088812]]).
        21:20  Spare {{wheel assembly}} drawn from {{stores}} by [[name:Jonah]].
        22:10  Wheel fitted by [[name:Jonah]] + [[name:Priyanka Chaudhary]]. {{CRS}} signed.
        22:40  {{Independent inspection}} ([[name:Tomás Aguirre]]): assembly is the {{A321}} part number,
               mis-binned in stores under the A320 label.
        22:55  CRS withdrawn, aircraft declared {{AOG}}. {{MCC}} informed; [[flight_number:LK5531]] delayed.
        00:30  Correct assembly sourced from the [[organisation:Aeronova]] {{hangar}}, fitted 01:40,
               {{duplicate inspection}} 02:05.
        02:30  Aircraft {{serviceable}}. [[flight_number:LK5531]] departs next morning, delay code 41.
    """)),
    ("aviation", "near_miss", block("""
        From: [[name:Grzegorz Nowicki]] <[[email:g.nowicki@aeronova-ls.co.uk]]>
        To: [[email:quality@aeronova-ls.co.uk]]
        Cc: [[name:Faye Loxley]]
        Date: [[date:Wed 7 May 2025]] 08:03
        Subject: Shift handover - incomplete task - [[aircraft_registration:G-LKSE]]

        Morning,
        Raising this as a near miss. Nights started a {{borescope}} inspection of the {{No.1 engine}} {{HPC}}
        (after a {{bird strike}} reported by the crew of [[flight_number:LK3112]]) and removed the {{igniter}}
        plug for access. The task card had steps 1-6 stamped, but the {{handover sheet}} said "borescope
        complete". Day shift {{licensed engineer}} [[name:Faye]] was about to sign the {{CRS}} but did her own
        walkround first and found the igniter lead hanging and plug not fitted. No flight was affected.
        Cheers,
        [[name:Greg]]
        {{Shift Supervisor}} (Nights), [[organisation:Aeronova Line Services]]
        [[address:Unit 4, Skyway Park, Easthaven]] [[postcode:EH9 4TJ]] | [[phone:07700 900582]]
    """)),
    ("aviation", "near_miss", block("""
        #line-ops-nights
        @[[name:callum.mcrae]] 03:41
        heads up all - near miss on the {{engine ground run}} on [[aircraft_registration:G-LKVF]] just now. {{No.2}} at {{idle}}, someone walked across the front of the {{intake}} to grab the {{chocks}} bag. well inside the {{hazard zone}}
        @[[name:bart]] 03:43
        wtf who
        @[[name:callum.mcrae]] 03:44
        new {{ground handler}} from the {{ramp}} agency, not one of ours. no proper {{hi-vis}}. [[name:Rosa]] on the headset saw him and called shutdown
        @[[name:rosa.mendes]] 03:46
        yeah i called stop stop and [[name:Cal]] shut it down in a few secs. he was maybe 3m from the {{lip}}
        @[[name:bart]] 03:47
        jesus. cones + {{rope barrier}} only on one side right? raise it on the {{SMS}} pls, i'll ring [[organisation:Swiftserve Handling]] in the morning
    """)),
    ("aviation", "success", block("""
        Line Station Safety Review Board - Minutes
        [[date:Thursday 12 June 2025]] | {{crew room}}, {{Hangar 2}}
        Attendance: [[name:Faye Loxley]] ({{Station Engineer}}, chair), [[name:Grzegorz Nowicki]] ({{Night Supervisor}}),
        [[name:Aoife Brennan]] ({{B1}}), [[name:Ngaio Pohatu]] ({{Human Factors}} facilitator), [[name:Bill Stannard]] ({{Stores}})
        Apologies: [[name:Marek Wiśniewski]], [[name:Tomás Aguirre]], Capt [[name:Imogen Reyes]] ([[organisation:Larkspur Airways]] {{Flight Ops}})

        1. {{MEDA}} closed - igniter near miss ([[case_reference:ALS-OR-25-0302]]): handover sheet now mirrors task card stamps.
        2. Good catches: 14 reports in May vs 5 in Feb. {{Just Culture}} message landing since the {{toolbox talks}}.
        3. Positive: zero {{tool control}} events since {{shadow boards}} + {{RFID}} trolleys went live [[date:1 May]].
        Actions: [[name:Bill]] to order 2 more trolleys; [[name:Ngaio]] to run a {{Dirty Dozen}} refresher in {{July}}.
    """)),
    ("aviation", "near_miss", block("""
        Tool calibration audit - line stores - [[date:18/06/2025]]
        Tool ID | Type                          | Cal due             | Status  | Last used by
        TW-014  | {{torque wrench}} 5-60Nm      | [[date:30/04/2025]] | OVERDUE | [[name:A. Brennan]]
        TW-019  | {{torque wrench}} 20-100Nm    | [[date:12/11/2025]] | OK      | [[name:Jonah Fifita]]
        PG-003  | {{tyre pressure gauge}}       | [[date:02/06/2025]] | OVERDUE | [[name:P. Chaudhary]]
        MM-007  | {{multimeter}}                | [[date:20/01/2026]] | OK      | [[name:Kev]]

        Finding: TW-014 was used on [[date:16 June]] to torque a {{wheel}} {{axle nut}} on
        [[aircraft_registration:G-LKJW]] (work order [[case_reference:WO-558213]]). Recal check found it reading
        6% low, so the nut was re-torqued with TW-019 - no unsafe condition. The {{tool store}} system did
        not block issue because the cal date field was blank after the data import. - [[name:Bill]] ({{stores}})
    """)),
    ("aviation", "incident", prose("""
        On [[date:2 July 2025]], {{A320}} [[aircraft_registration:G-LKHX]] operating [[flight_number:LK2841]]
        diverted after the crew saw {{No.1 engine}} {{oil quantity}} falling steadily in {{cruise}}. The aircraft
        landed safely. Inspection found the engine {{oil tank}} filler cap fitted but not locked - the
        {{locking handle}} was not fully down. Oil had been replenished during the overnight {{daily check}}
        by a {{mechanic}} working under the supervision of a {{B1}} engineer. The {{tech log}} entry was signed
        by the B1, [[name:Ferdinand Achterberg]], who had not physically checked the cap. The mechanic,
        [[name:Joel]], had been called to another aircraft mid-task. An {{independent check}} of the cap was not
        required by the task card. Actions: the oil servicing card now has a signed 'cap locked' step and the
        {{engine cowl}} is not to be closed until the B1 has verified it. {{MOR}} submitted to the {{CAA}}
        ([[case_reference:MOR-2025-07714]]).
    """)),
    ("aviation", "near_miss", prose("""
        nm - {{pitot covers}} still fitted on [[aircraft_registration:G-LKWY]] at {{pushback}} this am
        ([[flight_number:LK6107]], 06:05 dep). we fit them on {{nightstops}} since the {{insect}} nest thing.
        {{dispatcher}} [[name:Bronwen]] spotted the red flags flapping from the {{tug}} and stopped the push.
        all 3 covers still on. {{walkround}} was done 05:20 by [[name:Kuba]] but in the dark + rain and he was
        doing 2 aircraft. wind had wrapped the streamers round the probes so not visible from the ground.
        {{FO}} walkround missed it too. pls all: count the flags on the {{tech log}} cover sheet - 3 fitted /
        3 removed. also can we get longer streamers. [[name:ginny]] {{B1}} nights
    """)),
    ("aviation", "success", prose("""
        Big thank you from {{MCC}} to the night team - [[name:Ivo]], [[name:Mateus]] and [[name:Hope Kingsley]] -
        for turning around [[aircraft_registration:G-LKDN]] on [[date:Sat 19 July]]. She came in at 23:50 on
        [[flight_number:LK7720]] with a {{bird strike}} on the {{radome}} and a {{brake wear pin}} flush on #2.
        You did the radome inspection per the {{AMM}}, the {{brake change}} and the {{duplicate inspection}},
        and had her {{serviceable}} at 05:10 for the first wave. That saved 3 cancellations (~540 pax) on the
        busiest weekend of the {{summer}}. And [[name:Hope]] took the time to photograph the brake wear and
        raise an {{MOR}} with good pictures. Proper job.
        - [[name:Sandeep 'Sandy' Virdi]], {{MCC Duty Manager}}
    """)),
    ("aviation", "near_miss", block("""
        NIGHT > DAY HANDOVER  [[date:26/07]]
        [[aircraft_registration:G-LKSE]] - {{Stand 4}} - {{serviceable}}, {{daily}} done
        [[aircraft_registration:G-LKRD]] - {{Stand 5}} - {{ADD}} open, cabin light, within limits
        [[aircraft_registration:G-LKTB]] - {{hangar}} - {{A-check}} in work, see {{workpack}}

        ** NEAR MISS ** on [[aircraft_registration:G-LKTB]]: {{access panel}} under the L wing found closed with
        only 4 of 22 {{fasteners}} fitted, by [[name:Tomás]] on his close-up walk. Panel was closed up by a
        contractor tech so it looked done for the {{MCC}} status photo. No stamp on the card. Aircraft not
        due out till tmrw so no risk, but could easily have been missed on days. Spoken to the
        [[organisation:Aeronova]] supervisor. Contractor = [[name:O. Petrenko]].
        [[name:Jonah]] / [[name:Grzegorz]]
    """)),
    ("aviation", "incident", prose("""
        Ground damage incident - [[date:Monday 4 August 2025]], {{Stand 9}}. At 14:32 a {{catering hi-loader}}
        ([[vehicle_registration:EY70 ZRB]]) operated by [[organisation:SkyCater UK Ltd]] reversed into the left
        {{sharklet}} of [[aircraft_registration:G-LKOL]] during the turnaround of [[flight_number:LK1906]]. No
        {{banksman}} was in position. Line engineer [[name:Priyanka Chaudhary]] carried out a
        {{damage assessment}} against the {{SRM}}: a 40mm dent with paint damage on the sharklet
        {{leading edge}}, outside limits. Aircraft declared {{AOG}}; [[flight_number:LK1906]] cancelled and
        passengers re-accommodated on [[flight_number:LK1908]]. Structural repair by the
        [[organisation:Aeronova]] {{hangar}} team completed [[date:6 August]]. The driver, [[name:Kyle]], was
        [[age:19]] and two weeks into the job.
    """)),
    ("aviation", "success", block("""
        [[name:Loxley, Faye]]  01:22
        [[name:Mo]] are you ok? saw your msg
        [[name:Mohammed Al-Rashid]]  01:24
        honestly no. 4th night, baby up all day, I've read the same {{AMM}} step 3 times. don't think i should be signing any {{CRS}}
        [[name:Loxley, Faye]]  01:26
        thanks for telling me, right call. stop where you are, hand [[aircraft_registration:G-LKMN]] over to [[name:Jonah]] and go to the {{rest room}}. I'll get a {{taxi}} home for you at 2
        [[name:Mohammed Al-Rashid]]  01:27
        won't it leave you short
        [[name:Loxley, Faye]]  01:28
        we'll cope. we'll do the {{fatigue report}} together tomorrow, no blame. {{FRMS}} is there for this
        [[name:Jonah Fifita]]  01:31
        got it mate, {{wheel change}} card handed over at step 4, i'll re-check 1-3 myself. {{B1}} stamp will be mine
    """)),
    ("aviation", "near_miss", block("""
        NEAR MISS - {{tech log}} entry on wrong aircraft
        Ref: [[case_reference:ALS-NM-25-0419]]   Date: [[date:23/08/2025]]
        A/C: [[aircraft_registration:G-LKBA]] / [[aircraft_registration:G-LKAB]] (both {{A320neo}}, parked nose-to-tail)
        Reporter: [[name:Sione]] ({{mechanic}})

        A {{cabin}} defect (inop {{lav}} {{smoke detector}}, {{MEL}} item) was reported by crew on
        [[aircraft_registration:G-LKAB]] after [[flight_number:LK3390]]. The {{B1}} on shift, [[name:Cheng Wei]],
        wrote the {{deferral}} in the tech log of [[aircraft_registration:G-LKBA]], because both logs were on
        the dash of the {{line van}} and the regs differ only in letter order. [[aircraft_registration:G-LKAB]]
        was about to operate [[flight_number:LK3395]] with no deferral recorded. {{Captain}} [[name:Tendai Moyo]]
        spotted that the placard in the lav did not match the tech log and refused the aircraft until fixed.
        Delay 25 min. Learning: one tech log in the van at a time; reg read back aloud before any entry.
    """)),
]

if __name__ == "__main__":
    write_records(OUT, build_records("blind309", REPORTS))
