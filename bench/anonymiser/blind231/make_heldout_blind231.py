"""Held-out blind corpus 231: 50 invented UK incident, near-miss and success reports.

Written blind (without sight of the de-identifier or any other corpus) to measure how well
the de-identifier generalises. Every person, organisation, place and number is invented.

Settings:
- social_care (17): a supported lodgings / host family scheme for 16-17 year olds - hosts,
  placement officers, house rules, rent contributions, independence skills.
- health (17): an orthopaedic theatre suite and day surgery unit - WHO checklist, swab and
  instrument counts, implants, recovery, anaesthetists, ODPs.
- aviation (16): a commercial drone (UAS) operator flying survey and inspection work - remote
  pilots, observers, BVLOS, NOTAMs, landowners, flyaways.

Styles are deliberately mixed: rushed lower-case notes with typos and txt-speak, formal
narratives, timed chronologies, forms with Name/DOB/Ref/Address fields, e-mails with headers
and signatures, chat exports (Teams/WhatsApp/Slack), handover notes, minutes with attendance
and apologies, pipe-separated and aligned tables, radio/RT transcripts, shout-outs and
thank-you notes.

Mark-up: [[label:value]] is an identifier span, {{term}} a must-not-redact mention.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from markup import block, build_records, write_records  # noqa: E402
from markup import flow as prose  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "corpus" / "heldout_blind231.jsonl"

REPORTS = [
    # ------------------------------------------------------------------ social_care (17)
    ("social_care", "incident", prose("""
        visit to host [[name:bev]]'s tonite re [[name:kayden]] ([[age:16]]) - missed {{curfew}} 3rd
        nite running, came in {{1.40am}} smelling of weed. [[name:bev]] v upset, says she cant keep doing
        this. {{house rules}} say 11pm on {{wkdays}}. [[name:kayden]] says he was at a mates on
        [[address:Larchfield Rd]] but wont give a name. rang {{EDT}} at 2am, no answer til 2.30. told
        [[name:bev]] to log it on the {{portal}} + i'll speak to his {{PA}} [[name:tomasz]] tmrw. rent
        contribution also 2 wks behind. no {{CSE}} indicators seen but will flag to {{MASH}} if it
        carries on. - [[name:D. Reyes]] ({{placement officer}}) ref [[case_reference:SL-4471]]
    """)),
    ("social_care", "near_miss", prose("""
        On [[date:14 February]], during a routine unannounced visit to the home of hosts
        [[name:Hope]] and [[name:Errol Baptiste]], I noted that the {{smoke alarm}} on the {{landing}}
        outside the young person's bedroom had no battery fitted. Mrs [[name:Baptiste]] explained it
        had been chirping and her husband had taken the battery out meaning to replace it at the
        {{weekend}}. The young person placed there, [[name:Fatima Noor]] ([[age:17]]), smokes and has
        previously been reminded about the {{house rules}} on smoking indoors. {{No harm}} occurred. A
        new battery was fitted in my presence and both alarms were tested. I have requested a free
        {{Safe and Well visit}} from [[organisation:Westmere Fire and Rescue Service]] and added
        alarm checks to the {{host agreement}} annual review. To be discussed at {{Host Panel}} in
        {{March}}. Reported by [[name:Priya Ramaswamy]], {{Placement Officer}},
        [[organisation:Ashcombe Supported Lodgings]].
    """)),
    ("social_care", "success", prose("""
        {{SHOUT OUT}}!! Massive thanks to our host [[name:Grace Adeyemi-Clarke]] who has gone above and
        beyond with [[name:Daniyal]] this term. [[name:Grace]] spent three {{Saturdays}} teaching him
        to budget on his £60 a week, took him to open his first {{bank account}} and sat with him while
        he rang {{Universal Credit}}. Today he paid his {{rent contribution}} on time by
        {{standing order}} and cooked tea for the whole family (a very spicy {{biryani}}
        apparently!). His {{PA}} [[name:Mo]] says it's the first time [[name:Daniyal]] has talked
        about his future with any confidence. This is exactly what the {{independence skills}}
        programme is meant to look like. Thank you [[name:Grace]] x — [[name:Sunny]]
        ({{team manager}})
    """)),
    ("social_care", "incident", block("""
        MISSING FROM PLACEMENT - INITIAL NOTIFICATION
        Name: [[name:Leon Whitfield-Oduya]]
        DOB: [[date_of_birth:03/08/2007]]
        NI no: [[ni_number:JT 48 29 61 C]]
        Ref: [[case_reference:SLH-23-0918]]
        Placement address: [[address:41 Cobden Terrace, Hartlow]], [[postcode:HW4 2RB]]
        {{Host}}: [[name:Amber Kowalczyk]]
        {{Police}} log no: [[case_reference:PL-230417-0662]]

        Summary: [[name:Leon]] left the house about 6pm on [[date:Sat 15th]] saying he was going to
        the {{corner shop}}. Did not return for {{curfew}} (10pm). Host tried his mobile
        [[phone:07700 914382]] x4, no answer, then reported to {{police}} per the {{missing protocol}}
        and rang {{EDT}} at 23:50. Found by {{police}} at 02:15 at a friend's flat, safe and well.
        [[name:Amber]] reports he had been drinking. Not currently assessed at risk of {{CCE}}.
        {{Return Home Interview}} to be offered within 72 hrs.
    """)),
    ("social_care", "incident", block("""
        From: [[name:Rosa Ferreira]] <[[email:rosa.ferreira@hartlow.gov.uk]]>
        To: {{Supported Lodgings Team}}
        Sent: [[date:Tuesday 7 November]] 09:12
        Subject: Allegation - money missing - [[case_reference:SL-5120]]

        Hi [[name:Nadia]],
        {{Host}} [[name:Pat Drummond]] rang me first thing. She says £80 went missing from her purse in
        the kitchen over the {{weekend}}. The only other people in the house were her {{husband}} and our
        young person [[name:Tyrese]] ([[age:16]]). [[name:Pat]] has not accused him directly but says
        she no longer feels comfortable leaving him alone in the house.
        [[name:Tyrese]] denies it. I've explained to [[name:Pat]] this has to go through the
        {{allegations procedure}} and she must not search his room. I've told the {{IRO}} and will
        update his {{Pathway Plan}}. Can we discuss at {{supervision}} {{today}}?
        Thanks
        [[name:Rosa]]

        [[name:Rosa Ferreira]] | {{Placement Officer}} | [[organisation:Hartlow Borough Council]]
        [[phone:01632 960447]]
    """)),
    ("social_care", "near_miss", block("""
        [{{Teams}} chat - SL Placements]
        [09:41] [[name:Joy Mensah]]: morning. quick one - new hosts [[name:Krzysztof]] + [[name:Ewa Lis]] are due to take [[name:Ruby]] on {{Friday}}
        [09:42] [[name:Joy Mensah]]: just checked the tracker and [[name:K]]'s {{DBS}} expired in {{August}}??
        [09:44] [[name:Bill Okonkwo]]: 😬 that shouldnt have got past {{panel}}
        [09:44] [[name:Bill Okonkwo]]: is he on the {{Update Service}}?
        [09:46] [[name:Joy Mensah]]: signed up in 2019 but never paid the sub. so not valid
        [09:47] [[name:Faith]] ({{Team Manager}}): ok placement does NOT start {{Friday}}. [[name:Joy]] pls ring [[name:Ewa]] and explain, we'll fast-track a renewal. [[name:Ruby]] stays at [[organisation:Oakhanger House]] for now
        [09:49] [[name:Joy Mensah]]: will do. datix ref [[case_reference:NM-0344]]
        [09:50] [[name:Faith]] ({{Team Manager}}): and [[name:Bill]] can you run the whole tracker for anything expiring in the next {{90 days}} pls
    """)),
    ("social_care", "success", block("""
        SUPPORTED LODGINGS - PLACEMENT REVIEW MINUTES
        Date: [[date:22/01/2024]]    Venue: host's home
        Present: [[name:Aleksandra Nowak]] ({{host}}), [[name:Kwame]] ({{young person}}), [[name:Siobhán Ní Bhriain]] ({{Placement Officer}}), [[name:Dev Chauhan]] ({{Personal Adviser}}), [[name:Mark Ellery]] ({{IRO}})
        Apologies: [[name:Hannah Szabo]] ([[organisation:Fernleigh College]])

        1. Progress. [[name:Kwame]] turned [[age:17]] last week. Now does his own laundry, cooks three
        nights a week, pays his £40 {{service charge}} on time and has finished the {{ASDAN}}
        independence module. College attendance 96%.
        2. Moving on. Option to stay on with host after 18 ({{Staying Close}}) - [[name:Siobhán]] to
        raise with {{Head of Service}}; [[name:Dev]] to update {{Pathway Plan}}.
        3. [[name:Mark]] noted this is the most settled [[name:Kwame]] has been in four placements.
        Learning: the shared weekly menu plan worked really well - share at {{host support group}}.
    """)),
    ("social_care", "incident", block("""
        Chronology - self-harm at placement - [[case_reference:SL-4893]]
        YP: [[name:Isla]] ([[age:16]])   Host: [[name:Will Tanaka-Brooks]]

        [[date:Sun 3 March]]
        19:05 Host heard crying from bathroom, door locked. [[name:Isla]] opened door after 5 mins. Superficial cuts to forearm.
        19:20 Host gave {{first aid}}, rang {{NHS 111}}, advised to attend {{A&E}}.
        19:55 [[name:Will]] drove [[name:Isla]] to [[organisation:St Aldric's Hospital]].
        21:40 Seen by {{CAMHS}} {{liaison nurse}}, not admitted. {{Safety plan}} agreed.
        22:30 Home. Host removed razors and {{paracetamol}} from bathroom per advice.
        [[date:Mon 4 March]]
        09:10 {{Placement Officer}} [[name:Yusuf]] spoke to host and {{social worker}} Ms [[name:Deng]].
        10:00 {{MASH}} advised {{strategy discussion}} not required.
        Learning: host had not done {{self-harm awareness}} training - booked for [[date:12 March]].
    """)),
    ("social_care", "near_miss", block("""
        [[date:18/10/2023]], 20:14 - [[name:Carol Hendry]]: Hi [[name:Imran]] sorry to msg late. our [[name:Jake]] is moving back home for a bit after splitting with his {{gf}}. thats ok isnt it? he's [[age:24]]
        [[date:18/10/2023]], 20:31 - [[name:Imran Siddiqui]]: Hi [[name:Carol]] thanks for telling me. any {{adult}} living in the house needs a {{DBS}} and has to go to {{panel}} before he moves in, because [[name:Precious]] is placed with you. when's he coming?
        [[date:18/10/2023]], 20:33 - [[name:Carol Hendry]]: {{tomorrow}} 😬 he's got his stuff in the car already
        [[date:18/10/2023]], 20:36 - [[name:Imran Siddiqui]]: ok. can he stay somewhere else for a few nights while we sort it? I'll ring first thing and get the {{forms}} over. not a criticism, you did the right thing asking
        [[date:18/10/2023]], 20:38 - [[name:Carol Hendry]]: yeah he can go to his {{nan}}'s. sorry didnt realise
        [[date:18/10/2023]], 20:40 - [[name:Imran Siddiqui]]: no worries. I'll log it as a {{near miss}} so we can add it to the {{host handbook}} 👍
    """)),
    ("social_care", "success", block("""
        Independence skills tracker - {{Q3}} review - YP ref [[case_reference:SLH-24-0157]]
        Young person: [[name:Oluwaseun Bakare]] ("[[name:Shay]]")
        {{Host}}: [[name:Rose Llewellyn]]    {{Officer}}: [[name:T. Haddad]]

        Skill             | Start ({{April}}) | Now | Evidence
        Budgeting         | 1 | 4 | keeps own spending diary, savings pots set up
        Cooking           | 2 | 4 | cooks 4 meals/wk, passed {{Food Hygiene Level 2}}
        {{Laundry}}           | 1 | 5 | fully independent
        Tenancy knowledge | 0 | 3 | did {{Tenancy Ready}} course at [[organisation:Brackenford Library]]
        Health            | 2 | 4 | registered herself with [[organisation:Canal Street Surgery]], booked {{dentist}}
        Travel            | 3 | 5 | uses {{16-25 Railcard}} alone

        Comment: huge progress. [[name:Shay]] says [[name:Rose]] "never does it for me, just shows
        me". Ready to move on to a {{semi-independent}} flat at [[age:18]].
    """)),
    ("social_care", "incident", block("""
        {{OOH}} HANDOVER - [[date:Fri 9 Feb]] -> day team
        From: [[name:Gabriel Osei]] ({{EDT}} {{social worker}})

        - 22:40 call from host [[name:Lorraine Quigley]], [[address:7 Bellhouse Lane, Thornbury Vale]].
          {{YP}} [[name:Chloe]] ([[age:17]]) - ex-partner at the door banging and shouting, trying to get in.
        - [[name:Lorraine]] did not open the door, rang {{999}}. {{Police}} attended 22:55, male gone before
          arrival. Log [[case_reference:CAD 2271]].
        - Vehicle seen: silver {{Corsa}} [[vehicle_registration:WX19 KFD]] per [[name:Lorraine]].
        - [[name:Chloe]] shaken but safe. Thinks he found the address through location sharing on her phone.
        - Needs: {{DASH}} risk assessment, consider {{MARAC}} referral, review whether placement
          address is compromised. Host happy to keep [[name:Chloe]] but wants a window alarm.
        - [[name:Chloe]]'s {{SW}} is [[name:Aoife]] - pls ring first thing.
        [[name:Gabe]]
    """)),
    ("social_care", "near_miss", prose("""
        near miss - this {{morn}} i nearly sent the referral pack for [[name:mia]] ([[age:16yo]]) to {{host}}
        [[name:sue kirby]] instead of [[name:sue kirkland]] - autocomplete in {{outlook}} picked the wrong
        [[name:sue]]. pack had her {{DOB}}, school, {{CP}} history, the lot. only noticed cos the
        preview showed [[email:skirby63@btinternet.com]]. hit {{undo send}} inside the 10 secs so it
        never went. have now turned off autocomplete + set {{delay send}} to 2 mins. [[name:jas]]
        says packs shd go via the {{secure portal}} not email anyway which is fair. flagging to
        {{IG}} lead Mr [[name:Opoku]]. no breach as nothing sent but logging for learning.
        [[name:mia]] not told as no impact on her.
    """)),
    ("social_care", "success", prose("""
        I would like to record good practice by host family [[name:Yohannes]] and
        [[name:Selam Tesfaye]] in supporting [[name:Abdirahman]], an {{unaccompanied asylum-seeking
        child}} aged [[age:16]], placed with them on [[date:2 October]]. [[name:Abdirahman]] arrived
        with very little {{English}} and was anxious at night. The hosts arranged for him to go to
        {{Friday}} prayers with a {{neighbour}}, helped him enrol at [[organisation:Kingsreach College]] for
        {{ESOL}}, and kept a simple picture-based {{house rules}} sheet on the fridge. When the
        {{Home Office}} interview letter arrived, [[name:Selam]] contacted his {{solicitor}} at
        [[organisation:Carraway Law]] the same day and went with him. His {{Personal Education Plan}}
        shows 98% attendance, and he told his {{IRO}} that "this house is calm". Learning: early faith
        and community links reduced night-time distress. — [[name:Lucía Ortega-Ruiz]],
        {{Senior Placement Officer}}
    """)),
    ("social_care", "incident", block("""
        From: [[name:Hope Castellano]]
        To: {{SL duty}}; {{Team Manager}}
        Date: [[date:28 Jun 2024]]
        Subject: Room check - bladed item - [[name:Ollie]] - [[case_reference:SL-5388]]

        Hi all,
        During the agreed monthly {{room check}} (which [[name:Ollie]] consented to), host
        [[name:Ray Dempsey]] found a kitchen knife wrapped in a hoodie under [[name:Ollie]]'s bed.
        [[name:Ollie]] ([[age:17]]) said he carries it "for protection" after being threatened near
        [[organisation:Riverside Academy]] {{last month}}. [[name:Ray]] removed the knife and called me.
        I have told the {{allocated social worker}}, referred to the {{Youth Justice Service}}
        prevention team and completed a {{contextual safeguarding}} screening. {{Police}} not called
        as no immediate threat, agreed with {{Team Manager}}. [[name:Ray]] has locked away kitchen
        knives for now. {{Strategy meeting}} [[date:Mon 1 July]].
        [[name:Hope]]
    """)),
    ("social_care", "near_miss", block("""
        {{#sl-host-support}}
        [[name:deepa.v]]  10:02  fyi near miss at [[name:Naomi]]'s yesterday. {{YP}} [[name:Reece]] doing his {{independence skills}} cooking session, left a pan of oil on high when he went upstairs for his charger
        [[name:deepa.v]]  10:03  {{smoke alarm}} went off and [[name:Naomi]]'s daughter turned the hob off. no fire, no injuries 🙏
        [[name:marcus_t]]  10:05  yikes. was [[name:Naomi]] supervising?
        [[name:deepa.v]]  10:06  she was in the {{garden}}, said he'd done chips loads of times. fair tbh
        [[name:marcus_t]]  10:07  might be worth adding "never leave the hob" to the {{cooking checklist}} + a {{fire blanket}} for every host?
        [[name:deepa.v]]  10:09  already ordered one for her. will raise at {{host forum}} {{Thurs}}
        [[name:marcus_t]]  10:09  👍 pls put it on {{case notes}} too
    """)),
    ("social_care", "success", prose("""
        big thank u to [[name:bex]] and [[name:tunde]] on the out of hours rota {{last nite}} 🙌
        [[name:lil]] ({{YP}} at [[name:marg]]'s) got stranded in [[address:Eastgate]] after the {{last bus}},
        phone on 2%. [[name:bex]] stayed on the phone w/ her while [[name:tunde]] drove out and got
        her home by {{12.15}}. [[name:marg]] said she's never felt so supported as a {{host}}. this is why
        the {{on-call}} rota matters. also well done [[name:lil]] for ringing us and not getting in a
        strangers car like {{last time}}. logged as {{good practice}} on the {{learning log}}.
        - [[name:jo]] ({{TM}})
    """)),
    ("social_care", "incident", block("""
        Rent contribution log - {{YP}} [[name:Zainab Hussaini]] - host [[name:Patience Arkwright]]
        Ref [[case_reference:SLH-22-0771]]   {{NI}} [[ni_number:PW 71 03 58 A]]

        Week commencing   Due    Paid   Note
        [[date:05/02/24]]          £45    £45    {{standing order}}
        [[date:12/02/24]]          £45    £0     said {{UC}} late
        [[date:19/02/24]]          £45    £0     no contact
        [[date:26/02/24]]          £45    £10    cash to {{host}}

        Arrears £80. On [[date:27/02/24]] [[name:Zainab]] told [[name:Patience]] she had lent her
        {{Universal Credit}} payment to her boyfriend and he hasn't paid it back. Concern re
        {{financial exploitation}}. Discussed with {{Personal Adviser}}; {{money advice}} referral
        made; {{CSE}} screening tool completed - medium. [[name:Patience]] has agreed not to serve
        {{notice}} while the plan is in place.
    """)),
    # ------------------------------------------------------------------ health (17)
    ("health", "near_miss", prose("""
        During the {{Stop Before You Block}} check on [[date:11 April]] in the {{anaesthetic room}}
        of {{Theatre 3}}, the {{anaesthetist}}, Dr [[name:Kaveh Rostami]], had prepared for a right
        {{adductor canal block}} on a patient listed for a left {{total knee replacement}}. The
        {{ODP}}, [[name:Sunita]], read the arrow on the left leg aloud as the needle was being
        uncapped and the procedure was stopped. No needle had been inserted. The list had been
        re-ordered that morning and the previous patient had been a right {{TKR}}. Consent form,
        wristband and site mark were all correct. The patient was told under {{Duty of Candour}}
        although there was no harm. Learning: any re-ordered list must trigger a fresh
        {{team brief}}, and {{Stop Before You Block}} is done with the {{ODP}} reading the mark.
        Incident ref [[case_reference:W-88214]].
    """)),
    ("health", "incident", block("""
        Timeline - count discrepancy - [[case_reference:DATIX 41177]]
        Pt: Mrs [[name:Eleanor Fairbairn]], [[age:78]], {{#NOF}}, {{hemiarthroplasty}}
        Hosp no [[case_reference:RX4471920]]   NHS [[nhs_number:503 615 8504]]

        14:02 {{Knife to skin}}.
        15:10 First closing count: {{scrub nurse}} [[name:Ji-woo Park]] and {{circulator}} [[name:Tom Farrelly]] - one {{Raytec}} swab short (19/20).
        15:12 Surgeon Mr [[name:Achebe]] informed, wound searched, nothing found.
        15:25 Floor, bins and drapes searched. Not found.
        15:31 {{Image intensifier}} x-ray of hip on table - no radio-opaque object seen.
        15:40 Closed with consultant agreement, documented on {{count sheet}}.
        16:30 Swab found in linen skip in {{recovery}}, stuck to a drape.
        Learning: swabs bagged in fives in the {{swab rack}}; no drapes leave theatre until count reconciled.
    """)),
    ("health", "success", prose("""
        SHOUT OUT 🌟 to [[name:Femi]] ({{ODP}}) on the [[organisation:Hollins Day Surgery Unit]] for
        spotting that the {{anaesthetic machine}} {{leak test}} failed before the {{Thursday}}
        {{morning}} list and swapping to the spare before the first {{patient}} came round. He then stayed
        late to go through the {{machine check}} with our new {{band 5}}s [[name:Agnieszka]] and
        [[name:Ravi]]. {{Calm}}, kind, and never makes anyone feel daft for asking. Thank you
        [[name:Femi]]! – [[name:Gill]] & the {{recovery}} gang
    """)),
    ("health", "near_miss", block("""
        From: [[name:Chidi Eze]]
        To: {{Theatre governance}}
        Subject: Near miss - wrong implant size opened - [[case_reference:IR-2024-3356]]

        On [[date:Wednesday 6 March]], {{list 2}} ({{elective}} hips), during the {{implant check}}
        before opening, the {{scrub practitioner}} [[name:Marisol]] noticed the {{acetabular cup}}
        brought from the {{implant room}} was 52 mm, but the {{templating}} and the surgeon's request
        were for 54 mm. The box had been stocked in the 54 slot on the shelf. Caught before opening,
        so no harm and no waste. Mr [[name:van der Berg]] (consultant) thanked [[name:Marisol]] at
        {{sign out}}.
        Actions: full stock audit of the {{implant room}} with the [[organisation:Orthomedix UK]] rep;
        reinforce reading the size aloud twice at the {{implant check}}.

        Regards
        [[name:Chidi]]
        [[name:Chidi Eze]] | {{Theatre Coordinator}} | Ext [[phone:4471]]
    """)),
    ("health", "incident", block("""
        INCIDENT FORM - {{DAY SURGERY UNIT}}
        Patient name: [[name:Gerald Ashworth]]
        DOB: [[date_of_birth:14.09.1951]]
        NHS No: [[nhs_number:675 946 1916]]
        Hosp No: [[case_reference:K0922871]]
        Address: [[address:Flat 3, 18 Wendover Road, Calder Moss]], [[postcode:CM6 9TL]]
        Date/time: [[date:02/05/2024]] 15:20
        Location: {{Stage 2 recovery}}, bay B
        Description: Pt had a {{spinal anaesthetic}} for L {{knee arthroscopy}}. Stood up to go to
        the toilet unaided before the {{motor block}} had fully worn off, leg gave way and he fell
        onto his R side. Seen by {{anaesthetist}} Dr [[name:O'Sullivan]]: no head injury, {{obs}}
        stable, small abrasion R elbow. Kept in overnight for observation. {{Son}} [[name:Darren]] informed.
        Harm: {{low}}
        Reporter: [[name:L. Mbeki]], {{RN}}
    """)),
    ("health", "incident", block("""
        [[date:19/06/24]] {{Theatre 1}} - suspected {{anaphylaxis}} - ref [[case_reference:INC-77301]]
        08:52 Pt [[name:Bushra Qureshi]] ([[age:44]]) {{induction}}: {{propofol}}, {{fentanyl}}, {{rocuronium}}. {{Teicoplanin}} given as prophylaxis.
        08:56 Widespread flush, BP 62/30, HR 138, {{bronchospasm}}.
        08:57 Anaesthetic emergency called. Dr [[name:Hamid]] (consultant) and Dr [[name:Lindqvist]] ({{ST4}}) attended.
        08:58 {{Adrenaline}} 50 mcg IV x3, 2 L fluid, {{hydrocortisone}}, {{chlorphenamine}}.
        09:05 Surgery abandoned. {{Tryptase}} sent 09:10, 10:10 and 12:00.
        09:40 Transferred to {{ITU}}; extubated later that day.
        Referred to {{allergy clinic}}; {{Yellow Card}} submitted to {{MHRA}}.
        Learning: the anaphylaxis box was complete and labelled, which saved time - thanks to {{ODP}} [[name:Kasia]].
    """)),
    ("health", "incident", block("""
        From: [[name:Bronwen Hughes]] <[[email:bronwen.hughes@nhs.net]]>
        To: [[name:Raj]]; {{Ortho consultants}}
        Date: [[date:12 Jan 2024]] 07:48
        Subject: Cancellations today - sets returned unsterile

        Morning all,
        Three {{total hip}} sets came back from [[organisation:Steriline Services Ltd]] overnight
        with the {{indicator tape}} unchanged and one wet pack. Under {{HTM 01-01}} we cannot use them.
        Two patients on Mr [[name:Okafor]]'s list have been cancelled on the day, both over {{70}} and
        already fasted. [[name:Raj]] has spoken to both and rebooked within {{28 days}}.
        I have raised it with the {{SSD}} manager and asked for their {{autoclave}} cycle logs.
        This is the second time this month.

        [[name:Bronwen]]
        {{Theatre Manager}}, [[organisation:Eastbridge Orthopaedic Centre]]
    """)),
    ("health", "near_miss", block("""
        [07:31] [[name:Aisha Bello]]: {{bed 4}} (Mr [[name:Lowe]]) says at {{sign in}} he had toast + tea at 6am. says the {{pre-op nurse}} told him a light breakfast was fine
        [07:33] [[name:Conor Mac Giolla]]: he's first for {{GA}} L wrist {{ORIF}}. can't go first then. swap with {{bed 6}}?
        [07:34] Dr [[name:Wen]]: yes swap. he can go after 12. {{tea with milk}} counts as food
        [07:36] [[name:Aisha Bello]]: checked - his letter is correct (nil food from 2am) but the phone call note from [[date:Mon 8th]] says "normal breakfast". wrong advice given
        [07:40] [[name:Conor Mac Giolla]]: will {{datix}} it. could've been an {{aspiration}} risk if he hadn't mentioned it at {{WHO}} sign in
        [07:41] [[name:Aisha Bello]]: [[case_reference:DX-55802]] 👍
    """)),
    ("health", "success", block("""
        Orthopaedic Theatres - Monthly Governance & Learning
        [[date:Thursday 14 March 2024]], {{Seminar Room 2}}
        Attendees: [[name:Amara Nwosu]] (Chair, {{Clinical Lead}}), [[name:Duncan McAllister]] ({{Consultant Anaesthetist}}), [[name:Bao Tran]] ({{Lead ODP}}), [[name:Hedda Larsen]] ({{Recovery Sister}}), [[name:Kofi]] ({{HCA}} rep)
        Apologies: Mr [[name:Pillai]], [[name:Zofia Wiśniewska]]

        Item 3 - Learning from excellence
        [[name:Bao]] presented the nomination for [[name:Hedda]] and the recovery team. A patient with
        undiagnosed {{obstructive sleep apnoea}} desaturated after {{morphine}} {{PCA}}; recovery
        spotted it on continuous {{capnography}}, gave {{naloxone}} and escalated. No harm. All PCA
        patients now have {{EtCO2}} monitoring in recovery. [[name:Duncan]] to share at the regional
        anaesthetic meeting.
        Item 4 - {{WHO checklist}} audit: 100% compliance for {{time out}} in {{February}} (n=212).
        Item 5 - AOB: none.
    """)),
    ("health", "incident", block("""
        SBAR handover - Recovery to {{Ward 12}}
        S: [[name:Piotr Grzegorczyk]], [[age:67]], post R {{total shoulder replacement}} under {{GA}} + {{interscalene block}}. Hosp no [[case_reference:RX5530617]], NHS [[nhs_number:885 561 2670]].
        B: {{COPD}}, no home O2.
        A: In recovery SpO2 fell to 86% on air at 13:40. Likely {{phrenic nerve palsy}} from the block - a known risk but not discussed at consent. On 2 L O2 sats 94%. Chest clear.
        R: O2 target 88-92%, 4-hourly obs, {{NEWS2}}. Call {{outreach}} if RR > 25.
        Incident logged re consent. Dr [[name:Abernethy]] aware and will speak to [[name:Piotr]] and his wife [[name:Maureen]] tonight.
        Handed over by [[name:Sam]] ({{recovery}}) to [[name:Leonie]] 14:30
    """)),
    ("health", "near_miss", block("""
        Instrument count - {{large fragment}} set
        Patient: [[name:Dylan Crowther]]   Hosp No [[case_reference:RX6102284]]   Date [[date:23/07/24]]

        Item                | Pre | Added | Closing | Final
        {{Artery forceps}}      | 10  | 0     | 10      | 10
        {{Langenbeck}}          | 2   | 0     | 2       | 2
        {{Drill bit}} 3.2 mm    | 1   | 0     | 0       | 1
        {{Hohmann retractor}}   | 3   | 0     | 3       | 3
        {{Mayo scissors}}       | 1   | 0     | 1       | 1

        Note: at the closing count the 3.2 mm {{drill bit}} was missing. Found by {{scrub}}
        [[name:Gabriela Santos]] still in the chuck of the {{power drill}}, which had been passed
        off the field to the {{runner}} and put under a drape. Found before {{wound closure}} so no
        x-ray needed. Counted by [[name:Gabriela]] and [[name:M.J.]]
    """)),
    ("health", "incident", prose("""
        NSI in {{th3}} today approx 11:15 - i got a sharps injury from a 21g needle left on the back
        table under a green towel during an {{ACL}} recon. glove torn, bled it, washed it, went to
        {{OH}} then {{A&E}} as OH shut at lunch 😤. source pt consented for {{BBV}} bloods.
        [[name:josh]] ({{ODP}}) says he didnt put it there but whoever did didnt use the
        {{sharps bin}}. thats the 2nd one this month. im ok just shaken. dr in {{A&E}} started
        {{PEP}} as a precaution. [[name:Anika]] in charge aware. pls can we get a {{neutral zone}}
        tray in every theatre. - [[name:hannah w]]
    """)),
    ("health", "success", prose("""
        Dear all at the [[organisation:Wyvern Day Surgery Unit]], I came in on the
        [[date:9th of May]] for my {{bunion}} operation (a {{Scarf osteotomy}}, they tell me) absolutely
        terrified of needles after a bad experience years ago. The lovely {{nurse}} [[name:Blessing]]
        held my hand for the {{cannula}}, and the {{anaesthetist}} Dr [[name:Moreau]] explained the
        {{ankle block}} so clearly that I actually laughed when he said I'd have "a numb foot and a
        sore pride". Afterwards [[name:Callum]] in {{recovery}} made me the best cup of tea I've ever
        had and phoned my {{daughter}} [[name:Hollie]] to come early. I was home by {{four}}. Thank you from
        the bottom of my heart (and the bottom of my foot!). [[name:Marjorie Stanton]] ([[age:81]])
    """)),
    ("health", "near_miss", block("""
        [[date:05/09/2024]], 16:02 - [[name:Nikhil]]: heads up for tomorrow's {{M&M}} - we nearly went over {{tourniquet}} time in {{th4}} today
        [[date:05/09/2024]], 16:03 - [[name:Inês Carvalho]]: what happened?
        [[date:05/09/2024]], 16:05 - [[name:Nikhil]]: {{TKR}}, {{cuff}} up 13:02, nobody said it out loud or wrote it on the board. at 14:48 [[name:Ola]] ({{circ}}) asked how long - 1 hr 46. {{surgeon}} said nearly done, cuff down 14:58
        [[date:05/09/2024]], 16:05 - [[name:Nikhil]]: under 2 hrs so ok but only by luck
        [[date:05/09/2024]], 16:07 - [[name:Inês Carvalho]]: was it called at {{time out}}?
        [[date:05/09/2024]], 16:09 - [[name:Nikhil]]: no, the template doesn't ask. [[name:Ola]] suggested "tourniquet up time + who's keeping it" goes on the {{whiteboard}}
        [[date:05/09/2024]], 16:10 - [[name:Inês Carvalho]]: great idea. datix as near miss and I'll take it to {{Theatre Users Group}}
        [[date:05/09/2024]], 16:14 - [[name:Nikhil]]: done [[case_reference:DX-56019]]
    """)),
    ("health", "incident", prose("""
        On [[date:27 August]], a [[age:59-year-old]] man underwent a {{revision knee replacement}}.
        On removal of the drapes a 3 cm superficial burn was found on the left thigh at the site of
        the {{diathermy}} {{return electrode}}. The pad had been applied over a hairy area without
        clipping and had partly lifted when the leg was repositioned. The {{diathermy}} generator
        did not alarm. The patient, Mr [[name:Ahmadzai]], was told by the consultant before
        discharge under {{Duty of Candour}}, and a letter followed on [[date:30 August]].
        {{Tissue viability}} nurse [[name:Rhiannon Pryce]] reviewed and a dressing was applied. The
        generator has been quarantined for {{EBME}} testing. Learning: pad site to be checked and
        documented at {{sign out}} as well as at {{sign in}}. Reporter: [[name:Stefan Ilić]],
        {{Band 6}} {{Scrub Practitioner}}.
    """)),
    ("health", "near_miss", prose("""
        pre-op check DSU: pt [[name:Graham Tull]] NHS [[nhs_number:607 008 1250]] hosp no
        [[case_reference:RX7019832]] - no red {{allergy band}} on. notes say {{penicillin}} -
        {{anaphylaxis}} 1998 but {{drug chart}} allergy box blank. {{co-amoxiclav}} drawn up in
        {{anaesthetic room}} for prophylaxis per {{protocol}} and nearly given - {{ODP}}
        [[name:Marek]] asked again at {{time out}} "any allergies?" and pts wife [[name:Carole]]
        piped up. changed to {{teicoplanin}}. root cause: admitting nurse ran out of red bands and
        meant to come back. nil harm. ref [[case_reference:DX-56233]]
    """)),
    ("health", "success", block("""
        {{#dsu-team}}
        [[name:kemi.adebayo]]  17:45  🎉 all 14 on today's ortho day case list went home {{same day}} - first time ever with two {{hip arthroplasty}} patients on the day case pathway
        [[name:kemi.adebayo]]  17:46  massive thanks to [[name:Hugo]] from {{physio}} - had both hips up and doing stairs by 2pm
        [[name:rob.lindgren]]  17:48  brilliant. the {{spinal}} with short-acting {{prilocaine}} really works
        [[name:sunny.k]]  17:50  and {{TTOs}} ready before 3! ty [[name:Parisa]] in {{pharmacy}}
        [[name:kemi.adebayo]]  17:52  writing it up for {{GIRFT}} and the {{ERAS}} group. pt feedback 10/10 from both
    """)),
    # ------------------------------------------------------------------ aviation (16)
    ("aviation", "incident", prose("""
        On [[date:8 May 2024]], during a {{VLOS}} inspection of a steel rail underbridge at
        [[address:Hadleigh Cross]] for [[organisation:Network Rail]], the aircraft (a
        {{Matrice 300}} with a {{zoom camera}}) dropped into {{ATTI mode}} after losing {{GNSS}}
        lock beneath the deck. Remote pilot [[name:Callum Reid]] could not arrest the drift in a
        gusty 18 kt crosswind; the aircraft struck a cross-girder and fell into the river. Nobody
        was hurt and the aircraft was not recovered. The bank and towpath had been cordoned as per
        the {{operations manual}} and the {{observer}}, [[name:Mags Doherty]], kept two walkers back.
        Reported to the {{CAA}} by {{MOR}} and notified to the {{AAIB}}. Internal ref
        [[case_reference:OR-2024-112]]. Learning: under-structure work in {{GNSS-denied}}
        environments needs a {{collision-tolerant}} caged aircraft, and all remote pilots need
        recorded manual-flying currency in ATTI.
    """)),
    ("aviation", "near_miss", block("""
        Radio log (handheld, ch 3) - {{BVLOS}} powerline survey - [[date:Tue 16 Jan]]
        {{RP}} = [[name:Owain Price]], {{VO2}} = [[name:Shreya]]
        10:14:20 VO2: [[name:Owain]], [[name:Shreya]] at {{point Bravo}}, low helicopter from the east following the line, maybe 300 ft
        10:14:31 RP: Copy, descending to 100 ft and holding
        10:14:45 VO2: Red and white, reg looks like [[aircraft_registration:G-HLNE]], still closing
        10:14:52 RP: Landing now
        10:15:40 VO2: Helicopter passing overhead your position, confirm on ground?
        10:15:44 RP: Affirm, on ground, props stopped
        Note: helicopter later identified as a line-inspection contractor for
        [[organisation:Northline Power]]; our {{NOTAM}} was active and the flight was in our
        {{operational authorisation}}. Reported to {{CAA}} via {{MOR}} as an {{Airprox}}-type
        near miss. Ref [[case_reference:FA-NM-0093]].
    """)),
    ("aviation", "success", prose("""
        🚁 {{Shout-out}} to [[name:Hope Mwangi]], our {{observer}} on yesterday's flare stack inspection at
        [[address:Saltmarsh Lane]], who spotted a {{red kite}} circling towards the aircraft and
        called it early so [[name:Lewis]] could {{climb away}} and hold. [[name:Hope]] also noticed the
        client's site fence had moved since the {{site survey}} and got the {{flight area}}
        re-briefed before we launched. {{Textbook}} {{CRM}}. Thanks [[name:Hope]]! –
        [[name:Fran]] ({{Ops Manager}}), [[organisation:Kestrel Line Surveys]]
    """)),
    ("aviation", "incident", block("""
        From: [[name:Geoffrey Hallam]] <[[email:g.hallam@tarnsidefarm.co.uk]]>
        To: [[email:ops@skyvista-inspect.co.uk]]
        Date: [[date:2 Jun 2024]] 18:22
        Subject: Your drone over my land

        {{Sir/Madam}}, this afternoon one of your drones flew low over my {{lambing field}} at
        [[organisation:Tarnside Farm]], [[address:Hoggett Lane, Kirkby Mardle]], [[postcode:LA9 4HX]]
        and spooked a ewe which went through a fence. Nobody asked my permission. I have your van
        registration, [[vehicle_registration:YK21 OPF]]. I expect a call.
        [[name:G. Hallam]]

        Internal note ([[name:Marta]], {{Ops}}): flight was a {{VLOS}} roof survey for the {{neighbour}},
        Mr [[name:Dunmore]]. The {{remote pilot}} crossed the boundary at 40 m {{AGL}} while
        repositioning for sun angle. Permission covered the {{take-off site}} only, not overflight.
        Apologised by phone, paying for fence repair and {{vet}}. Learning: {{pre-site survey}} to map
        adjacent livestock and field boundaries.
    """)),
    ("aviation", "near_miss", prose("""
        pre flight today at [[address:Gorsey Bank]] - batt no.3 for the {{M30T}} looked a bit puffy
        on one side. didnt notice when charging last nite. [[name:kez]] checked it w/ a straight
        edge - defo swollen. quarantined in the {{LiPo bag}}, flew on 1, 2 and 4. if it had gone on
        the {{BVLOS}} leg over the {{reservoir}} we'd have lost the {{a/c}} 100%. think it was left in the
        hot van on {{sat}} - van [[vehicle_registration:PN70 XRT]] has no {{aircon}}. we need a battery log
        with cycle count + {{storage voltage}}, and batts out of the van overnight. will tell
        [[name:ade]] for the {{safety meeting}}. - [[name:Benji]]
    """)),
    ("aviation", "incident", block("""
        OCCURRENCE CHRONOLOGY - LOSS OF C2 LINK - [[case_reference:SVO-2024-017]]
        Date: [[date:14/08/2024]]   Aircraft: {{fixed-wing VTOL}}, operator ID [[aircraft_registration:GBR-OP-K7RT4MXQ92LB]]
        Operation: {{BVLOS}} pipeline survey, {{Specific category}}, under {{operational authorisation}}
        Crew: RP [[name:Ngozi Obi]], RP2 [[name:Tavish Mackenzie]], VO [[name:Leah]]

        11:02 Launch from [[address:Culverley Moor]] staging area.
        11:19 {{C2 link}} degraded at 6.2 km; {{telemetry}} lost 11:20.
        11:20 {{Lost link}} procedure: aircraft continued to waypoint 14 then {{RTH}} at 120 m as programmed.
        11:22 [[name:Ngozi]] phoned the {{FISO}} at [[organisation:Hawkridge Aerodrome]] per the {{ERP}}.
        11:26 Link re-established at 3.1 km.
        11:31 Normal landing.
        Cause: 4G modem roamed to a weak mast; radio link masked by a ridge. {{MOR}} filed with {{CAA}}.
    """)),
    ("aviation", "incident", block("""
        UAS OCCURRENCE REPORT FORM
        Reporter: [[name:Bartosz Zieliński]]      {{Staff no}}: [[case_reference:SV-0217]]
        Date of occurrence: [[date:30/09/2024]]    Time: 16:40 local
        Location: [[address:Pelham Quarry, Stoneleigh Edge]]
        Aircraft type: {{Mavic 3 Enterprise}} ({{C2}} class)
        {{Flight type}}: {{VLOS}} - stockpile volume survey
        Client: [[organisation:Hexford Aggregates Ltd]]
        Narrative: wind gusting 25 kt at landing, aircraft drifting off the pad. {{Observer}}
        [[name:Wren Gallagher]] tried a {{hand catch}}, which our {{SOP}} prohibits, and a prop
        caught her left index finger - laceration. {{First aid}} on site, then taken to
        [[organisation:Stoneleigh Minor Injuries Unit]], 3 {{steri-strips}}.
        Injury: minor     Aircraft damage: one prop
        Immediate action: hand catching re-briefed as prohibited; wind limits for landing reissued.
    """)),
    ("aviation", "near_miss", block("""
        [[date:12/07/2024]], 08:05 - [[name:Jas Dhillon]]: morning all, on site at [[address:Brackley Down]] for the {{solar farm}} {{thermal}}
        [[date:12/07/2024]], 08:11 - [[name:Ellie]]: [[name:Jas]] have you checked {{NOTAMs}}? the {{drop zone}} at [[organisation:Langford Parachute Centre]] is active today, 3 nm west
        [[date:12/07/2024]], 08:12 - [[name:Jas Dhillon]]: 😳 no, did the app check last night and it was clear
        [[date:12/07/2024]], 08:13 - [[name:Ellie]]: there's a {{NOTAM}} for {{parachuting}} up to {{FL150}} from 0800. ring them before you fly
        [[date:12/07/2024]], 08:24 - [[name:Jas Dhillon]]: spoke to {{DZ}} controller [[name:Kelvin]]. {{first lift}} 0830, happy for us below 200 ft if we call before each flight and land when they call jumpers away
        [[date:12/07/2024]], 08:25 - [[name:Ellie]]: 👍 pls put it in the {{near miss log}}. {{pre-flight checklist}} needs to say NOTAMs checked on the day, not the night before
    """)),
    ("aviation", "success", block("""
        SAFETY ACTION GROUP - MINUTES
        [[organisation:Greyhawk UAS Services]] | [[date:Tue 5 November]] | via Teams
        Present: [[name:Catrin Lloyd-Evans]] ({{Head of Flight Ops}}), [[name:Mateo Rinaldi]] ({{Safety Manager}}), [[name:Bilal]] ({{Chief Remote Pilot}}), [[name:A.K.]] (training)
        Apologies: [[name:Joy Fairweather]]

        1. Good catch review. [[name:Mateo]] highlighted the {{go/no-go}} call by [[name:Bilal]] on
        the [[address:Thorncombe Rise]] mast inspection. [[name:Bilal]] stood the crew down when the
        {{TAF}} showed gusts within 2 kt of the aircraft limit, despite the client pushing to fly.
        The client later thanked us - the crane on site was also stood down that afternoon.
        Recognised as a good {{Just Culture}} example.
        2. {{SORA}} update for the BVLOS corridor - [[name:A.K.]] to circulate by [[date:19 Nov]].
        3. Carried forward: {{ERP}} drill with local {{ATC}}.
    """)),
    ("aviation", "incident", block("""
        Daily flight log - [[date:17 October 2024]] - [[address:Merriden Wind Farm]]
        Flt | Time  | Aircraft         | RP     | Duration | Remarks
        1   | 09:10 | {{Matrice 350}} #2 | [[name:JB]]     | 28 min   | {{blade inspection}} {{T4}}, nil
        2   | 09:55 | {{Matrice 350}} #2 | [[name:JB]]     | 26 min   | T5, nil
        3   | 10:40 | {{Matrice 350}} #1 | [[name:Rhys]]   | 4 min    | {{HARD LANDING}} - see below

        Flight 3: shortly after take-off aircraft gave an {{IMU}} error. [[name:Rhys]] elected to
        land immediately; aircraft came down fast onto uneven ground, breaking one {{landing leg}} and
        damaging the {{gimbal}}. No injury. Aircraft grounded pending inspection by
        [[organisation:Aerotech Repairs]]. {{IMU calibration}} had not been done after the long
        drive up the day before. Ref [[case_reference:FLR-1017-03]].
    """)),
    ("aviation", "incident", prose("""
        gull attack!! 2day on the {{roof}} survey at [[organisation:Harbourside Retail Park]] approx
        13:20, a {{herring gull}} went for the drone 3 times, on the 3rd go it clipped a prop and
        the a/c tumbled 15m onto the {{car park}}. missed a parked car by about a metre 😬 no-one
        hurt. [[name:Dom]] was {{VO}} and had the cordon up so no public in the {{landing zone}} but
        the car park wasnt fully closed. gulls nesting on the roof (its {{May}}) - should've been
        picked up on the {{site recce}}. probs needs an {{MOR}} to the {{CAA}} as we lost control of
        the a/c. pics on the {{drive}}. [[name:sav]]
    """)),
    ("aviation", "near_miss", block("""
        [[name:Ivy Chen]]  08:42
        {{STOP}} - don't launch yet. the {{geofence}} file on the tablet is for the [[address:Wickham Marsh]] job not today's site
        [[name:Ivy Chen]]  08:42
        today's boundary is much tighter because of the {{FRZ}} at [[organisation:Marlowe Airport]]
        [[name:Reuben Mistry]]  08:44
        ah. both files are called survey_v2.kml 🙄 good spot
        [[name:Ivy Chen]]  08:45
        if we'd flown the {{north leg}} we'd have been ~300 m inside the {{FRZ}} with no permission
        [[name:Reuben Mistry]]  08:51
        correct file loaded and checked against the {{flight plan}} and {{NOTAM}}. ready
        [[name:Olu]] ({{Ops}})  09:05
        thanks both. new rule: files named with site + date, and {{RP}} and {{VO}} both check the geofence on the map before launch. logged as near miss [[case_reference:NM-2024-041]]
    """)),
    ("aviation", "success", prose("""
        On [[date:Saturday 22 June]] our team was carrying out a {{thermal}} roof survey at
        [[organisation:Ravensworth Hall]] for [[organisation:Heritage Roofing Ltd]] when the
        {{visual observer}}, [[name:Charlotte Abiodun]], heard a helicopter approaching low. Remote
        pilot [[name:Faisal Qadri]] descended and landed straight away, and the crew confirmed it
        was the {{air ambulance}}, callsign [[flight_number:Helimed 52]], landing in the next field for a
        {{road traffic collision}}. [[name:Faisal]] made the equipment safe and the crew helped keep
        onlookers back from the {{HLS}}, staying on the ground for 55 minutes until the helicopter
        left. The {{HEMS}} crew thanked the team. This is our {{emergency response plan}} working
        as designed. Recommend [[name:Charlotte]] and [[name:Faisal]] for the {{quarterly safety
        award}}.
    """)),
    ("aviation", "incident", block("""
        SHIFT HANDOVER - [[date:Thurs 11th]]
        To: {{night crew}} ([[name:Kit]] / [[name:Sol]])
        From: [[name:Priyanka Desai]]
        - Coastal erosion survey at [[address:Cullen Bay]] stopped 15:30. A man came into the
          {{take-off and landing area}} shouting that we were filming his house and grabbed at the
          controller. RP [[name:Gideon]] held on; aircraft auto-landed on {{RTH}}. No injuries,
          minor scratch to the screen.
        - {{Police}} called, log [[case_reference:NYP-20240711-0488]]. Man left in a blue {{pickup}},
          [[vehicle_registration:SN68 WVU]].
        - [[name:Gideon]] shaken - offered {{TRiM}}.
        - {{Tomorrow}}: do NOT go back without 2 crew, {{hi-vis}} and the landowner letter to hand.
          {{Ops manual}} section 7 (public interaction) applies. Client
          [[organisation:Coastwise Engineering]] informed.
        [[name:Priyanka]]
    """)),
    ("aviation", "near_miss", block("""
        RT TRANSCRIPT - [[organisation:Marlowe Airport]] Approach - [[date:04/04/2024]] ({{UTC}})
        1402:10 {{UAS}}: [[organisation:Marlowe Approach]], [[flight_number:Skyframe 20]], request activation of {{UAS}} operation at [[address:Pollard's Lane sub-station]], max 200 ft, permission [[case_reference:MRL-FRZ-0319]]
        1402:25 {{APP}}: [[flight_number:Skyframe 20]], [[organisation:Marlowe Approach]], activation approved, report complete
        1403:40 APP: [[flight_number:Skyframe 20]], land immediately, [[flight_number:EZY47KD]] on four-mile final {{runway two-six}}, I cannot confirm your position
        1403:48 UAS: Land immediately, [[flight_number:Skyframe 20]]
        1404:30 UAS: [[flight_number:Skyframe 20]], aircraft on ground, position 1.8 nm north-east of the {{threshold}}
        1404:41 APP: [[flight_number:Skyframe 20]], copied, remain on ground, I'll call you back

        Note ([[name:Teodor Vasile]], {{RP}}): we gave a site name {{ATC}} did not have on their map.
        The grid ref was on our permission but not read out. The {{airliner}} continued normally, no
        loss of separation. Learning: pass position as range and bearing from the {{ARP}} or a grid
        ref, never a local site name.
    """)),
    ("aviation", "success", block("""
        From: [[name:Harriet Oyelaran-Smith]] <[[email:h.oyelaran-smith@calderwaterutilities.co.uk]]>
        To: [[name:Matt]]
        Date: [[date:Fri 25 Oct 2024]]
        Subject: Thank you - reservoir dam inspection

        Hi [[name:Matt]],
        Just a note to thank you, [[name:Bunmi]] and [[name:Dariusz]] for the inspection at
        [[address:Holme Edge Reservoir]] {{last week}}. Our {{dam safety}} {{engineer}} said the
        {{orthomosaic}} and close-up imagery of the {{spillway}} were the best we've had, and it
        saved {{two days}} of {{rope access}}. I was also impressed that your crew paused without fuss
        when our {{reservoir keeper}} needed to open the {{scour valve}}. We'd like you back in the
        {{spring}} for the {{drawdown}} survey.
        Kind regards,
        [[name:Harriet]]
        [[name:Harriet Oyelaran-Smith]], {{Asset Manager}}, [[organisation:Calderwater Utilities]]
        [[phone:01632 960812]]

        > fwd by [[name:Matt]]: well done all - logged as a success in the {{SMS}}.
    """)),
]

if __name__ == "__main__":
    write_records(OUT, build_records("blind231", REPORTS))
