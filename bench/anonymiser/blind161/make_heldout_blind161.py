"""Held-out blind corpus 161: just-culture incident, near-miss and learning reports.

Settings: an independent fostering agency and its supervising social workers; a sexual health
and contraception clinic with an outreach van; a regional airline's cabin crew base and inflight
safety team. Written blind, the way UK staff type: rushed lower-case phone notes, chat exports
with nicknames, e-mails with signatures, forms with field labels, chronologies, minutes, handover
tables, tech log entries, an ATC transcript and a few careful formal narratives. Every person,
place and number is invented.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from markup import block, build_records, write_records  # noqa: E402
from markup import flow as prose  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "corpus" / "heldout_blind161.jsonl"

REPORTS = [
    # ------------------------------------------------------------------ social care (17)
    ("social_care", "incident", prose("""
        quick one before i forget - did the {{unannounced visit}} to [[name:bex]] and [[name:daz]]
        {{tues}} about 6ish. [[name:kai]] ([[age:9]]) was being minded by [[name:bex]]s neighbour
        [[name:lorraine]] who isnt on the {{safer caring plan}} and hasnt had a {{DBS}}. [[name:bex]]
        had gone to get [[name:Tia]] from [[organisation:Holmewood Academy]] after a detention and
        [[name:daz]] was on nights. [[name:kai]] fine, fed, watching telly, no harm done. but its the
        3rd time [[name:lorraine]] has come up. explained {{delegated authority}} doesnt cover ad hoc
        babysitters for more than 2hrs under our policy. rang [[name:kai]]s {{social worker}} at
        [[organisation:Calderbrook Council]] first thing and logged it on {{CHARMS}}. carers were
        upset, said nobody told them - tbh i dont think we did, the babysitting bit was in the 2019
        induction pack and never revisited at {{annual review}}. will pick up in {{supervision}}.
        [[name:ola]]
    """)),
    ("social_care", "near_miss", block("""
        [[organisation:Kestrel North]] SSW group - exported [[date:20/02/24]]
        16:42 [[name:Jas K]]: anyone know if [[name:Femi]] and [[name:Claire Okonkwo-Reid]] can take an emergency tonight? {{EDT}} at [[organisation:Wyre Vale Council]] asking, [[age:13]]yo girl, not been in school since {{half term}}
        16:44 [[name:Mo]]: they've got a vacancy on {{the board}}
        16:45 [[name:Jas K]]: great will ring [[name:claire]]
        16:51 [[name:Priya R]]: WAIT. their eldest [[name:Tobi]] moved back from uni at xmas, he's [[age:19]] now. has he had a {{DBS}} as an adult household member??
        16:52 [[name:Mo]]: oh god no idea
        16:58 [[name:Jas K]]: checked {{CHARMS}}, nothing on file for him. ringing {{EDT}} back to say no for tonight
        17:20 [[name:Jas K]]: sorted, [[organisation:Brookfield House]] took her
        17:21 [[name:Priya R]]: {{the board}} needs a "household changes" column tbh
        17:22 [[name:Mo]]: will raise at {{team meeting}} {{thurs}} 👍
    """)),
    ("social_care", "success", prose("""
        Shout-out for [[name:Hope Ellison]] and [[name:Marcus Ellison]], carers for [[name:Deja]]
        ([[age:15]]). When [[name:Deja]] didn't come home from [[organisation:Thornleigh High School]]
        on [[date:8 March]], [[name:Hope]] followed the {{missing from care protocol}} to the letter:
        rang [[name:Deja]], checked her {{Snapchat}} location with her (agreed in the {{safety plan}}),
        rang the {{police}} at the one-hour mark and called our {{out-of-hours}} line on
        [[phone:0113 496 0718]]. She had the {{Philomena Protocol}} grab sheet ready with a recent
        photo, so the call handler had everything in minutes. [[name:Deja]] was found at a friend's on
        [[address:Sowerby Road, Halton Moor]] by 9pm. The {{return home interview}} went well and
        [[name:Deja]] said she came home partly because "[[name:Hope]] didn't go mad". That calm,
        curious approach is exactly what we train. Thank you both. - [[name:Siobhan]],
        {{Team Manager}}
    """)),
    ("social_care", "incident", block("""
        INCIDENT FORM - INFORMATION GOVERNANCE
        Ref: [[case_reference:IG-2024-0093]]
        Date of incident: [[date:11/04/2024]]
        Reported by: [[name:Kwame Mensah-Boateng]], {{Supervising Social Worker}}
        Child: [[name:Lily-Mae Corrigan]]  DOB: [[date_of_birth:02/09/2016]]  Agency ref: [[case_reference:KFP-C-0417]]
        What happened: I e-mailed the {{LAC review}} minutes to the carer, [[name:Dawn Carrigan]]. {{Outlook}} autocomplete offered [[email:jcorrigan84@gmail.com]] (birth mum, [[name:Jade Corrigan]]) and I didn't notice. The minutes named [[name:Lily-Mae]]'s school, [[organisation:St Aidan's RC Primary]], which birth family are not meant to know.
        Immediate action: recall attempted (failed). Rang the child's {{social worker}}, [[name:Anita Szabo]], at [[organisation:Calderbrook Council]] on [[phone:0113 496 0552]]; {{risk assessment}} with the carers and school the same day; {{DPO}} informed, considering an {{ICO}} report within {{72 hours}}.
        Contributing factors: similar surnames; autocomplete on; no second check before sending minutes outside the agency.
        Learning: minutes go via {{Egress}} only, autocomplete cache cleared for the team.
    """)),
    ("social_care", "success", block("""
        Minutes - [[organisation:Kestrel South]] learning circle, [[date:16 May 2024]]
        Present: [[name:Gurpreet Sandhu]] (chair), [[name:Elin Parry]], [[name:Tomasz Wójcik]], [[name:Abimbola Lawal]] ("[[name:Abi]]"), [[name:Nadia Haddad]]
        Apologies: [[name:R. Whitfield]]

        2. What went well - {{Staying Put}} for [[name:Callum]]
        [[name:Elin]] presented. [[name:Callum]] turns 18 on [[date:2 June]] and stays with [[name:Bernie]] and [[name:Ray Doyle]] under a {{Staying Put}} arrangement. Planning started at his {{Pathway Plan}} review a full year early. His {{Personal Adviser}} from [[organisation:Wyre Vale Leaving Care]] set up the {{Universal Credit}} claim with him (NI no. [[ni_number:JT 48 29 17 C]]) so the rent contribution is in place from day one. [[name:Callum]] said he "didn't have to think about moving out during his A levels".
        Learning: start the {{Staying Put}} conversation at 16, not 17½; finance to get the carers' fee letter out two months before the birthday.
        Actions: [[name:Nadia]] to add a prompt to the 16+ {{supervision}} template.
    """)),
    ("social_care", "incident", block("""
        Chronology - allegation, [[name:Summer Brightwell]] ([[age:14]]), placed with [[name:Joy]] and [[name:Tunde Adebayo]]
        Mon [[date:3 June]]
        15:40 [[name:Summer]] tells her {{form tutor}} at [[organisation:Lowfield Academy]] that the carers' adult son, [[name:Kayode]], "shoved her into the door" on Sunday.
        15:55 School {{DSL}} rings [[name:Summer]]'s {{social worker}}, [[name:Helen Marsh]] ([[organisation:Calderbrook Council]]).
        16:30 [[name:Helen]] rings me ([[name:Ross McAllister]], {{SSW}}). I had not been told the son was back living there.
        17:10 Strategy discussion; referral to {{LADO}}, [[case_reference:LADO/24/0611]].
        18:00 [[name:Summer]] moves to respite carers [[name:Ewa]] and [[name:Piotr Nowak]] for the night by agreement.
        Tue [[date:4 June]]
        10:00 {{Unannounced visit}} to the [[name:Adebayo]] home. [[name:Joy]] very distressed; says [[name:Kayode]] has been back since {{Easter}} "just temporarily".
        Learning so far: household changes not reported for 8 weeks; our last {{supervision}} visit was a phone call. Full review at {{fostering panel}}.
    """)),
    ("social_care", "near_miss", prose("""
        near miss on {{respite}} weekend. [[name:Gemma]] had both boys - [[name:Jay]] ([[age:8]]) from
        us and [[name:Jai]] ([[age:7]]) placed by [[organisation:Oldcastle Borough]] - and both on
        {{melatonin}} at bedtime. bottles from the pharmacy just say [[name:JAY]] and [[name:JAI]] in
        big letters and different strengths, 2mg and 3mg. she was about to give the 3mg to [[name:Jay]]
        when she saw the {{MAR chart}} said 2mg, double checked the dob on the label and swapped it.
        no dose given wrong. she rang me straight away which was brilliant. issue is the {{medication
        profile}} sent over with [[name:Jai]] only had first name and no photo. asked [[name:Gemma]] to
        keep the bottles in separate named bags and im updating our {{respite}} checklist to ask for a
        photo on the profile. told [[name:Jai]]s {{social worker}} too. [[name:kerry-ann]] ssw
    """)),
    ("social_care", "success", block("""
        From: [[name:Yasmin Choudhury]] <[[email:y.choudhury@wyrevale.gov.uk]]>
        To: [[name:Dele Ogunleye]] <[[email:dele.ogunleye@kestrelfostering.org.uk]]>
        Subject: [[name:Reuben]] - {{EHCP}} news
        Sent: [[date:28 June 2024]] 14:12

        Hi [[name:Dele]],

        Just a quick note to say the {{EHCP}} for [[name:Reuben]] has been finalised with a place at [[organisation:Greystones School]] from September. I honestly don't think we'd have got here without the carers' diary of his sensory overload days and you pushing for the {{Educational Psychologist}} report before the {{annual review}}. The {{Virtual School}} have said they'll fund the transition visits from his {{PEP}} money.

        Please pass on my thanks to [[name:Shauna]] and [[name:Frank]].

        Best,
        [[name:Yasmin]]
        [[name:Yasmin Choudhury]] | {{Designated Teacher}} Liaison, [[organisation:Wyre Vale Virtual School]]
        [[phone:01632 960 418]]
    """)),
    ("social_care", "incident", block("""
        OUT OF HOURS HANDOVER - weekend [[date:13-14 July]]
        On call: [[name:Paddy Brennan]] (Fri-Sat), [[name:Sunita Mistry]] (Sun)

        | Time | Household | What happened | Action |
        | {{Sat}} 11:05 | [[name:Okafor]] | {{Contact}} at [[organisation:Hillside Family Centre]] ended early - birth dad [[name:Lee Tranter]] smelled of alcohol, shouting in car park | {{Contact supervisor}} stopped session, {{police}} called, dad left in silver Astra [[vehicle_registration:YD15 KXW]] |
        | Sat 11:40 | [[name:Okafor]] | [[name:Ellie]] ([[age:6]]) upset, wet herself in carer's car | [[name:Paddy]] spoke to carer [[name:Bukola Okafor]], advised {{PACE}} and a quiet afternoon |
        | Sun 09:15 | [[name:Okafor]] | Dad messaged carer's mobile [[phone:07700 900 361]] - number should not be known to him | [[name:Sunita]] logged, {{EDT}} informed |

        For {{Monday}}: how did dad get the carer's number? Contact arrangements to go back to the {{IRO}}; ask [[organisation:Calderbrook Council]] for {{risk assessment}} before next contact.
    """)),
    ("social_care", "success", block("""
        Teams chat - Matching
        [[name:Lauren O'Neill]] 09:02
        referral in from [[organisation:Marsden Bridge Council]] - sibling group of 3, 4/7/11, need to stay together
        [[name:Wes]] 09:05
        the [[name:Ahmadi]]s have the 3 bedrooms now [[name:Farid]] built the loft room. approved for 3 at panel in {{April}}
        [[name:Lauren O'Neill]] 09:06
        ooh. language? kids speak {{Dari}} at home
        [[name:Wes]] 09:07
        [[name:Farid]] and [[name:Mariam]] both speak {{Dari}}! and 2 mins from [[organisation:Crossgates Primary]]
        [[name:Lauren O'Neill]] 11:48
        {{placing authority}} love it. intros {{Friday}}, {{placement planning meeting}} {{Monday}}
        [[name:Wes]] 11:50
        first time we've kept a group of 3 together this year 🎉
    """)),
    ("social_care", "incident", prose("""
        Finance incident, reported by [[name:Connor Hughes]] (finance officer) on [[date:2 August 2024]].
        During the {{allowance}} run, a mail merge error meant the remittance letter for carer
        [[name:Agnieszka Dąbrowska]] was printed on the back of the letter for carer [[name:Winston
        Clarke]]. [[name:Winston]] opened it and rang us. The printed page showed
        [[name:Agnieszka]]'s home address, [[address:27 Coldwell Lane, Brighouse]],
        [[postcode:HD6 3NR]], her {{National Insurance number}} [[ni_number:PW 73 11 58 B]] and the
        fostering fee paid for the month. No child names were included. [[name:Winston]] shredded
        the page while on the phone with me and confirmed by e-mail. [[name:Agnieszka]] has been
        told and apologised to by the {{Registered Manager}}. The {{DPO}} judged it below the
        {{ICO}} reporting threshold but it is logged on the {{breach register}}. Root cause: the
        {{Sage}} export template was edited in {{July}} and the page break removed. Learning: no
        template changes without a test print; NI numbers removed from remittances altogether as
        they are not needed there.
    """)),
    ("social_care", "near_miss", block("""
        Health & safety visit - debrief notes
        Carers: [[name:Ifeoma]] and [[name:Jim Harrow-Smith]], [[address:9 Quarry Fold, Lindley]] [[postcode:HD3 3WB]]
        Visit by: [[name:Bryony Kaye]] {{SSW}}, [[date:19/08/24]]

        - Hall and landing {{smoke alarms}} had been taken down for decorating "three weeks ago" and were in a drawer.
        - Two children in placement ([[name:Ashton]] [[age:10]], [[name:Zara]] [[age:12]]), plus [[name:Jim]]'s elderly mum staying.
        - Chip pan on the hob.
        - Alarms back up and tested before I left. Referred for a free {{Safe and Well visit}} from the {{fire service}}.
        Why it matters: no-one noticed because the {{annual health and safety check}} isn't due till {{November}}. Suggest adding "any decorating or building work?" to every {{supervisory visit}}.
    """)),
    ("social_care", "success", prose("""
        Supervision note (shared with carer's agreement). [[name:Grace]] has really embedded
        {{PACE}} this quarter. When [[name:Liam]] ([[age:11]]) smashed his phone after a difficult
        {{family time}} session with his mum, [[name:Grace]] didn't remove privileges; she sat with him,
        named the feeling ("you look like you're carrying something heavy") and helped him write a
        note to his {{social worker}} about what had upset him. His {{Strengths and Difficulties
        Questionnaire}} score has dropped from 24 to 17 since {{January}} and [[organisation:Parkfield
        Juniors]] report far fewer exclusions. [[name:Grace]] said the {{therapeutic parenting}}
        training with Dr [[name:Anjali Menon]] was "the first time anyone explained why he does it".
        We'll nominate [[name:Grace]] to co-deliver the next cohort. {{SSW}}: [[name:T.J.]]
    """)),
    ("social_care", "incident", block("""
        From: [[name:Marcia Bennett-Hall]] <[[email:m.bennetthall@kestrelfostering.org.uk]]>
        To: [[organisation:Kestrel Safeguarding]]
        Subject: Missing child on school trip - [[name:Kian Doherty]] [[case_reference:KFP-C-0552]]

        Hi all,
        Logging for learning. On [[date:Wednesday 18 September]] [[name:Kian]] ([[age:12]]) went missing for about 50 minutes on a Year 7 trip to [[organisation:Moorside Adventure Park]]. The school, [[organisation:Ravenscliffe High]], had not been given the {{risk management plan}} from his {{placement plan}}, which says he must not be in open spaces without an adult within sight. Staff found him by the car park. Carer [[name:Siân]] was only told after he was found.
        The plan was uploaded to {{CHARMS}} but nobody shared it with the school's {{DSL}} when he started in {{September}}. I've now sent it and asked the {{Virtual School}} to check every new starter.
        Thanks,
        [[name:Marcia]]
        {{Supervising Social Worker}} | [[phone:07700 900 844]]
    """)),
    ("social_care", "near_miss", prose("""
        [[name:becca]] txt me 7.50am - taxi for [[name:Ollie]] ([[age:5]]) to {{contact}} turned up with
        no {{booster seat}}. driver said firm told him it was a [[age:10]] yr old. reg [[vehicle_registration:BK19 UFT]],
        [[organisation:Apex Cars]]. [[name:becca]] refused to put him in and drove him herself,
        which was right. if shed been less on it he'd have gone on an {{adult belt}}. turns out the
        {{transport request}} to [[organisation:Marsden Bridge Council]] had [[name:Ollie]]s dob wrong -
        [[date_of_birth:14/01/2014]] instead of [[date_of_birth:14/01/2019]]. their {{transport
        team}} fixed it same day. ive asked for all our requests to be checked against the
        {{placement information record}}. nobody hurt. [[name:Wojtek]] - duty {{ssw}}
    """)),
    ("social_care", "success", prose("""
        Panel feedback, [[date:9 October 2024]]. The {{fostering panel}} recommended approval of
        [[name:Malik]] and [[name:Sadia Iqbal]] as {{short break carers}} for disabled children.
        {{Panel chair}} Prof. [[name:Helen Greaves]] singled out the {{Form F}} written by
        [[name:Ngozi Eze]] as "an exemplar": it described the couple's own experience of caring for
        [[name:Sadia]]'s brother with {{cerebral palsy}}, evidenced their {{moving and handling}}
        training, and was honest about [[name:Malik]]'s night shifts at [[organisation:Dewsbury Bus
        Depot]] and how they'd manage. The {{agency decision maker}} ratified within 7 days. Learning
        for other assessors: [[name:Ngozi]] used a simple week-in-the-life table, which panel said
        made the household very easy to picture. Template shared on the team drive.
    """)),
    ("social_care", "incident", prose("""
        voice note typed up by me ([[name:Rhiannon]]) for the record. carer [[name:Sandra Kowalczyk]]
        rang {{out of hours}} 23:10 on [[date:2 Nov]]. [[name:Ayesha]] ([[age:15]]) had cut her arms
        in the bathroom, not deep, [[name:sandra]] did {{first aid}} and rang {{111}}. nhs no on the
        {{health assessment}} is [[nhs_number:838 239 7077]], gp is [[organisation:Ashgrove Surgery]].
        next day [[name:Ayesha]] was seen by the {{crisis team}} and is now on the {{CAMHS}} waiting
        list. what went wrong: [[name:sandra]] had flagged in {{October}} that [[name:Ayesha]] was wearing
        long sleeves all the time and the note sat in my inbox while i was off sick. nobody
        else picked it up. proposing a shared {{ssw}} inbox for carer logs so things dont sit
        with one person. [[name:Ayesha]]s {{social worker}} [[name:Dominic Lowe]] informed.
    """)),
    # ------------------------------------------------------------------ health (17)
    ("health", "incident", prose("""
        result txt went to the wrong person. [[name:Chantelle]] rang this morning, shed got a txt
        saying her {{chlamydia}} result was positive and to book in - but shes never been tested
        here. looked on {{Lilie}}: pt [[case_reference:HSH-118237]] mobile typed as
        [[phone:07700 900 583]], should be [[phone:07700 900 538]], 2 digits swapped at booking on
        {{the van}} {{sat}}. so real pt hadnt had her result and a stranger got a txt about an
        infection. no name in it thank god, just the clinic name. rang the right number, pt
        [[name:Kelsey]] came in same day for {{doxycycline}} and {{partner notification}} with
        [[name:Imran]] ({{health adviser}}). [[name:Chantelle]] reassured, she was lovely about it
        tbh. learning - read the number back to the pt, and the {{SMS}} system should send a test
        "reply Y" before the first result goes. {{datix}} done. [[name:nic]] (band 6)
    """)),
    ("health", "near_miss", block("""
        Outreach van [[vehicle_registration:YR68 HVB]] - vaccine fridge near miss
        Date: [[date:Thu 7 March 2024]]   Site: [[organisation:Marlowe College]] wellbeing day

        08:15 Van collected from [[organisation:Harbourside Sexual Health]] depot. Overnight {{hook-up}} had tripped.
        08:40 On site. [[name:Callum Reid]] (HCA) drew up first {{HPV vaccine}} dose for a student.
        08:42 [[name:Deepa Raghunathan]] checked the {{data logger}} before signing: max 13.1°C overnight, current 9.8°C. Min/max not reset the day before.
        08:43 Dose discarded, not given. All {{HPV}} and {{hepatitis B}} stock quarantined per {{cold chain}} policy, {{pharmacy}} informed.
        09:00 Clinic ran without vaccines; 11 students rebooked at base.
        Why: nobody reads the logger until the first patient; no remote alarm on the van fridge.
        Actions: logger read + reset is now first line on the van start-up sheet; remote {{temperature alarm}} ordered.
    """)),
    ("health", "success", prose("""
        Huge shout-out to [[name:Imran Shah]], our {{health adviser}}. After an early {{syphilis}}
        diagnosis in a young man seen on the van in {{April}}, [[name:Imran]] spent two weeks on
        {{partner notification}}, including contacts the patient only knew through {{Grindr}}. Using
        the app's messaging with the patient's consent and our {{PN}} scripts, he reached five
        partners; three tested positive and were treated with {{benzathine penicillin}} within the
        week. One had been due to donate blood at [[organisation:Castlegate Donor Centre]] that
        Friday. [[name:Imran]] also flagged the cluster to {{UKHSA}}, which led to the outreach
        session at [[organisation:The Anchor]] bar in {{May}}. Patient-centred, persistent and
        non-judgemental. Thank you. Dr [[name:Ruth Abara]], {{Clinical Lead}}
    """)),
    ("health", "incident", block("""
        INCIDENT REPORT  {{Datix}} [[case_reference:W-44817]]
        Location: [[organisation:Harbourside Sexual Health]], Room 4
        Date/time: [[date:22/04/2024]] 10:35
        Patient: [[name:Natalia Ferreira]]  DOB: [[date_of_birth:30/11/1995]]  NHS no: [[nhs_number:707 079 1976]]  Clinic no: [[case_reference:HSH-120455]]
        Description: {{Cu-IUD}} inserted by Dr [[name:Lucy Tan]] without difficulty. Patient felt faint at the end ({{vasovagal}}), recovered lying down. At about 10 minutes she got up to dress behind the curtain, fainted and hit her head on the {{trolley}}. {{GCS}} 15 within a minute; small laceration, {{Steri-Strips}} applied. Observed for one hour, BP 92/58 rising to 110/70. Discharged with {{head injury advice}} and her sister.
        Contributing factors: the chaperone, [[name:Ama Boateng]], had stepped out for a pad; our "stay seated for 15 minutes" rule is custom, not written.
        Actions: written post-insertion recovery standard; chaperone stays until patient seated; ({{Severity}}: low harm). Duty of candour letter sent.
    """)),
    ("health", "success", block("""
        Outreach review - freshers' fortnight
        Date: [[date:10 October 2024]]
        Attendees: [[name:Sinéad Fitzgerald]] (outreach lead), [[name:Olu]], [[name:Hannah Nguyen]], [[name:Marek]], [[name:Jo Pike]] (welfare officer, [[organisation:Westgate University Students' Union]])

        1. Numbers: van on campus 5 days, 212 contacts, 61 {{STI}} screens, 19 {{PrEP}} starts (4 last year).
        2. What worked: booking by {{QR code}} in the SU app; [[name:Jo]] got society presidents to share it; {{PrEP}} eligibility chat done in the van with the prescription by video with the consultant; {{condoms}} and {{lube}} in the welcome bags.
        3. Learning: {{HIV/syphilis}} {{point-of-care tests}} ran out on day 3; queue too visible from the main path.
        Actions: [[name:Marek]] to double POCT order for [[organisation:Marlowe College]] in {{January}}; [[name:Sinéad]] to ask for a screened pitch behind the library.
    """)),
    ("health", "incident", block("""
        Safeguarding chronology - outreach van, [[address:Eastbrook Retail Park, Dunford]]
        [[date:Saturday 9 November]]
        14:20 Girl gives name as "[[name:Chloe]]", says she is [[age:16]], asks for {{emergency contraception}}. Looks younger.
        14:25 [[name:Folake]] ({{nurse}}) takes details: DOB given as [[date_of_birth:03/05/2010]], i.e. [[age:14]].
        14:30 {{Spotting the Signs}} proforma: boyfriend "[[name:Deano]]", [[age:24]], waiting in black Golf [[vehicle_registration:FN21 OKP]] in the car park.
        14:38 {{levonorgestrel}} 1.5 mg given under {{Fraser guidelines}} assessment.
        14:45 Boyfriend comes to the van door asking "how long". [[name:Gary]] (driver) keeps door shut.
        14:50 [[name:Chloe]] leaves with him before the safeguarding conversation is finished.
        15:05 Referral to {{MASH}}; {{police}} via 101, log [[case_reference:CAD 1187 09/11]], reg passed on.
        Learning: no way to speak to a young person away from the waiting adult on the van; only one clinician on a Saturday.
    """)),
    ("health", "near_miss", block("""
        Clinic B chat [[date:14/05]]
        13:02 [[name:Becks]]: just nearly took the implant out of the wrong [[name:Amira Khan]] 😳
        13:02 [[name:Tariq]]: ???
        13:04 [[name:Becks]]: two [[name:Amira Khan]]s in the waiting room. called the name, she came in, I had the record open for {{Nexplanon}} removal + refit. did the 2 identifier check and DOB was [[date_of_birth:12/03/1999]] not [[date_of_birth:21/08/2002]]. she was here for a {{pill check}} 🙈
        13:05 [[name:Tariq]]: good catch tho. reception need to flag duplicate names on {{Lilie}}
        13:06 [[name:Becks]]: tbh we shouldnt shout full names across a {{sexual health}} waiting room anyway. first name + clinic no?
        13:20 [[name:Ana]]: agree, adding to {{huddle}} tmrw. [[name:Becks]] pls {{Datix}} as near miss, no harm
    """)),
    ("health", "success", block("""
        From: [[name:Rob Hartley]] <[[email:rob.hartley@nhs.net]]>
        To: [[organisation:HSH Clinical Team]]
        Subject: Thank you - fast recall [[case_reference:HSH-121907]]

        Team,
        On [[date:Friday 22 November]] at 16:50 [[organisation:Northgate Pathology]] phoned a reactive {{HIV}} {{4th generation}} result on a sample taken on the van. The patient had given a mobile only and asked for no voicemails. [[name:Kofi]] and [[name:Bridget]] stayed late, sent the agreed neutral text, and the patient called back at 18:10. Seen next morning by Dr [[name:Ruth Abara]]; confirmatory test and {{viral load}} sent and {{ART}} started the same week with [[organisation:St Brannock's HIV Service]].
        Under 24 hours from result to clinician. That is exactly what our {{recall policy}} is for.

        [[name:Rob]]
        [[name:Rob Hartley]], {{Service Manager}}
        [[phone:0191 498 0274]]
    """)),
    ("health", "incident", prose("""
        needlestick on the van [[date:26/11]]. [[name:Kasia]] was clearing up after a {{hep B}}
        vaccine session at [[organisation:The Beacon]] hostel and the {{sharps bin}} was filled past
        the line - needle poking out the aperture went through her {{glove}}. she bled it, washed it,
        covered it. source pt consented to bloods. [[name:Kasia]] went to [[organisation:St Brannock's]]
        {{ED}} for {{risk assessment}} and was started on {{HIV PEP}} as source had never tested. {{OH}} ref
        [[case_reference:OH-24-3318]]. why: bin hadnt been swapped for 2 sessions, restocking the van
        on tuesdays isnt anyones job since [[name:Gaz]] left, and the small bins we carry on {{the van}}
        fill up in one busy session. [[name:Kasia]] is ok, bit shaken. [[name:zoe]]
    """)),
    ("health", "success", prose("""
        Card left at reception, typed up with the writer's permission: "To [[name:Folake]],
        [[name:Lin]] and the lady on the phone who spoke {{Tigrinya}}. I was scared to come because in
        my country this is shame. You gave me the {{implant}} and explained everything and did not
        rush me. The {{interpreter}} [[name:Senait]] was kind. Now I can finish my English course at
        [[organisation:Harbourside Adult College]]. Thank you, [[name:Mehret]]." Team note: this was
        our first appointment using a {{telephone interpreter}} booked in advance through
        {{LanguageLine}} rather than on the day. [[name:Lin Wei]] blocked a double slot and checked
        {{Tigrinya}} availability the day before, and [[name:Folake]] used {{teach-back}} for the
        {{bleeding pattern}} advice. Worth doing for every booked interpreter appointment.
    """)),
    ("health", "incident", prose("""
        Summary for the {{governance}} meeting. [[name:Jordan Pryce]] (DOB
        [[date_of_birth:17/06/1988]], NHS number [[nhs_number:784 627 0729]]) had "no letters home"
        recorded in a free-text note on {{Lilie}}. On [[date:5 December 2024]] the lab re-reported a
        {{syphilis}} serology result and {{Lilie}} auto-generated a results letter, which was posted
        to [[address:41 Wentworth Terrace, Stanley]], [[postcode:DH9 6RJ]]. [[name:Jordan]]'s partner
        opened it. [[name:Jordan]] complained by phone the next day and asked to be called back only
        on [[phone:07700 900 912]]. The contact preference was never entered in the structured field,
        so the template ignored it. Duty of candour met by [[name:Ana Costa]]. Actions: audit of
        free-text contact notes (first 200 found 14 more), letters switched off for {{GUM}}
        attendances unless the structured field allows it, and {{Caldicott Guardian}} informed.
    """)),
    ("health", "near_miss", block("""
        Debrief - van equipment check [[date:Mon 6 January]]
        Attending: [[name:Deepa Raghunathan]], [[name:Callum Reid]], [[name:Yusuf]]

        What we found: {{adrenaline}} 1:1000 in the {{anaphylaxis kit}} expired end of {{December}}. Van booked for {{HPV}} catch-up at [[organisation:Fernlea High School]] the same morning, about 40 jabs.
        Caught by: [[name:Callum]] on the {{weekly check}}. The sheet had ticks for the last 3 weeks, all by bank staff who ticked the box but were never shown where the expiry is printed.
        Actions:
        - replacement {{adrenaline}} from base {{pharmacy}} before leaving (done, 08:20)
        - expiry written large on the outside of the kit
        - check sheet asks for the expiry date, not a tick
        - [[name:Yusuf]] to add the van check to bank staff induction
    """)),
    ("health", "success", block("""
        HUDDLE [[date:13/01/25]]   lead: [[name:Ana Costa]]
        | Item | Detail |
        | Staffing | [[name:Olu]] + [[name:Marek]] on the van ([[vehicle_registration:YR68 HVB]]) at [[organisation:Marlowe College]]; Dr [[name:Sami Haddad]] covering {{LARC}} list |
        | Good catch | [[name:Hollie]] spotted pt [[case_reference:HSH-122480]] booked for {{Mirena}} had taken {{ulipristal}} 3 days ago. Fit moved, {{condoms}} advised, {{pregnancy test}} planned. Great catch! |
        | Praise | thank-you card for [[name:Kofi]] from a patient |
        | Safety | {{sharps bins}} now on the van restock list, owner [[name:Yusuf]] |
        | IT | {{Lilie}} down {{Thurs}} 17:00-19:00 for upgrade - paper packs in Room 2 |
    """)),
    ("health", "incident", block("""
        Teams - Outreach
        [[name:Marek Zielinski]] 19:41  van wont start. at [[address:Low Moor Community Centre, Cross Lane]] car park. battery light was on earlier
        [[name:Marek Zielinski]] 19:42  [[name:Olu]] went at 7 for childcare so just me
        [[name:Ana Costa]] 19:55  sorry only just seen, ringing you now
        [[name:Ana Costa]] 20:10  {{RAC}} booked, 90 min wait. stay in the van with doors locked, keep phone on charge
        [[name:Marek Zielinski]] 21:35  {{RAC}} here. alternator. [[vehicle_registration:YR68 HVB]] being towed to [[organisation:Kellett's Garage]]
        [[name:Ana Costa]] 21:37  did the {{lone working app}} alert go off at 8?
        [[name:Marek Zielinski]] 21:38  no, phone was on 4% and it died
        [[name:Ana Costa]] 21:40  ok. going on {{Datix}}. nobody should be on {{the van}} alone after dark, thats the {{lone working policy}}
    """)),
    ("health", "near_miss", prose("""
        nearly gave standard {{levonorgestrel}} 1.5mg to a girl on {{carbamazepine}} for her
        {{epilepsy}}. she only mentioned it when [[name:Shaz]] asked "any other tablets?" a second
        time at the end. with {{enzyme inducers}} its double dose or better a {{Cu-IUD}}. she chose the
        {{coil}}, fitted same day by Dr [[name:Okoro]]. problem: on the van tablet the {{PGD}} checklist
        has the meds question on page 3 and we were skipping to the supply page. asked
        [[name:Lorna]] to move it to page 1. pt [[age:19]], clinic no [[case_reference:HSH-122017]].
        no harm
    """)),
    ("health", "success", prose("""
        Learning from excellent practice. [[name:Alex Morrow]] ([[age:17]]), who is trans and
        uses he/him, came to the van at [[organisation:Marlowe College]] on [[date:4 February]]. His
        record at [[organisation:Kingsway Medical Practice]] still showed his birth name.
        [[name:Hannah Nguyen]] asked privately what name he wanted us to use, set [[name:Alex]] in the
        {{Lilie}} "known as" field so the results text would use it, and offered {{STI}} tests
        suited to his anatomy without making him explain twice. She also checked whether he was
        on {{testosterone}} and explained it is not a {{contraceptive}}, then offered {{condoms}}
        and a {{progestogen-only pill}}. [[name:Alex]] later e-mailed: "first time I haven't
        been deadnamed at a health thing". Shared with the team: ask once, record it properly in
        the "known as" and pronoun fields, and use it everywhere including texts.
    """)),
    ("health", "incident", block("""
        IT INCIDENT LOG - {{Lilie}} outage   Ref [[case_reference:INC0048812]]
        [[date:20/02/2025]]
        09:02 {{Lilie}} unavailable across all rooms. Downtime pack opened (last updated 2021).
        09:10 Paper registration; clinic numbers handwritten on {{request forms}}.
        13:30 System back. Back-entry by [[name:Ffion Rees]] and [[name:Gbenga]].
        [[date:24/02/2025]]
        [[organisation:Northgate Pathology]] rejected 3 {{NAAT}} samples: handwritten clinic number [[case_reference:HSH-123009]] read as [[case_reference:HSH-128009]]. One patient, Mr [[name:K. Ahmed]], recalled for repeat {{gonorrhoea}} swabs after contact with a positive partner; a week's delay in treatment.
        Learning: pre-printed barcode labels in the downtime pack; {{IT service desk}} to test downtime every 6 months.
    """)),
    # ------------------------------------------------------------------ aviation (16)
    ("aviation", "incident", block("""
        CABIN SAFETY REPORT  [[case_reference:CSR-24-0188]]
        Flight: [[flight_number:FQ312]]   A/C: [[aircraft_registration:G-FMRC]] ({{E195}})   Date: [[date:14/03/2024]]
        SCCM: [[name:Leanne Mackie]]   Crew: [[name:Arjun]], [[name:Shaunagh]], [[name:Teodora]]
        Narrative: 35 min after departure from [[organisation:Brackenmoor Airport]], burning smell and light smoke from {{oven}} 2 in the {{forward galley}}. Oven off, {{circuit breaker}} pulled on {{the captain}}'s instruction, {{fire extinguisher}} and {{PBE}} ready, not used. Smoke cleared within 3 min.
        ATC extract:
        [[flight_number:Fulmar 312]]: PAN PAN, PAN PAN, PAN PAN, [[flight_number:Fulmar 312]], smoke in the forward galley now clearing, request return
        ATC: [[flight_number:Fulmar 312]], roger PAN, turn left heading 180, descend FL80
        Landed 11:52, {{RFFS}} met the aircraft on the runway. Engineers found a foil lid melted onto the element from the previous sector. {{MOR}} filed ([[case_reference:MOR 2024/03417]]).
        Learning: {{oven}} interior check missed on the turnaround; add to {{pre-flight checks}}.
    """)),
    ("aviation", "near_miss", prose("""
        doors nearly opened armed at stand. last sector [[flight_number:FQ1207]] into
        [[organisation:Kilbride Airport]], late, 4th sector off a 05:00 report. [[name:mikey]] called
        "doors to park, {{crosscheck}}", i said crosschecked but i hadnt actually looked. went to open
        my door (L2) for the {{ground handler}} on the steps and the {{slide}} lever was still in
        ARMED. disarmed, called [[name:mikey]] back and we did a proper crosscheck together. if it
        had gone the {{slide}} would have deployed onto the steps with the handler on them.
        [[name:Mikey]] said he did the same as me - said it without looking. we were both shattered.
        putting it in so it goes into {{SEP}} and the {{fatigue}} side gets looked at. aircraft
        [[aircraft_registration:G-FMRA]]. [[name:Saoirse]]
    """)),
    ("aviation", "success", prose("""
        Big thank you to the crew of [[flight_number:FQ438]] on [[date:6 April]]:
        [[name:Chidi Okeke]] (SCCM), [[name:Kirsty-Ann]] and [[name:Josh Bell]]. A passenger in row 14
        became confused and sweaty. [[name:Chidi]] recognised possible {{hypoglycaemia}}, found the
        passenger's {{glucose meter}} in their bag with their consent (reading 2.4) and gave
        {{glucose gel}} from the {{first aid kit}} plus orange juice. A travelling nurse,
        [[name:Efua]], helped. [[name:Chidi]] kept {{the captain}}, Captain [[name:Morven Bruce]],
        updated and she spoke to {{MedLink}}; decision to continue. By top of descent the passenger
        was chatting, and {{paramedics}} checked them on stand. Textbook {{ABCDE}} and clear,
        calm comms. {{Inflight Safety}}, [[organisation:Fulmar Air]]
    """)),
    ("aviation", "incident", block("""
        Chronology - [[flight_number:FQ219]], [[aircraft_registration:G-FMRE]], [[date:21 May 2024]]
        10:31 {{Seat belt sign}} off. Bar service begins.
        10:43 Moderate {{clear air turbulence}}, no warning. [[name:Niamh Gallagher]] (No.3) thrown against the {{trolley}} and falls; suspected wrist fracture. [[name:Harvey]] secures trolley, brakes on.
        10:44 {{Seat belt sign}} on, PA from flight deck.
        10:50 {{First aid}}: {{SAM splint}}, ice, {{paracetamol}} declined. {{The captain}} informed; no diversion needed.
        11:32 Landed [[organisation:Portcullen Airport]]. [[name:Niamh]] taken to [[organisation:Portcullen Royal Infirmary]]; fracture confirmed.
        Findings: a {{PIREP}} of moderate turbulence at FL240 was received on the flight deck at 10:25 but not passed to the cabin before the sign went off.
        {{MOR}} [[case_reference:MOR 2024/05120]]. [[name:Niamh]] on full pay; {{occupational health}} referral made.
    """)),
    ("aviation", "success", block("""
        From: {{Inflight Safety}} <[[email:inflight.safety@fulmarair.co.uk]]>
        To: [[name:Patrycja Lis]]; [[name:Omari Grant]]
        Cc: [[name:Steph Ward]] (Base Manager, [[organisation:Brackenmoor]])
        Subject: [[flight_number:FQ520]] [[date:02/06/24]] - vape fire, thank you

        Dear [[name:Patrycja]] and [[name:Omari]],
        Having read your reports: a {{vape}} left in the seat pocket at 9C overheated and started smoking. You followed the {{lithium battery fire}} drill exactly - extinguished with {{Halon}}, cooled with water, moved the device into the {{fire containment bag}} once it was cool enough, and monitored it for the rest of the flight. {{The captain}} was told within 30 seconds. The owner, Mr [[name:D. Kerr]], was cooperative.
        With your agreement we'll use this (anonymised) in this year's {{SEP}} recurrent.
        Regards,
        [[name:Ruairidh MacAskill]]
        {{Cabin Safety Officer}} | [[phone:+44 1632 960 771]]
    """)),
    ("aviation", "near_miss", block("""
        [[organisation:BRK]] crew 💺 ({{WhatsApp}})
        [[date:Fri 12 Jul]]
        07:14 [[name:Kez]]: anyone want my sat earlies? [[flight_number:FQ101]]/[[flight_number:FQ102]] 🙏
        07:20 [[name:Dev]]: i'll take it if crewing are ok
        07:41 [[name:Dev]]: sorted, crew control did it over the phone 👍
        [[date:Sat 13 Jul]]
        05:52 [[name:Ade]] ({{SCCM}}): [[name:Dev]] your {{SEP}} shows expired 30th June on the briefing sheet?? you can't operate
        05:53 [[name:Dev]]: omg. I rebooked it after I was off sick and forgot
        05:55 [[name:Ade]]: calling {{crew control}}. {{standby}} is [[name:Lowri]]
        06:20 [[name:Lowri]]: on my way 🏃‍♀️
        Note added by base: the phone swap bypassed the {{rostering system}} qualification check. Swaps now only in {{eCrew}}. Thanks [[name:Ade]] for checking the {{briefing sheet}} properly.
    """)),
    ("aviation", "incident", block("""
        DISRUPTIVE PASSENGER REPORT - Level 2
        Flight: [[flight_number:FQ644]]   Date: [[date:19/07/2024]]   A/C: [[aircraft_registration:G-FMRB]]
        Passenger: [[name:Gareth Lewis-Pugh]], seat 17F, DOB [[date_of_birth:04/10/1981]] (from passport)
        Narrative: Pax appeared intoxicated at boarding; gate staff did not flag. After take-off drank his own {{duty free}} vodka; when [[name:Aaliyah Rahman]] (No.2) removed it he swore at her and grabbed her wrist. SCCM [[name:Bríd O'Sullivan]] gave a verbal warning then the written {{warning card}}. {{The captain}} requested {{police}} to meet the aircraft. {{Restraint kit}} not needed. [[name:Aaliyah]] bruised, shaken, did not operate the return.
        Police ref: [[case_reference:PS-24-071943]]
        Learning: the gate didn't know about the "{{fit to fly}}" referral route; the aircraft door closed early to protect the slot so there was no chance to offload.
    """)),
    ("aviation", "success", block("""
        Debrief - precautionary disembarkation, [[organisation:Kilbride Airport]] stand 4
        [[date:3 August 2024]], [[flight_number:FQ756]], [[aircraft_registration:G-FMRD]]
        Present: [[name:Tom Achterberg]] (Captain), [[name:Sunny Dhillon]] (FO), [[name:Marta]] (SCCM), [[name:Callum]], [[name:Ngozi]], [[name:Efe]], {{ground ops}}
        What happened: strong fuel smell in the cabin during boarding with 88 pax on. {{The captain}} ordered a {{precautionary disembarkation}} by the {{airstairs}}, no slides.
        What went well:
        - [[name:Marta]]'s PA was short and calm; "leave bags, walk, don't run"
        - [[name:Efe]] stood at the foot of the stairs directing to the {{terminal}}
        - {{PRM}} passenger in 2A assisted first by [[name:Ngozi]] with {{ambulift}} already called
        - everyone off in 6 min, no injuries
        Learning: headcount at the gate took 20 min because the paper manifest was on board.
    """)),
    ("aviation", "incident", prose("""
        Report by [[name:Anwen Pritchard]], SCCM, [[flight_number:FQ883]], [[date:28 August 2024]].
        Our No.4, [[name:Tyler-Jay Moss]] ([[age:21]]), fainted in the {{aft galley}} during
        {{descent}} and hit his head on the {{galley}} {{stowage}}. He was conscious within seconds;
        I sat him in his {{jump seat}} with {{oxygen}} and informed {{the captain}}. He told me
        afterwards he had felt dizzy since boarding but didn't want to "cause a delay" because the
        crew complement would drop below the minimum and we'd have to wait for standby. He had
        not eaten since the night before. {{Paramedics}} met the aircraft at
        [[organisation:Brackenmoor Airport]]; he was released the same day. I want to be honest
        that I noticed he was quiet at briefing and didn't ask. We need to make it normal to say
        "I'm not fit", and he needs to hear that nobody will be in trouble for it. {{Fatigue
        report}} also filed.
    """)),
    ("aviation", "near_miss", block("""
        TECH LOG  [[aircraft_registration:G-FMRD]]  Page [[case_reference:TL 004512]]
        Date: [[date:05 SEP 24]]   Stn: [[organisation:KLB]]   Flt: [[flight_number:FQ760]]
        Defect: CABIN - {{PBE}} at L2 {{attendant seat}}, tamper seal broken, vacuum pack deflated. Found on {{pre-flight emergency equipment check}} by CC [[name:Yaw Asante]]. Unit not serviceable.
        Action: {{PBE}} replaced from {{station stock}}, P/N 119003-11, S/N 7741A. Seal intact, pack checked. {{CRS}} issued.
        Signed: [[name:K. Rennie]] B1   Licence [[case_reference:UK.66.411872]]
        ---
        {{Inflight Safety}} note: previous crew signed the equipment check as complete on [[date:04 SEP 24]]. Likely damaged by a bag pushed under the seat on the {{night-stop}}. {{Check card}} to say "seal + pack firm", not just "present".
    """)),
    ("aviation", "success", block("""
        Inflight Safety Review Group - minutes, [[date:30 September 2024]]
        Attendees: [[name:Ruairidh MacAskill]] (chair), [[name:Precious Moyo]], [[name:Gav Lindqvist]], [[name:Ilona Kaczmarek]] ({{Head of Cabin Services}})

        1. Reporting: 62 {{cabin safety reports}} in Q3, up 40% since the {{just culture}} roadshow in {{June}}. Most from [[organisation:Kilbride]] base.
        2. Recognition: [[name:Thandiwe]] at [[organisation:Brackenmoor]] base nominated for the quarterly award for her report on the {{child restraint}} loop belts being stowed tangled, which led to a fleet check.
        3. {{CAA}} audit in {{November}} - [[name:Precious]] to prepare the {{SMS}} evidence pack.
        4. AOB: [[name:Gav]] asked for {{CRM}} day to include a fatigue scenario.
        Next meeting: [[date:2 December 2024]]
    """)),
    ("aviation", "incident", block("""
        From: [[name:Harriet Osei]] <[[email:harriet.osei@fulmarair.co.uk]]>
        To: {{Inflight Safety}}
        Subject: UM handover - [[flight_number:FQ415]] [[date:16/10/24]]

        Hi,
        Reporting my own mistake. I was {{No.2}} on [[flight_number:FQ415]] with an {{unaccompanied minor}}, [[name:Lucas Ferreira-Dunn]] ([[age:9]]). On arrival at [[organisation:Portcullen Airport]] I handed him to a woman who said she was his aunt. She knew his name and he hugged her, so I signed the {{UM form}} without checking her {{photo ID}} against the name on the form ([[name:Claudia Ferreira]], [[phone:+351 912 555 048]]). It was her, and he is fine, but I didn't follow the procedure and it could have been anyone.
        It was the first UM I'd had since {{initial training}} and the {{ground agent}} had gone to another flight. I'd like the {{UM}} handover added to our {{SEP}} refresher.
        [[name:Harriet]]
    """)),
    ("aviation", "near_miss", block("""
        Handover - [[organisation:Brackenmoor]] crew room, [[date:22/11/24]]

        | A/C | Item | Status |
        | [[aircraft_registration:G-FMRC]] | Fwd {{trolley}} 3 brake not holding on the slope of the jet bridge, rolled into [[name:Connor]]'s legs during catering, no injury | Trolley labelled U/S, {{catering}} told |
        | [[aircraft_registration:G-FMRC]] | Catering sent a replacement that also had worn brake pads | Rejected, third trolley OK |
        | [[aircraft_registration:G-FMRE]] | {{PA}} crackling at rows 18-20 | {{tech log}} entry made |
        | all | {{trolley}} brakes not on the daily check card | Raised with {{Inflight Safety}} by [[name:Ola-Marie]] |

        Comment from [[name:Connor]]: if it had been a full bar trolley on a moving aircraft it would have been a broken ankle.
    """)),
    ("aviation", "success", prose("""
        Learning story shared with permission. On [[date:18 December]], [[flight_number:FQ903]] at
        [[organisation:Kilbride Airport]], heavy snow during boarding. [[name:Lewis Ng]], three
        weeks out of {{initial training}}, noticed from window row 12 that snow was settling on
        the wing after {{de-icing}}. He wasn't sure it mattered and nearly didn't say anything.
        He told the SCCM, [[name:Katarzyna]], who passed it straight to the flight deck using the
        {{interphone}}. {{The captain}}, [[name:Lamar Reid]], walked back to look, agreed the
        {{holdover time}} was likely exceeded and requested a second de-ice. Departure was 25 min
        late. The captain made a point of thanking [[name:Lewis]] on the PA and later emailed the
        base. This is {{CRM}} working as it should: the most junior person speaking up, the
        SCCM passing it on without judgement, and the flight deck taking it seriously.
    """)),
    ("aviation", "incident", prose("""
        scald on [[flight_number:FQ227]] today. little girl ([[age:4]]) in 11D reached across and pulled
        her dads tea off the {{tray table}} onto her leg. i was 2 rows away. [[name:Remi]] got the {{burns
        kit}} and we ran cool water over it with bottles for 20 mins like the training says,
        {{burns gel}} dressing after. dad Mr [[name:Hollis]] was ok with us, very upset. blister the
        size of a 50p. {{captain}} called {{MedLink}}, {{paramedics}} met us at [[organisation:Brackenmoor]].
        how it happened - we serve tea in open cups with no lid on this route since the supplier
        change in {{october}}, the lids just didnt come. seats with {{lap infants}} or kids should get
        a lid or no hot drink. [[name:Beth]]
    """)),
    ("aviation", "success", prose("""
        Forwarded by Customer Relations to the [[organisation:Kilbride]] base. "Dear [[organisation:Fulmar
        Air]], I travelled on [[flight_number:FQ118]] on [[date:3 January]] with my son
        [[name:Idris]], who is autistic and wears a {{Hidden Disabilities Sunflower}} lanyard. The
        lady at the door, [[name:Fatima]], noticed it straight away, asked him if he'd like to see the
        {{flight deck}} before everyone boarded, and warned him about the noise of the
        {{landing gear}}. When he got overwhelmed during {{taxi}} she brought {{ear defenders}}
        from the {{crew bag}}. He's [[age:12]] and this is the first flight he has enjoyed. Thank
        you. [[name:Rachel Bowen]], [[phone:07700 900 127]]." Base note: [[name:Fatima]] had done
        the optional {{neurodiversity awareness}} module in her own time. We'll share her approach
        at the next {{SEP}} day.
    """)),
]

if __name__ == "__main__":
    write_records(OUT, build_records("blind161", REPORTS))
