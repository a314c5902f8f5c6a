"""Held-out blind corpus 301: 50 invented UK incident, near-miss and success reports.

Written blind (without sight of the de-identifier or any other corpus) so that it measures how
well the anonymiser generalises. 17 social_care, 17 health and 16 aviation reports, each domain
mixing incident, near_miss and success ("learning") reports. Settings:

- social_care: an out-of-hours emergency duty team (EDT) in an invented county council;
- health: community paediatrics (child development centre, CP medicals, school health);
- aviation: aircraft refuelling (into-plane fuellers, hydrant dispensers, fuel farm).

Styles are deliberately mixed: rushed lower-case notes with typos and txt-speak, formal
narratives, chronologies with times, forms with Name/DOB/Ref/Address fields, e-mails with
headers and signatures, chat exports (Teams, WhatsApp, Slack) with handles, handover notes,
minutes with attendance and apologies, pipe-separated tables, call and RT transcripts, and
shout-outs and thank-you notes. Every person, organisation, place and number is invented.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from markup import block, build_records, write_records  # noqa: E402
from markup import flow as prose  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "corpus" / "heldout_blind301.jsonl"

REPORTS = [
    # ------------------------------------------------------------------ social care (EDT)
    ("social_care", "incident", prose("""
        edt shift sun nite, sorry v rushed. {{23:10}} call frm [[organisation:Kettleby Police]]
        re [[name:kayden]] ([[age:15yo]]) picked up after being {{missing}} 2 days. {{custody sgt}}
        wantd him out of the cells asap. no {{foster}} beds anywhere, rang 3 {{res homes}} none cd
        take. {{on call mgr}} [[name:bev]] agreed {{sec 20}} but {{mum}} [[name:Tanya Wilkes]] not
        answering on [[phone:07700 900318]], tried 4 times. end result [[name:kayden]] stayed in
        the cells til {{06:40}} which is NOT ok under {{PACE}}. no {{appropriate adult}} for 2 hrs
        either bc volunteer scheme dont cover after {{midnight}}. logged on {{LCS}} as
        [[case_reference:EDT-24-01187]]. {{day team}} pls pick up + chase {{placements}} re
        emergency beds, this is 3rd time this month
    """)),
    ("social_care", "near_miss", prose("""
        On the evening of [[date:14 February]] I was the duty {{AMHP}} for the
        {{Emergency Duty Team}}. The {{Crisis Team}} requested a {{Mental Health Act}} assessment
        for [[name:Ewa Kowalczyk]] (DOB [[date_of_birth:03/09/1987]]). The referral form gave her
        address as [[address:22 Rowan Court, Fenwick Cross]], [[postcode:FC4 2LN]]. The
        {{section 12}} doctor, Dr [[name:Obinna Eze]], had been sent an older letter listing
        [[address:22 Rowan Close]], which is on the other side of the estate. Dr [[name:Eze]] and
        the {{police}} nearly went to the wrong door at {{21:30}}; the occupant there is an elderly
        man who lives alone. I noticed the discrepancy only when I rang Dr [[name:Eze]] to confirm
        his arrival time. Nobody was harmed and the assessment of Ms [[name:Kowalczyk]] went ahead
        at the correct address. Learning: the {{AMHP}} should read the full address back to every
        professional attending, and the {{GP}} record needs updating. I have e-mailed the
        {{Crisis Team}} manager.
    """)),
    ("social_care", "success", block("""
        From: [[name:Delroy Campbell]] <[[email:delroy.campbell@kettleby.gov.uk]]>
        Sent: [[date:Sunday 10 March 2024]] 09:12
        To: {{EDT}} Team
        Subject: Thank you - {{Saturday night}}

        Hi all,

        Just wanted to say a massive thank you to [[name:Grace]] and [[name:Sunny]] for last night.
        When Mrs [[name:Doyle]] was blue-lighted to {{A&E}}, her husband, who has {{dementia}}, was
        left alone in the house. [[name:Grace]] did a {{Care Act}} assessment over the phone with
        the neighbour, found an emergency {{respite}} bed at [[organisation:Hollins Park Care Home]]
        within two hours, and [[name:Sunny]] drove out and settled Mr [[name:Doyle]] in himself.
        The {{day team}} have picked it up this morning and Mrs [[name:Doyle]] is stable.

        Calm, kind and quick. Thank you both.

        [[name:Delroy Campbell]]
        {{Team Manager}}, {{Adult Social Care}} (Out of Hours)
        [[organisation:Kettleby County Council]]
        Tel: [[phone:01632 960441]]
    """)),
    ("social_care", "incident", block("""
        Chronology - placement address disclosed
        Ref: [[case_reference:EDT-24-00342]]   Worker: [[name:JK]]   Senior: [[name:R. Mahmoud]]

        [[date:03/03/24]]
        19:50  {{Police}} use {{PPO}} for [[name:Amira]] ([[age:aged 6]]) after {{DA}} incident at home.
        20:35  [[name:JK]] identifies {{emergency foster carer}} Mrs [[name:Okonjo-Baptiste]].
        21:15  [[name:Amira]] placed. Carer's address and landline saved in {{case notes}}.
        21:40  [[name:JK]] texts carer's address to PC [[name:Hollis]] so school things can be
               dropped off. Sent in error to {{mum}} [[name:Leanne]] - both numbers were recent
               contacts on the {{work mobile}}.
        21:52  [[name:Leanne]] rings {{EDT}} and says she knows where [[name:Amira]] is.
        22:05  [[name:R. Mahmoud]] authorises a move. Mrs [[name:Okonjo-Baptiste]] and
               [[name:Amira]] collected by police, [[name:Amira]] moved to a second carer.
        23:30  {{Risk assessment}} updated.
        [[date:04/03/24]]
        09:00  {{Data breach}} form done, {{Caldicott Guardian}} informed.
    """)),
    ("social_care", "near_miss", block("""
        WhatsApp export - EDT nights (shared with permission) - ref [[case_reference:ASC-OOH-7719]]

        [[[date:10/11/2023]], 22:14] [[name:Sunita Rai]]: just had [[organisation:Willowmere Care]] on, no carer for the 11pm call for Mrs [[name:Adeyemi]] 😩 she's {{insulin}} dependent
        [[[date:10/11/2023]], 22:16] [[name:Pat O'Connor]]: is that the lady near the {{leisure centre}}?
        [[[date:10/11/2023]], 22:17] [[name:Sunita Rai]]: yep. {{district nurses}} don't do nights in that patch
        [[[date:10/11/2023]], 22:21] [[name:Pat O'Connor]]: try {{rapid response}}?
        [[[date:10/11/2023]], 22:40] [[name:Sunita]]: RR going at 23:15 👍 daughter [[name:Bisi]] on her way too
        [[[date:10/11/2023]], 23:58] [[name:Sunita Rai]]: update - nurse found her BM 2.9, {{hypo}}. gave {{glucagon}}, she's ok now. if we'd left it till the morning call...
        [[[date:10/11/2023]], 23:59] [[name:Pat O'Connor]]: good call. {{datix}} it + email the manager at [[organisation:Willowmere Care]]
        [[[date:11/11/2023]], 00:02] [[name:Pat]]: and stop using whatsapp for this lol, {{Teams}} next time
    """)),
    ("social_care", "success", block("""
        EDT Practice Learning Meeting - minutes
        Date: [[date:Thursday 18 January 2024]]
        Present: [[name:Hope Mensah]] (chair, {{EDT Manager}}), [[name:Tomasz Wiśniewski]],
        [[name:Faith Oduya]], [[name:Rhodri ap Gwilym]], [[name:Li Wei]] ({{student}})
        Apologies: [[name:Bill Ferreira]], [[name:Amber]] ({{admin}})

        1. Good practice case
        [[name:Faith]] presented the night of [[date:6 January]]: [[name:Jayden-Lee]] ([[age:16]])
        in {{A&E}} after {{self-harm}}, medically fit but no {{CAMHS}} bed. Instead of letting him
        sit in {{resus}} overnight, [[name:Faith]] agreed with the {{CAMHS}} liaison nurse and the
        {{paediatric ward}} that he'd be admitted there with a {{1:1}} from the agency, and got his
        nan to stay. {{Tier 4}} bed found next day.
        [[name:Hope]] noted this kept him out of a {{police}} cell / {{Section 136}} suite.

        2. Actions
        - [[name:Tomasz]] to write up as a {{7-minute briefing}}.
        - [[name:Faith]] to share at the {{MASH}} practice forum in {{February}}.
    """)),
    ("social_care", "incident", block("""
        INCIDENT REPORT FORM - LONE WORKING
        Staff member: [[name:Gabriel Nwachukwu]]
        Service: {{Emergency Duty Team}}
        Date of incident: [[date:27/01/2024]]   Time: {{02:15}}
        Person visited: [[name:Darren Pike]]   DOB: [[date_of_birth:11/05/1979]]
        Address: [[address:Flat 3, 41 Mill Lane, Ashcombe]] [[postcode:AC2 7HW]]
        Case ref: [[case_reference:ASC-220914]]
        Pool car: [[vehicle_registration:KT21 BXE]]

        Description: Attended with {{police}} after a {{safeguarding}} concern about
        Mr [[name:Pike]]'s elderly father. Police were diverted to a {{Grade 1}} call as we
        arrived. I went in alone. Mr [[name:Pike]] became verbally aggressive and let a large dog
        loose in the hallway. I left and sat in the car with the doors locked. The {{lone worker}}
        app had no signal, so my 30-minute check-in alert never reached the {{on-call manager}}.
        Injury: none. Shaken.
        Suggested actions: {{lone working policy}} to say no entry without police out of hours;
        {{IT}} to test app coverage in the {{rural}} patch.
    """)),
    ("social_care", "near_miss", block("""
        EDT HANDOVER -> {{MASH}} / {{day team}}   [[date:Mon 22nd]]
        From: [[name:niamh]] (nights)   To: {{duty senior}}

        1. [[case_reference:CS-558201]] - {{DA}} call 01:30, police attended [[address:9 Larch Walk]].
        Children [[name:Maisie]] ([[age:4]]) and [[name:Oakley]] ([[age:2]]) present. I was about
        to record {{NFA}} - no alert showing on {{LCS}} out of hours. Only realised they're on
        {{CP plans}} bc I remembered [[name:Maisie]]'s name from a {{strategy meeting}} in {{Oct}}.
        Checked the paper {{CP register}}: yes, both on plans under {{neglect}}. Rang police back,
        they did a welfare check, dad [[name:Shane]] had left.
        Pls: a) tell allocated SW [[name:Rose Adebayo-Finch]]  b) {{IT}} ticket re alerts not
        showing in the EDT view - this could've been really bad.

        2. Nothing else major. 3 x {{appropriate adult}} calls, all covered.

        [[name:niamh]] x
    """)),
    ("social_care", "incident", block("""
        From: Sister [[name:Joy Mukamana]] <[[email:joy.mukamana@nhs.net]]>
        To: [[email:edt@kettleby.gov.uk]]
        Cc: {{Adult Safeguarding Lead}}
        Date: [[date:6 December 2023]]
        Subject: No response to safeguarding calls - {{Ward 12}}

        Dear colleagues,

        We rang {{EDT}} three times on the night of [[date:4 December]] (21:10, 23:45 and 02:20)
        about Mr [[name:Stan Lowry]], [[age:84]], admitted with a {{chest infection}}. He is the
        main {{carer}} for his wife, who has {{dementia}} and was at home on her own. A neighbour
        had found her wandering in the road. Each time we left a message; nobody called back until
        08:30, by which time the neighbour had taken her in overnight.

        I appreciate nights are busy, but we had no other route. Please can someone explain what
        happened and how wards should escalate when the line is not answered.

        Kind regards
        [[name:Joy Mukamana]]
        {{Ward Sister}}, {{Ward 12}}
        [[organisation:Ashcombe General Hospital]]
    """)),
    ("social_care", "success", prose("""
        quick 1 - shout out 2 [[name:will]] on edt last nite 👏 he spent nearly 3 hrs on the phone
        w/ [[name:Lena]] ([[age:16yo]]) who rang us from the {{bridge}} over the {{ring road}}. kept
        her talking til {{police}} + {{ambulance}} got there, then sorted a {{CAMHS}} crisis
        assessment for the morning + made sure {{mum}} knew. mum rang today 2 say thx. [[name:will]]
        wdnt write this himself so im doing it lol. also big up the {{call handler}} at
        [[organisation:Kettleby Police]] who stayed on the other line the whole time. ref
        [[case_reference:EDT-24-00911]] - [[name:Marta]]
    """)),
    ("social_care", "incident", block("""
        EDT call log extract - night of [[date:19/02/2024]] (incident: call not logged)

        Time  | Caller                         | Re                                      | Ref
        20:12 | {{Police}} control             | [[name:Yusuf Abdi]] ([[age:16]]) found safe   | [[case_reference:CS-601774]]
        21:48 | Dr [[name:Farah Qureshi]] ({{OOH GP}}) | {{DoLS}} query, advice given       | [[case_reference:ASC-230551]]
        23:30 | [[organisation:Brightpath Fostering]] | [[name:Tyler]] ([[age:12]]) absconded | [[case_reference:CS-588120]]
        01:05 | -                              | NOT LOGGED - see below                  | -

        The 01:05 call was from foster carer [[name:Precious Ndlovu]] saying [[name:Tyler]] had come
        back with a cut hand. The worker ([[name:SB]]) took it on a personal mobile while driving
        back from a {{Section 136}} and forgot to log it. The {{day team}} only found out when
        school rang. {{Return home interview}} and {{medical}} were delayed by a day.
        Learning: all calls via the {{EDT}} line; {{hands-free}} kits for pool cars.
    """)),
    ("social_care", "near_miss", block("""
        Teams chat - EDT Night Duty ([[date:Fri 5 Apr]])
        [23:02] [[name:Ioana Popescu]]: custody at [[organisation:Fenwick Cross Police Station]] asking for an {{AA}} for [[name:Jordan Bell]]
        [23:03] [[name:Ioana Popescu]]: they had him down as 18, his dob is [[date_of_birth:02/11/2006]] so he's [[age:17]]
        [23:05] [[name:Mark Doherty]]: were they going to interview without an {{AA}}??
        [23:06] [[name:Ioana Popescu]]: they'd already started!! the {{DS}} stopped it when I rang
        [23:09] [[name:Mark Doherty]]: ok I'll go, 20 mins away. note it as a {{PACE}} issue
        [23:11] [[name:Ioana Popescu]]: thx [[name:Mark]]. {{solicitor}} is Ms [[name:Chaudhry]] from the {{duty scheme}}
        [00:47] [[name:Mark Doherty]]: done, interview restarted with me as {{appropriate adult}}. {{custody record}} amended. ref [[case_reference:EDT-24-01302]]
    """)),
    ("social_care", "success", prose("""
        Positive practice report. At about {{03:00}} on [[date:Sunday 28 July]], {{Border Force}}
        at the {{port}} contacted the {{Emergency Duty Team}} about [[name:Dawit]], an
        unaccompanied boy who said he was [[age:15]]. [[name:Senait Tesfay]], the EDT social worker
        on shift, arranged a {{Tigrinya}} interpreter through [[organisation:Wordbridge Interpreting]]
        within twenty minutes and secured a bed at [[organisation:Linden House]] children's home.
        She challenged a suggestion that an {{age assessment}} be done at the port, explaining
        that it would need to be {{Merton-compliant}} and carried out by the {{day team}}. She
        noticed possible indicators of {{trafficking}} and recorded them clearly for a
        {{National Referral Mechanism}} decision. [[name:Dawit]] was seen by a {{GP}} the next day
        for {{scabies}}. The {{Head of Service}}, [[name:Andrew Kilbride-Osei]], has asked for
        this to be shared as an example of calm, rights-based practice. Case reference
        [[case_reference:CS-614420]].
    """)),
    ("social_care", "incident", block("""
        Transcript excerpt - EDT call recording, [[date:12/08/2023]] 00:31
        Ref: [[case_reference:EDT-23-04456]]

        EDT ([[name:CH]]): Emergency Duty Team, [[name:Chloe]] speaking.
        Caller: Hi, PC [[name:Dean Marsh]]. I need the address where [[name:Kyla Brennan]]'s been
                placed tonight, we've got a welfare concern.
        EDT: Okay, can I take a call-back number?
        Caller: I'm mobile, I just need it quick.
        EDT: It's [[address:7 Heather Gardens, Ashcombe]].
        [call ends]

        Note by [[name:Chloe]]: at 01:10 {{police control room}} confirmed there is no officer of
        that name. The caller is believed to be [[name:Kyla]]'s uncle, [[name:Dean Brennan]], who is
        subject to a {{non-molestation order}}. [[name:Kyla]] and her {{foster carers}} were moved at
        02:00. I did not verify the caller via {{call-back}} as the {{EDT}} protocol requires.
        {{Data breach}} reported; {{LADO}} advice sought.
    """)),
    ("social_care", "near_miss", prose("""
        Near miss - medication. Reported by [[name:Bogdan Ilie]], {{EDT}} social worker,
        [[date:2 March 2024]]. Following {{police protection}} at
        [[address:15 Quarry View, Fenwick Cross]], [[name:Leo]] ([[age:8]]), who has
        {{type 1 diabetes}}, was placed with {{foster carers}} Mr and Mrs [[name:Haddad]] at
        {{22:40}}. His {{insulin pens}}, {{glucose meter}} and {{hypo kit}} were left at home in
        the rush. Mrs [[name:Haddad]] asked about his bedtime reading at 23:20, which is when I
        realised. Police went back to the address and brought the kit by 00:15. His reading was
        14.2 and he had missed his {{long-acting insulin}}; the {{out-of-hours GP}} advised by phone
        and he came to no harm. Learning: add a 'health needs and medication' question to the
        {{EDT}} placement checklist, and ask {{parents}} directly before leaving the home.
    """)),
    ("social_care", "incident", block("""
        handover am [[date:Tues 9th]] - from [[name:Ade]] to [[name:Kerry-Ann]]

        - {{IG incident}}: work laptop taken from pool car [[vehicle_registration:YF19 KZU]],
          parked outside the {{hospital}} 03:10-03:40 while I was up on the {{ward}}. back window
          smashed. laptop encrypted + locked BUT my notebook was in the bag with details of 3
          families ([[case_reference:CS-612903]], [[case_reference:CS-610045]],
          [[case_reference:ASC-231187]]) - names + addresses.
        - reported to {{police}}, crime no [[case_reference:KP-24-118833]].
        - rang {{IT service desk}}, they're wiping the device remotely.
        - still needed: {{IG team}} + {{DPO}} told, families told (day team pls?), car glass.
          keys are at reception.

        really sorry all - [[name:Ade]]
    """)),
    ("social_care", "success", block("""
        Thank-you card received by {{EDT}}, typed up with the family's permission:

        "Dear [[name:Ruby]] and Mr [[name:Jaswal]],
        thank you for coming out to us on [[date:New Year's Eve]] when {{Nana}} fell and there was
        nobody to look after me and my brother. You found {{Auntie}} [[name:Blessing]]'s number and
        waited with us till she came, and you let us watch the fireworks on the telly. You were
        really kind. {{Nana}} is home now.
        Love from [[name:Tia]] ([[age:age 10]]) and [[name:Kobe]]"

        Logged as positive feedback under [[case_reference:EDT-23-05190]] and shared with the
        {{Service Manager}} and the {{Principal Social Worker}}. Well done both - [[name:Gwyneth]]
    """)),
    # ------------------------------------------------------------ health (community paediatrics)
    ("health", "incident", prose("""
        Incident: clinic letter sent to a previous address. On [[date:15 January 2024]] a
        {{clinic letter}} confirming an {{autism}} diagnosis for [[name:Zain Hussain]] ([[age:7]],
        NHS [[nhs_number:485 777 3457]]) was posted from
        [[organisation:Sandfield Child Development Centre]] to
        [[address:88 Beacon Street, Harlow Moor]]. [[name:Zain]] and his mother left that address
        last year because of {{domestic abuse}}; his father still lives there. The new address was
        on the {{GP}} record at [[organisation:Priory Lane Surgery]] and known to
        {{Children's Social Care}}, but our {{Rio}} demographics had not been updated after a
        {{PDS}} mismatch was flagged. The father has since rung the {{school}},
        [[organisation:Harlow Moor Primary]], asking about {{EHCP}} meetings. Mum's new address was
        not disclosed. Reported by Dr [[name:Anjali Menon]], {{Consultant Community Paediatrician}}.
        Actions: {{safeguarding}} alert added; admin to run a {{Spine}} check before any letter is
        sent where there is a {{CP}} or {{CIN}} flag; mum informed under {{Duty of Candour}}.
    """)),
    ("health", "near_miss", prose("""
        nr miss - {{melatonin}} rx. i wrote 10mg instead of 1mg for [[name:lily-mae]] ([[age:4yo]],
        {{ASD}}, seen in {{sleep clinic}}). {{pharmacist}} at [[organisation:Beacon Pharmacy]] rang to
        query as it was way above anything theyd seen for under 5s. caught b4 dispensed, no harm.
        {{mum}} aware + apologised. my fault, was doing {{FP10s}} at the end of a 14 pt {{clinic}}
        w/ no break. have redone the script + rang [[name:lily-mae]]'s mum again to explain. suggest
        we dont leave scripts till after {{5pm}} + get a 2nd check for {{unlicensed}} meds in
        kids. - [[name:sana]] ({{ST5}})
    """)),
    ("health", "success", prose("""
        Shout-out! Huge thanks to {{school nurse}} [[name:Hope Stewart]] and Dr
        [[name:Kwabena Asante]] for how they handled a {{child protection medical}} on
        [[date:Weds 7th]]. [[name:Hope]] noticed {{bruising}} on [[name:Ollie]] ([[age:aged 5]])
        during a {{drop-in}} at [[organisation:St Aidan's RC Primary]] and rang {{MASH}} straight
        away. Dr [[name:Asante]] moved his {{clinic}} round to fit the medical in that same
        afternoon, took real time to explain everything to [[name:Ollie]] and used the
        {{body map}} brilliantly. The {{strategy discussion}} happened by {{5pm}} and
        [[name:Ollie]] was safe that night. This is exactly the {{Working Together}} joint working
        we keep talking about. - [[name:Mags]] ({{Named Nurse}}, Safeguarding)
    """)),
    ("health", "incident", block("""
        Timeline - delayed CP medical, [[name:Naveen]] ([[age:2]]) - Datix [[case_reference:W-2024-10377]]

        [[date:21/02/24]]
        10:15  {{Health visitor}} sees {{bruise}} to left ear ({{pinna}}) at home visit.
        10:40  Referral to {{MASH}}; {{strategy discussion}} agrees medical today.
        11:05  {{CP medical}} requested from the {{community paediatrics}} duty doctor.
        12:30  No room at [[organisation:Sandfield CDC]] - clinics full. {{On-call registrar}} at
               [[organisation:Brayford Children's Hospital]] declines ("community's job").
        14:50  [[name:Naveen]] and mum still waiting in {{reception}} at
               [[organisation:Sandfield CDC]].
        16:20  Seen by Dr [[name:Maria-José Santos]] ({{locum}}). {{Skeletal survey}} advised,
               {{radiology}} closed.
        17:45  Admitted to {{paediatric ward}} overnight for survey. Mum distressed; child not fed
               since 11:00.

        Issue: nearly 6 h wait and no agreed pathway between community and acute for same-day
        medicals. Reported by [[name:Gethin Pugh]], {{Safeguarding Nurse}}.
    """)),
    ("health", "near_miss", block("""
        NEAR MISS FORM
        Reporter: [[name:Catrin Hughes]], {{Clinic Nurse}}
        Location: {{Room 4}}, [[organisation:Northgate Health Centre]]
        Date: [[date:08/05/2024]]

        Child 1: [[name:Mohammed Ali]]   DOB [[date_of_birth:12/03/2017]]   NHS [[nhs_number:943 610 7838]]
        Child 2: [[name:Mohammed Ali]]   DOB [[date_of_birth:30/10/2016]]   NHS [[nhs_number:612 894 3055]]
        Hosp no (child 1): [[case_reference:RX4471203]]

        What happened: both boys were booked into the {{ADHD}} clinic the same afternoon. I called
        "[[name:Mohammed Ali]]" in the {{waiting room}} and the wrong family came in. Dr
        [[name:Ferguson]] had started going through the {{Conners}} forms and the
        {{methylphenidate}} dose before dad said his son had never been on {{medication}}.
        Stopped before any advice was given.
        Why: we call by name only; no {{two-identifier check}} at the door.
        Action: full name + DOB at check-in; {{alert}} added to both records.
    """)),
    ("health", "success", block("""
        From: [[name:Joanne Whitlock]] <[[email:senco@holmbrook.sch.uk]]>
        To: [[email:paeds.admin@nhs.net]]
        Date: [[date:Fri 14 June 2024]]
        Subject: Thank you - [[name:Kiri]]'s review

        Dear Dr [[name:Okafor]],

        I just wanted to say how helpful yesterday's joint review was. Having you, the {{SALT}},
        the {{OT}} and [[name:Kiri]]'s {{key worker}} in one room meant we could finally agree the
        {{EHCP}} outcomes, and Mrs [[name:Tane]] said it was the first time she had felt listened
        to. Your report arrived the same day, which let us submit to the {{local authority}} before
        the {{half-term}} deadline.

        With thanks,
        [[name:Jo]]

        [[name:Joanne Whitlock]]
        {{SENCo}}, [[organisation:Holmbrook Academy]]
        [[phone:01632 960227]]
    """)),
    ("health", "incident", block("""
        Teams - Community Paeds admin chat, [[date:Tuesday 12 March]]
        [09:41] [[name:Kasia Zielinska]]: Dr [[name:Nguyen]] asking where the {{Dari}} interpreter is for the 9:30 ({{new patient}}, [[name:Farida Ahmadzai]])
        [09:44] [[name:Femi]]: not booked 😳 the request never went through, {{e-RS}} dropped the interpreter flag
        [09:46] [[name:Kasia Zielinska]]: phone interpreter?
        [09:52] [[name:Femi]]: tried, 40 min wait
        [10:15] [[name:Kasia]]: doc went ahead, her brother ([[age:11]]) interpreted 😬 incl the bit about {{developmental regression}} and {{seizures}}
        [10:16] [[name:Femi]]: that's not ok is it
        [10:18] [[name:Kasia]]: no. Dr [[name:Nguyen]] is doing a {{Datix}} and we're rebooking with a proper interpreter + {{EEG}} request
    """)),
    ("health", "near_miss", block("""
        Handover - children's community nursing -> {{paeds on-call}}, [[date:Fri 19/04]]

        - [[name:Reuben Akintola]] ([[age:9]], {{Dravet syndrome}}) - school trip to the coast on
          Mon. {{Rescue medication}} plan in his bag was dated [[date:March 2023]] and the
          {{buccal midazolam}} expired last month. Spotted by the {{TA}}, [[name:Faith]], at the
          pre-trip check - not by us. New plan signed by Dr [[name:Lindqvist]] today, new supply
          collected from [[organisation:Beacon Pharmacy]]. Trip going ahead.
        - NEED: audit of all {{epilepsy care plans}} at [[organisation:Oakfield Special School]] -
          3 others out of date when I looked.
        - [[name:Rosie]] ([[age:3]]) - {{gastrostomy}} site red, {{swab}} sent, review Mon.

        Handed over by [[name:G. Achterberg]] ({{CCN}}) to Dr [[name:Amadi]]
    """)),
    ("health", "incident", block("""
        Rapid internal review - "Was Not Brought" discharge
        Date: [[date:25/04/2024]]
        Attendees: Dr [[name:Priya Raman]] ({{Clinical Lead}}), [[name:Seán Ó Briain]]
        ({{Named Nurse}}), [[name:Amaka Obi]] ({{Service Manager}}), [[name:Krystyna]] ({{admin}})
        Apologies: Dr [[name:Halvorsen]], [[name:Sunny Bhatt]]

        Summary: [[name:Tyreese]] ([[age:3]], hosp no [[case_reference:SCDC-88120]]) was referred
        for {{speech delay}} and {{faltering growth}}. He was not brought to two appointments
        and was discharged back to the {{GP}} by letter under the {{DNA policy}}. Nobody
        contacted the {{health visitor}} or checked {{CP-IS}}; a sibling is on a {{CIN}} plan. On
        [[date:2 April]] [[name:Tyreese]] was admitted to
        [[organisation:Brayford Children's Hospital]] with {{malnutrition}}.

        Findings: policy still uses "did not attend"; admin followed it correctly.
        Actions:
        - [[name:AO]] to rewrite as a {{Was Not Brought}} policy by [[date:31 May]].
        - [[name:SÓB]] to brief admin and add a {{safeguarding}} check before any discharge.
    """)),
    ("health", "success", block("""
        Learning from excellence - nurse-led ADHD titration clinics, Q1

        Nurse                    | Clinic  | Children reviewed | Avg wait (wks)
        [[name:Wren Castellano]] | Tue am  | 41                | 6
        [[name:Hamid Farouk]]    | Thu pm  | 37                | 7
        [[name:Bea Larkin]]      | Fri am  | 29                | 5

        Before the nurse-led clinics, children started on {{methylphenidate}} or
        {{lisdexamfetamine}} waited up to 38 weeks for a {{consultant}} follow-up. Now
        {{blood pressure}}, {{heart rate}}, {{weight}} and side effects are reviewed within
        {{NICE}} timescales and only complex cases go back to the {{paediatrician}}. Parent
        feedback is overwhelmingly positive. The idea was [[name:Wren]]'s, after she noticed the
        same questions coming up on the {{advice line}}. Thank you [[name:Wren]], [[name:Hamid]]
        and [[name:Bea]].
    """)),
    ("health", "near_miss", prose("""
        Near miss, {{Datix}} [[case_reference:W-2024-11802]]. [[name:Summer]] ([[age:aged 6]]) has
        {{Down syndrome}}. At her review in the {{Tuesday}} clinic her height and weight were plotted
        on the standard {{UK-WHO}} chart instead of the {{Down syndrome growth chart}}. On the wrong
        chart she looked below the {{2nd centile}}, and the {{registrar}} was about to refer her to
        {{endocrinology}} and request {{bloods}} - a needle for a child with a severe
        {{needle phobia}}. {{Student nurse}} [[name:Ahmed]] queried the chart. Replotted correctly
        she is tracking the 25th centile, with no concerns. Her mum, Mrs [[name:Kowalski-Grant]],
        was reassured. Learning: condition-specific charts to be stocked in every {{clinic room}}
        and added to the {{EPR}} template.
    """)),
    ("health", "incident", prose("""
        On [[date:9 May 2024]] {{medical photographs}} taken during a
        {{child protection medical}} for [[name:Kayla-Rose Dunn]] (NHS
        [[nhs_number:720 451 9671]]) were uploaded by mistake to the record of
        [[name:Kayla Dunne]], a different child seen the same week in {{audiology}}. The error was
        found on [[date:13 May]] when the {{audiologist}} opened [[name:Kayla Dunne]]'s record
        before her appointment. The photos had been uploaded from the shared clinic {{iPad}}, and
        the {{SystmOne}} search had returned both children on the first screen. No images left the
        service. The {{records team}} moved the images and both families were told under
        {{Duty of Candour}}. The {{Caldicott Guardian}} and the {{IG}} team have been informed.
        Reported by [[name:Tomás Ferreira]], {{clinical photographer}}.
    """)),
    ("health", "success", block("""
        Card left at reception for the team at [[organisation:Sandfield CDC]]:

        "To Dr [[name:Bill]] and [[name:Rose]] the {{physio}},
        thank you for never giving up on [[name:Tomos]]. When he was [[age:18 months]] nobody
        believed me that something was wrong. Now he is [[age:4]] and he walks to nursery with his
        {{frame}} and tells everyone about his {{splints}}. You both made us feel like a team.
        Love [[name:Carys]] ([[name:Tomos]]'s mum) x"

        Shared at {{team brief}} on [[date:Monday 3 June]] and forwarded to the {{Head of Therapies}}.
        - [[name:Lowri]], {{admin}}
    """)),
    ("health", "incident", block("""
        INCIDENT FORM
        Ref: [[case_reference:W-2024-09931]]   Date reported: [[date:2 April 2024]]
        Patient A: [[name:Aleksander Petrov]]   DOB [[date_of_birth:17/08/2019]]   NHS [[nhs_number:538 206 1149]]
        Patient B: [[name:Anastasia Petrova]]   DOB [[date_of_birth:17/08/2019]]   NHS [[nhs_number:459 312 8765]]
        Address (both): [[address:Flat 12, Carlton Mews, Harlow Moor]], [[postcode:HM3 9QB]]

        Description: twins. The temporary record created for [[name:Anastasia]] at {{referral}}
        was merged into [[name:Aleksander]]'s record in {{SystmOne}} instead of her own. Her
        {{genetics}} result and {{cardiology}} letter were filed in his notes. Found by Dr
        [[name:Eilidh Mackay]] when [[name:Aleksander]]'s clinic letter mentioned a {{VSD}} he does
        not have. Harm: low - an {{echo}} was nearly booked for him. Records separated by {{IT}}
        and checked against {{PDS}}.
    """)),
    ("health", "near_miss", block("""
        From: [[name:Lucy Tran]] <[[email:lucy.tran2@nhs.net]]>
        To: {{LAC Health}} Team
        Date: [[date:Wed 24 January 2024]] 16:03
        Subject: RE: IHA [[name:Jamal]] - consent

        Hi [[name:Oksana]],

        Flagging a near miss. [[name:Jamal]]'s {{Initial Health Assessment}} is booked for
        tomorrow using a consent form signed by his {{foster carer}}. He is looked after under
        {{Section 20}}, so his mum, [[name:Sharon Pryce]], has to consent - the carer can't. I
        only noticed because the {{parental responsibility}} box was blank. I've rung his
        {{social worker}}, [[name:Lewis Gatenby]] at [[organisation:Kettleby Children's Services]],
        who is getting mum's signature today, so the appointment can go ahead.

        Could we add a PR check to the {{booking checklist}}?

        Thanks
        [[name:Lucy]]

        [[name:Lucy Tran]] | {{Specialist Nurse}} for Children in Care | [[organisation:Kettleby Community Health]]
    """)),
    ("health", "success", block("""
        Safeguarding learning event - notes
        [[date:11/07/2024]], {{Seminar Room 2}}
        Attending: Dr [[name:Yiannis Christodoulou]], [[name:Hannah]] ({{HV}}), [[name:Gwen Pritchard]]
        ({{school nurse}}), [[name:Dev]] ({{GP trainee}}), [[name:Malak Nasser]] ({{social worker}})
        Apologies: [[name:Ngozi]], [[name:Charlie]] ({{IT}})

        Case: [[name:Ruby-Jean]] ([[age:4 months]]). [[name:Hannah]] saw a small bruise on her
        thigh at a routine visit and followed the {{bruising in non-mobile infants}} protocol
        rather than accept the explanation. Same-day {{CP medical}} with Dr
        [[name:Christodoulou]]; {{coagulation screen}} showed {{von Willebrand disease}}.
        What went well:
        - parents were told honestly at each step why the checks were needed
        - {{strategy discussion}} held within 3 hours; {{haematology}} result back next morning
        - no unnecessary separation of baby from parents
        Learning: share as a {{7-minute briefing}}; [[name:Gwen]] to add it to school nurse induction.
    """)),
    ("health", "near_miss", block("""
        Audiology referral tracker - weekly check, w/c [[date:15 July]]

        Child                 | DOB                            | Ref                           | Status
        [[name:Amber Flynn]]  | [[date_of_birth:04/02/2020]]   | [[case_reference:AUD-3317]]   | seen
        [[name:Yusuf Demir]]  | [[date_of_birth:19/09/2021]]   | [[case_reference:AUD-3321]]   | booked [[date:29/07]]
        [[name:Nell O'Hara]]  | [[date_of_birth:23/01/2022]]   | -                             | NO REFERRAL FOUND

        [[name:Nell]] ([[age:2]]) was seen by Dr [[name:Bhattacharya]] in {{April}} for
        {{speech delay}}; the clinic letter says "hearing test requested" but the {{audiology}}
        referral was never sent on {{e-RS}}. Picked up on the tracker check by [[name:Mei Ling]].
        Urgent referral sent and she was seen within 2 weeks - {{glue ear}}, {{grommets}} being
        considered. Had this been missed, her {{ASD pathway}} assessment would have gone ahead
        without hearing being excluded.
    """)),
    # ------------------------------------------------------------- aviation (aircraft refuelling)
    ("aviation", "incident", prose("""
        Fuel spill, {{stand}} 22. On [[date:16 August 2024]] at about {{14:20}} local, during
        refuelling of [[organisation:Skylark Air]] {{A320}} [[aircraft_registration:G-SKLB]]
        operating [[flight_number:SKL214]], roughly 60 litres of {{Jet A-1}} discharged from the
        left {{wing vent}}. The {{refueller}}, [[name:Dariusz Mazur]] of
        [[organisation:Meridian Into-Plane]], was fuelling to the figure on the {{fuel order}} when
        fuel appeared at the {{surge tank}} vent; the {{high-level sensor}} had not closed the
        {{refuel valve}}. [[name:Dariusz]] released the {{deadman}} immediately and called
        {{ramp control}}. The {{AFS}} attended, a {{spill kit}} was used and boarding was held.
        [[flight_number:SKL214]] departed 55 minutes late after engineers found a fault in the
        {{fuel quantity indication}} and signed off the {{tech log}}. The operator has raised an
        {{MOR}}.
    """)),
    ("aviation", "near_miss", prose("""
        near miss {{GA apron}} approx 11am. pilot of {{PA-28}} [[aircraft_registration:G-BXRT]]
        asked for full tanks over the radio, i took the {{jet}} truck ([[vehicle_registration:FJ17 OPA]])
        not the {{avgas}} one cos it was nearer + already warmed up. got as far as lifting the
        {{nozzle}} to the filler then saw the {{AVGAS 100LL}} decal by the cap, + the jet
        {{spout}} wouldnt go in anyway (thank god for that design). mr [[name:castell]] was in the
        {{club house}} so didnt see. nobody checked {{fuel grade}} with me + i didnt check it
        either, my bad. suggest: grade question on the {{fuel request}} sheet + jet truck not to
        be parked on the GA side at all. - [[name:kev]] ({{fueller}},
        [[organisation:Skyflow Fuelling]])
    """)),
    ("aviation", "success", prose("""
        Shout out to [[name:Sunny Adebanjo]] on the [[date:Sat 3rd]] early 👏 During
        {{daily checks}} on hydrant dispenser [[vehicle_registration:NX66 TRF]], [[name:Sunny]]
        found {{free water}} in the {{sump sample}} that didn't clear after three flushes. He
        quarantined the vehicle, told the {{fuel farm}}, and ran {{water detector}} checks on the
        other two dispensers as well. Cause: a cracked {{inspection hatch}} seal letting rain in
        after {{Friday}}'s storm. Without his catch that fuel would have gone into an
        {{ATR 72}} at 06:00. Textbook {{JIG}} stuff and a great example for the new starters.
        - [[name:Helen]] ({{Station Manager}}, [[organisation:Meridian Into-Plane]])
    """)),
    ("aviation", "incident", block("""
        Ground incident - vehicle contact with aircraft
        Ref: [[case_reference:GSR-24-0587]]
        Aircraft: [[aircraft_registration:G-NIAF]] ({{Dash 8 Q400}}), [[flight_number:NIA305]]
        Vehicle: {{refueller}} [[vehicle_registration:WU18 ZTC]]   Driver: [[name:Marek Dvořák]]

        [[date:15/03/2024]]
        05:52  Vehicle arrives {{stand}} 7. {{Ramp}} dark, {{stand lighting}} u/s.
        05:55  Driver reverses to reposition for the left {{wing}} coupling, no {{banksman}}.
        05:56  Rear corner of the tank contacts the {{wingtip}} {{nav light}}; lens cracked.
        06:02  Driver reports to {{ramp control}}; aircraft {{AOG}}.
        06:40  Engineers replace lens, no structural damage found.
        07:55  [[flight_number:NIA305]] departs, 1h15 late.

        Contributory: stand lighting reported u/s on [[date:12 March]] and not fixed; reversing
        without a banksman is against the {{SOP}}; [[name:Marek]] was on his fourth
        consecutive early.
    """)),
    ("aviation", "near_miss", block("""
        Transcript - fuel ops channel, [[date:22/06/2024]] 13:47

        OPS:     Fuel 6, Ops.
        FUEL 6:  Go ahead.
        OPS:     [[flight_number:Brisa 271]], {{stand}} 31, uplift four thousand two hundred.
        FUEL 6:  Four thousand two hundred litres, stand 31, Fuel 6.
        OPS:     Negative, four thousand two hundred kilos. Kilos.
        FUEL 6:  Apologies, four two zero zero kilos for [[flight_number:Brisa 271]].

        Note: the {{first officer}} of [[flight_number:Brisa 271]] ([[aircraft_registration:G-BRTK]])
        gave the request in kg. [[name:Yasmin]] on {{Ops}} caught the litres on the
        {{readback}}. At 4,200 L the aircraft would have been roughly 840 kg short, leaving only
        the crew's check of the {{FMS}} fuel figure against the {{fuel docket}} to catch it.
        Learning: units in every request and every readback; {{specific gravity}} always on the
        docket. Reported by [[name:Yasmin Haddou]], {{Ops Controller}}.
    """)),
    ("aviation", "incident", block("""
        From: [[name:Graham Tuckett]] <[[email:g.tuckett@calderbrook-airport.co.uk]]>
        To: {{Station Manager}}, [[organisation:Meridian Into-Plane]]; [[email:safety@celticconnect.aero]]
        Date: [[date:3 September 2024]] 11:20
        Subject: Refuelling with passengers boarding - [[flight_number:CCX482]], [[date:2 Sept]]

        Hi [[name:Helen]],

        Yesterday at 18:05 {{Airside Ops}} saw [[flight_number:CCX482]]
        ([[aircraft_registration:G-CCXE]], {{E195}}) being refuelled while passengers boarded by
        the {{airstairs}}. The {{cabin crew}} had not been told, the {{fire service}} had not been
        notified, and your {{dispenser}} was parked across the {{evacuation path}} on the
        refuelling side. Your fueller, [[name:Tobi]], says he assumed {{dispatch}} had arranged
        {{refuelling with passengers on board}}; dispatch say they were never asked.

        Please investigate jointly with [[organisation:Celtic Connect]] and send me a response by
        [[date:10 September]]. I have logged it as [[case_reference:CAL-AS-24-0219]].

        Regards
        [[name:Graham]]

        [[name:Graham Tuckett]]
        {{Airside Safety Manager}}, [[organisation:Calderbrook Airport]]
        m: [[phone:07700 900763]]
    """)),
    ("aviation", "success", block("""
        Fuel Safety Committee - minutes
        [[date:Tuesday 8 October 2024]], {{Ops Building}} room 1
        Present: [[name:Helen Ashdown]] (chair, {{Station Manager}}), [[name:Bogusław Krawiec]] ({{QA}}),
        [[name:Mark Etherington]] ({{Training}}), [[name:Shirin Kazemi]]
        ([[organisation:Calderbrook Airport]] {{Airside Safety}}), [[name:Art Delacroix]]
        ([[organisation:Skylark Air]])
        Apologies: [[name:Dawn]] ({{HR}}), [[name:Rich Mallory]]

        3. Good catch
        Trainee fueller [[name:Jade Okoro]] stopped fuelling [[aircraft_registration:G-SKLF]]
        when the {{lightning warning}} went to red on [[date:19 September]], although the
        {{captain}} asked her to "just finish off". She disconnected, stowed the hose and sat in
        the cab as per the {{SOP}}. The crew later thanked her. Committee agreed this is the
        behaviour we want and that trainees need to feel able to say no.
        Actions:
        - [[name:ME]] to add the scenario to {{recurrent training}}.
        - [[name:HA]] to write to [[name:Jade]] and to the operator's {{Flight Ops}} manager.
    """)),
    ("aviation", "near_miss", block("""
        [[date:14/11/2024]], 06:12 - [[name:Dele]]: lads near miss on 41 just now
        [[date:14/11/2024]], 06:13 - [[name:Dele]]: [[name:Pete]] went to pull away with the {{intake coupler}} still on the {{pit valve}}. {{brake interlock}} light never came on
        [[date:14/11/2024]], 06:13 - [[name:Ravi K]]: 😳 anyone hurt??
        [[date:14/11/2024]], 06:14 - [[name:Dele]]: no, the {{lanyard}} pulled + shut the pit valve. bit of fuel on the {{apron}}, {{spill kit}} done
        [[date:14/11/2024]], 06:20 - [[name:Pete]]: my fault, was rushing for the 06:30 [[flight_number:SKL118]]
        [[date:14/11/2024]], 06:21 - [[name:Ravi K]]: dont beat urself up. was it [[vehicle_registration:LK20 FUE]]? the {{interlock}} on that one played up last week too
        [[date:14/11/2024]], 06:22 - [[name:Dele]]: yeah same truck. taking it {{VOR}} now, report going in
        [[date:14/11/2024]], 06:25 - [[name:Babajide]]: 👍 [[name:Dele]] pls ring me when ur off the ramp - {{shift lead}}
    """)),
    ("aviation", "incident", block("""
        OCCURRENCE REPORT - INTO-PLANE FUELLING
        Ref: [[case_reference:MIP-OR-2024-061]]
        Reporter: [[name:Aoife Brennan-Mills]]
        Date/time: [[date:05/07/2024]] {{13:40}}
        Aircraft / flight: [[aircraft_registration:G-BRTM]] / [[flight_number:BRT884]]
        Vehicle: {{hydrant dispenser}} [[vehicle_registration:PO15 VHD]]
        Uplift: 6,800 kg {{Jet A-1}}

        What happened: {{differential pressure}} across the {{EI 1581}} filter vessel was 14 psi at
        the start of fuelling and rose to 22 psi, above the change limit. Fuelling was not stopped
        and the reading was only written on the {{checklist}} afterwards. {{QA}} sampled the
        vehicle and the aircraft drains: fuel {{clear and bright}}, no contamination.
        [[aircraft_registration:G-BRTM]] released after {{engineering}} review, 40 min delay.
        Cause: filter element change overdue; missed on the {{maintenance tracker}}.
    """)),
    ("aviation", "success", block("""
        Q3 Good Catch awards - [[organisation:Skyflow Fuelling]] ([[organisation:Calderbrook Airport]] station)

        Name                     | Date           | Good catch
        [[name:Joy Ekwueme]]     | [[date:02/07]] | Refused to fuel [[aircraft_registration:G-OKRF]] with an {{engine}} running - crew unaware of the {{hot refuelling}} rule
        [[name:Pat Gallagher]]   | [[date:19/08]] | Spotted a frayed {{bonding cable}} at the {{clamp}}
        [[name:Hüseyin Aydın]]   | [[date:28/09]] | Found {{grade}} decals missing on a new {{bowser}} before it went into service

        Each gets a voucher and a certificate; nominations came from the {{shift leads}} and one
        from an airline {{captain}}. Thank you [[name:Joy]], [[name:Pat]] and [[name:Hüseyin]] -
        this is what a good {{safety culture}} looks like.
    """)),
    ("aviation", "near_miss", block("""
        Shift handover - fuel crew, nights -> earlies, [[date:Thurs 21 Nov]]
        From: [[name:Łukasz]]   To: [[name:Sinéad]]

        Vehicles
        - [[vehicle_registration:BX68 JNF]]: NEAR MISS 03:20 on {{stand}} 12 ([[flight_number:SKL077]]
          night-stop, [[aircraft_registration:G-SKLD]]). I left the {{bonding lead}} clipped to the
          {{aircraft}} and started to drive off. [[name:Grace]] from {{dispatch}} waved me down.
          No damage, clip and {{static reel}} both fine. Report in.
        - Suggest the static reel goes back on the {{walkaround}} checklist.

        Jobs
        - {{Defuel}} booked 07:00 for [[aircraft_registration:G-CCXA]] (tech), engineers will call.
        - {{Fuel farm}}: {{tank 3}} settling until 09:00 after the delivery - don't draw from it.
        - {{Handheld}} radio 4 u/s.
    """)),
    ("aviation", "incident", block("""
        RT transcript extract - {{Ground}}, [[date:30/01/2025]], {{LVP}} in force

        GND:     [[flight_number:Skylark 342]], continue via {{Alpha}}, hold short {{Bravo}} 2.
        [[flight_number:SKL342]]:  Via Alpha, hold short Bravo 2, [[flight_number:Skylark 342]].
        GND:     Fuel 3, Ground, stop immediately. Stop.
        FUEL 3:  (no reply)
        GND:     [[flight_number:Skylark 342]], stop, vehicle ahead on Alpha.
        [[flight_number:SKL342]]:  Stopping, [[flight_number:Skylark 342]].
        FUEL 3:  Ground, Fuel 3, er, sorry, I'm on Alpha near Bravo 2, thought it was the
                 {{service road}}.
        GND:     Fuel 3, vacate west onto the service road, report vacated.

        Summary: refueller [[vehicle_registration:VN19 KXA]], driver [[name:Callum Reid]], entered
        {{Taxiway}} Alpha in fog (RVR 350 m) after missing the {{stop bar}} sign. Aircraft stopped
        about 150 m away. {{ATC}} filed an {{MOR}}; [[name:Callum]] stood down from airside driving
        pending retraining.
    """)),
    ("aviation", "near_miss", block("""
        FUEL DOCKET DISCREPANCY - NEAR MISS
        Completed by: [[name:Emeka]] ({{supervisor}}, [[organisation:Meridian Into-Plane]])
        Date: [[date:Sun 6 April]]
        Ordered for: [[aircraft_registration:G-SKLH]] / [[flight_number:SKL530]], {{stand}} 14
        Actually fuelled: [[aircraft_registration:G-SKLJ]], stand 15 (same type, same livery)
        Fueller: [[name:Xu Ming]]   Docket no: [[case_reference:FD-771042]]

        Description: [[name:Xu Ming]] connected to the aircraft on stand 15 and began the 3,000 kg
        uplift ordered for [[flight_number:SKL530]]. After 900 kg the {{flight deck}} of
        [[aircraft_registration:G-SKLJ]] came down to ask why, as they had not ordered fuel and
        were close to {{max landing weight}} for a short sector. Fuelling stopped. The 900 kg was
        put on a new docket and accepted by the {{captain}}.
        Cause: late {{stand plan}} change; fueller matched the stand, not the {{registration}}.
        Action: check the registration at the {{nose}} against the docket before connecting.
    """)),
    ("aviation", "success", block("""
        From: Capt. [[name:Ingrid Solberg]] <[[email:i.solberg@northernislesair.com]]>
        To: [[email:ops@skyflow-fuelling.co.uk]]
        Subject: Thanks to your fueller - [[flight_number:NIA221]] [[date:19 Dec]]

        Good morning,

        I would like to pass on my thanks to the fueller who looked after us at 06:10 on
        {{stand}} 3. I believe his name is [[name:Ibrahim]]. During his walkaround he noticed that
        the {{gravity filler cap}} on the right wing of our {{ATR 72}} was not properly seated after
        overnight maintenance, and he came up to the {{flight deck}} to tell me rather than just
        fuelling through the {{pressure coupling}}. Engineering reseated it in five minutes.

        That is exactly the kind of {{just culture}} reporting we rely on.

        Kind regards,
        [[name:Ingrid Solberg]]
        {{Captain}}, [[organisation:Northern Isles Air]]
        Crew room: [[phone:01632 960785]]
    """)),
    ("aviation", "incident", prose("""
        On [[date:Tuesday 14 January]] at about {{05:30}}, [[name:Jonah Whitcombe-Ahmed]]
        ([[age:aged 23]]), a fueller with [[organisation:Skyflow Fuelling]], slipped on ice on the
        {{elevating platform}} of hydrant dispenser [[vehicle_registration:SJ70 DMX]] while
        fuelling {{B737-800}} [[aircraft_registration:G-BRTS]] ([[flight_number:BRT190]]). He fell
        about 1.5 m to the {{apron}} and injured his wrist. {{First aid}} was given by the
        {{AFS}} and he was taken to [[organisation:Calderbrook General Hospital]], where a
        {{fracture}} was confirmed. The platform's {{anti-slip}} surface was worn, no grit had been
        applied, and the {{handrail}} was still in the stowed position. Fuelling was completed by
        [[name:Oluwaseun]]. The incident has been reported under {{RIDDOR}}. Actions: platform
        resurfaced on all dispensers, {{de-icing}} grit added to the winter pre-use check, and
        handrail deployment made an interlock item.
    """)),
    ("aviation", "success", block("""
        #fuel-ops  |  [[date:Fri 28 Feb]]

        [[name:anika.sharma]]  10:02
        🙌 shout out @[[name:tomas.v]] for the {{defuel}} on [[aircraft_registration:G-NIAK]] this morning

        [[name:tomas.v]]  10:04
        ha cheers. just followed the book tbh

        [[name:anika.sharma]]  10:05
        you spotted in the tech log that she took {{FSII}}-dosed fuel abroad, and quarantined it in the
        {{defuel bowser}} instead of putting it back in the farm. [[name:Brendan]] in {{QA}} said
        that would have put {{tank 2}} off-spec for days

        [[name:brendan.oyelaran]]  10:09
        +1. proper {{JIG}} thinking, thanks [[name:Tomas]] 👏 writing it up for the {{safety bulletin}}
    """)),
]

if __name__ == "__main__":
    write_records(OUT, build_records("blind301", REPORTS))
