"""Held-out blind corpus 267: 50 invented UK incident, near-miss and success reports.

Written blind (without sight of the de-identifier or any other corpus) to measure how well
de-identification generalises. Three settings, all people, organisations, places and numbers
invented:

- social_care (17): a children's home for teenagers - residential workers, missing episodes,
  police, education, key working, family time / contact.
- health (17): an adult mental health inpatient ward - observations, section 17 leave, rapid
  tranquillisation, ward rounds, relatives.
- aviation (16): an airline's ground operations at an outstation - turnaround coordinators,
  loaders, fuellers, dispatch, delays.

Styles are deliberately mixed: rushed lower-case notes with typos and txt-speak, formal
narratives, timed chronologies, forms with Name/DOB/Ref/Address fields, e-mails with headers and
signatures, chat exports (Teams/WhatsApp/Slack with handles), handover notes, minutes with
attendance and apologies, pipe-separated and aligned tables, radio/interphone transcripts,
shout-outs and thank-you notes. Identifiers are marked [[label:value]] and must-not-redact
mentions {{term}} (see markup.py).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from markup import block, build_records, write_records  # noqa: E402
from markup import flow as prose  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "corpus" / "heldout_blind267.jsonl"

REPORTS = [
    # ------------------------------------------------------------------ social care (17)
    ("social_care", "incident", prose("""
        [[name:kayden]] ([[age:15]]) went awol again aprox {{2140}} after a row w {{staff}} about his
        phone being taken at {{bedtime}}. seen gettin into a silver {{Corsa}} reg
        [[vehicle_registration:KX19 HBT]] at the end of [[address:Tanners Lane]]. rang {{101}}, log
        no [[case_reference:WMP-0412-2281]], {{police}} graded him {{medium risk}}. [[name:jj]] drove
        round {{the park}} + the chippy, no sign. [[name:kayden]] back 0105 by taxi, smelt of weed,
        wouldnt talk to anyone. {{return home interview}} needs booking. {{manager on call}}
        ([[name:bev]]) informed at 2200 + again when he came in. pls can someone chase the
        {{CSE screening tool}} tmrw, this is the 3rd time this month same car
        [[vehicle_registration:KX19 HBT]]!!
    """)),
    ("social_care", "near_miss", prose("""
        On [[date:14 February]] at about {{08:10}} I was doing the morning {{medication round}} at
        [[organisation:Larchfield House]]. I had [[name:Tia-Mae]]'s {{sertraline}} blister pack in
        my hand but the {{MAR chart}} open on the desk was [[name:Oluwaseun]]'s, because both sheets
        had been put back in the same plastic wallet after the {{weekend}} audit. I realised when I
        went to sign and saw the wrong photo. Nothing was given. I stopped, asked
        [[name:Grace Whitfield]] ({{senior residential worker}}) to double check with me, and we
        recounted both packs and [[name:Oluwaseun]]'s {{methylphenidate}} in the {{CD cupboard}}.
        All correct. The {{Registered Manager}} was informed. Learning: one wallet per young person,
        a photo on the front of every MAR, and no interruptions during the round (the
        {{house phone}} rang twice while I was doing it). Not notifiable to {{Ofsted}} under
        {{Regulation 40}} as there was no harm, but logged on the {{incident log}}.
    """)),
    ("social_care", "success", block("""
        Teams - [[organisation:Larchfield]] staff chat
        [09:12] [[name:Faith Adeyemi]]: massive shout out to [[name:Will]] for last night 🙌
        [09:13] [[name:Faith Adeyemi]]: [[name:Roo]] had a proper wobble after {{contact}} with {{mum}} got cancelled last min. [[name:Will]] sat on the stairs with her for over an hour, no {{restraint}}, no {{police}}, and she ended up doing her {{PEP}} homework with him lol
        [09:15] [[name:Marek Nowak]]: legend 👏 will you write it up for {{supervision}}?
        [09:16] [[name:Will Osei]]: cheers guys, honestly she did the work. Told her {{IRO}} Ms [[name:Chaudhry]] this morning and she's going to mention it at the {{LAC review}} on the [[date:21st]]
        [09:18] [[name:Bev Lindqvist]]: Lovely. This is exactly the {{PACE}} stuff from training - well done [[name:Will]] 💛
    """)),
    ("social_care", "incident", block("""
        MISSING EPISODE CHRONOLOGY
        YP: [[name:Destiny Clarke-Ward]]   DOB: [[date_of_birth:09/11/2009]]
        Police ref: [[case_reference:MP/24/08816]]   Home ref: [[case_reference:LH-MFH-031]]

        [[date:Sat 9 March]]
        {{16:30}} [[name:Destiny]] left for {{family time}} at her {{nan}}'s on [[address:Greyfield Road]], agreed return 20:00.
        20:15 Not back. Texted, phone off. Rang nan - said [[name:D]] left about 19:00 with "a lad called [[name:Jaydon]]".
        20:45 Staff searched usual places ({{the retail park}}, {{bus station}}). Nothing.
        21:00 Reported missing to {{police}} via {{101}}, graded {{high risk}} due to {{CCE}} concerns. {{EDT}} informed.
        22:40 PC [[name:Amy Rourke]] attended to take details, recent photo given.
        23:55 [[name:Destiny]] rang from [[address:Coldharbour Estate]] asking to be picked up. [[name:Sunny]] ({{waking night}}) collected her.
        00:30 Home safe. Police informed, {{safe and well check}} done by PC [[name:Rourke]] at 01:10.
        Follow-up: {{RHI}} offered, {{strategy meeting}} requested via {{MASH}}.
    """)),
    ("social_care", "near_miss", block("""
        From: [[name:Hope Mbeki]] <[[email:hope.mbeki@brackenford.gov.uk]]>
        To: [[email:larchfield.mgrs@brackenford.gov.uk]]
        Sent: [[date:Tuesday 19 March 2024]] {{16:42}}
        Subject: Near miss - placement address on contact letter

        Hi all,

        Flagging a near miss from today. When I printed the {{contact arrangements}} letter for [[name:Kai]]'s dad, the template had auto-filled the placement address ([[address:14 Larch Rise, Brackenford]] [[postcode:BF7 2QL]]) instead of "c/o {{Family Time Team}}". I spotted it before it went in the post. {{Dad}} must not know where [[name:Kai]] lives because of the {{non-molestation order}}.

        I've reported it to {{Business Support}} and the {{Data Protection Officer}}, and checked the last ten letters - all fine. Could staff please double-check anything that comes out of {{Mosaic}} before it's sent?

        Thanks,
        [[name:Hope]]

        [[name:Hope Mbeki]]
        {{Contact Supervisor}}, Family Time Team
        [[organisation:Brackenford Borough Council]]
        Tel: [[phone:01632 960418]]
    """)),
    ("social_care", "success", block("""
        HANDOVER - lates to nights, [[date:Thurs 28th]]
        On: [[name:Pat]] ({{SRW}}), [[name:Kofi]], [[name:Ellie-Jo]] | Nights: [[name:Sunny]] ({{WN}}), [[name:Bill]]

        - [[name:Kyle]] ([[age:16]]): GOOD DAY!! Went to {{college}} all day, first full day in 3 wks. {{Key work}} session with [[name:Kofi]] re his {{pathway plan}} - he wants to do plastering at [[organisation:Brackenford College]]. [[name:Kofi]] has emailed his {{PA}}.
        - [[name:Amber]]: quiet, in room most of eve. Phone call w {{dad}} went well. {{Meds}} given 21:00.
        - [[name:Mo]]: out with mates, back on time 21:30 👍
        - House: {{fire alarm test}} done. Window in bedroom 3 still waiting on {{maintenance}}.

        Shout out to [[name:Kofi]] - [[name:Kyle]] hasn't talked about his future like that since he moved in. Let's all ask him about the plastering course and keep it going.
        - [[name:Pat]]
    """)),
    ("social_care", "incident", block("""
        PHYSICAL INTERVENTION RECORD
        Young person: [[name:Jamal Haddad]]
        DOB: [[date_of_birth:23/04/2008]]   Age: [[age:16]]
        Placement ref: [[case_reference:BBC-CIC-20417]]
        Address: [[address:14 Larch Rise, Brackenford]] [[postcode:BF7 2QL]]
        Date/time: [[date:02/04/24]] {{22:05}} to 22:09
        Staff involved: [[name:M. Nowak]], [[name:F. Adeyemi]]
        Technique: {{Team Teach}} {{two-person escort}} to the {{lounge}}, then released.
        Narrative: [[name:Jamal]] punched the {{kitchen}} door after being told his {{contact}} was moved, then squared up to [[name:Marek]]. Verbal {{de-escalation}} tried for 6 mins. Escort used when [[name:Jamal]] picked up a chair.
        Injuries: graze to [[name:Jamal]]'s knuckles, {{first aid}} given. No staff injury.
        Police: not called. {{Social worker}} and {{IRO}} informed next morning. {{Ofsted}} notification: not required.
        Debrief with YP: done by [[name:Faith]] on [[date:3/4]].
    """)),
    ("social_care", "incident", block("""
        Minutes - post-incident learning review
        Date: [[date:11 April 2024]]   Venue: {{the office}}, [[organisation:Larchfield House]]
        Present: [[name:Bev Lindqvist]] ({{RM}}), [[name:Hope Mbeki]] (Family Time), DS [[name:Carl Brennan]] ([[organisation:Westmoor Police]]), [[name:Lucy O'Driscoll]] ({{SW}}), [[name:Marek Nowak]]
        Apologies: [[name:Grace Whitfield]], Mr [[name:A. Farouk]] ({{Head}}, [[organisation:St Aidan's Academy]])

        1. Incident: on [[date:6 April]] [[name:Tyler]] ([[age:15]]) was arrested in [[organisation:Bargain Bazaar]] on the {{high street}} for shoplifting with two older males. He told staff he "owed" them. {{CCE}} concerns agreed.
        2. Actions:
           - {{NRM}} referral - [[name:Lucy]]
           - {{disruption}} activity / intelligence - DS [[name:Brennan]]
           - [[name:Tyler]] back to school on a {{part-time timetable}} - Mr [[name:Farouk]] to confirm by email
           - {{Key worker}} to do {{Contextual Safeguarding}} map with [[name:Tyler]]
        3. Next review: 4 weeks.
    """)),
    ("social_care", "near_miss", block("""
        [[date:17/04/2024]], 23:48 - [[name:Ellie-Jo]]: guys who had the {{office keys}} last?? found them IN the office door 😬
        [[date:17/04/2024]], 23:49 - [[name:Ellie-Jo]]: {{meds cupboard}} key is on the same ring
        [[date:17/04/2024]], 23:52 - [[name:Bill]]: prob me sorry, handed over to [[name:Kofi]] at 10 and must of left them
        [[date:17/04/2024]], 23:55 - [[name:Ellie-Jo]]: no harm done but [[name:Amber]] was on the {{landing}} and def clocked it. count of meds all fine, {{cd book}} checked w [[name:Sunny]]
        [[date:18/04/2024]], 07:31 - [[name:Bev Lindqvist]]: Thanks for flagging. Keys go in the {{key safe}} EVERY time, code is in the {{handover folder}}. Pls do an {{incident form}} and we'll pick it up at {{team meeting}} Weds
    """)),
    ("social_care", "success", block("""
        Dear all at [[organisation:Larchfield House]],

        I just wanted to say a huge thank you. [[name:Oluwaseun]] (or [[name:Shay]], as he insists we call him now!) sat every one of his {{GCSE}} papers this summer, including the two on the morning after a very difficult {{family time}} session. Staff drove him in, waited in {{reception}} and texted me so I could meet him at the gate. His {{Virtual School}} head says it's the first time a young person looked after by [[organisation:Brackenford Borough Council]] in his position has had 100% exam attendance. His {{PEP}} targets are all green.

        Mr [[name:Baptiste]] ({{Head of Year 11}}) asked me to pass on his thanks too.

        Warm regards,
        Mrs [[name:Joy Abernethy-Kwarteng]]
        {{SENCo}}, [[organisation:St Aidan's Academy]]
    """)),
    ("social_care", "incident", block("""
        Missing from care log - [[organisation:Larchfield House]] - Q1
        Date     | YP     | Out   | Back  | Police log            | Returned by
        [[date:04/01]]    | [[name:K.B.]]   | 21:40 | 01:05 | [[case_reference:WMP-0401-1187]]      | taxi
        [[date:19/01]]    | [[name:D.C.]]   | 19:00 | 00:30 | [[case_reference:MP/24/01342]]          | staff
        [[date:02/02]]    | [[name:K.B.]]   | 22:10 | 02:20 | [[case_reference:WMP-0202-0365]]      | {{police}}
        [[date:27/02]]    | [[name:T.H.]]   | 16:45 | 18:30 | n/a (under 2 hrs)     | self
        [[date:09/03]]    | [[name:D.C.]]   | 19:00 | 00:30 | [[case_reference:MP/24/08816]]          | staff

        Note: 3 of 5 episodes linked to the same vehicle (silver {{Corsa}} [[vehicle_registration:KX19 HBT]]). {{Intelligence form}} submitted to {{police}} and raised at {{MACE}} panel. {{Philomena Protocol}} forms updated for all three.
    """)),
    ("social_care", "near_miss", prose("""
        near miss - [[name:amber]] showed [[name:sunny]] her {{snap}} tonight, some older guy calling
        himself "[[name:Rico]]" tellin her to meet him at the {{bus station}} sat nite + he'd already
        sent her money for a {{vape}}. she DIDNT go bc she told us first!! screenshots taken, NOT
        forwarded. rang {{101}} ref [[case_reference:WMP-0419-0932]]. {{CSE}} screening done w
        [[name:bev]], {{SW}} [[name:lucy o'driscoll]] emailed + {{EDT}} aware. account reported on
        the app. praised [[name:amber]] loads for telling us, shes worried shes in trouble - shes not.
        pls all keep an eye on her phone use this wk + dont make it a big deal in front of the
        others. {{key worker}} to do {{online safety}} work w her.
    """)),
    ("social_care", "incident", prose("""
        At approximately {{15:40}} on [[date:Wednesday 24 April]] [[name:Tyler Hargreaves]] returned
        early from [[organisation:St Aidan's Academy]] after an argument with a teacher. He was
        agitated in the {{kitchen}} and refused to talk. When {{residential worker}}
        [[name:Rose Kamara]] asked him to put down a knife he had taken from the block, he put it
        down but then threw a mug which struck [[name:Rose]] on the forearm. Other young people were
        moved to the {{lounge}}. Police were called on {{999}} and PC [[name:Dawid Wiśniewski]]
        attended, log [[case_reference:WMP-2404-1544]]. [[name:Tyler]] was not arrested; a
        {{restorative conversation}} took place the following day. [[name:Rose]] attended the
        {{Urgent Treatment Centre}}; no fracture. A {{body map}} was completed. Learning: knife block
        to be moved to the locked cupboard after 3pm, and school to phone ahead when sending
        [[name:Tyler]] home. {{Regulation 40}} notification sent to {{Ofsted}}.
    """)),
    ("social_care", "success", block("""
        From: PC [[name:Nadia Hussain-Lowe]] <[[email:nadia.hussain-lowe@westmoor.police.uk]]>
        To: [[name:Bev Lindqvist]]
        Subject: RE: [[name:Destiny]] - found within 40 mins

        Hi [[name:Bev]],

        Just wanted to feed back. The {{Philomena Protocol}} form your team updated on [[date:1 May]] with [[name:Destiny]]'s new friends' addresses and last week's photo meant we found her within 40 minutes last night at an address on [[address:Coldharbour Estate]]. Response officers went straight there rather than starting from scratch.

        Please pass my thanks to [[name:Sunny]] and the night staff - the description of what she was wearing was spot on. I've shared it with the {{Missing Persons Unit}} as good practice.

        Regards,
        [[name:Nadia]]

        PC [[name:Nadia Hussain-Lowe]] | {{Missing Persons Coordinator}} | [[organisation:Westmoor Police]] | [[phone:07700 900362]]
    """)),
    ("social_care", "near_miss", block("""
        Contact note - [[date:Sat 11th May]]
        Supervised {{contact}} [[name:Kai]] w {{dad}} (Mr [[name:Doherty]]) at {{the family centre}}.

        Dad arrived 10 min late smelling of alcohol and slurring. [[name:JK]] ended the contact per the {{contact agreement}} before [[name:Kai]] got out of the car. [[name:Kai]] upset but safe.
        Near miss bc dad then tried to follow the car back towards the home - [[name:JK]] took the long way round and sat in {{the police station}} car park until he'd gone.
        Dad's vehicle: blue van [[vehicle_registration:LM68 PWE]].
        Reported to {{EDT}} and [[name:Hope]] at Family Time. {{Social worker}} to review contact plan Mon.
    """)),
    ("social_care", "incident", block("""
        MED ERROR - [[name:Mo Rahimi]] ([[age:14]])
        Ref: [[case_reference:LH-MED-0519]]
        What happened: [[name:Mo]]'s evening {{fluoxetine}} not given on [[date:19/05]] - {{MAR}} left blank, found on morning count 08:00 by [[name:Grace]].
        Why: [[name:Mo]] was at {{football}} until 21:45, staff changed over at 22:00 and it wasn't on the {{handover sheet}}.
        Action: pharmacist at [[organisation:Greenlea Pharmacy]] advised not to double up, give usual dose today. {{GP}} at [[organisation:Holloway Street Surgery]] informed. [[name:Mo]] told and fine.
        Learning: any late meds go on the {{whiteboard}} AND the handover sheet.
        Completed by: [[name:Grace W]]
    """)),
    ("social_care", "success", prose("""
        Shout out to [[name:Bill]] and [[name:Sunny]] on nights!! On {{Sunday}} [[name:Destiny]] came in
        at 2am really upset. Instead of just logging her in and sending her to bed they made her
        toast, sat with her in the {{kitchen}} and just listened. She told [[name:Sunny]] something
        really important that was passed to the {{duty social worker}} first thing and has led to a
        {{section 47}} {{strategy discussion}}. The {{DSL}} at school said it's the first disclosure
        she's ever made. [[name:Destiny]] told me herself "[[name:Sunny]]'s the only one who gets
        it". This is what {{relational practice}} looks like. Thank you both. [[name:Bev]] x
    """)),
    # ------------------------------------------------------------------ health (17)
    ("health", "incident", prose("""
        pt in bed 6 (Mr [[name:Kowalczyk]]) on {{level 2}} {{intermittent obs}} every 15 min. 02:15
        + 02:30 obs not done - {{HCA}} ([[name:deji]]) got pulled to help w a {{restraint}} on the
        female corridor + no one picked up his obs. found at 02:40 w superficial scratches to L
        forearm from a broken plastic cup. {{NEWS2}} 0, cleaned + dressed. {{nurse in charge}}
        [[name:Leanne]] aware, {{duty doctor}} ({{SHO}}) reviewed 03:10. {{datix}} done
        [[case_reference:W-118204]]. obs allocation board wasnt updated when [[name:deji]] moved -
        thats the gap imo. mr [[name:kowalczyk]] apologised, said he was "testing if anyone was
        watching". pls read {{therapeutic observation policy}} section on handing over obs.
    """)),
    ("health", "near_miss", prose("""
        During a {{rapid tranquillisation}} episode on [[organisation:Brontë Ward]] on
        [[date:3 June]], the {{prescription}} for [[name:Ifeoma Nwankwo]] was {{lorazepam}} 2 mg
        {{IM}}. The nurse preparing it ([[name:Aleksandra]]) picked up a {{haloperidol}} ampoule
        from the {{emergency bag}} because the two are stored in adjacent, similar-looking boxes.
        The second checker, {{staff nurse}} [[name:Callum Reid]], noticed the label during the
        {{two-person check}} and the correct drug was given. Ms [[name:Nwankwo]] had not had a
        baseline {{ECG}} since admission, so haloperidol would have been outside the trust
        {{RT policy}} and {{NICE}} {{NG10}}. No harm. Actions: {{pharmacy}} to re-label and separate
        the boxes; the RT bag checklist now includes "ECG done? Y/N" for every patient; shared at
        the {{safety huddle}}. Thank you [[name:Callum]] for not rushing the check under pressure.
    """)),
    ("health", "success", block("""
        ⭐ WARD SHOUT-OUT ⭐
        To: [[name:Faith]] ({{HCA}}, nights)
        From: Sister [[name:Mariam Yusuf]]

        Last night [[name:Faith]] spent 40 minutes with Mr [[name:Ellison]] in the {{garden}} when he was pacing and shouting about going home. She avoided {{restraint}} and he didn't need {{PRN}} or anything {{IM}}. She used the {{Safewards}} "know each other" info - she knew he'd been a bus driver and got him talking about his old routes.
        He thanked her at {{ward round}} this morning in front of Dr [[name:Anand]].

        Thank you [[name:Faith]] 💐 - [[name:Mariam]]
    """)),
    ("health", "incident", block("""
        AWOL FROM SECTION 17 LEAVE - CHRONOLOGY
        Patient: [[name:Daniel]] "[[name:Danny]]" [[name:Mercer]]
        NHS No: [[nhs_number:634 217 8968]]   Hosp no: [[case_reference:ASH0093312]]
        Legal status: {{section 3}} {{MHA}}

        [[date:Fri 14/06/24]]
        13:00 Escorted {{s17 leave}} to the {{hospital shop}} with {{HCA}} [[name:Tomasz]], agreed by {{RC}} Dr [[name:Bello]].
        13:20 [[name:Danny]] ran from the {{main entrance}}; [[name:Tomasz]] lost sight of him at the bus stop.
        13:25 {{Nurse in charge}} [[name:Leanne]] called police, ref [[case_reference:NPP-140624-0877]]. Risk high (recent {{suicidal ideation}}).
        13:40 {{Mum}} ([[name:Janet Mercer]]) informed.
        16:05 Police found [[name:Danny]] by the {{reservoir}} off [[address:Hollins Lane]], returned under {{s18}}.
        16:50 Back on ward, {{level 3}} obs, reviewed by Dr [[name:Bello]], leave suspended pending {{MDT}}.
    """)),
    ("health", "near_miss", block("""
        From: [[name:Oyelaran]], [[name:Bukola]] <[[email:bukola.oyelaran@npp.nhs.uk]]>
        To: [[name:Rob Fairclough]]
        Cc: {{Security}}
        Date: [[date:21 June 2024]]
        Subject: Near miss - lighter in visitor's bag

        Hi [[name:Rob]],

        During {{visiting}} on [[organisation:Brontë]] last night Mrs [[name:Hale]]'s son brought in a bag of clean clothes for her. The {{property check}} at {{reception}} found a lighter and two {{disposable vapes}} rolled inside a jumper. Mrs [[name:Hale]] has a {{fire-setting}} history and is on {{level 2}} obs. Her son said he "didn't think". Items held in the {{property cupboard}}.

        It was only found because [[name:Gracie]] on reception does the full {{search policy}} every time. Could we re-send the visitor leaflet and add lighters to the poster in the {{airlock}}?

        Thanks,
        [[name:Bukola]]

        [[name:Bukola Oyelaran]] | {{Deputy Ward Manager}} | [[organisation:Brontë Ward]], [[organisation:Ashcombe Hospital]] | [[phone:01632 961207]]
    """)),
    ("health", "incident", block("""
        INCIDENT REPORT FORM
        Incident ref: [[case_reference:W-118377]]
        Patient name: [[name:Priya Raghunathan]]
        DOB: [[date_of_birth:02/08/1991]]   Age: [[age:32]]
        NHS number: [[nhs_number:729 045 1384]]
        Address: [[address:Flat 3, 22 Moss Bank Road, Ashcombe]] [[postcode:AC4 9NU]]
        Ward: [[organisation:Brontë Ward]]
        Date/time: [[date:27/06/2024]] {{19:30}}
        Category: {{self-harm}} (swallowed object)
        Description: Patient swallowed two button batteries taken from the {{TV remote}} in the {{lounge}} and told staff straight away. Transferred to {{A&E}} at [[organisation:Ashcombe General]] by {{ambulance}}; {{X-ray}} confirmed both in the stomach, removed by {{endoscopy}}. Returned to ward [[date:28/06/2024]].
        Harm level: {{moderate}}
        Immediate action: all remotes now have screwed battery covers; {{environmental risk assessment}} updated.
        Reported by: [[name:C. Reid]], {{RMN}}
    """)),
    ("health", "success", block("""
        WARD ROUND - [[organisation:Brontë Ward]] - [[date:Tues 2nd July]]
        Present: Dr [[name:O. Bello]] ({{RC}}), Dr [[name:Siân Pryce-Jones]] ({{SHO}}), [[name:Leanne Dobbs]] ({{NIC}}), [[name:Mark Ogunleye]] ({{OT}}), Mrs [[name:Mercer]] ({{mother}}, item 2 only)
        Apologies: [[name:Inês Carvalho]] ({{pharmacist}}), {{IMHA}}

        1. Ms [[name:Nwankwo]] - {{ECG}} now done, RT plan updated. Continue.
        2. [[name:Danny Mercer]] - settled since [[date:14/06]]. {{Clozapine}} titration going well, bloods fine. Leave plan written WITH [[name:Danny]] and his mum in the room. Escorted {{s17 leave}} restarts {{Thursday}} with [[name:Mark]], with photo and description on file.
           Mrs [[name:Mercer]] said it's the first time in years she's felt listened to by services.
        3. Learning: inviting family to the relevant item (per {{Triangle of Care}}) took 10 extra minutes and gave us a safer plan. Make it standard.
    """)),
    ("health", "incident", block("""
        [[name:Leanne Dobbs]] 22:14
        can someone cover bed 4 obs, [[name:Kwame]] is in with [[name:Zofia]] - she's tied a {{ligature}} from a bra strap
        [[name:Kwame Asante]] 22:16
        {{ligature cutter}} used, pt conscious + talking, {{NEWS2}} 1. {{Dr on call}} bleeped
        [[name:Tomasz Zieliński]] 22:17
        covering bed 4 now 👍
        [[name:Leanne Dobbs]] 22:40
        Thanks all. [[name:Zofia]] now on {{level 4}} {{within arm's length}}. {{Datix}} [[case_reference:W-118502]] done. Bra strap was missed on the {{room search}} this afternoon. Debrief 23:00 in {{the clinic room}} - [[name:Kwame]] you ok?
        [[name:Kwame Asante]] 22:41
        yeah fine, bit shaky. will be there
    """)),
    ("health", "near_miss", block("""
        OBS RECORD - bed 9 - [[name:J. Okafor]] - {{level 2}} (every 15 min) - [[date:05/07/24]]
        Time  | Location      | Presentation            | Initials
        01:00 | bedroom       | asleep, resp seen       | [[name:TZ]]
        01:15 | bedroom       | asleep, resp seen       | [[name:TZ]]
        01:30 | bedroom       | asleep, resp seen       | [[name:TZ]]
        01:45 | bedroom       | asleep, resp seen       | [[name:TZ]]
        02:00 | {{en-suite}}      | door closed, answering  | [[name:KA]]

        Near miss: at 01:40 [[name:KA]] saw the 01:45 entry had already been filled in. [[name:TZ]] said he'd pre-written it because he was going on break. The patient had actually got up at 01:38 and was in the en-suite. No harm. Discussed with {{NIC}}; {{supervision}} and re-training on the {{observation policy}} booked. {{Datix}} [[case_reference:W-118540]].
    """)),
    ("health", "success", prose("""
        To everyone on [[organisation:Brontë Ward]], thank you for looking after our mum,
        [[name:Margaret]], over the last eight weeks. When she came in on [[date:29 April]] she
        didn't know who we were, and now she's doing the crossword again. Special thanks to
        [[name:Joy]] on nights who always made her a milky coffee at 3am when she couldn't sleep,
        to Dr [[name:Bello]] for ringing me after every {{ward round}} even when there was nothing
        new, and to [[name:Kwame]] who found her reading glasses in the {{laundry}}. We were so
        frightened about the {{Section 2}} and about {{ECT}}, and you explained everything. The
        {{OT}} baking sessions were her favourite. With love and thanks, [[name:Sarah]],
        [[name:Paul]] and the grandchildren x
    """)),
    ("health", "incident", block("""
        NIGHT HANDOVER [[date:10/07]]
        Bed 2 - [[name:Ricky]]: punched bed 7 (Mr [[name:Ahmed]]) in the {{dining room}} at {{19:50}} over the TV. {{PMVA}} team restrained (3 staff, {{supine}} under 2 mins then seated). {{RT}}: {{lorazepam}} 2mg {{IM}} at 20:05 after oral declined. Post-RT obs every 15 min for the first hour then hourly - all done, {{NEWS2}} 0-1. [[name:Ricky]] asleep from 23:00.
        Bed 7 - Mr [[name:Ahmed]]: bruised L cheek, seen by {{SHO}}, no fracture suspected. Son ([[name:Imran]]) rang, updated. Mr [[name:Ahmed]] wants to press charges - police ref [[case_reference:NPP-100724-1932]].
        Staff: [[name:Deji]] twisted wrist in the restraint, {{occ health}} referral done.
        Datix: [[case_reference:W-118611]]
    """)),
    ("health", "near_miss", prose("""
        near miss - 2 x Mr [[name:Khan]] on the ward atm (bed 3 [[name:Tariq]], bed 11
        [[name:Asif]]). [[name:asif]] nearly went out on {{unescorted}} {{s17 leave}} that belongs to
        [[name:Tariq]]. {{HCA}} on the door asked "which [[name:Khan]]?" + checked the {{leave form}}
        photo - wrong one!! [[name:Asif]] is on {{s2}}, no leave authorised at all. pls use first
        name + dob + photo at the {{airlock}} every time. {{name alert}} stickers now on both
        {{kardex}} + the board, {{pharmacy}} told too re meds. ~ [[name:Sian P-J]]
    """)),
    ("health", "incident", block("""
        From: [[name:Kwame Asante]]
        To: [[email:adultsafeguarding@ashcombe.gov.uk]]
        Date: [[date:12 July 2024]]
        Subject: Safeguarding concern - Mr [[name:Ellison]] (NHS [[nhs_number:450 882 6172]])

        Mr [[name:Ellison]] told me during a 1:1 today that his nephew "[[name:Gaz]]" has his bank card and PIN and has been taking his {{ESA}} since before admission. He showed me statements - about £1,400 over two months. He has {{capacity}} for this decision and consents to a referral. He does not want police involved yet.
        Home address: [[address:9 Pit Row, Ashcombe]] [[postcode:AC2 5DT]].
        I have informed the {{RC}}, the {{ward manager}} and the {{social worker}}. Please advise re {{Section 42}} enquiry.

        [[name:Kwame Asante]] {{RMN}}
        [[organisation:Brontë Ward]], [[organisation:Ashcombe Hospital]]
        [[phone:01632 961240]]
    """)),
    ("health", "success", block("""
        #bronte-team
        @[[name:leanne.dobbs]] 08:02  morning all 👋 big thank you to @[[name:tomasz.z]] and @[[name:deji]] for yesterday's admission
        @[[name:leanne.dobbs]] 08:03  pt came up from {{A&E}} with police, very unwell, {{MHA assessment}} done downstairs. they met him at the {{airlock}}, lights down, offered food, no {{restraint}}, no RT. settled by 9pm
        @[[name:deji]] 08:11  team effort tbh, [[name:Tomasz]] did the talking
        @[[name:rob.f]] 08:15  this is what good looks like. adding to {{Safewards}} huddle {{Friday}} + sending to the {{Learning from Excellence}} inbox
        @[[name:tomasz.z]] 08:20  🙏 police said it was the calmest handover they'd had from {{S136}}
    """)),
    ("health", "incident", prose("""
        On [[date:23 July 2024]] at approximately {{21:40}} Mrs [[name:Gloria Mensah-Bonsu]]
        ([[age:68]]) fell in the corridor outside her bedroom on [[organisation:Brontë Ward]], about
        90 minutes after receiving {{promethazine}} 25 mg {{IM}} as {{rapid tranquillisation}}. She
        had been on hourly post-RT physical observations but had got up unassisted to use the
        toilet. {{HCA}} [[name:Pat]] heard the fall and found her on the floor with a small cut to
        her forehead. The {{duty doctor}} attended and requested a {{CT head}} at
        [[organisation:Ashcombe General]] because she is on {{apixaban}}; this was clear.
        Contributing factors: a {{falls risk assessment}} had not been repeated after RT and the
        {{sensor mat}} was in the store room. Her daughter, [[name:Abena]], was informed the same
        evening under {{Duty of Candour}}. Datix [[case_reference:W-118744]].
    """)),
    ("health", "near_miss", block("""
        TELEPHONE NOTE - [[date:30/07/2024]] 14:20
        Caller: said she was "[[name:Priya]]'s sister, [[name:Anita]]" - number withheld
        Taken by: [[name:Aleksandra Wójcik]], {{staff nurse}}

        Caller: Is [[name:Priya Raghunathan]] on [[organisation:Brontë]]? I need to know when she's getting out.
        Me: I'm sorry, I can't confirm who is or isn't on the ward.
        Caller: I'm her next of kin, you have to tell me.
        Me: If you leave a number I can pass a message to whoever you're looking for.
        Caller: (hung up)

        Checked {{RiO}}: {{NOK}} is [[name:Priya]]'s partner [[name:Dev]], and [[name:Priya]] has asked that NO information is given to family. She later said she has no sister and thinks it was her ex's mum.
        Near miss: a new {{bank nurse}} answered the first call and had started to say "yes she's here" before I took the phone.
        Action: {{password}} system reminder at handover; "no info" alert added to the {{whiteboard}} and {{EPR}}.
    """)),
    ("health", "success", block("""
        LEARNING FROM EXCELLENCE - nomination
        Nominated by: [[name:Callum Reid]], {{staff nurse}}
        Nominee: [[name:Grace Li]], {{OT}} ({{Occupational Therapist}})

        What happened: [[name:Ifeoma]] ([[age:41]]) really wanted to see her daughter graduate from [[organisation:University of Ashcombe]] on [[date:Friday 9 August]]. [[name:Grace]] worked with the {{RC}}, {{MHA office}} and [[name:Ifeoma]]'s family for three weeks to make {{escorted s17 leave}} possible: a risk plan, a quiet room booked at the venue, a taxi firm agreed, and a plan B if it got too much.
        Outcome: [[name:Ifeoma]] watched the ceremony, had photos taken with her daughter and was back on the ward by 4pm, settled and proud. No {{PRN}} needed.
        Why it matters: it showed {{leave}} can be part of recovery, not just risk. Please share at {{ward round}} and the {{governance meeting}}.
    """)),
    # ------------------------------------------------------------------ aviation (16)
    ("aviation", "incident", prose("""
        On [[date:5 August]] during the turnaround of [[flight_number:SL482]]
        ([[aircraft_registration:G-SLWD]], {{A320neo}}) on {{stand 7}} at
        [[organisation:Harrowby Airport]], the {{belt loader}} driven by [[name:Rhys Pritchard]]
        made contact with the lower sill of the {{aft hold}} door while being positioned. The
        {{turnaround coordinator}}, [[name:Anika Sharma]], stopped the turn and called
        {{engineering}}, who found a 4 cm dent outside {{SRM}} limits. The aircraft was declared
        {{AOG}} and [[flight_number:SL482]] was cancelled; 174 passengers were re-accommodated.
        Contributing factors: the loader's front {{bumper}} was missing and had been reported on
        the {{defect sheet}} two days earlier, the {{guide person}} was also loading bags, and the
        approach was made without stopping at the {{brake test}} point. An {{MOR}} has been filed
        with the {{CAA}}. [[organisation:Northgate Aviation Services]] ref
        [[case_reference:NAS-GSR-2024-0311]].
    """)),
    ("aviation", "near_miss", prose("""
        fueller ([[name:gaz]] from [[organisation:aerofuel]]) started fuelling [[flight_number:SL1907]]
        while pax were boarding + nobody had told the {{cabin crew}} or {{flight deck}}. i was {{TC}}
        on the stand, clocked the {{bowser}} connected + {{rear airstairs}} in use with no
        {{fire cover}} and the {{SCCM}} didnt know. stopped boarding 06:12, got the {{captain}} to
        confirm {{fuelling with pax on board}} procedures, seatbelt signs off, exits clear, then
        carried on 06:20. 8 min delay. [[name:gaz]] said "nobody ever tells crew at this station" - thats
        the issue tbh. need it in the {{ground ops manual}} brief for all the new fuellers. no harm
        done. ~ [[name:Anika]]
    """)),
    ("aviation", "success", block("""
        Shout out 👏 to [[name:Wiktor]] on the ramp this morning!
        On [[flight_number:SL771]] ([[aircraft_registration:G-SLWK]]) he noticed the {{loadsheet}} showed 14 bags in {{hold 4}} but he'd loaded 41 - figures transposed on the {{LIR}}. He flagged it to the {{dispatcher}}, [[name:Chidi Eze]], who got {{load control}} to reissue before {{doors closed}}. With 27 bags unaccounted for the {{trim}} and {{MAC}} figures would have been wrong.
        3 min delay, no drama, exactly what {{Just Culture}} reporting is for.
        Nice one [[name:Wiktor]] 🍩 on me tomorrow.
        - [[name:Shona]] ({{Duty Ops Manager}})
    """)),
    ("aviation", "incident", block("""
        RT / INTERPHONE TRANSCRIPT - [[flight_number:Skylane 314]] - {{stand 12}} - [[date:18/08/2024]]
        (Headset: [[name:Kemal Aydın]]; tug: [[name:Stevie]]; FD = {{flight deck}})

        FD: [[organisation:Harrowby Ground]], [[flight_number:Skylane 314]], stand 12, request push and start.
        {{ATC}}: [[flight_number:Skylane 314]], push and start approved, face west.
        FD: Ground, flight deck, cleared to push, brakes released.
        HDST: Brakes released, commencing push.
        HDST: ...STOP STOP STOP, set brakes.
        FD: Brakes set. What happened?
        HDST: {{Shear pin}} has gone on the {{towbar}}, aircraft rolled about two metres. {{Nose gear}} looks OK from here, tug is clear.
        FD: Copy. We'll hold, call {{engineering}}.

        Note: {{towbar}} shear pin failed on first push movement. Aircraft ([[aircraft_registration:G-SLAR]], {{ATR 72}}) inspected and released after 55 min. Towbar quarantined. {{GSE}} workshop ref [[case_reference:GSE-0818-07]].
    """)),
    ("aviation", "near_miss", block("""
        CHRONOLOGY - undeclared {{lithium battery}} - [[flight_number:SL209]] - [[date:Mon 26 Aug]]
        05:10 Pax Mr [[name:Ferreira]] (PNR [[case_reference:K7QZ2M]]) checks in 2 bags at desk 4. Asked the {{DG}} questions, says no batteries.
        05:40 {{Hold baggage screening}} alarms on bag tag [[case_reference:0762402117]]. Image suggests {{power bank}}.
        05:55 Bag reconciled and pulled from the {{ULD}} by [[name:Hamza]] before loading.
        06:05 Pax called to the gate, opened bag: 20,000 mAh power bank + spare {{e-scooter}} battery.
        06:15 Both removed (e-scooter battery not permitted at all), pax took power bank in cabin. {{Captain}} informed, no {{NOTOC}} change needed.
        06:32 [[flight_number:SL209]] off blocks on time.
        Why near miss: bag was already on the belt to the {{make-up area}}; check-in agent was covering two desks and didn't read the full {{dangerous goods}} script.
    """)),
    ("aviation", "incident", block("""
        From: [[name:Shona McAllister]] <[[email:s.mcallister@northgate-avs.co.uk]]>
        To: [[email:ops.control@skylane.example]]
        Date: [[date:2 September 2024]]
        Subject: Delay report [[flight_number:SL1142]] / [[aircraft_registration:G-SLWP]] - 47 mins

        Hi Ops,

        [[flight_number:SL1142]] to {{Alicante}} departed 47 minutes late today. Summary:
        - On arrival the fixed {{GPU}} on {{stand 9}} failed to connect (fault light). Mobile GPU was in use on stand 3.
        - Crew ran the {{APU}}, which then showed a fault, so the aircraft was briefly without power and {{boarding}} was held.
        - {{Engineering}} reset the APU; mobile GPU arrived after 30 mins.
        Delay code: {{code 33}} (aircraft equipment) with 8 mins {{code 15}} knock-on for boarding.
        Fixed GPU fault logged with [[organisation:Harrowby Airport]] {{airside operations}}, ref [[case_reference:HAL-FLT-22910]].

        Regards,
        [[name:Shona]]
        {{Station Manager}}, [[organisation:Northgate Aviation Services]]
        [[phone:01632 962 550]]
    """)),
    ("aviation", "success", block("""
        [17:02] [[name:Anika Sharma]]: [[flight_number:SL603]] on blocks 17:01, 58 late in. {{STD}} 17:35 - we're going for it
        [17:03] [[name:Chidi Eze]]: fuel figure in, {{bowser}} on the way, caterers told
        [17:05] [[name:Hamza Qureshi]]: offload done 🚀 {{hold 1}} clear, [[name:Wiktor]] doing {{hold 4}}
        [17:19] [[name:Anika Sharma]]: cleaners off, {{boarding}} started
        [17:31] [[name:Chidi Eze]]: {{loadsheet}} signed, doors closing
        [17:36] [[name:Anika Sharma]]: {{off blocks}} 17:36 !!! 35 min turn on an {{A320}}
        [17:38] [[name:Shona McAllister]]: Brilliant. Nobody cut a corner either - I watched the {{walkround}}. Putting this in the weekly {{OTP}} report as how a {{min turn}} should look. Thanks all 🙌
    """)),
    ("aviation", "near_miss", block("""
        LOAD CHECK - [[flight_number:SL330]] - [[date:07/09/24]] - [[aircraft_registration:G-SLWD]]
        Hold    LIR planned   Actual loaded   Checked by
        1       22 bags       22 bags         [[name:HQ]]
        3       310 kg cargo  310 kg cargo    [[name:HQ]]
        4       38 bags       38 bags         [[name:W.K.]]
        5       {{AVIH}} (dog)   empty           [[name:W.K.]]

        Near miss: the pet in a crate ({{AVIH}}) had been left on a {{baggage cart}} by the {{make-up area}} - found by [[name:W.K.]] on his last check before closing hold 5. Loaded, {{NOTOC}} correct, {{captain}} told. Temperature was 29°C on the ramp; dog was fine. Learning: AVIH goes last on and first on the {{LIR}} checklist, and the cart gets a red tag.
    """)),
    ("aviation", "incident", block("""
        STAFF INJURY REPORT
        Name: [[name:Tomás Ó Briain]]
        DOB: [[date_of_birth:14/03/1996]]
        Employee no: [[case_reference:NAS-40917]]
        NI number: [[ni_number:JT 48 26 91 C]]
        Home address: [[address:41 Quarry Bank, Harrowby]] [[postcode:HW3 8PJ]]
        Mobile: [[phone:07700 900517]]
        Date of incident: [[date:15/09/2024]]   Time: {{06:40}}
        Location: {{hold 1}}, [[flight_number:SL118]]
        What happened: Lifting a 32 kg bag (heavy tag missing) inside the hold while kneeling. Felt sharp pain lower back. Stopped work, reported to {{team leader}}.
        First aid: yes. Sent to {{GP}}.
        {{RIDDOR}}: possible if off more than 7 days.
        Cause: bag over 23 kg not tagged "HEAVY" at check-in; only one loader in the hold as the other was on the {{belt loader}}.
        Witness: [[name:Hamza Qureshi]]
    """)),
    ("aviation", "near_miss", block("""
        SHIFT HANDOVER - ramp - [[date:Sat 21/9]] earlies to lates
        - [[flight_number:SL771]] arrived {{stand 4}}, {{ground power}} on before {{chocks}} were in. Engines off and {{beacon}} off but aircraft could have moved. [[name:Jonno]] put chocks in 20 secs later. Spoken to the new starter ([[name:Ola]]), re-briefed the {{arrival sequence}}: beacon off - chocks - cones - GPU.
        - Hi-loader on stand 6 has a {{hydraulic leak}}, tagged out, {{GSE}} aware.
        - {{FOD walk}} done 09:00, nothing found.
        - [[name:Jonno]] on annual leave from Mon.
        Any probs ring me - [[name:Bill Hartigan]]
    """)),
    ("aviation", "success", block("""
        [[organisation:Harrowby]] station performance meeting - minutes
        Date: [[date:30 September 2024]]
        Attendees: [[name:Shona McAllister]] (chair), [[name:Anika Sharma]], [[name:Chidi Eze]], [[name:Bill Hartigan]], [[name:Mei Lin Zhou]] ([[organisation:Skylane]] {{station auditor}})
        Apologies: [[name:Rhys Pritchard]], [[name:Joy Tembo]] ([[organisation:Aerofuel Supplies]])

        1. {{OTP}}: September 91% departures within 15 mins, up from 78% in July. Main driver is the new {{turnaround plan}} on the wall at each {{stand}} and the early {{bowser}} call.
        2. Safety: zero {{ground damage}} since the belt loader event in August. All loaders now have bumpers; {{brake test}} point painted on every stand.
        3. Thanks from [[name:Mei Lin]] for the open reporting culture, 23 reports this quarter vs 6 last.
        4. Next meeting [[date:28 October]].
    """)),
    ("aviation", "incident", block("""
        [[date:04/10/2024]], 14:06 - [[name:Hamza]]: found a luggage strap right by the {{engine intake}} on stand 8 after [[flight_number:SL446]] pushed 😳
        [[date:04/10/2024]], 14:07 - [[name:Hamza]]: no damage that I can see, [[flight_number:SL446]] was on push so engines weren't running on stand
        [[date:04/10/2024]], 14:09 - [[name:Chidi Eze]]: ring {{ATC}} now, they need to know in case it came off anything taxiing
        [[date:04/10/2024]], 14:15 - [[name:Hamza]]: done. also the {{FOD bin}} on stand 8 is overflowing and the van [[vehicle_registration:HW21 RZK]] is parked across the {{airside road}} again
        [[date:04/10/2024]], 14:22 - [[name:Bill Hartigan]]: nice one. I'll report the van to {{airside ops}} and do a {{FOD walk}} on 7 and 8 with the team at 14:30
    """)),
    ("aviation", "near_miss", block("""
        TRANSCRIPT (ground frequency / marshaller) - [[date:Thu 10 Oct]] - [[flight_number:Skylane 208]]

        {{ATC}}: [[flight_number:Skylane 208]], taxi stand 5 via {{Alpha}}, {{Charlie}}.
        FD: Stand 5 via Alpha, Charlie, [[flight_number:Skylane 208]].
        (Aircraft approaching stand 5. Marshaller [[name:Precious Dlamini]] sees {{mobile GPU}} parked inside the stand {{safety zone}}.)
        Marshaller: gives {{STOP}} signal, crossed wands.
        FD: Ground, we've stopped short, is there a problem?
        Ops: [[flight_number:Skylane 208]], hold position, equipment on stand, two minutes.
        ({{GPU}} moved behind the {{equipment restraint line}} by [[name:Ola]].)
        Ops: [[flight_number:Skylane 208]], stand clear, continue with marshaller.

        Comment: the GPU was left from the previous aircraft. [[name:Precious]] did the {{stand check}} properly and stopped the aircraft ~15 m out. Reported to {{Apron Control}}.
    """)),
    ("aviation", "success", block("""
        From: Capt [[name:Grzegorz Malinowski]] <[[email:g.malinowski@skylane.example]]>
        To: [[email:harrowby.station@northgate-avs.co.uk]]
        Subject: Thank you - [[flight_number:SL509]] [[date:19 October]]

        Dear [[name:Shona]] and team,

        I wanted to pass on my thanks for last {{Saturday}}. We diverted into [[organisation:Harrowby Airport]] with a sick passenger and then a {{bird strike}} inspection, with no warning and 186 passengers. Your {{dispatcher}} [[name:Faith Mwangi]] had the {{paramedics}} at the door within minutes, a fuel figure agreed, and kept my {{first officer}} and the {{SCCM}} informed the whole way through. The {{loaders}} reloaded the hold in the rain without a single bag missed.

        It's rare to have an outstation handle an unplanned arrival so calmly. Please share with the team.

        Kind regards,
        [[name:Greg]]
        Captain, [[organisation:Skylane]] {{A320}} fleet
    """)),
    ("aviation", "incident", prose("""
        {{PRM}} wheelchair damaged on arrival [[flight_number:SL882]] today. powerchair belonging to
        pax Mrs [[name:Okonjo]] came off the hold w the footplate snapped + {{joystick}} bent. she was
        waiting at the {{aircraft door}} w the {{ambulift}} crew + was v upset, cant use it at all.
        looks like it was loaded on its side bc it didnt fit thru the {{hold door}} upright - loaders
        at the origin station prob didnt have the {{wheelchair tag}} info re dims. {{PIR}} raised
        [[case_reference:HRBSL14227]], loan chair from {{special assistance}}, taxi home paid.
        photos on the shared drive. [[name:jonno]] + me both spoke to her. this is the 2nd one this
        month - can {{customer services}} chase with {{lost and found}}? ~[[name:ola]]
    """)),
    ("aviation", "success", prose("""
        Big thank you to [[name:Mark]] and [[name:Hope]] on the late shift on
        [[date:Tues 22nd Oct]]. During refuelling of [[aircraft_registration:G-SLWK]] a coupling on the
        {{hydrant dispenser}} started leaking and about 20 litres of {{Jet A-1}} went onto the stand.
        [[name:Mark]] hit the {{emergency shut-off}} straight away and [[name:Hope]] stopped the
        passengers coming down the {{airbridge}} and called the {{Airport Fire Service}} on the
        crash line. Spill kits down in under 3 mins, {{RFFS}} happy, stand reopened 40 minutes
        later. Nobody slipped, nothing got into the drains and [[flight_number:SL660]] still went
        out only 25 minutes late. Textbook. - [[name:Shona]]
    """)),
]

if __name__ == "__main__":
    write_records(OUT, build_records("blind267", REPORTS))
