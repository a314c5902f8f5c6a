"""Held-out blind corpus 346: fifty invented UK incident, near-miss and learning reports.

Written blind (without sight of the de-identifier or any other corpus) so that it measures
how well the de-identifier generalises. Every person, organisation, place and number in it is
made up. Three settings:

* social_care (17): a family group conference service - coordinators, private family time,
  family plans, review conferences, advocates and venues;
* health (17): an adolescent mental health inpatient unit - observations, restraint, leave,
  the hospital school, medicines and families;
* aviation (16): an aircraft interiors and paint hangar - seats, cabin refits, the paint shop,
  inspectors, tool control and certification.

Styles are deliberately mixed, as front-line staff really type them into a confidential
reporting system: rushed lower-case notes with typos and txt-speak, formal narratives,
chronologies with times, forms with Name/DOB/Ref/Address fields, e-mails with headers and
signatures, Teams/WhatsApp/Slack exports with handles, handover notes, minutes with attendance
and apologies, pipe-separated and aligned tables, an RT transcript and a hangar radio log,
shout-outs and thank-you notes.

Identifiers are marked [[label:value]] and must-not-redact mentions {{term}} (see markup.py).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from markup import block, build_records, write_records  # noqa: E402
from markup import flow as prose  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "corpus" / "heldout_blind346.jsonl"

REPORTS = [
    # ------------------------------------------------------------------ social care (17)
    ("social_care", "incident", prose("""
        fgc for the [[name:okonkwo-reid]] fam on [[date:tues 12th]], {{private family time}} went
        sideways. {{coordinator}} ([[name:bex]]) stepped out as per the model n {{uncle}}
        [[name:dele]] walked in uninvited - turns out theres a {{non-molestation order}} against
        him that wasnt on the {{referral form}}. {{mum}} ([[name:tanisha]]) v upset, eldest
        ([[age:15yo]]) walked out n sat in the car park. {{allocated sw}} [[name:k.m.]] not
        picking up so rang {{duty}} at [[organisation:Thornleigh Childrens Services]], they said
        pause it. nobody hurt but {{family plan}} not agreed, needs reconvening. pls can the
        referral template get a box for court orders?? also [[organisation:Kettlewick Community
        Centre]] has no 2nd exit from the {{family room}}. [[name:bex]] shaken, had a
        {{debrief}} w {{team manager}} after
    """)),
    ("social_care", "near_miss", prose("""
        On [[date:4 March 2024]] I was finalising the {{family plan}} from the {{review
        conference}} for [[name:Amira Haddad]] ([[age:aged 9]]) and her brother [[name:Yusuf]].
        I addressed the covering e-mail to [[name:Amira]]'s {{maternal grandmother}}, Mrs
        [[name:Nadia Saleh]], but {{Outlook}} auto-completed it to [[name:Nadia Sallis]], a
        {{kinship carer}} on an unrelated case. The plan contained the children's home address,
        [[address:14 Orchard Rise, Ashcombe]] [[postcode:AS4 7NB]], and details of {{dad}}'s
        {{probation}} conditions. I only noticed because the team's two-minute {{delay send}}
        rule gave me time to re-read the recipient line, and I pulled it back from the
        {{Outbox}}. Nothing left the building. I have told our {{Information Governance}} lead
        and cleared my auto-complete list. Suggest we stop putting addresses in the body of
        plans and use the {{secure portal}} for anything going to relatives.
    """)),
    ("social_care", "success", prose("""
        Shout-out!! Massive thanks to [[name:Grace]] on {{reception}} at [[organisation:Halsey
        Bridge Family Hub]] on {{Friday}}. The [[name:Wiśniewski]] family conference had 19
        booked, the {{Polish interpreter}} cancelled at {{8am}} and our {{coordinator}}
        [[name:Sunny]] was stuck on the {{ring road}}. [[name:Grace]] found a second room so the
        children's {{advocate}} could see [[name:Zofia]] ([[age:12]]) and [[name:Kacper]] first,
        rang round and got Mr [[name:Jabłoński]] from [[organisation:Fennick Language Link]] on
        speaker within 20 mins, and kept the kettle going all through {{private family time}}.
        Family came out with a plan everyone signed, incl. a {{safety plan}} for weekends. No
        {{grace period}} needed on the review either - booked for [[date:2 May]]. Proper team
        effort, thank you [[name:Grace]] 💐 - [[name:Sunny]]
    """)),
    ("social_care", "incident", block("""
        From: [[name:Joy Mensah]] <[[email:joy.mensah@thornleigh.gov.uk]]>
        To: {{FGC}} Team Leads
        Sent: [[date:Mon 18 March 2024]] 09:12
        Subject: Incident - wrong venue sent to both sides

        Hi all,
        Logging this so it's on {{Datix}} ([[case_reference:INC-24-0316]]). For the
        [[name:Carrow]] conference on [[date:Thursday 14th]] the invite letter went to dad at
        [[address:7 Tanner's Yard, Pellworth]] [[postcode:PW3 9DL]] with the SAME venue and start
        time as mum's. There is a {{DA}} history and the {{risk assessment}} said separate
        arrivals, staggered by 30 mins, and separate {{waiting rooms}}. Dad arrived early and
        they met in the {{car park}}. Words exchanged, no physical harm, {{police}} not called.
        {{IDVA}} informed same day.
        Cause: template merge pulled the master venue block, not the staggered one. I've asked
        {{business support}} to lock that field.

        [[name:Joy]]
        {{Senior Coordinator}}, Family Group Conferencing
        [[organisation:Thornleigh Borough Council]]
        t. [[phone:01632 960418]]  m. [[phone:07700 900263]]
    """)),
    ("social_care", "near_miss", block("""
        Teams chat - FGC coordinators
        [[name:Hope Adeyemi]] 16:02
        anyone got the new address for [[name:Sylvia]] ([[name:Kowalczyk]] kids' {{nan}})? need
        it for the invite
        [[name:Will Otieno]] 16:05
        [[address:9 Larch Close, Drummoor]] [[postcode:DR1 4TW]] i think, its on {{Mosaic}}
        [[name:Hope Adeyemi]] 16:06
        ta. doing the {{invite list}} now, {{mum}} + {{dad}} + nan + aunt [[name:Róisín]]
        [[name:Rashid]] 16:19
        STOP - dont send nan's address on the group invite. mum moved in with her last week and
        dad isnt meant to know, its in the {{strategy meeting}} notes from [[date:19th]]
        [[name:Hope Adeyemi]] 16:20
        omg. not sent yet thank god. will do separate letters + {{BCC}}
        [[name:Will Otieno]] 16:21
        my bad, shouldnt have posted it in here either. deleting
        [[name:Rashid]] 16:24
        no harm done. flagging as near miss so we add a {{confidential address}} flag on the
        {{case summary}} 👍
    """)),
    ("social_care", "success", block("""
        FGC REVIEW - MINUTES
        Family: [[name:Achterberg]]    Ref: [[case_reference:FGC-1187]]
        Date: [[date:9 April 2024]], [[organisation:Marlow Cross Library]], meeting room 2
        Present: [[name:Faith Achterberg]] ({{mum}}), [[name:Dirk]] ({{paternal grandad}}),
        [[name:Leanne]] ({{aunt}}), [[name:J.T.]] ({{independent coordinator}}),
        [[name:Sade Bankole]] ({{allocated social worker}})
        Apologies: [[name:Ruaridh McTavish]] ({{IRO}}), {{school nurse}}

        1. Review of plan: all 6 actions done. Grandad has done the {{Wednesday}} school run
        every week since {{January}}.
        2. [[name:Milo]] ([[age:aged 6]]) told his {{advocate}} he likes 'Grandad Wednesdays'
        best.
        3. {{Child Protection Plan}} ended at the {{RCPC}} last month; the family plan is now the
        main support.
        Outcome: family agreed no further review needed. Case to step down to {{Early Help}}.
        [[name:J.T.]] thanked the family. [[name:Faith]] said it was the first meeting where she
        'didn't feel talked about'.
        Minutes: [[name:J.T.]]
    """)),
    ("social_care", "incident", block("""
        SAFEGUARDING CONCERN RAISED DURING FGC
        Child: [[name:Lucas Ferreira-Banks]]
        DOB: [[date_of_birth:07/11/2016]]
        Ref: [[case_reference:FGC/23/0871]]
        Address: [[address:Flat 3, 22 Mill Street, Fennick]] [[postcode:FN2 8QS]]
        School: [[organisation:St Bede's RC Primary]]
        Reporter: [[name:Pat Oyelaran]], {{FGC coordinator}}
        Date of incident: [[date:23/04/2024]]
        What happened: during {{private family time}} [[name:Lucas]] ([[age:7]]) told his
        cousin, who told me at the break, that {{mum}}'s partner '[[name:Gaz]]' hits him with a
        belt. [[name:Gaz]] was not at the conference. I did not question [[name:Lucas]] further,
        wrote his words down verbatim and rang the {{MASH}} at 14:40. {{Strategy discussion}}
        held the same afternoon; {{section 47}} enquiry started. The plan was not finalised and
        the conference was paused.
        Learning: our {{pre-meeting}} checklist asks about adults in the household but the
        partner was not named on the referral.
    """)),
    ("social_care", "near_miss", block("""
        HANDOVER - coordinators, {{Fri pm}}
        - [[name:Lowenna]]'s cases go to [[name:Ifeoma]] while she's on leave til [[date:6th May]]
        - [[name:Mahmoud]] family (ref [[case_reference:FGC-1204]]): conference
        [[date:Tues 14th]] 10am. NEAR MISS - {{taxi}} for the kids was booked to the OLD address
        ([[address:31 Cobden Terrace]]) where dad still lives. [[name:Ifeoma]] spotted it when
        she cross-checked with {{Mosaic}}. Rebooked to [[address:5 Wren Court, Saltby]]
        [[postcode:SB7 2EQ]]. [[organisation:Saltby Cars]] told to delete the old booking. Pls
        ALWAYS check addresses against the {{case file}} not the referral.
        - [[name:Bill]] (the {{advocate}}) off sick, [[name:Ama]] covering {{advocacy}} for
        [[name:Zainab]] ([[age:11]])
        - {{Out of hours}} number on the new family plan template is wrong - use {{EDT}} on
        [[phone:01632 960775]]
        - {{Fire alarm}} test {{Monday}} 10am at the {{hub}}
    """)),
    ("social_care", "incident", block("""
        Contact log - [[name:Dimitriou]] FGC ([[case_reference:FGC-1221]]), preparation phase
        Date | Who | Method | Note
        [[date:02/05]] | [[name:Eleni Dimitriou]] ({{mum}}) | phone | agrees to invite maternal side
        [[date:03/05]] | [[name:Nikos]] ({{grandad}}) | {{home visit}} | keen, offers to host
        [[date:07/05]] | [[name:Christos Dimitriou]] ({{dad}}) | letter | invite sent to [[address:40 Seaview Road, Crandon]]
        [[date:09/05]] | {{DSL}}, [[organisation:Crandon Academy]] | email | attendance + wellbeing
        [[date:10/05]] | [[name:Eleni Dimitriou]] | phone | VERY distressed - dad's letter showed her new town on the {{venue map}}

        Dad has a {{Domestic Violence Protection Order}}. The letter template pulls the venue
        nearest to mum by default and nobody checked. Mum and children now moving again.
        Reported to {{team manager}} and {{IG}}. Coordinator: [[name:Inés]]
    """)),
    ("social_care", "incident", block("""
        Chronology - conference disruption, [[date:Sat 18 May]], [[organisation:Oakhurst Vale Scout Hut]]
        10:00 Conference opens. {{Coordinator}} [[name:Rose]] + co-worker [[name:Tayo]]. 14
        family members present.
        10:40 Information-giving done. {{Social worker}} and {{CAMHS}} worker leave for
        {{private family time}}.
        11:25 Raised voices. [[name:Rose]] knocks, finds {{uncle}} [[name:Shay]] and great-aunt
        [[name:Bernadette]] arguing about weekends. [[name:Shay]] kicks a chair, it hits
        [[name:Bernadette]]'s shin.
        11:30 [[name:Rose]] asks [[name:Shay]] to take 10 mins outside. He leaves the site.
        11:45 {{First aid}} given by [[name:Tayo]]. Minor bruise. Offered to call {{police}},
        declined.
        12:30 Family resumes; plan agreed without [[name:Shay]], to be phoned after.
        13:15 Close. [[name:Rose]] informs {{out-of-hours}} {{team manager}}.
        Learning: {{ground rules}} not read out at the start; venue has no staff on
        {{Saturdays}}.
    """)),
    ("social_care", "success", block("""
        to [[name:Candice]] (our {{FGC lady}})
        thank you for making the meeting not scary. i liked that you let me write my bit on the
        {{flipchart}} before everyone came in and that [[name:Ashton]] could bring the dog. mum
        and nan didnt shout once!! im going to stay at nans at weekends like the plan says and
        dad can ring on {{wednesdays}}. i hope you come to the review on [[date:the 20th]].
        love from [[name:Kyra]] [[age:age 10]] 🐶🌈

        ---
        Card received [[date:3 June]], shared with consent at {{team meeting}}. [[name:Candice]]
        used the {{Three Houses}} tool with [[name:Kyra]] in the {{pre-meeting}} and it went on
        the wall during the conference so the {{voice of the child}} was there the whole time.
        Now in our {{practice guidance}}. - [[name:Marguerite]], {{Practice Lead}}
    """)),
    ("social_care", "near_miss", prose("""
        v quick one - near miss. printing 3 copies of the plan for the [[name:achebe-lund]]
        review n the shared printer on {{2nd floor}} had someone elses plan still sat in the tray
        ([[name:fitzgerald]] family, full names + {{CP}} category + a kids dob
        [[date_of_birth:14/02/2013]]). nearly scooped it up with mine n handed it to the family
        at the door!! spotted the diff logo. gave it to [[name:mark]] in {{admin}} who knew whose
        it was. pls can we turn on {{follow-me printing}}, ive asked b4. the {{hub}} printer has
        no {{PIN release}} either. no data actually left the office. {{Datix}} done -
        [[name:oli]]
    """)),
    ("social_care", "success", prose("""
        Learning from good practice: [[name:Svetlana Orlova]], {{FGC coordinator}}. The
        {{local authority}} was considering {{care proceedings}} for the [[name:Nwosu]] children,
        [[age:aged 3]] and [[age:5]]. [[name:Svetlana]] built a {{genogram}} with their paternal
        aunt, [[name:Chidinma]], and identified 31 relatives, including a great-uncle in Nigeria
        who joined by video with an {{Igbo interpreter}}. The family plan offered a kinship
        placement with the aunt and weekend respite with the great-uncle's daughter,
        [[name:Adaeze Nwosu-Clarke]], who lives locally. At the {{PLO}} meeting on [[date:11 June
        2024]] the {{legal gateway}} panel agreed not to issue. What made the difference:
        starting the genogram at the first visit rather than waiting for the family to name
        people, and taking time zones seriously when booking the conference. Signed
        [[name:D. Whitfield]], {{Service Manager}}.
    """)),
    ("social_care", "incident", block("""
        #fgc-coordinators
        [[name:amber.l]] 11:02
        heads up - laptop stolen from my car at [[organisation:Pellworth Leisure Centre]] last
        night 😩
        [[name:tomi]] 11:04
        omg r u ok? was it encrypted?
        [[name:amber.l]] 11:05
        yes {{BitLocker}}, but there were 2 paper {{family plans}} in the bag too -
        [[name:Castellano]] and [[name:Oduya]] families. car is [[vehicle_registration:KX21 PHB]],
        crime ref [[case_reference:CR/5519/24]]
        [[name:Mark Ellison]] 11:09
        ok, I'm {{team manager}} on today. ring the {{IT service desk}} to wipe it and I'll do
        the {{data breach}} form for {{IG}} - they decide on {{ICO}} within 72 hours. we'll need
        to tell both families
        [[name:amber.l]] 11:10
        will do. my fault, shouldnt have had paper copies
        [[name:Mark Ellison]] 11:12
        not about blame - we still print plans for families without email. let's take it to
        {{team meeting}}
    """)),
    ("social_care", "near_miss", block("""
        From: [[name:Faisal Qureshi]]
        To: [[email:fgc.duty@thornleigh.gov.uk]]
        Date: [[date:27/06/2024]]
        Subject: near miss - child nearly left with unapproved adult

        Morning,
        At the end of yesterday's conference at [[organisation:Ashcombe Family Centre]],
        [[name:Tyler]] ([[age:aged 8]]) ran out to a car in the {{drop-off bay}} driven by his
        step-grandad, Mr [[name:Hollis]]. The family plan agreed 20 minutes earlier says only
        {{nan}} [[name:Jackie]] or {{foster carer}} [[name:Ngozi]] collect. My co-worker
        [[name:Tamsin]] stopped him at the door and [[name:Jackie]] took him. Mr
        [[name:Hollis]] said he 'didn't know'. No harm. The plan wasn't printed in time for the
        family to take away. From now on I'll read out collection arrangements at the close and
        hand out a one-page summary before anyone leaves.

        Thanks,
        [[name:Faisal]]
        {{FGC Coordinator}} | he/him
        [[phone:07700 900518]]
    """)),
    ("social_care", "success", block("""
        Q1 good practice log - FGC service
        Family           Coordinator    What went well
        [[name:Baptiste]]         [[name:Hope]]           {{advocate}} got the {{voice of the child}} into the plan through drawings
        [[name:Lindqvist]]        [[name:Deepak]]         dad joined from [[organisation:HMP Drummoor]] by {{video link}}
        [[name:O'Sullivan]]       [[name:Bill]]           plan meant no {{S20}} accommodation needed
        [[name:Abubakar]]         [[name:Sunny]]          {{Hausa}} interpreter booked for both days
        [[name:Evans-Tshabalala]] [[name:Pat]]            review held at [[organisation:Fennick Road Surgery]] so {{gran}} could attend

        Common thread: coordinators spending more time in {{preparation}} than the {{Standards}}
        minimum. Bring to the {{Practice Forum}} in {{July}}.
    """)),
    ("social_care", "incident", prose("""
        Incident ref [[case_reference:INC-24-0412]]. On [[date:Wednesday 3 July]]
        [[name:Keiran Doyle]] ([[age:16]]) left the {{review conference}} at
        [[organisation:Fennick Youth Hub]] during {{private family time}}, saying he needed the
        toilet, and did not come back. {{Coordinator}} [[name:Oluwaseun]] ('[[name:Seun]]') and
        the {{youth worker}} searched the building; at 13:05 [[name:Seun]] rang
        [[name:Keiran]]'s mum and then reported him {{missing}} to the police, log
        [[case_reference:PW-0703-114]]. He was found at 18:40 by a {{PCSO}} at a friend's flat
        on [[address:Pollard Street, Fennick]] and was unhurt. A {{return home interview}} was
        done two days later. Learning: [[name:Keiran]] has a {{CSE}} risk flag on the
        {{case file}}, but the {{missing protocol}} was not in the venue pack and the coordinator
        did not know he should not be left unsupervised. Venue packs now include the child's
        {{risk summary}}.
    """)),
    # ------------------------------------------------------------------ health (17)
    ("health", "incident", prose("""
        nights [[date:2/8]] - {{level 2 obs}} on [[name:jas]] ({{15 min}}) missed at 0245 n 0300
        cos the {{HCA}} doing them got pulled to help w a {{restraint}} on [[organisation:Tarn
        Ward]] and nobody picked up the {{obs sheet}}. found [[name:jas]] 0305 in the bathroom w
        a {{ligature}} (sock) round neck, {{ligature cutter}} used by [[name:Mo]], obs stable,
        {{duty doctor}} Dr [[name:Szabó]] reviewed. red mark only. dad rung 0400.
        {{safeguarding}} + {{Datix}} done, {{nurse in charge}} [[name:kemi]]. we were 2 down on
        nights AGAIN n there was no handover of obs when the hca left. pls can {{bank}} staff be
        told obs can NEVER just stop, they get handed to someone
    """)),
    ("health", "near_miss", prose("""
        On [[date:14 August 2024]] at approximately 19:20, {{RMN}} [[name:Callum Reyes]] was
        preparing {{PRN}} {{promethazine}} 25mg for [[name:Ella-Mae Pritchard]] ([[age:aged
        15]], hospital no. [[case_reference:ELH0045821]], NHS no. [[nhs_number:485 732 1904]]),
        who was distressed after a phone call with her stepdad. On checking the {{MAR chart}} he
        found that {{student nurse}} [[name:Anya]] had already given the same dose at 18:55,
        under the supervision of {{staff nurse}} [[name:Kwabena Osei]], but it had been signed in
        the next day's column. [[name:Callum]] did not give the second dose, informed the
        {{nurse in charge}} and the {{on-call doctor}}, and [[name:Ella-Mae]] was monitored with
        {{physical observations}} for two hours without any problem. [[name:Anya]] and
        [[name:Kwabena]] were both open about what happened. Learning: the MAR chart columns on
        our {{PRN}} page are narrow and undated; {{pharmacy}} have agreed a new layout with the
        date printed in each box.
    """)),
    ("health", "success", prose("""
        SHOUT OUT 🎉 to Mr [[name:Ayodele]] and [[name:Honor]] from [[organisation:Ellerby Lodge
        School]]! [[name:Tilly]] ([[age:16]]) sat her {{GCSE}} {{English Language}} paper on
        [[date:Thurs 6th June]] in the {{quiet room}} on the ward, with [[name:Honor]] as
        {{invigilator}} and her {{1:1}} outside the door instead of in the room. Took loads of
        planning with the {{exam board}}, the {{MDT}} and [[name:Tilly]]'s mum, and a special
        {{risk assessment}} so she could have a pen. She came out grinning and said it was the
        first normal thing she'd done since admission. Well done everyone 💜 -
        [[name:Jo]] ({{Ward Manager}})
    """)),
    ("health", "incident", block("""
        Restraint chronology - [[organisation:Hartley Ward]], [[date:22/08/24]]
        16:10 [[name:R.B.]] ([[age:14]]) back from {{Section 17 leave}} with mum, agitated.
        16:25 Lighter found on {{search}}. [[name:R.B.]] refuses to hand it over.
        16:31 {{De-escalation}} by [[name:Precious]] ({{RMN}}) in the {{low stim room}}.
        16:38 [[name:R.B.]] bangs head on door frame. {{PMVA}} team of 3 start {{supine}}
        {{restraint}}.
        16:44 {{IM}} {{lorazepam}} 1mg given per {{rapid tranquillisation}} policy, Dr
        [[name:Ivanova]].
        16:52 Restraint ended. {{Physical obs}} every 15 min for 1 hr per {{NICE}} guidance.
        17:30 {{HCA}} [[name:Ben]] reports wrist pain from the restraint; sent to {{A&E}} at
        [[organisation:Ellerby General]], sprain.
        18:15 {{Debrief}} offered to [[name:R.B.]], declined. Mum informed by [[name:Precious]].
        Datix ref [[case_reference:W-24-3381]].
    """)),
    ("health", "near_miss", block("""
        AM HANDOVER - [[organisation:Tarn Ward]] [[date:Sat 7th Sept]]
        Bed 3 [[name:Oskar]] - {{Level 3}} ({{within eyesight}}), slept well.
        Bed 5 [[name:Maali]] - {{NG}} feed overnight, {{bloods}} due.
        Bed 7 [[name:Daisy-Lou]] - NEAR MISS: leave form says {{escorted}} but night staff told
        dad he could take her to the shop alone. Caught by [[name:Lukas]] at the {{airlock}} at
        07:15 who checked {{RiO}}. Dad apologised. She is {{Section 17}} escorted x2 ONLY until
        {{ward round}}. Leave board in the {{nursing office}} still said 'unescorted' from her
        last admission - now wiped and rewritten.
        Bed 9 [[name:Harvey]] - {{Section 2}}, {{tribunal}} [[date:12/09]].
        {{NIC}} today: [[name:Tolu]]
    """)),
    ("health", "success", block("""
        From: [[name:Sandra Mwangi]] <[[email:sandra.mwangi77@btinternet.com]]>
        To: [[organisation:Hartley Ward]] inbox
        Date: [[date:19 Sept 2024]]
        Subject: thank you

        Dear all,
        I wanted to say thank you before [[name:Wanjiru]] comes home on {{Friday}}. When she was
        admitted in {{March}} we honestly thought we had lost her. The {{family therapy}}
        sessions with Dr [[name:Halvorsen]] were hard but they gave us words we never had.
        Thank you to [[name:Abebe]] on nights, who sat outside her door on {{eyesight obs}} and
        read her {{Harry Potter}} through the gap, and to the teachers at
        [[organisation:Ellerby Lodge School]] who got her back to her {{A-level}} work. We will
        never forget the {{ward round}} where she laughed for the first time.

        With love and thanks,
        [[name:Sandra]] ([[name:Wanjiru]]'s mum)
        [[phone:07700 900142]]
    """)),
    ("health", "incident", block("""
        [[name:Niamh Gallagher]] 14:02
        {{AWOL}} - [[name:Bilal]] ran from escorted leave at [[organisation:Ellerby Retail Park]],
        me n [[name:Jack]] following on foot
        [[name:Ruth Abara]] 14:03
        ok ringing police now. whats he wearing
        [[name:Niamh Gallagher]] 14:04
        grey trackies black puffer, heading for the {{train station}}
        [[name:Ruth Abara]] 14:06
        police log [[case_reference:EP-0918-0211]]. {{RC}} informed, he's on {{s3}} so the
        {{AWOL}} return power applies. dad rung
        [[name:Jack Thornton]] 14:31
        got him - sat on a bench by the station, came back voluntarily w us in a {{taxi}}
        [[name:Ruth Abara]] 14:33
        brill, well done both. {{body map}} + {{physical obs}} on return pls and {{Datix}}.
        review his leave at {{MDT}} tmrw
    """)),
    ("health", "near_miss", block("""
        INCIDENT FORM - NEAR MISS
        Patient: [[name:Ciara Nwachukwu-Byrne]]
        DOB: [[date_of_birth:30/01/2009]]
        NHS No: [[nhs_number:612 947 0355]]
        Hosp No: [[case_reference:ELH0051297]]
        Address: [[address:2 Kestrel Mews, Hollin Green]] [[postcode:HG6 3JZ]]
        Ward: [[organisation:Hartley Ward]]
        Date: [[date:18/09/2024]]
        Reporter: [[name:Marisol Ortega]], {{Staff Nurse}}
        Description: during the {{room search}} after visiting, a {{razor blade}} was found
        taped inside a birthday card brought in by a friend. The card had been passed through
        by {{reception}} without a {{contraband check}}. [[name:Ciara]] ([[age:15]]) had not
        opened it. No harm.
        Action: card withheld and [[name:Ciara]] told why; friend's visits now supervised;
        reception re-briefed on the {{prohibited items}} list.
    """)),
    ("health", "incident", prose("""
        At 10:15 on [[date:Monday 30 September]], during a {{maths}} lesson at
        [[organisation:Ellerby Lodge School]], [[name:Kofi Asante-Wright]] ([[age:13]])
        unscrewed the blade from a {{pencil sharpener}} and cut his forearm under the table. The
        teacher, Ms [[name:Lindgren]], noticed blood on the desk and pressed the {{alarm}}.
        {{Nursing staff}} attended within two minutes; {{steri-strips}} were applied and no
        {{sutures}} were needed. [[name:Kofi]] said he had been worrying about his {{CPA
        review}} that afternoon. The school's {{sharps audit}} had counted sharpeners but never
        checked the screws. All sharpeners have been replaced with enclosed ones and
        {{compasses}} are now signed out individually. [[name:Kofi]]'s {{care plan}} and
        {{risk assessment}} have been updated, and his {{foster carer}}, [[name:Bev]], was
        informed the same day.
    """)),
    ("health", "success", block("""
        Reducing Restrictive Practice group - minutes [[date:10/10/24]]
        Attendees: [[name:Jo Brannigan]] ({{Ward Manager}}, [[organisation:Hartley]]),
        [[name:Priyanka Sethi]] ({{Psychologist}}), [[name:Gabriel]] ({{young people's rep}}),
        [[name:Ade]] ({{HCA}}), Dr [[name:Liu]] ({{Consultant}})
        Apologies: [[name:Marisol Ortega]], {{PMVA lead}}
        1. Restraints on [[organisation:Hartley]] down from 41 in {{Q1}} to 17 in {{Q2}}. No
        {{prone restraint}} since {{June}}.
        2. [[name:Gabriel]] said the {{calm box}} and being allowed headphones at night make the
        biggest difference.
        3. {{Safewards}} {{mutual help meeting}} now daily at 9.30, run by the young people.
        Actions: [[name:Jo]] to share with [[organisation:Tarn Ward]]; [[name:Ade]] to order more
        {{weighted blankets}}.
    """)),
    ("health", "incident", prose("""
        During family visiting on [[date:Sunday 20 October]] in the {{visitors' room}} on
        [[organisation:Hartley Ward]], the older brother of one patient filmed the room on his
        phone, capturing two other young people, [[name:Zara]] and [[name:Tobi]], and posted a
        clip on {{TikTok}} captioned with the unit's name, [[organisation:Ellerby Lodge]].
        {{Staff Nurse}} [[name:Lukas Brenner]] asked him to stop and delete it; he refused and
        left. We reported the clip through the platform and the {{Caldicott Guardian}} was
        informed. Both families were told the same evening and [[name:Zara]]'s mum was
        understandably angry. The clip came down on [[date:22 October]]. Learning: our visitor
        agreement says nothing about phones and the {{visitors' room}} has no signs. Lockers are
        now in {{reception}} and phones stay there during visits.
    """)),
    ("health", "near_miss", prose("""
        near miss - {{pharmacy}} sent {{sertraline}} 100mg for [[name:Freya]] instead of 50mg.
        spotted by [[name:Hamza]] at the 0800 {{meds round}} cos the box looked diff. checked vs
        {{EPMA}}, dose not changed since {{ward round}} [[date:weds 16th]]. rang {{on-call
        pharmacist}}, they think it was picked off the wrong shelf. no dose given. the NHS no on
        the label was right ([[nhs_number:734 058 1278]]) so it was a dispensing error not a
        wrong patient. [[name:Freya]] knows n was fine about it. returned to pharmacy w the
        {{incident form}}. - [[name:h.k.]] {{RMN}}
    """)),
    ("health", "success", block("""
        to everyone on [[organisation:tarn ward]] (esp [[name:rosie]] n big [[name:dave]] on
        nights)
        thank u for not giving up on me when i was a nightmare. sorry for the {{restraints}} and
        the hole in the {{quiet room}} wall lol. [[name:dave]] ur dad jokes r the worst. thank u
        {{miss}} from school for my maths. i got into [[organisation:Ellerby College]] for hair
        and beauty starting {{september}} 🥳 gonna miss u all (not the {{obs}}!!)
        love [[name:Kayleigh]] xx
        [[date:4/10/24]]

        (card up in the {{staff room}} - [[name:Kayleigh]] went 6 weeks with no restraint before
        discharge, huge credit to the whole team - [[name:Tolu]], {{NIC}})
    """)),
    ("health", "incident", block("""
        Obs audit - [[organisation:Tarn Ward]], night [[date:25-26/10]]
        Time  | Pt | Level | Initials | Comment
        01:00 | [[name:K.O.]] | 2 | [[name:AB]] | asleep, breathing seen
        02:00 | [[name:K.O.]] | 2 | [[name:AB]] | asleep
        03:00 | [[name:K.O.]] | 2 | [[name:AB]] | asleep
        04:00 | [[name:K.O.]] | 2 | [[name:AB]] | asleep

        {{CCTV}} reviewed after [[name:K.O.]] was found at 04:20 with new superficial cuts. No
        staff member went to the room between 01:05 and 04:15; the 02:00-04:00 entries were
        written in one go at 04:10. [[name:AB]] ({{agency HCA}}) has been removed from the
        rota and the agency informed; {{safeguarding}} referral made and {{LADO}} consulted.
        [[name:K.O.]] ({{Level 2}}, {{hourly}}) was reviewed by the {{duty doctor}}. Datix
        [[case_reference:W-24-3577]]. Reported by [[name:Gethin Rhys]], {{Modern Matron}}.
    """)),
    ("health", "near_miss", block("""
        Near miss - {{NG tube}} position check, [[organisation:Hartley Ward]],
        [[date:5 November]]
        07:40 [[name:Saoirse]] ([[age:aged 14]]), {{anorexia nervosa}}, {{Section 3}}, due
        {{NG feed}} with {{restraint}} per {{care plan}}.
        07:45 Aspirate {{pH}} 6.5. Staff nurse [[name:Gethin]] about to go ahead, saying it was
        'probably fine'.
        07:47 {{Student nurse}} [[name:Wiremu]] asked whether 6.5 was allowed. Feed stopped.
        07:50 Checked {{NPSA}} guidance with {{NIC}}: must be 5.5 or below.
        08:40 Re-aspirated after an hour, pH 4.5, feed given safely.
        Learning: the pH poster in the {{clinic room}} had fallen down. Now laminated and on the
        {{feeding chair}}. [[name:Wiremu]] thanked at {{safety huddle}} for speaking up.
    """)),
    ("health", "success", prose("""
        Learning summary: successful transition from [[organisation:Tarn Ward]] to home.
        [[name:Arjun Mehta-Collins]] ([[age:17]]) was admitted under {{Section 3}} with a first
        episode of {{psychosis}} and discharged on [[date:28 October 2024]] after a staged plan:
        {{escorted leave}} with his grandmother, then {{overnight leave}}, then five nights a week
        at home while he restarted at [[organisation:Wexcombe Sixth Form College]] with support
        from his {{care coordinator}} in {{community CAMHS}}. His {{named nurse}},
        [[name:Precious]], held weekly calls with his tutor, and the {{pharmacist}} reviewed his
        {{aripiprazole}} dose to limit {{weight gain}}, which had been his main reason for
        wanting to stop it. His grandmother, Mrs [[name:Kaur]], said she felt 'part of the
        team, not a visitor'. Dr [[name:Okoro]], {{Consultant Psychiatrist}}
    """)),
    ("health", "incident", block("""
        From: [[name:Anjali Bose]] ({{Ward Administrator}})
        To: [[email:ig.team@ellerbyhealth.nhs.uk]]
        Date: [[date:11/11/2024]]
        Subject: Data breach - discharge summary to wrong school

        I need to report that the discharge summary for [[name:Harvey Lloyd-Osei]]
        ([[case_reference:ELH0049930]], NHS [[nhs_number:940 261 5830]]) was e-mailed on
        [[date:Friday 8th]] to the {{SENCO}} at [[organisation:Wexcombe High School]] instead of
        [[organisation:Weston Fields Academy]]. It includes his {{diagnosis}}, {{self-harm}}
        history and {{safeguarding}} information about his father. The SENCO, Mrs
        [[name:Abernethy]], rang to say she had received and deleted it; written confirmation to
        follow. Cause: both schools come up when you type 'We' in the address book and I picked
        the first one. [[name:Harvey]] and his mum have been told by [[name:Jo]].

        [[name:Anjali]]
    """)),
    # ------------------------------------------------------------------ aviation (16)
    ("aviation", "incident", prose("""
        nightshift [[date:14/03]] - row 12 DEF on [[aircraft_registration:G-OSLK]] ({{A321}},
        [[organisation:Skylark Atlantic]] refit) found w {{seat track}} fittings finger tight,
        no {{torque stripe}}. {{task card}} [[case_reference:WO-77142/031]] already stamped by
        [[name:dazza]] n countersigned for {{independent inspection}} by [[name:JK]] on days.
        spoke to [[name:JK]], he says he inspected rows 10-11 n stamped the block by mistake.
        re-torqued to {{AMM}} figures, {{duplicate inspection}} by me + [[name:Rafa]]. a/c due
        out on [[flight_number:SXL 8120]] positioning {{Thursday}} so could of gone with a seat
        row loose ffs. {{QA}} deciding on {{MOR}}. also {{torque wrench}} {{TW-14}} overdue cal,
        quarantined. - [[name:Kev]] {{B1}}
    """)),
    ("aviation", "near_miss", block("""
        RT transcript - tow [[aircraft_registration:G-NOPX]] {{hangar 3}} to {{stand 41}}, [[date:2 April 2024]]
        Source: {{ATC}} recording + brake rider statement ([[name:Siobhan Farrelly]])
        21:48 TUG: Ground, {{Tug Four}}, request tow [[aircraft_registration:Golf November Oscar Papa X-ray]] from hangar three to stand four one.
        21:48 GND: Tug Four, tow approved via {{Bravo}}, hold short of {{Alpha}}.
        21:49 TUG: Via Bravo, hold short Alpha, Tug Four.
        21:53 GND: Tug Four, HOLD POSITION, traffic crossing Alpha left to right.
        21:53 BRAKE: (intercom) stop stop stop, we're over the line
        21:53 TUG: Tug Four holding.
        21:54 GND: Tug Four, you passed the holding point, report when able.
        Statement: tug driver [[name:Lenny]] was on his first solo night tow; the right
        {{wing walker}} had dropped back to fetch a {{chock}}. {{Stop bar}} hard to see in the
        rain. The {{A320}} crossing ([[flight_number:NOW 552]]) was about 150 m away; we stopped
        roughly 5 m past the line. {{MOR}} filed, ref [[case_reference:OR-24-0219]].
    """)),
    ("aviation", "success", prose("""
        ⭐ SHOUT-OUT ⭐ Big thanks to [[name:Rose Abiodun]] in {{Goods In}}. She spotted that the
        {{fire-blocking}} {{certificate of conformity}} for 180 replacement {{seat covers}} for
        [[aircraft_registration:G-ZEBQ]] quoted {{CS 25.853}} test results for a different fabric
        batch. [[name:Rose]] put the covers in {{quarantine}}, chased
        [[organisation:Linwell Textiles]], and the supplier admitted the batch had never been
        burn-tested. Those covers would have gone into a {{B737-800}} cabin next week. Proper
        good catch, and exactly what the {{Just Culture}} posters are on about.
        [[name:Rose]], there's a cake in the {{crew room}} with your name on it. -
        [[name:Mark]] ({{Interiors Manager}})
    """)),
    ("aviation", "incident", block("""
        From: [[name:Tomasz Zieliński]] <[[email:t.zielinski@ferrowcoatings.co.uk]]>
        To: {{H&S}} rep; [[name:Bill Ashdown]]
        Date: [[date:Tue 23 April 2024]] 16:40
        Subject: Paint bay 2 - sprayer exposure

        [[name:Bill]],
        At about 14:10 today [[name:Abdi]] was applying {{primer}} to the {{fuselage}} of
        [[aircraft_registration:G-HVRN]] in {{Bay 2}} when his {{air-fed hood}} hose came apart at
        the {{quick coupling}}. He breathed {{isocyanate}} mist for maybe 20 seconds before
        getting out. {{First aid}}, then {{occupational health}} at
        [[organisation:Stanbury Medical Centre]]; no symptoms so far, {{spirometry}} booked. The
        coupling was a non-matched brand fitted by {{facilities}} last week. All hoses in Bay 2
        are now tagged out. Needs a {{RIDDOR}} check and the {{COSHH}} assessment redoing.

        [[name:Tomasz]]
        {{Paint Shop Supervisor}}
        [[organisation:Ferrow Aviation Coatings Ltd]]
        [[phone:01632 960887]]
    """)),
    ("aviation", "near_miss", block("""
        #hangar-2-nights
        [[name:kasia.w]] 02:14
        anyone seen a 10mm {{ratchet}} from {{shadow board}} 6? board shows it out, no tag
        [[name:will_b]] 02:16
        not me. which a/c were u on
        [[name:kasia.w]] 02:17
        [[aircraft_registration:G-LTFE]] {{forward galley}}, {{ceiling panels}} r back up already 😬
        [[name:Nnamdi]] 02:25
        found it - inside the {{overhead bin}} row 3, behind the {{PSU}} {{drop-down panel}}.
        someone parked it while refitting
        [[name:kasia.w]] 02:26
        🙏 thank god. [[aircraft_registration:G-LTFE]] was going out for the {{engine run}} at 06:00
        [[name:Pat Reilly]] 02:40
        {{shift lead}} here - good find. every a/c gets a full {{tool check}} before panels close,
        no exceptions. raising as a near miss. [[name:kasia.w]] can u do the {{tool control}}
        form pls
    """)),
    ("aviation", "success", block("""
        CERTIFICATION REVIEW - minutes
        Date: [[date:7 May 2024]]   Location: {{Hangar 1}} office
        Attendees: [[name:Hope Lindqvist]] ({{Quality Manager}}), [[name:Emeka Obi]]
        ({{Certifying Staff}}, {{B1}}), [[name:Gwen Pryce-Jones]] ({{Planning}}), [[name:Raj]]
        ({{Stores}})
        Apologies: [[name:Agnieszka]] ({{CAMO}} liaison, [[organisation:Skylark Atlantic]])
        1. {{CAA}} surveyor audit of our {{Part 145}} approval closed with no {{level 1}} and no
        level 2 findings.
        2. Surveyor singled out the {{STC}} paperwork for the [[aircraft_registration:G-OSLK]]
        {{IFE}} install - [[name:Emeka]]'s cross-reference matrix linking every {{EASA Form 1}} to
        its {{work pack}} step.
        3. Agreed to use the matrix on all refits from {{June}}.
        Actions: [[name:Hope]] to circulate the template by [[date:17/05]]; [[name:Gwen]] to
        update the {{MOE}} procedure.
    """)),
    ("aviation", "incident", block("""
        OCCURRENCE REPORT (internal) - ref [[case_reference:TMR-OCC-0457]]
        Aircraft: [[aircraft_registration:G-WNDR]] / {{ATR 72-600}}
        Operator: [[organisation:Northern Osprey Airways]]
        Work order: [[case_reference:WO-78010]]
        Reporter: [[name:Gareth 'Gaz' Llewellyn]], {{Cabin Lead}}
        Date found: [[date:29/05/2024]]
        Description: on the first flight after the cabin refit, the crew of
        [[flight_number:NOA 3314]] reported the {{exit sign}} over the {{forward service door}}
        not lit during the {{emergency lighting}} test. During the refit the sign connector was
        left unplugged behind the {{ceiling panel}}. The {{functional test}} was recorded as done
        on the {{task card}} but the battery test step was signed 'N/A'. Aircraft was {{AOG}} at
        the {{outstation}} for 6 hours. {{MOR}} submitted to the {{CAA}} by {{Quality}}.
    """)),
    ("aviation", "near_miss", block("""
        SHIFT HANDOVER - Interiors, days -> nights, [[date:Fri 14 June]]
        [[aircraft_registration:G-ZEBQ]]: {{lav}} {{smoke detector}} disconnected for mirror
        replacement ({{lav D}}). NB NEAR MISS earlier: {{CRS}} pack nearly went to
        [[name:Emeka]] without the detector reconnect step, it was on a separate {{deferred}}
        card. [[name:Amber]] caught it on the walk-round. Detector reconnected + tested, card
        [[case_reference:WO-78233/017]] closed.
        [[aircraft_registration:EI-FXW]]: {{seat covers}} rows 1-6 fitted, rows 7-14 waiting on
        {{burn cert}} (see [[name:Rose]]).
        {{Paint shop}}: {{Bay 1}} {{masking}} ready for {{topcoat}} on
        [[aircraft_registration:G-HVRN]], {{booth}} at 21°C.
        Tug [[vehicle_registration:WX18 TPL]] brakes spongy - reported to {{GSE}}.
        Handed over by [[name:Sunny]] -> [[name:Marguerite]]
    """)),
    ("aviation", "incident", block("""
        Torque audit - seat row fittings, [[aircraft_registration:G-KPLA]], [[date:20/06/2024]]
        Row | Side | Spec (Nm) | Found (Nm) | Fitted | Insp
        8   | L    | 12.5      | 12.5       | [[name:DW]]     | [[name:AO]]
        9   | L    | 12.5      | 6.0        | [[name:DW]]     | [[name:AO]]
        9   | R    | 12.5      | 5.5        | [[name:DW]]     | [[name:AO]]
        10  | R    | 12.5      | 12.5       | [[name:T.N.]]   | [[name:AO]]

        Row 9 both sides under-torqued. Found by {{QA}} surveillance
        (me, [[name:Ingrid Solberg]]) on a random sample before {{CRS}}. The {{dual-scale}} {{torque wrench}}
        [[name:DW]] used was read on the {{lbf.in}} scale. [[name:AO]] signed the inspection
        from the bench without re-checking. Internal occurrence report
        [[case_reference:TMR-OCC-0471]] raised; {{human factors}} refresher for both and
        single-scale wrenches only on the {{seat line}} from now on.
    """)),
    ("aviation", "success", block("""
        From: [[name:Cormac Ó Briain]] <[[email:cormac.obriain@skylarkatlantic.com]]>
        To: [[name:Hope Lindqvist]]
        Date: [[date:3 July 2024]]
        Subject: Thank you - [[aircraft_registration:G-OSLK]] redelivery

        [[name:Hope]],
        Just a note to say thanks to the team. [[aircraft_registration:G-OSLK]] went back into
        service on [[flight_number:SXL 211]] this morning, two days ahead of the {{slot}}, with
        zero {{cabin defects}} in the first week's {{tech log}}. Our {{cabin crew}} love the new
        {{galley}} layout. Please pass particular thanks to [[name:Dorota]] and the paint team -
        the {{livery}} on the tail is the best we've had from any {{MRO}} - and to your
        {{inspector}} who flagged the {{IFE}} harness chafe before we even saw it.

        Best regards,
        [[name:Cormac]]
        {{Fleet Technical Manager}}
        [[organisation:Skylark Atlantic]]
        m. [[phone:07700 900634]]
    """)),
    ("aviation", "incident", block("""
        Timeline - fall from wing dock, {{Paint Hangar}}, [[date:Mon 8 July]]
        Injured: [[name:Yusuf Demir]], NI [[ni_number:JT 48 21 93 C]]
        07:30 {{Toolbox talk}}; task is sanding the {{flaps}} on [[aircraft_registration:G-NOPX]].
        09:05 [[name:Yusuf]] steps from the {{wing dock}} onto the flap to reach the
        {{trailing edge}}; {{harness}} not clipped as the {{fall arrest}} line would not reach.
        09:06 Slips on sanding dust, falls approx 1.8 m to the hangar floor.
        09:07 [[name:Faith]] ({{first aider}}) attends, {{999}} called.
        09:25 {{Paramedics}} arrive; [[name:Yusuf]] taken to
        [[organisation:Stanbury Royal Infirmary]] with a suspected wrist fracture.
        10:00 Area isolated. {{RIDDOR}} report by the {{H&S manager}}.
        Learning: the dock extension section was away for repair and the job carried on anyway.
    """)),
    ("aviation", "near_miss", block("""
        Paint shop group (exported chat)
        [[date:16/07/2024]], 13:02 - [[name:Dorota]]: who's doing {{hot work}} near {{Bay 3}}?? i can smell {{MEK}} n see a {{welding screen}}
        [[date:16/07/2024]], 13:03 - [[name:Liam O'Hare]]: contractor from [[organisation:Kellet Steel]] fixing the {{mezzanine}} rail
        [[date:16/07/2024]], 13:03 - [[name:Dorota]]: STOP HIM we're {{degreasing}} the {{radome}} 10m away
        [[date:16/07/2024]], 13:05 - [[name:Liam O'Hare]]: stopped. he had a {{hot work permit}} from facilities but it didnt say paint shop was wet
        [[date:16/07/2024]], 13:20 - [[name:Bill Ashdown]]: thanks both. {{permit to work}} system doesnt talk to the paint schedule. reporting as near miss. until fixed NO hot work in the hangar without paint shop {{supervisor}} sign-off
        [[date:16/07/2024]], 13:21 - [[name:Dorota]]: 👍
    """)),
    ("aviation", "success", prose("""
        During the strip of 174 {{economy seats}} from [[aircraft_registration:G-KPLA]] on
        [[date:24 July]], second-year apprentice [[name:Jojo Boateng]] noticed a hairline crack
        at the {{rear leg}} {{spreader}} of one {{triple seat}}, hidden under the {{dress
        cover}}. The seats were going for {{overhaul}} anyway, but [[name:Jojo]] asked his
        mentor, [[name:Eilidh]], whether the same {{part number}} was fitted on the sister
        aircraft [[aircraft_registration:G-KPLB]], still in service. [[name:Eilidh]] rang the
        {{CAMO}}, who inspected [[aircraft_registration:G-KPLB]] overnight; two more cracked
        legs were found and replaced before its next flight. The seat manufacturer has since
        issued a {{Service Bulletin}}. [[name:Jojo]]'s question turned a routine removal into a
        fleet-wide fix. Certificate of recognition presented by the {{Accountable Manager}} on
        [[date:2 August]].
    """)),
    ("aviation", "incident", block("""
        [[name:Eilidh Munro]] 09:12
        just spotted the {{CRS}} for the [[aircraft_registration:G-WNDR]] {{cabin mod}} was signed
        with [[name:Gav]]'s stamp - he hasn't got {{cabin}} authorisation on the {{ATR}} yet
        [[name:Gwen Pryce-Jones]] 09:14
        it flew last night, [[flight_number:NOA 3390]] 😳
        [[name:Eilidh Munro]] 09:15
        yep. the mod itself looks fine, [[name:Emeka]] has re-inspected from records + photos,
        but the release is invalid
        [[name:Hope Lindqvist]] 09:20
        ok grounding it at the {{outstation}} until re-certified. [[name:Gav]] says
        {{nights lead}} asked him to sign because the authorised {{B1}} had gone home ill. calling
        {{CAMO}} + filing the {{MOR}} now, ref [[case_reference:TMR-OCC-0502]]
        [[name:Gwen Pryce-Jones]] 09:22
        planning were never told the B1 went home
    """)),
    ("aviation", "near_miss", prose("""
        near miss - fitted {{PSU}} panels rows 20-25 on [[aircraft_registration:EI-FXW]] from
        the kit in {{cage 4}}. [[name:mel]] checked the {{P/N}} against the {{IPC}} before we
        closed up n 3 of them were the {{A320}} dash number not the {{A321neo}} one (diff
        {{oxygen generator}}) - would of failed the {{drop test}} or worse not dropped in a
        {{decompression}}. cage 4 was labelled for [[aircraft_registration:EI-FXW]] but
        {{stores}} had mixed 2 kits. swapped out n logged. [[name:mel]] u legend. pls stores
        sort yr labels - [[name:Ollie]]
    """)),
    ("aviation", "success", block("""
        Hangar radio channel 2 - transcript, [[date:12 August 2024]] (fire alarm, {{Paint Hangar}})
        14:31 PAINT ONE: Control, {{Paint One}}, smoke from the heater unit {{Bay 3}}, evacuating now.
        14:31 CONTROL: Paint One, {{Control}}, copy, activating alarm.
        14:32 CONTROL: All stations, full evacuation, {{muster point}} B.
        14:36 PAINT ONE: Control, Paint One, {{booth}} supply fan isolated before exit, all paint crew out.
        14:38 CONTROL: [[organisation:Stanbury Airport Fire Service]] on scene.
        Summary: 23 people out in 2 min 40 s. Roll call by [[name:Liam]] matched the
        {{sign-in board}}. Cause was a failed {{heater element}}; no fire spread. Shout-out to
        [[name:Dorota]] for isolating the fan, which stopped smoke being pulled into the
        {{spray booth}}, and to [[name:Will]] for walking the {{mezzanine}} twice.
    """)),
]

if __name__ == "__main__":
    write_records(OUT, build_records("blind346", REPORTS))
