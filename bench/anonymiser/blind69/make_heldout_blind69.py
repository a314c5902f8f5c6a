"""Held-out blind corpus 69: children's homes, schools, youth work and CAMHS in the South West.

Setting: residential children's homes, secondary and primary schools, detached youth work,
care-leaver support, CAMHS community and inpatient services, paediatric wards, and the aviation
edges of young people's lives in Cornwall, Devon, Somerset and Bristol (unaccompanied minors,
air ambulance, gliding scholarships, island flights, school trips, lasers and drones).
Voice: daily logs, WhatsApp threads, CPOMS entries, MARF referrals, exclusion minutes,
return-home interviews, clinic letters, Datix and occurrence forms, good-news notes; young
people's own words quoted, nicknames, initials, lower-case chat names and word-like names.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from markup import block, build_records, write_records  # noqa: E402
from markup import flow as prose  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "corpus" / "heldout_blind69.jsonl"

REPORTS = [
    # ------------------------------------------------------------------ social care (17)
    ("social_care", "incident", block("""
        DAILY LOG - [[organisation:Chy Kerensa]]
        Date: [[date:Sat 9 March 2024]]   Shift: late 14:00-22:00
        Staff on: [[name:Becca]] ({{SL}}), [[name:Tomasz]], [[name:Ade]]
        YP in: [[name:KT]] ([[age:15]]), [[name:Levi]] ([[age:13]])

        16:40 [[name:KT]] left via back gate after row about phone time. Said "I'm not being treated
        like a baby, I'm going to [[name:Shay]]'s and you can't stop me." [[name:Tomasz]] followed at a
        distance to the bus shelter outside [[address:41 Penwerris Terrace]] then lost sight.
        17:15 Reported missing as per {{missing from care protocol}}. Police log [[case_reference:50240309-0417]].
        17:30 [[name:Levi]] unsettled, asking if [[name:KT]] is "in trouble again". Reassured, played FIFA with [[name:Ade]].
        21:05 [[name:KT]] returned by taxi (staff paid). Smelt strongly of cannabis, no visible injuries,
        ate toast and went to room. Wouldn't say where she'd been: "just out, chill".
        21:20 {{manager on call}} [[name:Jo Heard]] informed, police updated. {{Return Home Interview}} to be requested Monday.
        - [[name:B. Nankivell]]
    """)),
    ("social_care", "incident", prose("""
        {{Return Home Interview}} completed by [[name:Nadia Rahman]] (missing persons worker,
        [[organisation:Tamar Youth Trust]]) with [[name:Kyle Tremayne]], [[age:14]], on
        [[date:12/03/2024]] in the library at school, after his third missing episode this term.
        [[name:Kyle]] said he stayed two nights at "a mate's flat" which from his description and the
        bus route is [[address:Flat 3, 22 Union Street]], [[postcode:PL1 3EZ]]. He said "I only went
        cos Dezzy said there was food and a PlayStation. It's not like they made me do nothing." He
        then said he'd "held a bag for a bit" for [[name:Dezzy]], who he thinks is about 19, and
        that he was given £40 and a new phone. He would not give [[name:Dezzy]]'s real name and
        became guarded when asked about the phone. When asked what would help he said "someone who
        actually listens, not the review lot". Shared with the allocated social worker and added to
        the {{exploitation screening tool}}; {{MACE}} referral made the same afternoon. [[name:Kyle]]
        agreed to see [[name:Nadia]] again next week.
    """).replace("Dezzy said", "[[name:Dezzy]] said")),
    ("social_care", "incident", block("""
        MULTI-AGENCY REFERRAL FORM - to {{MASH}}
        Child: [[name:Amelia-Rose Pascoe]]     DOB: [[date_of_birth:02/11/2012]]   Age: [[age:11]]
        Address: [[address:14 Chapel Row, St Blazey]]  [[postcode:PL24 2NQ]]
        School: [[organisation:Porthpean Community School]]  (Year 7)
        Parent/carer: [[name:Donna Pascoe]] ({{mum}})  Tel: [[phone:07700 900417]]
        Referrer: Mrs [[name:H. Kowalczyk]], {{Designated Safeguarding Lead}}  Tel: [[phone:01632 960381]]

        Reason for referral:
        On [[date:14/03/2024]] at break [[name:Amelia-Rose]] told her TA "mum's boyfriend [[name:Craig]]
        threw the remote at me and said I'm a waste of space, I'm not allowed to tell". Bruise approx
        3cm on left forearm, yellowing. She asked not to go home on the bus. Surname of [[name:Craig]]
        not known. Body map completed. Consent not sought from parent as this may place the child at
        further risk ({{Working Together to Safeguard Children}}).
    """)),
    ("social_care", "incident", block("""
        Governors' Pupil Discipline Committee - consideration of permanent exclusion
        [[organisation:Kingsmead Academy]], [[date:Thursday 21st March 2024]], 4pm
        Present: Mrs [[name:P. Gill]] (Chair), Mr [[name:D. Ashworth]] ({{Headteacher}}), [[name:Sunita Gurung]]
        ({{parent}}), [[name:Rajan Gurung]] (pupil, aged [[age:15]]), [[name:Lewis Carne]] ({{SENCO}}),
        [[name:Mel]] from the {{Virtual School}} (observer)

        1. Head summarised: knife (lock blade, 8cm) found in [[name:Rajan]]'s blazer on [[date:11 March]].
        2. [[name:Rajan]] in his own words: "I brought it cos people been saying they'd jump me after
        school. I never got it out. I'm not a bad kid, I just didn't know what else to do."
        3. Mrs [[name:Gurung]] said the family reported the threats to the form tutor in February and
        "nothing happened". Committee asked for the log; [[name:LC]] confirmed it was recorded but not
        escalated.
        4. {{EHCP}} needs assessment was requested in January and is outstanding.
        Decision: exclusion NOT upheld. Managed move to [[organisation:Westfield Learning Centre]] part-time
        for 6 weeks with {{Early Help}} assessment. School to review its bullying log process.
    """)),
    ("social_care", "success", prose("""
        Good news from [[organisation:Harbour View]]! [[name:Precious]] ([[age:16]]) got her very first
        payslip today from her Saturday job at the bakery on the quay. She came in waving it and said
        "I've never had money that wasn't pocket money before. I'm buying {{Nan}} flowers and I'm
        saving the rest for driving lessons." She has done eleven Saturdays in a row without missing
        one, which after last year is massive. [[name:Luka]] helped her set up a bank account
        on [[date:2 April]] and she did the online banking herself. We've added it to her
        {{Pathway Plan}} and she wants it mentioned at her {{LAC review}}. Please give her a shout
        if you're on shift this week - she'll pretend to be embarrassed. [[name:Luka M]] / [[name:Teri]]
    """)),
    ("social_care", "near_miss", prose("""
        Near miss, [[organisation:Little Orchard]], morning meds [[date:4 April]]. During the 08:00
        round [[name:Jordan]] (RCW) had popped [[name:Kacper]]'s {{sertraline}} 50mg into the pot and
        was about to give it to [[name:Leo]], who was standing at the hatch first. Both boys are on
        {{sertraline}}, but [[name:Leo]] is on 25mg. [[name:Jordan]] stopped when he went to sign the
        {{MAR chart}} and saw the name was wrong. No medication given in error. Contributing factors:
        both boys came to the hatch together, the phone was ringing, and [[name:Jordan]] was covering
        a double shift. Discussed at handover with [[name:Ms Bassett]]. We are changing to one young
        person in the office at a time and a photo on the front of each MAR. [[name:Jordan]] reflected
        "I'd done it a hundred times, that's exactly why it nearly happened". {{Registered Manager}} aware.
    """).replace("[[name:Ms Bassett]]", "Ms [[name:Bassett]]")),
    ("social_care", "near_miss", block("""
        From: [[name:Gemma Lusty]] <[[email:gemma.lusty@example.gov.uk]]>
        To: [[name:Fraser, Iain]] <[[email:iain.fraser@example.gov.uk]]>
        Cc: Information Governance <[[email:ig.team@example.gov.uk]]>
        Date: [[date:16 April 2024]] 15:42
        Subject: Misdirected email - [[case_reference:LAC/2024/0713]]

        Hi [[name:Iain]],

        Flagging a near miss. I was sending the placement plan for [[name:Tyler-James Hendra]] to his
        foster carer Mrs [[name:Bennetto]] and autocomplete chose [[email:j.bennett@example.org]] instead of
        [[email:j.bennetto@example.org]]. I noticed within two minutes and recalled it. The recipient, a
        parent from [[name:TJ]]'s old primary, rang me on [[phone:01632 960118]] to say she hadn't opened the
        attachment and has deleted it. I've asked her to confirm in writing.

        Logged with the {{Data Protection Officer}}; they don't think it meets the {{ICO}} threshold but
        want it in the {{IRO}} report. I've removed the wrong address from my contacts.

        [[name:Gemma]]
        {{Senior Practitioner}}
    """)),
    ("social_care", "incident", prose("""
        Detached session, [[date:Fri 19/04]], seafront shelters by the pier, 19:00-21:30.
        Workers: [[name:Mo]] and [[name:Cerys]]. Group of about eight young people, mostly known to us.
        [[name:Harvey]] ([[age:14]]) and the lad everyone calls [[name:Little T]] ([[age:13]]?) were
        on e-scooters and had brand-new trainers. Around 20:10 a grey Audi A3, reg
        [[vehicle_registration:WP19 KXF]], pulled into the layby and [[name:Harvey]] went to the
        window, came back with something in his waistband and left on the scooter towards the station.
        [[name:Little T]] said "he's working innit, he gets paid more than you". Driver appeared to be a
        white male, 20s, with a red cap. We did not approach the car. Logged on the
        {{Partnership Intelligence}} form and rang the youth justice contact. Concern for
        {{county lines}} and possible {{NRM}} referral. [[name:Cerys]] to follow up with school on
        Monday. Otherwise quiet - hot chocolates and a good chat with the girls about exam stress.
    """)),
    ("social_care", "near_miss", prose("""
        Contact note. Supervised contact at [[organisation:The Limes Family Centre]] on
        [[date:23.04.24]], 10:00-11:30, between [[name:Skye]] ([[age:6]]) and her father
        [[name:Wayne Stevens]]. Supervisor: [[name:Farah Qureshi]]. At the end of contact [[name:Skye]]
        asked to wave from the window and the foster carer's car was visible in the car park, reg
        [[vehicle_registration:LJ67 RWU]]. [[name:Farah]] moved [[name:Skye]] away before Mr
        [[name:Stevens]] reached the window. Earlier [[name:Skye]] had told him "we live near the big
        {{Tesco}} with the slide park" - [[name:Farah]] redirected the conversation. Placement address
        is confidential due to previous threats. Actions: carer to park at the rear entrance in
        future; staggered departure of 20 minutes; {{contact supervisor}} to brief carers on what
        [[name:Skye]] might say. No breach occurred. Reported to the {{Team Manager}}.
    """)),
    ("social_care", "incident", block("""
        [[organisation:Bryher House]] staff 💬
        [22:14] becs: anyone seen [[name:jayden]]'s charger?? hes kicking off saying someone nicked it
        [22:15] [[name:Tomi]]: not me. is he ok
        [22:17] [[name:becs]]: punched the door in the {{quiet room}}. knuckles bleeding. cleaning him up now
        [22:18] [[name:Andreea P]]: want me to come down? [[name:Mia]]'s asleep
        [22:18] [[name:becs]]: yes pls
        [22:24] [[name:Andreea P]]: found it behind the sofa lol. gave it him, he said sorry to [[name:becs]]
        [22:31] [[name:becs]]: rang {{on-call}}, [[name:Wendell]] said incident form + body map, no need for
        {{A&E}}, knuckles look ok just grazed
        [22:33] [[name:Tomi]]: 👍 ill do the door on the maintenance sheet
        [22:40] [[name:becs]]: [[name:J]] says "I only go mad cos it's the only thing I've got of my mum's"
    """).replace("[22:14] becs:", "[22:14] [[name:becs]]:")),
    ("social_care", "incident", prose("""
        {{CPOMS}} entry - [[date:7 May 2024]] - 12:35 - Category: Online safety / Sexual exploitation.
        [[name:Zara Hussain]] ([[age:12]], 8K) came to Ms [[name:Okoro]] at the end of {{PSHE}} and
        said "my cousin's mate has got photos of me and he says if I don't send more he'll post them
        on the year group chat". She said the first image was sent in the Easter holidays to someone
        called "[[name:Jaz]]" on Snapchat who she thought was 13. [[name:Zara]] was shaking and asked
        "will my dad find out?". Ms [[name:Okoro]] did not view the phone and followed {{UKCIS}}
        guidance. Handed to {{DSL}} Mr [[name:Tremain]] at 12:50, who phoned the {{MASH}} and police;
        police ref [[case_reference:CY/2405/18822]]. [[name:Zara]] supported to use {{Report Remove}}.
        Parents informed with [[name:Zara]]'s agreement after advice from police.
    """)),
    ("social_care", "success", prose("""
        Shout out for [[name:Kieran O'Sullivan]] who collected his {{Duke of Edinburgh}} Bronze award
        at [[organisation:Kernow Youth Hub]] on [[date:18 May]]. When he started with us 18 months ago
        [[name:Kez]] wouldn't come past the kitchen door. He did the volunteering section running
        the tuck shop on Tuesday nights, and completed the practice and qualifying expeditions in
        the rain on Bodmin Moor. His words at the presentation: "Never finished anything in my life
        before this. Told my social worker she owes me a {{Greggs}}." His {{social worker}},
        [[name:Marianne]], turned up with a sausage roll. Thanks to [[name:Josh]] and [[name:Kerensa]]
        for all the lifts. He wants to start Silver in September and help with the Year 7 group.
    """)),
    ("social_care", "near_miss", prose("""
        Transport near miss [[date:Wednesday 22nd May]]. The {{home-to-school transport}} taxi from
        [[organisation:Ace Cars]] ([[vehicle_registration:WA70 HZP]]) on the [[organisation:Ridgeway School]]
        run had a new driver, [[name:Gary]]. At the first pickup he collected [[name:Ollie M]] from
        [[address:7 Trelawney Close]] instead of waiting for [[name:Ollie P]], who lives two doors
        down at [[address:11 Trelawney Close]] and is the child on his route sheet. [[name:Ollie M]]'s mum had
        assumed it was an extra taxi. The passenger assistant, [[name:Sharon]], checked the photo
        list at the next stop and they returned [[name:Ollie M]] home at 08:20. No harm, but
        [[name:Ollie M]] has a {{PEEP}} and was not strapped in his own seat. Reported to
        {{SEND Transport}} and the operator; new drivers to shadow a run before driving solo.
    """)),
    ("social_care", "incident", block("""
        Strategy Discussion ({{s47}}) - [[case_reference:CP-24-00381]]
        Date: [[date:10/06/2024]] 14:00 ({{Teams}})  Chair: [[name:RM]], {{Team Manager}}
        Present: [[name:RM]]; [[name:LT]] (allocated {{SW}}); DC [[name:Hallett]] (police);
        [[name:FK]] ({{school nurse}}); [[name:Ms A. Wojcik]] (Head, [[organisation:St Austell Bay Primary]])

        Children: [[name:Bartek Nowicki]] ([[age:9]]), [[name:Zofia Nowicki]] ([[age:4]])
        Information: [[name:Bartek]] arrived at school with a burn to his right hand, circular,
        approx 1cm. He told [[name:FK]] "it was a cigarette, it was an accident, Dad said don't be
        a baby". Second unexplained injury this year.
        [[name:LT]]: family have declined {{Early Help}} twice.
        Decision: threshold met for {{Section 47}} enquiries, joint with police. {{Child protection medical}}
        today. [[name:Zofia]] to be seen at nursery tomorrow. Review by [[name:RM]] on [[date:13/06/2024]].
    """).replace("[[name:Ms A. Wojcik]]", "Ms [[name:A. Wojcik]]")),
    ("social_care", "success", prose("""
        PA case note, [[date:3 June 2024]]. [[name:Jamal Osei]] ([[age:18]]) picked up the keys to his
        first flat today - [[address:Flat 9, Maple Court, 40 Stapleton Road]], [[postcode:BS5 0RE]].
        He has been with [[organisation:Avonside Supported Lodgings]] since he turned 17. We sorted
        the {{Universal Credit}} claim together; his NI number came through last week
        ([[ni_number:PX 62 41 08 B]]) so the claim is now complete. He set up the gas and electric
        himself on the phone. He said "First time I've had a key that's actually mine, not a fob
        that staff can cancel." His {{Personal Adviser}} (me) will visit weekly for the first
        month. {{Setting Up Home Allowance}} spent on a bed, a sofa and a very large TV.
        - [[name:Siobhán Keane]], Leaving Care
    """)),
    ("social_care", "incident", block("""
        PHYSICAL INTERVENTION RECORD
        Home: [[organisation:Penhallow Lodge]]
        Young person: [[name:C.W.]]     DOB: [[date_of_birth:15.08.2009]]
        Date/time: [[date:22/06/2024]] 19:50 - 19:53
        Staff involved: [[name:Marcus Bell]] ({{Team Leader}}), [[name:Sian Roberts]] (RSW)
        Technique: {{Team Teach}} single elbow, standing, 3 mins

        Lead-up: [[name:C.W.]] told his mum had cancelled contact again. Threw a mug at the lounge
        window and ran at it with a chair leg shouting "get off me I hate this place, I want to go
        home". [[name:Marcus]] and [[name:Sian]] intervened to stop him going through the glass.
        Released as soon as he was calm and sat on the sofa.
        Injuries: none to YP. [[name:Sian]] scratch to wrist.
        Debrief with YP: 20:30 with [[name:Marcus]]. [[name:C.W.]] said "I wasn't gonna jump, I just
        wanted someone to notice".
        {{Registered Manager}} informed. {{Regulation 35}} record complete.
    """)),
    ("social_care", "near_miss", prose("""
        Near miss: a member of staff posted a photo from the beach trip on [[date:Sunday 30 June]] to
        their personal {{Facebook}}. [[name:Ruby-Mae]] ([[age:11]]) was in the background, and it was
        tagged at the beach car park. [[name:Ruby-Mae]]'s placement location is restricted because of
        her birth family. [[name:Hollie Tamblyn]] saw it within 40 minutes and the staff member took it
        down straight away. [[name:Hollie]] checked and there were no shares or comments from anyone
        we know. [[name:Ruby-Mae]] said "I don't mind, I looked good in it", which we discussed with
        her gently. Social worker informed; we will consider a {{Regulation 40}} notification to
        {{Ofsted}} with the {{Registered Manager}} tomorrow. Staff reminded of the social media policy.
    """)),
    # ------------------------------------------------------------------ health (17)
    ("health", "incident", block("""
        CAMHS Crisis - ED assessment
        Patient: [[name:Eden Marsh]]   NHS No: [[nhs_number:769 785 8878]]   Hosp No: [[case_reference:RK0912273]]
        DOB: [[date_of_birth:19/01/2009]] ([[age:15]])
        Seen: [[date:03/07/2024]] 01:30, {{Paediatric ED}}, [[organisation:Royal Tamar Hospital]]

        Presentation: took approx 16 x {{paracetamol}} 500mg at 21:00 after an argument with
        girlfriend. Told dad at 23:00. {{Paracetamol}} level above treatment line; {{NAC}} started.
        [[name:Eden]] said: "I didn't want to die exactly, I just wanted everything to stop for a bit."
        No previous overdoses. Regular self-harm by cutting since Year 9. Known to school counsellor only.
        Plan: admit to [[organisation:Puffin Ward]] for {{NAC}} and {{CAMHS}} review in the morning.
        Safety plan started with [[name:Eden]] and dad ([[name:Gareth]]).

        [[name:Funmi Adeyemi]], {{crisis practitioner}}
    """)),
    ("health", "near_miss", prose("""
        School nurse near miss, [[date:8 July]]. During the pre-trip medical check for the Year 3
        residential at [[organisation:Porthcurnick Outdoor Centre]] I found that [[name:Aisha Begum]]'s
        ([[age:7]]) two {{adrenaline auto-injectors}} had expired at the end of May. Both were
        in the school office medical box labelled as "in date" on the termly check sheet. Her
        {{IHCP}} states severe nut allergy with previous {{anaphylaxis}}. [[name:Aisha]]'s mum
        ([[name:Rumana]]) brought in new {{EpiPen}} pens the same afternoon. The trip would have gone
        ahead with expired pens. Actions agreed with the {{head teacher}}: expiry date written on the
        outside of each box, check sheet to record the actual date rather than a tick, and
        reminder texts to parents a month before. - [[name:Kerry Vosper]], {{school nurse}}
    """)),
    ("health", "incident", prose("""
        On [[date:14/07/2024]] at 03:10 on [[organisation:Kestrel Ward]] (adolescent inpatient unit),
        [[name:Lily-Anne]] ([[age:16]]) was on {{level 2 observations}} (every 15 minutes). The
        {{HCA}}, [[name:Pawel]], was also covering a second patient's observations because of sickness
        on the night shift. The 03:00 check was recorded but not done until 03:10, when
        [[name:Lily-Anne]] was found in the bathroom with a {{ligature}} made from a sock. It was removed
        at once; she was conscious and talking. The nurse in charge, [[name:Thandiwe Ncube]], called the
        duty doctor; no marks of concern on review. [[name:Lily-Anne]] said "I knew the gap was
        longer tonight." Datix [[case_reference:W-228107]]. Parents informed at 07:30. Staffing
        escalated to the on-call manager; obs record audit requested.
    """)),
    ("health", "success", block("""
        [[organisation:Barnstaple CAMHS Team]]
        [[address:Riverside House, 2 Castle Street, Barnstaple]]  [[postcode:EX31 1DR]]
        Tel: [[phone:01632 960552]]

        [[date:19 July 2024]]

        Dr [[name:H. Mistry]]
        [[organisation:Taw Valley Medical Practice]]

        Re: [[name:Callum Jeffery]]  DOB: [[date_of_birth:30.04.2008]]  NHS: [[nhs_number:266 164 2323]]

        Dear Dr [[name:Mistry]],
        [[name:Callum]] has now completed 14 sessions of {{CBT}} with {{ERP}} for {{OCD}}. His
        {{CY-BOCS}} score has fallen from 28 to 9. In his own words: "I can touch a door handle now
        without doing the thing three times. My mum cried when I made her a cup of tea." He is
        back in school full time and has sat his mock GCSEs. We have agreed a relapse prevention
        plan and I am discharging him today. He can self-refer within six months.

        Yours sincerely,
        [[name:Orla Brennan]]
        {{Clinical Psychologist}}
    """)),
    ("health", "near_miss", prose("""
        Near miss on [[organisation:Starfish Ward]], [[date:28 July]]. [[name:Saoirse]] ([[age:14]]) was
        admitted under {{MEED}} guidance with a %mBMI of 72 and started on {{NG}} feeds at 1400kcal.
        The admission blood request did not include {{phosphate}} or {{magnesium}}, and the feed
        plan had been prescribed before any bloods were back. Ward pharmacist [[name:Deepak Solanki]]
        noticed at 16:00 during his reconciliation and the {{SHO}} added them. {{Phosphate}} was 0.72,
        so the feed was reduced and supplements started in time. No harm. [[name:Saoirse]] told the
        nurse "everyone keeps saying I'm fine because my heart rate's normal". We are adding a
        {{refeeding syndrome}} bundle to the adolescent eating disorder admission order set.
    """)),
    ("health", "near_miss", block("""
        DATIX - Primary Care
        Event type: Near miss      Date reported: [[date:25/07/24]]
        Location: [[organisation:Tavy Bridge Surgery]]
        Reported by: [[name:Lorraine Kitto]], {{practice manager}}

        Description: {{CAMHS}} referral for [[name:Mustafa Ali]] ([[age:12]], NHS [[nhs_number:4383116914]])
        sent by Dr [[name:Pryce]] via {{e-RS}} on [[date:02/05/24]]. Referral was returned for more
        information on [[date:20/05/24]]. The letter was scanned onto the record of [[name:Mustafa Alam]]
        ([[age:14]]) by a temporary admin. Nobody actioned it. Mum rang today to ask why there had been
        no appointment; [[name:Mustafa Ali]] is now refusing school.
        Immediate action: Dr [[name:Pryce]] re-referred as urgent today. Letter moved to correct record.
        Learning: scanning to be matched on NHS number and DOB, not name.
    """)),
    ("health", "incident", prose("""
        [[name:Tegan]] ([[age:15]]) had been on the children's ward for nine days waiting for a
        {{Tier 4}} bed. On [[date:5 August]] at 18:40 she left through the fire exit next to the
        playroom while her {{RMN}} was on a break and the cover nurse was with another child.
        Ward staff raised the alarm at 18:50; police found her at 20:15 on the Hoe and used
        {{section 136}}. She came back to ED, not the ward. She said "I've been in a room with
        cartoon animals on the wall for nine days, of course I ran." Ward sister [[name:Joanne Pengelly]]
        completed the incident form, ref [[case_reference:IR-2024-11893]]. The children's ward is not
        set up for young people in mental health crisis; this is the fourth long stay this year.
    """)),
    ("health", "near_miss", prose("""
        {{HPV}} session at [[organisation:Kings Park Academy]], [[date:10 September]]. Two pupils in
        Year 8 have almost the same name: [[name:Freya Nicholls]] (8R, consent yes) and
        [[name:Freya Nichols]] (8T, parent declined). The class lists were merged and the wrong
        [[name:Freya]] was called and sat down for vaccination. Immunisation nurse
        [[name:Maricel Santos]] asked her date of birth and form before drawing up, and
        [[name:Freya Nichols]] said "my mum said no". Nothing given. Our checks worked, but
        the pupil list had only first names and surnames. From now we will print the DOB and form on
        the list and call by full name and form. [[name:Freya Nichols]] did ask about the vaccine; we
        gave her the leaflet and told her about {{Gillick competence}} in an age-appropriate way.
    """)),
    ("health", "incident", prose("""
        School nurse safeguarding note, [[date:12/09/2024]]. [[name:Ryan Dyer]] ([[age:10]]) has now
        not been brought to four {{paediatric}} outpatient appointments for his eczema and
        suspected sleep apnoea. He has bleeding skin on his hands and falls asleep in class. I
        visited with his teacher's agreement. Mum [[name:Stacey-Lee]] said "I can't afford the bus
        to Truro and I've got the baby, I'm not being funny." Home was cold and there was little food.
        I have followed the {{Was Not Brought}} policy, offered an {{Early Help}} assessment which mum
        accepted, and asked the paediatric team for a local clinic appointment. I have also
        applied for travel support. Next home visit booked. [[name:Ryan]] asked if he could have
        "the cream that doesn't sting" again.
    """)),
    ("health", "incident", prose("""
        Medication error. [[name:Jasper]] ([[age:8]]), who lives at [[organisation:Fernleigh]], was
        prescribed {{melatonin}} 1mg at night. The new supply from [[organisation:Moorland Pharmacy]]
        was dispensed as {{Circadin}} 2mg tablets and labelled "2 tablets at night" on [[date:16/09/2024]].
        Staff gave 4mg on two nights. On [[date:18/09/2024]] [[name:Jasper]] was very hard to wake for
        school and said "my legs are made of jelly". Night staff [[name:Abdirahman]] compared the
        label to the {{MAR}} and rang {{NHS 111}}, who advised observation only. He was well by lunch.
        The pharmacy has said it was a transcription error and will report it. Prescriber informed.
    """)),
    ("health", "success", prose("""
        [[name:Kayleigh]] ([[age:15]]) came to [[organisation:The Zone]] drop-in asking for
        emergency contraception. Nurse [[name:Bronwen]] used the {{Spotting the Signs}} proforma and
        assessed her under the {{Fraser guidelines}}. [[name:Kayleigh]] said her boyfriend
        "[[name:Dean]]" is 23 and "picks me up from school in his car and gets me vapes". With her
        agreement [[name:Bronwen]] shared this with the {{MASH}} on [[date:24 September]]. Police have
        since issued a {{Child Abduction Warning Notice}} and [[name:Kayleigh]] has an exploitation
        worker. At her follow-up she said "I was proper angry with you but I'm glad now". Good
        example of using the proforma with every under-16, not just when it "looks" like CSE.
    """)),
    ("health", "near_miss", block("""
        Admin incident log - [[organisation:Penwith CAMHS]]
        [[date:01/10/2024]] 11:05  Logged by: [[name:Bev Trounson]]

        Appointment letter for [[name:Summer Jago]] (DOB [[date_of_birth:09/03/2011]], RiO [[case_reference:1004471]])
        printed for post to [[address:31 Pendarves Road, Camborne]] [[postcode:TR14 7QJ]] - this is
        birth mother's address. [[name:Summer]] is {{Looked After}} and placed with foster carers; the
        placement address is not to be shared.
        Caught at the franking machine because the envelope had the {{Child in Care}} alert sticker.
        Cause: the {{Spine}} address was updated by another service and overwrote the
        correspondence address on {{RiO}}.
        Action: letter destroyed; correct letter sent via social worker. {{IG}} lead informed.
    """)),
    ("health", "incident", prose("""
        Incident at [[organisation:Brannel Secondary]], [[date:Tuesday 8 October]]. At 10:20 [[name:Ellie-Mai]]
        ([[age:13]]) told her friend she had taken "a load" of her mum's {{sertraline}} before
        school. The friend told Mr [[name:Khan]] (first aider), who called 999. Ambulance
        arrived 10:41. [[name:Ellie-Mai]] said "I thought it would just make me sleep through
        maths". The packet in her bag showed 11 missing. She was taken to ED and kept in overnight
        for an {{ECG}} and monitoring. Mum was at work and could not be reached until 11:30
        because the number on file was old. The office has since updated the contact details.
        {{CAMHS}} liaison will see her on the ward. {{DSL}} to make a referral.
    """)),
    ("health", "incident", prose("""
        [[name:Aaron]] ([[age:16]]) was detained under {{Section 2}} of the {{Mental Health Act}} on
        [[date:15 October]] at 14:00 after assessment in ED. No adolescent bed in the South West;
        the bed manager found one at [[organisation:Meadowbank Unit]], 270 miles away, at 20:40 the next
        day. [[name:Aaron]] spent 31 hours in a side room in the adult ED, with two security guards
        for most of that time. He was not offered a shower until the second morning. {{AMHP}}
        [[name:Ros Pellow]] logged this as an incident. [[name:Aaron]]'s mum [[name:Natalie]]
        said "they're sending him to the other end of the country and we don't drive." The trust
        has arranged transport for one visit a week. Shared with commissioners.
    """)),
    ("health", "success", prose("""
        Good news from the diabetes team. On the Year 5 trip to the aquarium on [[date:17/10/2024]],
        TA Mrs [[name:Coombe]] got a low alert on [[name:Ishaan]]'s phone ({{Dexcom}}, 3.6 and
        dropping) while they were in the shark tunnel. She treated with {{Lift}} glucose tablets as per his
        care plan, rechecked at 15 minutes (5.1) and he carried on with the trip. [[name:Ishaan]]
        ([[age:9]]) said "the alarm went off and Mrs [[name:Coombe]] was like a ninja". The training we gave
        in September clearly worked. Thank you to [[name:Alys Pritchard]], {{Children's Diabetes Nurse}},
        and to [[organisation:Mount Hawke Primary]] for sending staff to the session.
    """)),
    ("health", "success", prose("""
        [[name:Nathaniel]] ([[age:11]]) is autistic and has needed a {{general anaesthetic}} for
        every dental check since he was four. Over five visits to [[organisation:Brixham Community Dental]]
        we used {{social stories}}, photos of the room, {{Makaton}} signs and let him bring his
        weighted blanket. On [[date:29 October]] he sat in the chair for a full check and scale
        and polish. His words: "the chair goes up like a rocket and the light is the moon". His dad
        [[name:Femi]] said it was the first time he hadn't had to hold him. The dental nurse
        [[name:Hayley]] has written it up for the team as a desensitisation model.
    """)),
    ("health", "near_miss", block("""
        SBAR - near miss, [[organisation:Puffin Ward]], [[date:04/11/2024]]
        S: [[name:Amani Mwangi]] ([[age:4]]), hosp no [[case_reference:RK1187640]], weight entered on
        the drug chart as 71kg. Actual weight 17kg.
        B: Admitted from ED with suspected {{UTI}}, IV {{gentamicin}} prescribed by weight.
        A: The {{SHO}} ([[name:Dr Ng]]) noticed the dose was close to an adult dose before signing and
        checked the weight on the ED notes. No dose given. Likely the digits were swapped at triage.
        R: Weight to be checked by two people and a sense check against age on the chart. Feedback
        to ED. Discussed at safety huddle.
        [[name:Nkechi]], {{Ward Sister}}
    """).replace("[[name:Dr Ng]]", "Dr [[name:Ng]]")),
    # ------------------------------------------------------------------ aviation (16)
    ("aviation", "near_miss", block("""
        GROUND OPS OCCURRENCE REPORT - [[organisation:Kernow Skylink]]
        Flight: [[flight_number:KS417]] Manchester-Newquay   Date: [[date:26/07/2024]]
        UM: [[name:Oscar Nwosu]], aged [[age:11]], UM ref [[case_reference:UM-0726-03]]

        At arrival gate the agent was about to release [[name:Oscar]] to an adult who said he was
        his uncle, [[name:Chike]], and had ID. The nominated collector on the {{UM form}} was the
        mother, [[name:Grace Nwosu]]. [[name:Oscar]] said "that's Uncle [[name:Chike]], it's fine".
        {{Dispatcher}} [[name:Callum Hoskin]] stopped the handover and phoned [[name:Grace Nwosu]] on
        [[phone:07700 900632]]. She was stuck on the A30 and had asked [[name:Chike]] to come,
        but had not told us. She confirmed by text and sent a photo of her ID. [[name:Oscar]] released
        at 14:25.
        Learning: agent under time pressure with a second {{UM}}. Reminder that only the named
        collector can be accepted without an authorised change. {{Duty Manager}} informed.
    """)),
    ("aviation", "incident", prose("""
        [[organisation:Peninsula Air Ambulance]], [[aircraft_registration:G-KWXA]], {{AW169}},
        [[date:3 August 2024]]. Inter-facility transfer of a [[age:16]]-year-old male from a community
        hospital to the regional children's trauma centre after a fall from a cliff path. During
        the flight the patient became agitated, tried to remove his headset and undo his harness,
        and kicked the stretcher rail. The {{HEMS}} doctor gave {{ketamine}} but the pilot,
        Capt [[name:Ferreira]], chose to land in a field to make the cabin safe. On the ground 9 minutes.
        Patient [[name:J.D.]] later said "I thought I'd been kidnapped, nobody told me we were in the air".
        No injury to crew. Critical care paramedic [[name:Gethin Lloyd]] has raised the need for
        better pre-flight briefing of young patients and for sedation before loading.
    """)),
    ("aviation", "near_miss", prose("""
        Near miss, [[organisation:Blackdown Ridge Gliding Club]], [[date:17/08/2024]], youth scholarship
        day. Cadet [[name:Priya Chauhan]] ([[age:14]]) was in the front seat of the club
        {{ASK 21}} [[aircraft_registration:G-DHKR]] ([[aircraft_registration:HKR]]) for her third
        launch. The instructor, [[name:Nigel Spargo]], did the {{CB SIFT CB}} checks, but the canopy lock was
        not fully across. As the cable was attached [[name:Priya]] said "is it meant to rattle?" and
        [[name:Nigel]] called "stop" to the {{wing runner}}. Canopy locked and launch went normally.
        We praised [[name:Priya]] in the debrief for speaking up. The {{CFI}} wants a red
        tell-tale added to the lock and a line in the youth briefing telling cadets to say if
        anything feels wrong. Reported to the {{BGA}}.
    """)),
    ("aviation", "incident", prose("""
        Incident report, [[organisation:Oakapple House]], [[date:2 August 2024]], 22:50. Police attended after a
        green laser was shone at the police helicopter from the back garden. [[name:Tyler]] ([[age:15]])
        said straight away it was him: "I didn't think it would reach, it's only a cat toy from the
        market." The crew said the pilot was dazzled and had to break off the search they were doing.
        Police seized the pen, crime ref [[case_reference:5124 0802 3391]]. [[name:Tyler]] was
        interviewed voluntarily the next day with his social worker and an appropriate adult,
        [[name:Rhiannon]]. He wrote a letter of apology to the crew. Staff did a room search and
        found no other pens. Youth offending team involved; possible {{Laser Misuse (Vehicles) Act}}
        charge. Manager: [[name:Desmond Achterberg]].
    """)),
    ("aviation", "near_miss", prose("""
        Youth club STEM session, [[date:Sat 7 September]]. [[name:Harrison]] ([[age:13]]) brought
        his new {{DJI Mini}} drone and flew it from the playing field behind the club, which we later
        found is inside the {{FRZ}} for [[organisation:Culmbridge Airfield]]. It went up to about
        90m. A light aircraft came over on approach about two minutes later. The airfield manager
        [[name:Ngozi Eze]] phoned the club on [[phone:01632 960744]] to ask us to land it. No
        {{Flyer ID}} or {{Operator ID}} was registered. [[name:Harrison]] said "I checked the app and it
        didn't say no". We talked through the {{Drone Code}} and the {{CAA}} website with the
        group. We'll run a proper drone session with the airfield next month.
    """)),
    ("aviation", "success", block("""
        From: [[name:Hedra Angove]] <[[email:h.angove@example.sch.uk]]>
        To: Ops <[[email:ops@isleslink.example.org]]>
        Date: [[date:16 September 2024]]
        Subject: [[name:Wenna]]'s flight on Friday - thank you

        Hello,

        I'm the housemistress at [[organisation:Truro Hall]] and wanted to say thank you. [[name:Wenna]]
        ([[age:12]]) was booked on [[flight_number:IL204]] home to the islands on [[date:Friday 13th September]].
        The {{Islander}} was delayed three hours by fog and the {{boarding house}} bus had already left.
        Your dispatcher [[name:Marek]] kept her with him, bought her chips, and rang me on
        [[phone:07700 900286]] every hour. When she landed she rang to tell me "[[name:Marek]] let me
        see the radar". Her mum says she wants to be a pilot now.

        Many thanks,
        [[name:Hedra]]
    """)),
    ("aviation", "incident", prose("""
        Trip report, Year 9 Krakow visit, [[organisation:Polwhele Academy]]. Outbound flight
        [[flight_number:EZY6213]] from Bristol on [[date:21 October 2024]]. During taxi [[name:Jonah]]
        ([[age:14]]) had an asthma attack. His {{salbutamol}} inhaler had been packed in his hold bag
        by his dad, although the kit list said hand luggage. The crew gave {{oxygen}} and a
        passenger's inhaler (same drug, checked by the crew) and the captain returned to stand.
        Paramedics checked him and he flew with us on the next flight the same evening with a new
        inhaler. [[name:Jonah]] said "sorry for ruining everyone's day" - he didn't. Miss
        [[name:Bolitho]] will now check all inhalers, {{EpiPens}} and medicines at the check-in
        desk. Thanks to the {{easyJet}} crew, who were brilliant.
    """)),
    ("aviation", "near_miss", prose("""
        [[name:Dominika]] ([[age:15]]) left [[organisation:Fernleigh]] at about 05:00 on [[date:27/10/2024]]
        with her passport, which she had taken from the office safe after watching staff use the code.
        Staff noticed at 06:30. Police were informed and a {{Missing Person}} record made,
        [[case_reference:MPR-24-77120]]. At 07:40 staff at [[organisation:Bristol Airport]] check-in
        stopped her trying to board [[flight_number:FR2841]] to Gdańsk on her own with a ticket she'd bought
        online. {{Border Force}} held her safely until police and our staff arrived. She said "I just
        wanted to see my {{babcia}} before she dies, nobody will take me". The safe code has been
        changed and we have asked the social worker to look at a supported visit to Poland.
    """)),
    ("aviation", "success", prose("""
        [[organisation:Skyward Futures]] is a small charity that gives care-experienced young people
        a flight. On [[date:Sunday 3 November]] at [[organisation:Perran Down Airfield]], [[name:Kofi Mensah]]
        ([[age:17]]) had his trial lesson in a {{Piper Warrior}} [[aircraft_registration:G-BSKW]] with
        instructor [[name:Bryony Hext]]. He took the controls over the coast for about twenty minutes.
        Afterwards he said "I could see my old school from up there. It looked tiny, like it can't
        touch me any more." His keyworker, [[name:Sam]], said it is the first time she has seen him
        talk about the future. [[name:Kofi]] has asked about the {{Air League}} scholarship and
        [[name:Bryony]] has offered to help him apply.
    """)),
    ("aviation", "success", block("""
        SEARCH LOG - DofE expedition, [[organisation:Okement Valley School]]
        [[date:09/11/2024]]
        16:45 Team B checkpoint missed. Missing: [[name:Harry Blight]] ([[age:15]]), [[name:Ayaan Sheikh]] ([[age:15]])
        17:10 Phones going to voicemail. Called 999, asked for police then Dartmoor rescue.
        17:55 Staff lead [[name:Toby]] briefed police. Light going, fog coming in.
        18:40 Coastguard helicopter [[flight_number:Rescue 917]] tasked.
        19:22 [[flight_number:Rescue 917]] found both boys with thermal camera near a tor, about 2km off route.
        Both cold but well, in their bivvy bags as taught.
        20:05 Handed to parents at the car park.
        [[name:Ayaan]]: "We did what you said, we stopped and got in the bags and blew the whistle."
        [[name:Harry]]'s map case had blown away. Debrief booked with the {{DofE}} manager.
    """)),
    ("aviation", "incident", block("""
        CABIN SAFETY REPORT
        Operator: [[organisation:Atlantic Sun Charter]]   Flight: [[flight_number:ASC702]] BRS-GVA
        A/C: [[aircraft_registration:G-OASC]]  Type: {{A320}}   Date: [[date:15FEB24]]
        Pax 14C, [[name:M. Sithole]], M, [[age:14]], school ski group ([[organisation:Clifton Vale School]])

        At 10:35, 40 min after take off, pax had a tonic-clonic seizure in his seat. CC [[name:Roisin]] and
        [[name:Dev]] attended. Group leader Mr [[name:Whitcombe]] had his care plan and gave
        {{buccal midazolam}} at 5 min. Seizure stopped at 7 min. PA for medical help: a nurse
        travelling with another school helped. {{MEDLINK}} advised. {{Captain}} decided to continue to
        destination; ambulance met the aircraft. Pax said afterwards "did I wet myself, don't tell anyone".
        Seizure medication had been in the overhead locker in row 22 - took 2 min to find.
        Report by: SCCM [[name:Roisin Daly]]
    """)),
    ("aviation", "success", prose("""
        Compliment received [[date:20/11/2024]]: "My son [[name:Reuben]] ([[age:7]]) is autistic and
        wore his {{Sunflower lanyard}} for our flight [[flight_number:KS122]] to Manchester. The lady at
        security, [[name:Blessing]], saw it and took us to the quiet lane. She let [[name:Reuben]] watch
        the tray go through the scanner first and explained the beeping. At the gate [[name:Blessing]]
        had told the crew, and they let us board first and let him meet the pilot. He has talked
        about it every day. Please thank her." - [[name:Mrs L. Penrose]]. Passed to the {{PRM}}
        team and [[name:Blessing]]'s line manager.
    """).replace("[[name:Mrs L. Penrose]]", "Mrs [[name:L. Penrose]]")),
    ("aviation", "near_miss", prose("""
        Near miss at the launch point, [[organisation:Blackdown Ridge Gliding Club]], [[date:Saturday 23 November]].
        A member's son, [[name:Alfie]] ([[age:5]]), walked away from the clubhouse while his dad was
        logging flights. He walked towards the {{winch}} cable just as the {{launch point}} called
        "take up slack". The duty instructor [[name:Wendy Carlyon]] saw him and shouted
        "stop stop stop" on the radio. The winch driver stopped the launch. [[name:Alfie]] was about
        20m from the cable. The glider, [[aircraft_registration:G-CKLP]], was held. Children
        under 12 must now be with a named adult who is not flying or logging, and the picnic area is to
        be fenced. [[name:Alfie]]'s dad, [[name:Rob]], said he was "mortified".
    """)),
    ("aviation", "near_miss", prose("""
        Near miss. On [[date:Friday 29 November]] [[organisation:St Enodoc Primary]] released around 150
        helium balloons at the end of a memorial assembly for a former pupil. The school is under
        the approach to [[organisation:St Mawgan Airport]]. Nobody told {{ATC}} in advance. A pilot on
        approach reported balloons at about 1,500ft and ATC issued a warning to other traffic. No
        aircraft was hit. The {{head teacher}}, Mrs [[name:Trudgeon]], said the PTA had organised it and
        did not know about the rules. We have shared the {{CAA}} guidance on balloon releases and
        suggested the school plants a tree next time. The pupils chose sunflowers. A parent
        [[name:Liam]] has offered to help with a garden.
    """)),
    ("aviation", "incident", prose("""
        {{MOR}} summary. On [[date:6 December 2024]] bursary student [[name:Ffion Rees-Jones]]
        ([[age:17]]) made a hard landing on her first solo in a {{Cessna 152}}
        [[aircraft_registration:G-BTFW]] at [[organisation:Culmbridge Airfield]]. The wind had picked
        up to 15kt gusting 24 since the {{METAR}} her instructor, [[name:Graham Luxton]], had used. She
        bounced twice and the nose gear was damaged. She was not hurt but was very upset and said "I
        thought I'd let everyone down, the bursary people and my mum." [[name:Ffion]] is funded by
        the {{Air League}}. The instructor has accepted he should have checked the wind again
        before sending her. The flying school will use a wind limit for first solos.
    """)),
    ("aviation", "incident", block("""
        Safeguarding referral - airport security, [[organisation:Bristol Airport]]
        Date: [[date:18/12/2024]]   Flight: [[flight_number:TK1970]]
        Young person: [[name:Hibo Warsame]], DOB [[date_of_birth:04/06/2008]] ([[age:16]])
        Travelling with: [[name:Abdullahi Warsame]] (says father), [[name:Faadumo]] (says aunt)

        Security officer [[name:Kris Olsen]] found a metal spoon in her underwear at the archway.
        She was taken to a private room with a female officer. She said "they're taking me to get
        married, I didn't know what else to do." Police contacted under {{Operation Limelight}};
        {{Forced Marriage Unit}} informed; {{Forced Marriage Protection Order}} applied for.
        Family did not travel. [[name:Hibo]] placed in emergency foster care. Crime ref
        [[case_reference:5224 1218 0067]].
        Officer's note: the training on the spoon sign was the reason this was caught.
    """)),
]


def main() -> None:
    records = build_records("blind69", REPORTS)
    write_records(OUT, records)


if __name__ == "__main__":
    main()
