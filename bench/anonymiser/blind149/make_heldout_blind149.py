"""Held-out blind corpus 149: just-culture incident, near-miss and learning reports.

Setting: a city's youth offending service and its police custody liaison (social care), an
acute trust's older people's wards and its falls team (health), and an air charter broker
working with handling agents across Europe (aviation). Style: the ordinary mix UK staff really
type - rushed lower-case notes with typos, careful narratives, chronologies, e-mails with
signatures, Teams/WhatsApp chat, incident forms with field labels, handover sheets, debrief
notes, tech-log extracts and praise or shout-outs. Written blind, without sight of the system
under test or any other corpus.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from markup import block, build_records, write_records  # noqa: E402
from markup import flow as prose  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "corpus" / "heldout_blind149.jsonl"

REPORTS = [
    # ------------------------------------------------------------------ social care
    ("social_care", "incident", prose("""
        custody call 02:15 sat re [[name:kyle]] ([[age:15]]) arrested for robbery at the retail park.
        {{custody sgt}} rang {{EDT}} for a {{PACE bed}} - none avail so he stayed in the {{cells}}
        overnight. {{appropriate adult}} didnt arrive til 09:40 and the {{solicitor}} had been waiting
        since 8. {{mum}} ([[name:Tanya]]) wasnt told til nearly 8am either, she rang the front desk
        herself. not the first time this month, need to take the PACE transfer issue to {{YOS}} mgmt mtg
        again. childview [[case_reference:CV-228417]]
    """)),
    ("social_care", "success", block("""
        Subject: Shout out - custody L&D

        Hi all,

        Just wanted to flag some brilliant practice from [[name:Femi Adeyemi]] in the {{Liaison and Diversion}} team on [[date:Tuesday 14th May]]. Young lad ([[age:16]]) brought into {{custody}} was very flat and not answering, and the {{custody nurse}} had him down as "uncooperative". [[name:Femi]] picked up that he wasn't understanding the caution and pushed for a {{speech and language}} screen before {{interview}}. Turns out he has a significant {{DLD}} that nobody had ever recorded. Interview was postponed and an {{intermediary}} booked.

        That's exactly what we want to see. Thanks [[name:Femi]].

        [[name:Siobhan Gallagher]]
        Operational Manager, [[organisation:Eastfield Youth Justice Service]]
        [[phone:0113 496 0281]] | [[email:siobhan.gallagher@eastfield.gov.uk]]
    """)),
    ("social_care", "near_miss", block("""
        INCIDENT / NEAR MISS FORM - YOUTH JUSTICE
        Date of event: [[date:03/06/24]]
        Reported by: [[name:R. Kowalczyk]] ({{case manager}})
        Young person: [[name:Marcus Bennett-Hall]]   DOB: [[date_of_birth:19/11/2008]]
        {{Childview}} ID: [[case_reference:YJ0049312]]
        Address: [[address:27 Tansley Road]], [[postcode:LS8 4QP]]
        School: [[organisation:Roundhay Park Academy]]   NI no: [[ni_number:JT 48 21 77 C]]
        What happened: {{bail}} letter printed for court with his OLD address ([[address:Flat 3, 112 Cardigan Terrace]]) which is where the {{victim}} now lives. Letter was in the envelope ready to go. Picked up by {{business support}} when they compared it with the {{court register}}.
        Harm: none - not sent
        Action: address history cleaned up, {{victim liaison officer}} to check any letter going to a victim-linked address.
    """)),
    ("social_care", "incident", block("""
        Chronology - missing episode following court, [[name:Jayden]] ([[age:14]])
        [[date:21/02/24]]
        10:30 Youth court, {{referral order}} made. Escorted by residential worker [[name:Grace Osei]].
        12:05 Left court via side door while [[name:Grace]] in the toilet.
        12:20 [[name:Grace]] rang [[organisation:Hollybank Children's Home]] and 101.
        13:10 Reported {{missing}} - police log [[case_reference:WY-0221-4487]].
        16:45 Seen by {{PCSO}} near the {{bus station}} getting into a silver Golf [[vehicle_registration:YG19 KXP]], refused to return.
        22:30 Returned by police, {{return home interview}} offered for next day.
        [[date:22/02/24]]
        RHI done by [[name:Dami]] ({{Barnardo's}} worker). [[name:J]] said older lads had been texting him "all week" to meet after court. Shared with {{exploitation panel}} incl the Golf reg [[vehicle_registration:YG19 KXP]].
        Learning: court plan had no escort cover for breaks.
    """)),
    ("social_care", "success", block("""
        [09:12] [[name:Nadia R]]: anyone know if [[name:Rhys]] got his place sorted??
        [09:14] [[name:Tom]] YOS: YES!! [[organisation:Kirkgate College]] took him on the {{Level 1}} motor vehicle course 🎉
        [09:14] [[name:Nadia R]]: no way thats amazing
        [09:15] [[name:Tom]] YOS: his {{ETE worker}} [[name:Ceri]] basically sat in admissions with him til they found a slot lol
        [09:16] [[name:Nadia R]]: [[name:ceri]] is a legend. he was {{NEET}} for nearly 2 years
        [09:17] [[name:Tom]] YOS: and no {{breach}} since march. putting it in the {{AssetPlus}} review and the {{panel}} report
        [09:18] [[name:Nadia R]]: 👏👏 tell him well done from me
    """)),
    ("social_care", "incident", prose("""
        On [[date:8 April 2024]] [[name:Aleksander Nowak]] ([[age:17]]) was remanded to {{youth detention
        accommodation}} at the end of a late-running hearing. The {{court officer}}, [[name:Paul Mensah]],
        completed the {{Placement Information Form}} but the {{AssetPlus}} self-harm section had not been
        updated since January, and the {{PER}} went with the {{escort van}} without any mention of a recent
        ligature incident at his carer's address. Staff at the receiving establishment only learned of it
        from [[name:Aleksander]] himself on reception, three hours later. Nobody was harmed. The review
        found that his {{case manager}} had done the update but it was saved as a draft over the bank
        holiday weekend. Learning: court officers will now phone the receiving {{healthcare}} team directly
        for any remand where self-harm has been noted in the last three months. We also spoke to
        [[name:Aleksander]]'s {{foster carer}}, who had told the {{out of hours}} team about the ligature at
        the time; that information reached the case record but never triggered a review of the risk
        section. The service will now treat any self-harm entry in the case record as a prompt to update
        the assessment within two working days, and managers will check drafts weekly.
    """)),
    ("social_care", "near_miss", block("""
        CUSTODY LIAISON - WEEKEND HANDOVER   Sat [[date:13/07]] -> Sun [[date:14/07]]
        Off: [[name:Hope Danjuma]]    On: [[name:B McAllister]]

        1. [[name:DK]] ([[age:16]]) - {{RUI}} for poss with intent, home to {{nan}}'s. NB his {{bail}} says no contact w/ cousin who LIVES THERE - custody didnt know. Rang {{OIC}} DC [[name:Farah]] 23:10, conditions being re-looked at. NEAR MISS, could have bailed him straight into breach.
        2. [[name:Summer]] ([[age:13]]) - {{voluntary attendance}} Mon 10am, needs {{AA}}. Mum cant do it, booked [[name:Sky]] from the {{AA scheme}} (mob [[phone:07700 900531]]).
        3. [[name:Liam O'Driscoll]] - in the {{cells}} again, 3rd time in a fortnight. {{MASH}} informed.
    """)),
    ("social_care", "success", block("""
        Debrief - strategy meeting re [[name:Kacper]] and [[name:Idris]], [[date:2 October]]
        Present: {{YOS}}, {{CSC}}, police {{CCE}} team, school {{DSL}}, {{CAMHS}}
        What went well:
        - Police shared the phone download within 48 hrs, which has NEVER happened before
        - school DSL (Mrs [[name:Achterberg]], [[organisation:St Wilfrid's Catholic High]]) brought attendance data showing both boys missing on the same afternoons
        - {{NRM}} referrals agreed and submitted same day by [[name:Lorna]]
        - [[name:Idris]]'s {{mum}} was told in person, not by letter
        Even better if:
        - we'd had the {{county lines}} intelligence before the meeting rather than in it
    """)),
    ("social_care", "incident", block("""
        [[name:Priya Sandhu]]  14:02
        [[name:dave]] - think i've just sent [[name:Tyler]]'s {{PSR}} to the wrong email 😬 autofill picked [[email:j.smith@kirkgate-college.ac.uk]] not [[email:j.smith@eastfield.gov.uk]]
        [[name:Dave Mwangi]]  14:03
        ok dont panic. has it gone outside the council?
        [[name:Priya Sandhu]]  14:03
        yes its the college one. it has his {{CAMHS}} stuff in it and the {{victim}}'s name
        [[name:Dave Mwangi]]  14:05
        right - ring them now, ask them to delete + confirm in writing. then log it with {{IG}} on the {{data breach}} form. i'll tell {{Head of Service}}
        [[name:Priya Sandhu]]  14:31
        college ([[name:Jo]] in {{student services}}) confirmed deleted, not opened. IG ref [[case_reference:DB-2024-117]] ✅
        [[name:Dave Mwangi]]  14:32
        good. lets get autofill turned off in {{Outlook}} for the whole team
    """)),
    ("social_care", "near_miss", prose("""
        nearly released [[name:Connor Whelan]] [[age:17]] to wrong address last night!! custody had his old
        address on {{PNC}} ([[address:5 Haigh Street]]) but he moved to supported accom at
        [[organisation:Ashgrove Foyer]] in may after the {{DV}} at home, which is where his {{stepdad}}
        still is. {{custody sgt}} was about to print the {{bail sheet}}. i only caught it bc i'd read the
        {{Mosaic}} case note from his {{social worker}} that afternoon. sgt was good about it and rang the
        foyer. we need a proper way of getting address changes to police, not relying on luck
    """)),
    ("social_care", "incident", prose("""
        {{Referral order}} panel, [[date:Thursday 11 January]]. One of our {{community panel members}} read
        out the {{victim impact statement}} in full, including the victim's first name and the shop where
        she works, in front of the young person and his {{dad}}. The victim had specifically asked through
        the {{RJ worker}} ([[name:Mairead Quinn]]) for her details to be withheld. The panel member has
        volunteered for six years and said the statement she was handed had not been redacted. That is
        correct - the {{Restorative Justice}} file copy and the panel copy were the same document. The victim
        has been told by [[name:Mairead]] and is understandably upset; police have been asked to consider any
        risk. The panel member has been supported, as this was a process failure and not hers. Action: RJ
        worker to produce a separate redacted copy and the {{panel coordinator}} to check it before any
        {{panel pack}} is released.
    """)),
    ("social_care", "success", block("""
        From: [[name:Gareth Prys-Jones]]
        Sent: [[date:19 March 2024]] 16:48
        To: Youth Court Team
        Subject: Thank you - R v [[name:Ahmed]]

        Afternoon all,

        The {{bench}} asked me to pass on their thanks for the {{pre-sentence report}} prepared by [[name:Chiamaka Obi]] for today's hearing. It was clear, balanced and honest about risk, and the proposed {{Intensive Supervision and Surveillance}} plan gave the magistrates a credible alternative to {{custody}}. The chair particularly noted the {{speech and language}} adaptations and the way the report explained the young person's {{trauma}} history without excusing the offence.

        Kind regards
        [[name:Gareth]]
        {{Legal Adviser}}, [[organisation:Eastfield Magistrates' Court]]
    """)),
    ("social_care", "incident", block("""
        Type: Medication - young person in police custody
        Date/time: [[date:27/08/2024]] approx 19:00-07:00
        YP: [[name:Ellis Fairweather]]   DOB [[date_of_birth:02.05.2009]]   NHS no. [[nhs_number:216 120 6575]]
        Custody ref: [[case_reference:CU/24/08831]]
        Summary: [[name:Ellis]] takes {{methylphenidate}} XL for {{ADHD}} and {{melatonin}} at night. {{Dad}} brought meds to the front desk at 18:30. The {{HCP}} was covering two suites and did not review until morning, so no doses given. [[name:Ellis]] very distressed overnight, banging door, placed on {{constant obs}}. Identified by {{L&D}} worker [[name:Will Tanaka]] at 08:15.
        Learning: meds handed in at the desk need flagging on {{NSPIS}} straight away, not left in the property bag.
    """)),
    ("social_care", "near_miss", prose("""
        Young person arrested as [[name:Daniel Hassan]] gave a date of birth of [[date_of_birth:04/01/2006]],
        making him 18, so custody were treating him as an adult - no {{appropriate adult}} and no call to
        us. {{Detention officer}} [[name:Ruth]] thought he looked much younger and rang our team. Our records
        had him as [[name:Daniyal Hassan]], DOB [[date_of_birth:04/01/2008]], aged [[age:16]], open to the
        {{YOS}} on a {{YRO}}, NI number [[ni_number:NP482177B]] on file. He had changed the year because he was scared of being sent back to the
        {{children's home}}. Interview was paused, an AA arranged and the {{PNC}} record corrected. Credit
        to [[name:Ruth]].
    """)),
    ("social_care", "incident", block("""
        Subject: Home visit - dog / lone working - [[address:9 Mafeking Grove]]

        Hi [[name:Kam]],

        Logging this as asked. Went out on my own for a planned {{home visit}} to [[name:Shannon]] (YP) at [[address:9 Mafeking Grove]], [[postcode:LS11 6DR]] on [[date:Monday 9th]] at 4pm. {{Mum}}'s partner answered and let an {{XL bully}} type dog into the hallway while I was on the doorstep. It jumped up and ripped my coat sleeve. No bite to skin. I left and rang the {{duty manager}} from the car.

        The {{lone working}} app wasn't checked in because signal was poor, so nobody knew I'd finished until 17:40.

        There's nothing on the {{Childview}} warnings about a dog. Can we add a {{hazard flag}} and make this a {{joint visit}} address going forward?

        Thanks
        [[name:Bláthnaid]]
        {{YJ Practitioner}} | [[phone:07700 900218]]
    """)),
    ("social_care", "success", prose("""
        Good catch from [[name:mo]] in {{business support}} today - noticed two {{Childview}} records for the
        same lad under different spellings ([[case_reference:YJ0051127]] and [[case_reference:YJ0051340]])
        and only one had the {{risk of serious harm}} flag. Merged by {{system admin}}. Could easily have
        gone to {{panel}} with the wrong one.
    """)),
    ("social_care", "near_miss", prose("""
        Transport booked for a young person's {{Crown Court}} appearance on [[date:5 November]] was for the
        wrong court building. The {{transport desk}} took the venue from the previous listing. Picked up by
        the {{court officer}} the afternoon before when she checked the {{listing}} on {{Common Platform}}.
        Taxi re-booked. If missed, the young person would likely have been late and a {{warrant}} could have
        been issued. Suggest transport requests always quote the current listing.
    """)),
    # ------------------------------------------------------------------ health
    ("health", "incident", block("""
        Datix ref: [[case_reference:W-118842]]
        Incident date: [[date:16/01/2024]]   Time: 03:20
        Location: [[organisation:Beaumont Ward]] (Care of the Elderly), bay C bed 4
        Patient: [[name:Edith Crowther]]   Hosp no. [[case_reference:RX4471029]]   NHS [[nhs_number:114 622 0022]]   DOB [[date_of_birth:07/03/1936]]
        Description: Unwitnessed fall, found on floor by {{HCA}} next to commode. Small {{haematoma}} R forehead. Pt on {{apixaban}}. Obs stable, {{GCS}} 15. Dr informed 03:35, {{CT head}} requested but not done until 12:10 as request not handed over. Per {{NICE head injury guideline}} should be within 8 hrs for anticoagulated pts.
        Harm: low (CT clear)
        Immediate action: {{neuro obs}} started, {{sensor mat}} in place, {{post-fall huddle}} at 08:00.
    """)),
    ("health", "success", prose("""
        Massive shout out to [[name:Joy Ekwueme]] ({{HCA}}, [[organisation:Nightingale Ward]]) who did a proper
        {{lying and standing BP}} on Mr [[name:Pugh]] before his first mobilise with {{physio}} and found a
        38 drop in systolic. He'd been on {{tamsulosin}} and {{doxazosin}} and nobody had put two and two
        together. Meds reviewed by the {{pharmacist}}, doxazosin stopped, no falls since. This is exactly
        what the {{Falls Prevention}} training is about - thank you [[name:Joy]]!! 🌟 [[name:Kath]],
        {{Falls Lead}}
    """)),
    ("health", "near_miss", prose("""
        went in to bed 12 at 0200 and the {{sensor mat}} was there but not plugged in to the {{call bell}}
        system. pt (mr [[name:o'neill]]) high falls risk, {{4AT}} positive yesterday, tried to get up twice on
        {{lates}}. plugged back in. think the {{cleaners}} unplugged it to mop and nobody checked after. no
        fall thank god. pls can we add a mat check to the {{intentional rounding}} chart. [[name:aisling]]
        {{RN}} nights
    """)),
    ("health", "incident", block("""
        Timeline - fall with #NOF, [[organisation:Larkspur Ward]]
        Pt: [[name:Stanisław Wiśniewski]] ([[age:88]]), NHS [[nhs_number:906 004 1372]]
        [[date:Sat 9 March]]
        14:10  Family visit, daughter [[name:Ewa]] walked him to toilet, not aware he was {{1:1}} for mobility
        14:25  Found on floor in {{bay toilet}} by [[name:Ewa]], c/o L hip pain, leg shortened + ext rotated
        14:30  {{Flat lift}} with {{HoverJack}}, {{analgesia}} given
        15:40  X-ray confirms {{#NOF}}
        16:05  Ortho referral
        [[date:Sun 10 March]]
        09:30  {{DHS}} in theatre
        Learning: family not told about {{enhanced care}} level, no sign at bed space. {{Ward Sister}} to add family briefing to bay tag process.
    """)),
    ("health", "success", block("""
        [[name:Mark Tshabalala]] (Falls Team)  10:02
        quick one - who had bed 7 on [[organisation:Kestrel Ward]] last night?
        [[name:Bernadette Lyons]]  10:04
        that was [[name:Sunil]] ({{HCA}}) why?
        [[name:Mark Tshabalala]] (Falls Team)  10:05
        because his note is spot on. noticed Mrs [[name:Adeyemi-Cole]] was "not herself", did a {{4AT}} (scored 6), flagged to {{nurse in charge}}, {{bladder scan}} showed 900ml {{retention}}. catheterised and {{delirium}} settling. she'd been trying to climb over the {{bed rails}} all evening
        [[name:Bernadette Lyons]]  10:06
        aw brilliant. i'll tell him
        [[name:Mark Tshabalala]] (Falls Team)  10:06
        pls do. putting him forward for a {{GREATix}} 👍
    """)),
    ("health", "near_miss", block("""
        BAY B HANDOVER - [[organisation:Harbour Ward]] - nights [[date:22/11]]
        Bed 1  [[name:MB]]  [[age:91]]  {{UTI}}, high falls risk, {{low-low bed}} + mat. Settled.
        Bed 2  [[name:Doris F]]  [[age:84]]  post {{TIA}}, walks with {{Zimmer}} - frame NOT at bedside on arrival, found her in corridor holding the rail. NEAR MISS
        Bed 3  empty (deep clean)
        Bed 4  Mr [[name:Y. Chaudhry]]  [[age:79]]  {{enhanced care}} level 3, bay nurse to stay in bay. {{lorazepam}} {{PRN}} charted, not needed
        Bed 5  [[name:Rose Mbatha]]  [[age:96]]  {{end of life}}, family staying
        Bed 6  [[name:PK]]  [[age:87]]  for {{L&S BP}} am
    """)),
    ("health", "incident", block("""
        From: [[email:hopewilliams64@gmail.com]]
        To: {{PALS}}
        Subject: My {{mum}} - discharge to care home

        Dear Sir/Madam,

        My mother [[name:Margaret Williams]] (DOB [[date_of_birth:12/08/1933]]) was discharged from [[organisation:Thornbury Ward]] to [[organisation:Meadowcroft Care Home]], [[address:41 Church Lane]], [[postcode:HX3 8LB]] on [[date:5th February]]. She had two falls on the ward but the {{discharge letter}} said "no falls during admission". The home put her in an ordinary bed without a {{crash mat}} and she fell again on the first night and fractured her {{wrist}}.

        I would like to know why the falls were not on the letter and whether the {{falls team}} were ever involved.

        [[name:Hope Williams]]
        [[phone:07700 900664]]
    """)),
    ("health", "success", block("""
        Post-fall huddle notes - [[organisation:Ashdown Ward]] - [[date:04/04/24]] 11:15
        Attended: Sister [[name:Mwale]], [[name:Oisín]] ({{physio}}), Dr [[name:Lin]], HCA x2
        What happened: Pt slid from chair in {{day room}}, witnessed by [[name:Oisín]]. No head strike.
        What went well:
        - Nobody lifted him by the arms - {{ISTUMBLE}} done first
        - {{Mangar Camel}} on the ward and charged, used within 10 mins
        - {{Lying and standing BP}} done after: postural drop found, {{medication review}} requested
        - {{Son}} rung by Sister [[name:Mwale]] within the hour
        To improve:
        - {{Falls care plan}} not updated since admission
    """)),
    ("health", "incident", prose("""
        At approximately 04:50 on [[date:30 December]], Mr [[name:Desmond Clarke]] ([[age:82]]) on
        [[organisation:Elizabeth Garrett Ward]] was found on the floor of the side-room toilet by the night
        {{HCA}}. He had called out because the {{call bell}} was on the bed, out of reach. He had a skin tear
        to his left forearm and was reviewed by the {{SHO}}: {{Glasgow Coma Scale}} 15, no head strike, so
        {{neuro obs}} not required. The ward had two {{registered nurses}} for 28 patients that night after
        a late sickness call, and the {{bank}} shift was not filled. Mr [[name:Clarke]] told his daughter he
        "didn't want to be a bother". The review found the call bell had been moved during
        {{intentional rounding}} at 03:00 and not put back. Harm: low. Shared at the {{safety huddle}}.
    """)),
    ("health", "near_miss", block("""
        Ulysses [[case_reference:ULY-40917]] - near miss, medication
        Ward: [[organisation:Wren Ward]]
        Pt: [[name:Iolo Prydderch]], [[age:86]]
        {{Zopiclone}} 7.5mg charted as regular at night AND {{promethazine}} {{PRN}} for sleep added by the {{on-call}}. Pt already high falls risk (2 falls this admission). {{Ward pharmacist}} [[name:Yasmin Haddad]] spotted it on {{drug chart}} review before the first dose. Zopiclone reduced to 3.75mg, promethazine crossed off.
        Discussed at {{falls MDT}} - {{STOPP/START}} check now part of the night prescribing teaching.
    """)),
    ("health", "success", prose("""
        Card received on [[organisation:Ocean Ward]], typed up for the {{staff room}} board: "To all the
        nurses, Dr [[name:Kapoor]] and the lovely lady from the {{falls team}} ([[name:Bev]]?) - thank you for
        looking after our {{Nan}}, [[name:Queenie]], for 3 weeks. When she came in after her fall she couldn't
        stand and we thought she'd never get home. [[name:Tomasz]] the {{physio}} got her walking with her
        {{frame}} and [[name:Bev]] sorted the {{pendant alarm}} and the {{grab rails}} before she left. She's
        back in her own flat making everyone cups of tea. Love from [[name:Lisa]], [[name:Dean]] & the kids xx"
    """)),
    ("health", "incident", prose("""
        Two patients called [[name:Patel]] on [[organisation:Sycamore Ward]]: Mr [[name:Harish Patel]] (bed 3,
        NHS [[nhs_number:746 472 8408]]) and Mr [[name:Harshad Patel]] (bed 11, NHS
        [[nhs_number:573 532 5841]]). The {{FY1}} requested a {{pelvic X-ray}} for bed 11 after an
        unwitnessed fall but selected bed 3 on {{EPR}}. The porter took bed 3 to {{radiology}}, where the
        {{positive patient ID}} check was done by asking "Mr [[name:Patel]]?" and he nodded - he is very hard
        of hearing and his {{hearing aids}} were in his locker. He received an unnecessary exposure and the
        fallen patient's X-ray was delayed by 4 hours. Reported under {{IR(ME)R}}. Both beds now have a
        {{name alert}} sticker and the board shows the alert.
    """)),
    ("health", "near_miss", prose("""
        lady in bed 9 had {{slipper socks}} on but the wrong size, nearly went over on the {{lino}} walking to
        the {{bathroom}}. caught by [[name:Sean]] luckily. we only have XL left in the {{store cupboard}}.
        ordered more on {{Oracle}} but takes a week. can someone from {{Falls Team}} chase please
    """)),
    ("health", "success", prose("""
        Falls QI update for the {{divisional board}}. Since we introduced the {{bay tag}} model and
        {{lying and standing BP}} on admission across the three {{Care of the Elderly}} wards in
        [[date:September 2023]], falls per 1000 {{bed days}} have dropped from 8.1 to 5.6, and falls with
        moderate harm or above from 11 to 4 over the same six-month period. Compliance with the
        {{multifactorial falls risk assessment}} within 24 hours is now 87%. The biggest barrier remains
        weekend staffing. Next step is {{delirium}} screening at the {{front door}} with ED from
        [[date:1 April 2024]].
    """)),
    ("health", "incident", block("""
        Missing patient - [[organisation:Fernside Ward]] - [[date:18/06/24]]
        Patient: Mrs [[name:Gwen Rees-Morgan]], [[age:79]], {{vascular dementia}}, {{DoLS}} applied for
        Home address: [[address:Ty Gwyn, 3 Heol y Bryn]], [[postcode:CF14 9HN]]
        15:05 Last seen by {{HCA}} in day room
        15:40 Not found at {{drinks round}}, ward searched
        15:50 {{Site manager}} and security informed. {{Herbert Protocol}} form found in notes (daughter had done one)
        16:10 Police informed, log [[case_reference:SWP-1806-0391]]
        17:25 Found by security on level 3 of the multi-storey {{car park}}, cold, "waiting for the bus home"
        Review: {{fire door}} at end of ward had been propped open for a delivery.
    """)),
    ("health", "near_miss", prose("""
        Discharge summary for Mrs [[name:Bridget Nwachukwu]] nearly went to the wrong GP - {{EPR}} still had
        her old practice ([[organisation:Parkside Medical Centre]]) from before she moved in with her
        {{son}}. {{Ward clerk}} [[name:Zainab]] noticed because the {{TTO}} included {{alendronic acid}}
        started by the {{falls clinic}} and the letter address didn't match her new postcode
        ([[postcode:BD5 0JN]]). Updated to [[organisation:Bowling Green Surgery]] before sending. The
        {{Spine}} record was already right, the EPR just hadn't synced.
    """)),
    ("health", "success", block("""
        [[[date:07/05/2024]], 17:42] [[name:Ebony]] (physio): guess who walked to the nurses station today with just a {{stick}} 😭
        [[[date:07/05/2024]], 17:42] [[name:Ebony]] (physio): mr [[name:Gallacher]]!!
        [[[date:07/05/2024]], 17:43] [[name:Fiona Mc]]: no way! he was {{hoist}} only 2 wks ago
        [[[date:07/05/2024]], 17:44] [[name:Ebony]] (physio): {{Otago}} exercises every day + {{OT}} had him practising in the {{ADL kitchen}}. going home {{Thursday}} with {{reablement}}
        [[[date:07/05/2024]], 17:45] [[name:Fiona Mc]]: amazing work. tell [[name:Big Jim]] from the {{Falls Team}} he owes u a coffee lol
    """)),
    # ------------------------------------------------------------------ aviation
    ("aviation", "incident", block("""
        To: [[email:safety@skylarkcharter.co.uk]]
        Subject: Occurrence - wrong passport data on APIS, [[flight_number:SKL471]] FAB-NCE [[date:12 Aug]]

        Hi [[name:Deborah]],

        Flagging this for the log. On [[flight_number:SKL471]] ([[aircraft_registration:G-OKBX]], {{Citation XLS+}}) the {{APIS}} and {{GenDec}} we sent to the handling agent in Nice had {{pax}} 3's old passport number. It came from the client profile in our {{CRM}}, which hadn't been updated after renewal. {{PAF}} at the {{GAT}} held Mr [[name:R. Al-Mansouri]] for about 40 minutes while it was checked. No fine, but the client was not happy and the agent ([[name:Céline]] at [[organisation:Riviera Aviation Services]]) had to escort him through separately.

        Going forward ops will ask for passport photos 24h before every trip, not just new clients.

        Cheers
        [[name:Ollie Brennan]]
        {{Charter Ops Controller}} | 24/7 ops [[phone:+44 1293 960414]]
    """)),
    ("aviation", "near_miss", block("""
        Ops chat - [[date:Sat 18 Jan]] - [[flight_number:EJM604]] [[aircraft_registration:9H-VTA]] ({{Challenger 350}})
        06:58 [[name:Jess]]: morning all. the GVA one tonight - has anyone got the {{slot}}??
        07:03 [[name:Kofi]]: thought [[name:Marek]] did it yesterday
        07:05 [[name:Marek]]: i requested it on {{OCS}} but never got confirmation and forgot to chase, sorry
        07:06 [[name:Jess]]: ski weekend, they'll be full. {{ETD}} 1900Z
        07:20 [[name:Kofi]]: got one for 1935Z. {{operator}} ok, {{pax}} told via the client's PA
        07:21 [[name:Jess]]: 😅 that would have been a {{diversion}} or a night in a hotel
    """)),
    ("aviation", "success", block("""
        Subject: Thank you - [[aircraft_registration:EI-FXR]] PMI [[date:3rd July]]

        Hola [[name:Javier]],

        Just wanted to say a proper thank you to your ramp coordinator, [[name:Lucía Ferrer]], for yesterday. The {{fuel release}} came through as 1,200 USG when our {{fuel order}} was 1,200 litres. [[name:Lucía]] spotted the mismatch, stopped the {{bowser}} and checked with the {{Captain}} before a drop went in. On a full {{Phenom 300}} that would have put them over {{MTOW}} and meant a defuel and a missed slot.

        Really appreciated.

        [[name:Anjali Mistry]]
        Senior Broker | [[organisation:Meridian Jet Partners]]
        [[phone:+44 20 7946 0832]] | [[email:anjali@meridianjets.co.uk]]
    """)),
    ("aviation", "incident", block("""
        TECH LOG EXTRACT   A/C: [[aircraft_registration:OE-HKL]]   Sector: LBG-BSL   Flt: [[flight_number:TYW33]]   Date: [[date:26/09/23]]
        Defect: Bird strike on short final, thud heard L side. Post-flight {{walkround}}: blood residue L {{wing root}} fairing, no dent, {{pitot}} probes clear.
        Action: Inspected IAW {{AMM}} 05-51-14, no damage found. A/C serviceable. Eng: [[name:H. Brunner]]
        ---
        Broker note: operator told us at 14:20, approx 90 min delay for the inspection on the {{Global 6000}}. Mrs [[name:Dubois]]'s party waited in the {{FBO}} lounge. {{MOR}} [[case_reference:MOR-2023-09-4471]] raised by the {{commander}}.
    """)),
    ("aviation", "near_miss", block("""
        Chronology - crew duty near-exceedance, [[flight_number:GMA902]] FAB-OLB-FAB, [[date:14/08/2024]]
        0500Z  Crew report. Capt [[name:Rhodri Evans]], FO [[name:Ines Carvalho]], [[aircraft_registration:G-LXWD]]
        0700Z  Arrive OLB. Return booked 1500Z.
        1420Z  Client's PA ([[name:Tiffany]]) asks to push return to 1900Z. Our broker [[name:Sam]] agrees with client before asking operator.
        1430Z  {{Captain}} works it through: with 1900Z off-blocks the {{FDP}} ends beyond max even with {{commander's discretion}}.
        1445Z  Operator duty manager refuses. [[name:Sam]] goes back to client, who is unhappy but accepts 1630Z.
        Learning: brokers don't promise timing changes until the operator has checked {{FTL}} under {{ORO.FTL}}. No pressure on crew to "make it work".
    """)),
    ("aviation", "success", prose("""
        Debrief, medical diversion on [[flight_number:AVF518]] ([[aircraft_registration:N628GS]],
        {{Gulfstream G450}}), [[date:Wednesday 6 March]]. A passenger aged [[age:72]] developed chest pain
        over central France. The {{FO}}, [[name:Aoife Byrne]], got {{MedAire}} on the line within minutes
        while the cabin host gave {{aspirin}} and {{oxygen}}. {{Captain}} [[name:Tariq Aziz]] diverted to
        Lyon. Our ops desk rang [[name:Benoît]] at [[organisation:Rhône Executive Handling]], who had the
        {{SAMU}} waiting at the {{stand}} on arrival. We then booked a hotel near the hospital for the family
        and repositioned the aircraft. The passenger had a stent fitted and is recovering. Textbook
        teamwork - thank you all.
    """)),
    ("aviation", "incident", prose("""
        Passenger [[name:Hannah Levi]] ([[age:9]]) has a severe {{peanut allergy}}, which her {{mum}} gave us
        by phone when booking. Our order to [[organisation:Alpine Gourmet Catering]] said "nut free" but the
        allergy was not written on the {{catering order}} as an allergy. The {{cabin host}} on
        [[flight_number:SXN884]] ([[aircraft_registration:HB-JFQ]]) removed the {{satay}} skewers but a sealed
        dessert contained {{praline}}. [[name:Hannah]] had a mild reaction, was given {{antihistamine}} and
        the {{EpiPen}} was not needed. Learning: any allergy goes on the catering order in capitals AND is
        confirmed in writing by the caterer and the crew before departure.
    """)),
    ("aviation", "near_miss", block("""
        Occurrence report (broker)
        Ref: [[case_reference:OR-24-0117]]
        Date: [[date:07 Feb 2024]]
        Flight: [[flight_number:SKL902]] SZG-LTN
        Aircraft: [[aircraft_registration:D-CAWS]] ({{Learjet 45}})
        Agent: [[name:Florian Gruber]], [[organisation:Salzburg Jet Services]]
        What happened: agent booked {{de-icing}} only ({{Type I}}) but snow was falling and crew wanted {{Type IV}} anti-icing. Type IV truck was committed to an {{A321}}. Crew accepted a 50 min delay rather than go outside the {{holdover time}}.
        Why a near miss: our booking note just said "de-ice if req'd". Pressure from pax to go was real.
        Action: winter bookings to ask for Type I + IV by default.
    """)),
    ("aviation", "incident", prose("""
        agent at IBZ found a {{lithium battery}} for an e-scooter in a pax bag on offload from
        [[flight_number:GMA377]] - well over 160Wh so shouldnt have been in the {{hold}} at all. LTN agent
        never asked the {{DG}} question at check-in, and our {{pax brief}} email doesnt mention it.
        {{Captain}} informed, {{ASR}} filed by operator. no fire no harm but could have been very bad. lead
        pax [[name:Jamie Rourke]] said nobody told him. adding DG wording to the brief today - [[name:Leon]]
    """)),
    ("aviation", "success", block("""
        [[name:Dale]] FAB FBO: hi, just checking the {{PPR}} for tomorrow 1100L. says {{Citation Mustang}} but the pax list has 6 names?
        [[name:Chidi]] (broker): oh no. should be the {{Citation CJ3+}}, [[aircraft_registration:G-CJTR]]
        [[name:Dale]] FAB FBO: thought so, a Mustang only takes 4 in the back. want me to amend the {{PPR}}?
        [[name:Chidi]] (broker): yes pls. and thank you, client would have been standing on the {{apron}} with 2 people left behind
        [[name:Dale]] FAB FBO: 👍 done. {{handling fee}} unchanged
    """)),
    ("aviation", "incident", prose("""
        dog refused at DUB [[date:28/12]] on [[flight_number:EAC22]] ([[aircraft_registration:EI-GDL]]).
        client Mrs [[name:Fitzgerald]] had the {{pet passport}} and {{rabies}} was in date, but the
        {{tapeworm treatment}} needed for Ireland wasn't done in the 24-120hr window - vet at
        [[organisation:Ashby Road Vets]] had stamped it for the wrong day. {{Department of Agriculture}}
        officer held the dog at the {{BCP}}. client very upset, dog went to kennels 2 nights. we dont check
        this, we just say 'pets ok'. need a pet checklist in the {{booking confirmation}}
    """)),
    ("aviation", "near_miss", block("""
        FORM: Ground handling near miss
        Date: [[date:17/05/24]]   Airport: CEQ   Location: {{stand 14}}
        Aircraft: [[aircraft_registration:G-FPLD]] ({{King Air 350}})   Handler: [[organisation:Azur Handling]]
        Reported by: FO [[name:Bill Nkemelu]]
        Description: bowser that arrived was {{AVGAS 100LL}} not {{Jet A-1}}. Fuel order was correct. Driver had the wrong job sheet. FO spotted the colour coding on the nozzle before it was connected.
        Contributing: two turboprops and a piston single on adjacent stands, one driver covering all three.
        Action: handler to add reg + fuel grade read-back before connection. Shared with {{Ops Manager}} and operator {{SMS}}.
    """)),
    ("aviation", "success", prose("""
        Shout-out to [[name:Tom Ashworth-Reid]] on nights. Going through the inbounds for [[date:Sat 15th]] he
        noticed the {{GAR}} for [[flight_number:SKL215]] ([[aircraft_registration:G-RJMS]], {{Pilatus PC-12}})
        from Le Touquet into Blackbushe had been saved but never submitted. He sent it with 3 hours to spare
        and rang the {{NBTC}} to confirm. Without it the {{commander}} would have been in breach and
        {{Border Force}} could have met the aircraft. Thank you [[name:Tom]]!
    """)),
    ("aviation", "incident", prose("""
        [[flight_number:GMA318]] Stansted to Ibiza on [[date:Friday 23 June]], {{Embraer Legacy 600}}
        [[aircraft_registration:9H-ALX]], stag party of 8. Lead passenger [[name:Callum]] '[[name:Cal]]'
        [[name:Doherty]] boarded with his own alcohol despite the {{alcohol policy}} in the confirmation.
        Two passengers vaped in the {{lav}}, setting off the {{smoke detector}}, and became verbally abusive
        to the {{cabin host}} when asked to stop. The {{Captain}} issued a formal warning and requested the
        {{Guardia Civil}} on arrival; two passengers were removed. Our broker had not given the group a verbal
        briefing because the booking was made late on a Thursday. The operator has placed [[name:Doherty]] on
        its refusal list.
    """)),
    ("aviation", "near_miss", block("""
        From: [[name:Giulia Romano]] <[[email:g.romano@linateprime.it]]>
        Subject: Near miss on apron - [[aircraft_registration:N750JT]] LIN [[date:10/10/2024]]

        Dear [[name:Kwame]],

        As discussed by phone, during {{pushback}} of [[aircraft_registration:N750JT]] ({{Global 7500}}) from {{stand 402}} our {{tug}} driver turned early and the left wingtip passed within approx 1 m of a parked {{A319}}. No contact. The {{wing walker}} had been called to another aircraft and the driver continued without one, which is against our procedure.

        Our {{crew car}} ([[vehicle_registration:FT 482 KL]]) took the crew to the terminal. The driver has been stood down pending retraining and we have reported it to the airport {{Safety Office}}. The {{Captain}} has been sent a copy.

        Best regards,
        [[name:Giulia Romano]]
        Duty Manager, [[organisation:Linate Prime Handling]]
        [[phone:+39 02 7485 2291]]
    """)),
    ("aviation", "success", prose("""
        Nice one to the night desk for spotting on [[date:Sunday 2nd]] that the {{landing permit}} for the
        Marrakech trip had been applied for on the wrong {{aircraft type}}. Re-filed with the {{DGAC}} at
        02:00, approved by 07:30, no delay to the client. Reminder for everyone: check the permit against the
        {{operator}}'s {{AOC}} and {{insurance certificate}} before sending.
    """)),
]


def main() -> None:
    write_records(OUT, build_records("heldout-blind149", REPORTS))


if __name__ == "__main__":
    main()
