"""Held-out blind corpus 59: children's and young people's own words, quoted verbatim.

Setting: youth workers, school nurses, foster carers, residential workers, advocates, health staff
and airline/airport escort and cabin crew writing up what children and teenagers said: slang,
text-speak, street names, gamer tags and social handles, pets and siblings, SEND transitions,
county lines and exploitation, and unaccompanied minors travelling by air.
Voice: UK practitioners quoting children exactly, with nicknames that are people (Lil T, Big Mo,
Kiki, Smudge, Bluey) beside names that are not (a dog, a toy, a game, a drug, a scheme).
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from markup import block, build_records, write_records  # noqa: E402
from markup import flow as prose  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "corpus" / "heldout_blind59.jsonl"

REPORTS = [
    # ------------------------------------------------------------------ social care
    ("social_care", "incident", prose("""
        Return from missing, [[organisation:Marlowe Lodge]]. [[name:Kaylan Reid-Osei]] ([[age:15]]) came back
        to the home at 02:10 on [[date:14/09/2024]] after 19 hours missing. On return he said "I was just
        linking with [[name:Big Mo]] and [[name:Lil T]] innit, they're my bros, I weren't on no madness".
        Staff noticed a second phone (cracked {{Samsung}}) and £340 in cash in his hoodie. When asked about
        the phone he said "that's my work line, [[name:Mo]] gave it me, don't chat to me about it". A taxi,
        reg [[vehicle_registration:KX71 HDV]], dropped him at the gate and drove off quickly. Police
        informed, missing log [[case_reference:MP/24/55817]]. Return home interview offered; [[name:Kaylan]]
        refused but said he would talk to [[name:Shanice]] (his advocate) "cos she don't snitch". Referral
        made to the {{MACE}} panel and an {{NRM}} first responder consulted. {{Duty Manager}}
        [[name:P. Adeyemi]] informed at 02:30.
    """)),
    ("social_care", "near_miss", prose("""
        Foster carer diary, [[date:Sunday 3rd November 2024]]. [[name:Tillie]] ([[age:12]]) was on
        {{Roblox}} in the lounge and I heard her voice-chatting with a player called
        "[[name:xXShadowKingXx]]" who kept asking for her {{Snapchat}}. She told him "my {{foster mum}} says
        no" and came and got me, which I praised her for. When I checked her tablet he had already found her
        account, [[name:tillie.bean09]], through a friend of a friend and sent "u look way older than ur age
        lol send a pic". Nothing had been sent back. Screenshots saved, account blocked and reported to
        {{CEOP}}. Rang {{EDT}} on [[phone:01632 960417]] and left a message for her social worker
        [[name:Rhiannon Pryce]] for Monday. [[name:Tillie]] then said "Nanna [[name:Bev]] lets me have
        Snapchat at hers" – [[name:Bev]] is maternal nan and contact is meant to be supervised, so I have
        flagged this for the review.
    """)),
    ("social_care", "success", prose("""
        Advocacy note – annual review meeting [[date:11/06/2025]]. [[name:Jordan]] "[[name:JJ]]"
        [[name:Mensah]] ([[age:16]], autistic, {{EHCP}}) asked me beforehand to help him "not get talked
        over like last time". We agreed he would open the meeting himself. He read from his phone: "Call me
        [[name:JJ]]. I want to go [[organisation:Calder Valley College]] to do motor vehicle, not the sixth
        form. I don't like loud canteens. I want Mrs [[name:Okonjo]] to come on the visit cos she gets me."
        The {{SENCO}} from [[organisation:Fernhill School]] agreed a {{Preparing for Adulthood}} plan with
        three transition visits, and the college's learning support lead [[name:Tom Hadley]] offered a quiet
        lunch space. [[name:JJ]] chaired the last ten minutes and summarised the actions himself. His mum
        said afterwards "I've never seen him that confident in a room full of professionals". His views are
        recorded in his own words in the review paperwork.
    """)),
    ("social_care", "incident", block("""
        INCIDENT LOG – [[organisation:Eastgate Youth Hub]]
        Date: [[date:21/02/2025]]    Ref: [[case_reference:EYH-INC-0219]]
        Reported by: [[name:Dami Akinola]], senior youth worker

        19:40 – two older males on a black moped waiting by the bike shelter, no plate visible. Several members called them "[[name:Dizzle]]" and "[[name:Trapz]]".
        19:55 – [[name:Ruqayyah]] ([[age:14]]) told me: "[[name:Dizzle]]'s here every {{Friday}}, he buys the little ones trainers and then they owe him."
        20:05 – [[name:CW]] ([[age:13]]) went out to speak to them and came back with a new vape. When asked he said "it's calm, [[name:Trapz]] is my cousin's boy".
        20:15 – males left towards [[address:Harrow Road]] when I went outside.
        Actions: {{Contextual Safeguarding}} referral to {{MASH}}; intel shared with the {{PCSO}}; [[name:CW]]'s mum phoned. Manager [[name:Lou Barraclough]] informed.
    """)),
    ("social_care", "near_miss", prose("""
        Medication near miss, [[organisation:Oakhurst Children's Home]], evening of [[date:09/10/2024]]. An
        agency worker was about to give [[name:Harvey]] ([[age:11]]) the 7.30pm {{melatonin}} prescribed for
        [[name:Harley]] ([[age:13]]) – the two boxes sat side by side in the cabinet and the names are one
        letter apart. [[name:Harley]] was stood at the hatch and said "that's not his, that's mine, mine's
        the liquid one, ask Auntie [[name:Jo]] she knows". The worker stopped, checked the {{MAR chart}}
        against the label and confirmed the error before anything was given. No harm. {{Shift Lead}}
        [[name:Joanne Feeney]] (the Auntie [[name:Jo]] that [[name:Harley]] meant) has moved the boxes into
        separate labelled trays and added a photo of each young person to the front of their MAR.
        [[name:Harley]] asked if he would "get a reward for saving the day" – he got extra {{Xbox}} time.
    """)),
    ("social_care", "success", prose("""
        Placement update – [[name:Abdirahman]] (states he is [[age:16]]; {{age assessment}} not started),
        placed with us on [[date:2 December 2024]] after arriving at the port in the back of a lorry. For the
        first two weeks he barely spoke and slept in his coat. This week he showed me a photo on his phone
        and said "this my brother [[name:Liban]], he in Birmingham, I don't know which house". With his
        consent we referred to the {{British Red Cross}} family tracing service and his social worker
        [[name:Faisal Qureshi]] chased the {{Home Office}} for his screening notes. Today [[name:Liban]] rang
        on a video call – they cried and then laughed for the whole hour. [[name:Abdirahman]] said "now I can
        sleep in bed, not coat". Case ref [[case_reference:UASC/0447/24]]. Next step: sibling contact plan at
        the {{LAC review}}.
    """)),
    ("social_care", "incident", prose("""
        Home visit to [[address:14 Tenter Row]], [[postcode:HD4 6QT]] on [[date:27/01/2025]] by family
        support worker. [[name:Mia-Rose]] ([[age:8]]) took me to see the rabbit hutch and whispered
        "[[name:Gaz]] threw the Xbox at the telly and mummy cried. He said if I tell anyone he'll give
        {{Tyson}} away." {{Tyson}} is the family's Staffie, not a person. Mum's partner is
        [[name:Gary Pickersgill]] ("[[name:Gaz]]"); he was not present. Mum confirmed an argument but
        minimised it. [[name:Mia-Rose]]'s school, [[organisation:Lindley Moor Primary]], had logged a bruise
        to her upper arm last week. Discussed with the {{duty social worker}} [[name:Hollie Stansfield]] and a
        {{strategy discussion}} was requested the same afternoon. Case number [[case_reference:CS-118742]].
    """)),
    ("social_care", "near_miss", prose("""
        Near miss – online. At about 21:00 on [[date:15/08/2024]] [[name:Precious]] ([[age:15]]) went live on
        {{TikTok}} from her bedroom as @[[name:preciousss.xo]]. Night worker [[name:Kwame]] saw the live from
        the office (staff follow the account with her agreement) and noticed the window behind her showed the
        house sign "[[address:Willow Garth]]" and the bus stop opposite. He knocked and asked her to end it;
        she said "omg it's only my mandem watching" but ended it after two minutes. 340 viewers, several
        unknown adult accounts, and comments like "which area u in". [[name:Precious]] deleted the replay
        with [[name:Kwame]]. A blind has been fitted and her {{online safety plan}} reviewed with her key
        worker. She now wants a "ring light like [[name:Kiki]]'s" – [[name:Kiki]] is her best friend from
        her last placement.
    """)),
    ("social_care", "incident", prose("""
        Advocacy complaint logged [[date:06/03/2025]], ref [[case_reference:ADV-2025-0311]].
        [[name:Kofi Asante-Bryan]], [[age:14]], [[organisation:Hazelmere House]]. [[name:Kofi]] says that on
        [[date:1 March]] a staff member took his PS5 controller as a sanction and then read his {{Discord}}
        messages out loud in the lounge "like it was jokes". In his words: "he was reading what me and
        [[name:KillaKai]] and [[name:Ryz0n]] say in the squad chat, and what my cousin [[name:Ama]] sent about
        my dad, in front of [[name:Levi]] and everyone. That's my private stuff bro." [[name:Kofi]] wants an
        apology and for staff "to not touch my phone without asking, like it says in my rules". The
        {{Registered Manager}} [[name:Denise Holroyd]] has acknowledged the complaint and the worker is off
        the rota pending investigation. I explained his right to go to {{Ofsted}} and the
        {{Children's Commissioner}}.
    """)),
    ("social_care", "success", prose("""
        Short breaks – transition. [[name:Ellie-Mae Thornton]] ([[age:17]], non-verbal, uses {{Makaton}} and
        a {{PECS}} book) had her first overnight at the adult {{respite}} service on [[date:19/07/2025]]. We
        built a photo book together over six visits: her room, the garden, the staff, and her big brother
        [[name:Smudge]] (real name [[name:Callum]]) who would drop her off. At bedtime she signed "home?",
        then found the page with [[name:Smudge]] waving, signed "tomorrow" and settled. Night staff member
        [[name:Bronwen]] sat with her until she slept. Mum said "she has never once gone to sleep somewhere
        new without me". Second stay booked; the photo book stays in her bag for her {{Care Act}}
        assessment.
    """)),
    ("social_care", "incident", block("""
        From: [[name:Nadia Siddiqui]] <[[email:n.siddiqui@larchfield.example.org]]>
        To: [[name:Gareth Lewis]] ({{IRO}})
        Sent: [[date:5 January 2025]] 08:12
        Subject: [[name:KB]] – missing from care overnight

        [[name:Gareth]],
        [[name:KB]] left [[organisation:Larchfield]] at 16:20 yesterday saying "goin to see my bae [[name:Tremaine]], don't wait up". Staff saw her get into a silver {{Audi}}, reg [[vehicle_registration:BN68 WXU]]. She came back at 06:45 by taxi with a new phone and nails done. She says [[name:Tremaine]] is "[[name:T-Money]] from the estate, he's [[age:19]] but he's safe, he looks after me". Police ref [[case_reference:CAD 4471 04/01]]. The {{Philomena Protocol}} form was on file so police had her photo straight away.
        I have asked for a {{CSE}} screening and a strategy meeting before Friday.

        [[name:Nadia]]
        {{Registered Manager}}
    """)),
    ("social_care", "near_miss", prose("""
        Contact near miss, [[organisation:Bridgeway Family Contact Centre]], [[date:Saturday 12 April 2025]].
        Dad arrived for supervised contact with [[name:Zara]] ([[age:6]]) and [[name:Yusuf]] ([[age:4]]); his
        cousin [[name:Rizwan]] was waiting in the car outside. [[name:Zara]] ran to the window shouting "Uncle
        [[name:Rizzy]]! [[name:Rizzy]]'s here!". [[name:Rizwan]] is not approved for any contact under the
        {{Child Arrangements Order}}. At the end Dad asked if the children could "just say hi" in the car
        park; the {{contact supervisor}} [[name:Ifeoma]] declined, kept the children inside and waited until
        the car had gone. Car reg [[vehicle_registration:YS19 KPT]] noted. [[name:Yusuf]] was upset and said
        "[[name:Rizzy]] has still got my {{Paw Patrol}} tower". Social worker informed on Monday; Dad reminded
        of the written agreement.
    """)),
    ("social_care", "success", prose("""
        Youth work closure summary. [[name:Tyrese]], [[age:17]], has worked with us for 14 months following
        a {{National Referral Mechanism}} referral for county lines. In our last session he said: "I told
        [[name:Bluey]] I'm done. He tried to say I owe him for the food and that but I said ask my probation.
        I'm doing my {{CSCS}} card now and I'm back on the Xbox with my lil sis [[name:Nevaeh]], not on the
        line." [[name:Bluey]] is an older male known to police; nothing suggests ongoing contact.
        [[name:Tyrese]] has started a groundworks course with [[organisation:Brightpath Training]] and has a
        bank account and NI number ([[ni_number:JT 48 29 17 B]]) sorted with his PA [[name:Gemma Rourke]]. He
        asked to write his own goodbye: "Thanks for not giving up on me even when I ghosted yous." Closed
        [[date:30/05/2025]].
    """)),
    ("social_care", "incident", block("""
        Messages photographed by foster carer [[name:Wendy Marsh]] on [[date:18/03/2025]] (young person's phone, with his consent)

        [[name:jaz_k]]: where u stayin now
        [[name:Leon]]: foster place innit
        [[name:jaz_k]]: which road tho
        [[name:Leon]]: [[address:Cherry Tree Close]] by the big {{Tesco}}
        [[name:jaz_k]]: send pin bro [[name:Ricco]] wants u back on shift
        [[name:Leon]]: nah my carer will kill me lol

        Note: [[name:Leon]] ([[age:15]]) was placed here after being found in a trap house. [[name:Ricco]] is believed to be the line holder. Carer reported it to {{EDT}} the same evening; social worker [[name:Adebayo Ojo]] is arranging an emergency move and a {{strategy meeting}}.
    """)),
    ("social_care", "near_miss", prose("""
        {{Early Help}} near miss. [[name:Deshawn]] ([[age:9]]) told his class teacher on [[date:23/09/2024]]
        "me and my bro [[name:Jamal]] sleep in Nanny [[name:Pat]]'s bed cos the mould's in ours, and she
        coughs all night". The teacher wrote it on a sticky note, which was nearly thrown away in a classroom
        tidy-up; a {{teaching assistant}} spotted it and brought it to me as {{DSL}} two days later. I spoke
        with [[name:Deshawn]], who was happy to repeat it, and then with Nanny [[name:Pat]] (kinship carer),
        who was relieved someone had asked. Referral made for an {{Early Help Assessment}} and to housing
        about the damp. Learning: every disclosure goes on {{CPOMS}} the same day, no sticky notes. Briefing
        for all [[organisation:Greenbank Primary]] staff done [[date:30/09/2024]].
    """)),
    ("social_care", "success", block("""
        debrief notes – [[date:14/11/2024]] – [[organisation:Rowan Lodge]]
        present: [[name:mags]], [[name:dev]] (staff), [[name:ollie]], [[name:jase]] (yp)

        [[name:ollie]] kicked off at tea after [[name:jase]] called him "{{Oliver Twist}}" again (asking for more). chair thrown, no one hurt.
        [[name:dev]] used {{PACE}}, took [[name:ollie]] out to the garden, no hands on. first time in 6 wks we havent needed a hold.
        [[name:ollie]] after: "im not being funny but [[name:dev]] actually listened for once. [[name:jase]] knows i hate that name."
        [[name:jase]] after: "it was bants but yeah ok i'll stop, dont tell Nan [[name:Dot]]".
        actions: [[name:mags]] to do restorative chat with both tmrw. log on {{Clearcare}}.
    """)),
    ("social_care", "incident", prose("""
        Advocate's visit report. I saw [[name:Cerys Llewellyn]] ([[age:15]]) on [[date:8 July 2025]] at the
        {{Tier 4}} unit where she has been an informal patient since [[date:20/06/2025]], about 140 miles
        from home. She said: "Nobody told me I'd be this far from {{Mam}} and my dog {{Bryn}}. [[name:Siôn]]
        can't even visit cos he's got college." Staff took her phone on admission and she has not been able
        to message her friends [[name:Lowri]] and [[name:Ffion]]. She told me her social worker has not rung
        once since she came in, and the unit confirmed her home authority had not been notified of the
        admission. I raised this with the ward manager [[name:Callum Baird]] and with the {{CAMHS}}
        commissioner; notification was sent the same day under ref [[case_reference:ADV/CL/0708]]. Phone
        access plan agreed.
    """)),
    # ---------------------------------------------------------------------- health
    ("health", "incident", prose("""
        School nurse incident report, [[organisation:St Aidan's RC High School]], [[date:04/02/2025]].
        [[name:Keisha]] "[[name:Kiki]]" [[name:Boateng]] ([[age:13]], type 1 diabetes, {{Omnipod}} pump) came
        to the medical room at 11:50 saying "my pump's been beeping all of maths and sir said turn it off or
        it's getting confiscated". Her {{Libre}} read 2.9. She had been too embarrassed to leave the lesson.
        Treated with {{glucose tablets}}, rechecked at 15 minutes (5.1). [[name:Kiki]] said "I told him it's
        not a phone, it's literally keeping me alive". The teacher had not read her
        {{Individual Healthcare Plan}}. Mum [[name:Abena]] informed on [[phone:07700 900318]]. Action: plan
        re-circulated to every teacher, {{Diabetes UK}} awareness session booked for staff.
    """)),
    ("health", "near_miss", prose("""
        Near miss at [[organisation:Highfield Junior School]] breakfast club, [[date:12/05/2025]].
        [[name:Zainab Hussain]] ([[age:7]], severe peanut allergy, two {{EpiPen}}s in the office) was about
        to eat a chocolate bar given to her by an older pupil. The breakfast club assistant saw the wrapper
        and took it off her. [[name:Zainab]] said "but [[name:Hamza]] said it's the safe one, he's my bro's
        best friend". No ingestion, no symptoms; observed for an hour. The bar did contain peanuts. I spoke to
        [[name:Hamza]] ([[age:10]]), who said "I didn't know you could die from a {{Snickers}}". Actions:
        allergy photo cards moved to the breakfast club hatch, and a Year 6 assembly on allergies with the
        {{school nursing}} team.
    """)),
    ("health", "incident", prose("""
        Young people's sexual health clinic, [[date:17/10/2024]], clinic no. [[case_reference:SH-88214]].
        [[name:Chloe]] ([[age:14]]) attended asking for the implant. Assessed under the
        {{Fraser guidelines}} and {{Gillick}}. During the consultation she said "my man [[name:Reece]] is
        [[age:19]] tho, he picks me up from school in his {{Golf}}" and showed me a photo on her {{Instagram}}
        tagged @[[name:reece_rs_19]]. I explained I had to share this; she said "please don't tell my mum,
        she'll kill [[name:Reece]]". Contraception provided as in her best interests. Referral to {{MASH}}
        the same afternoon and {{CSE}} risk screening completed. Incident: the clinic's paper referral form
        was faxed to an old number and only discovered as unsent three days later – now re-sent by secure
        e-mail and the fax removed.
    """)),
    ("health", "incident", prose("""
        Paediatric ED. [[name:Amelia-Jade Cooper]], DOB [[date_of_birth:03/03/2010]], NHS
        [[nhs_number:617 024 0903]], hospital no. [[case_reference:RX4471902]], brought in at 01:30 on
        [[date:22/12/2024]] after taking 16 {{sertraline}} tablets. A friend had seen her {{Instagram}} close
        friends story (@[[name:ajx.cooper]]) saying "night night forever" and rang 999. In resus she said "I
        only did it cos [[name:Lexi]] and them lot made a group chat called '[[name:AJ]] must die'". Incident:
        no {{CAMHS}} liaison cover overnight, so she was nursed in an adult observation bay until 10:00 and
        was frightened by a confused adult patient. Transferred to [[organisation:Starling Ward]] at 11:15.
        Learning shared with the {{ED matron}}.
    """)),
    ("health", "near_miss", prose("""
        Near miss – patient identification, [[organisation:Puffin Ward]], [[date:07/01/2025]]. Two boys:
        [[name:Aiden Kelly]] ([[age:5]], DOB [[date_of_birth:14/08/2019]], NHS [[nhs_number:478 429 5283]]) in
        bay 2 and [[name:Aidan Kelly]] ([[age:6]], DOB [[date_of_birth:30/11/2018]], NHS
        [[nhs_number:914 419 9155]]) in bay 4. IV {{co-amoxiclav}} prepared for [[name:Aidan]] was taken to
        bay 2. At the bedside check the nurse asked the child his name and birthday and he said "I'm
        [[name:Aiden]] with an E and I'm [[age:five]] and my birthday's in the summer". She stopped, re-checked
        the wristband against the chart and returned the dose. No harm. Name alert stickers now on both
        charts and the boys moved to different bays.
    """)),
    ("health", "success", prose("""
        Learning disability liaison – transition. [[name:Bartholomew Achterberg]] ([[age:18]],
        {{Down syndrome}}, congenital heart condition) had his first adult cardiology appointment on
        [[date:03/04/2025]]. We wrote his {{hospital passport}} together over three sessions. Page one, in
        his words: "My name is [[name:Bartholomew]] but call me [[name:Barty]]. I like {{Doctor Who}} and my
        dog {{Pickle}}. Don't do the blood test first, tell me a joke first. My sister [[name:Saskia]] knows
        everything about me." Clinic used the passport: a long slot, and the {{HCA}} talked about the
        {{Daleks}} during his bloods. [[name:Barty]] said after "that doctor was sound". Dad said it was the
        first hospital appointment in years without a meltdown.
    """)),
    ("health", "success", prose("""
        School nurse drop-in, [[organisation:Kingsmead Academy]], [[date:15/01/2025]]. [[name:Oskar Nowak]]
        ([[age:14]]) was referred by his form tutor for falling asleep in lessons. At the drop-in he said "I
        do my mum's tablets at night and get [[name:Zuzia]] to school, she's [[age:six]]. Mum has the
        {{MS}}." He had never heard the words {{young carer}}. With his agreement I referred him to
        [[organisation:Hearth Young Carers]] and the school completed a {{Young Carers Assessment}}. Four
        weeks on, he has a lunchtime group, a late-start pass for bad nights, and his mum has a district
        nurse visiting twice a week. [[name:Oskar]] asked me to write "I'm not snitching on my mum, I just
        needed someone to ask" in his notes, so I have.
    """)),
    ("health", "incident", prose("""
        Significant event, [[organisation:Parkside Medical Practice]], [[date:19/11/2024]]. Twins
        [[name:Amara]] and [[name:Amari Okeke]] ([[age:3]]) attended for their {{MMR}} second dose and the
        nasal flu vaccine. Both were given {{Fluenz}}. As they were leaving, [[name:Amara]] told the nurse
        "[[name:Amari]] already had the sniffy one at [[organisation:Little Acorns]], he sneezed it on
        [[name:Tash]]". The nursery's in-house immunisation had not been uploaded to the GP record, so
        [[name:Amari]] (NHS [[nhs_number:664 920 9694]]) received a second dose the same season. No adverse
        effects on follow-up call. Parents informed and apologised to. Learning: ask parents and the child
        about vaccines given elsewhere, and check the {{Child Health Information Service}} before giving
        seasonal flu.
    """)),
    ("health", "near_miss", prose("""
        Young people's drug and alcohol service, [[date:02/06/2025]]. [[name:Mason]] ([[age:16]]) told me
        he had bought "bars" from "[[name:Lil Dre]] on Snap, @[[name:dre.plugz]], a fiver each". He took one
        at the park on Friday and his mate [[name:Shay]] found him "proper gouching on the bench, couldn't
        wake him up for ages". He said "they're real {{Xanax}} tho, they've got the writing on". We talked
        through counterfeit benzos and {{nitazenes}} turning up in pressed pills locally. He had two more in
        his bag for a party that night and agreed to hand them in. He and [[name:Shay]] both took
        {{naloxone}} kits and were shown how to use them. Intel about the seller shared with the police
        drugs team.
    """)),
    ("health", "incident", prose("""
        ED incident, [[date:11/08/2024]], ref [[case_reference:DX-240811-07]]. [[name:Tobi]] ([[age:9]])
        was brought in with a displaced forearm fracture by Uncle [[name:Femi]], who signed the consent form
        for manipulation under {{ketamine}} sedation. While the {{SHO}} was drawing up, [[name:Tobi]] said
        "[[name:Femi]] isn't my real uncle, he's mummy's friend from church. Mummy's in Lagos till
        September." Procedure paused. [[name:Femi]] ([[name:Olufemi Bankole]]) had no parental responsibility
        or written authority. Mum was reached on [[phone:07700 900562]] and gave verbal consent, witnessed by
        two clinicians. Concern: possible {{private fostering}} arrangement lasting over 28 days, so
        notification made to children's services. Learning: check who holds PR before any consent form is
        handed over.
    """)),
    ("health", "success", prose("""
        Community paediatrics – ADHD transition. [[name:Rhys Pemberton]], DOB [[date_of_birth:21/05/2007]],
        NHS [[nhs_number:660 174 8838]], on {{Elvanse}} since Year 7, turned 18 with no adult service
        lined up. He emailed us himself: "I'm not going back to square one, my GP at
        [[organisation:Abbeydale Surgery]] says they don't do ADHD and I've got my A levels in May." We
        arranged a joint appointment with the practice pharmacist, signed a {{shared care agreement}} and
        gave him a bridging prescription. He also used {{Right to Choose}} for his adult review. No doses were
        missed. He wrote afterwards: "cheers Dr [[name:Mills]], sorted, that's one less thing to stress
        about".
    """)),
    ("health", "incident", prose("""
        Community midwife note. [[name:Paige]] ([[age:16]]), 28 weeks, had missed her 20-week anomaly scan
        and a growth scan. I visited [[address:Flat 3, 22 Mercer Street]], [[postcode:M14 5RJ]] on
        [[date:10/03/2025]]. She said "my bf [[name:Kane]]'s mum says I don't need all them scans, she had
        five kids without any of that, and [[name:Kane]] don't like me going on my own". [[name:Kane]] is
        [[age:20]]; his mum [[name:Tracey]] was present and answered most questions for her. The missed
        appointments had not been escalated because the booking letter went to [[name:Paige]]'s old foster
        placement. Incident logged: teenage pregnancy with two DNAs should trigger a safeguarding
        midwife review. Scan rebooked for the next day with transport, referral made to the
        {{Family Nurse Partnership}}, and I will see her alone at the next contact.
    """)),
    ("health", "near_miss", block("""
        Immunisation session – consent discrepancy
        School: [[organisation:Moorside Community College]]    Date: [[date:26/03/2025]]
        Vaccine: {{HPV}} ({{Gardasil 9}}), Year 8

        Name on list                 Consent      Note
        [[name:Ellis Brennan]]       Given        vaccinated 10:20
        [[name:Ellis Brannigan]]     Refused      parent declined, form returned
        [[name:Ellis-Jay Brennan]]   Given        absent today

        10:35 – a pupil came in saying "I'm [[name:Ellis B]], Mr [[name:Ward]] sent me, I'm the last one". The list had been ticked up to him so the nurse started drawing up. On the identity check (name, DOB, form group) he gave DOB [[date_of_birth:09/01/2012]] and "8MB", which matched [[name:Ellis Brannigan]] – the refused consent. He said "my dad said no but [[name:Jaylen]] said it doesn't even hurt so I just came".
        Outcome: not vaccinated. Dad phoned; still declines. {{Gillick}} competence not assessed as the pupil wanted to "just get it done cos everyone else did".
        Learning: call pupils by full name and DOB, never "[[name:Ellis B]]".
    """)),
    ("health", "incident", prose("""
        Ambulance crew report. Called at 23:48 on [[date:31/10/2024]] to a house party at
        [[address:41 Ashby Crescent]], [[postcode:LS9 8BN]]. Patient [[name:Maddison]] ([[age:15]]), GCS 11,
        vomiting, in the recovery position on the bathroom floor. Friends said "she only had a bit of
        {{Mandy}} and like three {{WKD}}s, she's fine, she just needs to sleep it off". One friend,
        "[[name:Kels]]", had her phone and said [[name:Maddison]]'s mum was "on nights, don't ring her".
        A male aged about [[age:20]], introduced as "[[name:Jonno]]", left through the back door as we arrived.
        Conveyed to ED with a temperature of 38.9. Incident: parents were not contacted for 90 minutes
        because no one had her mum's number until police located it. Police log
        [[case_reference:PL-2410-9931]]; safeguarding referral submitted regarding the adult male at an
        under-18s party.
    """)),
    ("health", "success", prose("""
        Play specialist note, [[organisation:Kestrel Ward]], [[date:20/02/2025]]. [[name:Noah]] ([[age:4]])
        needed a cannula and had screamed through the last two attempts. Mum told us he calls his baby
        brother "[[name:Bubba]]" and copies everything he does, so we practised on a doll called
        "[[name:Bubba]]" with a pretend {{cannula}} and {{Ametop}} cream. The visiting therapy dog,
        {{Peanut}}, sat on the bed while it went in. [[name:Noah]] held {{Peanut}}'s lead and said "me and
        [[name:Bubba]] are brave and {{Peanut}} is brave too". First-time success, no restraint needed.
        Plan added to his notes for his next admission: doll first, {{Ametop}} 45 minutes, dog if on site.
    """)),
    ("health", "incident", prose("""
        [[organisation:Whinfell School]] (residential special school). [[name:Ibrahim]] ([[age:12]],
        epilepsy and autism) had a tonic-clonic seizure on the school minibus, reg
        [[vehicle_registration:YJ21 FNO]], on [[date:05/02/2025]]. His {{buccal midazolam}} was in the
        school office, not in his grab bag, so it could not be given at five minutes as per his plan. The
        escort called 999 and the seizure stopped on its own at about seven minutes. When he came round he
        said "my head is fuzzy, where is {{Mr Wolf}}?" – {{Mr Wolf}} is his soft toy. Paramedics took him to
        hospital for observation; discharged the same evening. Rescue medication now signed out and back in on
        every journey; his {{Epilim}} dose is being reviewed by neurology.
    """)),
    ("health", "near_miss", block("""
        Telephone advice – children's community nursing
        Caller: [[name:Marcia Campbell]] (foster carer)    Tel: [[phone:01632 960288]]
        Child: [[name:Jermaine]] ([[age:2]])    NHS: [[nhs_number:454 528 2784]]
        Date/time: [[date:16/06/2025]] 19:05

        Gastrostomy button ({{MIC-KEY}}) came out while [[name:Jermaine]] was in the bath. Carer had a spare but it was the old size (12Fr) left by the previous carer; she was about to fit it. [[name:Jermaine]]'s older brother [[name:Dwayne]] (on speaker) said "that's the baby one, [[name:Jermaine]]'s is the blue box".
        Advised: do not force a smaller button; fit correct-size spare from the blue box, check {{pH}} of aspirate before feeding.
        Call back 19:40 – correct button in, pH 4, feed restarted.
        Learning: old-size spares removed from the home on next visit by [[name:Sunita]] (CCN).
    """)),
    # -------------------------------------------------------------------- aviation

    ("aviation", "incident", prose("""
        Ground handling incident, [[date:03/08/2024]]. Unaccompanied minor [[name:Chidinma Eze]]
        ([[age:9]]), UM ref [[case_reference:UM-558104]], arrived on [[flight_number:ZT 2217]]. The
        nominated collector on the form was her aunt, [[name:Ngozi Eze]]. At the {{UM desk}} a woman
        introduced herself as "Auntie [[name:Grace]]" and said [[name:Ngozi]] was stuck on the {{M25}} and
        had asked her to collect. The agent, covering from check-in, released the child after ringing a
        number the woman supplied. On the way out [[name:Chidinma]] said "that's not my auntie, that's
        Mummy's friend from the shop". A {{Duty Manager}} overheard, stopped them at the exit and returned
        the child to the desk. [[name:Ngozi]] arrived 25 minutes later with ID and the agreed password. No
        harm, but a serious breach of the UM procedure; the agent had not done UM training. Reported to the
        airline and the airport police unit.
    """)),
    ("aviation", "near_miss", prose("""
        Cabin crew report, [[flight_number:SKR 508]], [[aircraft_registration:G-OKLM]] ({{ATR 72}}),
        [[date:22/12/2024]]. UM [[name:Oisín Dempsey]] ([[age:11]]) was flying to his dad's for
        {{Christmas}} with a connection. On descent he told me "I'm old enough to do it on my own, Daddy said
        just follow the signs". At arrival the handling agent was not at the aircraft door; passengers were
        being bussed and [[name:Oisín]] was already on the steps with his headphones in. Crew member
        [[name:Lauren]] caught him at the bus door and he was escorted to the transfer desk and handed,
        envelope signed, to the connecting escort [[name:Prakash]]. The handling agent's arrival list did not
        show a UM on board, so nobody was waiting for him. Safety report [[case_reference:ASR-24-1187]]
        raised for the missing {{PSM}} message.
    """)),
    ("aviation", "success", prose("""
        Special assistance – compliment, [[date:14/04/2025]]. [[name:Arlo]] ([[age:7]], autistic, wearing
        a {{Hidden Disabilities Sunflower}} lanyard) flew with his mum [[name:Kirsty]] on
        [[flight_number:ZT 1903]] to see his nan. The family had done a practice visit the week before
        through the airport's {{Autism Familiarisation}} scheme. At security [[name:Arlo]] said "the arch is
        like a giant {{Dyson}}, I don't like loud", so the officer let him walk through with his ear defenders
        on. He boarded first and the crew let him press the call bell once. On landing he told the captain
        "your plane is better than Grandad [[name:Pete]]'s car". Mum wrote: "He's never coped with a queue
        in his life. Thank you for making him feel like a pilot."
    """)),
    ("aviation", "incident", prose("""
        Cabin crew report, [[flight_number:ZT 1840]], {{A320}}, [[date:29/05/2025]]. Under-16 football tour
        group from [[organisation:Ashton Vale Juniors FC]], 14 players and two coaches. During the meal
        service [[name:Brody]] ([[age:15]]) filmed crew member [[name:Jess Aldridge]] and posted it to
        {{TikTok}} as @[[name:brody.avfc10]] with the caption "air hostess rizz", including her surname from
        her name badge. It had 3,000 views before landing and comments about her appearance. [[name:Jess]]
        was visibly upset. The captain was informed; coach [[name:Hartley]] made [[name:Brody]] delete it in
        front of the senior crew member. [[name:Brody]] said "it was only jokes, everyone does it". The club
        has since written to [[name:Jess]] apologising. Learning: review whether surnames need to be on crew
        badges.
    """)),
    ("aviation", "near_miss", block("""
        UNACCOMPANIED MINOR – HANDOVER DISCREPANCY
        Flight: [[flight_number:ZT 631]]    Date: [[date:28/07/2025]]    Aircraft: [[aircraft_registration:G-ZTKA]] ({{A320}})
        UM: [[name:Harnoor Kaur]] ([[age:10]])    UM ref: [[case_reference:UMR-0728-22]]
        Nominated collector: [[name:Jaswinder Kaur]] (aunt), mob [[phone:07700 900744]]
        Person presenting: [[name:Gurpreet Sandhu]] ("[[name:Bittu]]"), not on form

        Mr [[name:Sandhu]] said [[name:Jaswinder]] had asked him to come as she was stuck at work. [[name:Harnoor]] recognised him and ran over shouting "[[name:Bittu]] {{chacha}}!". Agent [[name:Hannah]] did not release her: name not on form, no password. Aunt rung on the number on the form; she confirmed she had forgotten to add him and arrived at 17:50 with ID.
        Training point: the child knowing the adult is NOT authorisation.
    """)),
    ("aviation", "incident", prose("""
        Crew safeguarding report, [[flight_number:ZT 4410]], [[date:09/09/2024]]. Seats {{23A}} and 23B: a
        girl who looked about [[age:15]] travelling with a man in his thirties who held both passports and called
        her "[[name:Princess]]" throughout. She ate nothing and did not speak while he was awake. Coming back
        from the toilet she whispered to crew member [[name:Dorota]] "is {{Angela}} here? Like the poster?"
        – she had seen the {{Ask for Angela}} posters at college. She said her name was [[name:Roksana]],
        she was [[age:16]], and "he says I owe him for the flight". The captain sent a message ahead and
        police met the aircraft on stand. [[name:Roksana]] was taken to a place of safety and the man was
        arrested. Police ref [[case_reference:CR/0909/4410]]. The manifest had her booked as
        [[name:Roxy Malik]], aged [[age:19]], on a passport that was not hers.
    """)),
    ("aviation", "success", prose("""
        Customer services – compliment. [[name:Pippa Harcourt]] ([[age:5]]) left her rabbit,
        {{Mr Buttons}}, in seat pocket 9C on [[flight_number:ZT 776]] on [[date:02/01/2025]]. Her dad emailed
        from [[email:rob.harcourt@example.org]] saying she had not slept since. Cleaners found it on the next
        turnaround of [[aircraft_registration:G-ZTKD]]. Crew member [[name:Tomasz]] took photos of
        {{Mr Buttons}} "in the flight deck" and "doing the safety demo", and we posted him home with the
        photos and a junior wings badge. [[name:Pippa]]'s dad replied: "She made us read the letter from
        Captain [[name:Amina]] four times at bedtime and now says she's going to be a pilot."
    """)),
    ("aviation", "incident", prose("""
        [[flight_number:ZT 3302]], [[aircraft_registration:G-ZTKF]], [[date:18/06/2025]]. [[name:Idris Rahman]]
        ([[age:8]]), travelling with his dad, developed lip swelling and a wheeze about 40 minutes after a
        passenger three rows ahead opened a bag of peanuts, despite the nut announcement. [[name:Idris]]
        said "my mouth feels fizzy like when [[name:Yasmin]] gave me the cake at her party". Dad gave his
        {{EpiPen}}; crew member [[name:Seren]] gave oxygen and, with the symptoms not settling after ten
        minutes, a second auto-injector from the medical kit. The captain declared {{PAN PAN}} and requested
        priority; paramedics met the aircraft. [[name:Idris]] was discharged from hospital that evening. The
        passenger with the peanuts said "I didn't hear it, I had my {{AirPods}} in". Learning: crew to
        check the rows around an allergic passenger in person.
    """)),
    ("aviation", "near_miss", prose("""
        Near miss – UMs after diversion. [[flight_number:SKR 221]] diverted to
        [[organisation:Teesmoor Airport]] on [[date:12/02/2025]] with fog at destination. Two UMs on board:
        [[name:Amelie]] ([[age:8]]) and [[name:Kayden]] ([[age:13]]). Passengers were offered coaches, and
        ground staff, who had not been told there were UMs, started loading both children onto a coach with
        the adults. [[name:Kayden]] told the coach marshal "I'm meant to be with a grown-up, me and
        [[name:Amelie]] have got the orange lanyards". Crew member [[name:Hollie]] retrieved them; they
        travelled on the crew minibus and were handed to their parents with the envelopes. Learning: the
        diversion checklist now includes a UM count passed to the diversion handling agent.
    """)),
    ("aviation", "success", prose("""
        Escorted travel – [[name:Kerry-Ann]] ([[age:12]]) moving to live with her grandmother in Belfast
        under a {{Special Guardianship Order}}. Escort workers [[name:Marta]] and [[name:Kieron]] flew with
        her on [[flight_number:ZT 905]] on [[date:27/08/2025]]. She had never flown and kept asking "what if
        the plane forgets how to fly?". The crew let her meet the captain before boarding and she nicknamed
        the aircraft "{{Big Bertha}}". She held [[name:Marta]]'s hand for take-off and then fell asleep. At
        arrivals she ran to her gran shouting "Nana [[name:Lou]], I flew on {{Big Bertha}}!". [[name:Kieron]]
        noted: "smooth handover, documents checked by the airline, child settled and excited".
    """)),
    ("aviation", "incident", prose("""
        Cabin crew report, [[flight_number:ZT 2650]], [[date:11/04/2025]]. School trip of 32 pupils from
        [[organisation:Kirkgate Academy]]. The rear lavatory {{smoke detector}} activated at 14:05. Crew found
        [[name:Kacper]] ([[age:14]]), who admitted vaping. His friends called him "[[name:Kaz]]" and chanted
        "[[name:Kaz]] is getting arrested" down the aisle. Teacher Miss [[name:Adeyemi]] sat with him for the
        rest of the flight. [[name:Kacper]] was crying and said "please don't tell my dad, he'll send me back
        to Poland". The captain asked for police to meet the aircraft under the
        {{Air Navigation Order}}; they gave words of advice and the vape was confiscated. The teacher had not
        checked bags at the gate. Report sent to the school and the tour operator.
    """)),
    ("aviation", "success", prose("""
        [[organisation:Fellside Gliding Club]] – youth bursary. [[name:Spud]] (real name
        [[name:Ashton Greaves]], [[age:16]], care-experienced, referred via his leaving care PA) flew his
        first solo on [[date:10/05/2025]] in our {{K21}}, [[aircraft_registration:G-CKXT]], from a
        {{winch launch}}. Three circuits, all good landings. Afterwards he said "I've been told my whole life
        I'd never amount to nothing and I just flew a plane on my own". Instructor [[name:Bev Cartwright]]
        presented his certificate at the clubhouse; his foster carer cried. [[name:Spud]] is now applying
        to the {{Air Cadets}} and wants to be an aircraft engineer.
    """)),
    ("aviation", "near_miss", prose("""
        Near miss – UM siblings. [[name:Esme]] ([[age:7]]) and [[name:Eli]] ([[age:9]]) travelled as UMs on
        [[flight_number:SKR 112]] on [[date:06/08/2025]]. At check-in their wristbands and document pouches
        were swapped, so [[name:Esme]] was carrying [[name:Eli]]'s {{salbutamol}} inhaler and care plan. Crew
        member [[name:Niamh]] noticed during the welcome chat when [[name:Eli]] said "that's not my name on
        that, I'm [[name:Eli]], she's [[name:Esme]], she's the annoying one". Bands and pouches were swapped
        back and the inhaler checked. If he had needed it, crew would have been reading the wrong plan.
        Learning: agent to read the band aloud to each child at check-in.
    """)),
    ("aviation", "incident", block("""
        From: UM Desk <[[email:umdesk@skylark-regional.example.com]]>
        To: [[email:emergency.duty@northmoor.gov.uk]]
        Sent: [[date:30/10/2024]] 21:14
        Subject: Child refused travel – [[flight_number:SKR 716]]

        Hello,
        We have been unable to board [[name:Jayden Okafor-Price]] ([[age:13]]), booked as an unaccompanied minor on [[flight_number:SKR 716]] tonight. The consent form is signed by his foster carer but the booking names his mother as the collecting adult, and she is not answering. [[name:Jayden]] says "my social worker [[name:Abi]] sorted all this, just ring her". He is safe with our duty supervisor [[name:Craig Penrose]] in the zone C office and has had food. Please call [[phone:01632 960751]] urgently so we can agree who collects him tonight.

        Regards,
        [[name:Lena]]
        UM Desk, [[organisation:Skylark Regional]]
    """)),
    ("aviation", "near_miss", prose("""
        Security near miss, [[date:03/07/2025]]. [[name:Freya Lindqvist]] ([[age:12]]), travelling with her
        dad on [[flight_number:ZT 118]], wears an insulin pump she calls "{{Pumpy}}". A new security officer
        told her to go through the body scanner and then put the pump through the X-ray. [[name:Freya]]
        said "you can't, it'll break {{Pumpy}} and then I'll end up in hospital in Spain". Dad showed the
        {{medical letter}}; supervisor [[name:Owen]] stepped in, stopped the tray going into the machine and
        arranged a hand search and private screening. Pump undamaged. Officer briefed on medical devices;
        guidance card now at every lane.
    """)),
    ("aviation", "incident", prose("""
        {{PRM}} incident, [[flight_number:SKR 340]], [[aircraft_registration:G-OKLR]], [[date:21/03/2025]].
        [[name:Kai Bartley-Moss]] ([[age:14]], {{cerebral palsy}}) had his powered wheelchair loaded in the
        hold. It arrived with the joystick snapped and a footplate missing. [[name:Kai]] said "that chair is
        my legs, man. Without it I'm stuck in the airport chair like a baby and I can't even move myself".
        His mum said the battery tag and handling instructions had been taped to the chair at check-in.
        Assistance staff from [[organisation:Skyway Assist]] took 50 minutes to find a loan chair. Claim and
        report [[case_reference:PIR-SKR-30217]] raised; specialist repair arranged at the airline's cost.
        [[name:Kai]] asked for it written down that "nobody said sorry to me, only to my mum".
    """)),
]


def main() -> None:
    records = build_records("blind59", REPORTS)
    write_records(OUT, records)


if __name__ == "__main__":
    main()
