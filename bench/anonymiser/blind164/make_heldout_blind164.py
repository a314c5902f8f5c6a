"""Held-out blind corpus 164: just-culture incident, near-miss and learning reports.

Settings: a disabled children's transition team (14-25) and its supported internships (social
care); a neonatal unit and its transitional care ward (health); an air traffic control approach
unit and its engineers (aviation). Written blind, the way UK staff type: careful reflections,
rushed lower-case notes with typos and no apostrophes, chronologies, e-mails with headers and
signatures, Teams and WhatsApp exports, incident forms, handover tables, minutes, debriefs,
shout-outs, thank-you notes, tech log entries and radio transcripts. Every person, place and
number is invented; NHS numbers pass the mod-11 check.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from markup import block, build_records, write_records  # noqa: E402
from markup import flow as prose  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "corpus" / "heldout_blind164.jsonl"

REPORTS = [
    # ------------------------------------------------------------------ social care (17)
    ("social_care", "incident", prose("""
        On {{Tuesday}} [[date:5 March]] [[name:Kieran Doyle-Mensah]] ([[age:19]]) had a tonic-clonic
        seizure in the laundry at [[organisation:Marlow Grange Hotel]], where he is on his
        {{supported internship}}. His {{job coach}} [[name:Shazia Bhatti]] was on the floor above.
        Hotel staff called {{999}} and put him in the {{recovery position}}, but nobody on site knew
        about his {{buccal midazolam}} or where it was kept, because the {{epilepsy care plan}} had
        been shared with [[organisation:Hexley College]] but not with the host employer. The seizure
        lasted just over five minutes. [[name:Kieran]] was taken to hospital and discharged the same
        evening; {{mum}} ([[name:Lorraine]]) was understandably upset. Learning: the placement
        induction checklist had a line for risk assessments but not for health plans. [[name:Shazia]]
        and I have added one and we are checking every current intern's {{EHCP}} health section
        against what each host actually holds. I have also asked the college to keep rescue meds in
        a named grab bag that travels with the intern, not in the college office.
        {{Transition worker}}, [[organisation:Hexley 14-25 Team]]
    """)),
    ("social_care", "near_miss", prose("""
        taxi mix up this am. [[name:jayden]] and [[name:jaden]] (diff spellings!!) both on the
        [[organisation:Brindle Park School]] run, {{escort}} had them the wrong way round on her sheet
        and the driver pulled up at [[name:jayden]]s {{nan}}s on [[address:Colliers Walk]] with
        [[name:jaden]] in the back. nan noticed straight away thank god, said thats not our lad. no
        harm, [[name:jaden]] was back in the cab in 2 mins, got to school 10 min late. reg of cab
        [[vehicle_registration:YK19 XTP]], [[organisation:Hexley Cars]]. rang {{SEN transport}}
        ([[name:dev]] on [[phone:01632 960 481]]) who said the escort sheets dont have photos since
        the new contract. thats the actual problem imo, escorts change every few weeks and the
        {{passenger profiles}} with photos got dropped. raised w/ {{transport commissioning}}.
        [[name:jaden]]s {{mum}} told, she was fine abt it. not a {{safeguarding}} referral per
        {{duty manager}} but logging as near miss. - [[name:ro]]
    """)),
    ("social_care", "success", block("""
        [[date:14/06/2024]], 16:02 - [[name:Bex Thornton]]: BIG NEWS 🎉 [[name:Tomasz]] has been offered a permanent 16 hr contract at [[organisation:Bramblegate Garden Centre]]!!!
        [[date:14/06/2024]], 16:03 - [[name:Olu A]]: no way!! after everything 😭
        [[date:14/06/2024]], 16:05 - [[name:Bex Thornton]]: manager [[name:Gail]] said his plant care and till work are the best of the summer staff. the {{job carving}} worked – we cut the role down to watering, pricing and {{stock rotation}} in week 1 and built up
        [[date:14/06/2024]], 16:06 - [[name:Mo]]: well done [[name:Bex]], and well done to [[name:Tomasz]]s {{mum}} for pushing for the {{Access to Work}} {{job coach}} hours
        [[date:14/06/2024]], 16:08 - [[name:Olu A]]: can we put this in the {{Preparing for Adulthood}} newsletter? anonymised obvs
        [[date:14/06/2024]], 16:09 - [[name:Bex Thornton]]: yes, and I'll update his {{EHCP}} at the {{annual review}} – outcome met 💪
    """)),
    ("social_care", "incident", block("""
        From: [[name:Harriet Lomax-Reid]] <[[email:h.lomax-reid@hexley.gov.uk]]>
        To: {{Information Governance}}
        Date: [[date:22 January 2024]] 09:14
        Subject: Data breach – EHCP draft sent to wrong parent – ref [[case_reference:IG-24-0071]]

        Hi all,
        Reporting myself. On [[date:Friday 19th]] I emailed the draft {{EHCP}} for [[name:Amani Farouk]] ([[age:17]], {{Year 12}} at [[organisation:Sallow Bank Academy]]) to [[email:farouk.family@gmail.com]]. The correct address is [[email:faroukfamily@gmail.com]] – no dot. Autocomplete picked the wrong one. The other address belongs to an unrelated family who emailed back on {{Sunday}} to say they had deleted it.
        The plan included her diagnosis, {{CAMHS}} history and home address ([[address:9 Ferrier Close, Hexley]] [[postcode:HX4 7RN]]).
        I have told [[name:Amani]]'s {{dad}} by phone and apologised. {{Team manager}} [[name:Paul Okonkwo]] is aware. The fix is to send drafts through the {{secure portal}} only, which is what the team agreed last year. I'd got out of the habit when the portal was slow.
        [[name:Harriet]]
        [[name:Harriet Lomax-Reid]] | {{Transition Social Worker}} | [[phone:01632 960 227]]
    """)),
    ("social_care", "incident", block("""
        INCIDENT FORM – Supported Internships
        Date of incident: [[date:08/04/2024]]
        Reported by: [[name:C. Nwachukwu]], {{Internship Coordinator}}
        Person affected: [[name:Ellis Maynard]]   DOB: [[date_of_birth:30/09/2005]]
        Address: [[address:Flat 3, 41 Kettering Row, Hexley]] [[postcode:HX2 9DB]]
        NI no: [[ni_number:JM 73 10 54 A]]
        Host employer: [[organisation:Pennant Logistics]]
        What happened: [[name:Ellis]]'s first pay went into another intern's bank account. Host {{payroll}} keyed his NI number against the wrong starter record – the other intern has the same surname initial and started the same day. [[name:Ellis]] went 9 days without pay and missed his {{bus pass}} renewal.
        Immediate action: host paid him by {{BACS}} same day once flagged, other record corrected. {{Mum}} told.
        Why: starter forms handed over on paper in one bundle; nobody checked name + DOB + NI together.
        Learning/actions: starter packs now sent one per person via the {{job coach}}, checked against ID; payslip check in week 2 added to the {{supported internship}} monitoring form. Not reportable to the {{ICO}} per our {{DPO}}.
        Harm: low (financial, resolved)
    """)),
    ("social_care", "near_miss", block("""
        [[name:Gurpreet Sandhu]] 10:41
        has anyone picked up the {{Care Act assessment}} for [[name:Rhiannon Pryce]]? she turns [[age:18]] on [[date:2 Sept]] and her {{short breaks}} package ends the day before
        [[name:Danny Whitlock]] 10:44
        not me, it was on [[name:Marcia]]'s list before she went off
        [[name:Gurpreet Sandhu]] 10:45
        ok so nobody. {{Mosaic}} says referral to {{adult social care}} sent [[date:14/03/2024]] but no worker allocated. DOB [[date_of_birth:02/09/2006]], case [[case_reference:MOS-1187204]]
        [[name:Danny Whitlock]] 10:47
        thats 3 weeks away. she's on {{overnight respite}} at [[organisation:Larkspur House]] twice a month, family would lose that completely
        [[name:Gurpreet Sandhu]] 10:52
        rang adults duty, [[name:Leanne]] has allocated to [[name:Femi Adebayo]] today, assessment booked [[date:20 Aug]]. interim funding agreed by {{panel}} chair just in case
        [[name:Danny Whitlock]] 10:53
        good catch [[name:G]] 👍 we need the {{transition tracker}} to flag anyone within 6 months of 18 with no adult worker
        [[name:Gurpreet Sandhu]] 10:54
        agreed, will raise at team meeting {{Thursday}}
    """)),
    ("social_care", "success", block("""
        TRANSITION PANEL – MINUTES
        [[date:Wed 17 April 2024]], [[organisation:Hexley Civic Centre]], Room 2
        Present: [[name:Anita Sharma]] (chair, {{Head of Service}}), [[name:Jo McAllister]] ({{CHC nurse}}), [[name:Reuben Oyelaran]] ({{transition worker}}), [[name:Siân Pritchard]] ({{Adult Social Care}}), [[name:Kwame]] ([[organisation:Hexley College]])
        Apologies: Dr [[name:Farah Qureshi]] ({{community paediatrician}})

        Item 3 – [[name:Noah Brennan-Lee]], [[age:17]], [[case_reference:MOS-1190338]]
        [[name:Reuben]] presented. [[name:Noah]] has complex health needs ({{tracheostomy}}, {{PEG}}) and was flagged as at risk of a cliff edge at 18. Joint {{CHC checklist}} done at [[age:17y 3m]] rather than the usual last-minute rush. The adult nurse met the family three times before panel.
        Outcome: {{continuing healthcare}} eligibility agreed in principle; {{personal health budget}} so he keeps the same {{PA}}s. [[name:Noah]]'s mum thanked the panel for "not making us tell the story again".
        Chair noted this as the model for the {{Preparing for Adulthood}} pathway.
        Actions: [[name:Siân]] – one-page case study; [[name:RO]] to present it at {{PfA board}} in {{May}}.
    """)),
    ("social_care", "incident", block("""
        Chronology – missing young person, college trip – [[date:11/07/2024]]
        YP: [[name:Declan Fairweather]], [[age:16]], autistic, {{learning disability}}, 6th form at [[organisation:Brindle Park School]]
        11:20 group (6 students, 2 staff) arrive [[organisation:Hexley Leisure Park]] for {{independent travel}} practice
        12:05 [[name:Declan]] goes to toilet alone (agreed in his {{risk assessment}})
        12:15 not back. staff search toilets / food court
        12:25 {{site security}} informed, description given
        12:40 999 call, {{police}} log [[case_reference:HX-0711-0392]]
        12:41 {{mum}} [[name:Tracey]] rung on [[phone:07700 900 318]] – no answer, VM left
        12:58 [[name:Declan]] found by security on platform 2 at the station next door, calm, said he wanted to see the trains. Had his {{travel card}} and went through the barrier.
        13:10 [[name:Tracey]] called back, collected him 14:00
        Review: the risk assessment assumed the toilets were inside – they are outside, next to the station entrance. Ratio fine but nobody had looked at the site map. Pre-visit now required for every new venue. {{LADO}} not needed. Shared with {{EHCP}} coordinator [[name:Winston Achterberg]].
    """)),
    ("social_care", "success", prose("""
        Dear [[name:Priya]] and everyone at the {{transition team}}, I wanted to write properly to say
        thank you. A year ago [[name:Callum]] would not leave his bedroom and we were told there was
        nothing for a young man like him after school. You found the {{supported internship}} at
        [[organisation:St Aidan's Hospice]] shop, the {{job coach}} sat with him on the bus every day
        for the first fortnight and nobody once talked about him as if he wasn't in the room. He turned
        [[age:20]] last week and his {{manager}} Mrs [[name:Yeung]] made him a cake with a picture of
        the stockroom on it. He now does the till on {{Saturdays}} on his own. I know there were
        {{multi-agency}} meetings and {{EHCP}} reviews I never saw the half of. Please pass this to
        your manager. With love and thanks, [[name:Debbie Marchetti]] ([[name:Callum]]'s {{mum}})
        [[phone:07700 900 544]]
    """)),
    ("social_care", "incident", block("""
        [[organisation:Larkspur House]] – night to day handover [[date:03/02/2024]]
        | Name | Age | Notes |
        | [[name:Ayo]] | [[age:15]] | settled, {{PEG}} feed via {{pump}} 22:00–06:00 ✔ |
        | [[name:Liliana K]] | [[age:14]] | seizure 02:10, 1 min, self-resolved, {{seizure chart}} done |
        | [[name:Tyler-Jay]] | [[age:16]] | *** {{melatonin}} given twice – see below *** |
        | [[name:Zara]] | [[age:17]] | home 10:00, {{dad}} collecting |
        INCIDENT: [[name:Tyler-Jay]] had 2mg melatonin at 20:30 from evening staff ([[name:KP]]) and again at 21:15 from agency night staff. The {{MAR chart}} was signed the first time but on the wrong line ([[name:Tyler-Jay]]'s line is directly under [[name:Ayo]]'s). {{111}} called, advised observation only. Slept through, obs normal, woke 07:40 bit groggy. Mum informed 07:50 by [[name:Nkechi]] (shift lead).
        Learning: MAR lines not separated per child; agency staff not shown the MAR at induction. Now one page per child with photo, and double signature for evening meds. Notification to {{Ofsted}} made.
    """)),
    ("social_care", "near_miss", prose("""
        Near miss during {{travel training}}. [[name:Haruto Sato-Gill]] ([[age:18]]) is on the
        shadowing stage of his travel plan to [[organisation:Hexley College]]. On {{Monday}} I was
        sitting four rows back as planned. A diversion had gone up and the [[organisation:Fenwick Travel]]
        number 38 was sent round the {{ring road}}. [[name:Haruto]] did exactly what we practised – he
        checked the screen, didn't recognise the stop and pressed the bell – but he then got off on
        [[address:Brunel Street]], which is across the {{dual carriageway}} from the college, and started
        walking towards the crossing with no lights. I caught up with him before he crossed. Learning:
        our {{travel plan}} covered 'bus late' and 'bus full' but not 'bus diverted'. We have added a
        'ring your {{job coach}}' step with the number saved as his first favourite, and a photo card
        of the diversion route. His {{dad}} agreed we should add it to the {{EHCP}} outcome for
        {{independent travel}} as well. – [[name:Łucja Nowak]], {{travel trainer}}
    """)),
    ("social_care", "success", block("""
        Debrief – best interests decision, [[name:Mariam Haddad]] ([[age:18]])
        Date: [[date:26/02/2024]]    Facilitator: [[name:Stu Kerr]]
        What went well
        - {{Mental Capacity Act}} assessment done by [[name:Ngozi]] over three short visits using {{Talking Mats}}, not one long meeting
        - [[name:Mariam]]'s own wish (to live with her cousin [[name:Leila]] on [[address:Calder Road, Oakhollow]]) written in her words, not ours
        - {{advocate}} from [[organisation:Hexley Voice]] came so someone was there only for her
        - {{best interests meeting}} held at her {{day centre}} where she feels safe
        Even better if
        - {{OT}} report arrived the night before – too late to read properly
        - we said "{{DoLS}}" in front of the family without explaining it (and it's a {{Court of Protection}} route at 18 anyway)
        Outcome: move agreed with support package; Court of Protection application started by {{legal services}}.
    """)),
    ("social_care", "incident", prose("""
        Reflection – moving and handling at an internship site. [[name:Jess Ahern]] uses a
        {{wheelchair}} and needs a {{hoist}} for personal care. Her internship in the {{medical records}}
        department at [[organisation:Hexley General Hospital]] was set up around the {{Changing Places}}
        toilet on level 1. On [[date:16 May]] her usual {{PA}} was off and the cover PA, [[name:Ben]],
        brought the medium {{sling}} from college instead of [[name:Jess]]'s large one. During the
        transfer she slipped and her leg caught the footplate – a graze and a bruise, no fracture,
        checked in {{A&E}}. [[name:Ben]] stopped, lowered her safely and called for help, which was
        right. The problem was upstream: her {{moving and handling plan}} lived in a folder at college
        and the sling wasn't labelled. Slings are now named and stay with the person, and the plan is
        a laminated page in her bag. {{RIDDOR}} threshold not met per the {{health and safety}} team.
        [[name:Jess]] asked for this to be written down "so it doesn't happen to the next person" – her
        words. [[name:O. Fashola]], {{transition worker}}
    """)),
    ("social_care", "near_miss", block("""
        From: [[name:Wiktoria Zielińska]]
        Sent: [[date:Tuesday, 9 July 2024]] 15:32
        To: [[name:Ray Goodwin]]
        Subject: Access to Work – [[name:Summer Okoro]] – nearly lapsed

        [[name:Ray]],
        Quick one for the near-miss log. [[name:Summer]]'s {{Access to Work}} award for her {{job coach}} hours at [[organisation:Kestrel Print]] ended on [[date:30 June]]. Nobody got the renewal letter because {{DWP}} sent it to her old address. I only spotted it because the {{job coach}} invoice bounced. [[name:Summer]]'s NI number is [[ni_number:SR592804D]] and the new claim went in today with her new address ([[address:22 Orchard Mews, Hexley]] [[postcode:HX3 5LQ]]). DWP say they'll backdate, so no gap in support, phew.
        Could we add {{AtW}} end dates to the {{supported internship}} tracker with a 3-month reminder? Second time this year.
        Thanks,
        [[name:Wiktoria]]
        [[phone:+44 1632 960 713]] | {{Employment Support Officer}}
    """)),
    ("social_care", "success", prose("""
        Shout-out for [[name:Aled]] on the {{job coach}} team. On {{Friday}} [[name:Nadia Ekwueme]]
        ([[age:21]], intern at [[organisation:Pennant Logistics]]) mentioned at break that her "new
        friend" [[name:Kev]] was "looking after" her bank card and she hadn't had money for lunch all
        week. [[name:Aled]] didn't make a fuss in {{the canteen}}, just let her talk, wrote down her
        exact words and rang the {{Adult MASH}} before the end of the day. The {{Section 42}} enquiry
        found [[name:Kev]] had taken over £900 and he is known to {{police}}. [[name:Nadia]] has a new
        card, her {{appointee}} arrangements are being looked at and she is still going to work, which
        she said was the most important thing to her. Textbook {{Making Safeguarding Personal}} –
        thank you [[name:Aled]]. [[name:Tash]] ({{team manager}})
    """)),
    ("social_care", "incident", prose("""
        lone working incident [[date:29/10]]. home visit to [[address:57 Ashby Terrace]]
        [[postcode:HX1 2WA]] re: [[name:Marcus Bell]] ([[age:15]]) {{transition review}}. older brother
        [[name:Darren]] came home halfway thru, v angry about the {{EHCP}} tribunal, stood in the doorway
        and wouldnt let me past for abt 2 mins. i stayed calm, said i was leaving, he moved. no physical
        contact. when i got to my car ([[vehicle_registration:LV21 OFA]]) hed followed me out and was
        taking photos of the reg. reported to {{duty manager}} [[name:Ifeoma]] from the car. {{police}}
        not called at the time, logged later as [[case_reference:HX-2910-1144]]. learning: file had a
        {{warning marker}} for [[name:Darren]] from 2022 but its on the siblings record not
        [[name:Marcus]]s so it didnt show when i booked the visit. also {{buddy system}} call not done as
        my {{lone worker device}} was flat. asked IT if markers can be linked across a household.
        - [[name:aimee]]
    """)),
    ("social_care", "success", prose("""
        shout out to [[name:bilal]] + [[name:hope]] from the {{internship}} team for the leavers do on
        {{fri}}!! 11 interns graduated incl [[name:Sinead]] who was told at [[age:14]] shed never work and
        now has a {{paid job}} at [[organisation:Hexley Library]]. [[name:hope]] did all the certificates
        herself n [[name:bilal]] sorted a {{Changing Places}} loo at the venue
        ([[organisation:Corn Exchange]]) and a {{BSL interpreter}} for [[name:Ishaan]]s family. loads of
        parents crying incl me lol. {{Ofsted}} would have loved it. big thanks to the {{host employers}}
        who came, esp Mr [[name:Patel]] from [[organisation:Patel & Sons Pharmacy]] and the
        {{DFN Project SEARCH}} lead who drove 40 mins to be there
    """)),
    # ------------------------------------------------------------------ health (17)
    ("health", "incident", block("""
        Datix ref: [[case_reference:W418832]]
        Location: [[organisation:Kingfisher Neonatal Unit]], [[organisation:Northgate Royal Infirmary]] – {{nursery}} 2
        Date/time: [[date:12/02/2024]] 03:30
        Category: {{infant feeding}} – wrong {{expressed breast milk}}
        Patient: twin 1, [[name:Kofi Osei-Bonsu]], NHS [[nhs_number:660 932 4514]]
        Description: twin 1 was given 18 ml of EBM labelled for [[name:Lily-Mae Dunmore]] in the next cot space via {{NG tube}}. Both mothers' milk was in the same {{fridge}} drawer. The {{barcode scanner}} for {{milk tracking}} was not working on nights and the second checker was at a {{resuscitation}} in nursery 1, so the nurse checked alone.
        Immediate actions: {{consultant}} and both families informed ({{duty of candour}}). Donor mother's {{serology}} from booking negative. Baby [[name:Kofi]] observed, no concerns.
        Contributing factors: scanner fault logged 3 days earlier ([[case_reference:IT-INC-552190]]), never escalated; nursery 2 one nurse short.
        Learning: if the scanner is down, milk checks revert to two people at the cot, no exceptions, and the night coordinator is told. Separate drawer per baby reinstated.
        Reporter: [[name:Ruth Adeyemi-Clarke]], {{Band 6}}
    """)),
    ("health", "near_miss", prose("""
        Near miss – {{gentamicin}} prescribing. Baby [[name:Jasper Whitcombe]], born
        [[date_of_birth:04/03/2024]] at 27+5, weight 0.98 kg, NHS [[nhs_number:529 166 5165]]. On the
        {{ward round}} the {{SHO}} prescribed gentamicin 49 mg instead of 4.9 mg on {{ePMA}} – the
        decimal point was lost copying from the {{BNFc}} calculation. It went through because there is
        no hard stop on neonatal gentamicin above 20 mg/kg. Our ward pharmacist [[name:Chidi]] picked
        it up at the 10:00 screen before the dose was drawn up. No harm; [[name:Jasper]]'s {{levels}}
        were done as planned. The SHO was upset and we've talked it through – this is a system issue,
        not a person. Asked the ePMA team for a weight-based hard stop, and added "read the dose back
        in mg/kg" to the {{double check}} prompt. Thanks [[name:Chidi]] – your catch.
        [[name:Gemma Fairclough]], {{ward manager}}, [[organisation:Kingfisher Neonatal Unit]]
    """)),
    ("health", "success", prose("""
        SHOUT OUT 🌟 To [[name:Kelechi]], [[name:Maddie R]] and the night team on
        [[organisation:Heron Ward]] ({{transitional care}}) for [[date:Saturday 23rd]]. Baby
        [[name:Ezra]] ([[age:2 days old]], 36+1) went pale and floppy during a feed at 02:15. {{Mum}}
        pressed the buzzer and [[name:Kelechi]] was there in seconds and started {{mask ventilation}}
        on the {{resuscitaire}} while [[name:Maddie R]] put out the {{neonatal crash call}}. Heart rate
        back over 100 within a minute. The {{registrar}}, Dr [[name:Inês Carvalho]], said it was the
        calmest {{NLS}} she's seen on TC. [[name:Ezra]] went to {{NICU}} for monitoring, {{septic screen}}
        negative, back with mum on {{Tuesday}}. Mum ([[name:Shannon]]) asked us to pass on that staff
        kept talking to her the whole time and she never felt in the way. Huge well done.
        – [[name:Priti]], {{TC lead}}
    """)),
    ("health", "incident", block("""
        Timeline – delayed escalation of {{hypoglycaemia}}, [[organisation:Heron Ward]]
        Baby [[name:Aisha Rahman]], DOB [[date_of_birth:18/11/2023]] 14:52, 37+0, 2.3 kg, {{SGA}}, mum on {{labetalol}}. NHS [[nhs_number:784 546 5356]]
        15:50 first feed ({{colostrum}} 1 ml + breastfeed attempt)
        17:30 pre-feed {{BG}} 2.1 mmol/l – per {{BAPM}} framework 2nd feed + recheck, done
        20:20 BG 1.9 – should have triggered a {{neonatal review}}. Midwife [[name:Kerry-Ann]] wrote "for review" but bleep to {{SHO}} not answered (SHO in theatre for a {{section}})
        21:45 BG 1.6, baby jittery. Escalated to {{ANNP}} [[name:Wojciech]], came at once
        22:00 {{IV dextrose}} started, admitted to [[organisation:Kingfisher]]
        Outcome: normal {{MRI}}, home day 9.
        Analysis: single route of escalation via one bleep; no "if no answer in 15 min" step; TC midwives unsure they could call the ANNP direct.
        Action: guideline now says ring NNU nurse in charge direct after 15 min. Datix [[case_reference:W419570]].
    """)),
    ("health", "near_miss", prose("""
        nr miss 0600 bloods. 2 babies w same surname on nursery 3, [[name:Zayn Khan]] cot 14 and
        [[name:Zainab Khan]] cot 16, both {{SBR}}s due. printed labels off {{BadgerNet}} at the desk and
        took both trays together. went to bleed [[name:Zainab]] and did the {{bedside check}} against
        her {{name band}} - label said [[name:Zayn]], DOB [[date_of_birth:21/05/2024]], NHS
        [[nhs_number:135 033 1171]]. stopped, reprinted at cotside. no sample taken w wrong label so no
        harm. wouldve been an SBR on the wrong baby and maybe {{phototherapy}} started/stopped wrong.
        learnt: never carry 2 babies labels at once esp same surname. we already have the
        {{name alert}} sticker but it was on the cot card not the {{obs chart}}. [[name:sim]] (nurse)
        ps {{label printer}} at the cotside on nursery 3 broken again, IT ref
        [[case_reference:IT-INC-558731]]
    """)),
    ("health", "success", block("""
        From: [[email:tomandkezia.birch@outlook.com]]
        To: [[email:kingfisher.nnu@nhs.net]]
        Date: [[date:3 August 2024]]
        Subject: Thank you from [[name:Wren]]'s family

        Hello everyone on [[organisation:Kingfisher]],
        [[name:Wren]] came home yesterday after 71 days. We wanted to thank you all, especially [[name:Olamide]] who taught us {{kangaroo care}} on our first scary night, [[name:Fiona]] the {{breastfeeding support worker}}, and Dr [[name:Sato]] who always drew pictures of [[name:Wren]]'s lungs for us.
        You let us do her {{cares}} and join the {{ward round}} from week two. {{FICare}} made us feel like her parents, not visitors. Our {{health visitor}} says she's never seen parents so confident with an {{NG tube}}.
        [[name:Wren]] is [[age:10 weeks]] old and 2.4 kg and she's asleep on [[name:Tom]] as I type.
        With so much love,
        [[name:Kezia]], [[name:Tom]] and [[name:Wren Birch]] x
    """)),
    ("health", "incident", prose("""
        On [[date:7 January]] baby [[name:Ollie Fenwick-Shah]] (born 25+6, now 29 weeks {{corrected}})
        had an {{extravasation injury}} from a {{peripheral cannula}} in his right foot running
        {{10% dextrose}} with {{calcium gluconate}}. The site was documented as checked hourly on the
        {{VIP score}} chart, but on review the 03:00 and 04:00 checks were written together at 05:10.
        At 05:30 the foot was white and swollen to the knee. {{Plastics}} advised a {{saline washout}},
        done by the {{registrar}} at 06:15. [[name:Ollie]] has a 1 cm area of skin loss which is
        healing. Family told at 08:00 by {{consultant}} [[name:Hilary Mbatha]] and a written
        {{duty of candour}} letter sent. The nurse had three {{intensive care}} babies that night,
        well outside {{BAPM}} standards. Learning: the staffing escalation at the 22:00 huddle was
        recorded but no bank nurse came and nobody re-escalated; peripheral calcium is now "avoid
        unless no other access". Datix [[case_reference:W420117]]. NHS [[nhs_number:499 261 8928]].
    """)),
    ("health", "incident", block("""
        Incident – delayed {{neonatal transfer}}
        Date: [[date:Mon 15/04/24]]
        Baby [[name:Ifeanyi Eze]], born 23+4 at [[organisation:Sallowfield District Hospital]] ({{LNU}}), needed transfer to our {{NICU}} within the {{ODN}} pathway time. [[organisation:NorthStar Neonatal Transport]] accepted 01:10.
        02:05 ambulance [[vehicle_registration:WX19 KPD]] broke down on the {{motorway}}
        03:20 replacement vehicle [[vehicle_registration:BN68 HZW]] arrives at LNU. Meanwhile local team gave {{surfactant}} and put in {{umbilical lines}} – excellent work by their {{registrar}}
        05:40 arrived [[organisation:Kingfisher Neonatal Unit]], 4.5 hrs after acceptance. {{Temperature}} 35.9 on arrival. Now stable on {{HFOV}}.
        Issues: one {{transport incubator}} crew covering the whole network overnight; no backup vehicle agreement with the {{ambulance service}}. Mum ([[name:Chiamaka]]) came separately next morning.
        Ref [[case_reference:NST-24-0219]]. Reporter: [[name:J.T.]], {{transport nurse}}
    """)),
    ("health", "near_miss", block("""
        [[name:Lauren Pike]] 14:12
        can someone sense check cot 4 on TC? [[name:Amara Mensah]], 35+2, {{SBR}} 248 at 40 hrs
        [[name:Rob Duggan]] 14:15
        she's under the line on the chart in the folder
        [[name:Lauren Pike]] 14:16
        yeah but that's the 38 week chart 😬 someone put the wrong {{NICE}} threshold graph in her notes. on the 35 wk one she's OVER the {{phototherapy}} line
        [[name:Rob Duggan]] 14:18
        oh god. ok starting {{biliblanket}} now, telling {{reg}}
        [[name:Rob Duggan]] 14:40
        reg agrees, photo started 14:25. repeat SBR in 6 hrs. {{mum}} aware
        [[name:Lauren Pike]] 14:41
        should we be plotting on {{BadgerNet}} not paper? it works out the gestation itself
        [[name:Rob Duggan]] 14:43
        yes. pls datix - ref [[case_reference:W421906]]
    """)),
    ("health", "success", block("""
        TC HANDOVER – [[organisation:Heron Ward]] – nights → days [[date:19/09/2024]]
        Bay | Baby | Gest / age | Plan
        1 | [[name:Hamza Qadir]] | 36+4, [[age:day 2]] | {{3-hourly feeds}}, {{BG}}s stopped (3 normal) ✓
        2 | [[name:Florence Adair-Pugh]] | 35+6, [[age:day 4]] | {{NG tube}} top-ups, home tomorrow? {{car seat challenge}} booked
        3 | [[name:Rocco]] | 37+1, [[age:day 1]] | {{NAS}} scoring – mum on {{methadone}}; scores 3,4,3. {{Social worker}} [[name:Gwen Ellery]] visiting 11:00, [[phone:01632 960 884]]
        4 | empty |  |
        GOOD CATCH: [[name:Florence]]'s {{vitamin K}} wasn't on her drug chart. Night nurse [[name:Tendai]] checked with {{labour ward}} – it had never been given. Mum consented, given 04:10.
        Thanks [[name:Tendai]] 👏 Vitamin K now a tick box on the TC admission sheet.
    """)),
    ("health", "success", block("""
        MINUTES – hot debrief after {{shoulder dystocia}} / {{neonatal resuscitation}}
        [[date:28/06/2024]], {{delivery suite}} seminar room, 09:00
        Attendance: [[name:Aoife Gallagher]] ({{labour ward coordinator}}), [[name:Tunde Bakare]] ({{neonatal registrar}}), [[name:Hollie]] ({{student midwife}}), [[name:Dev Raman]] ({{obstetric consultant}}), [[name:C. Ó Briain]] ({{ANNP}})
        Baby [[name:Theo]], born 03:47, {{Apgars}} 2/6/9, {{cord gases}} ok.
        Went well
        - {{PROMPT}} drills paid off – {{HELPERR}} called out loud by [[name:Aoife]]
        - neonatal team in the room before delivery because the coordinator pre-alerted at fully
        - [[name:Hollie]] kept the time log on the whiteboard – accurate to the minute
        Even better if
        - {{resuscitaire}} heater left on manual from the last case
        - {{dad}} left alone in the corridor for 10 min
        Actions: add "heater mode" to resuscitaire check sheet; named person to stay with birth partner in any emergency. [[name:Theo]] on TC, {{therapeutic cooling}} not needed.
    """)),
    ("health", "incident", prose("""
        Baby [[name:Kacey-Leigh Moss]] was discharged from [[organisation:Heron Ward]] on
        [[date:2 October]] to [[address:14 Lowther Gardens, Hexley]] [[postcode:HX5 8TB]], the address
        on {{PAS}}. There was a {{pre-birth}} {{child protection plan}} and the agreed plan from the
        {{discharge planning meeting}} was discharge to maternal grandmother's address in another
        borough. The {{children's social worker}}, [[name:Imran Siddiqui]], was meant to be phoned before
        discharge; the midwife on the day was bank staff and the plan was in the paper {{safeguarding}}
        folder, not on the electronic record. [[name:Imran]] found out at the {{core group}} two days
        later. Baby was seen that evening by the {{emergency duty team}} and is safe. NHS
        [[nhs_number:472 164 1788]], DOB [[date_of_birth:27/09/2024]], mum [[name:Chelsea Moss]]
        ([[age:19]]). Learning: the safeguarding alert and discharge plan now sit on the
        {{maternity record}} and BadgerNet, and TC discharges with a CP plan need the nurse in charge
        to sign. Datix [[case_reference:W422650]].
    """)),
    ("health", "near_miss", block("""
        [[date:21/03/2024]], 07:02 - [[name:Becky Nnamdi]]: morning! the {{milk fridge}} in the {{milk kitchen}} is reading 9.4°C 😳 alarm not going off
        [[date:21/03/2024]], 07:04 - [[name:Sunita]]: since when?? {{datalogger}} says it went up about 01:30
        [[date:21/03/2024]], 07:05 - [[name:Becky Nnamdi]]: door wasnt shut, the big box of {{donor milk}} was stopping it
        [[date:21/03/2024]], 07:09 - [[name:Sunita]]: ok dont use ANY of it till we check with {{infection control}}
        [[date:21/03/2024]], 07:30 - [[name:Marguerite]] (IPC): >8°C for ~5.5 hrs – discard donor milk, mums' own milk ok to use per {{milk bank}} guidance
        [[date:21/03/2024]], 07:31 - [[name:Becky Nnamdi]]: 14 babies' milk in there 😢 ill ring the mums
        [[date:21/03/2024]], 07:45 - [[name:Sunita]]: alarm was muted after the power test on {{Sunday}} and nobody unmuted it. estates job [[case_reference:EST-339018]]. near miss, nothing given
        [[date:21/03/2024]], 07:46 - [[name:Becky Nnamdi]]: will datix ✅
    """)),
    ("health", "success", prose("""
        Learning from excellence: {{parent-led}} discharge planning. [[name:Emeka]] and
        [[name:Grace Obi]]'s daughter [[name:Adaeze]] was born at 29+3 and spent nine weeks with us.
        From week 3 her parents were doing her {{cares}}, {{tube feeds}} and medicines under supervision,
        and they presented her progress on the {{ward round}} themselves using the {{FICare}} sheet.
        When [[name:Adaeze]] moved to [[organisation:Heron Ward]] for {{transitional care}} at 35 weeks
        they already knew the {{oxygen}} weaning plan and the {{outreach nurse}}. She went home on
        [[date:11 April]], 5 days earlier than predicted, registered with
        [[organisation:Millbrook Surgery]], on {{home oxygen}} – and no readmission at 6 weeks.
        [[name:Grace]] told the {{parent advisory group}} "they treated us like part of the team".
        Thanks to Sister [[name:Farrah Lowe]] who led FICare on nursery 2 this year.
        – [[name:Dipo Ajala]], {{family care lead}}
    """)),
    ("health", "incident", block("""
        Incident type: device-related {{pressure ulcer}} ({{CPAP}})
        Patient: [[name:Nuala Brennan]]   Hosp no: [[case_reference:NRI2271934]]   NHS: [[nhs_number:685 627 1905]]
        DOB: [[date_of_birth:09/01/2024]] (27+1)
        Date found: [[date:22/01/2024]]
        Where: [[organisation:Kingfisher Neonatal Unit]] – ITU cot 3
        What: {{columella}} erosion found at 08:00 {{cares}} under the {{nasal prongs}}.
        Why: size S prongs used although the sizing guide says XS for her weight; last documented {{skin check}} 14 hrs earlier; rotation to {{mask}} not done overnight because she desaturated every time she was handled.
        Action: switched to mask, {{tissue viability}} review, {{hydrocolloid}} barrier. Parents [[name:Siobhán]] and [[name:Dara]] told at the cotside by nurse in charge [[name:Ewa Kowalczyk]].
        Learning: 4-hourly nose check now a hard stop in the {{BadgerNet}} care plan; sizing guide stuck on every CPAP driver.
    """)),
    ("health", "success", prose("""
        just want to say ta to everyone on nights [[date:thurs 7th]] - [[organisation:kingfisher]] was
        rammed, 3 admissions in 2 hrs incl a 24 weeker from {{delivery suite}}. [[name:mags]] ran the floor
        like a pro, [[name:deji]] got 2 {{long lines}} in first go and [[name:chloe b]] from TC came over on
        her break to do the {{NIPE}}s so the {{SHO}} could stay in {{ITU}}. nobody missed a break in the
        end. the 24 weeker (baby [[name:ruby]]) had {{surfactant}} and is on {{conventional ventilation}}
        and stable this am. parents said the nurse who met them at the door ([[name:ade]]) was an angel.
        proud of this team. [[name:Jen]], {{nurse in charge}}
    """)),
    ("health", "incident", block("""
        From: [[name:Sandeep Gill]]
        To: {{Information Governance}}; {{Caldicott Guardian}}
        Date: [[date:14 May 2024]]
        Subject: Discharge summary given to wrong family

        On [[date:13 May]] a family going home from [[organisation:Heron Ward]] were given another baby's {{discharge summary}} tucked inside their {{red book}}. It was for [[name:Leo Vasquez-Hart]] (NHS [[nhs_number:673 696 6787]], DOB [[date_of_birth:08/05/2024]], [[address:3 Tanners Yard, Oakhollow]] [[postcode:HX6 6HJ]]). The family rang the next day and brought it back.
        Two summaries printed together on the shared printer and the {{midwife}} put both in one book. [[name:Leo]]'s parents have been told and given an apology. Datix [[case_reference:W423377]]; the {{DPO}} assessed it as low risk.
        Action: print at the bedside and check name and NHS number against the {{name band}} before anything goes in the book.
        [[name:Sandeep Gill]]
        {{Discharge coordinator}}, [[organisation:Heron TC]] | [[phone:01632 960 590]]
    """)),
    # ------------------------------------------------------------------ aviation (16)
    ("aviation", "incident", block("""
        Transcript extract – [[organisation:Brackenmoor Approach]] 119.855 – [[date:04 Mar 2024]] (UTC)
        17:42:10 APP: [[flight_number:Ryanair eight two lima tango]], climb flight level six zero
        17:42:15 [[flight_number:RYR82LT]]: climb flight level seven zero, [[flight_number:Ryanair eight two lima tango]]
        17:43:02 {{STCA}} – [[flight_number:RYR82LT]] passing FL62 vs [[flight_number:LOG7PT]] level FL70
        17:43:05 APP: [[flight_number:Ryanair eight two lima tango]], stop climb, I say again stop climb flight level six zero, traffic twelve o'clock five miles opposite direction
        17:43:11 [[flight_number:RYR82LT]]: stopping climb six zero, we had seven zero
        17:43:30 APP: [[flight_number:Loganair seven papa tango]], avoiding action turn right heading zero four zero
        Min separation 2.1 nm / 600 ft.
        {{ATCO}} note ([[name:Callum Fraser-Iqbal]]): I heard what I expected to hear. The {{readback}} was partly stepped on by [[flight_number:EZY44WB]] calling at the same time.
        Unit view: {{hearback}} error plus {{frequency}} congestion, no blame. {{MOR}} [[case_reference:MOR-2024-03117]]; {{TRM}} refresher topic for Watch C.
    """)),
    ("aviation", "near_miss", prose("""
        Near miss – {{callsign confusion}}. About 07:20 on [[date:Friday 14 June]] we had
        [[flight_number:EZY19QP]] and [[flight_number:EXS19QP]] on frequency together, both inbound from
        the south. I gave [[flight_number:Channex one niner quebec papa]] descent to FL80 and the readback
        came from [[flight_number:Easy one niner quebec papa]] – I didn't pick up that the voice was
        wrong. I caught it about 20 seconds later from the {{Mode S}} {{selected flight level}} on the
        {{radar}} display, which showed 80 on the wrong label. Corrected both, no loss of separation.
        Learning: the two had been on frequency together most mornings for a week and nobody had put
        in a {{callsign similarity}} report; we've done that now and asked the {{ATSA}}s to add a
        {{similar callsign}} warning on the {{strips}} when both are in the {{flight plan}} list.
        [[name:Hollie-Mae Brook]], {{ATCO}}, [[organisation:Brackenmoor Approach]]
    """)),
    ("aviation", "success", prose("""
        Shout-out 🛠️ to {{ATSEP}}s [[name:Gareth Pughe]] ("[[name:Gaz]]") and [[name:Anjali Menon]] for the
        {{primary radar}} recovery on [[date:Sunday 11 Feb]]. The {{PSR}} dropped out at 14:08 with a
        {{transmitter}} fault during the busiest inbound push of the day. [[name:Gaz]] was at the radar
        head in 9 minutes, [[name:Anjali]] talked the {{ATCO}}s through what they would and wouldn't see
        on the {{SSR}}-only picture, and we were on the {{standby channel}} by 14:31. Two
        {{non-transponding}} light aircraft were kept clear with {{procedural separation}}. Nobody was
        delayed more than 10 minutes. The {{tech log}} entry [[case_reference:TL-24-0187]] is the
        tidiest I've ever read. Thanks both. – [[name:Moira]], {{watch manager}}
    """)),
    ("aviation", "incident", block("""
        TECH LOG – [[organisation:Brackenmoor Airport]] {{ILS}} RWY 27
        Entry [[case_reference:TL-24-0311]]    Date [[date:19/05/2024]]
        06:52 {{glidepath}} monitor alarm, GP Tx1 auto changeover to Tx2. ATC informed ({{ATSA}} [[name:K. Lindqvist]])
        07:05 Tx2 also alarming. GP taken off air by eng [[name:D. Hollingworth]]
        07:06 ATC {{watch manager}} told verbally
        07:50 {{NOTAM}} request sent to {{AIS}} – NB 44 min delay
        Incident: between 07:06 and 07:50 [[flight_number:BAW1482]] and [[flight_number:TOM3RK]] were told "glidepath unserviceable" on the radio but the {{ATIS}} still said ILS 27. [[flight_number:TOM3RK]] crew queried it. No unsafe approach – both flew {{localiser}}-only.
        Cause: NOTAM form on paper in the eng room; eng thought ATC would send it, ATC thought eng would.
        Action: ATC owns the ATIS and updates it immediately on any {{navaid}} outage; whoever finds the fault sends the NOTAM request and confirms by phone. {{MOR}} [[case_reference:MOR-2024-05219]].
        Signed [[name:D. Hollingworth]], {{ATSEP}}
    """)),
    ("aviation", "near_miss", block("""
        NEAR MISS – vehicle entered runway without clearance
        Date/time: [[date:02/10/2024]] 23:48    Unit: [[organisation:Brackenmoor Tower]] / Approach (bandboxed)
        Vehicle: Engineer 2, {{airside van}} [[vehicle_registration:YD70 RBX]]
        Driver: [[name:Tariq Mahmood]], {{ATSEP}}
        What happened: [[name:Tariq]] was cleared to the {{localiser}} via taxiway Bravo, "hold short runway 27". He heard "cross" and entered the {{runway}} at B2. [[flight_number:DHK19Y]] was at 10 nm final. Controller [[name:Beth Ogunleye]] saw the headlights and told the vehicle to vacate; vacated in 40 sec, aircraft landed normally.
        Contributing: {{handheld radio}} weak and breaking up; {{stop bar}} at B2 unserviceable ([[case_reference:FLT-2209]]).
        Learning: no engineer runway crossings while stop bars are U/S unless escorted; handhelds being replaced. [[name:Tariq]] reported it himself the same night – thank you.
    """)),
    ("aviation", "incident", prose("""
        Debrief note – {{prolonged loss of communication}}, [[flight_number:NWD512]]
        ([[aircraft_registration:G-NWDF]]), [[date:23 Aug 2024]]. The aircraft was transferred to us at
        10:14 but never called. It squawked {{7600}} at 10:19. We followed the {{PLOC}} procedure – blind
        transmissions on two frequencies and {{121.5}} – and rang the operator's ops desk on
        [[phone:+353 1 555 0198]]. The crew called on tower frequency at 10:27: they had dialled 119.585
        instead of 119.855, and their second radio was deferred under the {{MEL}}. Two departures held
        and [[flight_number:EZY8821]] vectored 8 nm for spacing; no loss of separation. Why we've logged
        it as an incident: {{D&D}} were told at 10:31, which is late, because the {{checklist}} step was
        on the back of the card. Learning: D&D call at 5 minutes, checklist reprinted single-sided, and
        we've asked the {{CAA}} about a "check 119.855" note in the {{AIP}} because the transposition is
        easy to make. – [[name:Sunny Bhogal]], {{ATCO}}
    """)),
    ("aviation", "success", prose("""
        Learning from good practice. On [[date:30 November]] [[flight_number:TOM42]] (B737,
        [[aircraft_registration:G-TAWZ]]) declared a {{PAN}} with a passenger in {{cardiac arrest}} and
        asked for the nearest suitable airport. [[name:Nia Wyn-Roberts]] on approach took the handover,
        gave a direct routing and a continuous descent, and coordinated with the {{tower}} so the
        aircraft had the runway with a clear gap. She asked the one question that mattered – "do you
        want the ambulance at the stand or at the runway?" – and passed the answer straight to
        {{airport ops}}. {{Paramedics}} met the aircraft at stand 4, 24 minutes after the PAN. The
        passenger survived and the airline's {{safety department}} wrote to thank the unit.
        [[name:Nia]] credits the {{TRM}} emergency simulation we ran in {{October}}. Nothing went
        wrong, which is exactly why we want to share what went right. – [[name:Abdul-Rahman Yusuf]],
        {{unit safety manager}}
    """)),
    ("aviation", "near_miss", block("""
        OCCURRENCE – {{airspace infringement}}
        Ref: [[case_reference:BRK-OCC-24-117]]
        Date: [[date:13/07/2024]] 14:26 local
        Intruder: PA-28 [[aircraft_registration:G-BSKR]], squawk 7000, no call
        Affected: [[flight_number:EZY63NM]], right base runway 09, 3000 ft
        Narrative: intruder entered the {{CTR}} at 2300 ft 4 nm south. {{ATCO}} [[name:Piotr Wiśniewski]] passed {{traffic information}} and turned [[flight_number:EZY63NM]] left 30°; closest 1.8 nm / 600 ft. {{TCAS}} TA only, no RA.
        Pilot rang the tower afterwards from [[phone:07700 900 671]]: using an old chart on his tablet, missed the new {{CTA}} boundary from {{March}}. Very apologetic.
        Outcome: referred through the {{CAA}} infringement process for an awareness course, not blame. We've asked for the {{listening squawk}} to be promoted at local clubs; briefing at [[organisation:Hexmoor Flying Club]] booked.
    """)),
    ("aviation", "incident", block("""
        From: [[name:Lorna Baptiste]] <[[email:lorna.baptiste@brackenmoor-atc.co.uk]]>
        To: ATC Ops Safety
        Date: [[date:Wed 6 March 2024]] 21:40
        Subject: handover error – danger area activation not passed ([[case_reference:OCC-24-0093]])

        At the 19:00 {{position handover}} the outgoing controller ([[name:Seb]]) didn't mention that the {{danger area}} to the north had been activated early for night firing. It wasn't on the {{handover checklist}} – it was on a sticky note on the {{strip board}}, which had fallen off. At 19:22 I cleared [[flight_number:LOG5KJ]] direct to the {{IAF}} through the edge of it. The range rang within a minute and I turned [[flight_number:LOG5KJ]] away – no conflict with firing, but it shouldn't have happened.
        I don't think this is about [[name:Seb]]: the checklist says "airspace status" and we both read it as controlled airspace only. Suggest danger areas / {{TRA}} get their own line, and range activations go in the {{EFPS}} info field, not on paper.
        [[name:Lorna]]
        [[name:Lorna Baptiste]] | {{ATCO}} | Watch B | [[phone:01632 960 338]]
    """)),
    ("aviation", "success", block("""
        DEBRIEF – {{TCAS RA}}, [[flight_number:BAW83KD]] / motor glider
        [[date:17/08/2024]]   Present: [[name:Ravi Chandran]] ({{ATCO}}), [[name:Eilidh MacLeod]] ({{OJTI}}), [[name:Phil Dunne]] ({{unit safety}})
        Summary: [[flight_number:BAW83KD]] on the climb-out got a "climb, climb" RA against a {{Mode S}}-equipped motor glider, [[aircraft_registration:G-CKLN]], that had drifted towards the climb-out.
        Went well
        - crew followed the RA and reported it in the correct {{phraseology}}
        - [[name:Ravi]] (3rd week validated) gave no conflicting instruction and passed {{traffic information}} after "clear of conflict" – exactly per {{CAP 413}}
        - [[name:Eilidh]] let [[name:Ravi]] run it and only took notes
        Learning: glider pilot thought he was outside the {{CTR}}; the club has been told and will brief members.
        Actions: use as a {{TRM}} example; {{MOR}} [[case_reference:MOR-2024-08844]].
    """)),
    ("aviation", "incident", block("""
        {{VCS}} failure – chronology [[date:Tues 12 Nov]]
        15:31 VCS position APP1 frozen, no transmit on 119.855
        15:31 {{ATCO}} [[name:Shona Kirkpatrick]] to {{standby radio}} – TX ok, RX crackly
        15:33 on-call {{ATSEP}} [[name:Marek]] rung on [[phone:07700 900 926]] – no answer (airside at the {{DVOR}})
        15:38 second call [[name:Lewis Ng]] on [[phone:07700 900 153]] – answered, on site 15:47
        15:40 {{flow restriction}} requested from {{area control}}, 10 min spacing
        16:12 VCS restored after reboot of the {{media gateway}}. Restriction lifted 16:20
        Effect: 6 inbounds held, max delay 23 min. No loss of separation.
        Issues: on-call list had [[name:Marek]] first although he was airside with no signal; {{handheld}} VHF not checked at start of shift. Vendor case [[case_reference:VEN-558102]].
        Actions: engineers carry a handheld airside; on-call sheet shows 2 names + eng desk [[phone:01632 960 119]].
        Reported by [[name:S. Kirkpatrick]]
    """)),
    ("aviation", "near_miss", block("""
        [[date:09/05/2024]] 19:54 (from {{RTF}} recording)
        [[flight_number:EXS48RT]]: [[organisation:Brackenmoor Approach]], [[flight_number:Channex four eight romeo tango]], {{drone}} passed just below our left wing, about one thousand eight hundred feet, six miles final
        APP: [[flight_number:Channex four eight romeo tango]], roger, report any further sightings
        19:57 {{police}} informed, log [[case_reference:HX-0905-2207]]. Next two arrivals warned; [[flight_number:RYR7MD]] elected to hold.
        20:30 police found the operator on [[address:Mill Lane allotments]] – "didn't know about the {{FRZ}}".
        Classed as near miss: no avoiding action, no damage. Crew filing an {{Airprox}} with the {{UKAB}}.
        Our learning: it took 3 minutes to find the police number on a busy frequency – now on the {{quick-reference card}} at both positions.
    """)),
    ("aviation", "success", block("""
        [[organisation:Brackenmoor ATC]] – Local Safety Group minutes, [[date:24 January 2024]]
        Present: [[name:Abdul-Rahman Yusuf]] (chair), [[name:Jenny Lau]], [[name:Marek Dvořák]], [[name:Kate O'Connell]], [[name:Will Hargreaves]], [[name:Precious Nyathi]] (observer)
        1. Good catch award – [[name:Marek]], for spotting a hairline crack in the {{waveguide}} at the {{radar head}} on routine inspection ([[date:8 Jan]]). It would have taken the {{PSR}} out for days if it had failed in the snow. Nominated by [[name:Jenny]].
        2. {{SMS}} figures: 14 {{occurrence reports}} last quarter, 6 of them good catches – best ratio yet. Chair thanked staff for reporting without being chased.
        3. {{Just Culture}} survey: 87% "I would report my own mistake". [[name:Will]] to share free-text comments (anonymised).
        4. AOB: {{CAA}} audit dates tbc.
        Actions: [[name:Will]] – survey comments by {{February}}; [[name:Kate]] – newsletter item.
    """)),
    ("aviation", "incident", prose("""
        Self-report. On the night of [[date:15 September]] I worked a 10.5 hour duty because the
        second night controller went sick at 23:00 and nobody could come in. That put me outside
        {{SRATCOH}} limits and I didn't get my break between 02:30 and 04:00 because there was nobody
        to relieve me. At 04:40 I gave [[flight_number:DHK7QX]] a {{QNH}} of 1013 instead of 1003. The
        crew challenged it and I corrected it; nothing else happened, but I was clearly tired. The
        {{watch manager}} ([[name:Kwabena]]) agrees this was a rostering gap – the {{contingency}} list
        had one name on it and he was on holiday. The unit has now set up a call-out rota and agreed we
        would rather {{restrict traffic}} than break SRATCOH again. {{FRMS}} review due next month.
        – [[name:R. Delacroix-Hunt]], {{ATCO}}
    """)),
    ("aviation", "near_miss", block("""
        [[date:02/12/2024]], 09:14 - [[name:Lewis Ng]]: taking {{SSR}} channel B down for {{preventive maintenance}} now as per plan
        [[date:02/12/2024]], 09:15 - [[name:Anjali Menon]]: hang on – B is the one ON LINE. A went u/s at 06:00, see {{tech log}} [[case_reference:TL-24-0502]]
        [[date:02/12/2024]], 09:15 - [[name:Lewis Ng]]: 😳 stopping. youre right, the {{status board}} in the eng room still shows A on line
        [[date:02/12/2024]], 09:17 - [[name:Gaz]]: my fault, swapped channels at 6 and did the tech log but not the whiteboard
        [[date:02/12/2024]], 09:19 - [[name:Anjali Menon]]: no harm but if B had gone ATC would have lost SSR with no notice. can the {{permit to work}} say check the {{CMS}} screen not the board
        [[date:02/12/2024]], 09:20 - [[name:Lewis Ng]]: yes. and ring the {{watch manager}} before taking anything down, even if its on the plan
        [[date:02/12/2024]], 09:22 - [[name:Gaz]]: 👍 logging as near miss
    """)),
    ("aviation", "success", prose("""
        good catch by [[name:jas]] ({{ATSA}}) this morning - {{ATIS}} info Kilo was recorded w {{QNH}}
        1021, met obs said 1012. she noticed before it went out, told the {{ATCO}} and it was
        rerecorded as Lima within 2 mins. [[flight_number:EZY33FX]] had already copied Kilo so we passed
        the correct QNH direct on freq. no level busts. couldve been a 250ft error on every arrival on a
        cloudy day. [[name:jas]] said the autofill from the {{AWOS}} froze after the {{met}} system
        update on [[date:thurs 29th]] - engs [[name:Tariq]] + [[name:L.N.]] looking at it now
        ([[case_reference:FLT-2291]]). thx [[name:jas]] 🙌 - [[name:bex]]
    """)),
]

if __name__ == "__main__":
    write_records(OUT, build_records("blind164", REPORTS))
