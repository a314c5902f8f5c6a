"""Held-out blind corpus 95: child protection conferences and core groups, police child abuse
investigation teams and custody suites; acute medical wards, AMU and discharge lounges; regional
airline flight and cabin crew on short turnarounds. Styles are mixed on purpose: formal minutes
with attendee lists and actions, Datix/ASR forms and timelines, rapid lower-case first-person
accounts typed on a phone with little punctuation, chat and ops logs with handles, and e-mails
with signatures, job titles and contact details."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from markup import block, build_records, write_records  # noqa: E402
from markup import flow as prose  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "corpus" / "heldout_blind95.jsonl"

REPORTS = [
    # ------------------------------------------------------------------ social care
    ("social_care", "incident", block("""
        CORE GROUP MEETING - MINUTES
        Children: [[name:Amira]] and [[name:Zain]] [[name:Haddad]]
        Case ref: [[case_reference:CP/24/01187]]
        Date/venue: [[date:Thurs 14 March 2024]], [[organisation:Brookfield Family Centre]]
        Present: [[name:Tasha Greenhalgh]] ({{social worker}}, chair), [[name:Rhian Pryce]] ({{health visitor}}),
        Mrs [[name:Okonjo-Lewis]] ({{DSL}}, [[organisation:St Aidan's Primary]]), {{Mum}}
        Not invited: {{Dad}} (see item 1)

        1. Incident noted by chair. Minutes of [[date:29/02/24]] were posted to both parents. Father's copy
        showed mother's new address, [[address:Flat 3, 41 Carrow Road]], [[postcode:NR1 4QS]], which is withheld
        under the {{safety plan}}. Business support used the old {{Liquidlogic}} letter template that
        auto-fills every household address.
        2. {{Police}} told same day; DC [[name:Farrell]] has reviewed risk. Mum and children staying with
        maternal aunt meanwhile.
        3. School report: [[name:Zain]] unsettled, attendance 88%.

        Actions:
        - [[name:TG]] to request emergency housing move - by [[date:18/03/24]]
        - Business support manager to withdraw template and check other open plans
        - [[name:RP]] to visit aunt's address this week
        """)),
    ("social_care", "near_miss", prose("""
        edt shift, got called to [[organisation:harbour st custody]] about 2am for [[name:kacper]] [[age:15]],
        arrested after a fight outside the chippy. {{custody sgt}} said {{mum}} wasnt answering so could i
        be {{appropriate adult}}. got there and the {{interview}} room was already booked, {{duty solicitor}}
        on the phone, officer (PC [[name:okoro]] i think) keen to crack on before shift change. [[name:kacper]]
        hadnt had his rights given with an AA present and hadnt slept at all. asked for a {{PACE}} rest
        period and rights re-given with me there. sgt agreed straight away fair play. no harm done but 20
        mins later and theyd have started. also the dob on the custody record was [[date_of_birth:03/07/2010]]
        - his real dob is [[date_of_birth:07/03/2009]], day and month flipped, got it corrected. ref
        [[case_reference:HS/04418/24]] for whoever picks up tmrw
        """)),
    ("social_care", "success", block("""
        From: [[email:m.achterberg@northfold.example.gov.uk]]
        To: Safeguarding QA inbox
        Subject: Good practice - ICPC for the [[name:Nwosu]] family

        Hi all,

        Logging some good practice from the {{Initial Child Protection Conference}} on [[date:2nd April]].
        {{Mum}} ([[name:Chidinma]]) speaks {{Igbo}} as a first language and had told the {{social worker}}
        she would "get by" in English. [[name:Faith Mbeki]], the allocated worker, pushed back, booked a
        face-to-face interpreter through [[organisation:LinguaBridge]] and had the report sight-translated
        two days before. Mum said afterwards it was the first meeting where she understood what a
        "{{category}} of {{neglect}}" actually meant.

        [[name:Faith]] also used {{Signs of Safety}} scaling with the children's drawings. [[name:Ebube]]
        ([[age:8]]) had drawn a "worry house" which really focused the discussion.

        Thanks,
        [[name:Marieke Achterberg]]
        {{Independent Reviewing Officer}} / {{Conference Chair}}
        [[organisation:Northfold Safeguarding and Quality Unit]]
        Tel [[phone:01632 960418]] | Mob [[phone:07700 900274]]
        """)),
    ("social_care", "incident", prose("""
        I am a {{detective constable}} on [[organisation:Eastgate CAIT]]. On [[date:11/01/24]] we received a
        {{MASH}} referral for a [[age:4]]-year-old, [[name:Lacey-Mae]] [[name:Dobbs]], with bruising to the ear
        seen at [[organisation:Little Acorns Nursery]]. The referral gave her DOB as
        [[date_of_birth:22/09/2019]], which on {{Niche}} matched a different child with the same surname in
        the same town. The {{strategy discussion}} started with the wrong child's history in front of us,
        including a previous {{Section 47}} that was actually about a cousin. Only when the {{health visitor}},
        [[name:Sunny Rahman]], said the girl she knew had a baby brother did we realise. We adjourned,
        re-ran checks using the {{NHS number}} [[nhs_number:143 098 9319]] rather than name and DOB, and
        reconvened an hour later. No decisions were made on the wrong record, but we lost time and nearly
        set the threshold for a {{child protection medical}} on someone else's history. Learning: match on
        NHS number whenever health are in the discussion. Crime ref [[case_reference:EG/24/000731]].
        """)),
    ("social_care", "success", block("""
        REVIEW CHILD PROTECTION CONFERENCE - NOTE FOR LEARNING LOG
        Family: [[name:Kowalczyk]]    Ref: [[case_reference:LA-CP-0093412]]
        Chair: [[name:Hope Adeyemi]]
        Attendees: [[name:Bartek Kowalczyk]] (father), [[name:Ola]] (mother), [[name:Grace Tennant]] (SW),
        [[name:Idris Khan]] ({{school nurse}}), Sgt [[name:Whitlow]] ({{police}}, by phone),
        [[name:Joy Fairbairn]] ({{DSL}}, [[organisation:Hollins Park Academy]])

        What went well:
        - [[name:Wiktoria]] ([[age:13]]) came for the first part with her {{advocate}} from
          [[organisation:Voice Matters]] and read her own statement.
        - Parents had the report five working days ahead, first time in this case.
        - Chair explained every acronym; no "{{CIN}}" or "{{CP}}" without saying what it meant.

        Outcome: plan ended, stepped down to {{Child in Need}}. CIN review [[date:20 June 2024]].
        """)),
    ("social_care", "incident", prose("""
        dto at [[organisation:kingsmoor custody]] on nights. girl [[age:16]] brought in about 0100 for criminal
        damage at her childrens home [[organisation:Larchwood House]]. she was on 30 min obs per the {{risk
        assessment}} but obs got changed to hourly at handover with no reason on {{NSPIS}}. doing a cell check
        at 0340 ish i found she had a {{ligature}} made from her bra strap, not tied off, conscious and
        talking. removed it, called the {{HCP}}, nurse [[name:dom]] came straight down, no injury. she
        shouldnt have had the bra in the first place under our own policy for under 18s. shes looked after
        by [[organisation:Westshire]] and her {{SW}} wasnt told until 0800. custody no
        [[case_reference:KM-24-02281]]. not blaming anyone its been rammed all week but obs changes need a
        reason logged and a second check. girls initials [[name:T.R.]]
        """)),
    ("social_care", "near_miss", block("""
        Subject: Near miss - conference pack nearly e-mailed to person subject to bail conditions

        Hi,

        This morning I was sending the {{ICPC}} pack for [[name:Summer]] [[name:Leigh]] ([[age:6]]). The
        distribution list from the {{social worker}} included [[email:d.leigh84@example.com]], which I
        assumed was {{mum}}. Before sending I checked {{Mosaic}} as we are supposed to, and that address
        belongs to [[name:Darren Leigh]], {{stepfather}}, who has {{bail conditions}} not to contact the
        family. Mum's is [[email:summerandme@example.co.uk]]. I removed him and told the SW,
        [[name:Frank Abara]], who said he had copied the list from the {{strategy meeting}} invite.
        Nothing was sent. Could the template have a "confirmed by SW" tick against every external address?

        Many thanks
        [[name:Bill]]

        [[name:Bill Osei]] | {{Business Support Officer}}
        [[organisation:Halton Vale CP Conference Team]] | [[phone:0161 496 0732]]
        """)),
    ("social_care", "success", prose("""
        Joint {{Section 47}} visit with DC [[name:Priya Venkataraman]] from [[organisation:Westshire CAIT]] on
        [[date:Tues 5 Dec]]. Referral came from [[organisation:Moorside Medical Practice]] after [[name:Jayden]]
        ([[age:11]]) told the {{practice nurse}} his {{stepdad}} "does the belt thing". What went right: we sat
        in the car for ten minutes first and agreed who would lead (me) and what neither of us would ask, so
        nothing strayed into territory that belongs in an {{Achieving Best Evidence}} interview. [[name:Priya]]
        spotted the younger sibling, [[name:Rosie]], hiding on the landing and quietly asked {{mum}} if she
        could sit with her, which meant I could talk to [[name:Jayden]] on his own in the kitchen. Mum agreed
        to a {{safety plan}} with the children staying at her sister's, [[address:12 Holme Terrace]],
        [[postcode:BD22 6RL]], until the {{ABE}}. Small things, but it felt like a proper joint visit rather
        than two agencies in the same room.
        """)),
    ("social_care", "incident", block("""
        Custody timeline - juvenile, {{PACE}} s38(6) transfer not achieved
        Detainee: [[name:HUSSAIN]], [[name:Adil]]   DOB [[date_of_birth:14/11/2008]] ([[age:15]])
        Custody no: [[case_reference:CN/19/2874/24]]

        [[date:17/02/24]]
        1815 Arrested, possession with intent. Booked in at [[organisation:Central Custody Suite]].
        1840 {{Appropriate adult}} requested - uncle [[name:Farhan]] [[name:Hussain]] attended 2010.
        2300 Charged, bail refused. Insp [[name:Coulthard]] authorised detention for court.
        2305 {{EDT}} contacted for {{local authority accommodation}}. "No beds, try again at 0600."
        0610 EDT line diverted, no answer.
        0615 {{s38(6) certificate}} completed by Sgt [[name:Bailey]]: transfer "impracticable".
        1000 Taken to court from cell.

        Note by reporting {{custody sergeant}} ([[name:K. Bailey]]):
        Not the first time. A 15-year-old with no previous spent 14 hours in a cell because there is no
        out-of-hours bed pathway. Flagged to the {{Local Safeguarding Children Partnership}} and
        [[organisation:Westshire Youth Justice Service]].
        """)),
    ("social_care", "success", prose("""
        quick one for the learning log. core group at [[organisation:st bede's primary]] today for the
        [[name:mcallister]] kids. class teacher mrs [[name:o'hare]] brought [[name:mason]]'s reading record and
        the attendance printout without being asked and showed us the days he'd come in hungry, dates and
        all. meant {{dad}} couldnt say it wasnt happening but she did it really kindly and he actually agreed
        to the {{breakfast club}} referral there and then. {{health visitor}} [[name:rach]] from
        [[organisation:0-19 team east]] brought the {{ASQ}} results for the baby too. best core group ive had
        on this case in 6 months. next one [[date:23rd may]]. {{core group}} actions typed up on {{LCS}}
        tonight. -[[name:ash]] (sw)
        """)),
    ("social_care", "incident", block("""
        From: [[name:Dawn Pickering]] <[[email:dawn.pickering@example.nhs.uk]]>
        Sent: [[date:09 October 2023]] 16:12
        To: Safeguarding Children Team
        Subject: RCPC held without health - new baby not known to conference

        Hello,

        I'm the {{health visitor}} for the [[name:Ahmadi]] family ([[name:Soraya]] [[age:3]] and [[name:Navid]]
        [[age:5]]). I found out today the {{Review Child Protection Conference}} went ahead on [[date:4/10]]
        without health being invited. Mum had a baby, [[name:Laila]], at
        [[organisation:Queen's Road Maternity Unit]] on [[date:20 September]] and I had done the
        {{new birth visit}}. The minutes say "no change in
        household composition". Baby is not on a plan or even mentioned. I've spoken to the {{social worker}},
        [[name:Kwame]], who apologised; the invite list was copied from the previous conference.

        Baby's {{NHS number}} is [[nhs_number:546 522 2654]] for your records.

        Kind regards,
        [[name:Dawn]]

        [[name:Dawn Pickering]] RGN {{SCPHN}}
        {{Health Visitor}}, [[organisation:Riverside 0-19 Team]]
        [[phone:07700 900418]]
        """)),
    ("social_care", "near_miss", prose("""
        While quality-checking a draft {{child protection plan}} before it went out, I noticed section 3
        referred to "[[name:Kyle]]'s {{ADHD}} medication" and "the dog". The child the plan is about is
        [[name:Noor]] [[name:Siddiqui]], aged [[age:9]], who has neither. The worker had copied the outline plan
        from another family on her caseload to save time after a late conference. Had it gone out, the
        [[name:Siddiqui]] family would have received another child's name and health details, and the plan
        would have been missing the agreed actions on {{school attendance}} and the {{CAMHS}} referral. I
        returned it, it was corrected the same afternoon, and the {{team manager}} has agreed plans are started
        from the blank {{Liquidlogic}} form only. Logging as a near miss because the pressure behind it (five
        conferences in one week for one worker) hasn't gone away.
        """)),
    ("social_care", "success", block("""
        Teams chat - out of hours strategy discussion (exported for learning log)
        [[name:Leanne.Cho]] (EDT) 21:47: evening, {{MASH}} overflow re [[name:Ruby]] [[age:7]], disclosure to
        {{foster carer}} tonight re uncle. need a strat tonight?
        DS [[name:Mark Oyelaran]] 21:50: yes def. can you do a 22:15 call, I'll get the {{duty inspector}}
        and {{on-call paediatrician}}
        [[name:Leanne.Cho]] 21:52: carer is Mrs [[name:Hale]], [[phone:07700 900531]], calm, [[name:Ruby]] asleep now
        DS [[name:Mark Oyelaran]] 22:41: agreed: {{Section 47}} joint, uncle not to attend placement,
        {{ABE}} tmrw 10:00 at [[organisation:Ashdown Suite]]
        [[name:Leanne.Cho]] 22:43: thanks, writing up on {{LCS}} now

        What worked: DS picked up within 3 mins, strat held within the hour with health and an inspector,
        carer kept informed throughout. Ref [[case_reference:OOH-24-0562]].
        """)),
    ("social_care", "incident", prose("""
        Incident summary. The {{Initial Child Protection Conference}} for [[name:Tyler]] and [[name:Brook]]
        [[name:Rowntree]] was held on [[date:7 February 2024]] at [[organisation:Castlegate House]]. Father,
        Mr [[name:Stuart Rowntree]], has a {{learning disability}} recorded in the {{social work assessment}},
        but no {{advocate}} was arranged and he was handed the report on arrival. He left after twenty
        minutes saying he "couldn't keep up", and the plan was agreed in his absence by chair
        [[name:Alison Fenwick-Shaw]]. Contributory factors: the advocacy referral needs a manager's
        signature and the manager ([[name:PK]]) was on leave with no delegate; the conference invite letter
        is not available in {{Easy Read}}. His NI number [[ni_number:JK 40 27 19 C]] was also printed in
        the report in full, which it should not have been. Actions: conference to be reconvened with an
        advocate from [[organisation:Advocacy Together Northfold]]; reasonable adjustments under the
        {{Equality Act}} to be recorded on the front sheet.
        """)),
    ("social_care", "success", block("""
        Subject: Good catch - injuries seen on a [[age:14]]yo in custody
        To: [[email:safeguarding.learning@example.police.uk]]

        During the {{Liaison and Diversion}} screen on [[date:Saturday 3rd August]] for a boy ([[name:L.M.]])
        arrested for shoplifting, I noticed fingertip bruising on both upper arms when he took his hoodie
        off. He said he "fell". I asked the {{FME}}, Dr [[name:Abiodun]], to examine with the
        {{custody sergeant}}'s agreement and we completed a {{body map}}. {{Children's social care}} and CAIT
        were called before release and he went to his nan's rather than home. The arresting officer,
        PC [[name:Ferreira]], had put "no issues" on the {{risk assessment}} but was really receptive and said
        nobody had ever shown him what to look for.

        Suggestion: a short briefing on the {{TEN-4}} bruising rule for response officers.

        [[name:Rosa]]
        [[name:Rosa Delgado-Marsh]] RMN, L&D Practitioner, [[organisation:Kingsmoor Custody L&D]]
        [[phone:07700 900862]]
        """)),
    ("social_care", "near_miss", prose("""
        placement move tonight 3 kids youngest [[age:18 months]]. pool car [[vehicle_registration:YJ21 KWO]]
        booked but only had one {{isofix}} base and one booster. nearly went anyway as foster carer
        [[name:gail]] was waiting and it was gone 7pm. {{duty manager}} [[name:sanjeev]] said no, got a
        {{taxi}} from [[organisation:Apex Cars]] with proper seats, arrived 8.15. kids fine. {{Fleetbook}} says
        child seats available for every car which isnt true, [[vehicle_registration:YJ21 KWO]] has been like
        that since at least {{october}}. reported to fleet. case [[case_reference:WS-CIC-44120]]
        """)),
    ("social_care", "incident", prose("""
        {{ABE}} interview with [[name:Precious]] [[name:Mutasa]] ([[age:12]]) at the [[organisation:Willow Suite]]
        on [[date:Mon 22nd Jan]]. Interview lasted 52 minutes and she gave a good, detailed account. On
        playback the {{wall camera}} had recorded no audio; the {{DVD}} recorder had been left on mute after a
        maintenance visit. Only the ceiling camera had sound and it is poor. {{CPS}} advice is that the
        account is usable but weaker, and [[name:Precious]] will probably need to be spoken to again, which is
        exactly what the {{Achieving Best Evidence}} process is meant to avoid. {{Interviewing officer}} DC
        [[name:Joel Whitaker]], {{monitoring officer}} DC [[name:Hunter]]. There is no pre-interview equipment
        check on the suite checklist. Suggest a 30-second test recording before every interview. Crime no.
        [[case_reference:WY/1450021/24]].
        """)),
    # ------------------------------------------------------------------ health
    ("health", "incident", prose("""
        Discharge lounge, [[organisation:Royal Halford Infirmary]]. Two patients with similar names were waiting
        for {{TTOs}}: Mr [[name:John Edwards]] from [[organisation:Ward 22]] and Mr [[name:Jon Edwardes]] from
        {{AMU}}. Pharmacy delivered both bags together. I checked the bag against the name only, not the
        {{hospital number}} or DOB, and Mr [[name:Edwardes]] left with Mr [[name:Edwards]]'s bag, which contained
        {{apixaban}} and {{bisoprolol}} he isn't prescribed. I realised 40 minutes later when the remaining bag
        didn't match. Rang his home ([[phone:01632 960771]]) and his wife stopped him before he took anything.
        Bags swapped via {{patient transport}} that evening. Learning for me: three-point ID check every time,
        however busy the lounge is. Datix [[case_reference:W-118204]].
        """)),
    ("health", "near_miss", prose("""
        nights on [[organisation:amu2]] bay c. two ladies both called [[name:patel]], bed 4 and bed 6. went to
        give {{enoxaparin}} 40 to bed 4 at 22:00, {{wristband}} said [[name:hansaben patel]] dob
        [[date_of_birth:02/02/1941]] but the chart in my hand was [[name:harsha patel]] bed 6. had already drawn
        it up. stopped, checked, bed 4 is on {{apixaban}} so wouldve been double anticoag. no harm. weve now got
        {{name alert}} stickers on both {{obs charts}} and on the board. [[name:ngozi]] ({{nic}}) said flag it. 3rd
        same-name pair on the unit this month
        """)),
    ("health", "success", block("""
        From: [[email:gemma.oneill@example.nhs.uk]]
        To: [[email:t.hargreaves@example.nhs.uk]]
        Subject: Thank you - complex discharge, Mr [[name:Abernethy]], [[organisation:Ward 9]]

        Hi [[name:Tom]],

        Can this go on the learning log as good practice. Mr [[name:Abernethy]] ([[age:88]]) had been on
        [[organisation:Ward 9]] for five weeks. He went home yesterday to [[address:Hawthorn Lodge, 3 Quarry Lane]],
        [[postcode:LS28 7TJ]] with a {{package of care}} starting that same afternoon. [[name:Beata]] in the
        {{discharge lounge}} rang the {{district nurses}} at [[organisation:Kirkholme West DN Team]] before he
        left and checked the {{hospital bed}} and {{pressure-relieving mattress}} had actually arrived. They
        hadn't; she chased the equipment service and they were delivered by 3pm. Without that he would have
        gone home to a chair for the night.

        Thanks
        [[name:Gemma O'Neill]]
        {{Discharge Coordinator}}, [[organisation:Integrated Discharge Team]]
        [[phone:0113 496 0528]]
        """)),
    ("health", "incident", block("""
        DATIX INCIDENT FORM (extract)
        Ref: [[case_reference:DX-2024-06613]]
        Date of incident: [[date:16/05/2024]]   Time: 03:20
        Location: [[organisation:Aire Ward]], [[organisation:St Wilfrid's Hospital]]
        Patient: [[name:BROOKES]], [[name:Margaret]]   Age: [[age:79]]
        Hosp no: [[case_reference:K4471029]]   NHS: [[nhs_number:929 694 8215]]
        Category: Slips, trips and falls - {{unwitnessed fall}}

        Description: Pt found on floor beside bed by HCA [[name:Deividas]]. On {{apixaban}}. Small
        haematoma L temple. FY1 reviewed 04:10 and requested {{CT head}} per {{NICE}} head injury guidance
        (anticoagulated - within 8 hrs). Scan not done until 14:35; request sat unvetted and radiology had
        no record of the on-call registrar being bleeped. No bleed seen.

        Immediate action: {{neuro obs}} hourly, {{falls bundle}} reviewed, {{bed rails}} assessment.
        Reported by: [[name:A. Nwachukwu]], {{Staff Nurse}}
        """)),
    ("health", "success", prose("""
        Wanted to share something that went right on [[organisation:Ward 31]] on Saturday night. Mrs
        [[name:Hope Agyemang]], [[age:67]], admitted with a {{UTI}}, had a {{NEWS2}} of 3 at the 02:00 obs - on
        paper, not an escalation. {{HCA}} [[name:Will Thornbury]] told me she "wasn't herself" and was picking at
        the sheets, which her daughter had said on the phone wasn't normal for her. I added the point for new
        confusion and called {{Critical Care Outreach}}. Lactate 4.2. {{Sepsis Six}} completed within the hour,
        she went to {{HDU}} and is now back with us and doing well. [[name:Will]] has been an HCA for five
        months. His instinct and his willingness to speak up made the difference, and I've told him so.
        - [[name:Chloe]], {{Band 6}}
        """)),
    ("health", "incident", prose("""
        {{discharge lounge}} today, mr [[name:kamara]] [[age:81]] booked on {{hospital transport}} home. transport
        sheet had his old address [[address:22 marsh rd]] but he moved in with his daughter at
        [[address:5 glebe close]], [[postcode:WF3 1PN]] in jan. it was updated on {{PAS}} but not on the
        transport booking which got copied from his last admission. crew took him to the old house, empty,
        {{key safe}} code didnt work, he sat in the ambulance 90 mins while they rang round. daughter
        [[name:fatmata]] rang us frantic at 6pm. got home 7.40 cold and without his evening {{insulin}}. i
        should have checked the address on the sheet with him and i didnt. {{datix}} done
        [[case_reference:W-118377]]. the [[name:kamara]] family were lovely about it which made it worse tbh
        """)),
    ("health", "near_miss", block("""
        From: [[name:Imran Qureshi]], {{Advanced Clinical Pharmacist}}
        To: [[email:amu.consultants@example.nhs.uk]]
        Subject: Near miss - insulin dose on discharge letter

        Morning all,

        Flagging a near miss from yesterday's discharge of Mrs [[name:E. Ferreira-Lopes]]
        (NHS [[nhs_number:954 536 9612]]). The {{TTO}} letter listed {{Humulin I}} as "100 units" at night.
        Her actual dose is 10 units. The letter was typed from the drug chart, where "units" had been
        written as "U" and read as a zero. I caught it at clinical screening because 100 units didn't fit
        her weight or her {{HbA1c}}. Had it gone to the {{district nurses}} at
        [[organisation:Castleford North DN Team]] as written, it could have been fatal.

        Please, never abbreviate units. The {{EPMA}} go-live can't come soon enough.

        [[name:Imran]]
        [[name:Imran Qureshi]] MPharm, [[organisation:Halford General Pharmacy Department]]
        """)),
    ("health", "success", block("""
        AMU SAFETY HUDDLE - [[date:Wed 24/07/24]] 08:30
        Present: Sister [[name:Okafor]] (NIC), Dr [[name:Gbemi Adeleke]] ({{AMU consultant}}),
        [[name:Summer-Rose Clegg]] ({{discharge coordinator}}), [[name:Mariusz]] ({{physio}}),
        [[name:Bev]] ({{ward clerk}})

        1. Good catch overnight: SN [[name:Lutho Dlamini]] spotted {{K+}} 6.8 on a {{VBG}} for bed 14
           (Mr [[name:Gill]]) that hadn't been flagged by the lab; treated within 20 mins, {{ECG}} changes
           resolved.
        2. Discharge lounge: 11 patients out before midday using the {{Discharge to Assess}} pathway,
           best morning this year. Thanks to [[name:Summer-Rose Clegg]] for chasing TTOs from 07:30.
        3. Staffing: one HCA short, covered by bank.

        Actions: [[name:GA]] to feed back to lab about K+ phoning thresholds.
        """)),
    ("health", "incident", prose("""
        Mr [[name:Dennis Oduya]] ([[age:84]]) came up from {{ED}} to [[organisation:Ward 14]] on
        [[date:2nd March]] with a completed {{ReSPECT}} form recommending no CPR, but the paper form stayed in
        ED resus and nothing was on the electronic record. Overnight he arrested and the team started
        {{CPR}}. About four minutes in, his son [[name:Reuben]], who had been called in because he was
        deteriorating, told us his dad had agreed the {{DNACPR}} with the consultant that afternoon. The
        registrar stopped once ED confirmed the form by phone. Mr [[name:Oduya]] died shortly after. The family
        were distressed that he had had chest compressions at all. Contributing: paper-only form, no
        {{handover}} item for resuscitation status, transfer at 23:40. Datix [[case_reference:W-117956]].
        """)),
    ("health", "success", prose("""
        fy1 on [[organisation:ward 7b]] last night, first week of nights. lady in bed 3 mrs [[name:nowak]] went
        into fast {{AF}} 160s with bp dropping. i froze a bit. sister [[name:rose]] came over, didnt take over,
        just said what do you want to do first and talked me through {{ABCDE}}, got the {{crash trolley}} close
        and bleeped the reg dr [[name:chen]] for me while i did an {{ECG}} and bloods. {{amiodarone}} started
        on reg advice and she was stable by 3am. sister [[name:rose]] stayed til handover and then made me a
        brew and went through what went well. thats how you teach
        """)),
    ("health", "incident", block("""
        Subject: Discharge summary sent to wrong practice

        Dear {{AMU}} team,

        A patient of ours, [[name:Kerry-Ann Boateng]] (DOB [[date_of_birth:12/08/1979]], NHS
        [[nhs_number:219 003 6380]]), was discharged from your unit on [[date:28 June]] on newly started
        {{levetiracetam}}. The {{discharge summary}} went to [[organisation:Elmwood Surgery]]; she has been
        registered with us at [[organisation:Elmfield Medical Centre]] for three years. [[organisation:Elmwood]]
        forwarded it on [[date:8 July]], by which time she had run out of tablets, had not been reviewed,
        and had a seizure at work. Please can someone look at how practices are selected on {{ICE}}; the
        two names sit next to each other in the drop-down.

        Regards,
        Dr [[name:Tariq Mahmood]]
        {{GP Partner}}, [[organisation:Elmfield Medical Centre]]
        [[email:tariq.mahmood@example.nhs.uk]] | [[phone:01632 960502]]
        """)),
    ("health", "near_miss", block("""
        SBAR - [[organisation:Larch Ward]], handed to NIC 14:10
        S: Mr [[name:Demir]], [[age:58]], bed 12, hosp no [[case_reference:RH0982715]]. {{Cellulitis}} L leg
           on IV antibiotics.
        B: {{Penicillin}} allergy (anaphylaxis 2015) documented in {{ED}} notes. No red allergy band. Allergy
           box on the drug chart blank.
        A: Agency nurse ([[name:Hendrik]]) was about to hang {{flucloxacillin}} 2 g. Mr [[name:Demir]]'s son,
           [[name:Emre]], asked "is that the penicillin one? He can't have that." Stopped before connection.
        R: Allergy band on, chart completed, prescriber Dr [[name:Sowande]] informed, switched to
           {{clarithromycin}}. Datix raised. Ask: allergy status added to the {{safety huddle}} board.
        """)),
    ("health", "success", prose("""
        Capacity assessment on [[organisation:Ward 12]] for Mr [[name:Andrzej Wiśniewski]] under the {{MCA}}
        about where he should live after discharge. His English is limited and his family were pushing for
        a {{care home}}. Rather than let his nephew interpret, [[name:Joy Mensah]] ({{OT}}) booked a Polish
        interpreter through [[organisation:Interpreting Northfold]] and did the assessment over two short
        sessions. He understood the risks of going home and could weigh them. She also completed his
        {{Attendance Allowance}} form with him (NI [[ni_number:PY 58 31 04 B]]). He went home on
        [[date:19th Nov]] to [[address:Flat 12, Priory Court]] with {{reablement}} from
        [[organisation:Halford Home First]]. Good example of doing the {{Mental Capacity Act}} properly rather
        than quickly.
        """)),
    ("health", "incident", block("""
        Discharge lounge timeline - Mrs [[name:Winifred Ashby]] ([[age:92]]), [[case_reference:RHI5548193]]
        09:10 Arrived from [[organisation:Ward 18]], {{TTOs}} not ready.
        11:30 Missed lunch - on ward meal list, not lounge list.
        13:45 Transport booked for 15:00.
        15:00 Transport cancelled - needs stretcher, booked as sitting.
        16:30 Pt drowsy; HCA [[name:Mo]] checked {{CBG}}: 2.9. {{Type 2 diabetes}} on {{gliclazide}}, given
              08:00 on ward.
        16:35 {{Hypo box}} - {{Glucogel}}. CBG 6.1 at 16:50.
        18:40 Returned to [[organisation:Ward 18]] (lounge closes 19:00).

        Reflection ([[name:Shanice]], lounge nurse): nobody owned the diabetes plan once she left the ward
        and the lounge has nothing but sandwiches at 12. A "meds given today" list needs to travel with the
        patient, and stretcher needs should be checked before she leaves the ward.
        """)),
    ("health", "success", block("""
        From: [[name:Lucy Hartigan]] <[[email:lucy.hartigan@example.nhs.uk]]>
        Subject: Learning from excellence - medicines reconciliation

        Hi [[name:Frank]],

        Nominating [[name:Ines]] ({{pharmacy technician}}) for a {{Learning from Excellence}} certificate.
        Doing {{medicines reconciliation}} for Mr [[name:Paul Hunter-Blake]] (NHS [[nhs_number:792 672 9914]])
        she noticed his {{Summary Care Record}} showed {{methotrexate}} 15 mg weekly but the admission chart had
        it daily. She rang [[organisation:Greenway Pharmacy]] on [[phone:01632 960233]] to confirm the
        blister-pack day ({{Thursdays}}) and got the chart corrected before the first dose. Daily methotrexate
        could have been catastrophic.

        [[name:Lucy]]
        {{Lead Pharmacy Technician}} | [[phone:07700 900146]]
        """)),
    ("health", "near_miss", prose("""
        disch lounge 14:00. mr [[name:hollis]] [[age:76]] ready to go, {{TTO}} done, transport booked to
        [[address:Flat 6 Kestrel House]]. rang the {{care agency}} ([[organisation:BrightCare Homecare]]) just to
        confirm first call and they had him restarting {{thursday}} not today, never got the {{restart form}}.
        lives alone. would have been home with nobody til then. cancelled transport, agency restarted from the
        tea call, daughter [[name:jess]] ([[phone:+44 7700 900693]]) met him at the flat. ward says they emailed
        the form, agency says they didnt get it. needs a phone confirm not just an email. mr [[name:hollis]]
        happy in the end. -[[name:paddy]] {{HCA}}
        """)),
    ("health", "incident", prose("""
        Mrs [[name:Gwen Ellery]], [[age:85]], was admitted from [[organisation:Oakleigh Court Care Home]] on
        [[date:11/11/23]] with dehydration. She spent 19 hours on a trolley in {{ED}} and a further day on
        {{AMU}} before moving to [[organisation:Ward 5]]. At the skin check on arrival to
        [[organisation:Ward 5]] she had a category 3 {{pressure ulcer}} on the sacrum. A {{Waterlow}} score was
        done in ED (18, high risk) but no {{repositioning chart}} was started and the {{air mattress}} wasn't
        requested until she reached a ward. The {{tissue viability}} nurse, [[name:Bernadette]], has reviewed
        her. The care home's {{body map}} from the morning of admission showed intact skin, and
        [[name:Nkechi]] from [[organisation:Oakleigh]] sent it over with a photo, so this is hospital-acquired.
        Learning: risk assessment without an action is not prevention.
        """)),
    # ------------------------------------------------------------------ aviation
    ("aviation", "incident", prose("""
        Captain's report. Outstation turnaround, [[flight_number:KR2214]]/[[flight_number:KR2215]],
        [[aircraft_registration:G-KRLB]], {{ATR 72-600}}. The fuel bowser arrived while boarding was in
        progress. {{Refuelling with passengers on board}} is allowed under our {{Ops Manual}} only once the
        {{SCCM}} has been told and exits are clear. The fueller started before I had briefed the SCCM,
        [[name:Kasia Wróbel]]; she found out when she smelled fuel at the rear door with passengers still
        standing in the aisle. Boarding was stopped until the {{fuel uplift}} finished. No harm. Contributing:
        we were 25 minutes late, the handler's new dispatcher ([[name:Dev]]) didn't know our procedure, and I
        was head-down in the {{FMS}} while the {{First Officer}} did the walkround. I should have held the
        fuel until I'd spoken to the cabin. Capt [[name:R. Halvorsen]]
        """)),
    ("aviation", "near_miss", prose("""
        fo on [[flight_number:kr1841]] today. 25 min turn. final {{loadsheet}} came through on {{ACARS}} with a
        {{TOW}} 2 tonnes lower than the prelim, turned out the handler had put 48 adults in as children.
        wed already set {{V speeds}} and {{trim}} off the prelim. capt [[name:bev]] said the numbers looked
        off during the {{cross check}} and we recalced. would have gone with trim out by about a unit, not
        huge on the {{Dash 8}} but still. handling agent [[name:sunil]] was covering 3 flights at once. a/c
        [[aircraft_registration:g-krdf]]. -[[name:tom h]]
        """)),
    ("aviation", "success", block("""
        From: [[name:Yasmin Farah]] <[[email:y.farah@kestrelregional.example]]>
        To: Safety Office
        Subject: ASR (positive) - passenger collapse during turnaround, [[flight_number:KR 507]]

        On [[date:14 Aug]], during boarding for the return sector, a passenger in 3C ([[age:78]]) collapsed
        in the aisle. SCCM [[name:Ivy Adebayo-Kerr]] took charge, got the {{AED}} and the {{first aid kit}} to
        her within a minute and had CC2 hold boarding at the door. FO [[name:Grant]] liaised with the
        dispatcher for paramedics while the {{Captain}} briefed the remaining passengers on the {{PA}}. She was
        a known diabetic and {{glucose gel}} brought her round before the ambulance arrived. She and her
        husband were offloaded, bags found and removed within 20 minutes. Delay 48 minutes.

        Textbook teamwork from a crew who had never flown together before.

        [[name:Yasmin Farah]]
        {{Cabin Crew Manager}}, [[organisation:Kestrel Regional]]
        [[phone:07700 900359]]
        """)),
    ("aviation", "incident", block("""
        AIR SAFETY REPORT
        ASR No: [[case_reference:ASR-24-0318]]
        Date: [[date:03 FEB 24]]   Flt: [[flight_number:KR 3306]]   A/C: [[aircraft_registration:G-KRLE]] ({{E175}})
        Phase: Turnaround - pushback, stand 14
        Crew: Capt [[name:M. Sørensen]] / FO [[name:A. Bhattacharya]] / SCCM [[name:L. Quinn]]

        Narrative: During pushback the {{tug}} stopped abruptly and the {{towbar}} shear pin failed. Aircraft
        rolled forward approx 1 m towards the tug. Captain set the {{parking brake}} on the call "brakes,
        brakes". No injuries. Headset comms had been breaking up from the start; the headset operator,
        [[name:Jakub]], said the cable had been reported faulty the previous day but no spare was issued.
        Engineering inspection found no damage to the nose gear.

        Contributing: faulty {{headset}} cable, time pressure (slot -8 min), no {{tech log}} equivalent for
        ground equipment defects.
        """)),
    ("aviation", "success", prose("""
        Quick turn on [[flight_number:KR419]]. On the walkround I compared the {{fuel receipt}} with the uplift:
        the docket said 1,200 litres, but the gauges only showed about 600 kg more than on arrival, where we'd
        expect nearer 960. Raised it with the captain, [[name:Niamh Tierney]], who didn't brush it off despite
        the slot. We cross-checked with the {{magnetic level indicators}} and called the fueller back; the
        meter had actually delivered 750 litres and the docket was wrong. Had we gone, we'd have been 200 kg
        short of planned {{block fuel}}, still above {{final reserve}} but well into {{contingency fuel}}.
        Extra uplift done, 12 minutes late off blocks. Aircraft [[aircraft_registration:G-OKRF]]. Credit to
        [[name:Niamh]] for making it easy to speak up. {{First Officer}}, [[organisation:Kestrel Regional]]
        """)),
    ("aviation", "near_miss", prose("""
        cc2 on [[flight_number:kr2290]] today on the emb. on arrival {{sccm}} called {{disarm doors and cross
        check}}, i disarmed R2 but didnt cross check properly cos pax were already standing. at the turn the
        catering truck came up to R2, i went to open it and saw the {{girt bar}} still in the floor brackets -
        still armed. stopped, disarmed, told [[name:claire]] ({{sccm}}) straight away. the catering lad
        [[name:mo]] would have been right in front of the {{slide}}. really shook me. weve agreed the sccm
        now physically checks every door on the {{ALL DOORS}} call on short turns. reg
        [[aircraft_registration:G-KRLH]]. -[[name:leah]]
        """)),
    ("aviation", "incident", block("""
        Subject: FDP exceedance [[date:Sun 21 April]] - [[flight_number:KR601]] to [[flight_number:KR604]]

        Safety Office,

        Reporting an exceedance of max {{FDP}} by 38 minutes. We operated four sectors with two short
        turnarounds. The last turn ran 50 minutes late (ATC and a late {{PRM}} ambulift). Before departure on
        [[flight_number:KR604]] I rang crewing, who said we were "well within" limits. Their screen in
        {{CrewTrak}} showed our report time as 06:15; we actually reported at 05:30 after a roster change
        the night before that never updated. The {{Captain}} and I relied on crewing rather than doing our
        own calculation, and no {{commander's discretion}} report was raised at the time.

        I'm filing this so the roster-change sync can be looked at.

        [[name:Ama Owusu-Bekoe]]
        {{First Officer}}, [[organisation:Kestrel Regional]], {{Dash 8}} fleet
        Licence: [[case_reference:UK.FCL.0021775]]
        [[email:ama.owusubekoe@kestrelregional.example]]
        """)),
    ("aviation", "success", block("""
        TURNAROUND DEBRIEF - DE-ICING, [[date:29/12/23]]
        Flight: [[flight_number:KR 1180]]   A/C: [[aircraft_registration:G-KRLA]]
        Attendees: Capt [[name:Owain Pritchard]], FO [[name:Sterling Ncube]], SCCM [[name:Fern Doherty]],
        de-ice lead [[name:Gaz]] ([[organisation:Northern Aviation Services]])

        What went well:
        - Snow showers with tight {{holdover time}}. Captain and de-ice lead agreed a two-step {{Type II}}
          application after boarding closed rather than before, saving 15 minutes of holdover.
        - FO briefed {{HOT}} from the tables and {{SCCM}} did the {{pre-takeoff contamination check}} from the
          over-wing windows.
        - SCCM made a {{PA}} explaining the delay; no passenger complaints.

        Actions:
        - [[name:OP]] to share the de-ice radio phraseology card with the base.
        - Ops to ask [[organisation:Northern Aviation Services]] for a second rig at peak.
        """)),
    ("aviation", "incident", prose("""
        SCCM report. [[flight_number:KR 762]] arrived late and the 25-minute turnaround meant things were
        rushed. Our {{PRM}} passenger in 1A, Mr [[name:Ifeanyi Obi]], travels with his own {{powered
        wheelchair}}. It was loaded in the hold at the outstation but not offloaded at base, and went
        out again on the next sector. Mr [[name:Obi]] waited on board 35 minutes after everyone else for
        the {{ambulift}} and was then given an airport manual chair he couldn't propel himself. His chair
        came back on the evening flight with a cracked joystick. I should have confirmed the offload with
        the dispatcher before the cabin emptied. Property irregularity ref
        [[case_reference:PIR-KR-24-1193]]. {{Equality Act}} and {{UK261}} implications flagged to customer
        relations; [[name:Ifeanyi]] has asked for a call back on [[phone:07700 900587]].
        """)),
    ("aviation", "near_miss", prose("""
        We were first departure after a rushed 30-minute turnaround with a late runway change, so the
        {{FMS}} had been reprogrammed on the stand and we were both heads-down. Cleared to taxi to {{holding
        point}} A1 for runway 27. I ({{captain}}) read it back correctly but kept rolling towards the lit
        {{stop bar}}. FO [[name:Rowan Adair]] called "stop, stop" and I braked about 10 m short. No
        conflict, nothing on the runway. Flight [[flight_number:KR 2051]], callsign
        [[flight_number:Kestrel 51M]], [[aircraft_registration:G-KRDA]]. Learning: the {{sterile flight deck}}
        starts on the stand, and on short turns we now re-brief the taxi route on the {{Jeppesen}} chart
        after any runway change. Grateful to [[name:Rowan]] for calling it firmly.
        """)),
    ("aviation", "success", prose("""
        line training capt here. new fo [[name:priya]] on sector 12 today. on the 25 min turn she noticed the
        {{tech log}} entry from the previous crew for a {{bleed}} fault hadnt been deferred under the {{MEL}}
        properly and she spoke up even though id already signed the acceptance. she was right. engineer
        [[name:kev]] came out and raised the deferral properly with the right {{placard}}. 15 min delay, nobody
        moaned. great to see that from a new fo, told her and put it in her {{training file}}. a/c
        [[aircraft_registration:g-krlc]] flt [[flight_number:kr 1503]]
        """)),
    ("aviation", "incident", block("""
        Ops chat log (extract) - [[date:06/09/24]]
        [[name:dispatch.ikram]] 14:02: [[flight_number:KR431]] pax 12D says her checked bag has 2 spare {{power banks}}
        and an e-scooter battery
        [[name:OCC_Harriet]] 14:03: is the bag loaded?
        [[name:dispatch.ikram]] 14:03: yes fwd hold, doors closed
        [[name:OCC_Harriet]] 14:04: hold [[flight_number:KR431]], inform captain, offload bag per {{DG}} procedure
        [[name:dispatch.ikram]] 14:19: bag off, scooter battery 480Wh. Ms [[name:Okwu]] rebooked on the 18:40
        [[name:OCC_Harriet]] 14:21: thanks. {{DGOR}} to {{CAA}} within 72h

        Captain's note: check-in never asked the {{dangerous goods}} question; the agent was covering the
        bag drop alone. The passenger volunteered it. Ref [[case_reference:DGOR-2024-077]].
        """)),
    ("aviation", "success", block("""
        From: [[name:Connor Mackie]] <[[email:connor.mackie@kestrelregional.example]]>
        Subject: Good catch on walkround - [[aircraft_registration:G-KRLD]]

        Hi all,

        FO [[name:Beatriz Soto]] on [[flight_number:KR 866]] spotted three undone quick-release latches on the
        No.2 {{nacelle}} lower access panel during her walkround on a 30-minute turn. The panel had been
        opened overnight for a {{borescope}} inspection and the {{independent inspection}} was not
        completed. I've secured it and raised a {{quality report}}. Aircraft was {{AOG}} for 50 minutes.
        A panel departing in flight on a {{Q400}} could easily have damaged the {{propeller}}.

        Really thorough walkround - please pass on my thanks to [[name:Beatriz]].

        [[name:Connor]]
        {{B1 Licensed Engineer}}, [[organisation:Kestrel Regional Engineering]]
        Licence [[case_reference:UK.66.44927]] | [[phone:07700 900712]]
        """)),
    ("aviation", "near_miss", prose("""
        The {{loadsheet}} for [[flight_number:KR 1622]] showed 62 adults plus 1 infant. During my {{headcount}} I
        counted two infants on laps: Mrs [[name:Begum]]'s son ([[age:9 months]]) had been booked as an adult
        seat that was then not used, so he was never declared as an infant. We had only one {{infant loop
        belt}} and one {{infant life jacket}} allocated. Caught it before doors closed and the {{gate agent}},
        [[name:Liam]], got a spare kit from the next aircraft. If I'd trusted the figure we'd have had a baby
        with no loop belt and no life jacket, and the {{weight and balance}} would have been out too.
        - [[name:Sinéad]], {{CC3}}
        """)),
    ("aviation", "incident", prose("""
        got my foot run over by a full bar cart on the turn on [[flight_number:kr 2207]] [[date:sat 12th]].
        catering were swapping carts and the {{trolley brake}} wasnt on, aircraft on a slight slope on the
        stand. fractured toe confirmed at {{A&E}}. [[name:tash]] (sccm) did {{first aid}} and the {{ASR}},
        {{Captain}} got ops to stand me down for the return. went to hospital in the crew minibus
        [[vehicle_registration:KR70 XZB]], no one from the handler came with me. carts should be braked before
        they come up the {{hi-loader}}. -[[name:marta]]
        """)),
    ("aviation", "success", prose("""
        During boarding on [[flight_number:KR 3410]] a man in row 8 became abusive to {{CC2}} over overhead
        locker space. {{SCCM}} [[name:Babajide Ogunleye]] ("[[name:BJ]]" to everyone) moved him calmly to the
        {{galley}} area, listened, found space for his bag in the forward locker and explained the {{Level 1}}
        warning without any audience. The {{Captain}} came back to show support but let [[name:BJ]] lead.
        {{Gate manager}} [[name:Hollie]] had the police on standby but they weren't needed. The flight left on
        time and the passenger apologised to {{CC2}} on arrival. Good example of {{disruptive passenger}}
        de-escalation in a tight turnaround, and of the {{flight deck}} backing the cabin rather than taking over.
        """)),
]


def main() -> None:
    write_records(OUT, build_records("heldout-blind95", REPORTS))


if __name__ == "__main__":
    main()
