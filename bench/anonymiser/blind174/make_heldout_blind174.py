"""Held-out blind corpus 174: just-culture incident, near-miss and learning reports.

Settings: a youth homelessness hub and a staying close service (social care); a paediatric
diabetes team and its school liaison (health); a flying display team's ground crew at air shows
(aviation). Written blind, the way UK staff type: rushed lower-case notes, logs with four-digit
times, e-mails with headers and signatures, Teams/WhatsApp exports, incident forms, handover
tables, minutes, debriefs, tech log entries, RT transcripts and thank-you notes.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from markup import block, build_records, write_records  # noqa: E402
from markup import flow as prose  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "corpus" / "heldout_blind174.jsonl"

REPORTS = [
    # ------------------------------------------------------------------ social care
    ("social_care", "incident", prose("""
        late entry sorry. 2340 yp in rm 6 ([[name:kez]]) came back to [[organisation:Harbourside]]
        v intoxicated, wouldnt let me do the {{welfare check}}. tried {{on call manager}} on
        [[phone:07700 900417]] no answer for 40 mins so rang {{101}} in the end. [[name:kez]]
        settled by 0130 but i was on my own w 11 yp which isnt ok. {{lone working policy}} says 2
        staff on after 2200, we had 1 bc [[name:Dami]] went home sick and the {{agency}} cover
        never turned up. not blaming anyone just needs looking at. [[name:kez]] is [[age:17]] so
        shouldve gone to {{EDT}} straight away, i didnt do that till the morning - my bad. also the
        {{sharps bin}} in the office is full again.
        [[name:rhys]] (nights)
    """)),
    ("social_care", "success", block("""
        From: [[name:Tasha Greenidge]] <[[email:t.greenidge@northgate.gov.uk]]>
        Sent: [[date:09/05/2024]] 16:12
        To: [[organisation:Harbourside]] staff team
        Subject: thank you - [[name:M]]'s move

        Hi all,

        Just wanted to say a massive thank you to [[name:Oluwaseun]] ("[[name:Seun]]") and
        [[name:Bryony]] for getting [[name:Maddie]] into her own tenancy at
        [[address:Flat 3, 27 Tannery Lane]], [[postcode:NE6 2RJ]] this week. [[name:Seun]] chased
        {{Housing Options}} every single day and [[name:Bryony]] sorted the {{Universal Credit}}
        advance and the {{setting-up-home allowance}} so she had a bed and a kettle on day one.
        [[name:Maddie]] turned [[age:18]] on the [[date:2nd May]] and was dreading moving on from
        {{the hub}}. She's asked to stay linked in through {{Staying Close}} and I'll be her
        {{personal adviser}}.

        Really good joint working.

        [[name:Tasha]]
        [[name:Tasha Greenidge]]
        {{Personal Adviser}} | [[organisation:Northgate Staying Close Team]]
        [[phone:0191 498 0762]]
    """)),
    ("social_care", "near_miss", block("""
        REPORT TYPE: Near miss
        SERVICE: [[organisation:Harbourside Youth Hub]] - {{emergency beds}}
        DATE/TIME: [[date:17/02/2024]] 1530
        REPORTED BY: [[name:Jas Kaur-Bains]], {{project worker}}
        WHAT HAPPENED: Sending a referral for a new yp to {{Housing Options}}. Outlook autofilled
        [[email:housing.opt1ons.northgate@gmail.com]] instead of [[email:housing.options@northgate.gov.uk]]
        (old contact someone saved). Form had full name, DOB [[date_of_birth:04/11/2006]], NI no.
        [[ni_number:JT 48 21 93 B]] and the {{safeguarding}} history. [[name:Precious]] on
        {{reception}} asked why I was sending to a gmail as she walked past and I stopped before
        hitting send.
        IMMEDIATE ACTION: deleted the cached address, told {{IT}}. Sent via {{Egress}} instead.
        LEARNING: turn off autocomplete on the shared PC? Use {{secure email}} for anything with
        personal data. Thank you [[name:Precious]].
        REF: [[case_reference:HYH-NM-24-012]]
    """)),
    ("social_care", "incident", block("""
        Chronology - [[name:Tyrese Campbell-Ward]] ([[case_reference:LC-3318]]), {{Staying Close}}
        [[date:Fri 12 April]]
        1410 [[name:Tyrese]] did not attend {{pathway plan}} review at [[organisation:Northgate Civic Centre]].
             PA [[name:Helen Oduya]] rang [[phone:07700 900233]] - voicemail.
        1600 [[name:Helen]] visited [[address:22 Sefton Court, Cragside Terrace]], [[postcode:NE6 1QL]].
             No answer, curtains drawn, post on the mat.
        1645 Spoke to former {{residential key worker}} [[name:Gaz]] at [[organisation:Lakeview House]] -
             [[name:Tyrese]] had messaged him {{Tues}} saying he owed money to "some lads".
        1720 Reported missing to {{police}}, ref [[case_reference:NB-20240412-0871]]. {{MASH}} informed.
        1930 Police found him at a friend's flat - safe, no injuries.
        [[date:Sat 13 April]]
        1100 {{return home interview}} offered, declined. Will try again {{Mon}} with [[name:Gaz]] there.
        LEARNING: he is [[age:19]] so not a {{missing child}} - police first said they wouldnt take a
        report, took 40 mins of pushing. We have no {{missing care leaver protocol}}. Needs writing.
    """)),
    ("social_care", "success", block("""
        [[date:14/06/2024]], 09:02 - [[name:Leanne]] SC: morning!! did u get the email from {{DVSA}}??
        [[date:14/06/2024]], 09:05 - [[name:Jordan]]: PASSED 🙌 and 61 on the {{hazard perception}}
        [[date:14/06/2024]], 09:05 - [[name:Leanne]] SC: omg im so proud of u!!! told u
        [[date:14/06/2024]], 09:07 - [[name:Jordan]]: couldnt of done it without u doing the practice tests w me at the {{drop in}} every {{weds}}
        [[date:14/06/2024]], 09:08 - [[name:Leanne]] SC: that was all u. shall i ask Mr [[name:Hanif]] about the {{care leaver bursary}} for lessons?
        [[date:14/06/2024]], 09:10 - [[name:Jordan]]: yes pls. and tell [[name:Big Mike]] at [[organisation:Fernlea]] hes gonna have to get in a car w me lol
        [[date:14/06/2024]], 09:11 - [[name:Leanne]] SC: 😂 will do. ur [[age:18]] and driving, wild

        (shared with consent for the {{Staying Close}} learning log - [[name:LH]])
    """)),
    ("social_care", "incident", block("""
        Learning review - data breach, [[organisation:Harbourside Youth Hub]]
        Date: [[date:23 January 2024]]
        Present: [[name:Marguerite Dubois]] (chair, {{service manager}}), [[name:Kofi Asante]],
        [[name:Siân Prydderch]], [[name:Liam O'Driscoll]], [[name:Anjali]] ({{IG lead}})
        Apologies: [[name:Ewa Nowak]]

        1. What happened: the {{weekly bed list}} (names, DOBs, room numbers, {{risk flags}}) was
        printed and left on the reception counter on [[date:15/01/2024]]. A visitor photographed
        it. One yp, [[name:Cody]] ([[case_reference:HYH-23-1187]]), has a {{non-molestation order}}
        against his stepfather, who may have seen it.
        2. Actions taken: {{ICO}} self-referral considered by [[name:Anjali]] - below threshold.
        Police aware. [[name:Cody]] moved to a {{dispersed unit}} same day.
        3. Learning: no more printing bed lists. {{Signs of Safety}} mapping with the staff team -
        what's working: [[name:Kofi]] reported it within ten minutes and owned it.
    """)),
    ("social_care", "near_miss", block("""
        NIGHT > EARLY HANDOVER   [[date:03/03/2024]]   staff: [[name:Bex]] / [[name:Tomasz]]
        Rm | YP | Notes
        1  | [[name:Aaliyah]] | in by 2200, fine
        2  | [[name:Finn]] | {{curfew}} breach 0110, logged
        4  | empty | {{fire door}} wedged open w a chair AGAIN - removed 0300
        5  | [[name:Remi]] | smell of gas from {{kitchenette}} hob ~0245. knob half on, no flame.
           |  | opened windows, turned off at {{isolator}}, didnt touch light switches. rang the
           |  | {{gas emergency line}}, engineer out 0340, hob ok but knob loose so turns too easy.
        ** NEAR MISS - pls {{datix}}. [[name:Remi]] says he didnt touch it. knob needs fixing
        before anyone cooks. isolator in cupboard not labelled - took 5 mins to find **
    """)),
    ("social_care", "success", prose("""
        Good-practice note. [[name:Shanice]] ([[age:20]]) left [[organisation:Lakeview House]], the
        {{children's home}} she lived in from 14, when she turned 18. Under {{Staying Close}} she
        has kept a real relationship with the home rather than a token one: Sunday dinner every
        fortnight, and her old {{key worker}} [[name:Abdirahman Farah]] ("[[name:Abdi]]") still
        does her {{pathway plan}} review alongside her {{PA}}. When her {{supported lodgings}}
        broke down in [[date:March 2024]] it was [[name:Abdi]] she rang at 2300, not the
        {{out of hours}} line, and the home's manager [[name:Chrissie]] agreed she could sleep in
        the {{staying close flat}} next door for three nights while {{Housing Options}} found
        something. No sofa surfing, no {{B&B}}. [[name:Shanice]]'s words at review: "they didn't
        drop me just because I'm not theirs anymore". Worth sharing at the {{practice week}}.
    """)),
    ("social_care", "incident", block("""
        Teams - Hub Nights channel - [[date:08/04/2024]]
        [10:42] [[name:Kofi Asante]]
        @[[name:Niamh]] are you on site? need a 2nd person rm 9 now
        [10:43] [[name:Niamh Gallagher]]
        omw
        [10:58] [[name:Kofi Asante]]
        ok. yp ([[name:Zac]]) had a {{ligature}} round his neck, cut it with the {{ligature cutter}}
        from the office. conscious and talking. {{ambulance}} called 10:45 (CAD [[case_reference:2291-0424]])
        [11:20] [[name:Niamh Gallagher]]
        paramedics taking him to [[organisation:Northgate General]] {{A&E}}. rang {{CAMHS crisis}}
        and his PA. [[name:Zac]] is [[age:17]] so {{EDT}} as well
        [11:24] [[name:Kofi Asante]]
        thanks. the cutter wasnt in the {{grab bag}} where it should be, it was in the desk
        drawer. cost me a minute. datix to follow
    """)),
    ("social_care", "incident", prose("""
        yp [[name:ollie]] rm 3 told me today his {{UC}} went in at 0700 and by 0900 it was all gone,
        £312. says a lad called '[[name:Deano]]' took his card n pin last wk 'to look after it'.
        [[name:ollie]] is [[age:18]], has a {{learning disability}} (no {{EHCP}} anymore since he
        left college). rang {{DWP}} with him on speaker, they said ring the bank. bank froze card.
        reported to police as {{financial abuse}}, ref [[case_reference:NB-24-118830]]. havent done
        the {{adult safeguarding}} referral yet, doing it tomoz w [[name:sam]]. learning - we never
        ask yp on arrival who has their bank card. should be on the {{intake form}}. [[name:mo]]
    """)),
    ("social_care", "success", prose("""
        SHOUT-OUT 🌟 Massive shout-out to [[name:Grace Adjei-Mensah]] on nights
        [[date:Sat 9 March]]. Two lads squared up in the {{communal kitchen}} over a phone charger
        and one had picked up a pan. [[name:Grace]] got between them without touching anyone,
        kept her voice low, gave them both a way out and walked one to the {{quiet room}} - exactly
        what the {{de-escalation training}} says and so hard to do at 0200. No {{police}}, no
        {{restraint}}, nobody hurt, nobody lost their bed. Next morning she did a
        {{restorative conversation}} with both and they've shaken hands. [[name:Grace]] you are a
        star. From [[name:Marguerite]] and the {{management team}} at
        [[organisation:Harbourside Youth Hub]] x
    """)),
    ("social_care", "near_miss", block("""
        From: [[name:Dionne Blake]] <[[email:dionne.blake@northgate.gov.uk]]>
        Sent: [[date:Wednesday 29 May 2024]] 11:06
        To: Leaving Care Admin
        Subject: NEAR MISS - pathway plan address

        Hi [[name:Shirley]],

        Flagging so we can learn from it. The {{pathway plan}} for [[name:Kayleigh]]
        ([[case_reference:LC-2874]]) was in the post tray addressed to
        [[address:41 Brindley Road, Heckmondfold]], [[postcode:LS9 8DW]], which is her mum's house.
        [[name:Kayleigh]] has been clear she doesn't want {{mum}} to know where she lives and there
        is a history of {{domestic abuse}}. Her current address is on {{Mosaic}} but the old one
        auto-filled in the {{letter template}}. I caught it because I recognised the street.
        Nothing was sent.

        Can we ask the {{Mosaic}} team to check how the template pulls addresses?

        Thanks,
        [[name:Dionne]]
        {{Personal Adviser}} | [[organisation:Northgate Leaving Care & Staying Close]]
        [[phone:0113 496 0581]]
    """)),
    ("social_care", "incident", block("""
        HOT DEBRIEF - assault outside [[organisation:Harbourside]], [[date:21/07/2024]] 2250
        Present: {{duty manager}} [[name:Callum]], [[name:Ffion]], {{security}} [[name:Yusuf]]
        What happened: [[name:Ricky]] ([[age:19]]) buzzed in with a cut to his forearm, said he'd
        been jumped at the bus stop. Silver Golf [[vehicle_registration:ND17 XKC]] seen driving
        off. [[name:Ffion]] applied {{pressure dressing}}, [[name:Callum]] rang {{999}}.
        Paramedics 2318, taken to {{A&E}}, 8 {{stitches}}.
        What went well: first aid was quick and calm, other yp kept inside.
        Even better if: the {{CCTV}} on the front door has been pointing at the sky since the
        wind in {{June}} - no footage for {{police}}. [[name:Yusuf]]'s {{radio}} was flat so he
        didn't hear the buzzer. Possible {{county lines}} link - [[name:Ricky]] wouldn't say.
        Actions: fix camera, {{radio}} charging rota, {{contextual safeguarding}} referral.
    """)),
    ("social_care", "success", prose("""
        [[name:Hamza]] ([[age:16]]) walked into the hub on a {{Thursday}} afternoon with a carrier
        bag after his uncle put him out. The easy route would have been a {{Housing Options}}
        placement as an adult. Our {{hub worker}} [[name:Bo Lindgren]] instead rang the
        {{duty social worker}} and insisted on a {{joint assessment}} under the
        {{Southwark judgment}}. [[name:Hamza]] became {{looked after}} under {{Section 20}} the
        same evening and went to a {{foster placement}} near [[organisation:Westfield School]] so
        he didn't have to move schools in his {{GCSE}} year. His {{Mosaic}} case is
        [[case_reference:CS-0884213]]. Learning: knowing the law and holding your nerve at 1700
        on a Thursday changes a child's life. Thank you [[name:Bo]].
    """)),
    ("social_care", "incident", block("""
        INCIDENT FORM
        Service: [[organisation:Northgate Staying Close Team]]
        Young person: [[name:Ellie-Mae Hurst]]   DOB: [[date_of_birth:22.09.2005]]   {{Mosaic}} ID: [[case_reference:1183204]]
        Date: [[date:6 August 2024]]
        Category: Medication / {{self-harm}}
        Description: On a planned visit I noticed 3 empty blister packs of {{sertraline}} and
        {{paracetamol}} in the bin. [[name:Ellie-Mae]] said she'd taken "a few" the night before.
        Rang {{111}}, advised {{A&E}}. Took her to [[organisation:Northgate General]] in my car.
        {{Paracetamol levels}} ok, discharged with {{crisis team}} follow-up.
        Contributing factors: her {{GP}} at [[organisation:Riverside Surgery]] had issued 2 months'
        supply at once; we didn't know. Her {{safety plan}} hadn't been reviewed since she moved.
        Staff: [[name:Paddy Ó Ceallaigh]]
    """)),
    ("social_care", "near_miss", prose("""
        near miss - visited [[name:danyal]] at his {{staying close}} flat this aft, {{chip pan}} on
        the hob w the ring on and nobody in the kitchen, he was in the shower. oil smoking. turned it
        off, lid on, no fire. [[name:danyal]] said he always does it like that. hes [[age:18]] and
        never got shown how to cook safe in {{resi}}. booking a {{home fire safety visit}} with the
        {{fire service}} and asking [[name:Carys]] to do {{independence skills}} sessions. also the
        {{smoke alarm}} in the hall had no battery!! landlord is [[organisation:Brightstone Lettings]]
        [[phone:0191 498 0337]]. should be on our {{pre-move checklist}} - it isnt.
    """)),
    ("social_care", "success", block("""
        Card left at reception - typed up for the {{learning wall}} with her permission:

        "To {{Auntie}} [[name:Bev]], [[name:Nadia]], [[name:Stevo]] and everyone at
        [[organisation:Harbourside]]. When I came to you I was [[age:16]] and sleeping on the
        {{night bus}}. Now I have got my own keys and a job at the garden centre. Thank you for
        not giving up on me even when I was a nightmare and for coming to {{court}} with me.
        Special thanks to [[name:Stevo]] for fixing the {{bike}} and to [[name:Bev]] for the
        {{Sunday}} roasts. Love [[name:Precious-Joy]] xxx"

        Noted by [[name:N. Haddad]], {{team leader}}, [[date:30/09/2024]].
    """)),
    # ------------------------------------------------------------------ health
    ("health", "incident", block("""
        Datix ref: [[case_reference:W-118402]]
        Incident date: [[date:11/01/2024]]   Time: 1240
        Location: [[organisation:St Aidan's CE Primary]] (community)
        Patient: [[name:Layla Rahman]]   NHS no: [[nhs_number:292 847 2312]]   DOB: [[date_of_birth:19/06/2016]]
        Reporter: [[name:Orla Finnegan]], {{Paediatric Diabetes Specialist Nurse}}
        Description: [[name:Layla]] ([[age:7]]) had a {{severe hypo}} at lunch, {{BG}} 1.9,
        drowsy. Staff went to give {{glucagon}} - the kit in the {{medical box}} expired 10/2023.
        {{999}} called, paramedics gave {{IV glucose}}. Recovered, not conveyed. {{Mum}}
        ([[name:Rukhsana]]) collected.
        Contributing factors: nobody checking expiry dates since the {{school nurse}} post went
        vacant; the {{IHP}} names a staff member who left at {{Christmas}}.
        Harm: low
    """)),
    ("health", "success", block("""
        From: [[name:Gwen ap Rhys]] <[[email:g.aprhys@oakfield-academy.org.uk]]>
        To: [[email:orla.finnegan1@nhs.net]]
        Date: [[date:26 February 2024]]
        Subject: THANK YOU

        Dear [[name:Orla]],

        Thank you for giving up your afternoon to train 14 of our staff on [[name:Theo]]'s new
        {{Omnipod 5}}. The session on how the {{hybrid closed loop}} works, and what the
        {{lunchtime supervisors}} actually need to do (mostly: nothing, and don't panic at the
        alarms), has made a huge difference. [[name:Theo]] has not needed adult help with a
        {{hypo}} since half term and {{mum}} says he's stopped asking to come home at lunch.

        Very best wishes,
        [[name:Gwen]]
        {{SENCo}}, [[organisation:Oakfield Academy]]
        [[phone:01632 960448]]
    """)),
    ("health", "near_miss", prose("""
        nm - {{Glooko}} clinic today, nearly changed {{basal rates}} on the wrong [[name:Jacob]].
        two kids same clinic same first name and both surname [[name:Hussain]], one is
        [[nhs_number:2505911665]] and the other [[nhs_number:842 108 6391]]. had the wrong one open
        in the other tab. only noticed bc the {{pump download}} said {{Tandem t:slim}} and i knew
        this [[name:Jacob]] is on {{Omnipod}}. didnt save anything. learning - always check 2
        identifiers before any {{pump settings}} change even when you know the family, and close
        other tabs. maybe {{name alert}} on both records? [[name:kp]] {{DSN}}
    """)),
    ("health", "incident", block("""
        Timeline - [[name:Mia-Rose Kowalczyk]], [[age:13]], {{DKA}} admission
        [[date:Tues 5 March]]
        0845 [[name:Mia-Rose]] at [[organisation:Hollins Park High School]]. {{Libre}} 18.4 arrow up.
             Told {{form tutor}}.
        1030 Felt sick. {{first aider}} gave water and sent her back to class. {{ketones}} not
             checked - no {{ketone meter}} in school.
        1315 Vomited x2. School rang mum on [[phone:07700 900682]] - voicemail. Dad not on the
             contact list.
        1440 Mum collected, went to {{GP}}, GP sent her straight to [[organisation:Willowbrook General]] {{ED}}.
        1600 {{blood ketones}} 4.8, pH 7.18. {{DKA protocol}} started, admitted [[organisation:Puffin Ward]].
        Learning: the {{IHP}} says "check ketones if BG over 14" but school was never given a meter.
        Both parents should be on contact lists. [[name:Mia-Rose]] thinks she missed her breakfast
        {{bolus}}.
    """)),
    ("health", "success", block("""
        WhatsApp group "[[name:Ruby]] - school & diabetes team"
        [[date:18/04/2024]] 10:14 - [[name:Chioma Okafor]] (TA): {{Dexcom Follow}} just buzzed on the class iPad - predicted low in 20 mins, [[name:Ruby]] 4.6 and dropping
        [[date:18/04/2024]] 10:15 - [[name:Sunny]] (DSN): great spot. 15g {{fast-acting carbs}} now please, recheck in 15
        [[date:18/04/2024]] 10:31 - [[name:Chioma Okafor]] (TA): 5.8 and flat 👍 back in {{phonics}}
        [[date:18/04/2024]] 10:33 - [[name:Dee]] (mum): thank you both!! first time she's not had an actual hypo at school this term
        [[date:18/04/2024]] 10:40 - [[name:Sunny]] (DSN): this is exactly how the {{IHP}} is meant to work. {{Follow}} alerts + a TA who knows what to do = no {{hypo}}. will share (anonymised) at our {{school liaison}} meeting
    """)),
    ("health", "incident", block("""
        {{Paediatric Diabetes Team}} governance - minutes
        [[date:14 May 2024]]
        Attendees: Dr [[name:Adebayo Ogunleye]] (consultant), [[name:Orla Finnegan]] (DSN),
        [[name:Hannah Lee]] (dietitian), [[name:Raj Pillai]] ({{psychology}}),
        [[name:Jo Pennington]] (school liaison)

        Item 3 - incident [[case_reference:W-119077]]
        [[name:Kai Thompson]] ([[age:10]], NHS [[nhs_number:451 169 4478]]) started {{CamAPS FX}}
        in {{February}}. His {{IHP}} at [[organisation:Moss Lane Juniors]] still described
        {{injections}}, so at swimming the {{TA}} took the pump off and didn't reconnect it. BG 22
        and {{ketones}} 1.9 by home time. Managed at home, no admission.
        Discussion: we update IHPs at pump start "when we can" - nobody owns it. [[name:Jo]] holds
        the school list but is 0.6 WTE.
        Actions: IHP update added to the {{pump start checklist}} ([[name:OF]]). [[name:Jo]] to
        audit all 41 pump users' IHPs by end of {{June}}.
    """)),
    ("health", "near_miss", block("""
        [[organisation:Puffin Ward]] - nursing handover - night [[date:02/02/2024]]
        Bed | Patient | Notes
        2 | [[name:Lily-Ann Price]] ([[age:11]]) | {{gastro}}, tolerating fluids
        3 | [[name:Ibrahim Sesay]] ([[age:4]]), [[nhs_number:968 702 5719]] | new {{T1}}, off
          |  | {{IV insulin}}, first {{subcut}} doses tonight
        NEAR MISS bed 3: {{drug chart}} for {{NovoRapid}} handwritten "4u", read as 40 units by
        [[name:Akosua]] at the {{drug trolley}}. [[name:Ffion Hughes]] did the
        {{second check}}, queried it against the weight-based dose and stopped it. 4 units given.
        Should have been prescribed on {{EPMA}} - system was down so paper chart used. Never
        write "u". Both nurses did everything right. Pharmacist [[name:Tunde]] informed.
    """)),
    ("health", "success", prose("""
        Shout-out for [[name:Hannah Lee]], our {{dietitian}}. [[name:Aarav]] was diagnosed at
        [[age:8]] and his family are vegetarian and cook mostly Gujarati food at home. The standard
        {{carb counting}} booklets were no use to them - no thepla, no dhokla, no khichdi. [[name:Hannah]]
        sat with his {{nani}} in her kitchen, weighed the family's own recipes and made a
        {{laminated carb sheet}} in English and Gujarati. His {{HbA1c}} at three months was 51 and
        [[name:Aarav]]'s {{mum}} says meals stopped being a fight. The sheet is now in our
        {{new diagnosis pack}} for other families. From [[name:Sunny]] and everyone at
        [[organisation:Willowbrook Children's Diabetes Team]].
    """)),
    ("health", "incident", block("""
        [09:12] [[name:Bernadette Mullins]] (med sec)
        Morning - a {{mum}} at [[address:14 Alder Close]] just rang saying she got a {{clinic letter}}
        for a child she doesn't know. It's [[name:Freya Dunn]]'s letter - {{HbA1c}}, {{pump settings}}, the lot.
        [09:14] [[name:Adebayo Ogunleye]]
        Oh no. Where should it have gone?
        [09:15] [[name:Bernadette Mullins]] (med sec)
        [[address:14 Alder Court]] - same postcode, [[postcode:SK4 2BY]]. I think I picked the wrong
        one from the {{PAS}} dropdown.
        [09:17] [[name:Adebayo Ogunleye]]
        OK, no blame. Please {{Datix}} it and tell the {{IG team}}, I'll ring [[name:Freya]]'s
        {{parents}}. Can you ask the other family to post it back or shred it?
        [09:31] [[name:Bernadette Mullins]] (med sec)
        Done - [[case_reference:W-119540]]. She's posting it back today.
    """)),
    ("health", "incident", prose("""
        Learning summary. [[name:Josh Adeyemi-Clarke]] ([[age:15]]) sat a {{mock GCSE}} at
        [[organisation:Hollins Park High School]] on [[date:27 November 2023]]. The
        {{exams officer}} told him phones were not allowed in the hall, although his {{CGM}} reads
        to his phone and his {{IHP}} says the phone must stay with him. He handed it in. Forty
        minutes in he felt shaky, didn't want to put his hand up, and was found by an
        {{invigilator}} sweaty and confused. {{Lucozade}} given, recovered. [[name:Josh]] has since
        said he'd rather fail than go through that again. Learning: {{access arrangements}} under
        {{JCQ}} rules allow medical devices; the exams office was never sent the IHP. Our
        {{school liaison}} now copies exams officers in every {{September}}.
    """)),
    ("health", "success", prose("""
        Debrief - sports day at [[organisation:St Aidan's]], [[date:12/07/2024]]. Five children with
        {{type 1}} across Y1-Y6. Plan agreed the week before with [[name:Jo Pennington]]:
        {{temp basal}} from 0900 for the pump kids, a snack station by the finish line, and a
        {{hypo kit}} bum bag with each class teacher. 27 degrees. Result: one mild hypo (3.6) treated
        at the snack station in two minutes, nobody sent home, everyone ran. What made it work:
        Mr [[name:Doherty]] ran the snack station himself and the {{Dexcom}} alerts were on his
        phone, and {{parents}} got one text at lunchtime instead of ten. Reuse the plan for the
        {{residential}}.
    """)),
    ("health", "near_miss", block("""
        From: [[email:ahmed.qureshi3@nhs.net]]
        Sent: [[date:03/10/2024]] 14:52
        Subject: Near miss - insulin prescription

        Hi team, community pharmacist at [[organisation:Lark Lane Pharmacy]] here. Today I had a
        prescription from [[organisation:Brookside Medical Centre]] for [[name:Evie Sutherland]]
        (DOB [[date_of_birth:02/02/2012]]) for {{NovoMix 30}} pens. Her {{PMR}} and your last
        clinic letter say {{NovoRapid}} and {{Tresiba}}. I rang the surgery - the {{GP}} had
        picked the wrong product from the {{drop-down}}. Corrected before dispensing, nothing
        given. [[name:Evie]]'s {{dad}} was very grateful. Might be worth a note to GPs about
        look-alike insulin names?

        Kind regards,
        [[name:Ahmed Qureshi]] MRPharmS
        [[phone:0161 496 0294]]
    """)),
    ("health", "incident", prose("""
        weekend probs - the {{on-call}} diabetes phone ([[phone:07700 900951]]) was still
        diverting to [[name:ravi]]s old work mobile which is in a drawer. dad of [[name:Noah]]
        ([[age:9]]) rang 3x sat night about {{ketones}} 2.4, no answer, took him to
        {{ED}} himself at 0100. {{DKA}} ruled out, home by 0500 but family v upset and fair enough.
        nobody checked the {{divert}} after the {{rota}} changed on {{Friday}}. [[name:ravi]] didnt
        know either. learning: whoever does the rota does a test call to the phone every fri, and
        put the {{switchboard}} number on the {{sick day rules}} leaflet as backup. [[name:LT]]
    """)),
    ("health", "success", prose("""
        [[name:Precious Nwosu]] turned [[age:16]] in [[date:January 2024]] and moved from our
        clinic to the {{young adult clinic}}. Transition used to be where we lost young people.
        This time the {{transition nurse}} [[name:Siobhán Kearney]] saw her twice with us first,
        and she met the {{adult team}} with [[name:Jo]] from {{school liaison}} who has known her
        since Y7. Her college, [[organisation:Northgate Sixth Form College]], got a new {{IHP}}
        before {{induction week}}. NHS number [[nhs_number:310 445 0986]] flagged on both teams'
        lists. She has attended all three appointments since, {{HbA1c}} down from 78 to 62, and
        says she likes "being treated like an adult but not dumped". This is the model.
    """)),
    ("health", "incident", block("""
        INCIDENT - school residential abroad
        Child: [[name:Oscar Lindqvist-Ahmed]], [[age:12]], NHS [[nhs_number:962 838 0060]]
        School: [[organisation:Oakfield Academy]] - Y7 trip to Normandy
        Date: [[date:20/03/2024]]
        What happened: [[name:Oscar]]'s {{insulin}} pens were packed in the {{hold luggage}} on
        flight [[flight_number:EZY6217]]. On arrival the pens had been near the cold hold and the
        teacher wasn't sure they were safe. Trip lead Ms [[name:Eilidh Grant]] rang our
        {{on-call}} number from [[phone:+33 6 71 42 85 10]]. Advised to use the spare pen from his
        rucksack and buy more from a local {{pharmacie}} with the {{travel letter}}.
        No high or low glucose, but it took 3 hours.
        Learning: {{trip checklist}} says "medication with child" but not "in hand luggage".
        Parents had packed the case.
    """)),
    ("health", "near_miss", block("""
        School diabetes training register - [[organisation:Moss Lane Juniors]]
        checked by [[name:Jo Pennington]] [[date:09/09/2024]]
        Staff              | Role           | Trained | Expires
        [[name:K. Whitfield]]       | class teacher Y4 | 07/2022 | 07/2023 ❗
        [[name:Marta Zielińska]]    | TA               | 09/2023 | 09/2024 ✔
        [[name:Dev]]                | lunchtime       | never   | - ❗
        [[name:Summer-Louise Tate]] | TA (new)         | never   | - ❗
        NEAR MISS: first week back, the only in-date adult in [[name:Kai]]'s class was [[name:Marta]],
        who was off sick on day 2. Nobody else had been shown the {{hypo treatment}} or the
        {{insulin pump}} alarms. {{Head}} cancelled the swimming lesson - good call. Training
        booked for {{Friday}}; register now goes to the {{school nurse}} every {{half term}}.
    """)),
    ("health", "success", prose("""
        Card to the team, copied onto the {{learning board}}: Dear [[name:Orla]], [[name:Sunny]] and
        Dr [[name:Ogunleye]], a year ago today [[name:Isla-Grace]] was diagnosed on [[organisation:Puffin]] ward
        at [[age:3]] and we thought our lives had ended. You taught us the {{pump}} and the
        {{sensor}}, answered the phone at 3am more times than we can count, and came to her {{nursery}}
        to train the staff yourselves. She started {{reception}} at [[organisation:St Aidan's]] last
        week and the {{teachers}} already know more than we did a year ago. Thank you for treating us
        as people and not as numbers. Love [[name:Kerry]], [[name:Dan]] and [[name:Isla-Grace]] x
    """)),
    # ------------------------------------------------------------------ aviation
    ("aviation", "incident", block("""
        TECH LOG - [[aircraft_registration:G-FCRC]]  {{Extra 330SC}}
        Date: [[date:08/06/2024]]   Location: [[organisation:Saltfleet Airshow]] - {{display ramp}}
        Defect: {{smoke oil}} leak from {{smoke pump}} outlet union, approx 200 ml on the
        {{belly panel}} after 2nd display. Oil reached {{exhaust}} area - pilot reported smell of
        burning on landing.
        Action: a/c grounded. Union found finger tight - not torqued after {{smoke system}}
        service at [[organisation:Ashcombe Airfield]] on [[date:05/06/2024]]. No {{torque seal}}.
        Re-torqued, leak-check {{ground run}} satisfactory.
        Certified: [[name:D. Pritchard]]   licence [[case_reference:UK.66.11842]]
        Note for {{ASR}}: {{independent inspection}} not done on the service - short handed,
        [[name:Frank]] was at [[organisation:Brecon Vale Air Day]] with the spare jet.
    """)),
    ("aviation", "near_miss", block("""
        RTF extract - [[organisation:Hollowmere Air Festival]], [[date:14/07/2024]]
        1501:48 [[flight_number:Firecrest 1]]: [[organisation:Hollowmere Tower]], [[flight_number:Firecrest 1]], four Extras, holding point {{runway 24}}, ready
        1501:52 TWR: [[flight_number:Firecrest 1]], hold position, vehicle on the runway
        1501:55 [[flight_number:Firecrest 1]]: holding, [[flight_number:Firecrest 1]]
        1502:30 TWR: vehicle crossing {{runway 24}} at the {{fire gate}}, vacate immediately
        1503:40 TWR: [[flight_number:Firecrest 1]], runway clear, {{cleared for take-off}}

        Ground crew note: the vehicle was our support van [[vehicle_registration:WU68 KPA]],
        driven by [[name:Robin Achterberg]] taking {{smoke oil}} drums to the far side. He had no
        {{airside driving permit}} brief and didn't know the crossing needed {{ATC}} clearance.
        No {{handheld}} radio in the van. Good catch by the {{tower controller}}.
    """)),
    ("aviation", "success", block("""
        From: Wg Cdr (retd) [[name:Alasdair McLeish]] <[[email:fdd@breconvaleairday.co.uk]]>
        To: [[email:ops@firecrest-display.co.uk]]
        Date: [[date:Mon 20 May 2024]]
        Subject: Thank you - Saturday

        Dear [[name:Nia]] and team,

        As {{Flying Display Director}} I wanted to thank your ground crew for Saturday. When our
        {{fire cover}} vehicle broke down twenty minutes before your slot, [[name:Tomek]] and
        [[name:Jaz]] had already briefed the {{hot-pit}} refuel plan around the backup
        {{foam trailer}} by the time I reached the {{ramp}}, and the team displayed on time. Calm,
        professional, textbook. Your transit in as [[flight_number:FCR01]] was also bang on slot.

        With thanks,
        [[name:Alasdair]]
        {{FDD}}, [[organisation:Brecon Vale Air Day]]
        [[phone:+44 7700 900318]]
    """)),
    ("aviation", "incident", block("""
        [[date:22 June 2024]] - [[organisation:Saltfleet Airshow]] - ground handling incident
        0715 Crew ([[name:Jaz]], [[name:Tomek]], [[name:Kwame Boateng]]) start moving a/c from
             {{hangar}} to the {{display ramp}}.
        0732 [[aircraft_registration:G-FCRB]] hand-towed with {{tow bar}}. No {{wing walker}} on
             the left - [[name:Kwame]] had gone to fetch {{chocks}}.
        0734 Left wingtip hits fence post of the {{VIP enclosure}}. Crack in {{wingtip fairing}}.
        0800 Reported to {{team manager}} [[name:Nia Roberts]]. A/c withdrawn from display.
        1130 Spare [[aircraft_registration:G-FCRE]] flown in from [[organisation:Ashcombe Airfield]].
        Learning: 3 people minimum for every tow, and nobody leaves their position mid-tow.
        We had 3 but let one walk away. Enclosure fence moved since the {{site survey}}.
    """)),
    ("aviation", "near_miss", prose("""
        fod walk done 0830 me + [[name:dai]], all clear. 1040 [[name:rhi]] on her {{walk-round}}
        found a 10mm spanner by the left {{mainwheel}} of [[aircraft_registration:G-FCRA]], right
        where the {{prop}} would of picked it up on start. its ours - from the {{tool roll}}, not
        the {{shadow board}}. we took the roll out to save time on the {{hot-pit}} and nobody
        counted it back. no damage. learning: tool roll stays in the van, {{tool control}} count
        before {{engine start}} same as at base. [[name:KB]] {{crew chief}}
    """)),
    ("aviation", "success", block("""
        WhatsApp "[[organisation:Firecrest]] ground crew" - [[date:Thu 11 July]]
        05:12 [[name:Chloé]]: [[flight_number:FR 8312]] cancelled 😩 {{airport}} chaos
        05:14 [[name:Nia]]: ok nobody panic. [[name:Chloé]] can u see if there are 6 seats on [[flight_number:LS1187]]
        05:20 [[name:Chloé]]: 4 seats. [[name:Hugo]] and [[name:Big Al]] could drive the {{van}} over on the {{tunnel}}?
        05:21 [[name:Big Al]]: on it. [[vehicle_registration:YK19 HTD]] is fuelled, leaving 0600
        05:40 [[name:Nia]]: booked. {{organiser}} is [[name:Benoît]] [[phone:+33 6 12 48 90 37]], told him we're still coming
        22:05 [[name:Nia]]: everyone there, {{kit}} there, {{display authorisation}} paperwork there. best team ❤️
    """)),
    ("aviation", "incident", block("""
        Debrief - {{Avgas}} spill, [[organisation:Brecon Vale Air Day]], [[date:18/05/2024]]
        Present: [[name:Nia Roberts]], [[name:Tomek]], [[name:Priyanka 'Pree' Desai]], airfield {{fire crew}}
        What happened: refuelling [[aircraft_registration:G-FCRD]] from our {{fuel bowser}}
        [[vehicle_registration:BX21 ZRF]]. {{deadman handle}} was cable-tied open (found
        afterwards). Nozzle slipped out of the tank when [[name:Tomek]] turned to answer a question.
        About 15 litres on the {{apron}}.
        Response: pump stopped, {{spill kit}} deployed, {{fire crew}} attended in 3 minutes, area
        closed for 40 minutes. Nobody hurt.
        Why: the cable tie was put on months ago "because the handle hurts your hand" - nobody
        reported it. Normalised.
        Actions: bowser inspected, handle replaced, {{refuelling procedure}} re-briefed. {{ASR}}
        raised [[case_reference:FDT-ASR-24-05]].
    """)),
    ("aviation", "success", prose("""
        Shout-out 👏 to [[name:Chloé Martin-Baptiste]] and [[name:Hugo]] at
        [[organisation:Hollowmere Air Festival]]. On a 31-degree afternoon a spectator, a man of
        about [[age:78]], collapsed just behind the {{crowd line}} by our {{hospitality tent}}.
        [[name:Chloé]] got him into the shade and the {{recovery position}}, [[name:Hugo]] ran for the
        {{St John Ambulance}} post and grabbed the {{defibrillator}} on the way. He had
        {{heat exhaustion}}, not a cardiac arrest, and was sitting up with water when the medics
        arrived. The {{show organiser}} has since fitted water points along the crowd line.
        Brilliant first aid from two people whose day job is polishing aeroplanes. [[name:NR]]
    """)),
    ("aviation", "incident", block("""
        Minutes - team safety meeting, [[organisation:Ashcombe Airfield]], [[date:31/07/2024]]
        Attendance: [[name:Nia Roberts]] ({{chair}}), [[name:Marcus Reid-Campbell]] ({{leader}}),
        [[name:Rhiannon Evans]], [[name:D. Pritchard]], [[name:Kwame Boateng]], [[name:Big Al]],
        [[name:Seyi]]
        1. Vehicle incident at [[organisation:Hollowmere Air Festival]]: our van
        [[vehicle_registration:YK19 HTD]] reversed into a caterer's van
        [[vehicle_registration:LN70 OFT]] in the {{exhibitors' car park}}. Driver [[name:Big Al]]
        had no {{banksman}}; {{reversing camera}} is broken. Minor damage both, no injuries,
        details exchanged, {{insurance}} ref [[case_reference:MTR-77310452]].
        2. Discussion: camera reported in {{April}}, never fixed because the van isn't
        "aircraft". [[name:Marcus]]: vehicles are part of the operation and go on the same
        {{defect log}}.
        3. Actions: camera fixed ([[name:DP]]), reversing with {{banksman}} only.
    """)),
    ("aviation", "near_miss", block("""
        AIR SAFETY REPORT  [[case_reference:FDT-ASR-24-07]]
        Date: [[date:Saturday 3 August 2024]]     Aircraft: [[aircraft_registration:G-FCRD]]
        Event: {{harness}} lap strap not locked
        Narrative: during the final {{strap-in check}} before {{engine start}},
        [[name:Mo Hussein]] noticed the left lap strap tongue was sitting in the {{buckle}} but not
        engaged. Pilot [[name:Rhiannon Evans]] ("[[name:Rhi]]") had been interrupted mid strap-in
        by a {{media}} request at the aircraft. Strap re-engaged and checked by both. Delayed start
        of two minutes.
        Consequence if missed: loose restraint under negative g in the {{display sequence}}.
        Learning: nobody approaches an aircraft during strap-in; {{ground crew}} hold the {{media}}
        back at the rope. [[name:Mo]]'s check is the barrier - keep doing it every time.
    """)),
    ("aviation", "success", prose("""
        Learning from success. On [[date:Thursday 1 August]] [[aircraft_registration:G-FCRB]] came
        back from the practice with a {{mag drop}} well outside limits. With the
        [[organisation:Saltfleet Airshow]] two days away, [[name:Oluwaseyi Adebanjo]]
        ("[[name:Seyi]]") and [[name:D. Pritchard]] changed the left {{magneto}} overnight in the
        hangar. They stopped at 0200 rather than push on tired, finished at 0700 with fresh eyes,
        did a full {{independent inspection}} and a {{ground run}}, and the {{tech log}} entry was
        spotless. The aircraft flew all four displays. The bit worth copying is the 0200 stop:
        {{fatigue}} was named out loud and nobody argued.
    """)),
    ("aviation", "incident", block("""
        Teams chat - [[organisation:Firecrest]] ops
        [15:02] [[name:Nia Roberts]]: [[name:Chloé]] did the {{crew list}} go to [[organisation:Saltfleet]] this morning?
        [15:04] [[name:Chloé Martin-Baptiste]]: yes to the exhibitors address they gave us
        [15:09] [[name:Nia Roberts]]: it's gone to ALL exhibitors. I've had a reply-all from the ice cream van
        [15:10] [[name:Chloé Martin-Baptiste]]: oh no. it has everyone's {{DOB}} and {{NI numbers}} for the {{airside passes}}. e.g. mine [[ni_number:NX730461A]], [[name:Hugo]]'s DOB [[date_of_birth:17 April 1998]]
        [15:12] [[name:Nia Roberts]]: ok. don't paste more in here!! Ring [[name:Gail]] at the show [[phone:01632 960217]] and ask them to recall and send a delete request. I'll do the {{ICO}} assessment and tell the crew. No blame, the organiser's email was a {{distribution list}}, not a person
        [15:40] [[name:Chloé Martin-Baptiste]]: done, recall sent. learning - {{passwords}} on {{spreadsheets}} + send pass info via the {{accreditation portal}} only
    """)),
    ("aviation", "success", block("""
        Dear [[organisation:Firecrests]],

        On behalf of everyone at [[organisation:Saltfleet Airshow]], thank you. Over 40,000 people
        came through the gates on [[date:24 August]] and your display closed the show. But what
        our {{volunteers}} keep talking about is your {{ground crew}}: picking litter on the
        {{crowd line}} at 0700, letting the {{air cadets}} help with the {{covers}}, and
        [[name:Kwame]] spending his lunch break explaining the {{smoke system}} to a lad in a
        wheelchair who now wants to be an {{engineer}}.

        See you next year I hope.

        [[name:Harriet Okonkwo-Lowe]]
        {{Show Director}}
        [[email:harriet@saltfleetairshow.org.uk]] | [[phone:07700 900764]]
    """)),
    ("aviation", "near_miss", block("""
        DAY 1 > DAY 2 HANDOVER - [[organisation:Saltfleet Airshow]] - [[date:24/08/2024]]
        A/C    | Status | Notes
        [[aircraft_registration:G-FCRA]] | S | {{smoke oil}} topped, 2 displays
        [[aircraft_registration:G-FCRB]] | S | new {{mag}} - monitor
        [[aircraft_registration:G-FCRC]] | S | {{pitot cover}} found ON at {{walk-round}} day 1
        [[aircraft_registration:G-FCRD]] | S | nil
        NEAR MISS [[aircraft_registration:G-FCRC]]: the pitot cover went on at 1200 during the rain shower, and the
        {{remove before flight}} streamer was tucked under the wing so nobody saw it. Pilot
        [[name:Marcus]] caught it on the walk-round. No {{airspeed}} = no display, or worse.
        Action: covers only go on with streamer outside, and the {{covers log}} on the clipboard
        gets signed on and off. [[name:J.T.]] (day 1 lead) > [[name:Seyi]] (day 2 lead)
    """)),
    ("aviation", "incident", prose("""
        [[name:lewis]] got hit in the face by grit from {{prop wash}} at start up on the ramp, he
        was stood behind the tail picking up chocks with no {{eye protection}}. {{corneal abrasion}}
        L eye. went to {{first aid post}} then [[organisation:Saltfleet Community Hospital]]
        {{minor injuries}}, eye drops + patch, back at work monday. his glasses were in the van.
        nobody told him where to stand bc he only joined in {{June}}, hes [[age:19]] and it was his
        2nd show. learning - {{new starter}} ramp brief (danger zones, where to stand at start up),
        {{safety glasses}} in everyones kit not just the engineers. [[name:jt]]
    """)),
    ("aviation", "success", prose("""
        Debrief - [[organisation:Brecon Vale Air Day]] [[date:25/08/2024]]. Cloud base at the
        {{display brief}} was 1,400 ft and the {{TAF}} had it lifting by 1500. The
        {{show organiser}} was under real pressure to fly - 12,000 people and a TV crew. Leader
        [[name:Marcus Reid-Campbell]] and {{team manager}} [[name:Nia Roberts]] set a hard
        {{go/no-go}} at 1430 and told the {{FDD}} early. At 1430 the {{METAR}} showed 900 ft and
        rain, the team stood down, and {{ground crew}} put the aircraft to bed in the hangar
        instead of out on the ramp for the crowd. Two other acts tried and cancelled mid-sequence.
        Nobody argued with [[name:Marcus]]'s call. Setting the decision time early is what made
        saying no easy.
    """)),
]

if __name__ == "__main__":
    write_records(OUT, build_records("blind174", REPORTS))
