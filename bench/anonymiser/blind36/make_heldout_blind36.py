"""Held-out blind corpus 36: "what went well" reports from across England.

Setting: appreciative, success-focused reports from social care, health and aviation -- serious
success reviews, compliments logged by staff, thank-you letters from families and passengers,
long reflective narratives naming many people in passing, team shout-outs full of first names and
nicknames, award nominations, and a handful of very short one- or two-line entries. A few near
misses that were handled well are included.

Voice: heartfelt letters, award nomination forms, team newsletters, WhatsApp shout-outs,
reflective logs and supervisor summaries. Names are used casually (first names, nicknames,
initials, lower-case), some names are also ordinary words used in both senses in the same report,
and family members are described by relation and by name.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from markup import block, build_records, write_records  # noqa: E402
from markup import flow as prose  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "corpus" / "heldout_blind36.jsonl"


REPORTS = [
    # ------------------------------------------------------------------ social care (20)
    ("social_care", "success", block("""
        Dear everyone at [[organisation:Meadowbank House]],

        I have started this letter about five times. Mum ([[name:Margaret]], but [[name:Peggy]] to
        everyone) came to you on [[date:2nd February]] after her fall at home on
        [[address:Thornley Road]] and none of us thought she would settle. She did, and that is
        down to you. [[name:Abi]] and [[name:Precious]] on days, who learned she liked her tea
        "strong enough to stand the spoon up in". [[name:Tomasz]] on nights, who sat with her when
        the {{sundowning}} got bad and sang to her in Polish. Your {{activities coordinator}}
        [[name:Lorraine]] (Lol to mum) who got her painting again at [[age:91]]!! And Mr
        [[name:Okafor]] who always, always rang me back.

        In the last week the {{district nurse}} and Dr [[name:Hussain]] from
        [[organisation:Wharfe Valley Surgery]] came within the hour and she had her syringe driver
        in before any pain. My brother [[name:Gareth]] drove up from Cardiff in time to say goodbye.

        Mum died peacefully on [[date:18/03/2024]] holding [[name:Precious]]'s hand because I was
        stuck on the M1. I will never be able to thank you enough for that.

        With love,
        [[name:Janet]] ([[name:Peggy Ellison]]'s daughter)
    """)),

    ("social_care", "success", block("""
        [[name:Sharon]] - Reg Manager 🌟: Evening all!! just want to say a MASSIVE thank you to
        everyone who covered during the snow. [[name:Ayo]], [[name:Tom]] and [[name:Bex]] walked
        the whole Bramley round on foot, [[name:Daz]] drove the 4x4 (thanks to his brother in law
        [[name:Mick]] for the loan!!) and our [[name:Kez]] did 3 {{double ups}} back to back. Not
        one missed call, not one missed {{medication round}}. Mrs [[name:Whitworth]] at no.
        [[address:12 Aire View]] told [[name:Bex]] she was "the best thing since sliced bread" 😂
        Special mention to [[name:JB]] in the office who rang every single client on the Tues night
        to check they had heating and food in. Proper team. Pizza on me Friday 🍕
    """)),

    ("social_care", "success", block("""
        NOMINATION FORM - Fostering Excellence Awards 2024
        Category: Foster Carer(s) of the Year
        Nominees: [[name:Linda]] and [[name:Des Oyelaran-Price]]
        Nominated by: [[name:Hannah Greaves]], {{supervising social worker}},
        [[organisation:Fostering Team West]]
        Contact: [[email:hannah.greaves@fosteringwest.example.org]] / [[phone:07700 900417]]

        Why are you nominating them?
        [[name:Linda]] and [[name:Des]] have cared for brother and sister [[name:Rio]] and
        [[name:Tiana]] (aged [[age:9]] and [[age:6]]) since last summer. When they arrived [[name:Rio]]
        would not sleep without the light on and [[name:Tiana]] hadn't been to school for a term. [[name:Des]] built
        a den in the box room, [[name:Linda]] walked [[name:Tiana]] to [[organisation:Hillcrest Primary]] every
        morning and waited in the car park "just in case" for the first fortnight. They have kept
        warm, regular contact going with birth mum [[name:Shanice]] even when it was hard, and
        started the children's {{life story work}} themselves. At the last {{LAC review}} [[name:Rio]]
        read out his own bit. Everyone cried, including the IRO.
    """)),

    ("social_care", "success", prose("""
        Compliment [[case_reference:CMP-0412]]: son of Mr [[name:Frank Dobson]] rang to thank
        [[name:Ruby]] and [[name:Kwame]] for getting his dad to his {{outpatient appointment}} on
        time after the taxi let them down. Shared at {{team huddle}}.
    """)),

    ("social_care", "success", prose("""
        Reflective log - [[name:Nadia Rahman]], social worker, case [[case_reference:LCS-2291847]].
        Today [[name:Alfie]] (DOB [[date_of_birth:09/11/2020]]) moved to his adoptive parents
        [[name:Chris]] and [[name:Sam]]. I want to write down what went well because it doesn't
        always. Introductions ran over ten days rather than seven, which the {{adoption panel}}
        agreed on [[date:14th May]] after foster carer [[name:Maureen]] (everyone calls her
        [[name:Mo]]) said [[name:Alfie]] needed more time with [[name:Sam]] at bathtime. [[name:Mo]] made a
        photo book of his bedroom, his nursery at [[organisation:Little Acorns]] and the dog.
        Birth mum [[name:Kayleigh]] wrote a letter for his {{life story book}} and we agreed
        {{letterbox contact}} twice a year. The IRO, [[name:Geoff Barraclough]], chaired the last
        review in the garden so [[name:Alfie]] could play. Learning for me: when the carer who
        knows the child best asks for more time, listen. I nearly didn't.
    """)),

    ("social_care", "success", block("""
        GOOD NEWS CORNER - Children's Services staff newsletter, Summer edition

        ⭐ Congratulations to [[name:Priya Nair]] and [[name:Steve Lumb]] ("[[name:Stevo]]") from
        [[organisation:Edge Hill Family Hub]], whose parenting group has now had 40 families through
        the door. One dad, [[name:Wes]], said it was "the first time anyone asked what I was doing
        right".
        ⭐ Welcome back to [[name:Gill]] after her op - the kettle has missed you.
        ⭐ [[name:Ola Adeyemi]] passed her {{ASYE}} with a glowing report from her practice
        educator [[name:Marcus]].
        ⭐ The {{Signs of Safety}} mapping session led by [[name:Rachel]] and [[name:Tash]] at the
        [[organisation:Moorside Children's Centre]] was described by one {{health visitor}} as "the
        most useful meeting I've been to in a year".
        ⭐ Finally - [[name:Dennis]] from the duty desk retires on [[date:30th August]] after 31
        years. Cards to [[name:Gill]] please.
    """)),

    ("social_care", "near_miss", prose("""
        Carer [[name:Dawn Ferris]] was on the first call of the day at {{dawn}} to Mrs
        [[name:Ivy Sutcliffe]], [[address:4 Laburnum Close, Hemsworth]] [[postcode:WF9 4LT]], and
        noticed the new blister pack from [[organisation:Ridings Pharmacy]] had the
        {{warfarin}} in the morning slot instead of teatime. [[name:Dawn]] did not give it, checked
        the {{MAR chart}}, and rang on-call ([[name:Imran]]) who rang the pharmacist. The pack was
        re-dispensed by 11am. Mrs [[name:Sutcliffe]] said "she's a sharp one, that [[name:Dawn]]" and her
        niece [[name:Carol]] rang the office to say thank you. Logged as near miss
        [[case_reference:NM-24-0377]]. Learning: every new pack checked against the MAR at first
        use, not just on delivery.
    """)),

    ("social_care", "success", prose("""
        Big shout out to our [[name:Shaz]] and [[name:Lewis-Ray]] on the {{waking night}} at
        [[organisation:Hollins Lodge]] - calm, kind, and every {{MAR chart}} spotless this morning.
        Proud of you both xx [[name:Cath]]
    """)),

    ("social_care", "success", prose("""
        Supervision summary: [[name:Joy Mensah]] (support worker), supervisor [[name:Paul Hirst]],
        [[date:11/07/2024]]. [[name:Joy]] talked through [[name:Callum]] ([[age:24]]) starting his
        paid job at [[organisation:Brew & Bake]] three mornings a week. She did the
        {{travel training}} with him on the number 33 bus over six weeks, and worked with the
        {{job coach}} on a picture rota. His mum [[name:Bernadette]] was worried he would get lost
        and [[name:Joy]] took her on the route too, which made all the difference. [[name:Callum]]
        showed us his first payslip - the {{joy}} on his face! Agreed actions: [[name:Joy]] to
        share the picture rota template with the rest of [[organisation:Aspire Supported Living]];
        [[name:Paul]] to put her forward for the staff recognition scheme.
    """)),

    ("social_care", "success", block("""
        to [[name:leanne]]

        i no i never say it but thank u. when i turned [[age:18]] i was scared of everythin and u
        never gave up on me even when i didnt answer for like 3 weeks lol. u sorted my
        {{pathway plan}}, came to the {{housing officer}} with me and got me the flat at
        [[address:flat 6, 22 Harehills Lane]]. me and [[name:jayden]] painted it blue. my nan
        [[name:pauline]] says u are a saint haha. [[name:leanne]] ur the only {{personal adviser}}
        who rememberd my birthday.

        ps my new number is [[phone:07700 900862]] dont give it to my dad

        [[name:T-J]] x
    """)),

    ("social_care", "success", block("""
        SERIOUS SUCCESS REVIEW [[case_reference:SSR-24-007]]
        Adult: [[name:Harold Fenwick]], [[age:84]], [[address:Ashgrove, Low Lane, Birstall]]

        What happened: Mr [[name:Fenwick]] was discharged from [[organisation:Dewsbury District Hospital]]
        on [[date:Friday 9th August]] at 4pm - the time discharges usually go wrong.
        This one did not.

        What went well and why:
        - The {{trusted assessor}}, [[name:Mel Kowalczyk]], saw him on the ward on the Thursday
        and shared her notes the same day.
        - Reablement lead [[name:Sunita]] had a carer booked for the teatime call before the
        ambulance left.
        - OT [[name:Rory]] had a {{perching stool}} and bed lever delivered to [[name:Ashgrove]] by
        Friday lunch.
        - His son [[name:Stephen]] was kept informed at every step by text.
        Six weeks on, Mr [[name:Fenwick]] is walking to the post office. Learning: the
        {{Discharge to Assess}} pathway works when the same names stay with the person throughout.
    """)),

    ("social_care", "success", prose("""
        Email from Dr [[name:Anjali Shah]] ([[organisation:Calder Medical Practice]]): "Your notes
        for the {{weekly home round}} were brilliant, [[name:Nikki]] - clear {{NEWS2}} scores,
        fluid charts done, made my job easy." Logged [[case_reference:COMP/24/118]].
    """)),

    ("social_care", "success", prose("""
        Shift log, [[organisation:Rowan House]] children's home, [[date:Sat 22/06]]. Great day.
        [[name:Kai]] turned [[age:15]] and for the first birthday since coming into care he let us
        celebrate it. [[name:Marcia]] made the chocolate cake he picked, [[name:Bilal]] took him
        and [[name:Lacey-Mae]] bowling, and his social worker [[name:Fiona]] dropped in with a card
        from his little sister [[name:Nevaeh]]. No incidents, no absconding, no
        {{physical intervention}}. He thanked [[name:Marcia]] at bedtime, unprompted. Worth noting
        for his {{placement plan}} review: the things that worked were giving him the choice and
        keeping it small. Key worker to share at handover. - [[name:Bilal Qureshi]], RSW
    """)),

    ("social_care", "success", prose("""
        Reablement review - Mr [[name:Frank Bellamy]], [[age:79]]. [[name:Frank]] asked us at the start to
        be {{frank}} with him about whether he'd manage at home, so I will be frank here too: none
        of us were sure. Three weeks later he is making his own breakfast, has stopped using the
        {{commode}}, and walked to his allotment on Whitley Street with [[name:Jo Pearce]] (OT).
        [[name:Hamza]] from the reablement team noticed he was skipping lunch because he couldn't
        open the tins and sorted a tin opener on a board. His daughter [[name:Louise]] said it was
        the first time someone had "actually listened to Dad". [[name:Frank]] is now discharged
        with no ongoing package. Case [[case_reference:ASC-7730142]].
    """)),

    ("social_care", "success", prose("""
        Text from [[name:Gloria]]'s daughter [[name:Michelle]] to the office: "just wanted to say
        mum has been so much brighter since [[name:Ade]] started doing her {{morning calls}}, she
        actually waits at the window for him now ❤️ thank you all"
    """)),

    ("social_care", "near_miss", prose("""
        Concern raised by [[name:Patrycja Nowak]] (care worker) on [[date:3 October 2024]]. While
        helping Mr [[name:Albert Greenwood]] ([[address:Flat 2, Beech Court, 9 Station Road,
        Ossett]] [[postcode:WF5 8AB]]) she overheard a phone call from someone claiming to be his
        bank asking him to move his savings. [[name:Patrycja]] calmly asked him to hang up, rang
        his nephew [[name:Graham]] on [[phone:01924 496 083]] and then the office. The branch
        froze the account within the hour. [[name:Albert]] lost nothing. Referred under
        {{Section 42}} enquiry [[case_reference:SG-24-1158]] and to {{Action Fraud}}. Manager
        [[name:Claire]] has thanked [[name:Patrycja]] and shared the story at the
        {{safeguarding huddle}} as an example of acting on a hunch.
    """)),

    ("social_care", "success", prose("""
        Day centre diary, [[organisation:Springfield Day Services]]. Today [[name:Grace]] stood up
        at the karaoke for the first time in the two years she has been coming. Staff have worked
        on her confidence through small steps, and [[name:Grace]] handled the applause with real
        {{grace}} - a little bow and straight back to her seat. [[name:Lukasz]] and
        [[name:Sophie-Anne]] sang backing vocals. Her brother [[name:Derek]] has asked for a video.
        Need consent form from {{advocate}} [[name:Yvonne]] before sharing.
    """)),

    ("social_care", "success", block("""
        Family Group Conference - summary of outcome
        Ref: [[case_reference:FGC/2024/0093]]   Coordinator: [[name:Bronwen Ellis]]

        Present: mum [[name:Chelsea]], dad [[name:Ryan]], maternal nan [[name:Sandra]], great
        aunt [[name:Vi]], uncle [[name:Jordan]] and his partner [[name:Amira]], family friend
        Big [[name:Jim]] (as named by the children), social worker [[name:Kofi]].

        What went well: the family came up with a plan nobody in the office would have thought of.
        Nan [[name:Sandra]] will do school runs to [[organisation:St Oswald's C of E Primary]] on
        Mondays and Thursdays, [[name:Vi]] will have the girls for tea every Wednesday, and
        [[name:Jordan]] will take [[name:Chelsea]] to her {{drug and alcohol service}}
        appointments. The {{private family time}} worked - they sorted out in 40 minutes what
        months of meetings hadn't. Plan agreed and signed on [[date:27.09.24]]; review in 6 weeks.
    """)),

    ("social_care", "success", prose("""
        When [[name:Hope]] arrived at the refuge she said she had none left. Six weeks later she has
        her own tenancy, her little boy [[name:Zain]] has a nursery place, and she tells us there is
        {{hope}} again. Thank you [[name:Tamsin]].
    """)),

    ("social_care", "success", block("""
        Reflection - night senior, [[organisation:The Laurels]]

        I wanted to write something down about Mrs [[name:Adebayo]] and our night nurse
        [[name:Patience]]. Mrs [[name:Adebayo]] was in her last days and her son [[name:Femi]] was
        flying back from Lagos. She was restless and frightened and kept asking for him.
        [[name:Patience]] sat with her through the night, holding her hand, playing the hymns
        [[name:Femi]] had put on her phone, and gave her {{midazolam}} from the
        {{anticipatory medicines}} when it was needed, after checking with the out of hours GP.
        She showed a kind of {{patience}} I don't think I have.

        [[name:Femi]] arrived at 6.40am and his mum died at 8 with him beside her. He came back on
        [[date:Tuesday 12th]] with flowers for [[name:Patience]], [[name:Chidi]] and
        [[name:Moira]] on nights. I am putting this here so it is remembered.
        - [[name:Sue Lockwood]]
    """)),

    # ------------------------------------------------------------------ health (15)
    ("health", "success", block("""
        To all the midwives on [[organisation:Willow Ward]],

        Our daughter [[name:Isla Rose]] was born at 03:12 on [[date_of_birth:14/01/2024]] after a
        very long, very scary labour and we wanted to say thank you. [[name:Aoife]] you were with
        us from the start and you never once made me feel silly. When her heart rate dropped you
        explained everything to [[name:Dan]] while the room filled up. Dr [[name:Mbeki]] and the
        {{anaesthetist}} were so calm. Student midwife [[name:Charlie]] who found [[name:Dan]] a
        sandwich at 4am - legend. And [[name:Jackie]] on the {{postnatal ward}} who helped me with
        feeding for hours.

        [[name:Isla]] is home and doing brilliantly. Her hospital number is
        [[case_reference:RW4417620]] in case you want to look her up and smile.

        Love [[name:Becky]], [[name:Dan]] & [[name:Isla]] xxx
    """)),

    ("health", "success", block("""
        PALS compliment [[case_reference:PALS-C-24-5512]]  Received: [[date:04/09/2024]]
        Ward/Dept: [[organisation:Ward 32]] (Respiratory), [[organisation:Northern General]]
        Staff named: [[name:Chloe]] (HCA), Staff Nurse [[name:Adeyemi]], Dr [[name:Raj]],
        "the physio with the curly hair" (believed to be [[name:Lauren Tate]])
        Summary: Mrs [[name:Pamela Hinchcliffe]] wrote to thank the team for care of her husband
        [[name:Trevor]] during his {{COPD}} exacerbation. She particularly mentioned that
        [[name:Chloe]] shaved him every morning "because he has never gone a day without",
        and that Dr [[name:Raj]] drew a diagram of his lungs to explain {{NIV}}. Forwarded to
        ward manager [[name:Kath Burrows]] for sharing at {{safety huddle}}.
    """)),

    ("health", "success", prose("""
        {{DAISY Award}} nomination. Nominee: Sister [[name:Bernadette Okoro]] ("[[name:Bernie]]"),
        [[organisation:Ward 7B]], [[organisation:St James's University Hospital]]. Nominated by:
        [[name:Kevin Lyons]] (patient). I was on [[organisation:7B]] for nine weeks after my {{Whipple}} and
        [[name:Bernie]] was the reason I kept going. She noticed before anyone that I'd stopped
        eating, got the {{dietitian}} up the same afternoon and sat with me while I managed half a
        yoghurt. She remembered my wife [[name:Anne]]'s name and my dog's name. On my worst night
        she found Staff Nurse [[name:Liam Cho]] to stay with me when she had to go. You can contact
        me on [[email:kev.lyons64@example.net]] or [[phone:0113 496 0227]]. Please give her this.
    """)),

    ("health", "success", prose("""
        Just want to say the lovely Dr [[name:Pat]] at [[organisation:Beeston Hill Surgery]] rang me
        back herself on a Saturday to check my {{INR}}. Never had that before. Thank you
        [[name:Pat]]! - [[name:Glenys]]
    """)),

    ("health", "near_miss", prose("""
        Good catch report. On [[date:21 March]] pharmacist [[name:Oluwaseun Bakare]] ([[name:Seun]])
        was screening a TTO for [[name:Derek Holroyd]], NHS no. [[nhs_number:500 410 8234]],
        DOB [[date_of_birth:02/06/1951]], on [[organisation:Ward 11]] and spotted {{co-amoxiclav}}
        prescribed despite a documented {{penicillin allergy}} (rash and wheeze, 2019). [[name:Seun]]
        contacted the FY1, Dr [[name:Ellie Chambers]], who changed it to {{doxycycline}} before the
        patient left. Nobody was harmed. Discussed at the medication safety group; the allergy
        banner on the prescribing screen is being made more prominent. Thank you [[name:Seun]] -
        and well done Dr [[name:Chambers]] for thanking him instead of being defensive.
        Datix [[case_reference:W123987]].
    """)),

    ("health", "success", block("""
        ED Nights 💙 (WhatsApp)
        [[name:Mo]] (NIC): Right team, last night was carnage and you were all amazing
        [[name:Mo]] (NIC): Resus - Big [[name:Dave]], [[name:Harpreet]], [[name:Tilly]], you ran
        that {{trauma call}} like clockwork
        [[name:Mo]] (NIC): [[name:Sinéad]] and [[name:Kenji]] in majors with 4 {{sepsis}} patients
        and not one antibiotic late 👏
        [[name:Mo]] (NIC): and [[name:Nana Ama]] on triage with a queue out the door still smiling
        [[name:Harpreet]]: couldn't have done it without Dr [[name:O'Neill]] tbh, proper calm
        [[name:Tilly]]: and the porter [[name:Gaz]]!! ran the bloods up twice
        [[name:Mo]] (NIC): brews on me at 7 ☕
    """)),

    ("health", "success", prose("""
        Reflective entry - FY2 portfolio. Last Thursday I presented at the {{Schwartz Round}} about
        the death of a young patient on [[organisation:Ward 14]]. I had been dreading it. My
        educational supervisor Dr [[name:Helen Marsh]] helped me plan what to say, and
        [[name:Ravi]] from chaplaincy sat next to me. What went well: afterwards a {{healthcare
        assistant}}, [[name:Bev]], came up and told me she had been on shift that day too and had
        never spoken about it. Two of the consultants, Dr [[name:Ashworth]] and Dr
        [[name:Nkemelu]], shared their own first deaths. I learnt that talking about the emotional
        side is not weakness and that others carry the same things. I have since started a
        monthly debrief with my fellow FY2s [[name:Callum]], [[name:Ayesha]] and [[name:Josh]].
    """)),

    ("health", "success", prose("""
        Card left for the {{district nurses}}: "To [[name:Shelley]], [[name:Rhian]] and
        little [[name:Ben]] - thank you for looking after Dad's legs all winter. He says you're
        better than the telly. Love the [[name:Braithwaite]] family."
    """)),

    ("health", "success", block("""
        Serious Success Review - early recognition of sepsis
        Ref: [[case_reference:SSR/ACUTE/0042]]  Date of event: [[date:12/02/2024]]

        Patient: [[name:Amelia Ward]], [[age:67]], NHS [[nhs_number:4658481960]]

        Summary: Mrs [[name:Ward]] was admitted to [[organisation:Ward 4]] with a UTI. At 02:00 HCA
        [[name:Rosie Tran]] recorded a {{NEWS2}} of 5 and, although the score had only risen by
        two, felt she "just didn't look right" and escalated straight to the nurse in charge,
        [[name:Emeka]]. He called the {{outreach team}} ([[name:Lynne]]) and the {{Sepsis Six}} was
        complete within 50 minutes. Mrs [[name:Ward]] spent one night in HDU and went home on day 6.

        Contributing factors to success: confidence of a junior member of staff to escalate on
        gut feeling; a nurse in charge who listened; outreach who came without debate.
    """)),

    ("health", "success", block("""
        Dear Ward Sister and all the team on the [[organisation:Hyper Acute Stroke Unit]],

        I'm writing about my wife [[name:Sheila Mortimer]] who came in by ambulance from our home,
        [[address:Rose Cottage, Back Lane, Thornton-le-Dale]], on [[date:the 5th of June]]. The
        paramedics [[name:Nick]] and [[name:Ellie]] had her with you within the hour and she had
        {{thrombolysis}} before I had even parked the car. Dr [[name:Fitzgerald]] explained
        everything twice because I didn't take it in the first time. The
        {{speech and language therapist}} [[name:Ngozi]] got [[name:Sheila]] saying my name again - I cried
        in the corridor and [[name:Dawid]] the HCA brought me a tea and didn't make a fuss.

        Our daughters [[name:Helen]] and [[name:Kate]] send their thanks too. [[name:Sheila]] is
        home now and bossing me about, which is how it should be.

        Yours very gratefully,
        [[name:Brian Mortimer]]
    """)),

    ("health", "success", prose("""
        Health visiting - case note addendum, child [[name:Ellis Mark]], family ref
        [[case_reference:HV-889104]]. I want to mark this visit as a good one. Dad,
        [[name:Mark]], has been struggling since mum [[name:Toni]] went back to work and at the
        last contact scored high on the {{PHQ-9}}. Today he told me he'd self-referred to
        {{Talking Therapies}} and joined the dads' group at [[organisation:Seacroft Family Hub]]
        run by [[name:Jermaine]]. [[name:Ellis]] (10 months) is hitting every milestone and was
        pulling himself up on the sofa. The {{health visitor}} before me, [[name:Gemma]], laid the
        groundwork. [[name:Mark]] asked me to put on record that it was her asking "and how are
        YOU" that started it.
    """)),

    ("health", "success", prose("""
        Message via the physio inbox: "I want to thank [[name:Suki]] and [[name:Jonno]] in
        outpatient physio at [[organisation:Chapel Allerton]]. After my {{ACL reconstruction}} I
        didn't think I'd play again. On [[date:Sunday 8th]] I played 90 minutes for the vets. You
        two did that. Cheers, [[name:Aaron]]"
    """)),

    ("health", "success", prose("""
        Team notes, [[organisation:Kirklees CAMHS Crisis Team]]. Shout out to [[name:Jas]] and
        [[name:Ffion]] for their work with [[name:Millie-Jo]] ([[age:14]]) over the half term.
        After her {{overdose}} and two nights on the paediatric ward, they did daily home visits,
        wrote a {{safety plan}} with her in her own words ("ring Auntie [[name:Kerry]], walk
        Biscuit"), and linked in with
        her school, [[organisation:Holmfirth High]], so her head of year Mr [[name:Doyle]] knew
        what to do on her first day back. [[name:Millie-Jo]] has been stepped down to the
        community {{CAMHS}} team. Her mum [[name:Rachael]] emailed to say "you gave me my girl
        back". Case [[case_reference:RiO 3318840]].
    """)),

    ("health", "success", block("""
        To the ambulance crew who came to my mum on [[date:Christmas Eve]],

        I don't know your surnames but you were [[name:Kirsty]] and [[name:Abdul]] and the ambulance
        was [[vehicle_registration:YX19 KHF]]. Mum ([[name:Edna]], [[age:88]], [[address:31 Cross Green Crescent]])
        had been on the floor for hours. You were so gentle with her, you
        chatted about her budgie, you even put the {{Christmas tree}} lights on for her before you
        left. The {{paramedic}} who rang later - [[name:Kirsty]] I think - told me she was settled
        on {{AMU}}. Mum is home for New Year. Thank you.

        [[name:Carole Hepworth]]   incident no [[case_reference:Y-24-1278845]]
    """)),

    ("health", "success", prose("""
        Compliment for reception at [[organisation:Northgate Medical Centre]]: [[name:Tina]] on the
        front desk noticed Mr [[name:Azeem Butt]] looked grey and sweaty while waiting for a
        routine bloods appointment and got the duty doctor straight away instead of letting him sit.
        It was an {{NSTEMI}}. His wife [[name:Rubina]] came in with a cake on [[date:15/10/24]].
        Logged [[case_reference:NMC-COMP-031]] by practice manager [[name:Heather]].
    """)),

    # ------------------------------------------------------------------ aviation (15)
    ("aviation", "success", block("""
        Dear Customer Relations,

        I was a passenger on [[flight_number:EZY6121]] from Manchester to Alicante on
        [[date:17 July 2024]] (booking ref [[case_reference:K7QXZP2]]) and I want to praise your
        crew. About an hour in my father, [[name:Ken Ashby]], collapsed in the aisle. The
        {{senior cabin crew member}}, [[name:Lorna]], had the {{defibrillator}} and oxygen there in
        seconds, [[name:Javier]] and [[name:Megan]] cleared the rows, and a passenger who turned out
        to be a nurse, [[name:Siobhan]], helped until the captain landed us in Bordeaux. Captain
        [[name:Hughes]] came back personally to tell me where Dad was being taken.

        Dad has a pacemaker now and is back playing bowls. Please pass this on to all of them.

        [[name:Gemma Ashby]]
        [[email:gemma.ashby@example.co.uk]]
    """)),

    ("aviation", "success", block("""
        📣 BASE SHOUT-OUTS - [[organisation:Leeds Bradford]] crew room, week 32

        ✈️ Captain [[name:Rob Hale]] and FO [[name:Precious Moyo]] on [[aircraft_registration:G-JZHL]]
        for a textbook {{go-around}} in the crosswind on Tuesday - great CRM, great brief
        ✈️ [[name:Tash]], Big [[name:Lew]] and "[[name:Mouse]]" ([[name:Amy Marsh]] to HR 😉) for
        turning a 90 min delay into a party at the gate with the kids
        ✈️ Engineer [[name:Stan Kowalski]] for finding the hydraulic leak on the walkround before it
        became a problem
        ✈️ Welcome to our new cadets [[name:Jodie]] and [[name:Tariq]]!

        Keep them coming - drop a note to [[name:Karen P]] in crewing.
    """)),

    ("aviation", "success", prose("""
        Airport Hero Awards - nomination. Nominee: [[name:Desmond Acheampong]] ("[[name:Dez]]"), PRM
        assistance, staff no. [[case_reference:AH40917]]. Nominated by: duty manager
        [[name:Fran Kelly]]. On [[date:Friday 26th April]] an {{unaccompanied minor}},
        [[name:Leo]], aged [[age:11]], missed his connection when [[flight_number:LS815]] was
        delayed. [[name:Dez]] stayed two hours past his shift, kept [[name:Leo]] company at the
        {{special assistance}} lounge, got him a meal and let him phone his grandma
        [[name:Marion]] every half hour. He then walked him to the gate for [[flight_number:LS817]]
        and waited until the {{cabin crew}} signed for him. [[name:Leo]]'s grandma wrote to us
        saying [[name:Dez]] was "the kindest man in Yorkshire". I agree.
    """)),

    ("aviation", "success", prose("""
        Passenger comment card, [[flight_number:BA1432]] LHR-EDI: "The {{purser}} [[name:Olu]] and
        young [[name:Freddie]] made my first flight since my husband died a gentle one. They
        noticed, and they were kind. [[name:M. Fairbairn]], seat 4C."
    """)),

    ("aviation", "near_miss", prose("""
        Safety report [[case_reference:ASR-2024-3318]] - near miss, handled well. During the
        {{runway inspection}} at 05:40 on [[date:09/05/2024]], airside ops officer
        [[name:Kieran Walsh]] found a metal panel about 40cm long on the runway edge near taxiway
        B. He closed the runway, recovered the item and with engineering ([[name:Dev]]) traced it
        to an access panel from [[aircraft_registration:G-EZUK]], which was still on stand 14. The
        aircraft was held and repaired before its first departure. Ops manager [[name:Sarah Oduya]]
        praised [[name:Kieran]] for doing a second pass after something "caught his eye". The
        {{FOD}} walk is now done twice on nights after heavy maintenance.
    """)),

    ("aviation", "success", block("""
        Learning from what went well - [[flight_number:TOM4521]], [[aircraft_registration:G-TAWX]],
        [[date:2 August 2024]]
        Crew: Captain [[name:Ingrid Solberg]] (PF), FO [[name:Nathan Achebe]] (PM),
        SCCM [[name:Fiona Reid]] ([[name:Fi]])

        Event: bird strike on rotation from Bristol, No. 2 engine vibration, return to land.

        What went well:
        - [[name:Nathan]] spotted the vibration trend first and called it clearly.
        - [[name:Ingrid]] used the full {{NITS brief}} to the cabin; [[name:Fi]] said it was the
        clearest she had ever had.
        - ATC (Bristol Radar) gave a straight-in approach.
        - Passengers were kept informed and nobody was hurt.
        - Engineer [[name:Paddy Flynn]] shared photos with the crew afterwards so they could see
        what they had dealt with.
        Shared with the {{CAA}} through an MOR as a positive example of {{CRM}}.
    """)),

    ("aviation", "success", prose("""
        Cabin crew reflective log, [[name:Yasmin Farouk]]. On the Faro to Newcastle leg,
        [[flight_number:RK2218]], a lady in row 12, [[name:Maud]], became very confused and tried
        to open an overwing exit twice. Her daughter [[name:Pauline]] said she has {{dementia}} and
        this was her first flight in years. I moved them to the front, away from the exit,
        and [[name:Maud]] and I looked at photos of her grandson [[name:Ollie]] for most of the
        flight. My colleague [[name:Aidan]] kept the trolley away from her so it wasn't noisy. What
        I learnt: the {{sunflower lanyard}} would have told us in advance - I have asked the
        ground team to remind passengers they can wear one.
    """)),

    ("aviation", "success", prose("""
        Huge thanks to [[name:Bogdan]] and [[name:Shireen]] in special assistance at Manchester who
        got my husband and his {{wheelchair}} from the car park to seat 1A without a single bump.
        [[name:Dorothy Pilling]]
    """)),

    ("aviation", "near_miss", prose("""
        Engineering occurrence [[case_reference:ENG-OCC-24-0719]], aircraft
        [[aircraft_registration:G-OBMP]]. During a routine {{A-check}} on the night shift,
        B1 engineer [[name:Terry Nuttall]] (staff [[case_reference:E2204]]) noticed a hairline
        crack in a flap track bracket that was not on the task card. He raised it, [[name:Terry]]
        and apprentice [[name:Keeley]] removed the part, and the aircraft was returned to service
        with a new bracket eight hours late. Shift lead [[name:Ian Osborne]] ("[[name:Ozzy]]") commended his
        diligence. Submitted to the manufacturer and the {{CAMO}}. A big thank you also to stores
        ([[name:Raheem]]) for finding the spare at 3am.
    """)),

    ("aviation", "success", block("""
        RAMP RUMOURS - ground ops newsletter

        Weather: the Met Office put us on {{amber}} for wind on [[date:Wednesday 13th]] and what a
        shift it was. Well done to [[name:Amber Stokes]] our duty manager who had the
        {{de-icing}} rigs staged, extra {{chocks}} out and the team briefed by 5am. [[name:Amber]]
        says the real heroes were [[name:Gav]], [[name:Priti]] and [[name:Chinedu]] on the towbar
        and "[[name:Smudge]]" ([[name:Lee Smith]]) who kept the belt loaders running.

        Birthdays this month: [[name:Rav]], [[name:Moira]], [[name:Nigel B]].

        Don't forget the family fun day at [[organisation:Yeadon Cricket Club]] - tickets from
        [[name:Julie]] on [[phone:0113 496 4417]].
    """)),

    ("aviation", "success", prose("""
        Pilot comment to ATC, [[flight_number:EXS37LM]]: "Thanks to the approach controller
        earlier, a really calm voice when we lost our {{TCAS}} display. Much appreciated." Passed
        to watch manager [[name:Siân]] for [[name:Jake Morrell]] on position.
    """)),

    ("aviation", "success", block("""
        Dear [[organisation:Skyline Travel]] and your airport team,

        Our daughter [[name:Sky]] (yes, named after the {{sky}} because her dad is a pilot!) lost her
        passport somewhere between security and gate 32 at Birmingham on [[date:28/08]]. She is
        [[age:19]] and was travelling alone to Dublin. Your agent [[name:Hollie]] at the desk
        searched the cameras with the security officer Mr [[name:Pryce]] and they found it in a
        tray. [[name:Sky]] made her flight, [[flight_number:FR 664]], with two minutes to spare.
        [[name:Hollie]] even rang us on [[phone:0121 496 0794]] to let us know.

        Thank you from [[name:Leanne]] and [[name:Craig Ogunleye]].
    """)),

    ("aviation", "success", block("""
        Dispatch team 🧡
        [[name:Summer]]: Just wanna say thanks to everyone for covering my {{summer}} leave so I could
        go to my sister [[name:Autumn]]'s wedding 😭 hear you had 3 {{turnarounds}} in 25 mins
        [[name:Raj K]]: 🤣 [[name:Summer]] we barely noticed u were gone
        [[name:Niamh]]: [[name:Lewis]] did your loadsheets and only cried once
        [[name:Lewis]]: lies. twice
        [[name:Summer]]: [[name:Lewis]] ur a star. and [[name:Niamh]] for the {{weight and balance}}
        training notes x
    """)),

    ("aviation", "success", prose("""
        Lost property success: Bunny the knitted rabbit, left in seat 23F on
        [[flight_number:U2 2054]], was reunited with [[name:Orla]] ([[age:4]]) in arrivals the next
        morning, thanks to cleaner [[name:Precious]] and the {{lost property}} desk. Thank you from one very
        happy family.
    """)),

    ("aviation", "success", block("""
        Email from SCCM [[name:Helena Kraus]] to base manager [[name:Andy]], subject "Purser
        recognition - diversion [[date:03/11/24]]"

        Hi [[name:Andy]],

        I want to put [[name:Grace Obi]] forward for recognition. We diverted to Shannon on
        [[flight_number:EI 105]] ([[aircraft_registration:EI-DUO]]) with a {{medical emergency}}
        and 180 passengers who then had an overnight. [[name:Grace]] led the {{purser}} team with
        huge {{grace}} under pressure - she organised the hotel lists with the handling agent
        ([[name:Padraig]]), made sure the family of the unwell passenger, Mr [[name:Hamid]], were
        kept together and looked after, and still found time to check the new girl,
        [[name:Zofia]], was OK after her first real emergency. Captain [[name:Doyle]] said the same.

        Thanks,
        [[name:Helena]]
    """)),
]


def main() -> None:
    records = build_records("blind36", REPORTS)
    write_records(OUT, records)


if __name__ == "__main__":
    main()
