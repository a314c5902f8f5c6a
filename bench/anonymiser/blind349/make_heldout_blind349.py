"""Held-out blind corpus 349: 50 invented UK incident, near-miss and success reports.

Written blind (without sight of the de-identifier or of any other corpus) to measure how
well de-identification generalises. Three settings, all people, organisations, places and
numbers invented:

* social_care (17): an edge-of-care intensive family support team - crisis visits,
  family plans, respite, school liaison.
* health (17): a nursing home for older people - falls, medication rounds, pressure
  care, GP rounds, relatives.
* aviation (16): a regional airline's flight crew training department - simulator
  checks, line training, captains and trainees.

Styles are deliberately mixed: rushed lower-case notes with typos and txt-speak, formal
narratives, timed chronologies, forms with Name/DOB/Ref/Address fields, e-mails with
headers and signatures, chat exports with handles, handover notes, minutes with
attendance lists, pipe tables, RT transcripts, shout-outs and thank-you notes.

Identifiers are marked [[label:value]]; must-not-redact mentions (roles, agencies,
drugs, equipment, generic times, acronyms) are marked {{term}}.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from markup import block, build_records, write_records  # noqa: E402
from markup import flow as prose  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "corpus" / "heldout_blind349.jsonl"

REPORTS = [
    # ------------------------------------------------------------------ social care
    ("social_care", "incident", prose("""
        crisis visit tonite to [[name:kayla]] n [[name:Dom]]. {{mum}} ([[name:Shannon Reilly]])
        rang {{out of hours}} abt {{9pm}} sayin [[name:Dom]] ([[age:14yo]]) had put the kitchen
        window thru n gone off on his bike. got there 21.40, police alredy on the doorstep,
        {{PC}} [[name:Okonjo]] v calm w him once he come back. no injuries exept small cut on
        [[name:Dom]]'s hand, {{mum}} cleaned it. [[name:kayla]] ([[age:aged 9]]) was upstairs
        hiding under duvet, ok after a bit. did the {{family plan}} cooling-off bit, agreed
        [[name:Dom]] stays at nan's ([[name:Brenda]]) til tmrw. {{duty SW}} informed, will
        need {{MASH}} notification bc of police. pls can sum1 pick up the glazier thing
        tmrw, {{mum}} has no £. case ref [[case_reference:EoC-31872]]
    """)),
    ("social_care", "near_miss", block("""
        From: [[name:Hope Adeyemi-Clarke]] <[[email:h.adeyemi-clarke@northmere.gov.uk]]>
        To: {{Edge of Care Duty}}
        Subject: near miss - respite transport [[case_reference:EoC-30415]]
        Date: [[date:14 March 2024]] 16:52

        Hi all, flagging a near miss this afternoon. [[name:Tyrese]] was due to go to [[organisation:Larchwood House]] for his planned {{respite}} weekend. The taxi firm sent a different driver who had not been given the {{transport plan}} and was about to take him without his {{EpiPen}}. It was {{dad}} ([[name:Marcus Bell]]) who noticed as they pulled off and flagged them down. No harm done.

        I have asked [[organisation:Swiftline Cars]] to confirm the plan is attached to every booking, not just to the regular {{driver}}. Can we add the {{allergy}} to the {{respite referral form}} too?

        Thanks,
        [[name:Hope]]
        {{Family Support Practitioner}}, [[organisation:Northmere Edge of Care Team]]
        [[phone:01632 960418]]
    """)),
    ("social_care", "success", block("""
        Teams chat - Edge of Care (general)
        [10:02] [[name:Sunny Dhillon]]: massive shout out to [[name:Joy]] 🙌 [[name:Amira]] back in [[organisation:Kestrel Academy]] full time from today
        [10:03] [[name:Joy Mensah]]: aw thanks! team effort tbh, the {{SENCO}} there was brilliant
        [10:03] [[name:Sunny Dhillon]]: 3 {{reduced timetable}} meetings + the {{EHCP}} review in 6 wks and u never gave up on her
        [10:05] [[name:Rhiannon Pryce-Evans]]: agree!! and {{mum}} said [[name:Amira]] actually WANTED to go in this morning 😭
        [10:06] [[name:Joy Mensah]]: she did!! the {{DSL}} mr [[name:Haworth]] met her at the gate, {{quiet room}} plan worked
        [10:07] [[name:Sunny Dhillon]]: adding it to the {{learning log}} for {{Thursday}}'s team meeting, {{Attendance Officer}} wants to copy the plan
    """)),
    ("social_care", "incident", block("""
        INCIDENT FORM - {{Edge of Care}} / {{Respite}}
        Ref: [[case_reference:IR-2024-0612]]
        Child: [[name:Lennon Kowalczyk]]
        DOB: [[date_of_birth:22/07/2010]]
        Address: [[address:14 Tannery Row, Northmere]], [[postcode:NM4 7QD]]
        Case no: [[case_reference:EoC-29960]]
        Date/time: [[date:Sat 6th April]], approx {{23:15}}
        Location: [[organisation:Larchwood House]] {{respite unit}}
        Staff on shift: [[name:Bogdan Wiśniewski]] ({{senior residential worker}}), [[name:Ffion]] ({{RSW}})
        What happened: [[name:Lennon]] left via the {{fire door}} after being asked to hand in his phone at {{lights out}}. Staff followed at a distance per the {{missing from care protocol}}, lost sight of him at the park. Reported missing to police at {{23:40}}, log [[case_reference:NP-240406-1187]]. Returned by himself at {{01:20}}, smelt of cannabis, no visible injuries. {{Return home interview}} requested.
        Parent informed: yes, {{mum}} ([[name:Agnieszka]]) by phone {{01:35}}
        Completed by: [[name:B. Wiśniewski]]
    """)),
    ("social_care", "incident", block("""
        Chronology - crisis response, [[name:Aoife Ní Bhriain]] household, [[date:Tues 23rd]]
        {{18:05}} call from [[name:Aoife]] to team mobile, ex-partner ([[name:Darren Firth]]) outside the house shouting.
        {{18:07}} advised to ring 999. {{Duty manager}} ([[name:Grace Olawale]]) aware.
        {{18:20}} police attended, [[name:Firth]] arrested for breach of {{non-molestation order}}.
        {{18:45}} [[name:Ruairí]] ([[age:aged 6]]) and [[name:Saoirse]] ([[age:aged 11]]) next door with neighbour. I arrived {{19:10}}.
        {{19:30}} [[name:Aoife]] shaken but ok. {{safety plan}} reviewed, {{IDVA}} referral to be re-sent (first one bounced).
        {{20:15}} left. {{MARAC}} referral to be discussed with [[name:Grace]] in the morning.
        [[name:WT]]
    """)),
    ("social_care", "near_miss", block("""
        HANDOVER [[date:Fri 19 April]] (late -> early)
        - [[name:Jayden]] / [[name:Keira]] ([[case_reference:EoC-31004]]): nearly sent the updated {{safety plan}} to {{dad}}'s old email - he must NOT have the new address. [[name:Ewa]] spotted it before it went. PLS check contacts on {{the system}}, old addy still showing as primary. Raised with {{business support}}.
        - Mrs [[name:Oyelaran]] ([[case_reference:EoC-30877]]): {{GP}} appt moved to [[date:24/04]] {{10:30}}, wants someone to go with her. [[name:Pat]] said she can.
        - [[name:Zofia Nowak]]: bed delivery from [[organisation:Northmere Furniture Project]] {{Tuesday}}, someone needs to be in.
        - {{Early Help}} step-down paperwork for the [[name:Haddad]] family still not signed by {{CP}} chair.
        nothing else, quiet-ish night. [[name:rk]]
    """)),
    ("social_care", "success", block("""
        Family Plan Review - minutes
        Family: [[name:Thorburn]] ([[case_reference:EoC-28733]])
        Date: [[date:02/05/2024]]
        Present: [[name:Will Thorburn]] ({{dad}}), [[name:Lisa Thorburn]] ({{mum}}), [[name:Faith Akinyemi]] ({{key worker}}), [[name:Callum Reid]] ({{team manager}}), Miss [[name:Devereux]] ({{Head of Year}}, [[organisation:St Brigid's RC High School]])
        Apologies: Dr [[name:Sharma]] ({{CAMHS}}), [[name:Tom Ashdown]] ({{YOT}})

        1. Progress - [[name:Ellis]] ([[age:15]]) has had no police call-outs in the 8 weeks since the plan started. {{Family rules}} chart still up.
        2. School - attendance up from 41% to 88%. {{Head of Year}} thanked {{dad}} for doing the morning drop-off.
        3. Outcome - agreed to step down to {{Early Help}} from [[date:1 June]], with [[name:Faith]] doing two handover visits.
        Action: [[name:CR]] to write closing summary.
    """)),
    ("social_care", "incident", block("""
        [[date:08/05/2024]], 17:41 - [[name:Marek]]: car been keyed outside [[address:Flat 3, 27 Cobden Street]] 😡 whole drivers side
        [[date:08/05/2024]], 17:42 - [[name:Marek]]: its [[vehicle_registration:NM19 KXT]] the {{pool car}} not mine
        [[date:08/05/2024]], 17:43 - [[name:Sanne]]: omg r u ok?? did u see who
        [[date:08/05/2024]], 17:45 - [[name:Marek]]: prob the older brother, he was at the window laughing. [[name:Levi]] told me to get lost b4 i even got in
        [[date:08/05/2024]], 17:46 - [[name:Sanne]]: dont go back in on ur own. log it on {{the system}} + ring {{fleet}}. ill tell [[name:Callum]]
        [[date:08/05/2024]], 17:50 - [[name:Marek]]: done. police ref [[case_reference:NP-240508-0932]] + {{lone working}} form
        [[date:08/05/2024]], 17:51 - [[name:Sanne]]: 👍 {{debrief}} tmrw 9am. no {{home visits}} there w/o 2 workers til {{risk assessment}} redone
    """)),
    ("social_care", "near_miss", block("""
        Weekly visit log - [[organisation:Northmere Edge of Care Team]] - w/c [[date:13 May]]
        Family | Worker | Visits | Notes
        [[name:Haddad]] | [[name:JK]] | 3 | {{melatonin}} near miss, see below
        [[name:Nguyen]] | [[name:Pat]] | 2 | {{DLA}} form done
        [[name:O'Sullivan-Reid]] | [[name:Ray]] | 4 | exclusion meeting [[date:Thu 16th]]
        [[name:Kaur]] | [[name:JK]] | 1 | no answer x2, {{welfare check}} requested

        Near miss [[date:15/05]]: {{dad}} had started giving [[name:Yusuf]] ([[age:8]]) his {{melatonin}} at {{6pm}} and {{mum}} gave it again at {{bedtime}}, both thought the other hadn't. [[name:JK]] spotted two blister strips open on the evening visit. Not given twice yet that night. Advised {{111}} if ever unsure. Agreed a tick chart on the fridge, {{GP}} at [[organisation:Ashby Road Medical Centre]] informed.
    """)),
    ("social_care", "success", block("""
        Card received at the office, typed up for the {{learning log}} with {{mum}}'s permission:

        "To [[name:Rose]] and everyone at the family support team, I just wanted to say thank you. When you first came in {{January}} we were about to lose the kids. [[name:Tia]] is [[age:13]] now and she has not run off once since the summer. [[name:Rose]] you never once judged me, even when I swore at you on the doorstep. The {{parenting group}} on {{Wednesdays}} was the best thing. [[name:Jordan]] says thanks for the football boots lol. Love [[name:Michelle]], [[name:Tia]] and [[name:Jordan]] x"

        Note from [[name:Callum]]: well done [[name:Rose]], this is exactly what the {{edge of care}} model is for. Shared with {{Head of Service}} and the {{Ofsted}} evidence folder.
    """)),
    ("social_care", "incident", prose("""
        On [[date:21 May 2024]] at approximately {{14:30}} I sent a {{family plan}} review document by
        email to an incorrect recipient. The document related to [[name:Shazia Malik]] (DOB
        [[date_of_birth:03/11/1989]]) and her children, and included her {{National Insurance}} number
        ([[ni_number:JT 48 26 91 C]]) for a {{Blue Badge}} application, the children's school
        ([[organisation:Ashgrove Primary School]]) and the home address ([[address:9 Weaver Close,
        Northmere]] [[postcode:NM12 3HW]]). Autocomplete selected
        [[email:s.malik@harrowfield-lettings.co.uk]] instead of
        [[email:shazia.malik88@inbox-mail.co.uk]]. I realised within ten minutes, telephoned the
        recipient ([[organisation:Harrowfield Lettings]]) and they confirmed deletion in writing. I
        informed my {{team manager}} and {{Information Governance}}, reference
        [[case_reference:IG-0524-117]]. Ms [[name:Malik]] was told the same afternoon; she was upset
        but accepted an apology. Learning: I now type external addresses in full and have turned
        autocomplete off. [[name:Sanne de Vries]], {{Family Support Worker}}
    """)),
    ("social_care", "near_miss", prose("""
        nr miss at school pick up [[date:thurs 23/5]]. [[name:amber]]'s nan turned up at
        [[organisation:St Brigid's RC Primary]] to collect her n office almost let her go, nan is NOT
        on the {{contact list}} (supervised contact only per the {{CP plan}}). {{TA}} mrs
        [[name:lomax]] remembered the {{photo sheet}} we gave them in {{feb}} n phoned me. i spoke to
        nan on the phone, she left ok, bit tearful. [[name:amber]] ([[age:5]]) didnt see any of it.
        ive emailed the {{DSL}} to re-circulate the list + asked for it on the {{front desk}} not
        just in the {{head}}'s office. {{SW}} [[name:Kwabena]] informed. ref [[case_reference:EoC-31240]]
    """)),
    ("social_care", "success", prose("""
        Learning review: de-escalation at the [[name:Papadakis]] home, [[date:28 May 2024]].
        [[name:Giorgos Papadakis]] ([[age:16]]) had barricaded himself in the bathroom after a row
        with his stepfather about a {{PlayStation}}. {{Mum}} called the team rather than the police,
        as agreed in the {{family plan}} after the last incident. {{Family Support Practitioner}}
        [[name:Chiara Benedetti]] and {{apprentice}} [[name:Mo]] attended within 35 minutes.
        [[name:Chiara]] spoke through the door for 40 minutes using the {{Signs of Safety}} scaling
        questions the family had practised; [[name:Giorgos]] came out, agreed to a night at his
        aunt's and returned the next day. No police, no {{section 20}} request, and the stepfather
        ([[name:Nikos]]) has since joined the {{Non-Violent Resistance}} group. What worked: the plan
        was written in the family's own words and stuck on the fridge; the worker knew the young
        person; and {{mum}} trusted the team line. Recommendation: keep the 24/7 team number on
        every plan.
    """)),
    ("social_care", "incident", block("""
        #eoc-out-of-hours
        [[name:priya.r]]  02:14
        anyone awake? [[name:Nadia]] (the [[name:Haworth-Bajwa]] family) just texted that she's cut her arms, says not deep. {{mum}} asleep
        [[name:callum.reid]]  02:16
        ring her now, if any doubt 999. ill try {{mum}}'s mobile [[phone:07700 900612]]
        [[name:priya.r]]  02:19
        spoke to her, superficial, no {{overdose}}, agreed {{mum}} can be woken
        [[name:callum.reid]]  02:24
        {{mum}} up and with her. taking her to {{A&E}} to be checked, {{111}} said no ambulance needed
        [[name:priya.r]]  02:58
        home from {{A&E}}, steri-strips only. {{CAMHS}} crisis team calling at 10. ill do the {{incident form}}
        [[name:callum.reid]]  03:01
        good work. [[name:Nadia]] is [[age:15]] so the {{DSL}} at [[organisation:Kestrel Academy]] needs a heads up first thing
    """)),
    ("social_care", "near_miss", prose("""
        {{Lone working}} near miss, [[date:Mon 10 June]]. I visited Mr [[name:Carvalho]] at
        [[address:41 Linnet Way]] at {{4pm}} and was due to check in with the office by {{5.30pm}}.
        My phone died and I did not check in. The {{buddy system}} only partly worked: [[name:Dawn]] in
        admin noticed at 5.45 but could not reach me on [[phone:07700 900254]] and did not know my
        next address because I had not updated the {{whereabouts board}}. She eventually rang the
        family's landline ([[phone:01632 960733]]) and [[name:Ines Carvalho]] handed the phone to
        me. I had stayed longer than planned because [[name:Tiago]] ([[age:aged 12]]) had just
        disclosed bullying at school. Learning: carry a power bank, update the board before leaving,
        and the office needs an escalation time (30 minutes, then the {{team manager}}). [[name:Lars]]
    """)),
    ("social_care", "incident", block("""
        Notes of {{strategy discussion}} - [[date:12/06/2024]] {{11:00}}, via {{Teams}}
        Attendees: [[name:K. Asante]] ({{social worker}}, chair), [[name:Callum Reid]] ({{team manager}}, Edge of Care), {{DS}} [[name:Whitlock]] ({{CID}}), [[name:Mei-Ling Chow]] ({{school nurse}}), [[name:Faith]] ({{key worker}})
        Apologies: {{DSL}}, [[organisation:Ashgrove Primary School]]
        Child: [[name:Elijah Mensah-Boateng]] ([[age:7]]), DOB [[date_of_birth:30/09/2016]], ref [[case_reference:CP-0716-442]]
        Summary: on a visit on [[date:11 June]] the {{key worker}} noticed fingertip-pattern bruising on [[name:Elijah]]'s upper arm. [[name:Elijah]] said his older brother [[name:Kofi]] grabbed him.
        Decision: {{section 47}} enquiry; {{child protection medical}} at [[organisation:Northmere Royal Infirmary]] today. Edge of Care visits continue daily, two workers.
        Actions: [[name:KA]] to update {{mum}}; [[name:Faith]] to take [[name:Elijah]] to the medical; {{CID}} to speak to [[name:Kofi]] with an {{appropriate adult}}.
    """)),
    ("social_care", "success", block("""
        Subject: Shout-out for [[name:Bill]] and [[name:Pat]]

        Hi team, quick one before {{Friday}}'s huddle. Huge thanks to [[name:Bill Hargreaves]] and [[name:Pat Doyle]] who stayed with the [[name:Oyelaran]] family through the crisis on the {{bank holiday}} ([[date:27 May]]) until the {{emergency duty team}} could take over. They drove [[name:Ade]] to [[organisation:Larchwood House]] for emergency {{respite}} and still wrote it all up properly before going home. [[name:Ade]]'s {{IRO}} has since said it's the reason he didn't come into care.

        [[name:Bill]] - Mrs [[name:Oyelaran]] asked me to pass on: "tell the big fella thanks for the chips."

        [[name:Callum]]
        {{Team Manager}}, [[organisation:Northmere Edge of Care Team]] | [[phone:01632 960400]]
    """)),
    # ------------------------------------------------------------------ health
    ("health", "incident", block("""
        FALLS REPORT - [[organisation:Rowan Lea Nursing Home]]
        Resident: [[name:Edna Marsh]]
        NHS No: [[nhs_number:686 469 4941]]
        DOB: [[date_of_birth:17/02/1936]] ([[age:88]])
        Date/time of fall: [[date:03/03/2024]] {{02:40}}
        Found by: {{HCA}} [[name:Grace Mwangi]]
        Description: found on floor beside bed, {{sensor mat}} not working (lead pulled out at the wall). Conscious, said she was going to the toilet. Small {{skin tear}} left forearm, dressed with {{Steri-Strips}}. On {{apixaban}} so {{neuro obs}} started - no obvious {{head injury}} but unwitnessed, {{111}} called, advised {{GP}} review in the morning.
        Family: daughter ([[name:Carol]]) rung at {{08:00}} as per her wishes (not overnight).
        {{GP}}: [[organisation:Fennick Lane Surgery]] emailed.
        {{Nurse in charge}}: [[name:R. Adebayo]] {{RGN}}
    """)),
    ("health", "near_miss", prose("""
        nearly gave mr [[name:jeffries]] (rm 9) the {{furosemide}} meant for mr [[name:jeffers]] rm 19
        on the {{8am}} round. names v similar n both on the same {{MAR}} page bc pharmacy printed
        them together. caught it when i checked the photo on the {{MAR}} chart. no harm, nothing
        given. {{nurse in charge}} [[name:Iris]] aware. pls can we put a {{NAME ALERT}} sticker on both
        + separate the pages, also tell {{agency}} staff at {{handover}}. [[name:TB]] ({{agency nurse}})
    """)),
    ("health", "success", block("""
        From: [[name:Derek Oyelowo]] <[[email:derek.oyelowo@fastmail-uk.net]]>
        To: [[email:manager@rowanlea-care.co.uk]]
        Subject: Thank you - Mum's last weeks
        Date: [[date:9 April 2024]]

        Dear Mrs [[name:Fairbrother]],

        I wanted to write to thank all the staff for the care you gave {{Mum}} ([[name:Bernice]]) in her final weeks. Special thanks to [[name:Faith]] on nights, who sat with her when we couldn't get there in time, and to [[name:Sunny]] who did her hair every {{Sunday}} right to the end. Dr [[name:Kapoor]] from [[organisation:Fennick Lane Surgery]] came out the same day for the {{anticipatory medicines}}, and the {{palliative care}} nurse from [[organisation:St Columba's Hospice]] explained the {{syringe driver}} to us so kindly. The {{end of life care plan}} meant nobody asked us the same questions twice.

        Kind regards,
        [[name:Derek]]
    """)),
    ("health", "incident", prose("""
        A {{Category 3}} {{pressure ulcer}} was identified on the sacrum of [[name:Harold Pemberton]]
        (NHS [[nhs_number:588 075 0272]], hospital no. [[case_reference:CGH0448812]]) on
        [[date:15 April 2024]] during a routine {{skin check}}. Mr [[name:Pemberton]] was readmitted
        from [[organisation:Castlebridge General Hospital]] ({{Ward 7}}) on [[date:11 April]] with a
        {{Waterlow}} score of 21, but the discharge letter did not mention the {{Category 2}} damage
        noted on the ward. The {{dynamic air mattress}} was not in place until [[date:13 April]]
        because the equipment order went to the wrong home. {{Tissue viability}} referral made,
        {{safeguarding}} notified per the local threshold tool and a {{CQC}} notification submitted,
        ref [[case_reference:CQC-NOT-58812]]. Learning: a full {{skin inspection}} and
        {{SSKIN bundle}} within two hours of any readmission, regardless of the discharge letter.
        Reported by [[name:Iwona Zielińska]], {{Deputy Manager}}.
    """)),
    ("health", "near_miss", block("""
        GP round [[date:Wed 24/04]] - note of near miss
        {{10:05}} Dr [[name:Haldane]] ({{GP}}, [[organisation:Fennick Lane Surgery]]) started round with {{RGN}} [[name:Oluwaseun Bakare]] ("[[name:Seun]]").
        {{10:40}} Reviewed [[name:Mavis Grey]], {{UTI}} symptoms. Verbal request for {{amoxicillin}} 500mg {{TDS}}.
        {{10:42}} [[name:Seun]] checked the {{MAR}} front sheet - {{penicillin allergy}} (rash). Raised with {{GP}} before anything was ordered.
        {{10:45}} Changed to {{nitrofurantoin}}. {{GP}} said the allergy was not on the surgery record.
        {{11:30}} Allergy confirmed with daughter [[name:Linda]] on [[phone:07700 900871]].
        {{14:00}} Surgery updated the record, task ref [[case_reference:FLS-TK-20931]].
        Learning: read the allergy back at every verbal order.
    """)),
    ("health", "incident", block("""
        NIGHT -> DAY HANDOVER [[date:Sun 28 April]]
        - Mr [[name:Albert Lindqvist]] ("[[name:Bert]]"): {{co-careldopa}} {{22:00}} dose MISSED, found still in the {{blister pack}} at {{06:00}}. Time-critical {{Parkinson's}} med. Stiffer this morning, swallow ok. {{Out of hours GP}} advised give now and next dose as normal. {{Datix}} done, ref [[case_reference:RL-INC-0291]]. Watch for falls today.
        - Mrs [[name:Okafor]]: settled, {{catheter}} bag changed {{04:00}}.
        - [[name:June Ashworth]]: {{fluid chart}} 900ml, push fluids pls.
        - [[name:Ivy]]: restless 3-4am, {{PRN}} {{lorazepam}} NOT given, reassurance worked.
        Nights: [[name:Faith]] / [[name:Tomasz]]
    """)),
    ("health", "success", block("""
        ⭐ SHOUT-OUT BOARD ⭐ week of [[date:6 May]]
        ⭐ [[name:Hamza]] for noticing Mrs [[name:Achterberg]] was "just not herself", doing a {{NEWS2}} (score 6) and escalating straight away. {{Sepsis}} confirmed, she is back with us from [[organisation:Castlebridge General Hospital]] and doing well.
        ⭐ [[name:Ruby]] & [[name:Summer]] in the kitchen for the {{IDDSI}} level 4 birthday cake for [[name:Frank]]'s [[age:100th]]
        ⭐ [[name:Mark]] ({{maintenance}}) for fixing the {{call bell}} panel on a {{Saturday}} night
        ⭐ {{activities coordinator}} [[name:Dee]] for the {{reminiscence}} afternoon
    """)),
    ("health", "incident", block("""
        From: [[name:Pat Sullivan]] <[[email:pat.sullivan@rowanlea-care.co.uk]]>
        To: Mrs [[name:Fairbrother]]
        Subject: Facebook post - resident photo without consent
        Date: [[date:1 April 2024]] 17:32

        Hi, reporting this as an incident. The photo of the {{Easter}} bonnet parade posted on our {{Facebook}} page on [[date:31 March]] included [[name:Lilian Brooks]]. Her son, Mr [[name:Gareth Brooks]], holds {{LPA}} for health and welfare and had refused consent for photos (it is on her {{care plan}}, I missed it). He rang the home this afternoon, upset. The post was removed at {{17:10}} and I have apologised to him. I have re-checked the {{consent}} list for every resident and cropped two more photos. Should this go to the {{DPO}}?

        [[name:Pat]]
        {{Activities Lead}}, [[organisation:Rowan Lea Nursing Home]]
    """)),
    ("health", "near_miss", block("""
        [[date:12/05/2024]], 13:02 - [[name:Anjali]]: new bank {{carer}} nearly gave [[name:Nell]] normal tea, she's {{IDDSI}} level 2 {{mildly thick}}. caught it at the door
        [[date:12/05/2024]], 13:03 - [[name:Iwona]]: thank god. did [[name:Nell]] have any?
        [[date:12/05/2024]], 13:04 - [[name:Anjali]]: no not a sip. the {{dietary board}} in the kitchenette still says level 0 from before her {{SALT}} review
        [[date:12/05/2024]], 13:06 - [[name:Iwona]]: ok updating it now + will brief all bank staff. can u write it up pls
        [[date:12/05/2024]], 13:07 - [[name:Anjali]]: yes. also the {{drinks trolley}} list has her in the wrong room
    """)),
    ("health", "success", prose("""
        Learning summary: since {{falls huddles}} were added to the {{14:00}} handover on
        [[date:1 February]], falls on the first floor dropped from 11 in {{January}} to 3 in
        {{March}}. One example: [[name:Walter Nkemelu]] ([[age:91]]) fell four times in {{January}},
        always mid-morning. The huddle asked why, and a {{lying and standing blood pressure}} showed
        {{postural hypotension}}. Dr [[name:Haldane]] stopped his {{doxazosin}} and he has not fallen
        since. Thanks to {{physio}} [[name:Chidi]] from [[organisation:Castlebridge Community Falls
        Team]], to the night staff for keeping the {{falls diary}}, and to Mr [[name:Nkemelu]]'s
        granddaughter [[name:Precious]] who spotted the pattern first.
    """)),
    ("health", "incident", block("""
        {{CD register}} discrepancy - [[date:18/05/2024]]
        Drug | Resident | Expected | Actual | Checked by
        {{Oramorph}} 10mg/5ml | [[name:K. Nakamura]] | 84ml | 79ml | [[name:RA]] / [[name:IZ]]
        {{Fentanyl}} 12mcg patch | [[name:Stanisław Wróbel]] | 5 | 5 | [[name:RA]] / [[name:IZ]]
        {{Midazolam}} 10mg/2ml | [[name:Bernard Achebe]] | 10 | 10 | [[name:RA]] / [[name:IZ]]

        5ml {{Oramorph}} unaccounted for at the {{weekly check}}. Most likely a spillage on [[date:16 May]] that was not witnessed or recorded, but cannot rule out diversion. Reported to the {{Registered Manager}} and the {{CDAO}}, ref [[case_reference:RL-CD-0044]]. All nurses to re-read the {{CD policy}}; two signatures for any waste.
    """)),
    ("health", "near_miss", prose("""
        hoist near miss {{tues}} pm. me n [[name:lucy]] went to hoist [[name:doris]] n the
        {{sling}} was a {{medium}} not her {{large}}, [[name:lucy]] noticed the colour tab b4 we
        lifted. she would of slipped thru. slings all got mixed up after laundry again. told
        [[name:iris]] n she said put the residents name on the {{sling}} label. need more {{large}}
        slings pls only 2 in the building. {{LOLER}} check on the {{hoist}} is fine. [[name:gm]]
    """)),
    ("health", "incident", block("""
        Post-incident review - resident left the building
        Date: [[date:25/05/2024]]
        Present: [[name:Iwona Zielińska]] ({{Deputy Manager}}), [[name:Hamza Qureshi]] ({{senior carer}}), [[name:Dmitri Volkov]] ({{maintenance}})
        Apologies: [[name:Amber Cole]] ({{Registered Manager}})

        Summary: [[name:Reginald Hope]] ([[age:84]], {{vascular dementia}}, {{DoLS}} authorised) left via the front door at about {{16:20}} behind a visitor. Found 25 minutes later by a neighbour at the bus stop on [[address:Coldharbour Road]], unhurt but cold. Police informed, ref [[case_reference:CB-240525-0771]]. Son ([[name:Gary]]) informed.
        Actions: keypad code changed ([[name:DV]]); "please don't let anyone out" sign for visitors; {{Herbert Protocol}} form updated with a current photo ([[name:HQ]]); {{CQC}} notification ([[name:IZ]]).
    """)),
    ("health", "success", block("""
        From: [[name:Nkechi Eze]] <[[email:n.eze@brightwellpharmacy.co.uk]]>
        Subject: thank you - {{structured medication reviews}}

        Hi all, just wanted to say thanks to the team, especially [[name:Robin]], for all the prep before the {{PCN}} pharmacist reviews last week. Because the {{MAR}} charts, weights and {{bloods}} were ready, we got through 14 residents in one morning. Mrs [[name:Ivy Wainwright]] came off {{oxybutynin}} and {{amitriptyline}} (her {{anticholinergic burden}} score was 6), and her daughter says she is "brighter than she's been in a year".

        Best wishes,
        [[name:Nkechi]]
        {{Clinical Pharmacist}}, [[organisation:Brightwell Pharmacy]] | [[phone:01632 960155]]
    """)),
    ("health", "incident", block("""
        Choking incident - chronology ([[date:30/05/2024]])
        {{12:35}} [[name:Frederick Osei]] coughing then silent at lunch in the dining room, on a {{soft and bite-sized}} diet.
        {{12:36}} {{HCA}} [[name:Olumide]] gave five {{back blows}}, no effect. Nurse [[name:Haruka]] took over, {{abdominal thrusts}} x2, piece of beef cleared.
        {{12:38}} {{999}} called as precaution, CAD ref [[case_reference:CAD-2405-18832]]. {{SpO2}} 91%, {{oxygen}} started.
        {{13:05}} {{paramedics}} assessed, chest clear, not conveyed.
        {{13:30}} Wife ([[name:Comfort]]) informed. {{SALT}} re-referral sent. Kitchen confirmed the beef was not cut to size on the {{IDDSI}} chart.
    """)),
    ("health", "near_miss", block("""
        NEAR MISS FORM
        Ref: [[case_reference:RL-NM-0117]]
        Resident: [[name:Dorothy Ann Pryce]]
        DOB: [[date_of_birth:05/08/1931]]   NHS: [[nhs_number:484 349 1551]]
        Previous address: [[address:22 Quarry Bank, Castlebridge]] [[postcode:KB2 6LR]]
        What nearly happened: the {{transfer form}} printed for Mrs [[name:Pryce]]'s {{outpatient}} eye appointment at [[organisation:Castlebridge General Hospital]] on [[date:4 June]] carried the {{DNACPR}} status of Mrs [[name:Pryce-Morgan]]. Mrs [[name:Pryce]] is {{for CPR}}. Picked up by the {{escort}} ([[name:Tomasz]]) checking the form against the {{ReSPECT}} document before leaving.
        Cause: search by surname in the care system picks the first match.
        Action: search by {{NHS number}} only; check {{ReSPECT}} on every transfer.
    """)),
    ("health", "success", block("""
        Teams - [[organisation:Rowan Lea]] nurses
        [[name:Amber Cole]] 09:12: lovely news - [[name:Harold]]'s {{sacral}} wound fully healed! {{TVN}} [[name:Ana Lucía Ortega]] signed it off this morning
        [[name:Oluwaseun Bakare]] 09:14: 🎉🎉 that was a {{Category 3}} in {{April}}
        [[name:Amber Cole]] 09:15: 2-hourly {{repositioning}}, {{barrier cream}}, protein shakes and [[name:Seun]] chasing the {{air mattress}} every day. proper team effort
        [[name:Iwona Zielińska]] 09:20: putting it in the {{governance}} report. his daughter [[name:Bev]] rang to say thank you too
    """)),
    # ------------------------------------------------------------------ aviation
    ("aviation", "incident", prose("""
        During a line training sector on [[date:7 March 2024]] ([[flight_number:SW263]],
        {{ATR 72-600}} [[aircraft_registration:G-SKWA]]), {{trainee first officer}}
        [[name:Niamh Gallagher]] was {{pilot flying}} under the supervision of {{line training
        captain}} Capt [[name:Anders Lindahl]]. On the {{ILS}} approach the aircraft was 18 knots
        fast and not fully configured at 500 ft, outside our {{stabilised approach criteria}}. No
        {{go-around}} was called and the landing was normal. The exceedance was flagged by {{FDM}}
        two days later. At interview Capt [[name:Lindahl]] said he judged the speed would bleed off
        and wanted to give [[name:Niamh]] the landing; the trainee said she did not feel able to
        call a go-around herself. Both were debriefed under our {{Just Culture}} policy. Learning:
        all {{LTCs}} to be briefed that continuing an unstable approach is never a training
        decision, and trainees told explicitly they may call "go around" at any stage.
        {{ASR}} ref [[case_reference:ASR-24-0312]]. [[name:T. Brandt]], {{Head of Training}}
    """)),
    ("aviation", "near_miss", block("""
        RT extract - [[flight_number:SW1187]], {{Dash 8-400}} [[aircraft_registration:G-SKWF]], [[date:19/03/24]], line training sector
        {{ATC}}: [[flight_number:Skerrywind 1187]], descend {{flight level}} eight zero
        {{FO}}: Descend {{flight level}} six zero, [[flight_number:Skerrywind 1187]]
        {{CAPT}}: (intercom) check that, eight zero
        {{ATC}}: [[flight_number:Skerrywind 1187]], negative, descend {{flight level}} eight zero, traffic below at seven zero
        {{FO}}: Eight zero, [[flight_number:Skerrywind 1187]], sorry
        Note: trainee {{FO}} [[name:Kasia Nowicka]] had already set 6000 in the {{altitude preselect}}; {{LTC}} Capt [[name:Drew Banks]] caught the readback before descent started. No {{level bust}}, no {{TCAS}} alert. [[name:Kasia]] thinks she heard "six" from a clearance to another aircraft. Ref [[case_reference:ASR-24-0355]].
    """)),
    ("aviation", "success", block("""
        From: [[name:Skye MacInnes]] <[[email:skye.macinnes@skerrywind.aero]]>
        To: {{Crew Training}}
        Subject: Congratulations - [[name:Rahul]]'s final line check

        All, pleased to say cadet [[name:Rahul Menon]] passed his {{final line check}} on [[date:Friday 12 April]] with Capt [[name:Rain Kask]]. Special mention to [[name:Rain]], who rebuilt his confidence after the {{base check}} retest, and to {{TRI}} [[name:Mateus Oliveira]] for the extra {{sim}} session on {{single-engine go-arounds}}. [[name:Rahul]] is released to {{line flying}} on the {{ATR}} from next week and will be rostered with experienced captains for his first 50 sectors per the {{Ops Manual}}.

        Cheers,
        [[name:Skye]]
        {{Training Manager}}, [[organisation:Skerrywind Airways]] | [[phone:01632 961207]]
    """)),
    ("aviation", "incident", block("""
        SIMULATOR OCCURRENCE REPORT
        Ref: [[case_reference:HFTC-OCC-24-0877]]
        Device: {{ATR 72-600 FFS}}, [[organisation:Hawkridge Flight Training Centre]]
        Date: [[date:26/03/2024]]   Session: {{OPC}}/{{LPC}} day 2, {{04:00}}-{{08:00}}
        Instructor: {{TRE}} [[name:Faisal Al-Amin]]
        Crew: Capt [[name:Hunter Frost]] / {{FO}} [[name:Eilidh MacLeod]]
        Description: during a {{rejected take-off}} exercise the {{motion system}} gave an uncommanded jolt. The {{TRE}} was standing at the {{IOS}} without a seat belt and struck his head on the overhead rail. Session stopped, {{motion}} off, first aid given, no loss of consciousness.
        Action: instructors belted in for all {{motion}} exercises; device defect ref [[case_reference:HFTC-DEF-5512]]; crew to repeat day 2 next week.
    """)),
    ("aviation", "near_miss", block("""
        #crew-training-rostering
        [[name:mags.okonkwo]]  14:05
        heads up - [[name:Jonno]] is rostered on [[flight_number:SW402]] tomorrow with Capt [[name:Wing]] but [[name:Wing]] isn't an {{LTC}} any more (lapsed in {{Feb}})
        [[name:tbrandt]]  14:07
        ugh. {{roster}} system still has him flagged as a trainer?
        [[name:mags.okonkwo]]  14:08
        yep. trainee under 40 sectors can't fly with a non-trainer, {{Ops Manual Part D}}
        [[name:tbrandt]]  14:10
        good spot [[name:Mags]]. swap to Capt [[name:Lindahl]] and get {{crewing}} to pull the trainer flags from the {{quals matrix}} export today
        [[name:mags.okonkwo]]  14:16
        done, [[name:Jonno]] now with [[name:Anders]] on [[flight_number:SW402]]/[[flight_number:SW403]]. {{MOR}} or internal?
        [[name:tbrandt]]  14:18
        internal {{ASR}} is fine, nothing flew. put my name on it
    """)),
    ("aviation", "success", block("""
        Training Review Board - minutes
        Date: [[date:10/04/2024]], {{crew room}} 2 and {{Teams}}
        Present: [[name:Tobias Brandt]] ({{Head of Training}}, chair), [[name:Skye MacInnes]] ({{Training Manager}}), Capt [[name:Rain Kask]] ({{LTC}}), [[name:Fatou Diallo]] ({{TRI}}), [[name:Mags Okonkwo]] ({{training administrator}})
        Apologies: Capt [[name:Will Daventry]] ({{Chief Pilot}}), [[name:Sunita Rao]] ({{CRM}} facilitator)

        1. {{EBT}} pilot - first 12 crews through the new module. Grades up on {{workload management}} and {{situation awareness}}. Crews liked the {{LOFT}} scenario built from our own {{FDM}} trends.
        2. Success - zero repeat sessions this quarter. [[name:Fatou]]'s briefing card for {{upset recovery}} to be adopted for both fleets.
        3. AOB - [[name:Will]] wants the {{LOFT}} shared with the {{Dash 8}} fleet by the autumn.
    """)),
    ("aviation", "incident", prose("""
        firm landing on my 3rd sector today [[date:3/5]], [[flight_number:SW288]]
        [[aircraft_registration:G-SKWN]]. i was {{PF}}, flared late n it dropped the last few ft,
        {{FDM}} says 1.9g. Capt [[name:robbo]] said write it up so here it is. {{engineering}} did the
        {{hard landing inspection}} per the {{AMM}}, no damage, a/c back in service 2hrs late. i
        think i was fixating on the {{PAPIs}} n didnt look to the far end of the runway.
        [[name:robbo]] showed me the trace after, v helpful not shouty. asking for extra {{sim}} for
        flare practice before my next {{block}}. [[name:Jean-Baptiste]] ({{cadet}} {{FO}})
    """)),
    ("aviation", "near_miss", block("""
        Line training - fuel figure near miss, [[date:Thu 18th April]], [[flight_number:SW517]] ([[aircraft_registration:G-SKWA]])
        {{05:40}} crew report. {{Trainee FO}} [[name:Björn Halvorsen]] to do {{loadsheet}} and fuel checks under supervision.
        {{06:05}} {{ACARS}} loadsheet received; [[name:Björn]] entered 2,800 kg block fuel in the {{FMS}}.
        {{06:12}} {{LTC}} Capt [[name:Aisling Doherty]] cross-checked the gauges against the fuel docket: 1,800 kg on board. Fueller had misread the request.
        {{06:20}} additional fuel ordered, departure delayed 14 min.
        Learning: trainee accepted the planned figure without checking the gauges. Covered in {{debrief}} and added to the {{line training record}}. Ref [[case_reference:ASR-24-0401]].
    """)),
    ("aviation", "success", prose("""
        Thank-you card left in the {{crew room}}, typed up for the learning file: "Capt [[name:Gale]],
        I know it's your job but thank you. After I froze in my {{base check}} in {{January}} I
        honestly thought I'd be let go. You never made me feel stupid, and the way you broke the
        {{engine failure after V1}} down into small bits on the {{whiteboard}} finally made it click.
        Passed the re-check with [[name:Fatou]] on [[date:3 May]] and she said my {{memory items}}
        were the best she's seen this year. Drinks are on me. [[name:Ife]]
        ([[name:Ifeoluwa Adeyemi]])". Note from {{Head of Training}}: copied to the {{Chief Pilot}}
        for [[name:Gale]]'s file, and the whiteboard method goes into the {{TRI}} standardisation day.
    """)),
    ("aviation", "incident", block("""
        Training occurrences w/e [[date:28/04/2024]]
        Ref | Date | Trainee | Trainer | Event
        [[case_reference:TO-0419]] | [[date:22/04]] | [[name:J. Ferreira]] | [[name:A. Lindahl]] | {{bird strike}} on approach, [[aircraft_registration:G-SKWF]] grounded 6h
        [[case_reference:TO-0420]] | [[date:24/04]] | [[name:K. Nowicka]] | [[name:D. Banks]] | {{GPWS}} {{glideslope}} warning, corrected
        [[case_reference:TO-0421]] | [[date:26/04]] | [[name:B. Halvorsen]] | {{FFS}} | {{sim}} froze x3, session void

        Notes: [[case_reference:TO-0419]] crew handled it well, {{engine}} borescope clear. [[case_reference:TO-0421]] is the third {{FFS}} freeze this month at [[organisation:Hawkridge Flight Training Centre]]; escalated to their {{Technical Manager}}.
    """)),
    ("aviation", "near_miss", block("""
        From: [[name:Mags Okonkwo]] <[[email:m.okonkwo@skerrywind.aero]]>
        To: {{Data Protection Officer}}
        Subject: near miss - cadet training file

        Hi [[name:Dolores]],

        Reporting a near miss. I was about to email [[name:Fatima Zahra Benali]]'s training file to [[name:Fatima Begum]] (both cadets from [[organisation:Avonmere Flight Academy]]). It contains her DOB ([[date_of_birth:11/01/2001]]), home address ([[address:Flat 12, Kittiwake Court, 5 Harbour Street, Avonmere]] [[postcode:HX7 5SN]]), mobile ([[phone:07700 900338]]) and her {{Class 1 medical}} notes. {{Outlook}} autocompleted "[[name:Fatima]]" and I only spotted it in the recipient line before pressing send.

        Suggest a two-minute {{delay send}} rule for the training team and {{SharePoint}} links only for training files.

        Thanks,
        [[name:Mags]]
        {{Training Administrator}}
    """)),
    ("aviation", "incident", block("""
        Handover to Capt [[name:Lindahl]] - trainee [[name:Jonathan Ferreira]] ("[[name:Jonno]]"), sectors 31-34, [[date:2-3 May]]
        - [[flight_number:SW611]] [[date:2 May]]: turbulence forecast on the {{SIGWX}} but {{seat belt sign}} not switched on at top of descent (trainee's action). {{Cabin crew}} member stumbled in the aisle, bruised wrist; {{SCCM}} filed a cabin report, [[case_reference:CR-24-0988]]. I should have caught it - my fault as much as his.
        - Otherwise good: radio, {{threat and error management}} improving.
        - [[name:Jonno]] is shaken; suggest a {{CRM}} chat, not a formal debrief.
        - Next: 4 sectors with you from [[date:Tue 7th]].
        Capt [[name:R. Kask]]
    """)),
    ("aviation", "success", block("""
        [[date:15/05/2024]], 19:22 - [[name:Aisling Doherty]]: proud trainer moment 🥹 [[name:Björn]] did a textbook {{go-around}} today in a gusty crosswind, called it himself at 200ft, no hesitation
        [[date:15/05/2024]], 19:25 - [[name:Drew Banks]]: brilliant. that's what the {{EBT}} module is for 👏
        [[date:15/05/2024]], 19:31 - [[name:Rain Kask]]: the first real one is always the one you remember
        [[date:15/05/2024]], 19:40 - [[name:Tobias Brandt]]: great stuff. [[name:Aisling]] pls send me 3 lines for the {{safety newsletter}}, no names
        [[date:15/05/2024]], 19:41 - [[name:Aisling Doherty]]: will do 👍
    """)),
    ("aviation", "incident", prose("""
        On [[date:20 May 2024]], during a line training sector ([[flight_number:SW734]], {{Dash
        8-400}} [[aircraft_registration:G-ORKD]]), the crew received a {{TCAS RA}} "Climb, climb"
        while levelling at {{FL90}}. {{Trainee first officer}} [[name:Kemal Yıldız]] was {{PF}}
        and followed the {{RA}} correctly with the {{autopilot}} disconnected; the {{commander}},
        Capt [[name:Sunita Rao]], informed {{ATC}}. The conflicting traffic was a light aircraft that
        had infringed controlled airspace without a clearance. Maximum deviation was 400 ft and
        there were no injuries. An {{MOR}} has been submitted to the {{CAA}}, ref
        [[case_reference:MOR-2024-11872]], internal [[case_reference:ASR-24-0466]]. Training
        point: [[name:Kemal]]'s response was exactly as trained in the {{sim}}, and his callout
        "{{TCAS}} {{RA}}, I have control of the climb" was used as an example at the next {{TRI}}
        meeting.
    """)),
    ("aviation", "near_miss", block("""
        RT - ground, [[date:28/05/24]], [[flight_number:SW902]], line training
        {{GND}}: [[flight_number:Skerrywind 902]], taxi to holding point {{Alpha 1}} runway two six via {{Bravo}}, hold short
        {{FO}}: Taxi {{Alpha 1}} via {{Bravo}}, hold short runway two six, [[flight_number:Skerrywind 902]]
        (aircraft approaching the holding point at walking pace, {{LTC}} brakes)
        {{CAPT}}: I have control. Stopping.
        {{GND}}: [[flight_number:Skerrywind 902]], confirm holding short?
        {{CAPT}}: Holding short, [[flight_number:Skerrywind 902]], apologies
        Note: {{stop bars}} not lit in daylight. Trainee [[name:Jean-Baptiste Moreau]] was heads-down on the {{before take-off checklist}} while taxiing; Capt [[name:Hiroshi Tanaka]] stopped about 5 m short. Ref [[case_reference:ASR-24-0491]]. Learning: checklists only when stationary or with the trainer looking out.
    """)),
    ("aviation", "success", block("""
        Teams - {{Crew Training}} channel
        [[name:Skye MacInnes]] 16:02: shout-out to {{TRI}} [[name:Mateus Oliveira]] 👏 during [[name:Ama]]'s {{sim}} session on [[date:22 May]] she had a panic attack after the {{dual engine failure}} scenario
        [[name:Skye MacInnes]] 16:03: [[name:Mateus]] froze the {{sim}}, took her out for air, stayed with her and then followed the {{Peer Support}} process properly, no drama
        [[name:Fatou Diallo]] 16:10: and she came back two weeks later and passed 💪
        [[name:Tobias Brandt]] 16:12: exactly how it should work. [[name:Mateus]], thank you. adding to the {{TRI}} standardisation notes and the {{EAP}} poster is going in the sim briefing rooms
    """)),
]

if __name__ == "__main__":
    write_records(OUT, build_records("blind349", REPORTS))
