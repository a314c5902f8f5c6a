"""Held-out blind corpus 279: 50 invented UK incident, near-miss and success ("learning") reports.

Written blind (without sight of the de-identifier or of any other corpus) so that it measures how
well de-identification generalises. Every person, organisation, place, date and number is invented.

Settings:
- social_care (17): a supported accommodation service for 16 and 17 year olds in care - key
  workers, night staff, missing from placement, independence skills.
- health (17): a hospital blood transfusion laboratory and its porters - group and save, major
  haemorrhage packs, cold chain, wrong blood in tube.
- aviation (16): an aircraft paint and cabin interiors shop at an MRO - painters, trimmers, seat
  fitting, flammability, aircraft in and out of the hangar.

Styles are deliberately mixed: rushed lower-case notes with typos and txt-speak, formal
narratives, chronologies with times, forms with Name/DOB/Ref/Address fields, e-mails with headers
and signatures, chat exports (Teams/WhatsApp/Slack, with handles), handover notes, minutes with
attendance and apologies, pipe-separated and aligned tables, radio/RT transcripts, shout-outs and
thank-you notes.

Mark-up (see markup.py): [[label:value]] is an identifier span, {{term}} a must-not-redact mention.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from markup import block, build_records, write_records  # noqa: E402
from markup import flow as prose  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "corpus" / "heldout_blind279.jsonl"

REPORTS = [
    # ------------------------------------------------------------------ social_care (17)
    ("social_care", "incident", prose("""
        nite shift [[date:14/15 nov]] - [[name:tyrese]] ([[age:16]]) not back for {{curfew}} {{11pm}}.
        rang his mob [[phone:07700 900418]] x3 straight to vm, snap map off. checked room {{00:15}}
        bed not slept in. rang {{on call}} ([[name:Gaz]]) who said start {{missing from placement}}
        procedure so reported to police at {{00:40}}, log no [[case_reference:KP-1411-0087]]. sent
        {{Philomena Protocol}} form + recent photo. [[name:Ty]] came back {{03:20}} in a taxi paid by
        someone we dont know, smelt strongly of {{cannabis}}, wouldnt say where hed been. gave him
        toast + checked for injuries (none seen). told police he was back, same log, and emailed
        {{EDT}}. his {{key worker}} [[name:Jas]] to book the {{return home interview}}. think we need a
        {{strategy meeting}} re possible {{CCE}} - 3rd time this month. [[name:kerry b]] (nights)
    """)),
    ("social_care", "near_miss", prose("""
        On the evening of [[date:9 October]] I was supporting [[name:Hope Adeyemi]] ([[age:17]]) with an
        {{independence skills}} cooking session in the {{training kitchen}} at
        [[organisation:Larchfield House]]. [[name:Hope]] had put oil in a pan to shallow-fry chicken and
        then went up to her flat to get her phone. I was distracted by a call on the {{duty phone}}
        from the {{night manager}} and the pan was left on a high heat for approximately four
        minutes. When I came back the oil was smoking but had not ignited. I turned the {{hob}} off,
        opened the window and did not move the pan. No one was hurt and the {{smoke detector}} did
        not activate. I talked it through with [[name:Hope]] afterwards and she could tell me what to
        do with a {{fat fire}} (fire blanket, never water). Learning: staff should not answer the
        {{duty phone}} during cooking sessions; I have suggested adding "never leave a hot pan" to
        the {{Pathway Plan}} skills checklist and buying a {{fire blanket}} for the training kitchen,
        as the only one is in the office. [[name:Rosa Lindqvist]], {{Senior Support Worker}}
    """)),
    ("social_care", "success", block("""
        SHOUT OUT 🌟
        Massive thank you to [[name:Bill]] on nights last weekend. [[name:Sunny]] ([[age:16]]) came in
        really upset at {{2am}} after a row with his {{mum}} on the phone, and [[name:Bill]] sat with him
        in the {{lounge}} for nearly two hours, made him beans on toast and just listened.
        [[name:Sunny]] told his {{key worker}} today it was the first time he'd felt "properly listened
        to" since coming into care. [[name:Bill]] also spotted that [[name:Sunny]] had run out of his
        {{inhaler}} and sorted a {{repeat prescription}} with [[organisation:Orchard Rise Surgery]]
        first thing. This is exactly what {{trauma-informed practice}} looks like.
        From [[name:Priyanka]] ({{Registered Manager}})
    """)),
    ("social_care", "incident", block("""
        MISSING FROM PLACEMENT - INITIAL REPORT
        Name: [[name:Kacper Wiśniewski]]
        DOB: [[date_of_birth:03/07/2008]]
        Age: [[age:16]]
        Placement: [[organisation:Larchfield House]], [[address:22 Orchard Rise, Kestermere]] [[postcode:KV3 8DN]]
        Placing authority: [[organisation:Kestermere County Council]]
        LA ref: [[case_reference:CIC-558213]]
        Police log: [[case_reference:KP-0306-0142]]
        Social worker: [[name:Ngozi Eze-Bankole]] [[phone:01632 960733]]
        Last seen: [[date:Mon 3 June]] {{19:30}}, leaving via {{front door}}, said going to the [[organisation:Co-op]].
        Description: white male, 5'9", slim, grey tracksuit, black puffer jacket
        Risk grading (police): {{Medium}}
        Circumstances: [[name:K]] had a row with another resident ([[name:JD]]) about the {{Xbox}}.
        No reply to calls/texts. Known associates in the [[address:Hollins Park]] area.
        {{CSE}}/{{CCE}} screening tool last done in {{April}} - low.
        Actions: {{EDT}} informed {{20:45}}, {{IRO}} to be emailed in morning.
        Completed by: [[name:D. Nowak]] ({{waking night}})
    """)),
    ("social_care", "near_miss", block("""
        From: [[name:Marek Dąbrowski]] <[[email:marek.dabrowski@brightpath-yh.org.uk]]>
        Sent: [[date:21 February 2024]] 16:52
        To: [[organisation:Larchfield House]] Managers
        Subject: near miss - {{LAC review}} minutes nearly sent to wrong parent

        Hi [[name:Faith]],
        Just flagging a near miss so it goes on the log. I was emailing the minutes of
        [[name:Aaliyah]]'s {{LAC review}} to her {{dad}} and {{Outlook}} autofilled the address of
        [[name:Jayden]]'s {{dad}} (the surnames start with the same letters). I noticed before pressing
        send because the preview said "Mr [[name:Moran]]" not "Mr [[name:Mohammed]]". Nothing left the
        building.
        Suggest we stop emailing minutes to parents from our own work accounts and use the
        {{secure portal}} instead - the {{IRO}} agrees. Could we raise it at {{team meeting}}?
        Thanks
        [[name:Marek]]
        {{Key Worker}} | [[organisation:Brightpath Youth Housing]]
        [[phone:07700 900261]]
    """)),
    ("social_care", "incident", block("""
        [[date:12/03/2024]], 21:14 - [[name:Joy Mensah]]: Guys heads up, [[name:Mihai]] and [[name:Leon]] had a scrap in the {{kitchen}}, both separated now. [[name:Leon]] has a cut lip
        [[date:12/03/2024]], 21:15 - [[name:Joy Mensah]]: [[name:Mihai]] in his flat, [[name:Leon]] in the {{office}} with me
        [[date:12/03/2024]], 21:17 - [[name:Rich]] (Nights): omw in 10. Police?
        [[date:12/03/2024]], 21:18 - [[name:Joy Mensah]]: Not yet, [[name:Leon]] doesn't want police. Ringing {{on call}} now
        [[date:12/03/2024]], 21:26 - [[name:Priyanka]]: {{On call}} here. Do {{body map}} + {{first aid}}, {{incident form}} tonight pls. Tell both {{SWs}} tomorrow. If either makes an allegation we ring {{101}}
        [[date:12/03/2024]], 21:31 - [[name:Rich]] (Nights): here now. [[name:Mihai]] says [[name:Leon]] took his charger again lol
        [[date:12/03/2024]], 21:33 - [[name:Joy Mensah]]: not lol [[name:Rich]] 😂 but yes. Both calm. {{Restorative}} chat tomorrow with [[name:Grace]]?
        [[date:12/03/2024]], 21:34 - [[name:Priyanka]]: Yes [[name:Grace]] is in from 10. Good work both x
    """)),
    ("social_care", "near_miss", block("""
        HANDOVER - nights -> days   [[date:Sat 27th]]
        Staff on: [[name:Dariusz]] ({{waking}}), [[name:Pat]] ({{sleep-in}})
        Flat 1 [[name:Shay]] - in by 22:10, quiet.
        Flat 2 [[name:Destiny]] - out on agreed overnight at {{nan}}'s (confirmed w/ {{SW}}).
        Flat 3 [[name:Ruairí]] - in, gaming till late, told twice re noise.
        Flat 4 [[name:Bilal]] - in at 23:55 ({{curfew}} 23:00), late not missing, smelt of alcohol, checked hourly till 4am.
        !! NEAR MISS: front door {{mag lock}} not engaging - door showing shut on the {{panel}} but could be
        pushed open. Found 01:30 on {{building check}}. [[name:Bilal]] could have let anyone in / anyone
        could have left without the alarm going. Wedged a chair + {{door wedge}} & sat in {{hallway}}.
        Rang [[organisation:Keyfix Security]] emergency line [[phone:0113 496 0588]], job no
        [[case_reference:KF-77812]], engineer coming 09:00.
        Please don't rely on the {{panel}} until fixed!
        - [[name:Dariusz]]
    """)),
    ("social_care", "success", block("""
        [[organisation:Larchfield House]] - {{Team Meeting}} Minutes
        Date: [[date:16 January 2024]], 14:00, {{staff room}}
        Present: [[name:Priyanka Ramasamy]] ({{RM}}, {{chair}}), [[name:Joy Mensah]], [[name:Will Ashworth-Reid]],
        [[name:Marek Dąbrowski]], [[name:Grace Otieno]], [[name:Dariusz Nowak]]
        Apologies: [[name:Rosa Lindqvist]], [[name:Bill Tanner]] (nights)
        Minutes: [[name:Will]]

        1. Celebration - [[name:Leila]] moving on
        [[name:Leila Haddad]] ([[age:17]]) signed her tenancy with [[organisation:Kestermere Homes]] on
        [[date:12 Jan]] and moves on [[date:29 January]]. [[name:Grace]] has been her {{key worker}} since she
        arrived [[age:aged 16]] speaking very little English. [[name:Leila]] now budgets weekly, cooks four
        meals from scratch and has a college place ({{Level 2 Health & Social Care}}). Her {{PA}} from
        the {{Leaving Care Team}} takes over from next month.
        Learning: the weekly "shop & cook" sessions, and using {{Google Translate}} less and less over
        time, worked well. [[name:Grace]] to write it up as a case study for {{Ofsted}} evidence.

        2. {{Fire drill}} - last one [[date:8 Dec]], all out in 3 min. Next due {{March}}.
    """)),
    ("social_care", "near_miss", block("""
        NIGHT CHECK LOG - [[date:5/6 Aug]] - reviewed by [[name:DN]]
        Time  | Flat 1 [[name:Amber]] | Flat 2 [[name:Kofi]] | Flat 3 [[name:Tomasz]] | Flat 4 [[name:Faith]] | Staff
        22:00 | in       | in      | in        | out (agreed) | [[name:JK]]
        23:00 | in       | in      | in        | out (agreed) | [[name:JK]]
        00:00 | in       | in      | -         | out (agreed) | [[name:JK]]
        01:00 | in       | in      | -         | out (agreed) | [[name:JK]]
        02:00 | in       | in      | in ?      | in (02:10)   | [[name:TO]]
        03:00 | in       | in      | in        | in           | [[name:TO]]

        Comment: [[name:Tomasz]]'s 00:00 + 01:00 checks missed - {{agency worker}} ([[name:JK]]) thought he'd
        been told [[name:T]] was "staying at his girlfriend's", which was last week. [[name:Tomasz]] was in
        all night but for 2 hrs we did not know where a [[age:16yo]] was. Near miss. [[name:JK]] given an
        {{induction}} on the {{check log}} + {{sign-in sheet}}, and a "who is NOT in" line has been added
        to the {{handover sheet}}.
    """)),
    ("social_care", "incident", block("""
        Chronology - [[name:Precious Nkemelu]] ([[age:17]]) - [[date:Fri 19 April]]
        16:05 [[name:P]] back from {{college}}, says "going out with mates". {{Key worker}} [[name:Will]] reminds re {{curfew}} 22:00.
        16:40 [[name:P]] seen on {{CCTV}} getting into silver {{Audi A3}}, reg [[vehicle_registration:KX19 FWD]], driver adult male approx 25-30, not known to us.
        17:10 [[name:Will]] rings [[name:P]] - no answer. Texts sent.
        18:30 [[name:P]] posts on {{Insta}} from a flat, looks like the [[address:Moorside estate]]? Screenshot saved to file.
        22:00 Not back. {{Curfew}} missed.
        22:35 Reported missing to police, log [[case_reference:KP-1904-0311]]. Car reg passed on.
        23:50 [[name:P]] dropped back outside by the same Audi [[vehicle_registration:KX19 FWD]]. Has a new phone and £60 cash.
        00:10 Talked with [[name:P]]. Says car belongs to "[[name:Dee]]'s cousin". Would not say more.
        Actions: police told of return (same log). {{MASH}} referral re {{CSE}} concerns made 09:15 {{Sat}}.
        {{Manager}} [[name:Priyanka]] aware. Requesting {{strategy meeting}}.
    """)),
    ("social_care", "success", prose("""
        card left in the {{office}} for [[name:mark]] + [[name:faith]] (copied into the {{learning log}}
        with her permission): "to [[name:mark]] n [[name:faith]], thank u for not giving up on me when i
        was kicking off all the time last yr. [[name:mark]] u tought me to use a washing machine lol and
        [[name:faith]] u came to every court date with me even on ur day off. i got my {{provisional}}
        and my first payslip from [[organisation:Greggs]]!! i will miss u both when i move to my own
        place. love from [[name:Tiana]] xx" -- {{Learning log}} note: [[name:T]] was one of our highest
        risk young people on arrival (12 {{missing episodes}} in her first 3 months, [[age:aged 16]]). Her
        {{key workers}} kept the same two faces on every shift pattern they could and never cancelled a
        {{key session}}. Consistency worked. Shared at the {{Signs of Safety}} practice group.
    """)),
    ("social_care", "incident", block("""
        [Teams - [[organisation:Larchfield House]] Staff chat - [[date:07/11/2023]]]
        [[name:Grace Otieno]] 08:02
        morning all, the {{master fob}} for flats 1-6 isn't in the {{key safe}}. signed out last by agency on nights ([[name:Samuel]]?) not signed back in
        [[name:Will Ashworth-Reid]] 08:05
        it was def in there at 20:00 {{handover}}, I counted them
        [[name:Samuel Osei-Tutu]] ({{Agency}}) 08:11
        So sorry I think it's in my jacket, I left at 7:30. Back in 40 mins with it
        [[name:Priyanka Ramasamy]] 08:14
        Thanks [[name:Samuel]]. Logging as an incident as it was off site ~1hr. [[name:Grace]] can you do a
        {{flat check}} + make sure no-one's lost anything. [[name:Will]] - can we get a {{key safe}} with a log
        that beeps if a fob is still out at end of shift? Ask {{Facilities}}.
        [[name:Samuel Osei-Tutu]] ({{Agency}}) 09:02
        Dropped back, in {{key safe}} now. Apologies
    """)),
    ("social_care", "near_miss", prose("""
        quick one for the log - {{agency night worker}} ([[name:Efua]], 1st shift with us) ordered a
        {{takeaway}} for the young ppl as a treat bc they were bored, chinese from
        [[organisation:Golden Lotus]] on [[address:Mill St]]. chicken satay was on the order.
        [[name:Rhys]] in flat 5 has a severe {{nut allergy}} + carries an {{EpiPen}} which is in his
        {{care plan}} and on the {{allergy board}} in the {{office}} but she hadnt been shown it. i spotted
        satay on the receipt when it came and took it off the table before anyone ate anything. no
        harm. [[name:Rhys]] didnt even know. spoke to [[name:Efua]], she was mortified, shes done
        nothing wrong really - nobody did her {{induction}} properly bc we were short. ive asked the
        agency ([[organisation:StaffLink]]) to send the induction checklist signed before shifts in
        future. can we put allergies on the front of the {{handover sheet}} pls?? - [[name:hannah]]
        ({{SSW}})
    """)),
    ("social_care", "success", prose("""
        Learning review (good practice): fewer {{missing episodes}} for [[name:Jamal]]. When
        [[name:Jamal Idowu-Clarke]] ([[age:17]]) moved to us from a {{residential children's home}} in
        [[date:March 2023]] he had been reported missing 23 times in the previous six months. Over the
        following year this fell to two. The team looked at what made the difference. First, his
        {{key worker}} [[name:Hannah Brierley]] agreed a "check-in not check-up" text at {{9pm}} instead of
        phone calls, which [[name:Jamal]] said felt less like being policed. Second, {{night staff}}
        stopped reporting him missing the minute {{curfew}} passed and used the agreed {{Absent}} vs
        {{Missing}} thresholds in his {{risk management plan}}, agreed with the police {{missing person
        coordinator}} (PC [[name:Varga]]) and his {{social worker}}. Third, his football coach at
        [[organisation:Eastfield Rovers Juniors]] was invited to his {{network meetings}}, which gave him a
        reason to be back for {{Saturday}} morning. {{Return home interviews}} were done by the same
        worker each time. Recommend the "consistent trusted adult" model is shared at the next
        [[organisation:Brightpath]] practice forum.
    """)),
    ("social_care", "near_miss", block("""
        From: [[name:Gareth Pryce-Jones]] <[[email:g.pryce-jones@kestermere.gov.uk]]>
        To: [[email:larchfield.manager@brightpath-yh.org.uk]]
        Cc: {{Education Transport}}
        Date: [[date:Thu 7 Sept 2023]] 10:12
        Subject: RE: School taxi for [[name:Zainab]] - near miss

        Dear [[name:Priyanka]],
        Thank you for raising this. I have checked with our {{transport team}}. On {{Tuesday}} the usual
        driver for [[name:Zainab]] (route [[case_reference:KCC-T-0419]]) was off sick and the operator,
        [[organisation:Vale Cars Ltd]], sent a replacement vehicle (white {{Toyota Prius}},
        [[vehicle_registration:LR67 HTB]]) whose driver was not on our approved list and had no {{DBS}}
        on file with us. Your staff member [[name:Rosa]] rightly refused to let [[name:Zainab]] get in and
        drove her to [[organisation:Kestermere Sixth Form]] herself.
        [[organisation:Vale Cars]] have been reminded of their contract and any substitute driver must
        now be confirmed with the {{PA/escort}} and the home by phone beforehand.
        Kind regards,
        [[name:Gareth Pryce-Jones]]
        {{Virtual School}} Caseworker
        [[organisation:Kestermere County Council]] | [[phone:01632 960412]]
    """)),
    ("social_care", "incident", block("""
        TELEPHONE LOG - call to {{Emergency Duty Team}}
        Date: [[date:30/12/23]]   Time: 02:47   Caller: [[name:Olu Bankole]] ({{waking night}})
        Re: [[name:Yusuf Rahimi]] (DOB [[date_of_birth:14.02.2007]]), CIC ref [[case_reference:CIC-604477]]
        {{EDT}}: {{EDT}}, [[name:Sandra]] speaking.
        [[name:OB]]: Hi, it's [[name:Olu]] from [[organisation:Larchfield House]]. Letting you know [[name:Yusuf]] has come back to placement with a cut to his hand, quite deep, says he punched a window at a party.
        {{EDT}}: Is he safe now? Does he need {{A&E}}?
        [[name:OB]]: I think it needs {{steri-strips}} at least. He's refusing to go. I've cleaned it and put a dressing on.
        {{EDT}}: OK, ring {{111}} for advice and if the bleeding doesn't stop call {{999}}. Has he been drinking?
        [[name:OB]]: Yes, a lot. I'm doing {{15 min checks}}.
        {{EDT}}: Fine. I'll put a note on his file for his {{social worker}}, Mr [[name:Halloran]], for the morning.
        Outcome: {{111}} advised {{minor injuries unit}} in the morning. [[name:Yusuf]] agreed to go at 09:00 with his {{key worker}}.
    """)),
    ("social_care", "success", block("""
        #shoutouts
        @[[name:will.ashworth-reid]]  10:31
        🎉 shout out to @[[name:hope.w]] ([[name:Hope]]) for running the {{budgeting group}} tonight!! 5 of our
        young people came, [[name:Cerys]] worked out she's been paying £11.99 for 3 streaming subs she
        never uses & cancelled 2 on the spot. [[name:Leon]] wants to do the "£20 weekly shop" challenge next
        week
        @[[name:priyanka.r]]  10:40
        love this. can we log it as {{good practice}} for the {{Ofsted}} visit? and [[name:Hope]], could you
        share the slides with the {{Leaving Care Team}} {{PA}} so they can use it too
        @[[name:hope.w]]  10:52
        Of course! Credit to [[name:Sunny]] for the idea tbh 😊 he did the {{Universal Credit}} bit
    """)),
    # ------------------------------------------------------------------ health (17)
    ("health", "incident", prose("""
        {{WBIT}} picked up on a sample from {{Ward 22}} ([[organisation:Ashcombe Ward]]). {{G&S}} for pt MRN
        [[case_reference:RX4471203]] came back {{A RhD pos}} but historical group on {{LIMS}} is
        {{O RhD neg}}. repeat sample confirmed O neg so first sample was from the wrong pt - the {{HCA}}
        had bled the pt in {{bed 6}} (Mr [[name:Kowalczyk]]) & labelled it with the {{bay 7}} pt details
        (Mr [[name:Kowalski]]) from a printed label sheet. names v similar. no units issued, no harm.
        phoned {{ward sister}} [[name:Bronwen]] at 14:20, {{datix}} [[case_reference:W-230119]] done.
        {{BMS}} on: me ([[name:Abi F]]). reminder - we need TWO samples for first-time pts
        ({{2-sample rule}}) which is exactly what caught this. pls share with ward.
    """)),
    ("health", "near_miss", prose("""
        At approximately {{03:10}} on [[date:22 November 2023]] the remote alarm for the
        {{satellite blood fridge}} in {{Main Theatres}} sounded in the {{laboratory}}. The {{BMS}} on
        nights, [[name:Oluwaseun Adebayo-Kerr]], checked the {{temperature monitoring}} system and saw the
        fridge had been at 6.8°C for 22 minutes (upper limit 6°C). Two units of {{red cells}}
        crossmatched for Mrs [[name:Ingrid Solberg]], listed for a {{revision hip replacement}} that
        morning, were inside. [[name:Oluwaseun]] asked the {{porter}} on duty, [[name:Stan]], to bring
        both units back to the lab in a {{validated cool box}}; they were quarantined and not issued.
        Fresh units were crossmatched and theatres were not delayed. The cause was the fridge door
        not fully closing after a unit was collected at 02:40. Had the alarm not been acknowledged,
        the units could have been transfused after a {{cold chain}} breach. This did not meet the
        threshold for {{SABRE}} reporting. Learning shared at the {{Hospital Transfusion Committee}};
        {{Estates}} to fit a door-closer. Ref [[case_reference:NGH-IR-88412]].
    """)),
    ("health", "success", block("""
        THANK YOU from {{Blood Bank}} 💉
        Huge shout out to [[name:Terry Bloom]] and [[name:Wiktoria Zając]] ({{portering}}) for {{Tuesday}} night.
        We activated the {{MHP}} at 23:48 for a trauma in {{Resus}} and between them they ran 3 packs, the
        {{cryo}} and the {{platelets}} from the lab to {{ED}} in under 8 min each trip, and got the unused pack
        back inside the {{30-minute}} window so nothing was wasted. [[name:Terry]] even remembered the
        {{platelets}} go in their own box at room temp, not the {{cool box}}.
        Dr [[name:Achebe]] ({{ED consultant}}) asked us to pass on that it made a real difference.
        Well done both! - Lab team ([[name:Marguerite]], [[name:Chidi]], [[name:Yan]])
    """)),
    ("health", "incident", block("""
        TRANSFUSION REACTION - LAB NOTIFICATION FORM
        Date: [[date:5 Feb 2024]]
        Patient name: [[name:Harold Penhaligon]]
        DOB: [[date_of_birth:11/09/1941]]   Age: [[age:82]]
        NHS no: [[nhs_number:401 023 2137]]
        Hospital no: [[case_reference:RX5520871]]
        Address: [[address:7 Quarry Bank Cottages, Lower Dunsby]] [[postcode:DN9 4LE]]
        Ward: [[organisation:Nightingale Ward]] ({{bed 14}})
        Unit no: [[case_reference:G071 623 481 772 K]]
        Component: {{red cells}}, {{O RhD positive}}, irradiated no
        Start: {{10:05}}   Reaction: {{10:40}}
        Signs: temp 38.9 (baseline 36.8), {{rigors}}, HR 118, BP stable. No {{SOB}}.
        Action: transfusion stopped, {{IV access}} kept, {{FY2}} Dr [[name:Farah Qureshi]] reviewed,
        {{paracetamol}} given. Bag and {{giving set}} returned to lab with post-transfusion samples.
        {{DAT}} negative, repeat group and crossmatch compatible. Likely
        {{febrile non-haemolytic transfusion reaction}}. Reported to {{SHOT}}/{{SABRE}}, ref
        [[case_reference:SB-2024-01187]].
        Reported by: [[name:M. Oyelaran-Smith]] ({{Transfusion Practitioner}})
    """)),
    ("health", "near_miss", block("""
        From: [[name:Yan Liu]] <[[email:yan.liu3@northmoor.nhs.uk]]>
        To: {{Portering Supervisors}}; {{Transfusion Practitioners}}
        Date: [[date:04 March 2024]] 09:31
        Subject: Near miss - blood carried in non-validated box (Ref [[case_reference:NGH-IR-90177]])

        Morning both,
        Last night ([[date:03/03]]) at approx 21:50 a {{porter}} collected 2 units of {{red cells}} from the
        lab fridge for [[organisation:Harlow Ward]] and put them in a {{green sample box}} rather than the
        red {{validated transport box}}. Our {{BMS}} [[name:Kasia]] noticed as he was leaving and swapped
        them over. Units were only out of controlled storage for ~1 min, so fine to issue.
        He said the red boxes had all gone to {{ITU}} and not come back. We found 4 in the {{ITU}}
        {{sluice}} this morning.
        Could we (1) remind porters about the red box rule at the 08:00 {{huddle}} and (2) ask {{ITU}} to
        return boxes after use? I'll also raise it at the {{HTC}}.
        Thanks,
        [[name:Yan]]
        [[name:Yan Liu]] | {{Blood Transfusion Laboratory Manager}}
        [[organisation:Northmoor General Hospital]] | [[phone:0113 496 0471]]
    """)),
    ("health", "incident", block("""
        [[date:18/01/2024]], 14:02 - [[name:Dave]] Porters: anyone picked up the {{G&S}} bag from [[organisation:Ashcombe Ward]]?? lab saying nothing arrived
        [[date:18/01/2024]], 14:03 - [[name:Kwame]]: not me mate, was in {{ED}} all dinner
        [[date:18/01/2024]], 14:05 - [[name:Roisin O'Shea]]: I took the bag from [[organisation:Ashcombe]] at 12:30 and put it in the {{tube station}} by the lifts, {{station 14}}. Tube was showing ok?
        [[date:18/01/2024]], 14:09 - [[name:Dave]] Porters: {{estates}} say a {{pod}} is stuck between floors since 12:15, 6 pods in there 🙄
        [[date:18/01/2024]], 14:11 - [[name:Roisin O'Shea]]: oh no. one of them was a {{pre-op}} for {{theatres}} tomorrow
        [[date:18/01/2024]], 14:20 - [[name:Dave]] Porters: {{estates}} got them out, 2 samples leaked, lab rejecting them. wards got to {{rebleed}}. {{Datix}} going in. Everyone walk samples til the tube's fixed pls
        [[date:18/01/2024]], 14:21 - [[name:Kwame]]: 👍
    """)),
    ("health", "near_miss", block("""
        LAB HANDOVER   [[date:Sun 14 Jan]]   late -> night
        From: [[name:Chidi]]   To: [[name:Marguerite]]
        - {{Theatres}} {{Mon}}: 6 x {{XM}} done for the {{elective list}}, all in {{issue fridge}}, labelled.
        - ** Antibody pt: Ms [[name:Adaeze Nwachukwu]], hosp no [[case_reference:RX6630914]], {{anti-Kell}} + {{anti-E}}.
          Needs {{antigen-negative}} units, ordered from {{NHSBT}}, due 02:00 on the {{blood van}}.
          Do NOT give emergency {{O neg}} unless {{MHP}} - they are not {{K neg}}!
        - NEAR MISS this shift: ward rang for "2 units for [[name:Nwachukwu]]" at 19:00 and the new {{BMS}}
          ([[name:Tobias]]) nearly issued from general stock - the {{LIMS}} antibody flag only pops up at
          the sample screen, not at issue. He caught it checking the {{crossmatch}} report. No units left
          the lab. Logged [[case_reference:NGH-IR-91020]].
        - {{IT}} ticket raised to get the flag on the issue screen too.
        - {{Platelet}} stock: 2 A neg, 1 O pos. {{Cryo}} ok.
    """)),
    ("health", "success", block("""
        [[organisation:Northmoor General Hospital]] - {{Hospital Transfusion Team}}
        Minutes, [[date:8 February 2024]], {{Seminar Room 2}}
        Attendees: Dr [[name:Rajesh Venkataraman]] ({{Consultant Haematologist}}, {{chair}}), [[name:Yan Liu]] ({{Lab Manager}}),
        [[name:Maxine Oyelaran-Smith]] ({{TP}}), [[name:Kasia Wróbel]] ({{BMS}}), [[name:Stan Hughes]] ({{Portering Supervisor}}),
        [[name:Joy Bartholomew]] ({{Matron}}, {{ED}})
        Apologies: Dr [[name:Felicity Amankwah-Boateng]], [[name:Pat Corrigan]] ({{Risk}})

        3. Good news - {{WBIT}}
        Zero {{WBIT}} incidents this quarter (vs 5 in the same quarter last year). [[name:Maxine]] presented:
        bedside label printing rolled out to all adult wards in {{October}}, and porters now refuse any
        {{G&S}} sample with a handwritten label. [[name:Stan]] reported porters returned 11 samples to wards
        with a reason card - no complaints. {{Chair}} thanked the portering team; certificate to go to
        [[name:Stan]]'s team.
        Actions: {{TP}} to present at the regional {{RTC}}; [[name:Kasia]] to update the labelling {{SOP}}.
    """)),
    ("health", "incident", block("""
        Cold chain returns log - week ending [[date:10/03/24]] (lab copy)
        Unit no            | Comp | Ward                          | Out   | Back  | Mins | Outcome
        [[case_reference:G071 624 118 305 L]] | {{RBC}}  | [[organisation:Ashcombe Ward]] | 09:12 | 09:31 | 19   | restocked
        [[case_reference:G071 624 220 871 W]] | {{RBC}}  | [[organisation:Harlow Ward]]   | 13:40 | 14:55 | 75   | DISCARDED
        [[case_reference:G071 624 220 874 P]] | {{RBC}}  | [[organisation:Harlow Ward]]   | 13:40 | 14:55 | 75   | DISCARDED
        [[case_reference:G071 623 998 012 F]] | {{FFP}}  | {{ITU}}                        | 18:05 | 18:20 | 15   | restocked
        Comment ([[name:KW]]): 2 units for Mr [[name:Bashir]] on [[organisation:Harlow]] collected by {{porter}},
        then left on the {{nurses' station}} because the pt had gone to {{CT}}. Returned 75 min later - outside
        the {{30 min rule}} and not in a {{cool box}}, so wasted. Incident logged [[case_reference:NGH-IR-90388]].
        Ward reminded: only collect when pt is ready & {{cannulated}}.
    """)),
    ("health", "incident", block("""
        {{MHP}} timeline - {{ED}} {{Resus}} - [[date:Sat 9 Dec]]
        21:32 {{Unknown male}} (ED ID [[case_reference:ED-UNK-4417]], approx [[age:30s]]) arrives via {{HEMS}} after {{RTC}}. {{Hypotensive}}.
        21:34 {{MHP}} activated by {{ED consultant}} Dr [[name:Sørensen]]. {{Switchboard}} calls lab + porters.
        21:36 2 x {{O neg}} from the {{ED}} {{emergency fridge}} given.
        21:41 Pack 1 requested. {{Porter}} ([[name:Terry]]) at lab 21:44, no sample yet - pack 1 issued as group O + AB {{FFP}}.
        21:49 {{G&S}} sample arrives labelled "{{Unknown Male}}" with a DIFFERENT ED number ([[case_reference:ED-UNK-4418]]) from the {{wristband}}. Lab rejects.
        21:53 Resample taken, correct ID.
        22:20 Group A RhD pos confirmed, {{group-specific}} pack 2 sent.
        22:48 Pt to {{theatre}}. {{Stand-down}} 00:15.
        Issue: two unknown-patient numbers generated by {{ED reception}} for the same pt (registered twice).
        Delayed {{group-specific}} blood ~30 min. Ref [[case_reference:NGH-IR-89204]]. Reviewer: [[name:J. Bartholomew]].
    """)),
    ("health", "success", block("""
        From: Dr [[name:Helena Marchetti]]
        To: {{Blood Transfusion Lab}}
        Subject: thank you - Sat night

        Dear all,
        I wanted to say thank you to the lab team, and in particular to [[name:Marguerite]], who was the
        {{BMS on call}} on {{Saturday}} night ([[date:16 Dec]]) when we had the {{postpartum haemorrhage}} on
        {{Delivery Suite}}. She rang me back within 2 minutes of the {{MHP}} call, talked me through the
        {{fibrinogen}} as soon as the {{Clauss}} came off the {{analyser}} and had the {{cryo}} thawed before we
        asked for it. Our patient (Mrs [[name:K]], [[age:34]]) is home with her baby.
        Please pass this to your manager, [[name:Yan]], for [[name:Marguerite]]'s {{appraisal}}.
        Best wishes
        [[name:Helena]]
        Dr [[name:Helena Marchetti]], {{Consultant Obstetrician}}
        [[organisation:Rosewood Maternity Unit]], [[organisation:Northmoor General Hospital]]
    """)),
    ("health", "near_miss", block("""
        [Teams chat: {{Blood Bank}} / Porters]
        [[name:Kasia Wróbel]]  10:14
        Hi @[[name:Ade]] Porters, sample just in from {{AMU}} {{bay 3}}, handwritten label, surname spelled
        "[[name:Mcdonald]]" but request form says "[[name:MacDonald]]", DOB matches. We can't accept it. Can
        you let the ward know?
        [[name:Ade Fashola]]  10:16
        {{Will}} do. The nurse said it's urgent, pt bleeding from {{GI}}, they want 2 units
        [[name:Kasia Wróbel]]  10:17
        Understood. If it's urgent they can have {{O neg}} emergency units but we need a correctly labelled
        sample ASAP. Mismatched sample = potential {{WBIT}}, we're not risking it
        [[name:Ade Fashola]]  10:31
        New sample on way, printed label this time. Nurse (Sister [[name:Hope]]) says thanks for catching it 👍
        [[name:Kasia Wróbel]]  10:45
        Grouped, {{XM}} in progress. Logged as near miss [[case_reference:NGH-IR-91344]]
    """)),
    ("health", "incident", prose("""
        hi, writing this myself as asked by [[name:Stan]]. [[date:weds 17th]] around {{4pm}} i took
        {{platelets}} up to {{Ward 9}} for a pt ({{haem-onc}}). nurse was busy w another pt so i put the bag in
        the {{blood fridge}} on the ward bc i thought all blood goes in the fridge. didnt know platelets
        have to stay at {{room temp}} and keep moving (agitated?). nurse found them 40 mins later, rang
        lab, [[name:Chidi]] said they cant be used now & had to go back + be discarded. pt had to wait
        another 2 hrs for a new bag from {{NHSBT}}. no harm to pt but platelets are expensive + short.
        sorry. i was never told this in my {{induction}}, only the {{red box}} rule. could the
        {{platelet}} box have a big sticker saying DO NOT FRIDGE. [[name:lukasz]] ({{porter}}, started 4 wks
        ago)
    """)),
    ("health", "near_miss", block("""
        Phone call transcript (recorded lab line) - [[date:01/02/24]] 03:12
        Caller: Hi it's [[name:Sam]], {{staff nurse}} on [[organisation:Fernhill Ward]], I need {{O neg}} for {{bed 12}}, her {{Hb}} has dropped to 61
        {{BMS}} ([[name:Tariq]]): OK, do we have a sample? What's the patient's name and hospital number?
        Caller: [[name:Edith Rawnsley]], [[case_reference:RX3308127]]
        [[name:Tariq]]: I have an [[name:Edith Rawlinson]] on [[organisation:Fernhill]], [[case_reference:RX3308172]], grouped yesterday. Can you read the number off the {{wristband}} please, not the {{notes}}?
        Caller: ... sorry, [[case_reference:RX3308127]]. [[name:Rawnsley]]. She came in tonight, there's no sample yet.
        [[name:Tariq]]: OK so no sample on the system for Mrs [[name:Rawnsley]]. Is she bleeding actively?
        Caller: No, just low {{Hb}}, stable {{obs}}.
        [[name:Tariq]]: Then it's not emergency {{O neg}}. Please take a {{G&S}} now and we'll crossmatch as soon as it's here, about 45 mins.
        Note ([[name:T. Nasser]]): nurse was about to collect units for the wrong [[name:Edith]] - similar names, same ward. Near miss logged [[case_reference:NGH-IR-91677]].
    """)),
    ("health", "success", prose("""
        Good catch report. On [[date:29 April 2024]] at about {{11:00}}, {{porter}}
        [[name:Kwabena Asante]] was collecting {{sample bags}} from the {{Emergency Assessment Unit}} and
        noticed a {{G&S}} tube lying on the {{nurses' station}} with no label at all, next to a
        {{request form}} for Mr [[name:Gideon Fairweather-Lowe]]. Rather than label it or take it,
        [[name:Kwabena]] asked the {{nurse in charge}}, who found the sample had been taken by a
        {{student nurse}} and left to be labelled "later". Because there is no way to prove whose blood
        is in an unlabelled tube, it was discarded and a new sample taken and labelled at the bedside.
        [[name:Kwabena]]'s actions followed our {{zero tolerance}} labelling policy exactly, and it is not
        a porter's job to spot this - he did it anyway. The {{Transfusion Practitioner}} now uses this
        as an example in {{mandatory training}}, and the student's {{practice educator}} has been told so
        it can be used for supportive learning. Nominated for the [[organisation:Northmoor]] Stars award.
    """)),
    ("health", "near_miss", block("""
        From: [[name:Maxine Oyelaran-Smith]] <[[email:maxine.oyelaran-smith@northmoor.nhs.uk]]>
        To: [[email:haem-day-unit@northmoor.nhs.uk]]
        Cc: [[name:Yan Liu]]
        Sent: [[date:Tue 23 January 2024]] 15:40
        Subject: NEAR MISS - irradiated requirement not flagged (pt [[nhs_number:612 884 3050]])

        Hi all,
        Mr [[name:Desmond Achterberg]] (NHS [[nhs_number:612 884 3050]], DOB [[date_of_birth:02/12/1958]])
        started {{bendamustine}} in {{December}} so needs {{irradiated}} components for life ({{BSH}}
        guidance). The {{haematology consultant}} gave him an {{alert card}} but the {{special requirement}}
        was never sent to the lab. Today a non-irradiated unit of {{red cells}} was crossmatched for him.
        {{BMS}} [[name:Kasia]] spotted "bendamustine" in the clinical details on the request and held the unit.
        Please can the {{day unit}} use the electronic special requirements form for every new
        {{purine analogue}} / bendamustine start, and give the patient a card.
        Many thanks
        [[name:Maxine]]
        {{Transfusion Practitioner}} | [[phone:07700 900733]]
    """)),
    ("health", "success", block("""
        Transfusion {{Q1}} audit - traceability (fate of unit) - GOOD NEWS
        Area                                   | Issued | Fate confirmed | %
        [[organisation:Ashcombe Ward]]          | 142    | 142            | 100
        [[organisation:Harlow Ward]]            | 97     | 97             | 100
        {{ITU}}                                 | 210    | 209            | 99.5
        [[organisation:Rosewood Maternity Unit]] | 38     | 38             | 100
        {{ED}}                                  | 61     | 61             | 100
        Overall 99.8% vs 96.1% last year - our best ever and the closest yet to the 100% required
        under {{BSQR}}. The one missing fate ({{ITU}}) was chased and confirmed transfused on day 3.
        What worked: {{BloodTrack}} scanning at the bedside, porters scanning every unit at handover
        to the ward, and [[name:Joy B]] ({{Matron}}) chasing {{ITU}} every morning. Thank you
        [[name:Joy]], and thanks to the porters - [[name:Stan]]'s team have made this happen.
        To go to the {{MHRA}} compliance file. - [[name:Yan]]
    """)),
    # ------------------------------------------------------------------ aviation (16)
    ("aviation", "incident", prose("""
        b/shift [[date:wed 6/3]] - spraying {{topcoat}} on [[aircraft_registration:G-SKRV]] ({{A320}}, new
        [[organisation:Skyrova]] livery) in {{Bay 2}}. [[name:deano]]'s {{airline hood}} hose came off the
        {{manifold}} at the {{quick coupling}} while he was up on the {{scissor lift}}. he held his breath,
        came straight down & out of the {{booth}}, took about 20 secs. topcoat is {{isocyanate}} based so
        could of been bad. he says no symptoms, sent to {{OH}} anyway for a check. coupling looked worn,
        tagged {{u/s}} & swapped. ALL couplings need checking its the 2nd one this month. [[name:Mo]]
        stopped spraying till done. - [[name:Kev H]] ({{paint lead}})
    """)),
    ("aviation", "near_miss", block("""
        RT transcript extract - tow of [[aircraft_registration:G-OPFN]] from {{Hangar 3}} to {{Stand 41}} - [[date:14/11/23]] (supplied by {{ATC}} on request)
        {{TUG}}: [[organisation:Fenmouth]] {{Ground}}, [[organisation:Corvane]] tug 2, request tow [[aircraft_registration:G-OPFN]] from Hangar 3 to stand 41 via {{Kilo}}.
        {{GND}}: [[organisation:Corvane]] tug 2, {{Ground}}, tow approved via {{Kilo}}, hold short of {{Alpha}}.
        {{TUG}}: Tow via Kilo, hold short Alpha, [[organisation:Corvane]] tug 2.
        [...]
        {{GND}}: [[organisation:Corvane]] tug 2, STOP IMMEDIATELY, STOP.
        {{TUG}}: Stopping, tug 2.
        {{GND}}: Tug 2, you are past the {{Alpha}} hold, [[flight_number:Celtair 4KZ]] is taxiing on Alpha behind you.
        {{TUG}}: Apologies, {{wing walker}} was on the left and we lost sight of the hold sign behind the {{engine cowl}}.
        Narrative ({{tug driver}}, [[name:Benedikt Schröder]]): aircraft stopped approx 10 m past the
        {{holding point}}. [[organisation:Celtair]] flight [[flight_number:CT 4412]] ([[flight_number:Celtair 4KZ]])
        stopped with good separation. {{MOR}} raised, ref [[case_reference:CAT-SR-2311-064]].
        Proposal: second {{wing walker}} on the right side for night tows.
    """)),
    ("aviation", "success", block("""
        ⭐ SAFETY STAR OF THE MONTH ⭐ - {{Interiors}}
        Nominee: [[name:Gráinne]] "[[name:G]]" [[name:Mac Giolla Phádraig]] ({{Trimmer}}, {{B shift}})
        Nominated by: [[name:Faisal]] ({{Interiors Supervisor}})
        While fitting new {{seat dress covers}} on [[aircraft_registration:EI-FKQ]] for [[organisation:Aurelian Air]],
        [[name:G]] noticed the leather in the third batch felt thinner and the {{burn cert}} in the pack was
        for a different part number (fabric, not leather). She stopped fitting, quarantined the 48
        covers and told {{QA}}. The supplier ([[organisation:Loomcraft Interiors Ltd]]) confirmed they had
        packed the wrong cert and that batch had never been burn tested. Covers from a tested batch were
        fitted and the aircraft still went out on time. Had we fitted them, the {{CRS}} would have been
        signed with non-compliant covers ({{CS 25.853}} {{flammability}}). Brilliant attention to detail -
        thank you [[name:G]]!
    """)),
    ("aviation", "incident", block("""
        ACCIDENT / INJURY REPORT - [[organisation:Corvane Aero Technics]]
        Injured person: [[name:Tomasz Grabowski-Lee]]
        DOB: [[date_of_birth:19/05/1996]]
        Employee no: [[case_reference:CAT-E-20417]]
        Home address: [[address:41 Saltings Way, Fenmouth]] [[postcode:FM3 6TQ]]
        NI no: [[ni_number:JT 48 22 91 C]]
        Job: {{Trimmer}} / {{Upholsterer}}
        Date & time: [[date:28/09/2023]] 13:25
        Location: {{Interiors workshop}}, {{cutting table 2}}
        What happened: cutting carpet for [[aircraft_registration:G-LRWX]] ({{B737-800}}) with a
        {{straight-blade knife}} instead of the {{safety knife}}, which he said was blunt. Knife slipped,
        cut to left palm approx 3 cm. {{First aider}} [[name:Chioma]] applied a dressing; sent to {{A&E}} at
        [[organisation:Fenmouth General]] by taxi, 4 stitches. {{Cut-resistant gloves}} not worn.
        {{RIDDOR}}: No (not over-7-day)
        Investigator: [[name:R. Ahluwalia]], {{Workshop Supervisor}}
        Actions: blunt safety knives replaced, blade change log started, gloves mandatory at cutting table.
    """)),
    ("aviation", "near_miss", block("""
        From: [[name:Hollie Vasquez-Oduya]] <[[email:h.vasquez-oduya@corvane-aero.co.uk]]>
        To: {{Interiors Team B}}; {{Quality}}
        Date: [[date:12 June 2024]] 18:05
        Subject: Near miss - seat rows 12-18 at wrong pitch, [[aircraft_registration:G-CVTA]]

        Hi all,
        Flagging a near miss from today's shift on [[aircraft_registration:G-CVTA]] ({{A321neo}},
        [[organisation:Skyrova]] reconfiguration). Rows 12-18 {{RH}} were installed at 30" pitch per the old
        {{LOPA}} ({{rev C}}). The customer's {{work pack}} called for {{rev D}}, 29" pitch from row 12 to make
        room for the extra row. Found by {{B1}} inspector [[name:Anand]] during the {{independent check}}
        before {{CRS}} when the {{exit row}} spacing measured short. All 7 rows removed, refitted,
        re-torqued and re-inspected. Nothing left the {{hangar}}.
        Cause: the rev C LOPA was still pinned on the {{seat-fitting board}}. Both revs look almost identical.
        Action: old revs binned at work pack issue; {{Quality}} to add LOPA rev to the {{task card}} header.
        Regards,
        [[name:Hollie]]
        {{Interiors Team Leader}}, [[organisation:Corvane Aero Technics]]
        [[phone:01632 960158]]
    """)),
    ("aviation", "incident", block("""
        [[date:02/02/2024]], 06:41 - [[name:Sunny]] Paints: Lads who moved the {{cherry picker}}? its parked in the {{hangar door track}} on {{Hangar 3}}
        [[date:02/02/2024]], 06:43 - [[name:Marcin K]]: not me
        [[date:02/02/2024]], 06:52 - [[name:Lee]] Night Shift: sorry that was me, needed it to get to the {{fin}} on [[aircraft_registration:9H-ARX]] last night, must of left it there
        [[date:02/02/2024]], 06:58 - [[name:Sunny]] Paints: well the door's been closed on it by the early guys, bent the {{basket guard rail}} + {{door panel}} dented. nobody hurt thank god
        [[date:02/02/2024]], 07:05 - [[name:Ros]] ({{H&S}}): Don't move anything. Photos pls. I'm logging it as an incident, ref [[case_reference:HS-0224-011]]. Door stays open until {{engineering}} check the {{drive}}
        [[date:02/02/2024]], 07:06 - [[name:Marcin K]]: 👍
        [[date:02/02/2024]], 07:09 - [[name:Lee]] Night Shift: my fault, I'll do a statement when I'm back in tonight
    """)),
    ("aviation", "near_miss", block("""
        PAINT SHOP HANDOVER - nights to days - [[date:Thu 18 Apr]]
        Aircraft: [[aircraft_registration:G-SKRV]] ({{A320}}, [[organisation:Skyrova]]) in {{Bay 2}}, day 6 of 9
        Done: 2nd coat white, base colour tail. Masking removed from windows.
        !!! NEAR MISS: the {{static port covers}} on the {{LH}} side had been pulled off with the
        {{masking paper}} by the {{stripping team}} yesterday, and the area was then re-masked with tape
        straight over the ports. The covers (red flags, "{{REMOVE BEFORE FLIGHT}}") were found in the bin.
        Ports not damaged - cleaned and inspected by {{B1}} on nights ([[name:Olamide]]) - but if tape had been
        left on after paint the aircraft could have gone out with blocked {{static ports}} (bad airspeed /
        altitude). New covers fitted + flags now logged on the {{masking control sheet}}.
        Still to do: {{clearcoat}}, {{decals}}, {{pitot/static leak check}} before release.
        Handed over by: [[name:Kev H]]   Received by: [[name:Agnieszka]]
    """)),
    ("aviation", "success", block("""
        [[organisation:Corvane Aero Technics]] - Paint & Interiors Safety Review
        Date: [[date:5 March 2024]]   Location: {{Hangar 3 mezzanine}}
        Attendance: [[name:Rupinder Ahluwalia]] ({{chair}}), [[name:Kevin Hargreaves]] ({{Paint Lead}}),
        [[name:Hollie Vasquez-Oduya]] ({{Interiors TL}}), [[name:Rosalind]] "[[name:Ros]]" [[name:Featherstone]] ({{H&S}}),
        [[name:Olamide Bankole-Ade]] ({{B1}}), [[name:Sunny Dhaliwal]] ({{Painter}}, rep)
        Apologies: [[name:Faisal Qasim]], [[name:Mark Ellery]] ({{Quality}})

        Item 2 - Isocyanate exposure - success
        {{Biological monitoring}} ({{urine HDI}}) for all 14 painters this quarter: all results below the
        {{guidance value}}, the first time since monitoring began. Credited to the new {{airline-fed hoods}},
        replacement couplings after the {{Feb}} hose incident, and painters staying in the booth until
        the {{20 min purge}} ends. [[name:Sunny]] said painters checking each other's hood seals made the
        biggest difference.
        Action: share at the {{HSE}} inspector visit; [[name:Ros]] to update the {{COSHH assessment}}.
    """)),
    ("aviation", "incident", block("""
        FLAMMABILITY TEST RESULTS - batch receipt - [[date:20/08/2024]] - lab tech: [[name:P. Okafor]]
        Material              | Test             | Burn length | After-flame | Result
        Carpet, grey loop     | {{12s vertical}} | 152 mm      | 0 s         | {{PASS}}
        Seat foam cushion     | {{oil burner}}   | wt loss 8%  | -           | {{PASS}}
        Sidewall panel fabric | {{60s vertical}} | 203 mm      | 18 s        | {{FAIL}}
        Curtain, divider      | {{12s vertical}} | 110 mm      | 2 s         | {{PASS}}
        Notes: sidewall fabric (supplier [[organisation:Brennock Textiles]], for [[organisation:Aurelian Air]]
        [[aircraft_registration:EI-FKQ]]) failed - {{after-flame}} limit 15 s. Problem: 6 panels from this batch
        had ALREADY been fitted on [[aircraft_registration:EI-FKQ]] by the {{interiors team}} on nights before
        the result was out, because the "{{awaiting test}}" label had come off the roll. Panels removed;
        aircraft not released. Incident logged [[case_reference:QA-IR-2408-19]].
    """)),
    ("aviation", "incident", block("""
        Chronology - [[aircraft_registration:G-LRWX]] arrival for {{strip & repaint}} - [[date:Mon 8 Jan]]
        10:52 [[aircraft_registration:G-LRWX]] lands at [[organisation:Fenmouth]] as {{ferry flight}} [[flight_number:AUR 902P]] from [[organisation:Aurelian Air]] base, crew of 2.
        11:30 Towed to {{Hangar 3}} {{Bay 1}}. Fuel state checked, aircraft {{grounded and earthed}}.
        13:00 {{Stripping team}} (lead: [[name:Yusuf Demir]]) start applying {{benzyl alcohol}} stripper to the {{fuselage}}.
        14:20 {{Drain cover}} in {{Bay 1}} found NOT fitted - stripper + paint sludge running to the floor drain, which goes to the {{interceptor}}.
        14:25 Stripping stopped. {{Spill kit}} deployed by [[name:Hamza]] and [[name:Nadia]]. Drain bunged.
        14:50 {{Environment manager}} ([[name:Corinne Aubert]]) informed; interceptor checked - contained, nothing to {{surface water}}.
        16:00 Stripping resumed with {{drain mat}} fitted and bunded.
        Cause: drain mat lifted by {{night cleaners}} for jet-washing and not replaced. No handover note.
        Ref [[case_reference:ENV-0108-02]]. Reported by: [[name:Y. Demir]].
    """)),
    ("aviation", "success", prose("""
        Note pinned on the {{crew room}} board, copied here as a learning report: "To the night
        {{trimmers}} - [[name:Joy]], [[name:Wojtek]], [[name:Amber]] and [[name:Ferdi]]. Thank you for turning
        round the full cabin refresh on [[aircraft_registration:G-OPFN]] in 3 nights when the {{carpet}}
        delivery was 2 days late. You still did every {{seat belt}} {{torque check}}, refitted 174
        {{seat dress covers}}, logged every {{burn cert}} against the {{LOPA}} and had the cabin ready for
        the {{Quality}} inspection at 06:00 on [[date:Friday 22nd]]. [[organisation:Celtair]] told our
        {{Ops manager}}, Ms [[name:Ferreira]], it's the best cabin they've had back from any {{MRO}}. No
        shortcuts, no findings. Pizza is on me next week. - [[name:Hollie]]"
    """)),
    ("aviation", "near_miss", block("""
        [Teams] [[organisation:Corvane]] Paint Shop
        [[name:Agnieszka Wiśniewska]]  15:22
        Near miss on the {{tail dock}} in {{Bay 2}} just now. [[name:Kacper]] was sanding the {{fin}} on {{level 3}}
        and his {{lanyard}} wasn't clipped to the {{overhead rail}} - he'd unclipped to get past the
        {{handrail}} gap and forgot to re-clip. I called him down.
        [[name:Rupinder Ahluwalia]]  15:30
        Thanks [[name:Aga]]. Is he ok? Which dock?
        [[name:Agnieszka Wiśniewska]]  15:31
        He's fine, a bit shaken. {{Dock T2}}. The gap is where the dock was adjusted for the {{ATR}} last
        week and the handrail section was never put back.
        [[name:Rupinder Ahluwalia]]  15:36
        OK {{Dock T2}} out of use until the rail is refitted + inspected. [[name:Ros]] will log it ({{H&S}} ref
        [[case_reference:HS-0424-027]]). {{Toolbox talk}} tomorrow 07:00 on {{100% tie-off}}.
        [[name:Kacper Nowicki]]  15:58
        Sorry, my mistake. Agree with the toolbox talk.
    """)),
    ("aviation", "incident", prose("""
        {{MOR}} summary (internal ref [[case_reference:CAT-MOR-2024-0033]], also reported to the {{CAA}}
        through the {{ECCAIRS}} portal). On [[date:17 July 2024]] [[aircraft_registration:G-CVTA]]
        ({{A321neo}}) was released to [[organisation:Skyrova]] after a cabin reconfiguration at
        [[organisation:Corvane Aero Technics]]. On the first sector the next day, flight
        [[flight_number:SKV 2218]], the {{cabin crew}} reported that a {{triple seat}} at row 22 moved when a
        passenger leant on it. The operator's engineers found the rear {{seat track}} fittings on the
        left leg were not locked (plungers not engaged). The seat was fitted by {{trimmer}}
        [[name:Liam]] near the end of a night shift and finished by the day shift. The
        {{independent inspection}} stamp was on the {{task card}}, but the inspector, Mr [[name:Oduya]],
        told us he checked the front fittings only because the card did not split front and rear
        legs. Contributing factors: {{handover}} mid-task, time pressure for the {{CRS}}, task card
        design. Actions: {{Human Factors}} review, task card now lists each fitting, and a {{pull test}} on
        every leg before the {{dual inspection}}. No injuries.
    """)),
    ("aviation", "near_miss", block("""
        #paint-shop-safety
        @[[name:sunny.d]]  09:12
        near miss in the {{mix room}} this morning. {{2-pack primer}} mixed at 07:40 for [[aircraft_registration:G-LRWX]]
        but spraying didnt start till 09:00 cos the {{tug}} was late bringing the {{a/c}} into {{bay 1}}. {{pot life}} on
        the {{TDS}} is 60 min at 20°C. @[[name:mo.ibrahim]] nearly sprayed it anyway - it was going gel-y,
        would have given bad adhesion + the pot was warm ({{exotherm}}). we binned it in {{solvent waste}}.
        @[[name:kev.h]]  09:20
        good call. mix to spray not to schedule pls, I'll tell the mix room. Was the batch logged?
        @[[name:mo.ibrahim]]  09:26
        yes logged and written off. sorry guys, I was rushing
        @[[name:kev.h]]  09:31
        no blame, thats why we have a {{TDS}}. Adding a "time mixed" box to the pot label from {{Monday}}
    """)),
    ("aviation", "success", prose("""
        Learning report - good practice. Since [[date:January 2024]] the paint shop has used a
        {{sensor masking checklist}}. Over the 12 aircraft painted since then, including
        [[aircraft_registration:G-SKRV]] and [[aircraft_registration:9H-ARX]], there have been zero findings at
        {{pre-release inspection}} for paint or tape on {{pitot probes}}, {{static ports}}, {{AoA vanes}} or
        {{TAT probes}}, against five findings the year before. The checklist was designed by painter
        [[name:Bogdan Ilie]] and {{B1}} engineer [[name:Olamide]] after the near miss on
        [[aircraft_registration:G-SKRV]]. Each sensor gets a numbered {{red flag}} cover that is logged on and
        logged off, and the {{CRS}} cannot be signed until the count matches. [[name:Kevin Hargreaves]]
        ({{Paint Lead}}) says painters first saw it as extra paperwork, but [[name:Bogdan]]'s idea of
        printing the checklist on a laminated aircraft silhouette at each bay made it quick.
        [[organisation:Skyrova]]'s quality team have asked for a copy. Recommend it is adopted across
        {{Base Maintenance}}.
    """)),
    ("aviation", "success", block("""
        Hangar radio ({{channel 4}}) - tow-in of [[aircraft_registration:EI-FKQ]] ({{ATR 72-600}}) to {{Hangar 3}} - [[date:30/10/24]] - recorded for training, used with permission
        {{TUG}} ([[name:Benny]]): Tug to walkers, starting tow-in, walking pace.
        {{LEFT WALKER}} ([[name:Hope]]): Left clear.
        {{RIGHT WALKER}} ([[name:Zoltán]]): Right clear.
        {{BRAKES}} ([[name:Grace]]): Brakes ready.
        ...
        {{RIGHT WALKER}}: STOP STOP STOP.
        {{TUG}}: Stopped.
        {{RIGHT WALKER}}: Right {{wingtip}} 2 metres from the {{mobile scaffold}} by the {{paint store}}, it's been left out. Needs moving.
        {{TUG}}: Copy, holding.
        [scaffold moved by [[name:Will]] and [[name:Patrick]]]
        {{RIGHT WALKER}}: Right clear now, 5 metres.
        {{TUG}}: Continuing.
        {{BRAKES}}: Set. {{Chocks}} in.
        Supervisor's note: textbook use of STOP by [[name:Zoltán]] - exactly what the {{wing walker briefing}}
        asks for. Scaffold now has a parking bay painted outside the tow line.
    """)),
]

if __name__ == "__main__":
    write_records(OUT, build_records("blind279", REPORTS))
